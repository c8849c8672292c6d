"""Messages of importing: the vocabularies an office teaches, profiles, unknown labels."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- thidua vocab -------------------------------------------------------------------------
    "vocab.help": (
        "Dạy chương trình các nhãn riêng của đơn vị (trạng thái, kênh, mức độ hài lòng...).",
        "Teach the importer the office's own labels (status, channel, rating...).",
    ),
    "vocab.add.help": (
        "Ghi nhận NHÃN của tệp xuất nghĩa là TỪ; các hồ sơ đã lưu mang nhãn này được đọc lại.",
        "Record that the export's LABEL means WORD; stored rows with this label are read again.",
    ),
    "vocab.remove.help": (
        "Bỏ một nhãn đã dạy; các dòng đã lưu mang nhãn này được đọc lại theo danh mục sẵn có.",
        "Forget a taught label; stored rows with this label are read again by the built-in list.",
    ),
    "vocab.list.help": (
        "Liệt kê các nhãn đơn vị đã dạy (--builtin: cả các nhãn sẵn có).",
        "List the labels the office taught (--builtin: the built-in ones too).",
    ),
    "vocab.history.help": (
        "Liệt kê mọi thay đổi nhãn, có ngày giờ.",
        "List every change of a label, dated.",
    ),
    "vocab.arg.vocabulary": (
        "Danh mục: {allowed}.",
        "The vocabulary: {allowed}.",
    ),
    "vocab.arg.vocabulary_any": (
        "Chỉ danh mục này ({allowed}).",
        "Only this vocabulary ({allowed}).",
    ),
    "vocab.arg.label": (
        "Nhãn đúng như tệp xuất ghi (không phân biệt hoa thường, dấu, khoảng trắng).",
        "The label as the export writes it (case, diacritics and spacing aside).",
    ),
    "vocab.arg.word": (
        "Từ của chương trình mà nhãn mang nghĩa, viết như bảng in (dung-xu-ly, truc-tuyen, có hay không dấu) hoặc bằng khóa (stopped, online); thidua vocab list --builtin liệt kê đủ.",
        'The program\'s word it means (stopped, online; or its label, e.g. "In person"); thidua vocab list --builtin lists them all.',
    ),
    "vocab.opt.builtin": (
        "Liệt kê cả các nhãn sẵn có của chương trình.",
        "Also list the program's built-in labels.",
    ),
    "vocab.unknown_vocabulary": (
        "Không có danh mục '{name}'; các danh mục: {names}.",
        "There is no vocabulary '{name}'; the vocabularies are: {names}.",
    ),
    "vocab.label_without_letters": (
        "Nhãn '{label}' không có chữ cái: các mã số (như mã trạng thái 1–10 của Cổng Dịch vụ công quốc gia) là cố định.",
        "The label '{label}' has no letters: numeric codes (such as the national portal's status codes 1–10) are fixed.",
    ),
    "vocab.unknown_word": (
        "'{word}' không phải là một từ của danh mục {name}; chọn một trong: {words}.",
        "'{word}' is not a word of the {name} vocabulary; choose one of: {words}.",
    ),
    "vocab.not_taught": (
        "Nhãn '{label}' chưa được dạy trong danh mục {name}; xem: thidua vocab list {name}.",
        "The label '{label}' was not taught in the {name} vocabulary; see: thidua vocab list {name}.",
    ),
    "vocab.already_builtin": (
        "{name}: chương trình đã đọc '{label}' là {word}; không cần dạy.",
        "{name}: the program already reads '{label}' as {word}; nothing to teach.",
    ),
    "vocab.already_taught": (
        "{name}: '{label}' đã được dạy là {word}.",
        "{name}: '{label}' is already taught as {word}.",
    ),
    "vocab.added": (
        "{name}: '{label}' từ nay đọc là {word}.",
        "{name}: '{label}' now reads as {word}.",
    ),
    "vocab.changed": (
        "{name}: '{label}' từ nay đọc là {word} (trước đây: {previous}).",
        "{name}: '{label}' now reads as {word} (was {previous}).",
    ),
    "vocab.removed": (
        "{name}: đã bỏ nhãn '{label}'; các lần nhập sau sẽ coi đây là nhãn chưa biết.",
        "{name}: forgot the label '{label}'; later imports treat it as unknown.",
    ),
    "vocab.removed_builtin": (
        "{name}: đã bỏ nhãn '{label}'; từ nay đọc theo danh mục sẵn có là {word}.",
        "{name}: forgot the label '{label}'; it reads as the built-in {word} again.",
    ),
    "vocab.rows_read_again": (
        "Đã đọc lại {count} dòng đã lưu mang nhãn này.",
        "Read {count} stored rows with this label again.",
    ),
    "vocab.rows_kept": (
        "{count} dòng đã lưu mang nhãn này giữ nguyên giá trị cũ (không từ nào đọc được nhãn, hoặc trạng thái 'đã có kết quả' mà không có ngày có kết quả).",
        "{count} stored rows with this label keep their value (no word reads the label, or a finished status without a finish date).",
    ),
    "vocab.title": ("Nhãn của đơn vị", "The office's labels"),
    "vocab.history_title": ("Lịch sử thay đổi nhãn", "Changes of labels"),
    "vocab.col.vocabulary": ("Danh mục", "Vocabulary"),
    "vocab.col.label": ("Nhãn", "Label"),
    "vocab.col.word": ("Từ", "Word"),
    "vocab.col.source": ("Nguồn", "Source"),
    "vocab.col.added_at": ("Thêm lúc", "Added at"),
    "vocab.col.previous": ("Trước đó", "Before"),
    "vocab.col.changed_at": ("Thời điểm", "Changed at"),
    "vocab.col.rederived": ("Dòng đọc lại", "Rows read again"),
    "vocab.source.office": ("đơn vị dạy", "taught"),
    "vocab.source.builtin": ("sẵn có", "built-in"),
    # --- unknown labels in an import ----------------------------------------------------------
    "import.unknown_labels_title": (
        "Nhãn chưa biết ({count} nhãn)",
        "Unknown labels ({count})",
    ),
    "import.col.vocabulary": ("Danh mục", "Vocabulary"),
    "import.col.rows": ("Số dòng", "Rows"),
    "import.col.first_lines": ("Các dòng đầu", "First lines"),
    "import.unknown_labels_teach": (
        "Để chương trình đọc được các nhãn này, chạy các lệnh dưới đây (kiểm tra từ đích, là gợi ý theo nhãn sẵn có gần nhất; '...' là chỗ phải chọn), rồi nhập lại tệp:",
        "To have these labels read, run the commands below (check each word: it is suggested by the closest built-in label; '...' is yours to choose), then import the file again:",
    ),
    "import.unknown_labels_words": (
        "  từ của {name}: {words}",
        "  words of {name}: {words}",
    ),
    # --- import profiles ----------------------------------------------------------------------
    "meta.profile": ("TỆP|TÊN", "FILE|NAME"),
    "import.opt.profile": (
        "Hồ sơ nhập (tệp .toml hoặc tên đã lưu bằng thidua profile save): cột, nhãn, bảng mã, dấu phân cách, trang tính, dòng tiêu đề, cách viết ngày của một nguồn. Các tùy chọn trên dòng lệnh được ưu tiên hơn.",
        "An import profile (a .toml file, or a name saved with thidua profile save): one source's columns, labels, encoding, delimiter, sheet, title lines and date format. Options on the command line come first.",
    ),
    "profile.help": (
        "Các hồ sơ nhập đã lưu: những gì một nguồn tệp cần, dùng bằng --profile TÊN.",
        "Saved import profiles: what one source of files needs, used with --profile NAME.",
    ),
    "profile.save.help": (
        "Lưu tệp hồ sơ nhập vào cơ sở dữ liệu dưới một tên (lưu lại thì thay bản cũ).",
        "Save an import profile file in the database under a name (saving again replaces it).",
    ),
    "profile.list.help": ("Liệt kê các hồ sơ nhập đã lưu.", "List the saved import profiles."),
    "profile.show.help": (
        "In một hồ sơ nhập đã lưu, đúng như tệp đã lưu.",
        "Print a saved import profile, as its file was.",
    ),
    "profile.remove.help": ("Xóa một hồ sơ nhập đã lưu.", "Remove a saved import profile."),
    "profile.arg.name": (
        "Tên hồ sơ (chữ, số, '.', '-', '_').",
        "The profile's name (letters, digits, '.', '-', '_').",
    ),
    "profile.arg.file": ("Tệp hồ sơ nhập (.toml).", "The import profile file (.toml)."),
    "profile.saved": (
        "Đã lưu hồ sơ nhập '{name}' từ {file}.",
        "Saved the import profile '{name}' from {file}.",
    ),
    "profile.replaced": (
        "Đã thay hồ sơ nhập '{name}' bằng {file}.",
        "Replaced the import profile '{name}' with {file}.",
    ),
    "profile.removed": ("Đã xóa hồ sơ nhập '{name}'.", "Removed the import profile '{name}'."),
    "profile.not_found": (
        "Không có hồ sơ nhập '{name}', cũng không có tệp nào tên như vậy; các hồ sơ đã lưu: {names}.",
        "There is no import profile '{name}', nor a file of that name; the saved profiles are: {names}.",
    ),
    "profile.bad_name": (
        "'{name}' không dùng được làm tên hồ sơ: chỉ dùng chữ, số, '.', '-', '_', và không kết thúc bằng .toml.",
        "'{name}' cannot name a profile: use letters, digits, '.', '-' and '_', not ending in .toml.",
    ),
    "profile.no_file": ("Không tìm thấy tệp hồ sơ nhập {path}.", "No such profile file: {path}."),
    "profile.unreadable": (
        "Không đọc được tệp hồ sơ nhập {path}: {reason}.",
        "Cannot read the profile file {path}: {reason}.",
    ),
    "profile.invalid": (
        "Hồ sơ nhập {file} có {count} lỗi; chưa nhập gì:",
        "The import profile {file} has {count} mistakes; nothing was imported:",
    ),
    "profile.other_kind": (
        "Hồ sơ nhập {name} dành cho thidua import {kind}, không phải {wanted}.",
        "The import profile {name} is for thidua import {kind}, not {wanted}.",
    ),
    "profile.where.top": ("hồ sơ nhập", "the profile"),
    "profile.problem.kind": (
        "'kind' = {value} không phải loại nhập nào; các loại: {kinds}",
        "'kind' = {value} is no import kind; the kinds are: {kinds}",
    ),
    "profile.problem.skip_lines": (
        "'skip_lines' = {value} phải là số dòng tiêu đề, từ 0 đến 1000",
        "'skip_lines' = {value} must be a number of title lines, 0 to 1000",
    ),
    "profile.problem.date_format": (
        "'date_format' = {value}: {reason} (ví dụ \"dd/mm/yy HH:MM\")",
        "'date_format' = {value}: {reason} (e.g. \"dd/mm/yy HH:MM\")",
    ),
    "ingest.reason.format_repeats": (
        "'{token}' xuất hiện hai lần",
        "'{token}' appears twice",
    ),
    "ingest.reason.format_incomplete": (
        "cần có ngày (dd), tháng (mm) và năm (yyyy hoặc yy); phút (MM) cần giờ (HH), giây (SS) cần phút",
        "it needs the day (dd), month (mm) and year (yyyy or yy); minutes (MM) need hours (HH), seconds (SS) minutes",
    ),
    "ingest.reason.format_month_first": (
        "tháng đứng trước ngày: ngày tháng không bao giờ được đọc theo kiểu tháng trước",
        "the month comes before the day: dates are never read month first",
    ),
    "profile.title": ("Hồ sơ nhập đã lưu", "Saved import profiles"),
    "profile.col.name": ("Tên", "Name"),
    "profile.col.description": ("Mô tả", "Description"),
    "profile.col.saved_at": ("Lưu lúc", "Saved at"),
    # --- ignored columns ----------------------------------------------------------------------
    "import.ignored_looks_like": (
        "bỏ qua cột '{header}', có vẻ chứa {column}: để dùng, thêm --map {mapping}",
        "ignored the column '{header}', which looks like {column}: to use it, add --map {mapping}",
    ),
    # --- files that are not what they seem --------------------------------------------------
    "ingest.too_many_columns": (
        "{file}, dòng {line}: có hơn {limit} cột (giới hạn của chính Excel); đây không phải tệp xuất dữ liệu.",
        "{file}, line {line}: more than {limit} columns (Excel's own limit); this is no export.",
    ),
}
