"""The tool's own reports saved among the articles (trial 25, finding 6).

A journalist saved `credibility report` output beside the articles and later ran `batch` on the
folder: the saved reports were read as articles and "confirmed" the stories they report on
(cosine 1.00), raising their scores.  They are told by what the tool writes at their top, not by
their names, and skipped with a note.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from credibility.cli import main
from credibility.report import own_output

TRIAL = Path(__file__).parent / "data" / "trial25"
DATA = Path(__file__).parent / "data"

# every way a user saves a report: (command, options, file name)
SAVED = [
    ("report", [], "sports.txt"),
    ("report", ["-f", "markdown"], "sports.md"),
    ("report", ["-f", "json"], "sports.json"),
    ("report", ["-f", "json", "--include-text"], "sports_text.json"),
    ("report", ["-f", "html"], "sports.html"),
    ("uncorroborated", [], "sports_unc.txt"),
    ("uncorroborated", ["-f", "markdown"], "sports_unc.md"),
    ("uncorroborated", ["-f", "json"], "sports_unc.json"),
    ("uncorroborated", ["-f", "html"], "sports_unc.html"),
    ("report", [], "court.txt"),
]


def _save(runner: CliRunner, folder: Path) -> list[Path]:
    saved = []
    for command, options, name in SAVED:
        article = TRIAL / ("04_court.txt" if name.startswith("court") else "07_sports.txt")
        target = folder / "reports" / name
        r = runner.invoke(main, [command, *options, str(article), "-o", str(target)])
        assert r.exit_code == 0, r.output
        saved.append(target)
    return saved


def test_every_saved_report_is_told_by_its_content(tmp_path):
    for path in _save(CliRunner(), tmp_path):
        assert own_output(path.read_bytes()), path.name
    from credibility.db import metadata  # what `credibility db` writes beside its database

    assert own_output(json.dumps(metadata(), indent=2, ensure_ascii=False))
    # the same bytes under an article's name are still ours; an article is never ours
    for article in sorted(p for p in DATA.rglob("*") if p.is_file()
                          and p.suffix in {".txt", ".md", ".html", ".json", ".jsonl"}
                          and "golden" not in p.parts and p.name != "README.md"):
        assert own_output(article.read_bytes()) is None, article


def test_a_report_whose_verdict_wraps_is_told_too(tmp_path):
    """Review 25: the seed's text report wraps its header line inside the verdict ("(weakly" /
    "sourced)"), and the saved report was read as an article that confirmed its own story."""
    seed = Path(__file__).parents[1] / "seeds" / "rfa_ryanggang_special_forces.txt"
    for options, name in (([], "seed.txt"), (["-f", "markdown"], "seed.md")):
        target = tmp_path / name
        r = CliRunner().invoke(main, ["report", *options, str(seed), "-o", str(target)])
        assert r.exit_code == 0, r.output
        assert own_output(target.read_bytes()), name


def test_a_batch_skips_the_reports_saved_beside_its_articles(tmp_path):
    runner = CliRunner()
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("07_sports.txt", "04_court.txt"):
        shutil.copy(TRIAL / name, folder / name)
    saved = _save(runner, folder)
    alone = json.loads(runner.invoke(main, ["report", "-f", "json",
                                            str(TRIAL / "07_sports.txt")]).output)
    r = runner.invoke(main, ["batch", str(folder), "-o", str(tmp_path / "out"), "-j", "1"])
    assert r.exit_code == 0, r.output
    reports = [json.loads(x) for x in (tmp_path / "out" / "reports.jsonl").read_text().splitlines()]
    assert [x["document"]["path"] for x in reports] == ["04_court.txt", "07_sports.txt"]
    sports = reports[1]
    # no claim of the story is "confirmed" by its own report, and its score is its own
    assert not [c["id"] for c in sports["claims"] if c["corroborated_by"]]
    assert sports["summary"]["credibility_score"] == alone["summary"]["credibility_score"]
    errors = [json.loads(x) for x in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()]
    assert sorted(e["path"] for e in errors) == sorted(f"reports/{p.name}" for p in saved)
    assert all(e["skipped"] is True and e["own_output"] is True for e in errors)
    assert "written by credibility" in errors[0]["message"]
    n = len(saved)
    assert (f"2 article(s), 0 error(s), {n} skipped ({n} of them report(s) written by "
            "credibility") in r.output
    # --strict: a skipped report is no failure
    r = runner.invoke(main, ["batch", str(folder), "-o", str(tmp_path / "out"), "--strict"])
    assert r.exit_code == 0, r.output


@pytest.mark.parametrize("name", ["reports.jsonl", "errors.jsonl", "index.html"])
def test_an_earlier_batchs_outputs_copied_elsewhere_are_skipped(tmp_path, name):
    runner = CliRunner()
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(TRIAL / "07_sports.txt", folder / "07_sports.txt")
    (folder / "bad.txt").write_text("", encoding="utf-8")    # an errors.jsonl line
    r = runner.invoke(main, ["batch", str(folder), "-o", str(tmp_path / "first"), "--html"])
    assert r.exit_code == 0, r.output
    (folder / "bad.txt").unlink()
    (folder / "kept").mkdir()
    shutil.copy(tmp_path / "first" / name, folder / "kept" / name)
    r = runner.invoke(main, ["batch", str(folder), "-o", str(tmp_path / "out"), "-j", "1"])
    assert r.exit_code == 0, r.output
    reports = (tmp_path / "out" / "reports.jsonl").read_text().splitlines()
    assert [json.loads(x)["document"]["path"] for x in reports] == ["07_sports.txt"]
    errors = [json.loads(x) for x in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()]
    assert [(e["path"], e.get("own_output")) for e in errors] == [(f"kept/{name}", True)]


def _keys(*docs):
    from credibility import analyze_document
    from credibility.corroborate import article_key

    return [article_key(analyze_document(d)) for d in docs]


def test_a_story_inside_a_longer_page_is_one_text_with_it():
    """Why MinHash missed the report page: it estimates the Jaccard of the two texts' word
    5-shingles, and the page adds the tool's findings, tables and reasons to the story (0.51
    of the page's shingles are the story's, below near_duplicate_jaccard 0.8), though the whole
    story is inside it.  The share of the shorter text inside the longer makes them one."""
    from credibility import analyze_document
    from credibility.corroborate import cross_links
    from credibility.ingest import load, parse_bytes
    from credibility.report import render
    from credibility.rules import load_rules

    story = load(TRIAL / "07_sports.txt", display_path="07_sports.txt")[0]

    page = render([analyze_document(story)], "html")
    copy = parse_bytes(page.encode("utf-8"), "elsewhere/sports.html", "html")[0]
    keys = _keys(story, copy)
    assert keys[1].shingles > 1.8 * keys[0].shingles
    links = cross_links(keys, load_rules())
    assert {(d["path"], d["reason"]) for d in links.duplicates} == {
        ("07_sports.txt", "origin of the group"),
        ("elsewhere/sports.html", "one text inside the other")}
    assert not links.supports and not links.partly


def test_two_outlets_reports_of_one_explosion_stay_two_texts():
    from credibility.corroborate import cross_links
    from credibility.ingest import load
    from credibility.rules import load_rules

    keys = _keys(load(TRIAL / "11a_factory_fire_gazette.txt")[0],
                 load(TRIAL / "11b_factory_fire_times.txt")[0])
    assert not cross_links(keys, load_rules()).duplicates


_WIRE = """Tornado damages homes in central Kansas

By John Hanna, Associated Press
May 12, 2026

SALINA, Kan. (AP) — A tornado tore through central Kansas on Monday evening, damaging at least \
40 homes and injuring six people, the Saline County Sheriff's Office said.

The National Weather Service said the twister was rated EF-2, with winds of about 120 mph. It \
stayed on the ground for nearly eight miles.

Sheriff Roger Soldan said two of the injured were taken to hospital in Wichita. None of the \
injuries was life-threatening, he said.

Gov. Laura Kelly declared a state of emergency for Saline County on Tuesday morning and said \
state crews would help clear debris.

The storm knocked out power to about 3,000 customers, Evergy said. The utility expected to \
restore most service by Wednesday.
"""

_LOCAL_ADDS = """
Local reporting:

At the Sunset Hills subdivision, resident Maria Gomez said 12 homes on her street alone were \
badly damaged. "The roof just lifted off," she said.

Salina Fire Chief Kevin Royse said firefighters searched 40 damaged homes overnight and found \
no one trapped. He said six people were treated for injuries, two of them in Wichita.

Pastor Dale Rivers said his church had opened as a shelter and housed 25 people on Monday night.

The Red Cross said volunteers had served 300 meals by Tuesday afternoon.
"""


def test_a_wire_story_inside_a_longer_local_page_is_the_origin_of_their_group():
    """Review 25 M5: a local paper runs an AP story whole, uncredited, and adds its own
    reporting.  The two are one text, and the story inside is its origin, not the longer page
    (which sorts first: the lower index used to name the group); what the page adds in a new
    named source's voice still confirms the story."""
    from credibility.corroborate import cross_links
    from credibility.ingest import parse_bytes
    from credibility.rules import load_rules

    local = _WIRE.replace("By John Hanna, Associated Press", "By Beth Carr, Salina Journal") \
        .replace(" (AP)", "") + _LOCAL_ADDS
    from credibility import analyze_document
    from credibility.corroborate import article_key

    reports = [analyze_document(parse_bytes(local.encode(), "l_local.txt", "text")[0]),
               analyze_document(parse_bytes(_WIRE.encode(), "w_ap.txt", "text")[0])]
    links = cross_links([article_key(r) for r in reports], load_rules())
    assert {(d["origin_group"], d["path"], d["reason"]) for d in links.duplicates} == {
        ("w_ap.txt", "w_ap.txt", "origin of the group"),
        ("w_ap.txt", "l_local.txt", "one text inside the other")}
    assert links.copies == {"l_local.txt": "w_ap.txt", "w_ap.txt": "w_ap.txt"}
    # the local fire chief's count, the page's own reporting, still confirms the sheriff's;
    # the story's claims and their copies in the page confirm nothing of each other
    chief = next(c.id for c in reports[0].claims if "two of them in Wichita" in c.span.text)
    sheriff = next(c.id for c in reports[1].claims if "hospital in Wichita" in c.span.text)
    assert links.supports == {(1, sheriff): [f"l_local.txt#{chief}"],
                              (0, chief): [f"w_ap.txt#{sheriff}"]}
