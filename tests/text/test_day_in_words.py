"""A date as an administrative document writes it (Nghị định 30/2020/NĐ-CP, Phụ lục I)."""

from __future__ import annotations

from datetime import date

import pytest

from thidua_cli.text.formats import day_in_words


@pytest.mark.parametrize(
    ("day", "lang", "words"),
    [
        # A day below 10 and the months 1 and 2 take a leading zero; the other months do not.
        (date(2021, 6, 4), "vi", "ngày 04 tháng 6 năm 2021"),
        (date(2021, 7, 1), "vi", "ngày 01 tháng 7 năm 2021"),
        (date(2022, 1, 15), "vi", "ngày 15 tháng 01 năm 2022"),
        (date(2022, 2, 9), "vi", "ngày 09 tháng 02 năm 2022"),
        (date(2021, 12, 31), "vi", "ngày 31 tháng 12 năm 2021"),
        (date(2021, 7, 1), "en", "1 July 2021"),
    ],
)
def test_day_in_words(day: date, lang: str, words: str) -> None:
    assert day_in_words(day, lang) == words
