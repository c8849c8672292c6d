"""Rich view of Biểu số 06/VPCP/KSTT: the form's numbered columns, their legend below.

At a width where the thirteen columns cannot stand side by side, each row becomes a block that
names every column in full ("(3) Tổng số hồ sơ tiếp nhận: 55").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from thidua_cli.reports.form06 import NUMBERED as FORM_COLUMNS
from thidua_cli.text import formats
from thidua_cli.ui.fit import Cell, FitColumn, FitTable

T = Callable[..., str]
# (number on the official form, key) for columns (3) to (13).
NUMBERED = tuple((number, key) for number, key, _ in FORM_COLUMNS)


def form06_table(
    t: T,
    start: date,
    end: date,
    by: str,
    rows: list[dict[str, Any]],
    total: dict[str, int],
    lang: str,
    note: str = "",
) -> FitTable:
    """The form in the terminal; ``note`` is the report's lines under it (the identities, the
    dossiers left out)."""
    columns = [
        FitColumn("(1)", "right", whole=True, label=t("form06.col.1")),
        FitColumn(t(f"form06.group.{by}")),
        *(
            FitColumn(f"({number})", "right", whole=True, label=t(f"form06.col.{number}"))
            for number, _ in NUMBERED
        ),
    ]
    lines: list[list[Cell]] = [
        [
            str(index),
            row[by] or t("form06.unknown_group"),
            *(formats.number(row[key], lang) for _, key in NUMBERED),
        ]
        for index, row in enumerate(rows, start=1)
    ]
    legend = "; ".join(t(f"form06.col.{number}") for number, _ in NUMBERED)
    return FitTable(
        columns,
        lines,
        title=t("form06.title", start=start, end=end),
        caption=f"{legend}\n{note or t('form06.caption')}",
        total=["", t("form06.total"), *(formats.number(total[key], lang) for _, key in NUMBERED)],
    )
