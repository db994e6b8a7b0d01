#!/usr/bin/env python3
"""What each entity resolution pass adds, scored on GUM dev; written to benchmarks/entities.md.

Runs the shared entity scorer once per prefix of the pass list of ``rules/entities.toml`` (no
pass, the first pass, the first two, …, all), each time with a copy of ``rules/`` whose
``passes`` holds that prefix (``CREDIBILITY_RULES`` points the CLI at it), so every row is the
whole tool with the passes up to that one switched on:

    python benchmarks/entities.py [--shared ../shared] [--cli .venv/bin/credibility]
                                  [--out benchmarks/entities.md] [--only-print]
    python benchmarks/entities.py --linear [--shared ../shared]

``--linear`` times the entity stage alone (CPU) on one text made of the first 40 Reuters
articles, then 4 and 16 copies of it, and prints microseconds per character: flat when the
stage is linear in the article's length.

The data stay in ``../shared`` (evaluation only): nothing of them is copied here, only scores.
Exit 0 when the table was written, 2 when the shared data or the scorer is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROW = "| {name:<22} | {names:>8} | {type:>8} | {muc:>6} | {b3:>6} | {ceafe:>6} | {conll:>6} |"


def _score(shared: Path, cli: str, rules: Path) -> dict:
    env = dict(os.environ, CREDIBILITY_RULES=str(rules))
    cmd = [sys.executable, str(shared / "eval" / "score_entities.py"),
           str(shared / "data" / "gum" / "dev.jsonl"), "--cli", cli, "--json"]
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if out.returncode not in (0, 1):
        raise SystemExit(f"entities.py: scorer failed: {out.stderr.strip()[-300:]}")
    return json.loads(out.stdout)


def _row(name: str, d: dict) -> str:
    coref = d["coref"]
    return ROW.format(name=name, names=f"{d['names']['overlap']['f1']:.3f}",
                      type=f"{d['type_accuracy']['acc']:.3f}",
                      muc=f"{coref['muc']['f1']:.3f}", b3=f"{coref['b3']['f1']:.3f}",
                      ceafe=f"{coref['ceafe']['f1']:.3f}", conll=f"{coref['conll_f1']:.3f}")


def linear(shared: Path) -> int:
    """Microseconds per character of the entity stage on 1, 4 and 16 copies of a text."""
    import time

    sys.path.insert(0, str(ROOT))
    from credibility import attribute, entities, ingest, segment
    from credibility.rules import load_rules

    files = sorted((shared / "corpus" / "reuters").glob("*.txt"))[:40]
    if not files:
        print(f"entities.py: {shared}/corpus/reuters missing", file=sys.stderr)
        return 2
    rules = load_rules()
    base = "\n\n".join(f.read_text(encoding="utf-8", errors="replace") for f in files)
    for copies in (1, 4, 16):
        doc = ingest.parse_text("\n\n".join([base] * copies), None, "text")
        sentences = segment.segment(doc, rules)
        sources, claims = attribute.attribute(doc, sentences, rules)
        start = time.process_time()
        entities.resolve(doc, sentences, sources, claims, rules)
        took = time.process_time() - start
        print(f"{copies:>3} copies  {len(doc.text):>8} chars  {took:6.3f} s  "
              f"{took / len(doc.text) * 1e6:5.2f} us/char")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--cli", default=str(ROOT / ".venv" / "bin" / "credibility"))
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "entities.md"))
    ap.add_argument("--only-print", action="store_true", help="print the table, write nothing")
    ap.add_argument("--linear", action="store_true", help="time the stage on growing input")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    if args.linear:
        return linear(shared)
    if not (shared / "data" / "gum" / "dev.jsonl").exists() or \
            not (shared / "eval" / "score_entities.py").exists():
        print(f"entities.py: {shared}/data/gum/dev.jsonl or eval/score_entities.py missing",
              file=sys.stderr)
        return 2
    rules_src = ROOT / "rules"
    passes = tomllib.loads((rules_src / "entities.toml").read_text())["passes"]
    lines = [ROW.format(name="passes up to", names="names F1", type="type acc", muc="MUC",
                        b3="B3", ceafe="CEAF-e", conll="CoNLL"),
             "|" + "|".join("-" * (w + 2) for w in (22, 8, 8, 6, 6, 6, 6)) + "|"]
    with tempfile.TemporaryDirectory(prefix="entity-passes-") as tmp:
        for n in range(len(passes) + 1):
            rules = Path(tmp) / f"rules{n}"
            shutil.copytree(rules_src, rules)
            toml = (rules / "entities.toml").read_text()
            toml = re.sub(r"(?ms)^passes = \[.*?\]", "passes = " + json.dumps(passes[:n]), toml)
            (rules / "entities.toml").write_text(toml)
            d = _score(shared, args.cli, rules)
            lines.append(_row(passes[n - 1] if n else "(none: mentions only)", d))
            print(lines[-1], flush=True)
    table = "\n".join(lines)
    if args.only_print:
        return 0
    out = Path(args.out)
    text = out.read_text() if out.exists() else ""
    begin, end = "<!-- passes:begin -->", "<!-- passes:end -->"
    if begin in text and end in text:
        text = text[:text.index(begin) + len(begin)] + "\n" + table + "\n" + text[text.index(end):]
    else:
        text += f"\n{begin}\n{table}\n{end}\n"
    out.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
