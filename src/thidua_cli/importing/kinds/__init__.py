"""Every kind of file ``thidua import`` reads: one module here each, declaring ``KIND``.

A module in this package that defines ``KIND`` (an ``ImportKind``) is a kind: ``thidua import
NAME`` offers it, the pipeline runs it, undo keeps what it derives. Adding a kind is adding its
module here and its table's migration at the end of ``store/schema.py``; nothing else names it.
"""

from __future__ import annotations

import importlib
import pkgutil

from thidua_cli.importing.kind import ImportKind

_KINDS: dict[str, ImportKind] = {}
_LOADED_FROM: list[str] = []


def _load() -> dict[str, ImportKind]:
    # The package's path is read on each call, so a kind module placed on it later (a test's
    # tiny kind) is found without anything else changing.
    path = [str(p) for p in __path__]
    if path != _LOADED_FROM:
        kinds: dict[str, ImportKind] = {}
        for info in pkgutil.iter_modules(__path__):
            module = importlib.import_module(f"{__name__}.{info.name}")
            kind = getattr(module, "KIND", None)
            if isinstance(kind, ImportKind):
                if kind.name in kinds:
                    raise RuntimeError(f"import kind declared twice: {kind.name}")
                kinds[kind.name] = kind
        _KINDS.clear()
        _KINDS.update(kinds)
        _LOADED_FROM[:] = path
    return _KINDS


def all_kinds() -> list[ImportKind]:
    """Every kind, by name."""
    return [kind for _, kind in sorted(_load().items())]


def names() -> list[str]:
    return sorted(_load())


def get(name: str) -> ImportKind:
    """The kind ``thidua import NAME`` reads; KeyError for a name no kind has."""
    return _load()[name]


def by_table(table: str) -> list[ImportKind]:
    """The kinds that write ``table`` (for the upkeep after an undo)."""
    return [kind for kind in all_kinds() if kind.table == table]
