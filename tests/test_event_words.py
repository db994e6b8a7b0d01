"""A link's reason names the event in the claims' own words, not the lexicon's kind (trial 25,
finding 20: an industrial explosion was called an "attack", the kind "blast" and "explosion"
are grouped under)."""

from __future__ import annotations

from pathlib import Path

import credibility
from credibility.corroborate import article_key, features, kind_words
from credibility.corroborate.across import _grounds
from credibility.rules import load_rules

TRIAL = Path(__file__).parent / "data" / "trial25"


def _claim(name: str, start: str):
    report = credibility.analyze((TRIAL / name).read_text(encoding="utf-8"))
    claim = next(c for c in report.claims if c.span.text.startswith(start))
    key = article_key(report)
    return next(k for k in key.claims if k.id == claim.id)


def test_the_plant_blast_is_said_in_both_outlets_words():
    gazette = _claim("11a_factory_fire_gazette.txt", "The blast happened")
    times = _claim("11b_factory_fire_times.txt", "Twenty-three workers were injured")
    assert "attack" in gazette.events & times.events      # the lexicon's grouping
    why = _grounds(gazette, times)
    assert "blast/explosion" in why and "attack" not in why


def test_one_word_in_both_claims_is_said_once():
    rules = load_rules()
    a = features("1,500 special forces soldiers arrived in Hyesan", "", rules)
    b = features("300 of the elite troops arrived Sunday evening", "", rules)
    assert kind_words(a.event_words, b.event_words, a.events & b.events) == "arrived"
    # no kind in common: nothing said
    c = features("The council approved the budget", "", rules)
    assert kind_words(a.event_words, c.event_words, a.events & c.events) == ""
