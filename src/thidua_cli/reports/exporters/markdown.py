"""Markdown: each table as a pipe table under its title, for a wiki page or an e-mail."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO, TYPE_CHECKING

from thidua_cli.reports.exporters.cells import is_numeric, shown, total_row
from thidua_cli.reports.model import Column, Report, ReportTable
from thidua_cli.text.messages import text

if TYPE_CHECKING:
    from thidua_cli.reports.document import Document


def _cell(value: str) -> str:
    # A pipe would end the cell and a line break the row; both stay inside the cell. Markdown
    # passes HTML through: <, > and & are written as entities, so a "<script>" in a name is text.
    for raw, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")):
        value = value.replace(raw, entity)
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", "<br>")


def _line(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _heading(column: Column) -> str:
    # Markdown has one heading row: a group heading (form 06) is put before the column's own.
    heading = f"{column.group}: {column.heading}" if column.group else column.heading
    return _cell(heading + (f" {column.number}" if column.number else ""))


def write_table(table: ReportTable, stream: IO[str], lang: str, report_title: str = "") -> None:
    if table.title and table.title != report_title:
        stream.write(f"### {_cell(table.title)}\n\n")
    columns = table.people_columns()
    headings = [_heading(c) for c in columns]
    aligns = ["---:" if is_numeric(c) else "---" for c in columns]
    if table.row_numbers:
        headings.insert(0, text("export.row_number", lang))
        aligns.insert(0, "---:")
    stream.write(_line(headings) + "\n")
    stream.write(_line(aligns) + "\n")
    for index, row in enumerate(table.rows, start=1):
        cells = [_cell(shown(row, c, lang)) for c in columns]
        if table.row_numbers:
            cells.insert(0, str(index))
        stream.write(_line(cells) + "\n")
    total = total_row(table, text("export.total", lang))
    if total is not None:
        first = columns[0].key
        cells = [
            f"**{_cell(str(total[c.key]) if c.key == first else shown(total, c, lang))}**"
            for c in columns
        ]
        if table.row_numbers:
            cells.insert(0, "")
        stream.write(_line(cells) + "\n")
    if not table.rows and total is None:
        stream.write(f"\n_{text('export.empty', lang)}_\n")
    for line in table.note.splitlines():
        stream.write(f"\n{_cell(line)}\n")
    stream.write("\n")


def write(report: Report, stream: IO[str], lang: str) -> None:
    if report.document is not None and "md" in report.document_formats:
        write_document(report.document, stream, lang)
        return
    stream.write(f"## {_cell(report.title)}\n\n")
    for table in report.people_tables():
        write_table(table, stream, lang, report.title)


def write_document(document: Document, stream: IO[str], lang: str) -> None:
    """The paper as Markdown: the header's two blocks one after the other, the body, then the
    recipients and the signature."""
    from thidua_cli.reports.document import Bullets, Heading, Paragraph, TableBlock

    header = document.header(lang)
    if header.parent:
        stream.write(f"{_cell(header.parent)}  \n")
    stream.write(f"**{_cell(header.name)}**  \n{_cell(header.number)}\n\n")
    stream.write(f"**{_cell(header.nation)}**  \n**{_cell(header.motto)}**  \n")
    stream.write(f"*{_cell(header.place_date)}*\n\n")
    stream.write(f"# {_cell(document.kind)}\n\n")
    for part in document.subject.split("\n"):
        stream.write(f"**{_cell(part)}**  \n")
    stream.write("\n")
    if header.addressee:
        stream.write(f"{_cell(header.addressee)}\n\n")
    for block in document.body:
        if isinstance(block, Heading):
            stream.write(f"{'#' * (block.level + 1)} {_cell(block.text)}\n\n")
        elif isinstance(block, Paragraph):
            lines = [_cell(block.text)] if block.text else []
            lines += [DOTS] * (block.blank_lines - (1 if block.text else 0))
            if block.text and block.blank_lines:
                lines[0] += " " + DOTS
            stream.write("  \n".join(lines) + "\n\n")
        elif isinstance(block, Bullets):
            stream.write("".join(f"- {_cell(item)}\n" for item in block.items) + "\n")
        elif isinstance(block, TableBlock):
            if block.title:
                stream.write(f"*{_cell(block.title)}*\n\n")
            headings, rows = block.shown(lang)
            numeric = block.numeric()
            stream.write(_line([_cell(h) for h in headings]) + "\n")
            stream.write(_line(["---:" if n else "---" for n in numeric]) + "\n")
            for cells in rows:
                stream.write(_line([_cell(c) for c in cells]) + "\n")
            stream.write("\n")
    stream.write(f"**{_cell(header.recipients_title)}**\n\n")
    stream.write("".join(f"- {_cell(line)}\n" for line in header.recipients) + "\n")
    stream.write(f"**{_cell(header.signer_title)}**\n\n**{_cell(header.signer_name)}**\n")


# A line left for the office to write on.
DOTS = "…" * 40
