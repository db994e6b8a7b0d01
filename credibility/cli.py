"""The ``credibility`` command: a thin click layer over the library.

Every command parses options, calls one library function and writes the result.  Errors a user
can cause become one line on stderr and a documented exit code; ``-v`` shows the traceback.
"""

from __future__ import annotations

import os
import re
import signal
import sys
import threading
from dataclasses import replace
from pathlib import Path

import click

from credibility import __version__
from credibility.errors import (
    INTERRUPTED_EXIT,
    CredibilityError,
    InputError,
    OutputError,
    Terminated,
    printable,
)
from credibility.ingest import DEFAULT_MAX_BYTES, TEXT_SUFFIXES

FORMATS = ("text", "markdown", "json", "csv", "html")
"""The names of :data:`credibility.report.WRITERS` (a test keeps them equal); spelled out here so
that ``credibility --help`` does not import the analyzer (NLTK takes a second to load)."""

FORMAT_BY_SUFFIX = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                    ".json": "json", ".jsonl": "json", ".csv": "csv", ".html": "html",
                    ".htm": "html"}
"""The output format that ``-o FILE`` implies when ``--format`` is not given."""


def output_format(fmt: str | None, output: str | None) -> str:
    """The format to write: ``--format``, else the one ``-o``'s extension names, else text.

    Raises:
        click.UsageError: ``--format`` contradicts the extension of ``-o`` (exit code 2).
    """
    suffix = Path(output).suffix.lower() if output else ""
    implied = FORMAT_BY_SUFFIX.get(suffix)
    if fmt and implied and fmt != implied:
        raise click.UsageError(f"--format {fmt} contradicts -o {output} (its extension means "
                               f"{implied}); drop one or make them agree")
    if not fmt and not implied and suffix:
        # "-o report.pdf" would otherwise be plain text under a name that promises otherwise
        click.echo(f"credibility: warning: {printable(output)}: no format is written as "
                   f"{printable(suffix)}; writing text (--format chooses one of "
                   f"{', '.join(FORMATS)})", err=True)
    return fmt or implied or "text"


class _Group(click.Group):
    """Maps errors to one line on stderr and an exit code; tracebacks only with -v.

    A :class:`CredibilityError` (something about the input or the set-up) exits with its own
    code (see :mod:`credibility.errors`).  Anything else is a bug: it is named as one, exits 1
    and asks for the ``-v`` traceback rather than dumping it on a user who cannot act on it.
    """

    def invoke(self, ctx):
        try:
            with _Signals():
                return super().invoke(ctx)
        except click.exceptions.UsageError as e:
            if e.__class__.__name__ == "NoArgsIsHelpError":
                raise       # a command run bare shows its help, as Click does
            # one line, like every other error, with where to look ("--max-bytes 0")
            where = e.ctx.command_path if e.ctx is not None else ctx.command_path
            click.echo(f"credibility: error: {printable(e.format_message())} (see `{where} "
                       "--help`)", err=True)
            ctx.exit(e.exit_code)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except KeyboardInterrupt as e:  # Ctrl-C, or SIGTERM (Terminated): one line, no traceback
            if ctx.params.get("verbose"):
                raise
            resume = "; rerun the same command to resume" \
                if ctx.invoked_subcommand == "batch" else ""
            click.echo(f"credibility: interrupted{resume}", err=True)
            ctx.exit(getattr(e, "exit_code", INTERRUPTED_EXIT))
        except CredibilityError as e:
            if ctx.params.get("verbose"):
                raise
            click.echo(f"credibility: error: {printable(str(e))}", err=True)
            ctx.exit(e.exit_code)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(1)
        except MemoryError:
            if ctx.params.get("verbose"):
                raise
            click.echo("credibility: error: out of memory (try a smaller --max-bytes)", err=True)
            ctx.exit(1)
        except Exception as e:
            if ctx.params.get("verbose"):
                raise
            detail = printable(" ".join(str(e).split())[:200])
            click.echo(f"credibility: internal error (a bug): {type(e).__name__}: {detail} "
                       "(run `credibility -v ...` for the traceback and please report it)",
                       err=True)
            ctx.exit(1)


class _Signals:
    """While a command runs: SIGTERM raises :class:`Terminated` (a KeyboardInterrupt, so that
    the clean-up of Ctrl-C runs: temporaries removed, workers ended) and SIGINT raises
    KeyboardInterrupt, in this process only.  A process forked meanwhile (a worker) inherits
    the handlers: there Ctrl-C, which the terminal sends to every process of the group, is
    ignored (its parent ends it) and SIGTERM ends it at once, without a traceback.  After the
    first signal the next ones are ignored, so that a second Ctrl-C cannot cut the clean-up
    short; the old handlers are back when the command ends."""

    def __enter__(self):
        self.pid = os.getpid()
        self.stopping = False
        self.old = {}
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self.old[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc):
        for sig, old in self.old.items():
            signal.signal(sig, old)
        return False

    def _handle(self, signum, frame):
        if os.getpid() != self.pid:  # in a forked worker
            if signum == signal.SIGTERM:
                signal.signal(signum, signal.SIG_DFL)
                os.kill(os.getpid(), signum)
            return
        if self.stopping:
            return
        self.stopping = True
        if signum == signal.SIGTERM:
            raise Terminated()
        raise KeyboardInterrupt()


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="credibility")
@click.option("-v", "--verbose", is_flag=True, help="Show tracebacks for errors.")
def main(verbose: bool) -> None:
    """Who says what in a news article, and how well it is supported."""


_RECORD_ERROR = re.compile(r"^\S.*?:\d+: ")
"""An input error about one record of a file of several ("feed.jsonl:3: empty article")."""


def _load(article: str, max_bytes: int, fmt: str | None):
    """Reports for ARTICLE (a path, or - for standard input)."""
    from credibility import analyze_document, ingest

    if article == "-":
        data = ingest.read_stream(sys.stdin.buffer, max_bytes, "standard input")
        docs = ingest.parse_bytes(data, "-", fmt or "auto")  # Markdown, JSON(L), HTML sniffed
    else:
        try:
            docs = ingest.load(article, max_bytes, fmt)
        except InputError as e:
            if not (fmt == "jsonl" or article.lower().endswith((".jsonl", ".ndjson"))) \
                    or not _RECORD_ERROR.match(str(e)):
                raise
            # one bad record of a JSON Lines file (trial 22: nothing was shown of the others)
            raise InputError(f"{e}; `credibility batch` reads each record on its own and lists "
                             "those it cannot in errors.jsonl") from None
    for d in docs:
        if d.language_note:
            click.echo(f"credibility: warning: {printable(str(d.path))}: {d.language_note}",
                       err=True)
    return [analyze_document(d) for d in docs]


def _single_page(reports: list, fmt: str, article: str) -> list:
    """``reports``, unless an HTML page was asked for several articles: that is refused.

    Raises:
        click.UsageError: HTML output of a file that holds more than one article (exit code 2).
    """
    if fmt == "html" and len(reports) > 1:
        raise click.UsageError(
            f"{article} holds {len(reports)} articles and --format html writes one page: put "
            "them in a folder and run `credibility batch FOLDER --out OUT --html` (one page per "
            "article), or use --format json (JSON Lines)")
    return reports


def _emit(text: str, output: str | None) -> None:
    if output is None:
        try:
            click.echo(text, nl=False)
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as e:
            raise OutputError(f"standard output: cannot write ({e.strerror})") from None
        return
    from credibility.report import atomic_write

    try:
        Path(output).parent.mkdir(parents=True, exist_ok=True)  # as batch does with --out
        with atomic_write(output) as fp:
            fp.write(text)
    except (FileExistsError, NotADirectoryError) as e:
        # a folder on the way is a file: "File exists" alone does not say which
        blocker = next((p for p in Path(output).parents if p.exists() and not p.is_dir()), None)
        why = f"{blocker} is a file, not a folder" if blocker is not None else e.strerror
        raise OutputError(f"{output}: cannot write ({why})") from None
    except OSError as e:
        raise OutputError(f"{output}: cannot write ({e.strerror})") from None


_article = click.argument("article", type=click.Path(dir_okay=True, allow_dash=True,
                                                     readable=False))  # unreadable: exit 3
_format = click.option(
    "-f", "--format", "fmt", type=click.Choice(FORMATS), default=None,
    help="Output format [default: from the -o extension (.txt .md .json .csv .html), else text]. "
         "JSON of a file with several articles (JSONL) is JSON Lines, one report per line; "
         "html needs a single article.")
_output = click.option("-o", "--output", type=click.Path(dir_okay=False),
                       help="Write to this file (atomically; missing folders are created) "
                            "instead of standard output.")
_max_bytes = click.option("--max-bytes", type=click.IntRange(1), default=DEFAULT_MAX_BYTES,
                          show_default=True, help="Refuse larger inputs.")
_input_format = click.option("--input-format", type=click.Choice(
    ["text", "markdown", "html", "json", "jsonl"]),
    help="Input format [default: by suffix; standard input is sniffed].")


@main.command()
@_article
@_format
@_output
@click.option("--include-text", is_flag=True, help="JSON: add the analysed text (document.text).")
@_max_bytes
@_input_format
def report(article, fmt, output, include_text, max_bytes, input_format):
    """Analyse ARTICLE: sources, claims, corroboration and scores.

    ARTICLE is a .txt, .md, .html or .json/.jsonl file, or - for standard input.
    """
    from credibility.report import render, terminal_color, write_json, write_text

    fmt = output_format(fmt, output)
    reports = _single_page(_load(article, max_bytes, input_format), fmt, article)
    if fmt == "json":
        import io

        buf = io.StringIO()
        write_json(reports, buf, include_text=include_text)
        _emit(buf.getvalue(), output)
    elif fmt == "text":
        import io

        buf = io.StringIO()
        write_text(reports, buf, color=output is None and terminal_color(sys.stdout))
        _emit(buf.getvalue(), output)
    else:
        _emit(render(reports, fmt), output)


@main.command()
@_article
@_format
@_output
@click.option("--include-unattributed", is_flag=True,
              help="Also list sentences in the reporter's own voice.")
@_max_bytes
@_input_format
def uncorroborated(article, fmt, output, include_unattributed, max_bytes, input_format):
    """List the claims of ARTICLE that no independent source supports."""
    from credibility.report import render

    fmt = output_format(fmt, output)
    wanted = {"single_source"} | ({"unattributed"} if include_unattributed else set())
    reports = [replace(r, claims=tuple(c for c in r.claims if c.corroboration in wanted),
                       headline=None)
               for r in _single_page(_load(article, max_bytes, input_format), fmt, article)]
    if fmt == "text":
        import io

        from credibility.report import write_uncorroborated_text

        buf = io.StringIO()
        write_uncorroborated_text(reports, buf)
        _emit(buf.getvalue(), output)
    else:
        _emit(render(reports, fmt), output)


@main.command()
@click.argument("folder", type=click.Path(readable=False))
@click.option("-o", "--out", required=True, type=click.Path(file_okay=False),
              help="Output folder for reports.jsonl, summary.csv, errors.jsonl, duplicates.csv.")
@_max_bytes
@click.option("-j", "--jobs", type=click.IntRange(1), default=None,
              help="Worker processes for the per-article stage [default: all cores].")
@click.option("--scheduler", metavar="ADDRESS",
              help="Run the per-article stage on this Dask cluster (needs the dask extra, "
                   "pip install 'news-credibility[dask]').")
@click.option("--parquet", is_flag=True, help="Also write claims.parquet and summary.parquet.")
@click.option("--html", is_flag=True,
              help="Also write index.html (a dashboard) and one page per article in articles/.")
@click.option("--strict", is_flag=True, help="Exit 1 when any article could not be analysed.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or closing line.")
@click.option("--db", "database", is_flag=True,
              help="Also write credibility.db, a SQLite database for Datasette (see `db`).")
def batch(folder, out, max_bytes, jobs, scheduler, parquet, html, strict, quiet, database):
    """Analyse every article under FOLDER and corroborate claims across them.

    Resumable: run the same command again after an interruption and it finishes the rest.
    """
    from credibility.batch import batch_lock
    from credibility.errors import require_extra

    if Path(folder).is_file():
        raise InputError(f"{folder}: is a file, not a folder (use `credibility report` for one "
                         "article)")
    if not Path(folder).is_dir():
        raise InputError(f"{folder}: no such folder")
    # an option whose extra is missing fails now (exit 8), not after the whole batch has run
    for wanted, module, extra, option in ((database, "sqlite_utils", "db", "--db"),
                                          (parquet, "pyarrow", "parquet", "--parquet"),
                                          (scheduler, "distributed", "dask", "--scheduler")):
        if wanted:
            require_extra(module, extra, option)
    with batch_lock(out):  # OUT in use by another batch: exit 7
        _batch_locked(folder, out, max_bytes, jobs, scheduler, parquet, html, strict, quiet,
                      database)


def _batch_locked(folder, out, max_bytes, jobs, scheduler, parquet, html, strict, quiet,
                  database):
    """The batch command, run while it holds the lock on OUT."""
    from credibility.batch import run_batch

    with _progress_bar(quiet) as progress:
        result = run_batch(folder, out, max_bytes=max_bytes, jobs=jobs, scheduler=scheduler,
                           parquet=parquet, progress=progress, lock=False)
    if not result.articles:
        click.echo(f"credibility: warning: no articles found in {printable(str(folder))} "
                   f"(looked for {' '.join(sorted(TEXT_SUFFIXES))} files); wrote empty outputs",
                   err=True)
    if not quiet:
        resumed = f" ({result.resumed} file(s) from an earlier run)" if result.resumed else ""
        skipped = f", {len(result.skipped)} skipped" if result.skipped else ""
        if result.own_outputs:
            skipped += (f" ({result.own_outputs} of them report(s) written by credibility, "
                        "not articles: see errors.jsonl)")
        click.echo(f"{result.articles} article(s){resumed}, {result.errors} error(s){skipped}, "
                   f"{result.cross_links} cross-article link(s), {result.cross_conflicts} "
                   f"conflict(s), {result.origin_groups} group(s) of copies -> {result.out}",
                   err=True)
    if html:
        from credibility.html import write_dashboard_from_outdir

        try:
            index = write_dashboard_from_outdir(out, folder)
        except OSError as e:
            raise OutputError(f"{out}: cannot write the dashboard ({e.strerror})") from None
        if not quiet:
            click.echo(f"dashboard -> {index}", err=True)
    if database:
        _write_db(out, quiet)
    if strict and result.errors:
        sys.exit(1)


@main.command()
@click.argument("out", type=click.Path(file_okay=False))
@click.option("-q", "--quiet", is_flag=True, help="No closing line.")
def db(out, quiet):
    """(Re)build OUT/credibility.db from the batch output folder OUT.

    The database is made from OUT/reports.jsonl and OUT/errors.jsonl alone; browse it with
    `datasette OUT/credibility.db --metadata OUT/credibility-metadata.json`.
    """
    from credibility.batch import batch_lock

    if not Path(out).is_dir():  # nothing to lock, and nothing to create: build_db says why
        _write_db(out, quiet)
        return
    with batch_lock(out):  # a batch still writing OUT: exit 7
        _write_db(out, quiet)


def _write_db(out: str, quiet: bool) -> None:
    from credibility.db import build_db

    result = build_db(out)
    if not quiet:
        click.echo(f"{result.articles} article(s), {result.claims} claim(s), "
                   f"{result.bytes:,} bytes -> {result.path}", err=True)


class _progress_bar:
    """A tqdm bar on stderr when it is a terminal (and not --quiet); else nothing."""

    def __init__(self, quiet: bool):
        self.bar = None
        self.quiet = quiet or not sys.stderr.isatty()

    def __enter__(self):
        if self.quiet:
            return None
        from tqdm import tqdm

        # no monitor thread: the batch forks worker processes, and forking with threads is unsafe
        tqdm.monitor_interval = 0
        self.bar = tqdm(unit="file", file=sys.stderr, desc="articles", dynamic_ncols=True)

        def update(n: int, total: int) -> None:
            self.bar.total = total
            self.bar.update(n)

        return update

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.close()
        return False


if __name__ == "__main__":  # pragma: no cover
    main()
