"""The skip stage: rows unchanged since they were imported leave before they are checked.

Offices export the whole year every day, so nearly every row of a re-import is one the database
holds already. A kind that declares ``skip_by`` keeps, with each record, a digest of the source
row it was read from (``row_digest``): a 63-bit hash of the cells of the file's mapped columns,
seeded with everything else that decides what those cells mean (``row_context``: the kind and
its rules version, the program's version, the header row and which column is which, the table's
format, the options and the office's vocabularies). The file is read in blocks; one query per
block fetches the rowid and digest of every key the block names (through the key's own unique
index); a row whose digest is its record's is skipped, neither checked nor written, and counted
as read and unchanged.

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
import json
import operator
import sqlite3
from array import array
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from thidua_cli.importing.kind import ImportKind
from thidua_cli.ingest.reader import LineBlanker
from thidua_cli.text.normalize import code_of

DIGEST_COLUMN = "row_digest"
# Rows whose stored digests one query fetches.
PROBE_BLOCK = 1_000

Row = tuple[int, list[object]]


def context_seed(context: dict[str, Any]) -> int:
    """The 64-bit seed standing for a row's context (what its cells mean)."""
    text = json.dumps(context, sort_keys=True, ensure_ascii=False, default=str)
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "little")


def row_digester(
    positions: dict[str, int], table_format: str, seed: int
) -> Callable[[Sequence[object]], int]:
    """The digest of a row's mapped cells, as an integer SQLite stores (63 bits).

    Cells of a text file are strings, joined by a separator no export uses; a workbook's cells
    may be numbers or dates, which go in by their ``repr`` (the format is part of the seed, so
    the two spellings never meet).
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
        self._lines = array("I")

    def get(self, rowid: int) -> int:
        return self._lines[rowid] if rowid < len(self._lines) else 0

    def note(self, rowid: int, line: int) -> None:
        """``line`` named record ``rowid``; the first line stays."""
        lines = self._lines
        if rowid >= len(lines):
            # Room for the records an import adds after this one, in steps.
            lines.frombytes(bytes(4 * (rowid + 1 - len(lines) + 65536)))
        if not lines[rowid] or line < lines[rowid]:
            lines[rowid] = line


class Prescan:
    """What the skip stage needs to read a text file's rows from their bytes, before the CSV
    reader does: the file's UTF-8 pieces (``ingest.reader.utf8_pieces``), its delimiter, the
    lines already handed to the reader, and the blanker that empties the lines it skips."""

    def __init__(
        self,
        pieces: Iterator[bytes],
        delimiter: str,
        after_line: int,
        blanker: LineBlanker,
    ) -> None:
        self.pieces = pieces
        self.delimiter = delimiter.encode("ascii")
        self.after_line = after_line
        self.blanker = blanker


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
        # Rows the prescan skipped (never seen as cells), and the lines of a record skipped
        # more than once (rowid -> lines after its first).
        self.prescanned = 0
        self.skipped_again: dict[int, list[int]] = {}

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
        if self.first.get(rowid):
            self.skipped_again.setdefault(rowid, []).append(line)
        self.first.note(rowid, line)

    def skipped_after(self, rowid: int, line: int) -> list[int]:
        """The lines after ``line`` of the rows skipped for record ``rowid``."""
        lines = [self.first.get(rowid), *self.skipped_again.get(rowid, ())]
        return sorted(later for later in lines if later > line)

    def prescan(self, scan: Prescan) -> None:
        """Skip, from their bytes alone, the rows of a text file that are unchanged.

        A row qualifies when its line is one plain record: no quote character (so its cells are
        the text between delimiters, exactly what the CSV reader gives), no carriage return
        inside (so lines count as the reader counts them), valid UTF-8, and after the lines the
        reader already holds. Its digest is then the one its cells would give; the skipped
        lines are emptied before the reader sees them. Any other row is read, and sifted as
        cells. Stops at the first sign the bytes may not read as the reader reads them.
        """
        if not self.probe:
            return
        from xxhash import xxh3_64_intdigest

        delimiter, seed, key_at = scan.delimiter, self.seed, self.key_at
        need = self.indexes[-1] + 1
        getter = operator.itemgetter(*self.indexes)
        pick: Callable[[list[bytes]], Any] = (
            getter if len(self.indexes) > 1 else lambda cells: (getter(cells),)
        )
        after = scan.after_line
        line = 0
        inside = False
        lines: list[int] = []
        keys: list[bytes] = []
        digests: list[int] = []
        for data in scan.pieces:
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                break
            parts = data.split(b"\n")
            # A piece ends at a line break: its last part is empty, or the file's unended last
            # line, which the blanker cannot empty.
            del parts[-1]
            for text in parts:
                line += 1
                quotes = text.count(b'"')
                if inside:
                    inside = quotes % 2 == 0
                    continue
                if quotes:
                    inside = quotes % 2 == 1
                    continue
                carriage = text.find(b"\r")
                if carriage >= 0:
                    if carriage != len(text) - 1:
                        self._probe_marks(lines, keys, digests, scan.blanker)
                        return
                    text = text[:-1]
                if line <= after:
                    continue
                cells = text.split(delimiter)
                if len(cells) < need:
                    continue
                lines.append(line)
                keys.append(cells[key_at].strip())
                digests.append(xxh3_64_intdigest(b"\x1f".join(pick(cells)), seed) >> 1)
                if len(lines) >= PROBE_BLOCK:
                    self._probe_marks(lines, keys, digests, scan.blanker)
        self._probe_marks(lines, keys, digests, scan.blanker)

    def _probe_marks(
        self, lines: list[int], keys: list[bytes], digests: list[int], blanker: LineBlanker
    ) -> None:
        from thidua_cli.store.writer import stored_digests

        if not lines:
            return
        texts = [code_of(key.decode("utf-8")) for key in keys]
        found = stored_digests(self.conn, self.table, self.key, DIGEST_COLUMN, texts)
        if found and self.skip:
            for line, key, value in zip(lines, texts, digests, strict=True):
                stored = found.get(key)
                if stored is not None and stored[1] == value:
                    blanker.mark(line)
                    self._skipped(stored[0], line)
                    self.prescanned += 1
        lines.clear()
        keys.clear()
        digests.clear()

    def digest_of(self, line: int, cells: Sequence[object]) -> int:
        found = self.digests.get(line)
        return self.digest(cells) if found is None else found

    def rowid_of(self, key: object) -> int | None:
        stored = self.found.get(key)  # type: ignore[call-overload]
        return None if stored is None else stored[0]
