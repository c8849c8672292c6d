"""``thidua report satisfaction``: citizens' satisfaction per officer, unit, procedure or channel."""

from __future__ import annotations

from pathlib import Path

import typer

from thidua_cli.commands.choices import SATISFACTION_BY, allowed, chosen, shown
from thidua_cli.commands.options import DATE, format_option, output_option, state
from thidua_cli.errors import UsageError
from thidua_cli.state import parse_as_of
from thidua_cli.text.help import h


def register(app: typer.Typer) -> None:
    app.command("satisfaction", help=h("satisfaction.help"))(satisfaction)


def satisfaction(
    ctx: typer.Context,
    campaign: str | None = typer.Option(None, "--campaign", help=h("satisfaction.opt.campaign")),
    start: str | None = typer.Option(None, "--from", help=h("satisfaction.opt.from"), metavar=DATE),
    end: str | None = typer.Option(None, "--to", help=h("satisfaction.opt.to"), metavar=DATE),
    by: str = typer.Option(
        "officer",
        "--by",
        help=h(
            "satisfaction.opt.by",
            allowed=allowed(SATISFACTION_BY),
            default=shown(SATISFACTION_BY, "officer"),
        ),
        metavar=h("meta.group"),
        show_default=False,
    ),
    question: str | None = typer.Option(
        None, "--question", help=h("satisfaction.opt.question"), metavar=h("meta.question")
    ),
    fmt: str | None = format_option(),
    output: Path | None = output_option(),
) -> None:
    from thidua_cli.commands.output import emit, resolve_format
    from thidua_cli.reports.campaigns import get_campaign
    from thidua_cli.reports.satisfaction import build_satisfaction

    app_state = state(ctx)
    fmt = resolve_format(fmt, output)
    by = chosen(app_state, SATISFACTION_BY, by, "report.bad_group")
    if campaign is not None and (start or end):
        raise UsageError("satisfaction.campaign_or_period")
    first = parse_as_of(start) if start else None
    last = parse_as_of(end) if end else None
    if first and last and last < first:
        raise UsageError("form06.bad_period", start=start, end=end)
    conn = app_state.db()
    found = get_campaign(conn, campaign) if campaign is not None else None
    report = build_satisfaction(
        conn, app_state.t, by=by, start=first, end=last, campaign=found, question=question
    )

    def view() -> object:
        from thidua_cli.ui.campaign_view import satisfaction_view

        return satisfaction_view(report.data, report.title, app_state.t, app_state.lang)

    report.custom_table = view
    emit(app_state, report, fmt, output)
