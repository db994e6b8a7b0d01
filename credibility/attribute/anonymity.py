"""Anonymity: a stated reason for not naming a source, and the markers that a source asked not
to be named ("spoke on condition of anonymity"), from ``rules/anonymity.toml``."""

from __future__ import annotations

from credibility.attribute.resolution import SourceState
from credibility.records import ANONYMOUS_KINDS, Sentence


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
            self.name_index.update(st, self.src.titles)
        for p in self.rules.anonymity_patterns:
            m = p.search(tail)
            if m and m.start() < 40:
                st.anonymous_marker = True
                reason = m.groupdict().get("reason")
                if reason and not st.reason:
                    st.reason = reason.strip()
                return
        if self.rules.anonymity_markers.search(tail[:120]):
            st.anonymous_marker = True
