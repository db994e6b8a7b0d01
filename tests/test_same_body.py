"""Within one article, sources that speak for one body are not independent (trial 25, finding 5).

"fire officials said" in the lede and "Dunmore Fire Chief Thomas Walsh said" further down are
the fire department twice: the unnamed officials of a service and the person who heads it.
"""

from __future__ import annotations

from pathlib import Path

import credibility
from credibility.corroborate import BODY, independent, speakers_for
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
    speaks = speakers_for(r.sources, rules.sources.institutional_voices, rules.sources.articles,
                          str(rules.directory))
    assert BODY + "fire" in speaks[officials.id] & speaks[chief.id]
    assert not independent(officials, chief, r.document, {}, speaks)
    # the company's spokesperson is another body's voice
    company = _source(r, "Lisa Brenner")
    assert independent(officials, company, r.document, {}, speaks)


def test_a_fire_chief_and_a_county_emergency_director_stay_independent():
    r = _report("11b_factory_fire_times.txt")
    rules = load_rules()
    speaks = speakers_for(r.sources, rules.sources.institutional_voices, rules.sources.articles,
                          str(rules.directory))
    chief, director = _source(r, "Thomas Walsh"), _source(r, "Tim Lavelle")
    assert independent(chief, director, r.document, {}, speaks)


def test_the_fire_department_named_and_its_chief_are_one_voice():
    text = ("Warehouse fire injures 12\n\n"
            "A fire at a warehouse in Dunmore on Tuesday injured 12 workers, the Dunmore Fire "
            "Department said.\n\n"
            "Fire Chief Thomas Walsh said 12 workers were injured in the fire on Tuesday.\n")
    r = credibility.analyze(text)
    assert [c.corroboration for c in r.claims if c.source_id] == ["single_source"] * 2
