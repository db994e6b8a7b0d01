"""Bucket the PolNeAR attributions a `credibility batch` run gets wrong (train split, not dev).

Every gold attribution with a source is put in one bucket: right (its content is paired with a
prediction whose source mention overlaps the gold source, as the scorer counts it), paired with
a wrong or missing source, or missed, and a missed one by why: headline (the title line is not
analysed), content taken by a prediction paired with another gold attribution (nested or merged
attributions), text inside no claim, a relative-pronoun source, or by what its gold cue is
(speech verb, other lexicon verb, noun cue, punctuation, a cue outside the lexicon).

    credibility batch ARTICLES --out OUT    # the gold texts written out as <id>.txt
    python benchmarks/polnear_errors.py ../shared/data/polnear/train.jsonl OUT/reports.jsonl

Pairing and overlaps are those of ../shared/eval/score_polnear.py (--merge-same-cue), imported
from there; nothing of the data is kept.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from credibility.rules import load_rules

_WORDS = re.compile(r"[\w’']+")


def _scorer(path: str):
    sys.path.insert(0, str(Path(path).resolve().parent))
    import score_polnear  # noqa: PLC0415 (the shared scorer, found next to the gold file's tools)

    return score_polnear


def buckets(gold_path: str, reports_path: str, scorer_dir: str) -> tuple[Counter, int]:
    """(count per bucket, gold attributions with a source)."""
    sp = _scorer(scorer_dir)
    cues = load_rules().cues
    nouns = cues.noun_cues | cues.bare_noun_cues
    gold = sp.load_jsonl(gold_path, "gold")
    reports = {sp.stem(r["document"]["path"]): r for r in sp.load_jsonl(reports_path, "reports")}
    out: Counter = Counter()
    total = 0
    for art in gold:
        text, rep = art["text"], reports.get(art["id"], {})
        tx = sp.Text(text)
        headline_end = text.find("\n")
        golds = [{r: [tuple(p) for p in a.get(r) or []] for r in sp.ROLES}
                 for a in art["attributions"]]
        golds = [g for g in golds if g["content"]]
        preds = sp.predicted_attributions(art["id"], text, rep, True, lambda *a: None)
        paired = {j: i for i, j in sp.pair(tx, preds, golds)}
        claims = rep.get("claims") or []
        for j, g in enumerate(golds):
            if not g["source"]:
                continue
            total += 1
            if j in paired:
                p = preds[paired[j]]
                if p["source"] and tx.overlap(p["source"], g["source"]):
                    out["right"] += 1
                else:
                    out["paired, wrong source span" if p["source"]
                        else "paired, no source (sourceless frame)"] += 1
                continue
            cue = " ".join(text[s:e] for s, e in g["cue"]).strip().lower()
            words = _WORDS.findall(cue)
            source = " ".join(text[s:e] for s, e in g["source"]).strip().lower()
            at = min(s for s, _ in g["cue"] or g["content"])
            if max(e for _, e in g["content"]) <= headline_end:
                key = "missed: headline (title line not analysed)"
            elif any(tx.overlap(p["content"], g["content"]) for p in preds):
                key = "missed: content taken by a prediction paired with another attribution"
            elif not any(c["start"] <= at < c["end"] or c["start"] <= g["content"][0][0] < c["end"]
                         for c in claims):
                key = "missed: inside the frame of another attribution, or dropped"
            elif source in {"who", "which", "that", "whom"}:
                key = "missed: relative-pronoun source"
            elif not words:
                key = "missed: punctuation cue (colon, dash)"
            elif any(w in cues.strong_verbs for w in words):
                key = "missed: speech verb cue (said, told, …)"
            elif any(w in cues.verbs for w in words):
                key = "missed: other lexicon verb (stance, intention)"
            elif any(w in nouns for w in words):
                key = "missed: noun cue (support, hope, …)"
            else:
                key = "missed: cue outside the lexicon (action phrase, adjective, …)"
            out[key] += 1
    return out, total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", help="PolNeAR-format .jsonl (the train split)")
    ap.add_argument("reports", help="reports.jsonl of `credibility batch` over its texts")
    ap.add_argument("--scorer", default="../shared/eval/score_polnear.py",
                    help="path of score_polnear.py")
    a = ap.parse_args()
    out, total = buckets(a.gold, a.reports, a.scorer)
    print(f"{total} gold attributions with a source")
    for key, n in out.most_common():
        print(f"{n:7} {n / total:6.1%}  {key}")


if __name__ == "__main__":
    main()
