"""The five articles of the eighth blind stance set, sentence by sentence, with their gold.

Same format as tests/blind-stances7/articles_src.py. Each article is a headline, a byline line
and paragraphs; each paragraph is a list of sentences. A sentence is one of
  S(text)                       no issue, no position
  D(text, *issues)              mentions scenario issues, no party takes a position (distractor)
  N(text, issues, why)          a position, but not a scenario party's (analysts, mining
                                chambers of other provinces, an environmental group, the
                                provincial ombudsman, university hydrologists, a law centre):
                                no gold statement
  P(text, speaker, affiliation, party, kind, stances, mentions=())
                                a party states, demands, rejects or offers something; stances
                                are "issue:option:+" (supports) or "issue:option:-" (rejects),
                                option empty for an issue-level stance (always so for the
                                numeric royalty); mentions are issues the sentence names
                                without a side (kept apart, not gold)
build.py turns this into articles/*.txt, statements.jsonl and sentences.jsonl.
"""

SCEN = "blind-catamarca-lithium"


import os as _os
import sys as _sys

_sys.path.insert(0, _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "kit"))
from stance_source import D, N, P, S  # noqa: E402,F401


PROV = "Government of Catamarca"
NAT = "Government of Argentina"
CO = "Salar Andino Lithium"
COM = "Assembly of Indigenous Communities of the Puna"
ARTICLES = []

# ------------------------------------------------------------------ L1
ARTICLES.append(dict(
    file="l1_catamarca_demands_six_per_cent.txt", scenario=SCEN,
    byline="By Valeria Quiroga | Catamarca, 6 October 2026",
    headline=P("Catamarca demands 6 per cent lithium royalty and a carbonate plant in the province",
               "Catamarca", PROV, "province", "claim", ["royalty::+", "processing:local_plant:+"]),
    paragraphs=[
        [P("The provincial government of Catamarca on Monday asked the Salar Andino Lithium consortium to pay a royalty of 6 per cent of the value of the lithium it extracts, twice the 3 per cent the company pays today.",
           "The provincial government of Catamarca", PROV, "province", "claim", ["royalty::+"]),
         P("It also wants the consortium to build a lithium carbonate plant inside the province instead of shipping concentrate across the Andes to the Chilean port of Antofagasta.",
           "The provincial government of Catamarca", PROV, "province", "claim",
           ["processing:local_plant:+", "processing:export_concentrate:-"])],
        [S("Salar Andino, owned by a Canadian and a South Korean group, produced about 22,000 tonnes of lithium carbonate equivalent last year from brine pumped out of the salt flats of Antofagasta de la Sierra.",
           why="'carbonate' as a unit of output, not the plant"),
         S("Its current agreement with the province, signed in 2019, expires at the end of next year, and the company wants to double its output in a second phase.")],
        [P("“The lithium leaves, the water leaves, and the jobs stay in Chile,” the provincial mining minister, Raúl Herrera Bazán, told reporters in the provincial capital.",
           "Raúl Herrera Bazán", PROV, "province", "quote", ["processing:export_concentrate:-"], mentions=["water"]),
         P("“If we are going to lose part of a salt flat, the least we can ask for is a plant and a fair share.”",
           "Raúl Herrera Bazán", PROV, "province", "quote", ["processing:local_plant:+", "royalty::+"])],
        [P("The province does not want an outright ban on fresh water for the mine, Herrera Bazán said, but it is pushing for a hard annual cap on what the company may draw from the Los Patos river.",
           "Raúl Herrera Bazán", PROV, "province", "claim", ["water:no_freshwater:-", "water:freshwater_cap:+"]),
         S("The river feeds the wetlands of the Puna, where several hundred families herd llamas and grow alfalfa on small irrigated plots.")],
        [P("Salar Andino said a royalty of 6 per cent would make its planned expansion uneconomic.",
           "Salar Andino", CO, "company", "claim", ["royalty::-"]),
         P("“We are ready to talk about a fair share for the province, but not about a number that kills the second phase before it is born,” said its country manager, Ignacio Parodi.",
           "Ignacio Parodi", CO, "company", "quote", ["royalty::-"]),
         P("The company has offered to build the carbonate plant in stages, exporting concentrate until the end of the decade and processing in the province after that.",
           "Salar Andino", CO, "company", "claim", ["processing:phased:+"])],
        [P("In Buenos Aires, the national Mining Secretariat said provincial royalties could not legally exceed 3 per cent under the federal mining investment law.",
           "the national Mining Secretariat", NAT, "nation", "claim", ["royalty::-"]),
         P("It suggested that the province seek a voluntary contribution from the company to a provincial development fund instead.",
           "the national Mining Secretariat", NAT, "nation", "claim", ["trust_fund:provincial_fund:+"])],
        [S("The Assembly of Indigenous Communities of the Puna, which groups eleven communities around the salt flats, was not invited to Monday's meeting."),
         P("Its coordinator, Rosa Chocobar, said the communities would not accept any new phase of the mine without their free, prior and informed consent.",
           "Rosa Chocobar", COM, "communities", "claim", ["consultation:binding_consent:+"]),
         D("“They negotiate about our water in a hotel in the capital and then send us a summary,” she said.", "water",
           why="a complaint about the procedure; no option")],
        [S("Talks between the province and the company are due to resume on October 20."),
         N("Analysts at the consultancy Andes Metals Research said a royalty of 4 to 5 per cent was common in neighbouring countries and would not on its own stop the expansion.",
           ["royalty"], "analysts are not parties")],
    ]))

# ------------------------------------------------------------------ L2
ARTICLES.append(dict(
    file="l2_puna_communities_vow_to_block.txt", scenario=SCEN,
    byline="By Martín Sosa Ledesma | Antofagasta de la Sierra, 20 October 2026",
    headline=P("Puna communities vow to block lithium expansion without their consent",
               "Puna communities", COM, "communities", "claim", ["consultation:binding_consent:+"]),
    paragraphs=[
        [P("Indigenous communities around the salt flats of Antofagasta de la Sierra vowed on Monday to block the road to the Salar Andino lithium project if the second phase of the mine goes ahead without their consent.",
           "Indigenous communities around the salt flats of Antofagasta de la Sierra", COM, "communities", "claim",
           ["consultation:binding_consent:+"]),
         S("About 300 people gathered outside the municipal building, some of them after driving for six hours on unpaved roads."),
         S("Police from the provincial capital watched from a distance.")],
        [P("The Assembly of Indigenous Communities of the Puna handed the provincial government a list of demands that begins with a binding vote of the communities on any new extraction permit.",
           "The Assembly of Indigenous Communities of the Puna", COM, "communities", "claim", ["consultation:binding_consent:+"]),
         P("The list also calls for a trust fund, run by the communities themselves, that would receive 2 per cent of the company's sales.",
           "The Assembly of Indigenous Communities of the Puna", COM, "communities", "claim", ["trust_fund:community_trust:+"]),
         P("And it rejects any use of fresh water from the Los Patos river for the mine.",
           "The Assembly of Indigenous Communities of the Puna", COM, "communities", "claim", ["water:no_freshwater:+"])],
        [P("“A fund we do not control is a fund for the politicians' friends,” said Rosa Chocobar, the assembly's coordinator.",
           "Rosa Chocobar", COM, "communities", "quote", ["trust_fund:provincial_fund:-"]),
         P("“The water of the Los Patos is not for sale, whatever the price.”",
           "Rosa Chocobar", COM, "communities", "quote", ["water:no_freshwater:+"])],
        [P("Salar Andino said it respected the communities' right to be consulted and had held more than forty meetings with them since 2022.",
           "Salar Andino", CO, "company", "claim", ["consultation:consultation_only:+"]),
         P("But the company said a veto over permits would make any investment in the province impossible.",
           "Salar Andino", CO, "company", "claim", ["consultation:binding_consent:-"]),
         P("Instead of a limit on the river, it has proposed to publish the readings of its own monitoring wells every month, on a website the communities can check.",
           "Salar Andino", CO, "company", "claim", ["water:self_monitoring:+"])],
        [P("“We measure every litre, and we will show every litre,” Ignacio Parodi, the company's country manager, said by telephone.",
           "Ignacio Parodi", CO, "company", "quote", ["water:self_monitoring:+"]),
         P("He said the communities' demand for a fund of their own was “something we can discuss”, provided the money is paid through the province.",
           "Ignacio Parodi", CO, "company", "claim", ["trust_fund:provincial_fund:+"])],
        [P("The provincial government said it would consult the communities on the second phase, as the law requires, but that the final decision on permits belonged to the province.",
           "The provincial government", PROV, "province", "claim",
           ["consultation:consultation_only:+", "consultation:binding_consent:-"]),
         P("Its mining minister, Raúl Herrera Bazán, said the assembly was asking for “a veto that no law in Argentina gives anyone”.",
           "Raúl Herrera Bazán", PROV, "province", "claim", ["consultation:binding_consent:-"])],
        [P("Argentina's Economy Ministry, which must approve the project's tax stability certificate, said on Monday that permits already issued under the federal investment regime must be respected.",
           "Argentina's Economy Ministry", NAT, "nation", "claim", ["consultation:existing_permits:+"]),
         S("A ministry official said the government was following events in the Puna closely.")],
        [S("Many of those at the protest had travelled from Antofalla and El Peñón, villages that depend on the same springs as the wetlands."),
         S("Several carried banners in Kolla and Spanish, and a group of women sold bread and coffee from the back of a pickup truck.")],
        [N("The environmental group Fundación Agua de la Puna said no fresh water at all should go to mining in a desert basin.",
           ["water"], "an environmental group is not a party"),
         S("The communities have given the province until the end of November to answer their list."),
         S("The protest ended peacefully in the late afternoon, and the road stayed open.")],
    ]))

# ------------------------------------------------------------------ L3
ARTICLES.append(dict(
    file="l3_buenos_aires_rules_out_higher_royalty.txt", scenario=SCEN,
    byline="By Valeria Quiroga | Buenos Aires, 3 November 2026",
    headline=P("Buenos Aires rules out higher lithium royalty as Catamarca talks stall",
               "Buenos Aires", NAT, "nation", "claim", ["royalty::-"]),
    paragraphs=[
        [P("Argentina's national government on Monday ruled out any provincial royalty above 3 per cent on lithium, dealing a blow to Catamarca's demand for 6 per cent from the Salar Andino consortium.",
           "Argentina's national government", NAT, "nation", "claim", ["royalty::-"]),
         P("“Three per cent is the law, and the law is the same in Catamarca as in Jujuy or Salta,” the secretary of mining, Federico Lanús, told a lithium conference in Buenos Aires.",
           "Federico Lanús", NAT, "nation", "quote", ["royalty::+"])],
        [P("Lanús said the government wanted the lithium processed in Argentina eventually, but would not force a company to build a plant before its mine had paid for itself.",
           "Federico Lanús", NAT, "nation", "claim", ["processing:phased:+"]),
         P("That is close to the offer Salar Andino tabled last month, under which the plant would be built only after 2030.",
           "the offer Salar Andino tabled last month", CO, "company", "claim", ["processing:phased:+"]),
         P("The company refuses to build the plant any earlier, arguing that lithium prices are too low to finance it.",
           "Salar Andino", CO, "company", "claim", ["processing:local_plant:-"])],
        [D("The federal law has set that ceiling at 3 per cent since the nineteen-nineties.", "royalty", why="a fact"),
         S("Lanús spoke for forty minutes and took questions from executives and reporters.")],
        [D("In Catamarca, the question was whether the province would keep its demand for 6 per cent after the secretary's remarks.", "royalty"),
         P("The provincial mining minister, Raúl Herrera Bazán, said it would, and that the province would go to the Supreme Court if the national government tried to stop it.",
           "Raúl Herrera Bazán", PROV, "province", "claim", ["royalty::+"]),
         P("“Lithium belongs to the provinces under the constitution, so the rate is ours to set,” he said.",
           "Raúl Herrera Bazán", PROV, "province", "quote", ["royalty::+"])],
        [P("Herrera Bazán also said the province had dropped its opposition to the company's phased plan for the plant, provided the first stage of processing begins in Catamarca by 2028.",
           "Raúl Herrera Bazán", PROV, "province", "claim", ["processing:phased:+"])],
        [P("Salar Andino said it welcomed the statement and would keep paying 3 per cent, plus a voluntary contribution of 0.5 per cent of sales to a provincial development fund.",
           "Salar Andino", CO, "company", "claim", ["royalty::+", "trust_fund:provincial_fund:+"]),
         P("“We have never said the province should get nothing more, only that it should come through a fund that builds schools and roads,” said Ignacio Parodi, its country manager.",
           "Ignacio Parodi", CO, "company", "quote", ["trust_fund:provincial_fund:+"])],
        [P("The Assembly of Indigenous Communities of the Puna dismissed the offer of a provincial fund as “money that will never reach the Puna.”",
           "The Assembly of Indigenous Communities of the Puna", COM, "communities", "claim", ["trust_fund:provincial_fund:-"]),
         P("It repeated its demand for a trust fund of its own.",
           "The Assembly of Indigenous Communities of the Puna", COM, "communities", "claim", ["trust_fund:community_trust:+"])],
        [S("The secretary of mining did not mention the communities in his speech."),
         P("Asked about them afterwards, he said the consultation carried out in 2021 was valid and that the permits issued since then would stand.",
           "Federico Lanús", NAT, "nation", "claim", ["consultation:existing_permits:+"]),
         P("The communities, he said, wanted “to reopen every permit since the nineteen-nineties”, something no government could allow.",
           "Federico Lanús", NAT, "nation", "claim", ["consultation:binding_consent:-"])],
        [N("Mining chambers from Salta and Jujuy, where other lithium projects operate, said a higher royalty in Catamarca would set a precedent they would fight.",
           ["royalty"], "mining chambers of other provinces are not parties"),
         S("Lithium carbonate prices have fallen by more than half since their peak in 2022, and several projects in the region have slowed their plans.",
           why="'carbonate' as a market price, not the plant"),
         S("The conference, organised by a national mining chamber, drew executives from Australia, China and the United States."),
         S("It continues until Wednesday.")],
    ]))

# ------------------------------------------------------------------ L4
ARTICLES.append(dict(
    file="l4_miner_accepts_water_cap.txt", scenario=SCEN,
    byline="By Martín Sosa Ledesma | Catamarca, 17 November 2026",
    headline=P("Salar Andino accepts cap on river water as Catamarca talks near a deal",
               "Salar Andino", CO, "company", "claim", ["water:freshwater_cap:+"]),
    paragraphs=[
        [P("The Salar Andino lithium consortium has agreed to a cap on the fresh water it draws from the Los Patos river, dropping its insistence that its own monitoring was enough.",
           "The Salar Andino lithium consortium", CO, "company", "claim", ["water:freshwater_cap:+"]),
         P("Under the company's new proposal, seen by this newspaper, the mine would take no more than 80 litres a second, about a third of its current permit, and an independent laboratory chosen by the province would take the readings.",
           "the company's new proposal", CO, "company", "claim", ["water:freshwater_cap:+"])],
        [P("The provincial government welcomed the offer.",
           "The provincial government", PROV, "province", "claim", ["water:freshwater_cap:+"]),
         P("“Eighty litres is a number we can defend in the Puna and in the courts,” said the mining minister, Raúl Herrera Bazán.",
           "Raúl Herrera Bazán", PROV, "province", "quote", ["water:freshwater_cap:+"]),
         D("Officials on both sides said the royalty and the plant were still open, and that a further round was planned for the last week of November.",
           "royalty", "processing", why="both sides, no position")],
        [D("The current permit allows the mine to draw about 240 litres a second, although the company says it uses less than half of that.", "water",
           why="a figure"),
         D("Company engineers said the plant at the salt flats already recycles part of its process water.", "water", why="a fact, no side"),
         S("Provincial officials had travelled from the capital with maps and tables of figures to present the draft in a school hall in Antofagasta de la Sierra.")],
        [S("Representatives of the Assembly of Indigenous Communities of the Puna walked out of a briefing on the draft on Saturday."),
         P("Eighty litres a second, they said, was eighty litres too many in a basin that has not had a wet year since 2019.",
           "Representatives of the Assembly of Indigenous Communities of the Puna", COM, "communities", "claim",
           ["water:freshwater_cap:-"]),
         P("“The company pumps, the province counts, and the llamas drink what is left,” said Rosa Chocobar, the assembly's coordinator.",
           "Rosa Chocobar", COM, "communities", "quote", ["water:freshwater_cap:-"]),
         P("She said the assembly would only sit down again once the province recognised that no new permit could be issued without a vote in the communities.",
           "Rosa Chocobar", COM, "communities", "claim", ["consultation:binding_consent:+"])],
        [P("Salar Andino said it understood the communities' frustration but could not accept a vote that would let one assembly stop a project of national importance.",
           "Salar Andino", CO, "company", "claim", ["consultation:binding_consent:-"]),
         P("It is pushing instead for a permanent consultation table, chaired by the provincial ombudsman, which would give opinions but not decisions.",
           "Salar Andino", CO, "company", "claim", ["consultation:consultation_only:+"])],
        [D("In Buenos Aires, the Economy Ministry said the water agreement was a matter for the province.", "water",
           why="jurisdiction, no side"),
         P("But the ministry said the nation would oppose any rule that forced investors to build a processing plant in Catamarca before they could export.",
           "the Economy Ministry", NAT, "nation", "claim", ["processing:local_plant:-"]),
         P("“Argentina needs the dollars from concentrate this year, not a factory in 2035,” a ministry official said.",
           "a ministry official", NAT, "nation", "quote", ["processing:export_concentrate:+"])],
        [N("The provincial ombudsman, Clara Aybar, said she was willing to chair a consultation table but that it should have the power to delay permits.",
           ["consultation"], "the ombudsman is not a party"),
         N("Hydrologists at the National University of Catamarca said a cap of 80 litres a second was within what the basin could bear in an average year, but not in a dry one.",
           ["water"], "researchers are not parties"),
         S("The draft runs to 41 pages, and none of the parties has published it."),
         S("The next round of talks is expected to take place in the provincial capital.")],
    ]))

# ------------------------------------------------------------------ L5
ARTICLES.append(dict(
    file="l5_catamarca_signs_lithium_deal.txt", scenario=SCEN,
    byline="By Valeria Quiroga | Catamarca, 1 December 2026",
    headline=D("Catamarca and Salar Andino sign lithium deal: 3 per cent royalty plus a contribution",
               "royalty", "trust_fund", why="the joint agreement"),
    paragraphs=[
        [D("The province of Catamarca and the Salar Andino lithium consortium signed an agreement on Monday that keeps the royalty at 3 per cent but adds a contribution of 1.5 per cent of sales to a provincial development fund.",
           "royalty", "trust_fund", why="the joint agreement"),
         D("The company will build a carbonate plant in the province by 2030 and export concentrate until then, and will take no more than 80 litres a second from the Los Patos river.",
           "processing", "water", why="terms of the joint agreement")],
        [P("“We asked for six and we got four and a half, and every cent of the extra stays in Catamarca,” the provincial mining minister, Raúl Herrera Bazán, said at the signing.",
           "Raúl Herrera Bazán", PROV, "province", "quote", ["royalty::+", "trust_fund:provincial_fund:+"]),
         P("He said the province had given up its demand for an immediate plant because a plant in 2030 was better than none.",
           "Raúl Herrera Bazán", PROV, "province", "claim", ["processing:phased:+"])],
        [S("The signing came after eight hours of talks that ended shortly before midnight on Sunday."),
         S("Officials, company executives and a handful of mayors from the Puna attended the ceremony at the provincial government house, which lasted less than an hour.")],
        [S("Salar Andino's country manager, Ignacio Parodi, called the deal “demanding but bankable”."),
         S("Parodi declined to say how much the second phase would cost."),
         S("He said the company would now ask the national government for the tax stability certificate it needs to start the second phase.")],
        [S("The Assembly of Indigenous Communities of the Puna said it would challenge the agreement in the federal courts."),
         P("It said the province had signed away the river without the consent of a single community, and that the consultation table in the deal was “a waiting room, not a decision.”",
           "The Assembly of Indigenous Communities of the Puna", COM, "communities", "claim",
           ["consultation:binding_consent:+", "consultation:consultation_only:-"]),
         P("“The fund belongs to the province, the water belongs to the company, and the Puna gets a table,” Rosa Chocobar said.",
           "Rosa Chocobar", COM, "communities", "quote", ["trust_fund:provincial_fund:-"]),
         P("The assembly still demands that 2 per cent of sales go into a trust run by the communities.",
           "The assembly", COM, "communities", "claim", ["trust_fund:community_trust:+"]),
         P("It has demanded a new consultation, with a binding vote in each community, before the legislature ratifies the deal.",
           "The assembly", COM, "communities", "claim", ["consultation:binding_consent:+"])],
        [P("The national government welcomed the agreement's royalty terms, which it said respected the federal ceiling of 3 per cent.",
           "The national government", NAT, "nation", "claim", ["royalty::+"]),
         P("But the secretary of mining, Federico Lanús, said Buenos Aires would oppose any attempt by other provinces to turn such contributions into a royalty above 3 per cent.",
           "Federico Lanús", NAT, "nation", "claim", ["royalty::-"]),
         P("He also said the government backed the consultation table, which he called “the Argentine way of listening without paralysing.”",
           "Federico Lanús", NAT, "nation", "claim", ["consultation:consultation_only:+"])],
        [N("The Centre for Environmental Law and Rights, a Buenos Aires law centre, said the agreement fell short of international standards on Indigenous consent.",
           ["consultation"], "a law centre is not a party"),
         S("The agreement must still be ratified by the provincial legislature, where the governor's party holds a majority."),
         D("If it is, the first water readings by the independent laboratory are due in March.", "water", why="schedule"),
         S("The communities have called a meeting for next week to decide their next steps.")],
    ]))
