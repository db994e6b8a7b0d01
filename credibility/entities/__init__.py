"""Stage 3b, entities: who the article is about and who speaks, each once.

Runs between attribution and corroboration.  Every person, organization, news outlet, document
and group the article mentions becomes one :class:`~credibility.records.Entity` with all its
mentions (names, surnames, titles, roles, appositives, pronouns, "the source"), found by
:mod:`credibility.entities.mentions` and merged by the ordered passes of
:mod:`credibility.entities.passes` (Lee et al. 2013, multi-pass sieve).  Then the attribution
sources are made to agree with their entities (:mod:`credibility.entities.sources`): two sources
that are one entity become one source, and a source's kind follows the strongest evidence the
entity has anywhere in the article.

Modules: ``lexicon`` (word lists), ``mentions`` (detection), ``passes`` (resolution),
``records`` (freezing clusters into entities), ``sources`` (sources and claims follow).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from credibility.attribute.interview import read_interview
from credibility.entities.lexicon import lexicon_for
from credibility.entities.mentions import detect
from credibility.entities.passes import PASSES, Clusters, InterviewTurns
from credibility.entities.records import freeze
from credibility.entities.sources import (
    office_holders,
    organization_voices,
    reconcile,
    shared_reasons,
)
from credibility.records import Claim, Document, Entity, Sentence, Source
from credibility.rules import Rules, load_rules


class EntityResult(NamedTuple):
    """What the entity stage hands on: entities, and sources and claims that agree with them."""

    entities: tuple[Entity, ...]
    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    merges: dict[str, int]
    """Merges made by each pass (for the benchmark)."""


def resolve(document: Document, sentences: tuple[Sentence, ...], sources: tuple[Source, ...],
            claims: tuple[Claim, ...], rules: Rules | None = None,
            passes: tuple[str, ...] | None = None) -> EntityResult:
    """Find the article's entities and make the attribution's sources follow them.

    Args:
        document, sentences: the ingested article and its sentences.
        sources, claims: the attribution stage's output.
        rules: the loaded rules (default :func:`credibility.rules.load_rules`).
        passes: names of the passes to run, in order (default: ``passes`` of
            ``rules/entities.toml``); unknown names raise ``ValueError``.

    Returns:
        An :class:`EntityResult`: entities E1… in order of first mention; sources renumbered
        S1… after merging, each with ``entity_id``; claims pointing at the merged sources.
        Work is linear in the article's length.
    """
    rules = rules or load_rules()
    lex = lexicon_for(rules)
    chosen = lex.passes if passes is None else tuple(passes)
    unknown = [p for p in chosen if p not in PASSES]
    if unknown:
        raise ValueError(f"unknown entity pass(es): {', '.join(unknown)}; known: "
                         f"{', '.join(PASSES)}")
    interview = read_interview(document, sentences, rules)
    turns = None
    if interview is not None:
        turns = InterviewTurns(interview.questions, interview.answers, interview.interviewee)
    mentions = detect(document, sentences, sources, claims, lex,
                      turns.questions if turns else frozenset())
    clusters = Clusters(mentions, sources, lex, document.text, turns)
    for name in chosen:
        PASSES[name](clusters)
    entities, source_entity = freeze(clusters, sources, lex)
    entities, source_entity = organization_voices(entities, source_entity, sources, sentences,
                                                  lex.spokesperson_nouns, lex.articles,
                                                  rules.sources.pronouns_neutral,
                                                  rules.sources.org_anaphors,
                                                  rules.sources.organization_prepositions)
    title = document.title_span
    new_entities, new_sources, new_claims = reconcile(
        entities, source_entity, sources, claims, lex.articles,
        title.end if title is not None and any(c.headline for c in claims) else 0)
    new_entities, new_sources = _personal_names(new_entities, new_sources, rules)
    new_entities, new_sources, new_claims = _writers_voice(new_entities, new_sources,
                                                           new_claims, rules)
    new_sources = office_holders(new_sources, new_entities, lex.offices, document.text,
                                 rules.anonymity_markers)
    src = rules.sources
    new_sources = shared_reasons(new_sources, src)
    # a name wrapped over two lines (wire copy) or typed with two spaces is named on one line
    new_entities = tuple(e if _one_line(e.name) == e.name else replace(e, name=_one_line(e.name))
                         for e in new_entities)
    new_sources = tuple(s if _one_line(s.name) == s.name else replace(s, name=_one_line(s.name))
                        for s in new_sources)
    return EntityResult(new_entities, new_sources, new_claims, dict(clusters.merges))


_TICKER = re.compile(r"\s*\([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?\s*:\s*[A-Z][A-Z0-9.-]{0,7}\)"
                     r"|\s*\([A-Z][A-Z0-9.]{0,9}(?: [A-Z]{1,3})?\)$")
"""A stock listing after a company's name, in parentheses ("(NYSE: HLVF)", "(Nasdaq: ACME)"),
or a bare ticker or acronym closing it ("CRA Ltd (CRAA.S)", read from Reuters' "<CRAA.S>"):
no part of the name."""


def _one_line(name: str) -> str:
    return " ".join(name.split())


def _writers_voice(entities: tuple[Entity, ...], sources: tuple[Source, ...],
                   claims: tuple[Claim, ...], rules: Rules
                   ) -> tuple[tuple[Entity, ...], tuple[Source, ...], tuple[Claim, ...]]:
    """A source still called "I" or "We" (``first_person`` of sources.toml) once its entity
    is resolved is the writer's own voice, no source: "I think the plan is wrong", "We've
    just spoken to a resident" (trial 23: "I" and "We" were people and organizations in
    ``sources.csv``).  Its claims keep their cue and source phrase, without a source; the
    entity stays (the writer's "I" is someone the article mentions); the other sources are
    numbered again."""
    first = rules.sources.first_person
    gone = {s.id for s in sources if s.name.strip().lower() in first}
    if not gone:
        return entities, sources, claims
    kept = [s for s in sources if s.id not in gone]
    new_id = {s.id: f"S{n}" for n, s in enumerate(kept, 1)}
    return (tuple(replace(e, source_id=new_id.get(e.source_id)) if e.source_id else e
                  for e in entities),
            tuple(replace(s, id=new_id[s.id]) for s in kept),
            tuple(replace(c, source_id=new_id.get(c.source_id)) if c.source_id else c
                  for c in claims))


def _personal_names(entities: tuple[Entity, ...], sources: tuple[Source, ...], rules: Rules
                    ) -> tuple[tuple[Entity, ...], tuple[Source, ...]]:
    """A named person is called by their name, without the titles, roles and appositions of
    the phrase that introduced them ("city budget director Alan Park", "Maria Lopez, a shop
    owner" -> "Alan Park", "Maria Lopez"); the phrases stay among the mentions."""

    from credibility.attribute.names import person_name

    def clean(name: str) -> str:
        return person_name(name, rules.sources) or name

    def organization(name: str) -> str:
        """"Brightwater Foods Inc., a leading manufacturer of frozen meals" -> "Brightwater
        Foods Inc.", "The ferry operator, Orla Marine" -> "Orla Marine": the apposition
        describes the organization, it is not its name."""
        name = _TICKER.sub("", name)    # "Halvorsen Foods Inc. (NYSE: HLVF)": the listing
        head, sep, rest = name.partition(", ")
        if not sep or not rest.split():
            return name
        if rest.split()[0].lower() in rules.sources.determiners or rest[:1].islower():
            # "…, a subsidiary of …", "…, earlier reporting a loss, said": an apposition
            return head
        if head.split()[0].lower() in rules.sources.determiners and rest[:1].isupper() \
                and not head.split()[-1][:1].isupper():
            # "The ferry operator, Orla Marine" -> "Orla Marine"; not "… the Department for
            # Environment, Food and Rural Affairs", a list inside the name
            return rest
        return name

    # "Smith and Jones said": a group of named people keeps both names
    groups = {e.id for e in entities if e.kind == "group"}
    sources = tuple(s if s.entity_id in groups
                    else replace(s, name=clean(s.name)) if s.kind == "named_person"
                    else replace(s, name=organization(s.name))
                    if s.kind == "named_organization" and (", " in s.name or "(" in s.name)
                    else s
                    for s in sources)
    # the attribution stage read a personal name in the source phrase: the entity is named
    # (a pronoun is never a name: "I" that no one in the article stands for names no one)
    pronouns = lexicon_for(rules).pronoun_class
    named_by = {s.entity_id: s.name for s in sources if s.kind == "named_person" and s.entity_id
                and s.name.lower() not in pronouns}
    # "Another" is called what its source is: "Another senior figure in the governing party"
    described = {s.entity_id: s.name for s in sources if s.entity_id}
    return (tuple(replace(e, name=named_by[e.id], named=True) if e.id in named_by
                  else replace(e, name=described[e.id]) if e.id in described
                  and e.name.lower() in rules.sources.elliptical_members
                  else replace(e, name=clean(e.name)) if e.kind == "person" and e.named
                  else replace(e, name=organization(e.name))
                  if e.kind == "organization" and ", " in e.name else e
                  for e in entities),
            sources)


__all__ = ["EntityResult", "PASSES", "resolve"]
