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
    year: str | None = typer.Option(
        None, "--year", help=h("enrollment.opt.report_year"), metavar=h("meta.school_year")
    ),
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
    chosen = None
    if year is not None:
        from thidua_cli.domain.school_year import school_year
        from thidua_cli.errors import UsageError

        chosen = school_year(year)
        if chosen is None:
            raise UsageError("enrollment.bad_year_option", value=year)
    emit(app_state, enrollment_report(conn, app_state.t, found, chosen), fmt, output)
