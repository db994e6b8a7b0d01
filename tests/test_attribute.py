"""Attribution frames, quotation styles, source spans and kinds, pinned by tables of sentences.

Every sentence here was written for these tests (none is taken from an evaluation set). One row is
one behaviour: add a row and, if needed, a rule in ``rules/``. Rows marked ``xfail`` are known
gaps, each with the reason; they double as the to-do list.
"""

from __future__ import annotations

import time

import pytest

import credibility
from credibility.attribute import attribute, summary_groups
from credibility.rules import load_rules
from credibility.segment import segment
from tests.conftest import paragraphs_document


def analyse(text: str):
    """(sources, claims) of ``text``, paragraphs separated by blank lines, no ingest involved."""
    document = paragraphs_document(text)
    rules = load_rules()
    return attribute(document, segment(document, rules), rules)


def attributed(text: str):
    """The claims of ``text`` that have a source, with their source record."""
    sources, claims = analyse(text)
    by_id = {s.id: s for s in sources}
    return [(c, by_id[c.source_id]) for c in claims if c.source_id]


def xfail(*row, reason):
    return pytest.param(*row, marks=pytest.mark.xfail(reason=reason, strict=True))


# sentence, content (the claim's text), source mention, cue
FRAMES = [
    # "X said that …" / "X says …"
    ("The mayor said that the bridge would reopen in March.",
     "the bridge would reopen in March", "The mayor", "said"),
    ("Residents say the water still smells of chlorine.",
     "the water still smells of chlorine", "Residents", "say"),
    # testimony with its content is a statement (trial 13; without it, an act)
    ("Forsyth testified that he paid Akintola in cash.",
     "he paid Akintola in cash", "Forsyth", "testified"),
    # "…, X said."
    ("The bridge will reopen in March, the mayor said.",
     "The bridge will reopen in March", "the mayor", "said"),
    # trial 18: a trailing document whose head is spelt like a verb, after a noun or an
    # adjective ("a council report", "a new report by the council"), is the source
    ("Flood barriers protecting Ashcombe failed within hours of the storm arriving, a council "
     "report has found.", "Flood barriers protecting Ashcombe failed within hours of the storm "
     "arriving", "a council report", "found"),
    ("The driver had been drinking, a police report said.", "The driver had been drinking",
     "a police report", "said"),
    ("The barriers were never tested, a new report by the council said.",
     "The barriers were never tested", "a new report by the council", "said"),
    # trial 18: an acronym before a role noun is a modifier, not the pronoun it spells
    ('"We took the site offline within twenty minutes," said IT manager Carol Penn.',
     '"We took the site offline within twenty minutes,"', "IT manager Carol Penn", "said"),
    ("IT manager Carol Penn said no resident data was accessed.",
     "no resident data was accessed", "IT manager Carol Penn", "said"),
    # a phrase without a verb before the comma opens the sentence: the content follows the verb
    ("Hours later, the county said the event was canceled.",
     "the event was canceled", "the county", "said"),
    ("In Dover, half of the voters said they were angry.",
     "they were angry", "half of the voters", "said"),
    # a discourse marker between source and verb belongs to neither
    ("Ann Lee, the county clerk, for example, said the ballots were counted twice.",
     "the ballots were counted twice", "Ann Lee, the county clerk", "said"),
    # a quantifier with its noun is a source: "one user", "each side", "One in three"
    ("The bridge should never have closed, one commuter commented.",
     "The bridge should never have closed", "one commuter", "commented"),
    ("Each side said the other had walked away from the talks.",
     "the other had walked away from the talks", "Each side", "said"),
    ("One in three said the council ignores their street.",
     "the council ignores their street", "One in three", "said"),
    # inverted: "…,” said X."
    ("“The bridge will reopen in March,” said Mayor Ann Lee.",
     "“The bridge will reopen in March,”", "Mayor Ann Lee", "said"),
    # "according to X"
    ("According to the ministry, 300 people were evacuated overnight.",
     "300 people were evacuated overnight", "the ministry", "According to"),
    ("Twelve homes were destroyed, according to the county fire department.",
     "Twelve homes were destroyed", "the county fire department", "according to"),
    # "X told Y"
    ("\"We are not done yet,\" the coach told reporters after the game.",
     "\"We are not done yet,\"", "the coach", "told"),
    ("The contractor told the council that the work was finished.",
     "the work was finished", "The contractor", "told"),
    # the reporting-verb lexicon
    ("The company denied that it had misled investors.",
     "it had misled investors", "The company", "denied"),
    ("Critics argued that the plan would raise rents.",
     "the plan would raise rents", "Critics", "argued"),
    ("Officials warned that the storm could bring flooding.",
     "the storm could bring flooding", "Officials", "warned"),
    ("The minister acknowledged that mistakes had been made.",
     "mistakes had been made", "The minister", "acknowledged"),
    ("He insisted that the money had been spent properly.",
     "the money had been spent properly", "He", "insisted"),
    # "in a statement, X …" / "X wrote on Twitter"
    ("In a statement, the company said it would cut 200 jobs.",
     "it would cut 200 jobs", "the company", "said"),
    ("The senator wrote on Twitter that the vote had been delayed.",
     "the vote had been delayed", "The senator", "wrote"),
    # "X's spokesman said"
    ("The governor’s spokesman said the budget was balanced.",
     "the budget was balanced", "The governor’s spokesman", "said"),
    # "a report by X found"
    ("A report by the state auditor found that the agency had overspent.",
     "the agency had overspent", "A report by the state auditor", "found"),
    ("The agency's report said emissions fell 4 percent last year.",
     "emissions fell 4 percent last year", "The agency's report", "said"),
    # intentions and stances
    ("The union vowed to continue the strike.", "to continue the strike", "The union", "vowed"),
    ("Mayor Ann Lee called for a new audit of the housing department.",
     "a new audit of the housing department", "Mayor Ann Lee", "called for"),
    ("The White House is saying that the talks will resume next week.",
     "the talks will resume next week", "The White House", "saying"),
    # noun cues
    ("Senator Hale's claim that the tax would fall on farmers drew an angry reply.",
     "the tax would fall on farmers drew an angry reply", "Senator Hale", "claim"),
    # apposition and titles stay in the source
    ("Sen. Chuck Schumer, D-N.Y., said the bill would pass the Senate.",
     "the bill would pass the Senate", "Sen. Chuck Schumer, D-N.Y.", "said"),
    # the listener of a participle phrase after the source does not speak
    ("Another intelligence source speaking to Fox News said the agents were investigating.",
     "the agents were investigating", "Another intelligence source", "said"),
    # an age and a home town set off by commas stay with the name (AP style)
    ("Cory James, 22, of Flint, Mich., said he had not given up hope.",
     "he had not given up hope", "Cory James, 22, of Flint, Mich.", "said"),
    ("Dana Ruiz, 41, from Hemet, said the delegates were split.",
     "the delegates were split", "Dana Ruiz, 41, from Hemet", "said"),
    ("Maria Lopez, a nurse at the county hospital, said the wards were full.",
     "the wards were full", "Maria Lopez, a nurse at the county hospital", "said"),
    ("Rep. Dana Cole (D-Ore.) said the hearing would go ahead.",
     "the hearing would go ahead", "Rep. Dana Cole (D-Ore.)", "said"),
    # the relative clause right before the verb is not part of the source
    ("A local official, who asked not to be named, said the road was closed.",
     "the road was closed", "A local official", "said"),
    # a pronoun source is the pronoun itself
    ("She said the clinic would stay open.", "the clinic would stay open", "She", "said"),
    # a relative "who" is the source mention, resolved to the phrase before it
    ("The council hired an engineer who said the dam was safe to use.",
     "the dam was safe to use", "who", "said"),
    # a second verb of the same subject joined by "and"
    ("When asked where he would go, he shrugged and noted that he was staying nearby.",
     "he was staying nearby", "he", "noted"),
    ("Some say the fence was never finished.", "the fence was never finished", "Some", "say"),
    # a quantifier standing for a group, with a stance verb ("Few believe", "A majority say";
    # not "most": "one of the most widely noticed works" is a superlative)
    ("Few believe that the economy has improved since the election.",
     "the economy has improved since the election", "Few", "believe"),
    ("A majority say the fence was never finished.", "the fence was never finished",
     "A majority", "say"),
    ("The board won its appeal in the Smith v. Jones case that said the fee was unlawful.",
     "the fee was unlawful", "that", "said"),
    # "it said" after a quotation
    ("“Coordination must improve,” it said in its annual report.",
     "“Coordination must improve,”", "it", "said"),
    # speaker labels and signatures
    ("HARRIS: We will look at every option on the table.",
     "We will look at every option on the table", "HARRIS", ":"),
    ("“The river took everything we had.” ― Rosa Diaz",
     "“The river took everything we had.”", "Rosa Diaz", "―"),
    # a document opening the sentence, unless a verb frame names another source
    ("In this poll, the senator leads by four points among likely voters.",
     "the senator leads by four points among likely voters", "this poll", "In"),
    ("In the lawsuit, the union argues that the rules are illegal.",
     "the rules are illegal", "the union", "argues"),
    # a signed quotation typed with a closing mark first
    ("”The river took everything we had.” ― Rosa Diaz",
     "”The river took everything we had.”", "Rosa Diaz", "―"),
    # a manner adverb between the source and the verb
    ("The landlords strongly disputed the findings of the study.",
     "the findings of the study", "The landlords", "disputed"),
    # auxiliaries, negations and adverbs between the source and its verb
    ("The neighbors have been demanding that the city close the road.",
     "the city close the road", "The neighbors", "demanding"),
    ("The council hired an engineer who has long argued that the dam is unsafe.",
     "the dam is unsafe", "who", "argued"),
    # an apposition after a parenthesis stays with the source
    ("Rep. Ann W. Lee (D-N.Y.), chairman of the Black Caucus PAC, said members will help "
     "raise cash.", "members will help raise cash",
     "Rep. Ann W. Lee (D-N.Y.), chairman of the Black Caucus PAC", "said"),
    # a pronoun with a contracted auxiliary
    ("He’s claiming that the count was rigged.", "the count was rigged", "He", "claiming"),
    ("She's said the plan would fail.", "the plan would fail", "She", "said"),
    # an apposition holding a relative clause with its own verb
    ("Ann Lee, one of the members who asked for the study, has called for a cap on rents.",
     "a cap on rents", "Ann Lee, one of the members who asked for the study", "called for"),
    # trailing frames with a stance verb closing the sentence, and after "as"
    ("Large sections of the city are divided by income, other studies have shown.",
     "Large sections of the city are divided by income", "other studies", "shown"),
    ("It does not answer whether the driver had a gun, as police have said.",
     "It does not answer whether the driver had a gun", "police", "said"),
    # an opening phrase without a comma before a one-word name
    ("In a radio interview Lee declared “I think the pact may be obsolete.”",
     "“I think the pact may be obsolete.”", "Lee", "declared"),
    # "states" is a cue before "that" (also past an adjunct), a noun otherwise
    ("The city states on its website that it is looking for hotels.",
     "it is looking for hotels", "The city", "states"),
    # a passive reporting verb with its agent in a by-phrase: the subject is the content
    ("The plan was criticized by several economists as too costly.",
     "The plan", "several economists", "criticized"),
    # a noun in -ly ends the source; it is no adverb
    ("The family called on police to release the videos.",
     "police to release the videos", "The family", "called on"),
    # stance verbs mined from annotated training data (benchmarks/mine_cues.py)
    ("The senator is defending the plan as a cost saver.",
     "the plan as a cost saver", "The senator", "defending"),
    ("Critics chided the mayor for the long delay.",
     "the mayor for the long delay", "Critics", "chided"),
    ("Mayor Ann Lee pressed the transit board for a meeting before the strike vote.",
     "the transit board for a meeting before the strike vote", "Mayor Ann Lee", "pressed"),
    ("Mayor Ann Lee sees the new stadium as a second chance for the waterfront.",
     "the new stadium as a second chance for the waterfront", "Mayor Ann Lee", "sees"),
    # the subject opening the sentence, kept from its speech verb by a prepositional phrase
    # and an apposition with a verb in it
    ("Dana Crewe, at a lobbying firm called Crewe Partners, argues that the levy will fail.",
     "the levy will fail", "Dana Crewe", "argues"),
    # …but not the subject of an inverted frame's content
    ("Mr. Park, 64, who ran the port for a decade, has been slow to act, said three people "
     "familiar with the port.",
     "Mr. Park, 64, who ran the port for a decade, has been slow to act",
     "three people familiar with the port", "said"),
    # a participle after a clause: its source is the subject opening the sentence
    ("Relatives of the miners killed in the blast have sued the mine owner, alleging that its "
     "managers ignored the warnings.",
     "its managers ignored the warnings", "Relatives", "alleging"),
    # an as-clause ("as the judge ordered,") is no frame with an object: the speech verb after
    # it is the frame
    ("He will stay at the clinic for 90 days as the judge ordered, his lawyer Ann Holley told "
     "reporters.",
     "He will stay at the clinic for 90 days as the judge ordered", "his lawyer Ann Holley",
     "told"),
    # only opening words ("Now", "About" before a figure) before the subject
    ("Now officials say the bridge will reopen in May.", "the bridge will reopen in May",
     "officials", "say"),
    ("About 60 percent said they had no preference.", "they had no preference", "60 percent",
     "said"),
    # a short object is content when it is a name
    ("Governor Ann Lee endorsed Rubio.", "Rubio", "Governor Ann Lee", "endorsed"),
    # a clause introducing a quotation after a colon: its subject is the source
    ("Back home, the governor returned to his old refrain: \"No new taxes, not one.\"",
     "\"No new taxes, not one.\"", "the governor", ":"),
    # where and when it was said, between the cue and a participle, is not the content
    ("Trump's excesses are sickening, Hollande said Tuesday in Paris, noting the nominee's "
     "record.", "Trump's excesses are sickening", "Hollande", "said"),
    # an opening "Asked …" clause is the question; the answer follows the verb
    ("Asked if Trump's comments had rattled them, Ryan said, \u201cSure, we are worried.\u201d",
     "\u201cSure, we are worried.\u201d", "Ryan", "said"),
    ("Asked on Fox News who leads the party, he said Ryan.", "Ryan", "he", "said"),
    # the period of a title inside the apposition does not end it
    ("\u201cIt is over,\u201d said Ann Lee, an aide to Gov. Helen Marsh.", "\u201cIt is over,\u201d",
     "Ann Lee, an aide to Gov. Helen Marsh", "said"),
    # after a trailing "told", the listener and where or when are not the content
    ("This is not about me, President Obama told his closest advisers as he labored over the "
     "speech.", "This is not about me", "President Obama", "told"),
    ("Michigan was only doing what 40 states already do, he told the court in his filing.",
     "Michigan was only doing what 40 states already do", "he", "told"),
    # a participle after a quotation's closing mark; its subject is not a name inside the quote
    ("Donald Trump delivered a defense of \u201cNew York values,\u201d saying the city embodied "
     "the bravery of America.", "the city embodied the bravery of America", "Donald Trump",
     "saying"),
    # after a quotation that opens the sentence, a verb the lists lack, read with tags: an
    # irregular one, or one with a particle or where and when after it
    ("“We will not back down,” the statement read.", "“We will not back down,”",
     "the statement", "read"),
    ("“This is not the time,” Senator Pat Toomey fumed on Tuesday.", "“This is not the time,”",
     "Senator Pat Toomey", "fumed"),
    ("“Nobody knows,” she went on.", "“Nobody knows,”", "she", "went"),
    # "telling" and "warning" take a listener before the content, as "told" does
    ("The senator is telling reporters in Minnesota that he is ahead.", "he is ahead",
     "The senator", "telling"),
    ("The mayor toured the site, warning residents that the river would rise.",
     "the river would rise", "The mayor", "warning"),
    # a verb followed by a participle cue: the participle frames the content
    ("The mayor spoke, warning that the river was high.", "the river was high", "The mayor",
     "warning"),
    # two modifiers of one head: the whole phrase is the source, also in a trailing frame
    ("The fire spread quickly, police and fire officials said.", "The fire spread quickly",
     "police and fire officials", "said"),
    ("Much of the money came from shell companies, campaign and corporate records show.",
     "Much of the money came from shell companies", "campaign and corporate records", "show"),
    # "according to X, who …," opening the sentence: the relative clause is the source's
    ("According to a person close to the squad, who was not authorised to discuss team "
     "matters, several senior players are unhappy.", "several senior players are unhappy",
     "a person close to the squad", "According to"),
    # "X was confirmed by Y": what was confirmed, without the auxiliary
    ("The deal has been officially confirmed by the ministry.", "The deal", "the ministry",
     "confirmed by"),
    # a long parenthesis between the name and the verb goes with the name
    ("Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a junior "
     "staffer) says he was unfocused after the election.",
     "he was unfocused after the election",
     "Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a junior "
     "staffer)", "says"),
    # a verb that reports only with a clause: with a document or a warning it reports too
    ("Hale knew the money was gone.", "the money was gone", "Hale", "knew"),
    ("The Met Office issued an amber warning for wind on Friday.",
     "an amber warning for wind on Friday", "The Met Office", "issued"),
    # where it was said stays out of the content, with its adjective and time
    ("The clerk said in a written statement that she would resign.", "she would resign",
     "The clerk", "said"),
    ("The agency said in a report last month that exports fell.", "exports fell",
     "The agency", "said"),
    # hard ones
    xfail("Everything the senator says about the budget is wrong.",
          "Everything", "the senator", "says",
          reason="the content is the antecedent of a relative clause, not what follows the cue"),
    xfail("Asked whether he would resign, the minister said no.",
          "no", "the minister", "said",
          reason="content shorter than 8 characters is dropped as noise"),
]


FRAMES += [
    # issue 10: "continued" reports a clause, a quotation, or a reporting verb after "to"
    ("Small groups of protesters continued to call for more information about the shooting.",
     "to call for more information about the shooting", "Small groups of protesters",
     "continued"),
    ("The Republican nominee continues to insist that he wants to release his taxes.",
     "he wants to release his taxes", "The Republican nominee", "continues"),
    ('She continued: "We are not going anywhere."', '"We are not going anywhere."', "She",
     "continued"),
    ("Howard continued his scathing remarks about the campaign.",
     "his scathing remarks about the campaign", "Howard", "continued"),
    # trial 12: the subject's participle, though a noun cue ("warnings about") came first, and
    # a four-letter past verb ("sued") ends the subject
    ("The family of a worker killed in the blast has sued the company, alleging it ignored "
     "repeated warnings about a faulty ventilation system.",
     "it ignored repeated warnings about a faulty ventilation system", "The family", "alleging"),
    ("The family sued the company, arguing the firm ignored warnings.",
     "the firm ignored warnings", "The family", "arguing"),
    # PolNeAR dev: a phrase of time before the subject, and a clause longer than the scan for
    # a coordinated subject reaches
    ("In August, several environmental groups granted Mr. Clarke an extension on a court "
     "order to treat polluted runoff from a former Patriot mine, saying his \"start-up capital "
     "was less than expected.\"", "his \"start-up capital was less than expected.\"",
     "several environmental groups", "saying"),
    ("In the spin room after the debate, Obama\u2019s aides were also complimentary, perhaps "
     "recognizing that imitation is the best form of flattery.",
     "imitation is the best form of flattery", "Obama\u2019s aides", "recognizing"),
    # trial 12: a role and the name set off after it are one source of "according to"
    ("According to the city finance director, Alan Pruitt, property tax revenue will rise.",
     "property tax revenue will rise", "the city finance director, Alan Pruitt", "According to"),
    ("According to the complaint, John Smith, a former employee, stole the money.",
     "John Smith, a former employee, stole the money", "the complaint", "According to"),
    # trial 12: "in a preliminary update on Tuesday" is where it was said, not what
    ("The U.S. Chemical Safety Board said in a preliminary update on Tuesday that investigators "
     "had found damaged fans.", "investigators had found damaged fans",
     "The U.S. Chemical Safety Board", "said"),
    # review: people named May or April are people; "by Wednesday morning" is a time
    ("May insists the deal will pass.", "the deal will pass", "May", "insists"),
    ("April Ryan believes the administration withheld documents.",
     "the administration withheld documents", "April Ryan", "believes"),
    # trial 12: a present plural "claim" with its clause, no "that"
    ("Union representatives claim the firm ignored repeated warnings about fumes.",
     "the firm ignored repeated warnings about fumes", "Union representatives", "claim"),
    # trial 12: "up to" and a figure is no particle ("backed up", "showed up")
    ("One of the officials said up to 12 new hospital projects could be postponed.",
     "up to 12 new hospital projects could be postponed", "One of the officials", "said"),
    # a passive's agent ends before its time ("on Monday", "last week")
    ("The report was released by the ministry on Monday.", "The report", "the ministry",
     "released"),
    ("The plan was criticized by economists last week.", "The plan", "economists",
     "criticized"),
    # a cue in -ing after "by"/"in" speaks for the clause's subject, not for the words
    # before the preposition; "responded by saying" is one frame, the gerund's
    ("Justice Clarence Thomas broke a decade-long silence by asking whether the law was fair.",
     "the law was fair", "Justice Clarence Thomas", "asking"),
    ("Hillary Clinton clearly erred in saying the figure was from the State Department.",
     "the figure was from the State Department", "Hillary Clinton", "saying"),
    ("A Chinese official responded by saying Japan should be careful.",
     "Japan should be careful", "A Chinese official", "saying"),
    # review: "said in announcing …" is the said's frame; the phrase before "that" is how it was said
    ("Tom Smith said in announcing his resignation that he was proud of his record.",
     "he was proud of his record", "Tom Smith", "said"),
    # a list item's bullet is no part of its sentence
    ("- Gallup said the survey was flawed.", "the survey was flawed", "Gallup", "said"),
    ("\u2022 The mayor said taxes would rise.", "taxes would rise", "The mayor", "said"),
    # a first name that is also a modal verb ("Will", "May") opens the name after "said"
    ("\u201cIt is expensive,\u201d said Will Doyle, a professor at Vanderbilt University.",
     "\u201cIt is expensive,\u201d", "Will Doyle", "said"),
    # a strong verb inside the relative clause of the later "said"'s source is the clause's
    ("Oracle, which recently announced a two-for-one stock split, said it will have about 28 "
     "mln shares outstanding.", "it will have about 28 mln shares outstanding", "Oracle",
     "said"),
    # trial 13: a relative clause in the claim that opens the sentence ("people who died") is
    # no source's description when a verb of the claim's own follows it
    ("The number of people who died has risen to 19, the island's deputy mayor, Stratos "
     "Kouris, said on Wednesday.", "The number of people who died has risen to 19",
     "the island's deputy mayor, Stratos Kouris", "said"),
    ("Investors who bought the shares have lost money, the regulator, Ofwat, said.",
     "Investors who bought the shares have lost money", "the regulator, Ofwat", "said"),
    # trial 23: an "according to" aside set off by commas after a subordinator or a
    # coordinator attributes the clause it sits in, not the words before it
    ("Fares rose in a year when, according to the operator's own accounts, ridership fell by "
     "a third.", "ridership fell by a third", "the operator's own accounts", "according to"),
    ("The scheme was popular at first, but, according to a survey by the trust, support has "
     "fallen below 40 percent.", "support has fallen below 40 percent",
     "a survey by the trust", "according to"),
    # trial 23: two capitalised modifiers joined by "and" share one head
    ("Turkish and Greek officials said the ferry talks would resume in May.",
     "the ferry talks would resume in May", "Turkish and Greek officials", "said"),
    ("Saudi and Omani envoys urged both sides to accept a truce.",
     "both sides to accept a truce", "Saudi and Omani envoys", "urged"),
    # trial 23: a verb of cognition with an adverb and then a clause reports the clause
    ("Dr. Osei thinks perhaps the vaccine will be ready by spring.",
     "perhaps the vaccine will be ready by spring", "Dr. Osei", "thinks"),
    # … but the opening words with their relative clause are the source when no verb follows
    ("An official who asked not to be named, citing security, said the fire started at 2am.",
     "the fire started at 2am", "An official who asked not to be named", "said"),
    # PolNeAR dev and train: an aside of where or how between the cue and "that" is neither
    # the content nor its start
    ("The nominee insists, most recently in an interview with ABC News, that he wants to "
     "release his taxes.", "he wants to release his taxes", "The nominee", "insists"),
    ("The mayor said, in a statement on Friday, that the bridge would reopen in March.",
     "the bridge would reopen in March", "The mayor", "said"),
    # PolNeAR dev: someone else's refusal with a clause of why is the source's account, not
    # a refusal recorded ("A woman said he had no comment" stays one: test_score)
    ("A Democratic source said he could not answer the questions because Republicans had only "
     "asked for the information a few hours earlier.",
     "he could not answer the questions because Republicans had only asked for the "
     "information a few hours earlier", "A Democratic source", "said"),
]


@pytest.mark.parametrize(("sentence", "content", "mention", "cue"), FRAMES)
def test_frame(sentence, content, mention, cue):
    found = attributed(sentence)
    assert found, "no attributed claim"
    claim, _ = found[0]
    assert claim.span.text == content
    assert claim.source_mention is not None and claim.source_mention.text == mention
    assert claim.cue is not None and claim.cue.text == cue


@pytest.mark.parametrize(("sentence", "content"), [
    # where or how it was said, between the speech verb and its "that", is no content
    ("Dan Patrick reported on his show on AM 570 that the Red Sox have made an offer.",
     "the Red Sox have made an offer"),
    ("The board said in its daily operations report that 39 ships were waiting.",
     "39 ships were waiting"),
    ("Azzam said in a review of Gulf capital markets that investors must change.",
     "investors must change"),
    ("The commission said at the convention in Indianapolis that refunds are low.",
     "refunds are low"),
    # ... but not when a clause begins before "that", or "that" opens a relative clause
    ("She said on Monday the plant closed that day.", "the plant closed that day"),
    ("He said on Monday it would sell that plant.", "it would sell that plant"),
])
def test_a_phrase_before_that_is_where_it_was_said(sentence, content):
    found = attributed(sentence)
    assert [c.span.text for c, _ in found] == [content]


@pytest.mark.parametrize(("sentence", "mention", "cue", "content"), [
    # a participle after the subject's noun, then a time: the later verb is the sentence's
    ("Figures released Tuesday showed unemployment rose to 7 percent.",
     "Figures released Tuesday", "showed", "unemployment rose to 7 percent"),
    ("The report published Monday found that 40 schools were unsafe.",
     "The report published Monday", "found", "40 schools were unsafe"),
    # a superlative before a source's head ("the most widely noticed works" is none)
    ("The most recent poll shows Cruz has fallen to 27 percent.", "The most recent poll",
     "shows", "Cruz has fallen to 27 percent"),
    ("The poll released Friday shows that in a head-to-head contest, Clinton leads Trump.",
     "The poll released Friday", "shows", "in a head-to-head contest, Clinton leads Trump"),
    # ... but a time before "that" is when the verb reported
    ("The company reported Tuesday that profits rose.", "The company", "reported",
     "profits rose"),
])
def test_a_document_with_a_participle_or_a_superlative_is_the_source(sentence, mention, cue,
                                                                     content):
    found = attributed(sentence)
    assert [(c.source_mention.text, c.cue.text, c.span.text) for c, _ in found] == [
        (mention, cue, content)]


@pytest.mark.parametrize("sentence, content", [
    ("It advised patients not to stop taking the drug without first talking to a doctor.",
     "patients not to stop taking the drug without first talking to a doctor"),
    ("It urged patients to return the pills.", "patients to return the pills"),
])
def test_it_giving_advice_is_the_organization(sentence, content):
    """Trial 21: "The agency said … It advised patients not to stop …" was the reporter's own
    background sentence; an organization's advice or order to someone is its claim."""
    report = credibility.analyze("Recall\n\nThe Food and Drug Administration said the tablets "
                                 "contained an impurity above the acceptable limit. "
                                 + sentence + "\n")
    assert [(c.span.text, report.source(c.source_id).name) for c in report.claims] == [
        ("the tablets contained an impurity above the acceptable limit",
         "The Food and Drug Administration"),
        (content, "The Food and Drug Administration")]


def test_it_with_an_adverb_before_the_cue_is_the_organization():
    """Reuters: "It also said …" after a company's statement was the reporter's own sentence
    (47 such sentences in the first 2,000 files)."""
    report = credibility.analyze("Recall\n\nAcme Foods Inc said it would comply with the "
                                 "order. It also said refunds would be offered.\n")
    assert [(c.span.text, report.source(c.source_id).name) for c in report.claims] == [
        ("it would comply with the order", "Acme Foods Inc"),
        ("refunds would be offered", "Acme Foods Inc")]


def test_a_relative_that_after_the_cue_is_no_complementizer():
    found = attributed("The paper reported on the crash that killed three people.")
    assert all(not c.span.text.startswith("killed") for c, _ in found)


@pytest.mark.parametrize(("sentence", "content", "mention"), [
    # a stance verb's short object before a closing speech frame: the closing frame reports
    # the whole sentence, and the object alone ("it", "less") is no claim
    ("She denied it, her lawyer said.", "She denied it", "her lawyer"),
    ("The Angels had offered less, Patrick said.", "The Angels had offered less", "Patrick"),
    ("The board rejected them, Ms. Alvarez said on Tuesday.", "The board rejected them",
     "Ms. Alvarez"),
])
def test_a_short_object_before_a_closing_frame_is_part_of_its_report(sentence, content, mention):
    found = attributed(sentence)
    assert [(c.span.text, c.source_mention.text) for c, _ in found] == [(content, mention)]


def test_a_short_object_cut_off_by_a_second_frame_is_no_claim():
    found = attributed("Few politicians would admit this, but Sen. Chris Murphy says he was "
                       "unfocused.")
    assert [(c.span.text, c.cue.text) for c, _ in found] == [("he was unfocused", "says")]


def test_a_sentence_with_its_own_statement_is_no_frame_line_of_the_quotation_before():
    """Reuters: '"Their credit rating is going to fall." GM said it anticipates a decrease …'
    gave the analyst's quotation to GM."""
    found = attributed("\u201cI don't know where the money is coming from,\u201d Glantz said. "
                       "\u201cTheir credit rating is going to fall.\u201d GM said it anticipates "
                       "a decrease in capital spending.")
    assert [(c.span.text[:12], s.name) for c, s in found] == [
        ("\u201cI don't kno", "Glantz"), ("\u201cTheir credi", "Glantz"), ("it anticipat", "GM")]


def test_a_frame_line_after_a_quotation_closed_after_its_full_stop_names_its_speaker():
    found = attributed("Trump spoke at a rally on Wednesday. \u201cRussia, if you\u2019re "
                       "listening, I hope you find the emails that are missing.\u201d Trump said. "
                       "The remark drew criticism.")
    assert [(c.source_mention.text, c.cue.text) for c, _ in found] == [("Trump", "said")]
    assert found[0][0].span.text.startswith("\u201cRussia")


@pytest.mark.parametrize(("text", "expected"), [
    # a poll's share of respondents after a comma and "but" or "and" reports a second answer
    # (PolNeAR: "Two in three said …, and nearly three in five said …"); the first answer ends
    # before it, not before the first answer's own "they prefer"
    ("About three in 10 said they prefer a more liberal agenda, but six in 10 said they want "
     "the next president to continue those policies.",
     [("three in 10", "said", "they prefer a more liberal agenda"),
      ("six in 10", "said", "they want the next president to continue those policies")]),
    ("Some 40 percent said the party had ignored them, and 35 percent said it was hostile to "
     "their community.",
     [("Some 40 percent", "said", "the party had ignored them"),
      ("35 percent", "said", "it was hostile to their community")]),
    ("One in three said the council does not listen and one in four said it was indifferent.",
     [("One in three", "said", "the council does not listen"),
      ("one in four", "said", "it was indifferent")]),
])
def test_a_share_of_respondents_answers_inside_another_answer(text, expected):
    found = attributed(text)
    assert [(c.source_mention.text, c.cue.text, c.span.text) for c, _ in found] == expected


@pytest.mark.parametrize(("mention", "kind"), [
    # business-wire forms (trial 10): a person with a role and a firm, a firm with its trade
    ("Analyst Ravi Menon of Castlegate Securities", "named_person"),
    ("Castlegate Securities analyst Ravi Menon", "named_person"),
    ("Economist Jane Holt of Barwick Bank", "named_person"),
    ("The grid operator Nordgrid", "named_organization"),
    ("The carmaker Carrow", "named_organization"),
    # two first names ("Orla", "Marine"), but "said it would" says company (trial 18)
    ("The ferry operator Orla Marine", "named_organization"),
    ("Crestline Advisers", "named_organization"),
    ("The chief executive, Donna Akers,", "named_person"),
])
def test_source_kind_with_the_entity_layer(mention, kind):
    report = credibility.analyze(f"{mention} said it would publish the results next week.")
    assert [s.kind for s in report.sources] == [kind]


def test_she_after_a_chief_executive_named_in_apposition_is_her():
    report = credibility.analyze("Robert Ames said the agency was concerned. The chief executive, Donna "
                     "Akers, said the hospital had tried to hire nurses. She said nobody came.")
    names = {s.id: s.name for s in report.sources}
    assert [(c.span.text, names[c.source_id]) for c in report.claims][-1] == (
        "nobody came", "Donna Akers")


@pytest.mark.parametrize("text", [
    "The council member said he wanted to see whether the county could share the buildings.",
    "The mayor said she hoped to reopen the library by June.",
    # trial 25: the speaker's own act reported with a verb that is no speech verb (PolNeAR
    # annotates the outer report only)
    "State Rep. Kyle Mullins, whose district includes the plant, said he had asked the state "
    "Department of Environmental Protection to test air quality near the site.",
    # trial 25: a study that "added to evidence" is no second source inside her words
    "Dr Susan Mitchell, head of policy at Alzheimer's Research UK, said the study added to "
    "evidence that physical activity is linked to brain health.",
])
def test_a_speakers_own_wish_is_one_claim_not_two(text):
    (claim, source), = attributed(text)
    assert claim.cue.text == "said"


def test_a_briefing_is_a_document_and_it_speaks_on():
    report = credibility.analyze(
        "Carrow Motors will cut jobs, according to an internal union briefing seen by the "
        "Standard. The Allied Motor Workers briefing says the carmaker will spend two billion "
        "dollars on new plants. It says the first thirty job losses will come in March.")
    kinds = {s.id: s.kind for s in report.sources}
    said = [(c.span.text.split()[1], c.source_id) for c in report.claims if c.source_id]
    assert set(kinds.values()) == {"document"}
    assert said[1][1] == said[2][1]     # "It says" is the briefing


def test_a_definite_organization_denies():
    report = credibility.analyze("Kovar Chemicals said the spill was small. The firm denied "
                                 "any wrongdoing.")
    assert [(c.span.text, c.cue.text) for c in report.claims if c.source_id][-1] == (
        "any wrongdoing", "denied")


@pytest.mark.parametrize(("text", "name"), [
    # issue 10: "the company" is the company quoted before the ministry and the party since
    ("Acme Corp said it would cut 500 jobs. The Ministry of Labour said it would review the "
     "plan. The Labour Party called the cuts a disgrace. The company said the cuts were "
     "needed.", "Acme Corp"),
    ("Torino FC said it would appeal the ban. The Northern League, a political party, called "
     "the ruling unfair. The club said it would go to the sports court.", "Torino FC"),
])
def test_a_definite_organization_goes_back_to_one_of_its_kind(text, name):
    claims = attributed(text)
    assert claims[-1][1].name == name


def test_an_institution_is_a_body_of_its_own_not_the_company_quoted_before():
    found = attributed("Acme Corp. said the loan was repaid. The museum said the "
                       "paintings were safe.")
    assert [s.name for _, s in found] == ["Acme Corp.", "The museum"]


def test_a_separate_filing_is_another_document():
    report = credibility.analyze(
        "Hale faces a criminal complaint filed Monday. The complaint says Hale wrote cheques. "
        "In a separate civil filing last month, the foundation's board asked a judge to freeze "
        "Hale's bank accounts. The filing says the board discovered the losses after an audit.")
    documents = [s.name for s in report.sources if s.kind == "document"]
    assert documents == ["The complaint", "The filing"]


@pytest.mark.parametrize(("text", "name", "kind"), [
    # trial 11: an employee granted anonymity is not the firm named in the apposition
    ("A former employee of the contractor, Brightline Facilities, who spoke on condition of "
     "anonymity because of a confidentiality agreement, said the pumps were never serviced.",
     "A former employee of the contractor, Brightline Facilities", "anonymous_official"),
    # an outside expert with a relative clause is the source, not what he criticises
    ("Professor Lars Engqvist, a neurologist at Uppsala University who was not involved in the "
     "research, said the press release overstated the findings.", "Lars Engqvist",
     "named_person"),
    # a translation passes her words on; she said them
    ("Ann Lee met the envoy. \u201cWe must return to dialogue,\u201d she said, according to a "
     "translation provided by the ministry.", "Ann Lee", "named_person"),
    # documents seen by the paper are documents, not anonymous people
    ("Documents reviewed by the Herald show the firm billed the city twice.",
     "Documents reviewed by the Herald", "document"),
    ("Maintenance logs obtained by the Herald show the pumps failed in May.",
     "Maintenance logs obtained by the Herald", "document"),
])
def test_who_speaks_in_investigative_and_science_copy(text, name, kind):
    report = credibility.analyze(text)
    assert [(s.name, s.kind) for s in report.sources] == [(name, kind)]


def test_the_question_put_to_a_speaker_is_not_what_they_said():
    assert not [c for c, _ in attributed("Asked whether he would resign, the minister said no.")
                if c.span.text.startswith("Asked")]


NOT_ATTRIBUTIONS = [
    # acts, not statements (trial 10): the accused is no source of the accusation
    "Hale wrote 118 cheques to a company he controlled.",
    "Hale issued 40 invoices to the council.",
    "The minister released 30 prisoners on Monday.",
    "The treasurer signed 40 cheques and filed the invoices.",
    "Hale knew nothing about the payments.",
    "Hale wrote 118 cheques to a company that he controlled.",
    # a plea, testimony without its content and a reaction are acts (trial 13)
    "Forsyth pleaded guilty last year and testified for the prosecution.",
    "Akintola, 58, showed no reaction as the verdict was read.",
    "The body was found near the river on Sunday.",
    "The state has voted Republican in every election since 1980.",
    "They were deployed in groups at border guard posts, camping with the guards.",
    "It is said to be the oldest bridge in the county.",
    "Read more: What the new budget means for renters",
    "Several states could run out of money by June.",
    "The shelter is supported by grants from three foundations.",
    "Wire Sports: https://example.com/sports",
    "The union backed down after two weeks of talks.",
    "Voters approved the measure in 2020.",
    "Organizers target voters in battleground states with mailers.",
    "The Migrant Protection Protocols (MPP), known as the Mercury plan, began in 2019.",
    "The sweeps go on despite concerns about actions inconsistent with stated policy.",
    # a noun read as a verb leaves a "source" ending on an article: no source phrase does
    "Bringing the show to Cleveland will cost the party millions.",
    "The PR effort comes ahead of the expected release of the report.",
    # issue 10 (Reuters copy): "continued" tells what goes on unless a statement follows
    "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought.",
    "Aftershocks continued overnight.",
    "The insurance claim the family filed was rejected.",
    # trial 12: a time is no agent
    "The victims' names had not been released by Wednesday morning.",
    "The names had not been released by late Wednesday.",
    "Sales continued to grow in the fourth quarter.",
    # trial 17: a headline-style passive ("were" left out): the residents got the order
    "About 4,000 residents ordered to leave Pinecrest.",
    "Workers told to stay home as storm nears.",
    # trial 18: a participle after its noun, the sentence's own verb after its phrases of
    # place and time
    "The initial report released to LAist early last week was dated May 2024.",
    "The report released on Monday was dated May 2024.",
    # trial 23: an adverb after a verb of cognition, no clause after it, tells how someone
    # thinks (the writer's call on them), not what
    "The board should think again before the library closes.",
    "Parents will think twice about the longer school run.",
    "Ministers must think hard before they sign the deal.",
    # trial 23: "spoke to X" with nothing of what was said introduces X
    "We have just spoken to shop owner Dev Mistry, 54, whose cafe flooded overnight.",
    "The minister spoke with families at the shelter on Tuesday.",
    # trial 25: a past form after an article modifies the noun ("the proposed site"); "spoke
    # against it" says nothing to check
    "Several who live near the proposed site on Route 9 spoke against it during public comment.",
    # PolNeAR: how long someone spoke is no content
    "The two women spoke for about five minutes.",
    # PolNeAR: adding to a thing adds no words
    "Hillary Clinton won South Dakota's Democratic presidential primary on Tuesday, adding to "
    "her sizable delegate lead over Sen. Bernie Sanders.",
    "The latest hiccup adds to the drama that has surrounded Clinton's exclusive use of "
    "private email accounts.",
    xfail("Police found two bags of cash in the trunk of the car.",
          reason="'found' with an organization subject reads as a finding"),
]


@pytest.mark.parametrize("sentence", NOT_ATTRIBUTIONS)
def test_not_an_attribution(sentence):
    assert attributed(sentence) == []


def test_a_participle_before_a_relative_clause_keeps_the_source_whole():
    """Reuters copy: the auxiliary of "which had circulated" is the relative clause's, not the
    sentence's own verb after a participle describing its noun."""
    found = attributed("A spokesman for the National Coffee Growers Federation, commenting on "
                       "rumours which had circulated in market circles, said these were false.")
    assert {c.source_mention.text for c, _ in found} == {
        "A spokesman for the National Coffee Growers Federation"}


# trial 14: a verb's bare noun-phrase object is an act or a stance towards a thing, not a
# proposition ("called for a criminal investigation" -> claim "a criminal investigation").
# Refusing such objects in frames.py/_forward and tagged.py (content that opens no clause, no
# quotation in it, no document source) cost PolNeAR content F1 .781 -> .730 (dev) and .730 ->
# .686 (train), sourcing kind .950 -> .937: PolNeAR and the design of stance_verbs count them
# ("Mayor Ann Lee called for a new audit"). Only prepositional objects ("to Erik ten Hag")
# would be safe, but "to" and "with" are topic words. Kept as the to-do list.
_STANCE = "stance verbs' objects are claims by design (PolNeAR counts them)"
OBJECT_FRAGMENTS = [
    ("Members of the Friends of Henleaze Library group, who protested outside City Hall "
     "before the meeting, said they were considering a legal challenge.", "a legal challenge"),
    ("The Green MP Caroline Lucas called for a criminal investigation.",
     "a criminal investigation"),
    ("One source said Zirkzee had already spoken to Erik ten Hag by phone.",
     "to Erik ten Hag by phone"),
    ("I spent a month riding the route and talking to the people who use it.",
     "to the people who use it"),
    ("The Rapid Support Forces denied any involvement.", "any involvement"),
]


# inside a speech frame's content a stance frame is no report of its own (frames.py,
# _stance_inside_speech), so its object is no claim there: those rows pass
_NESTED = (0, 2)


@pytest.mark.parametrize("text, fragment", [row if n in _NESTED else xfail(*row, reason=_STANCE)
                                             for n, row in enumerate(OBJECT_FRAGMENTS)])
def test_a_bare_noun_phrase_object_is_no_claim(text, fragment):
    assert fragment not in [c.span.text for c, _ in attributed(text)]


# trial 23: inside a document's finding, a stance verb with a bare noun-phrase object is part
# of the finding, no report of its own; a speech verb there still is one
@pytest.mark.parametrize("text, claims", [
    ("The survey, published in March, found that 58 percent of tenants opposed the rent rise.",
     [("The survey, published in March", "58 percent of tenants opposed the rent rise")]),
    ("A poll by the trust found that most members backed the merger.",
     [("A poll by the trust", "most members backed the merger")]),
    ("The survey found that most tenants said they opposed the rent rise.",
     [("The survey", "most tenants said they opposed the rent rise"),
      ("most tenants", "they opposed the rent rise")]),
])
def test_a_stance_on_a_thing_inside_a_documents_finding_is_the_finding(text, claims):
    assert [(c.source_mention.text, c.span.text) for c, _ in attributed(text)] == claims


# a grant of anonymity and its stated reason are facts about the source, no claim of theirs
@pytest.mark.parametrize("text", [
    "He spoke on condition of anonymity because he feared reprisals.",
    "Two officials spoke to the Herald on condition of anonymity because they said they "
    "feared reprisals.",
    "Officials spoke with reporters on condition of anonymity to discuss internal "
    "deliberations.",
])
def test_a_grant_of_anonymity_and_its_reason_are_no_claim(text):
    assert attributed(text) == []


# a document "lists", "records" or "counts" what it holds; a person doing so acts (trial 17)
@pytest.mark.parametrize("text, claim, source", [
    ("An internal safety log obtained by The Sentinel lists 37 injuries at the site.",
     "37 injuries at the site", "An internal safety log obtained by The Sentinel"),
    ("The board minutes record that the cuts were expected to save $9 million.",
     "the cuts were expected to save $9 million", "The board minutes"),
    ("The census counts 40,000 residents in the district.", "40,000 residents in the district",
     "The census"),
    # a noun compound in -s before the verb is the subject, not a verb ("police reports")
    ("The police reports show nine arrests in the city.", "nine arrests in the city",
     "The police reports"),
    ("The police records show nine arrests in the city.", "nine arrests in the city",
     "The police records"),
])
def test_a_document_lists_records_or_counts(text, claim, source):
    found = attributed(text)
    assert [(c.span.text.rstrip("."), c.source_mention.text) for c, _ in found] == [
        (claim, source)]


@pytest.mark.parametrize("text", [
    "She records music in her garage.",
    "Election officials counted 4,000 ballots on Monday.",
    "The company lists its shares in London and New York.",
])
def test_a_person_or_company_listing_recording_or_counting_says_nothing(text):
    assert attributed(text) == []


# the noun phrase a document finds, and a quoted label, are claims all the same
@pytest.mark.parametrize("text, content", [
    ("The inspection report found widespread abuse at the home.",
     "widespread abuse at the home"),
    ("The mayor called the plan \u201ca disaster\u201d.", "the plan \u201ca disaster\u201d"),
])
def test_a_documents_finding_or_a_quoted_label_stays_a_claim(text, content):
    assert content in [c.span.text.rstrip(".") for c, _ in attributed(text)]


# text, the claims' texts in order, all of one source
QUOTE_STYLES = [
    # curly
    ("“It was frightening,” she said. “The water came up to the windows.”",
     ["“It was frightening,”", "“The water came up to the windows.”"]),
    # straight
    ('"It was frightening," she said. "The water came up to the windows."',
     ['"It was frightening,"', '"The water came up to the windows."']),
    # typewriter pairs of apostrophes
    ("''We have no comment,'' said Mr. Hart. ''The lawyers will answer.''",
     ["''We have no comment,''", "''The lawyers will answer.''"]),
    # single quotes
    ("‘We will rebuild,’ the principal said.", ["‘We will rebuild,’"]),
    # guillemets
    ("«We will rebuild», the principal said.", ["«We will rebuild»"]),
    # trial 18: the quotation after an inverted frame ending in an abbreviation ("Penn.")
    ('"We took the site offline within twenty minutes," said Carol Penn. "No resident data '
     'was accessed."',
     ['"We took the site offline within twenty minutes,"', '"No resident data was accessed."']),
    # a quote around a nested quote
    ("“He told me, ‘Go home now,’ and then he left,” the driver said.",
     ["“He told me, ‘Go home now,’ and then he left,”"]),
    # the frame in the middle of a quotation
    ("“The first thing,” she said, “was to call the neighbours.”",
     ["“The first thing,”", "“was to call the neighbours.”"]),
    # Punkt splits after a quoted question; the frame follows in lower case
    ("“Are you safe?” she asked, and the line went dead.", ["“Are you safe?”"]),
    # a quotation continued over paragraphs: each opens without the previous closing
    ("“We waited for hours,” said Jim Park, who lives on the street. “Nobody came.\n\n"
     "“Then the water rose again.\n\n“By morning the street was a river.”",
     ["“We waited for hours,”", "“Nobody came.", "“Then the water rose again.",
      "“By morning the street was a river.”"]),
    # an odd number of straight quotes: the open quote runs to the end of the sentence
    ("The chairman said \"We never agreed to that.", ["\"We never agreed to that."]),
    # a colon frame with the quotation in the next paragraph
    ("The letter from the inspector reads:\n\n“The building is unsafe and must be closed.”",
     ["“The building is unsafe and must be closed.”"]),
    # copy that mixes curly and straight marks: a straight one closes the curly one
    ("“It was frightening,\" she said. “The water came up to the windows.\"",
     ["“It was frightening,\"", "“The water came up to the windows.\""]),
    # a single mark that opens an elision inside a quotation never closes: the double mark
    # closes the quotation all the same
    ("“We built it in the ‘90s and rebuilt it after the flood,” the mayor said.",
     ["“We built it in the ‘90s and rebuilt it after the flood,”"]),
    xfail('"We never agreed to that, the chairman said.', ['"We never agreed to that'],
          reason="a frame inside a quotation left open is taken as quoted text"),
]


@pytest.mark.parametrize(("text", "contents"), QUOTE_STYLES)
def test_quote_style(text, contents):
    found = attributed(text)
    assert [c.span.text for c, _ in found] == contents
    assert len({s.id for _, s in found}) == 1


def test_continued_quote_shares_the_frames_cue():
    found = attributed("“It was frightening,” she said. “The water came up to the windows.”")
    assert found[0][0].cue == found[1][0].cue
    assert found[1][0].source_mention is None
    assert found[1][0].quote == "direct"


# mention text, expected kind
KINDS = [
    ("IT manager Carol Penn", "named_person"),      # trial 18: "IT" is no pronoun
    ("Kim Jong Un", "named_person"),
    ("Mayor Ann Lee", "named_person"),
    ("Mr. Hart", "named_person"),
    ("the Ministry of Unification", "named_organization"),
    ("The Scottish transport ministry", "named_organization"),
    ("Kern County", "named_organization"),
    ("A spokesperson for Pacific Gas and Electric", "named_organization"),
    ("the company", "named_organization"),
    ("the regulator", "named_organization"),
    ("Ofwat, the water regulator,", "named_organization"),
    ("federal regulators", "unnamed_group"),
    ("A second source, a trader in Musan,", "anonymous_resident"),
    ("The state aviation authority", "named_organization"),
    ("police", "named_organization"),
    ("a Ryanggang military official", "anonymous_official"),
    # someone of a named body, not named (new-user trial: "a Red Cross coordinator" was a
    # named person)
    ("a Red Cross coordinator", "anonymous_official"),
    # trial 17: the outlet's own staff are the outlet, on the record, not anonymous sources
    ("Our reporter at the evacuation center", "outlet"),
    ("Our correspondent in Kyiv", "outlet"),
    ("Our reporter at the evacuation center at Sonora High School", "outlet"),
    # review 18: an organization named right after the staff word ("at", "of", "for") owns
    # the staff: the organization's own people, as "The team at Acme Foods"
    ("Our team at Acme Foods", "named_organization"),
    # a national service speaks as one body, like the police
    ("The coastguard", "named_organization"),
    # an organization pointed back to by a possessive is on the record, not anonymous
    ("their union", "named_organization"),
    ("the guild", "named_organization"),
    # a name ending in a plural common noun is an organization's, a surname keeps a person
    ("Harrow Valley Buses", "named_organization"),
    ("Ann Roberts", "named_person"),
    ("a Harvard economist", "anonymous_official"),
    ("a resident of Pochon county", "anonymous_resident"),
    ("another tenant", "anonymous_resident"),
    ("one commuter", "anonymous_resident"),
    ("a source", "anonymous_source"),
    ("two people familiar with the negotiations", "anonymous_source"),
    ("sources in the region", "unnamed_group"),
    ("Housing advocates", "unnamed_group"),
    ("Half of the respondents", "unnamed_group"),
    ("Yonhap", "outlet"),
    ("The Associated Press", "outlet"),
    ("a UN report", "document"),
    ("Payroll data", "document"),
    ("the court filing", "document"),
    ("PetroGas", "named_organization"),
    ("Reuters and The Associated Press", "outlet"),
    ("Northwind Utility officials", "named_organization"),
    ("South Korean officials", "unnamed_group"),
    ("Mayor Lee's office", "named_organization"),
    ("several former and current staff and volunteers", "unnamed_group"),
    ("the Smith v. Jones case", "document"),
    ("Maria Lopez, a nurse at the county hospital,", "named_person"),
    ("City of Fresno water department director Dana Cole", "named_person"),
    # heads mined from the sources of annotated training data
    ("the party's nominee", "anonymous_official"),
    ("Her closest allies", "unnamed_group"),
    ("Two new polls", "document"),
    # trial 6: a plural common noun opening the sentence is a group, not an organization
    ("Meteorologists", "unnamed_group"),
    ("Inspectors", "unnamed_group"),
    ("Brooks", "named_person"),
    ("Indonesian Energy Minister Subroto", "named_person"),   # a portfolio, no company
    # trial 6: an organization's name apposed to a description
    ("The factory's owner, Meridian Textiles,", "named_organization"),
    # trial 25: an unnamed member of a named body is an anonymous official of it; its
    # spokesperson is its voice
    ("An Acme official", "anonymous_official"),
    ("A senior State Department official", "anonymous_official"),
    ("A White House official", "anonymous_official"),
    ("A Pentagon official", "anonymous_official"),
    ("A Treasury spokesperson", "named_organization"),
    # review 25: prosecutors speak for the case's prosecuting office, as the police do
    ("Prosecutors", "named_organization"),
    ("Federal prosecutors", "named_organization"),
    ("Police", "named_organization"),
]


KINDS += [
    ("Local and state police", "named_organization"),
    ("state and federal officials", "unnamed_group"),
    ("campaign and corporate records", "document"),
    # issue 10 (Reuters copy): a plural common noun after capitalised modifiers is a group
    ("Wall Street arbitrageurs", "unnamed_group"),
    # trial 12: capitalised only because it opens the sentence; no one named
    ("Local media", "unnamed_group"),
    ("State media", "unnamed_group"),
    ("Tokyo dealers", "unnamed_group"),
    ("New York bankers", "unnamed_group"),
    ("U.S. officials", "unnamed_group"),
    ("BankAmerica stock holders", "unnamed_group"),
    ("Calder Valley Buses", "named_organization"),
    # trial 13: a state service named with its nationality is an organization; a study's
    # phrase keeps the thousands of its figure
    ("the Greek coastguard", "named_organization"),
    ("A study of 78,000 adults", "document"),
    # a bill's or ballot measure's name and number is a document's
    ("AB 1340", "document"),
    ("Proposition 22", "document"),
    ("Measure J", "document"),
    ("The ballot measure", "document"),
    # trial 13: an inspection, an inquiry, an autopsy find things; no one anonymous
    ("an inspection", "document"),
    ("The autopsy", "document"),
    ("A parliamentary inquiry", "document"),
    # trial 14: a profession holds no office (it was an anonymous official)
    ("A local journalist", "anonymous_source"),
    ("A doctor at the hospital", "anonymous_source"),
    ("a Kenyatta Hospital doctor", "named_organization"),   # the hospital speaks
    ("Passengers at Darlington station", "unnamed_group"),
    # trial 14: ordinary words, no first name, no surname last: a brand's name
    ("Southern Vale Water", "named_organization"),
    ("Mark Greaves", "named_person"),
    ("Grace Fields", "named_person"),
    # session 16: a worker of a profession is of that profession, like a doctor or a nurse
    # (it was an anonymous resident); a worker alone is still a local
    ("A second aid worker", "anonymous_source"),
    ("A health worker in Goma", "anonymous_source"),
    ("A humanitarian worker", "anonymous_source"),
    ("A factory worker", "anonymous_resident"),
    # the role before "to"/"for" speaks; a company named for a person is still the company
    ("An aide to Agriculture Secretary Richard Lyng", "anonymous_official"),
    ("A spokesman for Senator John Warner", "anonymous_official"),
    ("Secretary of Commerce Malcolm Baldrige", "named_person"),
    ("An analyst with Dean Witter Reynolds Inc", "named_organization"),
    ("A spokeswoman for Morgan Stanley", "named_organization"),
    # trial 16: officials granted anonymity together are anonymous officials, as one is
    ("two European officials familiar with the talks", "anonymous_official"),
    ("Two government sources briefed on the plan", "anonymous_official"),
    ("Five people familiar with the matter", "anonymous_source"),
    # an institution or facility speaks as a body, not as an anonymous person (trial 17)
    ("The hospice", "named_organization"),
    ("The chamber of commerce", "named_organization"),
    ("The museum", "named_organization"),
    # a role, then a name of no organization word: a person, her first name in no list
    ("The hospice's chief executive, Priya Natarajan,", "named_person"),
    # trial 22: a place's government by its name is on the record; emergency services are a
    # vague body of people, not one anonymous person (a company's "Financial Services" is a name)
    ("The town of Harrowgate", "named_organization"),
    ("The Gulf oil state of Qatar", "named_organization"),
    ("emergency services", "unnamed_group"),
    ("GMAC Financial Services", "named_organization"),
    # trial 23: two capitalised modifiers of one plain head are an unnamed group, no name
    ("Turkish and Greek officials", "unnamed_group"),
    ("Saudi and Omani envoys", "unnamed_group"),
]


@pytest.mark.parametrize(("mention", "kind"), KINDS)
def test_source_kind(mention, kind):
    found = attributed(f"{mention} said the results would be published next week.")
    assert found, "no attributed claim"
    assert found[0][1].kind == kind


# Content shared online that nobody vouched for is a document, but unverified
# (rules/sources.toml [documents] unverified): trial 12 scored "Footage shared on social media"
# 0.80, above the named fire chief.
UNVERIFIED = [
    ("Footage shared on social media showed a column of black smoke rising above the site.",
     True),
    ("A video posted on social media showed crews at the gate.", True),
    ("Footage posted on X showed a column of black smoke rising above the site.", True),
    ("According to a video shared on social media, the roof collapsed.", True),
    ("A post on social media claimed the roof collapsed.", True),
    ("Footage verified by the BBC showed a column of black smoke rising above the site.", False),
    ("Video posted by the Harlow Ridge Fire Department on Facebook showed a column of black "
     "smoke rising above the site.", False),
    ("Footage from a security camera showed a column of black smoke rising above the site.",
     False),
    ("A report by the state inspectors found the fans had not been running.", False),
    # review: a day's possessive names no author
    ("Video shared on social media during Sunday's protest showed police at the gate.", True),
]


@pytest.mark.parametrize(("sentence", "unverified"), UNVERIFIED)
def test_unverified_content(sentence, unverified):
    (claim, source), = attributed(sentence)
    assert source.kind == "document"
    assert source.unverified is unverified


def test_unverified_content_scores_below_a_named_source():
    text = ("Fire Chief Dana Whitcomb said at least 12 people were injured.\n\n"
            "Footage shared on social media showed a column of black smoke above the site.\n")
    report = credibility.analyze(text)
    chief, footage = report.claims
    assert footage.score < chief.score
    assert footage.reasons[0] == ("unverified content shared online (S2: Footage shared on "
                                  "social media): 0.30")
    assert report.to_dict()["sources"][1]["unverified"] is True


def test_one_word_name_takes_the_full_name_from_the_text():
    text = ("Maria Lopez has lived on the block for ten years.\n\n"
            "Lopez said the sweep took her identity card.")
    (claim, source), = attributed(text)
    assert source.name == "Maria Lopez"
    assert source.kind == "named_person"
    assert claim.source_mention.text == "Lopez"


def test_an_official_of_a_company_the_article_names_is_an_anonymous_official():
    """Trial 25: "An Acme official" is one unnamed person of Acme, not Acme on the record
    (it was the company, scored as a named organization); speaking in the company's own
    published word ("said in its promotional video") it is the company."""
    text = ("Acme's towers watch the border. An Acme official said the towers saw everything. "
            "In Kern, a county official said the road was closed.")
    found = attributed(text)
    assert [s.kind for _, s in found] == ["anonymous_official", "anonymous_official"]
    text = ("Acme's towers watch the border. An Acme official said in its promotional video "
            "that the towers can be programmed to skip homes.")
    assert [s.kind for _, s in attributed(text)] == ["named_organization"]


@pytest.mark.parametrize(("after", "kind"), [
    # review 25 M6: a topic after the verb is no channel
    ("said the report on the filing was wrong.", "anonymous_official"),
    ("said the report on its website was wrong.", "anonymous_official"),
    # the channel is how the member spoke: after the verb, a day, or before the verb
    ("said on Friday in a court filing that the plant was safe.", "named_organization"),
    ("said Tuesday in a statement that the plant was safe.", "named_organization"),
    (", in a statement, said the plant was safe.", "named_organization"),
])
def test_a_members_published_channel_is_how_the_member_spoke(after, kind):
    text = "Acme's towers watch the border. An Acme official " + after
    assert [s.kind for _, s in attributed(text.replace("official ,", "official,"))] == [kind]


def test_officials_of_a_named_body_in_the_plural_stay_the_body():
    """Review 25 M6: "Two State Department officials" stay the department on the record (as the
    sourcing gold types "Southern California Edison officials said"), while one unnamed
    member, "A senior State Department official", is an anonymous official (README)."""
    found = attributed("Two State Department officials said the embassy would stay open. A "
                       "senior State Department official said the ambassador had been recalled.")
    assert [s.kind for _, s in found] == ["named_organization", "anonymous_official"]


def test_a_studys_researchers_and_authors_are_the_study():
    """Trial 25: "the researchers found" and "The authors reported" after "a large study"
    were an unnamed group and an anonymous source (the study's central finding scored 0.25,
    "The authors" was flagged for giving no reason); they are the study's authors."""
    report = credibility.analyze(
        "Walking\n\nPeople who walk around 7,000 steps a day may have a lower risk of "
        "developing dementia, according to a large study published on Wednesday.\n\nThose who "
        "walked about 7,000 steps a day had a 25% lower risk of being diagnosed with dementia, "
        "the researchers found.\n\nThe study was funded by the Spanish Ministry of Science. "
        "The authors reported no conflicts of interest.\n")
    assert [(s.name, s.kind) for s in report.sources] == [("a large study published",
                                                           "document")]
    assert len([c for c in report.claims if c.source_id]) == 3
    # researchers the article quoted as people stay those people
    report = credibility.analyze(
        "Sleep\n\nResearchers at Stanford University said on Monday that they had followed "
        "2,000 adults for a decade. Those who slept less had more heart attacks, the "
        "researchers found.\n")
    assert [(s.name, s.kind) for s in report.sources] == [
        ("Researchers at Stanford University", "unnamed_group")]


def test_researchers_who_assess_a_study_from_outside_are_not_its_authors():
    """Review 25 H5: "The researchers said the institute had overstated the rise" after two
    economists reviewed the Harbor Institute's report were credited to the report (0.80, the
    report contradicting itself). The researchers are its authors only when the text says so."""
    lede = ("Rents\n\nA report by the Harbor Institute published on Monday found that rents "
            "in the city rose 12 percent last year.\n\n")

    def sources(rest):
        report = credibility.analyze(lede + rest)
        kinds = {s.id: s.kind for s in report.sources}
        return [kinds[c.source_id] for c in report.claims if c.source_id]

    # the review's probe: other researchers, who speak by "said"
    assert sources("Two housing economists at the state university reviewed the report for "
                   "the council. The researchers said the institute had overstated the rise "
                   "by half.\n") == ["document", "unnamed_group"]
    # people introduced since the study, even when they "found"
    assert sources("Two housing economists at the state university looked at the data for "
                   "the council. The researchers found that rents rose 8 percent.\n") == [
        "document", "unnamed_group"]
    # a paragraph that assesses the study from outside
    assert sources("The researchers found that the institute had overstated the rise by "
                   "half.\n") == ["document", "unnamed_group"]
    # the text says they wrote it: a verb of finding, their own description, a relative clause
    assert sources("The researchers also found that rents rose fastest downtown.\n") == [
        "document", "document"]
    assert sources("The report's authors said more work was needed.\n") == [
        "document", "document"]
    assert sources("The researchers who conducted the study said more work was needed.\n") \
        == ["document", "document"]


def test_a_person_the_writer_asked_is_no_organization():
    """Review 25 M3: after "We asked Councillor Jane Doe …" the writer-contact rule made an
    organization "Councillor Jane Doe" and gave it "A spokesperson"; a title and a personal
    name are a person. A capitalised organization name stays the body reached."""
    report = credibility.analyze(
        "Bins\n\nWe asked Councillor Jane Doe whether the change would save money. A "
        "spokesperson said the savings would be about £400,000 a year.\n")
    assert all(s.kind != "named_organization" for s in report.sources)
    assert all("Jane Doe" not in s.name for s in report.sources)
    report = credibility.analyze(
        "Recall\n\nWe contacted Acme Foods about the recall. A spokesperson said the plant "
        "would reopen on Monday.\n")
    assert [(s.name, s.kind) for s in report.sources] == [("Acme Foods", "named_organization")]


def test_the_official_is_the_one_official_not_a_group_of_officials():
    """Trial 25: "the official said" went to "Two of the U.S. officials", a group met
    before, instead of the one State Department official quoted just before."""
    report = credibility.analyze(
        "Sanctions\n\nThe administration is preparing new sanctions, three U.S. officials said "
        "on Tuesday.\n\nA senior State Department official said the Treasury Department had "
        "compiled a list of tankers. The official was not authorized to speak publicly about "
        "the matter.\n\n\"We are looking at the whole chain, from the loading terminal to the "
        "buyer,\" the official said.\n")
    names = {s.id: (s.name, s.kind) for s in report.sources}
    quote = next(c for c in report.claims if c.span.text.startswith('"We are'))
    assert names[quote.source_id] == ("A senior State Department official",
                                      "anonymous_official")
    # one who speaks in the body's published word is the body, and still the one official
    report = credibility.analyze(
        "Troops\n\nThree U.S. officials said the plan was ready. A Pentagon official said in a "
        "statement that troops would move. \"We are ready,\" the official said.\n")
    names = {s.id: s.name for s in report.sources}
    quote = next(c for c in report.claims if c.span.text.startswith('"We are'))
    assert names[quote.source_id] == "A Pentagon official"


def test_officials_of_an_organization_named_before_are_that_organization():
    text = ("The Harbor Unified School District said the pipes were replaced. "
            "District leaders said the water was safe.")
    found = attributed(text)
    assert len({s.id for _, s in found}) == 1
    assert found[1][1].kind == "named_organization"
    assert found[1][0].source_mention.text == "District leaders"


def test_the_people_are_the_anonymous_people_met_before():
    text = ("Five people with knowledge of the talks said the deal was close. "
            "These people said the vote could come on Friday.")
    found = attributed(text)
    assert len({s.id for _, s in found}) == 1
    assert found[0][1].kind == "anonymous_source"


def test_the_officials_and_one_of_them_are_the_officials_met_before():
    """Trial 12: "The officials, who spoke on condition of anonymity because …" became a second
    source and took the reason with it; "One of the officials said …" a third.  One group,
    with its reason."""
    text = ("Two government officials said the plan was final. The officials, who spoke on "
            "condition of anonymity because the plans have not been made public, said the cuts "
            "would fall on capital spending. One of the officials said up to 12 projects could "
            "be postponed.")
    found = attributed(text)
    assert len(found) == 3 and len({s.id for _, s in found}) == 1
    assert found[0][1].kind == "unnamed_group"
    assert found[0][1].anonymity_reason == "because the plans have not been made public"


def test_government_officials_counted_are_people_not_the_government():
    """Trial 12 (the Reuters copy): "two government officials" became the government, so "The
    officials, who spoke on condition of anonymity …", "One of the officials" and "the
    official" made new sources, the last without a reason."""
    text = ("Britain's government plans to cut the budget by 2.4 billion pounds, two government "
            "officials said on Thursday. The officials, who spoke on condition of anonymity "
            "because the plans have not been made public, said the Treasury wanted savings. One "
            "of the officials said 12 projects could be postponed. \"The money simply isn't "
            "there,\" the official said.")
    found = attributed(text)
    officials = [s for _, s in found if s.name == "two government officials"]
    assert len(officials) == 4 and len({s.id for s in officials}) == 1
    assert officials[0].kind == "unnamed_group"
    assert officials[0].anonymity_reason == "because the plans have not been made public"


def test_surname_joins_the_source_named_with_an_apposition():
    text = ("Dana Cole, a legal fellow with the Harbor Law Center and a member of the L.A. "
            "Tenants Union, said the rules were weak.\n\nCole said the city would appeal.")
    found = attributed(text)
    assert len({s.id for _, s in found}) == 1
    assert found[0][1].name.startswith("Dana Cole, a legal fellow with the Harbor Law Center")


def test_pronoun_resolves_to_the_named_source():
    text = ("Dana Cole, the county's health director, said the clinic would stay open. "
            "She said it would hire two more nurses.")
    found = attributed(text)
    assert len({s.id for _, s in found}) == 1
    assert found[0][1].name == "Dana Cole, the county's health director"
    assert {c.source_mention.text for c, _ in found} == {
        "Dana Cole, the county's health director", "She"}


def test_he_and_she_do_not_swap_sources():
    text = ("Anna Diaz said the plant would close. She said 200 jobs would go. "
            "Tom Reed said the union would appeal. He said the vote was unfair. "
            "She said the decision was final.")
    found = attributed(text)
    names = [s.name for _, s in found]
    assert names == ["Anna Diaz", "Anna Diaz", "Tom Reed", "Tom Reed", "Anna Diaz"]


def test_pronoun_without_a_source_takes_the_nearest_full_name():
    text = "Jane Doe runs the shelter on Fifth Street. She said the beds were all taken."
    (claim, source), = attributed(text)
    assert source.name == "Jane Doe"
    assert claim.source_mention.text == "She"


def test_pronoun_takes_a_surname_opening_a_sentence_with_a_possessive():
    found = attributed("Tom Reed said the shelter was full. The kitchen is run by Ann Ruiz. "
                       "Ruiz’s old tent was taken last month, she said.")
    assert [s.name for _, s in found] == ["Tom Reed", "Ann Ruiz"]


def test_pronoun_takes_a_surname_opening_a_sentence_with_an_aside():
    found = attributed("Becky Blackburn runs the feed store. Pat Jordan said the party was "
                       "dying. Blackburn, for one, intends to hold her ground. “I am who I "
                       "am,” she said.")
    assert [s.name for _, s in found] == ["Pat Jordan", "Becky Blackburn"]


DOCUMENT_AUTHORS = [
    ("Last May, the Harbor Institute, which the city hired, submitted its report to the "
     "council. The report recommends lower rent increases.", "Harbor Institute's report"),
    ("The Harbor Institute's annual report came out in May. The report said rents rose.",
     "Harbor Institute's report"),
    ("A new study from the Tidewater Research Group came out in May. The study said rents "
     "rose.", "Tidewater Research Group's study"),
    # no author in sight: the document keeps its own words
    ("A report came out in May. The report said rents rose.", "The report"),
]


@pytest.mark.parametrize(("text", "name"), DOCUMENT_AUTHORS)
def test_a_document_is_named_by_its_author(text, name):
    assert [s.name for _, s in attributed(text)] == [name]


@pytest.mark.parametrize("text", [
    "In the county hall, Judge Ann Ruiz was candid with renters. “It will hurt,” she said.",
    "A clerk for the county, Ann Ruiz hears a lot of complaints. “It will hurt,” she said.",
])
def test_pronoun_takes_the_subject_named_after_an_opening_phrase(text):
    assert [s.name for _, s in attributed(text)] == ["Ann Ruiz"]


# A name set off after a description that opens a sentence is its subject, even when the verb
# reports nothing the attribution reads ("disputed that figure"): the likeliest antecedent of
# the next "he" (trial 17: "He" went to the general quoted before, a false conflict).
APPOSED_SUBJECTS = [
    ("Lt. Gen. Mohamed Osman al-Hassan said 300 soldiers had died. An RSF negotiator, "
     "Abdelrahim Hamdan Dagalo, disputed that figure. He said fewer than 100 had died.",
     "Abdelrahim Hamdan Dagalo"),
    ("Tom Reed said the talks had failed. The Chinese special envoy for the region, Xue "
     "Bing, welcomed the deal. He said aid would follow.", "Xue Bing"),
    # a clause before the comma is no description: the source quoted before stays
    ("Tom Reed said the port would reopen soon. The port was closed when a tanker, Seapride "
     "II, ran aground. He said the damage was light.", "Tom Reed"),
]


@pytest.mark.parametrize(("text", "name"), APPOSED_SUBJECTS)
def test_pronoun_takes_a_name_apposed_to_the_subject(text, name):
    assert attributed(text)[-1][1].name == name


@pytest.mark.parametrize("text", [
    # a particle capitalised because it opens the sentence (trial 17)
    "Lt. Gen. Mohamed Osman al-Hassan said the army would respect the deal. Al-Hassan said "
    "300 soldiers had died.",
    # the first full name the surname ends in is the longer name quoted before
    "Abdelrahim Hamdan Dagalo said the army had shelled civilians. Dagalo said 100 soldiers "
    "had died.",
])
def test_a_surname_joins_the_full_name_quoted_before(text):
    assert len({s.id for _, s in attributed(text)}) == 1


def test_relative_who_resolves_to_its_antecedent():
    (claim, source), = attributed("The council hired an engineer who said the dam was "
                                  "safe.")
    assert source.name == "an engineer"
    assert [m.text for m in source.mentions] == ["who"]


@pytest.mark.parametrize(("text", "name"), [
    # "who" stands for people: past a preposition when the noun before it is no person
    ("The city faced strong criticism from landlords who argued too little was being done.",
     "landlords"),
    # ...but a person with a prepositional phrase stays whole
    ("An official with the agency who asked not to be named said the plan would fail.",
     "An official with the agency"),
])
def test_who_stands_for_a_person_not_a_thing(text, name):
    assert [s.name for _, s in attributed(text)] == [name]


def test_participle_is_a_second_attribution_of_the_same_source():
    found = attributed("Police said two men were arrested, adding that a third suspect was "
                       "still at large.")
    assert [c.cue.text for c, _ in found] == ["said", "adding"]
    assert [c.span.text for c, _ in found] == ["two men were arrested",
                                                "a third suspect was still at large"]
    assert found[0][1].id == found[1][1].id


def test_participle_after_a_trailing_frame():
    found = attributed("“We will be back,” the coach told the crowd, adding that the season "
                       "was not over.")
    assert [(c.span.text, c.cue.text) for c, _ in found] == [
        ("“We will be back,”", "told"), ("the season was not over", "adding")]


def test_participle_attributes_to_the_subject_of_its_sentence():
    (claim, source), = attributed("The governor toured the flooded town on Friday, promising "
                                  "that every family would be rehoused.")
    assert claim.cue.text == "promising"
    assert claim.source_mention.text == "The governor"
    assert claim.span.text == "every family would be rehoused"


# A participle clause of the subject after its frame's content: any verb list's form in -ing,
# after a comma or dash and perhaps "while", "before", "only" or an adverb in -ly, ends the
# first content and opens a second attribution of the same source.
PARTICIPLE_CLAUSES = [
    ("The union has flatly denied the charges, pointing to the votes its members cast in May.",
     [("the charges", "denied"), ("to the votes its members cast in May", "pointing")]),
    ("The governor has promised to cut the sales tax, while also suggesting that the budget "
     "must balance.",
     [("to cut the sales tax", "promised"), ("the budget must balance", "suggesting")]),
    ("The mayor declined to claim victory - only saying that she was proud of her staff.",
     [("to claim victory", "declined"), ("she was proud of her staff", "saying")]),
    ("Ann Lee backed the levy as a councillor, opposed it as a candidate, recognizing the anger "
     "of the unions.",
     [("the levy as a councillor, opposed it as a candidate", "backed"),
      ("the anger of the unions", "recognizing")]),
    ("The senator criticized the treaty, repeatedly calling it a betrayal of the farmers.",
     [("the treaty", "criticized"), ("a betrayal of the farmers", "calling it")]),
]


@pytest.mark.parametrize(("text", "claims"), PARTICIPLE_CLAUSES)
def test_participle_clause_is_a_second_attribution(text, claims):
    found = attributed(text)
    assert [(c.span.text, c.cue.text) for c, _ in found] == claims
    assert len({s.id for _, s in found}) == 1


@pytest.mark.parametrize("text", [
    "Most voters said they were not looking forward to the campaign, and 46 percent said they "
    "were unenthusiastic.",
    "Most voters said they were not looking forward to the campaign, while 46 percent said they "
    "were unenthusiastic.",
])
def test_a_share_of_respondents_is_the_source_of_a_second_frame(text):
    found = attributed(text)
    assert [(c.span.text, c.source_mention.text) for c, _ in found] == [
        ("they were not looking forward to the campaign", "Most voters"),
        ("they were unenthusiastic", "46 percent")]


def test_a_time_opening_the_clause_is_not_the_participles_subject():
    (claim, _), = attributed("On Thursday evening Mayor Ann Lee gave her acceptance speech, "
                             "seeking to prove her credentials.")
    assert (claim.cue.text, claim.source_mention.text) == ("seeking", "Mayor Ann Lee")


@pytest.mark.parametrize(("text", "mention", "cue"), [
    # the object of a preposition before a participle does not say it; the clause's subject does
    ("Senator Ted Cruz is making a pitch to New York voters saying a state law banning fracking "
     "is hurting the economy.", "Senator Ted Cruz", "saying"),
    ("Even before Sanders took the stage, his campaign sent out a text message to supporters "
     "saying the race had been won.", "his campaign", "saying"),
    ("Ann Lee sent a memo to The Washington Post in April explaining her plan, which includes a "
     "new tax.", "Ann Lee", "explaining"),
    # a fronted participle phrase before the subject is no part of it
    ("Weighing in on the discussion, former Arkansas Gov. Mike Huckabee agreed, praising his "
     "former opponent as \"one of the most gifted stars we've got.\"",
     "former Arkansas Gov. Mike Huckabee", "praising"),
    # nor the owner of a noun cue before it ("Khan's criticism")
    ("On Sunday morning Mr. Trump made a third attempt to deflect Mr. Khan's criticism, writing "
     "on Twitter that the real issue was terrorism.", "Mr. Trump", "writing"),
])
def test_a_participle_after_an_object_is_the_subjects(text, mention, cue):
    found = attributed(text)
    assert [(c.cue.text, c.source_mention.text) for c, _ in found] == [(cue, mention)]


@pytest.mark.parametrize(("text", "mention", "contents"), [
    # a verb and its source after it, set off by commas inside what is said: both sides are
    # the content, the name after the verb the source (not the words before the comma)
    ("The contrast with Trump, said Doyle and others, would be clear since he has no former "
     "presidents by his side.", "Doyle and others",
     ["The contrast with Trump", "would be clear since he has no former presidents by his side"]),
    ("Part of the problem, say experts like Paul Bauman, a Canadian geophysicist, is the ground "
     "itself.", "experts like Paul Bauman, a Canadian geophysicist",
     ["Part of the problem", "is the ground itself"]),
])
def test_an_inverted_frame_inside_the_content(text, mention, contents):
    found = attributed(text)
    assert [c.span.text for c, _ in found] == contents
    assert {c.source_mention.text for c, _ in found} == {mention}


def test_a_subject_and_its_apposition_before_the_verb_are_the_source_not_a_list_after_it():
    """(review: 'X, chief economist at Y, said A, B, C contributed' read A and B as the source
    of an inverted frame inside the content)"""
    found = attributed("Nimit Nonthapanthawat, chief economist at the Bangkok Bank Ltd, said "
                       "Thailand's strong export performance, its high interest rates and "
                       "growing foreign investment contributed to the rise.")
    assert [(c.span.text[:30], c.source_mention.text) for c, _ in found] == [
        ("Thailand's strong export perfo",
         "Nimit Nonthapanthawat, chief economist at the Bangkok Bank Ltd")]


@pytest.mark.parametrize("text", [
    "New York (AFP) – Vice President Joe Biden on Monday hit the campaign trail for the first "
    "time, trashing Donald Trump as unqualified and accusing him of endangering troops.",
    "WASHINGTON, Dec. 8 (UPI) – Vice President Joe Biden on Monday hit the campaign trail, "
    "trashing Donald Trump as unqualified and accusing him of endangering troops.",
])
def test_a_wire_dateline_is_not_the_participles_subject(text):
    found = attributed(text)
    assert found and {c.source_mention.text for c, _ in found} == {"Vice President Joe Biden"}


def test_two_verbs_of_one_subject():
    found = attributed("Hale urged voters to follow their conscience and said he was "
                       "standing on principle.")
    assert [(c.span.text, c.cue.text) for c, _ in found] == [
        ("voters to follow their conscience", "urged"),
        ("he was standing on principle", "said")]
    assert found[0][1].id == found[1][1].id


COORDINATED = [
    # the second verb has no plausible subject of its own: the first frame's source says it
    ("Ann Lee, a city surrogate, said he’d battled through three bouts of flu and called it a "
     "common ailment.",
     [("he’d battled through three bouts of flu", "said"), ("it a common ailment", "called")]),
    ("Mr. Hale has attacked loopholes that benefit others, and has called for ending the tax "
     "break.",
     [("loopholes that benefit others", "attacked"), ("ending the tax break", "called for")]),
    # the subject of a long first clause
    ("The United Nations Security Council on Friday made a strong condemnation of the latest "
     "nuclear test and pledged to impose further sanctions.",
     [("impose further sanctions", "pledged to")]),
    # …and the first content may be one short name
    ("Director Ann Lee endorsed Clinton, but told reporters that the race was close.",
     [("Clinton", "endorsed"), ("the race was close", "told")]),
    # a second participle after "and" is a second attribution of the same source
    ("Governor Ann Lee toured the flooded town, saying the levees held and calling the damage "
     "\"painful but fair.\"",
     [("the levees held", "saying"), ("the damage \"painful but fair.\"", "calling")]),
    # "but" joins a second verb to the same subject
    ("Director Ann Lee called the plan \"careless,\" but said the agency should face no charges.",
     [("the plan \"careless,\"", "called"), ("the agency should face no charges", "said")]),
    # no reporting verb after "and": one content
    ("The mayor said the bridge was closed and traffic was diverted.",
     [("the bridge was closed and traffic was diverted", "said")]),
]


def test_a_speech_verb_closing_the_sentence_reports_all_of_it():
    """The stance frame that opens the sentence is part of what the closing frame reports, no
    report of its own (Lee said nothing: five people said Lee ordered it)."""
    found = attributed("Lee ordered a review of the bus contracts, five people with knowledge "
                       "of the request said.")
    assert [(c.span.text, c.cue.text, c.source_mention.text) for c, _ in found] == [
        ("Lee ordered a review of the bus contracts", "said",
         "five people with knowledge of the request")]


@pytest.mark.parametrize(("sentence", "expected"), COORDINATED)
def test_coordinated_verbs_share_the_source(sentence, expected):
    found = attributed(sentence)
    assert [(c.span.text, c.cue.text) for c, _ in found] == expected
    assert len({s.id for _, s in found}) == 1


@pytest.mark.parametrize(("sentence", "cue"), [
    ("The mayor allegedly took the money from the fund.", "allegedly"),
    ("The veto is expected to come before the deadline on Friday.", "is expected to"),
    ("The senator was accused of lying about the loan.", "was accused of"),
])
def test_an_adverb_or_agentless_passive_attributes_the_sentence_to_no_one(sentence, cue):
    sources, claims = analyse(sentence)
    assert sources == ()
    assert [(c.span.text, c.cue.text, c.source_id) for c in claims] == [
        (sentence.rstrip("."), cue, None)]


@pytest.mark.parametrize(("sentence", "content", "cue"), [
    ("The mayor resigned amid allegations that the vote was rigged.", "the vote was rigged",
     "allegations"),
    ("The plan drew criticism of its cost from both parties.",
     "its cost from both parties", "criticism"),
    ("The plan won support for its low cost from both parties.",
     "its low cost from both parties", "support"),
])
def test_a_noun_cue_without_an_owner_is_an_attribution_without_a_source(sentence, content, cue):
    sources, claims = analyse(sentence)
    assert sources == ()
    assert [(c.span.text, c.cue.text, c.source_id) for c in claims] == [(content, cue, None)]


@pytest.mark.parametrize(("sentence", "cue"), [
    ("Governor Ann Lee seemed to waver on the tax plan after the vote.", "seemed"),
    ("The council appears to have dropped its objection to the stadium.", "appears"),
])
def test_a_raising_verb_frames_the_writers_reading_not_its_subjects_view(sentence, cue):
    sources, claims = analyse(sentence)
    assert sources == ()
    assert [(c.cue.text, c.source_id) for c in claims] == [(cue, None)]


@pytest.mark.parametrize(("text", "mention", "cue"), [
    ("“Who will pay for the new bridge?” Okafor said. The vote is on Friday.", "Okafor", "said"),
    ("“Are you kidding me?!” asked the mayor. The vote is on Friday.", "the mayor", "asked"),
    # a question quoted inside the quotation
    ("“Her answer was, ‘what can we do to help?’” Renteria told reporters during the call.",
     "Renteria", "told"),
])
def test_a_frame_cut_off_after_a_question_or_exclamation_owns_the_quotation(text, mention, cue):
    # the "?”" or "!”" ends a sentence, so the frame after it stands alone
    (claim, _), = attributed(text)
    assert claim.span.text.startswith("“") and claim.span.text.endswith("”")
    assert (claim.source_mention.text, claim.cue.text) == (mention, cue)


def test_two_sources_in_one_sentence():
    found = attributed("Smith argued for a new stadium, but opponents said the city could "
                       "not afford it.")
    assert [(c.span.text, c.source_mention.text) for c, _ in found] == [
        ("a new stadium", "Smith"), ("the city could not afford it", "opponents")]


def test_a_verb_that_frames_nothing_does_not_hide_the_second_frame():
    # "expect" inside the first content reads as no frame; the search goes on to "he said"
    found = attributed("Okafor said he would not expect the council to back down, but he said "
                       "the mayor could still veto the plan.")
    assert [(c.span.text, c.source_mention.text, c.cue.text) for c, _ in found] == [
        ("he would not expect the council to back down", "Okafor", "said"),
        ("the mayor could still veto the plan", "he", "said")]


# PolNeAR train: after a comma (or a quotation closed with one) a second subject and its verb
# open a clause of their own; its content follows the verb, and the first content ends there.
# An apposition ("her opponent, Donald Trump, wants") or a place ("Jupiter, Florida who …")
# opens none.
@pytest.mark.parametrize("sentence, expected", [
    ("Although Weiner admitted to the newspaper that he and the woman had \u201cbeen friends "
     "for some time,\u201d he claimed they had never met in person.",
     [("he and the woman had \u201cbeen friends for some time,\u201d", "Weiner", "admitted"),
      ("they had never met in person", "he", "claimed")]),
    ("Though he said it resulted in a handful of unknown people filing papers, John said none "
     "were added to the slate.",
     [("it resulted in a handful of unknown people filing papers", "he", "said"),
      ("none were added to the slate", "John", "said")]),
    ("Clinton told the gathering she will protect those rights while her opponent, Donald "
     "Trump, wants to end them.",
     [("she will protect those rights while her opponent, Donald Trump, wants to end them",
       "Clinton", "told")]),      # (Trump's wish is part of her report, no frame of his)
    # trial 25 and PolNeAR: after a trailing or inverted frame, a coordinator and a clause
    # with a speech verb of its own report a second statement
    ("At least 14 homes have been destroyed, Delgado said, though she cautioned that the "
     "number was likely to rise as damage inspection teams reach the area.",
     [("At least 14 homes have been destroyed", "Delgado", "said"),
      ("the number was likely to rise as damage inspection teams reach the area", "she",
       "cautioned")]),
    ("\u201cVetting is one thing,\u201d Carson said on NBC's Meet the Press, but he said he is "
     "being asked about incidents that happened 20 and 50 years ago.",
     [("\u201cVetting is one thing,\u201d", "Carson", "said"),
      ("he is being asked about incidents that happened 20 and 50 years ago", "he", "said")]),
    ("\u201cThe distraction gets you off message a little,\u201d said Republican party boss "
     "Reince Priebus, though he added that he expected the flap to fade quickly.",
     [("\u201cThe distraction gets you off message a little,\u201d",
       "Republican party boss Reince Priebus", "said"),
      ("he expected the flap to fade quickly", "he", "added")]),
    # Reuters: a verb with no subject of its own after the coordinator is the trailing
    # source's when it is a speech verb; "but declined to give further details" is a refusal
    ("Air temperatures down to minus 30 C should not be harmful, she said, but added that "
     "wheat can still be damaged by cold spells in March and April.",
     [("Air temperatures down to minus 30 C should not be harmful", "she", "said"),
      ("wheat can still be damaged by cold spells in March and April", "she", "added")]),
    ("\u201cJapan has said it may be forced to reduce ore imports,\u201d one source said, but "
     "declined to give further details.",
     [("\u201cJapan has said it may be forced to reduce ore imports,\u201d", "one source",
       "said")]),
    # trial 25: the relative clause of an "according to" source states something of its own
    ("The Creston Fire was 10% contained, according to Cal Fire, which said more than 900 "
     "firefighters were working on the blaze.",
     [("The Creston Fire was 10% contained", "Cal Fire", "according to"),
      ("more than 900 firefighters were working on the blaze", "which", "said")]),
    # trial 25 and PolNeAR: what another source has not confirmed, or the speaker did not
    # say, after ", but" is the reporter's note, no part of the content
    ("A firefighter at the scene said the fire appeared to have started near a power line, "
     "but Cal Fire has not confirmed that.",
     [("the fire appeared to have started near a power line", "A firefighter at the scene",
       "said")]),
    ("Cook said Carter stopped the practice, but Cook did not say when.",
     [("Carter stopped the practice", "Cook", "said")]),
])
def test_a_clause_after_a_comma_has_its_own_frame(sentence, expected):
    found = attributed(sentence)
    assert [(c.span.text, c.source_mention.text, c.cue.text) for c, _ in found] == expected


def test_a_quotation_then_a_frame_and_a_coordinated_act_is_the_quotations():
    (claim, _), = attributed("\u201cI\u2019m supporting Tom Selleck,\u201d she said and quickly "
                             "hung up.")
    assert (claim.span.text, claim.source_mention.text) == (
        "\u201cI\u2019m supporting Tom Selleck,\u201d", "she")


def test_participle_after_a_comma_belongs_to_the_subject_not_the_noun_before_it():
    (claim, _), = attributed("The union has been outspoken in its opposition to Mayor Ruth "
                             "Delaney, arguing that her budget cuts too deep.")
    assert (claim.source_mention.text, claim.cue.text) == ("The union", "arguing")
    assert claim.span.text == "her budget cuts too deep"


def test_speech_lends_its_source_to_one_more_sentence_of_the_paragraph():
    text = ("A resident of Pochon county confirmed that troops arrived on Sunday. "
            "They were deployed in groups at border posts. The county has 30,000 people.")
    sources, claims = analyse(text)
    assert [c.source_id is not None for c in claims] == [True, True, False]


def test_background_after_a_speech_frame_is_the_reporters_voice():
    text = ("Michael Hart said the product was late. It was the first delay in years.")
    sources, claims = analyse(text)
    assert [c.source_id is not None for c in claims] == [True, False]


def test_no_comment_line_does_not_continue_an_attribution():
    text = ("Lena Park said the city follows the policy. "
            "The mayor's office did not respond to requests for comment.")
    sources, claims = analyse(text)
    assert claims[-1].source_id is None


def test_anonymity_reason_is_recorded():
    sources, _ = analyse("A military official, who requested anonymity for security reasons, "
                         "told reporters that 1,500 soldiers had arrived.")
    assert sources[0].anonymous
    assert sources[0].anonymity_reason == "for security reasons"


def test_summary_groups_sum_up_anonymous_individuals():
    text = ("Sources in the region said troops had arrived. A resident said the border was "
            "closed. An official said the crackdown would last a month.")
    sources, _ = analyse(text)
    groups = summary_groups(sources, load_rules().sources.source_words)
    assert list(groups) == [sources[0].id]
    assert set(groups[sources[0].id]) == {s.id for s in sources[1:]}


def test_offsets_index_the_text():
    text = "“It was frightening,” she said, adding that ''nobody came.''"
    sources, claims = analyse(text)
    for span in [c.span for c in claims] + [m for s in sources for m in s.mentions]:
        assert text[span.start:span.end] == span.text


@pytest.mark.parametrize("shape", ["words", "commas", "verbs", "quotes", "no-source",
                                   "inverted", "participles", "nouns"])
def test_a_sentence_of_ten_thousand_tokens_stays_fast(shape):
    unit = {"words": "the budget ", "commas": "officials, ", "verbs": "said ",
            "quotes": "“no,” ", "no-source": "the said ", "inverted": ", said that ",
            "participles": "he said, adding that ", "nouns": "Lee's claim "}[shape]
    text = "The mayor said " + unit * 10_000 + "in the end."
    started = time.perf_counter()
    analyse(text)
    assert time.perf_counter() - started < 10


# ---- who is speaking (issue 10): one table per failure kind, invented sentences ------------

def one_source(text: str):
    """The one source every attributed claim of ``text`` has (fails when there are more)."""
    found = attributed(text)
    assert found, "no attributed claim"
    assert len({s.id for _, s in found}) == 1, [s.name for _, s in found]
    return found[0][1]


# 1. A title or role before the name: the person is named, under one name however titled.
TITLED = [
    ("Council member Rosa Vance said the pool would reopen.", "Rosa Vance"),
    ("Glaciologist Per Holm said the glacier had shrunk.", "Per Holm"),
    ("The chief inspector of prisons, Ada Munro, said the cells were damp.", "Ada Munro"),
    ("The board’s director, Sam Okoye, said the delay was caused by a backlog.", "Sam Okoye"),
    ("Labour MP Dev Rana said the vote was rushed.", "Dev Rana"),
    ("Plant manager Ines Kahl said output fell. Kahl told reporters that 40 jobs would go.",
     "Ines Kahl"),
    ("State Treasurer Lou B. Grant said the reserve was safe. Grant said it would grow.",
     "Lou B. Grant"),
    # a surname with an occupation's ending is still a surname
    ("The director of the harbour authority, Tomas Lindqvist, said the ferry would not sail.",
     "Tomas Lindqvist"),
    ("Economist Anna Almqvist said prices rose.", "Anna Almqvist"),
    # the role after an inverted cue, the name apposed at the end (new-user trial)
    ("\u201cSafety comes first,\u201d said Westray Ferries' operations director, Callum "
     "Drummond-Ives.", "Callum Drummond-Ives"),
    # a role the lists lack, an ordinary word before a first name (trial 13)
    ("Defender Chidi Okafor headed the winner. \u201cI shut my eyes,\u201d Okafor said.",
     "Chidi Okafor"),
    ("Late Okafor header wins it\n\nStriker Chidi Okafor scored. \u201cI shut my eyes,\u201d "
     "Okafor said.", "Chidi Okafor"),
    # a surname that the title list also holds, after a first name (trial 14: the description
    # and "Jude English" were two sources)
    ("The Green councillor for Ashley ward, Jude English, said the library was the only warm "
     "space left. \u201cWe have pensioners who come here every day,\u201d Cllr English said.",
     "Jude English"),
    ("The Labour councillor for Easton, Tom Judge, said the library was needed.", "Tom Judge"),
    ("The talk-show host Larry King said the show would end.", "Larry King"),
]


@pytest.mark.parametrize(("text", "name"), TITLED)
def test_a_titled_name_is_one_named_person(text, name):
    source = one_source(text)
    assert (source.name, source.kind) == (name, "named_person")


# 2. A role description goes back to the person introduced with that role.
ROLE_BACK = [
    "Health Minister Ola Berg toured the ward on Friday. “We need more beds,” the minister said.",
    "Ola Berg, the health minister, toured the ward. “We need more beds,” the minister said.",
    "The minister of health, Ola Berg, toured the ward. “We need more beds,” the minister said.",
]


@pytest.mark.parametrize("text", ROLE_BACK)
def test_a_role_description_goes_back_to_the_named_person(text):
    source = one_source(text)
    assert source.name.startswith("Ola Berg") and source.kind == "named_person"


def test_a_role_with_other_modifiers_is_someone_else():
    found = attributed("The chairman of the transport committee, Ivo Pratt, said the line "
                       "would close. The rail company’s chairman said it would not.")
    assert [(s.name, s.kind) for _, s in found] == [
        ("Ivo Pratt", "named_person"), ("The rail company’s chairman", "anonymous_official")]


# A person called by first name alone, set off by commas (trial 14): named on the record,
# under the first name; her quotations are hers, not the previous speaker's.
FIRST_NAME_APPOSED = [
    ("Her granddaughter, Amy, 23, who is now a teacher herself, said she had followed her "
     "grandmother into the profession. \u201cShe was my hero,\u201d she said.", "Amy"),
    ("Her son, Peter, said his mother had been \u201cstrict but never unkind\u201d.", "Peter"),
    ("Maggie, 68, said she still waits \u201ctwenty minutes for a bus\u201d.", "Maggie"),
]


@pytest.mark.parametrize(("text", "name"), FIRST_NAME_APPOSED)
def test_a_first_name_set_off_by_commas_is_a_named_person(text, name):
    source = one_source(text)
    # (a name first keeps its apposition, as "Dana Cole, the county's health director" does)
    assert (source.name.split(",")[0], source.kind) == (name, "named_person")


def test_a_first_name_opening_a_background_sentence_is_the_next_she():
    found = attributed(
        "\u201cEvery week of delay matters,\u201d said Dr Ayesha Khan, the study's lead author. "
        "She said the pattern was worrying.\n\nSarah, a mother of two from Sheffield who was "
        "diagnosed with breast cancer in March, waited 11 weeks for surgery. \u201cI spent "
        "every night lying awake,\u201d she said.")
    assert [s.name for _, s in found] == ["Ayesha Khan", "Ayesha Khan", "Sarah"]
    assert found[-1][1].kind == "named_person"


# "Another said": one more of the anonymous people just quoted (trial 14: a source named
# "Another said ministers", or no source at all).
def test_another_after_a_group_is_a_member_of_the_group():
    found = attributed(
        "Streamly is exploring a sale, according to three people familiar with the matter, "
        "speaking on condition of anonymity because the discussions are confidential.\n\n"
        "One of the people said a deal could value Streamly at about $4 billion. Another "
        "cautioned that talks were at an early stage and might not lead to a transaction.")
    assert len(found) == 3 and len({s.id for _, s in found}) == 1
    assert found[-1][0].span.text.startswith("talks were at an early stage")


def test_another_after_an_anonymous_person_is_another_such_person():
    found = attributed(
        "A senior figure in the governing party, who did not want to be named, said the mood "
        "at party headquarters was \u201cfunereal\u201d. Another said ministers had expected "
        "to lose but \u201cnobody thought it would be this bad\u201d.")
    assert [s.name for _, s in found] == ["A senior figure in the governing party",
                                          "Another senior figure in the governing party"]
    assert found[1][1].kind == found[0][1].kind == "anonymous_source"
    assert found[1][0].span.text.startswith("ministers had expected to lose")


def test_another_with_no_one_quoted_before_is_no_source():
    assert attributed("Another said the plan would fail.") == []


# A document and its verb apart: a participle phrase or a quoted label set off by commas
# between them (trial 14: unsourced, background).
DOCUMENT_SET_OFF = [
    ("The survey, carried out by Ipsos for the BBC, ITV and Sky News, suggests the party will "
     "win 410 seats.", "the party will win 410 seats"),
    ("A 2019 engineering report, marked \u201cconfidential\u201d, found that the dam's "
     "spillway was unsafe.", "the dam's spillway was unsafe"),
    xfail("The memo, titled \u201cNext Steps\u201d, says the plant will close in June.",
          "the plant will close in June",
          reason="'titled' is a cue of its own; marking a participle after a comma as a "
                 "clause also hid 'X, the activist, endorsed …, saying' (PolNeAR)"),
]


@pytest.mark.parametrize(("text", "content"), DOCUMENT_SET_OFF)
def test_a_document_set_off_from_its_verb_is_the_source(text, content):
    [(claim, source)] = attributed(text)
    assert (claim.span.text, source.kind) == (content, "document")


def test_a_participle_after_a_document_with_no_comma_is_no_frame():
    assert attributed("The initial report released to reporters last week was dated May "
                      "2024.") == []


# 3. Groups vs organizations.
def test_officials_of_an_unnamed_union_are_not_the_company_quoted_before():
    found = attributed("Dunmore Motors said it would close two plants. The closures will affect "
                       "800 workers, according to union officials.")
    assert [(s.name, s.kind) for _, s in found] == [
        ("Dunmore Motors", "named_organization"), ("union officials", "unnamed_group")]


@pytest.mark.parametrize(("mention", "kind"), [
    ("the Scottish Executive", "named_organization"),
    ("the state water agency", "named_organization"),
    ("Metro Transit officials", "named_organization"),
    ("the county clerk", "anonymous_official"),
])
def test_organizations_are_not_people(mention, kind):
    (_, source), = attributed(f"{mention} said the results would be published next week.")
    assert source.kind == kind


# 3b. A lone capitalised word: a person when it is one of the commonest surnames (US Census,
# rules/surnames.txt) and the article uses it as nothing else; an organization otherwise.
LONE_WORDS = [
    ("The budget passed on a 3-2 vote. Jones said the plan would fail without state money.",
     "named_person"),
    ("In an email, Soto-Martínez told reporters the draft report was heartening.",
     "named_person"),
    ("The phone will ship in May, Apple said on Tuesday.", "named_organization"),
    ("Ford Motor Co. cut 200 jobs at the plant. Ford said sales had fallen.",
     "named_organization"),
    ("Analysts at Duff and Phelps lowered the rating. Phelps said the debt was still sound.",
     "named_organization"),
    ("Sellers held back their crop as prices rose. Sellers said the harvest was late, and "
     "sellers in the south agreed.", "named_organization"),
]


@pytest.mark.parametrize(("text", "kind"), LONE_WORDS)
def test_a_lone_common_surname_is_a_person(text, kind):
    assert one_source(text).kind == kind


@pytest.mark.parametrize(("text", "name"), [
    ("The findings were confirmed by J. R. Okafor, the lab's director.", "J. R. Okafor"),
    ("The school was described by W. W. Rouse Ball as the best in the country.",
     "W. W. Rouse Ball"),
])
def test_the_initials_of_a_name_do_not_end_the_source(text, name):
    assert one_source(text).name == name


def test_a_family_named_by_its_surname_is_people_not_an_organization():
    found = attributed("Stephen Curry and Ayesha Curry started the foundation in 2019. Mayor "
                       "Tom Reed said the city would match its gifts. Five years on, the Currys "
                       "announced a pledge of $25 million for literacy. He said the city would "
                       "add $5 million.")
    kinds = {s.name: s.kind for _, s in found}
    assert kinds["the Currys"] == "named_person"
    add = next(s for c, s in found if "add" in c.span.text)
    assert add.name == "Tom Reed"     # "he" is not the family


def test_the_company_goes_back_to_a_company_named_like_a_person():
    # issue 10: a name of ordinary words, no first name ('Blue Apron'), used since the last
    # organization, is the company "the company" stands for
    found = attributed("Acme Corp. said it would hire. Later, Blue Apron said the boxes would "
                       "ship late. The company said demand had doubled.")
    claim, source = next((c, s) for c, s in found if "demand" in c.span.text)
    assert source.name == "Blue Apron"
    assert source.kind == "named_organization"


def test_the_company_is_not_a_person_quoted_since():
    found = attributed("Acme Corp. said it would hire. Later, Jan Holm said the boxes would "
                       "ship late. The company said demand had doubled.")
    claim, source = next((c, s) for c, s in found if "demand" in c.span.text)
    assert source.name == "Acme Corp."


# 4. Quote frames: the quotation is owned by who is named next to it, never by the speaker before.
QUOTE_FRAMES = [
    ("A clerk said the forms were late.\n\n“Why wait a week?” asked Mona Reyes.",
     "Mona Reyes", "asked"),
    ("A clerk said the forms were late.\n\n“The roof leaks,” grumbled Ed Vail, 80.",
     "Ed Vail", "grumbled"),
    ("A clerk said the forms were late.\n\n“The roof leaks,” Ed Vail sighed.", "Ed Vail",
     "sighed"),
    ("A clerk said the forms were late.\n\n“The roof still leaks after a year.” -Tenant leader "
     "Ed Vail", "Ed Vail", "-"),
    ("A clerk said the forms were late.\n\nAnd from board chair Ed Vail:\n\n“The roof still "
     "leaks after a year.”", "Ed Vail", "from"),
]


@pytest.mark.parametrize(("text", "name", "cue"), QUOTE_FRAMES)
def test_a_quote_goes_to_the_name_next_to_it(text, name, cue):
    claim, source = attributed(text)[-1]
    assert (source.name, claim.cue.text) == (name, cue)
    assert "leak" in claim.span.text or "wait" in claim.span.text


_AUDIT = ("An audit found that the council paid £1.2 million more than the tender price, "
          "according to a report by the county auditor.")


# trial 18: the items of a list under a lead-in that names their source ("Key points from the
# report:") are that source's, item by item, as in plain text (bullets or numbers) and Markdown;
# the paragraph after the list is not
@pytest.mark.parametrize(("text", "fmt"), [
    (f"Audit\n\n{_AUDIT}\n\nKey points from the report:\n\n- Payments were made for 14,000 "
     "meals that were never delivered.\n- The contractor was not asked to repay the money.\n\n"
     "The council meets again on Monday.\n", "text"),
    (f"# Audit\n\n{_AUDIT}\n\nKey points from the report:\n\n- Payments were made for "
     "14,000 meals that were never delivered.\n- The contractor was not asked to repay the "
     "money.\n\nThe council meets again on Monday.\n", "markdown"),
])
def test_a_list_under_a_lead_in_is_the_sources_it_names(text, fmt):
    report = credibility.analyze(text, fmt=fmt)
    audit = next(c.source_id for c in report.claims if "tender price" in c.span.text)
    items = [c for c in report.claims if "Payments" in c.span.text or "repay" in c.span.text]
    assert [c.span.text[:8] for c in items] == ["Payments", "The cont"]   # no bullet in them
    assert audit is not None and {c.source_id for c in items} == {audit}
    assert [c.source_id for c in report.claims if "meets again" in c.span.text] == [None]


# review 18: in plain text an indent is no list marker (wire copy indents every paragraph): after
# "The mayor added:" only the first indented paragraph is the mayor's, not all that follow
def test_indented_plain_text_paragraphs_are_no_list_items():
    report = credibility.analyze(
        "Council report\n\nThe mayor added:\n\n  Payments to contractors were late by up to 90 "
        "days.\n\n  The council will vote on the budget next week.\n\n  Residents packed the "
        "hall for the meeting, which ran past midnight.\n\n  Police arrested two protesters "
        "outside.\n", fmt="text")
    by_text = {c.span.text[:8]: c.source_id for c in report.claims}
    assert by_text["Payments"] is not None
    assert by_text["Police a"] is None and by_text["The coun"] is None


def test_a_place_after_a_label_is_no_source_of_what_follows():
    assert attributed("Live from Kyiv:\n\nThe shelling went on through the night.") == []


def test_a_quote_followed_by_a_name_is_no_continuation():
    sources, claims = analyse("A clerk said the forms were late.\n\n“The roof leaks,” "
                              "whispered through tears Ed Vail.")
    assert claims[-1].source_id != claims[0].source_id


# 5. Cue words with no speaker or no content.
@pytest.mark.parametrize("text", [
    "Experience shows that a new furnace pays for itself within a year.",
    "Ines Kahl showed reporters around the Dunmore plant on Monday.",
    "The market’s operator, Tom Lind, declined to comment.",
    "Acme did not respond to requests for comment.",
    "Another employee refused to comment.",
    "The firm declined to say how many workers were affected.",
])
def test_no_speaker_or_no_content_makes_no_claim(text):
    assert attributed(text) == []


# A negated report is the reporter's statement that something was not said or shown: no claim
# of the source's (trial 16: "the study does not show that microplastics harm fetal
# development" credited "microplastics harm fetal development" to the study).
@pytest.mark.parametrize("text", [
    "The agency head isn't saying whether the audit found any problems.",
    "The mayor did not deny that the budget was short.",
    "Police have not said what caused the crash.",
    "The minister never claimed the plan would cut costs.",
    "The report does not show that rents rose faster in the city.",
    "Officials could not immediately confirm that the bridge had reopened.",
])
def test_a_negated_report_is_no_claim(text):
    assert attributed(text) == []


@pytest.mark.parametrize("text, claims", [
    # nested in another frame's content: the outer statement keeps its negation
    ("The researchers cautioned that the study does not show that microplastics harm fetal "
     "development.",
     [("the study does not show that microplastics harm fetal development", "The researchers")]),
    # the same subject's negated verb is the rest of the first content, not a claim of its own
    ("The Met Office said more rain was likely on Thursday but was not expected to cause "
     "further flooding.",
     [("more rain was likely on Thursday but was not expected to cause further flooding",
       "The Met Office")]),
    # another subject's negated verb still ends the first content
    ("Campaign spokeswoman Ana Ruiz said all staff sign agreements, though she did not "
     "discuss their terms.", [("all staff sign agreements", "Ana Ruiz")]),
    # a negation in a relative clause before the verb leaves the report as it is
    ("Two officials, who did not want to be named, said the bridge had reopened.",
     [("the bridge had reopened", "Two officials")]),
])
def test_a_negated_report_inside_a_statement(text, claims):
    found = attributed(text)
    assert [(c.span.text, s.name) for c, s in found] == claims


@pytest.mark.parametrize("text, claims", [
    # review: what another speaker says after ", but" / ", and" is no part of what was not said
    ("Police have not said whether the inquiry found a fault with the brakes, but the driver's "
     "lawyer said his client was not to blame.",
     [("his client was not to blame", "the driver's lawyer")]),
    ("The agency head isn't saying whether the audit found problems, but an aide said the "
     "audit was finished.", [("the audit was finished", "an aide")]),
])
def test_a_statement_after_a_negated_report(text, claims):
    found = attributed(text)
    assert [(c.span.text, s.name) for c, s in found] == claims


def test_a_limited_negation_leaves_the_report():
    found = attributed("The mayor did not just say the plan would fail; she said it was doomed.")
    assert [c.span.text for c, _ in found][:1] == ["the plan would fail"]


def test_a_sentence_with_a_negated_report_is_still_shown():
    """review: "The mayor could not say when …" vanished from the report; it is the
    reporter's sentence."""
    _, claims = analyse("The bridge is shut. The mayor could not say when the bridge would "
                        "reopen. Residents said the closure had hurt shops.")
    assert any(c.span.text.startswith("The mayor could not say") and c.source_id is None
               for c in claims)



def test_a_grant_of_anonymity_is_a_fact_about_the_source():
    found = attributed("A banker said the deal was done. He spoke on condition of anonymity "
                       "because he was not authorized to discuss it.")
    assert [c.span.text for c, _ in found] == ["the deal was done"]
    assert found[0][1].anonymity_reason == "because he was not authorized to discuss it"


# 6. Anonymity reasons, whole.
ANONYMITY = [
    ("An official, who was not authorized to comment publicly, said the plant would close.",
     "An official", "who was not authorized to comment publicly"),
    ("“It is over,” said one executive, who requested anonymity out of fear of losing his job.",
     "one executive", "out of fear of losing his job"),
    ("A producer, speaking on condition of anonymity because she was not authorized to discuss "
     "staffing, said the show would end.", "A producer",
     "because she was not authorized to discuss staffing"),
    ("One neighbor, who asked that her name not be used because she rents from the bakery's "
     "landlord, said the alarm never sounded.", "One neighbor",
     "because she rents from the bakery's landlord"),
    ("A spokesperson, who asked not to be named in line with company policy, said the network "
     "would review the footage.", "A spokesperson", "in line with company policy"),
    ("An aide, who spoke on condition of anonymity citing the sensitivity of the talks, said a "
     "deal was close.", "An aide", "citing the sensitivity of the talks"),
    # a participle after the frame grants it too, and makes no claim of its own
    ("Guards have arrested 40 smugglers since January, a resident of Hoeryong told our "
     "reporter, asking not to be named for safety reasons.", "a resident of Hoeryong",
     "for safety reasons"),
    # the request coordinated with another relative clause ("… and asked that …")
    ("A neighbour, who lives two streets away and asked that her name not be used because "
     "she rents from the council, said the alarm never sounded.", "A neighbour",
     "because she rents from the council"),
    # any verb of not wanting a name, then any reason of cause or fear (new-user trial 16)
    ("A shopkeeper on Mill Lane, who did not want to be named for fear of losing customers, "
     "said the break-ins began in January.", "A shopkeeper on Mill Lane",
     "for fear of losing customers"),
    ("A nurse at the clinic, who didn't want to be identified out of concern for her job, said "
     "staff had been told to stay quiet.", "A nurse at the clinic", "out of concern for her job"),
    ("A driver, who would not be named fearing reprisals from the company, said the depot "
     "was short of staff.", "A driver", "fearing reprisals from the company"),
]


def test_a_request_for_anonymity_is_no_statement():
    """"…, and asked that her last name not be used, said …": "asked" opens the request, not a
    statement (new-user trial: the claim was "her last name not be used, said her children …")."""
    found = attributed("Maria, a mother of three who lives two streets from the branch and "
                       "asked that her last name not be used, said her children did their "
                       "homework there.")
    assert [c.span.text for c, _ in found] == ["her children did their homework there"]


def test_one_source_phrase_read_by_two_frames_is_one_source():
    """"A report … concluded that …, but called for …": both frames read the same phrase, one
    source (new-user trial 16: two sources, S4 and S5, of one report)."""
    found = attributed("A 2021 report by the World Bank concluded that the loans had not "
                       "reached the poorest districts, but called for more lending.")
    assert len(found) == 2 and found[0][1] is found[1][1]


def test_the_officials_are_the_anonymous_officials_met_before():
    """"two European officials familiar with the talks" are anonymous officials (trial 16:
    anonymous sources), and "The officials" after them are they, with their reason."""
    sources, _ = analyse("The ministry will cut the subsidy by half, according to two European "
                         "officials familiar with the talks. The officials, who spoke on "
                         "condition of anonymity because the talks are private, said a deal "
                         "was close.")
    assert [(s.kind, s.anonymity_reason) for s in sources] == [
        ("anonymous_official", "because the talks are private")]


@pytest.mark.parametrize(("text", "name", "reason"), ANONYMITY)
def test_anonymity_reason_is_the_whole_clause(text, name, reason):
    (_, source), = attributed(text)
    assert (source.name, source.anonymous, source.anonymity_reason) == (name, True, reason)


def test_a_plural_possessive_stays_in_the_source_phrase():
    """"Nurses' union leader Kofi Boateng" was cut at the apostrophe: the source became
    "Boateng", and "Mr Boateng" a second source, which could then confirm the first."""
    for mark in ("'", "’"):
        text = (f"Nurses{mark} union leader Kofi Boateng said members had voted to strike. "
                "Mr Boateng said the vote was overwhelming.")
        report = credibility.analyze(text)
        assert [(s.name, s.kind, len([c for c in report.claims if c.source_id == s.id]))
                for s in report.sources] == [("Kofi Boateng", "named_person", 2)]


@pytest.mark.parametrize("text, name", [
    ('Dockworkers\' leader Samuel "Big Sam" Okoro said the strike would go on. Okoro said '
     'talks had failed.', "Samuel Okoro"),
    ("Drug lord Joaquín ‘El Chapo’ Guzmán said he was innocent. Guzmán said the charges were "
     "false.", "Joaquín Guzmán"),
])
def test_a_nickname_in_quotes_is_part_of_the_name(text, name):
    """A nickname between the first name and the surname split the name into three, and the
    surname alone became an organization."""
    report = credibility.analyze(text)
    assert [(s.kind, len([c for c in report.claims if c.source_id == s.id]))
            for s in report.sources] == [("named_person", 2)]
    assert [e.name for e in report.entities if e.kind == "person"] == [name]


def test_the_first_person_outside_quotes_is_the_writer():
    """"I wrote it up twice" in an interview's answer was an organization called "I", then a
    person called "I" (trial 23: "I" and "We" were sources in `sources.csv` and the people
    view). Outside an interview's answer the first person is the writer's own voice: the
    frame keeps its cue (PolNeAR counts it), but no source is made of "I" or "We"."""
    report = credibility.analyze("I wrote the report twice. I think the plan is wrong. We "
                                 "have just spoken to a resident, who was rescued by boat.")
    assert report.sources == ()
    assert [c.source_id for c in report.claims] == [None, None, None]


def test_a_bare_spokesperson_speaks_for_the_organization_just_quoted():
    """"The Department of Health said … A spokesperson said …" was an anonymous official asked
    for a reason; with no organization before it, a spokesperson stays one."""
    report = credibility.analyze("The Department of Health said waiting lists had grown. A "
                                 "spokesperson said new beds would open in May.")
    assert [(s.name, s.kind, len(s.mentions)) for s in report.sources] == [
        ("The Department of Health", "named_organization", 2)]
    report = credibility.analyze("A spokesperson said new beds would open in May.")
    assert [s.kind for s in report.sources] == ["anonymous_official"]


@pytest.mark.parametrize("text, said", [
    # review 23 M4: the spokeswoman was merged into the writer's "We" and lost with it, or went
    # to the organization quoted in the lede
    ("We asked the council how much the repairs would cost. A spokeswoman said the figure "
     "would be published next week.",
     {"the figure would be published next week": "the council"}),
    ("Water levels rose again overnight, the Environment Agency said.\n\nWe've just spoken to "
     "the fire service. A spokeswoman said crews had rescued 14 people from cars.\n\nWe asked "
     "the council whether the school would open. Its spokesman said a decision would be made "
     "at 7am.",
     {"Water levels rose again overnight": "the Environment Agency",
      "crews had rescued 14 people from cars": "the fire service",
      "a decision would be made at 7am": "the council"}),
])
def test_a_bare_spokesperson_speaks_for_whom_the_writer_reached(text, said):
    report = credibility.analyze(text)
    by_id = {s.id: s for s in report.sources}
    assert {c.span.text: by_id[c.source_id].name for c in report.claims if c.source_id} == said
    assert all(s.kind == "named_organization" for s in report.sources)


# 7. A name never runs over a line break.
def test_a_byline_does_not_glue_to_the_next_line():
    text = ("By Selma Ortiz\nShare this story\n\nCouncil member Joan Lee said the branch would "
            "close. “We cannot keep it open,” she said.")
    source = one_source(text)
    assert source.name == "Joan Lee"


# 8. BBC style: each quoted paragraph reopens the mark; the speaker before owns them all.
def test_bbc_quote_paragraphs_belong_to_the_speaker_before():
    text = ("The Shadow Secretary for Housing, Tess Moy, said: \"These rules will hurt renters."
            "\n\n\"They were drawn up in a hurry.\n\n\"We will vote against them.\"\n\n"
            "A spokesman for the Department for Housing said the rules would be reviewed.")
    found = attributed(text)
    assert [s.name for _, s in found] == ["Tess Moy"] * 3 + [
        "A spokesman for the Department for Housing"]
    assert found[-1][1].kind == "named_organization"


@pytest.mark.parametrize(("text", "mention"), [
    ("Lee, speaking to reporters on Monday, said the plan would cost more.", "Lee"),
    ("Many tenants, including Ann Ruiz, say the repairs never came.",
     "Many tenants, including Ann Ruiz"),
])
def test_a_participle_phrase_between_source_and_verb_is_skipped(text, mention):
    (claim, _), = attributed(text)
    assert claim.source_mention.text == mention


def test_where_it_was_said_stands_between_source_and_verb():
    (claim, source), = attributed("Hillary Clinton, at a later press briefing, said, “We need to "
                                  "support our first responders.”")
    assert source.name == "Hillary Clinton"
    assert claim.source_mention.text == "Hillary Clinton"


def test_the_apposition_after_an_inverted_frame_is_the_source_not_a_claim():
    found = attributed("“The plan helps no one,” said Len Barr, head of the Tax Policy Center. "
                       "“It only adds complexity.”")
    assert {s.name for _, s in found} == {"Len Barr, head of the Tax Policy Center"}
    assert [c.span.text for c, _ in found] == ["“The plan helps no one,”",
                                                "“It only adds complexity.”"]


@pytest.mark.parametrize(("text", "contents"), [
    ("Now, according to the latest poll, three states are swinging.",
     ["three states are swinging"]),
    ("Among the rulings at risk, according to Ms. Epstein, are 16 on unions.",
     ["Among the rulings at risk", "are 16 on unions"]),
    ("The repairs will cost about $2 million, according to a budget office employee, who "
     "requested anonymity for fear of losing her job.",
     ["The repairs will cost about $2 million"]),  # the rest is the source's relative clause
])
def test_according_to_in_mid_sentence_takes_the_rest_of_it(text, contents):
    found = attributed(text)
    assert [c.span.text for c, _ in found] == contents
    assert len({s.id for _, s in found}) == 1


@pytest.mark.parametrize("text", [
    "“The rent doubled,” said a vendor who goes by the name “Big Sal.”",
    "“The rent doubled,” said a vendor, who gave her name only as Sal.",
])
def test_a_name_given_after_a_description_makes_a_named_person(text):
    (_, source), = attributed(text)
    assert "Sal" in source.name and source.kind == "named_person"


@pytest.mark.parametrize(("text", "content"), [
    ("Lee wrote in a blog post that the plan would cost more.", "the plan would cost more"),
    ("Lee said in an interview with CNN that the plan would cost more.",
     "the plan would cost more"),
])
def test_where_it_was_said_does_not_eat_the_content(text, content):
    (claim, _), = attributed(text)
    assert claim.span.text == content


@pytest.mark.parametrize(("text", "mention"), [
    ("Polls show Clinton with a narrow lead in Florida and Ohio.", "Polls"),
    ("Recent polls show that the senator leads in Ohio.", "Recent polls"),
])
def test_polls_show(text, mention):
    (claim, source), = attributed(text)
    assert (claim.source_mention.text, claim.cue.text, source.kind) == (mention, "show",
                                                                         "document")


def test_a_particle_after_the_verb_makes_it_no_cue():
    assert attributed("Most renters lost because they did not show up at court.") == []


@pytest.mark.parametrize("text", [
    "The Maritime Safety Board on Thursday confirmed Priya Anand as its new chief inspector.",
    "The club announced Jo Park as captain for next season.",
    "The council named Ruth Osei as interim director on Monday.",
])
def test_an_appointment_is_no_statement(text):
    """'confirmed X as Y' names someone to a post (rules/cues.toml designation): the subject
    makes no statement, so nothing is attributed to it."""
    assert attributed(text) == []


@pytest.mark.parametrize("text", [
    "The ministry confirmed that 30 people died in the fire.",
    "The club announced that Jo Park will captain the side.",
    "Officials described Ruth Osei as a careful manager.",
])
def test_a_report_with_the_same_verbs_is_still_attributed(text):
    assert len(attributed(text)) == 1


def test_a_first_line_that_starts_with_a_wire_name_is_the_story_not_a_credit():
    """'Reuters named …' opens a sentence: the credit pattern reads short credit lines only."""
    from credibility import analyze

    report = analyze("AFP reported on Monday that the talks had failed in Geneva overnight.")
    assert [c.span.text for c in report.claims] == ["the talks had failed in Geneva overnight"]
    assert not report.document.boilerplate


@pytest.mark.parametrize(("text", "content"), [
    ("The council's plan to close the library is a shocking decision.", "close the library"),
    ("Acme's promise to cut prices was broken within a month.", "cut prices"),
    ("Lee's plan to cut farm subsidies had not been disclosed before.", "cut farm subsidies"),
])
def test_a_noun_cue_subject_does_not_own_the_verdict_on_it(text, content):
    """"X's plan to V … is …": the plan is the infinitive, not the predicate about it."""
    (claim, _), = attributed(text)
    assert claim.span.text == content


@pytest.mark.parametrize(("text", "source", "kind", "reason"), [
    ("An official who was not authorized to speak publicly said the talks had collapsed.",
     "An official", "anonymous_official", "who was not authorized to speak publicly"),
    ("An official who asked not to be named said the talks had collapsed.",
     "An official", "anonymous_official", None),
    ("Three people who worked on the project said the launch was delayed.",
     "Three people", "unnamed_group", None),
    # a participle with its preposition modifies the noun before the clause
    ("A detective involved in the investigation, who was not authorised to speak publicly, "
     "said police believed the money had been moved overseas.",
     "A detective involved in the investigation", "anonymous_official",
     "who was not authorised to speak publicly"),
    ("An officer assigned to the case, who was not authorised to speak publicly, said the money "
     "had moved.", "An officer assigned to the case", "anonymous_official",
     "who was not authorised to speak publicly"),
    ("One official involved in the talks, speaking on condition of anonymity, said the deal was "
     "close.", "One official involved in the talks", "anonymous_official", None),
])
def test_a_relative_clause_between_source_and_verb(text, source, kind, reason):
    """"An official who … said": the source is the noun phrase before "who", and the clause is
    read for a reason not to name it."""
    (claim, src), = attributed(text)
    assert (src.name, src.kind, src.anonymity_reason) == (source, kind, reason)


def test_an_organization_official_who_gave_a_reason_is_anonymous():
    """"a Pentagon official, who was not authorized to speak publicly": one unnamed person of
    the organization, not the organization speaking."""
    (claim, src), = attributed("The talks collapsed on Monday, said a Pentagon official, who "
                               "was not authorized to speak publicly.")
    assert (src.kind, src.anonymity_reason) == ("anonymous_official",
                                                "who was not authorized to speak publicly")


@pytest.mark.parametrize(("text", "content"), [
    ("Paul Grant told analysts the company was recalling 20,000 jars from the plant.",
     "the company was recalling 20,000 jars from the plant"),
    ("Grant told reporters 1,500 soldiers had arrived in the city.",
     "1,500 soldiers had arrived in the city"),
    ("He told parliament the money would be spent by March.",
     "the money would be spent by March"),
    ("She told the Associated Press the vote was rigged.", "the vote was rigged"),
])
def test_told_a_listener_without_that(text, content):
    """"told analysts the company …": the listener is not the content, and the comma of
    "20,000" ends no clause."""
    (claim, _), = attributed(text)
    assert claim.span.text == content


@pytest.mark.parametrize("text", [
    "Everyone knows the budget was padded.",
    "Nobody believes the mayor will resign.",
])
def test_everyone_and_nobody_are_no_source(text):
    """A universal pronoun is the writer's rhetoric, not a source (rules/sources.toml)."""
    assert attributed(text) == []


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The U.S. Food and Drug Administration said the drug was safe.",
     "The U.S. Food and Drug Administration", "named_organization"),
    ("The Department of Health and Human Services said it would review the rule.",
     "The Department of Health and Human Services", "named_organization"),
    ("Procter & Gamble said it would raise prices.", "Procter & Gamble", "named_organization"),
])
def test_and_inside_an_organization_name(text, name, kind):
    """"and" joins the words of an organization's name when an organization word ends it; a
    name joined by "&" is a firm's (the kind as the entity layer settles it)."""
    from credibility import analyze

    (_, src), = attributed(text)
    assert src.name == name
    [source] = analyze("Story\n\n" + text).sources
    assert (source.name, source.kind) == (name, kind)


@pytest.mark.parametrize(("text", "name"), [
    ("Someone close to the mayor said he would resign.", "Someone close to the mayor"),
    ("A source close to the investigation said police had a suspect.",
     "A source close to the investigation"),
])
def test_close_to_belongs_to_the_source(text, name):
    """"a source close to the investigation": the investigation is not the source."""
    (_, src), = attributed(text)
    assert (src.name, src.kind) == (name, "anonymous_source")


@pytest.mark.parametrize("org, back", [
    ("The Taiwan Textile Federation", "The federation"),
    ("The Marsh Institute", "The institute"),
    ("The Royal Horticultural Society", "The society"),
])
def test_the_head_of_an_organization_name_refers_back_to_it(org, back):
    """"The federation said" after "The Taiwan Textile Federation said": the organization's
    word again (a head noun of rules/sources.toml [organizations] words), not an anonymous
    source and not a second organization."""
    report = credibility.analyze(f"Exports to fall\n\n{org} said exports would fall 10 percent "
                                 f"this year.\n\n{back} also said wages rose 4 percent.\n")
    assert [(s.kind, s.name) for s in report.sources] == [("named_organization", org)]
    assert len({c.source_id for c in report.claims}) == 1


def test_a_source_name_wrapped_across_lines_reads_as_one_line():
    report = credibility.analyze(
        "Taiwan textile exports to fall\n\nTAIPEI, March 3 - Exports will fall 10 percent "
        "this year, a spokesman for\nthe Taiwan Textile Federation told Reuters.\n")
    assert [s.name for s in report.sources] == ["a spokesman for the Taiwan Textile Federation"]


@pytest.mark.parametrize("sentence, reason", [
    ("A driver, who asked not to be named because he feared reprisals, said morale was low.",
     "because he feared reprisals"),
    ("A nurse, who asked not to be named because she feared losing her job, said staff were "
     "exhausted.", "because she feared losing her job"),
])
def test_a_stance_verb_inside_the_sources_clause_is_not_the_frame(sentence, reason):
    """"feared" inside the relative clause of the later "said"'s source: the sentence's frame
    is "said"; the clause is the reason for anonymity, not a claim of the person before."""
    report = credibility.analyze(f"Staff shortages\n\nMinister Jo Park spoke on Monday.\n\n"
                                 f"{sentence}\n")
    (claim,) = [c for c in report.claims if c.source_id]
    source = report.source(claim.source_id)
    assert source.anonymous and source.anonymity_reason == reason
    assert claim.span.text in ("morale was low", "staff were exhausted")


def test_a_past_form_before_a_plural_is_a_frame():
    """"said rules would change": "said" is no noun, so "rules" after it does not make it one
    ("campaign reports show" stays a noun phrase with its verb)."""
    report = credibility.analyze("Rules\n\nThe Labor Department said rules would change.\n")
    assert [(s.name, c.span.text) for c in report.claims for s in report.sources
            if s.id == c.source_id] == [("The Labor Department", "rules would change")]


@pytest.mark.parametrize("description", ["the county emergency office", "the fire service",
                                         "the state water agency"])
def test_an_organization_described_in_other_words_is_a_new_organization(description):
    """"according to the county emergency office" after "Police said": another organization
    (its description names what the police's name does not), not the police again."""
    report = credibility.analyze(
        f"Evacuation\n\nPolice said the road was closed.\n\nMore than 200 residents were "
        f"evacuated, according to {description}.\n")
    kinds = {s.name: s.kind for s in report.sources}
    assert kinds == {"Police": "named_organization", description: "named_organization"}
    assert len({c.source_id for c in report.claims}) == 2


@pytest.mark.parametrize("sentence, kind", [
    ("According to a Gallup poll released Monday, 68 percent of voters back the plan.",
     "document"),
    ("Officials involved in the talks said a deal was near.", "unnamed_group"),
    ("Residents displaced by the floods said aid was slow.", "unnamed_group"),
])
def test_a_participle_ends_the_source_phrase(sentence, kind):
    """"a poll released Monday": the head is "poll", and the day is no part of the claim."""
    report = credibility.analyze(f"Plan\n\n{sentence}\n")
    ((claim, source),) = [(c, s) for c in report.claims for s in report.sources
                          if s.id == c.source_id]
    assert source.kind == kind
    assert not claim.span.text.startswith("Monday")


@pytest.mark.parametrize("phrase, kind", [
    ("A spokeswoman for the pharmaceutical industry group PhRMA", "named_organization"),
    ("A spokeswoman for the industry group", "anonymous_official"),
    ("An official at the embassy in Paris", "anonymous_official"),
])
def test_a_spokesperson_for_a_named_organization_gives_its_word(phrase, kind):
    report = credibility.analyze(f"Drug bill\n\n{phrase} said the bill would stifle "
                                 "innovation.\n")
    assert [s.kind for s in report.sources] == [kind]


@pytest.mark.parametrize("before, spokesperson, organization", [
    ("The Rail Delivery Group, which represents train companies, said it was disappointed.",
     "A spokesman for the group", "The Rail Delivery Group"),
    ("Southern Vale Water said in a statement that the pumping station had been upgraded.",
     "A company spokesman", "Southern Vale Water"),
    ("Acme Corp said the plant was safe.", "A spokeswoman for the company", "Acme Corp"),
])
def test_a_spokesperson_for_the_organization_just_quoted_gives_its_word(
        before, spokesperson, organization):
    """Trial 14: "a spokesman for the group", "a company spokesman" right after the group or
    company is quoted were anonymous officials "without a stated reason"; the organization
    speaks through them, on the record."""
    report = credibility.analyze(f"Strike\n\n{before} {spokesperson} said the offer of a 4% "
                                 "rise remained open.\n")
    assert [(s.name, s.kind) for s in report.sources] == [(organization, "named_organization")]
    assert not report.summary.standards


def test_a_spokesperson_for_the_company_is_not_the_ministry_just_quoted():
    report = credibility.analyze("Strike\n\nThe Ministry of Labour said talks had failed. "
                                 "A company spokesman said the offer remained open.\n")
    assert [s.kind for s in report.sources] == ["named_organization", "anonymous_official"]

def test_a_question_closed_by_its_own_frame_is_not_the_previous_speakers():
    """A quotation paragraph first read as the previous speaker going on, then "He asked.":
    the question belongs to the one the next line names."""
    found = attributed("“We will fix the roads this year,” Mayor Ann Lee said.\n\n"
                       "“Who believes that anymore?” Councillor Tom Reyes asked.")
    assert [(c.span.text, s.name) for c, s in found] == [
        ("“We will fix the roads this year,”", "Ann Lee"),
        ("“Who believes that anymore?”", "Tom Reyes")]


# --- fallback frames read with part-of-speech tags (attribute/tagged.py) ---------------------

def _attributions(sentence: str) -> list[tuple[str, str, str]]:
    """(cue, source name, content) of every attributed claim of a one-sentence article."""
    report = credibility.analyze(f"Title\n\n{sentence}\n")
    return [(c.cue.text, report.source(c.source_id).name, c.span.text)
            for c in report.claims if c.source_id]


@pytest.mark.parametrize("sentence, expected", [
    # an apposition set off by dashes, then two verbs of one subject
    ("Republican establishment figures — whose party was once known for its discipline — both "
     "suggested the speechwriter be fired and defended the nominee as a candidate.",
     [("suggested", "Republican establishment figures", "the speechwriter be fired"),
      ("defended", "Republican establishment figures", "the nominee as a candidate")]),
    # a verb group with an auxiliary and an adverb between subject and cue
    ("The American Legion has twice complained to campaign officials about the use of its "
     "emblem.",
     [("complained", "American Legion", "to campaign officials about the use of its emblem")]),
    # the whole stretch before the verb when it is one noun phrase with its modifiers
    ("A random survey conducted by the Ohio News Network found the senator the winner of the "
     "debate.",
     [("found", "A random survey conducted by the Ohio News Network",
       "the senator the winner of the debate")]),
    # a second verb after ", and", its subject at the start of the sentence
    ("Mr. Putin backpedaled on his prediction that Russia would pull out of its slump within "
     "two years, and blamed the tumble in oil prices.",
     [("blamed", "Mr. Putin", "the tumble in oil prices")]),
    # an apposition holding only a participle ("fired"), not a clause
    ("Corey Lewandowski, Donald Trump's fired campaign manager, ripped the FBI director for "
     "acting as the judge and the jury.",
     [("ripped", "Corey Lewandowski",
       "the FBI director for acting as the judge and the jury")]),
    # a particle is the cue's, not the content's
    ("But Sanders also laid out a political reform agenda at a news conference.",
     [("laid", "Sanders", "a political reform agenda at a news conference")]),
    # "up" opens the content when no noun phrase follows it (the scan reads "said up" as a noun)
    ("A spokesman said up to 1,800 workers will be affected.",
     [("said", "A spokesman", "up to 1,800 workers will be affected")]),
    # a possessive subject: "Gowdy's office calls" (the scan reads "calls" as a noun after it)
    ("Gowdy's office calls the whole thing an attack on the committee.",
     [("calls", "Gowdy's office", "the whole thing an attack on the committee")]),
    # PolNeAR dev: a quotation inside the first verb's phrase is stepped over to its subject
    ("Cruz exhorted Republicans to \"vote your conscience\" and said he was standing on truth "
     "and principle.",
     [("said", "Cruz", "he was standing on truth and principle")]),
])
def test_tagged_fallback_finds_the_subject_out_of_the_scans_reach(sentence, expected):
    assert _attributions(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Voters approved the measure.",                          # no cue verb
    "Stockholders were asked to approve the merger.",        # a passive
    "Trump continues to lead the field.",                    # an aspect, not a stance
    "Officials in Ohio seeking a waiver met on Monday.",     # a participle phrase
    "Experience shows that a new furnace pays for itself within a year.",   # no one speaks
    "Ines Kahl showed reporters around the Dunmore plant on Monday.",       # an act
    "Don't you think the plan is a repetition?",             # a question
    "The theologian known as Saint Jerome translated the Bible.",          # a name
    "Sports fans aren't known as patrons of poetry.",        # a passive, negated
    "Diercks sang at the funeral of the senator's father.",  # where, not what
    "In 2005, he appeared in Cry Wolf, another horror film.",               # a raising verb
    "As far as I can tell, the site features free content.",  # a verb with no object
    "It was a deal he had been pushing and the two were arm in arm at the convention.",
    "Nimocks estimates second-quarter earnings will be 35 cts, compared to a 95 ct loss.",
])
def test_tagged_fallback_makes_no_attribution(sentence):
    assert _attributions(sentence) == []


def test_a_forward_frame_ends_before_further_verbs_of_its_subject():
    """The scan finds "attacked" and ran its content to the end of the sentence; the tags split
    off the verbs joined to it, each a frame of the same source."""
    assert _attributions("Lee attacked the plan, called it a fraud and urged voters to reject "
                         "it.") == [("attacked", "Lee", "the plan"),
                                    ("called", "Lee", "it a fraud"),
                                    ("urged", "Lee", "voters to reject it")]


def test_tagged_fallback_is_skipped_without_the_tagger(monkeypatch):
    """Without TextBlob (``chunks`` answers None) the sentence is the reporter's, as before."""
    from credibility.attribute import tagged

    monkeypatch.setattr(tagged, "chunks", lambda words: None)
    assert _attributions("Gowdy's office calls the whole thing an attack on the committee.") == []


def test_tagger_reads_a_verb_and_a_noun_phrase():
    from credibility.attribute.tagging import chunks

    tags = chunks(("The", "union", "has", "slammed", "the", "decision", "."))
    assert [t[:2] for t, _ in tags] == ["DT", "NN", "VB", "VB", "DT", "NN", "."]
    assert [c for _, c in tags] == ["B-NP", "I-NP", "B-VP", "I-VP", "B-NP", "I-NP", "O"]


def test_who_after_a_sentence_end_goes_back_to_the_name_before_it():
    """"… tightened.\n\nAnn Lee, who said …": the antecedent of "who" starts after the period
    of the sentence before (it read ". Ann Lee", no source, and the source was named "who")."""
    report = credibility.analyze("Title\n\nThe race tightened.\n\nAnn Lee, who said the race was "
                                 "close, campaigned in Iowa.\n")
    assert [(report.source(c.source_id).name, c.source_mention.text)
            for c in report.claims if c.source_id] == [("Ann Lee", "who")]


@pytest.mark.parametrize("headline", ["TOWER REPORT DIMINISHES REAGAN'S HOPES OF REBOUND",
                                      "Tower hopes fade"])
def test_which_never_reaches_back_into_the_headline(headline):
    """Reuters 00028: the headline, a blank line, then "The Tower Commission report, which
    says …" hard-wrapped after "which": the source was the headline and the report together,
    a named person."""
    report = credibility.analyze(f"{headline}\n\nThe Tower Commission report, which\nsays "
                                 "President Reagan was ignorant about the deal, ends his "
                                 "prospects, political analysts said.\n")
    which = next(c for c in report.claims if c.source_mention and c.source_mention.text == "which")
    source = report.source(which.source_id)
    assert (source.name, source.kind) == ("The Tower Commission report", "document")


@pytest.mark.parametrize("text, name, kind", [
    # trial 14: the source was "U.N", an organization, cut at the acronym's dot
    ("The war has killed more than 14,000 people, according to U.N. figures.",
     "U.N. figures", "document"),
    # Reuters: "said one U.S.\ntrade official" was no frame; "E.F. Hutton Group analyst
    # Michael Lewis" was "E.F"
    ("\u201cWe are together on this,\u201d said one U.S. trade official.",
     "one U.S. trade official", "anonymous_official"),
    ("\u201cThey have enormous growth plans,\u201d said E.F. Hutton Group analyst Michael Lewis.",
     "Michael Lewis", "named_person"),
])
def test_a_dotted_acronym_inside_a_source_phrase(text, name, kind):
    report = credibility.analyze("Markets\n\n" + text)
    assert [(s.name, s.kind) for s in report.sources] == [(name, kind)]


@pytest.mark.parametrize("text, claims", [
    # PolNeAR train: the relative clause's statement was dropped (it lay in the source phrase)
    ("But that is not good enough, said Howard Rubel, a senior analyst at Jefferies, who notes "
     "that United Technologies has vowed to cut costs.",
     [("But that is not good enough", "Howard Rubel"),
      ("United Technologies has vowed to cut costs", "Howard Rubel")]),
    ("The plan will fail, said the mayor, Ann Lee, who added that the budget was short.",
     [("The plan will fail", "Ann Lee"), ("the budget was short", "Ann Lee")]),
    # no statement in the relative clause
    ("The plan will fail, said the mayor, Ann Lee, who took office in May.",
     [("The plan will fail", "Ann Lee")]),
])
def test_a_relative_clause_after_a_trailing_frame_is_a_second_statement(text, claims):
    report = credibility.analyze("Budget\n\n" + text)
    found = [(c.span.text, report.source(c.source_id).name) for c in report.claims
             if c.source_id and report.source(c.source_id).kind == "named_person"]
    assert found == claims
    assert len(report.sources) == 1     # (United Technologies' vow is part of Rubel's note)


def reported(text: str) -> list[tuple[str, str, str]]:
    """(claim, source name, cue) of each attributed claim of ``text``, analysed whole under a
    title line (the entities stage names the sources)."""
    report = credibility.analyze("Politics\n\n" + text)
    return [(c.span.text, report.source(c.source_id).name, c.cue.text)
            for c in report.claims if c.source_id]


@pytest.mark.parametrize("text, claims", [
    # PolNeAR train: "who said" without "that" after a trailing frame was dropped
    ("\u201cI never voted for him,\u201d said Army Capt. Christian Pardo, who said he would not "
     "vote for either Clinton or Trump.",
     [("\u201cI never voted for him,\u201d", "Christian Pardo", "said"),
      ("he would not vote for either Clinton or Trump", "Christian Pardo", "said")]),
    ("\u201cWe show anger,\u201d said Harvey, who acknowledged Trump was his fourth choice.",
     [("\u201cWe show anger,\u201d", "Harvey", "said"),
      ("Trump was his fourth choice", "Harvey", "acknowledged")]),
    # the clause's time before it
    ("\u201cWe will win,\u201d said Ann Lee, who said Tuesday the plan would fail.",
     [("\u201cWe will win,\u201d", "Ann Lee", "said"), ("the plan would fail", "Ann Lee", "said")]),
    # no clause after the verb: no statement
    ("\u201cWe will win,\u201d said Ann Lee, who said nothing about the budget.",
     [("\u201cWe will win,\u201d", "Ann Lee", "said")]),
    ("\u201cWe will win,\u201d said Ann Lee, who told reporters the plan would fail.",
     [("\u201cWe will win,\u201d", "Ann Lee", "said")]),
])
def test_a_relative_clause_after_a_trailing_frame_may_leave_out_that(text, claims):
    assert reported(text) == claims


@pytest.mark.parametrize("text, claims", [
    # PolNeAR train: the relative clause's verb yields the frame to the later "said", and its
    # own statement was lost
    ("Podesta, who said the project was vetted by his firm's counsel, said he was unaware of "
     "any such disagreements.",
     [("the project was vetted by his firm's counsel", "Podesta", "said"),
      ("he was unaware of any such disagreements", "Podesta", "said")]),
    ("The silence comes after the Huffington Post, which originally said it would cover the "
     "campaign in its entertainment section, said it would treat it as news.",
     [("it would cover the campaign in its entertainment section", "The Huffington Post",
       "said"),
      ("it would treat it as news", "The Huffington Post", "said")]),
    # a denied statement is none
    ("Mrs. Clinton, who did not explicitly say that Mr. Sanders was unqualified, said on "
     "Wednesday that he had not done his homework.",
     [("he had not done his homework", "Mrs. Clinton", "said")]),
    # no statement in the clause
    ("Ann Lee, who took office in May, said the budget was short.",
     [("the budget was short", "Ann Lee", "said")]),
])
def test_a_statement_in_a_relative_clause_inside_the_source_phrase(text, claims):
    assert reported(text) == claims


@pytest.mark.parametrize("text, claims", [
    # PolNeAR train: "called" is no speech verb, but the words in quotation marks are his
    ("The remarks drew a damning reaction from President Barack Obama, who called the "
     "Republican nominee \u201cunfit to serve\u201d as president.",
     [("the Republican nominee \u201cunfit to serve\u201d as president", "Barack Obama",
       "called")]),
    # the relative clause ends at the comma before the sentence's own verb
    ("Mr. Scott, who has called Mr. Trump's comments ''racially toxic,'' portrayed his own "
     "party's nominee as a temporary affliction on conservatism.",
     [("Mr. Trump's comments ''racially toxic,''", "Mr. Scott", "called")]),
    ("Cruz, who says Trump is attacking him because the polls have tightened, campaigned in "
     "Iowa on Monday.",
     [("Trump is attacking him because the polls have tightened", "Cruz", "says")]),
    # ... unless the comma is inside what the clause reports
    ("Monsanto, which said the bill, passed in May, would hurt farmers, has not commented.",
     [("the bill, passed in May, would hurt farmers, has not commented", "Monsanto", "said")]),
    # a name in quotation marks quotes no one (the stance is hers, as after her name:
    # "Ann Lee backed …"); people in general say nothing
    ("He met Ann Lee, who backed the \u201cNever Trump\u201d movement.",
     [("the \u201cNever Trump\u201d movement", "Ann Lee", "backed")]),
    ("He met voters who called the nominee \u201cunfit to serve.\u201d", []),
])
def test_a_relative_clause_quoting_its_subject(text, claims):
    assert reported(text) == claims


@pytest.mark.parametrize("text, claims", [
    # PolNeAR train: a stance verb after ", who" was dropped, though the same verb after the
    # name is a frame ("Rubio supported the bill"); the clause ends before the sentence's verb
    ("The ad ties the bill to Senator Ann Lee, who supported it when it came to a vote.",
     [("it when it came to a vote", "Ann Lee", "supported")]),
    ("Mayor Tom Reed, who has endorsed Governor Vale, spoke at the rally on Monday.",
     [("Governor Vale", "Tom Reed", "endorsed")]),
    ("Ann Lee, who believes the tax is unfair, will vote against it.",
     [("the tax is unfair", "Ann Lee", "believes")]),
    # PolNeAR train: "who said he votes …" read no clause ("votes" tagged a noun), and the
    # content ran on past the comma into the sentence's own verb
    ("Tom Reed, who said he typically votes for Democrats, was at the rally.",
     [("he typically votes for Democrats", "Tom Reed", "said")]),
    ("He met Tom Reed, who said they always vote early.",
     [("they always vote early", "Tom Reed", "said")]),
    # no comma: the clause picks out the people, the sentence's verb is the frame
    ("Residents who called the police said the shots came from the park.",
     [("the shots came from the park", "Residents", "said")]),
    # no stance: the antecedent is no one who speaks
    ("The board, which approved the merger on Monday, meets again in May.", []),
    # Reuters: the antecedent phrase read back from "which" was a verb phrase, and the
    # document's name became "strengthen its supervisory powers over banks in the paper"
    ("The Bank also amended other aspects of plans to strengthen its supervisory powers over "
     "banks in the paper, which called for comments from professionals by March 31.", []),
])
def test_a_stance_or_statement_in_a_relative_clause_set_off_by_a_comma(text, claims):
    assert reported(text) == claims


@pytest.mark.parametrize("text, claims", [
    # PolNeAR train and Reuters: the reported clause's subject is the relative pronoun before
    # the source ("which officials said will …"); the clause was no one's
    ("The changes, which city officials said will take effect in May, will not apply to "
     "renters.",
     [("will take effect in May", "city officials", "said")]),
    ("Ann Lee voted against the tax, which she has repeatedly said is unfair.",
     [("is unfair", "Ann Lee", "said")]),
    ("The clubs are adapting to what Tom Reed said is growing demand for pools.",
     [("is growing demand for pools", "Tom Reed", "said")]),
    ("Workers ended a strike that Acme executives said could hurt earnings.",
     [("could hurt earnings", "Acme executives", "said")]),
    # what she said is the subject; a denied report; a complementizer after a verb; a verb
    # in -ing with its object left out
    ("What Ann Lee said was a lie.", []),
    # review 23: a free relative after a complementizer is the subject too
    ("Tom Reed said that what the mayor said was false.",
     [("what the mayor said was false", "Tom Reed", "said")]),
    ("The vote, which Ann Lee never said was a mistake, was a factor.", []),
    ("Tom Reed worried that the Brussels attacks would harden attitudes.",
     [("the Brussels attacks would harden attitudes", "Tom Reed", "worried")]),
    ("The scenario Ann Lee was discussing would be novel.", []),
    # PolNeAR dev and train: a relative clause without its pronoun ("N the X said is …")
    ("Rep. Adam Schiff called on President Obama to retaliate against Russia for interference "
     "in the presidential election -- meddling the California congressman said is designed to "
     "\"sow discord\" in American politics.",
     [("President Obama to retaliate against Russia for interference in the presidential "
       "election -- meddling the California congressman said is designed to \"sow discord\" in "
       "American politics", "Adam Schiff", "called on"),
      ("is designed to \"sow discord\" in American politics", "the California congressman",
       "said")]),
    ("It's a dynamic Greenberg said could drive those moderates toward Democrats this fall.",
     [("could drive those moderates toward Democrats this fall", "Greenberg", "said")]),
    # … not a noun that opens the sentence (the clause after it is its predicate), nor a
    # figure before a noun in -s ("six Gulf Arab states will meet": Reuters)
    ("The only regret he acknowledged was a failed promise to change the tone of Washington.",
     []),
    ("Deputy oil ministers from six Gulf Arab states will meet in Bahrain today.", []),
])
def test_a_clause_whose_subject_a_relative_pronoun_took_before_its_source(text, claims):
    assert reported(text) == claims


@pytest.mark.parametrize("text, claims", [
    # PolNeAR train: "hope" and "fear" were left out as mostly nouns; after a noun, a name or
    # a pronoun they are the verb (Reuters: "banks hope to reduce the incentive …")
    ("Supporters of the law hope this is just a transition period.",
     [("this is just a transition period", "Supporters of the law", "hope")]),
    ("By striking swift deals, the banks hope to reduce the incentive for other debtors.",
     [("to reduce the incentive for other debtors", "the banks", "hope")]),
    ("Democrats fear the split will hurt their chances in November.",
     [("the split will hurt their chances in November", "Democrats", "fear")]),
    # nouns: after an adjective or a determiner, or before the verb of their own clause
    ("The measures include raising the credible fear threshold for asylum seekers.", []),
    ("The Republican hope is that the bill passes.", []),
    ("There is new hope that the talks will resume.", []),
])
def test_hope_and_fear_after_their_subject_are_verbs(text, claims):
    assert reported(text) == claims


def test_a_relative_clause_inside_a_content_does_not_cut_it():
    """"X said A, which refused B, brought C": the comma before the relative pronoun ends no
    content (Reuters: the content was cut to "an Iranian trade mission to Tokyo")."""
    claims = reported("Daniel McKinley said an Iranian trade mission to Tokyo, which refused "
                      "discounts to Japanese buyers, brought refiners into the market.")
    assert claims[0] == ("an Iranian trade mission to Tokyo, which refused discounts to "
                         "Japanese buyers, brought refiners into the market", "Daniel McKinley",
                         "said")
    # nor is the object of its preposition the one who refused (Reuters: "Tokyo" was)
    assert len(claims) == 1


@pytest.mark.parametrize("text, claims", [
    # PolNeAR train: "Mr. Sanders" was the source and "David Axelrod, …" the content
    ("But Mrs. Clinton would do well to begin ''building bridges'' to Mr. Sanders, said David "
     "Axelrod, a former senior strategist for the Obama campaign.",
     [("But Mrs. Clinton would do well to begin ''building bridges'' to Mr. Sanders",
       "David Axelrod", "said")]),
    # PolNeAR train: the source was "on" (a relative clause closed by ',”' hid "Beck")
    ("Beck, who has in the past described Trump as \u201ca pathological narcissistic "
     "sociopath,\u201d said on Monday that he would not vote.",
     [("he would not vote", "Beck", "said")]),
    ("Roffman, who estimates that his legal costs were \u201cin the seven figures,\u201d said "
     "the emotional impact was \u201chorrendous.\u201d",
     [("his legal costs were \u201cin the seven figures,\u201d", "Roffman", "estimates"),
      ("the emotional impact was \u201chorrendous.\u201d", "Roffman", "said")]),
    # PolNeAR dev: the source was "of RT"
    ("''Their strategy is very clear,'' Michael McFaul, a senior fellow at Stanford, said of "
     "RT.",
     [("''Their strategy is very clear,''", "Michael McFaul", "said")]),
])
def test_the_source_of_a_frame_set_off_by_commas(text, claims):
    assert reported(text) == claims


def test_a_statement_in_a_relative_clause_without_a_comma_yields_to_the_later_said():
    """"X, a senior analyst who has argued that A, said B": the sentence's frame is "said"
    (the content was "A, said B", the source "who"); with a later participle (", saying")
    the relative clause keeps its own frame."""
    found = attributed("Howard Rubel, a senior analyst at Jefferies who has argued that the "
                       "merger will fail, said the stock was cheap.")
    assert [(c.span.text, c.cue.text) for c, _ in found] == [("the stock was cheap", "said")]
    found = attributed("Trump refused to pay an architect who said he was stiffed after he "
                       "designed a clubhouse, saying he did a poor job.")
    assert ("he was stiffed after he designed a clubhouse", "who", "said") in [
        (c.span.text, c.source_mention.text, c.cue.text) for c, _ in found]


def test_a_shows_title_in_quotation_marks_after_the_frame_is_no_statement():
    (claim, _), = attributed("Shays was pro John Kasich while the Ohio governor was in the "
                             "running, he said Wednesday morning on MSNBC\u2019s \u201cMorning "
                             "Joe.\u201d")
    assert claim.span.text.startswith("Shays was pro John Kasich")
    (claim, _), = attributed("Heading into the debate, Sanders told MSNBC's \"Morning Joe\" that "
                             "nobody would question her intelligence.")
    assert claim.span.text.endswith("nobody would question her intelligence")


def test_a_relative_pronoun_standing_for_a_document_reports_its_finding():
    found = attributed("The council published a report on Monday, which found that the roads "
                       "were unsafe.")
    assert [(c.span.text, c.source_mention.text, c.cue.text) for c, _ in found] == [
        ("the roads were unsafe", "which", "found")]
    assert not attributed("The council hired a firm which found that the roads were unsafe.")


def test_the_who_in_capitals_is_an_organization_not_a_relative_pronoun():
    report = credibility.analyze("Iodine\n\nMany children lack iodine, a study found.\n\n"
                                 "WHO said salt should be iodised.\n")
    sources = {report.source(c.source_id).name: report.source(c.source_id).kind
               for c in report.claims if c.source_id}
    assert sources["WHO"] == "named_organization"


# Trial 6: a surname that is also a modal or a time word ("May", "Today") stays with the name
# before it (was "Minister Theresa", or no source at all).
@pytest.mark.parametrize("text", [
    "British Prime Minister Theresa May said this week that the country would leave.",
    "The country would leave, Theresa May said.",
    "The country would leave, said Theresa May.",
])
def test_a_surname_that_is_a_modal_stays_with_the_name(text):
    (claim, source), = attributed(text)
    assert source.name.endswith("Theresa May")
    assert claim.span.text.lower().startswith("the country would leave")


# Trial 6: a plural or other form of a document noun is a document, not an anonymous person
# quoted without a reason ("According to union calculations, the raise would cost …").
@pytest.mark.parametrize("mention", ["union calculations", "the district's projections"])
def test_more_document_nouns(mention):
    (claim, source), = attributed(f"According to {mention}, the raise would cost $25 million.")
    assert source.kind == "document"


# Trial 6: a hedge word inside a comparison of risks does not hedge (rules/hedges.txt "!" lines)
@pytest.mark.parametrize(("sentence", "hedge"), [
    ("Those who walked daily were 24 percent less likely to develop heart disease, the study "
     "found.", None),
    ("Smokers are twice as likely to die early, the report said.", None),
    ("The deal is likely to collapse, officials said.", "likely"),
    ("Smokers are twice as likely to die early and the plan will likely fail, the report said.",
     "likely"),
])
def test_a_comparison_of_risks_is_no_hedge(sentence, hedge):
    (claim, source), = attributed(sentence)
    assert (claim.hedge.text if claim.hedged else None) == hedge


# Trial 25: epistemic modals before a verb hedge (CoNLL-2010 hedge cues); the month, a name and
# past inability do not
@pytest.mark.parametrize(("sentence", "hedge"), [
    ("A further 40mm of rain could fall on Friday, forecasters said.", "could"),
    ("People in the early stages of dementia may simply walk less, he said.", "may"),
    ("The closure might last into the summer, the engineer said.", "might"),
    ("Some 40% of cases could potentially be prevented, the report said.", "could"),
    ("The plant could not be reached by road, the union said.", None),
    ("Theresa May called the deal a betrayal, the minister said.", None),
    ("The works ended in May and cost $4 million, the council said.", None),
    # review 25: the senses' "could" is past ability, "may" of leave to act is permission
    ("Residents could see the smoke from the ridge, a neighbour said.", None),
    ("Voters may cast ballots until 8 p.m., the clerk said.", None),
])
def test_an_epistemic_modal_hedges(sentence, hedge):
    (claim, source), = attributed(sentence)
    assert (claim.hedge.text if claim.hedged else None) == hedge


# Trial 10: hedges that frame the sentence from outside the claim, or report an allegation
@pytest.mark.parametrize(("sentence", "hedge"), [
    ("The leak appears to have given the firm an early look at the cuts.", "appears to"),
    ("The aide is alleged to have passed the memo to the firm.", "is alleged to"),
    # trial 14: hearsay passed on in an impersonal passive (was background or plain)
    ("It is understood that United have agreed personal terms with the striker.",
     "It is understood"),
    ("It is thought the club has a budget of around \u00a3120m.", "It is thought"),
    ("United are closing in on a deal, with talks said to be at an advanced stage.",
     "said to be"),
])
def test_a_hedged_sentence_in_the_reporters_voice_is_an_unsourced_assertion(sentence, hedge):
    report = credibility.analyze(sentence)
    (claim,) = report.claims
    assert (claim.hedge.text, claim.assertion) == (hedge, "unsourced_assertion")


# Trial 10: who an unnamed source is
@pytest.mark.parametrize(("mention", "kind"), [
    ("A banker", "anonymous_source"),
    ("A consultant who advises the firm", "anonymous_source"),
    ("One Republican strategist", "anonymous_source"),
    ("A lawyer for the family", "anonymous_source"),
    ("A Harvard economist", "anonymous_official"),
    ("A Justice Department lawyer", "named_organization"),
    # an office with one holder identifies its holder
    ("The county clerk", "named_person"),
    ("The state auditor", "named_person"),
    ("The town's fire marshal", "named_person"),
    ("The harbour master", "named_person"),
])
def test_unnamed_sources_by_what_they_are(mention, kind):
    report = credibility.analyze(f"{mention} said the deal was close.")
    assert [s.kind for s in report.sources] == [kind]


def test_the_n_year_old_is_the_person_of_that_age():
    """""…," the 23-year-old said' after "Kwame Ashdown-Pryce, 23," is him, on the record
    (new-user trial: an anonymous source flagged for giving no reason); with no age given
    for anyone it stays unresolved rather than go to the last person quoted."""
    report = credibility.analyze(
        "Striker Kwame Ashdown-Pryce, 23, scored twice, coach Ann Lee said. Ashdown-Pryce said "
        "he had not hesitated. \u201cI knew where I was putting it,\u201d the 23-year-old said.")
    striker = next(s for s in report.sources if "Ashdown-Pryce" in s.name)
    claim = next(c for c in report.claims if "putting it" in c.span.text)
    assert claim.source_id == striker.id
    report = credibility.analyze(
        "Striker Kwame Ashdown-Pryce scored twice, coach Ann Lee said. \u201cI knew where I "
        "was putting it,\u201d the 23-year-old said.")
    coach = next(s for s in report.sources if s.name == "Ann Lee")
    claim = next(c for c in report.claims if "putting it" in c.span.text)
    assert claim.source_id != coach.id


def test_she_is_the_coach_named_after_her_team_and_role():
    """"Harlow Vale head coach Sunniva Haldane was more measured. '…,' she said": the
    sentence's subject is the coach, not the team's name nor the striker quoted before
    (new-user trial)."""
    report = credibility.analyze(
        "Striker Kwame Ashdown-Pryce scored the winner. \u201cIt was a penalty,\u201d "
        "Ashdown-Pryce said.\n\nHarlow Vale head coach Sunniva Haldane was more measured. "
        "\u201cFrom where I stood it looked like a penalty,\u201d she said.")
    claim = next(c for c in report.claims if "From where I stood" in c.span.text)
    assert report.source(claim.source_id).name == "Sunniva Haldane"


@pytest.mark.parametrize("text", [
    # trial 13: a club's name opens the sentence; "he" is its manager, never the club
    "Carrow Athletic beat Dunmore Rovers 2-1. Rovers led at half-time.\n\nRovers boss Tony "
    "Galloway was unhappy with the referee. \u201cIt was a clear foul,\u201d he said.",
    "Dunmore Rovers lost 2-1. Rovers manager Tony Galloway was unhappy with the referee. "
    "\u201cIt was a clear foul,\u201d he said.",
])
def test_he_is_the_person_after_a_club_and_a_role(text):
    report = credibility.analyze(text)
    claim = next(c for c in report.claims if "clear foul" in c.span.text)
    source = report.source(claim.source_id)
    assert (source.name, source.kind) == ("Tony Galloway", "named_person")
    assert "Dunmore Rovers" not in [s.name for s in report.sources]


def test_the_fire_chief_is_not_the_deputy_fire_chief():
    """A rank before a role makes another office (new-user trial: the retiring chief's plans
    went to his deputy, named last)."""
    report = credibility.analyze(
        "Fire chief Reginald Thornbury will retire at the end of the month. \u201cIt is time,\u201d "
        "Thornbury said. The county's deputy fire chief, Malcolm Ferreira, will take over. "
        "Ferreira said the service was ready. Asked about his plans, the fire chief said he "
        "would restore an old fire engine.")
    claim = next(c for c in report.claims if "fire engine" in c.span.text)
    assert report.source(claim.source_id).name == "Reginald Thornbury"


def test_an_office_without_a_holder_is_named_by_the_whole_office():
    """Trial 12: "The Indiana State Fire Marshal said" gave a person called "Fire Marshal"; a
    single-holder office is on the record (the entity layer) under the whole office."""
    report = credibility.analyze("The Indiana State Fire Marshal said the cause was under "
                                 "investigation.")
    assert [(s.name, s.kind) for s in report.sources] == [
        ("The Indiana State Fire Marshal", "named_person")]


@pytest.mark.parametrize(("name", "family"), [
    ("Department of Energy", "agency"), ("Ministry of Oil", "agency"),
    ("Bank of Communications", "bank"), ("Public Service Co of New Mexico", "company"),
    ("Acme Corp.", "company"), ("Food and Drug Administration", "agency"),
])
def test_an_organization_s_kind_is_read_before_its_of_phrase(name, family):
    """Review: "Department of Energy" was a company for its last family word."""
    from credibility.rules import load_rules

    assert load_rules().sources.org_families.family(name.split()) == family


def test_the_company_is_not_the_fire_officials_quoted_before():
    """Trial 12, finding 3: "The company said in a statement …" went to "Harlow Ridge fire
    officials", the organization quoted last; officials speak for a public body unless their
    name says whose they are, and "Keller Chemical" is a company's name."""
    report = credibility.analyze(
        "Plant blast\n\nThree Keller Chemical workers were killed when an explosion ripped "
        "through the company's plant on Tuesday, Harlow Ridge fire officials said.\n\nThe "
        "company said in a statement that it was devastated.\n")
    company = next(c for c in report.claims if "devastated" in c.span.text)
    assert "Keller Chemical" in report.source(company.source_id).name


def test_the_paragraph_a_colon_frame_opens_names_its_source_as_the_frame_does():
    """PolNeAR misses ("The governor added:" then the quotation): the claim had its source but
    no mention of it, so nothing in the text showed who said it; the frame's mention is it."""
    report = credibility.analyze("Storm\n\nThe storm destroyed 300 homes on the coast, officials "
                                 "said on Monday.\n\nGovernor Ann Lee toured the coast. The "
                                 "governor added:\n\n\"We will rebuild every home that was "
                                 "lost.\"\n")
    claim = next(c for c in report.claims if "rebuild" in c.span.text)
    assert claim.source_mention is not None and claim.source_mention.text == "The governor"


def test_a_raising_verb_before_a_reporting_verb_keeps_the_subject_as_source():
    """PolNeAR misses: "he appeared to suggest that veterans …" is his suggestion, though "Lee
    seemed to waver" is the writer's reading."""
    found = attributed("Donald Trump drew criticism after he appeared to suggest that veterans "
                       "who suffer from PTSD might not be as strong.")
    assert found and found[0][1].name != "" and found[0][0].source_mention.text == "he"


# A line ending in a colon: a speaker and a verb ("Smith notes:") opens the next paragraph as
# that speaker's; a label over a list ("Fourth quarter highlights:", trial 12's press release)
# names nobody.
COLON_LINES = [
    ("Fourth quarter highlights:", "Revenue of $1.84 billion, up 9% year over year", None),
    ("Key points:", "The plant had been cited twice in 2024.", None),
    ("Full year highlights:", "Record parcel volume of 312 million packages", None),
    ("Ann Smith runs the plant. Smith notes:", '"We never agreed to that."', "Ann Smith"),
    ("The inspector writes:", '"The fans were not running."', "The inspector"),
    ("Her report highlights:", '"The fans were not running."', "Her report"),
    ("Local residents say:", '"The smell was awful."', "Local residents"),
    # "said" is a past form, not the plural of a noun (a PolNeAR dev sentence)
    ("Mayor Ann Lee spoke next. She said:", '"We have a situation in our inner cities."',
     "Ann Lee"),
    # review: a speech verb in -s is no plural label ("Downing Street says:")
    ("Downing Street says:", '"The deficit will fall next year."', "Downing Street"),
]


@pytest.mark.parametrize(("line", "paragraph", "source"), COLON_LINES)
def test_a_label_line_is_no_speaker(line, paragraph, source):
    report = credibility.analyze(f"Plant results\n\n{line}\n\n{paragraph}\n")
    claim = next(c for c in report.claims if paragraph.strip('"')[:20] in c.span.text)
    found = report.source(claim.source_id)
    assert (found.name if found else None) == source


# The anonymity patterns asked in one call first: it succeeds when one of them starts within
# reach of the mention
@pytest.mark.parametrize("tail", [
    ", who spoke on condition of anonymity because he was not authorized to speak, said",
    " who asked not to be named for fear of reprisals",
    ", asking not to be identified as the talks are private",
    " said the plant will close. Later, speaking on condition of anonymity to discuss it,",
    ", on Monday, who asked not to be named for fear of reprisals",
    " said the plant will close on Monday, one of them, who asked not to be named for fear",
    " told Reuters on Monday",
    "",
])
def test_anonymity_patterns_combined_tell_whether_one_starts_near(tail):
    from credibility.attribute.anonymity import _REASON_REACH, _near

    patterns = load_rules().anonymity_patterns
    starts = [m.start() for p in patterns if (m := p.search(tail))]
    near = _near(patterns)
    assert near is not None
    assert (near.match(tail) is not None) == (bool(starts) and min(starts) < _REASON_REACH)


# The session's fresh-eyes review: counter-examples to new rules, each a reading that must hold.
def test_a_content_opening_with_a_subordinate_clause_runs_past_its_comma():
    found = attributed("Mayor Ann Lee said that when the storm hit, officials announced the "
                       "schools would close.")
    assert found[0][0].span.text == ("when the storm hit, officials announced the schools "
                                     "would close")
    found = attributed("Monetary sources said privately, West Germany welcomed the rise in "
                       "the yen.")
    assert found[0][0].span.text.startswith("privately, West Germany welcomed")


@pytest.mark.parametrize("text, name, kind", [
    # "German" is a first name too; after "The" it is no name with "Chancellor" its surname
    ("The German Chancellor, Angela Merkel, said the Greek crisis underlined the need for an "
     "overhaul.", "Angela Merkel", "named_person"),
    # a country beside a description of a thing's neighbour or ally is no person
    ("A key US ally, Jordan, said it would close the border on Monday.", None, "named_person"),
    ("Its southern neighbour, Chad, said it had closed the border.", None, "named_person"),
])
def test_review_names_and_kinds(text, name, kind):
    report = credibility.analyze("News\n\n" + text)
    if name is None:
        assert all(s.kind != kind for s in report.sources)
    else:
        assert [(s.name, s.kind) for s in report.sources] == [(name, kind)]


def test_a_superlative_most_and_a_misread_phrase_are_no_group():
    assert not attributed("One of the most widely noticed works of the time appeared in 1988.")
    report = credibility.analyze(
        "Bonds\n\nTraders said a pause in either market suggests caution. \u201cWe wait,\u201d "
        "one said.")
    assert not any(s.name.lower().startswith("one pause") for s in report.sources)


def test_a_pronoun_never_goes_back_to_a_first_name_of_the_other_gender():
    """Review: "Sarah, a mother of two, waited …" then "He said …" gave Sarah the doctor's
    words (first_names.txt's gender cue, pronoun_genders)."""
    report = credibility.analyze(
        "Wards\n\nDr John Smith said the wards were full. Sarah, a mother of two, waited for six "
        "hours. He said the delays were caused by staff shortages.")
    said = [report.source(c.source_id).name for c in report.claims if c.source_id]
    assert said == ["John Smith", "John Smith"]


@pytest.mark.parametrize("text, speaker", [
    # first names of other countries carry their gender too (first_names_world.txt): "She"
    # went to "Then Bogdan", the Polish man named last
    ("Deputy mayor Ludmila Horakova opened the session. Then Bogdan Kowalczyk, the treasurer, "
     "read the accounts. She said the budget was balanced.", "Ludmila Horakova"),
    ("Oksana Petrenko chaired the hearing. Khalid Haddad, the auditor, was late. She said the "
     "report would be published in June.", "Oksana Petrenko"),
])
def test_a_pronoun_skips_a_foreign_first_name_of_the_other_gender(text, speaker):
    report = credibility.analyze("Council\n\n" + text)
    said = [report.source(c.source_id).name for c in report.claims if c.source_id]
    assert said == [speaker]


@pytest.mark.parametrize("text", [
    "The Department of Health and Social Care said it would review the findings.",
    "A spokesperson for the Department of Health and Social Care said it would review them.",
])
def test_an_organizations_name_with_and_after_its_organization_word_is_one_name(text):
    """Trial 14: the source was "Social Care"."""
    (claim, source), = attributed(text)
    assert "Department of Health and Social Care" in claim.source_mention.text


def test_a_fronted_clause_ends_at_its_comma_whatever_its_content_opens_with():
    """Second review: "to attend …" opened with a preposition and ran on past the comma."""
    found = attributed("Although he had planned to attend the University of Texas, Jared "
                       "decided to move to Los Angeles.")
    assert [(c.span.text, c.source_mention.text) for c, _ in found] == [
        ("to attend the University of Texas", "he"), ("to move to Los Angeles", "Jared")]
    assert [c.source_mention.text for c, _ in attributed(
        "Residents were divided. Most said the plan would fail.")] == ["Most"]


# British copy quotes in typewriter single marks (trial 16b: every quotation of a BBC-style
# council story was left unattributed)
@pytest.mark.parametrize("text, claim, source", [
    ("'It's not just books. It's the only place some of us talk to another person all week,' "
     "she told the BBC.",
     "'It's not just books. It's the only place some of us talk to another person all week,'",
     "she"),
    ("'Nobody came into politics to close libraries,' the council leader said.",
     "'Nobody came into politics to close libraries,'", "the council leader"),
    # apostrophes and plural possessives are no quotation marks
    ("The players' union said the deal was bad.", "the deal was bad", "The players' union"),
    # inside double marks a single one nests, as before
    ('"Our ideas of \'success\' are different," said Michelle Stevens, 30.',
     '"Our ideas of \'success\' are different,"', "Michelle Stevens"),
])
def test_typewriter_single_quotation_marks(text, claim, source):
    found = attributed("The libraries will close in May.\n\n" + text)
    assert [(c.span.text, c.source_mention.text) for c, _ in found] == [(claim, source)]


@pytest.mark.parametrize("text, who", [
    ("Mayor Tom Reed faces Councillor Ann Vale, 52, who said last week that the budget was "
     "a mess.", "Ann Vale"),
    ("The plant is run by Gareth Lowe, 61, who told staff on Friday that it would close.",
     "Gareth Lowe"),
])
def test_an_age_set_off_after_a_name_is_never_the_source_of_who(text, who):
    """Trial 16: "Vice Mayor Karen Ostrowski, 47, who declared …" made "47" an anonymous
    source: the relative pronoun stands for the person, the age only describes her."""
    sources = [s.name for s in credibility.analyze(text).sources]
    assert who in sources and not any(s.strip().isdigit() for s in sources)


def test_he_is_not_the_woman_quoted_last_when_a_man_was_quoted_before_her():
    """Trial 16: "He told reporters …" went to the vice mayor quoted just before, named with
    a woman's first name, instead of the former senator."""
    report = credibility.analyze(
        "Former senator Raymond Castellanos said on Tuesday that he would run for mayor.\n\n"
        "Vice Mayor Karen Ostrowski, who declared her candidacy in March, said the race would "
        "be close.\n\nHe told reporters after the rally that he had balanced bigger budgets.")
    claim = next(c for c in report.claims if "bigger budgets" in c.span.text)
    assert report.source(claim.source_id).name == "Raymond Castellanos"


@pytest.mark.xfail(strict=True, reason="with no age given for anyone, 'The 54-year-old "
                   "Democrat' could be the person named last, but 'The 19-year-old told the "
                   "BBC …' after a police officer is quoted is not the officer (review): the "
                   "description's noun would have to match the person")
def test_an_age_description_with_no_age_given_is_the_person_named_before_it():
    report = credibility.analyze(
        "Raymond Castellanos announced on Tuesday that he would run for mayor. \u201cI want "
        "to fix this city,\u201d Castellanos told supporters.\n\nThe 54-year-old Democrat "
        "said his first priority would be housing.")
    assert [s.name for s in report.sources] == ["Raymond Castellanos"]


def test_an_age_description_is_not_the_official_quoted_before_it():
    report = credibility.analyze(
        "A man was stabbed in Leeds on Friday. Detective Inspector Jane Hill said officers were "
        "questioning witnesses.\n\nThe 19-year-old told the BBC he had been attacked from "
        "behind.")
    claim = next(c for c in report.claims if "attacked" in c.span.text)
    assert report.source(claim.source_id).name != "Jane Hill"


def test_an_age_description_with_a_noun_is_the_person_named_before_it():
    """Trial 16: with an age given (a misspelt "The 41-year-old Slutksy" in Reuters copy) the
    age description is the person of that age."""
    report = credibility.analyze(
        "Leonard Slutsky, 41, faces up to five years in prison, prosecutors said. Slutsky "
        "said he was innocent. The 41-year-old Slutksy admitted accepting the money, "
        "prosecutors said.")
    claim = next(c for c in report.claims if "accepting" in c.span.text)
    assert report.source(claim.source_id).name == "Leonard Slutsky"


def test_an_age_description_is_no_one_named_when_someone_unnamed_has_that_age():
    """"A 23-year-old man was arrested … The 23-year-old told police …": the man arrested,
    not the officer named before."""
    report = credibility.analyze(
        "Inspector Ann Lee said a 23-year-old man was arrested on Friday. The 23-year-old "
        "told officers he had been at home.")
    claim = next(c for c in report.claims if "at home" in c.span.text)
    assert report.source(claim.source_id).name != "Ann Lee"


# Court reporting (trial 16b): what a court, jury or inquest heard is evidence put to it,
# attributed to the body; anyone else hearing something reports nothing
@pytest.mark.parametrize("text, claims", [
    ("A former treasurer siphoned off more than £380,000 to pay for gambling, a jury at Leeds "
     "Crown Court heard on Tuesday.",
     [("A former treasurer siphoned off more than £380,000 to pay for gambling",
       "Leeds Crown Court")]),
    ("The inquest heard that he had been drinking before the crash.",
     [("he had been drinking before the crash", "The inquest")]),
    ("Residents heard three shots just after midnight.", []),
    ("She heard the crash from her kitchen, police said.",
     [("She heard the crash from her kitchen", "police")]),
])
def test_what_a_court_heard(text, claims):
    found = attributed("The trial continues.\n\n" + text)
    assert [(c.span.text, s.name) for c, s in found] == claims


@pytest.mark.parametrize("text, claims", [
    # review: a word-start apostrophe ("'til", "'em") is no opening mark when a real
    # quotation follows
    ("Shopkeepers said they would stay open 'til the water reached their doors. The mayor, "
     "Anne Cole, said the situation was 'very serious'. Police said three roads were closed.",
     ["Shopkeepers", "Anne Cole", "Police"]),
    ("Residents told 'em the banks would burst. The Environment Agency said it had issued a "
     "'severe' warning.", ["Residents", "The Environment Agency"]),
    # review: "he" is Andrea Orlando (a man's name in Italian), not the man quoted before him
    ("Prime Minister Mario Draghi said the plan would create jobs.\n\nLabour Minister Andrea "
     "Orlando said unions had been consulted. He said the reforms would protect young workers.",
     ["Mario Draghi", "Andrea Orlando", "Andrea Orlando"]),
])
def test_review_16b_sources(text, claims):
    assert [s.name for _, s in attributed("Floods rose on Monday.\n\n" + text)] == claims


def test_a_paragraph_opening_with_a_typewriter_single_mark_goes_on_quoting():
    """review 16b: British copy reopens the quotation with a single mark each paragraph; the
    same text in curly marks went to the speaker, in straight ones to no one."""
    _, claims = analyse("Council cuts.\n\n'We are all upset about this,' said resident Ann "
                        "Lee.\n\n'Nobody asked us. The council just decided without a vote.'\n")
    assert claims[-1].source_id is not None and claims[-1].source_id == claims[-2].source_id
    assert claims[-1].quote == "direct"


@pytest.mark.parametrize("opening, reopening, closing", [("'", "'", "'"),
                                                         ("\u2018", "\u2018", "\u2019")])
def test_a_quotation_over_paragraphs_in_single_marks_is_the_speakers(opening, reopening,
                                                                     closing):
    """British copy opens a long quotation after "said:", leaves each paragraph open and
    reopens the next: every paragraph is the speaker's direct quotation (the first was
    "indirect" and cut at its first sentence, the rest went to no one, in straight and curly
    marks alike; double marks were right)."""
    _, claims = analyse(
        "Flood victims angry at council\n\nResidents were evacuated on Tuesday.\n\n"
        f"Margaret Hale, 74, said: {opening}We had no warning at all. The water came in "
        f"through the floor.\n\n{reopening}We lost everything. The photographs are gone.\n\n"
        f"{reopening}The council knew about that drain for years.{closing}\n\n"
        "A council spokesman said the drain had been inspected in March.\n")
    first = next(c for c in claims if "no warning" in c.span.text)
    hers = [c for c in claims if c.source_id == first.source_id is not None]
    assert [c.span.text[1:12] for c in hers] == ["We had no w", "We lost eve", "The council"]
    assert {c.quote for c in hers} == {"direct"}
    assert "The water came in" in hers[0].span.text


def test_a_negated_report_after_a_statement_does_not_go_on_with_it():
    """Trial 17: "She did not say how much would come from each." went on as the mayor's
    claim: a negated report is the reporter's voice, and no continuation either."""
    _, claims = analyse("The council met on Monday. The mayor said the budget would rise. "
                        "She did not say how much would come from each.")
    assert claims[-1].source_id is None


@pytest.mark.parametrize("text, claims", [
    # trial 17: "and that …" is the said's second content, not one of "had responded"
    ("The chief said his department had responded to 40 calls, and that he would assign "
     "two more officers.",
     [("his department had responded to 40 calls, and that he would assign two more "
       "officers", "The chief")]),
    # trial 17: where someone spoke is no content of "spoke"; a topic is
    ("Police Chief Marcus Hale also spoke at the conference.", []),
    ("Hale spoke in Phoenix on Wednesday night.", []),
    ("Hale spoke at length about the plan.", [("at length about the plan", "Hale")]),
])
def test_what_is_no_content_of_a_frame(text, claims):
    assert [(c.span.text.rstrip("."), c.source_mention.text)
            for c, _ in attributed(text)] == claims


# Follow-up references to an unnamed source (trial 17 finding 11): known gaps.
@pytest.mark.parametrize("text", [
    xfail("A person familiar with the company's safety program said the warning was sent. "
          "That person said the warning was ignored.",
          reason="the frame's source span drops the demonstrative: 'person', a new source"),
    xfail("A security researcher said the flaw was found in March. Noor Haddad, a "
          "researcher at Kestrel Security, said the patch came in May.",
          reason="an indefinite description in the lede that a later appositive names "
                 "(same head) is not joined: two sources"),
])
def test_a_follow_up_reference_is_the_same_unnamed_source(text):
    assert len({s.id for _, s in attributed(text)}) == 1


@pytest.mark.xfail(strict=True, reason="the source phrase after 'according to' is cut before "
                   "its relative clause, 'a person', which then reads as vague")
def test_according_to_a_person_keeps_its_relative_clause():
    found = attributed("The warning was ignored, according to a person who attended a staff "
                       "meeting in April.")
    assert found[0][1].name == "a person who attended a staff meeting in April"


@pytest.mark.parametrize("text, source, kind", [
    # trial 17: "Pacific Gas and Electric says" gave the source "Electric"
    ("Pacific Gas and Electric says the line was damaged.", "Pacific Gas and Electric",
     "named_organization"),
    ("Procter and Gamble said sales rose.", "Procter and Gamble", "named_organization"),
    # a pronoun is no part of a name
    ("He and Keating said the deficit was running above target.", "Keating", None),
])
def test_a_name_with_and_opening_the_sentence_is_one_source(text, source, kind):
    found = attributed("Power was cut on Monday.\n\n" + text)
    assert found[0][0].source_mention.text == source
    if kind:
        assert found[0][1].kind == kind


@pytest.mark.parametrize("text, source", [
    # review 17: an elision opening a sentence or after a colon is no quotation that runs on
    ("'Tis the season for reunion tours, promoters said on Monday.", "promoters"),
    ("'Ndrangheta clans control most of the cocaine entering Europe, investigators said.",
     "investigators"),
    ("The verdict of the poll: 'twas the best decade, most fans said.", "most fans"),
    ("Organisers gave one reason: 'em old fans pay more, the promoter said.", "the promoter"),
])
def test_an_elision_is_no_quotation_left_open(text, source):
    found = attributed("Prosecutors made arrests on Tuesday.\n\n" + text)
    assert [s.source_mention.text for s, _ in found] == [source]


@pytest.mark.parametrize("text, claim", [
    # review 17: the granted source's own next verb after its stated reason is its claim
    ("A law enforcement official spoke on condition of anonymity because he was not "
     "authorized to discuss the investigation and said agents had seized two laptops.",
     "agents had seized two laptops"),
    # ... and so is a participle after a grant through a listener
    ("Another official spoke to reporters on condition of anonymity, saying the mayor would "
     "resign.", "the mayor would resign"),
])
def test_a_claim_after_a_grant_of_anonymity_is_kept(text, claim):
    assert [c.span.text.rstrip(".") for c, _ in attributed(
        "Agents searched the office on Tuesday.\n\n" + text)] == [claim]


def test_a_bodys_noun_then_its_name_is_that_body():
    """Review 17: "The port authority, Associated British Ports, said" went to the airline
    quoted before (a name of no organization word after a role read as a person's)."""
    found = attributed("Ships were diverted on Monday.\n\nThe airline Ryanair said flights were "
                       "cancelled.\n\nThe port authority, Associated British Ports, said two "
                       "ships were diverted.")
    assert [s.name for _, s in found] == ["The airline Ryanair",
                                         "The port authority, Associated British Ports"]


def test_a_gerund_subject_after_while_is_no_participle_clause():
    """'while mocking or mispronouncing them is childish': the forms in -ing are the subject of
    'is', not a second statement, so the content runs on; 'while also suggesting that' still
    opens one."""
    report = credibility.analyze(
        "Kamala Harris said respecting the significance of names honors those values, while "
        "mocking or mispronouncing them is childish.\n\nThe governor denied the claims, while "
        "also suggesting that the audit was flawed.\n")
    texts = [c.span.text for c in report.claims]
    assert any(t.startswith("respecting") and "childish" in t for t in texts), texts
    assert "the audit was flawed" in texts, texts


@pytest.mark.parametrize("text, source, cue, content", [
    ("Noting that the plant had been closed for a decade, the mayor said the town would "
     "rebuild.", "the mayor", "Noting", "the plant had been closed for a decade"),
    ("After suggesting on Wednesday that he regretted the insults, Mr. Rubio rarely mentioned "
     "the race.", "Mr. Rubio", "suggesting", "he regretted the insults"),
    ("Having announced that he would not send me to prison, Judge Berman proceeded to hand "
     "down his sentence.", "Judge Berman", "Having announced", "he would not send me to prison"),
    # a comma inside the participle's clause, an apposition after the subject
    ("Recalling that the war, the drought and the strike had hurt the town, Ann Lee, who "
     "was mayor then, said it had recovered.", "Ann Lee", "Recalling",
     "the war, the drought and the strike had hurt the town"),
])
def test_a_participle_clause_opening_the_sentence_is_the_main_subjects(text, source, cue,
                                                                      content):
    """PolNeAR (issue 10): a participle clause of a cue verb before the main clause reports
    what the main clause's subject noted, suggested or announced; "Having" is no source."""
    found = [(c.source_mention.text if c.source_mention else None, c.cue.text, c.span.text)
             for c in credibility.analyze("Officials met on Monday.\n\n" + text + "\n").claims
             if c.cue is not None]
    assert (source, cue, content) in found, found
    assert all(s is None or not s.lower().startswith(("having", "noting", "recalling"))
               for s, _, _ in found), found


def test_a_participle_of_place_or_a_gerund_subject_opens_no_frame():
    """'Speaking to reporters' says where, not what; a form in -ing before its own verb is a
    subject, not a participle clause."""
    found = [(c.source_mention.text if c.source_mention else None, c.cue.text)
             for c in credibility.analyze(
                 "Officials met on Monday.\n\nSpeaking to reporters on Monday, Lee said the "
                 "plan had failed.\n").claims if c.cue is not None]
    assert found == [("Lee", "said")], found


@pytest.mark.parametrize("text", [
    "The race now moves to Western states this week that Sanders is counting on winning.",
    "Voters went to the polls in Illinois and Ohio, Rust Belt states that have lost jobs.",
    "Kasich is campaigning in Massachusetts and Vermont, states that vote on March 1.",
])
def test_states_after_a_modifier_or_before_a_relative_clause_is_a_noun(text):
    """PolNeAR train (issue 10): 20 of 23 frames of "states" were the plural noun."""
    assert [c.cue.text for c in credibility.analyze(
        "Officials met on Monday.\n\n" + text + "\n").claims if c.cue is not None] == []


def test_states_after_its_subject_still_reports():
    found = [(c.source_mention.text, c.cue.text) for c in credibility.analyze(
        "Officials met on Monday.\n\nThe city states on its website that it is finding "
        "rooms for residents.\n\nThe lawsuit states that the company hid the losses.\n").claims
        if c.cue is not None]
    assert found == [("The city", "states"), ("The lawsuit", "states")], found


def test_quoted_as_saying_is_a_frame_of_its_subject():
    """Wire copy: "Tareq Aziz was quoted as saying …" (49 times in Reuters-21578) was no frame,
    the auxiliary before it read as "is said to"; the content's own verb ("attacked") then took
    "saying Iran" for a named person."""
    report = credibility.analyze(
        "Iraq says Iran fired missiles\n\nIraqi Foreign Minister Tareq Aziz was quoted as saying "
        "Iran has attacked several ships with land-based missiles.\n")
    by_id = {s.id: s for s in report.sources}
    assert [(by_id[c.source_id].name, c.span.text) for c in report.claims] == [
        ("Tareq Aziz", "Iran has attacked several ships with land-based missiles")]


# review 18: "Our team at Acme Foods said" was cut to "Our team", the news outlet's own staff;
# the source is the organization, named without the words before its name (audit 2026-12-02)
def test_own_staff_of_a_named_organization_keeps_the_organization():
    report = credibility.analyze("Recall ends\n\nOur team at Acme Foods said the recall of "
                                 "frozen meals was complete.")
    assert [(s.name, s.kind) for s in report.sources] == [("Acme Foods", "named_organization")]
    entity = next(e for e in report.entities if e.id == report.sources[0].entity_id)
    assert (entity.name, entity.kind) == ("Acme Foods", "organization")


def test_a_figure_alone_is_a_content():
    """Trial 18: "Police records show two." was background (a content under eight characters
    had to be a name); a count is a checkable claim, here of a document."""
    report = credibility.analyze(
        "Shootings on Elm Street\n\nJimenez said the street had seen three shootings since "
        "January. Police records show two.\n")
    by_id = {s.id: s for s in report.sources}
    assert [(by_id[c.source_id].kind, c.span.text) for c in report.claims][-1] == \
        ("document", "two")
    assert [c.span.text for c in credibility.analyze("T\n\nHe said no.\n").claims] == \
        ["He said no."]     # (an answer is no figure)


@pytest.mark.parametrize("text, claims", [
    # Reuters: adding a thing is no statement ...
    ("China added 90,000 tonnes of U.S. wheat to its purchases.", [None]),
    ("Hughes adds cabin lighting control, cabin advisory signs and seat information.", [None]),
    # ... adding words is (PolNeAR: "added a note of caution")
    ("The mayor added the bridge would reopen on Monday.", ["The mayor"]),
    ("He added a note of caution about the timetable.", ["He"]),
])
def test_added_reports_a_clause_or_a_speech_noun(text, claims):
    report = credibility.analyze("Trade figures\n\n" + text + "\n")
    by_id = {s.id: s.name for s in report.sources}
    assert [by_id.get(c.source_id) for c in report.claims] == claims


def test_compared_with_a_figure_is_no_frame():
    """Reuters: ", compared with 190,000 tonnes in 1985/86" compares figures; it was a second
    claim of the minister ("with 190,000 tonnes in 1985/86")."""
    report = credibility.analyze(
        "Cotton output\n\nAgriculture Minister Denis Bra Kanon said cotton output would be a "
        "record 213,506 tonnes, compared with 190,000 tonnes in 1985/86.\n")
    assert [c.span.text for c in report.claims] == [
        "cotton output would be a record 213,506 tonnes, compared with 190,000 tonnes in 1985/86"]


def test_a_long_relative_clause_with_a_reason_stays_with_its_source():
    """Trial 18b: "A worker who asked not to be named because he was not authorised to speak to
    the press said" gave the source "the press" (the clause ran past 16 tokens)."""
    report = credibility.analyze(
        "Fire at mill\n\nA worker who asked not to be named because he was not authorised to "
        "speak to the press said the alarms failed.\n")
    [source] = report.sources
    assert source.name == "A worker" and source.anonymous
    assert source.anonymity_reason == "because he was not authorised to speak to the press"


def test_according_to_a_list_of_documents_is_one_source():
    """Trial 18b: "according to invoices, emails and an internal audit" made "invoices" an
    anonymous source and "emails and an internal audit" a claim."""
    report = credibility.analyze(
        "Council paid twice\n\nThe council paid the contractor twice, according to invoices, "
        "emails and an internal audit.\n")
    assert [(s.name, s.kind) for s in report.sources] == [
        ("invoices, emails and an internal audit", "document")]
    assert [c.span.text for c in report.claims] == ["The council paid the contractor twice"]


def test_a_spokesperson_after_another_organization_is_introduced_is_not_the_earlier_ones():
    """Trial 18b: "Rail operator Coastlink has suspended all services … A spokeswoman said"
    gave Coastlink's spokeswoman to WestPower, quoted the paragraph before."""
    report = credibility.analyze(
        "Storm live\n\nWestPower said 40,000 homes were without power.\n\nRail operator Coastlink "
        "has suspended all services. A spokeswoman said trains would not run until 4pm.\n")
    by_id = {s.id: s for s in report.sources}
    last = report.claims[-1]
    assert (by_id[last.source_id].name, by_id[last.source_id].kind) == (
        "Coastlink", "named_organization")
    same = credibility.analyze("Storm live\n\nWestPower said 40,000 homes were without power. "
                               "A spokeswoman said crews were working overnight.\n")
    assert [s.name for s in same.sources] == ["WestPower"]


@pytest.mark.parametrize("text, source", [
    ("Trump unleashed a series of tweets early Friday saying that Clinton had shown bad "
     "judgment.", "Trump"),
    ("The mayor issued a statement on Wednesday saying the plant would stay open.", "The mayor"),
])
def test_a_time_before_a_participle_is_no_source(text, source):
    """PolNeAR and trial 19: "… tweets early Friday saying …" gave the source "Friday" (and
    "During Tuesday", "August", "Twitter Thursday" elsewhere): a day names no one; the
    participle's subject opens the clause."""
    report = credibility.analyze("Headline\n\n" + text + "\n")
    by_id = {s.id: s for s in report.sources}
    said = [c for c in report.claims if c.cue is not None and c.cue.text == "saying"]
    assert [by_id[c.source_id].name for c in said] == [source]


STATED_REASONS = [
    # the request coordinated in the source's own relative clause, past the reason's usual reach
    ("The heat in the building on Grove Street has been off for nine days, said a woman who "
     "lives on the third floor of the building and asked that her name not be used because "
     "she fears retaliation from her landlord.",
     "a woman", "because she fears retaliation from her landlord"),
    # "on condition that he not be named", a variant of "on condition of anonymity", set off
    # in the source's apposition: no part of its name
    ("A maintenance worker, speaking on condition that he not be named for fear of losing his "
     "job, said the boiler had failed twice.",
     "A maintenance worker", "for fear of losing his job"),
    # the wire services' next sentence, its subject a description or pronoun of the source
    ("Two people familiar with the matter said the company was in talks to sell its frozen "
     "unit. The sources declined to be identified because the talks are private.",
     "Two people familiar with the matter", "because the talks are private"),
    ("A person familiar with the process said the bid would be raised. The person asked not "
     "to be named because the process is confidential.",
     "A person familiar with the process", "because the process is confidential"),
    ("A senior official said the plan had been dropped. She requested anonymity because the "
     "discussions were private.",
     "A senior official", "because the discussions were private"),
    # a reason after a comma, opened by a participle of cause
    ("A banker involved in the deal said talks had stalled. The banker declined to be named, "
     "citing the sensitivity of the matter.",
     "A banker involved in the deal", "citing the sensitivity of the matter"),
    # trial 21: a reason with a verb of its own ("feared"), in a relative clause set off by no
    # comma, runs to the source's "said"; its verb reports nothing
    ("A worker who asked not to be named because she feared losing her job said the sprinkler "
     "system had been shut off.", "A worker", "because she feared losing her job"),
    ("A guard who spoke on condition of anonymity because he feared reprisals said the doors "
     "were locked.", "A guard", "because he feared reprisals"),
    # trial 25: the next sentence's "The aide" is the person whose apposition (its participle
    # phrase kept in the name) says aide; "The person"'s reason has a cue ("discuss") that
    # reports nothing; "The official"'s sentence has no frame at all
    ("A fourth person, a congressional aide briefed on the plans, said lawmakers had been told "
     "the package was \"probably the largest since 2019\". The aide requested anonymity to "
     "discuss a classified briefing.",
     "A fourth person, a congressional aide briefed on the plans",
     "to discuss a classified briefing"),
    ("A person familiar with the investigation said at least two other employees had been "
     "questioned, but neither has been charged. The person was not authorized to discuss an "
     "ongoing investigation.",
     "A person familiar with the investigation",
     "was not authorized to discuss an ongoing investigation"),
    ("A senior official said the Treasury Department had compiled a list of tankers that had "
     "switched off their transponders near Venezuelan ports. The official was not authorized "
     "to speak publicly about the matter.",
     "A senior official", "was not authorized to speak publicly about the matter"),
]


@pytest.mark.parametrize(("text", "name", "reason"), STATED_REASONS)
def test_a_stated_reason_for_anonymity_is_found(text, name, reason):
    """New-user trial 19: reasons the reader sees, missed; each made the report say
    "Anonymous source without a stated reason" and cost the claim 0.05.  The sentence that
    gives the reason is no claim of its own."""
    report = credibility.analyze(f"Headline\n\n{text}\n")
    (source,) = report.sources
    assert (source.name, source.anonymous, source.anonymity_reason) == (name, True, reason)
    assert [c.source_id for c in report.claims] == [source.id]
    assert not any("without a stated reason" in f for f in report.summary.findings)


@pytest.mark.parametrize("text", [
    # a named person's "he" takes no reason not to be named: he is named
    "Tom Reed said the plant would close. He was not authorized to speak publicly about the "
    "matter.",
])
def test_a_reason_for_anonymity_makes_no_named_source_anonymous(text):
    report = credibility.analyze(f"Headline\n\n{text}\n")
    assert [(s.name, s.anonymous) for s in report.sources] == [("Tom Reed", False)]


@pytest.mark.parametrize("text, groups", [
    # trial 21: the lede's "fire officials" and later "State fire officials" were one source
    ("Seven workers were injured on Monday, fire officials said. State fire officials said the "
     "two fires were not connected.", ["fire officials", "State fire officials"]),
    # sourcing dev: the tenants' demand was the landlord advocates'
    ("Landlord advocates disputed the report. Tenant advocates have called for a 3% ceiling "
     "on rent hikes.", ["Landlord advocates", "Tenant advocates"]),
    ("Israeli officials said the talks would resume. Palestinian officials said no date had "
     "been set. The officials also said prisoners would be freed.",
     ["Israeli officials", "Palestinian officials"]),
])
def test_a_group_described_in_other_words_is_another_group(text, groups):
    report = credibility.analyze(f"Headline\n\n{text}\n")
    assert [s.name for s in report.sources] == groups
    # ...while a shorter mention goes back to the group just quoted
    assert len(report.claims) == len(report.sources) + text.count("The officials")


def test_people_granted_anonymity_together_are_more_than_one_source():
    """"Two people familiar with the matter" is one source record but more than one person:
    the lede does not rest on "one anonymous source", nor is it "1 individual"."""
    report = credibility.analyze(
        "Headline\n\nTwo people familiar with the matter said the company was in talks to "
        "sell its frozen unit. The sources declined to be identified because the talks are "
        "private.\n")
    findings = report.summary.findings
    assert any(f.startswith("! The lede's claim rests on anonymous sources only: Two people")
               for f in findings)
    assert any(f.startswith("! Every person quoted is anonymous (1 group of anonymous sources)"
                            "; reasons stated for 1 of 1") for f in findings)


@pytest.mark.parametrize("text, group, member", [
    # trial 21: "one of them" was an anonymous source of its own, warned about by name
    ("Two employees who spoke on condition of anonymity said smoke filled the hall within "
     "minutes. \u201cYou could not see your own hands,\u201d one of them said.",
     "Two employees", "one of them"),
    ("Three nurses said the ward was full. One of the nurses said beds ran out.",
     "Three nurses", "One of the nurses"),
])
def test_a_member_of_the_group_just_quoted_speaks_as_the_group(text, group, member):
    report = credibility.analyze(f"Headline\n\n{text}\n")
    (source,) = report.sources
    assert source.name == group and member in [m.text.strip(" ,") for m in source.mentions]
    assert {c.source_id for c in report.claims} == {source.id}


def test_a_stance_verb_inside_a_participle_grant_is_not_the_frame():
    report = credibility.analyze(
        "Headline\n\nA nurse, speaking on condition of anonymity because she feared losing her "
        "job, said the ward was understaffed.\n")
    assert [(s.name, s.anonymity_reason) for s in report.sources] == [
        ("A nurse", "because she feared losing her job")]


def test_a_noun_in_ing_joined_by_and_is_no_participle():
    """Reuters: "Wang Chao-Ming, vice-chairman of the council for economic planning and
    development, told Reuters …" read "planning" as the cue, its source "vice-chairman of the
    council for economic" and its content "and development, told …"."""
    report = credibility.analyze(
        "Taiwan to cut tariffs\n\nWang Chao-Ming, vice-chairman of the council for economic "
        "planning and development, told Reuters Taiwan would further reduce import tariffs on "
        "1,700 products.\n")
    assert [(s.name, s.kind) for s in report.sources] == [("Wang Chao-Ming", "named_person")]
    assert all(c.cue is None or c.cue.text != "planning" for c in report.claims)


def test_one_content_of_one_cue_is_one_claim():
    """Trial 19: "said he would ask the court for a new trial, arguing that …" gave the
    participle's content twice (split under "said" and under the nested "ask")."""
    report = credibility.analyze(
        "Verdict\n\nMaret, the defense lawyer, said he would ask the court for a new trial, "
        "arguing that the judge should not have allowed testimony about the gambling.\n")
    keys = [(c.span.start, c.span.end, c.cue.start if c.cue else None) for c in report.claims]
    assert len(keys) == len(set(keys))
    assert any(c.cue is not None and c.cue.text == "arguing" for c in report.claims)


def test_a_verb_inside_the_question_put_to_the_speaker_reports_nothing():
    """Audit of unseen Reuters: "Asked if Japan is considering new measures, the minister
    said …" gave a claim "new measures" by Japan."""
    report = credibility.analyze(
        "Trade\n\nAsked if Japan is considering new measures, the minister said no decision had "
        "been made.\n")
    by_id = {s.id: s for s in report.sources}
    assert [(by_id[c.source_id].name, c.span.text) for c in report.claims if c.source_id] == [
        ("the minister", "no decision had been made")]


@pytest.mark.parametrize("text, source", [
    ("Domestic demand is expected to make no contribution to growth in fiscal 1986/87, the "
     "council said.", "the council"),
    ("The sale, expected to close in April, also calls for retirement of the unit's bank debt, "
     "the company said.", "the company"),
])
def test_a_verb_inside_a_report_whose_subject_speaks_for_no_one_is_no_frame(text, source):
    """Audit of unseen Reuters: a cue inside another source's report made its subject a source
    ("Domestic demand", "The sale"); a singular noun for no person is nobody's voice."""
    report = credibility.analyze("Headline\n\n" + text + "\n")
    assert [s.name for s in report.sources] == [source]


def test_a_grant_of_anonymity_keeps_a_member_of_a_named_body_anonymous():
    """Trial 22: "A senior Environment Agency engineer, who did not want to be named" was the
    Agency on the record, merged with its own statement, and the stated reason was lost."""
    report = credibility.analyze(
        "Flood defences\n\nThe Environment Agency said the figures were wrong. A senior "
        "Environment Agency engineer, who did not want to be named, said some maintenance crews "
        "had been moved. A senior Northline Rail engineer, speaking on condition of anonymity "
        "because he feared losing his job, said managers had ignored warnings.\n")
    assert [(s.name, s.kind, s.anonymity_reason) for s in report.sources] == [
        ("The Environment Agency", "named_organization", None),
        ("A senior Environment Agency engineer", "anonymous_official", None),
        ("A senior Northline Rail engineer", "anonymous_official",
         "because he feared losing his job")]
    # without a grant too, someone of a named body is one unnamed person of it (trial 25),
    # unless they speak in its published word
    plain = credibility.analyze("Talks\n\nA Pentagon official said the talks had stalled.\n")
    assert [s.kind for s in plain.sources] == ["anonymous_official"]
    stated = credibility.analyze("Talks\n\nA Pentagon official said in a statement that the "
                                 "talks had stalled.\n")
    assert [s.kind for s in stated.sources] == ["named_organization"]


@pytest.mark.parametrize("sentence", [
    "A former treasurer of the town of Harrowgate pleaded not guilty on Monday to charges that "
    "he diverted more than $1.2 million in public funds to a consulting firm he controlled.",
    "A former treasurer of the town pleads guilty to charges that he stole $40,000.",
])
def test_a_plea_in_court_is_no_statement(sentence):
    """Trial 22: "pleaded not guilty" made the defendant an anonymous official attacking
    someone with the word "guilty"."""
    assert not [c for c, _ in attributed(sentence) if c.cue is not None
                and c.cue.text.startswith("plead")]


@pytest.mark.parametrize(("sentence", "content"), [
    # trial 22: "evidence pointed to" took the investigator as its source (its own subject no
    # speaker) and its object was a second claim of his
    ("An investigator who spoke on condition of anonymity because the inquiry is ongoing said "
     "early evidence pointed to a broken rail on the curve.",
     "early evidence pointed to a broken rail on the curve"),
    ("The company announced a two-for-one split last week, but said the board reconvened and "
     "agreed to change it to a three-for-one split.",
     "the board reconvened and agreed to change it to a three-for-one split"),
])
def test_a_stance_verb_inside_a_speech_frame_that_took_its_speaker_is_one_report(sentence,
                                                                               content):
    assert [c.span.text for c, _ in attributed(sentence)][-1:] == [content]


@pytest.mark.parametrize("text, main", [
    # review 23: a frame a relative pronoun or an according-to aside leads into leaves the
    # sentence's own clause a claim (the writer's), not lost
    ("The council on Tuesday approved parking changes, which officials said will take effect "
     "in May.", "The council on Tuesday approved parking changes"),
    ("The council voted on Wednesday to close three libraries in a year when, according to the "
     "budget papers, the department faces a shortfall.",
     "The council voted on Wednesday to close three libraries in a year"),
])
def test_the_main_clause_before_a_relative_frame_stays_a_claim(text, main):
    sources, claims = analyse(text)
    assert [c.span.text for c in claims if c.source_id is None] == [main]
    assert any(c.source_id for c in claims)


@pytest.mark.parametrize("text, attributed_text, own", [
    # review 23 (left then): the aside attributes the clause before it; a coordinated clause
    # after it is the writer's own claim, neither the document's nor lost
    ("The talks will resume next week, according to a government statement, and opposition "
     "members walked out of the chamber.", "The talks will resume next week",
     ["opposition members walked out of the chamber"]),
    # a subordinate clause after the aside goes on with what the figures say: no claim of the
    # writer's (Reuters 00335)
    ("Hungary's debt rose to 7.7 billion dlrs, according to provisional figures, while trade "
     "plunged into a deficit.", "Hungary's debt rose to 7.7 billion dlrs", []),
])
def test_a_clause_after_an_according_to_aside(text, attributed_text, own):
    sources, claims = analyse(text)
    assert [c.span.text for c in claims if c.source_id][0] == attributed_text
    assert [c.span.text for c in claims if c.source_id is None] == own


@pytest.mark.parametrize(("sentence", "content", "mention"), [
    # a verb joined by "and" to the clause's first, with its object, is no subject: the first
    # verb's subject speaks
    ("The senator met with the general and other leaders in Yangon and came away convinced "
     "that the reforms were real.", "the reforms were real", "The senator"),
    # an adverb the scans took for the subject of a participle after a comma is none: the
    # subject of the clause before it speaks
    ("After the debate, the governor's aides were also gracious, perhaps recognizing that the "
     "challenger had done well.", "the challenger had done well", "the governor's aides"),
    # a participle or a verb the scans took for a subject is none: the claim keeps its content
    # without a source
    ("Keeps saying she never backed the war, when there are tapes of her backing it.",
     "she never backed the war, when there are tapes of her backing it", None),
    ("Having said that, there are economists who argue the tax should be abolished.",
     "there are economists who argue the tax should be abolished", None),
    ("(Having said that, there are economists who argue the tax should be abolished.)",
     "there are economists who argue the tax should be abolished.)", None),
    ("The governor backed away from his first budget, dialing back plans to cut school aid.",
     "to cut school aid", None),
    # … but a name the lexicon reads as another word, and a pronoun with a participle, are
    # noun phrases
    ("Cuban also said he would back the plan.", "he would back the plan", "Cuban"),
    ("Transform said its fourth quarter profit was revised.",
     "its fourth quarter profit was revised", "Transform"),
    ("By a wide margin, those surveyed said the tax should be cut.", "the tax should be cut",
     "those surveyed"),
])
def test_a_source_is_a_noun_phrase(sentence, content, mention):
    _, claims = analyse(sentence)
    claim = next(c for c in claims if c.span.text == content)
    assert (claim.source_mention.text if claim.source_mention else None) == mention


@pytest.mark.parametrize("text, name", [
    # review 25: a surname the lexicon reads as an adverb opens the sentence after the article
    # gave the full name: it keeps its source
    ("Former anchor Dan Rather spoke at the festival on Friday. Rather said the network had "
     "made serious mistakes in 2004.", "Dan Rather"),
    ("Rep. Gerald Early testified on Tuesday. Early said the budget had doubled since 2020.",
     "Gerald Early"),
])
def test_a_surname_that_is_also_an_adverb_keeps_its_source(text, name):
    report = credibility.analyze(text)
    by_id = {s.id: s for s in report.sources}
    assert [by_id[c.source_id].name for c in report.claims if c.source_id] == [name]


def test_a_spokesperson_named_by_the_organizations_first_word_speaks_for_it():
    """Trial 26: "A Halcrest spokesperson" after "Northway Freight, a unit of Halcrest Holdings"
    was an anonymous official with no stated reason; and "the spokesperson added" goes back to
    that spokesperson's organization, not to the union quoted in between."""
    report = credibility.analyze(
        "Northway Freight, a unit of Halcrest Holdings, said it would close two depots. A "
        "Halcrest spokesperson said the parent company remained committed to the UK market.\n\n"
        "The Unite union said it had not been consulted.\n\n"
        "The group was not planning further cuts, the spokesperson added.")
    by_id = {s.id: s for s in report.sources}
    said = {c.span.text: (by_id[c.source_id].name, by_id[c.source_id].kind)
            for c in report.claims if c.source_id}
    assert said["the parent company remained committed to the UK market"] == (
        "Halcrest Holdings", "named_organization")
    assert said["The group was not planning further cuts"] == (
        "Halcrest Holdings", "named_organization")


@pytest.mark.parametrize(("sentence", "speakers"), [
    # PolNeAR train: a frame opened by "that" inside another frame's content took its subject
    # for a second speaker (66 of 76 such frames matched no annotated attribution)
    ("McFadden added that Guccifer told her he had downloaded things from the server, but "
     "couldn't provide those materials since he was in prison.", ["McFadden"]),
    ("Democrats have pointed out that State's inspector general also found 12 messages with "
     "information now deemed classified on a private email server.", ["Democrats"]),
])
def test_a_frame_opened_by_that_inside_a_report_is_no_second_speaker(sentence, speakers):
    assert [s.name for _, s in attributed(sentence)] == speakers
