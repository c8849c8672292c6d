"""A re-import skips the rows it has already read, and ends exactly where a full one would.

"Full" is the same import with the skip stage reading every row (``Unchanged.skip = False``):
the tests that compare run the same commands on two databases, one each way.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

import thidua_cli
from conftest import DOSSIER_HEADER, Cli, dossier, write_csv
from thidua_cli.importing import kinds, pipeline
from thidua_cli.importing.kind import Outcome
from thidua_cli.importing.pipeline import ImportOptions, run_import
from thidua_cli.importing.unchanged import Unchanged
from thidua_cli.ingest import reader
from thidua_cli.ingest.looks import SAMPLE_ROWS
from thidua_cli.store.db import connect

OFFICERS = ["Lê Thị Mai", "Trần Văn Bình", "Phạm Thu Hà"]


def _row(n: int, *, moved: bool = False) -> dict[str, str]:
    """Dossier ``n``; ``moved``: another officer took it over (the row of a later export)."""
    day = 1 + n % 28
    fields = {
        "officer": OFFICERS[(n + moved) % len(OFFICERS)],
        "unit": "Bộ phận một cửa",
        "status": "Đang xử lý",
        "channel": "Trực tuyến" if n % 2 else "Trực tiếp",
    }
    if n % 3 == 0:
        fields.update(
            finished=f"{day:02d}/07/2021 10:00",
            returned=f"{day:02d}/07/2021 15:00",
            status="Đã trả kết quả",
        )
    return dossier(f"HS-{n:04d}", f"{day:02d}/06/2021 08:{n % 60:02d}", **fields)


def _export(count: int, moved: Sequence[int] = (), new: int = 0) -> list[dict[str, str]]:
    """``count`` dossiers, those in ``moved`` taken over by another officer, ``new`` more."""
    return [_row(n, moved=n in moved) for n in range(count + new)]


def _write(path: Path, rows: list[dict[str, str]], header: Sequence[str] = DOSSIER_HEADER) -> Path:
    return write_csv(path, header, [[row.get(h, "") for h in header] for row in rows])


def _run(db: Path, path: Path, **options: Any) -> Outcome:
    conn = connect(db, create=True)
    try:
        return run_import(conn, path, kinds.get("dossiers"), ImportOptions(**options), describe=str)
    finally:
        conn.close()


def _state(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """What an import leaves: every dossier and history column, and each import's record."""
    with sqlite3.connect(db) as conn:
        state = {
            "dossiers": conn.execute("SELECT * FROM dossiers ORDER BY id").fetchall(),
            "history": conn.execute("SELECT * FROM history_dossiers ORDER BY 1").fetchall(),
            "imports": conn.execute(
                "SELECT id, kind, file_name, sha256, rows_read, inserted, updated, unchanged, "
                "rejected, deleted, undo_of, undone_at IS NULL FROM imports ORDER BY id"
            ).fetchall(),
        }
    conn.close()
    return state


def _digests(db: Path) -> dict[str, tuple[int, int]]:
    with sqlite3.connect(db) as conn:
        found = {
            code: (digest, import_id)
            for code, digest, import_id in conn.execute(
                "SELECT code, row_digest, import_id FROM dossiers"
            )
        }
    conn.close()
    return found


@pytest.fixture
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks of 4 rows, so that a file of a few rows spans several."""
    monkeypatch.setattr(pipeline, "BATCH", 4)


@pytest.fixture
def full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Unchanged, "skip", False)


@pytest.fixture
def from_bytes(monkeypatch: pytest.MonkeyPatch) -> list[Unchanged]:
    """Pieces of 300 bytes, so the reader holds only the first lines when the skip stage
    starts judging rows from their bytes: most rows are then skipped that way. Yields the skip
    stage of each import that did (``prescanned`` counts its rows skipped from their bytes)."""
    monkeypatch.setattr(reader, "_CHUNK_BYTES", 300)
    stages: list[Unchanged] = []
    original = Unchanged.from_bytes

    def from_bytes(self: Unchanged, *args: Any) -> Any:
        stages.append(self)
        return original(self, *args)

    monkeypatch.setattr(Unchanged, "from_bytes", from_bytes)
    return stages


# --- the skip itself ---------------------------------------------------------------------------


def test_an_identical_export_is_skipped_whole_and_counted(tmp_path: Path) -> None:
    db = tmp_path / "thidua.db"
    export = _write(tmp_path / "ho-so.csv", _export(30))
    first = _run(db, export)
    assert (first.inserted, first.skipped) == (30, 0)
    before = _state(db)
    again = _run(db, export)
    assert (again.rows_read, again.unchanged, again.skipped) == (30, 30, 30)
    assert (again.inserted, again.updated, again.rejected) == (0, 0, 0)
    after = _state(db)
    assert after["dossiers"] == before["dossiers"]
    assert after["imports"][-1][4:9] == (30, 0, 0, 30, 0)


def test_rows_are_skipped_from_their_bytes_before_the_reader_parses_them(
    tmp_path: Path, from_bytes: list[Unchanged]
) -> None:
    db = tmp_path / "thidua.db"
    rows = _export(300)
    # A name on two lines (quoted), and an invalid row after it: lines must stay right.
    rows[260]["Tên tổ chức, cá nhân"] = 'Công ty "Ánh Dương"\nchi nhánh 2'
    rows.append(dossier("HS-BAD", "31/02/2021"))
    export = _write(tmp_path / "ho-so.csv", rows)
    first = _run(db, export, skip_invalid=True)
    assert (first.inserted, first.rejected) == (300, 1)
    before = _state(db)
    again = _run(db, export, skip_invalid=True)
    assert (again.rows_read, again.skipped, again.unchanged, again.rejected) == (301, 300, 300, 1)
    # Rows past those the reader already holds (the header, a sample of rows) never reached it,
    # but for the quoted one.
    assert 300 - SAMPLE_ROWS - 10 <= from_bytes[-1].prescanned <= 300 - SAMPLE_ROWS - 1
    assert [(e.line, e.value) for e in again.errors] == [(303, "31/02/2021")]
    assert _state(db)["dossiers"] == before["dossiers"]


def test_only_the_changed_rows_of_a_later_export_are_read(tmp_path: Path) -> None:
    db = tmp_path / "thidua.db"
    _run(db, _write(tmp_path / "a.csv", _export(100)))
    later = _run(db, _write(tmp_path / "b.csv", _export(100, moved=(5, 25, 45, 65, 85), new=3)))
    assert (later.rows_read, later.skipped, later.unchanged) == (103, 95, 95)
    assert (later.inserted, later.updated) == (3, 5)


def test_a_dossier_imported_before_row_digests_is_read_once_then_skipped(tmp_path: Path) -> None:
    db = tmp_path / "thidua.db"
    export = _write(tmp_path / "ho-so.csv", _export(10))
    _run(db, export)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE dossiers SET row_digest = NULL")
    conn.close()
    before = _state(db)
    first = _run(db, export)
    assert (first.skipped, first.updated, first.unchanged) == (0, 0, 10)
    # The digests are stored without the rows counting as changed or entering the history.
    assert _state(db)["history"] == before["history"] == []
    assert all(digest is not None for digest, _ in _digests(db).values())
    assert _run(db, export).skipped == 10


@pytest.mark.usefixtures("small_blocks")
def test_skipping_ends_where_a_full_reimport_ends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows, history and the record of every import, through updates, rejects and undo."""
    a = _write(tmp_path / "a.csv", _export(240))
    b_rows = _export(240, moved=(3, 10, 217, 238), new=2)
    b_rows.insert(7, dossier("HS-BAD", "31/02/2021"))
    b = _write(tmp_path / "b.csv", b_rows)

    def story(db: Path) -> list[dict[str, list[tuple[Any, ...]]]]:
        cli = Cli(db)
        states = []
        for path in (a, b, b):
            outcome = _run(db, path, skip_invalid=True)
            assert outcome.import_id is not None
            states.append(_state(db))
        for undone in ("3", "2"):
            assert cli("imports", "undo", undone).exit_code == 0
            states.append(_state(db))
        _run(db, a)
        states.append(_state(db))
        return states

    skipping = story(tmp_path / "skip.db")
    monkeypatch.setattr(reader, "_CHUNK_BYTES", 300)
    from_bytes = story(tmp_path / "bytes.db")
    monkeypatch.setattr(Unchanged, "skip", False)
    full = story(tmp_path / "full.db")
    assert skipping == full
    assert from_bytes == full
    assert skipping[1]["imports"][1][4:9] == (243, 2, 4, 236, 1)


def _both_ways(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first: Path, again: Path
) -> tuple[list[Unchanged], dict[str, list[tuple[Any, ...]]]]:
    """``again`` re-imported after ``first``, skipping from bytes; the same read in full must
    end in the same state. The skip stages of the skipping imports, and that state."""
    stages: list[Unchanged] = []
    original = Unchanged.from_bytes

    def from_bytes(self: Unchanged, *args: Any) -> Any:
        stages.append(self)
        return original(self, *args)

    with monkeypatch.context() as patch:
        patch.setattr(reader, "_CHUNK_BYTES", 300)
        patch.setattr(Unchanged, "from_bytes", from_bytes)
        for path in (first, again):
            _run(tmp_path / "skip.db", path, skip_invalid=True)
    with monkeypatch.context() as patch:
        patch.setattr(Unchanged, "skip", False)
        for path in (first, again):
            _run(tmp_path / "full.db", path, skip_invalid=True)
    state = _state(tmp_path / "skip.db")
    assert state == _state(tmp_path / "full.db")
    return stages, state


def test_rows_with_quoted_cells_are_skipped_from_their_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = _export(400)
    for n in range(0, 400, 3):
        rows[n]["Tên tổ chức, cá nhân"] = f'Công ty "Ánh Dương", chi nhánh {n}'
    export = _write(tmp_path / "ho-so.csv", rows)
    assert export.read_bytes().count('"Ánh Dương""'.encode()) == 134
    stages, state = _both_ways(tmp_path, monkeypatch, export, export)
    # All but the rows the reader held before the skip stage began.
    assert 400 - SAMPLE_ROWS - 10 <= stages[-1].prescanned <= 400 - SAMPLE_ROWS
    assert state["imports"][-1][4:9] == (400, 0, 0, 400, 0)


def test_a_column_ignored_between_those_read_still_lets_rows_be_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    header = [*DOSSIER_HEADER[:3], "Ghi chú nội bộ", *DOSSIER_HEADER[3:]]
    rows = _export(300)
    for n, row in enumerate(rows):
        row["Ghi chú nội bộ"] = f"ghi chú {n}"
    export = _write(tmp_path / "ho-so.csv", rows, header)
    stages, _ = _both_ways(tmp_path, monkeypatch, export, export)
    assert stages[-1].prescanned >= 300 - SAMPLE_ROWS - 10


def test_rows_in_another_order_than_stored_are_still_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = _export(300)
    first = _write(tmp_path / "a.csv", rows)
    reversed_ = _write(tmp_path / "b.csv", rows[::-1])
    stages, state = _both_ways(tmp_path, monkeypatch, first, reversed_)
    assert stages[-1].prescanned >= 300 - SAMPLE_ROWS - 10
    assert state["imports"][-1][4:9] == (300, 0, 0, 300, 0)


def test_quotes_that_are_not_what_their_parity_says_stop_the_skip_and_change_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = _export(300)
    first = _write(tmp_path / "a.csv", rows)
    # A quote inside a cell the writer did not quote (the reader keeps it as it is), then a
    # quoted cell running on over the next lines: two quotes on the line, yet it ends inside a
    # quoted cell, one of whose lines is the very line of another row.
    lines = first.read_bytes().split(b"\r\n")
    officer = "Lê Thị Mai".encode()
    inner = b'"' + officer + b"\r\n" + lines[271] + b'\r\nB"'
    lines[250] = lines[250].replace(b"08:", b'08 "a:', 1).replace(officer, inner)
    again = tmp_path / "b.csv"
    again.write_bytes(b"\r\n".join(lines))
    stages, state = _both_ways(tmp_path, monkeypatch, first, again)
    assert state["imports"][-1][4:9] == (300, 0, 0, 299, 1)
    # The rows before it were skipped, none after.
    assert 0 < stages[-1].prescanned <= 250 - SAMPLE_ROWS


def test_what_is_judged_is_what_is_read_even_when_the_file_changes_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hashlib

    db = tmp_path / "thidua.db"
    rows = _export(1200)
    export = _write(tmp_path / "ho-so.csv", rows)
    _run(db, export)
    # The same export, but for the last rows, which another officer took over: written over the
    # file in place once the skip stage has started, before the reader got there.
    later = _write(tmp_path / "later.csv", _export(1200, moved=range(1150, 1200)))
    monkeypatch.setattr(reader, "_CHUNK_BYTES", 300)
    original = Unchanged.from_bytes

    def from_bytes(self: Unchanged, *args: Any) -> Any:
        export.write_bytes(later.read_bytes())
        return original(self, *args)

    monkeypatch.setattr(Unchanged, "from_bytes", from_bytes)
    outcome = _run(db, export)
    assert (outcome.updated, outcome.unchanged) == (50, 1150)
    state = _state(db)
    assert state["imports"][-1][3] == hashlib.sha256(later.read_bytes()).hexdigest()
    officers = dict(Cli(db).rows("SELECT code, officer FROM dossiers"))
    assert officers["HS-1199"] == _row(1199, moved=True)["Cán bộ xử lý"]


# --- what invalidates a digest -----------------------------------------------------------------


def _same_rows_read_again(tmp_path: Path, change: dict[str, Any], export: Path) -> None:
    db = tmp_path / "thidua.db"
    _run(db, export)
    assert _run(db, export).skipped == 10
    digests = _digests(db)
    history = _state(db)["history"]
    again = _run(db, export, **change)
    assert (again.skipped, again.updated, again.unchanged) == (0, 0, 10)
    after = _digests(db)
    # Every digest is new, and nothing else moved: no import took the rows, no history.
    assert all(after[code][0] != digests[code][0] for code in digests)
    assert {code: i for code, (_, i) in after.items()} == {c: i for c, (_, i) in digests.items()}
    assert _state(db)["history"] == history
    assert _run(db, export, **change).skipped == 10


@pytest.mark.parametrize(
    "change",
    [
        {"mapping": {"officer": "Cán bộ xử lý"}},
        {"encoding": "utf-8"},
        {"delimiter": ","},
    ],
    ids=["mapping", "encoding", "delimiter"],
)
def test_a_changed_option_reads_every_row_again(tmp_path: Path, change: dict[str, Any]) -> None:
    _same_rows_read_again(tmp_path, change, _write(tmp_path / "ho-so.csv", _export(10)))


def test_a_changed_header_reads_every_row_again(tmp_path: Path) -> None:
    db = tmp_path / "thidua.db"
    rows = _export(10)
    _run(db, _write(tmp_path / "a.csv", rows))
    # The same cells under one more column, which the import ignores.
    wider = _write(tmp_path / "b.csv", rows, [*DOSSIER_HEADER, "Ghi chú nội bộ"])
    again = _run(db, wider)
    assert (again.skipped, again.updated, again.unchanged) == (0, 0, 10)
    assert _run(db, wider).skipped == 10


def test_a_new_rules_version_reads_every_row_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export = _write(tmp_path / "ho-so.csv", _export(10))
    db = tmp_path / "thidua.db"
    _run(db, export)
    kind = kinds.get("dossiers")
    monkeypatch.setitem(kinds._KINDS, "dossiers", dataclasses.replace(kind, rules=kind.rules + 1))
    again = _run(db, export)
    assert (again.skipped, again.updated, again.unchanged) == (0, 0, 10)
    assert _run(db, export).skipped == 10


def test_a_new_program_version_reads_every_row_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export = _write(tmp_path / "ho-so.csv", _export(10))
    db = tmp_path / "thidua.db"
    _run(db, export)
    monkeypatch.setattr(thidua_cli, "__version__", thidua_cli.__version__ + ".1")
    assert _run(db, export).skipped == 0
    assert _run(db, export).skipped == 10


# --- undo, rejects, duplicates -----------------------------------------------------------------


def test_undo_restores_each_digest_with_its_row(tmp_path: Path) -> None:
    db = tmp_path / "thidua.db"
    export = _write(tmp_path / "a.csv", _export(10))
    _run(db, export)
    before = _state(db)
    later = _run(db, _write(tmp_path / "b.csv", _export(10, moved=(1, 2))))
    assert later.updated == 2
    assert _digests(db)["HS-0001"][0] != dict((r[1], r[-1]) for r in before["dossiers"])["HS-0001"]
    assert Cli(db)("imports", "undo", str(later.import_id)).exit_code == 0
    assert _state(db)["dossiers"] == before["dossiers"]
    assert _run(db, export).skipped == 10


def test_a_row_rejected_before_is_checked_again(tmp_path: Path) -> None:
    db = tmp_path / "thidua.db"
    rows = _export(10)
    rows.insert(4, dossier("HS-BAD", "31/02/2021"))
    export = _write(tmp_path / "ho-so.csv", rows)
    first = _run(db, export, skip_invalid=True)
    assert (first.inserted, first.rejected) == (10, 1)
    again = _run(db, export, skip_invalid=True)
    assert (again.skipped, again.rejected, again.unchanged) == (10, 1, 10)
    assert [(e.line, e.value) for e in again.errors] == [(6, "31/02/2021")]


def _duplicate_errors(outcome: Outcome) -> list[tuple[int, str, int]]:
    return [
        (e.line, e.value, e.params["first_line"])
        for e in outcome.errors
        if e.reason == "import.reason.duplicate_key"
    ]


MODES = [
    pytest.param((), id="skip"),
    pytest.param(("full",), id="full"),
    pytest.param(("small_blocks",), id="skip-small-blocks"),
    pytest.param(("full", "small_blocks"), id="full-small-blocks"),
    pytest.param(("from_bytes",), id="skip-from-bytes"),
    pytest.param(("from_bytes", "small_blocks"), id="skip-from-bytes-small-blocks"),
]


@pytest.mark.parametrize("mode", MODES)
def test_a_later_row_changing_an_unchanged_dossier_is_a_duplicate(
    tmp_path: Path, request: pytest.FixtureRequest, mode: tuple[str, ...]
) -> None:
    db = tmp_path / "thidua.db"
    rows = _export(260)
    _run(db, _write(tmp_path / "a.csv", rows))
    for fixture in mode:
        request.getfixturevalue(fixture)
    # Dossier 250 (line 252) as it was, then again at the end taken over by another officer.
    twice = _write(tmp_path / "b.csv", [*rows, _row(250, moved=True)])
    outcome = _run(db, twice, skip_invalid=True)
    assert _duplicate_errors(outcome) == [(262, "HS-0250", 252)]
    assert (outcome.updated, outcome.rejected, outcome.unchanged) == (0, 1, 260)
    # The first row stands.
    assert Cli(db).rows("SELECT officer FROM dossiers WHERE code = 'HS-0250'") == [(OFFICERS[1],)]
    refused = _run(db, twice)
    assert refused.refused and refused.import_id is None


@pytest.mark.parametrize("mode", MODES)
def test_an_unchanged_row_after_a_change_of_its_dossier_is_a_duplicate(
    tmp_path: Path, request: pytest.FixtureRequest, mode: tuple[str, ...]
) -> None:
    db = tmp_path / "thidua.db"
    rows = _export(260)
    _run(db, _write(tmp_path / "a.csv", rows))
    for fixture in mode:
        request.getfixturevalue(fixture)
    # Dossier 250 taken over (line 242), then as it was (line 253).
    changed_first = _write(tmp_path / "b.csv", [*rows[:240], _row(250, moved=True), *rows[240:]])
    rejects = tmp_path / "loai.csv"
    outcome = _run(db, changed_first, skip_invalid=True, rejects=rejects)
    assert _duplicate_errors(outcome) == [(253, "HS-0250", 242)]
    assert (outcome.updated, outcome.rejected, outcome.unchanged) == (1, 1, 259)
    assert Cli(db).rows("SELECT officer FROM dossiers WHERE code = 'HS-0250'") == [(OFFICERS[2],)]
    # The refused row is written out whole, even when it was skipped before being read.
    refused = rejects.read_text(encoding="utf-8-sig").splitlines()[1]
    assert refused.startswith("HS-0250,") and OFFICERS[1] in refused


@pytest.mark.parametrize("mode", MODES)
def test_an_identical_row_twice_is_no_duplicate(
    tmp_path: Path, request: pytest.FixtureRequest, mode: tuple[str, ...]
) -> None:
    db = tmp_path / "thidua.db"
    rows = _export(260)
    _run(db, _write(tmp_path / "a.csv", rows))
    for fixture in mode:
        request.getfixturevalue(fixture)
    outcome = _run(db, _write(tmp_path / "b.csv", [*rows, _row(250), _row(1)]))
    assert (outcome.rejected, outcome.updated, outcome.unchanged) == (0, 0, 262)


def test_a_label_the_office_teaches_reads_every_row_again(tmp_path: Path) -> None:
    export = _write(tmp_path / "ho-so.csv", _export(10))
    db = tmp_path / "thidua.db"
    _run(db, export)
    assert _run(db, export).skipped == 10
    taught = Cli(db)("vocab", "add", "status", "Nằm chờ ở tổ một cửa", "processing")
    assert taught.exit_code == 0, taught.stderr
    again = _run(db, export)
    assert (again.skipped, again.updated, again.unchanged) == (0, 0, 10)
    assert _run(db, export).skipped == 10


def test_a_quote_no_csv_writer_puts_ends_the_judging_for_the_rest_of_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reader reads a quote inside a plain cell as a character. Counting quotes took it for
    an opening one, so a later cell over several lines that crossed a piece seemed to start a
    piece outside any quoted cell: its lines that copy stored rows were emptied as unchanged,
    and the cell lost them. Quotes are followed as a CSV writer puts them instead, and from a
    quote put otherwise on nothing is judged."""
    rows = _export(400)
    first = _write(tmp_path / "a.csv", rows)
    lines = first.read_bytes().split(b"\r\n")
    # Row n is on line n + 2 (the header is line 1): a name with a quote inside, unquoted,
    # among the rows the reader holds before the skip stage begins.
    stray = lines[100]
    assert b'"' not in stray and "Lê Thị Mai".encode() in stray
    lines[100] = stray.replace("Lê Thị Mai".encode(), 'Lê "Thị Mai'.encode())
    # A later applicant over four lines, two of them the stored rows 350 and 351 as they are.
    copied = [line.decode() for line in lines[351:353]]
    rows[300]["Tên tổ chức, cá nhân"] = "\r\n".join(["Công ty A", *copied, "chi nhánh B"])
    lines[301] = _write(tmp_path / "row.csv", [rows[300]]).read_bytes().split(b"\r\n", 1)[1]
    lines[301] = lines[301].removesuffix(b"\r\n")
    again = tmp_path / "b.csv"
    again.write_bytes(b"\r\n".join(lines))
    _, state = _both_ways(tmp_path, monkeypatch, first, again)
    applicant = next(row[6] for row in state["dossiers"] if row[1] == "HS-0300")
    assert applicant.startswith("Công ty A HS-0350,") and " HS-0351," in applicant


def test_a_line_joined_like_a_stored_row_whose_cell_held_the_separator_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A digest is of cells joined by a separator: a stored cell that held the separator joins
    like two cells. A later line of one cell more than the header, the two in its place, is
    read (and refused, its cells shifted) rather than skipped as unchanged."""
    rows = _export(400)
    rows[300]["Tên tổ chức, cá nhân"] = "Công ty A\x1fchi nhánh B"
    first = _write(tmp_path / "a.csv", rows)
    lines = first.read_bytes().split(b"\r\n")
    assert "Công ty A\x1fchi nhánh B".encode() in lines[301]
    lines[301] = lines[301].replace(b"\x1f", b",")
    again = tmp_path / "b.csv"
    again.write_bytes(b"\r\n".join(lines))
    _, state = _both_ways(tmp_path, monkeypatch, first, again)
    # rows read, inserted, updated, unchanged, rejected
    assert state["imports"][-1][4:9] == (400, 0, 0, 399, 1)
