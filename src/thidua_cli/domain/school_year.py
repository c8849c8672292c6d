"""School years as an enrolment file or a campaign writes them: "2021-2022", "2021 – 2022",
"Năm học 2021/2022", "2021-22"; kept as "2021-2022"."""

from __future__ import annotations

import re
from datetime import date

_YEARS = re.compile(
    r"^(?:n[aă]m\s*h[oọ]c|nh)?\s*[:.]?\s*(\d{4})\s*[-–—/]\s*(\d{4}|\d{2})$", re.IGNORECASE
)


def school_year(text: str) -> str | None:
    """``text`` as "YYYY-YYYY" when it names a school year (two years in a row), else None."""
    found = _YEARS.match(" ".join(text.split()))
    if found is None:
        return None
    first = int(found.group(1))
    second = found.group(2)
    following = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if len(second) == 2 and following < first:
        following += 100  # 1999-00
    if following != first + 1 or not 1900 <= first <= 2200:
        return None
    return f"{first}-{following}"


# Enrolment for the school year Y-(Y+1) is taken from spring to summer of Y: from this month on,
# a day of Y belongs to the enrolment of Y-(Y+1), before it to that of (Y-1)-Y.
ENROLMENT_FROM_MONTH = 3


def enrolment_year_of(day: date) -> str:
    """The school year whose enrolment is under way on ``day``: a June 2021 campaign judges the
    enrolment for 2021-2022."""
    first = day.year if day.month >= ENROLMENT_FROM_MONTH else day.year - 1
    return f"{first}-{first + 1}"
