"""Sentence segmentation: Punkt plus the project's abbreviations and quotation handling.

Each row is a paragraph written for these tests and the sentences it must give.
"""

from __future__ import annotations

import pytest

from credibility.rules import load_rules
from credibility.segment import quote_depth_after, quote_marks, segment
from tests.conftest import paragraphs_document


def sentences(text: str) -> list[str]:
    document = paragraphs_document(text)
    return [s.span.text for s in segment(document, load_rules())]


SENTENCES = [
    ("The U.S. and U.N. agreed. Talks resume Monday.",
     ["The U.S. and U.N. agreed.", "Talks resume Monday."]),
    ("Sen. Chuck Schumer spoke first. Gov. Ann Lee followed.",
     ["Sen. Chuck Schumer spoke first.", "Gov. Ann Lee followed."]),
    ("The meeting starts at 9 a.m. on Friday in Washington, D.C. and ends at noon.",
     ["The meeting starts at 9 a.m. on Friday in Washington, D.C. and ends at noon."]),
    # a quotation of several sentences stays one sentence with its frame
    ("“We lost the house. We lost the car,” she said. The fire is out.",
     ["“We lost the house. We lost the car,” she said.", "The fire is out."]),
    # typewriter quotes count as quotation marks
    ("''We lost the house. We lost the car,'' she said. The fire is out.",
     ["''We lost the house. We lost the car,'' she said.", "The fire is out."]),
    # a quoted question or exclamation the sentence goes on from
    ("“Are you safe?” she asked. Nobody answered.",
     ["“Are you safe?” she asked.", "Nobody answered."]),
    ("“Stop!” the officer shouted at the driver.",
     ["“Stop!” the officer shouted at the driver."]),
    # a dash after a quotation signs it
    ("“The river took everything.” ― Rosa Diaz",
     ["“The river took everything.” ― Rosa Diaz"]),
    # a dotted abbreviation before a name goes on; before a usual sentence starter it ends
    ("She joined the L.A. Tenants Union in May.", ["She joined the L.A. Tenants Union in May."]),
    ("The talks were held in the U.S. The next round is in Geneva.",
     ["The talks were held in the U.S.", "The next round is in Geneva."]),
    # a time of day ends a sentence before a capitalised word, unless the word goes on the
    # time or the time opens the sentence
    ("The fire started at around 3:30 a.m. One neighbor said the alarm never sounded.",
     ["The fire started at around 3:30 a.m.", "One neighbor said the alarm never sounded."]),
    ("He arrived at the station at 5 p.m. Police said he was calm.",
     ["He arrived at the station at 5 p.m.", "Police said he was calm."]),
    ("The meeting starts at 9 a.m. Tuesday in the town hall.",
     ["The meeting starts at 9 a.m. Tuesday in the town hall."]),
    ("Polls close across the state at 8 p.m. EST on Tuesday.",
     ["Polls close across the state at 8 p.m. EST on Tuesday."]),
    ("At 10 a.m. President Lee will speak.", ["At 10 a.m. President Lee will speak."]),
    # trial 12: a quotation opening the next sentence after the time
    ('The blast happened shortly after 6 a.m. "It took us all morning," Tunney said.',
     ["The blast happened shortly after 6 a.m.", '"It took us all morning," Tunney said.']),
    # a lower-case word spelt like the abbreviation of a name ("Ill.", "Mass.") ends a sentence
    ("He fell ill. Doctors said he would recover.",
     ["He fell ill.", "Doctors said he would recover."]),
    ("The glacier lost a fifth of its mass. “We have never seen this,” she said.",
     ["The glacier lost a fifth of its mass.", "“We have never seen this,” she said."]),
    ("Sen. Lee met Gen. Ortiz in Olympia, Wash., on Friday.",
     ["Sen. Lee met Gen. Ortiz in Olympia, Wash., on Friday."]),
    ("“He fell ill. Doctors say he will recover,” his wife said.",
     ["“He fell ill. Doctors say he will recover,” his wife said."]),
    # trial 6: the day that ends the sentence goes on the time ("Sunday." was a sentence)
    ("Officers were called to Main Street at about 1:45 a.m. Sunday. Two men were hurt.",
     ["Officers were called to Main Street at about 1:45 a.m. Sunday.", "Two men were hurt."]),
    # apostrophes are not quotation marks
    ("The voters’ choice was clear. Don’t expect a recount.",
     ["The voters’ choice was clear.", "Don’t expect a recount."]),
    # paragraphs never merge, even with a quotation left open
    ("“We waited for hours.\n\n“Nobody came.”", ["“We waited for hours.", "“Nobody came.”"]),
    # a title before a name that is also an English word (Punkt splits before "hedge", "rob")
    ("It was the timing, Mr. Hedge said. Sen. Rob Portman agreed.",
     ["It was the timing, Mr. Hedge said.", "Sen. Rob Portman agreed."]),
    ("“We sold too early,” Mr. Hedge said.", ["“We sold too early,” Mr. Hedge said."]),
    # trial 18: a quotation that opens after the period of an abbreviation ("Penn.", "Co.")
    # opens a new sentence; a quoted name or nickname after one goes on
    ('"We took the site offline," said Carol Penn. "No resident data was accessed."',
     ['"We took the site offline," said Carol Penn.', '"No resident data was accessed."']),
    ("“Prices fell,” said Ann Lee of Lucky Securities Co. “The fund is certain to gain.”",
     ["“Prices fell,” said Ann Lee of Lucky Securities Co.", "“The fund is certain to gain.”"]),
    ("She moved to Washington, D.C. “It was a shock,” she said.",
     ["She moved to Washington, D.C.", "“It was a shock,” she said."]),
    ("The bill, known in the U.S. “Dream Act” debates, failed.",
     ["The bill, known in the U.S. “Dream Act” debates, failed."]),
    ("He met Gen. “Mad Dog” Mattis on Friday.", ["He met Gen. “Mad Dog” Mattis on Friday."]),
    # review 18: after a dotted abbreviation ("U.S.") a list of quoted titles goes on in the
    # sentence, as does a quotation the sentence goes on after in lower case
    ('He defended the U.S. "Remain in Mexico," "Title 42" and "zero tolerance" policies, the '
     'senator said.',
     ['He defended the U.S. "Remain in Mexico," "Title 42" and "zero tolerance" policies, the '
      'senator said.']),
    ("Critics of the U.K. “Rwanda plan,” and “stop the boats” slogans protested.",
     ["Critics of the U.K. “Rwanda plan,” and “stop the boats” slogans protested."]),
    ("The U.N. “Never again!” pledge was repeated.",
     ["The U.N. “Never again!” pledge was repeated."]),
    # trial 23: AP's military titles before a name end no sentence; the ship's prison does
    ("The base's commander, Brig. Gen. Tomas Okoye, spoke first. Pfc. Lena Marsh followed.",
     ["The base's commander, Brig. Gen. Tomas Okoye, spoke first.", "Pfc. Lena Marsh followed."]),
    ("The deserter spent a week in the brig. Navy officials declined to comment.",
     ["The deserter spent a week in the brig.", "Navy officials declined to comment."]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentences(text, expected):
    assert sentences(text) == expected


QUOTES = load_rules().quotes


@pytest.mark.parametrize(("text", "depth"), [
    ("“Open", 1), ("“Open” and shut", 0), ('"Open', 1), ('"Open" and shut', 0),
    ("''Open", 1), ("''Open'' and shut", 0), ("«Open", 1), ("«Open»", 0),
    ("„Offen“", 0), ("It’s the voters’ choice", 0), ("“A ‘nested’ one", 1),
])
def test_quote_depth(text, depth):
    assert quote_depth_after(text, QUOTES) == depth


def test_single_quotes_only_when_asked():
    text = "‘Go home,’ he said. Don’t."
    assert quote_marks(text, QUOTES) == []
    roles = [role for _, _, role in quote_marks(text, QUOTES, singles=True)]
    assert roles == ["open", "close"]


@pytest.mark.parametrize(("text", "singles", "marks"), [
    ("''Go,'' she said.", False, [(0, 2, "toggle"), (5, 2, "toggle")]),
    ("„Geh“ – “Go” ‘x’", False, [(0, 1, "open"), (4, 1, "either"), (8, 1, "either"),
                                 (11, 1, "close")]),
    ("«Oui» ‹non› «“", False, [(0, 1, "open"), (4, 1, "close"), (12, 1, "open"),
                              (13, 1, "either")]),
    ("‘Go home,’ he said. Don’t ’", True, [(0, 1, "open"), (9, 1, "close")]),
    ("“A ‘nested’ one's” ‹x›", True, [(0, 1, "either"), (3, 1, "open"), (10, 1, "close"),
                                      (17, 1, "close"), (19, 1, "open"), (21, 1, "close")]),
    ("It's '''odd'", True, [(5, 2, "toggle")]),
])
def test_quote_marks_offsets_and_roles(text, singles, marks):
    """Offsets, lengths and roles of the marks: what attribution builds quoted regions from."""
    assert quote_marks(text, QUOTES, singles=singles) == marks


def test_a_quotation_over_sentences_of_several_paragraphs():
    """Paragraphs with and without quotation marks side by side keep their own sentences."""
    text = ("No quotes here. None at all.\n\n“First. Second,” she said. Third.\n\n"
            "Plain again. End.")
    assert sentences(text) == ["No quotes here.", "None at all.",
                               "“First. Second,” she said.", "Third.", "Plain again.", "End."]


def test_a_paragraph_holds_a_lowercase_abbreviation_where_its_period_says_so(seed_text):
    """``lowercase_abbreviation_period`` (the period, looked behind for the word: fast) finds
    one in a whole text exactly where ``lowercase_abbreviation_end`` (the word and its period)
    does, and ends where it does."""
    import random

    rules = load_rules()
    period, end = rules.lowercase_abbreviation_period, rules.lowercase_abbreviation_end
    rng = random.Random(4)
    words = ["ill", "gen", "Ill", "mass", "x", "U.S", "sens", "messrs", "a.m", "wis"]
    texts = [seed_text] + [" ".join(rng.choice(words) + rng.choice([".", ". ", "..", ",", ".\n"])
                                    + rng.choice(["Doctors", "“The", "the", "A", ""])
                                    for _ in range(rng.randrange(1, 6))) for _ in range(3000)]
    for text in texts:
        assert [m.end() for m in period.finditer(text)] == [m.end() for m in end.finditer(text)]
