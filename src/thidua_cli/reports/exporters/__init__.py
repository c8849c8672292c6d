"""The output formats of every report, and the format a file name asks for.

One module per format: ``json_out``, ``csv_out``, ``markdown``, ``html`` (a Jinja2 template and
inline SVG charts), ``xlsx`` (xlsxwriter, native charts). The terminal table is drawn by
``ui.report_view`` (Rich).
"""

from __future__ import annotations

from pathlib import Path

FORMATS = ("table", "json", "csv", "md", "html", "xlsx", "docx")

EXTENSIONS = {
    ".txt": "table",
    ".json": "json",
    ".csv": "csv",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xlsx": "xlsx",
    ".docx": "docx",
}

# Formats that are not text: never printed on a terminal.
BINARY = frozenset({"xlsx", "docx"})


def format_for(path: Path) -> str | None:
    """The format a file name's extension asks for, or None when it names none we write."""
    return EXTENSIONS.get(path.suffix.lower())
