"""Stage 6, report: the analysis as JSON (REPORT_SCHEMA.md), text, Markdown, CSV and HTML.

Writers take a report and a file object and write to it; nothing here opens paths.  Output
files are opened by :mod:`credibility.outputs` (:func:`atomic_write`, :func:`csv_writer`,
re-exported here).
"""

from __future__ import annotations

import io
import json
import os
import re
import textwrap
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO

import click

from credibility.errors import printable
from credibility.outputs import FORMULA_START as _FORMULA_START  # noqa: F401 - re-exported
from credibility.outputs import atomic_write, csv_writer, safe_cell  # noqa: F401 - re-exported
from credibility.records import Report, Span
from credibility.score import GENRE_WORDS, KIND_WORDS

SCHEMA_VERSION = 1
UNCORROBORATED_COUNT = "{n} claim{s} without an independent source"
"""The line under the title of ``credibility uncorroborated``'s text (:func:`own_output`)."""
ALL_CORROBORATED = "  Every attributed claim is corroborated by an independent source."

# What this tool writes at the top of its outputs (:func:`own_output`): a report saved among the
# articles it reports on and read back as an article would confirm the very claims it copies.
_OWN_OUTPUTS = (
    # the HTML report page and the batch dashboard and article pages (templates/*.html)
    (re.compile(r"<meta\s+name=[\"']?generator[\"']?\s+content=[\"']?credibility[\"'\s>/]",
                re.IGNORECASE), "a page written by credibility (HTML report or dashboard)"),
    # a JSON report (report_to_dict's first keys), one or many (JSON Lines, reports.jsonl)
    (re.compile(r'\A\s*\{\s*"schema_version"\s*:\s*\d+\s*,\s*"document"\s*:\s*\{'),
     "a JSON report written by credibility"),
    # the Datasette metadata of `credibility db` (credibility/datasette/metadata.json)
    (re.compile(r'\A\s*\{\s*"title"\s*:\s*"credibility: '),
     "Datasette metadata written by `credibility db`"),
    # a batch's errors.jsonl (write_outputs)
    (re.compile(r'\A\{"path": "(?:[^"\\\n]|\\.)*", "error": "\w+", "message": "'),
     "an errors.jsonl written by credibility batch"),
    # the text and Markdown reports (_header: the title, then the line that ends in the score,
    # wrapped at any space, then the findings)
    (re.compile(r"\A(?:[^\n]*\n){1,8}?[^\n]*?sourcing\s+score\s+\d+(?:\.\d+)?/100\s+\([^()]{1,80}\)"
                r"\n\n(?:## )?Findings\n"), "a report written by credibility (text or Markdown)"),
    # credibility uncorroborated: the title, then how many claims rest on one source
    (re.compile(r"\A(?:[^\n]*\n){1,8}?(?:"
                + re.escape(UNCORROBORATED_COUNT).replace(r"\{n\}", r"\d+").replace(r"\{s\}", "s?")
                + "|" + re.escape(ALL_CORROBORATED) + r")\n"),
     "a list written by `credibility uncorroborated`"),
)


def own_output(data: bytes | str) -> str | None:
    """What of this tool's own outputs ``data`` is (its first 8 KB read), or None for anything
    else: an HTML page with the tool's generator mark, a JSON report (its ``schema_version``
    and ``document`` first), a batch's errors.jsonl, a text or Markdown report (the title, the
    line ending in "sourcing score N/100 (verdict)", then the findings), or a list of
    ``credibility uncorroborated``.  Told by content, not by file name: a batch passes over
    reports saved among its articles (read as articles, they confirmed the stories they
    report on)."""
    head = data[:8192]
    if isinstance(head, bytes):
        head = head.decode("utf-8", "replace")
    head = head.lstrip("\ufeff").replace("\r\n", "\n")
    for pattern, what in _OWN_OUTPUTS:
        if pattern.search(head):
            return what
    return None


def _span(span: Span | None) -> dict | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": span.text}


def report_to_dict(report: Report, include_text: bool = False) -> dict:
    """The report as the JSON object of REPORT_SCHEMA.md (schema_version 1), plus added fields."""
    doc = report.document
    said = _claims_per_source(report)
    document = {
        "path": doc.path,
        "sha256": doc.sha256,
        "title": doc.title,
        "published": doc.published,
        "outlet": doc.outlet,
        "reprint_of": doc.reprint_of,
        "boilerplate": [{**_span(b.span), "kind": b.kind} for b in doc.boilerplate],
        "url": doc.url,
        "format": doc.format,
        "language_note": doc.language_note,
        "genre": doc.genre,
        "genre_signal": doc.genre_signal,
        "origin_group": report.origin_group,
    }
    if include_text:
        document["text"] = doc.text
    return {
        "schema_version": SCHEMA_VERSION,
        "document": document,
        "sources": [
            {
                "id": s.id,
                "name": " ".join(s.name.split()),  # blanked Markdown markup leaves runs of spaces
                "kind": s.kind,
                "anonymous": s.anonymous,
                "anonymity_reason": s.anonymity_reason,
                "unverified": s.unverified,
                "mentions": [_span(m) for m in s.mentions],
                "claims": said[s.id],
                "entity_id": s.entity_id,
            }
            for s in report.sources
        ],
        "entities": _entities(report),
        "claims": [
            {
                "id": c.id,
                "start": c.span.start,
                "end": c.span.end,
                "text": c.span.text,
                "sentence": c.sentence,
                "source_id": c.source_id,
                "source_mention": _span(c.source_mention),
                "cue": _span(c.cue),
                "quote": c.quote,
                "hedged": c.hedged,
                "hedge": _span(c.hedge),
                "corroboration": c.corroboration,
                "corroborated_by": list(c.corroborated_by),
                "conflicts_with": list(c.conflicts_with),
                "score": c.score,
                "reasons": list(c.reasons),
                "key": c.key,
                "headline": c.headline,
                "assertion": c.assertion,
                "partly_corroborated_by": list(c.partly_corroborated_by),
                "links": list(c.links),
            }
            for c in all_claims(report)
        ],
        "summary": {
            "credibility_score": report.summary.credibility_score,
            "claims": report.summary.claims,
            "attributed": report.summary.attributed,
            "anonymous_sources": report.summary.anonymous_sources,
            "named_sources": report.summary.named_sources,
            "uncorroborated": report.summary.uncorroborated,
            "single_anonymous_key_claim": report.summary.single_anonymous_key_claim,
            "findings": list(report.summary.findings),
            "verdict": report.summary.verdict,
            "unsourced_assertions": report.summary.unsourced_assertions,
            "background": report.summary.background,
            "standards": list(report.summary.standards),
        },
    }


def dumps(report: Report, include_text: bool = False, indent: int | None = None) -> str:
    """The report as a JSON string: keys in schema order, non-ASCII kept, deterministic."""
    return json.dumps(report_to_dict(report, include_text), ensure_ascii=False, indent=indent)


def _claims_per_source(report: Report) -> Counter:
    """Source id -> how many claims it makes (one pass: a long article has thousands of both)."""
    return Counter(c.source_id for c in report.claims)


def write_json(reports: list[Report], fp: IO[str], include_text: bool = False) -> None:
    """One report: a pretty JSON object. Several: JSON Lines."""
    if len(reports) == 1:
        fp.write(dumps(reports[0], include_text, indent=2) + "\n")
    else:
        for r in reports:
            fp.write(dumps(r, include_text) + "\n")


CLAIM_COLUMNS = ("path", "claim_id", "sentence", "start", "end", "text", "source_id",
                 "source_name", "source_kind", "anonymous", "anonymity_reason", "cue", "quote",
                 "hedged", "corroboration", "corroborated_by", "conflicts_with", "score", "reasons",
                 "assertion")


def all_claims(report: Report) -> tuple:
    """The headline claim (``Report.headline``), if any, then the body's claims: what the JSON,
    CSV, text and Markdown reports list."""
    return ((report.headline,) if report.headline is not None else ()) + report.claims


def claim_rows(reports: Iterable[Report]) -> Iterator[dict]:
    """One flat dict per claim, in CLAIM_COLUMNS order.  A background claim's score is None
    (empty in CSV): it is shown, not scored, and a 0 there would pull down any average a
    spreadsheet takes."""
    for r in reports:
        by_id = {s.id: s for s in r.sources}
        for c in all_claims(r):
            s = by_id.get(c.source_id)
            yield {
                "path": r.document.path, "claim_id": c.id, "sentence": c.sentence,
                "start": c.span.start, "end": c.span.end, "text": c.span.text,
                "source_id": c.source_id, "source_name": s.name if s else None,
                "source_kind": s.kind if s else None, "anonymous": s.anonymous if s else None,
                "anonymity_reason": s.anonymity_reason if s else None,
                "cue": c.cue.text if c.cue else None, "quote": c.quote, "hedged": c.hedged,
                "corroboration": c.corroboration,
                "corroborated_by": " ".join(c.corroborated_by),
                "conflicts_with": " ".join(c.conflicts_with),
                "score": None if c.assertion in NOT_SCORED else c.score,
                "reasons": "; ".join(c.reasons), "assertion": c.assertion,
            }


def write_csv(reports: list[Report], fp: IO[str]) -> None:
    """One row per claim; no cell can start a spreadsheet formula or split its row
    (:func:`credibility.outputs.csv_cell`)."""
    w = csv_writer(fp)
    w.writerow(CLAIM_COLUMNS)
    for row in claim_rows(reports):
        w.writerow(row[k] for k in CLAIM_COLUMNS)


def claims_frame(reports: Iterable[Report]):
    """A pandas DataFrame of claims (the rows of :func:`write_csv`, unescaped)."""
    import pandas as pd

    return pd.DataFrame(list(claim_rows(reports)), columns=list(CLAIM_COLUMNS))


_STATUS = {"corroborated": "corrob.", "single_source": "single", "unattributed": "unattr."}
ASSERTION_LABELS = {"background": "background", "unsourced_assertion": "unsourced assertion",
                    "headline": "headline"}
"""A claim without a source, in words (``Claim.assertion``); the text report abbreviates."""
_ASSERTION_STATUS = {"background": "backgr.", "unsourced_assertion": "unsrc.",
                     "headline": "headline"}
NOT_SCORED = frozenset({"background", "headline"})
"""The ``assertion`` values shown without a score: background and the headline claim."""


def _status_text(c) -> str:
    """The claim's status in the text report: corroboration, or for a claim without a source
    whether it is background or an unsourced assertion."""
    return _ASSERTION_STATUS.get(c.assertion, _STATUS[c.corroboration]) \
        if (not c.source_id or c.headline) and c.corroboration != "corroborated" \
        else _STATUS[c.corroboration]


def _status_words(c) -> str:
    words = c.corroboration.replace("_", " ")
    if (not c.source_id or c.headline) and c.assertion in ASSERTION_LABELS:
        words = ASSERTION_LABELS[c.assertion] + ("; corroborated elsewhere"
                                                  if c.corroboration == "corroborated" else "")
    return words


def _entities(report: Report) -> list[dict]:
    """``entities`` of schema 1.1: who the article mentions, each with all its mentions."""
    return [{"id": e.id, "kind": e.kind, "name": e.name, "named": e.named,
             "mentions": [_span(m) for m in e.mentions], "source_id": e.source_id}
            for e in report.entities]


def people(d: dict, body: Sequence[tuple[int, int]] | None = None) -> dict[str, list[str]]:
    """People quoted (a person entity that is a source) vs people only mentioned, by name, in
    order of first mention, from a report's schema dict; the balance media researchers count.

    Only the story counts: a person is "only mentioned" when one of their mentions lies in the
    body, i.e. inside a ``body`` span (character offsets, e.g. ``Document.body``) or, without
    body spans, outside every ``document.boilerplate`` span of ``d``; a photo credit or caption
    ("Prince Roy/WikiCommons") names no one in the story.
    """
    if body:
        spans = sorted((s, e) for s, e in body)
        starts = [s for s, _ in spans]

        def in_story(m: dict) -> bool:
            k = bisect_right(starts, m["start"]) - 1
            return k >= 0 and m["end"] <= spans[k][1]
    else:
        noise = [(b["start"], b["end"]) for b in (d.get("document") or {}).get("boilerplate") or []]

        def in_story(m: dict) -> bool:
            return not any(s <= m["start"] and m["end"] <= e for s, e in noise)

    persons = [e for e in d.get("entities") or [] if e["kind"] == "person"]
    return {"quoted": [e["name"] for e in persons if e["source_id"]],
            "mentioned": [e["name"] for e in persons if not e["source_id"] and e["named"]
                          and any(in_story(m) for m in e["mentions"])]}


def _people_line(r: Report) -> str | None:
    """"People: 2 quoted (…), 3 only mentioned (…)" for the text report; None without entities."""
    if not r.entities:
        return None
    p = people({"entities": _entities(r), "document": {"boilerplate": [
        {"start": b.span.start, "end": b.span.end} for b in r.document.boilerplate]}},
        [(b.start, b.end) for b in r.document.body])
    def names(xs: list[str]) -> str:
        return f" ({', '.join(xs[:6])}{', …' if len(xs) > 6 else ''})" if xs else ""
    return (f"People: {len(p['quoted'])} quoted{names(p['quoted'])}, "
            f"{len(p['mentioned'])} only mentioned{names(p['mentioned'])}")


def _header(r: Report) -> list[str]:
    d = r.document
    origin = None
    if d.reprint_of and d.genre == "press_release":
        origin = f"{GENRE_WORDS[d.genre]} of {d.reprint_of}"
    elif d.reprint_of:
        # a syndicated column is an opinion piece and a reprint: both are said
        origin = (f"{GENRE_WORDS[d.genre]}, " if d.genre else "") + f"reprint of {d.reprint_of}"
    elif d.genre:
        origin = GENRE_WORDS[d.genre]
    bits = [b for b in (d.published, origin, d.outlet) if b]
    return [
        d.title or (d.path or "(untitled)"),
        "  ·  ".join(bits + [f"sourcing score {r.summary.credibility_score:g}/100 "
                             f"({r.summary.verdict})"]),
    ]


def shorten(text: str, width: int) -> str:
    """``text`` in at most ``width`` characters: cut at a word boundary, with "…" for the rest
    (a single word longer than the room is cut inside, as there is no boundary to cut at)."""
    if len(text) <= width:
        return text
    room = text[:width - 1]
    cut = len(room) if text[width - 1].isspace() else room.rfind(" ")
    head = room[:cut] if cut > 0 else room
    return head.rstrip(" ,;:-–—") + "…"


_STANDARD_TAGS = re.compile(r"\[([A-Z]+(?:, [A-Z]+)*)\]\.?$")


def standards_legend(r: Report) -> str:
    """The full names of the standards the findings cite in brackets ("[AP, RTRS]"), as one
    line: "Standards: AP = Associated Press, …; RTRS = …" ('' when no finding cites one)."""
    from credibility.rules import load_rules

    names = load_rules().standard_names
    cited: list[str] = []
    for f in r.summary.findings:
        m = _STANDARD_TAGS.search(f)
        for tag in m.group(1).split(", ") if m else ():
            if tag in names and tag not in cited:
                cited.append(tag)
    return "Standards: " + "; ".join(f"{t} = {names[t]}" for t in cited) + "." if cited else ""


def kind_words(kind: str, unverified: bool = False) -> str:
    """A source's kind in words; a document nobody vouched for says so (text and HTML)."""
    return "unverified content" if unverified else KIND_WORDS.get(kind, kind)


def _source_lines(r: Report, s, n: int) -> list[str]:
    """Two lines for a source: who and its ``n`` claims; then reason and other mentions."""
    kind = kind_words(s.kind, s.unverified)
    first = (f"{s.id:<4}{shorten(' '.join(s.name.split()), 40):<41}{kind:<20}{n:>3} claim"
             + ("s" if n != 1 else ""))
    detail = []
    if s.anonymous and (s.kind != "unnamed_group" or s.anonymity_reason):
        # (an unnamed group's reason shows when given: "Four former employees … because …")
        detail.append(f"reason: {s.anonymity_reason}" if s.anonymity_reason
                      else "no reason given for anonymity")
    # (mentions as one line: a name wrapped over two lines of wire copy is the same name)
    others = sorted({" ".join(m.text.split()) for m in s.mentions} - {" ".join(s.name.split())})
    if others:
        detail.append("also " + ", ".join(f"\u201c{o}\u201d" for o in others))
    return [first] + (["; ".join(detail)] if detail else [])


TEXT_STYLES = {
    "title": {"bold": True},
    "heading": {"bold": True, "underline": True},
    "!": {"fg": "red", "bold": True},
    "+": {"fg": "green", "bold": True},
    "~": {"fg": "yellow", "bold": True},
    "?": {"fg": "magenta", "bold": True},
    "corroborated": {"fg": "cyan"},
    "single_source": {"fg": "yellow"},
    "unattributed": {"dim": True},
    "source": {"bold": True},
}
"""Terminal styles (click.style keywords) of the text report; used only on a terminal."""


def terminal_color(stream) -> bool:
    """Whether ``stream`` is a terminal that wants colour (no NO_COLOR, not TERM=dumb)."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and "NO_COLOR" not in os.environ \
        and os.environ.get("TERM") != "dumb"


def write_text(reports: list[Report], fp: IO[str], width: int = 80, color: bool | None = None) -> None:
    """A report for the terminal, readable at 80 columns.

    Args:
        reports: the reports, one after the other.
        fp: where to write.
        width: the line width.
        color: style with ANSI colours (default: only when ``fp`` is a terminal). Styles are
            applied after wrapping and never change what the text says or its width on screen.
    """
    if color is None:
        color = terminal_color(fp)

    def style(text: str, key: str) -> str:
        return click.style(text, **TEXT_STYLES[key]) if color and key in TEXT_STYLES else text

    for k, r in enumerate(reports):
        if k:
            fp.write("\n" + "=" * width + "\n\n")
        title, meta = (printable(x) for x in _header(r))
        for line in textwrap.wrap(title, width) or [""]:
            fp.write(style(line, "title") + "\n")
        fp.write(textwrap.fill(meta, width) + "\n")
        fp.write("\n" + style("Findings", "heading") + "\n")
        for f in r.summary.findings:
            line = textwrap.fill(printable(f), width, initial_indent="  ", subsequent_indent="    ")
            fp.write("  " + style(line[2:3], line[2:3]) + line[3:] + "\n")
        legend = standards_legend(r)
        if legend:
            fp.write(textwrap.fill(legend, width, initial_indent="  ", subsequent_indent="    ")
                     + "\n")
        fp.write("\n" + style("Sources", "heading") + "\n")
        if not r.sources:
            fp.write("  (none cited)\n")
        said = _claims_per_source(r)
        for s in r.sources:
            first, *detail = (printable(x) for x in _source_lines(r, s, said[s.id]))
            fp.write("  " + style(first[:45], "source") + first[45:] + "\n")
            for d in detail:
                fp.write(textwrap.fill(d, width, initial_indent="      ",
                                       subsequent_indent="      ") + "\n")
        people_line = _people_line(r)
        if people_line:
            fp.write(textwrap.fill(printable(people_line), width, initial_indent="  ",
                                   subsequent_indent="    ") + "\n")
        fp.write("\n" + style("Claims (status · source · score)", "heading") + "\n")
        for c in all_claims(r):
            status = _status_text(c) + ("~" if c.hedged else "")
            link = f"  \u2194 {', '.join(c.corroborated_by[:3])}" if c.corroborated_by else ""
            head = f"  {c.id:<4}{status:<9}{(c.source_id or '-'):<4}"
            room = width - len(head) - 6
            head = head[:6] + style(head[6:15], c.corroboration) + head[15:]
            text = _denied(c) + printable(c.span.text.replace("\n", " "))
            text = text if len(text) <= room else text[: room - 1] + "\u2026"
            score = "   -" if c.assertion in NOT_SCORED else f"{c.score:.2f}"
            fp.write(f"{head}{text:<{room}} {score}\n")
            if link:
                fp.write(f"{'':>17}{link.strip()}\n")


def _denied(claim) -> str:
    """"(denies) " before a claim its source denies ("Kovar denied that its plant was the
    source" is no claim that the plant was the source), else ""."""
    from credibility.corroborate import denies
    from credibility.rules import load_rules

    return "(denies) " if claim.source_id and denies(claim, load_rules()) else ""


def write_uncorroborated_text(reports: list[Report], fp: IO[str], width: int = 80) -> None:
    """The claims that rest on one source, grouped by source, for the terminal."""
    for k, r in enumerate(reports):
        if k:
            fp.write("\n")
        fp.write(textwrap.fill(printable(_header(r)[0]), width) + "\n")
        if not r.claims:
            fp.write(ALL_CORROBORATED + "\n")
            continue
        n = len(r.claims)
        fp.write(UNCORROBORATED_COUNT.format(n=n, s="s" if n != 1 else "") + "\n")
        by_group = defaultdict(list)
        for c in r.claims:
            by_group[c.source_id or c.assertion or "background"].append(c)
        groups = [(s, s.id) for s in r.sources] + [(None, "unsourced_assertion"),
                                                   (None, "background")]
        for s, key in groups:
            mine = by_group.get(key)
            if not mine:
                continue
            label = (f"{s.id}  {s.name} ({KIND_WORDS[s.kind]}"
                     + (f"; reason: {s.anonymity_reason}" if s.anonymity_reason else "") + ")"
                     if s else _VOICE_GROUPS[key])
            fp.write("\n" + textwrap.fill(printable(label), width, initial_indent="  ",
                                           subsequent_indent="      ") + "\n")
            for c in mine:
                mark = " (hedged)" if c.hedged else ""
                score = "not scored" if c.assertion in NOT_SCORED else f"{c.score:.2f}"
                said = _denied(c) + printable(" ".join(c.span.text.split()))   # one line
                fp.write(textwrap.fill(f"{c.id} [{score}]{mark} {said}", width,
                                       initial_indent="    ", subsequent_indent="      ") + "\n")


_VOICE_GROUPS = {
    "unsourced_assertion": "Unsourced assertions (the reporter's own voice; each needs a source)",
    "background": "Background (the reporter's own voice; needs no source, not scored)",
}


def _md(text: str) -> str:
    """Escape Markdown table and inline syntax in article text."""
    out = printable(text.replace("\n", " ")).replace("\\", "\\\\").replace("|", "\\|")
    for ch in "*_`[]<>#":
        out = out.replace(ch, "\\" + ch)
    return out


def write_markdown(reports: list[Report], fp: IO[str]) -> None:
    """A Markdown report: findings, a sources table and a claims table."""
    for k, r in enumerate(reports):
        if k:
            fp.write("\n---\n\n")
        title, meta = _header(r)
        fp.write(f"# {_md(title)}\n\n{_md(meta)}\n\n## Findings\n\n")
        for f in r.summary.findings:
            fp.write(f"- {_md(f)}\n")
        legend = standards_legend(r)
        if legend:
            fp.write(f"\n{_md(legend)}\n")
        fp.write("\n## Sources\n\n| id | name | kind | anonymity reason | mentions | claims |\n"
                 "|---|---|---|---|---|---|\n")
        said = _claims_per_source(r)
        for s in r.sources:
            n = said[s.id]
            mentions = ", ".join(sorted({_md(m.text) for m in s.mentions}))
            fp.write(f"| {s.id} | {_md(s.name)} | {KIND_WORDS[s.kind]} | "
                     f"{_md(s.anonymity_reason or '')} | {mentions} | {n} |\n")
        fp.write("\n## Claims\n\n| id | status | source | score | claim | reasons |\n"
                 "|---|---|---|---|---|---|\n")
        for c in all_claims(r):
            status = _status_words(c) + (" (hedged)" if c.hedged else "")
            score = "not scored" if c.assertion in NOT_SCORED else f"{c.score:.2f}"
            fp.write(f"| {c.id} | {status} | {c.source_id or ''} | {score} | "
                     f"{_md(_denied(c) + c.span.text)} | {_md('; '.join(c.reasons))} |\n")


def write_html(reports: list[Report], fp: IO[str]) -> None:
    """One self-contained HTML page (the first report; use batch --html for many)."""
    from credibility.html import render_report

    for r in reports[:1]:
        fp.write(render_report(r))


WRITERS: dict[str, Callable[[list[Report], IO[str]], None]] = {
    "text": write_text,
    "markdown": write_markdown,
    "json": write_json,
    "csv": write_csv,
    "html": write_html,
}
"""Output formats by name; the CLI's --format choices come from here."""


def render(reports: list[Report], fmt: str) -> str:
    """A report in the given format, as a string."""
    buf = io.StringIO()
    WRITERS[fmt](reports, buf)
    return buf.getvalue()
