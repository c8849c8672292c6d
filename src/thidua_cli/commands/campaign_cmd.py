"""``thidua campaign load|list|show``: emulation campaigns described in TOML files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from thidua_cli.commands.group import Group
from thidua_cli.commands.options import format_option, output_option, state
from thidua_cli.commands.output import emit, resolve_format
from thidua_cli.errors import InputFileError, UsageError
from thidua_cli.text.help import h
from thidua_cli.text.sort import sort_key

app = typer.Typer(cls=Group, no_args_is_help=True)

LIST_COLUMNS = (
    "code",
    "name",
    "reference",
    "start",
    "end",
    "min_answers",
    "loaded_at",
    "file_name",
)


def read_campaign_text(file: Path) -> str:
    """The file's text; a BOM from Notepad is dropped, anything but UTF-8 is refused."""
    from thidua_cli.ingest.campaign_file import read_toml_bytes

    if not file.exists() and not file.is_symlink():
        raise UsageError("campaign.no_such_file", path=str(file))
    try:
        return read_toml_bytes(file).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputFileError("campaign.not_utf8", file=str(file), position=exc.start) from None
    except OSError as exc:
        raise InputFileError("campaign.unreadable", file=str(file), reason=exc.strerror) from None


def load_campaign(app_state: Any, file: Path) -> None:
    """Check the file whole, then store it (insert or update) in one transaction."""
    from thidua_cli.ingest.campaign_file import parse_campaign
    from thidua_cli.store.campaigns import save_campaign, unmatched_procedures
    from thidua_cli.store.db import transaction
    from thidua_cli.store.tasks import save_tasks

    text = read_campaign_text(file)
    # Parsed before the database is even opened: a broken file changes nothing.
    campaign = parse_campaign(text, file=str(file), lang=app_state.lang)
    conn = app_state.db(create=True)
    with transaction(conn, app_state.db_path):
        outcome = save_campaign(conn, campaign, text, file.name)
        # Always, not only when the text changed: the file is the one truth for its tasks.
        tasks = save_tasks(conn, campaign.code, campaign.tasks)
    app_state.say(
        f"campaign.{outcome}",
        code=campaign.code,
        phases=len(campaign.phases),
        targets=len(campaign.targets),
    )
    if tasks.kept or tasks.removed:
        app_state.say(
            "task.reloaded", count=tasks.total, kept=tasks.kept, removed=len(tasks.removed)
        )
    elif tasks.total:
        app_state.say("task.loaded", count=tasks.total)
    if tasks.lost_progress:
        app_state.warn("task.progress_dropped", codes=", ".join(tasks.lost_progress))
    focuses = [*(p.focus for p in campaign.phases), *(t.focus for t in campaign.targets)]
    names = sorted({n for focus in focuses for n in focus.procedures}, key=sort_key)
    unmatched = unmatched_procedures(conn, names)
    if unmatched:
        app_state.warn("campaign.focus_unmatched", names="; ".join(unmatched))
    described = [p.code for p in campaign.phases if p.focus.procedures or p.focus.channels]
    if described:
        # A phase counts every dossier: its focus only describes it (reports/compliance.py).
        app_state.warn("campaign.phase_focus_described", phases=", ".join(described))


@app.command("load", help=h("campaign.load.help"))
def load(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help=h("campaign.arg.file"), show_default=False),
) -> None:
    load_campaign(state(ctx), file)


@app.command("list", help=h("campaign.list.help"))
def list_(
    ctx: typer.Context, fmt: str | None = format_option(), output: Path | None = output_option()
) -> None:
    from thidua_cli.store.campaigns import list_campaigns

    app_state = state(ctx)
    fmt = resolve_format(fmt, output)
    rows = list_campaigns(app_state.db())

    def table() -> Any:
        from thidua_cli.ui.campaign_view import campaign_list_view

        return campaign_list_view(rows, app_state.t, app_state.lang)

    emit(
        app_state,
        fmt,
        json_data=lambda: rows,
        csv_rows=lambda: (rows, LIST_COLUMNS),
        table=table,
        output=output,
    )


@app.command("show", help=h("campaign.show.help"))
def show(
    ctx: typer.Context,
    code: str = typer.Argument(
        ..., help=h("campaign.arg.code"), show_default=False, metavar=h("meta.campaign")
    ),
    fmt: str | None = format_option(),
    output: Path | None = output_option(),
) -> None:
    from thidua_cli.domain.campaign import campaign_as_dict
    from thidua_cli.reports.campaigns import get_campaign

    app_state = state(ctx)
    fmt = resolve_format(fmt, output)
    data = campaign_as_dict(get_campaign(app_state.db(), code))
    report = campaign_report(data, app_state.t)

    def table() -> Any:
        from thidua_cli.ui.campaign_view import campaign_view

        return campaign_view(data, app_state.t, app_state.lang)

    report.custom_table = table
    emit(app_state, report, fmt, output)


def campaign_report(data: dict[str, Any], t: Any) -> Any:
    """The campaign's targets as a table: what a person reads (the label, the requirement in
    words, where it applies, its focus) and what a program reads (metric, operator as a word,
    value, phases)."""
    from thidua_cli.reports.model import Column, Report, ReportTable
    from thidua_cli.reports.wording import WORDS, focus_text, requirement_phrase

    rows = [
        {
            "label": target["label"] or t(f"compliance.metric.{target['metric']}"),
            "metric": target["metric"],
            "op": WORDS[target["op"]],
            "value": target["value"],
            "requirement": requirement_phrase(target["op"], target["value"], target["metric"], t),
            "phases": ";".join(target["phases"]),
            "applies_to": ", ".join(target["phases"]) or t("campaign.every_phase"),
            "focus": focus_text(target["focus"], t),
        }
        for target in data["targets"]
    ]
    columns = [
        Column("label", t("campaign.col.label")),
        Column("metric", t("campaign.col.metric"), audience="machines"),
        Column("op", t("compliance.col.op"), audience="machines"),
        Column("value", t("compliance.col.target"), "number", audience="machines"),
        Column("phases", t("campaign.col.applies_to"), audience="machines"),
        Column("requirement", t("campaign.col.requirement"), audience="people"),
        Column("applies_to", t("campaign.col.applies_to"), audience="people"),
        Column("focus", t("campaign.col.focus"), audience="people"),
    ]
    title = f"{data['code']} — {data['name']}"
    table = ReportTable("targets", t("campaign.targets_title"), columns, rows)
    return Report(name="campaign", title=title, data=data, tables=[table])
