"""Question-and-answer interviews: which paragraphs are questions and answers, and who answers.

An interview printed as questions and answers gives its answers no attribution frame: the
interviewee speaks in every answer ("A: In 2019. The roof supports were rusting through."), says
"I" in them and is "you" in the questions.  This module reads that layout from the body
paragraphs, before attribution, so that attribution can give the answers to the interviewee and
the entity layer can resolve "I" and "you" (:func:`credibility.entities.passes.interviewee`).

Two layouts are read:

* labelled turns: at least two questions and two answers open with a label ("Q:", "A:",
  "Question:", ``rules/cues.toml`` ``interview_turn``), at the start of a paragraph or of a line
  in one; a turn runs to its paragraph's end, and an unlabelled paragraph is the reporter's (the
  closing paragraph is no answer);
* unlabelled turns (Wikinews, magazines): the title or the introduction presents an interview
  (``interview_intro``: "Wikinews interviews …", "… tells Wikinews", "spoke with") and at least
  ``_MIN_QUESTIONS`` paragraphs are questions (they end in a question mark and are not
  quotations); every paragraph between a question and the next is an answer, except headings
  (a few words without a closing stop).

The interviewee is the first personal name the title, else the introduction, gives; a name
presented as the interviewer ("our reporter, Adam Crowe") is not one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from credibility.attribute.names import person_name, titled_name
from credibility.attribute.tokens import CALENDAR
from credibility.records import Document, Sentence, Span
from credibility.rules import Rules

_MIN_QUESTIONS = 2
"""Unlabelled questions needed before a document is read as an interview."""
_MIN_LABELS = 2
"""Labelled questions, and labelled answers, needed."""
_MAX_ANSWERS_PER_QUESTION = 5
"""Unlabelled: more answer paragraphs than this per question is a story with a few questions."""
_HEADING_WORDS = 8
"""A paragraph of at most this many words without a closing stop is a heading, not an answer."""
_CLOSING = ".!?…\"”’')]:"
_OPENING_QUOTES = "\"“‘'`"
_NAME_RUN = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:(?:de|van|von|der|da|del|la|le|bin|al)\s+)?"
                       r"[A-Z][\w.'’-]*){1,3}")
"""A run of capitalised words (a name and what stands around it) in a title or introduction."""


@dataclass(frozen=True, slots=True)
class Interview:
    """The question-and-answer layout of an article, by sentence index."""

    questions: frozenset[int]
    """The sentences of the interviewer's questions."""
    answers: frozenset[int]
    """The sentences of the interviewee's answers."""
    labels: tuple[Span, ...]
    """The turn labels ("Q:", "A:"), to be left out of the claims."""
    interviewee: Span | None
    """Where the title or the introduction names the interviewee; None when neither gives a
    personal name, or the place that presents the interview names two people."""
    intro_end: int
    """Offset where the first turn starts: the title and the introduction come before it."""


def read_interview(document: Document, sentences: tuple[Sentence, ...],
                   rules: Rules) -> Interview | None:
    """The article's question-and-answer layout, or None when it is not printed as one.

    Work is linear in the length of the body; most articles are turned away after a scan of
    the sentences' first characters and the paragraphs' last ones.
    """
    if len(sentences) < 2 * _MIN_LABELS:
        return None
    turns = _labelled(sentences, rules) or _unlabelled(document, sentences, rules)
    if turns is None:
        return None
    questions, answers, labels = turns
    intro_end = min(s.span.start for s in sentences if s.index in questions | answers)
    return Interview(questions, answers, labels,
                     _interviewee(document, sentences, intro_end, bool(labels), rules),
                     intro_end)


def _labelled(sentences: tuple[Sentence, ...], rules: Rules):
    """(questions, answers, labels) of labelled turns ("Q:", "A:" at a sentence start; a turn
    runs on to the end of its paragraph), or None when there are too few labels."""
    rx = rules.cues.interview_turn
    questions: set[int] = set()
    answers: set[int] = set()
    labels: list[Span] = []
    asked = answered = 0
    role: set[int] | None = None
    paragraph = -1
    for s in sentences:
        m = rx.match(s.span.text) if s.span.text[:1] in "QA" else None
        if m is not None:
            role = questions if m.group("question") else answers
            asked += role is questions
            answered += role is answers
            labels.append(Span(s.span.start, s.span.start + m.end("label"), m.group("label")))
        elif s.paragraph != paragraph:
            role = None     # an unlabelled paragraph: the reporter's again
        paragraph = s.paragraph
        if role is not None:
            role.add(s.index)
    if asked < _MIN_LABELS or answered < _MIN_LABELS:
        return None
    return frozenset(questions), frozenset(answers), tuple(labels)


def _unlabelled(document: Document, sentences: tuple[Sentence, ...], rules: Rules):
    """(questions, answers, ()) of turns printed as paragraphs, or None (see the module)."""
    body = document.body
    questions = frozenset(i for i, p in enumerate(body[:-1]) if _question(p.text))
    if len(questions) < _MIN_QUESTIONS:
        return None
    first = min(questions)
    intro = (document.title or "") + "\n" + "\n".join(p.text for p in body[:first])
    if not rules.cues.interview_intro.search(intro):
        return None
    answers = frozenset(i for i in range(first + 1, len(body))
                        if i not in questions and not _heading(body[i].text))
    # a live blog or a column asks now and then; an interviewer asks someone ("you"), who
    # answers each question in the first person ("I", "we"), in a few paragraphs
    order = sorted(questions)
    turns = [[i for i in answers if q < i < nxt]
             for q, nxt in zip(order, [*order[1:], len(body)], strict=True)]
    asking = sum(bool(rules.cues.interview_question.search(body[i].text)) for i in questions)
    answering = sum(any(rules.cues.interview_answer.search(body[i].text) for i in turn)
                    for turn in turns)
    if len(answers) > _MAX_ANSWERS_PER_QUESTION * len(questions) \
            or 2 * asking < len(questions) or 2 * answering < len(turns):
        return None
    return (frozenset(s.index for s in sentences if s.paragraph in questions),
            frozenset(s.index for s in sentences if s.paragraph in answers), ())


def _question(text: str) -> bool:
    """A paragraph that asks: it ends in a question mark, not in a quotation closed after one
    ("… saying, “Why is he unstable?”"), and is not a quotation itself."""
    end = text.rstrip(" \t)")
    return end.endswith("?") and text[:1] not in _OPENING_QUOTES and len(text) < 1200


def _heading(text: str) -> bool:
    return text.rstrip()[-1:] not in _CLOSING and len(text.split()) <= _HEADING_WORDS


def _interviewee(document: Document, sentences: tuple[Sentence, ...], intro_end: int,
                 labelled: bool, rules: Rules) -> Span | None:
    """The person the title presents, else the introduction's sentence that presents the
    interview ("Wikinews spoke with William Evans, president of …"), else, for labelled turns,
    the first person the introduction names.  A personal name is one whose first word is a
    first name (``first_names.txt``), that a title or role introduces ("plant engineer Tomasz
    Wierzbicki"), or whose last word the article also uses alone (a surname: "Aner Shalev" …
    "Shalev"; not "New York").  None when the place that names the interviewee
    names two people ("… interviews Mario J. Lucero and Isabel Ruiz"): the answers' "I" is then
    either."""
    intro = [s.span for s in sentences if s.span.end <= intro_end]
    places = [document.title_span] if document.title_span is not None else []
    places += [s for s in intro if rules.cues.interview_intro.search(s.text)]
    if labelled:
        places += intro
    for place in places:
        # a headline in title case capitalises every word: only a known first name starts a name
        names = _names(document.text, place, rules, strict=place is document.title_span
                       and _title_case(place.text))
        if len({n.text for n in names}) == 1:
            return names[0]
        if names:
            return None
    return None


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if len(w) > 3]
    return bool(words) and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _names(text: str, place: Span, rules: Rules, strict: bool = False) -> list[Span]:
    """The personal names of ``place`` (see :func:`_interviewee`)."""
    src = rules.sources
    out = []
    for m in _NAME_RUN.finditer(place.text):
        words = m.group().rstrip(".").split()
        while words and words[-1] in CALENDAR:  # a dated title: "… Wednesday, September 19"
            words.pop()     # "Aner Shalev Wednesday, September 19"
        run = " ".join(words)
        before = _before(place.text, m.start())
        if before and before[-1].lower() in src.articles:
            continue    # "spoke to the Sierra Sentinel", "battle the Ridgeback Fire": no person
        name = person_name(run, src) if len(words) >= 2 else None
        if name is None or name.endswith(("'s", "’s")) or name.split()[-1] in src.outlet_words \
                or name.split()[-1] in src.org_words or any(
                w.isupper() and len(w.rstrip(".")) > 1 for w in name.split()) or (
                name.split()[0] not in src.first_names
                and titled_name(" ".join([*before, run]), src) != name
                and (strict or not _surname_alone(text, name))
                and not _taken_up_by_pronoun(text, name, src.pronoun_genders,
                                             src.first_names)):
            continue
        start = place.start + m.start() + m.group().index(name)
        if _interviewer(text[max(0, start - 60):start], rules):
            continue    # "She spoke to our reporter, Adam Crowe, about …": the one who asks
        out.append(Span(start, start + len(name), name))
    return out


def _taken_up_by_pronoun(text: str, name: str, pronouns, first_names=frozenset()) -> bool:
    """Whether a sentence opened by ``name`` is followed in its paragraph by one that opens
    with "He" or "She" (``pronoun_genders``), no other name opening a sentence between, nor
    a name of a listed first name anywhere between ("Kelsford Transit carried … The new chief
    executive is Sarah Jones. She …": hers; review 23): "Thandiwe Mokoena runs the utility.
    She spoke to the Courier …" names a person, whether or not the first-name lists know her
    first name."""
    opener = {p.capitalize() for p in pronouns}
    for m in re.finditer(re.escape(name), text):
        before = text[max(0, m.start() - 40):m.start()]
        if before.strip() and "\n" not in before[len(before.rstrip()):] \
                and before.rstrip()[-1] not in ".!?\"”'’":
            continue    # not the sentence's subject
        stop = text.find("\n", m.end())
        for end in _SENTENCE_END.finditer(text, m.end(), stop if stop >= 0 else len(text)):
            if end.group(1) in opener:
                return not any(r.group().split()[0] in first_names for r in
                               _NAME_RUN.finditer(text, m.end(), end.start(1)))
            if _NAME_RUN.match(text, end.start(1)):
                break   # another name opens a sentence first: the pronoun may be theirs
    return False


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(\w+)")
"""The end of a sentence and the first word of the next."""


def _interviewer(before: str, rules: Rules) -> bool:
    """Whether the words right before a name present it as the interviewer (``rules/cues.toml``
    ``interviewer_before``: "our reporter, Adam Crowe", "interviewed by Adam Crowe")."""
    words = tuple(re.findall(r"[\w'’]+", before.lower()))
    return any(words[-len(p):] == p for p in rules.cues.interviewer_before)


def _before(text: str, at: int) -> list[str]:
    """The two words before offset ``at``: where a title or role stands ("plant engineer")."""
    return text[max(0, at - 60):at].split()[-2:]


def _surname_alone(text: str, name: str) -> bool:
    """Whether the last word of ``name`` stands somewhere in ``text`` alone, as a surname does
    ("Aner Shalev" … "Shalev said"): without the rest of the name and outside any other run of
    capitalised words, and never in lower case ("the Ridgeback Fire" is no person for "the
    County Fire Department" or "the fire season")."""
    last = name.split()[-1]
    if last.lower() != last and re.search(rf"\b{re.escape(last.lower())}\b", text):
        return False    # "fire" in "the longest fire season": a common noun, no surname
    for m in re.finditer(rf"\b{re.escape(last)}\b", text):
        before = text[max(0, m.start() - 40):m.start()].split()
        after = text[m.end():m.end() + 40].split()
        if (not before or not before[-1][:1].isupper() or before[-1][-1:] in ".!?:\"“”") \
                and (not after or not after[0][:1].isupper()):
            return True
    return False
