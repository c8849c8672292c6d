"""Charts as inline SVG, so an HTML page draws them with no script and no network.

Pure text out: labels are escaped here, and the page inserts the markup as it is.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape
from typing import Any

from thidua_cli.reports.exporters.cells import display
from thidua_cli.reports.model import Chart, Column, ReportTable
from thidua_cli.text import formats
from thidua_cli.text.messages import text

WIDTH = 720
LABEL_WIDTH = 210
RIGHT_MARGIN = 70
ROW_HEIGHT = 22
PALETTE = ("#2b6cb0", "#dd6b20", "#38a169", "#805ad5", "#d53f8c", "#718096")
# Statuses keep the colours people know from the terminal: green is good, red is late.
KNOWN_COLOURS = {
    "early": "#2f855a",
    "on_time": "#68d391",
    "late": "#e53e3e",
    "in_time": "#3182ce",
    "overdue": "#9b2c2c",
}
REFERENCE_COLOUR = "#c53030"
BELOW_REFERENCE_COLOUR = "#e53e3e"
FONT = "font-family:Arial,Helvetica,sans-serif"


@dataclass(frozen=True)
class Series:
    column: Column
    colour: str
    values: list[float | None]


def colours(keys: tuple[str, ...]) -> list[str]:
    palette = iter(PALETTE * 4)
    return [KNOWN_COLOURS.get(key) or next(palette) for key in keys]


def _short(label: str, limit: int = 30) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    return None


def _series(chart: Chart, table: ReportTable, lang: str) -> tuple[list[str], list[Series], bool]:
    by_key = {c.key: c for c in table.columns}
    label_column = by_key.get(chart.label, Column(chart.label, chart.label))
    labels = [display(r.get(chart.label), label_column, lang) or "—" for r in table.rows]
    value_columns = [by_key[k] for k in chart.values if k in by_key]
    series = [
        Series(c, colour, [_number(r.get(c.key)) for r in table.rows])
        for c, colour in zip(
            value_columns, colours(tuple(c.key for c in value_columns)), strict=True
        )
    ]
    rates = bool(value_columns) and all(c.kind == "rate" for c in value_columns)
    return labels, series, rates


def _nice_top(top: float) -> float:
    """The smallest 4 x (1, 2, 2.5 or 5 x 10^k) at or above ``top``: round tick labels."""
    step = max(top, 1.0) / 4
    magnitude = 10 ** math.floor(math.log10(step))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= step:
            return 4 * factor * magnitude
    return 4 * 10 * magnitude


def _scale_max(chart: Chart, series: list[Series], rates: bool) -> float:
    if chart.kind == "stacked":
        columns = zip(*(s.values for s in series), strict=True)
        top = max((sum(v or 0 for v in values) for values in columns), default=0.0)
    else:
        top = max((v for s in series for v in s.values if v is not None), default=0.0)
    if rates:
        return max(1.0, top)
    return _nice_top(top)


def _fill(chart: Chart, series: Series, value: float | None) -> str:
    """A bar short of the reference line is drawn red, so the eye finds it first."""
    if chart.reference is not None and value is not None and value < chart.reference:
        return BELOW_REFERENCE_COLOUR
    return series.colour


def _tick_text(value: float, rates: bool, lang: str) -> str:
    return formats.percent(value, lang, decimals=0) if rates else formats.number(value, lang)


def _value_text(value: float | None, rates: bool, lang: str) -> str:
    if value is None:
        return text("export.na", lang)
    return formats.percent(value, lang) if rates else formats.number(value, lang)


def _legend(series: list[Series], y: float) -> list[str]:
    parts = []
    x = float(LABEL_WIDTH)
    for s in series:
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="12" height="12" fill="{s.colour}"/>')
        parts.append(
            f'<text x="{x + 16:.1f}" y="{y + 10:.1f}" font-size="11">{escape(s.column.heading)}</text>'
        )
        x += 24 + 7 * len(s.column.heading)
    return parts


def _horizontal(
    chart: Chart, labels: list[str], series: list[Series], rates: bool, lang: str
) -> str:
    """Bars (side by side) or stacked bars, one row per label."""
    stacked = chart.kind == "stacked"
    per_row = 1 if stacked else max(len(series), 1)
    band = ROW_HEIGHT * per_row + 8
    top = 26
    plot_width = WIDTH - LABEL_WIDTH - RIGHT_MARGIN
    legend_rows = 1 if len(series) > 1 else 0
    height = top + band * len(labels) + 24 + 20 * legend_rows
    scale = _scale_max(chart, series, rates)

    def x_of(value: float) -> float:
        return LABEL_WIDTH + plot_width * min(value, scale) / scale

    parts = [_open(chart, height)]
    for step in range(5):
        value = scale * step / 4
        x = x_of(value)
        parts.append(
            f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + band * len(labels)}" '
            'stroke="#e2e8f0"/>'
        )
        parts.append(
            f'<text x="{x:.1f}" y="{top + band * len(labels) + 14}" font-size="10" '
            f'text-anchor="middle" fill="#4a5568">{_tick_text(value, rates, lang)}</text>'
        )
    for index, label in enumerate(labels):
        y = top + band * index + 4
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + band / 2:.1f}" font-size="11" '
            f'text-anchor="end" dominant-baseline="middle">{escape(_short(label))}</text>'
        )
        start = float(LABEL_WIDTH)
        for number, s in enumerate(series):
            amount = s.values[index]
            if stacked:
                width = x_of(amount or 0) - LABEL_WIDTH
                parts.append(
                    f'<rect x="{start:.1f}" y="{y:.1f}" width="{width:.1f}" '
                    f'height="{ROW_HEIGHT - 4}" fill="{s.colour}">'
                    f"<title>{escape(label)}: {escape(s.column.heading)} "
                    f"{_value_text(amount, rates, lang)}</title></rect>"
                )
                start += width
                continue
            bar_y = y + ROW_HEIGHT * number
            width = x_of(amount or 0) - LABEL_WIDTH
            parts.append(
                f'<rect x="{LABEL_WIDTH}" y="{bar_y:.1f}" width="{width:.1f}" '
                f'height="{ROW_HEIGHT - 4}" fill="{_fill(chart, s, amount)}"/>'
            )
            parts.append(
                f'<text x="{LABEL_WIDTH + width + 4:.1f}" y="{bar_y + (ROW_HEIGHT - 4) / 2:.1f}" '
                f'font-size="10" dominant-baseline="middle">{_value_text(amount, rates, lang)}</text>'
            )
        if stacked:
            total = sum(s.values[index] or 0 for s in series)
            parts.append(
                f'<text x="{start + 4:.1f}" y="{y + (ROW_HEIGHT - 4) / 2:.1f}" font-size="10" '
                f'dominant-baseline="middle">{_value_text(total, rates, lang)}</text>'
            )
    if chart.reference is not None:
        x = x_of(chart.reference)
        parts.append(
            f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{top + band * len(labels)}" '
            f'stroke="{REFERENCE_COLOUR}" stroke-width="2" stroke-dasharray="6 3"/>'
        )
        parts.append(
            f'<text x="{x:.1f}" y="{top - 10}" font-size="11" text-anchor="middle" '
            f'fill="{REFERENCE_COLOUR}">{escape(chart.reference_label or _tick_text(chart.reference, rates, lang))}</text>'
        )
    if legend_rows:
        parts.extend(_legend(series, top + band * len(labels) + 24))
    parts.append("</svg>")
    return "".join(parts)


def _vertical(chart: Chart, labels: list[str], series: list[Series], rates: bool, lang: str) -> str:
    """Columns (side by side) or a line, one position per label along the bottom."""
    height = 280
    top, bottom, left = 26, 226, 60
    plot_width = WIDTH - left - 20
    scale = _scale_max(chart, series, rates)
    slot = plot_width / max(len(labels), 1)

    def y_of(value: float) -> float:
        return bottom - (bottom - top) * min(value, scale) / scale

    parts = [_open(chart, height + (20 if len(series) > 1 else 0))]
    for step in range(5):
        value = scale * step / 4
        y = y_of(value)
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_width}" y2="{y:.1f}" stroke="#e2e8f0"/>'
        )
        parts.append(
            f'<text x="{left - 6}" y="{y:.1f}" font-size="10" text-anchor="end" '
            f'dominant-baseline="middle" fill="#4a5568">{_tick_text(value, rates, lang)}</text>'
        )
    for index, label in enumerate(labels):
        centre = left + slot * (index + 0.5)
        parts.append(
            f'<text x="{centre:.1f}" y="{bottom + 16}" font-size="10" '
            f'text-anchor="middle">{escape(_short(label, 24))}</text>'
        )
    for number, s in enumerate(series):
        if chart.kind == "line":
            points = [
                f"{left + slot * (i + 0.5):.1f},{y_of(v):.1f}"
                for i, v in enumerate(s.values)
                if v is not None
            ]
            parts.append(
                f'<polyline points="{" ".join(points)}" fill="none" stroke="{s.colour}" '
                'stroke-width="2.5"/>'
            )
            for point in points:
                cx, cy = point.split(",")
                parts.append(f'<circle cx="{cx}" cy="{cy}" r="3.5" fill="{s.colour}"/>')
            continue
        bar_width = slot * 0.7 / max(len(series), 1)
        for index, amount in enumerate(s.values):
            x = left + slot * index + slot * 0.15 + bar_width * number
            y = y_of(amount or 0)
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_width:.1f}" '
                f'height="{bottom - y:.1f}" fill="{_fill(chart, s, amount)}"/>'
            )
            parts.append(
                f'<text x="{x + bar_width / 2:.1f}" y="{y - 4:.1f}" font-size="10" '
                f'text-anchor="middle">{_value_text(amount, rates, lang)}</text>'
            )
    if chart.reference is not None:
        y = y_of(chart.reference)
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_width}" y2="{y:.1f}" '
            f'stroke="{REFERENCE_COLOUR}" stroke-width="2" stroke-dasharray="6 3"/>'
        )
        parts.append(
            f'<text x="{left + plot_width}" y="{y - 5:.1f}" font-size="11" text-anchor="end" '
            f'fill="{REFERENCE_COLOUR}">{escape(chart.reference_label or _tick_text(chart.reference, rates, lang))}</text>'
        )
    if len(series) > 1:
        parts.extend(_legend(series, height - 6))
    parts.append("</svg>")
    return "".join(parts)


def _open(chart: Chart, height: float) -> str:
    return (
        f'<svg class="chart" role="img" '
        f'width="{WIDTH}" height="{height:.0f}" viewBox="0 0 {WIDTH} {height:.0f}" '
        f'style="{FONT}" data-chart="{escape(chart.name)}"><title>{escape(chart.title)}</title>'
    )


def draw(chart: Chart, table: ReportTable, lang: str = "vi") -> str:
    """The chart as one ``<svg>`` element (inline in HTML, so no namespace is needed)."""
    labels, series, rates = _series(chart, table, lang)
    if chart.kind in ("column", "line"):
        return _vertical(chart, labels, series, rates, lang)
    return _horizontal(chart, labels, series, rates, lang)
