"""Click's and Typer's own words in the user's language: usage, help headings, usage errors.

Both libraries mark these strings with the standard library's ``gettext`` and look them up in its
global domain. thidua binds that domain to its own catalogue (``locale/vi/LC_MESSAGES/thidua.po``,
compiled to ``thidua.mo``) and names the language in ``LANGUAGE``, the variable gettext reads: the
frame around thidua's sentences is then Vietnamese without changing either library. English is
the libraries' own text, so it needs no catalogue.
"""

from __future__ import annotations

import gettext
import os
from pathlib import Path

DOMAIN = "thidua"
LOCALE_DIR = Path(__file__).with_name("locale")


def use_language(lang: str) -> None:
    """From now on, the words Click and Typer print are in ``lang`` (``vi`` or ``en``)."""
    gettext.bindtextdomain(DOMAIN, str(LOCALE_DIR))
    gettext.textdomain(DOMAIN)
    os.environ["LANGUAGE"] = lang
