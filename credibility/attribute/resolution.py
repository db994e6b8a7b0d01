"""In-article source resolution: which source a source phrase stands for.

Full names, surnames, "Mr." + surname, pronouns (by recency, and a full name opening a sentence
since), relative "who", definite descriptions ("the official", "the company"), "the source" and
"the second source" (anonymous individuals in order of appearance), and documents named by their
author ("the Harbor Institute's report").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from credibility.attribute.kinds import ACRONYM
from credibility.attribute.names import (
    appositive_name,
    brand_name,
    common_surname,
    english_word,
    first_name_apposed,
    is_role,
    person_name,
    plural_common_noun,
    plural_noun,
    titled_name,
)
from credibility.attribute.tagging import chunks
from credibility.records import ANONYMOUS_KINDS, Span

_PERSON_NAME = re.compile(r"\b[A-Z][a-z]+(?:[^\S\n]+[A-Z]\.)?[^\S\n]+[A-Z][^\W\d_]*[a-z][^\W\d_]*"
                          r"(?:[-'’][A-Z]?[^\W\d_]+)?\b")
"""First [M.] Last on one line: a line break never joins a byline to the next line ("By Selma
Ortiz" and "Share this story" are no person "Ortiz Share")."""
_PERSON_NAME_ANYWHERE = re.compile(r"(?=(" + _PERSON_NAME.pattern + "))")
_SUBJECT_NAME = re.compile(r"(?:^|[.!?]\s+|\n|[“\"]\s*)(?P<name>" + _PERSON_NAME.pattern + ")")
"""A full name that opens a sentence: the likeliest antecedent of a later "he" or "she"."""
_CLAUSE_SUBJECT = re.compile(r",\s+(?:[A-Z][a-z]+\.?\s+)??(?P<name>" + _PERSON_NAME.pattern
                             + r")(?=\s+[a-z])")
"""A full name opening the main clause after an opening phrase and a comma, with or without a
title: "In the county hall, Judge Ann Ruiz was candid …" (an antecedent too)."""
_APPOSED_SUBJECT = re.compile(r"(?:^|[.!?]\s+|\n)(?P<phrase>[A-Z][^,.;:!?\n“”\"]{1,80},[^\S\n]+"
                              r"(?P<name>[A-Z][^,.;:!?\n“”\"]{2,60}?)),[^\S\n]+[a-z]")
"""A name set off after a description that opens a sentence, before the verb: "An RSF
negotiator, Abdelrahim Hamdan Dagalo, disputed that figure." The subject of the sentence
whether or not its verb reports anything (the subject is the likeliest antecedent of a later
pronoun: centering theory's subject preference)."""
_SUBJECT_FIRST_NAME = re.compile(r"(?:^|[.!?]\s+|\n)(?P<name>[A-Z][a-z]+)(?=,\s+(?:[^,.;\n]+),\s+[a-z])")
"""A first name alone opening a sentence, set off by commas from a description or an age
before its verb ("Sarah, a mother of two from Sheffield, waited …"): a person named so."""
_SUBJECT_SURNAME = re.compile(r"(?:^|[.!?]\s+|\n|,\s+)(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:['’]s)?"
                              r"(?:,[^,.;\n]{1,30},)?[^\S\n]+[a-z]")
"""A surname opening a sentence, before its verb or an aside set off by commas ("Reed coached
…", "Blackburn, for one, intends …")."""
_FIRST_NAME_BEFORE = re.compile(
    r"\b(?P<first>[A-Z][^\W\d_A-Z]{1,2}(?=\.)|[A-Z][^\W\d_A-Z]+(?!\.))\.?(?:[^\S\n]+[A-Z]\.)?"
    r"(?:[^\S\n]+[\"“‘][A-Z][^\"“”‘’\n]{0,30}?[\"”’])?[^\S\n]+\Z")
"""A first name (a middle initial, a nickname) right before a surname: "Maria " in "Maria
Lopez", 'Samuel "Big Sam" ' in 'Samuel "Big Sam" Okoro', "Wm. " (abbreviated); not a word
ending a sentence ("in Valencia. Mansouri said")."""
_RUN_AFTER_SPACE = re.compile(r"(?<=[^\S\n])\S+")
_NOT_ALNUM = re.compile(r"[\W_]")
"""Not a letter or digit (``str.isalnum`` is false): where a word in a run ends."""
_SCAN_SURNAMES = 16
"""Surnames of one article looked up by ``str.find`` before the sites of all are indexed (the
index is one pass over the text; a lookup by find is one per surname)."""

_NAME_ROLE_NAME = re.compile(r"(?:[A-Z][\w'’-]*[^\S\n]+){1,4}(?P<role>(?:[a-z][\w-]*[^\S\n]+){1,3})"
                             r"(?:[A-Z][\w'’-]*\.?[^\S\n]+){1,2}[A-Z][\w'’-]+")
"""Capitalised words, a role in lower case, a name: "Harlow Vale head coach Sunniva Haldane"."""
_AUTHORED_CHARS = 1500
"""How far after a study's last mention "the researchers" are still its authors."""
_CAPITALIZED_RUN = re.compile(r"(?:[A-Z][\w'’-]*\.?[^\S\n]+)*[A-Z][\w'’-]*")
_ROLE_THEN_NAME = re.compile(r"[^.;:,\n“”\"]{0,60},[^\S\n]+(?P<name>(?:[A-Z][\w'’-]*\.?[^\S\n]+){1,4}"
                             r"[A-Z][\w'’-]*)")
"""After a role: " of schools, Dana Crewe" (the role set off before the name)."""
_NAME_THEN_ROLE = re.compile(r"(?P<name>(?:[A-Z][\w'’-]*\.?[^\S\n]+){1,3}[A-Z][\w'’-]*),[^\S\n]+"
                             r"(?:the|a|an)[^\S\n]+[^.;:,\n]{0,50}\Z")
"""Before a role: "Arvid Kallberg, the defence " (the name set off before the role)."""
_NAME_OF_AGE = re.compile(r"(?P<name>(?:[A-Z][\w'’-]*\.?[^\S\n]+){1,3}[A-Z][\w'’-]*),[^\S\n]+"
                         r"(?P<age>\d{1,3}),")
"""A name given an age: "Dwayne Petrakis, 58," (group name, group age)."""
_APPOSED = re.compile(r",|\s(?:with|of|at|from|for)\s")
"""Where an apposition or a prepositional phrase after a person's name starts."""


_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s")
"""Where a sentence ends: its full stop, question or exclamation mark (and a closing quote)."""
_FULL_NAME = re.compile(r"\b(?P<first>[A-Z][a-z]+)[ \t]+(?P<last>[A-Z][a-z'’-]+)\b")
"""Two capitalised words: a first name and a surname when the first is a listed first name."""
@cache
def _plural_subject(heads: frozenset[str], excluded: frozenset[str]) -> re.Pattern:
    """A noun phrase of people that opens a sentence, before its verb: "Two Western diplomats
    briefed on the talks were more cautious." (``heads``: ``group_heads`` of rules/sources.toml
    but those in ``excluded`` or "others", read as nouns: at least one word before them)."""
    nouns = sorted((h for h in heads if h not in excluded and h != "others"),
                   key=lambda h: (-len(h), h))
    alt = "|".join(map(re.escape, nouns))
    return re.compile(r"(?:^|[.!?][\"”’]?[^\S\n]+|\n[^\S\n]*)(?P<np>[A-Z][\w'’-]*"
                      r"(?:[^\S\n]+[\w'’-]+){0,3}?[^\S\n]+(?:" + alt + r"))(?=[^\S\n]+[a-z])")


@cache
def _name_context(connectives: tuple[str, ...], prepositions: frozenset[str]) -> tuple[str, str]:
    """(after, before) patterns for ``_firm``: up to four capitalised words after a word, with
    the connectives of organization names ("and", "of", "&": ``name_connectives`` of
    rules/sources.toml) and commas between them ("Sears, Roebuck and Co"; wire copy breaks
    lines inside names); and, right before a word, a name and a connective that is no
    preposition ("Duff and "), or any word (a common noun for an organization: "bank ")."""
    joins = "|".join(map(re.escape, connectives))
    pairs = "|".join(re.escape(c) for c in connectives if c not in prepositions)
    after = r"((?:,?\s+(?:(?:" + joins + r")\s+)?[A-Z][\w&.'’-]*){1,4})"
    before = (r"(?:(?P<name>\b[A-Z][\w'’-]*,?\s+(?:" + pairs + r")\s+)|"
              r"\b(?P<noun>[A-Za-z]+)\s+)")
    return after, before



@cache
def _author_patterns(templates: tuple[str, ...], head: str) -> tuple[re.Pattern, ...]:
    """The rules' document-author templates for one document head ("report"), compiled once
    per process (re's own cache is shared with every other pattern and evicts them)."""
    return tuple(re.compile(p.replace("{head}", re.escape(head))) for p in templates)


@cache
def _head_pattern(head: str) -> re.Pattern:
    return re.compile(r"\b" + re.escape(head) + r"\b", re.IGNORECASE)


@lru_cache(maxsize=64)
def _new_document_pattern(distinct: tuple[str, ...], heads: tuple[str, ...]) -> re.Pattern:
    """"a separate civil filing", "another lawsuit": a word that makes it another document,
    up to two more modifiers, a document head of the family."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, distinct)) + r")(?:\s+[\w-]+){0,2}?"
                      r"\s+(?:" + "|".join(map(re.escape, heads)) + r")\b", re.IGNORECASE)


@dataclass(eq=False)  # identity: membership tests must not compare every mention
class SourceState:
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
    used: int = 0
    """When the source was last used (a stamp of ``Recency``): the least recently used first."""


class Recency:
    """The article's sources, least recently used first, as ``resolve()`` orders them: a list's
    ``append``, ``remove``, ``len``, iteration and ``reversed()``, each move in constant time (a
    dict keyed by identity keeps the order), and a stamp on each source when it is (re)appended,
    so that of several sources the one earliest in this order is the one with the lowest
    ``used``."""

    def __init__(self) -> None:
        self._by_id: dict[int, SourceState] = {}
        self._clock = 0

    def append(self, st: SourceState) -> None:
        self._clock += 1
        st.used = self._clock
        self._by_id[id(st)] = st

    def remove(self, st: SourceState) -> None:
        del self._by_id[id(st)]

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[SourceState]:
        return iter(self._by_id.values())

    def __reversed__(self) -> Iterator[SourceState]:
        return reversed(self._by_id.values())


@dataclass
class NameIndex:
    """What ``_resolve_named`` looks up, kept as sources are created and renamed, so that a name
    is resolved in time independent of the number of sources (issue 15: each name was compared
    with every source so far, each source's name normalised again).

    ``key``: name key -> named persons and organizations; ``person``: person key (the name
    without its apposition) -> named persons; ``last``: the last word of a named person's name
    key -> (person, whether that key is one word), and that word without a hyphenated particle
    ("mansouri" of "al-mansouri"); ``particled``: such a last word with and without its
    particle -> the named persons; ``leading``: the first word of a named person's name of
    two words -> the persons ("zhang" of "Zhang Wei"); ``outlet``: head -> outlets.  Each maps
    to a dict keyed by identity.  ``keys`` counts the name keys computed (a test checks it
    grows with the mentions, not with mentions x sources)."""

    key: dict[str, dict[int, SourceState]] = field(default_factory=dict)
    person: dict[str, dict[int, SourceState]] = field(default_factory=dict)
    last: dict[str, dict[int, tuple[SourceState, bool]]] = field(default_factory=dict)
    outlet: dict[str, dict[int, SourceState]] = field(default_factory=dict)
    particled: dict[str, dict[int, SourceState]] = field(default_factory=dict)
    leading: dict[str, dict[int, SourceState]] = field(default_factory=dict)
    at: dict[int, list[tuple[dict, str]]] = field(default_factory=dict)
    keys: int = 0
    articles: frozenset[str] = frozenset()
    """Words left out of every name key besides titles ("the", "a", "an": ``articles``)."""

    def update(self, st: SourceState, titles: frozenset[str],
               particles: frozenset[str] = frozenset()) -> None:
        """(Re)index ``st`` under its current name, kind and head; a person's last word with a
        hyphenated particle of ``particles`` also without it ("al-Mansouri": "Mansouri")."""
        for table, k in self.at.pop(id(st), ()):
            del table[k][id(st)]
        where: list[tuple[dict, str, object]] = []
        if st.kind == "outlet":
            where.append((self.outlet, st.head, st))
        elif st.kind in {"named_person", "named_organization"}:
            norm = self.name_key(st.name, titles)
            where.append((self.key, norm, st))
            if st.kind == "named_person":
                plain = self.person_key(st.name, titles)
                where.append((self.person, plain, st))
                # by the name's last word, not the apposition's ("Harold Mercer, 78")
                words = plain.split()
                if words:
                    where.append((self.last, words[-1], (st, len(words) == 1)))
                    particle, hyphen, bare = words[-1].partition("-")
                    if hyphen and bare and particle in particles:
                        where.append((self.last, bare, (st, False)))
                        where += [(self.particled, words[-1], st), (self.particled, bare, st)]
                if len(words) == 2:
                    where.append((self.leading, words[0], st))
        for table, k, value in where:
            table.setdefault(k, {})[id(st)] = value
        self.at[id(st)] = [(table, k) for table, k, _ in where]

    def name_key(self, name: str, titles: frozenset[str]) -> str:
        self.keys += 1
        return name_key(name, titles, self.articles)

    def person_key(self, name: str, titles: frozenset[str]) -> str:
        self.keys += 1
        return person_key(name, titles, self.articles)



class Resolution:
    """Source resolution; mixed into the article reader (``_Analyzer``), whose ``sources``,
    ``anonymous_order`` and caches it keeps."""

    def resolve(self, mention: Span, sentence_index: int,
                granted: Callable[[], bool] | None = None) -> SourceState:
        """The source a mention names, found among the article's sources or new; ``granted``
        tells (when asked) whether the words after the mention grant it anonymity."""
        if mention.text in self.cues.relative_subjects:    # "who", not the WHO
            antecedent = self._antecedent_phrase(mention)
            st = self.resolve(antecedent, sentence_index) if antecedent else \
                self._new_source(mention.text, "anonymous_source", mention.text.lower())
            if antecedent:
                st.mentions.remove(antecedent)
            st.mentions.append(mention)
            return st
        if mention.text == "I":
            # the writer's or an interviewee's own "I", outside quotation marks: a person (one
            # for the article), never an organization called "I"; in an interview's answer,
            # the interviewee
            st = self.interviewee(sentence_index) or next(
                (s for s in self.sources if s.name == "I"), None) or \
                self._new_source("I", "named_person", "i")
            st.mentions.append(mention)
            return st
        aged = self.src.age_descriptor.fullmatch(mention.text) \
            if self.src.age_descriptor else None
        if aged:
            # (only a person the article gives that age: "The 19-year-old told the BBC …"
            # after a police officer is quoted is not the officer; review)
            st = self._of_age(int(aged.group(1)), mention.start)
            if st is not None:
                # "…," the 23-year-old said: the person just named, of that age if the article
                # gives one
                return self._used(st, mention)
        bare = mention.text.strip(" ,").lower()
        words = bare.split()
        if len(words) > 2 and words[0] in self.src.member_of_openers and words[1] == "of":
            st = self._group_of_member(mention, words[2:])
            if st is not None:
                # "Two employees who spoke on condition of anonymity said … “…,” one of them
                # said": a member of the group just quoted speaks as the group
                return self._used(st, mention)
        if bare in self.src.elliptical_members:
            st = self._elliptical_member(mention)
            if st is not None:
                return self._used(st, mention)
        authored = self._authored_by(mention)
        if authored is not None:
            # "the researchers found" after "a study published in JAMA Neurology": the study
            return self._used(authored, mention)
        kind, head, mode = self.classify(mention)
        low = mention.text.lower()
        st: SourceState | None = None
        identified = None
        if mode == "new" and kind in ANONYMOUS_KINDS and words[0] in self.src.indefinite \
                and (head in self.src.org_anaphors or head in self.src.org_heads):
            # "An NHS trust in the north-west of England has confirmed … Northfield Teaching
            # Hospitals NHS Trust said": a delayed identification, the organization named in
            # the next sentence with the description's noun (trial 25)
            identified = self._identified_after(mention, head)
            if identified is not None:
                kind, mode = "named_organization", "named"
        if mode == "pronoun":
            st = self._resolve_pronoun(head)
            if st is None:
                kind = ("named_person" if head in self.src.pronouns_singular else
                        "named_organization" if head in self.src.pronouns_neutral else
                        "unnamed_group")
        elif mode == "definite":
            st = self._resolve_definite(mention, kind, head)
            if st is None and kind == "named_organization" and self._officials_of(mention) \
                    and not self._known_anaphor(mention, head):
                kind = "unnamed_group"  # "union officials" of a union the article never names
        elif mode == "named" and kind == "named_organization" and granted is not None and (
                head in self.src.official_heads or head in self.src.private_roles
                or head in self.src.role_titles) and granted():
            # "A senior Environment Agency engineer, who did not want to be named, said": one
            # unnamed person of the body, not the body on the record (nor its own statements)
            kind = "anonymous_official"
        elif mode == "named":
            full = None
            if kind == "named_person":
                # a name wrapped over two lines of wire copy reads as one line
                phrase = self.layout[mention.start:mention.end]
                kind, full = self._person_or_organization(phrase)
                # One name however the article titles it: "Plant manager Gloria Harwood" and
                # "Harwood" are "Gloria Harwood".
                if kind == "named_person" and self._joint_kind(phrase.strip(" ,")):
                    full = phrase.strip(" ,")   # "Sen. Ann Lee and Rep. Bob Jones": both
                elif full is None and kind == "named_person":
                    full = person_name(phrase, self.src)
                    if full and phrase.startswith(full):
                        full = phrase.strip(" ,")     # "Bob Lee, CEO of Acme" stays
            full = full or identified
            st = self._resolve_named(full or mention.text, kind, head)
            if st is None and full:
                st = self._new_source(full, kind, head)
        elif kind == "unnamed_group":
            # "two of the people" goes back to "five people familiar with the request".
            definite = self.src.definite & set(low.split())
            back = {"unnamed_group", "anonymous_source", "anonymous_official"} if definite \
                else {"unnamed_group"}      # (the head decides: "officials", not "official")
            st = next((s for s in reversed(self.sources)
                       if s.kind in back and s.head == head and self._described_alike(low, s)),
                      None)
        if mode == "pronoun" and head in self.src.pronouns_plural:
            # People who open the sentence before are a newer antecedent than the group quoted
            # before them: "Two Western diplomats … were more cautious. They said …"
            np = self._plural_antecedent(mention.start)
            if np is not None and (st is None or np.start > max(m.end for m in st.mentions)):
                st = self.resolve(np, sentence_index)
        if mode == "pronoun":
            # A full name opening a sentence after the last mention of the source found is a
            # newer antecedent: "Tom Reed said … Anna Diaz runs the diner. She said …"
            found = self._antecedent_in_text(mention.start, head)
            if found and (st is None or found[1] > max(m.end for m in st.mentions)):
                named = self._resolve_named(found[0], "named_person", head)
                if named is None or named.pronoun in {None, head}:
                    st = named or self._new_source(found[0], "named_person", head)
            if st is not None and head in self.src.pronouns_singular \
                    and st.kind != "named_organization":
                # "he" and "she" never meet again (an organization's spokesperson's "she" leaves
                # it its "it")
                st.pronoun = st.pronoun or head
        spoken = False
        if st is None and kind == "anonymous_official" and head in self.src.spokesperson_heads \
                and (low.split()[0] in self.src.articles
                     or low.split()[0] in self.src.spokesperson_possessives):
            said = low.strip(" ,").split()
            if len(said) == 2:
                # "… the spokesperson added": the organization a spokesperson spoke for before
                # (trial 26: it went to the union quoted in between), else the one just quoted
                the = said[0] in self.src.articles and said[0] in self.src.definite
                st = (self._spokesperson_of(mention) if the else None) \
                    or self._spoken_for(mention)
            elif (anaphor := _spoken_for_anaphor(said, self.src.determiners)) \
                    in self.src.org_anaphors:
                # "a company spokesman", "a spokesman for the group": the organization the
                # description points back to, quoted just before, else named just before
                # ("… at Marrowby General Hospital on Wednesday, a hospital spokeswoman said")
                st = self._spoken_for(mention, anaphor) or self._named_for(mention, anaphor)
            elif len(said) == 4 and said[2] in self.src.org_anaphors \
                    and mention.text.split()[1][:1].isupper():
                # "A Millbrook club spokesman": the club named before whose name opens with
                # "Millbrook" ("Millbrook Athletic"), as "A Millbrook Athletic spokesman" is
                st = self._qualified_for(mention, mention.text.split()[1])
            elif len(said) == 3 and mention.text.split()[1][:1].isupper():
                # "A Halcrest spokesperson" after "Northway Freight, a unit of Halcrest
                # Holdings": the organization named before whose name opens with it (trial 26)
                st = self._qualified_for(mention, mention.text.split()[1])
            spoken = st is not None     # the organization keeps its name
        if st is None:
            name = head if kind == "outlet" else mention.text.strip(" ,")
            if kind == "document" and not any(w[:1].isupper() for w in name.split()[1:]):
                name = self._document_author(head, mention.end) or name
            st = self._new_source(name, kind or "anonymous_source", head)
        elif spoken:
            pass        # the organization keeps its own name, not "a company spokesman"
        elif st.kind == "named_person" and mode == "named":
            full = full or mention.text.strip(" ,")
            if len(full) > len(st.name) and person_name(st.name, self.src) is None:
                st.name = full
                self.name_index.update(st, self.src.titles, self.src.name_particles)
        elif st.kind == "document" and kind == "document" and not any(
                w[:1].isupper() for w in st.name.split()[1:]):
            # "The independent analysis" … "the report" that the Economic Roundtable submitted:
            # the document is named by its author once a mention of it gives one
            st.name = self._document_author(head, mention.end) or st.name
        elif mode in {"named", "new"} and len(mention.text) > len(st.name) and \
                st.kind not in {"outlet"} and low.split()[:1] != ["the"] and identified is None:
            st.name = mention.text.strip(" ,")
            self.name_index.update(st, self.src.titles, self.src.name_particles)
        if mode == "named" and kind == "named_person" and self._family(mention.text):
            st.pronoun = "they"     # "the Currys": "he" and "she" are someone else
        return self._used(st, mention)

    def _used(self, st: SourceState, mention: Span) -> SourceState:
        """``st`` with ``mention`` added, moved to the end of ``sources``: the most recently
        used last, for pronoun resolution."""
        st.mentions.append(mention)
        self.sources.remove(st)
        self.sources.append(st)
        return st

    def _first_person(self, source: Span | None) -> bool:
        return source is not None and source.text.strip(" ,").lower() in self.src.first_person

    def hypothetical(self, source: Span | None) -> bool:
        """Whether a frame of the first person reports speech its clause makes hypothetical:
        "I'd be lying if I said investment comes free" (``hypothetical_openers`` right before
        the source) says the opposite of its content, which is no claim."""
        if not self._first_person(source):
            return False
        before = self.text[max(0, source.start - 12):source.start].split()
        return bool(before) and before[-1].lower() in self.cues.hypothetical_openers

    def _described_alike(self, low: str, st: SourceState) -> bool:
        """Whether each word describing a group ("state" and "fire" of "State fire
        officials") is a word of an earlier mention of ``st`` (function words, numbers and the
        head aside): "State fire officials" is another group than the "fire officials" of the
        lede, "Palestinian officials" than "Israeli officials"; "officials" and "two of the
        people" go back to any."""
        src = self.src
        function = src.determiners | src.articles | src.prepositions | src.quantifiers
        words = {w.strip(",.") for w in low.split()} - function - {st.head}
        words = {w for w in words if w and not w[:1].isdigit()}
        if not words:
            return True
        known = {w.strip(",.").lower() for m in st.mentions for w in m.text.split()}
        return words <= known

    def elliptical_antecedent(self, start: int) -> SourceState | None:
        """The anonymous source or group quoted just before (within ``_MEMBER_OF_CHARS`` of
        ``start``) that a bare "Another", "One", "A third" is one more of; None when the
        source quoted last is named or far back ("Another said" then opens no source)."""
        last = next(reversed(self.sources), None)
        src = self.src
        if last is None or last.kind not in ANONYMOUS_KINDS or not (
                last.head in src.group_heads or last.head in src.anonymous_heads
                or last.head in src.resident_heads or last.head in src.official_heads
                or last.head in src.private_roles or last.head in src.role_titles
                or last.head in src.person_description_heads):
            return None     # (a person or people: not "a pause in either", a misread phrase)
        end = max((m.end for m in last.mentions if m.end <= start), default=-1)
        return last if end >= 0 and start - end <= _MEMBER_OF_CHARS else None

    def _elliptical_member(self, mention: Span) -> SourceState | None:
        """The source a bare "Another said" stands for: the group just quoted (a member of
        it), or another person of the kind of the individual just quoted ("A senior figure in
        the governing party … Another said": another senior figure, a source of its own)."""
        before = self.elliptical_antecedent(mention.start)
        if before is None:
            return None
        if before.kind == "unnamed_group" or before.head in self.src.group_heads \
                or plural_noun(before.head):
            return before
        words = before.name.split()
        rest = words[1:] if words and words[0].lower() in self.src.determiners else words
        said = mention.text.strip(" ,")
        return self._new_source(" ".join([said[:1].upper() + said[1:], *rest]), before.kind,
                                before.head)

    def _group_of_member(self, mention: Span, rest: list[str]) -> SourceState | None:
        """The unnamed group a member of it stands for ("one of them", "each of the
        employees", ``member_of_openers``): the group just quoted (``elliptical_antecedent``),
        when ``rest`` ends in one of ``member_of_pronouns`` ("them") or holds a word of the
        group's name."""
        before = self.elliptical_antecedent(mention.start)
        if before is None or before.kind != "unnamed_group":
            return None
        if rest[-1] in self.src.member_of_pronouns or set(rest) & set(before.name.lower().split()):
            return before
        return None

    def _of_age(self, age: int, before: int) -> SourceState | None:
        """The named person "the 23-year-old" stands for: the one quoted so far whose name
        the article gives that age ("Kwame Ashdown-Pryce, 23,"), else the last person named
        with that age before it though not quoted yet ("Dwayne Petrakis, 58, was convicted …
        the 58-year-old said"); None when no one's is."""
        people = [s for s in reversed(self.sources) if s.kind == "named_person"]
        for st in people:
            name = person_name(st.name, self.src) or st.name
            m = re.search(rf"\b{re.escape(name.split()[-1])},\s+(\d{{1,3}}),",
                          self.text[:before])
            if m is not None and int(m.group(1)) == age:
                return st
        found = None
        for m in _NAME_OF_AGE.finditer(self.text, 0, before):
            if int(m.group("age")) == age:
                found = person_name(m.group("name"), self.src) or found
        if found is None:
            return None
        return self._resolve_named(found, "named_person", found.split()[-1].lower()) or \
            self._new_source(found, "named_person", found.split()[-1].lower())

    def _spoken_for(self, mention: Span, anaphor: str = "") -> SourceState | None:
        """The named organization quoted just before a bare "A spokesperson said" (within
        ``_SPOKEN_FOR_CHARS``): its spokesperson speaks for it ("The Department of Health said
        … A spokesperson said …"), one voice, not an anonymous official.  With ``anaphor``
        ("a company spokesman", "a spokesman for the group"), an organization of another kind
        ("the company" is no ministry) does not count."""
        best = None
        for st in self.sources:
            if st.kind != "named_organization" or anaphor and not self._of_kind(anaphor, st) \
                    or st.name.lower() in self.src.first_person:
                continue    # (not the writer's "We asked the council …": review 23 M4)
            last = max((m.end for m in st.mentions if m.end <= mention.start), default=-1)
            if last >= 0 and mention.start - last <= _SPOKEN_FOR_CHARS and (
                    best is None or last > best[0]):
                best = (last, st)
        contact = None if anaphor else self._writer_contact(mention.start)
        if contact is not None and (best is None or contact[0] > best[0]):
            # "We've just spoken to the fire service. A spokeswoman said …": the one reached
            name, head = contact[1], contact[1].split()[-1].lower()
            st = self._resolve_named(name, "named_organization", head) or \
                self._new_source(name, "named_organization", head)
            st.mentions.append(mention)
            return st
        if best is None or self._other_organization_between(best[1], best[0], mention.start):
            return None
        best[1].mentions.append(mention)
        return best[1]

    def _writer_contact(self, end: int) -> tuple[int, str] | None:
        """The organization the writer last asked or reached before offset ``end`` (within
        ``_SPOKEN_FOR_CHARS``; ``writer_contact_verbs`` of sources.toml): "We asked the council
        how much …" -> "the council" when its head is an organization noun (``anaphors``,
        ``body_anaphors``) or it is capitalised and no personal name ("We contacted Acme
        Foods"; not "We asked Councillor Jane Doe …", a person: review 25 M3); (where it ends,
        the phrase), or None. Whom the writer reached last counts: a person reached after an
        organization is no contact of an organization (the spokesperson is then the
        organization quoted before, if any: :meth:`_spoken_for`)."""
        last = None
        src = self.src
        regex = _writer_contact_regex(src.first_person, src.writer_contact_verbs,
                                      self.cues.adverbs_between, src.writer_contact_stops)
        for m in regex.finditer(self.text, max(0, end - _SPOKEN_FOR_CHARS), end):
            phrase = m.group("org")
            words = phrase.split()
            low = words[-1].lower()
            if low in src.org_anaphors or low in src.body_anaphors or " ".join(
                    words[-2:]).lower() in src.org_anaphors:
                last = (m.end("org"), phrase)
            elif words[0][:1].isupper() and words[0].lower() not in src.articles:
                person = words[0] in src.titles or words[0].rstrip(".") in src.titles or \
                    person_name(phrase, src) is not None
                last = None if person else (m.end("org"), phrase)
        return last

    def _qualified_for(self, mention: Span, qualifier: str) -> SourceState | None:
        """The organization a spokesperson described by a name's first word and a kind noun
        stands for ("A Millbrook club spokesman"): the organization source whose name opens
        with that word, else the one name of two or more capitalised words opening with it
        in the body before the mention ("Millbrook Athletic"); None for none or two."""
        for st in reversed(self.sources):
            words = [w for w in st.name.split() if w.lower() not in self.src.articles]
            if st.kind == "named_organization" and words and words[0] == qualifier:
                st.mentions.append(mention)
                return st
        title = self.doc.title_span
        start = title.end if title is not None and title.end <= mention.start else 0
        found = {" ".join(m.group().split()) for m in re.finditer(
            rf"\b{re.escape(qualifier)}(?:[ \t]+[A-Z][\w'’&-]*)+", self.text[start:mention.start])}
        people = {st.name for st in self.sources if st.kind == "named_person"}
        if len(found) != 1 or qualifier in self.src.first_names or found & people:
            return None
        name = found.pop()
        if any(w in self.src.titles or w in self.src.first_names for w in name.split()[1:]) \
                or any(name.endswith(p) for p in people):
            return None     # "Labour MP Jess Phillips": a title and a person, no body's name
            #                 (review 23)
        st = self._resolve_named(name, "named_organization", name.split()[-1].lower()) or \
            self._new_source(name, "named_organization", name.split()[-1].lower())
        return st

    def _named_for(self, mention: Span, anaphor: str) -> SourceState | None:
        """The organization a spokesperson's description points back to ("a hospital
        spokeswoman", "a spokesperson for the university") when it is not quoted but named
        in the body before the mention, with the description's noun capitalised in its name
        ("Marrowby General Hospital", "the University of Brennard"): the one such name, found
        or new; None for none or two (St. Anne's Hospital and Mercy General Hospital)."""
        title = self.doc.title_span
        start = title.end if title is not None and title.end <= mention.start else 0
        words = list(_WORD_RUN.finditer(self.text, start, mention.start))
        found = set()

        def cap(w: re.Match) -> bool:     # a capitalised word, not a headline's capitals
            return w.group()[:1].isupper() and not (len(w.group()) > 1 and w.group().isupper())

        def opens(n: int) -> bool:        # the first word of a sentence
            before = self.text[max(start, words[n].start() - 3):words[n].start()].rstrip()
            return n == 0 or not before or before[-1] in ".!?\n\"“”"

        for k, w in enumerate(words):
            if w.group().rstrip(".").lower() != anaphor or not cap(w):
                continue
            i = k
            while i > 0 and cap(words[i - 1]) and not words[i - 1].group().endswith(".") \
                    and not opens(i) \
                    and self.text[words[i - 1].end():words[i].start()].strip() == "":
                i -= 1      # "Marrowby General Hospital", not past "Dr. Ann Lee."
            low = words[i].group().lower()
            if i < k and opens(i) and (low in self.src.determiners or low in self.src.prepositions
                                       or low in self.cues.fronted_clause_openers
                                       or low in self.cues.leading_words):
                i += 1      # (not "The" or "When" opening a sentence; "Export Credits
                #             Guarantee Department" is a name)
            j = k + 1
            while j + 1 < len(words) and words[j].group() in self.src.name_prepositions \
                    and cap(words[j + 1]) and not self.text[
                        words[k].end():words[j + 1].start()].strip(" \n").count(","):
                j += 2      # "University of Brennard"
                while j < len(words) and cap(words[j]) \
                        and not words[j - 1].group().endswith(".") \
                        and self.text[words[j - 1].end():words[j].start()].strip() == "":
                    j += 1      # (not past "Brennard." into the next sentence)
            name = self.text[words[i].start():words[j - 1].end()].rstrip(".")
            if j - i > 1:
                found.add(" ".join(name.split()))
        if len(found) != 1:
            return None
        name = found.pop()
        return self._resolve_named(name, "named_organization", anaphor) or \
            self._new_source(name, "named_organization", anaphor)

    def _other_organization_between(self, st: SourceState, start: int, end: int) -> bool:
        """Whether another organization is introduced between ``start`` and ``end`` by an
        organization noun before its name ("Rail operator Coastlink has suspended …", "the
        carmaker Carrow"): a spokesperson after it is more likely that one's (trial 18b gave
        Coastlink's spokeswoman to the utility quoted before)."""
        words = self.text[start:end].split()
        for k in range(len(words) - 1):
            name = words[k + 1].strip(",.;:").removesuffix("'s").removesuffix("’s")
            if words[k].lower() in self.src.org_anaphors and name[:1].isupper() \
                    and name not in st.name.split():
                return True
        return False

    def _of_kind(self, anaphor: str, st: SourceState) -> bool:
        """Whether "the ``anaphor``" can stand for the organization ``st``: of its family
        ("the company" for "Acme Corp") or of no other kind (not the "Ministry of Labour")."""
        families = self.src.org_families
        name = st.name.split()
        return families.kin(anaphor, name) or not families.other_kind(
            anaphor, [name], self.src.org_heads | self.src.org_anaphors,
            families.kin_named(anaphor, self.text))

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
        templates = _author_patterns(self.src.document_author, head)
        word = _head_pattern(head)
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
                if len(author.split()) > 1 or ACRONYM.fullmatch(author):
                    out.append((m.start(), f"{author}'s {head}"))
                    break
        return out

    def _new_source(self, name: str, kind: str, head: str) -> SourceState:
        st = SourceState(f"S{len(self.sources) + 1}", name, kind, head, order=len(self.sources))
        self.sources.append(st)
        self.name_index.update(st, self.src.titles, self.src.name_particles)
        if st.kind in ANONYMOUS_KINDS and st.kind != "unnamed_group":
            self.anonymous_order.append(st)
            st.individual = True
        return st

    def _person_or_organization(self, text: str) -> tuple[str, str | None]:
        """A one-word name is a person when the article gives a full name ending in it
        ("Lopez" after "Maria Lopez": kind and that full name), a title ("Mr. Cook") or the
        surname with a particle of a named person, with or without the particle ("Mansouri",
        "Al-Mansouri" after "Khalid bin Saeed al-Mansouri" was quoted); otherwise it is an
        organization ("Northwind said", "Acme declined to comment")."""
        key = name_key(text, self.src.titles, self.src.articles)
        if len(key.split()) != 1:
            # "Southern Vale Water said", "Social Care said": ordinary words, no first name,
            # no surname last, read as a brand's name, not a person's
            return ("named_organization" if brand_name(text.strip(" ,"), self.src)
                    else "named_person"), None
        surname = text.split()[-1].strip(",.").removesuffix("'s").removesuffix("’s")
        if surname not in self._surname_cache:
            self._surname_cache[surname] = self._first_full_name(surname)
        full = self._surname_cache[surname]
        particle, hyphen, bare = surname.partition("-")
        if full is None and hyphen and particle.lower() in self.src.name_particles \
                and particle[:1].isupper():
            # "Al-Hassan said" opening a sentence is the "al-Hassan" of the full name
            lowered = particle.lower() + hyphen + bare
            if lowered not in self._surname_cache:
                self._surname_cache[lowered] = self._first_full_name(lowered)
            full = self._surname_cache[lowered]
        if full:
            return "named_person", full
        if any(w in self.src.titles for w in text.split()):
            return "named_person", None
        if self.name_index.particled.get(key):
            return "named_person", None     # "Mansouri" after "Khalid bin Saeed al-Mansouri"
        family_first = self._family_name_first(key)
        if family_first is not None:
            return "named_person", family_first.name
        if self._lone_surname(text, surname) or self._family(text):
            return "named_person", None     # "Jones said", the full name trimmed away
        return "named_organization", None

    def _family_name_first(self, key: str) -> SourceState | None:
        """The named person whose name of two words opens with the lone word ``key`` written
        family name first, as Chinese, Korean and Vietnamese names are ("Zhang" after "Zhang
        Wei" was quoted): the second word is a first name (``first_names*.txt``) and the first
        is none with a gender cue ("Kim" of "Kim Kardashian", "Lee" of "Lee Anderson" are
        first names: their persons are named by the last word)."""
        genders = self.src.first_name_genders
        if genders.get(key.capitalize()) in {"m", "f"}:
            return None
        found = [st for st in self.name_index.leading.get(key, {}).values()
                 if person_key(st.name, self.src.titles, self.src.articles).split()[1]
                 .capitalize() in genders]
        return min(found, key=_used) if found else None

    def _lone_surname(self, text: str, word: str) -> bool:
        """A lone word that is a common surname (``rules/surnames.txt``) names a person: not
        after "the" ("the Browns" play football), not an auxiliary opening a question ("Will
        they …"), not a word the article also writes in lower case ("Sellers said" opens a
        sentence about sellers) and not one it uses in an organization's name (``_firm``)."""
        if not common_surname(word, self.src) or text.split()[0].lower() == "the" or \
                word.lower() in self.cues.auxiliaries:
            return False
        if word not in self._firm_cache:
            self._firm_cache[word] = self._firm(word) or re.search(
                r"\b" + re.escape(word.lower()) + r"\b", self.text) is not None
        return not self._firm_cache[word]

    def _family(self, text: str) -> bool:
        """"The Currys" after "Stephen Curry": a family, named by the plural of the surname of
        a person the article names in full (people, not an organization; "they", not "he")."""
        words = text.split()
        if len(words) != 2 or words[0].lower() != "the" or not words[1].endswith("s"):
            return False
        for stem in (words[1][:-1], words[1][:-2] if words[1].endswith("es") else ""):
            if len(stem) > 1:
                if stem not in self._surname_cache:
                    self._surname_cache[stem] = self._first_full_name(stem)
                if self._surname_cache[stem]:
                    return True
        return False

    def _firm(self, word: str) -> bool:
        """Whether the article writes ``word`` inside an organization's name: before an
        organization word ("Ford Motor Co.", "Sears, Roebuck and Co", "Kaiser Aluminum and
        Chemical Corp"), after another name and "and" ("Duff and Phelps", "Johnson &
        Johnson"), or after a common noun for an organization ("merchant bank Pierson")."""
        org_words = self.src.org_words
        w = re.escape(word)
        name_after, name_before = _name_context(self.src.name_connectives,
                                                self.src.organization_prepositions)
        for m in re.finditer(r"\b" + w + name_after, self.text):
            if any(t in org_words or t.rstrip(".,").removesuffix("'s").removesuffix("’s")
                   in org_words for t in m.group(1).split()):   # "Ford Motor Co's"
                return True
        for m in re.finditer(name_before + w + r"\b", self.text):
            if m.group("name") or m.group("noun").lower() in self.src.org_anaphors:
                return True
        return False

    def _first_full_name(self, surname: str) -> str | None:
        """The first "First [M.] Surname" in the article: of the places where the surname opens
        a run of non-space characters after a space and ends before a character that is no
        letter or digit (``_surname_sites``, one pass over the text), the first after a first
        name, and after an ordinary English word ("Late", "Nils") only when no site has a
        likelier first name."""
        if not surname:
            return None
        text = self.layout
        if self._sites is None and len(self._surname_cache) < _SCAN_SURNAMES:
            sites = self._find_sites(surname)    # a few surnames: str.find beats the index
        else:
            sites = self._surname_sites().get(surname, ())
        found = None
        for at in sites:
            m = _FIRST_NAME_BEFORE.search(text, max(0, at - 40), at)
            if m and self._first_name(m.group("first")):
                full = text[m.start("first"):at + len(surname)]
                first = m.group("first")
                if first in self.src.first_names or not english_word(first.lower()):
                    return full
                found = found or full
        # an ordinary word before the surname only when nothing likelier comes: "Chidi
        # Okafor" over a headline's "Late Okafor header", but "Nils Kinuani" all the same
        return found

    def _find_sites(self, surname: str) -> list[int]:
        """The places ``_surname_sites`` would give for one surname, found by ``str.find``:
        after a space or tab, and followed by the end of the text or a character that is no
        letter or digit."""
        text = self.layout
        if not surname or any(ch.isspace() for ch in surname):
            return []
        sites, size = [], len(surname)
        at = text.find(surname, 1)
        while at != -1:
            before = text[at - 1]
            end = at + size
            if before.isspace() and before != "\n" and (
                    end == len(text) or _NOT_ALNUM.match(text, end)):
                sites.append(at)
            at = text.find(surname, at + 1)
        return sites

    def _surname_sites(self) -> dict[str, list[int]]:
        """Every string that starts a run of non-space characters right after a space or tab
        and ends where the run does or before a character that is no letter or digit ("Lopez"
        and "Lopez's" in "Maria Lopez's"), with the offsets where it does, in text order: where
        a surname can follow a first name (``_FIRST_NAME_BEFORE`` ends in such a space).
        Built once per article; ``_first_full_name`` searched the whole text per surname."""
        if self._sites is None:
            self._sites = {}
            for m in _RUN_AFTER_SPACE.finditer(self.layout):
                run, at = m.group(), m.start()
                for cut in _NOT_ALNUM.finditer(run):
                    self._sites.setdefault(run[:cut.start()], []).append(at)
                self._sites.setdefault(run, []).append(at)
        return self._sites

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
            for m in _PERSON_NAME_ANYWHERE.finditer(self.layout):
                words = m.group(1).split()
                if self._first_name(words[0]):
                    self._names.setdefault(words[-1], m.group(1))
        return self._names

    def _antecedent_in_text(self, pos: int, pronoun: str | None) -> tuple[str, int] | None:
        """The nearest full name before a pronoun that no source stands for yet: "Jane Doe
        runs the shelter. She said …" gives Jane Doe rather than an unknown "she" (``pronoun``
        None: a person of either gender)."""
        if pronoun is not None and pronoun not in self.src.pronouns_singular:
            return None
        base = max(0, pos - 600)
        names = [(self._whole_name(m.group("name"), m.start("name")), m.start("name"))
                 for rx in (_SUBJECT_NAME, _CLAUSE_SUBJECT)
                 for m in rx.finditer(self.layout, base, pos)]
        # A surname alone opening a sentence ("Reed coached the team …") stands for the
        # full name the article gave before.
        # So does a team's or a firm's name before a role and a person's name ("Rovers boss
        # Tony Galloway was unhappy …"): the person.
        full = self._full_names()
        for m in _SUBJECT_SURNAME.finditer(self.layout, base, pos):
            word, at = m.group("name"), m.start("name")
            titled = self._titled_after(at)
            if titled or word in full:
                names.append((titled or full[word], at))
        for m in _APPOSED_SUBJECT.finditer(self.layout, base, pos):
            name = appositive_name(m.group("phrase"), self.src)
            if name is not None and m.group("name").endswith(name) and \
                    _noun_phrase(m.group("phrase")[:m.start("name") - m.start("phrase")]):
                names.append((name, m.end("name") - len(name)))
        for m in _SUBJECT_FIRST_NAME.finditer(self.layout, base, pos):
            apposed = self.layout[m.start("name"):self.layout.find(",", m.end("name") + 1)]
            if first_name_apposed(apposed, self.src):
                names.append((m.group("name"), m.start("name")))
        names.sort(key=lambda n: n[1])
        # Names whose first name agrees with the pronoun's gender before the others ("Sarah
        # …" is no "he" where a man is named too; "Kim Jong Un" is still "he" alone)
        want = self.src.pronoun_genders.get(pronoun) if pronoun else None
        if want:
            genders = self.src.first_name_genders
            agree = [(n, at) for n, at in names if genders.get(n.split()[0], want) in (want, "u")]
            names = agree or names
        # Not an organization: "Dunmore Rovers", "Calder Valley Buses" end in a common noun
        # ("Raymond Castellanos", a first name then a surname, is a person).
        names = [(n, at) for n, at in names if n.split()[0] not in self.src.titles
                 and n.split()[0].lower() not in self.src.determiners | self.src.prepositions
                 and n.lower() not in self.cues.not_speakers
                 and not any(w.strip(",.") in self.src.org_words for w in n.split())
                 and not (plural_common_noun(n.split()[-1], self.src.surnames)
                          and n.split()[0] not in self.src.first_names)]
        return names[-1] if names else None

    def _plural_antecedent(self, pos: int) -> Span | None:
        """The last noun phrase of people opening a sentence of the 300 characters before a
        plural pronoun at ``pos`` (``_plural_subject``), as a mention; None when there is none."""
        src = self.src
        found = None
        title = self.doc.title_span     # (not the headline's "Two men held after …")
        start = max(0, pos - 300, title.end if title is not None and title.end <= pos else 0)
        subject = _plural_subject(src.group_heads, src.determiners | src.quantity_heads)
        for m in subject.finditer(self.layout, start, pos):
            words = m.group("np").split()
            after = self.layout[m.end("np"):m.end("np") + 60].split()[:4]
            tags = chunks(tuple(words + after))
            if tags is not None and any(t[0].startswith("VB") for t in tags[:len(words) - 1]):
                continue    # "Police detained two protesters", "managers met union leaders":
                #             a clause, no noun phrase (review 23)
            if tags is not None and self._passive_at(after, tags[len(words):]):
                continue    # "Two other people were seen running …": what was done to them
            found = m
        # in a sentence before the pronoun's: "Producer delegates were meeting …, they said"
        # is what the delegates quoted before said
        if found is None or not _SENTENCE_END.search(self.layout, found.end("np"), pos):
            return None
        start, end = found.span("np")
        return Span(start, end, self.text[start:end])

    def _passive_at(self, words: list[str], tags) -> bool:
        """Whether ``words`` (after a noun phrase, with their tags) open a passive: auxiliaries
        with one of ``passive_auxiliaries`` among them ("were", "have been"), then a past
        participle by the tagger, past an adverb ("were later found")."""
        k = 0
        while k < len(words) and words[k].lower() in self.cues.auxiliaries | \
                self.cues.passive_auxiliaries:
            k += 1
        if k and k < len(tags) and tags[k][0].startswith("RB"):
            k += 1
        return any(w.lower() in self.cues.passive_auxiliaries for w in words[:k]) \
            and k < len(tags) and tags[k][0] == "VBN"

    def _titled_after(self, at: int) -> str | None:
        """The person's name after a name and a role in lower case at ``at``: "Tony Galloway"
        of "Rovers boss Tony Galloway"; None when no role stands between."""
        titled = _NAME_ROLE_NAME.match(self.text, at)
        if titled and any(is_role(w, self.src) for w in titled.group("role").split()):
            return titled_name(titled.group(), self.src)
        return None

    def _whole_name(self, name: str, at: int) -> str:
        """The personal name in the run of capitalized words that starts with ``name``:
        "Glaciologist Ingrid" at the start of "Glaciologist Ingrid Soltveit has …" is "Ingrid
        Soltveit"; "Harlow Vale head coach Sunniva Haldane was …" is Sunniva Haldane (a team's
        or a company's name, then the person's role and name)."""
        if not is_role(name.split()[0], self.src):
            return self._titled_after(at) or name
        run = _CAPITALIZED_RUN.match(self.text, at)
        return person_name(run.group(), self.src) or name if run else name

    def _new_document_between(self, family: str, start: int, end: int) -> bool:
        """Whether the text between two offsets introduces another document of one family
        with an indefinite article ("a separate civil filing", "another lawsuit")."""
        heads = [h for h, f in self.src.document_family.items() if f == family] or [family]
        pattern = _new_document_pattern(tuple(sorted(self.src.document_distinct)),
                                        tuple(sorted(heads)))
        return pattern.search(self.text, start, end) is not None

    def _resolve_pronoun(self, pronoun: str) -> SourceState | None:
        if pronoun in self.src.pronouns_singular:
            wanted = {"named_person", "anonymous_official", "anonymous_resident",
                      "anonymous_source"}
        elif pronoun in self.src.pronouns_plural:
            wanted = {"unnamed_group", "named_organization", "outlet", "anonymous_official",
                      "anonymous_resident", "anonymous_source"}
        else:
            wanted = {"named_organization", "document", "outlet"}
        found = [s for s in reversed(self.sources) if (s.kind in wanted or (
            pronoun in self.src.pronouns_singular and s.kind == "named_organization"
            and self._spokesperson_last(s))) and s.pronoun in {None, pronoun}]
        want = self.src.pronoun_genders.get(pronoun)
        if want:
            # "he" is not the woman quoted last ("Vice Mayor Karen Ostrowski") when a man is
            # quoted before her: a first name of the other gender rules a source out when
            # one of the pronoun's gender is there to take it
            if found and self._first_name_gender(found[0]) not in {want, None, "u"}:
                found = [s for s in found if self._first_name_gender(s) == want] or found
        return found[0] if found else None

    def _spokesperson_of(self, mention: Span) -> SourceState | None:
        """The named organization a spokesperson spoke for last before ``mention`` ("A
        Halcrest spokesperson said …" for "the spokesperson added"), with ``mention`` added;
        None when no organization has a spokesperson's mention."""
        best = None
        for st in self.sources:
            if st.kind != "named_organization":
                continue
            for m in st.mentions:
                if m.end <= mention.start and (best is None or m.end > best[0]) and any(
                        w.strip(",.").lower() in self.src.spokesperson_heads
                        for w in m.text.split()):
                    best = (m.end, st)
        if best is None:
            return None
        best[1].mentions.append(mention)
        return best[1]

    def _spokesperson_last(self, st: SourceState) -> bool:
        """Whether an organization was last mentioned by its spokesperson ("a board spokesman
        said … “…,” he said"): a singular pronoun then goes to it, the one voice."""
        last = max(st.mentions, key=lambda m: m.start, default=None)
        return last is not None and any(w.strip(",.").lower() in self.src.spokesperson_heads
                                        for w in last.text.split())

    def _first_name_gender(self, st: SourceState) -> str | None:
        """The gender cue of a named person's first name (``first_names.txt``), else None."""
        if st.kind != "named_person":
            return None
        words = (person_name(st.name, self.src) or "").split()
        return self.src.first_name_genders.get(words[0]) if len(words) > 1 else None

    def _resolve_definite(self, mention: Span, kind: str, head: str) -> SourceState | None:
        words = [w.strip(",.").lower() for w in mention.text.split()]
        ordinal = next((self.src.ordinals[w] for w in words if w in self.src.ordinals), None)
        if kind == "document":
            family = self.src.document_family.get(head, head)
            found = next((s for s in reversed(self.sources) if s.kind == "document"
                          and self.src.document_family.get(s.head, s.head) == family), None)
            if found is not None and self._new_document_between(
                    family, max(m.end for m in found.mentions), mention.start):
                return None     # "In a separate civil filing …. The filing says": not the
                #                 complaint quoted before
            return found
        if kind == "named_organization":
            # "the city" is the source whose name says city, else the last organization unless
            # the head is a kind of place that names an organization of its own.
            same = next((s for s in reversed(self.sources) if s.kind == "named_organization"
                         and head in s.name.lower().split()), None)
            modifiers = [w for w in words[1:-1] if w not in self.src.determiners]
            if modifiers and words[-1] == head:
                # "the county emergency office" is the organization whose name says so, not
                # the last one quoted ("Police said …"): a new organization otherwise
                return next((s for s in reversed(self.sources) if s.kind == "named_organization"
                             and set(modifiers) <= set(s.name.lower().split())), None)
            if same is not None or head in self.src.place_anaphors \
                    or head in self.src.body_anaphors or (
                    self._officials_of(mention) and not self._known_anaphor(mention, head)):
                return same     # "union officials" are not the company quoted before
            brand = self._brand_before(head)
            if brand is not None:
                return brand
            orgs = [s for s in reversed(self.sources) if s.kind == "named_organization"]
            kin = next((s for s in orgs if self.src.org_families.kin(head, s.name.split())),
                       None)
            if kin is not None:
                return kin      # "the company" is "Acme Corp", not the ministry quoted since
            # "the company" is not "the state water agency" nor "St. Aidan's Hospital"
            named = self.src.org_families.kin_named(head, self.text)
            fitting = (s for s in orgs if not self.src.org_families.other_kind(
                head, [s.name.split()], self.src.org_heads | self.src.org_anaphors, named))
            return next(fitting, None)
        if kind == "unnamed_group":
            # "the people" after "five people familiar with the talks" are those people.
            # "The officials" after "Two government officials" (head "government" when it was
            # read as officials of a government named before): the name's last word counts too
            same = next((s for s in reversed(self.sources)
                         if s.kind in {"unnamed_group", "anonymous_source", "anonymous_official"}
                         and head in (s.head, s.name.lower().split()[-1])), None)
            if same is None and head in self.src.source_words:
                # "Two people familiar with the matter said … The sources declined to be
                # identified because …": the anonymous people quoted last, however the
                # article first described them (a plural head)
                same = next((s for s in reversed(self.sources)
                             if s.kind in {"anonymous_source", "anonymous_official"}
                             and s.head in self.src.group_heads), None)
            return same
        if ordinal is None and (head in self.src.role_titles or head in self.src.role_kinds
                                or head in self.src.kin_nouns):
            # (a kin noun too: "her son" is "her son, Tomás Ruiz", never the "her")
            named = self._titled_antecedent(mention, head)
            if named is not None and head in self.src.kin_nouns \
                    and self._other_person_between(named, mention):
                named = None    # "His wife, Elena Ruiz, said … David Chen … His wife said":
                #                 Chen's wife, another relative (review 23)
            if named is not None:
                return named
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
        described = next((s for s in reversed(self.sources) if s.individual
                          and head in s.name.lower().replace(",", " ").split()), None)
        if described is not None:
            # "The aide" after "A fourth person, a congressional aide briefed on the plans,
            # said": the person whose apposition names that role
            return described
        if head in self.src.anonymous_heads:
            return next((s for s in reversed(self.sources) if s.individual), None)
        member = next((s for s in reversed(self.sources) if s.kind == "named_organization"
                       and s.head == head and head in self.src.official_heads), None)
        if member is not None:
            # "An Acme official said in a statement … “…,” the official said": the one person
            # of that role met before, not a group of officials quoted earlier (trial 25)
            return member
        # "the official" after "two government officials … One of the officials said": one of
        # the group met before (its plural head), when no single person of that role was
        return next((s for s in reversed(self.sources) if s.kind == "unnamed_group"
                     and s.name.lower().split()[-1] in (head + "s", head + "es")), None)

    def _authored_by(self, mention: Span) -> SourceState | None:
        """The study or survey whose authors a definite description names ("the
        researchers", "The authors", "the study's authors": ``author_nouns`` after a
        determiner and document heads of an ``authored_families`` family), quoted within
        ``_AUTHORED_CHARS`` before, when the text says they wrote it (:meth:`_says_authors`);
        None when the article met people so called ("Researchers at Stanford … the
        researchers"), or introduced people in a sentence since the study ("Two housing
        economists … reviewed the report. The researchers said …"), or there is no such
        document."""
        words = [w.strip(",.") for w in mention.text.lower().replace("’", "'").split()]
        src = self.src
        if len(words) < 2 or words[0] not in src.definite or \
                words[-1] not in src.document_author_nouns or not all(
                    src.document_family.get(w.removesuffix("'s")) in src.authored_families
                    for w in words[1:-1]):
            return None
        if any(s.head == words[-1] for s in self.sources if s.kind != "document"):
            return None
        if not self._says_authors(mention, len(words) > 2 or words[-1] in src.author_self):
            return None
        for st in reversed(self.sources):
            if st.kind == "document" and \
                    src.document_family.get(st.head, st.head) in src.authored_families:
                last = max((m.end for m in st.mentions if m.end <= mention.start), default=-1)
                if last < 0 or mention.start - last > _AUTHORED_CHARS:
                    return None
                people = self._plural_antecedent(mention.start)
                return None if people is not None and people.start > last else st
        return None

    def _says_authors(self, mention: Span, named: bool) -> bool:
        """Whether the text has the researchers of ``mention`` write the study (review 25 H5):
        their description says so (``named``: "the study's authors", "The authors"), or the
        words right after it are a verb of finding or writing ("the researchers found", "…
        also reported") or a relative clause that has them make it ("the researchers who
        conducted the study"); and their paragraph does not have people assess a study from
        outside ("… reviewed the report for the council", "said the report overstated …":
        ``outside_assessment`` of sources.toml)."""
        src = self.src
        text = self.text
        if not named and not _authors_said(src.author_verbs, src.authoring_verbs,
                                           self.cues.adverbs_between).match(
                text, mention.end, mention.end + 80):
            return False
        start = max(text.rfind("\n", 0, mention.start), text.rfind("\r", 0, mention.start)) + 1
        end = text.find("\n", mention.end)
        paragraph = text[start:end if end >= 0 else len(text)]
        return src.outside_assessment is None or src.outside_assessment.search(paragraph) is None

    def _identified_after(self, mention: Span, head: str) -> str | None:
        """The name that identifies an organization first given by an indefinite description
        ("An NHS trust in the north-west of England"), within the rest of its sentence and the
        next: capitalised words that end in the description's head noun capitalised
        ("Northfield Teaching Hospitals NHS Trust") and hold each capitalised word of the
        description ("NHS"), of which there must be one; None when there is no such name, or
        it is not the body introduced (review 25 H6): another body of that head is named in
        the window or before the description, the name's sentence marks it as a second body
        ("which runs the neighbouring hospitals, said its own systems …":
        ``identification_contrast`` of sources.toml), or the name holds a city that the
        description's place words do not ("Leeds …" after "An NHS trust in Yorkshire")."""
        text = self.text
        end = mention.end
        for _ in range(2):
            stop = _SENTENCE_END.search(text, end, mention.end + 600)
            if stop is None:
                end = min(len(text), mention.end + 600)
                break
            end = stop.end()
        words = mention.text.split()
        at = next((k for k, w in enumerate(words) if w.lower().strip(",.") == head), len(words))
        modifiers = {w.strip(",.") for w in words[1:at] if w[:1].isupper()}
        if not modifiers:
            return None     # (not "A regional bank said … The World Bank said": another bank)
        places = {w.strip(",.") for w in words[at + 1:] if w[:1].isupper()}
        named = _named_with_head(head.capitalize())
        found = []
        for m in named.finditer(text, mention.end, end):
            name = m.group().removeprefix("The ")
            if len(name.split()) >= 2 and not self._ends_with_name(name.split()):
                found.append((m, name))
        if len({name for _, name in found}) != 1 or named.search(text, 0, mention.start):
            return None     # two bodies of that head, or one named before: not this one
        m, name = found[0]
        if not modifiers <= set(name.split()):
            return None
        if any(w not in places and (w in self.src.cities or w in self.src.places)
               for w in name.split()):
            return None     # "Leeds Teaching Hospitals NHS Trust" is no trust "in Yorkshire"
        stop = _SENTENCE_END.search(text, m.end())
        sentence = text[m.end():stop.end() if stop else len(text)]
        contrast = self.src.identification_contrast
        if contrast is not None and contrast.search(sentence):
            return None     # "…, which runs the neighbouring hospitals, said its own …"
        return name

    def _brand_before(self, head: str) -> SourceState | None:
        """"Blue Apron said … The company said": the source used since the last organization
        whose name reads as a brand's (:func:`~credibility.attribute.names.brand_name`), never
        called "he" or "she", is the organization "the company" stands for; it is retyped."""
        if head not in self.src.org_anaphors:
            return None
        for st in reversed(self.sources):
            if st.kind == "named_organization":
                # already read as a brand ("Blue Apron said", _person_or_organization)
                return st if brand_name(st.name, self.src) and not any(
                    w in self.src.org_words or w.lower() in self.src.determiners
                    for w in st.name.split()) else None
            if st.kind == "named_person" and st.pronoun is None and \
                    brand_name(st.name, self.src):
                st.kind = "named_organization"
                return st
        return None

    def _officials_of(self, mention: Span) -> bool:
        """"union officials", "district leaders": people speaking for an organization."""
        words = mention.text.lower().split()
        return len(words) > 1 and words[-1].strip(",.") in self.src.official_heads_plural

    def _known_anaphor(self, mention: Span, head: str) -> bool:
        """Whether "the <head>" stands for an organization in this article: it writes "the
        district" somewhere before "district leaders", or the head is part of a name ("Northwind
        Utility officials")."""
        words = mention.text.split()
        if len(words) > 2 and words[-2][:1].isupper() and words[-3][:1].isupper():
            return True
        return re.search(r"\bthe\s+" + re.escape(head) + r"\b", self.text[:mention.start],
                         re.IGNORECASE) is not None

    def _other_person_between(self, st: SourceState, mention: Span) -> bool:
        """Whether a full name of a listed first name and another surname than ``st``'s is
        written between ``st``'s last mention and ``mention``: whose relative a kin noun
        names may have changed."""
        last = max((m.end for m in st.mentions if m.end <= mention.start), default=None)
        if last is None:
            return False
        surname = st.name.split()[-1] if st.name.split() else ""
        return any(m.group("first") in self.src.first_names and m.group("last") != surname
                   for m in _FULL_NAME.finditer(self.text, last, mention.start))

    def _titled_antecedent(self, mention: Span, head: str) -> SourceState | None:
        """The named person a role description stands for: "the minister" after "Defence
        Minister Arvid Kallberg visited …", "Arvid Kallberg, the defence minister," or "The
        minister of defence, Arvid Kallberg,"; the latest such introduction before the mention
        whose words include the description's modifiers ("the exam board's chairman" is not
        "The chairman of the Commons education committee, Barry Quint").  A role that is a
        kind of the description's counts as it ("The scientist" after "Dr. Ada Quist, a
        virologist at the state laboratory": ``role_kinds``)."""
        words = [w.strip(",.").lower().removesuffix("'s").removesuffix("’s")
                 for w in mention.text.split()]
        modifiers = [w for w in words[1:] if w != head and w not in self.src.determiners
                     and len(w) > 2]
        kinds = sorted(self.src.role_kinds.get(head, ()), key=len, reverse=True)
        role = re.compile(r"\b(?:" + "|".join(map(re.escape, [head, *kinds])) + r")\b",
                          re.IGNORECASE)
        ranks = self.src.rank_words - set(words)

        def ranked(before: str) -> bool:
            """"deputy" (a rank the mention does not say) right before the role"""
            return any(w.strip(",.") in ranks for w in before.lower().split()[-3:])

        for s in reversed(self.sources):
            if s.kind == "named_person" and s.mentions:
                said = " ".join(m.text.lower() for m in s.mentions)
                at = role.search(said)
                if at and all(w in said for w in modifiers) and not ranked(said[:at.start()]):
                    return s
        found = None
        for m in role.finditer(self.text, max(0, mention.start - 3000), mention.start):
            name = None
            run = _CAPITALIZED_RUN.match(self.text, m.end() + 1) \
                if self.text[m.end():m.end() + 1] == " " else None
            if run is not None:         # "Defence Minister Arvid Kallberg"
                name = person_name(run.group(), self.src)
            if name is None:            # "The minister of defence, Arvid Kallberg"
                after = _ROLE_THEN_NAME.match(self.text, m.end())
                name = person_name(after.group("name"), self.src) if after else None
            if name is None:            # "Arvid Kallberg, the defence minister"
                before = _NAME_THEN_ROLE.search(self.text, max(0, m.start() - 80), m.start())
                name = person_name(before.group("name"), self.src) if before else None
            window = self.text[max(0, m.start() - 80):m.end() + 80].lower()
            if name is not None and all(w in window for w in modifiers) and \
                    not ranked(self.text[max(0, m.start() - 30):m.start()]):
                found = name
        if found is None:
            return None
        return self._resolve_named(found, "named_person", head) or \
            self._new_source(found, "named_person", found.split()[-1].lower())

    def _resolve_named(self, text: str, kind: str, head: str) -> SourceState | None:
        """The source a name stands for, the least recently used first: a named person or
        organization whose name key is the name's; for a person, also a named person with the
        same name without apposition ("Dana Cole" and "Dana Cole, president of the Harbor
        Institute") or the same last word where either name is one word ("Cole", "Dana
        Cole").  Outlets by their head.  Looked up in ``name_index``: time independent of the
        number of sources."""
        index = self.name_index
        if kind == "outlet":
            outlets = index.outlet.get(head, {}).values()
            return min(outlets, key=_used) if outlets else None
        aged = None
        if kind == "named_person" and any(w.strip(",.").lower() in self.src.seniority
                                          for w in text.split()):
            # "The elder Mercer", "Mercer, the father": the surname, then the older one
            aged = text
            text = " ".join(w for w in text.split(",")[0].split()
                            if w.lower() not in self.src.seniority)
        norm = index.name_key(text, self.src.titles)
        found = list(index.key.get(norm, {}).values())
        words = norm.split()
        if kind == "named_person" and norm:
            found += index.person.get(index.person_key(text, self.src.titles), {}).values()
            if words:
                one_word = len(words) == 1 or words[0] in self.src.name_particles
                #                              ("Von der Leyen": a surname alone)
                found += [s for s, alone in index.last.get(words[-1], {}).values()
                          if one_word or alone or index.person_key(
                              s.name, self.src.titles).endswith(" " + norm)]
                #   ("Hamdan Dagalo", the first full name the surname ends, is "Abdelrahim
                #   Hamdan Dagalo" quoted before)
        if aged is not None:
            by_age = self._by_seniority(aged, text.split()[-1] if text.split() else "",
                                        list({id(s): s for s in found}.values()))
            if by_age is not None:
                return by_age
        return min(found, key=_used) if found else None

    def _by_seniority(self, text: str, surname: str, found: list[SourceState]
                      ) -> SourceState | None:
        """Of two or more people of one surname, the one "The elder Mercer" or "Mercer, the
        father" (``seniority`` words) means: the oldest or youngest by the ages the article
        gives after their full names ("Harold Mercer, 78,"), a new source when that person has
        not been quoted yet; None without such a word, or without an age for each."""
        sense = sum(self.src.seniority.get(w.strip(",.").lower(), 0) for w in text.split())
        if not sense or not surname:
            return None
        ages: dict[str, int] = {}
        for m in re.finditer(rf"\b((?:[A-Z][\w'’.-]*\s+){{1,3}}){re.escape(surname)},\s+"
                             r"(\d{1,3}),", self.text):
            name = f"{m.group(1).strip()} {surname}"
            name = person_name(name, self.src) or name
            ages.setdefault(name, int(m.group(2)))
        if len(ages) < 2:
            return None
        known = {person_name(st.name, self.src) or st.name: st for st in found}
        if any(name not in ages for name in known):
            return None
        name = (max if sense > 0 else min)(ages, key=ages.__getitem__)
        return known.get(name) or self._new_source(name, "named_person", surname.lower())


_SPOKEN_FOR_CHARS = 300
"""How far back (characters) the organization a bare "a spokesperson" speaks for is named."""


@cache
def _writer_contact_regex(first_person: frozenset[str], verbs: tuple[str, ...],
                          adverbs: frozenset[str], stops: tuple[str, ...]) -> re.Pattern:
    """"We asked the council …", "I've just spoken to Acme Foods.": the writer, adverbs, a verb
    of ``writer_contact_verbs`` and whom it reached (group "org": "the" and up to three
    lower-case words, or a run of capitalised words), up to a word of ``writer_contact_stops``
    or a stop."""
    def alt(words) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                        for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(
        rf"(?<![\w-])(?i:{alt(first_person)})(?:['’](?:ve|d))?(?:\s+(?:{alt(adverbs)}))*"
        rf"\s+(?:{alt(verbs)})\s+(?P<org>the(?:\s+[a-z][\w-]*){{1,3}}?|"
        rf"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)(?=\s+(?:{alt(stops)})\b|\s*[.,;:!?]|\s*$)")


@lru_cache(maxsize=64)
def _named_with_head(word: str) -> re.Pattern:
    """Capitalised words that end in ``word`` (a head noun capitalised): "Northfield Teaching
    Hospitals NHS Trust" for "Trust"; compiled once per head and process."""
    return re.compile(rf"\b(?:[A-Z][\w'’&.-]*[^\S\n]+)+{re.escape(word)}\b")


@cache
def _authors_said(verbs: tuple[str, ...], making: tuple[str, ...],
                  adverbs: frozenset[str]) -> re.Pattern:
    """The words right after "the researchers" that say they wrote the study: adverbs and a
    verb of ``verbs`` ("also found", "have reported"), or a relative clause of a verb of
    ``making`` and a determiner ("who conducted the study", ", who led the survey,")."""
    def alt(words) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                        for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf",?\s+(?:(?:(?:{alt(adverbs)})\s+)*(?:{alt(verbs)})|"
                      rf"(?:who|that)\s+(?:(?:{alt(adverbs)})\s+)*(?:{alt(making)})\s+"
                      rf"(?:the|this|that|its|their)\s)\b", re.IGNORECASE)


_WORD_RUN = re.compile(r"\w[\w.'’&-]*")
"""A word of a name, for :meth:`Resolution._named_for`."""
_MEMBER_OF_CHARS = 400
"""How far back (characters) the anonymous source or group a bare "Another" belongs to is
quoted."""


def _spoken_for_anaphor(words: list[str], determiners: frozenset[str]) -> str:
    """The organization noun a spokesperson's description points back to: "company" of "a
    company spokesman" and of "a spokesman for the company" (or "for its company"); "" when
    the description is of no such shape."""
    if len(words) == 3:
        return words[1]
    if len(words) == 5 and words[2] == "for" and words[3] in determiners:
        return words[4]
    return ""


def _noun_phrase(description: str) -> bool:
    """Whether a description set off before a name is a noun phrase by its part-of-speech
    tags, with prepositional phrases ("The Chinese special envoy for the Horn of Africa"): no
    verb, no relative word ("The port … was closed when a Cypriot oil tanker" is a clause);
    True when no tagger is installed."""
    words = tuple(re.findall(r"[\w-]+|['’]s\b", description))
    tags = chunks(words)
    return tags is None or bool(tags) and tags[0][1] == "B-NP" and not any(
        tag.startswith(("VB", "W", "MD")) for tag, _ in tags)


def _used(st: SourceState) -> int:
    return st.used


def person_key(name: str, titles: frozenset[str], articles: frozenset[str]) -> str:
    """A person's name without the apposition or prepositional phrase after it."""
    return name_key(_APPOSED.split(name, maxsplit=1)[0], titles, articles)


def name_key(name: str, titles: frozenset[str], articles: frozenset[str]) -> str:
    """A name compared as a key: lower case, without its titles, articles ("the", "a": of
    ``articles``) and possessive."""
    words = [w for w in name.replace("’s", "").replace("'s", "").split()
             if w not in titles and w.lower() not in articles]
    return " ".join(w.strip(",.") for w in words).lower()

