"""Mention boundaries: where the source phrase of a cue starts and ends.

To the left of a cue ("Sen. Ann Lee, D-N.Y., said"), over appositions and relative clauses set
off by commas; to the right of an inverted cue ("said the official, who …"); the subject of a
verb joined by "and"; the noun phrase a relative "who" stands for.  All scans are bounded by
``SCAN_LIMIT`` tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from credibility.attribute.names import AGE, appositive_name, is_role, person_name
from credibility.attribute.tagging import lexicon_tag
from credibility.attribute.tokens import (
    CALENDAR,
    CLOSE_TOKENS,
    FORWARD_BEFORE,
    OPEN_TOKENS,
    QUOTE_TOKENS,
    RIGHT_STOPS,
    SCAN_LIMIT,
    SEGMENT_STOPS,
    WORDISH,
    Tok,
    cardinal,
    clause_like,
    is_adverb,
    is_past_verb,
    tokenize,
)
from credibility.records import Span

_SUBJECT_ENDS = frozenset({",", "(", "—", "–", "-", ";", ":"}) | QUOTE_TOKENS
"""Tokens that end the noun phrase opening a sentence."""
_SET_OFF = frozenset({",", "—", "–", "-"})
_DASHES = _SET_OFF - {","}
_DATELINE_REACH = 10
"""Tokens a wire dateline may take before its dash ("WASHINGTON, Dec. 8 (UPI) —")."""
_CITY_WORDS = 4
"""Tokens of a dateline's place in capitals without a wire ("ATLANTIC CITY —"); a longer run
in capitals is a headline ("RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones:")."""


def _past_dateline(toks: list[Tok], s: int, j: int) -> int:
    """The first token after a wire dateline that opens the sentence at ``s`` ("New York (AFP)
    – Vice President Joe Biden hit …", "ATLANTIC CITY — Hillary Clinton …"): capitalised words,
    perhaps a date, then a dash after the wire's name in brackets or after a place in capitals;
    ``s`` when none opens it (not "Hillary Clinton — the nominee — said")."""
    dash = next((n for n in range(s + 1, min(j, s + _DATELINE_REACH)) if toks[n].text in _DASHES),
                None)
    if dash is None or not all(t.text[:1].isupper() or t.text[:1].isdigit()
                               or t.text in {",", ".", "(", ")"} for t in toks[s:dash]):
        return s
    if toks[dash - 1].text == ")" or toks[s].text.isupper() and len(toks[s].text) > 1 \
            and dash - s <= _CITY_WORDS:
        return dash + 1
    return s
"""Marks that set an apposition or relative clause off between a subject and its verb."""


_DOTTED = re.compile(r"[A-Z](?:\.[A-Z])+")
"""A dotted acronym without its last dot, as tokenized ("U.N", "U.S")."""

_LABEL_WORDS = 4
"""Most words of a quoted label inside a source phrase ("marked “strictly confidential”")."""

_RELATIVE_REACH = 24
"""Tokens a relative clause before a speech verb may span ("A worker who asked not to be named
because he was not authorised to speak to the press said": 17)."""


def _quoted_label_start(toks: list[Tok], m: int, determiners: frozenset[str]) -> int | None:
    """Where a short quotation of words that closes right before token ``m`` opens, after a
    word of the phrase that is no determiner: a label ("a report, marked “confidential”,",
    "the memo, titled “Next Steps”,"), not a quotation's content nor a name the writer
    doubts ("the “Smithsonian Museum” in Washington"); None when there is none."""
    if m < 3 or toks[m - 1].text not in CLOSE_TOKENS:
        return None
    for k in range(m - 2, max(m - 3 - _LABEL_WORDS, 0), -1):
        if toks[k].text in OPEN_TOKENS:
            return k if k > 0 and k < m - 2 and WORDISH.match(toks[k - 1].text) \
                and toks[k - 1].low not in determiners else None
        if not WORDISH.match(toks[k].text):
            return None
    return None


def _without_quoted_labels(toks: list[Tok], determiners: frozenset[str]) -> list[Tok]:
    """``toks`` without the short quoted labels inside them (``_quoted_label_start``)."""
    out = list(toks)
    m = len(out)
    while m > 0:
        start = _quoted_label_start(out, m, determiners)
        if start is not None:
            del out[start:m]
            m = start
        m -= 1
    return out



def _outside_brackets(toks: list[Tok]) -> list[Tok]:
    """The tokens of a phrase outside its parentheses: a ticker or an acronym in brackets
    ("Halvorsen Foods Inc. (NYSE: HLVF)") is no part of the phrase's grammar."""
    out, depth = [], 0
    for t in toks:
        if t.text == "(":
            depth += 1
        elif t.text == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(t)
    return out

def _segment_start(toks: list[Tok], m: int, end: int) -> int:
    """Start of the comma-delimited segment that ends at ``m``, over the parentheses inside it
    ("president of Cie de Raffinage-Distribution (CRD) Total France (RAFF.PA),"); a dash or
    another stop mark ends it."""
    while m > 0 and end - m < SCAN_LIMIT:
        mark = toks[m - 1].text
        if mark == ")":
            k = m - 2
            while k >= 0 and m - k < 9 and toks[k].text not in {"(", ")"}:
                k -= 1
            if k >= 0 and toks[k].text == "(":
                m = k
                continue
            break
        if mark in SEGMENT_STOPS or mark in _DASHES:
            break
        m -= 1
    return m


def _acronym(toks: list[Tok], k: int) -> bool:
    """Whether ``toks[k]`` is an acronym: two or more capitals before a word that is not all
    capitals ("IT manager Carol Penn", "US officials"), not a word of an all-capitals line
    ("IT WAS …"), though its lower case spells a pronoun or other function word."""
    t = toks[k]
    return len(t.text) > 1 and t.text.isupper() and t.text.isalpha() \
        and k + 1 < len(toks) and not toks[k + 1].text.isupper()


class MentionBoundaries:
    """Token ranges of source phrases; mixed into the article reader (``_Analyzer``), whose
    ``text``, ``rules``, ``cues`` and ``src`` it reads."""

    def _valid_source(self, toks: list[Tok]) -> bool:
        if not toks or len(toks) > 40:
            return False
        first = toks[0].low
        if " ".join(t.low for t in toks) in self.src.elliptical_members:
            # "Another said", "One said": one more of the anonymous people just quoted
            return self.elliptical_antecedent(toks[0].start) is not None
        if toks[0].text in "()" or not WORDISH.match(toks[0].text) and toks[0].text not in \
                QUOTE_TOKENS:
            return False    # "- Turning", "(Reuters": a list item or a bracket, not a name
        last = toks[-1].low
        if len(toks) > 1 and last in self.src.determiners and not (
                last in self.src.indefinite and len(last) > 2):
            # "officials resent the", "some of their": the phrase runs on into a noun after it;
            # a number or quantifier may end one ("Two in three", "some").
            return False
        if first in self.src.not_sources and not _acronym(toks, 0) and not (
                len(toks) > 1 and toks[-1].low in self.src.group_heads | self.src.anonymous_heads
                | self.src.official_heads | self.src.resident_heads) and not (
                first in self.src.quantifiers and len(toks) > 1 and toks[1].text.isalnum()
                and toks[1].low not in self.src.determiners and toks[1].low not in self.cues.verbs
                and len(toks[-1].text) > 2 and toks[-1].low not in self.src.not_sources):
            # "Some experts said" and "one user commented" are sources, "Some said" or "that …"
            # is not.
            return False
        if all(t.low in self.src.determiners or not WORDISH.match(t.text) for t in toks) and not (
                len(toks) == 1 and first in self.src.group_heads):
            return False     # "the said", but "Some say" is a source
        if not any(WORDISH.match(t.text) for t in toks):
            return False
        if any(t.low in self.src.time_words for t in toks) and all(
                t.low in self.src.time_words or t.low in self.src.time_modifiers for t in toks):
            return False    # "early Friday", "during Tuesday": when, not who
        src = self.src
        if any(t.low in src.superlatives and n and toks[n - 1].low in src.articles
               for n, t in enumerate(toks)) and (toks[-1].low in src.superlatives or toks[-1].low
                                                 not in src.document_heads | src.official_heads
                                                 | src.official_heads_plural | src.group_heads
                                                 | src.anonymous_heads | src.resident_heads):
            return False    # "One of the most widely noticed works": a superlative (but "The
            #                 most recent poll", "the most senior official" name a source)
        if any(t.text in ";:" for t in _outside_brackets(toks)) or any(
                t.text in QUOTE_TOKENS for t in _without_quoted_labels(toks, self.src.determiners)):
            return False
        # A possessive is a determiner of something else: "Acme's requests".
        return not toks[-1].text.endswith(("'s", "’s")) and toks[-1].text not in {"'s", "’s"}

    def _adverb(self, tok: Tok) -> bool:
        """A manner adverb in -ly, not a noun like "family" or "rally"."""
        return is_adverb(tok) and tok.low not in self.cues.not_adverbs

    def _org_word_before(self, toks: list[Tok], k: int) -> bool:
        """Whether the capitalised name that ends before token ``k`` (through its connectives,
        "of") holds an organization word ("Department of Health")."""
        n = k - 1
        while n >= 0 and k - n <= 8 and (toks[n].text[:1].isupper()
                                         or toks[n].low in self.src.name_connectives
                                         or self._name_list_comma(toks, n)):
            if toks[n].text in self.src.org_words or (
                    # "Department for Environment, Food and Rural Affairs"
                    n > 1 and toks[n - 1].low in self.src.name_prepositions
                    and toks[n - 2].text in self.src.org_words):
                return True
            n -= 1
        return False

    @staticmethod
    def _name_list_comma(toks: list[Tok], n: int) -> bool:
        """Whether ``toks[n]`` is a comma between two capitalised words ("Environment, Food"),
        as in a serial list inside an organization's name."""
        return toks[n].text == "," and 0 < n < len(toks) - 1 \
            and toks[n - 1].text[:1].isupper() and toks[n + 1].text[:1].isupper()

    def _served_names_start(self, toks: list[Tok], conj: int) -> int | None:
        """Where a serving head's phrase starts when the capitalised words before "and" at
        ``conj`` follow its serving preposition ("aides to Sens. Mitch McConnell (Ky.)",
        "lawyers for Smith"): the index of the head, else None."""
        k = conj
        while k > 0 and conj - k < 10:
            t = toks[k - 1]
            if t.text == ")":
                while k > 0 and toks[k - 1].text != "(":
                    k -= 1
                k -= 1
                continue
            if t.low in self.src.serving_prepositions:
                return k - 2 if k > 1 and toks[k - 2].low in self.src.serving_heads \
                    and k < conj else None
            if not t.text[:1].isupper() and t.text != ".":    # ("Sens. Mitch McConnell")
                return None
            k -= 1
        return None

    def _np_start(self, toks: list[Tok], j: int, limit: int = 12) -> int:
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
            if t.low in self.cues.clause_boundaries and (
                    i > 1 and t.low in self.src.prepositions
                    and (toks[i - 2].low in self.src.attached
                         or t.low in self.src.serving_prepositions
                         and toks[i - 2].low in self.src.serving_heads)
                    or i > 2 and t.low in self.src.participle_prepositions
                    and is_past_verb(toks[i - 2])
                    and toks[i - 3].low not in self.cues.clause_boundaries
                    and (t.low != "to" or i < j and (toks[i].low in self.src.determiners
                                                     or toks[i].text[:1].isupper()))):
                i -= 1      # "a source close to the investigation", "an officer assigned to
                continue    # the case": "to" opens no clause here
            if t.text == "," and 1 < i < j and self._name_list_comma(toks, i - 1) \
                    and any(toks[n].low == "and" and toks[n + 1].text[:1].isupper()
                            for n in range(i + 1, j - 1)) \
                    and self._org_word_before(toks, i - 1):
                i -= 1      # "the Department for Environment, Food and Rural Affairs": a
                limit += 1  # serial list inside one organization's name (its commas uncounted)
                continue
            if t.text == "," and 1 < i < j and toks[i].text in self.src.legal_forms \
                    and toks[i - 2].text[:1].isupper() \
                    and toks[self._name_start(toks, i - 1)].text not in self.src.first_names:
                i -= 1      # "Helix Biotherapeutics, Inc.": the legal form is the name's
                continue
            if t.low in self.src.name_prepositions and 1 < i < j \
                    and toks[i].text[:1].isupper() and toks[i - 2].text in self.src.org_words:
                i -= 1      # "the Department for Education", "the Ministry of Defence"
                continue
            if t.low == "and" and 1 < i < j and toks[i - 2].text[:1].isupper() \
                    and toks[i].text[:1].isupper() and (
                        any(x.text in self.src.org_words for x in toks[i:j])
                        or self._org_word_before(toks, i - 1)
                        or toks[j - 1].low in self.src.org_anaphors
                        and all(x.text[:1].isupper() for x in toks[i:j - 1])):
                # (or a common noun for an organization after the capitalised words: "the
                # United Food and Commercial Workers union")
                i -= 1      # "the Food and Drug Administration", "the Department of Health and
                continue    # Social Care": one organization's name
            if t.low == "and" and 1 < i < j and toks[i].text[:1].isupper():
                served = self._served_names_start(toks, i - 1)
                if served is not None:
                    i = served  # "Aides to Sens. Mitch McConnell and Pete Wilson", "Lawyers
                    continue    # for Smith and Jones": the names are whom the head serves
            if t.low == "and" and 1 < i < j and (self._two_people(toks, i - 1, j)
                                                  or self._one_capitalised_subject(toks, i - 1, j)):
                i -= 1      # "Smith and Jones said", "John Smith and Mary Jones said": the
                continue    # two speak together ("Pacific Gas and Electric says": one name)
            if t.low == "and" and 1 < i and j - i >= 2 and (
                    toks[i - 2].text.islower() or i == 2 and toks[0].text[1:].islower()) \
                    and toks[i].text.islower() and self._np_token(toks[i - 2]) \
                    and self._np_token(toks[i]) and toks[i - 2].low not in self.src.determiners \
                    and not is_past_verb(toks[i]) and self._head_noun(toks[j - 1]) \
                    and (i < 3 or toks[i - 3].low not in self.src.prepositions):
                i -= 1      # "police and fire officials", "state and federal records": two
                continue    # modifiers of one head
            if t.low == "and" and 1 < i and 2 <= j - i <= 3 and toks[i].text[:1].isupper() \
                    and toks[i].text.isalpha() and toks[i - 2].text[:1].isupper() \
                    and toks[i - 2].text.isalpha() and (
                        i == 2 or not toks[i - 3].text[:1].isupper()) \
                    and all(x.text.islower() and self._np_token(x) for x in toks[i + 1:j]) \
                    and self._head_noun(toks[j - 1]) and not is_past_verb(toks[j - 1]):
                i -= 1      # "Saudi and Qatari mediators", "American and European officials":
                continue    # two capitalised modifiers of one head (trial 23)
            if t.low in self.src.pronouns_singular or t.low in self.src.pronouns_plural:
                # "the report she described": a pronoun right before the verb is the source.
                if i < j:
                    i -= 1
                    break
            if not self._np_token(t) and not self._name_end(toks, i - 1) and not (
                    t.low in self.cues.verbs and ((i > 1 and (
                        toks[i - 2].low in self.src.determiners or toks[i - 2].text.endswith("s")
                        or toks[i - 2].text[:1].isupper()
                        # "The police reports show", "a council report said": right before
                        # the verb, after a noun, a word spelt like a verb is the noun (two
                        # verbs cannot follow each other)
                        or i == j and toks[i - 2].text.islower()
                        and self._np_token(toks[i - 2])
                        and toks[i - 2].low not in self.src.pronouns_singular
                        and toks[i - 2].low not in self.src.pronouns_plural))
                        or (i == 1 and t.text[:1].isupper() and t.low in self.src.document_heads)
                        # "The poll released Friday shows": a participle and its time modify
                        # the noun (a reduced relative clause)
                        or i < j and t.low.endswith("ed") and is_past_verb(t) and i > 1
                        and all(toks[n].low in self.src.time_words for n in range(i, j))
                        or (t.low in self.src.document_heads and i < len(toks)
                            and (toks[i].text == "," or toks[i - 2].text[:1].isdigit()
                                 or toks[i].low in self.src.prepositions)
                            and self._modified(toks, i - 1)))):
                # "Polls show …": a document head opening the sentence is the noun, not a verb.
                # "A report by the auditor found": "report" is a noun after a determiner, and
                # after an article and a year ("A 2022 report by the WHO concluded") or other
                # modifiers ("a new report by the council said").
                break
            i -= 1
        while i < j and toks[i].low in self.cues.leading_words:
            i += 1
        return i

    def _two_people(self, toks: list[Tok], k: int, j: int) -> bool:
        """Whether ``toks[k]`` is an "and" between two personal names that end at ``j``: each
        a first name and a surname ("John Smith and Mary Jones"), or the surname of a person
        the article names in full ("Smith and Jones" after "Ann Smith" and "Bob Jones")."""
        right = toks[k + 1:j]
        left_start, words = k, 0
        while left_start > 0 and words < 3 and (
                toks[left_start - 1].text[:1].isupper()
                and toks[left_start - 1].low not in self.src.determiners
                or self._title_period(toks, left_start - 1)):
            left_start -= 1     # ("Mr. Patel": the title's period too, not counted)
            words += not self._title_period(toks, left_start)
        left = toks[left_start:k]
        periods = sum(self._title_period(right, n) for n in range(len(right)))
        return bool(left) and 0 < len(right) - periods <= 3 and all(
            self._person_run(run) for run in (left, right))

    def _one_capitalised_subject(self, toks: list[Tok], k: int, j: int) -> bool:
        """Whether ``toks[k]`` is an "and" inside a subject of capitalised words alone that
        opens the sentence and ends at ``j`` ("Pacific Gas and Electric says", "Procter and
        Gamble said"): one name, or two named together, not only the words after "and"."""
        right = toks[k + 1:j]
        n = k
        while n > 0 and toks[n - 1].text[:1].isupper() and toks[n - 1].text.isalpha():
            n -= 1
        opens = n == 0 or n == 1 and toks[0].low in self.src.determiners
        if opens and n < k and 0 < len(right) <= 3 and self._place(
                " ".join(t.text for t in toks[n:k])) and self._place(
                " ".join(t.text for t in right)):
            return True     # "France and Germany said": two countries (though first names)
        return opens and n < k and 0 < len(right) <= 3 and all(
            t.text[:1].isupper() and t.text.isalpha() for t in right) and not any(
            t.text in self.src.first_names or t.low in self.src.pronouns_singular
            or t.low in self.src.pronouns_plural for t in (*toks[n:k], *right))

    def _title_period(self, toks: list[Tok], n: int) -> bool:
        """Whether ``toks[n]`` is the period of a title only ever before a name ("Mr.")."""
        return toks[n].text == "." and n > 0 and toks[n - 1].text in self.src.name_titles \
            and toks[n - 1].end == toks[n].start

    def _person_run(self, run: list[Tok]) -> bool:
        """A personal name: a first name and capitalised words, or a surname the article gives
        after a first name elsewhere ("Smith" of "Ann Smith")."""
        run = [t for n, t in enumerate(run) if not self._title_period(run, n)]
        if not all(t.text[:1].isupper() and t.text not in self.src.org_words for t in run):
            return False
        if len(run) >= 2:
            # "John Smith", "Mrs. Okafor": a first name or a title only ever before a name
            return run[0].text in self.src.first_names \
                or run[0].text.rstrip(".") in self.src.name_titles
        full = self._first_full_name(run[0].text)
        return full is not None and full.split()[0] in self.src.first_names

    def _modified(self, toks: list[Tok], k: int) -> bool:
        """Whether ``toks[k]`` follows an article and up to three modifiers in lower case or
        figures: a noun ("A 2019 engineering report, marked …", "the new survey"), not a verb
        (asked of a document head before a comma that sets off what describes it)."""
        n = k - 1
        while n >= 0 and k - n <= 3 and (toks[n].text.isdigit() or toks[n].text.islower()
                                         and self._np_token(toks[n])
                                         and toks[n].low not in self.src.determiners):
            n -= 1
        return n >= 0 and toks[n].low in self.src.articles

    def _appositive(self, seg: list[Tok]) -> bool:
        """An apposition or relative clause between a source and its verb."""
        if not seg or len(seg) > 24:
            return False
        seg = _outside_brackets(seg)    # "a unit of American Express Co (AXP)"
        if not seg:
            return False
        first = seg[0]
        if first.low in self.cues.relative_words or (
                first.low in self.cues.coordinators and len(seg) > 1
                and seg[1].low in self.cues.relative_words):
            return True     # "…, and who asked not to be named for fear of losing his job,"
        if first.low in self.cues.clause_boundaries or first.low in self.src.prepositions:
            return False
        # "one of the members who asked for the study": the relative clause may hold a verb
        rel = next((n for n, t in enumerate(seg) if n and t.low in self.cues.relative_words), None)
        seg = seg[:rel] if rel is not None else seg
        return not any(t.low in self.cues.np_breakers or (
            t.low in self.cues.verbs and (n == 0 or seg[n - 1].low not in self.src.determiners)
            # a word inside a name is no verb: "a unit of American Express Co"
            and not (0 < n < len(seg) - 1 and t.text[:1].isupper()
                     and seg[n - 1].text[:1].isupper() and seg[n + 1].text[:1].isupper()))
            for n, t in enumerate(seg))

    def _age_or_home(self, seg: list[Tok]) -> bool:
        """An age or a home town set off by commas after a name: "Cory James, 22, of Flint,
        Mich., said" (a figure alone; a place's capitalised words after "of" or "from")."""
        if len(seg) == 1:
            return seg[0].text.isdigit() and len(seg[0].text) <= 3
        return seg[0].low in self.src.home_prepositions and all(
            t.text[:1].isupper() or t.text == "." for t in seg[1:])

    def _name_end(self, toks: list[Tok], k: int) -> bool:
        """Whether ``toks[k]``, a word that may stand between a source and its verb ("today",
        "may"), is the last word of a name instead: capitalised right after a capitalised word
        ("Valdoria Today reported", "according to Valdoria Today", "Theresa May said")."""
        return k > 0 and toks[k].text[:1].isupper() and toks[k - 1].text[:1].isupper() and \
            toks[k].low in self.cues.adverbs_between and (
                toks[k].low not in self.cues.auxiliaries
                or toks[k - 1].text in self.src.first_names)   # not "Continental Can"

    def _between(self, toks: list[Tok], k: int) -> bool:
        """Whether ``toks[k]`` is a word between a source and its verb ("X also said", "X
        today said"), not the last word of a name (``_name_end``)."""
        return toks[k].low in self.cues.adverbs_between and not self._name_end(toks, k)

    def _left_source(self, toks: list[Tok], cue_i: int) -> tuple[int, int] | None:
        """Token range [i, j) of the source phrase ending right before the cue, skipping
        adverbs; appositions and relative clauses set off by commas stay with the source
        ("Sen. Chuck Schumer, D-N.Y., said"), except a relative clause right before the verb."""
        j = cue_i
        while j > 0 and (self._between(toks, j - 1) or self._adverb(toks[j - 1])):
            j -= 1
        if j > 0 and toks[j - 1].text == ",":
            # Walk back over comma-delimited segments to the head noun phrase.
            end = j - 1
            keep_end = end
            best: tuple[int, int] | None = None
            for segment in range(4):
                m = end
                while True:
                    # (a dash ends the segment: "DAYTON, Ohio -- Acme Corp., a maker of …, said")
                    m = _segment_start(toks, m, end)
                    label = _quoted_label_start(toks, m, self.src.determiners)
                    if label is None:
                        break
                    m = label   # "A 2019 report, marked “confidential”, found": over the label
                if m > 1 and toks[m - 1].text == ")":
                    # "Rep. Ann Lee (D-N.Y.), chairman of …, said": over the parenthesis
                    k = m - 1
                    while k > 0 and m - k < 8 and toks[k - 1].text != "(":
                        k -= 1
                    if k > 1 and toks[k - 1].text == "(":
                        m = k - 1
                        while m > 0 and end - m < SCAN_LIMIT and \
                                toks[m - 1].text not in SEGMENT_STOPS \
                                and toks[m - 1].text not in _DASHES:
                            m -= 1
                seg = toks[m:end]
                if not seg:
                    break
                h = max(m, self._np_start(toks, end, limit=14))     # not past a dash
                rel = next((n for n in range(m + 1, end) if toks[n].low in
                            self.cues.relative_words), end)
                if rel < end and h > rel and not (m == 0 and self._main_verb_after(toks, rel, end)):
                    h = self._np_start(toks, rel, limit=14)     # "a neurologist … who was …":
                    #                                             the noun before the clause;
                    # not when the sentence's opening words go on past the clause to a verb of
                    # their own: "The people who died were tourists, the deputy mayor, Stratos
                    # Kouris, said" is a claim, then its source
                if clause_like(toks[h:rel], self.src.determiners,
                               # "A detective involved in the case, who …, said": past a
                               # clause, a participle and its preposition may modify the noun;
                               # so in an apposition an article opens ("A fourth person, a
                               # congressional aide briefed on the plans, said")
                               self.src.participle_prepositions
                               if segment or h == m > 0 and toks[m - 1].text == ","
                               and toks[h].low in self.src.articles else frozenset()):
                    break
                if h == m and self._valid_source(toks[h:keep_end]) and \
                        (toks[h].text[:1].isupper() or toks[h].low in self.src.determiners
                         or toks[h].low in self.src.pronouns_singular
                         or toks[h].low in self.src.pronouns_plural):
                    best = (h, keep_end)
                elif h < end and m < h and (m == 0 or toks[m - 1].text != ",") and \
                        self._valid_source(toks[h:keep_end]) and toks[h].text[:1].isupper():
                    best = (h, keep_end)
                # "A producer, speaking on condition of anonymity because …, said": the grant of
                # anonymity is said about the source, not part of its name.
                anonymity = self.rules.anonymity_markers.search(
                    self.text, seg[0].start, seg[-1].end) is not None
                # "Hillary Clinton, at a later press gaggle, said": where or when it was said
                # stands between source and verb and is no part of the source.
                # So is a participle phrase: "Lee, speaking to reporters on Monday, said".
                participle = seg[0].text.islower() and seg[0].low.endswith("ing") \
                    and not (len(seg) > 1 and seg[1].text[:1].isupper()) \
                    or seg[0].text.islower() and is_past_verb(seg[0]) and len(seg) > 1 \
                    and seg[1].low == "by"  # not "including Ann"; "monitored by the BBC"
                adjunct = end == keep_end and ((participle or (
                    seg[0].low in self.src.prepositions
                    and seg[0].low not in self.src.attached)) \
                    and not any(t.low in self.cues.verbs or is_past_verb(t) for t in seg[1:]) \
                    and (participle or seg[0].low not in self.cues.verbs)
                    or " ".join(t.low for t in seg) in self.cues.discourse_markers)
                if m == 0 or toks[m - 1].text != "," or not (
                        anonymity or adjunct or self._appositive(seg) or self._age_or_home(seg)):
                    break
                if (anonymity or adjunct or seg[0].low in self.cues.relative_words) \
                        and end == keep_end:
                    keep_end = m - 1
                end = m - 1
            return best
        if j > 2 and toks[j - 2].low in self.cues.name_adjunct_openers and \
                self.cues.frame_adjunct.match(f"{toks[j - 2].text} {toks[j - 1].text}"):
            j -= 2      # "Gov. Ann Lee on Tuesday declared"
        if j > 3 and toks[j - 1].text == ")":
            # "Northwind Energy Inc. (NYSE: NWE) today announced": the source before the
            # parenthesis, which goes with it
            k = j - 2
            while k > 0 and j - k < 26 and toks[k].text not in {"(", ")"}:
                k -= 1
            if toks[k].text == "(":
                i = self._np_start(toks, k)
                if i < k and self._valid_source(toks[i:k]) and toks[i].text[:1].isupper():
                    return i, j
        r = self._relative_before(toks, j)
        if r is not None:
            # "An official who was not authorized to speak publicly said": the subject is the
            # noun phrase before the relative clause (read after it for a reason)
            i = self._np_start(toks, r)
            if i < r and self._valid_source(toks[i:r]):
                return i, r
        i = self._np_start(toks, j)
        if i == j:
            return None
        if i > 1 and toks[i - 1].text == "," and toks[i].low in self.src.articles:
            h = self._name_start(toks, i - 1)
            if h == 0 and self._unclosed_apposition(toks, i, j):
                # "American Express Bank Ltd, a unit of American Express Co said": wire copy
                # that drops the apposition's closing comma; the source is the name
                return h, j
        opening = all(t.low in self.cues.leading_words and t.low not in self.src.prepositions
                      for t in toks[:i]) or (i == 1 and toks[1].text[:1].isdigit())
        if toks[i].low in self.src.prepositions or (
                i > 0 and not opening and toks[i - 1].text not in FORWARD_BEFORE | CLOSE_TOKENS
                and toks[i - 1].low not in self.cues.clause_boundaries):
            # "In a radio interview Lee declared": the source is the name at the end; but
            # "Now officials say", "About 60 percent said": only opening words before it.
            i = self._name_start(toks, j)
        if i > 2 and toks[i - 1].low in self.src.prepositions \
                and toks[i - 2].low in self.cues.speaking_verbs and toks[i - 2].low.endswith("ing"):
            # "Another intelligence source speaking to Fox News said": the listener of a
            # participle phrase after the source does not speak
            k = self._np_start(toks, i - 2)
            if k < i - 2 and self._valid_source(toks[k:i - 2]):
                return k, i - 2
        if i < j and self._valid_source(toks[i:j]):
            return i, j
        return None

    def _unclosed_apposition(self, toks: list[Tok], i: int, j: int) -> bool:
        """Whether the sentence opens with a name, a comma and, from token ``i`` up to the
        verb at ``j``, an apposition with no closing comma ("Nova, the Canadian chemicals
        company said"): the name is a capitalised run that no adverb, preposition or time word
        opens by the tagger's lexicon ("Previously, the Labor Department said", "On Tuesday, a
        spokesman said" have none)."""
        name = toks[:i - 1]
        return bool(name) and all(t.text[:1].isupper() for t in name) \
            and name[0].low not in self.cues.leading_words \
            and name[0].low not in self.src.time_words and self._valid_source(name) \
            and self._appositive(toks[i:j]) \
            and not (lexicon_tag(name[0].text) or "").startswith(("RB", "IN", "CC", "DT"))

    def _main_verb_after(self, toks: list[Tok], rel: int, end: int) -> bool:
        """Whether a finite auxiliary or copula in ``toks[rel + 2:end]`` follows a word that is
        no auxiliary, adverb or "to": the relative clause opened at ``rel`` has ended and a
        main clause's verb follows ("who died were tourists", "who died has risen to 19"), not
        "who was not involved", "who asked not to be named"."""
        aux = self.cues.auxiliaries
        return any(toks[k].low in aux and toks[k - 1].low not in aux
                   and toks[k - 1].low not in self.cues.adverbs_between
                   and not self._adverb(toks[k - 1]) and toks[k - 1].low != "to"
                   for k in range(rel + 2, end))

    def _relative_before(self, toks: list[Tok], j: int) -> int | None:
        """Index of a "who" opening a relative clause that runs, without punctuation, up to
        token ``j`` (the verb): "An official who asked not to be named said"."""
        k = j - 1
        while k > 0 and j - k < _RELATIVE_REACH and toks[k].text not in SEGMENT_STOPS \
                and toks[k].text not in RIGHT_STOPS:
            # "the voters who supported …": a verb right after "who" is the clause's own
            if toks[k].low in self.cues.relative_before_verb and k < j - 1:
                return k
            k -= 1
        return None

    def _distant_subject(self, toks: list[Tok], cue_i: int) -> tuple[int, int] | None:
        """The noun phrase that opens the sentence, for a speech verb it is kept from by what
        the scan of ``_left_source`` cannot cross: prepositional phrases and appositions or
        relative clauses set off by commas or dashes ("Khizr and Ghazala Khan, the parents
        whose appearance at the convention created a firestorm, say …", "Current and former
        officials in the FBI and at the Justice Department have said …").  Outside the marks,
        no verb may stand between that phrase and the cue; None when one does."""
        j = cue_i
        while j > 0 and (self._between(toks, j - 1) or self._adverb(toks[j - 1])):
            j -= 1
        start = 0
        if toks and toks[0].text in OPEN_TOKENS:
            # "“…,” Michael McFaul, a senior fellow, said of RT": the quotation, closed with a
            # comma, is the content; the noun phrase after it the subject
            start = next((n + 1 for n in range(2, j - 1) if toks[n].text in CLOSE_TOKENS
                          and toks[n - 1].text == ","), 0)
        s, e = self._opening_np(toks, j, start)
        if e == s or e >= j or e - s > 8 or toks[j - 1].text == "(":
            return None
        k = e
        while k < j and toks[k].text not in _SET_OFF:
            t = toks[k]
            if is_past_verb(t) or not (self._np_token(t) or t.low in self.src.prepositions
                                       or t.low == "and" or t.text in {"(", ")"}):
                return None     # a verb outside the marks: another clause
            k += 1
        if k < j and not (j - 1 > k and toks[j - 1].text == toks[k].text
                          or j - 2 > k and toks[j - 1].text in CLOSE_TOKENS
                          and toks[j - 2].text == toks[k].text):
            return None         # an apposition must close right before the cue (its comma
            #                     may stand inside a quotation's closing mark: ',”')
        if not self._valid_source(toks[s:e]) or not self._plausible(toks[s:e]):
            return None
        return s, e

    def _opening_np(self, toks: list[Tok], j: int, s: int = 0) -> tuple[int, int]:
        """Token range of the noun phrase that opens the sentence (or starts at token ``s``),
        before token ``j``: up to the first preposition, mark or verb (possibly empty)."""
        s = _past_dateline(toks, s, j)
        while s < j and toks[s].low in self.cues.leading_words:
            s += 1
        if s + 1 < j and (toks[s].low in self.cues.fronted_clause_openers
                          or toks[s].text[:1].isupper() and toks[s].low.endswith("ing")):
            # "Weighing in on the discussion, former Gov. Mike Huckabee agreed, praising …",
            # "While his rivals called for …, Trump hewed …": the subject follows the phrase
            comma = next((n for n in range(s + 1, j) if toks[n].text == ","), None)
            if comma is not None:
                s = comma + 1
        if s < j and toks[s].low in self.src.pronouns_singular | self.src.pronouns_plural:
            return s, s + 1
        e = s
        while e < j and toks[e].text not in _SUBJECT_ENDS and toks[e].low not in \
                self.src.prepositions and (self._np_token(toks[e]) or toks[e].low == "and") \
                and not is_past_verb(toks[e]) and not (e > s + 1 and self._verb_after_name(toks, e)):
            e += 1
        return s, e

    def _verb_after_name(self, toks: list[Tok], n: int) -> bool:
        """Whether ``toks[n]`` is a verb that a name is the subject of: a lower-case word
        (no "and", preposition or determiner) between a capitalised word and an article, "The
        U.S. Geological Survey put the magnitude at 6.2 and said": "put" and its object, which a
        name is never followed by inside its noun phrase."""
        t = toks[n]
        return t.text.isalpha() and t.text.islower() and n > 0 and n + 1 < len(toks) \
            and toks[n - 1].text[:1].isupper() and toks[n + 1].low in self.src.articles \
            and t.low not in self.cues.coordinators and t.low not in self.src.prepositions \
            and t.low not in self.src.determiners

    def _clause_subject(self, toks: list[Tok], k: int, start: int = 0) -> tuple[int, int] | None:
        """The subject of the clause before a participle at ``k`` ("Families of the victims
        have filed a lawsuit against the maker, alleging that …"): the noun phrase opening the
        sentence (or starting at token ``start``) when a finite verb follows it before the
        participle (any verb after a personal pronoun); None when it is no plausible source."""
        s, e = self._opening_np(toks, k, start)
        comma = next((n for n in range(e, k) if toks[n].text == ","), None)
        if s < e and comma is not None and s > 0 and toks[s - 1].low in \
                self.src.prepositions and toks[s - 1].low not in self.cues.coordinators:
            # "In August, several environmental groups granted …", "In the spin room after
            # the debate, Obama's aides were …": a phrase of place or time before the comma,
            # the subject after it
            s, e = self._opening_np(toks, k, comma + 1)
        if e == s or e >= k or e - s > 8:
            return None
        pronoun = e - s == 1 and toks[s].low in self.src.pronouns_singular | \
            self.src.pronouns_plural
        finite = pronoun or any(t.low in self.cues.auxiliaries or is_past_verb(t)
                                or t.low in self.cues.verbs for t in toks[e:k])
        if not finite or not self._valid_source(toks[s:e]) or not self._plausible(toks[s:e]):
            return None
        return s, e

    def _coordinated_subject(self, toks: list[Tok], k: int) -> tuple[int, int] | None:
        """The subject of a verb joined by "and" to an earlier one: "he shrugged and noted
        that …", "Lee urged voters to stay home and said …": the name or pronoun that opens
        the clause, a few words back."""
        start = k
        while start > 0 and k - start < 20 and toks[start - 1].text not in SEGMENT_STOPS:
            start -= 1
        while start < k and toks[start].low in self.cues.leading_words:
            start += 1
        start = self._past_opening_time(toks, start, k)
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
                    and not is_past_verb(toks[end]) and toks[end].low not in self.src.prepositions \
                    and not (end > start + 1 and self._verb_after_name(toks, end)):
                end += 1
            end = end if end - start > 1 else start
        while True:
            while end < k and (toks[end].text[:1].isupper() or toks[end].text in self.src.titles
                               or toks[end].text == "."):
                end += 1
            # "Conservative councillor Lisa Bryant", "Republican state Sen. Mark Hill": a
            # party's name, a role in lower case, then the person's title and name
            n = end
            while end > start and n < k and n - end < 2 and toks[n].text.isalpha() \
                    and toks[n].text.islower() and self._np_token(toks[n]) \
                    and not is_past_verb(toks[n]):
                n += 1
            if end < n < k and toks[n].text[:1].isupper() and any(
                    is_role(t.text, self.src) for t in toks[end:n + 1]):
                end = n
                continue
            break
        if end > start and end < k and self._valid_source(toks[start:end]):
            return start, end
        return None

    def _past_opening_time(self, toks: list[Tok], start: int, k: int) -> int:
        """The first token after a time that opens a clause before a capitalised word or a
        pronoun ("On Thursday evening Hillary Clinton delivered …": the subject is Clinton, not
        Thursday); ``start`` when no such time opens it (``frame_adjunct`` of cues.toml)."""
        n = start
        for _ in range(3):
            if n >= k:
                return start
            m = self.cues.frame_adjunct.match(self.text[toks[n].start:toks[k - 1].end].lower())
            if m is None or not m.group().strip():
                break
            end = toks[n].start + m.end()
            while n < k and toks[n].end <= end:
                n += 1
        if n == start or n >= k:
            return start
        if toks[n].text[:1].isupper() or toks[n].low in self.src.pronouns_singular \
                | self.src.pronouns_plural:
            return n
        return start

    def _name_start(self, toks: list[Tok], j: int) -> int:
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

    def _abbreviation_dot(self, toks: list[Tok], j: int) -> bool:
        """The period of "Mr.", "U.S." or an initial ("W. W. Rouse Ball") inside a name, not
        the end of the sentence."""
        if toks[j].text != "." or j == 0 or j + 1 >= len(toks):
            return False
        before = toks[j - 1].text
        if _DOTTED.fullmatch(before) and toks[j + 1].text[:1].isalpha():
            return True     # "according to U.N. figures", "U.S. officials": an acronym's dot
        return (before + "." in self.src.titles or before.lower() in self.rules.abbreviations
                or len(before) == 1 and before.isupper()
                and toks[j + 1].low not in self.src.determiners) and toks[j + 1].text[:1].isupper()

    def _plausible(self, toks: list[Tok]) -> bool:
        """Whether a phrase can be the source of a stance verb: a name, a personal pronoun, an
        official, group, organization or document; not "the economy" or "it"."""
        rel = next((n for n, t in enumerate(toks) if n and t.low in self.cues.relative_words),
                   len(toks))
        if clause_like(toks[:rel], self.src.determiners, self.src.participle_prepositions):
            # "customers filed a lawsuit accusing …": a clause, not a source ("documents
            # reviewed by the Herald" is one: a participle and its preposition); a relative clause
            # after the source may hold a verb ("Ann Lee, who filed the suit, …").
            return False
        phrase = " ".join(t.text for t in toks).lower()
        if self.cues.frame_adjunct.fullmatch(phrase) or toks[0].text in CALENDAR and (
                len(toks) > 1 and (toks[1].text[:1].isdigit() or toks[1].text.islower())):
            # "had not been released by Wednesday morning", "by late Wednesday", "by March 5":
            # a time, no one ("May insists", "April Ryan believes" are people)
            return False
        mention = Span.of(self.text, toks[0].start, toks[-1].end)
        kind, head, mode = self.classify(mention)
        if mode == "pronoun":
            return head not in self.src.pronouns_neutral
        if kind in {"named_person", "named_organization", "outlet"}:
            return any(t.text[:1].isupper() and t.low not in self.src.determiners for t in toks) \
                or (mode == "definite" and head in self.src.org_anaphors)  # "The firm denied"
        return kind != "anonymous_source" or head in self.src.anonymous_heads \
            or head in self.src.private_roles or head in self.src.kin_nouns \
            or self._share_of_people(toks, head)       # ("her son", "the mother of three")

    def _share_of_people(self, toks: list[Tok], head: str) -> bool:
        """Whether a phrase is the share of a poll's respondents that a figure gives ("46
        percent", "more than 4 in 10"): a figure, then a quantity head or "in" and a figure,
        and nothing else but the words before the figure ("more than", "about")."""
        k = next((n for n, t in enumerate(toks) if t.text[:1].isdigit()
                  or cardinal(t.text) is not None), None)
        if k is None:
            return False
        rest = [t.low for t in toks[k + 1:]]
        # "six in 10", "one in four": a figure in words, "in", a figure
        return rest in ([head], ["in", head]) and (head in self.src.quantity_heads
                                                   or head[:1].isdigit()) \
            or len(rest) == 2 and rest[0] == "in" and (rest[1][:1].isdigit()
                                                       or cardinal(rest[1]) is not None)

    def _head_noun(self, tok: Tok) -> bool:
        """Whether a word can end a source phrase as its head: a capitalized word, a plural, a
        known head ("police", "staff"); not "almost" or "away"."""
        src = self.src
        return tok.text[:1].isupper() or (tok.low.endswith("s") and not self._adverb(tok)) \
            or tok.low in src.group_heads or tok.low in src.official_heads \
            or tok.low in src.anonymous_heads or tok.low in src.document_heads \
            or tok.low in src.resident_heads or tok.low in src.org_heads or tok.low in src.org_anaphors

    def _np_token(self, tok: Tok) -> bool:
        if not WORDISH.match(tok.text) and tok.text not in {"-", "&", "’s", "'s", "."}:
            return False
        low = tok.low
        return low not in self.cues.clause_boundaries and low not in self.cues.verbs \
            and low not in self.cues.np_breakers and low not in self.cues.relative_words

    def _right_source(self, toks: list[Tok], start: int) -> tuple[int, int] | None:
        """Token range of the source phrase right after an inverted cue ("said the source")."""
        j = start
        while j < len(toks) and j - start < SCAN_LIMIT and (
                toks[j].text not in RIGHT_STOPS or self._abbreviation_dot(toks, j)):
            if toks[j].low in self.cues.relative_words and j > start:
                break
            j += 1
        # trailing time words: "said the official Monday", "by the ministry on Monday"
        while j > start + 1 and self.cues.frame_adjunct.match(toks[j - 1].text) and \
                not self._name_end(toks, j - 1):
            j -= 1
            if j > start + 1 and self.cues.frame_adjunct.fullmatch(
                    f"{toks[j - 1].text} {toks[j].text}"):
                j -= 1      # its preposition or modifier ("on", "last", "early")
        if j > start + 1 and toks[start].low in self.src.pronouns_singular | \
                self.src.pronouns_plural:
            return None     # "said he didn't know": a clause, not "said he."
        if j > start and toks[start].low in self.src.prepositions:
            return None     # "…,” said on Monday that …": when, not who
        if any(toks[k].low in self.cues.np_breakers and not (
                k > start and toks[k].text[:1].isupper()
                and toks[k - 1].text in self.src.first_names) and not (
                toks[k].text in self.src.first_names and k + 1 < j
                and toks[k + 1].text[:1].isupper())
               for k in range(start, j)):
            return None     # but "said Theresa May": a capitalised "May" after a name is the name's;
            #                 "said Will Doyle": a capitalised "Will" before a name is the name
        if j > start and self._valid_source(toks[start:j]):
            return start, self._apposed_name_end(toks, start, j)
        return None

    def _apposed_name_end(self, toks: list[Tok], start: int, j: int,
                          comma_after: bool = False) -> int:
        """``j``, or past ", Callum Drummond-Ives" when a role phrase ends at a comma and a
        personal name alone follows to the sentence's end ("said Westray Ferries' operations
        director, Callum Drummond-Ives."), or, with ``comma_after``, to a second comma
        ("According to the city finance director, Alan Pruitt, property tax …")."""
        name_before = toks[start].text[:1].isupper() and \
            not any(t.text[:1].islower() for t in toks[start:j])
        if j + 2 >= len(toks) or toks[j].text != "," or name_before:
            return j    # no comma, or the phrase before is a name itself
        k = j + 1
        particles = self.src.name_particles

        def particle(n: int) -> bool:   # "de", "la" of "Andrés de la Cruz": inside the name
            return n > j + 1 and toks[n].text in particles and n + 1 < len(toks) and (
                toks[n + 1].text[:1].isupper() or toks[n + 1].text in particles)

        inside = 0
        while k < len(toks) and k - j - inside <= 5 and (toks[k].text[:1].isupper()
                                                        or particle(k)):
            inside += toks[k].text in particles
            k += 1
        ends = {".", "!", "?", ","} if comma_after else {".", "!", "?"}
        if k + 1 < len(toks) and toks[k].text == "," \
                and toks[k + 1].low in self.cues.relative_statement_words:
            ends = ends | {","}     # "said the mayor, Ann Lee, who added that …"
        if k - j - 1 < 2 or (k < len(toks) and toks[k].text not in ends):
            return j
        phrase = self.text[toks[start].start:toks[k - 1].end]
        return k if appositive_name(phrase, self.src) else j

    def _antecedent_phrase(self, mention: Span) -> Span | None:
        """The noun phrase a relative "who" stands for: "an architect who said" -> "an
        architect"; "Jane Doe, who said" -> "Jane Doe"."""
        base = max(0, mention.start - 200, self._paragraph_start(mention.start))
        toks = tokenize(self.text[base:mention.start], base)
        j = len(toks)
        if j and toks[-1].text == ",":
            j -= 1
        if j > 2 and AGE.fullmatch(toks[j - 1].text) and toks[j - 2].text == ",":
            j -= 2      # "Vice Mayor Karen Ostrowski, 47, who": the person, never her age
        i = self._np_start(toks, j)
        # "The council hired an architect who": the phrase starts after the verb; "… tightened.
        # Ann Lee, who": after the end of the sentence before.
        i = max([i] + [n + 1 for n in range(i, j) if is_past_verb(toks[n]) or (
            toks[n].text in {".", "!", "?"} and not self._abbreviation_dot(toks, n))])
        k = next((n for n in range(j - 2, i, -1) if toks[n].low in self.src.prepositions
                  and toks[n].low not in self.cues.relative_words
                  and toks[n].low not in self.src.noun_phrase_joiners), None)
        if k is not None and mention.text.lower() in self.src.personal_relatives \
                and not self._personal(toks[i:k]) and self._plausible(toks[k + 1:j]):
            i = k + 1   # "strong criticism from landlords who": the landlords, not the criticism
        if 1 < i < j and toks[i - 1].text == "," and toks[i].low in self.src.determiners:
            # "Howard Rubel, a senior analyst at Jefferies, who …": the named person the
            # description is apposed to
            h = self._np_start(toks, i - 1)
            lead = self.text[toks[h].start:toks[i - 2].end] if h < i - 1 else ""
            if lead and person_name(lead, self.src) == lead:
                i = h
        if i < j and self._valid_source(toks[i:j]):
            return Span.of(self.text, toks[i].start, toks[j - 1].end)
        return None

    def _paragraph_start(self, pos: int) -> int:
        """Start of the body paragraph holding ``pos`` (0 when none does): a relative pronoun's
        antecedent never lies in the headline or the paragraph before ("TOWER REPORT … REBOUND"
        then "The Tower Commission report, which says …")."""
        body = self.doc.body
        k = bisect_right(self.body_starts, pos) - 1
        return body[k].start if k >= 0 and pos <= body[k].end else 0

    def _personal(self, toks: list[Tok]) -> bool:
        """Whether a phrase can be the antecedent of "who": a plausible source that is no
        document ("an official with the agency", not "a letter" or "criticism")."""
        if not toks or not self._plausible(toks):
            return False
        return self.classify(Span.of(self.text, toks[0].start, toks[-1].end))[0] != "document"
