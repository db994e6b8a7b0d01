"""Stage 6, report: the analysis as JSON (REPORT_SCHEMA.md), text, Markdown, CSV and HTML.

Writers take a report and a file object and write to it; nothing here opens paths except
:func:`atomic_write`, the one helper that replaces an output file in a single step.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
import textwrap
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import click

from credibility.errors import printable
from credibility.records import Report, Span
from credibility.score import KIND_WORDS

SCHEMA_VERSION = 1
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _span(span: Span | None) -> dict | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": span.text}


def report_to_dict(report: Report, include_text: bool = False) -> dict:
    """The report as the JSON object of REPORT_SCHEMA.md (schema_version 1), plus added fields."""
    doc = report.document
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
                "name": s.name,
                "kind": s.kind,
                "anonymous": s.anonymous,
                "anonymity_reason": s.anonymity_reason,
                "mentions": [_span(m) for m in s.mentions],
                "claims": sum(1 for c in report.claims if c.source_id == s.id),
            }
            for s in report.sources
        ],
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
                "links": list(c.links),
            }
            for c in report.claims
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
        },
    }


def dumps(report: Report, include_text: bool = False, indent: int | None = None) -> str:
    """The report as a JSON string: keys in schema order, non-ASCII kept, deterministic."""
    return json.dumps(report_to_dict(report, include_text), ensure_ascii=False, indent=indent)


def write_json(reports: list[Report], fp: IO[str], include_text: bool = False) -> None:
    """One report: a pretty JSON object. Several: JSON Lines."""
    if len(reports) == 1:
        fp.write(dumps(reports[0], include_text, indent=2) + "\n")
    else:
        for r in reports:
            fp.write(dumps(r, include_text) + "\n")


def safe_cell(value) -> str | int | float | bool | None:
    """A CSV cell that a spreadsheet will not run as a formula (= + - @ tab CR neutralised)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


CLAIM_COLUMNS = ("path", "claim_id", "sentence", "start", "end", "text", "source_id",
                 "source_name", "source_kind", "anonymous", "anonymity_reason", "cue", "quote",
                 "hedged", "corroboration", "corroborated_by", "conflicts_with", "score", "reasons")


def claim_rows(reports: Iterable[Report]) -> Iterator[dict]:
    """One flat dict per claim, in CLAIM_COLUMNS order."""
    for r in reports:
        for c in r.claims:
            s = r.source(c.source_id)
            yield {
                "path": r.document.path, "claim_id": c.id, "sentence": c.sentence,
                "start": c.span.start, "end": c.span.end, "text": c.span.text,
                "source_id": c.source_id, "source_name": s.name if s else None,
                "source_kind": s.kind if s else None, "anonymous": s.anonymous if s else None,
                "anonymity_reason": s.anonymity_reason if s else None,
                "cue": c.cue.text if c.cue else None, "quote": c.quote, "hedged": c.hedged,
                "corroboration": c.corroboration,
                "corroborated_by": " ".join(c.corroborated_by),
                "conflicts_with": " ".join(c.conflicts_with), "score": c.score,
                "reasons": "; ".join(c.reasons),
            }


def write_csv(reports: list[Report], fp: IO[str]) -> None:
    """One row per claim; cells that could start a spreadsheet formula are neutralised."""
    w = csv.writer(fp, lineterminator="\n")
    w.writerow(CLAIM_COLUMNS)
    for row in claim_rows(reports):
        w.writerow([safe_cell(row[k]) for k in CLAIM_COLUMNS])


def claims_frame(reports: Iterable[Report]):
    """A pandas DataFrame of claims (the rows of :func:`write_csv`, unescaped)."""
    import pandas as pd

    return pd.DataFrame(list(claim_rows(reports)), columns=list(CLAIM_COLUMNS))


_STATUS = {"corroborated": "corrob.", "single_source": "single", "unattributed": "unattr."}


def _header(r: Report) -> list[str]:
    d = r.document
    bits = [b for b in (d.published, f"reprint of {d.reprint_of}" if d.reprint_of else None,
                        d.outlet) if b]
    return [
        d.title or (d.path or "(untitled)"),
        "  ·  ".join(bits + [f"credibility {r.summary.credibility_score:g}/100 "
                             f"({r.summary.verdict})"]),
    ]


def _source_lines(r: Report, s) -> list[str]:
    """Two lines for a source: who and how many claims; then reason and other mentions."""
    n = sum(1 for c in r.claims if c.source_id == s.id)
    first = f"{s.id:<4}{s.name[:40]:<41}{KIND_WORDS[s.kind]:<20}{n:>3} claim" + ("s" if n != 1 else "")
    detail = []
    if s.anonymous and s.kind != "unnamed_group":
        detail.append(f"reason: {s.anonymity_reason}" if s.anonymity_reason
                      else "no reason given for anonymity")
    others = sorted({m.text for m in s.mentions} - {s.name})
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
        fp.write("\n" + style("Sources", "heading") + "\n")
        if not r.sources:
            fp.write("  (none cited)\n")
        for s in r.sources:
            first, *detail = (printable(x) for x in _source_lines(r, s))
            fp.write("  " + style(first[:45], "source") + first[45:] + "\n")
            for d in detail:
                fp.write(textwrap.fill(d, width, initial_indent="      ",
                                       subsequent_indent="      ") + "\n")
        fp.write("\n" + style("Claims (status · source · score)", "heading") + "\n")
        for c in r.claims:
            status = _STATUS[c.corroboration] + ("~" if c.hedged else "")
            link = f"  \u2194 {', '.join(c.corroborated_by[:3])}" if c.corroborated_by else ""
            head = f"  {c.id:<4}{status:<9}{(c.source_id or '-'):<4}"
            room = width - len(head) - 6
            head = head[:6] + style(head[6:15], c.corroboration) + head[15:]
            text = printable(c.span.text.replace("\n", " "))
            text = text if len(text) <= room else text[: room - 1] + "\u2026"
            fp.write(f"{head}{text:<{room}} {c.score:.2f}\n")
            if link:
                fp.write(f"{'':>17}{link.strip()}\n")


def write_uncorroborated_text(reports: list[Report], fp: IO[str], width: int = 80) -> None:
    """The claims that rest on one source, grouped by source, for the terminal."""
    for k, r in enumerate(reports):
        if k:
            fp.write("\n")
        fp.write(textwrap.fill(printable(_header(r)[0]), width) + "\n")
        if not r.claims:
            fp.write("  Every attributed claim is corroborated by an independent source.\n")
            continue
        n = len(r.claims)
        fp.write(f"{n} claim{'s' if n != 1 else ''} without an independent source\n")
        order = [s.id for s in r.sources] + [None]
        for sid in order:
            mine = [c for c in r.claims if c.source_id == sid]
            if not mine:
                continue
            s = r.source(sid)
            label = (f"{s.id}  {s.name} ({KIND_WORDS[s.kind]}"
                     + (f"; reason: {s.anonymity_reason}" if s.anonymity_reason else "") + ")"
                     if s else "Reporter's own voice")
            fp.write("\n" + textwrap.fill(printable(label), width, initial_indent="  ",
                                           subsequent_indent="      ") + "\n")
            for c in mine:
                mark = " (hedged)" if c.hedged else ""
                fp.write(textwrap.fill(f"{c.id} [{c.score:.2f}]{mark} {printable(c.span.text)}", width,
                                       initial_indent="    ", subsequent_indent="      ") + "\n")


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
        fp.write("\n## Sources\n\n| id | name | kind | anonymity reason | mentions | claims |\n"
                 "|---|---|---|---|---|---|\n")
        for s in r.sources:
            n = sum(1 for c in r.claims if c.source_id == s.id)
            mentions = ", ".join(sorted({_md(m.text) for m in s.mentions}))
            fp.write(f"| {s.id} | {_md(s.name)} | {KIND_WORDS[s.kind]} | "
                     f"{_md(s.anonymity_reason or '')} | {mentions} | {n} |\n")
        fp.write("\n## Claims\n\n| id | status | source | score | claim | reasons |\n"
                 "|---|---|---|---|---|---|\n")
        for c in r.claims:
            status = c.corroboration.replace("_", " ") + (" (hedged)" if c.hedged else "")
            fp.write(f"| {c.id} | {status} | {c.source_id or ''} | {c.score:.2f} | "
                     f"{_md(c.span.text)} | {_md('; '.join(c.reasons))} |\n")


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


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_write(path: str | Path, mode: str = "w") -> Iterator[IO]:
    """Write to a temporary file beside ``path`` and rename it over ``path`` on success.

    A crash or an exception leaves the old file (or none), never a half-written one.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        kwargs = {"encoding": "utf-8", "newline": ""} if "b" not in mode else {}
        with os.fdopen(fd, mode, **kwargs) as fp:
            yield fp
            fp.flush()
            os.fsync(fp.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def render(reports: list[Report], fmt: str) -> str:
    """A report in the given format, as a string."""
    buf = io.StringIO()
    WRITERS[fmt](reports, buf)
    return buf.getvalue()
