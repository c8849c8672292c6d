"""``thidua calendar``: the working-day calendar and its overrides."""

from __future__ import annotations

from datetime import date
from typing import Any

import typer

from thidua_cli.commands.choices import DAY_KIND, allowed, chosen
from thidua_cli.commands.group import Group
from thidua_cli.commands.options import DATE, format_option, state
from thidua_cli.commands.output import emit, resolve_format
from thidua_cli.errors import UsageError
from thidua_cli.state import parse_as_of
from thidua_cli.text.help import h

app = typer.Typer(cls=Group, no_args_is_help=True)


def _calendar_for(conn: Any, year: int, lang: str) -> Any:
    from thidua_cli.domain.calendar import WorkingCalendar
    from thidua_cli.store.calendar import overrides

    # The holidays' names are read by people: in their language (an override keeps its note).
    language = "en_US" if lang == "en" else "vi"
    return WorkingCalendar.from_years(range(year - 1, year + 2), overrides(conn), language=language)


@app.command("show", help=h("calendar.show.help"))
def show(
    ctx: typer.Context,
    year: int = typer.Option(..., "--year", help=h("calendar.opt.year"), min=2000, max=2050),
    fmt: str = format_option(),
) -> None:
    app_state = state(ctx)
    fmt = resolve_format(fmt, None)
    conn = app_state.db()
    calendar = _calendar_for(conn, year, app_state.lang)
    rows = [
        {"date": d.isoformat(), "kind": "off", "name": name}
        for d, name in calendar.days_off_in_year(year)
    ] + [
        {"date": d.isoformat(), "kind": "work", "name": name}
        for d, name in calendar.make_up_days_in_year(year)
    ]
    rows.sort(key=lambda r: r["date"])

    def table() -> Any:
        from thidua_cli.ui.calendar_grid import year_grid

        return year_grid(calendar, year, rows, app_state.t, app_state.lang)

    emit(
        app_state,
        fmt,
        json_data=lambda: {"year": year, "days": rows},
        csv_rows=lambda: (rows, ("date", "kind", "name")),
        table=table,
    )


@app.command("set", help=h("calendar.set.help"))
def set_day(
    ctx: typer.Context,
    day: str = typer.Argument(..., metavar=DATE, help=h("calendar.arg.date")),
    kind: str = typer.Argument(
        ...,
        metavar=allowed(DAY_KIND, "|"),
        help=h("calendar.arg.kind", allowed=allowed(DAY_KIND)),
        show_default=False,
    ),
    note: str = typer.Option("", "--note", help=h("calendar.opt.note"), show_default=False),
) -> None:
    app_state = state(ctx)
    kind = chosen(app_state, DAY_KIND, kind, "calendar.bad_kind")
    when = _day(day)
    _edit(
        ctx,
        lambda conn: _set(conn, when, kind, note),
        "calendar.set_done",
        day=when,
        kind=app_state.t(f"calendar.kind.{kind}"),
    )


@app.command("unset", help=h("calendar.unset.help"))
def unset_day(
    ctx: typer.Context,
    day: str = typer.Argument(..., metavar=DATE, help=h("calendar.arg.date")),
) -> None:
    from thidua_cli.store.calendar import unset_override

    when = _day(day)

    def change(conn: Any) -> None:
        if not unset_override(conn, when):
            raise UsageError("calendar.no_override", day=when)

    _edit(ctx, change, "calendar.unset_done", day=when)


def _day(value: str) -> date:
    when = parse_as_of(value)
    if not (2000 <= when.year <= 2050):
        raise UsageError("cli.date_out_of_range", value=value)
    return when


def _set(conn: Any, when: date, kind: str, note: str) -> None:
    from thidua_cli.store.calendar import set_override

    set_override(conn, when, kind, note)


def _edit(ctx: typer.Context, change: Any, done_key: str, **params: Any) -> None:
    """Apply one override change, then move every deadline it affects, in one transaction."""
    from thidua_cli.store.db import transaction
    from thidua_cli.store.reference import refresh_deadlines

    app_state = state(ctx)
    conn = app_state.db(create=True)
    with transaction(conn, app_state.db_path):
        change(conn)
        moved = refresh_deadlines(conn)
    app_state.say(done_key, **params)
    app_state.say("calendar.deadlines_moved", count=moved)
