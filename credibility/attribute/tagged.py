"""Fallback frames read with part-of-speech tags: the subject the left scan cannot reach.

For a sentence in which the scans of ``frames`` find no frame but which holds a cue verb
(``rules/reporting_verbs.txt`` and the verb lists of ``rules/cues.toml``) outside quotation
marks, the sentence is tagged and chunked (``tagging.chunks``) and each cue read as a verb
(a verb tag inside a verb chunk, not a noun: "campaign reports show") looks for its subject:

* the noun phrase right before its verb group ("A group of rabbis is planning to boycott …",
  "The American Legion has twice complained …"), with the prepositional phrases attached to it
  ("Senator Ted Cruz of Texas");
* over an apposition or relative clause set off by commas or dashes ("Republican establishment
  figures — whose party was once … — both suggested …");
* for a second verb joined by a comma or "and" to an earlier one, that verb's subject
  ("X suggested A, called B and boycotted C").

The subject must be a plausible source (a name, a personal pronoun, an official, group,
organization or document), as for stance verbs elsewhere; the content runs from after the cue
to the next coordinated verb or the end of the sentence.  Only sentences with such a cue are
tagged, so the tagger's cost (3-7 µs a word) stays off most sentences.

The same reading splits a forward frame found by the scans whose content runs over further verbs
of its subject ("Lee attacked the plan, called it a fraud and urged voters to reject it"): the
sentence is tagged only when its one frame's content holds a cue after a comma or "and".
"""

from __future__ import annotations

import re
from bisect import bisect_left

from credibility.attribute.frames import Frame
from credibility.attribute.tagging import chunks, lexicon_tag
from credibility.attribute.tokens import OPEN_TOKENS, QUOTE_TOKENS, Context, Tok
from credibility.records import Span

_LAST_WORD = re.compile(r"([\w’'-]+) $")
"""The word right before a place, and the one space after it."""

_DASHES = frozenset({"—", "–", "―", "--"})
_SET_OFF = frozenset({","}) | _DASHES
"""Marks that set an apposition or relative clause off between a subject and its verb."""
_STOPS = frozenset({";", ":", "(", ")"}) | QUOTE_TOKENS
"""Marks no subject search crosses."""
_MAX_HOPS = 3
"""Most appositions or coordinated verbs crossed on the way back to a subject."""


def _quote_opening(marks: list[int], q: int) -> int | None:
    """The opening mark of the quotation that the mark at token ``q`` closes (an odd number of
    the sentence's quotation ``marks`` before it), or None when ``q`` opens one."""
    n = bisect_left(marks, q)
    return marks[n - 1] if n % 2 else None


class TaggedFrames:
    """The tagged fallback; mixed into the article reader (``_Analyzer``), whose ``text``,
    ``cues``, ``src`` and mention checks it uses."""

    def _tagged_frames(self, ctx: Context) -> list[Frame]:
        """Frames of the cue verbs of a sentence in which no other finder found one, in text
        order; [] when there is no candidate cue or the tagger is not installed."""
        toks = ctx.toks
        if ctx.span.text.rstrip().endswith("?"):
            return []       # "Don't you think …?": a question reports nothing
        cues = [i for i, t in enumerate(toks)
                if t.low in self.cues.verbs and t.low not in self.cues.raising_verbs
                and t.text.islower() and not ctx.in_quote(t.start)
                and not (0 < i < len(toks) - 1 and toks[i - 1].text == ","
                         and t.low.endswith("ed")
                         and toks[i + 1].low in self.cues.participle_phrase_prepositions)]
        #   "…, compared with a 95 ct loss": a participle phrase after a comma, no clause
        if not cues:
            return []
        tags = chunks(tuple(self._tagger_word(t) for t in toks))
        if tags is None:
            return []
        out: list[Frame] = []
        for i in cues:
            if out and any(c.start <= toks[i].start < c.end for c in out[-1].contents):
                continue    # a verb inside the content just found is that content's own
            frame = self._tagged_frame_at(ctx, tags, i)
            if frame is not None:
                out.append(frame)
        return out

    def _tagged_frame_at(self, ctx: Context, tags, i: int) -> Frame | None:
        """The frame of the cue verb at token ``i`` read with the sentence's ``tags``, or None
        (see the module for what is read and what is left out)."""
        toks = ctx.toks
        if not (tags[i][0].startswith("VB") and tags[i][1].endswith("-VP")):
            return None     # read as a noun or an adjective
        low, tag = toks[i].low, tags[i][0]
        v = self._verb_group_start(toks, tags, i)
        group = {t.low.removesuffix("n't").removesuffix("n’t") for t in toks[v:i]}
        if toks[v].low == "to" or (tag == "VBG" and not group & self.cues.passive_auxiliaries) \
                or (tag in {"VBN", "VBD"} and group & self.cues.passive_auxiliaries):
            return None     # an infinitive, a participle phrase ("Saudi Arabia seeking help")
            #                 or a passive ("was asked to", "aren't known as")
        if i + 1 < len(toks) and toks[i + 1].text == ",":
            return None     # "As far as I can tell, …": no object, no frame
        found = self._tagged_subject(toks, tags, v)
        if found is None:
            return None
        rng, joined = found
        if self._common_noun(ctx, rng):
            return None     # "Experience shows that …": no one speaks
        if tag == "VB" and not group and not (
                tags[rng[1] - 1][0] in {"NNS", "NNPS"} or tags[rng[1] - 1][0] == "PRP"
                and toks[rng[1] - 1].low not in self.src.pronouns_singular):
            return None     # a base form with no auxiliary: an imperative or a misread (not
            #                 "A majority of independents endorse …": a present plural)
        if tag == "VBN" and not group and not joined and not (
                i + 1 < len(toks) and tags[i + 1][1] == "B-NP"):
            return None     # "Respondents asked to pick …", "Blocher charged with …": a
            #                 passive; a participle with an object is the tagger's misreading
        after = self._skip_after_cue(toks, i, low)
        if after == i + 1 and after < len(toks) - 1 \
                and toks[after].low in self.cues.tagged_particles \
                and tags[after + 1][1] in self.cues.tagged_noun_phrase:
            after += 1      # "laid out a political reform agenda", not "said up to 1,800"
        if after == len(toks) - 1 and any(t.low == "to" for t in toks[i + 1:after]):
            after = i + 1   # "urged voters to reject it.": read as "told reporters."
        if any(toks[n].text == "." for n in range(i + 1, min(after + 1, len(toks) - 1))):
            after = i + 1   # "complained to Sanders officials since Jan. 22 about …"
        if after >= len(toks) or toks[after].low == "by":
            return None     # nothing after it, or a passive ("is supported by")
        if toks[i + 1].low in self.cues.not_after_cue_for.get(low, ()):
            return None     # ", compared with 190,000 tonnes": figures compared
        if self._adds_to_a_thing(toks, i):
            return None     # "adding to her delegate lead": no words added
        if toks[after].low in self.cues.listener_words and not (
                after + 1 < len(toks) and (toks[after + 1].low in self.cues.complementizers
                                           or toks[after + 1].low in self.cues.topic_words
                                           or toks[after + 1].text in OPEN_TOKENS)):
            return None     # "showed reporters around the plant": an act, as for forward frames
        if tag in {"VBN", "VBD"} and toks[after].low in self.cues.as_words:
            return None     # "a theologian known as Saint Jerome": a name, not a report
        if tags[after][0] == "IN" and toks[after].low not in self.cues.topic_words \
                and toks[after].low not in self.cues.complementizers \
                and toks[after].low not in self.cues.tagged_particles:
            return None     # "sang at his funeral", "appeared in a film": where, not what
        if tags[after][0] in self.cues.tagged_finite or tags[after][0] == "MD":
            return None     # "the bill he thought would displace workers": a relative clause
        if toks[after].low in self.cues.coordinators or tags[after][0] == "CC":
            return None     # "pushing, and the two were …": no object, another clause
        if toks[after].low == "to" and after + 1 < len(toks) \
                and tags[after + 1][0] == "VB" and low not in self.cues.infinitive_verbs:
            return None     # "Trump continues to lead": an aspect, not a stance (as for
            #                 forward frames, only the verbs of ``infinitive_verbs`` take one)
        if low in self.cues.clause_verbs and toks[rng[1] - 1].low not in self.src.document_heads \
                and not self._clause_tags(toks, tags, after):
            return None     # "Hale wrote 118 cheques": an act, as for forward frames
        if low in self.cues.speaking_verbs and self._introduces_listener(toks, i):
            return None     # "We spoke to Margaret Fell, who …", as for forward frames
        if low in self.cues.cognition_verbs and self._manner_only(toks, after):
            return None     # "must think again before it is too late", as for forward frames
        end = self._tagged_content_end(ctx, tags, after)
        c = ctx.content(toks[after].start, end, shortest=2)
        if c is None or (len(c.text) < 8 and not c.text[:1].isupper()):
            return None     # a short object is kept when it is a name, as for forward frames
        src = Span.of(self.text, toks[rng[0]].start, toks[rng[1] - 1].end)
        cue = Span(toks[i].start, toks[i].end, toks[i].text)
        return Frame([c], cue, src, ctx.quote_kind(c), src.end)

    def _tagged_coordinated(self, ctx: Context, frames: list[Frame]) -> list[Frame]:
        """"Lee attacked the plan, called it a fraud and urged voters to reject it": a forward
        frame whose content runs over further verbs of the same subject (after a comma or
        "and") ends before the first of them, and each that is a cue is a frame of its own
        with the same source, when the tags read it as a verb whose subject is that source."""
        toks = ctx.toks
        fwd = [f for f in frames if f.forward_from is not None and f.source is not None
               and len(f.contents) == 1]
        if len(frames) != 1 or not fwd:
            return frames
        f = fwd[0]
        c = f.contents[0]
        cand = [n for n in range(1, len(toks)) if c.start < toks[n].start < c.end
                and toks[n].low in self.cues.verbs and toks[n].text.islower()
                and not ctx.in_quote(toks[n].start)
                and (toks[n - 1].text == "," or toks[n - 1].low in self.cues.verb_coordinators)]
        if not cand:
            return frames
        tags = chunks(tuple(self._tagger_word(t) for t in toks))
        if tags is None:
            return frames
        more = []
        for n in cand:
            g = self._tagged_frame_at(ctx, tags, n)
            if g is None or g.source is None or g.source.start != f.source.start:
                continue
            more.append(g)
        if not more:
            return frames
        joint = bisect_left([t.start for t in toks], more[0].cue.start) - 1
        if toks[joint].low in self.cues.verb_coordinators and toks[joint - 1].text == ",":
            joint -= 1
        head = ctx.content(c.start, toks[joint].start, shortest=2)
        if head is None:
            return frames
        f.contents[0] = head
        return frames + more

    def _gerund_subject(self, toks: list[Tok], k: int) -> tuple[int, int] | None:
        """The subject of the clause whose preposition at token ``k`` takes a cue in -ing
        ("Justice Clarence Thomas broke a decade-long silence by asking …", "Clinton clearly
        erred in saying …"): the subject of the nearest finite verb before ``k``, read with
        the tags; None when there is none or it is no plausible source."""
        tags = chunks(tuple(self._tagger_word(t) for t in toks[:k]))
        if tags is None:
            return None
        n = k - 1
        while n >= 0 and not self._clause_verb(toks, tags, n, self.cues.tagged_finite | {"MD"}):
            if toks[n].text in _STOPS:
                return None
            n -= 1
        if n < 0 or toks[k].low != "by" and toks[n].low in self.cues.verbs:
            return None     # "said in announcing his resignation that …": the said's frame
        found = self._tagged_subject(toks, tags, self._verb_group_start(toks, tags, n))
        if found is None or not self._plausible(toks[found[0][0]:found[0][1]]):
            return None
        return found[0]

    @staticmethod
    def _tagger_word(tok: Tok) -> str:
        """The word as the tagger's lexicon (Penn Treebank tokens) writes it: a dash as a comma
        (it sets off an apposition), curly quotes straight, "Trump's" as "Trump"."""
        if tok.text in _DASHES:
            return ","
        if tok.text in QUOTE_TOKENS:
            return '"'
        if tok.text.endswith(("'s", "’s")) and len(tok.text) > 2:
            return tok.text[:-2]
        return tok.text

    def _verb_group_start(self, toks: list[Tok], tags, i: int) -> int:
        """First token of the verb group ending at the cue ``i`` ("is planning to boycott",
        "both suggested")."""
        v = i
        while v > 0 and (tags[v - 1][0] in self.cues.tagged_verb_group
                         or toks[v - 1].low in self.cues.tagged_floating):
            v -= 1
        return v

    def _clause_verb(self, toks: list[Tok], tags, n: int, finite: frozenset[str]) -> bool:
        """Whether token ``n`` is a verb heading a clause: a tag of ``finite`` in a verb chunk,
        not a participle after a determiner or possessive ("Trump's fired campaign manager")."""
        return tags[n][0] in finite and tags[n][1].endswith("-VP") and not (
            n and toks[n - 1].low not in self.cues.tagged_floating and (
                tags[n - 1][0] in {"DT", "PRP$", "POS"} or toks[n - 1].text.endswith(("'s", "’s"))))

    def _tagged_subject(self, toks: list[Tok], tags,
                        v: int) -> tuple[tuple[int, int], bool] | None:
        """(token range of the subject of the verb group starting at ``v``, whether it was
        reached over an earlier verb of the same subject), or None (see the module)."""
        joined = False
        marks: list[int] | None = None
        for _ in range(_MAX_HOPS + 1):
            p = v - 1
            if p < 0 or toks[p].text in _STOPS:
                return None
            if tags[p][1] in self.cues.tagged_noun_phrase:
                rng = self._tagged_noun_phrase(toks, tags, p) or self._opening_subject(toks, tags, v)
                return None if rng is None else (rng, joined)
            if toks[p].text not in _SET_OFF and toks[p].low not in self.cues.verb_coordinators:
                return None
            coordinated = toks[p].low in self.cues.verb_coordinators
            if coordinated and p > 0 and toks[p - 1].text == ",":
                p -= 1      # ", and blamed …": one joint
            marked = not coordinated
            dash = marked and toks[p].text in _DASHES
            # back to the mark that opens the segment before the joint (the other dash of a
            # pair: a clause between dashes may hold commas)
            q = p - 1
            quoted: set[int] = set()
            while q >= 0 and not (
                    toks[q].text in _DASHES if dash else (
                        toks[q].text in _SET_OFF
                        or (coordinated and toks[q].low in self.cues.verb_coordinators))):
                if toks[q].text in QUOTE_TOKENS:
                    # "exhorted Republicans to “vote your conscience” and said …": a
                    # quotation inside the segment is stepped over to its opening mark
                    if marks is None:
                        marks = [n for n, t in enumerate(toks) if t.text in QUOTE_TOKENS]
                    o = _quote_opening(marks, q)
                    if o is None:
                        break
                    quoted.update(range(o, q + 1))
                    q = o
                elif toks[q].text in _STOPS:
                    break
                q -= 1
            seg = range(q + 1, p)
            if not seg:
                return None
            first = seg[0]
            rel = next((n for n in seg if n > first and toks[n].low in self.cues.relative_words),
                       p)
            if marked and q >= 0 and toks[q].text == toks[p].text and (
                    toks[first].low in self.cues.relative_words
                    or not any(self._clause_verb(toks, tags, n, self.cues.tagged_clause_verb)
                               for n in range(first, rel))):
                # ", a Democrat who …," between two marks: the subject ends before the first
                if q == 0 or tags[q - 1][1] not in self.cues.tagged_noun_phrase:
                    return None
                rng = self._tagged_noun_phrase(toks, tags, q - 1)
                return None if rng is None else (rng, joined)
            verb = next((n for n in seg if n not in quoted and self._clause_verb(
                toks, tags, n, self.cues.tagged_finite)), None)
            if verb is None:
                return None
            # "…, called B and boycotted C": on to the subject of "called"
            v = self._verb_group_start(toks, tags, verb)
            joined = True
        return None

    def _opening_subject(self, toks: list[Tok], tags, v: int) -> tuple[int, int] | None:
        """The whole stretch from the start of the clause to the verb group at ``v`` when it is
        one noun phrase with what modifies it, no clause ("People involved in the lobbying
        project offered …", "A survey conducted by the network found …"), and its first noun
        phrase is a plausible source."""
        c = next((n + 1 for n in range(v - 1, -1, -1) if toks[n].text == ";"), 0)
        while c < v and toks[c].low in self.cues.leading_words:
            c += 1
        if c >= v or v - c > 15 or tags[c][1] != "B-NP":
            return None
        for n in range(c, v):
            t = toks[n]
            if tags[n][0] in self.cues.tagged_clause_verb or t.text in _SET_OFF \
                    or t.text in QUOTE_TOKENS or not (t.low in self.src.noun_phrase_joiners or (
                        t.low not in self.cues.clause_boundaries
                        and t.low not in self.cues.relative_words)):
                return None
        head = c + 1
        while head < v and tags[head][1] == "I-NP":
            head += 1
        if not self._valid_source(toks[c:v]) or not self._plausible(toks[c:head]):
            return None
        return c, v

    def _tagged_noun_phrase(self, toks: list[Tok], tags, e: int) -> tuple[int, int] | None:
        """The noun phrase ending at token ``e`` with the prepositional phrases attached to it
        ("Senator Ted Cruz of Texas", "A group of rabbis"), when it opens its clause (the
        sentence, or after a comma, dash, opening quote or clause boundary); else None."""
        s = e
        while s > 0 and tags[s][1] == "I-NP":
            s -= 1
        for _ in range(2):
            # "of Texas": a preposition attached to the noun phrase before it
            if s > 1 and toks[s - 1].low in self.src.organization_prepositions \
                    and tags[s - 2][1] in self.cues.tagged_noun_phrase:
                s -= 2
                while s > 0 and tags[s][1] == "I-NP":
                    s -= 1
        pronoun = next((n for n in range(e, s, -1) if tags[n][0] == "PRP"), None)
        if pronoun is not None:
            return (pronoun, e + 1) if pronoun == e else None
            # "the novel Dark Matters I think": a pronoun is a noun phrase of its own
        while s > 1 and self._abbreviation_dot(toks, s - 1):
            s -= 2      # "Sen. Ann Lee": the tokenizer cut the title's point off
        while s < e and toks[s].low in self.cues.leading_words:
            s += 1
        if s > 0:
            before = toks[s - 1]
            opens = s == 1 or toks[s - 2].text in _SET_OFF or toks[s - 2].text in OPEN_TOKENS
            if not (before.text in _SET_OFF or before.text in OPEN_TOKENS or before.text == ";"
                    or (before.low in self.cues.clause_boundaries
                        or before.low in self.cues.leading_words and opens)
                    and before.low not in self.src.prepositions):
                # the object of an earlier verb or preposition ("with the troops under his
                # command Gordon decided"); "But officials say" opens its clause
                return None
        seg = toks[s:e + 1]
        if not self._valid_source(seg) or not self._plausible(seg):
            return None
        return s, e + 1

    def _tagged_content_end(self, ctx: Context, tags, k: int) -> int:
        """Where the content starting at token ``k`` ends: before a comma or "and" that opens a
        second verb of the same subject, before a semicolon, else at the sentence end."""
        toks = ctx.toks
        for n in range(k + 1, len(toks) - 1):
            if ctx.in_quote(toks[n].start):
                continue
            if toks[n].text == ";":
                return toks[n].start
            if toks[n].text == "," and toks[n + 1].low in self.cues.coordinators:
                return toks[n].start    # "…, but we come up with …": another clause
            if toks[n].text == "," or toks[n].low in self.cues.verb_coordinators:
                m = n + 1
                while m < len(toks) and tags[m][0].startswith("RB"):
                    m += 1
                if m < len(toks) and tags[m][0] in self.cues.tagged_finite \
                        and tags[m][1] == "B-VP" and toks[m].text.islower():
                    return toks[n].start
        return ctx.end if not ctx.in_quote(ctx.end - 1) else ctx.span.end

    def _no_noun_phrase(self, ctx: Context, source: Span) -> bool:
        """Whether the source phrase ``source`` of a frame holds no word that may head a noun
        phrase, read with the tags of its sentence: a verb, an adverb or a preposition the scans
        took for a subject ("… and came away convinced that", "…, perhaps recognizing that",
        "Recently, however, it issued …").  Only a phrase that holds no capitalised word inside
        the sentence, no number, determiner or pronoun and no word the lexicon reads as a noun
        (or does not know) is tagged, so most sources cost a dictionary look-up a word."""
        toks = ctx.toks
        first = next((n for n, t in enumerate(toks) if t.text[:1].isalnum()), 0)
        #       (the first word, after any quotation mark or bracket: "(Having said that, …")
        inside = [n for n, t in enumerate(toks) if t.start < source.end and t.end > source.start]
        src = self.src
        for n in inside:
            t = toks[n]
            word = self._tagger_word(t)
            if t.text[:1].isupper() and n != first or t.text[:1].isdigit() \
                    or t.low in src.determiners or t.low in src.quantifiers \
                    or t.low in src.pronouns_singular or t.low in src.pronouns_plural \
                    or t.low in src.pronouns_neutral \
                    or t.low in self.cues.relative_subjects and n != first:
                return False    # (a relative pronoun stands for the noun before it: "a
                #                 message that said"; not "That said, …")
            tag = lexicon_tag(word.lower()) or lexicon_tag(word)
            if tag is None or tag in self.cues.tagged_noun_heads:
                return False
        tags = chunks(tuple(self._tagger_word(t) for t in toks))
        if tags is None or not inside:
            return False
        heads = self.cues.tagged_noun_heads
        if any(tags[n][0] in heads for n in inside):
            return False
        # "Cuban said", "Shook said": a name opening the sentence that the lexicon knows as
        # another word keeps a tag no adverb, verb or function word has
        if inside[0] == first and toks[first].text[:1].isupper() and (
                tags[first][0] not in self.cues.tagged_not_names
                or self._name_elsewhere(toks[first])):
            return False
        return True

    def _name_elsewhere(self, tok) -> bool:
        """Whether the capitalised word ``tok`` stands capitalised inside a sentence elsewhere
        in the text, after another capitalised word ("Rather said" after "Dan Rather", "Early
        said" after "Rep. Gerald Early"; review 25): a surname the article gave, no adverb."""
        for m in re.finditer(rf"(?<=[\w’'-] ){re.escape(tok.text)}\b", self.text):
            before = _LAST_WORD.search(self.text, max(0, m.start() - 40), m.start())
            if m.start() != tok.start and before is not None and before.group(1)[:1].isupper():
                return True
        return False

    def _coordinated_verb_subject(self, ctx: Context, k: int) -> tuple[int, int] | None | bool:
        """For a source phrase starting at token ``k`` that is a verb joined by "and" or "but"
        to the clause's first verb, with its object ("McConnell met with her … and came away
        convinced that", "Ban Ki-moon … vowed … and established a policy urging …"): the token
        range of the first verb's subject, up to that verb ("The senator met …" is "The
        senator"), or None when there is none.  False when the phrase is no such verb.  Only
        after a coordinator, a lower-case word the lexicon reads as a verb is tagged in its
        sentence."""
        toks = ctx.toks
        if not 0 < k < len(toks) or toks[k - 1].low not in self.cues.verb_coordinators \
                or not toks[k].text.islower() or lexicon_tag(toks[k].low) not in \
                self.cues.tagged_finite | self.cues.tagged_clause_verb:
            return False
        tags = chunks(tuple(self._tagger_word(t) for t in toks))
        if tags is None or tags[k][0] not in self.cues.tagged_finite:
            return False
        rng = self._coordinated_subject(toks, k - 1)
        if rng is None:
            return None
        s, e = rng
        verb = next((n for n in range(s + 1, e) if tags[n][0] in self.cues.tagged_clause_verb), e)
        return s, verb

    def _fronted_participle(self, ctx: Context, frames: list[Frame]) -> list[Frame]:
        """"Noting that the plan had failed, Lee said …", "After suggesting on Wednesday that
        he regretted it, Mr. Rubio …", "Having announced …, Judge Berman …": a participle
        clause of a cue verb opens the sentence (perhaps after "but", a preposition of
        ``gerund_prepositions`` or an adverb in -ly); its speaker is the subject of the main
        clause after the comma that ends it, read with the tags, and its content what follows
        the cue up to that comma.  A frame of the scans whose source is the participle itself
        ("Having" announced) is dropped.  ``frames`` with the new frame first, or unchanged."""
        toks = ctx.toks
        k = 0
        if k < len(toks) and toks[k].low in self.cues.verb_coordinators:
            k += 1
        if k < len(toks) and toks[k].low in self.cues.gerund_prepositions:
            k += 1
        if k < len(toks) and self._adverb(toks[k]):
            k += 1
        first = k
        if k + 3 >= len(toks) or ctx.in_quote(toks[k].start):
            return frames
        if toks[k].low == "having" and toks[k + 1].low in self.cues.verbs:
            k += 1      # "Having announced that …"
        low = toks[k].low
        if not (low.endswith("ing") or first < k) or low not in self.cues.verbs \
                and low not in self.cues.participles \
                or low in self.cues.speaking_verbs or low in self.cues.raising_verbs \
                or self._gerund_subject_at(toks[k].end, ctx.end):
            return frames   # "Speaking to reporters, …": where, no content; "Saying no is …"
        last = k
        phrasal = self.cues.phrasal_cues.match(self.text, toks[k].start) \
            if low in self.cues.phrasal_first else None
        if phrasal is not None:     # "Responding to …", "Pointing to …"
            while last + 1 < len(toks) and toks[last + 1].end <= phrasal.end():
                last += 1
        after = self._skip_after_cue(toks, last, low)
        tags = None
        for m in range(after + 1, len(toks) - 2):
            if toks[m].text != "," or ctx.in_quote(toks[m].start):
                continue
            if tags is None:
                tags = chunks(tuple(self._tagger_word(t) for t in toks))
                if tags is None:
                    return frames
            rng = None
            for v in range(m + 2, len(toks)):
                if toks[v].text in _STOPS and not ctx.in_quote(toks[v].start):
                    break
                if not self._clause_verb(toks, tags, v, self.cues.tagged_finite | {"MD"}):
                    continue
                # the first verb whose subject opens right after the comma (over an
                # apposition: "Recalling that moment, David Axelrod, who was …, said"), read
                # with the tags or, where they cut the phrase ("the billionaire | real estate
                # mogul"), by the left scan
                g = self._verb_group_start(toks, tags, v)
                found = self._tagged_subject(toks, tags, g)
                rng = found[0] if found is not None else self._left_source(toks, g)
                if rng is not None and rng[0] == m + 1 and self._plausible(toks[rng[0]:rng[1]]) \
                        and not any(self._clause_verb(toks, tags, n, self.cues.tagged_finite)
                                    for n in range(*rng)):
                    break
                rng = None
            if rng is None:
                continue    # a comma inside the participle's own clause ("Noting that A, B
                #             and C, Lee said"): the subject opens after a later one
            content = ctx.content(toks[after].start, toks[m].start)
            if content is None:
                return frames
            src = Span.of(self.text, toks[rng[0]].start, toks[rng[1] - 1].end)
            cue = Span.of(self.text, toks[first].start, toks[last].end)
            own = [f for f in frames if not (f.source is not None and f.source.start < cue.end)
                   and f.cue.start != toks[k].start]
            return [Frame([content], cue, src, ctx.quote_kind(content), src.end)] + own
        return frames
