"""``thidua report compliance``: a campaign's phases and whole span against its targets."""

from __future__ import annotations

from pathlib import Path

import typer

from thidua_cli.commands.options import (
    as_of_option,
    format_option,
    output_option,
    state,
)
from thidua_cli.errors import EXIT_FINDINGS
from thidua_cli.state import parse_as_of
from thidua_cli.text.help import h

SHOWN_MISSING = 10


def register(app: typer.Typer) -> None:
    app.command("compliance", help=h("compliance.help"))(compliance)


def compliance(
    ctx: typer.Context,
    campaign: str = typer.Option(..., "--campaign", help=h("compliance.opt.campaign")),
    as_of: str | None = as_of_option(),
    strict: bool = typer.Option(False, "--strict", help=h("compliance.opt.strict")),
    fmt: str | None = format_option(),
    output: Path | None = output_option(),
) -> None:
    from thidua_cli.commands.output import emit, resolve_format
    from thidua_cli.reports.campaigns import get_campaign
    from thidua_cli.reports.compliance import build_compliance, unmet

    app_state = state(ctx)
    fmt = resolve_format(fmt, output)
    day = parse_as_of(as_of)
    conn = app_state.db()
    chosen = get_campaign(conn, campaign)
    report, (missing, codes) = build_compliance(
        conn, chosen, day, app_state.t, missing_shown=SHOWN_MISSING
    )
    if missing:
        shown = ", ".join(codes) + (" ..." if missing > len(codes) else "")
        report.warnings.append(("compliance.missing_due", {"count": missing, "codes": shown}))

    def view() -> object:
        from thidua_cli.ui.campaign_view import compliance_view

        return compliance_view(report, app_state.t, app_state.lang)

    report.custom_table = view
    emit(app_state, report, fmt, output)
    failed = unmet(report.data)
    if failed:
        app_state.warn("compliance.unmet", count=len(failed))
        if strict:
            raise typer.Exit(EXIT_FINDINGS)
