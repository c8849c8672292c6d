"""``thidua check``: the daily late-dossier check, for a person or for cron."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from thidua_cli.commands.dossiers_cmd import dossier_table
from thidua_cli.commands.options import (
    as_of_option,
    check_format,
    format_option,
    output_option,
    state,
)
from thidua_cli.commands.output import emit, resolve_format
from thidua_cli.errors import EXIT_FINDINGS, UsageError
from thidua_cli.state import parse_as_of
from thidua_cli.text.help import h


def check(
    ctx: typer.Context,
    as_of: str | None = as_of_option(),
    within: int = typer.Option(2, "--within", help=h("check.opt.within"), min=0),
    fmt: str | None = format_option(),
    output: Path | None = output_option(),
) -> None:
    from thidua_cli.reports.check import build_check_report

    app_state = state(ctx)
    check_format(fmt)
    fmt = resolve_format(fmt, output)
    if within > 365:
        raise UsageError("check.bad_within", value=within)
    day = parse_as_of(as_of)
    report = build_check_report(app_state.db(), day, within, app_state.t)
    lists = {table.name: table.rows for table in report.tables}
    all_well = not any(lists.values())
    report.custom_table = lambda: _tables(app_state, day.isoformat(), within, lists)
    # With --quiet, cron mails only findings: a clean day prints nothing for a person.
    if not (app_state.quiet and all_well and fmt == "table"):
        emit(app_state, report, fmt, output)
    if lists["overdue"]:
        raise typer.Exit(EXIT_FINDINGS)


def _tables(app_state: Any, as_of: str, within: int, lists: dict[str, list[dict[str, Any]]]) -> Any:
    from rich.console import Group
    from rich.text import Text

    t = app_state.t
    parts: list[Any] = [Text(t("check.heading", as_of=as_of), style="bold")]
    if not any(lists.values()):
        parts.append(Text(t("check.all_well"), style="green"))
        return Group(*parts)
    titles = {
        "overdue": t("check.overdue", count=len(lists["overdue"])),
        "due_soon": t("check.due_soon", count=len(lists["due_soon"]), within=within),
    }
    for name in ("overdue", "due_soon"):
        if lists[name]:
            parts.append(dossier_table(titles[name], lists[name], t, finished=False))
    apology = lists["apology_needed"]
    if apology:
        parts.append(Text(t("check.apology_todo", count=len(apology)), style="bold yellow"))
        by_officer: dict[str, list[str]] = {}
        for row in apology:
            officer = row["officer"] or t("check.no_officer")
            by_officer.setdefault(officer, []).append(f"{row['code']} ({row['due_date']})")
        for officer, codes in sorted(by_officer.items()):
            parts.append(Text(f"  • {officer}: " + ", ".join(codes)))
    return Group(*parts)
