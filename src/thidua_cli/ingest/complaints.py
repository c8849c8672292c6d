"""The complaint row checker: date, officer, dossier, content, outcome (upheld, dismissed, pending)."""

from __future__ import annotations

import hashlib
from typing import Any

from thidua_cli.ingest import vocab
from thidua_cli.ingest.dates import DateParser
from thidua_cli.ingest.rows import RowChecker
from thidua_cli.ingest.staff import person_name
from thidua_cli.text.normalize import nfc

FIELDS: tuple[str, ...] = (
    "date",
    "officer",
    "content_digest",
    "dossier_code",
    "content",
    "outcome",
    "import_line",
)


def content_digest(content: str) -> str:
    """Part of a complaint's key: the same text re-exported with other spacing or case is the
    same complaint, so a later export that records its outcome updates it in place."""
    return hashlib.sha256(person_name(content).lower().encode()).hexdigest()[:20]


class ComplaintBuilder:
    def __init__(self) -> None:
        self.dates = DateParser()

    def __call__(self, c: RowChecker) -> tuple[Any, ...] | None:
        day = c.convert("date", self.dates, required=True)
        officer = c.text("officer", required=True)
        content = c.text("content", required=True)
        # An empty outcome is "not verified yet": pending, never dismissed.
        outcome = c.convert("outcome", vocab.outcome) or "pending"
        if c.errors or day is None or officer is None or content is None:
            return None
        content = nfc(content)
        return (
            day[:10],
            person_name(officer),
            content_digest(content),
            c.text("dossier_code"),
            content,
            outcome,
            c.line,
        )
