"""Within one article, sources that speak for one body are not independent (trial 25, finding 5).

"fire officials said" in the lede and "Dunmore Fire Chief Thomas Walsh said" further down are
the fire department twice: the unnamed officials of a service and the person who heads it.
"""

from __future__ import annotations

from pathlib import Path

import credibility
from credibility.corroborate import independent, one_body, role_bodies, speakers_for
from credibility.rules import load_rules

TRIAL = Path(__file__).parent / "data" / "trial25"


def _report(name: str):
    return credibility.analyze((TRIAL / name).read_text(encoding="utf-8"))


def _source(report, name: str):
    return next(s for s in report.sources if s.name == name)


def test_fire_officials_and_the_fire_chief_do_not_confirm_each_other():
    r = _report("11a_factory_fire_gazette.txt")
    officials, chief = _source(r, "fire officials"), _source(r, "Thomas Walsh")
    lede = next(c for c in r.claims if c.source_id == officials.id)
    told = next(c for c in r.claims if c.source_id == chief.id and "14 workers" in c.span.text)
    assert "injured 14 workers" in lede.span.text
    assert lede.corroboration == told.corroboration == "single_source"
    assert told.id not in lede.corroborated_by and not told.corroborated_by
    # the agreement is shown, not counted
    assert told.links == (f"{lede.id}: not counted as a confirmation: probably the same source "
                          "(both speak for \u201cfire\u201d; same event, figure 14)",)
    rules = load_rules()
    bodies = role_bodies(r.sources, rules)
    assert one_body(bodies[officials.id], bodies[chief.id]) == "fire"
    speaks = speakers_for(r.sources, rules.sources.institutional_voices, rules.sources.articles)
    # the company's spokesperson is another body's voice
    company = _source(r, "Lisa Brenner")
    assert independent(officials, company, r.document, {}, speaks)


def test_a_fire_chief_and_a_county_emergency_director_stay_independent():
    r = _report("11b_factory_fire_times.txt")
    rules = load_rules()
    speaks = speakers_for(r.sources, rules.sources.institutional_voices, rules.sources.articles)
    chief, director = _source(r, "Thomas Walsh"), _source(r, "Tim Lavelle")
    assert independent(chief, director, r.document, {}, speaks)
    bodies = role_bodies(r.sources, rules)
    assert one_body(bodies.get(chief.id, frozenset()), bodies.get(director.id, frozenset())) is None


def test_the_fire_department_named_and_its_chief_are_one_voice():
    text = ("Warehouse fire injures 12\n\n"
            "A fire at a warehouse in Dunmore on Tuesday injured 12 workers, the Dunmore Fire "
            "Department said.\n\n"
            "Fire Chief Thomas Walsh said 12 workers were injured in the fire on Tuesday.\n")
    r = credibility.analyze(text)
    assert [c.corroboration for c in r.claims if c.source_id] == ["single_source"] * 2


# Review 25 H1: a kind word in common is not one body; the description's place or nationality
# tells the bodies apart.
_ARMIES = (
    "Border clash kills three soldiers\n\n"
    "SRINAGAR — Three Indian soldiers were killed in an exchange of fire along the Line of "
    "Control on Tuesday, Indian army officials said.\n\n"
    "Pakistani army spokesman Maj. Gen. Ahmed Sharif said three Indian soldiers were killed "
    "after Indian troops fired first.\n")
_TWO_TOWNS = (
    "Fire destroys Taylor lumber yard; Scranton crews assist\n\n"
    "TAYLOR, Pa. — A fire destroyed a lumber yard in Taylor on Thursday night and injured "
    "three firefighters, Taylor fire officials said.\n\n"
    "Scranton Fire Chief Thomas Walsh said three firefighters were injured, one of them "
    "seriously, when a wall collapsed.\n")


def _confirm_each_other(text: str) -> bool:
    r = credibility.analyze(text)
    a, b = [c for c in r.claims if c.source_id][:2]
    return b.id in a.corroborated_by and a.id in b.corroborated_by


def test_two_armies_of_opposite_sides_are_two_voices():
    assert _confirm_each_other(_ARMIES)
    r = credibility.analyze(_ARMIES)
    bodies = role_bodies(r.sources, load_rules())
    india, pakistan = (_source(r, "Indian army officials"), _source(r, "Ahmed Sharif"))
    assert one_body(bodies[india.id], bodies[pakistan.id]) is None


def test_two_towns_fire_services_are_two_voices():
    assert _confirm_each_other(_TWO_TOWNS)
    # the town's own fire department named, and the other town's chief: two bodies too
    assert _confirm_each_other(_TWO_TOWNS.replace("Taylor fire officials said",
                                                  "the Taylor Fire Department said"))


def test_a_town_named_on_one_side_only_is_still_one_body():
    # nothing tells "fire officials" from the Scranton chief's department
    assert not _confirm_each_other(_TWO_TOWNS.replace("Taylor fire officials said",
                                                      "fire officials said"))
    # nor "Scranton fire officials" from it
    assert not _confirm_each_other(_TWO_TOWNS.replace("Taylor fire officials said",
                                                      "Scranton fire officials said"))
