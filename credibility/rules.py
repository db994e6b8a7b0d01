"""Load the linguistic knowledge in ``rules/`` into typed, validated objects.

Every word list and weight lives in a data file; this module only reads and checks them.  A broken
file raises :class:`~credibility.errors.RulesError` naming the file, the key (or line) and what
was expected.  ``load_rules()`` is cached: the files are read once per process.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from credibility.errors import RulesError

RULES_ENV = "CREDIBILITY_RULES"

# file -> {key: expected type}; nested tables are dicts of the same shape.
_SCHEMA: dict[str, dict[str, Any]] = {
    "cues.toml": {
        "strong_verbs": [str],
        "object_verbs": [str],
        "passive_infinitive_verbs": [str],
        "source_after_phrases": [str],
        "complementizers": [str],
        "adverbs_between": [str],
        "listeners": [str],
        "topic_words": [str],
        "clause_boundaries": [str],
        "noun_cues": [str],
        "infinitive_verbs": [str],
        "participles": [str],
        "participle_openers": [str],
        "not_before_cue": [str],
        "not_after_cue": [str],
        "not_after_cue_for": {str: [str]},
        "not_after_cue_unless_listener": {str: [str]},
        "as_words": [str],
        "not_adverbs": [str],
        "framed_only": [str],
        "noun_like_verbs": [str],
        "tagged_subject_heads": [str],
        "tagged_noun_modifiers": [str],
        "clause_verbs": [str],
        "mediators": [str],
        "communication_objects": [str],
        "bare_noun_cues": [str],
        "bare_noun_followers": [str],
        "sourceless_cue": str,
        "passive_auxiliaries": [str],
        "auxiliaries": [str],
        "leading_words": [str],
        "relative_words": [str],
        "speaker_label": str,
        "interview_turn": str,
        "interview_intro": str,
        "interviewer_before": [str],
        "interview_answer": str,
        "interview_question": str,
        "not_speakers": [str],
        "signature": str,
        "colon_intro": str,
        "stance_verbs": [str],
        "discourse_markers": [str],
        "raising_verbs": [str],
        "np_breakers": [str],
        "gerund_objects": [str],
        "gerund_coordinators": [str],
        "phrasal_cues": [str],
        "passive_phrasal_cues": [str],
        "no_statement": str,
        "unverified_note": str,
        "designation": str,
        "coordinators": [str],
        "fronted_clause_openers": [str],
        "hypothetical_openers": [str],
        "clause_openers": [str],
        "verb_coordinators": [str],
        "gerund_prepositions": [str],
        "frame_adjunct": str,
        "question_openers": [str],
        "place_adjunct_prepositions": [str],
        "that_adjunct_prepositions": [str],
        "relative_subjects": [str],
        "relative_before_verb": [str],
        "relative_statement_words": [str],
        "extracted_subject_openers": [str],
        "negations": [str],
        "hearing_verbs": [str],
        "document_verbs": [str],
        "speaking_verbs": [str],
        "speaking_listener_prepositions": [str],
        "speaking_topics": [str],
        "cognition_verbs": [str],
        "tagged_manner": [str],
        "tagged_quantity_modifiers": [str],
        "hearing_bodies": [str],
        "negation_limiters": [str],
        "document_intro": str,
        "tagged_verb_group": [str],
        "tagged_finite": [str],
        "tagged_clause_verbs": [str],
        "tagged_noun_phrase": [str],
        "tagged_noun_heads": [str],
        "tagged_not_names": [str],
        "tagged_floating": [str],
        "tagged_clause_verb": [str],
        "tagged_particles": [str],
        "name_adjunct_openers": [str],
        "noun_cue_prepositions": [str],
        "participle_phrase_prepositions": [str],
        "object_prepositions": [str],
    },
    "sources.toml": {
        "official_heads": [str],
        "official_heads_plural": [str],
        "spokesperson_heads": [str],
        "spokesperson_possessives": [str],
        "past_role_modifiers": [str],
        "writer_contact_verbs": [str],
        "writer_contact_stops": [str],
        "public_channel": str,
        "identification_contrast": [str],
        "anonymous_group_markers": [str],
        "official_modifiers": [str],
        "speaking_institutions": [str],
        "resident_heads": [str],
        "private_roles": [str],
        "anonymous_heads": [str],
        "group_heads": [str],
        "quantity_heads": [str],
        "outlet_words": [str],
        "outlet_heads": [str],
        "own_staff_possessives": [str],
        "own_staff_heads": [str],
        "outlet_services": [str],
        "outlets": {str: [str]},
        "documents": {"heads": [str], "author_patterns": [str], "families": [list],
                      "author_nouns": [str], "authored_families": [str],
                      "author_verbs": [str], "authoring_verbs": [str], "author_self": [str],
                      "outside_assessment": [str],
                      "distinct_words": [str], "unverified": [str], "vouched": [str],
                      "designators": [str]},
        "organizations": {"words": [str], "anaphors": [str], "place_anaphors": [str],
                          "body_anaphors": [str],
                          "standalone": [str], "kin_only": [str], "trades": [str], "legal_forms": [str],
                          "distinct_modifiers": [str],
                          "families": {str: {"anaphors": [str], "names": [str]}}},
        "people": {
            "titles": [str],
            "role_suffixes": [str],
            "name_suffixes": [str],
            "elder_words": [str],
            "person_description_heads": [str],
            "age_descriptor": str,
            "rank_words": [str],
            "role_kinds": {str: [str]},
            "kin_nouns": {str: str},
            "younger_words": [str],
            "name_particles": [str],
            "possessives": [str],
            "first_person": [str],
            "partial_name": str,
            "pronouns_singular": [str],
            "pronoun_genders": {str: str},
            "pronouns_plural": [str],
            "pronouns_neutral": [str],
            "ordinals": {str: int},
            "not_sources": [str],
            "quantifiers": [str],
            "elliptical_members": [str],
            "member_openers": [str],
            "member_of_openers": [str],
            "member_of_pronouns": [str],
            "source_words": [str],
            "personal_relatives": [str],
            "people_endings": [str],
        },
        "phrase_words": {"prepositions": [str], "attached": [str], "determiners": [str],
                         "indefinite": [str], "articles": [str], "superlatives": [str],
                         "time_words": [str], "time_modifiers": [str],
                         "institutional_voices": [str],
                         "organization_prepositions": [str],
                         "name_connectives": [str], "name_prepositions": [str],
                         "participle_prepositions": [str], "home_prepositions": [str],
                         "serving_heads": [str], "serving_prepositions": [str],
                         "definite": [str], "demonstratives": [str],
                         "noun_phrase_joiners": [str]},
    },
    "anonymity.toml": {"patterns": [str], "markers": [str], "reason_openers": [str],
                       "after_comma_openers": [str]},
    "boilerplate.toml": {
        "promo": [str],
        "provenance": [str],
        "caption_with_credit": [str],
        "credit": [str],
        "dateline": [str],
        "byline": [str],
        "bare_byline": str,
        "section_words": [str],
        "date_line_words": [str],
        "html_unlikely": str,
        "html_maybe": str,
        "html_never_furniture": [str],
        "signoff": [str],
        "header_fields": {str: [str]},
        "page": {str: [str]},
        "genre": {str: {str: [str]}},
    },
    "segmentation.toml": {"abbreviations": [str], "quotes": {str: str}, "english_markers": [str],
                          "time_abbreviations": [str], "time_continuations": [str],
                          "proper_abbreviations": [str], "name_titles": [str]},
    "scoring.toml": {
        "base": {str: float},
        "adjust": {str: float},
        "article": {
            "lede_weight": float,
            "figure_weight": float,
            "verdicts": [list],
            "unsourced_verdict": str,
            "press_release_cap": float,
        },
        "assertion": {
            "appeal": [str], "vague_attribution": [str],
            "prediction": [str], "accusation": [str], "causal": [str], "judgement": [str],
            "history": [str], "court_record": [str], "result_words": [str],
            "result_nouns": [str],
            "history_min_years": int, "months": [str], "figure_words": [str],
            "duration_units": [str],
            "evaluative": [str],
        },
    },
    "standards.toml": {"check": [dict], "names": {str: str}},
    "corroboration.toml": {
        "synonyms": [list],
        "stopwords": [str],
        "ambiguous_event_words": [str],
        "within_article": {"min_shared_words": int, "require_shared_place": bool,
                           "min_shared_words_partial": int,
                           "min_shared_share_partial": float,
                           "max_claims_per_key": int, "max_links_per_claim": int,
                           "min_count_above_floor": float, "conflict_kinds": [str]},
        "across_articles": {"min_document_cosine": float, "min_lede_cosine": float,
                            "lede_paragraphs": int, "min_same_day_document_cosine": float,
                            "max_shared_name_share": float,
                            "max_neighbours": int,
                            "min_cosine": float, "min_cosine_same_figure": float,
                            "min_key_claim_cosine": float, "min_event_cosine": float,
                            "min_event_document_cosine": float,
                            "min_main_event_cosine": float,
                            "min_shared_corroborators": int,
                            "shared_corroborator_rounds": int,
                            "min_shared_corroborator_document_cosine": float,
                            "min_shared_entities": int, "min_series_figures": int,
                            "min_count_above_floor": float,
                            "min_claim_terms": int, "not_names": [str],
                            "max_days_apart": int, "idf_prior_documents": int,
                            "denial_cues": [str], "reversal_words": [str],
                            "near_duplicate_jaccard": float, "same_origin_jaccard": float,
                            "credited_reprint_jaccard": float,
                            "contained_copy_share": float, "max_contained_copy_ratio": float,
                            "min_contained_copy_shingles": int,
                            "min_copied_claim_words": int, "copied_claim_jaccard": float},
        "events": {str: [str]},
    },
}
_WORD_LISTS = ("reporting_verbs.txt", "hedges.txt")


def _type_name(expected: Any) -> str:
    if isinstance(expected, list):
        return f"a list of {_type_name(expected[0])}"
    if isinstance(expected, dict):
        return "a table"
    return {str: "a string", int: "an integer", float: "a number", bool: "true or false",
            list: "a list", dict: "a table"}[expected]


_TOML_TABLE = re.compile(r"^\s*\[\[?\s*(?P<key>[^\]\[]+?)\s*\]\]?\s*(?:#.*)?$")
_TOML_KEY = re.compile(
    r"""^\s*(?P<key>(?:[\w-]+|"[^"]*"|'[^']*')(?:\s*\.\s*(?:[\w-]+|"[^"]*"|'[^']*'))*)\s*=""")


_TOML_HINTS = {  # tomllib's message -> what was expected, when the message does not say
    "Unclosed array": " (expected ',' or ']')",
    "Unclosed inline table": " (expected ',' or '}')",
    "Illegal character '\\n'": " (expected the closing quote before the end of the line)",
    "Invalid statement": " (expected `key = value` or a [table] header)",
    "Invalid value": " (expected a string in quotes, a number, true/false, [list] or {table})",
    "Cannot overwrite a value": " (expected each key once)",
    "Cannot declare": " (expected each table once)",
}


def _key_parts(dotted: str) -> list[str]:
    parts = re.findall(r"""[\w-]+|"[^"]*"|'[^']*'""", dotted)
    return [p[1:-1] if p[:1] in "\"'" else p for p in parts]


def _key_line(file: str, key: str) -> int | None:
    """The line of ``file`` where the dotted ``key`` (``a.b[3].c`` allowed) is set, if found.

    Only read when a message needs it.  A line-based scan, not a TOML parser: tables and
    ``key =`` lines are enough to point at the right place; the longest known prefix wins.
    """
    try:
        lines = Path(file).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    found: dict[tuple[str, ...], int] = {}
    table: list[str] = []
    for n, line in enumerate(lines, 1):
        m = _TOML_TABLE.match(line)
        if m:
            table = _key_parts(m.group("key"))
            found.setdefault(tuple(table), n)
            continue
        m = _TOML_KEY.match(line)
        if m:
            found.setdefault(tuple(table + _key_parts(m.group("key"))), n)
    wanted = _key_parts(re.sub(r"\[\d+\]", "", key))
    for i in range(len(wanted), 0, -1):
        if tuple(wanted[:i]) in found:
            return found[tuple(wanted[:i])]
    return None


def _at(file: str, key: str) -> str:
    """``file:line`` for messages about ``key``, or just ``file`` when the line is unknown."""
    line = _key_line(file, key) if key else None
    return f"{file}:{line}" if line else file


def _check(value: Any, expected: Any, where: str, file: str) -> None:
    """Raise RulesError unless ``value`` has the shape ``expected``.

    The message names the file and line, the key and what was expected:
    ``rules/cues.toml:12: strong_verbs[3]: expected a string, got int``.
    """
    def fail(what: str) -> None:
        raise RulesError(f"{_at(file, where)}: {where}: expected {what}, "
                         f"got {type(value).__name__}")

    if isinstance(expected, list):
        if not isinstance(value, list):
            fail(_type_name(expected))
        for i, item in enumerate(value):
            _check(item, expected[0], f"{where}[{i}]", file)
    elif isinstance(expected, dict):
        if not isinstance(value, dict):
            fail("a table")
        if len(expected) == 1 and next(iter(expected)) is str:
            for k, v in value.items():
                _check(v, expected[str], f"{where}.{k}", file)
            return
        for k in value:
            if k not in expected:
                known = ", ".join(sorted(expected))
                key = f"{where + '.' if where else ''}{k}"
                raise RulesError(f"{_at(file, key)}: unknown key {key} "
                                 f"(expected one of: {known})")
        for k, sub in expected.items():
            if k not in value:
                key = f"{where + '.' if where else ''}{k}"
                place = f"[{where}]" if where else "the top level"
                raise RulesError(f"{_at(file, where)}: missing key {key} "
                                 f"(expected {_type_name(sub)} in {place})")
            _check(value[k], sub, f"{where + '.' if where else ''}{k}", file)
    elif expected is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            fail("a number")
    elif not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        fail(_type_name(expected))


def rules_dir() -> Path:
    """Where the rules are: $CREDIBILITY_RULES, else the copy shipped with the package, else the
    ``rules/`` folder of the source tree this module sits in.

    The last case is ``import credibility`` from a repository's root after ``pip install .``:
    the source folder shadows the installed package, and ``credibility._rules`` (``rules/``
    mapped by ``package_dir`` at install time) does not exist in it.
    """
    override = os.environ.get(RULES_ENV)
    if override:
        return Path(override)
    try:
        return Path(str(resources.files("credibility._rules")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "rules"


def _read_toml(directory: Path, name: str) -> dict:
    path = directory / name
    try:
        with open(path, "rb") as fp:
            data = tomllib.load(fp)
    except FileNotFoundError:
        raise RulesError(f"{path}: rules file missing") from None
    except tomllib.TOMLDecodeError as e:
        # "Expected '=' after a key (at line 5, column 3)" -> "file:5:3: not valid TOML: …"
        m = re.fullmatch(r"(?s)(.*?)\s*\(at line (\d+), column (\d+)\)", str(e))
        where = f"{path}:{m.group(2)}:{m.group(3)}" if m else str(path)
        what = m.group(1) if m else re.sub(r"\s*\(at end of document\)$", "", str(e))
        hint = next((h for start, h in _TOML_HINTS.items() if what.startswith(start)), "")
        end = " at the end of the file" if "end of document" in str(e) else ""
        raise RulesError(f"{where}: not valid TOML: {what}{end}{hint}") from None
    except UnicodeDecodeError as e:
        raise RulesError(f"{path}: not valid TOML: not UTF-8 ({e.reason} at byte {e.start})") \
            from None
    except OSError as e:
        raise RulesError(f"{path}: cannot read the rules file ({e.strerror})") from None
    _check(data, _SCHEMA[name], "", str(path))
    return data


def _read_word_list(directory: Path, name: str) -> tuple[str, ...]:
    path = directory / name
    try:
        data = path.read_bytes()
        lines = data.decode("utf-8").splitlines()
    except FileNotFoundError:
        raise RulesError(f"{path}: rules file missing") from None
    except UnicodeDecodeError as e:
        line = data[:e.start].count(b"\n") + 1
        raise RulesError(f"{path}:{line}: not UTF-8 ({e.reason}); expected one UTF-8 "
                         "word or phrase per line") from None
    except OSError as e:
        raise RulesError(f"{path}: cannot read the rules file ({e.strerror})") from None
    words = [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    return tuple(dict.fromkeys(words))


def _with_reason(patterns: list[str], openers: list[str],
                 after_comma: list[str] = ()) -> list[str]:
    """Anonymity patterns with ``{reason}`` written out: white space and one of the reason
    openers ("because", "for fear of" is "for", "out of"), or a comma and one of
    ``after_comma`` ("…, citing"), then the reason up to the next comma, full stop, semicolon
    or closing quotation mark, as the named group ``reason``."""
    def alternation(words) -> str:
        return "|".join(re.escape(o).replace(r"\ ", r"\s+")
                        for o in sorted(words, key=len, reverse=True))
    comma = rf"|,\s+(?=(?:{alternation(after_comma)})\b)" if after_comma else ""
    reason = rf"(?:\s+{comma})(?P<reason>(?:{alternation(openers)})\b[^,.;”\"]*)"
    return [p.replace("{reason}", reason) for p in patterns]


def _compile(patterns: list[str], file: str, key: str) -> tuple[re.Pattern, ...]:
    out = []
    for i, p in enumerate(patterns):
        try:
            out.append(first_char_guard(re.compile(p, re.IGNORECASE)))
        except re.error as e:
            raise RulesError(f"{_at(file, key)}: {key}[{i}]: not a valid regular expression: "
                             f"{e}") from None
    return tuple(out)


_GENRE_LISTS = ("headline", "section", "lines")


def _genre_signals(table: dict, file: str) -> dict[str, GenreSignals]:
    """[genre] of boilerplate.toml as :class:`GenreSignals` per genre."""
    out = {}
    for genre, lists in table.items():
        for name in lists:
            if name not in _GENRE_LISTS:
                raise RulesError(f"{_at(file, f'genre.{genre}.{name}')}: unknown key "
                                 f"genre.{genre}.{name} (expected one of: "
                                 f"{', '.join(_GENRE_LISTS)})")
        out[genre] = GenreSignals(**{name: _compile(patterns, file, f"genre.{genre}.{name}")
                                     for name, patterns in lists.items()})
    return out


def _compile_one(pattern: str, file: str, key: str, groups: tuple[str, ...],
                 flags: int = re.IGNORECASE) -> re.Pattern:
    """Compile one rule pattern that must define the named ``groups``."""
    try:
        rx = re.compile(pattern, flags)
    except re.error as e:
        raise RulesError(f"{_at(file, key)}: {key}: not a valid regular expression: {e}") from None
    missing = [g for g in groups if g not in rx.groupindex]
    if missing:
        raise RulesError(f"{_at(file, key)}: {key}: the pattern needs the named group(s) "
                         f"{', '.join(missing)}")
    return first_char_guard(rx)


def _head_template(pattern: str, file: str, key: str) -> str:
    """A pattern with ``{head}`` for a head noun, checked by compiling it for one."""
    _compile_one(pattern.replace("{head}", "report"), file, key, ("name", "head"), 0)
    return pattern


def _ing_forms(verbs: list[str], cues: dict) -> set[str]:
    """The forms in -ing of the reporting, strong and stance verbs ("pointing", "alluding"):
    each opens a participle clause of the subject as well as the hand list's participles do."""
    return {v.lower() for v in (*verbs, *cues["strong_verbs"], *cues["stance_verbs"])
            if v.lower().endswith("ing")}


def _participle_regex(participles: list[str], complementizers: list[str],
                      openers: list[str], not_adverbs: list[str]) -> PhraseRegex:
    """", adding that" / "; saying" / "and calling" / ", while also suggesting" / " - only
    saying": a participle cue after a comma or dash (also one that closes a quotation: "a
    defense of “New York values,” saying …") or "and", perhaps after up to two ``openers``
    or manner adverbs in -ly ("…, before insisting", "…, repeatedly calling"), with its
    complementizer.  Behind the word-set pre-filter of :class:`PhraseRegex`: the cue stands
    after white space and ends at a word boundary, so every match holds a participle's first
    run of word characters as a run of the text (most sentences hold none)."""
    alts = "|".join(sorted((re.escape(p) for p in participles), key=len, reverse=True))
    comp = "|".join(re.escape(c) for c in complementizers)
    not_ly = "|".join(re.escape(w) for w in not_adverbs if w.endswith("ly"))
    opener = ("(?:(?:" + "|".join(sorted((re.escape(o) for o in openers), key=len, reverse=True))
              + r"|(?!(?:" + not_ly + r")\b)[a-z]+ly)\s+){0,2}")
    return PhraseRegex(first_char_guard(re.compile(
        r"(?:(?:[,;—–]|\s--?(?=\s))[”\"’'»]?\s+(?:and\s+)?|\s+and\s+)" + opener + r"(?P<cue>"
        + alts + r")\b\s*(?:(?:" + comp + r")\b\s*)?[:,]?\s*", re.IGNORECASE)),
        _leading_words(participles))


def _role_titles(titles: list[str], official_heads: list[str]) -> Titles:
    """Lower-cased titles and roles before a name: the rules' own lists and the curated title
    list of the nameparser package (LGPL-2.1-or-later), without its ordinals ("1st")."""
    from nameparser.config.titles import TITLES

    found = frozenset(t.lower().rstrip(".") for t in (*titles, *official_heads)) | frozenset(
        t for t in TITLES if t.isalpha())
    return Titles(found, found)


class Titles(frozenset):
    """Titles before a name, where a hyphenated word whose first part is one of them and whose
    other parts are titles or roles is one too ("Judge-Executive", "Secretary-General",
    "Attorney-General", "Major-General": trial 19 read "Harlan County Judge-Executive Tom
    Burchett" as an organization for "Executive"); not "Smith-Jones"."""

    def __new__(cls, words=(), roles: frozenset[str] = frozenset()):
        made = super().__new__(cls, words)
        made.roles = roles
        return made

    def __init__(self, words=(), roles: frozenset[str] = frozenset()) -> None:
        super().__init__()

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        if not isinstance(word, str) or "-" not in word.strip("-"):
            return False
        first, *rest = word.rstrip(".").split("-")
        return frozenset.__contains__(self, first) and all(
            p and (frozenset.__contains__(self, p) or p.lower() in self.roles) for p in rest)


class FirstNames(dict):
    """First name -> gender cue ("m", "f", "u") of ``first_names.txt``, where a hyphenated
    first name whose parts are both listed is a first name too, of its first part's gender
    ("Anna-Karin", "Jean-Pierre", "Hans-Peter": Nordic, French and German double first
    names; not "Mercedes-Benz" nor "Harley-Davidson", whose second part is none)."""

    def _double(self, name: object) -> str | None:
        if not isinstance(name, str) or name.count("-") != 1:
            return None
        first, _, second = name.partition("-")
        if dict.__contains__(self, first) and dict.__contains__(self, second):
            return dict.__getitem__(self, first)
        return None

    def __contains__(self, name: object) -> bool:
        return dict.__contains__(self, name) or self._double(name) is not None

    def __getitem__(self, name: str) -> str:
        if dict.__contains__(self, name):
            return dict.__getitem__(self, name)
        gender = self._double(name)
        if gender is None:
            raise KeyError(name)
        return gender

    def get(self, name: str, default=None):
        return self[name] if name in self else default


def _first_name_lines(directory: Path) -> tuple[str, ...]:
    """The lines of ``first_names.txt`` (US Census) and ``first_names_world.txt`` (the names of
    many countries that the census lacks: "Khalid", "Luc", "Oksana")."""
    return _read_word_list(directory, "first_names.txt") \
        + _read_word_list(directory, "first_names_world.txt")


def read_first_names(lines, either=()) -> FirstNames:
    """``first_names.txt`` lines ("Name<TAB>m|f|u") as :class:`FirstNames`; the names of
    ``either`` (``first_names_either.txt``) of either gender ("u")."""
    either = frozenset(either)
    return FirstNames((name, "u" if name in either else gender.strip()) for name, _, gender in
                      (line.partition("\t") for line in lines))


def name_suffixes(suffixes: list[str], places: frozenset[str] = frozenset()) -> frozenset[str]:
    """Words that may end a person's name after the surname: the rules' own ("Jr.", "KC",
    "PhD") and the post-nominal letters of the nameparser package (LGPL-2.1-or-later;
    ``SUFFIX_ACRONYMS``: "QC", "MBE", "OBE", "MP"), written in capitals as news copy does
    ("Rebecca Tull KC", "Jo Cox MP"), without those that are also a country's code
    (``places``: "Cancer Research UK")."""
    from nameparser.config.suffixes import SUFFIX_ACRONYMS

    return frozenset(suffixes) | frozenset(
        a.upper() for a in SUFFIX_ACRONYMS
        if a.isalpha() and len(a) > 1 and a.upper() not in places)


def _phrase_regex(phrases: tuple[str, ...] | list[str]) -> PhraseRegex:
    """One case-insensitive regex matching any phrase on word boundaries, longest first."""
    alts = phrase_trie(phrases)
    if alts is None:
        alts = "|".join(sorted({re.escape(p) for p in phrases}, key=len, reverse=True))
    regex = re.compile(r"(?<![\w-])(?:" + alts + r")(?![\w-])", re.IGNORECASE)
    return PhraseRegex(first_char_guard(regex), _leading_words(phrases))


def prefiltered(regex: re.Pattern, phrases) -> PhraseRegex:
    """``regex`` (which matches one of ``phrases`` on word boundaries, spaces in a phrase any
    white space) behind the word-set pre-filter of :class:`PhraseRegex` and a lookahead of its
    first characters: the same matches, and a text that holds none of the phrases' first words
    is turned away without a regex run."""
    return PhraseRegex(first_char_guard(regex), _leading_words(phrases))


def phrase_trie(phrases, space: str | None = None) -> str | None:
    """The phrases as one alternation factored by their leading characters, a trie ("a(?:s
    reported by|ccording to)|…"), or None when a phrase holds a letter outside ASCII.  A space
    in a phrase is written ``space`` when given (``r"\\s+"``: any run of white space), else as
    itself.

    ``re`` tries the alternatives of a plain alternation one by one at each place, and with
    ``re.IGNORECASE`` none of them is ruled out by its first character alone: hundreds of tries
    at each word.  In the trie a character rules out all the phrases that do not go on with it.
    The matches are the plain alternation's, longest first: alternatives that part at a
    character cannot both match at one place (with ASCII letters or characters without case,
    case-insensitively too), and a phrase that ends where longer ones go on comes after them,
    as it does when the phrases are sorted longest first."""
    if not phrases or any(not c.isascii() and not (c.lower() == c == c.upper())
                          for p in phrases for c in p):
        return None
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for c in phrase.lower():
            node = node.setdefault(c, {})
        node[""] = {}   # a phrase ends here

    def alternation(node: dict) -> str:
        alts = [(space if c == " " and space else re.escape(c)) + alternation(node[c])
                for c in sorted(node) if c]
        if "" in node:
            alts.append("")     # the shorter phrase last
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return alternation(trie)


_WORD_RUN = re.compile(r"\w+")


def _leading_words(phrases) -> frozenset[str] | None:
    """The lower-cased first run of word characters of every phrase, or None when some phrase
    opens with another character or with a letter outside ASCII (no pre-filter is exact then)."""
    out = set()
    for phrase in phrases:
        m = _WORD_RUN.match(phrase)
        if not m or not m.group().isascii():
            return None
        out.add(m.group().lower())
    return frozenset(out)


def can_start(words, also: str = "") -> str:
    """A lookahead for the first characters of the words and the character-class items
    ``also`` (``r"\\d"``), to put before a pattern whose matches start with one of them: the
    pattern then gives up at once where none of its alternatives can start, and finds the same
    matches (``re.IGNORECASE`` applies to the class as to the words).  "" when a word is empty
    (a match could start anywhere)."""
    if any(not w for w in words):
        return ""
    return "(?=[" + also + "".join(re.escape(c) for c in sorted({w[0] for w in words})) + "])"


def canonical_outlet(name: str, aliases: dict[str, str]) -> str:
    """One spelling of an outlet's name, as ingest, the matching keys and the outlet profile
    compare outlets: through ``aliases`` (sources.toml, lower-cased spelling -> canonical: "AP"
    and "Associated Press" are "The Associated Press"), and without a leading "The" before a
    name of more than one word that no alias spells ("The Harlow Ridge Courier" is the paper's
    "Harlow Ridge Courier"; "The Guardian" keeps it)."""
    name = " ".join(name.split())
    if name.lower() in aliases:
        return aliases[name.lower()]
    if name.lower().startswith("the ") and len(name.split()) > 2:
        name = name[4:]
    return aliases.get(name.lower(), name)


def first_char_guard(rx: re.Pattern) -> re.Pattern:
    """``rx`` behind a lookahead of the characters its matches can start with (``can_start``
    worked out from the pattern itself) when it opens with alternatives; else, or when that
    set cannot be told (a match may be empty or start with any character, a flag changes
    inside the pattern), ``rx`` unchanged.

    A search then gives up at once at a place where no match can start, instead of trying
    every alternative there; the matches, their groups and their numbers are the same.  The
    set is read from the parsed pattern: literals and character classes (as written, so
    ``re.IGNORECASE`` applies to them as to the pattern), through groups, alternations,
    repeats and the zero-width ``\\b`` and look-arounds, which are passed over (a superset is
    safe).  A pattern that opens with one literal or class, or with ``^``, is left as it is:
    ``re`` rules such places out as fast as the lookahead would."""
    try:
        from re import _constants as sre
        from re import _parser

        parsed = _parser.parse(rx.pattern, rx.flags).data
        if not _opens_with_alternatives(parsed, sre):
            return rx
        items, empty = _first_items(parsed, sre)
    except Exception:  # noqa: BLE001 - any pattern this reading does not know keeps no guard
        return rx
    if empty or not items:
        return rx
    try:
        return re.compile("(?=[" + "".join(sorted(items)) + "])(?:" + rx.pattern + ")", rx.flags)
    except re.error:    # e.g. global inline flags, which must open the pattern
        return rx


def required_strings(rx: re.Pattern) -> frozenset[str] | None:
    """Lower-case strings one of which every match of ``rx`` holds, read from the parsed
    pattern, or None when that cannot be told (a match may hold nothing fixed).

    In an ASCII text, a match holds one of them in the text lower-cased, whatever the flags
    (``re.IGNORECASE`` included): a run of literal characters must stand in it as written, up
    to case, as must one alternative of an alternation, a repeat's item when it repeats at least
    once, and what a positive look-around asks for (it too must match in the text).  A
    sequence's most telling item is kept (its shortest string longest).  Letters outside ASCII
    end a run: under ``re.IGNORECASE`` one may match an ASCII letter ("K", the Kelvin sign);
    other characters outside ASCII have no case and stand in no ASCII text."""
    try:
        from re import _constants as sre
        from re import _parser

        return _required(_parser.parse(rx.pattern, rx.flags).data, sre)
    except Exception:  # noqa: BLE001 - a pattern this reading does not know has no strings
        return None


def _plain_char(code: int) -> bool:
    """A literal that matches only itself up to ASCII case, in an ASCII text."""
    return code < 128 or chr(code).lower() == chr(code) == chr(code).upper()


def _required(seq, sre) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    run: list[str] = []

    def offer(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or (min(map(len, found)), -len(found))
                      > (min(map(len, best)), -len(best))):
            best = found

    for op, av in seq:
        if op is sre.LITERAL and _plain_char(av):
            run.append(chr(av).lower())
            continue
        if run:
            offer(frozenset({"".join(run)}))
            run = []
        found = None
        if op is sre.IN:
            if all(kind is sre.LITERAL and _plain_char(v) for kind, v in av):
                found = frozenset(chr(v).lower() for _, v in av)
        elif op is sre.SUBPATTERN:
            found = _required(av[3].data, sre)
        elif op is sre.ATOMIC_GROUP:
            found = _required(av.data, sre)
        elif op is sre.BRANCH:
            parts = [_required(branch.data, sre) for branch in av[1]]
            found = None if any(p is None for p in parts) else frozenset().union(*parts)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            found = _required(av[2].data, sre) if av[0] >= 1 else None
        elif op is sre.ASSERT:
            found = _required(av[1].data, sre)
        offer(found)
    if run:
        offer(frozenset({"".join(run)}))
    return best


class StringGuard:
    """The required strings of some patterns (:func:`required_strings`) as one search: an
    ASCII text that holds none of them, lower-cased, matches none of the patterns, and need
    not be searched with each.  The strings are one alternation factored by their leading
    characters (:func:`phrase_trie`), searched case-sensitively in the lower-cased text."""

    __slots__ = ("finder",)

    def __init__(self, strings: frozenset[str]) -> None:
        self.finder = re.compile(phrase_trie(sorted(strings)))

    def cannot_match(self, text: str) -> bool:
        return text.isascii() and self.finder.search(text.lower()) is None


def string_guard(patterns: tuple[re.Pattern, ...]) -> StringGuard | None:
    """A :class:`StringGuard` for ``patterns`` (a text none of them can match: none of their
    required strings), or None when one of them has none.  Made once per tuple of patterns
    (held by its identity: a pattern's hash reads its compiled code)."""
    held = _STRING_GUARDS.get(id(patterns))
    if held is None or held[0] is not patterns:
        held = _STRING_GUARDS[id(patterns)] = (patterns, _string_guard(patterns))
    return held[1]


_STRING_GUARDS: dict[int, tuple[tuple, StringGuard | None]] = {}


def _string_guard(patterns: tuple[re.Pattern, ...]) -> StringGuard | None:
    found = [required_strings(p) for p in patterns]
    if not found or any(f is None for f in found):
        return None
    strings = frozenset().union(*found)
    if phrase_trie(sorted(strings)) is None:
        return None
    return StringGuard(strings)


def _class_char(code: int) -> str:
    return chr(code) if chr(code).isascii() and chr(code).isalnum() else f"\\U{code:08x}"


_CLASS_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D",
                     "CATEGORY_SPACE": r"\s", "CATEGORY_NOT_SPACE": r"\S",
                     "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _opens_with_alternatives(seq, sre) -> bool:
    """Whether the first thing the parsed sequence ``seq`` matches is an alternation (after
    ``\\b`` and look-arounds; not after ``^``, where only one place is tried)."""
    for op, av in seq:
        if op is sre.AT:
            if av in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
                return False
            continue
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            continue
        if op is sre.BRANCH:
            return True
        if op is sre.SUBPATTERN:
            return _opens_with_alternatives(av[3].data, sre)
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            return _opens_with_alternatives(av[2].data, sre)
        return False
    return False


def _first_items(seq, sre) -> tuple[set[str], bool]:
    """(class items a match of the parsed sequence ``seq`` can start with, whether it can
    match the empty string); raises ValueError for what it cannot read."""
    items: set[str] = set()
    for op, av in seq:
        if op is sre.LITERAL:
            items.add(_class_char(av))
            return items, False
        if op is sre.IN:
            for kind, value in av:
                if kind is sre.LITERAL:
                    items.add(_class_char(value))
                elif kind is sre.RANGE:
                    items.add(_class_char(value[0]) + "-" + _class_char(value[1]))
                elif kind is sre.CATEGORY and str(value) in _CLASS_CATEGORIES:
                    items.add(_CLASS_CATEGORIES[str(value)])
                else:
                    raise ValueError(kind)     # a negated class, ...
            return items, False
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue    # zero-width: the match starts with what follows
        if op is sre.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise ValueError(op)
            first, empty = _first_items(sub.data, sre)
        elif op is sre.BRANCH:
            first, empty = set(), False
            for branch in av[1]:
                b_first, b_empty = _first_items(branch.data, sre)
                first |= b_first
                empty = empty or b_empty
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _, sub = av
            first, empty = _first_items(sub.data, sre)
            empty = empty or low == 0
        elif op is sre.ATOMIC_GROUP:
            first, empty = _first_items(av.data, sre)
        else:
            raise ValueError(op)    # any character, a back-reference, ...
        items |= first
        if not empty:
            return items, False
    return items, True


_ASCII_WORDS = str.maketrans({c: c.lower() if c.isalnum() or c == "_" else " "
                              for c in map(chr, range(128))})
"""An ASCII text's word characters lower-cased, every other character a space: its ``\\w+``
runs lower-cased are then what ``str.split`` gives, at a third of ``findall``'s cost."""


def lower_words(text: str) -> list[str]:
    """The runs of word characters of ``text`` lower-cased, ``re.findall(r"\\w+",
    text.lower())``: for an ASCII text (most news copy) by ``str.translate`` and ``split``."""
    if text.isascii():
        return text.translate(_ASCII_WORDS).split()
    return _WORD_RUN.findall(text.lower())


@lru_cache(maxsize=512)
def _words_of(text: str) -> frozenset[str]:
    """The lower-cased runs of word characters of ``text`` (cached: one sentence is tried
    against several phrase lists in a row, and again by later stages, after a few hundred
    other texts)."""
    return frozenset(lower_words(text))


class PhraseRegex:
    """A phrase list's regex (:func:`_phrase_regex`) behind a word-set pre-filter.

    A phrase matches on word boundaries, so where it matches, the text's run of word characters
    starting there is the phrase's first run of word characters (a pattern may hold more before
    the phrase, as long as the phrase's first run is a run of the text wherever it matches).
    An ASCII text that holds none of those first runs (lower-cased) cannot match, and
    ``search``/``finditer`` say so without running the alternation (ten times cheaper on news
    sentences); any other call is the regex's own.  Results are the regex's in every case.

    A search between ``pos`` and ``endpos`` asks the same of ``text[pos:endpos]``: a match
    there starts a run of that slice (the character before it is no word character, or the
    slice starts there), and its first run ends inside the phrase, at a boundary the pattern
    asks for, or at ``endpos``, where ``re`` sees the end of the text: the slice holds it.
    """

    __slots__ = ("regex", "leading", "pattern", "flags")

    def __init__(self, regex: re.Pattern, leading: frozenset[str] | None) -> None:
        self.regex, self.leading = regex, leading
        self.pattern, self.flags = regex.pattern, regex.flags

    def _cannot_match(self, text: str) -> bool:
        return self.leading is not None and text.isascii() and self.leading.isdisjoint(
            _words_of(text))

    def _cannot_match_within(self, text: str, bounds: tuple) -> bool:
        if not bounds:
            return self._cannot_match(text)
        if self.leading is None or len(bounds) > 2 or any(b < 0 for b in bounds):
            return False    # (``re`` reads a negative bound as 0, a slice from the end)
        return self._cannot_match(text[bounds[0]:bounds[1]] if len(bounds) == 2
                                  else text[bounds[0]:])

    def search(self, text: str, *bounds) -> re.Match | None:
        if self._cannot_match_within(text, bounds):
            return None
        return self.regex.search(text, *bounds)

    def finditer(self, text: str, *bounds):
        if self._cannot_match_within(text, bounds):
            return iter(())
        return self.regex.finditer(text, *bounds)

    def match(self, text: str, *bounds) -> re.Match | None:
        return self.regex.match(text, *bounds)

    def fullmatch(self, text: str, *bounds) -> re.Match | None:
        return self.regex.fullmatch(text, *bounds)

    def findall(self, text: str, *bounds) -> list:
        return self.regex.findall(text, *bounds)

    def sub(self, repl, text: str, count: int = 0) -> str:
        return self.regex.sub(repl, text, count)

    def __repr__(self) -> str:
        return f"PhraseRegex({self.pattern[:60]!r}…)"


@dataclass(frozen=True)
class CueRules:
    verbs: frozenset[str]
    strong_verbs: frozenset[str]
    object_verbs: frozenset[str]
    source_after: PhraseRegex
    complementizers: frozenset[str]
    adverbs_between: frozenset[str]
    listeners: tuple[str, ...]
    listener_words: frozenset[str]
    topic_words: frozenset[str]
    """The last word of each listener ("reporters", "press"): an object that is told things."""
    clause_boundaries: frozenset[str]
    noun_cues: frozenset[str]
    infinitive_verbs: frozenset[str]
    """Verbs whose content may be a to-infinitive: "vowed to repeal the law"."""
    participles: frozenset[str]
    participle_cue: PhraseRegex
    """", adding that …": a second attribution of the same source; group ``cue``."""
    not_before_cue: frozenset[str]
    not_after_cue: frozenset[str]
    not_after_cue_for: dict[str, frozenset[str]]
    """Particles that make a verb something else than a cue: "backed down", "called off"."""
    not_after_cue_unless_listener: dict[str, frozenset[str]]
    """Prepositions that make a verb something else than a cue unless a name or a listener
    follows them: "added to her delegate lead" (not "Trump added to People")."""
    as_words: frozenset[str]
    """"as" before a trailing frame: "…, as police have said"."""
    not_adverbs: frozenset[str]
    """Words in -ly that are no manner adverbs: "family", "rally"."""
    framed_only: frozenset[str]
    noun_like_verbs: frozenset[str]
    """Base forms that are mostly nouns: verbs only after a word tagged as a subject's head."""
    tagged_subject_heads: frozenset[str]
    """Penn Treebank tags of the word before a ``noun_like_verbs`` word that make it a verb."""
    tagged_noun_modifiers: frozenset[str]
    """Tags of the word before a ``framed_only`` word that make it a plural noun."""
    communication_objects: frozenset[str]
    """Objects of ``clause_verbs`` that are themselves something said ("issued an amber
    warning"), besides documents."""
    mediators: frozenset[str]
    """"according to a translation provided by the ministry": what passes the words on, not
    who said them; the speaker's own frame in the sentence wins."""
    clause_verbs: frozenset[str]
    """Verbs that report only with a clause, a quotation or a colon after them; with a noun
    phrase for object they tell an act ("wrote 118 cheques", "released 30 prisoners")."""
    """Verb forms that are mostly nouns: cues only before "that", a colon or a quotation."""
    bare_noun_cues: frozenset[str]
    """Noun cues that attribute without a source: "amid allegations that …"."""
    bare_noun_followers: frozenset[str]
    """Words after a bare noun cue that open its content: "that", "of", "about", "for"."""
    sourceless_cue: re.Pattern
    """"allegedly", "is expected to": an attribution without a source; group ``cue``."""
    passive_auxiliaries: frozenset[str]
    auxiliaries: frozenset[str]
    """Finite auxiliaries and copulas: where a main clause's verb starts."""
    """"was criticized by X": the auxiliaries of a passive frame with its agent."""
    leading_words: frozenset[str]
    relative_words: frozenset[str]
    speaker_label: re.Pattern
    interview_turn: re.Pattern
    """A question or answer label opening a paragraph ("Q:", "A:"); groups label, question,
    answer."""
    interview_intro: re.Pattern
    """Words of a title or introduction presenting an interview."""
    interviewer_before: tuple[tuple[str, ...], ...]
    """Words right before a name that make it the interviewer ("our reporter", "by")."""
    interview_answer: re.Pattern
    """The first person of an interview's answer ("I", "we")."""
    interview_question: re.Pattern
    """The addressee of an interview's question ("you")."""
    not_speakers: frozenset[str]
    signature: re.Pattern
    colon_intro: re.Pattern
    """"And from board chair Renata Okafor:": a verbless line opening the next paragraph's quote."""
    stance_verbs: frozenset[str]
    discourse_markers: frozenset[str]
    """"for example", "for his part": set off by commas between a source and its verb."""
    raising_verbs: frozenset[str]
    """"seemed", "appears": verbs whose subject is not who holds the view they frame."""
    np_breakers: frozenset[str]
    gerund_objects: frozenset[str]
    gerund_coordinators: frozenset[str]
    """Verbs whose object or clause is the content when their subject is a plausible source."""
    phrasal_cues: PhraseRegex
    phrasal_first: frozenset[str]
    passive_phrasal_cues: frozenset[str]
    no_statement: re.Pattern
    unverified_note: re.Pattern
    """The outlet's note that it could not verify what it has just reported ("The claim could
    not be independently verified."), matched at the start of a sentence."""
    designation: re.Pattern
    """"confirmed Priya Anand as its new chief inspector": an appointment, not a report."""
    coordinators: frozenset[str]
    fronted_clause_openers: frozenset[str]
    hypothetical_openers: frozenset[str]
    """"if", "unless" right before a source: "if I said X" reports nothing said."""
    clause_openers: frozenset[str]
    """Subordinators and relative words: an "according to" aside right after one attributes
    the clause it opens ("in a year when, according to the budget papers, …")."""
    verb_coordinators: frozenset[str]
    """"and", "but" joining a second verb to the first one's subject: "X endorsed A, but told B"."""
    gerund_prepositions: frozenset[str]
    """"by", "in" … taking a cue in -ing whose speaker is the clause's subject ("X broke a
    silence by asking …")."""
    frame_adjunct: re.Pattern
    question_openers: frozenset[str]
    """"Asked", "Pressed": an opening participle clause that puts the question; the answer is
    what follows the verb ("Asked if he would run, Lee said no")."""
    place_adjunct_prepositions: frozenset[str]
    """"said Tuesday in Paris, noting …": a prepositional phrase after the cue that runs to a
    comma is where it was said, not the content."""
    that_adjunct_prepositions: frozenset[str]
    """"reported on his show on AM 570 that …": a prepositional phrase between a speech verb and
    its "that" is where or how it was said; the content starts after "that"."""
    relative_subjects: frozenset[str]
    relative_before_verb: frozenset[str]
    relative_statement_words: frozenset[str]
    extracted_subject_openers: frozenset[str]
    """"who" in "An official who asked not to be named said": the source stands before it."""
    negations: frozenset[str]
    hearing_verbs: frozenset[str]
    """Verbs that report evidence only with a court, inquest or inquiry as their subject
    ("the jury heard"; ``hearing_bodies``)."""
    document_verbs: frozenset[str]
    """Verbs that report only with a document for subject ("The log lists 37 injuries")."""
    speaking_verbs: frozenset[str]
    """Verbs of speaking with no object ("spoke"): a phrase of place after them is no content."""
    speaking_listener_prepositions: frozenset[str]
    """"to", "with" after a speaking verb: whom someone spoke to ("spoke to Margaret Fell")."""
    speaking_topics: frozenset[str]
    """"about", "of" … after the listener: what was spoken of ("spoke to him about the cuts")."""
    cognition_verbs: frozenset[str]
    """Verbs of cognition ("think"): an adverb after them with no clause after it is no view
    ("think again before it is too late")."""
    tagged_manner: frozenset[str]
    """Tags of the adverbs (and adjectives) after a cognition verb that tell how ("hard")."""
    tagged_quantity_modifiers: frozenset[str]
    """Tags of the comparative or superlative that, with a preposition, makes a figure
    approximate ("more than 900", "at least 14"): part of the noun phrase the figure opens."""
    hearing_bodies: frozenset[str]
    negation_limiters: frozenset[str]
    """Words between a negator and its verb that leave the report standing ("did not *just*
    say")."""
    """Words that deny the verb after them ("who did not say that A", "the study does not show
    that A"): no statement reported."""
    document_intro: re.Pattern
    tagged_verb_group: frozenset[str]
    """Penn tags of the words of a verb group ("is planning to boycott", "may well endorse"):
    the fallback frames read with part-of-speech tags (``attribute/tagged.py``)."""
    tagged_finite: frozenset[str]
    """Penn tags of a finite verb: a verb after a comma or "and" with one of them is a second
    verb of the same subject ("suggested A, called B and boycotted C")."""
    tagged_clause_verbs: frozenset[str]
    """Tags of a finite verb or modal: the words hold a clause ("VBD", "MD")."""
    tagged_noun_phrase: frozenset[str]
    """Chunk labels of a noun phrase ("B-NP", "I-NP")."""
    tagged_noun_heads: frozenset[str]
    """Penn tags of a word that may head a noun phrase: a source phrase with none, in its
    sentence, is no source ("perhaps recognizing that …")."""
    tagged_not_names: frozenset[str]
    """Penn tags of a capitalised word opening a sentence that say it is no name there
    ("Recently", "Having")."""
    tagged_floating: frozenset[str]
    tagged_clause_verb: frozenset[str]
    """Penn tags of a verb that makes a clause: a stretch with one is no apposition."""
    tagged_particles: frozenset[str]
    """Particles of phrasal verbs, not where the content starts ("laid out a plan")."""
    passive_infinitive_verbs: frozenset[str] = frozenset()
    """Participles that are passive right before "to" ("residents ordered to leave")."""
    name_adjunct_openers: frozenset[str] = frozenset()
    """Words opening a time adjunct between a name and its verb ("Lee on Tuesday declared")."""
    noun_cue_prepositions: frozenset[str] = frozenset()
    """Prepositions after a noun cue that open its content ("announcement of new rules")."""
    participle_phrase_prepositions: frozenset[str] = frozenset()
    object_prepositions: frozenset[str] = frozenset()
    """Prepositions after a participle set off by a comma that make it no clause ("…,
    compared with a loss")."""
    """Quantifiers between a subject and its verb ("the ministers all urged")."""
    """When and where it was said: "Monday", "in a statement", "on Twitter"."""
    """First words of ``phrasal_cues``: only tokens among them are tried against the pattern."""


@dataclass(frozen=True)
class SourceRules:
    official_heads: frozenset[str]
    official_heads_plural: frozenset[str]
    spokesperson_heads: frozenset[str]
    """Officials of a named organization count as the organization ("Acme officials said")."""
    spokesperson_possessives: frozenset[str]
    """Possessive determiners that make "Its spokesman" the spokesperson of the organization
    just quoted, as "A spokesman" is ("its")."""
    past_role_modifiers: frozenset[str]
    """Words that make a post one held before ("Former inspector Mark Bell"): no one who
    speaks for the body now."""
    writer_contact_verbs: tuple[str, ...]
    """Verbs of the writer asking or reaching someone ("We asked the council …"): a bare
    spokesperson right after speaks for whom the writer reached."""
    writer_contact_stops: tuple[str, ...]
    """Words that end whom the writer reached ("We asked the council | how much …")."""
    anonymous_group: PhraseRegex
    """People granted anonymity together are anonymous sources, not an unnamed group."""
    titles_lower: frozenset[str]
    official_modifiers: tuple[str, ...]
    speaking_institutions: tuple[str, ...]
    """Institutions whose people give the institution's word ("police spokesman Bello")."""
    resident_heads: frozenset[str]
    private_roles: frozenset[str]
    """Occupations that hold no office: an unnamed one is an anonymous source, not an
    official."""
    anonymous_heads: frozenset[str]
    group_heads: frozenset[str]
    quantity_heads: frozenset[str]
    outlet_alias: dict[str, str]
    """Lower-cased spelling -> canonical outlet name."""
    document_heads: frozenset[str]
    document_author: tuple[str, ...]
    """Patterns for who wrote a document, with ``{head}`` for its head noun (see sources.toml)."""
    org_words: frozenset[str]
    org_heads: frozenset[str]
    """``org_words`` as lower-case common nouns ("federation", "institute"): "the federation"
    refers back to an organization as "the company" does."""
    org_anaphors: frozenset[str]
    """Common nouns that, after "the", refer back to an organization (``anaphors`` and
    ``body_anaphors`` of sources.toml)."""
    place_anaphors: frozenset[str]
    body_anaphors: frozenset[str]
    """Institutions and facilities that name a body of their own ("the museum", "the
    hospice"): never the organization quoted last unless its name holds the word."""
    org_standalone: frozenset[str]
    org_families: OrganizationFamilies
    titles: frozenset[str]
    role_titles: frozenset[str]
    """Lower-cased titles and roles that may stand before a name ("defence minister", "council
    member"): ``titles``, ``official_heads`` and nameparser's curated title list."""
    role_suffixes: tuple[str, ...]
    name_suffixes: frozenset[str]
    """What ends a person's name after the surname: "Jr.", "III"."""
    name_particles: frozenset[str]
    """Lower-case particles inside a personal name: "de", "von"."""
    partial_name: re.Pattern
    """"a man who goes by the name “Dutch”": the name given after a description; group ``name``."""
    """Endings of an occupation before a name: "Glaciologist Ingrid Soltveit"."""
    pronouns_singular: frozenset[str]
    pronouns_plural: frozenset[str]
    pronouns_neutral: frozenset[str]
    ordinals: dict[str, int]
    not_sources: frozenset[str]
    quantifiers: frozenset[str]
    """Words of ``not_sources`` that open a source when a noun follows ("one user")."""
    elliptical_members: frozenset[str]
    """"Another", "One", "A third" as a whole subject: one more of the people just quoted."""
    prepositions: frozenset[str]
    """Words after which a source phrase's head is already behind ("officials in the region")."""
    participle_prepositions: frozenset[str]
    """After a past participle, the prepositions that make it a modifier of the noun before
    ("a detective involved in the case", "an officer assigned to it"), not a clause's verb."""
    home_prepositions: frozenset[str]
    """Prepositions of a home town set off by commas after a name ("Cory James, 22, of Flint,
    Mich., said")."""
    attached: frozenset[str]
    """Of ``prepositions``, those whose phrase belongs to the source ("officials of the
    ministry", "a person familiar with the talks"), not an adjunct between source and verb."""
    determiners: frozenset[str]
    serving_heads: frozenset[str]
    """Role nouns whose "to" phrase names the person they serve ("an aide to Senator Lee"):
    the phrase belongs to the source, and the role, not the name, speaks."""
    serving_prepositions: frozenset[str]
    """The prepositions after ``serving_heads`` that name whom they serve ("to", "for")."""
    indefinite: frozenset[str]
    """Determiners that introduce a new, unnamed source ("a resident", "two officials")."""
    articles: frozenset[str] = frozenset()
    """"a", "an", "the"."""
    superlatives: frozenset[str] = frozenset()
    """"most", "least": after an article a superlative, not a group."""
    time_words: frozenset[str] = frozenset()
    """Lower-cased names of days, months and parts of the day ("friday", "august")."""
    institutional_voices: frozenset[str] = frozenset()
    """Heads of unnamed officials who name no body ("officials said", "authorities said"):
    they may speak for any organization the article quotes."""
    time_modifiers: frozenset[str] = frozenset()
    """Lower-cased words that stand with them in a time ("early", "during"): a phrase of
    these and ``time_words`` alone names no one ("… tweets early Friday saying …")."""
    definite: frozenset[str] = frozenset()
    """Determiners that point back to something known ("the", "this", "their")."""
    demonstratives: frozenset[str] = frozenset()
    """"this", "that", "these", "those"."""
    noun_phrase_joiners: frozenset[str] = frozenset()
    """Words joining the parts of one noun phrase ("the head of the agency who")."""
    member_openers: frozenset[str] = frozenset()
    """"another", "one" before a word of a group's description: one more of it."""
    member_of_openers: frozenset[str] = frozenset()
    """"one", "another", "each" before "of": a member of a group ("one of them")."""
    member_of_pronouns: frozenset[str] = frozenset()
    """"them" of "one of them": the group just quoted, of which a member speaks."""
    source_words: frozenset[str] = frozenset()
    """"source", "sources": a group phrase opening with one is a group of sources."""
    personal_relatives: frozenset[str] = frozenset()
    """Relative pronouns that stand for a person ("who", "whom")."""
    people_endings: tuple[str, ...] = ()
    """Endings of a capitalised word that make it people, no name ("Voters", "Everyone")."""
    places: frozenset[str] = frozenset()
    """Countries, regions and languages (``entity_places.txt``, Unicode CLDR; and
    ``entity_endonyms.txt``): "Russia and Ukraine said" is two states speaking."""
    cities: frozenset[str] = frozenset()
    """Large cities (``entity_cities.txt``, GeoNames): "Leeds" in "Leeds Teaching Hospitals
    NHS Trust" places the body, which "An NHS trust in Yorkshire" does not name."""
    identification_contrast: PhraseRegex | None = None
    """Words that mark a body named after an indefinite description as a second body ("its
    own", "neighbouring"): ``identification_contrast`` of sources.toml."""
    name_titles: frozenset[str] = frozenset()
    """Titles that only ever stand before a name, without their period ("Mr", "Sen":
    ``name_titles`` of segmentation.toml): "Mr Patel and Mrs Okafor" is two people."""
    organization_prepositions: frozenset[str] = frozenset()
    """Prepositions after which a phrase can name the speaker's organization ("a spokeswoman
    for the L.A. Housing Department")."""
    name_connectives: tuple[str, ...] = ()
    """Words that join the words of an organization's name ("Sears, Roebuck and Co")."""
    name_prepositions: frozenset[str] = frozenset()
    """Prepositions inside an organization's name after its organization noun ("Department
    for Education", "Ministry of Defence")."""
    surnames: frozenset[str] = frozenset()
    """Common US surnames (``surnames.txt``, US Census 1990), as ``str.capitalize`` writes them
    ("Mcdonald"); look a word up with :func:`credibility.attribute.names.surname_key`."""
    companies: frozenset[str] = frozenset()
    """Organizations whose names read as a person's (``entity_companies.txt``: "Goldman
    Sachs", "Dean Witter", "Air India")."""
    first_names: Mapping[str, str] = field(default_factory=dict)
    """First names (``first_names.txt``, US Census 1990), as the file writes them ("Maria"),
    and hyphenated ones of two listed names ("Anna-Karin"): look one up with ``in``."""
    first_name_genders: dict[str, str] = field(default_factory=dict)
    """First name -> its gender cue in ``first_names.txt`` ("m", "f" or "u")."""
    pronoun_genders: dict[str, str] = field(default_factory=dict)
    """"he" -> "m", "she" -> "f": the cue of the first names a pronoun can stand for."""
    outlet_words: frozenset[str] = frozenset()
    """Capitalised last words of news organizations' names ("Gazette", "Herald")."""
    outlet_heads: frozenset[str] = frozenset()
    """Lower-case nouns that make a description a news outlet ("the Lusaka newspaper")."""
    own_staff_possessives: frozenset[str] = frozenset()
    """Words that make a staff head the outlet's own ("our correspondent")."""
    own_staff_heads: frozenset[str] = frozenset()
    """The outlet's staff ("reporter", "correspondent", "team")."""
    document_family: dict[str, str] = field(default_factory=dict)
    """A document head -> the first head of its family ("complaint" -> "lawsuit"): "the
    complaint" after "a lawsuit filed Monday" is that lawsuit."""
    document_author_nouns: frozenset[str] = frozenset()
    """"researchers", "authors": the people who wrote a study, which speaks through them."""
    authored_families: frozenset[str] = frozenset()
    """Document families (``document_family`` values) whose documents have such authors."""
    author_verbs: tuple[str, ...] = ()
    """Verbs of finding or writing by which "the researchers" are a study's authors ("the
    researchers found")."""
    authoring_verbs: tuple[str, ...] = ()
    """Verbs of a relative clause that has "the researchers" make the study ("who conducted
    the study")."""
    author_self: frozenset[str] = frozenset()
    """Author nouns that say so themselves ("the authors")."""
    outside_assessment: PhraseRegex | None = None
    """Words by which a paragraph has people assess a study from outside ("overstated",
    "criticised", "reviewed")."""
    document_distinct: frozenset[str] = frozenset()
    """Words that introduce another document of a family ("a separate civil filing")."""
    document_designators: frozenset[str] = frozenset()
    """Words that open a bill's or provision's name before its number ("AB 1340")."""
    unverified: PhraseRegex | None = None
    """Phrases that make a document unverified content ("shared on social media")."""
    vouched: PhraseRegex | None = None
    """Phrases that say someone checked such content ("verified by")."""
    rank_words: frozenset[str] = frozenset()
    """Words that make a role another office ("deputy", "acting")."""
    role_kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    """A general role noun -> the roles that are kinds of it ("scientist" -> "virologist", …):
    "the scientist" refers back to "a virologist" (``role_kinds`` of sources.toml)."""
    legal_forms: frozenset[str] = frozenset()
    """Companies' legal forms, which may follow a name after a comma ("Helix Biotherapeutics,
    Inc."): ``legal_forms`` of sources.toml, each also without its final period."""
    org_trades: frozenset[str] = frozenset()
    """Trade nouns that are a company's or a person's ("the copper miner", "a coal miner"): a
    company's when one is named just before (``trades`` of sources.toml)."""
    org_distinct: frozenset[str] = frozenset()
    """Modifiers that make a company description another company than the one named before
    ("the rival chipmaker": ``distinct_modifiers`` of sources.toml)."""
    age_descriptor: re.Pattern | None = None
    """A person named by their age ("the 23-year-old"), group 1 the age."""
    public_channel: re.Pattern | None = None
    """The words after an unnamed member of a named body that make their words the body's
    published word ("An Acme official said in a statement"): the body, not an anonymous
    official."""
    seniority: dict[str, int] = field(default_factory=dict)
    """Lower-case word -> 1 (the elder: "elder", "father") or -1 (the younger: "younger",
    "son"): which of two people of one surname a mention means."""
    person_description_heads: frozenset[str] = frozenset()
    """Heads of a description of one person beside a first name alone ("Her granddaughter,
    Amy")."""
    first_person: frozenset[str] = frozenset()
    """"i", "we": outside quotes the interviewee in an answer, else the writer (no source)."""
    possessives: frozenset[str] = frozenset()
    """Possessive determiners of people ("her", "my"): "her son" is not "her"."""
    kin_nouns: dict[str, str] = field(default_factory=dict)
    """Kin noun -> the gender it gives its person ("son" -> "m"; "" for either): "her son" is
    the person introduced as her son, never the "her" it belongs to."""

    @cached_property
    def known_heads(self) -> frozenset[str]:
        """The head nouns of unnamed sources: groups, anonymous sources, officials, residents
        and documents (asked of every source phrase: made once)."""
        return (self.group_heads | self.anonymous_heads | self.official_heads
                | self.resident_heads | self.document_heads)


@dataclass(frozen=True)
class OrganizationFamilies:
    """Kinds of organization ("company", "club", "party"): the anaphor that names each and the
    words that mark a name as one of it (``[organizations.families]`` of sources.toml).  The
    attribution stage and the entity layer ask it the same question: which organization
    "the club" may stand for."""

    of_anaphor: dict[str, str] = field(default_factory=dict)
    """Lower-case anaphor -> its family ("firm" -> "company")."""
    of_word: dict[str, str] = field(default_factory=dict)
    """Capitalised name word, without a final "." -> its family ("Corp" -> "company")."""
    officials: frozenset[str] = frozenset()
    """Plural heads of people who speak for an organization ("officials": the
    ``official_heads_plural`` of sources.toml)."""
    kin_only: frozenset[str] = frozenset()
    """Anaphors that stand only for a name of their own family ("the union" is never "Meridian
    Textiles", nor "Acme"): ``kin_only`` of sources.toml."""
    connectives: frozenset[str] = frozenset({"of"})
    """Lower-case words after which a name's words say no more of its kind ("of": the
    ``name_connectives`` of sources.toml)."""
    indefinite: frozenset[str] = frozenset()
    """Lower-case determiners that introduce a new body ("a union representative": the
    ``phrase_words.indefinite`` of sources.toml)."""
    _named: dict = field(default_factory=dict, compare=False, repr=False)

    def kin_named(self, head: str, text: str) -> bool:
        """Whether an article names a body of the family "the ``head``" names, so that
        ``kin_only`` holds: a name word of the family ("Unite the Union", "Harvard
        University") or the anaphor after an indefinite determiner ("a union
        representative").  Without one, "the union" is the union quoted by a name of no family
        word ("The UAW said … The union said")."""
        family = self.of_anaphor.get(head)
        if family is None:
            return False
        key = (head, text)
        if key not in self._named:
            if len(self._named) > 256:
                self._named.clear()
            words = [w for w, f in self.of_word.items() if f == family]
            anaphors = [a for a, f in self.of_anaphor.items() if f == family]
            alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
            det = "|".join(re.escape(w) for w in sorted(self.indefinite, key=len, reverse=True))
            ana = "|".join(re.escape(w) for w in sorted(anaphors, key=len, reverse=True))
            found = bool(alt and re.search(rf"\b(?:{alt})\b", text)) or bool(
                det and re.search(rf"\b(?i:{det})\s+(?:{ana})\b", text))
            self._named[key] = found
        return self._named[key]

    def family(self, words) -> str | None:
        """The family a name's words mark it as, by the last word of a family before the first
        connective ("Department of Energy" is a department, not a company for "Energy"; "Public
        Service Co of New Mexico" a company), else in the whole name ("Acme Corp." is a company,
        "Maine Public Utilities Commission" an agency); None when no word does."""
        words = list(words)
        cut = next((k for k, w in enumerate(words) if k and w.lower() in self.connectives), None)
        if cut is not None:
            head = self.family(words[:cut])
            if head is not None:
                return head
        for word in reversed(words):
            for w in reversed(word.split("-")):     # "Texas Commerce Bank-Houston"
                w = w.strip(",").removesuffix("'s").removesuffix("’s").rstrip(".")
                if w in self.of_word:
                    return self.of_word[w]
        return None

    def kin(self, head: str, words) -> bool:
        """Whether a name of ``words`` is of the family "the ``head``" names."""
        family = self.of_anaphor.get(head)
        return family is not None and family == self.family(words)

    def other_kind(self, head: str, names, anaphors: frozenset[str],
                   kin_named: bool = True) -> bool:
        """Whether an organization of these names (lists of words) is of another kind than
        "the ``head``": a name ends in another organization anaphor ("the company" is not the
        "Securities and Exchange Commission" or the "Soviet Union"), or the names mark a family
        and "the ``head``" names another one ("the club" is not the "Northern League").
        ``kin_only`` holds where the article names a body of the family (``kin_named``)."""
        names = [n for n in names if n]
        lasts = {n[-1].lower().rstrip(".") for n in names}
        if head in lasts:
            return False
        if head in self.kin_only and kin_named and not any(self.kin(head, n) for n in names):
            return True     # "the union" is not the company named before
        if lasts & anaphors:
            return True
        # "Harlow Ridge fire officials" is no company: officials speak for a public body
        # unless their name says whose they are ("Keller Chemical officials": kin, ``kin``)
        return head in self.of_anaphor and (any(self.family(n) is not None for n in names)
                                            or bool(lasts & self.officials))


def _organization_families(table: dict, anaphors: list[str], file: str,
                           connectives: frozenset[str] = frozenset({"of"}),
                           officials: frozenset[str] = frozenset(),
                           kin_only: frozenset[str] = frozenset(),
                           indefinite: frozenset[str] = frozenset()) -> OrganizationFamilies:
    """The families of sources.toml, each anaphor one of ``anaphors`` and each word in one
    family."""
    of_anaphor: dict[str, str] = {}
    of_word: dict[str, str] = {}
    for name, family in table.items():
        for a in family["anaphors"]:
            if a not in anaphors:
                raise RulesError(f"{_at(file, 'organizations.families')}: organizations.families."
                                 f"{name}.anaphors: {a!r} is not one of organizations.anaphors")
            of_anaphor[a] = name
        for w in family["names"]:
            if of_word.get(w, name) != name:
                raise RulesError(f"{_at(file, 'organizations.families')}: organizations.families."
                                 f"{name}.names: {w!r} is already in family {of_word[w]!r}")
            of_word[w] = name
    unknown = sorted(kin_only - of_anaphor.keys())
    if unknown:
        raise RulesError(f"{_at(file, 'organizations.kin_only')}: organizations.kin_only: "
                         f"{unknown[0]!r} is the anaphor of no family")
    return OrganizationFamilies(of_anaphor, of_word, officials, kin_only, connectives,
                                indefinite)


@dataclass(frozen=True)
class BoilerplateRules:
    promo: tuple[re.Pattern, ...]
    provenance: tuple[re.Pattern, ...]
    caption_with_credit: tuple[re.Pattern, ...]
    credit: tuple[re.Pattern, ...]
    dateline: tuple[re.Pattern, ...]
    byline: tuple[re.Pattern, ...]
    signoff: tuple[re.Pattern, ...]
    header_fields: dict[str, str]
    """Lower-cased header label -> field (title, subtitle, published, outlet, author, url)."""
    page: dict[str, tuple[re.Pattern, ...]] = None  # type: ignore[assignment]
    """Boilerplate kind -> the patterns of page furniture of that kind (navigation, share…),
    in the file's order, matched anywhere in the text."""
    bare_byline: re.Pattern | None = None
    """A name alone on a line under the headline ("Jane Doe"): a byline without "By"."""
    section_words: frozenset[str] = frozenset()
    """Capitalised words that make a line a site's section, not its masthead ("World News")."""
    html_unlikely: re.Pattern | None = None
    """Class or id of an HTML element that is page furniture (the tag stripper's; Readability)."""
    html_maybe: re.Pattern | None = None
    """Class or id that keeps an element ``html_unlikely`` would leave out ("article-related")."""
    html_never_furniture: frozenset[str] = frozenset()
    """HTML elements never left out by class or id (``<article class="has-social-tools">``)."""
    html_elements: frozenset[str] = frozenset()
    """Lower-cased names of HTML elements (``html_elements.txt``): inline HTML of these names
    in Markdown is markup, a bare tag of another name is text."""
    date_line_words: frozenset[str] = frozenset()
    """Lower-cased words a line that only dates the story may hold beside its date and time
    ("Oct. 2, 2025 at 6:00 a.m. EDT", "Updated on 3 May 2024")."""
    genre: dict[str, GenreSignals] = None  # type: ignore[assignment]
    """Genre ("opinion", "press_release") -> the signals that mark a text as one, in the file's
    order ([genre] of boilerplate.toml)."""


@dataclass(frozen=True)
class GenreSignals:
    """What marks a text as one genre (boilerplate.toml [genre.NAME]): patterns searched in the
    headline, matched by a whole line above it (a section label), and searched in the first and
    last paragraphs (a tagline, a wire release's dateline)."""

    headline: tuple[re.Pattern, ...] = ()
    section: tuple[re.Pattern, ...] = ()
    lines: tuple[re.Pattern, ...] = ()


@dataclass(frozen=True)
class AssertionRules:
    """Cues that tell background from an unsourced assertion (``scoring.toml`` [assertion])."""

    appeal: PhraseRegex
    """An appeal to readers ("Anyone with information is asked to call"): background."""
    prediction: PhraseRegex
    vague_attribution: PhraseRegex
    """A vague appeal to what everyone holds ("Everyone knows that"): an unsourced assertion."""
    accusation: PhraseRegex
    causal: PhraseRegex
    judgement: PhraseRegex
    history: PhraseRegex
    court_record: PhraseRegex
    """A court's outcome ("was sentenced", "pleaded guilty"): public record, background."""
    result_words: PhraseRegex
    """Verbs of a vote's or match's result before its tally ("voted 5-2"): public record."""
    result_nouns: PhraseRegex
    """Nouns of a vote's or match's result right after its tally ("a 2-1 win")."""
    history_min_years: int
    """A year this many years before the story's is history."""
    months: frozenset[str]
    """Lower-cased month names: a number after one is a day, not a figure."""
    figure_words: PhraseRegex
    evaluative: PhraseRegex
    duration_units: frozenset[str] = frozenset()
    """Lower-cased words after a number in words that make it a duration, no figure."""


STANDARD_CHECKS = ("key_claim_single_anonymous", "anonymous_without_reason",
                   "anonymous_opinion_or_attack", "vague_description", "unsourced_lede")
"""The checks ``standards.toml`` configures; the code of each is in :mod:`credibility.score`."""


@dataclass(frozen=True)
class StandardCheck:
    """One sourcing standard of ``standards.toml``: its wording, origin and penalty."""

    id: str
    enabled: bool
    title: str
    rule: str
    source: str
    penalty: float
    """Added to the 0..1 score of each claim the finding is about (zero or negative)."""
    words: PhraseRegex | None = None
    """``opinion_words`` of anonymous_opinion_or_attack, matched in the claim."""
    descriptions: frozenset[str] = frozenset()
    """``descriptions`` of vague_description, compared with the whole (lower-cased) name."""


def _standards(data: dict, file: str) -> dict[str, StandardCheck]:
    """Validate ``standards.toml``: one [[check]] per known id, each with its fields."""
    fields = {"id": str, "enabled": bool, "title": str, "rule": str, "source": str,
              "penalty": float}
    extra = {"anonymous_opinion_or_attack": "opinion_words", "vague_description": "descriptions"}
    out: dict[str, StandardCheck] = {}
    for i, table in enumerate(data["check"]):
        where = f"check[{i}]"
        ident = table.get("id")
        if ident not in STANDARD_CHECKS:
            raise RulesError(f"{_at(file, 'check')}: {where}.id: expected one of "
                             f"{', '.join(STANDARD_CHECKS)}, got {ident!r}")
        if ident in out:
            raise RulesError(f"{_at(file, 'check')}: {where}: check {ident} is listed twice")
        allowed = set(fields) | ({extra[ident]} if ident in extra else set())
        for k in table:
            if k not in allowed:
                raise RulesError(f"{_at(file, 'check')}: unknown key {where}.{k} "
                                 f"(expected one of: {', '.join(sorted(allowed))})")
        for k, kind in fields.items():
            if k not in table:
                raise RulesError(f"{_at(file, 'check')}: missing key {where}.{k} "
                                 f"(expected {_type_name(kind)})")
            _check(table[k], kind, f"{where}.{k}", file)
        if table["penalty"] > 0:
            raise RulesError(f"{_at(file, 'check')}: {where}.penalty: expected zero or a "
                             f"negative number (a finding never raises a score), got "
                             f"{table['penalty']}")
        words = table.get(extra.get(ident, ""), [])
        _check(words, [str], f"{where}.{extra.get(ident, 'words')}", file)
        out[ident] = StandardCheck(
            ident, table["enabled"], table["title"], table["rule"], table["source"],
            float(table["penalty"]),
            words=_phrase_regex(words) if ident == "anonymous_opinion_or_attack" and words
            else None,
            descriptions=frozenset(w.lower() for w in words) if ident == "vague_description"
            else frozenset())
    missing = [c for c in STANDARD_CHECKS if c not in out]
    if missing:
        raise RulesError(f"{_at(file, 'check')}: missing [[check]] for {', '.join(missing)}")
    return out


def _assertion_rules(cfg: dict) -> AssertionRules:
    return AssertionRules(
        appeal=_phrase_regex(cfg["appeal"]),
        vague_attribution=_phrase_regex(cfg["vague_attribution"]),
        prediction=_phrase_regex(cfg["prediction"]),
        accusation=_phrase_regex(cfg["accusation"]),
        causal=_phrase_regex(cfg["causal"]),
        judgement=_phrase_regex(cfg["judgement"]),
        history=_phrase_regex(cfg["history"]),
        court_record=_phrase_regex(cfg["court_record"]),
        result_words=_phrase_regex(cfg["result_words"]),
        result_nouns=_phrase_regex(cfg["result_nouns"]),
        history_min_years=cfg["history_min_years"],
        months=frozenset(m.lower() for m in cfg["months"]),
        figure_words=_phrase_regex(cfg["figure_words"]),
        evaluative=_phrase_regex(cfg["evaluative"]),
        duration_units=frozenset(w.lower() for w in cfg["duration_units"]),
    )


@dataclass(frozen=True, eq=False)
class Rules:
    """Every rules file, loaded and checked (:func:`load_rules`).  Compared and hashed by
    identity: one object per rules folder, usable as a cache key."""

    cues: CueRules
    sources: SourceRules
    anonymity_patterns: tuple[re.Pattern, ...]
    anonymity_markers: PhraseRegex
    hedges: PhraseRegex
    boilerplate: BoilerplateRules
    abbreviations: frozenset[str]
    english_markers: frozenset[str]
    """The commonest English words: a text with almost none of them is not English."""
    quotes: dict[str, str]
    scoring: dict
    corroboration: dict
    synonyms: dict[str, str]
    """Word -> the first word of its synonym group."""
    directory: Path
    assertion: AssertionRules | None = None
    """Background or unsourced assertion (``scoring.toml`` [assertion])."""
    standards: dict[str, StandardCheck] = field(default_factory=dict)
    """The sourcing standards of ``standards.toml``, by check id."""
    standard_names: dict[str, str] = field(default_factory=dict)
    """Short name of a standard's source ("AP") -> its full name (``standards.toml`` [names])."""
    time_end: re.Pattern | None = None
    """A time-of-day abbreviation before a capitalised word ("a.m. One"), the word in group 1
    (``segmentation.toml`` time_abbreviations); None when the rules list none."""
    time_continuations: frozenset[str] = frozenset()
    """Lower-cased words that go on a time of day ("9 a.m. Tuesday", "10 a.m. EST")."""
    lowercase_abbreviation_end: re.Pattern | None = None
    """An abbreviation of a name written in lower case, so an ordinary word, with its period
    and a capitalised word after it ("ill. Doctors"): a sentence ends after the period
    (``segmentation.toml`` proper_abbreviations); None when the rules list none."""
    lowercase_abbreviation_period: re.Pattern | None = None
    """The period of such an abbreviation: whether a whole text holds one, told faster
    (``_abbreviation_period``)."""
    title_end: re.Pattern | None = None
    """A title that only ever stands before a name, with its period, ending a piece of text
    ("… Mr."): no sentence ends there (``segmentation.toml`` name_titles)."""
    not_hedges: PhraseRegex | None = None
    """Phrases that hold a hedge word without hedging (``hedges.txt`` lines opening with
    "!": "less likely", a comparison of risks); a hedge inside one does not count."""
    modal_hedges: re.Pattern | None = None
    """Modal verbs that hedge what follows (``hedges.txt`` lines opening with "="): written in
    lower case and followed by a lower-case word ("rain may prolong the flooding", "could
    fall"), so not the month or a name ("in May", "Theresa May said"); None when none."""

    def hedge(self, text: str) -> re.Match | None:
        """The first hedge of ``text`` (a phrase of ``hedges`` or a modal of
        ``modal_hedges``) that is not inside a phrase of ``not_hedges``; None when none."""
        found = [m for rx in (self.hedges, self.modal_hedges) if rx is not None
                 for m in rx.finditer(text)]
        if found and self.not_hedges is not None:
            spans = [(m.start(), m.end()) for m in self.not_hedges.finditer(text)]
            found = [m for m in found
                     if not any(a <= m.start() and m.end() <= b for a, b in spans)]
        return min(found, key=lambda m: m.start(), default=None)


@cache
def load_rules(directory: str | None = None) -> Rules:
    """Read and validate every rules file.

    Args:
        directory: a folder laid out like ``rules/``; default :func:`rules_dir`.

    Returns:
        The typed rules, cached per directory (the default's and its name's are one object).

    Raises:
        RulesError: a file is missing, not valid TOML, has an unknown key or a value of the
            wrong type, or holds a regular expression that does not compile.
    """
    d = Path(directory) if directory else rules_dir()
    if not d.is_dir():
        how = f" (from ${RULES_ENV})" if not directory and os.environ.get(RULES_ENV) else ""
        raise RulesError(f"{d}: rules folder not found{how}; expected a folder laid out like "
                         "rules/")
    if not directory:
        # one Rules per folder: the stages that ask by the folder's name (``load_rules(
        # str(rules.directory))``) get the object the default gave, not a second reading
        return load_rules(str(d))
    data = {name: _read_toml(d, name) for name in _SCHEMA}
    verbs = _read_word_list(d, "reporting_verbs.txt")
    hedges = _read_word_list(d, "hedges.txt")

    cues = data["cues.toml"]
    cues_file = str(d / "cues.toml")
    src = data["sources.toml"]
    alias = {}
    for canonical, others in src["outlets"].items():
        for spelling in (canonical, *others):
            alias[spelling.lower()] = canonical
    people = src["people"]
    bp = data["boilerplate.toml"]
    bp_file = str(d / "boilerplate.toml")
    header = {label.lower(): field for field, labels in bp["header_fields"].items()
              for label in labels}
    anon = data["anonymity.toml"]
    seg = data["segmentation.toml"]
    corr = data["corroboration.toml"]
    synonyms = {}
    for i, group in enumerate(corr["synonyms"]):
        _check(group, [str], f"synonyms[{i}]", str(d / "corroboration.toml"))
        for w in group:
            synonyms.setdefault(w.lower(), group[0].lower())
    for i, row in enumerate(data["scoring.toml"]["article"]["verdicts"]):
        if not (len(row) == 2 and isinstance(row[0], (int, float)) and isinstance(row[1], str)):
            file = str(d / "scoring.toml")
            raise RulesError(f"{_at(file, 'article.verdicts')}: article.verdicts[{i}]: "
                             "expected [lower bound, words]")

    return Rules(
        cues=CueRules(
            verbs=frozenset(v.lower() for v in verbs) | frozenset(cues["strong_verbs"])
            | frozenset(cues["stance_verbs"]) | frozenset(cues["hearing_verbs"])
            | frozenset(cues["document_verbs"]),
            strong_verbs=frozenset(cues["strong_verbs"]) | frozenset(cues["hearing_verbs"]),
            object_verbs=frozenset(cues["object_verbs"]),
            passive_infinitive_verbs=frozenset(cues.get("passive_infinitive_verbs", ())),
            source_after=_phrase_regex(cues["source_after_phrases"]),
            complementizers=frozenset(cues["complementizers"]),
            adverbs_between=frozenset(cues["adverbs_between"]),
            listeners=tuple(cues["listeners"]),
            listener_words=frozenset(p.split()[-1].lower() for p in cues["listeners"]),
            topic_words=frozenset(cues["topic_words"]),
            clause_boundaries=frozenset(cues["clause_boundaries"]),
            noun_cues=frozenset(cues["noun_cues"]),
            infinitive_verbs=frozenset(cues["infinitive_verbs"]),
            participles=frozenset(cues["participles"]),
            participle_cue=_participle_regex(
                sorted(set(cues["participles"]) | _ing_forms(verbs, cues)), cues["complementizers"],
                cues["participle_openers"], cues["not_adverbs"]),
            not_before_cue=frozenset(cues["not_before_cue"]),
            not_after_cue=frozenset(cues["not_after_cue"]),
            not_after_cue_for={k.lower(): frozenset(v) for k, v in cues["not_after_cue_for"].items()},
            not_after_cue_unless_listener={k.lower(): frozenset(v) for k, v
                                           in cues["not_after_cue_unless_listener"].items()},
            as_words=frozenset(cues["as_words"]),
            not_adverbs=frozenset(cues["not_adverbs"]),
            framed_only=frozenset(cues["framed_only"]),
            noun_like_verbs=frozenset(cues["noun_like_verbs"]),
            tagged_subject_heads=frozenset(cues["tagged_subject_heads"]),
            tagged_noun_modifiers=frozenset(cues["tagged_noun_modifiers"]),
            clause_verbs=frozenset(cues["clause_verbs"]),
            mediators=frozenset(cues["mediators"]),
            communication_objects=frozenset(cues["communication_objects"]),
            bare_noun_cues=frozenset(cues["bare_noun_cues"]),
            bare_noun_followers=frozenset(cues["bare_noun_followers"]),
            sourceless_cue=_compile_one(cues["sourceless_cue"], cues_file, "sourceless_cue",
                                        ("cue",)),
            passive_auxiliaries=frozenset(cues["passive_auxiliaries"]),
            auxiliaries=frozenset(cues["auxiliaries"]),
            leading_words=frozenset(cues["leading_words"]),
            relative_words=frozenset(cues["relative_words"]),
            speaker_label=_compile_one(cues["speaker_label"], cues_file, "speaker_label",
                                       ("name", "cue"), flags=0),
            interview_turn=_compile_one(cues["interview_turn"], cues_file, "interview_turn",
                                        ("label", "question", "answer"), flags=0),
            interview_intro=_compile_one(cues["interview_intro"], cues_file, "interview_intro",
                                         ()),
            interviewer_before=tuple(tuple(w.lower().split()) for w in
                                     cues["interviewer_before"]),
            interview_answer=_compile_one(cues["interview_answer"], cues_file,
                                          "interview_answer", (), flags=0),
            interview_question=_compile_one(cues["interview_question"], cues_file,
                                            "interview_question", ()),
            not_speakers=frozenset(w.lower() for w in cues["not_speakers"]),
            signature=_compile_one(cues["signature"], cues_file, "signature", ("name", "cue"),
                                   flags=0),
            colon_intro=_compile_one(cues["colon_intro"], cues_file, "colon_intro",
                                     ("name", "cue", "label"), flags=0),
            stance_verbs=frozenset(cues["stance_verbs"]),
            discourse_markers=frozenset(cues["discourse_markers"]),
            raising_verbs=frozenset(cues["raising_verbs"]),
            np_breakers=frozenset(cues["np_breakers"]),
            gerund_objects=frozenset(cues["gerund_objects"]),
            gerund_coordinators=frozenset(cues["gerund_coordinators"]),
            phrasal_cues=_phrase_regex(cues["phrasal_cues"]),
            phrasal_first=frozenset(p.split()[0].lower() for p in cues["phrasal_cues"]),
            passive_phrasal_cues=frozenset(p.lower() for p in cues["passive_phrasal_cues"]),
            no_statement=_compile_one(cues["no_statement"], cues_file, "no_statement", ()),
            unverified_note=_compile_one(cues["unverified_note"], cues_file, "unverified_note",
                                         ("who",)),
            designation=_compile_one(cues["designation"], cues_file, "designation", ("cue",),
                                     flags=0),
            coordinators=frozenset(cues["coordinators"]),
            fronted_clause_openers=frozenset(cues["fronted_clause_openers"]),
            hypothetical_openers=frozenset(cues["hypothetical_openers"]),
            clause_openers=frozenset(cues["clause_openers"]),
            verb_coordinators=frozenset(cues["verb_coordinators"]),
            gerund_prepositions=frozenset(cues["gerund_prepositions"]),
            frame_adjunct=_compile_one(cues["frame_adjunct"], cues_file, "frame_adjunct", ()),
            question_openers=frozenset(w.lower() for w in cues["question_openers"]),
            place_adjunct_prepositions=frozenset(cues["place_adjunct_prepositions"]),
            that_adjunct_prepositions=frozenset(cues["that_adjunct_prepositions"]),
            relative_subjects=frozenset(cues["relative_subjects"]),
            relative_before_verb=frozenset(cues["relative_before_verb"]),
            relative_statement_words=frozenset(cues["relative_statement_words"]),
            extracted_subject_openers=frozenset(cues["extracted_subject_openers"]),
            negations=frozenset(cues["negations"]),
            hearing_verbs=frozenset(cues["hearing_verbs"]),
            document_verbs=frozenset(cues["document_verbs"]),
            speaking_verbs=frozenset(cues["speaking_verbs"]),
            speaking_listener_prepositions=frozenset(cues["speaking_listener_prepositions"]),
            speaking_topics=frozenset(cues["speaking_topics"]),
            cognition_verbs=frozenset(cues["cognition_verbs"]),
            tagged_manner=frozenset(cues["tagged_manner"]),
            tagged_quantity_modifiers=frozenset(cues["tagged_quantity_modifiers"]),
            hearing_bodies=frozenset(cues["hearing_bodies"]),
            negation_limiters=frozenset(cues["negation_limiters"]),
            document_intro=_compile_one(cues["document_intro"], cues_file, "document_intro",
                                        ("cue", "name"), flags=0),
            tagged_verb_group=frozenset(cues["tagged_verb_group"]),
            tagged_finite=frozenset(cues["tagged_finite"]),
            tagged_clause_verbs=frozenset(cues["tagged_clause_verbs"]),
            tagged_noun_phrase=frozenset(cues["tagged_noun_phrase"]),
            tagged_noun_heads=frozenset(cues["tagged_noun_heads"]),
            tagged_not_names=frozenset(cues["tagged_not_names"]),
            tagged_floating=frozenset(cues["tagged_floating"]),
            tagged_clause_verb=frozenset(cues["tagged_clause_verb"]),
            tagged_particles=frozenset(cues["tagged_particles"]),
            name_adjunct_openers=frozenset(cues["name_adjunct_openers"]),
            noun_cue_prepositions=frozenset(cues["noun_cue_prepositions"]),
            participle_phrase_prepositions=frozenset(cues["participle_phrase_prepositions"]),
            object_prepositions=frozenset(cues["object_prepositions"]),
        ),
        sources=SourceRules(
            official_heads=frozenset(src["official_heads"]),
            official_heads_plural=frozenset(src["official_heads_plural"]),
            spokesperson_heads=frozenset(src["spokesperson_heads"]),
            spokesperson_possessives=frozenset(src["spokesperson_possessives"]),
            past_role_modifiers=frozenset(src["past_role_modifiers"]),
            writer_contact_verbs=tuple(src["writer_contact_verbs"]),
            writer_contact_stops=tuple(src["writer_contact_stops"]),
            anonymous_group=_phrase_regex(src["anonymous_group_markers"]),
            titles_lower=Titles((t.lower().rstrip(".") for t in people["titles"]),
                                _role_titles(people["titles"], src["official_heads"])),
            official_modifiers=tuple(src["official_modifiers"]),
            speaking_institutions=tuple(src["speaking_institutions"]),
            resident_heads=frozenset(src["resident_heads"]),
            private_roles=frozenset(src["private_roles"]),
            anonymous_heads=frozenset(src["anonymous_heads"]),
            group_heads=frozenset(src["group_heads"]),
            quantity_heads=frozenset(src["quantity_heads"]),
            outlet_alias=alias,
            document_heads=frozenset(src["documents"]["heads"]),
            document_family={str(h): str(f[0]) for f in src["documents"]["families"] for h in f},
            document_author_nouns=frozenset(src["documents"]["author_nouns"]),
            authored_families=frozenset(src["documents"]["authored_families"]),
            author_verbs=tuple(src["documents"]["author_verbs"]),
            authoring_verbs=tuple(src["documents"]["authoring_verbs"]),
            author_self=frozenset(src["documents"]["author_self"]),
            outside_assessment=_phrase_regex(src["documents"]["outside_assessment"]),
            document_distinct=frozenset(src["documents"]["distinct_words"]),
            document_designators=frozenset(src["documents"]["designators"]),
            unverified=_phrase_regex(src["documents"]["unverified"]),
            vouched=_phrase_regex(src["documents"]["vouched"]),
            document_author=tuple(_head_template(p, str(d / "sources.toml"),
                                                 "documents.author_patterns")
                                  for p in src["documents"]["author_patterns"]),
            org_words=frozenset(src["organizations"]["words"]),
            org_heads=frozenset(w.lower() for w in src["organizations"]["words"]
                                if w.isalpha() and w[1:].islower()),
            org_anaphors=frozenset(src["organizations"]["anaphors"])
            | frozenset(src["organizations"]["body_anaphors"]),
            place_anaphors=frozenset(src["organizations"]["place_anaphors"]),
            body_anaphors=frozenset(src["organizations"]["body_anaphors"]),
            org_standalone=frozenset(src["organizations"]["standalone"]),
            org_families=_organization_families(src["organizations"]["families"],
                                                src["organizations"]["anaphors"],
                                                str(d / "sources.toml"), frozenset(
                    w.lower() for w in src["phrase_words"]["name_connectives"]),
                                                frozenset(src["official_heads_plural"]),
                                                frozenset(src["organizations"]["kin_only"]),
                                                frozenset(src["phrase_words"]["indefinite"])),
            titles=Titles(people["titles"],
                          _role_titles(people["titles"], src["official_heads"])),
            role_titles=_role_titles(people["titles"], src["official_heads"]),
            role_suffixes=tuple(people["role_suffixes"]),
            name_suffixes=name_suffixes(people["name_suffixes"], frozenset(
                _read_word_list(d, "entity_country_codes.txt"))),
            age_descriptor=_compile_one(people["age_descriptor"], str(d / "sources.toml"),
                                        "age_descriptor", ()),
            public_channel=_compile_one(src["public_channel"], str(d / "sources.toml"),
                                        "public_channel", ()),
            rank_words=frozenset(people["rank_words"]),
            role_kinds={str(k): frozenset(v) for k, v in people["role_kinds"].items()},
            legal_forms=frozenset(src["organizations"]["legal_forms"]) | frozenset(
                w.rstrip(".") for w in src["organizations"]["legal_forms"]),
            org_trades=frozenset(src["organizations"]["trades"]),
            org_distinct=frozenset(src["organizations"]["distinct_modifiers"]),
            person_description_heads=frozenset(people["person_description_heads"]),
            kin_nouns={str(k): str(v) for k, v in people["kin_nouns"].items()},
            possessives=frozenset(people["possessives"]),
            first_person=frozenset(people["first_person"]),
            seniority={**{w: 1 for w in people["elder_words"]},
                       **{w: -1 for w in people["younger_words"]}},
            name_particles=frozenset(people["name_particles"]),
            partial_name=_compile_one(people["partial_name"], str(d / "sources.toml"),
                                      "people.partial_name", ("name",), flags=0),
            pronouns_singular=frozenset(people["pronouns_singular"]),
            pronouns_plural=frozenset(people["pronouns_plural"]),
            pronouns_neutral=frozenset(people["pronouns_neutral"]),
            ordinals=dict(people["ordinals"]),
            not_sources=frozenset(people["not_sources"]),
            quantifiers=frozenset(people["quantifiers"]),
            elliptical_members=frozenset(people["elliptical_members"]),
            prepositions=frozenset(src["phrase_words"]["prepositions"]),
            attached=frozenset(src["phrase_words"]["attached"]),
            serving_heads=frozenset(src["phrase_words"]["serving_heads"]),
            serving_prepositions=frozenset(src["phrase_words"]["serving_prepositions"]),
            participle_prepositions=frozenset(src["phrase_words"]["participle_prepositions"]),
            home_prepositions=frozenset(src["phrase_words"]["home_prepositions"]),
            determiners=frozenset(src["phrase_words"]["determiners"]),
            indefinite=frozenset(src["phrase_words"]["indefinite"]),
            articles=frozenset(src["phrase_words"]["articles"]),
            superlatives=frozenset(src["phrase_words"]["superlatives"]),
            time_words=frozenset(w.lower() for w in src["phrase_words"]["time_words"]),
            time_modifiers=frozenset(src["phrase_words"]["time_modifiers"]),
            institutional_voices=frozenset(src["phrase_words"]["institutional_voices"]),
            definite=frozenset(src["phrase_words"]["definite"]),
            demonstratives=frozenset(src["phrase_words"]["demonstratives"]),
            noun_phrase_joiners=frozenset(src["phrase_words"]["noun_phrase_joiners"]),
            member_openers=frozenset(people["member_openers"]),
            member_of_openers=frozenset(people["member_of_openers"]),
            member_of_pronouns=frozenset(people["member_of_pronouns"]),
            source_words=frozenset(people["source_words"]),
            personal_relatives=frozenset(people["personal_relatives"]),
            people_endings=tuple(people["people_endings"]),
            places=frozenset(_read_word_list(d, "entity_places.txt"))
            | frozenset(_read_word_list(d, "entity_endonyms.txt")),
            cities=frozenset(_read_word_list(d, "entity_cities.txt")),
            identification_contrast=_phrase_regex(src["identification_contrast"]),
            name_titles=frozenset(seg["name_titles"]),
            organization_prepositions=frozenset(
                src["phrase_words"]["organization_prepositions"]),
            name_connectives=tuple(src["phrase_words"]["name_connectives"]),
            name_prepositions=frozenset(src["phrase_words"]["name_prepositions"]),
            surnames=frozenset(_read_word_list(d, "surnames.txt")),
            companies=frozenset(_read_word_list(d, "entity_companies.txt")),
            first_names=read_first_names(_first_name_lines(d)),
            first_name_genders=read_first_names(_first_name_lines(d),
                                                _read_word_list(d, "first_names_either.txt")),
            pronoun_genders=dict(people["pronoun_genders"]),
            outlet_words=frozenset(src["outlet_words"]),
            outlet_heads=frozenset(src["outlet_heads"]),
            own_staff_possessives=frozenset(src.get("own_staff_possessives", ())),
            own_staff_heads=frozenset(src.get("own_staff_heads", ())),
        ),
        anonymity_patterns=_compile(_with_reason(anon["patterns"], anon["reason_openers"],
                                                 anon["after_comma_openers"]),
                                    str(d / "anonymity.toml"), "patterns"),
        anonymity_markers=_phrase_regex(anon["markers"]),
        hedges=_phrase_regex([h for h in hedges if not h.startswith(("!", "="))]),
        modal_hedges=re.compile(r"(?<![\w-])(?:" + "|".join(
            re.escape(h[1:].strip()) for h in hedges if h.startswith("=")) +
            r")(?=\s+[a-z])") if any(h.startswith("=") for h in hedges) else None,
        not_hedges=_phrase_regex([h[1:].strip() for h in hedges if h.startswith("!")])
        if any(h.startswith("!") for h in hedges) else None,
        boilerplate=BoilerplateRules(
            **{k: _compile(bp[k], bp_file, k) for k in
               ("promo", "provenance", "caption_with_credit", "credit", "dateline", "byline",
                "signoff")},
            header_fields=header,
            page={kind: _compile(patterns, bp_file, f"page.{kind}")
                  for kind, patterns in bp.get("page", {}).items()},
            bare_byline=_compile_one(bp["bare_byline"], bp_file, "bare_byline", (), flags=0)
            if "bare_byline" in bp else None,
            section_words=frozenset(bp.get("section_words", ())),
            date_line_words=frozenset(w.lower() for w in bp.get("date_line_words", ())),
            html_elements=frozenset(w.lower() for w in _read_word_list(d, "html_elements.txt")),
            html_unlikely=_compile_one(bp["html_unlikely"], bp_file, "html_unlikely", (),
                                       flags=re.IGNORECASE) if "html_unlikely" in bp else None,
            html_never_furniture=frozenset(bp.get("html_never_furniture", ())),
            html_maybe=_compile_one(bp["html_maybe"], bp_file, "html_maybe", (),
                                    flags=re.IGNORECASE) if "html_maybe" in bp else None,
            genre=_genre_signals(bp.get("genre", {}), bp_file),
        ),
        abbreviations=frozenset(a.lower() for a in seg["abbreviations"]),
        # (both behind a lookahead of their first letters: searched in every paragraph)
        time_end=first_char_guard(re.compile(
            r"(?<![\w.])(?:" + "|".join(map(re.escape, seg["time_abbreviations"]))
            + r")[ \t]+([\"“‘]?[A-Z][\w'’.-]*)")) if seg.get("time_abbreviations") else None,
        time_continuations=frozenset(w.lower() for w in seg.get("time_continuations", [])),
        lowercase_abbreviation_end=first_char_guard(re.compile(
            r"(?<![\w.])(?:" + "|".join(sorted(map(re.escape, {a.lower() for a in seg[
                "proper_abbreviations"]}), key=len, reverse=True))
            + r")\.(?=\s+[\"“‘']?[A-Z])")) if seg.get("proper_abbreviations") else None,
        lowercase_abbreviation_period=_abbreviation_period(seg["proper_abbreviations"])
        if seg.get("proper_abbreviations") else None,
        title_end=re.compile(r"(?<![\w.])(?:" + "|".join(sorted(map(re.escape, seg["name_titles"]),
                                                                key=len, reverse=True))
                             + r")\.\s*$") if seg.get("name_titles") else None,
        english_markers=frozenset(w.lower() for w in seg["english_markers"]),
        quotes=dict(seg["quotes"]),
        scoring=data["scoring.toml"],
        corroboration=corr,
        synonyms=synonyms,
        directory=d,
        assertion=_assertion_rules(data["scoring.toml"]["assertion"]),
        standards=_standards(data["standards.toml"], str(d / "standards.toml")),
        standard_names=dict(data["standards.toml"]["names"]),
    )


def _abbreviation_period(abbreviations) -> re.Pattern:
    """The period of a lower-case abbreviation of ``abbreviations`` ("ill.", "gen.") that a
    capitalised word follows (``lowercase_abbreviation_period``).  A search for it in a whole
    paragraph finds one where ``lowercase_abbreviation_end`` does, twenty times faster: it goes
    from period to period as fast as ``re`` finds a character, and looks behind each for an
    abbreviation (a look-behind needs one width: one per length), instead of trying the words
    at every letter.  (Within bounds it would also see a word begun before them.)"""
    by_length: dict[int, set[str]] = {}
    for a in abbreviations:
        by_length.setdefault(len(a), set()).add(re.escape(a.lower()))
    behind = "|".join(rf"(?<=(?<![\w.])(?:{'|'.join(sorted(words))})\.)"
                      for _, words in sorted(by_length.items()))
    return re.compile(r"\.(?=\s+[\"“‘']?[A-Z])(?:" + behind + ")")


EVENT_FAMILIES = "event_families.txt"


@cache
def load_event_families(directory: str | None = None) -> dict[str, frozenset[str]]:
    """The words WordNet adds to the kinds of action of ``[events]`` (``event_families.txt``,
    generated by ``benchmarks/wordnet_events.py``; WordNet 3.0, Princeton University).

    Read on first use, not with :func:`load_rules`: only corroboration asks for it.

    Args:
        directory: a folder laid out like ``rules/``; default :func:`rules_dir`.

    Returns:
        Word or phrase (lower case) -> the kinds it names; empty when the folder has no such
        file (a rules folder of an older release).

    Raises:
        RulesError: a line is not ``WORD<TAB>KIND[ KIND...]`` or names a kind that
            ``[events]`` of ``corroboration.toml`` does not define.
    """
    d = Path(directory) if directory else rules_dir()
    path = d / EVENT_FAMILIES
    if not path.exists():
        return {}
    known = set(load_rules(str(d)).corroboration["events"])
    found: dict[str, frozenset[str]] = {}
    for n, line in enumerate(_read_word_list(d, EVENT_FAMILIES), 1):
        word, _, kinds = line.partition("\t")
        names = kinds.split()
        if not word or not names or not set(names) <= known:
            raise RulesError(f"{path}: entry {n} ({line!r}): expected WORD<TAB>KIND[ KIND...] "
                             "with kinds of [events] in corroboration.toml")
        found[" ".join(word.lower().split())] = frozenset(names)
    return found
