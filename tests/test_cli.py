"""The command line: every command documented, the three jobs on the seed, stdin, outputs."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from credibility.cli import main
from tests.conftest import ROOT, SEED


@pytest.fixture()
def runner():
    return CliRunner()


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"credibility {name}" in readme, f"README does not show `credibility {name}`"


def test_report_text(runner):
    r = runner.invoke(main, ["report", str(SEED)])
    assert r.exit_code == 0, r.output
    assert "North Korea sends special forces" in r.output
    assert "a Ryanggang military official" in r.output
    assert "1,500" in r.output


def test_report_from_stdin_equals_file(runner):
    from_file = runner.invoke(main, ["report", "--format", "json", str(SEED)])
    from_stdin = runner.invoke(main, ["report", "--format", "json", "-"],
                               input=SEED.read_bytes())
    assert from_file.exit_code == from_stdin.exit_code == 0
    a, b = json.loads(from_file.output), json.loads(from_stdin.output)
    assert (a["document"].pop("path"), b["document"].pop("path")) == (str(SEED), "-")
    assert a == b


@pytest.mark.parametrize("fmt", ["markdown", "csv", "text"])
def test_report_formats(runner, fmt):
    r = runner.invoke(main, ["report", "--format", fmt, str(SEED)])
    assert r.exit_code == 0
    assert "Ryanggang military official" in r.output


def test_report_output_file(runner, tmp_path):
    out = tmp_path / "r.json"
    r = runner.invoke(main, ["report", "--format", "json", "-o", str(out), str(SEED)])
    assert r.exit_code == 0
    assert r.output == ""
    assert json.loads(out.read_text(encoding="utf-8"))["schema_version"] == 1


def test_uncorroborated_lists_only_single_source_claims(runner):
    r = runner.invoke(main, ["uncorroborated", "--format", "json", str(SEED)])
    assert r.exit_code == 0
    claims = json.loads(r.output)["claims"]
    assert claims and all(c["corroboration"] == "single_source" for c in claims)
    text = runner.invoke(main, ["uncorroborated", str(SEED)]).output
    assert "deployed 1,500 elite special forces soldiers" in text  # the lede: one group
    assert "Groups of between 150 and 300" not in text  # corroborated by the resident


def test_batch_writes_the_three_outputs(runner, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes(SEED.read_bytes())
    (src / "empty.txt").write_text("   \n")
    out = tmp_path / "out"
    r = runner.invoke(main, ["batch", str(src), "--out", str(out), "--quiet"])
    assert r.exit_code == 0, r.output
    reports = [json.loads(x) for x in (out / "reports.jsonl").read_text().splitlines()]
    errors = [json.loads(x) for x in (out / "errors.jsonl").read_text().splitlines()]
    assert [x["document"]["path"] for x in reports] == ["a.txt"]
    assert [e["path"] for e in errors] == ["empty.txt"]
    summary = (out / "summary.csv").read_text().splitlines()
    assert summary[0].startswith("path,title,credibility_score")
    assert len(summary) == 3
    strict = runner.invoke(main, ["batch", str(src), "--out", str(out), "--quiet", "--strict"])
    assert strict.exit_code == 1


def test_missing_file_is_one_line_and_nonzero(runner, tmp_path):
    r = runner.invoke(main, ["report", str(tmp_path / "nope.txt")])
    assert r.exit_code != 0
    assert r.output.strip().count("\n") == 0
    assert "no such file" in r.output


def test_library_use_matches_cli(seed_text):
    import credibility

    r = credibility.analyze(seed_text, path=str(SEED))
    assert r.summary.claims == len(r.claims) == 20
    frame = credibility.to_frame([r])     # the CSV's rows: the headline claim first
    assert len(frame) == 21 and set(frame["source_kind"].dropna()) >= {"anonymous_official"}
    assert list(frame["assertion"]).count("headline") == 1


def test_format_choices_are_the_writers():
    from credibility.cli import FORMATS
    from credibility.report import WRITERS

    assert FORMATS == tuple(WRITERS)
