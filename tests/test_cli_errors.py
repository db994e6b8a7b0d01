"""Broken and hostile input on the command line: one line on stderr, the documented exit code.

The exit codes are those of :mod:`credibility.errors`: 0 ok, 1 other (a bug), 2 usage, 3 input,
4 too large, 5 rules, 6 output.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from credibility import errors
from credibility.cli import main
from tests.conftest import ROOT, iter_spans

STORY = ("Bridge closed after the flood\n\n"
         "The minister said the bridge was closed on Monday. Residents said it reopened later.\n")


@pytest.fixture()
def runner():
    return CliRunner()


def _write(tmp_path: Path, name: str, data: bytes | str) -> str:
    p = tmp_path / name
    if isinstance(data, str):
        p.write_text(data, encoding="utf-8")
    else:
        p.write_bytes(data)
    return str(p)


# name, contents, exit code, words in the message
BAD_INPUTS = [
    ("empty.txt", b"", 3, "empty article"),
    ("blank.txt", b" \n\t\r\n  \n", 3, "empty article"),
    ("nul.txt", b"The minister\x00 said", 3, "binary data (NUL bytes)"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), 3, "PNG image"),
    ("scan.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", 3, "PDF file"),
    ("photo.jpg.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF", 3, "JPEG image"),
    ("junk.txt", bytes((i * 7919 + 13) % 255 + 1 for i in range(4096)), 3, ""),
    ("bad-utf16.txt", b"\xff\xfeT\x00h\x00\x00\xd8", 3, "not valid UTF-16"),
    ("bad.json", b'{"text": "The minister said', 3, "malformed JSON"),
    ("array.json", b"[1, 2, 3]", 3, "must be an object"),
    ("notext.json", b'{"title": "x"}', 3, 'no "text" string field'),
    ("deep.json", b"[" * 50_000 + b"]" * 50_000, 3, "nested too deeply"),
    ("bad.jsonl", b'{"text": "The minister said it."}\n{oops}\n', 3, "bad.jsonl:2: malformed JSON"),
    # trial 22: one bad record of several: the batch reads the others
    ("gap.jsonl", b'{"text": "The minister said it."}\n{"text": ""}\n', 3,
     "gap.jsonl:2: empty article (no text); `credibility batch` reads each record on its own"),
    ("script.html", b"<html><script>alert(1)</script></html>", 3, "no article text"),
    ("punct.txt", b"!!! ??? ... --- ***", 3, "no sentences"),
    # review 18: a date alone is no article (it was "only a title or boilerplate")
    ("date.txt", b"December 1, 2025\n", 3, "no article text found (only a date line)"),
]


@pytest.mark.parametrize("name, data, code, words", BAD_INPUTS,
                         ids=[row[0] for row in BAD_INPUTS])
@pytest.mark.parametrize("command", ["report", "uncorroborated"])
def test_bad_input_is_one_line_and_an_exit_code(runner, tmp_path, command, name, data, code,
                                                words):
    path = _write(tmp_path, name, data)
    r = runner.invoke(main, [command, path])
    assert r.exit_code == code, (r.output, r.stderr)
    assert r.stdout == ""
    lines = r.stderr.splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith(f"credibility: error: {path}")
    assert words in lines[0]
    assert "Traceback" not in r.stderr


def test_missing_file_and_directory(runner, tmp_path):
    r = runner.invoke(main, ["report", str(tmp_path / "nope.txt")])
    assert (r.exit_code, r.stderr) == (3, f"credibility: error: {tmp_path / 'nope.txt'}: "
                                          "no such file\n")
    r = runner.invoke(main, ["report", str(tmp_path)])
    assert r.exit_code == 3 and "is a directory" in r.stderr and "batch" in r.stderr


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX permissions")
def test_unreadable_file():
    """As a user who cannot read the file (root drops to nobody; see tests/test_faults.py)."""
    from tests.test_faults import run_unprivileged, shared_tmp

    with shared_tmp() as base:
        path = base / "secret.txt"
        path.write_text(STORY, encoding="utf-8")
        os.chmod(path, 0)
        r = run_unprivileged(["report", str(path)])
    assert r.returncode == 3 and "permission denied" in r.stderr, r.stderr


def test_too_large_file_and_stdin(runner, tmp_path):
    path = _write(tmp_path, "big.txt", STORY * 100)
    r = runner.invoke(main, ["report", "--max-bytes", "1000", path])
    assert r.exit_code == 4
    assert "over the limit of 1,000" in r.stderr and "--max-bytes" in r.stderr
    r = runner.invoke(main, ["report", "--max-bytes", "1000", "-"], input=STORY * 100)
    assert r.exit_code == 4 and "standard input: over the limit of 1,000 bytes" in r.stderr
    assert runner.invoke(main, ["report", "--max-bytes", str(len(STORY)), "-"],
                         input=STORY).exit_code == 0


def test_default_limit_is_ten_megabytes(runner, tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fp:
        fp.truncate(10 * 1024 * 1024 + 1)  # sparse: costs no disk
    r = runner.invoke(main, ["report", str(path)])
    assert r.exit_code == 4 and "10,485,761 bytes is over the limit of 10,485,760" in r.stderr


@pytest.mark.parametrize("data", [
    STORY.encode("utf-16"),
    b"\xef\xbb\xbf" + STORY.encode(),
    STORY.encode("utf-16-le"),
    STORY.encode("cp1252"),
], ids=["utf16-bom", "utf8-bom", "utf16le-no-bom", "cp1252"])
def test_encodings_give_the_same_report(runner, tmp_path, data):
    plain = runner.invoke(main, ["report", "-f", "json", _write(tmp_path, "a.txt", STORY)])
    other = runner.invoke(main, ["report", "-f", "json", _write(tmp_path, "b.txt", data)])
    assert plain.exit_code == other.exit_code == 0, other.stderr
    a, b = json.loads(plain.stdout), json.loads(other.stdout)
    a["document"].pop("path"), b["document"].pop("path")
    assert a == b


def test_non_english_is_analysed_with_a_warning(runner, tmp_path):
    path = _write(tmp_path, "ko.txt", "제목\n\n" + "북한은 특수부대 병력을 파견했다고 소식통이 전했다. " * 5)
    r = runner.invoke(main, ["report", "-f", "json", path])
    assert r.exit_code == 0
    assert "only English is supported" in r.stderr
    assert "only English is supported" in json.loads(r.stdout)["document"]["language_note"]


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "csv", pytest.param("html", marks=(
    pytest.mark.skipif(not (ROOT / "credibility" / "templates").is_dir(), reason="no templates")))])
def test_odd_characters_every_format(runner, tmp_path, fmt):
    text = ("Title\u200b with \u202eodd\u202c characters\n\n"
            "The minister\u200b said \x07the bridge\x1b[2J was closed.\ufeff "
            "قال الوزير إن الجسر مغلق. He said \"it \"was\" closed. “Nested ‘quote “inner”’.\n")
    r = runner.invoke(main, ["report", "-f", fmt, _write(tmp_path, "odd.txt", text)])
    assert r.exit_code == 0, r.stderr
    assert r.stdout


def test_output_errors_exit_6(runner, tmp_path):
    path = _write(tmp_path, "a.txt", STORY)
    r = runner.invoke(main, ["report", "-o", str(tmp_path / "a.txt" / "under" / "r.txt"), path])
    assert r.exit_code == 6 and "cannot write" in r.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_disk_full_on_stdout_is_reported(tmp_path):
    path = _write(tmp_path, "a.txt", STORY)
    with open("/dev/full", "w") as full:
        p = subprocess.run([sys.executable, "-m", "credibility.cli", "report", path],
                           stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
    assert p.returncode == 6
    assert p.stderr.strip() == ("credibility: error: standard output: cannot write "
                                "(No space left on device)")


def test_a_bug_is_one_line_exit_1_and_a_traceback_with_v(runner, tmp_path, monkeypatch):
    import credibility

    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(credibility, "analyze_document", broken)
    path = _write(tmp_path, "a.txt", STORY)
    r = runner.invoke(main, ["report", path])
    assert r.exit_code == 1
    assert r.stderr.startswith("credibility: internal error (a bug): ZeroDivisionError")
    assert len(r.stderr.splitlines()) == 1
    r = runner.invoke(main, ["-v", "report", path])
    assert isinstance(r.exception, ZeroDivisionError)


def test_usage_errors_exit_2(runner):
    assert runner.invoke(main, ["report"]).exit_code == 2
    assert runner.invoke(main, ["report", "-f", "pdf", "x.txt"]).exit_code == 2
    assert runner.invoke(main, ["report", "--max-bytes", "0", "x.txt"]).exit_code == 2
    assert runner.invoke(main, ["no-such-command"]).exit_code == 2


def test_verbose_shows_the_traceback(runner, tmp_path):
    r = runner.invoke(main, ["-v", "report", str(tmp_path / "nope.txt")])
    assert isinstance(r.exception, errors.InputError)


def test_exit_codes_are_distinct_and_documented():
    codes = {cls.__name__: cls.exit_code for cls in (
        errors.CredibilityError, errors.InputError, errors.InputTooLarge, errors.RulesError,
        errors.OutputError, errors.OutputBusy, errors.Terminated)}
    assert codes == {"CredibilityError": 1, "InputError": 3, "InputTooLarge": 4, "RulesError": 5,
                     "OutputError": 6, "OutputBusy": 7, "Terminated": 143}
    codes["KeyboardInterrupt"] = errors.INTERRUPTED_EXIT
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code in codes.values():
        assert f" {code} " in errors.__doc__ or f"| {code} |" in errors.__doc__
        assert f"\n| {code} | " in readme, code


def test_disk_full_on_output_file_keeps_the_old_file(runner, tmp_path, monkeypatch):
    import errno

    path = _write(tmp_path, "a.txt", STORY)
    out = tmp_path / "r.json"
    out.write_text("previous report\n", encoding="utf-8")

    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    r = runner.invoke(main, ["report", "-f", "json", "-o", str(out), path])
    assert r.exit_code == 6
    assert r.stderr == f"credibility: error: {out}: cannot write (No space left on device)\n"
    assert out.read_text(encoding="utf-8") == "previous report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "r.json"]  # no temp file left


@pytest.mark.parametrize("name, data", [
    ("page.html", "<html><head><title>Bridge closed | News</title></head><body><nav>Home</nav>"
                  "<h1>Bridge closed</h1><p>The minister said the bridge was closed.</p>"
                  "<p>\u201cWe had no choice,\u201d a local official told reporters.</p></body>"
                  "</html>"),
    ("story.md", "# Bridge closed\n\n*By Jane Doe*\n\nThe minister said the bridge was closed.\n"),
    ("record.json", json.dumps({"text": "The minister said the bridge was closed.",
                                "title": "Bridge closed"})),
    ("records.jsonl", "\n".join(json.dumps({"text": f"Official {i} said it was closed."})
                                for i in range(2))),
], ids=["html", "markdown", "json", "jsonl"])
def test_offsets_index_the_extracted_text(runner, tmp_path, name, data):
    r = runner.invoke(main, ["report", "-f", "json", "--include-text", _write(tmp_path, name, data)])
    assert r.exit_code == 0, r.stderr
    try:
        reports = [json.loads(r.stdout)]
    except json.JSONDecodeError:
        reports = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(reports) == (2 if name.endswith(".jsonl") else 1)
    for report in reports:
        text = report["document"]["text"]
        spans = list(iter_spans(report))
        assert spans and report["claims"]
        for s in spans:
            assert text[s["start"]:s["end"]] == s["text"]
    if name == "page.html":
        assert "Home" not in reports[0]["document"]["text"]
        assert reports[0]["document"]["title"] == "Bridge closed"


@pytest.mark.parametrize("option, module, extra", [
    ("--db", "sqlite_utils", "db"),
    ("--parquet", "pyarrow", "parquet"),
    ("--scheduler=tcp://127.0.0.1:1", "distributed", "dask"),
])
def test_a_batch_option_without_its_extra_fails_before_the_batch(runner, tmp_path, monkeypatch,
                                                                 option, module, extra):
    """Not an internal error after the whole batch has run: exit 8 at once, naming the extra."""
    monkeypatch.setitem(sys.modules, module, None)  # importing it now raises ImportError
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Title\n\nThe minister said the bridge was closed.\n")
    r = runner.invoke(main, ["batch", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
                             "-q", option])
    assert r.exit_code == errors.MissingExtra.exit_code == 8
    assert f"pip install 'news-credibility[{extra}]'" in r.output
    assert f"pip install -e '.[{extra}]'" in r.output
    assert not (tmp_path / "out" / "reports.jsonl").exists()


def test_db_without_sqlite_utils_names_the_extra(runner, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "sqlite_utils", None)
    out = tmp_path / "out"
    out.mkdir()
    (out / "reports.jsonl").write_text("")
    r = runner.invoke(main, ["db", str(out)])
    assert r.exit_code == 8 and "news-credibility[db]" in r.output


def test_errors_about_standard_input_say_so(runner):
    r = runner.invoke(main, ["report", "-"], input="   \n")
    assert r.exit_code == 3
    assert r.stderr.strip() == "credibility: error: standard input: empty article (no text)"


@pytest.mark.parametrize("args", [["report", "--max-bytes", "0", "x.txt"],
                                  ["report", "--bogus", "x.txt"], ["report"], ["nosuch"]])
def test_usage_errors_are_one_line_with_where_to_look(args):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines() if hasattr(result, "stderr") else \
        result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("credibility: error: ")
    assert "--help`)" in lines[0]
