"""The shape every report takes before it is written in a format.

A report command builds a ``Report``: the contract's JSON (``data``), and the same content as
``ReportTable``s (already translated headings, typed columns) that the exporters turn into a Rich
table, CSV, Markdown, HTML or an Excel sheet. Charts are described, not drawn, so each format draws
them its own way (Rich bars, inline SVG, native Excel charts).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["text", "int", "rate", "date", "bool"]


@dataclass(frozen=True)
class Column:
    key: str
    heading: str  # translated, as people read it
    kind: Kind = "text"
    # Holds a citizen's personal data (an applicant's name): masked by --redact.
    personal: bool = False


@dataclass
class ReportTable:
    name: str  # machine name: sheet and file names, CSV of this table
    title: str  # translated
    columns: list[Column]
    rows: list[dict[str, Any]]
    total: dict[str, Any] | None = None  # a last, bold row (form 06's total)
    note: str = ""  # a line under the table (e.g. form 06's identities)


@dataclass(frozen=True)
class Chart:
    """A bar chart of ``table``'s ``value`` column against its ``label`` column.

    ``line`` draws a reference line (e.g. the 95% satisfaction target); ``stacked`` lists several
    value columns drawn as stacked bars (a status mix).
    """

    name: str
    title: str
    table: str
    label: str
    values: tuple[str, ...]
    kind: Literal["bar", "stacked", "line"] = "bar"
    reference: float | None = None
    reference_label: str = ""


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
