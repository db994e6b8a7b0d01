"""Stage 4, corroborate: which claims are supported by an independent source.

Event identity first: two claims can support or contradict each other only when they can be
about one event — times they name compatible (:mod:`.when`, read against the publication
date), the same year, and (across articles) similar articles published within days, not two
issues of one recurring report.  Then they agree in substance: shared content words (lemmas,
with the synonyms of ``rules/corroboration.toml``), a shared place, and figures of the same
quantity that meet (:mod:`.quantities`: "Thirty workers" and "injured 12 workers" conflict;
"12 hospitalised" is another quantity).  A different figure for the same quantity is a conflict,
recorded in ``conflicts_with``; each link's grounds are in ``Claim.links``.

Not independent: the same source twice; an unnamed group ("sources in the region") and the
anonymous individuals it sums up; an outlet citing itself; the reporter's own voice within one
article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import combinations

from credibility.attribute import summary_groups
from credibility.attribute.tagging import lexicon_tag
from credibility.corroborate._fast import Memo
from credibility.corroborate.quantities import (
    KIND_MARK,
    PARTITIVE,
    Quantity,
    agreement,
    floor_raised,
    floor_text,
    quantities,
)
from credibility.corroborate.when import When, compatible, publication_date, shared_day, times
from credibility.records import Claim, Document, Source
from credibility.rules import (
    PhraseRegex,
    Rules,
    first_char_guard,
    load_event_families,
    load_rules,
    prefiltered,
)

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
# the capital first, then look-behinds for what stands before it (not the text's start, not
# a word character, not a sentence's end): re jumps from capital to capital, where a pattern
# opening with look-behinds is tried at every character
_NAME = re.compile(r"([A-Z](?<=\W[A-Z])(?<![.!?]\s[A-Z])[a-z]+(?:[A-Z][a-z]+)*"
                   r"(?:[- ][A-Z][a-z]+(?:[A-Z][a-z]+)*)*)(?!\w)")
"""A capitalized name, whole: "DeGeneres" and "MacFarlane" are one word, not "De" and "Mac"
(which two unrelated people share)."""


@dataclass(frozen=True, slots=True)
class ClaimFeatures:
    """What a claim asserts, reduced to what can be compared across sources."""

    numbers: frozenset[float]
    """The figures as written (30 for "about thirty")."""
    ranges: tuple[tuple[float, float], ...]
    """The ranges the figures allow, where wider than one value ("between 150 and 300")."""
    words: frozenset[str]
    places: frozenset[str]
    quantities: tuple[Quantity, ...] = ()
    """Each figure with its range, unit and what it counts (:mod:`.quantities`)."""
    events: frozenset[str] = frozenset()
    """The kinds of action it reports (``[events]`` of ``rules/corroboration.toml``)."""
    times: tuple[When, ...] = ()
    """The times it names, read against the publication date (:mod:`.when`)."""
    event_words: tuple[tuple[str, frozenset[str]], ...] = ()
    """The words that name those kinds, as written (lower case), each with its kinds: what a
    link's reason shows (:func:`kind_words`), never the kind's own name ("attack" for a plant's
    "blast")."""


def features(text: str, context: str, rules: Rules, published: str | None = None
             ) -> ClaimFeatures:
    """Figures, content words, capitalized names, kinds of action and times of a claim (names
    also from ``context``, e.g. the source mention "a resident of Pochon county"; times read
    against ``published``, the article's ISO date)."""
    f = _dated_features(text, published, _Identity(rules))
    if not context:
        return f
    return replace(f, places=f.places | _names(context, _stopwords(rules)))


@lru_cache(maxsize=4096)
def _dated_features(text: str, published: str | None, rules: _Identity) -> ClaimFeatures:
    """:func:`_text_features` with the times of the text (cached: scoring asks again)."""
    f = _text_features(text, rules)
    when = times(text, published, str(rules.obj.directory))
    return replace(f, times=when) if when else f


class _Identity:
    """A cache key that stands for one object (the rules hold dicts, so they have no hash)."""

    __slots__ = ("obj",)

    def __init__(self, obj):
        self.obj = obj

    def __hash__(self) -> int:
        return id(self.obj)

    def __eq__(self, other) -> bool:
        return isinstance(other, _Identity) and other.obj is self.obj


@lru_cache(maxsize=4096)
def _text_features(text: str, rules: _Identity) -> ClaimFeatures:
    """:func:`features` without a context.  Pure, and cached because one article asks for the
    same claims three times: within-article corroboration, scoring and the matching key."""
    stop = _stopwords(rules.obj)
    normal = _normalizer(rules)
    figures = _with_kinds(quantities(text, normal, stop, str(rules.obj.directory)), rules.obj,
                          text)
    # a vague figure ("hundreds of") is a range, not a figure anyone stated
    numbers = frozenset(q.value for q in figures
                        if q.low == q.high or any(ch.isdigit() for ch in q.text))
    ranges = tuple((q.low, q.high) for q in figures if q.low < q.high)
    words = set(map(_content_words(rules).__getitem__, _WORD.findall(text)))
    words.discard(None)
    hits = event_hits(text, rules.obj)
    return ClaimFeatures(numbers, ranges, frozenset(words), _names(text, stop), figures,
                         frozenset().union(*(k for _, k in hits)), event_words=hits)


def kind_words(a: tuple[tuple[str, frozenset[str]], ...],
               b: tuple[tuple[str, frozenset[str]], ...], kinds: frozenset[str]) -> str:
    """How two claims name the kinds of action they share, in their own words: the words of
    the first, then those of the second it lacks ("blast/explosion"; "injured" when both say
    it), at most three; "" when neither says one.  The kind's own name is the lexicon's
    grouping, which a reader takes for what was said ("attack" for a chemical plant's blast,
    trial 25)."""
    kinds = frozenset(k.removesuffix(REVERSED) for k in kinds)
    said: list[str] = []
    for words in (a, b):
        for w, k in words:
            if k & kinds and w not in said:
                said.append(w)
    return "/".join(said[:3])


def _with_kinds(figures: tuple[Quantity, ...], rules: Rules, text: str = ""
                ) -> tuple[Quantity, ...]:
    """The figures with the kinds of action their counted words name added to those words
    (``KIND_MARK`` + kind): "killed 12" counts deaths, "12 injured" injuries.  A figure whose
    counted words name no action takes those its clause names after it ("112 people had been
    taken to hospital" counts people treated, not the dead)."""
    if not figures:
        return figures
    out = []
    at = 0
    marked = _marked_word_kinds(rules)
    for q in figures:
        kinds = frozenset().union(*map(marked.__getitem__, q.thing))
        found = text.find(q.text, at) if q.text else -1
        if found >= 0:
            at = found + len(q.text)
            if not kinds:
                clause = _CLAUSE.split(text[at:at + _KIND_REACH], maxsplit=1)[0]
                kinds = frozenset(KIND_MARK + k for k in event_kinds(clause, rules))
        out.append(replace(q, thing=q.thing | kinds) if kinds else q)
    return tuple(out)


@lru_cache(maxsize=8)
def _marked_word_kinds(rules: Rules) -> Memo:
    """A counted word -> ``KIND_MARK`` + each kind of action it names (:func:`event_kinds`),
    kept: the same words are counted in claim after claim."""
    return Memo(lambda word: frozenset(KIND_MARK + k for k in event_kinds(word, rules)))


_CLAUSE = re.compile(r"[.;:!?()\"“”,\d]")
"""Where the clause after a figure ends, or another figure begins (for the kinds of action it
names)."""
_KIND_REACH = 80
"""Characters read after a figure for the kind of action its clause names."""


@lru_cache(maxsize=8)
def _content_words(rules: _Identity) -> Memo:
    """A word as written -> the word it is compared as (:func:`_normalizer`), or None for a stop
    word or a word under three letters."""
    stop = _stopwords(rules.obj)
    normal = _normalizer(rules)

    def content(word: str) -> str | None:
        low = word.lower().strip("’'")
        return None if len(low) < 3 or low in stop else normal(low)
    return Memo(content)


@lru_cache(maxsize=8)
def _normalizer(rules: _Identity) -> Callable[[str], str]:
    """The word a lower-case word is compared as, for one rules object: its synonym family
    (``rules/corroboration.toml``), else its lemma's, else its lemma stemmed.  Memoised: an
    article asks for the same few hundred words again and again."""
    synonyms = rules.obj.synonyms
    memo: dict[str, str] = {}

    def normal(word: str) -> str:
        found = memo.get(word)
        if found is None:
            if word in synonyms:
                found = synonyms[word]
            else:
                lemma = _lemma(word)
                found = synonyms.get(lemma) or _stem(lemma)
            if len(memo) < _MEMO_WORDS:
                memo[word] = found
        return found
    return normal


_MEMO_WORDS = 1 << 17


@lru_cache(maxsize=1 << 16)
def _lemma(word: str) -> str:
    """The dictionary form of a lower-case English word ("struck" -> "strike", "fled" ->
    "flee"), by simplemma (Adrien Barbaresi, MIT; English data from Wiktionary): claims that
    say one thing in another tense or number share their words."""
    from simplemma import lemmatize

    return lemmatize(word, lang="en").lower()


def _names(text: str, stop: frozenset[str]) -> frozenset[str]:
    """The capitalized names of a text, lower-cased, stop words left out."""
    return frozenset(name for name in (m.group(1).lower() for m in _NAME.finditer(text))
                     if name not in stop)


def _stopwords(rules: Rules) -> frozenset[str]:
    """The stop words as a set, built once per rules folder (rules are loaded once per folder)."""
    return _stopword_set(str(rules.directory))


@cache
def _stopword_set(directory: str) -> frozenset[str]:
    return frozenset(load_rules(directory).corroboration["stopwords"])


_SUFFIXES = ("ing", "ed", "es", "s")


def _stem(word: str) -> str:
    if not word.endswith(_SUFFIXES):
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def figures_agree(a: ClaimFeatures, b: ClaimFeatures) -> bool | None:
    """True if a figure of one meets a figure of the same quantity in the other (the same
    value, or inside its range); False if both give figures of one quantity and none meets;
    None if they share no quantity ("12 workers injured" / "12 hospitalised")."""
    return agreement(a.quantities, b.quantities)[0]


def independent(a: Source | None, b: Source | None, document: Document,
                groups: dict[str, tuple[str, ...]],
                speaks_for: dict[str, frozenset[str]] | None = None) -> bool:
    """Whether two sources of one article are independent of each other (``speaks_for``:
    :func:`speakers_for`, a spokesperson and the organization they speak for are one voice)."""
    if a is None or b is None or a.id == b.id:
        return False
    if b.id in groups.get(a.id, ()) or a.id in groups.get(b.id, ()):
        return False
    if b.id in groups and a.id in groups:
        return False
    if speaks_for:
        fa, fb = speaks_for.get(a.id, frozenset()), speaks_for.get(b.id, frozenset())
        if b.id in fa or a.id in fb or fa & fb:
            return False
    publisher = {x.lower() for x in (document.reprint_of, document.outlet) if x}
    publisher |= {x[4:] for x in publisher if x.startswith("the ")}   # "The Valley Courier"
    for s in (a, b):
        if s.kind == "outlet" and s.name.lower() in publisher:
            return False
    return True


@cache
def _institution_key(voice: str, directory: str) -> str:
    """One name for one institution however an outlet writes it: a voice that is a speaking
    institution, or holds one of two words, goes by its first word ("fire department", "the
    regional fire service", "Fire chief Peter Vasko" -> "fire"), so that two outlets quoting
    the fire chief and the fire service have one source; "Chicago police" and "the health
    ministry" keep their names."""
    m = _institution_word_regex(directory).search(voice)
    if m is None or (m.group() != voice and " " not in m.group("inst")):
        return voice
    return m.group("inst").split()[0]


@cache
def _institution_word_regex(directory: str) -> re.Pattern:
    inst = sorted(load_rules(directory).sources.speaking_institutions, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?P<inst>" + "|".join(re.escape(i).replace(r"\ ", r"\s+")
                                                        for i in inst) + r")(?![\w-])")


@cache
def _institution_regex(directory: str) -> re.Pattern:
    src = load_rules(directory).sources
    inst = sorted(src.speaking_institutions, key=len, reverse=True)
    # titles too: "Fire chief Peter Vasko", "Police Sgt. Ray Olmos" speak for their service
    heads = sorted(src.official_heads | src.official_heads_plural | src.anonymous_heads
                   | src.titles_lower, key=len, reverse=True)
    return first_char_guard(re.compile(
        r"(?<![\w-])(?P<inst>" + "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in inst)
        + r")(?:['’]s)?\s+(?:[\w-]+\s+)?(?:" + "|".join(map(re.escape, heads))
        + r")(?![\w-])", re.IGNORECASE))


@lru_cache(maxsize=1024)
def _word_pattern(words: tuple[str, ...]) -> re.Pattern:
    """Any of ``words`` as a whole word; compiled only for a source whose mention has one
    of them as a substring (most articles have none)."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")


@lru_cache(maxsize=1024)
def _possessive(surname: str) -> re.Pattern:
    """"Nkemelu's" as a whole word; compiled only for a mention that holds the surname (most
    articles have none)."""
    return re.compile(rf"\b{re.escape(surname)}['’]s\b")


def _names_no_body(mention: str, institutional: frozenset[str], articles: frozenset[str]
                   ) -> bool:
    """Whether a mention is an institutional head alone, or after an article ("officials",
    "Officials", "an official"; not "Pentagon officials", "local health officials")."""
    words = mention.lower().split()
    return 0 < len(words) <= 2 and words[-1] in institutional and (
        len(words) == 1 or words[0] in articles)


def speakers_for(sources: tuple[Source, ...], institutional: frozenset[str] = frozenset(),
                 articles: frozenset[str] = frozenset()) -> dict[str, frozenset[str]]:
    """Source id -> the organizations (source ids) it speaks for: a person or official whose
    mention names the organization ("Northwind spokesperson Lena Ortiz", "a spokeswoman for
    Northwind Foods", "a Pentagon official"), or an unnamed source whose mention names a
    named person's staff ("Nkemelu's campaign manager").  Its word is theirs, so the two do
    not confirm each other.  Unnamed officials who name no body at all ("officials said",
    "authorities said": a head of ``institutional``, every word in lower case) may be any
    organization's the article quotes, and confirm none of them.  The bodies a role names
    without naming an organization ("fire officials") are :func:`role_bodies`."""
    orgs = []
    for o in sources:
        if o.kind != "named_organization":
            continue
        key = re.sub(r"^the\s+", "", o.name, flags=re.IGNORECASE)
        first = key.split()[0] if key.split() else ""
        words = [key] + ([first] if len(first) >= 4 and first.isalpha() and first[:1].isupper()
                         else [])
        orgs.append((o.id, tuple(words)))
    # "Nkemelu's campaign manager" speaks for Bartholomew Nkemelu
    people = [(p.id, p.name.split()[-1])
              for p in sources if p.kind == "named_person" and len(p.name.split()) > 1]
    out: dict[str, frozenset[str]] = {}
    if not (orgs or people):
        return out
    for s in sources:
        if s.kind == "named_organization":
            continue
        found = frozenset(oid for oid, words in orgs
                          if any(w in m.text for m in s.mentions for w in words)
                          and any(_word_pattern(words).search(m.text) for m in s.mentions))
        if not found and s.kind in {"anonymous_official", "unnamed_group"} and s.mentions \
                and all(_names_no_body(m.text, institutional, articles) for m in s.mentions):
            found = frozenset(oid for oid, _ in orgs)   # "officials said" beside the fire
            #                                             department: its officials, maybe
        if s.kind != "named_person":
            found |= {pid for pid, surname in people
                      if any(surname in m.text and _possessive(surname).search(m.text)
                             for m in s.mentions)}
        if found:
            out[s.id] = found
    return out


@dataclass(frozen=True, slots=True)
class Body:
    """A body a source speaks for by its role (:func:`role_bodies`): its institution
    (:func:`_institution_key`: "fire" for "fire officials", "Fire Chief Thomas Walsh" and "the
    fire department") and the words of its description that tell one such body from another:
    a place, a nationality or a name ("Dunmore", "Indian", "Scranton")."""

    institution: str
    qualifiers: frozenset[str] = frozenset()

    def same(self, other: Body) -> bool:
        """Whether nothing tells the two apart: one institution, and one's qualifiers hold the
        other's ("fire officials" and "Dunmore Fire Chief Thomas Walsh"; not "Indian army
        officials" and a "Pakistani army spokesman", nor "Taylor fire officials" and the
        "Scranton Fire Chief")."""
        return self.institution == other.institution and (
            self.qualifiers <= other.qualifiers or other.qualifiers <= self.qualifiers)


def role_bodies(sources: tuple[Source, ...], rules: Rules) -> dict[str, frozenset[Body]]:
    """Source id -> the bodies its role names (:class:`Body`): a ``speaking_institutions``
    word right before a role head or title, as across articles ("fire officials", "Dunmore
    Fire Chief Thomas Walsh", "a police spokesman"), or a named organization that is an
    institution ("the fire department").  Two sources of one body (:func:`one_body`) are its
    word twice, the unnamed officials of a service and its named chief most of all (trial 25:
    "injured 14 workers, fire officials said" and "Fire Chief Thomas Walsh said 14 workers were
    taken to hospitals" confirmed each other)."""
    out = {}
    for s in sources:
        if bodies := _bodies(s, rules):
            out[s.id] = bodies
    return out


def one_body(a: frozenset[Body], b: frozenset[Body]) -> str | None:
    """The institution of a body two sources both speak for (:func:`role_bodies`) when nothing
    in their descriptions tells the bodies apart (:meth:`Body.same`), else None."""
    found = sorted(x.institution for x in a for y in b if x.same(y))
    return found[0] if found else None


def _bodies(source: Source, rules: Rules) -> frozenset[Body]:
    """The bodies a source speaks for by its role (:func:`role_bodies`): the institution of
    ``speaking_institutions`` before a role head in a mention ("fire officials", "Fire Chief
    Thomas Walsh": "fire"), or, for a named organization, its own name when that is an
    institution ("the fire department": "fire"; not "Chicago Police Department", which keeps
    its name); each with the words before the institution that tell it apart
    (:func:`_qualifiers`)."""
    directory = str(rules.directory)
    found = {Body(_institution_key(" ".join(x.group("inst").lower().split()), directory),
                  _qualifiers(m.text[:x.start()], rules.sources))
             for m in source.mentions for x in _institution_regex(directory).finditer(m.text)}
    if source.kind == "named_organization":
        words = _WORD.findall(source.name)
        if words and words[0].lower() in rules.sources.articles:
            words = words[1:]
        name = " ".join(words).lower()
        key = _institution_key(name, directory)
        if key != name or _institution_word_regex(directory).fullmatch(name):
            at = _institution_word_regex(directory).search(name)
            before = " ".join(words)[:at.start()] if at is not None else ""
            found.add(Body(key, _qualifiers(before, rules.sources)))
    return frozenset(found)


def _qualifiers(before: str, src) -> frozenset[str]:
    """The words of the run of capitalised words right before an institution word that tell
    one body of its kind from another (``before``: the mention up to the institution): a
    place of ``places`` ("French", "China"), an abbreviation ("US"), or a word the tagger's
    lexicon knows only capitalised ("Dunmore", "Indian", "Pakistani"); not a title, an
    article or a capitalised common word ("Deputy", "Senior", "Local", "County")."""
    words = _WORD.findall(before)
    run = []
    for w in reversed(words):
        if not w[:1].isupper():
            break
        run.append(re.sub(r"['’]s$", "", w))
    return frozenset(w.lower() for w in run
                     if w in src.places or (len(w) > 1 and w.isupper())
                     or (w.lower().rstrip(".") not in src.titles_lower
                         and w.lower() not in src.articles and lexicon_tag(w.lower()) is None))


def denies(claim: Claim, rules: Rules) -> bool:
    """Whether the claim's cue denies its words ("denied that …", ``denial_cues`` of
    ``rules/corroboration.toml`` [across_articles])."""
    if claim.cue is None:
        return False
    words = claim.cue.text.lower().split()
    return bool(words) and words[0] in _denial_cues(str(rules.directory))


@cache
def _denial_cues(directory: str) -> frozenset[str]:
    return frozenset(load_rules(directory).corroboration["across_articles"]["denial_cues"])


def reverses(text: str, rules: Rules) -> bool:
    """Whether a claim reports the undoing of an action ("the Angels have withdrawn their
    offer", "the rule was repealed": ``reversal_words`` of ``rules/corroboration.toml``
    [across_articles])."""
    pattern = _reversal_pattern(str(rules.directory))
    return pattern is not None and pattern.search(text) is not None


@cache
def _reversal_pattern(directory: str) -> PhraseRegex | None:
    words = load_rules(directory).corroboration["across_articles"].get("reversal_words", ())
    if not words:
        return None
    return prefiltered(re.compile(r"\b(?:" + "|".join(re.escape(w.lower()).replace(r"\ ", r"\s+")
                                          for w in sorted(words, key=len, reverse=True))
                      + r")\b", re.IGNORECASE), words)


def corroborate(document: Document, sources: tuple[Source, ...], claims: tuple[Claim, ...],
                rules: Rules | None = None) -> tuple[Claim, ...]:
    """Set ``corroboration``, ``corroborated_by`` and ``conflicts_with`` within one article.

    Only pairs that can agree or conflict are compared (:func:`_candidate_pairs`), so the work
    grows with the pairs of independent claims that share a place, not with all pairs of claims.
    """
    rules = rules or load_rules()
    cfg = rules.corroboration["within_article"]
    by_id = {s.id: s for s in sources}
    groups = summary_groups(sources, rules.sources.source_words)
    speaks_for = speakers_for(sources, rules.sources.institutional_voices,
                              rules.sources.articles)
    bodies = role_bodies(sources, rules)
    stop = _stopwords(rules)
    # Names in the mentions of a source, read once per source: a source quoted 2,000 times
    # would otherwise have all its mentions re-read for each of its claims.
    # (a person's name is no place: "Alan Park" and "Ana Ruiz" do not tell two events apart)
    source_names = {s.id: _names(" ".join(m.text for m in s.mentions), stop) for s in sources
                    if s.kind != "named_person"}
    feats = {}
    published = publication_date(document.published, document.text, str(rules.directory))
    named_place = {}    # whether the claim's own words name a place (not its source's name)
    for c in claims:
        f = features(c.span.text, "", rules, published)
        named_place[c.id] = bool(f.places)
        if c.source_id in source_names:
            f = replace(f, places=f.places | source_names[c.source_id])
        feats[c.id] = f
    support: dict[str, list[str]] = {c.id: [] for c in claims}
    partly: dict[str, list[str]] = {c.id: [] for c in claims}
    conflict: dict[str, list[str]] = {c.id: [] for c in claims}
    independence: dict[tuple[str, str], bool] = {}

    def independent_ids(x: str, y: str) -> bool:
        if (x, y) not in independence:
            independence[x, y] = independent(by_id[x], by_id[y], document, groups, speaks_for)
        return independence[x, y]

    # sources apart but for the body their roles name ("fire officials" / "Fire Chief Thomas
    # Walsh"): their agreement is shown, not counted
    shared_body: dict[tuple[str, str], str | None] = {}

    def orgs_of(x: str) -> frozenset[str]:
        own = frozenset((x,)) if by_id[x].kind == "named_organization" else frozenset()
        return own | speaks_for.get(x, frozenset())

    def body_of(x: str, y: str) -> str | None:
        if (x, y) not in shared_body:
            found = one_body(bodies[x], bodies[y]) if x in bodies and y in bodies else None
            ox, oy = orgs_of(x), orgs_of(y)
            if ox and oy and ox.isdisjoint(oy):
                found = None    # two named organizations, or the speakers of two: two bodies
            shared_body[x, y] = found
        return shared_body[x, y]

    why: dict[str, list[str]] = {c.id: [] for c in claims}
    most = cfg["max_links_per_claim"]
    for a, b in _candidate_pairs(claims, feats, cfg, independent_ids):
        if _nested(a, b):
            continue    # "The government announced A, the governor said": one report of A
        if denies(a, rules) != denies(b, rules):
            continue    # "The company denied that it had ignored warnings" / "It ignored …"
        if len(why[a.id]) >= most or len(why[b.id]) >= most:
            continue    # a bound for pathological lengths (rules: max_links_per_claim)
        verdict, grounds = link_kind(feats[a.id], feats[b.id], cfg,
                                     not (named_place[a.id] and named_place[b.id]))
        body = body_of(a.source_id, b.source_id)
        if body is not None:
            if verdict:     # a confirmation, full or partial, by the body's word twice
                for x, y in ((a, b), (b, a)):
                    why[x.id].append(f"{y.id}: not counted as a confirmation: probably the same "
                                     f"source (both speak for \u201c{body}\u201d; {grounds})")
            continue
        if verdict is not None:
            target = (conflict if not verdict else
                      partly if grounds.startswith(PARTLY) else support)
            target[a.id].append(b.id)
            target[b.id].append(a.id)
            why[a.id].append(f"{b.id}: {grounds}")
            why[b.id].append(f"{a.id}: {grounds}")
    _withdraw_contradicted(claims, support, conflict, why)
    out = []
    for c in claims:
        state = "corroborated" if support[c.id] else (
            "single_source" if c.source_id else "unattributed")
        found = (state, tuple(support[c.id]), tuple(partly[c.id]), tuple(conflict[c.id]),
                 tuple(why[c.id]))
        if found == (c.corroboration, c.corroborated_by, c.partly_corroborated_by,
                     c.conflicts_with, c.links):
            out.append(c)       # most claims: nothing to change, no copy to make
            continue
        out.append(replace(c, corroboration=state, corroborated_by=found[1],
                           partly_corroborated_by=found[2], conflicts_with=found[3],
                           links=found[4]))
    return tuple(out)


def _withdraw_contradicted(claims: tuple[Claim, ...], support: dict[str, list[str]],
                           conflict: dict[str, list[str]], why: dict[str, list[str]]) -> None:
    """A source whose figure conflicts with another claim's does not confirm that claim with a
    vaguer figure elsewhere: the disaster agency's "at least 37 killed" is no confirmation of
    the minister's "41 were killed" when the agency's own "37 people had died" contradicts it
    (trial 16).  Changes ``support`` and ``why`` in place; the link is kept in ``why`` with the
    reason."""
    source_of = {c.id: c.source_id for c in claims}
    against = {(source_of[x], y): x for x in conflict for y in conflict[x]}
    if not against:
        return
    for a in support:
        for b in list(support[a]):
            mine, theirs = against.get((source_of[a], b)), against.get((source_of[b], a))
            if mine is None and theirs is None:
                continue
            support[a].remove(b)
            said = (f"{mine}, from this claim's source, contradicts {b}" if mine is not None
                    else f"{theirs}, from {b}'s source, contradicts this claim")
            why[a] = [w for w in why[a] if not w.startswith(f"{b}: ")] + [
                f"{b}: not counted as a confirmation: {said}"]


def _nested(a: Claim, b: Claim) -> bool:
    """Whether two claims of one sentence overlap: one is told inside the other's frame ("The
    government announced 500 jobs, the governor said"), so neither confirms the other."""
    return a.sentence == b.sentence and a.span.start < b.span.end and b.span.start < a.span.end


def compare_claims(a: ClaimFeatures, b: ClaimFeatures, cfg: dict) -> bool | None:
    """Two claims of independent sources in one article: True if they support each other,
    False if they conflict (the same thing, another figure), None if neither.

    Event identity first: claims naming times that cannot be the same are about different
    events.  Then, sharing a place and ``min_shared_words`` content words, they agree or
    conflict by their figures of the same quantity when both report the same kind of action
    (``[events]``: "12 people were injured" / "30 people were injured"; one article's output,
    exports or prices of no such kind are other measurements, not a conflict); figures for
    different places are different counts ("1,500 arrived in Hyesan" / "300 arrived in Pochon
    county").  Claims that share no
    quantity partly confirm each other when they report the same kind of action (``[events]``)
    on the same day, or at the same place in ``min_shared_words_partial`` words that are at least
    ``min_shared_share_partial`` of the shorter claim's ("deployed in groups at border guard
    posts" / "groups ... were deployed to each unit along the border").

    Args:
        cfg: the ``[within_article]`` table of ``rules/corroboration.toml``.
    """
    return link_kind(a, b, cfg)[0]


REVERSED = " undone"
"""Added to a kind of action a claim reports the undoing of (``ClaimKey.events``)."""
PARTLY = "partly: "
"""How the grounds of a partial confirmation begin (:func:`link_kind`)."""


def link_kind(a: ClaimFeatures, b: ClaimFeatures, cfg: dict, one_unplaced: bool | None = None):
    """:func:`compare_claims` with its grounds: (verdict, why) where ``why`` is the words an
    editor checks ("same event (Pochon county, 2 Aug 2020), figure 300 within 150–300").  A
    partial confirmation (the same event, no common figure) has ``why`` starting with
    :data:`PARTLY`.  ``one_unplaced``: whether one of the claims names no place in its own
    words (its source's place aside); by default, whether one of ``a.places``/``b.places`` is
    empty.  Two figures of one kind of action are then compared without a shared place."""
    if compatible(a.times, b.times) is False:
        return None, ""
    shared_words = a.words & b.words
    if len(shared_words) < cfg["min_shared_words"]:
        return None, ""
    place = a.places & b.places
    day = shared_day(a.times, b.times)
    same_kind = a.events & b.events
    # the same kind of action counted by both, one naming no place: "12 people were injured
    # in the crash near Dunmore" / "30 people were injured in the crash"
    if one_unplaced is None:
        one_unplaced = not (a.places and b.places)
    unplaced = same_kind and a.quantities and b.quantities and one_unplaced
    if cfg["require_shared_place"] and not place and not (day and same_kind) and not unplaced:
        return None, ""
    verdict, qa, qb = agreement(a.quantities, b.quantities)
    apart = ""
    if verdict is False and a.places and b.places and not place:
        verdict = None  # another place's count
        apart = f"figures for different places ({qa.describe()} / {qb.describe()})"
    elif verdict is False and (qa.part ^ qb.part) & PARTITIVE:
        verdict = None  # a part against the whole: "Three of the injured were children" and
        #                 "42 people were injured" (trial 22)
    elif verdict is False and not same_kind & frozenset(cfg["conflict_kinds"]):
        verdict = None  # one article's figures of no one kind of incident: other measurements,
        #                 or several deals, offers or stakes (``conflict_kinds``)
    where = sorted(place, key=lambda p: (-len(p), p))[:1]
    event = ", ".join([*(p.title() for p in where), *([day.describe()] if day else [])])
    same = f"same event ({event})" if event else "same event"
    if verdict is True and (raised := floor_raised(a.quantities, b.quantities,
                                                   cfg["min_count_above_floor"])):
        # "at least 14" / "Twenty-three": the same event with another count, not its support
        return True, (f"{PARTLY}{same}, "
                      f"{kind_words(a.event_words, b.event_words, same_kind) or 'figures'}; a count "
                      f"above the floor ({raised[1].describe()} / {floor_text(raised[0])})")
    if verdict is True:
        return True, f"{same}, figure {_figure_fit(qa, qb)}"
    if verdict is False:
        return False, f"{same}, figure {qb.describe()} against {qa.describe()}"
    shorter = min(len(a.words), len(b.words)) or 1
    if same_kind and (day or (place and len(shared_words) >= cfg["min_shared_words_partial"]
                              and len(shared_words) / shorter >= cfg["min_shared_share_partial"])):
        said = kind_words(a.event_words, b.event_words, same_kind)
        return True, (f"{PARTLY}{same}{', ' + said if said else ''}; "
                      f"{apart or 'no common figure'}")
    return None, ""


def _figure_fit(qa: Quantity, qb: Quantity) -> str:
    """"300 within 150–300", "30 = thirty", "12 within at least 12"."""
    if qa.low == qa.high == qb.low == qb.high:
        return qa.describe()
    inner, outer = (qa, qb) if qa.high - qa.low <= qb.high - qb.low else (qb, qa)
    return f"{inner.describe()} within {outer.describe()}"


def _candidate_pairs(claims: tuple[Claim, ...], feats: dict[str, ClaimFeatures], cfg: dict,
                     independent_ids) -> list[tuple[Claim, Claim]]:
    """The pairs of claims that may support or contradict each other, in article order.

    A pair needs two attributed claims that give a figure or name a kind of action, from
    independent sources, sharing a place (or a day and a kind of action) when
    ``require_shared_place`` (else a
    content word, when ``min_shared_words`` asks for one).  The pairs are found through an
    inverted index from place (or word) to claims, and within each posting list only claims
    of two independent sources are paired, so one source quoted a thousand times about one town
    costs nothing.  Sorted as ``itertools.combinations`` would give them, so the order of
    ``corroborated_by`` does not depend on the index.
    """
    eligible = [c for c in claims if c.source_id and (feats[c.id].quantities or feats[c.id].events)]
    position = {c.id: k for k, c in enumerate(eligible)}
    if cfg["require_shared_place"]:
        # a place, or a day together with a kind of action (see link_kind)
        # ...or, for two figures, a kind of action when one of them names no place
        keys_of = {c.id: feats[c.id].places | {f"@{w.first}:{kind}" for w in feats[c.id].times
                                               if w.kind == "days" and w.first == w.last
                                               for kind in feats[c.id].events}
                   | ({f"#{kind}" for kind in feats[c.id].events}
                      if feats[c.id].quantities else set())
                   for c in eligible}
    elif cfg["min_shared_words"] > 0:
        keys_of = {c.id: feats[c.id].words for c in eligible}
    else:
        keys_of = {c.id: ("",) for c in eligible}  # every pair is a candidate
    postings: dict[str, dict[str, list[int]]] = {}
    counts: dict[str, int] = {}
    most = cfg["max_claims_per_key"]
    for c in eligible:
        for key in keys_of[c.id]:
            if counts.get(key, 0) < most:   # a bound for pathological lengths, see the rules
                counts[key] = counts.get(key, 0) + 1
                postings.setdefault(key, {}).setdefault(c.source_id, []).append(position[c.id])
    pairs: set[tuple[int, int]] = set()
    for by_source in postings.values():
        for (x, xs), (y, ys) in combinations(by_source.items(), 2):
            if independent_ids(x, y):
                pairs.update((min(i, j), max(i, j)) for i in xs for j in ys)
    return [(eligible[i], eligible[j]) for i, j in sorted(pairs)]


@lru_cache(maxsize=4096)
def event_kinds(text: str, rules: Rules) -> frozenset[str]:
    """The kinds of action a claim reports ("a temblor jolted the town" -> {"quake"})."""
    return frozenset().union(*(k for _, k in event_hits(text, rules)))


def event_hits(text: str, rules: Rules) -> tuple[tuple[str, frozenset[str]], ...]:
    """The words and phrases of a claim that name kinds of action, lower case in text order,
    each with the kinds it names (("jolted", {"quake"}),): :func:`event_kinds`."""
    _, phrases, kinds = _event_lexicon(str(rules.directory))
    months = _capitalised_months(rules)
    if months is not None and months.search(text):
        text = months.sub(" ", text)    # "Record March nine": a month, not a march
    low = text.lower()
    words = _EVENT_WORD.findall(low)
    found: list[tuple[int, str, frozenset[str]]] = []
    leading = _event_phrase_leads(str(rules.directory))
    if phrases is not None and (leading is None or not leading.isdisjoint(words)):
        found = [(m.start(), m.group(), kinds[m.group()]) for m in phrases.finditer(low)]
        if found:  # a phrase's words are not read again ("passed away" is not "passed")
            low = phrases.sub(lambda m: " " * len(m.group()), low)
    kinds_of = _event_word_kinds(str(rules.directory))
    # a word with a common sense of another kind ("the ferry overturned" / "the court
    # overturned the ruling") never decides a kind alone: it is left out, and the claim's other
    # words say what happened
    ambiguous = _ambiguous_event_words(str(rules.directory))
    seen: set[str] = set()
    for m in _EVENT_WORD.finditer(low):
        w = m.group()
        if w in seen:
            continue
        seen.add(w)
        if (k := kinds_of[w]) and not (ambiguous and (w in ambiguous or _stem(w) in ambiguous)):
            found.append((m.start(), w, k))
    found.sort(key=lambda x: x[0])
    return tuple((w, k) for _, w, k in found)


@cache
def _ambiguous_event_words(directory: str) -> frozenset[str]:
    """``ambiguous_event_words`` of corroboration.toml, with their stems ("overturns")."""
    words = load_rules(directory).corroboration.get("ambiguous_event_words", ())
    return frozenset(w.lower() for w in words) | frozenset(_stem(w.lower()) for w in words)


_EVENT_WORD = re.compile(r"[\w'’]+")  # "quake-hit" names a quake


@cache
def _event_phrase_leads(directory: str) -> frozenset[str] | None:
    """The first word (``_EVENT_WORD``) of each event phrase, or None when a phrase opens with
    another character.  A phrase matches only where the text's word is its first word (the
    phrase pattern wants no word character before it, and the word ends where the phrase's
    does), so a text without any of them is not searched: most claims name no phrase."""
    _, phrases, kinds = _event_lexicon(directory)
    if phrases is None:
        return None
    leads = [_EVENT_WORD.match(p) for p in kinds if " " in p]
    return None if not all(leads) else frozenset(m.group() for m in leads)


@lru_cache(maxsize=8)
def _capitalised_months(rules: Rules) -> re.Pattern | None:
    """The month names of ``scoring.toml`` [assertion] written with a capital, as words."""
    if rules.assertion is None or not rules.assertion.months:
        return None
    return first_char_guard(re.compile(
        r"\b(?:" + "|".join(sorted(m.capitalize() for m in rules.assertion.months)) + r")\b"))


@cache
def _event_word_kinds(directory: str) -> Memo:
    """A lower-case word -> the kinds of action it names (none: an empty set): a word of the
    lexicon, or any inflection of one ("jolts" as "jolted")."""
    words, _, kinds = _event_lexicon(directory)

    def kinds_of(w: str) -> frozenset[str]:
        if w in words:
            return kinds[w]
        if w.endswith(_SUFFIXES) and _stem(w) in words:
            return kinds[_stem(w)]
        return frozenset()
    return Memo(kinds_of)


@cache
def _event_lexicon(directory: str) -> tuple[frozenset[str], re.Pattern | None,
                                            dict[str, frozenset[str]]]:
    """The one-word entries of ``[events]`` and ``event_families.txt``, one pattern for the
    phrases, and the kinds each names (words are looked up, so the pattern stays short)."""
    kinds: dict[str, set[str]] = {}
    for kind, entries in load_rules(directory).corroboration["events"].items():
        for entry in entries:
            kinds.setdefault(" ".join(entry.lower().split()), set()).add(kind)
    # ...widened through WordNet (synonyms, derived forms: "slain", "the assassination")
    for entry, more in load_event_families(directory).items():
        kinds.setdefault(entry, set()).update(more)
    phrases = sorted((p for p in kinds if " " in p), key=len, reverse=True)
    pattern = (first_char_guard(re.compile(rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, phrases))})"
                                           rf"(?![\w'’-])")) if phrases else None)
    for word in [p for p in kinds if " " not in p]:
        stem = _stem(word)
        if stem not in kinds:
            kinds[stem] = kinds[word]
        elif stem != word:
            kinds[stem] = kinds[stem] | kinds[word]
    return (frozenset(p for p in kinds if " " not in p), pattern,
            {p: frozenset(k) for p, k in kinds.items()})


# The cross-article half (matching keys, copies, links) lives in .across; imported last, as it
# builds on the definitions above.
from credibility.corroborate.across import (  # noqa: E402
    ArticleKey,
    ClaimKey,
    CrossLinks,
    _hash,
    _MatchState,
    _minhash,
    _shared_corroborators,
    apply_links,
    article_key,
    corroborate_batch,
    cross_links,
    key_from_json,
    key_to_json,
    origin_groups,
    recurring,
)

__all__ = [
    "ArticleKey", "ClaimFeatures", "ClaimKey", "CrossLinks", "apply_links", "article_key",
    "PARTLY", "compare_claims", "corroborate", "corroborate_batch", "cross_links", "event_kinds",
    "features", "figures_agree", "independent", "key_from_json", "key_to_json", "link_kind",
    "origin_groups", "recurring", "_hash", "_MatchState", "_minhash", "_shared_corroborators",
]
