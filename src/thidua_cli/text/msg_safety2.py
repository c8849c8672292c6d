"""Messages of data safety, second part: what may be written where, crashes, foreign files."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- an error nobody foresaw ---
    "crash.logged": (
        "thidua dừng vì một lỗi ngoài dự kiến ({kind}); chi tiết đã ghi vào {log}, hãy gửi tệp "
        "này cho người bảo trì thidua.",
        "thidua stopped on an unexpected error ({kind}); the details are in {log}, please send "
        "that file to whoever maintains thidua.",
    ),
    "crash.no_log": (
        "thidua dừng vì một lỗi ngoài dự kiến ({detail}) và không ghi được tệp nhật ký chi tiết.",
        "thidua stopped on an unexpected error ({detail}) and could not write a log file of the "
        "details.",
    ),
    # --- where a file may be written (files.py) ---
    "files.is_database": (
        "Không ghi vào {path}: đó là cơ sở dữ liệu đang dùng ({database}) hoặc tệp nhật ký (-wal, "
        "-shm) của nó; hãy chọn tệp khác.",
        "Will not write to {path}: it is the live database ({database}) or one of its journal "
        "files (-wal, -shm); choose another file.",
    ),
    "files.is_input": (
        "Không ghi vào {path}: đó là tệp {input} mà lệnh này đang đọc, ghi vào sẽ làm mất nó; hãy "
        "chọn tệp khác.",
        "Will not write to {path}: it is {input}, which this command reads, and writing would "
        "destroy it; choose another file.",
    ),
    "files.holds_kept": (
        "Không ghi thư mục {path}: thư mục được thay cả khối mà trong đó có {kept} đang được dùng; "
        "hãy chọn thư mục --out khác.",
        "Will not write the folder {path}: it is replaced whole, and it holds {kept}, which is in "
        "use; choose another --out.",
    ),
    "files.is_folder": (
        "{path} là một thư mục; hãy cho tên một tệp (ví dụ một tệp trong thư mục đó).",
        "{path} is a folder; give the name of a file (inside it, for example).",
    ),
    "files.input_is_folder": (
        "{path} là một thư mục, không phải tệp; hãy cho tệp cần đọc.",
        "{path} is a folder, not a file; give the file to read.",
    ),
    "files.input_not_regular": (
        "{path} không phải tệp thường (là thiết bị hoặc ống dẫn); hãy cho tệp cần đọc.",
        "{path} is not a regular file (a device or a pipe); give the file to read.",
    ),
    "files.input_too_large": (
        "Tệp {path} lớn hơn {most} KB: tệp chiến dịch hay hồ sơ nhập chỉ vài KB, có đúng tệp không?",
        "{path} is over {most} KB: a campaign or profile file is a few KB; is it the right file?",
    ),
    "files.not_a_folder": (
        "{path} là một tệp, không phải thư mục; hãy cho một thư mục để ghi vào.",
        "{path} is a file, not a folder; give a folder to write into.",
    ),
    "files.no_folder": (
        "Không ghi được {path}: thư mục {folder} không tồn tại.",
        "Cannot write {path}: the folder {folder} does not exist.",
    ),
    "files.cannot_write": (
        "Không ghi được {path} (thư mục {folder}): {reason}.",
        "Cannot write {path} (in the folder {folder}): {reason}.",
    ),
    "files.cannot_write.permission": (
        "Không ghi được {path}: không có quyền ghi vào thư mục {folder} (hoặc ổ chỉ cho đọc).",
        "Cannot write {path}: the folder {folder} may not be written to (no permission, or a "
        "read-only disk).",
    ),
    "files.cannot_write.no_space": (
        "Không ghi được {path}: ổ đĩa chứa thư mục {folder} đã đầy; tệp cũ (nếu có) vẫn giữ nguyên.",
        "Cannot write {path}: the disk holding {folder} is full; any earlier file there is left as "
        "it was.",
    ),
    # --- another program's database ---
    "db.foreign": (
        "Tệp {path} là cơ sở dữ liệu SQLite của một chương trình khác (đã có bảng nhưng không phải "
        "của thidua); thidua không thay đổi gì trong đó: hãy chỉ --db đến cơ sở dữ liệu của thidua.",
        "{path} is another program's SQLite database (it has tables, but not thidua's); thidua "
        "leaves it as it is: point --db to thidua's own database.",
    ),
    # --- values no command can use ---
    "cli.bad_busy_timeout": (
        "cần một số giây từ 0 đến {most}, không phải '{value}'",
        "it takes a number of seconds from 0 to {most}, not '{value}'",
    ),
    "campaign.problem.too_large": (
        "'{key}' = {value} quá lớn (nhiều nhất {most})",
        "'{key}' = {value} is too large (at most {most})",
    ),
    "campaign.problem.too_deep": (
        "mảng hoặc bảng lồng nhau quá sâu (quá {most} tầng); không tệp nào viết tay như vậy",
        "arrays or tables nested too deep (over {most} levels); no file written by hand is so",
    ),
    "campaign.problem.number_too_long": (
        "một số có hàng nghìn chữ số; hãy sửa giá trị này",
        "a number thousands of digits long; correct this value",
    ),
    # --- error messages that name a cell, never a row ---
    "ingest.no_header_row": (
        "Tệp {file} không có dòng tiêu đề nào nêu tên các cột cần có ({columns}) trong những dòng "
        "đầu; hãy giữ dòng tiêu đề của tệp xuất, hoặc chỉ tên cột bằng --map tên_cột=Tiêu đề.",
        "{file} has no header row naming the columns it needs ({columns}) among its first lines; "
        "keep the export's header row, or name the columns with --map column=Header.",
    ),
    "ingest.map_header_missing_no_header": (
        'Tệp {file} không có cột "{header}" (đặt cho {column} bằng --map), và không dòng nào trong '
        "những dòng đầu là dòng tiêu đề.",
        '{file} has no column "{header}" (given for {column} with --map), and none of its first '
        "lines reads as a header row.",
    ),
    # --- privacy ---
    "db.permissions_tightened": (
        "Cơ sở dữ liệu {path} để mọi người dùng máy này đọc được (quyền {mode}); nay chỉ chủ tệp "
        "đọc và ghi được (600), cả các tệp nhật ký -wal, -shm.",
        "The database {path} was readable by other users of this computer (mode {mode}); it is "
        "now readable and writable by its owner only (600), its -wal and -shm files too.",
    ),
    "backup.on_terminal": (
        "Không ghi bản sao lưu ra màn hình: đó là tệp nhị phân; hãy cho tên tệp, hoặc chuyển "
        "qua ống dẫn (thidua backup - | gzip > thidua.db.gz).",
        "Will not write the backup on the screen: it is a binary file; give a file name, or pipe "
        "it (thidua backup - | gzip > thidua.db.gz).",
    ),
}
