"""Award candidates: each person's or unit's criteria judged against a campaign's award rules.

The figures come from the store (computed in SQL over the campaign's span); this module only
judges and ranks them. Reasons are catalogue keys with their parameters, so the caller words them
in the user's language. The tool proposes, the emulation council decides: every criterion is shown
with its value and requirement, met or not, for the eligible and the others alike.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from thidua_cli.domain.campaign import RATE_NAMES, Rule, judge

# Criteria whose values are fractions (shown as percentages); the others are counts.
RATE_CRITERIA = RATE_NAMES

_SHOWN_OPS = {">": ">", ">=": "≥", "==": "=", "<=": "≤", "<": "<"}

Value = float | int | None


@dataclass(frozen=True)
class Reason:
    """Why one criterion is not met: a catalogue key and its parameters (raw values: the value,
    the operator and target, whether it is a rate), which the caller words."""

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Facts:
    """A candidate's figures over the campaign: ``values`` by criterion, and the number of
    survey answers behind ``satisfaction_rate`` (which the rules need to judge it)."""

    name: str
    values: Mapping[str, Value]
    answers: int = 0
    unit: str | None = None
    title: str | None = None  # a person's title as the roster writes it ("Tổ trưởng")


@dataclass(frozen=True)
class Verdict:
    criterion: str
    value: Value
    required: str
    met: bool | None  # None: not judged, for want of data (``Rule.if_no_data = "ignore"``)
    reasons: tuple[Reason, ...] = ()
    # The rules that judged it (two for a range), so each format words them its own way.
    rules: tuple[Rule, ...] = ()


@dataclass
class Assessment:
    name: str
    unit: str | None
    eligible: bool
    criteria: dict[str, Verdict]
    answers: int = 0
    rank: int | None = None  # 1, 2, ... for the eligible, in order; None for the others
    values: Mapping[str, Value] = field(default_factory=dict)
    title: str | None = None

    @property
    def reasons(self) -> list[Reason]:
        return [reason for verdict in self.criteria.values() for reason in verdict.reasons]


def shown_number(value: float, *, is_rate: bool) -> str:
    """A value as the council reads it: rates as percentages to a tenth, counts whole."""
    if is_rate:
        return f"{value * 100:.1f}%"
    return f"{value:g}" if isinstance(value, float) else str(value)


def requirement(op: str, value: float, *, is_rate: bool) -> str:
    """A requirement in words a sheet can hold: "> 95%", "= 0", "≥ 1"."""
    shown = f"{round(value * 100, 2):g}%" if is_rate else f"{value:g}"
    return f"{_SHOWN_OPS.get(op, op)} {shown}"


def required_text(rule: Rule) -> str:
    return requirement(rule.op, rule.value, is_rate=rule.criterion in RATE_CRITERIA)


# Criteria that count something a candidate should have at least some of: none at all is said
# as such ("registered no initiative"), not as a figure against a requirement.
_AT_LEAST_ONE = frozenset({"dossiers_handled", "initiatives_registered", "initiatives_recognized"})


def _judge_rule(
    rule: Rule, facts: Facts, min_answers: int
) -> tuple[Value, bool | None, Reason | None]:
    """(the value judged, met / not met / not judged, why not met)."""
    value = facts.values.get(rule.criterion)
    ignore = rule.if_no_data == "ignore"
    if rule.criterion == "satisfaction_rate":
        needed = rule.min_answers if rule.min_answers is not None else min_answers
        if facts.answers < needed:
            # A rate from a handful of answers says little: no data to judge by.
            if ignore:
                return None, None, None
            key = (
                "awards.reason.no_answers"
                if facts.answers == 0
                else "awards.reason.too_few_answers"
            )
            return None, False, Reason(key, {"answers": facts.answers, "min": needed})
    met = judge(None if value is None else float(value), rule.op, rule.value)
    if met is None:
        if ignore:
            return None, None, None
        return None, False, Reason(f"awards.reason.no_data.{rule.criterion}")
    if met:
        return value, True, None
    assert value is not None
    key = f"awards.reason.{rule.criterion}"
    params: dict[str, Any] = {
        "value": value,
        "op": rule.op,
        "target": rule.value,
        "rate": rule.criterion in RATE_CRITERIA,
    }
    if rule.criterion in _AT_LEAST_ONE and value == 0:
        key += ".none"
        rejected = facts.values.get("initiatives_rejected") or 0
        if rule.criterion == "initiatives_registered" and rejected:
            # Something was registered, and the council did not recognise it: say so.
            key = "awards.reason.initiatives_registered.rejected"
            params["rejected"] = rejected
    return value, False, Reason(key, params)


def _both(first: bool | None, second: bool | None) -> bool | None:
    """Two rules on one criterion (a range): not met if either is not, judged if either is."""
    if first is False or second is False:
        return False
    if first is None and second is None:
        return None
    return True


def assess(facts: Facts, rules: Sequence[Rule], min_answers: int) -> Assessment:
    """Every rule judged for one candidate. A criterion named by two rules (a range) is met when
    both are, and shows both requirements. A candidate is eligible when no criterion is unmet
    and at least one is met: a criterion not judged for want of data (``if_no_data = "ignore"``)
    neither helps nor blocks."""
    criteria: dict[str, Verdict] = {}
    for rule in rules:
        value, met, reason = _judge_rule(rule, facts, min_answers)
        reasons = (reason,) if reason else ()
        previous = criteria.get(rule.criterion)
        if previous is None:
            criteria[rule.criterion] = Verdict(
                rule.criterion, value, required_text(rule), met, reasons, (rule,)
            )
        else:
            criteria[rule.criterion] = Verdict(
                rule.criterion,
                previous.value,
                f"{previous.required}; {required_text(rule)}",
                _both(previous.met, met),
                previous.reasons + reasons,
                (*previous.rules, rule),
            )
    verdicts = [v.met for v in criteria.values()]
    eligible = any(verdicts) and False not in verdicts
    return Assessment(
        name=facts.name,
        unit=facts.unit,
        eligible=eligible,
        criteria=criteria,
        answers=facts.answers,
        values=dict(facts.values),
        title=facts.title,
    )


def name_key(name: str) -> tuple[str, str]:
    """Vietnamese lists sort by the given name (the last word), then by the whole name."""
    decomposed = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D").lower())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = plain.split()
    return (words[-1] if words else "", plain)


def _rank_value(assessment: Assessment, key: str) -> float:
    verdict = assessment.criteria.get(key)
    # A judged criterion ranks by the value it was judged on (a satisfaction rate from too few
    # answers is undefined there); an unjudged key ranks by the raw figure.
    value = verdict.value if verdict is not None else assessment.values.get(key)
    return float("-inf") if value is None else float(value)


def ranked(
    assessments: Iterable[Assessment], rank_keys: Sequence[str], *, people: bool = True
) -> list[Assessment]:
    """Eligible first, by the campaign's rank keys (each descending, no data last), then by name
    (a person's given name first); then the others, those missing fewest criteria first, in the
    same order."""

    def order(a: Assessment) -> tuple[Any, ...]:
        unmet = sum(1 for v in a.criteria.values() if v.met is False)
        return (
            not a.eligible,
            unmet,
            *(-_rank_value(a, key) for key in rank_keys),
            name_key(a.name) if people else name_key(a.name)[::-1],
        )

    result = sorted(assessments, key=order)
    place = 0
    for assessment in result:
        if assessment.eligible:
            place += 1
            assessment.rank = place
    return result


def evaluate(
    candidates: Iterable[Facts],
    rules: Sequence[Rule],
    rank_keys: Sequence[str],
    min_answers: int,
    *,
    people: bool = True,
) -> list[Assessment]:
    """The candidates judged and ranked: the award list a council reads."""
    return ranked(
        (assess(facts, rules, min_answers) for facts in candidates), rank_keys, people=people
    )
