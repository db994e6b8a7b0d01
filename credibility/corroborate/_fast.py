"""Helpers that make the corroboration stages cheaper without changing what they find."""

from __future__ import annotations

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
