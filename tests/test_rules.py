"""Broken rules files: the message names the file, the line and what was expected."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from credibility.errors import RulesError
from credibility.rules import RULES_ENV, load_rules, rules_dir
from tests.conftest import ROOT

RULES = ROOT / "rules"


@pytest.fixture()
def rules_copy(tmp_path) -> Path:
    """A private copy of rules/ to break."""
    d = tmp_path / "rules"
    shutil.copytree(RULES, d, ignore=shutil.ignore_patterns("__pycache__", "__init__.py"))
    return d


def _line_of(path: Path, pattern: str) -> int:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if re.search(pattern, line):
            return n
    raise AssertionError(f"{pattern!r} not in {path}")


def _load(d: Path) -> None:
    load_rules.cache_clear()
    try:
        load_rules(str(d))
    finally:
        load_rules.cache_clear()


def test_the_shipped_rules_load():
    assert load_rules().directory == rules_dir()


def test_the_default_rules_and_their_folder_by_name_are_one_object():
    """The batch loads the default rules; the entity lexicon and the matching key ask for
    them by the folder's name: one reading of the rules files, not two."""
    assert load_rules(str(load_rules().directory)) is load_rules()


def test_unknown_top_level_key_names_file_and_line(rules_copy):
    f = rules_copy / "cues.toml"
    f.write_text(f.read_text(encoding="utf-8") + '\n\nstrong_verb = ["said"]\n', encoding="utf-8")
    line = _line_of(f, r"^strong_verb =")
    with pytest.raises(RulesError) as e:
        _load(rules_copy)
    assert str(e.value).startswith(f"{f}:{line}: unknown key strong_verb (expected one of: ")
    assert "strong_verbs" in str(e.value)


def test_unknown_key_in_a_table_names_its_line(rules_copy):
    f = rules_copy / "corroboration.toml"
    text = f.read_text(encoding="utf-8")
    assert "[within_article]" in text
    f.write_text(text.replace("[within_article]", "[within_article]\nmin_shared_wrods = 3", 1),
                 encoding="utf-8")
    line = _line_of(f, r"^min_shared_wrods")
    with pytest.raises(RulesError, match=re.escape(
            f"{f}:{line}: unknown key within_article.min_shared_wrods (expected one of: ")):
        _load(rules_copy)


def test_wrong_type_names_line_key_and_expected(rules_copy):
    f = rules_copy / "corroboration.toml"
    text = f.read_text(encoding="utf-8")
    new = re.sub(r"(?m)^min_shared_words\s*=.*$", 'min_shared_words = "three"', text, count=1)
    assert new != text
    f.write_text(new, encoding="utf-8")
    line = _line_of(f, r"^min_shared_words")
    with pytest.raises(RulesError, match=re.escape(
            f"{f}:{line}: within_article.min_shared_words: expected an integer, got str")):
        _load(rules_copy)


def test_wrong_item_type_in_a_list(rules_copy):
    f = rules_copy / "anonymity.toml"
    text = f.read_text(encoding="utf-8")
    new = re.sub(r"(?m)^markers\s*=\s*\[", "markers = [42, ", text, count=1)
    assert new != text
    f.write_text(new, encoding="utf-8")
    line = _line_of(f, r"^markers")
    with pytest.raises(RulesError, match=re.escape(
            f"{f}:{line}: markers[0]: expected a string, got int")):
        _load(rules_copy)


def test_missing_key(rules_copy):
    f = rules_copy / "anonymity.toml"
    text = f.read_text(encoding="utf-8")
    new = re.sub(r"(?ms)^markers\s*=\s*\[.*?\]\s*$", "", text, count=1)
    assert new != text
    f.write_text(new, encoding="utf-8")
    with pytest.raises(RulesError, match=re.escape(
            f"{f}: missing key markers (expected a list of a string in the top level)")):
        _load(rules_copy)


@pytest.mark.parametrize("broken, line, col, expected", [
    ('strong_verbs = ["said"\nnoun_cues', 2, 1, "Unclosed array (expected ',' or ']')"),
    ("= 3", 1, 1, "Invalid statement (expected `key = value` or a [table] header)"),
    ('x = "unterminated', 1, 18, "(expected the closing quote before the end of the line)"),
    ("[table\nx = 1", 1, 7, "Expected ']' at the end of a table declaration"),
    ("a = 1\na = 2", 2, 6, "Cannot overwrite a value (expected each key once)"),
    ("a = tru", 1, 5, "Invalid value (expected a string in quotes, a number"),
    ("a = [1,", None, None, "Invalid value at the end of the file"),
], ids=["unclosed-array", "no-key", "unterminated-string", "unclosed-header", "duplicate",
        "bad-value", "truncated"])
def test_broken_toml_names_line_and_what_was_expected(rules_copy, broken, line, col, expected):
    f = rules_copy / "cues.toml"
    f.write_text(broken + "\n", encoding="utf-8")
    with pytest.raises(RulesError) as e:
        _load(rules_copy)
    where = f"{f}:{line}:{col}" if line else str(f)
    assert str(e.value).startswith(f"{where}: not valid TOML: "), str(e.value)
    assert expected in str(e.value)


def test_toml_that_is_not_utf8(rules_copy):
    f = rules_copy / "cues.toml"
    f.write_bytes(b'strong_verbs = ["caf\xe9"]\n')
    with pytest.raises(RulesError, match=re.escape(f"{f}: not valid TOML")):
        _load(rules_copy)


def test_word_list_that_is_not_utf8_names_the_line(rules_copy):
    f = rules_copy / "hedges.txt"
    f.write_bytes(f.read_bytes() + b"\nreportedly\ncaf\xe9 au lait\n")
    line = f.read_bytes().split(b"\n").index(b"caf\xe9 au lait") + 1
    with pytest.raises(RulesError, match=re.escape(f"{f}:{line}: not UTF-8")):
        _load(rules_copy)


def test_bad_regex_names_file_line_and_key(rules_copy):
    f = rules_copy / "anonymity.toml"
    text = f.read_text(encoding="utf-8")
    new = re.sub(r"(?m)^patterns\s*=\s*\[", 'patterns = ["(unclosed", ', text, count=1)
    assert new != text
    f.write_text(new, encoding="utf-8")
    line = _line_of(f, r"^patterns")
    with pytest.raises(RulesError, match=re.escape(
            f"{f}:{line}: patterns[0]: not a valid regular expression")):
        _load(rules_copy)


def test_missing_file_and_folder(rules_copy, tmp_path):
    (rules_copy / "sources.toml").unlink()
    with pytest.raises(RulesError, match=re.escape(f"{rules_copy / 'sources.toml'}: rules file "
                                                   "missing")):
        _load(rules_copy)
    with pytest.raises(RulesError, match="rules folder not found"):
        _load(tmp_path / "nowhere")


def test_cli_exits_5_with_the_message(rules_copy, tmp_path, monkeypatch):
    from credibility.cli import main

    f = rules_copy / "cues.toml"
    f.write_text(f.read_text(encoding="utf-8") + "\nbogus = 1\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nThe minister said the bridge was closed.\n", encoding="utf-8")
    monkeypatch.setenv(RULES_ENV, str(rules_copy))
    load_rules.cache_clear()
    try:
        r = CliRunner().invoke(main, ["report", str(article)])
    finally:
        load_rules.cache_clear()
    line = _line_of(f, r"^bogus")
    assert r.exit_code == 5
    assert r.stderr.startswith(f"credibility: error: {f}:{line}: unknown key bogus")
    assert len(r.stderr.splitlines()) == 1


def test_env_var_pointing_nowhere(tmp_path, monkeypatch):
    monkeypatch.setenv(RULES_ENV, str(tmp_path / "nowhere"))
    load_rules.cache_clear()
    try:
        with pytest.raises(RulesError, match=f"rules folder not found \\(from \\${RULES_ENV}\\)"):
            load_rules()
    finally:
        load_rules.cache_clear()


def test_pattern_without_its_named_groups_names_the_line(rules_copy):
    f = rules_copy / "cues.toml"
    text = f.read_text(encoding="utf-8")
    new = re.sub(r"(?m)^signature\s*=.*$", "signature = 'no groups here'", text, count=1)
    if new == text:
        pytest.skip("cues.toml has no one-line signature pattern")
    f.write_text(new, encoding="utf-8")
    line = _line_of(f, r"^signature")
    with pytest.raises(RulesError, match=re.escape(f"{f}:{line}: signature: the pattern needs")):
        _load(rules_copy)


def test_event_families_name_known_kinds(rules_copy):
    from credibility.rules import load_event_families

    families = load_event_families(str(rules_copy))
    assert families["seism"] == {"quake"}
    (rules_copy / "event_families.txt").write_text("seism\tvolcano\n", encoding="utf-8")
    load_event_families.cache_clear()
    with pytest.raises(RulesError, match=r"event_families.txt: entry 1 .*kinds of \[events\]"):
        load_event_families(str(rules_copy))
    (rules_copy / "event_families.txt").unlink()
    load_event_families.cache_clear()
    assert load_event_families(str(rules_copy)) == {}  # a rules folder of an older release


def test_event_families_are_generated_from_the_events_lists(tmp_path):
    """rules/event_families.txt is what benchmarks/wordnet_events.py makes of today's [events]
    (an edit of [events] without regenerating it fails here)."""
    pytest.importorskip("wn", reason="the `wordnet` extra (pip install -e '.[wordnet]') is not "
                        "installed: WordNet is needed only to regenerate the file")
    import runpy

    script = runpy.run_path(str(ROOT / "benchmarks" / "wordnet_events.py"))
    out = tmp_path / "event_families.txt"
    assert script["main"](["--rules", str(RULES), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == (RULES / "event_families.txt").read_text(
        encoding="utf-8")


def test_world_first_names_are_generated_from_nam_dict(tmp_path):
    """rules/first_names_world.txt is what benchmarks/world_first_names.py makes of nam_dict.txt
    (gender-guesser 0.4.0) and today's rules (a place or title added to the rules drops out of
    the list only when it is regenerated)."""
    pytest.importorskip("gender_guesser", reason="gender-guesser (pip install -e '.[names]') "
                        "is not installed: it is needed only to regenerate the file")
    import runpy

    script = runpy.run_path(str(ROOT / "benchmarks" / "world_first_names.py"))
    out = tmp_path / "first_names_world.txt"
    assert script["main"](["--rules", str(RULES), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == (RULES / "first_names_world.txt").read_text(
        encoding="utf-8")


@pytest.mark.parametrize("name, gender", [
    ("Khalid", "m"), ("Oksana", "f"), ("Bogdan", "m"), ("Satoshi", "m"), ("Luc", "u"),
    ("Maria", "f"),     # first_names.txt (US Census) keeps its own cue
    ("Andrea", "u"),    # first_names_either.txt still rules
    # left out: an English word, the first word of a city, a title, a particle
    ("Said", None), ("San", None), ("Sultan", None), ("Abu", None), ("Bin", None),
])
def test_first_names_of_other_countries(name, gender):
    from credibility.entities.lexicon import load_lexicon

    assert load_rules(str(RULES)).sources.first_name_genders.get(name) == gender
    if gender in {"m", "f"}:
        assert load_lexicon(str(RULES)).first_names.get(name) == gender


@pytest.mark.parametrize(("old", "new", "message"), [
    ('anaphors = ["party"]', 'anaphors = ["party", "bloc"]',
     "organizations.families.party.anaphors: 'bloc' is not one of organizations.anaphors"),
    ('names = ["Court", "Tribunal"]', 'names = ["Court", "Tribunal", "Bank"]',
     "organizations.families.court.names: 'Bank' is already in family 'bank'"),
])
def test_organization_families_name_known_anaphors_once(rules_copy, old, new, message):
    f = rules_copy / "sources.toml"
    text = f.read_text(encoding="utf-8")
    assert old in text
    f.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(RulesError, match=re.escape(message)):
        _load(rules_copy)


# ------------------------------------------------------------------------------------------------
# first_char_guard: a lookahead of the first characters, never a different match
# ------------------------------------------------------------------------------------------------

GUARD_TEXTS = [
    "Officials, who spoke on condition of anonymity, declined to comment on Tuesday.",
    "KELVIN \u212a and long \u017f, \u0130stanbul and dotless \u0131: odd case folds; 5 men, 2nd.",
    "\u201cWe didn\u2019t say that,\u201d she said \u2014 and then: \u2018no.\u2019 -Jo Ma",
    "", " ", "a", "A\nB\n\nC",
]


@pytest.mark.parametrize("pattern, flags, guard", [
    (r"\b(?:did not|refused)\s+comment", re.I, "(?=[dr])"),
    (r"(?<![\w-])(?:on condition|who spoke)", re.I, "(?=[ow])"),
    (r"(?:[,;]\s+|\s+and\s+)(?P<cue>adding|saying)", re.I, r"(?=[\U0000002c\U0000003b\s])"),
    (r"(?:(?:who|as)\s+)?(?:is\s+)?not\s+authorized", re.I, "(?=[ainw])"),
    (r"(?:\d+|two|three) (?:men|women)", 0, r"(?=[\dt])"),
])
def test_a_guard_is_the_first_characters_of_the_alternatives(pattern, flags, guard):
    from credibility.rules import first_char_guard

    guarded = first_char_guard(re.compile(pattern, flags))
    assert guarded.pattern == guard + "(?:" + pattern + ")"
    assert guarded.flags == re.compile(pattern, flags).flags


@pytest.mark.parametrize("pattern", [
    r"said",                    # one literal: re skips ahead as fast by itself
    r"^(?:menu|search)$",       # anchored: one place is tried
    r"(?:a|b)?",                # may match nothing: a match can start anywhere
    r"(?:.|x)y",                # any character
    r"(?:[^a]|b)c",             # a negated class
    r"(?:(?i:a)|b)c",           # a flag changed inside
    r"(?P<q>['\"])(?:x|y)(?P=q)",
])
def test_no_guard_where_it_gains_nothing_or_the_first_characters_are_unknown(pattern):
    from credibility.rules import first_char_guard

    rx = re.compile(pattern)
    assert first_char_guard(rx) is rx


def _rule_patterns(obj, depth=0):
    """Every compiled pattern the rules hold (PhraseRegex: its regex)."""
    from credibility.rules import PhraseRegex

    if isinstance(obj, PhraseRegex):
        yield obj.regex
    elif isinstance(obj, re.Pattern):
        yield obj
    elif depth < 4 and isinstance(obj, (list, tuple)):
        for x in obj:
            yield from _rule_patterns(x, depth + 1)
    elif depth < 4 and isinstance(obj, dict):
        for x in obj.values():
            yield from _rule_patterns(x, depth + 1)
    elif depth < 4 and hasattr(obj, "__dataclass_fields__"):
        for name in obj.__dataclass_fields__:
            yield from _rule_patterns(getattr(obj, name), depth + 1)


def test_guarded_rule_patterns_find_what_they_found_without_the_guard(seed_text):
    guarded = [p for p in _rule_patterns(load_rules()) if p.pattern.startswith("(?=[")]
    assert len(guarded) > 20     # the phrase lists, the cues, the anonymity patterns, ...
    for p in guarded:
        plain = re.compile(p.pattern[p.pattern.index("])(?:") + 5:-1], p.flags)
        for text in [seed_text, *GUARD_TEXTS]:
            assert ([m.span() + m.groups() for m in p.finditer(text)]
                    == [m.span() + m.groups() for m in plain.finditer(text)]), p.pattern[:80]
            for at in range(0, len(text), 7):
                got, want = p.match(text, at), plain.match(text, at)
                assert (got and got.span() + got.groups()) == (want and want.span() + want.groups())


def _function_words() -> frozenset[str]:
    """English function words the rules list (articles, determiners, prepositions,
    conjunctions, relative and personal pronouns): what a word list in code would hold."""
    rules = load_rules()
    src, cues = rules.sources, rules.cues
    return (src.determiners | src.prepositions | src.articles | src.definite
            | src.pronouns_singular | src.pronouns_plural | cues.coordinators
            | cues.relative_words)


def test_no_lists_of_english_words_in_code():
    """Word lists live in rules/ (STYLE.md: rules are data): no set, tuple or list literal of
    two or more lower-case words, one of them a function word, in the package's code
    ({"a", "an", "the"} in anonymity.member_reason was one)."""
    import ast

    function_words = _function_words()
    found = []
    for path in sorted((ROOT / "credibility").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.Set, ast.Tuple, ast.List)) and len(node.elts) >= 2:
                words = [e.value for e in node.elts
                         if isinstance(e, ast.Constant) and isinstance(e.value, str)]
                if len(words) == len(node.elts) and all(re.fullmatch(r"[a-z]+", w) for w in words) \
                        and function_words & set(words):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {words}")
    assert not found, "word lists in code (move them to rules/):\n" + "\n".join(found)


def test_member_openers_come_from_the_rules(rules_copy):
    """"Another official" shares the reason of the officials granted anonymity before it
    because ``people.member_openers`` lists "another": without it, no reason."""
    import credibility

    text = ("Three officials, who spoke on condition of anonymity because the talks are "
            "private, said the deal was close. Another official said the deal would be signed "
            "on Friday.")

    def reasons(directory: Path) -> list:
        load_rules.cache_clear()
        try:
            report = credibility.analyze(text, rules=load_rules(str(directory)))
        finally:
            load_rules.cache_clear()
        return [s.anonymity_reason for s in report.sources]

    assert reasons(rules_copy)[-1] == "because the talks are private"
    f = rules_copy / "sources.toml"
    f.write_text(f.read_text(encoding="utf-8").replace(
        'member_openers = ["another", "one"]', 'member_openers = ["one"]'), encoding="utf-8")
    assert reasons(rules_copy)[-1] is None
