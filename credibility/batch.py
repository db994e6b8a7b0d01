"""Stage 7, batch: a folder of articles in, reports.jsonl + summary.csv + errors.jsonl out.

Every article is analysed on its own; then claims are corroborated across articles (see
:func:`credibility.corroborate.corroborate_batch` when present) and the outputs are written
atomically.  A bad file never stops the batch: it becomes a line of errors.jsonl.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from credibility.errors import CredibilityError, OutputError
from credibility.ingest import DEFAULT_MAX_BYTES, TEXT_SUFFIXES
from credibility.records import Report
from credibility.report import atomic_write, dumps, safe_cell

SUMMARY_COLUMNS = ("path", "title", "credibility_score", "claims", "attributed",
                   "anonymous_sources", "uncorroborated", "error")


@dataclass
class BatchResult:
    """What a batch did: how many articles, how many failed, where the outputs are."""

    out: Path
    articles: int = 0
    errors: int = 0
    skipped: list[str] = field(default_factory=list)


def discover(folder: str | Path) -> Iterator[tuple[Path, str]]:
    """Article files under ``folder`` (recursively, sorted, hidden names skipped).

    Yields:
        (path, relative path as written in reports). Symlink loops and special files are
        skipped (see :func:`walk_notes`).
    """
    root = Path(folder)
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            p = Path(dirpath) / name
            if p.suffix.lower() not in TEXT_SUFFIXES:
                continue
            if not p.is_file():
                continue
            yield p, p.relative_to(root).as_posix()


def analyze_path(path: Path, rel: str, max_bytes: int = DEFAULT_MAX_BYTES
                 ) -> tuple[list[Report], list[dict]]:
    """Analyse one file of a batch; errors are returned as records, never raised."""
    from credibility import analyze_document
    from credibility.ingest import load

    try:
        docs = load(path, max_bytes, display_path=rel)
    except CredibilityError as e:
        return [], [{"path": rel, "error": type(e).__name__, "message": str(e)}]
    reports, errors = [], []
    for d in docs:
        try:
            reports.append(analyze_document(d))
        except CredibilityError as e:
            errors.append({"path": d.path, "error": type(e).__name__, "message": str(e)})
    return reports, errors


def run_batch(folder: str | Path, out: str | Path, max_bytes: int = DEFAULT_MAX_BYTES,
              progress=None) -> BatchResult:
    """Analyse every article under ``folder`` and write the batch outputs into ``out``.

    Args:
        folder: the input folder.
        out: the output folder (created if missing).
        max_bytes: per-file size limit.
        progress: optional callable taking the number of files just finished.
    """
    folder, out = Path(folder), Path(out)
    if not folder.is_dir():
        raise CredibilityError(f"{folder}: not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"{out}: cannot create output folder ({e.strerror})") from None
    reports: list[Report] = []
    errors: list[dict] = []
    for path, rel in discover(folder):
        r, e = analyze_path(path, rel, max_bytes)
        reports.extend(r)
        errors.extend(e)
        if progress:
            progress(1)
    from credibility import corroborate

    if hasattr(corroborate, "corroborate_batch"):
        reports = corroborate.corroborate_batch(reports)
    write_outputs(out, reports, errors)
    return BatchResult(out, len(reports) + len(errors), len(errors))


def write_outputs(out: Path, reports: list[Report], errors: list[dict]) -> None:
    """Write reports.jsonl, summary.csv and errors.jsonl atomically."""
    try:
        with atomic_write(out / "reports.jsonl") as fp:
            for r in reports:
                fp.write(dumps(r) + "\n")
        with atomic_write(out / "summary.csv") as fp:
            w = csv.writer(fp, lineterminator="\n")
            w.writerow(SUMMARY_COLUMNS)
            rows = [(r.document.path, r.document.title, r.summary.credibility_score,
                     r.summary.claims, r.summary.attributed, r.summary.anonymous_sources,
                     r.summary.uncorroborated, "") for r in reports]
            rows += [(e["path"], None, None, None, None, None, None, e["message"]) for e in errors]
            for row in sorted(rows, key=lambda x: str(x[0])):
                w.writerow([safe_cell(v) for v in row])
        with atomic_write(out / "errors.jsonl") as fp:
            for e in errors:
                fp.write(json.dumps(e, ensure_ascii=False) + "\n")
    except OSError as e:
        raise OutputError(f"{out}: cannot write batch output ({e.strerror})") from None
