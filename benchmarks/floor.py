"""The least any Python import can do: read a CSV file with ``csv`` and insert its rows as they are.

``python benchmarks/floor.py FILE DB SKIP`` creates one table of text columns in DB and inserts
every row after the first SKIP lines (the header included) with one ``executemany`` in one
transaction: no checking, no conversion, no index, no program around it. The runner measures it
against ``sqlite3 .import`` of the same file, to show how much of an import's ratio is Python's
own before any of the work a real import does.

Two options add the storage work a real import cannot skip, still with no checking at all:

- ``--unique N --day-index M``: the table has a unique index on column N and an index on the
  day of column M (a ``dd/mm/yyyy`` date, indexed as ``yyyymmdd`` so that it sorts as a day),
  as the dossiers table has on the dossier code and the receipt day;
- ``--key A,B,C``: each row also gets a key under a unique index made of the cells of columns
  A, B, C (a survey answer's day, dossier code and officer) and its place in the file, as
  ``thidua import surveys`` keys an answer without an id of its own; with ``--day-index M`` too;
- ``--lookup N``: the officer and unit of the dossier whose code is in column N, looked up in the
  ``dossiers`` table DB already holds (what an import of answers did before they were read from
  the dossier when reported).
"""

from __future__ import annotations

import argparse
import csv
import sqlite3
from collections.abc import Iterator


def _keyed(rows: Iterator[list[str]], columns: list[int]) -> Iterator[list[str]]:
    # The row's number goes in too, standing for its place among the rows that share the rest.
    for number, row in enumerate(rows):
        yield ["\x1f".join((*(row[c] for c in columns), "", str(number))), *row]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("target")
    parser.add_argument("skip", type=int)
    parser.add_argument("--unique", type=int, help="a unique index on this column (0-based)")
    parser.add_argument("--day-index", type=int, help="an index on this column's day (0-based)")
    parser.add_argument("--key", help="a unique key of these columns (0-based, by commas)")
    parser.add_argument("--lookup", type=int, help="the dossier code column to look up")
    args = parser.parse_args(argv)
    with open(args.source, encoding="utf-8-sig", newline="") as handle:
        rows: Iterator[list[str]] = csv.reader(handle)
        for _ in range(args.skip):
            header = next(rows)
        conn = sqlite3.connect(args.target, isolation_level=None)
        # The page cache thidua's imports work with (store.writer.IMPORT_CACHE_KIB).
        conn.execute("PRAGMA cache_size = -8192")
        names = [f"c{n}" for n in range(len(header))]
        columns = [f"{name}{' UNIQUE' if n == args.unique else ''}" for n, name in enumerate(names)]
        values = [f"?{n + 1}" for n in range(len(header))]
        if args.key:
            columns.insert(0, "k TEXT UNIQUE")
            values = ["?1", *(f"?{n + 2}" for n in range(len(header)))]
            rows = _keyed(rows, [int(c) for c in args.key.split(",")])
        if args.lookup is not None:
            code = values[-len(header) + args.lookup]
            columns += ["officer", "unit"]
            values += [
                f"(SELECT d.officer FROM dossiers d WHERE d.code = {code})",
                f"(SELECT d.unit FROM dossiers d WHERE d.code = {code})",
            ]
        conn.execute(f"CREATE TABLE t ({', '.join(columns)})")
        if args.day_index is not None:
            day = names[args.day_index]
            conn.execute(
                f"CREATE INDEX t_day ON t (substr({day}, 7, 4) || substr({day}, 4, 2) || "
                f"substr({day}, 1, 2))"
            )
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO t VALUES ({', '.join(values)})", rows)
        conn.execute("COMMIT")
        conn.close()


if __name__ == "__main__":
    main()
