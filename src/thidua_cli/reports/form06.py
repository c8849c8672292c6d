"""Biểu số 06/VPCP/KSTT (Thông tư 01/2020/TT-VPCP) as a report, with the form's numbered columns."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from thidua_cli.reports.model import Column, FormFrame, Report, ReportTable, Signature

if TYPE_CHECKING:
    from thidua_cli.domain.office import Office

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


def build_form06_report(
    conn: sqlite3.Connection, start: date, end: date, by: str, t: T, day: date | None = None
) -> Report:
    """The form for the period, grouped ``by``; ``day`` is the date it bears over the
    signatures (None leaves it for the clerk to write)."""
    from thidua_cli.store.queries import form06, form06_total
    from thidua_cli.store.reference import office

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
        frame=form06_frame(office(conn), start, end, day, t),
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


def form06_frame(office: Office, start: date, end: date, day: date | None, t: T) -> FormFrame:
    """The header and footer of Biểu 06 as the office sends it (Thông tư 01/2020/TT-VPCP), from
    the office's identity (``thidua config set``); what it left unset is a dotted line."""
    from thidua_cli.reports.document import BLANK
    from thidua_cli.text.formats import day_in_words
    from thidua_cli.text.messages import language_of

    lang = language_of(t)
    name = office.name or BLANK
    if office.name and office.parent:
        name = f"{office.name} ({office.parent})"
    named = _period_named(start, end, t)
    span = t("form06.period.span", start=day_in_words(start, lang), end=day_in_words(end, lang))
    dated = day_in_words(day, lang) if day is not None else t("form06.undated")
    return FormFrame(
        form=(t("form06.form_number"), t("form06.issued_by")),
        title=(t("form06.form_title"), *((named,) if named else ()), span),
        parties=(
            t("form06.reporting_unit", name=name),
            t("form06.recipient", name=office.report_recipient or BLANK),
        ),
        unit=t("form06.count_unit"),
        place_date=f"{office.place or BLANK}, {dated}",
        signatures=(
            Signature(t("form06.prepared_by"), t("form06.prepared_by.hint")),
            Signature(t("form06.head_of_unit"), t("form06.head_of_unit.hint"), office.signer_name),
        ),
    )


ROMAN = ("I", "II", "III", "IV")


def _period_named(start: date, end: date, t: T) -> str:
    """ "Kỳ báo cáo: tháng 6 năm 2021" (or a quarter, or a year) when the period is one; else ""."""
    from dateutil.relativedelta import relativedelta

    from thidua_cli.text.formats import month_in_words
    from thidua_cli.text.messages import language_of

    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if start.day != 1 or end != start + relativedelta(months=months, days=-1):
        return ""
    year = str(start.year)  # a year is a name here, not a number: no thousands separator
    if months == 1:
        named = month_in_words(start.year, start.month, language_of(t))
        return t("form06.period.month", month=named)
    if months == 3 and start.month % 3 == 1:
        return t("form06.period.quarter", roman=ROMAN[start.month // 3], year=year)
    if months == 12 and start.month == 1:
        return t("form06.period.year", year=year)
    return ""
