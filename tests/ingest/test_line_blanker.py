"""Lines emptied before the CSV reader sees them, every other line where it was."""

from __future__ import annotations

from thidua_cli.ingest.reader import LineBlanker, whole_lines


def test_pieces_are_cut_at_line_breaks_and_keep_every_byte() -> None:
    pieces = [b"a,b\nc,", memoryview(b"d\ne,f\ng"), b",h"]
    whole = list(whole_lines(iter(pieces)))
    assert whole == [b"a,b\n", b"c,d\ne,f\n", b"g,h"]


def test_marked_lines_reach_the_reader_empty_and_the_others_unchanged() -> None:
    blanker = LineBlanker()
    text = b"".join(f"{n},row {n}\r\n".encode() for n in range(1, 9))
    handed = blanker.wrap(iter([text[:30], text[30:]]))
    first = next(handed)
    # Lines already handed over cannot be emptied any more.
    assert blanker.handed == first.count(b"\n")
    for line in (1, 5, 8):
        blanker.mark(line)
    rest = b"".join(handed)
    lines = (first + rest).split(b"\n")
    assert lines[0] == b"1,row 1\r"
    assert lines[4] == b"" and lines[7] == b""
    assert [line for line in lines if line] == [
        f"{n},row {n}\r".encode() for n in (1, 2, 3, 4, 6, 7)
    ]
    assert len(lines) == 9
