"""``thidua initiative``: register initiatives (sáng kiến, mô hình, giải pháp), follow their status."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import typer

from thidua_cli.commands.choices import INITIATIVE_STATUS, allowed, chosen
from thidua_cli.commands.group import Group
from thidua_cli.commands.options import DATE, format_option, output_option, state
from thidua_cli.commands.output import emit, resolve_format
from thidua_cli.errors import UsageError
from thidua_cli.state import AppState, parse_as_of
from thidua_cli.text.help import h

app = typer.Typer(cls=Group, no_args_is_help=True)

STATUSES = ("registered", "under_review", "recognized", "rejected")
KINDS = ("initiative", "model", "solution")
# The plan's path: registered → under review → recognised or rejected; a decision is final.
NEXT = {
    "registered": ("under_review", "recognized", "rejected"),
    "under_review": ("recognized", "rejected"),
    "recognized": (),
    "rejected": (),
}
DECIDED = ("recognized", "rejected")


def _date(value: str | None) -> date | None:
    return parse_as_of(value) if value else None


@app.command("add", help=h("initiative.add.help"))
def add(
    ctx: typer.Context,
    owner: str = typer.Argument(..., help=h("initiative.arg.owner")),
    title: str = typer.Argument(..., help=h("initiative.arg.title")),
    registered_on: str = typer.Option(
        ..., "--registered-on", help=h("initiative.opt.registered_on"), metavar=DATE
    ),
    kind: str | None = typer.Option(None, "--kind", help=h("initiative.opt.kind")),
) -> None:
    from thidua_cli.importing.kinds.initiatives import initiative_kind, title_key
    from thidua_cli.ingest.vocab import FieldError
    from thidua_cli.store.db import transaction
    from thidua_cli.store.emulation import add_initiative, get_initiative
    from thidua_cli.text.normalize import person_name

    app_state = state(ctx)
    owner, title = person_name(owner), person_name(title)
    if not owner or not title:
        raise UsageError("initiative.empty_text")
    kind_word = None
    if kind is not None:
        try:
            kind_word = initiative_kind(kind)
        except FieldError:
            raise UsageError("initiative.bad_kind", value=kind) from None
    registered = parse_as_of(registered_on)
    conn = app_state.db(create=True)
    with transaction(conn, app_state.db_path):
        new_id = add_initiative(
            conn,
            owner=owner,
            title=title,
            title_key=title_key(title),
            kind=kind_word,
            registered_on=registered,
            status="registered",
            decided_on=None,
            decision_no=None,
        )
        added = get_initiative(conn, new_id)
    app_state.say("initiative.added", id=new_id, title=title, owner=owner)
    if added["owner_kind"] is None:
        app_state.warn("initiative.unknown_owner", name=owner)


@app.command("set-status", help=h("initiative.set_status.help"))
def set_status(
    ctx: typer.Context,
    initiative_id: int = typer.Argument(..., metavar="ID", help=h("initiative.arg.id")),
    status: str = typer.Argument(
        ...,
        help=h("initiative.arg.status", allowed=allowed(INITIATIVE_STATUS)),
        metavar=h("meta.status"),
        show_default=False,
    ),
    decided_on: str | None = typer.Option(
        None, "--decided-on", help=h("initiative.opt.decided_on"), metavar=DATE
    ),
    decision_no: str | None = typer.Option(
        None, "--decision-no", help=h("initiative.opt.decision_no")
    ),
) -> None:
    from thidua_cli.store.db import transaction
    from thidua_cli.store.emulation import get_initiative, set_initiative_status

    app_state = state(ctx)
    status = chosen(app_state, INITIATIVE_STATUS, status, "initiative.bad_status")
    decided = _date(decided_on)
    conn = app_state.db()
    with transaction(conn, app_state.db_path):
        current = get_initiative(conn, initiative_id)
        old = current["status"]
        # Setting the same status again only corrects the decision's date or number.
        if status != old and status not in NEXT[old]:
            raise UsageError(
                "initiative.bad_transition",
                id=initiative_id,
                current=app_state.t(f"initiative.status.{old}"),
                status=app_state.t(f"initiative.status.{status}"),
            )
        if status in DECIDED:
            decided = decided or _date(current["decided_on"])
            if decided is None:
                raise UsageError(
                    "initiative.needs_decision_date",
                    status=app_state.t(f"initiative.status.{status}"),
                )
            if decided.isoformat() < current["registered_on"]:
                raise UsageError(
                    "initiative.decided_before_registered",
                    decided=decided,
                    registered=date.fromisoformat(current["registered_on"]),
                )
            number = decision_no if decision_no is not None else current["decision_no"]
        else:
            decided, number = None, None
        set_initiative_status(conn, initiative_id, status, decided, number)
    app_state.say(
        "initiative.status_set",
        id=initiative_id,
        old=app_state.t(f"initiative.status.{old}"),
        new=app_state.t(f"initiative.status.{status}"),
    )


@app.command("list", help=h("initiative.list.help"))
def list_command(
    ctx: typer.Context,
    fmt: str | None = format_option(),
    output: Path | None = output_option(),
) -> None:
    from thidua_cli.store.emulation import has_roster, list_initiatives, units_without_initiative

    app_state = state(ctx)
    fmt = resolve_format(fmt, output)
    conn = app_state.db()
    rows = list_initiatives(conn)
    missing = units_without_initiative(conn)
    report = initiatives_report(app_state, rows, missing, roster=has_roster(conn))
    emit(app_state, report, fmt, output)


def initiatives_report(
    app_state: AppState, rows: list[dict[str, Any]], missing: list[str], *, roster: bool = True
) -> Any:
    from thidua_cli.reports.model import Column, Report, ReportTable

    t = app_state.t
    owner_kinds: dict[Any, str] = {k: t(f"initiative.owner_kind.{k}") for k in ("officer", "unit")}
    owner_kinds[None] = t("initiative.owner_kind.unknown")
    columns = [
        Column("id", t("initiative.col.id"), kind="int"),
        Column("owner", t("initiative.col.owner")),
        Column("owner_kind", t("initiative.col.owner_kind"), labels=owner_kinds),
        Column("unit", t("initiative.col.unit")),
        Column(
            "kind", t("initiative.col.kind"), labels={k: t(f"initiative.kind.{k}") for k in KINDS}
        ),
        Column("title", t("initiative.col.title")),
        Column("registered_on", t("initiative.col.registered_on"), kind="date"),
        Column(
            "status",
            t("initiative.col.status"),
            labels={s: t(f"initiative.status.{s}") for s in STATUSES},
        ),
        Column("decided_on", t("initiative.col.decided_on"), kind="date"),
        Column("decision_no", t("initiative.col.decision_no")),
    ]
    note = ""
    if missing:
        note = t("initiative.units_without", units=", ".join(missing))
    elif roster:
        note = t("initiative.all_units_registered")
    title = t("initiative.title", count=len(rows))
    table = ReportTable("initiatives", title, columns, rows, note=note)
    return Report(
        name="initiatives",
        title=title,
        data={"initiatives": rows, "units_without_initiative": missing},
        tables=[table],
        sheet=t("initiative.sheet"),
    )
