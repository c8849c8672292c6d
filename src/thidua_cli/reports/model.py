"""The shape every report takes before it is written in a format.

A report command builds a ``Report``: the contract's JSON (``data``), and the same content as
``ReportTable``s (already translated headings, typed columns) that the exporters turn into a Rich
table, CSV, Markdown, HTML or an Excel sheet. Charts are described, not drawn, so each format draws
them its own way (Rich bars, inline SVG, native Excel charts).

Rows hold raw values (ISO dates, English enum words, rates as fractions, ``None`` for "no data"):
CSV writes them as they are, and the formats for people show them through the column's ``kind``
and ``labels``. A verdict (a target met, not met, or without data) is the kind ``verdict``: true,
false or null in JSON and CSV, words in every format for people (``exporters.cells.display``).

Some columns are for one audience only: a campaign target's ``metric`` and ``op`` are what a
script reads, its requirement in words ("yêu cầu ≥ 1") what a person reads. ``audience`` says
which formats write a column (or a whole table).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from thidua_cli.reports.document import Document

# "time" is a date with its time of day (when an import ran).
Kind = Literal["text", "int", "rate", "date", "time", "bool", "number", "verdict"]
# Who reads a column or a table: everyone, people only (table, Markdown, HTML, Excel), or
# programs only (CSV; JSON is the report's ``data``).
Audience = Literal["all", "people", "machines"]


@dataclass(frozen=True)
class Column:
    key: str
    heading: str  # translated, as people read it
    kind: Kind = "text"
    # Holds a citizen's personal data (an applicant's name): masked by --redact.
    personal: bool = False
    # A heading over several neighbouring columns (form 06's "Đã giải quyết" over (7)–(10)).
    group: str = ""
    # The number an official form gives the column, e.g. "(3)": printed in a row of its own.
    number: str = ""
    # How people read a raw value (e.g. "early" → "Trước hạn"); CSV and JSON keep the raw value.
    labels: Mapping[Any, str] | None = field(default=None, compare=False, hash=False)
    # A code people copy into another system (a dossier code): never cut or folded on screen.
    identifier: bool = False
    audience: Audience = "all"
    # The row key whose value ("rate" or "int") is this cell's kind, for a column whose values
    # are rates in some rows and counts in others (a target's actual value, by its metric).
    kind_key: str = ""
    # The row key of the verdict on this value (an award criterion met or not): people see the
    # value marked ✓ (met) or ✗ (not met).
    verdict_key: str = ""

    def for_people(self) -> bool:
        return self.audience != "machines"

    def for_machines(self) -> bool:
        return self.audience != "people"

    def kind_in(self, row: Mapping[str, Any]) -> Kind:
        """This column's kind in ``row`` (see ``kind_key``)."""
        if self.kind_key:
            found = row.get(self.kind_key)
            if found in ("rate", "int", "number"):
                return found
        return self.kind


@dataclass
class ReportTable:
    name: str  # machine name: sheet and file names, CSV of this table
    title: str  # translated
    columns: list[Column]
    rows: list[dict[str, Any]]
    total: dict[str, Any] | None = None  # a last, bold row (form 06's total)
    note: str = ""  # lines under the table, one per "\n" (e.g. form 06's identities)
    # Number the rows for people (an "STT" column, as Vietnamese forms do); CSV leaves it out.
    row_numbers: bool = False
    audience: Audience = "all"
    # Rows CSV writes after the total, for what the note says to people (form 06's dossiers
    # left out for having no deadline: their count, under the form as in every format).
    after: list[dict[str, Any]] = field(default_factory=list)

    def people_columns(self) -> list[Column]:
        return [c for c in self.columns if c.for_people()]

    def machine_columns(self) -> list[Column]:
        return [c for c in self.columns if c.for_machines()]


@dataclass(frozen=True)
class Chart:
    """A chart of ``table``'s ``values`` columns against its ``label`` column.

    ``bar`` draws horizontal bars (one per label; several values side by side), ``column`` the same
    upright (a time series), ``stacked`` the values of each label stacked (a status mix), ``line``
    joins the values. ``reference`` draws a reference line (e.g. the 95% satisfaction target).
    A value column of kind ``rate`` is drawn on a 0–100% scale.
    """

    name: str
    title: str
    table: str
    label: str
    values: tuple[str, ...]
    kind: Literal["bar", "column", "stacked", "line"] = "bar"
    reference: float | None = None
    reference_label: str = ""


@dataclass(frozen=True)
class Signature:
    """One place to sign under a form: who signs, how ("(Ký, ghi rõ họ tên)"), and the name
    printed under the space ("" when it is left for the hand)."""

    title: str
    hint: str
    name: str = ""


@dataclass(frozen=True)
class FormFrame:
    """The header and footer an official reporting form carries around its table (Biểu
    06/VPCP/KSTT): the form's number top left, its title and period in the centre, who reports to
    whom top right, the unit of count over the table, and under it the place, the date and the
    signatures. Every text is written when the report is built; the workbook and the HTML page
    lay it out."""

    form: tuple[str, ...]  # top left: the form's number, the text that issued it
    title: tuple[str, ...]  # centre: the title, the period named, the period in words
    parties: tuple[str, ...]  # top right: the reporting unit, the unit it reports to
    unit: str  # "Đơn vị tính: hồ sơ", over the table's right edge
    place_date: str  # "Quận 25, ngày 01 tháng 7 năm 2021", over the last signature
    signatures: tuple[Signature, ...]


@dataclass
class Report:
    name: str  # e.g. "form06", "compliance"
    title: str
    data: Any  # the contract's JSON, exactly what --format json prints
    tables: list[ReportTable] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    # How --format csv flattens the report: the table whose rows are written (default: first).
    csv_table: str | None = None
    # A Rich renderable for --format table when the generic table view is not enough.
    custom_table: Callable[[], Any] | None = None
    # CSV of a report made of lists of the same shape (check's overdue / due soon / apology):
    # every table's rows one after the other, each with its table's name under this key.
    csv_stack: str | None = None
    # The tables ``csv_stack`` stacks (default: every table of the report).
    csv_stacked: tuple[str, ...] = ()
    # Tables written as CSV files of their own beside the report's in the monthly batch
    # (``<report>-<table>.csv``): the award candidates' evidence beside the proposal list.
    csv_extra: tuple[str, ...] = ()
    # Warnings for the person running it (catalogue key, parameters), shown on stderr.
    warnings: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    # A short translated name for the report's Excel sheet (at most 31 characters).
    sheet: str = ""
    # The paper the office files (reports/document.py), and the formats that print it instead of
    # the tables: .docx always; the review report is nothing but its paper, in every format.
    document: Document | None = None
    document_formats: frozenset[str] = frozenset({"docx"})
    # The official form's header and footer, which the workbook and the HTML page print around
    # the report's first table (form 06).
    frame: FormFrame | None = None

    def table(self, name: str) -> ReportTable:
        for table in self.tables:
            if table.name == name:
                return table
        raise KeyError(name)

    def people_tables(self) -> list[ReportTable]:
        return [t for t in self.tables if t.audience != "machines"]

    def personal_keys(self) -> set[str]:
        return {c.key for t in self.tables for c in t.columns if c.personal}
