"""The five articles of the sixth blind stance set, sentence by sentence, with their gold.

Same format as tests/blind-stances5/articles_src.py. Each article is a headline, a byline line
and paragraphs; each paragraph is a list of sentences. A sentence is one of
  S(text)                       no issue, no position
  D(text, *issues)              mentions scenario issues, no party takes a position (distractor)
  N(text, issues, why)          a position, but not a scenario party's (the council's
                                public-interest members, another union federation, governors,
                                economists): no gold statement
  P(text, speaker, affiliation, party, kind, stances, mentions=())
                                a party states, demands, rejects or offers something; stances
                                are "issue:option:+" (supports) or "issue:option:-" (rejects),
                                option empty for an issue-level stance (always so for the
                                numeric raise); mentions are issues the sentence names
                                without a side (kept apart, not gold)
build.py turns this into articles/*.txt, statements.jsonl and sentences.jsonl.
"""

SCEN = "blind-japan-minimum-wage"


import os as _os
import sys as _sys

_sys.path.insert(0, _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "kit"))
from stance_source import D, N, P, S  # noqa: E402,F401


GOV = "Government of Japan"
RENGO = "Rengo (Japanese Trade Union Confederation)"
KEI = "Keidanren (Japan Business Federation)"
JCCI = "Japan Chamber of Commerce and Industry"
ARTICLES = []

# ------------------------------------------------------------------ J1
ARTICLES.append(dict(
    file="j1_government_asks_record_rise.txt", scenario=SCEN,
    byline="By Naoko Fujisawa | Tokyo, 26 June 2026",
    headline=P("Government asks wage council for record rise to keep 1,500-yen goal within reach",
               "Government", GOV, "government", "claim", ["raise::+", "target:by_2029:+"]),
    paragraphs=[
        [P("The government on Friday asked the Central Minimum Wages Council to recommend the largest increase in the national minimum wage since the guideline system began in 1978.",
           "The government", GOV, "government", "claim", ["raise::+"]),
         P("Its request, read out at the council's first session of the year by the health, labour and welfare minister, says the national average must reach 1,500 yen an hour by fiscal 2029 at the latest.",
           "the health, labour and welfare minister", GOV, "government", "claim", ["target:by_2029:+"])],
        [D("The average now stands at 1,121 yen after last year's rise of 66 yen, a record at the time.", "raise"),
         D("Reaching 1,500 yen in three years would take increases of roughly 100 yen every year.", "raise", "target")],
        [P("The minister also promised to tighten the rules that oblige large companies to accept higher prices from suppliers that raise wages.",
           "the health, labour and welfare minister", GOV, "government", "claim", ["sme_support:pass_through:+"]),
         P("Small firms cannot pay more if their customers will not pay more, he told the council.",
           "the health, labour and welfare minister", GOV, "government", "claim", ["sme_support:pass_through:+"])],
        [P("Rengo, the Japanese Trade Union Confederation, welcomed the deadline of fiscal 2029 but said a timetable alone would not lift anyone's pay.",
           "Rengo", RENGO, "rengo", "claim", ["target:by_2029:+"]),
         P("Its vice-president, Yuko Ishida, said the union would ask for a rise of at least 100 yen this year and for the three regional ranks to be abolished in favour of a single national rate.",
           "Yuko Ishida", RENGO, "rengo", "claim", ["raise::+", "ranks:three_ranks:-", "ranks:single_rate:+"])],
        [S("Employers were more cautious."),
         P("Keidanren, the Japan Business Federation, said it supported a substantial rise but regarded the 2029 deadline as too tight for many regions.",
           "Keidanren", KEI, "keidanren", "claim", ["raise::+", "target:by_2029:-"]),
         S("The Japan Chamber of Commerce and Industry, which speaks for smaller companies, went further."),
         P("Its vice-chair, Masaru Tsuji, said the 1,500-yen target should be dropped altogether and replaced by a decision each year based on the data.",
           "Masaru Tsuji", JCCI, "jcci", "claim", ["target:by_2029:-", "target:no_target:+"])],
        [P("“A number chosen in Tokyo does not pay the wages of a noodle shop in Tottori,” Tsuji said.",
           "Masaru Tsuji", JCCI, "jcci", "quote", ["target:by_2029:-"]),
         P("He said the chamber wanted direct subsidies for small employers, not new rules on prices.",
           "Masaru Tsuji", JCCI, "jcci", "claim", ["sme_support:subsidies:+", "sme_support:pass_through:-"])],
        [D("The council's wage subcommittee, which includes representatives of workers, employers and the public interest, is expected to agree a guideline by early August.", "raise"),
         D("Professor Emiko Hara, a labour economist who chairs the subcommittee, said its members would weigh prices, wages and the ability of businesses to pay, as the law requires.", "raise",
           why="the chair describes the criteria, no side")],
    ]))

# ------------------------------------------------------------------ J2
ARTICLES.append(dict(
    file="j2_unions_demand_single_rate.txt", scenario=SCEN,
    byline="By Daisuke Mori | Tokyo, 10 July 2026",
    headline=P("Unions demand 110-yen minimum wage rise and one national rate",
               "Unions", RENGO, "rengo", "claim", ["raise::+", "ranks:single_rate:+"]),
    paragraphs=[
        [P("Rengo on Thursday asked the minimum wage council for an increase of 110 yen an hour, the largest demand it has ever tabled.",
           "Rengo", RENGO, "rengo", "claim", ["raise::+"]),
         P("The union confederation also wants the council to stop setting different guidelines for the three regional ranks.",
           "The union confederation", RENGO, "rengo", "claim", ["ranks:three_ranks:-"])],
        [D("Under the current system, prefectures are sorted into ranks A, B and C, and the council recommends a separate increase for each.", "ranks"),
         P("The gap between Tokyo, at 1,226 yen, and the lowest prefectures, at 1,023 yen, has pushed young workers towards the big cities, Rengo says.",
           "Rengo", RENGO, "rengo", "claim", ["ranks:three_ranks:-"])],
        [P("“A convenience store clerk in Aomori buys the same rice as one in Tokyo,” said Yuko Ishida, Rengo's vice-president, who leads the workers' side on the subcommittee.",
           "Yuko Ishida", RENGO, "rengo", "quote", ["ranks:single_rate:+"]),
         P("She said the rise should take effect on October 1 everywhere, as it used to, and not be delayed by prefectures.",
           "Yuko Ishida", RENGO, "rengo", "claim", ["start:october:+", "start:prefecture_choice:-"])],
        [D("Last year, 20 prefectures set start dates after October, some as late as March.", "start")],
        [D("The employers' side did not table a figure on Thursday.", "raise"),
         P("But the Japan Chamber of Commerce and Industry said in a paper circulated to members that a rise of more than 50 yen would force many small firms to cut hours or close.",
           "the Japan Chamber of Commerce and Industry", JCCI, "jcci", "claim", ["raise::-"]),
         D("The chamber's survey found that six in ten small companies had already raised their prices as far as their customers would accept.", "sme_support",
           why="a survey finding, no demand")],
        [S("Keidanren's head of labour policy, Hiroshi Kanda, struck a different tone."),
         P("He said large companies were ready to accept higher prices from suppliers who lift wages, and that Keidanren would back a rise “close to last year's, or a little more.”",
           "Hiroshi Kanda", KEI, "keidanren", "claim", ["sme_support:pass_through:+", "raise::+"]),
         D("He did not say whether Keidanren would support a single national rate.", "ranks")],
        [P("The government has kept out of the figures, but officials at the labour ministry said privately that anything below 90 yen would make the 2029 goal hard to defend.",
           "officials at the labour ministry", GOV, "government", "claim", ["raise::-"], mentions=["target"]),
         N("Zenroren, a smaller union federation, is campaigning for 1,500 yen everywhere from this October.", ["raise", "ranks", "start"],
           "Zenroren is not a party of the scenario")],
        [S("The subcommittee meets again on July 22.")],
    ]))

# ------------------------------------------------------------------ J3
ARTICLES.append(dict(
    file="j3_small_firms_start_dates.txt", scenario=SCEN,
    byline="By Naoko Fujisawa | Tokyo, 24 July 2026",
    headline=P("Small firms ask to let prefectures choose when minimum wage rise takes effect",
               "Small firms", JCCI, "jcci", "claim", ["start:prefecture_choice:+"]),
    paragraphs=[
        [P("The Japan Chamber of Commerce and Industry on Wednesday asked the minimum wage council to let each prefecture decide when this year's increase takes effect, instead of the usual October 1.",
           "The Japan Chamber of Commerce and Industry", JCCI, "jcci", "claim", ["start:prefecture_choice:+", "start:october:-"]),
         P("Small employers need time to reprice contracts and redo their wage tables, the chamber said.",
           "the chamber", JCCI, "jcci", "claim", ["start:prefecture_choice:+"]),
         D("Last year, the delays meant that workers in Akita waited until March for a rise that workers in Tokyo received in October.", "start"),
         P("The chamber also repeated its demand that the 1,500-yen target be replaced by a decision each year.",
           "The chamber", JCCI, "jcci", "claim", ["target:no_target:+"])],
        [P("Masaru Tsuji, the chamber's vice-chair, said the three-rank system should stay because it reflects real differences in living costs.",
           "Masaru Tsuji", JCCI, "jcci", "claim", ["ranks:three_ranks:+"]),
         P("“If you give Shimane the Tokyo wage, you will not get Tokyo jobs in Shimane, you will get no jobs in Shimane,” he said.",
           "Masaru Tsuji", JCCI, "jcci", "quote", ["ranks:single_rate:-"])],
        [P("Rengo rejected the chamber's requests on start dates and on the ranks.",
           "Rengo", RENGO, "rengo", "claim", ["start:prefecture_choice:-", "ranks:three_ranks:-"]),
         P("Yuko Ishida said a common start date of October 1 was the only way to stop workers in late-starting prefectures from losing months of higher pay.",
           "Yuko Ishida", RENGO, "rengo", "claim", ["start:october:+"])],
        [P("Keidanren proposed a compromise: merge the three ranks into two, which would narrow the gap without erasing it.",
           "Keidanren", KEI, "keidanren", "claim", ["ranks:two_ranks:+"]),
         P("Hiroshi Kanda said the change could be made from next year, once the council had studied it.",
           "Hiroshi Kanda", KEI, "keidanren", "claim", ["ranks:two_ranks:+"]),
         P("“Two ranks would be simpler to explain and fairer to the prefectures that sit on the border between B and C,” Kanda said.",
           "Hiroshi Kanda", KEI, "keidanren", "quote", ["ranks:two_ranks:+"]),
         P("On start dates, Keidanren said it had no objection to October 1.",
           "Keidanren", KEI, "keidanren", "claim", ["start:october:+"])],
        [P("The labour ministry said it wanted the new rates in force on October 1 in every prefecture and would ask governors to avoid delays.",
           "The labour ministry", GOV, "government", "claim", ["start:october:+", "start:prefecture_choice:-"]),
         P("A ministry official said the government would enlarge the business improvement subsidy for firms in rank C prefectures.",
           "A ministry official", GOV, "government", "claim", ["sme_support:subsidies:+"])],
        [N("Governors of several rural prefectures have written to the council asking for more say over the timing.", ["start"],
           "governors are not parties of the scenario"),
         S("Professor Emiko Hara said the subcommittee's public-interest members would present their own proposal on August 4."),
         S("The subcommittee met for six hours behind closed doors at the ministry in Kasumigaseki."),
         D("Neither side has moved on the figure itself.", "raise")],
    ]))

# ------------------------------------------------------------------ J4
ARTICLES.append(dict(
    file="j4_neutral_members_propose_80_yen.txt", scenario=SCEN,
    byline="By Daisuke Mori | Tokyo, 5 August 2026",
    headline=N("Wage council's neutral members propose 80-yen rise in minimum wage", ["raise"],
               "the public-interest members are not a party"),
    paragraphs=[
        [N("The public-interest members of the Central Minimum Wages Council on Tuesday proposed raising the national average minimum wage by 80 yen, to 1,201 yen an hour.", ["raise"],
           "the public-interest members are not a party"),
         N("Their draft keeps the three regional ranks but narrows the gap, recommending 82 yen for rank C prefectures and 78 yen for rank A.", ["raise", "ranks"],
           "the public-interest members' draft"),
         S("The draft was handed to both sides shortly before midnight after a session that lasted almost ten hours.")],
        [P("Rengo said it would accept the figure, though it fell short of its demand.",
           "Rengo", RENGO, "rengo", "claim", ["raise::+"]),
         P("“We accept it because workers cannot wait another year for a rise,” Yuko Ishida said.",
           "Yuko Ishida", RENGO, "rengo", "quote", ["raise::+"]),
         P("She said the union would keep pressing for a single national rate in next year's round.",
           "Yuko Ishida", RENGO, "rengo", "claim", ["ranks:single_rate:+"]),
         P("Ishida said the union would also hold the government to its promise of 1,500 yen by fiscal 2029.",
           "Yuko Ishida", RENGO, "rengo", "claim", ["target:by_2029:+"])],
        [P("Keidanren also backed the 80-yen figure.",
           "Keidanren", KEI, "keidanren", "claim", ["raise::+"]),
         P("Hiroshi Kanda said large companies would now have to show they were paying suppliers enough to cover it.",
           "Hiroshi Kanda", KEI, "keidanren", "claim", ["sme_support:pass_through:+"])],
        [P("The Japan Chamber of Commerce and Industry rejected the 80-yen figure, saying it was far beyond what small firms in rural prefectures could pay.",
           "The Japan Chamber of Commerce and Industry", JCCI, "jcci", "claim", ["raise::-"]),
         P("Masaru Tsuji said the chamber's members on the subcommittee would vote against it on Wednesday.",
           "Masaru Tsuji", JCCI, "jcci", "claim", ["raise::-"]),
         P("He repeated the chamber's call for direct subsidies, saying that without them “the minimum wage will be paid by closing shops.”",
           "Masaru Tsuji", JCCI, "jcci", "claim", ["sme_support:subsidies:+"])],
        [P("The government said it would expand the business improvement subsidy for small firms that raise pay by at least 80 yen.",
           "The government", GOV, "government", "claim", ["sme_support:subsidies:+"]),
         P("The labour minister said an 80-yen rise kept the goal of 1,500 yen by fiscal 2029 “within reach.”",
           "The labour minister", GOV, "government", "claim", ["raise::+", "target:by_2029:+"])],
        [D("The full council is expected to adopt the guideline by a majority vote on Wednesday, after which each prefecture's own council sets its rate.", "raise"),
         D("Economists at the Japan Research Institute estimate that the rise would add about 0.3 per cent to labour costs nationwide.", "raise",
           why="an estimate, no side"),
         N("Zenroren called the figure “a disappointment” and said it would protest outside the ministry on Wednesday.", ["raise"],
           "Zenroren is not a party of the scenario")],
    ]))

# ------------------------------------------------------------------ J5
ARTICLES.append(dict(
    file="j5_council_adopts_guideline.txt", scenario=SCEN,
    byline="By Naoko Fujisawa | Tokyo, 7 August 2026",
    headline=D("Wage council adopts record 80-yen rise over small firms' objections", "raise",
               why="the council's decision is joint; the objection is a deed"),
    paragraphs=[
        [D("The Central Minimum Wages Council on Wednesday adopted a guideline raising the national average minimum wage by 80 yen an hour, the largest increase on record.", "raise"),
         D("Members representing small businesses voted against it, the first time the employer members have split in a vote on the guideline.", "raise",
           why="a vote is a deed (rule 3)"),
         S("The vote was 14 to 4.")],
        [P("Masaru Tsuji, vice-chair of the Japan Chamber of Commerce and Industry, said afterwards that the chamber would ask prefectural councils to set lower rises for their regions and later start dates.",
           "Masaru Tsuji", JCCI, "jcci", "claim", ["raise::-", "start:prefecture_choice:+"]),
         P("“The prefectures know when their own shops can pay,” he said.",
           "Masaru Tsuji", JCCI, "jcci", "quote", ["start:prefecture_choice:+"]),
         P("The chamber also asked the government to pay the subsidy before the new rates take effect, not after.",
           "The chamber", JCCI, "jcci", "claim", ["sme_support:subsidies:+"], mentions=["start"])],
        [P("The prime minister welcomed the decision and told reporters that the government would not change its target of 1,500 yen by fiscal 2029.",
           "The prime minister", GOV, "government", "claim", ["raise::+", "target:by_2029:+"]),
         P("“We will not move the goalposts for the workers who need the money most,” he said.",
           "The prime minister", GOV, "government", "quote", ["target:by_2029:+"]),
         P("He said the subsidy for small firms would be doubled in the autumn budget.",
           "The prime minister", GOV, "government", "claim", ["sme_support:subsidies:+"]),
         P("He also asked prefectures to apply the new rates from October 1.",
           "The prime minister", GOV, "government", "claim", ["start:october:+"])],
        [P("Rengo called the guideline “a first step” and said it would campaign in every prefecture for rises above 80 yen.",
           "Rengo", RENGO, "rengo", "claim", ["raise::+"]),
         P("Yuko Ishida said the union would also ask prefectural councils to keep to October 1.",
           "Yuko Ishida", RENGO, "rengo", "claim", ["start:october:+"])],
        [S("Keidanren said the outcome was balanced."),
         P("Hiroshi Kanda said the next task was to make large customers accept higher prices, and that Keidanren would publish a code of conduct for its members by the end of the year.",
           "Hiroshi Kanda", KEI, "keidanren", "claim", ["sme_support:pass_through:+"])],
        [D("Under the guideline, Tokyo's rate would rise to 1,304 yen and the lowest rates to 1,105 yen.", "raise", "ranks"),
         D("Prefectural councils are due to decide their own rates by the end of August.", "raise"),
         D("Last year, the final prefectural decisions raised the national average by more than the council had recommended.", "raise"),
         N("Analysts at the Japan Research Institute said the guideline made the 2029 goal harder, not easier, to reach.", ["target"],
           "analysts are not parties")],
    ]))
