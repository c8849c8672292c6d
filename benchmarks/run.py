"""Run every benchmark of thidua against its reference and print the table of figures.

``python benchmarks/run.py`` builds the data once (``benchmarks/generate.py`` into
``benchmarks/data/``), prepares the databases in ``benchmarks/work/``, then measures each figure:
one warm-up run of the program and of its reference, then at least five whole-process runs of
each, interleaved (reference, program, reference, ...), and compares the medians. Machines are
shared and noisy, so every figure is a ratio against a reference measured in the same run.

Peak memory is each command's own peak resident set size, from GNU time (``/usr/bin/time``) when
present, else from the ``rusage`` that ``wait4`` returns (see ``TIME``).

Options: ``--runs N`` (at least 5), ``--rows N`` (a smaller city for a quick try; the targets are
for 1,000,000), ``--only KEY,...`` (figure keys, see ``--list``), ``--write-docs`` (put the
table and the machine in the README's "Performance" section), ``--data DIR`` and ``--work DIR``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402  (the generator lives beside this script)

MIN_RUNS = 5
FAST_RUNS = 15
MIB = 1024 * 1024
AS_OF = "2021-12-31"
MONTH = ("2021-06-01", "2021-06-30")
YEAR = ("2021-01-01", "2021-12-31")
CAMPAIGN = "486/KH-GDĐT"
CAMPAIGN_FILE = ROOT / "sample_data" / "campaign-486-KH-GDDT-2021.toml"
SMALL_EXPORT = ROOT / "sample_data" / "ho-so-2021-06.csv"
SMALL_PROCEDURES = ROOT / "sample_data" / "procedures.csv"


# --- running one process -----------------------------------------------------------------------


@dataclass
class Sample:
    seconds: float
    peak_bytes: int
    code: int


class CommandFailed(Exception):
    pass


# GNU time, when present, runs each command from its own small process and reports that
# command's peak RSS. Linux counts a process image replaced by exec in the new program's peak, so
# a command started straight from this (bigger) runner would be charged the runner's memory.
TIME = Path("/usr/bin/time")
MEMORY_METHOD = (
    "GNU time's maximum resident set size (`/usr/bin/time -f %M`)"
    if TIME.exists()
    else "the `rusage` that `wait4` returns for each command (an upper bound: it includes the "
    "runner's own memory, which Linux counts across exec)"
)


def run_once(
    argv: Sequence[str], *, cwd: Path, stdout: Path | None = None, ok: Sequence[int] = (0,)
) -> Sample:
    """Run ``argv`` to its end; its wall time, its own peak RSS and its exit code."""
    err_path = cwd / "stderr.txt"
    peak_path = cwd / "peak.txt"
    command = list(argv)
    if TIME.exists():
        command = [str(TIME), "-f", "%M", "-o", str(peak_path), *command]
    with (
        open(stdout or os.devnull, "wb") as out,
        open(err_path, "wb") as err,
    ):
        began = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, cwd=cwd, env=_env())
        # wait4 gives this child's own rusage; RUSAGE_CHILDREN would give the largest child so far.
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - began
    code = os.waitstatus_to_exitcode(status)
    process.returncode = code
    if code not in ok:
        message = err_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        raise CommandFailed(f"exit {code}: {message[-1] if message else ''}")
    # Both report KiB on Linux; GNU time writes "Command exited with non-zero status" first
    # when the command's code is not 0.
    kib = usage.ru_maxrss
    if TIME.exists():
        kib = int(peak_path.read_text().split()[-1])
    return Sample(seconds, kib * 1024, code)


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("THIDUA_")}
    env["THIDUA_LANG"] = "vi"
    env["NO_COLOR"] = "1"
    env["COLUMNS"] = "160"
    return env


def thidua() -> str:
    beside = Path(sys.executable).parent / "thidua"
    found = str(beside) if beside.exists() else shutil.which("thidua")
    if not found:
        sys.exit("thidua is not installed in this environment: pip install -e .")
    return found


def sqlite3_cli() -> str:
    found = shutil.which("sqlite3")
    if not found:
        sys.exit(
            "the sqlite3 command-line shell is needed for the references (apt install sqlite3)"
        )
    return found


# --- figures -----------------------------------------------------------------------------------


@dataclass
class Side:
    """One side of a figure: the command, what to do before each run, the exit codes it may end with."""

    argv: Callable[[], list[str]]
    prepare: Callable[[], None] | None = None
    ok: tuple[int, ...] = (0,)
    stdout: Path | None = None


@dataclass
class Figure:
    key: str
    label: str
    program: Side
    reference: Side | None
    reference_label: str
    # A ratio to the reference (program / reference) or, without a reference, seconds.
    target: float | None
    fast: bool = False
    # The command words that must exist in this version ("report compliance").
    needs: tuple[str, ...] = ()
    samples: list[Sample] = field(default_factory=list)
    reference_samples: list[Sample] = field(default_factory=list)
    status: str = ""  # "" when measured, else why not ("not available", the failure)


@dataclass
class Row:
    figure: str
    program: str
    reference: str
    ratio: str
    target: str
    met: str


def median_seconds(samples: list[Sample]) -> float:
    return statistics.median(s.seconds for s in samples)


def peak(samples: list[Sample]) -> int:
    return max(s.peak_bytes for s in samples)


def measure(figure: Figure, runs: int, cwd: Path) -> None:
    """Warm up once, then ``runs`` interleaved runs of reference and program."""

    def one(side: Side) -> Sample:
        if side.prepare is not None:
            side.prepare()
        return run_once(side.argv(), cwd=cwd, stdout=side.stdout, ok=side.ok)

    count = max(runs, FAST_RUNS) if figure.fast else runs
    try:
        if figure.reference is not None:
            one(figure.reference)
        one(figure.program)
        for _ in range(count):
            if figure.reference is not None:
                figure.reference_samples.append(one(figure.reference))
            figure.samples.append(one(figure.program))
    except CommandFailed as exc:
        figure.status = f"failed ({exc})"
        _say(f"  {figure.status}")
        return
    line = f"  program {median_seconds(figure.samples):.2f} s, {_mib(peak(figure.samples))}"
    if figure.reference_samples:
        reference = median_seconds(figure.reference_samples)
        ratio = median_seconds(figure.samples) / reference
        line += f"; reference {reference:.2f} s; ratio {ratio:.2f}x"
    _say(line)


# --- the bench ---------------------------------------------------------------------------------


class Bench:
    def __init__(self, data: Path, work: Path, rows: int) -> None:
        self.data = data
        self.work = work
        self.rows = rows
        self.thidua = thidua()
        self.sqlite3 = sqlite3_cli()
        self.python = sys.executable
        self.work.mkdir(parents=True, exist_ok=True)
        self.sql_dir = self.work / "sql"
        self.sql_dir.mkdir(exist_ok=True)
        # Databases: the procedures alone (what a "new" database holds when the first export
        # arrives), the same plus the year's dossiers, and the full one the reports read.
        self.template = self.work / "template.db"
        self.dossiers_db = self.work / "dossiers.db"
        self.full_db = self.work / "full.db"
        self.small_db = self.work / "small.db"
        self.target = self.work / "target.db"
        self.reference_db = self.work / "reference.db"
        self.floor_db = self.work / "floor.db"
        self.out_dir = self.work / "monthly"
        self.workbook_cells: int | None = None

    # files
    @property
    def dossiers_csv(self) -> Path:
        return self.data / generate.DOSSIERS_FILE

    @property
    def updated_csv(self) -> Path:
        return self.data / generate.UPDATED_FILE

    @property
    def changed_csv(self) -> Path:
        return self.data / generate.CHANGED_FILE

    @property
    def small_csv(self) -> Path:
        return self.data / generate.SMALL_FILE

    @property
    def surveys_csv(self) -> Path:
        return self.data / generate.SURVEYS_FILE

    @property
    def procedures_csv(self) -> Path:
        return self.data / generate.PROCEDURES_FILE

    def ensure_data(self) -> None:
        stamp = self.data / "stamp.json"
        wanted = {"rows": self.rows, "generator": _digest(HERE / "generate.py")}
        fresh = stamp.exists() and json.loads(stamp.read_text()) == wanted
        if fresh and all(p.exists() for p in self._data_files()):
            return
        _say(f"generating {self.rows:,} dossiers into {self.data} ...")
        began = time.perf_counter()
        # In a process of its own: the runner stays small (see TIME).
        subprocess.run(
            [sys.executable, str(HERE / "generate.py"), "--out", str(self.data), "--rows",
             str(self.rows)],
            check=True,
        )  # fmt: skip
        stamp.write_text(json.dumps(wanted))
        _say(f"  generated in {time.perf_counter() - began:.0f} s")

    def _data_files(self) -> list[Path]:
        return [
            self.dossiers_csv,
            self.updated_csv,
            self.changed_csv,
            self.small_csv,
            self.surveys_csv,
            self.procedures_csv,
        ]

    def tool(self, db: Path, *args: str) -> list[str]:
        return [self.thidua, "--db", str(db), *args]

    def setup(self, *argv: str, ok: tuple[int, ...] = (0,)) -> None:
        run_once(list(argv), cwd=self.work, ok=ok)

    def prepare_databases(self) -> None:
        _say("preparing the databases ...")
        for db in (self.template, self.dossiers_db, self.full_db, self.small_db):
            _remove_db(db)
        self.setup(*self.tool(self.template, "import", "procedures", str(self.procedures_csv)))
        _copy_db(self.template, self.dossiers_db)
        self.setup(*self.tool(self.dossiers_db, "import", "dossiers", str(self.dossiers_csv)))
        _copy_db(self.dossiers_db, self.full_db)
        if self.available("import", "surveys"):
            self.setup(*self.tool(self.full_db, "import", "surveys", str(self.surveys_csv)))
        if self.available("campaign", "load"):
            self.setup(*self.tool(self.full_db, "campaign", "load", str(CAMPAIGN_FILE)))
        self.setup(*self.tool(self.small_db, "import", "procedures", str(SMALL_PROCEDURES)))
        self.setup(*self.tool(self.small_db, "import", "dossiers", str(SMALL_EXPORT)))
        # The queries read a settled file: no WAL left to replay, statistics up to date.
        for db in (self.template, self.dossiers_db, self.full_db, self.small_db):
            with sqlite3.connect(db) as conn:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def available(self, *words: str) -> bool:
        """Whether this version has the command ``thidua WORDS...``."""
        try:
            run_once([self.thidua, *words, "--help"], cwd=self.work)
        except CommandFailed:
            return False
        return True

    # the references
    def dot_import(self, csv_path: Path, skip: int) -> Side:
        def fresh() -> None:
            _remove_db(self.reference_db)

        return Side(
            argv=lambda: [
                self.sqlite3,
                str(self.reference_db),
                f".import --csv --skip {skip} {csv_path} t",
            ],
            prepare=fresh,
        )

    def import_figure(
        self,
        key: str,
        label: str,
        program: tuple[str, Path, Callable[[], None]],
        target: float | None,
        *,
        reference_label: str = "`.import` of the same file",
        needs: tuple[str, ...] = (),
        floor_options: Sequence[str] = (),
    ) -> Figure:
        """A file read by ``thidua import KIND`` (or, for KIND ``floor``, by ``floor.py``) into
        the database ``prepare`` makes, against ``.import`` of the same file."""
        kind, csv_path, prepare = program
        # Export files carry two title lines above their header; survey files do not.
        titles = 2 if csv_path != self.surveys_csv else 0

        def argv() -> list[str]:
            if kind == "floor":
                return [*self.floor(csv_path, titles + 1), *floor_options]
            return self.tool(self.target, "import", kind, str(csv_path))

        return Figure(
            key,
            label,
            Side(argv=argv, prepare=prepare),
            self.dot_import(csv_path, titles),
            reference_label,
            target,
            needs=needs,
        )

    def floor(self, csv_path: Path, skip: int) -> list[str]:
        return [self.python, str(HERE / "floor.py"), str(csv_path), str(self.floor_db), str(skip)]

    def fresh_floor(self) -> None:
        _remove_db(self.floor_db)

    def sql(self, name: str, text: str, db: Path) -> Side:
        path = self.sql_dir / f"{name}.sql"
        path.write_text(text, encoding="utf-8")
        return Side(
            argv=lambda: [self.sqlite3, "-bail", str(db), f".read {path}"],
            stdout=self.work / f"{name}.reference.out",
        )

    def python_typer(self) -> Side:
        return Side(argv=lambda: [self.python, "-c", "import typer"])

    def figures(self) -> list[Figure]:
        copy_template = _copier(self.template, self.target)
        copy_dossiers = _copier(self.dossiers_db, self.target)
        answers = round(self.rows * generate.SURVEY_SHARE)
        import_1m = self.import_figure(
            "import",
            f"`thidua import dossiers`, {self.rows:,} rows into a new database",
            ("dossiers", self.dossiers_csv, copy_template),
            2.5,
            reference_label="`sqlite3` `.import` of the same file",
        )
        reimport = self.import_figure(
            "reimport",
            f"re-import of {self.rows:,} rows, every row an update",
            ("dossiers", self.updated_csv, copy_dossiers),
            4.0,
        )
        same = self.import_figure(
            "reimport-same",
            f"re-import of the identical {self.rows:,}-row file (nothing changes)",
            ("dossiers", self.dossiers_csv, copy_dossiers),
            1.5,
        )
        changed = self.import_figure(
            "reimport-5pct",
            f"re-import of the {self.rows:,}-row file with one row in "
            f"{generate.CHANGED_EVERY} changed",
            ("dossiers", self.changed_csv, copy_dossiers),
            2.0,
        )
        small = self.import_figure(
            "import-small",
            f"`thidua import dossiers`, {self.rows // 10:,} rows into a new database",
            ("dossiers", self.small_csv, copy_template),
            None,
        )
        surveys = self.import_figure(
            "surveys",
            f"`thidua import surveys`, {answers:,} rows",
            ("surveys", self.surveys_csv, copy_dossiers),
            2.5,
            needs=("import", "surveys"),
        )
        floor_dossiers = self.import_figure(
            "floor",
            f"the Python floor: `csv` + one `executemany` of the {self.rows:,}-row file as it "
            "is, into a table without index",
            ("floor", self.dossiers_csv, self.fresh_floor),
            None,
        )
        floor_surveys = self.import_figure(
            "floor-surveys",
            f"the Python floor for the {answers:,} answers",
            ("floor", self.surveys_csv, self.fresh_floor),
            None,
        )
        code_column = str(generate.HEADER.index("Mã hồ sơ"))
        floor_indexed = self.import_figure(
            "floor-indexed",
            "the same floor into a table indexed as the dossiers table is (a unique dossier "
            "code, the receipt day)",
            ("floor", self.dossiers_csv, self.fresh_floor),
            None,
            floor_options=(
                "--unique",
                code_column,
                "--day-index",
                str(generate.HEADER.index("Ngày tiếp nhận")),
            ),
        )
        floor_keyed = self.import_figure(
            "floor-surveys-keyed",
            "the floor for the answers with what each one needs stored: a key of its day, "
            "dossier code, officer and place under a unique index, and the day's index",
            ("floor", self.surveys_csv, self.fresh_floor),
            None,
            floor_options=(
                "--key",
                ",".join(
                    str(generate.SURVEY_HEADER.index(name))
                    for name in ("Ngày đánh giá", "Mã hồ sơ", "Cán bộ")
                ),
                "--day-index",
                str(generate.SURVEY_HEADER.index("Ngày đánh giá")),
            ),
        )
        check = Figure(
            "check",
            f"`thidua check --as-of {AS_OF} --format json`",
            Side(
                argv=lambda: self.tool(self.full_db, "check", "--as-of", AS_OF, "--format", "json"),
                ok=(0, 1),
                stdout=self.work / "check.program.out",
            ),
            self.sql("check", CHECK_SQL.replace(":as_of", f"'{AS_OF}'"), self.full_db),
            "one SQL query in `sqlite3`",
            3.0,
        )
        month = Figure(
            "form06-month",
            f"`thidua report form06` for one month ({MONTH[0][:7]})",
            Side(
                argv=lambda: self.tool(
                    self.full_db,
                    "report",
                    "form06",
                    "--from",
                    MONTH[0],
                    "--to",
                    MONTH[1],
                    "--format",
                    "json",
                ),
                stdout=self.work / "form06-month.program.out",
            ),
            self.sql("form06-month", _form06_sql(*MONTH), self.full_db),
            "a hand-written SQL aggregate in `sqlite3`",
            3.0,
        )
        year = Figure(
            "form06-year",
            f"`thidua report form06` for the whole year ({YEAR[0][:4]})",
            Side(
                argv=lambda: self.tool(
                    self.full_db,
                    "report",
                    "form06",
                    "--from",
                    YEAR[0],
                    "--to",
                    YEAR[1],
                    "--format",
                    "json",
                ),
                stdout=self.work / "form06-year.program.out",
            ),
            self.sql("form06-year", _form06_sql(*YEAR), self.full_db),
            "a hand-written SQL aggregate in `sqlite3`",
            3.0,
        )
        compliance = Figure(
            "compliance",
            f"`thidua report compliance --campaign {CAMPAIGN}`",
            Side(
                argv=lambda: self.tool(
                    self.full_db,
                    "report",
                    "compliance",
                    "--campaign",
                    CAMPAIGN,
                    "--as-of",
                    AS_OF,
                    "--format",
                    "json",
                ),
                stdout=self.work / "compliance.program.out",
            ),
            self.sql("compliance", COMPLIANCE_SQL, self.full_db),
            "the same aggregates, hand-written, in `sqlite3`",
            3.0,
            needs=("report", "compliance"),
        )
        helps = Figure(
            "help",
            "`thidua --help`",
            Side(argv=lambda: [self.thidua, "--help"]),
            self.python_typer(),
            '`python -c "import typer"`',
            1.7,
            fast=True,
        )
        quiet = Figure(
            "check-quiet",
            "`thidua --quiet check` on a small database (cron)",
            Side(
                argv=lambda: self.tool(self.small_db, "--quiet", "check", "--as-of", "2021-06-15"),
                ok=(0, 1),
            ),
            self.python_typer(),
            '`python -c "import typer"`',
            3.5,
            fast=True,
        )

        def clean_out() -> None:
            shutil.rmtree(self.out_dir, ignore_errors=True)

        monthly = Figure(
            "monthly",
            f"`thidua report monthly` for {MONTH[0][:7]} ({self.month_rows():,} dossiers), "
            "every format",
            Side(argv=self.monthly_argv, prepare=clean_out),
            None,
            "",
            15.0,
            needs=("report", "monthly"),
        )
        xlsx_floor = Figure(
            "xlsx-floor",
            "the workbook library's floor: xlsxwriter alone writing as many cells as the monthly "
            "batch's workbook, in constant-memory mode (`xlsx_floor.py`)",
            Side(argv=self.xlsx_floor),
            None,
            "",
            None,
            needs=("report", "monthly"),
        )
        return [
            import_1m,
            reimport,
            same,
            changed,
            small,
            surveys,
            floor_dossiers,
            floor_surveys,
            floor_indexed,
            floor_keyed,
            check,
            month,
            year,
            compliance,
            helps,
            quiet,
            monthly,
            xlsx_floor,
        ]

    def monthly_argv(self) -> list[str]:
        return self.tool(
            self.full_db,
            "--quiet",
            "report",
            "monthly",
            "--month",
            MONTH[0][:7],
            "--campaign",
            CAMPAIGN,
            "--out",
            str(self.out_dir),
        )

    def monthly_workbook(self) -> Path:
        """The workbook the monthly figure wrote, written now (untimed) when it is not there."""
        found = sorted(self.out_dir.glob("*/*.xlsx")) if self.out_dir.exists() else []
        if not found:
            run_once(self.monthly_argv(), cwd=self.work)
            found = sorted(self.out_dir.glob("*/*.xlsx"))
        return found[0]

    def xlsx_floor(self) -> list[str]:
        if self.workbook_cells is None:
            self.workbook_cells = workbook_cells(self.monthly_workbook())
            _say(f"  the monthly workbook holds {self.workbook_cells:,} cells")
        cells = self.workbook_cells
        return [self.python, str(HERE / "xlsx_floor.py"), str(cells), str(self.work / "floor.xlsx")]

    def month_rows(self) -> int:
        if not self.full_db.exists():
            return 0
        with sqlite3.connect(self.full_db) as conn:
            return int(
                conn.execute(
                    "SELECT count(*) FROM dossiers WHERE received_on BETWEEN ? AND ?", MONTH
                ).fetchone()[0]
            )


def workbook_cells(path: Path) -> int:
    """How many cells the sheets of an .xlsx file hold (each is one ``<c`` element)."""
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return sum(
            archive.read(name).count(b"<c ")
            for name in archive.namelist()
            if name.startswith("xl/worksheets/sheet")
        )


def _copier(source: Path, target: Path) -> Callable[[], None]:
    def copy() -> None:
        _copy_db(source, target)

    return copy


def _copy_db(source: Path, target: Path) -> None:
    _remove_db(target)
    shutil.copyfile(source, target)


def _remove_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# --- the reference queries ---------------------------------------------------------------------

# check: open dossiers overdue at D, due within the next two working days, or needing an apology.
CHECK_SQL = """.mode json
WITH p AS (
  SELECT :as_of AS as_of, (SELECT ordinal FROM workdays WHERE day = :as_of) AS as_of_ord
), horizon AS (
  SELECT min(day) AS day FROM workdays, p WHERE working = 1 AND ordinal = p.as_of_ord + 2
)
SELECT d.code, d.procedure, d.officer, d.unit, d.channel, d.received_on AS received_at,
       d.due_date, d.due_source, NULL AS finished_at,
       CASE WHEN p.as_of > d.due_date THEN 'overdue' ELSE 'in_time' END AS status,
       CASE WHEN p.as_of > d.due_date THEN max(1, p.as_of_ord - w.ordinal) ELSE 0 END
         AS working_days_late,
       d.apology,
       d.apology = 0 AND w.ordinal <= p.as_of_ord + 1 AS apology_needed
FROM dossiers d JOIN workdays w ON w.day = d.due_date, p, horizon
WHERE d.state NOT IN ('withdrawn', 'not_received')
  AND (d.finish_on IS NULL OR d.finish_on > p.as_of)
  AND d.received_on <= p.as_of
  AND d.due_date <= horizon.day
ORDER BY d.due_date, d.code;
"""

_FORM06 = """
SELECT coalesce(d.field, p.field, '') AS grp,
  count(*) AS received_total,
  sum(d.received_on >= {a} AND d.channel = 'online') AS received_online,
  sum(d.received_on >= {a} AND d.channel IS NOT 'online') AS received_direct_postal,
  sum(d.received_on < {a}) AS carried_over,
  sum(d.finish_on <= {b}) AS finished_total,
  sum(d.finish_on <= {b} AND d.finish_on < d.due_date) AS finished_early,
  sum(d.finish_on <= {b} AND d.finish_on = d.due_date) AS finished_on_time,
  sum(d.finish_on <= {b} AND d.finish_on > d.due_date) AS finished_late,
  sum(d.finish_on IS NULL OR d.finish_on > {b}) AS open_total,
  sum((d.finish_on IS NULL OR d.finish_on > {b}) AND (d.due_date IS NULL OR {b} <= d.due_date))
    AS open_in_time,
  sum((d.finish_on IS NULL OR d.finish_on > {b}) AND {b} > d.due_date) AS open_overdue
FROM dossiers d LEFT JOIN procedures p ON p.name_key = d.procedure_key
WHERE d.received_on <= {b} AND (d.finish_on IS NULL OR d.finish_on >= {a})
  AND d.state NOT IN ('withdrawn', 'not_received')
  AND (d.due_date IS NOT NULL OR (d.supplement_requested_at IS NOT NULL
       AND d.supplement_received_at IS NULL AND (d.finish_on IS NULL OR d.finish_on > {b})))
GROUP BY grp ORDER BY grp;
SELECT d.code FROM dossiers d
WHERE d.received_on <= {b} AND (d.finish_on IS NULL OR d.finish_on >= {a})
  AND d.state NOT IN ('withdrawn', 'not_received') AND d.due_date IS NULL
  AND NOT (d.supplement_requested_at IS NOT NULL AND d.supplement_received_at IS NULL
           AND (d.finish_on IS NULL OR d.finish_on > {b}))
ORDER BY +d.code;
"""
# "+d.code", as the program writes it: sorted after the search, not by walking the whole table
# in code order through its unique index, which SQLite would otherwise choose (2 s on 1M).


def _form06_sql(start: str, end: str) -> str:
    return ".mode json\n" + _FORM06.format(a=f"'{start}'", b=f"'{end}'")


# compliance: the counts of each phase and of the whole campaign, the online share and
# satisfaction of each, the counts of phase 1's focus target (the urgent procedures received in
# person), the same per unit and per officer, and the late dossiers.
_COUNTS = """
  sum(d.finish_on <= {b}) AS finished,
  sum(d.finish_on <= {b} AND d.finish_on < d.due_date) AS early,
  sum(d.finish_on <= {b} AND d.finish_on = d.due_date) AS on_time,
  sum(d.finish_on <= {b} AND d.finish_on > d.due_date) AS late,
  sum((d.finish_on IS NULL OR d.finish_on > {b}) AND (d.due_date IS NULL OR {b} <= d.due_date))
    AS open_in_time,
  sum((d.finish_on IS NULL OR d.finish_on > {b}) AND {b} > d.due_date) AS open_overdue"""
_SCOPE = """d.received_on <= {b} AND (d.finish_on IS NULL OR d.finish_on >= {a})
  AND d.state NOT IN ('withdrawn', 'not_received')
  AND (d.due_date IS NOT NULL OR (d.supplement_requested_at IS NOT NULL
       AND d.supplement_received_at IS NULL AND (d.finish_on IS NULL OR d.finish_on > {b})))"""
_FOCUS = """d.procedure_code IN ('1.004442', '1.010020', '2.001914', 'GD-01')
  AND coalesce(d.channel, 'direct') = 'direct'"""


def _compliance_sql() -> str:
    phases = (("'2021-06-01'", "'2021-06-15'"), ("'2021-06-16'", "'2021-07-01'"))
    whole = ("'2021-06-01'", "'2021-07-01'")
    parts = [".mode json"]
    for a, b in (*phases, whole):
        parts.append(
            f"SELECT {_COUNTS.format(b=b)} FROM dossiers d WHERE {_SCOPE.format(a=a, b=b)};"
        )
        parts.append(
            "SELECT count(*) AS received, sum(channel = 'online') AS online FROM dossiers "
            f"WHERE received_on BETWEEN {a} AND {b} "
            "AND state NOT IN ('withdrawn', 'not_received');"
        )
        parts.append(
            "SELECT count(*) AS answers, sum(rating >= 4) AS satisfied FROM surveys "
            f"WHERE answered_on BETWEEN {a} AND {b};"
        )
    a, b = phases[0]
    focused = f"{_SCOPE.format(a=a, b=b)} AND {_FOCUS}"
    parts.append(f"SELECT {_COUNTS.format(b=b)} FROM dossiers d WHERE {focused};")
    a, b = whole
    for group in ("unit", "officer"):
        parts.append(
            f"SELECT d.{group}, {_COUNTS.format(b=b)} FROM dossiers d "
            f"WHERE {_SCOPE.format(a=a, b=b)} GROUP BY d.{group} ORDER BY d.{group};"
        )
        # An answer counts for the officer it names, else its dossier's; for the dossier's unit,
        # else the roster's unit of that officer.
        who = "coalesce(s.officer, d.officer)"
        parts.append(
            f"SELECT {who if group == 'officer' else 'coalesce(d.unit, r.unit)'} AS {group}, "
            "count(*) AS answers, sum(s.rating >= 4) AS satisfied "
            "FROM surveys s LEFT JOIN dossiers d ON d.code = s.dossier_code "
            f"LEFT JOIN staff r ON r.name = {who} "
            f"WHERE s.answered_on BETWEEN {a} AND {b} GROUP BY 1 ORDER BY 1;"
        )
    parts.append(
        f"""SELECT d.code, d.procedure, d.officer, d.unit, d.received_on, d.due_date,
  CASE WHEN d.finish_on <= {b} THEN d.finish_on END AS finished_at,
  CASE WHEN d.finish_on <= {b} THEN 'late' ELSE 'overdue' END AS status,
  max(1, coalesce((SELECT ordinal FROM workdays WHERE day = min(coalesce(d.finish_on, {b}), {b})),
                  0) - w.ordinal) AS working_days_late,
  d.apology
FROM dossiers d JOIN workdays w ON w.day = d.due_date
WHERE d.state NOT IN ('withdrawn', 'not_received') AND d.received_on <= {b}
  AND ((d.finish_on BETWEEN {a} AND {b} AND d.finish_on > d.due_date)
       OR ((d.finish_on IS NULL OR d.finish_on > {b}) AND {b} > d.due_date))
ORDER BY d.officer IS NULL, d.officer, d.due_date, d.code;"""
    )
    return "\n".join(parts) + "\n"


COMPLIANCE_SQL = _compliance_sql()


# --- the table ---------------------------------------------------------------------------------


def _seconds(value: float) -> str:
    return f"{value:.2f} s"


def _mib(value: int) -> str:
    return f"{value / MIB:.1f} MiB"


def rows_of(figures: dict[str, Figure]) -> list[Row]:
    rows: list[Row] = []
    for figure in figures.values():
        if figure.status or not figure.samples:
            rows.append(
                Row(figure.label, figure.status or "not measured", "", "", _target(figure), "—")
            )
            continue
        program = median_seconds(figure.samples)
        if figure.reference is None and figure.target is None:
            rows.append(Row(figure.label, _seconds(program), "—", "—", _target(figure), "—"))
            continue
        if figure.reference is None:
            assert figure.target is not None
            met = program < figure.target
            rows.append(
                Row(figure.label, _seconds(program), "—", "—", f"< {figure.target:g} s", _yes(met))
            )
            continue
        reference = median_seconds(figure.reference_samples)
        ratio = program / reference
        met_text = "—" if figure.target is None else _yes(ratio <= figure.target)
        rows.append(
            Row(
                figure.label,
                _seconds(program),
                f"{figure.reference_label}: {_seconds(reference)}",
                f"{ratio:.2f}x",
                _target(figure),
                met_text,
            )
        )
    rows.extend(_memory_rows(figures))
    return rows


def _target(figure: Figure) -> str:
    if figure.target is None:
        return "(for information)"
    if figure.reference is None:
        return f"< {figure.target:g} s"
    return f"≤ {figure.target:g}x"


def _yes(met: bool) -> str:
    return "yes" if met else "**no**"


def _memory_rows(figures: dict[str, Figure]) -> list[Row]:
    rows = []
    imports = [
        figures[key]
        for key in ("import", "reimport", "reimport-same", "reimport-5pct", "surveys")
        if key in figures and figures[key].samples and not figures[key].status
    ]
    if imports:
        worst = max(imports, key=lambda f: peak(f.samples))
        top = peak(worst.samples)
        detail = ", ".join(f"{f.key} {_mib(peak(f.samples))}" for f in imports)
        rows.append(
            Row(
                "peak memory of the imports (highest of every run)",
                f"{_mib(top)} ({detail})",
                "—",
                "—",
                "≤ 64 MiB",
                _yes(top <= 64 * MIB),
            )
        )
    big, small = figures.get("import"), figures.get("import-small")
    if big and small and big.samples and small.samples and not (big.status or small.status):
        large = statistics.median(s.peak_bytes for s in big.samples)
        little = statistics.median(s.peak_bytes for s in small.samples)
        growth = large / little - 1
        rows.append(
            Row(
                "peak memory, 1M-row vs 100k-row import (medians)",
                f"{_mib(int(large))} vs {_mib(int(little))}",
                "—",
                f"{growth:+.1%}",
                "within 10 %",
                _yes(abs(growth) <= 0.10),
            )
        )
    monthly = figures.get("monthly")
    if monthly and monthly.samples and not monthly.status:
        top = peak(monthly.samples)
        rows.append(
            Row(
                "peak memory of `thidua report monthly`",
                _mib(top),
                "—",
                "—",
                "≤ 200 MiB",
                _yes(top <= 200 * MIB),
            )
        )
    return rows


def markdown(rows: list[Row]) -> str:
    lines = [
        "| figure | program (median) | reference (median) | ratio | target | met |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        cells = [r.figure, r.program, r.reference or "—", r.ratio or "—", r.target, r.met]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines)


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "unknown"
    shell = subprocess.run(
        [sqlite3_cli(), "--version"], capture_output=True, text=True, check=False
    ).stdout.split()
    memory = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
    except OSError:
        pass
    return {
        "CPU": cpu,
        "cores": str(os.cpu_count()),
        "memory": memory or "unknown",
        "system": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "SQLite (Python's sqlite3 module)": sqlite3.sqlite_version,
        "SQLite (sqlite3 shell)": shell[0] if shell else "unknown",
    }


def write_docs(readme: Path, table: str, runs: int, rows: int) -> None:
    """Replace the README's "Performance" section (up to the next ``## `` heading)."""
    facts = "\n".join(f"- {key}: {value}" for key, value in machine().items())
    section = DOCS.format(
        table=table,
        machine=facts,
        runs=runs,
        rows=f"{rows:,}",
        as_of=AS_OF,
        memory=MEMORY_METHOD,
    )
    text = readme.read_text(encoding="utf-8")
    heading = "\n## Performance\n"
    start = text.index(heading) + 1
    end = text.find("\n## ", start)
    end = len(text) if end < 0 else end + 1
    readme.write_text(text[:start] + section + "\n" + text[end:], encoding="utf-8")


DOCS = """## Performance

A whole city's dossiers fit in one SQLite file, and `thidua` stays usable there.
`python benchmarks/run.py` (see `benchmarks/README.md`) generates a deterministic city of
{rows} dossiers received from April 2019 to December 2021 (about 30,000 a month) with 300,000
satisfaction answers, then times every command against a reference measured in the same run on
the same machine: the median of {runs} whole-process runs of each (15 for the sub-second ones)
after a warm-up, interleaved. Queries ask about {as_of} (check), June 2021 (form 06, month; the
monthly batch) and 2021 (form 06, year). Peak memory is each process's own peak resident set
size, from {memory}.

Last measured on:

{machine}

{table}

"A new database" holds only the procedure list, as it does when an office imports its first
export. The re-import that updates every row reads a later export of the same dossiers in which
every row changed (another officer, another time of day for the result). Offices export the
whole year every day, so the re-imports that matter most are of the identical file (nothing
changes) and of the first export with one dossier in twenty changed: a re-import skips the rows
it has already read, from their bytes, before parsing them (`importing/unchanged.py`).

The floors are what no implementation here can go below. The two "Python floor" rows are
`benchmarks/floor.py`: Python's `csv` reading each file and one `executemany` inserting its rows as
they are into a table without index, nothing checked or converted. The next two add only the
storage an import cannot skip: the dossiers table's unique code and receipt-day index; for the
answers, the key that finds an answer again in a later export and the officer and unit of its
dossier. The workbook floor is xlsxwriter alone writing as many cells as the monthly batch's
workbook holds. A **no** whose floor is already at or above its target cannot be reached in Python
over SQLite on such a machine; `benchmarks/README.md` says where each one's time goes.
"""


# --- main --------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=MIN_RUNS)
    parser.add_argument("--rows", type=int, default=generate.ROWS)
    parser.add_argument("--only", default="")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--write-docs", action="store_true")
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.runs < MIN_RUNS:
        parser.error(f"--runs must be at least {MIN_RUNS}")
    data = args.data or (
        generate.DEFAULT_OUT if args.rows == generate.ROWS else HERE / "data" / f"rows-{args.rows}"
    )
    work = args.work or HERE / "work"
    bench = Bench(data, work, args.rows)
    if args.list:
        for figure in bench.figures():
            print(f"{figure.key:15} {figure.label}")
        return 0
    bench.ensure_data()
    bench.prepare_databases()
    figures = {f.key: f for f in bench.figures()}
    wanted = [k for k in args.only.split(",") if k] or list(figures)
    unknown = [k for k in wanted if k not in figures]
    if unknown:
        parser.error(f"unknown figure: {', '.join(unknown)} (see --list)")
    chosen = {k: f for k, f in figures.items() if k in wanted}
    for figure in chosen.values():
        if figure.needs and not bench.available(*figure.needs):
            figure.status = "not available in this version"
            continue
        _say(f"measuring {figure.key} ...")
        measure(figure, args.runs, bench.work)
    table = markdown(rows_of(chosen))
    print(table)
    if args.write_docs:
        target = ROOT / "README.md"
        write_docs(target, table, args.runs, args.rows)
        _say(f"written to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
