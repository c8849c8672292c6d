"""The words a user may type for a value with a fixed set of choices (a status, a grouping, ...).

Each value is named by its English word (what JSON and CSV print), its label in either language
(what tables print: ``overdue`` is "Đang quá hạn"), and any other words given; typed with or
without diacritics, in any case, with spaces, hyphens or underscores: ``dang-qua-han``,
``"đang quá hạn"``, ``Đang Quá Hạn`` and ``overdue`` all say overdue. What a table prints can
therefore always be typed back.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from thidua_cli.text.messages import text
from thidua_cli.text.normalize import fold

_SEPARATORS = re.compile(r"[^0-9a-z]+")


def slug(label: str) -> str:
    """A label as it is easiest to type in a shell: ``"Đang quá hạn"`` → ``dang-qua-han``."""
    ascii_words = _SEPARATORS.sub("-", " ".join(fold(word) for word in label.split()))
    return ascii_words.strip("-")


@dataclass(frozen=True)
class Choices:
    """The values of one option: ``keys`` (English words), labelled by ``{labels}.{key}``."""

    labels: str  # catalogue prefix of the labels, e.g. "status" for "status.overdue"
    keys: tuple[str, ...]
    # More words for a value (synonyms); the first is the one --help shows in Vietnamese.
    also: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def label(self, key: str, lang: str) -> str:
        return text(f"{self.labels}.{key}", lang)

    def words(self, key: str) -> set[str]:
        """Every folded form that names ``key``."""
        names = [key, self.label(key, "vi"), self.label(key, "en"), *self.also.get(key, ())]
        return {fold(name) for name in names}

    def read(self, typed: str) -> str | None:
        """The value ``typed`` names, or None."""
        wanted = fold(typed)
        for key in self.keys:
            if wanted in self.words(key):
                return key
        return None

    def shown(self, key: str, lang: str) -> str:
        """The word --help shows for ``key``: a Vietnamese one without diacritics, or English."""
        if lang == "en":
            return key
        return slug(self.also[key][0] if key in self.also else self.label(key, "vi"))

    def listed(self, lang: str, separator: str = ", ") -> str:
        return separator.join(self.shown(key, lang) for key in self.keys)
