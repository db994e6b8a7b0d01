"""The HTML pages in a real browser: Debian's Chromium driven by Playwright.

``.ci/browser-setup`` installs Chromium on a fresh CI machine; these tests skip, saying why, only
when no Chromium or no Playwright is there.  Set ``CREDIBILITY_CHROMIUM`` to use another build,
and ``CREDIBILITY_SCREENSHOT=docs/seed-report.png`` to refresh the README's screenshot.
"""

from __future__ import annotations

import copy
import os
import shutil

import pytest

import credibility
from credibility.html import render_report, write_dashboard
from credibility.report import all_claims

pytestmark = pytest.mark.browser

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _chromium() -> str | None:
    for candidate in (os.environ.get("CREDIBILITY_CHROMIUM"), "chromium", "chromium-browser"):
        if candidate and shutil.which(candidate):
            return shutil.which(candidate)
    return None


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="the playwright Python package is not installed "
        "(pip install -e '.[test]')")
    executable = _chromium()
    if executable is None:
        pytest.skip("no Chromium found: run .ci/browser-setup (apt-get install chromium) "
                    "or set CREDIBILITY_CHROMIUM")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Watched:
    """A page that records console errors, page errors, dialogs and every request it makes."""

    def __init__(self, browser, viewport=(1280, 900)):
        self.context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]},
                                           java_script_enabled=True)
        self.requests: list[str] = []
        self.problems: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type in ("error", "warning")
                     and self.problems.append(f"console {m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on("dialog", lambda d: (self.problems.append(f"dialog: {d.message}"),
                                          d.dismiss()))

    def _route(self, route):
        url = route.request.url
        self.requests.append(url)
        if url.startswith("file://"):
            route.continue_()
        else:
            route.abort()

    def open(self, path):
        self.page.goto(path.resolve().as_uri())
        return self.page

    def assert_quiet(self, allowed_files):
        allowed = {p.resolve().as_uri() for p in allowed_files}
        assert [u for u in self.requests if u.split("#")[0] not in allowed] == []
        assert self.problems == []

    def close(self):
        self.context.close()


@pytest.fixture
def watched(browser):
    w = Watched(browser)
    yield w
    w.close()


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory, seed_report):
    from dataclasses import replace

    # The path as a reader would type it, so the README's screenshot shows no temporary folder.
    report = replace(seed_report, document=replace(
        seed_report.document, path="seeds/rfa_ryanggang_special_forces.txt"))
    path = tmp_path_factory.mktemp("html") / "seed.html"
    path.write_text(render_report(report), encoding="utf-8")
    return path


def test_seed_page_shows_highlights_sources_and_details(watched, seed_page, seed_report,
                                                        tmp_path):
    page = watched.open(seed_page)
    claims = page.locator("mark.claim[id]")
    assert claims.count() == len(all_claims(seed_report))
    for c in all_claims(seed_report):
        assert page.locator(f"#claim-{c.id}").is_visible()
    # The status label is drawn by CSS next to each highlight.
    label = page.evaluate("getComputedStyle(document.getElementById('claim-C1'), '::before')"
                          ".content")
    assert label.strip('"').startswith("C1 ")
    colours = {page.evaluate(f"getComputedStyle(document.querySelector('mark.st-{s}'))"
                             ".backgroundColor")
               for s in ("corr", "single", "unattr")
               if page.locator(f"mark.st-{s}").count()}
    assert len(colours) == len({c.corroboration for c in all_claims(seed_report)})
    sources = page.locator(".source-list .source")
    assert sources.count() == len(seed_report.sources)
    assert all(sources.nth(i).is_visible() for i in range(sources.count()))
    assert page.locator(".finding").first.is_visible()

    tip = page.locator("#tip")
    assert tip.is_hidden()
    first = seed_report.claims[0]
    page.hover(f"#claim-{first.id}")
    assert tip.is_visible()
    text = tip.inner_text()
    assert f"score {first.score:.2f}" in text and first.reasons[0] in text
    page.mouse.move(0, 0)
    assert tip.is_hidden()

    page.set_viewport_size({"width": 1280, "height": 1000})
    page.hover(f"#claim-{first.id}")
    shot = os.environ.get("CREDIBILITY_SCREENSHOT") or str(tmp_path / "seed.png")
    page.screenshot(path=shot)
    with open(shot, "rb") as fp:
        assert fp.read(8) == b"\x89PNG\r\n\x1a\n"
    watched.assert_quiet([seed_page])


def test_keyboard_reaches_claims_and_shows_details(watched, seed_page, seed_report):
    page = watched.open(seed_page)
    focused = None
    for _ in range(40):
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.id")
        if focused.startswith("claim-"):
            break
    assert focused == f"claim-{all_claims(seed_report)[0].id}"
    tip = page.locator("#tip")
    assert tip.is_visible() and all_claims(seed_report)[0].id in tip.inner_text()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == f"claim-{all_claims(seed_report)[1].id}"
    assert all_claims(seed_report)[1].id in tip.inner_text()
    page.keyboard.press("Escape")
    assert tip.is_hidden()
    # The claim list is reachable too: its links jump to the highlight.
    page.locator(f"#detail-{seed_report.claims[2].id} a.claim-id").press("Enter")
    assert page.evaluate("location.hash") == f"#claim-{seed_report.claims[2].id}"
    watched.assert_quiet([seed_page])


def test_source_button_marks_its_mentions(watched, seed_page, seed_report):
    page = watched.open(seed_page)
    source = next(s for s in seed_report.sources if s.mentions)
    button = page.locator(f".source-btn[data-source='{source.id}']")
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    lit = page.locator(f".mention.lit[data-source='{source.id}']")
    assert lit.count() >= len({m.start for m in source.mentions})
    assert page.locator(".claim-item.lit").count() == sum(
        1 for c in seed_report.claims if c.source_id == source.id)
    button.click()
    assert page.locator(".lit").count() == 0
    watched.assert_quiet([seed_page])


def test_markup_in_an_article_shows_as_text(watched, tmp_path):
    payload = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    report = credibility.analyze(
        f"{payload} headline\n\n\"The plan {payload} works,\" said Mayor Jane Doe.\n", path=payload)
    path = tmp_path / "xss.html"
    path.write_text(render_report(report), encoding="utf-8")
    page = watched.open(path)
    assert payload in page.inner_text("h1")
    assert payload in page.inner_text("#article-text")
    assert page.locator("#article-text img, #article-text script, h1 *").count() == 0
    watched.assert_quiet([path])  # no alert dialog, no request for "x"


def test_dashboard_sorts_pages_and_links(watched, tmp_path, seed_report):
    base = seed_report.to_dict()
    reports = [seed_report]
    for i in range(249):  # enough rows for three pages
        d = copy.deepcopy(base)
        d["document"]["path"] = f"wire/{i:03d}.txt"
        d["document"]["title"] = f"Story {i:03d}"
        d["summary"]["credibility_score"] = float(i % 97)
        reports.append(d)
    errors = [{"path": "broken.html", "error": "InputError", "message": "no article text"}]
    index = write_dashboard(tmp_path / "out", reports, errors)
    page = watched.open(index)
    rows = page.locator("#articles tbody tr")
    assert rows.count() == 100
    assert "rows 1–100 of 251" in page.inner_text("#range")
    scores = [float(x) for x in page.locator("#articles tbody td:nth-child(2)").all_inner_texts()]
    assert scores == sorted(scores)
    page.click("th[data-key='2'] button")
    scores = [float(x) for x in page.locator("#articles tbody td:nth-child(2)").all_inner_texts()]
    assert scores == sorted(scores, reverse=True)
    assert page.get_attribute("th[data-key='2']", "aria-sort") == "descending"
    page.click("#next")
    assert "rows 101–200 of 251" in page.inner_text("#range")
    page.check("#only-errors")
    assert rows.count() == 1 and "no article text" in rows.first.inner_text()
    page.uncheck("#only-errors")
    page.fill("#filter", "ryanggang")
    assert rows.count() == 1
    assert page.locator("svg rect.bar").count() == 10
    article = tmp_path / "out" / rows.first.locator("a").get_attribute("href")
    rows.first.locator("a").click()
    page.wait_for_url(article.resolve().as_uri())
    assert page.locator("mark.claim").first.is_visible()
    page.click(".back a")
    page.wait_for_url(index.resolve().as_uri())
    watched.assert_quiet([index, article])


def test_notebook_view_runs_in_its_iframe(watched, tmp_path, seed_report):
    path = tmp_path / "notebook.html"
    path.write_text("<!DOCTYPE html><title>notebook</title>" + seed_report._repr_html_(),
                    encoding="utf-8")
    page = watched.open(path)
    frame = page.frame_locator("iframe")
    claim = all_claims(seed_report)[0]
    frame.locator(f"#claim-{claim.id}").hover()
    assert frame.locator("#tip").is_visible()
    assert claim.reasons[0] in frame.locator("#tip").inner_text()
    watched.assert_quiet([path])
