"""Emulation records behind the campaign metrics: staff conduct, online enrolment, initiatives.

Each function answers one target metric for a period, or None when there is no data to judge
(no roster, no enrolment figures): a missing record is "no data", never "met".
"""

from __future__ import annotations

import sqlite3
from datetime import date


def conduct_rate(conn: sqlite3.Connection, start: date, end: date) -> float | None:
    """Share of active staff with no upheld complaint dated in [start, end]."""
    return None


def lowest_enrollment_rate(conn: sqlite3.Connection) -> float | None:
    """The lowest online share over every school and enrolment stage (online / total)."""
    return None


def initiatives_registered(conn: sqlite3.Connection, start: date, end: date) -> int | None:
    """Initiatives registered on or before ``end`` and not rejected."""
    return None
