"""The online-enrolment report: rate per school and stage, the lowest per level, the schools below
100%, beside the campaign's ``online_enrollment_rate`` target when a campaign is named."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from thidua_cli.reports.model import Chart, Column, Report, ReportTable

if TYPE_CHECKING:
    from thidua_cli.domain.campaign import Campaign

METRIC = "online_enrollment_rate"


def _target(campaign: Campaign, actual: float | None) -> dict[str, Any] | None:
    from thidua_cli.domain.campaign import judge, targets_for

    for target in targets_for(campaign, None):
        if target.metric == METRIC:
            return {
                "metric": METRIC,
                "op": target.op,
                "target": target.value,
                "actual": actual,
                "met": judge(actual, target.op, target.value),
            }
    return None


def enrollment_report(
    conn: sqlite3.Connection,
    t: Callable[..., str],
    campaign: Campaign | None = None,
    year: str | None = None,
) -> Report:
    """One school year's enrolment: ``year``, else the one the campaign judges, else the latest
    stored."""
    from thidua_cli.domain.campaign import judged_school_year
    from thidua_cli.store.emulation import (
        enrollment_levels,
        enrollment_rows,
        enrollment_years,
        lowest_enrollment_rate,
    )

    years = enrollment_years(conn)
    if year is None:
        year = judged_school_year(campaign) if campaign else (years[-1] if years else None)
    rows = enrollment_rows(conn, year)
    levels = enrollment_levels(conn, year)
    lowest = lowest_enrollment_rate(conn, year)
    # Worst first: the council looks at the furthest from 100% before the nearly there.
    below = sorted(
        (r for r in rows if r["rate"] is not None and r["rate"] < 1), key=lambda r: r["rate"]
    )
    target = _target(campaign, lowest) if campaign else None
    data = {
        "campaign": campaign.code if campaign else None,
        "school_year": year,
        "rows": rows,
        "levels": levels,
        "lowest_rate": lowest,
        "below_full": below,
        "target": target,
    }
    school_columns = [
        Column("school", t("enrollment.col.school")),
        Column("level", t("enrollment.col.level")),
        Column("stage", t("enrollment.col.stage")),
        Column("total", t("enrollment.col.total"), kind="int"),
        Column("online", t("enrollment.col.online"), kind="int"),
        Column("rate", t("enrollment.col.rate"), kind="rate"),
        # Last, so the columns a script read before keep their places; people read the year in
        # the title.
        Column("school_year", t("enrollment.col.school_year"), audience="machines"),
    ]
    level_columns = [
        Column("level", t("enrollment.col.level")),
        Column("total", t("enrollment.col.total"), kind="int"),
        Column("online", t("enrollment.col.online"), kind="int"),
        Column("lowest_rate", t("enrollment.col.lowest_rate"), kind="rate"),
        Column("lowest_school", t("enrollment.col.lowest_school")),
        Column("lowest_stage", t("enrollment.col.lowest_stage")),
    ]
    tables = [
        ReportTable("schools", t("enrollment.rows_title"), school_columns, rows, row_numbers=True),
        ReportTable("levels", t("enrollment.levels_title"), level_columns, levels),
        ReportTable(
            "below_full",
            t("enrollment.below_title"),
            school_columns,
            below,
            note="" if below or not rows else t("enrollment.all_online"),
        ),
    ]
    if target is not None:
        from thidua_cli.reports.wording import target_columns, target_row

        label = t("enrollment.target_label")
        tables.append(
            ReportTable(
                "target",
                t("enrollment.target_title", campaign=campaign.code if campaign else ""),
                target_columns(t, scope=False),
                [{**target_row(target, t), "label": label}],
            )
        )
    chart = Chart(
        name="lowest_per_level",
        title=t("enrollment.chart"),
        table="levels",
        label="level",
        values=("lowest_rate",),
        reference=target["target"] if target else None,
        reference_label=campaign.code if campaign and target else "",
    )
    title = (
        t("enrollment.title_campaign", campaign=campaign.code)
        if campaign
        else t("enrollment.title")
    )
    if year is not None:
        # The title says the year, so every format for people says which year it counts.
        title = f"{title} – {t('enrollment.col.school_year').lower()} {year}"
    report = Report(
        name="enrollment",
        title=title,
        data=data,
        tables=tables,
        charts=[chart],
        csv_table="schools",
        sheet=t("enrollment.sheet"),
    )
    if not rows:
        report.warnings.append(("enrollment.empty", {}))
    others = [y for y in years if y != year]
    if others and year is not None:
        report.warnings.append(
            ("enrollment.other_years", {"years": ", ".join(others), "year": year})
        )
    if campaign and target is None:
        report.warnings.append(("enrollment.no_target", {"campaign": campaign.code}))
    return report
