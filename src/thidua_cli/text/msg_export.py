"""Messages of the report formats, the exports and the monthly batch."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- cells and tables in every format ---
    "export.na": ("chưa có số liệu", "n/a"),
    "export.yes": ("Có", "Yes"),
    "export.no": ("Không", "No"),
    "export.total": ("Tổng cộng", "Total"),
    "export.row_number": ("STT", "No."),
    "export.empty": ("Không có số liệu.", "No data."),
    "export.more_rows": (
        "Trang này chỉ in {shown} trên {total} dòng; đủ danh sách trong tệp {file} và bảng tính.",
        "This page prints {shown} of {total} rows; the whole list is in {file} and the workbook.",
    ),
    "export.reference": ("Mục tiêu", "Target"),
    "export.col.channel": ("Kênh tiếp nhận", "Channel"),
    "export.col.due_source": ("Nguồn hạn trả", "Deadline from"),
    "export.col.apology": ("Phiếu xin lỗi", "Apology letter"),
    "export.col.applicant": ("Tổ chức, cá nhân", "Applicant"),
    "export.col.field": ("Lĩnh vực", "Field"),
    "export.col.note": ("Ghi chú", "Note"),
    "export.channel.direct": ("Trực tiếp", "In person"),
    "export.channel.online": ("Trực tuyến", "Online"),
    "export.channel.postal": ("Bưu chính", "Postal"),
    "export.due_source.recorded": ("Ngày hẹn đã ghi", "Recorded appointment"),
    "export.due_source.computed": ("Tính theo thời hạn TTHC", "Computed from the procedure"),
    "export.check.apology_title": (
        "Cần gửi Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) ({count})",
        "Apology letter with a new date needed (Form 04) ({count})",
    ),
    # --- Excel sheet names (at most 31 characters) ---
    "export.sheet.overview": ("Tổng hợp", "Overview"),
    "export.sheet.dossiers": ("Hồ sơ", "Dossiers"),
    "export.sheet.check": ("Kiểm tra hạn", "Deadline check"),
    "export.sheet.form06": ("Biểu 06", "Form 06"),
    "export.sheet.satisfaction": ("Hài lòng", "Satisfaction"),
    "export.sheet.compliance": ("Kết quả thi đua", "Compliance"),
    "export.sheet.enrollment": ("Tuyển sinh trực tuyến", "Online enrolment"),
    "export.sheet.awards": ("Đề nghị khen thưởng", "Award candidates"),
    # --- form 06, laid out as the official form ---
    "export.form06.by.field": ("Lĩnh vực", "Field"),
    "export.form06.by.unit": ("Đơn vị", "Unit"),
    "export.form06.by.officer": ("Cán bộ", "Officer"),
    "export.form06.by.procedure": ("Thủ tục", "Procedure"),
    "export.form06.group.received": ("Số hồ sơ nhận giải quyết", "Dossiers to resolve"),
    "export.form06.group.finished": ("Số hồ sơ đã giải quyết", "Resolved"),
    "export.form06.group.open": ("Số hồ sơ đang giải quyết", "Still being resolved"),
    "export.form06.head.3": ("Tổng số", "Total"),
    "export.form06.head.4": ("Trực tuyến", "Online"),
    "export.form06.head.5": ("Trực tiếp, dịch vụ bưu chính", "In person, postal"),
    "export.form06.head.6": ("Kỳ trước chuyển qua", "Carried over"),
    "export.form06.head.7": ("Tổng số", "Total"),
    "export.form06.head.8": ("Trước hạn", "Early"),
    "export.form06.head.9": ("Đúng hạn", "On time"),
    "export.form06.head.10": ("Quá hạn", "Late"),
    "export.form06.head.11": ("Tổng số", "Total"),
    "export.form06.head.12": ("Trong hạn", "In time"),
    "export.form06.head.13": ("Quá hạn", "Overdue"),
    # --- options and errors of the exports ---
    "export.opt.format": (
        "Định dạng đầu ra: {formats} (mặc định: theo đuôi tệp của --output, nếu không thì bảng).",
        "Output format: {formats} (default: from --output's extension, else a table).",
    ),
    "export.opt.redact": (
        "Che tên người nộp hồ sơ, số điện thoại và địa chỉ e-mail trong mọi báo cáo xuất ra.",
        "Mask applicants' names, phone numbers and e-mail addresses in every export.",
    ),
    "export.xlsx_needs_output": (
        "Định dạng xlsx là tệp Excel, không in ra màn hình được; hãy thêm --output TỆP.xlsx.",
        "The xlsx format is an Excel file and cannot be printed on the screen; add --output FILE.xlsx.",
    ),
    "export.unknown_extension": (
        "Không đoán được định dạng từ tên tệp {path}; thêm --format ({formats}) hoặc dùng đuôi "
        "{extensions}.",
        "Cannot tell the format from the file name {path}; add --format ({formats}) or use one "
        "of {extensions}.",
    ),
    "export.written": ("Đã ghi {path}.", "Wrote {path}."),
    # --- the monthly batch ---
    "monthly.help": (
        "Bộ báo cáo tháng: sổ Excel (mỗi báo cáo một trang, có biểu đồ), trang HTML in được, và "
        "CSV, JSON của từng báo cáo, ghi vào một thư mục.",
        "The monthly batch: an Excel workbook (a sheet per report, with charts), a printable HTML "
        "page, and the CSV and JSON of each report, written to one folder.",
    ),
    "monthly.opt.month": ("Tháng báo cáo, ví dụ 06/2021.", "The month, e.g. 06/2021."),
    "monthly.opt.from": (
        "Ngày đầu kỳ, thay cho --month.",
        "First day, instead of --month.",
    ),
    "monthly.opt.to": (
        "Ngày cuối kỳ, thay cho --month.",
        "Last day, instead of --month.",
    ),
    "monthly.opt.campaign": (
        "Mã phong trào thi đua (cho báo cáo kết quả thi đua và khen thưởng).",
        "Campaign code (for the compliance and awards reports).",
    ),
    "monthly.opt.out": (
        "Thư mục ghi các tệp báo cáo (tạo mới nếu chưa có).",
        "Folder to write the files to (created when missing).",
    ),
    "monthly.bad_month": (
        "Tháng {value} nằm ngoài lịch làm việc (2000–2050).",
        "The month {value} is outside the working-day calendar (2000–2050).",
    ),
    "monthly.period_needed": (
        "Cần chọn kỳ báo cáo: --month (ví dụ 06/2021), hoặc cả --from và --to.",
        "Choose the period: --month (e.g. 06/2021), or both --from and --to.",
    ),
    "monthly.period_conflict": (
        "Dùng --month hoặc --from/--to, không dùng cả hai.",
        "Use --month or --from/--to, not both.",
    ),
    "monthly.bad_period": (
        "Kỳ báo cáo không hợp lệ: ngày cuối {end} trước ngày đầu {start}.",
        "The period is not valid: the last day {end} is before the first {start}.",
    ),
    "monthly.unsafe_name": (
        "Tên tệp '{name}' sẽ nằm ngoài thư mục {directory}; không ghi gì.",
        "The file name '{name}' would land outside the folder {directory}; nothing was written.",
    ),
    "monthly.skipped": (
        "bỏ qua báo cáo {report}: phiên bản này chưa có báo cáo đó.",
        "skipped the {report} report: this version does not have it yet.",
    ),
    "monthly.needs_campaign": (
        "bỏ qua báo cáo {report}: cần --campaign SỐ_HIỆU.",
        "skipped the {report} report: it needs --campaign CODE.",
    ),
    "monthly.progress": ("Đang lập báo cáo tháng", "Writing the monthly batch"),
    "monthly.title": ("Báo cáo tháng {month}", "Monthly report, {month}"),
    "monthly.title_period": ("Báo cáo từ {start} đến {end}", "Report from {start} to {end}"),
    "monthly.subtitle": (
        "Kỳ báo cáo từ {start} đến {end}; tình trạng hồ sơ tính đến hết ngày {end}.",
        "Period {start} to {end}; dossier statuses as of the end of {end}.",
    ),
    "monthly.summary": (
        "Đã ghi {count} tệp vào thư mục {directory}:",
        "Wrote {count} files to {directory}:",
    ),
    "monthly.col.file": ("Tệp", "File"),
    "monthly.col.content": ("Nội dung", "Content"),
    "monthly.col.size": ("Dung lượng", "Size"),
    "monthly.content.xlsx": (
        "Sổ Excel: mỗi báo cáo một trang, có biểu đồ",
        "Excel workbook: a sheet per report, with charts",
    ),
    "monthly.content.html": ("Trang HTML in được khổ A4", "Printable HTML page (A4)"),
    "monthly.content.csv": ("CSV: {report}", "CSV: {report}"),
    "monthly.content.json": ("JSON: {report}", "JSON: {report}"),
    # --- the overview sheet of the batch ---
    "monthly.overview.title": ("Tổng hợp kỳ báo cáo", "Overview of the period"),
    "monthly.weekly.title": (
        "Hồ sơ đã giải quyết theo tuần",
        "Dossiers resolved, week by week",
    ),
    "monthly.units.title": (
        "Tình trạng hồ sơ theo đơn vị (đã giải quyết trong kỳ, đang giải quyết cuối kỳ)",
        "Dossier statuses by unit (resolved in the period, still open at its end)",
    ),
    "monthly.col.week": ("Tuần", "Week"),
    "monthly.col.week_start": ("Từ ngày", "From"),
    "monthly.col.week_end": ("Đến ngày", "To"),
    "monthly.col.finished": ("Đã giải quyết", "Resolved"),
    "monthly.col.on_time_share": ("Tỷ lệ trước và đúng hạn", "Early or on time"),
    "monthly.col.total": ("Tổng số", "Total"),
    "monthly.week_label": ("Tuần {number} ({start}–{end})", "Week {number} ({start}–{end})"),
    "monthly.chart.weekly": (
        "Tỷ lệ hồ sơ giải quyết trước và đúng hạn theo tuần",
        "Share resolved early or on time, by week",
    ),
    "monthly.chart.units": ("Tình trạng hồ sơ theo đơn vị", "Dossier statuses by unit"),
    "monthly.unknown_unit": ("(chưa rõ đơn vị)", "(no unit)"),
    "monthly.demo_heading": (
        "Bộ báo cáo tháng {month} ghi vào {path}",
        "The monthly batch for {month}, written to {path}",
    ),
}
