"""The sourcing standards of ``rules/standards.toml``, applied to one article.

Each check finds the claims and sources a rule is about; its wording, origin, penalty and word
lists come from the rules file, so a newsroom edits the file, not this module.  The checks run on
attributed claims whose corroboration is already known (after the corroborate stage) and on the
``assertion`` of claims without a source (set by :func:`credibility.score.score_claims` first).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from credibility.attribute import several_people, summary_groups
from credibility.corroborate import features
from credibility.records import Claim, Source
from credibility.rules import Rules, StandardCheck

KIND_WORDS = {
    "named_person": "named person",
    "named_organization": "named organization",
    "anonymous_official": "anonymous official",
    "anonymous_resident": "anonymous resident",
    "anonymous_source": "anonymous source",
    "unnamed_group": "unnamed group",
    "outlet": "news outlet",
    "document": "document",
}
"""Source kinds in a reporter's words."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One standard an article falls short of.

    Attributes:
        check: the ``standards.toml`` check id.
        text: the finding as the report shows it: starts with ``"! "``, ends with the short
            names of the rule's sources in brackets.
        claims: ids of the claims it lowers by the check's penalty.
    """

    check: str
    text: str
    claims: tuple[str, ...] = ()


def tags(check: StandardCheck) -> str:
    """The short names of a rule's sources: "AP (…; …); NYT (…)" -> "AP, NYT" (what is in
    parentheses is the rule's wording there, semicolons included)."""
    names, depth, current = [], 0, ""
    for ch in check.source + ";":
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == ";" and depth == 0:
            if current.strip():
                names.append(current.strip())
            current = ""
        elif depth == 0:
            current += ch
    return ", ".join(names)


def _fmt_number(n: float) -> str:
    return f"{int(n):,}" if n == int(n) else f"{n:,}"


def _who(sources: list[Source]) -> str:
    return ", ".join(f"{s.name} ({s.id})" for s in sources[:3]) + (
        f" and {len(sources) - 3} more" if len(sources) > 3 else "")


def _counts(text: str, rules: Rules) -> frozenset[float]:
    """The figures a claim states, without its durations ("over the next two years" says how
    long, it is no figure of the claim; ``[durations]`` of ``rules/quantities.toml``)."""
    f = features(text, "", rules)
    return frozenset(q.value for q in f.quantities
                     if q.value in f.numbers and not q.duration and not q.ordinal)


def _key_claim(claims, by_id, rules, check) -> Finding | None:
    groups = summary_groups(tuple(by_id.values()), rules.sources.source_words)
    for kc in (c for c in claims if c.key):
        src = by_id.get(kc.source_id)
        if src is None or not src.anonymous or kc.corroboration == "corroborated":
            continue
        resting = [src]
        figures = _counts(kc.span.text, rules)
        if src.id in groups:
            # The group sums up individuals: find who of them gave the lede's figure.
            givers = {c.source_id for c in claims
                      if c.source_id in groups[src.id] and figures
                      and figures & _counts(c.span.text, rules)}
            if givers:
                resting = [by_id[g] for g in sorted(givers)]
        what = (f"figure ({', '.join(_fmt_number(n) for n in sorted(figures))})" if figures
                else "claim")
        who = " and ".join(f"{s.name} ({s.id}, {KIND_WORDS[s.kind]})" for s in resting)
        # "two government officials", "two people familiar with the matter" are more than
        # one source, though all anonymous
        rests = "one anonymous source" if len(resting) == 1 and \
            resting[0].kind != "unnamed_group" and \
            not several_people(resting[0], rules.sources) else "anonymous sources only"
        lede = tuple(c.id for c in claims if c.key and c.source_id and
                     by_id[c.source_id].anonymous and c.corroboration != "corroborated")
        return Finding(check.id, f"! The lede's {what} rests on {rests}: {who}", lede)
    return None


def _sources_finding(check, bad, claims) -> Finding | None:
    """The finding of a check that names sources: who they are and every claim they carry."""
    if not bad:
        return None
    ids = {s.id for s in bad}
    return Finding(check.id, f"! {check.title}: {_who(bad)}",
                   tuple(c.id for c in claims if c.source_id in ids))


def _without_reason(claims, by_id, rules, check) -> Finding | None:
    return _sources_finding(check, [s for s in by_id.values() if s.anonymous
                                    and s.kind != "unnamed_group" and not s.anonymity_reason],
                            claims)


def _opinion_or_attack(claims, by_id, rules, check) -> Finding | None:
    cues = rules.assertion
    hits = []
    for c in claims:
        src = by_id.get(c.source_id)
        if src is None or not src.anonymous:
            continue
        text = c.span.text
        m = (cues.accusation.search(text) or cues.evaluative.search(text)
             or (check.words.search(text) if check.words else None))
        if m:
            hits.append((c, m.group()))
    if not hits:
        return None
    shown = ", ".join(f"{c.id} ({c.source_id}: \u201c{w}\u201d)" for c, w in hits[:3])
    more = f" and {len(hits) - 3} more" if len(hits) > 3 else ""
    return Finding(check.id, f"! {check.title}: {shown}{more}", tuple(c.id for c, _ in hits))


def _vague(claims, by_id, rules, check) -> Finding | None:
    return _sources_finding(check, [s for s in by_id.values() if s.anonymous
                                    and s.name.lower().strip() in check.descriptions], claims)


def _unsourced_lede(claims, by_id, rules, check) -> Finding | None:
    lede = [c for c in claims if c.key and c.assertion == "unsourced_assertion"]
    if not lede:
        return None
    return Finding(check.id, f"! {check.title}: " + ", ".join(c.id for c in lede),
                   tuple(c.id for c in lede))


CHECKS: dict[str, Callable[..., Finding | None]] = {
    "key_claim_single_anonymous": _key_claim,
    "anonymous_opinion_or_attack": _opinion_or_attack,
    "anonymous_without_reason": _without_reason,
    "vague_description": _vague,
    "unsourced_lede": _unsourced_lede,
}
"""Check id -> the function that finds it; findings come out in this order."""


def check_standards(sources: tuple[Source, ...], claims: tuple[Claim, ...],
                    rules: Rules) -> list[Finding]:
    """The enabled standards the article falls short of, most important first.

    Args:
        sources: the article's sources.
        claims: its claims, corroborated, with ``assertion`` set on those without a source.
        rules: the loaded rules (``rules.standards`` from ``standards.toml``).

    Returns:
        One :class:`Finding` per check that applies, in :data:`CHECKS` order.
    """
    by_id = {s.id: s for s in sources}
    out = []
    for ident, find in CHECKS.items():
        check = rules.standards[ident]
        if not check.enabled:
            continue
        found = find(claims, by_id, rules, check)
        if found:
            out.append(Finding(found.check, f"{found.text} [{tags(check)}].", found.claims))
    return out


def key_claim_rests_on_one_anonymous_source(sources, claims, rules: Rules) -> bool:
    """Whether the lede's claim rests on anonymous sourcing that nothing confirms (whether or
    not the check is enabled: ``summary.single_anonymous_key_claim``)."""
    check = rules.standards["key_claim_single_anonymous"]
    return _key_claim(claims, {s.id: s for s in sources}, rules, check) is not None
