import pytest

from thidua_cli.errors import InputFileError, UsageError
from thidua_cli.importing import kinds
from thidua_cli.ingest import headers as h
from thidua_cli.ingest.vocab import fold

ALL_SPECS = [kind.columns for kind in kinds.all_kinds()]
SPEC = {kind.name: kind.columns for kind in kinds.all_kinds()}


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
        (SPEC["dossiers"], "Mã hồ sơ", "code"),
        (SPEC["dossiers"], "MÃ HỒ SƠ", "code"),
        (SPEC["dossiers"], "ma_ho_so", "code"),
        (SPEC["dossiers"], "MaHoSo", "code"),
        (SPEC["dossiers"], "Mã số hồ sơ", "code"),
        (SPEC["dossiers"], "Số hồ sơ", "code"),
        (SPEC["dossiers"], "Mã HS", "code"),
        (SPEC["dossiers"], "Số biên nhận", "code"),
        (SPEC["dossiers"], "Mã hồ sơ (*)", "code"),
        (SPEC["dossiers"], "Tên thủ tục", "procedure"),
        (SPEC["dossiers"], "Tên TTHC", "procedure"),
        (SPEC["dossiers"], "Thủ tục hành chính", "procedure"),
        (SPEC["dossiers"], "TenTTHC", "procedure"),
        (SPEC["dossiers"], "Mã TTHC", "procedure_code"),
        (SPEC["dossiers"], "MaTTHC", "procedure_code"),
        (SPEC["dossiers"], "Lĩnh vực", "field"),
        (SPEC["dossiers"], "TenLinhVuc", "field"),
        (SPEC["dossiers"], "Tên tổ chức, cá nhân", "applicant"),
        (SPEC["dossiers"], "Tên tổ chức/cá nhân", "applicant"),
        (SPEC["dossiers"], "Người nộp", "applicant"),
        (SPEC["dossiers"], "Người nộp hồ sơ", "applicant"),
        (SPEC["dossiers"], "Chủ hồ sơ", "applicant"),
        (SPEC["dossiers"], "ChuHoSo", "applicant"),
        (SPEC["dossiers"], "Kênh", "channel"),
        (SPEC["dossiers"], "Hình thức", "channel"),
        (SPEC["dossiers"], "Kênh thực hiện", "channel"),
        (SPEC["dossiers"], "KenhThucHien", "channel"),
        (SPEC["dossiers"], "HinhThuc", "channel"),
        (SPEC["dossiers"], "Ngày tiếp nhận", "received_at"),
        (SPEC["dossiers"], "Ngày nhận", "received_at"),
        (SPEC["dossiers"], "NgayTiepNhan", "received_at"),
        (SPEC["dossiers"], "Ngày nộp", "received_at"),
        (SPEC["dossiers"], "Thời gian tiếp nhận", "received_at"),
        (SPEC["dossiers"], "Ngày tiếp nhận (dd/mm/yyyy)", "received_at"),
        (SPEC["dossiers"], "Received at", "received_at"),
        (SPEC["dossiers"], "Ngày hẹn trả", "due_date"),
        (SPEC["dossiers"], "Hẹn trả kết quả", "due_date"),
        (SPEC["dossiers"], "NgayHenTra", "due_date"),
        (SPEC["dossiers"], "Ngày hẹn trả kết quả", "due_date"),
        (SPEC["dossiers"], "Hạn xử lý", "due_date"),
        (SPEC["dossiers"], "Hạn giải quyết", "due_date"),
        (SPEC["dossiers"], "Ngày có kết quả", "finished_at"),
        (SPEC["dossiers"], "Ngày xử lý xong", "finished_at"),
        (SPEC["dossiers"], "Ngày kết thúc xử lý", "finished_at"),
        (SPEC["dossiers"], "NgayKetThucXuLy", "finished_at"),
        (SPEC["dossiers"], "Ngày hoàn thành", "finished_at"),
        (SPEC["dossiers"], "Ngày trả kết quả", "returned_at"),
        (SPEC["dossiers"], "Ngày trả", "returned_at"),
        (SPEC["dossiers"], "NgayTra", "returned_at"),
        (SPEC["dossiers"], "Cán bộ xử lý", "officer"),
        (SPEC["dossiers"], "Người xử lý", "officer"),
        (SPEC["dossiers"], "Cán bộ thụ lý", "officer"),
        (SPEC["dossiers"], "NguoiXuLy", "officer"),
        (SPEC["dossiers"], "Cán bộ giải quyết", "officer"),
        (SPEC["dossiers"], "Chuyên viên xử lý", "officer"),
        (SPEC["dossiers"], "Bộ phận", "unit"),
        (SPEC["dossiers"], "Đơn vị xử lý", "unit"),
        (SPEC["dossiers"], "Phòng ban", "unit"),
        (SPEC["dossiers"], "DonViXuLy", "unit"),
        (SPEC["dossiers"], "Đơn vị", "unit"),
        (SPEC["dossiers"], "Phòng ban xử lý", "unit"),
        (SPEC["dossiers"], "Trạng thái", "status"),
        (SPEC["dossiers"], "TrangThaiHoSo", "status"),
        (SPEC["dossiers"], "Ngày yêu cầu bổ sung", "supplement_requested_at"),
        (SPEC["dossiers"], "Ngày nhận đủ hồ sơ bổ sung", "supplement_received_at"),
        (SPEC["dossiers"], "Ngày hoàn thành bổ sung", "supplement_received_at"),
        (SPEC["dossiers"], "Phiếu xin lỗi", "apology"),
        (SPEC["dossiers"], "Có phiếu xin lỗi", "apology"),
        (SPEC["dossiers"], "Đã gửi phiếu xin lỗi", "apology"),
        (SPEC["dossiers"], "Ngày hẹn lại", "rescheduled_date"),
        (SPEC["dossiers"], "Ngày hẹn trả lại", "rescheduled_date"),
        (SPEC["dossiers"], "Ghi chú", "note"),
        (SPEC["procedures"], "Mã TTHC", "code"),
        (SPEC["procedures"], "Mã thủ tục", "code"),
        (SPEC["procedures"], "Tên thủ tục", "name"),
        (SPEC["procedures"], "Tên TTHC", "name"),
        (SPEC["procedures"], "Thời hạn giải quyết", "days"),
        (SPEC["procedures"], "Số ngày giải quyết", "days"),
        (SPEC["procedures"], "Thời gian giải quyết (ngày làm việc)", "days"),
        (SPEC["procedures"], "Giờ tiếp nhận tối đa", "cutoff"),
        (SPEC["procedures"], "Giờ chốt", "cutoff"),
        (SPEC["procedures"], "Lĩnh vực", "field"),
        (SPEC["surveys"], "Mã đánh giá", "id"),
        (SPEC["surveys"], "ID", "id"),
        (SPEC["surveys"], "Mã hồ sơ", "dossier_code"),
        (SPEC["surveys"], "Cán bộ", "officer"),
        (SPEC["surveys"], "Cán bộ được đánh giá", "officer"),
        (SPEC["surveys"], "Ngày đánh giá", "date"),
        (SPEC["surveys"], "Mức độ hài lòng", "rating"),
        (SPEC["surveys"], "Đánh giá", "rating"),
        (SPEC["surveys"], "Kết quả đánh giá", "rating"),
        (SPEC["surveys"], "Góp ý", "comment"),
        (SPEC["surveys"], "Ý kiến", "comment"),
        (SPEC["staff"], "Họ và tên", "name"),
        (SPEC["staff"], "Họ tên", "name"),
        (SPEC["staff"], "Đơn vị", "unit"),
        (SPEC["staff"], "Bộ phận", "unit"),
        (SPEC["staff"], "Tổ", "unit"),
        (SPEC["staff"], "Chức vụ", "role"),
        (SPEC["staff"], "Đang công tác", "active"),
        (SPEC["staff"], "Hoạt động", "active"),
        (SPEC["initiatives"], "Đơn vị/cá nhân", "owner"),
        (SPEC["initiatives"], "Tác giả", "owner"),
        (SPEC["initiatives"], "Chủ sở hữu", "owner"),
        (SPEC["initiatives"], "Tên sáng kiến", "title"),
        (SPEC["initiatives"], "Tên mô hình", "title"),
        (SPEC["initiatives"], "Tên giải pháp", "title"),
        (SPEC["initiatives"], "Loại", "kind"),
        (SPEC["initiatives"], "Ngày đăng ký", "registered_on"),
        (SPEC["initiatives"], "Tình trạng", "status"),
        (SPEC["initiatives"], "Trạng thái", "status"),
        (SPEC["initiatives"], "Ngày quyết định", "decided_on"),
        (SPEC["initiatives"], "Ngày công nhận", "decided_on"),
        (SPEC["initiatives"], "Số quyết định", "decision_no"),
        (SPEC["complaints"], "Ngày tiếp nhận", "date"),
        (SPEC["complaints"], "Ngày phản ánh", "date"),
        (SPEC["complaints"], "Cán bộ bị phản ánh", "officer"),
        (SPEC["complaints"], "Cán bộ", "officer"),
        (SPEC["complaints"], "Mã hồ sơ", "dossier_code"),
        (SPEC["complaints"], "Nội dung phản ánh", "content"),
        (SPEC["complaints"], "Nội dung", "content"),
        (SPEC["complaints"], "Kết quả xác minh", "outcome"),
        (SPEC["complaints"], "Kết quả xử lý", "outcome"),
        (SPEC["enrollment"], "Trường", "school"),
        (SPEC["enrollment"], "Tên trường", "school"),
        (SPEC["enrollment"], "Cấp học", "level"),
        (SPEC["enrollment"], "Bậc học", "level"),
        (SPEC["enrollment"], "Giai đoạn", "stage"),
        (SPEC["enrollment"], "Đợt tuyển sinh", "stage"),
        (SPEC["enrollment"], "Tổng số hồ sơ", "total"),
        (SPEC["enrollment"], "Tổng số", "total"),
        (SPEC["enrollment"], "Số hồ sơ trực tuyến", "online"),
        (SPEC["enrollment"], "Trực tuyến", "online"),
        (SPEC["enrollment"], "Tổng số hồ sơ trực tuyến", "online"),
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
    found = h.match_headers(headers, SPEC["dossiers"], None, source="f.csv")
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
    found = h.match_headers(_dossier_headers(header), SPEC["dossiers"], None, source="f.csv")
    assert found.positions[canonical] == 3
    assert found.unknown == []


def test_a_prefix_shared_by_two_columns_is_not_guessed():
    # Starts with "Ngày hoàn thành" (finished_at) and "Ngày hoàn thành bổ sung" (supplement).
    header = "Ngày hoàn thành bổ sung hồ sơ"
    found = h.match_headers(_dossier_headers(header), SPEC["dossiers"], None, source="f.csv")
    assert "finished_at" not in found.positions
    assert "supplement_received_at" not in found.positions
    assert found.unknown == [header]


def test_an_exact_header_beats_a_prefix_one_wherever_it_stands():
    headers = _dossier_headers("Ghi chú khác", "Ghi chú")
    found = h.match_headers(headers, SPEC["dossiers"], None, source="f.csv")
    assert found.positions["note"] == 4
    assert found.unknown == ["Ghi chú khác"]


def test_a_second_header_for_a_taken_column_is_unknown():
    headers = _dossier_headers("Mã HS")
    found = h.match_headers(headers, SPEC["dossiers"], None, source="f.csv")
    assert found.positions["code"] == 0
    assert found.unknown == ["Mã HS"]


def test_missing_required_columns_are_listed_together():
    with pytest.raises(InputFileError) as caught:
        h.match_headers(["Mã hồ sơ", "Ghi chú"], SPEC["dossiers"], None, source="ds.csv")
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
    found = h.match_headers(headers, SPEC["dossiers"], mapping, source="f.csv")
    assert found.positions == {"code": 0, "procedure": 1, "received_at": 2}


def test_map_wins_over_an_alias():
    headers = ["Mã hồ sơ", "Tên thủ tục", "Ngày tiếp nhận", "Ngày nộp"]
    mapping = {"received_at": "Ngày nộp"}
    found = h.match_headers(headers, SPEC["dossiers"], mapping, source="f.csv")
    assert found.positions["received_at"] == 3
    assert found.unknown == ["Ngày tiếp nhận"]


def test_map_may_take_a_header_that_an_other_column_would_claim():
    headers = ["Mã hồ sơ", "Tên thủ tục", "Ngày trả"]
    mapping = {"received_at": "Ngày trả"}
    found = h.match_headers(headers, SPEC["dossiers"], mapping, source="f.csv")
    assert found.positions == {"code": 0, "procedure": 1, "received_at": 2}


def test_map_to_a_column_the_spec_lacks_is_a_usage_error():
    with pytest.raises(UsageError) as caught:
        h.match_headers(
            _dossier_headers(), SPEC["dossiers"], {"colour": "Mã hồ sơ"}, source="f.csv"
        )
    assert caught.value.key == "ingest.map_unknown_column"
    assert caught.value.exit_code == 2
    assert "received_at" in caught.value.params["valid"]


def test_map_to_a_header_the_file_lacks():
    with pytest.raises(InputFileError) as caught:
        h.match_headers(_dossier_headers(), SPEC["dossiers"], {"note": "Lời nhắn"}, source="f.csv")
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
    assert h.header_score(cells, SPEC["dossiers"]) == score
