"""``thidua profile save|list|show|remove``: import profiles kept in the database by name."""

from __future__ import annotations

from pathlib import Path

import typer

from thidua_cli.commands.group import Group
from thidua_cli.commands.options import format_option, output_option, state
from thidua_cli.commands.output import emit
from thidua_cli.text.help import h

app = typer.Typer(cls=Group, no_args_is_help=True)

NAME = typer.Argument(..., help=h("profile.arg.name"), show_default=False)


@app.command("save", help=h("profile.save.help"))
def save(
    ctx: typer.Context,
    name: str = NAME,
    file: Path = typer.Argument(..., help=h("profile.arg.file"), show_default=False),
) -> None:
    from thidua_cli.importing.profiles import check_name, read_profile
    from thidua_cli.store import profiles
    from thidua_cli.store.db import transaction

    app_state = state(ctx)
    check_name(name)
    profile = read_profile(file, lang=app_state.lang)
    conn = app_state.db(create=True)
    with transaction(conn, app_state.db_path):
        replaced = profiles.save(conn, name, profile.source, profile.kind, profile.description)
    app_state.say("profile.replaced" if replaced else "profile.saved", name=name, file=str(file))


@app.command("list", help=h("profile.list.help"))
def list_(
    ctx: typer.Context, fmt: str | None = format_option(), output: Path | None = output_option()
) -> None:
    from thidua_cli.reports.profiles import profiles_report
    from thidua_cli.store import profiles

    app_state = state(ctx)
    emit(app_state, profiles_report(profiles.listed(app_state.db()), app_state.t), fmt, output)


@app.command("show", help=h("profile.show.help"))
def show(ctx: typer.Context, name: str = NAME) -> None:
    from thidua_cli.errors import UsageError
    from thidua_cli.store import profiles

    app_state = state(ctx)
    source = profiles.get(app_state.db(), name)
    if source is None:
        names = ", ".join(row["name"] for row in profiles.listed(app_state.db())) or "—"
        raise UsageError("profile.not_found", name=name, names=names)
    # The profile as saved, ready to be written to a file and edited.
    typer.echo(source, nl=not source.endswith("\n"))


@app.command("remove", help=h("profile.remove.help"))
def remove(ctx: typer.Context, name: str = NAME) -> None:
    from thidua_cli.errors import UsageError
    from thidua_cli.store import profiles
    from thidua_cli.store.db import transaction

    app_state = state(ctx)
    conn = app_state.db(create=True)
    with transaction(conn, app_state.db_path):
        removed = profiles.delete(conn, name)
    if not removed:
        names = ", ".join(row["name"] for row in profiles.listed(conn)) or "—"
        raise UsageError("profile.not_found", name=name, names=names)
    app_state.say("profile.removed", name=name)
