"""The five articles of the ninth blind stance set, sentence by sentence, with their gold.

Same format as tests/blind-stances8/articles_src.py. Each article is a headline, a byline line
and paragraphs; each paragraph is a list of sentences. A sentence is one of
  S(text)                       no issue, no position
  D(text, *issues)              mentions scenario issues, no party takes a position (distractor)
  N(text, issues, why)          a position, but not a scenario party's (aid agencies, analysts,
                                a political scientist, a displaced teacher, the World Food
                                Programme, MSF, the African Union): no gold statement
  P(text, speaker, affiliation, party, kind, stances, mentions=())
                                a party states, demands, rejects or offers something; stances
                                are "issue:option:+" (supports) or "issue:option:-" (rejects),
                                option empty for an issue-level stance (always so for the
                                numeric truce_length); mentions are issues the sentence names
                                without a side (kept apart, not gold)
build.py turns this into articles/*.txt, statements.jsonl and sentences.jsonl.
"""

SCEN = "blind-sudan-jeddah"


import os as _os
import sys as _sys

_sys.path.insert(0, _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "kit"))
from stance_source import D, N, P, S  # noqa: E402,F401


ARMY = "Sudanese Armed Forces"
GOV = "Government of Sudan"
RSF = "Rapid Support Forces"
QUAD = "Quad mediators"
USA = "United States"
KSA = "Saudi Arabia"
EGY = "Egypt"
CIV = "Sudanese Civic Alliance for Peace"
ARTICLES = []

# ------------------------------------------------------------------ S1
ARTICLES.append(dict(
    file="s1_mediators_table_ninety_day_truce.txt", scenario=SCEN,
    byline="By Daniel Okafor and Reem Haddad | Jeddah, 4 November 2026",
    headline=P("Mediators propose 90-day humanitarian truce for Sudan at Jeddah talks",
               "Mediators", QUAD, "mediators", "claim", ["truce_length::+"]),
    paragraphs=[
        [P("The United States, Saudi Arabia, Egypt and the United Arab Emirates on Tuesday proposed a 90-day humanitarian truce between Sudan's army and the paramilitary Rapid Support Forces, to be followed by talks on a permanent ceasefire.",
           "The United States, Saudi Arabia, Egypt and the United Arab Emirates", QUAD, "mediators", "claim", ["truce_length::+"]),
         P("Their plan, handed to both delegations in Jeddah, would freeze the front lines where they stand and open every border crossing and front-line route to aid convoys.",
           "The United States, Saudi Arabia, Egypt and the United Arab Emirates", QUAD, "mediators", "claim",
           ["withdrawal:freeze_lines:+", "aid_access:all_crossings:+"]),
         P("It also calls for a civilian-led transition within nine months of a permanent ceasefire, with neither armed force in government.",
           "The United States, Saudi Arabia, Egypt and the United Arab Emirates", QUAD, "mediators", "claim",
           ["transition:civilian_government:+"])],
        [S("The proposal follows more than three years of a war that the United Nations says has driven about 12 million people from their homes and brought famine to parts of Darfur and Kordofan.")],
        [P("The RSF said within hours that it accepted the truce “without reservation” and was ready to sign it for 90 days or longer.",
           "The RSF", RSF, "rsf", "claim", ["truce_length::+"]),
         P("“We have said yes to every humanitarian truce offered to us, and we say yes again,” the head of the RSF delegation, Ibrahim Mukhtar Adam, told reporters outside the talks venue.",
           "Ibrahim Mukhtar Adam", RSF, "rsf", "quote", ["truce_length::+"]),
         P("He said the lines of control had to be respected during the truce, because “nobody leaves a city under a ceasefire; that is called a surrender.”",
           "Ibrahim Mukhtar Adam", RSF, "rsf", "claim", ["withdrawal:freeze_lines:+", "withdrawal:rsf_leaves_cities:-"])],
        [S("The army-backed government in Port Sudan was cooler."),
         P("Its foreign ministry said a truce could only begin once the RSF had left the cities it seized and the homes it occupied, as the two sides promised in the Jeddah declaration of May 2023.",
           "Its foreign ministry", GOV, "army", "claim", ["withdrawal:rsf_leaves_cities:+"]),
         P("“A truce that leaves the militia in El Fasher and in people's houses is not a truce, it is a reward,” the ministry said.",
           "the ministry", GOV, "army", "quote", ["withdrawal:freeze_lines:-"])],
        [P("The army's delegation also rejected any role for the RSF in a future government.",
           "The army's delegation", ARMY, "army", "claim", ["transition:power_sharing:-"]),
         D("Delegates said the question of who governs after the war had taken up most of Tuesday's session.", "transition",
           why="agenda"),
         P("According to a Saudi official, Riyadh wants the truce signed before the end of November and believes the army will accept it once the order of withdrawals is agreed.",
           "a Saudi official", KSA, "mediators", "claim", ["truce_length::+"], mentions=["withdrawal"])],
        [N("Aid agencies welcomed the plan's call to open all crossings, including Adre on the border with Chad.",
           ["aid_access"], "aid agencies are not parties"),
         P("The army has kept Adre open under a three-month permit, but it insists that aid to areas held by the RSF must pass through government checkpoints.",
           "The army", ARMY, "army", "claim", ["aid_access:state_controlled:+"])],
        [S("The RSF controls almost all of Darfur and parts of Kordofan, while the army holds Khartoum, the east and the north.",
           why="territory in general"),
         P("The Sudanese Civic Alliance for Peace, a coalition of parties, unions and neighbourhood resistance committees, said it backed the truce but wanted it to last at least six months.",
           "The Sudanese Civic Alliance for Peace", CIV, "civilians", "claim", ["truce_length::+"]),
         P("Its spokeswoman, Amna Yousif, said civilians, not generals, must lead the transition.",
           "Amna Yousif", CIV, "civilians", "claim", ["transition:civilian_government:+"]),
         S("Talks are due to resume on Sunday.")],
    ]))

# ------------------------------------------------------------------ S2
ARTICLES.append(dict(
    file="s2_port_sudan_rules_out_frozen_lines.txt", scenario=SCEN,
    byline="By a Red Sea Chronicle staff reporter | Port Sudan, 9 November 2026",
    headline=P("Port Sudan rules out truce on current front lines, demands RSF leave cities first",
               "Port Sudan", GOV, "army", "claim", ["withdrawal:freeze_lines:-", "withdrawal:rsf_leaves_cities:+"]),
    paragraphs=[
        [P("Sudan's Minister of Foreign Affairs, Hassan Idris Babiker, said on Sunday that the government would not sign a truce that froze the front lines, because it would hand the Rapid Support Forces the cities they had taken by force.",
           "Hassan Idris Babiker", GOV, "army", "claim", ["withdrawal:freeze_lines:-"]),
         P("He said the RSF must first withdraw from El Fasher, from the towns of North Kordofan and from the civilian homes it still occupies in greater Khartoum.",
           "Hassan Idris Babiker", GOV, "army", "claim", ["withdrawal:rsf_leaves_cities:+"])],
        [P("“After that, we can discuss a truce of thirty days to let the food in,” Babiker told the Red Sea Chronicle.",
           "Hassan Idris Babiker", GOV, "army", "quote", ["truce_length::+"]),
         P("Ninety days, he said, would only give the militia time to rearm.",
           "Hassan Idris Babiker", GOV, "army", "claim", ["truce_length::-"])],
        [S("The minister spoke after returning from Jeddah, where the army's delegation held three days of indirect talks with the RSF through Saudi and American mediators."),
         P("The government has also rejected the mediators' proposal that aid convoys cross from Chad and South Sudan without its inspection.",
           "The government", GOV, "army", "claim", ["aid_access:all_crossings:-"]),
         P("Aid must reach every Sudanese, Babiker said, but through the humanitarian channels of the state, which has opened Adre and two airports for the purpose.",
           "Hassan Idris Babiker", GOV, "army", "claim", ["aid_access:state_controlled:+"])],
        [P("On the future of the paramilitary, the government's position has not moved: the RSF is to be dissolved, and fighters not accused of crimes may join the army as individuals.",
           "the government", GOV, "army", "claim", ["rsf_future:disbandment:+"]),
         P("“There will be no second army in Sudan, and no merging of units as if they were equals,” Babiker said.",
           "Hassan Idris Babiker", GOV, "army", "quote", ["rsf_future:separate_force:-", "rsf_future:integration:-"])],
        [S("The RSF has set up its own administration in Nyala, which Port Sudan regards as illegal."),
         P("The minister said the transition would be led by a civilian prime minister appointed by the Sovereignty Council until elections, a formula that keeps the army chief at the head of the state.",
           "Hassan Idris Babiker", GOV, "army", "claim", ["transition:army_led:+"]),
         D("The civilian alliance and the mediators both speak of a civilian-led transition, but they do not mean the same thing by it.",
           "transition", why="a phrase compared, no side taken")],
        [N("Mohamed Salih Hamid, a political scientist at the University of Khartoum, said the government's conditions on withdrawal were “the maximum it can ask, not the minimum it will take.”",
           ["withdrawal"], "an academic is not a party"),
         S("In Port Sudan, many residents who fled the capital say they support the army but want the war to end."),
         N("“Thirty days, ninety days, I do not care, as long as the bombs stop,” said Fatima Osman, a teacher from Omdurman who now lives in a school building in the city.",
           ["truce_length"], "a displaced teacher is not a party")],
        [P("The Rapid Support Forces did not respond to the minister's remarks, but the head of its negotiating team, Ibrahim Mukhtar Adam, said on Saturday that the RSF would not leave “a single town” as a precondition for a truce.",
           "Ibrahim Mukhtar Adam", RSF, "rsf", "claim", ["withdrawal:rsf_leaves_cities:-"]),
         S("He accused the army of inventing conditions because it “wants to win the war, not end it.”"),
         S("The mediators have not commented publicly since the Jeddah session ended on Thursday."),
         S("Talks are expected to resume after the mediators consult both sides separately next week.")],
    ]))

# ------------------------------------------------------------------ S3
ARTICLES.append(dict(
    file="s3_rsf_offers_mutual_pullback.txt", scenario=SCEN,
    byline="By Karim Nassar | The Gulf Ledger, Dubai, 16 November 2026",
    headline=P("RSF offers mutual pullback around El Fasher and wants a seat in Sudan's transition",
               "RSF", RSF, "rsf", "claim", ["withdrawal:mutual_pullback:+", "transition:power_sharing:+"]),
    paragraphs=[
        [P("Sudan's Rapid Support Forces have offered to pull their fighters back ten kilometres from El Fasher and three other besieged cities if the army withdraws its own units the same distance, the paramilitary's negotiators said on Sunday.",
           "the paramilitary's negotiators", RSF, "rsf", "claim", ["withdrawal:mutual_pullback:+"]),
         P("The offer, presented to the Quad mediators in Jeddah, would put the emptied zones under African Union monitors.",
           "The offer", RSF, "rsf", "claim", ["withdrawal:mutual_pullback:+"]),
         D("It is the first time the RSF has proposed any withdrawal since it captured El Fasher in October 2025.", "withdrawal",
           why="a fact about the offer")],
        [P("“We are not asking the army to surrender, and it should not ask us to,” the RSF's chief negotiator, Ibrahim Mukhtar Adam, said in an interview in Dubai.",
           "Ibrahim Mukhtar Adam", RSF, "rsf", "quote", ["withdrawal:rsf_leaves_cities:-"]),
         P("He said the RSF would accept the mediators' 90-day truce as it stood and would extend it to six months if the army agreed.",
           "Ibrahim Mukhtar Adam", RSF, "rsf", "claim", ["truce_length::+"])],
        [P("On the political future, Adam was blunt: the forces that fought the war must be part of the government that ends it.",
           "Ibrahim Mukhtar Adam", RSF, "rsf", "claim", ["transition:power_sharing:+"]),
         P("“A transition written in Port Sudan and handed to us is not a transition, it is an order,” he said.",
           "Ibrahim Mukhtar Adam", RSF, "rsf", "quote", ["transition:army_led:-"]),
         P("He also rejected the army's demand that the RSF be dissolved, and said it would only join a new national army “as a force, with its ranks and its commanders.”",
           "Ibrahim Mukhtar Adam", RSF, "rsf", "claim", ["rsf_future:disbandment:-", "rsf_future:integration:+"])],
        [D("Integration of the RSF into the army was the issue that set off the war in April 2023, when the two forces could not agree on a timetable.",
           "rsf_future", why="history")],
        [P("The army dismissed the offer within hours.",
           "The army", ARMY, "army", "claim", ["withdrawal:mutual_pullback:-"]),
         P("“Ten kilometres from a city they are starving is still a siege,” an army spokesman, Brigadier General Tarek al-Nour, said in a statement.",
           "Tarek al-Nour", ARMY, "army", "quote", ["withdrawal:mutual_pullback:-"])],
        [P("The United States, which co-chairs the Quad, said it welcomed any proposal that reduced fighting around cities but that its own plan for a freeze on current lines remained on the table.",
           "The United States", USA, "mediators", "claim", ["withdrawal:freeze_lines:+"]),
         P("A State Department official said Washington still wanted both armed forces out of the next government.",
           "A State Department official", USA, "mediators", "claim", ["transition:civilian_government:+"]),
         P("The official said the mediators' text foresaw the RSF's fighters being absorbed into a single professional army over several years.",
           "A State Department official", USA, "mediators", "claim", ["rsf_future:integration:+"])],
        [N("Analysts at the Sudan Policy Centre, a research group in Nairobi, said the RSF offer was designed to look reasonable in Washington while keeping the paramilitary's grip on Darfur.",
           ["withdrawal"], "analysts are not parties"),
         P("The Sudanese Civic Alliance for Peace said it rejected any power-sharing deal that gave either general a seat in government.",
           "The Sudanese Civic Alliance for Peace", CIV, "civilians", "claim", ["transition:power_sharing:-"]),
         P("“We did not march for three years to end up with two generals instead of one,” said its spokeswoman, Amna Yousif.",
           "Amna Yousif", CIV, "civilians", "quote", ["transition:power_sharing:-"])],
        [S("Fighting continued over the weekend in North Kordofan, where local groups reported drone strikes on markets in two towns."),
         S("The mediators are due to meet both delegations again on Tuesday.")],
    ]))

# ------------------------------------------------------------------ S4
ARTICLES.append(dict(
    file="s4_aid_corridors_sticking_point.txt", scenario=SCEN,
    byline="By Hannah Lindqvist | Nairobi, 24 November 2026",
    headline=D("Aid corridors become the sticking point as Sudan truce talks drag on", "aid_access", why="headline, no side"),
    paragraphs=[
        [P("Mediators in the Sudan talks have proposed that the United Nations run three aid corridors into Darfur and Kordofan, a compromise between the army's demand to control every convoy and the RSF's call to open every crossing.",
           "Mediators in the Sudan talks", QUAD, "mediators", "claim", ["aid_access:un_monitored_corridors:+"]),
         P("Under the proposal, seen by this publication, convoys would be inspected once by UN staff at the border, with army and RSF liaison officers present but unable to stop them.",
           "the proposal", QUAD, "mediators", "claim", ["aid_access:un_monitored_corridors:+"])],
        [S("Nearly 25 million people in Sudan face acute hunger, according to UN agencies, and famine has been confirmed in at least ten areas.")],
        [P("The government's Humanitarian Aid Commission said on Monday that it could accept UN corridors only if its own inspectors kept the right to search every truck.",
           "The government's Humanitarian Aid Commission", GOV, "army", "claim",
           ["aid_access:un_monitored_corridors:+", "aid_access:state_controlled:+"]),
         P("“Sovereignty does not stop at the border because a convoy flies a blue flag,” the commission's commissioner-general, Sawsan Elmahdi, told reporters in Port Sudan.",
           "Sawsan Elmahdi", GOV, "army", "quote", ["aid_access:state_controlled:+"])],
        [P("The RSF's humanitarian agency, which works in the areas the paramilitary holds, wants something simpler: all crossings open, with no inspection by either side.",
           "The RSF's humanitarian agency", RSF, "rsf", "claim", ["aid_access:all_crossings:+"]),
         P("“Every checkpoint is a tax and a delay, and delay is death in El Fasher,” its director, Hamid Daoud Barakallah, said by phone from Nyala.",
           "Hamid Daoud Barakallah", RSF, "rsf", "quote", ["aid_access:all_crossings:+"]),
         P("He said the RSF would accept UN corridors as a first step if the army did not get a veto over the lists of convoys.",
           "Hamid Daoud Barakallah", RSF, "rsf", "claim",
           ["aid_access:un_monitored_corridors:+", "aid_access:state_controlled:-"])],
        [N("The World Food Programme said it had enough food in Chad and Port Sudan for two million people but could not move it without guarantees from both sides.",
           ["aid_access"], "a UN agency is not a party"),
         S("Trucks have waited at Adre for up to three weeks this autumn, drivers say.")],
        [D("In Jeddah, the humanitarian file and the truce are being negotiated in the same room, with the same delegations.",
           "aid_access", "truce_length", why="procedure"),
         P("A senior Egyptian diplomat said Cairo would not support corridors that bypassed the Sudanese state entirely.",
           "A senior Egyptian diplomat", EGY, "mediators", "claim", ["aid_access:all_crossings:-"]),
         P("Egypt, which shares a long border with Sudan and hosts more than a million Sudanese refugees, has generally backed the army's demand that aid pass through state channels.",
           "Egypt", EGY, "mediators", "claim", ["aid_access:state_controlled:+"]),
         S("The United States and Saudi Arabia have not said publicly whether they share Cairo's concern.",
           why="declining to say")],
        [P("The Sudanese Civic Alliance for Peace said aid must not be part of any bargain, and called for every crossing to be opened immediately, whatever happens to the truce.",
           "The Sudanese Civic Alliance for Peace", CIV, "civilians", "claim", ["aid_access:all_crossings:+"]),
         P("It also wants the truce to last six months, so that farmers can plant before the next rainy season.",
           "The Sudanese Civic Alliance for Peace", CIV, "civilians", "claim", ["truce_length::+"])],
        [N("Médecins Sans Frontières said its teams in North Darfur had received no medical supplies by road since August.",
           ["aid_access"], "an aid agency is not a party"),
         P("A Western diplomat said the army's delegation had privately signalled that it could live with UN corridors if the truce was shortened to sixty days.",
           "A Western diplomat", None, "army", "claim",
           ["aid_access:un_monitored_corridors:+", "truce_length::+"]),
         S("The next round in Jeddah is scheduled to start on December 1.")],
    ]))

# ------------------------------------------------------------------ S5
ARTICLES.append(dict(
    file="s5_sixty_day_truce_agreed.txt", scenario=SCEN,
    byline="By Samuel Mensah, Africa correspondent | Jeddah, 3 December 2026",
    headline=D("Sudan's warring sides agree 60-day humanitarian truce at Jeddah talks", "truce_length", why="joint agreement"),
    paragraphs=[
        [D("Sudan's army and the paramilitary Rapid Support Forces agreed on Wednesday to a 60-day humanitarian truce, the Quad mediators announced, the first agreement between the two sides since the war began in April 2023.",
           "truce_length", why="joint agreement, announced"),
         D("Under the text, both forces will stay in their positions, UN-run corridors will open into Darfur and Kordofan, and a joint committee will discuss withdrawals from cities during the truce.",
           "withdrawal", "aid_access", why="joint text, nobody's proposal"),
         D("The agreement says nothing about who will govern Sudan after the war.", "transition", why="a fact about the text")],
        [P("Saudi Arabia's deputy foreign minister, Abdulrahman al-Shehri, who read the statement, called it “a first door, not a house” and said the mediators would now press for a permanent ceasefire and a civilian-led transition.",
           "Abdulrahman al-Shehri", KSA, "mediators", "claim", ["transition:civilian_government:+"])],
        [P("The army's delegation accepted the shorter truce after the mediators dropped the 90-day figure, two diplomats said.",
           "two diplomats", None, "army", "claim", ["truce_length::+"]),
         P("“Sixty days is enough to feed people and not enough to rebuild an army,” the army's chief negotiator, Lieutenant General Omar Hashim, said after the signing.",
           "Omar Hashim", ARMY, "army", "quote", ["truce_length::+"]),
         P("He said the army still expected the RSF to leave El Fasher and the cities of Kordofan before any permanent ceasefire.",
           "Omar Hashim", ARMY, "army", "claim", ["withdrawal:rsf_leaves_cities:+"])],
        [P("The RSF said it had signed “for the sake of the people” and would have preferred a truce of six months.",
           "The RSF", RSF, "rsf", "claim", ["truce_length::+"]),
         P("Its delegation head, Ibrahim Mukhtar Adam, said the freeze of positions in the text proved the RSF had been right to refuse any withdrawal.",
           "Ibrahim Mukhtar Adam", RSF, "rsf", "claim", ["withdrawal:freeze_lines:+", "withdrawal:rsf_leaves_cities:-"]),
         P("“We did not give up a metre for free, and we will not give one up in the next round unless the army steps back too,” he told reporters.",
           "Ibrahim Mukhtar Adam", RSF, "rsf", "quote", ["withdrawal:mutual_pullback:+"]),
         P("Adam also repeated that the RSF would take part in the transition “as a partner, not as a defendant.”",
           "Ibrahim Mukhtar Adam", RSF, "rsf", "claim", ["transition:power_sharing:+"])],
        [P("The Sudanese Civic Alliance for Peace welcomed the truce.",
           "The Sudanese Civic Alliance for Peace", CIV, "civilians", "claim", ["truce_length::+"]),
         P("But it said 60 days were “too short to plant a single field.”",
           "The Sudanese Civic Alliance for Peace", CIV, "civilians", "claim", ["truce_length::-"]),
         P("Amna Yousif, the alliance's spokeswoman, said the mediators had promised that neither general would sit in the transitional government, and that the alliance would hold them to it.",
           "Amna Yousif", CIV, "civilians", "claim", ["transition:civilian_government:+"])],
        [N("The African Union's Peace and Security Council said it was ready to send monitors for the joint committee on withdrawals.",
           ["withdrawal"], "the African Union is not a party"),
         S("Fighting around El Obeid went on until shortly before the truce took effect at midnight, residents said.")],
        [P("The United States said it would use the 60 days to build support for a single national army into which the RSF's fighters would be absorbed over time.",
           "The United States", USA, "mediators", "claim", ["rsf_future:integration:+"]),
         P("The army's delegation said that question was closed: the RSF would be disbanded, not merged.",
           "The army's delegation", ARMY, "army", "claim", ["rsf_future:disbandment:+", "rsf_future:integration:-"])],
        [S("The next round, on a permanent ceasefire, is due to open in Jeddah after the truce's first month."),
         D("Whether the truce holds will depend on commanders far from Jeddah, in Darfur and Kordofan, who have broken every previous one.",
           "truce_length", why="commentary, no side")],
    ]))
