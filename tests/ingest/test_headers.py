import pytest

from thidua_cli.errors import InputFileError, UsageError
from thidua_cli.ingest import headers as h
from thidua_cli.ingest.vocab import fold

ALL_SPECS = [
    h.DOSSIERS,
    h.PROCEDURES,
    h.SURVEYS,
    h.STAFF,
    h.INITIATIVES,
    h.COMPLAINTS,
    h.ENROLLMENT,
]


@pytest.mark.parametrize("spec", ALL_SPECS, ids=lambda spec: spec.name)
def test_no_alias_means_two_columns(spec):
    owner: dict[str, str] = {}
    for column in spec.columns:
        for alias in column.aliases:
            assert owner.setdefault(fold(alias), column.name) == column.name, alias


@pytest.mark.parametrize("spec", ALL_SPECS, ids=lambda spec: spec.name)
def test_canonical_names_match_themselves(spec):
    names = [column.name for column in spec.columns]
    assert h.match_headers(names, spec, None, source="f.csv").positions == {
        name: position for position, name in enumerate(names)
    }


@pytest.mark.parametrize(
    ("spec", "header", "canonical"),
    [
        (h.DOSSIERS, "Mã hồ sơ", "code"),
        (h.DOSSIERS, "MÃ HỒ SƠ", "code"),
        (h.DOSSIERS, "ma_ho_so", "code"),
        (h.DOSSIERS, "MaHoSo", "code"),
        (h.DOSSIERS, "Mã số hồ sơ", "code"),
        (h.DOSSIERS, "Số hồ sơ", "code"),
        (h.DOSSIERS, "Mã HS", "code"),
        (h.DOSSIERS, "Số biên nhận", "code"),
        (h.DOSSIERS, "Mã hồ sơ (*)", "code"),
        (h.DOSSIERS, "Tên thủ tục", "procedure"),
        (h.DOSSIERS, "Tên TTHC", "procedure"),
        (h.DOSSIERS, "Thủ tục hành chính", "procedure"),
        (h.DOSSIERS, "TenTTHC", "procedure"),
        (h.DOSSIERS, "Mã TTHC", "procedure_code"),
        (h.DOSSIERS, "MaTTHC", "procedure_code"),
        (h.DOSSIERS, "Lĩnh vực", "field"),
        (h.DOSSIERS, "TenLinhVuc", "field"),
        (h.DOSSIERS, "Tên tổ chức, cá nhân", "applicant"),
        (h.DOSSIERS, "Tên tổ chức/cá nhân", "applicant"),
        (h.DOSSIERS, "Người nộp", "applicant"),
        (h.DOSSIERS, "Người nộp hồ sơ", "applicant"),
        (h.DOSSIERS, "Chủ hồ sơ", "applicant"),
        (h.DOSSIERS, "ChuHoSo", "applicant"),
        (h.DOSSIERS, "Kênh", "channel"),
        (h.DOSSIERS, "Hình thức", "channel"),
        (h.DOSSIERS, "Kênh thực hiện", "channel"),
        (h.DOSSIERS, "KenhThucHien", "channel"),
        (h.DOSSIERS, "HinhThuc", "channel"),
        (h.DOSSIERS, "Ngày tiếp nhận", "received_at"),
        (h.DOSSIERS, "Ngày nhận", "received_at"),
        (h.DOSSIERS, "NgayTiepNhan", "received_at"),
        (h.DOSSIERS, "Ngày nộp", "received_at"),
        (h.DOSSIERS, "Thời gian tiếp nhận", "received_at"),
        (h.DOSSIERS, "Ngày tiếp nhận (dd/mm/yyyy)", "received_at"),
        (h.DOSSIERS, "Received at", "received_at"),
        (h.DOSSIERS, "Ngày hẹn trả", "due_date"),
        (h.DOSSIERS, "Hẹn trả kết quả", "due_date"),
        (h.DOSSIERS, "NgayHenTra", "due_date"),
        (h.DOSSIERS, "Ngày hẹn trả kết quả", "due_date"),
        (h.DOSSIERS, "Hạn xử lý", "due_date"),
        (h.DOSSIERS, "Hạn giải quyết", "due_date"),
        (h.DOSSIERS, "Ngày có kết quả", "finished_at"),
        (h.DOSSIERS, "Ngày xử lý xong", "finished_at"),
        (h.DOSSIERS, "Ngày kết thúc xử lý", "finished_at"),
        (h.DOSSIERS, "NgayKetThucXuLy", "finished_at"),
        (h.DOSSIERS, "Ngày hoàn thành", "finished_at"),
        (h.DOSSIERS, "Ngày trả kết quả", "returned_at"),
        (h.DOSSIERS, "Ngày trả", "returned_at"),
        (h.DOSSIERS, "NgayTra", "returned_at"),
        (h.DOSSIERS, "Cán bộ xử lý", "officer"),
        (h.DOSSIERS, "Người xử lý", "officer"),
        (h.DOSSIERS, "Cán bộ thụ lý", "officer"),
        (h.DOSSIERS, "NguoiXuLy", "officer"),
        (h.DOSSIERS, "Cán bộ giải quyết", "officer"),
        (h.DOSSIERS, "Chuyên viên xử lý", "officer"),
        (h.DOSSIERS, "Bộ phận", "unit"),
        (h.DOSSIERS, "Đơn vị xử lý", "unit"),
        (h.DOSSIERS, "Phòng ban", "unit"),
        (h.DOSSIERS, "DonViXuLy", "unit"),
        (h.DOSSIERS, "Đơn vị", "unit"),
        (h.DOSSIERS, "Phòng ban xử lý", "unit"),
        (h.DOSSIERS, "Trạng thái", "status"),
        (h.DOSSIERS, "TrangThaiHoSo", "status"),
        (h.DOSSIERS, "Ngày yêu cầu bổ sung", "supplement_requested_at"),
        (h.DOSSIERS, "Ngày nhận đủ hồ sơ bổ sung", "supplement_received_at"),
        (h.DOSSIERS, "Ngày hoàn thành bổ sung", "supplement_received_at"),
        (h.DOSSIERS, "Phiếu xin lỗi", "apology"),
        (h.DOSSIERS, "Có phiếu xin lỗi", "apology"),
        (h.DOSSIERS, "Đã gửi phiếu xin lỗi", "apology"),
        (h.DOSSIERS, "Ngày hẹn lại", "rescheduled_date"),
        (h.DOSSIERS, "Ngày hẹn trả lại", "rescheduled_date"),
        (h.DOSSIERS, "Ghi chú", "note"),
        (h.PROCEDURES, "Mã TTHC", "code"),
        (h.PROCEDURES, "Mã thủ tục", "code"),
        (h.PROCEDURES, "Tên thủ tục", "name"),
        (h.PROCEDURES, "Tên TTHC", "name"),
        (h.PROCEDURES, "Thời hạn giải quyết", "days"),
        (h.PROCEDURES, "Số ngày giải quyết", "days"),
        (h.PROCEDURES, "Thời gian giải quyết (ngày làm việc)", "days"),
        (h.PROCEDURES, "Giờ tiếp nhận tối đa", "cutoff"),
        (h.PROCEDURES, "Giờ chốt", "cutoff"),
        (h.PROCEDURES, "Lĩnh vực", "field"),
        (h.SURVEYS, "Mã đánh giá", "id"),
        (h.SURVEYS, "ID", "id"),
        (h.SURVEYS, "Mã hồ sơ", "dossier_code"),
        (h.SURVEYS, "Cán bộ", "officer"),
        (h.SURVEYS, "Cán bộ được đánh giá", "officer"),
        (h.SURVEYS, "Ngày đánh giá", "date"),
        (h.SURVEYS, "Mức độ hài lòng", "rating"),
        (h.SURVEYS, "Đánh giá", "rating"),
        (h.SURVEYS, "Kết quả đánh giá", "rating"),
        (h.SURVEYS, "Góp ý", "comment"),
        (h.SURVEYS, "Ý kiến", "comment"),
        (h.STAFF, "Họ và tên", "name"),
        (h.STAFF, "Họ tên", "name"),
        (h.STAFF, "Đơn vị", "unit"),
        (h.STAFF, "Bộ phận", "unit"),
        (h.STAFF, "Tổ", "unit"),
        (h.STAFF, "Chức vụ", "role"),
        (h.STAFF, "Đang công tác", "active"),
        (h.STAFF, "Hoạt động", "active"),
        (h.INITIATIVES, "Đơn vị/cá nhân", "owner"),
        (h.INITIATIVES, "Tác giả", "owner"),
        (h.INITIATIVES, "Chủ sở hữu", "owner"),
        (h.INITIATIVES, "Tên sáng kiến", "title"),
        (h.INITIATIVES, "Tên mô hình", "title"),
        (h.INITIATIVES, "Tên giải pháp", "title"),
        (h.INITIATIVES, "Loại", "kind"),
        (h.INITIATIVES, "Ngày đăng ký", "registered_on"),
        (h.INITIATIVES, "Tình trạng", "status"),
        (h.INITIATIVES, "Trạng thái", "status"),
        (h.INITIATIVES, "Ngày quyết định", "decided_on"),
        (h.INITIATIVES, "Ngày công nhận", "decided_on"),
        (h.INITIATIVES, "Số quyết định", "decision_no"),
        (h.COMPLAINTS, "Ngày tiếp nhận", "date"),
        (h.COMPLAINTS, "Ngày phản ánh", "date"),
        (h.COMPLAINTS, "Cán bộ bị phản ánh", "officer"),
        (h.COMPLAINTS, "Cán bộ", "officer"),
        (h.COMPLAINTS, "Mã hồ sơ", "dossier_code"),
        (h.COMPLAINTS, "Nội dung phản ánh", "content"),
        (h.COMPLAINTS, "Nội dung", "content"),
        (h.COMPLAINTS, "Kết quả xác minh", "outcome"),
        (h.COMPLAINTS, "Kết quả xử lý", "outcome"),
        (h.ENROLLMENT, "Trường", "school"),
        (h.ENROLLMENT, "Tên trường", "school"),
        (h.ENROLLMENT, "Cấp học", "level"),
        (h.ENROLLMENT, "Bậc học", "level"),
        (h.ENROLLMENT, "Giai đoạn", "stage"),
        (h.ENROLLMENT, "Đợt tuyển sinh", "stage"),
        (h.ENROLLMENT, "Tổng số hồ sơ", "total"),
        (h.ENROLLMENT, "Tổng số", "total"),
        (h.ENROLLMENT, "Số hồ sơ trực tuyến", "online"),
        (h.ENROLLMENT, "Trực tuyến", "online"),
        (h.ENROLLMENT, "Tổng số hồ sơ trực tuyến", "online"),
    ],
)
def test_alias(spec, header, canonical):
    others = [c.name for c in spec.columns if c.required and c.name != canonical]
    found = h.match_headers(["", header, *others, "Cột lạ"], spec, None, source="f.csv")
    assert found.positions[canonical] == 1
    assert found.unknown == ["Cột lạ"]


def _dossier_headers(*extra: str) -> list[str]:
    return ["Mã hồ sơ", "Tên thủ tục", "Ngày tiếp nhận", *extra]


def test_a_full_export():
    headers = [
        "STT",
        "Mã hồ sơ",
        "Tên thủ tục",
        "Lĩnh vực",
        "Tên tổ chức, cá nhân",
        "Ngày tiếp nhận",
        "Ngày hẹn trả",
        "Ngày có kết quả",
        "Trạng thái",
        "Ghi chú",
        "",
    ]
    found = h.match_headers(headers, h.DOSSIERS, None, source="f.csv")
    assert found.positions == {
        "code": 1,
        "procedure": 2,
        "field": 3,
        "applicant": 4,
        "received_at": 5,
        "due_date": 6,
        "finished_at": 7,
        "status": 8,
        "note": 9,
    }
    assert found.unknown == ["STT"]


@pytest.mark.parametrize(
    ("header", "canonical"),
    [
        ("Ngày hẹn trả kết quả cho công dân", "due_date"),
        ("Lĩnh vực giải quyết", "field"),
        ("Trạng thái xử lý (*)", "status"),
        ("Ghi chú khác", "note"),
    ],
)
def test_a_header_that_starts_with_one_alias(header, canonical):
    found = h.match_headers(_dossier_headers(header), h.DOSSIERS, None, source="f.csv")
    assert found.positions[canonical] == 3
    assert found.unknown == []


def test_a_prefix_shared_by_two_columns_is_not_guessed():
    # Starts with "Ngày hoàn thành" (finished_at) and "Ngày hoàn thành bổ sung" (supplement).
    header = "Ngày hoàn thành bổ sung hồ sơ"
    found = h.match_headers(_dossier_headers(header), h.DOSSIERS, None, source="f.csv")
    assert "finished_at" not in found.positions
    assert "supplement_received_at" not in found.positions
    assert found.unknown == [header]


def test_an_exact_header_beats_a_prefix_one_wherever_it_stands():
    headers = _dossier_headers("Ghi chú khác", "Ghi chú")
    found = h.match_headers(headers, h.DOSSIERS, None, source="f.csv")
    assert found.positions["note"] == 4
    assert found.unknown == ["Ghi chú khác"]


def test_a_second_header_for_a_taken_column_is_unknown():
    headers = _dossier_headers("Mã HS")
    found = h.match_headers(headers, h.DOSSIERS, None, source="f.csv")
    assert found.positions["code"] == 0
    assert found.unknown == ["Mã HS"]


def test_missing_required_columns_are_listed_together():
    with pytest.raises(InputFileError) as caught:
        h.match_headers(["Mã hồ sơ", "Ghi chú"], h.DOSSIERS, None, source="ds.csv")
    error = caught.value
    assert error.key == "ingest.missing_columns"
    assert error.exit_code == 3
    assert error.params["file"] == "ds.csv"
    assert "procedure" in error.params["columns"]
    assert "received_at" in error.params["columns"]
    assert "code" not in error.params["columns"].split(" ")[0]
    assert '"Ghi chú"' in error.params["found"]
    assert "--map" in str(error)


def test_map_names_a_header_the_aliases_miss():
    headers = ["Số HS", "Thủ tục", "Nhận lúc"]
    mapping = h.parse_mapping(["code=Số HS", "received_at=nhan luc"])
    found = h.match_headers(headers, h.DOSSIERS, mapping, source="f.csv")
    assert found.positions == {"code": 0, "procedure": 1, "received_at": 2}


def test_map_wins_over_an_alias():
    headers = ["Mã hồ sơ", "Tên thủ tục", "Ngày tiếp nhận", "Ngày nộp"]
    mapping = {"received_at": "Ngày nộp"}
    found = h.match_headers(headers, h.DOSSIERS, mapping, source="f.csv")
    assert found.positions["received_at"] == 3
    assert found.unknown == ["Ngày tiếp nhận"]


def test_map_may_take_a_header_that_an_other_column_would_claim():
    headers = ["Mã hồ sơ", "Tên thủ tục", "Ngày trả"]
    mapping = {"received_at": "Ngày trả"}
    found = h.match_headers(headers, h.DOSSIERS, mapping, source="f.csv")
    assert found.positions == {"code": 0, "procedure": 1, "received_at": 2}


def test_map_to_a_column_the_spec_lacks_is_a_usage_error():
    with pytest.raises(UsageError) as caught:
        h.match_headers(_dossier_headers(), h.DOSSIERS, {"colour": "Mã hồ sơ"}, source="f.csv")
    assert caught.value.key == "ingest.map_unknown_column"
    assert caught.value.exit_code == 2
    assert "received_at" in caught.value.params["valid"]


def test_map_to_a_header_the_file_lacks():
    with pytest.raises(InputFileError) as caught:
        h.match_headers(_dossier_headers(), h.DOSSIERS, {"note": "Lời nhắn"}, source="f.csv")
    assert caught.value.key == "ingest.map_header_missing"
    assert caught.value.params["header"] == "Lời nhắn"
    assert '"Mã hồ sơ"' in caught.value.params["found"]


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ([], {}),
        (["code=Số HS"], {"code": "Số HS"}),
        ([" code = Số HS "], {"code": "Số HS"}),
        (["note=a=b"], {"note": "a=b"}),
        (["code=X", "code=X"], {"code": "X"}),
    ],
)
def test_parse_mapping(items, expected):
    assert h.parse_mapping(items) == expected


@pytest.mark.parametrize(
    ("items", "key"),
    [
        (["code"], "ingest.bad_map"),
        (["=Số HS"], "ingest.bad_map"),
        (["code="], "ingest.bad_map"),
        (["code=A", "code=B"], "ingest.map_conflict"),
    ],
)
def test_parse_mapping_refuses(items, key):
    with pytest.raises(UsageError) as caught:
        h.parse_mapping(items)
    assert caught.value.key == key


@pytest.mark.parametrize(
    ("cells", "score"),
    [
        (["ỦY BAN NHÂN DÂN QUẬN 1", "", ""], 0),
        (["DANH SÁCH HỒ SƠ TIẾP NHẬN"], 0),
        (["Mã hồ sơ", "Tên thủ tục", "Ngày tiếp nhận (*)", "STT"], 3),
        (["A1", 12, None, "05/06/2021"], 0),
    ],
)
def test_header_score(cells, score):
    assert h.header_score(cells, h.DOSSIERS) == score
