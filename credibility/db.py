"""A batch as a SQLite database for Datasette, built from ``OUT/reports.jsonl``.

``credibility db OUT`` (or ``credibility batch FOLDER --out OUT --db``) writes
``OUT/credibility.db``, ``OUT/credibility-metadata.json`` (and refreshes ``OUT/sources.csv``);
then::

    datasette OUT/credibility.db --metadata OUT/credibility-metadata.json

browses it, with table and column descriptions and the canned queries of
``credibility/datasette/metadata.json``.  The database holds the tables of
:mod:`credibility.tables` (the same rows :func:`credibility.tables.tables` gives pandas) with
primary keys, foreign keys, indexes on the join columns, full-text search over claim text
(SQLite FTS5, Porter stemming) and two views, ``people`` and ``outlet_profile``.

The database is made only from reports.jsonl and errors.jsonl, so a batch that was killed and
resumed, or a database deleted by hand, is rebuilt exactly: the same rows with the same ids.
It is written with sqlite-utils into a temporary file beside it and renamed over the old one
when complete, so a reader never sees half a database.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from credibility.errors import InputError, OutputError, require_extra
from credibility.tables import (
    COLUMNS,
    PEOPLE_COLUMNS,
    PROFILE_COLUMNS,
    build_rows,
    read_reports,
    write_sources_file,
)

DB_NAME = "credibility.db"
METADATA_NAME = "credibility-metadata.json"

PRIMARY_KEYS = {name: ("outlet" if name == "outlets" else
                       "origin_group" if name == "origin_groups" else "id") for name in COLUMNS}

FOREIGN_KEYS: dict[str, list[tuple[str, str, str]]] = {
    "articles": [("outlet", "outlets", "outlet"),
                 ("origin_group", "origin_groups", "origin_group")],
    "entities": [("article_id", "articles", "id"), ("source", "sources", "id")],
    "sources": [("article_id", "articles", "id"), ("entity", "entities", "id"),
                ("corpus_source", "corpus_sources", "id")],
    "mentions": [("article_id", "articles", "id"), ("source", "sources", "id"),
                 ("entity", "entities", "id")],
    "claims": [("article_id", "articles", "id"), ("source", "sources", "id")],
    "links": [("claim", "claims", "id"), ("other_claim", "claims", "id"),
              ("article_id", "articles", "id"), ("other_article_id", "articles", "id")],
}
"""table -> (column, other table, other column); every one is indexed."""

INDEXES = {
    "articles": [["path"], ["published"]],
    "claims": [["corroboration"], ["source_kind"]],
    "sources": [["kind"]],
    "corpus_sources": [["kind", "claims"]],
    "links": [["relation"]],
}
"""Indexes beyond the foreign keys: the filters and facets people use."""

ORDER = ("outlets", "origin_groups", "articles", "corpus_sources", "entities", "sources",
         "mentions", "claims", "links", "errors")
"""Creation order: a table after the tables it points at (entities.source is added after)."""

VIEWS = {
    "people": "select id as corpus_source, " + ", ".join(PEOPLE_COLUMNS)
              + " from corpus_sources order by claims desc, articles desc, name",
    "outlet_profile": "select outlet, articles, claims, "
                      + ", ".join(f"round(1.0 * {c} / max(claims, 1), 3) as {c}_share"
                                  for c in PROFILE_COLUMNS)
                      + ", anonymous_with_reason, anonymous_without_reason, anonymous_share"
                      + " from outlets order by outlet",
}


@dataclass
class DbResult:
    """What :func:`build_db` wrote."""

    path: Path
    metadata: Path
    articles: int
    claims: int
    bytes: int


def metadata() -> dict:
    """The Datasette metadata shipped with the package (descriptions and canned queries)."""
    text = resources.files("credibility").joinpath("datasette/metadata.json").read_text("utf-8")
    return json.loads(text)


def _sqlite_utils():
    return require_extra("sqlite_utils", "db", "the database")


def write_db(rows: dict[str, list[dict]], path: str | Path) -> None:
    """Write the tables of :func:`credibility.tables.build_rows` into a new SQLite file.

    The schema (types, primary and foreign keys), the indexes, the full-text index and the
    views are made with sqlite-utils, as Datasette expects them.

    Args:
        rows: ``{table: [row, ...]}`` as :func:`~credibility.tables.build_rows` returns.
        path: the database file to create (it must not exist).
    """
    sqlite_utils = _sqlite_utils()
    db = sqlite_utils.Database(path)
    # a new file that is renamed into place only when complete: no journal needed
    db.execute("pragma journal_mode = off")
    db.execute("pragma synchronous = off")
    with db.conn:
        for name in ORDER:
            fks = [fk for fk in FOREIGN_KEYS.get(name, ()) if fk[1] in db.table_names()]
            db.create_table(name, COLUMNS[name], pk=PRIMARY_KEYS[name], foreign_keys=fks)
    # the one cycle (a source is an entity, an entity may be a source), while the tables are empty
    db.add_foreign_keys([("entities", "source", "sources", "id")])
    db.execute("pragma foreign_keys = off")  # the rows are consistent by construction
    with db.conn:
        for name in ORDER:
            _insert(db, name, rows[name])
    for name, fks in FOREIGN_KEYS.items():
        for column, _, _ in fks:
            db[name].create_index([column])
    for name, indexes in INDEXES.items():
        for columns in indexes:
            db[name].create_index(columns)
    db["claims"].enable_fts(["text"], tokenize="porter")
    for name, sql in VIEWS.items():
        db.create_view(name, sql)
    db.execute("pragma analysis_limit = 1000")  # statistics from a sample: enough for joins
    db.execute("analyze")
    db.conn.commit()
    db.close()


_REPORT_KEYS = ("document", "sources", "claims", "summary")


def _checked(reports: Iterator[dict], path: Path) -> Iterator[dict]:
    """The reports, each checked to be a report object (REPORT_SCHEMA.md) at the top level."""
    for n, report in enumerate(reports, 1):
        if not isinstance(report, dict) or any(k not in report for k in _REPORT_KEYS):
            raise InputError(f"{path}: report {n} is not a report object (no "
                             f"{', '.join(_REPORT_KEYS)})")
        yield report


def _insert(db, name: str, rows: list[dict]) -> None:
    """Append ``rows`` to the table ``name`` that :func:`write_db` made with sqlite-utils.

    One prepared statement for all rows (``executemany``), not ``Table.insert_all``: the
    values are already plain ``int``/``float``/``str``/``None``, and insert_all's per-value
    conversion was two thirds of the whole build on the Reuters corpus (benchmarks/db.md).
    """
    columns = list(COLUMNS[name])  # our own names: quoted, never user text
    sql = (f'insert into "{name}" (' + ", ".join(f'"{c}"' for c in columns)
           + ") values (" + ", ".join("?" * len(columns)) + ")")
    db.conn.executemany(sql, ([row[c] for c in columns] for row in rows))


def build_db(out: str | Path) -> DbResult:
    """(Re)build ``OUT/credibility.db`` and its Datasette metadata from a finished batch.

    Args:
        out: a batch output folder holding ``reports.jsonl`` (and ``errors.jsonl``).

    Returns:
        A :class:`DbResult`.

    Raises:
        InputError: ``out`` is no folder or holds no reports.jsonl, or a line of it is not
            JSON.
        OutputError: the database cannot be written.
    """
    out = Path(out)
    if not out.is_dir():
        raise InputError(f"{out}: no such folder (give the --out folder of `credibility batch`)")
    if not (out / "reports.jsonl").is_file():
        raise InputError(f"{out}: no reports.jsonl (run `credibility batch` first)")
    _sqlite_utils()
    rows = build_rows(_checked(read_reports(out / "reports.jsonl"), out / "reports.jsonl"),
                      list(read_reports(out / "errors.jsonl")))
    target = out / DB_NAME
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{DB_NAME}.", suffix=".tmp", dir=out)
    except OSError as e:
        raise OutputError(f"{target}: cannot write ({e.strerror})") from None
    os.close(fd)
    os.unlink(tmp)  # sqlite creates it
    try:
        write_db(rows, tmp)
        with open(tmp, "rb") as fp:
            os.fsync(fp.fileno())
        os.replace(tmp, target)
        from credibility.report import atomic_write

        with atomic_write(out / METADATA_NAME) as fp:
            json.dump(metadata(), fp, indent=2, ensure_ascii=False)
            fp.write("\n")
        write_sources_file(out, rows)
    except OSError as e:
        raise OutputError(f"{target}: cannot write ({e.strerror})") from None
    except sqlite3.Error as e:
        raise OutputError(f"{target}: cannot write ({e})") from None
    finally:
        for leftover in (tmp, tmp + "-journal"):
            if os.path.exists(leftover):
                os.unlink(leftover)
    return DbResult(target, out / METADATA_NAME, len(rows["articles"]), len(rows["claims"]),
                    target.stat().st_size)
