"""Excel workbooks with xlsxwriter: one sheet per report, native charts, real dates and numbers.

A large workbook (over ``CONSTANT_MEMORY_ROWS`` rows) is written in constant-memory mode, row
after row, so a busy month of dossiers never sits in memory as cells (27,000 dossiers: 190 MB
instead of 245 MB, for 1.5 s more); a small one is faster in the normal mode, whose shared
strings table stores each officer's or procedure's name once. Constant-memory
mode forbids going back to an earlier row, so every sheet is laid out top to bottom in one pass
(titles, header rows, data, total, note) and only column widths and charts, which live outside the
rows, are set at the end: the same code serves both modes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from thidua_cli.reports.exporters.cells import as_date, display, shown, total_row
from thidua_cli.reports.exporters.svg import colours
from thidua_cli.reports.model import Chart, Column, FormFrame, Report, ReportTable
from thidua_cli.text.messages import text

FORBIDDEN_IN_SHEET_NAMES = "[]:*?/\\"
MAX_WIDTH = 60
CHART_WIDTH = 640
CHART_HEIGHT = 320
CHART_ROWS = 17  # rows a chart covers at the default row height, to stack charts below each other
WIDE_COLUMNS = 9
# Normal mode holds every cell until the end (about 150 bytes each): past this many rows in all the
# sheets, constant-memory mode keeps the memory flat at the cost of some speed.
CONSTANT_MEMORY_ROWS = 20_000
EXCEL_DAY_ZERO = date(1899, 12, 30).toordinal()


def sheet_name(wanted: str, taken: set[str]) -> str:
    """A valid, unique sheet name: Excel refuses some characters and more than 31 of them."""
    name = "".join("-" if ch in FORBIDDEN_IN_SHEET_NAMES else ch for ch in wanted).strip("' ")
    name = (name or "Sheet")[:31]
    candidate, number = name, 2
    while candidate.casefold() in {t.casefold() for t in taken}:
        suffix = f" ({number})"
        candidate = name[: 31 - len(suffix)] + suffix
        number += 1
    taken.add(candidate)
    return candidate


@dataclass
class Placed:
    """Where a table landed on its sheet, for the charts that point at it."""

    heading_row: int
    first_row: int
    last_row: int  # data rows only, the total left out
    columns: dict[str, int]
    kinds: dict[str, str]


@dataclass
class SheetWriter:
    workbook: Any
    worksheet: Any
    formats: dict[str, Any]
    lang: str
    row: int = 0
    widths: dict[int, float] = field(default_factory=dict)
    frozen: bool = False

    def fit(self, column: int, shown: str, *, heading: bool = False) -> None:
        # Headings wrap, so they ask for less room than their full length.
        length = min(len(shown), 24) if heading else len(shown)
        self.widths[column] = max(self.widths.get(column, 0), min(length + 2, MAX_WIDTH))

    def text(self, column: int, value: str, style: str, *, heading: bool = False) -> None:
        self.worksheet.write_string(self.row, column, value, self.formats[style])
        self.fit(column, value, heading=heading)

    def cell(self, column: int, row: dict[str, Any], spec: Column, *, total: bool = False) -> None:
        self.writer(column, spec, total=total)(row.get(spec.key), row)

    def writer(
        self, column: int, spec: Column, *, total: bool = False
    ) -> Callable[[Any, dict[str, Any]], None]:
        """The function that writes one value of ``spec`` (in its row) in ``column`` of the
        current row.

        Made once per column of a table, so the choices that depend on the column alone are
        not made again for each of its cells (a month's lists run to a million cells). Every
        text is a string cell, which a spreadsheet shows as it is and never runs, so no text
        needs the quote CSV puts before a would-be formula.
        """
        bold = "_total" if total else ""
        ws, formats, lang, widths = self.worksheet, self.formats, self.lang, self.widths
        text_format = formats["text" + bold]
        labels = spec.labels

        def fit(length: int) -> None:
            if widths.get(column, 0) < length + 2:
                widths[column] = min(length + 2, MAX_WIDTH)

        def as_text(shown: str) -> None:
            ws.write_string(self.row, column, shown, text_format)
            fit(len(shown))

        def as_date_cell(value: Any) -> None:
            day = as_date(value)
            if day is None:
                as_text(str(value))
                return
            # Excel's day number (from 30/12/1899) with a date format: what write_datetime
            # would store, without its conversion of a time of day we never have.
            ws.write_number(
                self.row, column, day.toordinal() - EXCEL_DAY_ZERO, formats["date" + bold]
            )
            fit(10)

        def as_number(value: Any, kind: str, row: dict[str, Any]) -> None:
            if not isinstance(value, int | float) or isinstance(value, bool):
                as_text(shown(row, spec, lang))  # "n/a ✗": no number, and still judged
                return
            verdict = row.get(spec.verdict_key) if spec.verdict_key else None
            # A value judged against a requirement keeps its number; the mark is in its format.
            mark = "" if verdict is None else "_met" if verdict else "_unmet"
            ws.write_number(self.row, column, value, formats[kind + mark + bold])
            fit(len(display(value, spec, lang, kind)) + (2 if mark else 0))  # type: ignore[arg-type]

        def write(value: Any, row: dict[str, Any]) -> None:
            if labels is not None and _hashable(value) and value in labels:
                as_text(labels[value])
                return
            kind = spec.kind_in(row)
            if kind == "verdict":
                as_text(display(value, spec, lang))
            elif value is None and kind != "rate" and not spec.verdict_key:
                ws.write_blank(self.row, column, None, text_format)
            elif kind == "date":
                as_date_cell(value)
            elif kind in ("int", "rate", "number"):
                as_number(value, kind, row)
            else:
                as_text(display(value, spec, lang, kind))

        return write

    def next_row(self, count: int = 1) -> None:
        self.row += count


DATE_FORMATS = {"vi": "dd/mm/yyyy", "en": "d mmm yyyy"}


def _formats(workbook: Any, lang: str) -> dict[str, Any]:
    border: dict[str, Any] = {"border": 1, "border_color": "#A0AEC0", "valign": "top"}
    header = {
        **border,
        "bold": True,
        "text_wrap": True,
        "align": "center",
        "valign": "vcenter",
        "bg_color": "#EDF2F7",
    }
    made: dict[str, dict[str, Any]] = {
        "report_title": {"bold": True, "font_size": 14},
        "subtitle": {"italic": True, "font_color": "#4A5568"},
        "table_title": {"bold": True, "font_size": 12},
        "note": {"italic": True, "font_color": "#4A5568"},
        # An official form's header and footer (form 06), black as printed.
        "frame_form": {"bold": True, "align": "left", "valign": "top"},
        "frame_small": {"italic": True, "align": "left", "valign": "top", "text_wrap": True},
        "frame_title": {"bold": True, "align": "center", "valign": "top", "text_wrap": True},
        "frame_centre": {"align": "center", "valign": "top", "text_wrap": True},
        "frame_side": {"align": "left", "valign": "top", "text_wrap": True},
        "frame_unit": {"italic": True, "align": "right"},
        "frame_date": {"italic": True, "align": "center"},
        "frame_sign": {"bold": True, "align": "center"},
        "frame_hint": {"italic": True, "align": "center"},
        "header": header,
        "number_header": {**header, "bold": False, "italic": True},
        "text": {**border},
        "int": {**border, "num_format": "#,##0"},
        "number": {**border, "num_format": "#,##0.##"},
        "rate": {**border, "num_format": "0.0%"},
        # Dates as the language writes them (text/formats.py); numbers take the separators of
        # the reader's Excel, which the format's "," and "." stand for.
        "date": {**border, "num_format": DATE_FORMATS.get(lang, "dd/mm/yyyy"), "align": "left"},
    }
    # A value judged against a requirement, marked as every format for people marks it.
    for name in ("int", "number", "rate"):
        number_format = made[name]["num_format"]
        made[name + "_met"] = {**made[name], "num_format": f'{number_format}" ✓"'}
        made[name + "_unmet"] = {
            **made[name],
            "num_format": f'{number_format}" ✗"',
            "font_color": "#C53030",
        }
    for name in list(made):
        if name.split("_")[0] in ("text", "int", "number", "rate", "date"):
            made[name + "_total"] = {**made[name], "bold": True, "bg_color": "#F7FAFC"}
    return {name: workbook.add_format(spec) for name, spec in made.items()}


def _hashable(value: Any) -> bool:
    return not isinstance(value, dict | list)


def _reference_key(chart: Chart) -> str:
    return f"__reference_{chart.name}"


def _reference_columns(report: Report, table: ReportTable, lang: str) -> dict[str, Any]:
    """A column of the target's value beside the data, for each chart's reference line (Excel
    draws a line only through cells); the key maps to the column and its constant value."""
    columns: dict[str, Any] = {}
    for chart in report.charts:
        if chart.table == table.name and chart.reference is not None:
            heading = chart.reference_label or text("export.reference", lang)
            kinds = {c.key: c.kind for c in table.columns}
            kind = kinds.get(chart.values[0], "number") if chart.values else "number"
            column = Column(_reference_key(chart), heading, kind)
            columns[column.key] = (column, chart.reference)
    return columns


def _write_table(sheet: SheetWriter, report: Report, table: ReportTable, *, first: bool) -> Placed:
    formats, lang = sheet.formats, sheet.lang
    extra = _reference_columns(report, table, lang)
    references = {key: value for key, (_, value) in extra.items()}
    columns = [*table.people_columns(), *(column for column, _ in extra.values())]
    offset = 1 if table.row_numbers else 0
    ws = sheet.worksheet
    if table.title and table.title != report.title:
        ws.write_string(sheet.row, 0, table.title, formats["table_title"])
        sheet.next_row()
    if any(c.group for c in columns):
        if table.row_numbers:
            ws.write_blank(sheet.row, 0, None, formats["header"])
        index = 0
        while index < len(columns):
            group = columns[index].group
            end = index
            while group and end + 1 < len(columns) and columns[end + 1].group == group:
                end += 1
            if end > index:
                ws.merge_range(
                    sheet.row, index + offset, sheet.row, end + offset, group, formats["header"]
                )
            else:
                ws.write_string(sheet.row, index + offset, group, formats["header"])
            index = end + 1
        sheet.next_row()
    heading_row = sheet.row
    if table.row_numbers:
        sheet.text(0, text("export.row_number", lang), "header", heading=True)
    for index, column in enumerate(columns):
        sheet.text(index + offset, column.heading, "header", heading=True)
    ws.set_row(sheet.row, 45 if any(len(c.heading) > 12 for c in columns) else None)
    sheet.next_row()
    if any(c.number for c in columns):
        if table.row_numbers:
            first_number = columns[0].number if columns else ""
            ws.write_string(
                sheet.row, 0, "(1)" if first_number == "(2)" else "", formats["number_header"]
            )
        for index, column in enumerate(columns):
            ws.write_string(sheet.row, index + offset, column.number, formats["number_header"])
        sheet.next_row()
    if first and not sheet.frozen:
        ws.freeze_panes(sheet.row, 0)
        ws.repeat_rows(heading_row, sheet.row - 1)
        sheet.frozen = True
    first_row = sheet.row
    writers = [
        (column.key, references.get(column.key), sheet.writer(index + offset, column))
        for index, column in enumerate(columns)
    ]
    for number, row in enumerate(table.rows, start=1):
        if table.row_numbers:
            ws.write_number(sheet.row, 0, number, formats["int"])
        for key, reference, write in writers:
            write(reference if reference is not None else row.get(key), row)
        sheet.next_row()
    last_row = sheet.row - 1
    total = total_row(table, text("export.total", lang))
    if total is not None:
        if table.row_numbers:
            ws.write_blank(sheet.row, 0, None, formats["text_total"])
        first_key = columns[0].key
        for index, column in enumerate(columns):
            if column.key in references:
                ws.write_blank(sheet.row, index + offset, None, formats["text_total"])
            elif column.key == first_key:
                sheet.text(index + offset, str(total.get(column.key)), "text_total")
            else:
                sheet.cell(index + offset, total, column, total=True)
        sheet.next_row()
    if not table.rows and total is None:
        ws.write_string(sheet.row, 0, text("export.empty", lang), formats["note"])
        sheet.next_row()
    for line in table.note.splitlines():
        ws.write_string(sheet.row, 0, line, formats["note"])
        sheet.next_row()
    sheet.next_row()
    return Placed(
        heading_row=heading_row,
        first_row=first_row,
        last_row=last_row,
        columns={c.key: i + offset for i, c in enumerate(columns)},
        kinds={c.key: c.kind for c in columns},
    )


def _thirds(width: int) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int]]:
    """The first and last columns of a form's left, centre and right blocks across ``width``
    columns: the centre takes what the two sides leave."""
    side = max(1, width // 4)
    return (0, side - 1), (side, max(side, width - side - 1)), (max(side, width - side), width - 1)


def _span(sheet: SheetWriter, columns: tuple[int, int], value: str, style: str) -> None:
    """``value`` across ``columns`` of the current row (merged when more than one)."""
    first, last = columns
    if last > first:
        sheet.worksheet.merge_range(sheet.row, first, sheet.row, last, value, sheet.formats[style])
    else:
        sheet.worksheet.write_string(sheet.row, first, value, sheet.formats[style])


def _widths_ahead(table: ReportTable, lang: str) -> list[float]:
    """The widths ``_write_table`` will give ``table``'s columns, known before it is written: the
    header above it must be as tall as its wrapped lines, and rows are written once."""
    columns = table.people_columns()
    widths = [min(len(c.heading), 24) + 2.0 for c in columns]
    for row in [*table.rows, total_row(table, text("export.total", lang)) or {}]:
        for index, column in enumerate(columns):
            if column.key in row:
                widths[index] = max(widths[index], len(shown(row, column, lang)) + 2.0)
    widths = [max(min(w, MAX_WIDTH), 6) for w in widths]
    return [6.0, *widths] if table.row_numbers else widths


def _frame_head(sheet: SheetWriter, frame: FormFrame, widths: list[float]) -> None:
    """The form's header, row by row: its number top left, the title and period in the centre,
    who reports to whom top right; then the unit of count over the table's right edge."""
    left, centre, right = _thirds(len(widths))
    blocks = (
        (left, frame.form, ("frame_form", "frame_small")),
        (centre, frame.title, ("frame_title", "frame_centre")),
        (right, frame.parties, ("frame_side", "frame_side")),
    )
    for line in range(max(len(frame.form), len(frame.title), len(frame.parties))):
        tallest = 1
        for columns, texts, (first_style, style) in blocks:
            if line < len(texts):
                _span(sheet, columns, texts[line], first_style if line == 0 else style)
                # Merged cells do not grow with their text: the row is made tall enough.
                across = sum(widths[columns[0] : columns[1] + 1])
                tallest = max(tallest, -(-len(texts[line]) // max(int(across * 1.1), 1)))
        sheet.worksheet.set_row(sheet.row, 15 * tallest + 3)
        sheet.next_row()
    _span(sheet, right, frame.unit, "frame_unit")
    sheet.next_row()


def _frame_foot(sheet: SheetWriter, frame: FormFrame, width: int) -> None:
    """Under the form: the place and date over the last signature, then each signature's title,
    how it is signed, room to sign, and the name."""
    left, _, right = _thirds(width)
    places = [left, right] if len(frame.signatures) == 2 else [right] * len(frame.signatures)
    _span(sheet, right, frame.place_date, "frame_date")
    sheet.next_row()
    for part, style in (("title", "frame_sign"), ("hint", "frame_hint")):
        for columns, signature in zip(places, frame.signatures, strict=True):
            _span(sheet, columns, getattr(signature, part), style)
        sheet.next_row()
    sheet.next_row(4)  # room to sign
    for columns, signature in zip(places, frame.signatures, strict=True):
        if signature.name:
            _span(sheet, columns, signature.name, "frame_sign")
    sheet.next_row()


def _chart(workbook: Any, sheet: str, chart: Chart, placed: Placed) -> Any | None:
    values = [key for key in chart.values if key in placed.columns]
    if not values or chart.label not in placed.columns or placed.last_row < placed.first_row:
        return None
    kind = chart.kind
    if kind == "stacked":
        excel = workbook.add_chart({"type": "bar", "subtype": "stacked"})
    elif kind == "line":
        excel = workbook.add_chart({"type": "line"})
    elif kind == "bar" and chart.reference is None:
        excel = workbook.add_chart({"type": "bar"})
    else:
        # A reference line needs upright columns: Excel cannot lay a line over horizontal bars.
        excel = workbook.add_chart({"type": "column"})
    label_column = placed.columns[chart.label]
    categories = [sheet, placed.first_row, label_column, placed.last_row, label_column]
    for key, colour in zip(values, colours(tuple(values)), strict=True):
        column = placed.columns[key]
        series: dict[str, Any] = {
            "name": [sheet, placed.heading_row, column],
            "categories": categories,
            "values": [sheet, placed.first_row, column, placed.last_row, column],
            "fill": {"color": colour},
            "border": {"none": True},
        }
        if kind == "line":
            series = {
                **series,
                "line": {"color": colour, "width": 2.25},
                "marker": {"type": "circle"},
            }
            del series["fill"], series["border"]
        excel.add_series(series)
    rates = all(placed.kinds.get(key) == "rate" for key in values)
    value_axis: dict[str, Any] = {"min": 0, "major_gridlines": {"visible": True}}
    if rates:
        value_axis.update({"max": 1, "num_format": "0%"})
    if chart.reference is not None:
        column = placed.columns[_reference_key(chart)]
        line = workbook.add_chart({"type": "line"})
        line.add_series(
            {
                "name": [sheet, placed.heading_row, column],
                "categories": categories,
                "values": [sheet, placed.first_row, column, placed.last_row, column],
                "line": {"color": "#C53030", "width": 2, "dash_type": "dash"},
                "marker": {"type": "none"},
            }
        )
        excel.combine(line)
    excel.set_title({"name": chart.title, "name_font": {"size": 12}})
    if kind in ("bar", "stacked") and chart.reference is None:
        excel.set_x_axis(value_axis)
        excel.set_y_axis({"reverse": True})
    else:
        excel.set_y_axis(value_axis)
    excel.set_legend(
        {"position": "bottom"} if len(values) > 1 or chart.reference else {"none": True}
    )
    excel.set_size({"width": CHART_WIDTH, "height": CHART_HEIGHT})
    return excel


def _write_report(
    workbook: Any, formats: dict[str, Any], report: Report, name: str, lang: str, subtitle: str
) -> None:
    worksheet = workbook.add_worksheet(name)
    sheet = SheetWriter(workbook, worksheet, formats, lang)
    worksheet.set_paper(9)  # A4
    tables = report.people_tables()
    if any(len(t.people_columns()) + t.row_numbers > WIDE_COLUMNS for t in tables):
        worksheet.set_landscape()
    worksheet.fit_to_pages(1, 0)
    across = max((len(t.people_columns()) + t.row_numbers for t in tables), default=1)
    if report.frame is not None and tables:
        _frame_head(sheet, report.frame, _widths_ahead(tables[0], lang))
    else:
        worksheet.write_string(sheet.row, 0, report.title, formats["report_title"])
        sheet.next_row()
        if subtitle:
            worksheet.write_string(sheet.row, 0, subtitle, formats["subtitle"])
            sheet.next_row()
        sheet.next_row()
    placed: dict[str, Placed] = {}
    for index, table in enumerate(tables):
        placed[table.name] = _write_table(sheet, report, table, first=index == 0)
    if report.frame is not None and tables:
        _frame_foot(sheet, report.frame, across)
    chart_column = max((len(t.people_columns()) + t.row_numbers + 1 for t in tables), default=1)
    stacked_rows: dict[str, int] = {}
    for chart in report.charts:
        where = placed.get(chart.table)
        if where is None:
            continue
        excel = _chart(workbook, name, chart, where)
        if excel is None:
            continue
        row = stacked_rows.get(chart.table, where.heading_row)
        worksheet.insert_chart(row, chart_column, excel)
        stacked_rows[chart.table] = row + CHART_ROWS
    for column, width in sheet.widths.items():
        worksheet.set_column(column, column, max(width, 6))


def default_sheet_name(report: Report, lang: str) -> str:
    """The report's own short name, else the catalogue's for a known report, else its title."""
    if report.sheet:
        return report.sheet
    from thidua_cli.text.messages import keys

    key = f"export.sheet.{report.name}"
    return text(key, lang) if key in keys() else report.title


def write_workbook(
    path: Path, reports: Sequence[Report], lang: str, *, title: str = "", subtitle: str = ""
) -> None:
    import xlsxwriter

    rows = sum(len(table.rows) for report in reports for table in report.tables)
    workbook = xlsxwriter.Workbook(
        str(path),
        {
            "constant_memory": rows > CONSTANT_MEMORY_ROWS,
            # Every text is written as text: a cell is never turned into a formula or a link.
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        },
    )
    workbook.set_properties({"title": title or (reports[0].title if reports else "")})
    formats = _formats(workbook, lang)
    taken: set[str] = set()
    for report in reports:
        _write_report(
            workbook,
            formats,
            report,
            sheet_name(default_sheet_name(report, lang), taken),
            lang,
            subtitle,
        )
    workbook.close()
