"""The program's entry (``thidua``, ``python -m thidua_cli``).

Ctrl-C must end the program quietly with exit 130 at any moment, the first milliseconds
included, while Python loads the program's modules (``typing`` and the standard library
first). A KeyboardInterrupt raised in the middle of an import may land where Python only reports
it ("Exception ignored in ...") and carries on, or print a traceback before any ``try`` of ours
runs. So, before anything else is imported, SIGINT ends the process outright with 130: nothing
is open yet that would need closing. ``main`` hands Ctrl-C back to Python's usual
KeyboardInterrupt once the program is loaded, and ``cli.py`` turns that into 130.
"""

import os
import signal
import sys

# 128 + SIGINT, as ``errors.EXIT_INTERRUPTED`` says; not imported from there, which needs typing.
_INTERRUPTED = 130


def _stop_while_loading(signum: int, frame: object) -> None:
    os.write(2, b"\n")  # ends the line the terminal's ^C was echoed on
    os._exit(_INTERRUPTED)


# Only as the program starts (``thidua``, ``python -m thidua_cli``), not when another program
# (a test run) imports this module; and only when Ctrl-C is Python's usual KeyboardInterrupt: a
# program started with SIGINT ignored (``nohup``, a background job) keeps ignoring it.
_STARTING = __name__ == "__main__" or os.path.basename(sys.argv[0]) == "thidua"
_LOADING = _STARTING and signal.getsignal(signal.SIGINT) is signal.default_int_handler
if _LOADING:
    signal.signal(signal.SIGINT, _stop_while_loading)


def main() -> None:
    try:
        from thidua_cli.cli import main as run
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        raise SystemExit(_INTERRUPTED) from None
    finally:
        if _LOADING and signal.getsignal(signal.SIGINT) is _stop_while_loading:
            signal.signal(signal.SIGINT, signal.default_int_handler)
    run()


if __name__ == "__main__":
    main()
