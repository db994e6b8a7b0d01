"""Question-and-answer interviews: the answers are the interviewee's, "I" and "you" are the
interviewee (credibility.attribute.interview, the entity layer's interviewee pass)."""

from __future__ import annotations

import pytest

import credibility
from credibility import segment
from credibility.attribute.interview import read_interview
from credibility.rules import load_rules

LABELLED = """'Nobody checked the valves': a former plant engineer speaks

Former plant engineer Tomasz Wierzbicki worked at the Halden chemical works for 22 years. He \
talked to the Coastal Ledger about the leak in March. The interview has been edited for length.

Q: When did you first notice the corrosion?
A: In 2021. The valves on tank four were pitted all the way through. I reported it twice.

Q: What did the company do?
A: My manager said it would be "looked at next quarter." Nothing happened.

Q: Have you talked to the inspectors?
A: I have given a statement to the regional safety board. I can't say more than that.

Halden Chemicals said in a statement that it "rejects the allegations."
"""

UNLABELLED = """Wikinews interviews glaciologist Ingrid Soltveit on the retreat of the Nordbre \
glacier Tuesday, March 4, 2025

Ingrid Soltveit has measured the Nordbre glacier every summer since 2009.

What first drew you to glaciers?

I grew up below one. My father took me onto the ice when I was six, and I never stopped going back.

How fast is the Nordbre retreating now?

About forty metres a year at the snout. Ten years ago it was fifteen. I think the lake at its \
foot will double in size by 2035.

Do you expect the retreat to slow?

Not unless the summers cool. My models say it will not.
"""

COLUMN = """What the council could do about the buses

When I rode the number 12 last week, I counted four empty seats at rush hour.

Why does the council keep cutting routes?

I have asked that question for three years. The answer I get is always the budget.

What would it cost to restore them?

Less than the new car park, by my count. The figures are in the council's own report.
"""


def _claim(report, words: str):
    return next(c for c in report.claims if words in c.span.text)


def test_labelled_answers_are_the_interviewees():
    report = credibility.analyze(LABELLED)
    (who,) = [s for s in report.sources if s.name == "Tomasz Wierzbicki"]
    assert who.kind == "named_person" and not who.anonymous
    for words in ("In 2021.", "pitted all the way through", "Nothing happened.",
                  "statement to the regional safety board"):
        c = _claim(report, words)
        assert c.source_id == who.id and c.quote == "direct"
    # the turn labels are not part of the claims; questions and the reporter's closing are not
    # the interviewee's
    assert _claim(report, "In 2021.").span.text == "In 2021."
    assert _claim(report, "When did you first").source_id is None
    assert _claim(report, "rejects the allegations").source_id != who.id
    # a refusal is no claim of his
    assert _claim(report, "can't say more").source_id is None


PLACE_NAMES_IN_THE_INTRO = """'The river never waited': a harbour master on the flood

Captain Ines Varga has run the Port of Brenna for twelve years. As crews clear the Ardmore Basin, \
which flooded twice this winter, she spoke to the Coastal Sentinel about dredging and the \
basin's future. The interview has been edited for length.

Q: How bad was the second flood?
A: It was the worst I have seen. I told the harbour board in 2019 that the walls would fail.

Q: Has the board listened since?
A: Not yet. My crews are still pumping out the basin every night.
"""


def test_place_and_outlet_names_in_the_intro_are_no_interviewee():
    """"As crews clear the Ardmore Basin, … she spoke to the Coastal Sentinel": neither is a
    person ("basin" is a common noun here, "Sentinel" an outlet's word), so the interviewee is
    the harbour master the introduction names, and her "I" is hers (new-user trial 16: "I" was
    a named person of its own)."""
    report = credibility.analyze(PLACE_NAMES_IN_THE_INTRO)
    (who,) = [s for s in report.sources if s.name == "Ines Varga"]
    assert _claim(report, "worst I have seen").source_id == who.id
    assert _claim(report, "the walls would fail").source_id == who.id
    assert not any(s.name in {"I", "My"} for s in report.sources)


def test_unlabelled_answers_and_pronouns_are_the_interviewees():
    report = credibility.analyze(UNLABELLED)
    (who,) = [s for s in report.sources if s.name == "Ingrid Soltveit"]
    for words in ("I grew up below one", "About forty metres a year", "Not unless the summers"):
        assert _claim(report, words).source_id == who.id
    (entity,) = [e for e in report.entities if e.id == who.entity_id]
    said = {(m.start, m.text) for m in entity.mentions}
    text = report.document.text
    for phrase, pronoun in (("I grew up", "I"), ("My father", "My"),
                            ("What first drew you", "you"), ("Do you expect", "you")):
        at = text.index(phrase) + phrase.index(pronoun)
        assert (at, pronoun) in said, phrase


def test_a_column_that_asks_questions_is_no_interview():
    rules = load_rules()
    report = credibility.analyze(COLUMN)
    assert read_interview(report.document, segment.segment(report.document, rules), rules) is None
    assert _claim(report, "Less than the new car park").source_id is None


def test_two_interviewees_leave_the_answers_to_neither():
    text = UNLABELLED.replace("glaciologist Ingrid Soltveit",
                              "glaciologists Ingrid Soltveit and Daniel Moe")
    report = credibility.analyze(text)
    assert _claim(report, "I grew up below one").source_id is None


# trial 13: the introduction names the reporter who asks; the answers are the other person's
INTERVIEWER_NAMED = [
    ("She spoke to our reporter, Adam Crowe, about the riverside scheme."),
    ("She was interviewed by Adam Crowe about the riverside scheme."),
    ("She talked to our correspondent Adam Crowe about the riverside scheme."),
]


def _planning_interview(intro: str) -> credibility.Report:
    """A Q&A with the council's planning chief, its introduction ``intro``."""
    return credibility.analyze(
        "'We cannot keep building on floodplains'\n\n"
        f"{intro}\n\n"
        "Q: What is your first priority?\n\n"
        "A: Getting homes built where people can live safely. We have 4,200 families on the "
        "waiting list.\n\n"
        "Q: Will you stop the scheme?\n\n"
        "A: I don't have the power to stop it on my own.\n")


def _answered_by_the_chief(report) -> bool:
    return all(report.source(_claim(report, words).source_id) is not None
               and report.source(_claim(report, words).source_id).name == "Marisol Etxeberria"
               for words in ("4,200 families", "power to stop it"))


@pytest.mark.parametrize("presenting", [
    "The council's planning team is now led by Marisol Etxeberria, who spoke to us about the "
    "riverside scheme.",
    "Planning at Linfield City Council is now run by Marisol Etxeberria. She spoke to us about "
    "the riverside scheme.",
])
def test_a_name_after_led_by_is_the_interviewee_not_an_interviewer(presenting):
    """Only "interviewed by", "our reporter" … present the one who asks, not "by" (review)."""
    assert _answered_by_the_chief(_planning_interview(presenting))


@pytest.mark.parametrize("presenting", INTERVIEWER_NAMED)
def test_the_interviewer_named_in_the_introduction_is_not_the_interviewee(presenting):
    assert _answered_by_the_chief(_planning_interview(
        "Marisol Etxeberria took over as head of planning at Linfield City Council in "
        f"January. {presenting}"))


@pytest.mark.parametrize("presenting", [
    # trial 16: the outlet and the fire were read as two people, and the interview lost its
    # interviewee
    "As crews battle the Ridgeback Fire, she spoke to the Linfield Sentinel about the scheme.",
    "She spoke to the Sierra Gazette about the riverside scheme.",
])
def test_names_after_the_are_no_interviewee(presenting):
    assert _answered_by_the_chief(_planning_interview(
        f"Marisol Etxeberria took over as head of planning in January. {presenting}"))


# trial 23 (H1): the interviewee was found only when the first-name lists knew her first
# name; for others the answers went to no one and their "I" became a source of its own.
RAIL_QA = """'We have to earn back the passengers': the new head of Valley Rail

{name} took charge of Valley Rail in March, after a winter of cancellations. Punctuality \
fell to 71 percent in February, according to the operator's own figures. She spoke to the \
Valley Echo about delays and fares. The interview has been edited for length.

Q: Why are so many trains still late?

A: Too many of our drivers retired at once. We have hired 60 new drivers since April.

Q: Will fares go up in January?

A: The fares review decides that, not me. But I would be lying if I said the trains run on \
time.

Valley Rail's owners declined to comment.
"""


@pytest.mark.parametrize("name", ["Nomsa Khumalo", "Oluwaseun Bello", "Kwabena Asante",
                                  "Sarah Jones", "Thandeka Zulu"])
def test_the_answers_are_the_interviewees_whatever_her_name(name):
    """A name that "She" takes up in the next sentences of the introduction is a person's,
    whether or not rules/first_names*.txt lists the first name."""
    report = credibility.analyze(RAIL_QA.format(name=name))
    (who,) = [s for s in report.sources if s.name == name]
    for words in ("Too many of our drivers", "We have hired 60", "The fares review decides"):
        assert _claim(report, words).source_id == who.id, words
    assert not any(s.name.lower() in {"i", "we"} for s in report.sources)


def test_if_i_said_reports_nothing_said():
    """"But I would be lying if I said the trains run on time" turned the interviewee's
    meaning around as the claim "the trains run on time"; a report in a clause opened by
    "if" says nothing was said: the whole sentence is the answer."""
    report = credibility.analyze(RAIL_QA.format(name="Nomsa Khumalo"))
    texts = [c.span.text for c in report.claims]
    assert "the trains run on time" not in texts
    (who,) = [s for s in report.sources if s.name == "Nomsa Khumalo"]
    assert _claim(report, "But I would be lying").source_id == who.id


def test_a_company_opening_the_introduction_is_not_the_interviewee():
    """Review 23: "Valley Rail carried … The new chief executive is Sarah Jones … She spoke
    to …": the company that opens a sentence is no person "She" takes up; Sarah Jones is."""
    text = RAIL_QA.format(name="Sarah Jones").replace(
        "Sarah Jones took charge of Valley Rail in March, after a winter of cancellations.",
        "Kelsford Transit carried four million passengers last year. The new chief executive "
        "is Sarah Jones, who took over in March.")
    report = credibility.analyze(text)
    (who,) = [s for s in report.sources if s.name == "Sarah Jones"]
    assert _claim(report, "Too many of our drivers").source_id == who.id
