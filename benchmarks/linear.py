"""Does analysis time grow linearly with input size?  1x / 10x / 100x inputs, timed.

Four shapes of input, each scaled by repeating a unit ``n`` times:

* ``long_sentence``: one sentence with ``n`` coordinated clauses and no full stop inside;
* ``long_quote``: one direct quotation of ``n`` clauses, attributed at the end;
* ``unbalanced_quotes``: one paragraph of ``n`` sentences, each opening a quote it never closes;
* ``quoted_words``: one sentence with ``5n`` short quotations, each with its own cue;
* ``long_article``: ``n`` ordinary attributed paragraphs.

Run ``python benchmarks/linear.py`` (``--quick`` for smaller sizes, ``--markdown`` for the table
written to ``benchmarks/linear.md``).  The ratio column divides each time by the 1x time; linear
growth gives about 10 and 100, quadratic about 100 and 10,000.
"""

from __future__ import annotations

import argparse
import sys
import time

import credibility

CLAUSE = "the soldiers of the border unit moved north along the river and "
SHAPES = {
    "long_sentence": lambda n: "Title line\n\nA local official said that "
    + CLAUSE * n + "then they returned to the barracks.\n",
    "long_quote": lambda n: "Title line\n\n\u201cThe convoy left at dawn and "
    + CLAUSE * n + "nobody came back,\u201d a resident told reporters.\n",
    "unbalanced_quotes": lambda n: "Title line\n\n"
    + "He said \"the bridge was closed by the army. " * n + "\n",
    "quoted_words": lambda n: "Title line\n\nThe official said "
    + '"yes" and said ' * (5 * n) + "nothing else.\n",
    "long_article": lambda n: "Title line\n\n" + "".join(
        f"The minister said on Monday that bridge {i} was closed after the flood. "
        f"\u201cWe had no choice,\u201d a local official told reporters.\n\n" for i in range(n)),
}


def time_one(text: str, repeat: int) -> float:
    """The best of ``repeat`` runs of analyze(text), in seconds."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        credibility.analyze(text)
        best = min(best, time.perf_counter() - t0)
    return best


def run(base: int, repeat: int, shapes: list[str] | None = None
        ) -> list[tuple[str, int, int, float, float]]:
    """(shape, scale, characters, seconds, ratio to 1x) for scales 1, 10 and 100."""
    credibility.analyze("Warm-up.\n\nThe minister said the bridge was closed.")
    rows = []
    for shape in shapes or SHAPES:
        make = SHAPES[shape]
        first = None
        for scale in (1, 10, 100):
            text = make(base * scale)
            secs = time_one(text, repeat if scale < 100 else 1)
            first = first or secs
            rows.append((shape, scale, len(text), secs, secs / first))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=int, default=20, help="units in the 1x input (default 20)")
    ap.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    ap.add_argument("--quick", action="store_true", help="base 5, one run each")
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    ap.add_argument("shapes", nargs="*", choices=[[], *SHAPES], metavar="SHAPE",
                    help=f"inputs to time (default all: {', '.join(SHAPES)})")
    args = ap.parse_args(argv)
    if args.quick:
        args.base, args.repeat = 5, 1
    rows = run(args.base, args.repeat, args.shapes)
    if args.markdown:
        print("| input | scale | characters | seconds | ratio to 1x |")
        print("|---|---:|---:|---:|---:|")
        for shape, scale, chars, secs, ratio in rows:
            print(f"| {shape} | {scale}x | {chars:,} | {secs:.4f} | {ratio:.1f} |")
    else:
        for shape, scale, chars, secs, ratio in rows:
            print(f"{shape:18} {scale:>4}x {chars:>10,} chars {secs:9.4f} s  x{ratio:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
