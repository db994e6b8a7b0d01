"""Mine candidate cue words from PolNeAR-format attribution data (the train split, never dev).

For every word form of the texts it counts how often it occurs and how often it lies inside a
gold cue span, and prints the forms that head an attribution in at least ``--ratio`` of their
uses and at least ``--min`` times, leaving out what ``rules/`` already knows.  The output is a
list of candidates to read, not to paste: keep the verbs, drop adverbs and nouns, and add the
kept ones to ``stance_verbs`` in ``rules/cues.toml`` with a test row.

    python benchmarks/mine_cues.py ../shared/data/polnear/train.jsonl --min 3 --ratio 0.4
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter

from credibility.rules import load_rules

_WORD = re.compile(r"[A-Za-z][\w’'-]*")


def mine(path: str) -> tuple[Counter, Counter]:
    """(uses, uses inside a gold cue) of every lower-cased word form of the file's texts."""
    uses: Counter = Counter()
    in_cue: Counter = Counter()
    with open(path, encoding="utf-8") as fp:
        for line in fp:
            article = json.loads(line)
            inside = {pos for a in article["attributions"] for s, e in a["cue"]
                      for pos in range(s, e)}
            for m in _WORD.finditer(article["text"]):
                word = m.group().lower()
                uses[word] += 1
                if m.start() in inside:
                    in_cue[word] += 1
    return uses, in_cue


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", help="a PolNeAR-format .jsonl (the train split)")
    ap.add_argument("--min", type=int, default=3, help="least uses inside a cue")
    ap.add_argument("--ratio", type=float, default=0.4, help="least share of uses inside a cue")
    a = ap.parse_args()
    cues = load_rules().cues
    known = cues.verbs | cues.noun_cues
    uses, in_cue = mine(a.data)
    rows = sorted(((n, w) for w, n in in_cue.items()
                   if n >= a.min and n / uses[w] >= a.ratio and w not in known), reverse=True)
    for n, w in rows:
        print(f"{w}\t{n}/{uses[w]}")


if __name__ == "__main__":
    main()
