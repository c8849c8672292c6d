"""Initiatives (sáng kiến, mô hình, giải pháp): owner, title, kind, dates, status, decision.

The owner is an officer on the roster or a unit; ``owner_kind`` says which (None while it names
neither), and follows the roster when it changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from thidua_cli.importing.kind import ImportKind, Run, Values, VocabColumn
from thidua_cli.importing.upkeep import refresh_owner_kinds
from thidua_cli.ingest import vocab
from thidua_cli.ingest.dates import DateParser
from thidua_cli.ingest.headers import TableSpec, column
from thidua_cli.ingest.rows import RowChecker, cell_text
from thidua_cli.text.normalize import fold, person_name

COLUMNS = TableSpec(
    "initiatives",
    (
        column("owner", "Đơn vị/cá nhân", "Tác giả", "Chủ sở hữu", required=True),
        column("title", "Tên sáng kiến", "Tên mô hình", "Tên giải pháp", required=True),
        column("kind", "Loại", "Loại hình", "Phân loại"),
        column("registered_on", "Ngày đăng ký", required=True, looks="date"),
        column("status", "Tình trạng", "Trạng thái", looks="initiative_status"),
        column("decided_on", "Ngày quyết định", "Ngày công nhận", looks="date"),
        column("decision_no", "Số quyết định"),
    ),
)

FIELDS: tuple[str, ...] = (
    "owner",
    "owner_kind",
    "title",
    "title_key",
    "kind",
    "registered_on",
    "status",
    "status_raw",
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

    def __init__(
        self,
        owner_kind: Callable[[str], str | None],
        status: Callable[[Any], str] = vocab.initiative_status,
        dates: DateParser | None = None,
    ) -> None:
        self.dates = dates or DateParser()
        self.owner_kind = owner_kind
        self.status = status

    def __call__(self, c: RowChecker) -> Values | None:
        owner = c.text("owner", required=True)
        title = c.text("title", required=True)
        kind = c.convert("kind", initiative_kind)
        registered = c.convert("registered_on", self.dates, required=True)
        status = c.convert("status", self.status) or "registered"
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
            c.text("status"),
            decided[:10] if decided else None,
            c.text("decision_no"),
            c.line,
        )


def _builder(run: Run) -> InitiativeBuilder:
    from thidua_cli.store.emulation import owner_kind_lookup

    return InitiativeBuilder(
        owner_kind_lookup(run.conn), run.reader("initiative_status"), dates=run.dates()
    )


def _after_write(run: Run) -> None:
    from thidua_cli.store.emulation import unknown_owners

    unknown = unknown_owners(run.conn, run.import_id)
    if unknown:
        run.warn("initiative.unknown_owners", names=", ".join(unknown))


KIND = ImportKind(
    name="initiatives",
    help_key="import.initiatives.help",
    columns=COLUMNS,
    table="initiatives",
    fields=FIELDS,
    key=("owner", "title_key"),
    make_builder=_builder,
    vocabularies=(VocabColumn("status", "initiative_status", "status", "status_raw"),),
    after_write=(_after_write,),
    # A restored row's owner kind is as old as the row: the roster may have changed since.
    upkeep_after_undo=(refresh_owner_kinds,),
)
