"""The skip stage joins a text row's cells from its bytes as the digest joins them, and tells
from its quotes where a quoted cell runs on to the next line."""

from __future__ import annotations

import csv
import io

import pytest

from thidua_cli.importing.unchanged import SEPARATOR, quoted_cells

CELLS = [
    ["HS-1", "Chuyển trường", "Lê Thị Mai", "", "01/06/2021 08:00"],
    ["HS-2", "Đăng ký, cấp Giấy chứng nhận", 'Công ty "Ánh Dương"', "", ""],
    ["HS-3", '"', '""', "a;b", 'x"'],
    ["", "", ",", "", ""],
]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize("cells", CELLS, ids=[str(n) for n in range(len(CELLS))])
def test_a_line_written_by_a_csv_writer_gives_its_cells_as_the_digest_joins_them(
    cells: list[str], delimiter: str
) -> None:
    written = io.StringIO()
    csv.writer(written, delimiter=delimiter).writerow(cells)
    line = written.getvalue().removesuffix("\r\n").encode()
    assert next(csv.reader([line.decode()], delimiter=delimiter)) == cells
    if b'"' in line:
        assert quoted_cells(line, delimiter.encode(), False) == (
            False,
            SEPARATOR.join(cell.encode() for cell in cells),
        )


@pytest.mark.parametrize(
    ("line", "inside", "state"),
    [
        (b'1,"a, b",c', False, False),
        (b'"a",b', False, False),
        (b'a,""', False, False),
        (b'1,"say ""hi""",2', False, False),
        (b'1,"two', False, True),
        (b'1,"two ""quoted', False, True),
        (b'lines",3', True, False),
        (b"still inside", True, True),
        (b'more "" inside', True, True),
        (b'end","again', True, True),
        # Where the CSV reader reads a quote as a character: nothing can be said.
        (b'1,ab"c,"d', False, None),
        (b'1,ab"', False, None),
        (b'1,"a"b,c', False, None),
        (b'end"x,3', True, None),
    ],
)
def test_the_quotes_of_a_line_say_whether_a_quoted_cell_runs_on(
    line: bytes, inside: bool, state: bool | None
) -> None:
    read = quoted_cells(line, b",", inside)
    assert (None if read is None else read[0]) is state
    if read is not None and not inside and not read[0]:
        # A line that is one whole record: the CSV reader reads the same cells.
        cells = next(csv.reader([line.decode()]))
        assert read[1] == SEPARATOR.join(cell.encode() for cell in cells)
