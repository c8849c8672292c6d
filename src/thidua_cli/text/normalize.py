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


# Unicode's format characters (category Cf, Unicode 14): invisible, yet they make two texts
# differ. Exports carry them: a byte-order mark left inside a cell by a concatenated file, a
# zero-width space or joiner pasted from a web page, a direction mark. "B-1" and "\ufeffB-1" must
# be one dossier. tests/text check this list against the running Python's unicodedata.
INVISIBLE_RANGES = (
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x13438),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
)
_INVISIBLE = re.compile(
    "[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in INVISIBLE_RANGES) + "]"
)


def visible(text: str) -> str:
    """``text`` without its invisible format characters (BOM, zero-width space and joiners,
    direction marks, soft hyphen...). ASCII text has none: returned as it is, at no cost."""
    if text.isascii():
        return text
    return _INVISIBLE.sub("", text)


def code_of(text: str) -> str:
    """A code (a dossier's, a procedure's) as every table stores and compares it: NFC, no
    invisible characters, trimmed."""
    if text.isascii():
        return text.strip()
    return visible(nfc(text)).strip()


def trimmed(text: str) -> str:
    """A free text as stored: no invisible characters, trimmed (its spacing kept)."""
    return visible(text).strip()


@lru_cache(maxsize=4096)
def squeeze(text: str) -> str:
    """Collapse runs of white space, so "Nguyễn  Văn A " and "Nguyễn Văn A" are one officer."""
    return " ".join(text.split())


def person_name(text: str) -> str:
    """A name as every table stores it and every command compares it: NFC, no invisible
    characters, single spaces, so "Lê Văn  Quân" and "Lê Văn\u200b Quân" are "Lê Văn Quân"."""
    return squeeze(visible(nfc(text)))


def fold_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` folded one by one: ``"Tạm dừng xử lý"`` is ``("tam", "dung", "xu", "ly")``."""
    decomposed = unicodedata.normalize("NFD", text.translate(_D_WITH_STROKE).lower())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return tuple(word for word in _NOT_LETTER_OR_DIGIT.split(bare) if word)
