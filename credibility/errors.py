"""Errors a user can cause. The CLI maps each to one readable line and an exit code."""


class CredibilityError(Exception):
    """Base class: something about the input or the set-up, not a bug."""

    exit_code = 1


class InputError(CredibilityError):
    """The article cannot be read or analysed (missing, empty, binary, undecodable…)."""

    exit_code = 2


class InputTooLarge(InputError):
    exit_code = 3


class RulesError(CredibilityError):
    """A rules file is broken: the message names the file, the key and what was expected."""

    exit_code = 4
