"""Emulation campaigns as data: phases, targets, tasks and award rules, and how they are judged.

A campaign file (TOML) is parsed and validated elsewhere (``ingest/campaign_file.py``); this
module holds the shapes every report shares and the pure rules about them.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from thidua_cli.text.normalize import fold_words

# Target metrics (contract.md, "Campaigns").
METRICS = (
    "on_time_rate",
    "late_count",
    "satisfaction_rate",
    "online_rate",
    "online_enrollment_rate",
    "conduct_rate",
    "initiatives_registered",
    "tasks_done",  # share of the tasks a target names that were done by their due date
)

# Award criteria an award rule may name, for a person and for a unit.
INDIVIDUAL_CRITERIA = (
    "dossiers_handled",  # dossiers the officer finished or holds open in the campaign
    "late_count",  # finished late + open overdue
    "on_time_rate",  # (early + on time) / finished
    "early_share",  # early / finished
    "satisfaction_rate",  # satisfied / answers, undefined below the rule's min_answers
    "upheld_complaints",
    "initiatives_registered",  # initiatives the officer registered (any status but rejected)
    "initiatives_recognized",
)
UNIT_CRITERIA = (
    "dossiers_handled",
    "late_count",
    "on_time_rate",
    "early_share",
    "satisfaction_rate",
    "members_with_upheld_complaints",
    "initiatives_registered",  # initiatives (models) registered by the unit itself
    "initiatives_recognized",
)
# Metrics and criteria that are fractions from 0 to 1; the others count things.
RATE_NAMES = frozenset(
    {
        "on_time_rate",
        "satisfaction_rate",
        "online_rate",
        "online_enrollment_rate",
        "conduct_rate",
        "early_share",
        "tasks_done",
    }
)
RANK_KEYS = (
    "early_share",
    "on_time_rate",
    "satisfaction_rate",
    "dossiers_handled",
    "initiatives_recognized",
)

OPERATORS: dict[str, Callable[[float, float], bool]] = {
    ">": operator.gt,
    ">=": operator.ge,
    "==": operator.eq,
    "<=": operator.le,
    "<": operator.lt,
}

CHANNELS = ("direct", "online", "postal")
# What an award rule may say about a candidate without data for it (``Rule.if_no_data``).
IF_NO_DATA = ("not_met", "ignore")
# Target metrics that may judge a focus (some procedures, some channels) rather than every
# dossier: those computed from the dossiers' outcomes.
FOCUSED_METRICS = ("on_time_rate", "late_count")


@dataclass(frozen=True)
class Focus:
    """Which dossiers a phase looks at; empty means all. Procedures by name or code."""

    procedures: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()


@dataclass(frozen=True)
class Phase:
    code: str
    name: str
    start: date
    end: date
    focus: Focus = field(default_factory=Focus)


@dataclass(frozen=True)
class Target:
    metric: str
    op: str
    value: float
    # The phase codes it applies to; empty: every phase and the whole campaign.
    phases: tuple[str, ...] = ()
    label: str = ""
    # The task codes a ``tasks_done`` target judges.
    tasks: tuple[str, ...] = ()
    # The dossiers it judges, when not all of the scope's (e.g. the urgent procedures received
    # in person); only for the metrics of ``FOCUSED_METRICS``.
    focus: Focus = field(default_factory=Focus)
    # The survey question a ``satisfaction_rate`` target judges ("thái độ"), as ``asks_about``
    # matches it; empty: every answer.
    question: str = ""


# What a task is at a date (contract.md, ``task list``).
TASK_STATUSES = ("done", "done_late", "open", "overdue")


@dataclass(frozen=True)
class Task:
    """One piece of the campaign's own work, given to a role, a unit or a person as written."""

    code: str
    title: str
    owner: str
    due: date
    evidence: str = ""


@dataclass(frozen=True)
class Rule:
    """One award criterion: ``criterion op value``; ``min_answers`` for satisfaction.

    ``if_no_data`` says what a criterion without data means for a candidate (no dossier to
    count late ones in, no survey answer or too few): ``not_met`` (the default: no data is never
    counted as met) or ``ignore`` (not judged, so staff who handle no dossiers are judged on the
    criteria that apply to them).
    """

    criterion: str
    op: str
    value: float
    min_answers: int | None = None
    label: str = ""
    if_no_data: str = "not_met"
    # The survey question a ``satisfaction_rate`` rule judges; empty: every answer.
    question: str = ""


@dataclass(frozen=True)
class AwardRules:
    individual: tuple[Rule, ...] = ()
    unit: tuple[Rule, ...] = ()
    # Eligible candidates are ranked by these keys, each descending.
    rank: tuple[str, ...] = ("early_share", "satisfaction_rate", "dossiers_handled")
    # The form of commendation proposed ("Giấy khen của Chủ tịch UBND quận"), as the plan says.
    form: str = ""


@dataclass(frozen=True)
class Campaign:
    code: str
    name: str
    reference: str
    start: date
    end: date
    phases: tuple[Phase, ...]
    targets: tuple[Target, ...]
    awards: AwardRules = field(default_factory=AwardRules)
    # Fewer survey answers than this make a satisfaction rate "too few answers".
    min_answers: int = 5
    tasks: tuple[Task, ...] = ()
    # The school year ("2021-2022") whose online enrolment the campaign judges.
    school_year: str | None = None


def judge(actual: float | None, op: str, target: float) -> bool | None:
    """Met, not met, or None when there is no data (never counted as met)."""
    if actual is None:
        return None
    # Rates are fractions; compare with a tolerance so 0.95 computed as 19/20 equals 0.95.
    if op == "==":
        return abs(actual - target) < 1e-9
    if op in (">=", "<=") and abs(actual - target) < 1e-9:
        return True
    return OPERATORS[op](actual, target)


def rate(part: int, whole: int) -> float | None:
    """part / whole, undefined (None, shown "n/a") when whole is 0: never 100% of nothing."""
    return part / whole if whole else None


def task_status(due: date, done_on: date | None, as_of: date) -> str:
    """``done`` (on or before its due date), ``done_late``, ``open`` (not due yet) or ``overdue``.

    Work recorded as done after ``as_of`` was not done at ``as_of``, as a dossier finished after
    the reference date is open at it. A task due on ``as_of`` itself is still open.
    """
    if done_on is not None and done_on <= as_of:
        return "done" if done_on <= due else "done_late"
    return "open" if as_of <= due else "overdue"


def tasks_done_share(tasks: Iterable[tuple[date, date | None]], as_of: date) -> float | None:
    """The share of ``(due, done_on)`` tasks done by their due date, among those judged at
    ``as_of``: a task neither done nor due yet is not judged; None when none is."""
    statuses = [task_status(due, done_on, as_of) for due, done_on in tasks]
    judged = [status for status in statuses if status != "open"]
    return rate(sum(status == "done" for status in judged), len(judged))


def targets_for(campaign: Campaign, phase_code: str | None) -> list[Target]:
    """The targets that apply to one phase, or to the whole campaign when ``phase_code`` is None."""
    if phase_code is None:
        return [t for t in campaign.targets if not t.phases]
    return [t for t in campaign.targets if not t.phases or phase_code in t.phases]


def judged_school_year(campaign: Campaign) -> str:
    """The school year whose enrolment the campaign judges: the one its file names, else the one
    under way when it starts (a June 2021 campaign: 2021-2022)."""
    from thidua_cli.domain.school_year import enrolment_year_of

    return campaign.school_year or enrolment_year_of(campaign.start)


def asks_about(question: str | None, wanted: str) -> bool:
    """Whether an answer to ``question`` answers what a campaign names as ``wanted``.

    Compared word by word without case or diacritics, ``wanted`` being the question's first
    words: "thái độ" is "Thái độ" and "Thái độ giao tiếp, ứng xử của công chức", not "Thời gian
    giải quyết".
    """
    if question is None:
        return False
    words, named = fold_words(question), fold_words(wanted)
    return bool(named) and words[: len(named)] == named


def satisfaction_question(campaign: Campaign | None) -> str:
    """The question the campaign's satisfaction is about: its first ``satisfaction_rate``
    target's (empty when it names none, or has no such target)."""
    for target in campaign.targets if campaign else ():
        if target.metric == "satisfaction_rate":
            return target.question
    return ""


def campaign_as_dict(campaign: Campaign) -> dict[str, Any]:
    """The campaign as plain data (JSON keys in English, dates ISO), for ``campaign show``."""

    def number(name: str, value: float) -> float | int:
        return value if name in RATE_NAMES else int(value)

    def rule(r: Rule) -> dict[str, Any]:
        return {
            "criterion": r.criterion,
            "op": r.op,
            "value": number(r.criterion, r.value),
            "min_answers": r.min_answers,
            "label": r.label,
            "if_no_data": r.if_no_data,
            "question": r.question or None,
        }

    return {
        "code": campaign.code,
        "name": campaign.name,
        "reference": campaign.reference,
        "start": campaign.start.isoformat(),
        "end": campaign.end.isoformat(),
        "min_answers": campaign.min_answers,
        "school_year": campaign.school_year,
        "phases": [
            {
                "code": p.code,
                "name": p.name,
                "start": p.start.isoformat(),
                "end": p.end.isoformat(),
                "focus": {
                    "procedures": list(p.focus.procedures),
                    "channels": list(p.focus.channels),
                },
            }
            for p in campaign.phases
        ],
        "targets": [
            {
                "metric": t.metric,
                "op": t.op,
                "value": number(t.metric, t.value),
                "phases": list(t.phases),
                "label": t.label,
                "tasks": list(t.tasks),
                "focus": {
                    "procedures": list(t.focus.procedures),
                    "channels": list(t.focus.channels),
                },
                "question": t.question or None,
            }
            for t in campaign.targets
        ],
        "tasks": [
            {
                "code": task.code,
                "title": task.title,
                "owner": task.owner,
                "due": task.due.isoformat(),
                "evidence": task.evidence,
            }
            for task in campaign.tasks
        ],
        "awards": {
            "form": campaign.awards.form,
            "rank": list(campaign.awards.rank),
            "individual": [rule(r) for r in campaign.awards.individual],
            "unit": [rule(r) for r in campaign.awards.unit],
        },
    }
