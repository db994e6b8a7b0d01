"""Corroboration an editor can trust: figures as people write them, event identity, origins.

Tables of short cases, one line each: figures in digits and words, what a figure counts, times
read against the publication date, copies, sibling events.  The batch cases build a few small
articles of different outlets and say which claims must (or must not) link.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import credibility
from credibility.corroborate import features, figures_agree
from credibility.corroborate.quantities import quantities
from credibility.corroborate.when import publication_date, times
from credibility.rules import load_rules
from tests.test_corroborate import _batch, _batch_claims, _claim


def _norm(word: str) -> str:
    rules = load_rules()
    from credibility.corroborate import _stem

    return rules.synonyms.get(word) or _stem(word)


def _stop() -> frozenset[str]:
    return frozenset(load_rules().corroboration["stopwords"])


# --------------------------------------------------------------------------------------------
# Figures as people write them
# --------------------------------------------------------------------------------------------

INF = float("inf")


@pytest.mark.parametrize("text, low, high, unit", [
    ("Thirty workers were injured", 30, 30, ""),
    ("injured 12 workers", 12, 12, ""),
    ("a dozen people were hurt", 12, 12, ""),
    ("hundreds of people fled", 200, 999, ""),
    ("two-thirds of the homes were destroyed", 66.7, 66.7, "%"),
    ("1.5 million people were displaced", 1_500_000, 1_500_000, ""),
    ("a $2bn takeover", 2e9, 2e9, "$"),
    ("40,000 homes lost power", 40_000, 40_000, ""),
    ("forty thousand homes lost power", 40_000, 40_000, ""),
    ("about 300 soldiers arrived", 270, 330, ""),
    ("nearly 300 soldiers arrived", 255, 300, ""),
    ("at least 12 people were injured", 12, 24, ""),
    ("more than 30 people died", 30, 60, ""),
    ("up to 50 people were evacuated", 0, 50, ""),
    ("groups of between 150 and 300 soldiers", 150, 300, ""),
    ("profits rose 12 percent", 12, 12, "%"),
    ("one hundred and fifty people", 150, 150, ""),
    # the wires' compounds and units: "a 350-mln-dlr loan" is "a 350 mln dlr loan"
    ("a 350-mln-dlr loan to the province", 350e6, 350e6, "$"),
    ("a 350 mln dlr loan to the province", 350e6, 350e6, "$"),
    ("a $2-billion-dollar settlement", 2e9, 2e9, "$"),
    ("help so far today of 461 mln stg", 461e6, 461e6, "£"),
    ("a 5-pct rise in sales", 5, 5, "%"),
    # fractions inside a figure, in words and in digits (new-user trial, finding 3)
    ("one and a half million vehicles were sold", 1_500_000, 1_500_000, ""),
    ("a million and a half vehicles were sold", 1_500_000, 1_500_000, ""),
    ("two million and a half people fled", 2_500_000, 2_500_000, ""),
    ("half a million people fled", 500_000, 500_000, ""),
    ("a half-million people fled", 500_000, 500_000, ""),
    ("three quarters of a million people fled", 750_000, 750_000, ""),
    ("two and a half million homes lost power", 2_500_000, 2_500_000, ""),
    ("two-and-a-half million homes lost power", 2_500_000, 2_500_000, ""),
    ("2 and a half million homes lost power", 2_500_000, 2_500_000, ""),
    ("1½ million homes lost power", 1_500_000, 1_500_000, ""),
    ("a $1½ billion settlement", 1.5e9, 1.5e9, "$"),
    ("prices rose one and a half percent", 1.5, 1.5, "%"),
    ("about one and a half million vehicles were sold", 1_350_000, 1_650_000, ""),
])
def test_a_figure_as_written(text, low, high, unit):
    (q,) = quantities(text, _norm, _stop())
    assert (q.low, q.high, q.unit) == pytest.approx((low, high, unit)) if unit == "" else \
        (q.low, q.high) == pytest.approx((low, high)) and q.unit == unit


@pytest.mark.parametrize("text", [
    "one of the men was arrested",        # "one" alone is not a figure
    "in 2020 the mine was closed",        # a year
    "On the 2nd, the soldiers arrived",   # a day of the month
    "the fire began at about 10pm",       # clock times say when, not how many
    "the quake struck at 10:30 a.m. local time",
    "a press conference at 0900 EST",
])
def test_not_a_figure(text):
    assert quantities(text, _norm, _stop()) == ()


@pytest.mark.parametrize("a, b, agree", [
    # the same quantity in digits and in words
    ("injured 12 workers", "Thirty workers were injured", False),
    ("injured 30 workers", "Thirty workers were injured", True),
    ("Twelve workers were injured", "12 workers were injured", True),
    ("a dozen workers were injured", "12 workers were injured", True),
    # another counted thing is another quantity: neither agreement nor conflict
    ("12 workers were injured", "12 were hospitalised", None),
    ("12 workers were injured", "30 were hospitalised", None),
    ("profits rose 12 percent", "profits rose to 12 dollars", None),
    # the kind of action counted: deaths are not injuries, though both count people
    ("the quake killed 12 people", "200 people were injured", None),
    ("the quake killed 12 people", "Thirty people died in the quake", False),
    # ...also when the action comes a few words after the figure (new-user trial)
    ("He said 112 people had been taken to hospital.",
     "Forty-one people are confirmed dead, including those who died in hospital", None),
    ("Officials said 112 people had been taken to hospital.",
     "Hospitals said 90 people had been admitted for treatment.", False),
    # approximations and vague figures give ranges
    ("about 300 soldiers arrived", "320 soldiers arrived", True),
    ("hundreds of people fled the town", "300 people fled the town", True),
    ("dozens of people fled the town", "3,000 people fled the town", False),
    ("at least 12 people were injured", "15 people were injured", True),
    ("at least 12 people were injured", "300 people were injured", False),
    # scales
    ("a $2bn takeover", "a takeover worth 2 billion dollars", True),
    ("1.5 million people were displaced", "1,500,000 people were displaced", True),
    # fractions in words and digits (new-user trial, finding 3)
    ("1.5 million vehicles were sold", "one and a half million vehicles were sold", True),
    ("1½ million homes lost power", "1,500,000 homes lost power", True),
    ("a million and a half homes lost power", "1,000,000 homes lost power", False),
    ("half a million people fled", "500,000 people fled", True),
    ("about 1 million vehicles were sold", "one and a half million vehicles were sold", False),
    ("2.5 million homes lost power", "two and a half million homes lost power", True),
])
def test_figures_of_one_quantity(a, b, agree):
    rules = load_rules()
    assert figures_agree(features(a, "", rules), features(b, "", rules)) is agree


# --------------------------------------------------------------------------------------------
# Times, read against the publication date
# --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, published, days", [
    ("On the 2nd, 1,500 soldiers arrived", "2020-08-05", ["2 Aug 2020"]),
    ("300 troops arrived Sunday evening", "2020-08-05", ["2 Aug 2020"]),   # 2 Aug was a Sunday
    ("the quake struck on Tuesday", "2021-01-05", ["5 Jan 2021"]),       # that very Tuesday
    ("the quake struck on Tuesday", "2021-01-06", ["5 Jan 2021"]),
    ("the quake struck on Tuesday", None, ["a Tuesday"]),
    ("arrivals for the week ended February 22", None, ["22 Feb"]),
    ("he was sentenced on January 21, 1968", "2020-08-05", ["21 Jan 1968"]),
    ("RFA reported last month", "2020-08-05", ["4 Jun–4 Aug 2020"]),
    ("the bridge reopened", "2020-08-05", []),
])
def test_times(text, published, days):
    assert [w.describe() for w in times(text, published)] == days


@pytest.mark.parametrize("text, published", [
    ("Lindsay Lohan checks into Betty Ford Center\nMay 03, 2013\nShe arrived late.", "2013-05-03"),
    ("Title\nUpdated: May 24, 2005, 3:23 PM ET\nText.", "2005-05-24"),
    ("Title\nThe 2008-09 season was supposed to be a good one.", None),
])
def test_date_line_near_the_top(text, published):
    assert publication_date(None, text) == published


# --------------------------------------------------------------------------------------------
# Across articles
# --------------------------------------------------------------------------------------------

FIRE_SERVICE = """Factory fire injures workers

The blaze at the Harlow paint factory on Monday injured 12 workers, the fire service said.
"""
POLICE_WORDS = """Harlow factory blaze

Thirty workers were injured in the fire at the Harlow paint factory on Monday, police said.
"""
POLICE_DIGITS = POLICE_WORDS.replace("Thirty", "30")
POLICE_AGREES = POLICE_WORDS.replace("Thirty", "Twelve")
FIRE_FLOOR = FIRE_SERVICE.replace("injured 12 workers", "injured at least 12 workers")
POLICE_ROUNDED = POLICE_WORDS.replace("Thirty", "Thirteen")
POLICE_HIGHER = POLICE_WORDS.replace("Thirty", "Nineteen")
HOSPITAL = """Harlow blaze: hospital busy

Harlow General Hospital said 12 people from the Harlow paint factory were hospitalised on Monday.
"""

QUAKE_TUESDAY = """Date: 2021-01-05

Strong earthquake shakes northern Chile

A magnitude 6.1 earthquake struck the Atacama region of northern Chile on Tuesday, damaging \
dozens of homes in the town of Copiapo.

At least 12 people were injured in Copiapo when walls collapsed, the regional governor Maria Soto \
told reporters.
"""
QUAKE_SAME_DAY = """Date: 2021-01-06

Quake hits Chile's Atacama desert region

Residents of Copiapo fled into the streets after a 6.1 magnitude earthquake struck the Atacama \
region in northern Chile on Tuesday.

Emergency officials said 12 people were injured in Copiapo, most of them by falling debris.
"""
QUAKE_SIBLING = """Date: 2021-01-08

Another quake hits northern Chile

A magnitude 6.1 earthquake struck the Atacama region of northern Chile on Friday, damaging \
homes in the town of Vallenar.

Emergency officials said 12 people were injured in Vallenar, most of them by falling debris.
"""


# Two companies' bond issues, written from one template: other issuers, other figures, the
# same listing place.  Not one event, so no conflict (Reuters money-market and bond copy).
BONDS_HARBOR = """HARBOR MILLS SELLS NOTES

Harbor Mills Corp is raising 150 mln dlrs via an offering of notes due 2031 yielding 6.20 pct, \
said lead manager Ostrow Securities.

The issue is available in denominations of 1,000 dlrs and will be listed in Luxembourg.
"""
BONDS_CALDER = """CALDER FOODS SELLS NOTES

Calder Foods Corp is raising 90 mln dlrs via an offering of notes due 2031 yielding 6.45 pct, \
said lead manager Ostrow Securities.

The issue is available in denominations of 5,000 dlrs and will be listed in Luxembourg.
"""
# Two companies' contracts, one sharing a word of the other's name ("Oil"): other companies,
# no conflict (Reuters' contract notices).
CONTRACT_HARLAN = """HARLAN <HRL> GETS 107.2 MLN DLR CONTRACT

Harlan Oil Corp has received a 107.2
mln dlr contract for jet fuel, the Defense Logistics Agency
said.
 REUTER
"""
CONTRACT_CORWIN = """CORWIN OIL GETS 104.3 MLN DLR CONTRACT

Corwin Oil Co of Houston has been
awarded a 104.3 mln dlr contract for jet fuel, the Defense
Logistics Agency said.
 REUTER
"""
# The same company's issue in another outlet with another size: one event, a conflict.
BONDS_HARBOR_OTHER = """Harbor Mills taps bond market

Harbor Mills Corp is raising 200 mln dlrs via an offering of notes due 2031, bankers said.
"""

# Two companies' own acts told alike, each "said it …" (Reuters: crude postings, prime rates):
# the pronoun is the source, so the two claims are two companies' acts, no confirmation.
POSTINGS_UNOCAL = """UNOCAL RAISES CRUDE OIL POSTINGS

Unocal Corp said it raised its posted prices for most grades of crude oil by 50 cts a barrel,
effective today.
 REUTER
"""
POSTINGS_MARATHON = """MARATHON RAISES CRUDE POSTINGS

Marathon Petroleum Co said it raised the contract price it will pay for all grades of crude
oil by 50 cts a barrel, effective today.
 REUTER
"""

BLAST_TRADER = """Kano market blast kills 12

Trader Musa Bello said he saw a bomb blast kill 12 people at a crowded market in Kano on Tuesday.
"""
BLAST_DIRECTOR = """Bomb kills 12 at Kano market

Hospital director Amina Sule said she saw 12 people killed when a bomb exploded at a crowded \
market in Kano on Tuesday.
"""

# Two undated wire stories on one strike, days apart: three locals then, five now. Neither
# names a time and their ledes do not confirm each other, so nothing establishes one event.
STRIKE_TALKS = """COMINCO SETS TALKS ON STRIKE

Cominco Ltd said it set tentative talks with three striking union locals at its Trail smelter.
"""
STRIKE_STALLED = """COMINCO TALKS STALLED

Cominco Ltd has no contract negotiations scheduled this week with any of the five striking \
locals at the Trail smelter, union spokesmen said.
"""

# One figure in words with a fraction, against "about 1 million" and "1.5 million" (new-user
# trial, finding 3: "one and a half million" was read as 1 million).
SALES_ABOUT_ONE = """Harrow Motors sales report

Published 10 September 2025

Harrow Motors sold about 1 million vehicles in Europe last year, chief executive Lena Vogt said \
on Tuesday.
"""
SALES_WORDS = """Harrow Motors results

Published 10 September 2025

Harrow Motors sold one and a half million vehicles in Europe last year, according to analyst \
firm Brightline Data.
"""
SALES_DIGITS = SALES_ABOUT_ONE.replace("about 1 million", "1.5 million")

# An offer and its withdrawal (ECB+ topic 10: "The Angels have offered an eight-year contract to
# Mark Teixeira" / "The Angels have withdrawn their offer"): the same people, the same kind of
# action, mostly the same words, and two events; two reports of the withdrawal are one.
OFFER_MADE = """Lions offer Velez eight-year deal

The Harbor City Lions have offered an eight-year contract to free-agent pitcher Dario Velez, \
according to the team's radio station.

Velez, 29, won 18 games for the Portland Owls last season.
"""
OFFER_WITHDRAWN = """Lions out of the Velez chase

The Harbor City Lions have withdrawn their offer to free-agent pitcher Dario Velez, \
according to the Harbor City Courier.

Lions general manager Tom Reyes said the team is no longer pursuing Velez.
"""
OFFER_WITHDREW = """Velez market shrinks

The Harbor City Lions withdrew their eight-year offer to free-agent pitcher Dario Velez, \
the Portland Tribune reported.
"""
OFFERS = {"made.txt": OFFER_MADE, "withdrawn.txt": OFFER_WITHDRAWN,
          "withdrew.txt": OFFER_WITHDREW}


def _relation(out, a: str, fa: str, b: str, fb: str) -> str:
    ca, cb = _claim(out[a], fa), _claim(out[b], fb)
    if f"{b}#{cb.id}" in ca.corroborated_by:
        assert f"{a}#{ca.id}" in cb.corroborated_by
        return "support"
    if f"{b}#{cb.id}" in ca.conflicts_with:
        assert f"{a}#{ca.id}" in cb.conflicts_with
        return "conflict"
    if f"{b}#{cb.id}" in ca.partly_corroborated_by:
        return "partly"
    return "none"


@pytest.mark.parametrize("articles, a, fa, b, fb, relation", [
    # a conflict in digits and in words
    ({"fire.txt": FIRE_SERVICE, "police.txt": POLICE_WORDS},
     "fire.txt", "injured 12 workers", "police.txt", "Thirty workers", "conflict"),
    ({"fire.txt": FIRE_SERVICE, "police.txt": POLICE_DIGITS},
     "fire.txt", "injured 12 workers", "police.txt", "30 workers", "conflict"),
    ({"fire.txt": FIRE_SERVICE, "police.txt": POLICE_AGREES},
     "fire.txt", "injured 12 workers", "police.txt", "Twelve workers", "support"),
    # a floor and a count near it agree; a count well above it is another count of the event
    # (trial 23: "at least 14" and "Twenty-three", disputed): partly, not a confirmation
    ({"fire.txt": FIRE_FLOOR, "police.txt": POLICE_ROUNDED},
     "fire.txt", "at least 12 workers", "police.txt", "Thirteen workers", "support"),
    ({"fire.txt": FIRE_FLOOR, "police.txt": POLICE_HIGHER},
     "fire.txt", "at least 12 workers", "police.txt", "Nineteen workers", "partly"),
    # the same event reported a day apart; a sibling quake (Friday, Vallenar) is another event
    ({"a.txt": QUAKE_TUESDAY, "b.txt": QUAKE_SAME_DAY},
     "a.txt", "6.1 earthquake struck", "b.txt", "6.1 magnitude earthquake", "support"),
    ({"a.txt": QUAKE_TUESDAY, "c.txt": QUAKE_SIBLING},
     "a.txt", "6.1 earthquake struck", "c.txt", "6.1 earthquake struck", "none"),
    ({"a.txt": QUAKE_TUESDAY, "c.txt": QUAKE_SIBLING},
     "a.txt", "12 people were injured", "c.txt", "12 people were injured", "none"),
    # two issuers' bonds from one template: the issuers differ, the listing place is no event
    ({"h.txt": BONDS_HARBOR, "c.txt": BONDS_CALDER},
     "h.txt", "Harbor Mills Corp is raising", "c.txt", "Calder Foods Corp is raising", "none"),
    ({"h.txt": BONDS_HARBOR, "c.txt": BONDS_CALDER},
     "h.txt", "denominations of 1,000", "c.txt", "denominations of 5,000", "none"),
    ({"h.txt": CONTRACT_HARLAN, "c.txt": CONTRACT_CORWIN},
     "h.txt", "Harlan Oil Corp", "c.txt", "Corwin Oil Co", "none"),
    ({"h.txt": BONDS_HARBOR, "o.txt": BONDS_HARBOR_OTHER},
     "h.txt", "Harbor Mills Corp is raising", "o.txt", "Harbor Mills Corp is raising",
     "conflict"),
    # "X said it raised …" / "Y said it raised …": two companies' acts, no confirmation
    ({"u.txt": POSTINGS_UNOCAL, "m.txt": POSTINGS_MARATHON},
     "u.txt", "raised its posted prices", "m.txt", "raised the contract price", "none"),
    # two witnesses of one blast ("he saw …" / "she saw …"): people are no actors, they confirm
    ({"a.txt": BLAST_TRADER, "b.txt": BLAST_DIRECTOR},
     "a.txt", "he saw a bomb blast", "b.txt", "she saw 12 people", "support"),
    # a conflict needs its event established: a time in both, or the same people in both
    # ledes, or ledes that confirm each other
    ({"a.txt": STRIKE_TALKS, "b.txt": STRIKE_STALLED},
     "a.txt", "three striking", "b.txt", "five striking", "partly"),
    # "one and a half million" is 1.5 million, in words or in digits
    ({"a.txt": SALES_ABOUT_ONE, "b.txt": SALES_WORDS},
     "a.txt", "Harrow Motors sold", "b.txt", "Harrow Motors sold", "conflict"),
    ({"a.txt": SALES_DIGITS, "b.txt": SALES_WORDS},
     "a.txt", "Harrow Motors sold", "b.txt", "Harrow Motors sold", "support"),
    # the undoing of an action is another event than the action, however alike the words
    (OFFERS, "made.txt", "have offered", "withdrawn.txt", "have withdrawn", "none"),
    (OFFERS, "made.txt", "have offered", "withdrew.txt", "withdrew their", "none"),
    (OFFERS, "withdrawn.txt", "have withdrawn", "withdrew.txt", "withdrew their", "support"),
])
def test_cross_article_cases(articles, a, fa, b, fb, relation):
    assert _relation(_batch(articles), a, fa, b, fb) == relation


# Two ordinary-length stories of one ferry sinking (trial 17, finding 1): each names many other
# people (survivors, a doctor, a pastor), so their whole-article name/figure cosine is below
# min_document_cosine, and their ledes differ in names too; what they share is the event's
# signature, the kind of action on the same day.  A ferry that sank on another lake two weeks
# before is another event, though its lede is written alike.
SINKING_WIRE = """Ferry sinks on Lake Varna, killing at least 17

By Tomas Ilves

PORT ALDER, Republic of Estoria, June 3, 2025 (Reuters) - The MV Serafina, a passenger ferry, \
sank on Lake Varna on Monday evening, killing at least 17 people, a regional official said on \
Tuesday.

The MV Serafina was carrying 96 passengers when it went down near the harbour of Port Alder in \
a storm, regional transport chief Mikael Oras told Reuters.

"The ferry was overloaded and the crew ignored the storm warning," Oras said. "The owner has \
been arrested."

More than 30 people were rescued by fishermen and coastguard divers, according to the regional \
emergency office.

Survivors said the vessel tilted soon after leaving the quay. "Water poured in and people \
started screaming," said Liis Kask, 41, who swam to shore.

The coastguard said in a statement that 12 bodies had been recovered by Tuesday afternoon.

(Reporting by Tomas Ilves; Editing by Maria Sepp)
"""
SINKING_LOCAL = """Ferry disaster: seventeen dead

Varna Evening Echo

June 4, 2025

Seventeen people died when the MV Serafina went down on Monday evening, the regional \
government confirmed on Tuesday.

The ferry was carrying about 60 passengers, according to the harbour master, Jaan Tamm, who \
said the manifest listed 61 names.

"We counted every ticket. The boat was not overloaded," Mr Tamm said. He blamed the sudden \
storm.

Nearly 40 people were pulled from the water alive, the Red Cross said. Its local coordinator, \
Dr. Kadri Lepp, said that eight of the survivors were in a serious condition at Alder general \
hospital.

Relatives gathered at the quay on Tuesday morning, waiting for news, said Pastor Henrik Voss \
of St Olaf church.
"""
SINKING_SIBLING = """Ferry sinks on Lake Mora, killing at least 17

Mora Daily News

May 20, 2025

A passenger ferry sank on Lake Mora on Sunday evening, killing at least 17 people, a regional \
official said on Monday.

The MV Cordelia was carrying 96 passengers when it went down near the harbour of Linden in a \
storm, regional transport chief Anna Berg said.

More than 30 people were rescued by fishermen and coastguard divers, according to the regional \
emergency office.
"""


SHOOTING_SOUTH = """Two killed in South Side shooting

By Anna Clark, Chicago Tribune

June 8, 2025

CHICAGO (Reuters) - Two people were killed and one was wounded in a shooting on Chicago's South \
Side on Saturday night, police said.

The shooting happened at about 11 p.m. near 63rd Street and Cottage Grove Avenue, police \
spokesman Tom Ahern said.

The men, aged 24 and 31, were pronounced dead at the University of Chicago Medical Center, the \
Cook County medical examiner's office said.

No arrests had been made, Ahern said. Detectives were reviewing video from nearby businesses.

Neighbour Lisa Grant said she heard at least ten shots. "It sounded like fireworks," she said.

Alderman Jeanette Taylor said the block had seen three shootings this year.
"""
SHOOTING_WEST = """Two killed in West Side shooting

By Marcus Feld, Chicago Sun-Times

June 8, 2025

CHICAGO (AP) - Two people were killed and four were wounded in a shooting on Chicago's West \
Side on Saturday night, a fire department spokesman said.

The gunfire broke out at a party in the Austin neighbourhood shortly before midnight, police \
spokesman Don Terry said.

The victims, aged 19 and 22, were pronounced dead at Stroger Hospital, the Cook County medical \
examiner's office said.

No one was in custody, Terry said. A handgun was recovered at the scene.

Pastor Ira Acree said the community was exhausted by violence. "We are burying our children," \
he said.

Chicago police said the department would add patrols in Austin on Sunday.
"""


@pytest.mark.xfail(strict=True, reason="a wire lede that does not name the ship ('A passenger "
                   "ferry sank …') shares no participant with a local lede that does: one "
                   "event and one day are not enough on their own (two shootings in one city "
                   "on one night are two events)")
def test_a_lede_that_names_no_participant_is_compared_by_kind_and_day():
    wire = SINKING_WIRE.replace("The MV Serafina, a passenger ferry, sank",
                                "A passenger ferry sank")
    assert wire != SINKING_WIRE
    out = _batch({"wire.txt": wire, "local.txt": SINKING_LOCAL})
    assert _relation(out, "wire.txt", "killing at least 17", "local.txt",
                     "Seventeen people died") == "support"


def test_two_shootings_in_one_city_on_one_night_do_not_confirm_each_other():
    """Review 17: same kind of event, same day, same city, a different district and different
    victims: the same-day signature must not make them one event."""
    out = _batch({"south.txt": SHOOTING_SOUTH, "west.txt": SHOOTING_WEST})
    assert _relation(out, "south.txt", "Two people were killed", "west.txt",
                     "Two people were killed") == "none"


def test_two_stories_of_one_event_that_name_many_other_people_are_compared():
    out = _batch({"wire.txt": SINKING_WIRE, "local.txt": SINKING_LOCAL, "sibling.txt": SINKING_SIBLING})
    assert _relation(out, "wire.txt", "killing at least 17", "local.txt",
                     "Seventeen people died") == "support"
    assert _relation(out, "wire.txt", "killing at least 17", "sibling.txt",
                     "killing at least 17") == "none"
    assert not any(link.startswith("sibling.txt") for r in (out["wire.txt"], out["local.txt"])
                   for c in r.claims for link in (*c.corroborated_by, *c.conflicts_with))


ACTIVE = """Arrests in Copiapo

Police arrested two men in Copiapo on Tuesday over the theft of copper cable from the Atacama \
mine, the regional prosecutor Ana Rios said.
"""
PASSIVE = """Copper thieves held

Two men were arrested by police in Copiapo on Tuesday after copper cable was stolen from the \
Atacama mine, a police spokesman told reporters.
"""
RUNWAY_A = """Airport update

The second runway at Tamsin airport will reopen on Friday after repairs, the airport authority \
said.
"""
RUNWAY_B = """Tamsin flights

Flights will resume on runway two at Tamsin from Friday, an airline spokesman said.
"""


@pytest.mark.parametrize("a, fa, b, fb", [
    (ACTIVE, "arrested two men", PASSIVE, "were arrested"),   # active / passive, stole / stolen
    (RUNWAY_A, "runway", RUNWAY_B, "resume"),   # the two ledes: same place, same day
])
def test_paraphrases(a, fa, b, fb):
    out = _batch({"a.txt": a, "b.txt": b})
    assert _relation(out, "a.txt", fa, "b.txt", fb) == "support"


def test_figures_of_different_things_neither_conflict_nor_confirm_the_figure():
    """12 injured workers and 12 hospitalised people are different quantities: the two claims
    may still report one fire, but the link never rests on the figure."""
    out = _batch({"fire.txt": FIRE_SERVICE, "hospital.txt": HOSPITAL})
    c = _claim(out["fire.txt"], "injured 12 workers")
    assert not c.conflicts_with
    assert not any("figure" in why for why in c.links)


def test_a_link_says_why():
    out = _batch({"a.txt": QUAKE_TUESDAY, "b.txt": QUAKE_SAME_DAY})
    c = _claim(out["a.txt"], "12 people were injured")
    (why,) = [w for w in c.links if w.startswith("b.txt#")]
    assert "same event (Copiapo" in why and "figure 12 within 12–24" in why


TEMPLATE = """U.S. TREASURY ADDS RESERVES

The Federal Reserve added temporary reserves to the banking system on {day} through \
{n} billion dlrs of customer repurchase agreements, a Fed spokesman said.
"""


def test_templated_daily_reports_do_not_link_across_days():
    out = _batch({"r1.txt": TEMPLATE.format(day="Tuesday", n="1.5"),
                  "r2.txt": TEMPLATE.format(day="Wednesday", n="2.0"),
                  "r3.txt": TEMPLATE.format(day="Tuesday", n="1.5") + "\nMore follows.\n"})
    assert _relation(out, "r1.txt", "repurchase", "r2.txt", "repurchase") == "none"


DAILY = """FED ADDS RESERVES VIA CUSTOMER REPURCHASES

The Federal Reserve entered the U.S. Government securities market to arrange {n} billion dlrs \
of customer repurchase agreements, a Fed spokesman said.

Dealers said Federal funds were trading at {rate} pct when the Fed began its temporary and \
indirect supply of reserves to the banking system.
"""


# the same report with no one voice behind every issue (a spokesman speaks for the Fed)
DEALERS = DAILY.replace("a Fed spokesman said", "dealers said")


def test_issues_of_an_undated_recurring_report_neither_confirm_nor_contradict():
    out = _batch({"d1.txt": DAILY.format(n="1.5", rate="6-1/4"),
                  "d2.txt": DAILY.format(n="2.5", rate="6-3/16"),
                  "d3.txt": "Date: 1987-03-02\n\n" + DAILY.format(n="1.5", rate="6-1/8"),
                  "d4.txt": "Date: 1987-03-02\n\n" + DAILY.format(n="2.5", rate="6-1/8")})
    assert _relation(out, "d1.txt", "repurchase", "d2.txt", "repurchase") == "none"
    # dated issues of one day are one event: another figure is a conflict
    assert _relation(out, "d3.txt", "repurchase", "d4.txt", "repurchase") == "conflict"


TITLES = ("FED ADDS RESERVES VIA CUSTOMER REPURCHASES", "FED ARRANGES CUSTOMER REPURCHASE PACTS",
          "FED SETS CUSTOMER REPURCHASE AGREEMENTS")


def _issues(figures, date="", template=DAILY):
    return {f"s{k}.txt": date + template.format(n=n, rate="6-1/4").replace(DAILY.split("\n")[0], t)
            for k, (t, n) in enumerate(zip(TITLES, figures, strict=False))}


def test_three_figures_of_one_quantity_in_undated_articles_are_a_series():
    """Reuters' daily money-market reports under changing headlines: three undated issues give
    three figures of one quantity, which is a series (three days), not a conflict; two give
    two, and nothing says they are not one day's two reports."""
    three = _batch(_issues(("1.5", "2.0", "2.5")))
    assert _relation(three, "s0.txt", "repurchase", "s1.txt", "repurchase") == "none"
    assert _relation(three, "s1.txt", "repurchase", "s2.txt", "repurchase") == "none"
    two = _batch(_issues(("1.5", "2.0"), template=DEALERS))
    assert _relation(two, "s0.txt", "repurchase", "s1.txt", "repurchase") == "conflict"
    # (undated, two figures in one voice, the Fed's spokesman, are its recurring reports)
    two = _batch(_issues(("1.5", "2.0")))
    assert _relation(two, "s0.txt", "repurchase", "s1.txt", "repurchase") == "none"
    # dated, the three are one day's reports: each figure conflicts with the others
    dated = _batch(_issues(("1.5", "2.0", "2.5"), "Date: 1987-03-02\n\n"))
    assert _relation(dated, "s0.txt", "repurchase", "s2.txt", "repurchase") == "conflict"


def test_mixed_fractions_of_the_wires():
    (q,) = quantities("funds were trading at 6-1/4 pct", _norm, _stop())
    assert (q.value, q.unit) == (6.25, "%")


# --------------------------------------------------------------------------------------------
# Independence counts origins: a copy changes nobody else's scores
# --------------------------------------------------------------------------------------------

BASE_SET = {"a.txt": QUAKE_TUESDAY, "b.txt": QUAKE_SAME_DAY, "c.txt": QUAKE_SIBLING,
            "fire.txt": FIRE_SERVICE, "police.txt": POLICE_AGREES, "hospital.txt": HOSPITAL}


def _scores(out, skip: str = "") -> dict:
    """Every claim's score and every article's score, but the copy's."""
    return {**{(p, c.id): c.score for p, r in out.items() if p != skip for c in r.claims},
            **{p: r.summary.credibility_score for p, r in out.items() if p != skip}}


@pytest.fixture(scope="module")
def base_batch():
    return _batch(BASE_SET)


@pytest.mark.parametrize("copied", sorted(BASE_SET))
def test_a_copy_leaves_every_other_score_unchanged(base_batch, copied):
    with_copy = _batch({**BASE_SET, "zz-copy.txt": BASE_SET[copied]})
    assert with_copy["zz-copy.txt"].origin_group == with_copy[copied].origin_group is not None
    assert _scores(with_copy, skip="zz-copy.txt") == _scores(base_batch)


def test_copies_are_named_but_counted_once():
    out = _batch({"a.txt": QUAKE_TUESDAY, "b.txt": QUAKE_SAME_DAY,
                  "b-copy.txt": QUAKE_SAME_DAY})
    c = _claim(out["a.txt"], "12 people were injured")
    assert {r.rpartition("#")[0] for r in c.corroborated_by} == {"b.txt", "b-copy.txt"}
    assert any("corroborated by 2 independent sources, 2 articles" in r for r in c.reasons) \
        or any("corroborated by 1 independent source, 2 articles" in r for r in c.reasons)


def test_a_copy_group_is_named_after_its_original_not_its_reprint():
    from credibility.corroborate import article_key, origin_groups

    reprint = ("This article was originally published by the Daily Ledger and is reprinted with "
               "permission.\n\n" + QUAKE_SAME_DAY)
    reports = [credibility.analyze(text, path=name) for name, text in
               (("a-reprint.txt", reprint), ("z-original.txt", QUAKE_SAME_DAY))]
    assert reports[0].document.reprint_of
    _, rows = origin_groups([article_key(r) for r in reports], load_rules())
    assert {row["origin_group"] for row in rows} == {"z-original.txt"}


def test_the_batch_counts_links_between_origins():
    from credibility.corroborate import article_key, cross_links

    def links(articles):
        keys = [article_key(credibility.analyze(t, path=p)) for p, t in sorted(articles.items())]
        return cross_links(keys)

    alone = links(BASE_SET)
    copied = links({**BASE_SET, "zz-copy.txt": BASE_SET["b.txt"]})
    assert alone.independent_links() > 0
    assert copied.independent_links() == alone.independent_links()
    assert sum(map(len, copied.supports.values())) > sum(map(len, alone.supports.values()))


def test_one_named_person_quoted_by_two_outlets_is_one_source_not_two():
    """The prosecutor named with and without her title in two articles is one person: her two
    accounts do not confirm each other, however alike they are."""
    same_person = PASSIVE.replace("a police spokesman told reporters",
                                  "prosecutor Ana Rios told reporters")
    out = _batch({"a.txt": ACTIVE, "b.txt": same_person})
    assert _relation(out, "a.txt", "arrested two men", "b.txt", "were arrested") == "none"


WIRE = """Floods close roads in northern Italy

MILAN, May 17 (Reuters) - Floods closed more than 200 roads in northern Italy on Tuesday, \
police said, after three days of heavy rain.

Civil protection officials said 1,200 people had been evacuated from their homes in the Emilia-\
Romagna region.
"""
REPRINT = """Hundreds evacuated as rain hits region

This story was originally published by Reuters and is republished with permission.

Floods closed more than 200 roads in northern Italy on Tuesday, police said, after three days \
of heavy rain.

Civil protection officials said 1,200 people had been evacuated from their homes in the Emilia-\
Romagna region.

Local schools will stay closed on Wednesday, the mayor's office said.

The town council met on Monday evening to plan the response. Volunteers filled sandbags at the \
sports hall on Via Roma, and the parish opened its hall to families who had left their homes.

Shops on the main square stayed shut, and the weekly market was cancelled for the first time in\
 twenty years, the market association said.

The river Reno reached its highest level since 2019 on Tuesday morning, according to the \
regional water authority.
"""


def test_a_reprint_credited_in_words_confirms_nothing_of_its_origin():
    """A paper that republishes two paragraphs of a Reuters story ("originally published by
    Reuters") among its own is no independent confirmation of Reuters, however little of its
    text is a copy; its own paragraphs are still its own."""
    out = _batch({"reuters.txt": WIRE, "local.txt": REPRINT})
    assert out["local.txt"].origin_group is None  # too little shared text to be a copy
    assert _relation(out, "reuters.txt", "1,200 people", "local.txt", "1,200 people") == "none"
    without_credit = REPRINT.replace(
        "This story was originally published by Reuters and is republished with permission.\n\n", "")
    # without the credit, the paragraphs copied word for word are still one text (new-user
    # trial, finding 1)...
    out = _batch({"reuters.txt": WIRE, "local.txt": without_credit})
    assert _relation(out, "reuters.txt", "1,200 people", "local.txt", "1,200 people") == "none"
    # ...and the same fact in the paper's own words confirms the wire
    own_words = without_credit.replace(
        "Civil protection officials said 1,200 people had been evacuated from their homes in the "
        "Emilia-Romagna region.", "About 1,200 residents of Emilia-Romagna had to leave their "
        "homes, civil protection officials told the paper.")
    out = _batch({"reuters.txt": WIRE, "local.txt": own_words})
    assert _relation(out, "reuters.txt", "1,200 people", "local.txt", "1,200 residents") == \
        "support"


# A wire story and another paper's cut reprint of it, credited (trial 13): most of the wire's
# text, short of the index's reach.
LESVOS_WIRE = """Ferry capsizes off Lesvos, at least 14 dead

MYTILENE, Greece (Meridian Wire) - At least 14 people died when a ferry carrying migrants \
capsized off the Greek island of Lesvos early on Tuesday, the Greek coastguard said.

The coastguard said 38 people had been rescued and that the search for survivors was continuing \
with two helicopters and four vessels.

"The sea was very rough and the boat was overloaded," coastguard spokesman Nikos Alexiou told \
reporters in Mytilene.

A United Nations refugee agency official on the island, who asked not to be named because she \
was not authorised to speak to the media, said survivors had told her that about 60 people had \
been on board.

The vessel had set off from the Turkish coast on Monday night, the coastguard said.
"""
LESVOS_REPRINT = """At least 14 dead as migrant ferry capsizes off Lesvos

At least 14 people died when a ferry carrying migrants capsized off the Greek island of Lesvos \
early on Tuesday, the Greek coastguard said.

The coastguard said 38 people had been rescued and that the search for survivors was continuing \
with two helicopters and four vessels.

"The sea was very rough and the boat was overloaded," coastguard spokesman Nikos Alexiou told \
reporters in Mytilene.

This article was originally published by Meridian Wire and is reprinted with permission.
"""


def test_a_cut_reprint_credited_to_a_wire_is_one_origin_with_the_wire_story():
    out = _batch({"wire.txt": LESVOS_WIRE, "reprint.txt": LESVOS_REPRINT})
    assert out["reprint.txt"].origin_group == "wire.txt"


# A local paper that copies a wire story's first paragraphs word for word among its own
# reporting (new-user trial, finding 1); the credit line varies.
FERRY_WIRE = """Ferry runs aground off Skarra island

SKARRA, May 6 (Meridian Wire) - A passenger ferry carrying 214 people ran aground off Skarra \
island on Tuesday morning, and all passengers were taken off safely by lifeboats.

The vessel, the Nordic Star, struck rocks about two kilometres from the harbour in thick fog. \
It was refloated on the evening tide.

The coastguard said an investigation had been opened.
"""
FERRY_LOCAL = """Skarra ferry grounding: islanders demand answers

Skarra Island News
Published 6 May 2025

A passenger ferry carrying 214 people ran aground off Skarra island on Tuesday morning, and all \
passengers were taken off safely by lifeboats.

The vessel, the Nordic Star, struck rocks about two kilometres from the harbour in thick fog. \
It was refloated on the evening tide.

Islanders said the ferry had been running late all week. Councillor Jonas Berg said the \
community would demand a public inquiry. "This could have been a tragedy," he said.

Local fisherman Erik Holm said the rocks were well known to every sailor on the island.
"""
FERRY_OTHER = """Ferry aground near Skarra

Harbour Times
Published 6 May 2025

The ferry Nordic Star, with 214 people on board, hit rocks off Skarra island on Tuesday \
morning in thick fog; lifeboats took every passenger off safely, the harbour master said.
"""


def test_a_partial_copy_confirms_nothing_it_copied():
    """The copied sentences (cosine 1.00) are one text, not two reports; the local paper's own
    reporting is its own, and a third outlet that confirms the lede counts the wire and its
    copy once."""
    out = _batch({"wire.txt": FERRY_WIRE, "local.txt": FERRY_LOCAL})
    assert out["local.txt"].origin_group is None     # too little of it is the wire's
    for fragment in ("A passenger ferry carrying 214", "The vessel, the Nordic Star",
                     "It was refloated"):
        assert _relation(out, "wire.txt", fragment, "local.txt", fragment) == "none"
    assert all(not c.corroborated_by for r in out.values() for c in r.claims)
    out = _batch({"wire.txt": FERRY_WIRE, "local.txt": FERRY_LOCAL, "other.txt": FERRY_OTHER})
    other = _claim(out["other.txt"], "214 people")
    assert sorted(r.rpartition("#")[0] for r in other.corroborated_by) == ["local.txt",
                                                                            "wire.txt"]
    assert any("1 independent source, 2 articles" in why for why in other.reasons)


# --------------------------------------------------------------------------------------------
# Within one article
# --------------------------------------------------------------------------------------------

def test_a_claim_told_inside_another_confirms_nothing():
    """"The government announced A, the governor said": the governor reports the announcement;
    one sentence, one report of A, not two sources confirming each other."""
    r = credibility.analyze("Jobs\n\nThe government announced 500 new jobs at the Lisbran port, "
                            "Governor Ana Rill said on Wednesday.\n", path="jobs.txt")
    governor = _claim(r, "The government announced")
    assert r.source(governor.source_id).name == "Ana Rill"
    assert "Governor Ana Rill said" not in " ".join(c.span.text for c in r.claims)
    assert all(not c.corroborated_by for c in r.claims)
    assert not any(f.startswith("+") for f in r.summary.findings)


def test_an_opening_pronoun_is_the_closing_source_not_one_it_reports():
    r = credibility.analyze("Chips\n\nThey said the chief had asked the team to make the chips "
                            "more efficient, two of the people said.\n", path="chips.txt")
    assert all(c.span.text.startswith("the chief") and not c.span.text.endswith("said")
               for c in r.claims)
    # one statement, told once: the closing source's, not the pronoun's copy of it
    assert len(r.claims) == 1 and r.source(r.claims[0].source_id).name == "two of the people"


def test_two_figures_for_one_count_conflict_when_one_names_no_place():
    r = credibility.analyze("Crash\n\nPolice said 12 people were injured in the crash on the A1 "
                            "motorway near Dunmore. Hospital officials said 30 people were "
                            "injured in the crash.\n", path="crash.txt")
    police, hospital = _claim(r, "12 people"), _claim(r, "30 people")
    assert police.conflicts_with == (hospital.id,) and hospital.conflicts_with == (police.id,)
    conflict = [f for f in r.summary.findings if "conflict" in f]
    assert conflict and conflict[0].count("\u2194") == 1     # the pair once, not twice


def test_a_count_well_above_a_floor_partly_confirms_it_within_one_article():
    r = credibility.analyze("Ferry\n\nAt least 14 people were killed when a ferry capsized off "
                            "Isla Verde on Sunday, the coast guard said.\n\nTwenty-three people "
                            "were killed when the ferry capsized off Isla Verde on Sunday, "
                            "provincial disaster officer Ramon Aquino said.\n", path="ferry.txt")
    floor, count = _claim(r, "At least 14"), _claim(r, "Twenty-three")
    assert floor.corroboration == count.corroboration == "single_source"
    assert any("partly confirmed" in why and count.id in why for why in floor.reasons)


@pytest.mark.parametrize("floor, count", [
    ("Dozens of people", "Thirty-seven people"),          # review 23: 37 is dozens
    ("More than 1,000 people", "A total of 1,340 people"),  # what a round floor rounds
])
def test_a_vague_or_round_floor_is_confirmed_by_a_count_it_covers(floor, count):
    r = credibility.analyze(f"Bus crash\n\n{floor} were killed when a bus plunged into a gorge "
                            f"near Rampur on Sunday, the district police said.\n\n{count} were "
                            "killed when the bus plunged into the gorge near Rampur on Sunday, "
                            "state disaster official Anil Mehta said.\n", path="bus.txt")
    a, b = _claim(r, floor), _claim(r, count)
    assert a.corroboration == b.corroboration == "corroborated"


def test_two_bidders_offers_in_one_article_do_not_conflict():
    """Deals, offers and stakes come in several in one article: two bidders' prices are two
    offers, not one figure reported two ways (all of Reuters: 76 of 96 such "conflicts")."""
    r = credibility.analyze(
        "Harper bids\n\nHarcourt Brace Jovanovich said it offered to acquire Harper and Row for "
        "50 dlrs a share in cash. Investor Theodore Cross said he had offered to acquire Harper "
        "and Row for 34 dlrs a share.\n", path="h.txt")
    assert all(not c.conflicts_with for c in r.claims)


def test_strike_phrasings_are_one_kind_of_action():
    """Dockworkers who walked off the job or walked out went on strike: 3,000 contradicts
    "about 2,400" and 2,500 falls in it (new-user trial, finding 14)."""
    r = credibility.analyze(
        "Port strike\n\nPublished 10 September 2025\n\n"
        "About 2,400 dockworkers walked off the job on Tuesday, the port authority said.\n\n"
        "Union president Teodora Vrana said 3,000 dockworkers had walked off the job on "
        "Tuesday.\n\nA ministry official, who was not authorised to speak to the press, said "
        "about 2,500 dockworkers had walked out on Tuesday.\n", path="port.txt")
    authority, union, ministry = (_claim(r, f) for f in ("About 2,400", "3,000", "about 2,500"))
    assert union.id in authority.conflicts_with and authority.id in union.conflicts_with
    assert ministry.id in authority.corroborated_by and authority.id in ministry.corroborated_by


def test_deaths_and_injuries_in_one_article_do_not_conflict():
    r = credibility.analyze("Quake\n\nThe earthquake killed 12 people in Ostrel, the governor "
                            "said. Hospital officials said 200 people were injured.\n",
                            path="quake.txt")
    assert not any(c.conflicts_with for c in r.claims)


def test_a_very_long_repetitive_article_stays_bounded():
    """A story pasted 60 times: links stay within max_links_per_claim (no quadratic blow-up)."""
    story = ("Police said 12 people were injured in the crash near Dunmore. Hospital officials "
             "said 30 people were injured in the crash near Dunmore. A fire service spokesman "
             "said 12 people were hurt near Dunmore.\n\n")
    r = credibility.analyze("Crash\n\n" + story * 60, path="long.txt")
    most = load_rules().corroboration["within_article"]["max_links_per_claim"]
    assert max(len(c.links) for c in r.claims) <= most
    assert any(c.conflicts_with for c in r.claims)


def test_two_ledes_about_one_event_saying_different_things_do_not_confirm_each_other(tmp_path):
    """tests/data/bridge: a fictional bridge collapse as seven outlets tell it (written for the
    tests, as a new user tried the tool).  The warning about corrosion and the death toll are
    both ledes about the collapse, but neither confirms the other."""
    import shutil

    from credibility.batch import run_batch

    shutil.copytree(Path(__file__).parent / "data" / "bridge", tmp_path / "in")
    run_batch(tmp_path / "in", tmp_path / "out", jobs=1)
    reports = [json.loads(line) for line in
               (tmp_path / "out" / "reports.jsonl").read_text(encoding="utf-8").splitlines()]
    page = next(r for r in reports if r["document"]["path"] == "page.html")
    warning = next(c for c in page["claims"] if "corrosion" in c["text"])
    assert not any("good.jsonl" in ref for ref in warning["corroborated_by"])
    assert not any("lede" in why for r in reports for c in r["claims"] for why in c["links"])


# Two ledes about one named storm, and two about one quake, that report different facts of it
# (new-user trial, finding 2): the event is confirmed, neither claim is.
STORM_POWER = """Storm Elsa leaves 1.5 million without power across the north

LANGMOOR, Nov 3 (Meridian Wire) - About 1.5 million homes and businesses lost power on Sunday \
as Storm Elsa brought gusts of up to 95 mph to the northern provinces, the grid operator \
Nordgrid said.
"""
STORM_DEATHS = """Storm Elsa: deaths rise to six as clean-up begins

The Northern Chronicle
Published 4 November 2025

Six people have now died as a result of Storm Elsa, which struck the northern provinces on \
Sunday, police said on Monday.
"""
QUAKE_HOMES = """Earthquake strikes Varga province

Eastern Herald
Published 9 March 2025

A magnitude 6.2 earthquake destroyed about 300 homes in Varga province on Saturday, the \
provincial government said.
"""
QUAKE_DEAD = """Varga earthquake: hospital overwhelmed

Coastal Times
Published 9 March 2025

Twelve people were killed when a magnitude 6.2 earthquake struck Varga province on Saturday, \
police said.
"""


@pytest.mark.parametrize("a, fa, b, fb", [
    (STORM_POWER, "About 1.5 million homes", STORM_DEATHS, "Six people"),
    (QUAKE_HOMES, "about 300 homes", QUAKE_DEAD, "Twelve people"),   # the 6.2 is shared
])
def test_ledes_reporting_different_facts_of_one_event_only_partly_confirm(tmp_path, a, fa, b,
                                                                         fb):
    out = _batch({"a.txt": a, "b.txt": b})
    ca, cb = _claim(out["a.txt"], fa), _claim(out["b.txt"], fb)
    assert _relation(out, "a.txt", fa, "b.txt", fb) == "partly"
    assert (ca.corroboration, cb.corroboration) == ("single_source", "single_source")
    assert ca.partly_corroborated_by == (f"b.txt#{cb.id}",)
    assert cb.partly_corroborated_by == (f"a.txt#{ca.id}",)
    assert "partly: same event" in ca.links[0] and "different figures" in ca.links[0]
    # ...and so in the batch's JSON
    claims = _batch_claims(tmp_path, {"a.txt": a, "b.txt": b})
    assert claims["a.txt"][int(ca.id[1:]) - 1]["partly_corroborated_by"] == [f"b.txt#{cb.id}"]


# One event in three outlets (tests/data/one_event, from a new-user trial): two give 14
# injured, one 22.  The third article (agreeing with the first) must not undo the first two's
# conflict: in a batch this small the names' IDF moved their similarity below the bar.
ONE_EVENT = Path(__file__).parent / "data" / "one_event"


def test_a_third_outlet_does_not_undo_a_conflict():
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(ONE_EVENT.iterdir())}
    two = {k: v for k, v in texts.items() if k != "brannock_post.md"}
    for articles in (two, texts):
        out = _batch(articles)
        assert _relation(out, "harbour_times.txt", "injured 14", "labour_wire.txt",
                         "injured 22") == "conflict", sorted(articles)


def test_the_batch_counts_its_conflicts(tmp_path):
    """The closing line counts conflicts between origins as it counts links (new-user trial:
    "0 cross-article link(s)" when the batch's one finding was a conflict)."""
    from credibility.batch import run_batch

    result = run_batch(ONE_EVENT, tmp_path / "out", jobs=1)
    assert (result.cross_links, result.cross_conflicts) == (1, 2)


DENIAL = """Plant owner rejects claims over tank leaks

Harwick Metals on Tuesday denied that it had ignored warnings about leaking acid tanks at its \
Dunford plant, and said every tank had passed inspection in March.
"""
ACCUSATION = """Regulator says metals firm ignored warnings

Harwick Metals ignored warnings about leaking acid tanks at its Dunford plant for two years, \
the regional environment agency said on Tuesday.
"""


def test_a_denial_never_confirms_what_it_denies():
    """"X denied that it had ignored warnings" and "X ignored warnings" say opposite things;
    they were a confirmation across outlets (new-user trial)."""
    out = _batch({"denial.txt": DENIAL, "accusation.txt": ACCUSATION})
    assert _relation(out, "denial.txt", "ignored warnings", "accusation.txt",
                     "ignored warnings") != "support"
    within = credibility.analyze(DENIAL.split("\n\n", 1)[1] + " " + ACCUSATION.split("\n\n", 1)[1])
    assert not any(c.corroborated_by for c in within.claims)


RESULTS = """Tarrow Foods profit rises

Tarrow Foods said on Thursday that its quarterly profit rose to $212 million. Revenue grew \
9 percent to $2.6 billion.
"""
FORECAST = """Tarrow Foods beats forecasts

Tarrow Foods reported quarterly profit of $212 million on Thursday. Analysts had expected \
revenue of $2.4 billion, according to a poll by MarketView.
"""


def test_an_amount_must_meet_the_other_claims_amount():
    """"grew 9 percent to $2.6 billion" and "had expected revenue of $2.4 billion" say
    different things: no confirmation (new-user trial, linked as "said alike")."""
    out = _batch({"results.txt": RESULTS, "forecast.txt": FORECAST})
    assert _relation(out, "results.txt", "$2.6 billion", "forecast.txt", "$2.4 billion") \
        != "support"


GOVERNOR_NAMED = """Ohio plant blast: governor promises inquiry

Published 4 March 2026

Ohio Governor Mark Hale visited the Keller Chemical plant in Harlow Ridge on Wednesday.

"We are going to find out exactly what happened at the Keller plant and why," Mr Hale told \
reporters in Harlow Ridge.
"""
GOVERNOR_ROLE = """Harlow Ridge deserves answers

Published 5 March 2026

The governor says he is going to find out exactly what happened at the Keller plant in Harlow \
Ridge and why.
"""


def test_an_office_named_without_its_holder_is_the_holder_named_elsewhere():
    """"The governor says" in one outlet and Ohio Governor Mark Hale quoted in another are one
    voice, not a confirmation (trial 12, finding 1: the governor confirmed himself)."""
    out = _batch({"a.txt": GOVERNOR_NAMED, "b.txt": GOVERNOR_ROLE})
    assert _relation(out, "a.txt", "We are going", "b.txt", "he is going") == "none"


def test_holders_of_offices_of_one_name_are_two_voices():
    from credibility.corroborate.across import _shared_voice

    assert _shared_voice(frozenset({"office:governor"}), frozenset({"holder:governor"}))
    assert _shared_voice(frozenset({"holder:governor"}), frozenset({"office:governor"}))
    assert not _shared_voice(frozenset({"holder:governor"}), frozenset({"holder:governor"}))
    assert not _shared_voice(frozenset({"office:governor"}),
                             frozenset({"holder:lieutenant governor"}))


IFS_REUTERS = """Britain plans to cut hospital building budget

LONDON, March 5 (Reuters) - Britain's government plans to cut 2.4 billion pounds from the \
health service's capital budget over two years, two government officials said on Tuesday.

A report by the Institute for Fiscal Studies published last month found that capital spending \
on health in England had fallen by 7% in real terms since 2010.
"""
IFS_BBC = """NHS building budget faces 2.4bn cut

Published 5 March 2026

The NHS in England faces a 2.4bn cut to its capital budget over two years, the BBC understands.

Analysis by the Institute for Fiscal Studies suggests capital spending on health has fallen by \
seven per cent in real terms since 2010.
"""


def test_one_authors_finding_cited_by_two_outlets_is_one_voice():
    """Trial 12, finding 17: the IFS's finding quoted by Reuters and by the BBC confirmed
    itself; two documents of one author are one source."""
    out = _batch({"r.txt": IFS_REUTERS, "b.txt": IFS_BBC})
    assert _relation(out, "r.txt", "capital spending", "b.txt", "capital spending") == "none"



@pytest.mark.parametrize(("phrase", "authors"), [
    ("A report by the Institute for Fiscal Studies on Monday", ["institute for fiscal studies"]),
    ("analysis by the IFS and the Resolution Foundation", ["ifs"]),
    ("a poll by Gallup", ["gallup"]),
])
def test_a_documents_author_ends_with_its_name(phrase, authors):
    from credibility.corroborate.across import _document_author, _org_name

    rx = _document_author(str(load_rules().directory))
    assert [_org_name(m.group(1)) for m in rx.finditer(phrase)] == authors


@pytest.mark.parametrize("text, kinds", [
    # "overturned" has two senses (a boat turned over, a ruling reversed): it never decides the
    # kind alone (trial 17: a capsized ferry was linked as a rule change)
    ("Seventeen people died when the MV Serafina overturned off Port Alder.", {"death"}),
    ("The MV Serafina was carrying 96 passengers when it overturned.", set()),
    ("The court overturned and repealed the curfew rule.", {"rule_change"}),
    ("The council repealed the curfew on Monday.", {"rule_change"}),
])
def test_a_word_with_two_senses_does_not_decide_the_kind_of_action(text, kinds):
    from credibility.corroborate import event_kinds

    assert event_kinds(text, load_rules()) == kinds


# --------------------------------------------------------------------------------------------
# Trial 19: one source's figure reported two ways; a duration is no count
# --------------------------------------------------------------------------------------------

def _outlet(name, lede):
    return (f"{name}\n\nCorvane to cut jobs\n\nBy Ann Lee\nPublished March 4, 2026\n\n{lede}\n\n"
            "The company said it was cooperating with its unions.\n")


def test_two_outlets_giving_one_sources_figure_differently_on_one_day_conflict():
    """Trial 19: "Corvane Foods said on Tuesday it would cut 4,500 jobs" / "… 5,200 jobs" in
    two outlets of one day was no link at all: one voice kept the conflict out, and the claim
    ("it would cut 4,500 jobs") had too few words for a matching key."""
    out = _batch({"a.txt": _outlet("Daily Ledger", "Corvane Foods said on Tuesday it would cut "
                                                   "4,500 jobs."),
                  "b.txt": _outlet("Evening Post", "Corvane Foods said on Tuesday it would cut "
                                                   "5,200 jobs.")})
    assert _relation(out, "a.txt", "4,500", "b.txt", "5,200") == "conflict"
    assert any("the same source in both reports" in why
               for why in _claim(out["a.txt"], "4,500").links)
    # the same figure is still no confirmation: one source twice
    same = _batch({"a.txt": _outlet("Daily Ledger", "Corvane Foods said on Tuesday it would cut "
                                                    "4,500 jobs."),
                   "b.txt": _outlet("Evening Post", "Corvane Foods said on Tuesday it would cut "
                                                    "4,500 jobs.")})
    assert _relation(same, "a.txt", "4,500", "b.txt", "4,500") == "none"


def test_a_length_of_time_is_no_count_of_things():
    """Trial 19: "from five departments" confirmed "more than four hours" ("figure 5 within
    4–8") because both counted words near "firefighters"."""
    (five,) = [q for q in quantities("Firefighters from five departments fought the fire.",
                                     _norm, _stop()) if q.value == 5]
    (hours,) = quantities("It took firefighters more than four hours to control the fire.",
                          _norm, _stop())
    assert hours.duration and not five.duration
    assert not five.same_quantity(hours)


def test_unnamed_officials_do_not_confirm_an_organization_the_article_quotes():
    """Trial 19: "Thirty workers were injured and three were killed …, officials said" was
    corroborated by "Three workers died at the scene, the department said" in the same
    article: officials who name no body may be the department's own."""
    text = ("Blaze guts plastics plant\n\nThirty workers were injured and three were killed on "
            "Tuesday when a fire swept through the Halvorsen Plastics factory, officials said.\n\n"
            "Three workers died at the scene, the Brackton County Fire Department said.\n")
    report = credibility.analyze(text)
    assert all(not c.corroborated_by for c in report.claims)
    # officials who name their body are that body's, and a resident is independent
    named = credibility.analyze(text.replace("officials said", "a resident said"))
    assert any(c.corroborated_by for c in named.claims)


def test_a_reprint_is_no_independent_confirmation_in_the_findings():
    """Trial 19: a claim confirmed by a story and its verbatim reprint read "+ 3 independent
    confirmations", the reprint counted as one of them (the score counted it once)."""
    story = ("Brackton Herald\n\nFactory fire\n\nBy Ruth Okonkwo\nPublished March 4, 2026\n\n"
             "BRACKTON — Three workers were killed in a fire at the Halvorsen Plastics factory on "
             "Tuesday, Fire Chief Gareth Pole said.\n")
    reprint = story.replace("Brackton Herald", "Lakeshore Daily News") + (
        "\nThis story was originally published by the Brackton Herald and is reprinted with "
        "permission.\n")
    other = ("The Valley Courier\n\nBlaze at plastics plant\n\nBy Simon Achebe\nMarch 4, 2026\n\n"
             "BRACKTON — Three workers were killed on Tuesday when fire swept through the Halvorsen "
             "Plastics factory, police said.\n")
    out = _batch({"a.txt": story, "b.txt": reprint, "c.txt": other})
    claim = _claim(out["c.txt"], "Three workers")
    assert len(claim.corroborated_by) == 2     # both articles are listed …
    finding = next(f for f in out["c.txt"].summary.findings if "independent confirmation" in f)
    assert finding.startswith("+ 1 independent confirmation ")   # … one origin counted


def test_ranges_that_only_touch_at_an_end_neither_confirm_nor_conflict():
    """Trial 19: "fought the fire for nearly four hours" (3.4-4) confirmed "took firefighters
    more than four hours" (4-8): the two meet only at four, which neither says."""
    (nearly,) = quantities("fought the fire for nearly four hours", _norm, _stop())
    (more,) = quantities("took more than four hours to control the fire", _norm, _stop())
    assert nearly.touches(more) and more.touches(nearly)
    assert features_agree("Firefighters fought the fire for nearly four hours.",
                          "It took firefighters more than four hours to control the fire.") is None
    # one figure inside a range still meets it
    assert features_agree("Firefighters fought the fire for four hours.",
                          "It took firefighters more than four hours to control the fire.")


def features_agree(a: str, b: str):
    rules = load_rules()
    return figures_agree(features(a, "", rules), features(b, "", rules))
