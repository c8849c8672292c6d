"""The satisfaction report: answers, satisfied, rate and the level mix per group, and the comments.

A rate from fewer answers than the campaign's ``min_answers`` (5 without a campaign) is still given,
and marked ``few_answers``: three happy citizens say little about an officer.

A survey export may ask several questions (attitude, time, result); a campaign's satisfaction is
about the question its target names ("thái độ": the plan measures satisfaction with staff
attitude), found among the stored answers by ``asked``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from thidua_cli.domain.campaign import Campaign, asks_about, rate, satisfaction_question
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


@dataclass(frozen=True)
class Asked:
    """Which answers a satisfaction figure counts.

    ``question`` is as the campaign or the user names it ("" for every answer); ``only`` lists the
    stored questions it matches (None: every answer); ``notice`` is a warning to show, when the
    answers do not name that question as expected.
    """

    question: str
    only: list[str | None] | None = None
    notice: tuple[str, dict[str, Any]] | None = None


def asked(conn: sqlite3.Connection, question: str, start: date | None, end: date | None) -> Asked:
    """The answers dated in [start, end] that a figure about ``question`` counts.

    When no answer of the period names any question (an export asking one thing), every answer
    counts, with a notice saying so; when answers name questions but none of them is
    ``question``, none counts (the figure has no data), with a notice listing what they name.
    """
    from thidua_cli.store.satisfaction import questions

    if not question:
        return Asked("")
    named = [q for q in questions(conn, start, end) if q is not None]
    if not named:
        return Asked(question, None, ("satisfaction.no_questions", {"question": question}))
    chosen: list[str | None] = [q for q in named if asks_about(q, question)]
    if not chosen:
        notice = (
            "satisfaction.question_not_found",
            {"question": question, "found": "; ".join(named)},
        )
        return Asked(question, [], notice)
    return Asked(question, chosen)


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
    question: str | None = None,
) -> Report:
    """Answers from ``start`` to ``end`` (a campaign's span when one is given), none after
    ``until`` (a review counts up to its date), to ``question`` (by default the one the campaign's
    satisfaction target names; every answer without either)."""
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
    chosen = asked(
        conn, satisfaction_question(campaign) if question is None else question, start, end
    )
    only = chosen.only
    rows = [
        {by: r["group"], **summary(r, min_answers)}
        for r in satisfaction_by(conn, by, start, end, only)
    ]
    total = summary(satisfaction_total(conn, start, end, only), min_answers)
    comments = [
        {**c, "level": dict(LEVELS)[c["rating"]]}
        for c in unsatisfied_comments(conn, start, end, only)
    ]
    reference = satisfaction_target(campaign)
    data = {
        "campaign": campaign.code if campaign else None,
        "from": start.isoformat() if start else None,
        "to": end.isoformat() if end else None,
        "by": by,
        "question": chosen.question or None,
        "questions": None if only is None else list(only),
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
            # A CSV row says what it counts; people read it in the note below the table.
            *(
                [Column("question", t("compliance.col.question"), audience="machines")]
                if chosen.question
                else []
            ),
        ],
        rows=[{**_flat(r), "question": chosen.question or None} for r in rows],
        total={by: t("satisfaction.total"), **_flat(total), "question": chosen.question or None},
        note=" ".join(
            [
                t("satisfaction.note", count=min_answers, target=f"{reference * 100:g}%"),
                *(
                    [t("satisfaction.question_note", questions="; ".join(map(str, only)))]
                    if only
                    else []
                ),
            ]
        ),
    )
    comment_table = ReportTable(
        name="comments",
        title=t("satisfaction.comments_title", count=len(comments)),
        columns=[
            Column("date", t("col.date"), "date"),
            Column("officer", t("col.officer"), labels={None: unknown}),
            Column("dossier_code", t("col.code")),
            Column("level", t("satisfaction.col.level"), labels=level_labels),
            # What the comment was said about, when the export asks several questions.
            *(
                [Column("question", t("satisfaction.group.question"))]
                if any(c["question"] for c in comments)
                else []
            ),
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
    report = Report(
        name="satisfaction",
        title=table.title,
        data=data,
        tables=[table, comment_table],
        charts=[chart],
        csv_table="satisfaction",
        sheet=t("satisfaction.sheet"),
    )
    if chosen.notice is not None:
        report.warnings.append(chosen.notice)
    return report


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
