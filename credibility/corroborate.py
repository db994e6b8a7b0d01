"""Stage 4, corroborate: which claims are supported by an independent source.

Two claims support each other only when their sources are independent and they agree in
substance: a shared figure (or one inside the other's range), shared content words (with the
synonyms of ``rules/corroboration.toml``) and a shared place.  A different figure for the same
thing at the same place is a conflict, recorded in ``conflicts_with``.

Not independent: the same source twice; an unnamed group ("sources in the region") and the
anonymous individuals it sums up; an outlet citing itself; the reporter's own voice within one
article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import combinations

from credibility.attribute import summary_groups
from credibility.records import Claim, Document, Source
from credibility.rules import Rules, load_rules

_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(?:percent|%))?(?!\w)")
_RANGE = re.compile(
    r"between\s+(\d[\d,]*)\s+and\s+(\d[\d,]*)|(\d[\d,]*)\s*(?:to|-|–)\s*(\d[\d,]*)", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_ORDINAL_DAY = re.compile(r"\b\d+(?:st|nd|rd|th)\b")


@dataclass(frozen=True, slots=True)
class ClaimFeatures:
    """What a claim asserts, reduced to what can be compared across sources."""

    numbers: frozenset[float]
    ranges: tuple[tuple[float, float], ...]
    words: frozenset[str]
    places: frozenset[str]


def _num(s: str) -> float:
    return float(s.replace(",", ""))


def features(text: str, context: str, rules: Rules) -> ClaimFeatures:
    """Figures, content words and capitalized names of a claim (names also from ``context``,
    e.g. the source mention "a resident of Pochon county")."""
    clean = _ORDINAL_DAY.sub(" ", text)
    ranges = []
    for m in _RANGE.finditer(clean):
        a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        lo, hi = sorted((_num(a), _num(b)))
        ranges.append((lo, hi))
    numbers = frozenset(_num(m.group(1)) for m in _NUMBER.finditer(clean)
                        if not 1900 <= _num(m.group(1)) <= 2100)
    stop = set(rules.corroboration["stopwords"])
    words = set()
    for w in _WORD.findall(text):
        low = w.lower().strip("’'")
        if low in stop or len(low) < 3:
            continue
        words.add(rules.synonyms.get(low, _stem(low)))
    places = set()
    for source in (text, context):
        for m in re.finditer(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?:[- ][A-Z][a-z]+)*)", source):
            name = m.group(1).lower()
            if name not in stop:
                places.add(name)
    return ClaimFeatures(numbers, tuple(ranges), frozenset(words), frozenset(places))


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def figures_agree(a: ClaimFeatures, b: ClaimFeatures) -> bool | None:
    """True if a figure of one is a figure of the other or inside its range; False if both give
    figures and none fits; None if either gives none."""
    if not a.numbers or not b.numbers:
        return None
    if a.numbers & b.numbers:
        return True
    for x, y in ((a, b), (b, a)):
        for lo, hi in x.ranges:
            if any(lo <= n <= hi for n in y.numbers):
                return True
    return False


def independent(a: Source | None, b: Source | None, document: Document,
                groups: dict[str, tuple[str, ...]]) -> bool:
    """Whether two sources of one article are independent of each other."""
    if a is None or b is None or a.id == b.id:
        return False
    if b.id in groups.get(a.id, ()) or a.id in groups.get(b.id, ()):
        return False
    if b.id in groups and a.id in groups:
        return False
    publisher = {x.lower() for x in (document.reprint_of, document.outlet) if x}
    for s in (a, b):
        if s.kind == "outlet" and s.name.lower() in publisher:
            return False
    return True


def corroborate(document: Document, sources: tuple[Source, ...], claims: tuple[Claim, ...],
                rules: Rules | None = None) -> tuple[Claim, ...]:
    """Set ``corroboration``, ``corroborated_by`` and ``conflicts_with`` within one article."""
    rules = rules or load_rules()
    cfg = rules.corroboration["within_article"]
    by_id = {s.id: s for s in sources}
    groups = summary_groups(sources)
    feats = {}
    for c in claims:
        src = by_id.get(c.source_id)
        context = " ".join(m.text for m in src.mentions) if src else ""
        feats[c.id] = features(c.span.text, context, rules)
    support: dict[str, list[str]] = {c.id: [] for c in claims}
    conflict: dict[str, list[str]] = {c.id: [] for c in claims}
    for a, b in combinations([c for c in claims if c.source_id], 2):
        if not independent(by_id[a.source_id], by_id[b.source_id], document, groups):
            continue
        fa, fb = feats[a.id], feats[b.id]
        agree = figures_agree(fa, fb)
        shared_words = len(fa.words & fb.words)
        shared_place = bool(fa.places & fb.places)
        if cfg["require_shared_place"] and not shared_place:
            continue
        if agree and shared_words >= cfg["min_shared_words"]:
            support[a.id].append(b.id)
            support[b.id].append(a.id)
        elif agree is False and shared_words >= cfg["min_shared_words"]:
            conflict[a.id].append(b.id)
            conflict[b.id].append(a.id)
    out = []
    for c in claims:
        state = "corroborated" if support[c.id] else (
            "single_source" if c.source_id else "unattributed")
        out.append(replace(c, corroboration=state, corroborated_by=tuple(support[c.id]),
                           conflicts_with=tuple(conflict[c.id])))
    return tuple(out)
