"""Rich views of a ``Report``: its tables for a terminal, and compact bars for its charts."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.text import Text

from thidua_cli.reports.exporters.cells import display, is_numeric, shown, total_row
from thidua_cli.reports.exporters.svg import colours
from thidua_cli.reports.model import Chart, Column, Report, ReportTable
from thidua_cli.text import formats
from thidua_cli.text.messages import text
from thidua_cli.ui.fit import Cell, FitColumn, FitTable

BAR_WIDTH = 30
LABEL_WIDTH = 28
EMPTY, MARK, MISSED = "·", "│", "✗"
# One glyph per series, so that two series are told apart without colour.
GLYPHS = ("█", "▓", "▒", "░")
VERDICT_STYLE = {True: "green", False: "bold red"}


# Kinds whose values are never wrapped or cut on screen.
WHOLE_KINDS = frozenset({"date", "time", "int", "number", "rate"})


def fit_column(column: Column) -> FitColumn:
    """How a report's column is laid out on a terminal: numbers right, codes, dates and
    numbers whole."""
    return FitColumn(
        f"{column.number} {column.heading}".strip(),
        justify="right" if is_numeric(column) else "left",
        whole=column.identifier or (column.kind in WHOLE_KINDS and column.labels is None),
    )


def table_view(table: ReportTable, lang: str, *, show_title: bool = True) -> FitTable:
    """A report's table for a terminal, every value whole at any width (``ui/fit.py``)."""
    columns = table.people_columns()
    fit = [fit_column(c) for c in columns]
    if table.row_numbers:
        fit.insert(0, FitColumn(text("export.row_number", lang), "right", whole=True))
    rows = []
    for number, row in enumerate(table.rows, start=1):
        line: list[Cell] = [Text(shown(row, c, lang), style=cell_style(row, c)) for c in columns]
        rows.append([str(number), *line] if table.row_numbers else line)
    total = total_row(table, text("export.total", lang))
    total_line: list[Cell] | None = None
    if total is not None:
        first = columns[0].key
        total_line = [
            str(total[c.key]) if c.key == first else shown(total, c, lang) for c in columns
        ]
        if table.row_numbers:
            total_line.insert(0, "")
    return FitTable(
        fit,
        rows,
        title=table.title if show_title else None,
        caption=table.note or None,
        total=total_line,
    )


def cell_style(row: dict[str, Any], column: Column) -> str:
    """Red for a verdict not met or a value that misses its requirement, green for met."""
    if column.kind == "verdict":
        verdict = row.get(column.key)
    elif column.verdict_key:
        verdict = row.get(column.verdict_key)
    else:
        return ""
    return VERDICT_STYLE.get(verdict, "") if isinstance(verdict, bool) else "dim"


def report_view(report: Report, lang: str) -> Any:
    """The report's own view when it has one, else each table under the report's title."""
    if report.custom_table is not None:
        return report.custom_table()
    if report.document is not None and "table" in report.document_formats:
        from thidua_cli.ui.document_view import document_view

        return document_view(report.document, lang)
    parts: list[Any] = [Text(report.title, style="bold")]
    for table in report.people_tables():
        if table.rows or table.total:
            parts.append(table_view(table, lang, show_title=table.title != report.title))
        else:
            parts.append(Text(f"{table.title}: {text('export.empty', lang)}", style="dim"))
    return Group(*parts)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _bar(filled: int, reference_at: int | None, glyph: str, style: str) -> Text:
    line = Text()
    for position in range(BAR_WIDTH):
        if reference_at is not None and position == reference_at:
            line.append(MARK, style="bold red")
        elif position < filled:
            line.append(glyph, style=style)
        else:
            line.append(EMPTY, style="dim")
    return line


def _labels(label: str) -> tuple[list[Text], str]:
    """The label whole: a long one on lines of its own above the bar, which then starts blank."""
    if len(label) <= LABEL_WIDTH:
        return [], label.ljust(LABEL_WIDTH)
    return [Text(label)], " " * LABEL_WIDTH


def chart_bars(chart: Chart, table: ReportTable, lang: str) -> Group:
    """A compact bar view: one line per label (and per value), the reference as a red mark.

    Each series is drawn with its own glyph as well as its colour (█ ▓ ▒ ░), named in a legend,
    and a value short of the reference is marked ✗: the chart reads the same without colour.
    """
    by_key = {c.key: c for c in table.columns}
    values = [by_key[k] for k in chart.values if k in by_key]
    label_column = by_key.get(chart.label)
    rates = bool(values) and all(c.kind == "rate" for c in values)
    rows = table.rows
    if chart.kind == "stacked":
        scale = max((sum(_number(r.get(c.key)) or 0 for c in values) for r in rows), default=0)
    else:
        scale = max((_number(r.get(c.key)) or 0 for r in rows for c in values), default=0)
    scale = max(scale, 1.0)
    reference_at = None
    if chart.reference is not None:
        reference_at = min(BAR_WIDTH - 1, round(chart.reference / scale * BAR_WIDTH))
    palette = colours(tuple(c.key for c in values))
    glyphs = [GLYPHS[i % len(GLYPHS)] for i in range(len(values))]
    lines: list[Any] = [Text(chart.title, style="bold")]
    for row in rows:
        label = display(row.get(chart.label), label_column, lang) if label_column else ""
        above, head = _labels(label or "—")
        lines.extend(above)
        if chart.kind == "stacked":
            line = Text(head + " ")
            used = 0
            for column, colour, glyph in zip(values, palette, glyphs, strict=True):
                width = round((_number(row.get(column.key)) or 0) / scale * BAR_WIDTH)
                line.append(glyph * width, style=colour)
                used += width
            line.append(EMPTY * max(BAR_WIDTH - used, 0), style="dim")
            total = sum(_number(row.get(c.key)) or 0 for c in values)
            line.append(
                " " + (formats.percent(total, lang) if rates else formats.number(total, lang))
            )
            lines.append(line)
            continue
        for number, (column, glyph) in enumerate(zip(values, glyphs, strict=True)):
            value = _number(row.get(column.key))
            meets = chart.reference is None or (value is not None and value >= chart.reference)
            style = "green" if meets else "red"
            filled = round((value or 0) / scale * BAR_WIDTH)
            line = Text((head if number == 0 else " " * LABEL_WIDTH) + " ")
            line.append_text(_bar(filled, reference_at, glyph, style))
            shown = display(row.get(column.key), column, lang)
            if value is not None and not meets:
                shown += f" {MISSED}"
            line.append(f" {shown}" + (f" ({column.heading})" if len(values) > 1 else ""))
            lines.append(line)
    if len(values) > 1:
        legend = Text(" " * (LABEL_WIDTH + 1))
        for column, colour, glyph in zip(values, palette, glyphs, strict=True):
            legend.append(glyph, style=colour)
            legend.append(f" {column.heading}  ")
        lines.append(legend)
    if chart.reference is not None:
        mark = chart.reference_label or (
            formats.percent(chart.reference, lang, exact=True)
            if rates
            else formats.number(chart.reference, lang)
        )
        lines.append(Text(" " * (LABEL_WIDTH + 1) + f"{MARK} {mark}", style="red"))
    return Group(*lines)


def report_bars(report: Report, lang: str) -> Group | None:
    """Bars for every chart of the report whose table has rows; None when there is nothing."""
    parts: list[Any] = []
    for chart in report.charts:
        try:
            table = report.table(chart.table)
        except KeyError:
            continue
        if table.rows:
            parts.extend([Text(""), chart_bars(chart, table, lang)])
    return Group(*parts) if parts else None


def files_summary(written: list[Any], directory: Any, t: Any, lang: str) -> FitTable:
    """The files a batch wrote: name, what it holds, size."""
    return FitTable(
        [
            FitColumn(t("monthly.col.file"), whole=True),
            FitColumn(t("monthly.col.content")),
            FitColumn(t("monthly.col.size"), "right", whole=True),
        ],
        [
            [
                item.path.name,
                t(f"monthly.content.{item.kind}", report=item.report),
                formats.size(item.path.stat().st_size, lang),
            ]
            for item in written
        ],
        title=t("monthly.summary", count=len(written), directory=str(directory)),
    )
