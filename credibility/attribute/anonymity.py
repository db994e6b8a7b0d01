"""Anonymity: a stated reason for not naming a source, and the markers that a source asked not
to be named ("spoke on condition of anonymity"), from ``rules/anonymity.toml``."""

from __future__ import annotations

from credibility.attribute.resolution import SourceState
from credibility.records import Sentence


class Anonymity:
    """Reasons for anonymity; mixed into the article reader (``_Analyzer``)."""

    def anonymity(self, st: SourceState, tail_start: int, sentence: Sentence) -> None:
        tail = self.text[tail_start:sentence.span.end][:240]
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
