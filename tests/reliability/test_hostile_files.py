"""Hostile and broken files, made from the sample exports by mutation, fed to the real program.

Every case ends with exit 1 (rows refused) or 3 (file refused), one clear message naming the
problem, no traceback, and the database byte for byte as it was.
"""

from __future__ import annotations

import csv
import io
import shutil
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Cli
from reliability.conftest import SAMPLE, file_digest, run_thidua

MAIN_CSV = SAMPLE / "ho-so-2021-06.csv"
OLD_CSV = SAMPLE / "ho-so-2021-06-bo-phan-mot-cua.csv"
WORKBOOK = SAMPLE / "ho-so-bo-sung-2021-06.xlsx"
HEADER_LINE = 2  # the main export has two title lines above its header


def _records() -> list[list[str]]:
    return list(csv.reader(io.StringIO(MAIN_CSV.read_text(encoding="utf-8-sig"), newline="")))


def _lines() -> list[bytes]:
    return MAIN_CSV.read_bytes().split(b"\r\n")


def _write_records(path: Path, records: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(records)
    return path


def truncated_lines(path: Path) -> Path:
    """Three rows cut short in their receipt date, as a copy interrupted mid-line leaves them."""
    records = _records()
    received = records[HEADER_LINE].index("Ngày tiếp nhận")
    for at in (10, 50, 200):
        records[at] = records[at][: received + 1]
        records[at][received] = records[at][received][:5]
    return _write_records(path, records)


def unclosed_quote(path: Path) -> Path:
    """A stray quote opens a cell that never closes: the rest of the file falls into it."""
    lines = _lines()
    lines[40] = lines[40].replace(b",", b',"', 1)
    path.write_bytes(b"\r\n".join(lines))
    return path


def nul_byte(path: Path) -> Path:
    """A NUL byte far from the start, past what the first look at the file reads."""
    lines = _lines()
    lines[300] = lines[300][:20] + b"\x00" + lines[300][20:]
    path.write_bytes(b"\r\n".join(lines))
    return path


def nul_bytes_at_start(path: Path) -> Path:
    lines = _lines()
    lines[5] = lines[5][:20] + b"\x00\x00\x00" + lines[5][20:]
    path.write_bytes(b"\r\n".join(lines))
    return path


def ten_megabyte_field(path: Path) -> Path:
    records = _records()
    records[100][-1] = "x" * (10 * 1024 * 1024)
    return _write_records(path, records)


def five_thousand_columns(path: Path) -> Path:
    """One row with 5,000 values where the header has 19 columns."""
    records = _records()
    records[100] += [f"giá trị {n}" for n in range(5000 - len(records[100]))]
    return _write_records(path, records)


def mixed_encodings(path: Path) -> Path:
    """The UTF-8 export with rows of the Windows-1258 one pasted under it."""
    old = OLD_CSV.read_bytes().split(b"\r\n")[1:6]
    path.write_bytes(MAIN_CSV.read_bytes().rstrip(b"\r\n") + b"\r\n" + b"\r\n".join(old))
    return path


def zipped_csv_named_xlsx(path: Path) -> Path:
    """An "XLSX" that is really a CSV: a zip holding the export, named like a workbook."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("ho-so-2021-06.csv", MAIN_CSV.read_bytes())
    path.write_bytes(buffer.getvalue())
    return path


def _rebuilt_workbook(path: Path, sheet: Callable[[zipfile.ZipFile, bytes], None]) -> Path:
    """The sample workbook with its sheet part written by ``sheet``."""
    source = zipfile.ZipFile(WORKBOOK)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                sheet(archive, data)
            else:
                archive.writestr(info, data)
    return path


def zip_bomb(path: Path) -> Path:
    """The sample workbook whose sheet unpacks to 96 MB of padding from about 100 KB."""

    def padded(archive: zipfile.ZipFile, data: bytes) -> None:
        head, _, tail = data.partition(b"</sheetData>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            part.write(head)
            block = b" " * (1 << 20)
            for _ in range(96):
                part.write(block)
            part.write(b"</sheetData>" + tail)

    return _rebuilt_workbook(path, padded)


def billion_laughs(path: Path) -> Path:
    """A sheet whose XML declares entities that expand to a billion "lol"s."""
    entities = [b'<!ENTITY l0 "lollollollollollollollollollol">']
    entities += [b'<!ENTITY l%d "%s">' % (n, b"&l%d;" % (n - 1) * 10) for n in range(1, 10)]
    header = b'<?xml version="1.0"?><!DOCTYPE worksheet [' + b"".join(entities) + b"]>"
    cell = b'<row r="1"><c r="A1" t="inlineStr"><is><t>&l9;</t></is></c></row>'

    def laughing(archive: zipfile.ZipFile, data: bytes) -> None:
        archive.writestr(
            "xl/worksheets/sheet1.xml",
            header + data.replace(b"<sheetData>", b"<sheetData>" + cell, 1),
        )

    return _rebuilt_workbook(path, laughing)


def zero_bytes(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def binary_file(path: Path) -> Path:
    """An image saved under a CSV name."""
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + zlib.compress(bytes(range(256)) * 64))
    return path


# name, how the file is made, its file name, exit code, words of the one message on stderr
CASES: list[tuple[str, Callable[[Path], Path], str, int, str]] = [
    ("truncated_lines", truncated_lines, "ho-so.csv", 1, "3 of 320 rows are invalid"),
    ("unclosed_quote", unclosed_quote, "ho-so.csv", 1, "rows are invalid"),
    ("nul_byte", nul_byte, "ho-so.csv", 3, "NUL character on line 301"),
    ("nul_bytes_at_start", nul_bytes_at_start, "ho-so.csv", 3, "binary file"),
    ("ten_megabyte_field", ten_megabyte_field, "ho-so.csv", 3, "longer than 1,048,576 characters"),
    ("five_thousand_columns", five_thousand_columns, "ho-so.csv", 1, "values up to column 5,000"),
    ("mixed_encodings", mixed_encodings, "ho-so.csv", 3, "Cannot decode"),
    ("zipped_csv_named_xlsx", zipped_csv_named_xlsx, "ho-so.xlsx", 3, "as an XLSX workbook"),
    ("zip_bomb", zip_bomb, "ho-so.xlsx", 3, "unpacks to 96 MB"),
    ("billion_laughs", billion_laughs, "ho-so.xlsx", 3, "damaged"),
    ("zero_bytes", zero_bytes, "ho-so.csv", 3, "is empty"),
    ("binary_file", binary_file, "ho-so.csv", 3, "binary file"),
]


@pytest.fixture(scope="module")
def base_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("base")
    cli = Cli(folder / "thidua.db")
    procedures = SAMPLE / "procedures.csv"
    assert cli("import", "procedures", str(procedures)).exit_code == 0
    return cli.db


@pytest.mark.parametrize(
    ("make", "name", "code", "words"),
    [pytest.param(make, name, code, words, id=case) for case, make, name, code, words in CASES],
)
def test_a_hostile_file_is_refused_cleanly_and_changes_nothing(
    tmp_path: Path,
    base_database: Path,
    make: Callable[[Path], Path],
    name: str,
    code: int,
    words: str,
) -> None:
    db = tmp_path / "thidua.db"
    shutil.copy(base_database, db)  # with its mode, 600, as thidua made it
    before = file_digest(db)
    hostile = make(tmp_path / name)

    result = run_thidua(db, "import", "dossiers", str(hostile))

    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stdout == ""
    assert words in result.stderr
    if code == 3:
        # One sentence: "Error: ..." on a single line, nothing else.
        assert result.stderr.count("Error:") == 1
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert file_digest(db) == before
    # Nothing left behind either: no journal, no half-written rejects file.
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([db.name, hostile.name])


def test_a_rejects_file_is_still_written_for_a_refused_file(
    tmp_path: Path, base_database: Path
) -> None:
    """The clerk needs the refused rows to correct them, even though nothing was imported."""
    db = tmp_path / "thidua.db"
    shutil.copy(base_database, db)  # with its mode, 600, as thidua made it
    before = file_digest(db)
    rejects = tmp_path / "loi.csv"
    result = run_thidua(
        db,
        "import",
        "dossiers",
        str(five_thousand_columns(tmp_path / "ho-so.csv")),
        "--rejects",
        str(rejects),
    )
    assert result.returncode == 1
    assert file_digest(db) == before
    rows = list(csv.reader(io.StringIO(rejects.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 2 and "column 5,000" in rows[1][-1]


def test_a_csv_named_xlsx_is_refused(with_procedures: Cli, tmp_path: Path) -> None:
    """Text behind a workbook's name is refused with a way out, and nothing is stored."""
    renamed = tmp_path / "ho-so-2021-06.xlsx"
    renamed.write_bytes(MAIN_CSV.read_bytes())
    result = with_procedures("import", "dossiers", str(renamed))
    assert result.exit_code == 3
    assert "rename it to .csv" in result.stderr or "đổi đuôi tệp thành .csv" in result.stderr
    assert with_procedures.rows("SELECT count(*) FROM dossiers") == [(0,)]


def test_the_sample_workbook_passes_the_archive_check(with_procedures: Cli) -> None:
    result = with_procedures("import", "dossiers", str(WORKBOOK))
    assert result.exit_code == 0, result.stderr
    assert with_procedures.rows("SELECT count(*) FROM dossiers") == [(15,)]
