"""A company's press release run as submitted: marked as such, its standing "About" block is
page furniture, and the issuer speaking for itself is not independent sourcing."""

from __future__ import annotations

import io

import credibility
from credibility.report import write_text


def _text(report) -> str:
    out = io.StringIO()
    write_text([report], out, color=False)
    return out.getvalue()

RELEASE = """Harlow Mills to expand flour plant, adding 120 jobs

The following was submitted by Harlow Mills.

HARLOW, Iowa — Harlow Mills Inc., a family-owned miller since 1921, today announced a $30 \
million expansion of its flour plant on Route 9, adding 120 jobs.

"Demand for our organic flour has doubled in three years," said Harlow Mills spokeswoman Dana \
Price.

County commissioner Ray Oduya said the county would widen the road to the plant.

About Harlow Mills
Harlow Mills Inc. is a family-owned company founded in 1921. It employs more than 600 people in \
four states.

Media contact: Dana Price, press@harlowmills.example, 555-0199
"""


def test_the_issuer_line_marks_a_press_release():
    report = credibility.analyze(RELEASE)
    doc = report.document
    assert doc.reprint_of == "Harlow Mills"
    kinds = {b.span.text.split()[0]: b.kind for b in doc.boilerplate}
    assert kinds["The"] == "press_release" and kinds["Media"] == "press_release"
    # the "About" block is the issuer's standing self-description, not the story
    assert kinds["About"] == "press_release" and kinds["Harlow"] == "press_release"
    assert not any("employs more than 600" in c.span.text for c in report.claims)


def test_the_issuer_speaking_for_itself_is_not_independent():
    report = credibility.analyze(RELEASE)
    by_name = {s.name: s for s in report.sources}
    company = by_name["Harlow Mills Inc."]    # the apposition is no part of the name
    price = by_name["Dana Price"]
    county = by_name["Ray Oduya"]
    for source in (company, price):
        claim = next(c for c in report.claims if c.source_id == source.id)
        assert any("issuer of this press release" in r for r in claim.reasons)
    claim = next(c for c in report.claims if c.source_id == county.id)
    assert not any("issuer" in r for r in claim.reasons)
    assert "Press release of Harlow Mills" in _text(report)


def test_an_ordinary_story_is_no_press_release():
    report = credibility.analyze(RELEASE.replace("The following was submitted by Harlow Mills.\n",
                                                 "").replace("Media contact: Dana Price, "
                                                             "press@harlowmills.example, 555-0199",
                                                             ""))
    assert report.document.reprint_of is None
    assert "Press release" not in _text(report)


def test_a_headline_short_name_is_the_company_named_in_full_below():
    report = credibility.analyze("Acme Foods to cut jobs\n\nAcme Foods Inc. said on Monday it "
                                 "would cut 250 jobs at its Dayton plant.")
    (entity,) = [e for e in report.entities if e.kind == "organization"]
    assert {m.text for m in entity.mentions} >= {"Acme Foods", "Acme Foods Inc"}


def test_the_lines_under_a_media_contact_heading_are_furniture():
    report = credibility.analyze(RELEASE.replace(
        "Media contact: Dana Price, press@harlowmills.example, 555-0199",
        "Media Contact:\nDana Price\nHarlow Mills\n+1 319 555 0199"))
    furniture = {b.span.text for b in report.document.boilerplate if b.kind == "press_release"}
    assert {"Media Contact:", "Dana Price", "+1 319 555 0199"} <= furniture
    assert not any("555 0199" in c.span.text for c in report.claims)


def test_an_announcement_published_as_received_is_a_press_release():
    """trial 16: "The following announcement was issued by … and is published here as
    received" was the story's lede; "(NYSE: HLVF)" stayed in the company's name."""
    text = RELEASE.replace(
        "The following was submitted by Harlow Mills.",
        "The following announcement was issued by Harlow Mills and is published here as "
        "received.").replace("Harlow Mills Inc., a family-owned miller",
                             "Harlow Mills Inc. (NYSE: HRLW), a family-owned miller")
    report = credibility.analyze(text)
    assert report.document.reprint_of == "Harlow Mills"
    assert not any(c.span.text.startswith("The following") for c in report.claims)
    assert any(s.name == "Harlow Mills Inc." for s in report.sources)


def test_a_release_line_with_the_outlets_disclaimer_is_provenance():
    """trial 17: "… and is reprinted as received. It has not been edited or verified by …" on
    one line was the lede claim "The following press release" of the issuer."""
    text = RELEASE.replace(
        "The following was submitted by Harlow Mills.",
        "The following press release was issued by Harlow Mills and is reprinted as "
        "received. It has not been edited or verified by the Valley Ledger.")
    report = credibility.analyze(text)
    assert report.document.reprint_of == "Harlow Mills"
    assert not any(c.span.text.startswith(("The following", "It has not"))
                   for c in report.claims)


def test_a_release_reprinted_with_permission_names_its_issuer():
    """trial 23: "The following press release was originally published by … and is reprinted
    with permission." was the lede, the release unmarked, and an aquarium a person."""
    text = RELEASE.replace(
        "The following was submitted by Harlow Mills.",
        "The following press release was originally published by Tarrow Bay Aquarium and is "
        "reprinted with permission.").replace("Harlow Mills Inc., a family-owned miller since "
                                              "1921, today announced",
                                              "Tarrow Bay Aquarium today announced")
    report = credibility.analyze(text)
    assert report.document.reprint_of == "Tarrow Bay Aquarium"
    assert report.document.genre == "press_release"
    assert not any(c.span.text.startswith("The following") for c in report.claims)
    aquarium = next(s for s in report.sources if s.name == "Tarrow Bay Aquarium")
    assert aquarium.kind == "named_organization"


def test_a_statement_released_by_a_family_is_no_press_release():
    """review: "The following statement was released by his family through Cumbria Police:"
    made a news story a press release."""
    report = credibility.analyze(
        "Driver arrested after crash\n\nA man died in a crash on the A66 on Sunday, police "
        "said.\n\nThe following statement was released by his family through Cumbria Police:"
        "\n\n\"John was a loving father,\" the family said.\n")
    assert report.document.genre is None and report.document.reprint_of is None


def test_our_in_a_press_release_is_no_news_outlet():
    """Review 17: "Our quality team says" in a release read as the news outlet's own staff."""
    report = credibility.analyze(RELEASE.replace(
        "The following was submitted by Harlow Mills.",
        "The following was submitted by Harlow Mills.\n\nOur quality team says every batch is "
        "tested twice."))
    assert not any(s.kind == "outlet" for s in report.sources)


def test_a_release_published_unedited_by_a_paper_names_issuer_and_outlet():
    """trial 25: "… submitted by X and is published unedited by the Lyon County Ledger." under a
    "PRESS RELEASE" label left the release's headline a claim, with no title, date or issuer;
    and the issuer's unsourced claims read as "in the reporter's own voice"."""
    text = ("PRESS RELEASE\nThe following press release was submitted by Harlow Mills and is "
            "published unedited by the Lyon County Ledger.\n\n" + RELEASE.replace(
                "The following was submitted by Harlow Mills.\n\n", "").replace(
                "HARLOW, Iowa —", "HARLOW, Iowa, April 14, 2026 /PRNewswire/ --")
            + "\nThe plant will open in 2027.\n")
    report = credibility.analyze(text)
    doc = report.document
    assert (doc.title, doc.published, doc.reprint_of, doc.outlet, doc.genre) == (
        "Harlow Mills to expand flour plant, adding 120 jobs", "2026-04-14", "Harlow Mills",
        "Lyon County Ledger", "press_release")
    out = _text(report)
    assert "in the issuer's own voice" in out and "reporter's own voice" not in out
    assert "lede cites no source" not in out     # review 25: the lede is the issuer's too
