"""The records passed between stages: small frozen dataclasses with character offsets.

Offsets are Python ``str`` indices into ``Document.text`` (the decoded article), so
``document.text[span.start:span.end] == span.text`` always holds.  Loose dicts appear only at the
JSON boundary (:func:`credibility.report.report_to_dict`).
"""

from __future__ import annotations

from dataclasses import dataclass

SOURCE_KINDS = (
    "named_person",
    "named_organization",
    "anonymous_official",
    "anonymous_resident",
    "anonymous_source",
    "unnamed_group",
    "outlet",
    "document",
)
ANONYMOUS_KINDS = frozenset(
    {"anonymous_official", "anonymous_resident", "anonymous_source", "unnamed_group"}
)
NAMED_KINDS = frozenset({"named_person", "named_organization"})
BOILERPLATE_KINDS = ("promo", "caption", "credit", "provenance", "dateline", "navigation",
                     "related", "share", "paywall", "tags", "copyright", "newsletter",
                     "press_release", "correction", "update", "table")
"""The contract's five kinds, then the page furniture of rules/boilerplate.toml [page]."""
GENRES = ("opinion", "press_release")
"""What a text is when it is not a news report (``Document.genre``; None for news)."""
QUOTE_KINDS = ("direct", "indirect", "none")
CORROBORATION_STATES = ("corroborated", "single_source", "unattributed")
ASSERTION_KINDS = ("background", "unsourced_assertion")
"""What a claim in the reporter's own voice is: background needs no source, an assertion does."""
ENTITY_KINDS = ("person", "organization", "outlet", "document", "group")


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the article: ``text`` is exactly ``document.text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Cut a span out of ``text``, trimming surrounding white space."""
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return cls(start, end, text[start:end])

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """A line that belongs to the page, not to the story: promo, caption, credit, provenance…"""

    span: Span
    kind: str


@dataclass(frozen=True, slots=True)
class Document:
    """An ingested article: decoded text plus what ingest found around the story."""

    text: str
    path: str | None = None
    sha256: str = ""
    title: str | None = None
    title_span: Span | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    reprint_of: str | None = None
    boilerplate: tuple[Boilerplate, ...] = ()
    body: tuple[Span, ...] = ()
    """The story's paragraphs, in order; everything outside them is title, metadata or boilerplate."""
    format: str = "text"
    language_note: str | None = None
    """Set when the text does not look like English: the analysis is then best effort."""
    genre: str | None = None
    """None for a news report; ``"opinion"`` (a column, an editorial, a letter: the writer's own
    views) or ``"press_release"`` (an organization's own announcement), from the labels the
    text carries (``rules/boilerplate.toml`` [genre])."""
    genre_signal: str | None = None
    """The words that gave the genre away ("OPINION:", "(BUSINESS WIRE)"), else None."""

    def __repr__(self) -> str:
        """One line (the text itself would fill a screen): path, title, size, paragraphs."""
        return (f"Document(path={self.path!r}, title={_short(self.title)!r}, "
                f"chars={len(self.text)}, paragraphs={len(self.body)}, format={self.format!r})")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the body; a quotation that runs over several Punkt sentences stays one."""

    index: int
    span: Span
    paragraph: int


@dataclass(frozen=True, slots=True)
class Source:
    """Who a claim is attributed to; ``mentions`` lists every place the text refers to them."""

    id: str
    name: str
    kind: str
    anonymous: bool
    anonymity_reason: str | None = None
    mentions: tuple[Span, ...] = ()
    entity_id: str | None = None
    """The :class:`Entity` this source is (set by the entity stage)."""
    unverified: bool = False
    """A document nobody has vouched for: content shared on social media or online by no named
    author ("Footage shared on social media"; ``rules/sources.toml`` [documents] unverified)."""


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organization, outlet, document or group the article mentions, once.

    ``mentions`` are every place the article refers to it (names, titles, roles, pronouns, "the
    source"), in text order; mentions of two entities never overlap.  ``source_id`` is the
    source it is when the article cites it, else None.
    """

    id: str
    kind: str
    """One of ``ENTITY_KINDS``."""
    name: str
    """The fullest name, or the first description when the article gives no name."""
    named: bool
    mentions: tuple[Span, ...] = ()
    source_id: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """An asserted piece of content, with who asserts it and how well it is supported."""

    id: str
    span: Span
    sentence: int
    source_id: str | None = None
    source_mention: Span | None = None
    cue: Span | None = None
    quote: str = "none"
    hedged: bool = False
    hedge: Span | None = None
    corroboration: str = "unattributed"
    corroborated_by: tuple[str, ...] = ()
    conflicts_with: tuple[str, ...] = ()
    score: float = 0.0
    reasons: tuple[str, ...] = ()
    key: bool = False
    """The headline or lede claim: what the story is about."""
    assertion: str | None = None
    """For a claim without a source: "background" (dated history, context, scene; not scored
    against the article) or "unsourced_assertion" (a figure, accusation, prediction, causal claim
    or evaluation that needs a source). None for an attributed claim. Set by the score stage."""
    partly_corroborated_by: tuple[str, ...] = ()
    """Claims of an independent source that confirm part of this one (the same event, not the
    same figure: "1,500 arrived on the 2nd" / "300 arrived Sunday evening"); they do not make
    it ``corroborated``."""
    links: tuple[str, ...] = ()
    """Why each ``corroborated_by``/``conflicts_with`` entry links, in the words an editor
    checks: ``"C13: same event (Pochon County, 2 Aug 2020), figure 300 within 150–300"``."""
    headline: bool = False
    """The article's headline read as one claim in the outlet's own voice (``Report.headline``,
    id ``C0``, sentence 0: the sentence it stands before): what the story says happened.
    Matched against other articles' claims (two outlets' headlines and ledes about one event),
    never scored on its own and not counted in the summary: the body's claims carry the
    sourcing."""


@dataclass(frozen=True, slots=True)
class Summary:
    """The article as a whole. ``credibility_score`` (the name the JSON schema keeps) is the
    *sourcing score*, 0..100: how much of the article's substantive claims rest on identifiable,
    independent sources, not whether they are true (README, "How the sourcing score works")."""

    credibility_score: float
    claims: int
    attributed: int
    anonymous_sources: int
    named_sources: int
    uncorroborated: int
    single_anonymous_key_claim: bool
    findings: tuple[str, ...] = ()
    verdict: str = ""
    unsourced_assertions: int = 0
    """Claims in the reporter's own voice that need a source and cite none."""
    background: int = 0
    """Claims in the reporter's own voice that are background (shown, not scored)."""
    standards: tuple[str, ...] = ()
    """Ids of the sourcing standards (``rules/standards.toml``) the article falls short of."""


@dataclass(frozen=True, slots=True)
class Report:
    """The analysis of one article."""

    document: Document
    sentences: tuple[Sentence, ...]
    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    summary: Summary
    origin_group: str | None = None
    entities: tuple[Entity, ...] = ()
    """Who the article mentions (schema 1.1); empty for reports made without the entity stage."""
    headline: Claim | None = None
    """The headline read as one claim (``Claim.headline``; id ``C0``), or None when the
    article has none or its body's first sentence is the headline.  Not among ``claims`` (the
    body's claims, which the summary counts); the JSON report lists it first in ``claims``."""

    def __repr__(self) -> str:
        """One line: title, path, counts and score (the fields hold the whole analysis)."""
        d = self.document
        return (f"Report(title={_short(d.title)!r}, path={d.path!r}, "
                f"sentences={len(self.sentences)}, sources={len(self.sources)}, "
                f"claims={len(self.claims)}, score={self.summary.credibility_score:g})")

    def source(self, source_id: str | None) -> Source | None:
        """The source with this id, or None.  Sources are numbered S1, S2, … in order, so the
        id gives the place (constant time: callers look up every claim's source); a scan
        remains for sources numbered otherwise."""
        k = int(source_id[1:]) - 1 if source_id and source_id[1:].isdigit() else -1
        if 0 <= k < len(self.sources) and self.sources[k].id == source_id:
            return self.sources[k]
        for s in self.sources:
            if s.id == source_id:
                return s
        return None

    def to_dict(self, include_text: bool = False) -> dict:
        """The report as the JSON object of ``REPORT_SCHEMA.md``."""
        from credibility.report import report_to_dict

        return report_to_dict(self, include_text=include_text)

    def _repr_html_(self) -> str:
        """The HTML article view, inline in Jupyter (in a sandboxed iframe)."""
        from credibility.html import notebook_html

        return notebook_html(self)


def _short(text: str | None, most: int = 60) -> str | None:
    """``text`` cut to ``most`` characters with "…" (for reprs)."""
    if text is None or len(text) <= most:
        return text
    return text[:most - 1] + "\u2026"
