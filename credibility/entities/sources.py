"""Sources follow their entities: one entity, one source; the entity's evidence sets the kind.

Two attribution sources that resolve to one entity ("Plant manager Gloria Harwood" and
"Harwood") become one source, the first one, and their claims point at it, so that the
corroboration stage, which never lets a source corroborate itself, cannot count a person twice.
A source's kind follows the strongest evidence anywhere in the article: a personal name gives
``named_person`` (never anonymous), an organization's name ``named_organization``, a news
organization ``outlet``; without a name the attribution stage's reading of the head noun stands.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from credibility.attribute.anonymity import member_reason
from credibility.records import ANONYMOUS_KINDS, Claim, Entity, Sentence, Source
from credibility.rules import SourceRules

_NAMED_KIND = {"person": "named_person", "organization": "named_organization",
               "outlet": "outlet"}


_DESCRIPTION = re.compile(r"[Tt]he (?:[a-z][\w'’-]* ){0,4}[a-z][\w-]*")
"""A definite description in lower case ("the company", "the frozen-meals maker", "The world's
second-largest copper miner"): no name of its own."""


def _merged(group: list[Source], entity: Entity | None,
            articles: frozenset[str] = frozenset()) -> Source:
    first = group[0]
    mentions = sorted({(m.start, m.end): m for s in group for m in s.mentions}.values(),
                      key=lambda m: m.start)
    kind, name = first.kind, first.name
    if entity is not None and entity.named and entity.name.lower() not in name.lower() and (
            entity.kind == "person"
            or entity.kind == "organization" and _short_for(name, entity.name)):
        name = entity.name          # "Glaciologist Ingrid" -> "Ingrid Soltveit", "the IMF" ->
        #                             "International Monetary Fund"
    if entity is not None and entity.named and entity.kind == "organization" and \
            _DESCRIPTION.fullmatch(name) and (" " in entity.name or entity.name.isupper()):
        name = entity.name          # "The company" of "… its maker, Avenor Pharmaceuticals"
    if entity is not None and entity.named and entity.kind == "organization" and \
            name.startswith(entity.name + ",") and name[len(entity.name) + 1:].strip()[:1].islower():
        name = entity.name          # "Orla Marine, struck a sandbank …": the name, not the
        #                             clause the attribution stage read with it (but "Weil,
        #                             Labouisse, Friedrichs, Inc" is one name)
    if len(group) > 1 and entity is not None and entity.named and entity.kind == "person":
        name = entity.name          # not the longest phrase of the group ("Nimocks estimates
        #                             American Medical earnings for the second quarter")
    elif len(group) > 1:
        # the phrase that holds the entity's name first ("The National Meteorological Service"
        # over "the country's meteorological agency"), then the longest
        own = entity.name.lower() if entity is not None and entity.named else None
        name = max((s.name for s in group if s.kind not in ANONYMOUS_KINDS),
                   key=lambda n: (own is not None and own in n.lower(), len(n)),
                   default=first.name)
    if entity is not None and entity.named and entity.kind == "organization" and (
            " " not in name and name.islower()     # "Last month it said …": Hawley Group
            or name.endswith(" " + entity.name)
            and _role_words(name[:-len(entity.name)], articles)):
        name = entity.name          # "lead manager Salomon Brothers Inc", "Rail operator
        #                             Coastlink": the organization, not its role in the story
    if len(group) > 1 and entity is not None and entity.named and \
            entity.kind == "organization" and entity.name.lower() not in name.lower() and (
                _DESCRIPTION.fullmatch(name) and (" " in entity.name
                                                  or entity.name.isupper())
                or _short_for(name, entity.name) or entity.name.startswith(name + " ")):
        name = entity.name          # "the company" and "A Boliden spokesman": Boliden AB;
        #                             "Consolidated TVX": Consolidated TVX Mining Corp
    anonymous = kind in ANONYMOUS_KINDS
    reason = next((s.anonymity_reason for s in group if s.anonymity_reason), None)
    if entity is not None and not entity.named and entity.kind == "group" and \
            kind == "named_organization":
        kind, anonymous = "unnamed_group", True     # "union officials": people, no name
    elif entity is not None and entity.named and entity.kind in _NAMED_KIND:
        new_kind = _NAMED_KIND[entity.kind]
        if new_kind != kind or anonymous:
            kind, anonymous, reason = new_kind, False, None
            if entity.name.lower() not in name.lower() and not any(
                    s.name == name and s.kind == new_kind for s in group):
                name = entity.name  # (not "United Coconut Planters Bank" -> "UCPB")
    return replace(first, name=name, kind=kind, anonymous=anonymous,
                   anonymity_reason=reason if anonymous else None,
                   mentions=tuple(mentions),
                   entity_id=entity.id if entity is not None else None)


def _role_words(prefix: str, articles: frozenset[str]) -> bool:
    """Whether the words before an organization's name are a role in lower case ("lead
    manager", "Rail operator" opening a sentence; not one capitalised word, "First" of "First
    Executive Corp" where the entity's name fell short), not an article ("the Commerce Department"
    keeps its name as written), a name or a description of another body ("The Amsterdam unit
    of French bank")."""
    words = prefix.split()
    return bool(words) and words[0].lower() not in articles \
        and all(w.isalpha() for w in words) and all(w.islower() for w in words[1:]) \
        and (words[0].islower() or len(words) > 1 and words[0][1:].islower())


def _short_for(short: str, full: str) -> bool:
    """Whether a source's name is a short form of its organization's full name: the acronym
    of its capitalised words ("OUSD", "the IMF") or a description by one of its words ("the
    bank" for "Bank of Japan"), not another body the passes linked ("the group")."""
    words = short.split()
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    if len(words) != 1:
        return False
    word = words[0]
    full_words = full.replace(".", " ").split()
    if word.isupper() and len(word) > 1:
        return word == "".join(w[0] for w in full_words if w[:1].isupper())
    return word[:1].islower() and word.capitalize() in full_words


_SPLIT_KIND = {"group": "unnamed_group", "organization": "named_organization",
               "outlet": "outlet", "document": "document"}


def _split(entities: list[Entity], source_entity: dict[str, str], sources: tuple[Source, ...],
           claims: tuple[Claim, ...]) -> tuple[tuple[Source, ...], tuple[Claim, ...]]:
    """A claim whose source mention belongs to another entity than its source's, one the
    passes could not merge with it (a group is not a company), gets a source of its own:
    "…, according to union officials" is not the company quoted before."""
    owner = {(m.start, m.end): e for e in entities for m in e.mentions}
    sourced = set(source_entity.values())
    new: dict[str, Source] = {}
    out_claims = []
    for c in claims:
        e = owner.get((c.source_mention.start, c.source_mention.end)) \
            if c.source_id and c.source_mention else None
        if e is None or e.id == source_entity.get(c.source_id) or e.id in sourced \
                or e.kind not in _SPLIT_KIND:
            out_claims.append(c)
            continue
        if e.id not in new:
            new[e.id] = Source(f"{c.source_id}/{e.id}", e.name, _SPLIT_KIND[e.kind],
                               e.kind == "group", None, e.mentions)
        out_claims.append(replace(c, source_id=new[e.id].id))
    if not new:
        return sources, claims
    moved = {(m.start, m.end) for s in new.values() for m in s.mentions}
    kept = tuple(replace(s, mentions=tuple(m for m in s.mentions
                                           if (m.start, m.end) not in moved))
                 for s in sources)
    for eid, s in new.items():
        source_entity[s.id] = eid
    return kept + tuple(new.values()), tuple(out_claims)


def office_holders(sources: tuple[Source, ...], entities: tuple[Entity, ...],
                   offices: frozenset[str], text: str = "",
                   anonymity_markers=None) -> tuple[Source, ...]:
    """An official the article describes only by an office with one holder ("the mayor",
    "the county sheriff", "Dunmore's fire chief") is identified, not anonymous: kind
    ``named_person`` under that description, no anonymity reason asked for.  Not an indefinite
    description ("a deputy mayor"), nor one given anonymity.

    Args:
        text, anonymity_markers: the article and ``Rules.anonymity_markers``; a description
            followed by a grant of anonymity ("who asked not to be named") stays anonymous.

    Returns:
        The sources, those so described replaced."""
    named = {e.id for e in entities if e.named}
    out = []
    for s in sources:
        words = s.name.lower().replace("’", "'").split()
        if s.kind in {"anonymous_official", "anonymous_source"} and not s.anonymity_reason and \
                s.entity_id not in named and len(words) >= 2 and \
                (words[0] == "the" or words[0].endswith("'s")) and (
                    words[-1] in offices or " ".join(words[-2:]) in offices) and not (
                    anonymity_markers is not None and any(
                        anonymity_markers.search(text[m.end:m.end + 120]) for m in s.mentions)):
            s = replace(s, kind="named_person", anonymous=False)
        out.append(s)
    return tuple(out)


def shared_reasons(sources: tuple[Source, ...], src: SourceRules) -> tuple[Source, ...]:
    """"Three officials …, who spoke on condition of anonymity because the talks are private
    … A second official said": one more of a group given anonymity for a reason shares the
    reason (:func:`credibility.attribute.anonymity.member_reason`).

    Args:
        src: the source rules (what :func:`member_reason` reads).

    Returns:
        The sources, those so described given the group's reason."""
    out: list[Source] = []
    for s in sources:
        if s.anonymous and not s.anonymity_reason:
            groups = [(g.name, g.kind, g.anonymity_reason) for g in out
                      if g.anonymous and g.anonymity_reason]
            reason = member_reason(s.name, groups, src)
            if reason is not None:
                s = replace(s, anonymity_reason=reason)
        out.append(s)
    return tuple(out)


def _sentence_before(sentences: tuple[Sentence, ...], starts: list[int], pos: int) -> int:
    """Where the sentence before the one holding offset ``pos`` starts (0 in the first)."""
    k = bisect_right(starts, pos) - 1
    return sentences[k - 1].span.start if k > 0 else 0


def organization_voices(entities: list[Entity], source_entity: dict[str, str],
                 sources: tuple[Source, ...], sentences: tuple[Sentence, ...],
                 spokesperson_nouns: frozenset[str], articles: frozenset[str],
                 neutral: frozenset[str] = frozenset(), anaphors: frozenset[str] = frozenset(),
                 prepositions: frozenset[str] = frozenset()
                 ) -> tuple[list[Entity], dict[str, str]]:
    """Sources that are a named organization's voice.  An unnamed spokesperson of a named
    organization speaks for it: "A Boliden spokesman"
    is Boliden's word, as "A U.S. State Department spokesman" is the department's (the name
    stands right before the spokesperson noun, and no anonymity was granted); so is a bare "A
    spokeswoman said" when the one named organization of the sentence before, or of its own
    sentence before it, is the only one it can speak for ("Rail operator Coastlink has
    suspended all services. A spokeswoman said …"); so is "a spokesperson for the agency"
    (an organization noun of ``anaphors`` after one of ``prepositions`` and an article) when
    its own sentence names one organization before it, or, naming none, the sentence before
    does ("OSHA has opened an investigation, a spokesperson for the agency confirmed"); and a
    source that is only "it" (``neutral``) is the organization named last before it, in its
    sentence or the one before.

    Returns:
        (entities, {source id: entity id}): such sources moved to the organization, and an
        entity left with neither a mention nor a source dropped (ids E1… renumbered).
    """
    named_orgs = {(m.start, m.end): e.id for e in entities
                  if e.kind == "organization" and e.named for m in e.mentions}
    if not named_orgs:
        return entities, source_entity
    out = dict(source_entity)
    starts = [x.span.start for x in sentences]
    named_ids = {e.id for e in entities if e.named}
    for s in sources:
        if s.mentions and out.get(s.id) not in named_ids and all(
                m.text.strip().lower() in neutral for m in s.mentions):
            # "Hawley Group raised its offer … Last month it said …": "it" as a source is the
            # organization named last, in its sentence or the one before
            first = s.mentions[0].start
            lo = _sentence_before(sentences, starts, first)
            before = [(start, eid) for (start, _), eid in named_orgs.items()
                      if lo <= start < first]
            if before:
                out[s.id] = max(before)[1]
            continue
        if s.kind not in ANONYMOUS_KINDS or s.anonymity_reason or len(s.mentions) != 1:
            continue
        sm = s.mentions[0]
        words = sm.text.split()
        low = [w.lower().strip(",.") for w in words]
        if len(low) == 5 and low[0] in articles and low[1] in spokesperson_nouns \
                and low[2] in prepositions and low[3] in articles and low[4] in anaphors:
            # "a spokesperson for the agency": the one organization its sentence names before
            # it, else the one of the sentence before (trial 25: OSHA's spokesperson was an
            # anonymous official)
            k = max(0, bisect_right(starts, sm.start) - 1)
            own = {eid for (start, _), eid in named_orgs.items()
                   if sentences[k].span.start <= start < sm.start}
            if not own:
                own = {eid for (start, _), eid in named_orgs.items()
                       if _sentence_before(sentences, starts, sm.start) <= start
                       < sentences[k].span.start}
            if len(own) == 1:
                out[s.id] = own.pop()
            continue
        if len(words) < 2 or words[-1].lower() not in spokesperson_nouns:
            continue
        if len(words) == 2 and words[0].lower() in articles:
            lo = _sentence_before(sentences, starts, sm.start)
            near = {eid for (start, end), eid in named_orgs.items() if lo <= start < sm.start}
            if len(near) == 1:
                out[s.id] = near.pop()
            continue
        head_start = sm.start + sm.text.rstrip().rfind(words[-1])
        for (start, end), eid in named_orgs.items():
            if sm.start <= start and end < head_start and \
                    not sm.text[end - sm.start:head_start - sm.start].strip():
                out[s.id] = eid
                break
    if out == source_entity:
        return entities, source_entity
    used = set(out.values())
    # the spokesperson's own unnamed entity and its mentions go with the source
    moved = {source_entity[sid]: eid for sid, eid in out.items()
             if source_entity.get(sid) not in (None, eid)}
    by_id = {e.id: e for e in entities}
    absorbed = {old: new for old, new in moved.items()
                if old not in used and not by_id[old].named}
    gained: dict[str, list] = {}
    for old, new in absorbed.items():
        gained.setdefault(new, []).extend(by_id[old].mentions)
    entities = [replace(e, mentions=tuple(sorted(e.mentions + tuple(gained[e.id]),
                                                 key=lambda m: m.start)))
                if e.id in gained else e for e in entities if e.id not in absorbed]
    kept = [e for e in entities if e.mentions or e.id in used]
    renamed = {e.id: f"E{n}" for n, e in enumerate(kept, 1)}
    return ([replace(e, id=renamed[e.id]) for e in kept],
            {sid: renamed[eid] for sid, eid in out.items()})


def reconcile(entities: list[Entity], source_entity: dict[str, str],
              sources: tuple[Source, ...], claims: tuple[Claim, ...],
              articles: frozenset[str] = frozenset(), body_start: int = 0
              ) -> tuple[tuple[Entity, ...], tuple[Source, ...], tuple[Claim, ...]]:
    """Split off what is another entity, merge sources that are one entity, set their kinds,
    and renumber them S1… in order of first mention from ``body_start`` (the end of an
    attributed headline); claims and entities point at the new ids.

    Returns:
        (entities, sources, claims), each a tuple.
    """
    source_entity = dict(source_entity)
    sources, claims = _split(entities, source_entity, sources, claims)
    by_entity = {e.id: e for e in entities}
    groups: dict[str, list[Source]] = {}
    for s in sources:
        key = source_entity.get(s.id, "source:" + s.id)
        groups.setdefault(key, []).append(s)
    merged = [(_merged(g, by_entity.get(key), articles), [s.id for s in g])
              for key, g in groups.items()]
    # numbered by first mention in the body (a headline's does not renumber them)
    merged.sort(key=lambda x: min((m.start for m in x[0].mentions if m.start >= body_start),
                                  default=min((m.start for m in x[0].mentions), default=0)))
    new_id: dict[str, str] = {}
    out_sources = []
    for n, (src, old_ids) in enumerate(merged, 1):
        sid = f"S{n}"
        for old in old_ids:
            new_id[old] = sid
        out_sources.append(replace(src, id=sid))
    owner = {s.entity_id: s.id for s in out_sources if s.entity_id}
    out_entities = tuple(replace(e, source_id=owner[e.id]) if e.id in owner else e
                         for e in entities)
    out_claims = tuple(replace(c, source_id=new_id[c.source_id])
                       if c.source_id and new_id.get(c.source_id, c.source_id) != c.source_id
                       else c for c in claims)
    return out_entities, tuple(out_sources), out_claims
