"""The word lists of the entity layer, read once per rules folder.

``rules/entities.toml`` holds what only this layer needs (pronoun tables, words that are never
names, role nouns, the pass order); ``rules/first_names.txt`` the first names with a gender cue
(US Census 1990, public domain) and ``rules/first_names_world.txt`` those of other countries
(nam_dict.txt of Jörg Michael, GNU FDL) and ``rules/entity_places.txt`` country and language names
(Unicode CLDR); ``rules/entity_cities.txt`` cities of a million people or more (GeoNames,
CC BY 4.0); ``rules/entity_companies.txt`` companies whose names read as a person's (S&P 500
constituents, ODC PDDL, and public record).  Titles, organization words, outlets and role heads
come from ``sources.toml`` through :class:`credibility.rules.Rules`, so the two layers never
disagree on them.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from credibility.attribute.names import english_word
from credibility.errors import RulesError
from credibility.rules import FirstNames, OrganizationFamilies, Rules, name_suffixes

_LISTS = {
    "pronouns": ("first_singular", "first_plural", "second", "third_masculine",
                 "third_feminine", "third_plural"),
    "names": ("not_name_words", "calendar_words", "inner_words", "organization_inner_words",
              "place_prepositions", "list_conjunctions",
              "place_words", "place_openers", "named_phenomenon_openers", "ordinal_place_words",
              "event_words",
              "masculine_titles",
              "feminine_titles", "nationality_endings", "region_openers", "region_endings",
              "place_nouns", "trailing_words",
              "organization_words", "surname_prefixes", "club_words", "place_qualifiers",
              "company_nouns", "company_prepositions", "impersonal_possessives", "state_heads",
              "saint_words", "institution_possessives",
              "principal_prepositions", "of_heads", "people_of_heads", "place_of_heads",
              "institution_titles"),
    "roles": ("person_roles", "group_words", "offices"),
    "organization_evidence": ("spokesperson_nouns", "agent_participles", "statement_verbs",
                              "expletive_followers", "auxiliaries"),
    "places": ("extra",),
    "descriptions": ("copulas", "openers", "closers"),
    "binding": ("object_forms",),
}


@dataclass(frozen=True)
class Lexicon:
    """Typed word lists; every set of words is lower-case unless its name says otherwise."""

    passes: tuple[str, ...]
    pronoun_class: dict[str, str]
    """Lower-case pronoun -> first_singular, first_plural, third_masculine, third_feminine or
    third_plural."""
    possessives: frozenset[str]
    """Possessive determiners ("her" of "her son"): a phrase they open names what is theirs."""
    object_forms: frozenset[str]
    """Object pronouns ("him") that never stand for their own clause's subject."""
    not_name_words: frozenset[str]
    calendar_words: frozenset[str]
    """Capitalised, as written."""
    inner_words: frozenset[str]
    organization_inner_words: frozenset[str]
    place_prepositions: frozenset[str]
    place_words: frozenset[str]
    place_openers: frozenset[str]
    """First words that make a name a place ("Lake Kivu")."""
    spokesperson_nouns: frozenset[str]
    """Organization evidence: "a spokeswoman for X", "an X spokesman" (lower case)."""
    agent_participles: frozenset[str]
    """Organization evidence: "operated by X" (lower case)."""
    statement_verbs: frozenset[str]
    """Organization evidence: "X said it would …" (lower case)."""
    expletive_followers: frozenset[str]
    """Words after "it" that make it no one's pronoun ("said it was unclear")."""
    auxiliaries: frozenset[str]
    """Words after "it" to look past for ``expletive_followers`` ("it would be")."""
    named_phenomenon_openers: frozenset[str]
    """Words that open the name of a storm or a river even before a first name ("Storm Idris",
    "Hurricane Katrina", "River Lyle")."""
    ordinal_place_words: frozenset[str]
    """Words that make a place after an ordinal ("4th Ward")."""
    """Capitalised last words of place names ("Street", "Glacier")."""
    event_words: frozenset[str]
    """Capitalised last words of events, awards and works ("War", "Award")."""
    outlet_words: frozenset[str]
    """Capitalised last words of news organizations' names ("Gazette", "Herald")."""
    outlet_services: frozenset[str]
    """Words after an outlet word that keep a name an outlet's ("… News Agency")."""
    person_suffixes: frozenset[str]
    masculine_titles: frozenset[str]
    feminine_titles: frozenset[str]
    nationality_endings: tuple[str, ...]
    region_openers: frozenset[str]
    """"North", "Latin": with a word of ``region_endings`` a region's adjective."""
    region_endings: tuple[str, ...]
    first_names: dict[str, str]
    """Capitalised first name -> "m", "f" or "u" (both)."""
    places: frozenset[str]
    cities: frozenset[str]
    """Large cities (``entity_cities.txt``, GeoNames): no entity when they are the whole name."""
    """Country, region and language names as written ("Switzerland", "German")."""
    no_entity: frozenset[str]
    """``calendar_words``, ``places`` and ``cities`` together: whole names that are never an
    entity."""
    titles: frozenset[str]
    """Titles before a name, lower-case without a final dot ("mr", "minister", "gov")."""
    person_roles: frozenset[str]
    """Role nouns a person can be referred back to by ("the minister")."""
    offices: frozenset[str]
    """Offices with one holder where the story happens ("mayor", "fire chief"): "the mayor"
    identifies a person, who is not anonymous."""
    institutions: frozenset[str]
    """Institutions that speak through their people (``speaking_institutions`` of
    sources.toml): "the government", "the police" name their own body, not the last
    organization quoted; and ``body_anaphors``: "the museum" is a body of its own."""
    title_roles: dict[str, str]
    """Abbreviated titles and the role they stand for, lower case, without the period
    ("gov" -> "governor")."""
    role_synonyms: dict[str, str]
    """An office and the common noun a story calls its holder by ("district attorney" ->
    "prosecutor"; ``roles.role_synonyms``)."""
    institution_titles: frozenset[str]
    """Titles that end a hospital's name ("Mercy General"), as written."""
    people_of_heads: frozenset[str]
    place_of_heads: frozenset[str]
    """Nouns before "of" that make the name after it a place: people ("residents of …"), and
    places ("the outskirts of …")."""
    org_words: frozenset[str]
    """Capitalised words that make a name an organization ("Ministry", "Inc"): those of
    sources.toml and ``[names] organization_words``."""
    org_anaphors: frozenset[str]
    org_families: OrganizationFamilies
    place_nouns: frozenset[str]
    trailing_words: frozenset[str]
    """Words a source phrase cut before another entity's name may not end on."""
    """Lower-case nouns that make the capitalised word before them a place ("Pochon county",
    "the North Korea-China border"): ``place_anaphors`` of sources.toml and ``place_nouns``."""
    group_heads: frozenset[str]
    anonymous_heads: frozenset[str]
    outlet_alias: dict[str, str]
    document_heads: frozenset[str]
    ordinals: dict[str, int]
    legal_forms: frozenset[str] = frozenset()
    """Companies' legal forms, which may follow a name after a comma ("Helix Biotherapeutics,
    Inc."): ``legal_forms`` of sources.toml."""
    rank_words: frozenset[str] = frozenset()
    """Words that make a role another office ("deputy mayor"): ``rank_words`` of
    sources.toml."""
    org_trades: frozenset[str] = frozenset()
    """Trade nouns that are a company's or a person's ("the copper miner"): ``trades`` of
    sources.toml."""
    org_distinct: frozenset[str] = frozenset()
    """Modifiers that make a company description another company ("the rival chipmaker"):
    ``distinct_modifiers`` of sources.toml."""
    name_prepositions: frozenset[str] = frozenset()
    """"for", "of" right after an organization noun inside its name ("Department for
    Environment, Food and Rural Affairs"; ``name_prepositions`` of sources.toml)."""
    surname_prefixes: tuple[str, ...] = ()
    """"Mac", "Mc", "De" …: a word with a capital after one is a surname ("MacLeod")."""
    role_suffixes: tuple[str, ...] = ()
    """Endings of occupations before a name ("Analyst", "Glaciologist"; ``sources.toml``)."""
    surnames: frozenset[str] = frozenset()
    """Common surnames (``surnames.txt``): "Rivers", "Evans" end a person's name, though they
    read as plural nouns."""
    seniority_words: frozenset[str] = frozenset()
    """"elder", "younger", "father" … (``sources.toml`` [people]): which of two people of one
    surname the attribution stage chose."""
    kin_genders: dict[str, str] = field(default_factory=dict)
    """Kin noun -> the gender of its person ("son" -> "m"; "" for either: ``kin_nouns`` of
    sources.toml)."""
    description_copulas: tuple[str, ...] = ()
    """Copulas before a predicate nominative ("was"), ``[descriptions]``."""
    description_openers: tuple[str, ...] = ()
    description_closers: tuple[str, ...] = ()
    club_words: frozenset[str] = frozenset()
    """Capitalised last words of sports clubs' names ("United", "Athletic")."""
    place_qualifiers: frozenset[str] = frozenset()
    """Capitalised words that make a place with the place after them ("Upper", "Northern")."""
    company_nouns: frozenset[str] = frozenset()
    """Lower-case nouns whose "of"/"in" phrase names a company ("shares", "stake")."""
    company_prepositions: frozenset[str] = frozenset()
    """The prepositions of that phrase ("of", "in")."""
    companies: frozenset[tuple[str, ...]] = frozenset()
    """Organizations whose names read as a person's ("Goldman Sachs", "Air India";
    ``entity_companies.txt``), as tuples of their words."""
    company_lengths: tuple[int, ...] = ()
    """The numbers of words of ``companies``, longest first."""
    person_words: frozenset[str] = frozenset()
    """Heads of a description of one person (kin, residents, roles: ``person_description_heads``
    and the role lists of sources.toml): "Her neighbour, Jordan" is a person."""
    principal_prepositions: frozenset[str] = frozenset()
    """Prepositions after a role that name whom it serves ("an aide to …", "a lawyer for …")."""
    saint_words: frozenset[str] = frozenset()
    """"St.", "Saint": a saint's name opens an institution's ("St. Mary's Medical Center")."""
    institution_possessives: frozenset[str] = frozenset()
    """Plural possessives inside an institution's name ("Children's Hospital")."""
    state_heads: frozenset[str] = frozenset()
    """Heads of a description a country apposed to it answers as a state ("A key US *ally*,
    Jordan")."""
    impersonal_possessives: frozenset[str] = frozenset()
    """Possessives of things, not people ("its"): "Its southern neighbour, Chad" is a state."""
    articles: frozenset[str] = frozenset()
    """"a", "an", "the" (``articles`` of sources.toml)."""
    list_conjunctions: frozenset[str] = frozenset()
    """"and", "or": what ends a list of names ("Iowa and Vermont say")."""
    relative_words: frozenset[str] = frozenset()
    """Words that open a relative clause after a name ("which", "who"; ``relative_words`` of
    cues.toml): "WEDGE, which is owned by Issam Fares, said" is WEDGE speaking."""
    of_heads: frozenset[str] = frozenset()
    """Capitalised heads of a body's name that open its long form with "of" ("Department":
    "Energy Department" is "Department of Energy", DOE)."""
    scope_modifiers: dict[str, frozenset[str]] = field(default_factory=dict)
    """Modifiers of an organization description that say its level, not its work ("federal"),
    lower case -> the capitalised name words that contradict them ("State"):
    ``[org_descriptions.scope_modifiers]``."""
    country_codes: frozenset[str] = frozenset()
    """Two-letter country codes ("UK", "IT"; ``entity_country_codes.txt``), compared only as the
    last word of a longer name."""


def _read(path: Path) -> dict:
    try:
        with open(path, "rb") as fp:
            return tomllib.load(fp)
    except FileNotFoundError:
        raise RulesError(f"{path}: rules file missing") from None
    except tomllib.TOMLDecodeError as e:
        raise RulesError(f"{path}: not valid TOML: {e}") from None


def _words(path: Path) -> list[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise RulesError(f"{path}: rules file missing") from None
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


def _list(data: dict, table: str, key: str, path: Path) -> list[str]:
    value = data.get(table, {}).get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RulesError(f"{path}: [{table}] {key}: expected a list of strings")
    return value


def _title_roles(data: dict, path: Path, name: str = "title_roles") -> dict[str, str]:
    table = data.get("roles", {}).get(name, {})
    if not isinstance(table, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in table.items()):
        raise RulesError(f"{path}: roles.{name}: expected a table of title = \"role\"")
    return {k.lower(): v.lower() for k, v in table.items()}


def _scope_modifiers(data: dict, path: Path) -> dict[str, frozenset[str]]:
    table = data.get("org_descriptions", {}).get("scope_modifiers", {})
    if not isinstance(table, dict) or not all(
            isinstance(k, str) and isinstance(v, list) and all(isinstance(w, str) for w in v)
            for k, v in table.items()):
        raise RulesError(f"{path}: org_descriptions.scope_modifiers: expected a table of "
                         f"modifier = [\"Word\", …]")
    return {k.lower(): frozenset(v) for k, v in table.items()}


@cache
def load_lexicon(directory: str) -> Lexicon:
    """Read the entity word lists of the rules folder ``directory`` (cached per folder).

    Raises:
        RulesError: a file is missing, not valid TOML, or a key is not a list of strings.
    """
    d = Path(directory)
    path = d / "entities.toml"
    data = _read(path)
    lists = {f"{t}.{k}": _list(data, t, k, path) for t, keys in _LISTS.items() for k in keys}
    passes = data.get("passes")
    if not isinstance(passes, list) or not all(isinstance(p, str) for p in passes):
        raise RulesError(f"{path}: passes: expected a list of pass names")
    first = FirstNames()
    for file in ("first_names.txt", "first_names_world.txt"):
        for n, line in enumerate(_words(d / file), 1):
            name, _, gender = line.partition("\t")
            if gender not in {"m", "f", "u"}:
                raise RulesError(f"{d / file}: line {n}: expected NAME<TAB>m|f|u")
            first.setdefault(name, gender)
    for name in _words(d / "first_names_either.txt"):
        if name in first:
            first[name] = "u"   # "Andrea Orlando" is "he" as often as "she"
    pronoun_class = {w: k for k in _LISTS["pronouns"] for w in lists[f"pronouns.{k}"]}
    places = frozenset(_words(d / "entity_places.txt")) | frozenset(lists["places.extra"]) \
        | frozenset(_words(d / "entity_endonyms.txt"))
    cities = frozenset(_words(d / "entity_cities.txt"))
    sources = _read(d / "sources.toml")
    companies = frozenset(tuple(line.split()) for line in _words(d / "entity_companies.txt"))
    return Lexicon(
        passes=tuple(passes),
        pronoun_class=pronoun_class,
        possessives=frozenset(),
        object_forms=frozenset(lists["binding.object_forms"]),
        not_name_words=frozenset(lists["names.not_name_words"]),
        calendar_words=frozenset(lists["names.calendar_words"]),
        inner_words=frozenset(lists["names.inner_words"]),
        organization_inner_words=frozenset(lists["names.organization_inner_words"]),
        place_prepositions=frozenset(lists["names.place_prepositions"]),
        list_conjunctions=frozenset(lists["names.list_conjunctions"]),
        place_words=frozenset(lists["names.place_words"]),
        place_openers=frozenset(lists["names.place_openers"]),
        people_of_heads=frozenset(lists["names.people_of_heads"]),
        institution_titles=frozenset(lists["names.institution_titles"]),
        place_of_heads=frozenset(lists["names.place_of_heads"]),
        named_phenomenon_openers=frozenset(lists["names.named_phenomenon_openers"]),
        spokesperson_nouns=frozenset(lists["organization_evidence.spokesperson_nouns"]),
        agent_participles=frozenset(lists["organization_evidence.agent_participles"]),
        statement_verbs=frozenset(lists["organization_evidence.statement_verbs"]),
        expletive_followers=frozenset(lists["organization_evidence.expletive_followers"]),
        auxiliaries=frozenset(lists["organization_evidence.auxiliaries"]),
        ordinal_place_words=frozenset(lists["names.ordinal_place_words"]),
        event_words=frozenset(lists["names.event_words"]),
        outlet_words=frozenset(sources["outlet_words"]),
        outlet_services=frozenset(sources["outlet_services"]),
        person_suffixes=name_suffixes(sources["people"]["name_suffixes"],
                                      frozenset(_words(d / "entity_country_codes.txt"))),
        masculine_titles=frozenset(lists["names.masculine_titles"]),
        feminine_titles=frozenset(lists["names.feminine_titles"]),
        nationality_endings=tuple(lists["names.nationality_endings"]),
        region_openers=frozenset(lists["names.region_openers"]),
        region_endings=tuple(lists["names.region_endings"]),
        first_names=first,
        places=places,
        description_copulas=tuple(lists["descriptions.copulas"]),
        surname_prefixes=tuple(lists["names.surname_prefixes"]),
        description_openers=tuple(lists["descriptions.openers"]),
        description_closers=tuple(lists["descriptions.closers"]),
        cities=cities,
        club_words=frozenset(lists["names.club_words"]),
        place_qualifiers=frozenset(lists["names.place_qualifiers"]),
        company_nouns=frozenset(lists["names.company_nouns"]),
        company_prepositions=frozenset(lists["names.company_prepositions"]),
        impersonal_possessives=frozenset(lists["names.impersonal_possessives"]),
        state_heads=frozenset(lists["names.state_heads"]),
        saint_words=frozenset(lists["names.saint_words"]),
        institution_possessives=frozenset(lists["names.institution_possessives"]),
        principal_prepositions=frozenset(lists["names.principal_prepositions"]),
        country_codes=frozenset(_words(d / "entity_country_codes.txt")),
        companies=companies,
        company_lengths=tuple(sorted({len(c) for c in companies}, reverse=True)),
        no_entity=places | cities | frozenset(lists["names.calendar_words"]),
        titles=frozenset(), person_roles=frozenset(lists["roles.person_roles"]),
        offices=frozenset(lists["roles.offices"]), institutions=frozenset(),
        title_roles=_title_roles(data, path),
        role_synonyms=_title_roles(data, path, "role_synonyms"),
        scope_modifiers=_scope_modifiers(data, path),
        of_heads=frozenset(lists["names.of_heads"]),
        org_words=frozenset(lists["names.organization_words"]), org_anaphors=frozenset(),
        org_families=OrganizationFamilies(),
        place_nouns=frozenset(lists["names.place_nouns"]),
        trailing_words=frozenset(lists["names.trailing_words"]),
        group_heads=frozenset(),
        anonymous_heads=frozenset(), outlet_alias={}, document_heads=frozenset(), ordinals={},
    )


def ordinary_words(tokens: tuple[str, ...], lex: Lexicon) -> bool:
    """A name of two or more capitalised words that are all ordinary English words, none a
    first name ("Creative Commons", "United Nations"): a body's or a brand's name, rarely a
    person's.  A plural in "-ans" names people ("Muslim Americans", "Texas Republicans"); a
    capitalised particle is part of a personal name ("Bin Laden", "De Niro")."""
    return len(tokens) > 1 and not tokens[-1].endswith("ans") and all(
        w in lex.inner_words or (w.lower() not in lex.inner_words and w not in lex.first_names
                                 and english_word(w.lower()))
        for w in tokens)


def lexicon_for(rules: Rules) -> Lexicon:
    """The entity lexicon of ``rules``, completed with the shared lists of ``sources.toml``."""
    return _completed(str(rules.directory))


@cache
def _completed(directory: str) -> Lexicon:
    from dataclasses import replace

    from credibility.rules import load_rules

    base = load_lexicon(directory)
    loaded = load_rules(directory)
    src = loaded.sources
    rules_path = Path(directory) / "entities.toml"
    return replace(
        base,
        titles=src.titles_lower,
        person_roles=base.person_roles | src.official_heads | src.titles_lower
        | src.resident_heads,
        org_words=frozenset(w.rstrip(".,").removesuffix("'s") for w in src.org_words)
        | base.org_words,
        org_anaphors=src.org_anaphors,
        org_families=src.org_families,
        org_trades=src.org_trades,
        rank_words=src.rank_words,
        legal_forms=src.legal_forms,
        org_distinct=src.org_distinct,
        place_nouns=src.place_anaphors | base.place_nouns,
        institutions=frozenset(src.speaking_institutions) | src.body_anaphors,
        seniority_words=frozenset(src.seniority),
        kin_genders=src.kin_nouns,
        possessives=src.possessives,
        role_suffixes=tuple(src.role_suffixes),
        surnames=src.surnames,
        group_heads=src.group_heads | frozenset(
            _list(_read(rules_path), "roles", "group_words", rules_path)),
        anonymous_heads=src.anonymous_heads,
        person_words=frozenset(src.person_description_heads) | src.resident_heads
        | src.anonymous_heads | src.private_roles | src.official_heads,
        outlet_alias=src.outlet_alias,
        document_heads=src.document_heads,
        ordinals=src.ordinals,
        name_prepositions=src.name_prepositions,
        relative_words=loaded.cues.relative_words,
        articles=frozenset(src.articles),
    )
