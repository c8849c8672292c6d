"""``thidua awards --campaign C``: candidates for the campaign's commendation, by its award rules."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from thidua_cli.commands.options import check_format, format_option, output_option, state
from thidua_cli.commands.output import emit
from thidua_cli.text.help import h

if TYPE_CHECKING:
    from thidua_cli.domain.awards import Assessment
    from thidua_cli.domain.campaign import Campaign, Rule

T = Callable[..., str]


def awards(
    ctx: typer.Context,
    campaign: str = typer.Option(..., "--campaign", help=h("awards.opt.campaign")),
    fmt: str | None = format_option(),
    output: Path | None = output_option(),
) -> None:
    from thidua_cli.reports.awards import awards_report, judged
    from thidua_cli.reports.campaigns import get_campaign

    app_state = state(ctx)
    check_format(fmt)
    conn = app_state.db()
    found = get_campaign(conn, campaign)
    individuals, units = judged(conn, found)
    report = awards_report(conn, found, app_state.t, (individuals, units))
    report.custom_table = lambda: people_view(found, individuals, units, app_state.t, report.title)
    emit(app_state, report, fmt, output)


def people_view(
    campaign: Campaign,
    individuals: list[Assessment],
    units: list[Assessment],
    t: T,
    title: str,
) -> Any:
    from rich.console import Group
    from rich.text import Text

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
) -> Any:
    from rich import box
    from rich.table import Table
    from rich.text import Text

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
