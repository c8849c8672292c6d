"""Writing a file so that a reader never sees half of it: a temporary name beside it, then one
rename over the old file (atomic on the same file system)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from thidua_cli.errors import ThiduaError, UsageError


def check_target(path: Path) -> None:
    directory = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise UsageError("export.is_directory", path=str(path))
    if not directory.is_dir():
        raise UsageError("export.no_directory", path=str(path), directory=str(directory))


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A fresh temporary path in ``path``'s folder; on success it becomes ``path``.

    The temporary file is created private to its owner (``mkstemp``) and keeps that mode: reports
    carry citizens' data, like the database.
    """
    check_target(path)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise ThiduaError(
            "export.cannot_write", path=str(path), reason=exc.strerror or exc
        ) from None
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ThiduaError(
            "export.cannot_write", path=str(path), reason=exc.strerror or exc
        ) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_text(path: Path, write: Callable[[IO[str]], None]) -> None:
    """Write a text file (UTF-8, line ends as written) atomically."""
    with replacing(path) as temporary, temporary.open("w", encoding="utf-8", newline="") as handle:
        write(handle)
