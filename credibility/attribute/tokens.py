"""Words, quotation regions and the sentence being read: what every other attribution module
works on.

A sentence is read as a list of ``Tok`` (a word or punctuation mark with its offsets in the
article) together with its quoted stretches (``Context``).
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple

from credibility.records import Span
from credibility.rules import Rules
from credibility.segment import opens_for_good, quote_marks, straight_single

_TOKEN = re.compile(r"''|[\w$%]+(?:(?:[-'’.&/]|(?<=\d),(?=\d{3}(?!\d)))[\w$%]+)*\.?(?<!\.)"
                    r"|[^\w\s]")
"""A word with its inner hyphens, apostrophes and dots, a figure with its thousands commas
("78,000", "$1,500,000"), or one mark."""
_CONTRACTED = re.compile(r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Ww]ho|[Tt]hey|[Ww]e|[Yy]ou|I|[Tt]hat|[Tt]here)"
                         r"['’](?:s|re|ve|ll|d|m)\b")
"""A pronoun with a contracted verb, "He’s claiming": two tokens, "He" and "’s"."""
CALENDAR = frozenset(list(calendar.day_name) + list(calendar.month_name)[1:])
"""Weekday and month names (English, the standard library's): capitalised, and a time where
they open a phrase of lower-case words or figures ("Wednesday morning", "March 5"); "May" and
"April" may also be people's names."""
WORDISH = re.compile(r"[\w$%]")
OPEN_TOKENS = frozenset({"“", '"', "''", "«", "‘", "„", "‹"})
CLOSE_TOKENS = frozenset({"”", '"', "''", "»", "’", "“", "›"})
QUOTE_TOKENS = OPEN_TOKENS | CLOSE_TOKENS
SEGMENT_STOPS = frozenset({",", ";", ":", "(", ")"}) | QUOTE_TOKENS
RIGHT_STOPS = frozenset({",", ".", ";", ":", "—", "–", "(", ")", "!", "?"}) | QUOTE_TOKENS
FORWARD_BEFORE = frozenset({",", ";", ":", "—", "–", "(", "―"}) | OPEN_TOKENS
SCAN_LIMIT = 40
"""Most tokens a left or right scan for a source phrase looks at."""


class Tok(NamedTuple):
    """A word or punctuation mark of a sentence, with its offsets in the article."""

    text: str
    start: int
    end: int
    low: str



@dataclass
class Context:
    """One sentence being read: its tokens and quoted stretches."""

    text: str
    toks: list[Tok]
    quotes: list[tuple[int, int]]
    span: Span
    end: int
    """End of the sentence without its final punctuation."""
    cue_tokens: list[int] | None = None
    """Indexes of the tokens that may be verb cues (a reporting verb or the first word of a
    phrasal cue), in order: read once by the first verb-frame scan of the sentence."""
    clause_marks: tuple[list[int], int, int] | None = None
    """The relative-clause marks of the sentence (``Frames._clause_marks``), read once."""

    @cached_property
    def title_case(self) -> bool:
        """A headline in title case ("Mayor Says Bridge Will Reopen …"): capitals mean nothing.
        Computed only when a capitalized cue asks (most sentences never do)."""
        words = [t for t in self.toks if t.text[:1].isalpha()]
        return len(words) >= 4 and sum(t.text[0].isupper() for t in words) > 0.75 * len(words)

    def in_quote(self, pos: int) -> bool:
        # Regions are sorted and do not overlap: the only candidate is the last one starting
        # before pos (a scan over all of them made quote-heavy sentences quadratic).
        i = bisect_left(self.quotes, (pos, -1))
        return i > 0 and pos < self.quotes[i - 1][1]

    def quote_kind(self, content: Span) -> str:
        inside = sum(min(e, content.end) - max(s, content.start) for s, e in self.quotes
                     if s < content.end and content.start < e)
        return "direct" if inside >= 0.5 * max(1, len(content)) else "indirect"

    def content(self, a: int, b: int, shortest: int = 8) -> Span | None:
        """The content between two offsets, without the commas and dashes around it; None when
        it is shorter than ``shortest`` characters or holds no word."""
        c = Span.of(self.text, a, b)
        while c.text and c.text[-1] in ",;:—–-―":
            c = Span.of(self.text, c.start, c.end - 1)
        while c.text and c.text[0] in ",;:—–-―":
            c = Span.of(self.text, c.start + 1, c.end)
        if len(c.text) < shortest or not WORDISH.search(c.text):
            return None
        return c



def is_adverb(tok: Tok) -> bool:
    """"strongly", "falsely": a manner adverb between a source and its verb."""
    return len(tok.text) > 4 and tok.text.endswith("ly") and tok.text.islower()


def is_past_verb(tok: Tok) -> bool:
    """"filed", "founded": a lower-case word in -ed, most likely a verb inside a clause; not a
    hyphenated compound, which is an adjective ("black-owned", "self-described")."""
    return is_past_form(tok.text)


@lru_cache(maxsize=4096)
def cardinal(word: str) -> float | None:
    """The value of a cardinal number written in words ("twelve", "twenty-five", "hundred"),
    as text2num (Allo-Media, MIT) reads it; None for any other word."""
    if not word.replace("-", "").isalpha():
        return None
    from text_to_num import text2num

    try:
        return float(text2num(word.lower().replace("-", " "), "en"))
    except ValueError:
        return None


def is_past_form(word: str) -> bool:
    """:func:`is_past_verb` for a word given as a string; a four-letter one ("sued", "died",
    "used") unless it ends in "eed" ("need", "seed"); "shed" and "sled" are read as verbs too."""
    return (len(word) > 4 or len(word) == 4 and not word.endswith("eed")) \
        and word.endswith("ed") and word.islower() and "-" not in word


_SET_OFF_BEFORE_PARTICIPLE = frozenset({",", "—", "–"})
"""Marks that set a participle phrase off after the noun it modifies."""


def clause_like(toks: list[Tok], determiners: frozenset[str],
                participle_prepositions: frozenset[str] = frozenset()) -> bool:
    """A phrase with a past-tense verb in it ("customers filed a lawsuit") is a clause; not a
    past participle followed by one of ``participle_prepositions`` ("a detective involved in
    the investigation"), nor one set off by a comma right after the noun ("The survey,
    carried out by Ipsos", "A 2019 report, marked confidential": a verb of a clause of its
    own would have a subject between the comma and it)."""
    return any(is_past_verb(t) and n and toks[n - 1].low not in determiners
               and toks[n - 1].text not in _SET_OFF_BEFORE_PARTICIPLE
               and not (n + 2 < len(toks) and toks[n + 1].low in participle_prepositions
                        and (toks[n + 1].low != "to" or toks[n + 2].low in determiners))
               for n, t in enumerate(toks))


_PLURAL_POSSESSIVE = re.compile(r"(?<=\ws)['’](?=[ \t]+[\w$])")
"""The apostrophe of a plural possessive ("the nurses' union", "Workers’ rights")."""


def _possessives_attached(text: str, base: int, toks: list[Tok]) -> list[Tok]:
    """``toks`` with each plural-possessive apostrophe joined to its word ("nurses'" one
    token, as "nurse's" is), so that a source phrase runs over it ("Nurses' union leader
    Kofi Boateng said").  A curly one is a closing single quote when the text opens one."""
    marks = {base + m.start() for m in _PLURAL_POSSESSIVE.finditer(text)
             if m.group() == "'" or "‘" not in text}
    if not marks:
        return toks
    out: list[Tok] = []
    for t in toks:
        if t.start in marks and out and out[-1].end == t.start:
            w = out[-1]
            out[-1] = tuple.__new__(Tok, (w.text + t.text, w.start, t.end, w.low + t.low))
        else:
            out.append(t)
    return out


NICKNAME = re.compile(
    r"\b[A-Z][^\W\d_A-Z]+ (?P<nick>[\"“‘](?P<inner>[A-Z][^\"“”‘’\n]{0,30}?)[\"”’])"
    r"(?= [A-Z][^\W\d_A-Z])")
"""A nickname in quotation marks between a first name and a surname: Samuel "Big Sam" Okoro,
Joaquín ‘El Chapo’ Guzmán."""


def blank_nicknames(text: str) -> str:
    """``text`` with each quoted nickname inside a name (marks included) turned to spaces, so
    that offsets stay: 'Samuel "Big Sam" Okoro' reads as one name of two words."""
    if '"' not in text and "“" not in text and "‘" not in text:
        return text
    return NICKNAME.sub(lambda m: m.group()[:m.start("nick") - m.start()]
                        + " " * len(m.group("nick")), text)


def _nicknames_joined(text: str, base: int, toks: list[Tok]) -> list[Tok]:
    """``toks`` with each quoted nickname inside a name one token, its text without the marks
    (its offsets with them), so that a source phrase and a name run over it."""
    spans = {base + m.start("nick"): (base + m.end("nick"), m.group("inner"))
             for m in NICKNAME.finditer(text)}
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        if t.start in spans:
            end, inner = spans[t.start]
            while k < len(toks) and toks[k].start < end:
                k += 1
            out.append(tuple.__new__(Tok, (inner, t.start, end, inner.lower())))
            continue
        out.append(t)
        k += 1
    return out


_DOUBLE_MARK = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb]|''")
"""A double quotation mark: single marks then quote inside a quotation, not as its marks."""


def _straight_quotes_curled(text: str, base: int, toks: list[Tok]) -> list[Tok]:
    """British and Indian copy quotes in typewriter single marks ("'It's not just books,' she
    told the BBC."): a ``'`` token that opens or closes a quotation (``straight_single``) reads
    as a curly mark, the marks the frames know; its offsets are unchanged.  One right beside
    another quotation mark (",'" before a closing double mark, a typewriter triple) is left
    as it is: a nested quotation's end."""
    out, opened = [], []     # opened: where in ``out`` the marks still open stand
    marks = QUOTE_TOKENS | {"‘", "’", "'"}
    for k, t in enumerate(toks):
        if t.text == "'":
            beside = (k and toks[k - 1].end == t.start and toks[k - 1].text in marks) or (
                k + 1 < len(toks) and toks[k + 1].start == t.end and toks[k + 1].text in marks)
            role = None if beside else straight_single(text, t.start - base, len(opened))
            if role == "reopen":    # the one opened before was an apostrophe ("'til")
                j = opened.pop()
                out[j] = toks[j]
                role = "open"
            if role is not None:
                if role == "open":
                    opened.append(len(out))
                else:
                    opened.pop()
                mark = "‘" if role == "open" else "’"
                t = tuple.__new__(Tok, (mark, t.start, t.end, mark))
        out.append(t)
    for j in opened:    # never closed: an apostrophe after all, as in quote_regions, unless
        if not opens_for_good(text, toks[j].start - base):  # it opens a quotation that
            out[j] = toks[j]                                # runs on ("said: 'We …")
    return out


def tokenize(text: str, base: int) -> list[Tok]:
    new = tuple.__new__     # skips the named tuple's keyword-argument constructor: hot path
    # Tokens cover every character but white space and never start with one, so each stands
    # where ``find`` first sees it after the one before (no match object per token).
    toks = []
    find, pos = text.find, 0
    for w in _TOKEN.findall(text):
        start = find(w, pos)
        pos = start + len(w)
        toks.append(new(Tok, (w, base + start, base + pos, w.lower())))
    if ("s'" in text or "s’" in text) and _PLURAL_POSSESSIVE.search(text):
        toks = _possessives_attached(text, base, toks)
    if ('"' in text or "“" in text or "‘" in text) and NICKNAME.search(text):
        toks = _nicknames_joined(text, base, toks)
    if "'" in text and not _DOUBLE_MARK.search(text) and any(t.text == "'" for t in toks):
        toks = _straight_quotes_curled(text, base, toks)   # (inside double marks a single one
        #                                                    is a nested quotation's)
    if ("’" not in text and "'" not in text) or _CONTRACTED.search(text) is None:
        return toks
    split = {base + m.start(): base + m.end() for m in _CONTRACTED.finditer(text)}
    out = []
    for t in toks:
        if split.get(t.start) == t.end:
            cut = max(t.text.rfind("'"), t.text.rfind("’"))
            out.append(new(Tok, (t.text[:cut], t.start, t.start + cut, t.low[:cut])))
            out.append(new(Tok, (t.text[cut:], t.start + cut, t.end, t.low[cut:])))
        else:
            out.append(t)
    return out


_SINGLE_QUOTES = frozenset("‘’'‹›")


def _closes_curly(text: str, pos: int, length: int, opener: str) -> bool:
    """Whether a straight double mark at ``pos`` closes the curly one open before it (“…,"
    she said: copy that mixes the two): it stands where a closing mark does, after a
    character other than a space and before a space, a punctuation mark or the end."""
    if opener != "“" or not pos or text[pos - 1].isspace():
        return False
    after = text[pos + length:pos + length + 1]
    return not after or after.isspace() or not after.isalnum()


def quote_regions(text: str, base: int, rules: Rules) -> list[tuple[int, int]]:
    """(start, end) of quoted stretches of ``text`` (quote marks included), offsets + base.

    Nested quotes lie inside their outer region; a quote left open runs to the end of ``text``.
    """
    regions = []
    stack: list[tuple[str, int]] = []
    for pos, length, role in quote_marks(text, rules.quotes, singles=True):
        mark = text[pos:pos + length]
        closing = (role == "close" or (role == "toggle" and stack and (
            stack[-1][0] == mark or _closes_curly(text, pos, length, stack[-1][0])))
                   or (role == "either" and stack and stack[-1][0] != mark))
        if closing:
            if mark not in _SINGLE_QUOTES:
                # a double mark closes over single ones still open: they were apostrophes
                # ("if I asked ‘em. …,” Portman said")
                while stack and stack[-1][0] in _SINGLE_QUOTES:
                    stack.pop()
            if not stack:
                continue
            _, s = stack.pop()
            if not stack:
                regions.append((base + s, base + pos + length))
        else:
            stack.append((mark, pos))
    # a typewriter single never closed: an apostrophe after all, unless it opens a quotation
    # that runs on (after a colon or at the start: "Hale said: 'We had no warning.")
    stack = [(mark, s) for mark, s in stack if mark != "'" or opens_for_good(text, s)]
    if stack:
        regions.append((base + stack[0][1], base + len(text)))
    return regions

