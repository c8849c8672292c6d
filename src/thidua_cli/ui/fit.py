"""A table that shows every value whole at any width: the terminal's, 80 columns, cron mail's.

Codes, dates and numbers are never wrapped or cut; text wraps between words, never inside one.
When even that cannot fit (a code, three dates and two names in 80 columns may not), the rows are
printed as blocks instead, one line per column, "Nhãn: giá trị". The choice is made when the table
is printed, for the width it is printed at.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from rich import box
from rich.cells import cell_len
from rich.console import Group
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult

Cell = str | Text
# A box with edges and padding 1: every column costs its content, 2 spaces and a rule.
_PER_COLUMN = 3
# Text wrapped narrower than this reads a word or two per line: the blocks read better then.
COMFORTABLE = 12


@dataclass(frozen=True)
class FitColumn:
    heading: str
    # "right" for numbers. A column that is ``whole`` (a code, a date, a number) is never wrapped.
    justify: Literal["left", "right"] = "left"
    whole: bool = False
    # The label of the value when rows are printed as blocks (default: the heading), for a
    # column whose heading is short on purpose, like form 06's "(3)".
    label: str = ""


def _text(cell: Cell) -> Text:
    return cell if isinstance(cell, Text) else Text(cell)


def _lines(cell: Text) -> list[str]:
    return cell.plain.split("\n")


def _longest_word(text: str) -> int:
    return max((cell_len(word) for word in text.split()), default=0)


class FitTable:
    """Rows of cells under headings, laid out for the width they are printed at."""

    def __init__(
        self,
        columns: Sequence[FitColumn],
        rows: Iterable[Sequence[Cell]],
        *,
        title: str | None = None,
        caption: str | None = None,
        total: Sequence[Cell] | None = None,
        row_styles: Sequence[str | None] | None = None,
        lines: bool = False,
    ) -> None:
        self.columns = list(columns)
        self.rows = [[_text(cell) for cell in row] for row in rows]
        self.title = title
        self.caption = caption
        self.total = [_text(cell) for cell in total] if total is not None else None
        self.row_styles = list(row_styles) if row_styles is not None else None
        self.lines = lines

    # --- measuring ---

    def _all_rows(self) -> list[list[Text]]:
        return [*self.rows, *([self.total] if self.total is not None else [])]

    def natural_widths(self, *, headings: bool = True) -> list[int]:
        """Each column's width with nothing wrapped (without ``headings``: its values unwrapped,
        its heading wrapped between words)."""
        widths = []
        for index, column in enumerate(self.columns):
            cells = [line for row in self._all_rows() for line in _lines(row[index])]
            heading = cell_len(column.heading) if headings else _longest_word(column.heading)
            widths.append(max([heading, *(cell_len(c) for c in cells)]))
        return widths

    def minimum_widths(self) -> list[int]:
        """Each column's narrowest width that cuts no word, code, date or number, and leaves
        wrapped text a few words a line."""
        widths = []
        for index, (column, natural) in enumerate(
            zip(self.columns, self.natural_widths(), strict=True)
        ):
            cells = [line for row in self._all_rows() for line in _lines(row[index])]
            if column.whole:
                content = max((cell_len(c) for c in cells), default=0)
            else:
                words = max((_longest_word(c) for c in cells), default=0)
                content = max(words, min(natural, COMFORTABLE))
            widths.append(max(content, _longest_word(column.heading), 1))
        return widths

    def table_width(self, widths: Sequence[int]) -> int:
        return sum(widths) + _PER_COLUMN * len(widths) + 1

    def fits(self, width: int) -> bool:
        return self.table_width(self.minimum_widths()) <= width

    def widths_for(self, width: int) -> list[int]:
        """Column widths for ``width``: natural when they fit; else the widest columns narrowed,
        none below its longest word, code, date or number."""
        natural, least = self.natural_widths(), self.minimum_widths()
        room = width - self.table_width([0] * len(natural))
        if sum(natural) <= room:
            return natural
        # The headings of text columns wrap first: the room goes to the values.
        full = natural
        values = self.natural_widths(headings=False)
        natural = [
            whole if column.whole else value
            for whole, value, column in zip(full, values, self.columns, strict=True)
        ]
        if sum(natural) <= room:
            return self._spread(natural, full, room)
        # Then every heading may wrap.
        natural = values
        if sum(natural) <= room:
            return self._spread(natural, full, room)

        def capped(cap: int) -> list[int]:
            # A whole column narrows too, but only as far as its heading can wrap.
            return [max(low, min(high, cap)) for high, low in zip(natural, least, strict=True)]

        low, high = 1, max(natural, default=1)
        while low < high:  # the widest cap that fits
            middle = (low + high + 1) // 2
            if sum(capped(middle)) <= room:
                low = middle
            else:
                high = middle - 1
        return self._spread(capped(low), natural, room)

    @staticmethod
    def _spread(widths: list[int], wanted: list[int], room: int) -> list[int]:
        """``widths`` widened within ``room`` towards ``wanted``, the most wrapped column first."""
        widths = list(widths)
        for _ in range(max(room - sum(widths), 0)):
            short = [goal - now for goal, now in zip(wanted, widths, strict=True)]
            widest = max(range(len(widths)), key=lambda i: short[i])
            if short[widest] <= 0:
                break
            widths[widest] += 1
        return widths

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        narrow = self.table_width(self.minimum_widths())
        return Measurement(min(narrow, options.max_width), self.table_width(self.natural_widths()))

    # --- drawing ---

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if self.fits(options.max_width):
            yield self.as_table(options.max_width)
        else:
            yield self.as_blocks()

    def as_table(self, width: int) -> Table:
        view = Table(
            title=self.title,
            title_justify="left",
            caption=self.caption,
            caption_justify="left",
            show_lines=self.lines,
            box=box.SQUARE if self.lines else box.HEAVY_HEAD,
        )
        for column, size in zip(self.columns, self.widths_for(width), strict=True):
            view.add_column(
                column.heading,
                justify=column.justify,
                # Wide enough for every value of a whole column (widths_for), so only its
                # heading may wrap.
                width=size,
                overflow="fold",
            )
        for index, row in enumerate(self.rows):
            style = self.row_styles[index] if self.row_styles else None
            view.add_row(*row, style=style)
        if self.total is not None:
            view.add_section()
            view.add_row(*self.total, style="bold")
        return view

    def as_blocks(self) -> Group:
        """One block per row: each column's heading, then its value whole."""
        labels = [f"{(c.label or c.heading).replace(chr(10), ' ')}:" for c in self.columns]
        parts: list[Text | Table] = []
        if self.title:
            parts.append(Text(self.title, style="italic"))
        styles = self.row_styles or [None] * len(self.rows)
        rows: list[tuple[list[Text], str | None]] = list(zip(self.rows, styles, strict=True))
        if self.total is not None:
            rows.append((self.total, "bold"))
        for row, style in rows:
            block = Table.grid(padding=(0, 1))
            block.add_column(no_wrap=True, style="bold")
            block.add_column(overflow="fold")
            if style:
                block.style = style
            for label, cell in zip(labels, row, strict=True):
                if cell.plain:
                    block.add_row(label, cell)
            parts.append(Text("─" * 3, style="dim"))
            parts.append(block)
        if self.caption:
            parts.append(Text(self.caption))
        return Group(*parts)
