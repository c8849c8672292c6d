"""Every option whose value is one of a fixed set, with the words that may be typed for each value.

A value is typed as its English word (what JSON and CSV print) or as the label a table prints,
with or without diacritics (``text/choices.py``): ``--status dang-qua-han``, ``--by don-vi``,
``calendar set 2/9/2021 nghi``.
"""

from __future__ import annotations

from thidua_cli.errors import UsageError
from thidua_cli.reports.exporters import FORMATS
from thidua_cli.state import AppState
from thidua_cli.text.choices import Choices
from thidua_cli.text.help import HELP_LANG

# A dossier's status at a date (reports.dossiers.STATUSES), as the status column labels it.
STATUS = Choices(
    "status",
    ("early", "on_time", "late", "in_time", "overdue", "withdrawn", "not_received", "no_due_date"),
)
# Rows of form 06 (store.queries.FORM06_GROUPS) and of the satisfaction report.
FORM06_BY = Choices("group", ("field", "unit", "officer", "procedure"))
SATISFACTION_BY = Choices(
    "group",
    ("officer", "unit", "procedure", "channel", "question"),
    also={"question": ("tiêu chí", "criterion")},
)
DAY_KIND = Choices(
    "calendar.kind",
    ("off", "work"),
    also={"off": ("nghỉ", "ngày nghỉ"), "work": ("làm", "làm việc", "ngày làm việc")},
)
OUTCOME = Choices(
    "complaint.outcome",
    ("upheld", "dismissed", "pending"),
    also={"upheld": ("có cơ sở", "đúng"), "dismissed": ("không có cơ sở", "sai")},
)
INITIATIVE_STATUS = Choices(
    "initiative.status",
    ("registered", "under_review", "recognized", "rejected"),
    also={"recognized": ("được công nhận", "công nhận", "recognised")},
)
SUPPLEMENT_POLICY = Choices(
    "config.policy",
    ("restart", "extend"),
    also={"restart": ("tính lại",), "extend": ("cộng thêm",)},
)
# --headers: a CSV's first row, the JSON keys (the default) or the labels in a language.
CSV_HEADERS = Choices(
    "csv.headers",
    ("keys", "vi", "en"),
    also={"keys": ("khóa",), "vi": ("vi", "việt"), "en": ("en", "anh")},
)
# --format: the terminal table is "bảng" too; the others are the names of file types.
FORMAT = Choices("format", FORMATS, also={"table": ("bảng",)})
# The vocabularies an office teaches labels to (ingest.vocab.VOCABULARIES), named as a clerk
# reads them: `thidua vocab add kenh-nop "Qua Zalo" online`.
VOCABULARY = Choices(
    "vocab.name", ("status", "channel", "rating", "outcome", "active", "initiative_status")
)
# The settings of `thidua config set` whose value is a choice (store.reference.SETTINGS).
SETTING_VALUES = {"supplement_policy": SUPPLEMENT_POLICY}


def allowed(choices: Choices, separator: str = ", ") -> str:
    """The values for --help, in the help's language."""
    return choices.listed(HELP_LANG, separator)


def shown(choices: Choices, key: str) -> str:
    """One value for --help (a default), in the help's language."""
    return choices.shown(key, HELP_LANG)


def chosen(app_state: AppState, choices: Choices, typed: str, error: str) -> str:
    """The value ``typed`` names; else the usage error ``error`` listing the values to type."""
    key = choices.read(typed)
    if key is None:
        raise UsageError(error, value=typed, allowed=choices.listed(app_state.lang))
    return key
