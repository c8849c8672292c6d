import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thidua_cli.errors import UsageError
from thidua_cli.ingest import vocab
from thidua_cli.ingest.vocab import FieldError
from thidua_cli.text.messages import keys as message_keys
from thidua_cli.text.messages import text as message_text
from thidua_cli.text.normalize import fold, nfc


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Tên tổ chức, cá nhân", "tentochuccanhan"),
        ("Mã_hồ-sơ", "mahoso"),
        ("MÃ HỒ SƠ", "mahoso"),
        ("Đơn vị xử lý", "donvixuly"),
        ("Ngày tiếp nhận (*)", "ngaytiepnhan"),
        ("received_at", "receivedat"),
        ("  Lĩnh   vực ", "linhvuc"),
        ("Mức độ 4", "mucdo4"),
        ("", ""),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_fold_ignores_the_normal_form():
    text = "Trực tuyến toàn trình"
    assert fold(unicodedata.normalize("NFD", text)) == fold(text)


def test_nfc_composes_tone_marks():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    assert nfc(decomposed) == "Nguyễn Thị Ánh"
    assert nfc("abc") == "abc"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1", "direct"),
        ("2", "online"),
        ("3", "postal"),
        (2, "online"),
        (3.0, "postal"),
        ("2.0", "online"),
        ("Trực tiếp", "direct"),
        ("truc tiep", "direct"),
        ("TRỰC TIẾP", "direct"),
        ("Trực tiếp tại bộ phận một cửa", "direct"),
        ("Trực tuyến", "online"),
        ("Nộp trực tuyến", "online"),
        ("Dịch vụ công trực tuyến", "online"),
        ("DVC mức độ 3", "online"),
        ("mức độ 4", "online"),
        ("Trực tuyến một phần", "online"),
        ("Trực tuyến toàn trình", "online"),
        ("Toàn trình", "online"),
        ("Bưu chính", "postal"),
        ("Bưu chính công ích", "postal"),
        ("BCCI", "postal"),
        ("Qua bưu điện", "postal"),
        ("buu chinh", "postal"),
        ("direct", "direct"),
        ("in person", "direct"),
        ("In-person", "direct"),
        ("online", "online"),
        ("Online", "online"),
        ("postal", "postal"),
        ("post", "postal"),
        ("Nộp trực tuyến, nhận kết quả qua bưu chính", "online"),
        ("Nộp trực tiếp, nhận kết quả qua bưu điện", "direct"),
    ],
)
def test_channel(value, expected):
    assert vocab.channel(value) == expected


@pytest.mark.parametrize(
    ("value", "key"),
    [
        ("", "ingest.reason.empty"),
        ("   ", "ingest.reason.empty"),
        ("4", "ingest.reason.bad_channel"),
        ("0", "ingest.reason.bad_channel"),
        ("fax", "ingest.reason.bad_channel"),
        ("Mức độ 2", "ingest.reason.bad_channel"),
    ],
)
def test_channel_refuses(value, key):
    with pytest.raises(FieldError) as caught:
        vocab.channel(value)
    assert caught.value.key == key


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1", "received"),
        ("2", "received"),
        ("3", "not_received"),
        ("4", "processing"),
        ("5", "waiting_supplement"),
        ("6", "waiting_payment"),
        ("7", "withdrawn"),
        ("8", "stopped"),
        ("9", "finished"),
        ("10", "returned"),
        (10, "returned"),
        ("10.0", "returned"),
        ("Mới đăng ký", "received"),
        ("Được tiếp nhận", "received"),
        ("Không được tiếp nhận", "not_received"),
        ("Đang xử lý", "processing"),
        ("Yêu cầu bổ sung giấy tờ", "waiting_supplement"),
        ("Yêu cầu thực hiện nghĩa vụ tài chính", "waiting_payment"),
        ("Công dân yêu cầu rút hồ sơ", "withdrawn"),
        ("Dừng xử lý", "stopped"),
        ("Đã xử lý xong", "finished"),
        ("Đã trả kết quả", "returned"),
        ("Chờ bổ sung hồ sơ", "waiting_supplement"),
        ("Đang chờ bổ sung", "waiting_supplement"),
        ("Đã rút hồ sơ", "withdrawn"),
        ("Rút hồ sơ", "withdrawn"),
        ("Chờ ký duyệt", "processing"),
        ("Chờ phê duyệt", "processing"),
        ("Đang giải quyết", "processing"),
        ("Đang thụ lý", "processing"),
        ("Từ chối giải quyết", "stopped"),
        ("Từ chối", "stopped"),
        ("Trả lại hồ sơ", "stopped"),
        ("Đã có kết quả", "finished"),
        ("Đã giải quyết", "finished"),
        ("Hoàn thành", "finished"),
        ("Đã trả", "returned"),
        ("Chờ trả kết quả", "finished"),
        ("Chờ thực hiện nghĩa vụ tài chính", "waiting_payment"),
        ("Đã tiếp nhận", "received"),
        ("Mới tiếp nhận", "received"),
        ("Không tiếp nhận", "not_received"),
        ("dang xu ly", "processing"),
        ("ĐÃ TRẢ KẾT QUẢ", "returned"),
        ("4 - Đang xử lý", "processing"),
        ("10. Đã trả kết quả", "returned"),
        ("received", "received"),
        ("processing", "processing"),
        ("waiting_supplement", "waiting_supplement"),
        ("waiting payment", "waiting_payment"),
        ("stopped", "stopped"),
        ("withdrawn", "withdrawn"),
        ("not_received", "not_received"),
        ("finished", "finished"),
        ("returned", "returned"),
        ("new", "received"),
        ("In progress", "processing"),
        ("done", "finished"),
        ("completed", "finished"),
        ("refused", "stopped"),
        ("rejected", "stopped"),
        ("cancelled", "withdrawn"),
    ],
)
def test_status(value, expected):
    assert vocab.status(value) == expected


@pytest.mark.parametrize(
    ("value", "key"),
    [
        ("0", "ingest.reason.bad_status"),
        ("11", "ingest.reason.bad_status"),
        ("Đang bay", "ingest.reason.bad_status"),
        ("", "ingest.reason.empty"),
    ],
)
def test_status_refuses(value, key):
    with pytest.raises(FieldError) as caught:
        vocab.status(value)
    assert caught.value.key == key


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Rất hài lòng", 5),
        ("Hài lòng", 4),
        ("Bình thường", 3),
        ("Không hài lòng", 2),
        ("Rất không hài lòng", 1),
        ("rat hai long", 5),
        ("HÀI LÒNG", 4),
        ("khong hai long", 2),
        ("Chưa hài lòng", 2),
        ("very_satisfied", 5),
        ("very satisfied", 5),
        ("satisfied", 4),
        ("neutral", 3),
        ("dissatisfied", 2),
        ("very_dissatisfied", 1),
        ("very dissatisfied", 1),
        ("rat_hai_long", 5),
        ("hai_long", 4),
        ("binh_thuong", 3),
        ("khong_hai_long", 2),
        ("rat_khong_hai_long", 1),
        ("5", 5),
        ("1", 1),
        (3, 3),
        ("4.0", 4),
        ("5 - Rất hài lòng", 5),
    ],
)
def test_rating_five_levels(value, expected):
    assert vocab.rating(value) == expected


@pytest.mark.parametrize(
    ("value", "scale", "expected"),
    [
        ("4", 4, 5),
        ("3", 4, 4),
        ("2", 4, 2),
        ("1", 4, 1),
        ("3", 3, 4),
        ("2", 3, 3),
        ("1", 3, 2),
        ("Bình thường", 4, 3),
        ("Rất hài lòng", 3, 5),
    ],
)
def test_rating_shorter_scales(value, scale, expected):
    assert vocab.rating(value, scale) == expected


@pytest.mark.parametrize(
    ("value", "scale", "key"),
    [
        ("6", 5, "ingest.reason.rating_out_of_scale"),
        ("0", 5, "ingest.reason.rating_out_of_scale"),
        ("5", 4, "ingest.reason.rating_out_of_scale"),
        ("4", 3, "ingest.reason.rating_out_of_scale"),
        ("tốt", 5, "ingest.reason.bad_rating"),
        ("hài lòng lắm", 5, "ingest.reason.bad_rating"),
        ("", 5, "ingest.reason.empty"),
    ],
)
def test_rating_refuses(value, scale, key):
    with pytest.raises(FieldError) as caught:
        vocab.rating(value, scale)
    assert caught.value.key == key


def test_rating_bad_scale_is_a_usage_error():
    with pytest.raises(UsageError):
        vocab.rating("3", 7)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Có cơ sở", "upheld"),
        ("Đúng", "upheld"),
        ("Đúng một phần", "upheld"),
        ("co co so", "upheld"),
        ("upheld", "upheld"),
        ("Không có cơ sở", "dismissed"),
        ("Sai", "dismissed"),
        ("Không đúng", "dismissed"),
        ("dismissed", "dismissed"),
        ("Đang xác minh", "pending"),
        ("Đang xử lý", "pending"),
        ("Chờ xác minh", "pending"),
        ("", "pending"),
        ("pending", "pending"),
    ],
)
def test_outcome(value, expected):
    assert vocab.outcome(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Đăng ký", "registered"),
        ("Đã đăng ký", "registered"),
        ("registered", "registered"),
        ("Đang thẩm định", "under_review"),
        ("Đang xét", "under_review"),
        ("under review", "under_review"),
        ("Được công nhận", "recognized"),
        ("Công nhận", "recognized"),
        ("Đã công nhận", "recognized"),
        ("recognised", "recognized"),
        ("recognized", "recognized"),
        ("Không công nhận", "rejected"),
        ("Không được công nhận", "rejected"),
        ("rejected", "rejected"),
        ("", "registered"),
    ],
)
def test_initiative_status(value, expected):
    assert vocab.initiative_status(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Trưởng phòng", "head"),
        ("Trưởng bộ phận", "head"),
        ("Tổ trưởng", "head"),
        ("Trưởng phòng Giáo dục và Đào tạo", "head"),
        ("head", "head"),
        ("Phó trưởng phòng", "deputy"),
        ("Phó", "deputy"),
        ("Phó phòng", "deputy"),
        ("Tổ phó", "deputy"),
        ("deputy", "deputy"),
        ("Chuyên viên", "staff"),
        ("Chuyên viên chính", "staff"),
        ("Cán bộ", "staff"),
        ("Nhân viên", "staff"),
        ("staff", "staff"),
        ("", "staff"),
    ],
)
def test_role(value, expected):
    assert vocab.role(value) == expected


@pytest.mark.parametrize("value", ["Phóng viên", "Kỹ sư trưởng"])
def test_role_refuses(value):
    with pytest.raises(FieldError) as caught:
        vocab.role(value)
    assert caught.value.key == "ingest.reason.bad_role"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("có", True),
        ("Có", True),
        ("co", True),
        ("x", True),
        ("X", True),
        ("1", True),
        (1, True),
        ("yes", True),
        ("true", True),
        ("y", True),
        ("Đã gửi", True),
        ("không", False),
        ("khong", False),
        ("", False),
        ("0", False),
        (0, False),
        ("no", False),
        ("false", False),
        ("n", False),
        ("1.0", True),
    ],
)
def test_yes_no(value, expected):
    assert vocab.yes_no(value) is expected


@pytest.mark.parametrize("value", ["có thể", "2", "maybe"])
def test_yes_no_refuses(value):
    with pytest.raises(FieldError) as caught:
        vocab.yes_no(value)
    assert caught.value.key == "ingest.reason.bad_yes_no"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0", 0),
        ("42", 42),
        (" 42 ", 42),
        ("1.234", 1234),
        ("1,234", 1234),
        ("1.234.567", 1234567),
        ("12.0", 12),
        ("12,00", 12),
        (12, 12),
        (12.0, 12),
    ],
)
def test_integer(value, expected):
    assert vocab.integer(value) == expected


@pytest.mark.parametrize(
    ("value", "key"),
    [
        ("-3", "ingest.reason.negative"),
        (-3, "ingest.reason.negative"),
        ("12.5", "ingest.reason.bad_integer"),
        (12.5, "ingest.reason.bad_integer"),
        ("1.23", "ingest.reason.bad_integer"),
        ("1.234,5", "ingest.reason.bad_integer"),
        ("mười", "ingest.reason.bad_integer"),
        ("", "ingest.reason.bad_integer"),
    ],
)
def test_integer_refuses(value, key):
    with pytest.raises(FieldError) as caught:
        vocab.integer(value)
    assert caught.value.key == key


@given(st.integers(min_value=0, max_value=10**12))
def test_integer_reads_vietnamese_thousands(number):
    assert vocab.integer(f"{number:,}".replace(",", ".")) == number
    assert vocab.integer(f"{number:,}") == number


def test_field_error_carries_key_and_params():
    error = FieldError("ingest.reason.rating_out_of_scale", scale=4)
    assert isinstance(error, ValueError)
    assert (error.key, error.params) == ("ingest.reason.rating_out_of_scale", {"scale": 4})


def test_every_reason_has_both_languages():
    reasons = [key for key in message_keys() if key.startswith("ingest.")]
    assert "ingest.reason.bad_date" in reasons
    for key in reasons:
        vietnamese = message_text(key, "vi", scale=4, first=1900, last=2100)
        english = message_text(key, "en", scale=4, first=1900, last=2100)
        assert vietnamese and english and vietnamese != english


# --- the labels of the national and provincial one-stop systems (docs/vocabularies.md) ----------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Tạm dừng xử lý", "stopped"),
        ("Tạm dừng", "stopped"),
        ("Từ chối tiếp nhận", "not_received"),
        ("Từ chối tiếp nhận hồ sơ", "not_received"),
        ("Yêu cầu bổ sung, hoàn thiện hồ sơ", "waiting_supplement"),
        ("Chờ nộp lệ phí", "waiting_payment"),
        ("Đã hủy", "withdrawn"),
        ("Chờ xử lý", "processing"),
        ("Đang trình ký", "processing"),
        ("Hồ sơ mới", "received"),
        ("Đã giải quyết xong", "finished"),
        ("Đã trả kết quả cho công dân", "returned"),
        ("8 - Tạm dừng xử lý", "stopped"),
    ],
)
def test_status_reads_the_wider_lists(value, expected):
    assert vocab.status(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Mức 3", "online"),
        ("Dịch vụ công trực tuyến mức 4", "online"),
        ("Qua Cổng DVCQG", "online"),
        ("Nộp qua mạng", "online"),
        ("Không trực tuyến", "direct"),
        ("Tại bộ phận tiếp nhận và trả kết quả", "direct"),
        ("Hồ sơ giấy", "direct"),
        ("VNPost", "postal"),
    ],
)
def test_channel_reads_the_wider_phrases(value, expected):
    assert vocab.channel(value) == expected


def test_each_national_status_code_and_its_label_read_alike():
    # domain.md, "Vocabularies seen in exports": the portal's codes 1–10 and their labels.
    national = [
        "Mới đăng ký",
        "Được tiếp nhận",
        "Không được tiếp nhận",
        "Đang xử lý",
        "Yêu cầu bổ sung giấy tờ",
        "Yêu cầu thực hiện nghĩa vụ tài chính",
        "Công dân yêu cầu rút hồ sơ",
        "Dừng xử lý",
        "Đã xử lý xong",
        "Đã trả kết quả",
    ]
    for code, label in enumerate(national, start=1):
        assert vocab.status(str(code)) == vocab.status(label), label
        assert vocab.status(f"{code} - {label}") == vocab.status(label)


def test_the_documented_labels_are_the_built_in_ones():
    from pathlib import Path

    doc = Path(__file__).resolve().parents[2] / "docs" / "vocabularies.md"
    text = fold(doc.read_text(encoding="utf-8"))
    for name, vocabulary in vocab.VOCABULARIES.items():
        if name not in ("status", "channel"):
            continue
        for labels in vocabulary.labels.values():
            for label in labels:
                assert fold(label) in text, f"{name}: {label} is not in docs/vocabularies.md"


def test_a_taught_label_comes_before_the_built_in_reading():
    status = vocab.VOCABULARIES["status"]
    read = status.reader({fold("Từ chối"): "not_received", fold("Hồ sơ treo"): "stopped"})
    assert read("TỪ CHỐI") == "not_received"
    assert read("8 - Hồ sơ treo") == "stopped"
    assert read("Đang xử lý") == "processing"  # the built-in reading is still there
    with pytest.raises(FieldError) as caught:
        read("Đang bay")
    assert caught.value.key == status.unknown
    # Without taught labels the reader is the built-in parser itself: nothing in the way.
    assert status.reader({}) is vocab.status


def test_taught_labels_give_each_vocabulary_its_own_values():
    rating = vocab.VOCABULARIES["rating"].reader({fold("Tạm được"): "neutral"})
    assert rating("tam duoc") == 3
    assert rating("Rất hài lòng") == 5
    active = vocab.VOCABULARIES["active"].reader({fold("Nghỉ hưu"): "no"})
    assert active("Nghỉ hưu") is False


@pytest.mark.parametrize(
    ("vocabulary", "label", "expected"),
    [
        ("status", "Hồ sơ tạm dừng", "stopped"),
        ("status", "Chờ thẩm định hồ sơ", "processing"),
        ("status", "Từ chối nhận hồ sơ giấy", "not_received"),
        ("status", "Chờ bổ sung giấy tờ", "waiting_supplement"),
        # Words every status shares ("hồ sơ", "chờ") say nothing: no suggestion.
        ("status", "Hồ sơ treo", None),
        ("status", "Hồ sơ quá hạn", None),
        ("channel", "Qua Zalo", None),
        ("outcome", "Phản ánh có cơ sở", "upheld"),
        ("initiative_status", "Chờ thẩm định cấp huyện", "under_review"),
    ],
)
def test_suggestions_for_an_unknown_label(vocabulary, label, expected):
    assert vocab.VOCABULARIES[vocabulary].suggest(label) == expected
