"""A text row's digest is of the line a CSV writer makes of its cells, so the skip stage can
digest an export's lines from their bytes alone, and tells where a quoted cell runs on."""

from __future__ import annotations

import csv
import io

import pytest
from xxhash import xxh3_64_intdigest

from thidua_cli.importing.unchanged import quoted_state, row_digester

CELLS = [
    ["HS-1", "Chuyển trường", "Lê Thị Mai", "", "01/06/2021 08:00"],
    ["HS-2", "Đăng ký, cấp Giấy chứng nhận", 'Công ty "Ánh Dương"', "", ""],
    ["HS-3", "hai\ndòng", "Trần Văn Bình", "a;b", "x\r\ny"],
    ["HS-4", "", "", "", ""],
]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize("cells", CELLS, ids=[c[0] for c in CELLS])
def test_a_row_digest_is_that_of_the_line_a_csv_writer_writes(
    cells: list[str], delimiter: str
) -> None:
    seed = 12345

    def line(cells: list[str]) -> bytes:
        written = io.StringIO()
        csv.writer(written, delimiter=delimiter).writerow(cells)
        return written.getvalue().removesuffix("\r\n").encode()

    digest = row_digester({str(n): n for n in range(len(cells))}, "csv", seed, delimiter)
    assert digest(cells) == xxh3_64_intdigest(line(cells), seed) >> 1
    # The mapped columns alone: a first column the import ignores is not digested.
    tail = row_digester({str(n): n for n in range(1, len(cells))}, "csv", seed, delimiter)
    assert tail(["ignored", *cells[1:]]) == xxh3_64_intdigest(line(cells[1:]), seed) >> 1


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
    assert quoted_state(line, b",", inside) is state
    if state is not None and not inside and not state:
        # A line that is one whole record is what the CSV reader reads as one.
        assert len(list(csv.reader([line.decode()]))) == 1
