"""Regenerate the example reports in reports/ from the articles in seeds/.

    python reports/regenerate.py          # rewrite the files
    python reports/regenerate.py --check  # exit 1 if any file is out of date

tests/test_reports.py runs the check, so a change in behaviour shows up in review as a diff here.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "reports"
SEED = "seeds/rfa_ryanggang_special_forces.txt"
FORMATS = {"txt": "text", "md": "markdown", "json": "json", "csv": "csv", "html": "html"}


def outputs() -> dict[str, str]:
    """File name in reports/ -> expected content."""
    from click.testing import CliRunner

    from credibility.cli import main

    old = os.getcwd()
    os.chdir(ROOT)  # document.path is the path as given on the command line
    try:
        runner = CliRunner()
        stem = Path(SEED).stem
        out = {}
        for suffix, fmt in FORMATS.items():
            r = runner.invoke(main, ["report", "--format", fmt, SEED], catch_exceptions=False)
            out[f"{stem}.{suffix}"] = r.output
        r = runner.invoke(main, ["uncorroborated", SEED], catch_exceptions=False)
        out[f"{stem}.uncorroborated.txt"] = r.output
        with tempfile.TemporaryDirectory() as tmp:
            r = runner.invoke(main, ["batch", "seeds", "--out", tmp, "--quiet", "--html"],
                              catch_exceptions=False)
            for path in sorted(Path(tmp).rglob("*")):
                rel = path.relative_to(tmp).as_posix()
                if path.is_file() and not rel.startswith("."):
                    out[f"batch-example/{rel}"] = path.read_text(encoding="utf-8")
        return out
    finally:
        os.chdir(old)


def main(argv: list[str]) -> int:
    stale = []
    for name, content in outputs().items():
        path = REPORTS / name
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == content:
            continue
        stale.append(name)
        if "--check" not in argv:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8", newline="")
    for name in stale:
        print(("out of date: " if "--check" in argv else "wrote ") + f"reports/{name}")
    return 1 if stale and "--check" in argv else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
