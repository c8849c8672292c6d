"""The one catalogue of user-facing text, in Vietnamese (default) and English.

Each feature area keeps its messages in a ``msg_*.py`` module beside this one, as
``MESSAGES = {key: (vietnamese, english)}``; they are merged here. Keys are unique across areas.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from thidua_cli.text import msg_core

LANGS = ("vi", "en")

_CATALOGUE: dict[str, tuple[str, str]] = {}


def _load() -> dict[str, tuple[str, str]]:
    if not _CATALOGUE:
        import importlib
        import pkgutil

        import thidua_cli.text as text_pkg

        _CATALOGUE.update(msg_core.MESSAGES)
        for info in pkgutil.iter_modules(text_pkg.__path__):
            if info.name.startswith("msg_") and info.name != "msg_core":
                module = importlib.import_module(f"thidua_cli.text.{info.name}")
                for key, pair in module.MESSAGES.items():
                    if key in _CATALOGUE:
                        raise RuntimeError(f"message key defined twice: {key}")
                    _CATALOGUE[key] = pair
    return _CATALOGUE


# Parameters that name something rather than count it: never written with thousands separators.
_AS_WRITTEN = frozenset(
    {
        "year",
        "line",
        "first_line",
        "id",
        "undo_id",
        "position",
        "version",
        "found",
        "supported",
        "column",
        "page",
    }
)


class Said(str):
    """A message as written, which remembers its key and parameters: the same words can be
    written again in the other language (a CSV's headings in --headers' language)."""

    key: str
    params: dict[str, Any]


def again(said: str, lang: str) -> str:
    """``said`` in ``lang``: a message of the catalogue is written again; other text is as it is."""
    if isinstance(said, Said):
        return text(said.key, lang, **said.params)
    return said


def text(key: str, lang: str = "vi", /, **params: Any) -> str:
    """The message ``key`` in ``lang``, filled with ``params``. An unknown key shows itself.

    A date, a time or a number among ``params`` is written in the language's way
    (``text/formats.py``): pass the value itself, not text made from it.
    """
    from thidua_cli.text.formats import formatted

    pair = _load().get(key)
    template = key if pair is None else pair[1] if lang == "en" else pair[0]
    shown = {
        name: value if name in _AS_WRITTEN else formatted(value, lang)
        for name, value in params.items()
    }
    try:
        written = Said(template.format(**shown))
    except (KeyError, IndexError, ValueError):
        written = Said(template)
    written.key, written.params = key, params
    return written


def language_of(t: Callable[..., str]) -> str:
    """The language a bound message function ``t`` (``AppState.t``) writes in."""
    return t("lang.code")


def keys() -> set[str]:
    return set(_load())
