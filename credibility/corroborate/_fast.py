"""Helpers that make the corroboration stages cheaper without changing what they find."""

from __future__ import annotations

import re

MEMO_WORDS = 1 << 18
"""At most this many words are kept per memo (then the rest are computed each time)."""


class Memo(dict):
    """A dict that computes a missing value with ``make`` and keeps it (while it holds fewer
    than :data:`MEMO_WORDS`): looking a word up costs a dict lookup, not a call."""

    __slots__ = ("make",)

    def __init__(self, make):
        super().__init__()
        self.make = make

    def __missing__(self, key):
        value = self.make(key)
        if len(self) < MEMO_WORDS:
            self[key] = value
        return value


def can_start(words, also: str = "") -> str:
    """A lookahead for the first characters of the words and the character-class items
    ``also`` (``r"\\d"``), to put before a pattern whose matches start with one of them: the
    pattern then gives up at once where none of its alternatives can start, and finds the same
    matches.  "" when a word is empty (a match could start anywhere)."""
    if any(not w for w in words):
        return ""
    return "(?=[" + also + "".join(re.escape(c) for c in sorted({w[0] for w in words})) + "])"
