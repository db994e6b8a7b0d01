"""Stage 3, attribute: who says what.

For each sentence, find its attribution frames: a cue (a reporting verb of
``rules/reporting_verbs.txt``, a phrasal, participle, noun or "according to" cue of
``rules/cues.toml``, a speaker label "NAME:" or a dash signing a quotation) with a source phrase on
one side and the content on the other, in the orders news copy uses ("X said Y", "Y, X said",
"“Y,” said X", "according to X, Y", "X's claim that Y", "…, adding that Y").  Classify each source
phrase into a source kind (``rules/sources.toml``), resolve pronouns, "who", one-word names and
descriptions such as "the second source" to the source they refer back to, record a stated reason
for anonymity and mark hedges.  A sentence without a frame continues the previous attribution
when it goes on with its quotation, follows a colon frame, or goes on about the same people;
otherwise it is the reporter's own voice.

Every scan for a source phrase is bounded (``_SCAN_LIMIT`` tokens), so a sentence of thousands of
tokens costs time linear in its length.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from credibility.records import ANONYMOUS_KINDS, Claim, Document, Sentence, Source, Span
from credibility.rules import Rules, load_rules
from credibility.segment import quote_depth_after, quote_marks

_TOKEN = re.compile(r"''|[\w$%]+(?:[-'’.&/][\w$%]+)*\.?(?<!\.)|[^\w\s]")
_CONTRACTED = re.compile(r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Ww]ho|[Tt]hey|[Ww]e|[Yy]ou|I|[Tt]hat|[Tt]here)"
                         r"['’](?:s|re|ve|ll|d|m)\b")
"""A pronoun with a contracted verb, "He’s claiming": two tokens, "He" and "’s"."""
_WORDISH = re.compile(r"[\w$%]")
_OPEN_TOKENS = frozenset({"“", '"', "''", "«", "‘", "„", "‹"})
_CLOSE_TOKENS = frozenset({"”", '"', "''", "»", "’", "“", "›"})
_QUOTE_TOKENS = _OPEN_TOKENS | _CLOSE_TOKENS
_SEGMENT_STOPS = frozenset({",", ";", ":", "(", ")"}) | _QUOTE_TOKENS
_RIGHT_STOPS = frozenset({",", ".", ";", ":", "—", "–", "(", ")", "!", "?"}) | _QUOTE_TOKENS
_FORWARD_BEFORE = frozenset({",", ";", ":", "—", "–", "(", "―"}) | _OPEN_TOKENS
_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")
"""ACLU, FedEx: a capital letter inside the word marks an organization, not a person."""
_PERSON_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][^\W\d_]*[a-z][^\W\d_]*"
                          r"(?:[-'’][A-Z]?[^\W\d_]+)?\b")
_PERSON_NAME_ANYWHERE = re.compile(r"(?=(" + _PERSON_NAME.pattern + "))")
_SUBJECT_NAME = re.compile(r"(?:^|[.!?]\s+|\n|[“\"]\s*)(?P<name>" + _PERSON_NAME.pattern + ")")
"""A full name that opens a sentence: the likeliest antecedent of a later "he" or "she"."""
_CLAUSE_SUBJECT = re.compile(r",\s+(?:[A-Z][a-z]+\.?\s+)??(?P<name>" + _PERSON_NAME.pattern
                             + r")(?=\s+[a-z])")
"""A full name opening the main clause after an opening phrase and a comma, with or without a
title: "In the county hall, Judge Ann Ruiz was candid …" (an antecedent too)."""
_NATIONALITY = re.compile(r"(?:an|ese|ish|i|ch)$")
"""Korean, Chinese, British, Israeli, French: a nationality, not part of an organization name."""
_SUBJECT_SURNAME = re.compile(r"(?:^|[.!?]\s+|\n|,\s+)(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:['’]s)?"
                              r"\s+[a-z]")
_FIRST_NAME_BEFORE = re.compile(r"\b(?P<first>[A-Z][a-z]+)\.?(?:\s+[A-Z]\.)?\s+\Z")
"""A first name (and middle initial) right before a surname: "Maria " in "Maria Lopez"."""
_APPOSITION = re.compile(r",\s+((?:a|an|the)\s+)?[a-z](?:[^,.;:“”\"()]|(?<=[A-Z])\.){2,80}?"
                         r"(?:\s+(?:of|at|for|with)\s+(?:the\s+)?[A-Z]"
                         r"(?:[^,.;:“”\"()]|(?<=[A-Z])\.){1,80})?(?=,)")
"""", president of the Harbor Institute" after a name, up to the closing comma."""
_APPOSED = re.compile(r",|\s(?:with|of|at|from|for)\s")
"""Where an apposition or a prepositional phrase after a person's name starts."""
_SCAN_LIMIT = 40
"""Most tokens a left or right scan for a source phrase looks at."""


class _Tok(NamedTuple):
    """A word or punctuation mark of a sentence, with its offsets in the article."""

    text: str
    start: int
    end: int
    low: str


@dataclass
class _Frame:
    """One attribution found in a sentence, before coreference."""

    contents: list[Span]
    cue: Span
    source: Span | None
    quote: str
    tail_start: int = 0
    """Where to look for a relative clause with the reason for anonymity."""
    opens_next: bool = False
    """The frame ends in a colon and its content is the text that follows ("X said:")."""
    forward_from: int | None = None
    """For "X said Y": the token where Y starts, to look for a second frame inside it."""


@dataclass
class _Context:
    """One sentence being read: its tokens and quoted stretches."""

    text: str
    toks: list[_Tok]
    quotes: list[tuple[int, int]]
    span: Span
    end: int
    """End of the sentence without its final punctuation."""

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

    def content(self, a: int, b: int) -> Span | None:
        """The content between two offsets, without the commas and dashes around it."""
        c = Span.of(self.text, a, b)
        while c.text and c.text[-1] in ",;:—–-―":
            c = Span.of(self.text, c.start, c.end - 1)
        while c.text and c.text[0] in ",;:—–-―":
            c = Span.of(self.text, c.start + 1, c.end)
        if len(c.text) < 8 or not _WORDISH.search(c.text):
            return None
        return c


@dataclass(eq=False)  # identity: membership tests must not compare every mention
class _SourceState:
    id: str
    name: str
    kind: str
    head: str
    mentions: list[Span] = field(default_factory=list)
    reason: str | None = None
    anonymous_marker: bool = False
    individual: bool = False
    """An anonymous individual (in ``anonymous_order``), for "the source" and "the second source"."""
    order: int = 0
    pronoun: str | None = None
    """The personal pronoun that has stood for this source ("he" or "she")."""


def _is_adverb(tok: _Tok) -> bool:
    """"strongly", "falsely": a manner adverb between a source and its verb."""
    return len(tok.text) > 4 and tok.text.endswith("ly") and tok.text.islower()


def _is_past_verb(tok: _Tok) -> bool:
    """"filed", "founded": a lower-case word in -ed, most likely a verb inside a clause."""
    return len(tok.text) > 4 and tok.text.endswith("ed") and tok.text.islower()


def _clause_like(toks: list[_Tok], determiners: frozenset[str]) -> bool:
    """A phrase with a past-tense verb in it ("customers filed a lawsuit") is a clause."""
    return any(_is_past_verb(t) and n and toks[n - 1].low not in determiners
               for n, t in enumerate(toks))


def _tokens(text: str, base: int) -> list[_Tok]:
    new = tuple.__new__     # skips the named tuple's keyword-argument constructor: hot path
    toks = [new(_Tok, (w, base + m.start(), base + m.end(), w.lower()))
            for m in _TOKEN.finditer(text) for w in (m.group(),)]
    if ("’" not in text and "'" not in text) or _CONTRACTED.search(text) is None:
        return toks
    split = {base + m.start(): base + m.end() for m in _CONTRACTED.finditer(text)}
    out = []
    for t in toks:
        if split.get(t.start) == t.end:
            cut = max(t.text.rfind("'"), t.text.rfind("’"))
            out.append(new(_Tok, (t.text[:cut], t.start, t.start + cut, t.low[:cut])))
            out.append(new(_Tok, (t.text[cut:], t.start + cut, t.end, t.low[cut:])))
        else:
            out.append(t)
    return out


def _quote_regions(text: str, base: int, rules: Rules) -> list[tuple[int, int]]:
    """(start, end) of quoted stretches of ``text`` (quote marks included), offsets + base.

    Nested quotes lie inside their outer region; a quote left open runs to the end of ``text``.
    """
    regions = []
    stack: list[tuple[str, int]] = []
    for pos, length, role in quote_marks(text, rules.quotes, singles=True):
        mark = text[pos:pos + length]
        closing = (role == "close" or (role == "toggle" and stack and stack[-1][0] == mark)
                   or (role == "either" and stack and stack[-1][0] != mark))
        if closing:
            if not stack:
                continue
            _, s = stack.pop()
            if not stack:
                regions.append((base + s, base + pos + length))
        else:
            stack.append((mark, pos))
    if stack:
        regions.append((base + stack[0][1], base + len(text)))
    return regions


class _Analyzer:
    def __init__(self, document: Document, rules: Rules) -> None:
        self.doc = document
        self.text = document.text
        self.rules = rules
        self.cues = rules.cues
        self.src = rules.sources
        self.sources: list[_SourceState] = []
        self.anonymous_order: list[_SourceState] = []
        self._names: dict[str, str] | None = None
        self._surname_cache: dict[str, str | None] = {}
        self._authors: dict[str, list[tuple[int, str]]] = {}

    # ---- source phrases -------------------------------------------------------------------

    def _valid_source(self, toks: list[_Tok]) -> bool:
        if not toks or len(toks) > 40:
            return False
        first = toks[0].low
        if toks[0].text in "()":
            return False
        if first in self.src.not_sources and not (
                len(toks) > 1 and toks[-1].low in self.src.group_heads | self.src.anonymous_heads
                | self.src.official_heads | self.src.resident_heads):
            # "Some experts said" is a source, "Some said" or "that …" is not.
            return False
        if all(t.low in self.src.determiners or not _WORDISH.match(t.text) for t in toks) and not (
                len(toks) == 1 and first in self.src.group_heads):
            return False     # "the said", but "Some say" is a source
        if not any(_WORDISH.match(t.text) for t in toks):
            return False
        if any(t.text in _QUOTE_TOKENS or t.text in ";:" for t in toks):
            return False
        # A possessive is a determiner of something else: "Acme's requests".
        return not toks[-1].text.endswith(("'s", "’s")) and toks[-1].text not in {"'s", "’s"}

    def _adverb(self, tok: _Tok) -> bool:
        """A manner adverb in -ly, not a noun like "family" or "rally"."""
        return _is_adverb(tok) and tok.low not in self.cues.not_adverbs

    def _np_start(self, toks: list[_Tok], j: int, limit: int = 12) -> int:
        """Start of the noun phrase that ends right before token ``j`` ("Rep. Gwen Moore
        (D-Wis.)", "the state's campaign chairman"); ``j`` when there is none."""
        i = j
        while i > 0 and j - i < limit:
            t = toks[i - 1]
            if t.text == ")":
                k = i - 1
                while k > 0 and i - k < 8 and toks[k - 1].text != "(":
                    k -= 1
                if k > 0 and toks[k - 1].text == "(" and k - 1 > 0:
                    i = k - 1
                    continue
                break
            if t.low in self.src.pronouns_singular or t.low in self.src.pronouns_plural:
                # "the report she described": a pronoun right before the verb is the source.
                if i < j:
                    i -= 1
                    break
            if not self._np_token(t) and not (
                    t.low in self.cues.verbs and i > 1 and (toks[i - 2].low in self.src.determiners
                                                            or toks[i - 2].text.endswith("s")
                                                            or toks[i - 2].text[:1].isupper())):
                # "A report by the auditor found": "report" is a noun after a determiner.
                break
            i -= 1
        while i < j and toks[i].low in self.cues.leading_words:
            i += 1
        return i

    def _appositive(self, seg: list[_Tok]) -> bool:
        """An apposition or relative clause between a source and its verb."""
        if not seg or len(seg) > 24:
            return False
        first = seg[0]
        if first.low in self.cues.relative_words:
            return True
        if first.low in self.cues.clause_boundaries or first.low in self.src.prepositions:
            return False
        # "one of the members who asked for the study": the relative clause may hold a verb
        rel = next((n for n, t in enumerate(seg) if n and t.low in self.cues.relative_words), None)
        seg = seg[:rel] if rel is not None else seg
        return not any(t.low in self.cues.np_breakers or (
            t.low in self.cues.verbs and (n == 0 or seg[n - 1].low not in self.src.determiners))
            for n, t in enumerate(seg))

    def _left_source(self, toks: list[_Tok], cue_i: int) -> tuple[int, int] | None:
        """Token range [i, j) of the source phrase ending right before the cue, skipping
        adverbs; appositions and relative clauses set off by commas stay with the source
        ("Sen. Chuck Schumer, D-N.Y., said"), except a relative clause right before the verb."""
        j = cue_i
        while j > 0 and (toks[j - 1].low in self.cues.adverbs_between or self._adverb(toks[j - 1])):
            j -= 1
        if j > 0 and toks[j - 1].text == ",":
            # Walk back over comma-delimited segments to the head noun phrase.
            end = j - 1
            keep_end = end
            best: tuple[int, int] | None = None
            for _ in range(4):
                m = end
                while m > 0 and end - m < _SCAN_LIMIT and toks[m - 1].text not in _SEGMENT_STOPS:
                    m -= 1
                if m > 1 and toks[m - 1].text == ")":
                    # "Rep. Ann Lee (D-N.Y.), chairman of …, said": over the parenthesis
                    k = m - 1
                    while k > 0 and m - k < 8 and toks[k - 1].text != "(":
                        k -= 1
                    if k > 1 and toks[k - 1].text == "(":
                        m = k - 1
                        while m > 0 and end - m < _SCAN_LIMIT and \
                                toks[m - 1].text not in _SEGMENT_STOPS:
                            m -= 1
                seg = toks[m:end]
                if not seg:
                    break
                h = self._np_start(toks, end, limit=14)
                if _clause_like(toks[h:end], self.src.determiners):
                    break
                if h == m and self._valid_source(toks[h:keep_end]) and \
                        (toks[h].text[:1].isupper() or toks[h].low in self.src.determiners
                         or toks[h].low in self.src.pronouns_singular
                         or toks[h].low in self.src.pronouns_plural):
                    best = (h, keep_end)
                elif h < end and m < h and (m == 0 or toks[m - 1].text != ",") and \
                        self._valid_source(toks[h:keep_end]) and toks[h].text[:1].isupper():
                    best = (h, keep_end)
                if m == 0 or toks[m - 1].text != "," or not self._appositive(seg):
                    break
                if seg[0].low in self.cues.relative_words and end == keep_end:
                    keep_end = m - 1
                end = m - 1
            return best
        if j > 2 and toks[j - 2].low in {"on", "this", "last"} and \
                self.cues.frame_adjunct.match(f"{toks[j - 2].text} {toks[j - 1].text}"):
            j -= 2      # "Gov. Ann Lee on Tuesday declared"
        i = self._np_start(toks, j)
        if i == j:
            return None
        if toks[i].low in self.src.prepositions or (
                i > 0 and toks[i - 1].text not in _FORWARD_BEFORE | _CLOSE_TOKENS
                and toks[i - 1].low not in self.cues.clause_boundaries):
            # "In a radio interview Lee declared": the source is the name at the end.
            i = self._name_start(toks, j)
        if i < j and self._valid_source(toks[i:j]):
            return i, j
        return None

    def _coordinated_subject(self, toks: list[_Tok], k: int) -> tuple[int, int] | None:
        """The subject of a verb joined by "and" to an earlier one: "he shrugged and noted
        that …", "Lee urged voters to stay home and said …": the name or pronoun that opens
        the clause, a few words back."""
        start = k
        while start > 0 and k - start < 20 and toks[start - 1].text not in _SEGMENT_STOPS:
            start -= 1
        while start < k and toks[start].low in self.cues.leading_words:
            start += 1
        if start >= k:
            return None
        first = toks[start]
        if first.low in self.src.pronouns_singular | self.src.pronouns_plural:
            return start, start + 1
        end = start
        if first.low in self.src.determiners:
            # "The governor toured …": a determiner and its noun, up to the verb.
            end = start + 1
            while end < k and end - start < 5 and self._np_token(toks[end]) \
                    and not _is_past_verb(toks[end]) and toks[end].low not in self.src.prepositions:
                end += 1
            end = end if end - start > 1 else start
        while end < k and (toks[end].text[:1].isupper() or toks[end].text in self.src.titles
                           or toks[end].text == "."):
            end += 1
        if end > start and end < k and self._valid_source(toks[start:end]):
            return start, end
        return None

    def _name_start(self, toks: list[_Tok], j: int) -> int:
        """Start of the run of capitalized words and titles that ends before token ``j``."""
        i = j
        while i > 0 and j - i < 6:
            t = toks[i - 1]
            if not (t.text[:1].isupper() or t.text in self.src.titles or t.text in {".", "-"}):
                break
            i -= 1
        while i < j and toks[i].low in self.src.prepositions | self.cues.leading_words:
            i += 1
        return i

    def _abbreviation_dot(self, toks: list[_Tok], j: int) -> bool:
        """The period of "Mr." or "U.S." inside a name, not the end of the sentence."""
        if toks[j].text != "." or j == 0 or j + 1 >= len(toks):
            return False
        before = toks[j - 1].text
        return (before + "." in self.src.titles or before.lower() in self.rules.abbreviations) \
            and toks[j + 1].text[:1].isupper()

    def _plausible(self, toks: list[_Tok]) -> bool:
        """Whether a phrase can be the source of a stance verb: a name, a personal pronoun, an
        official, group, organization or document; not "the economy" or "it"."""
        rel = next((n for n, t in enumerate(toks) if n and t.low in self.cues.relative_words),
                   len(toks))
        if _clause_like(toks[:rel], self.src.determiners):
            # "customers filed a lawsuit accusing …": a clause, not a source; a relative clause
            # after the source may hold a verb ("Ann Lee, who filed the suit, …").
            return False
        mention = Span.of(self.text, toks[0].start, toks[-1].end)
        kind, head, mode = self.classify(mention)
        if mode == "pronoun":
            return head not in self.src.pronouns_neutral
        if kind in {"named_person", "named_organization", "outlet"}:
            return any(t.text[:1].isupper() and t.low not in self.src.determiners for t in toks)
        return kind != "anonymous_source" or head in self.src.anonymous_heads

    def _np_token(self, tok: _Tok) -> bool:
        if not _WORDISH.match(tok.text) and tok.text not in {"-", "&", "’s", "'s", "."}:
            return False
        low = tok.low
        return low not in self.cues.clause_boundaries and low not in self.cues.verbs \
            and low not in self.cues.np_breakers and low not in self.cues.relative_words

    def _right_source(self, toks: list[_Tok], start: int) -> tuple[int, int] | None:
        """Token range of the source phrase right after an inverted cue ("said the source")."""
        j = start
        while j < len(toks) and j - start < _SCAN_LIMIT and (
                toks[j].text not in _RIGHT_STOPS or self._abbreviation_dot(toks, j)):
            if toks[j].low in self.cues.relative_words and j > start:
                break
            j += 1
        # trailing time words: "said the official Monday"
        while j > start + 1 and self.cues.frame_adjunct.match(toks[j - 1].text):
            j -= 1
        if j > start + 1 and toks[start].low in self.src.pronouns_singular | \
                self.src.pronouns_plural:
            return None     # "said he didn't know": a clause, not "said he."
        if any(t.low in self.cues.np_breakers for t in toks[start:j]):
            return None
        if j > start and self._valid_source(toks[start:j]):
            return start, j
        return None

    # ---- frames ---------------------------------------------------------------------------

    def _skip_after_cue(self, toks: list[_Tok], i: int, verb: str) -> int:
        """Index of the first content token after the cue at ``i`` (object, time, "that")."""
        j = i + 1
        # "confirmed to RFA that", "told RFA's Korean Service", "told reporters"
        limit = min(len(toks), j + 9)
        if verb in self.cues.object_verbs or (j < len(toks) and toks[j].low == "to"
                                              and verb not in self.cues.infinitive_verbs):
            k = j + (1 if j < len(toks) and toks[j].low == "to" else 0)
            m = k
            while m < limit and toks[m].low not in self.cues.complementizers and \
                    toks[m].text not in {",", ":", "."} | _QUOTE_TOKENS:
                m += 1
            if m < len(toks) and (toks[m].low in self.cues.complementizers or toks[m].text in {
                    ":", ","} | _QUOTE_TOKENS):
                j = m
            elif m - k <= 4 and m < len(toks) and toks[m].text == ".":
                j = m
        rest = self.text[toks[j].start:] if j < len(toks) else ""
        tm = self.cues.frame_adjunct.match(rest)
        while tm and tm.group():
            end = toks[j].start + tm.end()
            while j < len(toks) and toks[j].start < end:
                j += 1
            rest = self.text[toks[j].start:] if j < len(toks) else ""
            tm = self.cues.frame_adjunct.match(rest)
        while j < len(toks) and (toks[j].low in self.cues.complementizers or toks[j].text in {
                ":", ","}):
            j += 1
        return j

    def frames(self, sentence: Sentence) -> list[_Frame]:
        """The attribution frames of one sentence, in text order."""
        span = sentence.span
        toks = _tokens(span.text, span.start)
        quotes = _quote_regions(span.text, span.start, self.rules)
        end = span.end
        while end > span.start and self.text[end - 1] in ".!? ":
            end -= 1
        ctx = _Context(self.text, toks, quotes, span, end)
        found = (self._label_frame(ctx) or self._according_frame(ctx)
                 or self._verb_frame(ctx) or self._signature_frame(ctx)
                 or self._noun_frame(ctx)
                 or self._document_intro(ctx)
                 or self._passive_frame(ctx)
                 or self._bare_noun_frame(ctx)
                 or self._sourceless_frame(ctx))
        return self._split_participles(ctx, found)

    def _sourceless_frame(self, ctx: _Context) -> list[_Frame]:
        """"Lee allegedly took the money", "The veto is expected to come Friday": an adverb or
        agentless passive attributes the sentence to someone it does not name."""
        m = self.cues.sourceless_cue.search(self.text, ctx.span.start, ctx.end)
        while m and ctx.in_quote(m.start("cue")):
            m = self.cues.sourceless_cue.search(self.text, m.end(), ctx.end)
        c = ctx.content(ctx.span.start, ctx.end) if m else None
        if c is None:
            return []
        cue = Span(m.start("cue"), m.end("cue"), m.group("cue"))
        return [_Frame([c], cue, None, ctx.quote_kind(c))]

    def _passive_frame(self, ctx: _Context) -> list[_Frame]:
        """"The plan was criticized by several economists as too costly": a passive reporting
        verb with its agent in a by-phrase; the subject before it is the content."""
        toks = ctx.toks
        if " by " not in ctx.span.text:
            return []
        for i in range(1, len(toks) - 2):
            if toks[i].low not in self.cues.passive_auxiliaries or ctx.in_quote(toks[i].start):
                continue
            v = i + 1
            while v < len(toks) - 1 and self._adverb(toks[v]):
                v += 1
            verb = toks[v]
            if verb.low not in self.cues.verbs or not verb.low.endswith(("ed", "en")) or \
                    v + 1 >= len(toks) or toks[v + 1].low != "by":
                continue
            rng = self._right_source(toks, v + 2)
            if rng is not None:     # "by several economists as too costly"
                end = next((k for k in range(rng[0] + 1, rng[1])
                            if toks[k].low in self.cues.as_words), rng[1])
                rng = (rng[0], end)
            a = i
            while a > 1 and toks[a - 1].low in self.cues.adverbs_between:
                a -= 1      # "Lee has been endorsed by": the content ends before "has"
            c = ctx.content(ctx.span.start, toks[a].start)
            if rng is None or c is None or not self._plausible(toks[rng[0]:rng[1]]):
                continue
            src = Span.of(self.text, toks[rng[0]].start, toks[rng[1] - 1].end)
            return [_Frame([c], Span(verb.start, verb.end, verb.text), src, ctx.quote_kind(c),
                           src.end)]
        return []

    def _bare_noun_frame(self, ctx: _Context) -> list[_Frame]:
        """"amid allegations that the vote was rigged": a noun cue whose owner the text does not
        name; an attribution without a source, its content what follows the noun."""
        toks = ctx.toks
        for i in range(len(toks) - 2):
            tok = toks[i]
            if tok.low not in self.cues.bare_noun_cues or ctx.in_quote(tok.start):
                continue
            nxt = toks[i + 1].low
            if nxt not in self.cues.bare_noun_followers:
                continue
            c = ctx.content(toks[i + 2].start, ctx.end)
            if c is not None:
                return [_Frame([c], Span(tok.start, tok.end, tok.text), None, ctx.quote_kind(c))]
        return []

    def _noun_frame(self, ctx: _Context) -> list[_Frame]:
        """A possessive with a noun cue: "Hale's claim that the vote was rigged", "Mr. Park's
        announcement of new rules": the owner is the source, what follows the content."""
        toks = ctx.toks
        for i in range(1, len(toks) - 1):
            tok = toks[i]
            if tok.low not in self.cues.noun_cues or ctx.in_quote(tok.start):
                continue
            owner = toks[i - 1]
            if owner.text in {"'s", "’s"} and i > 1:
                owner_i, src_end = i - 2, toks[i - 2].end
            elif owner.text.endswith(("'s", "’s")) and len(owner.text) > 2:
                owner_i, src_end = i - 1, owner.end - 2
            else:
                continue
            j = owner_i
            while j > 0 and owner_i - j < 5 and (toks[j - 1].text[:1].isupper()
                                                  or toks[j - 1].text in self.src.titles):
                j -= 1
            if not toks[j].text[:1].isupper():
                continue
            k = i + 1
            if toks[k].low in self.cues.complementizers or toks[k].low in {"of", "to", "for",
                                                                            "about", "on"}:
                k += 1
            if k >= len(toks):
                continue
            c = ctx.content(toks[k].start, ctx.end)
            if c is None:
                continue
            src = Span.of(self.text, toks[j].start, src_end)
            if not src.text or toks[j].low in self.src.not_sources:
                continue
            cue = Span(tok.start, tok.end, tok.text)
            return [_Frame([c], cue, src, ctx.quote_kind(c), src.end)]
        return []

    def _label_frame(self, ctx: _Context) -> list[_Frame]:
        """A speaker label: "HARRIS: We will look at every option" or a headline "Lee: Budget will pass"."""
        m = self.cues.speaker_label.match(ctx.span.text)
        if not m:
            return []
        name = m.group("name")
        if name.lower() in self.cues.not_speakers or name.split()[0].lower() in self.src.prepositions \
                or self._outlet(name):
            return []
        base = ctx.span.start
        src = Span(base + m.start("name"), base + m.end("name"), name)
        cue = Span(base + m.start("cue"), base + m.end("cue"), m.group("cue"))
        c = ctx.content(base + m.end() - 1, ctx.end)
        if c is None or " " not in c.text:
            return []       # "Wire Sports: https://…" is a link, not a statement
        return [_Frame([c], cue, src, ctx.quote_kind(c), src.end)]

    def _document_intro(self, ctx: _Context) -> list[_Frame]:
        """"In this poll, Trump rose a point": a document opening the sentence is its source."""
        m = self.cues.document_intro.match(ctx.span.text)
        if not m:
            return []
        base = ctx.span.start
        c = ctx.content(base + m.end(), ctx.end)
        if c is None:
            return []
        src = Span.of(self.text, base + m.start("name"), base + m.end("name"))
        cue = Span(base + m.start("cue"), base + m.end("cue"), m.group("cue"))
        return [_Frame([c], cue, src, ctx.quote_kind(c), src.end)]

    def _signature_frame(self, ctx: _Context) -> list[_Frame]:
        """A quote signed with a dash after it: "“…” ― Rosa Diaz"."""
        m = self.cues.signature.search(ctx.span.text)
        if not m:
            return []
        base = ctx.span.start
        c = ctx.content(ctx.span.start, base + m.start())
        if c is None or (ctx.quote_kind(c) != "direct" and c.text[:1] not in "”“\"«»"):
            return []
        src = Span(base + m.start("name"), base + m.end("name"), m.group("name"))
        cue = Span(base + m.start("cue"), base + m.end("cue"), m.group("cue"))
        return [_Frame([c], cue, src, "direct", src.end)]

    def _according_frame(self, ctx: _Context) -> list[_Frame]:
        """"according to X, …" / "…, according to X.": the source comes after the cue."""
        toks, span = ctx.toks, ctx.span
        for m in self.cues.source_after.finditer(span.text):
            a, b = span.start + m.start(), span.start + m.end()
            if ctx.in_quote(a):
                continue
            cue = Span(a, b, self.text[a:b])
            k = next((n for n, t in enumerate(toks) if t.start >= b), len(toks))
            rng = self._right_source(toks, k)
            if rng is None:
                continue
            src = Span.of(self.text, toks[rng[0]].start, toks[rng[1] - 1].end)
            before = ctx.content(span.start, a)
            after_i = rng[1]
            if after_i < len(toks) and toks[after_i].text == ",":
                after_i += 1
            after = ctx.content(toks[after_i].start, ctx.end) if after_i < len(toks) else None
            if a - span.start <= 2 and after:
                return [_Frame([after], cue, src, ctx.quote_kind(after), src.end)]
            if before:
                return [_Frame([before], cue, src, ctx.quote_kind(before), src.end)]
        return []

    def _verb_frame(self, ctx: _Context) -> list[_Frame]:
        """Reporting verbs with their source on one side and the content on the other; a
        second frame inside a forward frame's content ("X said A, but Y said B") is kept too,
        and cuts the first content short when a conjunction joins the two."""
        frames = self._one_verb_frame(ctx, 0, ctx.span.start)
        if frames and frames[-1].forward_from is not None and frames[-1].contents:
            first = frames[-1]
            starts = [t.start for t in ctx.toks]
            a = bisect_left(starts, first.source.start) if first.source else 0
            b = bisect_left(starts, first.source.end) if first.source else 0
            outer = (a, b) if a < b and starts[a] == first.source.start else None
            more = self._one_verb_frame(ctx, first.forward_from, first.contents[0].start, outer)
            more = [f for f in more if f.source is not None and f.contents and (
                f.source == first.source or (
                    f.source.start >= first.contents[0].start
                    and (f.source.text.lower() in self.cues.relative_subjects
                         or self._plausible(_tokens(f.source.text, f.source.start)))))]
            if more:
                # "X said A, but Y said B" ends A before Y; "X urged A and said B" before "said".
                cut = more[0].source.start if more[0].source != first.source else \
                    more[0].cue.start
                k = bisect_left(starts, cut)
                while k > 1 and (ctx.toks[k - 1].low in self.cues.adverbs_between
                                 or self._adverb(ctx.toks[k - 1])):
                    k -= 1      # "X attacked A, and has called for B"
                if k > 0 and (ctx.toks[k - 1].low in self.cues.coordinators
                              or ctx.toks[k - 1].text == ";"):
                    head = ctx.content(first.contents[0].start, ctx.toks[k - 1].start)
                    if head is not None:
                        first.contents[0] = head
                frames += more
        return frames

    def _one_verb_frame(self, ctx: _Context, start: int, from_pos: int,
                        outer: tuple[int, int] | None = None) -> list[_Frame]:
        """The first verb frame at or after token ``start``; contents begin at ``from_pos``.
        ``outer`` is the source of a frame before it, the subject of a verb joined to that
        frame's verb by "and" when no plausible subject of its own stands before it."""
        toks, end = ctx.toks, ctx.end
        content, quote_kind = ctx.content, ctx.quote_kind
        for i in range(start, len(toks)):
            tok = toks[i]
            low = tok.low
            phrasal = self.cues.phrasal_cues.match(self.text, tok.start) \
                if low in self.cues.phrasal_first else None
            if (low not in self.cues.verbs and phrasal is None) or ctx.in_quote(tok.start):
                continue
            if tok.text[0].isupper() and i > 0 and not ctx.title_case:
                continue
            p = i - 1
            while p > 0 and self._adverb(toks[p]):
                p -= 1
            if p >= 0 and i and toks[p].low in self.cues.not_before_cue and not (
                    low.endswith("ing") and (toks[p].low in self.cues.np_breakers
                                             or toks[p].low in self.src.prepositions)):
                # "is said to", "with stated policy" are no frames; "is saying that" is one.
                continue
            if i + 1 < len(toks) and (toks[i + 1].low in self.cues.np_breakers
                                      or toks[i + 1].low in self.cues.not_after_cue or (
                    toks[i + 1].low in self.cues.verbs and not tok.low.endswith("ing"))):
                continue    # "swing states could decide", "campaign reports show": a noun
            last = i
            if phrasal is not None:
                cue = Span(tok.start, phrasal.end(), phrasal.group())
                while last + 1 < len(toks) and toks[last + 1].end <= phrasal.end():
                    last += 1
            else:
                cue = Span(tok.start, tok.end, tok.text)
            strong = low in self.cues.strong_verbs and phrasal is None
            after = self._skip_after_cue(toks, last, low)
            trailing = self.text[toks[after].start:end].strip() if after < len(toks) else ""
            if low in self.cues.framed_only and trailing and not any(
                    t.low in self.cues.complementizers or t.text == ":" or t.text in _OPEN_TOKENS
                    for t in toks[last + 1:last + 7]):
                continue    # "battleground states around the country": a noun
            rng = self._left_source(toks, i)
            q = i - 1
            while q > 0 and (toks[q].low in self.cues.adverbs_between or self._adverb(toks[q])):
                q -= 1      # "who have long argued", "which has strongly denied"
            if i and strong and toks[q].low in self.cues.relative_subjects:
                rng = (q, q + 1)    # "an architect who said …"
            elif i and strong and toks[i - 1].low in self.src.pronouns_neutral \
                    and (i == 1 or toks[i - 2].text in _FORWARD_BEFORE | _CLOSE_TOKENS):
                rng = (i - 1, i)    # "…,” it said in its report.
            before = toks[rng[0] - 1] if rng is not None and rng[0] > 0 else None
            if before is not None and before.low in self.cues.as_words and rng[0] > 1 \
                    and toks[rng[0] - 2].text == ",":
                before = toks[rng[0] - 2]   # "…, as police have said."
            # Trailing frame: "…,” a military official, who …, told RFA Monday." / "…, sources
            # said." / "The economy, he said, is bad." / "…, other studies have shown."
            if before is not None and (before.text == "," or before.text in _CLOSE_TOKENS):
                cend = before.end if before.text in _CLOSE_TOKENS else before.start
                c = content(from_pos, cend)
                direct = c is not None and quote_kind(c) == "direct"
                introduces = after < len(toks) and (
                    toks[after].text in _OPEN_TOKENS or toks[after - 1].text == ":"
                    or toks[after - 1].low in self.cues.complementizers)
                closing = c is not None and not (strong or direct) and not trailing \
                    and low in self.cues.stance_verbs and self._plausible(toks[rng[0]:rng[1]])
                if c is not None and (strong or direct or closing) and (direct or not introduces):
                    resumes = trailing[:1] == "," or trailing[:1] in _OPEN_TOKENS
                    if direct or resumes or not trailing or len(trailing.split()) <= 4 \
                            or toks[after - 1].text == ",":
                        src = Span.of(self.text, toks[rng[0]].start, toks[rng[1] - 1].end)
                        out = [_Frame([c], cue, src, quote_kind(c), src.end)]
                        out += self._continuation(ctx, last + 1, cue, src)
                        return out
            # Forward frame: source + cue + content.
            if rng is None and i > 2:
                q = i - 1
                while q > 0 and (toks[q].low in self.cues.adverbs_between or self._adverb(toks[q])):
                    q -= 1
                if toks[q].low == "and":
                    rng = self._coordinated_subject(toks, q)
                    if outer is not None and (rng is None
                                              or not self._plausible(toks[rng[0]:rng[1]])):
                        rng = outer     # "X said A and called B": X called B
            forward = self._forward(ctx, i, rng, after, cue, phrasal is not None) \
                if rng is not None else None
            if forward:
                return forward
            # Inverted frame: "…,” said the source, who …"
            left = toks[i - 1].text if i else ""
            if (left == "," or left in _CLOSE_TOKENS) and low not in self.cues.object_verbs:
                rng_r = self._right_source(toks, i + 1)
                cend = toks[i - 1].end if left in _CLOSE_TOKENS else toks[i - 1].start
                if rng_r is not None:
                    c = content(from_pos, cend)
                    if c is not None and (strong or quote_kind(c) == "direct"):
                        src = Span.of(self.text, toks[rng_r[0]].start, toks[rng_r[1] - 1].end)
                        out = [_Frame([c], cue, src, quote_kind(c), src.end)]
                        out += self._continuation(ctx, rng_r[1], cue, src)
                        return out
        return self._colon_frame(ctx)

    def _forward(self, ctx: _Context, i: int, rng: tuple[int, int], after: int, cue: Span,
                 phrasal: bool) -> list[_Frame]:
        """"X said (that) Y", "X told reporters: Y", "X vowed to Y", "X called for Y": source,
        cue, content."""
        toks = ctx.toks
        low = toks[i].low
        before = toks[rng[0] - 1] if rng[0] > 0 else None
        if toks[rng[0]].low in self.cues.relative_subjects:
            if low not in self.cues.strong_verbs:
                return []
            before = None
        if before is not None and before.text not in _FORWARD_BEFORE \
                and before.low not in self.cues.clause_boundaries:
            # "In a radio interview Lee declared …": the name right before the verb.
            last = rng[1] - 1
            if not (low in self.cues.strong_verbs and toks[last].text[:1].isupper()
                    and last > 0 and toks[last - 1].low not in self.src.determiners
                    and not toks[last - 1].text.endswith(("'s", "’s"))
                    and toks[last - 1].text not in self.src.titles):
                return []
            rng = (last, rng[1])
        if after >= len(toks):
            return []
        nxt = toks[after - 1].low if after > i + 1 else ""
        opener = toks[after].text
        infinitive = low in self.cues.infinitive_verbs and opener.lower() == "to"
        if opener.lower() == "by" and low not in self.cues.strong_verbs:
            return []       # "is supported by": a passive, not a frame
        framed = (nxt in self.cues.complementizers or opener in _OPEN_TOKENS
                  or toks[after - 1].text == ":")
        if not (low in self.cues.strong_verbs or infinitive or framed) and not (
                (phrasal or low in self.cues.stance_verbs) and self._plausible(toks[rng[0]:rng[1]])):
            return []
        src = Span.of(self.text, toks[rng[0]].start, toks[rng[1] - 1].end)
        c = ctx.content(toks[after].start, ctx.end if not ctx.in_quote(ctx.end - 1)
                        else ctx.span.end)
        if c is None:
            return []
        return [_Frame([c], cue, src, ctx.quote_kind(c), src.end, forward_from=after)]

    def _colon_frame(self, ctx: _Context) -> list[_Frame]:
        """"The inspector writes:" with the quotation in the next sentence or paragraph."""
        toks = ctx.toks
        if not toks or toks[-1].text != ":":
            return []
        for i in range(len(toks) - 2, max(-1, len(toks) - 5), -1):
            if toks[i].low in self.cues.verbs and not toks[i].text[0].isupper():
                rng = self._left_source(toks, i)
                if rng is not None:
                    cue = Span(toks[i].start, toks[i].end, toks[i].text)
                    src = Span.of(self.text, toks[rng[0]].start, toks[rng[1] - 1].end)
                    return [_Frame([], cue, src, "direct", src.end, opens_next=True)]
        return []

    def _continuation(self, ctx: _Context, k: int, cue: Span, src: Span) -> list[_Frame]:
        """The rest of a sentence after a mid-sentence frame: "“A,” she said, “B.”" or
        "The plan, he said, will fail.": a second piece of the same attribution."""
        toks = ctx.toks
        right_after = k
        while k < len(toks) and toks[k].text not in {",", "."}:
            k += 1
        if k + 1 < len(toks) and toks[k].text == ",":
            nxt = toks[k + 1]
            if k != right_after and nxt.text not in _OPEN_TOKENS:
                return []
            if nxt.text in _OPEN_TOKENS:
                region = next((e for s, e in ctx.quotes if s == nxt.start), None)
                c = ctx.content(nxt.start, region or ctx.span.end)
                if c is not None:
                    return [_Frame([c], cue, src, "direct", src.end)]
            elif nxt.low not in self.cues.participles and nxt.low not in self.cues.relative_words \
                    and nxt.low not in self.src.determiners \
                    and nxt.low not in self.cues.clause_boundaries \
                    and not ctx.in_quote(nxt.start):
                c = ctx.content(nxt.start, ctx.end)
                # "The plan, she said, will cost $4 million." but not "…,” she said, clapping."
                if c is not None and c.text[:1].islower() and len(c.text.split()) >= 3 \
                        and not nxt.low.endswith("ing"):
                    return [_Frame([c], cue, src, ctx.quote_kind(c), src.end)]
        return []

    def _split_participles(self, ctx: _Context, frames: list[_Frame]) -> list[_Frame]:
        """Cut "…, adding that B" / "…, saying B" off a content, or find it after a trailing
        frame ("“A,” he told the group, adding that B"): a second attribution of the same
        source with the participle as its cue.  In a sentence without a frame, the participle
        attributes to the sentence's subject ("The governor toured the town, promising …")."""
        if not frames:
            return self._participle_frame(ctx)
        out = []
        for fr in frames:
            out.append(fr)
            if fr.source is None or not fr.contents:
                continue
            c = fr.contents[-1]
            if c.end <= fr.cue.start:
                # The content came before the frame: look after the frame instead.
                frame_end = max(fr.cue.end, fr.source.end)
                m = self._participle(ctx, frame_end, ctx.end)
                rest = ctx.content(m.end(), ctx.end) if m else None
                if m and rest is not None and not any(
                        x.start >= frame_end for f in frames for x in f.contents):
                    cue = Span(m.start("cue"), m.end("cue"), m.group("cue"))
                    out.append(_Frame([rest], cue, fr.source, ctx.quote_kind(rest),
                                      fr.tail_start))
                continue
            m = self._participle(ctx, c.start, c.end)
            if not m:
                continue
            head = ctx.content(c.start, m.start())
            rest = ctx.content(m.end(), c.end)
            if head is None or rest is None:
                continue
            fr.contents[-1] = head
            fr.quote = ctx.quote_kind(fr.contents[0])
            cue = Span(m.start("cue"), m.end("cue"), m.group("cue"))
            out.append(_Frame([rest], cue, fr.source, ctx.quote_kind(rest), fr.tail_start))
        return out

    def _participle(self, ctx: _Context, start: int, end: int) -> re.Match | None:
        """The first participle cue between two offsets that is not inside a quotation."""
        m = self.cues.participle_cue.search(self.text, start, end)
        while m and ctx.in_quote(m.start("cue")):
            m = self.cues.participle_cue.search(self.text, m.end(), end)
        return m

    def _participle_frame(self, ctx: _Context) -> list[_Frame]:
        """"The governor toured the town, promising that …": the subject that opens
        the sentence is the source of the participle."""
        m = self._participle(ctx, ctx.span.start, ctx.end)
        if not m:
            return []
        k = next((n for n, t in enumerate(ctx.toks) if t.start >= m.start()), 0)
        rng = self._coordinated_subject(ctx.toks, k) if k else None
        rest = ctx.content(m.end(), ctx.end)
        if rng is None or rest is None:
            return []
        src = Span.of(self.text, ctx.toks[rng[0]].start, ctx.toks[rng[1] - 1].end)
        cue = Span(m.start("cue"), m.end("cue"), m.group("cue"))
        return [_Frame([rest], cue, src, ctx.quote_kind(rest), src.end)]

    # ---- sources --------------------------------------------------------------------------

    def classify(self, mention: Span) -> tuple[str, str, str]:
        """(kind, head, mode) of a source phrase; mode is new, pronoun, definite or named."""
        text = mention.text.strip(" ,")
        low = text.lower()
        words = low.replace("’", "'").split()
        if low in self.src.pronouns_singular | self.src.pronouns_plural | self.src.pronouns_neutral:
            return "", low, "pronoun"
        outlet = self._outlet(text)
        parts = re.split(r"\s+(?:and|&)\s+", text)
        if not outlet and len(parts) > 1 and all(self._outlet(p) for p in parts):
            outlet = self._outlet(parts[0])     # "Reuters and The Associated Press"
        if outlet:
            return "outlet", outlet, "named"
        # The lead: the words before an apposition, a preposition or a relative clause.
        raw_words = text.replace("’", "'").split()
        lead: list[str] = []
        for w in raw_words:
            if lead and (w.lower() in self.src.prepositions or w.lower() in self.cues.relative_words):
                break
            lead.append(w.rstrip(","))
            if w.endswith(","):
                break
        head = lead[-1].lower().rstrip(".") if lead else low
        head = head[:-2] if head.endswith("'s") else head
        known = (self.src.group_heads | self.src.anonymous_heads | self.src.official_heads
                 | self.src.resident_heads | self.src.document_heads)
        last = words[-1].strip(",.")
        if head not in known and last in known and not any(w[:1].isupper() for w in lead[1:]) and \
                not self._names_organization(raw_words[len(lead):]):
            # "several former and current staff and volunteers"
            head = last
        if head in self.src.quantity_heads and len(raw_words) > len(lead) + 1 \
                and raw_words[len(lead)].lower() == "of":
            # "Fifty-two percent of 170 respondents": the group is the head of the "of" phrase.
            of_phrase = [w.lower().strip(",.") for w in raw_words[len(lead) + 1:]]
            if any(w in self.src.group_heads for w in of_phrase):
                return "unnamed_group", next(w for w in of_phrase
                                             if w in self.src.group_heads), "new"
        det = words[0] if words[0] in self.src.determiners else ""
        content_words = lead[1:] if det else lead
        capitalized = [w for w in content_words if w[:1].isupper()]
        org = any(w.strip(",.'s") in self.src.org_words or w in self.src.org_words for w in lead)
        tail_org = self._names_organization(raw_words[len(lead):])
        if low in self.src.org_standalone or (head in self.src.org_standalone and not det):
            return "named_organization", low, "named"
        if self.src.anonymous_group.search(low) and (
                head in self.src.group_heads or head in self.src.anonymous_heads):
            return "anonymous_source", head, "new"
        if head in self.src.group_heads or " ".join(words[:2]) in self.src.group_heads:
            modifier = words[-2].strip(",.") if len(words) > 1 else ""
            if head in self.src.official_heads_plural and modifier in self.src.org_anaphors:
                # "district leaders", "company officials": the organization named before
                return "named_organization", modifier, "definite"
            if head in self.src.official_heads_plural and (org or tail_org or (
                    len(capitalized) >= 2 and not _NATIONALITY.search(capitalized[-1]))):
                # "Northwind Utility officials", not "South Korean officials"
                return "named_organization", head, "named"
            if det in {"the"} and not capitalized:
                return "unnamed_group", head, "definite"
            return "unnamed_group", head, "new"
        if head in self.src.document_heads and (det or not capitalized or lead[-1].islower()):
            return "document", head, "definite" if det in {"the", "its", "his", "her",
                                                           "their"} else "new"
        person_head = (head in self.src.official_heads or head in self.src.resident_heads
                       or head in self.src.anonymous_heads)
        if person_head and head in self.src.official_heads and (
                (org and capitalized) or tail_org or self._organization_word(lead[:-1])) \
                and not self._ends_with_name(raw_words):
            return "named_organization", head, "named"
        if person_head and (det or not capitalized or head != words[-1]) \
                and not self._ends_with_name(raw_words):
            if head in self.src.resident_heads:
                kind = "anonymous_resident"
            elif head in self.src.official_heads or any(
                    m in low for m in self.src.official_modifiers):
                kind = "anonymous_official"
            else:
                kind = "anonymous_source"
            if det == "the" or words[0] in {"this", "that", "these"}:
                return kind, head, "definite"
            if det and det not in self.src.indefinite and det != "the":
                return kind, head, "definite"
            return kind, head, "new"
        if det == "the" and (head in self.src.org_anaphors or low[4:] in self.src.org_anaphors) \
                and not capitalized:
            return "named_organization", head, "definite"
        if head in self.src.org_anaphors and len(lead) > 1 and lead[-2].endswith("'s"):
            return "named_organization", head, "named"      # "Mayor Lee's office"
        if capitalized or (raw_words and raw_words[0][:1].isupper() and not det):
            if self._ends_with_name(raw_words):
                return "named_person", head, "named"
            if org or _ACRONYM.fullmatch(text.removeprefix("the ").removeprefix("The ")):
                return "named_organization", head, "named"
            return "named_person", head, "named"
        return "anonymous_source", head, "new"

    def _organization_word(self, modifiers: list[str]) -> bool:
        """"An Acme official": the one capitalized modifier is an organization when the article
        also uses it as one ("Acme's towers", "Acme said"), not as a place ("in Ryanggang")."""
        names = [w for w in modifiers if w[:1].isupper() and w.lower() not in self.src.determiners]
        if len(names) != 1 or _NATIONALITY.search(names[0]):
            return False
        return bool(re.search(r"\b" + re.escape(names[0]) + r"(?:['’]s\s+[a-z]|\s+(?:said|"
                              r"says|declined|did not|announced|told))", self.text))

    def _names_organization(self, words: list[str]) -> bool:
        """Whether a prepositional phrase names an organization: "for the L.A. Housing
        Department", "at Acme"."""
        if not words or words[0].lower() not in {"for", "of", "at", "with", "from"}:
            return False
        rest = [w for w in words[1:] if w.lower() not in self.src.determiners]
        return bool(rest) and rest[0][:1].isupper()

    def _ends_with_name(self, words: list[str]) -> bool:
        """"… water department director Dana Cole": a role word, then a capitalized name."""
        if len(words) < 3:
            return False
        a, b, role = words[-1], words[-2], words[-3].lower().strip(",")
        return a[:1].isupper() and b[:1].isupper() and (
            role in self.src.official_heads or role in self.src.titles_lower) \
            and not any(w.strip(",.") in self.src.org_words for w in words[-2:])

    def _outlet(self, text: str) -> str | None:
        t = text.replace("’", "'")
        for cand in (t, re.sub(r"^the\s+", "", t, flags=re.I)):
            cand = re.sub(r"'s\b.*$", "", cand).strip()
            key = cand.lower()
            if key in self.src.outlet_alias:
                canonical = self.src.outlet_alias[key]
                if len(cand) <= 3 and cand != cand.upper():
                    continue
                return canonical
        return None

    def _antecedent_phrase(self, mention: Span) -> Span | None:
        """The noun phrase a relative "who" stands for: "an architect who said" -> "an
        architect"; "Jane Doe, who said" -> "Jane Doe"."""
        base = max(0, mention.start - 200)
        toks = _tokens(self.text[base:mention.start], base)
        j = len(toks)
        if j and toks[-1].text == ",":
            j -= 1
        i = self._np_start(toks, j)
        # "The council hired an architect who": the phrase starts after the verb.
        i = max([i] + [n + 1 for n in range(i, j) if _is_past_verb(toks[n])])
        if i < j and self._valid_source(toks[i:j]):
            return Span.of(self.text, toks[i].start, toks[j - 1].end)
        return None

    def resolve(self, mention: Span, sentence_index: int) -> _SourceState:
        if mention.text.lower() in self.cues.relative_subjects:
            antecedent = self._antecedent_phrase(mention)
            st = self.resolve(antecedent, sentence_index) if antecedent else \
                self._new_source(mention.text, "anonymous_source", mention.text.lower())
            if antecedent:
                st.mentions.remove(antecedent)
            st.mentions.append(mention)
            return st
        kind, head, mode = self.classify(mention)
        low = mention.text.lower()
        st: _SourceState | None = None
        if mode == "pronoun":
            st = self._resolve_pronoun(head)
            if st is None:
                kind = ("named_person" if head in self.src.pronouns_singular else
                        "named_organization" if head in self.src.pronouns_neutral else
                        "unnamed_group")
        elif mode == "definite":
            st = self._resolve_definite(mention, kind, head)
        elif mode == "named":
            full = None
            if kind == "named_person":
                kind, full = self._person_or_organization(mention.text)
            st = self._resolve_named(full or mention.text, kind, head)
            if st is None and full:
                st = self._new_source(full, kind, head)
        elif kind == "unnamed_group":
            # "two of the people" goes back to "five people familiar with the request".
            definite = {"the", "these", "those"} & set(low.split())
            back = {"unnamed_group", "anonymous_source"} if definite else {"unnamed_group"}
            st = next((s for s in reversed(self.sources)
                       if s.kind in back and s.head == head), None)
        if mode == "pronoun":
            # A full name opening a sentence after the last mention of the source found is a
            # newer antecedent: "Tom Reed said … Anna Diaz runs the diner. She said …"
            found = self._antecedent_in_text(mention.start, head)
            if found and (st is None or found[1] > max(m.end for m in st.mentions)):
                named = self._resolve_named(found[0], "named_person", head)
                if named is None or named.pronoun in {None, head}:
                    st = named or self._new_source(found[0], "named_person", head)
            if st is not None and head in self.src.pronouns_singular:
                st.pronoun = st.pronoun or head     # "he" and "she" never meet again
        if st is None:
            name = head if kind == "outlet" else mention.text.strip(" ,")
            if kind == "document" and not any(w[:1].isupper() for w in name.split()[1:]):
                name = self._document_author(head, mention.end) or name
            st = self._new_source(name, kind or "anonymous_source", head)
        elif mode in {"named", "new"} and len(mention.text) > len(st.name) and \
                st.kind not in {"outlet"} and low.split()[:1] != ["the"]:
            st.name = mention.text.strip(" ,")
        st.mentions.append(mention)
        # Most recently used moves to the end for pronoun resolution.
        self.sources.remove(st)
        self.sources.append(st)
        return st

    def _document_author(self, head: str, before: int) -> str | None:
        """"The report" named by who wrote it, from one of the first sentences before
        ``before`` that mention such a document: "the Harbor Institute's report", "a report by
        the Harbor Institute", "The Harbor Institute … submitted its report" give "Harbor
        Institute's report"."""
        if head not in self._authors:
            self._authors[head] = self._document_authors(head)
        return next((name for at, name in self._authors[head] if at < before), None)

    def _document_authors(self, head: str) -> list[tuple[int, str]]:
        """(offset, "Author's head") for the first few mentions of a document head that name
        an author; each read in a bounded window, once per head and article."""
        templates = [re.compile(p.replace("{head}", re.escape(head)))   # re caches them
                     for p in self.src.document_author]
        word = re.compile(r"\b" + re.escape(head) + r"\b", re.IGNORECASE)
        out = []
        for n, m in enumerate(word.finditer(self.text)):
            if n == 6:
                break
            low = max(0, m.start() - 300)
            start = max(self.text.rfind(stop, low, m.start()) for stop in (". ", "\n", "? ", "! "))
            start = low - 1 if start < 0 else start
            sentence = self.text[start + 1:m.end() + 120]
            at = m.start() - start - 1
            for rx in templates:
                found = next((f for f in rx.finditer(sentence) if f.start("head") == at), None)
                author = found.group("name").removeprefix("the ").removeprefix("The ") \
                    if found else ""
                if len(author.split()) > 1 or _ACRONYM.fullmatch(author):
                    out.append((m.start(), f"{author}'s {head}"))
                    break
        return out

    def goes_on_reporting(self, sentence: str) -> bool:
        """Whether a sentence after a speech frame, in the same paragraph and without a frame
        of its own, still reports what was said: it goes on about the same people ("They were
        deployed in groups …"), and is no "did not respond to requests for comment" line."""
        first = sentence.split(maxsplit=1)[0].lower() if sentence.strip() else ""
        return first in self.src.pronouns_singular | self.src.pronouns_plural \
            and not self.cues.no_statement.search(sentence)

    def speech_cue(self, cue: Span | None) -> bool:
        """Whether a cue reports speech, so that the next sentence may go on with it."""
        if cue is None:
            return False
        low = cue.text.lower()
        return low in self.cues.strong_verbs or bool(self.cues.source_after.fullmatch(low)) \
            or not _WORDISH.search(low)

    def _new_source(self, name: str, kind: str, head: str) -> _SourceState:
        st = _SourceState(f"S{len(self.sources) + 1}", name, kind, head, order=len(self.sources))
        self.sources.append(st)
        if st.kind in ANONYMOUS_KINDS and st.kind != "unnamed_group":
            self.anonymous_order.append(st)
            st.individual = True
        return st

    def _person_or_organization(self, text: str) -> tuple[str, str | None]:
        """A one-word name is a person when the article gives a full name ending in it
        ("Lopez" after "Maria Lopez": kind and that full name) or a title ("Mr. Cook");
        otherwise it is an organization ("Northwind said", "Acme declined to comment")."""
        key = _name_key(text, self.src.titles)
        if len(key.split()) != 1:
            return "named_person", None
        surname = text.split()[-1].strip(",.").removesuffix("'s").removesuffix("’s")
        if surname not in self._surname_cache:
            self._surname_cache[surname] = self._first_full_name(surname)
        full = self._surname_cache[surname]
        if full:
            return "named_person", full
        if any(w in self.src.titles for w in text.split()):
            return "named_person", None
        return "named_organization", None

    def _first_full_name(self, surname: str) -> str | None:
        """The first "First [M.] Surname" in the article, found by plain string search (no
        pattern compiled per name)."""
        text, at = self.text, self.text.find(surname)
        while at >= 0 and surname:
            after = at + len(surname)
            if after >= len(text) or not text[after].isalnum():
                m = _FIRST_NAME_BEFORE.search(text, max(0, at - 40), at)
                if m and self._first_name(m.group("first")):
                    return text[m.start("first"):after]
            at = text.find(surname, at + 1)
        return None

    def _first_name(self, word: str) -> bool:
        """Whether a capitalized word before a surname can be a first name, not "The" or
        "With" or a title."""
        return word not in self.src.titles and word.lower() not in self.src.determiners \
            and word.lower() not in self.cues.leading_words | self.src.prepositions

    def _full_names(self) -> dict[str, str]:
        """Surname -> the first full name ending in it, over the whole article (cached)."""
        if self._names is None:
            self._names = {}
            # Overlapping matches: "Councilmember Ana Ruiz-Martínez" gives "Ana Ruiz-Martínez".
            for m in _PERSON_NAME_ANYWHERE.finditer(self.text):
                words = m.group(1).split()
                if self._first_name(words[0]):
                    self._names.setdefault(words[-1], m.group(1))
        return self._names

    def _antecedent_in_text(self, pos: int, pronoun: str) -> tuple[str, int] | None:
        """The nearest full name before a pronoun that no source stands for yet: "Jane Doe
        runs the shelter. She said …" gives Jane Doe rather than an unknown "she"."""
        if pronoun not in self.src.pronouns_singular:
            return None
        base = max(0, pos - 600)
        names = [(m.group("name"), m.start("name"))
                 for rx in (_SUBJECT_NAME, _CLAUSE_SUBJECT)
                 for m in rx.finditer(self.text, base, pos)]
        # A surname alone opening a sentence ("Reed coached the team …") stands for the
        # full name the article gave before.
        full = self._full_names()
        names += [(full[m.group("name")], m.start("name"))
                  for m in _SUBJECT_SURNAME.finditer(self.text, base, pos)
                  if m.group("name") in full]
        names.sort(key=lambda n: n[1])
        names = [(n, at) for n, at in names if n.split()[0] not in self.src.titles
                 and n.split()[0].lower() not in self.src.determiners | self.src.prepositions
                 and n.lower() not in self.cues.not_speakers
                 and not any(w.strip(",.") in self.src.org_words for w in n.split())]
        return names[-1] if names else None

    def _resolve_pronoun(self, pronoun: str) -> _SourceState | None:
        if pronoun in self.src.pronouns_singular:
            wanted = {"named_person", "anonymous_official", "anonymous_resident",
                      "anonymous_source"}
        elif pronoun in self.src.pronouns_plural:
            wanted = {"unnamed_group", "named_organization", "outlet", "anonymous_official",
                      "anonymous_resident", "anonymous_source"}
        else:
            wanted = {"named_organization", "document", "outlet"}
        return next((s for s in reversed(self.sources) if s.kind in wanted
                     and s.pronoun in {None, pronoun}), None)

    def _resolve_definite(self, mention: Span, kind: str, head: str) -> _SourceState | None:
        words = [w.strip(",.").lower() for w in mention.text.split()]
        ordinal = next((self.src.ordinals[w] for w in words if w in self.src.ordinals), None)
        if kind == "document":
            return next((s for s in reversed(self.sources)
                         if s.kind == "document" and s.head == head), None)
        if kind == "named_organization":
            # "the city" is the source whose name says city, else the last organization unless
            # the head is a kind of place that names an organization of its own.
            same = next((s for s in reversed(self.sources) if s.kind == "named_organization"
                         and head in s.name.lower().split()), None)
            if same is not None or head in self.src.place_anaphors:
                return same
            return next((s for s in reversed(self.sources) if s.kind == "named_organization"),
                        None)
        if kind == "unnamed_group":
            # "the people" after "five people familiar with the talks" are those people.
            return next((s for s in reversed(self.sources)
                         if s.kind in {"unnamed_group", "anonymous_source"} and s.head == head),
                        None)
        individuals = self.anonymous_order
        if ordinal is not None:
            if ordinal > 0 and ordinal <= len(individuals):
                return individuals[ordinal - 1]
            if ordinal == -1 and individuals:
                return individuals[-1]
            if ordinal == -2 and len(individuals) >= 2:
                recent = [s for s in reversed(self.sources) if s.individual]
                return recent[1] if len(recent) > 1 else None
            return None
        modifiers = [w for w in words[1:] if w != head and w not in self.src.determiners]
        if modifiers:
            for s in reversed(self.sources):
                if s.individual:
                    said = " ".join(m.text.lower() for m in s.mentions)
                    if all(w in said for w in modifiers if len(w) > 2):
                        return s
        same_head = next((s for s in reversed(self.sources) if s.individual and s.head == head),
                         None)
        if same_head is not None:
            return same_head
        if head in self.src.anonymous_heads:
            return next((s for s in reversed(self.sources) if s.individual), None)
        return None

    def _resolve_named(self, text: str, kind: str, head: str) -> _SourceState | None:
        if kind == "outlet":
            return next((s for s in self.sources if s.kind == "outlet" and s.head == head), None)
        norm = _name_key(text, self.src.titles)
        for s in self.sources:
            if s.kind not in {"named_person", "named_organization"}:
                continue
            other = _name_key(s.name, self.src.titles)
            if other == norm:
                return s
            if kind == "named_person" and s.kind == "named_person" and norm and \
                    _person_key(text, self.src.titles) == _person_key(s.name, self.src.titles):
                # "Dana Cole" and "Dana Cole, president of the Harbor Institute"
                return s
            if kind == "named_person" and s.kind == "named_person" and norm and other and (
                    norm.split()[-1] == other.split()[-1]) and (len(norm.split()) == 1
                                                                 or len(other.split()) == 1):
                return s
        return None

    def anonymity(self, st: _SourceState, tail_start: int, sentence: Sentence) -> None:
        tail = self.text[tail_start:sentence.span.end][:240]
        for p in self.rules.anonymity_patterns:
            m = p.search(tail)
            if m and m.start() < 40:
                st.anonymous_marker = True
                reason = m.groupdict().get("reason")
                if reason and not st.reason:
                    st.reason = reason.strip()
                return
        if self.rules.anonymity_markers.search(tail[:120]):
            st.anonymous_marker = True


def _person_key(name: str, titles: frozenset[str]) -> str:
    """A person's name without the apposition or prepositional phrase after it."""
    return _name_key(_APPOSED.split(name, maxsplit=1)[0], titles)


def _name_key(name: str, titles: frozenset[str]) -> str:
    words = [w for w in name.replace("’s", "").replace("'s", "").split()
             if w not in titles and w.lower() not in {"the", "a", "an"}]
    return " ".join(w.strip(",.") for w in words).lower()


def attribute(document: Document, sentences: tuple[Sentence, ...],
              rules: Rules | None = None) -> tuple[tuple[Source, ...], tuple[Claim, ...]]:
    """Find the claims of every sentence and the sources they are attributed to.

    A sentence without a frame of its own continues the previous attribution when it goes on
    with the same quotation (also into the next paragraphs, each opening a quote without the
    previous one closing), follows a frame ending in a colon, or, right after a speech frame in
    the same paragraph, goes on about the same people ("They were deployed …"); it then shares
    that frame's source and cue.  Otherwise it is the reporter's own voice.

    Returns:
        (sources, claims): sources numbered S1… in order of first mention; claims C1… in text
        order, with ``corroboration`` set to single_source or unattributed (corroboration proper
        is the next stage's work).
    """
    rules = rules or load_rules()
    an = _Analyzer(document, rules)
    raw: list[_RawClaim] = []
    last: _Last | None = None
    text = document.text
    for sentence in sentences:
        frames = an.frames(sentence)
        s = sentence.span
        if frames:
            for fr in frames:
                st = an.resolve(fr.source, sentence.index) if fr.source else None
                if st is not None:
                    an.anonymity(st, fr.tail_start, sentence)
                for c in fr.contents:
                    raw.append(_RawClaim(c, sentence.index, st, fr.source, fr.cue, fr.quote))
                if st is not None:
                    last = _Last(st, sentence.paragraph, fr.cue, fr.opens_next,
                                 quote_depth_after(s.text, rules.quotes) > 0,
                                 an.speech_cue(fr.cue))
            continue
        starts_quote = s.text[:2] == "''" or s.text[:1] in _OPENING_MARKS
        if last is not None:
            gap = sentence.paragraph - last.paragraph
            quoted = (starts_quote and gap <= 1) or last.open
            goes_on = (quoted or (last.opens_next and gap <= 1)
                       or (gap == 0 and last.speech and last.chain == 0
                           and an.goes_on_reporting(s.text)))
            if goes_on:
                raw.append(_RawClaim(s, sentence.index, last.source, None, last.cue,
                                     "direct" if quoted else "indirect"))
                depth = quote_depth_after(text[s.start:s.end], rules.quotes, int(last.open))
                last = _Last(last.source, sentence.paragraph, last.cue, False, depth > 0,
                             last.speech, last.chain + (not quoted))
                continue
        last = None
        raw.append(_RawClaim(s, sentence.index, None, None, None, "none"))
    return _records(raw, sentences, text, rules)


@dataclass
class _RawClaim:
    span: Span
    sentence: int
    source: _SourceState | None
    mention: Span | None
    cue: Span | None
    quote: str


@dataclass
class _Last:
    """The attribution a following sentence may continue."""

    source: _SourceState
    paragraph: int
    cue: Span | None
    opens_next: bool
    open: bool
    """A quotation is still open at the end of the sentence."""
    speech: bool
    """The frame reports speech ("said", "according to"), not a stance ("hoped", "declined")."""
    chain: int = 0
    """Sentences already taken over without quotation marks."""


_OPENING_MARKS = frozenset({"“", '"', "«", "‘", "„", "‹", "「"})


def _described(text: str, name: str) -> str:
    """The name with the apposition the article gives it somewhere ("Dana Cole, president of
    the Harbor Institute"): the most specific way the article names the person."""
    if "," in name or len(name.split()) < 2:
        return name
    at = text.find(name)
    while at >= 0:
        m = _APPOSITION.match(text, at + len(name))
        if m:
            return name + m.group()
        at = text.find(name, at + 1)
    return name


def _records(raw: list[_RawClaim], sentences: tuple[Sentence, ...], text: str,
             rules: Rules) -> tuple[tuple[Source, ...], tuple[Claim, ...]]:
    """Freeze the analysis: sources numbered in order of first mention, claims in text order."""
    states = sorted({id(r.source): r.source for r in raw if r.source}.values(),
                    key=lambda st: min(m.start for m in st.mentions))
    ids = {id(st): f"S{n}" for n, st in enumerate(states, 1)}
    sources = []
    for st in states:
        kind = st.kind
        anonymous = kind in ANONYMOUS_KINDS
        if st.anonymous_marker and kind in {"named_person"}:
            kind, anonymous = "anonymous_source", True
        mentions = tuple(sorted({(m.start, m.end): m for m in st.mentions}.values(),
                                key=lambda m: m.start))
        name = _described(text, st.name) if kind == "named_person" else st.name
        sources.append(Source(ids[id(st)], name, kind, anonymous,
                              st.reason if anonymous else None, mentions))
    key_sentence = sentences[0].index if sentences else -1
    claims = []
    for n, r in enumerate(raw, 1):
        hedge = rules.hedges.search(r.span.text)
        claims.append(Claim(
            id=f"C{n}", span=r.span, sentence=r.sentence,
            source_id=ids[id(r.source)] if r.source else None,
            source_mention=r.mention, cue=r.cue, quote=r.quote,
            hedged=hedge is not None,
            hedge=Span(r.span.start + hedge.start(), r.span.start + hedge.end(), hedge.group())
            if hedge else None,
            corroboration="single_source" if r.source else "unattributed",
            key=r.sentence == key_sentence,
        ))
    return tuple(sources), tuple(claims)


def summary_groups(sources: tuple[Source, ...]) -> dict[str, tuple[str, ...]]:
    """Unnamed groups of anonymous sources that sum up the article's anonymous individuals.

    "sources in the region told RFA" in a lede, followed by an official and a resident quoted one
    by one, is the same people again: the group is not independent of them.
    """
    individuals = tuple(s.id for s in sources if s.anonymous and s.kind != "unnamed_group")
    return {s.id: individuals for s in sources if s.kind == "unnamed_group" and individuals
            and s.name.lower().split()[0] in {"sources", "source"}}


__all__ = ["attribute", "summary_groups"]
