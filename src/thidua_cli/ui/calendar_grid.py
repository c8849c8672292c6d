"""A year of working days as a grid of months, with the days off and make-up days listed below."""

from __future__ import annotations

import calendar as month_calendar
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from rich.columns import Columns
from rich.console import Group
from rich.table import Table
from rich.text import Text


def month_table(cal: Any, year: int, month: int, t: Callable[..., str]) -> Table:
    table = Table(title=t("calendar.month", month=month, year=year), box=None, padding=(0, 1))
    for key in ("mo", "tu", "we", "th", "fr", "sa", "su"):
        table.add_column(t(f"calendar.wd.{key}"), justify="right")
    for week in month_calendar.Calendar().monthdatescalendar(year, month):
        cells = []
        for day in week:
            if day.month != month:
                cells.append(Text(""))
                continue
            working = cal.is_working_day(day)
            weekend = day.weekday() >= 5
            style = ""
            if working and weekend:
                style = "bold green"  # a make-up Saturday
            elif not working and not weekend:
                style = "bold red"  # a weekday off
            elif not working:
                style = "dim"
            cells.append(Text(str(day.day), style=style))
        table.add_row(*cells)
    return table


def year_grid(cal: Any, year: int, rows: Sequence[dict[str, str]], t: Callable[..., str]) -> Group:
    months = [month_table(cal, year, m, t) for m in range(1, 13)]
    listing = Table(title=t("calendar.list_title", year=year), title_justify="left")
    listing.add_column(t("col.date"))
    listing.add_column(t("col.kind"))
    listing.add_column(t("col.name"))
    for row in rows:
        kind = t(f"calendar.kind.{row['kind']}")
        shown = date.fromisoformat(row["date"]).strftime("%d/%m/%Y")
        listing.add_row(shown, kind, row["name"])
    legend = Text(t("calendar.legend"))
    return Group(Columns(months, equal=True), legend, listing)
