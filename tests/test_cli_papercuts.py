"""The papercuts a new user hits first: output formats from -o, multi-record files, folders,
empty batches, hidden files, the rules from a source tree, the schema, names and reprs."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from credibility.cli import main
from tests.conftest import ROOT, SEED

STORY = ("Bridge closed after the flood\n\n"
         "The minister said the bridge was closed on Monday. Residents said it reopened later.\n")
RECORDS = "".join(json.dumps({"text": f"The mayor of town {n} said the bridge was closed."}) + "\n"
                  for n in range(3))


@pytest.fixture()
def runner():
    return CliRunner()


@pytest.fixture()
def story(tmp_path) -> str:
    p = tmp_path / "story.txt"
    p.write_text(STORY, encoding="utf-8")
    return str(p)


# --- -o names the format --------------------------------------------------------------------

@pytest.mark.parametrize("name, check", [
    ("r.json", lambda s: json.loads(s)["schema_version"] == 1),
    ("r.md", lambda s: s.startswith("# Bridge closed after the flood")),
    ("r.csv", lambda s: s.startswith("path,claim_id,")),
    ("r.html", lambda s: s.lstrip().lower().startswith("<!doctype html")),
    ("r.txt", lambda s: s.startswith("Bridge closed after the flood\n") and "Findings" in s),
    ("r.HTML", lambda s: "<html" in s.lower()),
    ("r.out", lambda s: "Findings" in s),  # unknown extension: text
])
def test_output_extension_sets_the_format(runner, tmp_path, story, name, check):
    out = tmp_path / name
    r = runner.invoke(main, ["report", story, "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert check(out.read_text(encoding="utf-8"))


def test_an_extension_that_names_no_format_is_written_as_text_with_a_warning(runner, tmp_path,
                                                                              story):
    out = tmp_path / "r.pdf"
    r = runner.invoke(main, ["report", story, "-o", str(out)])
    assert r.exit_code == 0
    assert "no format is written as .pdf; writing text" in r.output
    assert out.read_text(encoding="utf-8").startswith("Bridge closed after the flood\n")
    quiet = runner.invoke(main, ["report", story, "-f", "text", "-o", str(tmp_path / "r.out")])
    assert quiet.exit_code == 0 and "warning" not in quiet.output  # asked for text: no warning


def test_format_contradicting_the_extension_is_refused(runner, tmp_path, story):
    out = tmp_path / "r.html"
    r = runner.invoke(main, ["report", story, "--format", "json", "-o", str(out)])
    assert r.exit_code == 2
    assert "--format json contradicts -o" in r.output
    assert not out.exists()
    agree = runner.invoke(main, ["report", story, "--format", "html", "-o", str(out)])
    assert agree.exit_code == 0 and "<html" in out.read_text(encoding="utf-8").lower()


def test_uncorroborated_takes_the_format_from_the_extension_too(runner, tmp_path, story):
    out = tmp_path / "u.json"
    r = runner.invoke(main, ["uncorroborated", str(SEED), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert json.loads(out.read_text(encoding="utf-8"))["claims"]


def test_output_into_a_missing_folder_creates_it(runner, tmp_path, story):
    out = tmp_path / "new" / "deeper" / "r.json"
    r = runner.invoke(main, ["report", story, "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert json.loads(out.read_text(encoding="utf-8"))["document"]["title"]


@pytest.mark.parametrize("under", [("r.json",), ("deeper", "r.json")])
def test_output_under_a_file_is_exit_6(runner, tmp_path, story, under):
    out = tmp_path.joinpath("story.txt", *under)
    r = runner.invoke(main, ["report", story, "-o", str(out)])
    assert r.exit_code == 6
    # the message names the file in the way, not "File exists"
    assert r.stderr == (f"credibility: error: {out}: cannot write "
                        f"({tmp_path / 'story.txt'} is a file, not a folder)\n")


# --- files of several articles ----------------------------------------------------------------

def test_html_of_several_records_is_refused_clearly(runner, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(RECORDS, encoding="utf-8")
    r = runner.invoke(main, ["report", str(feed), "--format", "html"])
    assert r.exit_code == 2
    assert "holds 3 articles" in r.output and "batch" in r.output
    one = tmp_path / "one.jsonl"
    one.write_text(RECORDS.splitlines()[0] + "\n", encoding="utf-8")
    assert runner.invoke(main, ["report", str(one), "--format", "html"]).exit_code == 0


def test_json_of_several_records_is_json_lines(runner, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(RECORDS, encoding="utf-8")
    r = runner.invoke(main, ["report", str(feed), "--format", "json"])
    assert r.exit_code == 0
    lines = r.output.splitlines()
    assert [json.loads(x)["document"]["path"] for x in lines] == [
        f"{feed}:{n}" for n in (1, 2, 3)]


def test_help_says_json_lines(runner):
    r = runner.invoke(main, ["report", "--help"])
    assert "JSON Lines" in " ".join(r.output.split())


# --- batch --------------------------------------------------------------------------------------

def test_batch_of_a_folder_without_articles(runner, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "notes.pdf").write_bytes(b"%PDF-1.4")
    out = tmp_path / "out"
    r = runner.invoke(main, ["batch", str(src), "--out", str(out), "--html"])
    assert r.exit_code == 0, r.output
    assert f"no articles found in {src}" in r.stderr
    assert "cannot write" not in r.stderr
    assert (out / "reports.jsonl").read_text() == ""
    assert (out / "errors.jsonl").read_text() == ""
    assert (out / "summary.csv").read_text().startswith("path,title,credibility_score")
    assert (out / "duplicates.csv").read_text().count("\n") == 1
    assert (out / "index.html").exists()


def test_hidden_files_are_recorded_as_skipped(runner, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(STORY, encoding="utf-8")
    (src / ".draft.txt").write_text(STORY, encoding="utf-8")
    (src / ".cache").mkdir()
    (src / ".cache" / "b.txt").write_text(STORY, encoding="utf-8")
    out = tmp_path / "out"
    r = runner.invoke(main, ["batch", str(src), "--out", str(out)])
    assert r.exit_code == 0, r.output
    errors = [json.loads(x) for x in (out / "errors.jsonl").read_text().splitlines()]
    assert {(e["path"], e["skipped"]) for e in errors} == {(".draft.txt", True), (".cache", True)}
    assert "hidden file" in errors[1]["message"] and "hidden folder" in errors[0]["message"]
    assert "1 article(s), 0 error(s), 2 skipped" in r.stderr


def test_an_earlier_batch_output_inside_the_folder_is_not_read(runner, tmp_path):
    # a trial user ran `batch in --out in/out2` with an earlier `in/out` present: the earlier
    # run's article pages (our reports) were read as articles and "confirmed" their own stories
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(STORY, encoding="utf-8")
    first = runner.invoke(main, ["batch", str(src), "--out", str(src / "out"), "--html"])
    assert first.exit_code == 0, first.output
    assert list((src / "out" / "articles").glob("*.html"))
    r = runner.invoke(main, ["batch", str(src), "--out", str(src / "out2")])
    assert r.exit_code == 0, r.output
    reports = [json.loads(x) for x in (src / "out2" / "reports.jsonl").read_text().splitlines()]
    assert [x["document"]["path"] for x in reports] == ["a.txt"]
    errors = [json.loads(x) for x in (src / "out2" / "errors.jsonl").read_text().splitlines()]
    assert [(e["path"], e["skipped"]) for e in errors] == [("out/articles", True)]
    assert "earlier `credibility batch`" in errors[0]["message"]
    assert "1 article(s), 0 error(s), 1 skipped" in r.stderr


def test_articles_beside_an_earlier_batchs_outputs_are_still_read(runner, tmp_path):
    """review: `batch in --out in` then `batch . --out out2` skipped the articles in `in`."""
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text(STORY, encoding="utf-8")
    (src / "sub" / "b.txt").write_text(STORY.replace("minister", "mayor"), encoding="utf-8")
    first = runner.invoke(main, ["batch", str(src), "--out", str(src)])
    assert first.exit_code == 0, first.output
    r = runner.invoke(main, ["batch", str(tmp_path), "--out", str(tmp_path / "out2")])
    assert r.exit_code == 0, r.output
    reports = [json.loads(x) for x in (tmp_path / "out2" / "reports.jsonl").read_text()
               .splitlines()]
    assert sorted(x["document"]["path"] for x in reports) == ["in/a.txt", "in/sub/b.txt"]


def test_closing_line_and_dashboard_count_alike(runner, tmp_path):
    import re

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(STORY, encoding="utf-8")
    (src / "b.txt").write_text(STORY.replace("Monday", "Tuesday"), encoding="utf-8")
    (src / "empty.txt").write_text("  \n", encoding="utf-8")
    (src / ".hidden.txt").write_text(STORY, encoding="utf-8")
    out = tmp_path / "out"
    r = runner.invoke(main, ["batch", str(src), "--out", str(out), "--html"])
    assert r.exit_code == 0, r.output
    line = re.search(r"(\d+) article\(s\), (\d+) error\(s\), (\d+) skipped", r.stderr)
    assert line and line.groups() == ("3", "1", "1")
    page = (out / "index.html").read_text(encoding="utf-8")
    stats = dict((k, v) for v, k in re.findall(r"<li><b>([\d,]+)</b> (articles|errors|skipped)",
                                                 page))
    assert stats == {"articles": "3", "errors": "1", "skipped": "1"}


def test_readme_batch_example_matches_the_real_output(runner, tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = readme.split("$ credibility batch seeds --out out\n", 1)[1].split("\n", 1)[0]
    r = runner.invoke(main, ["batch", str(ROOT / "seeds"), "--out", str(tmp_path / "out")])
    assert r.exit_code == 0
    assert r.stderr.strip().replace(str(tmp_path / "out"), "out") == shown


# --- the library from a source tree -------------------------------------------------------------

def test_rules_are_found_from_the_source_tree_when_the_package_is_shadowed():
    """`import credibility` from a clone's root after `pip install .` (not -e): the source
    folder shadows the installed package, which alone has credibility._rules."""
    code = ("import sys\n"
            "sys.meta_path[:] = [f for f in sys.meta_path\n"
            "                    if '__editable__' not in getattr(f, '__module__', '')]\n"
            "for m in [m for m in sys.modules if m.startswith('credibility')]: del sys.modules[m]\n"
            "import importlib.util\n"
            "assert importlib.util.find_spec('credibility._rules') is None\n"
            "import credibility\n"
            "r = credibility.analyze(open('seeds/rfa_ryanggang_special_forces.txt').read())\n"
            "print(len(r.claims))\n")
    p = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                       timeout=120, env={"PATH": "/usr/bin:/bin"})
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == "20"


# --- names, reprs -------------------------------------------------------------------------------

@pytest.mark.parametrize("name, short", [
    ("Abdullah Abdullah, the chief executive of the Afghan government",
     "Abdullah Abdullah, the chief executive…"),
    ("The spokesman for the Ministry of Foreign Affairs of Japan", "The spokesman for the Ministry of…"),
    ("a Ryanggang military official", "a Ryanggang military official"),
    ("x" * 50, "x" * 39 + "…"),  # one word: no boundary to cut at
])
def test_text_report_shortens_names_at_a_word(name, short):
    from credibility.report import shorten

    assert shorten(name, 40) == short
    assert len(shorten(name, 40)) <= 40


def test_repr_of_a_report_is_short(seed_report):
    text = repr(seed_report)
    assert len(text) < 300
    assert text.startswith("Report(title='North Korea sends special forces")
    assert "claims=20" in text and "sources=4" in text
    assert f"score={seed_report.summary.credibility_score:g}" in text
    assert len(repr(seed_report.document)) < 300


# --- standard input ---------------------------------------------------------------------------

@pytest.mark.parametrize("data, fmt", [
    ("# Bridge closed\n\nThe **minister** said it was closed.\n", "markdown"),
    ("---\ntitle: Bridge closed\n---\n\nThe minister said it was closed.\n", "markdown"),
    ("Bridge closed\n\n> The minister said it was closed.\n\n- Residents said it reopened.\n",
     "markdown"),
    ('{"text": "The minister said it was closed."}\n', "json"),
    ('{"text": "The minister said it was closed."}\n{"text": "Residents said so."}\n', "jsonl"),
    ("<!DOCTYPE html><html><body><p>The minister said it was closed.</p></body></html>", "html"),
    ("Bridge closed\n\nThe minister said it was closed - and stays closed.\n", "text"),
    ("The minister said 3 * 4 = 12 and left.", "text"),
])
def test_stdin_is_sniffed_like_a_file(runner, data, fmt):
    from credibility.ingest import sniff_format

    assert sniff_format(data) == fmt
    r = runner.invoke(main, ["report", "-f", "json", "-"], input=data.encode())
    assert r.exit_code == 0, r.output
    first = json.loads(r.output.splitlines()[0] if fmt == "jsonl" else r.output)
    assert first["document"]["format"] == {"jsonl": "json"}.get(fmt, fmt)  # a record is JSON
    if fmt == "markdown":
        assert not any("*" in c["text"] or ">" in c["text"] for c in first["claims"])


def test_a_one_line_article_gets_a_title(runner):
    line = ("The minister said the bridge was closed on Monday after the river rose two metres "
            "overnight. Residents said it reopened.")
    r = runner.invoke(main, ["report", "-"], input=line.encode())
    assert r.exit_code == 0
    assert r.output.splitlines()[0] == "The minister said the bridge was closed on Monday after\u2026"
    short = runner.invoke(main, ["report", "-f", "json", "-"],
                          input=b"Officials said the bridge was closed.")
    assert json.loads(short.output)["document"]["title"] == "Officials said the bridge was closed"


# --- the README as written ----------------------------------------------------------------------

def test_readme_library_example_runs_as_written(monkeypatch, capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = readme.split("## Library use", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(ROOT)
    exec(compile(code, "README.md", "exec"), {})  # noqa: S102 - the README's own example
    out = capsys.readouterr().out
    assert out.startswith("Report(title='North Korea sends special forces")
    assert "C3 single_source" in out


def test_readme_installs_the_right_distribution():
    import configparser
    import re

    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg")
    name = cfg["metadata"]["name"]
    assert name != "credibility"  # the index's `credibility` is an unrelated package
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    installs = re.findall(r"pip install ([^`\n&]+)", readme)
    assert installs
    for target in installs:
        target = target.strip().strip("'\"")
        assert not re.match(r"-*q? *'?credibility\b", target), target
        assert target.startswith((".", "-", f"{name}", f"'{name}", "'.")), target


def test_batch_of_a_file_says_so_with_the_input_exit_code(runner, story, tmp_path):
    """Trial 10: "Invalid value for 'FOLDER': Directory … is a file." (exit 2) read as if the
    folder were the problem; a missing folder is exit 3 already."""
    r = runner.invoke(main, ["batch", story, "--out", str(tmp_path / "out")])
    assert r.exit_code == 3
    assert r.stderr == (f"credibility: error: {story}: is a file, not a folder (use "
                        "`credibility report` for one article)\n")
    assert not (tmp_path / "out").exists()
