"""Every import kind is declared in one place: the declarations agree with the schema, and a new
kind needs its declaration and its table's migration, nothing else."""

from __future__ import annotations

import re
import sqlite3
import textwrap
from pathlib import Path

import pytest

from conftest import Cli, write_csv
from thidua_cli.importing import kinds
from thidua_cli.store import schema
from thidua_cli.store.db import connect

SHIPPED = ["complaints", "dossiers", "enrollment", "initiatives", "procedures", "staff", "surveys"]


def test_the_shipped_kinds_are_found_by_their_declarations() -> None:
    assert kinds.names() == SHIPPED
    for kind in kinds.all_kinds():
        assert kinds.get(kind.name) is kind
        assert kind.columns.name == kind.name


@pytest.mark.parametrize("name", SHIPPED)
def test_a_declaration_agrees_with_its_table(tmp_path: Path, name: str) -> None:
    kind = kinds.get(name)
    conn = connect(tmp_path / "t.db", create=True)
    columns = {row[1] for row in conn.execute(f"PRAGMA table_info({kind.table})")}
    stored = set(kind.fields) - set(kind.inputs)
    assert stored <= columns, stored - columns
    assert {column for column, _ in kind.derived} <= columns
    assert "import_id" in columns
    # The key is what a re-import finds a row by: a unique index on exactly those columns.
    unique = [
        [r[2] for r in conn.execute(f"PRAGMA index_info('{index[1]}')")]
        for index in conn.execute(f"PRAGMA index_list({kind.table})")
        if index[2]
    ]
    assert list(kind.key) in unique
    conn.close()


TINY_KIND = '''
"""Scores: a name and a score, declared here and nowhere else."""

from thidua_cli.importing.kind import ImportKind, KindOption
from thidua_cli.ingest import vocab
from thidua_cli.ingest.headers import TableSpec, column
from thidua_cli.text.normalize import person_name


class ScoreBuilder:
    def __init__(self, bonus):
        self.bonus = bonus

    def __call__(self, c):
        name = c.text("name", required=True)
        score = c.convert("score", vocab.integer, required=True)
        if c.errors:
            return None
        return (person_name(name), score + self.bonus, c.line)


KIND = ImportKind(
    name="scores",
    help_key="import.help",
    columns=TableSpec("scores", (column("name", "Họ tên", required=True), column("score", "Điểm", required=True))),
    table="scores",
    fields=("name", "score", "import_line"),
    key=("name",),
    make_builder=lambda run: ScoreBuilder(run.options["bonus"]),
    options=(KindOption("bonus", "--bonus", 0, "import.opt.map"),),
)
'''

TINY_MIGRATION = (
    "9999_scores",
    (
        """CREATE TABLE scores (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            score INTEGER NOT NULL,
            import_id INTEGER REFERENCES imports(id),
            import_line INTEGER
        )""",
    ),
)


@pytest.fixture
def with_scores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    """A kind added the way the package says: its module among the kinds, its migration last."""
    folder = tmp_path / "more_kinds"
    folder.mkdir()
    (folder / "scores.py").write_text(textwrap.dedent(TINY_KIND), encoding="utf-8")
    monkeypatch.setattr(kinds, "__path__", [*kinds.__path__, str(folder)])
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, TINY_MIGRATION])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(schema.MIGRATIONS) + 1)
    return Cli(tmp_path / "thidua.db")


def test_a_new_kind_is_imported_reimported_refused_and_undone(with_scores: Cli, tmp_path) -> None:
    cli = with_scores
    assert "scores" in kinds.names()
    listed = cli("import", "--help")
    assert listed.exit_code == 0 and "scores" in listed.stdout
    assert "--bonus" in cli("import", "scores", "--help").stdout

    marks = write_csv(tmp_path / "diem.csv", ["Họ tên", "Điểm"], [["Lê  Văn An", "7"], ["Bé", "9"]])
    first = cli("import", "scores", str(marks), "--bonus", "1")
    assert first.exit_code == 0, first.stderr
    assert cli.rows("SELECT name, score, import_line FROM scores ORDER BY name") == [
        ("Bé", 10, 3),
        ("Lê Văn An", 8, 2),
    ]
    again = cli("import", "scores", str(marks), "--bonus", "1")
    assert again.exit_code == 0
    assert cli.rows("SELECT kind, inserted, unchanged FROM imports ORDER BY id") == [
        ("scores", 2, 0),
        ("scores", 0, 2),
    ]

    bad = write_csv(tmp_path / "sai.csv", ["Họ tên", "Điểm"], [["Bé", "mười"], ["Chi", "5"]])
    refused = cli("import", "scores", str(bad))
    assert refused.exit_code == 1
    assert "mười" in refused.stderr
    assert cli.rows("SELECT count(*) FROM scores") == [(2,)]

    changed = write_csv(tmp_path / "moi.csv", ["Họ tên", "Điểm"], [["Bé", "4"], ["Chi", "5"]])
    assert cli("import", "scores", str(changed)).exit_code == 0
    assert cli.rows("SELECT name, score FROM scores ORDER BY name") == [
        ("Bé", 4),
        ("Chi", 5),
        ("Lê Văn An", 8),
    ]
    # Undo restores the version it replaced, from the history the store keeps for every table.
    last = cli.rows("SELECT max(id) FROM imports")[0][0]
    assert cli("imports", "undo", str(last)).exit_code == 0
    assert cli.rows("SELECT name, score FROM scores ORDER BY name") == [
        ("Bé", 10),
        ("Lê Văn An", 8),
    ]


def test_no_module_of_the_program_names_the_new_kind(with_scores: Cli) -> None:
    # What "touches no other module" means: the kind is found, run and undone through its
    # declaration alone.
    source = Path(kinds.__file__).resolve().parents[2]
    assert "scores" in kinds.names()
    # Named as a string (an if-chain, a dict of kinds) or as a module (an import).
    naming = re.compile(r"""["']scores["']|kinds\.scores|import scores""")
    named = [path for path in source.rglob("*.py") if naming.search(path.read_text("utf-8"))]
    assert named == []


def test_the_migration_is_the_kinds_only_other_part(with_scores: Cli) -> None:
    with_scores.create()
    with sqlite3.connect(with_scores.db) as conn:
        names = [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")]
        history = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'history_scores'"
        ).fetchone()
    conn.close()
    assert names[-1] == "9999_scores"
    assert history == (1,)
