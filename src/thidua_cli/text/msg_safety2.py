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
}
