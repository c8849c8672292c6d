"""How a requirement reads: as a phrase for people, as a word for a spreadsheet's CSV.

A campaign file writes an operator as ``>``, ``>=``, ``==``, ``<=`` or ``<``. People read it as
a symbol inside a phrase that does not start with it ("yêu cầu ≥ 1", "cần bằng 0"): a cell that
starts with ``=`` would be a formula to a spreadsheet, and a bare ``==`` says nothing to a clerk.
CSV writes the operator as an English word (``eq``), which no spreadsheet runs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from thidua_cli.domain.campaign import RATE_NAMES
from thidua_cli.reports.model import Column
from thidua_cli.text.formats import Rate

T = Callable[..., str]

SYMBOLS = {">": ">", ">=": "≥", "==": "=", "<=": "≤", "<": "<"}
WORDS = {">": "gt", ">=": "ge", "==": "eq", "<=": "le", "<": "lt"}


def amount(value: float, *, is_rate: bool) -> float:
    """A target's value, typed so that a message shows a rate in percent (``95%``, ``96,5%``)
    and a count as a number, in the message's language."""
    return Rate(value) if is_rate else value


def requirement_phrase(op: str, value: float, name: str, t: T, question: str = "") -> str:
    """ "yêu cầu > 95%", "cần bằng 0": the requirement of ``name`` (a metric or criterion); with
    the survey question a satisfaction requirement counts, when it names one."""
    shown = amount(value, is_rate=name in RATE_NAMES)
    if op == "==":
        phrase = t("papers.requirement.equal", value=shown)
    else:
        phrase = t("papers.requirement", op=SYMBOLS[op], value=shown)
    return (
        t("papers.requirement.question", requirement=phrase, question=question)
        if question
        else phrase
    )


def focus_text(focus: Mapping[str, Sequence[str]], t: T) -> str:
    """ "thủ tục: A; B. Kênh: trực tiếp.": the dossiers a focus looks at, in words."""
    parts = []
    if focus["procedures"]:
        parts.append(t("campaign.focus_procedures", names="; ".join(focus["procedures"])))
    if focus["channels"]:
        channels = ", ".join(t(f"campaign.channel.{c}") for c in focus["channels"])
        parts.append(t("campaign.focus_channels", channels=channels))
    return " ".join(parts) if parts else t("campaign.focus_all")


def target_columns(t: T, *, scope: bool = True) -> list[Column]:
    """A judged target as a table row: the label, the requirement in words, the actual value (a
    rate or a count by its metric) and the verdict for people; metric, operator (a word) and
    target value for programs."""
    columns = [Column("scope", t("compliance.col.scope"))] if scope else []
    return [
        *columns,
        Column("label", t("compliance.col.target_label")),
        Column("metric", t("compliance.col.metric"), audience="machines"),
        Column("op", t("compliance.col.op"), audience="machines"),
        Column("target", t("compliance.col.target"), "number", audience="machines"),
        Column("requirement", t("papers.col.requirement"), audience="people"),
        Column("actual", t("compliance.col.actual"), "number", kind_key="actual_kind"),
        Column("met", t("compliance.col.met"), "verdict"),
        # Last, so the columns a script read before keep their places.
        Column("question", t("compliance.col.question"), audience="machines"),
    ]


def target_row(target: dict[str, Any], t: T, scope: str | None = None) -> dict[str, Any]:
    """The row of ``target`` (a judged target of the contract's JSON) for ``target_columns``."""
    metric = target["metric"]
    row = {
        "label": target.get("label") or t(f"compliance.metric.{metric}"),
        "metric": metric,
        "op": WORDS[target["op"]],
        "target": target["target"],
        "question": target.get("question"),
        "requirement": requirement_phrase(
            target["op"], target["target"], metric, t, target.get("question") or ""
        ),
        "actual": target["actual"],
        "actual_kind": "rate" if metric in RATE_NAMES else "int",
        "met": target["met"],
    }
    return row if scope is None else {"scope": scope, **row}
