"""The JSON Schema shipped in the package (credibility/report_schema.json) holds for every writer's
JSON and for every example report in reports/; docs/REPORT_SCHEMA.md describes the same fields."""

from __future__ import annotations

import copy
import io
import json
from importlib import resources

import pytest

from tests.conftest import ROOT, SEED, iter_spans

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the test extra")


@pytest.fixture(scope="module")
def validator():
    schema = json.loads((resources.files("credibility") / "report_schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _valid(validator, obj) -> None:
    errors = sorted(validator.iter_errors(obj), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


def test_golden_json_report(validator):
    _valid(validator, json.loads((ROOT / "reports" / "rfa_ryanggang_special_forces.json")
                                 .read_text(encoding="utf-8")))


def test_golden_batch_reports(validator):
    lines = (ROOT / "reports" / "batch-example" / "reports.jsonl").read_text(encoding="utf-8")
    assert lines.strip()
    for line in lines.splitlines():
        _valid(validator, json.loads(line))


@pytest.mark.parametrize("include_text", [False, True])
def test_write_json_one_and_several(validator, seed_report, include_text):
    from credibility.report import write_json

    for reports in ([seed_report], [seed_report, seed_report]):
        buf = io.StringIO()
        write_json(reports, buf, include_text=include_text)
        out = buf.getvalue()
        objs = [json.loads(out)] if len(reports) == 1 else [json.loads(x) for x in out.splitlines()]
        assert len(objs) == len(reports)
        for obj in objs:
            _valid(validator, obj)
            if include_text:
                text = obj["document"]["text"]
                assert all(text[s["start"]:s["end"]] == s["text"] for s in iter_spans(obj))


def test_every_input_format(validator, tmp_path):
    import credibility

    story = SEED.read_text(encoding="utf-8")
    (tmp_path / "a.md").write_text("# Title\n\n" + story, encoding="utf-8")
    (tmp_path / "a.html").write_text(f"<html><title>T</title><body><p>{story}</p></body></html>",
                                     encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": story, "url": "http://x"}) + "\n",
                                      encoding="utf-8")
    for name in ("a.md", "a.html", "a.jsonl"):
        for r in credibility.analyze_file(tmp_path / name):
            _valid(validator, r.to_dict(include_text=True))


def test_batch_output(validator, tmp_path):
    from credibility.batch import run_batch

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes(SEED.read_bytes())
    run_batch(src, tmp_path / "out", jobs=1)
    for line in (tmp_path / "out" / "reports.jsonl").read_text(encoding="utf-8").splitlines():
        _valid(validator, json.loads(line))


def test_entities_are_optional_but_checked_when_present(validator, seed_report):
    obj = seed_report.to_dict()
    obj["sources"][0]["entity_id"] = "E1"
    obj["entities"] = [{"id": "E1", "kind": "group", "name": "sources in the region",
                        "named": False, "mentions": [obj["sources"][0]["mentions"][0]],
                        "source_id": obj["sources"][0]["id"], "added_later": 1}]
    obj["some_added_field"] = {"any": "thing"}
    _valid(validator, obj)
    bad = copy.deepcopy(obj)
    bad["entities"][0]["kind"] = "martian"
    assert list(validator.iter_errors(bad))


@pytest.mark.parametrize("break_it", [
    lambda o: o.pop("summary"),
    lambda o: o["claims"][0].update(corroboration="maybe"),
    lambda o: o["claims"][0].update(score=1.5),
    lambda o: o["sources"][0].update(kind="alien"),
    lambda o: o["document"].update(sha256="nope"),
    lambda o: o["claims"][0].update(cue={"start": 0}),
    lambda o: o.update(schema_version=2),
], ids=["no-summary", "corroboration", "score", "source-kind", "sha256", "span", "version"])
def test_the_schema_refuses_broken_reports(validator, seed_report, break_it):
    obj = seed_report.to_dict()
    break_it(obj)
    assert list(validator.iter_errors(obj))


def test_the_document_names_every_added_field():
    doc = (ROOT / "docs" / "REPORT_SCHEMA.md").read_text(encoding="utf-8")
    schema = json.loads((ROOT / "credibility" / "report_schema.json").read_text())
    for section in ("document", "sources", "claims", "summary"):
        props = schema["properties"][section]
        props = props.get("items", props)["properties"]
        for name in props:
            assert name in doc, f"docs/REPORT_SCHEMA.md does not mention {section}.{name}"
