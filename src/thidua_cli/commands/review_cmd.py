"""``thidua report review``: the interim or final review of a campaign, as the office files it."""

from __future__ import annotations

from pathlib import Path

import typer

from thidua_cli.commands.options import as_of_option, format_option, output_option, state
from thidua_cli.errors import UsageError
from thidua_cli.state import parse_as_of
from thidua_cli.text.help import h


def register(app: typer.Typer) -> None:
    app.command("review", help=h("review.help"))(review)


def read_stage(value: str) -> str:
    """``so-ket`` or ``tong-ket``, also typed as the words are written ("sơ kết", "Tổng kết")."""
    from thidua_cli.reports.review import STAGES
    from thidua_cli.text.normalize import fold

    for stage in STAGES:
        if fold(value) == fold(stage):
            return stage
    raise UsageError("review.bad_stage", value=value)


def review(
    ctx: typer.Context,
    campaign: str = typer.Option(..., "--campaign", help=h("review.opt.campaign")),
    stage: str = typer.Option(
        ..., "--stage", help=h("review.opt.stage"), metavar="so-ket|tong-ket"
    ),
    as_of: str | None = as_of_option(),
    fmt: str | None = format_option(),
    output: Path | None = output_option(),
) -> None:
    from thidua_cli.commands.output import emit, resolve_format
    from thidua_cli.reports.campaigns import get_campaign
    from thidua_cli.reports.review import build_review

    app_state = state(ctx)
    chosen_stage = read_stage(stage)
    fmt = resolve_format(fmt, output)
    day = parse_as_of(as_of)
    conn = app_state.db()
    found = get_campaign(conn, campaign)
    report = build_review(conn, found, chosen_stage, day, app_state.t, app_state.lang)
    emit(app_state, report, fmt, output)
