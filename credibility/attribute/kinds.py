"""Kinds: what sort of source a source phrase names.

``Kinds.classify`` gives (kind, head, mode) for a phrase: the kind of ``records.SOURCE_KINDS``
(named person or organization, outlet, document, anonymous official/resident/source, unnamed
group), the head noun that decided it, and how the phrase refers (a new source, a definite
description of one named before, a name, a pronoun).  The word lists are in
``rules/sources.toml``.
"""

from __future__ import annotations

import re

from credibility.attribute.names import (
    NATIONALITY,
    appositive_name,
    common_surname,
    english_word,
    first_name_apposed,
    plural_common_noun,
    titled_name,
)
from credibility.attribute.tagging import chunks
from credibility.attribute.tokens import is_past_form
from credibility.records import Span

ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")
"""ACLU, FedEx: a capital letter inside the word marks an organization, not a person."""
_ORGANIZATION_VERB = re.compile(r"(?=['’]s\s+[a-z]|\s+(?:said|says|declined|did not|announced|"
                                r"told))")
"""Where "Acme" in "Acme's towers" or "Acme said" ends: a word used as an organization."""
_WORD_START = re.compile(r"\b(?=\w)")


_COORDINATED_MODIFIERS = re.compile(r"([A-Za-z]+) and ([A-Za-z][\w-]* [a-z][\w-]*)$")


def _organization_noun_then_name(lead: list[str], anaphors: frozenset[str]) -> bool:
    """"The grid operator Nordgrid", "the carmaker Carrow Motors": after the determiner,
    lower-case words ending in an organization noun, then capitalised words to the end."""
    k = next((n for n, w in enumerate(lead) if n and w[:1].isupper()), len(lead))
    return 1 < k < len(lead) and all(w[:1].isupper() for w in lead[k:]) \
        and lead[k - 1].lower() in anaphors and all(w.islower() for w in lead[1:k])


def _one_noun_phrase(words: list[str]) -> bool:
    """Whether words make one noun phrase by their part-of-speech chunks ("Wall Street
    arbitrageurs"; not "Gros spent two days"); True when no tagger is installed."""
    tags = chunks(tuple(words))
    return tags is None or all(chunk == ("B-NP" if n == 0 else "I-NP")
                               for n, (_, chunk) in enumerate(tags))


CONJUNCTS = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")
"""What separates names joined in a list: "A and B", "A, B and C", "A, B, and C"."""

_ROMAN = re.compile(r"[IVXLC]+")
"""A Roman numeral ("Title IX", "Article I")."""


class Kinds:
    """Source-kind classification; mixed into the article reader (``_Analyzer``)."""

    def classify(self, mention: Span) -> tuple[str, str, str]:
        """(kind, head, mode) of a source phrase; mode is new, pronoun, definite or named."""
        text = mention.text.strip(" ,")
        low = text.lower()
        words = low.replace("’", "'").split()
        if low in self.src.pronouns_singular | self.src.pronouns_plural | self.src.pronouns_neutral:
            return "", low, "pronoun"
        co = _COORDINATED_MODIFIERS.match(text)
        if co and co.group(1)[1:].islower() and co.group(1).lower() not in self.src.determiners:
            # "local and state police", "campaign and corporate records", "Saudi and Qatari
            # mediators": one head, two modifiers; the second conjunct has the head
            start = mention.start + len(mention.text) - len(mention.text.lstrip(" ,")) \
                + co.start(2)
            return self.classify(Span(start, start + len(co.group(2)), co.group(2)))
        outlet = self._outlet(text)
        parts = re.split(r"\s+(?:and|&)\s+", text)
        if not outlet and len(parts) > 1 and all(self._outlet(p) for p in parts):
            outlet = self._outlet(parts[0])     # "Reuters and The Associated Press"
        if outlet:
            return "outlet", outlet, "named"
        described = self._outlet_described(text)
        if described:
            return "outlet", described[0], described[1]
        joint = self._joint_kind(text)
        if joint:
            # "Mr Patel and Mrs Okafor said", "Russia and Ukraine said": two named together
            return joint, parts[-1].split()[-1].lower(), "named"
        if len(parts) == 2 and all(p.split() and all(w[:1].isupper() and w.isalpha()
                                                      for w in p.split()) for p in parts) \
                and not any(w in self.src.first_names for p in parts for w in p.split()) \
                and not any(len(p.split()) == 1 and self._first_full_name(p) for p in parts):
            # "Pacific Gas and Electric", "Procter and Gamble": capitalised words on both
            # sides of "and" with no first name and no one's surname name a company
            return "named_organization", parts[-1].split()[-1].lower(), "named"
        named = text.split()
        if named[0].lower() in self.src.determiners:
            named = named[1:]
        if len(parts) > 1 and len(named) >= 4 and named[-1] in self.src.org_anaphors and all(
                w[:1].isupper() or w in self.cues.coordinators
                or w in self.src.name_connectives for w in named[:-1]) \
                and named[0][:1].isupper() and named[-2][:1].isupper():
            # "The United Food and Commercial Workers union": a common noun for an
            # organization after a name of capitalised words joined by "and" (trial 19 cut it
            # at "and")
            return "named_organization", named[-1], "named"
        own = self._own_staff(text)
        if own:
            return "outlet", own, "named"      # "Our reporter at the evacuation center"
        lead = text.split()
        if len(lead) > 3 and lead[0].lower() in self.src.own_staff_possessives and any(
                self._organization_after(lead[k:]) for k in range(2, min(len(lead), 5))):
            # "Our team at Acme Foods": the organization's own people speak for it, as "The
            # team at Acme Foods" does
            return self.classify(Span(mention.start, mention.end, "The" + text[len(lead[0]):]))
        designated = text.split()
        if len(designated) >= 2 and designated[0] in self.src.document_designators and (
                designated[1][:1].isdigit() or _ROMAN.fullmatch(designated[1])
                or len(designated[1]) == 1 and designated[1].isupper()) and (
                len(designated) == 2 or designated[2].lower() in self.src.prepositions):
            # "AB 1340", "Measure J", "Article I in the agreement"
            return "document", designated[0].lower(), "named"
        if "," in text and self._organization_described(text):
            # "The ferry operator, Orla Marine": an organization noun describes the name
            return "named_organization", text.split(",")[0].split()[-1].lower(), "named"
        if "," in text and appositive_name(text, self.src) and not plural_common_noun(
                text.rstrip(" ,.").split()[-1], self.src.surnames):
            # (not "A former employee of the contractor, Brightline Facilities": a firm's name)
            # "The chief inspector of schools, Dana Crewe": the name decides, not the role.
            return "named_person", text.split()[-1].lower(), "named"
        described = self._described(text) if "," in text else []
        if described and text[:1].isupper() and (
                described[-1] in self.src.org_anaphors or described[-1] in self.src.org_heads):
            # "Ofwat, the regulator"; "Nova, the Canadian company that owns …" (a first name
            # described as a company is the company's name)
            return "named_organization", described[-1], "named"
        first_name = first_name_apposed(text, self.src) if "," in text else None
        if first_name:
            # "Her granddaughter, Amy, 23", "Sarah, a mother of two": named by first name
            return "named_person", first_name.lower(), "named"
        if "," in text and self._apposed_organization(text):
            # "The factory's owner, Meridian Textiles": the organization's name decides.
            return "named_organization", text.split()[-1].lower(), "named"
        # The lead: the words before an apposition, a preposition or a relative clause.
        raw_words = text.replace("’", "'").split()
        lead: list[str] = []
        known = self.src.known_heads
        for k, w in enumerate(raw_words):
            if lead and (w.lower() in self.src.prepositions or w.lower() in self.cues.relative_words):
                break
            passive = w.islower() and k + 1 < len(raw_words) and raw_words[k + 1] == "by" \
                and lead and lead[-1].lower() in known     # "a briefing seen by the Standard"
            if (is_past_form(w) or passive) and (len(lead) >= 2 or lead and lead[-1].lower() in known) \
                    and not lead[-1].endswith(("'s", "’s", "ly")) \
                    and lead[-1].lower() not in self.src.determiners:
                break       # "a Gallup poll released Monday", "a briefing seen by the Standard":
                #             a participle ends the noun phrase
            lead.append(w.rstrip(","))
            if w.endswith(","):
                break
        head = lead[-1].lower().rstrip(".") if lead else low
        head = head[:-2] if head.endswith("'s") else head
        if len(lead) >= 2 and (f"{lead[-2]} {head}".lower() in self.src.private_roles
                               or head not in self.src.group_heads
                               and f"{lead[-2]} {head}".lower() in self.src.group_heads):
            head = f"{lead[-2]} {head}".lower()     # "an aid worker": a profession;
            #                                         "emergency services": a group
        if head in self.src.anonymous_heads and described and \
                described[-1] in self.src.resident_heads:
            # "A second source, a trader in Musan": the description says who the source is
            return "anonymous_resident", described[-1], (
                "new" if words[0] in self.src.indefinite else "definite")
        last = words[-1].strip(",.")
        if head not in known and head not in self.src.private_roles and last in known \
                and not any(w[:1].isupper() for w in lead[1:]) and \
                not self._names_organization(raw_words[len(lead):]) and not (
                    (head in self.src.role_titles or head in self.src.private_roles)
                    and len(raw_words) > len(lead) and raw_words[len(lead)].lower() != "of"
                    and raw_words[len(lead)].lower() not in self.cues.coordinators):
            # but a role before another preposition is the person: "a lawyer for the family"
            # "several former and current staff and volunteers"
            head = last
        if head in self.src.quantity_heads and len(raw_words) > len(lead) + 1 \
                and raw_words[len(lead)].lower() == "of":
            # "Fifty-two percent of 170 respondents": the group is the head of the "of" phrase.
            of_phrase = [w.lower().strip(",.") for w in raw_words[len(lead) + 1:]]
            if any(w in self.src.group_heads for w in of_phrase):
                return "unnamed_group", next(w for w in of_phrase
                                             if w in self.src.group_heads), "new"
        det = words[0] if words[0] in self.src.determiners else ""
        if head in self.src.place_anaphors and len(raw_words) > len(lead) + 1 \
                and raw_words[len(lead)].lower() == "of" \
                and all(w[:1].isupper() for w in raw_words[len(lead) + 1:]):
            # "The town of Harrowgate said in a statement": the place's government, on the
            # record (trial 22), as "the city said" is
            return "named_organization", head, "named"
        content_words = lead[1:] if det else lead
        capitalized = [w for w in content_words if w[:1].isupper()]
        # an organization word before a role names a portfolio: "Energy Minister Subroto",
        # "Mining and Energy Minister Subroto"
        org = any((w.strip(",.'s") in self.src.org_words or w in self.src.org_words)
                  and not self._portfolio(raw_words, k) for k, w in enumerate(lead))
        tail_org = self._names_organization(raw_words[len(lead):])
        if low in self.src.org_standalone or (head in self.src.org_standalone and not det):
            return "named_organization", low, "named"
        if self.src.anonymous_group.search(low) and (
                head in self.src.group_heads or head in self.src.anonymous_heads):
            # "three U.S. officials familiar with the planning": officials, by their plural
            # role head or an official's modifier; "people familiar with the matter": sources
            official = head in self.src.official_heads_plural or any(
                m in words[:len(lead)] for m in self.src.official_modifiers)
            return ("anonymous_official" if official else "anonymous_source"), head, "new"
        if head in self.src.group_heads and not det and len(lead) == len(raw_words) >= 2 \
                and all(w[:1].isupper() for w in lead) and lead[0][1:].islower() \
                and not english_word(lead[0].lower()) and not NATIONALITY.search(lead[0]) \
                and not common_surname(lead[0], self.src):
            return "named_organization", head, "named"     # "Crestline Advisers": a firm
        if head in self.src.group_heads or " ".join(words[:2]) in self.src.group_heads:
            modifier = words[-2].strip(",.") if len(words) > 1 else ""
            if head in self.src.official_heads_plural and modifier in self.src.org_anaphors \
                    and words[0] not in self.src.indefinite:
                # (not "two government officials": people counted, an unnamed group)
                # "district leaders", "company officials": the organization named before
                return "named_organization", modifier, "definite"
            # (an industry noun capitalised only because it opens the sentence, before a common
            # noun, names no company: "Shipping line executives say …" are executives of any;
            # "Treasury officials" are the Treasury's)
            trade = org and not det and len(capitalized) == 1 and lead[0] == capitalized[0] \
                and len(lead) >= 3 and self._opens_sentence(mention)
            if head in self.src.official_heads_plural and ((org and not trade) or tail_org or (
                    len(capitalized) >= 2 and not NATIONALITY.search(capitalized[-1]))):
                # "Northwind Utility officials", not "South Korean officials"
                return "named_organization", head, "named"
            if det in {"the"} and not capitalized or (
                    len(words) > 3 and words[0] in self.src.quantity_heads
                    and words[1] == "of" and words[2] in self.src.definite):
                # "the officials", "one of the officials": the officials met before
                return "unnamed_group", head, "definite"
            return "unnamed_group", head, "new"
        if (head in self.src.document_heads or " ".join(words[-2:]) in self.src.document_heads) \
                and (det or not capitalized or lead[-1].islower()
                                                or (len(lead) == 1 and lead[0][1:].islower())) \
                and not (len(capitalized) >= 2 and lead[-1] in self.src.org_words):
            # (not "The U.S. Geological Survey": a name that ends in an organization word)
            return "document", head, "definite" if det in self.src.definite else "new"
        if head in self.src.kin_nouns and (det or words[0] in self.src.possessives) \
                and not any(w[:1].isupper() for w in lead[1:]):
            # "her son", "his widow": a relative, who is the one the article introduces by
            # that noun ("her son, Tomás Ruiz"), never the "her"; "a cousin" is someone new
            return "anonymous_source", head, "new" if det in self.src.indefinite else "definite"
        # An official role: the rules' heads, or a title of nameparser's list that is no word
        # for an organization, place, group or document ("the county clerk", "the general").
        official = (head in self.src.official_heads and not (
            det == "the" and head in self.src.org_anaphors)) or (   # "the aviation authority"
            head in self.src.role_titles and head not in self.src.org_anaphors
            and head not in self.src.place_anaphors and head not in self.src.group_heads
            and head not in self.src.document_heads and head not in self.src.determiners
            and head not in self.src.resident_heads and head not in self.src.anonymous_heads
            and head not in self.src.private_roles)
        private = head in self.src.private_roles
        # "an aide to Agriculture Secretary Richard Lyng": the name is whom the aide serves
        served = head in self.src.serving_heads and len(raw_words) > len(lead) \
            and raw_words[len(lead)].lower() in self.src.serving_prepositions
        person_head = official or private or head in self.src.resident_heads \
            or head in self.src.anonymous_heads
        if person_head and (official or private) and (
                (org and capitalized) or tail_org or self._organization_word(lead[:-1])) \
                and (served or not self._ends_with_name(raw_words)):
            if det in self.src.indefinite and head in self.src.official_heads \
                    and head not in self.src.spokesperson_heads and not (
                        self.src.public_channel is not None and self.src.public_channel.match(
                            self.text, mention.end, mention.end + 120)):
                # "A senior State Department official", "a Pentagon official": one unnamed
                # person of a named body, not the body on the record (trial 25); its
                # spokesperson is its voice ("A Treasury spokesperson"), and so is a member
                # who speaks in its published word ("… said in a statement")
                return "anonymous_official", head, "new"
            return "named_organization", head, "named"
        if person_head and (det or not capitalized or head != words[-1]) \
                and (served or not self._ends_with_name(raw_words)):
            if head in self.src.resident_heads:
                kind = "anonymous_resident"
            elif private and not any(not NATIONALITY.search(w) for w in capitalized):
                kind = "anonymous_source"   # not "a Harvard economist": someone of a body
            elif official or private or any(m in low for m in self.src.official_modifiers):
                kind = "anonymous_official"
            else:
                kind = "anonymous_source"
            if det == "the" or words[0] in self.src.demonstratives:
                return kind, head, "definite"
            if det and det not in self.src.indefinite and det != "the":
                return kind, head, "definite"
            return kind, head, "new"
        if det in self.src.definite and (head in self.src.org_anaphors
                                 or " ".join(words[1:]) in self.src.org_anaphors
                                 or head in self.src.org_heads) \
                and not capitalized:
            # "the union said", "their union said": an organization on the record
            return "named_organization", head, "definite"
        if head in self.src.org_anaphors and len(lead) > 1 and lead[-2].endswith("'s"):
            return "named_organization", head, "named"      # "Mayor Lee's office"
        if len(raw_words) == 1 and self._opens_sentence(mention) and \
                self._plural_noun(raw_words[0]):
            return "unnamed_group", low, "new"     # "Meteorologists had warned of …"
        if det and det in self.src.indefinite and capitalized and lead[-1].islower() \
                and not self._ends_with_name(raw_words):
            # "a Red Cross coordinator": someone of a named body, not named
            return "anonymous_official", head, "new"
        if capitalized or (raw_words and raw_words[0][:1].isupper() and not det):
            if "&" in raw_words:
                return "named_organization", head, "named"   # "Procter & Gamble"
            if det in self.src.definite and len(lead) > 2 and lead[1].islower() and \
                    lead[-1][:1].isupper() and not self._ends_with_name(raw_words) and \
                    _organization_noun_then_name(lead, self.src.org_anaphors):
                return "named_organization", head, "named"   # "The carmaker Carrow"
            if self._ends_with_name(raw_words):
                return "named_person", head, "named"
            if len(lead) > 1 and lead[-1].islower() and not org and not tail_org \
                    and self._plural_noun(lead[-1]) and _one_noun_phrase(lead):
                # "Wall Street arbitrageurs", "Tokyo dealers": a plural common noun after
                # capitalised modifiers is people of a place or a market, not a name
                return "unnamed_group", head, "new"
            if len(lead) > 1 and plural_common_noun(lead[-1].rstrip(".,"), self.src.surnames) \
                    and lead[0] not in self.src.first_names and lead[0] not in self.src.titles:
                # "Calder Valley Buses"; not "Mark Greaves", a first name then a surname,
                # nor "Sen. Castellanos", a title then a surname
                return "named_organization", head, "named"
            bare = text.removeprefix("the ").removeprefix("The ")
            if org or ACRONYM.fullmatch(bare) and not self._camel_surname(bare) or (
                    head == words[-1] and (head in self.src.org_heads
                                           or head in self.src.org_anaphors)):
                # "The Scottish transport ministry": an organization noun heads the phrase
                return "named_organization", head, "named"
            if not det and len(lead) > 1 and all(w.islower() for w in lead[1:]) \
                    and english_word(lead[0].lower()) and not NATIONALITY.search(lead[0]) \
                    and self._opens_sentence(mention):
                # "Local media report …", "Exit polling shows …": capitalised only because
                # it opens the sentence, an ordinary word before a common noun; unnamed
                return "unnamed_group", head, "new"
            return "named_person", head, "named"
        return "anonymous_source", head, "new"

    def _portfolio(self, words: list[str], k: int) -> bool:
        """Whether the organization word ``words[k]`` names a minister's portfolio: a title
        follows it, after other capitalised words joined by a coordinator ("Energy Minister",
        "Mining and Energy Minister")."""
        titles = self.src.titles_lower
        n = k + 1
        while n + 1 < len(words) and words[n] in self.cues.coordinators \
                and words[n + 1][:1].isupper() and words[n + 1].lower().rstrip(".") not in titles:
            n += 2
        return n < len(words) and words[n][:1].isupper() \
            and words[n].lower().rstrip(".") in titles

    def _camel_surname(self, word: str) -> bool:
        """"DeWine" after "Ohio Governor Mike DeWine", "McCarthy" after "Kevin McCarthy": a
        capital inside a word that the article gives as the surname of a full name is a
        person's, not a brand's ("FedEx", "YouTube")."""
        if word.isupper() or " " in word:
            return False
        if word not in self._surname_cache:
            self._surname_cache[word] = self._first_full_name(word)
        return self._surname_cache[word] is not None

    def _opens_sentence(self, mention: Span) -> bool:
        """Whether a phrase stands first in its sentence (its capital says nothing)."""
        before = self.text[max(0, mention.start - 3):mention.start].rstrip(" \"“‘'(")
        return not before or before[-1] in ".!?\n"

    def _plural_noun(self, word: str) -> bool:
        """Whether a capitalised word is the plural of an ordinary English noun, no surname:
        "Meteorologists", "Inspectors", "Paramedics" (the dictionary of
        :func:`~credibility.attribute.names.english_word`); not "Brooks" or "Reuters"."""
        low = word.lower()
        if not low.endswith("s") or not english_word(low) or common_surname(word, self.src):
            return False
        from simplemma import lemmatize

        lemma = lemmatize(low, lang="en")
        return lemma != low and low in (lemma + "s", lemma + "es")

    def _organization_described(self, text: str) -> bool:
        """"The ferry operator, Orla Marine", "Its parent company, Brant Holdings": a
        description headed by an organization noun (``org_anaphors``, ``org_heads``), then a
        name of capitalised words."""
        lead, _, last = text.partition(",")
        desc, words = lead.split(), last.split()
        cut = next((k for k, w in enumerate(desc) if w.lower() in self.src.prepositions),
                   len(desc))
        desc = desc[:cut]   # "The director of the harbour authority": the director
        if desc and desc[-1].lower() in self.src.official_heads and words and (
                words[0] in self.src.first_names or len(words) >= 2 and not any(
                    w.rstrip(".,") in self.src.org_words for w in words)
                and desc[-1].lower() not in self.src.org_anaphors):
            # (not "The port authority, Associated British Ports": a body's noun, its name)
            return False    # "The chief executive, Donna Akers": a role, then a person
            #                 ("the hospice's chief executive, Priya Natarajan" too: a name
            #                 of no organization word, its first name in no list)
        return len(desc) >= 2 and desc[0].lower() in self.src.determiners and \
            (desc[-1].lower() in self.src.org_anaphors or desc[-1].lower() in self.src.org_heads) \
            and bool(words) and all(w[:1].isupper() or w in self.src.name_connectives
                                    for w in words)

    def _apposed_organization(self, text: str) -> bool:
        """Whether a phrase ends in an organization's name set off by a comma after a
        description: "The factory's owner, Meridian Textiles", "its parent, Acme Holdings"
        (capitalised words and name connectives, one of them an organization word)."""
        lead, _, last = text.rpartition(",")
        words = last.split()
        return bool(lead.strip()) and bool(words) and words[0][:1].isupper() and all(
            w[:1].isupper() or w in self.src.name_connectives for w in words) and any(
            w.rstrip(".") in self.src.org_words or w in self.src.org_words for w in words)

    def _organization_word(self, modifiers: list[str]) -> bool:
        """"An Acme official": the one capitalized modifier is an organization when the article
        also uses it as one ("Acme's towers", "Acme said"), not as a place ("in Ryanggang")."""
        names = [w for w in modifiers if w[:1].isupper() and w.lower() not in self.src.determiners]
        if len(names) != 1 or NATIONALITY.search(names[0]):
            return False
        return names[0] in self._organization_words()

    def _organization_words(self) -> frozenset[str]:
        """Every string the article writes right before "'s" and a lower-case word or before
        said, says, declined, did not, announced or told, starting at a word boundary within its
        run of non-space characters: the words ``_organization_word`` asks about, found in one
        pass over the text (it searched the whole text once per mention)."""
        if self._org_words is None:
            text, found = self.text, set()
            for m in _ORGANIZATION_VERB.finditer(text):
                end = m.start()
                start = end
                while start > 0 and not text[start - 1].isspace():
                    start -= 1
                found.update(text[b.start():end] for b in _WORD_START.finditer(text, start, end))
            self._org_words = frozenset(found)
        return self._org_words

    def _names_organization(self, words: list[str]) -> bool:
        """Whether a prepositional phrase names an organization: "for the L.A. Housing
        Department", "at Acme", "for the industry group PhRMA"."""
        if not words or words[0].lower() not in self.src.organization_prepositions:
            return False
        rest = [w for w in words[1:] if w.lower() not in self.src.determiners]
        if len(rest) >= 2 and not any(w.rstrip(".,") in self.src.org_words for w in rest) \
                and not any(" ".join(rest[:n]) in self.src.companies for n in (2, 3)) \
                and (rest[0] in self.src.first_names
                     or titled_name(" ".join(rest), self.src) is not None):
            return False    # "a lawyer for Ivan Boesky", "an aide to Senator Lee": a person
        if any(" ".join(rest[:n]) in self.src.companies for n in (1, 2, 3)):
            return True     # "chief meteorologist for E.F. Hutton", "for Dean Witter"
        # "for Acme", "for the industry group PhRMA": a name first or last
        return bool(rest) and (rest[0][:1].isupper() or rest[-1][:1].isupper() and not any(
            w.lower() in self.src.prepositions for w in rest))

    def _ends_with_name(self, words: list[str]) -> bool:
        """"… water department director Dana Cole", "Council member Joan Prewitt",
        "Glaciologist Ingrid Soltveit": a title or role, then a personal name."""
        return len(words) >= 2 and titled_name(" ".join(words), self.src) is not None

    def _described(self, text: str) -> list[str]:
        """The lower-cased words of a description set off after the first comma, up to its
        head ("Ofwat, the regulator" -> ["the", "regulator"]; "Maria Lopez, a nurse at the
        county hospital" -> ["a", "nurse"]); [] when it opens with no article."""
        described = []
        for w in text.split(",", 1)[1].strip(" ,").lower().split():
            if w in self.src.prepositions or w in self.cues.relative_words:
                break
            described.append(w.strip(","))
        return described if len(described) > 1 and described[0] in self.src.articles else []

    def _joint_kind(self, text: str) -> str | None:
        """The kind of two or more names joined by "and" and commas when the rules' data say
        what each is: "named_person" when a title that only stands before a name opens each
        ("Mr Patel and Mrs Okafor"), "named_organization" when each is a country or region of
        the gazetteer and the whole is none ("Russia and Ukraine"; not "Bosnia and
        Herzegovina", one country); None otherwise ("Procter and Gamble" is decided later)."""
        parts = [p for p in CONJUNCTS.split(text) if p]
        if len(parts) < 2:
            return None
        words = [p.split() for p in parts]
        if all(len(w) >= 2 and w[0].rstrip(".") in self.src.name_titles
               and all(x[:1].isupper() for x in w[1:]) for w in words):
            return "named_person"
        if all(self._place(p) for p in parts) and not self._place(text.replace(" and ", " & ")):
            return "named_organization"
        return None

    def _place(self, text: str) -> bool:
        """Whether ``text``, after an article, is a country or region of the gazetteer."""
        first, _, rest = text.partition(" ")
        return text in self.src.places or bool(rest) and first.lower() in self.src.articles \
            and rest in self.src.places

    def _own_staff(self, text: str) -> str | None:
        """"Our reporter", "Our correspondent" (the words up to the staff head) when ``text``
        names the outlet's own staff (sources.toml ``own_staff_possessives``, ``own_staff_heads``),
        else None."""
        words = text.split()
        if not words or words[0].lower() not in self.src.own_staff_possessives or \
                getattr(getattr(self, "doc", None), "genre", None) == "press_release":
            return None     # (in a press release "our" is the issuer's: review 17)
        for k in range(1, min(len(words), 4)):
            for n in (2, 1):
                head = " ".join(words[k:k + n]).lower().rstrip(",.")
                if k + n <= len(words) and head in self.src.own_staff_heads:
                    if self._organization_after(words[k + n:]):
                        return None     # "Our team at Acme Foods": the company's own team
                    return " ".join(words[:k + n]).rstrip(",.")
            if words[k].lower() in self.src.prepositions:
                return None
        return None

    def _organization_after(self, words: list[str]) -> bool:
        """Whether ``words`` open with a preposition that names an organization and a name the
        rules mark as one ("at Acme Foods", "of Brightwater Inc."): its last word of a company
        family or an organization word, or a company of ``entity_companies.txt``; not a place
        ("at the evacuation center", "in Kyiv")."""
        if len(words) < 2 or words[0].lower() not in self.src.organization_prepositions:
            return False
        name = []
        for w in words[1:]:
            if not w[:1].isupper():
                break
            name.append(w.rstrip(",."))
        return bool(name) and (self.src.org_families.family(name) is not None
                               or name[-1] in self.src.org_words
                               or " ".join(name) in self.src.companies)

    def _outlet_described(self, text: str) -> tuple[str, str] | None:
        """(name, "named" or "definite") when the words before a preposition, comma or relative
        clause describe a news outlet: their last one or two words are an ``outlet_heads`` noun
        ("the Lusaka newspaper", "the state news agency"), or they are a capitalised name with
        an ``outlet_words`` word before its last word or as its head before "of" ("The Zambia
        Daily Mail", "The Times of Zambia"; not "News Corp": its last word names a company)."""
        words = []
        for w in text.replace("’", "'").split():
            if words and (w.lower() in self.src.prepositions or w.lower() in self.cues.relative_words):
                break
            words.append(w.rstrip(","))
            if w.endswith(","):
                break
        if not words:
            return None
        low = [w.lower() for w in words]
        for n in (2, 1):
            if len(low) >= n and " ".join(low[-n:]) in self.src.outlet_heads \
                    and all(w.islower() for w in words[-n:]):    # a description, no name
                named = any(w[:1].isupper() for w in words[1:-n]) or words[0][:1].isupper() \
                    and low[0] not in self.src.determiners
                return " ".join(words), "named" if named else "definite"
        name = words[1:] if low[0] in self.src.determiners else words
        if any(w in self.src.first_names or w.lower().rstrip(".") in self.src.titles_lower
               for w in name):
            return None     # "Press Secretary Karine Jean-Pierre", "Post Malone": a person
        if len(name) >= 2 and all(w[:1].isupper() for w in name) \
                and name[-1] not in self.src.org_words \
                and self.src.org_families.family(name) is None \
                and any(w in self.src.outlet_words for w in name[:-1]):
            return " ".join(name), "named"
        rest = text.split()[len(words):]
        if name and name[-1] in self.src.outlet_words and len(rest) >= 2 \
                and rest[0].lower() in self.src.organization_prepositions \
                and all(w[:1].isupper() for w in name):
            # "The Times of Zambia", "the Bulletin of the Atomic Scientists": the name runs on
            # over its capitalised words after "of" (and an article)
            k = 2 if rest[1].lower() in self.src.determiners and len(rest) > 2 else 1
            while k < len(rest) and rest[k][:1].isupper():
                k += 1
            if rest[k - 1][:1].isupper():
                return " ".join(text.split()[:len(words) + k]).rstrip(",."), "named"
        return None

    def _outlet(self, text: str) -> str | None:
        t = text.replace("’", "'")
        for cand in (t, re.sub(r"^the\s+", "", t, flags=re.I)):
            cand = re.sub(r"'s\b.*$", "", cand).strip()
            key = cand.lower()
            if key in self.src.outlet_alias:
                canonical = self.src.outlet_alias[key]
                if len(cand) <= 3 and cand != cand.upper():
                    continue
                return canonical
        return None
