"""Control characters a value may hold (an ANSI escape in an export's cell, a BEL typed into a
setting), shown as symbols wherever text leaves the program for a reader.

A terminal obeys them: ESC ] 0 ; sets the window's title, ESC [ 2 J clears the screen, and the C1
control 0x9B is CSI on its own. A Word document cannot hold them at all (XML 1.0 forbids C0
controls). Shown as Unicode's control pictures (ESC as ␛, BEL as ␇), DEL as ␡, and each C1
control as the ESC sequence it stands for (0x9B, CSI, as ␛[), they are read, never obeyed.
"""

from __future__ import annotations

_PICTURES = {code: chr(0x2400 + code) for code in range(0x20)}
_PICTURES[0x7F] = "\u2421"
_PICTURES.update({code: "\u241b" + chr(code - 0x40) for code in range(0x80, 0xA0)})

# A line break stays a line break; ``ONE_LINE`` shows it too, for a value inside a sentence.
VISIBLE = {code: shown for code, shown in _PICTURES.items() if code != 0x0A}
ONE_LINE = dict(_PICTURES)
# What a text format (CSV, Markdown, HTML, JSON) may keep on a terminal: its own line ends (a CSV
# row ends with CR LF) and tabs.
ON_TERMINAL = {code: shown for code, shown in _PICTURES.items() if code not in (0x09, 0x0A, 0x0D)}
# Rich measures a control character as taking no room: removing one keeps a table's columns
# exactly as measured, where a symbol would push the line out of its cell.
REMOVED: dict[int, None] = dict.fromkeys(VISIBLE)


def visible(text: str) -> str:
    """``text`` with every control character shown as a symbol, line breaks kept."""
    return text.translate(VISIBLE)


def one_line(value: object) -> object:
    """A value put into a sentence: its control characters and line breaks shown as symbols,
    so a value cannot start a line of its own (a forged "Error:" in a cron mail)."""
    return value.translate(ONE_LINE) if isinstance(value, str) else value
