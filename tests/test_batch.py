"""``credibility batch``: parallel, Dask, resumable and lossless, the same bytes every way.

Corpora are generated here (a few dozen short articles), so the tests run in seconds.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import credibility
from credibility.batch import STATE_DIR, read_journal, run_batch
from credibility.cli import main
from credibility.corroborate import corroborate_batch
from credibility.report import dumps
from tests.conftest import ROOT
from tests.test_corroborate import CHILE_A, CHILE_B, CHILE_CONFLICT, JAPAN, REPRINT

OUTPUTS = ("reports.jsonl", "summary.csv", "errors.jsonl", "duplicates.csv")

_TOWNS = ["Arlen", "Brisk", "Corvo", "Dunmore", "Eskdale", "Fenwick", "Garvan", "Holt"]


def _article(i: int) -> str:
    town = _TOWNS[i % len(_TOWNS)]
    return (f"Storm floods {town}\n\n"
            f"Heavy rain flooded {i % 5 + 3} streets in {town} on Sunday, a fire service source said.\n\n"
            f"\u201cWe evacuated {10 + i} homes,\u201d fire chief Dana Roe told the {town} Herald.\n\n"
            f"The river rose {i % 3 + 1} metres in six hours, according to a county report.\n")


def _corpus(folder: Path, n: int = 24) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        sub = folder / ("north" if i % 2 else "south")
        sub.mkdir(exist_ok=True)
        (sub / f"story{i:03d}.txt").write_text(_article(i), encoding="utf-8")
    for name, text in {"chile_a.txt": CHILE_A, "chile_b.txt": CHILE_B,
                       "chile_c.md": CHILE_CONFLICT, "japan.txt": JAPAN,
                       "reprint.txt": REPRINT}.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "wire.jsonl").write_text(
        json.dumps({"title": "Quake in Chile", "text": CHILE_B}) + "\n"
        + json.dumps({"title": "Flood", "text": _article(99)}) + "\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    return folder


def _read(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return _corpus(tmp_path_factory.mktemp("corpus") / "in")


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> dict[str, bytes]:
    """The outputs of one uninterrupted in-process run."""
    out = tmp_path_factory.mktemp("reference")
    run_batch(corpus, out, jobs=1)
    return _read(out)


def test_outputs_and_their_order(reference):
    lines = reference["reports.jsonl"].decode("utf-8").splitlines()
    paths = [json.loads(line)["document"]["path"] for line in lines]
    assert paths == sorted(paths)
    assert "north/story001.txt" in paths
    assert [p for p in paths if p.startswith("wire.jsonl")] == ["wire.jsonl:1", "wire.jsonl:2"]
    errors = [json.loads(line) for line in reference["errors.jsonl"].decode().splitlines()]
    assert sorted(e["path"] for e in errors) == ["binary.txt", "empty.txt"]
    assert all({"path", "error", "message"} <= set(e) for e in errors)
    summary = list(csv.reader(reference["summary.csv"].decode().splitlines()))
    assert len(summary) == 1 + len(lines) + len(errors)


def test_batch_equals_the_library(corpus, reference):
    """reports.jsonl is corroborate_batch over analyze_file of every article, in path order."""
    from credibility.batch import discover
    from credibility.ingest import load

    reports = [credibility.analyze_document(d) for p, rel in discover(corpus)
               if p.name not in ("empty.txt", "binary.txt") for d in load(p, display_path=rel)]
    linked = sorted(corroborate_batch(reports), key=lambda r: r.document.path)
    expected = "".join(dumps(r) + "\n" for r in linked)
    assert reference["reports.jsonl"].decode("utf-8") == expected


def test_cross_article_links_and_copies(reference):
    reports = {json.loads(x)["document"]["path"]: json.loads(x)
               for x in reference["reports.jsonl"].decode().splitlines()
               if not json.loads(x)["document"]["path"].startswith("wire.jsonl")}
    a = reports["chile_a.txt"]
    lede = next(c for c in a["claims"] if "6.1 earthquake struck" in c["text"])
    assert lede["source_id"] is None and lede["corroboration"] == "corroborated"
    assert any(ref.startswith("chile_b.txt#") for ref in lede["corroborated_by"])
    assert not any(ref.startswith("japan.txt#") for ref in lede["corroborated_by"])
    assert reports["reprint.txt"]["document"]["origin_group"] == "chile_a.txt"
    dups = list(csv.DictReader(reference["duplicates.csv"].decode().splitlines()))
    assert {d["path"] for d in dups if d["origin_group"] == "chile_a.txt"} >= {
        "chile_a.txt", "reprint.txt"}


def test_jobs_do_not_change_a_byte(corpus, reference, tmp_path):
    run_batch(corpus, tmp_path, jobs=2)
    assert _read(tmp_path) == reference


def test_dask_cluster_gives_the_same_bytes(corpus, reference, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        r = CliRunner().invoke(main, ["batch", str(corpus), "--out", str(tmp_path), "-q",
                                      "--scheduler", cluster.scheduler_address])
    assert r.exit_code == 0, r.output
    assert _read(tmp_path) == reference


def test_resume_after_a_torn_journal(corpus, reference, tmp_path):
    """A batch killed mid-write leaves a torn last record: it is dropped and redone, the rest
    is kept, and the outputs equal an uninterrupted run."""
    run_batch(corpus, tmp_path, jobs=1)
    journal = tmp_path / STATE_DIR / "journal.jsonl"
    data = journal.read_bytes()
    journal.write_bytes(data[: len(data) * 2 // 3])
    for name in OUTPUTS:
        (tmp_path / name).unlink()
    kept, _ = read_journal(journal)
    result = run_batch(corpus, tmp_path, jobs=1)
    assert result.resumed == len(kept) > 0
    assert _read(tmp_path) == reference
    done, _ = read_journal(journal)
    assert len(done) == sum(1 for p in corpus.rglob("*") if p.is_file())


def test_running_again_redoes_nothing(corpus, reference, tmp_path):
    run_batch(corpus, tmp_path, jobs=1)
    size = (tmp_path / STATE_DIR / "journal.jsonl").stat().st_size
    result = run_batch(corpus, tmp_path, jobs=1)
    assert result.resumed == sum(1 for p in corpus.rglob("*") if p.is_file())
    assert (tmp_path / STATE_DIR / "journal.jsonl").stat().st_size == size
    assert _read(tmp_path) == reference


def test_another_analysis_is_not_resumed(tmp_path, monkeypatch):
    """After an upgrade or a rules change the journal's records are another analysis's: the
    articles are analysed again, not mixed with the new ones (ecb16's finding)."""
    import shutil

    from credibility.rules import rules_dir

    folder = _corpus(tmp_path / "in", n=3)
    out = tmp_path / "out"
    run_batch(folder, out, jobs=1)
    rules = tmp_path / "rules"
    shutil.copytree(rules_dir(), rules)
    with open(rules / "hedges.txt", "a", encoding="utf-8") as fp:
        fp.write("\n# a comment changes the rules' fingerprint, not the analysis\n")
    monkeypatch.setenv("CREDIBILITY_RULES", str(rules))
    result = run_batch(folder, out, jobs=1)
    assert result.resumed == 0
    assert run_batch(folder, out, jobs=1).resumed == sum(1 for p in folder.rglob("*")
                                                         if p.is_file())


def test_a_changed_file_is_analysed_again(tmp_path):
    folder = _corpus(tmp_path / "in", n=4)
    out = tmp_path / "out"
    run_batch(folder, out, jobs=1)
    target = folder / "japan.txt"
    target.write_text(CHILE_B, encoding="utf-8")
    os.utime(target, ns=(time.time_ns(), time.time_ns() + 10**9))
    result = run_batch(folder, out, jobs=1)
    assert result.resumed == sum(1 for p in folder.rglob("*") if p.is_file()) - 1
    fresh = tmp_path / "fresh"
    run_batch(folder, fresh, jobs=1)
    assert _read(out) == _read(fresh)


def test_garbage_journal_is_ignored(corpus, reference, tmp_path):
    state = tmp_path / STATE_DIR
    state.mkdir(parents=True)
    (state / "journal.jsonl").write_bytes(b'{"v": 1, "rel": "x", "bytes": -5}\n\x00\xff garbage')
    run_batch(corpus, tmp_path, jobs=1)
    assert _read(tmp_path) == reference


def _kill_when_journal_grows(cmd, env, out, size, stderr):
    """Start the batch ``cmd`` and SIGKILL it once its journal holds ``size`` bytes (or 60 s)."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
    journal = out / STATE_DIR / "journal.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if journal.exists() and journal.stat().st_size > size:
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return proc


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killed_batch_resumes_to_the_same_outputs(tmp_path):
    folder = _corpus(tmp_path / "in", n=120)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "credibility.cli", "batch", str(folder), "--out", str(out),
           "-j", "1", "-q"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    _kill_when_journal_grows(cmd, env, out, 20_000, subprocess.DEVNULL)
    assert subprocess.run(cmd, env=env, capture_output=True).returncode == 0
    fresh = tmp_path / "fresh"
    run_batch(folder, fresh, jobs=1)
    assert _read(out) == _read(fresh)


def test_parquet_tables(corpus, tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    run_batch(corpus, tmp_path, jobs=1, parquet=True)
    claims = pd.read_parquet(tmp_path / "claims.parquet")
    reports = [json.loads(x) for x in (tmp_path / "reports.jsonl").read_text().splitlines()]
    assert len(claims) == sum(len(r["claims"]) for r in reports)
    summary = pd.read_parquet(tmp_path / "summary.parquet")
    assert len(summary) == len(reports) + 2


def test_cli_batch_is_quiet_without_a_terminal(corpus, tmp_path):
    r = CliRunner().invoke(main, ["batch", str(corpus), "--out", str(tmp_path), "-j", "1"])
    assert r.exit_code == 0, r.output
    assert "\r" not in r.output and "it/s" not in r.output
    assert "article(s)" in r.output
    q = CliRunner().invoke(main, ["batch", str(corpus), "--out", str(tmp_path), "-q"])
    assert q.exit_code == 0 and q.output == ""


def test_cli_strict(corpus, tmp_path):
    r = CliRunner().invoke(main, ["batch", str(corpus), "--out", str(tmp_path), "-j", "1",
                                  "-q", "--strict"])
    assert r.exit_code == 1
    assert (tmp_path / "reports.jsonl").exists()


_SENTENCES = [
    "Heavy rain flooded {n} streets in {town} on Sunday, a fire service source said.",
    "\u201cWe evacuated {m} homes in {town},\u201d fire chief {person} told the {town} Herald.",
    "The {river} river rose {n} metres in six hours near {town}, according to a county report.",
    "Mayor {person} said the {town} bridge would stay closed until {weekday}.",
    "Police in {town} arrested {n} men after a break-in at the {river} depot, officials said.",
    "A fire destroyed {m} warehouses on the {river} docks in {town} overnight.",
    "{person} won the {town} council election with {m} votes, the returning officer said.",
    "Schools in {town} will reopen on {weekday}, the education board said.",
]
_WORDS = {"town": ["Arlen", "Brisk", "Corvo", "Dunmore", "Eskdale", "Fenwick", "Garvan",
                   "Holt", "Ixley", "Jarrow", "Kells", "Lowick"],
          "river": ["Severn", "Avon", "Trent", "Wye", "Ouse", "Tees"],
          "person": ["Dana Roe", "Ian Marsh", "Ada Quill", "Tom Birch", "Lia Stone"],
          "weekday": ["Monday", "Tuesday", "Friday"]}


def _varied(i: int) -> str:
    import random

    rnd = random.Random(i)
    fill = {k: rnd.choice(v) for k, v in _WORDS.items()} | {"n": rnd.randint(2, 9),
                                                             "m": rnd.randint(10, 60)}
    body = "\n\n".join(t.format(**fill) for t in rnd.sample(_SENTENCES, 4))
    # headlines differ: one headline on undated articles is a recurring report (issue 11)
    return f"News from {fill['town']}: {fill['person']} on the {fill['river']}\n\n{body}\n"


def test_parallel_matching_equals_serial():
    """The cross-article matching forks workers for big batches; the links are the same."""
    from credibility.corroborate import article_key, cross_links

    keys = [article_key(credibility.analyze(_varied(i), path=f"s{i:04d}.txt"))
            for i in range(1100)]
    serial, parallel = cross_links(keys, jobs=1), cross_links(keys, jobs=2)
    assert serial.supports and serial.supports == parallel.supports
    assert serial.conflicts == parallel.conflicts
    assert serial.origin_group == parallel.origin_group


def test_an_output_folder_inside_the_input_is_not_read_back(tmp_path):
    folder = _corpus(tmp_path / "in", n=2)
    out = folder / "results"
    run_batch(folder, out, jobs=1)
    first = _read(out)
    run_batch(folder, out, jobs=1)
    assert _read(out) == first
    paths = [json.loads(x)["document"]["path"] for x in first["reports.jsonl"].decode().splitlines()]
    assert not any(p.startswith("results/") for p in paths)


# ---------------------------------------------------------------------------------------------
# Robustness of the input folder
# ---------------------------------------------------------------------------------------------

_STORY = b"Title\n\nThe minister said it.\n"


def _errors(out: Path) -> list[dict]:
    return [json.loads(x) for x in (out / "errors.jsonl").read_text("utf-8").splitlines()]


def _paths(out: Path) -> list[str]:
    return [json.loads(x)["document"]["path"]
            for x in (out / "reports.jsonl").read_text("utf-8").splitlines()]


@pytest.mark.skipif(sys.platform != "linux", reason="file names of any bytes")
def test_a_file_name_that_is_not_utf8_is_analysed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for raw in (b"caf\xe9.txt", b"caf\xe8.txt"):
        with open(os.path.join(os.fsencode(folder), raw), "wb") as fp:
            fp.write(_STORY)
    r = CliRunner().invoke(main, ["batch", str(folder), "--out", str(tmp_path / "out"), "-j", "1"])
    assert r.exit_code == 0, r.output
    assert _paths(tmp_path / "out") == ["caf\\xe8.txt", "caf\\xe9.txt"]
    assert _errors(tmp_path / "out") == []
    summary = (tmp_path / "out" / "summary.csv").read_text("utf-8")
    assert "caf\\xe9.txt" in summary


@pytest.mark.skipif(sys.platform != "linux", reason="FIFOs, sockets and symbolic links")
def test_special_files_and_broken_links_are_skipped_with_a_note(tmp_path):
    import socket

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes(_STORY)
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "dangling.txt").symlink_to(folder / "missing.txt")
    os.mkfifo(folder / "pipe.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "sock.txt"))
    (folder / "same.txt").symlink_to(folder / "good.txt")  # inside the folder: followed
    try:
        r = CliRunner().invoke(main, ["batch", str(folder), "--out", str(tmp_path / "out"),
                                      "-j", "1"])
    finally:
        sock.close()
    assert r.exit_code == 0, r.output
    assert "0 error(s), 4 skipped" in r.output
    assert _paths(tmp_path / "out") == ["good.txt", "same.txt"]
    notes = {e["path"]: e for e in _errors(tmp_path / "out")}
    assert set(notes) == {"dangling.txt", "loop.txt", "pipe.txt", "sock.txt"}
    assert all(e["skipped"] is True and {"error", "message"} <= set(e) for e in notes.values())
    assert "loop" in notes["loop.txt"]["message"]
    assert "dangling" in notes["dangling.txt"]["message"]
    assert "FIFO" in notes["pipe.txt"]["message"]
    assert "socket" in notes["sock.txt"]["message"]
    rows = list(csv.DictReader((tmp_path / "out" / "summary.csv").read_text().splitlines()))
    assert {row["path"] for row in rows if row["error"]} == set(notes)


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_links_out_of_the_folder_are_not_followed(tmp_path):
    secret = tmp_path / "home" / "id_rsa.txt"
    secret.parent.mkdir()
    secret.write_text("Key\n\nSECRET-KEY-MATERIAL said the key.\n")
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_bytes(_STORY)
    (folder / "x.txt").symlink_to(secret)
    (folder / "sub" / "up.txt").symlink_to(Path("..", "..", "home", "id_rsa.txt"))
    (folder / "linked").symlink_to(secret.parent, target_is_directory=True)
    result = run_batch(folder, tmp_path / "out", jobs=1)
    assert "SECRET" not in (tmp_path / "out" / "reports.jsonl").read_text()
    assert _paths(tmp_path / "out") == ["good.txt"]
    assert sorted(result.skipped) == ["linked", "sub/up.txt", "x.txt"]
    notes = {e["path"]: e["message"] for e in _errors(tmp_path / "out")}
    assert "outside the folder" in notes["x.txt"] and "outside the folder" in notes["sub/up.txt"]
    assert result.errors == 0


def test_one_bad_jsonl_record_keeps_the_others(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "wire.jsonl").write_text(
        json.dumps({"text": _article(1)}) + "\n{not json\n" + json.dumps({"text": _article(2)})
        + "\n" + json.dumps({"title": "no text"}) + "\n", encoding="utf-8")
    result = run_batch(folder, tmp_path / "out", jobs=1)
    assert _paths(tmp_path / "out") == ["wire.jsonl:1", "wire.jsonl:3"]
    errors = _errors(tmp_path / "out")
    assert [e["path"] for e in errors] == ["wire.jsonl:2", "wire.jsonl:4"]
    assert errors[0]["message"].startswith("wire.jsonl:2: malformed JSON")
    assert result.errors == 2 and result.articles == 4


def test_a_file_deleted_after_it_was_listed_is_an_error(tmp_path, monkeypatch):
    import credibility.batch as batch

    folder = _corpus(tmp_path / "in", n=2)
    listed = batch.discover

    def discover_then_delete(root, skipped=None):
        for p, rel in listed(root, skipped):
            if rel == "japan.txt":
                p.unlink()
            yield p, rel

    monkeypatch.setattr(batch, "discover", discover_then_delete)
    result = run_batch(folder, tmp_path / "out", jobs=1)
    gone = [e for e in _errors(tmp_path / "out") if e["path"] == "japan.txt"]
    assert gone == [{"path": "japan.txt", "error": "InputError",
                     "message": "japan.txt: no such file"}]
    assert "japan.txt" not in _paths(tmp_path / "out")
    assert result.errors == 3  # with empty.txt and binary.txt


@pytest.mark.skipif(sys.platform != "linux", reason="SIGKILL, parent-death signal")
def test_killed_batch_leaves_no_worker_tracebacks(tmp_path):
    folder = _corpus(tmp_path / "in", n=160)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "credibility.cli", "batch", str(folder), "--out", str(out),
           "-j", "2", "-q"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = _kill_when_journal_grows(cmd, env, out, 5_000, subprocess.PIPE)
    # stderr ends when the workers, which share it, are gone too
    stderr = proc.stderr.read().decode("utf-8", "replace")
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr


@pytest.mark.skipif(sys.platform != "linux", reason="file names of any bytes")
def test_an_output_folder_with_an_undecodable_name_inside_the_input(tmp_path):
    folder = _corpus(tmp_path / "in", n=2)
    out = Path(os.fsdecode(os.path.join(os.fsencode(folder), b"r\xe9sults")))
    run_batch(folder, out, jobs=1)
    first = _read(out)
    run_batch(folder, out, jobs=1)
    assert _read(out) == first
    assert not any(p.startswith("r\\xe9sults/") for p in _paths(out))


def test_a_report_rebuilt_from_its_json_keeps_every_field(seed_report):
    """The batch re-scores reports rebuilt from reports.jsonl: every record field the JSON
    carries (entities, entity ids, assertions, links, summary counts) must come back."""
    from dataclasses import replace

    from credibility.batch import report_from_dict
    from credibility.report import report_to_dict

    rebuilt = report_from_dict(report_to_dict(seed_report))
    assert rebuilt.entities and rebuilt.entities == seed_report.entities
    assert rebuilt.sources == seed_report.sources
    assert rebuilt.claims == seed_report.claims
    assert rebuilt.summary == seed_report.summary
    assert report_to_dict(rebuilt) == report_to_dict(replace(seed_report, sentences=()))


def test_warm_up_loads_what_an_article_needs():
    """The batch analyses a small article before forking its workers, so that they share what
    every stage loads on first use: after it, analysing the seed article and computing its
    matching key imports nothing more (a worker would otherwise import scikit-learn,
    datasketch, the tagger and the lemmatizer for itself)."""
    code = (
        "import sys\n"
        "from credibility.batch import _warm_up\n"
        "from credibility import analyze\n"
        "from credibility.corroborate import article_key\n"
        "_warm_up()\n"
        "before = set(sys.modules)\n"
        f"article_key(analyze(open({str(ROOT / 'seeds' / 'rfa_ryanggang_special_forces.txt')!r},"
        " encoding='utf-8').read()))\n"
        "print(sorted(set(sys.modules) - before))\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
