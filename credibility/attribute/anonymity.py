"""Anonymity: a stated reason for not naming a source, and the markers that a source asked not
to be named ("spoke on condition of anonymity"), from ``rules/anonymity.toml``."""

from __future__ import annotations

import re
from functools import lru_cache

from credibility.attribute.resolution import SourceState
from credibility.records import ANONYMOUS_KINDS, Sentence, Span
from credibility.rules import SourceRules, string_guard

_REASON_REACH = 40
"""A reason for anonymity counts when it starts within this many characters of the mention."""

_SUBJECT_CHARS = 40
"""The longest subject of a sentence that only gives a source's reason for anonymity ("The
congressional aide requested anonymity …")."""


class Anonymity:
    """Reasons for anonymity; mixed into the article reader (``_Analyzer``)."""

    def anonymity(self, st: SourceState, tail_start: int, sentence: Sentence,
                  tail_end: int | None = None) -> None:
        """Record on ``st`` what the words after its mention (up to ``tail_end``, default the
        sentence's end) say about its name: a reason for anonymity, a grant of it, or a name
        given after all ("a man who goes by the name “Dutch”" is a named person)."""
        tail = self.text[tail_start:tail_end or sentence.span.end][:240]
        given = self.src.partial_name.search(tail, 0, 160)
        if given and st.kind in ANONYMOUS_KINDS and st.kind != "unnamed_group":
            st.kind, st.name = "named_person", given.group("name").rstrip(".")
            self.name_index.update(st, self.src.titles, self.src.name_particles)
        marker, reason = self._grant(tail)
        st.anonymous_marker = st.anonymous_marker or marker
        if reason and not st.reason:
            st.reason = reason.strip()

    def reason_sentence(self, sentence: Sentence, since: int) -> SourceState | None:
        """The anonymous source a sentence without a frame is about when it only says why the
        source is not named ("A senior official said …. The official was not authorized to
        speak publicly about the matter."): its subject, a pronoun or a definite description
        that refers back to an anonymous source mentioned from ``since`` on (the previous
        sentence), then a grant of anonymity (``anonymity.toml``), nothing between.  The
        source takes the reason and the subject as a mention; None when the sentence is no
        such note (it is then read as usual)."""
        s = sentence.span
        patterns = self.rules.anonymity_patterns
        guard = string_guard(patterns)
        if guard is not None and guard.cannot_match(s.text):
            return None
        for end in (w.end() for w in _WORD_END.finditer(s.text, 0, _SUBJECT_CHARS)):
            tail = s.text[end:].lstrip()
            m = next((m for p in patterns if (m := p.match(tail)) is not None), None)
            if m is None:
                continue
            subject = s.text[:end]
            mention = Span(s.start, s.start + end, subject)
            kind, head, mode = self.classify(mention)
            st = self._resolve_pronoun(head) if mode == "pronoun" else \
                self._resolve_definite(mention, kind, head) if mode == "definite" else None
            if st is None or st.kind not in ANONYMOUS_KINDS or \
                    max(at.end for at in st.mentions) < since:
                return None
            st.mentions.append(mention)
            self.sources.remove(st)
            self.sources.append(st)
            st.anonymous_marker = True
            reason = m.groupdict().get("reason")
            if reason and not st.reason:
                st.reason = reason.strip()
            return st
        return None

    def granted(self, tail_start: int, sentence: Sentence, tail_end: int | None = None) -> bool:
        """Whether the words after a mention (as for :meth:`anonymity`) grant it anonymity
        ("…, who did not want to be named, said"), before the mention is resolved."""
        return self._grant(self.text[tail_start:tail_end or sentence.span.end][:240])[0]

    def _grant(self, tail: str) -> tuple[bool, str | None]:
        """(a grant of anonymity, its stated reason or None) in the words after a mention."""
        patterns = self.rules.anonymity_patterns
        reach = max(_REASON_REACH, self._relative_clause(tail))
        guard = string_guard(patterns)
        if guard is not None and guard.cannot_match(tail):
            patterns = ()    # none of their required words (most mentions): none matches
        elif reach == _REASON_REACH and (near := _near(patterns)) is not None \
                and near.match(tail) is None:
            patterns = ()    # none of them starts near enough (no need to ask each)
        for p in patterns:
            m = p.search(tail)
            if m and m.start() < reach:
                return True, m.groupdict().get("reason")
        return self.rules.anonymity_markers.search(tail[:120]) is not None, None

    def _relative_clause(self, tail: str) -> int:
        """How long the source's own relative clause is when ``tail`` opens with one (a word of
        ``relative_words``: "who lives on the third floor and asked that her name not be used
        because …"), up to the first comma, semicolon, colon, full stop, dash or quotation
        mark; 0 otherwise.  A reason anywhere in it is the source's own."""
        words = tail.split(maxsplit=1)
        if not words or words[0].lower() not in self.cues.relative_words:
            return 0
        end = _CLAUSE_END.search(tail)
        return end.start() if end else len(tail)


_WORD_END = re.compile(r"\w+(?=\s)")
"""A word followed by white space: where a sentence's subject may end."""

_CLAUSE_END = re.compile(r"[,;:.!?\"“”—–]|\s-\s")
"""Where a relative clause set in a sentence ends: its punctuation."""


@lru_cache(maxsize=8)
def _near(patterns: tuple[re.Pattern, ...]) -> re.Pattern | None:
    """One pattern whose ``match`` at the start of a text succeeds when one of ``patterns``
    matches starting within ``_REASON_REACH`` characters: one call tells whether any starts near
    the mention (most sentences have none), and the rest of the text is not searched.  None
    when they cannot be combined (other flags, back-references)."""
    if not patterns or len({p.flags for p in patterns}) != 1 or any(
            re.search(r"\\\d|\(\?P=", p.pattern) for p in patterns):
        return None
    plain = [re.sub(r"\(\?P<\w+>", "(?:", p.pattern) for p in patterns]  # names may repeat
    try:
        return re.compile(rf"\A(?s:.){{0,{_REASON_REACH - 1}}}?(?:"
                          + "|".join(f"(?:{x})" for x in plain) + ")", patterns[0].flags)
    except re.error:
        return None


def member_reason(name: str, groups: list[tuple[str, str, str]], src: SourceRules) -> str | None:
    """The stated reason for anonymity that a source described as one more of an earlier
    group shares: an ordinal or "another"/"one" before a word of the group's description or
    the singular of one ("A second official" of "Three officials …, who spoke on condition of
    anonymity because …"; "one former home manager" of "Four former employees"), or "one of
    them" / "one of the employees" of the unnamed group given a reason last.

    Args:
        name: the member's description, as written.
        groups: (name, kind, reason) of the sources and groups given anonymity for a reason
            before it, in text order.
        src: the source rules: ``ordinals`` ("second": 2), ``member_openers`` ("another"),
            ``member_of_openers`` ("one" of "one of them"), ``articles``; prepositions,
            determiners and articles link no member to a group ("the", "at").

    Returns:
        The reason, or None when the description makes it no member of any of them."""
    words = name.lower().replace(",", " ").split()
    if len(words) < 2 or not groups:
        return None
    ordinals = src.ordinals
    function_words = src.prepositions | src.determiners | src.articles
    if words[1] != "of" and (words[0] in src.member_openers
                             or words[0] in src.articles and words[1] in ordinals):
        own = {w for w in words[1:] if w not in ordinals and len(w) > 2
               and w not in function_words}     # ("the" links no one: review)
        return next((reason for g, _, reason in reversed(groups)
                     if _shares_word(own, g.lower().replace(",", " ").split())), None)
    if words[1] == "of" and words[0] in src.member_of_openers:
        return next((reason for _, kind, reason in reversed(groups)
                     if kind == "unnamed_group"), None)
    return None


def _shares_word(words: set[str], group: list[str]) -> bool:
    """Whether one of ``words`` is a word of ``group`` or the singular of one ("official" of
    "officials", "employee" of "employees")."""
    plural = {w + "s" for w in words} | {w[:-1] + "ies" for w in words if w.endswith("y")}
    return any(w in words or w in plural for w in group)
