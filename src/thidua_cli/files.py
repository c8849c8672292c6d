"""Every file thidua writes goes through here: reports, rejected rows, backups, the monthly batch.

- **The guard.** No output may replace what its run reads or keeps (``Kept``): the live
  database, its journal files, or an input of the same command. Paths are compared resolved
  (a symlink counts) and by inode (a hard link counts). A refusal is one sentence and exit 2,
  before anything is written.
- **Atomic replacement.** A file is written under a temporary name beside it, then renamed
  over the old one: a reader sees the whole old file or the whole new one. A folder (the
  monthly batch) is built beside its final name and swapped in.
- **Special files are written to, not replaced.** ``-`` is standard output; ``/dev/stdout``,
  ``/dev/fd/N``, a device such as ``/dev/null`` and a FIFO are opened and written, never
  swapped for a regular file. A symlink is followed: its target is replaced.
- **No leftovers.** Temporaries are named ``.thidua-tmp-*`` and locked (``flock``) while in use;
  the next write into the same folder removes those whose lock is free, i.e. whose writer died
  (``kill -9``, a power cut). Nothing else in the folder is ever touched.
- **A terminal shows, never obeys.** Text written to a terminal (``--format csv`` without
  ``-o``, ``-o /dev/tty``) has its control characters shown as symbols (``text/controls.py``).
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

from thidua_cli.errors import ThiduaError, UsageError
from thidua_cli.text.controls import ON_TERMINAL

STDOUT = "-"
TEMPORARY_PREFIX = ".thidua-tmp-"
# What SQLite keeps beside a database (and beside a backup being written).
JOURNALS = ("-wal", "-shm", "-journal")
# Names of an open file descriptor rather than of a file: written in place, never replaced.
_DESCRIPTOR = re.compile(r"^/dev/(stdout|stderr|fd/\d+)$|^/proc/(self|\d+)/fd/\d+$")
# Backups of earlier versions, written before the prefix above; no earlier version locks them.
_EARLIER = re.compile(r"^\.thidua-backup-\w+\.db(-journal)?$")


@dataclass(frozen=True)
class Kept:
    """What a run reads or keeps: no file it writes may replace one of these."""

    database: Path | None = None
    inputs: tuple[Path, ...] = ()

    def with_inputs(self, *inputs: Path) -> Kept:
        return Kept(self.database, (*self.inputs, *inputs))

    def refuse(self, target: Path) -> None:
        """Raise when writing ``target`` would replace the database, a journal or an input."""
        if is_stdout(target):
            return
        wanted = os.path.realpath(target)
        if self.database is not None:
            live = os.path.realpath(self.database)
            for companion in (live, *(live + suffix for suffix in JOURNALS)):
                if wanted == companion or _same_file(target, companion):
                    raise UsageError(
                        "files.is_database", path=str(target), database=str(self.database)
                    )
        for source in self.inputs:
            if wanted == os.path.realpath(source) or _same_file(target, source):
                raise UsageError("files.is_input", path=str(target), input=str(source))

    def refuse_folder(self, folder: Path) -> None:
        """Raise when replacing ``folder`` whole would take the database or an input with it."""
        inside = os.path.realpath(folder) + os.sep
        for kept in (self.database, *self.inputs):
            if kept is not None and os.path.realpath(kept).startswith(inside):
                raise UsageError("files.holds_kept", path=str(folder), kept=str(kept))


def _same_file(target: Path | str, other: Path | str) -> bool:
    try:
        return os.path.samefile(target, other)
    except OSError:  # either one missing: not the same file
        return False


def is_stdout(path: Path | str | None) -> bool:
    return path is not None and str(path) == STDOUT


def is_special(path: Path) -> bool:
    """Standard output, a descriptor's name, a device, a FIFO: written in place."""
    if is_stdout(path) or _DESCRIPTOR.match(str(path)):
        return True
    try:
        mode = os.stat(path).st_mode  # follows a symlink: /dev/stdout, a link to a FIFO
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def is_terminal(path: Path) -> bool:
    """Whether writing ``path`` would put bytes on a terminal's screen (``-``, ``/dev/tty``).

    Only a character device is opened to ask: opening a FIFO would hand its reader an end of
    file before anything was written.
    """
    if is_stdout(path):
        return sys.stdout.isatty()
    try:
        if not stat.S_ISCHR(os.stat(path).st_mode):
            return False
        fd = os.open(path, os.O_WRONLY | os.O_NOCTTY | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        return os.isatty(fd)
    finally:
        os.close(fd)


def _final(path: Path) -> Path:
    """Where the new file goes: a symlink's target (which is replaced), else the path itself."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _folder(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def check_output(path: Path, kept: Kept) -> None:
    """Everything that can be said about ``path`` before anything is written to it."""
    if is_stdout(path):
        return
    kept.refuse(path)
    if path.is_dir():
        raise UsageError("files.is_folder", path=str(path))
    if is_special(path):
        return
    folder = _folder(_final(path))
    if not folder.is_dir():
        raise UsageError("files.no_folder", path=str(path), folder=str(folder))


# The usual reasons a write fails, said in words rather than as the system's English.
_REASONS = {
    errno.EACCES: "files.cannot_write.permission",
    errno.EPERM: "files.cannot_write.permission",
    errno.EROFS: "files.cannot_write.permission",
    errno.ENOSPC: "files.cannot_write.no_space",
    errno.EDQUOT: "files.cannot_write.no_space",
    errno.EFBIG: "files.cannot_write.no_space",
}


def cannot_write(path: Path | str, folder: Path | str, exc: OSError) -> Exception:
    """One sentence for a write that failed: the file, its folder, and why.

    A pipe whose reader went away (``backup - | head``, a FIFO) is no failure to explain: the
    error stays itself, and the program stops quietly with its own exit code (``cli.py``).
    """
    if isinstance(exc, BrokenPipeError):
        return exc
    key = _REASONS.get(exc.errno or 0, "files.cannot_write")
    reason = exc.strerror or type(exc).__name__
    return ThiduaError(key, path=str(path), folder=str(folder), reason=reason)


# --- temporaries -------------------------------------------------------------------------------


def _claim(folder: Path, suffix: str, *, directory: bool = False) -> tuple[Path, int]:
    """A new temporary in ``folder``, locked: (its path, the descriptor holding the lock).

    A concurrent clean-up may take a temporary between its creation and its lock; the name is
    then checked to be still ours, and a new one made otherwise.
    """
    remove_stale(folder)
    while True:
        if directory:
            name = tempfile.mkdtemp(prefix=TEMPORARY_PREFIX, dir=folder)
            fd = os.open(name, os.O_RDONLY)
        else:
            # mkstemp: mode 600, whatever the umask; reports and backups carry citizens' data.
            fd, name = tempfile.mkstemp(prefix=TEMPORARY_PREFIX, suffix=suffix, dir=folder)
        fcntl.flock(fd, fcntl.LOCK_EX)
        mine = os.fstat(fd)
        try:
            found = os.stat(name)
            if (found.st_dev, found.st_ino) == (mine.st_dev, mine.st_ino):
                return Path(name), fd
        except FileNotFoundError:
            pass
        os.close(fd)


def remove_stale(folder: Path) -> list[str]:
    """Remove the temporaries in ``folder`` that no running thidua holds; returns their names."""
    try:
        names = set(os.listdir(folder))
    except OSError:
        return []
    ours = {n for n in names if n.startswith(TEMPORARY_PREFIX) or _EARLIER.match(n)}
    removed = []
    for name in sorted(ours):
        base = next((name[: -len(s)] for s in JOURNALS if name.endswith(s)), name)
        if base != name and base in ours:
            continue  # a journal goes with its temporary, below
        path = folder / name
        fd = _lock_if_free(path)
        if fd is None and base == name:
            continue  # held by a running thidua
        try:
            _remove(path)
            for suffix in JOURNALS:
                if name + suffix in ours:
                    _remove(folder / (name + suffix))
            removed.append(name)
        finally:
            if fd is not None:
                os.close(fd)
    return removed


def _lock_if_free(path: Path) -> int | None:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def _remove(path: Path) -> None:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    except OSError:
        pass  # another run removing it at the same moment, or a folder we may not write


class Replacement:
    """A new version of ``path`` written under a temporary name, then put in place.

    ``temporary`` is where to write; ``commit`` puts it in place (renamed over a regular file,
    copied into a special one), ``discard`` forgets it. ``replacing`` wraps both.
    """

    def __init__(self, path: Path, kept: Kept) -> None:
        check_output(path, kept)
        self.path = path
        self.special = is_special(path)
        self.final = path if self.special else _final(path)
        # A special file has no folder to build in (/dev is not ours): its copy waits in the
        # system's temporary folder.
        self.folder = Path(tempfile.gettempdir()) if self.special else _folder(self.final)
        try:
            self.temporary, self._lock = _claim(self.folder, self.final.suffix)
        except OSError as exc:
            raise cannot_write(path, self.folder, exc) from None

    def commit(self) -> None:
        try:
            if self.special:
                with self.temporary.open("rb") as source, open_special_binary(self.path) as sink:
                    shutil.copyfileobj(source, sink, 1 << 20)
                self.temporary.unlink()
            else:
                os.replace(self.temporary, self.final)
        except OSError as exc:
            self.discard()
            raise cannot_write(self.path, _folder(self.final), exc) from None
        self._release()

    def discard(self) -> None:
        self.temporary.unlink(missing_ok=True)
        for suffix in JOURNALS:
            Path(f"{self.temporary}{suffix}").unlink(missing_ok=True)
        self._release()

    def _release(self) -> None:
        if self._lock >= 0:
            os.close(self._lock)
            self._lock = -1


@contextmanager
def replacing(path: Path, kept: Kept) -> Iterator[Path]:
    """A temporary path to write ``path``'s new content to; on success it takes ``path``'s place.

    A failure (or Ctrl-C) part-way leaves ``path`` as it was and no temporary behind.
    """
    replacement = Replacement(path, kept)
    try:
        yield replacement.temporary
    except OSError as exc:
        replacement.discard()
        raise cannot_write(path, replacement.folder, exc) from None
    except BaseException:
        replacement.discard()
        raise
    replacement.commit()


@contextmanager
def open_special_binary(path: Path) -> Iterator[IO[bytes]]:
    if is_stdout(path):
        sys.stdout.flush()
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    # Append: /dev/stdout redirected with >> to a file must not cut that file; for a device or a
    # FIFO it is the same as writing.
    with open(path, "ab") as handle:
        yield handle


class _Shown:
    """A terminal's stream: the control characters written to it are shown as symbols, not
    obeyed (a CSV cell holding ESC ] 0 ; would set the window's title)."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(text.translate(ON_TERMINAL))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def readable(stream: IO[str]) -> IO[str]:
    """``stream`` as text formats write to it: shown safely when it is a terminal."""
    try:
        terminal = stream.isatty()
    except (OSError, ValueError):
        terminal = False
    return cast("IO[str]", _Shown(stream)) if terminal else stream


def write_stdout(write: Callable[[IO[str]], None]) -> None:
    write(readable(sys.stdout))
    sys.stdout.flush()


def write_text(
    path: Path, kept: Kept, write: Callable[[IO[str]], None], *, encoding: str = "utf-8"
) -> None:
    """Write a text file (line ends as written): atomically, or straight into a special file."""
    check_output(path, kept)
    if is_stdout(path):
        write_stdout(write)
        return
    if is_special(path):
        try:
            with open(path, "a", encoding=encoding, newline="") as handle:
                write(readable(handle))
        except OSError as exc:
            raise cannot_write(path, _folder(path), exc) from None
        return
    with (
        replacing(path, kept) as temporary,
        temporary.open("w", encoding=encoding, newline="") as handle,
    ):
        write(handle)


def make_folder(path: Path) -> None:
    """``path`` as a folder, made with its parents when missing; one sentence when it cannot be."""
    if path.exists() and not path.is_dir():
        raise UsageError("files.not_a_folder", path=str(path))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        blocking = next((p for p in (path, *path.parents) if p.exists()), path)
        raise cannot_write(path, blocking, exc) from None


@contextmanager
def replacing_folder(path: Path, kept: Kept) -> Iterator[Path]:
    """A new folder to fill; on success it takes ``path``'s place whole.

    The old folder is renamed aside, the new one renamed in, the old one removed: a reader sees
    every file of the old version or every file of the new one. ``path``'s folder must exist.
    The new folder is its owner's only (mode 700), as every file thidua writes is.
    """
    kept.refuse_folder(path)
    if path.exists() and not path.is_dir():
        raise UsageError("files.not_a_folder", path=str(path))
    final = _final(path)
    parent = _folder(final)
    try:
        temporary, lock = _claim(parent, "", directory=True)
    except OSError as exc:
        raise cannot_write(path, parent, exc) from None
    try:
        try:
            yield temporary
            if final.exists():
                # Renamed onto an empty folder of our naming, which it replaces.
                aside = Path(tempfile.mkdtemp(prefix=TEMPORARY_PREFIX, dir=parent))
                os.rename(final, aside)
                os.rename(temporary, final)
                _remove(aside)
            else:
                os.rename(temporary, final)
        except OSError as exc:
            raise cannot_write(path, parent, exc) from None
    except BaseException:
        _remove(temporary)
        raise
    finally:
        os.close(lock)
