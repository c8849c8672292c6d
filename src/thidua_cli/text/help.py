"""Help texts in the user's language.

Help is built when the command tree is defined, before options are parsed, so the language is read
from ``--lang`` in the arguments or ``$THIDUA_LANG`` here, once.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any


def language_of(argv: Sequence[str]) -> str:
    """The language a command line asks for: ``--lang``, else ``$THIDUA_LANG``, else Vietnamese."""
    for i, arg in enumerate(argv):
        asked = argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None
        if arg.startswith("--lang="):
            asked = arg.split("=", 1)[1]
        if asked in ("vi", "en"):
            return asked
    return "en" if os.environ.get("THIDUA_LANG") == "en" else "vi"


HELP_LANG = language_of(sys.argv[1:])


def h(key: str, /, **params: Any) -> str:
    from thidua_cli.text.messages import text

    return text(key, HELP_LANG, **params)
