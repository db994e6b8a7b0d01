#!/usr/bin/env python3
"""How the sourcing score spreads over real articles, written to benchmarks/score_distribution.md.

Do thin pieces still rank high?  Scores a sample of the shared Reuters corpus and the sourcing dev
texts and writes, for each, the deciles, the verdicts, the mean score of thin articles (at most a
fifth of the claims attributed) against well attributed ones (over half), and the top and bottom
five with their attributed share:

    python benchmarks/score_distribution.py [--shared ../shared] [--reuters 300] [--out PATH]

The data stay in ``../shared`` (evaluation only): only file names or record ids and scores are
written, never text.
Exit 0 when the report was written, 2 when the shared data are missing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter
from pathlib import Path

import credibility
from credibility.errors import InputError

ROOT = Path(__file__).resolve().parent.parent

BEFORE = [
    "Before issue 12 (the old score: mean of attributed claims only, 50 when nothing is",
    "attributed, background at 0.50): Reuters first 300 mean 50.4, median 53.3; thin articles",
    "(<= 20% attributed) mean 50.7 against 49.0 for those over half attributed; three of the top",
    "five had 1 attributed claim of 3 to 7 (70 \"adequate sourcing\"); 64 articles citing nobody",
    "scored 50. Sourcing dev: mean 58.3; the top article had 2 attributed claims of 29 (65).",
    "",
]


def rows(items) -> list[tuple]:
    """(score, verdict, attributed, claims, unsourced assertions, name) per article."""
    out = []
    for name, text in items:
        try:
            r = credibility.analyze(text, path=name)
        except InputError:
            continue
        s = r.summary
        out.append((s.credibility_score, s.verdict, s.attributed, s.claims,
                    s.unsourced_assertions, name))
    return out


def section(label: str, data: list[tuple]) -> list[str]:
    scores = [r[0] for r in data]
    thin = [r[0] for r in data if r[3] and r[2] / r[3] <= 0.2]
    well = [r[0] for r in data if r[3] and r[2] / r[3] > 0.5]
    out = [f"## {label}: {len(data)} articles", "",
           f"mean {statistics.mean(scores):.1f}, median {statistics.median(scores):.1f}; "
           f"deciles {', '.join(f'{q:.1f}' for q in statistics.quantiles(scores, n=10))}", "",
           "verdicts: " + ", ".join(f"{v} {n}" for v, n in Counter(r[1] for r in data)
                                    .most_common()), ""]
    if thin and well:
        out += [f"thin (<= 20% of claims attributed): {len(thin)} articles, mean "
                f"{statistics.mean(thin):.1f}; over half attributed: {len(well)} articles, mean "
                f"{statistics.mean(well):.1f}", ""]
    ranked = sorted(data, key=lambda r: (-r[0], r[5]))
    out += ["| rank | score | verdict | attributed / claims | unsourced assertions | article |",
            "|---|---|---|---|---|---|"]
    for rank, r in [(i + 1, r) for i, r in enumerate(ranked[:5])] + \
            [(len(ranked) - 4 + i, r) for i, r in enumerate(ranked[-5:])]:
        out.append(f"| {rank} | {r[0]:g} | {r[1]} | {r[2]}/{r[3]} | {r[4]} | {r[5]} |")
    return out + [""]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--reuters", type=int, default=300, help="first N Reuters files")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "score_distribution.md")
    args = ap.parse_args(argv)
    reuters = sorted((args.shared / "corpus" / "reuters").glob("*.txt"))[:args.reuters]
    dev = args.shared / "data" / "sourcing" / "dev.jsonl"
    if not reuters or not dev.exists():
        print(f"needs {args.shared}/corpus/reuters and {dev}", file=sys.stderr)
        return 2
    lines = ["# Sourcing score distribution", "",
             f"`python benchmarks/score_distribution.py --reuters {args.reuters}`", ""] + BEFORE
    lines += section(f"Reuters, first {len(reuters)} files",
                     rows((f.name, f.read_text(encoding="utf-8", errors="replace"))
                          for f in reuters))
    with open(dev, encoding="utf-8") as fp:
        records = [json.loads(line) for line in fp if line.strip()]
    lines += section("Sourcing dev texts", rows((d["id"], d["text"]) for d in records))
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
