"""Ingest: decoding, refusing what is not an article, and the real-world formats."""

from __future__ import annotations

import json

import pytest

import credibility
from credibility import ingest
from credibility.errors import InputError, InputTooLarge

STORY = "The minister said the bridge was closed on Monday. Residents said it reopened later."
KOREAN = "북한은 특수부대를 파견했다고 소식통이 전했다."
ARTICLE = f"Bridge closed after the flood\n\n{STORY}\n"


# --- decoding -------------------------------------------------------------------------------

@pytest.mark.parametrize("data, expected", [
    (STORY.encode("utf-8"), STORY),
    (b"\xef\xbb\xbf" + STORY.encode("utf-8"), STORY),                 # UTF-8 BOM removed
    (b"\xef\xbb\xbf\xef\xbb\xbf" + STORY.encode(), "\ufeff" + STORY),   # only one BOM removed
    (STORY.encode("utf-16"), STORY),                                   # UTF-16 with BOM
    (b"\xfe\xff" + STORY.encode("utf-16-be"), STORY),                  # big-endian BOM
    (b"\xff\xfe" + STORY.encode("utf-16-le"), STORY),
    (STORY.encode("utf-32"), STORY),                                   # UTF-32 with BOM
    (STORY.encode("utf-16-le"), STORY),                                # UTF-16, no BOM
    (STORY.encode("utf-16-be"), STORY),
    ("Café owner said the façade cracked. ".encode() * 3,
     "Café owner said the façade cracked. " * 3),
    ("The café owner said the façade was damaged by the flood, residents of the town said."
     .encode("cp1252") * 5,
     "The café owner said the façade was damaged by the flood, residents of the town said." * 5),
    (KOREAN.encode("utf-16"), KOREAN),
    # trial 12: a mostly ASCII story saved as Latin-1; "£" is 0xA3, Latin-2's "Ł"
    (("Ministers faces a £2.4bn cut to hospital building, the BBC understands. Officials said "
      "the plans had not been made public and that projects could be delayed for years.\n")
     .encode("latin-1"),
     "Ministers faces a £2.4bn cut to hospital building, the BBC understands. Officials said "
     "the plans had not been made public and that projects could be delayed for years.\n"),
], ids=["utf8", "utf8-bom", "utf8-two-boms", "utf16", "utf16be-bom", "utf16le-bom", "utf32",
        "utf16le", "utf16be", "utf8-accents", "cp1252", "korean-utf16", "latin1-pound"])
def test_decode(data, expected):
    assert ingest.decode(data) == expected


@pytest.mark.parametrize("data, words", [
    (b"hello\x00world", "NUL bytes"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF file"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
    (b"GIF89a\x01\x00", "GIF image"),
    (b"PK\x03\x04\x14\x00", "ZIP archive"),
    (b"\x1f\x8b\x08\x00", "gzip archive"),
    (b"\x7fELF\x02\x01\x01", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (bytes(range(1, 9)) * 200, "control characters"),
    (b"\xff\xfe" + b"\x00\xd8", "not valid UTF-16"),                  # lone surrogate after BOM
    (b"\xef\xbb\xbf\xff\xfe\xfd", "not valid UTF-8"),                  # BOM, then not UTF-8
], ids=["nul", "png", "pdf", "jpeg", "gif", "zip", "gzip", "elf", "sqlite", "control",
        "bad-utf16", "bad-utf8-bom"])
def test_decode_refuses_binary(data, words):
    with pytest.raises(InputError, match=words):
        ingest.decode(data, "f.txt")


def test_mostly_utf8_keeps_its_accents():
    data = ("Le café said the façade was damaged, résidents said. " * 5).encode() + b"\xff."
    assert ingest.decode(data) == "Le café said the façade was damaged, résidents said. " * 5 \
        + "\ufffd."


def test_decode_refuses_random_bytes():
    noise = bytes((i * 7919 + 13) % 256 for i in range(4096)).replace(b"\x00", b"\x01")
    with pytest.raises(InputError, match="f.txt: "):
        ingest.decode(noise, "f.txt")


# --- reading files --------------------------------------------------------------------------

def test_load_errors_name_the_file(tmp_path):
    with pytest.raises(InputError, match="nope.txt: no such file"):
        ingest.load(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        ingest.load(tmp_path)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    with pytest.raises(InputTooLarge, match="2,000 bytes is over the limit of 1,000"):
        ingest.load(big, max_bytes=1000)
    assert InputTooLarge.exit_code == 4 and InputError.exit_code == 3


def test_read_stream_is_bounded():
    import io

    assert ingest.read_stream(io.BytesIO(b"abc"), 3, "stdin") == b"abc"
    with pytest.raises(InputTooLarge, match="stdin: over the limit of 3 bytes"):
        ingest.read_stream(io.BytesIO(b"abcd"), 3, "stdin")


@pytest.mark.parametrize("text, words", [
    ("", "empty article"),
    ("  \n\t\r\n \u3000 ", "empty article"),
    ("!!! ??? ... ,,,", "no sentences"),
    ("***\n---\n", "no sentences|no article text"),
    ("Title: Only a title\nDate: 2020-08-05\n", "no article text"),
    ("bad \ud800 surrogate said the minister.", "lone surrogate U\\+D800 at character 4"),
], ids=["empty", "whitespace", "punctuation", "rules-only", "header-only", "surrogate"])
def test_parse_text_refuses(text, words):
    with pytest.raises(InputError, match=words):
        ingest.parse_text(text, "f.txt")


def test_one_line_is_a_statement_not_a_title():
    doc = ingest.parse_text("The minister said the bridge was closed.")
    # a statement to analyse; its opening words name it (no span: the title is not a line)
    assert doc.title == "The minister said the bridge was closed" and doc.title_span is None
    assert [p.text for p in doc.body] == ["The minister said the bridge was closed."]


@pytest.mark.parametrize("text, note", [
    (ARTICLE, False),
    ("북한은 특수부대 병력을 파견했다고 소식통이 전했다. " * 5, True),
    ("قال الوزير إن الجسر مغلق بسبب الفيضانات. " * 5, True),
    ("据当地居民说，大桥已经关闭。" * 5, True),
    ("Le ministre a déclaré que le pont était fermé depuis lundi matin à cause des crues. " * 3,
     True),
], ids=["english", "korean", "arabic", "chinese", "french"])
def test_language_note(text, note):
    doc = ingest.parse_text("Title\n\n" + text)
    assert (doc.language_note is not None) == note
    if note:
        assert "only English is supported" in doc.language_note


@pytest.mark.parametrize("text", [
    "Title\n\nThe minister\u200b said\u200d the bridge\u2060 was closed.\ufeff",     # zero-width
    "Title\n\nThe minister said \x07the \x1b[31mbridge\x1b[0m was closed.",          # control
    "Title\n\n\u202eThe minister said\u202c the bridge was closed.",                 # bidi override
    "Title\n\nقال الوزير \u200fإن الجسر مغلق. The minister said it was closed.",     # RTL mixed
    "Title\r\n\r\nThe minister said the bridge was closed.\rIt reopened.\r\n",        # CR line ends
    "Title\n\nHe said \"the bridge \"was\" closed. “Nested ‘quote “inner” here’ ok.",  # quotes
], ids=["zero-width", "control", "bidi", "rtl", "cr", "quotes"])
def test_odd_characters_keep_offsets(text):
    doc = ingest.parse_text(text)
    assert doc.text == text
    for span in (*doc.body, *(b.span for b in doc.boilerplate)):
        assert text[span.start:span.end] == span.text


# --- formats --------------------------------------------------------------------------------

def test_markdown_heading_is_the_title():
    text = "# Bridge closed after the flood\n\n" + STORY + "\n"
    doc = ingest.parse_bytes(text.encode(), "a.md", "markdown")[0]
    assert doc.title == "Bridge closed after the flood"
    assert text[doc.title_span.start:doc.title_span.end] == doc.title


def test_markdown_markers_are_not_story_text():
    text = ("# Bridge closed\n\n*By Jane Doe*\n\n_Photo: Reuters_\n\n"
            "The minister said the bridge was closed.\n\n## Reactions\n\n"
            "> \u201cWe had no choice,\u201d a local official told reporters.\n\n"
            "- Residents said it reopened.\n1. The mayor said so too.\n")
    doc = ingest.parse_bytes(text.encode(), "a.md", "markdown")[0]
    assert doc.title == "Bridge closed"
    assert [(b.kind, b.span.text) for b in doc.boilerplate] == [
        ("credit", "By Jane Doe"), ("credit", "Photo: Reuters")]
    assert [p.text for p in doc.body] == [
        "The minister said the bridge was closed.",
        "\u201cWe had no choice,\u201d a local official told reporters.",
        "Residents said it reopened.", "The mayor said so too."]
    # the markup is blanked character for character: offsets index the file itself
    assert len(doc.text) == len(text)
    for span in doc.body:
        assert doc.text[span.start:span.end] == span.text == text[span.start:span.end]


def test_markdown_front_matter():
    text = "---\ntitle: Bridge closed\ndate: 2020-08-05\n---\n\n" + STORY + "\n"
    doc = ingest.parse_bytes(text.encode(), "a.md", "markdown")[0]
    assert doc.title == "Bridge closed"
    assert doc.body and doc.body[0].text == STORY


@pytest.mark.parametrize("quoted", ['"Bridge closed"', "'Bridge closed'"])
def test_markdown_front_matter_quoted_title(quoted):
    # YAML quotes a title with a colon or a quote in it; the quotes are not part of the title
    text = f"---\ntitle: {quoted}\ndate: \"2020-08-05\"\n---\n\n" + STORY + "\n"
    doc = ingest.parse_bytes(text.encode(), "a.md", "markdown")[0]
    assert doc.title == "Bridge closed"
    assert doc.title_span.text == "Bridge closed"
    assert doc.published == "2020-08-05"


def test_a_date_line_after_a_standfirst_is_no_claim():
    # headline, standfirst, byline, date line: the date line is read wherever it stands
    text = ("Council approves new bus lanes despite protests\n\n"
            "Traders say the plan will drive away customers\n\n"
            "By Sarah Jenkins, Transport Correspondent\n"
            "Published 12 March 2024 | Updated 13 March 2024, 09:14 GMT\n\n"
            "The minister said on Monday that the main bridge would stay closed.\n")
    doc = ingest.parse_text(text, "page.txt")
    assert doc.published == "2024-03-12"
    assert ("dateline", "Published 12 March 2024 | Updated 13 March 2024, 09:14 GMT") in [
        (b.kind, b.span.text) for b in doc.boilerplate]
    assert not any("Published" in p.text for p in doc.body)


def test_json_record_fields():
    record = {"text": STORY, "title": "Bridge closed", "url": "https://example.org/a",
              "published": "2020-08-05", "outlet": "Example News"}
    doc = ingest.parse_bytes(json.dumps(record).encode(), "a.json", "json")[0]
    assert (doc.title, doc.url, doc.published, doc.outlet) == (
        "Bridge closed", "https://example.org/a", "2020-08-05", "Example News")
    assert doc.text == STORY


def test_json_surrogates_become_replacement_characters():
    data = b'{"text": "The minister \\ud800 said the bridge was closed.", "title": "x\\udfff"}'
    doc = ingest.parse_bytes(data, "a.json", "json")[0]
    assert "\ufffd" in doc.text and doc.title == "x\ufffd"
    doc.text.encode("utf-8")


def test_json_numbers_and_constants_do_not_break_a_record():
    data = (b'{"text": "The minister said it was closed.", "views": 1' + b"0" * 5000
            + b', "score": NaN, "rank": -Infinity, "id": 12}')
    (doc,) = ingest.parse_bytes(data, "a.json", "json")
    assert doc.text == "The minister said it was closed."


def test_jsonl_bad_records_can_be_collected_instead_of_raised():
    data = b"\n".join([b'{"text": "The minister said it was closed."}', b"{oops", b'{"text": ""}',
                       b'{"text": "The mayor said it reopened."}'])
    with pytest.raises(InputError, match="a.jsonl:2: malformed JSON"):
        ingest.parse_bytes(data, "a.jsonl", "jsonl")
    errors: list[InputError] = []
    docs = ingest.parse_bytes(data, "a.jsonl", "jsonl", errors)
    assert [d.path for d in docs] == ["a.jsonl:1", "a.jsonl:4"]
    assert [str(e).split(":")[1] for e in errors] == ["2", "3"]


def test_jsonl_records_are_split_on_newlines_only():
    lines = [json.dumps({"text": "First\u2028 the minister said it was closed."},
                        ensure_ascii=False),
             "",
             json.dumps({"text": "Second\x0c the mayor said it \x1c reopened.\u0085"},
                        ensure_ascii=False)]
    docs = ingest.parse_bytes("\r\n".join(lines).encode(), "a.jsonl", "jsonl")
    assert [d.path for d in docs] == ["a.jsonl:1", "a.jsonl:3"]


@pytest.mark.parametrize("fmt, data, words", [
    ("json", b'{"text": "abc", ', "a.x: malformed JSON .* at column"),
    ("json", b'{"text": "abc', r"malformed JSON \(Unterminated string starting at column 10\)$"),
    ("json", b"[1, 2]", "must be an object"),
    ("json", b'{"title": "no text"}', 'no "text" string field'),
    ("json", b'{"text": 42}', 'no "text" string field'),
    ("json", b'{"text": "   "}', "empty article"),
    ("json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ("json", b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested too deeply"),
    ("jsonl", b'{"text": "The minister said it."}\n{oops\n', r"a.x:2: malformed JSON \(.* at column 2\)"),
    ("jsonl", b"\n\n  \n", "empty JSON Lines file"),
    ("html", b"<html><head><title>T</title><script>alert(1)</script></head></html>",
     "no article text found in the HTML"),
], ids=["truncated", "unterminated", "array", "no-text", "text-not-str", "blank-text", "deep", "deep-in-text",
        "jsonl-bad-line", "jsonl-empty", "html-no-text"])
def test_malformed_records(fmt, data, words):
    with pytest.raises(InputError, match=words):
        ingest.parse_bytes(data, "a.x", fmt)


@pytest.mark.parametrize("html", [
    "<html><body><p>The minister said <b>the bridge <i>was closed.</p></div></body",
    "<p>The minister said the bridge was closed.<p>Residents said it reopened on Monday.",
    "<div>" * 5000 + "The minister said the bridge was closed." + "</div>" * 5000,
    "<html><body><p>The minister said the bridge was closed.</p><!-- unterminated comment",
], ids=["unclosed", "implicit-close", "deep", "open-comment"])
def test_broken_html_still_gives_text(html):
    doc = ingest.parse_html(html, "a.html")
    assert "bridge was closed" in doc.text
    for span in doc.body:
        assert doc.text[span.start:span.end] == span.text


def test_html_fallback_without_trafilatura(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_trafilatura(name, *args, **kwargs):
        if name == "trafilatura":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    html = ("<html><head><title>Bridge closed</title><style>p{}</style></head><body><nav>Home"
            "</nav><p>The minister said the bridge was closed.</p><script>alert(1)</script>"
            "<p>Residents said it reopened.</p></body></html>")
    doc = ingest.parse_html(html, "a.html")
    assert doc.title == "Bridge closed"
    assert "alert" not in doc.text and "Home" not in doc.text
    assert [p.text for p in doc.body] == ["The minister said the bridge was closed.",
                                          "Residents said it reopened."]


@pytest.mark.parametrize("name, fmt", [
    ("a.txt", "text"), ("a.MD", "markdown"), ("a.htm", "html"), ("a.HTML", "html"),
    ("a.json", "json"), ("a.jsonl", "jsonl"), ("a", "text"), ("a.pdf", "text"), (None, "text"),
])
def test_format_of(name, fmt):
    assert ingest.format_of(name) == fmt


PAGE = """<html><head><title>Bridge closed | Example News</title>
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2020-08-05T10:00:00Z">
<meta property="og:site_name" content="Example News"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Bridge closed</h1>
<p>The minister said on Monday that the bridge was closed after the flood.</p>
<p>"We had no choice," a local official told reporters.</p></article>
<footer>Copyright 2020</footer></body></html>"""


def test_html_title_date_byline_outlet():
    doc = ingest.parse_html(PAGE, "a.html")
    assert doc.title == "Bridge closed"
    assert doc.published == "2020-08-05"
    assert doc.outlet == "Example News"
    assert ("credit", "By Jane Doe") in [(b.kind, b.span.text) for b in doc.boilerplate]
    assert doc.body[0].text == "The minister said on Monday that the bridge was closed after the flood."
    assert "Home" not in doc.text and "Copyright" not in doc.text


@pytest.mark.parametrize("html", [
    "<nav>Menu</div></nav></nav><p>The minister said the bridge was closed.</p>",
    "<p>The minister said the bridge was closed.</p><script>var s = '</p>';</script><p>Later.</p>",
    "<aside><p>Related: other story</p><p>The minister said the bridge was closed.</p>",
    "<nav><p>The minister said the bridge was closed.</p><script>var s;</script>",
], ids=["stray-end-tags", "script-with-tags", "unclosed-aside", "unclosed-nav"])
def test_html_fallback_skipping_is_robust(html, monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "trafilatura", None)
    text, _ = ingest.html_to_text(html)
    assert "The minister said the bridge was closed." in text
    assert "Menu" not in text and "var s" not in text


def test_html_fallback_finds_the_headline_below_share_buttons(monkeypatch):
    """The tag stripper keeps a share bar above the <h1>: the headline is still the title, not
    a sentence of the story (it was a claim with an invented source)."""
    monkeypatch.setitem(__import__("sys").modules, "trafilatura", None)
    html = ("<title>Bridge engineers warned of corrosion | The Lisbran Post</title><body>"
            "<div>Share on Facebook Share on Twitter</div><article>"
            "<h1>Bridge engineers warned of corrosion</h1>"
            "<p>Engineers warned the government about corrosion two years ago, according to "
            "documents seen by the Lisbran Post.</p></article></body>")
    doc = ingest.parse_bytes(html.encode(), "page.html", "html")[0]
    assert doc.title == "Bridge engineers warned of corrosion"
    assert all("warned of corrosion" not in p.text for p in doc.body)


def test_html_fallback_reads_the_h1_and_leaves_out_furniture_by_class(monkeypatch):
    """Trial 18: without trafilatura an <h1> longer than the <title>'s headline was the lede
    (an unsourced figure), and a "related" list and a share bar were sentences; furniture is
    known by its class or id (Readability's unlikely candidates), the <h1> is the headline."""
    monkeypatch.setitem(__import__("sys").modules, "trafilatura", None)
    html = ("<title>Ferry runs aground | The Coastal Herald</title><body>"
            "<div class='promo'>Subscribe now: first month for just $1!</div><article>"
            "<h1>Ferry runs aground, 80 passengers evacuated</h1>"
            "<p>A ferry ran aground on Sunday, forcing the evacuation of 80 passengers, the "
            "coastguard said.</p><div class='related'><h3>Related:</h3><ul><li><div>"
            "<a href='/a'>Fog warnings issued</a></div></li></ul></div>"
            "<div class='article-related'><p>Fares rose last year, the operator said.</p></div>"
            "<p class='share'>Share this story: Facebook | Twitter</p>"
            "<p>The ferry will be refloated at high tide, the operator said.</p></article></body>")
    doc = ingest.parse_bytes(html.encode(), "page.html", "html")[0]
    assert doc.title == "Ferry runs aground, 80 passengers evacuated"
    body = " ".join(p.text for p in doc.body)
    assert "Subscribe" not in body and "Fog warnings" not in body and "Share this" not in body
    # "article-related": a class Readability keeps; the paragraph after the furniture stays
    assert "Fares rose" in body and "refloated at high tide" in body


def test_html_fallback_leaves_out_a_breadcrumb_and_reads_the_byline(monkeypatch):
    """Trial 19: without trafilatura the breadcrumb "News › Health" was the first sentence,
    and the byline under it ("By Tomasz Wren | Sept. 22, 2026") a second, so the real lede
    was not the lede."""
    monkeypatch.setitem(__import__("sys").modules, "trafilatura", None)
    html = ("<title>Hospital delays surgeries | The Ridgeview Courier</title><body><article>"
            "<div class='breadcrumb'><a href='/news'>News</a> &rsaquo; "
            "<a href='/news/health'>Health</a></div>"
            "<h1>Hospital delays surgeries after ransomware attack</h1>"
            "<p class='byline'>By <a href='/staff/tw'>Tomasz Wren</a> | <time>Sept. 22, 2026"
            "</time></p><p>St. Brendan Medical Center postponed more than 120 surgeries on "
            "Monday, hospital officials said.</p></article></body>")
    doc = ingest.parse_bytes(html.encode(), "page.html", "html")[0]
    assert doc.body[0].text.startswith("St. Brendan Medical Center postponed")
    assert any(doc.text[b.span.start:b.span.end].startswith("By Tomasz Wren")
               for b in doc.boilerplate)


def test_html_fallback_keeps_a_story_whose_class_reads_as_furniture(monkeypatch):
    """Review 18: "<article class='story has-social-tools'>" left only the tags line; the
    site's logo in an <h1> above the story is no headline when the <title> opens otherwise."""
    monkeypatch.setitem(__import__("sys").modules, "trafilatura", None)
    story = ("<p>The city council approved a $40 million budget on Tuesday, Mayor Ann Phiri "
             "said.</p><p>\"We have balanced the books,\" Phiri told reporters.</p>")
    social = ("<title>Council approves budget | Valley Courier</title><body><nav>Home</nav>"
              "<article class='story has-social-tools'><h1>Council approves budget after long "
              "debate</h1>" + story + "</article><div class='story-tags'>Tags: budget</div>")
    doc = ingest.parse_bytes(social.encode(), "page.html", "html")[0]
    assert "approved a $40 million budget" in " ".join(p.text for p in doc.body)
    logo = ("<title>Council approves budget after long debate | Valley Courier</title><body>"
            "<div id='masthead'><h1><a href='/'>Valley Courier</a></h1></div><div "
            "class='story'><h2>Council approves budget after long debate</h2>" + story + "</div>")
    assert ingest.parse_bytes(logo.encode(), "page.html", "html")[0].title == \
        "Council approves budget after long debate"


@pytest.mark.parametrize("masthead", ["The Tolvern Advertiser", "The Tolvern Weekly Bugle"])
def test_a_masthead_above_a_byline_and_a_date_is_furniture(masthead):
    """Trial 18b: "The Tolvern Advertiser" / "By Greta Linde" / "March 12, 2026" under the
    headline were the story's first claims, and the article had no date, so a batch found no
    cross-article link at all."""
    doc = ingest.parse_text(f"Three dead in Tolvern plant blaze\n{masthead}\nBy Greta Linde\n"
                            "March 12, 2026\n\nThree workers died when fire tore through the "
                            "plant on Wednesday, according to the town hospital.\n")
    assert doc.published == "2026-03-12"
    assert [b.kind for b in doc.boilerplate] == ["credit", "credit", "dateline"]
    assert doc.body[0].text.startswith("Three workers died")


def test_a_masthead_of_no_outlet_word_above_the_headline_and_its_byline():
    """Trial 22: "Valley Signal" above the headline and "By …" was taken for the headline; the
    real headline became the lede, flagged as unsourced, and a photo caption over its credit
    line a sentence of the story."""
    doc = ingest.parse_text(
        "Home | News | Local | Sport\n\nValley Signal\n\n42 injured as commuter train "
        "derails near Marrowby\n\nBy Colin Ashworth, The Marrowby Herald\n\nEmergency crews "
        "at the scene of the derailment on Tuesday evening.\nPhoto: Jamie Kerr / Marrowby "
        "Herald\n\nMARROWBY \u2014 42 passengers were injured on Tuesday evening when a "
        "commuter train derailed, the regional ambulance service said.\n")
    assert (doc.title, doc.outlet) == ("42 injured as commuter train derails near Marrowby",
                                       "Valley Signal")
    assert ("caption", "Emergency crews at the scene of the derailment on Tuesday evening.") in \
        [(b.kind, b.span.text) for b in doc.boilerplate]
    assert doc.body[0].text.startswith("42 passengers were injured")
    # review: a short headline over its dek and a byline, on no pasted page, stays the headline
    dek = ingest.parse_text("Storm Batters Brenna\nTwelve dead as winds reach 100 mph and "
                            "thousands lose power\nBy Colin Ashworth\n\nA storm killed 12 "
                            "people on Tuesday, police said.\n")
    assert (dek.title, dek.outlet) == ("Storm Batters Brenna", None)


def test_a_short_list_or_lines_that_each_open_a_sentence_are_no_wrapped_paragraph():
    """Review 18: the short wrapped-item rule merged a bulleted list and three headline-like
    lines into one paragraph each."""
    bullets = ("Fire forces evacuations\n\nFirefighters battled the blaze overnight.\n"
               "- About 4,000 residents were ordered to leave\n- Roads into the valley were "
               "closed to traffic\n")
    assert len(ingest.parse_text(bullets, "a.txt", "text").body) == 3
    lines = ("Storm update\n\nSchools across the county will stay closed on Friday\n"
             "Officials said 40 roads were blocked by fallen trees and power lines\n"
             "Power was cut to 12,000 homes, the utility said on Thursday night\n")
    assert not any("\n" in p.text for p in ingest.parse_text(lines, "a.txt", "text").body)


@pytest.mark.parametrize("value, iso", [
    ("2020-08-05T10:00:00Z", "2020-08-05"), ("2020-08-05", "2020-08-05"),
    ("August 5, 2020", "2020-08-05"), ("5 Aug 2020", "2020-08-05"),
    ("Wednesday, August 5, 2020 10:00", "2020-08-05"), ("2020-13-45", None), ("soon", None),
])
def test_iso_date(value, iso):
    assert ingest._iso_date(value) == iso


# --- Markdown, read with markdown-it-py ---------------------------------------------------------

# (markdown, title, body paragraphs as analysed, boilerplate (kind, text))
MARKDOWN_CASES = [
    ("# Bridge *closed*\n\nThe **minister** said it was closed.\n",
     "Bridge closed", ["The   minister   said it was closed."], []),
    ("Bridge closed\n=============\n\nThe minister said it was closed.\n\nRoads\n-----\n\n"
     "Residents said it reopened.\n",
     "Bridge closed", ["The minister said it was closed.", "Residents said it reopened."], []),
    ("# T\n\nThe minister said it was [closed](https://example.com/a?b=c \"x\").\n",
     "T", ["The minister said it was  closed" + " " * len('](https://example.com/a?b=c "x")')
           + "."], []),
    ("# T\n\n- A resident, who asked not to be named for fear of reprisals, said it rose.\n"
     "- Officials said repairs\n  would take weeks.\n",
     "T", ["A resident, who asked not to be named for fear of reprisals, said it rose.",
           "Officials said repairs\n  would take weeks."], []),
    ("# T\n\n> \u201cWe lost everything,\u201d said Maria Lopez.\n> \u201cAll of it.\u201d\n",
     "T", ["\u201cWe lost everything,\u201d said Maria Lopez.\n  \u201cAll of it.\u201d"], []),
    ("# T\n\n**By Jane Doe and John Roe**\n\nThe minister said `x` was closed.\n",
     "T", ["The minister said  x  was closed."], [("credit", "By Jane Doe and John Roe")]),
    ("# T\n\nThe minister said it was closed.\n\n```\ncode = 1\n```\n\n<div>markup</div>\n\n"
     "---\n\n![A flooded street](street.jpg)\n\nResidents said it reopened.\n",
     "T", ["The minister said it was closed.", "Residents said it reopened."], []),
    ("---\ntitle: Bridge closed\ndate: 2020-08-05\nlayout: post\n---\n\n# Bridge closed\n\n"
     "The minister said it was closed.\n",
     "Bridge closed", ["The minister said it was closed."],
     [("dateline", "date: 2020-08-05")]),
    ("# T\n\n1. The mayor said it was closed.\n2) Residents said it reopened.\n",
     "T", ["The mayor said it was closed.", "Residents said it reopened."], []),
    # trial 14: a blog's byline line with reading time and share link, and its related posts
    ("# T\n\n*Posted by Jane Doe · 6 min read · [Share on Twitter](https://t.co/x)*\n\n"
     "The mayor said it was closed.\n\n**Related posts:** [Parking charges explained](/p) · "
     "[Cycle lanes: a year on](/c)\n",
     "T", ["The mayor said it was closed."],
     [("credit", "Posted by Jane Doe · 6 min read ·  Share on Twitter"),
      ("related", "Related posts:    Parking charges explained      ·  Cycle lanes: a year on")]),
    # trial 17: a product name in angle brackets is text; HTML tags around it are markup
    ("# Launch of <Vexa> delayed\n\nThe firm said <Vexa> would ship<br> in <b>May</b>, "
     "<span class=\"x\">not</span> <my-widget>June</my-widget>.\n",
     "Launch of <Vexa> delayed",
     ["The firm said <Vexa> would ship     in    May    ,                 not        "
      "           June            ."], []),
]


@pytest.mark.parametrize("text, title, body, boilerplate", MARKDOWN_CASES,
                         ids=["emphasis", "setext", "link", "bullets", "blockquote", "byline",
                              "code-html-hr-image", "front-matter", "ordered",
                              "blog-byline-related", "bare-tag"])
def test_markdown_blocks(text, title, body, boilerplate):
    doc = ingest.parse_text(text, "a.md", "markdown")
    assert doc.title == title
    assert [p.text for p in doc.body] == body
    assert [(b.kind, b.span.text) for b in doc.boilerplate] == boilerplate
    assert len(doc.text) == len(text)
    # only markup is blanked: every other character is the file's, at its place
    assert all(a == b or a == " " for a, b in zip(doc.text, text, strict=True))
    for span in doc.body:
        assert doc.text[span.start:span.end] == span.text


def test_markdown_claims_are_attributed_in_bullets_and_quotes():
    import credibility

    text = ("# Flood\n\n*By Jane Doe*\n\n"
            "- A resident, who asked not to be named *for fear of reprisals*, said the water "
            "rose fast.\n\n"
            "> \u201cWe lost everything,\u201d said Maria Lopez, a shop owner.\n")
    r = credibility.analyze(text, "a.md", "markdown")
    by_name = {s.name: s for s in r.sources}
    assert by_name["A resident"].anonymity_reason == "for fear of reprisals"
    assert by_name["Maria Lopez"].kind == "named_person"
    assert all(c.source_id for c in r.claims)
    assert not any("*" in c.span.text or "Flood" in c.span.text for c in r.claims)


def test_html_lists_and_blockquotes_are_paragraphs():
    html = ("<html><head><title>Flood</title></head><body><article><h1>Flood</h1>"
            "<p>The minister said the bridge was closed on Monday after the river rose.</p>"
            "<ul><li>A resident, who asked not to be named for fear of reprisals, said the "
            "water rose fast.</li><li>Officials said repairs would take weeks.</li></ul>"
            "<blockquote><p>\u201cWe lost everything,\u201d said Maria Lopez.</p></blockquote>"
            "</article></body></html>")
    doc = ingest.parse_html(html, "a.html")
    texts = [p.text for p in doc.body]
    assert "Officials said repairs would take weeks." in texts
    assert "\u201cWe lost everything,\u201d said Maria Lopez." in texts
    assert not any(t.startswith("-") for t in texts)


# --- pasted pages: page furniture, one table per kind (rules/boilerplate.toml [page]) ---------

# Each line is put in the middle of a story; it must be recorded as that kind, not analysed.
# A row with kind None is prose that must stay in the story.
PAGE_CASES = {
    "navigation": [
        "Home | News | World | Business | Sport",
        "News › World › Asia",
        "Politics / Economy / Climate / Tech",
        "Skip to content",
        "Sign in  Register",     # trial 25: read as the headline
        "Log in | Subscribe",
        "Breaking News",
        ("Register to vote by Friday, the county clerk said.", None),
        ("Breaking news is hard to verify, the editor said.", None),
        ("The vote was 12 / 3 / 1, the clerk said after the meeting ended.", None),
    ],
    "dateline": [
        "Published 12 March 2024 | Updated 13 March 2024, 09:14 GMT",
        "Updated: March 13, 2024 9:14 a.m. ET",
        "Last updated on 2024-03-13",
        "Mon 14 Jul 2025 06.00 BST",
        # a time of day before the date; a relative time stamp (trial 16b)
        "Last updated 6:52 p.m. PT, Aug. 21, 2027",
        "2 hours ago",
        "Updated 35 minutes ago",
        ("2 hours ago, the fire crossed the ridge, the fire service said.", None),
        ("Published in 2019, the report found that the bridge was unsafe.", None),
        ("Updated 13 March 2024, the guidance says schools must stay open.", None),
    ],
    "related": [
        "AP NBA: https://apnews.com/hub/NBA",
        "https://www.example.com/news/bridge-collapse",
        # a browser's print footer inside a paragraph of a printed page
        "https://www.nytimes.com/2025/04/11/technology/apple-issues-trump-tariffs.html 4/6",
        ("Police said the video was posted at https://example.com/v/12.", None),
        "Read more: Heavy rain expected to continue through the week",
        "Related: How the town prepared for the flood",
        "Recommended",
        "Most read",
        "More from Daily Times",
        "You might also like",
        "Related Topics",
        ("Related charges were filed against two officials, prosecutors said.", None),
    ],
    "share": [
        "Share on Facebook Share on Twitter Email",
        "Share this article",
        "Facebook Twitter LinkedIn Email",
        "Follow us on Instagram",
        "Follow @dailytimes for updates",
        "Follow AWR Hawkins on Twitter: @AWRHawkins. Reach him directly at awr@example.com.",
        "Follow Breitbart\xa0News\xa0investigative reporter\xa0and\xa0Citizen\xa0Journalism\xa0"
        "School founder Lee Stranahan on Twitter at\xa0@Stranahan.",
        ("Share prices fell by 4% on Monday, the exchange said.", None),
    ],
    "paywall": [
        "Subscribers only",
        "Subscribers only. Log in to keep reading.",
        "Log in to keep reading",
        "Subscribe to continue reading",
        "Already a subscriber? Sign in",
        "This article is for subscribers only",
        ("Price rises for subscribers only took effect in May, the company said.", None),
    ],
    "tags": [
        "Tags: Floods, Weather, Infrastructure",
        "Topics: Environment",
        "Filed under: Politics",
    ],
    "copyright": [
        "Copyright © 2020 Daily Times. All rights reserved.",
        "© 2021 The Daily Times Company",
        "All rights reserved.",
        ("Copyright lawyers said the case could take years.", None),
    ],
    "newsletter": [
        "Sign up for our morning newsletter",
        "Get our free newsletter delivered to your inbox",
        "Sign up to receive the Daily Briefing in your inbox every morning",
        ("The group's newsletter said the vote was rigged, its editor told reporters.", None),
        "You're receiving this because you subscribed to The Morning Brief. Unsubscribe",
        "Unsubscribe · Forward to a friend",
        ("You are receiving this warning because the river is rising, the mayor said.", None),
    ],
    "correction": [
        "This story has been corrected to show that the river crested at 24.6 feet.",
        "Correction: An earlier version of this article misspelled the sheriff's name.",
        # trial 13: the label carries the note's date
        "Correction, 3 February 2026: An earlier version of this article said the school had 16 "
        "pupils. It has 61.",
        "Clarification (Feb. 3, 2026): The council's vote was 7-2, not 9-0.",
        # review 25: an update that corrects is a correction
        "This story has been updated to correct the number of people injured.",
        ("Correction officers at the jail said the cells were flooded.", None),
        # review: a figure after the label word is no date of a note
        ("Corrections officers worked 12-hour shifts, the union said.", None),
        ("Clarification of the 2024 rules - the agency said - came late.", None),
        ("The figures were corrected to show a smaller rise, the ministry said.", None),
    ],
    "update": [
        "This article was updated at 14:30 to include the statement from the National Cyber "
        "Security Centre.",
        "This story has been updated with comment from the council.",
        ("This year's figures were updated in March, the agency said.", None),
    ],
    "table": [
        " End Stocks   0.10   0.10      0.12   0.07",
        "       CORN  1,800   2,400     2,589   2,589",
        "    SUNFLOWERSEED        nil        nil     19,100",
        "          04/09/87 03/09/87  04/09/87 03/09/87",
        ("Exports rose to 2,589 tonnes from 2,400 tonnes, the ministry said.", None),
        ("The vote was 52 to 48.", None),
        ("Net 1,063,000 vs 639,000", None),
    ],
    "press_release": [
        "FOR IMMEDIATE RELEASE",
        "Media Contact:",
        "Investor Relations: Jane Roe, +1 555 0100",
        "press@northwind.example",
        "###",
        ("The company said in a press release that revenue rose 18 percent.", None),
        ("Press contacts were told the plant would close, the union said.", None),
    ],
    "promo": [
        "Advertisement",
        "Story continues below advertisement",   # trial 17: it was a claim
        "Article continues after this ad",
        ("The story continues below the fold, the editor said in a memo.", None),
        "Support independent journalism: donate today",
        "Download the app",
        ("Support for the plan fell sharply in the latest poll.", None),
        ("Get-togethers were banned, the mayor said.", None),
        "Join our WhatsApp group for breaking news",
        # a story paragraph that mentions a channel is no pitch
        ("The general stumped for the senator in Iowa, and the campaign has touted his "
         "endorsement on its Facebook page.", None),
        ("The host started his YouTube channel in 2009, and his first videos show a starkly "
         "different person than the long-haired provocateur of today, in a suit and tie, "
         "pointing at bottles of soda and telling viewers that corn syrup is destroying the "
         "country.", None),
    ],
    "caption": [
        "A flooded street in the old town. Photo: John Roe/Daily Times",
        "Rescue workers near the bridge on Monday (Reuters/Jane Doe)",
        # trial 23: the label first, the credit after the caption
        "Photo: Dr. Ana Ruiz at the Valley Clinic in 2004. Courtesy of the Ruiz family.",
        ("Photo: the minister said the picture was staged. Courtesy of the ministry.", None),
    ],
    "credit": [
        "Photo: John Roe/Daily Times",
        "(Reporting by Angelo Amante in Milan; Additional reporting by Jane Doe; Editing by "
        "Alex Richardson)",
        "(Writing by John Roe; editing by Jane Doe)",
        "Edited by Joanne Wu",
        "Photograph: Tom Keene/Getty Images",
        "Associated Press writer Carl Jensen in Portland contributed to this report.",
        "Helen Markby Health correspondent",
        ("Helen Markby, a health correspondent, said the report was accurate.", None),
        "Reporting by Jane Doe in Milan; Editing by John Roe",
        ("Reporting by the local paper revealed the contract, the mayor said.", None),
        ("Edited by hand, the photos were released on Monday.", None),
        ("(Reporting by the paper was later confirmed by the mayor.) He resigned.", None),
        ("Photo: the minister said the picture was staged. Officials agreed.", None),
        # a columnist's tagline and the disclaimer under a column: who wrote it, no claim
        "Linda Sato is a former chemical safety inspector and a columnist for the Harlow Ridge "
        "Courier.",
        "Dana Whitfield writes a weekly column on city hall.",
        "The views expressed in this article are the author's own.",
        # trial 23: both on one line
        "Rosa Villanueva is a transport researcher at the University of Kelsford. The views "
        "expressed are the author's own.",
        ("Rosa Villanueva is a transport researcher. She said the views expressed are the "
         "author's own.", None),
        ("Dana Whitfield, a columnist for the Courier, said the mayor had misled voters.", None),
        ("Dana Whitfield is a columnist for the Courier and said the mayor had misled voters.",
         None),
        # review: a news sentence about a columnist, past or definite, is no tagline
        ("Jane Doe was a longtime columnist for the Chicago Tribune.", None),
        ("Mary Smith is the columnist whose 2019 essay prompted the lawsuit.", None),
    ],
}
_PAGE_ROWS = [(kind, *(row if isinstance(row, tuple) else (row, kind)))
              for kind, rows in PAGE_CASES.items() for row in rows]


@pytest.mark.parametrize("table, line, kind", _PAGE_ROWS,
                         ids=[f"{t}-{i}" for i, (t, _, _) in enumerate(_PAGE_ROWS)])
def test_page_furniture(table, line, kind):
    text = ("Floods close main bridge as river reaches record level\n\n"
            "The minister said on Monday that the main bridge would stay closed.\n\n"
            f"{line}\n\n"
            "Residents said the council had ignored warnings for years.\n")
    doc = ingest.parse_text(text, "page.txt")
    assert doc.title == "Floods close main bridge as river reaches record level"
    kinds = {b.kind for b in doc.boilerplate if b.span.text in line}
    in_body = any(line in p.text or p.text in line for p in doc.body)
    if kind is None:
        assert not kinds and in_body
    else:
        assert kind in kinds and not in_body


PASTED_PAGE = """Home | News | World | Business | Sport | Opinion
Skip to content
World
Floods close main bridge as river reaches record level
By Jane Doe, Senior Correspondent, and John Roe, Photographer
Published 5 August 2020, 10:42 a.m. ET | Updated 6 August 2020
Share on Facebook Share on Twitter Email
A flooded street in the old town. Photo: John Roe/Daily Times
The minister of transport said on Monday that the bridge would stay closed until engineers checked it.
"We cannot take any risks with people's lives," the minister told reporters at the site.
Read more: Heavy rain expected to continue through the week
Residents said the council had ignored warnings for years.
Subscribers only. Log in to keep reading.
Tags: Floods, Weather, Infrastructure
Sign up for our morning newsletter
Copyright © 2020 Daily Times. All rights reserved.
"""


def test_a_page_pasted_from_a_browser():
    doc = ingest.parse_text(PASTED_PAGE, "page.txt")
    assert doc.title == "Floods close main bridge as river reaches record level"
    assert doc.published == "2020-08-05"
    assert [p.text[:20] for p in doc.body] == [
        "The minister of tran", "\"We cannot take any ", "Residents said the c"]
    assert [b.kind for b in doc.boilerplate] == [
        "navigation", "navigation", "navigation", "credit", "dateline", "share", "caption",
        "credit", "related", "paywall", "tags", "newsletter", "copyright"]


@pytest.mark.parametrize("line, date", [
    ("Published 5 August 2020, 10:42 a.m. ET | Updated 6 August 2020", "2020-08-05"),
    ("Updated Aug. 6, 2020 3:15 PM EDT", "2020-08-06"),
    ("Posted: Tuesday, March 3, 2020 at 9 am GMT", "2020-03-03"),
    ("Published 10:42 BST, 5 August 2020", "2020-08-05"),
    ("Last modified on Wed 5 Aug 2020 10.42 BST", "2020-08-05"),
    ("Published 2020-08-05T10:42:00+09:00", "2020-08-05"),
    ("Published August 5", None),  # no year: not guessed
    ("Last updated 6:52 p.m. PT, Aug. 21, 2027", "2027-08-21"),
    ("VALENCIA, 4 June 2027", "2027-06-04"),
    ("By Sofia Marquez | Arizona Desk | June 2, 2027", "2027-06-02"),
    # a year alone, or a month and a year, is no date of publication (no day is invented)
    ("between 2013 and 2021", None),
    ("Class of 2019", None),
    ("Published June 2027", None),
])
def test_published_dates(line, date):
    assert ingest._iso_date(line) == date


@pytest.mark.parametrize("published, expected", [
    ("2020-08-05", "2020-08-05"), ("2020-08-05T10:00:00Z", "2020-08-05"),
    ("Aug 5, 2020", "2020-08-05"), ("last week", None)])
def test_json_record_dates_are_iso(published, expected):
    record = json.dumps({"text": STORY, "published": published})
    assert ingest.parse_bytes(record.encode(), "a.json", "json")[0].published == expected


@pytest.mark.parametrize("first, title", [
    ("World", "Floods close main bridge as river reaches record level"),
    ("US politics", "Floods close main bridge as river reaches record level"),
    ("Brock Holt", "Brock Holt"),  # a name is a title, not a section
])
def test_section_label_above_the_headline(first, title):
    text = (f"{first}\nFloods close main bridge as river reaches record level\n"
            "The minister said on Monday that the main bridge would stay closed for weeks.\n")
    assert ingest.parse_text(text, "page.txt").title == title


def test_the_headlines_under_a_related_heading_are_furniture():
    text = ("Prosecutors arrest two officials\n\nProsecutors arrested two officials on Monday, "
            "the chief prosecutor said.\n\nRelated\n\nValdoria declares three days of "
            "mourning\n\nBridge toll rises to 15\n\nThe roads agency said it would "
            "cooperate with the inquiry.\n")
    doc = ingest.parse_text(text, "page.txt")
    related = [b.span.text for b in doc.boilerplate if b.kind == "related"]
    assert related == ["Related", "Valdoria declares three days of mourning",
                       "Bridge toll rises to 15"]
    assert "The roads agency said" in doc.body[-1].text


def test_a_two_word_headline_over_its_date_is_the_title():
    text = ("Mine blast\n\nPublished 5 August 2020\n\nAn explosion at the Kestrel mine killed "
            "four workers on Tuesday, the company said.\n")
    doc = ingest.parse_text(text, "blast.txt")
    assert (doc.title, doc.published) == ("Mine blast", "2020-08-05")


def test_every_page_kind_is_a_documented_boilerplate_kind():
    from credibility.records import BOILERPLATE_KINDS
    from credibility.rules import load_rules
    from tests.conftest import ROOT

    kinds = set(load_rules().boilerplate.page)
    assert kinds and kinds <= set(BOILERPLATE_KINDS) and kinds <= set(PAGE_CASES)
    schema_doc = (ROOT / "docs" / "REPORT_SCHEMA.md").read_text(encoding="utf-8")
    for kind in BOILERPLATE_KINDS:
        assert f"`{kind}`" in schema_doc, kind


@pytest.mark.parametrize("title", ["Council approves car park - Eastport Gazette",
                                   "Eastport Gazette | Council approves car park"])
def test_built_in_html_reader_takes_the_heading_as_title_whatever_the_site_name_order(
        title, monkeypatch):
    """Without trafilatura (the html extra), the <h1> inside the <title> is the headline, never
    a claim, wherever the site name stands; the byline under it is a credit."""
    import sys

    monkeypatch.setitem(sys.modules, "trafilatura", None)
    page = (f"<!doctype html><html><head><title>{title}</title></head><body>"
            "<nav>Home | News | Sport</nav><article><h1>Council approves car park</h1>"
            "<p>By Jane Doe</p><p>The council approved a new car park on Monday, the mayor's "
            "office said.</p></article></body></html>")
    doc = ingest.parse_html(page, "a.html")
    assert doc.title == "Council approves car park"
    report = credibility.analyze_document(doc)
    assert [c.span.text for c in report.claims] == ["The council approved a new car park on Monday"]


def test_a_name_alone_under_the_headline_above_the_date_is_a_byline():
    """A byline without "By" ("Jane Doe" between headline and "Published …") is a credit, not a
    sentence; a wire story's first line wrapped after a company name is not."""
    from credibility.ingest import parse_text

    doc = parse_text("Water company fined over sewage spills\nJane Doe\nPublished 3 May 2024\n\n"
                     "The regulator fined Southern Water on Friday, its chief executive said.\n")
    assert ("credit", "Jane Doe") in [(b.kind, b.span.text) for b in doc.boilerplate]
    assert all("Jane Doe" not in p.text for p in doc.body)
    wire = parse_text("NATIONAL HEALTH ENHANCEMENT NEW PROGRAM\n\nNational Health Enhancement\n"
                      "Systems Inc said it is offering a new health evaluation system\n"
                      "to its line of fitness assessment programs.\n")
    assert wire.body[0].text.startswith("National Health Enhancement")


def test_a_wire_dateline_with_the_year_dates_the_story():
    from credibility.ingest import parse_text

    doc = parse_text("Factory fire\n\nLAGOS, May 12, 2026 (Daily Ledger) - Thirty workers were "
                     "injured in a fire at a plastics factory, emergency officials said.\n")
    assert (doc.outlet, doc.published) == ("Daily Ledger", "2026-05-12")
    assert doc.body[0].text.startswith("Thirty workers")


@pytest.mark.parametrize("dateline, published, outlet", [
    # a country of several words with "of" or "and" in it (trial 17, finding 2: the date, the
    # outlet and the place were lost, and the day read as a figure of the lede claim)
    ("GOMA, Democratic Republic of Congo, March 14, 2025 (Reuters) - ", "2025-03-14", "Reuters"),
    ("SARAJEVO, Bosnia and Herzegovina, June 2, 2024 (AP) - ", "2024-06-02", "AP"),
    ("PORT OF SPAIN, Trinidad and Tobago (Reuters) - ", None, "Reuters"),
    ("GOMA, Congo, March 14, 2025 (Reuters) - ", "2025-03-14", "Reuters"),
    # trial 21: an outlet's name with a hyphen ("Star-Tribune", "Post-Gazette")
    ("HARLOW FALLS, Ohio (Tri-County Ledger) - ", None, "Tri-County Ledger"),
    ("PITTSBURGH (Pittsburgh Post-Gazette) - ", None, "Pittsburgh Post-Gazette"),
])
def test_a_wire_dateline_with_a_country_of_several_words(dateline, published, outlet):
    doc = ingest.parse_text(f"Ferry capsizes\n\n{dateline}A passenger ferry capsized on the lake "
                            "on Thursday night, killing at least 23 people, an official said.\n")
    assert (doc.published, doc.outlet) == (published, outlet)
    assert [b.span.text for b in doc.boilerplate if b.kind == "dateline"] == [dateline.strip()]
    assert doc.body[0].text.startswith("A passenger ferry")


def test_a_lede_opening_with_a_word_in_capitals_and_of_is_no_dateline():
    doc = ingest.parse_text("Budget\n\nNASA of all agencies - the one that asked for the most - "
                            "will get less money next year, the budget office said.\n")
    assert not [b for b in doc.boilerplate if b.kind == "dateline"]


@pytest.mark.parametrize("line, origin", [
    # credit lines of a story that is partly or wholly another outlet's (new-user trial,
    # finding 1): each names where the text comes from, and none is a claim
    ("This article includes reporting by Meridian Wire.", "Meridian Wire"),
    ("This article includes reporting by Meridian Wire and is republished with permission.",
     "Meridian Wire"),
    ("With reporting from Meridian Wire.", "Meridian Wire"),
    ("Parts of this article were originally published by Meridian Wire.", "Meridian Wire"),
    ("Parts of this article were originally published by Meridian Wire and are republished "
     "with permission.", "Meridian Wire"),
    ("This story was produced by ProPublica and is republished under a Creative Commons "
     "license.", "ProPublica"),
    ("This article is republished from The Conversation under a Creative Commons license.",
     "The Conversation"),
])
def test_credit_lines_name_the_origin(line, origin):
    text = ("Ferry refloated\n\nThe ferry was refloated on the evening tide, the coastguard "
            f"said.\n\n{line}\n")
    doc = ingest.parse_text(text, "local.txt")
    assert doc.reprint_of == origin
    assert not any(line in p.text for p in doc.body)


def test_a_reprint_s_masthead_line_does_not_hide_the_wire_dateline():
    """Trial 6: a paper's line above the wire copy it reprints; the dateline stayed in the
    first claim and the line was a sentence of the story."""
    from credibility.ingest import parse_text

    doc = parse_text("Factory fire kills 12 workers in Dunmore\n\nThe Dunmore Gazette | May 12"
                     "\n\nDUNMORE, Valdoria, May 12 (Reuters) - A fire at a textile factory "
                     "killed 12 workers on Tuesday, the regional fire chief said.\n")
    assert doc.outlet == "Reuters"
    assert [p.text[:6] for p in doc.body] == ["A fire"]
    assert [(b.kind, b.span.text) for b in doc.boilerplate] == [
        ("credit", "The Dunmore Gazette | May 12"),
        ("dateline", "DUNMORE, Valdoria, May 12 (Reuters) -")]


def test_a_line_broken_inside_a_sentence_joins_the_next_in_short_text():
    """Wrapped by hand or by a mail client, too short for the fixed-width test: a line that
    ends without a closing mark and a next line in lower case are one sentence."""
    from credibility.ingest import parse_text

    text = ("Taiwan textile exports to fall\n\nExports will fall 10 percent this year, a "
            "spokesman for\nthe Taiwan Textile Federation told Reuters.\nWages rose 4 percent."
            "\nPrices fell\nTuesday.\n")
    body = [p.text for p in parse_text(text).body]
    assert body == ["Exports will fall 10 percent this year, a spokesman for\nthe Taiwan Textile "
                    "Federation told Reuters.", "Wages rose 4 percent.", "Prices fell",
                    "Tuesday."]
    report = credibility.analyze(text)
    assert [c.span.text for c in report.claims if c.source_id] == [
        "Exports will fall 10 percent this year"]


@pytest.mark.parametrize("line", [
    "Skip to main content", "Home | World | Business", "Share this story", "Subscribe to continue reading",
    "All rights reserved.", "Sign up for our daily newsletter in your inbox",
    "Copyright 2024 The Brookfield Gazette", "Tags: flood, county, rescue",
    "The minister said the subscribers only page was wrong.", "Share prices fell 3 percent.",
    "", "Newsletter", "© 2023 Reuters. All rights reserved.",
])
def test_page_furniture_in_one_match_reads_as_kind_by_kind(line):
    """The combined page-furniture pattern gives the kind the patterns give one kind at a time."""
    from credibility.ingest import _line_kinds, _matches
    from credibility.rules import load_rules
    kinds = _line_kinds(load_rules().boilerplate)
    one_by_one = next((k for k, patterns in kinds.page if _matches(patterns, line)), None)
    assert kinds.page_kind(line) == one_by_one


def test_a_json_array_holds_one_article_per_record():
    data = json.dumps([{"title": "A", "text": "The minister said the bridge was closed."},
                       {"title": "B", "text": "Police said two people were hurt."}]).encode()
    for fmt in ("json", "auto"):
        docs = ingest.parse_bytes(data, "two.json", fmt)
        assert [(d.path, d.title) for d in docs] == [("two.json:1", "A"), ("two.json:2", "B")]
    errors: list = []
    docs = ingest.parse_bytes(b'[1, {"text": "Police said two people were hurt."}]', "x.json",
                              "json", errors)
    assert [d.path for d in docs] == ["x.json:2"] and "x.json:1" in str(errors[0])
    with pytest.raises(InputError, match="x.json:1"):
        ingest.parse_bytes(b'[1]', "x.json", "json")


def test_a_live_blog_entry_time_is_no_part_of_the_text():
    """"09:20 The Met Office has issued …": the source was "20 The Met Office"."""
    text = ("Storm Edda live: power cuts hit 80,000 homes\n\n"
            "09:12 Good morning and welcome to our live coverage.\n\n"
            "09:20 The Met Office has issued an amber warning for wind, the forecaster said.\n\n"
            "10:32 Update: Western Power Networks now says 95,000 homes have lost power.\n")
    doc = ingest.parse_text(text)
    assert [p.text[:6] for p in doc.body] == ["Good m", "The Me", "Update"]
    assert [b.span.text.strip() for b in doc.boilerplate if b.kind == "dateline"] == [
        "09:12", "09:20", "10:32"]
    report = credibility.analyze(text)
    # the forecaster's report holds the whole sentence from "The Met Office", not the time
    assert any(c.span.text.startswith("The Met Office has issued") for c in report.claims)
    assert not any(m.text.startswith("20") for s in report.sources for m in s.mentions)


def test_a_live_blog_under_a_summary_of_key_points():
    """Trial 17: the entries' times under a bulleted summary were seven unsourced figure claims
    ("18:42")."""
    text = ("LIVE: Wildfire forces evacuation of Pinecrest\n\nSummary\n"
            "- About 4,000 residents ordered to leave Pinecrest\n- Two firefighters injured\n\n"
            "18:42\nCal Fire now says the fire has burned 12,400 acres.\n\n"
            "18:15\nThe sheriff's office says two firefighters were taken to hospital.\n\n"
            "17:50\nOur reporter at the evacuation center says about 300 people have arrived.\n")
    report = credibility.analyze(text)
    # (a bullet's marker stays with its paragraph: the attribution stage reads "- Deadline:
    # …" as a list item, not a speaker's label; review 17)
    assert [p.text[:12] for p in report.document.body] == [
        "- About 4,00", "- Two firefi", "Cal Fire now", "The sheriff'", "Our reporter"]
    assert not any(s.name.endswith("residents") for s in report.sources)
    assert [b.span.text.strip() for b in report.document.boilerplate
            if b.kind == "dateline"] == ["18:42", "18:15", "17:50"]
    assert not any(":" in c.span.text[:6] for c in report.claims)
    own = next(s for s in report.sources if s.name == "Our reporter")
    assert (own.kind, own.anonymous) == ("outlet", False)


def test_times_in_a_story_that_is_no_live_blog_stay():
    text = ("Trains delayed after signal fault\n\nTrains were delayed on Monday, the operator "
            "said.\n\n07:15 services were cancelled.\n\nThe 08:40 to Leeds ran late.\n")
    assert len(ingest.parse_text(text).body) == 3
    assert not [b for b in ingest.parse_text(text).boilerplate if b.kind == "dateline"]


def test_a_live_blog_time_with_its_time_zone_on_a_line_of_its_own_is_a_time_stamp():
    """"09:12 GMT" above the entry (trial 13): "GMT" was a claim of its own."""
    text = ("Storm Ingrid live: flooding forces evacuations\n\n"
            "09:12 GMT\nThe Met Office has issued a red warning for wind, the forecaster said.\n\n"
            "09:47 GMT\nPolice say the A30 is closed near Bodmin.\n")
    report = credibility.analyze(text)
    assert [b.span.text.strip() for b in report.document.boilerplate
            if b.kind == "dateline"] == ["09:12 GMT", "09:47 GMT"]
    assert all("GMT" not in c.span.text for c in report.claims)


_FIRE = ("Two workers were killed when fire tore through a warehouse in Kelsford on Monday "
         "night, the fire service said.\n")


@pytest.mark.parametrize("header, outlet", [
    # trial 10, finding 13: the outlet's name on its own line under the headline, as a page
    # copied from a news site carries it, is the publisher
    ("Two dead in Kelsford warehouse fire\nKelsford Gazette\nPublished 14 October 2025",
     "Kelsford Gazette"),
    ("Three killed in Kelsford warehouse blaze\nThe Valley Courier\nPublished 14 October 2025",
     "The Valley Courier"),
    ("Two dead in Kelsford warehouse fire\nThe Valley Courier", "The Valley Courier"),
    ("Kelsford Gazette\nTwo dead in Kelsford warehouse fire", "Kelsford Gazette"),
    ("Two dead in Kelsford warehouse fire\nBy Jane Doe\nBrockton Herald", "Brockton Herald"),
    ("Two dead in Kelsford warehouse fire\nThe Associated Press", "The Associated Press"),
    # trial 12: the outlet in a byline ("By Sarah Lund, BBC News, Washington")
    ("Two dead in Kelsford warehouse fire\nBy Sarah Lund, BBC News, Washington", "BBC News"),
    # not an outlet: a byline, a person named like a paper, a section, page furniture, a
    # headline in capitals
    ("Two dead in Kelsford warehouse fire\nJane Doe\nPublished 14 October 2025", None),
    ("Two dead in Kelsford warehouse fire\nEmily Post\nPublished 14 October 2025", None),
    ("Two dead in Kelsford warehouse fire\nLocal News\nPublished 14 October 2025", None),
    ("Two dead in Kelsford warehouse fire\nShare This Story", None),
    ("BAHIA COCOA REVIEW", None),
])
def test_an_outlet_line_near_the_headline_names_the_publisher(header, outlet):
    doc = ingest.parse_text(f"{header}\n\n{_FIRE}")
    assert doc.outlet == outlet
    assert doc.title.startswith(("Two dead", "Three killed", "BAHIA"))
    assert [p.text for p in doc.body] == [_FIRE.strip()]


def test_an_outlet_named_in_the_story_or_its_credits_is_not_the_publisher():
    """A contributing wire's credit and an outlet's name inside the story do not make it the
    publisher; a reprint credit still names the origin."""
    doc = ingest.parse_text(f"Two dead in Kelsford warehouse fire\n\n{_FIRE}\nKelsford Gazette\n"
                            "\nReuters contributed reporting.\n")
    assert doc.outlet is None
    reprint = ingest.parse_text("Storm Elsa: 1.5 million lose power\nLangmoor Evening Post\n\n"
                                f"{_FIRE}\nThis article includes reporting by Meridian Wire and "
                                "is republished with permission.\n")
    assert (reprint.outlet, reprint.reprint_of) == ("Langmoor Evening Post", "Meridian Wire")


def test_a_paper_s_masthead_over_a_wire_dateline_reprints_the_wire():
    doc = ingest.parse_text("Storm leaves thousands without power\nLangmoor Evening Post\n\n"
                            "LANGMOOR, Nov 3 (Meridian Wire) - About 1.5 million homes lost power "
                            "on Sunday, the grid operator said.\n")
    assert (doc.outlet, doc.reprint_of) == ("Langmoor Evening Post", "Meridian Wire")
    assert doc.body[0].text.startswith("About 1.5 million")


def test_a_wire_s_byline_over_its_own_dateline_is_no_reprint():
    """Trial 12: "By Jane Morrow, Associated Press" over "HARLOW RIDGE, Ohio (AP) —" made the
    AP's own story a reprint of the AP."""
    doc = ingest.parse_text("Explosion at Ohio plant kills 3\n\nBy JANE MORROW, Associated Press"
                            "\n\nHARLOW RIDGE, Ohio (AP) — An explosion tore through a chemical "
                            "plant on Tuesday, killing three workers, fire officials said.\n")
    assert (doc.outlet, doc.reprint_of) == ("Associated Press", None)


def test_a_masthead_outlet_citing_itself_is_not_an_independent_source():
    """Through the whole pipeline: the outlet named by the masthead line is the publisher, so
    its own earlier reporting ("The Valley Courier reported …", named without its "The") is
    self-citation."""
    report = credibility.analyze(
        "Council cuts library hours\nThe Valley Courier\nPublished 3 May 2024\n\n"
        "The council will close two libraries on Sundays, the mayor said on Monday.\n\n"
        "The Valley Courier reported in March that the council was short of money.\n")
    assert report.document.outlet == "The Valley Courier"
    courier = next(c for c in report.claims if "short of money" in c.span.text)
    assert any("publisher citing its own earlier reporting" in r for r in courier.reasons)


@pytest.mark.parametrize("line", ["Updated 6:40 p.m.", "Last updated 18:40 GMT"])
def test_an_update_time_under_the_headline_is_no_lede(line):
    """Trial 11: "Updated 6:40 p.m." was the lede claim, with a "lede cites no source"
    finding."""
    report = credibility.analyze(f"Floods: death toll rises to 14\n\n{line}\n\nAt least 14 "
                                 "people have died, the regional emergency agency said.\n")
    assert [b.kind for b in report.document.boilerplate] == ["dateline"]
    assert report.claims[0].key and report.claims[0].source_id


def test_a_colon_frame_under_the_headline_is_the_story_not_a_headline():
    """"Storm" over "Governor Ann Lee said:" was a section label over a headline, and the
    quotation the frame opens lost its speaker; a line ending in a colon opens what follows."""
    doc = ingest.parse_text('Storm\n\nGovernor Ann Lee said:\n\n"We will rebuild every home '
                            'that was lost."\n')
    assert doc.title == "Storm"
    assert [p.text for p in doc.body][0] == "Governor Ann Lee said:"


@pytest.mark.parametrize("text", [
    "The city's bike lane retreat is a failure of nerve\n\nOpinion\n\nBy Gwen Albright\n\n"
    "Last week, the council voted to remove the lanes, officials said.\n",
    "<html><head><title>Opinion: The city's bike lane retreat is a failure of nerve</title>"
    "</head><body><article><p class=\"section\">Opinion</p><h1>The city's bike lane retreat "
    "is a failure of nerve</h1><p>Last week, the council voted 7-2 to remove the lanes, "
    "officials said.</p><p>This is a shocking decision by a council that has lost its "
    "nerve.</p></article></body></html>",
])
def test_a_section_label_by_the_headline_is_no_claim(text):
    """trial 16: "Opinion" over an HTML headline became the article's first claim (and under a
    text headline it made the byline a claim too)."""
    fmt = "html" if text.startswith("<html>") else "text"
    report = credibility.analyze(text, fmt=fmt)
    assert report.document.title == "The city's bike lane retreat is a failure of nerve"
    assert ("navigation", "Opinion") in {(b.kind, b.span.text) for b in
                                         report.document.boilerplate}
    assert not any(c.span.text in {"Opinion", "By Gwen Albright"} for c in report.claims)


# --- trial 16b: the header lines of a live blog, a BBC-style page, a Markdown story -----------

def _header(text: str, fmt: str = "text"):
    doc = ingest.parse_bytes(text.encode(), "a.md" if fmt == "markdown" else "a.txt", fmt)[0]
    return doc, [(b.kind, b.span.text.strip()) for b in doc.boilerplate]


def test_a_live_blog_s_update_line_staff_byline_and_entry_times():
    """The update line above a staff byline became the lede, and with the two in the body the
    entries' own-line times ("6:52 p.m.") were figures without a source."""
    doc, bp = _header(
        "Live: Storm Hale cuts power to 40,000 homes across the valley\n\n"
        "Last updated 9:14 a.m. ET, Jan. 8, 2027\n\nBy Harlow Valley Herald staff\n\n"
        "9:14 a.m.\nThe utility now says 40,000 customers are without power.\n\n"
        "8:30 a.m.\nSchools in Harlow and Dunmore are closed today, the district said.\n")
    assert (doc.published, doc.outlet) == ("2027-01-08", "Harlow Valley Herald")
    assert bp[:2] == [("dateline", "Last updated 9:14 a.m. ET, Jan. 8, 2027"),
                      ("credit", "By Harlow Valley Herald staff")]
    assert [p.text[:12] for p in doc.body] == ["The utility ", "Schools in H"]


@pytest.mark.parametrize("line, outlet", [
    ("By Guardian staff and agencies", "Guardian"),   # a known outlet (sources.toml)
    ("By Sports staff", None),   # a desk, no outlet's name
    ("By Kelsford Gazette staff", "Kelsford Gazette"),
    ("By Dunmore Times newsroom", "Dunmore Times"),
    ("By Jane Doe", None),
])
def test_a_staff_byline_names_the_outlet(line, outlet):
    doc, bp = _header(f"Two dead in Kelsford warehouse fire\n{line}\n\n{_FIRE}")
    assert doc.outlet == outlet and ("credit", line) in bp
    assert [p.text for p in doc.body] == [_FIRE.strip()]


def test_a_bbc_style_page_header_and_topic_list():
    """"2 hours ago" was the lede; the byline under it a claim and "Related Topics" with its
    topics three claims at the end."""
    doc, bp = _header(
        "Bus routes: Council cuts 12 services to save £2m\n\n3 hours ago\n\nShare\n\n"
        "By Tom Ellery, BBC News, Dudley\n\n"
        "Twelve bus routes in Dudley will be withdrawn in March, the council said on Tuesday.\n\n"
        "Campaigners said older residents would be cut off.\n\n"
        "Related Topics\n\nDudley\nBuses\nLocal government\n")
    assert doc.outlet == "BBC News" and doc.published is None
    assert bp == [("dateline", "3 hours ago"), ("share", "Share"),
                  ("credit", "By Tom Ellery, BBC News, Dudley"), ("related", "Related Topics"),
                  ("related", "Dudley"), ("related", "Buses"), ("related", "Local government")]
    assert [p.text[:10] for p in doc.body] == ["Twelve bus", "Campaigner"]


@pytest.mark.parametrize("line, date", [
    ("*LISBON, 12 March 2027*", "2027-03-12"),
    ("PHOENIX, Ariz., June 2, 2027", "2027-06-02"),
])
def test_a_dateline_on_a_line_of_its_own_dates_the_story(line, date):
    """"*VALENCIA, 4 June 2027*" under the byline was the lede."""
    doc, bp = _header("# Dockers' strike enters second week\n\n*By Ana Lopes*\n\n"
                      f"{line}\n\n{_FIRE}", "markdown")
    assert doc.published == date and ("dateline", line.strip("*")) in bp
    assert [p.text for p in doc.body] == [_FIRE.strip()]


@pytest.mark.parametrize("line, date, outlet", [
    # trial 17: a date line with its time ("at 6:00 a.m. EDT") and a masthead with the date on
    # one line were the lede claims, unsourced, and the story had no date
    ("Oct. 2, 2025 at 6:00 a.m. EDT", "2025-10-02", None),
    ("Northern Evening Gazette, 11 June 2025", "2025-06-11", "Northern Evening Gazette"),
    ("The Valley Courier | Sunday 14 September 2025, 18:05", "2025-09-14", "The Valley Courier"),
    ("Friday 3 October 2025 09.12 BST", "2025-10-03", None),
])
def test_a_date_line_under_the_byline_dates_the_story(line, date, outlet):
    doc, bp = _header(f"Dockers' strike enters second week\n\nBy Ana Lopes\n\n{line}\n\n{_FIRE}")
    assert (doc.published, doc.outlet) == (date, outlet) and ("dateline", line) in bp
    assert [p.text for p in doc.body] == [_FIRE.strip()]


@pytest.mark.parametrize("line", [
    "Fire kills 3 on March 5, 2025 in Kelsford",   # words beside the date: a sentence
    "Kelsford fire, 11 June 2025, the council said",
    "Kelsford Gazette, June 2025",                  # no day
])
def test_a_line_with_more_than_a_date_is_no_date_line(line):
    doc, _ = _header(f"Dockers' strike enters second week\n\nBy Ana Lopes\n\n{line}\n\n{_FIRE}")
    assert line in [p.text for p in doc.body]


def test_a_markdown_byline_with_a_date_dates_the_story():
    doc, bp = _header("# Former senator runs for mayor\n\n"
                      "**By Sofia Marquez** | Arizona Desk | June 2, 2027\n\n" + _FIRE,
                      "markdown")
    assert doc.published == "2027-06-02" and [k for k, _ in bp] == ["credit"]


_HARBOUR = ("<article><h1>Harbour master jailed for taking bribes</h1><p>A former harbour "
            "master was jailed for six years on Friday for taking bribes, a court heard.</p>"
            "<p>Prosecutors said he steered contracts to two firms between 2013 and 2021.</p>"
            "</article>")


@pytest.mark.parametrize("head, date", [
    # a year in the story is no publication date (htmldate read "between 2013 and 2021" as
    # 2013-01-01)
    ("", None),
    # the page's own date later than the machine's clock: htmldate drops it, the page says it
    ('<meta property="article:published_time" content="2091-09-22T16:05:00+01:00">',
     "2091-09-22"),
    ('<meta itemprop="datePublished" content="2091-09-22">', "2091-09-22"),
    ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": '
     '[{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": '
     '"2091-09-22T16:05:00Z"}]}</script>', "2091-09-22"),
    ('<meta property="article:published_time" content="2020-08-05T10:00:00Z">', "2020-08-05"),
])
def test_an_html_page_s_date_is_the_one_its_markup_states(head, date):
    html = f"<html><head><title>Harbour master jailed</title>{head}</head><body>{_HARBOUR}" \
           "</body></html>"
    assert ingest.parse_html(html, "a.html").published == date


def test_review_17_ingest_cases():
    """Review 17: a lede that lists names before a dash is no wire dateline; a two-word
    headline over its standfirst and byline stays the headline; a timeline of times in
    increasing order inside a story is no live blog; a dotted date is read day first."""
    lede = ingest.parse_text("Cloud probe\n\nIBM, Apple and Google - the three biggest holders "
                             "of cloud patents - face a new antitrust probe, regulators said.\n")
    assert not [b for b in lede.boilerplate if b.kind == "dateline"]
    head = ingest.parse_text("Markets slump\n\nShares fell sharply as investors took fright at "
                             "new US tariffs.\n\nBy Anna Clark\n\nStocks fell on Monday, "
                             "traders said.\n")
    assert head.title == "Markets slump"
    timeline = ingest.parse_text(
        "Police response praised\n\nOfficers arrived within minutes, police said.\n\n"
        "The mayor said the response had been swift.\n\nTwo people were hurt.\n\n"
        "The timeline, according to Merseyside Police:\n\n11:47 The first 999 call is "
        "received.\n\n11:49 Armed officers are dispatched.\n\n11:58 Officers detain a suspect.\n")
    assert any(p.text.startswith("11:47") for p in timeline.body)
    dotted = ingest.parse_text("Plant to close\n\nPublished 11.06.2025 at 10.42\n\nThe plant "
                               "will close in March, the company said on Tuesday.\n")
    assert dotted.published == "2025-06-11"


def test_a_short_wire_item_wrapped_at_a_fixed_width_is_one_paragraph():
    """Four lines of a wire item that break off inside sentences are one paragraph: the company
    named over the first break is the source ("Healthsouth Rehabilitation" / "Corp said …" was
    a sentence of its own and the source "Corp"); four one-sentence lines stay four."""
    wrapped = ("HEALTHSOUTH FILES FOR SHARE OFFERING\n\nHealthsouth Rehabilitation\n"
               "Corp said it has filed for an offering of 2,303,936 common\n"
               "shares, including 303,936 to be sold by shareholders, through\n"
               "underwriters led by Smith Barney, Harris Upham and Co Inc.\n")
    doc = ingest.parse_text(wrapped, "a.txt", "text")
    assert len(doc.body) == 1
    r = credibility.analyze(wrapped, "a.txt")
    assert [" ".join(s.name.split()) for s in r.sources] == ["Healthsouth Rehabilitation Corp"]
    lines = ("BRIDGE CLOSED\n\nThe bridge over the river was closed on Monday morning.\n"
             "The mayor said repairs would take at least three weeks to finish.\n"
             "Residents said the detour added an hour to their daily commute.\n"
             "Police said no one was hurt when the deck cracked overnight.\n")
    assert len(ingest.parse_text(lines, "a.txt", "text").body) == 4


# review 18: a date in figures reads month first (US style) unless the article's own dates are
# written day first, or its first number is over 12. (date line, the rest of the article,
# published)
NUMERIC_DATES = [
    ("12/01/2025", "The council approved the budget on Monday, the mayor said.", "2025-12-01"),
    ("13/01/2025", "The council approved the budget on Monday, the mayor said.", "2025-01-13"),
    ("Published: 12/01/2025", "The council approved the budget on Monday, the mayor said.",
     "2025-12-01"),
    # a British dateline and a day-first date in the story: 12 January
    ("12/01/2025", "LONDON, 12 January - The council approved the budget, the mayor said. The "
     "vote was held on 28/11/2024.", "2025-01-12"),
    # a US dateline: month first, as the default
    ("12/01/2025", "CHICAGO, Dec. 1 - The council approved the budget, the mayor said.",
     "2025-12-01"),
    # a day-first date elsewhere in the story outweighs nothing said the other way
    ("03/04/2025", "The council approved the budget, the mayor said. A vote on 25/03/2025 "
     "failed.", "2025-04-03"),
]


@pytest.mark.parametrize("line, story, published", NUMERIC_DATES)
def test_a_date_in_figures_reads_as_the_article_writes_dates(line, story, published):
    doc = ingest.parse_text(f"Council approves budget\n\n{line}\n\n{story}\n")
    assert doc.published == published
    assert any(b.kind == "dateline" and b.span.text == line for b in doc.boilerplate)


def test_date_patterns_opening_with_their_character_match_as_their_former_forms(seed_text):
    """The numeric dates and the month-name dates that decide whether an article writes its
    dates day first open with a digit or a month's capital and look behind it after it, so
    ``re`` jumps from candidate to candidate: the same matches as the forms they replace,
    which opened with a look-behind or a word boundary."""
    import random
    import re

    from credibility.rules import load_rules

    months = load_rules().assertion.months
    names = "|".join(sorted((re.escape(w.capitalize()) for w in months), key=len, reverse=True))
    day_month, month_day = ingest._month_dates(months)
    pairs = [
        (ingest._NUMERIC_DATE,
         r"(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d./-])"),
        (day_month, rf"(?<![\w/.-])\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{names})\b\.?"
                    rf"(?!\s*\d{{1,2}}\b(?!\d))"),
        (month_day, rf"\b(?:{names})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![\d:])"),
    ]
    rng = random.Random(3)
    pieces = [*"0123456789 /.-:aS\n٣", "Dec", "Sept", "March", "May", "st", "th", "xMay"]
    texts = [seed_text, "On 12/01/2025 and 25.12.2025, 3-4-25; 1 December 2025, December 1, "
             "2025, LONDON, 1 Dec -", "3rd Sept. 4 May 12 x1/2/2003 a1 May 2"] + [
        "".join(rng.choice(pieces) for _ in range(rng.randrange(16))) for _ in range(5000)]
    for pattern, written in pairs:
        reference = re.compile(written)
        for text in texts:
            for bounds in ((), (1,), (2, max(2, len(text) - 1))):
                assert ([m.span() + m.groups() for m in pattern.finditer(text, *bounds)]
                        == [m.span() + m.groups() for m in reference.finditer(text, *bounds)]), text


REUTERS_MARKUP = (
    "<HIGH POINT FINANCIAL CORP> SETS OFFERING\n\n"
    "<High Point Financial Corp>\n"
    "said it filed a registration statement with the Securities and\n"
    "Exchange Commission covering six mln dlrs of debentures due March\n"
    "one, underwritten by <Ryan, Beck and Co>, a unit of American\n"
    "Express Co <AXP>, and by Pharmacia AB <PHAB ST> of Sweden.\n"
    "    It said the offering will close in April.\n"
    " Reuter\n"
)


def test_reuters_angle_brackets_are_read_as_markup():
    """Reuters copy marks company names and tickers with angle brackets: the marks around a name
    are blanked and a ticker's become parentheses, character for character."""
    doc = ingest.parse_text(REUTERS_MARKUP, "reuters.txt")
    assert len(doc.text) == len(REUTERS_MARKUP)
    assert doc.title == "HIGH POINT FINANCIAL CORP SETS OFFERING"
    body = " ".join(p.text for p in doc.body)
    assert body.startswith("High Point Financial Corp \nsaid it filed")
    assert "American\nExpress Co (AXP), and by Pharmacia AB (PHAB ST) of" in body
    assert " Ryan, Beck and Co , a unit" in body and "<" not in body and ">" not in body
    assert all(doc.text[p.start:p.end] == p.text for p in doc.body)


@pytest.mark.parametrize("text", [
    "Prices rose 3% <b>fast</b> in May, the ministry said.\n",     # inline tag-like text
    "Scores were 5 <7 and 9> 2 in the trial, the team said.\n",    # comparisons
    "Write to <editor@example.com> with corrections, the paper said.\n",
    "The rule is simple: if A<B and C>D, the district must borrow, the treasurer said.\n",
    "<P>A fire destroyed the warehouse, the chief said.</P>\n",
])
def test_angle_brackets_that_are_no_reuters_markup_stay(text):
    assert ingest.parse_text(text, "a.txt").text == text
