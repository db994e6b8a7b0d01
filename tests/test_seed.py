"""The seed article against its hand-made gold annotation, claim by claim."""

from __future__ import annotations

import pytest

from tests.conftest import SEEDS


def _claims_by_sentence(report):
    out = {}
    for c in report.claims:
        out.setdefault(c.sentence, []).append(c)
    return out


def test_document_fields(seed_report, seed_gold):
    doc = seed_report.document
    gold = seed_gold["document"]
    assert doc.title == gold["title"]
    assert doc.published == gold["published"]
    assert doc.reprint_of == gold["reprint_of"]
    assert sorted({b.kind for b in doc.boilerplate}) == sorted(gold["boilerplate"])


def test_boilerplate_never_becomes_a_claim(seed_report):
    for b in seed_report.document.boilerplate:
        for c in seed_report.claims:
            assert not c.span.overlaps(b.span), (b, c)
    title = seed_report.document.title_span
    assert all(not c.span.overlaps(title) for c in seed_report.claims)


def test_sentences_match_gold(seed_report, seed_gold):
    starts = [s["starts"] for s in seed_gold["sentence"]]
    got = [s.span.text for s in seed_report.sentences]
    assert len(got) == len(starts)
    for text, start in zip(got, starts, strict=True):
        assert " ".join(text.split()).startswith(start)  # the seed has a no-break space


def test_sources_match_gold(seed_report, seed_gold):
    gold = seed_gold["sources"]
    assert len(seed_report.sources) == len(gold)
    for key, g in gold.items():
        match = [s for s in seed_report.sources if s.name == g["name"]]
        assert match, f"no source named {g['name']!r}"
        s = match[0]
        assert s.kind == g["kind"], key
        assert s.anonymous == g["anonymous"], key
        assert (s.anonymity_reason or "") == g["anonymity_reason"], key
        assert {m.text for m in s.mentions} == set(g["mentions"]), key


def _gold_rows(seed_gold):
    return list(enumerate(seed_gold["sentence"]))


@pytest.mark.parametrize("index", range(20))
def test_claim_matches_gold(seed_report, seed_gold, index):
    g = seed_gold["sentence"][index]
    by_sentence = _claims_by_sentence(seed_report)
    claims = by_sentence.get(index, [])
    assert len(claims) == 1, f"sentence {index}: {len(claims)} claims"
    c = claims[0]
    names = {s.id: s.name for s in seed_report.sources}
    expected = seed_gold["sources"][g["source"]]["name"] if g["source"] else None
    assert (names.get(c.source_id) if c.source_id else None) == expected
    assert (c.source_mention.text if c.source_mention else "") == g["mention"]
    assert c.quote == g["quote"]
    assert c.hedged == g["hedged"]
    assert c.corroboration == g["corroboration"]
    assert c.assertion == (g.get("assertion") if not g["source"] else None)
    by_id = {x.id: x.sentence for x in seed_report.claims}
    for field in ("corroborated_by", "partly_corroborated_by"):
        assert sorted(by_id[ref] for ref in getattr(c, field)) == g.get(field, [])


def test_attribution_frame_is_not_part_of_the_claim(seed_report):
    for c in seed_report.claims:
        if c.cue is not None:
            assert not c.span.overlaps(c.cue)
        if c.source_mention is not None:
            assert not c.span.overlaps(c.source_mention)


def test_key_claim_rests_on_one_anonymous_source(seed_report, seed_gold):
    s = seed_report.summary
    assert s.single_anonymous_key_claim is seed_gold["document"]["single_anonymous_key_claim"]
    assert any("1,500" in f and "a Ryanggang military official" in f for f in s.findings)


def test_offsets_index_the_text(seed_report):
    text = seed_report.document.text
    spans = [c.span for c in seed_report.claims]
    spans += [m for s in seed_report.sources for m in s.mentions]
    spans += [b.span for b in seed_report.document.boilerplate]
    for span in spans:
        assert text[span.start:span.end] == span.text


def test_seed_copy_is_the_shared_seed():
    from tests.conftest import SHARED

    shared = SHARED / "seeds" / "rfa_ryanggang_special_forces.txt"
    if not shared.exists():
        pytest.skip("needs ../shared/seeds (not present in a plain clone)")
    assert (SEEDS / shared.name).read_bytes() == shared.read_bytes()
