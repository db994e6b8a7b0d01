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

Every scan for a source phrase is bounded (``SCAN_LIMIT`` tokens), so a sentence of thousands of
tokens costs time linear in its length.

The work is split by what a reader of the code asks:

* ``tokens``: words, quotation regions and the sentence being read;
* ``frames``: cues and frames, the frame finders of one sentence;
* ``tagged``: the fallback frames read with part-of-speech tags (``tagging``);
* ``mentions``: mention boundaries, where a source phrase starts and ends;
* ``kinds``: what kind of source a phrase names;
* ``resolution``: which source in the article a phrase stands for;
* ``anonymity``: the stated reason a source is not named;
* ``interview``: the questions and answers of an interview, and who answers;
* ``claims``: the analysis frozen into ``Source`` and ``Claim`` records.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache, partial

from credibility.attribute.anonymity import Anonymity
from credibility.attribute.claims import (
    _CLOSING_MARKS,
    _OPENING_MARKS,
    _Last,
    _RawClaim,
    _records,
    headline_claim,
    several_people,
    summary_groups,
)
from credibility.attribute.frames import Frames
from credibility.attribute.interview import read_interview
from credibility.attribute.kinds import Kinds
from credibility.attribute.mentions import MentionBoundaries
from credibility.attribute.resolution import NameIndex, Recency, Resolution, SourceState
from credibility.attribute.tagged import TaggedFrames
from credibility.attribute.tagging import chunks
from credibility.records import Claim, Document, Sentence, Source, Span
from credibility.rules import Rules, load_rules
from credibility.segment import quote_depth_after, straight_single, unwrapped


class _Analyzer(Frames, TaggedFrames, MentionBoundaries, Kinds, Resolution, Anonymity):
    """One article being read: the frame finders, mention boundaries, kinds, resolution and
    anonymity mixed over the article's text, rules and the sources found so far."""

    def __init__(self, document: Document, rules: Rules) -> None:
        self.doc = document
        self.text = document.text
        self.layout = unwrapped(document)   # where full names are looked for (wrapped copy)
        self.body_starts = [p.start for p in document.body]   # (``_paragraph_start``)
        self.rules = rules
        self.cues = rules.cues
        self.src = rules.sources
        self.sources = Recency()
        self.name_index = NameIndex(articles=self.src.articles)
        self.denied = False     # (``Frames.denied``: no sentence read yet)
        self.refused = []       # (``Frames.refused``)
        self.anonymous_order: list[SourceState] = []
        self._names: dict[str, str] | None = None
        self._surname_cache: dict[str, str | None] = {}
        self._firm_cache: dict[str, bool] = {}
        self._sites: dict[str, list[int]] | None = None
        self._authors: dict[str, list[tuple[int, str]]] = {}
        self._org_words: frozenset[str] | None = None
        self._word_counts: Counter[str] | None = None
        self.answer_sentences: frozenset[int] = frozenset()
        self.interviewee_mention: Span | None = None
        self._interviewee: SourceState | None = None

    def interviewee(self, sentence_index: int) -> SourceState | None:
        """The interviewee's source when the sentence is part of an interview's answer (see
        :mod:`credibility.attribute.interview`), else None."""
        if sentence_index not in self.answer_sentences or self.interviewee_mention is None:
            return None
        if self._interviewee is None:
            self._interviewee = self.resolve(self.interviewee_mention, -1)
        return self._interviewee



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
    interview = read_interview(document, sentences, rules)
    labels: dict[int, Span] = {}
    if interview is not None:
        an.answer_sentences = interview.answers
        an.interviewee_mention = interview.interviewee
        labels = {lab.end: lab for lab in interview.labels}
    raw: list[_RawClaim] = []
    granted: list[SourceState] = []     # given anonymity for a reason, in no claim
    last: _Last | None = None
    text = document.text
    items = _list_items(document)
    paragraph = -1
    since = 0   # where the sentence before the one read starts
    for sentence in sentences:
        s = sentence.span
        since, before = s.start, since
        signed = an.signature_line(sentence)
        if signed is not None and raw and raw[-1].sentence == sentence.index - 1 \
                and raw[-1].mention is None and (
                    raw[-1].quote == "direct"
                    or raw[-1].source is None and raw[-1].span.text[:1] in _OPENING_MARKS):
            # "“…”" then "-Board member Colm Hadley" on the next line: the quotation is hers.
            cue, mention = signed
            st = an.resolve(mention, sentence.index)
            raw[-1] = _RawClaim(raw[-1].span, raw[-1].sentence, st, mention, cue, "direct")
            last = None
            continue
        if raw and raw[-1].sentence == sentence.index - 1 and raw[-1].mention is None \
                and paragraph == sentence.paragraph \
                and raw[-1].span.text[-1:] in _CLOSING_MARKS \
                and raw[-1].span.text.rstrip("".join(_CLOSING_MARKS))[-1:] in {"?", "!", "."}:
            framed = an.frame_line(sentence)
            if framed is not None:
                # "“Does he not understand that?”" then "Biden said.": the question is his,
                # also when it was first read as the previous speaker's going on (and a
                # quotation closed after its full stop: "“… that are missing.” Trump said.")
                cue, mention = framed
                st = an.resolve(mention, sentence.index)
                raw[-1] = _RawClaim(raw[-1].span, raw[-1].sentence, st, mention, cue, "direct")
                last = None
                continue
        paragraph = sentence.paragraph
        frames = [fr for fr in an.frames(sentence) if not an.hypothetical(fr.source)]
        if frames:
            first = len(raw)    # this sentence's first claim
            # one source phrase read by two frames of a sentence is one source ("A report by
            # the WHO concluded …, but called for …"; "An official … said …, but wanted …")
            read: dict[tuple[int, int], SourceState] = {}
            for fr in frames:
                st = None
                # the words after the source up to its verb, when the verb follows them
                # ("An official who asked not to be named said"), else to the sentence end
                # (also past a verb that says no claim: "… declined to be named, citing …")
                between = text[fr.tail_start:max(fr.tail_start, fr.cue.start)]
                tail_end = fr.cue.start if between.strip() and fr.contents else None
                if fr.source:
                    at = (fr.source.start, fr.source.end)
                    st = read.get(at) or an.resolve(
                        fr.source, sentence.index,
                        partial(an.granted, fr.tail_start, sentence, tail_end))
                    read[at] = st
                if st is not None:
                    an.anonymity(st, fr.tail_start, sentence, tail_end)
                    if not fr.contents and st.reason:
                        granted.append(st)  # "Four employees spoke on condition of …"
                for c in fr.contents:
                    raw.append(_RawClaim(c, sentence.index, st, fr.source, fr.cue, fr.quote))
                if st is not None:
                    last = _Last(st, sentence.paragraph, fr.cue, fr.opens_next,
                                 quote_depth_after(s.text, rules.quotes) > 0,
                                 an.speech_cue(fr.cue), mention=fr.source)
            refusal = _refusal_after(frames, s, rules)
            for r in an.refused:
                # "Board president Alan Reyes said the board will not comment on personnel
                # matters, but confirmed …": the refusal beside the claim, recorded (review 25;
                # once: not one the refusal after the frames below records)
                if refusal is not None and r.end > refusal.start:
                    continue
                at = next((n for n in range(first, len(raw)) if raw[n].span.start > r.start),
                          len(raw))
                raw.insert(at, _RawClaim(r, sentence.index, None, None, None, "none"))
            if refusal is not None:
                # "She said her side had “…,” and declined to comment on the refereeing
                # decision": the refusal after the report is recorded as it is alone
                raw.append(_RawClaim(refusal, sentence.index, None, None, None, "none"))
            rest = _clause_after_aside(frames, s, rules)
            if rest is not None:
                # "The talks will resume next week, according to a government statement, and
                # opposition members walked out": the clause after the aside is the writer's
                raw.append(_RawClaim(rest, sentence.index, None, None, None, "none"))
            main = _main_clause_before(frames, s, rules)
            if main is not None:
                # "The council approved parking changes, which officials said will take effect
                # in May": the main clause is the writer's own claim, not lost (review 23)
                raw.insert(first, _RawClaim(main, sentence.index, None, None, None, "none"))
            continue
        noted = an.reason_sentence(sentence, before)
        if noted is not None:
            # "… The official was not authorized to speak publicly about the matter.": why the
            # source is not named, a fact about it, no claim
            if noted.reason:
                granted.append(noted)
            continue
        starts_quote = s.text[:2] == "''" or s.text[:1] in _OPENING_MARKS or (
            s.text[:1] == "'" and straight_single(s.text, 0, 0) == "open")   # British copy
        if starts_quote and an.speaker_after_quote(sentence):
            last = None     # "“…” asked Lorna Pike": someone else speaks, even unread
        if last is not None:
            gap = sentence.paragraph - last.paragraph
            quoted = (starts_quote and gap <= 1) or last.open
            # (in an opinion piece a sentence after a report is the writer's own comment:
            # "The governor says he wants answers. He could start by reading …")
            opened = last.opens_next and gap <= 1 and (
                not last.listing or gap == 0 or sentence.paragraph in items)
            goes_on = (quoted or opened
                       or (gap == 0 and last.speech and last.chain == 0
                           and document.genre != "opinion"
                           and an.goes_on_reporting(s.text)))
            if goes_on:
                # the paragraph a colon frame opens ("The governor added:") is that frame's
                # claim, its source as the frame names it; other sentences go on without one
                item = _LIST_MARK.match(s.text) if sentence.paragraph in items else None
                raw.append(_RawClaim(Span.of(text, s.start + item.end(), s.end) if item else s,
                                     sentence.index, last.source,
                                     last.mention if opened else None,
                                     last.cue, "direct" if quoted else "indirect"))
                depth = quote_depth_after(text[s.start:s.end], rules.quotes, int(last.open))
                # the items of a list under the colon frame are all its claims, one by one
                listing = opened and sentence.paragraph in items
                last = _Last(last.source, sentence.paragraph, last.cue, listing, depth > 0,
                             last.speech, last.chain + (not quoted),
                             last.mention if listing else None, listing)
                continue
        last = None
        speaker = an.interviewee(sentence.index)
        if speaker is not None and not rules.cues.no_statement.search(s.text):
            # an interview's answer: the interviewee's own words ("A: In 2019.")
            raw.append(_RawClaim(_unlabelled(s, labels, text), sentence.index, speaker, None,
                                 None, "direct"))
            continue
        raw.append(_RawClaim(_unlabelled(s, labels, text), sentence.index, None, None, None,
                             "none"))
    # the headline's source is read after the body's, so that it takes the body's name for
    # them ("Clinton Says …" is "Hillary Clinton"), and its claim goes first
    headline = _headline_frame(an, document, sentences)
    if headline is not None:
        raw.insert(0, headline)
    sources, claims = _records(raw, sentences, text, rules, granted,
                               document.title_span.end if headline is not None else 0)
    if headline is None:
        return sources, claims
    # the headline's attribution is claim C0 (``Claim.headline``), the body's C1 …
    return sources, (replace(claims[0], id="C0", headline=True, key=False),
                     *(replace(c, id=f"C{n}") for n, c in enumerate(claims[1:], 1)))


def _headline_frame(an: _Analyzer, document: Document, sentences: tuple[Sentence, ...]
                    ) -> _RawClaim | None:
    """The attribution of a headline that names its source ("Fire injures 12, fire officials
    say", "Clinton Says She Won't Rule Out a Female Running Mate"; a stance too, "Biden trashes
    Trump", read as the same frame in the body would be), its source resolved among
    the body's, or only its mention when no body source is theirs; None for a headline in the
    outlet's own voice, or none, and for one in capitals
    (a wire's "FIRST UNION <FUNC> FILES 100 MLN DLR NOTES ISSUE": no case to tell names and
    verbs apart)."""
    title = document.title_span
    if title is None or not title.text.strip() or title.text.upper() == title.text or any(
            s.span.start < title.end and title.start < s.span.end for s in sentences):
        return None
    for fr in an.frames(Sentence(-1, title, -1)):
        if fr.source is None or not fr.contents \
                or an.classify(fr.source)[2] == "pronoun":
            continue    # (a headline's "She Says …" points forward, to no one read yet)
        names = {id(st): st.name for st in an.sources}
        st = an.resolve(fr.source, 0)
        if id(st) not in names:
            # a source named only in the headline ("Minister says …", "Poll: …", "…, former
            # rival says"): the outlet's own summary, no source of the story's, but the
            # headline still says whom it reports; the mention and cue are kept, unresolved
            # (a headline's phrase that no body source took may be misread, "Trump demands
            # Ginsburg resign for", and is no one to count among the story's sources)
            an.sources.remove(st)
            return _RawClaim(fr.contents[0], 0, None, fr.source, fr.cue, fr.quote)
        st.name = names[id(st)]     # the body's name for them, not the headline's casing
        return _RawClaim(fr.contents[0], 0, st, fr.source, fr.cue, fr.quote)
    return None


_LIST_MARK = re.compile(r"(?:[-*•·▪‣◦]|\d{1,2}[.)])\s+(?=\w)")
"""The bullet or number that opens a list item of plain text ("- Payments were …", "2. The
contractor …")."""


def _list_items(document: Document) -> frozenset[int]:
    """The body paragraphs (by index) that are items of a list: opened by a bullet or a number
    in plain text, or, in Markdown, indented on their line where the list marker was blanked out
    (ingest keeps offsets; a block quote's marker reads the same, and is taken alike).  In plain
    text an indent is no marker: wire copy indents every paragraph ("The mayor added:" then
    indented paragraphs are not all the mayor's)."""
    text = document.text
    markdown = document.format == "markdown"
    out = []
    for n, p in enumerate(document.body):
        line = text.rfind("\n", 0, p.start) + 1
        if _LIST_MARK.match(p.text) or (
                markdown and line < p.start and not text[line:p.start].strip(" \t")):
            out.append(n)
    return frozenset(out)


def _refusal_after(frames, sentence: Span, rules: Rules) -> Span | None:
    """The refusal to comment (``no_statement`` of rules/cues.toml) that ends ``sentence``
    after everything its frames read, from the refusal's first word to the sentence's end
    ("…,” and declined to comment on the refereeing decision."), or None."""
    end = max(max((c.end for fr in frames for c in fr.contents), default=0),
              max(fr.cue.end for fr in frames),
              max((fr.source.end for fr in frames if fr.source is not None), default=0))
    m = rules.cues.no_statement.search(sentence.text, max(0, end - sentence.start))
    if m is None:
        return None
    # only the frame's own subject refusing: nothing but a conjunction (and its comma, a
    # closing quotation mark) between what the frames read and the refusal; "…, but the
    # referee declined to comment" is the referee's refusal, not the speaker's (review 23)
    between = sentence.text[max(0, end - sentence.start):m.start()]
    words = [w for w in between.replace("\u201d", " ").replace('"', " ").replace(",", " ")
             .split() if w]
    if any(w.lower() not in rules.cues.coordinators for w in words):
        return None
    return Span(sentence.start + m.start(), sentence.end, sentence.text[m.start():])


_RELATIVE_LEAD = re.compile(r",\s+(?:which|who)$")
"""A frame's source right after ", which" / ", who": the clause before is the sentence's own."""


@cache
def _aside_lead(openers: frozenset[str]) -> re.Pattern:
    """An "according to" aside right after a clause opener (``clause_openers``, the openers
    the frame finder reads such an aside after) and its comma ("in a year when,")."""
    alt = "|".join(map(re.escape, sorted(openers, key=lambda w: (-len(w), w))))
    return re.compile(r",?\s+(?:" + alt + r"),$")


def _main_clause_before(frames, sentence: Span, rules: Rules) -> Span | None:
    """The sentence's own clause before a frame that a relative pronoun leads into ("The
    council approved parking changes, which officials said will take effect in May") or that
    an according-to aside opens after a clause opener ("The council voted to close three
    libraries in a year when, according to the budget papers, …"): five or more words that
    open with a capital and hold a finite verb; else None."""
    starts = [c.start for fr in frames for c in fr.contents] + [fr.cue.start for fr in frames]
    sources = [fr.source.start for fr in frames if fr.source is not None]
    first = min(starts + sources)
    before = sentence.text[:first - sentence.start].rstrip(" ")
    lead = _RELATIVE_LEAD.search(before) if sources and min(sources) == first else None
    if lead is None and rules.cues.source_after.match(sentence.text, first - sentence.start):
        lead = _aside_lead(rules.cues.clause_openers).search(before)
    if lead is None:
        return None
    main = before[:lead.start()].rstrip(" ,")
    words = main.split()
    if len(words) < 5 or not main[:1].isupper() or words[-1].lower() in rules.sources.prepositions:
        return None
    if not _holds_clause(words, rules):
        return None     # a noun phrase, no clause
    return Span(sentence.start, sentence.start + len(main), main)


def _holds_clause(words: list[str], rules: Rules) -> bool:
    """Whether the tagger reads a finite verb or a modal among ``words`` (``tagged_clause_verbs``
    of cues.toml): a clause, not a noun phrase; False when TextBlob is not installed."""
    tags = chunks(tuple(words))
    return tags is not None and any(t[0] in rules.cues.tagged_clause_verbs for t in tags)


def _clause_after_aside(frames, sentence: Span, rules: Rules) -> Span | None:
    """The clause a coordinator joins after an "according to" aside that attributes what
    comes before it ("…, according to a government statement, and opposition members walked
    out of the chamber"): four or more words after the conjunction with a finite verb (by
    the tagger), to the sentence's end; else None."""
    if len(frames) != 1 or frames[0].source is None or not frames[0].contents:
        return None
    fr = frames[0]
    if fr.cue.start < max(c.end for c in fr.contents) \
            or rules.cues.source_after.fullmatch(fr.cue.text) is None:
        return None
    rest = sentence.text[fr.source.end - sentence.start:]
    m = re.match(r",\s+(\w+)\s", rest)
    if m is None or m.group(1).lower() not in rules.cues.coordinators \
            or m.group(1).lower() in rules.cues.clause_openers:
        return None     # not "…, according to provisional figures, while trade plunged …"
    clause = rest[m.end():].rstrip(" .")
    words = clause.split()
    if len(words) < 4:
        return None
    if not _holds_clause(words, rules):
        return None
    start = fr.source.end + m.end()
    return Span(start, start + len(clause), clause)


def _unlabelled(span: Span, labels: dict[int, Span], text: str) -> Span:
    """A sentence without the interview's turn label ("Q:", "A:") that opens it."""
    if not labels or span.text[:1] not in "QAqa":
        return span
    for end, label in labels.items():
        if label.start == span.start:
            return Span.of(text, end, span.end)
    return span


__all__ = ["attribute", "headline_claim", "several_people", "summary_groups"]
