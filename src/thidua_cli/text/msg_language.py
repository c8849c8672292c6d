"""Messages of the language of the frame: names of values in usage lines and help."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- names of the values an option or argument takes, as --help and usage lines show them ---
    "meta.options": ("[TÙY_CHỌN]", "[OPTIONS]"),
    "meta.command": ("LỆNH [ĐỐI_SỐ]...", "COMMAND [ARGS]..."),
    "meta.file": ("TỆP", "FILE"),
    "meta.dir": ("THƯ_MỤC", "DIR"),
    "meta.text": ("CHỮ", "TEXT"),
    "meta.number": ("SỐ", "NUMBER"),
    "meta.seconds": ("GIÂY", "SECONDS"),
    "meta.format": ("ĐỊNH_DẠNG", "FORMAT"),
    "meta.mapping": ("TÊN_CHUẨN=TIÊU_ĐỀ", "CANONICAL=HEADER"),
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
}
