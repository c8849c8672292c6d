"""``thidua awards --campaign C``: candidates for the campaign's commendation, by its award rules."""

from __future__ import annotations

from pathlib import Path

import typer

from thidua_cli.commands.options import DATE, format_option, output_option, state
from thidua_cli.commands.output import emit, resolve_format
from thidua_cli.state import parse_as_of
from thidua_cli.text.help import h


def awards(
    ctx: typer.Context,
    campaign: str = typer.Option(..., "--campaign", help=h("awards.opt.campaign")),
    as_of: str | None = typer.Option(None, "--as-of", help=h("proposal.opt.as_of"), metavar=DATE),
    fmt: str | None = format_option(),
    output: Path | None = output_option(),
) -> None:
    from thidua_cli.reports.awards import awards_report
    from thidua_cli.reports.campaigns import get_campaign

    app_state = state(ctx)
    fmt = resolve_format(fmt, output)
    day = parse_as_of(as_of)
    conn = app_state.db()
    found = get_campaign(conn, campaign)
    report = awards_report(conn, found, app_state.t, until=day)
    # The list an office sends, as a paper: written by --output *.docx, from the JSON's own
    # ``proposal``.
    from thidua_cli.reports.proposal import proposal_document
    from thidua_cli.store.reference import office

    report.document = proposal_document(
        report.data["proposal"], found, office(conn), day, app_state.t
    )

    def view() -> object:
        from thidua_cli.ui.awards_view import people_view

        return people_view(report, app_state.lang)

    # The terminal shows the report's own tables, as every other format does.
    report.custom_table = view
    emit(app_state, report, fmt, output)
