"""HTML: one self-contained page (no script, no network) with the tables and the charts as inline
SVG, laid out to print on A4 (wide tables on a landscape page).

The page comes from a Jinja2 template (``reports/templates/report.html``) with autoescaping on:
every text reaches the page escaped, and only the SVG this package draws is inserted as markup.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

from thidua_cli.reports.exporters.cells import MARKS, is_numeric, shown, total_row
from thidua_cli.reports.exporters.svg import draw
from thidua_cli.reports.model import Column, FormFrame, Report, ReportTable
from thidua_cli.text.messages import text

if TYPE_CHECKING:
    from thidua_cli.reports.document import Document

# Wider than this, a table reads better on a landscape page.
WIDE_COLUMNS = 9

Cell = tuple[str, str]


@dataclass
class TableView:
    name: str
    title: str
    groups: list[tuple[str, int]] | None
    headings: list[str]
    numbers: list[str] | None
    rows: Iterator[list[Cell]]
    total: list[Cell] | None
    notes: list[str]  # the lines under the table
    empty: str
    more: str = ""  # the rows left out of a long list, and where they all are


@dataclass
class ChartView:
    title: str
    svg: Any  # markupsafe.Markup


@dataclass
class ReportView:
    anchor: str
    title: str
    wide: bool
    charts: list[ChartView]
    tables: list[TableView]
    frame: FormFrame | None = None  # an official form's header and footer around its table


def _css(column: Column) -> str:
    if is_numeric(column):
        return "num"
    return "date" if column.kind == "date" else ""


def _marked(style: str, row: dict[str, Any], column: Column) -> str:
    """A verdict, or a value judged against a requirement, is styled by it (red when not
    met); the words or the mark say it without the colour."""
    if column.kind == "verdict" and row.get(column.key) is False:
        return f"{style} unmet".strip()
    if not column.verdict_key or row.get(column.verdict_key) not in MARKS:
        return style
    verdict = "met" if row[column.verdict_key] else "unmet"
    return f"{style} {verdict}".strip()


def _groups(columns: Sequence[Column]) -> list[tuple[str, int]] | None:
    if not any(c.group for c in columns):
        return None
    spans: list[tuple[str, int]] = []
    for column in columns:
        if spans and column.group and spans[-1][0] == column.group:
            spans[-1] = (column.group, spans[-1][1] + 1)
        else:
            spans.append((column.group, 1))
    return spans


def _table_view(
    table: ReportTable, lang: str, report_title: str, limit: Limit | None = None
) -> TableView:
    columns = table.people_columns()
    css = [_css(c) for c in columns]
    groups = _groups(columns)
    headings = [c.heading for c in columns]
    numbers = [c.number for c in columns] if any(c.number for c in columns) else None
    if table.row_numbers:
        if groups is not None:
            groups.insert(0, ("", 1))
        headings.insert(0, text("export.row_number", lang))
        if numbers is not None:
            numbers.insert(0, "(1)" if numbers and numbers[0] == "(2)" else "")

    listed = table.rows
    more = ""
    if limit is not None and len(table.rows) > limit.rows:
        listed = table.rows[: limit.rows]
        more = text(
            "export.more_rows",
            lang,
            shown=limit.rows,
            total=len(table.rows),
            file=limit.file,
        )

    def rows() -> Iterator[list[Cell]]:
        for index, row in enumerate(listed, start=1):
            cells = [
                (shown(row, c, lang), _marked(style, row, c))
                for c, style in zip(columns, css, strict=True)
            ]
            if table.row_numbers:
                cells.insert(0, (str(index), "num"))
            yield cells

    total = total_row(table, text("export.total", lang))
    total_cells: list[Cell] | None = None
    if total is not None:
        first = columns[0].key
        total_cells = [
            (str(total[c.key]) if c.key == first else shown(total, c, lang), style)
            for c, style in zip(columns, css, strict=True)
        ]
        if table.row_numbers:
            total_cells.insert(0, ("", ""))
    return TableView(
        name=table.name,
        # A report of one table often titles both alike: the heading is not repeated.
        title="" if table.title == report_title else table.title,
        groups=groups,
        headings=headings,
        numbers=numbers,
        rows=rows(),
        total=total_cells,
        notes=table.note.splitlines(),
        empty=text("export.empty", lang) if not table.rows and total is None else "",
        more=more,
    )


@dataclass(frozen=True)
class Limit:
    """A page that lists at most ``rows`` rows of a report's table and names ``file``, which
    holds them all."""

    rows: int
    file: str


def _report_view(report: Report, lang: str, limit: Limit | None = None) -> ReportView:
    from markupsafe import Markup

    charts = []
    for chart in report.charts:
        table = report.table(chart.table)
        if table.rows:
            # The SVG is built here with every label escaped (``svg.draw``).
            charts.append(ChartView(chart.title, Markup(draw(chart, table, lang))))
    return ReportView(
        anchor=f"report-{report.name}",
        title=report.title,
        wide=any(
            len(t.people_columns()) + t.row_numbers > WIDE_COLUMNS for t in report.people_tables()
        ),
        charts=charts,
        tables=[_table_view(t, lang, report.title, limit) for t in report.people_tables()],
        frame=report.frame,
    )


def write_page(
    stream: IO[str],
    reports: Sequence[Report],
    lang: str,
    *,
    title: str,
    subtitle: str = "",
    limits: dict[str, Limit] | None = None,
) -> None:
    """One page for ``reports``, streamed: a month of 30,000 dossiers is never held as one text.

    ``limits`` (report name -> ``Limit``) shortens a report's long lists to their first rows, with
    a line naming the file that has them all.
    """
    from jinja2 import Environment, PackageLoader, select_autoescape

    environment = Environment(
        loader=PackageLoader("thidua_cli.reports", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    template = environment.get_template("report.html")
    limits = limits or {}
    views = [_report_view(r, lang, limits.get(r.name)) for r in reports]
    if len(views) == 1 and views[0].title == title:
        views[0].title = ""
    for chunk in template.generate(lang=lang, title=title, subtitle=subtitle, reports=views):
        stream.write(chunk)


def write(report: Report, stream: IO[str], lang: str) -> None:
    if report.document is not None and "html" in report.document_formats:
        write_document(report.document, stream, lang)
        return
    write_page(stream, [report], lang, title=report.title)


def write_document(document: Document, stream: IO[str], lang: str) -> None:
    """The paper as one self-contained page laid out like the printed document."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    from thidua_cli.reports.document import Bullets, Heading, Paragraph, TableBlock

    blocks: list[dict[str, Any]] = []
    for block in document.body:
        if isinstance(block, Heading):
            blocks.append({"kind": "heading", "text": block.text, "level": block.level})
        elif isinstance(block, Paragraph):
            dots = block.blank_lines
            blocks.append({"kind": "paragraph", "text": block.text, "dots": dots})
        elif isinstance(block, Bullets):
            blocks.append({"kind": "bullets", "lines": block.items})
        elif isinstance(block, TableBlock):
            headings, rows = block.shown(lang)
            css = [
                "num" if numeric else "whole" if whole else ""
                for numeric, whole in zip(block.numeric(), block.whole(), strict=True)
            ]
            blocks.append(
                {
                    "kind": "table",
                    "title": block.title,
                    "headings": headings,
                    "rows": [list(zip(cells, css, strict=True)) for cells in rows],
                }
            )
    environment = Environment(
        loader=PackageLoader("thidua_cli.reports", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    page = environment.get_template("document.html").generate(
        lang=lang,
        document=document,
        header=document.header(lang),
        subject=document.subject.split("\n"),
        blocks=blocks,
    )
    for chunk in page:
        stream.write(chunk)
