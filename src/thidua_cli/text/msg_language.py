"""Messages of the language of the frame: names of values in usage lines and help."""

MESSAGES: dict[str, tuple[str, str]] = {
    # The language itself, for code that holds only a bound ``t`` (see messages.language_of).
    "lang.code": ("vi", "en"),
    # --- names of the values an option or argument takes, as --help and usage lines show them ---
    "meta.options": ("[TÙY_CHỌN]", "[OPTIONS]"),
    "meta.command": ("LỆNH [ĐỐI_SỐ]...", "COMMAND [ARGS]..."),
    "meta.file": ("TỆP", "FILE"),
    "meta.dir": ("THƯ_MỤC", "DIR"),
    "meta.text": ("CHỮ", "TEXT"),
    "meta.number": ("SỐ", "NUMBER"),
    "meta.seconds": ("GIÂY", "SECONDS"),
    "meta.format": ("ĐỊNH_DẠNG", "FORMAT"),
    "meta.campaign": ("SỐ_HIỆU", "CODE"),
    "meta.code": ("MÃ", "CODE"),
    "meta.officer": ("TÊN_CÁN_BỘ", "OFFICER"),
    "meta.unit": ("ĐƠN_VỊ", "UNIT"),
    "meta.owner": ("CHỦ_THỂ", "OWNER"),
    "meta.procedure": ("THỦ_TỤC", "PROCEDURE"),
    "meta.note": ("GHI_CHÚ", "NOTE"),
    "meta.days": ("SỐ_NGÀY", "DAYS"),
    "meta.year": ("NĂM", "YEAR"),
    "meta.levels": ("SỐ_MỨC", "LEVELS"),
    "meta.encoding": ("BẢNG_MÃ", "ENCODING"),
    "meta.delimiter": ("KÝ_TỰ", "CHARACTER"),
    "meta.sheet": ("TRANG_TÍNH", "SHEET"),
    "meta.decision_no": ("SỐ_QUYẾT_ĐỊNH", "NUMBER"),
    "meta.kind": ("LOẠI", "KIND"),
    "meta.key": ("KHÓA", "KEY"),
    "meta.value": ("GIÁ_TRỊ", "VALUE"),
    "meta.title": ("TÊN", "TITLE"),
    "meta.name": ("TÊN", "NAME"),
    "meta.vocabulary": ("BỘ_TỪ", "VOCABULARY"),
    "meta.label": ("NHÃN", "LABEL"),
    "meta.word": ("TỪ_CHUẨN", "WORD"),
    "meta.status": ("TÌNH_TRẠNG", "STATUS"),
    "meta.group": ("NHÓM", "GROUP"),
    "meta.outcome": ("KẾT_QUẢ", "OUTCOME"),
    "meta.mapping": ("TÊN_CHUẨN=TIÊU_ĐỀ", "CANONICAL=HEADER"),
    # --- campaign show: what the campaign file says, all of it ---
    "campaign.award_form_line": ("Hình thức khen thưởng: {form}.", "Form of commendation: {form}."),
    # --- the vocabularies of labels (thidua vocab), as a clerk reads and types them ---
    "vocab.name.status": ("Tình trạng hồ sơ", "Dossier status"),
    "vocab.name.channel": ("Kênh nộp", "Channel"),
    "vocab.name.rating": ("Mức độ hài lòng", "Rating"),
    "vocab.name.outcome": ("Kết quả phản ánh", "Complaint outcome"),
    "vocab.name.active": ("Đang công tác", "In post"),
    "vocab.name.initiative_status": ("Tình trạng sáng kiến", "Initiative status"),
    "vocab.no_such_vocabulary": (
        "Không có danh mục '{value}'; chọn một trong: {allowed}.",
        "There is no vocabulary '{value}'; use one of: {allowed}.",
    ),
    # --- what the tool says in place of a word of SQLite's ---
    "dbcheck.integrity_ok": ("không có lỗi", "ok"),
    # --- output formats (--format): the table has a name, the others are file types ---
    "format.table": ("Bảng", "Table"),
    "format.json": ("JSON", "JSON"),
    "format.csv": ("CSV", "CSV"),
    "format.md": ("MD", "MD"),
    "format.html": ("HTML", "HTML"),
    "format.xlsx": ("XLSX", "XLSX"),
    "format.docx": ("DOCX", "DOCX"),
    # --- dates typed on the command line (text/dates.py) ---
    "date.unreadable": (
        "'{value}' không phải là một ngày: hãy gõ ngày/tháng/năm, ví dụ 01/07/2021 hoặc 1/7/2021 "
        "(cũng nhận 2021-07-01).",
        "'{value}' is not a date: type day/month/year, e.g. 01/07/2021 or 1/7/2021 (2021-07-01 "
        "also works).",
    ),
    "date.no_such_month": (
        "Không có ngày {value}: năm không có tháng {month} (ngày viết trước, rồi đến tháng).",
        "There is no date {value}: a year has no month {month} (the day comes first, then the "
        "month).",
    ),
    "date.no_such_day": (
        "Không có ngày {value}: tháng {month}/{year} chỉ có {days} ngày.",
        "There is no date {value}: month {month} of {year} has {days} days.",
    ),
    "month.unreadable": (
        "'{value}' không phải là một tháng: hãy gõ tháng/năm, ví dụ 06/2021 (cũng nhận 2021-06).",
        "'{value}' is not a month: type month/year, e.g. 06/2021 (2021-06 also works).",
    ),
    "month.no_such_month": (
        "Không có tháng {value}: năm không có tháng {month}.",
        "There is no month {value}: a year has no month {month}.",
    ),
    # --- what a row of a report is grouped by, as --by names it (commands/choices.py) ---
    "group.field": ("Lĩnh vực", "Field"),
    "group.unit": ("Đơn vị", "Unit"),
    "group.officer": ("Cán bộ", "Officer"),
    "group.procedure": ("Thủ tục", "Procedure"),
    "group.channel": ("Kênh", "Channel"),
    # --- values of settings (thidua config) ---
    "config.policy.restart": ("Tính lại từ đầu", "Restart"),
    "config.policy.extend": ("Cộng thêm ngày chờ bổ sung", "Extend"),
    # --- what the tool names for people, in place of its internal words ---
    "monthly.report.campaign": ("kế hoạch thi đua", "campaign"),
    "imports.kind.dossiers": ("Hồ sơ", "Dossiers"),
    "imports.kind.procedures": ("Thủ tục", "Procedures"),
    "imports.kind.surveys": ("Phiếu khảo sát", "Survey answers"),
    "imports.kind.staff": ("Cán bộ", "Staff"),
    "imports.kind.initiatives": ("Sáng kiến", "Initiatives"),
    "imports.kind.complaints": ("Phản ánh", "Complaints"),
    "imports.kind.enrollment": ("Tuyển sinh", "Enrolment"),
    # --- CSV headed with labels (--headers) ---
    "csv.opt.headers": (
        "Dòng tiêu đề của tệp CSV: {allowed} (khóa JSON, mặc định; hoặc tên cột của bảng bằng "
        "tiếng Việt, tiếng Anh, để mở bằng Excel).",
        "The first row of a CSV: {allowed} (the JSON keys, the default; or the table's column "
        "labels in Vietnamese or English, for Excel).",
    ),
    "csv.headers.keys": ("Khóa JSON", "JSON keys"),
    "csv.headers.vi": ("Tiếng Việt", "Vietnamese"),
    "csv.headers.en": ("Tiếng Anh", "English"),
    "csv.col.list": ("Danh sách", "List"),
    "csv.headers_not_csv": (
        "--headers chỉ dùng với --format csv (ở đây là {format}).",
        "--headers goes with --format csv only (here it is {format}).",
    ),
    "choice.unknown": (
        "'{value}' không có; chọn một trong: {allowed}.",
        "no '{value}'; use one of: {allowed}.",
    ),
}
