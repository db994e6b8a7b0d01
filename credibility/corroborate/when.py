"""When a claim says something happened, read against the article's publication date.

"arrived Sunday evening" in an article of Wednesday 5 August 2020 is 2 August 2020, and so is
"On the 2nd"; "last month" is July 2020.  Without a publication date a weekday stays a weekday
(two undated reports of "Tuesday" and "Wednesday" are of different days) and "February 22"
stays a day of the year.

Each time is a :class:`When`: a span of days (proleptic Gregorian ordinals) when the date is
known, else a weekday or a (month, day).  Expressions come from ``rules/event_time.toml``;
the day arithmetic (the latest such weekday or month-day on or before publication) is done
here.  dateparser was tried and left out: it reads "on the 2nd" as February, puts "Tuesday" in a
Tuesday paper a week back, and its first call costs a second per process.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from importlib import resources

from credibility.rules import can_start

_WORD = re.compile(r"[a-z]+")
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b")


@dataclass(frozen=True, slots=True)
class When:
    """A time a claim names: ``kind`` "days" (``first``..``last`` ordinals), "weekday"
    (``first`` = 0 for Monday) or "monthday" (``first`` = month, ``last`` = day)."""

    kind: str
    first: int
    last: int

    def compatible(self, other: When) -> bool | None:
        """True if the two can be the same time, False if they cannot, None if they cannot
        be compared (a weekday against a month-day)."""
        if self.kind == other.kind == "days":
            return self.first <= other.last and other.first <= self.last
        if self.kind == other.kind:
            return (self.first, self.last) == (other.first, other.last)
        days, other_kind = (self, other) if self.kind == "days" else (other, self)
        if days.kind != "days" or days.last - days.first > 6:
            return None
        span = [date.fromordinal(o) for o in range(days.first, days.last + 1)]
        if other_kind.kind == "weekday":
            return any(d.weekday() == other_kind.first for d in span)
        return any((d.month, d.day) == (other_kind.first, other_kind.last) for d in span)

    def describe(self) -> str:
        """"2 Aug 2020", "27 Jul–4 Aug 2020", "a Sunday", "22 Feb"."""
        if self.kind == "weekday":
            return "a " + ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                           "Sunday")[self.first]
        if self.kind == "monthday":
            return date(2000, self.first, self.last).strftime("%-d %b")
        a, b = date.fromordinal(self.first), date.fromordinal(self.last)
        if a == b:
            return a.strftime("%-d %b %Y")
        return f"{a.strftime('%-d %b')}–{b.strftime('%-d %b %Y')}"


@dataclass(frozen=True)
class _TimeRules:
    weekdays: tuple[str, ...]
    relative_days: dict[str, int]
    months: dict[str, int]
    periods: dict[str, tuple[int, int]]
    pattern: re.Pattern
    day_of_month: re.Pattern
    full_date: re.Pattern
    """A date with its year ("May 03, 2013", "16 December 2008", "5/5/2010", "2012-04-04")."""
    dateline_lines: int
    dateline_max_chars: int
    triggers: frozenset[str]
    """The first word of every expression: a text without one names no time."""


@cache
def _time_rules(directory: str | None = None) -> _TimeRules:
    from pathlib import Path

    from credibility.errors import RulesError

    path = Path(directory) if directory else Path(str(resources.files("credibility._rules")))
    path = path / "event_time.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        weekdays = tuple(w.lower() for w in data["weekdays"])
        parts = [p.lower() for p in data["day_parts"]]
        relative = {" ".join(w.lower().split()): int(n)
                    for w, n in data["relative_days"].items()}
        periods = {" ".join(e.lower().split()): (int(a), int(b))
                   for e, a, b in data["relative_periods"]}
        months = [m.lower() for m in data["month_names"]]
        number = {m: k + 1 for k, m in enumerate(months[:12])}
        for m in months[12:]:
            number[m] = next(k + 1 for k, full in enumerate(months[:12]) if full.startswith(m[:3]))
        day_of_month = re.compile(data["day_of_month"])
        dateline_lines = int(data["dateline"]["lines"])
        dateline_max_chars = int(data["dateline"]["max_chars"])
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError, re.error) as e:
        raise RulesError(f"{path}: {e}") from None

    def alt(words):
        return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                        for w in sorted(words, key=len, reverse=True))
    # where an expression can start: a name of its rules, or the digits of "2 August"
    start = can_start([*weekdays, *periods, *relative, *months], r"\d")
    pattern = re.compile(
        rf"{start}\b(?:(?P<weekday>{alt(weekdays)})(?:\s+(?:{alt(parts)}))?"
        rf"|(?P<period>{alt(periods)})|(?P<relative>{alt(relative)})"
        rf"|(?P<month>{alt(months)})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
        rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
        rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{alt(months)})\b\.?(?:,?\s+(?P<year2>(?:19|20)\d\d))?)\b",
        re.IGNORECASE)
    year = r"(?:19|20)\d\d"
    date_start = can_start(months, r"\d")
    full_date = re.compile(
        rf"{date_start}\b(?:(?P<m1>{alt(months)})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>{year})"
        rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{alt(months)})\.?,?\s+(?P<y2>{year})"
        rf"|(?P<m3>\d{{1,2}})/(?P<d3>\d{{1,2}})/(?P<y3>{year})"
        rf"|(?P<y4>{year})-(?P<m4>\d\d)-(?P<d4>\d\d))\b", re.IGNORECASE)
    triggers = frozenset(w.split()[0] for w in (*weekdays, *relative, *periods, *months))
    return _TimeRules(weekdays, relative, number, periods, pattern, day_of_month, full_date,
                      dateline_lines, dateline_max_chars, triggers)


@lru_cache(maxsize=64)
def publication_date(published: str | None, text: str, rules_dir: str | None = None
                     ) -> str | None:
    """The article's ISO date: ``published`` when ingest found one, else a date line near the
    top ("May 03, 2013", "Updated: May 24, 2005, 3:23 PM ET"): one of the first
    ``[dateline] lines`` lines, short, holding a full date with its year.  Cached: the
    within-article stage and the matching key ask for each article's."""
    if published:
        return published
    tr = _time_rules(rules_dir)
    for line in text.lstrip().splitlines()[:tr.dateline_lines]:
        if len(line) > tr.dateline_max_chars:
            continue
        m = tr.full_date.search(line)
        if m:
            d = _full_date(m, tr)
            if d is not None:
                return d.isoformat()
    return None


def _full_date(m: re.Match, tr: _TimeRules) -> date | None:
    """The date of a :attr:`_TimeRules.full_date` match (5/3/2013 read month first, as US
    papers write it, unless the first number cannot be a month)."""
    g = m.groupdict()
    if g["m1"] or g["m2"]:
        month = tr.months[(g["m1"] or g["m2"]).lower()]
        day, year = int(g["d1"] or g["d2"]), int(g["y1"] or g["y2"])
    elif g["m3"]:
        month, day, year = int(g["m3"]), int(g["d3"]), int(g["y3"])
        if month > 12:
            month, day = day, month
    else:
        month, day, year = int(g["m4"]), int(g["d4"]), int(g["y4"])
    return date(year, month, day) if _valid(year, month, day) else None


def times(text: str, published: str | None, rules_dir: str | None = None) -> tuple[When, ...]:
    """The times a claim names.

    Args:
        text: the claim.
        published: the article's ISO date (``YYYY-MM-DD``...), or None.

    Returns:
        The :class:`When` of each time expression, in text order, without repeats.
    """
    tr = _time_rules(rules_dir)
    if tr.triggers.isdisjoint(_WORD.findall(text.lower())) and not _ORDINAL.search(text):
        return ()
    base = _base(published)
    out: list[When] = []
    for m in tr.day_of_month.finditer(text):
        day = int(next(g for g in m.groups() if g))
        if base is not None and 1 <= day <= 31:
            d = _day_of_month(base, day)
            if d is not None:
                out.append(When("days", d.toordinal(), d.toordinal()))
    for m in tr.pattern.finditer(text):
        w = _when(m, tr, base)
        if w is not None:
            out.append(w)
    return tuple(dict.fromkeys(out))


def _base(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _day_of_month(base: date, day: int) -> date | None:
    """The last ``day`` of a month on or before ``base``."""
    year, month = base.year, base.month
    for _ in range(2):
        try:
            d = date(year, month, day)
        except ValueError:
            d = None
        if d is not None and d <= base:
            return d
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _when(m: re.Match, tr: _TimeRules, base: date | None) -> When | None:
    if m.group("weekday"):
        wd = tr.weekdays.index(m.group("weekday").lower())
        if base is None:
            return When("weekday", wd, wd)
        # the latest such day on or before publication ("on Tuesday" in Tuesday's paper is
        # that day; dateparser would give the week before)
        d = base - timedelta(days=(base.weekday() - wd) % 7)
        return When("days", d.toordinal(), d.toordinal())
    if m.group("period"):
        if base is None:
            return None
        first, last = tr.periods[" ".join(m.group("period").lower().split())]
        return When("days", base.toordinal() - first, base.toordinal() - last)
    if m.group("relative"):
        if base is None:
            return None
        d = base - timedelta(days=tr.relative_days[" ".join(m.group("relative").lower().split())])
        return When("days", d.toordinal(), d.toordinal())
    month = tr.months[(m.group("month") or m.group("month2")).lower()]
    day = int(m.group("day") or m.group("day2"))
    year = m.group("year") or m.group("year2")
    if not _valid(2000, month, day):  # 2000: a leap year, 29 February is a day
        return None
    if year:
        return _day(int(year), month, day)
    if base is None:
        return When("monthday", month, day)
    # the latest such day on or before publication (a few days' slack: "on May 6" in the
    # paper of 5 May is a day to come)
    for y in (base.year + 1, base.year, base.year - 1):
        if _valid(y, month, day) and date(y, month, day) <= base + timedelta(days=7):
            return _day(y, month, day)
    return None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _day(year: int, month: int, day: int) -> When | None:
    if not _valid(year, month, day):
        return None
    o = date(year, month, day).toordinal()
    return When("days", o, o)


def compatible(a: tuple[When, ...], b: tuple[When, ...]) -> bool | None:
    """Whether two claims' times can be the same time: None when either names none (or none
    can be compared), True when some pair can be, False when no pair can."""
    verdicts = [x.compatible(y) for x in a for y in b]
    verdicts = [v for v in verdicts if v is not None]
    if not verdicts:
        return None
    return any(verdicts)


def shared_day(a: tuple[When, ...], b: tuple[When, ...]) -> When | None:
    """A day both claims name (a one-day :class:`When` of ``a`` that ``b`` allows)."""
    for x in a:
        if x.kind == "days" and x.first == x.last:
            if any(x.compatible(y) for y in b if y.kind == "days" and y.first == y.last):
                return x
    return None
