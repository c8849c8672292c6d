"""Lines emptied before the CSV reader sees them, every other line where it was."""

from __future__ import annotations

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

    def judge(piece: bytes, line: int, count: int, quoted: bool) -> bytes:
        shown.append((line, count, piece))
        assert not quoted
        return piece.replace(b"5,row 5", b"").replace(b"8,row 8", b"")

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
    blanker.judge = lambda piece, first, count, quoted: None
    pieces = [b"a\nb\nc\n", b"d\ne"]
    assert b"".join(blanker.wrap(iter(pieces))) == b"".join(pieces)


def test_the_judge_is_told_when_a_piece_starts_inside_a_quoted_cell() -> None:
    blanker = LineBlanker()
    starts: list[tuple[int, bool]] = []

    def judge(piece: bytes, line: int, count: int, quoted: bool) -> None:
        starts.append((line, quoted))

    blanker.judge = judge
    pieces = [b'1,"a\n', b'b",2\n', b'3,"c"\n', b"4,d\n"]
    assert b"".join(blanker.wrap(iter(pieces))) == b"".join(pieces)
    assert starts == [(1, False), (2, True), (3, False), (4, False)]
