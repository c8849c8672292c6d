"""Cells that cannot run as formulas when a sheet is opened in Excel (OWASP "CSV injection")."""

from __future__ import annotations

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """Prefix a text that a spreadsheet would read as a formula with a quote.

    Only text reaches here: numbers are written as numbers by the exporters, so a negative
    number stays a number.
    """
    if value and value.startswith(_TRIGGERS):
        return "'" + value
    return value
