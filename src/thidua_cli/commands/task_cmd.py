"""``thidua task list|done|reopen|history``: the campaign's own work and the progress recorded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from thidua_cli.commands.group import Group
from thidua_cli.commands.options import (
    DATE,
    as_of_option,
    format_option,
    output_option,
    state,
)
from thidua_cli.commands.output import emit
from thidua_cli.state import parse_as_of
from thidua_cli.text.help import h

app = typer.Typer(cls=Group, no_args_is_help=True)


def _campaign_option(required: bool = True) -> Any:
    return typer.Option(
        ... if required else None,
        "--campaign",
        help=h("task.opt.campaign" if required else "task.opt.campaign_any"),
        show_default=False,
    )


def _code_argument() -> Any:
    return typer.Argument(..., help=h("task.arg.code"), show_default=False)


@app.command("list", help=h("task.list.help"))
def list_(
    ctx: typer.Context,
    campaign: str | None = _campaign_option(required=False),
    as_of: str | None = as_of_option(),
    owner: str | None = typer.Option(None, "--owner", help=h("task.opt.owner")),
    fmt: str | None = format_option(),
    output: Path | None = output_option(),
) -> None:
    from thidua_cli.reports.tasks import build_task_list
    from thidua_cli.store.campaigns import find_code

    app_state = state(ctx)
    day = parse_as_of(as_of)
    conn = app_state.db()
    code = find_code(conn, campaign) if campaign is not None else None
    report = build_task_list(conn, day, app_state.t, campaign=code, owner=owner)
    emit(app_state, report, fmt, output)


@app.command("done", help=h("task.done.help"))
def done(
    ctx: typer.Context,
    code: str = _code_argument(),
    campaign: str = _campaign_option(),
    on: str | None = typer.Option(None, "--on", help=h("task.opt.on"), metavar=DATE),
    note: str | None = typer.Option(None, "--note", help=h("task.opt.note")),
) -> None:
    _record(ctx, code, campaign, done_on=parse_as_of(on), note=note)


@app.command("reopen", help=h("task.reopen.help"))
def reopen(
    ctx: typer.Context,
    code: str = _code_argument(),
    campaign: str = _campaign_option(),
    note: str | None = typer.Option(None, "--note", help=h("task.opt.reopen_note")),
) -> None:
    _record(ctx, code, campaign, done_on=None, note=note)


def _record(
    ctx: typer.Context, code: str, campaign: str, *, done_on: Any, note: str | None
) -> None:
    """Record the task done on ``done_on`` (open again when None), dated in its history; the
    same record twice changes nothing."""
    from datetime import date, datetime

    from thidua_cli.domain.campaign import task_status
    from thidua_cli.store.campaigns import find_code
    from thidua_cli.store.db import transaction
    from thidua_cli.store.tasks import find_task, record
    from thidua_cli.text.normalize import nfc

    app_state = state(ctx)
    if note is not None:
        note = " ".join(nfc(note).split()) or None
    conn = app_state.db(create=True)
    with transaction(conn, app_state.db_path):
        found = find_code(conn, campaign)
        task = find_task(conn, found, code)
        was = date.fromisoformat(task["done_on"]) if task["done_on"] else None
        if done_on is None and was is None:
            app_state.say("task.already_open", code=task["code"])
            return
        # A note not given on ``done`` keeps the one recorded; ``reopen`` replaces it.
        kept_note = task["note"] if note is None and done_on is not None else note
        if was == done_on and kept_note == task["note"]:
            app_state.say("task.unchanged", code=task["code"])
            return
        record(
            conn, found, task["code"], done_on=done_on, note=kept_note, recorded_at=datetime.now()
        )
    if done_on is None:
        app_state.say("task.reopened", code=task["code"], campaign=found)
        return
    due = date.fromisoformat(task["due"])
    status = task_status(due, done_on, done_on)
    app_state.say(
        "task.recorded",
        code=task["code"],
        campaign=found,
        on=done_on,
        due=due,
        status=app_state.t(f"task.status.{status}"),
    )


def record_progress(
    app_state: Any, campaign: str, entries: list[tuple[str, Any, str | None]]
) -> int:
    """Record each ``(code, done_on, note)`` as ``task done`` would, in one transaction (the
    demo's sample progress); returns how many changed."""
    from datetime import datetime

    from thidua_cli.store.campaigns import find_code
    from thidua_cli.store.db import transaction
    from thidua_cli.store.tasks import find_task, record

    conn = app_state.db(create=True)
    changed = 0
    with transaction(conn, app_state.db_path):
        found = find_code(conn, campaign)
        for code, done_on, note in entries:
            task = find_task(conn, found, code)
            if task["done_on"] != done_on.isoformat() or task["note"] != note:
                record(
                    conn,
                    found,
                    task["code"],
                    done_on=done_on,
                    note=note,
                    recorded_at=datetime.now(),
                )
                changed += 1
    return changed


@app.command("history", help=h("task.history.help"))
def history(
    ctx: typer.Context,
    code: str | None = typer.Argument(None, help=h("task.arg.code_any"), show_default=False),
    campaign: str = _campaign_option(),
    fmt: str | None = format_option(),
    output: Path | None = output_option(),
) -> None:
    from thidua_cli.reports.tasks import build_task_history
    from thidua_cli.store.campaigns import find_code
    from thidua_cli.store.tasks import find_task

    app_state = state(ctx)
    conn = app_state.db()
    found = find_code(conn, campaign)
    task = find_task(conn, found, code)["code"] if code is not None else None
    emit(app_state, build_task_history(conn, found, task, app_state.t), fmt, output)
