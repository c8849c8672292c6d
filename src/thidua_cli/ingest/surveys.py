"""The survey row checker: one satisfaction answer in, the values the store keeps out.

An answer is keyed by the file's id column when there is one, else by a digest of its dossier
code, date, officer (as written, spaces squeezed), rating and comment. Two answers identical in all
of these within one file are two citizens who said the same thing the same day (kiosks often
record no dossier code), so the second one's key also counts its repetition: both are kept, and
importing the file again still finds the same keys.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from thidua_cli.ingest import vocab
from thidua_cli.ingest.dates import DateParser
from thidua_cli.ingest.dossiers import squeeze
from thidua_cli.ingest.rows import RowChecker

FIELDS: tuple[str, ...] = (
    "survey_key",
    "dossier_code",
    "officer",
    "unit",
    "answered_on",
    "rating",
    "comment",
    "import_line",
)

People = Callable[[str], tuple[str | None, str | None] | None]


def survey_key(
    dossier_code: str | None,
    answered_on: str,
    officer: str | None,
    rating: int,
    comment: str | None,
) -> str:
    text = "\x1f".join((dossier_code or "", answered_on, officer or "", str(rating), comment or ""))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


class SurveyBuilder:
    """Builds one answer's values; ``people`` gives a dossier's officer and unit by its code."""

    def __init__(self, people: People, scale: int = 5) -> None:
        self.dates = DateParser()
        self.people = people
        self.scale = scale
        # What the import reports afterwards, as warnings.
        self.unknown_dossiers = 0
        self.without_officer = 0
        self.repeated = 0
        self._seen: dict[str, int] = {}

    def _rating(self, value: object) -> int:
        return vocab.rating(value, self.scale)

    def __call__(self, c: RowChecker) -> tuple[Any, ...] | None:
        answered = c.convert("date", self.dates, required=True)
        rating = c.convert("rating", self._rating, required=True)
        if c.errors or answered is None or rating is None:
            return None
        answered_on = answered[:10]
        code = c.text("dossier_code")
        written = c.text("officer")
        officer = squeeze(written) if written else None
        raw_comment = c.text("comment")
        comment = " ".join(raw_comment.split()) if raw_comment else None
        unit = None
        if code is not None:
            found = self.people(code)
            if found is None:
                self.unknown_dossiers += 1
            else:
                officer = officer or found[0]
                unit = found[1]
        if officer is None:
            self.without_officer += 1
        identity = c.text("id")
        if identity is not None:
            key = "id:" + identity
        else:
            key = survey_key(
                code, answered_on, squeeze(written) if written else None, rating, comment
            )
            times = self._seen.get(key, 0)
            self._seen[key] = times + 1
            if times:
                self.repeated += 1
                key = survey_key(key, answered_on, str(times + 1), rating, comment)
        return (key, code, officer, unit, answered_on, rating, comment, c.line)
