"""The eight articles of the blind stance set, sentence by sentence, with their gold.

Each article is a headline, a byline line and paragraphs; each paragraph is a list of
sentences. A sentence is one of
  S(text)                       no issue, no position
  D(text, *issues)              mentions scenario issues, no party takes a position (distractor)
  N(text, issues, why)          a position, but not a scenario party's (analyst, aid agency,
                                a non-party state): no gold statement
  P(text, speaker, affiliation, party, kind, stances, mentions=())
                                a party states, demands, rejects or offers something; stances
                                are "issue:option:+" (supports) or "issue:option:-" (rejects),
                                option empty for an issue-level stance; mentions are issues the
                                sentence names without a side (kept apart, not gold)
build.py turns this into articles/*.txt, statements.jsonl and sentences.jsonl.
"""

import os as _os
import sys as _sys

_sys.path.insert(0, _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "kit"))
from stance_source import D, N, P, S  # noqa: E402,F401

ARTICLES = []

# ------------------------------------------------------------------ U1
ARTICLES.append(dict(
    file="u1_kremlin_free_zone.txt", scenario="ukraine-2025",
    byline="By Irina Cholewa, Moscow correspondent",
    headline=P("Kremlin dismisses Donbas free economic zone and insists Kyiv pull out",
               "the Kremlin", "Russia", "russia", "claim",
               ["donbas:free_economic_zone:-", "donbas:russian:+"]),
    paragraphs=[
        [
            P("Russia on Tuesday rejected a proposal to turn the part of the Donetsk region still held by Ukraine into a demilitarised free economic zone, saying the idea ignored what Moscow calls the will of the region's residents.",
              "Russia", "Russia", "russia", "claim", ["donbas:free_economic_zone:-"]),
            P("The Kremlin insists that Ukrainian forces leave the entire Donbas before any ceasefire can take effect, a senior Russian diplomat told reporters after a briefing at the Foreign Ministry.",
              "a senior Russian diplomat", "Russian Foreign Ministry", "russia", "claim", ["donbas:russian:+"]),
        ],
        [
            D("The zone is one of two formulas for Donetsk in the revised 20-point framework that American and Ukrainian negotiators have been refining since their meetings in Florida and Berlin.", "donbas"),
            D("The other would simply freeze the front where the two armies now stand.", "donbas"),
            P("Kyiv favours that second formula.",
              "Kyiv", "Ukraine", "ukraine", "claim", ["donbas:ukraine_holds:+"]),
            P("Ukrainian officials say they could consider a pull-back from parts of the region only if international troops patrol the zone and the arrangement is approved in a referendum.",
              "Ukrainian officials", "Ukraine", "ukraine", "claim", ["donbas:free_economic_zone:+"]),
        ],
        [
            D("Donbas has dominated every round of the talks this autumn.", "donbas"),
            D("Yuri Ushakov, the Kremlin's foreign-policy aide, said this month that territory remained the hardest question and that no compromise on it had yet been found."),
            P("A zone policed by foreigners, the diplomat said, would only give Ukraine time to rearm.",
              "a senior Russian diplomat", "Russian Foreign Ministry", "russia", "claim", ["donbas:free_economic_zone:-"]),
        ],
        [
            P("The diplomat also repeated that Ukraine must renounce its ambition to join NATO and write its neutral status into law.",
              "a senior Russian diplomat", "Russian Foreign Ministry", "russia", "claim", ["nato:barred:+"]),
            P("Kyiv has signalled that it could set membership aside in exchange for binding guarantees, though it refuses to amend its constitution, which names joining the alliance as a strategic goal.",
              "Kyiv", "Ukraine", "ukraine", "claim",
              ["nato:no_near_term:+", "nato:barred:-", "security_guarantees::+"]),
        ],
        [
            D("On security guarantees, the Russian side was just as blunt.", "security_guarantees"),
            P("European soldiers on Ukrainian soil would be treated as legitimate targets, the diplomat said, whatever flag they served under.",
              "a senior Russian diplomat", "Russian Foreign Ministry", "russia", "claim", ["security_guarantees:article5_like:-"]),
            P("The Europeans leading the coalition of the willing say their reassurance force would deploy only after the guns fall silent, and far from the front line.",
              "The Europeans leading the coalition of the willing", "coalition of the willing", "european_union", "claim",
              ["security_guarantees:article5_like:+"], mentions=["south_line"]),
        ],
        [
            P("Asked about easing sanctions in stages, the diplomat said the restrictions were illegal and should be lifted in full, not traded piece by piece.",
              "a senior Russian diplomat", "Russian Foreign Ministry", "russia", "claim",
              ["sanctions:full:+", "sanctions:phased:-"]),
            D("Sanctions were also on the agenda of the first, 28-point American draft in November.", "sanctions"),
        ],
        [
            P("\u201cThey are asking us to hand over cities our soldiers are still defending, and we will not do it,\u201d Ukraine's deputy foreign minister, Oksana Lytvyn, said in Kyiv.",
              "Oksana Lytvyn", "Ukrainian Foreign Ministry", "ukraine", "quote", ["donbas:russian:-"]),
            S("She added that Kyiv would keep talking to the Americans because the alternative was a longer war."),
            D("Crimea did not come up at Tuesday's briefing.", "crimea"),
            P("Ukrainian officials say they will never recognise the peninsula as Russian, even if they cannot take it back by force.",
              "Ukrainian officials", "Ukraine", "ukraine", "claim", ["crimea:recognised:-"]),
        ],
        [
            S("Kyiv also wants safe access to the Black Sea for its grain exports, a point both sides describe as close to settled.",
              why="a position on something that is not a scenario issue ('access' is not accession, 'safe' is not the elections option)"),
            S("Negotiators are expected to meet again after the New Year holidays."),
        ],
    ]))

# ------------------------------------------------------------------ U2
ARTICLES.append(dict(
    file="u2_eu_summit_assets.txt", scenario="ukraine-2025",
    byline="By Tomas Verhulst, Brussels",
    headline=P("EU rolls over Russia sanctions and vows Moscow will pay for Ukraine's reconstruction",
               "EU", "European Union", "european_union", "claim",
               ["sanctions:kept:+", "assets:ukraine_fund:+"]),
    paragraphs=[
        [
            P("European Union leaders agreed on Thursday to extend their economic sanctions on Russia for another six months, rejecting calls from Hungary to let them lapse while the United States pursues a peace deal.",
              "European Union leaders", "European Union", "european_union", "claim",
              ["sanctions:kept:+", "sanctions:full:-"]),
            P("The summit statement said the restrictions would stay until Russia ends its aggression and compensates Ukraine for the damage it has caused.",
              "the summit statement", "European Union", "european_union", "claim",
              ["sanctions:kept:+", "assets:ukraine_fund:+"]),
        ],
        [
            D("The question of the roughly 210 billion euros of Russian central-bank reserves immobilised in Europe, most of them at the Euroclear depository in Brussels, proved harder.", "assets"),
            P("The European Commission wants to lend Kyiv money backed by those balances, a so-called reparations loan that Ukraine would repay only if Russia pays for the destruction.",
              "The European Commission", "European Commission", "european_union", "claim", ["assets:ukraine_fund:+"]),
            P("Belgium has resisted, warning that it could face Russian lawsuits and demanding that other member states share the legal risk.",
              "Belgium", "Belgium", "european_union", "claim", ["assets:ukraine_fund:-"]),
            P("Moscow has called any use of the money theft and threatened to seize the property of Western companies still operating in Russia in retaliation.",
              "Moscow", "Russia", "russia", "claim", ["assets:ukraine_fund:-"]),
            P("Moscow's ambassador to the EU said Russia would never pay reparations for what he called a war forced on it by NATO.",
              "Moscow's ambassador to the EU", "Russia", "russia", "claim", ["assets:ukraine_fund:-"], mentions=["nato"]),
            P("\u201cIf Russia wants its money back, it can start by paying for what it has destroyed,\u201d one EU diplomat said.",
              "one EU diplomat", "European Union", "european_union", "quote", ["assets:ukraine_fund:+"]),
            D("Leaders left the final decision on the loan to their next meeting.", "assets"),
        ],
        [
            P("The American draft that circulated in November would have sent part of the frozen money into a US-led rebuilding fund and the rest into a joint American-Russian investment vehicle.",
              "the American draft", "United States", "united_states", "claim", ["assets:joint_fund:+"]),
            P("European diplomats said they had rejected that idea outright, arguing that the assets sit under European jurisdiction and that Europe, not Washington, would decide their use.",
              "European diplomats", "European Union", "european_union", "claim", ["assets:joint_fund:-"]),
        ],
        [
            P("The summit also reaffirmed Ukraine's path to membership of the bloc.",
              "the summit", "European Union", "european_union", "claim", ["eu_membership:open_path:+"]),
            P("Kyiv has pressed for a fixed accession date, ideally 2027, to be written into any peace agreement.",
              "Kyiv", "Ukraine", "ukraine", "claim", ["eu_membership:fixed_date:+"]),
            P("Several capitals consider that date unrealistic.",
              "several capitals", "European Union", "european_union", "claim", ["eu_membership:fixed_date:-"]),
        ],
        [
            P("On security, the leaders welcomed the work of the coalition of the willing, which has offered to station a reassurance force in Ukraine once a ceasefire holds.",
              "European Union leaders", "European Union", "european_union", "claim", ["security_guarantees:article5_like:+"]),
            P("Kyiv says European troops alone are not enough and wants guarantees that bind the United States as well, modelled on Article 5 of NATO's founding treaty.",
              "Kyiv", "Ukraine", "ukraine", "claim", ["security_guarantees:article5_like:+"], mentions=["nato"]),
            P("\u201cA guarantee that exists only on paper is what we got in Budapest in 1994, and we know how that ended,\u201d a senior Ukrainian official said.",
              "a senior Ukrainian official", "Ukraine", "ukraine", "quote", ["security_guarantees:non_binding:-"]),
            P("The Kremlin, for its part, has said it could accept guarantees only if Russia is among the guarantors and Western forces stay out of Ukraine.",
              "The Kremlin", "Russia", "russia", "claim",
              ["security_guarantees:guarantor_treaty:+", "security_guarantees:article5_like:-"]),
        ],
        [
            D("Officials said the leaders did not discuss Crimea or the front line in any detail, leaving territorial questions to Kyiv and Washington.", "crimea", "south_line"),
            S("The summit opened with a minute's silence for the victims of a missile strike on Odesa earlier in the week."),
            S("The next summit is due in March."),
        ],
    ]))

# ------------------------------------------------------------------ U3
ARTICLES.append(dict(
    file="u3_washington_sanctions_elections.txt", scenario="ukraine-2025",
    byline="By Marcus Feld, Washington",
    headline=P("Washington threatens new sanctions if Moscow stalls on peace framework",
               "Washington", "United States", "united_states", "claim", ["sanctions:kept:+"]),
    paragraphs=[
        [
            P("The United States will impose further sanctions on Russian energy companies if Moscow does not engage seriously with the revised peace framework by the end of January, a senior administration official said on Monday.",
              "a senior administration official", "United States", "united_states", "claim", ["sanctions:kept:+"]),
            S("The official, who briefed reporters on condition of anonymity, said the president was losing patience but still wanted a deal."),
            D("Washington has already blacklisted Rosneft and Lukoil, Russia's two largest oil producers.", "sanctions"),
        ],
        [
            P("At the same time, the administration is prepared to lift restrictions step by step, with a mechanism to reimpose them, if a settlement is signed and observed.",
              "the administration", "United States", "united_states", "claim", ["sanctions:phased:+"]),
            P("The Kremlin says the sanctions should be scrapped in full as part of any settlement.",
              "The Kremlin", "Russia", "russia", "claim", ["sanctions:full:+"]),
            P("Kyiv's negotiators, according to the official, want the sanctions to stay until a final treaty is signed.",
              "a senior administration official", "United States", "ukraine", "claim", ["sanctions:kept:+"]),
        ],
        [
            D("The official also addressed the question of elections in Ukraine, which Russia has raised in almost every round.", "elections"),
            P("Moscow argues that President Volodymyr Zelensky's term expired in May 2024 and that any treaty must be signed by a leader chosen in a new vote.",
              "Moscow", "Russia", "russia", "claim", ["elections:elections_first:+"]),
            P("Zelensky has said he is ready to hold elections within 60 to 90 days of a ceasefire, provided the United States and Europe can guarantee the security of the vote.",
              "Volodymyr Zelensky", "Ukraine", "ukraine", "claim", ["elections:elections_soon:+"]),
            P("He has rejected any suggestion that a vote be held while martial law is in force and the front is under fire.",
              "Volodymyr Zelensky", "Ukraine", "ukraine", "claim", ["elections:elections_first:-"]),
            P("The American draft had called for elections within 100 days of signing and a full amnesty for acts committed during the war.",
              "the American draft", "United States", "united_states", "claim", ["elections:elections_amnesty:+"]),
            P("Kyiv objected to the amnesty clause.",
              "Kyiv", "Ukraine", "ukraine", "claim", ["elections:elections_amnesty:-"]),
            P("European officials said it would shield those responsible for war crimes.",
              "European officials", "European Union", "european_union", "claim", ["elections:elections_amnesty:-"]),
        ],
        [
            P("On NATO, the official said the United States did not expect Ukraine to join the alliance in the foreseeable future but would not ask it to give up the goal in writing.",
              "a senior administration official", "United States", "united_states", "claim",
              ["nato:no_near_term:+", "nato:barred:-"]),
            P("That distinction matters in Moscow, which wants a legally binding ban.",
              "Moscow", "Russia", "russia", "claim", ["nato:barred:+"]),
            P("\u201cA promise not to invite Ukraine this year or next is worth nothing to us,\u201d said Konstantin Zarubin, a member of the Russian parliament's foreign affairs committee.",
              "Konstantin Zarubin", "Russian parliament", "russia", "quote", ["nato:no_near_term:-"]),
        ],
        [
            P("The official said the United States was ready to give Kyiv a guarantee approved by Congress, but would not send American troops.",
              "a senior administration official", "United States", "united_states", "claim", ["security_guarantees:us_guarantee:+"]),
            P("Ukrainian officials want that guarantee to be as strong as NATO's Article 5, a comparison the Americans have so far avoided.",
              "Ukrainian officials", "Ukraine", "ukraine", "claim", ["security_guarantees:article5_like:+"], mentions=["nato"]),
        ],
        [
            D("Asked about territory, the official said the revised text offered two options for Donetsk and that Washington would back whichever one the two sides accepted.", "donbas"),
            D("He declined to say whether the United States would formally recognise Russian control of Crimea.", "crimea"),
            S("The next round of contacts is expected in Miami."),
        ],
    ]))

# ------------------------------------------------------------------ U4
ARTICLES.append(dict(
    file="u4_kyiv_army_ceiling.txt", scenario="ukraine-2025",
    byline="By Olena Marchuk, Kyiv",
    headline=P("Kyiv will not accept an army smaller than 800,000, defence ministry says",
               "defence ministry", "Ukrainian Ministry of Defence", "ukraine", "claim", ["army_cap::-"]),
    paragraphs=[
        [
            P("Ukraine will not agree to any peace deal that caps its armed forces below 800,000 troops, the defence ministry said on Friday.",
              "the defence ministry", "Ukrainian Ministry of Defence", "ukraine", "claim", ["army_cap::-"]),
            P("Russian officials have called for a far smaller force, and Moscow's June memorandum demanded that Ukraine demobilise.",
              "Russian officials", "Russia", "russia", "claim", ["army_cap::+"]),
            P("Moscow wants Ukraine's army no larger than it was before 2014, one Ukrainian negotiator said.",
              "one Ukrainian negotiator", "Ukraine", "russia", "claim", ["army_cap::+"]),
            P("\u201cThat will never happen,\u201d he added.",
              "one Ukrainian negotiator", "Ukraine", "ukraine", "quote", ["army_cap::-"]),
            D("The 800,000 figure comes from the revised framework drawn up in December.", "army_cap"),
            P("The first American draft had set the limit at 600,000.",
              "the first American draft", "United States", "united_states", "claim", ["army_cap::+"]),
            P("Ukrainian commanders called that number dangerous.",
              "Ukrainian commanders", "Ukraine", "ukraine", "claim", ["army_cap::-"]),
        ],
        [
            P("The ministry also said Ukraine would keep the right to seek NATO membership, even if the alliance is in no position to admit it now.",
              "the defence ministry", "Ukrainian Ministry of Defence", "ukraine", "claim", ["nato:open_door:+"]),
        ],
        [
            P("In the south, Kyiv is prepared to halt the fighting along the current line in the Zaporizhzhia and Kherson regions but will not withdraw from the territory it controls there.",
              "Kyiv", "Ukraine", "ukraine", "claim", ["south_line:frozen:+", "south_line:russian_full:-"]),
            P("Russia claims both regions in full, including the city of Zaporizhzhia, which its troops have never held.",
              "Russia", "Russia", "russia", "claim", ["south_line:russian_full:+"]),
            P("Moscow says it will keep fighting until Ukrainian forces leave them.",
              "Moscow", "Russia", "russia", "claim", ["south_line:russian_full:+"]),
        ],
        [
            D("The Zaporizhzhia nuclear power plant, Europe's largest, has been held by Russian troops since March 2022 and has lost its external power several times this year.", "south_line"),
            D("The American framework proposes that the plant be run jointly, with its electricity split between the two sides.", "south_line"),
        ],
        [
            N("\u201cNeither side can really afford a smaller army after the war, because the threat does not go away,\u201d said Mariana Hordiienko, a defence analyst at a Kyiv think tank.",
              ["army_cap"], "an analyst's own view, no party's position"),
            P("Analysts in Kyiv say the Kremlin wants a cap low enough that Ukraine could not defend itself without foreign help.",
              "Analysts in Kyiv", None, "russia", "claim", ["army_cap::+"]),
            D("Hordiienko said the question of guarantees would decide whether any ceiling was tolerable.", "security_guarantees", "army_cap"),
        ],
        [
            P("\u201cAn army of 800,000 backed by Western guarantees is the minimum, not a starting point for haggling,\u201d Pavlo Kravets, a deputy defence minister, told parliament.",
              "Pavlo Kravets", "Ukrainian Ministry of Defence", "ukraine", "quote",
              ["army_cap::-", "security_guarantees::+"]),
            D("The grain corridor must also stay safe, the ministry added, whatever is agreed on the army.", "army_cap",
              why="a position on grain shipping, not a scenario issue; the army is named without a side"),
            D("European defence ministers have promised to help pay for the army Kyiv keeps, whatever its size.", "army_cap"),
            D("Gennady Orlov, a Russian deputy foreign minister, said on Thursday that Moscow would not discuss the size of Ukraine's army with the Europeans, whom it does not consider parties to the talks.", "army_cap"),
            S("Talks between national security advisers are expected to resume in Geneva later this month."),
        ],
    ]))

# ------------------------------------------------------------------ G1
ARTICLES.append(dict(
    file="g1_hamas_weapons_cairo.txt", scenario="blind-gaza",
    byline="By Nadia Haddad, Cairo",
    headline=P("Hamas rejects disarmament demand but offers to store its weapons",
               "Hamas", "Hamas", "hamas", "claim",
               ["disarmament:full:-", "disarmament:freeze_storage:+"]),
    paragraphs=[
        [
            P("Hamas on Sunday rejected Israeli and American demands that it hand over its weapons, but said it was willing to discuss freezing or storing its arsenal as part of a long truce.",
              "Hamas", "Hamas", "hamas", "claim", ["disarmament:full:-", "disarmament:freeze_storage:+"]),
            P("A senior official of the movement, speaking in Cairo after two days of talks with Egyptian and Qatari mediators, said the group's guns would stay as long as Israeli troops remain in Gaza.",
              "a senior official of the movement", "Hamas", "hamas", "claim",
              ["disarmament:keep_arms:+", "withdrawal:full:+"]),
        ],
        [
            D("Disarmament is the central unresolved element of the second phase of the ceasefire that took effect on 10 October.", "disarmament"),
            P("Under the American 20-point plan, Gaza is to be demilitarised and its tunnels and weapons workshops destroyed under the supervision of independent monitors.",
              "the American 20-point plan", "United States", "united_states", "claim", ["disarmament:full:+"]),
            P("Israel insists the group give up every rifle, not only rockets and other heavy weapons.",
              "Israel", "Israel", "israel", "claim", ["disarmament:full:+", "disarmament:heavy_only:-"]),
            P("\u201cThere will be no reconstruction and no withdrawal beyond the yellow line until Hamas is disarmed,\u201d an Israeli official said.",
              "an Israeli official", "Israel", "israel", "quote",
              ["withdrawal:stay_yellow:+", "disarmament:full:+"]),
        ],
        [
            P("Egypt has floated a compromise under which the weapons would be handed to an Egyptian-supervised store rather than destroyed.",
              "Egypt", "Egypt", "mediators", "claim", ["disarmament:freeze_storage:+"]),
            P("Israeli officials dismissed that proposal as a way for Hamas to keep its arsenal within reach.",
              "Israeli officials", "Israel", "israel", "claim", ["disarmament:freeze_storage:-"]),
            S("Qatar's prime minister said the mediators were working on a formula acceptable to both sides."),
            P("Hamas wants to keep its rockets and go on ruling Gaza from behind a civilian facade, an Israeli official said.",
              "an Israeli official", "Israel", "hamas", "claim", ["disarmament:keep_arms:+", "governance:hamas_rule:+"]),
            P("\u201cThat is not going to happen,\u201d he added.",
              "an Israeli official", "Israel", "israel", "quote", ["disarmament:keep_arms:-", "governance:hamas_rule:-"]),
        ],
        [
            P("Washington has warned that Hamas will be disarmed by force if it does not give up its weapons voluntarily.",
              "Washington", "United States", "united_states", "claim", ["disarmament:full:+"]),
            P("The international stabilisation force authorised by the UN Security Council in November is expected to take part in that process, according to US officials.",
              "US officials", "United States", "united_states", "claim", ["isf:enforcement:+"]),
            N("Several countries that have offered troops for the force have said they will not send soldiers to fight Hamas.",
              ["isf"], "troop contributors are not parties of the scenario"),
        ],
        [
            P("Hamas has said it is ready to hand the running of Gaza to a committee of Palestinian technocrats.",
              "Hamas", "Hamas", "hamas", "claim", ["governance:palestinian_committee:+"]),
            P("It rejects, however, any foreign guardianship over the Strip, a description it applies to the Board of Peace that President Donald Trump is to chair.",
              "Hamas", "Hamas", "hamas", "claim", ["governance:board_of_peace:-"]),
            S("Residents of Gaza City said the streets felt safe for the first time in two years, even as the talks dragged on."),
            S("The talks are to resume in Cairo next week."),
        ],
    ]))

# ------------------------------------------------------------------ G2
ARTICLES.append(dict(
    file="g2_rafah_aid_remains.txt", scenario="blind-gaza",
    byline="By Omar Siddiqui, Jerusalem",
    headline=P("Egypt insists Rafah crossing must open in both directions",
               "Egypt", "Egypt", "mediators", "claim", ["rafah:two_way:+"]),
    paragraphs=[
        [
            P("Israel said on Wednesday that it would reopen the Rafah crossing between Gaza and Egypt in the coming days, but only for residents leaving the Strip.",
              "Israel", "Israel", "israel", "claim", ["rafah:exit_only:+"]),
            P("Departures will be screened by Israeli security services, with European Union monitors at the gate, said the statement from COGAT, the Israeli military body that handles civilian affairs in the territories.",
              "COGAT", "Israel", "israel", "claim", ["rafah:exit_only:+"]),
            P("Cairo rejected the plan within hours.",
              "Cairo", "Egypt", "mediators", "claim", ["rafah:exit_only:-"]),
            P("An Egyptian official said the crossing had to work in both directions, as the ceasefire agreement requires, and warned that Egypt would not help empty Gaza of its people.",
              "an Egyptian official", "Egypt", "mediators", "claim", ["rafah:two_way:+"]),
        ],
        [
            S("Egypt has long opposed any arrangement that could push Palestinians into Sinai."),
            P("Hamas accused Israel of trying to turn the crossing into a one-way door.",
              "Hamas", "Hamas", "hamas", "claim", ["rafah:exit_only:-"]),
            D("The crossing has been largely closed since Israeli forces took its Gaza side in May 2024.", "rafah"),
            N("The European Union said its border mission was ready to deploy as soon as both governments agreed.",
              ["rafah"], "the EU is not a party of the Gaza scenario"),
            P("Israeli officials say the crossing will not open for people entering Gaza until the last hostage's body is returned.",
              "Israeli officials", "Israel", "israel", "claim", ["rafah:two_way:-", "remains:all_first:+"]),
        ],
        [
            N("Aid agencies say the number of lorries entering Gaza remains well below the 600 a day envisaged in the agreement.",
              ["aid"], "aid agencies are not parties of the scenario"),
            D("Israel says it is meeting its obligations and blames the United Nations for failing to distribute what arrives.", "aid"),
            P("It has also barred UNRWA, the UN agency for Palestinian refugees, from operating, and insists the agency play no part in the aid effort.",
              "Israel", "Israel", "israel", "claim", ["aid:unrestricted:-"]),
            P("The mediators want UNRWA restored to its role, saying no other body can reach the whole population.",
              "the mediators", "mediators", "mediators", "claim", ["aid:unrestricted:+"]),
        ],
        [
            D("The remains of the last hostages are still in Gaza.", "remains"),
            P("Israel has threatened to slow the second phase and to cut aid if Hamas does not return every body.",
              "Israel", "Israel", "israel", "claim", ["remains:all_first:+", "aid:cut:+"]),
            P("Hamas says it has handed over all the remains it can find and needs heavy machinery to search the rubble for the rest.",
              "Hamas", "Hamas", "hamas", "claim", ["remains:as_found:+"]),
            P("\u201cNobody can pull bodies from under ten metres of concrete with shovels,\u201d a Hamas official in Doha said.",
              "a Hamas official in Doha", "Hamas", "hamas", "quote", ["remains:as_found:+"]),
            D("Egypt has sent excavators and a technical team to help with the search, Egyptian state media reported.", "remains"),
            S("A meeting of the mediators with American envoys is planned in Cairo for the weekend."),
        ],
    ]))

# ------------------------------------------------------------------ G3
ARTICLES.append(dict(
    file="g3_governance_statehood.txt", scenario="blind-gaza",
    byline="By Leah Brenner, Ramallah",
    headline=P("Netanyahu rules out role for Palestinian Authority in post-war Gaza",
               "Netanyahu", "Israel", "israel", "claim", ["governance:pa_control:-"]),
    paragraphs=[
        [
            P("Israeli Prime Minister Benjamin Netanyahu ruled out on Monday any role for the Palestinian Authority in governing Gaza after the war, saying the Authority rewards the families of attackers and teaches hatred in its schools.",
              "Benjamin Netanyahu", "Israel", "israel", "claim", ["governance:pa_control:-"]),
            P("His office said Israel would keep overall security responsibility for the Strip for the foreseeable future.",
              "Netanyahu's office", "Israel", "israel", "claim", ["governance:israeli_control:+"]),
        ],
        [
            P("The Authority, based in the West Bank city of Ramallah, answered that Gaza is an integral part of the Palestinian state and that no arrangement there can bypass it.",
              "The Authority", "Palestinian Authority", "palestinian_authority", "claim",
              ["governance:pa_control:+", "statehood::+"]),
            P("President Mahmoud Abbas has pledged reforms, including elections within a year of the war's end, to prepare the Authority to take over in Gaza.",
              "Mahmoud Abbas", "Palestinian Authority", "palestinian_authority", "claim", ["governance:pa_control:+"]),
            P("The American plan leaves the door open to that, saying the Authority could take control once it has completed a reform programme.",
              "the American plan", "United States", "united_states", "claim", ["governance:pa_control:+"]),
        ],
        [
            P("Until then, Gaza is to be run by a committee of Palestinian technocrats overseen by the Board of Peace, which the UN Security Council endorsed in November.",
              "the American plan", "United States", "united_states", "claim", ["governance:board_of_peace:+"]),
            D("Tony Blair, the former British prime minister, has been mentioned as a possible member of the board.", "governance"),
            P("Ramallah says it accepts the committee only if its members report to the Palestinian government and the arrangement is temporary.",
              "Ramallah", "Palestinian Authority", "palestinian_authority", "claim", ["governance:palestinian_committee:+"]),
            P("Netanyahu's allies say the Authority wants to return to Gaza on the back of Israeli soldiers.",
              "Netanyahu's allies", "Israel", "palestinian_authority", "claim", ["governance:pa_control:+"]),
            P("They have vowed to stop it.",
              "Netanyahu's allies", "Israel", "israel", "claim", ["governance:pa_control:-"]),
            P("Hamas, which has run Gaza since 2007, has said it will not take part in the committee but wants a say in choosing its members.",
              "Hamas", "Hamas", "hamas", "claim", ["governance:palestinian_committee:+"]),
        ],
        [
            D("The deeper dispute is over statehood.", "statehood"),
            P("Netanyahu has said there will never be a Palestinian state west of the Jordan River.",
              "Benjamin Netanyahu", "Israel", "israel", "claim", ["statehood:no_state:+"]),
            P("The American plan speaks only of a credible pathway to Palestinian self-determination once Gaza is rebuilt and the Authority reformed.",
              "the American plan", "United States", "united_states", "claim", ["statehood:pathway:+"]),
            P("Egypt and Qatar have tied their support for the plan's later phases to a timetable for an independent state on the 1967 lines.",
              "Egypt and Qatar", "mediators", "mediators", "claim", ["statehood:state_1967:+"]),
            P("A senior Palestinian official said the Authority would never accept a pathway without a date, calling it a recipe for another thirty years of occupation.",
              "a senior Palestinian official", "Palestinian Authority", "palestinian_authority", "claim", ["statehood:pathway:-"]),
        ],
        [
            S("Palestinian officials also point out that the 20-point plan was drafted without them."),
            S("Gaza's civil servants, many of them paid by Ramallah for years, are still waiting to learn who their employer will be."),
            S("Officials in Ramallah said Abbas would raise the matter with European leaders in Brussels next week."),
        ],
    ]))

# ------------------------------------------------------------------ G4
ARTICLES.append(dict(
    file="g4_withdrawal_force_amnesty.txt", scenario="blind-gaza",
    byline="By Karim Aziz, Doha",
    headline=P("Hamas demands full Israeli withdrawal from Gaza",
               "Hamas", "Hamas", "hamas", "claim", ["withdrawal:full:+"]),
    paragraphs=[
        [
            P("Hamas said on Thursday that Israeli forces must leave the whole of Gaza, accusing Israel of entrenching itself behind the so-called yellow line that now cuts the Strip in two.",
              "Hamas", "Hamas", "hamas", "claim", ["withdrawal:full:+", "withdrawal:stay_yellow:-"]),
            D("Under the first phase of the ceasefire, Israeli troops pulled back to that line, leaving the army in control of a little over half of the territory.", "withdrawal"),
            P("The 20-point plan provides for further withdrawals as an international force deploys, until only a security perimeter along the border remains.",
              "the 20-point plan", "United States", "united_states", "claim", ["withdrawal:perimeter:+"], mentions=["isf"]),
        ],
        [
            P("Israeli officials say the troops will not move until Hamas has been disarmed and the new force has shown it can stop the group from rearming.",
              "Israeli officials", "Israel", "israel", "claim",
              ["withdrawal:stay_yellow:+", "disarmament:full:+", "isf:enforcement:+"]),
            P("Israel's defence minister has said the army will keep a security perimeter inside Gaza permanently, whatever the force does.",
              "Israel's defence minister", "Israel", "israel", "claim", ["withdrawal:perimeter:+"], mentions=["isf"]),
        ],
        [
            D("The force itself is still being assembled.", "isf"),
            D("Indonesia, Azerbaijan and Pakistan have been named as possible contributors, although none has yet committed troops.", "isf"),
            P("Israel has made clear it will not accept Turkish soldiers in the force, citing Ankara's ties to Hamas.",
              "Israel", "Israel", "israel", "claim", ["isf::-"]),
            P("Turkey, one of the guarantors of the October deal, says the force should monitor the ceasefire and protect civilians rather than fight Palestinian factions.",
              "Turkey", "Turkey", "mediators", "claim", ["isf:monitors:+", "isf:enforcement:-"]),
            P("Egypt has offered to train Palestinian police for the force's first year.",
              "Egypt", "Egypt", "mediators", "claim", ["isf:monitors:+"]),
            P("Hamas has said it could accept international troops only at the borders, as a buffer between Gaza and Israel, and not inside the Strip's cities.",
              "Hamas", "Hamas", "hamas", "claim", ["isf:monitors:+"]),
        ],
        [
            D("A separate dispute concerns the Hamas fighters trapped in tunnels under Rafah, on the Israeli-held side of the line.", "amnesty",
              why="Rafah is the town, not the crossing; the tunnels are where the men hide, not the disarmament issue"),
            P("The mediators have proposed that the fighters be allowed to leave if they hand over their weapons.",
              "The mediators", "mediators", "mediators", "claim", ["amnesty:amnesty:+"]),
            P("Israel has refused, saying the men must surrender or be killed.",
              "Israel", "Israel", "israel", "claim", ["amnesty:amnesty:-", "amnesty:no_amnesty:+"]),
            P("The 20-point plan itself promises an amnesty to Hamas members who commit to peaceful coexistence and give up their weapons, and safe passage abroad to those who wish to leave.",
              "the 20-point plan", "United States", "united_states", "claim", ["amnesty:amnesty:+"]),
        ],
        [
            P("Hamas also wants written American guarantees that Israel will not return to war after the second phase, as it did in March.",
              "Hamas", "Hamas", "hamas", "claim", ["end_of_war:guaranteed_end:+"]),
            P("Israeli officials say the country will retain the right to strike any threat in Gaza, as it does in Lebanon.",
              "Israeli officials", "Israel", "israel", "claim", ["end_of_war:freedom_of_action:+"]),
            P("Washington has told the mediators it will not allow the fighting to resume, according to a Qatari official.",
              "a Qatari official", "Qatar", "united_states", "claim", ["end_of_war:guaranteed_end:+"]),
            S("A new round of talks is expected in Doha before the end of the month."),
        ],
    ]))
