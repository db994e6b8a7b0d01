"""Stage 7, batch: a folder of articles in, reports.jsonl + summary.csv + errors.jsonl out.

Two stages.  **Per article** (in parallel: ``jobs`` processes, or a Dask cluster): each file is
analysed on its own and its result is appended to a journal in ``OUT/.credibility-batch/``,
one self-checking record per file, flushed as it arrives.  Memory stays flat: the parent holds
which files are done and their compact matching keys, decoded as the records arrive.  **Across
articles**: the matching keys of every article
(:class:`credibility.corroborate.ArticleKey`) are matched
(:func:`credibility.corroborate.cross_links`), then the journal is read once more in path order
and every report is written with its cross-article links, each output file replaced atomically.

Resumable and lossless: killing a batch leaves the journal with every finished file (a torn last
record is dropped); running the same command again analyses only the files that are not in it,
or whose size or modification time changed, and the outputs equal those of an uninterrupted run.
The outputs do not depend on ``jobs`` or the scheduler: everything is ordered by path.

A bad file never stops the batch: it becomes a line of errors.jsonl.

Safe in a shared or hostile output folder: a batch holds an exclusive lock on ``OUT`` (a second
batch on it stops with :class:`~credibility.errors.OutputBusy`), clears the temporaries that a
killed run left there, and follows no symbolic link planted in it (:mod:`credibility.outputs`).
Ctrl-C and SIGTERM end the worker processes with the batch; the journal keeps what they did.
"""

from __future__ import annotations

import errno
import gc
import json
import os
import re
import stat
import sys
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from credibility.errors import CredibilityError, InputError, OutputBusy, OutputError, require_extra
from credibility.ingest import DEFAULT_MAX_BYTES, TEXT_SUFFIXES
from credibility.outputs import (
    atomic_write,
    csv_writer,
    ensure_dir,
    open_nofollow,
    remove_stale_temporaries,
)
from credibility.records import Report
from credibility.report import dumps

SUMMARY_COLUMNS = ("path", "title", "credibility_score", "claims", "attributed",
                   "anonymous_sources", "uncorroborated", "genre", "error")
DUPLICATE_COLUMNS = ("origin_group", "path", "reason", "similarity")
STATE_DIR = ".credibility-batch"
JOURNAL = "journal.jsonl"
LOCK = "lock"
OUTPUT_FILES = ("reports.jsonl", "summary.csv", "errors.jsonl", "duplicates.csv",
                "claims.parquet", "summary.parquet", "index.html")
"""What a batch writes into ``--out`` (index.html and ``articles/`` with ``--html``)."""
_JOURNAL_VERSION = 14  # 5: counted words carry kinds of action ("@death"); 6: reprint flag;
# 7: claims' word shingles (copied claims); 8: claims' participants by entity; 9: the genre
# (summary rows, matching keys); 10: outlets in one spelling, documents' authors as voices;
# 11: figures' duration and running-total flags; 12: claims' actors (organizations only);
# 13: figures' age flag, telephone numbers no figures; 14: articles' shingle counts (copies
# inside longer texts), claims' words that name kinds of action (said in links' reasons)
"""Bumped when a journal record changes shape or meaning (3: matching keys name the
participants the entity layer finds): an older journal is analysed again, not mixed in."""
_FSYNC_SECONDS = 1.0


@dataclass
class BatchResult:
    """What a batch did: how many articles, how many failed, where the outputs are."""

    out: Path
    articles: int = 0
    errors: int = 0
    skipped: list[str] = field(default_factory=list)
    own_outputs: int = 0
    """Of the skipped files, the reports this tool wrote (:func:`credibility.report.own_output`),
    saved among the articles."""
    resumed: int = 0
    """Files whose analysis was found in the journal of an earlier, interrupted run."""
    origin_groups: int = 0
    cross_links: int = 0
    cross_conflicts: int = 0
    """Cross-article conflicts (another figure for one quantity), counted between origins."""
    index_bytes: int = 0
    """Size of the cross-article index (sparse matrices) in bytes."""


def discover(folder: str | Path, skipped: list[dict] | None = None
             ) -> Iterator[tuple[Path, str]]:
    """Article files under ``folder`` (recursively, sorted; hidden names, and the outputs of an
    earlier batch in a folder that holds its ``.credibility-batch``, skipped).

    Args:
        folder: the input folder.
        skipped: a list to collect what is left out with a reason, as errors.jsonl records
            (``{"path", "error", "message", "skipped": true}``): symbolic link loops, dangling
            links, links to folders, FIFOs, sockets and devices, and links that resolve outside
            ``folder`` (an untrusted folder must not make the batch read ``~/.ssh``).

    Yields:
        (path, relative path as written in reports).  The relative path is always valid
        Unicode: a file name that is not valid UTF-8 shows its bad bytes as ``\\xNN``.
    """
    root = Path(folder)
    real_root = os.path.realpath(root)

    def skip(rel: str, why: str) -> None:
        if skipped is not None:
            skipped.append({"path": rel, "error": "Skipped", "message": f"{rel}: {why}",
                            "skipped": True})

    for dirpath, dirnames, filenames in _walk(root, skipped):
        ours: frozenset[str] = frozenset()
        if os.path.isdir(os.path.join(dirpath, STATE_DIR)):
            # an earlier batch's --out: its reports and article pages are ours, not articles
            # (read as articles they confirmed the very stories they came from); articles kept
            # in the same folder are still read
            ours = frozenset(OUTPUT_FILES)
            if "articles" in dirnames:
                skip(display_path(Path(dirpath, "articles").relative_to(root).as_posix()),
                     "report pages of an earlier `credibility batch`, not read")
                dirnames.remove("articles")
        for d in dirnames:
            rel = display_path(Path(dirpath, d).relative_to(root).as_posix())
            if d == STATE_DIR:
                continue    # a batch's own journal: never articles, not worth a note
            if d.startswith("."):
                skip(rel, "hidden folder, not read")
            elif os.path.islink(os.path.join(dirpath, d)):
                skip(rel, "symbolic link to a folder, not followed")
        dirnames[:] = [d for d in dirnames if not d.startswith(".")
                       and not os.path.islink(os.path.join(dirpath, d))]
        for name in filenames:
            p = Path(dirpath) / name
            if p.suffix.lower() not in TEXT_SUFFIXES or name in ours:
                continue
            rel = display_path(p.relative_to(root).as_posix())
            if name.startswith("."):
                skip(rel, "hidden file, not read")
                continue
            why = _not_an_article_file(p, real_root)
            if why:
                skip(rel, why)
                continue
            yield p, rel


def _walk(root: Path, unreadable: list[dict] | None
          ) -> Iterator[tuple[str, list[str], list[str]]]:
    """``os.walk(root)`` top-down, in sorted order, with a stack instead
    of recursion (a folder 1,200 levels deep must not raise ``RecursionError``).  The caller
    may prune the folder names it is given, as with ``os.walk``.

    A folder that cannot be listed (no permission) becomes an error record in ``unreadable``
    (``{"path", "error", "message"}``, not marked skipped: its articles are missing, so
    ``batch --strict`` fails).
    """
    stack = [str(root)]
    while stack:
        top = stack.pop()
        dirnames, filenames = [], []
        try:
            with os.scandir(top) as it:
                for entry in it:
                    try:
                        is_dir = entry.is_dir()
                    except OSError:
                        is_dir = False
                    (dirnames if is_dir else filenames).append(entry.name)
        except OSError as e:
            if unreadable is not None:
                rel = display_path(Path(top).relative_to(root).as_posix())
                unreadable.append({"path": rel, "error": "InputError",
                                   "message": f"{rel}: cannot read folder ({e.strerror}); "
                                              "its articles are missing"})
            continue
        dirnames.sort()
        filenames.sort()
        yield top, dirnames, filenames
        stack.extend(os.path.join(top, d) for d in reversed(dirnames))


def display_path(rel: str) -> str:
    """``rel`` as valid Unicode for the outputs: the undecodable bytes of a file name (which
    Python keeps as lone surrogates) become ``\\xNN`` escapes, so that writing reports.jsonl
    cannot fail and two such names stay apart."""
    try:
        return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that no file name decoding makes
        return rel.encode("utf-8", "backslashreplace").decode("utf-8")


_SPECIAL = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
            (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
            (stat.S_ISDIR, "a folder"))


def _not_an_article_file(path: Path, real_root: str) -> str | None:
    """Why ``path`` is skipped (a special file, a broken link, a link out of the folder), or
    None for a regular file inside the folder."""
    link = path.is_symlink()
    try:
        mode = path.stat().st_mode
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "symbolic link loop"
        if link and e.errno == errno.ENOENT:
            return "dangling symbolic link"
        if e.errno == errno.ENOENT:
            return None  # gone already: reported when it is read
        return f"cannot read ({e.strerror})"
    if link:
        target = os.path.realpath(path)
        if os.path.commonpath([real_root, target]) != real_root:
            return "symbolic link to outside the folder, not followed"
    if not stat.S_ISREG(mode):
        return next((what for test, what in _SPECIAL if test(mode)), "not a regular file")
    return None


def analyze_path(path: Path, rel: str, max_bytes: int = DEFAULT_MAX_BYTES
                 ) -> tuple[list[Report], list[dict]]:
    """Analyse one file of a batch; errors are returned as records, never raised."""
    from credibility import analyze_document
    from credibility.ingest import format_of, parse_bytes, read_bytes
    from credibility.report import own_output

    bad_records: list[CredibilityError] = []
    try:
        data = read_bytes(path, max_bytes)
        ours = own_output(data)
        if ours:
            # a report saved beside the articles it reports on: read as an article it
            # confirmed every claim it copies (trial 25)
            return [], [{"path": rel, "error": "Skipped", "message": f"{rel}: {ours}, not an "
                         "article: not read", "skipped": True, "own_output": True}]
        docs = parse_bytes(data, rel, format_of(path), bad_records)
    except CredibilityError as e:
        return [], [{"path": rel, "error": type(e).__name__, "message": _message(e, rel, path)}]
    # a JSONL file's bad records: each an error of its own, the good records still analysed
    errors = [{"path": _record_path(e, rel), "error": type(e).__name__,
               "message": _message(e, rel, path)} for e in bad_records]
    reports = []
    for d in docs:
        try:
            reports.append(analyze_document(d))
        except CredibilityError as e:
            errors.append({"path": d.path, "error": type(e).__name__, "message": str(e)})
    return reports, errors


def _record_path(error: Exception, rel: str) -> str:
    """``rel:line`` for an error about one record of a JSONL file (its message starts so)."""
    m = re.match(re.escape(rel) + r":(\d+):", str(error))
    return f"{rel}:{m.group(1)}" if m else rel


def _message(error: Exception, rel: str, path: Path) -> str:
    """The error's message, naming the file as the reports do and valid Unicode."""
    return display_path(str(error).replace(str(path), rel))


# ---------------------------------------------------------------------------------------------
# The journal: one record per finished file
# ---------------------------------------------------------------------------------------------

def _stamp(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns


def _summary_row(report: Report) -> list:
    s = report.summary
    return [report.document.path, report.document.title, s.credibility_score, s.claims,
            s.attributed, s.anonymous_sources, s.uncorroborated, report.document.genre, ""]


_FINGERPRINTED = (".py", ".toml", ".txt", ".json", ".html", ".css", ".js")


def analysis_fingerprint() -> str:
    """A digest of what an article's analysis depends on: the package's code and templates and
    the rules folder in use (``rules_dir``, $CREDIBILITY_RULES included), 16 hex digits (the
    libraries it calls are not in it: upgrading one alone resumes as before).  A
    journal record written under another fingerprint is not reused: after an upgrade or a
    rules change, resuming a batch analyses its articles again instead of mixing two analyses
    (the same code and rules resume byte-identically).  Computed once per process (tens of
    milliseconds); the rules folder is resolved once per value of $CREDIBILITY_RULES (the
    folder's resolution, a system call per component, and without the variable the shipped
    folder's lookup cost each article's journal record 0.03-0.1 ms)."""
    from credibility.rules import RULES_ENV

    key = _rules_key(os.environ.get(RULES_ENV))
    if key not in _FINGERPRINTS:
        import hashlib

        digest = hashlib.sha256()
        package = Path(__file__).resolve().parent
        for base in (package, Path(key)):
            for p in sorted(base.rglob("*")):
                # the package's own copy of the rules (an install's credibility/_rules) is not
                # hashed with the code: a clone and an install of one version agree
                if p.suffix in _FINGERPRINTED and "__pycache__" not in p.parts and p.is_file() \
                        and not (base == package and "_rules" in p.relative_to(base).parts):
                    digest.update(p.relative_to(base).as_posix().encode("utf-8") + b"\0")
                    digest.update(p.read_bytes())
        _FINGERPRINTS[key] = digest.hexdigest()[:16]
    return _FINGERPRINTS[key]


_FINGERPRINTS: dict[str, str] = {}


@cache
def _rules_key(override: str | None) -> str:
    """The rules folder in use, resolved, for one value of $CREDIBILITY_RULES (``override``;
    without it the shipped folder, which stays where it is while the process runs)."""
    from credibility.rules import rules_dir

    return str(rules_dir().resolve())


def _record(rel: str, stamp: tuple[int, int], reports: list[Report], errors: list[dict]) -> bytes:
    """A journal record: one header line (what the cross-article stage reads: matching keys,
    errors, summary rows, and a checksum of the rest), then the reports' JSON lines exactly as
    reports.jsonl will hold them when nothing links to them.  Data only: a journal planted in
    the output folder can at worst make the batch redo work, never run code."""
    from credibility.corroborate import article_key, key_to_json

    lines = "".join(dumps(r) + "\n" for r in reports).encode("utf-8")
    head = {"v": _JOURNAL_VERSION, "fp": analysis_fingerprint(), "rel": rel, "stamp": list(stamp),
            "keys": [key_to_json(article_key(r)) for r in reports], "errors": errors,
            "rows": [_summary_row(r) for r in reports], "bytes": len(lines),
            "crc": zlib.crc32(lines)}
    return json.dumps(head, ensure_ascii=False).encode("utf-8") + b"\n" + lines


def analyze_chunk(items: list[tuple[str, str, tuple[int, int]]],
                  max_bytes: int = DEFAULT_MAX_BYTES) -> list[bytes]:
    """Analyse some files of a batch (a task for a worker process or a Dask worker).

    Args:
        items: (path, relative path, (size, mtime_ns)) per file.

    Returns:
        One journal record per file.  A bug on one article (an unexpected exception) is recorded
        as that file's error, with ``"bug": true``, so that one article cannot sink a night's run.
    """
    out = []
    for path, rel, stamp in items:
        try:
            reports, errors = analyze_path(Path(path), rel, max_bytes)
        except Exception as e:  # noqa: BLE001 - a bug on one file is reported, not fatal
            reports, errors = [], [{"path": rel, "error": type(e).__name__,
                                    "message": " ".join(str(e).split())[:500], "bug": True}]
        out.append(_record(rel, stamp, reports, errors))
    return out


@dataclass(frozen=True, slots=True)
class _Entry:
    rel: str
    stamp: tuple[int, int]
    keys: list
    errors: list[dict]
    rows: list[list]
    lines_at: int
    lines_len: int


def read_journal(path: Path, keys: bool = True) -> tuple[dict[str, _Entry], int]:
    """The complete records of a journal (the last one per file wins) and where they end.

    A torn, corrupt or foreign tail (a batch killed mid-write) ends the journal there.
    With ``keys=False`` the matching keys are not decoded (what a resume needs to know).
    """
    entries: dict[str, _Entry] = {}
    good = 0
    try:
        fp = os.fdopen(open_nofollow(path, os.O_RDONLY), "rb")
    except FileNotFoundError:
        return entries, 0
    except OSError as e:
        if e.errno == errno.ELOOP:  # a link planted in OUT is no journal of ours
            return entries, 0
        raise
    with fp:
        while True:
            line = fp.readline()
            if not line.endswith(b"\n"):
                break
            try:
                entry, crc = _entry(line, good + len(line), keys)
                body = fp.read(entry.lines_len)
                if len(body) < entry.lines_len or zlib.crc32(body) != crc:
                    break
            except (ValueError, KeyError, TypeError, IndexError):
                break
            entries[entry.rel] = entry
            good = fp.tell()
    return entries, good


def _entry(head_line: bytes, lines_at: int, keys: bool = True, fresh: bool = False
           ) -> tuple[_Entry, object]:
    """The entry that a record's header line describes (its lines start at ``lines_at``) and
    the checksum its lines must have.

    Raises:
        ValueError, KeyError, TypeError, IndexError: not a header of this journal version.
    """
    from credibility.corroborate import key_from_json

    head = json.loads(head_line)
    n = head["bytes"]
    if head["v"] != _JOURNAL_VERSION or (not fresh and head["fp"] != analysis_fingerprint()) \
            or not isinstance(n, int) or n < 0:
        raise ValueError("not a journal record")    # (or one of another analysis: redone;
        #                                             a record a worker just made is this run's)
    entry = _Entry(str(head["rel"]), (int(head["stamp"][0]), int(head["stamp"][1])),
                   [key_from_json(k) for k in head["keys"]] if keys else [],
                   list(head["errors"]), list(head["rows"]), lines_at, n)
    return entry, head["crc"]


def _lines(fp, entry: _Entry) -> list[str]:
    fp.seek(entry.lines_at)
    # split on "\n" only: a JSON line may hold U+2028 and other characters splitlines() breaks on
    return fp.read(entry.lines_len).decode("utf-8").split("\n")[:-1]


# ---------------------------------------------------------------------------------------------
# Running the per-article stage
# ---------------------------------------------------------------------------------------------

def _chunks(items: list, jobs: int, most: int = 32) -> list[list]:
    size = max(1, min(most, len(items) // max(1, jobs * 8) or 1))
    return [items[i:i + size] for i in range(0, len(items), size)]


def _quiet_orphan() -> None:
    """In a worker: end quietly with the batch.  A worker whose batch was killed (SIGKILL) would
    print a BrokenPipeError traceback when it hands in its next result, or wait for work for
    ever: with SIGPIPE's default action it ends there without a word, and a watcher thread ends
    it within a second of its parent's death.  Ctrl-C reaches every process of the terminal's
    foreground group: workers ignore it and the batch ends them (SIGTERM, default action)."""
    import signal
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="orphan-watch", daemon=True).start()


def _run_local(chunks: list[list], jobs: int, max_bytes: int) -> Iterator[list[bytes]]:
    if jobs <= 1:
        for chunk in chunks:
            yield analyze_chunk(chunk, max_bytes)
        return
    import multiprocessing
    from functools import partial

    # fork on Linux: workers start at once with everything imported, and their CPU time counts
    # as the parent's children; elsewhere spawn (fork is unsafe on macOS).
    fork = sys.platform == "linux"
    if fork:
        _warm_up()
    ctx = multiprocessing.get_context("fork" if fork else "spawn")
    with ctx.Pool(jobs, initializer=_quiet_orphan) as pool:
        yield from pool.imap_unordered(partial(analyze_chunk, max_bytes=max_bytes), chunks)


_WARM_UP_ARTICLE = """Residents fear floods in Ryanggang

SEOUL, Aug 5 (Reuters) - North Korea has sent 1,500 soldiers to the border, a military official
told Reuters on Monday, asking not to be named for security reasons.
"They arrived on the 2nd," said Kim Jong-su, a resident of Hyesan. She said prices rose 12 percent.
The ministry issued a statement. A group of residents is planning to protest the deployment,
according to the newspaper.
"""
"""An article that takes every stage down its lazily loaded paths: the part-of-speech tagger, the
lemmatizer's dictionary, the matching key's hashing and MinHash libraries."""


def _warm_up() -> None:
    """Analyse a small article in this process before the workers fork from it.

    Each stage loads its libraries, lexicons and dictionaries on first use (scikit-learn and
    datasketch for the matching key, the tagger's lexicon, the lemmatizer's dictionary): about
    1.5 CPU seconds.  Loaded here once, forked workers share them instead of each loading them
    for itself; the cross-article stage of this process needs scikit-learn anyway.  The caches it
    fills are of pure functions, so no output changes.  The loaded objects are then frozen
    (``gc.freeze``): they live to the end, and no worker's full collection need walk them.
    """
    from credibility import analyze
    from credibility.corroborate import article_key

    article_key(analyze(_WARM_UP_ARTICLE))
    gc.collect()
    gc.freeze()


def _run_dask(chunks: list[list], scheduler, max_bytes: int) -> Iterator[list[bytes]]:
    require_extra("distributed", "dask", "--scheduler")
    from distributed import Client, as_completed
    own = not hasattr(scheduler, "submit")
    try:
        client = Client(scheduler, set_as_default=False) if own else scheduler
    except OSError as e:
        raise CredibilityError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
    try:
        futures = client.map(analyze_chunk, chunks, max_bytes=max_bytes, pure=False)
        for fut in as_completed(futures, loop=client.loop):
            yield fut.result()
            fut.release()
    finally:
        if own:
            client.close()


def run_batch(folder: str | Path, out: str | Path, max_bytes: int = DEFAULT_MAX_BYTES,
              progress: Callable[[int, int], None] | None = None, jobs: int | None = None,
              scheduler=None, parquet: bool = False, lock: bool = True) -> BatchResult:
    """Analyse every article under ``folder`` and write the batch outputs into ``out``.

    Args:
        folder: the input folder.
        out: the output folder (created if missing).  ``out/.credibility-batch/`` keeps the
            journal that makes a killed batch resumable; delete it to start afresh.
        max_bytes: per-file size limit.
        progress: optional callable ``(files just finished, total files)``.
        jobs: worker processes for the per-article stage (default: all cores; 1: in process).
        scheduler: a Dask scheduler address (or a ``distributed.Client``) to run the
            per-article stage on instead of local processes.
        parquet: also write ``claims.parquet`` and ``summary.parquet`` (needs pyarrow).
        lock: take the lock on ``out`` (:func:`batch_lock`); False when the caller holds it.

    Returns:
        A :class:`BatchResult`.

    Raises:
        OutputBusy: another batch is writing into ``out``.
        OutputError: ``out`` cannot be written.
        KeyboardInterrupt: Ctrl-C (or :class:`~credibility.errors.Terminated`); the journal
            keeps every finished file and the worker processes are ended.
    """
    from credibility.rules import load_rules

    folder, out = Path(folder), Path(out)
    if not folder.is_dir():
        raise CredibilityError(f"{folder}: not a folder")
    try:
        os.scandir(folder).close()
    except OSError as e:
        raise InputError(f"{folder}: cannot read folder ({e.strerror})") from None
    load_rules()  # a broken rules file stops the batch here, not once per article
    if lock:
        with batch_lock(out):
            return run_batch(folder, out, max_bytes, progress, jobs, scheduler, parquet, False)
    state = out / STATE_DIR
    try:
        ensure_dir(state)
        remove_stale_temporaries(out, OUTPUT_FILES)
        remove_stale_temporaries(out / "articles", suffix=".html")
    except OSError as e:
        raise OutputError(f"{out}: cannot create output folder ({e.strerror})") from None
    jobs = jobs or os.cpu_count() or 1
    own, root = out.resolve(), folder.resolve()
    # an --out inside FOLDER: its outputs are not articles
    skip = display_path(own.relative_to(root).as_posix()) + "/" if root in own.parents else None
    noted: list[dict] = []  # files skipped or gone before they could be read
    files = []
    for p, rel in discover(folder, noted):
        if skip is not None and rel.startswith(skip):
            continue
        try:
            files.append((str(p), rel, _stamp(p)))
        except OSError as e:  # deleted (or made unreadable) since it was listed
            why = "no such file" if e.errno == errno.ENOENT else f"cannot read ({e.strerror})"
            noted.append({"path": rel, "error": "InputError", "message": f"{rel}: {why}"})
    noted = [n for n in noted if skip is None or not (n["path"] + "/").startswith(skip)]
    journal = state / JOURNAL
    journal.touch()  # a folder without articles still gets its (empty) outputs
    # the keys of earlier runs' records are decoded now: the cross-article stage needs them
    with _no_collections():
        done, end = read_journal(journal)
    pending = [f for f in files if f[1] not in done or done[f[1]].stamp != f[2]]
    result = BatchResult(out, resumed=len(files) - len(pending),
                         skipped=[n["path"] for n in noted if n.get("skipped")])
    if progress:
        progress(len(files) - len(pending), len(files))
    if pending:
        chunks = _chunks(pending, jobs)
        runs = _run_dask(chunks, scheduler, max_bytes) if scheduler is not None \
            else _run_local(chunks, jobs, max_bytes)
        try:
            with os.fdopen(_open_own(journal, os.O_RDWR | os.O_CREAT), "r+b") as fp:
                fp.truncate(end)  # drop a torn record left by a killed run
                fp.seek(end)
                at = end
                synced = time.monotonic()
                for records in runs:
                    fp.write(b"".join(records))
                    fp.flush()
                    # decoded while the workers go on, not read back after them: this process
                    # is idle here, and the cross-article stage after them runs alone
                    with _no_collections():
                        # the garbage of the articles just analysed (in process, one job) goes
                        # first: the keys decoded after it are in no cycle and live to the end,
                        # so no collection need ever walk them; frozen, full collections while
                        # the next articles are analysed skip them too
                        gc.collect()  # cheap: it walks only what came since the last freeze
                        for record in records:
                            head = record.index(b"\n") + 1
                            entry, _ = _entry(record[:head], at + head, fresh=True)
                            done[entry.rel] = entry
                            at += len(record)
                        gc.freeze()
                    if time.monotonic() - synced > _FSYNC_SECONDS:
                        os.fsync(fp.fileno())
                        synced = time.monotonic()
                    if progress:
                        progress(len(records), len(files))
                os.fsync(fp.fileno())
        except OSError as e:
            raise OutputError(f"{journal}: cannot write ({e.strerror})") from None
        finally:
            runs.close()  # an interrupted batch ends its workers now, not when collected
    wanted = {rel: stamp for _, rel, stamp in files}
    entries = [done[rel] for rel in sorted(wanted) if rel in done and done[rel].stamp == wanted[rel]]
    # the cross-article matching runs in local processes, also when the articles ran on Dask
    gc.freeze()  # the keys live to the end: the collector's full scans skip them (see below)
    try:
        write_outputs(out, entries, journal, result, parquet, jobs=jobs, noted=noted)
    finally:
        gc.unfreeze()
    return result


@contextmanager
def batch_lock(out: str | Path) -> Iterator[None]:
    """Hold the exclusive lock on the batch output folder ``out`` (created if missing).

    A POSIX record lock (``fcntl.lockf``) on ``out/.credibility-batch/lock``: the kernel drops
    it when the process ends, however it ends, so a killed batch never leaves a stale lock,
    and forked workers do not inherit it.  (filelock, the usual library, opens its lock file
    following symbolic links, with ``O_TRUNC``; this one is opened without following them.)
    The lock keeps processes apart, not threads of one process.  Without ``fcntl`` (Windows)
    nothing is locked.

    Raises:
        OutputBusy: another process holds the lock (a batch is writing into ``out``).
        OutputError: the folder cannot be made.
    """
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        ensure_dir(out / STATE_DIR)
        fd = _open_own(out / STATE_DIR / LOCK, os.O_RDWR | os.O_CREAT)
    except OSError as e:
        raise OutputError(f"{out}: cannot create output folder ({e.strerror})") from None
    try:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX
            fcntl = None
        if fcntl is not None:
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as e:
                if e.errno not in (errno.EACCES, errno.EAGAIN):
                    raise OutputError(f"{out}: cannot lock ({e.strerror})") from None
                raise OutputBusy(f"{out}: in use by another batch (wait for it to end, or "
                                 "choose another --out)") from None
        yield
    finally:
        os.close(fd)  # releases the lock


def _open_own(path: Path, flags: int) -> int:
    """Open a file of the batch's own in OUT without following a link planted under its name:
    the link is removed and a fresh file made in its place.

    Raises:
        OSError: as :func:`os.open`.
    """
    try:
        return open_nofollow(path, flags)
    except OSError as e:
        if e.errno != errno.ELOOP:
            raise
    os.unlink(path)
    return open_nofollow(path, flags | os.O_EXCL)


@contextmanager
def _no_collections():
    """Decode journal records with the cyclic garbage collector paused.

    The matching keys are about ten small objects per claim (a million for the 19,000 Reuters
    articles), none in a cycle, and all kept to the end of the batch: no collection can free
    any of them, yet each full collection walked them all again, half of the time it took to
    decode them.  For the same reason :func:`run_batch` freezes them (``gc.freeze``) for the
    cross-article stage.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# ---------------------------------------------------------------------------------------------
# The cross-article stage and the outputs
# ---------------------------------------------------------------------------------------------

def write_outputs(out: Path, entries: list[_Entry], journal: Path, result: BatchResult,
                  parquet: bool = False, jobs: int = 1, noted: Iterable[dict] = ()) -> None:
    """Corroborate across articles and write reports.jsonl, summary.csv, errors.jsonl and
    duplicates.csv (and the Parquet tables), each replaced atomically.

    ``noted``: errors.jsonl records found before analysis (skipped files, vanished files)."""
    from credibility.corroborate import apply_links, cross_links
    from credibility.rules import load_rules

    rules = load_rules()
    keys = [k for e in entries for k in e.keys]
    links = cross_links(keys, rules, jobs=jobs)
    errors = sorted([*(err for e in entries for err in e.errors), *noted],
                    key=lambda x: str(x["path"]))
    rows: list[list] = []
    tables = _ParquetTables(out) if parquet else None
    try:
        with atomic_write(out / "reports.jsonl", special_files=False) as fp, \
                os.fdopen(open_nofollow(journal, os.O_RDONLY), "rb") as jr:
            index = 0
            for entry in entries:
                lines = _lines(jr, entry)
                for k, key in enumerate(entry.keys):
                    touched = links.touches(index, [c.id for c in key.claims])
                    if touched or tables:
                        data = json.loads(lines[k])
                        report = report_from_dict(data)
                        if touched:
                            report = apply_links(report, index, links, rules)
                            lines[k] = _patched(data, report)
                            rows.append(_summary_row(report))
                        else:
                            rows.append(entry.rows[k])
                        if tables:
                            tables.add(report)
                    else:
                        rows.append(entry.rows[k])
                    index += 1
                fp.write("".join(line + "\n" for line in lines))
        rows += [[e["path"], None, None, None, None, None, None, None, e["message"]]
                 for e in errors]
        with atomic_write(out / "summary.csv", special_files=False) as fp:
            w = csv_writer(fp)
            w.writerow(SUMMARY_COLUMNS)
            w.writerows(sorted(rows, key=lambda x: str(x[0])))
        with atomic_write(out / "errors.jsonl", special_files=False) as fp:
            for e in errors:
                fp.write(json.dumps(e, ensure_ascii=False) + "\n")
        with atomic_write(out / "duplicates.csv", special_files=False) as fp:
            w = csv_writer(fp)
            w.writerow(DUPLICATE_COLUMNS)
            for d in sorted(links.duplicates, key=lambda d: (d["origin_group"], d["path"])):
                w.writerow(d[k] for k in DUPLICATE_COLUMNS)
        if tables:
            tables.close(rows)
            tables = None
    except OSError as e:
        raise OutputError(f"{out}: cannot write batch output ({e.strerror})") from None
    finally:
        if tables:
            tables.abandon()
    failed = sum(1 for e in errors if not e.get("skipped"))
    result.articles = len(keys) + failed
    result.errors = failed
    result.skipped = [e["path"] for e in errors if e.get("skipped")]
    result.own_outputs = sum(1 for e in errors if e.get("own_output"))
    result.origin_groups = len({d["origin_group"] for d in links.duplicates})
    result.cross_links = links.independent_links()  # a story and its reprints count once
    result.cross_conflicts = links.independent_links(conflicts=True)
    result.index_bytes = links.index_bytes


def _patched(data: dict, report: Report) -> str:
    """The JSON line ``data`` with what cross-article corroboration changes taken from
    ``report``: the claims' corroboration, links, scores and reasons, the summary and the
    origin group.  Every other field stays exactly as the per-article stage wrote it."""
    from credibility.report import report_to_dict

    new = report_to_dict(report)
    data["document"]["origin_group"] = new["document"]["origin_group"]
    for old_claim, new_claim in zip(data["claims"], new["claims"], strict=True):
        for k in ("corroboration", "corroborated_by", "partly_corroborated_by",
                  "conflicts_with", "score", "reasons", "links", "assertion"):
            old_claim[k] = new_claim[k]
    data["summary"] = new["summary"]
    return json.dumps(data, ensure_ascii=False)


def report_from_dict(data: dict) -> Report:
    """A report rebuilt from its JSON object (REPORT_SCHEMA.md), enough to re-score it.

    Sentences and the article text are not in the JSON: the rebuilt report has none.
    """
    from credibility.records import Boilerplate, Claim, Document, Entity, Source, Span, Summary

    def span(d):
        return None if d is None else Span(d["start"], d["end"], d["text"])

    # keywords throughout: the records grow by added, defaulted fields (REPORT_SCHEMA is additive)
    doc = data["document"]
    document = Document(
        text=doc.get("text", ""), path=doc["path"], sha256=doc["sha256"], title=doc["title"],
        published=doc["published"], outlet=doc["outlet"], url=doc.get("url"),
        reprint_of=doc["reprint_of"],
        boilerplate=tuple(Boilerplate(span(b), b["kind"]) for b in doc["boilerplate"]),
        format=doc.get("format", "text"), language_note=doc.get("language_note"),
        genre=doc.get("genre"), genre_signal=doc.get("genre_signal"))
    sources = tuple(Source(
        id=s["id"], name=s["name"], kind=s["kind"], anonymous=s["anonymous"],
        anonymity_reason=s["anonymity_reason"], mentions=tuple(span(m) for m in s["mentions"]),
        entity_id=s.get("entity_id"), unverified=s.get("unverified", False))
        for s in data["sources"])
    entities = tuple(Entity(
        id=e["id"], kind=e["kind"], name=e["name"], named=e["named"],
        mentions=tuple(span(m) for m in e["mentions"]), source_id=e.get("source_id"))
        for e in data.get("entities") or ())
    every = tuple(Claim(
        id=c["id"], span=Span(c["start"], c["end"], c["text"]), sentence=c["sentence"],
        source_id=c["source_id"], source_mention=span(c["source_mention"]), cue=span(c["cue"]),
        quote=c["quote"], hedged=c["hedged"], hedge=span(c.get("hedge")),
        corroboration=c["corroboration"], corroborated_by=tuple(c["corroborated_by"]),
        conflicts_with=tuple(c.get("conflicts_with", ())),
        partly_corroborated_by=tuple(c.get("partly_corroborated_by", ())), score=c["score"],
        reasons=tuple(c["reasons"]), key=c.get("key", False),
        headline=c.get("headline", False), assertion=c.get("assertion"),
        links=tuple(c.get("links", ()))) for c in data["claims"])
    headline = every[0] if every and every[0].headline else None
    claims = every[1:] if headline is not None else every
    s = data["summary"]
    summary = Summary(
        credibility_score=s["credibility_score"], claims=s["claims"], attributed=s["attributed"],
        anonymous_sources=s["anonymous_sources"], named_sources=s["named_sources"],
        uncorroborated=s["uncorroborated"],
        single_anonymous_key_claim=s["single_anonymous_key_claim"],
        findings=tuple(s["findings"]), verdict=s.get("verdict", ""),
        unsourced_assertions=s.get("unsourced_assertions", 0), background=s.get("background", 0),
        standards=tuple(s.get("standards", ())))
    return Report(document, (), sources, claims, summary, doc.get("origin_group"), entities=entities,
                  headline=headline)


class _ParquetTables:
    """claims.parquet (one row per claim) written in row groups, so memory stays bounded.

    Both tables are written through :func:`atomic_write` (a temporary file of its naming,
    renamed at the end): a planted link in OUT is replaced, not followed."""

    def __init__(self, out: Path, rows_per_group: int = 50_000):
        require_extra("pyarrow", "parquet", "--parquet")
        self.out = out
        self.rows: list[dict] = []
        self.rows_per_group = rows_per_group
        self.writer = None
        self._file = atomic_write(out / "claims.parquet", "wb", special_files=False)
        self.fp = self._file.__enter__()

    def add(self, report: Report) -> None:
        from credibility.report import claim_rows

        self.rows.extend(claim_rows([report]))
        if len(self.rows) >= self.rows_per_group:
            self._flush()

    def _flush(self) -> None:
        import pandas as pd
        import pyarrow as pa
        import pyarrow.parquet as pq

        from credibility.report import CLAIM_COLUMNS

        frame = pd.DataFrame(self.rows, columns=list(CLAIM_COLUMNS)).astype(
            {"source_id": "string", "source_name": "string", "source_kind": "string",
             "anonymous": "boolean", "anonymity_reason": "string", "cue": "string"})
        table = pa.Table.from_pandas(frame, preserve_index=False)
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.fp, table.schema)
        self.writer.write_table(table)
        self.rows = []

    def close(self, summary_rows: Iterable[tuple]) -> None:
        import pandas as pd

        if self.rows or self.writer is None:
            self._flush()
        self.writer.close()
        done, self._file = self._file, None
        done.__exit__(None, None, None)
        frame = pd.DataFrame(sorted(summary_rows, key=lambda x: str(x[0])),
                             columns=list(SUMMARY_COLUMNS))
        with atomic_write(self.out / "summary.parquet", "wb", special_files=False) as fp:
            frame.to_parquet(fp, index=False)

    def abandon(self) -> None:
        """Remove the unfinished claims.parquet temporary (the batch failed or was stopped)."""
        if self._file is not None:
            stop = OSError("abandoned")
            self._file.__exit__(OSError, stop, None)  # atomic_write removes its temporary
            self._file = None
