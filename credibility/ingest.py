"""Stage 1, ingest: bytes in, :class:`~credibility.records.Document` out.

Decodes the text (BOM, UTF-8, UTF-16, else charset detection), refuses what is not an article
(empty, binary, too large) with an :class:`~credibility.errors.InputError`, extracts the text of
HTML and JSON records, and separates the story's paragraphs from what surrounds them: title,
header fields, dateline, photo caption and credit, promo lines, provenance and wire sign-offs.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO

from credibility.errors import InputError, InputTooLarge
from credibility.records import Boilerplate, Document, Span
from credibility.rules import Rules, canonical_outlet, load_rules, string_guard

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                 ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl"}
_BINARY_MAGIC = {b"%PDF": "a PDF file", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
                 b"GIF8": "a GIF image", b"PK\x03\x04": "a ZIP archive (or Office document)",
                 b"\x1f\x8b": "a gzip archive", b"\x7fELF": "an executable",
                 b"\xd0\xcf\x11\xe0": "an old Office document", b"7z\xbc\xaf": "a 7-Zip archive",
                 b"Rar!": "a RAR archive", b"\xfd7zXZ": "an xz archive",
                 b"\x28\xb5\x2f\xfd": "a zstd archive", b"BZh91AY": "a bzip2 archive",
                 b"SQLite format 3": "an SQLite database", b"OggS": "an Ogg media file",
                 b"ID3": "an MP3 file", b"fLaC": "a FLAC file", b"wOFF": "a web font",
                 b"MZ\x90\x00": "a Windows executable", b"II*\x00": "a TIFF image",
                 b"MM\x00*": "a TIFF image", b"\x00asm": "a WebAssembly module",
                 b"\xca\xfe\xba\xbe": "a Java class file (or Mach-O binary)"}
# The UTF-16 and UTF-32 codecs read and drop their byte-order mark themselves; UTF-8's is cut off
# here, so that a second U+FEFF, which is text, stays.
_BOMS = ((b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe\x00\x00", "utf-32"),
         (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# C0/C1 control characters other than tab, newline, vertical tab, form feed and carriage return:
# a decoded "text" with many of them is binary data that happened to decode.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d",
                 "%b. %d, %Y", "%A, %B %d, %Y")
_WORD = re.compile(r"[^\W_]")
_WIRE_TICKER = re.compile(r"(?<=\w\s)<([A-Z][A-Z0-9.]{0,9}(?: [A-Z]{1,3})?)>")
"""A ticker in the angle brackets of Reuters copy, after its company's name ("CRA Ltd
<CRAA.S>", "Pharmacia AB <PHAB ST>")."""
_WIRE_NAME = re.compile(r"(?<![\w<])<([A-Z][^<>\n=/\\]{0,79}(?:\n[^<>\n=/\\]{1,79})?)>(?!\w)")
"""A company's name in the angle brackets of Reuters copy ("<High Point Financial Corp> said"),
over a line break where the copy is wrapped."""
_NOT_ENGLISH = "the text does not look like English; only English is supported (best effort)"


def decode(data: bytes, name: str = "input") -> str:
    """Decode article bytes; remove a byte-order mark and nothing else.

    A byte-order mark decides (UTF-8, UTF-16, UTF-32); then UTF-16 without a mark is recognised
    by its NUL bytes, then UTF-8, then charset detection for legacy encodings (Latin-1, cp1252,
    Shift JIS…).

    Raises:
        InputError: the bytes are binary (NUL bytes, a known file signature, mostly control
            characters) or no text encoding fits them.
    """
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{name}: this is {what}, not a text article")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom):] if encoding == "utf-8" else data, encoding, name)
            return _refuse_control(text, name)
    if b"\x00" in data:
        encoding = _bomless_utf16(data)
        if encoding is None:
            raise InputError(f"{name}: binary data (NUL bytes), not a text article")
        return _refuse_control(_strict(data, encoding, name), name)
    try:
        return _refuse_control(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return _refuse_control(mostly, name)
    western = _western(data)
    if western is not None:
        return _refuse_control(western, name)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: cannot tell the text encoding (not UTF-8, no other fits)")
    return _refuse_control(str(best), name)


_FEW_NON_ASCII = 0.02
"""At most this share of bytes above 0x7F: English text with a few pound signs, curly quotes
and accented names, not a text in another script."""


def _western(data: bytes) -> str | None:
    """English text in a legacy Western encoding, decoded as Windows-1252 (what the WHATWG
    Encoding Standard makes of "latin1" and "iso-8859-1" labels too), or None.

    Charset detection guesses from a handful of bytes when an article is mostly ASCII, and may
    take the "£" of "£2.4bn" (0xA3) for Latin-2's "Ł"; for English copy with few bytes above
    0x7F Windows-1252 is the likely encoding, and it is tried first."""
    high = sum(1 for b in data if b > 0x7F)
    if not high or high > _FEW_NON_ASCII * len(data):
        return None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray bytes (a scrape glued from two sources), decoded with U+FFFD
    for each bad byte; None when the bytes do not look like UTF-8 at all.

    Charset detection would read such a file as Latin-1 or similar and garble every accented
    letter of the article to save one byte.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for ch in text if ch > "\x7f" and ch != "\ufffd")
    return text if good >= 4 * bad else None


def _bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when NUL bytes sit where UTF-16 puts them, else None.

    Text in a Latin script saved as UTF-16 has a NUL in every other byte (the high byte of each
    character); binary data has them anywhere.
    """
    if len(data) % 2:
        return None
    sample = data[:8192]
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) >= 0.6 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) >= 0.6 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _refuse_control(text: str, name: str) -> str:
    """``text`` unless a good part of it is control characters (binary data that decoded)."""
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 20):
        raise InputError(f"{name}: binary data (mostly control characters), not a text article")
    return text


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: not valid {encoding.upper()} ({e.reason} at byte {e.start})") \
            from None


def _display_name(path: str | None) -> str:
    """What an error calls the input: its path, "standard input" for ``-``, else "input"."""
    if path == "-":
        return "standard input"
    return path or "input"


def read_bytes(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file, refusing what cannot be an article with one readable line.

    The size is checked before reading and again while reading, so a file that grows, a pipe or a
    device such as ``/dev/zero`` never makes it read more than ``max_bytes + 1`` bytes.

    Raises:
        InputError: missing, a directory, unreadable; InputTooLarge: over ``max_bytes``.
    """
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{path}: is a directory (use `credibility batch` for folders)")
        size = p.stat().st_size
        if size > max_bytes:
            raise InputTooLarge(f"{path}: {size:,} bytes is over the limit of {max_bytes:,} "
                                "(raise it with --max-bytes)")
        with open(p, "rb") as fp:
            data = read_stream(fp, max_bytes, str(path), size)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None
    return data


def read_stream(fp: BinaryIO, max_bytes: int = DEFAULT_MAX_BYTES, name: str = "standard input",
                size: int | None = None) -> bytes:
    """Read a binary stream (standard input, a pipe) up to ``max_bytes``, never more.

    ``size``: the bytes a file held when it was looked at.  They are read first, and one more to
    see whether it grew since (then on up to the limit): asking for ``max_bytes`` at once would
    have a buffer of that size made for each small file.

    Raises:
        InputTooLarge: the stream holds more than ``max_bytes``.
    """
    data = b""
    if size is not None and size < max_bytes:
        data = fp.read(size + 1)
        if len(data) <= size:
            return data     # the end of the file
    data += fp.read(max_bytes + 1 - len(data))
    if len(data) > max_bytes:
        raise InputTooLarge(f"{name}: over the limit of {max_bytes:,} bytes "
                            "(raise it with --max-bytes)")
    return data


def format_of(path: str | Path | None) -> str:
    """The input format by file name: text, markdown, html, json or jsonl (text if unknown)."""
    if path is None:
        return "text"
    return TEXT_SUFFIXES.get(Path(str(path)).suffix.lower(), "text")


def load(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES, fmt: str | None = None,
         display_path: str | None = None, errors: list[InputError] | None = None
         ) -> list[Document]:
    """Read one file into its documents (a JSONL file may hold several).

    Args:
        path: the file; ``-`` is not handled here (see :func:`parse_bytes`).
        max_bytes: refuse larger files.
        fmt: force a format instead of guessing it from the suffix.
        display_path: what ``document.path`` should say (default: ``path`` as given).
        errors: see :func:`parse_bytes`.

    Raises:
        InputError: the file cannot be read or holds no article.
    """
    data = read_bytes(path, max_bytes)
    return parse_bytes(data, display_path or str(path), fmt or format_of(path), errors)


def parse_bytes(data: bytes, path: str | None, fmt: str = "text",
                errors: list[InputError] | None = None) -> list[Document]:
    """Decode and parse bytes of the given format into documents.

    Args:
        data: the file's bytes.
        path: what ``document.path`` should say; JSONL records get ``path:line``.
        fmt: text, markdown, html, json or jsonl; ``auto`` tells by the content
            (:func:`sniff_format`), as for standard input.
        errors: for JSONL (or a JSON array), a list to collect the bad records in (each an
            InputError naming ``path:line``, ``path:N`` for the Nth item of an array) while
            the good ones are returned, so that one bad line does not lose the rest (what a
            batch wants).  Without it the first bad record raises.

    Raises:
        InputError: the bytes cannot be decoded or hold no article.
    """
    name = _display_name(path)
    text = decode(data, name)
    if fmt == "auto":
        fmt = sniff_format(text)
    if fmt == "html":
        return [parse_html(text, path)]
    if fmt == "json":
        value = _json_value(text, name)
        if isinstance(value, list):     # an array of article records, as JSON Lines
            return list(_array_documents(value, path, errors))
        return [_from_record(_as_record(value, name), path)]
    if fmt == "jsonl":
        return list(_jsonl_documents(text, path, errors))
    return [parse_text(text, path, fmt)]


def _json_int(digits: str) -> int | float:
    """A JSON integer; one too long for ``int()`` (Python refuses over 4,300 digits) as a float,
    so that an unused huge number cannot make a record unreadable."""
    return int(digits) if len(digits) < 4000 else float(digits)


def _json_value(text: str, name: str):
    try:
        return json.loads(text, parse_int=_json_int)
    except json.JSONDecodeError as e:
        # a JSON Lines record is one line: its name already says which ("file.jsonl:2")
        where = f"column {e.colno}" if "\n" not in text.strip() else \
            f"line {e.lineno} column {e.colno}"
        # ("Unterminated string starting at": some of json's messages end in "at" already)
        at = "" if e.msg.endswith(" at") else " at"
        raise InputError(f"{name}: malformed JSON ({e.msg}{at} {where})") from None
    except RecursionError:
        raise InputError(f"{name}: JSON nested too deeply to be an article record") from None


def _json_object(text: str, name: str) -> dict:
    return _as_record(_json_value(text, name), name)


def _as_record(obj, name: str) -> dict:
    if not isinstance(obj, dict):
        raise InputError(f"{name}: JSON must be an object with a \"text\" field, or an array "
                         "of them (or JSON Lines: one object a line)")
    return obj


def _array_documents(items: list, path: str | None, errors: list[InputError] | None
                     ) -> Iterator[Document]:
    """The records of a JSON array, named ``path:N`` (N from 1) like JSON Lines records."""
    name = _display_name(path)
    if not items:
        raise InputError(f"{name}: empty JSON array")
    for n, item in enumerate(items, 1):
        try:
            yield _from_record(_as_record(item, f"{name}:{n}"), f"{name}:{n}")
        except InputError as e:
            if errors is None:
                raise
            errors.append(e)


def _jsonl_documents(text: str, path: str | None, errors: list[InputError] | None = None
                     ) -> Iterator[Document]:
    name = _display_name(path)
    found = False
    # Only "\n" ends a record: str.splitlines() would also split inside a record's text at
    # U+2028, U+0085, form feeds and other characters that JSON strings may hold unescaped.
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        found = True
        try:
            doc = _from_record(_json_object(line, f"{name}:{n}"), f"{name}:{n}")
        except InputError as e:
            if errors is None:
                raise
            errors.append(e)
            continue
        yield doc
    if not found:
        raise InputError(f"{name}: empty JSON Lines file")


def _from_record(obj: dict, path: str | None) -> Document:
    name = _display_name(path)
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(f"{name}: JSON record has no \"text\" string field")
    # JSON escapes can spell lone surrogates ("\ud800"), which no output encoding accepts;
    # U+FFFD has the same length, so offsets are unaffected.
    text = _SURROGATE.sub("\ufffd", text)
    doc = parse_text(text, path, "json")
    fields = {}
    for key, field in (("title", "title"), ("url", "url"), ("published", "published"),
                       ("outlet", "outlet")):
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            fields[field] = _SURROGATE.sub("\ufffd", value.strip())
            if field == "published":  # an ISO date, as the report promises, or the text's
                iso = _iso_date(fields.pop(field))
                if iso:
                    fields[field] = iso
    if fields:
        doc = replace(doc, **fields)
        if "title" in fields and doc.genre is None:
            doc = with_genre(doc)   # the record's headline may carry the label ("Opinion: …")
    return doc


class _TextExtractor(HTMLParser):
    """Fallback HTML to text without trafilatura: drops scripts and page furniture, keeps block
    structure, and reads the title, date, author and site name from ``<meta>`` tags."""

    _SKIP = {"script", "style", "noscript", "template", "svg", "head", "nav", "footer", "aside",
             "form", "button", "iframe", "object", "embed", "canvas", "select", "textarea",
             "dialog", "menu"}
    _VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
             "source", "track", "wbr"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote",
              "section", "article", "header", "figcaption", "figure", "pre", "ul", "ol", "table",
              "hr", "dd", "dt", "main", "address"}
    _META = {"author": "author", "article:author": "author", "byl": "author",
             "og:site_name": "sitename", "application-name": "sitename",
             "article:published_time": "date", "date": "date", "pubdate": "date",
             "dc.date": "date", "dc.date.issued": "date", "dcterms.created": "date",
             "datepublished": "date", "parsely-pub-date": "date", "publish-date": "date",
             "og:title": "title", "og:url": "url"}

    _CODE = {"script", "style", "noscript", "template", "svg", "head", "object", "embed",
             "canvas"}
    """What is never text; the rest of _SKIP is page furniture, kept when nothing else is left."""

    def __init__(self, furniture: bool = True, unlikely: re.Pattern | None = None,
                 maybe: re.Pattern | None = None, structure: frozenset[str] = frozenset()
                 ) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_tags = self._SKIP if furniture else self._CODE
        # furniture by its class or id (Readability's unlikely candidates; boilerplate.toml)
        self._unlikely = unlikely if furniture else None
        self._maybe = maybe
        self._structure = structure     # never furniture by class or id
        self.parts: list[str] = []
        self.title = ""
        self.h1 = ""     # the page's first <h1> outside furniture: its headline
        self._h1 = 0     # 1 inside that <h1>, 2 after it
        self.meta: dict[str, str] = {}
        self._skip: list[str] = []
        self._in_title = False
        self._json_ld: list[str] | None = None   # inside <script type="application/ld+json">
        self._dates: dict[str, str] = {}   # where the page gives its date -> the date

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        elif tag == "meta":
            a = {k.lower(): v for k, v in attrs if v}
            key = self._META.get((a.get("property") or a.get("name") or a.get("itemprop")
                                  or "").lower())
            if key and a.get("content", "").strip() and key not in self.meta:
                self.meta[key] = " ".join(a["content"].split())
        elif tag == "time" and dict(attrs).get("datetime"):
            self._dates.setdefault("time", dict(attrs)["datetime"])
        if tag == "script" and (dict(attrs).get("type") or "").lower() == "application/ld+json":
            self._json_ld = []
        if tag in self._VOID:
            if tag in self._BLOCK and not self._skip:
                self.parts.append("\n\n")
        elif self._skip or tag in self.skip_tags or (
                tag not in self._structure and self._furniture_class(attrs)):
            # inside left-out furniture every element is counted, so that its own end tag,
            # not a nested one's, ends the leaving out
            self._skip.append(tag)
        elif tag in self._BLOCK:
            self.parts.append("\n\n")
            if tag == "h1" and not self._h1:
                self._h1 = 1

    def _furniture_class(self, attrs) -> bool:
        """Whether an element's class or id marks page furniture ("related-links", "promo")."""
        if self._unlikely is None:
            return False
        names = " ".join(v for k, v in attrs if k in ("class", "id") and v)
        return bool(names) and self._unlikely.search(names) is not None and not (
            self._maybe is not None and self._maybe.search(names))

    def handle_endtag(self, tag):
        if tag == "script" and self._json_ld is not None:
            found = _json_ld_date("".join(self._json_ld))
            if found:
                self._dates.setdefault("json-ld", found)
            self._json_ld = None
        if tag == "title":
            self._in_title = False
        elif self._skip:
            # Close the innermost open element of this kind (and any left open inside it), so
            # that a stray end tag cannot end skipping early and an unclosed one cannot hide
            # the rest of the page.
            if tag in self._skip:
                while self._skip and self._skip.pop() != tag:
                    pass
        elif tag in self._BLOCK:
            self.parts.append("\n\n")
            if tag == "h1" and self._h1 == 1:
                self._h1 = 2

    def handle_data(self, data):
        if self._json_ld is not None:
            self._json_ld.append(data)
        elif self._in_title:
            self.title += data
        elif not self._skip:
            self.parts.append(data)
            if self._h1 == 1:
                self.h1 += data


    def close(self):
        super().close()
        # the page's own statement of its date: a <meta> tag, else its JSON-LD
        # ("datePublished"), else a <time datetime="…"> element
        date = self.meta.get("date") or self._dates.get("json-ld") or self._dates.get("time")
        if date:
            self.meta["date"] = date


def _json_ld_date(data: str) -> str | None:
    """The ``datePublished`` of a JSON-LD block (schema.org NewsArticle and kin), looked for
    through its nested objects and lists (``@graph``), or None."""
    try:
        value = json.loads(data)
    except (ValueError, RecursionError):
        return None
    todo = [value]
    while todo:
        item = todo.pop(0)
        if isinstance(item, dict):
            date = item.get("datePublished")
            if isinstance(date, str) and date.strip():
                return date.strip()
            todo.extend(item.values())
        elif isinstance(item, list):
            todo.extend(item)
    return None


def _declared_date(html: str) -> str | None:
    """The date a page states for itself in its markup (:class:`_TextExtractor`), or None.

    Trafilatura (htmldate) drops a date later than the machine's clock, and with nothing in
    the markup it would guess from years in the text; this reads the markup alone."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return parser.meta.get("date")


_TRAFILATURA_ITEM = re.compile(r"^\s*[-*•]\s+")
_DATE_PARAMS = {"original_date": True, "extensive_search": False}
"""htmldate's settings: the publication date the markup states, never a date guessed from the
page's text (it took "between 2013 and 2021" in a story for 2013-01-01)."""


def html_to_text(html: str) -> tuple[str, dict]:
    """Main text and metadata of an HTML page: trafilatura when installed, else a tag stripper.

    Returns:
        The text, and a dict with ``title``, ``date``, ``sitename``, ``url`` and ``author``
        (each None when not found).
    """
    try:
        import trafilatura
    except ImportError:  # not installed, or installed without its lxml_html_clean dependency
        trafilatura = None
    if trafilatura is not None:
        try:
            doc = trafilatura.bare_extraction(html, include_comments=False, with_metadata=True,
                                                favor_precision=True,  # menus are not claims
                                                date_extraction_params=dict(_DATE_PARAMS))
        except RecursionError:  # lxml on pathologically deep markup: use the fallback
            doc = None
        if doc is not None:
            d = doc if isinstance(doc, dict) else doc.as_dict()
            text = d.get("text") or ""
            if text.strip():
                # trafilatura writes one block per line and a list item as "- item": each block
                # (a paragraph, a list item, a quoted paragraph) is a paragraph of the story
                text = "\n\n".join(_TRAFILATURA_ITEM.sub("", line) for line in text.split("\n")
                                   if line.strip())
                meta = {k: d.get(k) for k in ("title", "date", "sitename", "url", "author")}
                meta["date"] = meta["date"] or _declared_date(html)
                return text, meta
    bp = load_rules().boilerplate
    # an unclosed <nav> or <aside> must not hide the story; nor may a class name that reads as
    # furniture ("story has-social-tools"): without the class test, when it kept less than
    # half the text (Readability retries the same way)
    text, parser = "", None
    for furniture, unlikely in ((True, bp.html_unlikely), (True, None), (False, None)):
        if unlikely is None and furniture and bp.html_unlikely is None:
            continue
        attempt = _TextExtractor(furniture, unlikely, bp.html_maybe, bp.html_never_furniture)
        attempt.feed(html)
        attempt.close()
        found = re.sub(r"[ \t\r\f\v]+", " ", "".join(attempt.parts))
        found = re.sub(r" *\n[\n ]*\n *", "\n\n", found).strip()
        if parser is None or len(text) < len(found) / 2:
            text, parser = found, attempt
        if text and unlikely is None:
            break
    meta = dict.fromkeys(("title", "date", "sitename", "url", "author"))
    meta.update(parser.meta)
    # the page's <h1> is its headline ("<title>" often adds the site's name or is shorter),
    # unless the <title> opens otherwise (an <h1> that is the site's logo, "Valley Courier")
    h1, title = " ".join(parser.h1.split()), " ".join(parser.title.split())
    opening = " ".join(w.strip(",.:;!?'\"“”‘’") for w in h1.split()[:3]).lower()
    meta["title"] = (h1 if h1 and (not title or opening in title.lower().split(" | ")[0])
                     else title) or meta["title"]
    return text, meta


def parse_html(html: str, path: str | None) -> Document:
    """An HTML page as a document whose text is the extracted main text.

    The extracted text is the title, a ``By …`` line when the page names an author that the
    text does not show, then the main text; offsets index that text (``--include-text``).

    Raises:
        InputError: no article text can be found in the page.
    """
    text, meta = html_to_text(html)
    name = _display_name(path)
    if not text.strip():
        raise InputError(f"{name}: no article text found in the HTML")
    title = " ".join((meta.get("title") or "").split())
    blocks = text.strip().split("\n\n")
    for k, block in enumerate(blocks[1:6], 1):
        # the headline below a few lines of furniture the tag stripper kept ("Share on
        # Facebook"): it goes first, as trafilatura would give it
        line = " ".join(block.split())
        if title and 3 <= len(line.split()) and len(line) < 200 and title.startswith(line):
            text = "\n\n".join([blocks[k], *blocks[:k], *blocks[k + 1:]])
            break
    lines = text.strip().split("\n", 1)
    first = " ".join(lines[0].split())
    if title and first and len(first) < 200 and (
            title.startswith(first) or first in title and len(first.split()) >= 3):
        title = first  # "<h1>Headline</h1>" under "<title>Headline | Site</title>" (or "Site |
        #                Headline": the site name may come first; a one-word label may not)
    if title == first:  # the text starts with its headline already
        head, text = [lines[0].strip()], lines[1] if len(lines) > 1 else ""
    else:
        head = [title] if title else []
    author = " ".join((meta.get("author") or "").split())
    if author and author.lower() not in text[:500].lower():
        head.append(f"By {author}")
    if head:
        text = "\n".join(head) + "\n\n" + text.lstrip("\n")
    doc = parse_text(text, path, "html")
    published = (_iso_date(meta["date"]) if meta.get("date") else None) or doc.published
    sitename = meta.get("sitename")
    if sitename and " ".join(sitename.split()) in {title, doc.title}:
        sitename = None     # trafilatura's guess from a <title> with no site name in it
    doc = replace(doc, published=published, outlet=sitename or doc.outlet,
                  url=meta.get("url") or doc.url)
    page_title = _page_title(html)
    if doc.genre is None and page_title and page_title != doc.title:
        # the label the page's <title> carries and its text does not ("<title>Opinion | …")
        labelled = with_genre(replace(doc, title=page_title))
        if labelled.genre is not None:
            doc = replace(doc, genre=labelled.genre, genre_signal=labelled.genre_signal,
                          reprint_of=labelled.reprint_of)
    return doc


_PAGE_TITLE = re.compile(r"<title\b[^>]*>([^<]{1,500})</title\s*>", re.IGNORECASE)


def _page_title(html: str) -> str | None:
    """The text of a page's ``<title>`` element, or None."""
    from html import unescape

    m = _PAGE_TITLE.search(html[:100_000])
    return " ".join(unescape(m.group(1)).split()) or None if m else None


def _iso_date(value: str, dayfirst: bool = False) -> str | None:
    """The ISO date (YYYY-MM-DD) a date line or field gives, or None.

    Fixed formats first, then python-dateutil's parser on the first part that names a year
    ("Published 5 August 2020, 10:42 a.m. ET | Updated 6 August 2020" gives 2020-08-05; time
    zone words are read and dropped).  A numeric date is read month first ("12/01/2025" is
    1 December) unless ``dayfirst`` (:func:`_day_first`) or its first number is over 12
    ("13/01/2025" is 13 January)."""
    return _fixed_date(value) or _parsed_date(value, dayfirst)


_NUMERIC_DATE = re.compile(r"(\d(?<![\d./-]\d)\d?)([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d./-])")
"""A date in figures: "12/01/2025", "25.12.2025", "3-4-25".  (The first digit before the
look-behind for what stands before it: a pattern that opens with a character class lets ``re``
jump from digit to digit, where one opening with a look-behind is tried at every character;
the matches are the same.)"""


def _day_first(text: str, rules: Rules) -> bool:
    """Whether the article writes its dates day first, so that "12/01/2025" is 12 January.

    US style (month first) unless the article's own dates say otherwise: a date in figures
    whose first number is over 12 ("25/12/2025") or written with dots ("11.06.2025") counts for
    day first, one whose second number is over 12 ("12/25/2025") for month first, and so do a
    day before a month's name ("1 December 2025", a dateline's "LONDON, 1 Dec") and a month's
    name before a day ("December 1, 2025"); the side with more wins, month first on a tie."""
    day = month = 0
    for m in _NUMERIC_DATE.finditer(text):
        first, second = int(m.group(1)), int(m.group(3))
        if m.group(2) == "." or first > 12 >= second:
            day += 1
        elif second > 12 >= first:
            month += 1
    months = rules.assertion.months if rules.assertion else frozenset()
    if months:
        day_month, month_day = _month_dates(months)
        day += len(day_month.findall(text))
        month += len(month_day.findall(text))
    return day > month


@cache
def _month_dates(months: frozenset[str]) -> tuple[re.Pattern, re.Pattern]:
    """A day before a month's name ("1 December", "3rd Dec.") and a month's name before a day
    ("December 1"), the names capitalised, compiled once per list of months.  Each opens with
    what a match starts with, a digit or a name's capital, and looks behind it only then (the
    same matches as a leading look-behind or word boundary, which ``re`` would try at every
    character)."""
    ordered = sorted((w.capitalize() for w in months), key=lambda w: len(re.escape(w)),
                     reverse=True)
    names = "|".join(map(re.escape, ordered))
    # "\bDecember": the capital, then no word character before it
    bounded = "|".join(re.escape(w[0]) + r"(?<!\w" + re.escape(w[0]) + ")" + re.escape(w[1:])
                       for w in ordered) \
        if all(_WORD_CHAR.match(w) for w in ordered) else rf"\b(?:{names})"
    return (re.compile(rf"\d(?<![\w/.-]\d)\d?(?:st|nd|rd|th)?\s+(?:{names})\b\.?"
                       rf"(?!\s*\d{{1,2}}\b(?!\d))"),
            re.compile(rf"(?:{bounded})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![\d:])"))


_WORD_CHAR = re.compile(r"\w")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|2\d)\d{2}(?!\d)")


def _parsed_date(value: str, dayfirst: bool = False) -> str | None:
    import warnings

    from dateutil import parser

    for part in re.split(r"\s*[|•·]\s*|\s+(?=(?:updated|modified|last updated)\b)", value,
                         flags=re.IGNORECASE):
        if not _YEAR.search(part) or len(part) > 200:
            continue
        part = re.sub(r"\b(\d{1,2})\.(\d{2})\b", r"\1:\2", part)  # "10.42 BST"
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # an unknown time-zone word is dropped
                # parsed against two defaults: a day or month the part does not give comes
                # out different, and a year alone ("between 2013 and 2021", "Class of 2019")
                # or a month and year is no date of publication
                when, other = (parser.parse(part, fuzzy=True, default=d, dayfirst=dayfirst)
                               for d in _DEFAULTS)
        except (ValueError, OverflowError):
            continue
        if str(when.year) in part and when.date() == other.date():
            return when.date().isoformat()
    return None


_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))
"""Two fill-ins for what a date leaves out, differing in year, month and day."""
_DATE_LINE_CHARS = 100
"""A line longer than this is no date line."""
_DATE_LINE_PUNCTUATION = " \t,;:|·•–—-/()."


def _date_line(line: str, rules: Rules, dayfirst: bool = False
               ) -> tuple[str, str | None] | None:
    """(ISO date, the outlet it names or None) when ``line`` only dates the story, else None.

    python-dateutil's fuzzy parser reads the date and time; the line dates the story when it
    gives a day, a month and a year and what the parser skipped is punctuation and
    ``date_line_words`` ("Oct. 2, 2025 at 6:00 a.m. EDT"), or a masthead's outlet name
    ("Northern Evening Gazette, 11 June 2025", :func:`_masthead_outlet`).  A date in figures
    is read as :func:`_iso_date` says (``dayfirst``: the article's dates are written day
    first), and day first when written with dots ("11.06.2025")."""
    if len(line) > _DATE_LINE_CHARS or not _YEAR.search(line):
        return None
    import warnings

    from dateutil import parser

    part = re.sub(r"(?<![\d.])(\d{1,2})\.(\d{2})(?![.\d])", r"\1:\2", line)  # "10.42 BST",
    #                                                          not "11.06.2025"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # an unknown time-zone word is dropped
            # a date with dots is written day first ("11.06.2025": 11 June)
            dayfirst = dayfirst or re.search(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b", part) is not None
            (when, skipped), (other, _) = (parser.parse(part, fuzzy_with_tokens=True, default=d,
                                                        dayfirst=dayfirst) for d in _DEFAULTS)
    except (ValueError, OverflowError):
        return None
    if str(when.year) not in part or when.date() != other.date():
        return None
    words = rules.boilerplate.date_line_words
    left = [t for t in (t.strip(_DATE_LINE_PUNCTUATION) for t in skipped)
            if t and t.lower() not in words]
    if not left:
        return when.date().isoformat(), None
    if len(left) == 1 and _masthead_outlet(left[0], rules):
        return when.date().isoformat(), left[0]
    return None


def _fixed_date(value: str) -> str | None:
    value = " ".join(value.replace(".", " ").split()) if "," in value else value.strip()
    value = re.sub(r"\s+\d{1,2}:\d{2}.*$", "", value)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    m = re.search(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)", value)  # also 2020-08-05T10:00Z
    if m:
        try:
            return datetime(*map(int, m.groups())).date().isoformat()
        except ValueError:
            return None
    return None


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, end before the newline."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        out.append((pos, pos + len(body)))
        pos += len(line)
    return out


def _matches(kind: tuple[re.Pattern, tuple[re.Pattern, ...]], line: str) -> re.Match | None:
    """The match of the first of a kind's patterns that matches all of ``line``, or None.

    ``kind`` is ``_kind(patterns)``: the one combined pattern rules out most lines in one call;
    the first pattern that matches (with its named groups) is looked for only then."""
    combined, patterns = kind
    if not combined.fullmatch(line):
        return None
    for p in patterns:
        m = p.fullmatch(line)
        if m:
            return m
    return None


@cache
def _kind(patterns: tuple[re.Pattern, ...]) -> tuple[re.Pattern, tuple[re.Pattern, ...]]:
    return _any_of(patterns), patterns


def _any_of(patterns: tuple[re.Pattern, ...]) -> re.Pattern:
    """One pattern that fully matches a line, or finds a match in a text, when one of
    ``patterns`` does: their alternation, with named groups made plain (an alternation may not
    repeat a name).  Rule patterns hold no back-references (``rules.py`` compiles them from
    boilerplate.toml)."""
    if not patterns or len({p.flags for p in patterns}) != 1 or any(
            re.search(r"\\\d|\(\?P=", p.pattern) for p in patterns):
        return _ANY_LINE  # not combinable: every line goes to the patterns one by one
    plain = [re.sub(r"\(\?P<\w+>", "(?:", p.pattern) for p in patterns]
    try:
        return re.compile("|".join(f"(?:{x})" for x in plain), patterns[0].flags)
    except re.error:    # e.g. a pattern opening with global inline flags ("(?i)…")
        return _ANY_LINE


_ANY_LINE = re.compile(r"(?s).*")


class _LineKinds:
    """The boilerplate rules' line patterns, combined once per rule set (:func:`_line_kinds`).

    ``own``: the kinds read one by one (provenance, promo, signoff, dateline, byline, credit,
    caption with credit), each as ``_kind`` gives it; ``page``: (kind, ``_kind``) of each kind of
    page furniture, in the rules' order; ``page_kind(line)``: the first of those kinds whose
    patterns match all of ``line``, or None, in one regex call where the patterns combine."""

    def __init__(self, bp) -> None:
        self.own = (_kind(bp.provenance), _kind(bp.promo), _kind(bp.signoff),
                    _kind(bp.dateline), _kind(bp.byline), _kind(bp.credit),
                    _kind(bp.caption_with_credit))
        self.page = [(kind, _kind(patterns)) for kind, patterns in (bp.page or {}).items()]
        combined = [c for _, (c, _) in self.page]
        self._kind_of = {f"k{i}": kind for i, (kind, _) in enumerate(self.page)}
        self._guard = string_guard(tuple(p for patterns in (bp.page or {}).values()
                                         for p in patterns))
        """Most lines hold none of the strings some page pattern requires ("subscriber",
        "newsletter", "all rights reserved", two spaces in a row, …): no kind, in one search."""
        self._any = None
        if self.page and _ANY_LINE not in combined and len({c.flags for c in combined}) == 1:
            # each kind's alternation in a group of its own, in order: a full match takes the
            # first alternative that matches all of the line; the outer group closes last, so
            # the match's last group says whose it is
            self._any = re.compile("|".join(f"(?P<k{i}>{c.pattern})"
                                            for i, c in enumerate(combined)), combined[0].flags)

    def page_kind(self, line: str) -> str | None:
        if self._guard is not None and self._guard.cannot_match(line):
            return None
        if self._any is None:
            return next((k for k, patterns in self.page if _matches(patterns, line)), None)
        m = self._any.fullmatch(line)
        return None if m is None else self._kind_of[m.lastgroup]


_LINE_KINDS: dict[int, tuple[object, _LineKinds]] = {}


def _line_kinds(bp) -> _LineKinds:
    """:class:`_LineKinds` of the boilerplate rules ``bp``, made once per rules object."""
    held = _LINE_KINDS.get(id(bp))
    if held is None or held[0] is not bp:
        held = _LINE_KINDS[id(bp)] = (bp, _LineKinds(bp))
    return held[1]
_FENCE = re.compile(r"={3,}|-{3,}|\*{3,}|_{3,}")
_HEADER_FIELD = re.compile(r"([A-Za-z][A-Za-z ]{0,20}):\s*(.*)")


def _dates_the_story(line: str, dateline, page) -> bool:
    """Whether a line only dates the story (a header date line or a "Published …" line)."""
    return bool(_matches(dateline, line)) or any(
        kind == "dateline" and _matches(patterns, line) for kind, patterns in page)


def _hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """True for wire copy wrapped at a fixed width, where a newline is not a paragraph break."""
    lengths = [e - s for s, e in lines if e > s]
    if len(lengths) < 3:
        return False
    long = sorted(lengths)[len(lengths) * 3 // 4]
    if long > 100:
        return False
    near = sum(1 for n in lengths if n >= long - 15)
    if near < len(lengths) / 2:
        return False
    if len(lengths) >= 6:
        return True
    # a short story (a wire item of a few lines): wrapped only when most of its lines break off
    # inside a sentence; one sentence a line ends each line with a sentence's closing mark
    # (a list is no wrapped text: its lines open with a marker; and some line of a wrapped
    # paragraph goes on in lower case: "Corp said it has filed for an offering of" / "shares")
    texts = [text[s:e].strip() for s, e in lines if e > s]
    if any(_LIST_LINE.match(t) for t in texts) or not any(t[:1].islower() for t in texts[1:]):
        return False
    inside = sum(1 for s, e in lines[:-1]
                 if text[s:e].rstrip() and text[s:e].rstrip()[-1] not in _SENTENCE_CLOSE)
    return inside >= (len(lines) - 1) / 2


_LIST_LINE = re.compile(r"(?:[-*•–]|\d{1,2}[.)])\s")
"""A line that opens with a list marker ("- ", "• ", "2. ")."""


_CREDIT_TAIL = re.compile(r"[.!?]\s+\S|\b(?:said|says|told|reported|according)\b", re.IGNORECASE)


def _is_credit(credit: str) -> bool:
    """A photo credit is short and no sentence: "Photo: John Roe/Daily Times", not "Photo: the
    minister said it was staged." """
    return len(credit) <= 80 and not _CREDIT_TAIL.search(credit)


def _label_shape(line: str) -> bool:
    """One word or two (not two capitalised ones: a name), no punctuation: a section's name
    ("World", "US politics", "Opinion"), not prose."""
    words = line.split()
    # two capitalised words are more likely a name ("Brock Holt") than a section ("US politics")
    if len(words) == 2 and all(w[:1].isupper() for w in words):
        return False
    return 1 <= len(words) <= 2 and len(line) <= 25 and _WORD.search(line) is not None \
        and re.search(r"[.!?:,;\"“”<>]", line) is None


def _section_label(line: str, following: list[tuple[int, int]], text: str,
                   bylined: bool = False, section_words: frozenset[str] = frozenset()) -> bool:
    """A section name above the headline ("World", "US politics"): :func:`_label_shape`,
    followed by a longer line that is not prose either (the headline).  With a byline under
    that line (``bylined``) it is the headline even when it ends in a full stop, as opinion
    headlines do ("Opinion" / "Congestion pricing is working. Stop trying to kill it." / "By
    …")."""
    if not _label_shape(line) or not following:
        return False
    nxt = text[following[0][0]:following[0][1]].strip()
    if len(nxt.split()) <= 3 or len(nxt) >= 200 or nxt.endswith(":"):
        return False    # "Governor Ann Lee said:" opens a quotation
    if not _looks_like_prose(nxt) and not nxt.endswith("."):
        return True
    # a headline ending in a full stop over a byline ("Opinion" / "Stop trying to kill it." /
    # "By …"): only a section's own words ("Markets slump" over its standfirst is a headline)
    return bylined and all(w.lower() in section_words for w in line.split())


_MASTHEAD_NAME = re.compile(r"[\w'’.&-]+(?: [\w'’.&-]+){0,5}")
"""One to six words and nothing else: the shape of an outlet's name on a line of its own."""
_MASTHEAD_NAME_CHARS = 60


def _masthead_outlet(line: str, rules: Rules) -> str | None:
    """The outlet a masthead line names ("Kelsford Gazette", "The Valley Courier"), else None.

    The line is a known outlet (``sources.toml`` [outlets]), or two to six capitalised words
    ending in an outlet word as ``outlet_words`` writes it (a headline in capitals, "BAHIA COCOA
    REVIEW", is no masthead).  It is not a section ("World News": every word before the outlet
    word a ``section_words`` word) nor a person ("Emily Post": a first name and a surname).
    """
    if len(line) > _MASTHEAD_NAME_CHARS or not _MASTHEAD_NAME.fullmatch(line):
        return None
    src = rules.sources
    if line.lower() in src.outlet_alias:
        return line
    words = line.split()
    if not 2 <= len(words) <= 6 or words[-1] not in src.outlet_words \
            or not all(w[0].isupper() or w[0].isdigit() or w in src.name_connectives
                       for w in words):
        return None
    lead = words[1:-1] if words[0] == "The" else words[:-1]
    if not lead or all(w in rules.boilerplate.section_words for w in lead):
        return None
    if len(words) == 2 and words[0] in src.first_names and words[1].capitalize() in src.surnames:
        return None
    return line


def _headline_follows(following: list[tuple[int, int]], text: str) -> bool:
    """Whether the next line (``following``: its span, or none) can be a headline: it is
    no prose and under 200 characters."""
    if not following:
        return False
    nxt = text[following[0][0]:following[0][1]].strip()
    return not _looks_like_prose(nxt) and len(nxt) < 200


def _looks_like_prose(line: str) -> bool:
    return len(line) >= 60 and bool(re.search(r"[.!?”\"’)]$", line)) or len(line) >= 160


_MASTHEAD_LINES = 2
"""Short lines above the story's first paragraph that may hide its dateline."""
_MASTHEAD_CHARS = 100
"""A line this long is the story, not a masthead line."""
_TIME_STAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[AP]M))?"
                         r"(?:[ \t]+(?:UTC|[A-Z]{1,3}[SD]?T)(?=[ \t]*(?:[-–—:|\n]|$)))?"
                         r"(?:(?:\s*[-–—:|])?\s+(?=[\"“‘'A-Z])|\s*$)")
"""A live blog entry's time at the start of its paragraph ("09:20 ", "10:32 Update: ", "09:12
GMT" on a line of its own, a time zone's abbreviation with it)."""
_STAMPED_MIN = 2
"""Paragraphs among the first that open with a time before the text is read as a live blog."""
_STAMPED_ANYWHERE = 3
"""Paragraphs anywhere in the story that open with a time, enough to read it as a live blog
(its entries under a summary of the key points)."""


def _newest_first(stamped: list[str]) -> bool:
    """Whether paragraphs opening with a time, anywhere in a story, are a live blog's entries:
    at least ``_STAMPED_ANYWHERE`` of them, the newest first as live pages list them ("18:42",
    "18:15", "17:50"); a timeline inside a story runs the other way ("11:47 The first 999
    call …", "11:49 …")."""
    if len(stamped) < _STAMPED_ANYWHERE:
        return False
    minutes = []
    for p in stamped:
        h, m = re.match(r"(\d{1,2})[:.](\d{2})", p).groups()
        minutes.append(int(h) * 60 + int(m))
    return all(a >= b for a, b in zip(minutes, minutes[1:], strict=False))


@cache
def _wire_dateline(directory: str) -> re.Pattern:
    """A wire dateline at the start of a story's first paragraph: the place (the city in
    capitals, then its region or country), the date, the wire, a distributor, the dash.  A
    country of several words may hold the lower-case words that the entity layer allows inside a
    name (``inner_words`` of entities.toml: "GOMA, Democratic Republic of Congo, March 14, 2025
    (Reuters) -", "SARAJEVO, Bosnia and Herzegovina (AP) -"), after a word in lower case: the
    city in capitals is one name ("PORT OF SPAIN").  CLDR's English names, entity_places.txt,
    write the country "Congo - Kinshasa": no list has each wire's spelling of it."""
    from credibility.entities.lexicon import load_lexicon

    inner = "|".join(sorted((re.escape(w) for w in load_lexicon(directory).inner_words
                             if w.isalpha()), key=len, reverse=True))
    word = r"[A-Z][A-Za-z.'’-]+"
    return re.compile(
        rf"^(?:[A-Z][A-Z.'’-]+(?:(?:[ ,/]+|(?<=[a-z])[ ]+(?:{inner})(?:[ ]+(?:{inner}))?[ ]+){word}){{0,4}}"
        r"(?:,\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?))?\s*"
        r"(?:\((?P<wire>[A-Za-z][A-Za-z0-9.&'’ -]{1,39})\))?\s*"     # "(Tri-County Ledger)"
        r"(?:/(?P<distributor>[A-Za-z][A-Za-z -]{1,30})/)?\s*"    # a press release: "/PRNewswire/"
        r"(?:(?:--|[-–—])\s+|(?<=\))--(?=[A-Z])))"    # "CHICAGO--(BUSINESS WIRE)--Northgate"
    )


def parse_text(text: str, path: str | None = None, fmt: str = "text",
               rules: Rules | None = None) -> Document:
    """Find the story in plain text and what surrounds it.

    Offsets in the returned document index ``text`` unchanged.

    Raises:
        InputError: the text is empty or only white space.
    """
    name = _display_name(path)
    if not isinstance(text, str):
        raise InputError(f"{name}: the article must be a str, not {type(text).__name__}")
    if not text.strip():
        raise InputError(f"{name}: empty article (no text)")
    bad = _SURROGATE.search(text)
    if bad:
        raise InputError(f"{name}: not valid Unicode (lone surrogate U+{ord(bad.group()):04X} "
                         f"at character {bad.start()})")
    rules = rules or load_rules()
    bp = rules.boilerplate
    markdown = fmt == "markdown"
    blocks: tuple = ()
    if markdown:
        from credibility.ingest_markdown import blank_markup

        # markup blanked out character for character: offsets still index the file
        text, blocks = blank_markup(text, bp.html_elements)
    lines = _lines(text)
    block_of = _block_index(lines, blocks) if markdown else {}
    dayfirst = _day_first(text, rules)     # how "12/01/2025" reads in this article
    boilerplate: list[Boilerplate] = []
    meta: dict[str, str | None] = {"title": None, "published": None, "outlet": None, "url": None,
                                   "reprint_of": None}
    title_span = None
    title_from_field = False
    body_lines: list[tuple[int, int]] = []
    in_header = True
    in_fence = False
    related_list = False    # under a bare "Related" heading: the headlines it lists
    issuer_line: str | None = None    # "The following was submitted by Harlow Mills."
    about: str | None = None    # under a release's "About <issuer>": the issuer's first word
    #                             ("" under another release line, "Media Contact:")
    last_end = 0

    def add(kind: str, s: int, e: int) -> None:
        span = Span.of(text, s, e)
        if span.text:
            boilerplate.append(Boilerplate(span, kind))

    kinds = _line_kinds(bp)
    provenance, promo, signoff, dateline, byline, credit, caption_with_credit = kinds.own
    page, page_kind = kinds.page, kinds.page_kind
    filled = [(s, e) for s, e in lines if text[s:e].strip()]

    section_lower = frozenset(w.lower() for w in rules.boilerplate.section_words)

    def _bylined(k: int) -> bool:
        """Whether the ``k``-th filled line is a byline ("By Marcus Feld")."""
        if k >= len(filled):
            return False
        below = text[filled[k][0]:filled[k][1]].strip()
        return len(below) < 80 and _matches(byline, below) is not None

    for n, (s, e) in enumerate(filled):
        raw = text[s:e]
        line = raw.strip()
        if _FENCE.fullmatch(line):
            in_fence = in_header and not in_fence
            continue
        block = blocks[block_of[s]] if s in block_of else None
        if block is not None and block.kind == "code":
            continue  # code is not prose
        if block is not None and block.kind == "heading" and not in_fence:
            # the first heading of the header is the title; any other is a section title,
            # not a sentence of the story
            if in_header and meta["title"] is None:
                title_span = Span.of(text, block.start, block.end)
                meta["title"] = " ".join(title_span.text.split())
            continue
        header = _HEADER_FIELD.fullmatch(line)
        if in_header and header and header.group(1).lower() in bp.header_fields:
            field = bp.header_fields[header.group(1).lower()]
            value = header.group(2).strip()
            vs = s + raw.index(header.group(2)) if value else e
            if markdown and len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                # a quoted YAML value in front matter (title: "Water company fined"): the
                # quotes are not part of the title
                inner = value[1:-1]
                value, vs = inner.strip(), vs + 1 + len(inner) - len(inner.lstrip())
            if field == "title" and value and meta["title"] is None:
                meta["title"] = value
                title_span = Span.of(text, vs, vs + len(value))
                title_from_field = True
            elif field == "published":
                meta["published"] = _iso_date(value, dayfirst) or meta["published"]
                add("dateline", s, e)
            elif field == "outlet" and value:
                meta["outlet"] = value
            elif field == "url" and value:
                meta["url"] = value
            continue
        if in_fence:
            continue
        if related_list and len(line) < 120 and not line.endswith((".", "!", "?", '"', "”")):
            add("related", s, e)    # "Related" / "Valdoria declares three days of mourning"
            continue
        related_list = False
        m = _matches(provenance, line)
        if m:
            found = m.groupdict()
            issuer = (found.get("issuer") or "").strip(" .")
            outlet = (found.get("outlet") or "").strip(" .")
            meta["reprint_of"] = issuer or outlet or None
            if issuer and outlet:
                # "… published unedited by the Lyon County Ledger": the paper's name, without
                # the article the sentence gave it (not "The Times", whose "The" is its name's)
                meta["outlet"] = meta["outlet"] or outlet.removeprefix("the ")
            issuer_line = issuer_line or (line if issuer else None)
            add("press_release" if issuer else "provenance", s, e)
            continue
        if about is not None and ((about and line.startswith(about))
                                  or text.count("\n", last_end, s) < 2):
            # the paragraph under a release's "About Brightwater Foods" (its standing
            # description of itself: "Brightwater Foods Inc. is a family-owned company …"),
            # the lines under "Media Contact:" (a name, a company, an address, a number)
            add("press_release", s, e)
            last_end = e
            continue
        about = None
        kind = page_kind(line)
        if kind is not None:
            if kind == "press_release" and line[:6].lower() == "about ":
                about, last_end = line.split()[1], e
            elif kind == "press_release" and line.endswith(":"):
                about, last_end = "", e     # "Media Contact:": the lines right under it
            if kind == "dateline":
                meta["published"] = meta["published"] or _iso_date(line, dayfirst)
            add(kind, s, e)
            related_list = kind == "related" and len(line.split()) <= 4 and ":" not in line
            continue
        if _matches(promo, line):
            add("promo", s, e)
            continue
        if n + 1 < len(filled) and len(line) < 200:
            # a photo caption on its own line, its credit on the next ("Emergency crews at the
            # scene …" over "Photo: Jamie Kerr / Marrowby Herald", trial 22): read as one line
            nxt = text[filled[n + 1][0]:filled[n + 1][1]].strip()
            m = _matches(caption_with_credit, f"{line} {nxt}") if len(nxt) < 80 else None
            if m and m.group("caption") == line and m.group("credit") == nxt \
                    and _is_credit(nxt) and not _matches(byline, line) \
                    and not _matches(credit, line):
                add("caption", s, e)
                continue
        if not in_header and len(line) < 300:
            m = _matches(caption_with_credit, line)
            if m and _is_credit(m.group("credit")):
                # a photo caption with its credit in the middle of the story
                off = s + raw.index(line)
                add("caption", off + m.start("caption"), off + m.end("caption"))
                add("credit", off + m.start("credit"), off + m.end("credit"))
                continue
            if len(line) < 80 and _matches(credit, line) and _is_credit(line):
                add("credit", s, e)
                continue
        if _matches(signoff, line) and not in_header:
            add("credit", s, e)
            continue
        if in_header:
            if _matches(dateline, line):
                meta["published"] = meta["published"] or _iso_date(line, dayfirst) or (
                    (_date_line(line, rules, dayfirst) or (None,))[0])    # "Published 11.06.2025 …"
                add("dateline", s, e)
                continue
            dated = _date_line(line, rules, dayfirst)
            if dated:
                # "Oct. 2, 2025 at 6:00 a.m. EDT", "Northern Evening Gazette, 11 June 2025"
                meta["published"] = meta["published"] or dated[0]
                meta["outlet"] = meta["outlet"] or dated[1]
                add("dateline", s, e)
                continue
            m = _matches(byline, line) if len(line) < 80 else None
            if m:
                # "By Sarah Lund, BBC News, Washington": the writer, the outlet, the place;
                # "By Pacific Ridge Courier staff": the outlet alone
                staff = (m.groupdict().get("outlet") or "").strip()
                meta["outlet"] = meta["outlet"] or _masthead_outlet(staff, rules) or next(
                    (o for part in line.split(",")[1:]
                     if (o := _masthead_outlet(part.strip(), rules))), None)
                # "By Sofia Marquez | Arizona Desk | June 2, 2027": the story's date
                meta["published"] = meta["published"] or _iso_date(line, dayfirst)
                add("credit", s, e)
                continue
            if meta["title"] is not None and bp.bare_byline is not None \
                    and bp.bare_byline.fullmatch(line) and n + 1 < len(filled) \
                    and (_dates_the_story(nxt := text[filled[n + 1][0]:filled[n + 1][1]].strip(),
                                          dateline, page)
                         or len(nxt) < 80 and _matches(byline, nxt)):
                # "Jane Doe" above "Published 3 May 2024": a byline; "Kelsford Gazette" there
                # (or above "By Greta Linde") is the masthead, and names the publisher
                meta["outlet"] = meta["outlet"] or _masthead_outlet(line, rules)
                add("credit", s, e)
                continue
            if _matches(credit, line) and _is_credit(line):
                add("credit", s, e)
                continue
            m = _matches(caption_with_credit, line)
            if m and meta["title"] is not None and (not m.group("caption").endswith(".")
                                                    or _is_credit(m.group("credit"))):
                off = s + raw.index(line)
                add("caption", off + m.start("caption"), off + m.end("caption"))
                add("credit", off + m.start("credit"), off + m.end("credit"))
                continue
            if fmt in {"text", "html"} and meta["title"] is not None \
                    and _label_shape(line) and n + 1 < len(filled):
                add("navigation", s, e)  # "Opinion" under the headline (or above it, moved
                continue                 # below by parse_html): a section's name, no prose
            if fmt == "text" and meta["title"] is None \
                    and _section_label(line, filled[n + 1:n + 2], text, _bylined(n + 2),
                                       section_lower) \
                    and not _dates_the_story(text[filled[n + 1][0]:filled[n + 1][1]].strip(),
                                             dateline, page):  # "Mine blast" over its date
                add("navigation", s, e)  # "World" above the headline
                continue
            masthead = _masthead_outlet(line, rules)
            if masthead and (meta["title"] is not None or _headline_follows(filled[n + 1:n + 2],
                                                                            text)):
                # the outlet's name on its own line right above or under the headline
                meta["outlet"] = meta["outlet"] or masthead
                add("credit", s, e)
                continue
            if meta["title"] is None and n + 2 < len(filled) and _bylined(n + 2) \
                    and not _bylined(n + 1) and _MASTHEAD_NAME.fullmatch(line) \
                    and len(line.split()) <= 4 and all(w[:1].isupper() for w in line.split()) \
                    and not _looks_like_prose(
                        nxt := text[filled[n + 1][0]:filled[n + 1][1]].strip()) \
                    and len(nxt.split()) > len(line.split()) + 1 \
                    and (text.count(line) > 1
                         or any(b.kind == "navigation" for b in boilerplate)):
                # "Valley Signal" over "42 injured as commuter train derails …" over "By
                # Colin Ashworth": a name of capitalised words above the headline and its
                # byline is the masthead, though no outlet word says so (trial 22), on a page
                # pasted with its navigation or naming itself again ("© 2025 Valley Signal");
                # not a short headline over its dek ("Storm Batters Brenna" / "Twelve dead …")
                meta["outlet"] = meta["outlet"] or line
                add("credit", s, e)
                continue
            if meta["title"] is None and (not _looks_like_prose(line) or _bylined(n + 1)) \
                    and len(line) < 200 and not line.endswith(":"):  # "Governor Ann Lee
                #                                 said:" is no headline
                title_span = Span.of(text, s, e)
                meta["title"] = title_span.text
                continue
            in_header = False
        body_lines.append((s, e))

    if markdown:
        body = _block_paragraphs(text, body_lines, block_of)
    else:
        # wrapping is judged on the story's lines: a pasted page's short furniture lines
        # must not make its one-line paragraphs look like wire copy wrapped at a fixed width
        body = _paragraphs(text, body_lines, _hard_wrapped(text, body_lines))
    if body:
        # the story's first paragraph: a masthead line pasted above it ("The Dunmore Gazette |
        # May 12") is not where its dateline is
        k = next((i for i, p in enumerate(body[:_MASTHEAD_LINES + 1])
                  if _looks_like_prose(p.text) or len(p.text) >= _MASTHEAD_CHARS), 0)
        first = body[k]
        m = _wire_dateline(str(rules.directory)).match(first.text)
        if m and first.text[m.end():m.end() + 1].islower():
            m = None    # "IBM, Apple and Google - the three biggest …": a list, no dateline
        if m and m.end() < len(first.text) - 20:
            add("dateline", first.start, first.start + m.end())
            alias = rules.sources.outlet_alias
            if m.group("wire") and not meta["outlet"]:
                meta["outlet"] = m.group("wire").strip()
            elif m.group("wire") and not meta["reprint_of"] and canonical_outlet(
                    m.group("wire"), alias).lower() != canonical_outlet(meta["outlet"],
                                                                        alias).lower():
                # ("Associated Press" in the byline over "(AP)" is one outlet: no reprint)
                # a paper's masthead over a wire's dateline: the wire's story, reprinted
                meta["reprint_of"] = m.group("wire").strip()
            if m.group("date") and not meta["published"] and m.group("date")[-4:].isdigit():
                # "LAGOS, May 12, 2026 (Daily Ledger) -": a whole date dates the story
                meta["published"] = _iso_date(m.group("date"), dayfirst)
            for above in body[:k]:
                add("credit", above.start, above.end)   # the masthead line of a reprint
            body = (Span.of(text, first.start + m.end(), first.end), *body[k + 1:])
    if sum(1 for p in body[:_STAMPED_MIN + 2] if _TIME_STAMP.match(p.text)) >= _STAMPED_MIN \
            or _newest_first([p.text for p in body if _TIME_STAMP.match(p.text)]):
        # A live blog: each entry opens with its time ("09:20 The Met Office has issued …");
        # the time stamps the entry, it is no part of a sentence or a source's name.  The
        # entries may start under a summary of key points, further down.
        stamped = []
        for p in body:
            m = _TIME_STAMP.match(p.text)
            if m:
                add("dateline", p.start, p.start + m.end())
                p = Span.of(text, p.start + m.end(), p.end)
            stamped.append(p)
        body = tuple(p for p in stamped if p.text)
    if not body and title_span is not None and not title_from_field:
        # A one-line text (or a headline alone) is a statement to analyse, not a title.
        body, meta["title"], title_span = (title_span,), None, None
    if not body and boilerplate and all(b.kind == "dateline" for b in boilerplate) \
            and meta["title"] is None:
        # "December 1, 2025" alone: a date line, no story under it
        raise InputError(f"{name}: no article text found (only a date line)")
    if not body:
        raise InputError(f"{name}: no article text found (only a title or boilerplate)")
    if meta["title"] is None and len(body) == 1 and "\n" not in text.strip():
        # a one-line article (a statement pasted on standard input): its opening words name it
        meta["title"] = _title_from(body[0].text)
    if not any(_WORD.search(p.text) for p in body):
        raise InputError(f"{name}: no sentences (no words in the article text)")

    note = _language_note(" ".join(p.text for p in body[:20]), rules.english_markers)

    sha = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    if fmt == "text" and "<" in text:
        marked = _wire_markup_read(text, bp.html_elements)
        if marked != text:
            text = marked
            body = [p for p in (Span.of(text, p.start, p.end) for p in body) if p.text]
            boilerplate = [Boilerplate(Span.of(text, b.span.start, b.span.end), b.kind)
                           for b in boilerplate]
            if title_span is not None:
                title_span = Span.of(text, title_span.start, title_span.end)
            if meta["title"] is not None:
                meta["title"] = " ".join(_wire_markup_read(meta["title"],
                                                           bp.html_elements).split())
    doc = Document(
        text=text, path=path, sha256=sha, title=meta["title"], title_span=title_span,
        published=meta["published"], outlet=meta["outlet"], url=meta["url"],
        reprint_of=meta["reprint_of"],
        boilerplate=tuple(sorted(boilerplate, key=lambda b: b.span.start)),
        body=tuple(body), format=fmt, language_note=note,
    )
    return with_genre(doc, rules, issuer_line)


def _wire_markup_read(text: str, elements: frozenset[str] = frozenset()) -> str:
    """Reuters copy marks company names and tickers with angle brackets: "<High Point
    Financial Corp> said", "CRA Ltd <CRAA.S> said".  The marks around a name are blanked and a
    ticker's are read as the parentheses of "Halvorsen Foods Inc. (NYSE: HLVF)", character
    for character, so that offsets still index the file (as Markdown's markup is blanked)."""
    text = _WIRE_TICKER.sub(lambda m: f"({m.group(1)})", text)
    # not an HTML tag pasted as text ("<P>", "<B>": ``elements``), nor "A<B and C>D"
    return _WIRE_NAME.sub(lambda m: m.group() if m.group(1).lower() in elements
                          else f" {m.group(1)} ", text)


_GENRE_PARAGRAPHS = 3
"""Paragraphs at each end of the story where a genre's ``lines`` signals are looked for."""
_SIGNAL_CHARS = 60
"""A genre's signal longer than this is shortened in the report."""


def with_genre(doc: Document, rules: Rules | None = None,
               issuer_line: str | None = None) -> Document:
    """The document with ``genre`` and ``genre_signal`` set from its labels (boilerplate.toml
    [genre]): an opinion piece, a press release, else news (None).

    Each genre's signals are tried in the file's order: its ``headline`` patterns in the title,
    its ``section`` patterns on each line above the headline, its ``lines`` patterns in each of
    the first and last paragraphs of the story and the lines around them.  An issuer line
    (``issuer_line``, "The following was submitted by …") makes a press release too.  A wire
    release's issuer (the pattern's group "issuer") becomes ``reprint_of``, as an issuer line's
    does: the release is that company's own text.

    Args:
        doc: the ingested document (title, body and text set).
        rules: the loaded rules.
        issuer_line: the line that named the issuer of a release run as submitted, if any.
    """
    rules = rules or load_rules()
    genre, signal, issuer = _genre(doc, rules.boilerplate.genre or {}, issuer_line)
    if genre is None:
        return doc if doc.genre is None else replace(doc, genre=None, genre_signal=None)
    if len(signal) > _SIGNAL_CHARS:
        signal = signal[:_SIGNAL_CHARS - 1].rstrip() + "\u2026"
    # a wire release's issuer, not the wire that carried it ("(BUSINESS WIRE)")
    return replace(doc, genre=genre, genre_signal=signal, reprint_of=issuer or doc.reprint_of)


def _genre(doc: Document, signals: dict, issuer_line: str | None
           ) -> tuple[str | None, str | None, str | None]:
    """(genre, the words that gave it away, the issuer a release's dateline names)."""
    text, body = doc.text, doc.body
    above = []
    if doc.title_span is not None:
        above = [x.strip() for x in text[:doc.title_span.start].splitlines() if x.strip()]
        # a section's name right under the headline, where a page puts it (or parse_html
        # moved it: "<p>Opinion</p>" above the "<h1>")
        first = body[0].start if body else len(text)
        above += [b.span.text.strip() for b in doc.boilerplate
                  if b.kind == "navigation" and doc.title_span.end <= b.span.start < first]
    ends: list[str] = []
    if body:
        k = _GENRE_PARAGRAPHS
        head_end = body[min(k, len(body)) - 1].end
        tail_start = body[max(0, len(body) - k)].start
        ends = [x.strip() for part in (text[:head_end], text[tail_start:])
                for x in part.splitlines() if x.strip()]
        # a paragraph wrapped over several lines is also read whole (a tagline in wire copy)
        ends += [" ".join(p.text.split()) for p in (*body[:k], *body[-k:])]
    ends = list(dict.fromkeys(ends))
    for genre, sig in signals.items():
        if genre == "press_release" and issuer_line:
            return genre, issuer_line, None
        tried = (([doc.title] if doc.title else []), sig.headline), (above, sig.section), \
            (ends, sig.lines)
        for places, patterns in tried:
            if not places or not patterns:
                continue
            combined = _kind(patterns)[0]
            for place in places:
                if not combined.search(place):
                    continue    # most places: none of the patterns, told in one search
                for p in patterns:
                    m = p.search(place)
                    if m:
                        issuer = (m.groupdict().get("issuer") or "").strip(" .,") or None
                        said = place[m.start():m.start("issuer")] if issuer else m.group()
                        return genre, " ".join(said.split()).strip(" -–—:|") or m.group(), issuer
    return ("press_release", issuer_line, None) if issuer_line else (None, None, None)


def _title_from(sentence: str, width: int = 60) -> str:
    """The first sentence of ``sentence``, at most ``width`` characters, cut at a word with "…"."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", " ".join(sentence.split()), maxsplit=1)[0]
    if len(first) <= width:
        return first.rstrip(".")
    cut = first[:width - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-") + "\u2026"


def sniff_format(text: str) -> str:
    """The format of an article given without a file name (standard input): json, jsonl, html,
    markdown or text.

    JSON starts with ``{`` (one object: json; one per line: jsonl) or is an array of objects
    (json); HTML with a tag such as
    ``<!doctype html>``, ``<html>`` or ``<p>``; Markdown has front matter, an ATX heading on its
    first line, or at least two kinds of Markdown markup (headings, quotes, list items, links,
    strong emphasis).  Anything else is text.
    """
    head = text.lstrip("\ufeff \t\r\n")
    if head.startswith("{"):
        try:
            json.loads(head)
            return "json"
        except (ValueError, RecursionError):
            return "jsonl"
    if head.startswith("[") and re.match(r"\[\s*(?:\{|\])", head):
        try:     # an array of article records ("[{…}, {…}]"), not text opening "[Updated]"
            if isinstance(json.loads(head), list):
                return "json"
        except (ValueError, RecursionError):
            pass
    if re.match(r"<(?:!doctype\s+html|html|head|body|article|p|div|h1)\b", head, re.IGNORECASE):
        return "html"
    from credibility.ingest_markdown import front_matter_end

    if front_matter_end(head) or re.match(r"#{1,6} \S", head):
        return "markdown"
    sample = head[:20000]
    signals = sum(bool(re.search(p, sample, re.MULTILINE)) for p in _MARKDOWN_SIGNALS)
    return "markdown" if signals >= 2 else "text"


_MARKDOWN_SIGNALS = (r"^#{1,6} \S", r"^> \S", r"^(?:[-*+]|\d{1,3}[.)]) \S",
                     r"\[[^\]\n]+\]\([^)\s]+\)", r"\*\*[^*\n]+\*\*|__[^_\n]+__")
"""Kinds of Markdown markup: a heading, a quote, a list item, a link, strong emphasis."""


_ASCII_LETTERS = str.maketrans({c: c.lower() if c.isalpha() else " " for c in map(chr, range(128))})


def _language_note(sample: str, english_markers: frozenset[str]) -> str | None:
    """A note when ``sample`` (the start of the body) does not look like English, else None.

    Two signs: most letters are outside the Latin script (Korean, Arabic, Chinese…), or there are
    enough words but almost none of the commonest English ones (French, German…).
    """
    head = sample[:20000]
    # in ASCII text every letter is Latin: only the second sign can apply
    letters = [] if head.isascii() else [c for c in head if c.isalpha()]
    if len(letters) >= 20:
        latin = sum(1 for c in letters if c < "\u0250")  # Basic Latin to Latin Extended-B
        if latin < len(letters) / 2:
            return _NOT_ENGLISH
    # the runs of letters, lower-cased (of an ASCII sample by translate and split: a third of
    # the cost of the pattern)
    words = sample.translate(_ASCII_LETTERS).split() if sample.isascii() else \
        re.findall(r"[^\W\d_]+", sample.lower())
    if len(words) >= 20 and sum(w in english_markers for w in words) / len(words) < 0.06:
        return _NOT_ENGLISH
    return None


def _block_index(lines: list[tuple[int, int]], blocks: tuple) -> dict[int, int]:
    """Line start -> index of the Markdown block the line belongs to (lines of no block: absent)."""
    out: dict[int, int] = {}
    k = 0
    for s, e in lines:
        while k < len(blocks) and blocks[k].end < s:
            k += 1
        if k < len(blocks) and blocks[k].start <= s <= blocks[k].end and e > s:
            out[s] = k
    return out


def _block_paragraphs(text: str, body_lines: list[tuple[int, int]],
                      block_of: dict[int, int]) -> tuple[Span, ...]:
    """Markdown body lines as paragraphs: the lines of one parsed block (a paragraph, a list
    item's paragraph, a quoted paragraph) make one, unless something left out splits them."""
    paragraphs: list[Span] = []
    start = prev_end = prev_block = None
    for s, e in body_lines:
        block = block_of.get(s)
        if start is not None and (block is None or block != prev_block
                                  or text[prev_end:s].strip()):
            paragraphs.append(Span.of(text, start, prev_end))
            start = None
        if start is None:
            start = s
        prev_end, prev_block = e, block
    if start is not None:
        paragraphs.append(Span.of(text, start, prev_end))
    return tuple(p for p in paragraphs if p.text)


_SENTENCE_CLOSE = frozenset(".!?:;\"”’)]…")


def _continues(text: str, prev: tuple[int, int], line: tuple[int, int]) -> bool:
    """Whether ``line`` goes on with the sentence of the line before it: the two are separated
    by one newline, the first ends without a sentence's closing mark, the second starts with
    a lower-case letter."""
    before = text[prev[0]:prev[1]].rstrip()
    first = text[line[0]:line[1]].lstrip()[:1]
    return (text[prev[1]:line[0]].count("\n") == 1 and bool(before)
            and before[-1] not in _SENTENCE_CLOSE and first.islower())


def _paragraphs(text: str, body_lines: list[tuple[int, int]], wrapped: bool) -> tuple[Span, ...]:
    """Group body lines into paragraphs: one per line, or for wrapped text, per blank/indent."""
    paragraphs: list[Span] = []
    if not wrapped:
        # one paragraph a line, except where a line breaks a sentence: it ends without a
        # sentence's closing mark and the next line goes on in lower case ("a spokesman for" /
        # "the Taiwan Textile Federation told Reuters."): text wrapped by hand or by a mail
        # client, too short for the fixed-width test
        lines = [(s, e) for s, e in body_lines if text[s:e].strip()]
        for k, (s, e) in enumerate(lines):
            if paragraphs and _continues(text, lines[k - 1], (s, e)):
                paragraphs[-1] = Span.of(text, paragraphs[-1].start, e)
            else:
                paragraphs.append(Span.of(text, s, e))
        return tuple(paragraphs)
    start = prev_end = None
    for s, e in body_lines:
        gap = text[prev_end:s] if prev_end is not None else ""
        indented = text[s:e][:1] in (" ", "\t")
        # A blank line, an indent, or anything left out between the lines (a Markdown list or
        # quote marker, a skipped heading) starts a new paragraph.
        if start is not None and (gap.count("\n") > 1 or indented or gap.strip()):
            paragraphs.append(Span.of(text, start, prev_end))
            start = None
        if start is None:
            start = s
        prev_end = e
    if start is not None:
        paragraphs.append(Span.of(text, start, prev_end))
    return tuple(p for p in paragraphs if p.text)
