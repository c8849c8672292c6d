"""Biểu số 06/VPCP/KSTT (Thông tư 01/2020/TT-VPCP) as a report, with the form's numbered columns."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from typing import Any

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
    codes = [str(m["code"]) for m in missing]
    title = t("form06.title", start=start, end=end)
    # The dossiers left out stay out of the numbered columns (the form's identities hold) and
    # are said under the form in every format: a line for people, a row after the total in CSV.
    note = t("form06.caption")
    after: list[dict[str, Any]] = []
    if codes:
        note += "\n" + t("form06.without_deadline", count=len(codes), codes=shown_codes(codes, t))
        after.append({by: "without_deadline", "received_total": len(codes)})
    report = Report(
        name="form06",
        title=title,
        data={
            "from": start.isoformat(),
            "to": end.isoformat(),
            "rows": keyed,
            "total": total,
            "without_deadline": codes,
        },
        tables=[
            ReportTable(
                "form06",
                title,
                form06_columns(by, t),
                keyed,
                total=dict(total),
                note=note,
                row_numbers=True,
                after=after,
            ),
            # The monthly batch writes it as a CSV of its own, for the clerk to find each one.
            ReportTable(
                "without_deadline",
                t("form06.without_deadline.title"),
                [
                    Column("code", t("col.code"), identifier=True),
                    Column("procedure", t("col.procedure")),
                    Column("received_at", t("col.received_at"), "date"),
                ],
                [
                    {
                        "code": m["code"],
                        "procedure": m["procedure"],
                        "received_at": m["received_on"],
                    }
                    for m in missing
                ],
                audience="machines",
            ),
        ],
        csv_extra=("without_deadline",),
        sheet=t("export.sheet.form06"),
    )
    if missing:
        report.warnings.append(
            ("form06.missing_due", {"count": len(missing), "codes": shown_codes(codes, t)})
        )
    return report


def shown_codes(codes: list[str], t: T) -> str:
    """The first codes of a list people read, and how many more the JSON has."""
    if len(codes) <= MISSING_SHOWN:
        return ", ".join(codes)
    first = ", ".join(codes[:MISSING_SHOWN])
    return t("form06.without_deadline.more", codes=first, more=len(codes) - MISSING_SHOWN)
