"""The dossier row checker: one export row in, the values the store keeps out (or the row's errors)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from thidua_cli.ingest import vocab
from thidua_cli.ingest.dates import DateParser
from thidua_cli.ingest.rows import RowChecker, cell_picker
from thidua_cli.ingest.vocab import FieldError
from thidua_cli.text.normalize import fold

# The order of the values the checker yields; the store builds its upsert from this list and
# derives the rest (the day parts, the deadline and its source: ``store.writer.DERIVED``).
# ``due_computed`` is the deadline computed from the procedure when none is recorded.
FIELDS: tuple[str, ...] = (
    "code",
    "procedure",
    "procedure_code",
    "procedure_key",
    "field",
    "applicant",
    "channel",
    "received_at",
    "due_recorded",
    "finished_at",
    "returned_at",
    "officer",
    "unit",
    "state",
    "status_raw",
    "supplement_requested_at",
    "supplement_received_at",
    "apology",
    "rescheduled_date",
    "note",
    "due_computed",
    "import_line",
)


@lru_cache(maxsize=4096)
def squeeze(text: str) -> str:
    """Collapse runs of white space, so "Nguyễn  Văn A " and "Nguyễn Văn A" are one officer."""
    return " ".join(text.split())


@lru_cache(maxsize=4096)
def procedure_key(name: str) -> str:
    return fold(name)


_channel = lru_cache(maxsize=1024)(vocab.channel)
_status = lru_cache(maxsize=1024)(vocab.status)
_yes_no = lru_cache(maxsize=256)(vocab.yes_no)


# Distinct texts remembered per label column by the fast path.
_MEMO_LIMIT = 4096


def _date_only(value: str) -> str:
    return value[:10]


# The export columns the fast path reads, in this order.
_FAST_COLUMNS = (
    "code",
    "procedure",
    "procedure_code",
    "field",
    "applicant",
    "channel",
    "received_at",
    "due_date",
    "finished_at",
    "returned_at",
    "officer",
    "unit",
    "status",
    "supplement_requested_at",
    "supplement_received_at",
    "apology",
    "rescheduled_date",
    "note",
)


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
            due_on,
            finished_at,
            returned_at,
            squeeze(officer) if officer else None,
            squeeze(unit) if unit else None,
            state,
            status_raw,
            supplement_requested,
            supplement_received,
            1 if apology else 0,
            _date_only(rescheduled) if rescheduled else None,
            c.text("note"),
            due_date if due_source == "computed" else None,
            c.line,
        )

    def fast_row(
        self, positions: dict[str, int], width: int
    ) -> Callable[[int, list[Any]], tuple[Any, ...] | None]:
        """The common row of a text export at a fraction of ``__call__``'s cost.

        The returned function takes a row of exactly ``width`` text cells and gives the same
        values as ``__call__`` would, or None for any row it is not sure about (a bad value, a
        problem ``__call__`` reports, a row of another width). The caller then sends that row
        through ``__call__``, which says exactly what is wrong, so errors are reported one way
        only.

        What makes it cheap: the cells come out in one C call; every label-like cell (procedure,
        officer, unit, field, channel, status...) is read once per distinct text and then looked
        up, which also hands the store the same string object each time, whose UTF-8 form
        Python keeps; dates go through the parser's memo without stripping first (it strips
        what it has not seen).
        """
        pick = cell_picker(positions, _FAST_COLUMNS, width)
        parse_date = self.dates.text_reader()
        resolve_due = self.resolve_due
        channel, status, yes_no = _channel, _status, _yes_no
        # Raw cell text -> what the store keeps, per kind of column.
        names: dict[str, str] = {}
        plain: dict[str, str] = {}
        procedures: dict[str, tuple[str, str]] = {}
        channels: dict[str, str] = {}
        statuses: dict[str, tuple[str, str]] = {}
        flags: dict[str, int] = {}

        def remember(memo: dict[str, Any], raw: str, value: Any) -> Any:
            # Label columns hold a few thousand texts at most; the limit keeps a column of
            # free text (a note on every row) from holding the memory.
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            memo[raw] = value
            return value

        def name_of(raw: str) -> str:
            text = raw.strip()
            return remember(names, raw, squeeze(text) if text else "")

        def plain_of(raw: str) -> str:
            return remember(plain, raw, raw.strip())

        def procedure_of(raw: str) -> tuple[str, str]:
            name = squeeze(raw.strip())
            return remember(procedures, raw, (name, procedure_key(name) if name else ""))

        def channel_of(raw: str) -> str:
            text = raw.strip()
            return remember(channels, raw, channel(text) if text else "")

        def status_of(raw: str) -> tuple[str, str]:
            text = raw.strip()
            return remember(statuses, raw, (text, status(text) if text else ""))

        def flag_of(raw: str) -> int:
            text = raw.strip()
            return remember(flags, raw, 1 if text and yes_no(text) else 0)

        def row(line: int, cells: list[Any]) -> tuple[Any, ...] | None:
            found = pick(cells)
            if found is None:
                return None
            (
                code,
                procedure,
                procedure_code,
                field,
                applicant,
                channel_text,
                received_text,
                due_text,
                finished_text,
                returned_text,
                officer,
                unit,
                status_text,
                requested_text,
                supplied_text,
                apology_text,
                rescheduled_text,
                note,
            ) = found
            code = code.strip()
            try:
                procedure, key = procedures.get(procedure) or procedure_of(procedure)
                received_at = parse_date(received_text)
                if not (code and procedure and received_at):
                    return None
                due = parse_date(due_text) if due_text else None
                finished_at = parse_date(finished_text) if finished_text else None
                returned_at = parse_date(returned_text) if returned_text else None
                requested = parse_date(requested_text) if requested_text else None
                supplied = parse_date(supplied_text) if supplied_text else None
                rescheduled = parse_date(rescheduled_text) if rescheduled_text else None
                channel_word = channels.get(channel_text)
                if channel_word is None:
                    channel_word = channel_of(channel_text)
                status_raw, state = statuses.get(status_text) or status_of(status_text)
                apology = flags.get(apology_text)
                if apology is None:
                    apology = flag_of(apology_text)
            except FieldError:
                return None
            received_on = received_at[:10]
            finished_on = finished_at[:10] if finished_at else None
            returned_on = returned_at[:10] if returned_at else None
            finish_on = finished_on or returned_on
            due_on = due[:10] if due else ""
            if (
                (due_on and due_on < received_on)
                or (finished_on and finished_on < received_on)
                or (returned_on and returned_on < received_on)
                or (requested and requested[:10] < received_on)
                or (finished_on and returned_on and returned_on < finished_on)
                or (supplied and not (requested and supplied[:10] >= requested[:10]))
            ):
                return None
            if not state:
                state = "finished" if finish_on else "processing"
            elif not finish_on and (state == "finished" or state == "returned"):
                return None
            code_text = plain.get(procedure_code)
            if code_text is None:
                code_text = plain_of(procedure_code)
            computed = ""
            if not due_on:
                due_date, due_source = resolve_due(
                    None, received_at, code_text or None, key, requested, supplied
                )
                if due_source == "computed":
                    computed = due_date or ""
            applicant = applicant.strip()
            if applicant and not (applicant.isprintable() and "  " not in applicant):
                # Only then can it hold a run of spaces or other white space to squeeze.
                applicant = " ".join(applicant.split())
            field_text = plain.get(field)
            if field_text is None:
                field_text = plain_of(field)
            officer_name = names.get(officer)
            if officer_name is None:
                officer_name = name_of(officer)
            unit_name = names.get(unit)
            if unit_name is None:
                unit_name = name_of(unit)
            note_text = plain.get(note)
            if note_text is None:
                note_text = plain_of(note)
            # "" rather than None for an empty value: the store binds it faster and keeps NULL.
            return (
                code,
                procedure,
                code_text,
                key,
                field_text,
                applicant,
                channel_word,
                received_at,
                due_on,
                finished_at or "",
                returned_at or "",
                officer_name,
                unit_name,
                state,
                status_raw,
                requested or "",
                supplied or "",
                apology,
                rescheduled[:10] if rescheduled else "",
                note_text,
                computed,
                line,
            )

        return row
