"""The initiative row checker: owner (an officer or a unit), title, kind, dates, status, decision."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from thidua_cli.ingest import vocab
from thidua_cli.ingest.dates import DateParser
from thidua_cli.ingest.rows import RowChecker, cell_text
from thidua_cli.ingest.staff import person_name
from thidua_cli.text.normalize import fold

FIELDS: tuple[str, ...] = (
    "owner",
    "owner_kind",
    "title",
    "title_key",
    "kind",
    "registered_on",
    "status",
    "decided_on",
    "decision_no",
    "import_line",
)

_KINDS = {
    fold(label): word
    for word, labels in {
        "initiative": ("initiative", "Sáng kiến", "Sáng kiến kinh nghiệm"),
        "model": ("model", "Mô hình", "Mô hình mới"),
        "solution": ("solution", "Giải pháp", "Giải pháp hữu ích"),
    }.items()
    for label in labels
}


def initiative_kind(value: object) -> str:
    """``initiative`` (sáng kiến), ``model`` (mô hình) or ``solution`` (giải pháp)."""
    word = _KINDS.get(fold(str(value)))
    if word is None:
        raise vocab.FieldError("initiative.reason.bad_kind")
    return word


def title_key(title: str) -> str:
    """Titles typed twice with other spacing, case or punctuation are the same initiative."""
    return fold(title)


class InitiativeBuilder:
    """``owner_kind`` says whether the owner is on the roster or names a unit; None when neither."""

    def __init__(self, owner_kind: Callable[[str], str | None]) -> None:
        self.dates = DateParser()
        self.owner_kind = owner_kind

    def __call__(self, c: RowChecker) -> tuple[Any, ...] | None:
        owner = c.text("owner", required=True)
        title = c.text("title", required=True)
        kind = c.convert("kind", initiative_kind)
        registered = c.convert("registered_on", self.dates, required=True)
        status = c.convert("status", vocab.initiative_status) or "registered"
        decided = c.convert("decided_on", self.dates)
        if registered and decided and decided[:10] < registered[:10]:
            shown = cell_text(c.raw("decided_on"))
            c.fail("decided_on", shown, "initiative.reason.decided_before_registered")
        if c.errors or owner is None or title is None or registered is None:
            return None
        owner = person_name(owner)
        title = person_name(title)
        return (
            owner,
            self.owner_kind(owner),
            title,
            title_key(title),
            kind,
            registered[:10],
            status,
            decided[:10] if decided else None,
            c.text("decision_no"),
            c.line,
        )
