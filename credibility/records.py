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
BOILERPLATE_KINDS = ("promo", "caption", "credit", "provenance", "dateline")
QUOTE_KINDS = ("direct", "indirect", "none")
CORROBORATION_STATES = ("corroborated", "single_source", "unattributed")


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
    links: tuple[str, ...] = ()
    """Why each ``corroborated_by``/``conflicts_with`` entry links, in the words an editor
    checks: ``"C13: same event (Pochon County, 2 Aug 2020), figure 300 within 150–300"``."""


@dataclass(frozen=True, slots=True)
class Summary:
    credibility_score: float
    claims: int
    attributed: int
    anonymous_sources: int
    named_sources: int
    uncorroborated: int
    single_anonymous_key_claim: bool
    findings: tuple[str, ...] = ()
    verdict: str = ""


@dataclass(frozen=True, slots=True)
class Report:
    """The analysis of one article."""

    document: Document
    sentences: tuple[Sentence, ...]
    sources: tuple[Source, ...]
    claims: tuple[Claim, ...]
    summary: Summary
    origin_group: str | None = None

    def source(self, source_id: str | None) -> Source | None:
        """The source with this id, or None."""
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
