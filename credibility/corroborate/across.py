"""Corroboration across the articles of a batch: matching keys, copies, cross-article links.

Event identity first (similar articles published within days, not two issues of one recurring
report; claim times and years compatible), then agreement (claim cosine, names, figures of one
quantity); copies and reprints are one origin.  See :func:`cross_links`.
"""

from __future__ import annotations

import re
import sys
import threading
import zlib
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import accumulate, combinations

from credibility.corroborate import (
    _WORD,
    PARTLY,
    REVERSED,
    _figure_fit,
    _institution_key,
    _institution_regex,
    _stem,
    _stopword_set,
    denies,
    features,
    kind_words,
    reverses,
)
from credibility.corroborate._fast import Memo
from credibility.corroborate.quantities import (
    INFINITY,
    Quantity,
    agreement,
    counted_alone,
    floor_raised,
    floor_text,
    unmatched,
)
from credibility.corroborate.when import When, compatible, publication_date, shared_day
from credibility.records import Source
from credibility.rules import Rules, canonical_outlet, load_rules, lower_words

# --------------------------------------------------------------------------------------------
# Across the articles of a batch
# --------------------------------------------------------------------------------------------
#
# The batch stage works on a compact index, never on whole reports, so that a year of a
# newsroom's archive fits in memory: per article a MinHash signature and a hashed entity vector,
# per claim its hashed terms, figures and who said it.  ``ArticleKey`` is what an article
# contributes; it is computed where the article is analysed (in a worker process).

_HASH_FEATURES = 2 ** 20
_NUMERIC = 2 ** 19
_FEW_ARTICLES = 20
"""In a batch this small every name is specific enough to say two articles share a subject."""
"""Article entity hashes at or above this are figures; below, names."""
_SHINGLE = 5
_MINHASH_PERMUTATIONS = 64
_MINHASH_BANDS = 16
_MINHASH_SEED = 20140526
_MINHASH_SCHEME = "affine32"
"""datasketch's permutation scheme (its default since 2.0), named so that a later default
cannot silently change the signatures stored in a batch journal."""
_MAX_COPY_CANDIDATES = 200
"""At most this many earlier articles are compared with each article for copies."""
_BLOCK_ROWS = 256
_ENTITY = re.compile(r"[A-Z\d](?:(?<=[^\w\n][A-Z])(?<![.!?]\s[A-Z])[A-Za-z'’-]+"
                     r"|(?<=\d)(?<!\w\d)(?:[\d,.]*\d\b|\b))")
"""A capitalised word not at a line's or a sentence's start, or a figure: what names an
article's entities.  (The first character is read first and what stands before it after it,
so ``re`` jumps from capital or digit to the next, where the former pattern, opening with
look-behinds and a word boundary, was tried at every character; the matches are the same.)"""
_YEAR = re.compile(r"(?:1(?<![\w.,]1)9|2(?<![\w.,]2)0)\d\d(?![\w.,]\d)")
"""A year 1900-2099 not inside a word or a longer number (the first digit before the look-behind
for what stands before it: see ``score.assertion._YEAR``)."""


@dataclass(frozen=True, slots=True)
class ClaimKey:
    """What one claim brings to cross-article matching."""

    id: str
    terms: object
    """Hashed content words (stemmed, synonyms folded) and names: sorted int32 array."""
    names: frozenset[int]
    """Hashes of the capitalized names in the claim (people, places, organizations)."""
    numbers: tuple[float, ...]
    ranges: tuple[tuple[float, float], ...]
    speaker: str | None
    """``named:<name>`` for a named source or document (the same in every outlet), else None."""
    attributed: bool
    key: bool = False
    """The headline or lede claim: what the story is about."""
    events: frozenset[str] = frozenset()
    """The kinds of action it reports (``[events]`` of ``rules/corroboration.toml``)."""
    years: frozenset[int] = frozenset()
    """Years it names ("in 2008, he won"): an event of another year is another event."""
    quantities: tuple[Quantity, ...] = ()
    """Its figures with what they count (:mod:`.quantities`): only figures of one quantity
    agree or conflict."""
    times: tuple[When, ...] = ()
    """The times it names, read against its article's publication date (:mod:`.when`)."""
    place_names: tuple[str, ...] = ()
    """Its capitalized names and the names of the people and organizations it is about (through
    the entity layer), lower-cased: to explain a link; matching uses ``names``."""
    voices: frozenset[str] = frozenset()
    """The organizations its source is or speaks for, lower-cased (:func:`_voices`): two outlets
    quoting the police and the police's spokesman have one source."""
    participants: frozenset[int] = frozenset()
    """The hashed name words of the named people and organizations it is about, by any mention
    (the entity layer): who took part, where ``names`` also holds places ("Luxembourg")."""
    denied: bool = False
    """Its cue denies its words ("denied that it had ignored warnings", ``denial_cues``)."""
    shingles: frozenset[int] = frozenset()
    """CRC-32 hashes of its word 3-shingles as written (lower-cased), for a claim of at least
    ``min_copied_claim_words`` words that is not a direct quotation: two claims that share most
    are one text copied (:func:`_copied`)."""
    who: frozenset[frozenset[int]] = frozenset()
    """``participants`` by entity: the hashed name words of each named person or organization
    it is about ("Mobil Oil Corp" and "Shell Oil Co" share a word, not a company)."""
    actor: frozenset[frozenset[int]] = frozenset()
    """The hashed name words of its source when a pronoun opens its content and the source is
    a named organization ("Micropolis Corp said *it* filed …"): who acts, though the claim
    does not name it.  Only ever keeps two claims apart."""
    reverses: bool = False
    """It reports the undoing of an action ("the Angels have withdrawn their offer",
    ``reversal_words``): another event than the action, whose kinds (``events``) it names with
    :data:`REVERSED`."""
    headline: bool = False
    """The article's headline (``Claim.headline``): linked only as a full confirmation, said
    alike (``min_cosine``, or a figure in common) about someone both name; never a conflict,
    a partial confirmation or a go-between for :func:`_shared_corroborators`."""
    event_words: tuple[tuple[str, frozenset[str]], ...] = ()
    """The words that name its ``events``, each with its kinds (``ClaimFeatures.event_words``):
    a link's reason says the event in the claims' words (:func:`kind_words`)."""


"""Added to each kind of action (``[events]``) a claim of an undoing names: "negotiation
undone" (an offer withdrawn) is not "negotiation" (an offer made)."""


@dataclass(frozen=True, slots=True)
class ArticleKey:
    """What one article brings to cross-article matching."""

    path: str
    outlet: str | None
    origin: str | None
    """The outlet it was first published by: ``reprint_of``, else a wire named in the dateline."""
    entities: object
    """Hashed names and figures of the whole article: sorted int32 array..."""
    entity_counts: object
    """...and how often each occurs (float32 array)."""
    minhash: object
    """MinHash signature of its word 5-shingles (uint32 array)."""
    claims: tuple[ClaimKey, ...]
    published: str | None = None
    """ISO date, when the article gives one (or a date line near its top)."""
    title: str | None = None
    """Its headline without figures, lower-cased: a recurring report's title."""
    reprint: bool = False
    """It says it is a reprint ("originally published by … and reprinted with permission")."""
    subjects: frozenset[int] = frozenset()
    """Who its headline and lede claims are about: the union of their ``participants``."""
    issuer: str | None = None
    """For a press release, the issuer's name (:func:`_company_name`): every claim of it is the
    issuer's word."""
    quoted: frozenset[str] = frozenset()
    """Whom it quotes: its named sources (``ClaimKey.speaker``) and the organizations its
    sources are or speak for (:func:`_company_name` of their ``voices``), to tell a story that
    quotes a press release's issuer (:func:`_quotes_issuer`)."""
    lede_entities: object = None
    """Hashed names and figures of its headline and first paragraphs (``lede_paragraphs``):
    sorted int32 array, or None (a key of an older journal)..."""
    lede_counts: object = None
    """...and how often each occurs (float32 array)."""
    shingles: int = 0
    """How many distinct word 5-shingles its text has (0: a key of an older journal): with the
    MinHash Jaccard, how much of a shorter text lies inside a longer one
    (:func:`_contained_share`)."""


def _hash(term: str) -> int:
    """The feature index of a term (MurmurHash3 modulo the feature count), memoised: articles
    share most of their terms."""
    return _HASHES[term]


_HASHES = Memo(lambda term: _murmurhash3_32()(term, positive=True) % _HASH_FEATURES)


@cache
def _prefixed_hashes(prefix: str) -> Memo:
    """term -> ``_hash(prefix + term)``: a claim's words ("w:"), names ("e:")."""
    return Memo(lambda term: _murmurhash3_32()(prefix + term, positive=True) % _HASH_FEATURES)


@cache
def _name_word_hashes(directory: str) -> Memo:
    """A lower-case word of a name -> ``_hash("n:" + _stem(word))``, or None for a word that
    names nothing (``not_names``, stop words): names are compared word by word."""
    not_names = _not_name_set(directory)
    stop = _stopword_set(directory)
    return Memo(lambda word: None if word in not_names or word in stop
                 else _murmurhash3_32()("n:" + _stem(word), positive=True) % _HASH_FEATURES)


@cache
def _entity_hashes(directory: str) -> Memo:
    """A token of the article's entity vector as written ("Athens", "1,500.") -> its feature
    index: names below ``_NUMERIC``, figures, dates and ``not_names`` above."""
    not_names = _not_name_set(directory)

    def index(word: str) -> int:
        token = word.lower().strip(".,")
        # figures and dates count for similarity, but not as a shared name (see cross_links)
        not_a_name = token[:1].isdigit() or token in not_names
        return _hash(token) % _NUMERIC + (_NUMERIC if not_a_name else 0)
    return Memo(index)


@cache
def _murmurhash3_32():
    """scikit-learn's MurmurHash3, imported once (``_hash`` runs about a hundred times an
    article)."""
    from sklearn.utils import murmurhash3_32

    return murmurhash3_32


def _minhash(text: str):
    """A MinHash signature (datasketch) of the text's word 5-shingles: uint32 array
    (:func:`_minhash_count`)."""
    return _minhash_count(text)[0]


def _minhash_count(text: str):
    """A MinHash signature (datasketch) of the text's word 5-shingles: uint32 array, and how
    many distinct shingles the text has.

    CRC-32 hashes the shingles (stable across processes and Python versions, and a quarter of
    the cost of datasketch's default SHA-1); the permutations come from a fixed seed.  Each
    shingle is a slice of the words joined once ("w1 w2 w3 w4 w5"), hashed where it lies; a
    shingle that occurs twice is hashed twice, which leaves each minimum as it is.
    """
    import numpy as np
    from datasketch import MinHash

    words = lower_words(text)
    if len(words) < _SHINGLE:
        words = words + [""] * (_SHINGLE - len(words))
    hashes = _shingle_hashes(words, _SHINGLE)
    sketch = getattr(_SKETCH, "minhash", None)
    if sketch is None:
        # one sketch per thread, cleared for each article: building one (its permutations
        # checked and copied) cost as much as hashing the article; the shingles come hashed
        sketch = _SKETCH.minhash = MinHash(
            num_perm=_MINHASH_PERMUTATIONS, seed=_MINHASH_SEED, hashfunc=int,
            scheme=_MINHASH_SCHEME)
    sketch.clear()
    sketch.update_batch(hashes)
    return sketch.hashvalues.astype(np.uint32), len(set(hashes))


_SKETCH = threading.local()


def _shingle_hashes(words: list[str], size: int) -> list[int]:
    """The CRC-32 of each run of ``size`` words joined by spaces (UTF-8), in order: each a
    slice of the words joined and encoded once, hashed where it lies."""
    joined = " ".join(words)
    data = joined.encode("utf-8", "surrogatepass")
    sizes = (list(map(len, words)) if len(data) == len(joined)
             else [len(w.encode("utf-8", "surrogatepass")) for w in words])
    starts = [0, *accumulate(n + 1 for n in sizes)]  # where each word begins in ``data``
    # shingle i: word i to the end of word i+size-1, the byte before word i+size begins
    return [zlib.crc32(data[a:b - 1]) for a, b in zip(starts, starts[size:], strict=False)]


_CLAIM_SHINGLE = 3


def _claim_shingles(text: str, min_words: int) -> frozenset[int]:
    """The CRC-32 hashes of the text's word 3-shingles (lower-cased), or none for a text of
    fewer than ``min_words`` words."""
    words = lower_words(text)
    if len(words) < max(min_words, _CLAIM_SHINGLE):
        return frozenset()
    return frozenset(_shingle_hashes(words, _CLAIM_SHINGLE))


def _copied(a: ClaimKey, b: ClaimKey, min_jaccard: float) -> bool:
    """Whether two claims are one text, copied (near) word for word ("A passenger ferry carrying
    214 people ran aground off Skarra island on Tuesday morning" in a wire story and in the
    local paper that took its first paragraphs): one origin, not two reports.  A copy keeps the
    figures: the same words with other figures are two issues of one template, or a figure
    corrected, and may conflict."""
    if not a.shingles or not b.shingles or a.numbers != b.numbers:
        return False
    shared = len(a.shingles & b.shingles)
    return shared >= min_jaccard * (len(a.shingles) + len(b.shingles) - shared)


def _speaker(source: Source | None) -> str | None:
    if source is None or source.kind not in ("named_person", "named_organization", "document"):
        return None
    return "named:" + " ".join(_WORD.findall(source.name.lower()))


def _voices(sources: tuple[Source, ...], rules: Rules, entities=()) -> dict[str, frozenset[str]]:
    """Source id -> the organizations it is or speaks for, lower-cased without "the": a named
    organization itself ("police"); a person or group whose mention names an organization the
    article quotes ("a spokeswoman for Northwind Foods"), as :func:`speakers_for` does within
    one article; an institution of ``speaking_institutions`` right before a role head ("Police
    spokesman Musa Bello", "army officials"); the single-holder offices a person's mentions
    name, by any mention of the entity layer's (``entities``): "Ohio Governor Mark Hale" holds
    the office "the governor" stands for.  Two claims with a voice in common are one source's
    word in two outlets, never a confirmation (:func:`_shared_voice`)."""
    entity_mentions = {e.id: e.mentions for e in entities}
    orgs = {s.id: _org_name(s.name) for s in sources if s.kind == "named_organization"}
    institution = _institution_regex(str(rules.directory))
    out: dict[str, frozenset[str]] = {}
    for s in sources:
        found = {orgs[s.id]} if s.id in orgs else set()
        for m in s.mentions:
            found.update(" ".join(x.group("inst").lower().split())
                         for x in institution.finditer(m.text))
            if s.id not in orgs:
                low = " " + " ".join(_WORD.findall(m.text.lower())) + " "
                found.update(name for name in set(orgs.values()) if f" {name} " in low)
        if s.kind == "document":
            # "A report by the Institute for Fiscal Studies" and "Analysis by the Institute for
            # Fiscal Studies" in two outlets: one author's word, whoever reports it
            found.update(_org_name(m.group(1)) for x in s.mentions
                         for m in _document_author(str(rules.directory)).finditer(x.text))
        found.discard("")
        found = {_institution_key(v, str(rules.directory)) for v in found}
        if s.kind == "named_person":
            offices = {m.group().lower()
                       for x in (*s.mentions, *entity_mentions.get(s.entity_id, ()))
                       for m in _office_regex(str(rules.directory)).finditer(x.text)}
            # "The governor says" in one outlet may be "Ohio Governor Mark Hale" in another:
            # a role without a name is an office, a named person holds those of his mentions
            bare = s.name.lower().startswith("the ")
            found |= {(_OFFICE if bare else _HOLDER) + " ".join(o.split()) for o in offices}
        if found:
            out[s.id] = frozenset(found)
    return out


@cache
def _document_author(directory: str) -> re.Pattern:
    """The author a document's source phrase names ("a report by the Institute for Fiscal
    Studies"): capitalised words after "by", joined by the small words of organizations' names
    (``name_connectives`` and ``organization_prepositions`` of sources.toml) only where a
    capitalised word follows ("by the IFS and the Resolution Foundation": "IFS")."""
    src = load_rules(directory).sources
    small = sorted({*(w.lower() for w in src.name_connectives if w.isalpha()),
                    *src.organization_prepositions})
    word = r"[A-Z][\w&.'’-]*"
    return re.compile(rf"\bby\s+((?:the\s+)?{word}(?:\s+(?:(?:{'|'.join(small)})\s+)?{word})*)")


_OFFICE = "office:"
"""A voice that is an office named without its holder ("the governor")."""
_HOLDER = "holder:"
"""A voice that is an office a named person holds ("Ohio Governor Mark Hale"): one voice with
the office named without a holder, not with another holder of an office of that name."""


@cache
def _office_regex(directory: str) -> re.Pattern:
    """Single-holder offices (``[roles] offices`` of rules/entities.toml), longest first."""
    from credibility.entities.lexicon import load_lexicon

    offices = sorted(load_lexicon(directory).offices, key=len, reverse=True)
    if not offices:
        return re.compile(r"(?!)")     # no offices listed: nothing matches
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(o).replace(r"\ ", r"\s+")
                                               for o in offices) + r")(?![\w-])", re.IGNORECASE)


def _shared_voice(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two claims' voices (:func:`_voices`) are one: an organization or an office
    without a holder in both, or an office without a holder in one that the other's named
    source holds (two holders of offices of one name are two people)."""
    if not {v for v in a if not v.startswith(_HOLDER)}.isdisjoint(b):
        return True
    return any(v.startswith(_OFFICE) and _HOLDER + v[len(_OFFICE):] in other
               for one, other in ((a, b), (b, a)) for v in one)


def _org_name(name: str) -> str:
    words = _WORD.findall(name.lower())
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def article_key(report, rules: Rules | None = None) -> ArticleKey:
    """The compact matching key of one analysed article (see :class:`ArticleKey`)."""
    import numpy as np

    rules = rules or load_rules()
    doc = report.document
    body = " ".join(p.text for p in doc.body) or doc.text
    cfg = rules.corroboration["across_articles"]
    claims = []
    published = publication_date(doc.published, doc.text, str(rules.directory))
    word_hash, name_hash = _prefixed_hashes("w:"), _prefixed_hashes("e:")
    name_word_hash = _name_word_hashes(str(rules.directory))
    participants = _participants(report, name_word_hash)
    pronouns = rules.sources.pronouns_singular | rules.sources.pronouns_plural \
        | rules.sources.pronouns_neutral
    actors = _actors(report, name_word_hash)
    copulas = rules.cues.passive_auxiliaries
    voices = _voices(report.sources, rules, report.entities)
    not_names = _not_names(rules)
    issuer = None
    if doc.genre == "press_release" and doc.reprint_of:
        # a release speaks for its issuer throughout: its own sentences and the people it quotes
        issuer = _company_name(doc.reprint_of, not_names) or None
    for c in ((report.headline,) if report.headline is not None else ()) + report.claims:
        if doc.genre == "opinion" and c.source_id is None:
            continue  # the columnist's own argument: commentary confirms no reporting
        if c.source_id is None and not c.headline and rules.cues.no_statement.search(c.span.text):
            continue  # "He declined to say where Lohan is receiving treatment": a refusal to
            #           comment asserts nothing to confirm (review 25)
        f = features(c.span.text, "", rules, published)
        if len(f.words) + len(f.places) + bool(f.quantities) < cfg["min_claim_terms"]:
            continue  # "Details were not given.": too little to say two claims agree (a
            #           counted figure is a term: "it would cut 4,500 jobs")
        terms = np.array(sorted({word_hash[w] for w in f.words} | {name_hash[p] for p in f.places}),
                         dtype=np.int32)
        # Names compared word by word: "Okafor" is "Ada Okafor", "the Institute" the Marsh
        # Institute; and who the claim is about through the entity layer ("the actress" and
        # "she" are Lindsay Lohan where the article says so).
        who, who_names, each = participants(c.span)
        # "Unocal Corp said it raised …": the organization acts ("it is clear …" is no act)
        opening = c.span.text.split(None, 2)[:2]
        actor = actors.get(c.source_id, frozenset()) if opening and opening[0].lower() in \
            pronouns and not (len(opening) > 1 and opening[1].lower() in copulas) \
            else frozenset()
        names = frozenset(h for p in f.places for word in p.split()
                          if (h := name_word_hash[word]) is not None) | who
        undone = reverses(c.span.text, rules)
        claims.append(ClaimKey(c.id, terms, names, tuple(sorted(f.numbers)), f.ranges,
                               _speaker(report.source(c.source_id)), c.source_id is not None,
                               c.key, frozenset(k + REVERSED for k in f.events) if undone
                               else f.events,
                               frozenset(int(y) for y in _YEAR.findall(c.span.text)),
                               f.quantities, f.times, tuple(sorted(f.places | who_names)),
                               voices.get(c.source_id, frozenset())
                               | ({issuer} if issuer else frozenset()), who,
                               denies(c, rules),
                               # a quotation is the same words in every outlet that heard it:
                               # one source's word (voices, speakers), not a copy; headlines
                               # are formulaic ("Storm kills 12 in coastal Brenna" in two
                               # outlets, each with its own source)
                               frozenset() if c.quote == "direct" or c.headline
                               else _claim_shingles(c.span.text, cfg["min_copied_claim_words"]),
                               each, actor, undone, c.headline, f.event_words))
    # each distinct token hashed once (an article repeats its names); the place of the
    # dateline ("ATHENS, Greece (AP) —") is cut from the body, not the story
    place = _WORD.findall(_dateline_place(doc))
    entity_hash = _entity_hashes(str(rules.directory))
    order, counts = _entity_counts((doc.title or "") + "\n" + body, place, entity_hash)
    lede, lede_counts = _entity_counts(
        (doc.title or "") + "\n" + "\n".join(p.text for p in doc.body[:cfg["lede_paragraphs"]]),
        place, entity_hash)
    def canonical(outlet: str | None) -> str | None:
        """One spelling of an outlet ("AP", "Associated Press": "the associated press")."""
        return canonical_outlet(outlet, rules.sources.outlet_alias).lower() if outlet else None
    origin = doc.reprint_of or doc.outlet
    quoted = {c.speaker for c in claims if c.speaker is not None}
    quoted |= {name for c in claims for v in c.voices
               if ":" not in v and (name := _company_name(v, not_names))}
    signature, shingles = _minhash_count(body)
    return ArticleKey(doc.path or "", canonical(doc.outlet),
                      canonical(origin), order, counts, signature,
                      tuple(claims), published, _title_key(doc.title), bool(doc.reprint_of),
                      frozenset().union(*(c.participants for c in claims if c.key)),
                      issuer, frozenset(quoted), lede, lede_counts, shingles)


def _entity_counts(text: str, place: list[str], entity_hash: Memo):
    """The hashed names and figures of ``text`` and the dateline's place words (a sorted int32
    array) and how often each occurs (float32 array)."""
    import numpy as np

    tokens = Counter(_ENTITY.findall(text))
    tokens.update(place)
    counts: dict[int, int] = {}
    for word, n in tokens.items():
        h = entity_hash[word]
        counts[h] = counts.get(h, 0) + n
    order = sorted(counts)
    return (np.array(order, dtype=np.int32),
            np.array([counts[h] for h in order], dtype=np.float32))


def _company_name(name: str, not_names: frozenset[str]) -> str:
    """An organization's name as two outlets can both write it: lower-cased, without "the" and
    legal forms ("Northgate Logistics Inc." -> "northgate logistics")."""
    words = [w for w in _WORD.findall(name.lower()) if w not in not_names]
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _quotes_issuer(release: ArticleKey, other: ArticleKey) -> bool:
    """Whether ``release`` is a press release and ``other`` quotes its issuer: the issuer by
    name, in full or in short ("Northgate Logistics Inc." / "Northgate"), or a person the
    release quotes (its chief executive).  The story then has the issuer's word, and the release
    is that word again: it confirms nothing of the story, nor the story of it."""
    if release.issuer is None or release is other:
        return False
    issuer = release.issuer
    for name in other.quoted:
        if name.startswith("named:"):
            if name in release.quoted:
                return True
            name = name[6:]
        if name == issuer or name.startswith(issuer + " ") or issuer.startswith(name + " "):
            return True
    return False


def _dateline_place(doc) -> str:
    """The place a wire dateline names ("ATHENS, Greece (AP) —" -> "ATHENS, Greece"), or "":
    where the story was filed, which ingest keeps apart from the body.  Date lines ("May 2,
    2013") name no place."""
    places = []
    for b in doc.boilerplate:
        if b.kind != "dateline":
            continue
        place = _DATELINE_PLACE.match(b.span.text)
        if place and not any(ch.isdigit() for ch in place.group(1)):
            places.append(place.group(1))
    return "\n".join(places)


def _participants(report, name_word_hash: Memo):
    """A function from a claim's span to the name words (hashed), the names, and the name
    words of each entity (hashed) of the named people and organizations the entity layer finds
    in it, by any mention: a name, a title or role ("the actress"), a pronoun.  Outlets and
    documents are who reports, not who took part."""
    from bisect import bisect_left

    people = [e for e in report.entities if e.named and e.kind in ("person", "organization")]
    words = [frozenset(h for w in _WORD.findall(e.name.lower())
                       if (h := name_word_hash[w]) is not None) for e in people]
    mentions = sorted((m.start, m.end, k) for k, e in enumerate(people) for m in e.mentions)
    starts = [m[0] for m in mentions]

    def of(span) -> tuple[frozenset[int], frozenset[str], frozenset[frozenset[int]]]:
        """(hashed name words, lower-cased names: to say who a link is about, the hashed name
        words of each entity)."""
        found: set[int] = set()
        who: set[str] = set()
        each: set[frozenset[int]] = set()
        for start, end, k in mentions[bisect_left(starts, span.start):]:
            if start >= span.end:
                break
            if end <= span.end:
                found |= words[k]
                who.add(people[k].name.lower())
                if words[k]:
                    each.add(words[k])
        return frozenset(found), frozenset(who), frozenset(each)
    return of


def _actors(report, name_word_hash: Memo) -> dict[str, frozenset[frozenset[int]]]:
    """Source id -> the hashed name words of its entity, for sources that are a named
    organization (``ClaimKey.actor``): a company's own act.  Not a person: "he saw a blast
    kill 12" is a witness's account, and two witnesses of one event confirm each other."""
    entities = {e.id: e for e in report.entities}
    out = {}
    for s in report.sources:
        e = entities.get(s.entity_id) if s.entity_id else None
        if e is None or not e.named or e.kind != "organization":
            continue
        words = frozenset(h for w in _WORD.findall(e.name.lower())
                          if (h := name_word_hash[w]) is not None)
        if words:
            out[s.id] = frozenset({words})
    return out


_DATELINE_PLACE = re.compile(r"\s*([A-Z][^()\-–—]*?)\s*(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
                             r"(?:,\s+\d{4})?\s*)?(?:\(|--|[-–—]|$)")


def _title_key(title: str | None) -> str | None:
    """The headline without figures and case ("FED ADDS RESERVES VIA CUSTOMER REPURCHASES")."""
    if not title:
        return None
    return " ".join(_WORD.findall(title.lower())) or None


def recurring(a: ArticleKey, b: ArticleKey) -> bool:
    """Two issues of one recurring report: the same outlet (or none named), the same headline,
    and no date on either.  Templated daily reports (the Fed's reserves, a cocoa review, a
    weekly balance) repeat their headline and sentences with other figures on other days;
    without dates nothing says they are of one day, so they neither confirm nor contradict
    each other.  (Copies of one issue are grouped before this is asked.)"""
    return (a.title is not None and a.title == b.title and a.outlet == b.outlet
            and not a.published and not b.published)


def reprinted(a: ArticleKey, b: ArticleKey) -> bool:
    """One article credits the other's outlet, or the same outlet as the other does, as where
    its story comes from ("originally published by Reuters and republished with permission"
    beside a Reuters story, or two papers reprinting it): whatever its text overlap, nothing in
    it is independent of the other.  Articles whose own outlet is their origin (two stories of
    one wire) are not reprints of each other."""
    def credit(k: ArticleKey) -> str | None:
        return k.origin if k.origin and k.origin != k.outlet else None

    ca, cb = credit(a), credit(b)
    return bool(ca and ca in (b.origin, b.outlet) or cb and cb in (a.origin, a.outlet))


def _pack(array, dtype) -> str:
    import base64

    import numpy as np

    return base64.b64encode(np.ascontiguousarray(array, dtype=dtype).tobytes()).decode("ascii")


def _unpack(text: str, dtype):
    """The inverse of :func:`_pack`; ValueError on anything but strict base64 (it reads the
    journal of a batch, once per claim: binascii, without ``base64.b64decode``'s regex)."""
    import binascii

    import numpy as np

    return np.frombuffer(binascii.a2b_base64(text, strict_mode=True), dtype=dtype)


def key_to_json(key: ArticleKey) -> dict:
    """The key as plain JSON data (for the batch journal); arrays as base64 little-endian."""
    return {"path": key.path, "outlet": key.outlet, "origin": key.origin,
            "entities": _pack(key.entities, "<i4"), "counts": _pack(key.entity_counts, "<f4"),
            "minhash": _pack(key.minhash, "<u4"), "published": key.published,
            "title": key.title, "reprint": key.reprint, "subjects": sorted(key.subjects),
            "issuer": key.issuer, "quoted": sorted(key.quoted), "shingles": key.shingles,
            **({} if key.lede_entities is None else {
                "lede": _pack(key.lede_entities, "<i4"),
                "lede_counts": _pack(key.lede_counts, "<f4")}),
            "claims": [[c.id, _pack(c.terms, "<i4"), sorted(c.names), list(c.numbers),
                        [list(r) for r in c.ranges], c.speaker, c.attributed, c.key,
                        sorted(c.events), sorted(c.years),
                        [[q.low, None if q.high == INFINITY else q.high, q.value, q.unit,
                          sorted(q.thing), q.text, q.duration, q.running, q.age]
                         for q in c.quantities],
                        [[w.kind, w.first, w.last] for w in c.times], list(c.place_names),
                        sorted(c.voices), sorted(c.participants), c.denied,
                        sorted(c.shingles), sorted(sorted(w) for w in c.who),
                        sorted(sorted(w) for w in c.actor), c.reverses, c.headline,
                        [[w, sorted(k)] for w, k in c.event_words]]
                       for c in key.claims]}


def key_from_json(data: dict) -> ArticleKey:
    """The inverse of :func:`key_to_json`; raises ValueError, KeyError or TypeError on bad data."""
    import numpy as np

    minhash = _unpack(data["minhash"], "<u4").astype(np.uint32)
    entities = _unpack(data["entities"], "<i4").astype(np.int32) % _HASH_FEATURES
    counts = _unpack(data["counts"], "<f4").astype(np.float32)
    if minhash.shape != (_MINHASH_PERMUTATIONS,) or entities.shape != counts.shape:
        raise ValueError("bad matching key")
    lede = lede_counts = None
    if "lede" in data:
        lede = _unpack(data["lede"], "<i4").astype(np.int32) % _HASH_FEATURES
        lede_counts = _unpack(data["lede_counts"], "<f4").astype(np.float32)
        if lede.shape != lede_counts.shape:
            raise ValueError("bad matching key")
    # "<i4" % int is a new native int32 array (no astype needed first)
    claims = tuple(ClaimKey(str(cid), _unpack(terms, "<i4") % _HASH_FEATURES,
                            frozenset(map(int, names)), tuple(map(float, numbers)),
                            tuple((float(lo), float(hi)) for lo, hi in ranges),
                            None if speaker is None else str(speaker), bool(attributed), bool(key),
                            frozenset(map(str, more[0])) if more else frozenset(),
                            frozenset(map(int, more[1])) if len(more) > 1 else frozenset(),
                            _quantities_from_json(more[2]) if len(more) > 2
                            else _bare_quantities(numbers),
                            tuple(When(str(k), int(a), int(b)) for k, a, b in more[3])
                            if len(more) > 3 else (),
                            tuple(map(str, more[4])) if len(more) > 4 else (),
                            frozenset(map(str, more[5])) if len(more) > 5 else frozenset(),
                            frozenset(map(int, more[6])) if len(more) > 6 else frozenset(),
                            bool(more[7]) if len(more) > 7 else False,
                            frozenset(map(int, more[8])) if len(more) > 8 else frozenset(),
                            frozenset(frozenset(map(int, w)) for w in more[9])
                            if len(more) > 9 else frozenset(),
                            frozenset(frozenset(map(int, w)) for w in more[10])
                            if len(more) > 10 else frozenset(),
                            bool(more[11]) if len(more) > 11 else False,
                            bool(more[12]) if len(more) > 12 else False,
                            tuple((str(w), frozenset(map(str, k))) for w, k in more[13])
                            if len(more) > 13 else ())
                   for cid, terms, names, numbers, ranges, speaker, attributed, key, *more
                   in data["claims"])
    published = data["published"]
    title = data.get("title")
    return ArticleKey(str(data["path"]), data["outlet"], data["origin"], entities, counts,
                      minhash, claims, None if published is None else str(published),
                      None if title is None else str(title), bool(data.get("reprint", False)),
                      frozenset(map(int, data.get("subjects", ()))),
                      None if data.get("issuer") is None else str(data["issuer"]),
                      frozenset(map(str, data.get("quoted", ()))), lede, lede_counts,
                      int(data.get("shingles", 0)))


def _quantities_from_json(rows) -> tuple[Quantity, ...]:
    """Figures of a journal; one written before durations, running totals and ages has none."""
    return tuple(Quantity(float(low), INFINITY if high is None else float(high), float(value),
                          str(unit), frozenset(map(str, thing)), str(text),
                          bool(more[0]) if more else False,
                          bool(more[1]) if len(more) > 1 else False,
                          bool(more[2]) if len(more) > 2 else False)
                 for low, high, value, unit, thing, text, *more in rows)


def _bare_quantities(numbers) -> tuple[Quantity, ...]:
    """Figures of a journal written before quantities: each counts whatever the other counts."""
    return tuple(Quantity(float(n), float(n), float(n), "", frozenset(), "") for n in numbers)


def _not_names(rules: Rules) -> frozenset[str]:
    return _not_name_set(str(rules.directory))


@cache
def _not_name_set(directory: str) -> frozenset[str]:
    return frozenset(w.lower() for w in
                     load_rules(directory).corroboration["across_articles"]["not_names"])


def _days_apart(a: str | None, b: str | None) -> int:
    """Days between two ISO dates; 0 when either is missing or unreadable."""
    from datetime import date

    if not a or not b:
        return 0
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return 0


def _jaccard(a, b) -> float:
    return float((a == b).mean())


def _contained_share(short: int, long: int, jaccard: float) -> float:
    """How much of the shorter of two texts lies inside the longer: the share of its ``short``
    word 5-shingles, estimated from the MinHash Jaccard and the two counts (the shared
    shingles are J/(1+J) of both counts together)."""
    return min(1.0, jaccard * (short + long) / (1 + jaccard) / short)


def _contained_pairs(keys: list[ArticleKey], neighbours: list[dict[int, float]],
                     group: list[int], cfg: dict) -> list[tuple[int, int, float]]:
    """The pairs of similar articles (``neighbours``) of two origin groups of which one's text
    lies inside the other's (:func:`_contained_share` at least ``contained_copy_share``, of a
    shorter text of at least ``min_contained_copy_shingles`` and a longer at most
    ``max_contained_copy_ratio`` times as long): the story and a page that adds other text to
    it, one text (the Jaccard of the two stays far below ``near_duplicate_jaccard`` when the
    page is twice the story)."""
    import numpy as np

    least, most = cfg["contained_copy_share"], cfg["max_contained_copy_ratio"]
    fewest = max(1, cfg["min_contained_copy_shingles"])
    out = []
    signatures = None
    for i, near in enumerate(neighbours):
        n = keys[i].shingles
        if n < fewest:
            continue
        # a cheap test of the counts first: most pairs of alike articles are of unlike lengths
        # or far from copies, and the signatures are compared for the rest at once
        js = [j for j in near if group[i] != group[j] and keys[j].shingles >= fewest
              and max(n, keys[j].shingles) <= most * min(n, keys[j].shingles)]
        if not js:
            continue
        if signatures is None:
            signatures = np.stack([k.minhash for k in keys])
        jac = (signatures[js] == signatures[i]).mean(axis=1)
        for j, x in zip(js, jac.tolist(), strict=True):
            share = _contained_share(*sorted((n, keys[j].shingles)), x)
            if share >= least and _keeps_figures(*sorted((keys[i], keys[j]),
                                                         key=lambda k: k.shingles)):
                out.append((i, j, share))
    return out


def _added_claims_only(links: list, inside: frozenset, keys: list[ArticleKey]) -> list:
    """``links`` less those between two articles of which one lies inside the other
    (``inside``), but for a claim the longer adds in the voice of a named source the shorter
    does not quote (``ClaimKey.speaker`` not in its ``quoted``): that is the longer's own
    reporting, and confirms the story's claims as another article's would (review 25 M5: an AP
    story run whole inside a local paper, which adds its fire chief's count).  The story's
    claims and their copies are one text; what a page adds without a new voice (a report page's
    tables and findings that repeat the story) is no confirmation of it."""
    def added(i: int, a: str, j: int, b: str) -> bool:
        (s, _), (n, c) = sorted(((i, a), (j, b)), key=lambda x: (keys[x[0]].shingles, x[0]))
        speaker = next(k.speaker for k in keys[n].claims if k.id == c)
        return speaker is not None and speaker not in keys[s].quoted

    return [x for x in links if (min(x[1], x[3]), max(x[1], x[3])) not in inside
            or x[0] == _COPY or added(*x[1:5])]


def _keeps_figures(short: ArticleKey, long: ArticleKey) -> bool:
    """Whether every figure and date of the shorter text is in the longer (the tokens of its
    entity vector at or above ``_NUMERIC``): a copy keeps the figures, as :func:`_copied` asks
    of a copied claim; one issue of a template with another figure may conflict."""
    import numpy as np

    mine = short.entities[short.entities >= _NUMERIC]
    return bool(np.isin(mine, long.entities, assume_unique=True).all())


def origin_groups(keys: list[ArticleKey], rules: Rules | None = None,
                  contained: list[tuple[int, int, float]] = ()) -> tuple[list[int], list[dict]]:
    """Group copies: near-duplicate text (MinHash LSH) or a shared origin with similar text,
    and the pairs ``contained`` (:func:`_contained_pairs`: one text inside the other).

    Each article is compared with the earlier articles that share a band of its signature
    (16 bands of 4 rows: a pair at Jaccard 0.5 is a candidate with probability 0.65, at 0.8
    with 0.9998).  The banding is datasketch's ``MinHashLSH`` with those parameters, kept as one
    dict per band from the band's bytes to the articles: the same candidates, without its
    per-insert bookkeeping (a tenth of the serial stage on 19,000 articles).

    Returns:
        (group of each article: the index of its group's first article, or its own index;
        one row per grouped article for duplicates.csv).
    """
    rules = rules or load_rules()
    cfg = rules.corroboration["across_articles"]
    near, shared_origin = cfg["near_duplicate_jaccard"], cfg["same_origin_jaccard"]
    bands: list[dict[bytes, list[int]]] = [{} for _ in range(_MINHASH_BANDS)]
    parent = list(range(len(keys)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    why: dict[int, tuple[str, float]] = {}
    indexed: dict[bytes, int] = {}
    """First article of each signature: exact copies are grouped without asking the index,
    so a thousand copies of one notice do not make every bucket a thousand long."""
    for b, kb in enumerate(keys):
        signature = kb.minhash.tobytes()
        if signature in indexed:
            candidates = [indexed[signature]]
        else:
            width = len(signature) // _MINHASH_BANDS
            parts = [signature[k * width:(k + 1) * width] for k in range(_MINHASH_BANDS)]
            found: set[int] = set()
            for band, part in zip(bands, parts, strict=True):
                found.update(band.get(part, ()))
            candidates = sorted(found)[:_MAX_COPY_CANDIDATES]
            for band, part in zip(bands, parts, strict=True):
                band.setdefault(part, []).append(b)
            indexed[signature] = b
        for a in candidates:
            ka = keys[a]
            j = _jaccard(ka.minhash, kb.minhash)
            same_origin = bool(ka.origin and ka.origin in (kb.origin, kb.outlet)
                               or kb.origin and kb.origin in (ka.origin, ka.outlet))
            if j >= near or (same_origin and j >= shared_origin):
                reason = ("near-duplicate text" if j >= near
                          else f"same origin ({ka.origin or kb.origin})")
                for x in (a, b):
                    if x not in why or why[x][1] < j:
                        why[x] = (reason, j)
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    # a credited reprint and a story of the outlet it credits, compared directly: a reprint is
    # often cut below the index's reach (the few reprints of a batch against their outlet's
    # stories only)
    credited = cfg["credited_reprint_jaccard"]
    by_outlet: dict[str, list[int]] = {}
    for a, ka in enumerate(keys):
        for name in {ka.outlet, ka.origin} - {None}:
            by_outlet.setdefault(name, []).append(a)
    for b, kb in enumerate(keys):
        if not (kb.reprint and kb.origin):
            continue
        for a in by_outlet.get(kb.origin, ()):
            if a == b or keys[a].reprint or find(a) == find(b):
                continue
            j = _jaccard(keys[a].minhash, kb.minhash)
            if j >= credited:
                reason = f"credited reprint ({kb.origin})"
                for x in (a, b):
                    if x not in why or why[x][1] < j:
                        why[x] = (reason, j)
                ra, rb = find(a), find(b)
                parent[max(ra, rb)] = min(ra, rb)
    for a, b, share in contained:
        for x in (a, b):
            if x not in why:
                why[x] = ("one text inside the other", share)
        ra, rb = find(a), find(b)
        parent[max(ra, rb)] = min(ra, rb)
    group = [find(i) for i in range(len(keys))]
    # a group is named after its original, not after the first of its paths: the first member
    # that does not say it is a reprint and is not a longer text another member lies inside
    # (the wire story, not the local page that runs it and adds its own reporting; review 25
    # M5), else the first that does not say it is a reprint (else the first)
    holders = {max(a, b, key=lambda x: (keys[x].shingles, x)) for a, b, _ in contained} \
        - {min(a, b, key=lambda x: (keys[x].shingles, x)) for a, b, _ in contained}
    original: dict[int, int] = {}
    for i, g in enumerate(group):
        if g not in original and not keys[i].reprint and i not in holders:
            original[g] = i
    for i, g in enumerate(group):
        if g not in original and not keys[i].reprint:
            original[g] = i
    group = [original.get(g, g) for g in group]
    size: dict[int, int] = {}
    for g in group:
        size[g] = size.get(g, 0) + 1
    dup_rows = [{"origin_group": keys[g].path, "path": keys[i].path,
                 "reason": "origin of the group" if g == i else why.get(i, ("copy of a copy", 0))[0],
                 "similarity": None if g == i else round(why.get(i, ("", 0.0))[1], 3)}
                for i, g in enumerate(group) if size[g] > 1]
    return group, dup_rows


@dataclass
class CrossLinks:
    """The outcome of cross-article matching, by (article index, claim id)."""

    supports: dict[tuple[int, str], list[str]]
    conflicts: dict[tuple[int, str], list[str]]
    origin_group: list[str | None]
    duplicates: list[dict]
    index_bytes: int = 0
    """Bytes held by the sparse matrices of the index (documented per claim in the README)."""
    grounds: dict[tuple[int, str], list[str]] = field(default_factory=dict)
    """Why each link holds, by (article index, claim id): ``"<path>#<claim>: <why>"``."""
    copies: dict[str, str] = field(default_factory=dict)
    """Path of each grouped article -> path of its origin group's first article."""
    paths: list[str] = field(default_factory=list)
    """The path of each article, by index."""
    partly: dict[tuple[int, str], list[str]] = field(default_factory=dict)
    """Partial confirmations (one event, different facts of it), by (article index, claim id)."""
    claim_origins: dict[str, str] = field(default_factory=dict)
    """``path#claim`` of a claim copied word for word between articles -> one key for all the
    copies of that text (the first article's origin), so that they confirm others once."""
    one_voice: dict[tuple[int, str], dict[str, str]] = field(default_factory=dict)
    """By (article index, claim id): each reference of its support that is one voice with an
    earlier reference of another article (:func:`_one_voice`: "the regional fire service"
    and its chief Peter Vasko) -> that reference, so that the two confirm the claim once."""

    def independent_links(self, conflicts: bool = False) -> int:
        """Support links (or, with ``conflicts``, conflicts) counted between origins: a link to
        a story and to its reprint is one (claims named by origin group and claim id)."""
        pairs = set()
        for (index, claim), refs in (self.conflicts if conflicts else self.supports).items():
            here = self.origin_group[index] or self.paths[index]
            for ref in refs:
                path, _, other = ref.rpartition("#")
                pairs.add(frozenset(((here, claim), (self.copies.get(path, path), other))))
        return len(pairs)

    def touches(self, index: int, claim_ids) -> bool:
        """Whether the article at ``index`` gets an origin group or any cross-article link."""
        return self.origin_group[index] is not None or any(
            (index, c) in self.supports or (index, c) in self.conflicts
            or (index, c) in self.partly for c in claim_ids)


def _agree(a: ClaimKey, b: ClaimKey) -> bool | None:
    """Whether two claims' figures of one quantity agree (None: no shared quantity)."""
    return agreement(a.quantities, b.quantities)[0]


def _tfidf(indices: list, counts: list, idf: bool = True, fit_rows=None,
           prior_documents: int = 0):
    """Rows of hashed terms as an L2-normalised TF-IDF CSR matrix (IDF fit on the rows
    ``fit_rows``, default all, smoothed as if ``prior_documents`` minus those rows, at least
    one, documents had none of the terms), and the hashed term of each column."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.feature_extraction.text import TfidfTransformer

    indptr = np.zeros(len(indices) + 1, dtype=np.int64)
    np.cumsum([len(x) for x in indices], out=indptr[1:])
    ind = np.concatenate(indices) if indices else np.zeros(0, dtype=np.int32)
    data = np.concatenate(counts) if counts else np.zeros(0, dtype=np.float32)
    # Columns renumbered to the terms that occur: transposes then cost the batch's vocabulary,
    # not the 2**20 hash buckets.
    terms, ind = np.unique(ind, return_inverse=True)
    m = csr_matrix((data.astype(np.float32), ind.astype(np.int32), indptr),
                   shape=(len(indices), max(1, len(terms))))
    fit = m if fit_rows is None else m[fit_rows]
    prior = max(1, prior_documents - fit.shape[0])
    if idf and prior > 1:
        # A small batch says little about which names are rare: document frequencies are
        # smoothed with ``prior`` documents that name nothing (scikit-learn's smoothing is
        # one), so that one more article about the same event barely moves the weights
        from sklearn.preprocessing import normalize

        df = np.bincount(fit.indices, minlength=m.shape[1]).astype(np.float64)
        weights = np.log((fit.shape[0] + prior) / (df + prior)) + 1.0
        tf = m.copy()
        tf.data = np.log(tf.data) + 1.0     # sublinear TF, as below
        return normalize(tf.multiply(weights.astype(np.float32)).tocsr()).astype(np.float32), \
            terms
    model = TfidfTransformer(sublinear_tf=True, use_idf=idf)
    model.fit(fit)
    return model.transform(m).astype(np.float32), terms


def _neighbours(docs, k: int, min_cos: float):
    """For each article, its up-to-k most similar later articles with cosine >= min_cos:
    ``{article index: cosine}`` in index order.

    Sparse cosine by blocks of rows, so memory is bounded by the block, not the batch.
    """
    import numpy as np

    n = docs.shape[0]
    docs_t = docs.T.tocsr()
    out: list[dict[int, float]] = [{} for _ in range(n)]
    for start in range(0, n, _BLOCK_ROWS):
        sims = (docs[start:start + _BLOCK_ROWS] @ docs_t).tocsr()
        for r in range(sims.shape[0]):
            i = start + r
            lo, hi = sims.indptr[r], sims.indptr[r + 1]
            cols, vals = sims.indices[lo:hi], sims.data[lo:hi]
            keep = (vals >= min_cos) & (cols != i)
            cols, vals = cols[keep], vals[keep]
            if len(cols) > k:
                top = np.lexsort((cols, -vals))[:k]
                cols, vals = cols[top], vals[top]
            out[i] = {int(j): float(v) for j, v in sorted(zip(cols, vals, strict=True)) if j > i}
    return out


def cross_links(keys: list[ArticleKey], rules: Rules | None = None, jobs: int = 1) -> CrossLinks:
    """Match claims across articles (in ``jobs`` forked processes on Linux; same result).

    Blocking: articles are compared only with their nearest neighbours by named entities and
    figures (TF-IDF over hashed entity tokens, sparse cosine, at most ``max_neighbours`` each);
    claims only with the claims of those articles.  Two claims support each other when their
    articles report the same event (entity cosine >= ``min_document_cosine``), the claims say
    the same thing (cosine >= ``min_cosine`` over content words and names; less when they share
    a figure, less again for the two articles' lede claims, which report the event, and for two
    claims that name the same kind of action from ``[events]``: in very alike articles, or when
    it is the action both articles' headline or lede report, and in the same year or none), names
    agree (at least ``min_shared_entities`` shared words of names when both name someone or
    somewhere; not asked of an event named in other words in very alike articles, but a claim
    pair below ``min_cosine`` with no figure in common must name one participant or place in
    common: the event's identity, when the words differ), figures agree,
    and the two are independent: different origin groups, not the same named source, not the
    same outlet's own voice twice.  Same content with disagreeing figures is a conflict.
    """
    import numpy as np

    rules = rules or load_rules()
    cfg = rules.corroboration["across_articles"]
    group, duplicates = origin_groups(keys, rules)
    sizes: dict[int, int] = {}
    for g in group:
        sizes[g] = sizes.get(g, 0) + 1
    origin = [keys[g].path if sizes[g] > 1 else None for g in group]
    supports: dict[tuple[int, str], list[str]] = {}
    conflicts: dict[tuple[int, str], list[str]] = {}
    n = len(keys)
    first_claim = np.zeros(n + 1, dtype=np.int64)
    np.cumsum([len(k.claims) for k in keys], out=first_claim[1:])
    if n < 2 or first_claim[-1] == 0:
        return CrossLinks(supports, conflicts, origin, duplicates)
    claim_doc = np.repeat(np.arange(n), np.diff(first_claim))

    # Independence counts origins: IDF and "few articles share this name" are counted over one
    # article per origin group, so a copy added to the batch changes no other article's links.
    firsts = sorted(set(group))
    # the articles' rows, then their ledes' rows (headline and first paragraphs) weighted alike
    rows, doc_terms = _tfidf([k.entities for k in keys]
                             + [k.entities if k.lede_entities is None else k.lede_entities
                                for k in keys],
                             [k.entity_counts for k in keys]
                             + [k.entity_counts if k.lede_counts is None else k.lede_counts
                                for k in keys],
                             fit_rows=firsts, prior_documents=cfg["idf_prior_documents"])
    docs, ledes = rows[:n], rows[n:]
    # Names few articles share (a company, a person, a town; not "Corp" or "Qtr"): two
    # articles about the same event share at least one.
    seen = (docs > 0).astype(np.float32).tocsc()
    df = np.diff(seen[firsts].tocsc().indptr)
    rare = np.flatnonzero((df <= max(_FEW_ARTICLES, cfg["max_shared_name_share"] * len(firsts)))
                          & (doc_terms < _NUMERIC))
    rare_names = seen[:, rare].tocsr()
    # No IDF for claims: in a batch full of coverage of one event, that event's own words are
    # the most frequent, and IDF would discount exactly the words that show agreement.
    claim_vec, _ = _tfidf([c.terms for k in keys for c in k.claims],
                          [np.ones(len(c.terms), dtype=np.float32) for k in keys for c in k.claims],
                          idf=False)
    index_bytes = sum(m.data.nbytes + m.indices.nbytes + m.indptr.nbytes
                      for m in (docs, claim_vec, rare_names))

    neighbours = _neighbours(docs, cfg["max_neighbours"], cfg["min_document_cosine"])
    _add_lede_neighbours(neighbours, docs, ledes, cfg)
    same_day = _add_same_day_neighbours(neighbours, docs, keys, cfg, str(rules.directory))
    contained = _contained_pairs(keys, neighbours, group, cfg)
    if contained:
        # one text inside another: copies too, found among the articles alike enough to be
        # compared (the index of near duplicates does not reach them); the names' rarity was
        # counted with them apart
        group, duplicates = origin_groups(keys, rules, contained)
        sizes = {}
        for g in group:
            sizes[g] = sizes.get(g, 0) + 1
        origin = [keys[g].path if sizes[g] > 1 else None for g in group]
    state = _MatchState(keys, group, neighbours, rare_names, claim_vec, first_claim, claim_doc,
                        cfg, docs, same_day,
                        frozenset((min(i, j), max(i, j)) for i, j, _ in contained))
    links = _match(state, range(n), jobs)
    if state.inside:
        links = _added_claims_only(links, state.inside, keys)
    # a headline is linked on its own evidence, never a go-between: its few words match
    # every claim of its story
    headlines = {(i, c.id) for i, k in enumerate(keys) for c in k.claims if c.headline}
    copied = [(i, a, j, b) for verdict, i, a, j, b, _ in links if verdict == _COPY]
    links = [x for x in links if x[0] != _COPY]
    not_independent = {frozenset(((i, a), (j, b))) for i, a, j, b in copied}
    series = _series(keys, group, links, cfg["min_series_figures"])
    links = [x for x in links if x[0] != _OTHER]
    links = [x for x in links if not _in_series(x, series)]
    for _ in range(cfg["shared_corroborator_rounds"]):
        links += _shared_corroborators(state, [(i, a, j, b) for ok, i, a, j, b, _ in links
                                               if ok is True and (i, a) not in headlines
                                               and (j, b) not in headlines], not_independent)
        links = [x for x in links if not _in_series(x, series)]
    grounds: dict[tuple[int, str], list[str]] = {}
    partly: dict[tuple[int, str], list[str]] = {}
    for verdict, i, a, j, b, why in links:
        target = supports if verdict is True else conflicts if verdict is False else partly
        target.setdefault((i, a), []).append(f"{keys[j].path}#{b}")
        target.setdefault((j, b), []).append(f"{keys[i].path}#{a}")
        grounds.setdefault((i, a), []).append(f"{keys[j].path}#{b}: {why}")
        grounds.setdefault((j, b), []).append(f"{keys[i].path}#{a}: {why}")
    copies = {keys[i].path: o for i, o in enumerate(origin) if o is not None}
    return CrossLinks(supports, conflicts, origin, duplicates, index_bytes, grounds, copies,
                      [k.path for k in keys], partly, _claim_origins(keys, copied, copies),
                      _voices_of_references(keys, supports))


def _voices_of_references(keys: list[ArticleKey], supports: dict[tuple[int, str], list[str]]
                          ) -> dict[tuple[int, str], dict[str, str]]:
    """For each claim, the references of its support that are one voice (:func:`_one_voice`)
    with an earlier one of another article: ``path#claim`` -> the first of them.  "The
    regional fire service said" in one outlet and "fire chief Peter Vasko said" in another
    confirm a third outlet's claim once, as they would in one article."""
    index = {k.path: n for n, k in enumerate(keys)}
    claim = {(n, c.id): c for n, k in enumerate(keys) for c in k.claims}
    out: dict[tuple[int, str], dict[str, str]] = {}
    for here, refs in supports.items():
        if len(refs) < 2:
            continue
        found = []
        for ref in refs:
            path, _, cid = ref.rpartition("#")
            n = index.get(path)
            if n is not None and (n, cid) in claim:
                found.append((ref, n, claim[n, cid]))
        same: dict[str, str] = {}
        for k, (ref, n, c) in enumerate(found):
            for first, m, d in found[:k]:
                if m != n and _one_voice(d, c, keys[m], keys[n]):
                    same[ref] = same.get(first, first)
                    break
        if same:
            out[here] = same
    return out


def _add_lede_neighbours(neighbours: list[dict[int, float]], docs, ledes, cfg: dict) -> None:
    """Add to ``neighbours`` the later articles whose headline and first paragraphs name what
    an article's do (name/figure cosine of the ledes at least ``min_lede_cosine``), with the
    cosine of the whole articles: two ordinary-length stories of one event each name many
    other people (a survivor, a doctor, the harbour master), which pulls their whole-article
    cosine below ``min_document_cosine``, while their ledes name the event's own few."""
    for i, near in enumerate(_neighbours(ledes, cfg["max_neighbours"], cfg["min_lede_cosine"])):
        more = [j for j in near if j not in neighbours[i]]
        if more:
            cosines = (docs[i] @ docs[more].T).toarray()[0]
            neighbours[i] = dict(sorted({**neighbours[i],
                                         **{j: float(c) for j, c in zip(more, cosines,
                                                                       strict=True)}}.items()))


def _add_same_day_neighbours(neighbours: list[dict[int, float]], docs, keys: list[ArticleKey],
                             cfg: dict, directory: str) -> frozenset[tuple[int, int]]:
    """Add to ``neighbours`` the later articles of name/figure cosine at least
    ``min_same_day_document_cosine`` whose headline or lede claims report the same kind of
    action (``[events]``) with one named participant (a person, an organization, a ship; not
    a known place: two shootings in one city on one night are two events; review 17) on the
    same calendar day as an article's ("the MV Kahindo capsized … on Thursday night" in a
    paper of Friday, "died when the MV Kahindo overturned … on Thursday night" in one of
    Saturday): the event's signature, who, what and when, where the whole articles name too
    many other people to be alike.  Undated articles have no such day (a weekday alone is no date).
    Returns those pairs (i, j), i < j, added or not: one event, as sure as very alike articles
    (``min_event_document_cosine``) make it."""
    where = _gazetteer_hashes(directory)

    def who(c: ClaimKey) -> frozenset[frozenset[int]]:
        """The named people and organizations of a claim, each by its hashed name words, but
        a known place's ("Chicago")."""
        return frozenset(e for e in c.who if not e <= where)

    days = [[(c.events, c.times, w) for c in k.claims if c.key and c.events
             and (w := who(c))
             and any(t.kind == "days" and t.first == t.last for t in c.times)] for k in keys]
    if sum(1 for d in days if d) < 2:
        return frozenset()
    pairs = set()
    for i, near in enumerate(_neighbours(docs, cfg["max_neighbours"],
                                         cfg["min_same_day_document_cosine"])):
        if not days[i]:
            continue
        for j, cosine in near.items():
            if any(ei & ej and wi & wj and shared_day(ti, tj)
                   for ei, ti, wi in days[i] for ej, tj, wj in days[j]):
                pairs.add((i, j))
                if j not in neighbours[i]:
                    neighbours[i] = dict(sorted({**neighbours[i], j: cosine}.items()))
    return frozenset(pairs)


@cache
def _gazetteer_hashes(directory: str) -> frozenset[int]:
    """The hashed words (:func:`_name_word_hashes`) of the names of countries, regions and
    large cities (the entity layer's ``entity_places.txt`` and ``entity_cities.txt``)."""
    from credibility.entities.lexicon import load_lexicon

    lex = load_lexicon(directory)
    name_word_hash = _name_word_hashes(directory)
    return frozenset(h for name in lex.places | lex.cities for w in _WORD.findall(name.lower())
                     if (h := name_word_hash[w]) is not None)


def _in_series(link: tuple, series: set[tuple[int, str]]) -> bool:
    """Whether a link (verdict, i, a, j, b, why) falls to :func:`_series`: a conflict with a
    claim of a series at either end (its figure is one of a run of values, not one event's
    other figure), any link between two claims of a series."""
    ends = ((link[1], link[2]) in series, (link[3], link[4]) in series)
    return any(ends) if link[0] is False else all(ends)


def _series(keys: list[ArticleKey], group: list[int], links: list, min_figures: int
            ) -> set[tuple[int, str]]:
    """The claims of undated articles that belong to a series: (article index, claim id).

    A claim of an undated article that conflicts with claims of other undated articles (or
    would, but for their naming other companies: ``_OTHER``) giving, with its own, at least
    ``min_figures`` different figures of one quantity (counted once per
    origin group: a copy adds no figure) reports a value that changes from issue to issue: the
    Fed funds rate "averaged 6.22 pct yesterday", a crude posting, a week's tonnage.  Without
    dates nothing says two of them are of one day, so the claims of a series neither conflict
    with nor confirm one another (:func:`recurring` says the same of two issues under one
    headline).  Three reports of one event with three different tolls, undated, are read the
    same way: nothing says they are not three days' counts."""
    figures: dict[tuple[int, str], dict[int, Quantity]] = {}
    for verdict, i, a, j, b, _ in links:
        if (verdict is not False and verdict != _OTHER) or keys[i].published \
                or keys[j].published:
            continue
        ca = next(c for c in keys[i].claims if c.id == a)
        cb = next(c for c in keys[j].claims if c.id == b)
        _, qa, qb = agreement(ca.quantities, cb.quantities)
        if qa is None:
            continue
        figures.setdefault((i, a), {group[i]: qa}).setdefault(group[j], qb)
        figures.setdefault((j, b), {group[j]: qb}).setdefault(group[i], qa)
    out = set()
    for node, by_origin in figures.items():
        distinct: list[Quantity] = []
        for q in by_origin.values():
            if not any(q.agrees(d) for d in distinct):
                distinct.append(q)
        if len(distinct) >= min_figures:
            out.add(node)
    return out


def _claim_origins(keys: list[ArticleKey], copied: list[tuple[int, str, int, str]],
                   copies: dict[str, str]) -> dict[str, str]:
    """``path#claim`` of each claim copied word for word -> one key for all the copies of its
    text: the origin (copy group, else path) of the earliest published article among them."""
    parent: dict[tuple[int, str], tuple[int, str]] = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def first(x):
        return (keys[x[0]].published or "9999", x[0], x[1])

    for i, a, j, b in copied:
        x, y = find((i, a)), find((j, b))
        if x != y:
            x, y = sorted((x, y), key=first)
            parent[y] = x
    out = {}
    for node in parent:
        root = keys[find(node)[0]].path
        out[f"{keys[node[0]].path}#{node[1]}"] = copies.get(root, root)
    return out


def _shared_corroborators(state: _MatchState, links: list[tuple[int, str, int, str]],
                          copied: set[frozenset] = frozenset()) -> list:
    """Support between two claims that several other claims each support, both.

    Three articles' claims that each corroborate "the blast killed three" in article A and
    "a bomb left three dead" in article B say A and B's claims report one event even where the
    two share too few words to be matched directly.  Added only between articles that share a
    rare name and are somewhat alike (a lower bar than for direct matches: the shared
    corroborators vouch for the pair), for two claims naming the same kind of action
    (``[events]``) in the same year or none, with figures that do not disagree, from
    independent sources, not one text copied (``copied``: pairs of (article, claim)); claims
    with more than ``max_neighbours`` links are not used as go-betweens (that bounds the work).
    """
    keys, group, cfg = state.keys, state.group, state.cfg
    need = cfg["min_shared_corroborators"]
    linked: dict[tuple[int, str], set[tuple[int, str]]] = {}
    for i, a, j, b in links:
        linked.setdefault((i, a), set()).add((j, b))
        linked.setdefault((j, b), set()).add((i, a))
    claims = {(i, c.id): c for i in {i for i, _ in linked} for c in keys[i].claims}
    shared: dict[tuple, set[tuple[int, str]]] = {}
    for middle in sorted(linked):
        around = sorted(linked[middle])
        if len({group[k] for k, _ in around}) > cfg["max_neighbours"]:
            continue
        for x, z in combinations(around, 2):
            if x[0] != z[0] and z not in linked[x] and group[x[0]] != group[z[0]]:
                # go-betweens counted by origin: a story and its reprint vouch once
                shared.setdefault((x, z), set()).add((group[middle[0]], middle[1]))
    out = []
    alike: dict[tuple[int, int], bool] = {}
    rows: dict[int, object] = {}

    def doc_row(k: int):
        """Row k of the articles' matrix, sliced once (a scipy slice costs more than the product)."""
        if k not in rows:
            rows[k] = state.docs[k]
        return rows[k]

    rare_indptr, rare_indices = state.rare_names.indptr, state.rare_names.indices

    def rare_columns(k: int) -> set[int]:
        """The rare names of article k (a shared one: the rows' product, all ones, is positive)."""
        return set(rare_indices[rare_indptr[k]:rare_indptr[k + 1]].tolist())
    # only the pairs with enough go-betweens are sorted (a sixth of them on Reuters)
    for (x, z), count in sorted((pair, len(middles)) for pair, middles in shared.items()
                                if len(middles) >= need):
        cx, cz = claims[x], claims[z]
        if frozenset((x, z)) in copied:
            continue
        if not cx.events & cz.events or cx.years != cz.years or _agree(cx, cz) is False \
                or cx.denied != cz.denied or cx.reverses != cz.reverses \
                or unmatched(cx.quantities, cz.quantities) \
                or counted_alone(cx.quantities, cz.quantities):
            continue
        if compatible(cx.times, cz.times) is False:
            continue
        if _one_voice(cx, cz, keys[x[0]], keys[z[0]]):
            continue
        i, j = sorted((x[0], z[0]))
        if recurring(keys[i], keys[j]) or reprinted(keys[i], keys[j]):
            continue
        if (not cx.attributed and not cz.attributed and keys[i].outlet
                and keys[i].outlet == keys[j].outlet):
            continue
        if (i, j) not in alike:
            # the cosine _neighbours found (the same product), else the rows' product
            cosine = state.neighbours[i].get(j) if state.neighbours else None
            if cosine is None:
                cosine = float((doc_row(i) @ doc_row(j).T).toarray()[0, 0])
            alike[i, j] = (cosine >= cfg["min_shared_corroborator_document_cosine"]
                           and not rare_columns(i).isdisjoint(rare_columns(j)))
        if alike[i, j]:
            out.append((True, x[0], x[1], z[0], z[1],
                        f"{_same_event(cx, cz)}, {count} claims elsewhere confirm both"))
    return out


@dataclass(frozen=True)
class _MatchState:
    """Everything the per-article matching loop reads (shared with forked workers)."""

    keys: list
    group: list
    neighbours: list
    rare_names: object
    claim_vec: object
    first_claim: object
    claim_doc: object
    cfg: dict
    docs: object = None
    """The articles' name/figure TF-IDF rows (their cosine says how alike two articles are)."""
    same_day: frozenset = frozenset()
    """Pairs of articles (i, j), i < j, whose ledes report one kind of action on one day
    (:func:`_add_same_day_neighbours`)."""
    inside: frozenset = frozenset()
    """Pairs of articles (i, j), i < j, of one origin group only because one's text lies
    inside the other's (:func:`_contained_pairs`): their claims are still matched, so that a
    claim the longer adds may confirm the shorter's (:func:`_added_claims_only`)."""


_WORKER_STATE: list[_MatchState] = []
"""Set in a forked worker only (inherited, never pickled); see :func:`_match`."""


def _match(state: _MatchState, articles: range, jobs: int):
    """The links of the given articles, in article order: (support?, i, claim, j, claim)."""
    chunk = 256
    if jobs <= 1 or sys.platform != "linux" or len(articles) < 4 * chunk:
        return _match_range(state, articles.start, articles.stop)
    import multiprocessing

    ranges = [(k, min(k + chunk, articles.stop)) for k in range(articles.start, articles.stop,
                                                                 chunk)]
    _WORKER_STATE.append(state)  # inherited by the forked workers
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            parts = pool.starmap(_match_in_worker, ranges)
    finally:
        _WORKER_STATE.clear()
    return [link for part in parts for link in part]


def _match_in_worker(start: int, stop: int) -> list:
    return _match_range(_WORKER_STATE[-1], start, stop)


def _match_range(state: _MatchState, start: int, stop: int) -> list:
    import numpy as np

    keys, group, cfg = state.keys, state.group, state.cfg
    first_claim, claim_doc, claim_vec = state.first_claim, state.claim_doc, state.claim_vec
    min_cos, min_cos_figure = cfg["min_cosine"], cfg["min_cosine_same_figure"]
    min_cos_key = cfg["min_key_claim_cosine"]
    min_cos_event = cfg["min_event_cosine"]
    min_doc_event = cfg["min_event_document_cosine"]
    min_cos_main_event = cfg["min_main_event_cosine"]
    lowest = min(min_cos, min_cos_figure, min_cos_key, min_cos_event, min_cos_main_event)
    min_ent = cfg["min_shared_entities"]
    max_days = cfg["max_days_apart"]
    out = []
    pending = []
    main_events = {i: _main_events(keys[i]) for i in range(start, stop)}
    rare_indptr, rare_indices = state.rare_names.indptr, state.rare_names.indices
    rare_sets: dict[int, set[int]] = {}
    ledes: dict[int, tuple] = {}

    def lede_times(k: int) -> tuple:
        """When the article's headline and lede claims say its event happened: two articles
        whose ledes put it on different days report two events ("struck … on Tuesday" in
        Copiapo, "struck … on Friday" in Vallenar)."""
        if k not in ledes:
            ledes[k] = tuple(t for c in keys[k].claims if c.key for t in c.times)
        return ledes[k]

    def rare_columns(k: int) -> set[int]:
        if k not in rare_sets:
            rare_sets[k] = set(rare_indices[rare_indptr[k]:rare_indptr[k + 1]].tolist())
        return rare_sets[k]

    def partner_claims():
        """(article, the claims of its partners: rows of claim_vec) for each article that has
        partners to match."""
        for i in range(start, stop):
            partners = [j for j in state.neighbours[i]
                        if (group[j] != group[i] or (min(i, j), max(i, j)) in state.inside)
                        and keys[j].claims
                        and _days_apart(keys[i].published, keys[j].published) <= max_days
                        and not recurring(keys[i], keys[j])
                        and compatible(lede_times(i), lede_times(j)) is not False]
            if not partners or not keys[i].claims:
                continue
            # a shared rare name: the rows of rare_names hold only ones, so the product that this
            # once was is positive exactly where the rows' columns meet (sets: no scipy call each)
            names_i = rare_columns(i)
            partners = [j for j in partners if not names_i.isdisjoint(rare_columns(j))]
            if partners:
                yield i, np.concatenate([np.arange(first_claim[j], first_claim[j + 1])
                                         for j in partners])

    copy_jaccard = cfg["copied_claim_jaccard"]
    for i, cols, sims in _claim_cosines(claim_vec, first_claim, partner_claims()):
        alike = state.neighbours[i]
        for b, a in zip(*np.nonzero(sims >= lowest), strict=True):
            ca = keys[i].claims[a]
            j = int(claim_doc[cols[b]])
            cb = keys[j].claims[int(cols[b] - first_claim[j])]
            if _copied(ca, cb, copy_jaccard):
                out.append((_COPY, i, ca.id, j, cb.id, ""))
                continue  # one text copied: one origin, not two reports
            if ca.times and cb.times and compatible(ca.times, cb.times) is False:
                continue  # another day's (week's, month's) event: not the same event
            if ca.denied != cb.denied:
                continue  # "denied that it had ignored warnings" / "ignored warnings"
            if ca.reverses != cb.reverses:
                continue  # "have withdrawn their offer" / "have offered a contract": the undoing
                #           of an action is another event
            if _different_entities(ca.actor, cb.actor):
                continue  # "Unocal said it raised its posted prices" / "Marathon said it
                #           lowered …": two companies' acts, not one event
            if not _years_compatible(ca, cb, keys[i].published, keys[j].published):
                continue  # "in 2008, he stopped Thompson": an earlier event, told as background
            agree = _agree(ca, cb)
            if agree is None and _unmet_amounts(ca, cb):
                continue  # "to $3.6 billion" / "expected revenue of $3.5 billion": when both
                #           give amounts in one unit, one of them must meet the other's
            same_event = ((alike[j] >= min_doc_event or (i, j) in state.same_day)
                          and ca.years == cb.years and ca.events & cb.events)
            if j not in main_events:
                main_events[j] = _main_events(keys[j])
            main_event = (ca.years == cb.years
                          and ca.events & cb.events & main_events[i] & main_events[j])
            said_alike = (sims[b, a] >= min_cos or (agree and sims[b, a] >= min_cos_figure)
                          or (ca.key and cb.key and sims[b, a] >= min_cos_key
                              and (agree or ca.events & cb.events)))
            if not said_alike and (agree is False or not (
                    (same_event and sims[b, a] >= min_cos_event)
                    or (main_event and sims[b, a] >= min_cos_main_event))):
                continue  # an event named in other words with other figures: no conflict
            if sims[b, a] < min_cos and not agree and not ca.names & cb.names:
                continue  # said in other words, no figure in common: the same participants
                #           or place must be named in both
            voice = _one_voice(ca, cb, keys[i], keys[j])
            if voice and (agree is not False or not keys[i].published or not keys[j].published
                          or _days_apart(keys[i].published, keys[j].published) > 0):
                continue  # the same named source quoted in two outlets is one source; but two
                #           outlets giving one source's figure differently on one day is a
                #           conflict: one of them misreports it (undated or on other days, a
                #           source's recurring reports: "The Bank of England said it revised
                #           its forecast … to around 700 mln stg" / "… 500 mln stg")
            if reprinted(keys[i], keys[j]):
                continue  # a reprint credited in words, though its text is not a near copy
            if (not ca.attributed and not cb.attributed and keys[i].outlet
                    and keys[i].outlet == keys[j].outlet):
                continue  # one outlet's own voice twice
            if ca.names and cb.names and len(ca.names & cb.names) < min_ent and not same_event:
                continue
            # a conflict is about one quantity of one event: the same people or organizations
            # take part, or the same kind of action at the same place ("will be listed in
            # Luxembourg", said of two companies' bonds, is no event), or the two articles' lede
            # claims confirm each other (below); never when the claims, or the two articles'
            # ledes, name different people or organizations ("Torchmark Corp is raising 200 mln
            # dlrs" / "North American Philips Corp is raising 100 mln dlrs")
            if agree is False and _different_entities(ca.who, cb.who):
                # "Mobil Oil Corp … 107.2 mln dlr contract" / "Shell Oil Co … 104.3 mln": other
                # companies, no conflict; kept aside as another figure of the quantity for
                # :func:`_series` (a template of many companies' issues is a series too)
                out.append((_OTHER, i, ca.id, j, cb.id, ""))
                continue
            if agree is False and (_different(ca.participants, cb.participants)
                                   or _different(keys[i].subjects, keys[j].subjects)):
                continue
            nameless = agree is False and not ca.participants & cb.participants and not (
                ca.names & cb.names and ca.events & cb.events) and not _same_entities(
                ca.actor, cb.actor)     # "Corvane Foods said it would cut 4,500 jobs" / "…
            #                             5,200 jobs": the company's own act, named
            if (nameless and not ca.names & cb.names
                    and not (sims[b, a] >= min_cos and ca.events & cb.events)):
                continue  # another figure for something else: a conflict needs the same names,
                #           or the same words for the same kind of action in two articles whose
                #           ledes confirm each other (below)
            sim = float(sims[b, a])
            if (ca.headline or cb.headline) and (
                    agree is False or not said_alike
                    or not _shared_entity(ca.who, cb.who)):
                continue  # a headline ("Red Sox offer Teixeira $200 million") names the event
                #           and its people: said alike, about someone both name, figures
                #           agreeing (or none in either); its few words never make a conflict
                #           or a partial confirmation of other figures
            how = ("said alike" if sim >= min_cos else "same figure, said alike"
                   if agree and sim >= min_cos_figure else "both lede claims"
                   if ca.key and cb.key and sim >= min_cos_key else "same kind of action"
                   if same_event and sim >= min_cos_event else "the story's main event")
            verdict, grounds = agree is not False, _grounds(ca, cb)
            if verdict and (apart := unmatched(ca.quantities, cb.quantities)):
                # one event, different facts of it ("300 homes destroyed" / "12 killed"): the
                # event is confirmed, neither claim is
                verdict = None
                grounds = (f"{PARTLY}{grounds}; different figures ({apart[0].describe()} / "
                           f"{apart[1].describe()})")
            elif verdict and (alone := counted_alone(ca.quantities, cb.quantities)):
                verdict = None      # the casualties told by one claim only
                grounds = f"{PARTLY}{grounds}; a figure only one gives ({alone.describe()})"
            elif verdict and (raised := floor_raised(ca.quantities, cb.quantities,
                                                     cfg["min_count_above_floor"])):
                verdict = None      # "at least 14" / "Twenty-three": another count
                grounds = (f"{PARTLY}{_same_event(ca, cb)}; a count above the floor "
                           f"({raised[1].describe()} / {floor_text(raised[0])})")
            if verdict is not True and (ca.headline or cb.headline):
                continue    # (a headline confirms or is confirmed, never partly)
            if voice and verdict is False:
                grounds += "; the same source in both reports"
            link = (verdict, i, ca.id, j, cb.id, f"{grounds} ({how}, cosine {sim:.2f})")
            # a conflict tells an editor that two reports disagree on one fact, so the event
            # must be established: both claims name one time ("on Monday" / "on Monday"), or
            # both are lede claims about the very same people or organizations, or the two
            # articles' lede claims confirm each other (below); figures of two companies'
            # offerings, two days' prices or two contracts are no disagreement
            established = bool(ca.times and cb.times and compatible(ca.times, cb.times)) or (
                ca.key and cb.key and (_same_entities(ca.who, cb.who)
                                       or _same_entities(ca.actor, cb.actor)))
            (pending if nameless or (verdict is False and not established) else out).append(link)
    if pending:
        # "23 people were taken to hospital" / "31 …": naming nothing, two claims conflict only
        # where the two articles' lede claims confirm each other (one event, established)
        key_ids = {k: {c.id for c in keys[k].claims if c.key}
                   for k in {x[1] for x in pending} | {x[3] for x in pending}}
        ledes = {(i, j) for ok, i, a, j, b, _ in out
                 if ok in (True, None) and a in key_ids.get(i, ()) and b in key_ids.get(j, ())}
        out += [x for x in pending if (x[1], x[3]) in ledes]
        out.sort(key=lambda x: (x[1], x[3]))
    return out


_COPY = "copy"
"""The verdict of a pair of claims that are one text copied (:func:`_copied`): no link."""
_OTHER = "other"
"""The verdict of two figures of one quantity said of different people or organizations: no
link, but a figure of the quantity for :func:`_series`."""


def _claim_cosines(claim_vec, first_claim, articles):
    """For each (article, rows of its partners' claims) of ``articles``: the article, the rows,
    and the cosines of those claims (rows) with the article's claims (columns), a dense array.

    One sparse product serves a run of articles, as many as keep its dense form under
    ``_COSINE_CELLS`` cells (a product per article cost more in scipy's bookkeeping than in
    arithmetic).  Each cosine is the float the article's own product gives: an entry sums the
    products of one row of the left matrix, in that row's order, whatever other rows and columns
    the product has.
    """
    import numpy as np

    def cosines(block):
        rows = np.unique(np.concatenate([cols for _, cols in block]))
        lo, hi = first_claim[block[0][0]], first_claim[block[-1][0] + 1]
        sims = (claim_vec[rows] @ claim_vec[lo:hi].T).toarray()
        for i, cols in block:
            yield i, cols, sims[np.ix_(np.searchsorted(rows, cols),
                                       np.arange(first_claim[i] - lo, first_claim[i + 1] - lo))]

    block: list = []
    rows = 0
    for i, cols in articles:
        # at most this many rows (fewer where articles share partners) by the claims' span
        if block and (rows + len(cols)) * (first_claim[i + 1] - first_claim[block[0][0]]) \
                > _COSINE_CELLS:
            yield from cosines(block)
            block, rows = [], 0
        block.append((i, cols))
        rows += len(cols)
    if block:
        yield from cosines(block)


_COSINE_CELLS = 1 << 18


def _unmet_amounts(a: ClaimKey, b: ClaimKey) -> bool:
    """Both claims give amounts in one unit ("$", "%", "£" …) and none of one meets any of the
    other's: whatever they count, they do not say the same thing."""
    units = {q.unit for q in a.quantities if q.unit} & {q.unit for q in b.quantities if q.unit}
    for unit in units:
        xs = [q for q in a.quantities if q.unit == unit]
        ys = [q for q in b.quantities if q.unit == unit]
        if not any(x.agrees(y) for x in xs for y in ys):
            return True
    return False


def _different(a: frozenset[int], b: frozenset[int]) -> bool:
    """Both name someone (hashed name words of people and organizations), and no one in common."""
    return bool(a) and bool(b) and a.isdisjoint(b)


def _different_entities(a: frozenset[frozenset[int]], b: frozenset[frozenset[int]]) -> bool:
    """Both name someone (``ClaimKey.who``), and no one of the one is one of the other: an
    entity is another's when its name words are all among the other's ("Oyelowo" / "Marcus
    Oyelowo", "Nippon Life" / "Nippon Life Insurance Co"); "Mobil Oil Corp" and "Shell Oil Co"
    share a word, not a company."""
    return bool(a) and bool(b) and not any(x <= y or y <= x for x in a for y in b)


def _shared_entity(a: frozenset[frozenset[int]], b: frozenset[frozenset[int]]) -> bool:
    """Someone (``ClaimKey.who``) named in both, by all its name words or a shorter form."""
    return any(x <= y or y <= x for x in a for y in b)


def _same_entities(a: frozenset[frozenset[int]], b: frozenset[frozenset[int]]) -> bool:
    """Both name someone (``ClaimKey.who``), and each one named in either is named in the
    other (by all its name words, or a shorter form of them: "Harbor Mills" / "Harbor Mills
    Corp")."""
    return bool(a) and bool(b) and all(any(x <= y or y <= x for y in b) for x in a) \
        and all(any(x <= y or y <= x for x in a) for y in b)


def _years_compatible(a: ClaimKey, b: ClaimKey, published_a: str | None,
                      published_b: str | None) -> bool:
    """Whether the years two claims name allow one event: both name one of the same years, or
    neither names a year, or the one that names years names the other's year of publication
    (a claim without a year is about the time of its article)."""
    if a.years and b.years:
        return not a.years.isdisjoint(b.years)
    if not a.years and not b.years:
        return True
    named, other_published = (a.years, published_b) if a.years else (b.years, published_a)
    return bool(other_published) and int(other_published[:4]) in named


def _one_voice(ca: ClaimKey, cb: ClaimKey, ka: ArticleKey, kb: ArticleKey) -> bool:
    """Two claims that may be one named source's word: the same named source, or an unnamed
    source's claim in an article that also quotes the other claim's named source ("30 injured,
    emergency officials said" beside the agency's spokesman Farouk, and another outlet quoting
    Farouk: one voice)."""
    if ca.speaker is not None and cb.speaker is not None and (
            ca.speaker == cb.speaker or _short_name_of(ca.speaker, cb.speaker)
            or _short_name_of(cb.speaker, ca.speaker)):
        return True     # "Oyelowo" in one outlet, "Marcus Oyelowo" in another: one person
    if _shared_voice(ca.voices, cb.voices):
        return True     # the police and the police's spokesman: one organization's word;
        #                 "the governor" and Governor Mark Hale: one person's

    def relays(x: ClaimKey, y: ClaimKey, kx: ArticleKey) -> bool:
        return x.attributed and x.speaker is None and y.speaker is not None \
            and y.speaker in _speakers(kx)
    # a press release and a story that quotes its issuer: the issuer's word twice
    return relays(ca, cb, ka) or relays(cb, ca, kb) or _quotes_issuer(ka, kb) \
        or _quotes_issuer(kb, ka)


def _short_name_of(short: str, full: str) -> bool:
    """Whether a one-word named source ("named:oyelowo") is the surname of a person or the
    first word of an organization another outlet names in full ("named:marcus oyelowo",
    "named:xerox corp"): an outlet that never gives the first name still quotes the same
    source, and one source in two outlets is no independent confirmation."""
    s, f = short.split(":", 1)[1].split(), full.split(":", 1)[1].split()
    return len(s) == 1 and len(f) > 1 and s[0] in (f[0], f[-1])


def _speakers(key: ArticleKey) -> set[str]:
    """The named sources an article quotes (``ClaimKey.speaker``)."""
    return {c.speaker for c in key.claims if c.speaker is not None}


def _same_event(a: ClaimKey, b: ClaimKey) -> str:
    """"same event (Copiapo, 2 Aug 2020)": the names and the day the two claims share."""
    names = sorted(set(a.place_names) & set(b.place_names), key=lambda p: (-len(p), p))[:2]
    day = shared_day(a.times, b.times)
    what = [*(n.title() for n in names), *([day.describe()] if day else [])]
    return f"same event ({', '.join(what)})" if what else "same event"


def _grounds(a: ClaimKey, b: ClaimKey) -> str:
    """Why two claims of two articles link, in words: the event, then the figures."""
    verdict, qa, qb = agreement(a.quantities, b.quantities)
    if verdict is True:
        return f"{_same_event(a, b)}, figure {_figure_fit(qa, qb)}"
    if verdict is False:
        return f"{_same_event(a, b)}, figure {qb.describe()} against {qa.describe()}"
    said = kind_words(a.event_words, b.event_words, a.events & b.events)
    return _same_event(a, b) + (f", {said}" if said else "")


def _main_events(key: ArticleKey) -> frozenset[str]:
    """What the article is about: the kinds of action its headline and lede claims report."""
    return frozenset().union(*(c.events for c in key.claims if c.key))


def apply_links(report, index: int, links: CrossLinks, rules: Rules | None = None):
    """The report with its cross-article support, conflicts and origin group, re-scored."""
    from credibility.score import score_claims, score_headline, summarize

    rules = rules or load_rules()
    head = report.headline
    if head is not None and (index, head.id) in links.supports:
        # (a headline is only ever confirmed, never partly: _match_range)
        head = score_headline(replace(
            head, corroboration="corroborated",
            corroborated_by=tuple(sorted(links.supports[(index, head.id)])),
            links=tuple(sorted(links.grounds.get((index, head.id), ())))), rules)
        report = replace(report, headline=head)
    changed = False
    claims = []
    for c in report.claims:
        more = links.supports.get((index, c.id), [])
        against = links.conflicts.get((index, c.id), [])
        partly = links.partly.get((index, c.id), [])
        if more or against or partly:
            changed = True
            c = replace(c, corroboration="corroborated" if (c.corroborated_by or more)
                        else c.corroboration,
                        corroborated_by=c.corroborated_by + tuple(sorted(more)),
                        partly_corroborated_by=c.partly_corroborated_by + tuple(sorted(partly)),
                        conflicts_with=c.conflicts_with + tuple(sorted(against)),
                        links=c.links + tuple(sorted(links.grounds.get((index, c.id), ()))))
        claims.append(c)
    origin = links.origin_group[index]
    if not changed:
        return report if origin == report.origin_group else replace(report, origin_group=origin)
    # scored on one reference per origin group: a story and its reprints confirm once (a
    # claim is copied only where that changes it: most claims have no link to a copy)
    once = [c if refs == c.corroborated_by else replace(c, corroborated_by=refs)
            for c in claims
            for refs in (_one_per_origin(c.corroborated_by, links.copies, links.claim_origins,
                                         links.one_voice.get((index, c.id))),)]
    scored = score_claims(report.document, report.sources, tuple(once), rules)
    claims = tuple(_with_all_references(s, c.corroborated_by, o.corroborated_by)
                   for s, c, o in zip(scored, claims, once, strict=True))
    # the findings count independent confirmations as the score does: a reprint is none
    counted = tuple(c if c.corroborated_by == o.corroborated_by
                    else replace(c, corroborated_by=o.corroborated_by)
                    for c, o in zip(claims, once, strict=True))
    return replace(report, claims=claims, origin_group=origin,
                   summary=summarize(report.document, report.sources, counted, rules))


def _with_all_references(scored, refs: tuple[str, ...], once: tuple[str, ...]):
    """A claim scored on one reference per origin group (``once``), given back all its
    references ``refs`` and the reasons that name them (itself where nothing changes)."""
    reasons = _origin_reasons(scored.reasons, refs, once)
    if refs == scored.corroborated_by and reasons == scored.reasons:
        return scored
    return replace(scored, corroborated_by=refs, reasons=reasons)


def _one_per_origin(refs: tuple[str, ...], copies: dict[str, str],
                    claim_origins: dict[str, str] | None = None,
                    one_voice: dict[str, str] | None = None) -> tuple[str, ...]:
    """The references with one per origin group of articles (the first, in order); claims
    copied word for word (``claim_origins``) count as their text's origin, and claims of one
    voice in two outlets (``one_voice``) as the first of them."""
    seen, out = set(), []
    for ref in refs:
        ref_of = (one_voice or {}).get(ref, ref)
        path, _, _ = ref_of.rpartition("#")
        origin = (claim_origins or {}).get(ref_of) or (copies.get(path, path) if path
                                                       else ref_of)
        if origin not in seen:
            seen.add(origin)
            out.append(ref)
    return tuple(out)


_CORROBORATED_REASON = "corroborated by "


def _origin_reasons(reasons: tuple[str, ...], refs: tuple[str, ...], once: tuple[str, ...]
                    ) -> tuple[str, ...]:
    """The score's reasons, with the corroboration reason naming every article when copies were
    counted once: "corroborated by 2 independent sources, 3 articles (a.txt#C1, …)"."""
    if len(refs) == len(once):
        return reasons
    articles = len({r.rpartition("#")[0] for r in refs if "#" in r})
    shown = ", ".join(refs[:4]) + (" …" if len(refs) > 4 else "")
    out = []
    for reason in reasons:
        if reason.startswith(_CORROBORATED_REASON):
            head = reason.split(" (", 1)[0]
            reason = f"{head}, {articles} articles (copies counted once: {shown})"
        out.append(reason)
    return tuple(out)


def corroborate_batch(reports, rules: Rules | None = None):
    """Corroborate claims across the articles of a batch (see :func:`cross_links`).

    Args:
        reports: the per-article reports, in any order.

    Returns:
        The reports in the same order, with cross-article ``corroborated_by`` and
        ``conflicts_with`` entries (``"<document.path>#<claim id>"``), ``origin_group`` set for
        copies and reprints, and scores and summaries recomputed.
    """
    rules = rules or load_rules()
    reports = list(reports)
    order = sorted(range(len(reports)), key=lambda i: reports[i].document.path or "")
    links = cross_links([article_key(reports[i], rules) for i in order], rules)
    out = list(reports)
    for pos, i in enumerate(order):
        out[i] = apply_links(reports[i], pos, links, rules)
    return out
