#!/usr/bin/env python3
"""Attribution accuracy on the shared dev sets, written to benchmarks/accuracy.md.

Runs the two shared scorers (they run ``credibility batch`` themselves) and writes their numbers,
the targets of issue 4 and the exact commands into ``benchmarks/accuracy.md``:

    python benchmarks/accuracy.py [--shared ../shared] [--cli .venv/bin/credibility] [--out PATH]

The data stay in ``../shared`` (evaluation only): nothing of them is copied here, only scores.
Exit 0 when the report was written, 2 when the shared data or a scorer is missing.
"""

from __future__ import annotations

import argparse
import datetime
import json
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

NOTES = [
    "Tried and not kept (2026-11-25): a learned cue model, a logistic regression trained on the",
    "PolNeAR train split over the word, its ending and its neighbours, shipped as JSON weights,",
    "letting attribute.py accept cue words outside the lexicon. On dev it moved PolNeAR content",
    "F1 0.756 -> 0.758 (source 0.705 -> 0.706, cue 0.685 -> 0.686), sourcing unchanged, for",
    "about 15 % more analysis time and a 1.7 MB model, so it was reverted (commit 99ee8cf). The",
    "gain is small because most missed attributions fail in the frame (no plausible source to",
    "the left, no \"that\"/colon/quote after the cue), not at the cue word: letting confident",
    "learned cues take a bare object gained recall (R 0.653-0.665) but pushed sourcing",
    "statement F1 to 0.896-0.898 and anonymous/named accuracy to 0.944-0.949, below target.",
    "",
    "Where PolNeAR recall is lost, bucket by bucket, and what was tried for it (2026-12-01):",
    "benchmarks/attribution.md (buckets by benchmarks/polnear_errors.py).",
]
"""What was tried on the way to the numbers above, kept with them when the file is rewritten."""

# (scorer, metric path in its --json output, label, target)
POLNEAR_TARGETS = [
    (("overlap", "content", "f1"), "PolNeAR content overlap F1 (--merge-same-cue)", 0.80),
    (("overlap", "source", "f1"), "PolNeAR source overlap F1", 0.80),
    (("overlap", "cue", "f1"), "PolNeAR cue overlap F1", 0.85),
]
SOURCING_TARGETS = [
    (("detection", "f1"), "sourcing statement F1", 0.90),
    (("kind", "accuracy"), "sourcing source-kind accuracy", 0.90),
    (("coarse", "accuracy"), "sourcing anonymous/named/outlet accuracy", 0.95),
    (("name", "match_rate"), "sourcing source-name match", 0.85),
]
BASELINE = {"PolNeAR content overlap F1 (--merge-same-cue)": 0.41,
            "PolNeAR source overlap F1": 0.34, "PolNeAR cue overlap F1": 0.36,
            "sourcing statement F1": 0.76, "sourcing source-kind accuracy": 0.70,
            "sourcing anonymous/named/outlet accuracy": 0.81, "sourcing source-name match": 0.51}


def run(argv: list[str]) -> tuple[dict, str]:
    """Run a scorer twice: --json for the numbers, plain for the table printed in the report."""
    numbers = subprocess.run(argv + ["--json"], capture_output=True, text=True)
    if numbers.returncode not in (0, 1):
        raise SystemExit(f"{shlex.join(argv)} failed: {numbers.stderr.strip()[-300:]}")
    table = subprocess.run(argv, capture_output=True, text=True)
    return json.loads(numbers.stdout), table.stdout.strip()


def pick(data: dict, path: tuple[str, ...]) -> float | None:
    for key in path:
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data if isinstance(data, (int, float)) else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--cli", default=shutil.which("credibility") or "credibility")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "accuracy.md"))
    a = ap.parse_args()
    shared = Path(a.shared)
    polnear = shared / "data" / "polnear" / "dev.jsonl"
    sourcing = shared / "data" / "sourcing" / "dev.jsonl"
    scorers = shared / "eval"
    for p in (polnear, sourcing, scorers / "score_polnear.py", scorers / "score_sourcing.py"):
        if not p.exists():
            print(f"accuracy: {p} not found (the shared data are not in a plain clone)",
                  file=sys.stderr)
            return 2
    py = sys.executable
    pn_cmd = [py, str(scorers / "score_polnear.py"), str(polnear), "--cli", a.cli,
              "--merge-same-cue"]
    src_cmd = [py, str(scorers / "score_sourcing.py"), str(sourcing), "--cli", a.cli]
    pn, pn_table = run(pn_cmd)
    src, src_table = run(src_cmd)

    rows = []
    for data, targets in ((pn, POLNEAR_TARGETS), (src, SOURCING_TARGETS)):
        for path, label, target in targets:
            value = pick(data, path)
            rows.append((label, BASELINE.get(label), value, target))
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip() or "unknown"
    lines = [
        "# Attribution accuracy on the dev sets",
        "",
        f"Generated by `python benchmarks/accuracy.py` on "
        f"{datetime.date.today().isoformat()} at commit `{commit}`.",
        "The dev data live in `../shared` and are for evaluation only; nothing of them is in "
        "this repository.",
        "",
        "| metric | said-baseline | now | target | met |",
        "|---|---|---|---|---|",
    ]
    for label, base, value, target in rows:
        shown = "n/a" if value is None else f"{value:.3f}"
        met = "" if value is None else ("yes" if value >= target else
                                        f"no (-{target - value:.3f})")
        lines.append(f"| {label} | {base if base is not None else ''} | {shown} | {target} "
                     f"| {met} |")
    lines += ["", "## Notes", "", *NOTES]
    lines += [
        "",
        "## Commands",
        "",
        "```",
        shlex.join(pn_cmd),
        shlex.join(src_cmd),
        "```",
        "",
        "## PolNeAR scorer output",
        "",
        "```",
        pn_table,
        "```",
        "",
        "## Sourcing scorer output",
        "",
        "```",
        src_table,
        "```",
        "",
    ]
    Path(a.out).write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines[5:5 + len(rows) + 2]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
