"""Biểu số 06/VPCP/KSTT (Thông tư 01/2020/TT-VPCP) as a report, with the form's numbered columns."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date

from thidua_cli.reports.model import Column, Report, ReportTable

T = Callable[..., str]

# (number on the official form, key) for columns (3) to (13), and the form's heading over them.
NUMBERED = (
    (3, "received_total", "received"),
    (4, "received_online", "received"),
    (5, "received_direct_postal", "received"),
    (6, "carried_over", "received"),
    (7, "finished_total", "finished"),
    (8, "finished_early", "finished"),
    (9, "finished_on_time", "finished"),
    (10, "finished_late", "finished"),
    (11, "open_total", "open"),
    (12, "open_in_time", "open"),
    (13, "open_overdue", "open"),
)
KEYS = tuple(key for _, key, _ in NUMBERED)
MISSING_SHOWN = 10


def form06_columns(by: str, t: T) -> list[Column]:
    group = Column(
        by,
        t(f"export.form06.by.{by}"),
        number="(2)",
        labels={"": t("form06.unknown_group"), None: t("form06.unknown_group")},
    )
    return [group] + [
        Column(
            key,
            t(f"export.form06.head.{number}"),
            "int",
            group=t(f"export.form06.group.{part}"),
            number=f"({number})",
        )
        for number, key, part in NUMBERED
    ]


def build_form06_report(conn: sqlite3.Connection, start: date, end: date, by: str, t: T) -> Report:
    from thidua_cli.store.queries import form06, form06_total

    rows, missing = form06(conn, start, end, by)
    total = form06_total(rows)
    keyed = [{by: r["group"], **{k: r[k] for k in KEYS}} for r in rows]
    title = t("form06.title", start=start, end=end)
    report = Report(
        name="form06",
        title=title,
        data={"from": start.isoformat(), "to": end.isoformat(), "rows": keyed, "total": total},
        tables=[
            ReportTable(
                "form06",
                title,
                form06_columns(by, t),
                keyed,
                total=dict(total),
                note=t("form06.caption"),
                row_numbers=True,
            )
        ],
        sheet=t("export.sheet.form06"),
    )
    if missing:
        codes = ", ".join(m["code"] for m in missing[:MISSING_SHOWN])
        report.warnings.append(
            (
                "form06.missing_due",
                {
                    "count": len(missing),
                    "codes": codes + (" ..." if len(missing) > MISSING_SHOWN else ""),
                },
            )
        )
    return report
