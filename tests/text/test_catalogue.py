"""The message catalogue: every key the code names exists, in both languages, with the same slots."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from thidua_cli.text import messages

SOURCE = Path(messages.__file__).resolve().parents[1]

# A literal catalogue key passed to the functions that look one up.
KEY_CALL = re.compile(
    r"""\b(?:h|t|text|say|warn|_t|tr|[A-Z][A-Za-z]*Error)\(\s*["']([a-z0-9_]+\.[a-z0-9_.]+)["']"""
)


def _literal_keys() -> set[tuple[str, str]]:
    found = set()
    for path in SOURCE.rglob("*.py"):
        for match in KEY_CALL.finditer(path.read_text(encoding="utf-8")):
            found.add((match.group(1), str(path.relative_to(SOURCE))))
    return found


def test_every_literal_key_is_in_the_catalogue() -> None:
    known = messages.keys()
    missing = sorted(f"{key} ({where})" for key, where in _literal_keys() if key not in known)
    assert not missing, "keys used but not defined: " + ", ".join(missing)


def test_the_scan_finds_keys() -> None:
    # Guards the test above against a regular expression that silently matches nothing.
    assert len(_literal_keys()) > 200


def _slots(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(messages.keys()))
def test_both_languages_present_with_the_same_placeholders(key: str) -> None:
    vietnamese, english = messages._load()[key]
    assert vietnamese.strip() and english.strip()
    assert _slots(vietnamese) == _slots(english)


def test_unknown_key_shows_itself() -> None:
    assert messages.text("no.such.key", "en") == "no.such.key"
