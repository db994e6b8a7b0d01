"""Orderings the sourcing score keeps on every article (hypothesis over generated articles).

Articles are built from one-sentence claims, each sourced one of four ways (a named person, an
anonymous official with a stated reason, the same without a reason, no source) and hedged or
not.  Changing one claim along named -> anonymous with reason -> anonymous -> none, or hedging
it, never raises the article's score; an independent corroboration never lowers it; an
unsourced assertion never scores above an attributed claim.  tests/test_score_versions.py pins
the same orderings on one hand-written story.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import credibility
from credibility.rules import load_rules
from credibility.score import score_claims, summarize

SETTINGS = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

# (plain, hedged) contents: substantive claims of one invented story (each reads as an unsourced
# assertion in the reporter's voice: background is outside the score by design).
CONTENTS = [
    ("a water main break left 1,200 homes without running water",
     "a water main break apparently left 1,200 homes without running water"),
    ("the pipe failed because of corrosion", "the pipe probably failed because of corrosion"),
    ("repairs will take at least three days", "repairs will possibly take at least three days"),
    ("the city will open two distribution centres on Wednesday",
     "the city will perhaps open two distribution centres on Wednesday"),
    ("the repairs will cost about $2 million", "the repairs will reportedly cost about $2 million"),
    ("about 40 percent of the city's water mains are past their design life",
     "about 40 percent of the city's water mains are apparently past their design life"),
    ("the contractor was accused of skipping two inspections",
     "the contractor was allegedly accused of skipping two inspections"),
]
PEOPLE = ["Maria Lopez", "Tom Reyes", "Alan Park", "Ana Ruiz", "Omar Haddad", "Lena Fischer",
          "Raj Mehta"]
DEPARTMENTS = ["water", "fire", "parks", "housing", "budget", "planning", "transport"]
SOURCING = ("named", "anonymous_reason", "anonymous", "none")
"""From best to worst: each step down never raises a score."""


def sentence(i: int, content: int, sourcing: str, hedged: bool) -> str:
    text = CONTENTS[content][hedged]
    if sourcing == "named":
        return f"{PEOPLE[i]} said {text}."
    if sourcing == "anonymous_reason":
        return (f"An official of the {DEPARTMENTS[i]} department, who requested anonymity "
                f"because she was not authorized to speak, said {text}.")
    if sourcing == "anonymous":
        return f"An official of the {DEPARTMENTS[i]} department said {text}."
    return text[0].upper() + text[1:] + "."


def article(specs) -> str:
    body = "\n\n".join(sentence(i, *spec) for i, spec in enumerate(specs))
    return "Water main break in Eastport\n\n" + body + "\n"


def score(specs) -> float:
    return credibility.analyze(article(specs)).summary.credibility_score


spec = st.tuples(st.integers(0, len(CONTENTS) - 1), st.sampled_from(SOURCING), st.booleans())
specs = st.lists(spec, min_size=2, max_size=len(PEOPLE))


@SETTINGS
@given(specs, st.data())
def test_weaker_sourcing_of_one_claim_never_raises_the_score(specs, data):
    i = data.draw(st.integers(0, len(specs) - 1))
    content, _, hedged = specs[i]
    scores = [score(specs[:i] + [(content, s, hedged)] + specs[i + 1:]) for s in SOURCING]
    assert scores == sorted(scores, reverse=True), dict(zip(SOURCING, scores, strict=True))


@SETTINGS
@given(specs, st.data())
def test_a_hedge_never_raises_a_score(specs, data):
    i = data.draw(st.integers(0, len(specs) - 1))
    content, sourcing, _ = specs[i]
    plain = score(specs[:i] + [(content, sourcing, False)] + specs[i + 1:])
    hedged = score(specs[:i] + [(content, sourcing, True)] + specs[i + 1:])
    assert hedged <= plain


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, len(CONTENTS) - 1), st.booleans()), min_size=2,
                max_size=len(PEOPLE)))
def test_named_above_anonymous_above_none_for_the_whole_story(claims):
    by = {s: score([(c, s, h) for c, h in claims]) for s in SOURCING}
    assert by["named"] > by["anonymous_reason"] >= by["anonymous"] > by["none"], by
    assert by["none"] == 0.0


@SETTINGS
@given(specs)
def test_an_unsourced_assertion_never_scores_above_an_attributed_claim(specs):
    report = credibility.analyze(article(specs))
    asserted = [c.score for c in report.claims if c.assertion == "unsourced_assertion"]
    attributed = [c.score for c in report.claims if c.source_id]
    if asserted and attributed:
        assert max(asserted) < min(attributed)


@SETTINGS
@given(specs, st.data())
def test_an_independent_corroboration_never_lowers_a_score(specs, data):
    rules = load_rules()
    report = credibility.analyze(article(specs))
    i = data.draw(st.integers(0, len(report.claims) - 1))
    claims = list(report.claims)
    claims[i] = replace(claims[i], corroboration="corroborated",
                        corroborated_by=claims[i].corroborated_by + ("other.txt#C1",))
    claims = score_claims(report.document, report.sources, tuple(claims), rules)
    after = summarize(report.document, report.sources, claims, rules)
    assert claims[i].score >= report.claims[i].score
    assert after.credibility_score >= report.summary.credibility_score


@SETTINGS
@given(specs, st.data())
def test_the_outlets_word_that_it_could_not_verify_a_claim_never_raises_the_score(specs, data):
    """"The claim could not be independently verified." after a claim (rules/cues.toml
    unverified_note) lowers that claim, and is itself background, never weighed."""
    i = data.draw(st.integers(0, len(specs) - 1))
    body = [sentence(n, *spec) for n, spec in enumerate(specs)]
    body[i] += " The claim could not be independently verified."
    noted = credibility.analyze("Water main break in Eastport\n\n" + "\n\n".join(body) + "\n")
    assert noted.summary.credibility_score <= score(specs)
    if specs[i][1] != "none":
        (claim,) = [c for c in noted.claims if c.sentence == i]
        assert any("could not verify" in r for r in claim.reasons), claim


@SETTINGS
@given(specs)
def test_every_generated_claim_is_substantive(specs):
    """The orderings above are about substantive claims: none of these reads as background."""
    report = credibility.analyze(article(specs))
    assert all(c.assertion != "background" for c in report.claims)


def test_a_hedge_does_not_make_the_subject_a_source():
    # a raising verb ("seems to") frames the writer's reading: no source (rules/cues.toml)
    plain = credibility.analyze("Title\n\nThe contractor skipped two inspections in March.\n")
    hedged = credibility.analyze("Title\n\nThe contractor seems to have skipped two "
                                 "inspections in March.\n")
    assert hedged.summary.credibility_score <= plain.summary.credibility_score
