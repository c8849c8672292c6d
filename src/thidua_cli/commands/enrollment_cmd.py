"""``thidua report enrollment``: online enrolment per school and stage, against a campaign target."""

from __future__ import annotations

from pathlib import Path

import typer

from thidua_cli.commands.options import format_option, output_option, state
from thidua_cli.commands.output import emit, resolve_format
from thidua_cli.text.help import h


def register(app: typer.Typer) -> None:
    app.command("enrollment", help=h("enrollment.help"))(enrollment)


def enrollment(
    ctx: typer.Context,
    campaign: str | None = typer.Option(None, "--campaign", help=h("enrollment.opt.campaign")),
    fmt: str | None = format_option(),
    output: Path | None = output_option(),
) -> None:
    from thidua_cli.reports.enrollment import enrollment_report

    app_state = state(ctx)
    fmt = resolve_format(fmt, output)
    conn = app_state.db()
    found = None
    if campaign is not None:
        from thidua_cli.reports.campaigns import get_campaign

        found = get_campaign(conn, campaign)
    emit(app_state, enrollment_report(conn, app_state.t, found), fmt, output)
