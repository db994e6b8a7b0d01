"""Cues and frames: the attribution frames of one sentence.

A frame is a cue (a reporting verb of ``rules/reporting_verbs.txt``, a phrasal, participle, noun
or "according to" cue of ``rules/cues.toml``, a speaker label "NAME:" or a dash signing a
quotation) with a source phrase on one side and the content on the other, in the orders news copy
uses ("X said Y", "Y, X said", "“Y,” said X", "according to X, Y", "X's claim that Y", "…, adding
that Y").  ``Frames.frames`` tries the finders in a fixed order and keeps the first that finds one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from credibility.attribute.names import common_surname, english_word, plural_noun
from credibility.attribute.tagging import chunks
from credibility.attribute.tokens import (
    CLOSE_TOKENS,
    FORWARD_BEFORE,
    OPEN_TOKENS,
    QUOTE_TOKENS,
    WORDISH,
    Context,
    Tok,
    cardinal,
    is_past_form,
    is_past_verb,
    quote_regions,
    tokenize,
)
from credibility.records import ANONYMOUS_KINDS, Sentence, Span
from credibility.rules import string_guard

_WORD = re.compile(r"\w+")
"""A run of word characters: "Experience" in the text is a whole word where `\\bExperience\\b` is."""
_QUOTE_MARKS = " \"“”‘’'"
"""Quotation marks and spaces around a partial quotation's first words."""
_OWN_REASON = 40
"""How far into a stated reason for anonymity that opens right after its source a cue may
stand and still be one of the reason's own words ("was not authorized to discuss")."""
NESTED_FRAMES = 3
"""Most verbs inside a forward frame's content read for a frame of their own: each read is a
bounded scan, so a sentence costs at most this many more."""
_LISTENER = re.compile(r"(?:(?!that\b)[\w’'.-]+\s+){1,4}?(\w+)\s+")
"""A listener of up to four words, then the word that may open the content ("residents that")."""
_PARTICIPLE_REACH = 8
"""How many words after a participle its phrases of place and time may run before the
sentence's own verb (``_participle_of_subject``)."""
_NAME_LIKE = re.compile(r"(?:^|[^\w\s]|\s)[-—―–]?\s*[A-Z][\w’'-]+[^\S\n]+(?:[a-z]+[^\S\n]+)?[A-Z][\w’'-]+")
"""Two capitalized words (perhaps around a role word: "Board member Colm"): a name after a
quotation."""


_BULLET = re.compile(r"[-*•·▪‣◦]\s+(?=\w)")
"""A list item's bullet opening a sentence ("- Gallup said …", "• The mayor said …")."""


@dataclass
class Frame:
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



def _in_figure(toks: list[Tok], m: int) -> bool:
    """A comma or point between digits the tokenizer left apart ("12,5" in a European
    decimal, "1.5"): no clause boundary ("20,000" is one token)."""
    return 0 < m < len(toks) - 1 and toks[m].text in {",", "."} \
        and toks[m - 1].text.isdigit() and toks[m + 1].text.isdigit() \
        and toks[m - 1].end == toks[m].start and toks[m].end == toks[m + 1].start


_TITLE_REACH = 10
"""Tokens after a quoted title searched for the "that" or colon that makes it a listener's
("told MSNBC's “Morning Joe” that …")."""


def _titled(toks: list[Tok], k: int, src) -> bool:
    """Whether the quotation opening at token ``k`` may name a work or a show: a capitalised
    word after a possessive or a definite article ("on MSNBC's “Morning Joe”", "in the “Daily
    Show”"; not "she was a “social drinker” who …", a scare quote)."""
    before = toks[k - 1] if k else None
    return before is not None and k + 1 < len(toks) and toks[k + 1].text[:1].isupper() and (
        before.text.endswith(("'s", "’s"))
        or before.low in src.determiners and before.low not in src.indefinite)


def _a_figure(text: str) -> bool:
    """Whether ``text`` is only a number, in digits or in words ("12", "1,500", "two")."""
    word = text.strip(" .,;")
    return bool(word) and (word.replace(",", "").replace(".", "").isdigit()
                           or cardinal(word) is not None)


def _figure_follows(toks: list[Tok], k: int) -> bool:
    """Whether tokens ``k``, ``k + 1`` are "to" and a figure: "said up to 12 projects" (an
    approximation, not the particle of "backed up" or "showed up"): digits, a currency sign or
    a cardinal word text2num reads."""
    if k + 1 >= len(toks) or toks[k].low != "to":
        return False
    word = toks[k + 1].text
    return word[:1].isdigit() or word[:1] in "$£€¥" or cardinal(word) is not None


@lru_cache(maxsize=4096)
def _may_be_noun(word: str) -> bool:
    """Whether a cue word may be read as a noun: a base form or one in -s ("report", "claims"),
    not a past form ("said", "told", "added"), by simplemma's English dictionary (Adrien
    Barbaresi, MIT): "said rules would change" is a frame, "campaign reports show" is not."""
    from simplemma import lemmatize

    return word.endswith("s") or lemmatize(word, lang="en") == word


_AT_NAMED_BODY = re.compile(r"\b(?:at|of)\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+)$")
"""The named court a hearing body sits in, ending its phrase ("a jury at Leeds Crown Court")."""


class Frames:
    """Frame finders; mixed into the article reader (``_Analyzer``)."""

    denied: bool
    """Whether the last sentence :meth:`frames` read held a negated report ("She did not say
    how much …"); False before the first (set in ``_Analyzer.__init__``)."""
    refused: list[Span]
    """The refusals :meth:`frames` dropped from the last sentence while other frames of it
    stay ("Board president Alan Reyes said the board will not comment on personnel matters,
    but confirmed …"), each from its speaker to its end, recorded as the sentence's refusal
    (set in ``_Analyzer.__init__``)."""

    def _after_listener(self, toks: list[Tok], k: int, j: int) -> int:
        """After "told" with no "that": past the listener when a clause follows it ("told
        analysts the company was recalling …", "told reporters 1,500 soldiers had …"); else
        ``j``."""
        n = k
        if n < len(toks) and toks[n].low in self.src.determiners:
            n += 1
        if n < len(toks) and toks[n].text[:1].isupper():
            while n < len(toks) and toks[n].text[:1].isupper():
                n += 1      # "told the Associated Press", "told RFA"
        elif n < len(toks) and toks[n].text.isalpha() and toks[n].low not in self.src.determiners:
            n += 1          # "told analysts", "told parliament"
        if n > k and n + 1 < len(toks) and (
                toks[n].low in self.src.determiners or toks[n].text[:1].isdigit()
                or toks[n].low in self.src.pronouns_singular | self.src.pronouns_plural):
            return n
        return j

    def _skip_after_cue(self, toks: list[Tok], i: int, verb: str) -> int:
        """Index of the first content token after the cue at ``i`` (object, time, "that")."""
        j = i + 1
        aside = self._aside_before_that(toks, j)
        if aside is not None:
            return aside
        # "confirmed to RFA that", "told RFA's Korean Service", "told reporters"
        limit = min(len(toks), j + 9)
        if verb in self.cues.object_verbs or (j < len(toks) and toks[j].low == "to"
                                              and verb not in self.cues.infinitive_verbs):
            k = j + (1 if j < len(toks) and toks[j].low == "to" else 0)
            m = k
            while m < limit and (toks[m].low not in self.cues.complementizers and toks[m].text
                                 not in {",", ":", "."} | QUOTE_TOKENS or _in_figure(toks, m)):
                m += 1
            if m < len(toks) and (toks[m].low in self.cues.complementizers or toks[m].text in {
                    ":", ","} | QUOTE_TOKENS):
                j = m
            elif m - k <= 4 and m < len(toks) and toks[m].text == ".":
                j = m
            elif verb in self.cues.object_verbs and k == j:
                j = self._after_listener(toks, k, j)
        elif j < len(toks) and toks[j].low in self.cues.that_adjunct_prepositions and \
                verb in self.cues.strong_verbs:
            j = self._after_that_adjunct(toks, j, limit)
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

    def _aside_before_that(self, toks: list[Tok], j: int) -> int | None:
        """After a cue, a phrase of where, when or how set off by commas before "that" ("said,
        in a statement on Friday, that …", "insists, most recently in an interview with ABC
        News, that …"): the index of the first content token after "that", or None when no
        such aside follows at token ``j``."""
        if j + 2 >= len(toks) or toks[j].text != ",":
            return None
        lead = toks[j + 1]
        if not (lead.low in self.cues.that_adjunct_prepositions
                or lead.low in self.cues.adverbs_between or self._adverb(lead)
                or lead.low in self.src.superlatives):
            return None
        for n in range(j + 2, min(len(toks) - 1, j + 16)):
            t = toks[n]
            if t.text == ",":
                return n + 2 if toks[n + 1].low in self.cues.complementizers \
                    and n + 2 < len(toks) else None
            if t.text in QUOTE_TOKENS or t.text in {";", ":", "."} or t.low in self.cues.verbs \
                    or t.low in self.cues.auxiliaries or is_past_verb(t):
                return None
        return None

    def _after_that_adjunct(self, toks: list[Tok], j: int, limit: int) -> int:
        """Token ``j`` opens a prepositional phrase after a speech verb: the index of the "that"
        ending it ("reported on his show on AM 570 that the Red Sox …"), or ``j`` when none
        follows before a clause could begin (a pronoun, an auxiliary, a past verb, a
        punctuation mark: "said on Monday it would sell that plant", "said on Monday the plant
        closed that day") or when "that" opens a relative clause ("reported on the crash that
        killed three")."""
        src, cues = self.src, self.cues
        m = j + 1
        while m < limit:
            t = toks[m]
            if t.low in cues.complementizers:
                nxt = toks[m + 1] if m + 1 < len(toks) else None
                if nxt is None or nxt.low in cues.auxiliaries or nxt.low in cues.verbs \
                        or is_past_verb(nxt):
                    return j
                return m
            if not t.text[:1].isalnum() or t.text.islower() and (
                    t.low in cues.auxiliaries or is_past_verb(t)     # (not "AM 570")
                    or t.low in src.pronouns_singular | src.pronouns_plural
                    | src.pronouns_neutral):
                return j
            m += 1
        return j

    def frames(self, sentence: Sentence) -> list[Frame]:
        """The attribution frames of one sentence, in text order."""
        span = sentence.span
        bullet = _BULLET.match(span.text)
        if bullet:      # "- Gallup said …": a list's item, its bullet no part of the sentence
            #             (and "- Balance of power: …" a topic, no speaker's label)
            span = Span(span.start + bullet.end(), span.end, span.text[bullet.end():])
        toks = tokenize(span.text, span.start)
        quotes = quote_regions(span.text, span.start, self.rules)
        end = span.end
        while end > span.start and self.text[end - 1] in ".!? ":
            end -= 1
        ctx = Context(self.text, toks, quotes, span, end)
        according = self._according_frame(ctx)
        if according and all(f.source is not None and f.source.text.split()
                             and self._mediator(f.source.text) for f in according):
            # "“…,” she said, according to a translation provided by the ministry": hers
            according = self._verb_frame(ctx) or self._quote_verb_frame(ctx) or according
        found = ((not bullet and self._label_frame(ctx)) or according
                 or self._verb_frame(ctx) or self._quote_verb_frame(ctx)
                 or self._colon_quote_frame(ctx)
                 or self._signature_frame(ctx)
                 or self._noun_frame(ctx)
                 or self._document_intro(ctx)
                 or self._passive_frame(ctx)
                 or self._bare_noun_frame(ctx)
                 or self._sourceless_frame(ctx))
        found = self._split_participles(ctx, found)
        if not found:
            # "A group of rabbis is planning to boycott …": a subject out of the scans' reach,
            # found with part-of-speech tags (only these sentences are tagged)
            found = self._split_participles(ctx, self._tagged_frames(ctx))
        else:
            found = self._tagged_coordinated(ctx, found)
        found = self._fronted_participle(ctx, found)
        found = self._relatives_in_sources(ctx, found)
        found = self._extracted_subject_frames(ctx, found)
        self.refused = []
        if found and self.cues.no_statement.search(self.text, span.start, span.end):
            kept = [f for f in found if not self._refusal(ctx, f)]
            if kept:    # the refusal dropped beside a claim is recorded, not lost (review 25)
                self.refused = [self._refusal_span(f) for f in found if f not in kept]
            found = kept
        if len(found) > 1:
            found = [f for f in found if not self._nested_non_speaker(found, f)]
        if found and len(ctx.toks) > 1 and ctx.toks[0].low in self.cues.question_openers:
            # "Asked if Japan is considering new measures, the minister said …": a verb inside
            # the question put to the speaker reports nothing
            comma = next((t.start for t in ctx.toks if t.text == ","), None)
            if comma is not None:
                found = [f for f in found if f.cue.start > comma]
        if found and ctx.cue_tokens is not None and any(
                ctx.toks[n].low in self.cues.hearing_verbs for n in ctx.cue_tokens):
            # "a jury at Leeds Crown Court heard": a court hears evidence; residents who
            # "heard three shots" report nothing
            found = [f for f in found if not self._idle_hearing(f)]
            for f in found:
                m = _AT_NAMED_BODY.search(f.source.text) if f.source is not None and \
                    f.cue.text.lower() in self.cues.hearing_verbs else None
                if m:   # "a jury at Leeds Crown Court heard": the court it sits in
                    f.source = Span.of(self.text, f.source.start + m.start(1),
                                       f.source.start + m.end(1))
        if found and ctx.cue_tokens is not None and any(
                ctx.toks[n].low in self.cues.document_verbs for n in ctx.cue_tokens):
            # (the frames found by part-of-speech tags: "Election officials counted …")
            found = [f for f in found if f.cue.text.lower() not in self.cues.document_verbs
                     or f.source is not None and self.classify(f.source)[0] == "document"]
        if found:
            # "Police Chief Marcus Hale also spoke at the conference": where, when or how long
            # someone spoke is no content
            found = [f for f in found if not self._adjunct_content(f)]
        if len(found) > 1:
            # "The chief said his department had responded to 40 calls, and that he would …":
            # a clause opened by "and that" is the earlier verb's second content, no content of
            # a verb inside the first
            found = [f for f in found if not self._coordinated_content(f)]
        self.denied = False
        if found:
            # what a negated report says is not asserted, nor what is reported inside it ("The
            # agency head isn't saying whether the audit found any problems")
            negated = [f for f in found if self._negated(ctx, f)]
            self.denied = bool(negated)
            denied = [f.contents[0] for f in negated if f.contents]
            found = [f for f in found if f not in negated and not any(
                self._inside_denied(ctx, c, f) for c in denied)]
        if found:
            named = {m.start("cue") for m in
                     self.cues.designation.finditer(self.text, span.start, span.end)}
            if named:   # "confirmed Priya Anand as its new chief inspector": no report
                found = [f for f in found if f.cue.start not in named]
        granted = [f for f in found if f.source is not None and (
            self._grants_anonymity(f) or self._cue_opens_reason(f, span.end))]
        for f in granted:
            f.contents = []     # kept for its source and the reason, but no claim
        if len(found) > 1:
            found = self._outside_stated_reasons(ctx, found)
        if granted:     # "… because they feared reprisals": the reason is no claim either
            reasons = [r for f in granted if (r := self._reason_span(f, span.end)) is not None]
            # (a frame whose subject stands inside the reason: "… because they feared …"; not
            # the granted source's own next verb: "… because he was not authorized to discuss
            # it and said agents had seized two laptops")
            found = [f for f in found if not any(
                a <= f.cue.start < b and (f.source is None or a <= f.source.start < b)
                for a, b in reasons)]
        for f in found:
            if f.source is None:
                continue
            k = bisect_left([t.start for t in ctx.toks], f.source.start)
            rng = self._coordinated_verb_subject(ctx, k)
            if rng is not False:
                # "… met with her and came away convinced that …": the subject of the first
                # verb speaks, or no one the scans can name
                f.source = None if rng is None else Span.of(
                    self.text, ctx.toks[rng[0]].start, ctx.toks[rng[1] - 1].end)
            elif self._no_noun_phrase(ctx, f.source):
                # "…, perhaps recognizing that …": a word the scans took for a subject is none;
                # a participle after a comma goes with the subject of the clause before it
                # ("Obama's aides were also complimentary"), else the claim keeps its content
                # without a source
                rng = self._gerund_subject(ctx.toks, bisect_left(
                    [t.start for t in ctx.toks], f.cue.start)) \
                    if f.cue.text.lower().endswith("ing") and k > 0 \
                    and ctx.toks[k - 1].text == "," else None
                f.source = None if rng is None else Span.of(
                    self.text, ctx.toks[rng[0]].start, ctx.toks[rng[1] - 1].end)
        for f in found:
            if f.source is not None and f.cue.text.lower() in self.cues.raising_verbs \
                    and not self._reporting_infinitive(
                        ctx.toks, bisect_left([t.start for t in ctx.toks], f.cue.end)):
                f.source = None     # "Lee seemed to waver": the reporter's reading, not Lee's
                #                     ("he appeared to suggest that …": his suggestion)
        return found

    def _past_leading_time(self, toks: list[Tok], rng: tuple[int, int]) -> tuple[int, int]:
        """The source's token range without a time it opens with ("Last month it said": "it";
        ``time_words`` and ``time_modifiers`` of sources.toml), when a day, month or part of
        the day is among those words and something follows them."""
        src = self.src
        n = rng[0]
        while n < rng[1] - 1 and (toks[n].low in src.time_words
                                  or toks[n].low in src.time_modifiers):
            n += 1
        if n > rng[0] and any(t.low in src.time_words for t in toks[rng[0]:n]):
            m = n + (toks[n].text == "," and n + 1 < rng[1])
            # (only before a pronoun or an article: not "April Mellody", "Saturday at …")
            if toks[m].low in src.pronouns_singular | src.pronouns_plural | src.pronouns_neutral \
                    or toks[m].low in src.articles:
                return m, rng[1]
        return rng

    def _adjunct_content(self, frame: Frame) -> bool:
        """Whether ``frame``'s cue is a verb of speaking with no object (``speaking_verbs``:
        "spoke", "talked") and its only content a phrase of place or manner ("at the
        conference", "in Phoenix on Wednesday"): it opens with a preposition, and no topic
        (``topic_words``: "about", "of"), clause or quotation follows."""
        if len(frame.contents) != 1 or frame.quote == "direct" or \
                frame.cue.text.lower() not in self.cues.speaking_verbs:
            return False
        raw = frame.contents[0].text.split()
        words = [w.lower() for w in raw]
        if len(words) > 1 and raw[0].isalpha() and raw[0].islower() \
                and words[0] not in self.cues.topic_words \
                and words[1].strip(".,") in self.cues.gerund_objects | self.src.pronouns_neutral \
                and (len(words) == 2 or words[2] in self.cues.place_adjunct_prepositions):
            return True     # "spoke against it during public comment": only a pronoun
        # (a topic word before a name or a date is a time or place: "on Wednesday night")
        return len(words) <= 8 and words[0] in self.src.participle_prepositions \
            and words[0] not in self.cues.topic_words and not any(
                w in self.cues.topic_words and n + 1 < len(raw) and raw[n + 1][:1].islower()
                and not _a_figure(raw[n + 1])   # "spoke for about five minutes": how long
                or w in self.cues.complementizers or w[:1] in "\"“‘'"
                for n, w in enumerate(words))

    def _coordinated_content(self, frame: Frame) -> bool:
        """Whether ``frame``'s content opens with a coordinator and a complementizer ("and
        that …"): a clause coordinated with another verb's content."""
        words = frame.contents[0].text.split(maxsplit=2) if frame.contents else []
        return len(words) > 1 and words[0].lower() in self.cues.coordinators \
            and words[1].lower() in self.cues.complementizers \
            and self.text[:frame.contents[0].start].rstrip().endswith(",")  # not "But that is …"

    def _grants_anonymity(self, frame: Frame) -> bool:
        """"He spoke on condition of anonymity because …", "spoke to the Herald on condition
        of anonymity": a fact about the source (its reason for anonymity is read from it), not
        a claim.  Between the cue and the grant there may stand only the listener or topic
        (a phrase opened by one of ``topic_words``, no clause)."""
        m = self.rules.anonymity_markers.search(self.text, frame.cue.start, frame.cue.end + 60)
        if m is None:
            return False
        if m.start() <= frame.cue.end + 1:
            return True
        between = _WORD.findall(self.text, frame.cue.end, m.start())
        return 0 < len(between) <= 6 and between[0].lower() in self.cues.topic_words and \
            not any(w.lower() in self.cues.complementizers for w in between) and \
            not any(ch in self.text[frame.cue.end:m.start()] for ch in ",;:\"“”")

    def _cue_opens_reason(self, frame: Frame, end: int) -> bool:
        """"The banker declined to be named, citing the sensitivity of the talks": the cue
        ("citing") opens the stated reason of a grant of anonymity right after the source, so
        what it cites is the reason, not a claim.  So when the source's own reason opens
        right after it and the cue is one of its first words ("The person was not authorized
        to discuss an ongoing investigation": a fact about the source, said of it in the
        next sentence)."""
        start = frame.tail_start
        if not start or not frame.source or frame.cue.start <= start:
            return False
        tail = self.text[start:end]     # (sliced once: the patterns may open with "\A")
        patterns = self.rules.anonymity_patterns
        guard = string_guard(patterns)
        if guard is not None and guard.cannot_match(tail):
            return False    # no pattern's required words: none matches (most frames)
        for p in patterns:
            m = p.search(tail)
            if m is not None and m.groupdict().get("reason") is not None:
                return m.start("reason") + start == frame.cue.start or (
                    not tail[:m.start()].strip()
                    and start + m.start() < frame.cue.start < start + m.start() + _OWN_REASON)
        return False

    def _reduced_relative(self, toks: list[Tok], i: int) -> bool:
        """Whether the past participle ``toks[i]`` after a noun is a reduced relative clause
        whose time comes right before the sentence's own reporting verb ("Figures released
        Tuesday showed …", "The poll released Friday shows that …")."""
        if not (0 < i and toks[i].low.endswith("ed") and is_past_verb(toks[i])
                and toks[i - 1].text[:1].isalpha()
                and toks[i - 1].low not in self.cues.clause_boundaries):
            return False
        k = i + 1
        while k < len(toks) and toks[k].low in self.src.time_words:
            k += 1
        return i + 1 < k < len(toks) and toks[k].low in self.cues.verbs \
            and not toks[k].low.endswith("ing")

    def _outside_stated_reasons(self, ctx: Context, found: list[Frame]) -> list[Frame]:
        """The frames without those whose cue stands inside a source's stated reason for
        anonymity that a later speech frame of the sentence closes ("A worker who asked not to
        be named because she feared losing her job said …": "feared" is part of the reason,
        not a report; rules/anonymity.toml patterns)."""
        speech = [f.cue.start for f in found if f.cue.text.lower() in self.cues.strong_verbs]
        if not speech:
            return found
        text = self.text[ctx.span.start:ctx.span.end]
        guard = string_guard(self.rules.anonymity_patterns)
        if guard is not None and guard.cannot_match(text):
            return found
        spans = []
        for p in self.rules.anonymity_patterns:
            for m in p.finditer(text):
                if m.groupdict().get("reason") is not None:
                    a = ctx.span.start + m.start("reason")
                    b = next((c for c in speech if c > a), None)
                    if b is not None:
                        spans.append((a, b))
        if not spans:
            return found
        kept = [f for f in found if f.cue.text.lower() in self.cues.strong_verbs
                or not any(a <= f.cue.start < b for a, b in spans)]
        for f in kept:
            if f.source is not None and any(a <= f.source.start < b for a, b in spans):
                # "A nurse, speaking on condition of anonymity because she feared losing her
                # job, said …": "she … said" read as one subject of two verbs; the source is the
                # noun phrase before the grant
                i = next((n for n, t in enumerate(ctx.toks) if t.start == f.cue.start), None)
                rng = self._left_source(ctx.toks, i) if i is not None else None
                if rng is not None and not any(a <= ctx.toks[rng[0]].start < b
                                               for a, b in spans):
                    f.source = Span.of(self.text, ctx.toks[rng[0]].start,
                                       ctx.toks[rng[1] - 1].end)
                    f.tail_start = f.source.end     # the reason is read after it
        return kept

    def _reason_span(self, frame: Frame, end: int) -> tuple[int, int] | None:
        """Where the stated reason of an anonymity grant after ``frame``'s cue lies (the
        patterns of rules/anonymity.toml), as (start, end) offsets; None without one.  The
        text is read from the cue on, so that a pattern opening at the verb ("\\A": "The person
        asked not to be named because …") matches there."""
        start = frame.cue.start
        tail = self.text[start:end]
        patterns = self.rules.anonymity_patterns
        guard = string_guard(patterns)
        if guard is not None and guard.cannot_match(tail):
            return None
        for p in patterns:
            m = p.search(tail)
            if m is not None and m.start() + start - frame.cue.end < 60:
                return m.start() + start, m.end() + start
        return None

    def _negated(self, ctx: Context, frame: Frame) -> bool:
        """"The study does not show that …", "Police have not said what …", "was not expected
        to …": a negator among the auxiliaries and adverbs right before the cue (``negations``
        of rules/cues.toml) makes the frame no report: the reporter says what was not said."""
        k = bisect_left(ctx.toks, frame.cue.start, key=lambda t: t.start) - 1
        while k >= 0 and (ctx.toks[k].low in self.cues.adverbs_between
                          or ctx.toks[k].low in self.cues.negation_limiters
                          or self._adverb(ctx.toks[k])):
            if ctx.toks[k].low in self.cues.negation_limiters:
                return False    # "did not just say A": A is said, and more
            if ctx.toks[k].low in self.cues.negations:
                return True
            k -= 1
        return False

    def _idle_hearing(self, frame: Frame) -> bool:
        """Whether ``frame``'s cue is a hearing verb ("heard") whose subject is no court,
        jury, inquest or inquiry (``hearing_bodies``): "Residents heard three shots"."""
        return frame.cue.text.lower() in self.cues.hearing_verbs and (
            frame.source is None or self.cues.hearing_bodies.isdisjoint(
                w.strip(",.").lower() for w in frame.source.text.split()))

    def _stance_inside_speech(self, found: list[Frame], frame: Frame) -> bool:
        """Whether ``frame`` is a stance frame (its cue neither a speech verb of
        ``strong_verbs`` nor a verb of telling, ``object_verbs``) whose source and cue lie
        inside the content of a speech frame of the sentence: one report, not two ("Insects are
        threatening to destroy …, Hanoi radio reported", "The plan will also urge …, senior LDP
        officials said", "Marsh said he opposed the bill because he doubted …").  A verb of
        telling is a report of its own ("border agents have been telling migrants that …,
        advocates say")."""
        low = frame.cue.text.lower()
        if low in self.cues.strong_verbs or low in self.cues.object_verbs:
            return False
        # (also when the stance verb, its own subject no speaker, took the speaker's: "An
        # investigator said early evidence pointed to a broken rail", trial 22)
        return any(o is not frame and o.cue.text.lower() in self.cues.strong_verbs and any(
            (c.start <= frame.source.start or frame.source == o.source and c.start <= frame.cue.start)
            and frame.cue.end <= c.end for c in o.contents)
            for o in found)

    def _stance_on_a_thing(self, found: list[Frame], frame: Frame) -> bool:
        """Whether ``frame`` is a stance frame (no speech verb, no verb of telling) inside the
        content of a document's frame, with a bare noun phrase for content (no clause,
        quotation or infinitive): "The consultation found that 62 percent of respondents
        opposed the changes" is one finding of the consultation, no report of the
        respondents'."""
        low = frame.cue.text.lower()
        if low not in self.cues.stance_verbs or low in self.cues.strong_verbs \
                or low in self.cues.object_verbs or len(frame.contents) != 1 \
                or frame.quote == "direct" or self.classify(frame.source)[0] == "document":
            return False    # (a poll's finding inside another's is a report: "…, and a
            #                 Quinnipiac poll found Mr. Trump about even")
        if not any(o is not frame and o.source is not None
                   and any(c.start <= frame.source.start and frame.cue.end <= c.end
                           for c in o.contents)
                   and self.classify(o.source)[0] == "document" for o in found):
            return False
        c = frame.contents[0]
        toks = tokenize(c.text, c.start)
        return bool(toks) and toks[0].low != "to" and not any(
            t.text in QUOTE_TOKENS for t in toks) and not self._clause_after(toks, 0)

    def _nested_non_speaker(self, found: list[Frame], frame: Frame) -> bool:
        """Whether ``frame`` (cue and source) lies inside another frame's content and is no
        report of its own: a stance frame inside a speech frame's content
        (:meth:`_stance_inside_speech`), or a frame whose source is no one who speaks: an
        unnamed group or source whose head is a singular noun for no person ("Domestic demand
        is expected to make no contribution …, EPAC said", "The sale, expected to close in
        April, …, the company said")."""
        if frame.source is None:
            return False
        inside = any(o is not frame and any(
            (c.start <= frame.source.start or frame.source == o.source and c.start <= frame.cue.start)
            and frame.cue.end <= c.end for c in o.contents) for o in found)
        if not inside:
            return False
        if self._stance_inside_speech(found, frame) or self._stance_on_a_thing(found, frame):
            return True
        kind, head, _ = self.classify(frame.source)
        src = self.src
        if self._share_of_people(tokenize(frame.source.text, frame.source.start), head):
            return False    # "…, but 60 percent said …": a poll's share of respondents speaks
        before = self.text[max(0, frame.source.start - 30):frame.source.start].split()
        if before and before[-1].lower() in self.cues.complementizers and not any(
                o is not frame and o.source is not None
                and any(c.start <= frame.source.start < c.end for c in o.contents)
                and self.classify(o.source)[0] == "document" for o in found):
            # "McFadden added that Guccifer told her he had downloaded things": a frame opened
            # by "that" inside another's content is the outer speaker's report, no second one
            # (PolNeAR train: 66 of 76 such frames match no annotated attribution); a survey's
            # finding "that most tenants said …" still relays their statements
            return True
        # (a plural may be people or companies the lists lack: "Consumers", "Japanese banks")
        return kind in {"unnamed_group", "anonymous_source"} and not head.endswith("s") \
            and head not in self.cues.relative_words and head not in src.group_heads \
            and head not in src.anonymous_heads and head not in src.official_heads_plural \
            and head not in src.official_heads and head not in src.resident_heads \
            and head not in src.private_roles and head not in src.role_titles

    def _inside_denied(self, ctx: Context, denied: Span, frame: Frame) -> bool:
        """Whether ``frame`` is reported inside the content of a negated report ("isn't saying
        whether the audit found problems"), not a clause of its own after a comma and a
        coordinator ("…, but the driver's lawyer said …")."""
        if not denied.start <= frame.cue.start < denied.end:
            return False
        start = frame.source.start if frame.source is not None and \
            frame.source.start < frame.cue.start else frame.cue.start
        k = bisect_left(ctx.toks, start, key=lambda t: t.start)
        return not any(t.text == ";" or t.text == "," and n + 1 < k
                       and ctx.toks[n + 1].low in self.cues.coordinators
                       for n, t in enumerate(ctx.toks[:k]) if t.start >= denied.start)

    def _refusal(self, ctx: Context, frame: Frame) -> bool:
        """"Halvard Lind declined to comment", "Acme did not respond to requests for comment": a
        refusal to make a statement (``no_statement`` of rules/cues.toml) is no claim."""
        m = self.cues.no_statement.search(self.text, max(ctx.span.start, frame.cue.start - 40),
                                          ctx.span.end)
        if m is not None and m.start() <= frame.cue.start < m.end():
            return True
        # "A woman … said he had no comment": what is reported is someone's refusal, no claim;
        # not when a clause follows it ("A Democratic source said he could not answer the
        # questions because Republicans had only asked …": the source's account of why)
        c = frame.contents[0] if frame.contents else None
        m = self.cues.no_statement.search(self.text, c.start, c.end) if c is not None else None
        if m is None:
            return False
        subject = self.text[c.start:m.start()].strip(_QUOTE_MARKS)
        low = subject.lower()
        if frame.quote != "direct" and low in self.src.pronouns_singular | self.src.pronouns_plural:
            return not any(w.lower() in self.cues.clause_openers
                           for w in _WORD.findall(self.text, m.end(), c.end))
        # "A Treasury spokesperson said the department “does not comment on possible
        # enforcement actions.”": the body the speaker speaks for refuses, and nothing follows
        # the refusal but its topic (no clause of a claim: "…, but …")
        rest = self.text[m.end():c.end].rstrip(_QUOTE_MARKS + ".,")
        if not subject or any(ch in rest for ch in ",;:") or any(
                w.lower() in self.cues.coordinators or w.lower() in self.cues.clause_boundaries
                for w in _WORD.findall(rest)):
            return False
        at = c.start + self.text[c.start:m.start()].index(subject)
        kind, _, mode = self.classify(Span(at, at + len(subject), subject))
        return kind == "named_organization" and mode == "definite" \
            and self._speaks_for_a_body(frame.source)

    def _speaks_for_a_body(self, source: Span | None) -> bool:
        """Whether the speaker holds a post that speaks for a body ("A Treasury spokesperson",
        "Board president Alan Reyes"; ``official_heads`` of rules/sources.toml), no past one
        ("Former inspector Mark Bell": ``past_role_modifiers``): only then is a body's policy
        of not commenting the body's refusal; "Parents said the school board does not comment
        on complaints" is the parents' claim (review 25)."""
        if source is None:
            return False
        words = {w.lower() for w in _WORD.findall(source.text.replace("\u2019", "'"))}
        src = self.src
        return bool(words & (src.official_heads | src.official_heads_plural)) \
            and not words & src.past_role_modifiers

    def _refusal_span(self, frame: Frame) -> Span:
        """A refusal frame's text from its speaker (else its cue) to the end of its content
        (else its cue): "Board president Alan Reyes said the board will not comment on
        personnel matters"."""
        start = min([frame.cue.start] + [frame.source.start] * (frame.source is not None)
                    + [c.start for c in frame.contents])
        end = max([frame.cue.end] + [c.end for c in frame.contents])
        return Span.of(self.text, start, end)

    def _quote_verb_frame(self, ctx: Context) -> list[Frame]:
        """"“Why wait nine days?” asked Lorna Pike", "“…,” grumbled Edna Farrow, 81.", "“…,”
        Edna Farrow sighed.": right after a quotation that opens the sentence, a verb in the
        past tense (a reporting verb or any other, "grumbled", "sighed", "asked") next to a
        plausible source, with nothing after them, says who spoke the quotation."""
        toks = ctx.toks
        if not ctx.quotes or self.text[ctx.span.start:ctx.quotes[0][0]].strip():
            return []
        q_start, q_end = ctx.quotes[0]
        q = next((n for n, t in enumerate(toks) if t.start >= q_end), len(toks))
        if q < len(toks) and toks[q].text == ",":
            q += 1
        c = ctx.content(q_start, q_end)
        if c is None or q >= len(toks):
            return []

        def verb(t: Tok) -> bool:
            return t.text.islower() and (t.low in self.cues.verbs or is_past_verb(t))

        def ends(k: int) -> bool:   # nothing but the end, an age or a relative clause after
            return k >= len(toks) or toks[k].text in {".", "!", "?", ","}

        if verb(toks[q]):       # inverted: "asked Lorna Pike"
            rng = self._right_source(toks, q + 1)
            if rng is not None and ends(rng[1]) and self._plausible(toks[rng[0]:rng[1]]):
                cue = Span(toks[q].start, toks[q].end, toks[q].text)
                src = Span.of(self.text, toks[rng[0]].start, toks[rng[1] - 1].end)
                return [Frame([c], cue, src, "direct", src.end)]
            return []
        for k in range(q + 1, min(len(toks), q + 8)):     # trailing: "Edna Farrow sighed"
            if verb(toks[k]) and ends(k + 1) and self._valid_source(toks[q:k]) \
                    and self._plausible(toks[q:k]):
                cue = Span(toks[k].start, toks[k].end, toks[k].text)
                src = Span.of(self.text, toks[q].start, toks[k - 1].end)
                return [Frame([c], cue, src, "direct", src.end)]
        return self._tagged_quote_verb(ctx, c, q)

    def _tagged_quote_verb(self, ctx: Context, content: Span, q: int) -> list[Frame]:
        """"“…,” the audience screamed back.", "“…,” the statement read.", "“…,” Toomey fumed
        on Tuesday.": the trailing frame of ``_quote_verb_frame`` read with part-of-speech
        tags, for a verb in the past or present tense that is irregular or followed by a
        particle and words without a verb (where, when, how) up to the end of the sentence.
        The words before the verb are one noun phrase, a plausible source."""
        toks = ctx.toks
        end = len(toks)
        while end > q and toks[end - 1].text in {".", "!", "?"}:
            end -= 1
        if end - q < 2 or end - q > 14 or any(ctx.in_quote(t.start) or t.text in {";", ":"}
                                               for t in toks[q:end]):
            return []
        tags = chunks(tuple(self._tagger_word(t) for t in toks[q:end]))
        if tags is None:
            return []
        v = next((n for n, (tag, chunk) in enumerate(tags)
                  if chunk.endswith("-VP") and tag in {"VBD", "VBZ", "VBP", "VB"}), None)
        if v is None or v == 0 or not toks[q + v].text.islower() \
                or any(chunk.endswith("-VP") or tag.startswith("VB") or tag == "MD"
                       for tag, chunk in tags[:v]) \
                or any(chunk.endswith("-VP") or tag.startswith("VB") for tag, chunk in tags[v + 1:]
                       if not tag.startswith("VBG")):
            return []   # a clause after the verb ("… said the law would fail") is no frame
        head = toks[q:q + v]
        if not all(chunk.endswith("-NP") for _, chunk in tags[:v]) \
                or not self._valid_source(head) or not self._plausible(head):
            return []
        cue = Span(toks[q + v].start, toks[q + v].end, toks[q + v].text)
        src = Span.of(self.text, head[0].start, head[-1].end)
        return [Frame([content], cue, src, "direct", src.end)]

    def _colon_quote_frame(self, ctx: Context) -> list[Frame]:
        """"She went on: “…”", "he returned to his familiar lines: “…”": a clause whose
        subject opens the sentence introduces, after a colon, a quotation that runs to the end
        of the sentence; the subject is the source, the colon the cue."""
        if ":" not in ctx.span.text:
            return []
        toks = ctx.toks
        k = next((n for n, t in enumerate(toks) if t.text == ":"), None)
        if k is None or k < 2 or k + 1 >= len(toks) or toks[k + 1].text not in OPEN_TOKENS \
                or ctx.in_quote(toks[k].start):
            return []
        c = ctx.content(toks[k + 1].start, ctx.span.end)
        if c is None or ctx.quote_kind(c) != "direct":
            return []
        # "Back home, the senator returned to …": the subject after an opening phrase first
        comma = next((n for n, t in enumerate(toks[:k]) if t.text == ","), None)
        rng = self._clause_subject(toks, k, comma + 1) if comma is not None else None
        if rng is None:
            rng = self._clause_subject(toks, k)
        if rng is None:
            return []
        src = Span.of(self.text, toks[rng[0]].start, toks[rng[1] - 1].end)
        cue = Span(toks[k].start, toks[k].end, toks[k].text)
        return [Frame([c], cue, src, "direct", src.end)]

    def _sourceless_frame(self, ctx: Context) -> list[Frame]:
        """"Lee allegedly took the money", "The veto is expected to come Friday": an adverb or
        agentless passive attributes the sentence to someone it does not name."""
        m = self.cues.sourceless_cue.search(self.text, ctx.span.start, ctx.end)
        while m and ctx.in_quote(m.start("cue")):
            m = self.cues.sourceless_cue.search(self.text, m.end(), ctx.end)
        c = ctx.content(ctx.span.start, ctx.end) if m else None
        if c is None:
            return []
        cue = Span(m.start("cue"), m.end("cue"), m.group("cue"))
        return [Frame([c], cue, None, ctx.quote_kind(c))]

    def _passive_frame(self, ctx: Context) -> list[Frame]:
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
            return [Frame([c], Span(verb.start, verb.end, verb.text), src, ctx.quote_kind(c),
                           src.end)]
        return []

    def _bare_noun_frame(self, ctx: Context) -> list[Frame]:
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
                return [Frame([c], Span(tok.start, tok.end, tok.text), None, ctx.quote_kind(c))]
        return []

    def _noun_frame(self, ctx: Context) -> list[Frame]:
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
            if toks[k].low in self.cues.complementizers \
                    or toks[k].low in self.cues.noun_cue_prepositions:
                k += 1
            if k >= len(toks):
                continue
            end = ctx.end
            if j == 0 and toks[i + 1].low == "to" and toks[k].text.islower() \
                    and toks[k].low not in self.src.determiners:
                # "The council's plan to close the library is a shocking decision": the noun
                # phrase is the subject; the plan is "close the library", not the verdict on it
                # (unless a relative clause comes first: whose verb is that auxiliary?)
                for t in toks[k + 1:]:
                    if t.low in self.cues.relative_words:
                        break
                    if t.low in self.cues.auxiliaries:
                        end = t.start
                        break
            c = ctx.content(toks[k].start, end)
            if c is None:
                continue
            src = Span.of(self.text, toks[j].start, src_end)
            if not src.text or toks[j].low in self.src.not_sources:
                continue
            cue = Span(tok.start, tok.end, tok.text)
            return [Frame([c], cue, src, ctx.quote_kind(c), src.end)]
        return []

    def _label_frame(self, ctx: Context) -> list[Frame]:
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
        items = c.text.split(",")
        if len(items) >= 3 and all(len(i.split()) <= 2 for i in items):
            return []       # "Topics: libraries, Brookfield, budget" is a list, not a statement
        return [Frame([c], cue, src, ctx.quote_kind(c), src.end)]

    def _document_intro(self, ctx: Context) -> list[Frame]:
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
        return [Frame([c], cue, src, ctx.quote_kind(c), src.end)]

    def _signature_frame(self, ctx: Context) -> list[Frame]:
        """A quote signed with a dash after it: "“…” ― Rosa Diaz"."""
        m = self.cues.signature.search(ctx.span.text)
        if not m:
            return []
        base = ctx.span.start
        c = ctx.content(ctx.span.start, base + m.start())
        if c is None or (ctx.quote_kind(c) != "direct" and c.text[:1] not in "”“\"«»"):
            return []
        src = Span(base + m.start("name"), base + m.end("name"), m.group("name"))
        if not self._plausible(tokenize(src.text, src.start)):
            return []
        cue = Span(base + m.start("cue"), base + m.end("cue"), m.group("cue"))
        return [Frame([c], cue, src, "direct", src.end)]

    def signature_line(self, sentence: Sentence) -> tuple[Span, Span] | None:
        """(cue, source) of a sentence that is nothing but a signature under the quotation
        before it: "-Board member Colm Hadley" on its own line."""
        text = sentence.span.text
        m = self.cues.signature.match(text)
        if not m:
            return None
        base = sentence.span.start
        src = Span(base + m.start("name"), base + m.end("name"), m.group("name"))
        if not self._plausible(tokenize(src.text, src.start)):
            return None
        return Span(base + m.start("cue"), base + m.end("cue"), m.group("cue")), src

    def frame_line(self, sentence: Sentence) -> tuple[Span, Span] | None:
        """(cue, source) of a sentence that is nothing but a frame, "Biden said." or "asked
        Lorna Pike.", cut off from its quotation because the quotation ended in "?", "!" or a
        full stop ("“Does he not understand that?” Biden said." reads as two sentences)."""
        span = sentence.span
        toks = tokenize(span.text, span.start)
        while toks and toks[-1].text in {".", "!", "?"}:
            toks.pop()
        if not toks or len(toks) > 12:
            return None
        speech = self.cues.strong_verbs | self.cues.object_verbs     # "said", "asked"
        if toks[0].low in speech:                       # "said Biden."
            rng = self._right_source(toks, 1)
            if rng is None or rng[1] != len(toks) or not self._plausible(toks[rng[0]:rng[1]]):
                return None
            cue = toks[0]
        else:                                           # "Biden said." / "he asked, smiling."
            i = next((n for n, t in enumerate(toks) if n and t.low in speech), None)
            rng = self._left_source(toks, i) if i is not None else None
            if rng is None or rng[0] != 0 or not self._plausible(toks[:rng[1]]) or \
                    (i + 1 < len(toks) and not self._frame_rest(toks, i + 1)):
                return None
            cue = toks[i]
        src = Span.of(self.text, toks[rng[0]].start, toks[rng[1] - 1].end)
        return Span(cue.start, cue.end, cue.text), src

    def _in_relative_clause(self, ctx: Context, i: int) -> bool:
        """Whether token ``i`` is inside a relative clause ("A driver, who asked not to be
        named because he feared …", "a senior analyst who has argued …") that a comma and a
        strong reporting verb close later ("…, said morale was low"): the sentence's frame is
        that later verb.  After a "who" set off by no comma, the later verb must be finite
        (not "…, saying …", the participle of the clause the relative clause sits in)."""
        inside, last, last_finite = self._clause_marks(ctx)
        return inside[i] == 1 and last > i or inside[i] == 2 and last_finite > i

    def _clause_marks(self, ctx: Context) -> tuple[list[int], int, int]:
        """(for each token: 1 inside ", who …", 2 inside "who …" with no comma before it, 0
        outside, until the next comma; the index of the last comma before a strong reporting
        verb outside quotation marks, or -1; the same before a finite one), one pass a
        sentence."""
        marks = ctx.clause_marks
        if marks is None:
            toks, inside, last, last_finite, open_ = ctx.toks, [], -1, -1, 0
            for n, tok in enumerate(toks):
                if tok.text == ",":
                    open_ = 0
                    v = n + 1 + (n + 2 < len(toks) and toks[n + 1].text in CLOSE_TOKENS)
                    #   (",”" closes a quotation and the clause: "…, who called it “toxic,” said")
                    if v < len(toks) and toks[v].low in self.cues.strong_verbs \
                            and not ctx.in_quote(toks[v].start):
                        last = n
                        if not toks[v].low.endswith("ing"):
                            last_finite = n
                elif n and tok.low in self.cues.relative_words and toks[n - 1].text == ",":
                    open_ = 1
                elif n and tok.low in self.cues.relative_before_verb:
                    open_ = 2   # "a senior analyst at Jefferies who has argued …, said"
                inside.append(open_)
            marks = ctx.clause_marks = (inside, last, last_finite)
        return marks

    def _frame_rest(self, toks: list[Tok], k: int) -> bool:
        """Whether the words after a cue only say when, where or how ("… Biden said on
        Tuesday", "he asked, smiling"): no verb but a participle, no "that", no quotation, no
        subject pronoun of a clause of its own ("GM said it anticipates a decrease …" is a
        statement, not a bare frame)."""
        src = self.src
        return all(not (t.low in self.cues.verbs and not t.low.endswith("ing"))
                   and t.low not in self.cues.complementizers and t.text not in QUOTE_TOKENS
                   and t.low not in self.cues.np_breakers and t.low not in src.pronouns_singular
                   and t.low not in src.pronouns_plural and t.low not in src.pronouns_neutral
                   for t in toks[k:])

    def speaker_after_quote(self, sentence: Sentence) -> bool:
        """Whether a sentence that opens with a quotation names someone after it ("“…” asked
        Lorna Pike", "“…” -Board member Colm Hadley"): it is then no continuation of the speaker
        before, even when no frame was found."""
        span = sentence.span
        regions = quote_regions(span.text, span.start, self.rules)
        if not regions:
            return False
        rest = self.text[regions[0][1]:span.end]
        return bool(_NAME_LIKE.search(rest))

    def _serial_list_end(self, toks: list[Tok], end: int) -> int:
        """Where a serial list of documents that a source after "according to" opens ends:
        "according to invoices, emails and an internal audit." runs to the full stop when every
        item after a comma ends in a document's head noun and the last follows "and";
        ``end`` otherwise."""
        if end >= len(toks) or toks[end].text != ",":
            return end
        n, last = end, end
        while n < len(toks) and toks[n].text == ",":
            k = n + 1
            while k < len(toks) and toks[k].text not in {",", ".", ";"} and k - n <= 5:
                k += 1
            item = toks[n + 1:k]
            if not item or item[-1].low not in self.src.document_heads:
                return end
            last, n = k, k
            if item[0].low in self.cues.verb_coordinators:
                break
        closed = last >= len(toks) or toks[last].text in {".", ";"}
        coordinated = any(t.low in self.cues.verb_coordinators for t in toks[end:last])
        return last if closed and coordinated else end

    def _according_frame(self, ctx: Context) -> list[Frame]:
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
            # "According to the city finance director, Alan Pruitt, …": a person's role, then
            # the person's name (not "According to the complaint, John Smith, …")
            role = Span.of(self.text, toks[rng[0]].start, toks[rng[1] - 1].end)
            if self.classify(role)[0] in ANONYMOUS_KINDS - {"unnamed_group"}:
                rng = (rng[0], self._apposed_name_end(toks, rng[0], rng[1], comma_after=True))
            rng = (rng[0], self._serial_list_end(toks, rng[1]))
            src = Span.of(self.text, toks[rng[0]].start, toks[rng[1] - 1].end)
            first = next((n for n, t in enumerate(toks) if t.start >= a), len(toks))
            cut = first
            while cut > 1 and (toks[cut - 1].low in self.cues.passive_auxiliaries
                               or toks[cut - 1].low in self.cues.auxiliaries
                               or self._adverb(toks[cut - 1])):
                cut -= 1    # "Her death was confirmed by her daughter": the death, not "… was"
            full = ctx.content(span.start, a)
            before = ctx.content(span.start, toks[cut - 1].end) if cut < first else full
            after_i = rng[1]
            adjunct = after_i
            while adjunct < len(toks) and self.cues.frame_adjunct.match(toks[adjunct].text):
                adjunct += 1    # "according to a poll released Monday, …": the day is no content
            if adjunct < len(toks) and toks[adjunct].text == ",":
                after_i = adjunct + 1
            if a - span.start <= 2 and after_i < len(toks) and \
                    toks[after_i].low in self.cues.relative_words:
                # "According to a person close to the squad, who was not authorised to …, several
                # players are unhappy": the source's relative clause, then the content
                after_i = next((n + 1 for n in range(after_i + 1, len(toks))
                                if toks[n].text == "," and not ctx.in_quote(toks[n].start)),
                               len(toks))
            after = ctx.content(toks[after_i].start, ctx.end) if after_i < len(toks) else None
            if a - span.start <= 2 and after:
                return [Frame([after], cue, src, ctx.quote_kind(after), src.end)]
            if after and first > 1 and toks[first - 1].text == "," \
                    and rng[1] < len(toks) and toks[rng[1]].text == "," \
                    and (toks[first - 2].low in self.cues.clause_openers
                         or toks[first - 2].low in self.cues.coordinators) \
                    and after.text.split()[0].lower() not in self.cues.relative_words:
                # "in a year when, according to the council's budget papers, the department
                # faces a shortfall": the aside sits in the clause opened before it, and
                # attributes that clause
                return [Frame([after], cue, src, ctx.quote_kind(after), src.end)]
            opener = full is not None and self._fragment(full, ctx.quote_kind) \
                and len(full.text.split()) <= 3
            if after and rng[1] < len(toks) and toks[rng[1]].text in {",", "—", "–", "-"} \
                    and after.text.split()[0].lower() not in self.cues.relative_words \
                    and (full is None or opener or self._fragment(full, ctx.quote_kind)):
                # "Now, according to the poll, some are swinging"; "Among the precedents at
                # risk, according to Ms. Epstein, are 16 …": the rest of the sentence too,
                # unless it is the source's own relative clause (", who requested anonymity").
                pieces = [after] if before is None or opener else [before, after]
                return [Frame(pieces, cue, src, ctx.quote_kind(after), src.end)]
            if before:
                out = [Frame([before], cue, src, ctx.quote_kind(before), src.end)]
                if rng[1] + 1 < len(toks) and toks[rng[1]].text == "," \
                        and toks[rng[1] + 1].low in self.cues.relative_statement_words:
                    # "…, according to Cal Fire, which said more than 900 firefighters were
                    # working on the blaze": the source's relative clause is its second statement
                    out += self._relative_statement(ctx, rng[1] + 1)
                return out
        return []

    def _verb_frame(self, ctx: Context) -> list[Frame]:
        """Reporting verbs with their source on one side and the content on the other; a
        second frame inside a forward frame's content ("X said A, but Y said B") is kept too,
        and cuts the first content short when a conjunction joins the two."""
        frames = self._one_verb_frame(ctx, 0, ctx.span.start)
        while frames and self._idle_hearing(frames[0]):
            # "She heard the crash from her kitchen, police said": hearing is no report
            # unless a court does it; the next verb may be the frame
            after = bisect_left(ctx.toks, frames[0].cue.end, key=lambda t: t.start)
            frames = self._one_verb_frame(ctx, after, ctx.span.start)
        if frames and frames[-1].forward_from is not None and frames[-1].contents:
            first = frames[-1]
            starts = [t.start for t in ctx.toks]
            a = bisect_left(starts, first.source.start) if first.source else 0
            b = bisect_left(starts, first.source.end) if first.source else 0
            outer = (a, b) if a < b and starts[a] == first.source.start else None
            more, pos = [], first.forward_from
            for _ in range(NESTED_FRAMES):
                # "Beck said he wouldn't expect A, but he said B": a verb inside the content that
                # reads as no frame ("expect") does not end the search for the next one.
                found = self._one_verb_frame(ctx, pos, first.contents[0].start, outer)
                if not found:
                    break
                more += [f for f in found if f.source is not None and f.contents and (
                    f.source == first.source or self._closes(f, first) or (
                        f.source.start >= first.contents[0].start
                        and (f.source.text.lower() in self.cues.relative_subjects
                             or self._plausible(tokenize(f.source.text, f.source.start)))))]
                pos = max(bisect_left(starts, f.cue.end) for f in found)
            # "The mayor said she hoped to reopen the library": the pronoun opening the content
            # and its wish are what the mayor said, not a second statement of hers
            more = [f for f in more if not self._own_wish(ctx, starts, first, f)
                    # "… said more rain was likely but was not expected to cause flooding":
                    # the negated verb of the same subject is the rest of the first content
                    and not (f.source == first.source and self._negated(ctx, f))
                    and not self._idle_hearing(f)]     # "said he heard gunfire": no report
            if not more:
                self._cut_before_denial(ctx, starts, first)
            if more:
                self._widen_closing(ctx, first, more)
            if more:
                # "X said A, but Y said B" ends A before Y; "X urged A and said B" before "said".
                # (not before the content's own subject and its stance verb: "30 percent said
                # they prefer A, but 60 percent said B" ends A before "60 percent")
                lead = next((f for f in more if not first.contents
                             or f.source.start != first.contents[0].start
                             or f.cue.text.lower() in self.cues.strong_verbs
                             or f.cue.text.lower() in self.cues.object_verbs), more[0])
                cut = lead.source.start if lead.source != first.source else lead.cue.start
                k = bisect_left(starts, cut)
                while k > 1 and (ctx.toks[k - 1].low in self.cues.adverbs_between
                                 or self._adverb(ctx.toks[k - 1])):
                    k -= 1      # "X attacked A, and has called for B"
                if k > 0 and first.contents and (     # (none when told once: _widen_closing)
                        ctx.toks[k - 1].low in self.cues.coordinators
                        or ctx.toks[k - 1].text == ";"
                        # "Although X admitted that A had “been friends,” he claimed
                        # B": after a fronted clause, the main clause of its own
                        or lead.forward_from is not None and lead.source is not None
                        and lead.source != first.source
                        and (self._fronted(ctx, first)
                             or not self._opens_adjunct(ctx, starts, first.contents[0]))
                        and not self._apposed(ctx.toks, starts, lead.source)
                        # (a relative clause's comma ends no content: "said a mission to
                        # Tokyo, which refused discounts, brought refiners into the market")
                        and lead.source.text.lower() not in self.cues.relative_words
                        and (ctx.toks[k - 1].text == "," or k > 1
                             and ctx.toks[k - 1].text in CLOSE_TOKENS
                             and ctx.toks[k - 2].text == ",")):
                    # the object may be one short name: "X endorsed Clinton, but told …"
                    stop = ctx.toks[k - 1].end if ctx.toks[k - 1].text in CLOSE_TOKENS \
                        else ctx.toks[k - 1].start
                    head = ctx.content(first.contents[0].start, stop, shortest=2)
                    if head is not None and len(head.text) < 8 and not head.text[:1].isupper():
                        frames.remove(first)    # "Few would admit this, but Lee says …": as
                        #                         ``_forward`` drops a short object
                    elif head is not None:
                        first.contents[0] = head
                frames += more
        return frames

    def _cut_before_denial(self, ctx: Context, starts: list[int], first: Frame) -> None:
        """"A firefighter said the fire appeared to have started near a power line, but Cal
        Fire has not confirmed that", "Cook said Carter stopped the practice, but Cook did not
        say when": a negated speech verb (``negations``, ``strong_verbs``) after a comma and a
        coordinator inside the content is the reporter's note on what was not said, no part of
        the speaker's words, even when what follows the verb is too short to be a frame's
        content.  Ends ``first``'s content before the comma (PolNeAR does)."""
        toks = ctx.toks
        c = first.contents[0]
        a, b = bisect_left(starts, c.start), bisect_left(starts, c.end)
        for i in range(a + 3, b):
            if toks[i].low not in self.cues.strong_verbs or ctx.in_quote(toks[i].start):
                continue
            cue = Span(toks[i].start, toks[i].end, toks[i].text)
            if not self._negated(ctx, Frame([], cue, None, "none")):
                continue
            rng = self._left_source(toks, i)
            if rng is None or rng[0] < a + 2 or toks[rng[0] - 1].low not in self.cues.coordinators \
                    or toks[rng[0] - 2].text != ",":
                continue
            head = ctx.content(c.start, toks[rng[0] - 2].start, shortest=2)
            if head is not None:
                first.contents[0] = head
                first.quote = ctx.quote_kind(head)
            return

    def _fronted(self, ctx: Context, first: Frame) -> bool:
        """Whether ``first`` sits in a subordinate clause that opens the sentence ("Although
        he had planned to attend …, Jared decided …", "And while Trump has railed …"): its
        content ends at the comma before the main clause, whatever it opens with."""
        words = [t for t in ctx.toks if t.text not in QUOTE_TOKENS][:2]
        return first.source is not None and any(
            t.low in self.cues.fronted_clause_openers and first.source.start > t.start
            for t in words)

    def _opens_adjunct(self, ctx: Context, starts: list[int], content: Span) -> bool:
        """Whether a content opens with a subordinate clause, a prepositional phrase or an
        adverb (``fronted_clause_openers``, prepositions, -ly): "Lee said that when the storm
        hit, officials announced …", "said privately, West Germany welcomed …", "recalled that
        at his first meeting, in 1972, he supported …": what follows the comma is the rest of
        that content, not a clause of another speaker's."""
        k = bisect_left(starts, content.start)
        while k < len(ctx.toks) and (ctx.toks[k].text in QUOTE_TOKENS
                                     or ctx.toks[k].low in self.cues.complementizers):
            k += 1
        if k >= len(ctx.toks):
            return False
        t = ctx.toks[k]
        return t.low in self.cues.fronted_clause_openers or t.low in self.src.prepositions \
            or self._adverb(t)

    def _apposed(self, toks: list[Tok], starts: list[int], source: Span) -> bool:
        """Whether a comma or a relative pronoun follows a source phrase: "her opponent,
        Donald Trump, wants …", "residents in Jupiter, Florida who were voting … complained"
        (an apposition or a place within the phrase before, not a clause of its own)."""
        k = bisect_left(starts, source.end)
        return k < len(toks) and (toks[k].text == "," or toks[k].low in self.cues.relative_words)

    def _own_wish(self, ctx: Context, starts: list[int], first: Frame, f: Frame) -> bool:
        """Whether ``f`` is the outer speaker's own act or stance reported in ``first``'s
        content: a personal pronoun opening that content, then "wanted to", "hoped to",
        "planned to" (``infinitive_verbs``) or any verb that is no speech verb ("said he had
        asked the state to test air quality", "said he felt they should drop out": PolNeAR
        annotates the outer report only)."""
        if f.source is None or f.source.start != first.contents[0].start or \
                f.source.text.lower() not in self.src.pronouns_singular | self.src.pronouns_plural:
            return False
        low = f.cue.text.lower()
        if low not in self.cues.strong_verbs:
            return True
        k = bisect_left(starts, f.cue.end)
        return low in self.cues.infinitive_verbs and k < len(ctx.toks) \
            and ctx.toks[k].low == "to"

    def _closes(self, frame: Frame, first: Frame, any_first: bool = False) -> bool:
        """Whether ``frame`` is a speech frame closing the sentence over the content of the
        stance frame ``first`` ("…, five people with knowledge of the request said."); with
        ``any_first``, over the content of any frame ("The government announced 500 jobs,
        the governor said.": the governor reports what the government announced)."""
        return (any_first or first.cue.text.lower() not in self.cues.strong_verbs) \
            and frame.cue.text.lower() in self.cues.strong_verbs \
            and frame.contents[0].end <= frame.cue.start \
            and frame.contents[0].start == first.contents[0].start

    def _widen_closing(self, ctx: Context, first: Frame, more: list[Frame]) -> None:
        """"As soon as staff learned of the results, they closed the taps, Lee said.": a
        stance frame opens the sentence and a speech verb closes it.  The closing frame
        reports the whole sentence; the stance frame is nested inside it and ends before the
        closing frame.  The same when a speech frame opens the sentence ("The government
        announced 500 jobs, the governor said": the governor reports the announcement), except
        that an opening pronoun ("They said A, two of the people said") is the closing source
        itself: the closing frame reports A, once, and the pronoun's frame keeps its source but
        no content.  Changes ``first`` and the closing frame in place."""
        pronouns = self.src.pronouns_singular | self.src.pronouns_plural | \
            self.src.pronouns_neutral
        stance = first.cue.text.lower() not in self.cues.strong_verbs
        same = not stance and (first.source is None or first.source.text.lower() in pronouns)
        for f in more:
            if not self._closes(f, first, any_first=True):
                continue
            c = f.contents[0]
            whole = None if same else ctx.content(ctx.span.start, c.end)
            if whole is not None:
                f.contents[0] = whole
                f.quote = ctx.quote_kind(whole)
            first.contents[0] = c
            first.quote = ctx.quote_kind(c)
            if same and first.source is not None or (
                    len(c.text) < 8 and not c.text[:1].isupper() and not _a_figure(c.text)):
                first.contents = []     # one statement, told once: the closing source's (a
                #                         short object, "denied it", is no statement either)
            return

    def _one_verb_frame(self, ctx: Context, start: int, from_pos: int,
                        outer: tuple[int, int] | None = None) -> list[Frame]:
        """The first verb frame at or after token ``start``; contents begin at ``from_pos``.
        ``outer`` is the source of a frame before it, the subject of a verb joined to that
        frame's verb by "and" when no plausible subject of its own stands before it."""
        toks, end = ctx.toks, ctx.end
        content, quote_kind = ctx.content, ctx.quote_kind
        verbs, phrasal_first = self.cues.verbs, self.cues.phrasal_first
        if ctx.cue_tokens is None:
            ctx.cue_tokens = [n for n, t in enumerate(toks)
                              if t.low in verbs or t.low in phrasal_first]
        candidates = ctx.cue_tokens
        for i in candidates[bisect_left(candidates, start):]:
            tok = toks[i]
            low = tok.low
            phrasal = self.cues.phrasal_cues.match(self.text, tok.start) \
                if low in phrasal_first else None
            if (low not in verbs and phrasal is None) or ctx.in_quote(tok.start):
                continue
            if tok.text[0].isupper() and i > 0 and not ctx.title_case:
                continue
            g = i + 1 + (i + 2 < len(toks) and self._adverb(toks[i + 1]))
            if g + 1 < len(toks) and toks[g].low == "by" \
                    and toks[g + 1].low.endswith("ing") and toks[g + 1].low in self.cues.verbs:
                continue    # "responded by saying …": the frame is the gerund's (not "said in
                #             announcing his resignation that …", which is the said's)
            if self.rules.anonymity_markers.match(self.text, tok.start, end):
                continue    # "and asked that her last name not be used, said …": said about
                #             the source (see Anonymity), not a statement of its own
            if i and low in self.cues.participles and (
                    toks[i - 1].text in {",", ";", "—", "–"}
                    or i > 1 and toks[i - 1].text in CLOSE_TOKENS and toks[i - 2].text == ","):
                # "The magazine opposed Trump, arguing …": the participle's subject opens the
                # clause (``_split_participles``), it is not the noun before the comma.
                continue
            p = i - 1
            while p > 0 and self._adverb(toks[p]):
                p -= 1
            if i and toks[i - 1].low in self.src.articles and is_past_form(tok.text):
                continue    # "the proposed site", "an alleged fraud": a participle before a noun
            if p >= 0 and i and toks[p].low in self.cues.not_before_cue and not (
                    low.endswith("ing") and (toks[p].low in self.cues.np_breakers
                                             or toks[p].low in self.src.prepositions)) and not (
                    phrasal is not None and " ".join(phrasal.group().lower().split())
                    in self.cues.passive_phrasal_cues and toks[p].low in self.cues.auxiliaries):
                # "is said to", "with stated policy" are no frames; "is saying that" is one.
                continue
            if i + 1 < len(toks) and toks[i + 1].low in self.cues.not_after_cue_for.get(low, ()):
                continue    # ", compared with 190,000 tonnes": figures compared, no one speaks
            if self._adds_to_a_thing(toks, i):
                continue    # "adding to her delegate lead": no words added
            if low.endswith("ing") and i + 2 < len(toks) and toks[i + 1].low in \
                    self.cues.coordinators and toks[i + 2].text[:1].isalpha():
                continue    # "the council for economic planning and development, told …": a
                #             noun in -ing joined to another noun, no participle
            if i + 1 < len(toks) and (toks[i + 1].low in self.cues.np_breakers
                                      or toks[i + 1].low in self.cues.not_after_cue
                                      and not _figure_follows(toks, i + 2) or (
                    toks[i + 1].low in self.cues.verbs and not tok.low.endswith("ing")
                    and toks[i + 1].low not in self.cues.document_verbs
                    and _may_be_noun(tok.low)) or (
                    toks[i + 1].text == "," and i + 2 < len(toks) and not tok.low.endswith("ing")
                    and toks[i + 2].low in self.cues.verbs and toks[i + 2].low not in
                    self.cues.participles and _may_be_noun(tok.low))):
                continue    # "swing states could decide", "campaign reports show": a noun;
                #             "reacting to press reports, said …": the noun ends an aside
            if phrasal is None and self._reduced_relative(toks, i):
                continue    # "Figures released Tuesday showed …": "released" modifies the
                #             noun, the later verb is the sentence's
            if phrasal is None and i + 2 < len(toks) and toks[i + 1].text == "," \
                    and toks[i + 2].low in self.cues.participles and not low.endswith("ing") \
                    and low not in self.cues.strong_verbs:
                continue    # "The mayor spoke, warning that …": the participle is the cue
            last = i
            if phrasal is not None:
                cue = Span(tok.start, phrasal.end(), phrasal.group())
                while last + 1 < len(toks) and toks[last + 1].end <= phrasal.end():
                    last += 1
            else:
                cue = Span(tok.start, tok.end, tok.text)
            strong = low in self.cues.strong_verbs and phrasal is None
            if self._in_relative_clause(ctx, i):
                continue    # "A driver, who … because he feared reprisals, said …", "Oracle,
                #             which recently announced a stock split, said …": the verb is
                #             inside the clause of the later "said"'s source
            after = self._skip_after_cue(toks, last, low)
            if strong and phrasal is None:
                inserted = self._inserted_inverted(ctx, i, cue, from_pos)
                if inserted:
                    return inserted
            trailing = self.text[toks[after].start:end].strip() if after < len(toks) else ""
            if low in self.cues.framed_only and (trailing and not any(
                    t.low in self.cues.complementizers or t.text == ":" or t.text in OPEN_TOKENS
                    for t in toks[last + 1:last + 7]) or self._noun_after_modifier(ctx, i)):
                continue    # "battleground states around the country", "Western states this
                #             week that …", "in 30 states.", "Rust Belt states that have …": a noun
            if low in self.cues.noun_like_verbs and not self._after_subject_head(ctx, i):
                continue    # "increasing the credible fear threshold": a noun
            rng = self._left_source(toks, i)
            if rng is not None:
                rng = self._past_leading_time(toks, rng)
            if rng is not None and rng[0] > 0 and low in self.cues.participles \
                    and toks[rng[0] - 1].low in self.cues.object_prepositions and (
                        toks[rng[0]].text[:1].isupper() or toks[rng[0]].low in self.src.determiners
                        or plural_noun(toks[rng[0]].low)):
                # "made a pitch to New York voters saying …": the object of a preposition does
                # not say it; the subject of the clause the participle closes does
                rng = self._gerund_subject(toks, i) or self._coordinated_subject(toks, i) or rng
            if rng is None and i > 1 and low in self.cues.participles \
                    and toks[i - 1].low in self.src.time_words:
                # "Trump unleashed a series of tweets early Friday saying …": a time before
                # the participle, whose subject opens the clause
                rng = self._coordinated_subject(toks, i)
            if low in self.cues.document_verbs and (rng is None or self.classify(Span.of(
                    self.text, toks[rng[0]].start, toks[rng[1] - 1].end))[0] != "document"):
                continue    # "The log lists 37 injuries" reports; "She records music",
                #             "cites record consumption" do not
            if i > 1 and low.endswith("ing") and toks[i - 1].low in self.cues.gerund_prepositions:
                # "Thomas broke a decade-long silence by asking …": the clause's subject asks
                rng = self._gerund_subject(toks, i - 1)
            if rng is None and strong and i > 2 and not self._inverted(ctx, i):
                rng = self._distant_subject(toks, i)
            q = i - 1
            while q > 0 and (toks[q].low in self.cues.adverbs_between or self._adverb(toks[q])):
                q -= 1      # "who have long argued", "which has strongly denied"
            if i and toks[q].low in self.cues.relative_subjects and (
                    strong or q == i - 1 and self._document_relative(toks[q])
                    or self._quoting_relative(ctx, i) or self._speaker_relative(toks, q)):
                rng = (q, q + 1)    # "an architect who said …", "a report, which found …",
                #                     "Obama, who called the nominee “unfit to serve”"
            elif i and (strong or low in self.cues.passive_infinitive_verbs) \
                    and toks[q].low in self.src.pronouns_neutral \
                    and (q == 0 or toks[q - 1].text in FORWARD_BEFORE | CLOSE_TOKENS):
                rng = (q, q + 1)    # "…,” it said in its report.", "It also said …", "It
                #                     advised patients not to …" (an order to someone)
            before = toks[rng[0] - 1] if rng is not None and rng[0] > 0 else None
            if before is not None and before.low in self.cues.as_words and rng[0] > 1 \
                    and toks[rng[0] - 2].text == ",":
                before = toks[rng[0] - 2]   # "…, as police have said."
            # Trailing frame: "…,” a military official, who …, told RFA Monday." / "…, sources
            # said." / "The economy, he said, is bad." / "…, other studies have shown."
            if before is not None and (before.text == "," or before.text in CLOSE_TOKENS):
                cend = before.end if before.text in CLOSE_TOKENS else before.start
                # after a frame of the sentence, its short object may stand before the comma
                # ("She denied it, her lawyer said."): the frame that closes the sentence
                # reports all of it (``_widen_closing``)
                c = content(from_pos, cend, shortest=8 if from_pos == ctx.span.start else 1)
                direct = c is not None and quote_kind(c) == "direct"
                # (a quotation after "on MSNBC's" or "in the" is a title, no statement:
                # "…, he said Wednesday on MSNBC's “Morning Joe.”")
                introduces = after < len(toks) and (
                    toks[after].text in OPEN_TOKENS and not (
                        _titled(toks, after, self.src)
                        and not any(t.low in self.cues.complementizers or t.text == ":"
                                    for t in toks[after + 1:after + _TITLE_REACH]))
                    or toks[after - 1].text == ":"
                    or toks[after - 1].low in self.cues.complementizers)
                closing = c is not None and not (strong or direct) and not trailing \
                    and low in self.cues.stance_verbs and self._plausible(toks[rng[0]:rng[1]])
                if c is not None and (strong or direct or closing) and (direct or not introduces):
                    resumes = trailing[:1] == "," or trailing[:1] in OPEN_TOKENS \
                        or self._place_adjunct(toks, after)
                    opening = self._question_opening(c, quote_kind) or (
                        trailing and not resumes and toks[after - 1].text != ","
                        and (self._fragment(c, quote_kind)
                             # "…, in fact, she said it humanizes her", "Although Weiner
                             # admitted that …, he claimed they had never met": a clause right
                             # after the verb is what it reports
                             # (not "…, Graham told The Huffington Post on Thursday")
                             or strong and after == last + 1 and low not in self.cues.object_verbs
                             and toks[after].text[:1].islower()
                             and toks[after].low not in self.cues.coordinators  # "and hung up"
                             and self._clause_after(toks, after)))
                    # "Hours later, Intel said the event was canceled": a phrase without a verb
                    # before the comma opens the sentence; what follows the verb is the content.
                    if not opening and (direct or resumes or not trailing
                                        or len(trailing.split()) <= 4
                                        or toks[after - 1].text == ","
                                        or self._listener_only(toks, low, last, after)):
                        src = Span.of(self.text, toks[rng[0]].start, toks[rng[1] - 1].end)
                        out = [Frame([c], cue, src, quote_kind(c), src.end)]
                        out += self._continuation(ctx, last + 1, cue, src, self._fragment(c, quote_kind)) \
                            or self._coordinated_report(ctx, last + 1, rng)
                        return out
            if rng is not None and strong and low not in self.cues.object_verbs \
                    and self._inverted(ctx, i) and any(
                        t.low in self.cues.auxiliaries or is_past_verb(t) for t in toks[:rng[0]]):
                # "Mrs. Clinton would do well to reach out to Mr. Sanders, said David Axelrod,
                # a former strategist": a clause before the comma, a name after the verb that
                # ends the sentence; the noun before the comma is no subject of "said"
                rng = None
            # Forward frame: source + cue + content.
            if rng is None and i > 2:
                q = i - 1
                while q > 0 and (toks[q].low in self.cues.adverbs_between or self._adverb(toks[q])):
                    q -= 1
                if toks[q].low in self.cues.verb_coordinators:
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
            if (left == "," or left in CLOSE_TOKENS) and low not in self.cues.object_verbs:
                rng_r = self._right_source(toks, i + 1)
                cend = toks[i - 1].end if left in CLOSE_TOKENS else toks[i - 1].start
                if rng_r is not None and toks[rng_r[0]].text[:1].isupper():
                    # "said Len Burman, head of the Tax Policy Center.": the apposition is his
                    rng_r = (rng_r[0], self._apposition_end(toks, rng_r[1]))
                if rng_r is not None:
                    c = content(from_pos, cend)
                    if c is not None and (strong or quote_kind(c) == "direct"):
                        src = Span.of(self.text, toks[rng_r[0]].start, toks[rng_r[1] - 1].end)
                        out = [Frame([c], cue, src, quote_kind(c), src.end)]
                        out += self._continuation(ctx, rng_r[1], cue, src) \
                            or self._coordinated_report(ctx, rng_r[1], rng_r)
                        return out
        return self._colon_frame(ctx)

    def _adds_to_a_thing(self, toks: list[Tok], i: int) -> bool:
        """Whether the cue at ``i`` takes a preposition that makes it no report
        (``not_after_cue_unless_listener``: "adding to her delegate lead", "added to evidence
        that …") with no name or listener after it ("Trump added to People")."""
        low = toks[i].low
        if i + 2 >= len(toks) or toks[i + 1].low not in \
                self.cues.not_after_cue_unless_listener.get(low, ()):
            return False
        k = i + 2 + (toks[i + 2].low in self.src.determiners and i + 3 < len(toks))
        nxt = toks[k]
        named = nxt.text[:1].isupper() and not nxt.text.endswith(("'s", "’s")) and not (
            k + 1 < len(toks) and toks[k + 1].text in {"'s", "’s"})
        return not named and nxt.low not in self.cues.listener_words

    def _after_subject_head(self, ctx: Context, i: int) -> bool:
        """Whether the word before token ``i`` is tagged as the head of a subject
        (``tagged_subject_heads``): "Democrats fear …", "I hope …"; not "the credible fear
        threshold", "new hope"."""
        if i == 0:
            return False
        tags = chunks(tuple(t.text for t in ctx.toks))
        return tags is not None and tags[i - 1][0] in self.cues.tagged_subject_heads

    def _noun_after_modifier(self, ctx: Context, i: int) -> bool:
        """Whether the ``framed_only`` word at token ``i`` reads as a plural noun: after a
        comma ("Vermont, states that vote"), a number, a determiner or an adjective by the tags
        ("in later states", "key states"), or before "that" and an auxiliary ("states that
        have …", a relative clause)."""
        toks = ctx.toks
        if i + 2 < len(toks) and toks[i + 1].low in self.cues.complementizers \
                and toks[i + 2].low in self.cues.auxiliaries:
            return True
        if i == 0:
            return False
        before = toks[i - 1]
        if before.text == "," or before.low in self.src.determiners or before.text[:1].isdigit() \
                or cardinal(before.text) is not None:
            return True
        tags = chunks(tuple(t.text for t in toks))
        return tags is not None and tags[i - 1][0] in self.cues.tagged_noun_modifiers

    def _inserted_inverted(self, ctx: Context, i: int, cue: Span, from_pos: int) -> list[Frame]:
        """"The contrast with Trump, said Doyle and others, would be clear …": a verb and the
        source after it set off by commas inside what is said; the content is the words on both
        sides (``_continuation`` reads the second piece).  Empty when the shape does not hold."""
        toks = ctx.toks
        if i < 2 or toks[i - 1].text != "," or toks[i].low in self.cues.object_verbs:
            return []
        left = self._left_source(toks, i)
        if left is not None and left[0] == 0 and any(t.text == "," for t in toks[:left[1]]):
            return []   # "Nimit Nonthapanthawat, chief economist at the Bangkok Bank, said
            #             Thailand's exports, its interest rates, … contributed": the subject
            #             and its apposition before the verb are the source
        rng = self._right_source(toks, i + 1)
        if rng is None or rng[1] >= len(toks):
            return []
        # "say experts like Paul Bauman, a Canadian geophysicist, is …": the apposition is theirs
        # (not "Doyle, would be clear …": the rest of what is said)
        appos = self._apposition_end(toks, rng[1])
        if not any(t.low in self.cues.np_breakers for t in toks[rng[1]:appos]):
            rng = (rng[0], appos)
        if rng[1] >= len(toks) or toks[rng[1]].text != "," \
                or not self._plausible(toks[rng[0]:rng[1]]):
            return []
        first = ctx.content(from_pos, toks[i - 1].start)
        if first is None:
            return []
        src = Span.of(self.text, toks[rng[0]].start, toks[rng[1] - 1].end)
        rest = self._continuation(ctx, rng[1], cue, src, fragment=True)
        if not rest:
            return []
        return [Frame([first], cue, src, ctx.quote_kind(first), src.end)] + rest

    def _inverted(self, ctx: Context, i: int) -> bool:
        """Whether the cue at ``i`` opens an inverted frame that ends the sentence: "…, said
        three people familiar with the plan." (its source comes after it)."""
        toks = ctx.toks
        if toks[i - 1].text != "," and toks[i - 1].text not in CLOSE_TOKENS:
            return False
        rng = self._right_source(toks, i + 1)
        return rng is not None and (rng[1] >= len(toks) or toks[rng[1]].text in {".", ",", "!",
                                                                                  "?"})

    def _fragment(self, content: Span | None, quote_kind) -> bool:
        """An opening phrase without a verb, not quoted, before a mid-sentence frame: "Five
        years ago, Harwood said, …", "During his years in office, Obama said, …"."""
        if content is None or len(content.text.split()) > 12 or quote_kind(content) == "direct":
            return False
        words = [w.strip(",.;:!?") for w in content.text.split()]
        return not any(
            w.lower() in self.cues.verbs or (len(w) > 4 and w.endswith("ed") and w.islower())
            or w.lower() in self.cues.passive_auxiliaries
            # a finite auxiliary or modal makes a clause ("The talks will resume next week,
            # according to …, and …": not an opening phrase the rest of the sentence goes with)
            or w in self.cues.auxiliaries
            or w.lower() in self.src.pronouns_singular | self.src.pronouns_plural for w in words)

    def _mediator(self, phrase: str) -> bool:
        """Whether a source phrase is a translation or transcript of someone's words: its head
        (before "provided by", "of", …) is one of ``mediators``."""
        words = phrase.lower().split()
        head = next((w for w, nxt in zip(words, words[1:] + [""], strict=True)
                     if nxt in self.src.prepositions or is_past_form(nxt)), words[-1])
        return head.strip(",.") in self.cues.mediators

    def _clause_after(self, toks: list[Tok], k: int) -> bool:
        """Whether the words from token ``k`` open a clause: a noun phrase, then a finite verb
        ("the money was gone"), by the part-of-speech chunks of ``tagging.chunks``; not a
        noun phrase with what follows it ("118 cheques to a company he controlled")."""
        tags = chunks(tuple(self._tagger_word(t) for t in toks[k:k + 12]))
        return True if tags is None else self._clause_tags(toks[k:], tags, 0)

    def _introduces_listener(self, toks: list[Tok], i: int) -> bool:
        """Whether the speaking verb at ``i`` ("spoke") is followed by whom it was spoken to
        ("to", "with": ``speaking_listener_prepositions``) and nothing of what was said before
        the sentence ends or a relative clause opens: no topic ("about the cuts"), colon,
        quotation or complementizer ("We spoke to Margaret Fell, who lives on the river")."""
        if i + 1 >= len(toks) or toks[i + 1].low not in self.cues.speaking_listener_prepositions:
            return False
        for t in toks[i + 2:]:
            if t.low in self.cues.relative_words:
                return True
            if t.low in self.cues.speaking_topics and not self.cues.frame_adjunct.match(
                    self.text[t.start:t.start + 80]) or t.low in self.cues.complementizers \
                    or t.text in OPEN_TOKENS or t.text == ":":
                return False    # (not a time: "spoke with families on Tuesday")
        return True

    def _manner_only(self, toks: list[Tok], k: int) -> bool:
        """Whether the words from token ``k`` (after a cognition verb) open with an adverb or
        an adjective and no clause follows them: "think again before it is too late", "think
        twice about the cuts" say how someone thinks; "think probably the plan will fail" says
        what."""
        tags = chunks(tuple(self._tagger_word(t) for t in toks[k:k + 12]))
        if tags is None:
            return False
        n = 0
        while n < len(tags) and tags[n][0] in self.cues.tagged_manner:
            n += 1
        return n > 0 and not self._clause_tags(toks[k:], tags, n)

    def _clause_tags(self, toks: list[Tok], tags, k: int) -> bool:
        """Whether tokens from ``k`` open a clause, by their tags and chunks: a complementizer,
        a quotation or a colon; or a noun phrase, then a finite verb; or a subject pronoun,
        which no verb takes for object ("who said he votes for …", "votes" tagged a noun)."""
        if k < len(toks) and (toks[k].low in self.cues.complementizers
                              or toks[k].text in OPEN_TOKENS
                              or k > 0 and toks[k - 1].text == ":"
                              or toks[k].low in self.src.pronouns_singular
                              or toks[k].low in self.src.pronouns_plural):
            return True
        n, counted = k, False
        while n < len(tags):
            m = n
            while m < len(tags) and m < n + 2 and (tags[m][0] == "IN" or tags[m][0]
                                                   in self.cues.tagged_quantity_modifiers):
                m += 1
            if m > n and m < len(tags) and tags[m][0] == "CD" and any(
                    t in self.cues.tagged_quantity_modifiers for t, _ in tags[n:m]):
                n = m   # "more than 900 firefighters were …": an approximate figure
            tag, chunk = tags[n]
            counted = counted or tag == "CD"     # "issued 40 invoices": things counted out
            if chunk.endswith("-VP"):
                while n < len(tags) and tags[n][1].endswith("-VP"):
                    if tags[n][0] in self.cues.tagged_finite or tags[n][0] == "MD":
                        return True     # "the money was gone", "there are people …"
                    n += 1
                return False
            if not counted and (toks[n].low in self.src.document_heads
                                or toks[n].low in self.cues.communication_objects):
                return True     # "released a letter from his doctor that says …", "issued an
                #                 amber warning": something said
            if not (chunk.endswith("-NP") or tag in {"EX", "CC"} or chunk.endswith("-ADJP")):
                # "wrote 118 cheques to …", "knew nothing about …"; but "agreed with Ivana
                # Trump that there was no reason …": the clause comes after the phrase
                return not counted and any(t.low in self.cues.complementizers
                                           for t in toks[n:n + 8])
            n += 1
        return False

    def _listener_only(self, toks: list[Tok], low: str, last: int, after: int) -> bool:
        """After a trailing frame's "told", only the listener and when or where ("…, President
        Obama told his closest advisers as he labored …", "…, he told the court in his
        filing."): no clause follows, so the content is what stands before the frame."""
        return low in self.cues.object_verbs and after == last + 1 and not any(
            t.low in self.cues.complementizers or t.text in QUOTE_TOKENS or t.text == ":"
            for t in toks[after:])

    def _question_opening(self, content: Span, quote_kind) -> bool:
        """An opening participle clause with the question put to the speaker, not quoted:
        "Asked if he was ever bullied, the candidate said no" (the answer follows the verb)."""
        if quote_kind(content) == "direct":
            return False
        words = content.text.split(None, 2)
        if words and words[0] == "When":
            words = words[1:]
        return bool(words) and words[0][:1].isupper() \
            and words[0].lower() in self.cues.question_openers

    def _place_adjunct(self, toks: list[Tok], k: int) -> bool:
        """Whether a prepositional phrase of a few words without a verb runs from token ``k`` to
        a comma: where it was said ("said Tuesday in Paris, noting …"), not the content."""
        if k >= len(toks) or toks[k].low not in self.cues.place_adjunct_prepositions:
            return False
        for m in range(k + 1, min(len(toks), k + 7)):
            t = toks[m]
            if t.text == ",":
                return m > k + 1
            if t.low in self.cues.verbs or is_past_verb(t) or t.low in self.cues.complementizers \
                    or t.text in QUOTE_TOKENS:
                return False
        return False

    def _apposition_end(self, toks: list[Tok], k: int) -> int:
        """End of an apposition after a name at token ``k`` (", head of the Tax Policy Center",
        ", a professor at Lakemont University"): a noun phrase without a verb that runs to the
        end of the sentence or the next comma; ``k`` when there is none."""
        if k >= len(toks) or toks[k].text != ",":
            return k
        j = k + 1
        while j < len(toks) and j - k < 20 and (toks[j].text not in {",", ".", ";", ":", "!", "?"}
                                                 or self._abbreviation_dot(toks, j)) \
                and toks[j].text not in QUOTE_TOKENS:
            t = toks[j]
            if t.low in self.cues.verbs or is_past_verb(t) or t.low in self.cues.relative_words \
                    or t.low in self.src.pronouns_singular | self.src.pronouns_plural:
                return k
            j += 1
        if j == k + 1 or not (toks[k + 1].text[:1].islower()) or (
                j < len(toks) and toks[j].text not in {".", ",", "!", "?"}):
            return k
        return j

    def _forward(self, ctx: Context, i: int, rng: tuple[int, int], after: int, cue: Span,
                 phrasal: bool) -> list[Frame]:
        """"X said (that) Y", "X told reporters: Y", "X vowed to Y", "X called for Y": source,
        cue, content."""
        toks = ctx.toks
        low = toks[i].low
        before = toks[rng[0] - 1] if rng[0] > 0 else None
        quoting = False
        if toks[rng[0]].low in self.cues.relative_subjects:
            quoting = self._quoting_relative(ctx, i) or self._speaker_relative(toks, rng[0])
            if low not in self.cues.strong_verbs and not self._document_relative(toks[rng[0]]) \
                    and not quoting:
                return []   # (but "a report on Monday, which found that …": the report's)
            before = None
        if before is not None and (rng[0] == 1 and toks[1].text[:1].isdigit() or all(
                t.low in self.cues.leading_words and t.low not in self.src.prepositions
                for t in toks[:rng[0]])):
            before = None   # "About 60 percent said", "Now officials say": the sentence opens
        if before is not None and before.text in CLOSE_TOKENS and rng[0] > 1 \
                and toks[rng[0] - 2].text == ",":
            before = None   # "“… for some time,” he claimed they had never met": the clause
            #                 after the verb (the quotation was no trailing frame's content)
        if before is not None and before.text == "-" and rng[0] > 1 \
                and toks[rng[0] - 2].text == "-":
            before = None   # "… /PRNewswire/ -- Acme Inc. announced": a dash typed as two
        if before is not None and before.text not in FORWARD_BEFORE \
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
        if opener.lower() == "to" and after == i + 1 and low in self.cues.passive_infinitive_verbs:
            return []       # "About 4,000 residents ordered to leave": they got the order
        if opener.lower() == "by" and low not in self.cues.strong_verbs:
            return []       # "is supported by": a passive, not a frame
        framed = (nxt in self.cues.complementizers or opener in OPEN_TOKENS
                  or toks[after - 1].text == ":")
        if low not in self.cues.strong_verbs and not phrasal:
            if i + 1 < len(toks) and toks[i + 1].text == "," and rng[0] > 0 \
                    and toks[rng[0] - 1].low in self.cues.as_words:
                return []   # "as the judge ordered, her lawyer said …": an as-clause, what
                            # follows the comma is another clause
            if self._common_noun(ctx, rng):
                return []   # "Experience shows that …": no one speaks
            if not (framed or infinitive) and opener.lower() in self.cues.listener_words and (
                    after + 1 >= len(toks) or not (
                        toks[after + 1].low in self.cues.complementizers
                        or toks[after + 1].low in self.cues.topic_words
                        or toks[after + 1].text in OPEN_TOKENS | {":"})):
                return []   # "showed reporters around the plant": an act, not a statement
        if not (low in self.cues.strong_verbs or infinitive or framed) and not (
                (phrasal or low in self.cues.stance_verbs or low in self.cues.document_verbs)
                and (quoting or self._plausible(toks[rng[0]:rng[1]])
                     or rng == (0, 1) and low in self.cues.passive_infinitive_verbs
                     and toks[0].low in self.src.pronouns_neutral)):
            return []   # (a sentence's lone "It" gives someone an order or advice: "It
            #             advised patients not to …", an organization's, resolved later)
        if low in self.cues.clause_verbs and not framed and not infinitive and \
                not any(t.low in self.src.document_heads for t in toks[rng[0]:rng[1]]) and \
                not self._clause_after(toks, min(after, i + 1)) and \
                not self._reporting_infinitive(toks, i + 1):
            return []   # "Hale wrote 118 cheques to a company": an act, not a statement
        if low in self.cues.speaking_verbs and self._introduces_listener(toks, i):
            return []   # "We've just spoken to resident Margaret Fell, 71, who …": whom
        if low in self.cues.cognition_verbs and not framed and self._manner_only(toks, after):
            return []   # "The council must think again before it is too late": how, not what
        if not framed and low not in self.cues.strong_verbs and self._participle_of_subject(
                toks, i + 1):
            return []   # "The initial report released to LAist last week was dated May 2024"
        src = Span.of(self.text, toks[rng[0]].start, toks[rng[1] - 1].end)
        c = ctx.content(toks[after].start, ctx.end if not ctx.in_quote(ctx.end - 1)
                        else ctx.span.end, shortest=2)
        if c is not None and rng[0] > 0 and toks[rng[0]].low in self.cues.relative_subjects \
                and toks[rng[0] - 1].text == ",":
            c = self._relative_clause_content(ctx, rng[0], after, c,
                                              low in self.cues.strong_verbs or framed)
        if c is None or (len(c.text) < 8 and not c.text[:1].isupper()
                         and not _a_figure(c.text)):
            return []   # a short object is kept when it is a name ("X endorsed Clinton") or a
            #             figure ("Police records show two.": a count to check)
        return [Frame([c], cue, src, ctx.quote_kind(c), src.end, forward_from=after)]

    def _participle_of_subject(self, toks: list[Tok], k: int) -> bool:
        """Whether the sentence's own finite verb (``auxiliaries``) follows the cue, from token
        ``k`` on, with only phrases of place and time before it (a preposition and the words
        after it, no determiner, pronoun or clause): the cue is a participle describing the
        noun before it ("The report released to LAist early last week was dated …", "The
        report released on Monday was dated …"), which then has no statement."""
        src = self.src
        n, prepositional = k, False
        while n < len(toks) and n - k < _PARTICIPLE_REACH:
            t = toks[n]
            if t.low in self.cues.auxiliaries and t.text.islower():     # (not "in May")
                # (not an infinitive: "plans to do it through a tax", "seems to have gone")
                return (n == k or prepositional) and toks[n - 1].low != "to"
            if t.low in self.cues.coordinators or not t.text[:1].isalnum() \
                    or t.low in src.determiners \
                    or t.low in src.pronouns_singular | src.pronouns_plural \
                    or t.low in self.cues.complementizers or t.low in self.cues.verbs \
                    or t.low in self.cues.relative_words:
                return False    # ("spoke in Spanish and had her comments translated",
                #                 "commenting on rumours which had circulated")
            if t.low in src.prepositions:
                prepositional = True
            elif not prepositional and not self.cues.frame_adjunct.match(t.text):
                return False
            n += 1
        return False

    def _relative_clause_content(self, ctx: Context, w: int, after: int,
                                 content: Span, clause: bool = True) -> Span | None:
        """A relative clause's content that ends where the sentence's own verb follows a
        comma: "Cruz, who says Trump is attacking him, campaigned in Iowa", "Mr. Scott, who has
        called the comments ''racially toxic,'' portrayed …" (the clause from the relative
        pronoun at ``w`` tagged once; a verb right after the comma, or after the quotation
        mark or bracket that closes with it, is the main clause's).  ``clause``: the content
        may be a clause with a verb of its own, so a comma before that verb is inside it; not
        so the object of a stance ("Mr. McConnell, who has endorsed Mr. Trump, offered …")."""
        toks = ctx.toks
        last = bisect_left([t.start for t in toks], content.end)
        tags = chunks(tuple(self._tagger_word(t) for t in toks[w:last]))
        if tags is None:
            return content
        for n in range(after + 1, last - 1):
            if toks[n].text != ",":
                continue
            k = n + 1
            while k < last and toks[k].text in CLOSE_TOKENS:
                k += 1
            if k + 1 >= last or ctx.in_quote(toks[k].start) or not toks[k].text[:1].islower() \
                    or toks[k].low in self.cues.participles:
                continue
            tag, chunk = tags[k - w]
            if chunk == "B-VP" and tag.startswith(("VB", "MD")) and tag != "VBG" \
                    and toks[k + 1].low != "by":
                stop = toks[k - 1].end if k > n + 1 else toks[n].start
                if n > after and toks[n - 1].text == ")" and not any(
                        t.text == "(" for t in toks[after:n]):
                    stop = toks[n - 1].start    # "(like Plouffe, who called Trump “a psycho”),"
                if clause and not any(toks[m].text in OPEN_TOKENS or tags[m - w][0] == "MD"
                           or tags[m - w][0] in self.cues.tagged_finite and m > after
                           or m == after and (toks[m].low in self.src.pronouns_singular
                                              or toks[m].low in self.src.pronouns_plural)
                           for m in range(after, n)):
                    return content  # "which said the bill, passed in May, would …": the comma
                    #                 is inside the clause's content
                return ctx.content(content.start, stop, shortest=2)
        return content

    def _quoting_relative(self, ctx: Context, i: int) -> bool:
        """Whether the relative clause of the verb at ``i``, set off by a comma, quotes its
        subject's words before it ends: "Obama, who called the nominee “unfit to serve”",
        "editors, who once called these stories ''spinach''" (a verb that is no speech verb,
        its words in quotation marks: a statement of the antecedent's); not a name in
        quotation marks ("Lee, who backed the “Never Trump” movement"), nor people in general
        ("voters who called …"; "that" may open a complement clause)."""
        toks = ctx.toks
        q = i - 1
        while q > 0 and (toks[q].low in self.cues.adverbs_between or self._adverb(toks[q])):
            q -= 1
        if q < 1 or toks[q].low not in self.cues.relative_statement_words \
                or toks[q - 1].text != ",":
            return False
        for n in range(i + 1, len(toks)):
            t = toks[n]
            if t.text in OPEN_TOKENS:
                return n + 1 < len(toks) and toks[n + 1].text[:1].islower()
            if t.text in {",", ";", ":", "—", "–"} and not ctx.in_quote(t.start):
                return False
        return False

    def _speaker_relative(self, toks: list[Tok], w: int) -> bool:
        """Whether the relative pronoun at ``w``, set off by a comma and one that may open a
        statement (``relative_statement_words``), stands for someone who can take a stance:
        "Rubio, who supported the bill" (its antecedent a plausible source); then the relative
        clause's verb is read as that source's, like the same verb after the name itself.  Not
        a clause with no comma: "Residents who called the police said …" is one frame."""
        tok = toks[w]
        if w < 1 or toks[w - 1].text != "," or tok.low not in self.cues.relative_statement_words:
            return False
        antecedent = self._antecedent_phrase(Span(tok.start, tok.end, tok.text))
        if antecedent is None:
            return False
        before = self.text[max(0, antecedent.start - 12):antecedent.start].split()
        if tok.low not in self.src.personal_relatives and before \
                and before[-1].lower() in self.src.prepositions:
            return False    # "an Iranian trade mission to Tokyo, which refused …": the mission
            #                 or Tokyo, no one can tell; not Tokyo for sure (Reuters)
        words = tokenize(antecedent.text, antecedent.start)
        tags = chunks(tuple(t.text for t in words))
        # a noun phrase, not the verb phrase it ends ("plans to strengthen its powers over
        # banks in the paper, which called for comments": Reuters)
        return not (tags and tags[0][0].startswith("VB")) and self._plausible(words)

    def _document_relative(self, tok: Tok) -> bool:
        """Whether a relative pronoun stands for a document ("released her medical records in
        July, which showed …", "a study that found …"): its antecedent's kind."""
        antecedent = self._antecedent_phrase(Span(tok.start, tok.end, tok.text))
        return antecedent is not None and self.classify(antecedent)[0] == "document"

    def _reporting_infinitive(self, toks: list[Tok], k: int) -> bool:
        """Whether token ``k`` opens "to" and a reporting verb: "continued to insist",
        "continued to call for" (a statement goes on; "continued to grow" tells no one's)."""
        if k + 1 >= len(toks) or toks[k].low != "to":
            return False
        nxt = toks[k + 1]
        return nxt.low in self.cues.verbs or (
            nxt.low in self.cues.phrasal_first
            and self.cues.phrasal_cues.match(self.text, nxt.start) is not None)

    def _common_noun(self, ctx: Context, rng: tuple[int, int]) -> bool:
        """A one-word subject capitalized only because it opens the sentence ("Experience
        shows …", "Research suggests …"): the article writes it nowhere else, it is no acronym,
        no plural or pronoun ("Voters", "Everyone") and reads as a name only for its capital."""
        if rng[1] - rng[0] != 1:
            return False
        tok = ctx.toks[rng[0]]
        if tok.start != ctx.span.start or not tok.text[:1].isupper() or not tok.text[1:].islower():
            return False
        low = tok.low
        if len(low) <= 4 or low.endswith(self.src.people_endings) or low in self.src.not_sources:
            return False    # "We", "Voters", "Everyone", "Nobody", "None": people speak
        if self.classify(Span(tok.start, tok.end, tok.text))[0] not in {"named_organization",
                                                                         "named_person"} \
                or tok.low in self.src.org_standalone:
            return False
        # A name comes back ("Levin … Rep. Sander M. Levin"); "Experience" said once does not.
        if _WORD.fullmatch(tok.text):
            if self._word_counts is None:   # one pass, not a search of the text per subject
                self._word_counts = Counter(_WORD.findall(self.text))
            return self._word_counts[tok.text] == 1
        return len(re.findall(r"\b" + re.escape(tok.text) + r"\b", self.text)) == 1

    def _colon_frame(self, ctx: Context) -> list[Frame]:
        """"The inspector writes:" with the quotation in the next sentence or paragraph."""
        toks = ctx.toks
        if not toks or toks[-1].text != ":":
            return []
        m = self.cues.colon_intro.match(ctx.span.text)
        if m and m.group("label") and \
                m.group("name").split()[0].lower() not in self.src.determiners:
            m = None    # "Live from Kyiv:" (but "Key points from the report:")
        if m:       # "And from board chair Renata Okafor:"
            base = ctx.span.start
            src = Span.of(self.text, base + m.start("name"), base + m.end("name"))
            if self._plausible(tokenize(src.text, src.start)):
                cue = Span(base + m.start("cue"), base + m.end("cue"), m.group("cue"))
                return [Frame([], cue, src, "direct", src.end, opens_next=True)]
        for i in range(len(toks) - 2, max(-1, len(toks) - 5), -1):
            if toks[i].low in self.cues.verbs and not toks[i].text[0].isupper():
                rng = self._left_source(toks, i)
                if rng is not None and not self._label(toks[rng[0]:rng[1]], toks[i]):
                    cue = Span(toks[i].start, toks[i].end, toks[i].text)
                    src = Span.of(self.text, toks[rng[0]].start, toks[rng[1] - 1].end)
                    return [Frame([], cue, src, "direct", src.end, opens_next=True)]
        return []

    def _label(self, words, cue) -> bool:
        """Whether "X highlights:" is a label over what follows ("Fourth quarter highlights:",
        "Key points:"), not a speaker and a verb: the cue word is the plural of an ordinary
        noun and the words before it are ordinary words with no determiner, none a name the
        article uses elsewhere (not "Smith notes:" after "Ann Smith"; "Key" is a surname too)
        nor a word for people or an organization that speaks ("Police", "Management adds:")."""
        if not cue.low.endswith("s") or not plural_noun(cue.low) \
                or cue.low in self.cues.strong_verbs:
            return False    # "He said:" (a past form, no plural), "Smith notes:", "Downing
            #                 Street says:" (a speech verb, whatever its spelling)
        src = self.src
        pronouns = src.pronouns_singular | src.pronouns_plural | src.pronouns_neutral
        if self._word_counts is None:
            self._word_counts = Counter(_WORD.findall(self.text))
        return all(w.text[:1].isalpha() and w.low not in src.determiners
                   and w.low not in src.not_sources and w.low not in pronouns
                   and english_word(w.low)
                   and not ((w.text in src.first_names or common_surname(w.text, src))
                            and self._word_counts[w.text] > 1)
                   for w in words) \
            and words[-1].low not in src.known_heads and words[-1].low not in src.org_anaphors \
            and words[-1].low not in src.org_heads and words[-1].low not in src.official_heads

    def _continuation(self, ctx: Context, k: int, cue: Span, src: Span,
                      fragment: bool = False) -> list[Frame]:
        """The rest of a sentence after a mid-sentence frame: "“A,” she said, “B.”" or
        "The plan, he said, will fail.": a second piece of the same attribution.  After a
        ``fragment`` ("Five years ago, Harwood said, the plant produced …") the rest may open
        with a determiner."""
        toks = ctx.toks
        right_after = k
        while k < len(toks) and toks[k].text not in {",", "."}:
            k += 1
        if k + 1 < len(toks) and toks[k].text == ",":
            nxt = toks[k + 1]
            if nxt.low in self.cues.relative_statement_words:
                # "…, said Ann Lee, who added that the merger would fail": the relative clause
                # is her second statement
                return self._relative_statement(ctx, k + 1)
            if k != right_after and nxt.text not in OPEN_TOKENS:
                return []
            if nxt.text in OPEN_TOKENS:
                region = next((e for s, e in ctx.quotes if s == nxt.start), None)
                c = ctx.content(nxt.start, region or ctx.span.end)
                if c is not None:
                    return [Frame([c], cue, src, "direct", src.end)]
            elif nxt.low not in self.cues.participles and nxt.low not in self.cues.relative_words \
                    and (fragment or nxt.low not in self.src.determiners) \
                    and nxt.low not in self.cues.clause_boundaries \
                    and not ctx.in_quote(nxt.start):
                c = ctx.content(nxt.start, ctx.end)
                # "The plan, she said, will cost $4 million." but not "…,” she said, clapping."
                if c is not None and c.text[:1].islower() and len(c.text.split()) >= 3 \
                        and not nxt.low.endswith("ing"):
                    return [Frame([c], cue, src, ctx.quote_kind(c), src.end)]
        return []

    def _coordinated_report(self, ctx: Context, k: int, source: tuple[int, int]) -> list[Frame]:
        """After a trailing or inverted frame, a clause joined by a coordinator that reports a
        statement of its own: "At least 14 homes have been destroyed, Delgado said, though she
        cautioned that the number was likely to rise", "“…,” Carson said on NBC's Meet the
        Press, but he said he is being asked …" (PolNeAR annotates both).  The clause's verb
        frame is read from the word after the coordinator; a verb with no subject of its own
        ("…, Lee said, and added that …") is the trailing source's (``source``, a token
        range), when it is a speech verb (``strong_verbs``): "…, one source said, but declined
        to give further details" is a refusal.  Token ``k`` follows the trailing frame's cue
        or source."""
        toks = ctx.toks
        comma = next((n for n in range(k, min(len(toks), k + _TITLE_REACH))
                      if toks[n].text in {",", ".", ";"} or ctx.in_quote(toks[n].start)), None)
        if comma is None or toks[comma].text != "," or comma + 2 >= len(toks) \
                or toks[comma + 1].low not in self.cues.coordinators:
            return []
        start = comma + 2
        return [f for f in self._one_verb_frame(ctx, start, toks[start].start, source)
                if f.source is not None and f.contents and f.cue.start >= toks[start].start
                and (f.source.start >= toks[start].start
                     or f.source.start == toks[source[0]].start
                     and f.cue.text.lower() in self.cues.strong_verbs)]

    def _relative_statement(self, ctx: Context, w: int, end: int | None = None) -> list[Frame]:
        """A relative clause after a trailing frame's source that reports a statement of its
        own: "…, said Howard Rubel, an analyst, who notes that the company has vowed …" (a
        speech verb after "who", then "that", a quotation or a clause; or another verb that
        quotes the source, ``_quoting_relative``); the relative pronoun
        is the mention, resolved to the source before it.  The content runs to ``end`` (the
        comma that closes the clause), else to the sentence's end."""
        toks = ctx.toks
        j = w + 1
        while j < len(toks) and (toks[j].low in self.cues.auxiliaries
                                 or toks[j].low in self.cues.adverbs_between
                                 or self._adverb(toks[j])):
            j += 1
        if j + 1 >= len(toks) or ctx.in_quote(toks[j].start) \
                or any(t.low in self.cues.negations for t in toks[w + 1:j]):
            return []   # "who did not explicitly say that A": A is not her statement
        # "…, who called the plan “a disgrace,”": another lexicon verb, quoting the source
        quoting = toks[j].low in self.cues.verbs and self._quoting_relative(ctx, j)
        if toks[j].low not in self.cues.strong_verbs and not quoting:
            return []
        after = self._skip_after_cue(toks, j, toks[j].low)
        if after >= len(toks) or not (quoting or toks[after - 1].low in self.cues.complementizers
                                      or toks[after].text in OPEN_TOKENS
                                      or toks[after - 1].text == ":"
                                      # "…, said Pardo, who said he would not vote": a clause
                                      # right after the verb (or its time or occasion),
                                      # "that" left out; not "who told reporters"
                                      or toks[j].low not in self.cues.object_verbs
                                      and toks[j + 1].low != "to"
                                      and toks[after].low not in self.cues.coordinators
                                      and self._clause_after(toks, after)):
            return []   # "who said nothing", "who told reporters" : no statement reported
        c = ctx.content(toks[after].start, end if end is not None else ctx.end)
        if c is None:
            return []
        who = Span.of(self.text, toks[w].start, toks[w].end)
        cue = Span.of(self.text, toks[j].start, toks[j].end)
        return [Frame([c], cue, who, ctx.quote_kind(c), who.end, forward_from=after)]

    def _relatives_in_sources(self, ctx: Context, frames: list[Frame]) -> list[Frame]:
        """"Podesta, who said the project was vetted by counsel, said he was unaware …": a
        relative clause set off by commas between a forward frame's source and its verb may
        report a statement of that source (``_relative_statement``), which ends at the comma
        before the verb.  The relative clause's own verb yields the sentence's frame to the
        later one (``_in_relative_clause``); this reads it back."""
        toks = ctx.toks
        starts = [t.start for t in toks]
        out: list[Frame] = []
        for f in frames:
            if f.source is not None and f.contents and f.cue.start > f.source.end:
                a, b = bisect_left(starts, f.source.end), bisect_left(starts, f.cue.start)
                comma = next((n for n in range(b - 1, a, -1) if toks[n].text == ","), None)
                w = next((n for n in range(a + 1, comma or a)
                          if toks[n].low in self.cues.relative_statement_words
                          and toks[n - 1].text == ","), None)
                if w is not None and not any(w < bisect_left(starts, g.cue.start) < comma
                                             for g in frames):
                    # (a comma inside the quotation's closing mark: "…, who called it “toxic,”")
                    stop = toks[comma + 1].end if toks[comma + 1].text in CLOSE_TOKENS \
                        and ctx.in_quote(toks[comma].start) else toks[comma].start
                    out += self._relative_statement(ctx, w, stop)
            out.append(f)
        return out

    def _extracted_subject_frames(self, ctx: Context, frames: list[Frame]) -> list[Frame]:
        """Add the frames whose reported clause lost its subject to a relative pronoun before
        the source: "the changes, which officials said will take effect in May", "a strike that
        executives said could hurt earnings", "adapt to what she said is growing demand" (an
        opener of ``extracted_subject_openers``, a plausible source, a reporting verb, then an
        auxiliary: the verb of the reported clause).  The content is that clause, to the next
        comma.  Not a "what" that opens the sentence: "What she said was a lie" tells what her
        words were, not what she said."""
        toks, cues = ctx.toks, self.cues
        taken = {f.cue.start for f in frames}
        out = list(frames)
        # the first verb, preposition or mark: a noun before it opens the sentence
        opened = next((n for n, t in enumerate(toks) if t.low in cues.verbs or is_past_verb(t)
                       or t.low in self.src.prepositions or not t.text[:1].isalnum()),
                      len(toks))
        for w, tok in enumerate(toks):
            zero = w > opened and self._zero_relative(ctx, w)
            if (tok.low not in cues.extracted_subject_openers and not zero) \
                    or ctx.in_quote(tok.start) or (
                    tok.low == "what" and (all(t.low in cues.leading_words for t in toks[:w])
                                           or toks[w - 1].low not in self.src.prepositions)):
                continue    # "what" only after a preposition ("adapt to what she said is …");
                #             "Reed said that what the mayor said was false": what she said
                #             is the subject of "was false" (review 23)
            i = next((n for n in range(w + 2, min(len(toks) - 1, w + 10))
                      if toks[n].low in cues.verbs and toks[n].text.islower()), None)
            if zero and i is not None and (toks[i].low not in cues.strong_verbs
                                           or toks[i].low in cues.framed_only):
                continue    # ("six Gulf Arab states will meet": a noun, no report)
            if i is None or toks[i].start in taken or toks[i + 1].low not in cues.auxiliaries \
                    or not toks[i + 1].text.islower() or toks[i].low.endswith("ing") \
                    or toks[i - 1].low in self.src.determiners:
                continue    # "the scenario Pelosi was discussing would be novel", "what some
                #             of his plans might include": no report
            if w and tok.low in cues.complementizers and (
                    is_past_verb(toks[w - 1]) or toks[w - 1].low in cues.verbs
                    and not toks[w - 1].low.endswith("s")):
                continue    # "worried that the attacks would harden …": a complementizer
                #             (not "calls that some of them said were …": a noun in -s)
            q = i - 1
            while q > w and (toks[q].low in cues.adverbs_between or self._adverb(toks[q])):
                q -= 1
            source = toks[w + 1:q + 1]
            if not source or any(not t.text[:1].isalnum() or t.low in cues.np_breakers
                                 or t.low in cues.verbs for t in source) \
                    or any(t.low in cues.negations for t in toks[q + 1:i]):
                continue    # (a denied report is none: "which she never said was …")
            if not (self._plausible(source) or len(source) == 1 and toks[i].low in
                    cues.strong_verbs and source[0].low in self.src.pronouns_neutral):
                continue    # ("which it said had lost money": the company)
            end = next((t.start for t in toks[i + 2:] if t.text in {",", ";", "—", "–", "--"}
                        and not ctx.in_quote(t.start)), ctx.end)
            c = ctx.content(toks[i + 1].start, min(end, ctx.end), shortest=2)
            if c is None:
                continue
            src = Span.of(self.text, source[0].start, source[-1].end)
            cue = Span.of(self.text, toks[i].start, toks[i].end)
            frame = Frame([c], cue, src, ctx.quote_kind(c), src.end)
            at = next((n for n, f in enumerate(out) if f.cue.start > cue.start), len(out))
            out.insert(at, frame)
            taken.add(cue.start)
        return out

    def _zero_relative(self, ctx: Context, w: int) -> bool:
        """Whether token ``w`` is a noun that a relative clause without its pronoun follows,
        its subject opening right after it ("-- meddling the California congressman said is
        designed to …", "the plan he said would fail"): a lower-case word that is no verb,
        function word or adverb, then a determiner, a personal pronoun or a capitalised word
        (``_extracted_subject_frames`` reads the rest: a source, a strong verb, an
        auxiliary, and leaves out a noun that opens the sentence: "The only regret he
        acknowledged was …", whose clause after it is its predicate)."""
        toks, cues, src = ctx.toks, self.cues, self.src
        if w + 1 >= len(toks) or w == 0:
            return False
        tok, nxt = toks[w], toks[w + 1]
        if not (tok.text.isalpha() and tok.text.islower()) or tok.low in cues.verbs \
                or tok.low in cues.auxiliaries or tok.low in cues.adverbs_between \
                or tok.low in src.determiners or tok.low in src.prepositions \
                or tok.low in cues.leading_words or tok.low in cues.coordinators \
                or tok.low in cues.relative_words or tok.low in cues.negations \
                or tok.low in cues.clause_openers or tok.low in src.not_sources \
                or self._adverb(tok) or is_past_verb(tok) or cardinal(tok.text) is not None:
            return False
        if nxt.low in cues.relative_words:
            return False    # "a strike that executives said …": the relative pronoun's own
        return nxt.low in src.determiners or nxt.low in src.pronouns_singular \
            | src.pronouns_plural or nxt.text[:1].isupper()

    def _split_participles(self, ctx: Context, frames: list[Frame]) -> list[Frame]:
        """Cut "…, adding that B" / "…, saying B" off a content, or find it after a trailing
        frame ("“A,” he told the group, adding that B"): a second attribution of the same
        source with the participle as its cue.  In a sentence without a frame, or whose frames
        have no source ("warnings about …"), the participle attributes to the sentence's subject
        ("The governor toured the town, promising …")."""
        if not frames or all(f.source is None for f in frames):
            # (a frame without a source, "warnings about …", gives way to the subject's
            # participle: "The family has sued the company, alleging it ignored warnings")
            frames = self._participle_frame(ctx) or frames
        out = []
        todo = list(frames)
        while todo:
            fr = todo.pop(0)
            out.append(fr)
            if fr.source is None or not fr.contents:
                continue
            c = fr.contents[-1]
            if c.end <= fr.cue.start:
                # The content came before the frame: look after the frame instead.
                frame_end = max(fr.cue.end, fr.source.end)
                m = self._participle(ctx, frame_end, ctx.end)
                rest = ctx.content(self._past_listener(m, ctx.end), ctx.end) if m else None
                if m and rest is not None and not any(
                        x.start >= frame_end for f in frames for x in f.contents):
                    cue = Span(m.start("cue"), m.end("cue"), m.group("cue"))
                    out.append(Frame([rest], cue, fr.source, ctx.quote_kind(rest),
                                      fr.tail_start))
                continue
            m = self._participle(ctx, c.start, c.end)
            if not m and c.start > ctx.span.start + 2:
                # "spoke to reporters, saying …": the content opens with the participle
                m = self._participle(ctx, c.start - 3, c.end)
                m = m if m is not None and m.start("cue") == c.start else None
            if not m:
                continue
            head = ctx.content(c.start, m.start())
            rest = ctx.content(self._past_listener(m, c.end), c.end)
            if rest is None:
                continue
            source = fr.source
            if self._owned_noun_cue(fr):
                # "Mr. Trump tried to deflect Mr. Khan's criticism, writing …": the owner of the
                # noun is not the participle's subject; the clause's subject is
                source = self._participle_subject(ctx, m)
                if source is None:
                    continue
            if head is None:
                if c.text[:m.start("cue") - c.start].strip(" ,"):
                    continue
                # "spoke to reporters, saying the mayor would resign": the content is the
                # participle's; the verb before it said nothing of its own
                fr.contents = []
                cue = Span(m.start("cue"), m.end("cue"), m.group("cue"))
                todo.insert(0, Frame([rest], cue, source, ctx.quote_kind(rest), fr.tail_start))
                continue
            fr.contents[-1] = head
            fr.quote = ctx.quote_kind(fr.contents[0])
            cue = Span(m.start("cue"), m.end("cue"), m.group("cue"))
            # "…, saying A and calling B": the rest may hold the next participle
            todo.insert(0, Frame([rest], cue, source, ctx.quote_kind(rest), fr.tail_start))
        return out

    def _past_listener(self, m: re.Match, end: int) -> int:
        """Where a participle's content starts: after its listener when the participle takes
        one ("…, warning residents that the river would rise")."""
        start = m.end()
        if m.group("cue").lower() in self.cues.object_verbs:
            lm = _LISTENER.match(self.text, start, end)
            if lm and lm.group(1).lower() in self.cues.complementizers:
                return lm.end()
        return start

    def _participle(self, ctx: Context, start: int, end: int) -> re.Match | None:
        """The first participle cue between two offsets that is not inside a quotation."""
        m = self.cues.participle_cue.search(self.text, start, end)
        while m and (ctx.in_quote(m.start("cue")) or self.rules.anonymity_markers.match(
                self.text, m.start("cue"), end) or self._gerund_subject_at(m.end("cue"), end)
                or self._adds_to_a_thing(ctx.toks, bisect_left(ctx.toks, m.start("cue"),
                                                               key=lambda t: t.start))):
            # "…, asking not to be named for …": said about the source (see Anonymity);
            # "…, adding to her delegate lead": no words added
            m = self.cues.participle_cue.search(self.text, m.end(), end)
        return m

    def _gerund_subject_at(self, at: int, end: int) -> bool:
        """Whether the words after a participle at ``at`` reach a verb of its own
        (``np_breakers``: "… and listing is in Luxembourg"), perhaps over another form in -ing
        it is coordinated with and an object pronoun ("while mocking or mispronouncing them
        is childish"): the form in -ing is a noun, the subject of that verb, not a participle
        clause."""
        words = []
        for m in _WORD.finditer(self.text, at, end):
            if self.text[at:m.start()].strip() or len(words) == 4:
                break
            words.append(m.group().lower())
            at = m.end()
        i = 0
        while (i + 1 < len(words) and words[i] in self.cues.gerund_coordinators
               and words[i + 1].endswith("ing")):
            i += 2
        if i < len(words) and words[i] in self.cues.gerund_objects:
            i += 1
        return i < len(words) and words[i] in self.cues.np_breakers

    def _owned_noun_cue(self, frame: Frame) -> bool:
        """Whether a frame is a noun cue with its owner's possessive right before it ("Mr.
        Khan's criticism"): the owner is the noun's source, not the clause's subject."""
        return frame.source is not None and frame.cue.text.lower() in self.cues.noun_cues \
            and self.text[frame.source.end:frame.cue.start].strip() in {"'s", "’s"}

    def _participle_subject(self, ctx: Context, m: re.Match) -> Span | None:
        """The subject of the clause a participle cue closes (see ``_participle_frame``)."""
        k = next((n for n, t in enumerate(ctx.toks) if t.start >= m.start()), 0)
        rng = self._coordinated_subject(ctx.toks, k) if k else None
        if rng is not None and ctx.in_quote(ctx.toks[rng[0]].start):
            rng = None      # "a defense of “New York values,” saying …": not the subject
        if rng is None and k > 2:
            rng = self._clause_subject(ctx.toks, k)
        if rng is None:
            return None
        return Span.of(self.text, ctx.toks[rng[0]].start, ctx.toks[rng[1] - 1].end)

    def _participle_frame(self, ctx: Context) -> list[Frame]:
        """"The governor toured the town, promising that …": the subject that opens
        the sentence is the source of the participle."""
        m = self._participle(ctx, ctx.span.start, ctx.end)
        if not m:
            return []
        src = self._participle_subject(ctx, m)
        rest = ctx.content(self._past_listener(m, ctx.end), ctx.end)
        if src is None or rest is None:
            return []
        cue = Span(m.start("cue"), m.end("cue"), m.group("cue"))
        return [Frame([rest], cue, src, ctx.quote_kind(rest), src.end)]

    def goes_on_reporting(self, sentence: str) -> bool:
        """Whether a sentence after a speech frame, in the same paragraph and without a frame
        of its own, still reports what was said: it goes on about the same people ("They were
        deployed in groups …"), and is no "did not respond to requests for comment" line, nor
        a negated report ("She did not say how much …": ``denied`` by the last ``frames``),
        nor the outlet's note that it could not verify what was said ("They could not be
        independently verified", "We could not verify …": ``unverified_note``; not "They could
        not independently verify the claims", the speakers' own check, whose subject, a
        pronoun, is no outlet)."""
        first = sentence.split(maxsplit=1)[0].lower() if sentence.strip() else ""
        if first not in self.src.pronouns_singular | self.src.pronouns_plural \
                or self.denied or self.cues.no_statement.search(sentence):
            return False
        note = self.cues.unverified_note.search(sentence)
        return note is None or note.group("who") is not None

    def speech_cue(self, cue: Span | None) -> bool:
        """Whether a cue reports speech, so that the next sentence may go on with it."""
        if cue is None:
            return False
        low = cue.text.lower()
        return low in self.cues.strong_verbs or bool(self.cues.source_after.fullmatch(low)) \
            or not WORDISH.search(low)
