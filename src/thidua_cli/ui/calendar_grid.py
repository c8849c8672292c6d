"""A year of working days as a grid of months, with the days off and make-up days listed below.

A weekday off is marked * and a worked weekend day +, as well as coloured, so the grid reads the
same without colour (cron mail, --no-color); the legend says so in words.
"""

from __future__ import annotations

import calendar as month_calendar
from collections.abc import Callable, Sequence
from typing import Any

from rich.columns import Columns
from rich.console import Group
from rich.table import Table
from rich.text import Text

from thidua_cli.text import formats
from thidua_cli.ui.fit import FitColumn, FitTable

DAY_OFF, MADE_UP = "*", "+"


def month_table(cal: Any, year: int, month: int, t: Callable[..., str], lang: str) -> Table:
    title = t("calendar.month", month=formats.month(year, month, lang))
    table = Table(title=title, box=None, padding=(0, 1))
    for key in ("mo", "tu", "we", "th", "fr", "sa", "su"):
        table.add_column(t(f"calendar.wd.{key}"), justify="right", no_wrap=True)
    for week in month_calendar.Calendar().monthdatescalendar(year, month):
        cells = []
        for day in week:
            if day.month != month:
                cells.append(Text(""))
                continue
            working = cal.is_working_day(day)
            weekend = day.weekday() >= 5
            shown, style = f"{day.day} ", ""
            if working and weekend:
                shown, style = f"{day.day}{MADE_UP}", "bold green"
            elif not working and not weekend:
                shown, style = f"{day.day}{DAY_OFF}", "bold red"
            elif not working:
                style = "dim"
            cells.append(Text(shown, style=style))
        table.add_row(*cells)
    return table


def year_grid(
    cal: Any, year: int, rows: Sequence[dict[str, str]], t: Callable[..., str], lang: str
) -> Group:
    months = [month_table(cal, year, m, t, lang) for m in range(1, 13)]
    listing = FitTable(
        [
            FitColumn(t("col.date"), whole=True),
            FitColumn(t("col.kind")),
            FitColumn(t("col.name")),
        ],
        [
            [formats.day(row["date"], lang), t(f"calendar.kind.{row['kind']}"), row["name"]]
            for row in rows
        ],
        title=t("calendar.list_title", year=year),
    )
    legend = Text(t("calendar.legend", off=DAY_OFF, work=MADE_UP))
    return Group(Columns(months, equal=True), legend, listing)
