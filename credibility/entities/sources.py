"""Sources follow their entities: one entity, one source; the entity's evidence sets the kind.

Two attribution sources that resolve to one entity ("Plant manager Gloria Harwood" and
"Harwood") become one source, the first one, and their claims point at it, so that the
corroboration stage, which never lets a source corroborate itself, cannot count a person twice.
A source's kind follows the strongest evidence anywhere in the article: a personal name gives
``named_person`` (never anonymous), an organization's name ``named_organization``, a news
organization ``outlet``; without a name the attribution stage's reading of the head noun stands.
"""

from __future__ import annotations

from dataclasses import replace

from credibility.records import ANONYMOUS_KINDS, Claim, Entity, Source

_NAMED_KIND = {"person": "named_person", "organization": "named_organization",
               "outlet": "outlet"}


def _merged(group: list[Source], entity: Entity | None) -> Source:
    first = group[0]
    mentions = sorted({(m.start, m.end): m for s in group for m in s.mentions}.values(),
                      key=lambda m: m.start)
    kind, name = first.kind, first.name
    if len(group) > 1:
        name = max((s.name for s in group if s.kind not in ANONYMOUS_KINDS),
                   key=len, default=first.name)
    anonymous = kind in ANONYMOUS_KINDS
    reason = next((s.anonymity_reason for s in group if s.anonymity_reason), None)
    if entity is not None and entity.named and entity.kind in _NAMED_KIND:
        new_kind = _NAMED_KIND[entity.kind]
        if new_kind != kind or anonymous:
            kind, anonymous, reason = new_kind, False, None
            if entity.name.lower() not in name.lower():
                name = entity.name
    return replace(first, name=name, kind=kind, anonymous=anonymous,
                   anonymity_reason=reason if anonymous else None,
                   mentions=tuple(mentions),
                   entity_id=entity.id if entity is not None else None)


def reconcile(entities: list[Entity], source_entity: dict[str, str],
              sources: tuple[Source, ...], claims: tuple[Claim, ...]
              ) -> tuple[tuple[Entity, ...], tuple[Source, ...], tuple[Claim, ...]]:
    """Merge sources that are one entity, set their kinds, and renumber them S1… in order of
    first mention; claims and entities point at the new ids.

    Returns:
        (entities, sources, claims), each a tuple.
    """
    by_entity = {e.id: e for e in entities}
    groups: dict[str, list[Source]] = {}
    for s in sources:
        key = source_entity.get(s.id, "source:" + s.id)
        groups.setdefault(key, []).append(s)
    merged = [(_merged(g, by_entity.get(key)), [s.id for s in g]) for key, g in groups.items()]
    merged.sort(key=lambda x: min((m.start for m in x[0].mentions), default=0))
    new_id: dict[str, str] = {}
    out_sources = []
    for n, (src, old_ids) in enumerate(merged, 1):
        sid = f"S{n}"
        for old in old_ids:
            new_id[old] = sid
        out_sources.append(replace(src, id=sid))
    owner = {s.entity_id: s.id for s in out_sources if s.entity_id}
    out_entities = tuple(replace(e, source_id=owner.get(e.id)) for e in entities)
    out_claims = tuple(replace(c, source_id=new_id.get(c.source_id, c.source_id))
                       if c.source_id else c for c in claims)
    return out_entities, tuple(out_sources), out_claims
