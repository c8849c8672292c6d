"""Reading a campaign file (TOML) into a ``Campaign``, reporting every mistake with its line.

``tomllib`` says where a syntax error is but gives no position for the values it returns, so the
text is scanned once more (``KeyLines``) to find the line of every table header and key; a mistake
in a value is reported at the line of its key, or of the nearest enclosing table.
"""

from __future__ import annotations

import math
import pathlib
import re
import tomllib
from collections.abc import Callable, Sequence
from datetime import date
from itertools import pairwise
from typing import Any

from thidua_cli.domain.campaign import (
    CHANNELS,
    FOCUSED_METRICS,
    IF_NO_DATA,
    INDIVIDUAL_CRITERIA,
    METRICS,
    OPERATORS,
    RANK_KEYS,
    RATE_NAMES,
    UNIT_CRITERIA,
    AwardRules,
    Campaign,
    Focus,
    Phase,
    Rule,
    Target,
    Task,
)
from thidua_cli.errors import CampaignFileError, InputFileError, UsageError

Path_ = tuple[str | int, ...]

CAMPAIGN_KEYS = ("code", "name", "reference", "start", "end", "min_answers", "school_year")
PHASE_KEYS = ("code", "name", "start", "end", "focus")
FOCUS_KEYS = ("procedures", "channels")
TARGET_KEYS = ("metric", "op", "value", "phases", "label", "tasks", "focus", "question")
TASK_KEYS = ("code", "title", "owner", "due", "evidence")
AWARDS_KEYS = ("form", "rank", "individual", "unit")
RULE_KEYS = ("criterion", "op", "value", "min_answers", "label", "if_no_data", "question")
TOP_KEYS = ("campaign", "phases", "targets", "tasks", "awards")

_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_AT_END = re.compile(r"\s*\(at end of document\)\s*$")


def parse_campaign(text: str, *, file: str = "", lang: str = "vi") -> Campaign:
    """The campaign described by ``text``; raises ``CampaignFileError`` listing every mistake."""
    from thidua_cli.text.messages import text as message

    def say(key: str, /, **params: Any) -> str:
        return message(key, lang, **params)

    try:
        raw = read_toml(text, say)
    except TomlProblem as problem:
        raise CampaignFileError(
            "campaign.invalid", [(problem.line, problem.sentence)], file=file, count=1
        ) from None
    reader = _Reader(raw, KeyLines(text), say)
    campaign = reader.campaign()
    if reader.problems or campaign is None:
        problems = sorted(reader.problems, key=lambda p: (p[0] is None, p[0] or 0))
        raise CampaignFileError("campaign.invalid", problems, file=file, count=len(problems))
    return campaign


class TomlProblem(Exception):
    """A TOML text that cannot be read at all: where, and the sentence that says why."""

    def __init__(self, line: int | None, sentence: str) -> None:
        super().__init__(sentence)
        self.line = line
        self.sentence = sentence


# A campaign file or a profile is a few KB; more is not one, and a device such as /dev/zero (or a
# pipe nobody writes to) would be read for ever.
MAX_TOML_BYTES = 1 << 20


def read_toml_bytes(path: pathlib.Path) -> bytes:
    """The bytes of a TOML file a person wrote: a regular file of at most ``MAX_TOML_BYTES``.

    Raises UsageError for a folder, a device or a pipe, InputFileError for a larger file; an
    ``OSError`` (missing, unreadable) is left to the caller, who names it in its own words.
    """
    if path.is_dir():
        raise UsageError("files.input_is_folder", path=str(path))
    if path.exists() and not path.is_file():
        raise UsageError("files.input_not_regular", path=str(path))
    with path.open("rb") as handle:
        data = handle.read(MAX_TOML_BYTES + 1)
    if len(data) > MAX_TOML_BYTES:
        raise InputFileError("files.input_too_large", path=str(path), most=MAX_TOML_BYTES // 1024)
    return data


def read_toml(text: str, say: Callable[..., str]) -> dict[str, Any]:
    """``text`` read as TOML; any failure is a ``TomlProblem`` (a campaign file, a profile)."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TomlProblem(*syntax_problem(exc, text, say)) from None
    except RecursionError:
        # Arrays or inline tables nested thousands deep: no such file is written by hand.
        problem = say("campaign.problem.too_deep", most=MAX_DEPTH)
        raise TomlProblem(_too_deep_at(text), problem) from None
    except ValueError:
        # A number of thousands of digits, which Python refuses to read (tomllib's own errors
        # are caught above).
        raise TomlProblem(_long_number_at(text), say("campaign.problem.number_too_long")) from None


def syntax_problem(
    exc: tomllib.TOMLDecodeError, text: str, say: Callable[..., str]
) -> tuple[int | None, str]:
    """The line of a TOML syntax error and the sentence that says it (with its column)."""
    detail = str(exc)
    line: int | None = None
    column: int | None = None
    if match := _AT.search(detail):
        line, column = int(match.group(1)), int(match.group(2))
        detail = detail[: match.start()]
    elif match := _AT_END.search(detail):
        line = max(1, len(text.splitlines()))
        detail = detail[: match.start()]
    if column:
        return line, say("campaign.problem.syntax_at", detail=detail, column=column)
    return line, say("campaign.problem.syntax", detail=detail)


# --- where things are -------------------------------------------------------------------------


class KeyLines:
    """The line of every table header and key of a TOML text, by path.

    Paths are tuples such as ``("phases", 1, "start")``: an array of tables (``[[phases]]``)
    contributes its index. Dotted keys (``focus.channels = [...]``) record each of their prefixes.
    """

    def __init__(self, text: str) -> None:
        self.where: dict[Path_, int] = {}
        counts: dict[tuple[str, ...], int] = {}
        current: Path_ = ()
        depth = 0
        closing: str | None = None  # the delimiter of a multi-line string we are inside
        for number, line in enumerate(text.splitlines(), start=1):
            code, closing = _blank_strings(line, closing)
            stripped = code.strip()
            if depth == 0 and stripped.startswith("[[") and "]]" in stripped:
                parts = _split_key(line[line.index("[[") + 2 : line.index("]]")])
                counts[parts] = counts.get(parts, 0) + 1
                current = _resolve(parts, counts)
                self._record(current, number)
                continue
            if depth == 0 and stripped.startswith("[") and "]" in stripped:
                parts = _split_key(line[line.index("[") + 1 : line.index("]")])
                current = _resolve(parts, counts)
                self._record(current, number)
                continue
            value = code
            if depth == 0 and "=" in code:
                cut = code.index("=")
                path = current + _split_key(line[:cut])
                for end in range(len(current) + 1, len(path) + 1):
                    self._record(path[:end], number)
                value = code[cut + 1 :]
            depth = max(0, depth + _balance(value))

    def _record(self, path: Path_, number: int) -> None:
        self.where.setdefault(path, number)

    def line_of(self, path: Path_) -> int | None:
        """The line of ``path``, else of its nearest recorded ancestor; None when nothing is."""
        for end in range(len(path), 0, -1):
            found = self.where.get(path[:end])
            if found is not None:
                return found
        return None


def _blank_strings(line: str, closing: str | None) -> tuple[str, str | None]:
    """``line`` with string contents replaced by spaces and its comment cut off.

    Positions are kept, so a cut found in the result applies to the original line. ``closing``
    carries a multi-line string (''' or \"\"\") over from one line to the next.
    """
    out: list[str] = []
    i = 0
    n = len(line)
    while i < n:
        if closing is not None:
            end = line.find(closing, i)
            if end < 0:
                out.append(" " * (n - i))
                return "".join(out), closing
            out.append(" " * (end - i) + closing)
            i = end + len(closing)
            closing = None
            continue
        char = line[i]
        if char == "#":
            break
        if line.startswith('"""', i) or line.startswith("'''", i):
            closing = line[i : i + 3]
            out.append(closing)
            i += 3
            continue
        if char in "\"'":
            j = i + 1
            while j < n and line[j] != char:
                j += 2 if char == '"' and line[j] == "\\" else 1
            out.append(char + " " * (min(j, n) - i - 1) + (char if j < n else ""))
            i = j + 1
            continue
        out.append(char)
        i += 1
    return "".join(out), closing


def _balance(code: str) -> int:
    return code.count("[") + code.count("{") - code.count("]") - code.count("}")


def _split_key(key: str) -> tuple[str, ...]:
    parts: list[str] = []
    for part in re.findall(r'"[^"]*"|\'[^\']*\'|[^.]+', key):
        part = part.strip()
        if len(part) >= 2 and part[0] == part[-1] and part[0] in "\"'":
            part = part[1:-1]
        if part:
            parts.append(part)
    return tuple(parts)


def _resolve(parts: tuple[str, ...], counts: dict[tuple[str, ...], int]) -> Path_:
    path: list[str | int] = []
    for end in range(1, len(parts) + 1):
        path.append(parts[end - 1])
        count = counts.get(parts[:end])
        if count:
            path.append(count - 1)
    return tuple(path)


# --- reading the values -----------------------------------------------------------------------


class _Reader:
    def __init__(self, raw: dict[str, Any], lines: KeyLines, say: Callable[..., str]) -> None:
        self.raw = raw
        self.lines = lines
        self.say = say
        self.problems: list[tuple[int | None, str]] = []

    def fail(self, path: Path_, message: str, /, **params: Any) -> None:
        # Dates are written in the language's way by the message itself (text/formats.py).
        self.problems.append((self.lines.line_of(path), self.say(message, **params)))

    # -- the document --

    def campaign(self) -> Campaign | None:
        self._unknown(self.raw, (), TOP_KEYS, "")
        head = self._table(self.raw, ("campaign",), required=True)
        if head is None:
            return None
        self._unknown(head, ("campaign",), CAMPAIGN_KEYS, "[campaign]")
        code = self._text(head, ("campaign",), "code", required=True)
        name = self._text(head, ("campaign",), "name") or code or ""
        reference = self._text(head, ("campaign",), "reference") or ""
        start = self._date(head, ("campaign",), "start", required=True)
        end = self._date(head, ("campaign",), "end", required=True)
        if start and end and start > end:
            self.fail(
                ("campaign", "end"), "campaign.problem.end_before_start", start=start, end=end
            )
            start = end = None
        min_answers = self._count(head, ("campaign",), "min_answers", positive=True)
        year = self._school_year(head)
        phases, codes = self._phases(start, end)
        tasks, task_codes = self._tasks()
        targets = self._targets(codes, task_codes)
        awards = self._awards()
        if code is None or start is None or end is None:
            return None
        return Campaign(
            code=code,
            name=name,
            reference=reference,
            start=start,
            end=end,
            phases=tuple(phases),
            targets=tuple(targets),
            awards=awards,
            min_answers=5 if min_answers is None else min_answers,
            tasks=tuple(tasks),
            school_year=year,
        )

    def _school_year(self, head: dict[str, Any]) -> str | None:
        """The school year whose enrolment the campaign judges ("2021-2022"), when it names one."""
        from thidua_cli.domain.school_year import school_year

        text = self._text(head, ("campaign",), "school_year")
        if text is None:
            return None
        year = school_year(text)
        if year is None:
            self.fail(("campaign", "school_year"), "campaign.problem.bad_school_year", value=text)
        return year

    def _phases(self, start: date | None, end: date | None) -> tuple[list[Phase], set[str]]:
        """The valid phases, and every phase code named (for the targets' check)."""
        items = self._array(self.raw, ("phases",))
        phases: list[tuple[Phase, Path_]] = []
        seen: dict[str, int] = {}
        for index, item in enumerate(items):
            path: Path_ = ("phases", index)
            if not isinstance(item, dict):
                self.fail(path, "campaign.problem.not_a_table", key="phases")
                continue
            self._unknown(item, path, PHASE_KEYS, "[[phases]]")
            code = self._text(item, path, "code", required=True)
            name = self._text(item, path, "name")
            first = self._date(item, path, "start", required=True)
            last = self._date(item, path, "end", required=True)
            focus = self._focus(item, path)
            label = code or str(index + 1)
            if code is not None:
                if code in seen:
                    self.fail(
                        (*path, "code"), "campaign.problem.phase_twice", code=code, first=seen[code]
                    )
                    code = None
                else:
                    seen[code] = self.lines.line_of((*path, "code")) or 0
            if first and last and first > last:
                self.fail(
                    (*path, "end"),
                    "campaign.problem.phase_end_before_start",
                    phase=label,
                    start=first,
                    end=last,
                )
                continue
            if first and start and first < start:
                self.fail(
                    (*path, "start"),
                    "campaign.problem.phase_starts_early",
                    phase=label,
                    start=first,
                    campaign_start=start,
                )
            if last and end and last > end:
                self.fail(
                    (*path, "end"),
                    "campaign.problem.phase_ends_late",
                    phase=label,
                    end=last,
                    campaign_end=end,
                )
            if code is None or first is None or last is None:
                continue
            # Kept even when its focus is wrong, so overlaps with it are still found; the
            # mistake already recorded keeps the campaign from being returned.
            phases.append((Phase(code, name or code, first, last, focus or Focus()), path))
        ordered = sorted(phases, key=lambda p: (p[0].start, p[0].end))
        for (before, _), (after, path) in pairwise(ordered):
            if after.start <= before.end:
                self.fail(
                    (*path, "start"),
                    "campaign.problem.phases_overlap",
                    phase=after.code,
                    other=before.code,
                    start=after.start,
                    end=before.end,
                )
        return [phase for phase, _ in phases], set(seen)

    def _focus(self, item: dict[str, Any], path: Path_) -> Focus | None:
        if "focus" not in item:
            return Focus()
        focus = self._table(item, (*path, "focus"))
        if focus is None:
            return None
        where = (*path, "focus")
        self._unknown(focus, where, FOCUS_KEYS, "focus")
        procedures = self._texts(focus, where, "procedures")
        names = self._texts(focus, where, "channels")
        if procedures is None or names is None:
            return None
        channels: list[str] = []
        ok = True
        for name in names:
            word = _channel(name)
            if word is None:
                self.fail(
                    (*where, "channels"),
                    "campaign.problem.bad_channel",
                    value=name,
                    allowed=", ".join(CHANNELS),
                )
                ok = False
            elif word not in channels:
                channels.append(word)
        if not ok:
            return None
        return Focus(procedures=tuple(procedures), channels=tuple(channels))

    def _tasks(self) -> tuple[list[Task], set[str]]:
        """The valid tasks, and every task code named (for the targets' check); a code given
        twice is reported at its second line."""
        tasks: list[Task] = []
        seen: dict[str, int] = {}
        for index, item in enumerate(self._array(self.raw, ("tasks",))):
            path: Path_ = ("tasks", index)
            if not isinstance(item, dict):
                self.fail(path, "campaign.problem.not_a_table", key="tasks")
                continue
            self._unknown(item, path, TASK_KEYS, "[[tasks]]")
            code = self._text(item, path, "code", required=True)
            title = self._text(item, path, "title", required=True)
            owner = self._text(item, path, "owner", required=True)
            due = self._date(item, path, "due", required=True)
            evidence = self._text(item, path, "evidence") or ""
            if code is not None:
                if code in seen:
                    self.fail(
                        (*path, "code"), "campaign.problem.task_twice", code=code, first=seen[code]
                    )
                    continue
                seen[code] = self.lines.line_of((*path, "code")) or 0
            if code is None or title is None or owner is None or due is None:
                continue
            tasks.append(Task(code, title, owner, due, evidence))
        return tasks, set(seen)

    def _targets(self, phase_codes: set[str], task_codes: set[str]) -> list[Target]:
        targets: list[Target] = []
        for index, item in enumerate(self._array(self.raw, ("targets",))):
            path: Path_ = ("targets", index)
            if not isinstance(item, dict):
                self.fail(path, "campaign.problem.not_a_table", key="targets")
                continue
            self._unknown(item, path, TARGET_KEYS, "[[targets]]")
            metric = self._choice(item, path, "metric", METRICS, "campaign.problem.bad_metric")
            op = self._choice(item, path, "op", tuple(OPERATORS), "campaign.problem.bad_op")
            value = self._value(item, path, metric)
            phases = self._texts(item, path, "phases")
            label = self._text(item, path, "label") or ""
            for code in phases or ():
                if code not in phase_codes:
                    self.fail(
                        (*path, "phases"),
                        "campaign.problem.unknown_phase",
                        phase=code,
                        known=", ".join(sorted(phase_codes)) or "-",
                    )
                    phases = None
            tasks = self._target_tasks(item, path, metric, task_codes)
            question = self._question(item, path, metric)
            focus = self._focus(item, path)
            if focus and (focus.procedures or focus.channels) and metric not in FOCUSED_METRICS:
                self.fail(
                    (*path, "focus"),
                    "campaign.problem.focus_metric",
                    metric=metric,
                    allowed=", ".join(FOCUSED_METRICS),
                )
                focus = None
            if (
                metric is None
                or op is None
                or value is None
                or phases is None
                or tasks is None
                or focus is None
                or question is None
            ):
                continue
            targets.append(
                Target(metric, op, value, tuple(phases), label, tuple(tasks), focus, question)
            )
        return targets

    def _target_tasks(
        self, item: dict[str, Any], path: Path_, metric: str | None, known: set[str]
    ) -> list[str] | None:
        """The tasks a ``tasks_done`` target names, each one listed under [[tasks]]."""
        codes = self._texts(item, path, "tasks")
        if codes is None or metric is None:
            return None
        if metric != "tasks_done":
            if codes:
                self.fail((*path, "tasks"), "campaign.problem.tasks_not_allowed", metric=metric)
                return None
            return []
        if not codes:
            self.fail((*path, "metric"), "campaign.problem.tasks_needed")
            return None
        unknown = [code for code in codes if code not in known]
        for code in unknown:
            self.fail(
                (*path, "tasks"),
                "campaign.problem.unknown_task",
                task=code,
                known=", ".join(sorted(known)) or "-",
            )
        return None if unknown else list(dict.fromkeys(codes))

    def _question(self, item: dict[str, Any], path: Path_, metric: str | None) -> str | None:
        """The survey question a satisfaction target or rule names ("" for none); None when
        wrong (another metric cannot name one)."""
        question = self._text(item, path, "question")
        if "question" in item and question is None:
            return None
        if question and metric is not None and metric != "satisfaction_rate":
            self.fail((*path, "question"), "campaign.problem.question_metric", metric=metric)
            return None
        return question or ""

    def _awards(self) -> AwardRules:
        awards = self._table(self.raw, ("awards",))
        if awards is None:
            return AwardRules()
        self._unknown(awards, ("awards",), AWARDS_KEYS, "[awards]")
        rank = AwardRules().rank
        if "rank" in awards:
            keys = self._texts(awards, ("awards",), "rank")
            bad = [k for k in keys or () if k not in RANK_KEYS]
            for key in bad:
                self.fail(
                    ("awards", "rank"),
                    "campaign.problem.bad_rank",
                    value=key,
                    allowed=", ".join(RANK_KEYS),
                )
            if keys is not None and not bad:
                rank = tuple(keys)
        individual = self._rules(awards, "individual", INDIVIDUAL_CRITERIA)
        unit = self._rules(awards, "unit", UNIT_CRITERIA)
        form = self._text(awards, ("awards",), "form") or ""
        return AwardRules(individual=tuple(individual), unit=tuple(unit), rank=rank, form=form)

    def _rules(self, awards: dict[str, Any], name: str, criteria: Sequence[str]) -> list[Rule]:
        rules: list[Rule] = []
        for index, item in enumerate(self._array(awards, ("awards", name))):
            path: Path_ = ("awards", name, index)
            if not isinstance(item, dict):
                self.fail(path, "campaign.problem.not_a_table", key=f"awards.{name}")
                continue
            self._unknown(item, path, RULE_KEYS, f"[[awards.{name}]]")
            criterion = self._choice(
                item, path, "criterion", tuple(criteria), "campaign.problem.bad_criterion"
            )
            op = self._choice(item, path, "op", tuple(OPERATORS), "campaign.problem.bad_op")
            value = self._value(item, path, criterion)
            min_answers = self._count(item, path, "min_answers", positive=True)
            label = self._text(item, path, "label") or ""
            if_no_data: str | None = "not_met"
            if "if_no_data" in item:
                if_no_data = self._choice(
                    item, path, "if_no_data", IF_NO_DATA, "campaign.problem.bad_if_no_data"
                )
            question = self._question(item, path, criterion)
            if (
                criterion is None
                or op is None
                or value is None
                or if_no_data is None
                or question is None
            ):
                continue
            rules.append(Rule(criterion, op, value, min_answers, label, if_no_data, question))
        return rules

    # -- one value --

    def _unknown(
        self, table: dict[str, Any], path: Path_, allowed: Sequence[str], where: str
    ) -> None:
        for key in table:
            if key not in allowed:
                self.fail(
                    (*path, key),
                    "campaign.problem.unknown_key",
                    key=key,
                    where=where or "-",
                    allowed=", ".join(allowed),
                )

    def _table(
        self, parent: dict[str, Any], path: Path_, *, required: bool = False
    ) -> dict[str, Any] | None:
        value = parent.get(str(path[-1]))
        if value is None:
            if required:
                self.fail(path, "campaign.problem.missing_table", key=".".join(map(str, path)))
            return None
        if not isinstance(value, dict):
            self.fail(path, "campaign.problem.not_a_table", key=".".join(map(str, path)))
            return None
        return value

    def _array(self, parent: dict[str, Any], path: Path_) -> list[Any]:
        value = parent.get(str(path[-1]))
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(path, "campaign.problem.not_an_array", key=".".join(map(str, path)))
            return []
        return value

    def _text(
        self, table: dict[str, Any], path: Path_, key: str, *, required: bool = False
    ) -> str | None:
        value = table.get(key)
        if value is None:
            if required:
                self.fail((*path, key), "campaign.problem.missing", key=key)
            return None
        if not isinstance(value, str) or not value.strip():
            self.fail((*path, key), "campaign.problem.not_text", key=key, value=_show(value))
            return None
        return " ".join(value.split())

    def _texts(self, table: dict[str, Any], path: Path_, key: str) -> list[str] | None:
        value = table.get(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail((*path, key), "campaign.problem.not_texts", key=key, value=_show(value))
            return None
        return [" ".join(v.split()) for v in value]

    def _date(
        self, table: dict[str, Any], path: Path_, key: str, *, required: bool = False
    ) -> date | None:
        value = table.get(key)
        if value is None:
            if required:
                self.fail((*path, key), "campaign.problem.missing", key=key)
            return None
        parsed = _as_date(value)
        if parsed is None:
            self.fail((*path, key), "campaign.problem.bad_date", key=key, value=_show(value))
        return parsed

    def _count(
        self, table: dict[str, Any], path: Path_, key: str, *, positive: bool = False
    ) -> int | None:
        value = table.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < (1 if positive else 0):
            self.fail((*path, key), "campaign.problem.bad_count", key=key, value=_show(value))
            return None
        if value > MAX_WHOLE:
            self.fail(
                (*path, key),
                "campaign.problem.too_large",
                key=key,
                value=_show(value),
                most=MAX_WHOLE,
            )
            return None
        return value

    def _choice(
        self, table: dict[str, Any], path: Path_, key: str, allowed: Sequence[str], problem: str
    ) -> str | None:
        value = table.get(key)
        if value is None:
            self.fail((*path, key), "campaign.problem.missing", key=key)
            return None
        if value not in allowed:
            self.fail((*path, key), problem, value=_show(value), allowed=", ".join(allowed))
            return None
        return str(value)

    def _value(self, table: dict[str, Any], path: Path_, name: str | None) -> float | None:
        value = table.get("value")
        if value is None:
            self.fail((*path, "value"), "campaign.problem.missing", key="value")
            return None
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or (isinstance(value, int) and abs(value) > MAX_WHOLE)
            or not math.isfinite(value)
        ):
            self.fail((*path, "value"), "campaign.problem.not_a_number", value=_show(value))
            return None
        if name in RATE_NAMES and not 0 <= value <= 1:
            self.fail((*path, "value"), "campaign.problem.rate_range", name=name, value=value)
            return None
        if name is not None and name not in RATE_NAMES and (value < 0 or value != int(value)):
            self.fail((*path, "value"), "campaign.problem.count_value", name=name, value=value)
            return None
        return float(value)


def _as_date(value: object) -> date | None:
    """A TOML date, or a "dd/mm/yyyy" (or ISO) string; a date with a time is refused."""
    if isinstance(value, date) and type(value) is date:
        return value
    if isinstance(value, str):
        from thidua_cli.ingest.dates import DateParser
        from thidua_cli.ingest.vocab import FieldError

        try:
            parsed = DateParser()(value.strip())
        except FieldError:
            return None
        if parsed is not None and len(parsed) == 10:
            return date.fromisoformat(parsed)
    return None


def _channel(name: str) -> str | None:
    from thidua_cli.ingest.vocab import FieldError, channel

    try:
        return channel(name)
    except FieldError:
        return None


# The deepest nesting of arrays and inline tables worth reading, and the largest whole number a
# count may be (SQLite's integer).
MAX_DEPTH = 64
MAX_WHOLE = 2**63 - 1


def _too_deep_at(text: str) -> int | None:
    """The line where brackets first open deeper than ``MAX_DEPTH`` (strings not told apart:
    a line to look at, not a parse)."""
    depth = 0
    for number, line in enumerate(text.splitlines(), start=1):
        for char in line:
            depth += 1 if char in "[{" else -1 if char in "]}" else 0
            if depth > MAX_DEPTH:
                return number
    return None


def _long_number_at(text: str) -> int | None:
    found = re.search(r"\d{1000,}", text)
    return text.count("\n", 0, found.start()) + 1 if found else None


def _show(value: object) -> str:
    if isinstance(value, str):
        # A blank value is shown as the file writes it (""), not as nothing at the sentence's end.
        return value if value.strip() else f'"{value}"'
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_WHOLE:
        digits = str(abs(value))
        return f"{'-' if value < 0 else ''}{digits[:6]}… ({len(digits)})"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return "[...]" if isinstance(value, list) else "{...}"
    return str(value)
