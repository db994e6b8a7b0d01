"""How long `credibility db` takes next to the batch it is built from, and its size per claim.

    python benchmarks/db.py [CORPUS] [--out OUT] [--reuse] [--markdown benchmarks/db.md]

Runs `credibility batch CORPUS --out OUT --jobs 1` once (skipped with --reuse when OUT already
holds a finished batch), then `credibility db OUT` three times, each in a fresh process, and
reports the best build time as a share of the batch's time (the target: under a third), in
wall time and in CPU time (which a machine shared with other work disturbs less), the
database's size per claim and the space each table takes (SQLite's dbstat, when compiled in).
CORPUS defaults to ../shared/corpus/reuters (19,043 articles; evaluation data, not in the repo).
"""

from __future__ import annotations

import argparse
import datetime
import os
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "credibility.cli"]


def _timed(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds: user + system of the command and its children)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _commit() -> str:
    try:
        return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared/corpus/reuters"))
    parser.add_argument("--out", default="/tmp/credibility-db-bench")
    parser.add_argument("--reuse", action="store_true",
                        help="reuse a finished batch in OUT (its time is then not measured)")
    parser.add_argument("--batch-seconds", type=float,
                        help="with --reuse: the batch's measured time, for the ratio")
    parser.add_argument("--markdown", help="write the result to this file")
    args = parser.parse_args()
    out = Path(args.out)
    if not Path(args.corpus).is_dir():
        sys.exit(f"{args.corpus}: no such folder (the corpus lives in ../shared)")
    if args.reuse and (out / "reports.jsonl").exists():
        batch = (args.batch_seconds, None) if args.batch_seconds else None
    else:
        subprocess.run(["rm", "-rf", str(out)], check=True)
        batch = _timed([*CLI, "batch", args.corpus, "--out", str(out), "--jobs", "1", "-q"])
    builds = [_timed([*CLI, "db", str(out), "-q"]) for _ in range(3)]
    db = out / "credibility.db"
    con = sqlite3.connect(db)
    counts = {t: con.execute(f"select count(*) from {t}").fetchone()[0]
              for t in ("articles", "claims", "sources", "mentions", "links", "corpus_sources")}
    try:
        space = con.execute("select name, sum(pgsize) from dbstat group by name "
                            "order by 2 desc limit 8").fetchall()
    except sqlite3.OperationalError:
        space = []
    size = db.stat().st_size
    jsonl = (out / "reports.jsonl").stat().st_size
    best = min(builds)  # by wall time
    lines = [
        "# `credibility db`: build time and size",
        "",
        f"`python benchmarks/db.py` on {datetime.date.today()} at commit `{_commit()}`, "
        f"{os.cpu_count()} cores (shared), corpus `{Path(args.corpus).name}` "
        f"({counts['articles']:,} articles, {counts['claims']:,} claims).",
        "",
        "| measure | value |",
        "|---|---|",
        f"| batch, `--jobs 1`: wall / CPU | {batch[0]:.1f} s / "
        + (f"{batch[1]:.1f} s |" if batch[1] is not None else "- |") if batch
        else "| batch | (reused) |",
        f"| `credibility db`, best of 3: wall / CPU (all walls: "
        f"{', '.join(f'{b[0]:.1f}' for b in builds)} s) | {best[0]:.1f} s / {best[1]:.1f} s |",
    ]
    if batch:
        lines.append(f"| database build / batch, wall | {best[0] / batch[0]:.2f} "
                     "(target: under 0.33) |")
        if batch[1] is not None:
            lines.append(f"| database build / batch, CPU time | {best[1] / batch[1]:.2f} |")
    lines += [
        f"| credibility.db | {size / 1e6:.1f} MB ({size / counts['claims']:.0f} bytes per claim) |",
        f"| reports.jsonl, for comparison | {jsonl / 1e6:.1f} MB "
        f"({jsonl / counts['claims']:.0f} bytes per claim) |",
        "",
        "Rows: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()) + ".",
        "",
    ]
    if space:
        lines += ["Largest parts (SQLite `dbstat`):", "", "| table or index | MB |", "|---|---|"]
        lines += [f"| {name} | {pages / 1e6:.1f} |" for name, pages in space]
        lines.append("")
    text = "\n".join(lines)
    print(text)
    if args.markdown:
        target = Path(args.markdown)
        old = target.read_text(encoding="utf-8") if target.exists() else ""
        notes = old[old.find("## Reading the numbers"):] if "## Reading the numbers" in old else ""
        target.write_text(text + notes, encoding="utf-8")


if __name__ == "__main__":
    main()
