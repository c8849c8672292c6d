"""Satisfaction surveys: one citizen's answer per row, on a scale of 5, 4 or 3 levels.

An answer is found again in a later export by what cannot be corrected in it: the export's own
answer id when it has one (with the question, when several rows share an id); else the day, the
dossier code, the officer as written and the question, with the answer's occurrence number among
the file's rows that share those (two kiosk answers of one day without a dossier code stay two).
Its rating and comment are not part of it, so a corrected export updates the answer in place.

The officer is stored as the file writes it; who an answer counts for when none is written, and
its unit, are read from its dossier when a report asks (``store.satisfaction``), so an answer
imported before its dossier, or a dossier whose officer was corrected since, counts where the
dossier now says.
"""

from __future__ import annotations

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
        column("id", "Mã đánh giá", "ID", "survey id", "Mã phiếu", "Số phiếu"),
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
        # What the answer rates, when the export asks several things (thái độ, thời gian, ...).
        column(
            "question",
            "Câu hỏi",
            "Tiêu chí",
            "Tiêu chí đánh giá",
            "Nội dung đánh giá",
            "Nội dung khảo sát",
            "Criterion",
        ),
    ),
)

# The order of the values the builder gives.
FIELDS: tuple[str, ...] = (
    "survey_key",
    "dossier_code",
    "officer",
    "answered_on",
    "rating",
    "rating_raw",
    "comment",
    "question",
    "import_line",
)

# Joins the parts of a key: a control character no cleaned cell holds.
SEPARATOR = "\x1f"


def answer_key(
    answered_on: str,
    dossier_code: str | None,
    officer: str | None,
    question: str | None,
    occurrence: int,
) -> str:
    """The key of an answer without an id of its own.

    The day comes first: exports list answers by day, so new keys land together at the end of
    the index instead of all over it.
    """
    return SEPARATOR.join(
        (answered_on, dossier_code or "", officer or "", question or "", str(occurrence))
    )


def id_key(identity: str, question: str | None) -> str:
    """The key of an answer the export numbers itself: its id, with the question it answers
    when the export gives one id to a citizen's answers to several questions."""
    return f"id:{identity}{SEPARATOR}{question}" if question else f"id:{identity}"


class _Occurrences:
    """How many rows of one file came before with the same key: 1 for the first.

    Each key's 64-bit hash (xxh3, the same in every run) goes into a flat open-addressing table
    (8 to 16 bytes a row, where a set would take some 80), and only the keys met more than once
    get a count of their own. Two different keys of one file with the same hash would be numbered
    as one key's rows: about one chance in 10^7 for a file of a million rows, and the same file
    is then numbered the same way every time.
    """

    def __init__(self) -> None:
        from xxhash import xxh3_64_intdigest

        self._hash = xxh3_64_intdigest
        self._slots = array("Q", bytes(8 * 1024))
        self._mask = 1023
        self._used = 0
        self._times: dict[int, int] = {}
        # Rows whose key an earlier row of the file already had.
        self.repeated = 0

    def number(self, key: str) -> int:
        fingerprint = self._hash(key.encode()) or 1  # 0 marks an empty slot
        slots, mask = self._slots, self._mask
        at = fingerprint & mask
        while True:
            found = slots[at]
            if not found:
                break
            if found == fingerprint:
                self.repeated += 1
                times = self._times.get(fingerprint, 1) + 1
                self._times[fingerprint] = times
                return times
            at = (at + 1) & mask
        slots[at] = fingerprint
        self._used += 1
        if self._used * 4 > mask * 3:
            self._grow()
        return 1

    def _grow(self) -> None:
        old = self._slots
        size = 2 * len(old)
        slots = array("Q", bytes(8 * size))
        mask = size - 1
        for fingerprint in old:
            if fingerprint:
                at = fingerprint & mask
                while slots[at]:
                    at = (at + 1) & mask
                slots[at] = fingerprint
        self._slots, self._mask = slots, mask


class SurveyBuilder:
    """Builds one answer's values; numbers the answers that share a key within the file."""

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
        self.occurrences = _Occurrences()
        # Officers and questions as written -> as stored: a file names a few hundred of each.
        self._names: dict[str, str | None] = {}

    @property
    def repeated(self) -> int:
        return self.occurrences.repeated

    def __call__(self, c: RowChecker) -> Values | None:
        answered = c.convert("date", self.dates, required=True)
        rating = c.convert("rating", self._rating, required=True)
        if c.errors or answered is None or rating is None:
            return None
        return self._record(
            c.text("dossier_code"),
            c.text("officer"),
            answered[:10],
            rating,
            c.text("rating") or "",
            c.text("comment"),
            c.text("question"),
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
        raw_question: str | None,
        identity: str | None,
        line: int,
    ) -> Values:
        """The stored values of a valid answer (both paths end here, so they agree)."""
        code = (code_of(code) or None) if code else None
        officer = self._name(written) if written else None
        comment = " ".join(raw_comment.split()) if raw_comment else None
        question = self._name(raw_question) if raw_question else None
        identity = (code_of(identity) or None) if identity else None
        if identity is not None:
            key = id_key(identity, question)
        else:
            key = answer_key(answered_on, code, officer, question, 1)
            occurrence = self.occurrences.number(key)
            if occurrence > 1:
                key = answer_key(answered_on, code, officer, question, occurrence)
        return (key, code, officer, answered_on, rating, rating_raw, comment, question, line)

    def _name(self, text: str) -> str | None:
        """An officer's name or a question as stored (``person_name``), read once per text."""
        try:
            return self._names[text]
        except KeyError:
            name = person_name(text) or None
            if len(self._names) < 4096:
                self._names[text] = name
            return name

    def fast_row(
        self, positions: dict[str, int], width: int
    ) -> Callable[[int, list[Any]], Values | None]:
        """The common answer of a text export, read without the careful checker.

        Gives ``__call__``'s values for a row of exactly ``width`` text cells, or None when the
        row needs the careful path (a bad or missing date or rating, another width), which then
        reports what is wrong. Ratings are read once per distinct text.
        """
        pick = cell_picker(
            positions,
            ("dossier_code", "officer", "date", "rating", "comment", "question", "id"),
            width,
        )
        parse_date = self.dates.text_reader()
        ratings: dict[str, tuple[int, str]] = {}
        read_rating = self._rating
        record = self._record

        def row(line: int, cells: list[Any]) -> Values | None:
            found = pick(cells)
            if found is None:
                return None
            code, written, date_text, rating_text, comment, question, identity = found
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
                question.strip() or None,
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
    # The rating CHECK (1 to 5) only restates what the builder produces.
    trusted_checks=True,
    options=(KindOption("scale", "--scale", 5, "survey.opt.scale", minimum=3, maximum=5),),
    after_write=(_after_write, warn_officers_not_on_roster),
    vocabularies=(VocabColumn("rating", "rating", "rating", "rating_raw"),),
)
