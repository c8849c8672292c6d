"""The versions kept for undo are found by their ids, which say which import replaced them and
which row they were, with no index; databases that kept them the earlier way are brought over."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from conftest import DOSSIER_HEADER, Cli, dossier, write_csv
from thidua_cli.store.imports import ROW_BITS

OFFICERS = ["Lê Thị Mai", "Trần Văn Bình"]


def _export(path: Path, moved: set[int]) -> Path:
    """Twelve dossiers; those in ``moved`` taken over by the other officer."""
    rows = [
        dossier(
            f"HS-{n:03d}",
            f"{1 + n:02d}/06/2021 08:00",
            officer=OFFICERS[(n in moved) % 2],
            status="Đang xử lý",
        )
        for n in range(12)
    ]
    return write_csv(
        path, DOSSIER_HEADER, [[row.get(h, "") for h in DOSSIER_HEADER] for row in rows]
    )


def _dossiers(cli: Cli) -> list[tuple[object, ...]]:
    return cli.rows("SELECT * FROM dossiers ORDER BY id")


def _versions(cli: Cli) -> list[tuple[int, int, int]]:
    return [
        (int(a), int(b), int(c))
        for a, b, c in cli.rows(
            "SELECT history_id, changed_by, row_id FROM history_dossiers ORDER BY history_id"
        )
    ]


def test_an_import_keeps_each_replaced_version_under_its_import_and_row(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "thidua.db")
    assert cli("import", "dossiers", str(_export(tmp_path / "a.csv", set()))).exit_code == 0
    first = _dossiers(cli)
    assert cli("import", "dossiers", str(_export(tmp_path / "b.csv", {2, 7}))).exit_code == 0
    assert cli("import", "dossiers", str(_export(tmp_path / "c.csv", {7, 9}))).exit_code == 0
    versions = _versions(cli)
    assert [(changed_by, row_id) for _, changed_by, row_id in versions] == [
        (2, 3),
        (2, 8),
        (3, 3),
        (3, 10),
    ]
    assert all(vid == (changed_by << ROW_BITS) + row_id for vid, changed_by, row_id in versions)
    # Only the table's own key: an import's versions are one range of it.
    assert (
        cli.rows(
            "SELECT name FROM sqlite_master WHERE tbl_name = 'history_dossiers' AND type = 'index'"
        )
        == []
    )
    # Import 3 changed again a row import 2 changed: 2 cannot be undone before it.
    refused = cli("imports", "undo", "2")
    assert refused.exit_code != 0
    assert "3" in refused.output + refused.stderr
    assert cli("imports", "undo", "3").exit_code == 0
    assert cli("imports", "undo", "2").exit_code == 0
    assert _dossiers(cli) == first
    assert _versions(cli) == []


def test_versions_kept_the_earlier_way_get_their_ids_and_still_undo(tmp_path: Path) -> None:
    db = tmp_path / "thidua.db"
    cli = Cli(db)
    assert cli("import", "dossiers", str(_export(tmp_path / "a.csv", set()))).exit_code == 0
    first = _dossiers(cli)
    assert cli("import", "dossiers", str(_export(tmp_path / "b.csv", {2, 7}))).exit_code == 0
    changed = _dossiers(cli)
    kept = cli.rows("SELECT * FROM history_dossiers ORDER BY history_id")

    # As version 12 kept them: numbered from 1, found through two indexes.
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE history_dossiers SET history_id = row_id - 100")
        conn.execute("UPDATE history_dossiers SET history_id = history_id + 103")
        conn.execute(
            "CREATE INDEX history_dossiers_changed_by ON history_dossiers (changed_by, row_id)"
        )
        conn.execute("CREATE INDEX history_dossiers_import ON history_dossiers (import_id)")
        # A second version of a row under the same import, which no version wrote: the first
        # stays, the one undo read.
        conn.execute(
            "INSERT INTO history_dossiers SELECT 99, changed_by, row_id, id, code, 'khác', "
            + ", ".join(
                f'"{c}"'
                for c in [
                    r[1]
                    for r in conn.execute("PRAGMA table_info(dossiers)")
                    if r[1] not in ("id", "code", "procedure")
                ]
            )
            + " FROM history_dossiers WHERE row_id = 3"
        )
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0013_versions_keyed_by_import'")
        conn.execute("PRAGMA user_version = 12")
    conn.close()
    assert [r[:3] for r in cli.rows("SELECT * FROM history_dossiers ORDER BY 1")] == [
        (6, 2, 3),
        (11, 2, 8),
        (99, 2, 3),
    ]

    # Any command opens the file and brings it over.
    assert cli("imports").exit_code == 0
    assert cli.rows("PRAGMA user_version") == [(13,)]
    assert _versions(cli) == [((2 << ROW_BITS) + 3, 2, 3), ((2 << ROW_BITS) + 8, 2, 8)]
    assert [r[1:] for r in cli.rows("SELECT * FROM history_dossiers ORDER BY 1")] == [
        r[1:] for r in kept
    ]
    assert (
        cli.rows(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'history_dossiers'"
        )
        == []
    )
    assert _dossiers(cli) == changed
    assert cli("imports", "undo", "2").exit_code == 0
    assert _dossiers(cli) == first
