"""The dossier row checker: one export row in, the values the store keeps out (or the row's errors)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from thidua_cli.ingest import vocab
from thidua_cli.ingest.dates import DateParser
from thidua_cli.ingest.rows import RowChecker

# The order of the values the checker yields; the store builds its upsert from this list.
FIELDS: tuple[str, ...] = (
    "code",
    "procedure",
    "procedure_code",
    "procedure_key",
    "field",
    "applicant",
    "channel",
    "received_at",
    "received_on",
    "due_recorded",
    "finished_at",
    "returned_at",
    "finish_on",
    "officer",
    "unit",
    "state",
    "status_raw",
    "supplement_requested_at",
    "supplement_received_at",
    "apology",
    "rescheduled_date",
    "note",
    "due_date",
    "due_source",
    "import_line",
)


@lru_cache(maxsize=4096)
def squeeze(text: str) -> str:
    """Collapse runs of white space, so "Nguyễn  Văn A " and "Nguyễn Văn A" are one officer."""
    return " ".join(text.split())


@lru_cache(maxsize=4096)
def procedure_key(name: str) -> str:
    return vocab.fold(name)


_channel = lru_cache(maxsize=1024)(vocab.channel)
_status = lru_cache(maxsize=1024)(vocab.status)
_yes_no = lru_cache(maxsize=256)(vocab.yes_no)


def _date_only(value: str) -> str:
    return value[:10]


class DossierBuilder:
    """Builds one row's values; holds the date memo for the whole file."""

    def __init__(self, resolve_due: Callable[..., tuple[str | None, str | None]]) -> None:
        self.dates = DateParser()
        self.resolve_due = resolve_due

    def __call__(self, c: RowChecker) -> tuple[Any, ...] | None:
        dates = self.dates
        code = c.text("code", required=True)
        procedure = c.text("procedure", required=True)
        received_at = c.convert("received_at", dates, required=True)
        due = c.convert("due_date", dates)
        finished_at = c.convert("finished_at", dates)
        returned_at = c.convert("returned_at", dates)
        supplement_requested = c.convert("supplement_requested_at", dates)
        supplement_received = c.convert("supplement_received_at", dates)
        rescheduled = c.convert("rescheduled_date", dates)
        channel = c.convert("channel", _channel)
        status_raw = c.text("status")
        state = c.convert("status", _status) if status_raw else None
        apology = c.convert("apology", _yes_no) or False

        received_on = received_at[:10] if received_at else None
        finish_on = _date_only(finished_at or returned_at) if (finished_at or returned_at) else None
        due_on = _date_only(due) if due else None
        if received_on:
            if due_on and due_on < received_on:
                c.fail("due_date", due, "import.reason.before_receipt")
            if finished_at and finished_at[:10] < received_on:
                c.fail("finished_at", finished_at, "import.reason.before_receipt")
            if returned_at and returned_at[:10] < received_on:
                c.fail("returned_at", returned_at, "import.reason.before_receipt")
            if supplement_requested and supplement_requested[:10] < received_on:
                c.fail(
                    "supplement_requested_at", supplement_requested, "import.reason.before_receipt"
                )
        if finished_at and returned_at and returned_at[:10] < finished_at[:10]:
            c.fail("returned_at", returned_at, "import.reason.returned_before_finished")
        if supplement_received and not supplement_requested:
            c.fail(
                "supplement_received_at",
                supplement_received,
                "import.reason.supplement_without_request",
            )
        if (
            supplement_received
            and supplement_requested
            and supplement_received[:10] < supplement_requested[:10]
        ):
            c.fail(
                "supplement_received_at",
                supplement_received,
                "import.reason.supplement_before_request",
            )
        if state is None and status_raw is None:
            state = "finished" if finish_on else "processing"
        if state in ("finished", "returned") and not finish_on:
            c.fail("status", status_raw or "", "import.reason.finished_without_date")
        if c.errors:
            return None
        assert code is not None and procedure is not None and received_at is not None
        procedure = squeeze(procedure)
        key = procedure_key(procedure)
        procedure_code = c.text("procedure_code")
        due_date, due_source = self.resolve_due(
            due_on, received_at, procedure_code, key, supplement_requested, supplement_received
        )
        officer = c.text("officer")
        unit = c.text("unit")
        applicant = c.text("applicant")
        return (
            code,
            procedure,
            procedure_code,
            key,
            c.text("field"),
            squeeze(applicant) if applicant else None,
            channel,
            received_at,
            received_on,
            due_on,
            finished_at,
            returned_at,
            finish_on,
            squeeze(officer) if officer else None,
            squeeze(unit) if unit else None,
            state,
            status_raw,
            supplement_requested,
            supplement_received,
            1 if apology else 0,
            _date_only(rescheduled) if rescheduled else None,
            c.text("note"),
            due_date,
            due_source,
            c.line,
        )
