"""The skip stage joins a text row's cells from its bytes as the digest joins them, and tells
from its quotes where a quoted cell runs on to the next line."""

from __future__ import annotations

import csv
import io

import pytest

from thidua_cli.ingest.quotes import SEPARATOR, quoted_cells

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


# --- a whole piece judged ------------------------------------------------------------------------

# Cells as exports hold them, and the ones that make a CSV writer quote or break a line.
CELL_VALUES = [
    "HS-001",
    "Chuyển trường",
    "",
    "01/06/2021 08:00",
    "Đăng ký, cấp Giấy chứng nhận",
    'Công ty "Ánh Dương"',
    "hai\ndòng",
    '"',
    ",",
]


class _Stage:
    """What the judge asks of its skip stage: the candidates it would look up, kept; every
    third one is found unchanged."""

    ranged = True
    looked_up = True
    probes = 0
    seed = 987654321

    def __init__(self, key_at: int, width: int, every: int = 3) -> None:
        self.every = every
        self.key_at = key_at
        self.indexes = list(range(key_at, width))
        self.candidates: list[tuple[int, bytes, int]] = []

    def match(self, candidates: list[tuple[int, bytes, int]]) -> list[int]:
        self.candidates.extend(candidates)
        return [line for line, _, _ in candidates[:: self.every]]


def _records(text: str) -> list[tuple[int, int, list[str]]]:
    """(first line, last line, cells) of each record, as the CSV reader reads them."""
    reader = csv.reader(io.StringIO(text, newline=""))
    found = []
    last = 0
    for cells in reader:
        found.append((last + 1, reader.line_num, cells))
        last = reader.line_num
    return found


@pytest.mark.parametrize("line_break", ["\r\n", "\n", "mixed"])
@pytest.mark.parametrize("start", [0, 1, 2])
@pytest.mark.parametrize("separator", [False, True], ids=["plain", "separator-in-a-cell"])
def test_every_line_judged_from_its_bytes_has_the_digest_of_its_cells(
    line_break: str, start: int, separator: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whichever way a piece is judged (its lines at once, or one by one), the rows judged are
    exactly those on one line whose cells up to the key are plain, each with its key and the
    digest ``row_digester`` gives its cells; no other line is a candidate. The lines found
    unchanged reach the reader empty, and every other line as it was."""
    from random import Random

    from thidua_cli.importing.unchanged import BytesJudge, row_digester

    # Which way the piece was judged: its lines at once when they all end alike and no cell
    # holds the separator, else one by one.
    ways: list[str] = []
    for way in ("_lines", "_tail_lines"):
        original = getattr(BytesJudge, way)
        monkeypatch.setattr(BytesJudge, way, lambda *a, o=original, w=way: ways.append(w) or o(*a))

    random = Random(f"{line_break}-{start}-{separator}")
    width = start + 5
    rows = []
    for n in range(300):
        # One cell in ten that a CSV writer quotes, as exports have them.
        cells = [random.choice(CELL_VALUES[:4] * 15 + CELL_VALUES) for _ in range(width)]
        # A cell on two lines breaks its line as the file does (else it is another way to
        # mix line breaks).
        if line_break == "\r\n":
            cells = [cell.replace("\n", "\r\n") for cell in cells]
        cells[start] = random.choice([f"HS-{n:04}"] * 8 + [f"HS, {n}", f'"{n}"'])
        if separator and n % 50 == 7:
            cells[-1] = "x\x1fy"
        rows.append(cells)
    written = io.StringIO()
    writer = csv.writer(written, lineterminator="\n" if line_break == "\n" else "\r\n")
    for n, cells in enumerate(rows):
        if line_break == "mixed" and n % 3 == 0:
            writer.writerow(cells)
            written.seek(written.tell() - 2)
            written.write("\n")
        else:
            writer.writerow(cells)
    text = written.getvalue()
    piece = text.encode()

    stage = _Stage(start, width)
    judge = BytesJudge(stage, ",", width)  # type: ignore[arg-type]
    assert judge.tail
    judged = judge(piece, 1, piece.count(b"\n"))
    assert judged is not None
    blanked, inside = judged
    assert not judge.stopped
    assert inside is False
    assert ways == ["_lines" if separator or line_break == "mixed" else "_tail_lines"]

    digest = row_digester({f"c{n}": n for n in range(start, width)}, "csv", stage.seed)

    def quoted(cell: str) -> bool:
        return any(c in cell for c in ',"\r\n')

    expected = [
        (first, cells[start].encode(), digest(cells))
        for first, last, cells in _records(text)
        if first == last
        and not any(quoted(cell) for cell in cells[: start + 1])
        # A quoted line's cells are joined by separators before they are counted: one holding
        # a separator of its own makes the line seem longer than the header, and it is read.
        and not (any(quoted(cell) for cell in cells) and any("\x1f" in cell for cell in cells))
    ]
    assert len(expected) > 100
    found = [(line, cells.split(SEPARATOR, 1)[0], value) for line, cells, value in stage.candidates]
    assert found == expected

    emptied = {line for line, _, _ in expected[::3]}
    assert blanked is not None
    assert blanked.count(b"\n") == piece.count(b"\n")
    for number, (before, after) in enumerate(
        zip(piece.split(b"\n"), blanked.split(b"\n"), strict=True), start=1
    ):
        assert after in (b"", b"\r") if number in emptied else after == before
    assert [r for r in _records(blanked.decode()) if r[2]] == [
        r for r in _records(text) if r[0] not in emptied
    ]


@pytest.mark.parametrize("line_break", ["\r\n", "\n"])
@pytest.mark.parametrize(
    "stray", [b'HS-9,a"b,c', b'HS-9,a"b",c', b'HS-9,"a"b,c', b'HS-9,"a,b"c', b'HS-9,"a""b",c"']
)
def test_a_quote_where_no_csv_writer_puts_one_stops_the_judging(
    stray: bytes, line_break: str
) -> None:
    """The CSV reader reads such a quote as a character, or runs a cell on: from that line on,
    lines may not be what they seem, so only the lines before it are judged."""
    from thidua_cli.importing.unchanged import BytesJudge

    eol = line_break.encode()
    before = [b"HS-1,a,b", b'HS-2,"x, y",b']
    piece = eol.join([*before, stray, b"HS-3,a,b", b""])
    stage = _Stage(0, 3)
    judge = BytesJudge(stage, ",", 3)  # type: ignore[arg-type]
    assert judge(piece, 1, piece.count(b"\n")) == (
        # The first line is found unchanged (every third candidate is): it alone is emptied.
        piece.replace(b"HS-1,a,b", b"", 1),
        None,
    )
    assert judge.stopped
    assert [(line, cells.split(SEPARATOR)[0]) for line, cells, _ in stage.candidates] == [
        (1, b"HS-1"),
        (2, b"HS-2"),
    ]


@pytest.mark.parametrize("line_break", [b"\r\n", b"\n"])
def test_a_file_whose_last_line_is_unended_keeps_it_when_every_line_before_is_emptied(
    line_break: bytes,
) -> None:
    from thidua_cli.importing.unchanged import BytesJudge

    piece = line_break.join([b"HS-1,a,b", b"HS-2,a,b", b"HS-3,a,c"])
    stage = _Stage(0, 3, every=1)
    judged = BytesJudge(stage, ",", 3)(piece, 1, 2)  # type: ignore[arg-type]
    assert [line for line, _, _ in stage.candidates] == [1, 2]
    assert judged is not None
    blanked = judged[0]
    assert blanked is not None
    assert blanked.split(b"\n")[2] == b"HS-3,a,c"
    assert blanked.count(b"\n") == 2


@pytest.mark.parametrize("line_break", [b"\r\n", b"\n"])
def test_a_line_of_more_cells_than_the_header_is_read_not_judged(line_break: bytes) -> None:
    """Its cells joined may be those of a stored row whose cell held the separator itself."""
    from thidua_cli.importing.unchanged import BytesJudge

    piece = line_break.join([b"HS-1,a,b", b"HS-2,a,b,c", b'HS-3,"a,b",c,d', b"HS-4,a", b""])
    stage = _Stage(0, 3, every=1)
    BytesJudge(stage, ",", 3)(piece, 1, 4)  # type: ignore[arg-type]
    assert [line for line, _, _ in stage.candidates] == [1]


@pytest.mark.parametrize("line_break", [b"\r\n", b"\n"])
def test_the_judge_says_whether_a_quoted_cell_runs_on_past_its_piece(line_break: bytes) -> None:
    from thidua_cli.importing.unchanged import BytesJudge

    piece = line_break.join([b"HS-1,a,b", b'HS-2,"two', b'lines",b', b'HS-3,"runs', b"on", b""])
    stage = _Stage(0, 3, every=1)
    judged = BytesJudge(stage, ",", 3)(piece, 1, 5)  # type: ignore[arg-type]
    assert judged is not None
    assert judged[1] is True
    assert [line for line, _, _ in stage.candidates] == [1]
