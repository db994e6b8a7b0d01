"""Properties of the analyzer over generated input (hypothesis).

Any ``str`` either analyses or raises the documented :class:`~credibility.errors.InputError`;
every span's offsets cut its own text out of the analysed text; scores stay in range; the JSON is
the same on every run.  Example counts are modest so the suite stays fast on two cores.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import credibility
from credibility import ingest
from credibility.errors import InputError
from credibility.report import dumps
from tests.conftest import iter_spans

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Pieces of news prose, so that generated text reaches attribution and scoring, not only ingest.
WORDS = ["The", "minister", "said", "told", "reporters", "a", "source", "who", "requested",
         "anonymity", "according", "to", "officials", "Kim", "Jong", "Un", "residents", "of",
         "Hyesan", "1,500", "soldiers", "arrived", "reportedly", "seem", "U.S.", "Mr.", "he", "she",
         "they", "the", "second", "RFA", "reported", "Yonhap", "in", "a", "statement", "report",
         "found", "that", "on", "Monday", "بالعربية", "북한", "中文", "e\u0301", "\u200b",
         "\u202e", "\x07", "\ufeff"]
PUNCT = [".", ",", ":", ";", "!", "?", '"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "(", ")",
         "\u2014", "-", "...", "\u00ab", "\u00bb", "\n", "\n\n", "\r\n", "\t", " ",
         "\n# ", "\n## ", "\n> ", "\n- ", "\n1. ", "*", "_", "\n---\n", "Title:", "By"]
token = st.one_of(st.sampled_from(WORDS), st.sampled_from(PUNCT),
                  st.text(min_size=1, max_size=6))
prose = st.lists(token, max_size=80).map(lambda toks: " ".join(toks))
articles = st.one_of(prose, st.text(max_size=300),
                     st.tuples(st.text(max_size=40), prose).map(lambda t: t[0] + "\n\n" + t[1]))


def _analyse(text: str, fmt: str = "text"):
    """The report, or None when the input is refused with the documented error."""
    try:
        return credibility.analyze(text, fmt=fmt)
    except InputError as e:
        assert str(e), "an InputError must say why"
        return None


def check_report(report) -> None:
    """The invariants every report keeps."""
    text = report.document.text
    d = report.to_dict(include_text=True)
    assert d["document"]["text"] == text
    for s in iter_spans(d):
        assert 0 <= s["start"] <= s["end"] <= len(text), s
        assert text[s["start"]:s["end"]] == s["text"], s
    doc = report.document
    for span in (*doc.body, *(b.span for b in doc.boilerplate),
                 *(s.span for s in report.sentences),
                 *([doc.title_span] if doc.title_span else [])):
        assert text[span.start:span.end] == span.text
    ids = {s.id for s in report.sources}
    for c in report.claims:
        assert 0.0 <= c.score <= 1.0, c
        assert c.source_id is None or c.source_id in ids
        assert c.corroboration in ("corroborated", "single_source", "unattributed")
        assert c.quote in ("direct", "indirect", "none")
        assert 0 <= c.sentence < max(1, len(report.sentences))
    summary = report.summary
    assert 0.0 <= summary.credibility_score <= 100.0
    assert summary.claims == len(report.claims)
    assert 0 <= summary.attributed <= summary.claims
    assert 0 <= summary.uncorroborated <= summary.claims
    json.loads(dumps(report, include_text=True))
    dumps(report).encode("utf-8")


@SETTINGS
@given(articles)
def test_any_text_analyses_or_raises_the_documented_error(text):
    report = _analyse(text)
    if report is not None:
        check_report(report)


@SETTINGS
@given(articles)
def test_any_markdown_analyses_or_raises(text):
    report = _analyse(text, fmt="markdown")
    if report is not None:
        check_report(report)


@SETTINGS
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_any_unicode_analyses_or_raises(text):
    report = _analyse(text)
    if report is not None:
        check_report(report)


@settings(max_examples=30, deadline=None)
@given(prose)
def test_the_same_text_gives_the_same_json(text):
    first = _analyse(text)
    assume(first is not None)
    assert dumps(credibility.analyze(text), include_text=True) == dumps(first, include_text=True)


@SETTINGS
@given(st.binary(max_size=400), st.sampled_from(["text", "markdown", "html", "json", "jsonl"]))
def test_any_bytes_parse_or_raise(data, fmt):
    try:
        docs = ingest.parse_bytes(data, "x", fmt)
    except InputError:
        return
    for doc in docs:
        doc.text.encode("utf-8")
        for span in doc.body:
            assert doc.text[span.start:span.end] == span.text


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["<p>", "</p>", "<div>", "</b>", "<script>", "</script>",
                                 "<!--", "-->", "<title>", "</title>", "&amp;", "&#0;", "&bogus;",
                                 "<", ">", "<br/>", "<a href='", "'>"]) | prose,
                max_size=40).map("".join))
def test_any_html_analyses_or_raises(html):
    report = _analyse(html, fmt="html")
    if report is not None:
        check_report(report)


@settings(max_examples=30, deadline=None)
@given(st.dictionaries(st.sampled_from(["text", "title", "url", "published", "outlet", "x"]),
                       st.one_of(st.text(max_size=60), prose, st.integers(), st.none(),
                                 st.lists(st.integers(), max_size=3)), max_size=5))
def test_any_json_record_parses_or_raises(record):
    data = json.dumps(record).encode()
    try:
        (doc,) = ingest.parse_bytes(data, "r.json", "json")
    except InputError:
        return
    assert doc.text == record["text"]


@pytest.mark.parametrize("text", [
    "Title\n\n" + "He said \"the bridge was closed. " * 200,
    "Title\n\n" + "\u201c" * 300 + "the minister said" + "\u201d" * 10,
    "Title\n\n" + "The official said that " * 300 + "nothing happened.",
    "Title\n\n" + "\u200b" * 1000 + "The minister said it." + "\u202e" * 100,
    "a\n" * 2000,
    "Title\n\n" + "Mr. " * 500 + "Kim said so.",
], ids=["unbalanced", "nested-openers", "cue-chain", "zero-width", "many-lines", "abbreviations"])
def test_hostile_shapes(text):
    report = _analyse(text)
    if report is not None:
        check_report(report)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.one_of(st.binary(max_size=300), prose.map(str.encode),
                      articles.map(lambda t: t.encode("utf-16"))),
       suffix=st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl", ".pdf", ""]))
def test_any_file_gives_a_report_or_a_documented_input_error(tmp_path_factory, data, suffix):
    from click.testing import CliRunner

    from credibility.cli import main

    path = tmp_path_factory.mktemp("any") / f"article{suffix}"
    path.write_bytes(data)
    r = CliRunner().invoke(main, ["report", "-f", "json", str(path)])
    assert r.exit_code in (0, 3), r.stderr
    if r.exit_code == 3:
        assert r.stderr.startswith("credibility: error: ") and r.stderr.count("\n") == 1
    else:
        try:  # one report: a JSON object; several (JSONL input): JSON Lines
            reports = [json.loads(r.stdout)]
        except json.JSONDecodeError:
            reports = [json.loads(line) for line in r.stdout.splitlines()]
        for report in reports:
            assert 0 <= report["summary"]["credibility_score"] <= 100
