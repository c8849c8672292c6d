"""Dossiers: the one-stop software's export, one row per administrative-procedure dossier.

The rules of a dossier row are written once (``_stored``): the order of its dates, the state it
is kept in, its deadline. Both ways of reading a row end there: the careful one (``__call__``),
which reports every bad cell, and the fast one (``fast_row``) for the common row of a text
export, which reads each distinct label once and leaves any row it is not sure about to the
careful one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from thidua_cli.importing.kind import ImportKind, Run, Values, VocabColumn
from thidua_cli.importing.kinds.procedures import procedure_key
from thidua_cli.importing.upkeep import refresh_deadlines, warn_officers_not_on_roster
from thidua_cli.ingest import vocab
from thidua_cli.ingest.dates import DateParser
from thidua_cli.ingest.headers import TableSpec, column
from thidua_cli.ingest.rows import RowChecker, cell_picker
from thidua_cli.ingest.vocab import FieldError
from thidua_cli.text.normalize import code_of, person_name, trimmed

COLUMNS = TableSpec(
    "dossiers",
    (
        column(
            "code",
            "Mã hồ sơ",
            "Mã số hồ sơ",
            "Số hồ sơ",
            "MaHoSo",
            "Mã HS",
            "Số biên nhận",
            "Mã biên nhận",
            "Mã số biên nhận",
            "Số biên nhận hồ sơ",
            "dossier code",
            required=True,
        ),
        column(
            "procedure",
            "Tên thủ tục",
            "Tên TTHC",
            "Thủ tục hành chính",
            "TenTTHC",
            "Thủ tục",
            "Tên thủ tục hành chính",
            "Tên dịch vụ công",
            "Dịch vụ công",
            required=True,
        ),
        column("procedure_code", "Mã TTHC", "MaTTHC", "Mã thủ tục", "Mã thủ tục hành chính"),
        column("field", "Lĩnh vực", "TenLinhVuc", "Tên lĩnh vực", "Lĩnh vực TTHC"),
        column(
            "applicant",
            "Tên tổ chức, cá nhân",
            "Người nộp",
            "Chủ hồ sơ",
            "ChuHoSo",
            "Người nộp hồ sơ",
            "Tổ chức, cá nhân",
            "Người đứng tên",
            "Họ tên người nộp",
            "Tên người nộp",
            "Người yêu cầu",
            "Công dân, tổ chức",
        ),
        column(
            "channel",
            "Kênh",
            "Hình thức",
            "Kênh thực hiện",
            "KenhThucHien",
            "HinhThuc",
            "Hình thức nộp",
            "Kênh tiếp nhận",
            "Hình thức tiếp nhận",
            "Cách thức nộp",
            "Phương thức nộp",
            "Kênh nộp",
            looks="channel",
        ),
        column(
            "received_at",
            "Ngày tiếp nhận",
            "Ngày nhận",
            "NgayTiepNhan",
            "Ngày nộp",
            "Thời gian tiếp nhận",
            "Ngày nhận hồ sơ",
            "Thời điểm nộp",
            "Thời điểm tiếp nhận",
            "Thời gian nộp",
            "Ngày giờ tiếp nhận",
            required=True,
            looks="date",
        ),
        column(
            "due_date",
            "Ngày hẹn trả",
            "Hẹn trả kết quả",
            "NgayHenTra",
            "Ngày hẹn trả kết quả",
            "Hạn xử lý",
            "Hạn giải quyết",
            "Ngày hẹn",
            "Hạn trả kết quả",
            "Ngày hết hạn",
            "Hạn trả",
            looks="date",
        ),
        column(
            "finished_at",
            "Ngày có kết quả",
            "Ngày xử lý xong",
            "Ngày kết thúc xử lý",
            "NgayKetThucXuLy",
            "Ngày hoàn thành",
            "Thời điểm có kết quả",
            "Ngày giải quyết xong",
            "Ngày hoàn thành xử lý",
            "Ngày có KQ",
            looks="date",
        ),
        column(
            "returned_at",
            "Ngày trả kết quả",
            "Ngày trả",
            "NgayTra",
            "Thời điểm trả",
            "Thời điểm trả kết quả",
            "Ngày trả KQ",
            "Ngày bàn giao kết quả",
            looks="date",
        ),
        column(
            "officer",
            "Cán bộ xử lý",
            "Người xử lý",
            "Cán bộ thụ lý",
            "NguoiXuLy",
            "Cán bộ giải quyết",
            "Chuyên viên xử lý",
            "Cán bộ",
            "Người thụ lý",
            "Chuyên viên thụ lý",
            "Người giải quyết",
        ),
        column(
            "unit",
            "Bộ phận",
            "Đơn vị xử lý",
            "Phòng ban",
            "DonViXuLy",
            "Đơn vị",
            "Phòng ban xử lý",
            "Phòng thụ lý",
            "Đơn vị thụ lý",
            "Phòng chuyên môn",
            "Cơ quan giải quyết",
        ),
        column(
            "status",
            "Trạng thái",
            "TrangThaiHoSo",
            "Trạng thái hồ sơ",
            "Tình trạng",
            "Tình trạng xử lý",
            "Trạng thái xử lý",
            looks="status",
        ),
        column(
            "supplement_requested_at",
            "Ngày yêu cầu bổ sung",
            "Ngày yêu cầu bổ sung hồ sơ",
            "Ngày đề nghị bổ sung",
            looks="date",
        ),
        column(
            "supplement_received_at",
            "Ngày nhận đủ hồ sơ bổ sung",
            "Ngày hoàn thành bổ sung",
            "Ngày nhận bổ sung",
            "Ngày công dân bổ sung",
            looks="date",
        ),
        column(
            "apology",
            "Phiếu xin lỗi",
            "Có phiếu xin lỗi",
            "Đã gửi phiếu xin lỗi",
            "Xin lỗi",
        ),
        column(
            "rescheduled_date", "Ngày hẹn lại", "Ngày hẹn trả lại", "Ngày hẹn mới", looks="date"
        ),
        column("note", "Ghi chú", "notes"),
    ),
)

# The values a row gives the store, in order. ``due_computed`` is the deadline computed from the
# procedure when none is recorded; it only feeds the derived ``due_date`` and ``due_source``.
FIELDS: tuple[str, ...] = (
    "code",
    "procedure",
    "procedure_code",
    "procedure_key",
    "field",
    "applicant",
    "channel",
    "channel_raw",
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

# Columns the store computes from a row's other values, so the import binds fewer of them: the
# sqlite3 module's cost is mostly per bound value.
DERIVED: tuple[tuple[str, str], ...] = (
    ("received_on", "substr({received_at}, 1, 10)"),
    ("finish_on", "substr(coalesce({finished_at}, {returned_at}), 1, 10)"),
    ("due_date", "coalesce({due_recorded}, {due_computed})"),
    (
        "due_source",
        "CASE WHEN {due_recorded} IS NOT NULL THEN 'recorded' "
        "WHEN {due_computed} IS NOT NULL THEN 'computed' END",
    ),
)


_yes_no = lru_cache(maxsize=256)(vocab.yes_no)

_FINISHED_STATES = frozenset({"finished", "returned"})
# Distinct texts remembered per label column by the fast path.
_MEMO_LIMIT = 4096

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

Report = Callable[[str, str], None]


def _order_problems(
    received_on: str,
    due_on: str,
    finished_on: str,
    returned_on: str,
    requested_on: str,
    supplied_on: str,
) -> list[tuple[str, str]]:
    """The dates that break the order of a dossier's life (column, reason); empty when none.

    Each argument is a day (``YYYY-MM-DD``) or "" when the row has none.
    """
    problems: list[tuple[str, str]] = []
    if received_on:
        if due_on and due_on < received_on:
            problems.append(("due_date", "import.reason.before_receipt"))
        if finished_on and finished_on < received_on:
            problems.append(("finished_at", "import.reason.before_receipt"))
        if returned_on and returned_on < received_on:
            problems.append(("returned_at", "import.reason.before_receipt"))
        if requested_on and requested_on < received_on:
            problems.append(("supplement_requested_at", "import.reason.before_receipt"))
    if finished_on and returned_on and returned_on < finished_on:
        problems.append(("returned_at", "import.reason.returned_before_finished"))
    if supplied_on:
        if not requested_on:
            problems.append(("supplement_received_at", "import.reason.supplement_without_request"))
        elif supplied_on < requested_on:
            problems.append(("supplement_received_at", "import.reason.supplement_before_request"))
    return problems


class DossierBuilder:
    """Builds one row's values; holds the date memo for the whole file."""

    def __init__(
        self,
        resolve_due: Callable[..., tuple[str | None, str | None]],
        *,
        status: Callable[[Any], str] = vocab.status,
        channel: Callable[[Any], str] = vocab.channel,
        dates: DateParser | None = None,
    ) -> None:
        self.dates = dates or DateParser()
        self.resolve_due = resolve_due
        # How this import reads the labels: what the office taught first, then the built-in.
        self.status = status
        self.channel = channel

    def _stored(
        self,
        line: int,
        code: str,
        procedure: str,
        key: str,
        procedure_code: str,
        field: str,
        applicant: str,
        channel: str,
        channel_raw: str,
        received_at: str,
        due: str,
        finished_at: str,
        returned_at: str,
        officer: str,
        unit: str,
        state: str,
        status_raw: str,
        requested: str,
        supplied: str,
        apology: int,
        rescheduled: str,
        note: str,
        report: Report | None,
    ) -> Values | None:
        """The stored values of a row read into these, or None when it breaks a dossier's rules.

        Texts arrive trimmed and squeezed, dates as ISO, labels as the program's words; "" is an
        empty value (cheaper for the store to bind than None, and stored as NULL all the same).
        ``report(column, reason)`` hears of each broken rule; without it the first one ends here.
        """
        received_on = received_at[:10]
        finished_on = finished_at[:10]
        returned_on = returned_at[:10]
        due_on = due[:10]
        requested_on = requested[:10]
        # The usual row breaks none of the rules: one test of each kind of date.
        if (
            (due_on and due_on < received_on)
            or (finished_on and finished_on < received_on)
            or (returned_on and returned_on < received_on)
            or (requested_on and requested_on < received_on)
            or (returned_on and finished_on and returned_on < finished_on)
            or supplied
        ):
            problems = _order_problems(
                received_on, due_on, finished_on, returned_on, requested_on, supplied[:10]
            )
            if problems:
                if report is None:
                    return None
                for name, reason in problems:
                    report(name, reason)
        finish_on = finished_on or returned_on
        if not state:
            # An export without a status: the dates say whether the dossier is finished.
            state = "finished" if finish_on else "processing"
        elif not finish_on and state in _FINISHED_STATES:
            if report is None:
                return None
            report("status", "import.reason.finished_without_date")
        if not (code and procedure and received_at):
            return None
        computed = ""
        if not due_on:
            due_date, due_source = self.resolve_due(
                None, received_at, procedure_code or None, key, requested or None, supplied or None
            )
            if due_source == "computed":
                computed = due_date or ""
        return (
            code,
            procedure,
            procedure_code,
            key,
            field,
            applicant,
            channel,
            channel_raw,
            received_at,
            due_on,
            finished_at,
            returned_at,
            officer,
            unit,
            state,
            status_raw,
            requested,
            supplied,
            apology,
            rescheduled[:10],
            note,
            computed,
            line,
        )

    def __call__(self, c: RowChecker) -> Values | None:
        dates = self.dates
        code = c.text("code", required=True, normal=code_of)
        procedure = c.text("procedure", required=True, normal=person_name)
        received_at = c.convert("received_at", dates, required=True)
        due = c.convert("due_date", dates)
        finished_at = c.convert("finished_at", dates)
        returned_at = c.convert("returned_at", dates)
        requested = c.convert("supplement_requested_at", dates)
        supplied = c.convert("supplement_received_at", dates)
        rescheduled = c.convert("rescheduled_date", dates)
        channel = c.convert("channel", self.channel)
        status_raw = c.text("status")
        state = c.convert("status", self.status) if status_raw else None
        apology = c.convert("apology", _yes_no) or False
        read = {
            "due_date": due,
            "finished_at": finished_at,
            "returned_at": returned_at,
            "supplement_requested_at": requested,
            "supplement_received_at": supplied,
            "status": status_raw,
        }

        def report(name: str, reason: str) -> None:
            c.fail(name, read[name] or "", reason)

        procedure = procedure or ""
        values = self._stored(
            c.line,
            code or "",
            procedure,
            procedure_key(procedure) if procedure else "",
            c.text("procedure_code", normal=code_of) or "",
            c.text("field", normal=trimmed) or "",
            c.text("applicant", normal=person_name) or "",
            channel or "",
            c.text("channel") or "",
            received_at or "",
            due or "",
            finished_at or "",
            returned_at or "",
            c.text("officer", normal=person_name) or "",
            c.text("unit", normal=person_name) or "",
            state or "",
            status_raw or "",
            requested or "",
            supplied or "",
            1 if apology else 0,
            rescheduled or "",
            c.text("note", normal=trimmed) or "",
            report,
        )
        return None if c.errors else values

    def fast_row(
        self, positions: dict[str, int], width: int
    ) -> Callable[[int, list[Any]], Values | None]:
        """The common row of a text export at a fraction of ``__call__``'s cost.

        The returned function takes a row of exactly ``width`` text cells and gives the same
        values as ``__call__`` would, or None for any row it is not sure about (a bad value, a
        broken rule, a row of another width). The caller then sends that row through
        ``__call__``, which says exactly what is wrong, so errors are reported one way only.

        What makes it cheap: the cells come out in one C call; every label-like cell (procedure,
        officer, unit, field, channel, status...) is read once per distinct text and then looked
        up, which also hands the store the same string object each time, whose UTF-8 form
        Python keeps; dates go through the parser's memo without stripping first (it strips
        what it has not seen).
        """
        pick = cell_picker(positions, _FAST_COLUMNS, width)
        parse_date = self.dates.text_reader()
        stored = self._stored
        channel, status, yes_no = self.channel, self.status, _yes_no
        # Raw cell text -> what the store keeps, per kind of column.
        names: dict[str, str] = {}
        plain: dict[str, str] = {}
        codes: dict[str, str] = {}
        procedures: dict[str, tuple[str, str]] = {}
        channels: dict[str, tuple[str, str]] = {}
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
            return remember(names, raw, person_name(raw))

        def plain_of(raw: str) -> str:
            return remember(plain, raw, trimmed(raw))

        def code_text_of(raw: str) -> str:
            return remember(codes, raw, code_of(raw))

        def procedure_of(raw: str) -> tuple[str, str]:
            name = person_name(raw)
            return remember(procedures, raw, (name, procedure_key(name) if name else ""))

        def channel_of(raw: str) -> tuple[str, str]:
            text = raw.strip()
            return remember(channels, raw, (text, channel(text) if text else ""))

        def status_of(raw: str) -> tuple[str, str]:
            text = raw.strip()
            return remember(statuses, raw, (text, status(text) if text else ""))

        def flag_of(raw: str) -> int:
            text = raw.strip()
            return remember(flags, raw, 1 if text and yes_no(text) else 0)

        def row(line: int, cells: list[Any]) -> Values | None:
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
            try:
                procedure, key = procedures.get(procedure) or procedure_of(procedure)
                received_at = parse_date(received_text)
                if not received_at:
                    return None
                channel_raw, channel_word = channels.get(channel_text) or channel_of(channel_text)
                status_raw, state = statuses.get(status_text) or status_of(status_text)
                apology = flags.get(apology_text)
                if apology is None:
                    apology = flag_of(apology_text)
                due = (parse_date(due_text) or "") if due_text else ""
                finished_at = (parse_date(finished_text) or "") if finished_text else ""
                returned_at = (parse_date(returned_text) or "") if returned_text else ""
                requested = (parse_date(requested_text) or "") if requested_text else ""
                supplied = (parse_date(supplied_text) or "") if supplied_text else ""
                rescheduled = (parse_date(rescheduled_text) or "") if rescheduled_text else ""
            except FieldError:
                return None
            # Empty texts are remembered too, so "is None" and not "or".
            code_text = codes.get(procedure_code)
            if code_text is None:
                code_text = code_text_of(procedure_code)
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
            return stored(
                line,
                code_of(code),
                procedure,
                key,
                code_text,
                field_text,
                _applicant(applicant),
                channel_word,
                channel_raw,
                received_at,
                due,
                finished_at,
                returned_at,
                officer_name,
                unit_name,
                state,
                status_raw,
                requested,
                supplied,
                apology,
                rescheduled,
                note_text,
                None,
            )

        return row


def _applicant(raw: str) -> str:
    applicant = raw.strip()
    if applicant and not (applicant.isprintable() and "  " not in applicant):
        # Only then can it hold a run of spaces, other white space or an invisible character.
        applicant = person_name(applicant)
    return applicant


def _builder(run: Run) -> DossierBuilder:
    from thidua_cli.store.reference import deadline_resolver

    return DossierBuilder(
        deadline_resolver(run.conn),
        status=run.reader("status"),
        channel=run.reader("channel"),
        dates=run.dates(),
    )


KIND = ImportKind(
    name="dossiers",
    help_key="import.dossiers.help",
    columns=COLUMNS,
    table="dossiers",
    fields=FIELDS,
    key=("code",),
    make_builder=_builder,
    derived=DERIVED,
    inputs=("due_computed",),
    vocabularies=(
        # A state read again that says "finished" needs a finish date, as on import.
        VocabColumn(
            "status",
            "status",
            "state",
            "status_raw",
            allows="(:value NOT IN ('finished', 'returned') OR finish_on IS NOT NULL)",
        ),
        VocabColumn("channel", "channel", "channel", "channel_raw"),
    ),
    # The channel and deadline-source CHECKs only restate what the builder produces.
    trusted_checks=True,
    # Offices export the whole year every day: a re-import skips the rows it has already read.
    skip_by="code",
    # 2: codes and names lose their invisible characters (text.normalize.visible).
    rules=2,
    after_write=(warn_officers_not_on_roster,),
    # A restored row's computed deadline is as old as the row: procedures may have moved since.
    upkeep_after_undo=(refresh_deadlines,),
)
