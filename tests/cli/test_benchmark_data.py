"""The benchmarks' generated city and their references, at a small size (nothing is timed here).

The generator must be deterministic and write exports the program reads without a rejected row;
each reference query must ask the question its command answers, or a ratio means nothing.
"""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import sys
from pathlib import Path
from types import ModuleType

import pytest

from conftest import Cli

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
ROWS = 600


def _load(name: str) -> ModuleType:
    """A script of benchmarks/ as a module; the runner imports the generator by this name."""
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


generate = _load("generate")
run = _load("run")


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("city")
    generate.write_all(folder, ROWS, quiet=True)
    return folder


def test_the_generator_writes_the_same_bytes_every_time(city: Path, tmp_path: Path) -> None:
    stats = generate.write_all(tmp_path, ROWS, quiet=True)
    assert stats["rows"] == ROWS and stats["small_rows"] == ROWS // 10
    assert stats["surveys"] == round(ROWS * generate.SURVEY_SHARE)
    for made in sorted(city.iterdir()):
        assert (tmp_path / made.name).read_bytes() == made.read_bytes(), made.name


@pytest.fixture(scope="module")
def imported(city: Path, tmp_path_factory: pytest.TempPathFactory) -> Cli:
    cli = Cli(tmp_path_factory.mktemp("db") / "thidua.db")
    assert cli("import", "procedures", str(city / generate.PROCEDURES_FILE)).exit_code == 0
    result = cli("import", "dossiers", str(city / generate.DOSSIERS_FILE))
    assert result.exit_code == 0, result.stderr
    result = cli("import", "surveys", str(city / generate.SURVEYS_FILE))
    assert result.exit_code == 0, result.stderr
    return cli


def test_every_generated_row_imports_and_about_one_in_seven_is_open(imported: Cli) -> None:
    assert imported.rows("SELECT count(*) FROM dossiers") == [(ROWS,)]
    assert imported.rows("SELECT sum(rejected) FROM imports") == [(0,)]
    (still_open,) = imported.rows("SELECT count(*) FROM dossiers WHERE finish_on IS NULL")[0]
    assert 0.08 * ROWS < still_open < 0.25 * ROWS


def test_the_later_export_changes_every_row(imported: Cli, city: Path, tmp_path: Path) -> None:
    copy = Cli(tmp_path / "copy.db")
    with sqlite3.connect(imported.db) as source, sqlite3.connect(copy.db) as target:
        source.backup(target)
    result = copy("import", "dossiers", str(city / generate.UPDATED_FILE))
    assert result.exit_code == 0, result.stderr
    assert f"cập nhật {ROWS}, không đổi 0" in result.stderr
    again = copy("import", "dossiers", str(city / generate.UPDATED_FILE))
    assert f"cập nhật 0, không đổi {ROWS}" in again.stderr


def test_the_daily_export_changes_one_row_in_twenty(
    imported: Cli, city: Path, tmp_path: Path
) -> None:
    copy = Cli(tmp_path / "copy.db")
    with sqlite3.connect(imported.db) as source, sqlite3.connect(copy.db) as target:
        source.backup(target)
    result = copy("import", "dossiers", str(city / generate.CHANGED_FILE))
    assert result.exit_code == 0, result.stderr
    changed = ROWS // generate.CHANGED_EVERY
    assert f"cập nhật {changed}, không đổi {ROWS - changed}" in result.stderr
    # The unchanged rows are the first export's, byte for byte.
    first = (city / generate.DOSSIERS_FILE).read_bytes().splitlines()
    daily = (city / generate.CHANGED_FILE).read_bytes().splitlines()
    assert len(first) == len(daily)
    assert sum(a != b for a, b in zip(first, daily, strict=True)) == changed


def _references(db: Path, script: str) -> list[list[sqlite3.Row]]:
    """Each statement's rows; the sqlite3 shell reads the same SQL after a ".mode json" line."""
    text = "\n".join(line for line in script.splitlines() if not line.startswith("."))
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return [conn.execute(sql).fetchall() for sql in text.split(";\n") if sql.strip()]


def _reference(db: Path, script: str) -> list[sqlite3.Row]:
    return _references(db, script)[0]


def test_the_check_reference_finds_the_dossiers_check_lists(imported: Cli) -> None:
    program = imported.json("check", "--as-of", run.AS_OF)
    rows = _reference(imported.db, run.CHECK_SQL.replace(":as_of", f"'{run.AS_OF}'"))
    assert {r["code"] for r in rows if r["status"] == "overdue"} == {
        d["code"] for d in program["overdue"]
    }
    assert {r["code"] for r in rows if r["status"] == "in_time"} == {
        d["code"] for d in program["due_soon"]
    }
    assert {r["code"] for r in rows if r["apology_needed"]} == {
        d["code"] for d in program["apology_needed"]
    }
    assert program["overdue"], "the generated city has overdue dossiers at the check's date"


@pytest.mark.parametrize("period", [run.MONTH, run.YEAR])
def test_the_form06_reference_adds_up_to_the_program_total(
    imported: Cli, period: tuple[str, str]
) -> None:
    program = imported.json("report", "form06", "--from", period[0], "--to", period[1])
    rows = _reference(imported.db, run._form06_sql(*period))
    for key, value in program["total"].items():
        assert sum(r[key] or 0 for r in rows) == value, key
    assert program["total"]["received_total"] > 0


def test_the_compliance_reference_counts_what_the_report_counts(
    imported: Cli, tmp_path: Path
) -> None:
    campaign = imported("campaign", "load", str(run.CAMPAIGN_FILE))
    assert campaign.exit_code == 0, campaign.stderr
    program = imported.json(
        "report", "compliance", "--campaign", run.CAMPAIGN, "--as-of", run.AS_OF
    )
    answers = _references(imported.db, run.COMPLIANCE_SQL)
    # Three statements per scope (dossiers, received, answers): both phases, then the whole.
    for index, scope in enumerate([*program["phases"], program["overall"]]):
        dossiers, received, satisfaction = answers[3 * index : 3 * index + 3]
        counted = {key: dossiers[0][key] or 0 for key in scope["dossiers"]}
        assert counted == scope["dossiers"], scope["code"]
        assert received[0]["received"] == scope["online"]["received"]
        assert satisfaction[0]["answers"] == scope["satisfaction"]["answers"]
    # Phase 1's focus target judges its own dossiers, counted apart.
    focus = answers[9][0]
    (target,) = [t for t in program["phases"][0]["targets"] if "focus" in t]
    finished = focus["finished"] or 0
    expected = ((focus["early"] or 0) + (focus["on_time"] or 0)) / finished if finished else None
    assert target["actual"] == pytest.approx(expected)
    # The same dossiers; the report lists them by officer in Vietnamese order, which the sqlite3
    # shell has no collation for.
    late = answers[-1]
    assert sorted(r["code"] for r in late) == sorted(d["code"] for d in program["late_dossiers"])


def test_the_runner_lists_its_figures_and_their_targets(tmp_path: Path) -> None:
    bench = run.Bench(tmp_path / "data", tmp_path / "work", ROWS)
    figures = {f.key: f for f in bench.figures()}
    assert {"import", "reimport", "surveys", "check", "compliance", "monthly"} <= set(figures)
    assert figures["import"].target == 2.5 and figures["reimport"].target == 4.0
    assert figures["reimport-same"].target == 1.5 and figures["reimport-5pct"].target == 2.0
    assert figures["help"].target == 1.7 and figures["check-quiet"].target == 3.5
    assert json.loads(json.dumps([f.label for f in figures.values()]))  # plain text labels


def test_the_workbook_floor_writes_as_many_cells_as_it_is_given(tmp_path: Path) -> None:
    """The floor is only comparable to the monthly workbook if its cell count is that one's."""
    floor = _load("xlsx_floor")
    for cells in (1, 12, 1_000, 1_009):
        target = tmp_path / f"floor-{cells}.xlsx"
        floor.main([str(cells), str(target)])
        assert run.workbook_cells(target) == cells


def test_the_runner_counts_the_cells_of_a_program_workbook(imported: Cli, tmp_path: Path) -> None:
    import zipfile

    out = tmp_path / "batch"
    result = imported("report", "monthly", "--month", "2021-06", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    workbook = next(out.glob("2021-06/*.xlsx"))
    with zipfile.ZipFile(workbook) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        text = "".join(archive.read(n).decode("utf-8") for n in sheets)
    assert len(sheets) >= 3
    assert run.workbook_cells(workbook) == text.count('<c r="') > 100


def test_the_floors_store_what_they_say(imported: Cli, city: Path, tmp_path: Path) -> None:
    """The floors leave out the checking, never the storage work they claim to include."""
    import shutil

    floor = _load("floor")
    indexed = tmp_path / "indexed.db"
    code, day = generate.HEADER.index("Mã hồ sơ"), generate.HEADER.index("Ngày tiếp nhận")
    export = str(city / generate.DOSSIERS_FILE)
    floor.main([export, str(indexed), "3", "--unique", str(code), "--day-index", str(day)])
    with sqlite3.connect(indexed) as conn:
        assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == ROWS
        indexes = conn.execute("SELECT name, \"unique\" FROM pragma_index_list('t')").fetchall()
        assert sorted(unique for _, unique in indexes) == [0, 1]
        first_day = conn.execute(f"SELECT min(substr(c{day}, 7, 4)) FROM t").fetchone()[0]
        assert first_day == "2019"
    conn.close()

    keyed = tmp_path / "keyed.db"
    answers = city / generate.SURVEYS_FILE
    day, code, officer = (
        generate.SURVEY_HEADER.index(name) for name in ("Ngày đánh giá", "Mã hồ sơ", "Cán bộ")
    )
    floor.main(
        [str(answers), str(keyed), "1", "--key", f"{day},{code},{officer}", "--day-index", str(day)]
    )
    with sqlite3.connect(keyed) as conn:
        rows, keys = conn.execute("SELECT count(*), count(DISTINCT k) FROM t").fetchone()
        assert rows == keys == len(answers.read_text(encoding="utf-8-sig").splitlines()) - 1
        indexes = conn.execute("SELECT name, \"unique\" FROM pragma_index_list('t')").fetchall()
        assert sorted(unique for _, unique in indexes) == [0, 1]
        first = conn.execute("SELECT k, c0, c1, c2 FROM t ORDER BY rowid LIMIT 1").fetchone()
        assert first[0].split("\x1f")[:3] == [first[1 + day], first[1 + code], first[1 + officer]]
    conn.close()

    lookup = tmp_path / "lookup.db"
    shutil.copyfile(imported.db, lookup)
    floor.main([str(answers), str(lookup), "1", "--lookup", str(code)])
    with sqlite3.connect(lookup) as conn:
        officers = conn.execute("SELECT count(officer) FROM t").fetchone()[0]
        linked = conn.execute("SELECT count(*) FROM t JOIN dossiers d ON d.code = t.c0").fetchone()
        assert officers == linked[0] > 0
    conn.close()
