"""Help texts in the user's language.

Help is built when the command tree is defined, before options are parsed, so the language is read
from ``--lang`` in the arguments or ``$THIDUA_LANG`` here, once.
"""

from __future__ import annotations

import os
import sys
from typing import Any


def _help_lang(argv: list[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "vi"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "vi"
    return "en" if os.environ.get("THIDUA_LANG") == "en" else "vi"


HELP_LANG = _help_lang(sys.argv[1:])


def h(key: str, /, **params: Any) -> str:
    from thidua_cli.text.messages import text

    return text(key, HELP_LANG, **params)
