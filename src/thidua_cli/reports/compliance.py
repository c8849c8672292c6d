"""The compliance report of a campaign: each phase and the whole campaign against its targets.

Choices the plan leaves open, made here:

- A phase counts every dossier finished within it and those open at its last day; the whole
  campaign the same over its whole span. A target with a focus (some procedures, some channels:
  the urgent procedures received in person) judges only those dossiers, in each phase it applies
  to; a phase's own ``focus`` describes it and narrows no count.
- ``late_count`` has no data (null) when there is no dossier at all in scope: "none late" out of
  nothing is no achievement. Rates with nothing to divide are null too, never 100%.
- Satisfaction and the online share count what was answered / received within the phase's
  dates: an answer rates an officer's conduct rather than a procedure.
- A campaign still running is counted up to ``as_of``: a dossier is not overdue at a phase's end
  that has not come yet. A phase that has not started has no data.
- ``tasks_done`` judges the tasks a target names (in a phase, those due within it) at ``as_of``:
  the share done by their due date among those done or due by then. A phase in which none of
  them falls due does not list the target. A task may fall due after the campaign's last day
  (the final review is written after it) and is judged when it does.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from thidua_cli.domain.campaign import (
    RATE_NAMES,
    Campaign,
    Phase,
    Target,
    judge,
    judged_school_year,
    rate,
    satisfaction_question,
    targets_for,
    tasks_done_share,
)
from thidua_cli.reports.model import Chart, Column, Report, ReportTable
from thidua_cli.reports.wording import focus_text, target_columns, target_row
from thidua_cli.store.compliance import COUNT_KEYS, DOSSIER_KEYS, Scope

T = Callable[..., str]


def build_compliance(
    conn: sqlite3.Connection, campaign: Campaign, as_of: date, t: T, *, missing_shown: int = 10
) -> tuple[Report, tuple[int, list[str]]]:
    """The report, and the dossiers left out for having no deadline (how many, the first codes)."""
    from thidua_cli.store.compliance import late_dossiers, scope_counts, without_deadline
    from thidua_cli.store.tasks import stored_tasks

    spans: list[tuple[Phase | None, date, date]] = [
        (phase, phase.start, min(phase.end, as_of)) for phase in campaign.phases
    ]
    spans.append((None, campaign.start, min(campaign.end, as_of)))
    # A phase that has not started yet has nothing to count (and is left out of the pass).
    started = [(phase, first, last) for phase, first, last in spans if last >= first]
    # A phase and the whole campaign count every dossier; a target with a focus counts its own
    # dossiers within each span it applies to, in the same pass.
    scopes = [Scope(first, last) for _, first, last in started]
    focused: dict[tuple[str | None, int], int] = {}
    for phase, first, last in started:
        code = phase.code if phase else None
        for number, target in enumerate(campaign.targets):
            focus = target.focus
            if (focus.procedures or focus.channels) and target in targets_for(campaign, code):
                focused[(code, number)] = len(scopes)
                scopes.append(Scope(first, last, focus.procedures, focus.channels))
    groups = scope_counts(conn, scopes)
    totals: dict[str | None, dict[str, int]] = {
        phase.code if phase else None: _sum(g["scopes"][i] for g in groups)
        for i, (phase, _, _) in enumerate(started)
    }
    focus_totals = {key: _sum(g["scopes"][index] for g in groups) for key, index in focused.items()}
    work = {
        row["code"]: (
            date.fromisoformat(row["due"]),
            date.fromisoformat(row["done_on"]) if row["done_on"] else None,
        )
        for row in stored_tasks(conn, campaign.code)
    }
    notices: list[tuple[str, dict[str, Any]]] = []
    results = [
        _scope_result(
            conn,
            campaign,
            phase,
            last,
            totals.get(phase.code if phase else None),
            work,
            as_of,
            {
                number: counts
                for (code, number), counts in focus_totals.items()
                if code == (phase.code if phase else None)
            },
            notices,
        )
        for phase, _, last in spans
    ]
    overall_started = bool(started) and started[-1][0] is None
    last = min(campaign.end, as_of)
    by_unit: list[dict[str, Any]] = []
    by_officer: list[dict[str, Any]] = []
    late: list[dict[str, Any]] = []
    missing: tuple[int, list[str]] = (0, [])
    if overall_started:
        index = len(started) - 1
        whole = scopes[index]
        by_unit = _breakdown(conn, campaign, whole, index, groups, "unit")
        by_officer = _breakdown(conn, campaign, whole, index, groups, "officer")
        late = [_late_view(d) for d in late_dossiers(conn, campaign.start, last)]
        count = totals[None]["no_deadline"]
        if count:
            missing = (count, without_deadline(conn, whole, missing_shown))
    data: dict[str, Any] = {
        "campaign": campaign.code,
        "name": campaign.name,
        "start": campaign.start.isoformat(),
        "end": campaign.end.isoformat(),
        "as_of": as_of.isoformat(),
        "min_answers": campaign.min_answers,
        "phases": results[:-1],
        "overall": results[-1],
        "by_unit": by_unit,
        "by_officer": by_officer,
        "late_dossiers": late,
    }
    report = _report(data, campaign, t)
    for notice in notices:
        if notice not in report.warnings:
            report.warnings.append(notice)
    return report, missing


def unmet(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The targets judged not met, in every phase and overall (``--strict``)."""
    return [
        target
        for scope in [*data["phases"], data["overall"]]
        for target in scope["targets"]
        if target["met"] is False
    ]


# --- the numbers ------------------------------------------------------------------------------


def _sum(rows: Iterable[dict[str, int]]) -> dict[str, int]:
    total = dict.fromkeys(COUNT_KEYS, 0)
    for row in rows:
        for key in COUNT_KEYS:
            total[key] += row[key]
    return total


def _scope_result(
    conn: sqlite3.Connection,
    campaign: Campaign,
    phase: Phase | None,
    last: date,
    totals: dict[str, int] | None,
    work: dict[str, tuple[date, date | None]],
    as_of: date,
    focused: dict[int, dict[str, int]],
    notices: list[tuple[str, dict[str, Any]]],
) -> dict[str, Any]:
    """One phase (or the whole campaign when ``phase`` is None) with its targets judged.

    ``totals`` are its counts up to ``last``; None when it has not started. ``work`` is each
    task's due date and the day it was recorded done. ``focused`` holds the counts of each
    target with a focus (by its place in the campaign's targets). Satisfaction counts the
    answers to the question the campaign's satisfaction target names (``asked``), a target naming
    another question its own; what the answers say about that goes to ``notices``.
    """
    from thidua_cli.reports.satisfaction import asked
    from thidua_cli.store.satisfaction import satisfaction_total

    start = phase.start if phase else campaign.start
    end = phase.end if phase else campaign.end
    started = totals is not None
    counts = totals or dict.fromkeys(COUNT_KEYS, 0)

    def satisfaction(question: str) -> dict[str, Any]:
        if not started:
            return {"answers": 0, "satisfied": 0}
        chosen = asked(conn, question, start, last)
        if chosen.notice is not None:
            notices.append(chosen.notice)
        return satisfaction_total(conn, start, last, chosen.only)

    question = satisfaction_question(campaign)
    answers = satisfaction(question)
    dossiers = {key: counts[key] for key in DOSSIER_KEYS}
    metrics: dict[str, Any] = {
        **_outcomes(counts),
        "satisfaction_rate": rate(answers["satisfied"], answers["answers"]),
        "online_rate": rate(counts["online"], counts["received"]),
    }
    # A tasks_done target is judged in a phase only when some of its tasks fall due within it.
    targets = [
        target
        for target in targets_for(campaign, phase.code if phase else None)
        if phase is None or target.metric != "tasks_done" or _due_within(target, phase, work)
    ]

    def actual(target: Target) -> float | int | None:
        number = campaign.targets.index(target)
        if target.metric == "tasks_done":
            return _tasks_done(target, phase, work, as_of) if started else None
        if target.metric == "satisfaction_rate" and target.question != question:
            other = satisfaction(target.question)
            return rate(other["satisfied"], other["answers"])
        if number in focused:
            value: float | int | None = _outcomes(focused[number])[target.metric]
            return value
        if target.focus.procedures or target.focus.channels:
            return None  # not started: nothing counted
        year = judged_school_year(campaign)
        return _actual(conn, target.metric, metrics, start, last, started, year)

    return {
        "code": phase.code if phase else None,
        "name": phase.name if phase else campaign.name,
        "start": start.isoformat(),
        "end": end.isoformat(),
        "counted_to": last.isoformat() if started else None,
        "focus": {
            "procedures": list(phase.focus.procedures) if phase else [],
            "channels": list(phase.focus.channels) if phase else [],
        },
        "dossiers": dossiers,
        "on_time_rate": metrics["on_time_rate"],
        "late_count": metrics["late_count"],
        "online": {
            "received": counts["received"],
            "online": counts["online"],
            "rate": metrics["online_rate"],
        },
        "satisfaction": {
            "question": question or None,
            "answers": answers["answers"],
            "satisfied": answers["satisfied"],
            "rate": metrics["satisfaction_rate"],
            "few_answers": answers["answers"] < campaign.min_answers,
        },
        "targets": [_judged(target, actual(target)) for target in targets],
    }


def _outcomes(counts: dict[str, int]) -> dict[str, float | int | None]:
    """The metrics of dossiers' outcomes. ``late_count`` has no data with no dossier at all:
    "none late" out of nothing is no achievement; a rate of nothing is undefined."""
    in_scope = counts["finished"] + counts["open_in_time"] + counts["open_overdue"]
    return {
        "on_time_rate": rate(counts["early"] + counts["on_time"], counts["finished"]),
        "late_count": counts["late"] + counts["open_overdue"] if in_scope else None,
    }


def _actual(
    conn: sqlite3.Connection,
    metric: str,
    metrics: dict[str, Any],
    start: date,
    end: date,
    started: bool,
    year: str,
) -> float | int | None:
    """The value of ``metric`` in [start, end]; online enrolment is that of school year ``year``."""
    if metric in metrics:
        value: float | int | None = metrics[metric]
        return value
    if not started:
        return None
    # Looked up at call time, so the emulation records stay the one place these are computed.
    from thidua_cli.store import emulation

    if metric == "online_enrollment_rate":
        return emulation.lowest_enrollment_rate(conn, year)
    if metric == "conduct_rate":
        return emulation.conduct_rate(conn, start, end)
    if metric == "initiatives_registered":
        return emulation.initiatives_registered(conn, start, end)
    raise ValueError(metric)


def _due_within(target: Target, phase: Phase, work: dict[str, tuple[date, date | None]]) -> bool:
    """Whether a task the target names falls due within the phase: a ``tasks_done`` target
    judges a phase only then (the plan's launch is not phase 2's work)."""
    return any(code in work and phase.start <= work[code][0] <= phase.end for code in target.tasks)


def _tasks_done(
    target: Target, phase: Phase | None, work: dict[str, tuple[date, date | None]], as_of: date
) -> float | None:
    named = [work[code] for code in target.tasks if code in work]
    if phase is not None:
        named = [(due, done) for due, done in named if phase.start <= due <= phase.end]
    return tasks_done_share(named, as_of)


def _judged(target: Target, actual: float | int | None) -> dict[str, Any]:
    value: float | int = target.value if target.metric in RATE_NAMES else int(target.value)
    judged: dict[str, Any] = {
        "metric": target.metric,
        "op": target.op,
        "target": value,
        "actual": actual,
        "met": judge(actual, target.op, target.value),
        "label": target.label,
    }
    if target.question:
        judged["question"] = target.question
    if target.focus.procedures or target.focus.channels:
        judged["focus"] = {
            "procedures": list(target.focus.procedures),
            "channels": list(target.focus.channels),
        }
    return judged


def _breakdown(
    conn: sqlite3.Connection,
    campaign: Campaign,
    whole: Scope,
    index: int,
    groups: list[dict[str, Any]],
    by: str,
) -> list[dict[str, Any]]:
    """Dossier counts and satisfaction per unit or officer over the whole campaign (the scope
    at ``index`` of the counts); satisfaction with the campaign's question."""
    from thidua_cli.reports.satisfaction import asked
    from thidua_cli.store.satisfaction import satisfaction_by

    counts: dict[str | None, list[dict[str, int]]] = {}
    for group in groups:
        counts.setdefault(group[by], []).append(group["scopes"][index])
    chosen = asked(conn, satisfaction_question(campaign), whole.start, whole.end)
    answers = {
        row["group"]: row for row in satisfaction_by(conn, by, whole.start, whole.end, chosen.only)
    }
    rows = []
    from thidua_cli.text.sort import name_key, sort_key

    key = name_key if by == "officer" else sort_key
    for name in sorted(set(counts) | set(answers), key=lambda n: (n is None, key(n or ""))):
        dossiers = _sum(counts.get(name, []))
        answered = answers.get(name) or {"answers": 0, "satisfied": 0}
        in_scope = dossiers["finished"] + dossiers["open_in_time"] + dossiers["open_overdue"]
        if not in_scope and not answered["answers"]:
            continue  # only dossiers without a deadline: nothing to show
        rows.append(
            {
                by: name,
                **{key: dossiers[key] for key in DOSSIER_KEYS},
                "on_time_rate": rate(dossiers["early"] + dossiers["on_time"], dossiers["finished"]),
                "late_count": dossiers["late"] + dossiers["open_overdue"] if in_scope else None,
                "answers": answered["answers"],
                "satisfied": answered["satisfied"],
                "satisfaction_rate": rate(answered["satisfied"], answered["answers"]),
                "few_answers": answered["answers"] < campaign.min_answers,
            }
        )
    return rows


LATE_FIELDS = (
    "code",
    "procedure",
    "officer",
    "unit",
    "received_at",
    "due_date",
    "finished_at",
    "status",
    "working_days_late",
    "apology",
)


def _late_view(row: dict[str, Any]) -> dict[str, Any]:
    return {key: row[key] for key in LATE_FIELDS}


# --- the report as tables ---------------------------------------------------------------------


def scope_label(scope: dict[str, Any], t: T) -> str:
    return str(scope["code"]) if scope["code"] else t("compliance.overall")


def _report(data: dict[str, Any], campaign: Campaign, t: T) -> Report:
    scopes = [*data["phases"], data["overall"]]
    unknown = t("compliance.unknown")
    count_columns = [
        Column("finished", t("compliance.col.finished"), "int"),
        Column("early", t("status.early"), "int"),
        Column("on_time", t("status.on_time"), "int"),
        Column("late", t("status.late"), "int"),
        Column("open_in_time", t("compliance.col.open_in_time"), "int"),
        Column("open_overdue", t("compliance.col.open_overdue"), "int"),
        Column("on_time_rate", t("compliance.col.on_time_rate"), "rate"),
        Column("late_count", t("compliance.col.late_count"), "int"),
    ]
    phases = ReportTable(
        name="phases",
        title=t("compliance.phases_title"),
        columns=[
            Column("scope", t("compliance.col.scope")),
            Column("start", t("compliance.col.start"), "date"),
            Column("end", t("compliance.col.end"), "date"),
            *count_columns,
            Column("early_share", t("compliance.col.early_share"), "rate"),
            Column("on_time_share", t("compliance.col.on_time_share"), "rate"),
            Column("received", t("compliance.col.received"), "int"),
            Column("online", t("compliance.col.online"), "int"),
            Column("online_rate", t("compliance.col.online_rate"), "rate"),
            Column("answers", t("compliance.col.answers"), "int"),
            Column("satisfaction_rate", t("compliance.col.satisfaction_rate"), "rate"),
        ],
        rows=[_phase_row(scope, t) for scope in scopes],
    )
    focused = {
        f"{target['label'] or target['metric']}: {focus_text(target['focus'], t)}": None
        for scope in scopes
        for target in scope["targets"]
        if "focus" in target
    }
    targets = ReportTable(
        name="targets",
        title=t("compliance.targets_title"),
        columns=target_columns(t),
        rows=[
            target_row(target, t, scope_label(scope, t))
            for scope in scopes
            for target in scope["targets"]
        ],
        note=t("compliance.focus_note", targets=" ".join(focused)) if focused else "",
    )
    breakdown = [
        *count_columns,
        Column("answers", t("compliance.col.answers"), "int"),
        Column("satisfaction_rate", t("compliance.col.satisfaction_rate"), "rate"),
    ]
    by_unit = ReportTable(
        name="by_unit",
        title=t("compliance.by_unit_title"),
        columns=[Column("unit", t("col.unit"), labels={None: unknown}), *breakdown],
        rows=data["by_unit"],
    )
    by_officer = ReportTable(
        name="by_officer",
        title=t("compliance.by_officer_title"),
        columns=[Column("officer", t("col.officer"), labels={None: unknown}), *breakdown],
        rows=data["by_officer"],
    )
    statuses = {s: t(f"status.{s}") for s in ("late", "overdue")}
    late = ReportTable(
        name="late_dossiers",
        title=t("compliance.late_title", count=len(data["late_dossiers"])),
        columns=[
            Column("code", t("col.code"), identifier=True),
            Column("procedure", t("col.procedure")),
            Column("officer", t("col.officer"), labels={None: unknown}),
            Column("unit", t("col.unit"), labels={None: unknown}),
            Column("due_date", t("col.due_date"), "date"),
            Column("finished_at", t("col.finished_at"), "date"),
            Column("status", t("col.status"), labels=statuses),
            Column("working_days_late", t("col.working_days_late"), "int"),
            Column("apology", t("compliance.col.apology"), "bool"),
        ],
        rows=data["late_dossiers"],
    )
    chart = Chart(
        name="finished_shares",
        title=t("compliance.chart"),
        table="phases",
        label="scope",
        values=("early_share", "on_time_share"),
        kind="stacked",
    )
    return Report(
        name="compliance",
        title=t("compliance.title", code=campaign.code, name=campaign.name),
        data=data,
        tables=[phases, targets, by_unit, by_officer, late],
        charts=[chart],
        csv_table="targets",
        sheet=t("compliance.sheet"),
    )


def _phase_row(scope: dict[str, Any], t: T) -> dict[str, Any]:
    counts = scope["dossiers"]
    finished = counts["finished"]
    return {
        "scope": scope_label(scope, t),
        "start": scope["start"],
        "end": scope["end"],
        **counts,
        "on_time_rate": scope["on_time_rate"],
        "late_count": scope["late_count"],
        "early_share": rate(counts["early"], finished),
        "on_time_share": rate(counts["on_time"], finished),
        "received": scope["online"]["received"],
        "online": scope["online"]["online"],
        "online_rate": scope["online"]["rate"],
        "answers": scope["satisfaction"]["answers"],
        "satisfaction_rate": scope["satisfaction"]["rate"],
    }
