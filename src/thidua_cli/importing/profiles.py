"""Import profiles: everything one source of files needs, in one TOML file or saved by name.

A profile holds what the command line would otherwise repeat every day for the same export:

    description = "Phần mềm một cửa của quận"
    kind = "dossiers"            # the import it is for (optional)
    encoding = "utf-8-sig"       # --encoding
    delimiter = ";"              # --delimiter
    sheet = "Danh sách"          # --sheet
    skip_lines = 3               # title lines above the header
    date_format = ["dd/mm/yy HH:MM", "dd/mm/yy"]   # or one format

    [columns]                    # --map canonical=Header
    received_at = "Thời điểm nộp"

    [values.status]              # labels this source writes, read for its imports only
    "Hồ sơ tạm treo" = "stopped"

What the command line says wins over the profile, and the profile's labels over the office's
(``thidua vocab``). ``thidua profile save NAME FILE`` keeps one in the database, for
``--profile NAME``.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from thidua_cli.errors import UsageError
from thidua_cli.ingest.vocab import VOCABULARIES, FieldError, Vocabulary, label_key

if TYPE_CHECKING:
    from thidua_cli.importing.pipeline import ImportOptions

KEYS = (
    "description",
    "kind",
    "encoding",
    "delimiter",
    "sheet",
    "skip_lines",
    "date_format",
    "columns",
    "values",
)
# A saved profile's name: no path, so "--profile NAME" is never taken for a file.
_NAME = re.compile(r"[\w.-]+")
_MOST_TITLE_LINES = 1_000


class ProfileError(UsageError):
    """A profile with mistakes; ``problems`` lists each one (line, sentence)."""

    def __init__(self, key: str, problems: list[tuple[int | None, str]], **params: Any) -> None:
        super().__init__(key, **params)
        self.problems = problems


@dataclass(frozen=True)
class Profile:
    name: str
    # The profile as written: what ``profile save`` keeps and ``profile show`` prints.
    source: str
    description: str = ""
    kind: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    skip_lines: int = 0
    date_formats: tuple[str, ...] = ()
    # canonical column -> the header this source gives it.
    columns: dict[str, str] = field(default_factory=dict)
    # vocabulary -> folded label -> word.
    values: dict[str, dict[str, str]] = field(default_factory=dict)


def parse_profile(text: str, *, name: str, lang: str = "vi") -> Profile:
    """The profile ``text`` describes; raises ``ProfileError`` listing every mistake."""
    from thidua_cli.importing import kinds
    from thidua_cli.ingest.campaign_file import KeyLines, TomlProblem, read_toml
    from thidua_cli.ingest.dates import date_format
    from thidua_cli.ingest.reader import delimiter_option, encoding_option
    from thidua_cli.text.messages import text as message

    def say(key: str, /, **params: Any) -> str:
        return message(key, lang, **params)

    try:
        raw = read_toml(text, say)
    except TomlProblem as problem:
        raise ProfileError(
            "profile.invalid", [(problem.line, problem.sentence)], file=name, count=1
        ) from None
    lines = KeyLines(text)
    problems: list[tuple[int | None, str]] = []

    def fail(path: tuple[str, ...], key: str, /, **params: Any) -> None:
        problems.append((lines.line_of(path), say(key, **params)))

    def texts(key: str) -> str | None:
        value = raw.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            fail((key,), "campaign.problem.not_text", key=key, value=repr(value))
            return None
        return value.strip()

    for key in raw:
        if key not in KEYS:
            where = say("profile.where.top")
            fail(
                (key,),
                "campaign.problem.unknown_key",
                key=key,
                where=where,
                allowed=", ".join(KEYS),
            )
    kind = texts("kind")
    if kind is not None and kind not in kinds.names():
        fail(("kind",), "profile.problem.kind", value=kind, kinds=", ".join(kinds.names()))
        kind = None
    encoding = texts("encoding")
    delimiter = raw.get("delimiter")
    if delimiter is not None and not isinstance(delimiter, str):
        fail(("delimiter",), "campaign.problem.not_text", key="delimiter", value=repr(delimiter))
        delimiter = None
    for key, value, check in (
        ("encoding", encoding, encoding_option),
        ("delimiter", delimiter, delimiter_option),
    ):
        if value is not None:
            try:
                check(value)
            except UsageError as exc:
                problems.append((lines.line_of((key,)), say(exc.key, **exc.params)))
    skip_lines = raw.get("skip_lines", 0)
    if (
        not isinstance(skip_lines, int)
        or isinstance(skip_lines, bool)
        or not (0 <= skip_lines <= _MOST_TITLE_LINES)
    ):
        fail(("skip_lines",), "profile.problem.skip_lines", value=repr(skip_lines))
        skip_lines = 0
    formats = raw.get("date_format", [])
    if isinstance(formats, str):
        formats = [formats]
    if not isinstance(formats, list) or not all(isinstance(f, str) for f in formats):
        fail(("date_format",), "campaign.problem.not_texts", key="date_format", value=repr(formats))
        formats = []
    for pattern in formats:
        try:
            date_format(pattern)
        except FieldError as error:
            reason = say(error.key, **error.params)
            fail(("date_format",), "profile.problem.date_format", value=pattern, reason=reason)
    columns = _columns(raw.get("columns", {}), fail)
    values = _values(raw.get("values", {}), fail)
    if problems:
        problems.sort(key=lambda p: (p[0] is None, p[0] or 0))
        raise ProfileError("profile.invalid", problems, file=name, count=len(problems))
    return Profile(
        name=name,
        source=text,
        description=texts("description") or "",
        kind=kind,
        encoding=encoding,
        delimiter=delimiter,
        sheet=texts("sheet"),
        skip_lines=skip_lines,
        date_formats=tuple(formats),
        columns=columns,
        values=values,
    )


Fail = Callable[..., None]


def _columns(raw: object, fail: Fail) -> dict[str, str]:
    if not isinstance(raw, dict):
        fail(("columns",), "campaign.problem.not_a_table", key="columns")
        return {}
    columns: dict[str, str] = {}
    for canonical, header in raw.items():
        if not isinstance(header, str) or not header.strip():
            fail(
                ("columns", canonical),
                "campaign.problem.not_text",
                key=canonical,
                value=repr(header),
            )
            continue
        columns[canonical] = header.strip()
    return columns


def _values(raw: object, fail: Fail) -> dict[str, dict[str, str]]:
    if not isinstance(raw, dict):
        fail(("values",), "campaign.problem.not_a_table", key="values")
        return {}
    values: dict[str, dict[str, str]] = {}
    for name, labels in raw.items():
        vocabulary = VOCABULARIES.get(name)
        if vocabulary is None:
            fail(
                ("values", name),
                "vocab.unknown_vocabulary",
                name=name,
                names=", ".join(VOCABULARIES),
            )
            continue
        if not isinstance(labels, dict):
            fail(("values", name), "campaign.problem.not_a_table", key=f"values.{name}")
            continue
        taught: dict[str, str] = {}
        for label, word in labels.items():
            key = label_key(label)
            if not any(char.isalpha() for char in key):
                fail(("values", name, label), "vocab.label_without_letters", label=label)
            elif (known := _word(vocabulary, word)) is None:
                words = ", ".join(vocabulary.words)
                fail(
                    ("values", name, label), "vocab.unknown_word", word=word, name=name, words=words
                )
            else:
                taught[key] = known
        values[name] = taught
    return values


def read_profile(path: Path, *, lang: str = "vi") -> Profile:
    """The profile in the file ``path``."""
    from thidua_cli.ingest.campaign_file import read_toml_bytes

    try:
        text = read_toml_bytes(path).decode("utf-8-sig")
    except FileNotFoundError:
        raise UsageError("profile.no_file", path=str(path)) from None
    except IsADirectoryError:
        raise UsageError("files.input_is_folder", path=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        raise UsageError("profile.unreadable", path=str(path), reason=reason) from None
    return parse_profile(text, name=str(path), lang=lang)


def find_profile(conn: sqlite3.Connection, value: str, *, lang: str = "vi") -> Profile:
    """``--profile VALUE``: a saved profile of that name, else the file at that path."""
    from thidua_cli.store import profiles

    if _NAME.fullmatch(value) and not value.lower().endswith(".toml"):
        saved = profiles.get(conn, value)
        if saved is not None:
            return parse_profile(saved, name=value, lang=lang)
        if not Path(value).exists():
            names = ", ".join(row["name"] for row in profiles.listed(conn)) or "—"
            raise UsageError("profile.not_found", name=value, names=names)
    return read_profile(Path(value), lang=lang)


def check_name(name: str) -> str:
    if not _NAME.fullmatch(name) or name.lower().endswith(".toml"):
        raise UsageError("profile.bad_name", name=name)
    return name


def import_options(
    profile: Profile | None,
    kind: str,
    *,
    encoding: str | None,
    delimiter: str | None,
    sheet: str | None,
    mapping: dict[str, str],
    **rest: Any,
) -> ImportOptions:
    """The options of one import: what the command line gives, then what the profile says."""
    from thidua_cli.importing.pipeline import ImportOptions

    if profile is None:
        return ImportOptions(
            encoding=encoding, delimiter=delimiter, sheet=sheet, mapping=mapping, **rest
        )
    if profile.kind is not None and profile.kind != kind:
        raise UsageError("profile.other_kind", name=profile.name, kind=profile.kind, wanted=kind)
    # A header the command line maps is not mapped again by the profile, to another column.
    taken = set(mapping.values())
    merged = {c: h for c, h in profile.columns.items() if c not in mapping and h not in taken}
    merged.update(mapping)
    return ImportOptions(
        encoding=encoding if encoding is not None else profile.encoding,
        delimiter=delimiter if delimiter is not None else profile.delimiter,
        sheet=sheet if sheet is not None else profile.sheet,
        mapping=merged,
        taught=profile.values,
        skip_lines=profile.skip_lines,
        date_formats=profile.date_formats,
        **rest,
    )


def _word(vocabulary: Vocabulary, written: object) -> str | None:
    """The program's word a profile names, as the command line takes it: ``stopped``,
    ``dung-xu-ly`` or "Dừng xử lý"."""
    return vocabulary.choices().read(written) if isinstance(written, str) else None
