"""The monthly batch: every report of a period, written in one run to one folder.

``gather`` builds the reports (the dossiers received in the period, the deadline check and the
statuses at its last day, form 06, and the satisfaction, compliance, enrolment and award reports
when this version has them); ``write_batch`` writes the Excel workbook, the HTML page and the
CSV and JSON of each report into the period's own folder inside the one given. File names are made here from fixed words and the parsed period,
never from text a user typed, and each is checked to stay inside the folder given.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from thidua_cli.errors import UsageError
from thidua_cli.reports.model import Chart, Column, Report, ReportTable
from thidua_cli.text.formats import day_of_month
from thidua_cli.text.messages import language_of, text

if TYPE_CHECKING:
    from thidua_cli.files import Kept

T = Callable[..., str]
Note = Callable[[str, dict[str, Any]], None]
Step = Callable[[str], None]

STEM = "bao-cao"
CHECK_WITHIN = 2
# The most rows of one list the HTML page prints (about four A4 pages).
PAGE_ROWS = 200
UNIT_STATUSES = (
    ("early", "finished_early"),
    ("on_time", "finished_on_time"),
    ("late", "finished_late"),
    ("in_time", "open_in_time"),
    ("overdue", "open_overdue"),
)


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    month: str | None = None  # "YYYY-MM" when the period is one calendar month

    @property
    def folder(self) -> str:
        """The batch's own folder inside ``--out``: ``2021-06``, or ``2021-06-01_2021-06-15``."""
        return self.stem.removeprefix(f"{STEM}-")

    @property
    def stem(self) -> str:
        """The files' common name: ``bao-cao-2021-06``, or ``bao-cao-2021-06-01_2021-06-15``."""
        if self.month is not None:
            return f"{STEM}-{self.month}"
        return f"{STEM}-{self.start.isoformat()}_{self.end.isoformat()}"


def month_period(value: str) -> Period:
    """``06/2021``, ``6/2021`` or ``2021-06`` → the whole month; anything else (a path, ``..``,
    a day) is a usage error."""
    from thidua_cli.text.dates import DateTextError, read_month

    try:
        year, month = read_month(value)
    except DateTextError as exc:
        raise UsageError(exc.key, **exc.params) from None
    if not 2000 <= year <= 2050:
        raise UsageError("monthly.bad_month", value=value)
    start = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return Period(start, following - timedelta(days=1), f"{year:04d}-{month:02d}")


def period_of(month: str | None, start: date | None, end: date | None) -> Period:
    if month is not None:
        if start is not None or end is not None:
            raise UsageError("monthly.period_conflict")
        return month_period(month)
    if start is None or end is None:
        raise UsageError("monthly.period_needed")
    if end < start:
        raise UsageError("monthly.bad_period", start=start, end=end)
    return Period(start, end)


def safe_path(directory: Path, name: str) -> Path:
    """``directory / name``, refused when the name could leave the folder."""
    if (
        not name
        or name != Path(name).name
        or "/" in name
        or "\\" in name
        or ".." in name
        or name.startswith(".")
    ):
        raise UsageError("monthly.unsafe_name", name=name, directory=str(directory))
    path = directory / name
    # The folder itself, not the file: a symlink already at that name is replaced by the
    # rename, never followed.
    if path.parent.resolve() != directory.resolve():
        raise UsageError("monthly.unsafe_name", name=name, directory=str(directory))
    return path


# --- the overview: week by week, unit by unit ---------------------------------------------


def overview_report(conn: sqlite3.Connection, period: Period, t: T) -> Report:
    from thidua_cli.domain.campaign import rate
    from thidua_cli.store.monthly import weekly_results
    from thidua_cli.store.queries import form06_rows

    lang = language_of(t)
    found = {w["week"]: w for w in weekly_results(conn, period.start, period.end)}
    monday = period.start - timedelta(days=period.start.weekday())
    weeks = []
    number = 0
    while monday + timedelta(days=7 * number) <= period.end:
        first = max(monday + timedelta(days=7 * number), period.start)
        last = min(monday + timedelta(days=7 * number + 6), period.end)
        counts = found.get(number, {"finished": 0, "early": 0, "on_time": 0, "late": 0})
        weeks.append(
            {
                "week": t(
                    "monthly.week_label",
                    number=number + 1,
                    start=day_of_month(first, lang),
                    end=day_of_month(last, lang),
                ),
                "start": first.isoformat(),
                "end": last.isoformat(),
                "finished": counts["finished"],
                "early": counts["early"],
                "on_time": counts["on_time"],
                "late": counts["late"],
                "on_time_share": rate(counts["early"] + counts["on_time"], counts["finished"]),
            }
        )
        number += 1
    unit_rows = form06_rows(conn, period.start, period.end, "unit")
    units = [
        {
            "unit": row["group"],
            **{status: row[key] for status, key in UNIT_STATUSES},
            "total": row["received_total"],
        }
        for row in unit_rows
    ]
    status = {s: t(f"status.{s}") for s, _ in UNIT_STATUSES}
    weekly = ReportTable(
        "weeks",
        t("monthly.weekly.title"),
        [
            Column("week", t("monthly.col.week")),
            Column("start", t("monthly.col.week_start"), "date"),
            Column("end", t("monthly.col.week_end"), "date"),
            Column("finished", t("monthly.col.finished"), "int"),
            Column("early", status["early"], "int"),
            Column("on_time", status["on_time"], "int"),
            Column("late", status["late"], "int"),
            Column("on_time_share", t("monthly.col.on_time_share"), "rate"),
        ],
        weeks,
    )
    unknown = t("monthly.unknown_unit")
    by_unit = ReportTable(
        "units",
        t("monthly.units.title"),
        [
            Column("unit", t("col.unit"), labels={"": unknown, None: unknown}),
            *(Column(s, status[s], "int") for s, _ in UNIT_STATUSES),
            Column("total", t("monthly.col.total"), "int"),
        ],
        units,
    )
    return Report(
        name="overview",
        title=t("monthly.overview.title"),
        data={
            "from": period.start.isoformat(),
            "to": period.end.isoformat(),
            "weeks": weeks,
            "units": units,
        },
        tables=[weekly, by_unit],
        charts=[
            Chart(
                "weekly_on_time",
                t("monthly.chart.weekly"),
                "weeks",
                "week",
                ("on_time_share",),
                kind="column",
            ),
            Chart(
                "status_by_unit",
                t("monthly.chart.units"),
                "units",
                "unit",
                tuple(s for s, _ in UNIT_STATUSES),
                kind="stacked",
            ),
        ],
        sheet=t("export.sheet.overview"),
    )


# --- gathering every report -----------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """One report of the batch: its name, and how to build it (None when it cannot be)."""

    name: str
    build: Callable[[], Report | None]


def _builder(module: str, function: str) -> Callable[..., Any] | None:
    """``reports.<module>.<function>`` when this version has it, else None.

    Only a missing module or function counts as "not there": an error raised while a report is
    built is a real failure and is not hidden.
    """
    import importlib

    try:
        found = importlib.import_module(f"thidua_cli.reports.{module}")
    except ModuleNotFoundError as exc:
        if exc.name != f"thidua_cli.reports.{module}":
            raise
        return None
    builder = getattr(found, function, None)
    return builder if callable(builder) else None


# How a person reads each report's name: its sheet's name in the workbook.
REPORT_NAMES = {
    "overview": "export.sheet.overview",
    "dossiers": "export.sheet.dossiers",
    "check": "export.sheet.check",
    "form06": "export.sheet.form06",
    "satisfaction": "satisfaction.sheet",
    "compliance": "compliance.sheet",
    "enrollment": "enrollment.sheet",
    "awards": "awards.sheet",
    "campaign": "monthly.report.campaign",
}


def report_name(name: str, t: T) -> str:
    return t(REPORT_NAMES[name]) if name in REPORT_NAMES else name


def load_campaign(conn: sqlite3.Connection, code: str | None, note: Note, t: T) -> Any:
    """The campaign named by ``--campaign`` (a usage error when unknown), or None."""
    if code is None:
        return None
    try:
        from thidua_cli.reports.campaigns import get_campaign
    except ImportError:
        note("monthly.skipped", {"report": report_name("campaign", t)})
        return None
    return get_campaign(conn, code)


def sources(
    conn: sqlite3.Connection,
    period: Period,
    campaign: Any,
    t: T,
    note: Note,
    *,
    day: date | None = None,
) -> list[Source]:
    """The batch's reports, each built when asked; ``day`` is the date form 06 bears."""
    from thidua_cli.reports.check import build_check_report
    from thidua_cli.reports.dossiers import build_dossiers_report
    from thidua_cli.reports.form06 import build_form06_report
    from thidua_cli.store.queries import DossierFilter

    received = DossierFilter(received_from=period.start, received_to=period.end)

    def optional(name: str, function: str, call: Callable[[Any], Report | None]) -> Source:
        def build() -> Report | None:
            builder = _builder(name, function)
            if builder is None:
                note("monthly.skipped", {"report": report_name(name, t)})
                return None
            return call(builder)

        return Source(name, build)

    def with_campaign(name: str, call: Callable[[Any], Report | None]) -> Callable[[Any], Any]:
        def run(builder: Any) -> Report | None:
            if campaign is None:
                note("monthly.needs_campaign", {"report": report_name(name, t)})
                return None
            return call(builder)

        return run

    return [
        Source("overview", lambda: overview_report(conn, period, t)),
        Source("dossiers", lambda: build_dossiers_report(conn, period.end, received, t)),
        Source("check", lambda: build_check_report(conn, period.end, CHECK_WITHIN, t)),
        Source(
            "form06",
            lambda: build_form06_report(conn, period.start, period.end, "field", t, day),
        ),
        optional(
            "satisfaction",
            "build_satisfaction",
            lambda build: build(conn, t, by="officer", start=period.start, end=period.end),
        ),
        optional(
            "compliance",
            "build_compliance",
            # The report comes with the codes it left out; form 06's warning already names them.
            with_campaign("compliance", lambda build: build(conn, campaign, period.end, t)[0]),
        ),
        optional("enrollment", "enrollment_report", lambda build: build(conn, t, campaign)),
        optional(
            "awards",
            "awards_report",
            with_campaign("awards", lambda build: build(conn, campaign, t)),
        ),
    ]


# --- writing the batch ----------------------------------------------------------------------


@dataclass(frozen=True)
class Written:
    path: Path
    kind: str  # xlsx, html, csv, json
    report: str  # the report's short name, "" for the files holding every report


def planned_files(period: Period, reports: Sequence[Report]) -> list[tuple[str, str, str]]:
    """(file name, kind, report name) of every file the batch writes, in order."""
    files = [(f"{period.stem}.xlsx", "xlsx", ""), (f"{period.stem}.html", "html", "")]
    for report in reports:
        for kind in ("csv", "json"):
            files.append((f"{period.stem}-{report.name}.{kind}", kind, report.name))
        # A table a report's CSV leaves out, for a spreadsheet of its own (the award
        # candidates' evidence beside the proposal list): "<report>-<table>.csv".
        for table in report.csv_extra:
            stem = f"{period.stem}-{report.name}-{table.replace('_', '-')}"
            files.append((f"{stem}.csv", "csv_table", f"{report.name}:{table}"))
    return files


def write_batch(
    reports: Sequence[Report],
    period: Period,
    directory: Path,
    lang: str,
    *,
    title: str,
    subtitle: str,
    step: Step,
    kept: Kept,
) -> list[Written]:
    """Write every file of the batch into ``directory``'s folder for the period, as one swap.

    The folder is built beside its final name and renamed into place only when every file is
    written (``files.replacing_folder``): a reader sees the whole old batch or the whole new one,
    and nothing else in ``directory`` is touched. ``step`` is told of each file before it is
    written.
    """
    from thidua_cli.files import replacing, replacing_folder, write_text
    from thidua_cli.reports.exporters import csv_out, json_out
    from thidua_cli.reports.exporters.html import Limit, write_page
    from thidua_cli.reports.exporters.xlsx import default_sheet_name, write_workbook

    by_name = {r.name: r for r in reports}
    final = safe_path(directory, period.folder)
    # Every name is checked before the first file is written: a refused name writes nothing.
    plan = [
        (safe_path(final, name), kind, report)
        for name, kind, report in planned_files(period, reports)
    ]
    # The page is for reading and printing: a long list shows its first rows and names the CSV
    # beside it, which has them all (as does the workbook).
    limits = {r.name: Limit(PAGE_ROWS, f"{period.stem}-{r.name}.csv") for r in reports}
    written = []
    with replacing_folder(final, kept) as building:
        for path, kind, name in plan:
            step(path.name)
            target = building / path.name
            if kind == "xlsx":
                with replacing(target, kept) as temporary:
                    write_workbook(temporary, reports, lang, title=title, subtitle=subtitle)
            elif kind == "html":
                write_text(
                    target,
                    kept,
                    lambda s: write_page(
                        s, reports, lang, title=title, subtitle=subtitle, limits=limits
                    ),
                )
            elif kind == "csv":
                # With a BOM: these files are opened in Excel.
                write_text(target, kept, partial(csv_out.write, by_name[name], bom=True))
            elif kind == "csv_table":
                report_name, table = name.split(":")
                extra = by_name[report_name].table(table)
                write_text(target, kept, partial(csv_out.write_table, extra, bom=True))
                # Named for what it holds, apart from its report's own CSV.
                said = text(f"monthly.extra.{report_name}.{table}", lang)
                written.append(Written(path, "csv", said))
                continue
            else:
                write_text(target, kept, partial(json_out.write, by_name[name]))
            sheet = default_sheet_name(by_name[name], lang) if name else ""
            written.append(Written(path, kind, sheet))
    return written
