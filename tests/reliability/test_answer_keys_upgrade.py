"""Answers stored before their keys changed are found again by the export they came from.

Before the migration ``*_answers_keyed_by_what_cannot_change``, an answer's key was a digest of
its dossier code, day, officer as written, rating and comment, and the program stored the
dossier's officer when none was written. That migration keys it by what a corrected export cannot
change; these tests store answers exactly as the version before it did, open the file with this
program, and import the same export again.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from conftest import Cli, write_csv
from reliability.test_upgrades import _maker
from thidua_cli.store.imports import install_history
from thidua_cli.store.schema import MIGRATIONS

# The schema version just before answers got their new keys.
BEFORE = next(
    n
    for n, (name, _) in enumerate(MIGRATIONS)
    if name.endswith("_answers_keyed_by_what_cannot_change")
)

HEADER = ["Mã hồ sơ", "Cán bộ", "Ngày đánh giá", "Mức độ hài lòng", "Góp ý"]
# (dossier code, officer as written, day, rating label, comment); the dossier's officer is Lê Mai.
ROWS = [
    ["D1", "Lê  Mai", "02/06/2021", "Rất hài lòng", ""],
    ["D1", "", "03/06/2021", "Hài lòng", "Nhanh"],
    ["", "Phan Tùng", "04/06/2021", "Hài lòng", ""],
    ["", "Phan Tùng", "04/06/2021", "Hài lòng", ""],
    ["", "", "05/06/2021", "Bình thường", "Chờ lâu"],
]
RATINGS = {"Rất hài lòng": 5, "Hài lòng": 4, "Bình thường": 3}


def _old_key(code: str, day: str, officer: str, rating: int, comment: str) -> str:
    text = "\x1f".join((code, day, officer, str(rating), comment))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _stored_before(db: Path) -> None:
    """A file of version ``BEFORE`` with the dossier D1 and ``ROWS`` imported as it did."""
    _maker().build(BEFORE, db)
    conn = sqlite3.connect(db, isolation_level=None)
    install_history(conn)
    conn.execute("DELETE FROM surveys")  # the fixture's own answers, made up with other keys
    conn.execute(
        "INSERT INTO imports (id, kind, file_name, sha256, imported_at, history) VALUES "
        "(11, 'dossiers', 'ho-so.csv', 'f', '2021-06-06T08:00:00', 1), "
        "(12, 'surveys', 'khao-sat.csv', 'e', '2021-06-06T09:00:00', 1)"
    )
    conn.execute(
        "INSERT INTO dossiers (code, procedure, procedure_key, received_at, received_on, "
        "officer, unit, state, import_id, import_line) VALUES ('D1', 'Thủ tục', 'thutuc', "
        "'2021-06-01 08:00', '2021-06-01', 'Lê Mai', 'Một cửa', 'finished', 11, 3)"
    )
    seen: dict[str, int] = {}
    for line, (code, written, day_text, label, comment) in enumerate(ROWS, start=2):
        day = f"{day_text[6:]}-{day_text[3:5]}-{day_text[:2]}"
        officer = " ".join(written.split())
        rating = RATINGS[label]
        key = _old_key(code, day, officer, rating, comment)
        if key in seen:
            seen[key] += 1
            key = _old_key(key, day, str(seen[key]), rating, comment)
        else:
            seen[key] = 1
        conn.execute(
            "INSERT INTO surveys (survey_key, dossier_code, officer, unit, answered_on, rating, "
            "rating_raw, comment, import_id, import_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 12, ?)",
            (
                key,
                code or None,
                officer or ("Lê Mai" if code == "D1" else None),
                "Một cửa" if code == "D1" else None,
                day,
                rating,
                label,
                comment or None,
                line,
            ),
        )
    conn.close()


@pytest.fixture
def upgraded(tmp_path: Path) -> Cli:
    db = tmp_path / "thidua.db"
    _stored_before(db)
    cli = Cli(db)
    assert cli("imports").exit_code == 0  # opening it migrates it
    return cli


def test_the_export_imported_again_after_the_upgrade_adds_nothing(
    upgraded: Cli, tmp_path: Path
) -> None:
    assert upgraded.rows("SELECT officer, rating_raw FROM surveys ORDER BY id") == [
        ("Lê Mai", "Rất hài lòng"),
        (None, "Hài lòng"),  # written blank: the dossier's officer is read from the dossier again
        ("Phan Tùng", "Hài lòng"),
        ("Phan Tùng", "Hài lòng"),
        (None, "Bình thường"),
    ]
    path = write_csv(tmp_path / "khao-sat.csv", HEADER, ROWS)
    result = upgraded("import", "surveys", str(path))
    assert result.exit_code == 0, result.stderr
    assert "thêm mới 0, cập nhật 0, không đổi 5" in result.stderr
    rows = {r["officer"]: r["answers"] for r in upgraded.json("report", "satisfaction")["rows"]}
    assert rows == {"Lê Mai": 2, "Phan Tùng": 2, None: 1}


def test_a_corrected_export_after_the_upgrade_updates_in_place(
    upgraded: Cli, tmp_path: Path
) -> None:
    corrected = [list(row) for row in ROWS]
    corrected[1][4] = "Nhanh, chu đáo"
    corrected[3][3] = "Rất hài lòng"
    path = write_csv(tmp_path / "khao-sat-sua.csv", HEADER, corrected)
    result = upgraded("import", "surveys", str(path))
    assert "thêm mới 0, cập nhật 2, không đổi 3" in result.stderr
    assert upgraded.rows("SELECT rating, comment FROM surveys ORDER BY id") == [
        (5, None),
        (4, "Nhanh, chu đáo"),
        (4, None),
        (5, None),
        (3, "Chờ lâu"),
    ]


def test_an_answer_changed_before_the_upgrade_is_undone_under_its_new_key(tmp_path: Path) -> None:
    db = tmp_path / "thidua.db"
    _stored_before(db)
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute(
        "INSERT INTO imports (id, kind, file_name, sha256, imported_at, history) "
        "VALUES (13, 'surveys', 'khao-sat-2.csv', 'd', '2021-06-07T09:00:00', 1)"
    )
    # The old version stored the dossier's officer in an answer that wrote none: importing the
    # answers again after the dossier changed hands rewrote it (keeping the previous version).
    conn.execute("UPDATE surveys SET officer = 'Vũ Hà', import_id = 13 WHERE id = 2")
    conn.close()
    cli = Cli(db)
    assert cli("imports").exit_code == 0  # opening it migrates it
    new_key = cli.rows("SELECT survey_key FROM surveys WHERE id = 2")[0][0]
    assert new_key == "2021-06-03\x1fD1\x1f\x1f\x1f1"
    assert cli("imports", "undo", "13").exit_code == 0
    assert cli.rows("SELECT survey_key, officer, rating, import_id FROM surveys WHERE id = 2") == [
        (new_key, None, 4, 12)
    ]
