"""Freeze resolved clusters into :class:`~credibility.records.Entity` records.

Which clusters are entities: every cluster that is a source or holds a name of a person,
organization or outlet.  A description ("the minister") or pronoun that no pass linked to a name
or a source is left out: the article never says who it is, and guessing costs precision.  The kind follows the
strongest evidence anywhere in the cluster: a name's type first (outlet, person, organization),
then the source kind, then the description's head.  Mentions of two entities never overlap: a
long source phrase that holds another entity's name is cut before it ("Dana Cole, president of
the Harbor Institute" -> "Dana Cole, president").
"""

from __future__ import annotations

import re

from credibility.attribute.names import plural_common_noun
from credibility.entities.lexicon import Lexicon, ordinary_words
from credibility.entities.mentions import SOURCE_ENTITY_KIND
from credibility.entities.passes import Cluster, Clusters
from credibility.records import Entity, Source, Span

_NAME_ORDER = ("outlet", "person", "organization")
_OTHER_ORDER = ("document", "person", "organization", "outlet", "group")


def _kind(c: Cluster, lex: Lexicon) -> tuple[str | None, bool]:
    """(kind, named) of a cluster: a name's type wins over descriptions and source kinds.

    A name of two or more capitalised words and no other evidence is a person's, unless
    every word is an ordinary English word and none a first name ("Creative Commons",
    "Spoken Motion"): people are rarely called that, bodies and brands often are."""
    if any(m.joint for m in c.mentions):
        return "group", True            # "Smith and Jones", "Russia and Ukraine": named members
    name_kinds = {m.kind for m in c.mentions if m.form == "name"}
    if {"person", "organization"} <= name_kinds and "outlet" not in name_kinds:
        # "Noel Industries Inc" … "purchase Noel common": the fullest name decides
        longest = max((m for m in c.mentions if m.form == "name" and m.kind),
                      key=lambda m: len(m.tokens))
        if longest.kind == "organization":
            return "organization", True
    for k in _NAME_ORDER:
        if k in name_kinds:
            return k, True
    other = {m.kind for m in c.mentions if m.form != "name"}
    for k in _OTHER_ORDER:
        if k in other:
            return k, False
    names = c.names
    if names and any(m.form == "pronoun" and not m.plural for m in c.mentions):
        return "person", True           # "Harwood ... she said"
    if names and any(m.definite for m in names):
        return "organization", True     # "the Houston Astros": people take no article
    longest = max(names, key=lambda m: len(m.tokens)).tokens if names else ()
    if len(longest) > 1:
        if ordinary_words(longest, lex) or plural_common_noun(longest[-1], lex.surnames):
            return "organization", True     # "Creative Commons", "Dunmore Rovers": ordinary
            #                                 words, a common noun in the plural
        return "person", True           # two or three capitalised words, no organization word
    return None, False


def _name(c: Cluster, kind: str, named: bool, sources: dict[str, Source]) -> str:
    if named:
        best = max((m for m in c.names if m.kind in {kind, None}),
                   key=lambda m: (len(m.tokens), -m.index), default=None)
        if best is not None:
            if kind == "outlet":
                return best.span.text.removeprefix("the ").removeprefix("The ")
            # no space before a name's own punctuation ("St. Mary's", "Environment, Food")
            return re.sub(r" (?=[.,](?: |$))", "", " ".join(best.tokens))
    described = [m for m in c.mentions if m.form != "pronoun"]
    if described:
        return max(described, key=lambda m: (len(m.span), -m.index)).span.text
    for m in c.mentions:
        if m.source_id in sources:
            return sources[m.source_id].name
    return c.first.span.text


def _trim(text: str, span: Span, end: int, trailing: frozenset[str]) -> Span | None:
    """``span`` cut to end before ``end``, without trailing punctuation and the function words
    ``trailing`` (``names.trailing_words`` of ``rules/entities.toml``)."""
    stop = end
    while True:
        cut = Span.of(text, span.start, stop)
        t = cut.text.rstrip(",;:—–-(\"“'")
        words = t.split()
        if words and words[-1].lower() in trailing:
            stop = span.start + t.rfind(words[-1])
            continue
        if len(t) < 2:
            return None
        return Span(cut.start, cut.start + len(t), t)


def freeze(cl: Clusters, sources: tuple[Source, ...],
           lex: Lexicon) -> tuple[list[Entity], dict[str, str]]:
    """Entities E1… in order of first mention, and {source id: entity id}.

    A source whose mentions fell into two entities (the attribution stage tied together what
    the names keep apart) belongs to the entity holding its first mention.
    """
    by_id = {s.id: s for s in sources}
    kept: list[tuple[Cluster, str, bool]] = []
    for c in cl.all():
        kind, named = _kind(c, lex)
        if kind is None and c.source_ids:
            # Every source is an entity: without a typed mention, its kind says which.
            kind = next((SOURCE_ENTITY_KIND[by_id[i].kind] for i in sorted(c.source_ids)
                         if i in by_id), "person")
        if kind is None:
            continue
        if not c.source_ids and all(m.form == "pronoun" for m in c.mentions):
            continue
        if not c.source_ids and not named:
            continue
        kept.append((c, kind, named))
    # Mentions of different entities never overlap: cut or drop the longer.
    owner: list[tuple[Span, int]] = []
    for n, (c, _, _) in enumerate(kept):
        owner.extend((m.span, n) for m in c.mentions)
    owner.sort(key=lambda x: (x[0].start, -x[0].end))
    spans: list[list[Span]] = [[] for _ in kept]
    last: list[tuple[Span, int]] = []       # kept spans that may still overlap what follows
    for span, n in owner:
        last = [(s, k) for s, k in last if s.end > span.start]
        clash = False
        for i, (s, k) in enumerate(last):
            if k == n or span.end > s.end:
                clash = True                # inside a mention of its own entity, or crossing
                break
            cut = _trim(cl.text, s, span.start, lex.trailing_words) if span.start > s.start else None
            spans[k].remove(s)
            if cut is not None:
                spans[k].append(cut)
            last[i] = (cut or Span(s.start, s.start, ""), k)
        if clash:
            continue
        spans[n].append(span)
        last.append((span, n))
    frozen = []
    for n, (c, kind, named) in enumerate(kept):
        if not spans[n] and not c.source_ids:
            continue
        # A source whose every mention lies inside another entity's keeps no span of its own
        # but stays an entity, so that sources and entities always point at each other.
        mentions = tuple(sorted(spans[n], key=lambda s: s.start))
        frozen.append((mentions[0].start if mentions else c.first.span.start, c, kind, named,
                       mentions))
    frozen.sort(key=lambda x: x[0])
    entities: list[Entity] = []
    source_entity: dict[str, str] = {}
    for n, (_, c, kind, named, mentions) in enumerate(frozen, 1):
        eid = f"E{n}"
        for m in c.mentions:
            if m.source_id and m.source_id not in source_entity:
                source_entity[m.source_id] = eid
        entities.append(Entity(eid, kind, _name(c, kind, named, by_id), named, mentions))
    return entities, source_entity


