"""Part-of-speech tags and chunks of one sentence, for the frames the left scan cannot reach.

The tagger is the Brill tagger of Pattern (Tom De Smedt and Walter Daelemans, "Pattern for
Python", JMLR 13, 2012; BSD) with its English lexicon, context and morphology rules and its
rule-based chunker, as shipped inside the TextBlob wheel (``textblob/_text.py`` and
``textblob/en/*.txt``, MIT): no model download.  TextBlob is in ``install_requires`` (a
report must not depend on what else is installed); should it be missing all the same,
``chunks`` returns None and the fallback frames are skipped.

``textblob/_text.py`` uses the standard library only, but ``import textblob`` imports NLTK and
through it SciPy (3.3 s of start-up, more than the whole batch budget allows), so the module is
loaded from its file under a private name, and its lexicon (0.08 s) on the first sentence that
needs it.  Tagging costs 3-7 µs a word: call it only for sentences that need it.
"""

from __future__ import annotations

import importlib.util
import os
from functools import cache


@cache
def _parser():
    """Pattern's English parser built from TextBlob's files, or None when TextBlob is absent."""
    spec = importlib.util.find_spec("textblob")     # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    home = spec.submodule_search_locations[0]
    if not os.path.isfile(os.path.join(home, "_text.py")):
        return None     # a TextBlob without Pattern's module: no tagger
    text_spec = importlib.util.spec_from_file_location(
        "credibility._pattern_text", os.path.join(home, "_text.py"))
    if text_spec is None or text_spec.loader is None:
        return None
    module = importlib.util.module_from_spec(text_spec)
    text_spec.loader.exec_module(module)
    en = os.path.join(home, "en")
    lexicon = module.Lexicon(
        path=os.path.join(en, "en-lexicon.txt"),
        morphology=os.path.join(en, "en-morphology.txt"),
        context=os.path.join(en, "en-context.txt"),
        entities=os.path.join(en, "en-entities.txt"),
        language="en")
    return module.Parser(lexicon=lexicon, default=("NN", "NNP", "CD"), language="en")


def available() -> bool:
    """Whether the tagger can be used (TextBlob is installed)."""
    return _parser() is not None


def lexicon_tag(word: str) -> str | None:
    """The tag the tagger's lexicon gives ``word`` out of context (its most frequent one:
    "perhaps" RB, "policy" NN), by a dictionary look-up that tags no sentence; None when the
    word is not in the lexicon or TextBlob is not installed."""
    parser = _parser()
    if parser is None:
        return None
    return parser.lexicon.get(word)


def _penn(token: str, tag: str) -> tuple[str, str]:
    return token, tag


def chunks(words: tuple[str, ...]) -> tuple[tuple[str, str], ...] | None:
    """Penn Treebank tag and chunk label of each word of one tokenized sentence.

    Args:
        words: the sentence's tokens, punctuation as tokens of its own.

    Returns:
        one ``(tag, chunk)`` per word, in order: tag as "NNP", "VBD", "IN"; chunk as "B-NP",
        "I-VP", "B-PP" or "O"; None when TextBlob is not installed.
    """
    parser = _parser()
    if parser is None or not words:
        return None
    tagged = parser.find_tags(list(words), map=_penn)
    chunked = parser.find_chunks(tagged)
    return tuple((w[1], w[2]) for w in chunked)
