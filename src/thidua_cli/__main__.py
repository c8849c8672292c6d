"""The program's entry (``thidua``, ``python -m thidua_cli``).

It imports nothing heavy itself, so that a Ctrl-C while the rest of the program loads still ends
quietly with exit 130 instead of a traceback.
"""

import sys

from thidua_cli.errors import EXIT_INTERRUPTED


def main() -> None:
    try:
        from thidua_cli.cli import main as run
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        raise SystemExit(EXIT_INTERRUPTED) from None
    run()


if __name__ == "__main__":
    main()
