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
    "meta.mapping": ("TÊN_CHUẨN=TIÊU_ĐỀ", "CANONICAL=HEADER"),
}
