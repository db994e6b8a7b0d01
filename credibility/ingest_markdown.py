"""Markdown input for ingest: the article's blocks, read with a real parser (markdown-it-py).

The analysed text of a Markdown file is the file with its markup blanked out, character for
character: heading and quote markers, list bullets and numbers, emphasis, code ticks, link and
image targets, inline HTML and thematic breaks become spaces (line breaks stay).  The result has
the file's length, so every offset of the report indexes the file itself and
``text[start:end] == span.text`` holds for the blanked text that ``document.text`` carries.

What the parser says about each block is kept: headings (the title, and subheads that are not
claims), paragraphs (also those inside list items and block quotes: each is a paragraph whose
sentences are attributed like any other), and code, which is not prose.  A YAML front matter
block (``---`` … ``---`` at the top) is left as it is for the header-field rules of ingest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_FRONT_MATTER = re.compile(
    r"(?:---|\+\+\+)[ \t]*\r?\n(?:.*\r?\n)*?(?:---|\.\.\.|\+\+\+)[ \t]*(?:\r?\n|$)")

# a bare tag: a name of letters and digits (no hyphen: custom elements are markup), no attributes
_BARE_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\s*>")


@dataclass(frozen=True, slots=True)
class Block:
    """A block of the Markdown file: ``kind`` is ``heading``, ``paragraph`` or ``code``;
    ``start``/``end`` are character offsets (whole lines); ``level`` is a heading's level."""

    kind: str
    start: int
    end: int
    level: int = 0


@cache
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def front_matter_end(text: str) -> int:
    """Where a front matter block at the very top of ``text`` ends (0 when there is none)."""
    m = _FRONT_MATTER.match(text)
    return m.end() if m else 0


def blank_markup(text: str, html_elements: frozenset[str] = frozenset()
                 ) -> tuple[str, tuple[Block, ...]]:
    """``text`` with its Markdown markup blanked out, and its blocks.

    ``html_elements`` are the lower-cased names of HTML elements: inline HTML of such a name is
    markup; a bare tag of any other name, without attributes ("<Vexa>"), is text and kept.

    Returns:
        The blanked text (same length as ``text``; only markup characters are replaced, each by
        a space) and the blocks in file order.  Front matter is neither blanked nor a block.
    """
    fm = front_matter_end(text)
    # the parser must not read front matter as a thematic break and a setext heading: it sees
    # the same number of lines, empty
    source = "\n" * text[:fm].count("\n") + text[fm:] if fm else text
    shift = fm - text[:fm].count("\n")  # offset in ``source`` + shift = offset in ``text``
    starts = [0]
    for m in re.finditer("\n", source):
        starts.append(m.end())
    starts.append(len(source) + 1)

    def offset(line: int) -> int:  # start of ``line`` in ``text``
        pos = starts[min(line, len(starts) - 1)]
        pos = min(pos, len(source))
        return pos + shift if pos >= text[:fm].count("\n") else pos

    out = list(text)
    keep = [False] * len(text)
    keep[:fm] = [True] * fm
    blocks: list[Block] = []
    tokens = _parser().parse(source)
    for i, tok in enumerate(tokens):
        if tok.map is None or tok.nesting == -1:
            continue
        start, end = offset(tok.map[0]), offset(tok.map[1])
        end = end - 1 if end > start and text[end - 1:end] == "\n" else end
        if tok.type in ("heading_open", "paragraph_open"):
            inline = tokens[i + 1]
            kind = "heading" if tok.type == "heading_open" else "paragraph"
            istart = offset(inline.map[0]) if inline.map else start
            iend = offset(inline.map[1]) if inline.map else end
            _keep_inline(text, istart, min(iend, end) if kind == "heading" else end,
                         inline.children or [], keep, html_elements)
            blocks.append(Block(kind, start, end, int(tok.tag[1:]) if kind == "heading" else 0))
        elif tok.type in ("fence", "code_block"):
            blocks.append(Block("code", start, end))
            for k in range(start, end):
                keep[k] = True
        elif tok.type == "html_block" or tok.type == "hr":
            continue  # blanked: markup, not text
        elif tok.type in ("table_open",):
            # a table's cells are kept as they are (rows are lines of the body)
            for k in range(start, end):
                keep[k] = text[k] != "|"
            blocks.append(Block("paragraph", start, end))
    for k, ch in enumerate(text):
        if not keep[k] and not ch.isspace():
            out[k] = " "
    return "".join(out), tuple(blocks)


def _keep_inline(text: str, start: int, end: int, children, keep: list[bool],
                 html_elements: frozenset[str] = frozenset()) -> None:
    """Mark the characters of ``text[start:end]`` that the inline ``children`` show as text.

    Each text piece is found in order from where the previous one ended; what lies between
    (emphasis, link brackets and targets, code ticks, inline HTML, images) stays unmarked and is
    blanked.  A piece that cannot be found as written (a backslash escape or an entity that the
    parser decoded) keeps the rest of the block as it is rather than blank real words.
    """
    pos = start
    for child in children:
        if child.type == "image" or (child.type == "link_close" and child.markup != "autolink"):
            # step over the target, "](url "title")", so that no later text is found in it;
            # an image's alt text sits in its own children: the whole image is markup here
            pos = _after_target(text, pos, end, child)
            continue
        if child.type == "html_inline" and _shown_tag(child.content, html_elements):
            pass  # "<Vexa>": a name in angle brackets, no HTML the page would hide
        elif child.type not in ("text", "code_inline"):
            continue
        piece = child.content
        if not piece:
            continue
        at = text.find(piece, pos, end)
        if at < 0:
            for k in range(pos, end):
                keep[k] = True
            return
        for k in range(at, at + len(piece)):
            keep[k] = True
        pos = at + len(piece)


def _shown_tag(tag: str, html_elements: frozenset[str]) -> bool:
    """Whether inline HTML ``tag`` is text a browser would not hide as markup for this reader:
    a bare opening or closing tag, without attributes, of a name that is no HTML element and
    no custom element ("<Vexa>", "</Vexa>"; not "<br>", "<span class=x>", "<my-widget>")."""
    m = _BARE_TAG.fullmatch(tag)
    return m is not None and m.group(1).lower() not in html_elements


def _after_target(text: str, pos: int, end: int, token) -> int:
    """Where the target of a link or image that ends after ``pos`` ends: after its ``(url)`` or
    ``[reference]``, or ``pos`` when no target follows (a shortcut reference ``[text]``)."""
    k = text.find("]", pos, end)
    if k < 0 or k + 1 >= end or text[k + 1] not in "([":
        return k + 1 if k >= 0 else pos
    close = ")" if text[k + 1] == "(" else "]"
    # an image's src is known: a ")" inside it must not end the target early
    src = token.attrs.get("src", "") if token.type == "image" else ""
    at = text.find(src, k, end) + len(src) if src and text.find(src, k, end) >= 0 else k
    stop = text.find(close, at, end)
    return stop + 1 if stop >= 0 else pos
