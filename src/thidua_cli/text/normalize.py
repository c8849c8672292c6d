"""Text normalisation every layer compares with: Unicode NFC, and the folded form used for matching.

Exports from old Vietnamese Excel write tones as combining marks (cp1258), so the same name may
arrive in two spellings; NFC makes them one. Folding goes further, for matching labels and names
typed without diacritics: ``"Đã trả kết quả"`` and ``"da tra ket qua"`` fold to the same text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")
# "đ" is a letter of its own, not "d" plus a mark, so NFD leaves it alone.
_D_WITH_STROKE = str.maketrans({"đ": "d", "Đ": "d"})


def nfc(text: str) -> str:
    """``text`` in Unicode NFC; the check is far cheaper than normalising text that already is."""
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """``text`` reduced for matching: no diacritics, lower case, letters and digits only."""
    decomposed = unicodedata.normalize("NFD", text.translate(_D_WITH_STROKE).lower())
    return _NOT_LETTER_OR_DIGIT.sub("", decomposed)


@lru_cache(maxsize=4096)
def squeeze(text: str) -> str:
    """Collapse runs of white space, so "Nguyễn  Văn A " and "Nguyễn Văn A" are one officer."""
    return " ".join(text.split())


def person_name(text: str) -> str:
    """A name as every table stores it: NFC, single spaces, so "Lê Văn  Quân" is "Lê Văn Quân"."""
    return squeeze(nfc(text))


def fold_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` folded one by one: ``"Tạm dừng xử lý"`` is ``("tam", "dung", "xu", "ly")``."""
    decomposed = unicodedata.normalize("NFD", text.translate(_D_WITH_STROKE).lower())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return tuple(word for word in _NOT_LETTER_OR_DIGIT.split(bare) if word)
