"""The skip stage: rows unchanged since they were imported leave before they are checked.

Offices export the whole year every day, so nearly every row of a re-import is one the database
holds already. A kind that declares ``skip_by`` keeps, with each record, a digest of the source
row it was read from (``row_digest``): a 63-bit hash of the cells of the file's mapped columns,
seeded with everything else that decides what those cells mean (``row_context``: the kind and
its rules version, the program's version, the header row and which column is which, the table's
format, the options and the office's vocabularies). A row whose digest is its record's is
skipped, neither checked nor written, and counted as read and unchanged. Two ways find them:

- a text file's rows are judged from their bytes (``BytesJudge``) as the reader is about to be
  handed each piece of the file, and the lines of the unchanged ones reach it empty: the reader
  never parses them, and what was judged is what was read and hashed;
- the rows read as cells (those the reader held already, those whose bytes cannot be judged, a
  workbook's) are sifted in blocks (``Unchanged.sift``).

Either way one query fetches the rowid and stored digest of the keys of many rows at once
(``store.writer.stored_digests``).

A skip changes nothing a full re-import would not:

- the digest is of the cells, so a row that differs in any mapped cell is read in full, and a
  changed header, mapping, option, vocabulary or rules version changes every digest;
- a row rejected before was never stored, so no digest matches it: it is checked again;
- undo restores a record's digest with its other columns (the history keeps every column);
- a digest refreshed for unchanged content (rules moved on, say) is stored without counting as a
  change (``store.writer.UpsertTable.digest``);
- the same key twice in one file with other content is still refused: ``FirstLines`` remembers,
  for each stored record, the first line of this file that named it, so a later row that would
  change a record an earlier row left alone is a duplicate of that row (the write stage's
  ``Writer``), and a skipped row whose record an earlier row of its block changed is one too.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import operator
import sqlite3
from array import array
from collections.abc import Callable, Sequence
from typing import Any

from thidua_cli.importing.kind import ImportKind
from thidua_cli.ingest.quotes import SEPARATOR, follow
from thidua_cli.text.normalize import code_of

DIGEST_COLUMN = "row_digest"
# After looking for a piece's records where the last ones ended did not pay, how many pieces
# go straight to the key's index before looking there again.
RANGE_RETRY = 8

Row = tuple[int, list[object]]
# A line judged from its bytes: (line, its mapped cells joined from the key's on, or the key's
# cell alone, digest).
Candidate = tuple[int, bytes, int]
# A piece judged: the piece with the lines of its unchanged rows emptied (None if none), and
# whether a quoted cell runs on past it (None: from a quote of it on, nothing can be judged).
Judged = tuple[bytes | None, bool | None]


def context_seed(context: dict[str, Any]) -> int:
    """The 64-bit seed standing for a row's context (what its cells mean)."""
    text = json.dumps(context, sort_keys=True, ensure_ascii=False, default=str)
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "little")


def row_digester(
    positions: dict[str, int], table_format: str, seed: int
) -> Callable[[Sequence[object]], int]:
    """The digest of a row's mapped cells, as an integer SQLite stores (63 bits).

    Cells of a text file are strings, joined by a separator no export uses (``SEPARATOR``); a
    workbook's cells may be numbers or dates, which go in by their ``repr`` (the format is part
    of the seed, so the two spellings never meet).
    """
    from xxhash import xxh3_64_intdigest

    indexes = sorted(set(positions.values()))
    getter = operator.itemgetter(*indexes)
    pick: Callable[[Sequence[object]], Any] = (
        getter if len(indexes) > 1 else lambda cells: (getter(cells),)
    )
    if table_format == "csv":

        def digest(cells: Sequence[object]) -> int:
            hashed: int = xxh3_64_intdigest("\x1f".join(pick(cells)).encode(), seed)
            return hashed >> 1

    else:

        def digest(cells: Sequence[object]) -> int:
            text = "\x1f".join(map(repr, pick(cells)))
            hashed: int = xxh3_64_intdigest(text.encode("utf-8", "surrogatepass"), seed)
            return hashed >> 1

    return digest


class FirstLines:
    """For each stored record (by rowid), the first line of this file that named it; 0 if none.

    Four bytes per rowid, allocated when a re-import first needs them: 4 MiB for a million
    records, none for a first import.
    """

    def __init__(self) -> None:
        self.lines = array("I")

    def get(self, rowid: int) -> int:
        return self.lines[rowid] if rowid < len(self.lines) else 0

    def room(self, rowid: int) -> None:
        """Room for every rowid up to ``rowid``, in steps (the records an import adds too)."""
        lines = self.lines
        if rowid >= len(lines):
            lines.frombytes(bytes(4 * (rowid + 1 - len(lines) + 65536)))

    def note(self, rowid: int, line: int) -> None:
        """``line`` named record ``rowid``; the first line stays."""
        self.name(rowid, line)

    def name(self, rowid: int, line: int) -> int:
        """``note``, giving the first line that named ``rowid`` before, or 0."""
        self.room(rowid)
        lines = self.lines
        before = lines[rowid]
        if not before or line < before:
            lines[rowid] = line
        return before


class Unchanged:
    """The skip stage of one import, and what the write stage needs of it for each block."""

    # False reads every row as a full import does (the tests' reference), and still remembers
    # the records each row names.
    skip = True

    def __init__(
        self,
        conn: sqlite3.Connection,
        kind: ImportKind,
        positions: dict[str, int],
        table_format: str,
        context: dict[str, Any],
        *,
        probe: bool,
    ) -> None:
        assert kind.skip_by is not None
        self.conn = conn
        self.table = kind.table
        self.key = kind.key[0]
        self.key_at = positions[kind.skip_by]
        self.seed = context_seed(context)
        self.digest = row_digester(positions, table_format, self.seed)
        self.indexes = sorted(set(positions.values()))
        # Probing is pointless in a table that was empty when the import began.
        self.probe = probe
        self.first = FirstLines()
        # The current block: the stored (rowid, digest) of each key it names, the digests of the
        # rows it passes on (by line) and the rows it skipped (line, cells, rowid).
        self.found: dict[str, tuple[int, int | None]] = {}
        self.digests: dict[int, int] = {}
        self.skipped: list[tuple[int, list[object], int]] = []
        # Rows skipped from their bytes (never seen as cells), and the lines of a record skipped
        # more than once (rowid -> lines after its first).
        self.prescanned = 0
        self.skipped_again: dict[int, list[int]] = {}
        # Where the records of the next rows probed from their bytes likely start (the rowid
        # after the last one found), and whether looking there first paid the last time.
        self.near: int | None = None
        self.ranged = True
        # Whether looking rows up by their key found mostly unchanged ones the last time.
        self.looked_up = True
        self.probes = 0

    def sift(self, block: list[Row]) -> list[Row]:
        """The rows of ``block`` that changed or are new; the others are remembered as skipped."""
        from thidua_cli.store.writer import stored_digests

        self.digests.clear()
        self.skipped.clear()
        if not self.probe:
            self.found = {}
            return block
        key_at, digest = self.key_at, self.digest
        keys = []
        for _, cells in block:
            key = cells[key_at]
            # The key as the table stores it (no invisible characters), so the lookup finds it.
            keys.append(code_of(key) if isinstance(key, str) else str(key))
        self.found = found = stored_digests(self.conn, self.table, self.key, DIGEST_COLUMN, keys)
        if not found:
            return block
        passed: list[Row] = []
        digests, skipped = self.digests, self.skipped
        skip = self.skip
        for (line, cells), key in zip(block, keys, strict=True):
            value = digest(cells)
            stored = found.get(key)
            if stored is not None and stored[1] == value and skip:
                skipped.append((line, cells, stored[0]))
                self._skipped(stored[0], line)
            else:
                digests[line] = value
                passed.append((line, cells))
        return passed

    def _skipped(self, rowid: int, line: int) -> None:
        if self.first.name(rowid, line):
            self.skipped_again.setdefault(rowid, []).append(line)

    def skipped_after(self, rowid: int, line: int) -> list[int]:
        """The lines after ``line`` of the rows skipped for record ``rowid``."""
        lines = [self.first.get(rowid), *self.skipped_again.get(rowid, ())]
        return sorted(later for later in lines if later > line)

    def from_bytes(self, delimiter: str, width: int) -> Callable[[bytes, int, int], Judged | None]:
        """The judge of a text file's rows from their bytes (``ingest.reader.LineBlanker``),
        for the rows the reader has not been handed yet."""
        return BytesJudge(self, delimiter, width)

    def match(self, candidates: list[Candidate]) -> list[int]:
        """The lines of ``candidates`` whose digest is that of the record their key names; each
        is counted as skipped. A candidate is (line, its mapped cells joined from the key's on,
        or the key's cell alone, digest): the key, needed only for a lookup, is cut from it
        then.

        An export lists its rows in the order of the last one, which is the order of the
        records it made: the records of a piece's rows are usually the rowids after the last
        record found, and a row's digest, which covers its key, finds its record among them.
        While that holds for most rows, the others are left to the reader (changed, new, or
        listed elsewhere: the skip stage reads them as cells); otherwise each is looked up by
        its key.
        """
        from thidua_cli.store.writer import digests_between, stored_digests

        if not candidates or not self.skip:
            return []
        near = self.near if self.ranged or not self.probes % RANGE_RETRY else None
        self.probes += 1
        lines: list[int] = []
        last = 0
        name, again = self.first.name, self.skipped_again
        rest = candidates
        if near is not None:
            by_digest = digests_between(
                self.conn, self.table, DIGEST_COLUMN, near, near + len(candidates) - 1
            )
            rest = []
            self.first.room(near + len(candidates))
            firsts = self.first.lines
            for candidate in candidates:
                rowid = by_digest.get(candidate[2])
                if rowid is None:
                    rest.append(candidate)
                    continue
                line = candidate[0]
                lines.append(line)
                # FirstLines.name, without a call per row.
                before = firsts[rowid]
                if not before or line < before:
                    firsts[rowid] = line
                if before:
                    again.setdefault(rowid, []).append(line)
                if rowid > last:
                    last = rowid
            self.ranged = len(lines) * 2 >= len(candidates)
            if self.ranged:
                rest = []
        if rest and not self.looked_up and self.probes % RANGE_RETRY:
            # Looking rows up by key found few unchanged lately (a later export in which every
            # row changed, or new rows): the reader reads them, as it would have.
            rest = []
        if rest:
            counted = len(lines)
            texts = [_stored(cells.split(SEPARATOR, 1)[0]).decode() for _, cells, _ in rest]
            found = stored_digests(self.conn, self.table, self.key, DIGEST_COLUMN, texts)
            for (line, _, value), text in zip(rest, texts, strict=True):
                stored = found.get(text)
                if stored is None:
                    continue
                rowid, digest = stored
                if rowid > last:
                    last = rowid
                if digest == value:
                    lines.append(line)
                    if name(rowid, line):
                        again.setdefault(rowid, []).append(line)
            self.looked_up = (len(lines) - counted) * 2 >= len(rest)
        if last:
            self.near = last + 1
        self.prescanned += len(lines)
        return lines

    def digest_of(self, line: int, cells: Sequence[object]) -> int:
        found = self.digests.get(line)
        return self.digest(cells) if found is None else found

    def rowid_of(self, key: object) -> int | None:
        stored = self.found.get(key)  # type: ignore[call-overload]
        return None if stored is None else stored[0]


class BytesJudge:
    """Judges the rows of a text file from their bytes, piece by piece, as the reader is about
    to be handed them: the lines of the rows unchanged since they were imported, to be emptied.

    A row is judged when its line is one whole record, which the bytes alone tell when the file
    is written as a CSV writer writes: a quote opens a cell only at its start, closes it only at
    its end, and is doubled inside it. Every quote of the file is followed that way
    (``ingest.quotes``; the ``LineBlanker`` follows those of the pieces it is not shown), so the
    judge knows where a quoted cell runs on to the next line; at the first quote anywhere else
    the CSV reader would read otherwise, nothing further is judged. Lines must also count as the
    reader counts them: a carriage return alone (a line break to the reader) stops the judging
    too.

    The digest of a judged line is then of its cells from its first mapped one on, joined from
    its bytes as ``row_digester`` joins them: a plain line's delimiters made separators, a
    quoted cell's quotes taken off. Only a line of as many cells as the header is judged (a
    cell holding the separator was stored once, and another line may join to the same bytes);
    a line written otherwise gets another digest, and is simply read; so are bytes that are not
    UTF-8, since a stored digest is of text encoded in UTF-8 and no other bytes give it.
    """

    def __init__(self, unchanged: Unchanged, delimiter: str, width: int) -> None:
        from xxhash import xxh3_64_intdigest

        self.unchanged = unchanged
        self.delimiter = delimiter
        self.split = delimiter.encode("ascii")
        self.width = width
        self.seed = unchanged.seed
        self.key_at = unchanged.key_at
        indexes = unchanged.indexes
        # When the mapped columns run from ``start`` to the last one and the key is the first
        # of them (an export's usual shape: a running number, then the code, then the rest),
        # a line's digest is of its bytes from ``start`` on, as they are.
        self.start = indexes[0]
        self.tail = indexes == list(range(self.start, width)) and self.key_at == self.start
        self.stopped = False
        self.hash = xxh3_64_intdigest

    def __call__(self, piece: bytes, first: int, count: int) -> Judged | None:
        """``piece`` (``count`` whole lines numbered from ``first``, the first one starting
        outside any quoted cell) with the lines of its unchanged rows emptied, or None when it
        has none, and whether a quoted cell runs on past it, or None from a quote the CSV reader
        reads otherwise (or a carriage return alone) on: nothing further can be judged. None
        when the piece is not judged: its quotes are the reader's to follow."""
        unchanged = self.unchanged
        if not (unchanged.ranged or unchanged.looked_up) and unchanged.probes % RANGE_RETRY:
            # Lately no row was found unchanged, by either way (a later export in which every
            # row changed): the reader reads them all, and the judge looks again now and then.
            unchanged.probes += 1
            return None
        if self.tail and SEPARATOR not in piece:
            eol = b"\r\n" if b"\r" in piece else b"\n"
            # Every delimiter made a separator, in one pass over the piece: a plain line is
            # then its cells joined as the digest joins them.
            joined = piece.replace(self.split, SEPARATOR).split(eol)
            if eol == b"\n" or len(joined) - 1 == count == piece.count(b"\r"):
                candidates, inside = self._tail_lines(joined, first, count)
                found = self.unchanged.match(candidates)
                if not found:
                    return None, inside
                for line in found:
                    joined[line - first] = b""
                if len(found) == count and not joined[-1]:
                    return b"\n" * count, inside
                return eol.join(joined).replace(SEPARATOR, self.split), inside
        parts, crlf = self._parts(piece, count)
        if parts is None:
            return None, None
        candidates, inside = self._lines(parts, first, count, crlf)
        found = self.unchanged.match(candidates)
        if not found:
            return None, inside
        for line in found:
            parts[line - first] = b""
        return (b"\n" if crlf else b"\r\n" if b"\r" in piece else b"\n").join(parts), inside

    def _parts(self, piece: bytes, count: int) -> tuple[list[bytes] | None, bool]:
        """The lines of ``piece``, without their line breaks unless some end with CR LF and
        others not (then with their carriage returns, and True); None when a carriage return
        alone breaks a line."""
        carriages = piece.count(b"\r") if b"\r" in piece else 0
        if not carriages:
            return piece.split(b"\n"), False
        crlf = piece.count(b"\r\n")
        if carriages != crlf:
            # A carriage return alone ends a line for the reader: lines would no longer count
            # the same from here on.
            self.stopped = True
            return None, False
        if crlf == count:
            return piece.split(b"\r\n"), False
        return piece.split(b"\n"), True

    def _lines(
        self, parts: list[bytes], first: int, count: int, crlf: bool
    ) -> tuple[list[Candidate], bool | None]:
        """The candidates among the first ``count`` of ``parts`` (a piece's lines, numbered
        from ``first``), each line taken on its own, and whether a quoted cell runs on past
        them (None at a quote the CSV reader reads otherwise: the candidates before it stand).
        ``crlf`` says some lines end with a carriage return still. A candidate is (line, its
        mapped cells joined from the key on, or the key alone, digest)."""
        candidates: list[Candidate] = []
        seed, split, start, hash_ = self.seed, self.split, self.start, self.hash
        tail, cells = self.tail, self.width - 1
        inside = False
        line = first - 1
        for text in itertools.islice(parts, count):
            line += 1
            if crlf and text[-1:] == b"\r":
                text = text[:-1]
            joined = None
            if b'"' in text:
                followed = follow(text, split, inside)
                if followed is None:
                    self.stopped = True
                    return candidates, None
                inside, joined = followed
                if joined is None:
                    continue
            elif inside:
                continue
            # A line of another number of cells than the header's is read (a digest is of
            # joined cells: it does not tell where they were cut).
            if (text.count(split) if joined is None else joined.count(SEPARATOR)) != cells:
                continue
            if not tail:
                candidate = self._cells(line, text)
                if candidate is not None:
                    candidates.append(candidate)
                continue
            at = 0
            for _ in range(start):
                at = text.find(split, at) + 1
                if not at:
                    break
            else:
                # Cells before the first mapped one, and the key, must not be quoted for the
                # bytes from ``at`` on to be the mapped cells and the key the cell at ``at``.
                if text.find(b'"', 0, at + 1) >= 0:
                    continue
                # Cells joined as the digest joins them; where the cells before ``at`` are
                # plain, ``at`` is where the mapped ones start in both.
                body = text[at:].replace(split, SEPARATOR) if joined is None else joined[at:]
                candidates.append((line, body, hash_(body, seed) >> 1))
        return candidates, inside

    def _tail_lines(
        self, joined: list[bytes], first: int, count: int
    ) -> tuple[list[Candidate], bool | None]:
        """``_lines`` for a piece whose mapped cells run to the end of each line (``tail``),
        its line breaks all alike and no separator in it, given as ``joined``: its lines with
        every delimiter made a separator, each plain line's cells joined as the digest joins
        them. A plain line is then a search and a hash.
        """
        candidates: list[Candidate] = []
        append = candidates.append
        seed, split, start, hash_ = self.seed, self.split, self.start, self.hash
        cells = self.width - 1
        inside = False
        line = first - 1
        for plain in itertools.islice(joined, count):
            line += 1
            opened = plain.find(b'"')
            body = None
            if opened >= 0:
                # The line as the file has it (the piece holds no separator of its own).
                text = plain.replace(SEPARATOR, split)
                closed = text.find(b'"', opened + 1)
                if (
                    not inside
                    and closed > 0
                    and text.find(b'"', closed + 1) < 0
                    and (not opened or text[opened - 1 : opened] == split)
                    and text[closed + 1 : closed + 2] in (split, b"")
                ):
                    # The common quoted line: one quoted cell, without a quote inside. Its
                    # text goes in as it is, delimiters and all.
                    body = b"".join(
                        (plain[:opened], text[opened + 1 : closed], plain[closed + 1 :])
                    )
                else:
                    followed = follow(text, split, inside)
                    if followed is None:
                        self.stopped = True
                        return candidates, None
                    inside, body = followed
                    if body is None:
                        continue
                if body.count(SEPARATOR) != cells:
                    continue
            elif inside or plain.count(SEPARATOR) != cells:
                # A line of another number of cells than the header's is read (see _lines).
                continue
            # Where the mapped cells start: after ``start`` separators, which are delimiters
            # as long as no quote comes before (a line with one there is not judged).
            if start == 1:
                at = plain.find(SEPARATOR) + 1
                if not at:
                    continue
            else:
                at = 0
                for _ in range(start):
                    at = plain.find(SEPARATOR, at) + 1
                    if not at:
                        break
                if start and not at:
                    continue
            if body is None:
                body = plain[at:]
            elif opened <= at:
                # A quote before the key, or the key quoted: not judged.
                continue
            else:
                body = body[at:]
            append((line, body, hash_(body, seed) >> 1))
        return candidates, inside

    def _cells(self, line: int, text: bytes) -> Candidate | None:
        """A line judged through its cells (its mapped columns are not the last ones)."""
        if b'"' in text:
            import csv

            try:
                cells: list[Any] = next(csv.reader([text.decode()], delimiter=self.delimiter))
            except (UnicodeDecodeError, csv.Error, StopIteration):
                return None
        else:
            try:
                cells = text.decode().split(self.delimiter)
            except UnicodeDecodeError:
                return None
        # As many cells as the header (``_lines`` counted them).
        return line, cells[self.key_at].encode(), self.unchanged.digest(cells)


def _stored(cell: bytes) -> bytes:
    """A key's cell as the table stores the key (``code_of``), in UTF-8.

    An ASCII cell loses only its spaces here (``code_of`` also drops control characters at
    its ends: such a key is not found, and its row is read). Bytes that are not UTF-8 read as
    replacement characters: no stored key has them where the file had other bytes.
    """
    key = cell.strip()
    if key.isascii():
        return key
    return code_of(key.decode(errors="replace")).encode()
