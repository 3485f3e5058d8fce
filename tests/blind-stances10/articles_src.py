"""The six articles of the tenth blind stance set, sentence by sentence, with their gold.

Same format as tests/blind-stances9/articles_src.py. Each article is a headline, a byline line
and paragraphs; each paragraph is a list of sentences. A sentence is one of
  S(text)                       no issue, no position
  D(text, *issues)              mentions scenario issues, no party takes a position (distractor)
  N(text, issues, why)          a position, but not a scenario party's (analysts, a former
                                diplomat, the commentary's author): no gold statement
  P(text, speaker, affiliation, party, kind, stances, mentions=())
                                a party states, demands, rejects or offers something; stances
                                are "issue:option:+" (supports) or "issue:option:-" (rejects),
                                option empty for an issue-level stance (always so for the
                                numeric army_cap); mentions are issues the sentence names
                                without a side (kept apart, not gold)
The scenario is the project's example examples/ukraine-2025/scenario.toml (not edited).
build.py turns this into articles/*.txt, statements.jsonl and sentences.jsonl.
"""

SCEN = "ukraine-2025"


import os as _os
import sys as _sys

_sys.path.insert(0, _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "kit"))
from stance_source import D, N, P, S  # noqa: E402,F401


RU = "Russia"
UA = "Ukraine"
US = "United States"
EU = "European Union"
ARTICLES = []

# ------------------------------------------------------------------ K1 (international wire)
ARTICLES.append(dict(
    file="k1_moscow_insists_kyiv_quit_donbas.txt", scenario=SCEN,
    byline="By Anna Kessler and Farid Haddad | Abu Dhabi, 30 November 2026",
    headline=P("Moscow insists Kyiv quit Donbas as US tables revised peace framework in Abu Dhabi",
               "Moscow", RU, "russia", "claim", ["donbas:russian:+"]),
    paragraphs=[
        [P("The United States handed Russian and Ukrainian negotiators a revised peace framework in Abu Dhabi on Monday, but Moscow's delegation insisted that any deal must begin with Ukraine withdrawing from the parts of the Donetsk region it still holds.",
           "Moscow's delegation", RU, "russia", "claim", ["donbas:russian:+"]),
         P("The 22-page American text, seen by this agency, would freeze the front in the Zaporizhzhia and Kherson regions along the current line of contact and cap Ukraine's peacetime army at 800,000 troops.",
           "The 22-page American text", US, "united_states", "claim", ["south_line:frozen:+", "army_cap::+"]),
         P("It would also lift sanctions on Russia in stages, with a clause restoring them if Moscow breaks the ceasefire.",
           "The 22-page American text", US, "united_states", "claim", ["sanctions:phased:+"])],
        [P("Ukraine rejected any withdrawal from Donbas, saying the towns of Kramatorsk and Sloviansk were home to hundreds of thousands of people who had not stayed through the war to be handed over.",
           "Ukraine", UA, "ukraine", "claim", ["donbas:russian:-"]),
         P("\"We will not give away with a signature what Russia could not take in almost five years of war,\" said Taras Melnychuk, a deputy head of the Ukrainian delegation.",
           "Taras Melnychuk", UA, "ukraine", "quote", ["donbas:russian:-"]),
         P("Melnychuk said the Russian side wanted Ukrainian troops out of the whole region within 30 days of signing, before any ceasefire took effect.",
           "Taras Melnychuk", UA, "russia", "claim", ["donbas:russian:+"]),
         P("Kyiv has said it could accept a freeze on the current line in Donetsk as well, if the ceasefire is backed by guarantees that bind the United States and European states to come to its defence.",
           "Kyiv", UA, "ukraine", "claim", ["donbas:ukraine_holds:+", "security_guarantees:article5_like:+"])],
        [P("Russia's chief negotiator, Kirill Vasnetsov, told reporters that Moscow would not sign a text that left the door to NATO open.",
           "Kirill Vasnetsov", RU, "russia", "claim", ["nato:open_door:-"]),
         P("Neutrality must be written into Ukraine's constitution, he said, and no Western soldier could be stationed on Ukrainian soil after the war.",
           "Kirill Vasnetsov", RU, "russia", "claim", ["nato:barred:+", "security_guarantees:article5_like:-"]),
         P("A US official said Washington was not asking Ukraine to renounce NATO in law, only to accept that membership was off the table for the foreseeable future.",
           "A US official", US, "united_states", "claim", ["nato:barred:-", "nato:no_near_term:+"])],
        [P("The European Union, which has no seat at the table, wants any settlement to leave Ukraine's path to membership of the bloc open and to keep Russian central bank assets frozen until Moscow pays for the damage.",
           "The European Union", EU, "european_union", "claim", ["eu_membership:open_path:+", "assets:ukraine_fund:+"]),
         P("Brussels has also said it will not lift its own sanctions as part of a deal it did not negotiate.",
           "Brussels", EU, "european_union", "claim", ["sanctions:kept:+"])],
        [P("EU foreign ministers welcomed the clause on Ukraine's path to the bloc, which the American text says should stay open with no date attached.",
           "EU foreign ministers", EU, "european_union", "claim", ["eu_membership:open_path:+"])],
        [D("Neither delegation commented on the status of Crimea, which the American text leaves out entirely.",
           "crimea", why="a fact about the text; nobody takes a side"),
         S("Dmitri Orlovsky, a Moscow-based political analyst, said the Kremlin saw little reason to compromise while its forces were still advancing west of Bakhmut.",
           why="an analyst on the Kremlin's mood, no issue"),
         S("Fighting continued overnight, with Ukraine's air force reporting more than 90 drones launched against the southern city of Zaporizhzhia.",
           why="the city is a target; the line in the south is not discussed")],
        [S("Talks were due to resume on Tuesday morning at a government guest house on the edge of the city."),
         S("Officials on both sides said the gap on territory remained wide.",
           why="territory in general (rule 12)")],
    ]))

# ------------------------------------------------------------------ K2 (translated Russian state-agency dispatch)
ARTICLES.append(dict(
    file="k2_vasnetsov_no_nato_contingents.txt", scenario=SCEN,
    byline="ABU DHABI, December 1 (translated from Russian)",
    headline=P("Vasnetsov: Russia will not accept NATO contingents in Ukraine under any pretext",
               "Vasnetsov", RU, "russia", "claim", ["security_guarantees:article5_like:-"]),
    paragraphs=[
        [P("Russia will not accept the deployment of military contingents of NATO countries on the territory of Ukraine under any pretext, including as so-called reassurance forces, the head of the Russian delegation at the Abu Dhabi consultations, Kirill Vasnetsov, told journalists.",
           "Kirill Vasnetsov", RU, "russia", "claim", ["security_guarantees:article5_like:-"]),
         P("\"Any such contingent would be regarded as a party to the conflict, with all the consequences that follow,\" he stressed.",
           "Kirill Vasnetsov", RU, "russia", "quote", ["security_guarantees:article5_like:-"]),
         P("According to him, reliable security for all sides can only be ensured by a treaty in which Russia is among the guarantor states, as was agreed in Istanbul in 2022.",
           "Kirill Vasnetsov", RU, "russia", "claim", ["security_guarantees:guarantor_treaty:+"])],
        [P("The diplomat recalled that the Russian side considers the elimination of the root causes of the conflict, first of all the eastward expansion of NATO, to be the main condition of a lasting settlement.",
           "Kirill Vasnetsov", RU, "russia", "claim", ["nato:open_door:-"]),
         P("The Kiev regime must withdraw its formations from the territory of the Donetsk and Lugansk People's Republics, Vasnetsov said, after which hostilities could cease immediately.",
           "Kirill Vasnetsov", RU, "russia", "claim", ["donbas:russian:+"]),
         P("He added that Crimea and Sevastopol are Russian and that their status is not a subject of negotiations.",
           "Kirill Vasnetsov", RU, "russia", "claim", ["crimea:recognised:+"])],
        [P("Kiev's demands for a ceasefire along the current line of contact in the Zaporozhye and Kherson regions are an attempt to win a pause for rearmament, the diplomat said.",
           "Kirill Vasnetsov", RU, "russia", "claim", ["south_line:frozen:-"]),
         P("Moscow also expects the lifting of all illegal unilateral sanctions imposed by Western countries, without preconditions, Vasnetsov noted.",
           "Kirill Vasnetsov", RU, "russia", "claim", ["sanctions:full:+"])],
        [S("Commenting on the proposals of the American side, Vasnetsov noted that they contain \"a number of reasonable elements\" but require serious refinement.",
           why="an appraisal of the text with no issue"),
         P("In particular, Moscow considers the proposed ceiling of 800,000 military personnel for the Ukrainian armed forces to be excessive and insists on a substantially lower figure.",
           "Moscow", RU, "russia", "claim", ["army_cap::+"]),
         P("Vasnetsov also said that the holding of elections in Ukraine is the internal affair of that country, but that any final document must be signed by legitimate authorities.",
           "Kirill Vasnetsov", RU, "russia", "claim", ["elections:elections_first:+"]),
         P("Vasnetsov stressed that Russia does not object to Ukraine's accession to the European Union, which is the sovereign right of any state, provided that it does not acquire a military dimension.",
           "Kirill Vasnetsov", RU, "russia", "claim", ["eu_membership:open_path:+"])],
        [P("Earlier, the European Commission again proposed using the immobilised assets of the Bank of Russia to finance a loan to Kiev.",
           "the European Commission", EU, "european_union", "claim", ["assets:ukraine_fund:+"]),
         P("The Russian Foreign Ministry has called such plans theft and warned of a mirror response against Western property in Russia.",
           "The Russian Foreign Ministry", RU, "russia", "claim", ["assets:ukraine_fund:-"])],
        [S("The head of the delegation noted that the Russian side is ready to continue the humanitarian track, including exchanges of prisoners of war on the all-for-all basis."),
         S("The Ukrainian delegation, he claimed, is again trying to drag out the process at the instigation of a number of European capitals."),
         S("The next round of consultations, according to the delegation, could take place in mid-December."),
         S("He also said that the Russian delegation had handed the American side its written remarks on the draft.")],
    ]))

# ------------------------------------------------------------------ K3 (Kyiv English-language outlet)
ARTICLES.append(dict(
    file="k3_kyiv_800000_red_line.txt", scenario=SCEN,
    byline="By Iryna Sobko | Kyiv, 2 December 2026",
    headline=P("Ukraine calls 800,000-strong army its red line as Russia pushes for deeper cuts",
               "Ukraine", UA, "ukraine", "claim", ["army_cap::-"]),
    paragraphs=[
        [P("Ukraine will not agree to reduce its armed forces below 800,000 troops in peacetime, a senior member of the Ukrainian delegation in Abu Dhabi told the Kyiv Herald on 1 December.",
           "a senior member of the Ukrainian delegation", UA, "ukraine", "claim", ["army_cap::-"]),
         P("Russia's negotiators have asked for a ceiling of 300,000, according to two people familiar with the talks.",
           "two people familiar with the talks", None, "russia", "claim", ["army_cap::+"]),
         P("\"An army of 300,000 is an invitation to the next invasion,\" said Oksana Hrytsenko, a deputy defence minister who sits on the delegation.",
           "Oksana Hrytsenko", UA, "ukraine", "quote", ["army_cap::-"])],
        [P("Kyiv's main demand, she said, remains security guarantees approved by the US Congress and backed by a European force on Ukrainian soil.",
           "Oksana Hrytsenko", UA, "ukraine", "claim", ["security_guarantees:article5_like:+"]),
         P("Washington has offered a guarantee that Congress would vote on, with European fighter jets based in Poland, according to a draft seen by the Kyiv Herald.",
           "Washington", US, "united_states", "claim", ["security_guarantees:us_guarantee:+"]),
         P("Hrytsenko said Kyiv would accept that offer only if a European contingent was also deployed inside Ukraine, warning that jets in Poland would not stop tanks outside Kharkiv.",
           "Oksana Hrytsenko", UA, "ukraine", "claim", ["security_guarantees:article5_like:+", "security_guarantees:us_guarantee:-"]),
         P("Brussels wants the peace deal to name 2030 as the year Ukraine joins the European Union, an EU diplomat said.",
           "an EU diplomat", EU, "european_union", "claim", ["eu_membership:fixed_date:+"]),
         P("Some member states remain wary of writing any date into the text, the diplomat added.",
           "an EU diplomat", EU, "european_union", "claim", ["eu_membership:fixed_date:-"])],
        [P("On elections, Kyiv's line has not changed: a vote can only be held once martial law is lifted and the front has gone quiet.",
           "Kyiv", UA, "ukraine", "claim", ["elections:ukraine_schedule:+"]),
         P("The Kremlin has repeatedly called Ukraine's president illegitimate and demanded a vote before any final treaty is signed.",
           "The Kremlin", RU, "russia", "claim", ["elections:elections_first:+"]),
         P("Hrytsenko dismissed that demand as an attempt by Moscow to choose Ukraine's leaders for it.",
           "Oksana Hrytsenko", UA, "ukraine", "claim", ["elections:elections_first:-"])],
        [P("The delegation also rejected a clause of the American text that would grant a full amnesty for acts committed during the war.",
           "The delegation", UA, "ukraine", "claim", ["elections:elections_amnesty:-"]),
         P("\"There can be no amnesty for the people who tortured prisoners in Olenivka,\" Hrytsenko said.",
           "Oksana Hrytsenko", UA, "ukraine", "quote", ["elections:elections_amnesty:-"])],
        [P("On frozen Russian assets, Kyiv wants the bulk of the roughly 210 billion euros held in Europe to go into a reparations loan that Russia would in effect repay.",
           "Kyiv", UA, "ukraine", "claim", ["assets:ukraine_fund:+"]),
         P("Kyiv also refuses to withdraw from the parts of the Donetsk region it holds, and the delegation says any change of borders would need a national referendum.",
           "Kyiv", UA, "ukraine", "claim", ["donbas:russian:-"]),
         S("Russia launched its full-scale invasion in February 2022 and occupies roughly a fifth of Ukraine's territory.",
           why="background; territory in general (rule 12)")],
        [N("Mykola Dankevych, a military analyst at the Kyiv Centre for Defence Studies, said a smaller army would only be safe with foreign troops stationed in the country.",
           ["army_cap", "security_guarantees"], "an analyst is not a party"),
         S("He said the delegation's firmness reflected the mood in the trenches, where soldiers follow the talks on their phones."),
         S("Hrytsenko spoke by phone from Abu Dhabi during a break between sessions."),
         S("The talks are set to resume on 3 December.")],
    ]))

# ------------------------------------------------------------------ K4 (European broadcaster's explainer)
ARTICLES.append(dict(
    file="k4_explainer_what_each_side_wants.txt", scenario=SCEN,
    byline="Explainer | By Thomas Verhoeven, Europe correspondent | 2 December 2026",
    headline=S("Abu Dhabi talks: what Russia, Ukraine, the US and Europe want",
               why="headline of an explainer; no position"),
    paragraphs=[
        [D("Peace talks between Russia and Ukraine resumed in Abu Dhabi this week, with American mediators trying to narrow the gaps on territory, security guarantees and sanctions.",
           "security_guarantees", "sanctions", why="procedure and agenda"),
         S("Here is where the four main players stand.")],
        [D("Who gets the rest of Donbas?", "donbas", why="a subheading"),
         P("Moscow wants all of the Donetsk and Luhansk regions, including the cities Ukraine still holds.",
           "Moscow", RU, "russia", "claim", ["donbas:russian:+"]),
         P("The US has floated a compromise under which Ukrainian troops would pull back and the area would become a demilitarised free economic zone, with its future put to a referendum.",
           "The US", US, "united_states", "claim", ["donbas:free_economic_zone:+"]),
         P("Kyiv says any such zone would have to be approved by Ukrainians in a vote and policed by international forces, not Russian ones.",
           "Kyiv", UA, "ukraine", "claim", ["donbas:free_economic_zone:+"]),
         P("Russia has rejected any foreign presence in the zone, arguing that it should be patrolled by its own National Guard.",
           "Russia", RU, "russia", "claim", ["donbas:free_economic_zone:-", "donbas:dmz_russian:+"]),
         P("Moscow has warned that if Kyiv refuses, its forces will take the territory by force.",
           "Moscow", RU, "russia", "claim", ["donbas:russian:+"])],
        [D("And the south?", "south_line", why="a subheading"),
         P("Russia also claims the whole of the Zaporizhzhia and Kherson regions, including the regional capitals it has never captured.",
           "Russia", RU, "russia", "claim", ["south_line:russian_full:+"]),
         P("Kyiv has accepted the American idea of freezing the line there, but only as part of a full ceasefire.",
           "Kyiv", UA, "ukraine", "claim", ["south_line:frozen:+"])],
        [D("How big can Ukraine's army be?", "army_cap", why="a subheading"),
         P("The US draft sets a peacetime ceiling of 800,000 troops.",
           "The US draft", US, "united_states", "claim", ["army_cap::+"]),
         P("Kyiv says that is the lowest figure it can accept.",
           "Kyiv", UA, "ukraine", "claim", ["army_cap::-"])],
        [D("What about Crimea?", "crimea", why="a subheading"),
         P("Ukraine says it will never recognise the peninsula as Russian.",
           "Ukraine", UA, "ukraine", "claim", ["crimea:recognised:-"]),
         P("The EU's position is the same, the bloc's foreign policy service told us.",
           "the bloc's foreign policy service", EU, "european_union", "claim", ["crimea:recognised:-"]),
         P("The American text, according to diplomats, would have Washington acknowledge Russian control in practice without formally recognising it.",
           "diplomats", None, "united_states", "claim", ["crimea:us_recognised:+"])],
        [D("Will Ukraine join NATO?", "nato", why="a subheading"),
         S("Not any time soon.", why="the explainer's answer, no party"),
         P("Washington has made clear it will not support Ukrainian membership of the alliance for now.",
           "Washington", US, "united_states", "claim", ["nato:no_near_term:+"]),
         P("Moscow goes further and wants neutrality written into Ukraine's constitution.",
           "Moscow", RU, "russia", "claim", ["nato:barred:+"]),
         P("Kyiv has signalled that it could live with a long wait, but it will not delete the NATO goal that has stood in its constitution since 2019.",
           "Kyiv", UA, "ukraine", "claim", ["nato:no_near_term:+", "nato:barred:-"])],
        [S("What does Europe want?", why="a subheading"),
         P("The EU wants sanctions to stay in place until Russia has signed and respected a settlement, and it wants the frozen Russian assets used to rebuild Ukraine.",
           "The EU", EU, "european_union", "claim", ["sanctions:kept:+", "assets:ukraine_fund:+"]),
         P("European diplomats have also warned that easing sanctions step by step, as the American text proposes, could let Moscow rebuild its war economy before a single soldier has gone home.",
           "European diplomats", EU, "european_union", "claim", ["sanctions:phased:-"]),
         P("Brussels also wants Ukraine's accession talks to carry on whatever comes out of Abu Dhabi.",
           "Brussels", EU, "european_union", "claim", ["eu_membership:open_path:+"])],
        [S("What happens next?", why="a subheading"),
         S("Negotiators meet again on Wednesday, and the White House has said it wants a framework agreement signed before Christmas.",
           why="a deadline, no issue")],
    ]))

# ------------------------------------------------------------------ K5 (US political newsletter)
ARTICLES.append(dict(
    file="k5_white_house_weighs_phased_relief.txt", scenario=SCEN,
    byline="Washington Brief | By Caleb Morrow | 3 December 2026",
    headline=P("White House weighs easing Russia sanctions in stages to close Ukraine deal",
               "White House", US, "united_states", "claim", ["sanctions:phased:+"]),
    paragraphs=[
        [P("Driving the news: Administration officials are weighing an offer to ease sanctions on Russian banks and oil exports in stages once a ceasefire takes hold, three people briefed on the talks told Washington Brief.",
           "three people briefed on the talks", None, "united_states", "claim", ["sanctions:phased:+"]),
         P("The relief would snap back if Moscow broke the truce, one of them said.",
           "one of the people briefed on the talks", None, "united_states", "claim", ["sanctions:phased:+"])],
        [S("Why it matters: It would be the largest concession the administration has put on the table since the talks moved to Abu Dhabi in November.",
           why="the reporter's assessment; no issue named")],
        [P("The other side: Moscow has told the Americans that a phased approach is not enough and that every measure must go at once.",
           "Moscow", RU, "russia", "claim", ["sanctions:phased:-", "sanctions:full:+"]),
         P("Kyiv fears the offer would hand Russia money for its army while its troops still sit in Zaporizhzhia and Kherson.",
           "Kyiv", UA, "ukraine", "claim", ["sanctions:phased:-"], mentions=["south_line"]),
         P("Kyiv has called for every sanction to stay until a ceasefire has held for at least six months.",
           "Kyiv", UA, "ukraine", "claim", ["sanctions:kept:+"]),
         P("Kirill Vasnetsov, Moscow's chief negotiator, has called snap-back clauses \"a sword over our heads\" that Russia will not sign.",
           "Kirill Vasnetsov", RU, "russia", "claim", ["sanctions:phased:-"])],
        [P("What they're saying: \"Nobody is lifting anything on day one,\" a senior administration official said.",
           "a senior administration official", US, "united_states", "quote", ["sanctions:full:-"]),
         P("\"Relief comes in slices, and every slice can be taken back.\"",
           "a senior administration official", US, "united_states", "quote", ["sanctions:phased:+"])],
        [D("Between the lines: European capitals hold most of the frozen Russian central bank reserves, so any American promise about that money needs Brussels on board.",
           "assets", why="a fact about where the assets sit")],
        [P("The administration's draft would put $100 billion of the frozen assets into a US-led reconstruction fund and the rest into a joint US-Russian investment vehicle, according to a copy described to Washington Brief.",
           "The administration's draft", US, "united_states", "claim", ["assets:joint_fund:+"]),
         P("A European Commission spokeswoman, Liesbeth Aerts, said on Tuesday that the assets would stay immobilised until Russia compensates Ukraine for the damage it has done.",
           "Liesbeth Aerts", EU, "european_union", "claim", ["assets:ukraine_fund:+"]),
         P("A European official said Brussels would keep its own sanctions even if Washington lifted American ones.",
           "A European official", EU, "european_union", "claim", ["sanctions:kept:+"])],
        [P("Zoom out: The White House has told Kyiv it will not back Ukraine's NATO membership as part of any deal.",
           "The White House", US, "united_states", "claim", ["nato:open_door:-"]),
         P("Ukraine's president has said many times that Kyiv will not legally recognise any occupied territory, Crimea included, as Russian.",
           "Ukraine's president", UA, "ukraine", "claim", ["crimea:recognised:-"]),
         N("\"If the price of a ceasefire is handing Moscow its sanctions relief up front, the votes are not there,\" said Rachel Dunmore, a former National Security Council aide who now runs a consultancy.",
           ["sanctions"], "a former aide speaking for herself is not a party"),
         S("By the numbers: Russia's oil export revenue has fallen by about a fifth this year, according to Treasury estimates shared with lawmakers.")],
        [S("What's next: Envoys return to Abu Dhabi on Thursday, and the president wants a signing ceremony before the end of the year.",
           why="a deadline, no issue"),
         S("Officials stressed that no decision had been taken and that the president would make the final call.")],
    ]))

# ------------------------------------------------------------------ K6 (think-tank commentary)
ARTICLES.append(dict(
    file="k6_commentary_guarantees_not_lines.txt", scenario=SCEN,
    byline="Commentary | Julian Ashcroft, senior fellow, Baltic Policy Forum | 4 December 2026",
    headline=D("The Abu Dhabi round shows that guarantees, not lines, will decide how the war ends",
               "security_guarantees", why="the author's thesis, no party"),
    paragraphs=[
        [S("A week of talks in Abu Dhabi has produced more paper than progress."),
         P("The Kremlin still demands that Ukraine give up the rest of Donetsk and Luhansk and forswear NATO for good.",
           "The Kremlin", RU, "russia", "claim", ["donbas:russian:+", "nato:barred:+"]),
         S("Kyiv, for its part, has moved further than many in Western capitals expected."),
         P("It now accepts a ceasefire along the present line in the south, and its negotiators have hinted that a demilitarised zone in Donetsk would be tolerable if it were not handed to Russia.",
           "Kyiv", UA, "ukraine", "claim", ["south_line:frozen:+", "donbas:free_economic_zone:+"])],
        [S("What divides the two sides now is less the map than what will protect whatever line is finally drawn on it."),
         P("Ukraine wants European troops on its soil and an American promise that means something.",
           "Ukraine", UA, "ukraine", "claim", ["security_guarantees:article5_like:+"]),
         P("Russia has said it will treat any Western soldier in Ukraine as a target, and it offers instead a treaty of guarantors with itself among them.",
           "Russia", RU, "russia", "claim", ["security_guarantees:article5_like:-", "security_guarantees:guarantor_treaty:+"]),
         N("\"That is the Istanbul formula of 2022, and it would give Moscow a veto over Ukraine's defence,\" Mariam Tskhadadze, a former Georgian diplomat who now advises the forum, told me.",
           ["security_guarantees"], "a former diplomat advising the think tank is not a party"),
         P("A Ukrainian negotiator I spoke to put Moscow's aim more bluntly: the Kremlin, he said, wants an army too small to defend Kharkiv.",
           "A Ukrainian negotiator", UA, "russia", "claim", ["army_cap::+"])],
        [P("Washington has offered its own guarantee, to be put to a vote in Congress, but it has ruled out American troops in Ukraine and would base European jets in Poland rather than on Ukrainian soil.",
           "Washington", US, "united_states", "claim", ["security_guarantees:us_guarantee:+"]),
         P("Europe's capitals say they will send a reassurance force only once a ceasefire holds, and only with American backing behind it.",
           "Europe's capitals", EU, "european_union", "claim", ["security_guarantees:article5_like:+"]),
         P("If Washington will not commit troops, Kyiv's negotiators say, then Europe's force must be large enough to fight rather than merely to watch.",
           "Kyiv's negotiators", UA, "ukraine", "claim", ["security_guarantees:article5_like:+"])],
        [D("Sanctions are the other lever.", "sanctions", why="the author's framing"),
         P("Brussels has made clear that its measures stay until a settlement has been signed and honoured.",
           "Brussels", EU, "european_union", "claim", ["sanctions:kept:+"]),
         P("The White House, by contrast, is ready to trade relief in stages for a ceasefire.",
           "The White House", US, "united_states", "claim", ["sanctions:phased:+"]),
         N("My own view is that the West should keep every sanction in place until the first guarantee has been tested.",
           ["sanctions"], "the commentary's author is not a party")],
        [D("Elections are the sleeper issue.", "elections", why="the author's framing"),
         P("Moscow keeps insisting that Ukraine vote before any treaty, so that it can later question whoever signs it.",
           "Moscow", RU, "russia", "claim", ["elections:elections_first:+"]),
         P("Kyiv will hold elections only after martial law ends, which it says requires a ceasefire that actually holds.",
           "Kyiv", UA, "ukraine", "claim", ["elections:ukraine_schedule:+"]),
         P("Washington has proposed a vote within 100 days of signing, paired with an amnesty that several European governments find hard to swallow.",
           "Washington", US, "united_states", "claim", ["elections:elections_amnesty:+"])],
        [S("None of this will be settled by drawing a line on a map, and the sooner the negotiators admit it, the sooner they can begin the harder work.")],
    ]))
