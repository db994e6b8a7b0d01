"""Writers: the JSON contract, CSV safety, Markdown escaping, the text report's width."""

from __future__ import annotations

import csv
import io
import json

import pytest

from credibility.report import (
    CLAIM_COLUMNS,
    atomic_write,
    render,
    report_to_dict,
    safe_cell,
    write_csv,
)

SCHEMA_DOCUMENT_KEYS = {"path", "sha256", "title", "published", "outlet", "reprint_of",
                        "boilerplate"}
SCHEMA_CLAIM_KEYS = {"id", "start", "end", "text", "sentence", "source_id", "source_mention",
                     "cue", "quote", "hedged", "corroboration", "corroborated_by", "score",
                     "reasons"}


def test_json_has_every_schema_field(seed_report):
    d = report_to_dict(seed_report)
    assert d["schema_version"] == 1
    assert SCHEMA_DOCUMENT_KEYS <= set(d["document"])
    for c in d["claims"]:
        assert SCHEMA_CLAIM_KEYS <= set(c)
        assert 0 <= c["score"] <= 1
    for s in d["sources"]:
        assert {"id", "name", "kind", "anonymous", "anonymity_reason", "mentions"} <= set(s)
    assert 0 <= d["summary"]["credibility_score"] <= 100


def test_json_offsets_index_the_text(seed_report, seed_text):
    d = report_to_dict(seed_report)
    text = seed_text.lstrip("\ufeff")
    for c in d["claims"]:
        assert text[c["start"]:c["end"]] == c["text"]
        for key in ("cue", "source_mention", "hedge"):
            if c[key]:
                assert text[c[key]["start"]:c[key]["end"]] == c[key]["text"]


def test_json_passes_the_shared_schema_checker(seed_report, seed_text):
    from tests.conftest import shared_path

    checker = shared_path("eval", "check_schema.py")
    import importlib.util

    spec = importlib.util.spec_from_file_location("check_schema", checker)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.problems(report_to_dict(seed_report), seed_text) == []


def test_json_is_deterministic(seed_report):
    import credibility
    from tests.conftest import SEED

    again = credibility.analyze_file(SEED)[0]
    assert json.dumps(report_to_dict(again)) == json.dumps(report_to_dict(seed_report))


@pytest.mark.parametrize("value, expected", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+1", "'+1"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"),
    ("\rx", "'\rx"),
    ("plain", "plain"),
    (0.5, 0.5),
    (None, None),
])
def test_csv_cells_cannot_start_a_formula(value, expected):
    assert safe_cell(value) == expected


def test_csv_one_row_per_claim(seed_report):
    buf = io.StringIO()
    write_csv([seed_report], buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    # the headline first (matched against other reports, not scored), then the body's claims
    assert len(rows) == len(seed_report.claims) + 1
    assert tuple(rows[0]) == CLAIM_COLUMNS
    assert (rows[0]["claim_id"], rows[0]["assertion"], rows[0]["score"]) == ("C0", "headline", "")
    assert rows[3]["source_kind"] == "anonymous_official"
    # background is shown, not scored: an empty cell, not a 0 that a spreadsheet would average
    background = [r for r in rows if r["assertion"] == "background"]
    assert background and all(r["score"] == "" for r in background)
    unsourced = [r for r in rows if r["assertion"] == "unsourced_assertion"]
    assert unsourced and all(float(r["score"]) == 0.0 for r in unsourced)


def test_markdown_escapes_table_syntax():
    import credibility

    r = credibility.analyze("A | B\n\nThe mayor said the *budget* | [link](x) will pass, "
                            "officials said.\n")
    md = render([r], "markdown")
    assert "\\|" in md and "\\*budget\\*" in md and "\\[link\\]" in md


def test_text_report_fits_80_columns(seed_report):
    out = render([seed_report], "text")
    assert max(len(line) for line in out.splitlines()) <= 80


def test_atomic_write_leaves_old_file_on_error(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with atomic_write(target) as fp:
            fp.write("half")
            raise RuntimeError("crash")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
