"""Writing output files safely: atomic replace, CSV cells, no symbolic links followed.

Every writer in ``credibility`` streams into a file object; the files themselves are opened
here, so the rules below hold for every output:

- :func:`atomic_write` replaces a regular file in one step (a crash leaves the old file or
  none), and writes straight into a character device, a FIFO or a socket named by the user
  (``-o /dev/null``, ``-o pipe``) instead of renaming a regular file over it.
- :func:`csv_writer` writes CSV rows whose cells can neither start a spreadsheet formula nor
  split a row (carriage returns and line feeds are shown as ``\\x0d``, ``\\x0a``), nor carry
  escape sequences or bidi controls.
- :func:`open_nofollow`, :func:`ensure_dir` and :func:`remove_stale_temporaries` work inside a
  batch's output folder without following a symbolic link that someone planted there.
"""

from __future__ import annotations

import csv
import errno
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from credibility.errors import printable

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet reads as the start of a formula (OWASP "CSV injection")."""

_TEMP_SUFFIX = ".tmp"
_TEMP_RANDOM = re.compile(r"[a-z0-9_]{8}")
""":func:`tempfile.mkstemp`'s random part: eight of ``[a-z0-9_]``."""


def safe_cell(value) -> str | int | float | bool | None:
    """A CSV cell that a spreadsheet will not run as a formula (= + - @ tab CR neutralised)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_cell(value) -> str | int | float | bool | None:
    """A CSV cell that cannot split its row, start a formula or carry terminal controls.

    Control characters (CR and LF included), line and paragraph separators and bidi controls
    become visible escapes (``\\x0d``, ``\\u202e``: see :func:`credibility.errors.printable`), so
    a title with a carriage return planted in it stays one cell on one line even for tools
    that split on CR; then :func:`safe_cell` neutralises a formula start.
    """
    if isinstance(value, str):
        value = printable(value)
    return safe_cell(value)


class _CellWriter:
    """A :func:`csv.writer` whose rows pass through :func:`csv_cell`."""

    def __init__(self, fp: IO[str]):
        self._writer = csv.writer(fp, lineterminator="\n")

    def writerow(self, row: Iterable) -> None:
        self._writer.writerow([csv_cell(v) for v in row])

    def writerows(self, rows: Iterable[Iterable]) -> None:
        for row in rows:
            self.writerow(row)


def csv_writer(fp: IO[str]) -> _CellWriter:
    """A CSV writer (``\\n`` line ends) for ``fp`` that makes every cell safe (:func:`csv_cell`)."""
    return _CellWriter(fp)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _special_file(path: Path) -> bool:
    """Whether ``path`` exists and is not a regular file or a folder (a device, FIFO, socket);
    a symbolic link is judged by what it points to (``-o /dev/stdout``)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


@contextmanager
def atomic_write(path: str | Path, mode: str = "w", special_files: bool = True) -> Iterator[IO]:
    """Write ``path`` in one step: to a temporary file beside it, renamed over it on success.

    A crash or an exception leaves the old file (or none), never a half-written one; a kill
    leaves a temporary ``.NAME.XXXXXXXX.tmp`` that :func:`remove_stale_temporaries` clears.
    The rename replaces a symbolic link at ``path`` rather than writing where it points.

    Args:
        path: the output file.
        mode: ``"w"`` (UTF-8 text, newlines as written) or ``"wb"``.
        special_files: when ``path`` is a character device, FIFO or socket (``/dev/null``, a
            named pipe), write straight into it: renaming a regular file over it would replace
            the device for everyone, and the pipe's reader would get nothing.  False in folders
            the program owns (a batch's ``--out``), where such a file was planted, not chosen:
            it is replaced like anything else.

    Raises:
        OSError: the folder is missing or not writable, the disk is full.
    """
    path = Path(path)
    kwargs = {"encoding": "utf-8", "newline": ""} if "b" not in mode else {}
    if special_files and _special_file(path):
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(fd, mode, **kwargs) as fp:
            yield fp
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=_TEMP_SUFFIX,
                               dir=path.parent or ".")
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        with os.fdopen(fd, mode, **kwargs) as fp:
            yield fp
            fp.flush()
            os.fsync(fp.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def is_temporary_of(name: str, outputs: Iterable[str]) -> bool:
    """Whether the file name ``name`` is a temporary that :func:`atomic_write` makes for one of
    ``outputs`` (``.reports.jsonl.k3x_9q2a.tmp`` for ``reports.jsonl``), and nothing else."""
    if not (name.startswith(".") and name.endswith(_TEMP_SUFFIX)):
        return False
    for output in outputs:
        stem = f".{output}."
        if name.startswith(stem) and _TEMP_RANDOM.fullmatch(name[len(stem):-len(_TEMP_SUFFIX)]):
            return True
    return False


def remove_stale_temporaries(folder: Path, outputs: Iterable[str] | None = None,
                             suffix: str | None = None) -> list[str]:
    """Delete the temporaries that a killed :func:`atomic_write` left in ``folder``.

    Only regular files named exactly as :func:`atomic_write` names them for ``outputs`` (or,
    with ``suffix``, for any output name ending so, e.g. ``.html``) are removed: nothing of
    anybody else's, no link, no folder.  Call it only while holding the folder's lock.

    Returns:
        The names removed, sorted.
    """
    wanted = list(outputs or ())
    removed: list[str] = []
    try:
        if not stat.S_ISDIR(os.lstat(folder).st_mode):
            return removed  # a link planted in place of the folder: not followed
        names = sorted(os.listdir(folder))
    except FileNotFoundError:
        return removed
    for name in names:
        ours = is_temporary_of(name, wanted)
        if not ours and suffix and name.startswith(".") and name.endswith(_TEMP_SUFFIX):
            output = name[1:-len(_TEMP_SUFFIX)].rsplit(".", 1)[0]
            ours = output.endswith(suffix) and is_temporary_of(name, [output])
        if not ours:
            continue
        try:
            if stat.S_ISREG(os.lstat(folder / name).st_mode):
                os.unlink(folder / name)
                removed.append(name)
        except FileNotFoundError:
            pass
    return removed


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def open_nofollow(path: Path, flags: int, mode: int = 0o666) -> int:
    """``os.open`` that refuses a symbolic link as the last part of ``path`` (``ELOOP``).

    Raises:
        OSError: as :func:`os.open`; ``errno.ELOOP`` when ``path`` is a symbolic link.
    """
    fd = os.open(path, flags | _NOFOLLOW | getattr(os, "O_CLOEXEC", 0), mode)
    if not _NOFOLLOW and os.path.islink(path):  # no O_NOFOLLOW on this system: check after
        os.close(fd)
        raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path))
    return fd


def ensure_dir(path: Path) -> None:
    """Make the folder ``path`` inside an output folder; a symbolic link or a file planted
    under its name is removed first, so nothing is written where the link points.

    Raises:
        OSError: the folder cannot be made.
    """
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        st = None
    if st is not None and not stat.S_ISDIR(st.st_mode):
        os.unlink(path)
    os.makedirs(path, exist_ok=True)
