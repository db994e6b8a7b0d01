"""HTML views: nothing from an article ever becomes markup; the pages hold what they promise.

Pages are parsed with html.parser; tests/test_browser.py checks the same pages in Chromium.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import credibility
from credibility.html import (
    article_file_name,
    notebook_html,
    render_report,
    write_dashboard,
    write_dashboard_from_outdir,
)
from credibility.report import all_claims

XSS = [
    "<script>alert(1)</script>",
    "</script><script>alert(2)</script>",
    "<img src=x onerror=alert(3)>",
    "<svg/onload=alert(4)>",
    "\"><iframe src=javascript:alert(5)>",
    "' onmouseover='alert(6)",
    "<a href=\"javascript:alert(7)\">x</a>",
    "<!-- <style>body{display:none}</style> -->",
    "{{ 7*7 }}{% raw %}",
    "&lt;b&gt;already escaped&amp;",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(8)>",
    "\u202e\u0000</textarea><base href=//evil.example/>",
]

ARTICLE = """{0} Council {1} votes on budget

"The budget {2} will pass," said Mayor Jane Doe, who spoke on condition of anonymity {3}.

Officials said the vote was "a formality {4}" and {5} would follow.
"""

ALLOWED_TAGS = {
    "html", "head", "meta", "link", "title", "style", "body", "a", "header", "p", "div", "h1",
    "h2", "dl", "dt", "dd", "span", "section", "ul", "li", "main", "mark", "ol", "blockquote",
    "b", "meter", "aside", "button", "footer", "script", "code", "label", "input", "table",
    "thead", "tbody", "tr", "th", "td", "noscript", "svg", "desc", "line", "g", "rect", "text",
    "iframe",
}


class Page(HTMLParser):
    """Tags, attributes and the text of #article-text, as a browser's parser would see them."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.article_text: list[str] = []
        self.text: list[str] = []
        self.depth = 0  # > 0 while inside #article-text
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self._raw: str | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if self.depth:
            self.depth += 1
        elif attrs.get("id") == "article-text":
            self.depth = 1
        if tag in ("script", "style"):
            self._raw = tag

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1
        self._raw = None

    def handle_data(self, data):
        if self._raw == "script":
            self.scripts.append(data)
        elif self._raw == "style":
            self.styles.append(data)
        else:
            self.text.append(data)
            if self.depth:
                self.article_text.append(data)

    def find(self, tag=None, **attrs) -> list[dict]:
        out = []
        for t, a in self.tags:
            if tag and t != tag:
                continue
            if all(re.search(rf"(^|\s){re.escape(v)}(\s|$)", a.get(k.rstrip("_")) or "")
                   for k, v in attrs.items()):
                out.append(a)
        return out


def assert_inert(html: str, scripts: int) -> Page:
    """No markup but the template's: known tags only, no handlers, no javascript: links."""
    page = Page(html)
    for tag, attrs in page.tags:
        assert tag in ALLOWED_TAGS, f"unexpected <{tag}>"
        for name, value in attrs.items():
            assert not name.startswith("on"), f"<{tag} {name}=…>"
            if name in ("href", "src", "action", "formaction", "srcdoc"):
                assert not (value or "").strip().lower().startswith(("javascript:", "data:text")), value
            if name == "src":
                raise AssertionError(f"<{tag} src={value!r}> loads something")
    assert len(page.find("script")) == scripts
    assert not page.find("base")
    return page


def csp_sources(html: str) -> str:
    (meta,) = [a for t, a in Page(html).tags
               if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    return meta["content"]


def sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


@pytest.fixture(scope="module")
def seed_html(seed_report) -> str:
    return render_report(seed_report)


@pytest.fixture(scope="module")
def xss_report():
    return credibility.analyze(ARTICLE.format(*XSS), path=XSS[2] + "/../x.txt")


# ------------------------------------------------------------------------------- escaping


@pytest.mark.parametrize("payload", XSS)
def test_payload_in_analysed_article_stays_text(payload):
    text = ARTICLE.format(*([payload] * 6))
    report = credibility.analyze(text, path=payload)
    html = render_report(report)
    page = assert_inert(html, scripts=1)
    assert "".join(page.article_text) == report.document.text


def test_payloads_in_every_field_stay_text(seed_report):
    """Every string a report can carry, replaced by payloads, reaches the page as text only."""
    d = seed_report.to_dict(include_text=True)
    bad = copy.deepcopy(d)
    bad["document"].update(title=XSS[0], path=XSS[1], reprint_of=XSS[2], outlet=XSS[3],
                           url="javascript:alert(1)", origin_group=XSS[4], published=XSS[5],
                           language_note=XSS[6])
    for b in bad["document"]["boilerplate"]:
        b["kind"] = XSS[7]
    for i, s in enumerate(bad["sources"]):
        s.update(name=XSS[i % len(XSS)], anonymity_reason=XSS[-1 - i % len(XSS)], kind=XSS[8])
        for m in s["mentions"]:
            m["text"] = XSS[9]
    for i, c in enumerate(bad["claims"]):
        c.update(text=XSS[i % len(XSS)], reasons=XSS, corroborated_by=[XSS[1] + "#C1"],
                 conflicts_with=[XSS[2]], quote=XSS[3], corroboration=XSS[4])
    bad["summary"].update(findings=[f"! {x}" for x in XSS], verdict=XSS[10])
    html = render_report(bad)
    page = assert_inert(html, scripts=1)
    assert "".join(page.article_text) == d["document"]["text"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&amp;lt;b&amp;gt;already escaped&amp;amp;" in html
    assert "{{ 7*7 }}" in html.replace("&#123;", "{")  # Jinja syntax in data is not evaluated


def test_escaped_text_still_reads_the_same(xss_report):
    html = render_report(xss_report)
    page = Page(html)
    assert "".join(page.article_text) == xss_report.document.text
    title = next(a for t, a in page.tags if t == "h1")
    assert title is not None
    assert XSS[0] in html.replace("&lt;", "<").replace("&gt;", ">")


def test_notebook_view_is_a_sandboxed_iframe(xss_report):
    html = notebook_html(xss_report)
    page = assert_inert(html, scripts=0)
    (frame,) = page.find("iframe")
    assert frame["sandbox"] == "allow-scripts"  # no allow-same-origin: cannot reach the notebook
    inner = assert_inert(frame["srcdoc"], scripts=1)
    assert "".join(inner.article_text) == xss_report.document.text
    assert xss_report._repr_html_() == html


# ---------------------------------------------------------------------- the seed's page


def test_page_is_self_contained_and_pinned_by_csp(seed_html):
    page = assert_inert(seed_html, scripts=1)
    csp = csp_sources(seed_html)
    assert "default-src 'none'" in csp
    (style,), (script,) = page.styles, page.scripts
    assert sha(style) in csp and sha(script) in csp
    assert not re.search(r"(src|href)=\"(https?:)?//", seed_html)
    assert "url(" not in style and "@import" not in style


def test_page_is_deterministic(seed_html):
    from tests.conftest import SEED

    again = credibility.analyze_file(SEED)[0]
    assert render_report(again) == seed_html


def test_every_claim_is_highlighted_with_status_label(seed_report, seed_html):
    page = Page(seed_html)
    assert "".join(page.article_text) == seed_report.document.text
    marks = {a["id"][len("claim-"):]: a for a in page.find("mark", class_="claim") if "id" in a}
    assert list(marks) == [c.id for c in all_claims(seed_report)]
    css = {"corroborated": "st-corr", "single_source": "st-single", "unattributed": "st-unattr"}
    label = {"corroborated": "corroborated", "single_source": "single source",
             "unattributed": "unattributed"}
    for c in all_claims(seed_report):
        mark = marks[c.id]
        assert css[c.corroboration] in mark["class"].split()
        words = "headline" if c.headline else label[c.corroboration]
        assert mark["data-label"].startswith(f"{c.id} {words}")
        assert mark["tabindex"] == "0"
        assert mark["aria-describedby"] == f"reasons-{c.id}"


def test_attribution_frame_and_mentions_are_marked(seed_report, seed_html):
    page = Page(seed_html)
    mentions = [m for m in page.find("span", class_="mention") if "data-source" in m]
    assert sum(len(s.mentions) for s in seed_report.sources) <= len(mentions)
    assert {m["data-source"] for m in mentions} == {s.id for s in seed_report.sources}
    assert page.find("span", class_="frame")
    cues = {c.cue.start for c in seed_report.claims if c.cue}
    assert len(page.find("span", class_="cue")) - 1 == len(cues)  # less the legend's swatch
    assert page.find("span", class_="hedge")


def test_sources_sidebar_and_claim_list(seed_report, seed_html):
    page = Page(seed_html)
    buttons = page.find("button", class_="source-btn")
    assert [b["data-source"] for b in buttons] == [s.id for s in seed_report.sources]
    for s in seed_report.sources:
        assert f"&ldquo;{s.anonymity_reason}&rdquo;" in seed_html or not s.anonymity_reason
    items = page.find("li", class_="claim-item")
    assert [i["id"] for i in items] == [f"detail-{c.id}" for c in all_claims(seed_report)]
    links = {a["href"] for a in page.find("a", class_="claim-id")}
    assert links == {f"#claim-{c.id}" for c in all_claims(seed_report)}
    shown = " ".join(page.text)
    for c in all_claims(seed_report):
        for r in c.reasons:
            assert r in shown


def test_the_headline_claim_is_labelled_and_left_out_of_the_legend(seed_report, seed_html):
    """Trial 21: the headline's badge read "unattributed · no source cited" and the legend's
    "unattributed" count held it, though the summary does not."""
    assert seed_report.headline is not None
    item = re.search(r'<li class="claim-item[^"]*" id="detail-C0"[^>]*>(.*?)</li>', seed_html,
                     re.S).group(1)
    assert "headline" in item and "no source cited" not in item
    unattributed = sum(c.corroboration == "unattributed" for c in seed_report.claims)
    legend = re.search(r'<ul class="legend".*?</ul>', seed_html, re.S).group(0)
    assert re.search(rf"unattributed\D*{unattributed}\b", legend)


def test_findings_and_provenance_at_the_top(seed_report, seed_html):
    findings = seed_html.index('id="findings-h"')
    assert findings < seed_html.index('id="article-text"')
    assert len(Page(seed_html).find("li", class_="finding")) == len(seed_report.summary.findings)
    assert "<dt>Reprint of</dt><dd>Radio Free Asia</dd>" in seed_html
    assert f"{seed_report.summary.credibility_score}" in seed_html


def test_finding_labels_follow_what_the_finding_says():
    from credibility.html import _finding

    # "~" marks hedges and partial confirmations alike; a partial confirmation is no hedge
    assert _finding("~ 2 claims are hedged (“seem to”).")["label"] == "Hedged"
    assert _finding("~ 2 partial confirmations (the same event, not the same figure; not "
                    "counted as corroboration): C3 (S2) ↔ C13 (S4).")["label"] == "Partly confirmed"


def test_background_claims_are_not_shown_with_a_score(seed_report, seed_html):
    # background is "shown, not scored" (text report "-"): no 0.00 meter in the claim list
    background = {c.id for c in all_claims(seed_report) if c.assertion in ("background", "headline")}
    assert background
    items = re.findall(r'<li class="claim-item[^"]*" id="detail-[^"]+" data-claim="([^"]+)">'
                       r'(.*?)</li>\s*(?=<li class="claim-item|</ol>)', seed_html, re.S)
    assert [i for i, _ in items] == [c.id for c in all_claims(seed_report)]
    for claim_id, item in items:
        assert ("<meter" in item) == (claim_id not in background), claim_id
        assert ("not scored" in item) == (claim_id in background), claim_id


def test_without_text_claims_are_listed_not_highlighted(seed_report):
    html = render_report(seed_report.to_dict())
    page = assert_inert(html, scripts=1)
    assert not page.find(id="article-text")
    assert len(page.find("li", class_="claim-item")) == len(all_claims(seed_report))
    assert not page.find("a", class_="claim-id")  # nothing to jump to


# ------------------------------------------------------------------------- dashboard


@pytest.mark.parametrize("path", [
    "../../etc/passwd", "..", ".", "/abs/path.txt", "a/../../b.txt", "C:\\Windows\\x.txt",
    XSS[0], XSS[4], "名前/記事.txt", "", None, "a" * 500, ".hidden", "-rf.txt", "x\x00y",
])
def test_article_file_names_never_escape(path, tmp_path):
    name = article_file_name(path)
    assert re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9._-]*\.html", name), name
    assert len(name) <= 100
    assert (tmp_path / name).resolve().parent == tmp_path.resolve()


def test_article_file_names_differ_by_path():
    assert article_file_name("a/b.txt") != article_file_name("a_b.txt")


def _dashboard_rows(html: str) -> list:
    m = re.search(r'<script type="application/json" id="rows">(.*?)</script>', html, re.S)
    return json.loads(m.group(1))


def test_dashboard_from_reports_and_errors(tmp_path, seed_report, xss_report):
    reports = [seed_report, xss_report, xss_report]  # the same path twice gets two pages
    errors = [{"path": XSS[1], "error": "InputError", "message": XSS[0]}]
    index = write_dashboard(tmp_path / "out", reports, errors)
    out = tmp_path / "out"
    assert index == out / "index.html"
    files = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*"))
    assert all(f == "out" or f.startswith("out/") for f in files)
    pages = sorted((out / "articles").iterdir())
    assert len(pages) == 3
    html = index.read_text(encoding="utf-8")
    page = assert_inert(html, scripts=2)
    csp = csp_sources(html)
    assert sha(page.scripts[1]) in csp and sha(page.styles[0]) in csp
    rows = _dashboard_rows(html)
    assert len(rows) == 4
    assert [r[0] for r in rows[:3]] == [seed_report.document.path, xss_report.document.path,
                                        xss_report.document.path]
    assert rows[3][6] == f"InputError: {XSS[0]}"
    assert {r[7] for r in rows[:3]} == {f"articles/{p.name}" for p in pages}
    assert rows[0][2] == seed_report.summary.credibility_score
    assert "</script><script>" not in html.split('id="rows">', 1)[1].split("</script>", 1)[0]
    for p in pages:
        article = assert_inert(p.read_text(encoding="utf-8"), scripts=1)
        assert article.find("a", href="../index.html")
    assert page.find("rect", class_="bar")
    assert "Reprints of Radio Free Asia" in html


def test_dashboard_from_outdir_finds_text_when_unchanged(tmp_path, seed_report):
    src = tmp_path / "in"
    src.mkdir()
    article = Path("seeds/rfa_ryanggang_special_forces.txt")
    (src / "seed.txt").write_bytes(article.read_bytes())
    out = tmp_path / "out"
    out.mkdir()
    d = credibility.analyze_file(src / "seed.txt")[0].to_dict()
    d["document"]["path"] = "seed.txt"
    escape = copy.deepcopy(d)
    escape["document"]["path"] = "../../../etc/passwd"
    (out / "reports.jsonl").write_text(json.dumps(d) + "\n" + json.dumps(escape) + "\n")
    (out / "errors.jsonl").write_text(json.dumps({"path": "bad.txt", "error": "InputError",
                                                  "message": "empty"}) + "\n")
    index = write_dashboard_from_outdir(out, folder=src)
    rows = _dashboard_rows(index.read_text(encoding="utf-8"))
    assert len(rows) == 3 and rows[2][6] == "InputError: empty"
    pages = {p.name: p.read_text(encoding="utf-8") for p in (out / "articles").iterdir()}
    assert 'id="article-text"' in pages[article_file_name("seed.txt")]
    assert 'id="article-text"' not in pages[article_file_name("../../../etc/passwd")]
    (src / "seed.txt").write_text("changed since the batch ran, said a source.\n")
    write_dashboard_from_outdir(out, folder=src)
    assert 'id="article-text"' not in (out / "articles" / article_file_name("seed.txt")).read_text()


def test_batch_html_writes_the_dashboard(tmp_path):
    from click.testing import CliRunner

    from credibility.cli import main
    from tests.conftest import SEED

    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "seed.txt").write_bytes(SEED.read_bytes())
    (folder / "<img src=x onerror=alert(1)>.txt").write_text(
        "Prices rose 3 percent, the ministry said.\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["batch", str(folder), "--out", str(out), "--html", "-q",
                                       "--jobs", "1"])
    assert result.exit_code == 0, result.output
    html = (out / "index.html").read_text(encoding="utf-8")
    assert_inert(html, scripts=2)
    rows = _dashboard_rows(html)
    assert sorted(r[0] for r in rows) == ["<img src=x onerror=alert(1)>.txt", "empty.txt",
                                          "sub/seed.txt"]
    assert [r[0] for r in rows if r[6]] == ["empty.txt"]
    seed_page = (out / "articles" / article_file_name("sub/seed.txt")).read_text(encoding="utf-8")
    assert 'id="article-text"' in seed_page
    assert len(list((out / "articles").iterdir())) == 2


def test_the_dashboard_counts_claims_in_conflict(tmp_path):
    """A batch whose one finding is a conflict shows it in the article table (new-user trial:
    the dashboard showed no conflict anywhere)."""
    from credibility.batch import run_batch

    folder = Path(__file__).parent / "data" / "one_event"
    run_batch(folder, tmp_path / "out", jobs=1)
    index = write_dashboard_from_outdir(tmp_path / "out", folder=folder)
    html = index.read_text(encoding="utf-8")
    assert "Claims in conflict" in html
    conflicts = {r[0]: r[8] for r in _dashboard_rows(html)}
    assert conflicts["labour_wire.txt"] == 1 and conflicts["harbour_times.txt"] == 1
    # trial 21: the article page links the claim it conflicts with, as it links corroborations
    page = (tmp_path / "out" / "articles" / article_file_name("labour_wire.txt")).read_text(
        encoding="utf-8")
    item = re.search(r"<li>conflicts with (.*?)</li>", page).group(1)
    assert "../articles/" + article_file_name("harbour_times.txt") + "#claim-C1" in \
        re.findall(r'href="([^"]*)"', item)


def test_a_reprint_in_an_origin_group_is_listed_once():
    """Trial 21: the dashboard listed a reprint under its origin group and again under
    "Reprints of …"; a reprint the batch did not find a copy of keeps its own entry."""
    from credibility.html import _origin_groups

    docs = [({"path": "a.txt", "origin_group": "a.txt"}, "p/a.html"),
            ({"path": "b.txt", "origin_group": "a.txt", "reprint_of": "the Courier"}, "p/b.html"),
            ({"path": "c.txt", "reprint_of": "the Sentinel"}, "p/c.html")]
    groups, _ = _origin_groups(docs)
    assert [(g["label"], g["name"], [a["path"] for a in g["articles"]]) for g in groups] == [
        ("Origin group", "a.txt", ["a.txt", "b.txt"]), ("Reprints of", "the Sentinel", ["c.txt"])]
