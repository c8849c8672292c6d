"""Online enrolment: per school year, school, level and stage, the applications in total and
online.

The school year ("2021-2022") is part of a row's key, so next year's figures for the same school
and stage are new rows beside this year's. It comes from the file's column (``Năm học``), else
from ``--year``; with neither, from the day of the import (the enrolment under way then), and a
warning names the year taken.
"""

from __future__ import annotations

from thidua_cli.domain.school_year import enrolment_year_of, school_year
from thidua_cli.errors import UsageError
from thidua_cli.importing.kind import ImportKind, KindOption, Run, Values
from thidua_cli.ingest import vocab
from thidua_cli.ingest.headers import TableSpec, column
from thidua_cli.ingest.rows import RowChecker
from thidua_cli.ingest.vocab import FieldError
from thidua_cli.text.normalize import person_name

COLUMNS = TableSpec(
    "enrollment",
    (
        column("school_year", "Năm học", "Năm tuyển sinh", "School year"),
        column("school", "Trường", "Tên trường", required=True),
        column("level", "Cấp học", "Bậc học", required=True),
        column("stage", "Giai đoạn", "Đợt tuyển sinh", "Đợt", required=True),
        column("total", "Tổng số hồ sơ", "Tổng số", required=True),
        column(
            "online",
            "Số hồ sơ trực tuyến",
            "Trực tuyến",
            "Tổng số hồ sơ trực tuyến",
            "Số hồ sơ nộp trực tuyến",
            "Hồ sơ trực tuyến",
            required=True,
        ),
    ),
)

FIELDS: tuple[str, ...] = (
    "school_year",
    "school",
    "level",
    "stage",
    "total",
    "online",
    "import_line",
)


def _read_year(value: object) -> str:
    year = school_year(str(value))
    if year is None:
        raise FieldError("enrollment.reason.bad_school_year")
    return year


class EnrollmentBuilder:
    def __init__(self, year: str, run: Run | None = None) -> None:
        # The year of a row whose own cell is empty; ``run`` is given when that year was only
        # assumed from today's date, to warn once.
        self.year = year
        self.assumed = run

    def __call__(self, c: RowChecker) -> Values | None:
        year = c.convert("school_year", _read_year)
        school = c.text("school", required=True)
        level = c.text("level", required=True)
        stage = c.text("stage", required=True)
        total = c.convert("total", vocab.integer, required=True)
        online = c.convert("online", vocab.integer, required=True)
        if total is not None and online is not None and online > total:
            c.fail("online", str(online), "enrollment.reason.online_above_total", total=total)
        if c.errors or school is None or level is None or stage is None:
            return None
        if year is None and self.assumed is not None:
            self.assumed.warn("enrollment.year_assumed", year=self.year)
            self.assumed = None
        return (
            year or self.year,
            person_name(school),
            person_name(level),
            person_name(stage),
            total,
            online,
            c.line,
        )


def _builder(run: Run) -> EnrollmentBuilder:
    from datetime import date

    given = run.options.get("year")
    if given is not None:
        year = school_year(given)
        if year is None:
            raise UsageError("enrollment.bad_year_option", value=given)
        return EnrollmentBuilder(year)
    return EnrollmentBuilder(enrolment_year_of(date.today()), run)


KIND = ImportKind(
    name="enrollment",
    help_key="import.enrollment.help",
    columns=COLUMNS,
    table="enrollment",
    fields=FIELDS,
    key=("school_year", "school", "level", "stage"),
    make_builder=_builder,
    options=(
        KindOption(
            "year",
            "--year",
            None,
            "enrollment.opt.year",
            text=True,
            metavar_key="meta.school_year",
        ),
    ),
)
