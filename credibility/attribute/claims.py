"""Claims: the analysis frozen into ``Source`` and ``Claim`` records, and the groups of
anonymous sources that sum up the article's anonymous individuals."""

from __future__ import annotations

import re
from dataclasses import dataclass

from credibility.attribute.anonymity import member_reason
from credibility.attribute.resolution import SourceState
from credibility.attribute.tokens import CALENDAR
from credibility.records import ANONYMOUS_KINDS, Claim, Sentence, Source, Span
from credibility.rules import Rules, SourceRules

APPOSITION = re.compile(r",\s+(?!(?:at|in|on|during|after|before|from|to|by|while|when|who|which)\s)"
                        r"((?:a|an|the)\s+)?[a-z](?:[^,.;:“”\"()]|(?<=[A-Z])\.){2,80}?"
                         r"(?:\s+(?:of|at|for|with)\s+(?:the\s+)?[A-Z]"
                         r"(?:[^,.;:“”\"()]|(?<=[A-Z])\.){1,80})?(?=,)")
"""", president of the Harbor Institute" after a name, up to the closing comma; not ", at a later
press conference," (where it was said) nor a relative clause."""


@dataclass
class _RawClaim:
    span: Span
    sentence: int
    source: SourceState | None
    mention: Span | None
    cue: Span | None
    quote: str


@dataclass
class _Last:
    """The attribution a following sentence may continue."""

    source: SourceState
    paragraph: int
    cue: Span | None
    opens_next: bool
    open: bool
    """A quotation is still open at the end of the sentence."""
    speech: bool
    """The frame reports speech ("said", "according to"), not a stance ("hoped", "declined")."""
    chain: int = 0
    """Sentences already taken over without quotation marks."""
    mention: Span | None = None
    """The source as the frame names it ("The governor added:"), for the paragraph a colon
    frame opens."""
    listing: bool = False
    """A colon frame's list is going on: ``opens_next`` holds for the next paragraph only
    when it is one more item of the list ("Key points from the report:" then its bullets)."""


_OPENING_MARKS = frozenset({"“", '"', "«", "‘", "„", "‹", "「"})
_CLOSING_MARKS = frozenset({"”", '"', "»", "’", "›", "」", "'"})


def _described(text: str, name: str, commas: dict[str, list[int]] | None = None) -> str:
    """The name with the apposition the article gives it somewhere ("Dana Cole, president of
    the Harbor Institute"): the most specific way the article names the person.  ``commas``
    (:func:`_commas_after`) lists where the name's last word comes before a comma, so only
    those places are read rather than the whole text."""
    if "," in name or len(name.split()) < 2:
        return name
    last = name.split()[-1]
    if commas is not None and name.endswith(last):
        # An apposition opens with a comma right after the name, whose last word is then the
        # run of characters between a space and that comma.
        for comma in commas.get(last, ()):
            at = comma - len(name)
            if at >= 0 and text.startswith(name, at):
                m = APPOSITION.match(text, comma)
                if m:
                    return name + m.group()
        return name
    at = text.find(name)
    while at >= 0:
        m = APPOSITION.match(text, at + len(name))
        if m:
            return name + m.group()
        at = text.find(name, at + 1)
    return name


_BEFORE_COMMA = re.compile(r"(?<!\S)[^\s,]+(?=,)")


def _commas_after(text: str) -> dict[str, list[int]]:
    """Word -> the offsets of the commas right after it, in text order ("Cole" -> the comma of
    "Dana Cole, president …"); a word is a run of characters other than spaces and commas after
    a space or the start of the text."""
    commas: dict[str, list[int]] = {}
    for m in _BEFORE_COMMA.finditer(text):
        commas.setdefault(m.group(), []).append(m.end())
    return commas


def _records(raw: list[_RawClaim], sentences: tuple[Sentence, ...], text: str,
             rules: Rules, granted: list[SourceState] = (), body_start: int = 0
             ) -> tuple[tuple[Source, ...], tuple[Claim, ...]]:
    """Freeze the analysis: sources numbered in order of first mention in the body (from
    ``body_start``: a headline's mention does not renumber them), claims in text order.
    ``granted`` are those given anonymity for a reason in a sentence with no claim of theirs:
    a member described after them shares the reason (:func:`member_reason`)."""
    # one content of one cue is one claim, however many frames read it ("said he would ask
    # the court for a new trial, arguing that …": the participle split under "said" and under
    # the nested "ask")
    seen: set[tuple] = set()
    unique = []
    for r in raw:
        key = (r.span.start, r.span.end, (r.cue.start, r.cue.end) if r.cue else None,
               id(r.source))
        if key not in seen:
            seen.add(key)
            unique.append(r)
    raw = unique
    states = sorted({id(r.source): r.source for r in raw if r.source}.values(),
                    key=lambda st: min((m.start for m in st.mentions if m.start >= body_start),
                                       default=min(m.start for m in st.mentions)))
    if granted:
        _share_granted_reasons(states, granted, rules)
    ids = {id(st): f"S{n}" for n, st in enumerate(states, 1)}
    commas = _commas_after(text) if any(st.kind == "named_person" for st in states) else None
    frames: dict[int, list[str]] = {}    # each document's words up to its cue or claim
    for r in raw:
        if r.source and r.source.kind == "document" and r.mention:
            # "A video posted on social media showed …": the phrase ends at "video", the
            # words up to the cue (or the content, after it) say where it was found
            ends = [at for at in (r.cue.start if r.cue else -1, r.span.start)
                    if r.mention.end < at <= r.mention.start + _FRAME_CHARS]
            if ends:
                frames.setdefault(id(r.source), []).append(
                    text[r.mention.start:max(ends)])
    sources = []
    for st in states:
        kind = st.kind
        anonymous = kind in ANONYMOUS_KINDS
        if st.anonymous_marker and kind in {"named_person"}:
            kind, anonymous = "anonymous_source", True
        elif st.anonymous_marker and kind == "named_organization" and (
                st.head in rules.sources.official_heads or st.head in rules.sources.private_roles):
            # "a Pentagon official, who was not authorized to speak publicly": one unnamed
            # person of the organization, who gave a reason not to be named
            kind, anonymous = "anonymous_official", True
        mentions = tuple(sorted({(m.start, m.end): m for m in st.mentions}.values(),
                                key=lambda m: m.start))
        name = _described(text, st.name, commas) if kind == "named_person" else st.name
        name = " ".join(name.split())     # a name wrapped across lines reads as one line
        sources.append(Source(ids[id(st)], name, kind, anonymous,
                              st.reason if anonymous else None, mentions,
                              unverified=kind == "document" and _unverified(
                                  [name, *(m.text for m in mentions), *frames.get(id(st), ())],
                                  rules)))
    key_sentence = sentences[0].index if sentences else -1
    claims = []
    for n, r in enumerate(raw, 1):
        hedge, base = rules.hedge(r.span.text), r.span.start
        if hedge is None and r.cue is not None and r.source is None and r.mention is None \
                and 0 <= r.span.start - r.cue.end <= 2:
            # "The leak appears to have given …": the raising verb framing the content hedges it
            base = r.cue.start
            hedge = rules.hedge(text[base:r.span.end])
        claims.append(Claim(
            id=f"C{n}", span=r.span, sentence=r.sentence,
            source_id=ids[id(r.source)] if r.source else None,
            source_mention=r.mention, cue=r.cue, quote=r.quote,
            hedged=hedge is not None,
            hedge=Span(base + hedge.start(), base + hedge.end(), hedge.group())
            if hedge else None,
            corroboration="single_source" if r.source else "unattributed",
            key=r.sentence == key_sentence,
        ))
    return tuple(sources), tuple(claims)


def headline_claim(document, claims: tuple[Claim, ...]) -> Claim | None:
    """The headline as a claim of its own (``Report.headline``: id ``C0``, sentence 0, the
    sentence it stands before; ``headline`` set, no source), or None when the document has no
    headline or a body claim already covers it (a headline read as the first sentence)."""
    title = document.title_span
    if title is None or not title.text.strip() or any(
            c.span.start < title.end and title.start < c.span.end for c in claims):
        return None
    return Claim(id="C0", span=title, sentence=0, headline=True)


def _share_granted_reasons(states: list[SourceState], granted: list[SourceState],
                           rules: Rules) -> None:
    """"Four former employees spoke on condition of anonymity because … One former night
    manager said": the member takes the reason of a group given it before her (in place)."""
    src = rules.sources
    for st in states:
        if st.kind not in ANONYMOUS_KINDS or st.reason:
            continue
        first = min(m.start for m in st.mentions)
        groups = [(g.name, g.kind, g.reason) for g in granted
                  if g is not st and min(m.start for m in g.mentions) < first]
        st.reason = member_reason(st.name, groups, src)


_AUTHORED = re.compile(r"\bby\s+(?:the\s+)?[A-Z]|\b(?P<owner>[\w.-]+)['’]s\s")
"""A document's author in its phrase: "a video posted by the Harlow Ridge Fire Department",
"the sheriff's office's video" (and a name resolution gave, "Harbor Institute's report")."""


_FRAME_CHARS = 120
"""How far before its cue a document's phrase may start for the words between to describe it."""


def _unverified(texts: list[str], rules: Rules) -> bool:
    """Whether a document's phrases call it content shared online that nobody vouched for
    ("Footage shared on social media"), naming no author ("a video posted on X by the County
    Sheriff's Office" is the office's) and no check ("footage verified by the BBC")."""
    src = rules.sources
    return any(src.unverified.search(t) for t in texts) and not any(
        src.vouched.search(t) or _authored(t) for t in texts)


def _authored(text: str) -> bool:
    """Whether a document's phrase names who made it: "posted by the Harlow Ridge Fire
    Department", "the sheriff's office's video"; not a day's or month's possessive ("during
    Sunday's protest")."""
    return any(m.group("owner") not in CALENDAR for m in _AUTHORED.finditer(text))


def summary_groups(sources: tuple[Source, ...], source_words: frozenset[str]
                   ) -> dict[str, tuple[str, ...]]:
    """Unnamed groups of anonymous sources that sum up the article's anonymous individuals.

    "sources in the region told RFA" in a lede, followed by an official and a resident quoted one
    by one, is the same people again: the group is not independent of them.  Such a group
    opens with a word of ``source_words`` ("sources": ``people.source_words`` of sources.toml).
    """
    individuals = tuple(s.id for s in sources if s.anonymous and s.kind != "unnamed_group")
    return {s.id: individuals for s in sources if s.kind == "unnamed_group" and individuals
            and s.name.lower().split()[0] in source_words}


def several_people(source: Source, src: SourceRules) -> bool:
    """Whether an anonymous source that is no unnamed group describes more than one person:
    "Two people familiar with the matter", "three U.S. officials briefed on the talks" are
    people granted anonymity together (``anonymous_group_markers``), the head before the
    marker a plural of ``group_heads``.  Standards count them as more than one source."""
    if not source.anonymous or source.kind == "unnamed_group":
        return False
    low = source.name.lower()
    marker = src.anonymous_group.search(low)
    words = low[:marker.start() if marker else len(low)].replace(",", " ").split()
    return bool(words) and words[-1] in src.group_heads
