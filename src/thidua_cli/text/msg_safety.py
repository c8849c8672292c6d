"""Messages of data safety: hostile input files, backups, undoing an import, the database check."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- hostile input ---
    "safety.zip_bomb": (
        "Tệp {file} bị từ chối: phần '{member}' bên trong giải nén ra {size} MB từ {packed} MB "
        "(gấp {ratio} lần), không giống một bảng tính Excel thật; hãy mở bằng Excel và lưu lại.",
        "{file} was refused: its part '{member}' unpacks to {size} MB from {packed} MB ({ratio} "
        "times), unlike a real Excel workbook; open it in Excel and save it again.",
    ),
    "safety.zip_too_large": (
        "Tệp {file} bị từ chối: nội dung giải nén ra {size} MB, vượt giới hạn {limit} MB của một "
        "tệp xuất dữ liệu.",
        "{file} was refused: it unpacks to {size} MB, over the {limit} MB an export may hold.",
    ),
    "safety.nul_byte": (
        "Tệp {file} chứa ký tự NUL ở dòng {line}: đó không phải tệp CSV văn bản (tệp hỏng hoặc "
        "bị ghép với dữ liệu nhị phân); hãy xuất lại tệp từ phần mềm.",
        "{file} holds a NUL character on line {line}: it is not a text CSV file (damaged, or "
        "mixed with binary data); export it again.",
    ),
    "safety.reason.extra_cells": (
        "dòng có giá trị đến cột {count} nhưng tiêu đề chỉ có {width} cột (thường do dấu phân "
        "cách nằm trong một giá trị không có ngoặc kép, làm lệch các cột)",
        "the row has values up to column {count} but the header only {width} columns (usually "
        "a delimiter inside an unquoted value, which shifts the columns)",
    ),
    # --- backup ---
    "backup.help": (
        "Sao lưu cơ sở dữ liệu ra một tệp (an toàn cả khi một tiến trình khác đang ghi).",
        "Back the database up to a file (safe while another process is writing).",
    ),
    "backup.arg.file": ("Tệp sao lưu cần ghi.", "The backup file to write."),
    "backup.write_failed": (
        "Không ghi được bản sao lưu {path}: {reason}. Tệp cũ (nếu có) vẫn giữ nguyên.",
        "Cannot write the backup {path}: {reason}. Any earlier file there is left as it was.",
    ),
    "backup.bad_copy": (
        "Bản sao lưu {path} không qua được kiểm tra toàn vẹn ({detail}); chưa ghi gì. Hãy chạy "
        "thidua db check.",
        "The backup {path} failed its integrity check ({detail}); nothing was written. Run "
        "thidua db check.",
    ),
    "backup.done": (
        "Đã sao lưu {source} vào {path} ({size}, lược đồ {version}, kiểm tra toàn vẹn: không có lỗi).",
        "Backed {source} up to {path} ({size}, schema {version}, integrity check: ok).",
    ),
    # --- undo ---
    "undo.help": (
        "Hoàn tác một lần nhập: xoá các dòng nó thêm mới, khôi phục các dòng nó đã cập nhật.",
        "Undo one import: delete the rows it inserted, restore the rows it updated.",
    ),
    "undo.arg.id": (
        "Số của lần nhập (xem bằng thidua imports).",
        "The import's number (see thidua imports).",
    ),
    "undo.no_such_import": (
        "Không có lần nhập số {id}; xem danh sách bằng thidua imports.",
        "There is no import {id}; list them with thidua imports.",
    ),
    "undo.is_an_undo": (
        "Lần {id} là một lần hoàn tác (của lần nhập {undone}), không hoàn tác được nữa; hãy nhập "
        "lại tệp nếu cần.",
        "Entry {id} is itself an undo (of import {undone}) and cannot be undone; import the file "
        "again if needed.",
    ),
    "undo.already_undone": (
        "Lần nhập {id} đã được hoàn tác lúc {at}.",
        "Import {id} was already undone at {at}.",
    ),
    "undo.no_history": (
        "Không hoàn tác được lần nhập {id} ({file}): nó được nhập bằng phiên bản cũ chưa lưu nội "
        "dung trước đó của các dòng; hãy khôi phục từ bản sao lưu.",
        "Cannot undo import {id} ({file}): an older version made it without keeping the rows' "
        "previous content; restore a backup instead.",
    ),
    "undo.changed_later": (
        "Không hoàn tác được lần nhập {id}: lần nhập {later} ({file}, lúc {at}) sau đó đã thay "
        "đổi {count} dòng của nó; hãy hoàn tác trước, theo thứ tự: {all}.",
        "Cannot undo import {id}: import {later} ({file}, at {at}) later changed {count} of its "
        "rows; undo these first, in this order: {all}.",
    ),
    "undo.done": (
        "Đã hoàn tác lần nhập {id} ({file}): xoá {deleted} dòng thêm mới, khôi phục {restored} "
        "dòng đã cập nhật (ghi nhận là lần {undo_id}).",
        "Undid import {id} ({file}): deleted {deleted} inserted rows, restored {restored} "
        "updated rows (recorded as entry {undo_id}).",
    ),
    "undo.col.deleted": ("Đã xoá", "Deleted"),
    "undo.col.undone_at": ("Đã hoàn tác lúc", "Undone at"),
    # --- db check ---
    "dbcheck.group_help": (
        "Bảo trì cơ sở dữ liệu: kiểm tra toàn vẹn.",
        "Database upkeep: the integrity check.",
    ),
    "dbcheck.help": (
        "Kiểm tra cơ sở dữ liệu: tính toàn vẹn, phiên bản lược đồ, số dòng mỗi bảng. Mã thoát 3 "
        "khi có lỗi.",
        "Check the database: integrity, schema version, rows per table. Exit 3 when it fails.",
    ),
    "dbcheck.opt.quick": (
        "Kiểm tra nhanh (quick_check): bỏ qua việc đối chiếu chỉ mục.",
        "Quick check (quick_check): skip matching the indexes against the tables.",
    ),
    "dbcheck.title": ("Kiểm tra cơ sở dữ liệu {path}", "Database check of {path}"),
    "dbcheck.integrity": ("Toàn vẹn", "Integrity"),
    "dbcheck.foreign_keys": ("Khoá ngoại sai", "Broken foreign keys"),
    "dbcheck.schema": ("Lược đồ", "Schema"),
    "dbcheck.size": ("Dung lượng", "Size"),
    "dbcheck.history": ("Lưu lịch sử để hoàn tác", "History kept for undo"),
    "dbcheck.history_ok": ("đủ", "complete"),
    "dbcheck.history_missing": ("thiếu cho: {tables}", "missing for: {tables}"),
    "dbcheck.schema.current": (
        "{found} (hiện hành)",
        "{found} (current)",
    ),
    "dbcheck.schema.older": (
        "{found} (cũ hơn {supported}; sẽ được nâng cấp ở lần dùng tới)",
        "{found} (older than {supported}; upgraded on next use)",
    ),
    "dbcheck.schema.newer": (
        "{found} (mới hơn {supported} mà chương trình này biết)",
        "{found} (newer than the {supported} this program knows)",
    ),
    "dbcheck.col.table": ("Bảng", "Table"),
    "dbcheck.col.rows": ("Số dòng", "Rows"),
    "dbcheck.failed": (
        "Cơ sở dữ liệu {path} không qua được kiểm tra ({problem}); hãy khôi phục từ bản sao lưu "
        "gần nhất.",
        "The database {path} failed the check ({problem}); restore the latest backup.",
    ),
    "dbcheck.problem.integrity": (
        "{count} lỗi toàn vẹn",
        "{count} integrity errors",
    ),
    "dbcheck.problem.foreign_keys": (
        "{count} khoá ngoại sai",
        "{count} broken foreign keys",
    ),
    "dbcheck.problem.unreadable": (
        "không đọc được: {reason}",
        "unreadable: {reason}",
    ),
    "dbcheck.problem.newer": (
        "lược đồ {found} mới hơn {supported}; hãy nâng cấp thidua",
        "schema {found} is newer than {supported}; upgrade thidua",
    ),
}
