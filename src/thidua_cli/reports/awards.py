"""Award candidates of a campaign as a report: the list an office sends, and the evidence.

People read the proposal (units, then individuals: STT, name, title, unit, achievements, form of
commendation), then the evidence for the council: one table per kind, each criterion's value
marked met or not, the outcome and the reasons in sentences. CSV is the proposal; the candidates'
sheet for programs (one row per candidate, each criterion's value, requirement and verdict) is a
CSV of its own in the monthly batch, and the JSON holds everything.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from thidua_cli.reports.model import Column, Kind, Report, ReportTable

if TYPE_CHECKING:
    from thidua_cli.domain.awards import Assessment, Reason
    from thidua_cli.domain.campaign import Campaign, Rule
    from thidua_cli.reports.satisfaction import Asked

T = Callable[..., str]
KINDS = ("individual", "unit")


def reason_texts(assessment: Assessment, t: T) -> list[str]:
    """Why the candidate is not proposed: one sentence per criterion not met."""
    return [reason_text(reason, t) for reason in assessment.reasons]


def reason_text(reason: Reason, t: T) -> str:
    """ "Tỷ lệ phiếu đánh giá hài lòng đạt 90%, chưa vượt mức 95%.": the candidate's figure,
    then how it falls short, as a council writes it; a count that should be none ("2 dossiers
    late") or is none ("registered no initiative") says it alone. Figures are passed typed, so
    the message writes them in the reader's language."""
    from thidua_cli.reports.wording import WORDS, amount

    params = dict(reason.params)
    if "op" not in params:
        return t(reason.key, **params) + "."
    op, target, rate = params.pop("op"), params.pop("target"), params.pop("rate")
    params["value"] = amount(params["value"], is_rate=rate)
    sentence = t(reason.key, **params)
    alone = reason.key.endswith((".none", ".rejected")) or (op == "==" and target == 0)
    if alone:
        return sentence + "."
    gap = t(f"awards.gap.{WORDS[op]}", target=amount(target, is_rate=rate))
    return f"{sentence}, {gap}."


def _entry(assessment: Assessment, t: T, *, person: bool) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": assessment.name}
    if person:
        entry["unit"] = assessment.unit
    entry["eligible"] = assessment.eligible
    entry["criteria"] = {
        criterion: {
            "value": verdict.value,
            "required": verdict.required,
            "met": verdict.met,
            **({"question": question} if (question := _question_of(verdict.rules)) else {}),
        }
        for criterion, verdict in assessment.criteria.items()
    }
    entry["reasons"] = reason_texts(assessment, t)
    return entry


def _question_of(rules: Sequence[Rule]) -> str:
    """The survey question the rules of one satisfaction criterion count ("" for every answer)."""
    return next((rule.question for rule in rules if rule.question), "")


def criteria_of(rules: Sequence[Rule]) -> list[str]:
    return list(dict.fromkeys(rule.criterion for rule in rules))


def _sheet_row(kind: str, assessment: Assessment, t: T) -> dict[str, Any]:
    row: dict[str, Any] = {
        "kind": kind,
        "rank": assessment.rank,
        "name": assessment.name,
        "unit": assessment.unit if kind == "individual" else None,
        "eligible": assessment.eligible,
        "answers": assessment.answers,
    }
    for criterion, verdict in assessment.criteria.items():
        row[criterion] = verdict.value
        row[f"{criterion}_required"] = machine_requirement(verdict.rules)
        row[f"{criterion}_met"] = verdict.met
        if criterion == "satisfaction_rate":
            row["satisfaction_question"] = _question_of(verdict.rules) or None
    row["reasons"] = " ".join(reason_texts(assessment, t))
    return row


def machine_requirement(rules: Sequence[Rule]) -> str:
    """ "ge 1", "gt 0.95", "ge 1; le 5": a criterion's requirement as CSV carries it, the operator
    as a word (a cell starting with ``=`` would be a formula to a spreadsheet)."""
    from thidua_cli.reports.wording import WORDS

    return "; ".join(f"{WORDS[rule.op]} {rule.value:g}" for rule in rules)


def _requirement(rules: Sequence[Rule], t: T) -> str:
    from thidua_cli.reports.wording import requirement_phrase

    return "; ".join(requirement_phrase(r.op, r.value, r.criterion, t, r.question) for r in rules)


def _sheet_columns(criteria: list[str], t: T) -> list[Column]:
    """The candidates for programs (CSV): every criterion's value, requirement and verdict."""
    from thidua_cli.domain.awards import RATE_CRITERIA

    columns = [
        Column("kind", t("awards.col.kind")),
        Column("rank", t("awards.col.rank"), kind="int"),
        Column("name", t("awards.col.name")),
        Column("unit", t("awards.col.unit")),
        Column("eligible", t("awards.col.eligible"), kind="bool"),
    ]
    for criterion in criteria:
        heading = t(f"awards.criterion.{criterion}")
        columns += [
            Column(criterion, heading, kind="rate" if criterion in RATE_CRITERIA else "int"),
            Column(f"{criterion}_required", f"{heading} – {t('awards.col.required')}"),
            Column(f"{criterion}_met", f"{heading} – {t('awards.col.met')}", kind="verdict"),
        ]
        if criterion == "satisfaction_rate":
            columns.append(
                Column("satisfaction_question", f"{heading} – {t('compliance.col.question')}")
            )
    columns.append(Column("reasons", t("awards.col.reasons")))
    return columns


def _evidence_note(rows: list[dict[str, Any]], t: T) -> str:
    """The council decides; and, when a criterion was not judged for someone, what "n/a" with
    no mark means."""
    unjudged = any(
        value is None for row in rows for key, value in row.items() if key.endswith("_met")
    )
    note = t("awards.not_judged_note", na=t("export.na")) if unjudged else ""
    return f"{t('awards.note')} {note}".strip()


def _evidence_columns(rules: Sequence[Rule], t: T, *, person: bool) -> list[Column]:
    """The candidates for people: one column per criterion, its requirement in the heading and
    each value marked met or not; whether the candidate is proposed; the reasons in words."""
    from thidua_cli.domain.awards import RATE_CRITERIA

    columns = [
        Column("rank", t("awards.col.rank"), kind="int"),
        Column("name", t("awards.col.name" if person else "awards.col.unit")),
    ]
    if person:
        columns.append(Column("unit", t("awards.col.unit")))
    for criterion in criteria_of(rules):
        mine = [rule for rule in rules if rule.criterion == criterion]
        heading = f"{t(f'awards.criterion.{criterion}')} ({_requirement(mine, t)})"
        kind: Kind = "rate" if criterion in RATE_CRITERIA else "int"
        columns.append(Column(criterion, heading, kind, verdict_key=f"{criterion}_met"))
        if criterion == "satisfaction_rate":
            # A rate means little from a handful of answers: the council sees how many.
            columns.append(Column("answers", t("awards.col.answers"), "int"))
    labels = {True: t("awards.proposed"), False: t("awards.not_proposed")}
    columns += [
        Column("eligible", t("awards.col.outcome"), "verdict", labels=labels),
        Column("reasons", t("awards.col.reasons")),
    ]
    return columns


def counted_to(campaign: Campaign, until: date | None) -> date:
    """The last day the candidates are judged on: the campaign's, or ``until`` when earlier (an
    interim review judges what was done by its date, as its other figures do)."""
    return campaign.end if until is None else min(campaign.end, until)


def judged(
    conn: sqlite3.Connection, campaign: Campaign, until: date | None = None
) -> tuple[list[Assessment], list[Assessment]]:
    """The campaign's individuals and units, judged by its award rules and ranked, on what was
    done up to ``counted_to``; satisfaction from the answers to the question a list's
    satisfaction rule names."""
    from thidua_cli.domain.awards import evaluate
    from thidua_cli.store.awards import individual_facts, unit_facts

    rules = campaign.awards
    start, end = campaign.start, counted_to(campaign, until)
    individuals: list[Assessment] = []
    units: list[Assessment] = []
    if rules.individual:
        facts = individual_facts(conn, start, end, _answers_to(conn, campaign, rules.individual))
        individuals = evaluate(facts, rules.individual, rules.rank, campaign.min_answers)
    if rules.unit:
        facts = unit_facts(conn, start, end, _answers_to(conn, campaign, rules.unit))
        units = evaluate(facts, rules.unit, rules.rank, campaign.min_answers, people=False)
    return individuals, units


def _asked(conn: sqlite3.Connection, campaign: Campaign, rules: Sequence[Rule]) -> Asked:
    """The answers the satisfaction rule of ``rules`` counts."""
    from thidua_cli.reports.satisfaction import asked

    question = next((r.question for r in rules if r.criterion == "satisfaction_rate"), "")
    return asked(conn, question, campaign.start, campaign.end)


def _answers_to(
    conn: sqlite3.Connection, campaign: Campaign, rules: Sequence[Rule]
) -> list[str | None] | None:
    """The stored questions the satisfaction rule of ``rules`` counts (None: every answer)."""
    return _asked(conn, campaign, rules).only


def _question_notices(
    conn: sqlite3.Connection, campaign: Campaign
) -> list[tuple[str, dict[str, Any]]]:
    found = [
        _asked(conn, campaign, rules).notice
        for rules in (campaign.awards.individual, campaign.awards.unit)
        if any(r.criterion == "satisfaction_rate" for r in rules)
    ]
    return [notice for notice in found if notice is not None]


def awards_report(
    conn: sqlite3.Connection,
    campaign: Campaign,
    t: T,
    candidates: tuple[list[Assessment], list[Assessment]] | None = None,
    *,
    until: date | None = None,
) -> Report:
    """The report of ``judged`` candidates (judged here, up to ``until``, when not given)."""
    from thidua_cli.store.emulation import has_roster

    rules = campaign.awards
    end = counted_to(campaign, until)
    individuals, units = candidates if candidates is not None else judged(conn, campaign, until)
    criteria = criteria_of((*rules.individual, *rules.unit))
    rows = [_sheet_row("individual", a, t) for a in individuals]
    rows += [_sheet_row("unit", a, t) for a in units]
    title = t(
        "awards.title",
        name=campaign.name,
        code=campaign.code,
        start=campaign.start,
        end=end,
    )
    sheet = ReportTable("candidates", title, _sheet_columns(criteria, t), rows, audience="machines")
    evidence = [
        ReportTable(
            f"evidence_{name}",
            t(
                f"awards.evidence.{name}",
                eligible=sum(row["eligible"] for row in rows if row["kind"] == kind),
                count=sum(row["kind"] == kind for row in rows),
            ),
            _evidence_columns(kind_rules, t, person=name == "individuals"),
            [row for row in rows if row["kind"] == kind],
            note=_evidence_note([row for row in rows if row["kind"] == kind], t),
            audience="people",
        )
        for name, kind, kind_rules in (
            ("units", "unit", rules.unit),
            ("individuals", "individual", rules.individual),
        )
        if kind_rules
    ]
    listed = proposal(individuals, units, campaign, t)
    report = Report(
        name="awards",
        title=title,
        data={
            "campaign": campaign.code,
            "individuals": [_entry(a, t, person=True) for a in individuals],
            "units": [_entry(a, t, person=False) for a in units],
            "proposal": listed,
        },
        tables=[*_proposal_tables(listed, campaign, t), *evidence, sheet],
        # CSV is the list the office sends, units then individuals; the evidence for the
        # council is a CSV of its own in the monthly batch (and the JSON holds it all).
        csv_stack="list",
        csv_stacked=("proposal_units", "proposal_individuals"),
        csv_extra=("candidates",),
        sheet=t("awards.sheet"),
    )
    report.warnings.extend(_warnings(conn, campaign, end, t, roster=has_roster(conn)))
    for notice in _question_notices(conn, campaign):
        if notice not in report.warnings:
            report.warnings.append(notice)
    return report


def proposal(
    individuals: Sequence[Assessment], units: Sequence[Assessment], campaign: Campaign, t: T
) -> dict[str, list[dict[str, Any]]]:
    """The list an office sends (the contract's ``proposal``): the candidates proposed, in rank
    order, each numbered, with a person's title as the roster writes it, a one-line summary of
    the achievements the criteria met show, and the form of commendation the campaign names."""
    form = campaign.awards.form
    return {
        "individuals": [
            {
                "no": number,
                "name": a.name,
                "title": a.title or "",
                "unit": a.unit or "",
                "achievements": achievements(a, t),
                "form": form,
            }
            for number, a in enumerate((a for a in individuals if a.eligible), start=1)
        ],
        "units": [
            {"no": number, "name": a.name, "achievements": achievements(a, t), "form": form}
            for number, a in enumerate((a for a in units if a.eligible), start=1)
        ],
    }


def achievements(assessment: Assessment, t: T) -> str:
    """ "Giải quyết 25 hồ sơ, không có hồ sơ trễ hạn; 100% phiếu đánh giá hài lòng (15 phiếu);
    ...": what each criterion met says, in the order of the rules, as one sentence."""
    from thidua_cli.domain.campaign import RATE_NAMES
    from thidua_cli.reports.wording import amount

    parts = []
    for criterion, verdict in assessment.criteria.items():
        if not verdict.met or verdict.value is None:
            continue
        value = verdict.value
        key = f"awards.achievement.{criterion}"
        if value == 0 and criterion in _NONE_SAID:
            key += ".none"
        if criterion == "late_count" and "dossiers_handled" in assessment.criteria:
            key += ".alone"  # the number handled is said once, by its own criterion
        question = _question_of(verdict.rules)
        if question:
            key += ".question"  # "hài lòng về thái độ": what the council reads it was about
        parts.append(
            t(
                key,
                value=amount(value, is_rate=criterion in RATE_NAMES),
                handled=assessment.values.get("dossiers_handled") or 0,
                answers=assessment.answers,
                question=question,
            )
        )
    if not parts:
        return ""
    sentence = "; ".join(parts)
    return sentence[0].upper() + sentence[1:] + "."


# Criteria whose zero is the achievement ("không có hồ sơ trễ hạn").
_NONE_SAID = frozenset({"late_count", "upheld_complaints", "members_with_upheld_complaints"})


def _proposal_tables(
    listed: dict[str, list[dict[str, Any]]], campaign: Campaign, t: T
) -> list[ReportTable]:
    """The proposal as the paper lays it out (``reports.proposal``), units first, titled as the
    list an office sends."""
    from thidua_cli.reports.proposal import proposal_tables

    tables = proposal_tables(listed, t)
    for kind, table in tables.items():
        table.title = t(f"awards.proposal.{kind}", count=len(table.rows))
    return [tables["units"], tables["individuals"]]


def _warnings(
    conn: sqlite3.Connection, campaign: Campaign, end: date, t: T, *, roster: bool
) -> list[tuple[str, dict[str, Any]]]:
    from thidua_cli.store.awards import officers_left_out

    if not roster:
        return [("awards.no_roster", {})]
    warnings: list[tuple[str, dict[str, Any]]] = []
    left_out = officers_left_out(conn, campaign.start, end)
    for reason in ("not_on_roster", "inactive"):
        names = [
            t("awards.dossiers_count", name=r["name"], count=r["dossiers"])
            for r in left_out
            if r["reason"] == reason
        ]
        if names:
            warnings.append((f"awards.{reason}", {"names": ", ".join(names)}))
    for kind, rules in (
        ("individuals", campaign.awards.individual),
        ("units", campaign.awards.unit),
    ):
        if not rules:
            warnings.append(("awards.no_rules", {"kind": t(f"awards.kind.{kind}")}))
    return warnings
