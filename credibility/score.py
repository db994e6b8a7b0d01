"""Stage 5, score: a number per claim and per article, each with the reasons behind it.

Weights live in ``rules/scoring.toml``.  A claim starts from its source kind's base value and
moves by one adjustment per reason; the article score is the weighted mean of its attributed
claims (the lede counts more), less penalties for findings an editor would act on.
"""

from __future__ import annotations

from dataclasses import replace

from credibility.attribute import summary_groups
from credibility.corroborate import features
from credibility.records import NAMED_KINDS, Claim, Document, Source, Summary
from credibility.rules import Rules, load_rules

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


def _fmt_number(n: float) -> str:
    return f"{int(n):,}" if n == int(n) else f"{n:,}"


def score_claims(document: Document, sources: tuple[Source, ...], claims: tuple[Claim, ...],
                 rules: Rules | None = None) -> tuple[Claim, ...]:
    """Give every claim a score in 0..1 and the reasons for it."""
    rules = rules or load_rules()
    base = rules.scoring["base"]
    adj = rules.scoring["adjust"]
    by_id = {s.id: s for s in sources}
    claim_source = {c.id: c.source_id for c in claims}
    publisher = {x.lower() for x in (document.reprint_of, document.outlet) if x}
    out = []
    for c in claims:
        src = by_id.get(c.source_id)
        reasons = []
        if src is None:
            value = base["unattributed"]
            reasons.append("no source cited (reporter's own voice)")
        else:
            value = base[src.kind]
            label = KIND_WORDS[src.kind]
            if src.anonymous:
                if src.anonymity_reason:
                    value += adj["anonymity_reason"]
                    reasons.append(f"{label} ({src.id}); reason for anonymity given: "
                                   f"\u201c{src.anonymity_reason}\u201d")
                else:
                    reasons.append(f"{label} ({src.id}); no reason for anonymity given")
            else:
                reasons.append(f"{label} ({src.id}: {src.name})")
            if src.kind == "outlet" and src.name.lower() in publisher:
                value += adj["self_citation"]
                reasons.append("the publisher citing its own earlier reporting")
        if c.quote == "direct" and src is not None:
            value += adj["direct_quote"]
            reasons.append("direct quotation")
        if c.hedged:
            value += adj["hedged"]
            reasons.append(f"hedged (\u201c{c.hedge.text if c.hedge else ''}\u201d)")
        if c.corroborated_by:
            n_sources = len({claim_source.get(ref, ref.rsplit("#", 1)[0])
                             for ref in c.corroborated_by})
            bonus = min(adj["corroborated_max"],
                        adj["corroborated"] + adj["corroborated_more"] * (n_sources - 1))
            value += bonus
            refs = ", ".join(c.corroborated_by[:4]) + (" …" if len(c.corroborated_by) > 4 else "")
            reasons.append(f"corroborated by {n_sources} independent source"
                           f"{'s' if n_sources > 1 else ''} ({refs})")
        elif src is not None:
            reasons.append("no independent source confirms it")
        if c.conflicts_with:
            value += adj["conflict"]
            reasons.append(f"another source gives a different figure ({', '.join(c.conflicts_with)})")
        out.append(replace(c, score=round(min(1.0, max(0.0, value)), 2), reasons=tuple(reasons)))
    return tuple(out)


def summarize(document: Document, sources: tuple[Source, ...], claims: tuple[Claim, ...],
              rules: Rules | None = None) -> Summary:
    """The article's score, counts and findings (most important first)."""
    rules = rules or load_rules()
    art = rules.scoring["article"]
    by_id = {s.id: s for s in sources}
    attributed = [c for c in claims if c.source_id]
    weights = [(art["key_claim_weight"] if c.key else 1.0, c.score) for c in attributed]
    weights += [(art["unattributed_weight"], c.score) for c in claims if not c.source_id]
    total = sum(w for w, _ in weights)
    score = 100.0 * sum(w * s for w, s in weights) / total if total else art[
        "no_attributed_claims"]

    findings: list[str] = []
    key_claims = [c for c in claims if c.key]
    groups = summary_groups(sources)
    single_anon = False
    for kc in key_claims:
        src = by_id.get(kc.source_id)
        if src is None or not src.anonymous or kc.corroboration == "corroborated":
            continue
        single_anon = True
        resting = [src]
        figures = features(kc.span.text, "", rules).numbers
        if src.id in groups:
            # The group sums up individuals: find who of them gave the lede's figure.
            givers = {by_id[c.source_id].id for c in claims
                      if c.source_id in groups[src.id] and figures
                      and figures & features(c.span.text, "", rules).numbers}
            if givers:
                resting = [by_id[g] for g in sorted(givers)]
        what = f"figure ({', '.join(_fmt_number(n) for n in sorted(figures))})" if figures \
            else "claim"
        who = " and ".join(f"{s.name} ({s.id}, {KIND_WORDS[s.kind]})" for s in resting)
        rests = "one anonymous source" if len(resting) == 1 else "anonymous sources only"
        findings.append(f"! The lede's {what} rests on {rests}: {who}.")
        break

    people = [s for s in sources if s.kind not in {"outlet", "document"}]
    anonymous = [s for s in sources if s.anonymous]
    all_anonymous = bool(people) and all(s.anonymous for s in people)
    if all_anonymous:
        individuals = [s for s in anonymous if s.kind != "unnamed_group"]
        with_reason = [s for s in individuals if s.anonymity_reason]
        reason_txt = ", ".join(f"\u201c{s.anonymity_reason}\u201d" for s in with_reason)
        findings.append(
            f"! Every source is anonymous ({len(individuals)} individual"
            f"{'s' if len(individuals) != 1 else ''}"
            + (f" + {len(anonymous) - len(individuals)} unnamed group"
               if len(anonymous) > len(individuals) else "")
            + ")" + (f"; reasons stated for {len(with_reason)} of {len(individuals)}"
                     + (f": {reason_txt}" if with_reason else "") if individuals else "") + ".")
    elif anonymous:
        no_reason = [s for s in anonymous if s.kind != "unnamed_group" and not s.anonymity_reason]
        if no_reason:
            findings.append(f"! {len(no_reason)} anonymous source{'s' if len(no_reason) > 1 else ''}"
                            " without a stated reason for anonymity: "
                            + ", ".join(f"{s.name} ({s.id})" for s in no_reason[:3]) + ".")
    for gid, members in groups.items():
        findings.append(f"· {by_id[gid].name} ({gid}) sums up the article's anonymous individuals"
                        f" ({', '.join(members)}); not counted as independent.")
    conflicts = [c for c in claims if c.conflicts_with]
    if conflicts:
        findings.append(f"! {len(conflicts)} claim{'s' if len(conflicts) > 1 else ''} conflict "
                        "with another source's figures: "
                        + ", ".join(f"{c.id} vs {'/'.join(c.conflicts_with)}" for c in conflicts[:3])
                        + ".")
    corroborated = [c for c in claims if c.corroboration == "corroborated"]
    if corroborated:
        source_of = {c.id: c.source_id or "reporter" for c in claims}
        seen: set[frozenset] = set()
        pairs = []
        for c in corroborated:
            for ref in c.corroborated_by:
                pair = frozenset((c.id, ref))
                if pair in seen:
                    continue
                seen.add(pair)
                other = f"{ref} ({source_of[ref]})" if ref in source_of else ref
                pairs.append(f"{c.id} ({source_of[c.id]}) \u2194 {other}")
        shown = ", ".join(pairs[:4]) + (f" and {len(pairs) - 4} more" if len(pairs) > 4 else "")
        findings.append(f"+ {len(corroborated)} claim{'s' if len(corroborated) > 1 else ''} "
                        f"corroborated by an independent source: {shown}.")
    publisher = {x.lower() for x in (document.reprint_of, document.outlet) if x}
    for s in sources:
        if s.kind == "outlet" and s.name.lower() in publisher:
            findings.append(f"· {s.name} ({s.id}) is the publisher citing its own earlier "
                            "reporting; not independent.")
    hedged = [c for c in claims if c.hedged]
    if hedged:
        words = ", ".join(dict.fromkeys(f"\u201c{c.hedge.text}\u201d" for c in hedged if c.hedge))
        findings.append(f"~ {len(hedged)} claim{'s are' if len(hedged) > 1 else ' is'} hedged "
                        f"({words}).")
    background = [c for c in claims if not c.source_id]
    if background:
        findings.append(f"· {len(background)} sentence{'s are' if len(background) > 1 else ' is'} "
                        "unattributed (the reporter's own voice or background).")
    if document.reprint_of:
        findings.append(f"· Reprint of {document.reprint_of}.")
    if document.language_note:
        findings.append(f"? {document.language_note[0].upper()}{document.language_note[1:]}.")
    if not attributed:
        findings.append("? No attributed claims found: nothing in the article cites a source.")

    if single_anon:
        score += art["single_anonymous_key_claim"]
    if all_anonymous:
        score += art["all_sources_anonymous"]
    score = round(min(100.0, max(0.0, score)), 1)
    verdict = next((words for bound, words in art["verdicts"] if score >= bound), "")
    if not attributed:
        verdict = "no sources cited"
    named = sum(1 for s in sources if s.kind in NAMED_KINDS)
    return Summary(
        credibility_score=score,
        claims=len(claims),
        attributed=len(attributed),
        anonymous_sources=len(anonymous),
        named_sources=named,
        uncorroborated=sum(1 for c in claims if c.corroboration == "single_source"),
        single_anonymous_key_claim=single_anon,
        findings=tuple(findings),
        verdict=verdict,
    )
