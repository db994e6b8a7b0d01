"""Coreference passes: an ordered list of small merge functions, most precise first.

The design is the multi-pass sieve of Lee, Chang, Peirsman, Chambers, Surdeanu and Jurafsky
(2013), "Deterministic coreference resolution based on entity-centric, precision-ranked rules",
Computational Linguistics 39(4): 885-916.  Every mention starts as its own cluster; each pass
looks at the mentions in text order and may merge a mention's cluster with an earlier one, never
split; the attributes a pass compares (gender, kind, roles, names) belong to the whole cluster
("entity-centric"), so evidence found anywhere in the entity counts.  ``PASSES`` is the order;
``rules/entities.toml`` ``passes`` switches passes on and off, and
``benchmarks/entities.py`` scores what each adds.

Each pass reads its antecedents from indexes kept by the :class:`Clusters` (a dict from name,
surname, role or source id to clusters, lists per sentence), so a pass does not compare a
mention with all the earlier ones: the whole resolution is linear in the number of mentions.
"""

from __future__ import annotations

from bisect import insort
from collections import defaultdict
from collections.abc import Callable
from typing import NamedTuple

from credibility.attribute.tokens import NICKNAME
from credibility.entities.lexicon import Lexicon
from credibility.entities.mentions import Mention, described_person
from credibility.records import Source, Span

_PERSONISH = {"person", None}


def _index(m: Mention) -> int:
    return m.index


class Cluster:
    """An entity being built: its mentions and what they say about it together."""

    __slots__ = ("mentions", "kinds", "gender", "roles", "source_ids", "plural", "full_names")

    def __init__(self, m: Mention, particles: frozenset[str] = frozenset()) -> None:
        self.mentions = [m]
        self.kinds = {m.kind} if m.kind else set()
        self.gender = m.gender if m.form != "pronoun" else None
        self.roles = set(m.roles)
        self.source_ids = {m.source_id} if m.source_id else set()
        self.plural = m.plural
        # (surname, first name) of its full personal names: "Harold Mercer" and "Jamie
        # Mercer" are two people (Lee et al. 2013: no merge of different first names)
        self.full_names = {(m.tokens[-1], m.tokens[0])} if (
            m.form == "name" and m.kind == "person" and len(m.tokens) > 1
            and m.tokens[0].lower() not in particles) else set()   # not "Von der Leyen"

    @property
    def first(self) -> Mention:
        return self.mentions[0]

    @property
    def kind(self) -> str | None:
        for k in ("outlet", "person", "organization", "document", "group"):
            if k in self.kinds:
                return k
        return None

    @property
    def names(self) -> list[Mention]:
        return [m for m in self.mentions if m.form == "name"]

    def compatible(self, other: Cluster) -> bool:
        """No evidence against one entity: kinds, gender and number agree."""
        a, b = self.kind, other.kind
        if a and b and a != b and {a, b} != {"organization", "outlet"}:
            return False
        if self.gender and other.gender and self.gender != other.gender:
            return False
        if self.full_names and other.full_names:
            mine = dict(self.full_names)
            for last, first in other.full_names:
                f = mine.get(last)
                if f is not None and f != first and not (
                        (len(f) <= 2 or len(first) <= 2) and f[0] == first[0]):
                    return False    # "Harold Mercer" is not "Jamie Mercer" ("J. Mercer" may be)
        return True


class InterviewTurns(NamedTuple):
    """An interview's turns by sentence index, and where the interviewee is named
    (:mod:`credibility.attribute.interview`)."""

    questions: frozenset[int]
    answers: frozenset[int]
    interviewee: Span | None


class Clusters:
    """Union of mention clusters with the indexes the passes look things up in."""

    def __init__(self, mentions: list[Mention], sources: tuple[Source, ...], lex: Lexicon,
                 text: str, interview: InterviewTurns | None = None) -> None:
        self.mentions = mentions
        self.lex = lex
        self.text = text
        self.interview = interview
        self.sources = {s.id: s for s in sources}
        self.of: dict[int, Cluster] = {m.index: Cluster(m, lex.inner_words) for m in mentions}
        self.merges: dict[str, int] = defaultdict(int)
        for m in mentions:
            if m.form == "name" and m.kind == "person" and len(m.tokens) == 1 and m.source_id:
                self._source_full_name(m)

    def _source_full_name(self, m: Mention) -> None:
        """A surname alone whose source the attribution stage named in full ("Her daughter,
        Sian Hughes", the name detector keeping only "Hughes": "Sian" read as a nationality)
        keeps that full name against another of the surname ("Margaret Hughes")."""
        source = self.sources.get(m.source_id)
        if source is None or source.kind != "named_person":
            return
        words = source.name.split(",")[0].split()
        while words and words[0].lower().rstrip(".") in self.lex.titles:
            words.pop(0)
        first = " ".join(words[:-1])
        if len(words) > 1 and words[-1] == m.tokens[-1] and words[0][:1].isupper() \
                and words[0].lower() not in self.lex.inner_words and \
                not any(w.endswith(("'s", "’s")) for w in words) and \
                self.text[max(0, m.span.start - len(first) - 1):m.span.start] == first + " ":
            # (the first name written right before the surname the detector kept: not
            # "Shearson's Tulis", a firm's possessive)
            self.of[m.index].full_names.add((words[-1], words[0]))

    def cluster(self, m: Mention) -> Cluster:
        return self.of[m.index]

    def merge(self, a: Mention, b: Mention, pass_name: str) -> bool:
        """Merge the clusters of two mentions (the smaller into the larger); False when they
        are already one or disagree on kind, gender or source."""
        ca, cb = self.of[a.index], self.of[b.index]
        if ca is cb or not ca.compatible(cb):
            return False
        if ca.source_ids and cb.source_ids and ca.source_ids != cb.source_ids \
                and pass_name in {"role_head", "pronoun", "source_descriptor"} \
                and not (pass_name in {"role_head", "pronoun"}
                         and bool(ca.names) != bool(cb.names)):
            # Two sources the attribution stage told apart stay apart ("the second source"),
            # unless a role or a pronoun goes back to a named person ("Senator Ruth Ames …
            # the senator"; "she" that attribution tied to a byline glued to the next line).
            return False
        if len(ca.mentions) < len(cb.mentions):
            ca, cb = cb, ca
        for m in cb.mentions:
            self.of[m.index] = ca
        if cb.mentions[0].index > ca.mentions[-1].index:
            ca.mentions.extend(cb.mentions)     # the usual case: a later mention joins
        else:
            # Both in text order: insert the smaller cluster's mentions rather than sort the
            # larger one again on every merge (issue 15: quadratic in one entity's mentions).
            for m in cb.mentions:
                insort(ca.mentions, m, key=_index)
        ca.kinds |= cb.kinds
        ca.gender = ca.gender or cb.gender
        ca.roles |= cb.roles
        ca.source_ids |= cb.source_ids
        ca.full_names |= cb.full_names
        self.merges[pass_name] += 1
        return True

    def all(self) -> list[Cluster]:
        seen, out = set(), []
        for m in self.mentions:
            c = self.of[m.index]
            if id(c) not in seen:
                seen.add(id(c))
                out.append(c)
        return out


# ---------------------------------------------------------------------------------- passes

def speaker(cl: Clusters) -> None:
    """Speaker identification (Lee et al. 2013, sieve 1): "I", "me", "my" inside a direct
    quotation are the quotation's source; mentions of one attribution source that the
    attribution stage tied to the same phrase are one speaker."""
    by_source: dict[str, Mention] = {}
    for m in cl.mentions:
        if m.source_id and m.form != "pronoun":
            by_source.setdefault(m.source_id, m)
    for m in cl.mentions:
        if m.form == "pronoun" and m.person == 1 and not m.plural and m.quote_source:
            target = by_source.get(m.quote_source)
            if target is not None:
                cl.merge(target, m, "speaker")
                m.source_id = None


def exact_name(cl: Clusters) -> None:
    """Exact string match (Lee et al. sieve 2): names with the same words, titles, "the" and
    possessive set aside ("President Park" is not "Park"; "NASA" is "NASA's")."""
    first: dict[tuple[str, str], Mention] = {}
    for m in cl.mentions:
        if m.form != "name" or not m.key:
            continue
        if m.source_id and len(m.tokens) == 1 and _told_apart_by_age(cl, m):
            continue    # "The elder Okafor" and "The younger Okafor" are two people
        group = "org" if m.kind in {"organization", "outlet"} else "name"
        key = (group, m.key)
        if m.kind == "outlet":
            key = ("org", cl.lex.outlet_alias.get(m.key, m.key).lower())
        if key in first:
            cl.merge(first[key], m, "exact_name")
        else:
            first[key] = m
            if m.kind is None:
                first.setdefault(("org", m.key), m)


def precise_constructs(cl: Clusters) -> None:
    """Precise constructs (Lee et al. sieve 4): appositives ("The board's director, Martin
    Ebo," / "Martin Ebo, the board's director,"), predicate nominatives ("Ebo is the
    director"), and acronyms ("National Aeronautics and Space Administration (NASA)").  The
    role noun of an appositive becomes one of the entity's roles for later passes.  Each name
    looks up the description that ends at the comma before it or starts after the comma
    after it (dicts by offset: no search)."""
    text = cl.text
    by_end: dict[int, Mention] = {}
    by_start: dict[int, Mention] = {}
    names = {m.span.start: m for m in cl.mentions if m.form == "name"}
    for m in cl.mentions:
        if m.describes is not None and m.describes.start in names:
            # "Daniel Bernoulli … was a Swiss mathematician", "Nick Bos, a biologist,"
            cl.merge(names[m.describes.start], m, "precise_constructs")
    for m in cl.mentions:
        if m.form in {"nominal", "source"}:
            by_end.setdefault(m.span.end, m)
            by_start.setdefault(m.span.start, m)
    ms = cl.mentions
    for n, m in enumerate(ms):
        if m.form != "name":
            continue
        nxt = ms[n + 1] if n + 1 < len(ms) else None
        after = text[m.span.end:m.span.end + 3]
        if nxt is not None and nxt.form == "name" and after.startswith(" (") and \
                len(nxt.tokens) == 1 and nxt.tokens[0].isupper() and \
                "".join(w[0] for w in m.tokens if w[0].isupper()) == nxt.tokens[0]:
            cl.merge(m, nxt, "precise_constructs")          # acronym in brackets
            continue
        before = text[max(0, m.span.start - 3):m.span.start]
        candidates = []
        if before.endswith(", ") or before.endswith(","):
            comma = text.rfind(",", 0, m.span.start)
            candidates.append(by_end.get(comma))
        if text[m.span.end:m.span.end + 1] == ",":
            start = m.span.end + 1
            while start < len(text) and text[start] == " ":
                start += 1
            desc = by_start.get(start)
            # An apposition is closed by a comma or the end of the sentence: "GPUs, five
            # people with knowledge of the request said" is a list, then a new subject.
            if desc is not None and text[desc.span.end:desc.span.end + 1] in {",", ".", ")"}:
                candidates.append(desc)
        rest = text[m.span.end:m.span.end + 20]
        for verb in (" is ", " was ", " became "):
            if rest.startswith(verb):
                candidates.append(by_start.get(m.span.end + len(verb)))
        for desc in candidates:
            if desc is None or (desc.kind not in _PERSONISH and desc.kind != m.kind):
                continue
            source = cl.sources.get(desc.source_id) if desc.source_id else None
            if source is not None and source.kind in {"unnamed_group", "document", "outlet"}:
                continue
            if m.kind not in _PERSONISH and desc.kind != m.kind:
                continue
            if cl.merge(m, desc, "precise_constructs") and desc.head:
                cl.cluster(m).roles.add(desc.head)


def name_variant(cl: Clusters) -> None:
    """Relaxed name match (Lee et al. sieves 3 and 7, proper head match): a surname or first
    name alone, or "Mr./Ms." + surname, goes to the most recent person whose full name ends
    (or begins) with it; an initial and surname ("J. Smith") to "John Smith"; an acronym to
    the organization whose capitalised words it spells; a lone word of no known type to the
    organization whose name it opens before an organization word ("Harvard" to "Harvard
    University")."""
    last_word: dict[str, Mention] = {}
    bearers: dict[str, list[Mention]] = {}     # every full name of a surname, in text order
    first_word: dict[str, Mention] = {}
    acronyms: dict[str, Mention] = {}
    org_first: dict[str, Mention] = {}
    org_core: dict[tuple[str, ...], Mention] = {}
    org_words = cl.lex.org_words
    org_head: dict[str, Mention] = {}
    org_opening: dict[str, Mention | None] = {}
    for m in cl.mentions:
        if m.form == "source" and not m.tokens and m.span.text[:1].isupper() \
                and " " not in m.span.text.strip():
            # a lone capitalised word the attribution stage found as a source ("Xerox said"
            # opening a sentence, which the name pass leaves alone)
            word = m.span.text.strip()
            # (or by the name's first word: "Helix said" after "Helix Biotherapeutics, Inc.")
            target = org_core.get((word,)) or org_head.get(word) or org_first.get(word)
            if target is not None and cl.cluster(m).kind in {None, "organization"}:
                cl.merge(target, m, "name_variant")
            continue
        if m.form != "name" or not m.tokens:
            continue
        toks = m.tokens
        c = cl.cluster(m)
        kind = c.kind
        target = org_core.get(toks) or (org_head.get(toks[0]) if len(toks) == 1
                                        and kind == "organization" and m.definite else None) \
            or (org_opening.get(toks[0]) if len(toks) == 1 and kind == "organization"
                and toks[0] not in cl.lex.places     # "the U.S." is no U.S. Agriculture Dept
                and m.span.start > (org_opening.get(toks[0]) or m).span.start else None)
        if target is not None and not m.roles and (kind != "person" or m.gender is None):
            # "Xerox Corp" … "Xerox", "Hughes Tool Co" … "Hughes Tool" (read as a person's
            # name), "E.F. Hutton Group Inc" … "Hutton": the organization's name without
            # the words that only say it is one
            if kind == "person":
                c.kinds.discard("person")
                c.kinds.add("organization")
                m.kind = "organization"
            if cl.merge(target, m, "name_variant"):
                continue
        if kind == "organization" and len(toks) > 1 and toks[-1] in org_words:
            core = list(toks)
            while len(core) > 1 and core[-1] in org_words:
                core.pop()
                if len(core) > 1:   # "Acme Foods Inc" … "Acme Foods", and "Acme"
                    org_core.setdefault(tuple(core), m)
            while len(core) > 1 and len(core[0]) <= 4 and core[0].endswith("."):
                core.pop(0)     # initials: "E.F."
            if len(core) < len(toks):
                org_core.setdefault(tuple(core), m)
        if kind == "organization" and len(toks) > 1:
            for w in toks:
                if w in org_words and w[:1].isupper():
                    org_head[w] = m     # "the Bank" after "the Bank of England"
            # "Chemical" after "Chemical New York Corp": the first word of one organization's
            # name only (not "First" of "First Chicago" and "First Boston")
            if toks[0] not in org_opening:
                org_opening[toks[0]] = m
            elif org_opening[toks[0]] is not None and cl.cluster(org_opening[toks[0]]) is not c:
                org_opening[toks[0]] = None
        if kind in {"organization", "outlet"} or (kind is None and len(toks) > 1):
            if len(toks) == 1 and toks[0].isupper() and toks[0] in acronyms:
                cl.merge(acronyms[toks[0]], m, "name_variant")
            elif len(toks) > 1:
                acro = "".join(w[0] for w in toks if w[0].isupper())
                if len(acro) > 1:
                    acronyms.setdefault(acro, m)
                long_form = _long_form_acronym(toks, cl.lex)
                if long_form:   # "the DOE" after "The U.S. Energy Department"
                    acronyms.setdefault(long_form, m)
                if toks[-1] in org_words:   # "General Motors Corp" is "GM" (and "GMC")
                    acro = "".join(w[0] for w in toks[:-1] if w[0].isupper())
                    if len(acro) > 1:
                        acronyms.setdefault(acro, m)
                if kind is not None and toks[0] not in org_words and (
                        any(w in org_words for w in toks[1:]) or kind == "organization"
                        and toks[0] not in cl.lex.places and toks[0][:1].isupper()):
                    org_first.setdefault(toks[0], m)    # "Harvard University", "Kendal Town"
            if kind is not None:
                continue
        if len(toks) > 1 and kind in {"person", None} and toks[0].islower() and \
                toks[0] in cl.lex.inner_words:
            # "Dr. de la Cruz", "Judge van Houten": a surname with its particles, alone
            target = _surname_holder(cl, m, bearers.get(toks[-1], []))
            if target is not None:
                cl.merge(target, m, "name_variant")
            continue
        if len(toks) == 1:
            w = toks[0]
            if w.isupper() and w in acronyms:
                cl.merge(acronyms[w], m, "name_variant")    # "GM" after "General Motors Corp"
                continue
            if m.source_id and _told_apart_by_age(cl, m):
                continue    # "The elder Okafor": the attribution stage chose whom ("Ruth
                #             Okafor"); the attribution pass joins them
            target = _surname_holder(cl, m, bearers.get(w, [])) or first_word.get(w)
            if target is None and w in org_first and (kind is None or (
                    kind == "person" and m.gender is None and not m.roles
                    and len(c.mentions) == len([x for x in c.mentions if x.form == "name"])
                    and not described_person(cl.text, m.span.end, cl.lex))):
                # "Harvard University" … "Harvard"; "Kendal Town" … "Kendal had taken the
                # lead": the club by its first word, though "Kendal" is a first name too
                target = org_first[w]
                if kind == "person":
                    c.kinds.discard("person")
                    c.kinds.add("organization")
                    m.kind = "organization"
            if target is not None:
                cl.merge(target, m, "name_variant")
            continue
        if len(toks) == 2 and len(toks[0]) == 2 and toks[0].endswith("."):
            target = last_word.get(toks[-1])
            if target is not None and target.tokens[0][:1] == toks[0][:1]:
                cl.merge(target, m, "name_variant")
        if kind in {"person", None} and len(toks) > 1:
            if toks[-1] in last_word and (last_word[toks[-1]].tokens[0] == toks[0] or (
                    toks[0].lower() in cl.lex.inner_words and toks[0][:1].isupper()
                    and toks[0].lower() in last_word[toks[-1]].tokens)):
                # "John Smith Jr."; "De Vries" after "Jan de Vries"
                cl.merge(last_word[toks[-1]], m, "name_variant")
            tail = toks[-2] if toks[-1] in cl.lex.person_suffixes and len(toks) > 2 else toks[-1]
            last_word[tail] = m
            bearers.setdefault(tail, []).append(m)
            particle, hyphen, bare = tail.partition("-")
            if hyphen and particle.islower() and bare[:1].isupper():
                last_word.setdefault(bare, m)   # "Mansouri" of "Khalid al-Mansouri"
                # and "Al-Mansouri" opening a sentence
                last_word.setdefault(particle.capitalize() + hyphen + bare, m)
                for alias in (bare, particle.capitalize() + hyphen + bare):
                    bearers.setdefault(alias, []).append(m)
            first_word.setdefault(toks[0], m)
            nick = NICKNAME.search(m.span.text)
            if nick is not None:
                # Reginald "Reggie" Thornbury … "Reggie": the name he goes by
                first_word.setdefault(nick.group("inner").strip(), m)
    # A headline names the company short before the story names it in full ("Acme Foods to cut
    # jobs" … "Acme Foods Inc. said"): the short name met first is the same organization.
    for m in cl.mentions:
        target = org_core.get(m.tokens) if m.form == "name" and m.tokens else None
        if target is not None and m.span.start < target.span.start and not m.roles \
                and cl.cluster(m).kind in {None, "organization"}:
            cl.merge(target, m, "name_variant")


def _surname_holder(cl: Clusters, m: Mention, bearers: list[Mention]) -> Mention | None:
    """Which person a surname alone means: the one full name of it, else, of two people of one
    surname ("Beatriz van Houten" and her daughter "Clara van Houten"), those whose title,
    role and gender fit the mention ("Judge van Houten", "Mrs. Okafor"), and of those the one
    named first (a story calls the other by her first or full name); None without any."""
    people: list[Cluster] = []
    for b in bearers:
        c = cl.cluster(b)
        if c not in people:
            people.append(c)
    if len(people) <= 1:
        return bearers[-1] if bearers else None
    fit = [c for c in people if not (m.gender and c.gender and m.gender != c.gender)] or people
    titled = [c for c in fit if m.roles & c.roles]
    if titled:
        return titled[0].first
    return next(b for b in reversed(bearers) if cl.cluster(b) in fit)


def _long_form_acronym(toks: tuple[str, ...], lex: Lexicon) -> str:
    """The initials of a body's long form with "of" ("Department of Energy", "Bank of
    England"), written as its short form puts the head last ("Energy Department", ``of_heads``)
    and without the country before it ("U.S."): "DOE", "BOE"; "" for a name of no "of" or
    of fewer than three initials."""
    words = list(toks)
    while len(words) > 1 and words[0] in lex.places:
        words.pop(0)
    if len(words) > 1 and words[-1] in lex.of_heads and "of" not in words:
        words = [words[-1], "of", *words[:-1]]
    if "of" not in words:
        return ""
    acro = "".join(w[0].upper() for w in words if w[:1].isupper() or w == "of")
    return acro if len(acro) > 2 else ""


def _told_apart_by_age(cl: Clusters, m: Mention) -> bool:
    """A surname in a phrase such as "The elder Okafor" or "Okafor, the mother"."""
    near = cl.text[max(0, m.span.start - 12):m.span.end + 14].lower()
    return any(w.strip(",.") in cl.lex.seniority_words for w in near.split())


def interviewee(cl: Clusters) -> None:
    """Speaker salience in a question-and-answer interview.  Where the attribution stage read
    the interview's turns (:mod:`credibility.attribute.interview`), "I", "me", "my" in the
    answers and "you", "your" in the questions are the interviewee the title or introduction
    names (none when it names no one, or two people).  Otherwise, when the article says "I"
    outside quotation marks again and again (at least ``_INTERVIEW_MIN`` times), the speaker is
    the first person it names; "I", "me", "my" outside quotations go to that person."""
    turns = cl.interview
    if turns is not None:
        who = turns.interviewee
        target = who and next((m for m in cl.mentions if m.form != "pronoun"
                               and m.span.overlaps(who)), None)
        if target is None:
            return
        for m in cl.mentions:
            if m.form == "pronoun" and not m.plural and len(cl.cluster(m).mentions) == 1 and (
                    (m.person == 1 and m.quote_source is None and m.sentence in turns.answers)
                    or (m.person == 2 and m.sentence in turns.questions)):
                cl.merge(target, m, "interviewee")
        return
    free = [m for m in cl.mentions if m.form == "pronoun" and m.person == 1 and not m.plural
            and m.quote_source is None and len(cl.cluster(m).mentions) == 1]
    if len(free) < _INTERVIEW_MIN:
        return
    top = next((cl.cluster(m) for m in cl.mentions
                if m.form == "name" and cl.cluster(m).kind == "person"), None)
    if top is None:
        return
    for m in free:
        cl.merge(top.first, m, "interviewee")


_INTERVIEW_MIN = 8


def attribution(cl: Clusters) -> None:
    """The attribution stage's own coreference: mentions it resolved to one source ("the
    source", "the second source", "he said" in a frame) are one entity."""
    first: dict[str, Mention] = {}
    for m in cl.mentions:
        if m.source_id:
            if m.source_id in first:
                cl.merge(first[m.source_id], m, "attribution")
            else:
                first[m.source_id] = m
    # A source the attribution stage named from the text around a pronoun ("Nkemelu did not
    # concede. …, he said" is Bartholomew Nkemelu) is the person that name stands for.
    by_key = {}
    for m in cl.mentions:
        if m.form == "name" and m.key:
            by_key.setdefault(m.key, m)
    for sid, m in first.items():
        source = cl.sources.get(sid)
        if source is None or source.kind != "named_person" or \
                any(x.form == "name" for x in cl.cluster(m).mentions):
            continue
        named = by_key.get(source.name.lower())
        if named is not None:
            cl.merge(named, m, "attribution")


def role_head(cl: Clusters) -> None:
    """Role and organization descriptions (Lee et al. sieves 5-6, strict head match, made
    entity-centric): "the minister" goes to the most recent entity introduced with that title
    or role ("Defence Minister Arvid Kallberg"); "the agency", "the company" to the most recent
    organization whose name holds the word, else the most recent organization whose name does
    not end in another organization noun."""
    by_role: dict[str, Mention] = {}
    recent_orgs: list[Mention] = []
    recent_outlets: list[Mention] = []
    by_word: dict[str, Mention] = {}
    for m in cl.mentions:
        c = cl.cluster(m)
        if m.form == "source" and not c.names and c.first is m and \
                _definite(m):
            # A source phrase the attribution stage could not tie to a source, the person
            # being named but not yet quoted: "Gov. Helen Marsh signed … 'This budget …,' the
            # governor said"
            if m.kind == "person" and (key := _role_key(cl, m)) in by_role:
                cl.merge(by_role[key], m, "role_head")
                continue
        if m.form in {"source", "nominal"} and not c.names and c.first is m and \
                _definite(m):
            target = _company_described(cl, m, recent_orgs)
            if target is not None and cl.merge(target, m, "role_head"):
                continue
        if m.form == "source" and m.kind == "organization" and not c.names and c.first is m \
                and _definite(m) and m.head in cl.lex.org_anaphors:
            # "the country's disaster agency" after "The Disaster and Emergency Management
            # Authority": the organization whose name holds one of its words, else of its kind
            target = _described_org(cl, m, recent_orgs) or _latest_described(
                cl, m, recent_orgs, recent_outlets)
            if target is not None:
                cl.merge(target, m, "role_head")
                continue
        if m.form == "nominal" and not c.names and c.first is m:
            if m.kind == "person" and (key := _role_key(cl, m)) in by_role:
                cl.merge(by_role[key], m, "role_head")
            elif m.kind == "organization":
                # "the government" or "the city" is its own body, not the association quoted
                # last; "the company" may be the firm quoted last
                target = by_word.get(m.head) or (
                    _fitting(recent_orgs, m.head, cl.lex, lambda o: cl.cluster(o).names,
                             cl.lex.org_families.kin_named(m.head, cl.text))
                    if m.head not in cl.lex.institutions
                    and m.head not in cl.lex.place_nouns else None)
                if target is not None and not any(cl.lex.org_families.kin(m.head, n.tokens)
                                                  for n in cl.cluster(target).names):
                    # "Northwind Water has been fined …, the regulator said. The Water
                    # Services Regulation Authority said …": one of its family named in the
                    # next sentences fits better than a name of no family before it
                    target = _described_org(cl, m, [o for o in cl.mentions[m.index:]
                                                    if o.form == "name" and
                                                    cl.cluster(o).kind == "organization"]) \
                        or target
                if target is not None:
                    cl.merge(target, m, "role_head")
            continue
        for r in cl.cluster(m).roles:
            by_role[r] = m
        if c.kind == "outlet" and m.form == "name":
            recent_outlets.append(m)    # "the New China News Agency" … "the agency said"
            for w in m.tokens:
                by_word[w.lower()] = m
        if c.kind in {"organization"} and m.form == "name":
            recent_orgs.append(m)
            for w in m.tokens:
                by_word[w.lower()] = m
    _role_ahead(cl)
    _organization_ahead(cl)


def _definite(m: Mention) -> bool:
    """A description opened by "the", also where wire copy wraps the line after it ("the\n
    federal agency")."""
    return m.span.text[:3].lower() == "the" and m.span.text[3:4].isspace()


def _role_key(cl: Clusters, m: Mention) -> str:
    """The role a description names: its head, or a rank and its head ("the deputy mayor" ->
    "deputy mayor", another office than "the mayor": ``rank_words`` of sources.toml)."""
    words = m.span.text.lower().split()
    if len(words) >= 2 and words[-2] in cl.lex.rank_words and words[-1] == m.head:
        return f"{words[-2]} {m.head}"
    return m.head


def _modifier_words(cl: Clusters, m: Mention) -> set[str]:
    """The words that modify a description's head, without its determiner and possessor
    ("the country's disaster agency" -> disaster)."""
    words = m.span.text.split()[1:-1]
    return {w.lower().strip(",.") for w in words
            if not w.endswith(("'s", "’s", "s'"))} - cl.lex.not_name_words


def _described_org(cl: Clusters, m: Mention, orgs: list[Mention], every: bool = False
                   ) -> Mention | None:
    """Of the organizations named in ``orgs`` within ``_CATAPHORA_SENTENCES`` sentences of
    the description ``m``, the one entity whose name holds a word that modifies the
    description's head ("disaster" of "Disaster and Emergency Management Authority"), or,
    for a description without modifiers ("the agency"), whose name is of the family its head
    names ("Authority", ``org_families``); None unless exactly one fits (two organizations
    are never made one; "the state's health agency" is not the Environmental Protection
    Agency).  With ``every`` (a name that comes after the description) each modifier must
    be a word of the name: "the state-controlled coffee organisation" is not the International
    Coffee Organisation named two sentences later."""
    # (not "Energy Department" of "the Energy Department agency", nor a treaty's name)
    near = [o for o in orgs if abs(o.sentence - m.sentence) <= _CATAPHORA_SENTENCES
            and not o.span.overlaps(m.span) and not _event_name(cl, o)]
    modifiers = _modifier_words(cl, m)
    if modifiers:
        found = {id(cl.cluster(o)): o for o in near
                 if (modifiers <= {t.lower() for t in o.tokens} if every
                     else modifiers & {t.lower() for t in o.tokens})}
    else:
        found = {id(cl.cluster(o)): o for o in near
                 if cl.lex.org_families.kin(m.head, o.tokens)}
    return next(iter(found.values())) if len(found) == 1 else None


def _modifiers_fit(cl: Clusters, m: Mention, o: Mention) -> bool:
    """Whether the modifiers of the description ``m`` allow the organization ``o``: each is a
    word of one of its names, or a word of its level (``scope_modifiers``: "the federal
    agency" for "Statistics Canada") that none of its names contradicts (a "State" body)."""
    names = [n.tokens for n in cl.cluster(o).names] or [o.tokens]
    words = {t.strip(",.").removesuffix("'s").removesuffix("’s") for n in names for t in n}
    lower = {w.lower() for w in words}
    scope = cl.lex.scope_modifiers
    for w in _modifier_words(cl, m):
        if w in scope:
            if scope[w] & words:
                return False
        elif w not in lower:
            return False
    return True


def _event_name(cl: Clusters, o: Mention) -> bool:
    """A name that ends in an event's or a treaty's word ("the U.S.-Japan Semiconductor Trade
    Agreement"), though an organization word inside it ("Semiconductor") typed it an
    organization: no body a description ("the trade group") stands for."""
    return bool(o.tokens) and o.tokens[-1] in cl.lex.event_words


def _latest_described(cl: Clusters, m: Mention, orgs: list[Mention],
                      outlets: list[Mention] = ()) -> Mention | None:
    """"Statistics Canada said … the federal agency reported", "Moody's Investors Service Inc
    said … The agency said": a source described by an organization noun that
    :func:`_described_org` left alone is the most recent organization named in a sentence
    before, cited or not, that the description fits (one in its own sentence is what the
    source says: "GDP, which fell 0.2 pct, …, the federal agency said"): of the noun's family
    (:func:`_fitting`: not "Acme Corp" for "the agency"), and with modifiers that are words
    of its name or of its level (:func:`_modifiers_fit`).  Not "the government", "the city":
    each its own body; nor an event's name (:func:`_event_name`).  A news outlet counts only
    by its own word ("the New China News
    Agency" … "the agency said")."""
    lex = cl.lex
    if m.head in lex.institutions or m.head in lex.place_nouns:
        return None
    before = [o for o in orgs if o.sentence < m.sentence and not _event_name(cl, o)
              and _modifiers_fit(cl, m, o)]
    named = sorted(before + [o for o in outlets if o.sentence < m.sentence
                             and _modifiers_fit(cl, m, o)], key=_index)
    word = next((o for o in reversed(named)
                 if any(m.head == t.lower() for n in cl.cluster(o).names for t in n.tokens)),
                None)
    return word or _fitting(before, m.head, lex, lambda o: cl.cluster(o).names,
                            lex.org_families.kin_named(m.head, cl.text))


def _company_described(cl: Clusters, m: Mention, orgs: list[Mention]) -> Mention | None:
    """"Corvane Foods Inc will shut 12 factories, the frozen-meals maker said", "Ardmore
    Mining said … The world's second-largest copper miner said": a definite description headed
    by a company's noun (the company family's anaphors, ``org_families``) or by a trade noun
    (``org_trades``) whose modifiers are no words of any name is the one company named in its
    sentence or the one before, unless a modifier says it is another (``org_distinct``: "the
    rival chipmaker").  A trade noun is as often a person's ("the coal miner"): it is the
    company only when no person is named or referred to by "he" or "she" in between or after
    it in its sentence; its mention is then retyped an organization."""
    lex = cl.lex
    trade = m.head in lex.org_trades
    if lex.org_families.of_anaphor.get(m.head) != "company" and not trade:
        return None
    c = cl.cluster(m)
    if trade and (c.gender is not None or c.kind not in {"person", "organization"}):
        return None
    words = {w.strip(",.").lower() for w in m.span.text.split()}
    if words & lex.org_distinct:
        return None
    families = lex.org_families
    near = {id(cl.cluster(o)): o for o in orgs
            if m.sentence - 1 <= o.sentence <= m.sentence and o.span.end <= m.span.start
            and (any(families.kin("company", n.tokens) for n in cl.cluster(o).names)
                 or not families.other_kind("company", [n.tokens for n in cl.cluster(o).names],
                                            lex.org_anaphors))}
    if len(near) != 1:
        return None
    target = next(iter(near.values()))
    if _modifier_words(cl, m) & {t.lower() for n in cl.cluster(target).names for t in n.tokens}:
        return None     # (one of its own words: the modifier pass links it already)
    if trade:
        between = [x for x in cl.mentions if target.span.end <= x.span.start < m.span.start]
        if any(x.form == "name" and cl.cluster(x).kind == "person" or x.form == "pronoun"
               and x.gender is not None for x in between) or any(
                x.form == "pronoun" and x.gender is not None and x.sentence == m.sentence
                and x.span.start >= m.span.end for x in cl.mentions):
            return None     # "the coal miner said he had worked there for 20 years"
        if c.kind == "person":
            for x in c.mentions:
                x.kind = "organization"
            c.kinds = {"organization"}
    return target


def _organization_ahead(cl: Clusters) -> None:
    """"…, according to the country's disaster agency. The Disaster and Emergency Management
    Authority (AFAD) said …": a definite organization description that nothing before
    resolved is the organization named in the next sentences that fits it
    (:func:`_described_org`)."""
    orgs = [m for m in cl.mentions if m.form == "name" and cl.cluster(m).kind == "organization"]
    if not orgs:
        return
    for m in cl.mentions:
        if m.form not in {"nominal", "source"} or m.kind != "organization" \
                or not _definite(m) or m.head not in cl.lex.org_anaphors:
            continue
        c = cl.cluster(m)
        if c.names or c.first is not m:
            continue
        later = [o for o in orgs if o.span.start > m.span.end]
        target = _described_org(cl, m, later, every=True)
        if target is not None:
            cl.merge(target, m, "role_head")


def _fitting(recent: list[Mention], head: str, lex, cl_names,
             kin_named: bool = True) -> Mention | None:
    """The most recent organization "the company" (``head``) can stand for, as the
    attribution stage decides: one of its family ("Acme Corp", ``org_families``) first; else
    one without a name (any of its cluster's, ``cl_names``) that ends in another organization
    noun ("the company" is not the "Securities and Exchange Commission" or the "Soviet Union"
    named last; "the club" not the "Northern League")."""
    window = recent[-_RECENT_ORGS:]
    for o in reversed(window):
        if any(lex.org_families.kin(head, n.tokens) or lex.org_families.kin(
                head, _without_legal_form(n.tokens, lex)) for n in cl_names(o)):
            return o
    for o in reversed(window):
        if not lex.org_families.other_kind(head, [n.tokens for n in cl_names(o)],
                                           lex.org_anaphors, kin_named):
            return o
    return None


def _without_legal_form(tokens: tuple[str, ...], lex: Lexicon) -> tuple[str, ...]:
    """A name without the legal forms that end it: "Moody's Investors Service Inc" is a
    service, which news copy calls "the agency", as well as a company."""
    k = len(tokens)
    while k > 1 and (tokens[k - 1] in lex.legal_forms or tokens[k - 1] + "." in lex.legal_forms):
        k -= 1
    return tokens[:k]


_RECENT_ORGS = 8
"""How many organizations back "the company" may look."""

_CATAPHORA_SENTENCES = 2
"""How many sentences after "the regional fire chief" its name may come."""


def _role_ahead(cl: Clusters) -> None:
    """"…, the regional fire chief said. Fire chief Peter Vasko said …": a definite role
    description that nothing before resolved is the person named with that role within the
    next two sentences, when only one named person in the article holds the role (a lede
    that names its source in the second paragraph)."""
    holders: dict[str, list[Cluster]] = defaultdict(list)
    for c in cl.all():
        if c.names and c.kind == "person":
            for r in c.roles:
                holders[r].append(c)
    if not holders:
        return
    for m in cl.mentions:
        if m.form not in {"nominal", "source"} or m.kind != "person" \
                or _role_key(cl, m) not in holders \
                or not _definite(m):
            continue
        c = cl.cluster(m)
        owners = holders[_role_key(cl, m)]
        if c.names or c.first is not m or len(owners) != 1:
            continue
        name = owners[0].names[0]
        if m.sentence < name.sentence <= m.sentence + _CATAPHORA_SENTENCES:
            cl.merge(name, m, "role_head")


def source_descriptor(cl: Clusters) -> None:
    """"The source", "the second source", "the Pochon county source" not resolved by the
    attribution stage: an ordinal picks the N-th unnamed individual source in order of
    introduction; modifiers pick the individual whose first mention holds them."""
    individuals: list[Mention] = []
    lex = cl.lex
    for m in cl.mentions:
        c = cl.cluster(m)
        if m.form in {"nominal"} and len(c.mentions) == 1 and m.head in lex.anonymous_heads:
            ordinal = next((lex.ordinals[w] for w in m.modifiers if w in lex.ordinals), None)
            target = None
            if ordinal is not None and 0 < ordinal <= len(individuals):
                target = individuals[ordinal - 1]
            elif ordinal is None and m.modifiers:
                target = next((i for i in reversed(individuals) if all(
                    w in i.span.text.lower() for w in m.modifiers)), None)
            elif ordinal is None and individuals:
                target = individuals[-1]
            if target is not None:
                cl.merge(target, m, "source_descriptor")
            continue
        if m.source_id and m.form == "source" and c.first is m:
            src = cl.sources.get(m.source_id)
            if src is not None and src.anonymous and src.kind != "unnamed_group":
                individuals.append(m)


def pronoun(cl: Clusters) -> None:
    """Pronouns (Lee et al. sieve 10): a third-person pronoun goes to the nearest entity
    before it, in the same or the previous two sentences, that agrees in number and gender.
    Salience: in an earlier sentence a person who is a source is preferred to one only
    mentioned, then the first mention (the subject); with no one in reach, "he" or "she" goes
    to the compatible person the article has named most so far (the person it is about).
    "They" goes only to a cited group in the sentence before."""
    recent: list[Mention] = []      # candidate antecedents, in text order, bounded window
    window = 3
    named: dict[str, int] = defaultdict(int)     # gender -> name mentions so far, per person
    topic: dict[str, Mention] = {}               # gender -> the person named most so far
    for m in cl.mentions:
        if m.form == "pronoun" and m.person == 3 and cl.cluster(m).first is m and all(
                x.form == "pronoun" for x in cl.cluster(m).mentions):
            target = _antecedent(cl, m, recent)
            if target is None and not m.plural and m.gender in topic:
                target = topic[m.gender]    # no one in reach: the person the article is about
            if target is not None and cl.merge(target, m, "pronoun"):
                c = cl.cluster(m)
                c.gender = c.gender or m.gender
        if m.form == "name" and cl.cluster(m).kind == "person":
            c = cl.cluster(m)
            key = str(id(c))
            named[key] += 1
            for g in ("m", "f"):
                best = topic.get(g)
                if c.gender in {g, None} and (best is None or named[key] >= named[
                        str(id(cl.cluster(best)))]):
                    topic[g] = m
        if m.form != "pronoun" or len(cl.cluster(m).mentions) > 1:
            recent.append(m)
        while recent and recent[0].sentence < m.sentence - window:
            recent.pop(0)


def _antecedent(cl: Clusters, p: Mention, recent: list[Mention]) -> Mention | None:
    best: Mention | None = None
    best_rank = None
    for a in reversed(recent):
        if p.sentence - a.sentence > 2:
            break
        c = cl.cluster(a)
        if p.plural:
            # "they" stands for a group the article cites, rarely for an organization by
            # name: only a cited group within the sentence before.
            if c.kind != "group" or not c.source_ids or p.sentence - a.sentence > 1:
                continue
        else:
            if c.kind not in {"person"}:
                continue
            if c.plural:
                continue
            if p.gender and c.gender and p.gender != c.gender:
                continue
        same = a.sentence == p.sentence
        if same and p.head in cl.lex.object_forms and _clause_subject(cl.text, a, p):
            continue    # "His father then asked him": not the father
        # Same sentence: nearest first; earlier sentences: first mention (subject) first,
        # sources first.
        rank = (0 if same else 1, p.sentence - a.sentence, 0 if c.source_ids else 1,
                -a.index if same else a.index)
        if best_rank is None or rank < best_rank:
            best, best_rank = a, rank
    return best


def _clause_subject(text: str, a: Mention, p: Mention) -> bool:
    """Whether ``a`` is the subject of the clause whose object ``p`` is: no more than a verb
    and an adverb between them, no punctuation ("His father then asked him")."""
    between = text[a.span.end:p.span.start]
    return 0 < len(between.split()) <= 2 and not any(ch in between for ch in ",;:()\"“”")


PASSES: dict[str, Callable[[Clusters], None]] = {
    "speaker": speaker,
    "exact_name": exact_name,
    "precise_constructs": precise_constructs,
    "name_variant": name_variant,
    "interviewee": interviewee,
    "attribution": attribution,
    "role_head": role_head,
    "source_descriptor": source_descriptor,
    "pronoun": pronoun,
}
"""All passes by name, in their order from the most precise to the least."""
