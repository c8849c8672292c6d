"""``thidua report monthly``: every report of a month, in every format, into one folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import typer

from thidua_cli.commands.options import DATE, MONTH, state
from thidua_cli.state import AppState, parse_as_of
from thidua_cli.text.help import h


def register(app: typer.Typer) -> None:
    app.command("monthly", help=h("monthly.help"))(monthly)


def monthly(
    ctx: typer.Context,
    month: str | None = typer.Option(None, "--month", help=h("monthly.opt.month"), metavar=MONTH),
    start: str | None = typer.Option(None, "--from", help=h("monthly.opt.from"), metavar=DATE),
    end: str | None = typer.Option(None, "--to", help=h("monthly.opt.to"), metavar=DATE),
    campaign: str | None = typer.Option(None, "--campaign", help=h("monthly.opt.campaign")),
    out: Path = typer.Option(..., "--out", help=h("monthly.opt.out"), metavar=h("meta.dir")),
    as_of: str | None = typer.Option(None, "--as-of", help=h("monthly.opt.as_of"), metavar=DATE),
) -> None:
    from thidua_cli.reports.monthly import period_of

    period = period_of(
        month, parse_as_of(start) if start else None, parse_as_of(end) if end else None
    )
    run_monthly(state(ctx), period, campaign, out, day=parse_as_of(as_of))


def run_monthly(
    app_state: AppState,
    period: Any,
    campaign_code: str | None,
    out: Path,
    *,
    day: date | None = None,
) -> list[Any]:
    """Gather the period's reports and write the batch into ``out``; returns the files written.
    ``day`` is the date its forms bear over the signatures (None leaves it to the clerk)."""
    from thidua_cli.files import make_folder
    from thidua_cli.reports.monthly import load_campaign, report_name, sources, write_batch
    from thidua_cli.text import formats

    conn = app_state.db()

    def note(key: str, params: dict[str, Any]) -> None:
        app_state.warn(key, **params)

    t = app_state.t
    campaign = load_campaign(conn, campaign_code, note, t)
    found = sources(conn, period, campaign, t, note, day=day)
    # Before the reports are built: a folder that cannot be made fails at once, naming it.
    make_folder(out)
    from thidua_cli.ui.progress import progress_bar

    description = t("monthly.progress")
    total = len(found) * 3 + 2
    with progress_bar(app_state.err, description, total, quiet=app_state.quiet) as (
        step,
        set_total,
    ):
        reports = []
        for source in found:
            step(report_name(source.name, t))
            report = source.build()
            if report is not None:
                reports.append(report)
        set_total(len(found) + 2 + 2 * len(reports))
        if app_state.redact:
            from thidua_cli.reports.redact import redact

            for report in reports:
                redact(report)
        for report in reports:
            for key, params in report.warnings:
                app_state.warn(key, **params)
        start, end = period.start, period.end
        if period.month is not None:
            month = formats.month(start.year, start.month, app_state.lang)
            title = t("monthly.title", month=month)
        else:
            title = t("monthly.title_period", start=start, end=end)
        written = write_batch(
            reports,
            period,
            out,
            app_state.lang,
            title=title,
            subtitle=t("monthly.subtitle", start=start, end=end),
            step=step,
            kept=app_state.kept(),
        )
    if not app_state.quiet:
        from thidua_cli.ui.report_view import files_summary

        app_state.err.print(files_summary(written, out / period.folder, t, app_state.lang))
    return written
