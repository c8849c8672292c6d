"""``thidua config``: the settings stored in the database: the supplement policy, and the office's
identity that its papers carry (Biểu 06, the review report, the proposal for commendation)."""

from __future__ import annotations

import typer

from thidua_cli.commands.choices import SETTING_VALUES, chosen
from thidua_cli.commands.group import Group
from thidua_cli.commands.options import state
from thidua_cli.text.help import h

app = typer.Typer(cls=Group, no_args_is_help=True)


@app.command("show", help=h("config.show.help"))
def show(ctx: typer.Context) -> None:
    from thidua_cli.store.reference import all_settings

    app_state = state(ctx)
    for key, value in all_settings(app_state.db()).items():
        if key in SETTING_VALUES and value:
            value = SETTING_VALUES[key].label(value, app_state.lang)
        app_state.out.print(f"{key} = {value}", highlight=False, markup=False)


@app.command("set", help=h("config.set.help"))
def set_value(
    ctx: typer.Context,
    key: str = typer.Argument(..., help=h("config.arg.key")),
    value: str = typer.Argument(..., help=h("config.arg.value")),
) -> None:
    from thidua_cli.store.db import transaction
    from thidua_cli.store.reference import DEADLINE_SETTINGS, refresh_deadlines, set_setting

    app_state = state(ctx)
    if key in SETTING_VALUES:
        value = chosen(app_state, SETTING_VALUES[key], value, "config.bad_value")
    conn = app_state.db(create=True)
    with transaction(conn, app_state.db_path):
        stored = set_setting(conn, key, value)
        moved = refresh_deadlines(conn) if key in DEADLINE_SETTINGS else None
    if stored:
        if key in SETTING_VALUES:
            stored = SETTING_VALUES[key].label(stored, app_state.lang)
        app_state.say("config.set_done", key=key, value=stored)
    else:
        app_state.say("config.unset_done", key=key)
    if moved is not None:
        app_state.say("calendar.deadlines_moved", count=moved)
