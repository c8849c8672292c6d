"""Hand-run timings of the ingest hot paths (not collected by pytest).

Run ``python benchmarks/micro_reader.py [rows]``: it writes an invented export to a temporary
directory, then times bare ``csv.reader`` against ``open_table`` on it, and ``DateParser`` on a
million cells.
"""

from __future__ import annotations

import csv
import datetime as dt
import pathlib
import random
import sys
import tempfile
import time

from thidua_cli.importing.kinds.dossiers import COLUMNS as DOSSIERS
from thidua_cli.ingest.dates import DateParser
from thidua_cli.ingest.reader import open_table

HEADER = [
    "Mã hồ sơ",
    "Tên thủ tục",
    "Mã TTHC",
    "Lĩnh vực",
    "Tên tổ chức, cá nhân",
    "Kênh",
    "Ngày tiếp nhận",
    "Ngày hẹn trả",
    "Ngày có kết quả",
    "Ngày trả kết quả",
    "Cán bộ xử lý",
    "Bộ phận",
    "Trạng thái",
    "Phiếu xin lỗi",
    "Ghi chú",
]


def write_export(path: pathlib.Path, rows: int) -> None:
    rng = random.Random(7)
    start = dt.datetime(2021, 1, 4, 7, 30)
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(HEADER)
        for n in range(rows):
            received = start + dt.timedelta(minutes=rng.randrange(0, 60 * 24 * 900))
            due = received + dt.timedelta(days=rng.randrange(0, 20))
            writer.writerow(
                [
                    f"000.00.19.H29-{received:%y%m%d}-{n:06d}",
                    "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
                    "1.005092",
                    "Giáo dục và Đào tạo",
                    f"Nguyễn Văn Ánh {n % 997}",
                    "Trực tuyến",
                    f"{received:%d/%m/%Y %H:%M:%S}",
                    f"{due:%d/%m/%Y}",
                    f"{due:%d/%m/%Y %H:%M}",
                    "",
                    "Trần Thị Bích",
                    "Bộ phận Một cửa",
                    "Đã trả kết quả",
                    "không",
                    "",
                ]
            )


def best_of(runs: int, work: object) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        work()  # type: ignore[operator]
        times.append(time.perf_counter() - began)
    return min(times)


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory() as folder:
        path = pathlib.Path(folder) / "export.csv"
        write_export(path, rows)
        print(f"{rows} rows x {len(HEADER)} columns, {path.stat().st_size / 1e6:.0f} MB")

        def bare() -> None:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                for _ in csv.reader(handle, delimiter=";"):
                    pass

        def table() -> None:
            with open_table(path, DOSSIERS) as opened:
                for _ in opened.rows:
                    pass

        # Interleaved, so that a burst of load elsewhere hits both sides alike.
        bare_time = table_time = float("inf")
        for _ in range(3):
            bare_time = min(bare_time, best_of(1, bare))
            table_time = min(table_time, best_of(1, table))
        print(f"bare csv.reader: {bare_time:.2f} s")
        print(f"open_table rows: {table_time:.2f} s ({table_time / bare_time:.2f}x)")

        with open_table(path, DOSSIERS) as opened:
            cells = [row[6] for _, row in opened.rows]
        cells = (cells * (1_000_000 // max(len(cells), 1) + 1))[:1_000_000]
        dates_only = [cell.split(" ")[0] for cell in cells]

        def parse(values: list[str]) -> None:
            parse_date = DateParser()
            for value in values:
                parse_date(value)

        print(f"DateParser, 1M date+time texts: {best_of(3, lambda: parse(cells)):.2f} s")
        print(f"DateParser, 1M date texts: {best_of(3, lambda: parse(dates_only)):.2f} s")
        empties = [""] * 1_000_000
        print(f"DateParser, 1M empty cells: {best_of(3, lambda: parse(empties)):.2f} s")


if __name__ == "__main__":
    main()
