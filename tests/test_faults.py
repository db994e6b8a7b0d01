"""Faults and hostile conditions (issue 15): kills, signals, two batches on one --out,
unreadable and deep folders, planted links and names, special files as outputs.

Each test starts real processes where the fault is about processes (a pseudo-terminal for
Ctrl-C, SIGTERM to the batch, a second process holding the lock).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from credibility.batch import STATE_DIR, run_batch
from credibility.cli import main
from credibility.outputs import FORMULA_START, atomic_write, is_temporary_of
from tests.conftest import ROOT
from tests.test_batch import _corpus, _read
from tests.test_corroborate import CHILE_A

ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
BATCH = [sys.executable, "-m", "credibility.cli", "batch"]
INTERRUPTED = "credibility: interrupted; rerun the same command to resume"
_STORY = "Title\n\nThe minister said the bridge was closed.\n"


def _children(pid: int) -> set[int]:
    """The live child processes of ``pid`` (Linux /proc)."""
    found = set()
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(stat_file.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return False
    return fields[0] != "Z"


def _wait_for_journal(out: Path, size: int, running, seconds: float = 60) -> None:
    journal = out / STATE_DIR / "journal.jsonl"
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and running():
        if journal.exists() and journal.stat().st_size > size:
            return
        time.sleep(0.02)
    pytest.fail("the batch ended (or stalled) before it could be interrupted")


# --- 1. stale temporaries ---------------------------------------------------------------------

def test_the_temporary_names_of_atomic_write_are_recognised(tmp_path):
    fd, name = tempfile.mkstemp(prefix=".reports.jsonl.", suffix=".tmp", dir=tmp_path)
    os.close(fd)
    assert is_temporary_of(Path(name).name, ["reports.jsonl"])
    for other in (".reports.jsonl.tmp", ".reports.jsonl.abc.tmp", "reports.jsonl.abcdefgh.tmp",
                  ".summary.csv.abcdefgh.tmp", ".reports.jsonl.ABCDEFGH.tmp",
                  ".reports.jsonl.abcdefgh.tmp.bak"):
        assert not is_temporary_of(other, ["reports.jsonl"]), other


def test_stale_temporaries_of_a_killed_run_are_removed_and_nothing_else(tmp_path):
    folder = _corpus(tmp_path / "in", n=2)
    out = tmp_path / "out"
    (out / "articles").mkdir(parents=True)
    ours = [out / ".reports.jsonl.k3x_9q2a.tmp", out / ".summary.csv.a1b2c3d4.tmp",
            out / ".claims.parquet.zz99yy88.tmp", out / "articles" / ".x.txt-3e49441adb.html.abcdefgh.tmp"]
    theirs = [out / ".reports.jsonl.tmp", out / ".notes.txt.abcdefgh.tmp", out / "keep.txt",
              out / ".reports.jsonl.abcdefghi.tmp", out / "articles" / ".x.css.abcdefgh.tmp"]
    for p in ours + theirs:
        p.write_bytes(b"x" * 1000)
    outside = tmp_path / "outside.txt"
    outside.write_text("precious")
    link = out / ".errors.jsonl.abcdefgh.tmp"
    link.symlink_to(outside)  # named like ours, but a link: not ours
    r = CliRunner().invoke(main, ["batch", str(folder), "--out", str(out), "-j", "1", "-q"])
    assert r.exit_code == 0, r.output
    assert [p for p in ours if p.exists()] == []
    assert all(p.exists() for p in theirs) and link.is_symlink()
    assert outside.read_text() == "precious"


# --- 2. Ctrl-C and SIGTERM --------------------------------------------------------------------

@pytest.mark.skipif(sys.platform != "linux", reason="pseudo-terminals, /proc")
def test_ctrl_c_on_a_terminal_is_one_line_exit_130_and_no_workers_left(tmp_path):
    import pty

    folder = _corpus(tmp_path / "in", n=400)
    out = tmp_path / "out"
    pid, master = pty.fork()
    if pid == 0:  # the child: a session of its own with the pty as its terminal
        os.execve(sys.executable, [*BATCH, str(folder), "--out", str(out), "-j", "2"], ENV)
    output = bytearray()
    reader = threading.Thread(target=_drain, args=(master, output), daemon=True)
    reader.start()
    _wait_for_journal(out, 5_000, lambda: _alive(pid))
    workers = _children(pid)
    assert workers, "no worker processes"
    os.write(master, b"\x03")  # ^C: the terminal sends SIGINT to the whole foreground group
    status = _wait(pid, 60)
    reader.join(10)
    text = output.decode("utf-8", "replace")
    assert os.waitstatus_to_exitcode(status) == 130, text
    assert INTERRUPTED in text
    assert text.count("credibility:") == 1
    assert "Traceback" not in text and "Aborted" not in text and "KeyboardInterrupt" not in text
    deadline = time.monotonic() + 5
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(w) for w in workers), "orphaned workers"


def _wait(pid: int, seconds: float) -> int:
    """The wait status of child ``pid``; killed, and the test failed, if it is not done in time."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        time.sleep(0.05)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    pytest.fail(f"the batch did not end within {seconds} s of the signal")


def _drain(fd: int, into: bytearray) -> None:
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: the terminal's other side is closed
            return
        if not chunk:
            return
        into.extend(chunk)


@pytest.mark.skipif(sys.platform != "linux", reason="signals, /proc")
def test_sigterm_is_one_line_exit_143_no_workers_left_and_resumes(tmp_path):
    folder = _corpus(tmp_path / "in", n=400)
    out = tmp_path / "out"
    cmd = [*BATCH, str(folder), "--out", str(out), "-j", "2", "-q"]
    proc = subprocess.Popen(cmd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _wait_for_journal(out, 5_000, lambda: proc.poll() is None)
    workers = _children(proc.pid)
    proc.send_signal(signal.SIGTERM)
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 143, stderr
    assert stderr.decode() == INTERRUPTED + "\n" and stdout == b""
    deadline = time.monotonic() + 5
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(w) for w in workers), "orphaned workers"
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    assert subprocess.run(cmd, env=ENV, capture_output=True).returncode == 0
    fresh = tmp_path / "fresh"
    run_batch(folder, fresh, jobs=1)
    assert _read(out) == _read(fresh)


def test_ctrl_c_in_report_is_one_line_exit_130(tmp_path, monkeypatch):
    import credibility

    article = tmp_path / "a.txt"
    article.write_text(_STORY)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(credibility, "analyze_document", interrupted)
    handlers = [signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)]
    r = CliRunner().invoke(main, ["report", str(article)])
    assert r.exit_code == 130 and r.stderr == "credibility: interrupted\n"
    assert [signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)] == handlers


# --- 3. two batches on one --out ----------------------------------------------------------------

_HOLD_LOCK = """
import sys
from credibility.batch import batch_lock
with batch_lock(sys.argv[1]):
    print("locked", flush=True)
    sys.stdin.read()
"""


@pytest.mark.skipif(os.name != "posix", reason="fcntl locks")
def test_a_second_batch_on_the_same_out_exits_7(tmp_path):
    folder = _corpus(tmp_path / "in", n=2)
    out = tmp_path / "out"
    holder = subprocess.Popen([sys.executable, "-c", _HOLD_LOCK, str(out)], env=ENV,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline() == b"locked\n"
        second = subprocess.run([*BATCH, str(folder), "--out", str(out), "-j", "1"], env=ENV,
                                capture_output=True, text=True)
        assert second.returncode == 7, second.stderr
        assert second.stderr.splitlines() == [
            f"credibility: error: {out}: in use by another batch (wait for it to end, or "
            "choose another --out)"]
        assert not (out / "reports.jsonl").exists()
        # the library refuses too
        with pytest.raises(Exception, match="in use by another batch"):
            run_batch(folder, out, jobs=1)
    finally:
        holder.communicate(b"")
    third = subprocess.run([*BATCH, str(folder), "--out", str(out), "-j", "1", "-q"], env=ENV,
                           capture_output=True, text=True)
    assert third.returncode == 0, third.stderr


# --- 4. unreadable folders --------------------------------------------------------------------

_AS_NOBODY = """
import difflib, os, sys, tempfile
import credibility, credibility.batch, credibility.cli
# a warm-up batch as root loads every module a batch imports lazily (the interpreter's own
# library may be unreadable for 'nobody')
warm = tempfile.mkdtemp()
os.mkdir(os.path.join(warm, "in"))
with open(os.path.join(warm, "in", "a.txt"), "w") as fp:
    fp.write("Title\\n\\nThe minister said the bridge was closed, officials said.\\n")
credibility.cli.main(["batch", os.path.join(warm, "in"), "--out", os.path.join(warm, "out"),
                      "-j", "1", "-q"], standalone_mode=False)
uid = int(sys.argv[1])
os.setgroups([])
os.setgid(uid)
os.setuid(uid)
sys.argv = ["credibility", *sys.argv[2:]]
credibility.cli.main()
"""


def run_unprivileged(args: list[str]) -> subprocess.CompletedProcess:
    """Run the CLI as a user who cannot read a folder with mode 000: as root, a child that
    drops to ``nobody`` after loading the program (the interpreter may live where ``nobody``
    cannot read)."""
    if os.geteuid() != 0:
        return subprocess.run([sys.executable, "-m", "credibility.cli", *args], env=ENV,
                              capture_output=True, text=True)
    import pwd

    try:
        uid = pwd.getpwnam("nobody").pw_uid
    except KeyError:
        pytest.skip("running as root and there is no user 'nobody' to drop privileges to")
    probe = subprocess.run([sys.executable, "-c", f"import os; os.setgid({uid}); os.setuid({uid})"],
                           capture_output=True)
    if probe.returncode:
        pytest.skip("running as root without the right to drop privileges (setuid refused)")
    return subprocess.run([sys.executable, "-c", _AS_NOBODY, str(uid), *args], env=ENV,
                          capture_output=True, text=True)


@contextmanager
def shared_tmp() -> Iterator[Path]:
    """A temporary folder that the unprivileged user of :func:`run_unprivileged` may write in
    (pytest's own are private to root)."""
    base = Path(tempfile.mkdtemp(prefix="credibility-perm-"))
    try:
        os.chmod(base, 0o777)
        yield base
    finally:
        for p in [base, *base.rglob("*")]:
            if p.is_dir() and not p.is_symlink():
                os.chmod(p, 0o755)
        shutil.rmtree(base)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_unreadable_subfolder_is_an_error_and_fails_strict():
    with shared_tmp() as base:
        folder = base / "in"
        (folder / "locked").mkdir(parents=True)
        (folder / "good.txt").write_text(_STORY)
        (folder / "locked" / "hidden.txt").write_text(_STORY)
        os.chmod(folder / "locked", 0)
        for p in (folder, folder / "good.txt"):
            os.chmod(p, 0o755 if p.is_dir() else 0o644)
        out = base / "out"
        lenient = run_unprivileged(["batch", str(folder), "--out", str(out), "-j", "1"])
        assert lenient.returncode == 0, lenient.stderr
        if "hidden.txt" in (out / "reports.jsonl").read_text():
            pytest.skip("the folder was readable after all (privileges not dropped)")
        assert "1 error(s)" in lenient.stderr
        errors = [json.loads(x) for x in (out / "errors.jsonl").read_text().splitlines()]
        assert errors == [{"path": "locked", "error": "InputError", "message":
                           "locked: cannot read folder (Permission denied); its articles are "
                           "missing"}]
        strict = run_unprivileged(["batch", str(folder), "--out", str(out), "-j", "1", "-q",
                                    "--strict"])
        assert strict.returncode == 1, strict.stderr
        root = run_unprivileged(["batch", str(folder / "locked"), "--out", str(out), "-q"])
        assert root.returncode == 3, root.stderr
        assert root.stderr == (f"credibility: error: {folder / 'locked'}: cannot read folder "
                               "(Permission denied)\n")


# --- 6. deep folders --------------------------------------------------------------------------

def test_a_folder_1200_levels_deep_is_walked(tmp_path):
    folder = tmp_path / "in"
    deepest = folder
    for _ in range(1200):
        deepest = deepest / "d"
        deepest.mkdir(parents=deepest.parent == folder)
    (deepest / "bottom.txt").write_text(_STORY)
    (folder / "top.txt").write_text(_STORY)
    try:
        result = run_batch(folder, tmp_path / "out", jobs=1)
        paths = [json.loads(x)["document"]["path"]
                 for x in (tmp_path / "out" / "reports.jsonl").read_text().splitlines()]
        assert paths == ["d/" * 1200 + "bottom.txt", "top.txt"]
        assert result.errors == 0
    finally:  # rmtree recurses once per level
        (deepest / "bottom.txt").unlink()
        while deepest != folder:
            deepest.rmdir()
            deepest = deepest.parent


# --- 7 and 10. CSV cells and the dashboard ----------------------------------------------------

_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _hostile_folder(folder: Path) -> Path:
    folder.mkdir()
    title = "Quake\r=1+1\n=2+2 \u202eevil\u202c \x1b[2J\x1b]0;pwned\x07"
    (folder / "planted.json").write_text(json.dumps({"title": title, "text": CHILE_A}))
    (folder / "copy\r=3+3\u202e.txt").write_text(CHILE_A)  # a copy: one origin group
    (folder / "bad\r=4+4\n\x1b[31m.json").write_text("{oops")
    return folder


def _check_csv(text: str, name: str) -> None:
    rows = list(csv.reader(io.StringIO(text)))
    lines = text.splitlines()  # splits on CR too, as some spreadsheet importers do
    assert len(lines) == len(rows), f"{name}: a cell splits its row"
    for line in lines:
        assert not line.startswith(FORMULA_START), f"{name}: {line!r}"
    for cell in (c for row in rows for c in row):
        assert not cell.startswith(FORMULA_START) and not _CONTROLS.search(cell), (name, cell)


@pytest.mark.skipif(sys.platform != "linux", reason="file names with CR and LF")
def test_no_csv_cell_splits_a_row_or_carries_controls(tmp_path):
    folder = _hostile_folder(tmp_path / "in")
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["batch", str(folder), "--out", str(out), "-j", "1", "-q",
                                  "--html"])
    assert r.exit_code == 0, r.output
    tables = {p.name: p.read_text("utf-8") for p in out.glob("*.csv")}
    assert set(tables) == {"summary.csv", "duplicates.csv"}
    assert len(tables["duplicates.csv"].splitlines()) > 1, "the copies were not grouped"
    for name, text in tables.items():
        _check_csv(text, name)
    assert "Quake\\x0d=1+1\\x0a=2+2 \\u202eevil" in tables["summary.csv"]
    single = CliRunner().invoke(main, ["report", "-f", "csv", str(folder / "planted.json")])
    assert single.exit_code == 0
    _check_csv(single.stdout, "report -f csv")


@pytest.mark.skipif(sys.platform != "linux", reason="file names with CR and LF")
def test_dashboard_groups_show_controls_as_escapes(tmp_path):
    folder = _hostile_folder(tmp_path / "in")
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["batch", str(folder), "--out", str(out), "-j", "1", "-q",
                                  "--html"])
    assert r.exit_code == 0, r.output
    page = (out / "index.html").read_text("utf-8")
    groups = page[page.index('<section class="groups"'):page.index("</section>",
                                                                    page.index('class="groups"'))]
    assert "<li>" in groups and "copy" in groups
    assert _CONTROLS.findall(groups.replace("\n", "")) == []
    assert "\\u202e" in groups
    rows = json.loads(page.split('<script type="application/json" id="rows">')[1]
                      .split("</script>")[0])
    assert [c for row in rows for c in row[:2] if _CONTROLS.search(c)] == []


# --- 8. links planted in --out ----------------------------------------------------------------

@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_links_planted_in_out_are_not_followed(tmp_path):
    folder = _corpus(tmp_path / "in", n=2)
    out = tmp_path / "out"
    victim = tmp_path / "victim"
    victim.mkdir()
    files = {name: victim / name for name in ("journal", "lock", "summary", "dir-link-target")}
    for p in files.values():
        p.write_text("precious")
    state = out / STATE_DIR
    state.mkdir(parents=True)
    (state / "journal.jsonl").symlink_to(files["journal"])
    (state / "lock").symlink_to(files["lock"])
    (out / "summary.csv").symlink_to(files["summary"])
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (out / "articles").symlink_to(elsewhere, target_is_directory=True)
    (elsewhere / ".x.html.abcdefgh.tmp").write_text("precious")  # named like a temporary of ours
    r = CliRunner().invoke(main, ["batch", str(folder), "--out", str(out), "-j", "1", "-q",
                                  "--html", "--parquet"])
    assert r.exit_code == 0, r.output
    assert all(p.read_text() == "precious" for p in files.values())
    assert [p.name for p in elsewhere.iterdir()] == [".x.html.abcdefgh.tmp"]
    assert not (state / "journal.jsonl").is_symlink() and (out / "articles").is_dir()
    assert (out / "summary.csv").read_text().startswith("path,title")
    fresh = tmp_path / "fresh"
    run_batch(folder, fresh, jobs=1)
    assert _read(out) == _read(fresh)


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_planted_state_folder_link_is_not_followed(tmp_path):
    folder = _corpus(tmp_path / "in", n=2)
    out = tmp_path / "out"
    out.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (out / STATE_DIR).symlink_to(elsewhere, target_is_directory=True)
    run_batch(folder, out, jobs=1)
    assert list(elsewhere.iterdir()) == []
    assert (out / STATE_DIR / "journal.jsonl").is_file()


# --- 9. -o onto special files -----------------------------------------------------------------

@pytest.mark.skipif(os.name != "posix", reason="FIFOs")
def test_output_into_a_fifo_reaches_its_reader(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(_STORY)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = bytearray()

    def read():
        with open(fifo, "rb") as fp:
            got.extend(fp.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    r = CliRunner().invoke(main, ["report", "-f", "json", "-o", str(fifo), str(article)])
    reader.join(30)
    assert r.exit_code == 0, r.output
    assert json.loads(got)["document"]["title"] == "Title"
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir()] in (["a.txt", "pipe"], ["pipe", "a.txt"])


@pytest.mark.skipif(os.name != "posix", reason="character devices")
def test_output_into_a_character_device_keeps_the_device(tmp_path):
    """-o onto a null device: a copy made with mknod where we may (root), else os.devnull
    itself, which a user without root could not replace even if the check were wrong."""
    article = tmp_path / "a.txt"
    article.write_text(_STORY)
    null = tmp_path / "null"
    if os.geteuid() == 0:
        try:
            os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        except OSError:
            pytest.skip("running as root without the right to make a device (mknod)")
    else:
        null = Path(os.devnull)
    before = os.stat(null)
    assert stat.S_ISCHR(before.st_mode)
    r = CliRunner().invoke(main, ["report", "-o", str(null), str(article)])
    assert r.exit_code == 0, r.output
    after = os.stat(null)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev
    assert after.st_ino == before.st_ino
    assert not [p for p in null.parent.iterdir() if p.name.startswith(".null.")]


def test_atomic_write_still_replaces_a_regular_file_and_a_link(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    inode = target.stat().st_ino
    with atomic_write(target) as fp:
        fp.write("new")
    assert target.read_text() == "new" and target.stat().st_ino != inode
    outside = tmp_path / "outside.txt"
    outside.write_text("precious")
    link = tmp_path / "link.txt"
    link.symlink_to(outside)
    with atomic_write(link, special_files=False) as fp:
        fp.write("new")
    assert outside.read_text() == "precious" and not link.is_symlink()
