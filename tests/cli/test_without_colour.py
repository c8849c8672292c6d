"""Nothing is said by colour alone: with --no-color (or in cron mail) every colour-coded meaning
still reads, by a mark or a word."""

from __future__ import annotations

import re

from conftest import Cli

CAMPAIGN = "486/KH-GDĐT"


def test_the_calendar_marks_days_off_and_worked_weekends(sample: Cli) -> None:
    shown = sample("--no-color", "calendar", "show", "--year", "2021").stdout
    # 2/9 and 3/9/2021 (Thursday, Friday) are off; the legend says what the marks mean in words.
    september = shown[shown.index("Tháng 09/2021") :]
    assert re.search(r"\b2\*", september) and re.search(r"\b3\*", september)
    assert "* ngày thường được nghỉ" in shown and "+ thứ Bảy, Chủ nhật làm bù" in shown
    assert not re.search(r"\b(Đỏ|đỏ|xanh|mờ)\b", shown)


def test_a_satisfaction_rate_that_misses_its_target_is_marked(sample: Cli) -> None:
    args = ("report", "satisfaction", "--by", "officer")
    shown = sample("--no-color", *args).stdout
    data = sample.json(*args)
    judged = [r for r in data["rows"] if r["rate"] is not None and not r["few_answers"]]
    missed = [r for r in judged if r["rate"] <= data["target"]]
    met = [r for r in judged if r["rate"] > data["target"]]
    assert missed and met
    table = shown[: shown.index("Góp ý")].splitlines()
    for row in missed:
        assert any(row["officer"] in line and "✗" in line for line in table), row["officer"]
    for row in met:
        assert not any(row["officer"] in line and "✗" in line for line in table), row["officer"]
    assert "(✗: không đạt)" in shown and "đỏ" not in shown
    # The chart marks the same rates.
    bars = shown[shown.index("Tỷ lệ hài lòng theo") :].splitlines()
    for row in missed:
        assert any(line.startswith(row["officer"]) and "✗" in line for line in bars)


def test_chart_series_differ_by_glyph_and_a_legend_names_them(sample: Cli) -> None:
    shown = sample(
        "--no-color", "report", "compliance", "--campaign", CAMPAIGN, "--as-of", "01/07/2021"
    ).stdout
    chart = shown[shown.index("Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn theo giai đoạn") :]
    bars = [line for line in chart.splitlines() if line.startswith("GD1")]
    assert "█" in bars[0] and "▓" in bars[0]
    assert "█ Tỷ lệ trước hạn" in chart and "▓ Tỷ lệ đúng hạn" in chart


def test_the_database_check_marks_each_line(sample: Cli) -> None:
    shown = sample("--no-color", "db", "check").stdout
    assert "✓ Toàn vẹn" in shown or "✓" in shown.splitlines()[1]
    assert "✗" not in shown
