"""School years as an enrolment file or a campaign writes them: "2021-2022", "2021 – 2022",
"Năm học 2021/2022", "2021-22"; kept as "2021-2022"."""

from __future__ import annotations

import re

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
