"""The six articles of the thirteenth blind stance set, sentence by sentence, with their gold.

Same format as tests/blind-stances10/articles_src.py. Each article is a headline, a byline line
and paragraphs; each paragraph is a list of sentences. A sentence is one of
  S(text)                       no issue, no position
  D(text, *issues)              mentions scenario issues, no party takes a position (distractor)
  N(text, issues, why)          a position, but not a scenario party's (mediators, opposition
                                MPs, analysts, a poll): no gold statement
  P(text, speaker, affiliation, party, kind, stances, mentions=())
                                a party states, demands, rejects or offers something; stances
                                are "issue:option:+" (supports) or "issue:option:-" (rejects),
                                option empty for an issue-level stance; mentions are issues the
                                sentence names without a side (kept apart, not gold)
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

# ------------------------------------------------------------------ M1 (Baltic outlet, English edition)
ARTICLES.append(dict(
    file="m1_baltic_courier_geneva_opens.txt", scenario=SCEN,
    byline="By Ruta Kalnina in Geneva | The Baltic Courier, English edition | 11 January 2027",
    headline=P("Moscow demands Kyiv cede rest of Donetsk as Geneva round opens",
               "Moscow", RU, "russia", "claim", ["donbas:russian:+"]),
    paragraphs=[
        [P("Russia's chief negotiator told reporters outside the Palais des Nations on Monday that no ceasefire was possible until Ukrainian forces had left the towns of the Donetsk region they still control.",
           "Russia's chief negotiator", RU, "russia", "claim", ["donbas:russian:+"]),
         P("He described Kramatorsk and Sloviansk as Russian cities under temporary occupation.",
           "Russia's chief negotiator", RU, "russia", "claim", ["donbas:russian:+"])],
        [S("The round, the first since talks in the Gulf broke up in December without a text, is chaired jointly by Switzerland and Turkey, with an American delegation sitting in as what one Swiss diplomat called \"a very active observer\".")],
        [P("Ukraine's delegation rejected the demand within the hour, saying that Kyiv would not hand over a single town that Russia had failed to capture in almost five years of war.",
           "Ukraine's delegation", UA, "ukraine", "claim", ["donbas:russian:-"]),
         P("The head of the delegation said Kyiv was ready to stop the fighting in Donetsk where the two armies now stand.",
           "The head of the delegation", UA, "ukraine", "claim", ["donbas:ukraine_holds:+"]),
         S("It presented its own map to the chairs on Monday evening."),
         P("The map, seen by the Baltic Courier, draws the ceasefire line in the Zaporizhzhia and Kherson regions exactly along the present line of contact.",
           "The map", UA, "ukraine", "claim", ["south_line:frozen:+"])],
        [P("In Vilnius, Lithuania's foreign minister warned that rewarding Moscow with the rest of Donetsk would only invite the next invasion.",
           "Lithuania's foreign minister", "Lithuania", "european_union", "claim", ["donbas:russian:-"]),
         P("Vilnius wants the European Union to keep every sanction in place until Russian troops have left Ukrainian soil, the minister said.",
           "Lithuania's foreign minister", "Lithuania", "european_union", "claim", ["sanctions:kept:+"])],
        [S("Snow fell on the lakeside as the delegations arrived in separate convoys, and the two sides did not meet face to face on the first day."),
         S("A second group, on prisoners and the bodies of the dead, met in another building under the auspices of the International Committee of the Red Cross.")],
        [P("The US special envoy told the Baltic Courier that Washington still saw a demilitarised free economic zone in the Ukrainian-held part of Donetsk as the fairest compromise on offer.",
           "The US special envoy", US, "united_states", "claim", ["donbas:free_economic_zone:+"]),
         P("He said the United States would not ask Kyiv to leave the area without a referendum and an international presence to police it.",
           "The US special envoy", US, "united_states", "claim", ["donbas:free_economic_zone:+"]),
         P("The Kremlin has dismissed the zone as a device to let Ukraine regroup, and its spokesman repeated on Monday that foreign troops in the area were out of the question.",
           "The Kremlin", RU, "russia", "claim", ["donbas:free_economic_zone:-"])],
        [P("Estonia's prime minister, speaking in Tallinn, said European armies should be ready to send soldiers to Ukraine as part of a reassurance force once the guns fall silent.",
           "Estonia's prime minister", "Estonia", "european_union", "claim", ["security_guarantees:article5_like:+"]),
         P("Russia's chief negotiator ruled out any such deployment, saying European soldiers on Ukrainian territory would be treated as legitimate targets.",
           "Russia's chief negotiator", RU, "russia", "claim", ["security_guarantees:article5_like:-"]),
         D("A researcher at a Tallinn defence institute said the Russian line on foreign troops had not moved an inch since 2022.",
           "security_guarantees", why="says the line has not moved, without stating it"),
         N("Sanctions relief for Moscow should stay off the table until the first guarantee has been signed and tested, argued Inese Berzina, a Latvian foreign policy analyst.",
           ["sanctions"], "an analyst is not a party")],
        [S("Talks resume on Tuesday morning, with the maritime and energy group due to report to the plenary on Wednesday.")],
    ]))

# ------------------------------------------------------------------ M2 (parliamentary debate report, Berlin)
ARTICLES.append(dict(
    file="m2_bundestag_debate_geneva.txt", scenario=SCEN,
    byline="Parliament Watch Berlin (English service) | Berlin, 13 January 2027",
    headline=P("Foreign minister tells Bundestag frozen Russian billions must stay tied to Ukraine's rebuilding",
               "Foreign minister", "Germany", "european_union", "claim", ["assets:ukraine_fund:+"]),
    paragraphs=[
        [S("The Bundestag spent two hours on Wednesday debating the government's statement on the Geneva talks, in a chamber that was, by the standards of January, unusually full."),
         P("Opening the debate, the foreign minister said the immobilised reserves of Russia's central bank would remain frozen until Moscow had paid for the destruction it caused.",
           "the foreign minister", "Germany", "european_union", "claim", ["assets:ukraine_fund:+"]),
         P("She rejected in unusually blunt terms the American idea of placing part of the money in a joint US-Russian investment vehicle, calling it \"a business arrangement dressed up as peace\".",
           "the foreign minister", "Germany", "european_union", "quote", ["assets:joint_fund:-"])],
        [P("Germany would take part in a European force in Ukraine once a ceasefire held, she told MPs, provided the United States stood behind it.",
           "the foreign minister", "Germany", "european_union", "claim", ["security_guarantees:article5_like:+"]),
         P("The defence minister added that the government would not accept a ceiling on Ukraine's armed forces below the 800,000 troops discussed last year.",
           "The defence minister", "Germany", "european_union", "claim", ["army_cap::-"]),
         P("He said Berlin saw no reason why a sovereign country should accept limits on its army that Russia would never accept on its own.",
           "The defence minister", "Germany", "european_union", "claim", ["army_cap::-"])],
        [N("For the Greens, the party's foreign policy spokeswoman demanded that the government say openly that Ukraine's road to NATO must stay open.",
           ["nato"], "an opposition MP is not the member state's government"),
         N("A deputy from the far-right benches called for the sanctions on Russian gas to be lifted at once, arguing that German industry had paid for the war long enough.",
           ["sanctions"], "an opposition MP is not the member state's government"),
         S("The remark drew heckling from the government benches and a rebuke from the presiding vice-president for the language that followed.")],
        [P("Replying, the foreign minister said Berlin would not support any easing of sanctions before a settlement was signed and honoured.",
           "the foreign minister", "Germany", "european_union", "claim", ["sanctions:kept:+"]),
         N("The Left's parliamentary leader urged the government to back the Swiss and Turkish chairs' suggestion that Crimea's status be left to later talks.",
           ["crimea"], "an opposition MP is not the member state's government"),
         P("The chancellor, who did not speak in the debate, has said Germany will never recognise Crimea as Russian, a line the foreign minister repeated from the dispatch box.",
           "The chancellor", "Germany", "european_union", "claim", ["crimea:recognised:-"])],
        [P("On the European Union, she said the government wanted accession talks with Kyiv to continue at full speed but saw no sense in promising a year.",
           "the foreign minister", "Germany", "european_union", "claim", ["eu_membership:open_path:+", "eu_membership:fixed_date:-"]),
         S("Several MPs asked how the maritime and energy talks under way in Geneva related to the main negotiations, and received no clear answer.")],
        [P("The foreign minister told MPs that Russia's negotiators were still demanding that Ukraine write neutrality into its constitution.",
           "the foreign minister", "Germany", "russia", "claim", ["nato:barred:+"]),
         P("\"That is a demand for a vassal state, and no German government will endorse it,\" she said.",
           "the foreign minister", "Germany", "european_union", "quote", ["nato:barred:-"])],
        [D("A poll published before the debate found 58 percent of Germans in favour of keeping sanctions until a peace deal is signed.",
           "sanctions", why="a poll, not a party"),
         S("The government's statement was noted without a vote, as is customary.")],
    ]))

# ------------------------------------------------------------------ M3 (podcast write-up)
ARTICLES.append(dict(
    file="m3_podcast_inside_geneva.txt", scenario=SCEN,
    byline="The Long Table podcast | Episode 212 | 15 January 2027",
    headline=S("Podcast: inside the Geneva talks, with a member of Ukraine's negotiating team"),
    paragraphs=[
        [S("This week the host sits down with a member of Ukraine's negotiating team, speaking from Geneva between sessions, and with a former State Department official who worked on the 2022 Istanbul talks."),
         S("The conversation has been edited for length; the highlights are below.")],
        [P("The negotiator says Kyiv went to Geneva ready to sign a ceasefire that leaves the Donetsk front where it is today, and nothing more.",
           "a member of Ukraine's negotiating team", UA, "ukraine", "claim", ["donbas:ukraine_holds:+"]),
         P("\"Everyone in Geneva knows what Moscow wants: Kramatorsk and Sloviansk, for nothing,\" she says.",
           "a member of Ukraine's negotiating team", UA, "russia", "quote", ["donbas:russian:+"]),
         P("She is more open on the south, saying Kyiv could live with a freeze along the current line in the Zaporizhzhia and Kherson regions if it were monitored from the air and on the ground.",
           "a member of Ukraine's negotiating team", UA, "ukraine", "claim", ["south_line:frozen:+"]),
         P("The host notes that Brussels has told Kyiv it will keep its sanctions on Russia until a peace deal is signed.",
           "The host", None, "european_union", "claim", ["sanctions:kept:+"])],
        [P("On guarantees she is blunt: without soldiers from European armies on Ukrainian soil and an American commitment behind them, she argues, any signature will be torn up within two years.",
           "a member of Ukraine's negotiating team", UA, "ukraine", "claim", ["security_guarantees:article5_like:+"]),
         P("The former official says the administration has told European capitals it will offer air cover from bases in Poland and Romania and a vote in Congress, and nothing on the ground.",
           "a former State Department official", None, "united_states", "claim", ["security_guarantees:us_guarantee:+"]),
         P("The negotiator says Kyiv would take that offer only as a first layer, with a European contingent inside the country as the second.",
           "a member of Ukraine's negotiating team", UA, "ukraine", "claim", ["security_guarantees:us_guarantee:+", "security_guarantees:article5_like:+"])],
        [S("Asked about elections, she laughs."),
         P("Ukraine will vote when martial law is lifted and the shelling has stopped, she says, and not a day earlier because Moscow finds the president inconvenient.",
           "a member of Ukraine's negotiating team", UA, "ukraine", "claim", ["elections:ukraine_schedule:+"])],
        [P("The episode's third voice, a former Russian diplomat who resigned in 2022 and now teaches in Vilnius, says the Kremlin insists on a vote before any treaty because it wants delay rather than democracy.",
           "a former Russian diplomat", None, "russia", "claim", ["elections:elections_first:+"]),
         P("He says Moscow has made the lifting of all sanctions, not a selection of them, the price of any final settlement.",
           "a former Russian diplomat", None, "russia", "claim", ["sanctions:full:+", "sanctions:phased:-"])],
        [S("The former official closes on a note of caution."),
         D("Any deal that leaves Europe outside the room on sanctions will not survive its first winter, he says.",
           "sanctions", why="a forecast by a non-party, no side taken")],
        [P("The Ukrainian negotiator has the last word: Kyiv, she says, will never sign away the goal of NATO membership, even if it must accept that no invitation will come this decade.",
           "a member of Ukraine's negotiating team", UA, "ukraine", "claim", ["nato:barred:-", "nato:no_near_term:+"]),
         S("New episodes are released every Friday, and the full transcript is available to subscribers.")],
    ]))

# ------------------------------------------------------------------ M4 (wire "what we know")
ARTICLES.append(dict(
    file="m4_what_we_know_geneva.txt", scenario=SCEN,
    byline="By Meridian Press staff | Geneva, 13 January 2027",
    headline=S("What we know about the Geneva talks on Ukraine so far"),
    paragraphs=[
        [S("Delegations from Russia and Ukraine have spent three days in Geneva at the first round of talks of 2027, chaired by Switzerland and Turkey with the United States in the room."),
         S("Here is what we know, and what we do not.")],
        [S("WHO IS TALKING?"),
         S("The political track brings together the two delegations, the Swiss and Turkish chairs and an American team, while the Europeans follow from outside."),
         S("Two smaller groups meet in parallel: one on prisoners and the remains of the dead, and one on shipping in the Black Sea and strikes on power plants.")],
        [S("WHAT IS ON THE TABLE?"),
         D("The chairs circulated a four-page working paper on Tuesday that lists territory, security guarantees, sanctions and the frozen Russian assets as the questions for the plenary.",
           "security_guarantees", "sanctions", "assets", why="an agenda"),
         N("The paper proposes leaving Crimea's status to bilateral talks over fifteen years, a formula taken from the 2022 Istanbul communique.",
           ["crimea"], "the Swiss and Turkish chairs are not parties of the scenario")],
        [S("WHAT DOES RUSSIA WANT?"),
         P("Moscow wants Ukraine to leave the remainder of the Donetsk region, to accept a legal ban on joining NATO and to cut its army to a fraction of its current size.",
           "Moscow", RU, "russia", "claim", ["donbas:russian:+", "nato:barred:+", "army_cap::+"]),
         P("Its negotiators have also claimed the whole of the Zaporizhzhia and Kherson regions, including the regional capitals, which Russian forces do not control.",
           "Russia's negotiators", RU, "russia", "claim", ["south_line:russian_full:+"])],
        [S("WHAT DOES UKRAINE WANT?"),
         P("Kyiv is offering a ceasefire along the current line of contact and wants binding guarantees before it signs anything.",
           "Kyiv", UA, "ukraine", "claim", ["south_line:frozen:+", "security_guarantees::+"]),
         P("It rejects any cap on its forces below 800,000 and says the country's constitution, which names NATO membership as a goal, will not be changed.",
           "Kyiv", UA, "ukraine", "claim", ["army_cap::-", "nato:barred:-"]),
         P("Kyiv also wants a firm date for joining the European Union written into any settlement.",
           "Kyiv", UA, "ukraine", "claim", ["eu_membership:fixed_date:+"])],
        [S("WHERE DOES WASHINGTON STAND?"),
         P("The American team has not tabled a new text, but US officials say the United States still favours a demilitarised economic zone in Donetsk and sanctions relief phased over several years.",
           "US officials", US, "united_states", "claim", ["donbas:free_economic_zone:+", "sanctions:phased:+"]),
         P("Washington has also told Kyiv privately that it will not back an invitation to NATO as part of any deal, two people briefed on the talks said.",
           "two people briefed on the talks", None, "united_states", "claim", ["nato:open_door:-"])],
        [S("AND THE EUROPEANS?"),
         P("The EU has told both the chairs and Washington that it will not lift its own sanctions or release the frozen assets unless it has a say in the deal.",
           "The EU", EU, "european_union", "claim", ["sanctions:kept:+", "assets:return_to_russia:-"]),
         P("Brussels also insists that Ukraine's accession talks continue whatever the outcome in Geneva.",
           "Brussels", EU, "european_union", "claim", ["eu_membership:open_path:+"])],
        [S("WHAT HAPPENS NEXT?"),
         S("The chairs hope to announce a limited agreement on prisoner exchanges on Thursday, and a second round is pencilled in for February, possibly in Istanbul."),
         S("No date has been set for a meeting of the two presidents, which both sides say would be needed to settle the question of territory.")],
    ]))

# ------------------------------------------------------------------ M5 (analyst briefing)
ARTICLES.append(dict(
    file="m5_risk_briefing_day_two.txt", scenario=SCEN,
    byline="Halvorsen Risk Advisory | Eastern Europe desk | 12 January 2027",
    headline=S("Client briefing: Geneva round, day two, stated positions and indicators"),
    paragraphs=[
        [S("Summary: the second day produced no movement on the core territorial questions and limited progress on the humanitarian and maritime tracks."),
         S("This note sets out each party's stated position as of 18:00 Geneva time and lists indicators to watch.")],
        [P("The Russian delegation restated its demand for Ukraine's withdrawal from Donetsk and Luhansk and for neutrality enshrined in Ukrainian law.",
           "The Russian delegation", RU, "russia", "claim", ["donbas:russian:+", "nato:barred:+"]),
         P("It continued to reject any Western military presence in Ukraine after a ceasefire and proposed instead a treaty of guarantor states that would include Russia itself.",
           "The Russian delegation", RU, "russia", "claim", ["security_guarantees:article5_like:-", "security_guarantees:guarantor_treaty:+"]),
         P("The delegation also described Ukraine's current army as a threat and asked for a ceiling well below the figure of 600,000 mentioned in earlier drafts.",
           "The Russian delegation", RU, "russia", "claim", ["army_cap::+"]),
         P("Moscow tied its consent to a Black Sea shipping arrangement to the reconnection of its agricultural bank to the SWIFT network, which would require the lifting of EU sanctions.",
           "Moscow", RU, "russia", "claim", ["sanctions::+"])],
        [P("The Ukrainian delegation maintained that it will not withdraw from the part of Donetsk it controls and proposed a ceasefire on the existing line in the south, monitored by an international mission.",
           "The Ukrainian delegation", UA, "ukraine", "claim", ["donbas:russian:-", "south_line:frozen:+"]),
         P("Kyiv's negotiators rejected the Russian proposal of a guarantor treaty, citing the 1994 Budapest Memorandum as evidence that such paper undertakings fail.",
           "Kyiv's negotiators", UA, "ukraine", "claim", ["security_guarantees:guarantor_treaty:-"]),
         P("They stated that Ukraine would accept elections within 90 days of a durable ceasefire, but not a general amnesty covering war crimes.",
           "Kyiv's negotiators", UA, "ukraine", "claim", ["elections:elections_soon:+", "elections:elections_amnesty:-"])],
        [S("The US delegation did not table new language but, according to two delegates, argued privately for a first-phase deal limited to a moratorium on energy strikes and prisoner exchanges.",
           why="a US position on matters outside the scenario's issues"),
         P("Washington has confirmed to Kyiv that its guarantee offer, a congressional resolution backed by US air power based outside Ukraine, remains on the table.",
           "Washington", US, "united_states", "claim", ["security_guarantees:us_guarantee:+"]),
         P("On the frozen assets, the US team restated its preference for splitting the funds between a US-led reconstruction fund and a joint investment vehicle with Russia.",
           "the US team", US, "united_states", "claim", ["assets:joint_fund:+"])],
        [P("The European Union, which is not a party to the Geneva format, issued a statement through its foreign policy service reaffirming that the assets will stay immobilised until Russia compensates Ukraine for the damage.",
           "The European Union", EU, "european_union", "claim", ["assets:ukraine_fund:+"]),
         P("The same statement said the Union would consider a phased easing of sanctions only after a ceasefire had held for a full year.",
           "The European Union", EU, "european_union", "claim", ["sanctions:phased:+"])],
        [S("Indicators to watch over the next 72 hours are set out below."),
         D("First, whether the chairs' working paper is revised to include a formula on the Donetsk region.",
           "donbas", why="an indicator"),
         D("Second, whether the Black Sea text refers to sanctions, which would indicate linkage between the tracks.",
           "sanctions", why="an indicator"),
         S("Third, whether a date is set for a leaders' meeting, which all parties have described as necessary for any territorial settlement.")],
        [S("Our baseline remains no comprehensive agreement before the end of the first quarter."),
         S("This briefing does not constitute advice on any investment or security decision.")],
    ]))

# ------------------------------------------------------------------ M6 (Turkish outlet, English edition)
ARTICLES.append(dict(
    file="m6_ankara_black_sea_track.txt", scenario=SCEN,
    byline="By Selin Aydemir | Bosphorus Post (English) | Ankara, 14 January 2027",
    headline=S("Ankara says Black Sea shipping deal within reach as Geneva side talks advance"),
    paragraphs=[
        [S("Turkey's foreign minister said on Wednesday that a deal to protect commercial shipping in the Black Sea could be signed \"within days\", crediting the quiet work of Turkish diplomats in Geneva."),
         S("The arrangement under discussion would guarantee safe passage for grain and fertiliser ships leaving Ukrainian and Russian ports and bar attacks on port infrastructure.",
           why="'guarantee' here is about ships, not security guarantees for Ukraine")],
        [P("Moscow has made its signature conditional on the lifting of Western sanctions on Russian agricultural exports and on the state bank that finances them, a Russian diplomat in Ankara told this newspaper.",
           "a Russian diplomat in Ankara", RU, "russia", "claim", ["sanctions::+"]),
         P("Ukraine's deputy foreign minister rejected the link, saying the safety of ships should not be bought with concessions on sanctions that Europe and the United States imposed for a reason.",
           "Ukraine's deputy foreign minister", UA, "ukraine", "claim", ["sanctions::-"]),
         P("A US official familiar with the maritime talks said Washington was open to \"targeted, reversible\" relief for food and fertiliser trade if Russia kept to the deal.",
           "A US official", US, "united_states", "quote", ["sanctions:phased:+"]),
         P("Brussels, by contrast, has refused to discuss any exemption for Russian banks while the war continues, an EU spokesperson said in a written reply.",
           "Brussels", EU, "european_union", "claim", ["sanctions:kept:+"])],
        [S("The energy group, meeting in the same building, is trying to revive a moratorium on strikes against power plants and the grid, which collapsed within weeks when it was first tried in 2025."),
         D("The Zaporizhzhia nuclear plant, occupied by Russian forces since March 2022, is also on that group's agenda.",
           "south_line", why="the plant is not where the southern line runs"),
         S("Diplomats said the two sides remained far apart on who would operate the plant after a settlement.")],
        [P("Separately, the Russian ambassador in Ankara told a conference that Crimea was \"Russian forever\" and that the status of Sevastopol, home of the Black Sea Fleet, would not be discussed in Geneva or anywhere else.",
           "the Russian ambassador in Ankara", RU, "russia", "quote", ["crimea:recognised:+"]),
         P("Kyiv insists that no Black Sea arrangement may be read as recognising Crimea as Russian.",
           "Kyiv", UA, "ukraine", "claim", ["crimea:recognised:-"]),
         P("Its foreign ministry said the peninsula would be returned to Ukraine \"by diplomacy, not by force\", however long that takes.",
           "Ukraine's foreign ministry", UA, "ukraine", "quote", ["crimea:ukrainian:+"]),
         N("Turkey, which hosted the 2022 Istanbul talks, has long argued that Crimea's status should be left to future negotiations.",
           ["crimea"], "Turkey, a mediator, is not a party of the scenario"),
         S("Turkish officials also point to the Montreux Convention, which governs the passage of warships through the straits and which Ankara has applied strictly since the war began.")],
        [P("The European Commission has offered to fund mine clearance along the western Black Sea coast as part of a reconstruction package paid for partly with proceeds from frozen Russian assets.",
           "The European Commission", EU, "european_union", "claim", ["assets:ukraine_fund:+"]),
         P("Kyiv welcomed the offer, and the deputy foreign minister said the assets should pay for \"every school and every substation Russia destroyed\".",
           "Kyiv", UA, "ukraine", "quote", ["assets:ukraine_fund:+"]),
         P("Moscow's foreign ministry called the plan piracy and repeated its demand that every frozen rouble be returned.",
           "Moscow's foreign ministry", RU, "russia", "claim", ["assets:ukraine_fund:-", "assets:return_to_russia:+"])],
        [S("An Istanbul-based maritime analyst said insurers would want to see the text before covering any ships, whatever the politicians announce."),
         S("The Geneva round is due to close later on Thursday with a joint statement from the chairs.")],
    ]))
