"""Mention detection: every phrase of the article that can refer to a person, organization,
outlet, document or group.

Four forms, found over the whole text (not only around attribution cues):

* ``name``: a run of capitalised words on one line ("NASA Administrator Charles Bolden",
  "the University of Paris"), typed by the first-name list, titles, organization words and the
  outlet list; places, calendar words and nationalities are left out.  A run never crosses a
  line break, so a byline "By Selma Ortiz" and a following "Share this story" stay apart.
* ``nominal``: "the minister", "the agency", "the second source": a definite description whose
  head is a role, an organization word or a source word.
* ``pronoun``: personal pronouns, with person, number and gender.
* ``source``: a source phrase of the attribution stage that no detected mention covers ("a
  Ryanggang military official").

A detected mention inside a source phrase takes that source's id; this is how the entity layer
knows which entity each attribution source is.  Everything is one left-to-right scan per line;
look-ups are sets and dicts, so the work is linear in the article's length.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache, cached_property
from operator import itemgetter

from credibility.attribute.kinds import CONJUNCTS
from credibility.attribute.names import english_word, surname_key
from credibility.attribute.tokens import blank_nicknames
from credibility.entities.lexicon import Lexicon, ordinary_words
from credibility.records import Claim, Document, Sentence, Source, Span
from credibility.rules import can_start, phrase_trie
from credibility.segment import unwrapped

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Z]\.(?=\s)|\w+(?:[-&'’]\w+)*|[^\w\s]")
_POSSESSIVE = re.compile(r"['’]s?$")
_CAP_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’&.-]*"
_CANDIDATE = re.compile(
    rf"[A-ZÀ-ÖØ-ÞĀ-ſ](?<![\w'’].)[\w'’&.-]*(?:(?:[ \t]+(?:[a-z&]{{1,5}}[ \t]+){{0,2}}"
    # a comma inside a serial list of capitalised words, "Environment, Food and Rural Affairs"
    rf"|,[ \t]+(?=(?:{_CAP_WORD}(?:[ \t]+{_CAP_WORD})?,[ \t]+){{0,3}}{_CAP_WORD}"
    rf"(?:[ \t]+{_CAP_WORD})?[ \t]+and[ \t]+[A-Z]))"
    # (a name word may carry a short lower-case particle: "Saeed al-Mansouri", "Abd el-Kader")
    rf"(?:[a-z]{{1,3}}-)?{_CAP_WORD})*")
"""A stretch of capitalised words (with short lower-case words between, or the commas of a
serial list): where names can be.  (The capital first and the look-behind for the character
before it after it: a pattern that opens with a character class lets ``re`` jump from capital
to capital, where one opening with a look-behind is tried at every character; the matches are
the same.)"""
_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")
"""A capital inside a word marks a company or product name ("YouTube", "FedEx")."""
_INNER_CAP = re.compile(r"\s(?<=[a-z,]\s)\s*([A-Z][\w'’-]*)")
"""A capitalised word after a lower-case word or a comma: inside a sentence.  (The white space
first, the look-behind after it: see ``_CANDIDATE``.)"""
_SENTENCE_ENDS = frozenset('.,;:!?"”')
"""A line ending in one of these is running text, not a headline."""
_WORD = re.compile(r"\b[^\W\d_]+")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]+\b")
_start = itemgetter(1)
"""The start offset of a token (word, start, end)."""
_NEXT_WORD = re.compile(r"[ \t]+[a-z]+\b")
"""A lower-case word right after a capitalised stretch: context for ``_name``."""
_SENTENCE_OPENERS = frozenset({".", "!", "?", ":", ";", "“", '"', "‘", "(", "—", "–", "-", "*",
                               "#", "|", "•", "[", "”"})


@dataclass(eq=False)
class Mention:
    """A phrase that refers to an entity, before resolution (mutable while passes run)."""

    span: Span
    form: str
    """name, nominal, pronoun or source."""
    sentence: int
    kind: str | None = None
    """person, organization, outlet, document, group or None (a name of unknown type)."""
    key: str = ""
    """Names: the name without titles, "the" and possessive, lower-case ("charles bolden")."""
    tokens: tuple[str, ...] = ()
    """Names: the words of ``key`` as written ("Charles", "Bolden")."""
    head: str = ""
    """Nominals and sources: the head noun, lower-case ("minister"); pronouns: the pronoun."""
    modifiers: tuple[str, ...] = ()
    """Nominals: lower-case words between the determiner and the head ("pochon", "county")."""
    gender: str | None = None
    plural: bool = False
    person: int = 3
    roles: set[str] = field(default_factory=set)
    """Role nouns the mention introduces its entity with ("minister" of "Defence Minister
    Arvid Kallberg")."""
    definite: bool = False
    """Names: "the" comes before it ("the Houston Astros"): an organization, not a person."""
    source_id: str | None = None
    quote_source: str | None = None
    """Pronouns inside a direct quotation: the source the quotation is attributed to."""
    index: int = 0
    describes: Span | None = None
    """Descriptions: the name a predicate nominative or an indefinite appositive describes
    ("a Swiss mathematician" of "Daniel Bernoulli was a Swiss mathematician")."""
    place_guess: str = ""
    """Names: "place" for a lone word after a place preposition ("to Mohamed"), kept only when
    a person's or organization's longer name elsewhere in the article contains it; "surname"
    for a lone word with a nationality's ending ("Cortese", "Korean"), kept only when a
    person's longer name contains it."""
    joint: bool = False
    """Sources: two or more names joined by "and" ("Smith and Jones", "Russia and Ukraine"):
    a group named by its members, each of them an entity too."""


_DESCRIPTION_CHARS = 120
"""How far a description may run before a closer."""
_DESCRIPTION_WORDS = 14


def _portfolio(words: list[str], k: int, lex: Lexicon) -> bool:
    """Whether the organization word ``words[k]`` names a minister's portfolio: a title follows
    it, after other capitalised words joined by a conjunction ("Energy Minister", "Mining and
    Energy Minister")."""
    n = k + 1
    while n + 1 < len(words) and words[n] in lex.list_conjunctions and _is_cap(words[n + 1]) \
            and words[n + 1].lower().rstrip(".") not in lex.titles:
        n += 2
    return n < len(words) and words[n].lower().rstrip(".") in lex.titles


_RUN_BEFORE = re.compile(r"(?:[A-Z][\w&.'’-]*[ \t]+)*[A-Z][\w&.'’-]*$")
"""The capitalised words that end a text (the name before a comma)."""


@cache
def _legal_form_comma(forms: frozenset[str]) -> re.Pattern:
    """The comma between a company's name and its legal form ("Helix Biotherapeutics, Inc."),
    read as a space so that the name runs on over it (offsets stay).  The comma opens the
    pattern and the word character before it is looked behind for after it: ``re`` then skips
    from comma to comma instead of trying the look-behind at every character."""
    alt = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf",(?<=\w,)(?=[ \t]+(?:{alt})(?!\w))")


@cache
def _opener_regex(openers: tuple[str, ...]) -> re.Pattern:
    """An opener of a description ("a", "an", "one of") with the word after it."""
    return re.compile(r"(?:" + "|".join(re.escape(o) for o in openers) + r")\s+(?=\w)")


@cache
def _copula_regex(copulas: tuple[str, ...]) -> re.Pattern:
    """A copula after a name, past a parenthesis ("(1700-1782)") and a comma."""
    return re.compile(r"(?:\s*\([^()\n]{0,200}\))?,?\s+(?:"
                      + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in copulas)
                      + r")\s+")


@cache
def _pronoun_regex(pronouns: tuple[str, ...]) -> re.Pattern:
    # the look-ahead on the first letters lets the engine skip other words at once (half the
    # time on news text, the same matches), and the words as a trie ("h(?:e(?:r…") rule out
    # the others at the first letter that parts them (a quarter less again): between the two
    # word boundaries only the whole word can match, whichever the order of the alternatives
    words = phrase_trie(pronouns) or "(?:" + "|".join(map(re.escape, pronouns)) + ")"
    return re.compile(r"\b" + can_start(pronouns) + words + r"\b", re.IGNORECASE)


def _surname_camel(word: str, prefixes: tuple[str, ...]) -> bool:
    """"MacLeod", "DeSantis": a surname prefix, then a capitalised rest."""
    return any(word.startswith(p) and word[len(p):len(p) + 1].isupper()
               and word[len(p) + 1:].islower() for p in prefixes)


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
"""An ordinal in figures before a word of ``ordinal_place_words``: "4th Ward"."""
_PARTICLE_NAME = re.compile(r"[a-z]{1,3}-[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]*")
"""A name word with a short lower-case particle ("al-Mansouri", "el-Sisi"): inside a name."""


_GAP = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"     # spaces, a wire copy's line break among them
_ORG_TAIL = re.compile(rf"(?:['’]s?|{_GAP}?\((?:[ \t]*{_CAP_WORD}){{1,3}}[ \t]*\))"
                      rf"((?:{_GAP}{_CAP_WORD}){{1,4}})")
"""After a word: its possessive or a parenthesis of capitalised words, then capitalised words
("'s Nursery Inc", " (Industrial) Bank"); an organization word among them ends an
organization's name the word is inside."""


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


_SCORE_LINE = re.compile(r"(?P<a>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})[ \t]+\d{1,3}[ \t]*"
                         r"[–—-][ \t]*\d{1,3}[ \t]+(?P<b>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})")
"""A result line, "Sweden 1 – 0 Korea Republic": the two names are sides of a contest."""
_SCORE = re.compile(r"\d[ \t]*[–—-][ \t]*\d{1,3}[ \t]+[A-Z]")


def _acting_places(text: str, sources: tuple[Source, ...], lex: Lexicon) -> frozenset[str]:
    """Names of places that act as organizations in this article: a country that speaks as a
    source ("South Korea says …": its government; not the end of an address or a list, "of
    Columbia, South Carolina says"), or a side in a result line ("Belgium 3 – 0 Panama": a
    team).  Every mention of such a name is then the organization, not the place;
    a place that never acts stays no entity ("born in Sweden")."""
    acting = set()
    for s in sources:
        for sm in s.mentions:
            apposed = _apposed_place(sm.text, lex)
            if apposed:
                acting.add(apposed)     # "A key US ally, Jordan, said": its government
                continue
            listed_places = _listed_places(sm.text, lex) if s.kind == "named_organization" else []
            if listed_places:
                acting.update(listed_places)    # "Russia and Ukraine said": both states speak
                continue
            name = sm.text.removeprefix("the ").removeprefix("The ")
            if (name in lex.places or name in lex.cities) and \
                    not name.endswith(lex.nationality_endings):     # "the Chinese": people
                words = text[max(0, sm.start - 40):sm.start].split() or [""]
                last = words[-1].lower()
                listed = words[-2] if last in lex.list_conjunctions and len(words) > 1 else \
                    words[-1] if last.endswith(",") else ""
                if last in lex.place_prepositions or last == "of" or listed[:1].isupper():
                    continue    # "of Columbia, South Carolina says", "Iowa and Vermont say"
                if " " not in name and any(
                        w.group(1) in lex.first_names for w in
                        re.finditer(r"\b([A-Z][a-z]+) " + re.escape(name) + r"\b", text)):
                    continue    # "Pat Jordan … said Jordan": a surname, not the country
                acting.add(name)
    for hit in _SCORE.finditer(text):      # cheap first: a score at all
        line_start = text.rfind("\n", 0, hit.start()) + 1
        line_end = text.find("\n", hit.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        for m in _SCORE_LINE.finditer(line):
            for side in (m.group("a"), m.group("b")):
                words = side.split()
                while words and (words[0].lower() in lex.not_name_words
                                 or words[0] in lex.calendar_words):
                    words.pop(0)
                if words and not any(w in lex.calendar_words for w in words):
                    acting.add(" ".join(words))
    return frozenset(acting)


def _listed_places(text: str, lex: Lexicon) -> list[str]:
    """The countries or regions a source phrase lists ("Russia and Ukraine", "France, Germany
    and Italy"; after "the" too), when it is nothing but them and no one place itself ("Bosnia
    and Herzegovina" is one country); else []."""
    parts = [p.removeprefix("the ").removeprefix("The ") for p in CONJUNCTS.split(text) if p]
    if len(parts) < 2 or not all(p in lex.places for p in parts) \
            or text.replace(" and ", " & ") in lex.places:
        return []
    return parts


def _companies_named_elsewhere(found: list[Mention], lex: Lexicon) -> None:
    """A name the article also writes as a company's is the company: "Jefferson Smurfit" after
    "Jefferson Smurfit Group Plc" (the name, then legal forms and company heads of the company
    family of sources.toml), "Kimberly Clark said" after "Shares of Kimberly Clark", "Nova
    said" after "Nova, the Canadian company," (the same words read as an organization
    elsewhere: the entity's kind follows its strongest evidence).  Only a
    name without a title or role before it ("Mr Kimberly Clark" is a person)."""
    family = lex.org_families.of_word
    companies = set()
    for m in found:
        if m.kind != "organization":
            continue
        words = m.tokens
        k = len(words)
        while k > 1 and family.get(words[k - 1].rstrip(".,")) == "company" or \
                k > 2 and words[k - 1] == "&":
            k -= 1
        if k > 1:
            companies.add(words[:k])    # "Jefferson Smurfit" of "Jefferson Smurfit Group Plc"
        companies.add(words)            # "Nova said" after "Nova, the Canadian company,"
    if not companies:
        return
    for m in found:
        if m.kind in {"person", None} and not m.roles and m.tokens in companies \
                and m.span.text.split()[0] == m.tokens[0]:
            m.kind, m.gender = "organization", None


@cache
def _evidence_regex(spokespeople: frozenset[str], participles: frozenset[str],
                    verbs: frozenset[str]) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(before, after, statement): the words before a name that make it an organization ("a
    spokeswoman for ", "operated by "), the words after it ("spokeswoman"), and a statement
    of the name's with "it" as its subject ("said in an email that it had …"; the one or two
    words after "it" in groups 1 and 2).  Not a possessive "its": "Narendra Modi said its
    troops …" is the country's."""
    def alt(words: frozenset[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    before = re.compile(rf"\b(?:(?:{alt(spokespeople)})\s+for|(?:{alt(participles)})\s+by)"
                        r"\s+(?:the\s+)?$", re.I)
    after = re.compile(rf"\s+(?:{alt(spokespeople)})\b")
    statement = re.compile(rf"\s+(?:{alt(verbs)})\b(?:\s+(?!it\b)[\w,’'-]+){{0,6}}?"
                           r"\s+(?:that\s+)?it\s+([\w’']+)(?:\s+([\w’']+))?")
    return before, after, statement


def _organizations_by_context(found: list[Mention], text: str, lex: Lexicon) -> None:
    """A name that reads as no one's in particular is an organization where the article
    writes it as one: "A spokeswoman for Orla Marine", "A Northwind Water spokeswoman",
    "operated by Orla Marine", "Greenleaf Catering said in an email that it had delivered".

    Only a name of two or more words written nowhere with a title or role, described nowhere
    as a person ("Edward Jones, a retired teacher"), and either without a first name first
    ("Greenleaf Catering") or with ordinary English words after the first name, none a common
    surname ("Orla Marine"; not "Lisa Park", "Marine Le Pen", "Tom Reilly")."""
    before, after, statement = _evidence_regex(lex.spokesperson_nouns, lex.agent_participles,
                                               lex.statement_verbs)
    titled = {m.key for m in found if m.roles or len(m.span.text.split()) > len(m.tokens)
              + (m.span.text[:4].lower() == "the ")}
    checked: dict[str, bool] = {}
    occurrences = _occurrences({m.span.text for m in found
                                if m.kind in {"person", None} and len(m.tokens) > 1}, text)

    def organization(m: Mention) -> bool:
        words = m.tokens
        if words[0] in lex.first_names and not all(
                english_word(w.lower()) and surname_key(w) not in lex.surnames
                and w not in lex.first_names or w == words[-1] and english_word(w.lower())
                and surname_key(w) not in lex.surnames
                for w in words[1:]):
            return False
        spans = occurrences.get(m.span.text, [])
        for _, end in spans:
            apposed = text[end:end + 40].split(None, 2)
            if len(apposed) > 1 and apposed[0] == "," and (
                    apposed[1].lower() in lex.articles or apposed[1][:1].isdigit()) \
                    and described_person(text, end, lex):
                return False    # "Edward Jones, a retired teacher,", "Raymond James, 64,"
        # "Mohammed bin Salman said it had": a long name of no organization word is a person's
        statement_evidence = len(words) < 3 or lex.org_families.family(words) is not None
        for start, end in spans:
            if before.search(text, max(0, start - 40), start) or after.match(text, end):
                return True
            said = statement.match(text, end) if statement_evidence else None
            if said and (
                    said.group(1).lower() not in lex.expletive_followers and not (
                        said.group(1).lower() in lex.auxiliaries and said.group(2) is not None
                        and said.group(2).lower() in lex.expletive_followers)):
                return True
        return False

    for m in found:
        if m.kind not in {"person", None} or len(m.tokens) < 2 or m.key in titled \
                or m.span.text.split()[0] != m.tokens[0]:
            continue
        if m.key not in checked:
            checked[m.key] = organization(m)
        if checked[m.key]:
            m.kind, m.gender = "organization", None


def _occurrences(names: set[str], text: str) -> dict[str, list[tuple[int, int]]]:
    r"""The spans where each name stands in the text as a whole word sequence, as
    ``re.finditer(r"(?<!\w)NAME(?!\w)")`` finds them, in one pass over the text's words
    (one search per name was quadratic on long texts of many names)."""
    by_word: dict[str, list[str]] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    for name in names:
        first = re.match(r"\w+", name)
        if first is None:       # (no word first: searched for on its own)
            spans[name] = [o.span() for o in re.finditer(
                rf"(?<!\w){re.escape(name)}(?!\w)", text)]
        else:
            by_word.setdefault(first.group(), []).append(name)
            spans[name] = []
    # each first word where it stands as a whole run of word characters, found by ``find``
    # (as ``\w+`` would read it there, without a match object for every word of the text);
    # a name's spans still come in text order
    size = len(text)
    for first, named in by_word.items():
        at = text.find(first)
        while at >= 0:
            after = at + len(first)
            if (at == 0 or not _WORD_CHAR.match(text, at - 1)) and (
                    after == size or not _WORD_CHAR.match(text, after)):
                for name in named:
                    end = at + len(name)
                    if text.startswith(name, at) and not (
                            end < size and _WORD_CHAR.match(text, end)) and (
                            not spans[name] or spans[name][-1][1] <= at):
                        spans[name].append((at, end))
            at = text.find(first, after)
    return spans


_WORD_CHAR = re.compile(r"\w")


def _apposed_place(phrase: str, lex: Lexicon) -> str | None:
    """The country or region a description is apposed to, when the two make a source phrase:
    "A key US ally, Jordan", "Its southern neighbour, Chad" (the state speaks: a head of
    ``state_heads``).  Not a description of a person ("The team's captain, Jordan", "Her
    neighbour, Jordan"), unless "its" says the neighbour is no person."""
    lead, comma, last = phrase.rpartition(",")
    name = last.strip()
    words = lead.split()
    if not comma or name not in lex.places or len(words) < 2 \
            or words[-1] not in lex.state_heads or words[0].lower() not in lex.not_name_words:
        return None     # (a person's description: "The team's captain, Jordan")
    if name in lex.first_names and words[-1] in lex.person_words \
            and words[0].lower() not in lex.impersonal_possessives:
        return None
    return name


def described_person(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the apposition after a name ending at offset ``end`` describes a person: an age
    or a person's noun before the next comma ("Edward Jones, a retired teacher, said",
    "Raymond James, 64, said", "Morgan, a 12-year-old pupil, said": no Edward Jones or Morgan
    Stanley the company)."""
    return any(w[:1].isdigit() or w in lex.person_words for w in _apposition(text, end))


def described_organization(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the apposition after a name ending at offset ``end`` is headed by an
    organization's noun ("Nova, the Canadian company that owns …": Nova the company, not a
    woman called Nova; not "Amy, the company's director"), up to a verb of statement when
    wire copy drops the closing comma ("Nova, the Canadian company said …")."""
    words = _apposition(text, end)
    cut = next((k for k, w in enumerate(words) if k and (w in lex.trailing_words
                and w not in lex.articles or w in lex.statement_verbs)), len(words))
    return 1 < cut and words[0] in lex.articles and words[cut - 1] in lex.org_anaphors


def _apposition(text: str, end: int) -> list[str]:
    """The lower-case words of the apposition set off by a comma right after offset ``end``,
    up to its next punctuation (within 80 characters); [] when no comma follows."""
    after = text[end:end + 80]
    if not after.startswith(","):
        return []
    return re.findall(r"[\w'’-]+", re.split(r"[,.;:()]", after[1:], maxsplit=1)[0].lower())


class _Detector:
    def __init__(self, document: Document, sentences: tuple[Sentence, ...], lex: Lexicon,
                 acting: frozenset[str] = frozenset()) -> None:
        self.text = document.text
        self.layout = unwrapped(document)
        """The text with the line breaks inside a body paragraph (wire copy wrapped at a fixed
        width) read as spaces: "Secretary of Commerce Malcolm\\nBaldrige" is one name."""
        self.lex = lex
        self.starts = [s.span.start for s in sentences]
        self.indices = [s.index for s in sentences]
        self.acting = acting
        """Place names that act as organizations here (:func:`_acting_places`)."""
        self.dateline_places = tuple(
            (b.span.start, b.span.start + (b.span.text.find("(") % (len(b.span.text) + 1)))
            for b in document.boilerplate if b.kind == "dateline")
        """Where a dateline names its place ("KARSTADT, Valdoria", before "(AP)"): no entity."""

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """Words written in lower case somewhere in the article (read once, when asked)."""
        return frozenset(_LOWER_WORD.findall(self.text))

    @cached_property
    def inner_caps(self) -> frozenset[str]:
        """Capitalised words that also stand inside a sentence: names, not sentence openers."""
        return frozenset(_INNER_CAP.findall(self.text))

    def sentence_of(self, pos: int) -> int:
        i = bisect_right(self.starts, pos) - 1
        return self.indices[i] if i >= 0 else -1

    # ------------------------------------------------------------------------------ names
    def _company_comma(self, m: re.Match) -> str:
        """A space for the comma before a legal form, unless the name before it opens with a
        first name: "David Haggard, ASA president" is a person and his role (ASA is also a
        Norwegian legal form)."""
        run = _RUN_BEFORE.search(m.string, 0, m.start())
        first = run.group().split()[0] if run else ""
        return "," if first in self.lex.first_names else " "

    def lines(self):
        """(offset, line, alone): ``alone`` when the line is a paragraph of its own, as a
        headline is."""
        at = 0
        lines = self.layout.split("\n")
        last = len(lines) - 1
        for k, line in enumerate(lines):
            alone = (k == 0 or not lines[k - 1].strip()) and (k == last or not lines[k + 1].strip())
            yield at, line, alone
            at += len(line) + 1

    def names(self) -> list[Mention]:
        """Name mentions, line by line; only the stretches that start with a capital letter
        (``_CANDIDATE``) are split into words, with a few words before them for context."""
        found: list[Mention] = []
        headline_lines = []
        not_names = self.lex.not_name_words
        no_entity = self.lex.no_entity
        for base, line, alone in self.lines():
            line = blank_nicknames(line)     # Samuel "Big Sam" Okoro: one name
            if "," in line:
                line = _legal_form_comma(self.lex.legal_forms).sub(self._company_comma, line)
            if alone and len(line) <= 200 and line.rstrip()[-1:] not in _SENTENCE_ENDS:
                words = _WORD.findall(line)
                if len(words) >= 4 and sum(w[0].isupper() for w in words) > 0.75 * len(words):
                    headline_lines.append(self._tokens(line, base, 0))
                    continue
            for m in _CANDIDATE.finditer(line):
                word = m.group()
                if self.dateline_places and any(a <= base + m.start() < b
                                                for a, b in self.dateline_places):
                    continue                # "KARSTADT, Valdoria (AP) —": a place
                if word.lower() in not_names or word in no_entity and word not in self.acting:
                    continue                # "The", "He", "March", "Japan": the commonest
                if " " not in word and self._plain_opener(line, m.start(), word):
                    continue                # "Officials said": cheap to rule out here
                ctx = max(0, m.start() - 30)
                while 0 < ctx < m.start() and not line[ctx - 1].isspace():
                    ctx += 1
                # one word after the stretch is context too ("Pochon county": a place)
                after = _NEXT_WORD.match(line, m.end())
                toks = self._tokens(line, base, ctx, after.end() if after else m.end())
                first = bisect_left(toks, base + m.start(), key=_start)
                stop = bisect_left(toks, base + m.end(), key=_start)
                found.extend(self._runs(toks, headline=False, first=first, stop=stop))
        # "moved to Harrow" is a place unless a longer name of the article has the word
        # ("Ahmed Mohamed ... tweeted to Mohamed", "the Google team ... visit to Google")
        named_words = {t for m in found if m.kind in {"person", "organization", "outlet"}
                       and len(m.tokens) > 1 for t in m.tokens}
        person_words = {t for m in found if m.kind == "person" and len(m.tokens) > 1
                        for t in m.tokens}
        found = [m for m in found if not m.place_guess or m.tokens[0] in (
            person_words if m.place_guess == "surname" else named_words)]
        surnames = {m.tokens[-1] for m in found if m.kind == "person" and len(m.tokens) > 1}
        for m in found:
            if m.definite and len(m.tokens) == 1 and m.tokens[0].endswith("s") and (
                    m.tokens[0][:-1] in surnames or m.tokens[0].endswith("es")
                    and m.tokens[0][:-2] in surnames):
                m.kind, m.plural = "person", True     # "the Currys" after "Stephen Curry"
        for m in found:
            if m.kind == "organization" and len(m.tokens) == 1 and m.tokens[0] in surnames \
                    and _CAMEL.fullmatch(m.tokens[0]):
                m.kind = "person"       # "DeGeneres" after "Ellen DeGeneres": no brand

        _companies_named_elsewhere(found, self.lex)
        _organizations_by_context(found, self.text, self.lex)

        known = {m.key for m in found}
        known_tokens = {t for m in found if m.kind == "person" for t in m.tokens}
        first_names = self.lex.first_names
        for toks in headline_lines:
            for m in self._runs(toks, headline=True):
                if m.key in known or (len(m.tokens) == 1 and m.tokens[0] in known_tokens) or \
                        (m.kind == "person" and len(m.tokens) > 1
                         and first_names.get(m.tokens[0], "u") != "u"
                         and not any(t.lower() in self.lower_words for t in m.tokens[1:])):
                    found.append(m)         # known, or a first name and a surname (not
                    #                         "Hillary Releasing": the body says "releasing")
        return found

    def _plain_opener(self, line: str, at: int, word: str) -> bool:
        """A lone capitalised word opening a sentence that is no first name, acronym or
        word capitalised inside a sentence elsewhere: never a name (``_kind`` would say so
        too, after more work)."""
        k = at - 1
        while k >= 0 and line[k].isspace():     # the character before, without copying
            k -= 1
        bare = _POSSESSIVE.sub("", word) if word[-1:] in "sS'’" else word   # "Panama's"
        return (k < 0 or line[k] in _SENTENCE_OPENERS) and \
            word not in self.lex.first_names and not word.isupper() and \
            not _CAMEL.fullmatch(word) and bare not in self.inner_caps and bare not in self.acting

    @staticmethod
    def _tokens(line: str, base: int, start: int, end: int | None = None
                ) -> list[tuple[str, int, int]]:
        """(word, start, end) of the tokens of ``line[start:end]``, offsets in the text."""
        out = []
        for m in _TOKEN.finditer(line, start, len(line) if end is None else end):
            a, b = m.span()
            out.append((m.group(), base + a, base + b))
        return out

    def _runs(self, toks: list[tuple[str, int, int]], headline: bool,
              first: int = 0, stop: int | None = None) -> list[Mention]:
        """Name mentions of the capitalised runs in ``toks[first:stop]``; tokens after
        ``stop`` are context only."""
        out = []
        i, n = first, len(toks) if stop is None else stop
        while i < n:
            word = toks[i][0]
            if not _is_cap(word) or not word[:1].isalpha():
                i += 1
                continue
            j = i + 1
            while j < n and (not _POSSESSIVE.search(toks[j - 1][0])
                             or self._institution_possessive(toks, i, j, n)) and (
                    toks[j - 1][0] not in self.lex.calendar_words
                    or toks[j - 1][0] in self.lex.first_names and not toks[j][0][:1].isdigit()):
                # "Jan de Vries": a month's abbreviation that is also a first name goes on
                w = toks[j][0]
                if _is_cap(w) and w[:1].isalpha():
                    if (w.lower() in self.lex.not_name_words and w not in self.lex.outlet_words) \
                            or w in self.lex.calendar_words:
                        break       # but "Valdoria Today": an outlet's last word
                    if toks[j - 1][0] in self.lex.org_words and j - 1 > i and \
                            w in self.lex.first_names and j + 1 < n and \
                            _is_cap(toks[j + 1][0]) and toks[j + 1][0][:1].isalpha():
                        break       # "Washington State University Simon Ličen": two names
                    j += 1
                elif _PARTICLE_NAME.fullmatch(w):
                    j += 1      # "Khalid bin Saeed al-Mansouri", "Abd el-Kader"
                elif w.lower() in self.lex.inner_words and j + 1 < n and (
                        _is_cap(toks[j + 1][0]) and toks[j + 1][0][:1].isalpha()
                        or j + 2 < n and toks[j + 1][0] in self.lex.inner_words
                        and toks[j + 1][0] not in {"of", "and", "&", "the", "for"}
                        and _is_cap(toks[j + 2][0])) and self._inner_ok(toks, i, j, n):
                    j += 1      # "Jan de Vries", "Ursula von der Leyen"
                elif w in self.lex.organization_inner_words and toks[j - 1][0] in \
                        self.lex.org_words and j + 1 < n and _is_cap(toks[j + 1][0]) \
                        and toks[j + 1][0][:1].isalpha() \
                        and toks[j + 1][0] not in self.lex.calendar_words:
                    j += 1      # "Intergovernmental Panel on Climate Change"
                elif w == "," and self._list_in_name(toks, i, j, n):
                    j += 1          # "Department for Environment, Food and Rural Affairs"
                elif w in {".", "-"} and j + 1 < n and toks[j][2] == toks[j + 1][1] \
                        and _is_cap(toks[j + 1][0]):
                    j += 1          # "St.-Pierre"
                elif w == "." and j + 1 < n and (toks[j - 1][0].lower() in self.lex.titles
                                                 or toks[j - 1][0] in self.lex.saint_words) \
                        and (_is_cap(toks[j + 1][0]) and toks[j + 1][0][:1].isalpha()
                             or toks[j + 1][0] in self.lex.inner_words
                             and toks[j + 1][0] not in self.lex.not_name_words):
                    j += 1          # "Dr. Imogen Castell", "St. Mary's", "Dr. de la Torre"
                else:
                    break
            m = self._name(toks, i, j, headline)
            if m is not None:
                out.append(m)
            i = j
        return out

    def _institution_possessive(self, toks, i: int, j: int, n: int) -> bool:
        """Whether the possessive ``toks[j - 1]`` is inside an institution's name: the run
        opens with a saint's ("St. Mary's") or the possessive is a plural noun's ("Children's"),
        and capitalised words up to an organization word follow ("… Medical Center")."""
        lex = self.lex
        if toks[i][0] not in lex.saint_words and toks[j - 1][0] not in lex.institution_possessives:
            return False
        for k in range(j, min(n, j + 4)):
            w = toks[k][0]
            if not (_is_cap(w) and w[:1].isalpha()):
                return False
            if w in lex.org_words:
                return True
        return False

    def _list_in_name(self, toks, i: int, j: int, n: int) -> bool:
        """A comma ``toks[j]`` inside an organization's name: the name so far opens with an
        organization noun and a preposition ("Department for Environment"), and a serial list
        of capitalised words goes on to "and" ("Food and Rural Affairs")."""
        lex = self.lex
        if not any(toks[k][0] in lex.org_words and toks[k + 1][0] in lex.name_prepositions
                   for k in range(i, j - 1)):
            return False
        for k in range(j + 1, min(n - 1, j + 8)):
            w = toks[k][0]
            if w == "and":
                return k > j + 1 and _is_cap(toks[k + 1][0])
            if w != "," and not (_is_cap(w) and w[:1].isalpha()):
                return False
        return False

    def _inner_ok(self, toks, i: int, j: int, n: int) -> bool:
        """A lower-case word ``toks[j]`` inside the name ``toks[i:j]``: "de", "van" always;
        "the" after "of"; "of" unless it joins a person's full name to an organization
        ("Leung Kwok-hung of LSD", "Isabel Ruiz of Heaven Sent Gaming": two names); "and" and
        "&" only in an organization's name ("Bank for Reconstruction and Development"), not
        after an organization's last word or acronym when no organization word or a first
        name follows ("the Civic Party and Tanya Chan", "DAB and Eunice Yung"), and "and" not
        before a first name and a surname ("Mario J. Lucero and Isabel Ruiz"); an organization
        noun after the name says it is one ("the United Food and Commercial Workers union")."""
        w = toks[j][0].lower()
        lex = self.lex
        if w == "the":
            return toks[j - 1][0].lower() == "of"
        if w == "of":
            left = [t[0] for t in toks[i:j]]
            if len(left) >= 3 and left[-1] not in lex.first_names and not any(
                    x.lower().rstrip(".") in lex.titles or x.lower() in lex.person_roles
                    or x in lex.org_words for x in left[1:]) \
                    and (left[0].lower().rstrip(".") in lex.titles
                         or left[0].lower() in lex.person_roles
                         or len(left[0]) > 6 and left[0].lower().endswith(lex.role_suffixes)):
                return False            # "Analyst Ravi Menon of Castlegate Securities"
            if len(left) < 2 or left[0].lower().rstrip(".") in lex.titles or \
                    left[0].lower() in lex.person_roles or \
                    any(x in lex.org_words or x in lex.outlet_words for x in left):
                return True
            if left[0] in lex.first_names and left[-1] not in lex.first_names:
                return False            # "Troy Patterson of Slate Magazine"
            k = j + 1
            while k < n and _is_cap(toks[k][0]):
                x = toks[k][0]
                if (x.isupper() and len(x) > 1 and x.isalpha()) or x in lex.org_words:
                    return False        # "Wong Kwok-kin of FTU", "Ann Chiang of DAB"
                k += 1
            return True
        if w in {"and", "&"}:
            if any(t[0] == "," for t in toks[i:j]):
                return True             # the end of a serial list (``_list_in_name``)
            ahead = [t[0] for t in toks[j + 1:j + 7]]
            if w == "and" and len(ahead) > 1 and ahead[0] in lex.first_names and \
                    ahead[1][:1].isupper() and ahead[1] not in lex.org_words and \
                    toks[j - 1][0] not in lex.org_words:
                return False            # "Mario J. Lucero and Isabel Ruiz": two people
            before = [t[0] for t in toks[max(0, j - 6):j]]
            last = toks[j - 1][0]
            closed = last in lex.org_words or (last.isupper() and len(last) > 1)
            if closed and (not any(x in lex.org_words for x in ahead) or
                           ahead[:1] and ahead[0] in lex.first_names):
                return False            # "the Civic Party and Tanya Chan", "DAB and Eunice Yung"
            k = j + 1
            while k < len(toks) and _is_cap(toks[k][0]) and toks[k][0][:1].isalpha():
                k += 1
            if k > j + 1 and k < len(toks) and toks[k][0] in lex.org_anaphors:
                return True     # "the United Food and Commercial Workers union": a common
                #                 noun for an organization heads the whole name
            return any(x in lex.org_words for x in before + ahead)
        return True

    def _opens_sentence(self, toks, i) -> bool:
        if i == 0:
            return True
        prev = toks[i - 1][0]
        return prev in _SENTENCE_OPENERS

    def _name(self, toks, i: int, j: int, headline: bool) -> Mention | None:
        lex = self.lex
        words = [t[0] for t in toks[i:j]]
        if i > 0 and toks[i - 1][0] == "(" and "." in words and not any(
                w.lower() != w.upper() and not w.isupper() for w in words):
            return None     # a ticker with its exchange ("Alcan Aluminium Ltd (AL.N)")
        # Leading function words ("The", "In") and trailing inner words are not the name; a
        # first name that is also a function word stays inside a sentence ("to Will
        # Middlebrooks").
        keep_first = len(words) > 1 and len(words[0]) > 2 and words[0] in lex.first_names \
            and words[0] not in lex.calendar_words and words[1][:1].isupper() \
            and words[1].lower() not in lex.not_name_words and not self._opens_sentence(toks, i) \
            and not headline and words[1].lower() not in self.lower_words   # "Will Welcome"
        while words and not keep_first and (words[0].lower() in lex.not_name_words or (
                words[0].lower() in lex.inner_words and not words[0][:1].isupper())):
            words.pop(0)
            i += 1
        while words and words[-1].lower() in lex.inner_words:
            words.pop()
            j -= 1
        if not words:
            return None
        if len(words) > 2 and words[0].lower() in lex.company_nouns \
                and words[1] in lex.company_prepositions:
            words = words[2:]       # "Shares of Streamly": the company, not the shares
            i += 2
        # A nationality or language before a name is not part of it ("American YouTube").
        national_office = len(words) == 2 and words[1].lower() in lex.person_roles and \
            i > 0 and toks[i - 1][0].lower() == "the"
        while len(words) > 1 and words[0] not in lex.first_names and (
                words[0] in lex.places and (len(words[0]) > 3 or words[0].isupper())
                or words[0].endswith(lex.nationality_endings)) \
                and not any(w in lex.org_words for w in words) and not national_office \
                and words[-1] not in lex.outlet_words \
                and " ".join(words) not in self.acting:     # "Korea Republic" plays
            words.pop(0)
            i += 1
        the = i > 0 and toks[i - 1][0].lower() == "the"
        # Titles and capitalised roles before the name: "NASA Administrator Charles Bolden".
        last_title = -1
        # "General Motors Corp", "General Mills Inc": a title word opening an organization's
        # name, not a person's title
        company = words[-1] in lex.org_words and not any(w in lex.first_names for w in words)
        for k, w in enumerate(words[:-1]):
            if company:
                break
            low = w.lower().rstrip(".")
            if low in lex.titles or (low in lex.person_roles and w not in lex.first_names
                                     and words[k + 1] not in lex.org_words):
                last_title = k
        if last_title >= 0 and last_title + 1 < len(words) and words[last_title + 1] == ".":
            last_title += 1
        name_words = words[last_title + 1:]
        title_words = words[:last_title + 1]
        particles = 0
        while title_words and particles < len(name_words) - 1 and \
                name_words[particles] in lex.inner_words and \
                name_words[particles] not in lex.not_name_words and \
                name_words[particles][:1].isalpha():
            particles += 1      # "Judge van Houten", "Dr. de la Cruz": a surname's particles
        if not name_words or name_words[particles] in lex.inner_words or (
                particles and not name_words[particles][:1].isupper()):
            return None         # "Secretary of State for the Family": a role, no name
        # "Gov." is the governor's title: "the governor" goes back to "Gov. Helen Marsh"
        roles = set()
        titled = [w.lower().rstrip(".") for w in title_words]
        if i > 0 and toks[i - 1][0].lower() in lex.person_roles and not the:
            # A lower-case role right before: "plant manager Gloria Harwood".
            titled = [toks[k][0].lower() for k in range(max(0, i - 2), i)] + titled
        for k, r in enumerate(titled):
            role = lex.title_roles.get(r, r)
            if role in lex.person_roles:
                # "Deputy Mayor Lena Ortiz" holds another office than "the mayor"
                ranked = k > 0 and titled[k - 1] in lex.rank_words
                roles.add(f"{titled[k - 1]} {role}" if ranked else role)
            # "Assistant District Attorney Rafael Quintero" is "the prosecutor"
            synonym = next((lex.role_synonyms[p] for n in (3, 2) if k + 1 >= n
                            and (p := " ".join(titled[k + 1 - n:k + 1])) in lex.role_synonyms),
                           None)
            if synonym:
                roles.add(synonym)
        # Name suffixes and periods of initials stay; the possessive goes.
        end = toks[j - 1][2]
        last = name_words[-1]
        poss = _POSSESSIVE.search(last)
        if poss and len(last) > 2:
            end -= len(poss.group())
            name_words[-1] = last[:poss.start()]
        if not name_words or not name_words[-1]:
            return None
        start = toks[i][1]
        if the and not title_words:
            start = toks[i - 1][1]
        if j < len(toks) and toks[j][0] in lex.place_nouns and not title_words:
            return None         # "Pochon county", "Hyesan city": a place
        span = Span(start, end, self.text[start:end])
        kind = self._kind(toks, i, name_words, title_words, the, headline)
        if kind == "":
            return None
        place_guess = kind[:-1] if kind in {"place?", "surname?"} else ""
        if place_guess:
            kind = None
        for k in range(len(name_words) - 1, 0, -1):
            if name_words[k] == ",":    # a serial list's comma stays with its word
                name_words[k - 1:k + 1] = [name_words[k - 1] + ","]
        key = " ".join(w.lower().rstrip(".") for w in name_words)
        gender = None
        if kind == "person":
            gender = self._gender(title_words, name_words)
        return Mention(span, "name", self.sentence_of(start), kind=kind, key=key,
                       tokens=tuple(name_words), gender=gender, roles=roles,
                       definite=the and not title_words, place_guess=place_guess)

    def _gender(self, title_words, name_words) -> str | None:
        lex = self.lex
        for w in title_words:
            if w in lex.masculine_titles:
                return "m"
            if w in lex.feminine_titles:
                return "f"
        g = lex.first_names.get(name_words[0]) if len(name_words) > 1 and \
            name_words[0].lower() not in lex.inner_words else None   # "Von der Leyen"
        return g if g in {"m", "f"} else None

    def _kind(self, toks, i, name_words, title_words, the, headline) -> str | None:
        """person, organization, outlet, None (unknown), "" (not an entity), or "place?" and
        "surname?" (a lone word kept only if a longer name of the article has it)."""
        lex = self.lex
        text = " ".join(name_words)
        if text in self.acting:
            return "organization"      # "South Korea says …", "Belgium 3 – 0 Panama"
        if i > 1 and toks[i - 1][0] == "of" and (toks[i - 2][0].lower() in lex.people_of_heads
                                                 or toks[i - 2][0] in lex.place_of_heads) \
                or len(name_words) > 2 and name_words[0].lower() in lex.people_of_heads \
                and name_words[1] == "of":
            return ""                  # "residents of Aldwick Marsh": a place, and "Residents
            #                            of Aldwick Marsh" opening a sentence no one's name
        if i > 2 and toks[i - 1][0] == "of" and toks[i - 2][0] == "," \
                and toks[i - 3][0].isdigit() and len(toks[i - 3][0]) <= 3 and not title_words \
                and not any(w in lex.org_words for w in name_words):
            return ""                  # "Gregory Nash, 58, of Newton": after a person's age,
            #                            where they live (trial 25: Newton was a person)
        if len(name_words) == 2 and not title_words and name_words[0] in lex.region_openers \
                and name_words[1].endswith(lex.region_endings):
            return ""                  # "West German exports", "North American plants"
        if not title_words and self._listed_company(name_words) \
                and not described_person(self.text, toks[i + len(name_words) - 1][2], lex):
            return "organization"      # "Goldman Sachs", "Air India": a first name, no person
        if i > 1 and toks[i - 1][0] in lex.company_prepositions \
                and toks[i - 2][0].lower() in lex.company_nouns:
            return "organization"      # "Shares of Streamly", "a stake in Meridian"
        if i > 0 and not title_words and toks[i - 1][0].islower() and \
                toks[i - 1][0] in lex.org_anaphors and toks[i - 1][0] not in lex.person_roles \
                and (name_words[0] not in lex.first_names
                     or len(name_words) > 1 and english_word(name_words[-1].lower())
                     and surname_key(name_words[-1]) not in lex.surnames):
            return "organization"      # "Rail operator Coastlink", "the carmaker Carrow",
            #                            "operator Orla Marine" (a first name, then a common
            #                            word; not "film maker Steven Spielberg")
        outlet = lex.outlet_alias.get(text.lower()) or lex.outlet_alias.get(
            ("the " + text).lower())
        if outlet and (len(text) > 3 or text.isupper()):
            return "outlet"
        if the and len(name_words) == 2 and name_words[-1].lower() in lex.person_roles and (
                name_words[0] in lex.places or name_words[0].endswith(lex.nationality_endings)):
            return "organization"      # "the Scottish Executive": an office, not a person
        if len(name_words) > 1 and name_words[-1] in lex.outlet_words or (
                len(name_words) > 2 and name_words[-1] in lex.outlet_services
                and name_words[-2] in lex.outlet_words):
            return "outlet"            # "Brookfield Gazette", "the New China News Agency"
        if len(name_words) == 1 and not title_words and not the and text in lex.org_words \
                and text.lower() in self.lower_words and self._opens_sentence(toks, i):
            return ""                  # "University exhibits can reach out": a common noun
        if title_words and len(name_words) > 1 and name_words[0] in lex.first_names and \
                not any(w in lex.org_words for w in name_words):
            return "person"            # "Treasury Secretary Jacob Lew": the office is a title
        if any(w in lex.org_words for w in name_words) or any(
                w in lex.org_words and not _portfolio(title_words, k, lex)
                for k, w in enumerate(title_words)):
            # "Office of Inspector General", "University of Indiana"; but "Energy Minister
            # Subroto", "Mining and Energy Minister Subroto": an organization word before a
            # title names a portfolio
            return "organization"
        if len(name_words) > 1 and not title_words and name_words[-1] in lex.institution_titles \
                and name_words[0] in lex.first_names and name_words[0] not in lex.no_entity \
                and not any(
                    w.lower().rstrip(".") in lex.titles or w.lower() in lex.person_roles
                    for w in name_words[:-1]):
            return "organization"      # "Mercy General", "Toronto General": a name ends in a
            #                            surname, not a title; a hospital named after a word
        if name_words[-1] in lex.place_words or name_words[-1] in lex.event_words:
            return ""                  # "Elm Street", "Brenna Glacier", "Revolutionary War"
        if len(name_words) > 1 and name_words[0] in lex.place_openers and not title_words \
                and (name_words[1] not in lex.first_names or name_words[1] in lex.places):
            return ""                  # "Lake Kivu", "Mount Kenya" ("Kenya" a first name too)
        if len(name_words) > 1 and not title_words and any(
                w in lex.named_phenomenon_openers for w in name_words[:2]) and \
                name_words[-1] not in lex.named_phenomenon_openers:
            return ""                  # "Storm Idris", "Tropical Storm Idalia", "River Lyle"
        if name_words[0] in lex.ordinal_place_words and i > 0 and \
                _ORDINAL.fullmatch(toks[i - 1][0]):
            return ""                  # "the 4th Ward": a place, not Mr Ward
        if text in lex.places or text in lex.cities or \
                all(w in lex.calendar_words or w.isdigit() for w in name_words):
            return ""
        if len(name_words) > 1 and not any(w in lex.first_names for w in name_words) and (
                name_words[-1] in lex.club_words or name_words[-1] in lex.country_codes
                or name_words[-1] in lex.places and not title_words
                and surname_key(name_words[-1]) not in lex.surnames and not any(
                    w in lex.places or w in lex.place_qualifiers or not _is_cap(w)
                    or w in lex.event_words
                    or w.lower().rstrip(".") in lex.titles or w.lower() in lex.person_roles
                    or w.endswith(lex.nationality_endings) for w in name_words[:-1])):
            # "Manchester United", "Cancer Research UK", "Sky Italia": a club or a body named
            # after its country (not "Upper Egypt", "Spanish Netherlands": places; not "Fan
            # Expo Canada": an event)
            return "organization"
        if name_words[-1] in lex.calendar_words or (
                len(name_words) > 1 and name_words[-1] not in lex.org_words
                and name_words[-1] not in lex.first_names
                and name_words[0] not in lex.first_names     # "Genevieve Cortese"
                and (name_words[-1] in lex.places or " ".join(name_words[-2:]) in lex.places
                     or name_words[-1].endswith(lex.nationality_endings))):
            return ""                  # "North Korean", "Spanish Netherlands", "Monday"
        first = name_words[0]
        if title_words and len(name_words) == 1 and first not in lex.first_names and \
                first.lower() in self.lower_words and first.lower() not in lex.person_roles \
                and not any(w in lex.first_names for w in title_words) \
                and surname_key(first) not in lex.surnames and english_word(first.lower()):
            return None                # "the General Election … the election": a title word,
            #                            then an ordinary word the article writes in lower case
        if title_words and not any(w in lex.org_words for w in name_words):
            return "person"
        if the and len(name_words) > 1 and first in lex.places:
            return "organization"      # "the Kenya Red Cross": a country, not a first name
        if len(name_words) > 1 and first in lex.first_names and \
                name_words[-1] not in lex.places:
            return "person"
        if len(name_words) > 1 and len(first) == 2 and first.endswith("."):
            return "person"            # "J. Smith"
        if len(name_words) > 1 and any(len(w) > 2 and w.isupper() and w.isalpha()
                                       and w.strip("IVX") for w in name_words):
            return "organization"      # "FIFA World Cup", "NASA Ames Research"
        if any(_CAMEL.fullmatch(w) and not (len(name_words) > 1
                                             and _surname_camel(w, lex.surname_prefixes))
               for w in name_words):
            return "organization"      # "YouTube", "FedEx"; not "MacLeod"
        if len(name_words) == 1 and len(text) >= 3 and (text.isupper() and text.isalpha() or re.fullmatch(
                r"(?:[A-Z]\.){2,}", text)) and not text.isdigit():
            return "organization"      # NASA, ACLU, F.B.I.
        prev = toks[i - 1][0].lower() if i > 0 else ""
        if the:
            prev = toks[i - 2][0].lower() if i > 1 else ""
        elif prev == "and":
            # "in Houghton and Sunderland South": the second of two places after "in"
            k = i - 2
            while k >= 0 and _is_cap(toks[k][0]) and toks[k][0][:1].isalpha():
                k -= 1
            if k < i - 2 and k >= 0 and toks[k][0].lower() in lex.place_prepositions:
                prev = toks[k][0].lower()
        if len(name_words) == 1:
            if self._opens_sentence(toks, i) and first not in self.inner_caps \
                    and first not in lex.first_names:
                return None            # "Soon", "Experts": a name only if a name pass says so
            if first not in lex.first_names and first.endswith(lex.nationality_endings):
                return "surname?"      # "Korean", unless a person's name has it ("Cortese")
            if prev in lex.place_prepositions:
                return "place?"        # "born in Groningen", unless "Ahmed Mohamed ... to Mohamed"
            after = toks[i + 1][0] if i + 1 < len(toks) else ""
            if after.islower() and after in lex.person_roles:
                return None            # "the state's first Latina governor", "Kendal boss
                #                        Gary Mottram": a word before a role describes it
            if first in lex.first_names and lex.first_names[first] != "u" and \
                    first.lower() not in self.lower_words:
                if "-" in first and not dict.__contains__(lex.first_names, first):
                    return "place?"    # "Winston-Salem": two first names alone, no surname
                if self._term_or_inner_word(toks[i][1], toks[i][1] + len(first)):
                    return None        # "Rate (Libor)", "Heini's Nursery Inc"
                before = toks[i - 1][0] if i > 0 else ""
                if after.isalpha() and after.islower() and after not in lex.not_name_words \
                        and (before.lower() in lex.articles
                             or before.islower() and "-" in before):
                    return "surname?"  # "a Houston investment firm", "the three-month Libor
                    #                    rate": a modifier of a common noun, unless a person's
                    #                    longer name has it (not "a Christian at a young age")
                if described_organization(self.text, toks[i][2], lex):
                    return "organization"   # "Nova, the Canadian company that …"
                return "person"
            return None
        if prev in lex.place_prepositions and not the:
            return ""                  # "moved to New Mexico"
        if self._opens_sentence(toks, i) and first.lower() in self.lower_words:
            return None
        return None

    def _term_or_inner_word(self, start: int, end: int) -> bool:
        """Whether the lone word ``text[start:end]`` is a term or abbreviation alone in
        parentheses ("London Interbank Offered Rate (Libor)"), or a word inside an organization's
        name that its possessive or a parenthesis cut off ("Heini's Nursery Inc", "Bangladesh
        Shilpa (Industrial) Bank"): capitalised words up to an organization word follow."""
        text = self.text
        if text[start - 1:start] == "(" and text[end:end + 1] == ")":
            return True
        m = _ORG_TAIL.match(text, end)
        return m is not None and any(w.rstrip(".,") in self.lex.org_words
                                     for w in m.group(1).split())

    def _listed_company(self, name_words: list[str]) -> bool:
        """Whether a name is, or opens with, an organization's name that reads as a person's
        (``entity_companies.txt``): "Goldman Sachs", "Morgan Stanley Dean Witter"."""
        return any(tuple(name_words[:n]) in self.lex.companies
                   for n in self.lex.company_lengths if n <= len(name_words))

    # --------------------------------------------------------------- nominals and pronouns
    def pronouns(self, claims: tuple[Claim, ...], questions: frozenset[int] = frozenset()
                 ) -> list[Mention]:
        """Personal pronouns; "you" only in the sentences ``questions`` (an interview's
        questions, where it is the interviewee)."""
        lex = self.lex
        quotes = sorted((c.span.start, c.span.end, c.source_id) for c in claims
                        if c.quote == "direct" and c.source_id)
        qstarts = [q[0] for q in quotes]
        out = []
        words = tuple(sorted(w for w, k in lex.pronoun_class.items()
                             if questions or k != "second"))
        for m in _pronoun_regex(words).finditer(self.text):
            w = m.group()
            cls = lex.pronoun_class.get(w.lower())
            if cls is None:  # matched without regard to case, but lower-cases to another word
                continue     # ("İ" is "i̇")
            if (w.lower() == "i" and w != "I") or (w == "US"):
                continue
            if w.isupper() and len(w) > 1:
                continue
            gender = "m" if cls == "third_masculine" else "f" if cls == "third_feminine" else None
            person = 1 if cls.startswith("first") else 2 if cls == "second" else 3
            sentence = self.sentence_of(m.start())
            if person == 2 and sentence not in questions:
                continue
            mention = Mention(Span(m.start(), m.end(), w), "pronoun", sentence,
                              kind=None, head=w.lower(), gender=gender,
                              plural=cls.endswith("plural"), person=person)
            if person == 1:
                q = bisect_right(qstarts, m.start()) - 1
                if q >= 0 and m.start() < quotes[q][1]:
                    mention.quote_source = quotes[q][2]
            out.append(mention)
        return out

    def descriptions(self, names: list[Mention]) -> list[Mention]:
        """Predicate nominatives and indefinite appositives of named people and organizations
        (``[descriptions]`` of rules/entities.toml): "Daniel Bernoulli (1700-1782) was a
        Swiss mathematician and physicist", "Nick Bos, a biologist at Helsinki,"; each
        remembers the name it describes."""
        lex = self.lex
        text = self.text
        out = []
        opener = _opener_regex(lex.description_openers)
        copula = _copula_regex(lex.description_copulas)
        for name in names:
            if name.kind not in {"person", "organization"}:
                continue
            at = name.span.end
            if text.startswith(", ", at):
                m = opener.match(text, at + 2)
                if m is None:
                    continue
                closed = True   # an appositive: closed by a comma or the sentence's end
            else:
                c = copula.match(text, at)
                m = opener.match(text, c.end()) if c else None
                if m is None:
                    continue
                closed = False
            end = min((k for k in (text.find(x, m.end(), m.end() + _DESCRIPTION_CHARS)
                                   for x in lex.description_closers) if k >= 0),
                      default=-1)
            line = text.find("\n", m.start(), m.end() + _DESCRIPTION_CHARS)
            if line >= 0 and (end < 0 or line < end):
                end = line
            if end < 0 or (closed and text[end:end + 1] not in {",", ".", ")", ";"}):
                continue
            span = Span.of(text, m.start(), end)
            words = span.text.split()
            if not 2 <= len(words) <= _DESCRIPTION_WORDS:
                continue
            out.append(Mention(span, "nominal", self.sentence_of(span.start), kind=name.kind,
                               head=words[-1].lower(), describes=name.span))
        return out

    def nominals(self) -> list[Mention]:
        lex = self.lex
        heads = lex.person_roles | lex.org_anaphors | lex.anonymous_heads
        out = []
        # ("T" first and the word boundary before it as a look-behind: see ``_CANDIDATE``)
        rx = re.compile(r"(?P<det>[Tt](?<!\w[Tt])(?:he|his|hat))\s+(?P<mods>(?:[\w-]+\s+){0,3}?)"
                        r"(?P<head>[a-z][a-z-]+)\b(?!['’]s\b|\s+(?:of|for|at)\s+[A-Z])")
        for m in rx.finditer(self.text):
            head = m.group("head")
            if head not in heads:
                continue
            mods = tuple(w.lower() for w in m.group("mods").split())
            if any(w in lex.not_name_words and w not in lex.ordinals for w in mods):
                continue
            kind = ("organization" if head in lex.org_anaphors and head not in lex.person_roles
                    else "person")
            out.append(Mention(Span(m.start(), m.end(), m.group()), "nominal",
                               self.sentence_of(m.start()), kind=kind, head=head,
                               modifiers=mods))
        return out


SOURCE_ENTITY_KIND = {"named_person": "person", "named_organization": "organization",
                      "anonymous_official": "person", "anonymous_resident": "person",
                      "anonymous_source": "person", "unnamed_group": "group",
                      "outlet": "outlet", "document": "document"}
"""The entity kind a source kind stands for, when no mention says more."""


def _align(mentions: list[Mention], sources: tuple[Source, ...], detector: _Detector,
           lex: Lexicon) -> list[Mention]:
    """Give every source mention of the attribution stage a detected mention to stand on.

    A source phrase that contains a detected name of the right type gives that name its source
    id ("The chief inspector of schools, David Bell" -> "David Bell"); a person name wins over an
    organization name inside the same phrase ("Council member Joan Prewitt").  Otherwise the
    phrase itself becomes a mention.
    """
    by_start = sorted(mentions, key=lambda m: m.span.start)
    starts = [m.span.start for m in by_start]
    extra = []
    rank = {"person": 0, "outlet": 1, "organization": 2, None: 3}
    for s in sources:
        want = SOURCE_ENTITY_KIND.get(s.kind)
        for sm in s.mentions:
            k = bisect_right(starts, sm.start - 1)
            inside = []
            while k < len(by_start) and by_start[k].span.start < sm.end:
                cand = by_start[k]
                if cand.span.end <= sm.end:
                    inside.append(cand)
                k += 1
            exact = next((c for c in inside if c.span == sm), None)
            chosen = None
            if exact is not None and exact.source_id is None:
                chosen = exact
            elif s.kind in {"named_person", "named_organization"} and _joint_names(
                    inside, sm, detector.text, "person" if s.kind == "named_person"
                    else "organization"):
                # "Smith and Jones said", "Russia and Ukraine said": the two together, a group
                # whose members are named
                chosen = Mention(sm, "source", detector.sentence_of(sm.start), kind="group",
                                 head=sm.text.split()[-1].lower(), joint=True)
                extra.append(chosen)
            elif s.kind in {"named_person", "named_organization", "outlet"}:
                clause = _relative_clause_start(sm, lex)
                names = [c for c in inside if c.form == "name" and c.source_id is None
                         and not _possessive_after(detector.text, c)
                         and c.span.start < clause]     # not who owns "WEDGE, which is …"
                # A person's name first ("Council member Joan Prewitt"), then the name that
                # opens the phrase, its head ("Yukelson with the Apartment Association").
                # The name attribution read as the person's comes before both ("Board member
                # Colm Hadley": the titles in rules/ say "Board member" is his role).
                head = _head_start(detector.text, sm, lex.articles)
                if s.kind == "outlet":
                    # an outlet is the name that opens the phrase or an outlet's name, not a
                    # place in it ("Our reporter at … Sonora High School")
                    names = [c for c in names if c.kind == "outlet" or c.span.start <= head]
                # "Dr Anita Shah" is the person of "Anita Shah, chair of the … Association".
                # (a name wrapped over two lines is compared as one line)
                names.sort(key=lambda c: (s.kind == "named_person"
                                          and " ".join(c.span.text.split()) not in s.name
                                          and s.name.split(",")[0] not in c.span.text,
                                          c.kind != "person",
                                          c.span.start > head, rank.get(c.kind, 3),
                                          c.span.start))
                chosen = names[0] if names else None
                if chosen is not None and _part_of_named(detector.text, sm, chosen, lex):
                    chosen = None   # "the Energy Department agency": a body of the department
                person_name = s.name.split(",")[0].strip()
                if s.kind == "named_person" and chosen is not None and \
                        not set(person_name.split()) & set(chosen.span.text.split()):
                    # another name of the phrase is not the person attribution read there
                    person = _person_named(detector, sm, person_name)
                    if person is not None:
                        chosen = person
                        extra.append(person)
            elif len(inside) == 1 and inside[0].form == "pronoun" and \
                    inside[0].span.start == sm.start and s.kind != "document" and \
                    not (inside[0].head in lex.possessives
                         and sm.text.split()[-1].strip(",.").lower() in lex.kin_genders):
                # not "Her team's new survey": a document of hers; nor "her son", "his late
                # wife": a relative is never the one whose relative they are ("her rep", "his
                # spokesman" speak for their principal, as "a company spokesman" does)
                chosen = inside[0]
            elif s.kind in {"anonymous_official", "anonymous_resident", "anonymous_source"}:
                # "The chief inspector of schools, Dana Crewe": a personal name apposed at the
                # end of the phrase is who it is; the description before it is a mention too.
                person = [c for c in inside if c.form == "name" and c.source_id is None
                          and (c.kind == "person" or c.kind is None and len(c.tokens) > 1)
                          and c.span.end == sm.end and c.span.start > sm.start
                          and not _principal(detector.text[sm.start:c.span.start], lex)
                          and not s.anonymity_reason]   # granted anonymity: no name of
                #                                           theirs ("A former employee of the
                #                                           contractor, Brightline Facilities,
                #                                           who spoke on condition …")
                acting = [c for c in inside if c.form == "name" and c.kind == "organization"
                          and c.span.end == sm.end and c.span.start > sm.start
                          and c.span.text in detector.acting]
                if acting and not s.anonymity_reason:
                    chosen = acting[-1]     # "A key US ally, Jordan": the state speaks
                elif person:
                    chosen = person[-1]
                    desc = _description_before(detector, sm, chosen, want)
                    if desc is not None:
                        desc.source_id = s.id
                        extra.append(desc)
            if chosen is None:
                low = sm.text.lower()
                head = low.split()[-1].strip(",.") if low.split() else low
                kind = want
                if want == "organization" and head in lex.group_heads and \
                        sm.text[:1].islower() and \
                        not any(w[:1].isupper() for w in sm.text.split()):
                    kind = "group"      # "union officials" is not the company quoted before
                chosen = Mention(sm, "source", detector.sentence_of(sm.start), kind=kind,
                                 head=head, gender=lex.kin_genders.get(head) or None)
                #                  ("her son" is a man: no "she" of hers goes to him)
                extra.append(chosen)
            chosen.source_id = s.id
            if chosen.kind is None and want in {"person", "organization"}:
                chosen.kind = want
                if want == "person" and chosen.form == "name" and \
                        chosen.span.text.removeprefix("the ").removeprefix("The ") == \
                        sm.text.removeprefix("the ").removeprefix("The ") and \
                        (ordinary_words(chosen.tokens, lex) or chosen.definite
                         and not any(t in lex.first_names for t in chosen.tokens)):
                    # "The United Nations said", "the Kenya Red Cross said": ordinary words,
                    # or an article before a name with no first name; people take none
                    chosen.kind = "organization"
    return mentions + extra


def _part_of_named(text: str, phrase: Span, name: Mention, lex: Lexicon) -> bool:
    """Whether a source phrase names a body by the organization it belongs to: an
    organization's name that ends in its own organization word ("Energy Department"), then
    one lower-case organization noun that ends the phrase ("the Energy Department
    agency" is the Energy Information Administration, not the department).  Without an
    organization word, or with words before the noun, the noun only says what the name is
    ("the Fiat group", "the Press Association news agency")."""
    if name.kind != "organization" or not name.tokens or name.tokens[-1] not in lex.org_words:
        return False
    tail = text[name.span.end:phrase.end].split()
    return len(tail) == 1 and tail[0].islower() and tail[0] in lex.org_anaphors


def _joint_names(inside: list[Mention], phrase: Span, text: str, kind: str = "person") -> bool:
    """Whether a source phrase is two or more names of ``kind`` (personal names, a name of no
    kind yet counting as one) joined by "and" and commas ("Smith and Jones", "producers Craig
    Zadan and Neil Meron", "Russia and Ukraine"), after lower-case words only."""
    names = [c for c in inside if c.form == "name"
             and (c.kind == kind or kind == "person" and c.kind is None)]
    if len(names) < 2 or names[-1].span.end != phrase.end or not all(
            w.islower() for w in text[phrase.start:names[0].span.start].split()):
        return False    # (lower-case roles may come first: "producers Craig Zadan and …")
    gaps = [text[a.span.end:b.span.start].strip() for a, b in zip(names, names[1:], strict=False)]
    # "A, B and C": commas between, "and" before the last ("Cote" of "Industrial Expansion,
    # Michel Cote" is the name apposed, no second speaker)
    return gaps[-1] in {"and", ", and"} and all(g == "," for g in gaps[:-1])


def _principal(description: str, lex: Lexicon) -> bool:
    """Whether a name after a description is the person the described one serves, not
    theirs: "An aide to [Daniel Amstutz]", "A spokesman for [Senator John Warner]" (a
    preposition after the head, no comma setting the name off as the describer's)."""
    return "," not in description and any(
        w.lower() in lex.principal_prepositions for w in description.split()[1:])


def _person_named(detector: _Detector, phrase: Span, name: str) -> Mention | None:
    """The personal name attribution read in a source phrase, as a mention of its own, when
    detection saw none there ("A Northwind Water spokeswoman, Lisa Park": "Lisa Park" reads
    as a park)."""
    words = name.split()
    at = phrase.text.rfind(name)
    if len(words) < 2 or at < 0 or not all(
            w[:1].isupper() and w.lower() not in detector.lex.not_name_words for w in words):
        return None     # not "How The Onion"
    start = phrase.start + at
    return Mention(Span(start, start + len(name), name), "name", detector.sentence_of(start),
                   kind="person", key=" ".join(w.lower().rstrip(".") for w in words),
                   tokens=tuple(words), gender=detector._gender((), words))


def _description_before(detector: _Detector, phrase: Span, name: Mention,
                        kind: str | None) -> Mention | None:
    """The description that a source phrase gives before an apposed name, as a mention."""
    head_text = detector.text[phrase.start:name.span.start].rstrip(" ,")
    if len(head_text) < 3:
        return None
    span = Span(phrase.start, phrase.start + len(head_text), head_text)
    words = head_text.lower().split()
    head = next((w for w in words if w in detector.lex.person_roles), words[-1])
    return Mention(span, "source", detector.sentence_of(span.start), kind="person", head=head)


def _head_start(text: str, phrase: Span, articles: frozenset[str]) -> int:
    """Where a phrase's first word after an article of ``articles`` starts ("the Ministry" ->
    "Ministry")."""
    first = phrase.text.split(maxsplit=1)
    if len(first) == 2 and first[0].lower() in articles:
        return phrase.start + phrase.text.index(first[1])
    return phrase.start


def _relative_clause_start(phrase: Span, lex: Lexicon) -> int:
    """Where a relative clause set off by a comma starts in a source phrase ("WEDGE, which is
    owned by Issam Fares, a Lebanese citizen": the names in it are not the speaker's); the
    phrase's end when it has none."""
    for m in _AFTER_COMMA.finditer(phrase.text):
        if m.group(1).lower() in lex.relative_words:
            return phrase.start + m.start()
    return phrase.end


_AFTER_COMMA = re.compile(r",\s+(\w+)")
"""A comma and the word after it (where a relative clause may open)."""


def _possessive_after(text: str, m: Mention) -> bool:
    """"Mayor Lee's office": the name is the owner, not the source."""
    return text[m.span.end:m.span.end + 2] in {"'s", "’s"}


def detect(document: Document, sentences: tuple[Sentence, ...], sources: tuple[Source, ...],
           claims: tuple[Claim, ...], lex: Lexicon,
           questions: frozenset[int] = frozenset()) -> list[Mention]:
    """Every candidate mention of the article, in text order, numbered by ``index``.

    Args:
        document, sentences: the ingested article and its sentences.
        sources, claims: the attribution stage's output; source mentions are aligned to
            detected mentions (see :func:`_align`) and first-person pronouns inside a direct
            quotation remember the quotation's source.
        lex: the entity word lists.
        questions: the sentences of an interview's questions ("you" is read there only).

    Returns:
        Mentions sorted by start offset.  They may still overlap; the entity records drop or
        cut overlaps between different entities at the end.
    """
    det = _Detector(document, sentences, lex, _acting_places(document.text, sources, lex))
    names = det.names()
    covered = sorted((m.span.start, m.span.end) for m in names)
    cstarts = [c[0] for c in covered]

    def inside_name(span: Span) -> bool:
        k = bisect_right(cstarts, span.start) - 1
        return k >= 0 and covered[k][1] > span.start

    others = [m for m in det.pronouns(claims, questions) + det.nominals()
              if not inside_name(m.span)]
    described = {m.span.start for m in others if m.form == "nominal"}
    others += [m for m in det.descriptions(names) if m.span.start not in described
               and not inside_name(m.span)]
    mentions = _align(names + others, sources, det, lex)
    # A description inside a source phrase is part of it ("The chief" of "The chief inspector
    # of schools"), not a mention of its own.
    phrases = sorted((sm.start, sm.end) for s in sources for sm in s.mentions)
    pstarts = [p[0] for p in phrases]

    def inside_phrase(m: Mention) -> bool:
        k = bisect_right(pstarts, m.span.start) - 1
        return any(phrases[i][1] >= m.span.end and phrases[i][0] <= m.span.start
                   for i in range(max(0, k - 2), k + 1))

    mentions = [m for m in mentions if m.form != "nominal" or m.source_id
                or not inside_phrase(m)]
    mentions.sort(key=lambda m: (m.span.start, -m.span.end))
    for n, m in enumerate(mentions):
        m.index = n
    return mentions
