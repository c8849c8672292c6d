"""The least xlsxwriter can do for a workbook of N cells: the cells alone, nothing around them.

``python benchmarks/xlsx_floor.py CELLS OUT`` writes CELLS cells into OUT, twelve to a row like
the monthly batch's dossier lists (eight texts, two dates, two whole numbers, one bordered format
each), in xlsxwriter's constant-memory mode as the batch does for a big month: no titles, charts,
column widths or second format. The runner gives it the cell count of the workbook that
``thidua report monthly`` has just written, to show how much of the batch's time the workbook
library alone needs for that many cells. ``--normal`` writes them in xlsxwriter's default mode
instead, which holds every cell in memory until the file is closed.
"""

from __future__ import annotations

import sys

import xlsxwriter

TEXTS = (
    "000.00.24.H29-210601-0042",
    "Cấp giấy phép hoạt động giáo dục kỹ năng sống",
    "Trần Thị Hồng Nhung",
    "Phòng Giáo dục và Đào tạo",
    "Trực tiếp",
    "Quá hạn",
    "Đã gửi thư xin lỗi",
    "",
)
WIDTH = 12


def main(argv: list[str]) -> None:
    cells, target = int(argv[0]), argv[1]
    # --normal: xlsxwriter's default mode, which keeps every cell in memory until the end.
    normal = "--normal" in argv[2:]
    workbook = xlsxwriter.Workbook(target, {"constant_memory": not normal})
    sheet = workbook.add_worksheet()
    bordered = workbook.add_format({"border": 1})
    dated = workbook.add_format({"border": 1, "num_format": "dd/mm/yyyy"})
    rows, rest = divmod(cells, WIDTH)
    for row in range(rows + (1 if rest else 0)):
        width = WIDTH if row < rows else rest
        for column in range(width):
            if column < 8:
                sheet.write_string(row, column, TEXTS[(row + column) % len(TEXTS)], bordered)
            elif column < 10:
                sheet.write_number(row, column, 44348 + row % 365, dated)
            else:
                sheet.write_number(row, column, row % 40, bordered)
    workbook.close()


if __name__ == "__main__":
    main(sys.argv[1:])
