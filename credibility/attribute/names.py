"""Personal names inside a source phrase: the name apart from the titles and roles before it
("Defence Minister Arvid Kallberg", "Glaciologist Ingrid Soltveit", "Council member Joan
Prewitt") and the appositions around it ("The chief inspector of schools, Dana Crewe", "Maria
Lopez, a nurse at the county hospital").

Titles and roles come from ``rules/sources.toml`` (``people.titles``, ``official_heads``,
``people.role_suffixes``) and the curated title list of the ``nameparser`` package, merged by
``credibility.rules`` into ``SourceRules.role_titles``.  A name never runs over a line break.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from credibility.attribute.tokens import blank_nicknames
from credibility.rules import SourceRules

_WORD = re.compile(r"[^\s,]+")
_LEAD_END = re.compile(r"\s(?:with|of|at|from|for|who|whose|in|on)\s")
"""Where the lead of a phrase ends and a prepositional phrase or relative clause begins."""
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
"""Capital letters of Latin-1 and Latin Extended-A/B ("Š", "Ł", "Ż"), for a character class."""
_NAME_WORD = re.compile(rf"[{_UPPER}][^\W\d_]*(?:[-'’][{_UPPER}]?[^\W\d_]+)*|[{_UPPER}]\.")
"""A capitalized word of a name ("O'Neill", "Ruiz-Martínez", "Šimková") or an initial
("J.")."""


_NOT_LETTER = re.compile(r"[^A-Za-z]")


def plural_common_noun(word: str, surnames: frozenset[str]) -> bool:
    """Whether a capitalised word is an English common noun in the plural and no common
    surname of ``surnames`` (``SourceRules.surnames``): "Buses" of "Calder Valley Buses",
    "Systems", "Users".  A personal name does not end in one, an organization's often does
    ("Rivers", "Evans" are surnames)."""
    low = word.lower()
    if len(low) < 4 or not low.endswith("s") or low.endswith("ss") or not word[:1].isupper() \
            or word.isupper() or surname_key(word) in surnames:
        return False
    return _plural_noun(low)


@lru_cache(maxsize=1 << 14)
def _plural_noun(low: str) -> bool:
    from simplemma import lemmatize

    return lemmatize(low, lang="en") != low and english_word(low)


def plural_noun(low: str) -> bool:
    """Whether a lower-case word is the plural of an ordinary English noun ("highlights"):
    its dictionary form and an "s" or "es" (not "said", whose form is "say")."""
    from simplemma import lemmatize

    return low.endswith("s") and low in (lemmatize(low, lang="en") + "s",
                                          lemmatize(low, lang="en") + "es") \
        and _plural_noun(low)


@lru_cache(maxsize=1 << 14)
def surname_key(word: str) -> str:
    """A word as ``rules/surnames.txt`` spells it: accents, apostrophes and inner capitals gone
    ("O'Neill" -> "Oneill", "Martínez" -> "Martinez", "McDonald" -> "Mcdonald")."""
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return _NOT_LETTER.sub("", plain).capitalize()


def common_surname(word: str, src: SourceRules) -> bool:
    """Whether a capitalised word (not written all in capitals, as acronyms are) is a common
    US surname of ``src.surnames``, or a double surname of two ("Soto-Martínez")."""
    if not word[:1].isupper() or word.isupper():
        return False
    parts = [p for p in re.split(r"[-‐]", word) if p]
    return bool(parts) and len(parts) <= 2 and all(surname_key(p) in src.surnames for p in parts)


@lru_cache(maxsize=1 << 14)
def english_word(word: str) -> bool:
    """Whether a lower-case word is an ordinary English word: in the English dictionary of
    simplemma (Adrien Barbaresi, MIT; data from Wiktionary), the dictionary the corroboration
    stage lemmatizes with, and with a lower-case dictionary form (the dictionary lists proper
    names too, capitalised: "obama" -> "Obama", "muslims" -> "Muslim")."""
    from simplemma import is_known, lemmatize

    return is_known(word, lang="en") and lemmatize(word, lang="en")[:1].islower()


def brand_name(name: str, src: SourceRules) -> bool:
    """Whether a name of two or more capitalised words reads as a brand's, not a person's:
    every word an ordinary English word, none a first name (``first_names.txt``) or a title,
    the last no common surname ("Blue Apron", "Golden Crust"; not "Tom Reed", "Jan Holm")."""
    words = name.split()
    return len(words) > 1 and all(
        w[:1].isupper() and w not in src.first_names and w.lower() not in src.titles_lower
        and english_word(w.lower()) for w in words) and not common_surname(words[-1], src)


def is_role(word: str, src: SourceRules, endings: bool = True) -> bool:
    """Whether a word is a title or role that may stand before a name: "Minister", "Gov.",
    "member", and with ``endings`` an occupation by its ending, "Glaciologist"."""
    w = word.lower().rstrip(".,").removesuffix("'s").removesuffix("’s")
    return w in src.role_titles or (endings and len(w) > 6 and w.endswith(src.role_suffixes))


def _role_word(word: str, following: str, src: SourceRules) -> bool:
    """Whether a capitalized word before a personal name is a role, not the first name: an
    ordinary English word that is no first name and no common surname ("Defender", "Striker",
    "Veteran"; not "Frank", "Park", nor "El" of "El Paso Gas", "PT" of "PT Tambang Timah"),
    before a first name or a word the dictionary lacks
    ("Tony", "Chidi"; not "Golden State Warriors", "Royal Dutch Shell")."""
    from simplemma import is_known

    return len(word) > 3 and not word.isupper() and english_word(word.lower()) \
        and word not in src.first_names \
        and not common_surname(word, src) \
        and (following in src.first_names or not is_known(following.lower(), lang="en"))


NATIONALITY = re.compile(r"(?:an|ese|ish|i|ch)$")
"""Korean, Chinese, British, Israeli, French: a nationality, not part of an organization name."""


def _surname_after_first_name(first: str, src: SourceRules) -> bool:
    """Whether a word of the title list ending a name is the surname, the name opening with a
    first name that is no title itself: "Jude English", "Tom Judge", "Larry King" (nameparser
    lists "English", "Judge" and "King" as titles); not "Major General", "Shadow Secretary"
    (nor, after a determiner, "The German Chancellor": ``_name_run`` asks only when none
    stands before the name)."""
    return first in src.first_names and not is_role(first, src, endings=False)


def _name_run(segment: str, src: SourceRules) -> tuple[int, int, bool] | None:
    """(start, end, titled) of the personal name that ends ``segment``, after the titles and
    roles before it; ``titled`` when a title or role stands right before it."""
    segment = blank_nicknames(segment)    # Samuel "Big Sam" Okoro: part of the name
    words = list(_WORD.finditer(segment))
    if len(words) > 2 and words[-1].group() in src.name_suffixes:
        words.pop()     # "Daniel O. Whitfield Jr.": the name is read up to the surname
    run: list[re.Match] = []
    for m in reversed(words):
        if run and "\n" in segment[m.end():run[0].start()]:
            break
        particle, hyphen, rest = m.group().partition("-")
        if not _NAME_WORD.fullmatch(m.group()) and not (
                run and m.group() in src.name_particles) and not (
                hyphen and particle in src.name_particles
                and _NAME_WORD.fullmatch(rest)):   # "Jan de Vries", "Nour el-Din", "al-Amin"
            break
        run.insert(0, m)
    while run and run[0].group() in src.name_particles:
        run.pop(0)
    determined = False
    while run and (run[0].group().lower() in src.determiners
                   or run[0].group().lower() in src.prepositions):
        determined = determined or run[0].group().lower() in src.determiners
        run.pop(0)      # "The", "By" opening the phrase
    # After the last title or role that leaves a name of two words or more ("Dean Smith" is
    # a name, "Dean Jane Smith" a title and a name).
    roles = [n + 1 for n, m in enumerate(run) if is_role(m.group(), src)]
    cut = next((c for c in reversed(roles) if len(run) - c >= 2), 0)
    if cut == 0 and len(run) >= 3 and _role_word(run[0].group(), run[1].group(), src):
        cut = 1     # "Defender Chidi Okafor", "Striker Jamie Lusk": a role the lists lack
    titled = cut > 0 or (len(run) < len(words) and is_role(words[len(words) - len(run) - 1]
                                                          .group(), src))
    name = run[cut:]
    proper = [m for m in name if m.group() not in src.name_particles]    # ("de la Cruz")
    if not 2 <= len(proper) <= 4 or name[-1].group().endswith(".") \
            or name[0].group().endswith(".") \
            or (is_role(name[-1].group(), src, endings=False)
                and (determined or cut
                     or not _surname_after_first_name(name[0].group(), src))):
        return None     # "Shadow Secretary" is a title, not a name; "Lindqvist" a surname
    texts = [m.group() for m in name]
    if any(w in src.org_words or w.lower() in src.determiners or w.lower() in src.prepositions
           or (len(w) > 2 and w.isupper()) for w in texts):
        return None
    return name[0].start(), name[-1].end(), titled


def titled_name(phrase: str, src: SourceRules) -> str | None:
    """The name at the end of a phrase that a title or role introduces: "Defence Minister Arvid
    Kallberg" -> "Arvid Kallberg", "Council member Joan Prewitt" -> "Joan Prewitt"; None for a
    bare "Joan Prewitt" or "Harlan Motors"."""
    if sum(w[:1].isupper() for w in phrase.split()) < 2:
        return None     # most phrases: no name of two words at all
    run = _name_run(phrase.strip(" ,"), src)
    return phrase.strip(" ,")[run[0]:run[1]] if run and run[2] else None


def appositive_name(phrase: str, src: SourceRules) -> str | None:
    """The name set off after a description: "The chief inspector of schools, Dana Crewe" ->
    "Dana Crewe", "The board’s director, Martin Ebo" -> "Martin Ebo", "A spokesman for the Red
    Cross, Jan Holm" -> "Jan Holm"; None when the phrase
    starts with the name or has no description before a comma."""
    parts = [p for p in phrase.split(",") if p.strip()]
    if len(parts) < 2:
        return None
    lead_run = _name_run(parts[0].strip(), src)
    if lead_run is not None and lead_run[0] == 0:
        return None     # "Dana Cole, the county's health director": the name comes first
    # "A spokesman for the Red Cross, Jan Holm": a name ending the description is the body
    # the person speaks for, not the person
    first = parts[0].split()
    if not first or not (first[0].lower() in src.determiners or is_role(first[-1], src)
                         or first[0].endswith(("'s", "’s"))):
        return None
    last = parts[-1].strip()
    run = _name_run(last, src)
    if run is None or (run[0] > 0 and not run[2]):
        return None
    return last[run[0]:run[1]]


AGE = re.compile(r"\d{1,3}")
"""An age set off after a name: "Maggie, 68"."""


def _person_description(part: str, src: SourceRules) -> bool:
    """Whether a part of a phrase set off by commas describes one person: an article or a
    possessive, then a head that names a person (``person_description_heads``, residents,
    unnamed sources, private roles: "Her granddaughter", "a mother of two from Sheffield", "The
    patient's husband"; not "The club", "A key US ally", "the capital")."""
    words = part.replace("’", "'").split()
    if not words or not (words[0].lower() in src.determiners or words[0].endswith("'s")) \
            or words[0].lower().removesuffix("s") in src.pronouns_neutral:
        return False    # (not "Its southern neighbour, Chad": a country's neighbour)
    lead = []
    for w in words:
        if lead and w.lower() in src.prepositions:
            break
        lead.append(w)
    head = lead[-1].lower().removesuffix("'s")
    return len(lead) >= 2 and (head in src.person_description_heads
                               or head in src.resident_heads or head in src.anonymous_heads
                               or head in src.private_roles)


def first_name_apposed(phrase: str, src: SourceRules) -> str | None:
    """A person called by first name alone, set off by commas from a description or an age:
    "Her granddaughter, Amy, 23" -> "Amy", "Her son, Peter" -> "Peter", "Sarah, a mother of
    two" -> "Sarah", "Maggie, 68" -> "Maggie".  Families in obituaries, patients and riders
    in features are named so on the record.  None for a phrase with no such word, or whose
    description is an organization's ("The club, Chelsea")."""
    parts = [p.strip() for p in phrase.split(",") if p.strip()]
    at = next((k for k, p in enumerate(parts) if p in src.first_names
               and not is_role(p, src, endings=False)), None)
    if at is None or len(parts) < 2 or at > 1:
        return None
    before, after = parts[:at], parts[at + 1:]
    if before and not _person_description(before[0], src):
        return None
    if after and not (AGE.fullmatch(after[0]) or after[0].split()[0].lower() in src.prepositions
                      or _person_description(after[0], src)):
        return None
    return parts[at]


def person_name(phrase: str, src: SourceRules) -> str | None:
    """The personal name a source phrase gives, without titles, roles and appositions:
    "State Treasurer Alan J. Whitfield" -> "Alan J. Whitfield", "Dana Cole, the county's health
    director" -> "Dana Cole", "The chief inspector of schools, Dana Crewe" -> "Dana Crewe";
    "Her granddaughter, Amy, 23" -> "Amy" (a first name set off by commas); None when the
    phrase gives no name of two or more words and no first name so set off."""
    first = phrase.split(",")[0].strip()
    lead = _LEAD_END.split(first, maxsplit=1)[0]
    joint = first.split(" and ")
    runs = [_name_run(p, src) for p in joint]
    if len(joint) == 2 and runs[0] and runs[1] == (0, len(joint[1]), False) \
            and runs[0][1] == len(joint[0]) and len(joint[0][runs[0][0]:].split()) >= 2 \
            and len(joint[1].split()) >= 2:
        return first[runs[0][0]:]   # "(producers) Craig Zadan and Neil Meron": both speak
    run = _name_run(lead, src)
    if run is not None:     # "Daniel Yukelson with the …", "her neighbour Joseph Malik"
        return lead[run[0]:run[1]]
    run = _name_run(first, src)
    if run is not None and run[2]:  # "City of Memphis Division of Public Works director Ann Lee"
        return first[run[0]:run[1]]
    return appositive_name(phrase, src) or first_name_apposed(phrase, src)
