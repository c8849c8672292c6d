"""The least any Python import can do: read a CSV file with ``csv`` and insert its rows as they are.

``python benchmarks/floor.py FILE DB SKIP`` creates one table of text columns in a new database
and inserts every row after the first SKIP lines (the header included) with one ``executemany``
in one transaction: no checking, no conversion, no index, no program around it. The runner
measures it against ``sqlite3 .import`` of the same file, to show how much of an import's ratio
is Python's own before any of the work a real import does.
"""

from __future__ import annotations

import csv
import sqlite3
import sys


def main(argv: list[str]) -> None:
    source, target, skip = argv[0], argv[1], int(argv[2])
    with open(source, encoding="utf-8-sig", newline="") as handle:
        rows = csv.reader(handle)
        for _ in range(skip):
            header = next(rows)
        conn = sqlite3.connect(target, isolation_level=None)
        names = ", ".join(f"c{n}" for n in range(len(header)))
        conn.execute(f"CREATE TABLE t ({names})")
        marks = ", ".join("?" for _ in header)
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO t VALUES ({marks})", rows)
        conn.execute("COMMIT")
        conn.close()


if __name__ == "__main__":
    main(sys.argv[1:])
