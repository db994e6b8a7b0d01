"""The attribution cases of ../shared/cases/attribution: one row per reading a careful editor
gives (see the README there).

The articles stay in ../shared (they are not copied here); every row skips with the reason when
they are absent.  A row names its file by number, finds its sentence by a few words of it, and
checks one fact about the claims of that sentence or the sources of the article.  Rows marked
``xfail`` are known gaps, each with the reason.
"""

from __future__ import annotations

from functools import cache

import pytest

import credibility
from tests.conftest import shared_path


@cache
def report(number: str):
    folder = shared_path("cases", "attribution")
    (path,) = folder.glob(f"{number}-*.txt")
    return credibility.analyze(path.read_text(encoding="utf-8"), path=str(path))


def claims_of(rep, words: str):
    """The claims of the sentence that holds ``words``."""
    found = [s for s in rep.sentences if words in s.span.text]
    assert found, f"no sentence holds {words!r}"
    return [c for c in rep.claims if c.sentence == found[0].index]


def said(number, words, name, kind=None, cue=None, reason=None):
    """Every claim of the sentence is attributed to a source whose name holds ``name``."""
    def check():
        rep = report(number)
        claims = claims_of(rep, words)
        assert claims, "the sentence makes no claim"
        for c in claims:
            source = rep.source(c.source_id)
            assert source is not None, f"{c.span.text!r} is unattributed"
            assert name in source.name, f"{c.span.text!r} -> {source.name!r}"
            if kind:
                assert source.kind == kind, f"{source.name!r} is {source.kind}"
            if cue:
                assert c.cue is not None and c.cue.text == cue, c.cue
            if reason:
                assert source.anonymity_reason == reason
    return check


def unattributed(number, words):
    """The sentence makes no attributed claim (a frame line, a caption, a tag line); page
    furniture that ingest keeps out of the body as boilerplate passes too."""
    def check():
        rep = report(number)
        if any(words in b.span.text for b in rep.document.boilerplate):
            assert not any(words in s.span.text for s in rep.sentences)
            return
        assert [c.span.text for c in claims_of(rep, words) if c.source_id] == []
    return check


def no_claim(number, words):
    """The sentence makes no claim at all ("-Board member Colm Hadley", "And from X:")."""
    def check():
        assert [c.span.text for c in claims_of(report(number), words)] == []
    return check


def no_source(number, name):
    """No source of the article is named with ``name``."""
    def check():
        assert [s.name for s in report(number).sources if name in s.name] == []
    return check


def no_cue(number, cue):
    """No claim has ``cue`` as its cue ("declined" to comment, "showed" reporters around)."""
    def check():
        assert [c.span.text for c in report(number).claims
                if c.cue is not None and c.cue.text == cue] == []
    return check


def not_in_claims(number, words):
    """No claim holds ``words`` (a frame is cut out of its content; a dateline is no claim)."""
    def check():
        assert [c.span.text for c in report(number).claims if words in c.span.text] == []
    return check


def in_claims(number, sentence, words):
    """Some claim of the sentence holds ``words``."""
    def check():
        assert any(words in c.span.text for c in claims_of(report(number), sentence))
    return check


def same_source(number, words_a, words_b):
    """The claims of two sentences share one source."""
    def check():
        rep = report(number)
        ids = {c.source_id for w in (words_a, words_b) for c in claims_of(rep, w)}
        assert len(ids) == 1 and None not in ids, ids
    return check


def mentioned(number, at, name):
    """The mention opening the text ``at`` belongs to the entity named ``name``."""
    def check():
        rep = report(number)
        start = rep.document.text.index(at)
        owners = [e.name for e in rep.entities for m in e.mentions if m.start == start]
        assert owners == [name], owners
    return check


def sentences(number, n):
    def check():
        assert len(report(number).sentences) == n
    return check


def sources(number, n):
    def check():
        assert [s.name for s in report(number).sources] and len(report(number).sources) == n
    return check


def xfail(check, reason):
    return pytest.param(check, marks=pytest.mark.xfail(reason=reason, strict=True))


CASES = {
    "01 apposition after the name": said("01", "Patients with routine", "Imogen Castell",
                                         "named_person"),
    "01 quote over the paragraph break": said("01", "If the shipments", "Imogen Castell"),
    "02 unframed quote after an indirect statement": said("02", "Night-shift workers",
                                                          "Tomas Reyhan", "named_person"),
    "03 quote reopened over paragraphs (2)": said("03", "So far we have kept", "Odile Marchetti"),
    "03 quote reopened over paragraphs (3)": said("03", "I ask residents", "Odile Marchetti"),
    "04 nickname in the speaker phrase": said("04", "Two nights in a row", "Dutch",
                                              "named_person"),
    "05 trailing dash signs the quote": said("05", "Priya has spent", "Colm Hadley",
                                             "named_person"),
    "05 'And from X:' introduces the next paragraph": said("05", "She brings a rare mix",
                                                           "Renata Okafor", "named_person"),
    "05 the dash line is no claim": no_claim("05", "Board member Colm Hadley"),
    "05 the colon line is no claim": no_claim("05", "And from board chair"),
    "05 nothing goes to the Board": no_source("05", "Maritime Safety Board"),
    "06 'the minister' is the minister named before": said("06", "Our soldiers are stretched",
                                                           "Arvid Kallberg", "named_person"),
    # "He did not say whether …" is no claim (a negated report), but "He" is his mention
    "06 'He' is the minister": mentioned("06", "He did not say", "Arvid Kallberg"),
    "06 a negated report is no claim": unattributed("06", "did not say"),
    "07 three sentences": sentences("07", 3),
    "07 new sentence with 'says'": said("07", "What wears most nurses down", "Hana Whitcombe",
                                        cue="says"),
    "08 four sentences": sentences("08", 4),
    "08 inverted 'asked' after a question": said("08", "Why did it take", "Lorna Pike",
                                                 "named_person", cue="asked"),
    "08 inverted 'shouted' after an exclamation": said("08", "tell us everything is fine",
                                                       "another resident", cue="shouted"),
    "08 title before the name": said("08", "laboratory backlog", "Martin Ebo", "named_person"),
    "09 the company": said("09", "close two plants", "Harlan Motors", "named_organization"),
    "09 union officials are not the company": said("09", "The closures will affect",
                                                   "union officials", "unnamed_group"),
    "10 middle initial": said("10", "reserve of $2.1 billion", "Alan J. Whitfield",
                              "named_person"),
    "10 surname goes back to the governor": said("10", "We will not borrow",
                                                 "Marisa K. Delacroix", "named_person"),
    "11 four sentences": sentences("11", 4),
    "11 '6 a.m. Sgt.' does not split": said("11", "Ruth Mbeki arrived", "police"),
    "13 title before the name": said("13", "branch cost", "Joan Prewitt", "named_person"),
    "13 'she' is Joan Prewitt": said("13", "We cannot keep a building", "Joan Prewitt"),
    "13 the byline is nobody's name": no_source("13", "Ortiz"),
    "13 the 'Topics:' line is no speaker": no_source("13", "Topics"),
    "13 the caption is no attributed claim": unattributed("13", "Library users protest"),
    "14 dateline is no claim": not_in_claims("14", "PORT ELLIS"),
    "14 the ministry": said("14", "Government forces retook", "Defence Ministry",
                            "named_organization"),
    "14 'The ministry' is the ministry": said("14", "14 soldiers", "Defence Ministry",
                                              "named_organization"),
    "15 one source": sources("15", 1),
    "15 surname after a titled name": said("15", "the plant produced", "Gloria Harwood",
                                           "named_person"),
    "15 the content after the mid-sentence frame is kept": in_claims(
        "15", "the plant produced", "the plant produced twice as much steel with the same "
                                    "workforce"),
    "15 the content before the mid-sentence frame is kept": in_claims("15", "the plant produced",
                                                                      "Five years ago"),
    "15 'Experience shows' makes no source": no_source("15", "Experience"),
    "15 'showed reporters around' is no cue": no_cue("15", "showed"),
    "16 inverted 'grumbled'": said("16", "promised a new roof", "Edna Farrow", cue="grumbled"),
    "16 inverted 'sighed'": said("16", "buckets in my hallway", "Joseph Malik", cue="sighed"),
    "16 the frame is not in the claim": not_in_claims("16", "grumbled"),
    "16 a third tenant and her reason": said("16", "Nobody from the council", "a third tenant",
                                             reason="because she fears eviction"),
    "17 the glaciologist is Ingrid Soltveit": said("17", "melt season is getting longer",
                                                   "Ingrid Soltveit", "named_person"),
    "17 the unframed quote after her": said("17", "close to the point", "Ingrid Soltveit"),
    "17 no 'Glaciologist Ingrid'": no_source("17", "Glaciologist"),
    "18 the nested quote is the deputy mayor's": said("18", "He told me", "Colette Brandt",
                                                      "named_person"),
    "18 'declined to comment' is no claim": no_cue("18", "declined"),
    "20 people familiar with the matter": said("20", "evening anchor", "two people familiar",
                                               "anonymous_source"),
    "20 'out of fear of losing his job'": said("20", "Nobody upstairs", "one executive",
                                               reason="out of fear of losing his job"),
    "20 the producer and her reason": said(
        "20", "decision was made in March", "A producer",
        reason="because she was not authorized to discuss staffing"),
    "20 the producer's claim": in_claims("20", "decision was made in March",
                                         "the decision was made in March"),
    "22 title and apposition before the name": said("22", "too easy to game", "Dana Crewe",
                                                    "named_person"),
    "22 party and title before the name": said("22", "inspector was right", "Barry Quint",
                                               "named_person"),
    "22 'he' is Quint": said("22", "We have warned", "Barry Quint"),
    "22 an unnamed chairman is an anonymous official": said(
        "22", "stood by the results", "chairman", "anonymous_official"),
    "23 the BBC quote, paragraph 1": said("23", "hit working parents", "Theresa Moy",
                                          "named_person"),
    "23 the BBC quote, paragraph 2": said("23", "without asking a single", "Theresa Moy"),
    "23 the BBC quote, paragraph 3": said("23", "vote against them", "Theresa Moy"),
    "23 the department through its spokesman": said("23", "reviewed in a year",
                                                    "Department for Education",
                                                    "named_organization"),
}


@pytest.mark.shared
@pytest.mark.parametrize("check", CASES.values(), ids=CASES.keys())
def test_attribution_case(check):
    check()
