"""The vocabularies of one-stop exports, read into the program's English words.

Exports spell the same label many ways (with or without diacritics, national codes, local wording), so
every parser compares folded text. Each parser is memoised: an export of a million dossiers repeats a
handful of distinct labels, and the row checker calls these once per cell.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from thidua_cli.errors import UsageError
from thidua_cli.text.choices import Choices
from thidua_cli.text.normalize import fold, fold_words

_CACHE_SIZE = 4096


class FieldError(ValueError):
    """One cell's value cannot be read; ``key`` names the reason in the message catalogue."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def _as_text(value: object) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


_WHOLE_NUMBER = re.compile(r"\s*([0-9]{1,3})(?:[.,]0+)?\s*")
_CODE_AND_LABEL = re.compile(r"\s*[0-9]{1,2}\s*[-.:)/]\s*(\S.*)", re.DOTALL)


def _small_number(value: object) -> int | None:
    """A code such as ``4``; Excel hands numbers over as ``4.0``, which must not fold to ``40``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if math.isfinite(value) and value.is_integer() else None
    match = _WHOLE_NUMBER.fullmatch(_as_text(value))
    return int(match.group(1)) if match else None


def _label_after_code(text: str) -> str | None:
    """The label of a "4 - Đang xử lý" style value, where software prints the code beside it."""
    match = _CODE_AND_LABEL.fullmatch(text)
    return fold(match.group(1)) if match else None


def label_key(label: str) -> str:
    """How a label is compared: folded (case, diacritics, spacing and punctuation aside)."""
    return fold(label)


def label_keys(cell: str) -> tuple[str, ...]:
    """The keys a cell's label may be known by: itself, and the label after a code ("8 - Dừng
    xử lý" is also "Dừng xử lý")."""
    after = _label_after_code(cell)
    return (fold(cell), after) if after else (fold(cell),)


def _table(pairs: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Invert ``{word: (labels...)}`` into ``{folded label: word}``."""
    table: dict[str, str] = {}
    for word, labels in pairs.items():
        for label in labels:
            folded = fold(label)
            if table.setdefault(folded, word) != word:
                raise RuntimeError(f"label {label!r} means two things")
    return table


# --- channel ----------------------------------------------------------------------------------

_CHANNEL_CODES = {1: "direct", 2: "online", 3: "postal"}

# Phrases, not whole labels: channel labels are free wording around a few telling words, matched
# folded anywhere in the label. Sources in docs/vocabularies.md. Service levels 1 and 2 say
# nothing of how the dossier came (in person or by post), so they are not here.
CHANNEL_PHRASES: dict[str, tuple[str, ...]] = {
    "online": (
        "trực tuyến",
        "online",
        "mức độ 3",
        "mức độ 4",
        "mức 3",
        "mức 4",
        "toàn trình",
        "một phần",
        "DVCTT",
        "DVCQG",
        "cổng dịch vụ công",
        "dịch vụ công quốc gia",
        "qua mạng",
        "internet",
    ),
    "postal": ("bưu chính", "bưu điện", "BCCI", "VNPost", "post"),
    "direct": (
        "trực tiếp",
        "không trực tuyến",
        "direct",
        "in person",
        "tại quầy",
        "bộ phận một cửa",
        "bộ phận tiếp nhận",
        "hồ sơ giấy",
        "offline",
    ),
}
_CHANNEL_KEYWORDS: tuple[tuple[str, str], ...] = tuple(
    (fold(phrase), word) for word, phrases in CHANNEL_PHRASES.items() for phrase in phrases
)


@lru_cache(maxsize=_CACHE_SIZE)
def channel(value: object) -> str:
    """``direct``, ``online`` or ``postal`` for a code (1, 2, 3) or a label in any wording.

    When a label names two channels ("Nộp trực tuyến, nhận kết quả qua bưu chính") the first one
    named wins: exports put the submission channel first.
    """
    code = _small_number(value)
    if code is not None:
        if code in _CHANNEL_CODES:
            return _CHANNEL_CODES[code]
        raise FieldError("ingest.reason.bad_channel")
    folded = fold(_as_text(value))
    if not folded:
        raise FieldError("ingest.reason.empty")
    found: tuple[int, int, str] | None = None
    for keyword, word in _CHANNEL_KEYWORDS:
        at = folded.find(keyword)
        # The first phrase named wins; of two starting at one place, the longer ("không trực
        # tuyến" over "trực tuyến" would not start there, but "mức độ 3" and "mức 3" may).
        if at >= 0 and (found is None or (at, -len(keyword)) < (found[0], found[1])):
            found = (at, -len(keyword), word)
    if found is None:
        raise FieldError("ingest.reason.bad_channel")
    return found[2]


# --- dossier status -----------------------------------------------------------------------------

_STATUS_CODES = {
    1: "received",
    2: "received",
    3: "not_received",
    4: "processing",
    5: "waiting_supplement",
    6: "waiting_payment",
    7: "withdrawn",
    8: "stopped",
    9: "finished",
    10: "returned",
}

# The national portal's labels (codes 1–10), the forms of Thông tư 01/2018/TT-VPCP, and the wording
# of provincial one-stop software; sources in docs/vocabularies.md.
STATUS_LABELS: dict[str, tuple[str, ...]] = {
    "received": (
        "received",
        "new",
        "Mới đăng ký",
        "Được tiếp nhận",
        "Đã tiếp nhận",
        "Mới tiếp nhận",
        "Tiếp nhận",
        "Chờ tiếp nhận",
        "Hồ sơ mới",
        "Mới nộp",
        "Đã nộp",
        "Chờ phân công",
        "Chờ thụ lý",
    ),
    "not_received": (
        "not_received",
        "not received",
        "Không được tiếp nhận",
        "Không tiếp nhận",
        "Từ chối tiếp nhận",
        "Từ chối tiếp nhận hồ sơ",
        "Từ chối nhận hồ sơ",
        "Không đủ điều kiện tiếp nhận",
    ),
    "processing": (
        "processing",
        "in progress",
        "in_progress",
        "Đang xử lý",
        "Đang giải quyết",
        "Đang thụ lý",
        "Chờ ký duyệt",
        "Chờ phê duyệt",
        "Chờ duyệt",
        "Đang thẩm định",
        "Chờ xử lý",
        "Chuyển xử lý",
        "Đang chuyển xử lý",
        "Đang trình ký",
        "Chờ ký",
        "Trình lãnh đạo",
        "Chờ lãnh đạo duyệt",
    ),
    "waiting_supplement": (
        "waiting_supplement",
        "waiting supplement",
        "Yêu cầu bổ sung giấy tờ",
        "Yêu cầu bổ sung",
        "Yêu cầu bổ sung hồ sơ",
        "Yêu cầu bổ sung, hoàn thiện hồ sơ",
        "Chờ bổ sung hồ sơ",
        "Chờ bổ sung",
        "Đang chờ bổ sung",
        "Đang chờ bổ sung hồ sơ",
        "Bổ sung hồ sơ",
        "Chờ công dân bổ sung",
    ),
    "waiting_payment": (
        "waiting_payment",
        "waiting payment",
        "Yêu cầu thực hiện nghĩa vụ tài chính",
        "Chờ thực hiện nghĩa vụ tài chính",
        "Chờ nộp phí",
        "Chờ nộp lệ phí",
        "Chờ thanh toán",
        "Chờ thanh toán phí, lệ phí",
    ),
    "withdrawn": (
        "withdrawn",
        "cancelled",
        "canceled",
        "Công dân yêu cầu rút hồ sơ",
        "Công dân rút hồ sơ",
        "Đã rút hồ sơ",
        "Rút hồ sơ",
        "Đã rút",
        "Đã hủy",
        "Hủy hồ sơ",
    ),
    "stopped": (
        "stopped",
        "refused",
        "rejected",
        "Dừng xử lý",
        "Đã dừng xử lý",
        "Tạm dừng xử lý",
        "Tạm dừng",
        "Dừng giải quyết",
        "Từ chối giải quyết",
        "Từ chối",
        "Trả lại hồ sơ",
        "Không giải quyết",
    ),
    "finished": (
        "finished",
        "done",
        "completed",
        "Đã xử lý xong",
        "Đã xử lý",
        "Đã có kết quả",
        "Có kết quả",
        "Đã giải quyết",
        "Đã giải quyết xong",
        "Hoàn thành",
        "Đã hoàn thành",
        "Hoàn thành xử lý",
        "Chờ trả kết quả",
    ),
    "returned": (
        "returned",
        "Đã trả kết quả",
        "Đã trả",
        "Trả kết quả",
        "Đã trả kết quả cho công dân",
        "Đã nhận kết quả",
    ),
}
_STATUS_LABELS = _table(STATUS_LABELS)


@lru_cache(maxsize=_CACHE_SIZE)
def status(value: object) -> str:
    """A dossier status word for a national code (1–10), a national or local label, or English."""
    code = _small_number(value)
    if code is not None:
        if code in _STATUS_CODES:
            return _STATUS_CODES[code]
        raise FieldError("ingest.reason.bad_status")
    text = _as_text(value)
    folded = fold(text)
    if not folded:
        raise FieldError("ingest.reason.empty")
    word = _STATUS_LABELS.get(folded)
    if word is None:
        label = _label_after_code(text)
        word = _STATUS_LABELS.get(label) if label else None
    if word is None:
        raise FieldError("ingest.reason.bad_status")
    return word


# --- satisfaction rating ------------------------------------------------------------------------

RATING_LEVELS = {
    "very_satisfied": 5,
    "satisfied": 4,
    "neutral": 3,
    "dissatisfied": 2,
    "very_dissatisfied": 1,
}
RATING_LABELS: dict[int, tuple[str, ...]] = {
    5: ("Rất hài lòng", "very_satisfied", "very satisfied", "rat_hai_long"),
    4: ("Hài lòng", "satisfied", "hai_long"),
    3: ("Bình thường", "neutral", "binh_thuong"),
    2: (
        "Không hài lòng",
        "Chưa hài lòng",
        "dissatisfied",
        "unsatisfied",
        "khong_hai_long",
    ),
    1: (
        "Rất không hài lòng",
        "very_dissatisfied",
        "very dissatisfied",
        "very unsatisfied",
        "rat_khong_hai_long",
    ),
}
_RATING_LABELS: dict[str, int] = {
    fold(label): level for level, labels in RATING_LABELS.items() for label in labels
}

# A shorter scale's digits, placed on the five-level scale (5 best).
_RATING_SCALES: dict[int, dict[int, int]] = {
    5: {1: 1, 2: 2, 3: 3, 4: 4, 5: 5},
    4: {1: 1, 2: 2, 3: 4, 4: 5},
    3: {1: 2, 2: 3, 3: 4},
}


@lru_cache(maxsize=_CACHE_SIZE)
def rating(value: object, scale: int = 5) -> int:
    """A rating 1..5 (5 best) from a label, or from a digit on a ``scale`` of 3, 4 or 5 levels.

    Labels are matched whole, so "Không hài lòng" never reads as "Hài lòng".
    """
    levels = _RATING_SCALES.get(scale)
    if levels is None:
        raise UsageError("ingest.bad_scale", value=scale)
    digit = _small_number(value)
    if digit is not None:
        if digit in levels:
            return levels[digit]
        raise FieldError("ingest.reason.rating_out_of_scale", scale=scale)
    text = _as_text(value)
    folded = fold(text)
    if not folded:
        raise FieldError("ingest.reason.empty")
    level = _RATING_LABELS.get(folded)
    if level is None:
        label = _label_after_code(text)
        level = _RATING_LABELS.get(label) if label else None
    if level is None:
        raise FieldError("ingest.reason.bad_rating")
    return level


# --- complaint outcome, initiative status, staff role -------------------------------------------

OUTCOME_LABELS: dict[str, tuple[str, ...]] = {
    "upheld": (
        "upheld",
        "Có cơ sở",
        "Đúng",
        "Đúng một phần",
        "Có cơ sở một phần",
        "Phản ánh đúng",
    ),
    "dismissed": (
        "dismissed",
        "Không có cơ sở",
        "Sai",
        "Không đúng",
        "Phản ánh sai",
        "Phản ánh không đúng",
    ),
    "pending": (
        "pending",
        "Đang xác minh",
        "Đang xử lý",
        "Chờ xác minh",
        "Chưa xác minh",
    ),
}
_OUTCOMES = _table(OUTCOME_LABELS)


@lru_cache(maxsize=_CACHE_SIZE)
def outcome(value: object) -> str:
    """``upheld``, ``dismissed`` or ``pending`` for a complaint's verification result."""
    folded = fold(_as_text(value))
    if not folded:
        return "pending"
    word = _OUTCOMES.get(folded)
    if word is None:
        raise FieldError("ingest.reason.bad_outcome")
    return word


INITIATIVE_STATUS_LABELS: dict[str, tuple[str, ...]] = {
    "registered": ("registered", "Đăng ký", "Đã đăng ký", "Mới đăng ký"),
    "under_review": (
        "under_review",
        "under review",
        "Đang thẩm định",
        "Đang xét",
        "Đang xét duyệt",
        "Chờ thẩm định",
    ),
    "recognized": (
        "recognized",
        "recognised",
        "Được công nhận",
        "Công nhận",
        "Đã công nhận",
        "Đã được công nhận",
    ),
    "rejected": (
        "rejected",
        "not recognized",
        "not recognised",
        "Không công nhận",
        "Không được công nhận",
    ),
}
_INITIATIVE_STATUSES = _table(INITIATIVE_STATUS_LABELS)


@lru_cache(maxsize=_CACHE_SIZE)
def initiative_status(value: object) -> str:
    """``registered``, ``under_review``, ``recognized`` or ``rejected``; empty means registered."""
    folded = fold(_as_text(value))
    if not folded:
        return "registered"
    word = _INITIATIVE_STATUSES.get(folded)
    if word is None:
        raise FieldError("ingest.reason.bad_initiative_status")
    return word


# Titles run on ("Trưởng phòng Giáo dục và Đào tạo"), so roles go by how the folded title starts.
# Deputies first: "Phó trưởng phòng" also contains "trưởng".
_DEPUTY_PREFIXES = ("photruong", "phogiamdoc", "phochanh", "topho", "deputy", "vice")
_HEAD_PREFIXES = ("truong", "totruong", "giamdoc", "chanhvanphong", "thutruong", "head", "chief")
_STAFF_PREFIXES = (
    "chuyenvien",
    "canbo",
    "nhanvien",
    "congchuc",
    "vienchuc",
    "giaovien",
    "ketoan",
    "vanthu",
    "hopdong",
    "staff",
    "officer",
    "clerk",
)


@lru_cache(maxsize=_CACHE_SIZE)
def role(value: object) -> str:
    """``head``, ``deputy`` or ``staff`` for a job title; empty means staff."""
    folded = fold(_as_text(value))
    if not folded:
        return "staff"
    # "Phó" alone, or "Phó phòng", but not "Phòng ..." which starts with the same letters.
    if folded.startswith(_DEPUTY_PREFIXES) or (
        folded.startswith("pho") and not folded.startswith("phong")
    ):
        return "deputy"
    if folded.startswith(_HEAD_PREFIXES):
        return "head"
    if folded.startswith(_STAFF_PREFIXES):
        return "staff"
    raise FieldError("ingest.reason.bad_role")


YES_NO_LABELS: dict[str, tuple[str, ...]] = {
    "yes": ("có", "x", "1", "yes", "y", "true", "đã gửi", "có gửi", "ok"),
    "no": ("không", "0", "no", "n", "false", "chưa gửi", "không gửi", "chưa"),
}
_YES_NO = {fold(label): word == "yes" for word, labels in YES_NO_LABELS.items() for label in labels}
_TICKS = frozenset("xX✓✔☑√")
_DASHES = frozenset("-–—")


@lru_cache(maxsize=_CACHE_SIZE)
def yes_no(value: object) -> bool:
    """True for có / x / 1 / yes / true / đã gửi, False for không / empty / 0 / no / false."""
    if isinstance(value, bool):
        return value
    number = _small_number(value)
    if number is not None:
        if number in (0, 1):
            return number == 1
        raise FieldError("ingest.reason.bad_yes_no")
    text = _as_text(value).strip()
    if not text or text in _DASHES:
        return False
    if text in _TICKS:
        return True
    answer = _YES_NO.get(fold(text))
    if answer is None:
        raise FieldError("ingest.reason.bad_yes_no")
    return answer


_PLAIN_DIGITS = re.compile(r"[0-9]+")
_THOUSANDS = re.compile(r"[0-9]{1,3}(?:([.,\s])[0-9]{3})(?:\1[0-9]{3})*")
_WHOLE_DECIMAL = re.compile(r"([0-9]+)[.,]0+")


def integer(value: object) -> int:
    """A non-negative whole number; "1.234" and "1,234" are thousands, as Vietnamese Excel writes."""
    if isinstance(value, bool):
        raise FieldError("ingest.reason.bad_integer")
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if not (math.isfinite(value) and value.is_integer()):
            raise FieldError("ingest.reason.bad_integer")
        number = int(value)
    else:
        text = _as_text(value).strip().replace("\u00a0", " ")
        negative = text.startswith("-")
        digits = text[1:].lstrip() if negative else text
        if _PLAIN_DIGITS.fullmatch(digits):
            number = int(digits)
        elif _THOUSANDS.fullmatch(digits):
            number = int(re.sub(r"[^0-9]", "", digits))
        elif match := _WHOLE_DECIMAL.fullmatch(digits):
            number = int(match.group(1))
        else:
            raise FieldError("ingest.reason.bad_integer")
        if negative:
            number = -number
    if number < 0:
        raise FieldError("ingest.reason.negative")
    return number


# --- the vocabularies an office may teach ----------------------------------------------------


def _same(word: str) -> Any:
    return word


@dataclass(frozen=True, eq=False)
class Vocabulary:
    """A closed set of the program's words that a file's labels are read into.

    ``parse`` is the built-in reading (national codes, the labels of docs/vocabularies.md, and
    for channels the phrases found anywhere in a label); an office teaches it more labels with
    ``thidua vocab add``, and a profile may too, for one import. ``value`` turns a word into
    what the builder keeps (a rating's level, a flag's truth).
    """

    name: str
    words: tuple[str, ...]
    parse: Callable[..., Any]
    # The FieldError key of a label the vocabulary does not know.
    unknown: str
    # The built-in labels, word -> labels as written (for listing and for suggestions).
    labels: Mapping[str, tuple[str, ...]]
    value: Callable[[str], Any] = _same
    # The catalogue prefix of each word's label ("export.channel": online is "Trực tuyến").
    word_labels: str = ""

    def choices(self) -> Choices:
        """The words as a clerk reads and types them: ``truc-tuyen``, "Trực tuyến" or ``online``
        all name online; JSON, CSV and the database keep the word itself."""
        return Choices(self.word_labels, self.words)

    def reader(
        self, taught: Mapping[str, str], parse: Callable[[Any], Any] | None = None
    ) -> Callable[[Any], Any]:
        """The reading of a cell: ``taught`` labels (folded label -> word) first, then ``parse``
        (the built-in one unless given, e.g. a rating on another scale)."""
        builtin = parse or self.parse
        if not taught:
            return builtin
        values = {label: self.value(word) for label, word in taught.items()}

        def read(cell: Any) -> Any:
            if isinstance(cell, str):
                for key in label_keys(cell):
                    if key in values:
                        return values[key]
            return builtin(cell)

        return lru_cache(maxsize=_CACHE_SIZE)(read)

    def suggest(self, label: str) -> str | None:
        """The word whose built-in labels are most like ``label``, when one is enough alike.

        Only a suggestion for the clerk to check (the import never guesses). Labels are compared
        by their words, each weighing more the fewer built-in labels use it: "hồ sơ" or "chờ" say
        little, "thẩm định" or "dừng" a lot.
        """
        wanted = set(fold_words(label))
        if not wanted:
            return None
        weight = _word_weights(self)
        best: tuple[float, str] | None = None
        for word, labels in self.labels.items():
            for known in labels:
                words = set(fold_words(known))
                common = wanted & words
                if not common:
                    continue
                score = sum(weight.get(w, _RARE) for w in common) / sum(
                    weight.get(w, _RARE) for w in wanted | words
                )
                if best is None or score > best[0]:
                    best = (score, word)
        return best[1] if best is not None and best[0] >= _SUGGEST_FROM else None


@lru_cache(maxsize=16)
def _word_weights(vocabulary: Vocabulary) -> dict[str, float]:
    labels = [set(fold_words(known)) for known in _all_labels(vocabulary)]
    counts: dict[str, int] = {}
    for words in labels:
        for word in words:
            counts[word] = counts.get(word, 0) + 1
    return {word: math.log(1 + len(labels) / count) for word, count in counts.items()}


def _all_labels(vocabulary: Vocabulary) -> list[str]:
    return [known for labels in vocabulary.labels.values() for known in labels]


# A word no built-in label uses weighs as much as the rarest one; a suggestion needs the words in
# common to weigh 40% of all the words of both labels.
_RARE = math.log(1 + 200)
_SUGGEST_FROM = 0.4


def _rating_level(word: str) -> int:
    return RATING_LEVELS[word]


def _truth(word: str) -> bool:
    return word == "yes"


_RATING_WORDS = {word: RATING_LABELS[level] for word, level in RATING_LEVELS.items()}

VOCABULARIES: dict[str, Vocabulary] = {
    vocabulary.name: vocabulary
    for vocabulary in (
        Vocabulary(
            "status",
            tuple(STATUS_LABELS),
            status,
            "ingest.reason.bad_status",
            STATUS_LABELS,
            word_labels="vocab.word.status",
        ),
        Vocabulary(
            "channel",
            tuple(CHANNEL_PHRASES),
            channel,
            "ingest.reason.bad_channel",
            CHANNEL_PHRASES,
            word_labels="export.channel",
        ),
        Vocabulary(
            "rating",
            tuple(RATING_LEVELS),
            rating,
            "ingest.reason.bad_rating",
            _RATING_WORDS,
            _rating_level,
            word_labels="satisfaction.level",
        ),
        Vocabulary(
            "outcome",
            tuple(OUTCOME_LABELS),
            outcome,
            "ingest.reason.bad_outcome",
            OUTCOME_LABELS,
            word_labels="complaint.outcome",
        ),
        Vocabulary(
            "active",
            tuple(YES_NO_LABELS),
            yes_no,
            "ingest.reason.bad_yes_no",
            YES_NO_LABELS,
            _truth,
            word_labels="vocab.word.active",
        ),
        Vocabulary(
            "initiative_status",
            tuple(INITIATIVE_STATUS_LABELS),
            initiative_status,
            "ingest.reason.bad_initiative_status",
            INITIATIVE_STATUS_LABELS,
            word_labels="initiative.status",
        ),
    )
}
