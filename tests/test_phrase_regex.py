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


BOUNDED_PIECES = PIECES + ["saying", "Saying", "adding", "and", "also", "that", ";", "—", "said",
                          "did", "not", "immediately", "respond", "comment", "sayings", "add"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(BOUNDED_PIECES), max_size=16), st.integers(-3, 90),
       st.integers(-3, 90))
def test_prefilter_agrees_with_the_regex_between_bounds(pieces, pos, endpos):
    rules = load_rules()
    text = "".join(p if p in " ,.-;—" else p + " " for p in pieces)
    for pr in (_phrase_regex(PHRASES), rules.cues.participle_cue, rules.anonymity_markers,
               rules.hedges):
        for bounds in ((pos,), (pos, endpos)):
            expected = pr.regex.search(text, *bounds)
            got = pr.search(text, *bounds)
            assert (got and got.span()) == (expected and expected.span()), (text, bounds)
            assert [m.span() for m in pr.finditer(text, *bounds)] == \
                [m.span() for m in pr.regex.finditer(text, *bounds)]


def test_a_participle_cue_is_found_between_bounds_only_where_one_stands():
    cue = load_rules().cues.participle_cue
    text = "The mayor toured the town, saying the bridge would reopen. Residents were glad."
    assert cue.search(text, 0, 60).group("cue") == "saying"
    assert cue.search(text, 60) is None             # the second sentence holds no participle
    assert cue.search(text, 0, 28) is None          # the cue is cut at the bound: "sa"


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


# ---------------------------------------------------------------------------------------------
# The required strings of a pattern (`rules.required_strings`, `rules.string_guard`)
# ---------------------------------------------------------------------------------------------

def _shipped_pattern_lists():
    rules = load_rules()
    bp = rules.boilerplate
    lists = [rules.anonymity_patterns, *bp.page.values()]
    lists += [getattr(bp, k) for k in ("provenance", "promo", "signoff", "dateline", "byline",
                                       "credit", "caption_with_credit")]
    return lists


GUARD_PIECES = ["spoke", "on", "condition", "of", "anonymity", "ANONYMITY", "asked", "not",
                "to", "be", "named", "Named", "because", "he", "citing", "who", "Authorized",
                "authorised", "speak", "Subscribe", "subscribers", "only", "Newsletter", "sign",
                "up", "All", "Rights", "Reserved", "©", "(c)", "2024", "Copyright", "Home", "|",
                "News", "›", "World", "share", "on", "Twitter", "x", "Published", "May", "3,",
                "2021", "12", "0.10", "  ", "\t", "By", "Reuters", "Ann", "Lee", "columnist",
                "@", "press@acme.com", "###", "-30-", "Media", "Contact:", "ago", "hours",
                "https://a.com/b", "ſ", "K", "İ", "é", ",", ".", ":", "-"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(GUARD_PIECES), max_size=12), st.booleans())
def test_a_text_the_string_guard_turns_away_matches_none_of_the_patterns(pieces, spaced):
    from credibility.rules import string_guard

    text = (" " if spaced else "").join(pieces)
    for patterns in _shipped_pattern_lists():
        guard = string_guard(tuple(patterns))
        if guard is not None and guard.cannot_match(text):
            assert not any(p.search(text) for p in patterns), text


def test_required_strings_of_some_patterns():
    import re

    from credibility.rules import required_strings

    def req(pattern, flags=re.IGNORECASE):
        return required_strings(re.compile(pattern, flags))

    assert req(r"spoke on (?:the )?condition of anonymity") == frozenset({"condition of anonymity"})
    assert req(r"(?:who|and)\s+asked") == frozenset({"asked"})
    assert req(r"(?:foo|bar)+\d") == frozenset({"foo", "bar"})
    assert req(r"^(?=.*\bnewsletters?\b).*$") == frozenset({"newsletter"})
    assert req(r"(?:foo)?\d+") is None                  # nothing fixed in every match
    assert req(r"(?:foo|\d)") is None
    assert req(r"(?!.*said).*") is None                 # a negative look-ahead asks nothing
    assert req(r"KELVIN") == frozenset({"kelvin"})
    assert req("\u212a") is None                        # the Kelvin sign matches "k" (IGNORECASE)
    assert req(r"(?:©|\(c\))\s*\d{4}") == frozenset({"©", "(c)"})


def test_the_shipped_anonymity_and_page_patterns_have_a_guard():
    from credibility.rules import string_guard

    rules = load_rules()
    guard = string_guard(rules.anonymity_patterns)
    assert guard is not None
    assert guard.cannot_match("The ministry said prices rose 12 percent.")
    assert not guard.cannot_match("who asked not to be named because he was not authorized")
    assert not guard.cannot_match("a source said, naïvely")     # not ASCII: searched
    page = tuple(p for patterns in rules.boilerplate.page.values() for p in patterns)
    assert string_guard(page) is not None

