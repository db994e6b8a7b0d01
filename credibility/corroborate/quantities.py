"""Figures as people write them, and what they count.

"Thirty workers were injured", "injured 12 workers", "about 300 of the troops", "$2bn",
"hundreds of people", "two-thirds of the homes" each become a :class:`Quantity`: a range of
values, a unit and the words that say what is counted.  Two figures can agree or conflict only
when they are of the same quantity: the same unit and a shared counted word ("12 workers
injured" and "12 hospitalised" are different quantities; "Thirty workers were injured" and
"injured 12 workers" are one quantity with two values).

Cardinal number words are read by text2num (``text_to_num.alpha2digit``, Allo-Media, MIT);
scales, vague figures ("hundreds of"), fractions, approximators ("about", "at least") and units
come from ``rules/quantities.toml``.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from credibility.rules import can_start, phrase_trie, rules_dir

INFINITY = float("inf")


KIND_MARK = "@"
"""Marks a kind of action among a figure's counted words ("@death", "@injury"); no word
starts with it."""


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure of a claim.

    ``low``/``high``: the values it allows (equal for an exact figure; ``high`` may be
    ``inf``: "more than 30"); ``value``: the figure as written (30 for "about 30");
    ``unit``: ``"%"``, a currency sign or ``""``; ``thing``: the content words near it
    (stemmed, synonyms folded) that say what it counts; ``text``: the words as written.
    """

    low: float
    high: float
    value: float
    unit: str
    thing: frozenset[str]
    text: str
    duration: bool = False
    """The figure says how long ("two years", "a 10-year plan"; ``[durations]``), not how
    many."""
    running: bool = False
    """The figure is a running total ("the war has killed more than 14,000", "since March";
    ``[running_totals]``), not one event's count."""
    age: bool = False
    """The figure is a person's age ("a 16-year-old boy", "aged 16"; ``[ages]``): it tells who,
    not what happened, so it is no fact of its own for :func:`unmatched`."""
    ordinal: bool = False
    """The figure is an ordinal written in words ("its fifth day", text2num's "5th"): it
    places the event in a series, which two reports of one event share, but counts nothing
    (no figure a lede rests on)."""
    part: frozenset[str] = frozenset()
    """What makes it count a part of a larger number: the degrees its clause says
    ("critically injured": ``"critical"``; ``[degrees]``) and ``"of"`` for a partitive ("Three
    of the injured")."""

    def same_quantity(self, other: Quantity) -> bool:
        """Whether two figures count the same thing (same unit, a shared counted word; a
        figure with no counted word nearby is taken to count what the other counts).  Counted
        words that name kinds of action (marked ``KIND_MARK`` + kind, see
        :func:`credibility.corroborate.features`) must agree when both figures have them:
        "killed 12 people" and "200 people were injured" count different things."""
        if self.unit != other.unit or self.running != other.running:
            return False    # a running total and one event's count are other quantities
        if self.part - PARTITIVE != other.part - PARTITIVE:
            return False    # "three critically injured" counts a part of "42 injured"
        if not self.thing or not other.thing:
            return True
        if self.duration != other.duration:
            return False    # "five departments" is no length of time ("more than four
            #                 hours", trial 19)
        kinds_a = {w for w in self.thing if w[:1] == KIND_MARK}
        kinds_b = {w for w in other.thing if w[:1] == KIND_MARK}
        if kinds_a and kinds_b and kinds_a.isdisjoint(kinds_b):
            return False
        return not (self.thing - kinds_a).isdisjoint(other.thing - kinds_b)

    def counts_action(self) -> bool:
        """Whether its counted words name a kind of action (``KIND_MARK``: "injured",
        "killed")."""
        return any(w[:1] == KIND_MARK for w in self.thing)

    def agrees(self, other: Quantity) -> bool:
        """Whether the two ranges meet (300 is within 150-300; "about 30" meets 32)."""
        return self.low <= other.high and other.low <= self.high

    def touches(self, other: Quantity) -> bool:
        """Whether two ranges, neither one figure, meet at an end only ("nearly four hours",
        3.4-4, and "more than four hours", 4-8): no evidence either way."""
        return self.low < self.high and other.low < other.high and (
            self.high == other.low or other.high == self.low)

    def describe(self) -> str:
        """The range in words: "300", "150–300", "at least 30"."""
        if self.high == INFINITY:
            return f"at least {_fmt(self.low)}{self.unit if self.unit == '%' else ''}"
        if self.low == self.high:
            return _fmt(self.value) + (self.unit if self.unit == "%" else "")
        return f"{_fmt(self.low)}–{_fmt(self.high)}" + (self.unit if self.unit == "%" else "")


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class QuantityRules:
    scales: dict[str, float]
    vague: dict[str, tuple[float, float]]
    fractions: dict[str, float]
    before: dict[str, tuple[float, float]]
    after: dict[str, tuple[float, float]]
    units: dict[str, str]
    words_before: int
    words_after: int
    pattern: re.Pattern
    protected: re.Pattern
    """Vague figures and fractions, in one capturing group (text2num must not read them)."""
    anchor: re.Pattern
    """Where a figure can be: digits, a vague figure, a fraction."""
    mixed: dict[str, float]
    """Fractions inside a figure ("one and *a half* million", "*half* a million")."""
    mixed_forms: tuple[re.Pattern, ...]
    """The forms of a figure with a fraction in it, see :func:`_mixed_forms`."""
    clock: re.Pattern
    """A clock time ("10pm", "10:30 a.m.", "2200 GMT"): no figure."""
    not_labels: frozenset[str] = frozenset()
    """Capitalised words before a figure that leave it a count ("Tuesday 12 people died")."""
    durations: frozenset[str] = frozenset()
    """Words after a figure that make it a duration ("two *years*")."""
    running: re.Pattern | None = None
    """Words in a figure's clause that make it a running total (``[running_totals]``)."""
    phone_regions: tuple[str, ...] = ()
    """Regions whose telephone numbers are no figures (``[phone_numbers]``)."""
    call_before: frozenset[str] = frozenset()
    call_after: frozenset[str] = frozenset()
    """Words before / after an emergency number that make it one ("dialled 999", "911
    calls")."""
    ages: re.Pattern | None = None
    """Words after a figure that make it an age, in group 1 ("16-*year-old*"; ``[ages]``)."""
    age_units: dict[str, str] | None = None
    aged: re.Pattern | None = None
    """A word right before a figure that makes it an age, in group 1 ("*aged* 16")."""
    aged_units: dict[str, str] | None = None
    emergency_numbers: frozenset[str] = frozenset()
    """Emergency numbers that beside a call word are no figures ("911 calls")."""
    one_words: frozenset[str] = frozenset()
    """Words that write one before a fraction or scale ("*a* million and a half")."""
    degrees: dict[str, str] | None = None
    partitive: tuple[str, ...] = ()
    """``[degrees]`` and ``[thing]`` ``partitive_after``: see :attr:`Quantity.part`."""


@cache
def quantity_rules(directory: str | None = None) -> QuantityRules:
    """``rules/quantities.toml`` read and compiled (cached per folder)."""
    from pathlib import Path

    from credibility.errors import RulesError

    path = (Path(directory) if directory else rules_dir()) / "quantities.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        scales = {k.lower(): float(v) for k, v in data["scales"].items()}
        vague = {" ".join(k.lower().split()): (float(v[0]), float(v[1]))
                 for k, v in data["vague_figures"].items()}
        fractions = {k.lower(): float(v) for k, v in data["fractions"].items()}
        mixed = {" ".join(k.lower().replace("-", " ").split()): float(v)
                 for k, v in data["mixed_fractions"].items()}

        def factors(table):
            return {" ".join(k.lower().split()): (float(lo), INFINITY if hi < 0 else float(hi))
                    for k, (lo, hi) in table.items()}
        before, after = factors(data["approximators"]), factors(data["approximators_after"])
        units = {k.lower(): str(v) for k, v in data["units"].items()}
        words_before, words_after = int(data["thing"]["words_before"]), int(
            data["thing"]["words_after"])
        clock_after = [" ".join(str(w).lower().split()) for w in data["clock"]["after"]]
        durations = frozenset(str(w).lower() for w in data["durations"]["words"])
        running = re.compile(data["running_totals"]["pattern"])
        phones = data["phone_numbers"]
        phone_regions = tuple(str(r).upper() for r in phones["regions"])
        emergency_numbers = frozenset(str(n) for n in phones["emergency_numbers"])
        call_before = frozenset(str(w).lower() for w in phones["call_words_before"])
        call_after = frozenset(str(w).lower() for w in phones["call_words_after"])
        age_units = {" ".join(k.lower().split()): str(v) for k, v in data["ages"].items()}
        aged_units = {k.lower(): str(v) for k, v in data["ages_before"].items()}
        one_words = frozenset(str(w).lower() for w in data["one_words"]["words"])
        degrees = {" ".join(str(k).lower().split()): str(v)
                   for k, v in data["degrees"].items()}
        partitive = tuple(" ".join(str(w).lower().split())
                          for w in data["thing"]["partitive_after"])
        aged = re.compile(rf"\b({_alternatives(aged_units)})\s+$", re.IGNORECASE)
        ages = re.compile(rf"[\s-]*((?:{_alternatives(age_units)}))(?![\w-])".replace(
            r"\s+", r"[\s-]+"), re.IGNORECASE)
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError, re.error) as e:
        raise RulesError(f"{path}: {e}") from None
    named_start = can_start([*vague, *fractions], r"\d")
    return QuantityRules(scales, vague, fractions, before, after, units, words_before,
                         words_after, _figure_pattern(scales, vague, fractions, before, after,
                                                      units),
                         re.compile(rf"{named_start}"
                                    rf"(?<![\w-])({_alternatives([*vague, *fractions])}|"
                                    rf"\d[\d,.]*\s*(?:{_alternatives(scales)}))(?![\w-])",
                                    re.IGNORECASE),
                         re.compile(rf"{named_start}"
                                    rf"(?:\d[\d,.]*|(?<![\w-])(?:{_alternatives([*vague, *fractions])})"
                                    rf"(?![\w-]))", re.IGNORECASE),
                         mixed, _mixed_forms(mixed, [s for s in scales if len(s) > 1]),
                         # a clock time: "\d{1,4}…" or "\d{1,2}:\d{2}" after no word
                         # character, dot, comma or colon (the first digit, then the look-behind:
                         # re jumps from digit to digit, the matches are the same)
                         re.compile(rf"\d(?<![\w.,:]\d)(?:\d{{0,3}}(?:[:.]\d{{2}})?\s*"
                                    rf"(?:{_alternatives(clock_after)})(?![\w])"
                                    rf"|\d?:\d{{2}}(?![\d]))", re.IGNORECASE),
                         frozenset(w.lower() for w in data["labels"]["not_labels"]), durations,
                         running, phone_regions, call_before, call_after, ages, age_units,
                         aged, aged_units, emergency_numbers, one_words, degrees,
                         partitive)


def _alternatives(words) -> str:
    """The words as alternatives of a case-insensitive pattern, longest first, a space in one
    matching any run of white space: as a trie (:func:`credibility.rules.phrase_trie`, the
    same matches, one try per character instead of one per word) where the words allow."""
    trie = phrase_trie(words, space=r"\s+")
    if trie is not None:
        return trie
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len,
                                                                         reverse=True))


def _figure_pattern(scales, vague, fractions, before, after, units) -> re.Pattern:
    """One pattern for a figure with what surrounds it: approximator, currency, digits or a
    vague figure or a fraction, scale, unit."""
    currency = [u for u in units if not u.isalpha() and u != "%"]
    long_scales = [s for s in scales if len(s) > 1]
    short_scales = [s for s in scales if len(s) == 1]
    word_units = [u for u in units if u[:1].isalpha() or u == "%"]
    # where a figure, its approximator or its currency can start
    start = can_start([*before, *currency, *vague, *fractions], r"\s\d")
    return re.compile(
        rf"{start}"
        rf"(?<![\w.])(?:(?P<approx>{_alternatives(before)})\s+)?"
        rf"(?P<currency>{_alternatives(currency)})?\s?"
        rf"(?:(?P<range_lo>\d[\d,]*(?:\.\d+)?)\s*(?:-|–|to)\s*(?=\d))?"
        rf"(?:(?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
        rf"(?:(?P<short_scale>{_alternatives(short_scales)})(?![\w])|"
        rf"(?:\s*|-)(?P<scale>{_alternatives(long_scales)})(?![\w]))?"
        rf"|(?P<vague>(?<![\w-])(?:{_alternatives(vague)}))(?![\w-])"
        rf"|(?P<fraction>(?<![\w-])(?:{_alternatives(fractions)}))(?![\w-]))"
        rf"(?:(?:\s*|-)(?P<unit>{_alternatives(word_units)})(?![\w]))?"
        rf"(?:\s*-?\s*(?P<after>{_alternatives(after)})(?![\w]))?",
        re.IGNORECASE)


_VULGAR = "".join(ch for ch in map(chr, [*range(0xBC, 0xBF), *range(0x2150, 0x2160)])
                  if 0 < unicodedata.numeric(ch, 0) < 1)
"""The vulgar fractions of Unicode ("½", "¾", "⅓"), each read by its numeric value."""


def _mixed_forms(mixed, scales) -> tuple[re.Pattern, ...]:
    """The forms of a figure with a fraction in it, in the order they are read (a form that
    names the scale between the whole number and the fraction before one that does not).

    The first is a quick test: whether the text holds a fraction at all.  The others have the
    groups ``whole`` (digits, number words or "a"; absent: none), ``frac`` (a fraction of
    ``mixed`` or a vulgar fraction) and ``scale`` (absent: none)."""
    frac = "|".join(re.escape(w).replace(r"\ ", r"[\s-]+")
                    for w in sorted(mixed, key=len, reverse=True))
    scale = _alternatives(scales)
    words = r"[A-Za-z]+(?:[\s-]+[A-Za-z]+){0,3}"
    flags = re.IGNORECASE
    last_words = {w.split()[-1] for w in mixed}
    return (
        re.compile(rf"(?i){can_start(last_words, _VULGAR)}"
                   rf"(?:[{_VULGAR}]|{'|'.join(map(re.escape, sorted(last_words)))})"),
        # "1½ million", "2 ¾"
        re.compile(rf"(?<![\w.,])(?P<whole>\d+)?\s?(?P<frac>[{_VULGAR}])"
                   rf"(?:\s*(?P<scale>{scale})(?![\w-]))?"),
        # "a million and a half", "two million and a half"
        re.compile(rf"(?<![\w-])(?P<whole>\d+|{words})[\s-]+(?P<scale>{scale})[\s-]+and[\s-]+"
                   rf"(?P<frac>{frac})(?![\w-])", flags),
        # "one and a half million", "2 and a half", "two-and-a-half years"
        re.compile(rf"(?<![\w-])(?P<whole>\d+|{words})[\s-]+and[\s-]+(?P<frac>{frac})"
                   rf"(?![\w-])", flags),
        # "half a million", "a quarter of a million", "a half-million", "three-quarters of a
        # billion"
        re.compile(rf"(?<![\w-])(?P<frac>{frac})[\s-]+(?:of[\s-]+)?(?:(?:an?|one)[\s-]+)?"
                   rf"(?P<scale>{scale})(?![\w-])", flags),
    )


def _fractions_as_decimals(text: str, qr: QuantityRules) -> str:
    """The text with every figure that holds a fraction written in decimals, so that the
    figure pattern reads it: "one and a half million" -> "1.5 million", "a million and a half"
    -> "1.5 million", "half a million" -> "0.5 million", "1½ million" -> "1.5 million".  The
    whole number in words is read by text2num; words before it stay as they are ("sold two and
    a half million" -> "sold 2.5 million")."""

    def as_decimal(m: re.Match) -> str:
        frac_text = m.group("frac")
        frac = (unicodedata.numeric(frac_text) if frac_text in _VULGAR
                else qr.mixed[" ".join(frac_text.lower().replace("-", " ").split())])
        kept, whole = "", 0.0
        if frac_text in _VULGAR and not m.group("whole") and not m.group("scale"):
            return m.group()  # "½ of the homes": a share, as "half of" is
        if m.groupdict().get("whole"):
            kept, whole = _whole_number(m.group("whole"), qr.one_words)
            if whole is None:
                return m.group()
        figure = f"{whole + frac:.4f}".rstrip("0").rstrip(".")
        scale = m.groupdict().get("scale")
        scale = f" {scale}" if scale else ""
        return f"{kept}{figure}{scale}"

    for form in qr.mixed_forms[1:]:
        text = form.sub(as_decimal, text)
    return text


_WORD_BREAK = re.compile(r"([\s-]+)")


def _whole_number(words: str, one_words: frozenset[str]) -> tuple[str, float | None]:
    """The words before the number and the number that the last words of ``words`` write:
    "sold two" -> ("sold ", 2.0), "12" -> ("", 12.0), "a" (of ``one_words``) -> ("", 1.0);
    (words, None) when they end in no number."""
    from text_to_num import text2num

    if words.isdigit():
        return "", float(words)
    pieces = _WORD_BREAK.split(words)  # words at even positions, breaks at odd ones
    for start in range(0, len(pieces), 2):
        tail = "".join(pieces[start:])
        if tail.lower() in one_words:
            return "".join(pieces[:start]), 1.0
        try:
            return "".join(pieces[:start]), float(text2num(tail.replace("-", " ").lower(), "en"))
        except ValueError:
            continue
    return words, None


_DIGIT = re.compile(r"\d")
_MIXED_FRACTION = re.compile(r"(?<![\d.,/])(\d+)[- ](\d{1,2})/(\d{1,2})(?![\d/])")


def _as_decimal(m: re.Match) -> str:
    whole, num, den = (int(g) for g in m.groups())
    if den == 0 or num >= den:
        return m.group()
    return f"{whole + num / den:g}"
_BETWEEN = re.compile(r"\bbetween\s+(\S+(?:\s+\S+)?)\s+and\s+", re.IGNORECASE)
_ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b")
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'-]*|\d[\d,.]*|[.;:!?()\"“”]")
_CLAUSE_END = frozenset(".;:!?()\"“”")
PARTITIVE = frozenset({"of"})
"""The mark of a partitive figure in :attr:`Quantity.part` ("Three *of* the injured"): a part
counted against the whole is no conflict (see :func:`credibility.corroborate.link_kind`)."""
_PART_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'-]*|\d[\d,.]*|[.,;:!?()\"“”]")
"""Tokens as ``_TOKEN``, and commas (where a figure's own words end for :func:`_part`)."""


def digits_for_words(text: str) -> str:
    """The text with cardinal number words written as digits ("Thirty workers" -> "30
    workers"), by text2num; "one" alone stays a word ("one of the men")."""
    from text_to_num import alpha2digit

    if not _MAY_HOLD_NUMBER_WORD.search(text):
        return text
    return alpha2digit(text, "en", threshold=2)


_NUMBER_WORD_STARTS = ("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thir|fif|twenty|"
                       "forty|eighty|hundred|thousand|million|billion|one").split("|")
_MAY_HOLD_NUMBER_WORD = re.compile(
    rf"(?i)\b{can_start(_NUMBER_WORD_STARTS)}{phrase_trie(_NUMBER_WORD_STARTS)}")


def quantities(text: str, normalize, stop: frozenset[str],
               rules_dir: str | None = None) -> tuple[Quantity, ...]:
    """The figures of a text, each with its range, unit and counted words.

    Args:
        text: a claim.
        normalize: word -> its comparable form (synonyms folded, stemmed).
        stop: words that never say what is counted.

    Years (1900-2100 without a unit or scale), ordinals ("the 2nd") and clock times ("at
    10pm") are not figures.
    """
    qr = quantity_rules(rules_dir)
    digits = _DIGIT.search(text) is not None
    if not digits and not _MAY_HOLD_NUMBER_WORD.search(text) and not qr.protected.search(text):
        return ()  # most claims: nothing to read
    # (an ordinal, a clock time and a telephone number hold a digit)
    if digits:
        text = without_phone_numbers(text, rules_dir)   # "call (202) 456-1111"
    if digits and _ORDINAL.search(text):
        text = _ORDINAL.sub(lambda m: " " * len(m.group()), text)
    if digits:
        text = without_clock_times(text, rules_dir)     # "at 10pm": when
    if "/" in text:
        # "6-1/4 pct" (the wires' mixed fractions) is 6.25, not the range 6 to 1
        text = _MIXED_FRACTION.sub(_as_decimal, text)
    if qr.mixed_forms[0].search(text):
        # "one and a half million" is 1.5 million (text2num reads whole numbers only)
        text = _fractions_as_decimals(text, qr)
    if _MAY_HOLD_NUMBER_WORD.search(text):
        # number words as digits, but not inside "hundreds of" or "two-thirds" (read below)
        pieces = qr.protected.split(text)
        text = "".join(p if k % 2 else digits_for_words(p) for k, p in enumerate(pieces))
    # "between 150 and 300" is the range 150-300
    if "etween" in text:
        text = _BETWEEN.sub(lambda m: f"{m.group(1)} to ", text)
    out = []
    running = _RunningTotals(text, qr.running)
    for m in _figures(text, qr):
        label = _LABEL.search(text, max(0, m.start() - 24), m.start())
        if label and label.group(1).lower() not in qr.not_labels:
            continue    # "a Phase 2 trial", "Route 9", "Flight 370": a name, not a count
        q = _quantity(m, qr)
        if q is None:
            continue
        low, high, value, unit = q
        if low == high and _emergency_call(text, m, value, qr):
            continue    # "several 911 calls", "dialled 999": a telephone number, no count
        after = _TOKEN.findall(text[m.end():m.end() + 16].replace("-", " "))
        age = qr.ages.match(text, m.end()) if not unit else None
        if age:
            unit = qr.age_units[" ".join(age.group(1).lower().replace("-", " ").split())]
        elif not unit and low == high and (
                aged := qr.aged.search(text, max(0, m.start() - _REACH), m.start())):
            age, unit = aged, qr.aged_units[aged.group(1).lower()]     # "the boy, aged 16,"
        thing = _counted_words(text, m.start(), m.end(), qr, normalize, stop)
        out.append(Quantity(low, high, value, unit, thing, " ".join(m.group().split()),
                            duration=not age and bool(after) and after[0].lower() in qr.durations,
                            running=running(m.start(), m.end()), age=bool(age),
                            ordinal=_ORDINAL_SUFFIX.match(text, m.end()) is not None,
                            part=_part(text, m.start(), m.end(), qr)))
    return tuple(out)


_PHONE_SHAPE = re.compile(r"\d(?:[\s().-]{0,2}\d){6}")
"""Seven digits with at most separators between them: what a telephone number needs (the
phonenumbers matcher is tried only then).  (Opening with the digit, ``re`` jumps from digit to
digit.)"""


_PHONE_LAYOUT = re.compile(r"\(\d{2,5}\)\s*\d{3}|(?<![\d,.-])\d{3}[-.]\d{3}[-.]\d{4}\b")
"""How only a telephone number is written: an area code in brackets before a group of three,
"(555) 201-3344", or three groups of three, three and four digits, "555-201-3344" (not a range,
"800-1200", nor a price, "123.4567")."""


def without_clock_times(text: str, rules_dir: str | None = None) -> str:
    """``text`` with its clock times ("at 2:40 p.m.", "10pm", "2200 GMT"; rules/quantities.toml
    [clock]) blanked, each character by a space (same length): they say when, not how many."""
    qr = quantity_rules(rules_dir)
    if _DIGIT.search(text) is None or not qr.clock.search(text):
        return text
    return qr.clock.sub(lambda m: " " * len(m.group()), text)


def without_phone_numbers(text: str, rules_dir: str | None = None) -> str:
    """``text`` with its telephone numbers blanked, each character by a space (same length).

    Args:
        text: a claim or sentence.
        rules_dir: the rules folder whose ``quantities.toml`` names the regions (default: the
            shipped rules).

    Returns:
        The text, telephone numbers replaced by spaces.

    A number is one when Google's libphonenumber metadata (through ``phonenumbers``,
    Apache-2.0) finds it valid in a region of ``[phone_numbers]`` (rules/quantities.toml), or
    possible there and written as only telephone numbers are ("(555) 201-3344": a made-up area
    code, no figure either).  Texts without seven digits in a row (separators aside) are
    returned as they are, unread.
    """
    if not _PHONE_SHAPE.search(text):
        return text
    import phonenumbers  # noqa: PLC0415 (needed only by the few claims with a long digit run)

    for region in quantity_rules(rules_dir).phone_regions:
        for leniency in (phonenumbers.Leniency.VALID, phonenumbers.Leniency.POSSIBLE):
            for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=leniency):
                if leniency == phonenumbers.Leniency.POSSIBLE and not _PHONE_LAYOUT.search(
                        match.raw_string):
                    continue
                text = text[:match.start] + " " * (match.end - match.start) + text[match.end:]
    return text


def _emergency_call(text: str, m: re.Match, value: float, qr: QuantityRules) -> bool:
    """Whether the figure ``m`` is an emergency number (``emergency_numbers``) with a call word
    right before or after it ("dialled 999", "several 911 calls")."""
    digits = m.group().strip()
    if digits not in qr.emergency_numbers or value != int(digits):
        return False
    before = _TOKEN.findall(text[max(0, m.start() - 16):m.start()])
    after = _TOKEN.findall(text[m.end():m.end() + 16])
    return bool((before and before[-1].lower() in qr.call_before)
                or (after and after[0].lower() in qr.call_after))


_LABEL = re.compile(r"(?<![\w.])([A-Z][a-z]+)[ \t]$")
"""A capitalised word right before a figure: with it the figure names something ("Phase 2")."""


def _figures(text: str, qr: QuantityRules):
    """The matches of the figure pattern, searched only near a digit, a vague figure or a
    fraction (the pattern's leading approximators would be tried at every character)."""
    done = 0
    for anchor in qr.anchor.finditer(text):
        if anchor.start() < done:
            continue
        m = qr.pattern.search(text, max(done, anchor.start() - _REACH),
                              min(len(text), anchor.end() + _REACH))
        if m is not None:
            done = m.end()
            yield m


_WINDOW = 80
"""Characters read on each side of a figure for its counted words (a few words' worth)."""
_REACH = 40
"""Characters searched before and after a figure's digits for its approximator, currency,
scale and unit."""


def _year(digits: str) -> bool:
    """Whether a figure's digits as written can be a year: four plain digits, 1900-2100."""
    return len(digits) == 4 and digits.isdigit() and 1900 <= int(digits) <= 2100


def _quantity(m: re.Match, qr: QuantityRules):
    unit = ""
    if m.group("currency"):
        unit = qr.units[m.group("currency").lower()]
    if m.group("unit"):
        unit = qr.units[" ".join(m.group("unit").lower().split())]
    if m.group("vague"):
        low, high = qr.vague[" ".join(m.group("vague").lower().split())]
        value = low
    elif m.group("fraction"):
        value = low = high = qr.fractions[" ".join(m.group("fraction").lower().split())]
        unit = "%"
    else:
        scale = 1.0
        if m.group("scale"):
            scale = qr.scales[m.group("scale").lower()]
        elif m.group("short_scale"):
            scale = qr.scales[m.group("short_scale").lower()]
        value = float(m.group("digits").replace(",", "")) * scale
        lo = m.group("range_lo")
        if scale == 1.0 and not unit and (
                (_year(m.group("digits")) and (not lo or _year(lo)))
                or (lo and _year(lo) and len(m.group("digits")) == 2)):
            return None  # a year ("in 2000", "1990-2000", "the 2010-11 season"; not "2,000
            #              were hurt", "1500-2000 people")
        low = high = value
        if m.group("range_lo"):
            low = float(m.group("range_lo").replace(",", "")) * scale
            # "1.5 to two billion": text2num wrote the scale into the high end only
            if scale == 1.0 and high >= 1e6 and 0 < low < 1000 and high % 1e6 == 0:
                low *= next((s for s in (1e12, 1e9, 1e6) if high / 1000 < low * s <= high), 1)
            low, high = min(low, high), max(low, high)
    for key, table in (("approx", qr.before), ("after", qr.after)):
        if m.group(key):
            lo_f, hi_f = table[" ".join(m.group(key).lower().split())]
            low, high = low * lo_f, high * hi_f
    return low, high, value, unit


class _RunningTotals:
    """Whether the clause of a figure makes it a running total (``running_totals`` of
    quantities.toml), for the figures of one text.

    The clause runs from after the last ".;:!?" before the figure to the first one after it.
    The marks are found once per text and each clause is searched once, however many figures
    it holds: linear in the text (a search of the whole clause per figure made a long run of
    figures in one clause quadratic)."""

    __slots__ = ("text", "pattern", "ends", "found")

    def __init__(self, text: str, pattern: re.Pattern | None) -> None:
        self.text, self.pattern = text, pattern
        self.ends: list[int] | None = None
        self.found: dict[tuple[int, int], bool] = {}

    def __call__(self, start: int, end: int) -> bool:
        if self.pattern is None:
            return False
        if self.ends is None:
            self.ends = [m.start() for m in _CLAUSE_MARK.finditer(self.text)]
        ends = self.ends
        k = bisect_left(ends, start)
        a = ends[k - 1] + 1 if k else 0
        k = bisect_left(ends, end)
        b = ends[k] if k < len(ends) else len(self.text)
        found = self.found.get((a, b))
        if found is None:
            found = self.found[a, b] = self.pattern.search(self.text, a, b) is not None
        return found


_CLAUSE_MARK = re.compile(r"[.;:!?]")


def _counted_words(text: str, start: int, end: int, qr: QuantityRules, normalize,
                   stop: frozenset[str]) -> frozenset[str]:
    """Content words within ``words_before``/``words_after`` tokens of the figure, in its
    clause."""
    before = _TOKEN.findall(text[max(0, start - _WINDOW):start])[::-1]
    after = _TOKEN.findall(text[end:end + _WINDOW])
    words = set()
    for tokens, limit in ((before, qr.words_before), (after, qr.words_after)):
        for tok in tokens[:limit]:
            if tok in _CLAUSE_END:
                break
            low = tok.lower().strip("’'")
            if low[:1].isdigit():
                break  # another figure's words
            if len(low) < 3 or low in stop or low in qr.units or low in qr.scales:
                continue
            words.add(normalize(low))
    return frozenset(words)


def _part(text: str, start: int, end: int, qr: QuantityRules) -> frozenset[str]:
    """:attr:`Quantity.part` of the figure at ``text[start:end]``: the degrees its clause
    says after it, up to a comma (``[degrees]``), and "of" for a partitive."""
    if not qr.degrees and not qr.partitive:
        return frozenset()
    words = []
    for tok in _PART_TOKEN.findall(text[end:end + 2 * _WINDOW]):
        if tok in _CLAUSE_END or tok == "," or tok[:1].isdigit():
            break   # (not past a comma: "42 were injured, many of them critically")
        words.append(tok.lower())
    degrees = qr.degrees or {}
    part = {degrees[p] for n in (1, 2) for k in range(len(words) - n + 1)
            if (p := " ".join(words[k:k + n])) in degrees}
    if " ".join(words[:2]) in qr.partitive:
        part |= PARTITIVE
    return frozenset(part)


def agreement(a: tuple[Quantity, ...], b: tuple[Quantity, ...]):
    """How the figures of two claims compare.

    Returns:
        ``(False, qa, qb)`` when they give figures of one quantity, both saying what they
        count, and neither meets any figure of that quantity in the other claim (whatever
        other quantities agree); else ``(True, qa, qb)`` when a figure of one meets a figure
        of the same quantity in the other;
        ``(None, None, None)`` when they share no quantity (or either gives no figure).
    """
    if not a or not b:
        return None, None, None
    agreed = None
    met_a, met_b = set(), set()
    pairs = []
    for i, qa in enumerate(a):
        for j, qb in enumerate(b):
            if not qa.same_quantity(qb) or qa.touches(qb):
                continue
            if qa.agrees(qb):
                agreed = agreed or (qa, qb)
                met_a.add(i)
                met_b.add(j)
            elif qa.thing and qb.thing and qa.counts_action() == qb.counts_action():
                # a conflict needs both to say what they count, and both a kind of action or
                # neither: "30 workers were injured" / "80 workers were working" count other
                # things, though both count workers (trial 21)
                pairs.append((i, j))
    # A figure that meets none of the other's figures of its quantity, against one that meets
    # none either, is a conflict even where another quantity agrees ("12 killed, 45 injured"
    # against "12 killed, 30 injured"): the claims do not confirm each other.
    differ = next(((a[i], b[j]) for i, j in pairs if i not in met_a and j not in met_b), None)
    if differ:
        return False, differ[0], differ[1]
    if agreed:
        return True, agreed[0], agreed[1]
    return None, None, None


def floor_raised(a: tuple[Quantity, ...], b: tuple[Quantity, ...], ratio: float
                 ) -> tuple[Quantity, Quantity] | None:
    """A floor of one claim ("at least 14", "more than 14": the figure is the low end of a range
    open upwards) met by an exact figure of the same quantity ``ratio`` times it or more in the
    other (23), as (floor, figure); None when there is none.

    The higher count agrees with the floor but does not confirm it: a toll that has risen, or a
    disputed one ("far higher than the toll announced earlier by the coast guard"), is the same
    event with another count (trial 23)."""
    for qa in a:
        for qb in b:
            if not qa.same_quantity(qb) or not qa.agrees(qb):
                continue
            for floor, exact in ((qa, qb), (qb, qa)):
                if _floor(floor) and exact.low == exact.high \
                        and exact.value >= ratio * floor.value:
                    return floor, exact
    return None


def floor_text(q: Quantity) -> str:
    """A floor as written, in lower case at its start: "at least 14"."""
    return q.text[:1].lower() + q.text[1:]


def _floor(q: Quantity) -> bool:
    """A figure made the low end of a range open upwards by the words around it ("at least
    14", "more than 50", "14 or more"), not a range written in figures ("3-52", a tally), a
    vague figure ("dozens of": 37 is dozens) or a round hundred or more ("more than 1,000":
    1,340 is what it rounds; review 23)."""
    if not (q.low == q.value > 0 and q.high >= 1.5 * q.value
            and (q.text[:1].isalpha() or q.text[-1:].isalpha())
            and any(ch.isdigit() for ch in q.text)):
        return False
    whole = int(q.value)
    return not (whole == q.value and whole >= 100 and whole % 10 ** (len(str(whole)) - 1) == 0)


def counted_alone(a: tuple[Quantity, ...], b: tuple[Quantity, ...]) -> Quantity | None:
    """A count of a kind of action ("three workers died", "thirty were injured": a figure
    whose counted words carry ``KIND_MARK``) that only one of two claims gives, the other
    giving no figure at all, or None.  "The blaze broke out at about 6:30 a.m. in a storage
    building" does not confirm "Three workers died and thirty were injured when fire tore
    through a storage building": the event is one, the casualties are told by one claim
    alone (trial 18b)."""
    if bool(a) == bool(b):
        return None
    return next((x for x in a or b if not x.age and not x.duration
                 and any(t.startswith(KIND_MARK) for t in x.thing)), None)


def unmatched(a: tuple[Quantity, ...], b: tuple[Quantity, ...]
              ) -> tuple[Quantity, Quantity] | None:
    """A figure of each claim that meets no figure of the other, or None.

    Two claims that each give a figure the other does not ("A magnitude 6.2 earthquake
    destroyed about 300 homes" / "Twelve people were killed when a magnitude 6.2 earthquake
    struck") report different facts of one event: whatever else they share (the magnitude, the
    storm's name), neither confirms what the other claims.  A claim whose every figure meets one
    of the other's (or that gives none) says nothing the other does not; an age is no fact of
    its own ("the 40-year-old American").  A figure meets a
    figure of its quantity that agrees with it, or the same figure as written whatever it
    counts (the same fact told with other words near it: "100 mln dlrs" / "100 mln")."""
    def alone(xs, ys):
        return next((x for x in xs if not x.age and not any(x.value == y.value
                                              or (x.same_quantity(y) and x.agrees(y))
                                              for y in ys)), None)
    if not a or not b:
        return None
    qa = alone(a, b)
    qb = alone(b, a) if qa is not None else None
    return (qa, qb) if qb is not None else None
