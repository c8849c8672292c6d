"""Rich view of award candidates: eligible rows green, each criterion's value and the reasons."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from rich import box
from rich.console import Group
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from thidua_cli.domain.awards import Assessment
    from thidua_cli.domain.campaign import Campaign, Rule

T = Callable[..., str]


def people_view(
    campaign: Campaign,
    individuals: list[Assessment],
    units: list[Assessment],
    t: T,
    title: str,
) -> Group:
    parts: list[Any] = [Text(title, style="bold")]
    if campaign.awards.individual:
        heading = t(
            "awards.individuals",
            eligible=sum(a.eligible for a in individuals),
            count=len(individuals),
        )
        parts.append(people_table(heading, individuals, campaign.awards.individual, t, True))
    if campaign.awards.unit:
        heading = t("awards.units", eligible=sum(a.eligible for a in units), count=len(units))
        parts.append(people_table(heading, units, campaign.awards.unit, t, False))
    parts.append(Text(t("awards.note"), style="dim"))
    return Group(*parts)


def people_table(
    title: str, assessments: list[Assessment], rules: Sequence[Rule], t: T, person: bool
) -> Table:
    from thidua_cli.domain.awards import RATE_CRITERIA, shown_number
    from thidua_cli.reports.awards import criteria_of, reason_texts

    criteria = criteria_of(rules)
    table = Table(title=title, title_justify="left", show_lines=True, box=box.SQUARE)
    table.add_column(t("awards.col.rank"), justify="right")
    table.add_column(t("awards.col.name" if person else "awards.col.unit"), no_wrap=True)
    if person:
        table.add_column(t("awards.col.unit"), max_width=14)
    for criterion in criteria:
        required = next(
            (a.criteria[criterion].required for a in assessments if criterion in a.criteria), ""
        )
        heading = f"{t(f'awards.criterion.{criterion}')}\n{required}"
        table.add_column(heading, justify="right", max_width=13)
    table.add_column(t("awards.col.reasons"), overflow="fold", ratio=1)
    for a in assessments:
        cells: list[Any] = [str(a.rank or ""), a.name]
        if person:
            cells.append(a.unit or "")
        for criterion in criteria:
            verdict = a.criteria[criterion]
            # A rate from too few answers is not judged, but the council still sees it.
            raw = verdict.value if verdict.value is not None else a.values.get(criterion)
            shown = "n/a" if raw is None else shown_number(raw, is_rate=criterion in RATE_CRITERIA)
            shown += " ✓" if verdict.met else " ✗"
            if criterion == "satisfaction_rate":
                shown += "\n" + t("awards.answers", count=a.answers)
            cells.append(Text(shown, style="" if verdict.met else "red"))
        cells.append("\n".join(f"• {reason}" for reason in reason_texts(a, t)))
        table.add_row(*cells, style="green" if a.eligible else None)
    return table
