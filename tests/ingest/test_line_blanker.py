"""Lines emptied before the CSV reader sees them, every other line where it was."""

from __future__ import annotations

import pytest

from thidua_cli.ingest.reader import LineBlanker, whole_lines


def test_pieces_are_cut_at_line_breaks_and_keep_every_byte() -> None:
    pieces = [b"a,b\nc,", memoryview(b"d\ne,f\ng"), b",h"]
    whole = list(whole_lines(iter(pieces)))
    assert whole == [b"a,b\n", b"c,d\ne,f\n", b"g,h"]


def test_the_judge_sees_each_piece_not_yet_handed_and_the_reader_reads_what_it_gives() -> None:
    blanker = LineBlanker()
    text = b"".join(f"{n},row {n}\r\n".encode() for n in range(1, 9))
    handed = blanker.wrap(iter([text[:30], text[30:]]))
    first = next(handed)
    # Lines already handed over are never judged: the judge sees the pieces after them.
    assert blanker.handed == first.count(b"\n") == 3
    shown: list[tuple[int, int, bytes]] = []

    def judge(piece: bytes, line: int, count: int) -> tuple[bytes, bool]:
        shown.append((line, count, piece))
        return piece.replace(b"5,row 5", b"").replace(b"8,row 8", b""), False

    blanker.judge = judge
    rest = b"".join(handed)
    assert shown == [(4, 5, text[len(first) :])]
    lines = (first + rest).split(b"\n")
    assert [line for line in lines if line.strip()] == [
        f"{n},row {n}\r".encode() for n in (1, 2, 3, 4, 6, 7)
    ]
    assert len(lines) == 9


def test_a_piece_the_judge_leaves_reaches_the_reader_as_it_was() -> None:
    blanker = LineBlanker()
    blanker.judge = lambda piece, first, count: None
    pieces = [b"a\nb\nc\n", b"d\ne"]
    assert b"".join(blanker.wrap(iter(pieces))) == b"".join(pieces)


def _shown(pieces: list[bytes], *, bom: bool = False) -> list[int]:
    """The first line of each piece the judge is shown (it judges none itself)."""
    blanker = LineBlanker()
    starts: list[int] = []

    def judge(piece: bytes, line: int, count: int) -> None:
        starts.append(line)

    blanker.judge = judge
    if bom:
        pieces = [b"\xef\xbb\xbf" + pieces[0], *pieces[1:]]
    assert b"".join(blanker.wrap(iter(pieces))) == b"".join(pieces)
    return starts


def test_the_judge_is_shown_only_pieces_that_start_outside_a_quoted_cell() -> None:
    pieces = [b'1,"a\n', b'b",2\n', b'3,"c"\n', b'4,"d\r\ne",5\n', b"6,f\n"]
    assert _shown(pieces) == [1, 3, 4, 6]


def test_a_quoted_first_cell_after_a_byte_order_mark_is_followed_as_the_reader_reads_it() -> None:
    assert _shown([b'"1\n', b'2",3\n', b"4,a\n"], bom=True) == [1, 3]


@pytest.mark.parametrize("stray", ['2,Lê "Văn,x\n'.encode(), b'2,"a"b,x\n', b'2,ab",x\n'])
def test_after_a_quote_no_csv_writer_puts_nothing_is_judged_again(stray: bytes) -> None:
    """The reader reads such a quote as a character; counting quotes would take it for an
    opening or a closing one, and a line inside a quoted cell could then pass for a record.
    The piece that holds it is shown (the judge stops at it itself), none after."""
    assert _shown([b"1,a,b\n", stray, b'3,"x\n', b'y",z\n', b"5,a,b\n"]) == [1, 2]
