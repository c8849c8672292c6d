"""Privacy: every way a Vietnamese phone number is written is masked by ``--redact`` in every
format and the monthly batch; an error message names a cell, never a row; a database readable by
others is made private when the tool opens it."""

from __future__ import annotations

import re
import sqlite3
import stat
from pathlib import Path

import openpyxl
import pytest

from conftest import DOSSIER_HEADER, Cli, dossier, write_csv
from reliability.conftest import run_thidua
from thidua_cli.reports.redact import mask_contacts

# (as written, its digits): each number's digits are unique to it, so a leak is found whatever
# separators an export keeps or drops.
PHONES = [
    ("84913572468", "84913572468"),
    ("SĐT0935792461", "0935792461"),
    ("+84 947 135 792", "84947135792"),
    ("(+84) 961.357.924", "84961357924"),
    ("0084 978 642 135", "0084978642135"),
    ("ĐT: 028.3579.2461", "02835792461"),
    ("(0236) 3579 246", "02363579246"),
    ("84-24-35792468", "842435792468"),
    ("Tel:+84389246135", "84389246135"),
    ("01683579246", "01683579246"),
    ("0357-924-613", "0357924613"),
    ("+84 (0)912 468 135", "840912468135"),
    ("+84-(0)24 3579 2613", "8402435792613"),
]
APPLICANT = "Trần Văn Bình"


@pytest.mark.parametrize(("written", "digits"), PHONES)
def test_each_way_of_writing_a_number_keeps_only_its_last_three_digits(
    written: str, digits: str
) -> None:
    masked = mask_contacts(f"liên hệ {written} trong giờ hành chính")
    assert masked.startswith("liên hệ ") and masked.endswith(" trong giờ hành chính")
    shown = re.sub(r"\D", "", masked)
    assert shown.endswith(digits[-3:])
    # The country code may stay; nothing of the subscriber's number but its last three digits.
    assert shown in (digits[-3:], "84" + digits[-3:], "0084" + digits[-3:])


@pytest.mark.parametrize(
    "text",
    [
        "000.00.21.H29-210614-0006",
        "2021-06-14 08:30:00",
        "84.500.000 đồng",
        "091234567890",
        "H29-G-0000001",
        "Số 12/2021/QĐ-UBND ngày 14/06/2021",
    ],
)
def test_other_numbers_are_left_alone(text: str) -> None:
    assert mask_contacts(text) == text


@pytest.fixture
def with_phones(with_procedures: Cli, tmp_path: Path) -> Cli:
    note = "; ".join(written for written, _ in PHONES)
    rows = [
        {
            **dossier(
                "H29-P-1", "01/06/2021", due="04/06/2021", applicant=f"{APPLICANT} 0909135792"
            ),
            "Ghi chú": note,
        },
        dossier("H29-P-2", "02/06/2021", due="07/06/2021", applicant="Lê Thị Cúc"),
    ]
    header = [*DOSSIER_HEADER, "Ghi chú"]
    export = write_csv(tmp_path / "sdt.csv", header, [[r.get(h, "") for h in header] for r in rows])
    assert with_procedures("import", "dossiers", str(export)).exit_code == 0
    return with_procedures


def _leaks(text: str) -> list[str]:
    bare = re.sub(r"\D", "", text)
    found = [digits for _, digits in PHONES if digits[:-3][-7:] in bare]
    if "9135792" in bare or APPLICANT in text:
        found.append(APPLICANT)
    return found


def _text_of(path: Path) -> str:
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path)
        return "\n".join(
            str(c) for s in book.worksheets for r in s.iter_rows(values_only=True) for c in r
        )
    return path.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("fmt", ["csv", "md", "html", "xlsx", "json", "table"])
def test_redact_masks_every_phone_in_every_format(
    with_phones: Cli, tmp_path: Path, fmt: str
) -> None:
    target = tmp_path / f"an-danh.{'txt' if fmt == 'table' else fmt}"
    result = with_phones(
        "--redact", "dossiers", "--as-of", "2021-06-30", "--format", fmt, "-o", str(target)
    )
    assert result.exit_code in (0, 1), result.stderr
    text = _text_of(target)
    assert _leaks(text) == []
    if fmt in ("csv", "md", "html", "xlsx"):
        assert "SĐT*******461" in text and "T*** V*** B***" in text  # masked, not dropped


def test_redact_masks_every_phone_in_the_monthly_batch(with_phones: Cli, tmp_path: Path) -> None:
    out = tmp_path / "bao-cao"
    result = with_phones("--redact", "report", "monthly", "--month", "2021-06", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    files = sorted((out / "2021-06").iterdir())
    assert len(files) >= 6
    for path in files:
        assert _leaks(_text_of(path)) == [], path.name


def test_without_redact_the_numbers_are_there(with_phones: Cli) -> None:
    """The check above can fail: the note does reach the exports."""
    shown = with_phones("dossiers", "--as-of", "2021-06-30", "--format", "csv")
    assert len(_leaks(shown.stdout)) == len(PHONES) + 1


# --- error messages name a cell, never a row --------------------------------------------------


def test_a_file_without_header_is_refused_without_repeating_its_first_row(
    with_procedures: Cli, tmp_path: Path
) -> None:
    export = write_csv(
        tmp_path / "khong-tieu-de.csv",
        ["H29-X-1", "Nguyễn Thị Hoa", "0912 468 135", "01/06/2021"],
        [["H29-X-2", "Phạm Văn Tú", "0987 246 813", "02/06/2021"]],
    )
    result = with_procedures("--lang", "en", "import", "dossiers", str(export))
    assert result.exit_code == 3
    said = " ".join(result.stderr.split())
    assert said.startswith(f"Error: {export} has no header row naming the columns it needs")
    for secret in ("Nguyễn Thị Hoa", "0912 468 135", "H29-X-1", "Phạm"):
        assert secret not in said


def test_a_map_to_a_missing_header_does_not_repeat_a_data_row(
    with_procedures: Cli, tmp_path: Path
) -> None:
    export = write_csv(tmp_path / "x.csv", ["Nguyễn Thị Hoa", "0912 468 135"], [["a", "b"]])
    result = with_procedures(
        "--lang", "en", "import", "dossiers", str(export), "--map", "code=Mã số"
    )
    assert result.exit_code == 3
    said = " ".join(result.stderr.split())
    assert 'has no column "Mã số"' in said
    assert "Nguyễn" not in said and "0912" not in said


# --- a database readable by others is made private ----------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_database_readable_by_others_is_made_private_and_said_once(
    with_procedures: Cli,
) -> None:
    db = with_procedures.db
    # Another program keeps it open, so the journal files exist beside it.
    holder = sqlite3.connect(db)
    holder.execute("SELECT count(*) FROM dossiers").fetchone()
    try:
        for name in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
            assert name.exists()
            name.chmod(0o644)
        first = run_thidua(db, "check", "--as-of", "2021-06-01")
        assert first.returncode == 0, first.stderr
        assert [_mode(p) for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm"))] == [0o600] * 3
        said = " ".join(first.stderr.split())
        assert f"Warning: The database {db} was readable by other users of this computer " in said
        assert "(mode 644)" in said
        again = run_thidua(db, "check", "--as-of", "2021-06-01")
        assert "readable by other users" not in again.stderr
    finally:
        holder.close()


def test_a_private_database_is_not_touched(with_procedures: Cli) -> None:
    db = with_procedures.db
    db.chmod(0o640 & 0o600)
    done = run_thidua(db, "check", "--as-of", "2021-06-01")
    assert "readable by other users" not in done.stderr
    assert _mode(db) == 0o600
