"""Stage 5, score: background or unsourced assertion, the standards checks, the rules files.

Tables of real-style sentences, one line each: add a case with the cue that needs it.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

import credibility
from credibility.errors import RulesError
from credibility.rules import load_rules
from credibility.score import claim_weight, score_claims, summarize
from credibility.score.assertion import classify, figure, story_year
from credibility.score.standards import tags
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def rules():
    return load_rules()


# (sentence in the reporter's voice, story year, kind, the pass that decides)
READINGS = [
    ("Some of the special forces unit will be tasked with reining in corruption.", 2020,
     "unsourced_assertion", "prediction"),
    ("Repairs are expected to take three days.", 2024, "unsourced_assertion", "prediction"),
    # a number that is part of a name is no figure ("the Ward 4 seat"); a weekday before a
    # count does not make it one ("On Tuesday 12 people …")
    ("Two candidates for the Ward 4 seat share a kitchen table.", 2024, "background",
     "description or context"),
    ("On Tuesday 12 people were hurt in the fire.", 2024, "unsourced_assertion", "figure"),
    # trial 12: counts in words, as AP style writes those below ten, are figures too when
    # they count a kind of action; "the two leaders", "two years ago" count nothing
    ("Twelve people were injured.", 2026, "unsourced_assertion", "figure"),
    ("Three workers were killed in the blast.", 2026, "unsourced_assertion", "figure"),
    ("The two leaders were injured in the crash.", 2026, "background", "description or context"),
    ("The plant was attacked two years ago.", 2026, "background", "dated history"),
    # a question asserts nothing, not even a prediction (new-user trial: interview questions)
    ("Q: When will the ban be lifted?", 2024, "background", "question"),
    ("Will the port reopen by 2027?", 2024, "background", "question"),
    ("A judge sentenced former mayor Gerald Pike to six years in prison for stealing $2.4 "
     "million.", 2024, "background", "court record"),
    ("Pike pleaded guilty to fraud in March.", 2024, "background", "court record"),
    ("Pike will be sentenced next week for fraud.", 2024, "unsourced_assertion", "prediction"),
    # the law's maximum is public record (trial 19: an unsourced "accusation: fraud")
    ("He faces up to 20 years in prison on each wire fraud count.", 2026, "background",
     "court record"),
    ("He will face up to 20 years in prison if convicted of fraud.", 2026,
     "unsourced_assertion", "prediction"),
    ("The mayor accepted bribes from the contractor.", 2024, "unsourced_assertion", "accusation"),
    ("The council was accused of ignoring the warnings.", 2024, "unsourced_assertion",
     "accusation"),
    ("The pipe failed because of corrosion.", 2024, "unsourced_assertion", "causal claim"),
    ("The closure led to a shortage of bottled water.", 2024, "unsourced_assertion",
     "causal claim"),
    ("The soldiers seem to have been sent to watch the border guards.", 2020,
     "unsourced_assertion", "speculation"),
    ("The 124th army sent 31 commandos to attack the Blue House on January 21, 1968.", 2020,
     "background", "dated history"),
    ("The mayor should resign.", 2024, "unsourced_assertion", "judgement"),
    ("The delay reflects a lack of planning at city hall.", 2024, "unsourced_assertion",
     "judgement"),
    ("In 2019, the company's chief designer left to start his own firm.", 2025, "background",
     "dated history"),
    ("The town's water system was built in the 1960s.", 2024, "background", "dated history"),
    ("Since the onset of the pandemic, the authorities have closed the border.", 2020,
     "background", "dated history"),
    ("Exports fell to 14.8 billion dlrs in 1986.", 1987, "unsourced_assertion", "figure"),
    ("A water main break left 1,200 homes without running water.", 2024,
     "unsourced_assertion", "figure"),
    ("About 40 percent of the mains are past their design life.", 2024, "unsourced_assertion",
     "figure"),
    ("Prices have doubled.", 2024, "unsourced_assertion", "figure"),
    ("It was a shocking decision by the board.", 2024, "unsourced_assertion", "evaluation"),
    ("The vote is a shameful betrayal of the residents.", 2024, "unsourced_assertion",
     "evaluation"),
    ("The special forces are part of the XI Corps of the Korean People's Army.", 2020,
     "background", "description or context"),
    ("On a grey Thursday morning, Antonio watched as workers descended on his tent.", 2024,
     "background", "description or context"),
    ("On the 2nd, the soldiers arrived in Hyesan.", 2020, "background",
     "description or context"),
    # trial 18: "Everyone knows" hides a source (WP:WEASEL), in the reporter's own voice
    ("Everyone knows that the new cycle lanes are empty most of the day.", 2024,
     "unsourced_assertion", "vague attribution"),
    ("It is widely believed that the mill was sold at a loss.", 2024, "unsourced_assertion",
     "vague attribution"),
    # trial 18: a police appeal asserts nothing; its number and its "should" are no figure or
    # judgement, nor is a telephone number with a made-up area code
    ("Anyone with information is asked to call the tip line at (555) 201-3344.", 2024,
     "background", "appeal to readers"),
    ("Anyone with information should call police on 0800 555 111.", 2024, "background",
     "appeal to readers"),
    ("The hotline, (555) 201-3344, opened on Monday.", 2024, "background",
     "description or context"),
    ("The hotline, (555) 201-3344, took 4,000 calls.", 2024, "unsourced_assertion", "figure"),
    # review 18: a range and a price are no telephone numbers; "tips" and "anyone who saw" are
    # no appeal without a call to call
    ("Emergency lines logged 800-1200 calls a day.", 2024, "unsourced_assertion", "figure"),
    ("The dollar rose to 123.4567 yen.", 2024, "unsourced_assertion", "figure"),
    ("Tips can be worth up to 60 percent of a waiter's income.", 2024, "unsourced_assertion",
     "figure"),
    ("Anyone who saw the video knows the officer lied about it.", 2024, "unsourced_assertion",
     "accusation"),
    # trial 25: a vote's or a match's result told by its tally is public record
    ("The Millbrook City Council voted 5-2 on Monday night to approve the budget.", 2026,
     "background", "public record"),
    ("Okonkwo's 89th-minute header gave them a 2-1 win over Solihull Moors.", 2026,
     "background", "public record"),
    ("Prices rose 3-4 percent last year.", 2026, "unsourced_assertion", "figure"),
    # review 25: a range of a count, a date range and an age band are no tallies
    ("Russian forces lost 40-50 tanks near Avdiivka last week.", 2026, "unsourced_assertion",
     "figure"),
    ("The Senate vote on new aid is scheduled for 9-10 March.", 2026, "unsourced_assertion",
     "figure"),
    ("Young people aged 18-24 voted in record numbers in last year's election.", 2026,
     "unsourced_assertion", "figure"),
    ("The board voted 4-1 to offer the rule for comment.", 2026, "background", "public record"),
    ("Rovers beat Solihull Moors 2-1 at Prenton Park.", 2026, "background", "public record"),
    ("The company won a $3 billion contract.", 2026, "unsourced_assertion", "figure"),
]


@pytest.mark.parametrize(("text", "year", "kind", "cue"), READINGS)
def test_background_or_unsourced_assertion(rules, text, year, kind, cue):
    reading = classify(text, year, rules)
    assert (reading.kind, reading.cue) == (kind, cue), reading


def test_an_accusation_names_its_target(rules):
    reading = classify("The audit accused Mayor Tom Reyes of fraud.", 2024, rules)
    assert reading.target == "Mayor Tom Reyes"
    assert "aimed at Mayor Tom Reyes" in reading.reason()


@pytest.mark.parametrize(("text", "found"), [
    ("1,500 special forces soldiers arrived", "1,500"),
    ("on January 21, 1968", None),          # a date and a year, no figure
    ("On the 2nd, they arrived", None),     # an ordinal day
    ("costs rose by 3.5 million", "3.5"),
    ("thousands of residents", "thousands"),
    ("since the outbreak of COVID-19", None),  # part of a name
    ("The board named Jo Park, 54, as its chair", None),     # an age
    ("Park, 54, said 40 acres were lost", "40"),
    # a duration says how long, not how many (trial 12)
    ("cut the budget over the next 2 years", None),
    ("a 10-year plan to cut 500 jobs", "500"),
    # a clock time says when, not how many (trial 25: "figure: 2" of "at about 2:40 p.m.")
    ("The blast happened at about 2:40 p.m.", None),
    ("The order was lifted at 6 p.m.", None),
    ("Fourteen workers were hurt at 9am and 23 were treated", "23"),
])
def test_figure(rules, text, found):
    assert figure(text, rules) == found


def test_story_year_from_date_else_latest_year_mentioned():
    assert story_year("2020-08-05", "in 1968") == 2020
    assert story_year(None, "in 1985 and in 1987 and 1986") == 1987
    assert story_year(None, "no years") is None


def test_seed_reads_as_an_editor_would(seed_report):
    """The one prediction in the reporter's voice is an unsourced assertion; the border
    closures, the sanctions, the campaign, the XI Corps and the 1968 raid are background."""
    voice = {c.sentence: c.assertion for c in seed_report.claims if not c.source_id}
    assert voice == {4: "unsourced_assertion", 5: "background", 6: "background",
                     7: "background", 18: "background", 19: "background"}
    s = seed_report.summary
    assert (s.unsourced_assertions, s.background) == (1, 5)
    assert 20 <= s.credibility_score < 40 and s.verdict == "weakly sourced"
    assert all(c.assertion is None for c in seed_report.claims if c.source_id)


def test_the_ledes_figures_leave_out_durations():
    """Trial 12: Reuters' lede "… cut the health service's capital budget by 2.4 billion pounds
    over the next two years, two government officials said" listed "(2, 2,400,000,000)"."""
    report = credibility.analyze(
        "Britain to cut NHS budget\n\nBritain's health service faces a cut of 2.4 billion "
        "pounds over the next two years, two government officials said on Thursday.\n\n"
        "The officials said up to 12 hospital projects could be postponed for three months.\n")
    assert report.summary.findings[0].startswith(
        "! The lede's figure (2,400,000,000) rests on anonymous sources only")


def test_the_ledes_figures_leave_out_ordinals():
    """Trial 18: "after a strike entered its fifth day, two government officials said" gave
    "The lede's figure (5)": text2num reads the ordinal as "5th", a place in a series."""
    report = credibility.analyze(
        "Port strike halts exports\n\nTalvenia has suspended all grain shipments from its main "
        "port after a strike by dock workers entered its fifth day, two government officials "
        "said on Thursday.\n\nThe officials said about 40 vessels were waiting to load.\n")
    assert report.summary.findings[0].startswith(
        "! The lede's claim rests on anonymous sources only"), report.summary.findings


def test_seed_findings(seed_report):
    findings = seed_report.summary.findings
    assert findings[0].startswith("! The lede's figure (1,500) rests on one anonymous source: "
                                  "a Ryanggang military official")
    everyone = next(f for f in findings if "Every person quoted is anonymous" in f)
    assert "other sources cited: Radio Free Asia" in everyone  # an outlet is not a person
    assert not any("Every source is anonymous" in f for f in findings)
    assert "+ 1 independent confirmation (2 claims corroborated): C11 (S2) \u2194 C13 (S4)." \
        in findings
    assert findings[-1].startswith("· Sourcing score 39")


def test_seed_claim_reasons_add_up(seed_report):
    """Each number is in the reasons: base plus the signed adjustments is the claim's score."""
    for c in seed_report.claims:
        if not c.source_id:
            assert c.score == 0.0
            continue
        amounts = [float(m) for r in c.reasons for m in re.findall(r": ([+-]?\d\.\d\d)$", r)]
        assert amounts, c.reasons
        floor = load_rules().scoring["adjust"]["attributed_floor"]
        assert round(max(floor, sum(amounts)), 2) == c.score, (c.id, c.reasons)


def test_lede_and_figures_weigh_more(rules, seed_report):
    c1, c2 = seed_report.claims[0], seed_report.claims[1]
    assert c1.key and claim_weight(c1, rules) == 3.0      # the lede, with a figure
    assert not c2.key and claim_weight(c2, rules) == 1.0


def _anon(text: str):
    return credibility.analyze("Title\n\n" + text + "\n")


def test_standards_anonymous_without_reason_and_vague():
    report = _anon("Officials said the mayor is a disgrace and should resign.")
    texts = report.summary.findings
    assert any(t.startswith("! Anonymous source used for opinion or attack: C1") for t in texts)
    assert any(t.startswith("! Vague description of a source: Officials") for t in texts)
    reasons = report.claims[0].reasons
    assert any(r.startswith("Anonymous source used for opinion or attack [AP, NYT, RTRS]")
               for r in reasons)


@pytest.mark.parametrize("text", ["Some experts argue that the trees will not survive.",
                                  "Many analysts said the rally would fade."])
def test_some_experts_is_a_vague_description(text):
    assert any(t.startswith("! Vague description of a source")
               for t in _anon(text).summary.findings)


def test_anonymous_speculation_is_opinion_but_reported_knowledge_is_not():
    """Trial 10: "would probably not seek re-election" from an anonymous strategist is
    speculation (standards.toml); "are known to" reports what is known."""
    spec = _anon("One Republican strategist, speaking anonymously, said Lowell was finished "
                 "and would probably not seek re-election.")
    assert any(t.startswith("! Anonymous source used for opinion or attack: C1 (S1: "
                            "\u201cprobably\u201d)") for t in spec.summary.findings)
    known = _anon("A police official, who asked not to be named, said smugglers are known to "
                  "use the river crossing.")
    assert not any("opinion or attack" in t for t in known.summary.findings)


def test_a_stated_reason_silences_the_no_reason_finding():
    without = _anon("A police official said 40 people were arrested.")
    with_reason = _anon("A police official, who requested anonymity because she was not "
                        "authorized to speak, said 40 people were arrested.")
    assert any("without a stated reason" in f for f in without.summary.findings)
    assert not any("without a stated reason" in f for f in with_reason.summary.findings)
    assert with_reason.summary.credibility_score > without.summary.credibility_score


def test_unsourced_lede_finding():
    report = _anon("The mayor will resign on Friday.\n\nMaria Lopez said the council met.")
    assert report.summary.findings[0].startswith("! The lede cites no source: C1 [RTRS, AP]")


def test_an_unsourced_lede_is_one_finding_and_a_tally_is_shown_whole():
    """Trial 21: the council story's lede was flagged twice (the lede finding and the
    reporter's-own-voice finding), the second with the figure "5" of a 5-2 vote."""
    lede = "The City Council will cut the library budget by 5-7 percent next year."
    report = _anon(lede + "\n\nMaria Lopez said the council met.\n\n"
                   "Water rates will rise by 9 percent next year.")
    unsourced = [f for f in report.summary.findings if "own voice" in f]
    assert report.summary.findings[0].startswith("! The lede cites no source: C1")
    assert len(unsourced) == 1 and "C1" not in unsourced[0] and "C3" in unsourced[0]
    vote = "The City Council voted 5-2 on Monday night to approve a $48 million budget."
    assert figure(vote, load_rules()) == "5-2"
    # trial 25: the vote itself is public record, background (no lede finding)
    report = _anon(vote + "\n\nMaria Lopez said the council met.")
    assert not any("lede" in f and "no source" in f for f in report.summary.findings)


def test_corroboration_of_an_unsourced_assertion_raises_it_below_any_attributed_claim(rules, seed_report):
    claims = list(seed_report.claims)
    c5 = next(i for i, c in enumerate(claims) if c.assertion == "unsourced_assertion")
    claims[c5] = replace(claims[c5], corroboration="corroborated",
                         corroborated_by=("other.txt#C2",))
    scored = score_claims(seed_report.document, seed_report.sources, tuple(claims), rules)
    floor = rules.scoring["adjust"]["attributed_floor"]
    assert 0.0 < scored[c5].score < floor   # raised, and still below any attributed claim
    assert scored[c5].reasons[-1].startswith("corroborated by other reports (other.txt#C2)")
    summary = summarize(seed_report.document, seed_report.sources, scored, rules)
    assert summary.credibility_score > seed_report.summary.credibility_score


def test_tags_keep_semicolons_inside_parentheses(rules):
    check = rules.standards["key_claim_single_anonymous"]
    assert tags(check) == "AP, RTRS"


# ------------------------------------------------------------------ rules files


@pytest.fixture()
def rules_copy(tmp_path) -> Path:
    d = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", d, ignore=shutil.ignore_patterns("__pycache__",
                                                                     "__init__.py"))
    return d


def _load(d: Path):
    load_rules.cache_clear()
    try:
        return load_rules(str(d))
    finally:
        load_rules.cache_clear()


@pytest.mark.parametrize(("old", "new", "message"), [
    ('id = "vague_description"', 'id = "vague"', "check[3].id: expected one of"),
    ("penalty = -0.05\n# A source", "penalty = 0.05\n# A source",
     "check[3].penalty: expected zero or a negative number"),
    ("enabled = true\ntitle = \"Vague", "enabled = \"yes\"\ntitle = \"Vague",
     "check[3].enabled: expected true or false"),
    ('id = "unsourced_lede"', 'id = "vague_description"', "check vague_description is listed "
                                                         "twice"),
])
def test_broken_standards_file(rules_copy, old, new, message):
    path = rules_copy / "standards.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(RulesError, match=re.escape(message)) as e:
        _load(rules_copy)
    assert str(e.value).startswith(str(path))


def test_a_newsroom_can_switch_a_check_off(rules_copy):
    path = rules_copy / "standards.toml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('id = "anonymous_without_reason"\nenabled = true',
                        'id = "anonymous_without_reason"\nenabled = false')
    path.write_text(text, encoding="utf-8")
    rules = _load(rules_copy)
    report = credibility.analyze("Title\n\nA police official said 40 people were arrested.\n",
                                 rules=rules)
    assert not any("without a stated reason" in f for f in report.summary.findings)


def test_missing_assertion_key(rules_copy):
    path = rules_copy / "scoring.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^history_min_years = \d+\n", "", text), encoding="utf-8")
    with pytest.raises(RulesError, match=r"missing key assertion.history_min_years"):
        _load(rules_copy)


def test_the_report_carries_each_standard_with_its_wording(seed_report):
    from credibility.html import render_report

    assert seed_report.summary.standards == ("key_claim_single_anonymous",)
    d = seed_report.to_dict()
    assert d["summary"]["standards"] == ["key_claim_single_anonymous"]
    assert {c["assertion"] for c in d["claims"]} == {None, "background", "unsourced_assertion",
                                                     "headline"}
    page = render_report(seed_report)
    rule = load_rules().standards["key_claim_single_anonymous"]
    assert "Key claim on one anonymous source" in page
    assert rule.rule.split(":")[0].replace("'", "&#39;") in page


def test_one_attributed_claim_in_twelve_is_thinly_sourced():
    """The issue's case: 1 attributed claim among 12 topped the dashboard at 65 "adequate"."""
    voice = ["A water main break left 1,200 homes without running water.",
             "The pipe failed because of corrosion.",
             "Repairs will take at least three days.",
             "The repairs will cost about $2 million.",
             "About 40 percent of the mains are past their design life.",
             "The council will meet on Friday.",
             "The town's water system was built in 1962.",
             "The town sits on the east bank of the Mill River.",
             "Residents queued at the fire station with empty jugs.",
             "The last major break, in 1998, lasted a week.",
             "Schools will stay closed on Thursday."]
    text = "Title\n\n" + "\n\n".join(voice[:5] + ['"We are working around the clock," Mayor '
                                                 'Tom Reyes said.'] + voice[5:]) + "\n"
    report = credibility.analyze(text)
    s = report.summary
    assert (s.claims, s.attributed) == (12, 1)
    assert s.verdict == "thinly sourced" and s.credibility_score < 20
    assert s.background == 4 and s.unsourced_assertions == 7


def test_every_writer_labels_background_and_unsourced_assertions(seed_report):
    import csv
    import io
    import json

    from credibility.report import render, write_uncorroborated_text

    c5 = "Some of the special forces unit will be tasked"
    c6 = "Since the onset of the coronavirus pandemic"
    text = render([seed_report], "text")
    assert "sourcing score 39.3/100 (weakly" in text
    line5 = next(x for x in text.splitlines() if c5[:40] in x)
    line6 = next(x for x in text.splitlines() if c6[:40] in x)
    assert "unsrc." in line5 and line5.endswith("0.00")
    assert "backgr." in line6 and line6.endswith("-")
    md = render([seed_report], "markdown")
    assert "| C5 | unsourced assertion |" in md and "| C6 | background |  | not scored |" in md
    rows = {r["claim_id"]: r for r in csv.DictReader(io.StringIO(render([seed_report], "csv")))}
    assert (rows["C5"]["assertion"], rows["C6"]["assertion"], rows["C3"]["assertion"]) == \
        ("unsourced_assertion", "background", "")
    claims = {c["id"]: c for c in json.loads(render([seed_report], "json"))["claims"]}
    assert (claims["C5"]["assertion"], claims["C6"]["assertion"]) == \
        ("unsourced_assertion", "background")
    html = render([seed_report], "html")
    assert "C5 unattributed \u00b7 unsourced assertion" in html
    assert "C6 unattributed \u00b7 background" in html
    buf = io.StringIO()
    write_uncorroborated_text([seed_report], buf)
    out = buf.getvalue()
    assert "Unsourced assertions (the reporter's own voice; each needs a source)" in out
    assert "Background (the reporter's own voice; needs no source, not scored)" in out
    assert "C6 [not scored]" in out


def test_the_findings_say_that_a_story_carries_a_correction():
    """The correction note is page furniture, not a claim, and the findings say it is there
    (new-user trial: only the JSON's boilerplate held it)."""
    report = credibility.analyze(
        "Clinic hours cut\n\nThe county clinic will close on Saturdays from June, health "
        "director Ana Ruiz said.\n\nCorrection: An earlier version of this story gave the "
        "wrong month for the change.\n")
    assert any(f.startswith("\u00b7 The story carries a correction: \u201cCorrection: An "
                            "earlier version") for f in report.summary.findings)
    assert not any("earlier version" in c.span.text for c in report.claims)


def test_refusals_are_recorded_not_scored():
    """Trial 10: "declined to comment" was nowhere in the report; "said he had no comment"
    made an anonymous source penalised for giving no reason."""
    report = _anon("Prosecutors said Hale moved the money overseas. Hale's attorney, Miriam "
                   "Oduya, declined to comment. A woman who answered the phone at Hale's home "
                   "said he had no comment and hung up.")
    assert [s.name for s in report.sources] == ["Prosecutors"]
    refusals = [t for t in report.summary.findings if "refusals to comment" in t]
    assert refusals and "Miriam Oduya declined to comment (C2)" in refusals[0] \
        and "he had no comment (C3)" in refusals[0]


def test_a_refusal_after_a_report_in_its_sentence_is_recorded():
    """Trial 23: "She said her side had “…,” and declined to comment on …" recorded no
    refusal, while a sentence of its own did."""
    report = _anon("Prosecutors said Hale moved the money overseas. The coach said his players "
                   "had \u201clost their heads for five minutes,\u201d and declined to comment "
                   "on the penalty.")
    refusals = [t for t in report.summary.findings if "refusal to comment" in t]
    assert refusals and "The coach (S2) declined to comment (C3)" in refusals[0]
    assert [c.span.text for c in report.claims if c.source_id is None] == [
        "declined to comment on the penalty."]


def test_a_refusal_of_someone_else_in_the_speakers_sentence_is_not_the_speakers():
    """Review 23: '"We were robbed," Galloway said, but the referee declined to comment' said
    Galloway had declined to comment."""
    report = _anon("Prosecutors said Hale moved the money overseas. \u201cWe were robbed,\u201d "
                   "Galloway said after the match, but the referee declined to comment.")
    assert not any("Galloway" in t and "declined" in t for t in report.summary.findings)


@pytest.mark.parametrize("sentence", [
    # trial 21: no reply to questions, not a claim about what the questions were about
    "She did not respond to questions about the sprinklers.",
    "The company did not respond to repeated questions about the fire.",
    "Ivey did not answer questions about the inspection.",
])
def test_no_reply_to_questions_is_recorded_not_a_claim(sentence):
    report = _anon(f"Prosecutors said Hale moved the money overseas. {sentence}")
    assert not any(c.cue is not None and c.cue.text == "questions" for c in report.claims)
    refusals = [t for t in report.summary.findings if "refusal" in t and "no reply" in t]
    assert refusals and sentence.split(" questions")[0] in refusals[0]


@pytest.mark.parametrize(("text", "noted", "note"), [
    # trial 25: the outlet's word, right after the claim, that it could not check it
    ("A ransomware group calling itself BlackVine has claimed responsibility on its website "
     "and says it took more than 400 gigabytes of data. The claim could not be independently "
     "verified.", ["C1", "C2"], "C3"),
    ("Another resident, who asked not to be named because she works for the city, said the "
     "site had been chosen because the land was already owned by the city. The Courier could "
     "not independently confirm that.", ["C1"], "C2"),
    ("Rebels said they had shot down a helicopter. Reuters was unable to independently verify "
     "the report.", ["C1"], "C2"),
    # review 25: the forms of the outlet's own word (the thing could not be verified, "has not
    # been independently verified", "we")
    ("Rebels said they had shot down a helicopter. The figures could not be verified.",
     ["C1"], "C2"),
    ("Rebels said they had shot down a helicopter. The report has not been independently "
     "verified.", ["C1"], "C2"),
    ("Rebels said they had shot down a helicopter. We could not independently verify the "
     "report.", ["C1"], "C2"),
    ("Rebels said they had shot down a helicopter. The newspaper could not independently "
     "confirm the report.", ["C1"], "C2"),
])
def test_a_claim_the_outlet_could_not_verify_scores_lower(text, noted, note):
    report = _anon(text)
    plain = _anon(text[:text.rindex(".", 0, len(text) - 1) + 1])
    by_id = {c.id: c for c in report.claims}
    assert by_id[note].source_id is None and by_id[note].assertion == "background"
    adj = load_rules().scoring["adjust"]["unverified_by_outlet"]
    for cid, before in zip(noted, plain.claims, strict=True):
        assert by_id[cid].score == round(max(before.score + adj, 0.15), 2)
        assert any(f"could not verify it ({note}" in r for r in by_id[cid].reasons)
    assert any(t.startswith("~ The article says it could not verify") and note in t
               for t in report.summary.findings)


@pytest.mark.parametrize("text", [
    # a source's own inability to confirm is its claim, not the outlet's note
    "Rebels said they had shot down a helicopter. Police could not confirm the number.",
    # a source saying so of something is that source's claim
    "Rebels said they had shot down a helicopter. The ministry said the report could not be "
    "verified.",
    # review 25 (probe p13): a fact not yet known is no outlet's note on the claim before
    "Police said a 34-year-old man was found dead in the Sangamon River on Sunday morning. The "
    "man's identity has not been confirmed.",
    "Fire officials said the blaze at the boathouse began in the kitchen. The cause of the fire "
    "has not been confirmed.",
    # review 25 (probe p04): another party's check is not the outlet's
    "The Hamas-run health ministry said 40 people were killed in an airstrike on Tuesday. "
    "Israeli officials have not independently confirmed the figures.",
    "Rebels said they had shot down a helicopter. The Pentagon could not independently confirm "
    "the report.",
])
def test_no_note_no_unverified_claim(text):
    report = _anon(text)
    assert not any("could not verify" in r for c in report.claims for r in c.reasons)


@pytest.mark.parametrize(("sentence", "shown"), [
    # trial 25: a standing policy of not commenting, partly quoted, is the department's refusal
    ('A Treasury spokesperson said the department "does not comment on possible enforcement '
     'actions."', "spokesperson said the department does not comment (C2)"),
    ("A spokesperson said the network would not comment.",
     "A spokesperson said the network would not comment (C2)"),
])
def test_a_body_refusing_through_its_spokesperson_is_recorded_not_scored(sentence, shown):
    report = _anon(f"Prosecutors said Hale moved the money overseas. {sentence}")
    assert [s.name for s in report.sources] == ["Prosecutors"]
    assert [c.score for c in report.claims if c.sentence == 1] == [0.0]
    assert any(shown in t for t in report.summary.findings if "refusal" in t)


@pytest.mark.parametrize("sentence", [
    # the refusal of someone else, or one a clause of a claim goes on from, is reported
    'A Treasury spokesperson said the department "does not comment on enforcement actions, '
    'but the fines will rise."',
    "Prosecutors said Hale does not comment on his business.",
])
def test_a_report_that_goes_past_a_refusal_stays_a_claim(sentence):
    report = _anon(f"Prosecutors said Hale moved the money overseas. {sentence}")
    assert [c.source_id is not None for c in report.claims if c.sentence == 1] == [True]


def test_a_critic_saying_a_body_does_not_comment_makes_a_claim():
    """Review 25, H3 (probe p24): only one who speaks for the body reports its refusal; the
    parents' (or a former inspector's) claim about the board is theirs, scored."""
    report = _anon("Parents said the school board does not comment on complaints about bus "
                   "safety. Former inspector Mark Bell said the agency does not comment on "
                   "audits.")
    assert [s.name for s in report.sources] == ["Parents", "Mark Bell"]
    assert [c.source_id is not None for c in report.claims] == [True, True]
    assert not any("refusal" in t for t in report.summary.findings)


def test_a_refusal_beside_a_claim_is_recorded():
    """Review 25, M7 (probe p03): the board president's refusal is recorded, not lost, and
    what he confirmed stays his claim."""
    report = _anon("Prosecutors said Hale moved the money overseas. Board president Alan Reyes "
                   "said the board will not comment on personnel matters, but confirmed that "
                   "two drivers had been suspended.")
    second = [c for c in report.claims if c.sentence == 1]
    assert [(c.source_id is not None, c.span.text) for c in second] == [
        (False, "Board president Alan Reyes said the board will not comment on personnel "
                "matters"),
        (True, "two drivers had been suspended")]
    assert second[0].assertion == "background" and second[1].score > 0
    assert any("Board president Alan Reyes said the board will not comment (C2)" in t
               for t in report.summary.findings if "refusal" in t)


def test_a_refusal_alone_is_no_unsourced_prediction():
    """Review 25: "will not comment" is a refusal, recorded and not scored, never an unsourced
    prediction at 0."""
    report = _anon("Prosecutors said Hale moved the money overseas. The board will not comment "
                   "on personnel matters.")
    refusal = report.claims[1]
    assert refusal.source_id is None and refusal.assertion == "background"
    assert not any("needs a source" in t for t in report.summary.findings)


def test_a_refusal_is_quoted_to_the_end_of_its_words():
    """Trial 12: the finding read "Keller Chemical has not respond (C13)"."""
    report = _anon("Prosecutors said Hale moved the money overseas. Keller Chemical has not "
                   "responded to that allegation.")
    assert any("Keller Chemical has not responded (C2)" in t for t in report.summary.findings)


def test_the_last_finding_names_the_claims_the_weights_touch():
    """Trial 12, finding 10: which claims counted ×2 (the lede) and ×1.5 (a figure) could only
    be found by trying; the finding names them."""
    report = credibility.analyze("Blast\n\nThree workers were killed in the blast, police said. "
                                 "The mayor said the town would hold a vigil.\n")
    last = report.summary.findings[-1]
    assert "lede \u00d72: C1" in last and "figures \u00d71.5: C1)" in last


def test_the_score_explanation_says_none_where_a_weight_touched_no_claim():
    """"lede ×2: none, figures ×1.5: C3", not "lede ×2, figures ×1.5: C3", which reads as if
    the lede were C3 (trial 23)."""
    one = credibility.analyze("The minister said the bridge would reopen in May.")
    assert "lede \u00d72: C1, figures \u00d71.5: none)" in one.summary.findings[-1]
    lede_background = credibility.analyze(
        "Bridge\n\nThe bridge closed in 1998 after a flood.\n\nIt will reopen, the minister "
        "said.\n\nThe council said 40 workers would start on Monday.")
    line = next(f for f in lede_background.summary.findings if "Sourcing score" in f)
    assert "lede \u00d72: none, figures \u00d71.5: C3)" in line
