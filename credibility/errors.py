"""Errors a user can cause. The CLI maps each to one readable line and an exit code.

Exit codes (documented in the README):

| code | meaning |
|---|---|
| 0 | ok |
| 1 | a bug (one line; ``credibility -v`` shows the traceback); ``batch --strict``: failures |
| 2 | usage error (click): unknown option, missing argument |
| 3 | unreadable or unusable input (:class:`InputError`) |
| 4 | input over the size limit (:class:`InputTooLarge`, ``--max-bytes``) |
| 5 | broken rules file (:class:`RulesError`) |
| 6 | cannot write output (:class:`OutputError`): permissions, disk full, missing folder |
| 7 | ``batch``: another batch is writing the same ``--out`` (:class:`OutputBusy`) |
| 8 | an optional part is not installed (:class:`MissingExtra`): ``--db``, ``--parquet``, ``--scheduler`` |
| 130 | interrupted by Ctrl-C (SIGINT); ``batch``: rerun the same command to resume |
| 143 | terminated (SIGTERM, :class:`Terminated`); ``batch``: rerun the same command to resume |
"""

import re


class CredibilityError(Exception):
    """Base class: something about the input or the set-up, not a bug."""

    exit_code = 1


class InputError(CredibilityError):
    """The article cannot be read or analysed (missing, empty, binary, undecodable…)."""

    exit_code = 3


class InputTooLarge(InputError):
    """The input is over the configured size limit."""

    exit_code = 4


class RulesError(CredibilityError):
    """A rules file is broken: the message names the file, the key and what was expected."""

    exit_code = 5


class OutputError(CredibilityError):
    """An output file or folder cannot be written (permissions, disk full, bad path)."""

    exit_code = 6


class OutputBusy(OutputError):
    """Another batch holds the lock on the output folder (two batches on one ``--out``)."""

    exit_code = 7


class MissingExtra(CredibilityError):
    """An option needs a package of an extra that is not installed; the message names the
    extra to install (``pip install 'news-credibility[db]'``)."""

    exit_code = 8


def require_extra(module: str, extra: str, option: str):
    """Import ``module`` for ``option``, or raise :class:`MissingExtra` naming ``extra``.

    Returns:
        The imported module.
    """
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtra(f"{option} needs {module.split('.')[0].replace('_', '-')}: "
                           f"pip install 'news-credibility[{extra}]' (in a clone of the "
                           f"repository: pip install -e '.[{extra}]')") from None


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where Ctrl-C raises :class:`KeyboardInterrupt` so that the same clean-up
    runs (temporary files removed, worker processes ended); the command exits 143."""

    exit_code = 143


INTERRUPTED_EXIT = 130
"""Exit code after Ctrl-C (128 + SIGINT), as shells report it."""


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str, keep_newlines: bool = False) -> str:
    """``text`` safe to print on a terminal: control characters shown as escapes.

    Article text and file names come from whoever wrote the file: an escape sequence in them
    could retitle or clear the user's terminal, a bidi override could reorder what is shown, and a
    newline would break a one-line error message.  Each becomes a visible ``\\x1b``-style escape.

    Args:
        text: what to print.
        keep_newlines: keep ``\\n`` and ``\\t`` (for multi-line reports).
    """
    def escape(m: re.Match) -> str:
        ch = m.group()
        if keep_newlines and ch in "\n\t":
            return ch
        return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"

    return _UNPRINTABLE.sub(escape, text)
