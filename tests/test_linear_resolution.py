"""Name resolution stays linear in the number of sources (issue 15, item 5), checked by counting
work rather than by timing: an article of 2,000 distinct named people normalises names a fixed
number of times per mention, and the indexed lookup picks the source the old scan of every
source picked."""

from __future__ import annotations

import itertools
import re

import pytest

import credibility
from credibility.attribute import resolution
from credibility.entities import mentions
from tests.conftest import SEED, shared_path

_SYLLABLES = ["ba", "ke", "lo", "mi", "nu", "ra", "se", "ti", "vo", "za", "do", "fe", "gu", "ha",
              "ji", "ko", "le", "mo", "ni", "pa", "ru", "si", "to", "ve", "wa", "ye", "zo", "bi",
              "da", "fi", "go", "hu", "ja", "ku", "li", "ma", "no", "pe", "ri", "so", "tu", "vi",
              "we", "xa", "yo"]
_FIRST = ["Ana", "Boris", "Clara", "David", "Elena", "Farid", "Greta", "Hugo", "Irene", "Jonas"]


def _people(n: int) -> list[tuple[str, str]]:
    """``n`` made-up people (first name, surname), every surname different."""
    surnames = ("Kal" + a + b for a, b in itertools.product(_SYLLABLES, repeat=2))
    return [(_FIRST[i % len(_FIRST)], s) for i, s in zip(range(n), surnames, strict=False)]


def _article(people: list[tuple[str, str]]) -> str:
    first = [f"{f} {s} said the bridge at mile {i} was closed." for i, (f, s) in enumerate(people)]
    again = [f"{s} said the repairs at mile {i} would take a week." for i, (_, s) in
             enumerate(people)]
    return "Bridges closed across the region\n\n" + "\n\n".join(first + again) + "\n"


def test_name_keys_grow_with_mentions_not_with_sources(monkeypatch):
    """Each name mention computes a bounded number of name keys. Comparing every mention with
    every source so far (the quadratic resolution the issue measured) computes about
    mentions x sources / 2: millions here."""
    calls = 0
    name_key = resolution.name_key

    def counted(name, titles, articles):
        nonlocal calls
        calls += 1
        return name_key(name, titles, articles)

    monkeypatch.setattr(resolution, "name_key", counted)
    people = _people(2000)
    report = credibility.analyze(_article(people))
    named = {s.name for s in report.sources if s.kind == "named_person"}
    assert len(named) >= 2000, "the article must hold 2,000 distinct named sources"
    # Every person is found again by surname: one source per person, not two.
    assert all(f"{f} {s}" in named for f, s in people[:50] + people[-50:])
    mentions = 2 * len(people)
    assert calls <= 10 * mentions, f"{calls:,} name keys for {mentions:,} mentions"


def _scan(self, text: str, kind: str, head: str):
    """The resolution before the index: the first source, least recently used first, whose
    name matches."""
    titles, articles = self.src.titles, self.src.articles
    if kind == "outlet":
        return next((s for s in self.sources if s.kind == "outlet" and s.head == head), None)
    norm = name_key(text, titles, articles)
    for s in self.sources:
        if s.kind not in {"named_person", "named_organization"}:
            continue
        other = name_key(s.name, titles, articles)
        if other == norm:
            return s
        if kind == "named_person" and s.kind == "named_person" and norm and \
                person_key(text, titles, articles) == person_key(s.name, titles, articles):
            return s
        if kind == "named_person" and s.kind == "named_person" and norm and other and (
                norm.split()[-1] == other.split()[-1]) and (len(norm.split()) == 1
                                                             or len(other.split()) == 1):
            return s
    return None


name_key, person_key = resolution.name_key, resolution.person_key


def _articles() -> list[str]:
    texts = [SEED.read_text(encoding="utf-8")]
    cases = shared_path("cases", "attribution")
    texts += [p.read_text(encoding="utf-8") for p in sorted(cases.glob("*.txt"))]
    return texts


@pytest.mark.parametrize("which", ["seed and cases", "made-up"])
def test_index_picks_what_the_scan_picked(monkeypatch, which):
    """On real articles and the 2,000-person one, every name resolves to the very source the
    scan of all sources (the code before the index) resolves it to."""
    indexed = resolution.Resolution._resolve_named
    checked = 0

    def both(self, text, kind, head):
        nonlocal checked
        got = indexed(self, text, kind, head)
        assert got is _scan(self, text, kind, head), (text, kind, head)
        checked += 1
        return got

    monkeypatch.setattr(resolution.Resolution, "_resolve_named", both)
    texts = _articles() if which == "seed and cases" else [_article(_people(300))]
    for text in texts:
        credibility.analyze(text)
    assert checked >= (20 if which == "seed and cases" else 600)


def _statements(people: list[tuple[str, str]]) -> str:
    lines = [f"{f} {s} said the plan was sound and added that it had been discussed last week."
             for f, s in people]
    return "Planning row\n\n" + "\n\n".join(lines) + "\n"


def test_organization_evidence_scans_the_text_a_bounded_number_of_times(monkeypatch):
    """Whether a name is an organization by context ("X said … that it had") looks at every
    place the name stands: found in one pass over the text's words, not by one search of the
    whole text per name (24 s on a 200 KB article of distinct names; review 18)."""
    people = [("Mor" + a + b, "Kal" + b + a) for a, b in
              itertools.product(_SYLLABLES[:25], repeat=2)]     # no first names: "Morbake"
    text = _statements(people)
    scans = 0
    finditer = mentions.re.finditer

    def counted(pattern, string, *args, **kwargs):
        nonlocal scans
        scans += len(string) > len(text) // 2
        return finditer(pattern, string, *args, **kwargs)

    monkeypatch.setattr(mentions.re, "finditer", counted)
    report = credibility.analyze(text)
    named = {s.name for s in report.sources}
    assert all(f"{f} {s}" in named for f, s in people[:20]), "each name is a source"
    assert scans <= 50, f"{scans} scans of the whole text for {len(people)} names"


@pytest.mark.parametrize("which", ["seed and cases", "made-up"])
def test_occurrences_are_those_of_a_search_per_name(which):
    """The one-pass index finds each name where a search for it as a whole word sequence does
    (not inside a longer word: 'Orla Marines', 'XOrla Marine')."""
    texts = _articles() if which == "seed and cases" else [
        _statements(_people(50)) + "Ana Kalbaba's view. Ana Kalbabas. XAna Kalbaba. Ana Ana Kalbaba"]
    for text in texts:
        names = set(re.findall(r"[A-Z]\w+(?: [A-Z][\w’'-]+)+", text)) | {"Ana Ana"}
        got = mentions._occurrences(names, text)
        for name in names:
            want = [o.span() for o in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
            assert got[name] == want, name
