"""Background or unsourced assertion: what a sentence in the reporter's own voice is.

A claim with no source is either *background* (dated history, widely known context, a court's
outcome on the public record, the reporter's description of the scene), which needs no source,
or a *substantive assertion* that does (a prediction, an accusation, a causal claim,
speculation, a new figure, an evaluation).
Reuters: "source every statement in every story unless it is an established fact"; AP: attribute
"any disputable facts that were not witnessed, gathered or confirmed on our own".

The decision is an ordered list of passes (:data:`PASSES`), most telling first; the first pass
that matches decides, and a sentence no pass matches is background.  The cue words live in
``rules/scoring.toml`` [assertion]; hedges in ``rules/hedges.txt``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from credibility.attribute.tokens import cardinal
from credibility.rules import Rules

BACKGROUND = "background"
ASSERTION = "unsourced_assertion"
HEADLINE = "headline"
"""The ``assertion`` of the headline claim (``Claim.headline``): neither background nor an
assertion of the body; shown, never scored."""

_YEAR = re.compile(r"(1(?<!\d1)(?<!\d[,.]1)[5-9]\d\d|2(?<!\d2)(?<!\d[,.]2)0\d\d)(?!\d|[,.]\d)")
"""A year as written ("1998", not "11998" or "1,998").  Each alternative opens with its first
digit, the look-behinds for what stands before it come after it: a search jumps from "1" or
"2" to the next at once (a look-ahead of the digits still tried the look-behinds' pattern at
every place, at twice the cost)."""
_NUMBER = re.compile(r"\d(?<![\w.,-]\d)\d*(?:[.,]\d+)*(?P<ordinal>st|nd|rd|th)?(?![\w])")
"""Digits not inside a word or a longer number.  (A digit first and the look-behind for the
character before it after it: ``re`` then jumps from digit to digit, where a pattern opening
with a look-behind is tried at every character; the same matches.)"""
_NAME = re.compile(r"(?<=[a-z,;:] )(?:[A-Z][\w'’-]+)(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]+)*")


@dataclass(frozen=True, slots=True)
class Reading:
    """How a sentence in the reporter's voice reads.

    Attributes:
        kind: ``"background"`` or ``"unsourced_assertion"``.
        cue: the pass that decided: ``question``, ``appeal to readers``, ``refusal to
            comment``, ``prediction``, ``court record``, ``accusation``, ``causal claim``,
            ``speculation``, ``judgement``, ``dated history``, ``figure``, ``evaluation`` or
            ``description or context``.
        evidence: the words that decided ("" when no pass matched).
        target: a name the accusation or evaluation is aimed at, if the sentence has one.
    """

    kind: str
    cue: str
    evidence: str = ""
    target: str = ""

    def reason(self) -> str:
        """The claim's reason in a reporter's words."""
        said = f" (\u201c{self.evidence}\u201d)" if self.evidence else ""
        target = f" aimed at {self.target}" if self.target else ""
        if self.kind == BACKGROUND:
            return (f"background: {self.cue}{said}; needs no source, not counted in the "
                    "sourcing score")
        return f"unsourced assertion: {self.cue}{said}{target}; the reporter cites no source"


def story_year(published: str | None, article_text: str = "") -> int | None:
    """The year of the story: its publication year, else the latest year the article mentions."""
    m = re.match(r"\d{4}", published or "")
    if m:
        return int(m.group())
    years = [int(y) for y in _YEAR.findall(article_text)]
    return max(years) if years else None


def dated_history(text: str, year: int | None, rules: Rules) -> str | None:
    """The words that date ``text`` well before the story, or None: a history phrase ("years
    ago", "was founded") or a year at least ``history_min_years`` before the story's ``year``."""
    cues = rules.assertion
    m = cues.history.search(text)
    if m:
        return m.group()
    if year is None:
        return None
    for m in _YEAR.finditer(text):
        if int(m.group(1)) <= year - cues.history_min_years:
            return m.group()
    return None


_TALLY = re.compile(r"[-–]\d+(?:[.,]\d+)?(?![\w-])")
"""The rest of a tally, score or range after its first number ("5-2", "3–1", "10-15")."""
_LABEL_BEFORE = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]+ $")
"""A capitalised word inside a sentence right before a number: the number is part of a name
("the Ward 4 seat", "on Route 9")."""
_WEEKDAYS = frozenset(calendar.day_name)
_AGE_AFTER = re.compile(r"[A-Z][\w'’.-]*,\s$")
"""A name and a comma right before a number: "Jo Park, 54," gives an age."""


@lru_cache(maxsize=4096)
def figure(text: str, rules: Rules) -> str | None:
    """A figure in ``text`` (a count, amount or share), or None: digits that are not a year, a
    day of the month or an ordinal ("the 2nd"), or a magnitude word ("million", "percent")."""
    cues = rules.assertion
    from credibility.corroborate.quantities import without_clock_times, without_phone_numbers

    text = without_phone_numbers(text, str(rules.directory))  # "call (202) 456-1111"
    text = without_clock_times(text, str(rules.directory))    # "at 2:40 p.m.": when
    for m in _NUMBER.finditer(text):
        digits = m.group()
        if m.group("ordinal") or _YEAR.fullmatch(digits):
            continue
        before = text[max(0, m.start() - 12):m.start()].split()
        if before and before[-1].lower().rstrip(".,") in cues.months:
            continue  # "January 21": a date
        after = text[m.end():m.end() + 12].replace("-", " ").split()
        if after and after[0].lower().rstrip(".,;") in cues.duration_units:
            continue  # "over the next 2 years", "a 10-year plan": how long, not how many
        if digits.isdigit() and int(digits) < 120 and text[m.end():m.end() + 1] == "," \
                and _AGE_AFTER.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Jo Park, 54, a ferry captain": an age, no figure to source
        label = _LABEL_BEFORE.search(text, max(0, m.start() - 30), m.start()) \
            if digits.isdigit() else None
        if label and label.group().strip() not in _WEEKDAYS:
            continue  # "the Ward 4 seat", "Route 9", "Flight 370": a name, not a count
            #           ("said Tuesday 12 people died" is a count)
        tally = _TALLY.match(text, m.end())
        return digits + tally.group() if tally else digits   # "voted 5-2": the tally whole
    words = _WORD_OR_HYPHEN.findall(text) if _counts_an_action(text, rules) else ()
    definite = rules.sources.determiners - rules.sources.indefinite
    for k, word in enumerate(words):
        if (cardinal(word) or 0) >= 2 and not (k + 1 < len(words)
                                            and words[k + 1].lower() in cues.duration_units) \
                and not (k and words[k - 1].lower() in definite):
            return word     # "Three workers were killed", not "the two leaders met"
    m = cues.figure_words.search(text)
    return m.group() if m else None


def _counts_an_action(text: str, rules: Rules) -> bool:
    """Whether the text reports a kind of action of ``[events]`` (rules/corroboration.toml):
    a number in words counts its victims, arrests or homes destroyed ("Twelve people were
    injured"), not the people a feature describes ("Two candidates share a kitchen table")."""
    from credibility.corroborate import event_kinds

    return bool(event_kinds(text, rules))


_WORD_OR_HYPHEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|\S")


def _target(text: str) -> str:
    m = _NAME.search(text)
    return m.group() if m else ""


def _search(attr: str) -> Callable[[str, int | None, Rules], str | None]:
    def find(text: str, year: int | None, rules: Rules) -> str | None:
        m = getattr(rules.assertion, attr).search(text)
        return m.group() if m else None
    return find


def _speculation(text: str, year: int | None, rules: Rules) -> str | None:
    m = rules.hedge(text)
    return m.group() if m else None


_TALLY_IN = re.compile(r"\d(?<![\w.,/-]\d)\d{0,2}[-–]\d{1,3}(?![\w.,%/-])")
"""Two numbers joined by a dash inside a text ("5-2", "2–1"), not part of a longer number,
a fraction ("12-1/2") or a percentage; whether it is a tally :func:`_public_record` tells by the
words around it."""
_WORD_AFTER = re.compile(r"\s*([\w’'-]+)")
_RESULT_REACH = 3
"""Most words between a result word and the tally after it ("beat Solihull Moors 2-1")."""


def _public_record(text: str, year: int | None, rules: Rules) -> str | None:
    """A vote's or a match's result told by its tally: a result noun (``result_nouns`` of
    scoring.toml) right after the tally ("a 2-1 win", "a 5-2 vote") or a result verb
    (``result_words``) at most ``_RESULT_REACH`` words before it ("voted 5-2", "beat Solihull
    Moors 2-1"), and after the
    tally no other word but a preposition or conjunction ("voted 4-1 to offer", "won 3-1 at
    home"; not "lost 40-50 tanks", "scheduled for 9-10 March", "aged 18-24 voted"): the result
    word, else None."""
    words = rules.assertion.result_words
    for t in _TALLY_IN.finditer(text):
        after = _WORD_AFTER.match(text, t.end())
        nxt = after.group(1).lower() if after else ""
        if nxt and rules.assertion.result_nouns.fullmatch(nxt) is not None:
            return after.group(1)       # "a 2-1 win"
        if nxt and nxt not in rules.sources.prepositions and nxt not in rules.cues.coordinators:
            continue                    # "40-50 tanks", "9-10 March": a range of something
        before = text[:t.start()].split()[-_RESULT_REACH - 1:]
        found = next((w.strip(",.;:") for w in reversed(before)
                      if words.fullmatch(w.strip(",.;:").lower()) is not None), None)
        if found:
            return found                # "voted 5-2", "beat Solihull Moors 2-1"
    return None


def _question(text: str, year: int | None, rules: Rules) -> str | None:
    """A question asks and asserts nothing ("When will the ban be lifted?"): the question
    mark that ends it."""
    return "?" if text.rstrip(" \t\"”’')").endswith("?") else None


def _refusal(text: str, year: int | None, rules: Rules) -> str | None:
    """A refusal to comment or no reply (``no_statement`` of rules/cues.toml: "The board will
    not comment on personnel matters"): recorded, never scored, so no prediction either."""
    m = rules.cues.no_statement.search(text)
    return m.group() if m else None


PASSES: tuple[tuple[str, str, Callable[[str, int | None, Rules], str | None]], ...] = (
    ("question", BACKGROUND, _question),
    ("appeal to readers", BACKGROUND, _search("appeal")),
    ("refusal to comment", BACKGROUND, _refusal),
    ("prediction", ASSERTION, _search("prediction")),
    ("court record", BACKGROUND, _search("court_record")),
    ("public record", BACKGROUND, _public_record),
    ("vague attribution", ASSERTION, _search("vague_attribution")),
    ("accusation", ASSERTION, _search("accusation")),
    ("causal claim", ASSERTION, _search("causal")),
    ("speculation", ASSERTION, _speculation),
    ("judgement", ASSERTION, _search("judgement")),
    ("dated history", BACKGROUND, dated_history),
    ("figure", ASSERTION, lambda text, year, rules: figure(text, rules)),
    ("evaluation", ASSERTION, _search("evaluative")),
)
"""(cue, kind, finder) in order: a question asserts nothing, nor a refusal to comment; a
prediction needs a source; a court's outcome is public record; an accusation, causal claim,
speculation or judgement needs a source even about the past; dated history is background even
with a figure in it; a figure or an evaluation about the present needs a source."""


@lru_cache(maxsize=4096)
def classify(text: str, year: int | None, rules: Rules) -> Reading:
    """Read one sentence in the reporter's own voice.

    Args:
        text: the claim's text.
        year: the story's year (:func:`story_year`; years well before it make history), or
            None.
        rules: the loaded rules.

    Returns:
        The :class:`Reading`: background or unsourced assertion, with the pass and words that
        decided.
    """
    for cue, kind, find in PASSES:
        evidence = find(text, year, rules)
        if evidence:
            target = _target(text) if cue in ("accusation", "evaluation") else ""
            return Reading(kind, cue, evidence, target)
    return Reading(BACKGROUND, "description or context")
