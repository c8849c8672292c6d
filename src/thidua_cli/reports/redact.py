"""``--redact``: applicants' names, phone numbers and e-mail addresses masked before any export.

A report is masked in place, so every view of it (its tables, its JSON, a custom terminal view
built from the same rows) shows the masked values.
"""

from __future__ import annotations

import re
from typing import Any

from thidua_cli.reports.model import Report

# Vietnamese numbers, as people write them. A country code (+84, 0084, 84, in brackets or not) or
# the trunk 0 (an area code may open a bracket: "(028)"; after a country code it may stay, in
# brackets: "+84 (0)912"), then the national number: a mobile
# (3, 5, 7, 8 or 9, then 8 digits), a landline (2, then 9 digits: the area code and the number)
# or an old 11-digit mobile (1, then 9). Spaces, dots, dashes and brackets may group the digits.
# Letters may touch it ("SĐT0912345678"), digits may not: a longer run (a dossier code's
# sequence, an amount, a date) is not a phone number.
_GROUP = r"[ .\-()]{0,2}\d"
PHONE = re.compile(
    r"(?<![\d+])"
    r"(?P<lead>\(?\+84\)?|\(?0084\)?|84|\(?0)"
    r"[ .\-(]{0,2}"
    # "+84 (0)912 …": the trunk 0 kept in brackets after the country code.
    r"(?:\(0\)[ .\-]{0,2})?"
    rf"(?:[35789](?:{_GROUP}){{8}}|[12](?:{_GROUP}){{9}})"
    r"(?!\d)"
)
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
    # A written country code says nothing about the person: it stays readable.
    if "+" in match.group("lead") or match.group("lead").endswith("0084"):
        prefix = match.group("lead")
        number = number[len(prefix) :]
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
