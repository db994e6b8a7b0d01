"""credibility: who says what in a news article, and how well it is supported.

>>> import credibility
>>> report = credibility.analyze(open("seeds/rfa_ryanggang_special_forces.txt").read())
>>> report.summary.credibility_score  # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path

# tables is a callable module: credibility.tables(reports) -> {name: DataFrame}
from credibility import tables
from credibility.errors import CredibilityError, InputError, InputTooLarge, RulesError
from credibility.records import Claim, Document, Entity, Report, Sentence, Source, Span, Summary

__version__ = "0.1.0"
__all__ = [
    "analyze", "analyze_document", "analyze_file", "to_frame", "Report", "Document", "Claim",
    "Source", "Sentence", "Span", "Summary", "Entity", "CredibilityError", "InputError",
    "InputTooLarge", "RulesError", "tables",
]


def analyze_document(document: Document, rules=None) -> Report:
    """Run segment, attribute, entities, corroborate and score on an ingested document."""
    from credibility import attribute, corroborate, entities, score, segment
    from credibility.rules import load_rules

    rules = rules or load_rules()
    sentences = segment.segment(document, rules)
    sources, claims = attribute.attribute(document, sentences, rules)
    # a headline that names its source comes as claim C0 and goes through the entity layer
    # with the body's claims (one source however named); else it is the outlet's own voice
    found, sources, claims, _ = entities.resolve(document, sentences, sources, claims, rules)
    headline = next((c for c in claims if c.headline), None) or \
        attribute.headline_claim(document, claims)
    claims = tuple(c for c in claims if not c.headline)
    claims = corroborate.corroborate(document, sources, claims, rules)
    claims = score.score_claims(document, sources, claims, rules)
    summary = score.summarize(document, sources, claims, rules)
    return Report(document, sentences, sources, claims, summary, entities=found,
                  headline=headline and score.score_headline(headline, rules))


def analyze(text: str, path: str | None = None, fmt: str = "text", rules=None) -> Report:
    """Analyse one article given as a string.

    Args:
        text: the article (plain text or Markdown; ``fmt="html"`` for an HTML page).
        path: what the report should give as ``document.path``.
        fmt: ``text``, ``markdown``, ``html`` or ``json``.

    Returns:
        The :class:`Report`: sources, claims with scores and reasons, and a summary.

    Raises:
        InputError: the text is empty or holds no article.
    """
    from credibility import ingest

    if not isinstance(text, str):
        raise InputError("analyze() takes a str; decode bytes first or use analyze_file()")
    if fmt == "html":
        document = ingest.parse_html(text, path)
    else:
        document = ingest.parse_text(text, path, fmt)
    return analyze_document(document, rules)


def analyze_file(path: str | Path, max_bytes: int | None = None, rules=None) -> list[Report]:
    """Analyse a file: one report per article it holds (JSONL files may hold several)."""
    from credibility import ingest

    docs = ingest.load(path, max_bytes or ingest.DEFAULT_MAX_BYTES)
    return [analyze_document(d, rules) for d in docs]


def to_frame(reports):
    """A pandas DataFrame with one row per claim of the given reports (for notebooks)."""
    from credibility.report import claims_frame

    return claims_frame(reports if not isinstance(reports, Report) else [reports])
