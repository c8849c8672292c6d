"""The monthly HTML page in a real headless browser: it loads with no console error, and its
screenshot shows the charts (the bars' colours are really painted)."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from collections import Counter
from pathlib import Path

import pytest
from month_data import load_june

from conftest import Cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None and Path("/usr/bin/chromium").exists():
    CHROMIUM = "/usr/bin/chromium"

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium is not installed (.ci/run installs it from the Debian packages when it can)",
)

WINDOW = (1240, 1754)  # A4 at 150 dpi
# The screenshot is taken at half the pixel density (same layout, a quarter of the pixels), so
# that reading it with the standard library stays quick.
SCALE = 0.5
# Chrome's own log lines (no D-Bus in a container, GPU fallbacks) are not the page's; the page's
# console reaches the log as "CONSOLE" lines, failed loads as "Failed to load resource".
PAGE_PROBLEM = re.compile(r"CONSOLE|Uncaught|Failed to load resource|net::ERR_", re.IGNORECASE)
# The colours the charts are drawn in (reports/exporters/svg.py): the weekly columns and the
# first three statuses of the stacked bars.
CHART_COLOURS = {
    (0x2B, 0x6C, 0xB0): "weekly columns",
    (0x2F, 0x85, 0x5A): "early",
    (0x68, 0xD3, 0x91): "on time",
    (0xE5, 0x3E, 0x3E): "late",
}


def chromium(page: Path, profile: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            f"--window-size={WINDOW[0]},{WINDOW[1]}",
            "--enable-logging=stderr",
            "--v=0",
            *extra,
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def page_problems(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if PAGE_PROBLEM.search(line)]


def _unfilter(kind: int, line: bytearray, previous: bytearray, channels: int) -> bytearray:
    """Undo one scanline's PNG filter (RFC 2083, 6.2), each type in its own plain loop."""
    size = len(line)
    if kind == 1:
        for i in range(channels, size):
            line[i] = (line[i] + line[i - channels]) & 0xFF
    elif kind == 2:
        line = bytearray((a + b) & 0xFF for a, b in zip(line, previous, strict=True))
    elif kind == 3:
        for i in range(size):
            left = line[i - channels] if i >= channels else 0
            line[i] = (line[i] + (left + previous[i]) // 2) & 0xFF
    elif kind == 4:
        for i in range(size):
            if i < channels:
                line[i] = (line[i] + previous[i]) & 0xFF
                continue
            left, up, corner = line[i - channels], previous[i], previous[i - channels]
            estimate = left + up - corner
            pa, pb, pc = abs(estimate - left), abs(estimate - up), abs(estimate - corner)
            nearest = left if pa <= pb and pa <= pc else up if pb <= pc else corner
            line[i] = (line[i] + nearest) & 0xFF
    return line


def png_pixels(path: Path, rows: int) -> tuple[int, int, list[tuple[int, int, int]]]:
    """Width, height and the RGB pixels of the first ``rows`` rows of an 8-bit, non-interlaced
    RGB or RGBA PNG (what Chrome writes), read with the standard library alone."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, idat = 8, b""
    width = height = bit_depth = colour_type = interlace = 0
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            width, height, bit_depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    assert bit_depth == 8 and colour_type in (2, 6) and interlace == 0
    channels = 3 if colour_type == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    pixels: list[tuple[int, int, int]] = []
    for row in range(min(rows, height)):
        offset = row * (stride + 1)
        line = _unfilter(
            raw[offset], bytearray(raw[offset + 1 : offset + 1 + stride]), previous, channels
        )
        pixels.extend(zip(line[0::channels], line[1::channels], line[2::channels], strict=True))
        previous = line
    return width, height, pixels


@pytest.fixture
def page(cli: Cli, tmp_path: Path, procedures_csv: Path) -> Path:
    load_june(cli, tmp_path, procedures_csv)
    out = tmp_path / "bao-cao"
    result = cli("report", "monthly", "--month", "2021-06", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    return out / "2021-06" / "bao-cao-2021-06.html"


def test_the_page_loads_without_console_errors_and_draws_its_charts(
    page: Path, tmp_path: Path
) -> None:
    shot = tmp_path / "page.png"
    run = chromium(
        page,
        tmp_path / "profile",
        "--dump-dom",
        f"--screenshot={shot}",
        f"--force-device-scale-factor={SCALE}",
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert page_problems(run.stderr) == []
    # The browser parsed the inline SVG as SVG: its bars are in the live document.
    assert len(re.findall(r"<svg[^>]*data-chart=", run.stdout)) >= 2
    assert run.stdout.count("<rect") >= 5 + 3 * 5
    # The charts open the page: the top half of the A4 screenshot holds them.
    width, height, pixels = png_pixels(shot, rows=int(WINDOW[1] * SCALE) // 2)
    assert (width, height) == (int(WINDOW[0] * SCALE), int(WINDOW[1] * SCALE))
    counts = Counter(pixels)
    painted = {name: counts[colour] for colour, name in CHART_COLOURS.items()}
    # Three weekly columns of about 45 x 75 px at this scale, and the stacked bars of three units.
    assert painted["weekly columns"] > 3 * 1_000, painted
    assert painted["early"] > 50 and painted["on time"] > 50 and painted["late"] > 20, painted
    white = counts[(255, 255, 255)]
    assert white < len(pixels) * 0.95  # the page is not blank


def test_a_console_error_would_be_seen(tmp_path: Path) -> None:
    """The check above can fail: a page that logs an error or fetches a missing file is caught."""
    broken = tmp_path / "broken.html"
    broken.write_text(
        '<!DOCTYPE html><html><body><img src="missing.png">'
        '<script>console.error("boom")</script></body></html>',
        encoding="utf-8",
    )
    run = chromium(broken, tmp_path / "profile", "--dump-dom")
    assert run.returncode == 0
    problems = page_problems(run.stderr)
    assert any("boom" in line for line in problems), run.stderr[-2000:]
