"""Opening an export as a table: CSV in the encodings and delimiters offices produce, or XLSX.

The format comes from the content, not the extension: clerks rename files freely. CSV streams
through large byte pieces, each normalised to NFC at once, then through io.TextIOWrapper into
``csv.reader``; the per-row work left in Python is a few comparisons, because a dossier export may
hold a million rows.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import hashlib
import io
import itertools
import pathlib
import tempfile
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, Any, cast

from thidua_cli.errors import InputFileError, UsageError
from thidua_cli.ingest.headers import TableSpec, header_score
from thidua_cli.ingest.quotes import follow_quotes
from thidua_cli.text.normalize import fold, nfc

_SAMPLE_BYTES = 64 * 1024
_CHUNK_BYTES = 1024 * 1024
# No export's cell comes near this (Excel itself stops at 32,767 characters); a longer "cell" is
# an unclosed quote or a hostile file, refused before it fills the memory.
_FIELD_LIMIT = 1024 * 1024
# An XLSX is a zip of XML parts, and a real sheet packs 5 to 20 times. A big part packed far more
# was built to unpack into gigabytes: sizes are checked from the zip's directory before openpyxl
# unpacks anything (zipfile never unpacks past a part's declared size).
_ZIP_MAX_RATIO = 100
_ZIP_RATIO_FROM = 16 * 1024 * 1024
_ZIP_MAX_TOTAL = 4 * 1024 * 1024 * 1024
_HEADER_WINDOW = 30
_SNIFF_ROWS = 50
_XLSX_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
# A file named like a workbook must be one: text behind an Excel name is a mislabelled or doctored
# file, and importing it as CSV would hide that from the clerk. (The reverse, a workbook named .csv,
# is read by its content.)
_WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_DELIMITER_WORDS = {
    "tab": "\t",
    "\\t": "\t",
    "comma": ",",
    "semicolon": ";",
    "pipe": "|",
}


@dataclass
class Table:
    source: str
    format: str
    encoding: str | None
    delimiter: str | None
    headers: list[str]
    header_line: int
    rows: Iterator[tuple[int, list[object]]]
    # The SHA-256 of the file's bytes read so far: of the whole file once the rows are read.
    sha256: Callable[[], str] = lambda: ""


@contextlib.contextmanager
def open_table(
    path: pathlib.Path,
    spec: TableSpec,
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    skip_lines: int = 0,
    blanker: LineBlanker | None = None,
) -> Iterator[Table]:
    """Open ``path`` as a table whose header row is found by ``spec``; rows stream lazily.

    ``skip_lines`` says the file's first lines are titles: the header is then the first line
    after them that is not blank, whatever it holds. Otherwise it is found among the first rows.
    ``blanker`` empties the lines it marks before a text file's rows are read (``LineBlanker``).

    Raises UsageError for a missing or unreadable file and bad options, InputFileError for a file
    that cannot be read as a table (also while rows are read, e.g. a decoding error further on).
    """
    source = str(path)
    chosen_encoding = encoding_option(encoding) if encoding is not None else None
    chosen_delimiter = delimiter_option(delimiter) if delimiter is not None else None
    with _open_binary(pathlib.Path(path), source) as opened:
        # The file is read once, front to back, and what is read is hashed: a pipe or a device
        # works as a file does, and the SHA-256 is that of the bytes imported even if the file
        # changes meanwhile.
        raw = _ReadOnce(opened)
        magic = raw.head[: len(_XLSX_MAGIC)]
        if magic == _XLSX_MAGIC:
            with _xlsx_table(raw, source, spec, sheet, skip_lines) as table:
                yield table
        elif magic == _OLE_MAGIC:
            raise InputFileError("ingest.xls_not_supported", file=source)
        elif pathlib.Path(path).suffix.lower() in _WORKBOOK_SUFFIXES:
            raise InputFileError("ingest.not_a_workbook", file=source)
        else:
            yield _text_table(
                raw, source, spec, chosen_encoding, chosen_delimiter, skip_lines, blanker
            )


class _ReadOnce:
    """The opened file read once from its start: its first bytes (``head``, for telling its
    format, encoding and delimiter) are read ahead and given again, never read twice, so a pipe
    reads like a file; every byte handed on is hashed."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self._hash = hashlib.sha256()
        chunks: list[bytes] = []
        size = 0
        # A pipe hands over what it has: read until the sample is whole or the input ends.
        while size < _SAMPLE_BYTES:
            chunk = raw.read(_SAMPLE_BYTES - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        self.head = b"".join(chunks)
        self._pending = self.head

    def read(self, size: int = -1) -> bytes:
        if self._pending:
            if 0 <= size < len(self._pending):
                block, self._pending = self._pending[:size], self._pending[size:]
            else:
                block, self._pending = self._pending, b""
        else:
            block = self._raw.read(size)
        self._hash.update(block)
        return block

    def sha256(self) -> str:
        return self._hash.hexdigest()

    def again(self) -> IO[bytes] | None:
        """The file from its start once more (to locate an error), when it can be re-read."""
        if not self._raw.seekable():
            return None
        self._raw.seek(0)
        return self._raw


def _open_binary(path: pathlib.Path, source: str) -> IO[bytes]:
    if path.is_dir():
        raise UsageError("ingest.file_is_directory", file=source)
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise UsageError("ingest.file_missing", file=source) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise UsageError("ingest.file_unreadable", file=source, reason=reason) from None


def encoding_option(value: str) -> str:
    try:
        info = codecs.lookup(value.strip())
    except LookupError:
        raise UsageError("ingest.unknown_encoding", value=value) from None
    # Codecs such as base64 or rot13 exist but do not turn bytes into text.
    if not getattr(info, "_is_text_encoding", True):
        raise UsageError("ingest.unknown_encoding", value=value)
    return info.name


def delimiter_option(value: str) -> str:
    if len(value) == 1 and not value.isalnum() and value not in '"\r\n ':
        return value
    word = _DELIMITER_WORDS.get(value.strip().lower())
    if word is None:
        raise UsageError("ingest.bad_delimiter", value=value)
    return word


# --- text ----------------------------------------------------------------------------------


def _is_wide(encoding: str) -> bool:
    name = codecs.lookup(encoding).name
    return name.startswith(("utf-16", "utf-32"))


def _detect_encoding(sample: bytes, complete: bool) -> str:
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith(_UTF16_BOMS):
        return "utf-16"
    utf8_error = _first_error(sample, "utf-8", complete)
    if utf8_error is None:
        return "utf-8"
    # A damaged byte can spoil either reading; the one that gets further is the file's encoding,
    # and its error then points at the damage.
    cp1258_error = _first_error(sample, "cp1258", complete)
    if cp1258_error is None or cp1258_error > utf8_error:
        return "cp1258"
    return "utf-8"


def _first_error(sample: bytes, encoding: str, complete: bool) -> int | None:
    try:
        # Not final unless the sample is the whole file: it may end inside a character.
        codecs.getincrementaldecoder(encoding)("strict").decode(sample, complete)
    except UnicodeDecodeError as exc:
        return int(exc.start)
    return None


def _decode_failure(source: str, encoding: str, line: int) -> InputFileError:
    hint = "cp1258" if encoding.startswith("utf") else "utf-8"
    return InputFileError(
        "ingest.decode_error", file=source, line=line, encoding=encoding, hint=hint
    )


def _decode_sample(sample: bytes, encoding: str, complete: bool, source: str) -> str:
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        return str(decoder.decode(sample, complete))
    except UnicodeDecodeError as exc:
        line = sample[: exc.start].count(b"\n") + 1
        raise _decode_failure(source, encoding, line) from None


def _nfc_chunk(text: str) -> str:
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def _decoded_pieces(
    raw: IO[bytes], encoding: str, source: str, guard: _ColumnGuard | None = None
) -> Iterator[str]:
    """The file's text in NFC, in pieces that each end at a line break.

    Cutting at line breaks keeps every combining mark with the letter before it, so normalising
    piece by piece equals normalising the whole text. A decoding error names its line.
    """
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    pending = ""
    lines_before = 0
    while True:
        block = raw.read(_CHUNK_BYTES)
        try:
            text = pending + decoder.decode(block, not block)
        except UnicodeDecodeError as exc:
            held = decoder.getstate()[0]
            line = lines_before + pending.count("\n") + (held + block)[: exc.start].count(b"\n")
            raise _decode_failure(source, encoding, line + 1) from None
        if not block:
            if text:
                yield _nfc_chunk(text)
            return
        # A "\r" at the very end may be the first half of "\r\n": keep it for the next piece.
        cut = max(text.rfind("\n"), text.rfind("\r", 0, len(text) - 1)) + 1
        if cut == 0:
            pending = text
            if guard is not None:
                guard.within(pending.encode("utf-8"), lines_before + 1)
            continue
        pending = text[cut:]
        piece = text[:cut]
        lines_before += piece.count("\n")
        yield _nfc_chunk(piece)


def _utf8_pieces(raw: IO[bytes], guard: _ColumnGuard | None = None) -> Iterator[bytes | memoryview]:
    """The UTF-8 file in NFC, decoded only where it may not be NFC already.

    Decomposed Vietnamese carries its marks in U+0300–U+036F, whose UTF-8 lead bytes are 0xCC and
    0xCD; lines without them pass on as they are, sparing a second decoding of the whole file.
    Normalised pieces end at a line break, so no letter is cut from its marks. Invalid bytes
    survive (surrogateescape) for the text layer to report.
    """
    pending = b""
    while True:
        block = raw.read(_CHUNK_BYTES)
        if not block:
            if pending:
                yield _nfc_utf8(pending)
            return
        cut = block.rfind(b"\n") + 1
        if cut == 0:
            # Old Mac files end lines with "\r" alone; a final "\r" may still meet its "\n".
            cut = block.rfind(b"\r", 0, len(block) - 1) + 1
        if cut == 0:
            pending += block
            # One line longer than a block: counted as it grows, before it fills the memory.
            if guard is not None:
                guard.within(pending)
            continue
        if guard is not None:
            guard.lines += block.count(b"\n", 0, cut)
        if _may_be_decomposed(pending, len(pending)) or _may_be_decomposed(block, cut):
            yield _nfc_utf8(pending + block[:cut])
        else:
            if pending:
                yield pending
            yield memoryview(block)[:cut]
        pending = block[cut:]


def _may_be_decomposed(data: bytes, end: int) -> bool:
    return data.find(b"\xcc", 0, end) >= 0 or data.find(b"\xcd", 0, end) >= 0


def _nfc_utf8(piece: bytes) -> bytes:
    if not _may_be_decomposed(piece, len(piece)):
        return piece
    text = piece.decode("utf-8", "surrogateescape")
    if unicodedata.is_normalized("NFC", text):
        return piece
    return unicodedata.normalize("NFC", text).encode("utf-8", "surrogateescape")


class _PieceStream(io.RawIOBase):
    """A read-only byte stream over an iterator of byte pieces, for io.TextIOWrapper to decode."""

    def __init__(self, pieces: Iterator[bytes | memoryview]) -> None:
        super().__init__()
        self._pieces = pieces
        self._view = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = self._view
        while not view:
            piece = next(self._pieces, None)
            if piece is None:
                return 0
            view = memoryview(piece)
        size = min(len(buffer), len(view))
        buffer[:size] = view[:size]
        self._view = view[size:]
        return size


def utf8_pieces(
    raw: IO[bytes], encoding: str, source: str, guard: _ColumnGuard | None = None
) -> Iterator[bytes | memoryview]:
    """The file's text as UTF-8 in NFC, in pieces that end at a line break: what the CSV
    reader reads, byte for byte (a UTF-8 BOM, which the reader drops, aside). ``guard`` counts
    the cells of a line longer than a block as it is gathered."""
    utf8 = encoding in ("utf-8", "utf-8-sig")
    if not _is_wide(encoding):
        # Reading UTF-8, the guard counts every line of every block read before.
        raw = cast(IO[bytes], _NulGuard(raw, source, guard if utf8 else None))
    if utf8:
        return _utf8_pieces(raw, guard)
    return (piece.encode("utf-8") for piece in _decoded_pieces(raw, encoding, source, guard))


def whole_lines(pieces: Iterator[bytes | memoryview]) -> Iterator[bytes]:
    """The same bytes in pieces that each end with a line break (the last one may not)."""
    carry = b""
    for piece in pieces:
        # One copy: a line cut at the end of a block, then the next block up to its last break.
        data = b"".join((carry, piece)) if carry else bytes(piece)
        cut = data.rfind(b"\n") + 1
        if cut == 0:
            carry = data
            continue
        carry = data[cut:]
        yield data[:cut] if carry else data
    if carry:
        yield carry


# Shown a piece (its bytes, first line, number of lines): the piece with lines emptied (or None)
# and whether a quoted cell runs on past it (None: unknown from here on); None to leave it.
Judge = Callable[[bytes, int, int], tuple[bytes | None, bool | None] | None]


class LineBlanker:
    """Empties chosen lines of a text table before the CSV reader sees them.

    An import that can tell from a line's bytes alone that its row needs no reading (a row
    unchanged since it was imported) empties it; an empty line is one the reader passes over as
    it does any blank line, so every other row keeps its line number. ``judge``, once set, is
    shown each piece of whole lines that starts outside any quoted cell, as the reader is about
    to be handed it, with the number of its first line and how many lines it holds. It gives
    the piece with those lines emptied (the same lines, each still ended by its line break) and
    whether a quoted cell runs on past it (``importing.unchanged.Judged``), or None to leave the
    piece to the blanker. The reader thus reads the bytes that were judged, once: those the
    SHA-256 of the import is of.

    Where a piece starts is known by following every quote of the file from its first byte as
    a CSV writer puts them (``ingest.quotes``): by the judge in the pieces it judges, by the
    blanker in the others. At a quote no writer puts, the CSV reader reads it as a character
    while a count of quotes would take it for an opening or closing one: from there on nothing
    is judged, since a line that seems a whole record may lie inside a quoted cell.
    """

    def __init__(self) -> None:
        self.handed = 0
        self.delimiter = b","
        # Whether the lines handed so far end inside a quoted cell; None once that is unknown.
        self.quoted: bool | None = False
        self.judge: Judge | None = None

    def leave(self) -> None:
        """No judge is coming: the pieces pass as they are, their quotes no longer followed."""
        self.quoted = None

    def wrap(self, pieces: Iterator[bytes | memoryview]) -> Iterator[bytes]:
        for piece in whole_lines(pieces):
            count = piece.count(b"\n")
            first = self.handed + 1
            self.handed += count
            quoted = self.quoted
            if quoted is None:
                yield piece
                continue
            judged = None
            if self.judge is not None and not quoted:
                judged = self.judge(piece, first, count)
            if judged is None:
                # The reader drops a UTF-8 BOM: a quote right after it opens the first cell.
                bom = first == 1 and piece.startswith(codecs.BOM_UTF8)
                self.quoted = follow_quotes(piece[3:] if bom else piece, self.delimiter, quoted)
            else:
                emptied, self.quoted = judged
                piece = emptied or piece
            yield piece


def _text_stream(
    raw: _ReadOnce,
    encoding: str,
    source: str,
    delimiter: str,
    blanker: LineBlanker | None = None,
) -> io.TextIOWrapper:
    """The file as NFC text lines, through C line splitting (what csv.reader wants)."""
    pieces = utf8_pieces(cast(IO[bytes], raw), encoding, source, _ColumnGuard(delimiter, source))
    if blanker is not None:
        blanker.delimiter = delimiter.encode("utf-8")
        pieces = iter(blanker.wrap(pieces))
    text_encoding = encoding if encoding in ("utf-8", "utf-8-sig") else "utf-8"
    buffered = io.BufferedReader(_PieceStream(pieces), buffer_size=_CHUNK_BYTES)
    return io.TextIOWrapper(buffered, encoding=text_encoding, errors="strict", newline="")


# Excel's own limit: no export has more columns, and a row of millions of empty cells would take
# hundreds of MiB once split.
MAX_COLUMNS = 16_384


class _ColumnGuard:
    """Refuses a line of more than ``MAX_COLUMNS`` cells while it is still being read.

    Only a line longer than a block of the file (1 MiB) can hold millions of cells, and such a
    line is gathered block by block before the csv module sees it: its delimiters are counted
    (``bytes.count``, C speed) as it grows, so it is refused within a couple of MiB. Shorter
    lines are counted by the csv reader's cells (``_csv_records``).
    """

    def __init__(self, delimiter: str, source: str) -> None:
        self._delimiter = delimiter.encode("utf-8")
        self._source = source
        self.lines = 0

    def within(self, pending: bytes, line: int | None = None) -> None:
        """``pending`` is the start of a line (``line``, else the one after those counted)."""
        if pending.count(self._delimiter) >= MAX_COLUMNS:
            raise too_many_columns(self._source, line or self.lines + 1)


def too_many_columns(source: str, line: int) -> InputFileError:
    return InputFileError(
        "ingest.too_many_columns",
        file=source,
        line=line,
        limit=MAX_COLUMNS,
    )


class _NulGuard:
    """Reads the file for the text layer, refusing a NUL byte anywhere in it.

    No text export holds one, and the csv module would pass it on into a cell. The sample read
    first only catches one near the start. ``in`` on a block is a memchr: nothing on the hot path.
    """

    def __init__(self, raw: IO[bytes], source: str, counted: _ColumnGuard | None = None) -> None:
        self._raw = raw
        self._source = source
        self._lines = 0
        # The guard that counts the lines of the blocks read before, when one does (counting
        # them twice would cost another pass over the file).
        self._counted = counted

    def read(self, size: int = -1) -> bytes:
        block = self._raw.read(size)
        if b"\x00" in block:
            before = self._lines if self._counted is None else self._counted.lines
            line = before + block.count(b"\n", 0, block.index(b"\x00")) + 1
            raise InputFileError("safety.nul_byte", file=self._source, line=line)
        if self._counted is None:
            self._lines += block.count(b"\n")
        return block


def _locate_decode_error(raw: _ReadOnce, encoding: str, source: str, guess: int) -> InputFileError:
    """The decoding failure with its exact line: read the file again, counting lines (a pipe
    cannot be read again: its error names the line the reader had reached)."""
    again = raw.again()
    if again is None:
        return _decode_failure(source, encoding, guess)
    try:
        for _ in _decoded_pieces(again, encoding, source):
            pass
    except InputFileError as exc:
        return exc
    return _decode_failure(source, encoding, guess)


def _sniff_delimiter(sample_text: str) -> str:
    """The delimiter that splits the most of the first rows into the same number of fields."""
    end = max(sample_text.rfind("\n"), sample_text.rfind("\r"))
    if end >= 0:
        sample_text = sample_text[: end + 1]
    best, best_score = ",", (0, 0)
    for candidate in (",", ";", "\t"):
        widths: Counter[int] = Counter()
        try:
            rows = csv.reader(io.StringIO(sample_text, newline=""), delimiter=candidate)
            for row in itertools.islice(rows, _SNIFF_ROWS):
                if len(row) > 1:
                    widths[len(row)] += 1
        except csv.Error:
            continue
        if widths:
            width, count = widths.most_common(1)[0]
            if (count, width) > best_score:
                best, best_score = candidate, (count, width)
    return best


def _blank(fields: list[str]) -> bool:
    return not "".join(fields).strip()


def _csv_records(
    reader: Any, raw: _ReadOnce, encoding: str, source: str, width: list[int]
) -> Iterator[tuple[int, list[object]]]:
    """Non-blank records with the line each starts on, padded to ``width[0]`` cells."""
    last_line = 0
    try:
        for fields in reader:
            start = last_line + 1
            last_line = reader.line_num
            # Blank lines (those of the rows a re-import skips, too: a million of them), and the
            # rows of empty cells Excel leaves under a table; a first cell that starts with a
            # visible character settles it for nearly every row.
            if not fields:
                continue
            if (not (first := fields[0]) or first[0] <= " ") and _blank(fields):
                continue
            if len(fields) < width[0]:
                fields += [""] * (width[0] - len(fields))
            elif len(fields) > MAX_COLUMNS:
                raise too_many_columns(source, start)
            yield start, fields
    except csv.Error as exc:
        line = last_line + 1
        if "field larger than field limit" in str(exc):
            raise InputFileError(
                "ingest.field_too_large", file=source, line=line, limit=_FIELD_LIMIT
            ) from None
        raise InputFileError("ingest.csv_error", file=source, line=line, detail=str(exc)) from None
    except UnicodeDecodeError:
        raise _locate_decode_error(raw, encoding, source, last_line + 1) from None


def _text_table(
    raw: _ReadOnce,
    source: str,
    spec: TableSpec,
    encoding: str | None,
    delimiter: str | None,
    skip_lines: int = 0,
    blanker: LineBlanker | None = None,
) -> Table:
    sample = raw.head
    if not sample:
        raise InputFileError("ingest.empty_file", file=source)
    complete = len(sample) < _SAMPLE_BYTES
    if encoding is None:
        encoding = _detect_encoding(sample, complete)
    elif encoding == "utf-8" and sample.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    if b"\x00" in sample and not _is_wide(encoding):
        raise InputFileError("ingest.binary_file", file=source)
    sample_text = _decode_sample(sample, encoding, complete, source)
    if delimiter is None:
        delimiter = _sniff_delimiter(sample_text)

    csv.field_size_limit(_FIELD_LIMIT)
    stream = _text_stream(raw, encoding, source, delimiter, blanker)
    reader = csv.reader(stream, delimiter=delimiter)
    width = [0]
    records = _csv_records(reader, raw, encoding, source, width)
    header_line, headers, early = _find_header(records, spec, source, skip_lines)
    width[0] = len(headers)
    for _, cells in early:
        if len(cells) < len(headers):
            cells.extend([""] * (len(headers) - len(cells)))
    return Table(
        source=source,
        format="csv",
        encoding=encoding,
        delimiter=delimiter,
        headers=headers,
        header_line=header_line,
        rows=itertools.chain(early, records),
        sha256=raw.sha256,
    )


# --- shared ----------------------------------------------------------------------------------


def _header_text(cell: object) -> str:
    if cell is None:
        return ""
    return (cell if isinstance(cell, str) else str(cell)).strip()


def _find_header(
    records: Iterator[tuple[int, list[object]]], spec: TableSpec, source: str, skip_lines: int = 0
) -> tuple[int, list[str], list[tuple[int, list[object]]]]:
    """The header among the first rows (title lines may sit above it) and the rows after it."""
    if skip_lines:
        for line, cells in records:
            if line > skip_lines:
                return line, [_header_text(cell) for cell in cells], []
        raise InputFileError("ingest.empty_file", file=source)
    window = list(itertools.islice(records, _HEADER_WINDOW))
    if not window:
        raise InputFileError("ingest.empty_file", file=source)
    scores = [header_score(cells, spec) for _, cells in window]
    best = max(scores)
    at = scores.index(best) if best > 0 else 0
    line, cells = window[at]
    return line, [_header_text(cell) for cell in cells], window[at + 1 :]


# --- xlsx ----------------------------------------------------------------------------------


@contextlib.contextmanager
def _xlsx_table(
    read_once: _ReadOnce, source: str, spec: TableSpec, sheet: str | None, skip_lines: int = 0
) -> Iterator[Table]:
    # A workbook is read where it likes (a zip's directory sits at its end): it is copied once,
    # and hashed on the way, into a private file the workbook is then read from.
    with tempfile.TemporaryFile() as raw:
        for block in iter(lambda: read_once.read(_CHUNK_BYTES), b""):
            raw.write(block)
        raw.seek(0)
        with _xlsx_copy(raw, source, spec, sheet, skip_lines, read_once.sha256) as table:
            yield table


@contextlib.contextmanager
def _xlsx_copy(
    raw: IO[bytes],
    source: str,
    spec: TableSpec,
    sheet: str | None,
    skip_lines: int,
    sha256: Callable[[], str],
) -> Iterator[Table]:
    import openpyxl

    _refuse_zip_bomb(raw, source)
    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles and extensions it skips; none of that matters here.
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(raw, read_only=True, data_only=True)
    except Exception:  # a broken zip, another zip format or damaged XML: all surface differently
        raise InputFileError("ingest.bad_xlsx", file=source) from None
    try:
        worksheet = _pick_sheet(workbook, sheet, source)
        width = [0]
        records = _xlsx_records(worksheet, source, width)
        header_line, headers, early = _find_header(records, spec, source, skip_lines)
        width[0] = len(headers)
        for _, cells in early:
            if len(cells) < len(headers):
                cells.extend([""] * (len(headers) - len(cells)))
        yield Table(
            source=source,
            format="xlsx",
            encoding=None,
            delimiter=None,
            headers=headers,
            header_line=header_line,
            rows=itertools.chain(early, records),
            sha256=sha256,
        )
    finally:
        workbook.close()


def _refuse_zip_bomb(raw: IO[bytes], source: str) -> None:
    import zipfile

    try:
        with zipfile.ZipFile(raw) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        members = []  # not a readable zip: openpyxl reports it as a damaged workbook
    raw.seek(0)
    mb = 1024 * 1024
    for member in members:
        packed = max(member.compress_size, 1)
        if member.file_size > _ZIP_RATIO_FROM and member.file_size > _ZIP_MAX_RATIO * packed:
            raise InputFileError(
                "safety.zip_bomb",
                file=source,
                member=member.filename,
                size=round(member.file_size / mb),
                packed=round(packed / mb, 1),
                ratio=member.file_size // packed,
            )
    total = sum(member.file_size for member in members)
    if total > _ZIP_MAX_TOTAL:
        raise InputFileError(
            "safety.zip_too_large",
            file=source,
            size=round(total / mb),
            limit=round(_ZIP_MAX_TOTAL / mb),
        )


def _pick_sheet(workbook: Any, sheet: str | None, source: str) -> Any:
    worksheets = list(workbook.worksheets)
    if sheet is None:
        if not worksheets:
            raise InputFileError("ingest.no_sheets", file=source)
        return worksheets[0]
    for worksheet in worksheets:
        if worksheet.title == sheet:
            return worksheet
    wanted = fold(sheet)
    for worksheet in worksheets:
        if wanted and fold(worksheet.title) == wanted:
            return worksheet
    names = ", ".join(f'"{worksheet.title}"' for worksheet in worksheets)
    raise UsageError("ingest.unknown_sheet", file=source, sheet=sheet, sheets=names)


def _xlsx_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, str):
        return nfc(value)
    return value


def _xlsx_records(
    worksheet: Any, source: str, width: list[int]
) -> Iterator[tuple[int, list[object]]]:
    # Some writers record a wrong sheet size; without this, rows past it would be dropped.
    if hasattr(worksheet, "reset_dimensions"):
        worksheet.reset_dimensions()
    number = 0
    try:
        # Missing rows come back empty, so counting gives the sheet's row numbers.
        for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
            cells = [_xlsx_cell(value) for value in values]
            if all(isinstance(cell, str) and not cell.strip() for cell in cells):
                continue
            missing = width[0] - len(cells)
            if missing > 0:
                cells.extend([""] * missing)
            yield number, cells
    except Exception:  # damaged sheet XML surfaces as many exception types
        raise InputFileError("ingest.bad_xlsx_row", file=source, line=number + 1) from None
