"""Words people read for the program's own names: the words of the vocabularies an office teaches
labels to, and the extra files of the monthly batch.

The words of a complaint's outcome, a rating and an initiative's status have their labels where
their reports print them (``complaint.outcome``, ``satisfaction.level``, ``initiative.status``),
a channel's where the exports print it (``export.channel``).
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # A dossier's status in the one-stop software (docs/vocabularies.md), not its status at a date.
    "vocab.word.status.received": ("Đã tiếp nhận", "Received"),
    "vocab.word.status.not_received": ("Không được tiếp nhận", "Not received"),
    "vocab.word.status.processing": ("Đang xử lý", "Processing"),
    "vocab.word.status.waiting_supplement": ("Chờ bổ sung", "Waiting for a supplement"),
    "vocab.word.status.waiting_payment": ("Chờ nộp phí", "Waiting for payment"),
    "vocab.word.status.withdrawn": ("Đã rút", "Withdrawn"),
    "vocab.word.status.stopped": ("Dừng xử lý", "Stopped"),
    "vocab.word.status.finished": ("Đã xử lý xong", "Finished"),
    "vocab.word.status.returned": ("Đã trả kết quả", "Returned"),
    # Whether a member of staff is still working.
    "vocab.word.active.yes": ("Đang làm việc", "Active"),
    "vocab.word.active.no": ("Đã nghỉ", "Left"),
    # The monthly batch's list of files: a report's extra CSV, named apart from its own CSV.
    "monthly.extra.awards.candidates": (
        "Đề xuất khen thưởng: căn cứ từng ứng viên",
        "Award candidates: the evidence for each",
    ),
    "monthly.extra.form06.without_deadline": (
        "Biểu 06: hồ sơ chưa xác định được thời hạn",
        "Form 06: dossiers without a known deadline",
    ),
}
