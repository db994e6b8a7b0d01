"""The genre of an article (``Document.genre``): an opinion piece or a press release is not news
reporting, and the reports, the score and corroboration across articles say so.  The signals
are data (``rules/boilerplate.toml`` [genre]); one row here per signal, and rows of news that
must stay news."""

from __future__ import annotations

import io
import json

import pytest

import credibility
from credibility.batch import run_batch
from credibility.corroborate import corroborate_batch
from credibility.report import write_text

COLUMN = """Harlow Ridge deserves better from its chemical plant

By Dana Wu

Published 6 March 2026

Three people went to work at the Keller plant on Tuesday and did not come home.

The plant was cited for ventilation problems in 2024 and paid nothing.

State regulators should shut the plant down until every building has been inspected.
"""

NEWS = """Three killed in Harlow Ridge chemical plant blast

By Sam Ortiz

Published 6 March 2026

HARLOW RIDGE, Ohio — An explosion at the Keller Chemical plant killed three workers on \
Tuesday, fire officials said.

Local media report that the plant was cited for ventilation problems in 2024 and paid nothing.

Fire Chief Dana Whitcomb said the cause was not yet known.
"""


def _genre(text: str) -> tuple[str | None, str | None]:
    doc = credibility.analyze(text).document
    return doc.genre, doc.genre_signal


def _text(report) -> str:
    out = io.StringIO()
    write_text([report], out, color=False)
    return out.getvalue()


GENRE_CASES = [
    # opinion: the headline's label
    ("Opinion: " + COLUMN, "opinion"),
    ("OPINION | " + COLUMN, "opinion"),
    ("Comment: " + COLUMN, "opinion"),
    ("Op-ed: " + COLUMN, "opinion"),
    ("Editorial: " + COLUMN, "opinion"),
    ("Column: " + COLUMN, "opinion"),
    ("Letter: " + COLUMN, "opinion"),
    ("Letters to the editor: " + COLUMN, "opinion"),
    # opinion: the section's label above the headline
    ("Opinion\n\n" + COLUMN, "opinion"),
    ("Comment\n\n" + COLUMN, "opinion"),
    ("Editorial\n\n" + COLUMN, "opinion"),
    ("Opinion | Columnists\n\n" + COLUMN, "opinion"),
    # opinion: the writer's tagline, under the byline or at the end
    (COLUMN.replace("Published 6 March 2026\n", "Published 6 March 2026\n\nDana Wu is a former "
                    "safety inspector and a columnist for the Harlow Ridge Courier.\n"), "opinion"),
    (COLUMN + "\nDana Wu is a contributing writer at the Courier.\n", "opinion"),
    (COLUMN + "\nThe views expressed in this article are the author's own.\n", "opinion"),
    (COLUMN + "\nThe views expressed are those of the author.\n", "opinion"),
    # press release: a wire release's dateline, its marker, its contacts
    ("Acme Foods reports record sales\n\nCHICAGO--(BUSINESS WIRE)--Acme Foods Inc. (NYSE: ACF) "
     "today announced record sales of $2.1 billion for 2025.\n\nSales rose 9% in the fourth "
     "quarter.\n", "press_release"),
    ("Acme Foods reports record sales\n\nNEW YORK, March 5, 2026 /PRNewswire/ -- Acme Foods "
     "Inc. today announced record sales of $2.1 billion for 2025.\n", "press_release"),
    ("Acme Foods reports record sales\n\nSAN DIEGO, March 05, 2026 (GLOBE NEWSWIRE) -- Acme "
     "Foods Inc. today announced record sales of $2.1 billion for 2025.\n", "press_release"),
    ("Acme Foods reports record sales\n\nDAYTON, OH / ACCESSWIRE / March 5, 2026 / Acme Foods "
     "Inc. today announced record sales of $2.1 billion for 2025.\n", "press_release"),
    ("For immediate release\n\nAcme Foods reports record sales\n\nAcme Foods Inc. today announced "
     "record sales of $2.1 billion for 2025.\n", "press_release"),
    ("Acme Foods reports record sales\n\nAcme Foods Inc. today announced record sales of $2.1 "
     "billion for 2025.\n\nMedia contact: Jo Lin, press@acme.example\n", "press_release"),
    # opinion (trial 17): the label above a headline ending in a full stop, the byline under it
    ("Opinion\n\n" + COLUMN.replace("chemical plant\n", "chemical plant. Shut it down.\n"),
     "opinion"),
    # news that stays news
    (NEWS, None),
    (NEWS.replace("Fire Chief Dana Whitcomb said", "An opinion poll released on Monday showed "
                  "most residents want the plant closed, and Fire Chief Dana Whitcomb said"), None),
    ("Minister declines to comment: plant blast inquiry stalls\n\n" + NEWS.split("\n", 2)[2], None),
    ("Analysis: Why the Keller blast will test Ohio's regulators\n\n" + NEWS.split("\n", 2)[2],
     None),
    (NEWS + "\nThe company said in a press release that it was cooperating with investigators.\n",
     None),
    (NEWS + "\nWhitcomb, a columnist for the fire service's newsletter, said crews worked all "
     "night.\n", None),
    ("Columnist Dana Wu fired after plant blast column\n\n" + NEWS.split("\n", 2)[2], None),
    (NEWS + "\nBusiness Wire, which distributed the company's statement, declined to comment.\n",
     None),
]


@pytest.mark.parametrize("text,genre", GENRE_CASES)
def test_genre(text, genre):
    assert _genre(text)[0] == genre


_OPINION_BODY = ("<p>By Dana Wu</p><p>Three people went to work at the Keller plant on Tuesday "
                 "and did not come home.</p><p>State regulators should shut the plant down "
                 "until every building has been inspected.</p>")


@pytest.mark.parametrize("html", [
    # trial 17: the label in the page's <title> only, or in a paragraph above the <h1>
    "<html><head><title>Opinion | Harlow Ridge deserves better. Shut the plant.</title></head>"
    "<body><h1>Harlow Ridge deserves better. Shut the plant.</h1>" + _OPINION_BODY
    + "</body></html>",
    "<html><body><p>Opinion</p><h1>Harlow Ridge deserves better from its chemical plant</h1>"
    + _OPINION_BODY + "</body></html>",
])
def test_an_html_opinion_label_outside_the_headline(html):
    doc = credibility.ingest.parse_html(html, "a.html")
    assert (doc.genre, doc.genre_signal) == ("opinion", "Opinion")
    assert doc.title.startswith("Harlow Ridge deserves better")
    assert doc.outlet is None   # not the headline, which trafilatura offered as the site name
    assert doc.body[0].text.startswith("Three people")


def test_an_html_news_page_stays_news():
    doc = credibility.ingest.parse_html(
        "<html><head><title>Three killed in plant blast | Harlow Courier</title></head><body>"
        "<h1>Three killed in plant blast</h1><p>An explosion at the Keller Chemical plant killed "
        "three workers on Tuesday, fire officials said.</p></body></html>", "a.html")
    assert doc.genre is None


def test_the_signal_and_the_issuer_are_recorded():
    text = GENRE_CASES[16][0]
    doc = credibility.analyze(text).document
    assert (doc.genre_signal, doc.reprint_of) == ("CHICAGO--(BUSINESS WIRE)", "Acme Foods Inc")
    assert _genre("Opinion: " + COLUMN)[1] == "Opinion"


def test_a_release_run_as_submitted_is_a_press_release():
    text = NEWS.replace("By Sam Ortiz\n", "The following was submitted by Keller Chemical.\n")
    doc = credibility.analyze(text).document
    assert (doc.genre, doc.reprint_of) == ("press_release", "Keller Chemical")


def test_the_columnists_tagline_is_no_claim():
    # trial 12: "Linda Sato is a former chemical safety inspector and a columnist for …" was the
    # column's first claim (its lede); it says who wrote the column
    text = COLUMN.replace("Published 6 March 2026\n", "Published 6 March 2026\n\nDana Wu is a "
                          "former safety inspector and a columnist for the Harlow Ridge "
                          "Courier.\n") + "\nDana Wu writes a weekly column on city hall.\n"
    report = credibility.analyze(text)
    assert report.document.genre == "opinion"
    assert not [c for c in report.claims if "Dana Wu" in c.span.text]
    assert [b.kind for b in report.document.boilerplate if "Dana Wu " in b.span.text] == \
        ["credit", "credit"]


def test_the_report_says_what_the_text_is():
    report = credibility.analyze("Opinion: " + COLUMN)
    assert report.summary.findings[0].startswith("! Opinion piece (marked \u201cOpinion\u201d): "
                                                 "the writer's own views, not news reporting.")
    assert "opinion piece" in _text(report).splitlines()[1]
    data = report.to_dict()
    assert (data["document"]["genre"], data["document"]["genre_signal"]) == ("opinion", "Opinion")
    news = credibility.analyze(NEWS)
    assert news.to_dict()["document"]["genre"] is None
    assert not any("Opinion" in f or "Press release" in f for f in news.summary.findings)


def test_an_opinion_piece_keeps_its_numbers():
    column, plain = credibility.analyze("Opinion: " + COLUMN), credibility.analyze(COLUMN)
    assert column.summary.credibility_score == plain.summary.credibility_score
    assert [c.score for c in column.claims] == [c.score for c in plain.claims]


RELEASE = """Acme Foods reports record sales

CHICAGO--(BUSINESS WIRE)--Acme Foods Inc. (NYSE: ACF) today announced record sales of \
$2.1 billion for 2025, up 9% from a year earlier.

"2025 was a landmark year for Acme," said Ana Ruiz, chief executive officer.

Dayton Mayor Lee Park said the company's new plant would add 300 jobs.
"""


def test_a_press_release_is_the_issuers_word_and_its_score_is_capped():
    report = credibility.analyze(RELEASE)
    first = report.summary.findings[0]
    assert first.startswith("! Press release of Acme Foods Inc (marked \u201cCHICAGO--(BUSINESS "
                            "WIRE)\u201d): every claim is the issuer's own account")
    assert report.summary.credibility_score == 15.0
    assert "capped at 15 from" in report.summary.findings[-1]
    assert "press release of Acme Foods Inc" in _text(report).splitlines()[1]


NEWS_OF_FIRE = """Two killed in Dunmore plastics factory fire

Published 4 March 2026

By Sam Ortiz

Two workers have died after a fire at a plastics factory in the Pennsylvania town of Dunmore, \
county officials say.

The fire broke out on Tuesday at the Vell Plastics plant, a site that employs about 300 people.

Lackawanna County coroner Tim Rowe said on Wednesday that a second worker had died in hospital.

Governor Ann Price said she had asked state inspectors to find out what happened.

Local media report that the plant had been cited for blocked fire exits in 2024.
"""

COLUMN_ON_FIRE = """Dunmore deserved better from Vell Plastics

By Dana Wu

Published 6 March 2026

Two people went to work at the Vell Plastics plant on Tuesday and did not come home.

Vell was cited for blocked fire exits in 2024 and paid nothing.

State inspectors should close the plant until every exit has been checked.
"""

STORY = """Vell Mining to cut 400 jobs at Chilean copper mine

SANTIAGO, March 3 (Andes Daily) - Vell Mining Corp will cut 400 jobs at its Copiapo copper mine \
in the Atacama region of northern Chile, the company said on Tuesday.

Output at the Copiapo mine fell 12% in 2025 as copper prices slid, chief executive Rosa Diaz \
told reporters.

Union leader Pablo Reyes said workers would strike on Friday.
"""

RELEASE_OF_CUTS = """Vell Mining Announces Restructuring of Copiapo Operations

SANTIAGO--(BUSINESS WIRE)--Vell Mining Corp. (NYSE: VLM) today announced a restructuring of its \
Copiapo copper mine in the Atacama region of northern Chile that will reduce its workforce by \
400 jobs.

Copper output at Copiapo fell 12% in 2025 as copper prices slid.
"""


def _links(articles: dict[str, str]) -> dict[str, list[str]]:
    reports = corroborate_batch([credibility.analyze(text, path=name)
                                 for name, text in articles.items()])
    return {r.document.path: [ref for c in r.claims for ref in c.corroborated_by if "#" in ref]
            for r in reports}


def test_an_opinion_columns_own_sentence_confirms_no_news():
    # unlabelled, the columnist's "Vell was cited for blocked fire exits in 2024" confirms the
    # news story's "Local media report …": the label is what stops it
    assert _links({"news.txt": NEWS_OF_FIRE, "column.txt": COLUMN_ON_FIRE})["news.txt"]
    labelled = _links({"news.txt": NEWS_OF_FIRE, "column.txt": "Opinion: " + COLUMN_ON_FIRE})
    assert labelled == {"news.txt": [], "column.txt": []}


def test_a_release_confirms_no_story_that_quotes_its_issuer(tmp_path):
    # the same text under another wire's dateline is an independent report: it confirms the
    # chief executive's output figure (the job cuts are the company's own word in both, one
    # voice since "Vell Mining Corp. (NYSE: VLM)" is read as "Vell Mining Corp.")
    other = RELEASE_OF_CUTS.replace("--(BUSINESS WIRE)--", " (Andes Wire) - ")
    assert _links({"story.txt": STORY, "release.txt": other})["story.txt"] == ["release.txt#C2"]
    assert _links({"story.txt": STORY, "release.txt": RELEASE_OF_CUTS}) == \
        {"story.txt": [], "release.txt": []}
    # and so in a batch, where the matching keys go through the journal
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    (folder / "release.txt").write_text(RELEASE_OF_CUTS, encoding="utf-8")
    run_batch(folder, tmp_path / "out", jobs=1)
    lines = (tmp_path / "out" / "reports.jsonl").read_text("utf-8").splitlines()
    assert not any(c["corroborated_by"] for r in map(json.loads, lines) for c in r["claims"])
    summary = (tmp_path / "out" / "summary.csv").read_text("utf-8").splitlines()
    assert summary[0].endswith(",genre,error") and summary[1].endswith(",press_release,")


def test_in_an_opinion_piece_the_sentence_after_a_report_is_the_writers():
    """Trial 12, finding 8: "He could start by reading his own inspectors' reports." went to
    the governor whose words the sentence before reported; in a news story it would go on."""
    body = ("The governor says he wants to find out exactly what happened. He could start by "
            "reading his own inspectors' reports.\n")
    opinion = credibility.analyze("OPINION: Harlow Ridge deserved better\n\n" + body)
    news = credibility.analyze("Governor promises inquiry\n\n" + body)
    assert opinion.document.genre == "opinion" and news.document.genre is None
    jab = [c for c in opinion.claims if c.span.text.startswith("He could")]
    assert jab and jab[0].source_id is None
    assert any(c.span.text.startswith("He could") and c.source_id for c in news.claims)
