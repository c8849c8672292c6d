"""The columns of each import and the header names exports give them.

Headers are compared folded (no case, diacritics, spaces or punctuation). A header matches a column
when it folds to one of the column's aliases, first as written, then without a trailing note such as
"(*)" or "(dd/mm/yyyy)"; failing that, when it starts with an alias of exactly one column. The user's
``--map`` always comes first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from thidua_cli.errors import InputFileError, UsageError
from thidua_cli.text.normalize import fold


@dataclass(frozen=True)
class Column:
    name: str
    required: bool
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[Column, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)


def _col(name: str, *aliases: str, required: bool = False) -> Column:
    # The canonical name always counts, and folding makes "received_at" match "Received at" too.
    return Column(name, required, (name, *aliases))


DOSSIERS = TableSpec(
    "dossiers",
    (
        _col(
            "code",
            "Mã hồ sơ",
            "Mã số hồ sơ",
            "Số hồ sơ",
            "MaHoSo",
            "Mã HS",
            "Số biên nhận",
            "dossier code",
            required=True,
        ),
        _col(
            "procedure",
            "Tên thủ tục",
            "Tên TTHC",
            "Thủ tục hành chính",
            "TenTTHC",
            "Thủ tục",
            "Tên thủ tục hành chính",
            required=True,
        ),
        _col("procedure_code", "Mã TTHC", "MaTTHC", "Mã thủ tục"),
        _col("field", "Lĩnh vực", "TenLinhVuc", "Tên lĩnh vực"),
        _col(
            "applicant",
            "Tên tổ chức, cá nhân",
            "Người nộp",
            "Chủ hồ sơ",
            "ChuHoSo",
            "Người nộp hồ sơ",
            "Tổ chức, cá nhân",
            "Người đứng tên",
        ),
        _col(
            "channel",
            "Kênh",
            "Hình thức",
            "Kênh thực hiện",
            "KenhThucHien",
            "HinhThuc",
            "Hình thức nộp",
            "Kênh tiếp nhận",
            "Hình thức tiếp nhận",
        ),
        _col(
            "received_at",
            "Ngày tiếp nhận",
            "Ngày nhận",
            "NgayTiepNhan",
            "Ngày nộp",
            "Thời gian tiếp nhận",
            "Ngày nhận hồ sơ",
            required=True,
        ),
        _col(
            "due_date",
            "Ngày hẹn trả",
            "Hẹn trả kết quả",
            "NgayHenTra",
            "Ngày hẹn trả kết quả",
            "Hạn xử lý",
            "Hạn giải quyết",
            "Ngày hẹn",
        ),
        _col(
            "finished_at",
            "Ngày có kết quả",
            "Ngày xử lý xong",
            "Ngày kết thúc xử lý",
            "NgayKetThucXuLy",
            "Ngày hoàn thành",
        ),
        _col("returned_at", "Ngày trả kết quả", "Ngày trả", "NgayTra"),
        _col(
            "officer",
            "Cán bộ xử lý",
            "Người xử lý",
            "Cán bộ thụ lý",
            "NguoiXuLy",
            "Cán bộ giải quyết",
            "Chuyên viên xử lý",
            "Cán bộ",
        ),
        _col(
            "unit",
            "Bộ phận",
            "Đơn vị xử lý",
            "Phòng ban",
            "DonViXuLy",
            "Đơn vị",
            "Phòng ban xử lý",
        ),
        _col("status", "Trạng thái", "TrangThaiHoSo", "Trạng thái hồ sơ", "Tình trạng"),
        _col("supplement_requested_at", "Ngày yêu cầu bổ sung"),
        _col(
            "supplement_received_at",
            "Ngày nhận đủ hồ sơ bổ sung",
            "Ngày hoàn thành bổ sung",
            "Ngày nhận bổ sung",
        ),
        _col(
            "apology",
            "Phiếu xin lỗi",
            "Có phiếu xin lỗi",
            "Đã gửi phiếu xin lỗi",
            "Xin lỗi",
        ),
        _col("rescheduled_date", "Ngày hẹn lại", "Ngày hẹn trả lại"),
        _col("note", "Ghi chú", "notes"),
    ),
)

PROCEDURES = TableSpec(
    "procedures",
    (
        _col("code", "Mã TTHC", "Mã thủ tục", "MaTTHC"),
        _col(
            "name",
            "Tên thủ tục",
            "Tên TTHC",
            "TenTTHC",
            "Thủ tục hành chính",
            "Tên thủ tục hành chính",
            required=True,
        ),
        _col(
            "days",
            "Thời hạn giải quyết",
            "Số ngày giải quyết",
            "Thời gian giải quyết (ngày làm việc)",
            "Thời gian giải quyết",
            "Số ngày",
            required=True,
        ),
        _col("cutoff", "Giờ tiếp nhận tối đa", "Giờ chốt", "Giờ chốt tiếp nhận"),
        _col("field", "Lĩnh vực", "TenLinhVuc", "Tên lĩnh vực"),
    ),
)

SURVEYS = TableSpec(
    "surveys",
    (
        _col("id", "Mã đánh giá", "ID", "survey id"),
        _col("dossier_code", "Mã hồ sơ", "MaHoSo", "Số hồ sơ", "Mã HS"),
        _col("officer", "Cán bộ", "Cán bộ được đánh giá"),
        _col("date", "Ngày đánh giá", required=True),
        _col(
            "rating",
            "Mức độ hài lòng",
            "Đánh giá",
            "Kết quả đánh giá",
            "Mức độ",
            required=True,
        ),
        _col("comment", "Góp ý", "Ý kiến", "Ý kiến góp ý"),
    ),
)

STAFF = TableSpec(
    "staff",
    (
        _col("name", "Họ và tên", "Họ tên", required=True),
        _col("unit", "Đơn vị", "Bộ phận", "Tổ", required=True),
        _col("role", "Chức vụ"),
        _col("active", "Đang công tác", "Hoạt động"),
    ),
)

INITIATIVES = TableSpec(
    "initiatives",
    (
        _col("owner", "Đơn vị/cá nhân", "Tác giả", "Chủ sở hữu", required=True),
        _col("title", "Tên sáng kiến", "Tên mô hình", "Tên giải pháp", required=True),
        _col("kind", "Loại", "Loại hình", "Phân loại"),
        _col("registered_on", "Ngày đăng ký", required=True),
        _col("status", "Tình trạng", "Trạng thái"),
        _col("decided_on", "Ngày quyết định", "Ngày công nhận"),
        _col("decision_no", "Số quyết định"),
    ),
)

COMPLAINTS = TableSpec(
    "complaints",
    (
        _col("date", "Ngày tiếp nhận", "Ngày phản ánh", required=True),
        _col("officer", "Cán bộ bị phản ánh", "Cán bộ", required=True),
        _col("dossier_code", "Mã hồ sơ", "MaHoSo", "Số hồ sơ"),
        _col("content", "Nội dung phản ánh", "Nội dung", required=True),
        _col("outcome", "Kết quả xác minh", "Kết quả xử lý"),
    ),
)

ENROLLMENT = TableSpec(
    "enrollment",
    (
        _col("school", "Trường", "Tên trường", required=True),
        _col("level", "Cấp học", "Bậc học", required=True),
        _col("stage", "Giai đoạn", "Đợt tuyển sinh", "Đợt", required=True),
        _col("total", "Tổng số hồ sơ", "Tổng số", required=True),
        _col(
            "online",
            "Số hồ sơ trực tuyến",
            "Trực tuyến",
            "Tổng số hồ sơ trực tuyến",
            "Số hồ sơ nộp trực tuyến",
            "Hồ sơ trực tuyến",
            required=True,
        ),
    ),
)

SPECS: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (DOSSIERS, PROCEDURES, SURVEYS, STAFF, INITIATIVES, COMPLAINTS, ENROLLMENT)
}

# Short aliases ("Tổ", "ID") start too many unrelated headers to be used as prefixes.
_SHORTEST_PREFIX = 4
_TRAILING_NOTE = re.compile(r"\s*[(\[][^()\[\]]*[)\]][\s*:.]*$")


@dataclass
class HeaderMatch:
    positions: dict[str, int]
    unknown: list[str]


@cache
def _alias_index(spec: TableSpec) -> dict[str, str]:
    """Folded alias -> column name; the first column in spec order keeps a shared alias."""
    index: dict[str, str] = {}
    for column in spec.columns:
        for alias in column.aliases:
            index.setdefault(fold(alias), column.name)
    return index


def _without_notes(header: str) -> str:
    previous = None
    while previous != header:
        previous = header
        header = _TRAILING_NOTE.sub("", header)
    return header


def _exact(header: str, index: dict[str, str]) -> str | None:
    name = index.get(fold(header))
    if name is None:
        name = index.get(fold(_without_notes(header)))
    return name


def _by_prefix(header: str, index: dict[str, str]) -> str | None:
    folded = fold(_without_notes(header))
    names = {
        name
        for alias, name in index.items()
        if len(alias) >= _SHORTEST_PREFIX and folded.startswith(alias)
    }
    return names.pop() if len(names) == 1 else None


def _described(column: Column) -> str:
    # The canonical name alone means little to a clerk; the usual Vietnamese header says it.
    label = next((alias for alias in column.aliases if alias != column.name), None)
    return f'{column.name} ("{label}")' if label else column.name


def _quoted(headers: list[str]) -> str:
    return ", ".join(f'"{header}"' for header in headers if header.strip())


def parse_mapping(items: list[str]) -> dict[str, str]:
    """``{canonical: header}`` from ``--map canonical=Header`` values."""
    mapping: dict[str, str] = {}
    for item in items:
        canonical, sep, header = item.partition("=")
        canonical, header = canonical.strip(), header.strip()
        if not (sep and canonical and header):
            raise UsageError("ingest.bad_map", value=item)
        if mapping.get(canonical, header) != header:
            raise UsageError(
                "ingest.map_conflict", column=canonical, first=mapping[canonical], second=header
            )
        mapping[canonical] = header
    return mapping


def header_score(cells: list[object], spec: TableSpec) -> int:
    """How many cells read as a header of ``spec``: the best row of a file's top is its header."""
    index = _alias_index(spec)
    return sum(1 for cell in cells if isinstance(cell, str) and _exact(cell, index) is not None)


def match_headers(
    headers: list[str],
    spec: TableSpec,
    mapping: dict[str, str] | None,
    *,
    source: str,
) -> HeaderMatch:
    """Which file column holds each column of ``spec``.

    Raises UsageError for a ``--map`` naming no column of the spec, and InputFileError for a mapped
    header the file lacks or for required columns that no header matches.
    """
    index = _alias_index(spec)
    positions: dict[str, int] = {}
    taken: set[int] = set()

    for wanted, header in (mapping or {}).items():
        name = next((n for n in spec.names if fold(n) == fold(wanted)), None)
        if name is None:
            raise UsageError(
                "ingest.map_unknown_column",
                column=wanted,
                table=spec.name,
                valid=", ".join(spec.names),
            )
        position = _find_header(headers, header)
        if position is None:
            raise InputFileError(
                "ingest.map_header_missing",
                file=source,
                column=name,
                header=header,
                found=_quoted(headers),
            )
        positions[name] = position
        taken.add(position)

    unknown: set[int] = set()
    left: list[int] = []
    for position, header in enumerate(headers):
        if position in taken or not header.strip():
            continue
        name = _exact(header, index)
        if name is None:
            left.append(position)
        elif name in positions:
            unknown.add(position)
        else:
            positions[name] = position
    for position in left:
        name = _by_prefix(headers[position], index)
        if name is None or name in positions:
            unknown.add(position)
        else:
            positions[name] = position

    missing = [c for c in spec.columns if c.required and c.name not in positions]
    if missing:
        raise InputFileError(
            "ingest.missing_columns",
            file=source,
            columns=", ".join(_described(column) for column in missing),
            found=_quoted(headers),
        )
    return HeaderMatch(
        positions=positions,
        unknown=[headers[position].strip() for position in sorted(unknown)],
    )


def _find_header(headers: list[str], wanted: str) -> int | None:
    for position, header in enumerate(headers):
        if header.strip() == wanted:
            return position
    folded = fold(wanted)
    if not folded:
        return None
    for position, header in enumerate(headers):
        if fold(header) == folded:
            return position
    return None
