"""Complaints (phản ánh, kiến nghị) about officers: date, officer, dossier, content, outcome.

A complaint is keyed by its date, its officer and a digest of its content, so a later export that
records the outcome of the same complaint updates it in place.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from thidua_cli.importing.kind import ImportKind, Run, Values, VocabColumn
from thidua_cli.ingest import vocab
from thidua_cli.ingest.dates import DateParser
from thidua_cli.ingest.headers import TableSpec, column
from thidua_cli.ingest.rows import RowChecker
from thidua_cli.text.normalize import code_of, nfc, person_name

COLUMNS = TableSpec(
    "complaints",
    (
        column("date", "Ngày tiếp nhận", "Ngày phản ánh", required=True, looks="date"),
        column("officer", "Cán bộ bị phản ánh", "Cán bộ", required=True),
        column("dossier_code", "Mã hồ sơ", "MaHoSo", "Số hồ sơ"),
        column("content", "Nội dung phản ánh", "Nội dung", required=True),
        column("outcome", "Kết quả xác minh", "Kết quả xử lý", looks="outcome"),
    ),
)

FIELDS: tuple[str, ...] = (
    "date",
    "officer",
    "content_digest",
    "dossier_code",
    "content",
    "outcome",
    "outcome_raw",
    "import_line",
)


def content_digest(content: str) -> str:
    """Part of a complaint's key: the same text re-exported with other spacing or case is the
    same complaint, so a later export that records its outcome updates it in place."""
    return hashlib.sha256(person_name(content).lower().encode()).hexdigest()[:20]


class ComplaintBuilder:
    def __init__(
        self, outcome: Callable[[Any], str] = vocab.outcome, dates: DateParser | None = None
    ) -> None:
        self.dates = dates or DateParser()
        self.outcome = outcome

    def __call__(self, c: RowChecker) -> Values | None:
        day = c.convert("date", self.dates, required=True)
        officer = c.text("officer", required=True)
        content = c.text("content", required=True)
        # An empty outcome is "not verified yet": pending, never dismissed.
        outcome = c.convert("outcome", self.outcome) or "pending"
        if c.errors or day is None or officer is None or content is None:
            return None
        content = nfc(content)
        return (
            day[:10],
            person_name(officer),
            content_digest(content),
            c.text("dossier_code", normal=code_of),
            content,
            outcome,
            c.text("outcome"),
            c.line,
        )


def _builder(run: Run) -> ComplaintBuilder:
    return ComplaintBuilder(run.reader("outcome"), dates=run.dates())


def _after_write(run: Run) -> None:
    from thidua_cli.store.emulation import (
        complaint_dossiers_unknown,
        complaint_officers_not_on_roster,
    )

    officers = complaint_officers_not_on_roster(run.conn, run.import_id)
    if officers:
        run.warn("complaint.officers_not_on_roster", names=", ".join(officers))
    codes = complaint_dossiers_unknown(run.conn, run.import_id)
    if codes:
        run.warn("complaint.unknown_dossiers", codes=", ".join(codes))


KIND = ImportKind(
    name="complaints",
    help_key="import.complaints.help",
    columns=COLUMNS,
    table="complaints",
    fields=FIELDS,
    key=("date", "officer", "content_digest"),
    make_builder=_builder,
    vocabularies=(VocabColumn("outcome", "outcome", "outcome", "outcome_raw"),),
    after_write=(_after_write,),
)
