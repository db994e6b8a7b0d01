"""HTML views: one self-contained page per article, and a dashboard for a batch.

Both render from the JSON object of REPORT_SCHEMA.md, so a page can be made from a live
:class:`~credibility.records.Report` (``report.to_dict(include_text=True)``) or from a line of a
batch's ``reports.jsonl``.  Without ``document.text`` the page lists the claims instead of
highlighting them in the article.

Safety: the templates in ``credibility/templates/`` are rendered by Jinja2 with autoescaping on
and no ``|safe`` on anything that comes from an article, so titles, quotes, source names and file
names reach the page only as text.  Each page carries a Content-Security-Policy that allows no
network at all and runs only the page's own style and script (pinned by their SHA-256), so even
markup that slipped through could neither run nor load anything.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from markupsafe import Markup

from credibility.errors import printable
from credibility.outputs import atomic_write, ensure_dir
from credibility.records import Report
from credibility.report import ASSERTION_LABELS, kind_words, people
from credibility.score import GENRE_WORDS

STATUS_LABELS = {
    "corroborated": ("corroborated", "corr"),
    "single_source": ("single source", "single"),
    "unattributed": ("unattributed", "unattr"),
}
"""Claim status -> (label shown to readers, CSS class suffix)."""

FINDING_MARKS = {
    "!": ("warn", "Warning"),
    "+": ("good", "Support"),
    "~": ("hedge", "Hedged"),
    "\u00b7": ("note", "Note"),
    "?": ("unsure", "Unsure"),
}
"""The leading mark of a finding (see :func:`credibility.score.summarize`) -> (class, label)."""

HEADLINE_WITHIN = 2000
"""The title is marked in the text where it occurs this close to the start."""
SCORE_BINS = 10
PAGE_SIZE = 100
ARTICLES_DIR = "articles"
_GROUP_KEYS = ("path", "title", "origin_group", "reprint_of")
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@cache
def _env():
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(loader=PackageLoader("credibility", "templates"), autoescape=True,
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                       keep_trailing_newline=True)


@cache
def _asset(name: str) -> tuple[Markup, str]:
    """A static style or script of the package, and its CSP source expression.

    These are the package's own files, never article content, hence ``Markup``.
    """
    text = _env().loader.get_source(_env(), name)[0]
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return Markup(text), f"'sha256-{digest}'"


@cache
def _styles(names: tuple[str, ...]) -> tuple[Markup, str]:
    """Style sheets of the package joined into one, and its CSP source expression."""
    text = "".join(_asset(name)[0] for name in names)
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return Markup(text), f"'sha256-{digest}'"


def _page_assets(script: str, styles: tuple[str, ...] = ("page.css",)) -> dict:
    css, css_hash = _styles(styles)
    js, js_hash = _asset(script)
    csp = (f"default-src 'none'; style-src {css_hash}; script-src {js_hash}; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    return {"css": css, "js": js, "csp": csp}


def as_dict(report: Report | dict) -> dict:
    """The schema dict of a report; a Report gives its text too, so claims can be highlighted."""
    return report.to_dict(include_text=True) if isinstance(report, Report) else report


# ---------------------------------------------------------------------------- article page


def _finding(text: str) -> dict:
    mark = text[:1] if text[1:2] == " " else ""
    css, label = FINDING_MARKS.get(mark, ("note", "Note"))
    if mark == "~" and "partial confirmation" in text:
        label = "Partly confirmed"  # "~" also marks partial confirmations, which are no hedge
    return {"css": css, "label": label, "mark": mark or "\u00b7",
            "text": text[2:] if mark else text}


def _claim_view(c: dict, sources: dict[str, dict], hrefs: dict[str, str]) -> dict:
    label, css = STATUS_LABELS.get(c["corroboration"], (c["corroboration"], "unattr"))
    if c.get("headline"):
        label = "headline"     # the outlet's summary of its story: matched, never scored
    assertion = ASSERTION_LABELS.get(c.get("assertion") or "") if not c["source_id"] else None
    if assertion == label:
        assertion = None
    src = sources.get(c["source_id"])
    return {
        "id": c["id"], "text": c["text"], "status": label, "css": css,
        "short": " \u00b7 ".join([f"{c['id']} {label}"] + ([assertion] if assertion else [])
                                  + ["hedged"] * bool(c.get("hedged"))
                                  + ["lede"] * bool(c.get("key"))),
        "assertion": c.get("assertion"),
        "badge": f"{label} \u00b7 {assertion}" if assertion else label,
        "source_id": c["source_id"], "source": src["name"] if src else None,
        "source_kind": kind_words(src["kind"], src.get("unverified", False)) if src else None,
        "quote": c.get("quote", "none"), "hedged": c.get("hedged", False),
        "key": c.get("key", False), "headline": c.get("headline", False),
        "score": c["score"], "reasons": c.get("reasons", []),
        "refs": _links(c.get("corroborated_by", ()), hrefs),
        "partial": _links(c.get("partly_corroborated_by", ()), hrefs),
        "conflicts": _links(c.get("conflicts_with", ()), hrefs),
    }


def _links(refs, hrefs: dict[str, str]) -> list[dict]:
    """Claim references ("C3" in this article, "other.txt#C2" in another) as link text and
    href: None for an article without a page."""
    out = []
    for ref in refs:
        path, _, cid = ref.rpartition("#")
        if not path:
            out.append({"text": ref, "href": f"#claim-{ref}"})
        else:
            href = hrefs.get(path)
            out.append({"text": ref, "href": f"{href}#claim-{cid}" if href else None})
    return out


def _source_view(s: dict, claims: int) -> dict:
    # (mentions as one line: a name wrapped over two lines of wire copy is the same name)
    others = sorted({" ".join(m["text"].split()) for m in s.get("mentions", [])}
                    - {" ".join(s["name"].split())})
    return {
        "id": s["id"], "name": s["name"], "kind": kind_words(s["kind"], s.get("unverified", False)),
        "anonymous": s["anonymous"], "reason": s.get("anonymity_reason"),
        "group": s["kind"] == "unnamed_group", "others": others,
        "claims": claims,
    }


def _frames(claims: list[dict]) -> Iterator[tuple[int, int]]:
    """The attribution frame of each claim: from its source mention to its cue, claim excluded."""
    for c in claims:
        parts = [p for p in (c.get("source_mention"), c.get("cue")) if p]
        if not parts:
            continue
        start, end = min(p["start"] for p in parts), max(p["end"] for p in parts)
        if end <= c["start"] or start >= c["end"]:
            yield start, end


def highlight(text: str, d: dict) -> list[dict]:
    """The article text cut into runs for the template, every character exactly once.

    An outer run is a claim, an attribution frame, boilerplate or plain text (claims win where
    they overlap); its pieces carry the inner marks: source mentions, reporting cues, hedges.
    Concatenating every piece's text gives back ``text`` unchanged.
    """
    n = len(text)
    claims, sources = d["claims"], d["sources"]
    outer: list[tuple | None] = [None] * n

    def paint(layer, start, end, value):
        start, end = max(0, start), min(n, end)
        if start < end:
            layer[start:end] = [value] * (end - start)

    # Lowest priority first: later paint wins.
    title = d["document"].get("title")
    at = text.find(title, 0, HEADLINE_WITHIN) if title else -1
    if at >= 0:
        paint(outer, at, at + len(title), ("headline", None))
    for b in d["document"].get("boilerplate", []):
        paint(outer, b["start"], b["end"], ("boiler", b["kind"]))
    for start, end in _frames(claims):
        paint(outer, start, end, ("frame", None))
    for i, c in enumerate(claims):
        paint(outer, c["start"], c["end"], ("claim", i))

    # Inside: a source mention wins over a cue, a cue over a hedge.
    inner: list[tuple | None] = [None] * n
    for c in claims:
        if c.get("hedge"):
            paint(inner, c["hedge"]["start"], c["hedge"]["end"], ("hedge", None))
    for c in claims:
        if c.get("cue"):
            paint(inner, c["cue"]["start"], c["cue"]["end"], ("cue", None))
    for s in sources:
        for m in s.get("mentions", []):
            paint(inner, m["start"], m["end"], ("mention", s["id"]))

    runs: list[dict] = []
    seen_claims: set[int] = set()
    pos = 0
    for key, group in itertools.groupby(zip(outer, inner, strict=True), key=lambda t: t[0]):
        marks = [m for _, m in group]
        pieces = []
        for mark, same in itertools.groupby(marks):
            length = sum(1 for _ in same)
            pieces.append({"text": text[pos:pos + length], "mark": mark[0] if mark else None,
                           "source": mark[1] if mark else None})
            pos += length
        kind, value = key if key else (None, None)
        run = {"kind": kind, "pieces": pieces, "first": False, "claim": None, "boiler": None}
        if kind == "claim":
            run["claim"], run["first"] = value, value not in seen_claims
            seen_claims.add(value)
        elif kind == "boiler":
            run["boiler"] = value
        runs.append(run)
    return runs


def _standards_view(ids: list[str]) -> list[dict]:
    """The wording and origin of each sourcing standard the article falls short of."""
    from credibility.rules import load_rules

    checks = load_rules().standards
    return [{"title": checks[i].title, "rule": checks[i].rule, "source": checks[i].source}
            for i in ids if i in checks]


def article_context(report: Report | dict, back_href: str | None = None,
                    hrefs: dict[str, str] | None = None) -> dict:
    """Everything the article template shows, from a report or its schema dict."""
    d = as_dict(report)
    doc, summary = d["document"], d["summary"]
    by_id = {s["id"]: s for s in d["sources"]}
    claims = [_claim_view(c, by_id, hrefs or {}) for c in d["claims"]]
    text = doc.get("text")
    runs = highlight(text, d) if text is not None else None
    if runs is not None:
        for run in runs:
            if run["claim"] is not None:
                run["claim"] = claims[run["claim"]]
    counts = Counter(c["corroboration"] for c in d["claims"] if not c.get("headline"))
    said = Counter(c["source_id"] for c in d["claims"]   # one pass, not one per source;
                   if not c.get("headline"))              # the body's claims, as the text
    release = doc.get("genre") == "press_release"
    provenance = [("Genre", GENRE_WORDS.get(doc.get("genre"))),
                  ("Published", doc.get("published")), ("Outlet", doc.get("outlet")),
                  ("Press release of" if release else "Reprint of", doc.get("reprint_of")),
                  ("Origin group", doc.get("origin_group")),
                  ("URL", doc.get("url")), ("File", doc.get("path")),
                  ("SHA-256", (doc.get("sha256") or "")[:16] or None)]
    return {
        "title": doc.get("title") or doc.get("path") or "(untitled)",
        "provenance": [(k, v) for k, v in provenance if v],
        "score": summary["credibility_score"], "verdict": summary.get("verdict", ""),
        "summary": summary,
        "findings": [_finding(f) for f in summary.get("findings", [])],
        "standards": _standards_view(summary.get("standards", [])),
        "sources": [_source_view(s, said[s["id"]]) for s in d["sources"]],
        "claims": claims, "runs": runs,
        "legend": [(label, css, counts.get(status, 0))
                   for status, (label, css) in STATUS_LABELS.items()],
        "back_href": back_href,
        "language_note": doc.get("language_note"),
        "people": people(d, _body(report)) if d.get("entities") else None,
    }


def _body(report: Report | dict) -> list[tuple[int, int]] | None:
    """The story's paragraphs of a Report (a schema dict has none: its boilerplate decides)."""
    return [(b.start, b.end) for b in report.document.body] if isinstance(report, Report) else None


def render_report(report: Report | dict, back_href: str | None = None,
                  hrefs: dict[str, str] | None = None) -> str:
    """The self-contained HTML page of one report.

    Args:
        report: a Report, or its schema dict (with ``document.text`` to highlight claims).
        back_href: a link back to the dashboard, for pages of a batch.
        hrefs: article path -> page URL, to link claims corroborated by other articles.

    Returns:
        One HTML document: no external resources, deterministic for the same report.
    """
    ctx = article_context(report, back_href, hrefs)
    return _env().get_template("article.html").render(**ctx, **_page_assets("article.js"))


def notebook_html(report: Report | dict) -> str:
    """The article page inside a sandboxed iframe, for Jupyter (``Report._repr_html_``).

    The iframe keeps the page's style and script away from the notebook's own.
    """
    page = render_report(report)
    return _env().get_template("notebook.html").render(page=page)


# ---------------------------------------------------------------------------- batch dashboard


def article_file_name(path: str | None) -> str:
    """A file name for an article's page, derived from its path but never a path itself.

    Only ``A-Z a-z 0-9 . _ -`` survive, the name never starts with a dot, and a hash of the
    whole path keeps names of different articles apart; so the page always lands directly in
    ``OUTDIR/articles/``.
    """
    path = path or "(no path)"
    stem = _UNSAFE_NAME.sub("_", path).strip("._-")[:80] or "article"
    digest = hashlib.sha256(path.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{stem}-{digest}.html"


def _anonymous_share(d: dict) -> float | None:
    """The share of attributed claims that rest on an anonymous source."""
    anonymous = {s["id"] for s in d["sources"] if s["anonymous"]}
    attributed = [c for c in d["claims"] if c["source_id"]]
    if not attributed:
        return None
    return round(sum(1 for c in attributed if c["source_id"] in anonymous) / len(attributed), 3)


def _row(d: dict, href: str) -> list:
    doc, s = d["document"], d["summary"]
    return [printable(doc.get("path") or ""), printable(doc.get("title") or ""),
            s["credibility_score"], s["claims"],
            _anonymous_share(d), s["uncorroborated"], "", href,
            sum(1 for c in d.get("claims") or () if c.get("conflicts_with")),
            GENRE_WORDS.get(doc.get("genre"), "")]


def _weak_below() -> float:
    """The score under which the rules call sourcing thin (the lowest verdict's upper bound)."""
    from credibility.rules import load_rules

    bounds = sorted(bound for bound, _ in load_rules().scoring["article"]["verdicts"])
    return bounds[1] if len(bounds) > 1 else 0.0


def _weak_words() -> str:
    """The lowest verdict's words ("thinly sourced"), for the dashboard's chart."""
    from credibility.rules import load_rules

    return min(load_rules().scoring["article"]["verdicts"])[1]


def _histogram(scores: list[float]) -> dict:
    counts = [0] * SCORE_BINS
    for x in scores:
        counts[min(SCORE_BINS - 1, max(0, int(x // (100 / SCORE_BINS))))] += 1
    top = max(counts) or 1
    width = 100 // SCORE_BINS
    return {"top": top, "bars": [
        {"low": i * width, "high": (i + 1) * width, "count": n,
         "height": round(160 * n / top, 1)} for i, n in enumerate(counts)]}


def _origin_groups(docs: list[tuple[dict, str]], limit: int = 200) -> tuple[list[dict], int]:
    """Articles that share an origin (batch ``origin_group`` or the ``reprint of`` line)."""
    groups: dict[tuple[str, str], list] = defaultdict(list)
    for doc, href in docs:
        if doc.get("origin_group"):
            groups[("Origin group", doc["origin_group"])].append((doc, href))
        if doc.get("reprint_of"):
            groups[("Reprints of", doc["reprint_of"])].append((doc, href))
    grouped = {doc.get("path") for (label, _), members in groups.items()
               if label == "Origin group" for doc, _ in members}
    groups = {key: members for key, members in groups.items() if key[0] == "Origin group"
              or any(doc.get("path") not in grouped for doc, _ in members)}
    # (a reprint the batch found a copy of is listed once, in its origin group)
    shown = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    # escapes and bidi controls shown as \x1b, \u202e (as in terminal output): HTML escaping
    # leaves them, and a U+202E in one title would reverse the rest of the list item
    return [{"label": label, "name": printable(name),
             "articles": [{"path": printable(doc.get("path") or ""),
                           "title": printable(doc["title"]) if doc.get("title") else None,
                           "href": href}
                          for doc, href in members]}
            for (label, name), members in shown[:limit]], max(0, len(shown) - limit)


OUTLET_BAR_WIDTH = 200
"""Width of an outlet's bar in SVG units (each bar is 100% of the outlet's claims)."""
OUTLETS_SHOWN = 300


def outlet_view(profile: list[dict], limit: int = OUTLETS_SHOWN) -> tuple[list[dict], int]:
    """The outlet profile (rows of :func:`credibility.tables.outlet_profile`) for the dashboard:
    per outlet its shares of claims by source kind as stacked bar segments, most claims first.

    Returns:
        (outlet views, how many outlets were left out beyond ``limit``).
    """
    from credibility.tables import PROFILE_COLUMNS, PROFILE_LABELS

    views = []
    for row in sorted(profile, key=lambda r: (-r["claims"], r["outlet"])):
        total, x, segments = row["claims"], 0.0, []
        for key in PROFILE_COLUMNS:
            share = row[key] / total if total else 0.0
            width = round(OUTLET_BAR_WIDTH * share, 2)
            segments.append({"key": key, "label": PROFILE_LABELS[key], "count": row[key],
                             "share": round(share, 4), "pct": f"{100 * share:.0f}%",
                             "x": round(x, 2), "width": width})
            x += width
        views.append({"outlet": row["outlet"], "articles": row["articles"], "claims": total,
                      "segments": segments, "with_reason": row["anonymous_with_reason"],
                      "without_reason": row["anonymous_without_reason"]})
    return views[:limit], max(0, len(views) - limit)


def dashboard_context(rows: list[list], errors: Iterable[dict],
                      docs: list[tuple[dict, str]], outlets: list[dict] = ()) -> dict:
    """Everything the dashboard template shows; ``outlets``: the outlet profile rows of
    :func:`credibility.tables.outlet_profile` (none: no outlet section)."""
    rows = list(rows)
    scores = [r[2] for r in rows]
    skipped = 0
    for e in errors:
        skipped += bool(e.get("skipped"))
        rows.append([printable(e.get("path") or ""), "", None, None, None, None,
                     printable(f"{e.get('error', 'error')}: {e.get('message', '')}"), None,
                     None, ""])
    groups, more = _origin_groups(docs)
    outlet_rows, more_outlets = outlet_view(list(outlets))
    ordered = sorted(scores)
    failed = len(rows) - len(scores) - skipped
    # counted as the batch's closing line counts: an article that failed is an article and an
    # error; a skipped file (hidden, a FIFO, a link out of the folder) is neither
    return {
        "rows": rows, "articles": len(scores) + failed, "errors": failed, "skipped": skipped,
        "mean": round(sum(scores) / len(scores), 1) if scores else None,
        "median": ordered[len(ordered) // 2] if ordered else None,
        "histogram": _histogram(scores), "weak_below": _weak_below(),
        "weak_words": _weak_words(),
        "groups": groups, "more_groups": more,
        "page_size": PAGE_SIZE,
        "outlets": outlet_rows, "more_outlets": more_outlets,
        "bar_width": OUTLET_BAR_WIDTH,
    }


def render_dashboard(rows: list[list], errors: Iterable[dict] = (),
                     docs: list[tuple[dict, str]] = (), outlets: list[dict] = ()) -> str:
    """The dashboard page (index.html) for rows made by :func:`write_dashboard`."""
    ctx = dashboard_context(rows, errors, list(docs), list(outlets))
    return _env().get_template("dashboard.html").render(
        **ctx, **_page_assets("dashboard.js", ("page.css", "dashboard.css")))


def write_dashboard(out_dir: str | Path, reports: Iterable[Report | dict],
                    errors: Iterable[dict] = ()) -> Path:
    """Write ``OUTDIR/index.html`` and one page per article under ``OUTDIR/articles/``.

    Args:
        out_dir: the batch's output folder (created if missing).
        reports: Reports (their pages highlight claims) or schema dicts (from reports.jsonl).
        errors: the batch's error records (``path``, ``error``, ``message``).

    Returns:
        The path of index.html.
    """
    out = Path(out_dir)
    pages = out / ARTICLES_DIR
    ensure_dir(pages)  # a link planted as OUT/articles is replaced, not followed
    reports = list(reports)
    hrefs: dict[str, str] = {}
    taken: set[str] = set()
    file_names = []
    for r in reports:
        path = r.document.path if isinstance(r, Report) else r["document"].get("path")
        name = article_file_name(path)
        stem, k = name[:-5], 2
        while name in taken:  # the same path twice (e.g. records of one JSONL file)
            name, k = f"{stem}-{k}.html", k + 1
        taken.add(name)
        file_names.append(name)
        if path is not None and path not in hrefs:
            hrefs[path] = f"../{ARTICLES_DIR}/{name}"
    rows, docs, dicts = [], [], []
    for r, name in zip(reports, file_names, strict=True):
        d = as_dict(r)
        dicts.append(d)
        with atomic_write(pages / name, special_files=False) as fp:
            fp.write(render_report(d, back_href="../index.html", hrefs=hrefs))
        href = f"{ARTICLES_DIR}/{name}"
        rows.append(_row(d, href))
        docs.append(({k: d["document"].get(k) for k in _GROUP_KEYS}, href))
    index = out / "index.html"
    with atomic_write(index, special_files=False) as fp:
        fp.write(render_dashboard(rows, errors, docs, _outlet_profile(dicts)))
    return index


def _outlet_profile(reports: list[dict]) -> list[dict]:
    """The outlet profile of the batch, as the database's ``outlets`` table holds it."""
    from credibility.tables import build_rows

    return build_rows(reports)["outlets"]


def _read_jsonl(path: Path) -> Iterator[dict]:
    if not path.exists():
        return
    with open(path, encoding="utf-8") as fp:
        for line in fp:
            if line.strip():
                yield json.loads(line)


def _texts_in(folder: Path, rel: str) -> dict[str, str]:
    """sha256 -> text of the articles in ``folder/rel``; nothing for a path outside ``folder``."""
    from credibility.errors import CredibilityError
    from credibility.ingest import load

    root = folder.resolve()
    path = (root / rel).resolve()
    if not path.is_relative_to(root) or not path.is_file():
        return {}
    try:
        return {doc.sha256: doc.text for doc in load(path, display_path=rel)}
    except CredibilityError:
        return {}


def _with_texts(reports: Iterable[dict], folder: Path) -> Iterator[dict]:
    """The reports, each with its article text when its file is still there unchanged."""
    texts: dict[str, dict[str, str]] = {}  # one read per file, however many records it holds
    for d in reports:
        rel = d["document"].get("path")
        if rel and rel not in texts:
            texts[rel] = _texts_in(folder, rel)
        text = texts.get(rel, {}).get(d["document"].get("sha256"))
        yield d if text is None else {**d, "document": {**d["document"], "text": text}}


def write_dashboard_from_outdir(out_dir: str | Path, folder: str | Path | None = None) -> Path:
    """The dashboard of a finished batch, read from ``OUTDIR/reports.jsonl`` and ``errors.jsonl``.

    Args:
        out_dir: the batch's output folder.
        folder: the batch's input folder; when given, article pages highlight claims in the
            text of each file that is still there unchanged. Otherwise they list the claims.

    Returns:
        The path of index.html.
    """
    out = Path(out_dir)
    reports = _read_jsonl(out / "reports.jsonl")
    if folder is not None:
        reports = _with_texts(reports, Path(folder))
    return write_dashboard(out, reports, list(_read_jsonl(out / "errors.jsonl")))
