"""Lines emptied before the CSV reader sees them, every other line where it was."""

from __future__ import annotations

from thidua_cli.ingest.reader import LineBlanker, whole_lines


def test_pieces_are_cut_at_line_breaks_and_keep_every_byte() -> None:
    pieces = [b"a,b\nc,", memoryview(b"d\ne,f\ng"), b",h"]
    whole = list(whole_lines(iter(pieces)))
    assert whole == [b"a,b\n", b"c,d\ne,f\n", b"g,h"]


def test_judged_lines_reach_the_reader_empty_and_the_others_unchanged() -> None:
    blanker = LineBlanker()
    text = b"".join(f"{n},row {n}\r\n".encode() for n in range(1, 9))
    handed = blanker.wrap(iter([text[:30], text[30:]]))
    first = next(handed)
    # Lines already handed over are never judged: the judge sees the pieces after them.
    assert blanker.handed == first.count(b"\n") == 3
    shown: list[tuple[int, bytes]] = []

    def judge(piece: bytes, line: int, quoted: bool) -> list[int]:
        shown.append((line, piece))
        assert not quoted
        return [5, 8]

    blanker.judge = judge
    rest = b"".join(handed)
    assert shown == [(4, text[len(first) :])]
    lines = (first + rest).split(b"\n")
    assert lines[0] == b"1,row 1\r"
    assert lines[4] == b"" and lines[7] == b""
    assert [line for line in lines if line] == [
        f"{n},row {n}\r".encode() for n in (1, 2, 3, 4, 6, 7)
    ]
    assert len(lines) == 9


def test_every_line_of_a_piece_judged_leaves_its_line_breaks_alone() -> None:
    blanker = LineBlanker()
    blanker.judge = lambda piece, first, quoted: list(range(first, first + piece.count(b"\n")))
    assert b"".join(blanker.wrap(iter([b"a\nb\nc\n", b"d\ne"]))) == b"\n\n\n\ne"


def test_the_judge_is_told_when_a_piece_starts_inside_a_quoted_cell() -> None:
    blanker = LineBlanker()
    starts: list[tuple[int, bool]] = []

    def judge(piece: bytes, line: int, quoted: bool) -> list[int]:
        starts.append((line, quoted))
        return []

    blanker.judge = judge
    pieces = [b'1,"a\n', b'b",2\n', b'3,"c"\n', b"4,d\n"]
    assert b"".join(blanker.wrap(iter(pieces))) == b"".join(pieces)
    assert starts == [(1, False), (2, True), (3, False), (4, False)]
