"""``--redact``: applicants' names, phone numbers and e-mail addresses masked before any export.

A report is masked in place, so every view of it (its tables, its JSON, a custom terminal view
built from the same rows) shows the masked values.
"""

from __future__ import annotations

import re
from typing import Any

from thidua_cli.reports.model import Report

# Vietnamese numbers: 0 + 9 digits (mobile) or 0 + 10 (landline with area code), or the same
# without the 0 after +84 / 0084; digits may be grouped by spaces, dots or dashes, the area code
# may sit in brackets. The look-arounds keep dossier codes and dates (other digit runs) intact.
PHONE = re.compile(r"(?<![\w+])(?:\+84|0084|\(0|0)(?:[ .\-)]{0,2}\d){9,10}(?![\w])")
EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
KEEP_LAST_DIGITS = 3


MASKED_WORD = re.compile(r"\w\*+")


def _mask_word(word: str) -> str:
    if MASKED_WORD.fullmatch(word):
        return word  # masked already: a row shown in two places is masked once
    return word[0] + "*" * min(len(word), 3)


def mask_name(name: str) -> str:
    """ "Nguyễn Văn An" → "N*** V*** A**": initials kept, the length of each word hidden."""
    return " ".join(_mask_word(word) for word in name.split())


def _mask_phone(match: re.Match[str]) -> str:
    number = match.group(0)
    prefix = ""
    for lead in ("+84", "0084"):
        if number.startswith(lead):
            prefix, number = lead, number[len(lead) :]
    digits = sum(ch.isdigit() for ch in number)
    seen = 0
    masked = []
    for ch in number:
        if ch.isdigit():
            seen += 1
            masked.append(ch if seen > digits - KEEP_LAST_DIGITS else "*")
        else:
            masked.append(ch)
    return prefix + "".join(masked)


def _mask_email(match: re.Match[str]) -> str:
    local, _, domain = match.group(0).partition("@")
    return f"{local[0]}***@{domain}"


def mask_contacts(value: str) -> str:
    """Phone numbers and e-mail addresses in a free text (a note, a comment) masked."""
    return PHONE.sub(_mask_phone, EMAIL.sub(_mask_email, value))


def _value(value: Any, personal: bool) -> Any:
    if isinstance(value, str):
        return mask_name(value) if personal else mask_contacts(value)
    return value


def _walk(data: Any, personal_keys: set[str]) -> Any:
    """Mask every text in JSON-shaped data in place; values under a personal key as names."""
    if isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, dict | list):
                _walk(value, personal_keys)
            else:
                data[key] = _value(value, key in personal_keys)
        return data
    if isinstance(data, list):
        for index, value in enumerate(data):
            if isinstance(value, dict | list):
                _walk(value, personal_keys)
            else:
                data[index] = _value(value, False)
        return data
    return _value(data, False)


def redact(report: Report) -> Report:
    """Mask ``report`` in place and return it."""
    personal = report.personal_keys()
    # A row may carry a personal value its table does not show (check's rows hold the applicant):
    # it is masked all the same, so no later view of the row can leak it.
    for table in report.tables:
        for row in table.rows:
            for key, value in row.items():
                if isinstance(value, str):
                    row[key] = _value(value, key in personal)
        if table.total is not None:
            _walk(table.total, personal)
        table.note = mask_contacts(table.note)
    report.data = _walk(report.data, personal)
    return report
