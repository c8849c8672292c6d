"""Satisfaction surveys: one citizen's answer per row, on a scale of 5, 4 or 3 levels.

An answer is keyed by the file's id column when there is one, else by a digest of its dossier
code, date, officer (as written, spaces squeezed), rating and comment. Two answers identical in all
of these within one file are two citizens who said the same thing the same day (kiosks often
record no dossier code), so the second one's key also counts its repetition: both are kept, and
importing the file again still finds the same keys.
"""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Callable
from functools import partial
from typing import Any

from thidua_cli.importing.kind import ImportKind, KindOption, Run, Values, VocabColumn
from thidua_cli.importing.upkeep import warn_officers_not_on_roster
from thidua_cli.ingest import vocab
from thidua_cli.ingest.dates import DateParser
from thidua_cli.ingest.headers import TableSpec, column
from thidua_cli.ingest.rows import RowChecker, cell_picker
from thidua_cli.ingest.vocab import FieldError
from thidua_cli.text.normalize import code_of, person_name

COLUMNS = TableSpec(
    "surveys",
    (
        column("id", "Mã đánh giá", "ID", "survey id"),
        column("dossier_code", "Mã hồ sơ", "MaHoSo", "Số hồ sơ", "Mã HS"),
        column("officer", "Cán bộ", "Cán bộ được đánh giá"),
        column("date", "Ngày đánh giá", required=True, looks="date"),
        column(
            "rating",
            "Mức độ hài lòng",
            "Đánh giá",
            "Kết quả đánh giá",
            "Mức độ",
            required=True,
            looks="rating",
        ),
        column("comment", "Góp ý", "Ý kiến", "Ý kiến góp ý"),
    ),
)

# The order of the values the builder gives. The officer is as the file writes it; the store fills
# in the dossier's officer when there is none, and the dossier's unit (``DERIVED``).
FIELDS: tuple[str, ...] = (
    "survey_key",
    "dossier_code",
    "officer_written",
    "answered_on",
    "rating",
    "rating_raw",
    "comment",
    "import_line",
)


# An answer without an officer belongs to its dossier's officer; its unit is the dossier's.
# Looked up by the store in the same statement, rather than by one query per answer.
DERIVED: tuple[tuple[str, str], ...] = (
    (
        "officer",
        "coalesce({officer_written}, "
        "(SELECT d.officer FROM dossiers d WHERE d.code = {dossier_code}))",
    ),
    ("unit", "(SELECT d.unit FROM dossiers d WHERE d.code = {dossier_code})"),
)


def survey_key(
    dossier_code: str | None,
    answered_on: str,
    officer: str | None,
    rating: int,
    comment: str | None,
) -> str:
    text = "\x1f".join((dossier_code or "", answered_on, officer or "", str(rating), comment or ""))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


class _Fingerprints:
    """The 64-bit fingerprints of the keys met in one file, 16 bytes each.

    A Python set would spend some 50 bytes per answer; a file of a few hundred thousand answers
    must stay within a small, flat memory. Open addressing in a flat array, three quarters full
    at most.
    """

    def __init__(self) -> None:
        self._slots = array("Q", bytes(8 * 1024))
        self._mask = 1023
        self._count = 0

    def add(self, fingerprint: int) -> bool:
        """Add ``fingerprint``; False when it was there already."""
        # 0 marks an empty slot, so a zero fingerprint is stored as 1 (one more chance in 2^64).
        fingerprint = fingerprint or 1
        slots, mask = self._slots, self._mask
        at = fingerprint & mask
        while True:
            found = slots[at]
            if found == fingerprint:
                return False
            if not found:
                break
            at = (at + 1) & mask
        slots[at] = fingerprint
        self._count += 1
        if self._count * 4 > mask * 3:
            self._grow()
        return True

    def _grow(self) -> None:
        old = self._slots
        self._slots = array("Q", bytes(16 * len(old)))
        self._mask = 2 * len(old) - 1
        self._count = 0
        for fingerprint in old:
            if fingerprint:
                self.add(fingerprint)


class SurveyBuilder:
    """Builds one answer's values; counts the answers repeated within the file."""

    def __init__(
        self,
        scale: int = 5,
        rating: Callable[[Any], int] | None = None,
        dates: DateParser | None = None,
    ) -> None:
        self.dates = dates or DateParser()
        self.scale = scale
        # How this import reads a rating: taught labels, then the built-in ones and the digits
        # of the scale.
        self._rating = rating or partial(vocab.rating, scale=scale)
        # What the import reports afterwards, as a warning.
        self.repeated = 0
        self._seen = _Fingerprints()
        # Keys met more than once in this file (by fingerprint): how many times so far.
        self._times: dict[int, int] = {}

    def __call__(self, c: RowChecker) -> Values | None:
        answered = c.convert("date", self.dates, required=True)
        rating = c.convert("rating", self._rating, required=True)
        if c.errors or answered is None or rating is None:
            return None
        answered_on = answered[:10]
        return self._record(
            c.text("dossier_code"),
            c.text("officer"),
            answered_on,
            rating,
            c.text("rating") or "",
            c.text("comment"),
            c.text("id"),
            c.line,
        )

    def _record(
        self,
        code: str | None,
        written: str | None,
        answered_on: str,
        rating: int,
        rating_raw: str,
        raw_comment: str | None,
        identity: str | None,
        line: int,
    ) -> Values:
        """The stored values of a valid answer (both paths end here, so they agree)."""
        code = (code_of(code) or None) if code else None
        officer = (person_name(written) or None) if written else None
        comment = " ".join(raw_comment.split()) if raw_comment else None
        if identity is not None:
            key = "id:" + identity
        else:
            key = survey_key(code, answered_on, officer, rating, comment)
            fingerprint = int(key[:16], 16)
            if not self._seen.add(fingerprint):
                times = self._times.get(fingerprint, 1)
                self._times[fingerprint] = times + 1
                self.repeated += 1
                key = survey_key(key, answered_on, str(times + 1), rating, comment)
        return (key, code, officer, answered_on, rating, rating_raw, comment, line)

    def fast_row(
        self, positions: dict[str, int], width: int
    ) -> Callable[[int, list[Any]], Values | None]:
        """The common answer of a text export, read without the careful checker.

        Gives ``__call__``'s values for a row of exactly ``width`` text cells, or None when the
        row needs the careful path (a bad or missing date or rating, another width), which then
        reports what is wrong. Ratings are read once per distinct text.
        """
        pick = cell_picker(
            positions, ("dossier_code", "officer", "date", "rating", "comment", "id"), width
        )
        parse_date = self.dates.text_reader()
        ratings: dict[str, tuple[int, str]] = {}
        record = self._record
        read_rating = self._rating

        def row(line: int, cells: list[Any]) -> Values | None:
            found = pick(cells)
            if found is None:
                return None
            code, written, date_text, rating_text, comment, identity = found
            known = ratings.get(rating_text)
            try:
                answered = parse_date(date_text) if date_text else None
                if known is None:
                    text = rating_text.strip()
                    if not text:
                        return None
                    known = (read_rating(text), text)
                    if len(ratings) < 1024:
                        ratings[rating_text] = known
            except FieldError:
                return None
            if not answered:
                return None
            return record(
                code.strip() or None,
                written.strip() or None,
                answered[:10],
                known[0],
                known[1],
                comment.strip() or None,
                identity.strip() or None,
                line,
            )

        return row


def _builder(run: Run) -> SurveyBuilder:
    scale = run.options.get("scale", 5)
    return SurveyBuilder(
        scale, run.reader("rating", partial(vocab.rating, scale=scale)), dates=run.dates()
    )


def _after_write(run: Run) -> None:
    from thidua_cli.store.satisfaction import unlinked_answers

    unknown, without_officer = unlinked_answers(run.conn, run.import_id)
    if unknown:
        run.warn("survey.unknown_dossiers", count=unknown)
    if without_officer:
        run.warn("survey.without_officer", count=without_officer)
    builder = run.builder
    if isinstance(builder, SurveyBuilder) and builder.repeated:
        run.warn("survey.repeated", count=builder.repeated)


KIND = ImportKind(
    name="surveys",
    help_key="survey.import_help",
    columns=COLUMNS,
    table="surveys",
    fields=FIELDS,
    key=("survey_key",),
    make_builder=_builder,
    derived=DERIVED,
    inputs=("officer_written",),
    vocabularies=(VocabColumn("rating", "rating", "rating", "rating_raw"),),
    # The rating CHECK (1 to 5) only restates what the builder produces.
    trusted_checks=True,
    options=(KindOption("scale", "--scale", 5, "survey.opt.scale", minimum=3, maximum=5),),
    after_write=(_after_write, warn_officers_not_on_roster),
)
