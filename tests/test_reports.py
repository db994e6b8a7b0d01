"""reports/ holds the seed's reports in every format; they must match what the code produces."""

from __future__ import annotations

import importlib.util

from tests.conftest import ROOT


def _regenerate():
    spec = importlib.util.spec_from_file_location("regenerate", ROOT / "reports" / "regenerate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_example_reports_are_up_to_date():
    regen = _regenerate()
    stale = []
    for name, content in regen.outputs().items():
        path = ROOT / "reports" / name
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            stale.append(name)
    assert not stale, f"run `python reports/regenerate.py`: out of date: {stale}"


def test_every_format_has_an_example():
    from credibility.report import WRITERS

    regen = _regenerate()
    assert set(regen.FORMATS.values()) == set(WRITERS)


def test_the_readme_shows_the_seed_report_as_it_is():
    """Trial 19: the README's seed report had fallen behind the real one (no claim ids in the
    score line, no standards legend); it is the golden text report, word for word."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = "$ credibility report seeds/rfa_ryanggang_special_forces.txt\n"
    start = readme.index(command) + len(command)
    shown = readme[start:readme.index("```", start)]
    assert shown == (ROOT / "reports" / "rfa_ryanggang_special_forces.txt").read_text(
        encoding="utf-8")
