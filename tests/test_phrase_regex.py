"""The phrase lists' word-set pre-filter (`rules.PhraseRegex`) never changes a result."""

from hypothesis import given, settings
from hypothesis import strategies as st

from credibility.rules import _phrase_regex, load_rules

PHRASES = ["on condition of anonymity", "not authorized", "may", "years ago", "co-founder",
           "well known", "2nd", "A.I.", "’s view", "naïve"]
PIECES = ["On", "condition", "of", "anonymity", "NOT", "authorized", "May", "maybe", "years",
          "ago", "co", "-", "founder", "well-known", "well", "known", "2nd", "A.I.", "’s",
          "view", "naïve", "NAÏVE", " ", " ", ",", ".", "_", "x"]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(PIECES), max_size=14), st.sampled_from([PHRASES, PHRASES[:8]]))
def test_prefilter_agrees_with_the_regex(pieces, phrases):
    text = "".join(p if p in " ,.-" else p + " " for p in pieces)
    pr = _phrase_regex(phrases)
    expected = pr.regex.search(text)
    got = pr.search(text)
    assert (got and got.span()) == (expected and expected.span())
    assert [m.span() for m in pr.finditer(text)] == [m.span() for m in pr.regex.finditer(text)]


def test_prefilter_on_the_shipped_lists():
    rules = load_rules()
    text = ("Officials, who spoke on condition of anonymity, said the plant will likely close "
            "years ago; sources said it may be a fiasco.")
    for pr in (rules.hedges, rules.anonymity_markers, rules.assertion.prediction,
               rules.assertion.history, rules.assertion.evaluative):
        assert [m.span() for m in pr.finditer(text)] == [m.span() for m in
                                                        pr.regex.finditer(text)]
    assert rules.anonymity_markers.search(text).group() == "on condition of anonymity"
    assert rules.hedges.search("The talks went on.") is None


def test_a_list_with_a_phrase_that_opens_without_a_word_is_not_prefiltered():
    assert _phrase_regex(["’s view", "may"]).leading is None
    assert _phrase_regex(["naïve", "may"]).leading is None
    assert _phrase_regex(["co-founder", "May"]).leading == frozenset({"co", "may"})


@settings(max_examples=400)
@given(st.lists(st.sampled_from(PIECES), max_size=14),
       st.lists(st.sampled_from(["said", "say", "sa", "s", "may", "May", "maybe", "years ago",
                                 "year", "co-founder", "co", "’s view", "A.I.", "2nd", "well",
                                 "well known", "known"]), min_size=1, max_size=8))
def test_the_trie_matches_as_the_phrases_sorted_longest_first(pieces, phrases):
    import re

    text = "".join(p if p in " ,.-" else p + " " for p in pieces)
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(sorted({re.escape(p) for p in phrases},
                                                          key=len, reverse=True))
                       + r")(?![\w-])", re.IGNORECASE)
    trie = _phrase_regex(phrases).regex
    assert [(m.span(), m.group()) for m in trie.finditer(text)] == \
        [(m.span(), m.group()) for m in plain.finditer(text)]


def test_phrases_with_letters_outside_ascii_are_not_made_a_trie():
    from credibility.rules import phrase_trie

    assert phrase_trie(["naïve", "may"]) is None
    assert phrase_trie(["’s view", "may"]) == "(?:may|’s\\ view)"
    assert phrase_trie(["’s view", "may"], space=r"\s+") == "(?:may|’s\\s+view)"
