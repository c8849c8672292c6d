"""Messages of reading import files: whole-file failures, and the reasons a single value is refused.

``ingest.reason.*`` texts describe one cell; the row report shows line, column and value beside them,
so they do not repeat those.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- options and files ---
    "ingest.file_missing": (
        "Không tìm thấy tệp {file}.",
        "File not found: {file}.",
    ),
    "ingest.file_is_directory": (
        "{file} là một thư mục, không phải tệp CSV hay XLSX.",
        "{file} is a folder, not a CSV or XLSX file.",
    ),
    "ingest.file_unreadable": (
        "Không mở được tệp {file}: {reason}.",
        "Cannot open {file}: {reason}.",
    ),
    "ingest.unknown_encoding": (
        "Bảng mã không hợp lệ cho --encoding: {value} (ví dụ: utf-8, utf-16, cp1258).",
        "Unknown encoding for --encoding: {value} (for example utf-8, utf-16, cp1258).",
    ),
    "ingest.bad_delimiter": (
        "Dấu phân cách không hợp lệ cho --delimiter: {value} (dùng , hoặc ; hoặc tab).",
        "Invalid --delimiter: {value} (use , or ; or tab).",
    ),
    "ingest.unknown_sheet": (
        'Tệp {file} không có trang tính "{sheet}"; các trang tính có trong tệp: {sheets}.',
        '{file} has no sheet named "{sheet}"; its sheets are: {sheets}.',
    ),
    "ingest.bad_scale": (
        "Thang đánh giá không hợp lệ: {value} (cần 3, 4 hoặc 5 mức).",
        "Invalid rating scale: {value} (expected 3, 4 or 5 levels).",
    ),
    # --- files that are not tables ---
    "ingest.empty_file": (
        "Tệp {file} trống: không có dòng dữ liệu nào.",
        "{file} is empty: it has no rows.",
    ),
    "ingest.binary_file": (
        "Tệp {file} không phải bảng dạng văn bản (tệp nhị phân); cần tệp CSV hoặc XLSX"
        " (nếu là UTF-16 không có BOM, hãy thử --encoding utf-16-le).",
        "{file} is not a text table (binary file); a CSV or XLSX file is needed"
        " (if it is UTF-16 without a BOM, try --encoding utf-16-le).",
    ),
    "ingest.not_a_workbook": (
        "Tệp {file} mang tên bảng tính Excel nhưng không phải là tệp .xlsx (có thể là văn bản CSV bị"
        " đổi tên); nếu đó là CSV, hãy đổi đuôi tệp thành .csv rồi nhập lại.",
        "{file} is named like an Excel workbook but is not an .xlsx file (it may be CSV text renamed);"
        " if it is CSV, rename it to .csv and import it again.",
    ),
    "ingest.xls_not_supported": (
        "Tệp {file} là bảng tính Excel cũ (.xls) hoặc có mật khẩu; hãy mở bằng Excel, bỏ mật khẩu"
        " nếu có và lưu lại dưới dạng .xlsx hoặc CSV.",
        "{file} is an old Excel workbook (.xls) or a password-protected one; open it in Excel,"
        " remove any password and save it as .xlsx or CSV.",
    ),
    "ingest.bad_xlsx": (
        "Không đọc được tệp {file} như một bảng tính XLSX (tệp hỏng hoặc không phải Excel);"
        " hãy mở bằng Excel và lưu lại dưới dạng .xlsx hoặc CSV.",
        "Cannot read {file} as an XLSX workbook (damaged, or not an Excel file);"
        " open it in Excel and save it again as .xlsx or CSV.",
    ),
    "ingest.bad_xlsx_row": (
        "Tệp {file} bị hỏng ở dòng {line} của trang tính; hãy mở bằng Excel và lưu lại.",
        "{file} is damaged at sheet row {line}; open it in Excel and save it again.",
    ),
    "ingest.no_sheets": (
        "Tệp {file} không có trang tính dữ liệu nào.",
        "{file} has no worksheet.",
    ),
    "ingest.decode_error": (
        "Không đọc được tệp {file} ở dòng {line} theo bảng mã {encoding};"
        " hãy thử --encoding {hint}.",
        "Cannot decode {file} at line {line} as {encoding}; try --encoding {hint}.",
    ),
    "ingest.field_too_large": (
        "Tệp {file}, dòng {line}: một ô dài hơn {limit} ký tự, thường do dấu ngoặc kép mở mà"
        ' không đóng; hãy kiểm tra dấu " ở dòng đó hoặc thử --delimiter.',
        "{file}, line {line}: a cell is longer than {limit} characters, usually a quote that is"
        ' never closed; check the " on that line or try --delimiter.',
    ),
    "ingest.csv_error": (
        "Không đọc được tệp {file} ở dòng {line} như CSV: {detail}.",
        "Cannot read {file} at line {line} as CSV: {detail}.",
    ),
    # --- headers ---
    "ingest.missing_columns": (
        "Tệp {file} thiếu cột bắt buộc: {columns}; các cột có trong tệp: {found};"
        " hãy đổi tên tiêu đề hoặc dùng --map tên_cột=Tiêu đề.",
        "{file} lacks required columns: {columns}; its columns are: {found};"
        " rename the headers or use --map column=Header.",
    ),
    "ingest.map_header_missing": (
        'Tệp {file} không có cột "{header}" (đặt cho {column} bằng --map); các cột có trong tệp:'
        " {found}.",
        '{file} has no column "{header}" (given for {column} with --map); its columns are:'
        " {found}.",
    ),
    "ingest.map_unknown_column": (
        '--map: "{column}" không phải cột của bảng {table}; các tên hợp lệ: {valid}.',
        '--map: "{column}" is not a column of {table}; valid names: {valid}.',
    ),
    "ingest.bad_map": (
        'Giá trị --map không hợp lệ: "{value}" (cần dạng tên_cột=Tiêu đề, ví dụ code=Mã HS).',
        'Invalid --map value: "{value}" (expected column=Header, for example code=Mã HS).',
    ),
    "ingest.map_conflict": (
        '--map đặt cột {column} hai lần: "{first}" và "{second}".',
        '--map gives column {column} twice: "{first}" and "{second}".',
    ),
    # --- reasons a single value is refused ---
    "ingest.reason.empty": (
        "thiếu giá trị",
        "missing value",
    ),
    "ingest.reason.bad_date": (
        "ngày không hợp lệ (cần dd/mm/yyyy)",
        "not a valid date (expected dd/mm/yyyy)",
    ),
    "ingest.reason.no_such_date": (
        "ngày không tồn tại (ngày trước, tháng sau: dd/mm/yyyy)",
        "no such date (day first: dd/mm/yyyy)",
    ),
    "ingest.reason.year_out_of_range": (
        "năm nằm ngoài khoảng {first}–{last}",
        "year outside {first}–{last}",
    ),
    "ingest.reason.bad_time": (
        "giờ không hợp lệ (cần HH:MM hoặc HH:MM:SS)",
        "not a valid time (expected HH:MM or HH:MM:SS)",
    ),
    "ingest.reason.bad_time_of_day": (
        "giờ không hợp lệ (ví dụ 15:00, 15h, 15h30)",
        "not a valid hour (for example 15:00, 15h, 15h30)",
    ),
    "ingest.reason.bad_channel": (
        "kênh không hợp lệ (1 trực tiếp, 2 trực tuyến, 3 bưu chính)",
        "unknown channel (1 direct, 2 online, 3 postal)",
    ),
    "ingest.reason.bad_status": (
        "trạng thái hồ sơ không nhận ra được (mã 1–10 hoặc tên trạng thái)",
        "unknown dossier status (code 1–10 or a status name)",
    ),
    "ingest.reason.bad_rating": (
        "mức độ hài lòng không nhận ra được (Rất hài lòng … Rất không hài lòng, hoặc 1–5)",
        "unknown satisfaction rating (very_satisfied … very_dissatisfied, or 1–5)",
    ),
    "ingest.reason.rating_out_of_scale": (
        "điểm đánh giá nằm ngoài thang 1–{scale}",
        "rating outside the 1–{scale} scale",
    ),
    "ingest.reason.bad_outcome": (
        "kết quả xác minh không nhận ra được (có cơ sở, không có cơ sở, đang xác minh)",
        "unknown outcome (upheld, dismissed, pending)",
    ),
    "ingest.reason.bad_initiative_status": (
        "tình trạng sáng kiến không nhận ra được (đăng ký, đang thẩm định, được công nhận,"
        " không công nhận)",
        "unknown initiative status (registered, under_review, recognized, rejected)",
    ),
    "ingest.reason.bad_role": (
        "chức vụ không nhận ra được (trưởng, phó, chuyên viên)",
        "unknown role (head, deputy, staff)",
    ),
    "ingest.reason.bad_yes_no": (
        "cần có hoặc không (x, 1/0)",
        "expected yes or no (x, 1/0)",
    ),
    "ingest.reason.bad_integer": (
        "cần một số nguyên",
        "expected a whole number",
    ),
    "ingest.reason.negative": (
        "số không được âm",
        "must not be negative",
    ),
}
