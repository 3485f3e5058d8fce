"""The six articles of the eleventh blind stance set, sentence by sentence, with their gold.

Same format as tests/blind-stances9/articles_src.py. Each article is a headline, a byline line
and paragraphs; each paragraph is a list of sentences. A sentence is one of
  S(text)                       no issue, no position
  D(text, *issues)              mentions scenario issues, no party takes a position (distractor)
  N(text, issues, why)          a position, but not a scenario party's (the World Bank, the
                                European Union as observer, researchers, consultants, farmers,
                                a water observatory): no gold statement
  P(text, speaker, affiliation, party, kind, stances, mentions=())
                                a party states, demands, rejects or offers something; stances
                                are "issue:option:+" (supports) or "issue:option:-" (rejects),
                                option empty for an issue-level stance (always so for the
                                numeric drought_release); mentions are issues the sentence names
                                without a side (kept apart, not gold)
build.py turns this into articles/*.txt, statements.jsonl and sentences.jsonl.
"""

SCEN = "blind-nile-gerd"


import os as _os
import sys as _sys

_sys.path.insert(0, _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "kit"))
from stance_source import D, N, P, S  # noqa: E402,F401


ETH = "Ethiopia"
EGY = "Egypt"
SDN = "Sudan"
AU = "African Union"
USA = "United States"
YG = "Yohannes Gebremedhin"
AM = "Awad Elkarim Musa"
MIN = "Ethiopia's water and energy minister"
ARTICLES = []

# ------------------------------------------------------------------ N1 (wire)
ARTICLES.append(dict(
    file="n1_au_tables_bridging_text.txt", scenario=SCEN,
    byline="By Lindiwe Mokoena and Tewodros Alemu | Addis Ababa, 10 November 2026",
    headline=P("AU mediators propose binding drought rules for Ethiopia's Nile dam",
               "AU mediators", AU, "facilitators", "claim", ["legal_form:hybrid:+"]),
    paragraphs=[
        [P("African Union facilitators on Monday handed Ethiopia, Egypt and Sudan a bridging text that would make the Grand Ethiopian Renaissance Dam's rules for droughts legally binding while leaving its operation in normal years to guidelines.",
           "African Union facilitators", AU, "facilitators", "claim", ["legal_form:hybrid:+"]),
         P("The text, seen by reporters in Addis Ababa, sets a minimum release of 35 billion cubic metres a year during a prolonged drought and would create a joint technical committee fed with daily readings from the reservoir.",
           "The AU bridging text", AU, "facilitators", "claim", ["drought_release::+", "coordination:joint_realtime:+"])],
        [S("The three countries have negotiated on and off for more than a decade over the dam, which Ethiopia inaugurated in September 2025 on the Blue Nile near the Sudanese border.")],
        [S("Egypt, which depends on the river for almost all of its fresh water, was unimpressed.",
           why="a mood, no issue"),
         P("Its delegation said rules that Ethiopia could rewrite at will were “guidelines by another name” and that Cairo would accept nothing less than a binding agreement covering the dam's whole operation.",
           "Egypt's delegation", EGY, "egypt", "claim", ["legal_form:guidelines:-", "legal_form:binding_agreement:+"]),
         P("The Egyptian side also wants the drought release raised to 40 billion cubic metres, a figure it first put forward during talks in Washington in 2020.",
           "The Egyptian side", EGY, "egypt", "claim", ["drought_release::+"])],
        [P("Ethiopia's chief negotiator, Yohannes Gebremedhin, said his government was ready to talk about drought rules but would not sign a treaty that handed its neighbours a say over a dam built with Ethiopian money.",
           YG, ETH, "ethiopia", "claim", ["legal_form:binding_agreement:-"], mentions=["drought_release"]),
         S("“The Nile is shared, the dam is ours,” he told reporters after the session.",
           why="a slogan, no issue"),
         P("Addis Ababa has offered to release at least 31 billion cubic metres in dry years and to publish its filling schedule at the start of each rainy season.",
           "Addis Ababa", ETH, "ethiopia", "claim", ["drought_release::+", "coordination:annual_schedule:+"])],
        [P("Sudan welcomed the joint committee, saying daily data from the reservoir was the only way to keep its own Roseires dam safe.",
           "Sudan", SDN, "sudan", "claim", ["coordination:joint_realtime:+"]),
         S("Roseires sits a little over 100 kilometres downstream of the Ethiopian dam, and sudden changes in the river's flow have in past years left towns in Sudan's Blue Nile state short of drinking water.")],
        [D("Delegates said the hardest question on Monday was what happens when the three governments disagree.",
           "dispute_settlement", why="agenda"),
         P("The bridging text sends such disputes first to a panel of African Union experts and then to the heads of state, with no role for outside courts.",
           "The bridging text", AU, "facilitators", "claim",
           ["dispute_settlement:au_mediation:+", "dispute_settlement:binding_arbitration:-"]),
         P("According to an African diplomat close to the talks, Cairo still insists on binding arbitration as a last resort.",
           "an African diplomat close to the talks", None, "egypt", "claim", ["dispute_settlement:binding_arbitration:+"])],
        [P("The United States, co-facilitator of the talks since March, said the drought rules had to be binding whatever form the rest of the deal took.",
           "The United States", USA, "facilitators", "claim", ["legal_form:hybrid:+"]),
         N("The World Bank, which has offered to pay for a joint monitoring network, said the technical gaps between the three countries were narrower than the political ones.",
           ["coordination"], "the World Bank is not a party")],
        [P("Ethiopia's delegation also refused to discuss any clause on future dams, saying the talks were about one dam and one dam only.",
           "Ethiopia's delegation", ETH, "ethiopia", "claim", ["future_projects:gerd_only:+"]),
         S("The next session is scheduled for Thursday.")],
    ]))

# ------------------------------------------------------------------ N2 (Cairo national daily)
ARTICLES.append(dict(
    file="n2_cairo_demands_binding_deal.txt", scenario=SCEN,
    byline="By Mona El-Sayed | The Nile Courier, Cairo, 12 November 2026",
    headline=P("Cairo rejects ‘guidelines’ for Ethiopian dam, demands binding treaty with arbitration",
               "Cairo", EGY, "egypt", "claim",
               ["legal_form:guidelines:-", "legal_form:binding_agreement:+", "dispute_settlement:binding_arbitration:+"]),
    paragraphs=[
        [P("Egypt on Wednesday rejected the African Union's proposal to leave most of the Ethiopian dam's operation to guidelines, saying a deal that bound Ethiopia only in droughts would leave Egyptian farmers exposed in every other year.",
           "Egypt", EGY, "egypt", "claim", ["legal_form:hybrid:-"]),
         P("“Half a treaty is not a treaty,” foreign ministry spokesman Ahmed Fouad Zaki said in a statement.",
           "Ahmed Fouad Zaki", EGY, "egypt", "quote", ["legal_form:hybrid:-"]),
         P("The ministry said Cairo would sign only an agreement that is legally binding on filling, annual operation and drought management alike.",
           "Egypt's foreign ministry", EGY, "egypt", "claim", ["legal_form:binding_agreement:+"])],
        [S("Egypt draws about 97 percent of its renewable water from the Nile, and its more than 108 million people live on a narrow strip of farmland along the river and in its delta."),
         D("How much water the dam must let through in dry years has been argued over since the first technical meetings more than a decade ago.",
           "drought_release", why="history")],
        [P("Egyptian negotiators say 35 billion cubic metres, the figure in the AU text, would not cover the country's needs in a drought lasting four years or more.",
           "Egyptian negotiators", EGY, "egypt", "claim", ["drought_release::-"]),
         P("They are asking for at least 40 billion, with any shortfall in one year made up the following year.",
           "Egyptian negotiators", EGY, "egypt", "claim", ["drought_release::+"])],
        [D("Dispute settlement has been the quietest part of the talks and, diplomats say, the least settled.",
           "dispute_settlement", why="commentary"),
         P("Cairo wants any disagreement that the three governments cannot resolve within six months to go to an international tribunal whose ruling would bind all sides.",
           "Cairo", EGY, "egypt", "claim", ["dispute_settlement:binding_arbitration:+"]),
         P("An Egyptian official said African mediation had been tried for five years and had produced “communiqués, not water.”",
           "An Egyptian official", EGY, "egypt", "claim", ["dispute_settlement:au_mediation:-"])],
        [P("The ministry also restated Egypt's demand that Ethiopia build no further dams on the Blue Nile without the agreement of the downstream states.",
           "Egypt's foreign ministry", EGY, "egypt", "claim", ["future_projects:consent:+"]),
         D("Ethiopia has commissioned studies for at least three more hydropower projects on the river, at Karadobi, Mandaya and Beko Abo.",
           "future_projects", why="a fact"),
         N("Rania Shalaby, a researcher at the Delta Institute for Water Policy, said Egypt's insistence on a say over new dams was unrealistic and that advance notice was the most Cairo could hope for.",
           ["future_projects"], "a researcher is not a party")],
        [P("On data, Egypt supports the joint technical committee in the AU draft but says it must receive figures as they are recorded, not in monthly reports.",
           "Egypt", EGY, "egypt", "claim", ["coordination:joint_realtime:+"]),
         S("Parliament's agriculture committee is due to hear the water minister next week.")],
        [P("Sudan has backed Egypt's call for a binding deal but has been warmer than Cairo toward the AU's proposals.",
           "Sudan", SDN, "sudan", "claim", ["legal_form:binding_agreement:+"]),
         S("Officials in Cairo said the two downstream governments would coordinate before the next session."),
         S("The talks resume in Addis Ababa on Sunday.")],
    ]))

# ------------------------------------------------------------------ N3 (broadcaster)
ARTICLES.append(dict(
    file="n3_addis_rules_out_veto.txt", scenario=SCEN,
    byline="By Selam Haile, PABN Africa | Addis Ababa, 15 November 2026",
    headline=P("Ethiopia rules out downstream veto over future Nile dams",
               "Ethiopia", ETH, "ethiopia", "claim", ["future_projects:consent:-"]),
    paragraphs=[
        [P("Ethiopia will not give Egypt or Sudan a veto over any dam it builds in the future, its water and energy minister said on Saturday, as talks on the Grand Ethiopian Renaissance Dam entered their second week.",
           MIN, ETH, "ethiopia", "claim", ["future_projects:consent:-"]),
         P("Speaking to PABN in Addis Ababa, the minister said an agreement on the dam's operation should cover that dam and nothing else.",
           MIN, ETH, "ethiopia", "claim", ["future_projects:gerd_only:+"]),
         P("“Egypt did not ask Ethiopia's permission to build the Aswan High Dam, and Ethiopia will not ask Egypt's for the next one,” the minister said.",
           MIN, ETH, "ethiopia", "quote", ["future_projects:consent:-"])],
        [P("Asked whether Ethiopia could at least tell its neighbours before starting new projects, he said Addis Ababa was prepared to inform them in advance, as long as notice did not turn into approval.",
           MIN, ETH, "ethiopia", "claim", ["future_projects:prior_notification:+", "future_projects:consent:-"]),
         D("The question of future projects has stalled the talks more than once since 2020.",
           "future_projects", why="history")],
        [P("The minister repeated that Ethiopia was willing to sign “guidelines with teeth” on filling and drought, but not a treaty that others could enforce against it.",
           MIN, ETH, "ethiopia", "claim", ["legal_form:guidelines:+", "legal_form:binding_agreement:-"]),
         P("On the drought release, he said the 31 billion cubic metres Ethiopia has offered was generous, given that the reservoir must also keep the turbines turning.",
           MIN, ETH, "ethiopia", "claim", ["drought_release::+"]),
         P("Egypt's demand for 40 billion would, in his words, turn Ethiopia into “a water bank for Egypt's cotton.”",
           MIN, ETH, "ethiopia", "claim", ["drought_release::-"]),
         D("The minister did not say whether Ethiopia could accept the AU's figure of 35 billion.",
           "drought_release", why="declining to say")],
        [P("Ethiopia has always preferred to keep disputes within the African Union, and the minister said that would not change.",
           MIN, ETH, "ethiopia", "claim", ["dispute_settlement:au_mediation:+"]),
         P("He rejected Egypt's call for international arbitration, arguing that judges in The Hague or Geneva know nothing about the Blue Nile.",
           MIN, ETH, "ethiopia", "claim", ["dispute_settlement:binding_arbitration:-"]),
         P("Ethiopia would share its filling plan with both neighbours before each rainy season, he said, but would not hand over a live feed from its control room.",
           MIN, ETH, "ethiopia", "claim", ["coordination:annual_schedule:+", "coordination:joint_realtime:-"])],
        [S("The dam's 5,150 megawatts make it the largest hydropower plant in Africa, and Ethiopia already sells electricity to Djibouti and Kenya."),
         S("In the streets around Meskel Square, people told PABN that the dam was a national project that belonged to every Ethiopian.",
           why="popular sentiment, no issue")],
        [S("In Cairo, the foreign ministry said the minister's remarks confirmed Ethiopia's wish to act alone on a shared river.",
           why="an accusation, no issue"),
         P("It said Egypt would not accept a deal that left future dams outside its scope.",
           "Egypt's foreign ministry", EGY, "egypt", "claim", ["future_projects:gerd_only:-"]),
         D("The talks resume on Monday with a session on drought rules.", "drought_release", why="agenda")],
    ]))

# ------------------------------------------------------------------ N4 (trade press)
ARTICLES.append(dict(
    file="n4_sudan_roseires_data.txt", scenario=SCEN,
    byline="By Peter Lindqvist | Waterpower Intelligence, 19 November 2026",
    headline=P("Sudan presses for real-time reservoir data as GERD talks turn technical",
               "Sudan", SDN, "sudan", "claim", ["coordination:joint_realtime:+"]),
    paragraphs=[
        [P("Sudan's negotiators in Addis Ababa have asked for hourly figures on inflows, turbine discharges and reservoir levels at the Grand Ethiopian Renaissance Dam, arguing that the Roseires dam downstream cannot be operated safely without them.",
           "Sudan's negotiators", SDN, "sudan", "claim", ["coordination:joint_realtime:+"]),
         S("Roseires, heightened in 2013, holds about 7.4 billion cubic metres, a tenth of the GERD's 74 billion.")],
        [P("“A release schedule sent once a year is a weather forecast, not coordination,” said Awad Elkarim Musa, the engineer who leads Sudan's technical team.",
           AM, SDN, "sudan", "quote", ["coordination:annual_schedule:-"]),
         P("Musa said Sudan would accept the joint technical committee proposed by the African Union provided it had its own engineers in the GERD control room.",
           AM, SDN, "sudan", "claim", ["coordination:joint_realtime:+"]),
         D("Data exchange is the most technical of the five issues on the table, and the one on which engineers from the three countries have come closest.",
           "coordination", why="commentary")],
        [P("According to two members of the AU's technical panel, Ethiopia is willing to share daily readings only during floods and droughts and wants normal years covered by its yearly plan.",
           "two members of the AU's technical panel", AU, "ethiopia", "claim", ["coordination:annual_schedule:+"]),
         P("The panel's chair, Kenyan hydrologist Grace Wanjiru Mbugua, said the committee should receive the same data as the dam's operators, at the same time.",
           "Grace Wanjiru Mbugua", AU, "facilitators", "claim", ["coordination:joint_realtime:+"])],
        [D("Drought rules remain the core of the dispute.", "drought_release", why="commentary"),
         P("Sudan, which gains from a regulated flow in most years, has not endorsed any figure, but its delegation said the release in a dry year must be large enough to keep the Gezira irrigation scheme running.",
           "Sudan's delegation", SDN, "sudan", "claim", ["drought_release::+"]),
         N("Modelling by the Horn of Africa Water Observatory suggests that 35 billion cubic metres a year would keep Egypt's High Aswan Dam above its minimum operating level in all but the longest droughts.",
           ["drought_release"], "a research body is not a party"),
         P("Egypt's technical team rejects the figure, saying the model assumes a drought no worse than that of the 1980s.",
           "Egypt's technical team", EGY, "egypt", "claim", ["drought_release::-"])],
        [P("On disputes, Sudan has sided with the African Union, saying its mediators know the river and the region.",
           "Sudan", SDN, "sudan", "claim", ["dispute_settlement:au_mediation:+"]),
         P("Khartoum also wants Ethiopia to notify both downstream states before it begins work on any new dam, without giving them a veto.",
           "Khartoum", SDN, "sudan", "claim", ["future_projects:prior_notification:+", "future_projects:consent:-"])],
        [S("Ethiopian Electric Power has signed contracts to sell up to 400 megawatts to Sudan once the transmission line through Metema is repaired."),
         N("Consultants who have worked on both dams say a binding deal would make the next phase of transmission lines easier to finance.",
           ["legal_form"], "consultants are not a party"),
         S("The technical committees meet again on 24 November.")],
    ]))

# ------------------------------------------------------------------ N5 (regional paper)
ARTICLES.append(dict(
    file="n5_gezira_minister_binding_deal.txt", scenario=SCEN,
    byline="By Nafisa Abdelrahim | The Gezira Mirror, Wad Madani, 22 November 2026",
    headline=P("Irrigation minister tells Gezira farmers Sudan will hold out for binding Nile dam deal",
               "Irrigation minister", SDN, "sudan", "claim", ["legal_form:binding_agreement:+"]),
    paragraphs=[
        [P("Sudan's minister of irrigation and water resources told farmers in Wad Madani on Saturday that the government would not sign any arrangement on the Ethiopian dam that Addis Ababa could change on its own.",
           "Sudan's minister of irrigation and water resources", SDN, "sudan", "claim", ["legal_form:guidelines:-"]),
         S("The minister was speaking at the offices of the Gezira Scheme, the vast irrigation project between the Blue and White Niles, on her first visit since its main canals were cleared this year.")],
        [N("Farmers at the meeting complained that the river rose and fell without warning during last season's planting, and several asked the minister to demand daily information from Ethiopia.",
           ["coordination"], "farmers are not a party"),
         P("She said that was exactly what Sudan's delegation was doing in Addis Ababa.",
           "Sudan's minister of irrigation and water resources", SDN, "sudan", "claim", ["coordination:joint_realtime:+"]),
         P("The minister said Sudan could accept the African Union's idea of firm rules for droughts and softer ones for normal years, provided the rules on sharing data applied at all times.",
           "Sudan's minister of irrigation and water resources", SDN, "sudan", "claim",
           ["legal_form:hybrid:+", "coordination:joint_realtime:+"]),
         S("The AU text is still being negotiated line by line, and none of the three delegations has initialled any part of it.")],
        [S("Ethiopia's ambassador to Sudan, Getachew Ayele, said in a statement that Sudanese farmers had gained more from the dam than anyone, because it had ended the floods that used to wash away their crops.",
           why="a benefit claimed, no issue"),
         P("He said Ethiopia was ready to give Sudan a release calendar for every season and to let Sudanese engineers visit the dam twice a year.",
           "Getachew Ayele", ETH, "ethiopia", "claim", ["coordination:annual_schedule:+"]),
         P("But he warned that the treaty Egypt was pushing for would “turn a river of cooperation into a courtroom.”",
           "Getachew Ayele", ETH, "ethiopia", "quote", ["legal_form:binding_agreement:-"])],
        [P("Egypt's consul general in Port Sudan, in remarks carried by Sudanese television, said Cairo and Khartoum spoke with one voice on the need for an agreement with legal force.",
           "Egypt's consul general in Port Sudan", EGY, "egypt", "claim", ["legal_form:binding_agreement:+"])],
        [P("On the drought figure, the minister said Sudan found the African Union's 35 billion cubic metres “reasonable.”",
           "Sudan's minister of irrigation and water resources", SDN, "sudan", "quote", ["drought_release::+"]),
         N("Omer Siddig, an agricultural economist at the University of Gezira, said a binding deal mattered less to farmers than a reliable calendar of releases.",
           ["legal_form", "coordination"], "an economist is not a party"),
         P("The minister also said Sudan wanted to be told about any new Ethiopian dam before work began, “not after the first concrete is poured.”",
           "Sudan's minister of irrigation and water resources", SDN, "sudan", "claim", ["future_projects:prior_notification:+"])],
        [S("The government, which has been moving ministries back to Khartoum from Port Sudan, has made the dam talks one of its few foreign-policy priorities."),
         S("The minister is due in Addis Ababa on Monday for the last week of the round.")],
    ]))

# ------------------------------------------------------------------ N6 (press release)
ARTICLES.append(dict(
    file="n6_au_press_release_round_closes.txt", scenario=SCEN,
    byline="African Union Commission | Press Release | Addis Ababa, 4 December 2026",
    headline=D("GERD talks close with agreement in principle on joint data committee; drought figures still open",
               "coordination", "drought_release", why="joint agreement"),
    paragraphs=[
        [D("The third round of trilateral negotiations on the filling and operation of the Grand Ethiopian Renaissance Dam closed today at the African Union Commission with agreement in principle on a joint technical committee to exchange data among the three countries.",
           "coordination", why="joint agreement, announced"),
         D("The delegations of the Federal Democratic Republic of Ethiopia, the Arab Republic of Egypt and the Republic of the Sudan also agreed to continue work on drought rules, dispute settlement and the scope of the agreement at a fourth round in January 2027.",
           "drought_release", "dispute_settlement", "future_projects", why="procedure")],
        [P("The AU High Representative for the GERD negotiations, Ambassador Nomvula Dlamini-Khoza, said the African Union remained convinced that rules binding on all three parties in times of drought, together with agreed guidelines for normal years, offered the fairest basis for a settlement.",
           "Nomvula Dlamini-Khoza", AU, "facilitators", "claim", ["legal_form:hybrid:+"]),
         P("“African problems deserve African solutions, and the Commission stands ready to help the three countries settle any difference that arises under the agreement,” she said.",
           "Nomvula Dlamini-Khoza", AU, "facilitators", "quote", ["dispute_settlement:au_mediation:+"]),
         P("The High Representative called on the three governments to close the gap on the minimum drought release before the January round, noting that the Commission's figure of 35 billion cubic metres remained on the table.",
           "Nomvula Dlamini-Khoza", AU, "facilitators", "claim", ["drought_release::+"])],
        [P("The United States, co-facilitator of the process, said in a statement read at the closing session that it would provide satellite monitoring of the reservoir to the joint committee.",
           "The United States", USA, "facilitators", "claim", ["coordination:joint_realtime:+"])],
        [S("In their closing statements, the heads of the three delegations set out their positions."),
         P("The head of the Egyptian delegation, Ambassador Sherif Mansour, said Egypt welcomed the understanding on data but regretted that the round had not produced “a single binding sentence.”",
           "Sherif Mansour", EGY, "egypt", "claim", ["coordination::+", "legal_form:binding_agreement:+"]),
         P("He said Egypt would return in January ready to negotiate but would not accept any text that left disputes to the goodwill of the upstream state.",
           "Sherif Mansour", EGY, "egypt", "claim", ["dispute_settlement:consultation_only:-"])],
        [P("The head of the Ethiopian delegation, Yohannes Gebremedhin, said the round had shown that Ethiopia's offer of 31 billion cubic metres in drought years was a serious one and that Ethiopia expected the downstream states to move toward it.",
           YG, ETH, "ethiopia", "claim", ["drought_release::+"]),
         P("“Ethiopia came to these talks with guidelines, data and goodwill, and it will not trade its sovereignty over its own river for a signature,” he said.",
           YG, ETH, "ethiopia", "quote", ["legal_form:guidelines:+"])],
        [P("The head of the Sudanese delegation, Engineer Awad Elkarim Musa, said Sudan considered the data committee the most important result of the talks so far and urged that it start work before the next rainy season.",
           AM, SDN, "sudan", "claim", ["coordination:joint_realtime:+"]),
         P("He repeated Sudan's call for an agreement that is binding on all parties.",
           AM, SDN, "sudan", "claim", ["legal_form:binding_agreement:+"])],
        [N("The European Union and the World Bank, which attended as observers, said in a joint note that they were ready to fund the committee's monitoring stations.",
           ["coordination"], "observers are not parties"),
         S("The fourth round will open in Addis Ababa on 19 January 2027."),
         S("For further information, contact the Directorate of Information and Communication of the African Union Commission.")],
    ]))
