"""An administrative document as data: the paper an office files (Nghị định 30/2020/NĐ-CP).

A report that is filed as a paper (the review report, the proposal for commendation) carries a
``Document`` beside its JSON: the header (issuing body, national motto, number and symbol, place
and date), the kind and subject, a body of headings, paragraphs, lists and tables, then the
recipients and the signature. Word, Markdown, HTML and the terminal each lay it out their own way
(``exporters.docx_out``, ``exporters.markdown``, ``exporters.html``, ``ui.document_view``); none
computes anything: every sentence is written when the document is built, every table is a
``ReportTable`` of the report that holds the figures, shown through the columns a paper needs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from thidua_cli.domain.office import Office
from thidua_cli.reports.model import Column, ReportTable

# A field the office has not set (``thidua config set``), left for the clerk to write by hand.
BLANK = "……………"


@dataclass(frozen=True)
class Heading:
    """A numbered heading: level 1 "I. KẾT QUẢ THỰC HIỆN", level 2 "1. Công tác chỉ đạo"."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    text: str
    # A paragraph left for the office to write (the next steps): dotted lines on paper.
    blank_lines: int = 0


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class TableBlock:
    """Some columns of a report's table, in the order given; ``title`` above it when set."""

    table: ReportTable
    keys: tuple[str, ...]
    title: str = ""
    row_numbers: bool = True

    @property
    def columns(self) -> list[Column]:
        by_key = {column.key: column for column in self.table.columns}
        return [by_key[key] for key in self.keys]

    def shown(self, lang: str) -> tuple[list[str], list[list[str]]]:
        """The headings and the rows as people read them (every format prints these)."""
        from thidua_cli.reports.exporters.cells import shown
        from thidua_cli.text.messages import text

        columns = self.columns
        headings = [column.heading for column in columns]
        rows = [[shown(row, c, lang) for c in columns] for row in self.table.rows]
        if self.row_numbers:
            headings.insert(0, text("export.row_number", lang))
            for number, cells in enumerate(rows, start=1):
                cells.insert(0, str(number))
        return headings, rows

    def numeric(self) -> list[bool]:
        """Which shown columns hold numbers (aligned right)."""
        from thidua_cli.reports.exporters.cells import is_numeric

        flags = [is_numeric(column) for column in self.columns]
        return [True, *flags] if self.row_numbers else flags

    def whole(self) -> list[bool]:
        """Which shown columns are never wrapped: numbers, dates, codes."""
        from thidua_cli.reports.exporters.cells import is_numeric

        flags = [
            is_numeric(column) or column.kind == "date" or column.identifier
            for column in self.columns
        ]
        return [True, *flags] if self.row_numbers else flags


Block = Heading | Paragraph | Bullets | TableBlock


@dataclass
class Document:
    kind: str  # "BÁO CÁO", "DANH SÁCH"
    symbol: str  # the kind's abbreviation in the number: "BC", "DS"
    subject: str  # the subject line under the kind
    office: Office
    day: date  # the date the paper bears
    body: list[Block] = field(default_factory=list)
    addressee: str = ""  # "Kính gửi: ..." under the subject, when the office has set one
    # A wide table reads better across the page (the decree allows a landscape page for it).
    landscape: bool = False

    def header(self, lang: str) -> DocumentHeader:
        """The header and signature texts, with a dotted blank for what the office left unset;
        the number is always left for the clerk ("Số: ……/BC-……")."""
        from thidua_cli.text.formats import day_in_words
        from thidua_cli.text.messages import text

        office = self.office
        return DocumentHeader(
            parent=office.parent.upper(),
            name=(office.name or BLANK).upper(),
            number=f"{text('document.number', lang)}: {'…' * 4}/{self.symbol}-{'…' * 4}",
            nation=text("document.nation", lang),
            motto=text("document.motto", lang),
            place_date=f"{office.place or BLANK}, {day_in_words(self.day, lang)}",
            addressee=text("document.addressee", lang, who=self.addressee)
            if self.addressee
            else "",
            recipients_title=text("document.recipients", lang),
            recipients=_punctuated(self._recipients() or (text("document.archive", lang),)),
            signer_title=(office.signer_title or BLANK).upper(),
            signer_name=office.signer_name or BLANK,
        )

    def _recipients(self) -> tuple[str, ...]:
        """The office's "Nơi nhận" lines; "Như trên" (the addressee above) only when the paper
        has one, as a paper without "Kính gửi" has nobody "above"."""
        from thidua_cli.text.normalize import fold

        if self.addressee:
            return self.office.recipients
        return tuple(line for line in self.office.recipients if fold(line) != fold("Như trên"))


@dataclass(frozen=True)
class DocumentHeader:
    """The frame's texts as printed: header block, addressee, recipients and signature."""

    parent: str
    name: str
    number: str
    nation: str
    motto: str
    place_date: str
    addressee: str
    recipients_title: str
    recipients: Sequence[str]
    signer_title: str
    signer_name: str


def _punctuated(lines: Sequence[str]) -> tuple[str, ...]:
    """The "Nơi nhận" lines as a list is written: each ends with ";", the last with "."."""
    last = len(lines) - 1
    return tuple(
        line.rstrip(";.") + ("." if index == last else ";") for index, line in enumerate(lines)
    )
