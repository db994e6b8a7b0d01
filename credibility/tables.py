"""A batch as tables: articles, claims, sources, entities, mentions, links and more.

The reports of a batch (the objects of ``reports.jsonl``, REPORT_SCHEMA.md) flattened into
rows, one list of dicts per table, keyed by integer ids that follow the reports' order.  The
same rows feed the pandas view (:func:`tables`), the SQLite database (:mod:`credibility.db`),
``sources.csv`` and the dashboard's outlet profile, so a notebook and the database agree.

Two corpus-level views are built here:

- **One source across articles** (:func:`corpus_source_keys`): the same named person,
  organization or outlet cited in several articles is one *corpus source*.  The
  passes run in order, most precise first, and only ever merge (as in the multi-pass sieve of
  Lee et al., 2013, "Deterministic coreference resolution based on entity-centric,
  precision-ranked rules", Computational Linguistics 39(4)):

  1. *exact name*: same kind and the same normalised name (case, accents, punctuation, a
     leading "the" and, for people, the role words before the name ("fire chief Dana Roe",
     see :func:`proper_name`) and leading titles such as "President" dropped; titles come
     from ``rules/sources.toml``).  With ``entities`` (schema 1.1) the entity's fullest name
     is the name, so an article that quotes "Bell" after introducing "David Bell" counts as
     David Bell.
  2. *longer form of a full name*: a person whose normalised name ends with another corpus
     person's name of two words or more ("finance minister taro aso" -> "taro aso"), when
     exactly one such name exists.

  A person known only by one word (a bare surname) is never merged across articles: two
  articles quoting "Smith" may quote two people.  Nor is a name that is no proper name ("a
  county report", "the company", "it"; determiners, anaphors and pronouns from
  ``rules/sources.toml``), a document, or an anonymous source: each is its own corpus source
  in its own article.

- **Outlet profile** (:data:`PROFILE_GROUPS`): per outlet, claims by the kind of their source.
  An article's outlet is ``document.outlet``; failing that, ``document.reprint_of`` (the
  outlet that wrote a reprinted story is the one whose sourcing it shows); failing that, the
  first folder of the article's path in the batch (a corpus kept as ``OUTLET/article.txt``);
  else :data:`UNKNOWN_OUTLET`.  ``articles.outlet_from`` says which one applied.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import types
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

UNKNOWN_OUTLET = "(unknown outlet)"

PROFILE_GROUPS: dict[str | None, str] = {
    "named_person": "named_people",
    "named_organization": "organizations",
    "anonymous_official": "anonymous_officials",
    "anonymous_resident": "anonymous_citizens",
    "anonymous_source": "other_anonymous",
    "unnamed_group": "other_anonymous",
    "outlet": "news_outlets",
    "document": "documents",
    None: "unsourced",
}
"""Source kind (None: no source) -> outlet-profile column.  Officials vs citizens are told apart
only for anonymous sources: a named person's kind does not say whether they hold office."""

PROFILE_COLUMNS = (*dict.fromkeys(PROFILE_GROUPS.values()), "background")
"""The outlet-profile columns, in display order.  A claim with no source is an unsourced
assertion or background in the reporter's voice (shown, not scored): two columns."""

PROFILE_LABELS = {
    "named_people": "named people", "organizations": "organizations",
    "anonymous_officials": "anonymous officials", "anonymous_citizens": "anonymous citizens",
    "other_anonymous": "other anonymous", "news_outlets": "news outlets",
    "documents": "documents", "unsourced": "unsourced assertions",
    "background": "background (not scored)",
}

MERGED_KINDS = frozenset({"named_person", "named_organization", "outlet"})
"""Source kinds that are one corpus source across articles when their names agree.  Not
documents: "a county report" in two articles is two reports."""

COLUMNS: dict[str, dict[str, type]] = {
    "articles": {
        "id": int, "path": str, "title": str, "published": str, "outlet": str,
        "outlet_from": str, "document_outlet": str, "reprint_of": str, "url": str,
        "format": str, "language_note": str, "genre": str, "origin_group": str, "sha256": str,
        "credibility_score": float, "verdict": str, "claims": int, "attributed": int,
        "anonymous_sources": int, "named_sources": int, "uncorroborated": int,
        "single_anonymous_key_claim": bool, "findings": str,
    },
    "corpus_sources": {
        "id": int, "name": str, "kind": str, "anonymous": bool, "articles": int, "outlets": int,
        "claims": int, "named_citations": int, "anonymous_citations": int, "variants": str,
    },
    "entities": {
        "id": int, "article_id": int, "entity_id": str, "kind": str, "name": str,
        "named": bool, "source": int, "mentions": int,
    },
    "sources": {
        "id": int, "article_id": int, "source_id": str, "name": str, "kind": str,
        "anonymous": bool, "anonymity_reason": str, "entity": int, "corpus_source": int,
        "mentions": int, "claims": int,
    },
    "mentions": {
        "id": int, "article_id": int, "source": int, "entity": int, "start": int, "end": int,
        "text": str,
    },
    "claims": {
        "id": int, "article_id": int, "claim_id": str, "sentence": int, "start": int,
        "end": int, "text": str, "source": int, "source_kind": str, "source_mention": str,
        "cue": str, "quote": str, "hedged": bool, "hedge": str, "corroboration": str,
        "corroborated_by": str, "conflicts_with": str, "score": float, "key": bool,
        "reasons": str, "assertion": str,
    },
    "links": {
        "id": int, "relation": str, "claim": int, "other_claim": int, "article_id": int,
        "other_article_id": int, "cross_article": bool, "ref": str,
    },
    "origin_groups": {
        "origin_group": str, "articles": int, "outlets": int, "title": str,
    },
    "outlets": {
        "outlet": str, "articles": int, "claims": int,
        **{c: int for c in PROFILE_COLUMNS},
        "anonymous_sources": int, "anonymous_with_reason": int,
        "anonymous_without_reason": int, "anonymous_share": float,
    },
    "errors": {
        "id": int, "path": str, "error": str, "message": str, "skipped": bool, "bug": bool,
    },
}
"""Every table's columns and their Python types, in order (the database uses the same)."""

PEOPLE_COLUMNS = ("name", "kind", "anonymous", "articles", "outlets", "claims",
                  "named_citations", "anonymous_citations", "variants")
"""The columns of ``sources.csv`` and of the database's ``people`` view."""

_PUNCT = re.compile(r"[^\w\s]+")
_POSSESSIVE = re.compile(r"['\u2019]s\b")


def name_key(name: str, titles: frozenset[str] = frozenset()) -> str:
    """A name as compared across articles: case-folded, accents and punctuation dropped,
    a leading "the" and leading ``titles`` (lower-case, without their dot) removed.

    >>> name_key("Sen. José Ramírez's", frozenset({"sen"}))
    'jose ramirez'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = _PUNCT.sub(" ", _POSSESSIVE.sub("", text.casefold())).split()
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[0] in titles:
        words = words[1:]
    return " ".join(words)


def proper_name(name: str) -> str:
    """A person's name without the role words before it: the run of capitalised words that
    ends the name, when it has two words or more ("fire chief Dana Roe" -> "Dana Roe");
    otherwise the name unchanged ("Ludwig van Beethoven", "Roe")."""
    words = name.split()
    i = len(words)
    while i > 0 and words[i - 1][:1].isupper():
        i -= 1
    return " ".join(words[i:]) if 0 < i <= len(words) - 2 else name


def outlet_of(document: dict, aliases: dict[str, str] | None = None) -> tuple[str, str]:
    """An article's outlet for the outlet profile and how it was found.

    Returns:
        (outlet, one of ``"outlet"``, ``"reprint_of"``, ``"folder"``, ``"none"``).  Outlet
        names are mapped through ``aliases`` (lower-cased spelling -> canonical name, from
        ``rules/sources.toml``) so "AP" and "Associated Press" are one outlet; a name of more
        than one word after a leading "The" goes without it ("The Harlow Ridge Courier" is the
        "Harlow Ridge Courier" of the paper's other articles; "The Guardian" keeps it).
    """
    from credibility.rules import canonical_outlet

    aliases = aliases or {}
    for field in ("outlet", "reprint_of"):
        value = (document.get(field) or "").strip()
        if value:
            return canonical_outlet(value, aliases), field
    path = document.get("path") or ""
    if "/" in path:
        return path.split("/", 1)[0], "folder"
    return UNKNOWN_OUTLET, "none"


def _as_dict(report) -> dict:
    return report if isinstance(report, dict) else report.to_dict()


def _text(span: dict | None) -> str | None:
    return span["text"] if span else None


def is_proper(name: str, determiners: frozenset[str] = frozenset(),
              indefinite: frozenset[str] = frozenset()) -> bool:
    """Whether ``name`` is a proper name: after its leading determiners, some word starts
    with a capital ("the Pentagon", "Acme officials"), and it does not start with an
    indefinite determiner ("a Pentagon official" describes someone)."""
    words = name.split()
    if words and words[0].lower() in indefinite:
        return False
    while words and words[0].lower() in determiners:
        words = words[1:]
    return any(w[:1].isupper() for w in words)


def corpus_source_keys(sources: list[dict], titles: frozenset[str],
                       generic: frozenset[str] = frozenset(),
                       determiners: frozenset[str] = frozenset(),
                       indefinite: frozenset[str] = frozenset()) -> list[tuple]:
    """The corpus-source key of each source row (see the module docstring for the passes).

    Args:
        sources: rows with ``kind``, ``anonymous``, ``article_id``, ``id`` and ``_name`` (the
            name to compare: the entity's fullest name when there is one, else the source's).
        titles: lower-case titles that a person's name may start with.
        generic: lower-case words that name no one in particular ("company", "it"): a
            source so named is never merged across articles.
        determiners, indefinite: lower-case determiners, for :func:`is_proper`; a name that
            is not proper is never merged.

    Returns:
        One hashable key per row, equal for rows that are one corpus source.
    """
    keys: list[tuple] = []
    for s in sources:
        person = s["kind"] == "named_person"
        key = name_key(proper_name(s["_name"]) if person else s["_name"],
                       titles if person else frozenset())
        if s["anonymous"] or s["kind"] not in MERGED_KINDS or len(key) < 2 or key in generic \
                or (person and " " not in key) \
                or not is_proper(s["_name"], determiners, indefinite):
            keys.append(("one", s["id"]))  # never merged
        else:
            keys.append((s["kind"], key))
    # pass 2: a longer form of a full name ("finance minister taro aso" -> "taro aso")
    people = {k[1] for k in keys if k[0] == "named_person"}
    for i, k in enumerate(keys):
        if k[0] != "named_person":
            continue
        words = k[1].split()
        shorter = [" ".join(words[j:]) for j in range(1, len(words) - 1)]
        found = [n for n in shorter if n in people]
        if len(found) == 1:
            keys[i] = ("named_person", found[0])
    return keys


def build_rows(reports: Iterable, errors: Iterable[dict] = (), rules=None) -> dict[str, list[dict]]:
    """Every table of :data:`COLUMNS` as a list of row dicts.

    Args:
        reports: report dicts as in ``reports.jsonl`` (or :class:`~credibility.Report`
            objects), with or without ``entities``.
        errors: the records of ``errors.jsonl``.
        rules: the loaded rules (default: :func:`credibility.rules.load_rules`).

    Returns:
        ``{table name: [row, ...]}``; ids are 1-based in the order of ``reports``.  Claim
        references that name no claim of the batch keep ``other_claim`` None.
    """
    if rules is None:
        from credibility.rules import load_rules

        rules = load_rules()
    titles, aliases = rules.sources.titles_lower, rules.sources.outlet_alias
    rs = rules.sources
    generic = (rs.org_anaphors | rs.place_anaphors | rs.pronouns_singular | rs.pronouns_plural
               | rs.pronouns_neutral)
    out: dict[str, list[dict]] = {name: [] for name in COLUMNS}
    articles, sources, entities = out["articles"], out["sources"], out["entities"]
    mentions, claims = out["mentions"], out["claims"]
    claim_ids: dict[tuple[int, str], int] = {}
    article_by_path: dict[str, int] = {}
    pending_links: list[tuple[str, int, int, str]] = []  # relation, claim row, article, ref
    for a_id, report in enumerate(map(_as_dict, reports), 1):
        doc, summary = report["document"], report["summary"]
        outlet, outlet_from = outlet_of(doc, aliases)
        articles.append({
            "id": a_id, "path": doc.get("path"), "title": doc.get("title"),
            "published": doc.get("published"), "outlet": outlet, "outlet_from": outlet_from,
            "document_outlet": doc.get("outlet"), "reprint_of": doc.get("reprint_of"),
            "url": doc.get("url"), "format": doc.get("format"),
            "language_note": doc.get("language_note"), "genre": doc.get("genre"),
            "origin_group": doc.get("origin_group"),
            "sha256": doc.get("sha256"), "credibility_score": summary["credibility_score"],
            "verdict": summary.get("verdict"), "claims": summary["claims"],
            "attributed": summary["attributed"], "anonymous_sources": summary["anonymous_sources"],
            "named_sources": summary["named_sources"], "uncorroborated": summary["uncorroborated"],
            "single_anonymous_key_claim": summary["single_anonymous_key_claim"],
            "findings": "\n".join(summary.get("findings", ())),
        })
        article_by_path.setdefault(doc.get("path"), a_id)
        entity_rows = {}
        for e in report.get("entities") or ():
            row = {"id": len(entities) + 1, "article_id": a_id, "entity_id": e["id"],
                   "kind": e["kind"], "name": e["name"], "named": e.get("named"),
                   "source": None, "mentions": len(e.get("mentions", ())),
                   "_source_id": e.get("source_id"), "_mentions": e.get("mentions", ())}
            entities.append(row)
            entity_rows[e["id"]] = row
        source_rows = {}
        for s in report["sources"]:
            entity = entity_rows.get(s.get("entity_id"))
            if entity is None:  # schema 1.0, or a source whose entity names it back
                entity = next((r for r in entity_rows.values() if r["_source_id"] == s["id"]),
                              None)
            row = {"id": len(sources) + 1, "article_id": a_id, "source_id": s["id"],
                   "name": s["name"], "kind": s["kind"], "anonymous": s["anonymous"],
                   "anonymity_reason": s.get("anonymity_reason"),
                   "entity": entity["id"] if entity else None, "corpus_source": None,
                   "mentions": len(s.get("mentions", ())), "claims": 0,
                   "_name": entity["name"] if entity and entity.get("named") else s["name"],
                   "_outlet": outlet,
                   "_variants": _name_variants(entity["_mentions"], rs.determiners, generic)
                   if entity else ()}
            if entity is not None:
                entity["source"] = row["id"]
            sources.append(row)
            source_rows[s["id"]] = row
        seen: set[tuple[int, int]] = set()
        for e in entity_rows.values():
            for m in e["_mentions"]:
                if (m["start"], m["end"]) not in seen:
                    seen.add((m["start"], m["end"]))
                    mentions.append({"id": len(mentions) + 1, "article_id": a_id,
                                     "source": e["source"], "entity": e["id"],
                                     "start": m["start"], "end": m["end"], "text": m["text"]})
        for s in report["sources"]:
            row = source_rows[s["id"]]
            for m in s.get("mentions", ()):
                if (m["start"], m["end"]) not in seen:
                    seen.add((m["start"], m["end"]))
                    mentions.append({"id": len(mentions) + 1, "article_id": a_id,
                                     "source": row["id"], "entity": row["entity"],
                                     "start": m["start"], "end": m["end"], "text": m["text"]})
        for c in report["claims"]:
            src = source_rows.get(c.get("source_id"))
            if src is not None:
                src["claims"] += 1
            row_id = len(claims) + 1
            claims.append({
                "id": row_id, "article_id": a_id, "claim_id": c["id"],
                "sentence": c.get("sentence"), "start": c["start"], "end": c["end"],
                "text": c["text"], "source": src["id"] if src else None,
                "source_kind": src["kind"] if src else None,
                "source_mention": _text(c.get("source_mention")), "cue": _text(c.get("cue")),
                "quote": c.get("quote"), "hedged": c.get("hedged"), "hedge": _text(c.get("hedge")),
                "corroboration": c["corroboration"],
                "corroborated_by": " ".join(c.get("corroborated_by", ())),
                "conflicts_with": " ".join(c.get("conflicts_with", ())),
                "score": None if c.get("assertion") in ("background", "headline") else c["score"],
                "key": c.get("key", False), "reasons": "; ".join(c.get("reasons", ())),
                "assertion": c.get("assertion"),
            })
            claim_ids[(a_id, c["id"])] = row_id
            for relation in ("corroborated_by", "conflicts_with"):
                for ref in c.get(relation, ()):
                    pending_links.append((relation, row_id, a_id, ref))
    for relation, row_id, a_id, ref in pending_links:
        path, _, cid = ref.rpartition("#")
        other_article = article_by_path.get(path) if path else a_id
        out["links"].append({
            "id": len(out["links"]) + 1, "relation": relation, "claim": row_id,
            "other_claim": claim_ids.get((other_article, cid)), "article_id": a_id,
            "other_article_id": other_article, "cross_article": bool(path), "ref": ref})
    out["corpus_sources"] = _corpus_sources(sources, titles, generic, rs.determiners,
                                            rs.indefinite)
    out["origin_groups"] = _origin_groups(articles)
    out["outlets"] = outlet_profile(articles, sources, claims)
    out["errors"] = [{"id": i, "path": e.get("path"), "error": e.get("error"),
                      "message": e.get("message"), "skipped": bool(e.get("skipped")),
                      "bug": bool(e.get("bug"))} for i, e in enumerate(errors, 1)]
    for row in entities:
        del row["_source_id"], row["_mentions"]
    return out


def _corpus_sources(sources: list[dict], titles: frozenset[str], generic: frozenset[str],
                    determiners: frozenset[str], indefinite: frozenset[str]) -> list[dict]:
    """Corpus-source rows; sets each source row's ``corpus_source`` (and drops its helpers)."""
    keys = corpus_source_keys(sources, titles, generic, determiners, indefinite)
    members: dict[tuple, list[dict]] = {}
    for key, s in zip(keys, sources, strict=True):
        members.setdefault(key, []).append(s)
    rows = []
    for (kind, key), group in members.items():
        cs_id = len(rows) + 1
        names = Counter(_one_line(proper_name(s["_name"]) if s["kind"] == "named_person"
                                  else s["_name"]) for s in group)
        # the most cited spelling of the name the group is known by ("Taro Aso", not
        # "Finance Minister Taro Aso"), the longest on a tie
        exact = [n for n in names if kind == "one" or name_key(n, titles) == key] or list(names)
        name = max(exact, key=lambda n: (names[n], len(n), n))
        for s in group:
            s["corpus_source"] = cs_id
        anonymous = sum(1 for s in group if s["anonymous"])
        rows.append({
            "id": cs_id, "name": name, "kind": Counter(s["kind"] for s in group).most_common(1)[0][0],
            "anonymous": anonymous == len(group),
            "articles": len({s["article_id"] for s in group}),
            "outlets": len({s["_outlet"] for s in group}),
            "claims": sum(s["claims"] for s in group),
            "named_citations": len(group) - anonymous, "anonymous_citations": anonymous,
            "variants": "; ".join(sorted({_one_line(s["name"]) for s in group} | set(names)
                                         | {v for s in group for v in s["_variants"]})),
        })
    for s in sources:
        del s["_name"], s["_outlet"], s["_variants"]
    return rows


def _name_variants(mentions: Iterable[dict], determiners: frozenset[str],
                   generic: frozenset[str]) -> set[str]:
    """The mentions of an entity that name it ("Bell", "Mr. Bell"), not those that only
    describe it ("the minister") or stand for it ("he")."""
    found = set()
    for m in mentions:
        text = _one_line(m["text"])
        words = text.split()
        while words and words[0].lower() in determiners:
            words = words[1:]
        if any(w[:1].isupper() for w in words) and name_key(text) not in generic:
            found.add(text)
    return found


def _one_line(name: str) -> str:
    """A name as one line: hard-wrapped text breaks names across lines."""
    return " ".join(name.split())


def _origin_groups(articles: list[dict]) -> list[dict]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for a in articles:
        if a["origin_group"]:
            groups[a["origin_group"]].append(a)
    first = {a["path"]: a for a in articles}
    return [{"origin_group": g, "articles": len(members),
             "outlets": len({a["outlet"] for a in members}),
             "title": (first.get(g) or members[0])["title"]}
            for g, members in sorted(groups.items())]


def outlet_profile(articles: list[dict], sources: list[dict], claims: list[dict]) -> list[dict]:
    """Per outlet: claims by the kind of their source (:data:`PROFILE_GROUPS`, counts), and the
    anonymous sources (unnamed groups excepted) with and without a stated reason.

    ``anonymous_share`` is the share of attributed claims that rest on an anonymous source
    (0..1, None without attributed claims).  Rows are sorted by outlet name.
    """
    outlet = {a["id"]: a["outlet"] for a in articles}
    anonymous = {s["id"] for s in sources if s["anonymous"]}
    rows: dict[str, dict] = {}

    def row(name: str) -> dict:
        if name not in rows:
            rows[name] = {"outlet": name, "articles": 0, "claims": 0,
                          **{c: 0 for c in PROFILE_COLUMNS}, "anonymous_sources": 0,
                          "anonymous_with_reason": 0, "anonymous_without_reason": 0,
                          "anonymous_share": None, "_attributed": 0, "_anonymous_claims": 0}
        return rows[name]

    for a in articles:
        row(a["outlet"])["articles"] += 1
    for c in claims:
        if c.get("assertion") == "headline":
            continue    # the headline is matched against other reports, not counted
        r = row(outlet[c["article_id"]])
        r["claims"] += 1
        if c["source_kind"] is None and c.get("assertion") == "background":
            r["background"] += 1    # the reporter's background, no unsourced assertion
        else:
            r[PROFILE_GROUPS.get(c["source_kind"], "other_anonymous")] += 1
        if c["source"] is not None:
            r["_attributed"] += 1
            r["_anonymous_claims"] += c["source"] in anonymous
    for s in sources:
        if s["anonymous"] and s["kind"] != "unnamed_group":
            r = row(outlet[s["article_id"]])
            r["anonymous_sources"] += 1
            r["anonymous_with_reason" if s["anonymity_reason"] else "anonymous_without_reason"] += 1
    result = []
    for name in sorted(rows):
        r = rows[name]
        attributed, anon = r.pop("_attributed"), r.pop("_anonymous_claims")
        r["anonymous_share"] = round(anon / attributed, 4) if attributed else None
        result.append(r)
    return result


def people_rows(rows: dict[str, list[dict]]) -> list[dict]:
    """The corpus sources as ``sources.csv`` lists them: most claims first, then by name."""
    return sorted(({k: r[k] for k in PEOPLE_COLUMNS} for r in rows["corpus_sources"]),
                  key=lambda r: (-r["claims"], -r["articles"], r["name"], r["kind"]))


def write_sources_csv(rows: dict[str, list[dict]], fp: IO[str]) -> None:
    """``sources.csv``: one row per corpus source (:data:`PEOPLE_COLUMNS`), cells that could
    start a spreadsheet formula neutralised; the csv module quotes line breaks."""
    from credibility.report import safe_cell

    w = csv.writer(fp, lineterminator="\n")
    w.writerow(PEOPLE_COLUMNS)
    for r in people_rows(rows):
        w.writerow([safe_cell(r[k]) for k in PEOPLE_COLUMNS])


def read_reports(path: str | Path) -> Iterator[dict]:
    """The report objects of a ``reports.jsonl`` (or ``errors.jsonl``), one per line.

    Raises:
        InputError: the file cannot be read, or a line is not JSON.
    """
    from credibility.errors import InputError

    try:
        fp = open(path, encoding="utf-8")
    except FileNotFoundError:
        return
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None
    with fp:
        for n, line in enumerate(fp, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except ValueError:
                raise InputError(f"{path}:{n}: not a JSON line") from None


def write_sources_file(out: str | Path, rows: dict[str, list[dict]] | None = None) -> Path:
    """Write ``OUT/sources.csv`` (atomically) for a batch output folder.

    Args:
        out: the batch output folder.
        rows: the tables of :func:`build_rows` when already built; else made from
            ``OUT/reports.jsonl``.

    Returns:
        The path written.
    """
    from credibility.report import atomic_write

    out = Path(out)
    if rows is None:
        rows = build_rows(read_reports(out / "reports.jsonl"))
    with atomic_write(out / "sources.csv") as fp:
        write_sources_csv(rows, fp)
    return out / "sources.csv"


def tables(reports: Iterable, errors: Iterable[dict] = ()) -> dict:
    """The batch as pandas DataFrames, the same tables the database holds.

    Args:
        reports: report dicts as in ``reports.jsonl`` or :class:`~credibility.Report` objects.
        errors: the records of ``errors.jsonl`` (optional).

    Returns:
        ``{name: DataFrame}`` for every table of :data:`COLUMNS` (articles, claims, sources,
        entities, mentions, links, origin_groups, corpus_sources, outlets, errors) plus
        ``people`` (the rows of ``sources.csv``).  Columns as in :data:`COLUMNS`; id columns
        that may be missing (``claims.source``) are pandas nullable integers.
    """
    import pandas as pd

    from credibility.records import Report

    if isinstance(reports, Report):
        reports = [reports]
    rows = build_rows(reports, errors)
    frames = {}
    for name, columns in COLUMNS.items():
        frame = pd.DataFrame(rows[name], columns=list(columns))
        frames[name] = frame.astype({c: _DTYPES[t] for c, t in columns.items()})
    frames["people"] = pd.DataFrame(people_rows(rows), columns=list(PEOPLE_COLUMNS)).astype(
        {c: _DTYPES[COLUMNS["corpus_sources"][c]] for c in PEOPLE_COLUMNS})
    return frames


_DTYPES = {int: "Int64", float: "Float64", bool: "boolean", str: "string"}


class _CallableModule(types.ModuleType):
    """Makes ``credibility.tables(reports)`` call :func:`tables`: the module and the function
    share the name, and importing the module would otherwise hide the function."""

    def __call__(self, reports: Iterable, errors: Iterable[dict] = ()) -> dict:
        return tables(reports, errors)


sys.modules[__name__].__class__ = _CallableModule
