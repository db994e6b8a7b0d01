"""One story sourced eight ways (tests/data/sourcing_versions): the orderings the sourcing score
must keep, on real text through the whole pipeline, and the golden reports of every version.

After a deliberate change to the score, regenerate the golden reports with
``CREDIBILITY_REGENERATE=1 python -m pytest tests/test_score_versions.py`` and review the diff.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace

import pytest

import credibility
from credibility.corroborate import corroborate_batch
from credibility.report import render
from tests.conftest import ROOT

VERSIONS = ROOT / "tests" / "data" / "sourcing_versions"
GOLDEN = VERSIONS / "golden"
NAMES = ("named", "hedged", "background", "corroborated", "anonymous_reason", "anonymous",
         "one_named", "unsourced")


@pytest.fixture(scope="module")
def reports():
    return {name: credibility.analyze_file(VERSIONS / f"{name}.txt")[0] for name in NAMES}


def score(reports, name: str) -> float:
    return reports[name].summary.credibility_score


# (better, worse): the first version must score strictly above the second.
STRICTLY_ABOVE = [
    ("named", "anonymous_reason"),        # named sources > anonymous sources
    ("anonymous_reason", "anonymous"),    # a stated reason for anonymity counts
    ("anonymous", "one_named"),           # anonymous sources for every claim > one named source
    ("one_named", "unsourced"),           # one source > none
    ("corroborated", "anonymous_reason"),  # an independent confirmation counts
    ("named", "hedged"),                  # hedges lower a score
]


@pytest.mark.parametrize(("better", "worse"), STRICTLY_ABOVE)
def test_orderings_between_versions(reports, better, worse):
    assert score(reports, better) > score(reports, worse), (
        f"{better} {score(reports, better)} should be above {worse} {score(reports, worse)}")


def test_one_named_source_lands_nearer_unsourced_than_fully_sourced(reports):
    one = score(reports, "one_named")
    assert one - score(reports, "unsourced") < score(reports, "named") - one


def test_background_is_shown_not_scored(reports):
    plain, more = reports["named"], reports["background"]
    assert more.summary.credibility_score == plain.summary.credibility_score
    assert more.summary.background == 2 and more.summary.unsourced_assertions == 0
    assert [c.assertion for c in more.claims if not c.source_id] == ["background"] * 2


def test_unsourced_version_is_unsourced(reports):
    s = reports["unsourced"].summary
    assert (s.credibility_score, s.verdict) == (0.0, "unsourced")
    assert s.unsourced_assertions == 6
    assert "! Nothing in the article cites a source." in s.findings


@pytest.mark.parametrize("name", NAMES)
def test_an_unsourced_assertion_never_scores_above_an_attributed_claim(reports, name):
    claims = reports[name].claims
    asserted = [c.score for c in claims if c.assertion == "unsourced_assertion"]
    attributed = [c.score for c in claims if c.source_id]
    if asserted and attributed:
        assert max(asserted) < min(attributed)


def test_verdicts_say_what_is_measured(reports):
    assert reports["named"].summary.verdict == "well sourced"
    assert reports["one_named"].summary.verdict == "thinly sourced"
    assert reports["unsourced"].summary.verdict == "unsourced"


def test_a_copy_of_an_article_adds_nothing(reports):
    """In a batch, a verbatim copy neither corroborates nor changes the original's score."""
    original = replace(reports["anonymous_reason"],
                       document=replace(reports["anonymous_reason"].document, path="a.txt"))
    copy = replace(original, document=replace(original.document, path="b.txt"))
    alone = corroborate_batch([original])[0]
    together = corroborate_batch([original, copy])
    assert together[0].summary.credibility_score == alone.summary.credibility_score
    assert [c.score for c in together[0].claims] == [c.score for c in alone.claims]


def score_view(report) -> str:
    """The score-bearing part of the JSON report: claims' sourcing and the summary (the rest of
    the report belongs to other stages and is pinned by their own tests)."""
    d = report.to_dict()
    keep = ("id", "text", "source_id", "quote", "hedged", "corroboration", "corroborated_by",
            "key", "assertion", "score", "reasons")
    view = {"claims": [{k: c.get(k) for k in keep} for c in d["claims"]],
            "summary": d["summary"]}
    return json.dumps(view, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("fmt", ["text", "score.json"])
def test_golden_report(reports, name, fmt):
    report = replace(reports[name], document=replace(reports[name].document,
                                                     path=f"{name}.txt"))
    got = render([report], fmt) if fmt == "text" else score_view(report)
    path = GOLDEN / f"{name}.{'txt' if fmt == 'text' else fmt}"
    if os.environ.get("CREDIBILITY_REGENERATE"):
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(got, encoding="utf-8")
    assert path.exists(), f"{path} missing: run with CREDIBILITY_REGENERATE=1"
    assert got == path.read_text(encoding="utf-8"), (
        f"{path.name} differs from the golden report; if the change is deliberate, run "
        "CREDIBILITY_REGENERATE=1 python -m pytest tests/test_score_versions.py")
