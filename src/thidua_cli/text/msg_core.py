"""Messages of the command line itself, the store and the import pipeline."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the command line ---
    "cli.help": (
        "thidua: theo dõi hạn giải quyết hồ sơ, mức độ hài lòng và phong trào thi đua "
        "của Bộ phận Một cửa.",
        "thidua: dossier deadlines, citizen satisfaction and emulation campaigns for a one-stop "
        "office.",
    ),
    "cli.opt.db": (
        "Tệp cơ sở dữ liệu SQLite (mặc định $THIDUA_DB, nếu không có thì ./thidua.db).",
        "SQLite database file (default $THIDUA_DB, else ./thidua.db).",
    ),
    "cli.opt.lang": (
        "Ngôn ngữ: vi (tiếng Việt) hoặc en (tiếng Anh); mặc định $THIDUA_LANG, nếu không có thì vi.",
        "Language: vi (Vietnamese) or en (English); default $THIDUA_LANG, else vi.",
    ),
    "cli.opt.quiet": (
        "Không in gì khi mọi việc ổn (dùng cho cron).",
        "Print nothing when all is well (for cron).",
    ),
    "cli.opt.no_color": ("Không dùng màu.", "No colours."),
    "cli.opt.busy_timeout": (
        "Số giây chờ khi cơ sở dữ liệu đang bận (mặc định $THIDUA_BUSY_TIMEOUT, nếu không có thì 30).",
        "Seconds to wait while the database is busy (default $THIDUA_BUSY_TIMEOUT, else 30).",
    ),
    "cli.opt.version": ("In phiên bản rồi thoát.", "Print the version and exit."),
    "cli.date_out_of_range": (
        "Ngày {value} nằm ngoài lịch làm việc (2000–2050).",
        "The date {value} is outside the working-day calendar (2000–2050).",
    ),
    "cli.error_prefix": ("Lỗi: ", "Error: "),
    "cli.warning_prefix": ("Lưu ý: ", "Warning: "),
    "cli.at_line": ("dòng {line}: ", "line {line}: "),
    "opt.as_of": (
        "Ngày tham chiếu, ví dụ 01/07/2021 (mặc định hôm nay).",
        "Reference date, e.g. 01/07/2021 (default today).",
    ),
    "opt.format": ("Định dạng đầu ra: {formats}.", "Output format: {formats}."),
    "opt.bad_format": (
        "định dạng '{value}' không có; chọn {formats}",
        "no format '{value}'; use {formats}",
    ),
    "opt.output": (
        "Ghi ra tệp thay vì màn hình (- là đầu ra chuẩn).",
        "Write to this file instead of the screen (- is standard output).",
    ),
    "opt.file": ("Tệp CSV hoặc XLSX cần nhập.", "The CSV or XLSX file to import."),
    # --- the database ---
    "db.busy": (
        "Cơ sở dữ liệu {path} đang bận (một tiến trình khác đang ghi) quá thời gian chờ; hãy thử lại sau.",
        "The database {path} is busy (another process is writing) beyond the timeout; try again later.",
    ),
    "db.read_only": (
        "Không ghi được vào cơ sở dữ liệu {path}: tệp hoặc thư mục chỉ cho phép đọc.",
        "Cannot write to the database {path}: the file or its folder is read-only.",
    ),
    "db.disk_full": (
        "Đĩa đã đầy khi ghi vào {path}; không có thay đổi nào được lưu.",
        "The disk is full while writing {path}; no change was kept.",
    ),
    "db.not_a_database": (
        "Tệp {path} không phải là cơ sở dữ liệu SQLite hoặc đã hỏng.",
        "The file {path} is not an SQLite database, or it is damaged.",
    ),
    "db.cannot_open": (
        "Không mở được cơ sở dữ liệu {path}: {reason}.",
        "Cannot open the database {path}: {reason}.",
    ),
    "db.error": ("Lỗi cơ sở dữ liệu {path}: {reason}.", "Database error in {path}: {reason}."),
    "db.is_directory": (
        "{path} là một thư mục, không phải tệp cơ sở dữ liệu.",
        "{path} is a folder, not a database file.",
    ),
    "db.missing": (
        "Không có cơ sở dữ liệu tại {path}: hãy chỉ đúng tệp bằng --db (hoặc THIDUA_DB), hoặc tạo cơ sở dữ liệu bằng cách nhập dữ liệu (thidua import dossiers TỆP).",
        "There is no database at {path}: point to the right file with --db (or THIDUA_DB), or create one by importing data (thidua import dossiers FILE).",
    ),
    "db.no_directory": (
        "Không tạo được cơ sở dữ liệu {path}: thư mục {directory} không tồn tại.",
        "Cannot create the database {path}: the folder {directory} does not exist.",
    ),
    "db.newer_schema": (
        "Cơ sở dữ liệu {path} được tạo bởi phiên bản mới hơn (lược đồ {found}, chương trình này hỗ "
        "trợ đến {supported}); hãy nâng cấp thidua. Tệp không bị thay đổi.",
        "The database {path} was written by a newer version (schema {found}; this program knows "
        "up to {supported}); upgrade thidua. The file was not changed.",
    ),
    # --- imports ---
    "import.help": ("Nhập dữ liệu từ tệp CSV hoặc XLSX.", "Import data from a CSV or XLSX file."),
    "import.dossiers.help": (
        "Nhập danh sách hồ sơ xuất từ phần mềm Một cửa.",
        "Import the dossier export of the one-stop software.",
    ),
    "import.procedures.help": (
        "Nhập danh mục thủ tục hành chính (mã, tên, số ngày làm việc, giờ chốt, lĩnh vực).",
        "Import the procedures (code, name, statutory working days, cut-off hour, field).",
    ),
    "import.staff.help": (
        "Nhập danh sách cán bộ (họ tên, đơn vị, chức vụ, đang công tác).",
        "Import the staff roster (name, unit, role, active).",
    ),
    "import.initiatives.help": (
        "Nhập danh sách sáng kiến, mô hình, giải pháp đăng ký thi đua.",
        "Import the registered initiatives, models and solutions.",
    ),
    "import.complaints.help": (
        "Nhập các phản ánh, kiến nghị về thái độ, tác phong của cán bộ.",
        "Import the complaints about staff conduct.",
    ),
    "import.enrollment.help": (
        "Nhập số liệu tuyển sinh trực tuyến (trường, cấp học, giai đoạn, tổng số, trực tuyến).",
        "Import the online enrolment figures (school, level, stage, total, online).",
    ),
    "import.opt.encoding": (
        "Bảng mã của tệp (mặc định tự nhận: utf-8, utf-16, cp1258).",
        "File encoding (detected by default: utf-8, utf-16, cp1258).",
    ),
    "import.opt.delimiter": (
        "Ký tự phân cách cột: , ; hoặc tab (mặc định tự nhận).",
        "Column delimiter: , ; or tab (detected by default).",
    ),
    "import.opt.sheet": ("Tên trang tính trong tệp XLSX.", "Sheet name in an XLSX file."),
    "import.opt.map": (
        "Ghép cột: tên_chuẩn=Tiêu đề cột trong tệp (dùng nhiều lần được).",
        "Map a column: canonical=Header in the file (repeatable).",
    ),
    "import.opt.dry_run": (
        "Chỉ kiểm tra và báo cáo, không ghi gì.",
        "Validate and report without writing anything.",
    ),
    "import.opt.skip_invalid": (
        "Nhập các dòng hợp lệ, bỏ qua các dòng lỗi.",
        "Import the valid rows and skip the invalid ones.",
    ),
    "import.opt.rejects": (
        "Ghi các dòng bị loại (kèm lý do) ra tệp CSV này.",
        "Write the rejected rows, with a reason, to this CSV file.",
    ),
    "import.no_such_file": ("Không tìm thấy tệp {path}.", "No such file: {path}."),
    "import.rejects_written": (
        "Đã ghi {count} dòng bị loại vào {path}.",
        "Wrote {count} rejected rows to {path}.",
    ),
    "import.unknown_columns": (
        "bỏ qua các cột không dùng đến: {columns}",
        "ignored columns: {columns}",
    ),
    "import.deadlines_moved": (
        "đã tính lại hạn giải quyết của {count} hồ sơ",
        "recomputed the deadline of {count} dossiers",
    ),
    "import.errors_title": (
        "Các dòng không hợp lệ ({count} dòng)",
        "Invalid rows ({count} rows)",
    ),
    "import.errors_more": (
        "... và {count} lỗi nữa; tổng cộng {rows} dòng bị loại. Dùng --rejects TỆP để có danh sách đầy đủ.",
        "... and {count} more errors; {rows} rows rejected in all. Use --rejects FILE for the full list.",
    ),
    "import.row_error": (
        "dòng {line}, cột '{column}', giá trị '{value}': {reason}",
        "line {line}, column '{column}', value '{value}': {reason}",
    ),
    "import.summary": (
        "{file}: đọc {read} dòng, thêm mới {inserted}, cập nhật {updated}, không đổi {unchanged}, "
        "loại {rejected}.",
        "{file}: read {read} rows, inserted {inserted}, updated {updated}, unchanged {unchanged}, "
        "rejected {rejected}.",
    ),
    "import.summary_dry_run": (
        "{file} (chạy thử, không ghi gì): đọc {read} dòng, sẽ thêm mới {inserted}, cập nhật "
        "{updated}, không đổi {unchanged}, loại {rejected}.",
        "{file} (dry run, nothing written): read {read} rows, would insert {inserted}, update "
        "{updated}, leave {unchanged} unchanged, reject {rejected}.",
    ),
    "import.summary_refused": (
        "{file}: không nhập vì có {rejected} dòng lỗi trong {read} dòng; cơ sở dữ liệu không thay "
        "đổi. Sửa tệp, hoặc dùng --skip-invalid để nhập các dòng hợp lệ.",
        "{file}: not imported, {rejected} of {read} rows are invalid; the database is unchanged. "
        "Correct the file, or use --skip-invalid to import the valid rows.",
    ),
    "import.reason.required": ("thiếu giá trị bắt buộc", "a required value is missing"),
    "import.reason.before_receipt": (
        "ngày này trước ngày tiếp nhận",
        "this date is before the receipt date",
    ),
    "import.reason.returned_before_finished": (
        "ngày trả kết quả trước ngày có kết quả",
        "the hand-over date is before the result date",
    ),
    "import.reason.supplement_without_request": (
        "có ngày nhận bổ sung nhưng không có ngày yêu cầu bổ sung",
        "a supplement receipt date without a supplement request date",
    ),
    "import.reason.supplement_before_request": (
        "ngày nhận bổ sung trước ngày yêu cầu bổ sung",
        "the supplement was received before it was requested",
    ),
    "import.reason.finished_without_date": (
        "trạng thái đã có kết quả nhưng không có ngày có kết quả hoặc ngày trả",
        "the status says finished but there is no result or hand-over date",
    ),
    "import.reason.duplicate_key": (
        "mã này đã xuất hiện ở dòng {first_line} với nội dung khác",
        "this code already appears on line {first_line} with different content",
    ),
    "import.reason.code_for_two_procedures": (
        "mã thủ tục này đã dùng cho một thủ tục khác ở dòng {first_line}",
        "this procedure code is already used for another procedure on line {first_line}",
    ),
    "imports.help": (
        "Danh sách các lần nhập dữ liệu (tệp, mã SHA-256, thời gian, số dòng).",
        "List the imports (file, SHA-256, time, row counts).",
    ),
    "imports.title": ("Các lần nhập dữ liệu", "Imports"),
    # --- column headings ---
    "col.id": ("Số", "ID"),
    "col.kind": ("Loại", "Kind"),
    "col.file_name": ("Tệp", "File"),
    "col.imported_at": ("Thời gian nhập", "Imported at"),
    "col.rows_read": ("Đọc", "Read"),
    "col.inserted": ("Thêm mới", "Inserted"),
    "col.updated": ("Cập nhật", "Updated"),
    "col.unchanged": ("Không đổi", "Unchanged"),
    "col.rejected": ("Bị loại", "Rejected"),
    "col.sha256": ("SHA-256", "SHA-256"),
    "col.line": ("Dòng", "Line"),
    "col.column": ("Cột", "Column"),
    "col.value": ("Giá trị", "Value"),
    "col.reason": ("Lý do", "Reason"),
    "col.code": ("Mã hồ sơ", "Dossier code"),
    "col.procedure": ("Thủ tục", "Procedure"),
    "col.officer": ("Cán bộ xử lý", "Officer"),
    "col.unit": ("Đơn vị", "Unit"),
    "col.received_at": ("Ngày nhận", "Received"),
    "col.due_date": ("Hạn trả", "Due"),
    "col.finished_at": ("Ngày có kết quả", "Finished"),
    "col.status": ("Tình trạng", "Status"),
    "col.working_days_late": ("Trễ (ngày LV)", "Late (working days)"),
    "col.date": ("Ngày", "Date"),
    "col.name": ("Tên", "Name"),
    # --- statuses ---
    "status.early": ("Trước hạn", "Early"),
    "status.on_time": ("Đúng hạn", "On time"),
    "status.late": ("Quá hạn", "Late"),
    "status.in_time": ("Trong hạn", "In time"),
    "status.overdue": ("Đang quá hạn", "Overdue"),
    "status.withdrawn": ("Đã rút", "Withdrawn"),
    "status.not_received": ("Không tiếp nhận", "Not received"),
    "status.no_due_date": ("Không có hạn", "No due date"),
    # --- dossiers ---
    "dossiers.help": (
        "Danh sách hồ sơ với hạn giải quyết và tình trạng tại một ngày.",
        "List dossiers with their deadline and status at a date.",
    ),
    "dossiers.opt.status": (
        'Lọc theo tình trạng: {allowed} (gõ có dấu cũng được, ví dụ "đang quá hạn").',
        "Filter by status: {allowed}.",
    ),
    "dossiers.opt.officer": ("Lọc theo cán bộ xử lý.", "Filter by officer."),
    "dossiers.opt.unit": ("Lọc theo đơn vị.", "Filter by unit."),
    "dossiers.opt.procedure": (
        "Lọc theo thủ tục (mã hoặc tên).",
        "Filter by procedure (code or name).",
    ),
    "dossiers.opt.from": ("Nhận từ ngày.", "Received on or after."),
    "dossiers.opt.to": ("Nhận đến ngày.", "Received on or before."),
    "dossiers.bad_status": (
        "Tình trạng '{value}' không có; chọn một trong: {allowed}.",
        "No status '{value}'; use one of: {allowed}.",
    ),
    "dossiers.title": (
        "Hồ sơ tại ngày {as_of} ({count} hồ sơ)",
        "Dossiers as of {as_of} ({count})",
    ),
    # --- check ---
    "check.help": (
        "Kiểm tra hạn hằng ngày (cho cron): hồ sơ quá hạn, sắp đến hạn, cần phiếu xin lỗi. "
        "Mã thoát 1 khi có hồ sơ quá hạn.",
        "Daily deadline check (for cron): overdue, due soon, apology needed. Exit 1 when anything "
        "is overdue.",
    ),
    "check.opt.within": (
        "Sắp đến hạn: trong N ngày làm việc tới (mặc định 2).",
        "Due soon: within the next N working days (default 2).",
    ),
    "check.bad_within": (
        "--within {value} quá lớn (tối đa 365).",
        "--within {value} is too large (at most 365).",
    ),
    "check.heading": ("Kiểm tra hạn giải quyết ngày {as_of}", "Deadline check for {as_of}"),
    "check.all_well": (
        "Không có hồ sơ hay nhiệm vụ nào quá hạn, sắp đến hạn.",
        "No dossier or task is overdue or due soon.",
    ),
    "check.overdue": ("Hồ sơ đang quá hạn ({count})", "Overdue dossiers ({count})"),
    "check.due_soon": (
        "Hồ sơ đến hạn trong {within} ngày làm việc tới ({count})",
        "Due within the next {within} working days ({count})",
    ),
    "check.apology_todo": (
        "Cần gửi Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04, Thông tư 01/2018/TT-VPCP) "
        "hôm nay cho {count} hồ sơ, theo cán bộ xử lý:",
        "Send the apology letter with a new date (Form 04, Circular 01/2018/TT-VPCP) today for "
        "{count} dossiers, by officer:",
    ),
    "check.no_officer": ("(chưa phân công)", "(unassigned)"),
    # --- reports ---
    "report.help": ("Các báo cáo.", "Reports."),
    "report.bad_group": (
        "Không nhóm được theo '{value}'; chọn một trong: {allowed}.",
        "Cannot group by '{value}'; use one of: {allowed}.",
    ),
    "form06.help": (
        "Biểu số 06/VPCP/KSTT: tình hình, kết quả giải quyết TTHC trong kỳ.",
        "Form 06/VPCP/KSTT: dossiers received and resolved in a period.",
    ),
    "form06.opt.from": ("Ngày đầu kỳ.", "First day of the period."),
    "form06.opt.to": ("Ngày cuối kỳ.", "Last day of the period."),
    "form06.opt.by": (
        "Mỗi dòng của biểu là một: {allowed} (mặc định {default}).",
        "One row of the form per: {allowed} (default {default}).",
    ),
    "form06.bad_period": (
        "Kỳ báo cáo không hợp lệ: ngày cuối {end} trước ngày đầu {start}.",
        "The period is not valid: the last day {end} is before the first {start}.",
    ),
    "form06.missing_due": (
        "{count} hồ sơ không có hạn giải quyết (không có ngày hẹn trả, thủ tục chưa có trong danh "
        "mục) nên không được tính vào biểu: {codes}",
        "{count} dossiers have no deadline (no appointment date, procedure not in the list) and "
        "are left out of the form: {codes}",
    ),
    "form06.title": (
        "Biểu số 06/VPCP/KSTT — Tình hình, kết quả giải quyết TTHC từ {start} đến {end}",
        "Form 06/VPCP/KSTT — Administrative procedures received and resolved, {start} to {end}",
    ),
    "form06.caption": (
        "(3) = (4)+(5)+(6) = (7)+(11); (7) = (8)+(9)+(10); (11) = (12)+(13)",
        "(3) = (4)+(5)+(6) = (7)+(11); (7) = (8)+(9)+(10); (11) = (12)+(13)",
    ),
    "form06.col.1": ("(1) STT", "(1) No."),
    "form06.group.field": ("(2) Lĩnh vực", "(2) Field"),
    "form06.group.unit": ("(2) Đơn vị", "(2) Unit"),
    "form06.group.officer": ("(2) Cán bộ", "(2) Officer"),
    "form06.group.procedure": ("(2) Thủ tục", "(2) Procedure"),
    "form06.col.3": ("(3) Tổng số hồ sơ tiếp nhận", "(3) Received, total"),
    "form06.col.4": ("(4) Trực tuyến", "(4) Online"),
    "form06.col.5": ("(5) Trực tiếp và dịch vụ bưu chính", "(5) In person and postal"),
    "form06.col.6": ("(6) Từ kỳ trước chuyển qua", "(6) Carried over"),
    "form06.col.7": ("(7) Đã giải quyết: tổng số", "(7) Resolved, total"),
    "form06.col.8": ("(8) Trước hạn", "(8) Early"),
    "form06.col.9": ("(9) Đúng hạn", "(9) On time"),
    "form06.col.10": ("(10) Quá hạn", "(10) Late"),
    "form06.col.11": ("(11) Đang giải quyết: tổng số", "(11) Pending, total"),
    "form06.col.12": ("(12) Trong hạn", "(12) In time"),
    "form06.col.13": ("(13) Quá hạn", "(13) Overdue"),
    "form06.total": ("Tổng cộng", "Total"),
    "form06.unknown_group": ("(không rõ)", "(unknown)"),
    # --- calendar ---
    "calendar.help": (
        "Lịch ngày làm việc: ngày nghỉ lễ, ngày nghỉ bù, ngày làm bù.",
        "The working-day calendar: holidays, days off and make-up days.",
    ),
    "calendar.show.help": (
        "Xem các ngày nghỉ và ngày làm bù của một năm.",
        "Show a year's days off and make-up working days.",
    ),
    "calendar.set.help": (
        "Đặt một ngày là ngày nghỉ (nghi) hoặc ngày làm việc (lam), kèm văn bản căn cứ.",
        "Mark a day off (off) or a working day (work), with its source document.",
    ),
    "calendar.unset.help": ("Bỏ một điều chỉnh lịch đã đặt.", "Remove an override."),
    "calendar.opt.year": ("Năm.", "Year."),
    "calendar.opt.note": ("Văn bản căn cứ, ghi chú.", "Source document or note."),
    "calendar.arg.date": ("Ngày.", "The day."),
    "calendar.arg.kind": (
        "Ngày nghỉ hay ngày làm việc (làm bù): {allowed}.",
        "A day off or a (make-up) working day: {allowed}.",
    ),
    "calendar.bad_kind": (
        "Loại ngày '{value}' không có; chọn một trong: {allowed}.",
        "No kind of day '{value}'; use one of: {allowed}.",
    ),
    "calendar.no_override": (
        "Ngày {day} không có điều chỉnh nào để bỏ.",
        "There is no override on {day} to remove.",
    ),
    "calendar.set_done": ("Đã đặt ngày {day}: {kind}.", "Set {day}: {kind}."),
    "calendar.unset_done": ("Đã bỏ điều chỉnh ngày {day}.", "Removed the override on {day}."),
    "calendar.deadlines_moved": (
        "Đã tính lại hạn giải quyết: {count} hồ sơ thay đổi.",
        "Deadlines recomputed: {count} dossiers changed.",
    ),
    "calendar.month": ("Tháng {month}", "{month}"),
    "calendar.wd.mo": ("T2", "Mo"),
    "calendar.wd.tu": ("T3", "Tu"),
    "calendar.wd.we": ("T4", "We"),
    "calendar.wd.th": ("T5", "Th"),
    "calendar.wd.fr": ("T6", "Fr"),
    "calendar.wd.sa": ("T7", "Sa"),
    "calendar.wd.su": ("CN", "Su"),
    "calendar.kind.off": ("Nghỉ", "Day off"),
    "calendar.kind.work": ("Làm bù", "Make-up working day"),
    "calendar.list_title": (
        "Ngày nghỉ trong tuần và ngày làm bù năm {year}",
        "Weekday days off and make-up days in {year}",
    ),
    "calendar.legend": (
        "{off} ngày thường được nghỉ (lễ, Tết, nghỉ bù); {work} thứ Bảy, Chủ nhật làm bù; "
        "cột T7, CN: cuối tuần.",
        "{off} a weekday off (holiday or swap); {work} a weekend day worked; columns Sa, Su: "
        "the weekend.",
    ),
    # --- config ---
    "config.help": ("Cấu hình lưu trong cơ sở dữ liệu.", "Settings stored in the database."),
    "config.show.help": ("Xem cấu hình.", "Show the settings."),
    "config.set.help": (
        'Đặt một cấu hình: supplement_policy tinh-lai|cong-them (cách tính hạn khi có yêu cầu bổ sung: tính lại từ đầu, hoặc cộng thêm ngày chờ), hoặc thông tin cơ quan in trên biểu mẫu và văn bản: office_parent, office_name, place, signer_title, signer_name, report_recipient, recipients (các dòng "Nơi nhận", cách nhau bằng ;). Giá trị rỗng "" xóa cấu hình.',
        'Change a setting: supplement_policy restart|extend, or the office\'s identity printed on its forms and papers: office_parent, office_name, place, signer_title, signer_name, report_recipient, recipients (the "Nơi nhận" lines, separated by ;). An empty value "" clears it.',
    ),
    "config.arg.key": ("Tên cấu hình.", "Setting name."),
    "config.arg.value": ("Giá trị.", "Value."),
    "config.unknown_key": (
        "Không có cấu hình '{key}'; các cấu hình: {keys}.",
        "No setting '{key}'; the settings are: {keys}.",
    ),
    "config.bad_value": (
        "Giá trị '{value}' không dùng được cho cấu hình này; chọn một trong: {allowed}.",
        "'{value}' is not a value of this setting; use one of: {allowed}.",
    ),
    "config.set_done": ("Đã đặt {key} = {value}.", "Set {key} = {value}."),
    # --- demo ---
    "demo.help": (
        "Chạy thử trên dữ liệu mẫu kèm theo: nhập vào một cơ sở dữ liệu riêng và in các báo cáo.",
        "Try the tool on the shipped sample data: import it into a database of its own and print "
        "the reports.",
    ),
    "demo.opt.dir": ("Thư mục cho dữ liệu chạy thử.", "Folder for the demo's files."),
    "demo.start": ("Dữ liệu mẫu được nhập vào {path}.", "Importing the sample data into {path}."),
    "demo.section.check": ("Kiểm tra hạn ngày {as_of}", "Deadline check on {as_of}"),
    "demo.section.form06": ("Biểu 06 từ {start} đến {end}", "Form 06, {start} to {end}"),
    "demo.done": (
        "Xong. Cơ sở dữ liệu mẫu: {path} (dùng --db {path} để xem tiếp).",
        "Done. The demo database is {path} (use --db {path} to explore it).",
    ),
}
