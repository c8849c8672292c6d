"""``thidua complaints``: complaints about officers' conduct, and who broke the code of conduct.

An upheld complaint breaks the code-of-conduct criterion for the officer and for the unit; a
pending one is shown as pending and counts for nothing until it is verified.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from thidua_cli.commands.choices import OUTCOME, allowed, chosen
from thidua_cli.commands.options import DATE, format_option, output_option, state
from thidua_cli.commands.output import emit, resolve_format
from thidua_cli.errors import UsageError
from thidua_cli.state import AppState, parse_as_of
from thidua_cli.text.help import h
from thidua_cli.text.sort import sort_key

OUTCOMES = ("upheld", "dismissed", "pending")
COLUMNS = ("date", "officer", "unit", "dossier_code", "content", "outcome", "breaks_conduct")


def complaints(
    ctx: typer.Context,
    start: str | None = typer.Option(None, "--from", help=h("complaint.opt.from"), metavar=DATE),
    end: str | None = typer.Option(None, "--to", help=h("complaint.opt.to"), metavar=DATE),
    officer: str | None = typer.Option(None, "--officer", help=h("complaint.opt.officer")),
    outcome: str | None = typer.Option(
        None,
        "--outcome",
        help=h("complaint.opt.outcome", allowed=allowed(OUTCOME)),
        metavar=h("meta.outcome"),
    ),
    fmt: str | None = format_option(),
    output: Path | None = output_option(),
) -> None:
    from thidua_cli.store.emulation import complaint_counts, list_complaints
    from thidua_cli.text.normalize import person_name

    app_state = state(ctx)
    fmt = resolve_format(fmt, output)
    if outcome is not None:
        outcome = chosen(app_state, OUTCOME, outcome, "complaint.bad_outcome")
    first = parse_as_of(start) if start else None
    last = parse_as_of(end) if end else None
    if first and last and last < first:
        raise UsageError("complaint.bad_period", start=start, end=end)
    who = person_name(officer) if officer else None
    conn = app_state.db()
    rows = list_complaints(conn, start=first, end=last, officer=who, outcome=outcome)
    counts = [
        c for c in complaint_counts(conn, start=first, end=last) if who in (None, c["officer"])
    ]
    emit(app_state, complaints_report(app_state, rows, counts), fmt, output)


def complaints_report(
    app_state: AppState, rows: list[dict[str, Any]], counts: list[dict[str, Any]]
) -> Any:
    from thidua_cli.reports.model import Column, Report, ReportTable

    t = app_state.t
    for row in rows:
        row["breaks_conduct"] = row["outcome"] == "upheld"
    officers = [c["officer"] for c in counts if c["upheld"]]
    units = sorted({c["unit"] for c in counts if c["upheld"] and c["unit"]}, key=sort_key)
    pending = sum(int(c["pending"]) for c in counts)
    columns = [
        Column("date", t("complaint.col.date"), kind="date"),
        Column("officer", t("complaint.col.officer")),
        Column("unit", t("complaint.col.unit")),
        Column("dossier_code", t("complaint.col.dossier_code")),
        Column("content", t("complaint.col.content")),
        Column(
            "outcome",
            t("complaint.col.outcome"),
            labels={o: t(f"complaint.outcome.{o}") for o in OUTCOMES},
        ),
        Column("breaks_conduct", t("complaint.col.breaks_conduct"), kind="bool"),
    ]
    notes = [
        t("complaint.breaches", officers=", ".join(officers), units=", ".join(units))
        if officers
        else t("complaint.no_breach")
    ]
    if pending:
        notes.append(t("complaint.pending_note", count=pending))
    title = t("complaint.title", count=len(rows))
    table = ReportTable("complaints", title, columns, rows, note=" ".join(notes))
    report = Report(
        name="complaints",
        title=title,
        data={
            "complaints": rows,
            "officers_in_breach": officers,
            "units_in_breach": units,
            "pending": pending,
        },
        tables=[table],
        sheet=t("complaint.sheet"),
    )

    def view() -> object:
        from thidua_cli.ui.records_view import complaints_view

        return complaints_view(table, notes, t, app_state.lang)

    report.custom_table = view
    return report
