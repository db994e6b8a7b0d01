"""Batch speed and memory on Reuters-21578 against the reading + Punkt floor, in the same run.

    python benchmarks/speed.py [--corpus ../shared/corpus/reuters] [--cli credibility]
                               [--sizes 1000,5000,all] [--jobs 1,2] [--markdown speed.md]

For every size (the first N files of the corpus in name order, copied into a temp folder, or
all of it) and every --jobs value it runs ``../shared/eval/bench.py`` once: the floor (a
subprocess that reads every article and splits it into Punkt sentences, median of
--floor-runs) and ``credibility batch`` (per-article stage and cross-article corroboration,
all outputs written) timed the same way.  Reported: articles/s of each, the ratio
batch/floor (wall seconds), the ratio per core (ratio x jobs: the floor runs on one core, so this
is what one core of the batch costs against it; the target is <= 3), the speed-up
of N jobs over one, and peak memory: RSS of the largest single process and the summed PSS of
the process tree (what all workers hold together).

Full-corpus runs take minutes: this is a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BENCH = SHARED / "eval" / "bench.py"


def subset(corpus: Path, n: int | None, tmp: Path) -> Path:
    """The first ``n`` articles of ``corpus`` (by name), copied into a temp folder."""
    if n is None:
        return corpus
    folder = tmp / f"first{n}"
    folder.mkdir()
    for p in sorted(corpus.iterdir())[:n]:
        shutil.copyfile(p, folder / p.name)
    return folder


def run(bench: Path, corpus: Path, cli: str, jobs: int, floor_runs: int) -> dict:
    cmd = [sys.executable, str(bench), str(corpus), "--cli", cli, "--jobs", str(jobs),
           "--floor-runs", str(floor_runs), "--json"]
    python = Path(sys.executable)
    cmd += ["--python", str(python)]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode not in (0, 1):
        raise SystemExit(f"bench.py failed ({p.returncode}): {p.stdout[-500:]} {p.stderr[-500:]}")
    return json.loads(p.stdout)


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_speedup(jobs: int, n: int = 10_000_000) -> float:
    """What ``jobs`` processes of pure Python get over one on this machine right now (a shared
    or throttled machine gives less than ``jobs``): read the batch's speed-up against it."""
    import multiprocessing
    import time

    t = time.perf_counter()
    for _ in range(jobs):
        _burn(n)
    serial = time.perf_counter() - t
    t = time.perf_counter()
    with multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn").Pool(jobs) as p:
        p.map(_burn, [n] * jobs)
    return serial / (time.perf_counter() - t)


def markdown(rows: list[dict]) -> str:
    out = ["| articles | jobs | floor art/s | batch art/s | ratio | ratio per core | "
           "speed-up vs 1 job | peak RSS (largest process) | peak PSS (all processes) |",
           "|---|---|---|---|---|---|---|---|---|"]
    one = {r["size"]: r["batch_rate"] for r in rows if r["jobs"] == 1}
    for r in rows:
        speedup = (f"{r['batch_rate'] / one[r['size']]:.2f}x" if r["size"] in one else "")
        out.append(f"| {r['articles']:,} | {r['jobs']} | {r['floor_rate']:,.0f} | "
                   f"{r['batch_rate']:,.0f} | {r['ratio']:.2f} | {r['ratio'] * r['jobs']:.2f} | "
                   f"{speedup} | {r['rss_mb']:,.0f} MB | "
                   + (f"{r['pss_mb']:,.0f} MB |" if r["pss_mb"] else "n/a |"))
    return "\n".join(out) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(SHARED / "corpus" / "reuters"))
    ap.add_argument("--cli", default=str(Path(sys.executable).parent / "credibility"))
    ap.add_argument("--sizes", default="1000,5000,all")
    ap.add_argument("--jobs", default="1,2")
    ap.add_argument("--bench", default=str(BENCH), help="shared/eval/bench.py")
    ap.add_argument("--floor-runs", type=int, default=1)
    ap.add_argument("--markdown", help="also write the table to this file")
    a = ap.parse_args(argv)
    corpus = Path(a.corpus)
    bench = Path(a.bench)
    if not corpus.is_dir() or not bench.exists():
        print(f"needs {corpus} and {bench}", file=sys.stderr)
        return 2
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in a.sizes.split(","):
            n = None if size == "all" else int(size)
            folder = subset(corpus, n, Path(tmp))
            for jobs in (int(j) for j in a.jobs.split(",")):
                res = run(bench, folder, a.cli, jobs, a.floor_runs)
                row = {
                    "size": size, "jobs": jobs,
                    "articles": res["articles"],
                    "floor_rate": res["floor"]["articles_per_s"],
                    "batch_rate": res["analyzer"]["articles_per_s"] or 0.0,
                    "ratio": res["analyzer"]["wall_s"] / res["floor"]["wall_s"],
                    "rss_mb": res["analyzer"]["peak_rss_mb_largest_process"] or 0.0,
                    "pss_mb": res["analyzer"]["peak_mem_mb_tree_sampled"],
                    "raw": res,
                }
                rows.append(row)
                print(json.dumps({k: v for k, v in row.items() if k != "raw"}), flush=True)
    most = max(int(j) for j in a.jobs.split(","))
    table = markdown(rows) + (
        f"\nLoad average when done: {os.getloadavg()[0]:.2f} ({os.cpu_count()} cores); "
        f"{most} processes of pure Python ran {machine_speedup(most):.2f}x one on this machine "
        "at that time.\n")
    print(table)
    if a.markdown:
        Path(a.markdown).write_text(table, encoding="utf-8")
        Path(a.markdown).with_suffix(".json").write_text(
            json.dumps([r["raw"] for r in rows], indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
