"""Vietnamese alphabetical order: the one sort key of every list of names and units.

Letters follow the Vietnamese alphabet, a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y
(the Latin letters it lacks, f j w z, where Latin puts them). Tones only decide between texts whose
letters are the same, in the order none, huyền, hỏi, ngã, sắc, nặng, read from the left; case comes
last. So "Phạm" comes before "Phan" (m before n) and "Đinh" after every "D". Lists of people are
sorted by given name, the last word of a Vietnamese name, then by the whole name.

``store.db`` registers both orders as SQLite collations (``vi`` and ``vi_name``), so a query sorts
as Python does.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
# A letter's place: its base letter and the mark that makes it another letter (ă â ê ô ơ ư).
_LETTERS = {
    unicodedata.normalize("NFD", letter): rank for rank, letter in enumerate(_ALPHABET, start=1)
}
_SHAPE_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn
# none, huyền, hỏi, ngã, sắc, nặng
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# Spaces and punctuation sort before digits, digits before letters; anything else after them.
_SPACE, _DIGITS, _OTHER = 0, 1, len(_ALPHABET) + 20

SortKey = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], str]


@lru_cache(maxsize=65_536)
def sort_key(text: str) -> SortKey:
    """The key that puts texts in Vietnamese alphabetical order."""
    letters: list[int] = []
    tones: list[int] = []
    cases: list[int] = []
    for char in unicodedata.normalize("NFC", text.strip()):
        decomposed = unicodedata.normalize("NFD", char.lower())
        base, marks = decomposed[:1], decomposed[1:]
        shape = "".join(m for m in marks if m in _SHAPE_MARKS)
        rank = _LETTERS.get(base + shape)
        if rank is not None:
            letters.append(_DIGITS + 10 + rank)
        elif base.isdigit():
            letters.append(_DIGITS + int(base) if base.isascii() else _DIGITS + 9)
        elif base.isspace() or unicodedata.category(base).startswith("P"):
            # Runs of spaces and punctuation count as one separator.
            if letters and letters[-1] == _SPACE:
                continue
            letters.append(_SPACE)
        else:
            letters.append(_OTHER + ord(base))
        tones.append(next((_TONES[m] for m in marks if m in _TONES), 0))
        cases.append(0 if char.islower() or not char.isalpha() else 1)
    # The text itself last: texts the key cannot tell apart still have one order.
    return tuple(letters), tuple(tones), tuple(cases), text


def name_key(name: str) -> tuple[SortKey, SortKey]:
    """A person's name in the order of a list of people: given name (the last word) first."""
    words = name.split()
    return sort_key(words[-1] if words else ""), sort_key(name)


def in_order(texts: list[str]) -> list[str]:
    return sorted(texts, key=sort_key)


def compare(first: str, second: str) -> int:
    """-1, 0 or 1, as a SQLite collation returns it."""
    a, b = sort_key(first), sort_key(second)
    return (a > b) - (a < b)


def compare_names(first: str, second: str) -> int:
    a, b = name_key(first), name_key(second)
    return (a > b) - (a < b)
