"""``credibility db`` and ``batch --db``: the batch as a SQLite database for Datasette."""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from credibility.cli import main
from credibility.tables import COLUMNS, build_rows, read_reports
from tests.test_tables import small_batch

pytest.importorskip("sqlite_utils", reason="the db extra is not installed "
                    "(pip install -e '.[db]')")

from credibility.db import (  # noqa: E402
    DB_NAME,
    FOREIGN_KEYS,
    METADATA_NAME,
    PRIMARY_KEYS,
    VIEWS,
    build_db,
    metadata,
)


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    out = small_batch(tmp_path_factory.mktemp("db"))
    build_db(out)
    return out


@pytest.fixture
def con(out):
    con = sqlite3.connect(f"file:{out / DB_NAME}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    yield con
    con.close()


QUERIES = metadata()["databases"]["credibility"]["queries"]


def _query(con, name, **params):
    return [dict(r) for r in con.execute(QUERIES[name]["sql"], params)]


def test_every_table_with_its_keys_and_indexes(con):
    tables = {r[0] for r in con.execute("select name from sqlite_master where type = 'table'")}
    assert set(COLUMNS) | {"claims_fts"} <= tables
    for name, columns in COLUMNS.items():
        info = con.execute(f"pragma table_info({name})").fetchall()
        assert [r["name"] for r in info] == list(columns)
        assert [r["name"] for r in info if r["pk"]] == [PRIMARY_KEYS[name]]
    for name, fks in FOREIGN_KEYS.items():
        found = {(r["from"], r["table"], r["to"])
                 for r in con.execute(f"pragma foreign_key_list({name})")}
        assert found == set(fks)
        indexed = {con.execute(f"pragma index_info({r['name']})").fetchone()["name"]
                   for r in con.execute(f"pragma index_list({name})")}
        assert {column for column, _, _ in fks} <= indexed, name
    assert con.execute("pragma foreign_key_check").fetchall() == []
    views = {r[0] for r in con.execute("select name from sqlite_master where type = 'view'")}
    assert views == set(VIEWS)


def test_the_database_holds_what_the_tables_hold(out, con):
    rows = build_rows(read_reports(out / "reports.jsonl"), list(read_reports(out / "errors.jsonl")))
    for name, columns in COLUMNS.items():
        got = [tuple(r) for r in con.execute(f"select * from {name}")]
        want = [tuple(int(v) if isinstance(v, bool) else v for v in (row[c] for c in columns))
                for row in rows[name]]
        assert got == want, name
    assert con.execute("select count(*) from errors where skipped = 0").fetchone()[0] == 2


def test_full_text_search_over_claims(con):
    rows = _query(con, "search_claims", q="evacuate")  # Porter: finds "evacuated"
    # the 24 flood stories and a flood record of wire.jsonl
    assert len(rows) == 25 == con.execute(
        "select count(*) from claims where text like '%evacuated%'").fetchone()[0]
    assert all("evacuated" in r["text"].lower() for r in rows)
    assert _query(con, "search_claims", q='"falling debris"')[0]["text"] == \
        "12 people were injured in Copiapo, most of them by falling debris"


def test_anonymous_share_by_outlet(con):
    rows = {r["outlet"]: r for r in _query(con, "anonymous_share_by_outlet")}
    # each flood story: one claim of "a fire service source" (anonymous), two of named sources
    assert rows["north"] == {"outlet": "north", "attributed_claims": 36, "anonymous_claims": 12,
                             "anonymous_share": 0.333, "anonymous_sources_with_reason": 0,
                             "anonymous_sources_without_reason": 12}
    assert rows["herald"]["anonymous_claims"] == 0
    shares = [r["anonymous_share"] for r in rows.values()]
    assert shares == sorted(shares, reverse=True)


def test_most_quoted(con):
    rows = _query(con, "most_quoted")
    assert rows[0]["name"] == "Dana Roe" and rows[0]["kind"] == "named_person"
    assert (rows[0]["claims"], rows[0]["articles"], rows[0]["outlets"]) == (25, 25, 3)
    assert {r["name"] for r in rows} >= {"Maria Soto", "Juan Perez"}
    assert all(r["kind"] in ("named_person", "named_organization") for r in rows)


def test_claims_only_one_origin_carries(con):
    rows = _query(con, "single_origin_claims")
    assert rows and {r["source_kind"] for r in rows} <= {
        "named_person", "named_organization", "anonymous_official", "anonymous_resident",
        "anonymous_source", "unnamed_group", "outlet", "document"}
    perez = [r for r in rows if r["source"] == "Juan Perez"]
    assert perez == [{"outlet": "courier", "path": "courier/chile_c.md", "claim_id": "C2",
                      "text": "300 people were injured in Copiapo, far more than first reported",
                      "source": "Juan Perez", "source_kind": "named_person",
                      "score": perez[0]["score"], "copies": 1}]
    # a claim of a group of copies is listed once, for the group's first article
    groups = dict(con.execute("select origin_group, articles from origin_groups"))
    paths = [r["path"] for r in rows]
    for group in groups:
        members = [p for p, in con.execute(
            "select path from articles where origin_group = ? and path != ?", (group, group))]
        assert not set(members) & set(paths)


def test_conflicts_between_outlets(con):
    rows = _query(con, "conflicts_between_outlets")
    pairs = {(r["outlet"], r["other_outlet"], r["path"], r["other_path"]) for r in rows}
    assert ("courier", "herald", "courier/chile_c.md", "herald/chile_a.txt") in pairs
    assert all(r["outlet"] != r["other_outlet"] for r in rows)
    assert len(pairs) == len(rows)  # each pair once
    mine = next(r for r in rows if r["other_path"] == "herald/chile_a.txt")
    assert "300 people" in mine["text"] and "12 people" in mine["other_text"]


def test_views(con):
    people = [dict(r) for r in con.execute("select * from people")]
    assert people[0]["name"] == "Dana Roe" and people[0]["claims"] == 25
    north = dict(con.execute("select * from outlet_profile where outlet = 'north'").fetchone())
    assert north["named_people_share"] == north["documents_share"] == 0.333
    assert north["unsourced_share"] == 0.0


def test_rebuilt_exactly_and_atomically(out, tmp_path, monkeypatch):
    copy = tmp_path / "out"
    copy.mkdir()
    for name in ("reports.jsonl", "errors.jsonl"):
        (copy / name).write_bytes((out / name).read_bytes())
    build_db(copy)
    first = list(sqlite3.connect(copy / DB_NAME).iterdump())
    assert first == list(sqlite3.connect(out / DB_NAME).iterdump())
    build_db(copy)  # over an existing database
    assert list(sqlite3.connect(copy / DB_NAME).iterdump()) == first
    # a build that fails leaves the old database, and no temporary file
    import credibility.db

    def broken(rows, path):
        sqlite3.connect(path).execute("create table half (x)")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(credibility.db, "write_db", broken)
    with pytest.raises(credibility.db.OutputError, match="disk is full"):
        build_db(copy)
    assert list(sqlite3.connect(copy / DB_NAME).iterdump()) == first
    assert sorted(p.name for p in copy.iterdir()) == sorted(
        ["reports.jsonl", "errors.jsonl", DB_NAME, METADATA_NAME, "sources.csv"])


def test_background_claims_have_no_score_in_the_database(out, con):
    rows = list(con.execute("select assertion, score, source from claims"))
    assert {a for a, _, _ in rows} >= {None, "background"}
    assert all(score is None for a, score, _ in rows if a in ("background", "headline"))
    assert all(score is not None for a, score, _ in rows if a not in ("background", "headline"))
    assert all(a is None for a, _, source in rows if source is not None)


def test_sources_csv_lists_the_people_view(out, con):
    import csv

    with open(out / "sources.csv", encoding="utf-8", newline="") as fp:
        rows = list(csv.DictReader(fp))
    view = [dict(r) for r in con.execute("select * from people")]
    assert [r["name"] for r in rows] == [r["name"] for r in view]
    assert rows[0] == {"name": "Dana Roe", "kind": "named_person", "anonymous": "False",
                       "articles": "25", "outlets": "3", "claims": "25",
                       "named_citations": "25", "anonymous_citations": "0",
                       "variants": "Dana Roe"}


def test_cli_batch_db_and_db(tmp_path):
    from tests.test_batch import _corpus

    corpus = _corpus(tmp_path / "in", n=4)
    runner = CliRunner()
    r = runner.invoke(main, ["batch", str(corpus), "--out", str(tmp_path / "out"), "--db"])
    assert r.exit_code == 0, r.output
    assert "claim(s)" in r.output and DB_NAME in r.output
    db = tmp_path / "out" / DB_NAME
    before = list(sqlite3.connect(db).iterdump())
    db.unlink()
    r = runner.invoke(main, ["db", str(tmp_path / "out"), "--quiet"])
    assert r.exit_code == 0 and r.output == ""
    assert list(sqlite3.connect(db).iterdump()) == before
    meta = json.loads((tmp_path / "out" / METADATA_NAME).read_text(encoding="utf-8"))
    assert meta == metadata()
    r = runner.invoke(main, ["db", str(tmp_path / "in")])
    assert r.exit_code == 3
    assert r.output == f"credibility: error: {tmp_path / 'in'}: no reports.jsonl " \
                       "(run `credibility batch` first)\n"
    r = runner.invoke(main, ["db", str(tmp_path / "nowhere")])
    assert r.exit_code == 3 and r.output == f"credibility: error: {tmp_path / 'nowhere'}: no " \
        "such folder (give the --out folder of `credibility batch`)\n"
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "reports.jsonl").write_text("{not json\n", encoding="utf-8")
    r = runner.invoke(main, ["db", str(tmp_path / "bad")])
    assert r.exit_code == 3 and "reports.jsonl:1: not a JSON line" in r.output
    (tmp_path / "bad" / "reports.jsonl").write_text('{"document": {}}\n', encoding="utf-8")
    r = runner.invoke(main, ["db", str(tmp_path / "bad")])
    assert r.exit_code == 3 and "report 1 is not a report object" in r.output
    assert not (tmp_path / "bad" / DB_NAME).exists()


def test_metadata_describes_every_table_and_column():
    tables = metadata()["databases"]["credibility"]["tables"]
    for name, columns in COLUMNS.items():
        assert tables[name]["description"]
        assert set(tables[name]["columns"]) == set(columns), name
    assert set(VIEWS) <= set(tables)
    assert set(QUERIES) == {"anonymous_share_by_outlet", "most_quoted", "single_origin_claims",
                            "conflicts_between_outlets", "search_claims"}


# --------------------------------------------------------------------------- Datasette


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get_json(url: str, deadline: float):
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                return json.loads(r.read())
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.25)


@pytest.mark.skipif(importlib.util.find_spec("datasette") is None,
                    reason="the datasette extra is not installed (pip install -e '.[datasette]')")
def test_datasette_serves_the_database(out):
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(out / DB_NAME), "--metadata",
         str(out / METADATA_NAME), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        env={**os.environ, "DATASETTE_SECRET": "test"})
    try:
        base = f"http://127.0.0.1:{port}/credibility"
        deadline = time.monotonic() + 60
        articles = _get_json(f"{base}/articles.json?_shape=array&_size=max", deadline)
        assert len(articles) == 31
        assert {a["outlet"] for a in articles} >= {"north", "south", "herald", "courier"}
        quoted = _get_json(f"{base}/most_quoted.json?_shape=array", deadline)
        assert quoted[0]["name"] == "Dana Roe" and quoted[0]["claims"] == 25
        found = _get_json(f"{base}/claims.json?_search=evacuate&_shape=array&_size=max",
                          deadline)
        assert len(found) == 25
        described = _get_json(f"http://127.0.0.1:{port}/-/metadata.json", deadline)
        assert "corpus_sources" in described["databases"]["credibility"]["tables"]
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stderr.close()
