"""Errors a user can cause. The CLI maps each to one readable line and an exit code.

Exit codes (documented in the README): 0 ok, 1 other error, 2 usage (click), 3 unreadable or
unusable input, 4 input over the size limit, 5 broken rules file, 6 cannot write output.
"""


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
