"""Word (.docx) with python-docx: a ``Document`` laid out as Nghị định 30/2020/NĐ-CP sets it.

A4, margins 20 mm top and bottom, 30 mm left, 15 mm right; Times New Roman, black, the body in
14 pt; the header block (parent body and issuing body on the left, the national motto on the
right, each with its short rule; the number and symbol beside the place and date in italics); the
kind and subject centred in bold with a rule below; the body; "Nơi nhận" and the signature side by
side; page numbers from the second page, centred in the top margin. Every text put on the page
passes ``visible``: a control character from the data (XML cannot hold one) is shown as a symbol.

python-docx has no call for four things the decree needs, so they are set on its elements
directly, each in one small helper: a paragraph's rule (``w:pBdr``), the page number (a ``PAGE``
field), a table's heading row repeated on every page (``w:tblHeader``) and a row kept whole on
one page (``w:cantSplit``).
"""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from thidua_cli.reports.document import (
    Bullets,
    Document,
    DocumentHeader,
    Heading,
    Paragraph,
    TableBlock,
)
from thidua_cli.text.controls import visible

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.table import _Cell
    from docx.text.paragraph import Paragraph as WordParagraph

FONT = "Times New Roman"
BODY_PT = 14
TABLE_PT = 13
SMALL_PT = 12  # the national name and "Nơi nhận:" (the decree's 12–13 and 12)
RECIPIENTS_PT = 11  # the recipients' lines (the decree's 11)
# Nghị định 30, Phụ lục I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}
A4_MM = (210, 297)
FIRST_LINE_CM = 1.0


def write_document(path: Path, document: Document, lang: str) -> None:
    """Write ``document`` as a Word file at ``path``."""
    import docx

    word = docx.Document()
    _page(word, document)
    _styles(word, lang)
    header = document.header(lang)
    _frame_top(word, document, header)
    for block in document.body:
        _block(word, block, lang, _text_width_cm(document))
    _signature(word, document, header)
    properties = word.core_properties
    properties.title = visible(document.subject)
    properties.author = visible(header.name)
    # Dated by the document, not the clock: the same report written twice is the same file.
    stamp = datetime.combine(document.day, time(8, 0))
    properties.created = properties.modified = stamp
    properties.last_modified_by = visible(header.name)
    properties.revision = 1
    word.save(str(path))


# --- the page and the styles ------------------------------------------------------------------


def _text_width_cm(document: Document) -> float:
    width = A4_MM[1] if document.landscape else A4_MM[0]
    return (width - MARGINS_MM["left"] - MARGINS_MM["right"]) / 10


def _page(word: WordDocument, document: Document) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    section = word.sections[0]
    short, long = Mm(A4_MM[0]), Mm(A4_MM[1])
    if document.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = long, short
    else:
        section.page_width, section.page_height = short, long
    section.top_margin = Mm(MARGINS_MM["top"])
    section.bottom_margin = Mm(MARGINS_MM["bottom"])
    section.left_margin = Mm(MARGINS_MM["left"])
    section.right_margin = Mm(MARGINS_MM["right"])
    section.header_distance = Mm(10)
    # Page numbers from page 2, centred in the top margin; the first page's header stays empty.
    section.different_first_page_header_footer = True
    number = section.header.paragraphs[0]
    number.alignment = _centre()
    _page_field(number)


def _styles(word: WordDocument, lang: str) -> None:
    from docx.shared import Pt, RGBColor

    for name in ("Normal", "Header", "Table Grid"):
        style = word.styles[name]
        _font(style.element, lang)
        style.font.name = FONT
        style.font.color.rgb = RGBColor(0, 0, 0)
    normal = word.styles["Normal"]
    normal.font.size = Pt(BODY_PT)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.0
    for level in (1, 2):
        heading = word.styles[f"Heading {level}"]
        _font(heading.element, lang)
        heading.font.name = FONT
        heading.font.size = Pt(BODY_PT)
        heading.font.bold = True
        heading.font.italic = False
        heading.font.color.rgb = RGBColor(0, 0, 0)
        heading.paragraph_format.space_before = Pt(6)
        heading.paragraph_format.space_after = Pt(6)
        heading.paragraph_format.keep_with_next = True


def _font(style_element: Any, lang: str) -> None:
    """Times New Roman for every script (the template's theme fonts removed), and the text's
    language, so a spelling checker reads it as Vietnamese."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rpr = style_element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in list(fonts.attrib):
        del fonts.attrib[attribute]
    for script in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(script), FONT)
    language = rpr.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        rpr.append(language)
    language.set(qn("w:val"), "en-GB" if lang == "en" else "vi-VN")


def _centre() -> Any:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    return WD_ALIGN_PARAGRAPH.CENTER


# --- the elements python-docx has no call for -------------------------------------------------

# The children of w:pPr that come after w:pBdr, in the schema's order.
_AFTER_BORDER = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip


def _rule_below(paragraph: WordParagraph) -> None:
    """A thin solid line under the paragraph, between its indents."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "000000")):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().insert_element_before(borders, *_AFTER_BORDER)


def _page_field(paragraph: WordParagraph) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    shown = OxmlElement("w:t")
    shown.text = "2"
    run.append(shown)
    field.append(run)
    paragraph._p.append(field)


def _repeat_heading_row(row: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(mark)


def _whole_row(row: Any) -> None:
    """A row kept on one page (``w:cantSplit``): a reader does not turn the page in the middle
    of a person's achievements, and the signature block is not parted from its name."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    mark = OxmlElement("w:cantSplit")
    mark.set(qn("w:val"), "true")
    # The schema puts cantSplit before tblHeader in a row's properties.
    row._tr.get_or_add_trPr().insert(0, mark)


# --- the frame ----------------------------------------------------------------------------------


def _line(
    container: Any,
    text: str,
    *,
    size: int = BODY_PT,
    bold: bool = False,
    italic: bool = False,
    align: Any = None,
    after: int = 0,
) -> WordParagraph:
    from docx.shared import Pt

    paragraph: WordParagraph = container.add_paragraph()
    paragraph.alignment = _centre() if align is None else align
    paragraph.paragraph_format.space_after = Pt(after)
    paragraph.paragraph_format.first_line_indent = Pt(0)
    if text:
        run = paragraph.add_run(visible(text))
        run.font.size = Pt(size)
        run.bold = bold
        run.italic = italic
    return paragraph


def _short_rule(container: Any, width_cm: float, rule_cm: float) -> None:
    """An empty, nearly flat paragraph whose bottom border is a centred rule ``rule_cm`` long."""
    from docx.shared import Cm, Pt

    paragraph = _line(container, "")
    _rule_below(paragraph)
    indent = max(0.0, (width_cm - rule_cm) / 2)
    paragraph.paragraph_format.left_indent = Cm(indent)
    paragraph.paragraph_format.right_indent = Cm(indent)
    paragraph.paragraph_format.line_spacing = Pt(2)


def _borderless(word: WordDocument, rows: int, widths_cm: tuple[float, float]) -> Any:
    from docx.shared import Cm

    table = word.add_table(rows=rows, cols=2)
    _set_widths(table, [Cm(width) for width in widths_cm])
    return table


def _set_widths(table: Any, widths: list[Any]) -> None:
    """Fixed column widths, on the grid (what LibreOffice reads) and on every cell (Word)."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _fresh(cell: _Cell) -> _Cell:
    """A cell's own first paragraph removed, so the lines added are the cell's only ones."""
    paragraph = cell.paragraphs[0]._p
    paragraph.getparent().remove(paragraph)
    return cell


def _frame_top(word: WordDocument, document: Document, header: DocumentHeader) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Pt

    width = _text_width_cm(document)
    # The two header blocks need 6.6 cm (the issuing body's name at 12 pt) and 8.8 cm (the
    # national name) plus the cells' padding: the header table reaches a little into both
    # margins, centred, as offices lay it out, rather than break either name.
    left, right = 7.2, width + 0.5 - 7.2
    table = _borderless(word, 2, (left, right))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    issuer = _fresh(table.cell(0, 0))
    if header.parent:
        _line(issuer, header.parent, size=13)
    _line(issuer, header.name, size=SMALL_PT, bold=True)
    _short_rule(issuer, left, 2.2)
    nation = _fresh(table.cell(0, 1))
    _line(nation, header.nation, size=SMALL_PT, bold=True)
    _line(nation, header.motto, size=BODY_PT, bold=True)
    _short_rule(nation, right, 6.2)
    number = _fresh(table.cell(1, 0))
    _line(number, header.number, size=13, after=0).paragraph_format.space_before = Pt(6)
    dated = _fresh(table.cell(1, 1))
    _line(dated, header.place_date, size=BODY_PT, italic=True).paragraph_format.space_before = Pt(6)
    kind = _line(word, document.kind, size=BODY_PT, bold=True)
    kind.paragraph_format.space_before = Pt(18)
    for part in document.subject.split("\n"):
        _line(word, part, size=BODY_PT, bold=True)
    _short_rule(word, width, 4.0)
    if header.addressee:
        _line(word, header.addressee, size=BODY_PT).paragraph_format.space_before = Pt(12)
    _line(word, "", after=6)


# --- the body ---------------------------------------------------------------------------------


def _block(word: WordDocument, block: Any, lang: str, width_cm: float) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    if isinstance(block, Heading):
        heading = word.add_heading(visible(block.text), level=block.level)
        heading.paragraph_format.first_line_indent = Cm(FIRST_LINE_CM)
    elif isinstance(block, Paragraph):
        if block.text:
            paragraph = word.add_paragraph(visible(block.text))
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            paragraph.paragraph_format.first_line_indent = Cm(FIRST_LINE_CM)
            if block.blank_lines:
                _dots(paragraph, width_cm)
        for _ in range(block.blank_lines - (1 if block.text else 0)):
            _dots(word.add_paragraph(), width_cm)
    elif isinstance(block, Bullets):
        for item in block.items:
            paragraph = word.add_paragraph(visible(f"- {item}"))
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            paragraph.paragraph_format.first_line_indent = Cm(FIRST_LINE_CM)
    elif isinstance(block, TableBlock):
        _table(word, block, lang, width_cm)


def _dots(paragraph: WordParagraph, width_cm: float) -> None:
    """A dotted line to the right margin, for the office to write on."""
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm

    paragraph.paragraph_format.tab_stops.add_tab_stop(
        Cm(width_cm), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
    )
    paragraph.add_run("\t")


def _table(word: WordDocument, block: TableBlock, lang: str, width_cm: float) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    headings, rows = block.shown(lang)
    numeric = block.numeric()
    whole = block.whole()
    if block.title:
        title = word.add_paragraph()
        title.paragraph_format.first_line_indent = Cm(FIRST_LINE_CM)
        title.paragraph_format.keep_with_next = True
        title.add_run(visible(block.title)).italic = True
    table = word.add_table(rows=1 + len(rows), cols=len(headings))
    table.style = word.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _set_widths(table, [Cm(width) for width in _widths(headings, rows, whole, width_cm)])
    for row in table.rows:
        _whole_row(row)
    _repeat_heading_row(table.rows[0])
    for index, cells in enumerate([headings, *rows]):
        for column, (cell, value) in enumerate(zip(table.rows[index].cells, cells, strict=True)):
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_after = Pt(0)
            if index == 0 or (column == 0 and (block.row_numbers or block.keys[0] == "no")):
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif numeric[column]:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run = paragraph.add_run(visible(value))
            run.font.size = Pt(TABLE_PT)
            run.bold = index == 0
    word.add_paragraph().paragraph_format.space_after = Pt(0)


# How wide a text is in Times New Roman, in ems, by the kind of character: near enough to size
# columns so that a date, a number or a name is not broken (a bold heading a little wider).
_NARROW = frozenset("/.,:;'|!il()[]- ")
EM_CM = TABLE_PT * 2.54 / 72
PAD_CM = 0.45
TEXT_FLOOR_CM = 2.6


def _text_cm(text: str, *, bold: bool = False) -> float:
    ems = 0.0
    for char in text:
        if char.isdigit():
            ems += 0.5
        elif char in _NARROW:
            ems += 0.28
        elif char in "%mwMW—":
            ems += 0.85
        elif char.isupper():
            ems += 0.72
        else:
            ems += 0.5
    return ems * EM_CM * (1.1 if bold else 1.0)


def _widths(
    headings: list[str], rows: list[list[str]], whole: list[bool], total_cm: float
) -> list[float]:
    """Column widths for ``total_cm``.

    A number, date or code column is as wide as its longest value. The text columns share the
    rest (when they need it) by the square root of what they hold, each between what it needs on one line and a floor
    (its longest word, and at least ``TEXT_FLOOR_CM`` when it holds that much), so a long title
    wraps over a few lines while a short label stays readable. No heading breaks inside a word.
    """

    def word_cm(column: int) -> float:
        head = max((_text_cm(w, bold=True) for w in headings[column].split()), default=0.0)
        body = max((_text_cm(w) for row in rows for w in row[column].split()), default=0.0)
        return max(head, body) + PAD_CM

    def longest_cm(column: int) -> float:
        return max((_text_cm(row[column]) for row in rows), default=0.0) + PAD_CM

    columns = range(len(headings))
    want = {c: max(longest_cm(c), word_cm(c)) for c in columns}
    fixed = {c: want[c] for c in columns if whole[c]}
    flexible = [c for c in columns if not whole[c]]
    least = {c: max(word_cm(c), min(want[c], TEXT_FLOOR_CM)) for c in flexible}
    free = total_cm - sum(fixed.values())

    def share(factor: float) -> dict[int, float]:
        # By the square root of what a column holds: a long text still gets the most room, and
        # a name or a short label is not squeezed to a few letters a line by it.
        return {c: min(want[c], max(least[c], factor * want[c] ** 0.5)) for c in flexible}

    widths = dict(fixed)
    if flexible:
        # The largest common factor at which the text columns fit, by bisection.
        low, high = 0.0, max(want[c] ** 0.5 for c in flexible)
        if sum(share(high).values()) > free:
            for _ in range(40):
                middle = (low + high) / 2
                low, high = (middle, high) if sum(share(middle).values()) <= free else (low, middle)
        else:
            low = high
        widths.update(share(low))
    ordered = [widths[c] for c in columns]
    # A table of a few columns that needs less than the line keeps its width (centred); the
    # others take the line, so their headings have room.
    scale = total_cm / sum(ordered)
    if len(ordered) <= 3:
        scale = min(1.0, scale)
    return [width * scale for width in ordered]


# --- the end ----------------------------------------------------------------------------------


def _signature(word: WordDocument, document: Document, header: DocumentHeader) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    width = _text_width_cm(document)
    table = _borderless(word, 1, (width * 0.48, width * 0.52))
    _whole_row(table.rows[0])
    recipients = _fresh(table.cell(0, 0))
    _line(
        recipients,
        header.recipients_title,
        size=SMALL_PT,
        bold=True,
        italic=True,
        align=WD_ALIGN_PARAGRAPH.LEFT,
    ).paragraph_format.space_before = Pt(12)
    for recipient in header.recipients:
        _line(recipients, f"- {recipient}", size=RECIPIENTS_PT, align=WD_ALIGN_PARAGRAPH.LEFT)
    signer = _fresh(table.cell(0, 1))
    _line(signer, header.signer_title, size=BODY_PT, bold=True).paragraph_format.space_before = Pt(
        12
    )
    for _ in range(4):  # room to sign and stamp
        _line(signer, "", size=BODY_PT)
    _line(signer, header.signer_name, size=BODY_PT, bold=True)
