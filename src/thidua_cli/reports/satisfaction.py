"""The satisfaction report: answers, satisfied, rate and the level mix per group, and the comments.

A rate from fewer answers than the campaign's ``min_answers`` (5 without a campaign) is still given,
and marked ``few_answers``: three happy citizens say little about an officer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from typing import Any

from thidua_cli.domain.campaign import Campaign, rate
from thidua_cli.reports.model import Chart, Column, Report, ReportTable
from thidua_cli.store.satisfaction import LEVELS

T = Callable[..., str]
DEFAULT_MIN_ANSWERS = 5
DEFAULT_REFERENCE = 0.95


def satisfaction_target(campaign: Campaign | None) -> float:
    """The satisfaction the campaign asks for (its target's value), else the usual 95%."""
    for target in campaign.targets if campaign else ():
        if target.metric == "satisfaction_rate":
            return target.value
    return DEFAULT_REFERENCE


def summary(counts: dict[str, Any], min_answers: int) -> dict[str, Any]:
    """Counts with their rate and whether they are too few to mean much."""
    return {
        "answers": counts["answers"],
        "satisfied": counts["satisfied"],
        "rate": rate(counts["satisfied"], counts["answers"]),
        "few_answers": counts["answers"] < min_answers,
        "levels": counts["levels"],
    }


def build_satisfaction(
    conn: sqlite3.Connection,
    t: T,
    *,
    by: str = "officer",
    start: date | None = None,
    end: date | None = None,
    campaign: Campaign | None = None,
    until: date | None = None,
) -> Report:
    """Answers from ``start`` to ``end`` (a campaign's span when one is given), none after
    ``until`` (a review counts up to its date)."""
    from thidua_cli.store.satisfaction import (
        satisfaction_by,
        satisfaction_total,
        unsatisfied_comments,
    )

    if campaign is not None:
        start, end = campaign.start, campaign.end
    if until is not None:
        end = until if end is None else min(end, until)
    min_answers = campaign.min_answers if campaign else DEFAULT_MIN_ANSWERS
    rows = [
        {by: r["group"], **summary(r, min_answers)} for r in satisfaction_by(conn, by, start, end)
    ]
    total = summary(satisfaction_total(conn, start, end), min_answers)
    comments = [
        {**c, "level": dict(LEVELS)[c["rating"]]} for c in unsatisfied_comments(conn, start, end)
    ]
    reference = satisfaction_target(campaign)
    data = {
        "campaign": campaign.code if campaign else None,
        "from": start.isoformat() if start else None,
        "to": end.isoformat() if end else None,
        "by": by,
        "min_answers": min_answers,
        "target": reference,
        "rows": rows,
        "total": total,
        "comments": comments,
    }
    unknown = t("satisfaction.unknown_group")
    level_labels = {name: t(f"satisfaction.level.{name}") for _, name in LEVELS}
    table = ReportTable(
        name="satisfaction",
        title=_title(t, campaign, start, end),
        columns=[
            Column(by, t(f"satisfaction.group.{by}"), labels={None: unknown}),
            Column("answers", t("satisfaction.col.answers"), "int"),
            Column("satisfied", t("satisfaction.col.satisfied"), "int"),
            Column("rate", t("satisfaction.col.rate"), "rate"),
            Column("few_answers", t("satisfaction.col.few_answers", count=min_answers), "bool"),
            *(Column(f"level_{name}", level_labels[name], "int") for _, name in LEVELS),
        ],
        rows=[_flat(r) for r in rows],
        total={by: t("satisfaction.total"), **_flat(total)},
        note=t("satisfaction.note", count=min_answers, target=f"{reference * 100:g}%"),
    )
    comment_table = ReportTable(
        name="comments",
        title=t("satisfaction.comments_title", count=len(comments)),
        columns=[
            Column("date", t("col.date"), "date"),
            Column("officer", t("col.officer"), labels={None: unknown}),
            Column("dossier_code", t("col.code")),
            Column("level", t("satisfaction.col.level"), labels=level_labels),
            Column("comment", t("satisfaction.col.comment")),
        ],
        rows=comments,
    )
    chart = Chart(
        name="satisfaction_rate",
        title=t("satisfaction.chart", group=t(f"satisfaction.group.{by}")),
        table="satisfaction",
        label=by,
        values=("rate",),
        kind="bar",
        reference=reference,
        reference_label=t("satisfaction.chart_reference", target=f"{reference * 100:g}%"),
    )
    return Report(
        name="satisfaction",
        title=table.title,
        data=data,
        tables=[table, comment_table],
        charts=[chart],
        csv_table="satisfaction",
        sheet=t("satisfaction.sheet"),
    )


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    flat = {k: v for k, v in row.items() if k != "levels"}
    flat.update({f"level_{name}": row["levels"][name] for _, name in LEVELS})
    return flat


def _title(t: T, campaign: Campaign | None, start: date | None, end: date | None) -> str:
    if campaign is not None:
        return t("satisfaction.title_campaign", code=campaign.code, name=campaign.name)
    if start and end:
        return t("satisfaction.title_period", start=_day(start), end=_day(end))
    if start:
        return t("satisfaction.title_from", start=_day(start))
    if end:
        return t("satisfaction.title_to", end=_day(end))
    return t("satisfaction.title_all")


def _day(value: date) -> date:
    return value  # a message writes it in the reader's language
