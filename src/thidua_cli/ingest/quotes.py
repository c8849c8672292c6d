"""Where a CSV writer puts quotes, read from a text file's bytes.

A CSV writer quotes a cell only whole: a quote opens it at its start, closes it at its end, and
is doubled inside it. Following a file's quotes that way tells, from its bytes alone, whether a
line is one whole record or part of a quoted cell that runs over several lines; a quote anywhere
else is one the CSV reader reads as a character, and from there on the bytes no longer tell.
"""

from __future__ import annotations

# What joins a row's cells for its digest (``importing.unchanged``): a byte no export uses.
SEPARATOR = b"\x1f"


def follow_quotes(piece: bytes, delimiter: bytes, inside: bool) -> bool | None:
    """Whether a quoted cell runs on past ``piece`` (whole lines), given whether one ran into
    it; None at a quote where no CSV writer puts one."""
    if b'"' not in piece:
        return inside
    at = 0
    end = len(piece)
    while at < end:
        quote = piece.find(b'"', at)
        if quote < 0:
            return inside
        start = piece.rfind(b"\n", 0, quote) + 1
        stop = piece.find(b"\n", quote)
        if stop < 0:
            stop = end
        line = piece[start:stop]
        read = quoted_cells(line[:-1] if line[-1:] == b"\r" else line, delimiter, inside)
        if read is None:
            return None
        inside = read[0]
        at = stop + 1
    return inside


def follow(text: bytes, delimiter: bytes, inside: bool) -> tuple[bool, bytes | None] | None:
    """A line with quotes read by ``quoted_cells``: whether a quoted cell runs on past it, and
    its cells joined when it is one whole record (else None); None at a quote where no CSV
    writer puts one."""
    read = quoted_cells(text, delimiter, inside)
    if read is None:
        return None
    whole = not inside and not read[0]
    return read[0], read[1] if whole else None


def quoted_cells(text: bytes, delimiter: bytes, inside: bool) -> tuple[bool, bytes] | None:
    """Whether a CSV reader is inside a quoted cell at the end of ``text`` (a line without its
    line break), given whether it was at its start, and, for a line that is one whole record,
    its cells joined by ``SEPARATOR`` (as the digest joins them), byte for byte where the
    delimiters are. None when a quote of the line is not where a CSV writer puts one (a quote
    within an unquoted cell, a closing quote not followed by the delimiter)."""
    parts = text.split(b'"')
    quotes = len(parts) - 1
    joined: list[bytes] = []
    at = 0
    if not inside:
        # The first quote opens a cell: the line starts there, or a delimiter does.
        before = parts[0]
        if before and before[-1:] != delimiter:
            return None
        joined.append(before.replace(delimiter, SEPARATOR))
        at = 1
    # Inside a quoted cell, with parts[at] its text up to the next quote.
    while at < quotes:
        joined.append(parts[at])
        after = parts[at + 1]
        if not after and at + 1 < quotes:
            # A doubled quote: one quote of the cell, still inside.
            joined.append(b'"')
            at += 2
            continue
        # The quote closes the cell: a delimiter follows it, or the line ends.
        if after and after[:1] != delimiter:
            return None
        joined.append(after.replace(delimiter, SEPARATOR))
        if at + 1 == quotes:
            return False, b"".join(joined)
        # Another quote opens a cell: a delimiter comes right before it.
        if after[-1:] != delimiter:
            return None
        at += 2
    return True, b""
