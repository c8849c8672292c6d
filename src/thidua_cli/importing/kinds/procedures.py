"""Procedures: the list of administrative procedures with their statutory working days.

Dossiers find their procedure by code, else by name (``procedure_key``); every computed deadline
depends on this list, so an import that changes it recomputes them all.
"""

from __future__ import annotations

from functools import lru_cache

from thidua_cli.importing.kind import ImportKind, Run, Values
from thidua_cli.importing.upkeep import refresh_deadlines
from thidua_cli.ingest import vocab
from thidua_cli.ingest.dates import parse_time_of_day
from thidua_cli.ingest.headers import TableSpec, column
from thidua_cli.ingest.rows import RowChecker
from thidua_cli.text.normalize import code_of, fold, person_name, trimmed

COLUMNS = TableSpec(
    "procedures",
    (
        column(
            "code",
            "Mã TTHC",
            "Mã thủ tục",
            "MaTTHC",
            "Mã số TTHC",
            "Mã thủ tục hành chính",
            "Mã TTHC quốc gia",
        ),
        column(
            "name",
            "Tên thủ tục",
            "Tên TTHC",
            "TenTTHC",
            "Thủ tục hành chính",
            "Tên thủ tục hành chính",
            "Thủ tục",
            "Tên dịch vụ công",
            required=True,
        ),
        column(
            "days",
            "Thời hạn giải quyết",
            "Số ngày giải quyết",
            "Thời gian giải quyết (ngày làm việc)",
            "Thời gian giải quyết",
            "Số ngày",
            "Số ngày làm việc",
            "Thời hạn xử lý",
            "Thời gian xử lý",
            "Số ngày xử lý",
            "Thời hạn",
            required=True,
        ),
        column(
            "cutoff",
            "Giờ tiếp nhận tối đa",
            "Giờ chốt",
            "Giờ chốt tiếp nhận",
            "Giờ kết thúc tiếp nhận",
            "Giờ nhận hồ sơ",
            "Thời điểm chốt nhận hồ sơ",
            looks="time",
        ),
        column("field", "Lĩnh vực", "TenLinhVuc", "Tên lĩnh vực", "Lĩnh vực TTHC"),
    ),
)

FIELDS: tuple[str, ...] = ("code", "name", "name_key", "days", "cutoff", "field", "import_line")


@lru_cache(maxsize=4096)
def procedure_key(name: str) -> str:
    """How a dossier finds its procedure by name: spacing, case and diacritics aside."""
    return fold(name)


class ProcedureBuilder:
    def __init__(self) -> None:
        # A procedure file is small: remembering its codes catches one code given to two names.
        self._codes: dict[str, tuple[str, int]] = {}

    def __call__(self, c: RowChecker) -> Values | None:
        name = c.text("name", required=True, normal=person_name)
        days = c.convert("days", vocab.integer, required=True)
        cutoff = c.convert("cutoff", parse_time_of_day)
        code = c.text("code", normal=code_of)
        if name and code:
            key = procedure_key(name)
            seen = self._codes.get(code)
            if seen is not None and seen[0] != key:
                c.fail("code", code, "import.reason.code_for_two_procedures", first_line=seen[1])
            else:
                self._codes[code] = (key, c.line)
        if c.errors or name is None:
            return None
        return (
            code,
            name,
            procedure_key(name),
            days,
            cutoff.strftime("%H:%M:%S") if cutoff else None,
            c.text("field", normal=trimmed),
            c.line,
        )


def _builder(run: Run) -> ProcedureBuilder:
    return ProcedureBuilder()


KIND = ImportKind(
    name="procedures",
    help_key="import.procedures.help",
    columns=COLUMNS,
    table="procedures",
    fields=FIELDS,
    key=("name_key",),
    make_builder=_builder,
    upkeep=(refresh_deadlines,),
)
