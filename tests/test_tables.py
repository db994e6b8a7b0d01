"""``credibility.tables``: a batch as tables, one source across articles, the outlet profile
(and its bars in the batch dashboard, in Chromium)."""

from __future__ import annotations

import copy
import csv
import io
import json
from pathlib import Path

import pytest

import credibility
from credibility.batch import run_batch
from credibility.html import write_dashboard
from credibility.rules import load_rules
from credibility.tables import (
    COLUMNS,
    PROFILE_COLUMNS,
    build_rows,
    corpus_source_keys,
    name_key,
    outlet_of,
    proper_name,
    write_sources_csv,
)

TITLES = load_rules().sources.titles_lower


@pytest.mark.parametrize("name, key", [
    ("Kim Jong Un", "kim jong un"),
    ("the Ministry of Unification", "ministry of unification"),
    ("Sen. José Ramírez's", "jose ramirez"),
    ("President Park Chung Hee", "park chung hee"),
    ("  Dana   ROE ", "dana roe"),
    ("President", "president"),  # a title alone stays
])
def test_name_key(name, key):
    assert name_key(name, TITLES) == key


@pytest.mark.parametrize("name, proper", [
    ("fire chief Dana Roe", "Dana Roe"),
    ("Hospital director Juan Perez", "Juan Perez"),
    ("the regional governor Maria Soto", "Maria Soto"),
    ("Kim Jong Un", "Kim Jong Un"),
    ("Ludwig van Beethoven", "Ludwig van Beethoven"),  # "van" is part of the name
    ("spokesman Roe", "spokesman Roe"),  # one capitalised word: not a full name
])
def test_proper_name(name, proper):
    assert proper_name(name) == proper


def _source(i, name, kind="named_person", anonymous=False, article=None):
    return {"id": i, "article_id": article or i, "_name": name, "kind": kind,
            "anonymous": anonymous}


@pytest.mark.parametrize("a, b, same", [
    (_source(1, "fire chief Dana Roe"), _source(2, "Dana Roe"), True),
    (_source(1, "Finance Minister Taro Aso"), _source(2, "Taro Aso"), True),
    (_source(1, "Sen. Chuck Schumer"), _source(2, "Chuck Schumer"), True),
    (_source(1, "John Smith"), _source(2, "Mary Smith"), False),  # same surname, two people
    (_source(1, "Smith"), _source(2, "Smith"), False),  # a bare surname is never merged
    (_source(1, "Reuters", "outlet"), _source(2, "Reuters", "outlet"), True),
    (_source(1, "the Ministry of Unification", "named_organization"),
     _source(2, "Ministry of Unification", "named_organization"), True),
    (_source(1, "Jordan", "named_person"), _source(2, "Jordan", "named_organization"), False),
    (_source(1, "a senior official", "anonymous_official", True),
     _source(2, "a senior official", "anonymous_official", True), False),
    (_source(1, "Acme Corp", "named_organization"),
     _source(2, "Acme Corp officials", "unnamed_group", True), False),
    (_source(1, "a county report", "document"), _source(2, "a county report", "document"),
     False),  # two articles, two reports
    (_source(1, "the company", "named_organization"),
     _source(2, "The company", "named_organization"), False),  # which company?
    (_source(1, "It", "named_organization"), _source(2, "it", "named_organization"), False),
    (_source(1, "a Pentagon team", "named_organization"),
     _source(2, "a Pentagon team", "named_organization"), False),  # indefinite: a description
])
def test_one_source_across_articles(a, b, same):
    rules = load_rules().sources
    keys = corpus_source_keys([a, b], TITLES, rules.org_anaphors | rules.pronouns_neutral,
                              rules.determiners, rules.indefinite)
    assert (keys[0] == keys[1]) is same


def test_a_longer_form_is_not_merged_when_two_names_fit():
    keys = corpus_source_keys([_source(1, "Anna Maria Lopez"), _source(2, "Maria Lopez"),
                               _source(3, "Lopez Diaz"), _source(4, "Anna Maria Lopez Diaz"),
                               _source(5, "Maria Lopez Diaz")], TITLES)
    assert keys[0] == keys[1]  # "anna maria lopez" ends with "maria lopez" only
    # "anna maria lopez diaz" ends with both "maria lopez diaz" and "lopez diaz": left alone
    assert keys[3] not in (keys[4], keys[2])


@pytest.mark.parametrize("document, outlet", [
    ({"outlet": "The Herald", "reprint_of": "AP", "path": "x/a.txt"}, ("The Herald", "outlet")),
    ({"outlet": None, "reprint_of": "Radio Free Asia", "path": "a.txt"},
     ("Radio Free Asia", "reprint_of")),
    ({"outlet": "", "reprint_of": None, "path": "herald/2020/a.txt"}, ("herald", "folder")),
    ({"outlet": None, "reprint_of": None, "path": "a.txt"}, ("(unknown outlet)", "none")),
    # trial 12: one paper's masthead with and without "The" is one row of the profile
    ({"outlet": "The Harlow Ridge Courier", "path": "a.txt"}, ("Harlow Ridge Courier", "outlet")),
    ({"outlet": "Harlow Ridge Courier", "path": "a.txt"}, ("Harlow Ridge Courier", "outlet")),
])
def test_outlet_of(document, outlet):
    assert outlet_of(document) == outlet


def test_outlet_names_go_through_the_aliases():
    aliases = load_rules().sources.outlet_alias
    spelling, canonical = next((k, v) for k, v in aliases.items() if k != v.lower())
    assert outlet_of({"outlet": spelling.upper(), "path": "a"}, aliases) == (canonical, "outlet")


# --------------------------------------------------------------------------- whole tables


def small_batch(folder: Path) -> Path:
    """The corpus of tests/test_batch.py, with two of its Chile stories moved into outlet
    folders (herald/, courier/), run as a batch; returns the output folder."""
    from tests.test_batch import _corpus

    corpus = _corpus(folder / "in")
    for outlet, name in (("herald", "chile_a.txt"), ("courier", "chile_c.md")):
        (corpus / outlet).mkdir()
        (corpus / name).rename(corpus / outlet / name)
    out = folder / "out"
    run_batch(corpus, out, jobs=1)
    return out



@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """A small batch with outlets by folder: (reports, errors) as read from its outputs."""
    out = small_batch(tmp_path_factory.mktemp("tables"))
    reports = [json.loads(line) for line in (out / "reports.jsonl").open(encoding="utf-8")]
    errors = [json.loads(line) for line in (out / "errors.jsonl").open(encoding="utf-8")]
    return reports, errors


def test_tables_hold_every_article_claim_and_source(batch):
    reports, errors = batch
    t = credibility.tables(reports, errors)
    assert set(t) == set(COLUMNS) | {"people"}
    for name, frame in t.items():
        if name in COLUMNS:
            assert list(frame.columns) == list(COLUMNS[name])
    assert len(t["articles"]) == len(reports)
    assert len(t["claims"]) == sum(len(r["claims"]) for r in reports)
    assert len(t["sources"]) == sum(len(r["sources"]) for r in reports)
    assert len(t["errors"]) == len(errors) == 2
    assert t["claims"]["id"].is_unique and t["sources"]["id"].is_unique
    # every claim's source is a source of the same article
    joined = t["claims"].dropna(subset=["source"]).merge(
        t["sources"], left_on="source", right_on="id", suffixes=("", "_s"))
    assert (joined["article_id"] == joined["article_id_s"]).all()
    assert (joined["source_kind"] == joined["kind"]).all()
    assert str(t["claims"]["source"].dtype) == "Int64"


def test_cross_article_links_point_at_real_claims(batch):
    reports, _ = batch
    t = credibility.tables(reports)
    links, claims, articles = t["links"], t["claims"], t["articles"]
    cross = links[links["cross_article"]]
    assert len(cross) > 0 and cross["other_claim"].notna().all()
    row = cross.iloc[0]
    other = claims[claims["id"] == row["other_claim"]].iloc[0]
    path = articles[articles["id"] == other["article_id"]].iloc[0]["path"]
    assert row["ref"] == f"{path}#{other['claim_id']}"
    refs = sum(len(c["corroborated_by"]) + len(c.get("conflicts_with", []))
               for r in reports for c in r["claims"])
    assert len(links) == refs
    assert set(links[links["relation"] == "conflicts_with"]["ref"].str.rpartition("#")[0]) \
        >= {"herald/chile_a.txt"}


def test_the_same_person_quoted_in_many_articles_is_one_source(batch):
    reports, _ = batch
    t = credibility.tables(reports)
    roe = t["people"][t["people"]["name"] == "Dana Roe"]
    assert len(roe) == 1
    quoted = [r for r in reports if any("Dana Roe" in s["name"] for s in r["sources"])]
    assert int(roe["articles"].iloc[0]) == len(quoted) > 20
    assert int(roe["outlets"].iloc[0]) == 3  # north, south, and a record of wire.jsonl
    assert roe["variants"].iloc[0].split("; ")[0] == "Dana Roe"
    assert int(roe["anonymous_citations"].iloc[0]) == 0
    anonymous = t["people"][t["people"]["anonymous"]]
    assert (anonymous["articles"] == 1).all()  # anonymous sources are never merged


def test_outlet_profile_counts_every_claim_once(batch):
    reports, _ = batch
    rows = build_rows(reports)
    outlets = {o["outlet"]: o for o in rows["outlets"]}
    assert {"north", "south", "herald", "courier"} <= set(outlets)
    for o in outlets.values():
        assert sum(o[c] for c in PROFILE_COLUMNS) == o["claims"]
    # every claim of the body once; the headline claims are matched, not profiled
    body = [c for c in rows["claims"] if c["assertion"] != "headline"]
    assert len(body) < len(rows["claims"])
    assert sum(o["claims"] for o in outlets.values()) == len(body)
    north = outlets["north"]
    # each flood story: a fire service source (anonymous), fire chief Dana Roe, a county report
    assert (north["articles"], north["named_people"], north["documents"]) == (12, 12, 12)
    assert north["other_anonymous"] == 12 and north["anonymous_share"] == pytest.approx(1 / 3, abs=1e-3)
    assert north["anonymous_without_reason"] == 12 and north["anonymous_with_reason"] == 0


def test_reports_with_entities(seed_report):
    """Schema 1.1: entities and their mentions become rows; a source's corpus name is its
    entity's fullest name ("Bell" after "David Bell")."""
    d = seed_report.to_dict()
    first = d["sources"][0]
    first["entity_id"] = "E1"
    d["sources"][1].pop("entity_id", None)
    d["entities"] = [
        {"id": "E1", "kind": "person", "name": "Dana Roe", "named": True,
         "mentions": [*first["mentions"], {"start": 0, "end": 4, "text": "Join"},
                      {"start": 9000, "end": 9002, "text": "He"},
                      {"start": 9010, "end": 9022, "text": "The minister"}],
         "source_id": first["id"]},
        {"id": "E2", "kind": "organization", "name": "Radio Free Asia", "named": True,
         "mentions": [{"start": 5, "end": 8, "text": "our"}], "source_id": None},
    ]
    first["kind"], first["anonymous"] = "named_person", False
    other = copy.deepcopy(d)
    other["document"]["path"] = "other.txt"
    other["entities"][0]["name"] = "fire chief Dana Roe"
    rows = build_rows([d, other])
    assert [(e["entity_id"], e["source"]) for e in rows["entities"]] == \
        [("E1", 1), ("E2", None), ("E1", 1 + len(d["sources"])), ("E2", None)]
    assert rows["sources"][0]["entity"] == 1 and rows["sources"][1]["entity"] is None
    # the entity's mentions, each once, and the other sources' own mentions
    per_article = [m for m in rows["mentions"] if m["article_id"] == 1]
    assert len(per_article) == len({(m["start"], m["end"]) for m in per_article})
    assert sum(1 for m in per_article if m["entity"] == 1) == len(first["mentions"]) + 3
    assert sum(1 for m in per_article if m["entity"] == 2 and m["source"] is None) == 1
    roe = [c for c in rows["corpus_sources"] if c["name"] == "Dana Roe"]
    assert len(roe) == 1 and roe[0]["articles"] == 2
    # the entity's names are its variants ("Join" here), not a pronoun or a description
    variants = set(roe[0]["variants"].split("; "))
    assert variants >= {"Dana Roe", "Join"} and not variants & {"He", "The minister"}


def test_sources_csv_cells_cannot_start_a_formula_or_break_a_row(seed_report):
    d = seed_report.to_dict()
    d["sources"][0].update(name="=HYPERLINK(\"http://x\")\nSmith Jones", kind="named_organization",
                           anonymous=False)
    buf = io.StringIO()
    write_sources_csv(build_rows([d]), buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert len(rows) == len(d["sources"])
    bad = next(r for r in rows if "HYPERLINK" in r["name"])
    assert bad["name"] == "'=HYPERLINK(\"http://x\") Smith Jones"  # one line, not a formula
    assert all(not v.startswith(("=", "+", "-", "@")) for r in rows for v in r.values())


def test_a_report_object_gives_the_same_tables(seed_report):
    a = credibility.tables([seed_report])
    b = credibility.tables([json.loads(json.dumps(seed_report.to_dict()))])
    for name in COLUMNS:
        assert a[name].equals(b[name]), name


# --------------------------------------------------------------------------- the dashboard


@pytest.mark.browser
def test_dashboard_outlet_profile_bars_sort(tmp_path, batch):
    from tests.test_browser import Watched, _chromium

    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="the playwright Python package is not installed")
    if _chromium() is None:
        pytest.skip("no Chromium found: run .ci/browser-setup or set CREDIBILITY_CHROMIUM")
    from tests.test_browser import CHROMIUM_ARGS

    reports, errors = batch
    index = write_dashboard(tmp_path / "out", reports, errors)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=_chromium(), headless=True,
                                    args=CHROMIUM_ARGS)
        watched = Watched(browser)
        try:
            page = watched.open(index)
            rows = page.locator("#outlets tbody tr")
            names = rows.locator("th").all_inner_texts()
            expected = {o["outlet"]: o for o in build_rows(reports)["outlets"]}
            assert sorted(names) == sorted(expected)
            claims = [expected[n]["claims"] for n in names]
            assert claims == sorted(claims, reverse=True)  # most claims first
            # each bar is the whole of its outlet's claims, one segment per kind present
            north = page.locator("#outlets tr[data-outlet='north'] svg rect.seg")
            assert north.count() == sum(1 for c in PROFILE_COLUMNS if expected["north"][c])
            widths = [float(w) for w in north.evaluate_all("rs => rs.map(r => r.getAttribute('width'))")]
            assert sum(widths) == pytest.approx(200, abs=0.05)
            box = page.locator("#outlets tr[data-outlet='north'] svg").bounding_box()
            assert box["width"] == pytest.approx(200, abs=1) and box["height"] > 0
            assert page.locator("svg rect.bar").count() == 10  # the score chart is untouched
            page.click("#outlets th[data-key='outlet'] button")
            assert rows.locator("th").all_inner_texts() == sorted(names)
            assert page.get_attribute("#outlets th[data-key='outlet']", "aria-sort") == "ascending"
            page.click("#outlets th[data-key='unsourced'] button")
            shares = [float(x) for x in
                      rows.evaluate_all("rs => rs.map(r => r.getAttribute('data-unsourced'))")]
            assert shares == sorted(shares, reverse=True)
            page.click("#outlets th[data-key='unsourced'] button")
            shares = [float(x) for x in
                      rows.evaluate_all("rs => rs.map(r => r.getAttribute('data-unsourced'))")]
            assert shares == sorted(shares)
            watched.assert_quiet([index])
        finally:
            watched.close()
            browser.close()


def test_dashboard_outlet_names_are_text(tmp_path, seed_report):
    d = seed_report.to_dict()
    d["document"]["outlet"] = '<img src=x onerror="alert(1)">&amp;'
    html = (write_dashboard(tmp_path, [d])).read_text(encoding="utf-8")
    section = html[html.index('id="outlets-h"'):html.index('id="groups-h"')]
    assert "<img" not in section
    assert section.count("&lt;img src=x onerror=&#34;alert(1)&#34;&gt;&amp;amp;") == 3
