"""Does analysis time grow linearly with the size of one real article?  1x / 4x / 16x, timed.

One long "article" is made by concatenating Reuters wire stories (``/work/shared/corpus/reuters``
or ``--corpus``, files in name order, each story's title and body kept) until it holds the wanted
number of bytes; ``credibility.analyze()`` is timed on it at 1x, 4x and 16x a base size
(default 64 KB: 64 KB, 256 KB, 1 MB).  Per-MB time should stay flat: the target is at most 1.3x
more per MB for each doubling of size, that is at most 1.69x from 1x to 4x and 2.86x from 1x
to 16x.

Run ``python benchmarks/linear-size.py`` (``--markdown`` for the table in ``benchmarks/linear.md``,
``--profile N`` to print the top N functions by own time at the largest size,
``--stages`` to time each stage (ingest, segment, attribute, entities, corroborate, score,
JSON) on its own, ``--sizes 1 2 4 8`` for other multiples).  Exits 1 when a doubling costs more than 1.3x
per MB.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

import credibility

DEFAULT_CORPUS = Path("/work/shared/corpus/reuters")
PER_DOUBLING = 1.3


def wire_text(corpus: Path, size: int) -> str:
    """About ``size`` bytes of wire stories from ``corpus``, one article: a title line, then the
    stories separated by blank lines (each story's first line as a paragraph of its own)."""
    parts, total = ["Wire stories"], 0
    for path in sorted(corpus.glob("*.txt")):
        story = path.read_text(encoding="utf-8", errors="replace").strip()
        if not story:
            continue
        parts.append(story)
        total += len(story.encode("utf-8")) + 2
        if total >= size:
            break
    else:
        raise SystemExit(f"{corpus}: fewer than {size:,} bytes of stories")
    return "\n\n".join(parts) + "\n"


def run(corpus: Path, base: int, multiples: list[int], profile: int = 0
        ) -> list[tuple[int, int, float, float]]:
    """(multiple, bytes, seconds, seconds per MB) for each multiple of ``base`` bytes."""
    credibility.analyze("Warm-up.\n\nThe minister said the bridge was closed.")
    rows = []
    for k in multiples:
        text = wire_text(corpus, base * k)
        size = len(text.encode("utf-8"))
        prof = cProfile.Profile() if profile and k == multiples[-1] else None
        t0 = time.perf_counter()
        if prof:
            prof.enable()
        credibility.analyze(text)
        if prof:
            prof.disable()
        secs = time.perf_counter() - t0
        rows.append((k, size, secs, secs / (size / 1e6)))
        if prof:
            pstats.Stats(prof, stream=sys.stderr).sort_stats("tottime").print_stats(profile)
    return rows


STAGES = ("ingest", "segment", "attribute", "entities", "corroborate", "score", "json")


def stage_times(text: str) -> dict[str, float]:
    """Seconds per stage of :func:`credibility.analyze_document` on ``text``, and the JSON."""
    from credibility import attribute, corroborate, entities, ingest, score, segment
    from credibility.records import Report
    from credibility.report import dumps
    from credibility.rules import load_rules

    rules, took = load_rules(), {}

    def timed(name, fn, *args):
        t0 = time.perf_counter()
        value = fn(*args)
        took[name] = time.perf_counter() - t0
        return value

    doc = timed("ingest", ingest.parse_bytes, text.encode("utf-8"), "wire.txt", "text")[0]
    sentences = timed("segment", segment.segment, doc, rules)
    sources, claims = timed("attribute", attribute.attribute, doc, sentences, rules)
    found, sources, claims, _ = timed("entities", entities.resolve, doc, sentences, sources,
                                      claims, rules)
    claims = timed("corroborate", corroborate.corroborate, doc, sources, claims, rules)

    def scored():
        scored = score.score_claims(doc, sources, claims, rules)
        return scored, score.summarize(doc, sources, scored, rules)

    final, summary = timed("score", scored)
    timed("json", dumps, Report(doc, sentences, sources, final, summary, entities=found))
    return took


def growth_per_doubling(rows: list[tuple[int, int, float, float]]) -> list[float]:
    """Per-MB time growth for each doubling of size, between consecutive rows."""
    import math

    out = []
    for (k0, _, _, per0), (k1, _, _, per1) in zip(rows, rows[1:], strict=False):
        out.append((per1 / per0) ** (1 / math.log2(k1 / k0)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--base", type=int, default=64_000, help="bytes at 1x (default 64,000)")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 4, 16])
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--profile", type=int, default=0, metavar="N")
    ap.add_argument("--stages", action="store_true")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"{args.corpus}: no such folder (the Reuters corpus; see --corpus)", file=sys.stderr)
        return 2
    if args.stages:
        credibility.analyze("Warm-up.\n\nThe minister said the bridge was closed.")
        print("| size | bytes | " + " | ".join(f"{s} s/MB" for s in STAGES) + " |")
        print("|---:|---:|" + "---:|" * len(STAGES))
        for k in args.sizes:
            text = wire_text(args.corpus, args.base * k)
            mb = len(text.encode("utf-8")) / 1e6
            took = stage_times(text)
            print(f"| {k}x | {int(mb * 1e6):,} | "
                  + " | ".join(f"{took[s] / mb:.2f}" for s in STAGES) + " |")
        return 0
    rows = run(args.corpus, args.base, args.sizes, args.profile)
    growth = growth_per_doubling(rows)
    if args.markdown:
        print("| size | bytes | seconds | seconds per MB | per-MB growth per doubling |")
        print("|---:|---:|---:|---:|---:|")
        for (k, size, secs, per), g in zip(rows, [None, *growth], strict=True):
            print(f"| {k}x | {size:,} | {secs:.2f} | {per:.2f} | {'' if g is None else f'{g:.2f}x'} |")
    else:
        for (k, size, secs, per), g in zip(rows, [None, *growth], strict=True):
            tail = "" if g is None else f"  per-MB growth per doubling {g:.2f}x"
            print(f"{k:>3}x {size:>12,} bytes {secs:9.2f} s {per:9.2f} s/MB{tail}")
    return 0 if all(g <= PER_DOUBLING for g in growth) else 1


if __name__ == "__main__":
    sys.exit(main())
