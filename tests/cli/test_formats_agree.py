"""One model, many renderings, proven equal: every report in every format says what its JSON says.

Each report is rendered by the command line in every format, on the sample month and on a month
where targets fail; each file is read back as its reader would (openpyxl, the csv module, an HTML
parser, the Markdown table, the terminal's table) and every verdict, count and rate in it is
compared with the JSON the same command prints. The monthly batch's workbook and page are read
back against the batch's own JSON files.

Expected values come from the JSON alone. The report's model (built in-process) is used only to
know where each table is and which heading holds which key; the words a person reads are written
here as the contract wants them, not taken from the program's catalogue.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from month_data import load_june

from conftest import Cli, write_csv
from thidua_cli.domain.campaign import RATE_NAMES as RATE_METRICS
from thidua_cli.reports.model import Column, Report, ReportTable
from thidua_cli.text.messages import text

SAMPLE = Path(__file__).parents[2] / "sample_data"
VERDICTS = {"Đạt": True, "Không đạt": False, "Chưa có số liệu": None}
PROPOSED = {"Đề nghị khen thưởng": True, "Chưa đủ tiêu chuẩn": False}
YES_NO = {"Có": True, "Không": False}
MARKS = {"✓": True, "✗": False}


# --- what a cell must say ---------------------------------------------------------------------


@dataclass(frozen=True)
class Rate:
    value: float | None


@dataclass(frozen=True)
class Count:
    value: int | None


@dataclass(frozen=True)
class Verdict:
    value: bool | None
    words: dict[str, bool | None] = field(default_factory=lambda: VERDICTS)


@dataclass(frozen=True)
class Flag:
    value: bool


@dataclass(frozen=True)
class Words:
    value: str


@dataclass(frozen=True)
class Marked:
    """A value judged against a requirement: the value, and ✓ / ✗ beside it."""

    inner: Rate | Count
    met: bool | None


Expect = Rate | Count | Verdict | Flag | Words | Marked
Rows = list[dict[str, Expect]]


def measure(metric: str, value: float | None) -> Rate | Count:
    return Rate(value) if metric in RATE_METRICS else Count(None if value is None else int(value))


# An undefined rate, in the words of the language the tests run in.
NA = text("export.na", "vi")


def read_rate(shown: str) -> float | None:
    if shown == NA:
        return None
    assert shown.endswith("%"), shown
    return (
        float(shown[:-1].replace(".", "").replace(",", ".") if "," in shown else shown[:-1]) / 100
    )


def read_count(shown: str) -> int | None:
    if shown in ("", NA):
        return None
    assert re.fullmatch(r"-?\d{1,3}([.\u00a0 ]?\d{3})*", shown), shown
    return int(re.sub(r"[.\u00a0 ]", "", shown))


def check_text(expected: Expect, shown: str, where: str) -> None:
    """``shown`` (a cell of a text format, for people) says ``expected``."""
    shown = shown.strip()
    if isinstance(expected, Marked):
        mark = shown[-1] if shown[-1:] in MARKS else None
        assert (MARKS[mark] if mark else None) == expected.met, where
        check_text(expected.inner, shown[:-1].strip() if mark else shown, where)
    elif isinstance(expected, Rate):
        # The terminal marks a satisfaction rate from too few answers with a star.
        found = read_rate(shown.removesuffix(" *"))
        if expected.value is None:
            assert found is None, where
        else:
            assert found == pytest.approx(expected.value, abs=0.0005), where
    elif isinstance(expected, Count):
        assert read_count(shown) == expected.value, where
    elif isinstance(expected, Verdict):
        assert shown in expected.words, where
        assert expected.words[shown] == expected.value, where
    elif isinstance(expected, Flag):
        assert YES_NO[shown] == expected.value, where
    else:
        assert shown == expected.value, where


def check_xlsx(expected: Expect, cell: Any, where: str) -> None:
    """An Excel cell says ``expected``: numbers are numbers, rates carry a percent format, every
    text is a string cell written as it is."""
    value, number_format = cell.value, cell.number_format
    if isinstance(expected, Marked) and cell.data_type == "s":
        check_text(expected, value, where)  # "n/a ✗": judged without a number
    elif isinstance(expected, Marked):
        marks = [m for m in MARKS if m in number_format]
        if expected.met is None:
            assert not marks, where
        else:
            assert marks == [next(m for m, v in MARKS.items() if v == expected.met)], where
        check_xlsx(expected.inner, cell, where)
    elif isinstance(expected, Rate):
        if expected.value is None:
            assert value == NA, where
        else:
            assert isinstance(value, float | int) and not isinstance(value, bool), where
            assert "%" in number_format, where
            assert value == pytest.approx(expected.value), where
    elif isinstance(expected, Count):
        if expected.value is None:
            assert value in (None, ""), where
        else:
            assert type(value) is int, where
            assert value == expected.value, where
    else:
        assert cell.data_type == "s", where
        check_text(expected, str(value), where)


def check_csv(expected: Any, shown: str, where: str) -> None:
    """A CSV cell holds the JSON's raw value: fractions, true / false / empty."""
    if expected is None:
        assert shown == "", where
    elif isinstance(expected, bool):
        assert shown == ("true" if expected else "false"), where
    elif isinstance(expected, int | float):
        assert float(shown) == pytest.approx(expected), where
    else:
        assert shown == str(expected), where


# --- what the JSON says each table holds --------------------------------------------------------


@dataclass
class Expected:
    tables: dict[str, Rows]  # table name -> rows, each key -> what its cell must say
    totals: dict[str, dict[str, Expect]] = field(default_factory=dict)
    csv: list[dict[str, Any]] = field(default_factory=list)  # the CSV's rows, raw


def _counts(d: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Expect]:
    return {key: Count(d[key]) for key in keys}


DOSSIER_COUNTS = ("finished", "early", "on_time", "late", "open_in_time", "open_overdue")


def compliance(data: dict[str, Any]) -> Expected:
    scopes = [*data["phases"], data["overall"]]
    phases: Rows = [
        {
            **_counts(scope["dossiers"], DOSSIER_COUNTS),
            "on_time_rate": Rate(scope["on_time_rate"]),
            "late_count": Count(scope["late_count"]),
            "received": Count(scope["online"]["received"]),
            "online": Count(scope["online"]["online"]),
            "online_rate": Rate(scope["online"]["rate"]),
            "answers": Count(scope["satisfaction"]["answers"]),
            "satisfaction_rate": Rate(scope["satisfaction"]["rate"]),
        }
        for scope in scopes
    ]
    targets: Rows = [
        {"actual": measure(t["metric"], t["actual"]), "met": Verdict(t["met"])}
        for scope in scopes
        for t in scope["targets"]
    ]
    breakdown = {
        f"by_{by}": [
            {
                **_counts(row, DOSSIER_COUNTS),
                "on_time_rate": Rate(row["on_time_rate"]),
                "late_count": Count(row["late_count"]),
                "answers": Count(row["answers"]),
                "satisfaction_rate": Rate(row["satisfaction_rate"]),
            }
            for row in data[f"by_{by}"]
        ]
        for by in ("unit", "officer")
    }
    late: Rows = [
        {
            "code": Words(d["code"]),
            "working_days_late": Count(d["working_days_late"]),
            "apology": Flag(d["apology"]),
        }
        for d in data["late_dossiers"]
    ]
    raw = [
        {"metric": t["metric"], "target": t["target"], "actual": t["actual"], "met": t["met"]}
        for scope in scopes
        for t in scope["targets"]
    ]
    return Expected(
        {"phases": phases, "targets": targets, **breakdown, "late_dossiers": late}, csv=raw
    )


def awards(data: dict[str, Any]) -> Expected:
    def rows(entries: list[dict[str, Any]]) -> Rows:
        return [
            {
                "name": Words(e["name"]),
                "eligible": Verdict(e["eligible"], PROPOSED),
                **{
                    criterion: Marked(measure(criterion, c["value"]), c["met"])
                    for criterion, c in e["criteria"].items()
                },
                "reasons": Words(" ".join(e["reasons"])),
            }
            for e in entries
        ]

    def listed(entries: list[dict[str, Any]]) -> Rows:
        keys = ("name", "title", "unit", "achievements", "form")
        return [{"no": Count(e["no"]), **{k: Words(e[k]) for k in keys if k in e}} for e in entries]

    proposal = data["proposal"]
    # The CSV is the list an office sends: units, then individuals.
    raw = [
        {"list": f"proposal_{kind}", **entry}
        for kind in ("units", "individuals")
        for entry in proposal[kind]
    ]
    tables = {
        "proposal_units": listed(proposal["units"]),
        "proposal_individuals": listed(proposal["individuals"]),
        "evidence_units": rows(data["units"]),
        "evidence_individuals": rows(data["individuals"]),
    }
    return Expected({k: v for k, v in tables.items() if v}, csv=raw)


FORM06_KEYS = (
    "received_total",
    "received_online",
    "received_direct_postal",
    "carried_over",
    "finished_total",
    "finished_early",
    "finished_on_time",
    "finished_late",
    "open_total",
    "open_in_time",
    "open_overdue",
)


def form06(data: dict[str, Any]) -> Expected:
    return Expected(
        {"form06": [_counts(row, FORM06_KEYS) for row in data["rows"]]},
        totals={"form06": _counts(data["total"], FORM06_KEYS)},
        csv=[{k: row[k] for k in FORM06_KEYS} for row in [*data["rows"], data["total"]]],
    )


def satisfaction(data: dict[str, Any]) -> Expected:
    def row(r: dict[str, Any]) -> dict[str, Expect]:
        return {
            **_counts(r, ("answers", "satisfied")),
            "rate": Rate(r["rate"]),
            "few_answers": Flag(r["few_answers"]),
        }

    return Expected(
        {"satisfaction": [row(r) for r in data["rows"]]},
        totals={"satisfaction": row(data["total"])},
        csv=[{"answers": r["answers"], "rate": r["rate"]} for r in data["rows"]],
    )


def enrollment(data: dict[str, Any]) -> Expected:
    tables: dict[str, Rows] = {
        "schools": [
            {**_counts(r, ("total", "online")), "rate": Rate(r["rate"])} for r in data["rows"]
        ],
        "levels": [
            {**_counts(r, ("total", "online")), "lowest_rate": Rate(r["lowest_rate"])}
            for r in data["levels"]
        ],
    }
    if data["target"] is not None:
        target = data["target"]
        tables["target"] = [{"actual": Rate(target["actual"]), "met": Verdict(target["met"])}]
    raw = [{"total": r["total"], "online": r["online"], "rate": r["rate"]} for r in data["rows"]]
    return Expected(tables, csv=raw)


def _dossier(d: dict[str, Any]) -> dict[str, Expect]:
    return {
        "code": Words(d["code"]),
        "working_days_late": Count(d["working_days_late"]),
        "apology": Flag(d["apology"]),
    }


def dossiers(data: list[dict[str, Any]]) -> Expected:
    raw = [{"code": d["code"], "status": d["status"]} for d in data]
    return Expected({"dossiers": [_dossier(d) for d in data]}, csv=raw)


def check(data: dict[str, Any]) -> Expected:
    lists = ("overdue", "due_soon", "apology_needed")
    raw = [{"list": name, "code": d["code"]} for name in lists for d in data[name]]
    return Expected({name: [_dossier(d) for d in data[name]] for name in lists}, csv=raw)


def overview(data: dict[str, Any]) -> Expected:
    weeks: Rows = [
        {
            **_counts(w, ("finished", "early", "on_time", "late")),
            "on_time_share": Rate(w["on_time_share"]),
        }
        for w in data["weeks"]
    ]
    units: Rows = [
        _counts(u, ("early", "on_time", "late", "in_time", "overdue", "total"))
        for u in data["units"]
    ]
    return Expected({"weeks": weeks, "units": units})


EXPECTED: dict[str, Callable[[Any], Expected]] = {
    "compliance": compliance,
    "awards": awards,
    "form06": form06,
    "satisfaction": satisfaction,
    "enrollment": enrollment,
    "dossiers": dossiers,
    "check": check,
    "overview": overview,
}


# --- where each table is in each format ---------------------------------------------------------


@dataclass
class Layout:
    """Where a table of the report sits, from the model: its title and the people's columns."""

    table: ReportTable
    report_title: str

    @property
    def columns(self) -> list[Column]:
        return self.table.people_columns()

    @property
    def offset(self) -> int:
        return 1 if self.table.row_numbers else 0

    def index(self, key: str) -> int:
        return self.offset + [c.key for c in self.columns].index(key)

    @property
    def headings(self) -> list[str]:
        numbers = ["STT"] if self.table.row_numbers else []
        return numbers + [c.heading for c in self.columns]

    @property
    def titled(self) -> bool:
        return bool(self.table.title) and self.table.title != self.report_title


class Page(HTMLParser):
    """Every table of an HTML page: (section id, data-table) -> head, body and foot rows."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[tuple[str, str], dict[str, list[list[str]]]] = {}
        self.section = ""
        self.current: dict[str, list[list[str]]] | None = None
        self.part = "body"
        self.row: list[str] | None = None
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "section":
            self.section = str(attributes.get("id"))
        elif tag == "table":
            self.current = {"head": [], "body": [], "foot": []}
            self.tables[(self.section, str(attributes.get("data-table")))] = self.current
        elif tag in ("thead", "tbody", "tfoot"):
            self.part = {"thead": "head", "tbody": "body", "tfoot": "foot"}[tag]
        elif tag == "tr" and self.current is not None:
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.row is not None and self.cell is not None:
            self.row.append("".join(self.cell))
            self.cell = None
        elif tag == "tr" and self.current is not None and self.row is not None:
            self.current[self.part].append(self.row)
            self.row = None
        elif tag == "table":
            self.current = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def html_rows(path: Path, report: str, layout: Layout) -> tuple[list[list[str]], list[str] | None]:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    found = page.tables[(f"report-{report}", layout.table.name)]
    numbered = any(c.number for c in layout.columns)
    assert found["head"][-2 if numbered else -1] == layout.headings
    return found["body"], (found["foot"][0] if found["foot"] else None)


def _md_cells(line: str) -> list[str]:
    inner = line.strip()[1:-1]
    cells = re.split(r"(?<!\\)\|", inner)
    # As a Markdown reader shows them: entities (&lt;) as the characters they stand for.
    return [
        html.unescape(c.strip().replace("\\|", "|").replace("\\\\", "\\").replace("<br>", "\n"))
        for c in cells
    ]


def markdown_rows(
    text: str, layout: Layout, count: int
) -> tuple[list[list[str]], list[str] | None]:
    lines = text.splitlines()

    def heading(c: Column) -> str:
        return (f"{c.group}: {c.heading}" if c.group else c.heading) + (
            f" {c.number}" if c.number else ""
        )

    wanted = (["STT"] if layout.table.row_numbers else []) + [heading(c) for c in layout.columns]
    starts = [
        i
        for i, line in enumerate(lines)
        if line.startswith("| ")
        and _md_cells(line) == wanted
        and (not layout.titled or lines[i - 2] == f"### {layout.table.title}")
    ]
    assert len(starts) == 1, (layout.table.name, starts)
    body = []
    for line in lines[starts[0] + 2 :]:
        if not line.startswith("|"):
            break
        body.append(_md_cells(line))
    total = None
    if layout.table.total is not None:
        total = [c.strip("*") for c in body[count]]
    return body[:count], total


def xlsx_rows(sheet: Any, layout: Layout, count: int) -> tuple[list[list[Any]], list[Any] | None]:
    rows = list(sheet.iter_rows())
    width = len(layout.headings)
    starts = []
    for i, row in enumerate(rows):
        if [c.value for c in row[:width]] != layout.headings:
            continue
        if layout.titled and not any(
            r[0].value == layout.table.title for r in rows[max(0, i - 2) : i]
        ):
            continue
        starts.append(i)
    assert len(starts) == 1, (layout.table.name, starts)
    first = starts[0] + 1 + (1 if any(c.number for c in layout.columns) else 0)
    body = [list(r) for r in rows[first : first + count]]
    total = list(rows[first + count]) if layout.table.total is not None else None
    return body, total


def terminal_rows(text: str, layout: Layout, count: int) -> list[list[str]]:
    """A table of the terminal view, one line per row (printed wide enough not to wrap)."""
    lines = [line for line in text.splitlines() if line.startswith(("│", "┃"))]
    cells = [[c.strip() for c in re.split("[│┃]", line)[1:-1]] for line in lines]
    starts = [i for i, row in enumerate(cells) if row == layout.headings]
    assert starts, layout.table.name
    return cells[starts[0] + 1 : starts[0] + 1 + count]


# --- running the reports --------------------------------------------------------------------


@dataclass(frozen=True)
class Command:
    name: str
    args: tuple[str, ...]
    build: Callable[[Any, Callable[..., str]], Report]
    # The tables the terminal view shows as the report's own (the others it lays out its way).
    terminal: tuple[str, ...] = ()


def _t(key: str, /, **params: Any) -> str:
    from thidua_cli.text.messages import text

    return text(key, "vi", **params)


def commands(campaign: str, as_of: str, start: str, end: str) -> list[Command]:
    from thidua_cli.reports.awards import awards_report
    from thidua_cli.reports.campaigns import get_campaign
    from thidua_cli.reports.check import build_check_report
    from thidua_cli.reports.compliance import build_compliance
    from thidua_cli.reports.dossiers import build_dossiers_report
    from thidua_cli.reports.enrollment import enrollment_report
    from thidua_cli.reports.form06 import build_form06_report
    from thidua_cli.reports.satisfaction import build_satisfaction
    from thidua_cli.store.queries import DossierFilter

    day, first, last = (date.fromisoformat(d) for d in (as_of, start, end))
    return [
        Command(
            "compliance",
            ("report", "compliance", "--campaign", campaign, "--as-of", as_of),
            lambda c, t: build_compliance(c, get_campaign(c, campaign), day, t)[0],
            terminal=("targets",),
        ),
        Command(
            "awards",
            ("awards", "--campaign", campaign),
            lambda c, t: awards_report(c, get_campaign(c, campaign), t),
        ),
        Command(
            "form06",
            ("report", "form06", "--from", start, "--to", end),
            lambda c, t: build_form06_report(c, first, last, "field", t),
        ),
        Command(
            "satisfaction",
            ("report", "satisfaction", "--campaign", campaign),
            lambda c, t: build_satisfaction(c, t, campaign=get_campaign(c, campaign)),
        ),
        Command(
            "enrollment",
            ("report", "enrollment", "--campaign", campaign),
            lambda c, t: enrollment_report(c, t, get_campaign(c, campaign)),
            terminal=("schools", "levels", "target"),
        ),
        Command(
            "dossiers",
            ("dossiers", "--as-of", as_of),
            lambda c, t: build_dossiers_report(c, day, DossierFilter(), t),
        ),
        Command(
            "check", ("check", "--as-of", as_of), lambda c, t: build_check_report(c, day, 2, t)
        ),
    ]


def model(cli: Cli, command: Command) -> Report:
    from thidua_cli.store.db import connect

    conn = connect(cli.db)
    try:
        return command.build(conn, _t)
    finally:
        conn.close()


def compare(
    report: Report,
    expected: Expected,
    fmt: str,
    path: Path,
    sheet: Any = None,
    *,
    page_rows: int | None = None,
) -> None:
    """Every expected cell of every table of ``report`` as the file ``path`` (in ``fmt``) has it."""
    text = path.read_text(encoding="utf-8") if fmt in ("md", "html", "table") else ""
    for name, rows in expected.tables.items():
        if not rows and name not in expected.totals:
            continue  # an empty list: nothing any format could contradict
        layout = Layout(report.table(name), report.title)
        total: list[Any] | None = None
        if fmt == "xlsx":
            body, total = xlsx_rows(sheet, layout, len(rows))
        elif fmt == "html":
            body, total = html_rows(path, report.name, layout)
            if page_rows is not None:
                rows = rows[:page_rows]  # the monthly page prints the first rows of a long list
        elif fmt == "md":
            body, total = markdown_rows(text, layout, len(rows))
        else:
            body = terminal_rows(text, layout, len(rows))
        assert len(body) == len(rows), (name, fmt)
        lines = [(f"{name} row {n}", row, body[n]) for n, row in enumerate(rows)]
        if name in expected.totals:
            assert total is not None, (name, fmt)
            lines.append((f"{name} total", expected.totals[name], total))
        for where, row, cells in lines:
            for key, wanted in row.items():
                cell = cells[layout.index(key)]
                place = f"{fmt}: {where}, {key}"
                if fmt == "xlsx":
                    check_xlsx(wanted, cell, place)
                else:
                    check_text(wanted, cell, place)


def compare_csv(expected: Expected, path_or_text: str) -> None:
    rows = list(csv.DictReader(io.StringIO(path_or_text.lstrip("\ufeff"))))
    assert len(rows) >= len(expected.csv)
    for n, (wanted, found) in enumerate(zip(expected.csv, rows, strict=False)):
        for key, value in wanted.items():
            check_csv(value, found[key], f"csv row {n}, {key}")


def every_format(cli: Cli, command: Command, folder: Path) -> Iterator[str]:
    """Render ``command`` in every format, compare each with its JSON; yields each format done."""
    data = cli.json(*command.args)
    expected = EXPECTED[command.name](data)
    report = model(cli, command)
    for fmt in ("xlsx", "html", "md", "csv", "table"):
        path = folder / f"{command.name}.{'txt' if fmt == 'table' else fmt}"
        if fmt == "table":
            result = cli(*command.args, env={"COLUMNS": "400"})
            path.write_text(result.stdout, encoding="utf-8")
        else:
            result = cli(*command.args, "--format", fmt, "--output", str(path))
        assert result.exit_code in (0, 1), result.stderr
        if fmt == "csv":
            compare_csv(expected, path.read_text(encoding="utf-8"))
        elif fmt == "table":
            shown = Expected({k: v for k, v in expected.tables.items() if k in command.terminal})
            compare(report, shown, fmt, path)
        else:
            sheet = openpyxl.load_workbook(path).worksheets[0] if fmt == "xlsx" else None
            compare(report, expected, fmt, path, sheet)
        yield fmt


# --- the months -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Cli, Path]:
    """The sample month as ``thidua demo`` loads it, with the monthly batch it writes."""
    folder = tmp_path_factory.mktemp("sample")
    cli = Cli(folder / "demo" / "thidua-demo.db")
    result = cli("demo", "--dir", str(folder / "demo"))
    assert result.exit_code == 0, result.stderr
    return cli, folder / "demo" / "bao-cao" / "2021-06"


FAILING_CAMPAIGN = """\
[campaign]
code = "07/KH-TRUOT"
name = "Tháng thử: chỉ tiêu không đạt"
start = 2021-06-01
end = 2021-06-30

[[phases]]
code = "P1"
name = "Nửa đầu tháng"
start = 2021-06-01
end = 2021-06-15

[[phases]]
code = "P2"
name = "Nửa sau tháng"
start = 2021-06-16
end = 2021-06-30

[[targets]]
metric = "on_time_rate"
op = "=="
value = 1

[[targets]]
metric = "late_count"
op = "=="
value = 0

[[targets]]
metric = "satisfaction_rate"
op = ">"
value = 0.95

[[targets]]
metric = "initiatives_registered"
op = ">="
value = 1

[[targets]]
metric = "online_enrollment_rate"
op = "=="
value = 1

[[awards.individual]]
criterion = "late_count"
op = "=="
value = 0

[[awards.individual]]
criterion = "on_time_rate"
op = ">="
value = 0.9

[[awards.unit]]
criterion = "late_count"
op = "=="
value = 0
"""


@pytest.fixture(scope="module")
def failing(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    """The hand-checked June of ``month_data`` judged by a campaign whose targets fail: a late
    and an overdue dossier, no survey answer (no data), no initiative, no enrolment figure."""
    from conftest import PROCEDURES

    folder = tmp_path_factory.mktemp("failing")
    cli = Cli(folder / "thidua.db")
    procedures = write_csv(
        folder / "procedures.csv", ["code", "name", "days", "cutoff", "field"], PROCEDURES
    )
    load_june(cli, folder, procedures)
    roster = write_csv(
        folder / "can-bo.csv",
        ["Họ và tên", "Đơn vị", "Chức vụ", "Đang công tác"],
        [
            ["Lê Mai", "Tổ Trung học", "Tổ trưởng", "x"],
            ["Trần Bình", "Tổ Tiểu học", "Chuyên viên", "x"],
        ],
    )
    assert cli("import", "staff", str(roster)).exit_code == 0
    plan = folder / "ke-hoach.toml"
    plan.write_text(FAILING_CAMPAIGN, encoding="utf-8")
    assert cli("campaign", "load", str(plan)).exit_code == 0
    return cli


SAMPLE_COMMANDS = commands("486/KH-GDĐT", "2021-07-01", "2021-06-01", "2021-06-30")
FAILING_COMMANDS = commands("07/KH-TRUOT", "2021-06-30", "2021-06-01", "2021-06-30")


@pytest.mark.parametrize("command", SAMPLE_COMMANDS, ids=lambda c: c.name)
def test_every_format_says_what_the_json_says_on_the_sample_month(
    sample: tuple[Cli, Path], command: Command, tmp_path: Path
) -> None:
    cli, _ = sample
    assert list(every_format(cli, command, tmp_path)) == ["xlsx", "html", "md", "csv", "table"]


@pytest.mark.parametrize("command", FAILING_COMMANDS, ids=lambda c: c.name)
def test_every_format_says_what_the_json_says_when_targets_fail(
    failing: Cli, command: Command, tmp_path: Path
) -> None:
    assert list(every_format(failing, command, tmp_path)) == ["xlsx", "html", "md", "csv", "table"]


def test_the_failing_month_fails_and_has_no_data_where_expected(failing: Cli) -> None:
    """The month above does what it is for: targets not met, and a verdict without data."""
    data = failing.json(
        "report", "compliance", "--campaign", "07/KH-TRUOT", "--as-of", "2021-06-30"
    )
    verdicts = {t["metric"]: t["met"] for t in data["overall"]["targets"]}
    assert verdicts == {
        "on_time_rate": False,
        "late_count": False,
        "satisfaction_rate": None,
        "initiatives_registered": False,
        "online_enrollment_rate": None,
    }


def test_the_monthly_batch_says_what_its_json_says(sample: tuple[Cli, Path]) -> None:
    """The batch's workbook and page, report by report, against the batch's JSON files."""
    from thidua_cli.reports.campaigns import get_campaign
    from thidua_cli.reports.exporters.xlsx import default_sheet_name
    from thidua_cli.reports.monthly import PAGE_ROWS, month_period, sources
    from thidua_cli.store.db import connect

    cli, folder = sample
    book = openpyxl.load_workbook(folder / "bao-cao-2021-06.xlsx")
    conn = connect(cli.db)
    try:
        found = sources(
            conn, month_period("2021-06"), get_campaign(conn, "486/KH-GDĐT"), _t, lambda *a: None
        )
        reports = [r for r in (source.build() for source in found) if r is not None]
    finally:
        conn.close()
    assert {r.name for r in reports} == set(EXPECTED)
    for report in reports:
        data = json.loads((folder / f"bao-cao-2021-06-{report.name}.json").read_text("utf-8"))
        expected = EXPECTED[report.name](data)
        sheet = book[default_sheet_name(report, "vi")]
        compare(report, expected, "xlsx", folder / "bao-cao-2021-06.xlsx", sheet)
        compare(report, expected, "html", folder / "bao-cao-2021-06.html", page_rows=PAGE_ROWS)
        if expected.csv:
            compare_csv(
                expected, (folder / f"bao-cao-2021-06-{report.name}.csv").read_text("utf-8")
            )
