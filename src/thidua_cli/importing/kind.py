"""What an import kind declares: everything about one kind of input file, in one object.

A kind is the file's columns and the header names exports give them, the builder that turns one
row's cells into the values its table keeps, the table and its natural key, the columns the store
derives from those values, and what runs after its rows are written or an import of it is undone.
``importing.pipeline`` runs every kind the same way; ``importing.kinds`` finds the kinds.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from thidua_cli.ingest.headers import TableSpec
from thidua_cli.ingest.rows import RowChecker, RowError

if TYPE_CHECKING:
    from thidua_cli.ingest.dates import DateParser

Values = tuple[Any, ...]
# A warning an import or an undo reports: a catalogue key and its parameters.
Notice = tuple[str, dict[str, Any]]


class RowBuilder(Protocol):
    """Turns the cells of one row, read through the checker, into the values the table keeps.

    Returns None (having recorded every problem on the checker) for a row it cannot keep. A
    builder may also offer ``fast_row(positions, width)``: a function of a text row giving the same
    values, or None for any row it is not sure about, which then goes through the builder itself.
    """

    def __call__(self, checker: RowChecker, /) -> Values | None: ...


@dataclass(frozen=True)
class KindOption:
    """An option of ``thidua import NAME`` that only this kind takes: a whole number, or a text
    (``text``, None when not given) that the kind's builder reads."""

    name: str
    flag: str
    default: int | None
    help_key: str
    minimum: int | None = None
    maximum: int | None = None
    text: bool = False
    metavar_key: str = ""


@dataclass(frozen=True)
class VocabColumn:
    """A column whose labels a vocabulary reads (``ingest.vocab.VOCABULARIES``).

    The table keeps the word in ``stored`` and the label as written in ``raw``, so the rows of a
    label whose meaning the office changes (``thidua vocab``) are read again. ``allows`` is an SQL
    condition a row must meet to take a word read again (``:value`` stands for it), for a word
    that other columns may contradict.
    """

    column: str
    vocabulary: str
    stored: str
    raw: str
    allows: str = ""


@dataclass
class UnknownLabel:
    """A label no vocabulary knows, met in one column of a file: how often, and where first."""

    vocabulary: str
    column: str
    label: str
    count: int = 0
    lines: list[int] = field(default_factory=list)


@dataclass
class Outcome:
    """What one import did: its counts, the rows it refused and the warnings it raised."""

    kind: str
    file: str
    import_id: int | None = None
    rows_read: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    # Of the unchanged rows, those skipped before they were checked (``importing.unchanged``).
    skipped: int = 0
    rejected: int = 0
    errors: list[RowError] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    # Ignored columns whose values look like a column the file lacks: (header, column, the
    # column described as a clerk knows it).
    column_hints: list[tuple[str, str, str]] = field(default_factory=list)
    # Labels of the kind's vocabularies that nothing reads, by (vocabulary, folded label).
    unknown_labels: dict[tuple[str, str], UnknownLabel] = field(default_factory=dict)
    warnings: list[Notice] = field(default_factory=list)
    dry_run: bool = False
    refused: bool = False
    encoding: str | None = None
    delimiter: str | None = None

    @property
    def findings(self) -> bool:
        return self.rejected > 0

    @property
    def changed(self) -> bool:
        return bool(self.inserted or self.updated)


@dataclass
class Run:
    """One import in progress, as the kind's builder and hooks see it (inside its transaction)."""

    conn: sqlite3.Connection
    kind: ImportKind
    # The values of the kind's own options (``KindOption.name`` -> value).
    options: dict[str, Any]
    outcome: Outcome
    builder: RowBuilder | None = None
    # Labels taught for this import (the database's, a profile's over them), by vocabulary:
    # folded label -> word.
    taught: dict[str, dict[str, str]] = field(default_factory=dict)
    # How this source writes its dates, when a profile says (``ingest.dates.date_format``).
    date_formats: tuple[str, ...] = ()

    def dates(self) -> DateParser:
        """A date parser for one of the builder's columns, knowing the source's own formats."""
        from thidua_cli.ingest.dates import DateParser, date_format

        return DateParser(tuple(date_format(pattern) for pattern in self.date_formats))

    def reader(
        self, vocabulary: str, parse: Callable[[Any], Any] | None = None
    ) -> Callable[[Any], Any]:
        """How this import reads a vocabulary's labels: taught ones first, then the built-in."""
        from thidua_cli.ingest.vocab import VOCABULARIES

        return VOCABULARIES[vocabulary].reader(self.taught.get(vocabulary, {}), parse)

    @property
    def import_id(self) -> int:
        assert self.outcome.import_id is not None
        return self.outcome.import_id

    def warn(self, key: str, /, **params: Any) -> None:
        self.outcome.warnings.append((key, params))


# Runs in the import's transaction once its rows are written: checks and warnings.
AfterWrite = Callable[[Run], None]
# Keeps values derived from the kind's table right after an import or an undo changed it.
Upkeep = Callable[[sqlite3.Connection], list[Notice]]


@dataclass(frozen=True)
class ImportKind:
    """One kind of input file, declared once.

    ``fields`` are the builder's values in order (the last one is always ``import_line``); the
    store writes them into ``table``, keyed by ``key`` (the table's unique index), computing
    ``derived`` columns from them in the same statement (``{field}`` stands for a bound field) and
    not storing the ``inputs`` that only feed those. ``trusted_checks`` says the table's CHECK
    constraints only restate the closed vocabularies the builder produces, so an import may skip
    them (they cost a third of a dossier's insert).
    """

    name: str
    help_key: str
    columns: TableSpec
    table: str
    fields: tuple[str, ...]
    key: tuple[str, ...]
    make_builder: Callable[[Run], RowBuilder]
    derived: tuple[tuple[str, str], ...] = ()
    inputs: tuple[str, ...] = ()
    vocabularies: tuple[VocabColumn, ...] = ()
    trusted_checks: bool = False
    options: tuple[KindOption, ...] = ()
    after_write: tuple[AfterWrite, ...] = ()
    # Run after an import that inserted or updated rows, and after undoing one.
    upkeep: tuple[Upkeep, ...] = ()
    # Run after undoing an import only (an import computes these values itself).
    upkeep_after_undo: tuple[Upkeep, ...] = ()
    # The column whose trimmed cell is the record's key (``key`` is that one field), for a kind
    # whose unchanged rows a re-import skips before reading them (``importing.unchanged``). Its
    # table keeps the digest of each record's source row in ``row_digest``.
    skip_by: str | None = None
    # The version of the kind's row rules. Raise it with any change that makes the same cells
    # give other values: every digest stored before then stops matching, so the next import of
    # an old export reads every row again.
    rules: int = 1

    def __post_init__(self) -> None:
        if self.fields[-1:] != ("import_line",):
            raise ValueError(f"{self.name}: the last field must be import_line")
        if self.skip_by is not None and self.key != (self.skip_by,):
            raise ValueError(f"{self.name}: skip_by must name the whole key")
        named = (
            *self.key,
            *self.inputs,
            *(n for v in self.vocabularies for n in (v.stored, v.raw)),
        )
        unknown = [name for name in named if name not in self.fields]
        if unknown:
            raise ValueError(f"{self.name}: not among the fields: {', '.join(unknown)}")


def header_of(headers: Sequence[str], positions: dict[str, int], column: str) -> str:
    """The file's header for ``column``, or the column's own name when the file has none."""
    index = positions.get(column)
    return headers[index] if index is not None and index < len(headers) else column
