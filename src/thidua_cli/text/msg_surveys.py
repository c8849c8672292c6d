"""Messages of survey questions and of enrolment by school year."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "group.question": ("Câu hỏi", "Question"),
    "satisfaction.group.question": ("Câu hỏi", "Question"),
}
