import csv
import datetime as dt
import itertools
import random
import unicodedata
import zipfile

import openpyxl
import pytest

from thidua_cli.errors import InputFileError, UsageError
from thidua_cli.importing.kinds.dossiers import COLUMNS as DOSSIERS
from thidua_cli.importing.kinds.surveys import COLUMNS as SURVEYS
from thidua_cli.ingest import reader
from thidua_cli.ingest.headers import match_headers, parse_mapping
from thidua_cli.ingest.reader import open_table

HEADER = ["Mã hồ sơ", "Tên thủ tục", "Ngày tiếp nhận", "Tên tổ chức, cá nhân"]
ROWS = [
    ["HS-001", "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", "05/06/2021 08:30", "Nguyễn Văn Ánh"],
    ["HS-002", "Chuyển trường đối với học sinh THCS", "07/06/2021", "Phạm Thị Hằng"],
    ["HS-003", "Chỉnh sửa nội dung văn bằng", "08/06/2021", "Trần Đức Mạnh"],
]


def _csv_text(rows, delimiter=",", newline="\n"):
    def cell(value):
        if any(ch in value for ch in (delimiter, '"', "\n", "\r")):
            return '"' + value.replace('"', '""') + '"'
        return value

    return "".join(delimiter.join(cell(value) for value in row) + newline for row in rows)


def _write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _read(path, spec=DOSSIERS, **options):
    with open_table(path, spec, **options) as table:
        return table, list(table.rows)


def _to_cp1258(text):
    """Bytes as old Excel writes Vietnamese: a precomposed letter where cp1258 has one, else a
    base letter followed by combining tone marks."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        base, *marks = unicodedata.normalize("NFD", char)
        for size in range(len(marks), -1, -1):
            for kept in itertools.combinations(marks, size):
                rest = [mark for mark in marks if mark not in kept]
                candidate = unicodedata.normalize("NFC", base + "".join(kept)) + "".join(rest)
                try:
                    out += candidate.encode("cp1258")
                except UnicodeEncodeError:
                    continue
                break
            else:
                continue
            break
        else:
            raise AssertionError(f"cannot write {char!r} in cp1258")
    return bytes(out)


# --- encodings and delimiters ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "prefix", "delimiter", "detected"),
    [
        ("utf-8", b"\xef\xbb\xbf", ",", "utf-8-sig"),
        ("utf-8", b"", ",", "utf-8"),
        ("utf-8", b"", ";", "utf-8"),
        ("utf-8", b"", "\t", "utf-8"),
        ("utf-16", b"", "\t", "utf-16"),
        ("utf-16-le", b"\xff\xfe", ",", "utf-16"),
        ("utf-16-be", b"\xfe\xff", ";", "utf-16"),
    ],
)
def test_text_encodings_and_delimiters(tmp_path, encoding, prefix, delimiter, detected):
    data = prefix + _csv_text([HEADER, *ROWS], delimiter).encode(encoding)
    table, rows = _read(_write(tmp_path, "ds.csv", data))
    assert (table.format, table.encoding, table.delimiter) == ("csv", detected, delimiter)
    assert table.headers == HEADER
    assert table.header_line == 1
    assert rows == [(2, ROWS[0]), (3, ROWS[1]), (4, ROWS[2])]


def test_cp1258_with_combining_tone_marks_comes_out_nfc(tmp_path):
    rows = [HEADER, *ROWS, ["HS-004", "Công nhận trường đạt chuẩn", "09/06/2021", "Lê Quý Đôn"]]
    data = _to_cp1258(_csv_text(rows, ";", "\r\n"))
    assert any(mark in data for mark in (b"\xde", b"\xd2", b"\xf2", b"\xec", b"\xcc"))
    table, got = _read(_write(tmp_path, "ds.csv", data))
    assert (table.encoding, table.delimiter) == ("cp1258", ";")
    assert table.headers == HEADER
    assert [cells for _, cells in got] == rows[1:]
    for _, cells in got:
        for cell in cells:
            assert unicodedata.is_normalized("NFC", cell)


def test_decomposed_utf8_comes_out_nfc(tmp_path):
    text = unicodedata.normalize("NFD", _csv_text([HEADER, *ROWS]))
    table, rows = _read(_write(tmp_path, "ds.csv", text.encode("utf-8")))
    assert table.headers == HEADER
    assert [cells for _, cells in rows] == ROWS


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 7, 64])
@pytest.mark.parametrize(("encoding", "newline"), [("utf-8", "\n"), ("cp1258", "\r\n")])
def test_normalising_across_chunk_boundaries(tmp_path, monkeypatch, chunk, encoding, newline):
    monkeypatch.setattr(reader, "_CHUNK_BYTES", chunk)
    rows = [HEADER, *ROWS * 5]
    text = _csv_text(rows, ";", newline)
    data = (
        _to_cp1258(text)
        if encoding == "cp1258"
        else unicodedata.normalize("NFD", text).encode("utf-8")
    )
    table, got = _read(_write(tmp_path, "ds.csv", data))
    assert table.encoding == encoding
    assert [cells for _, cells in got] == rows[1:]
    assert [line for line, _ in got] == list(range(2, 2 + len(rows) - 1))


def test_a_sample_cut_inside_a_character_is_still_utf8(tmp_path, monkeypatch):
    data = _csv_text([HEADER, *ROWS]).encode("utf-8")
    cut = data.index("ã".encode()) + 1  # the middle of a two-byte letter
    monkeypatch.setattr(reader, "_SAMPLE_BYTES", cut)
    table, rows = _read(_write(tmp_path, "ds.csv", data))
    assert table.encoding == "utf-8"
    assert len(rows) == 3


@pytest.mark.parametrize(
    ("option", "delimiter"),
    [("tab", "\t"), ("\\t", "\t"), ("\t", "\t"), (";", ";"), ("semicolon", ";"), ("|", "|")],
)
def test_delimiter_option(tmp_path, option, delimiter):
    data = _csv_text([HEADER, *ROWS], delimiter).encode("utf-8")
    table, rows = _read(_write(tmp_path, "ds.txt", data), delimiter=option)
    assert table.delimiter == delimiter
    assert rows[0][1] == ROWS[0]


@pytest.mark.parametrize("option", ["ab", "x", '"', ""])
def test_bad_delimiter_option(tmp_path, option):
    path = _write(tmp_path, "ds.csv", _csv_text([HEADER]).encode())
    with pytest.raises(UsageError) as caught:
        _read(path, delimiter=option)
    assert caught.value.key == "ingest.bad_delimiter"


def test_encoding_option_wins_over_detection(tmp_path):
    # These bytes are valid UTF-8 ("Ă" is C4 82) but meant as cp1258 ("Ä‚").
    data = _csv_text([HEADER, ["HS-1", "X", "05/06/2021", "Ă"]]).encode("utf-8")
    table, rows = _read(_write(tmp_path, "ds.csv", data), encoding="windows-1258")
    assert table.encoding == "cp1258"
    assert rows[0][1][3] == "Ä‚"


def test_encoding_option_utf8_skips_a_bom(tmp_path):
    data = b"\xef\xbb\xbf" + _csv_text([HEADER, *ROWS]).encode()
    table, _ = _read(_write(tmp_path, "ds.csv", data), encoding="UTF8")
    assert table.encoding == "utf-8-sig"
    assert table.headers[0] == "Mã hồ sơ"


@pytest.mark.parametrize("option", ["klingon", "base64", "rot13"])
def test_bad_encoding_option(tmp_path, option):
    path = _write(tmp_path, "ds.csv", _csv_text([HEADER]).encode())
    with pytest.raises(UsageError) as caught:
        _read(path, encoding=option)
    assert caught.value.key == "ingest.unknown_encoding"


def test_comma_inside_a_semicolon_file(tmp_path):
    rows = [HEADER, *ROWS]
    text = "\n".join(";".join(row) for row in rows) + "\n"  # commas left unquoted
    table, got = _read(_write(tmp_path, "ds.csv", text.encode()))
    assert table.delimiter == ";"
    assert got[0][1][1] == "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc"


# --- layout: title lines, blank rows, line numbers ------------------------------------------------


def test_title_lines_above_the_header(tmp_path):
    rows = [
        ["ỦY BAN NHÂN DÂN QUẬN 1", "", "", ""],
        ["DANH SÁCH HỒ SƠ TIẾP NHẬN THÁNG 6/2021", "", "", ""],
        ["", "", "", ""],
        HEADER,
        *ROWS,
    ]
    table, got = _read(_write(tmp_path, "ds.csv", _csv_text(rows, ";").encode("utf-8-sig")))
    assert table.header_line == 4
    assert table.headers == HEADER
    assert [line for line, _ in got] == [5, 6, 7]


def test_without_any_known_header_the_first_row_is_the_header(tmp_path):
    rows = [["Cột A", "Cột B"], ["1", "2"]]
    table, got = _read(_write(tmp_path, "x.csv", _csv_text(rows).encode()))
    assert (table.header_line, table.headers) == (1, ["Cột A", "Cột B"])
    assert got == [(2, ["1", "2"])]
    with pytest.raises(InputFileError) as caught:
        match_headers(table.headers, DOSSIERS, None, source=table.source)
    # No cell names a column: the row may be data, and is not repeated in the message.
    assert caught.value.key == "ingest.no_header_row"
    assert "received_at" in caught.value.params["columns"]
    assert str(tmp_path / "x.csv") in str(caught.value)
    assert "Cột A" not in str(caught.value)


def test_line_numbers_blank_rows_and_widths(tmp_path):
    text = (
        " Mã hồ sơ ;Tên thủ tục;Ngày tiếp nhận\r\n"  # 1: header cells are stripped
        "HS-1;Thủ tục A;05/06/2021\r\n"  # 2
        "\r\n"  # 3: blank line
        ";;\r\n"  # 4: empty cells only
        'HS-2;"Thủ tục\r\nhai dòng";06/06/2021\r\n'  # 5-6: a quoted line break
        "HS-3;Thủ tục C\r\n"  # 7: short row
        "HS-4;Thủ tục D;07/06/2021;thừa;thừa nữa\r\n"  # 8: long row
        "HS-5;Thủ tục E;08/06/2021"  # 9: no final line break
    )
    table, got = _read(_write(tmp_path, "ds.csv", text.encode()))
    assert table.headers == ["Mã hồ sơ", "Tên thủ tục", "Ngày tiếp nhận"]
    assert got == [
        (2, ["HS-1", "Thủ tục A", "05/06/2021"]),
        (5, ["HS-2", "Thủ tục\r\nhai dòng", "06/06/2021"]),
        (7, ["HS-3", "Thủ tục C", ""]),
        (8, ["HS-4", "Thủ tục D", "07/06/2021", "thừa", "thừa nữa"]),
        (9, ["HS-5", "Thủ tục E", "08/06/2021"]),
    ]


def test_old_mac_line_endings(tmp_path):
    data = _csv_text([HEADER, *ROWS], ",", "\r").encode()
    _, rows = _read(_write(tmp_path, "ds.csv", data))
    assert rows == [(2, ROWS[0]), (3, ROWS[1]), (4, ROWS[2])]


def test_the_header_of_the_spec_is_used_to_find_the_header_row(tmp_path):
    rows = [["Mã hồ sơ", "Ghi chú"], ["Mã hồ sơ", "Ngày đánh giá", "Mức độ hài lòng"]]
    table, _ = _read(_write(tmp_path, "dg.csv", _csv_text(rows).encode()), SURVEYS)
    assert table.header_line == 2


def test_map_option_with_a_table(tmp_path):
    rows = [["Số HS", "TTHC", "Nhận lúc"], ["HS-1", "Thủ tục A", "05/06/2021"]]
    table, got = _read(_write(tmp_path, "ds.csv", _csv_text(rows).encode()))
    mapping = parse_mapping(["code=Số HS", "procedure=TTHC", "received_at=Nhận lúc"])
    found = match_headers(table.headers, DOSSIERS, mapping, source=table.source)
    assert found.positions == {"code": 0, "procedure": 1, "received_at": 2}
    assert got == [(2, ["HS-1", "Thủ tục A", "05/06/2021"])]


# --- XLSX ------------------------------------------------------------------------------------


def _workbook(path, first_title="Hồ sơ"):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = first_title
    sheet.append(["DANH SÁCH HỒ SƠ"])
    sheet.append([])
    sheet.append(["Mã hồ sơ", "Tên thủ tục", "Ngày tiếp nhận", "Số bản sao", None])
    sheet.append(["HS-001", unicodedata.normalize("NFD", "Cấp bản sao"), dt.datetime(2021, 6, 5)])
    sheet["D4"] = 3
    sheet.append([None, None, None, None])
    sheet.append(["HS-002", "Chuyển trường", dt.datetime(2021, 6, 7, 8, 30), 1.5])
    other = workbook.create_sheet("Tổng hợp")
    other.append(["Mã hồ sơ", "Tên thủ tục", "Ngày tiếp nhận"])
    other.append(["HS-900", "Khác", "01/07/2021"])
    workbook.save(path)
    return path


def test_xlsx(tmp_path):
    table, rows = _read(_workbook(tmp_path / "ds.xlsx"))
    assert (table.format, table.encoding, table.delimiter) == ("xlsx", None, None)
    assert table.header_line == 3
    assert table.headers == ["Mã hồ sơ", "Tên thủ tục", "Ngày tiếp nhận", "Số bản sao"]
    assert rows == [
        (4, ["HS-001", "Cấp bản sao", dt.datetime(2021, 6, 5), 3]),
        (6, ["HS-002", "Chuyển trường", dt.datetime(2021, 6, 7, 8, 30), 1.5]),
    ]


@pytest.mark.parametrize("name", ["Tổng hợp", "tong hop"])
def test_xlsx_sheet_option(tmp_path, name):
    table, rows = _read(_workbook(tmp_path / "ds.xlsx"), sheet=name)
    assert table.header_line == 1
    assert rows == [(2, ["HS-900", "Khác", "01/07/2021"])]


def test_xlsx_unknown_sheet(tmp_path):
    with pytest.raises(UsageError) as caught:
        _read(_workbook(tmp_path / "ds.xlsx"), sheet="Tháng 7")
    assert caught.value.key == "ingest.unknown_sheet"
    assert caught.value.params["sheets"] == '"Hồ sơ", "Tổng hợp"'


def test_xlsx_by_content_not_extension(tmp_path):
    path = _workbook(tmp_path / "ds.csv")
    table, _ = _read(path)
    assert table.format == "xlsx"


def test_csv_named_xlsx_is_refused(tmp_path):
    path = _write(tmp_path, "ds.xlsx", _csv_text([HEADER, *ROWS], ";").encode())
    with pytest.raises(InputFileError) as caught:
        _read(path)
    assert caught.value.key == "ingest.not_a_workbook"
    assert caught.value.params["file"] == str(path)


@pytest.mark.parametrize(
    "make",
    [
        lambda path: path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4),
        lambda path: zipfile.ZipFile(path, "w").writestr("readme.txt", "không phải Excel"),
    ],
    ids=["corrupt zip", "other zip"],
)
def test_not_an_xlsx_workbook(tmp_path, make):
    path = tmp_path / "ds.xlsx"
    make(path)
    with pytest.raises(InputFileError) as caught:
        _read(path)
    assert caught.value.key == "ingest.bad_xlsx"
    assert caught.value.exit_code == 3


def test_old_xls(tmp_path):
    path = _write(tmp_path, "ds.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    with pytest.raises(InputFileError) as caught:
        _read(path)
    assert caught.value.key == "ingest.xls_not_supported"
    assert ".xlsx" in str(caught.value)


# --- files that are not tables ----------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"   \r\n\n\t \n", b"\xef\xbb\xbf", b";;;\n;;\n"])
def test_empty_file(tmp_path, data):
    with pytest.raises(InputFileError) as caught:
        _read(_write(tmp_path, "ds.csv", data))
    assert caught.value.key == "ingest.empty_file"
    assert caught.value.params["file"] == str(tmp_path / "ds.csv")


def test_binary_file(tmp_path):
    noise = random.Random(3)
    data = b"\x01\x02" + bytes(noise.randrange(256) for _ in range(4096)) + b"\x00"
    with pytest.raises(InputFileError) as caught:
        _read(_write(tmp_path, "ds.csv", data))
    assert caught.value.key == "ingest.binary_file"


def test_missing_file(tmp_path):
    with pytest.raises(UsageError) as caught:
        _read(tmp_path / "khong-co.csv")
    assert caught.value.key == "ingest.file_missing"
    assert caught.value.exit_code == 2


def test_directory(tmp_path):
    with pytest.raises(UsageError) as caught:
        _read(tmp_path)
    assert caught.value.key == "ingest.file_is_directory"


def test_undecodable_in_the_sample(tmp_path):
    data = _csv_text([HEADER, *ROWS]).encode("utf-8") + b"HS-9,\x81\x8d,05/06/2021,x\n"
    with pytest.raises(InputFileError) as caught:
        _read(_write(tmp_path, "ds.csv", data))
    error = caught.value
    assert error.key == "ingest.decode_error"
    assert (error.params["line"], error.params["encoding"]) == (5, "utf-8")


def test_a_damaged_cp1258_file(tmp_path):
    data = _to_cp1258(_csv_text([HEADER, *ROWS], ";")) + b"HS-9;H\x81ng;05/06/2021;x\n"
    with pytest.raises(InputFileError) as caught:
        _read(_write(tmp_path, "ds.csv", data))
    error = caught.value
    assert (error.params["line"], error.params["encoding"]) == (5, "cp1258")
    assert "--encoding utf-8" in str(error)


def test_wrong_encoding_option(tmp_path):
    data = _to_cp1258(_csv_text([HEADER, *ROWS], ";"))
    with pytest.raises(InputFileError) as caught:
        _read(_write(tmp_path, "ds.csv", data), encoding="utf-8")
    assert caught.value.key == "ingest.decode_error"
    assert caught.value.params["line"] == 1
    assert "--encoding cp1258" in str(caught.value)


@pytest.mark.parametrize("chunk", [None, 1000, 4096])
@pytest.mark.parametrize(
    ("encoding", "damage", "hint"),
    [("utf-8", b"\xc1nh", "cp1258"), ("cp1258", b"\x81nh", "utf-8")],
)
def test_undecodable_after_the_sample(tmp_path, monkeypatch, chunk, encoding, damage, hint):
    if chunk:
        monkeypatch.setattr(reader, "_CHUNK_BYTES", chunk)
    lines = [HEADER] + [[f"HS-{n}", "Thủ tục", "05/06/2021", "Nguyễn Văn A"] for n in range(4000)]
    text = _csv_text(lines)
    data = text.encode("utf-8") if encoding == "utf-8" else _to_cp1258(text)
    assert len(data) > 2 * 64 * 1024
    data += b"HS-x,Thu tuc,05/06/2021,Nguyen Van " + damage + b"\nHS-y,A,B,C\n"
    with pytest.raises(InputFileError) as caught:
        _read(_write(tmp_path, "ds.csv", data))
    error = caught.value
    assert error.key == "ingest.decode_error"
    assert (error.params["line"], error.params["encoding"]) == (4002, encoding)
    assert f"--encoding {hint}" in str(error)


def test_a_runaway_quote(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "_FIELD_LIMIT", 200)
    text = _csv_text([HEADER, *ROWS]) + 'HS-9,"Thủ tục không đóng ngoặc,05/06/2021\n' + "x" * 300
    previous = csv.field_size_limit()
    try:
        with pytest.raises(InputFileError) as caught:
            _read(_write(tmp_path, "ds.csv", text.encode()))
    finally:
        csv.field_size_limit(previous)
    assert caught.value.key == "ingest.field_too_large"
    assert caught.value.params["line"] == 5


@pytest.mark.parametrize("make", ["csv", "xlsx"])
def test_the_file_is_closed(tmp_path, monkeypatch, make):
    opened = []

    def spy(path, source):
        opened.append(open_binary(path, source))
        return opened[-1]

    open_binary = reader._open_binary
    monkeypatch.setattr(reader, "_open_binary", spy)
    if make == "csv":
        path = _write(tmp_path, "ds.csv", _csv_text([HEADER, *ROWS]).encode())
    else:
        path = _workbook(tmp_path / "ds.xlsx")
    with open_table(path, DOSSIERS) as table:
        next(table.rows)
        assert not opened[0].closed
    assert opened[0].closed


def _said(error, lang):
    from thidua_cli.text.messages import text

    return text(error.key, lang, **error.params)


def test_the_column_limit_is_written_in_the_languages_way():
    error = reader.too_many_columns("rong.csv", 2)
    assert "hơn 16.384 cột" in _said(error, "vi")
    assert "more than 16,384 columns" in _said(error, "en")


def test_a_zip_bomb_is_described_in_the_languages_way(tmp_path):
    # 17 MB of zeros pack to about 17 KB: a thousand times, far past any real sheet.
    path = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", bytes(17 * 1024 * 1024))
    with path.open("rb") as raw, pytest.raises(InputFileError) as caught:
        reader._refuse_zip_bomb(raw, "bom.xlsx")
    vietnamese, english = _said(caught.value, "vi"), _said(caught.value, "en")
    ratio = caught.value.params["ratio"]
    assert ratio > 1000
    assert f"(gấp {ratio // 1000}.{ratio % 1000:03d} lần)" in vietnamese, vietnamese
    assert f"({ratio // 1000},{ratio % 1000:03d} times)" in english, english
    assert "giải nén ra 17 MB" in vietnamese and "unpacks to 17 MB" in english
