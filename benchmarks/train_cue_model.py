"""Train the learned cue model: does a lower-case word head an attribution cue?

Reads PolNeAR-format attribution data (the TRAIN split, never dev), tokenizes every text the
way ``credibility.attribute`` does, and labels each lower-case word 1 when it lies inside a gold
cue span.  A logistic regression over :func:`credibility.attribute.cue_features` is fitted and
written as plain JSON (feature -> weight, bias, threshold) so that scoring at run time is a sum
over a dict, without scikit-learn.  Features seen fewer than ``--min-count`` times and weights
smaller than ``--min-weight`` are left out to keep the file small.  Deterministic: the split of
articles and the solver use fixed seeds.

    python benchmarks/train_cue_model.py ../shared/data/polnear/train.jsonl --out rules/cue_model.json
"""

from __future__ import annotations

import argparse
import json
from bisect import bisect_right
from collections import Counter

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from credibility.attribute import _tokens, cue_features


def examples(path: str) -> list[tuple[list[list[str]], list[int]]]:
    """Per article: the features and labels of its lower-case words."""
    out = []
    with open(path, encoding="utf-8") as fp:
        for line in fp:
            article = json.loads(line)
            pieces = sorted((s, e) for a in article["attributions"] for s, e in a["cue"])
            starts = [s for s, _ in pieces]
            toks = _tokens(article["text"], 0)
            feats, labels = [], []
            for i, t in enumerate(toks):
                if not t.text[:1].islower():
                    continue
                k = bisect_right(starts, t.start) - 1
                inside = any(s <= t.start < e for s, e in pieces[max(0, k - 3):k + 1])
                feats.append(cue_features(toks, i))
                labels.append(int(inside))
            out.append((feats, labels))
    return out


def _int32(matrix):
    """liblinear takes sparse matrices with 32-bit indices only."""
    matrix = matrix.tocsr()
    matrix.indices = matrix.indices.astype("int32")
    matrix.indptr = matrix.indptr.astype("int32")
    return matrix


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", help="a PolNeAR-format .jsonl (the train split)")
    ap.add_argument("--out", default="rules/cue_model.json")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-weight", type=float, default=0.05)
    ap.add_argument("--c", type=float, default=0.5, help="inverse regularization strength")
    ap.add_argument("--threshold", type=float, default=0.5,
                    help="least probability for a word outside the lexicon to count as a cue")
    ap.add_argument("--stance-threshold", type=float, default=0.8,
                    help="least probability for such a word to take a bare object (no 'that')")
    ap.add_argument("--maybe-from", type=float, default=0.3,
                    help="least probability a word must reach once in the data to be scored")
    a = ap.parse_args()
    arts = examples(a.data)
    counts: Counter = Counter(f for feats, _ in arts for row in feats for f in row)
    keep = {f for f, n in counts.items() if n >= a.min_count}
    held = arts[::10]
    train = [x for n, x in enumerate(arts) if n % 10]

    def rows(part):
        return ([{f: 1 for f in row if f in keep} for feats, _ in part for row in feats],
                [y for _, labels in part for y in labels])

    xs, ys = rows(train)
    vec = DictVectorizer()
    model = LogisticRegression(C=a.c, solver="liblinear", random_state=0, max_iter=200)
    model.fit(_int32(vec.fit_transform(xs)), ys)
    hx, hy = rows(held)
    prob = model.predict_proba(_int32(vec.transform(hx)))[:, 1]
    for th in (0.3, 0.4, 0.5, 0.6, 0.7):
        tp = sum(p >= th and y for p, y in zip(prob, hy, strict=True))
        pred = sum(p >= th for p in prob)
        print(f"held-out threshold {th}: P {tp / max(pred, 1):.3f} R {tp / max(sum(hy), 1):.3f}")
    # Only words that came near a cue somewhere in the data are scored at run time; the rest
    # ("the", "of", words never seen) are skipped, which keeps the model cheap; and only those
    # that reached the stance threshold are scored without a "that", colon or quote after them.
    ax, _ = rows(arts)
    best: dict[str, float] = {}
    uses: Counter = Counter()
    for row, p in zip(ax, model.predict_proba(_int32(vec.transform(ax)))[:, 1], strict=True):
        word = next(iter(row), "")
        uses[word] += 1
        best[word] = max(best.get(word, 0.0), p)
    maybe = sorted(w[2:] for w in uses if w.startswith("w=") and best[w] >= a.maybe_from)
    bare = sorted(w[2:] for w in uses if w.startswith("w=") and best[w] >= a.stance_threshold)
    weights = {f: round(float(w), 3) for f, w in zip(vec.get_feature_names_out(), model.coef_[0],
                                                      strict=True)
               if abs(w) >= a.min_weight}
    doc = {"about": "Learned attribution-cue model; see benchmarks/train_cue_model.py.",
           "bias": round(float(model.intercept_[0]), 3), "threshold": a.threshold,
           "stance_threshold": a.stance_threshold,
           "maybe": maybe, "bare": bare, "weights": dict(sorted(weights.items()))}
    with open(a.out, "w", encoding="utf-8") as fp:
        json.dump(doc, fp, indent=0, ensure_ascii=False)
        fp.write("\n")
    print(f"{len(weights)} weights and {len(maybe)} words to score written to {a.out}")


if __name__ == "__main__":
    main()
