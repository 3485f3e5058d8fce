"""The six articles of the fourth blind stance set, sentence by sentence, with their gold.

Same format as tests/blind-stances3/articles_src.py. Each article is a headline, a byline line
and paragraphs; each paragraph is a list of sentences. A sentence is one of
  S(text)                       no issue, no position
  D(text, *issues)              mentions scenario issues, no party takes a position (distractor)
  N(text, issues, why)          a position, but not a scenario party's (the liberal union, the
                                opposition, Voka, analysts): no gold statement
  P(text, speaker, affiliation, party, kind, stances, mentions=())
                                a party states, demands, rejects or offers something; stances
                                are "issue:option:+" (supports) or "issue:option:-" (rejects),
                                option empty for an issue-level stance (always so for the
                                numeric career_years); mentions are issues the sentence names
                                without a side (kept apart, not gold)
build.py turns this into articles/*.txt, statements.jsonl and sentences.jsonl.
"""

SCEN = "blind-belgian-pensions"


import os as _os
import sys as _sys

_sys.path.insert(0, _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "kit"))
from stance_source import D, N, P, S  # noqa: E402,F401


GOV = "Belgian federal government"
FGTB = "FGTB-ABVV"
CSC = "CSC-ACV"
FEB = "Federation of Belgian Enterprises"
ARTICLES = []

# ------------------------------------------------------------------ R1
ARTICLES.append(dict(
    file="r1_bill_adopted_strike_called.txt", scenario=SCEN,
    byline="By Els Vandamme, social affairs correspondent | Brussels, 15 September 2026",
    headline=P("Government approves pension malus as unions answer with national strike call",
               "Government", GOV, "government", "claim", ["malus:full_malus:+"]),
    paragraphs=[
        [
            S("Belgium's federal government approved its pension reform bill on Tuesday after a marathon meeting of the core cabinet, sending the text to parliament before the end of the month."),
            P("The bill introduces a penalty of 4 per cent per year on the pension of anyone who retires before 67 without 35 years of effective work, and raises the career needed for early retirement at 63 from 42 to 43 years.",
              "The bill", GOV, "government", "claim", ["malus:full_malus:+", "career_years::+"]),
        ],
        [
            P("\u201cPeople who work longer must earn more than people who stop early, and that is all the malus says,\u201d Pensions Minister Hilde Van Acker told reporters after the meeting.",
              "Hilde Van Acker", GOV, "government", "quote", ["malus:full_malus:+"]),
            P("She rejected calls to count periods of unemployment as work, saying the penalty existed precisely to reward people who had stayed in a job.",
              "Hilde Van Acker", GOV, "government", "claim", ["malus:softened_malus:-"]),
            P("Van Acker also ruled out a separate regime for arduous jobs, saying the reform would instead reward night and shift work \u201cin a simple way\u201d.",
              "Hilde Van Acker", GOV, "government", "claim", ["arduous_jobs:sector_list:-", "arduous_jobs:individual_credits:+"]),
        ],
        [
            P("The socialist union FGTB-ABVV responded within the hour by calling a national strike for 6 October, and its president, Marc Dujardin, said the union would not rest until the malus was withdrawn.",
              "Marc Dujardin", FGTB, "fgtb", "claim", ["malus:no_malus:+"]),
            P("\u201cA penalty for a nurse who was off sick with cancer is not a reform, it is a fine,\u201d Dujardin said.",
              "Marc Dujardin", FGTB, "fgtb", "quote", ["malus:full_malus:-"]),
            P("Dujardin also rejected the plan to calculate civil servants' pensions on their whole career, which he called \u201can attack on teachers and nurses\u201d.",
              "Marc Dujardin", FGTB, "fgtb", "claim", ["public_sector:full_alignment:-"]),
        ],
        [
            S("The Christian union CSC-ACV, the country's largest, joined the strike call but struck a more careful tone."),
            P("Its general secretary, Sofie Claeys, said the union could live with a penalty if sick leave, unemployment and parental leave were counted as years of work.",
              "Sofie Claeys", CSC, "csc", "claim", ["malus:softened_malus:+"]),
            P("She also demanded that the career condition stay at 42 years, arguing that many workers who started at 18 already struggled to reach it.",
              "Sofie Claeys", CSC, "csc", "claim", ["career_years::+"]),
            D("Under the current rules, workers can retire early at 60 with 44 years of career or at 63 with 42.",
              "career_years", why="a fact about the rules"),
        ],
        [
            P("The Federation of Belgian Enterprises welcomed the bill as \u201ca first step\u201d but said 43 years was still too few in a country where people live ever longer.",
              "The Federation of Belgian Enterprises", FEB, "employers", "claim", ["career_years::-"]),
            P("The employers want the threshold raised to 45 years by 2035 and no exception for civil servants.",
              "The employers", FEB, "employers", "claim", ["career_years::+", "public_sector:full_alignment:+"]),
        ],
        [
            S("The liberal union CGSLB-ACLVB, the smallest of the three, said it would decide next week whether to join the strike."),
            N("The opposition Socialist Party called the malus \u201ca tax on being ill\u201d and said it would vote against the bill in parliament.",
              ["malus"], "the opposition is not a party"),
            D("The Federal Planning Bureau estimated in July that the reform would save 0.6 per cent of GDP by 2040, most of it through the malus and the changes for civil servants.",
              "malus", "public_sector", why="an estimate"),
            S("Parliament's social affairs committee is due to start examining the text on 29 September."),
            S("The reform is part of the coalition agreement signed in January 2025 by five parties from both language communities."),
        ],
    ],
))

# ------------------------------------------------------------------ R2
ARTICLES.append(dict(
    file="r2_strike_day_brussels.txt", scenario=SCEN,
    byline="Brussels bureau | 6 October 2026, 19:40",
    headline=P("National strike paralyses Belgium as FGTB vows to fight pension malus to the end",
               "FGTB", FGTB, "fgtb", "claim", ["malus:full_malus:-"]),
    paragraphs=[
        [
            S("Trains, buses and most schools stopped across Belgium on Tuesday as tens of thousands of workers marched through Brussels against the government's pension reform."),
            S("Police put the number of demonstrators at 60,000; the unions said more than 100,000 had taken part."),
        ],
        [
            P("Speaking from a truck outside the South Station, FGTB-ABVV president Marc Dujardin said the malus had to go \u201ccompletely and without conditions\u201d, and warned that the union would call further strikes in November.",
              "Marc Dujardin", FGTB, "fgtb", "claim", ["malus:no_malus:+"]),
            P("\u201cCounting a few more days of sick leave does not make an unjust penalty just,\u201d he said, in a pointed reference to the compromise floated by the Christian union.",
              "Marc Dujardin", FGTB, "fgtb", "quote", ["malus:softened_malus:-"]),
        ],
        [
            P("The CSC-ACV marched alongside the socialists but kept its own line: the malus could stay, its leaders said, if periods of illness and unemployment counted as work.",
              "its leaders", CSC, "csc", "claim", ["malus:softened_malus:+"]),
            D("Sofie Claeys told the crowd that the career condition would be the first item on the agenda of any talks.",
              "career_years", why="an agenda (rule 3), no side"),
            P("\u201cForty-two years is already a whole life, and forty-three is one year too many for a bricklayer,\u201d she said.",
              "Sofie Claeys", CSC, "csc", "quote", ["career_years::-"], mentions=["arduous_jobs"]),
        ],
        [
            D("Public-sector unions, led by the FGTB's public services branch CGSP-ACOD, made the civil servants' pension the main theme of their march.",
              "public_sector", why="a theme, no side"),
            P("The branch rejects any change to the rule under which civil servants' pensions are calculated on their last ten years of salary.",
              "The branch", FGTB, "fgtb", "claim", ["public_sector:keep_status:+"]),
        ],
        [
            P("Government spokesperson Tom Peeters said the cabinet had \u201cheard the street\u201d but would not withdraw the malus, which parliament has been asked to pass by Christmas.",
              "Tom Peeters", GOV, "government", "claim", ["malus:no_malus:-"]),
            P("\u201cWe are open to discussing how the penalty is applied, not whether it exists,\u201d Peeters said.",
              "Tom Peeters", GOV, "government", "quote", ["malus:no_malus:-"]),
            P("A minister from the centrist Les Engag\u00e9s, speaking on condition of anonymity, said the prime minister wanted the malus voted unchanged before the end of the year.",
              "A minister from the centrist Les Engag\u00e9s", GOV, "government", "claim", ["malus:full_malus:+"]),
        ],
        [
            S("Commuters at Brussels-Central were divided."),
            S("\u201cI support them, but I also need to get to work,\u201d said Hanne Wouters, a 34-year-old accountant who had walked from Schaerbeek."),
            N("The Flemish employers' organisation Voka said the strike had cost the economy about 500 million euros and urged the government to hold firm on the career condition.",
              ["career_years"], "Voka is not the scenario's employers' federation"),
            P("The Federation of Belgian Enterprises said in a statement that the strike changed nothing and that the 43-year condition should be seen as a minimum.",
              "The Federation of Belgian Enterprises", FEB, "employers", "claim", ["career_years::+"]),
        ],
        [
            S("Rail operator SNCB said services would return to normal on Wednesday morning."),
            S("Several hospitals ran a Sunday service, and Brussels Airport cancelled all departing flights."),
            S("Peeters insisted that the government was \u201cnot deaf\u201d and said the minister would invite unions and employers to the ministry before the end of the month."),
            S("The FGTB said it would announce on Friday whether its next action would be a strike or a demonstration."),
        ],
    ],
))

# ------------------------------------------------------------------ R3
ARTICLES.append(dict(
    file="r3_employers_memorandum_capital_tax.txt", scenario=SCEN,
    byline="By Pieter De Smet, economics editor | 15 October 2026",
    headline=P("Employers want pension bill to go further, reject tax on capital gains",
               "Employers", FEB, "employers", "claim", ["funding:capital_tax:-"]),
    paragraphs=[
        [
            P("Belgium's main employers' federation on Thursday urged the government to toughen its pension reform rather than water it down, and warned against paying for the changes with new taxes on capital.",
              "Belgium's main employers' federation", FEB, "employers", "claim", ["funding:capital_tax:-"]),
            P("In a 24-page memorandum sent to the prime minister, the Federation of Belgian Enterprises (FEB-VBO) called for the career needed for early retirement to rise to 44 years in 2030 and 45 in 2035.",
              "the Federation of Belgian Enterprises (FEB-VBO)", FEB, "employers", "claim", ["career_years::+"]),
        ],
        [
            P("\u201cForty-three years is a timid step, when our neighbours are already asking for more and nobody there stops working at 63,\u201d said the federation's chief executive, Olivier Lambrecht.",
              "Olivier Lambrecht", FEB, "employers", "quote", ["career_years::-"]),
            P("Lambrecht said the federation would accept the malus only if it applied in full from 2027, without the exemptions for sick leave that the Christian union is seeking.",
              "Olivier Lambrecht", FEB, "employers", "claim", ["malus:full_malus:+", "malus:softened_malus:-"]),
        ],
        [
            P("On civil servants, the employers want the same rules as for private-sector workers from the first day of the reform.",
              "the employers", FEB, "employers", "claim", ["public_sector:full_alignment:+"]),
            P("\u201cThere is no reason a teacher in a state school and a nurse in a private hospital should retire on different terms,\u201d Lambrecht said.",
              "Olivier Lambrecht", FEB, "employers", "quote", ["public_sector:keep_status:-"]),
        ],
        [
            D("The memorandum comes as the government looks for an extra 1.2 billion euros to close the gap in next year's budget.",
              "funding", why="a fact about the budget"),
            P("Several ministers from Les Engag\u00e9s and the Flemish Christian democrats have floated a capital gains tax of 10 per cent to make the reform easier to accept.",
              "Several ministers from Les Engag\u00e9s and the Flemish Christian democrats", GOV, "government", "claim", ["funding:capital_tax:+"]),
            P("The FEB rejected that idea outright, saying a tax on capital would drive investment to the Netherlands and Luxembourg.",
              "The FEB", FEB, "employers", "claim", ["funding:capital_tax:-"]),
            P("It argued instead that the reform should pay for itself through savings in the pension system, including a slower indexation of the highest pensions.",
              "The FEB", FEB, "employers", "claim", ["funding:pension_savings:+"]),
        ],
        [
            S("The unions were quick to answer."),
            P("\u201cThe employers want us to work until we drop and then refuse to pay a cent on their share portfolios,\u201d FGTB-ABVV economist Lieve Maes said.",
              "Lieve Maes", FGTB, "fgtb", "quote", ["funding:capital_tax:+"]),
            P("The FGTB has long demanded a tax on large fortunes and capital gains to finance pensions instead of the malus.",
              "The FGTB", FGTB, "fgtb", "claim", ["funding:capital_tax:+", "malus:full_malus:-"]),
            P("The CSC-ACV said it was open to a capital gains tax but would not make it a condition of any deal.",
              "The CSC-ACV", CSC, "csc", "claim", ["funding:capital_tax:+"]),
            P("Its leaders said a tax of that kind should come on top of, not instead of, savings in the pension system.",
              "Its leaders", CSC, "csc", "claim", ["funding:capital_tax:+", "funding:pension_savings:+"]),
            P("A spokesperson for the prime minister said there was \u201cno majority\u201d in the coalition for a tax on capital gains.",
              "A spokesperson for the prime minister", GOV, "government", "claim", ["funding:capital_tax:-"]),
        ],
        [
            D("The National Bank of Belgium said in its latest report that the cost of pensions would rise by 3.4 percentage points of GDP by 2070 without reform.",
              "funding", why="an estimate"),
            S("The memorandum also proposes letting pensioners earn unlimited income from work, a measure the government adopted last year."),
            S("The memorandum will be discussed at a meeting of the Group of Ten, which brings together union and employer leaders, on 22 October."),
        ],
    ],
))

# ------------------------------------------------------------------ R4
ARTICLES.append(dict(
    file="r4_minister_offer_arduous_work.txt", scenario=SCEN,
    byline="By Els Vandamme | Brussels, 28 October 2026",
    headline=P("Pensions minister offers to count sick leave towards malus threshold",
               "Pensions minister", GOV, "government", "claim", ["malus:softened_malus:+"]),
    paragraphs=[
        [
            P("Pensions Minister Hilde Van Acker on Wednesday offered to count up to a year of sick leave and all periods of maternity leave as work when calculating the pension malus, the first concession the government has made since the reform was tabled.",
              "Hilde Van Acker", GOV, "government", "claim", ["malus:softened_malus:+"]),
            D("The offer, made at a five-hour meeting with union and employer leaders at the ministry, falls short of what the Christian union has asked for, which includes periods of unemployment.",
              "malus", why="compares the offer with a demand; rule 5, no second party"),
            P("\u201cI have moved on sick leave, but I will not move on the principle that work must pay,\u201d Van Acker told reporters afterwards.",
              "Hilde Van Acker", GOV, "government", "quote", ["malus:softened_malus:+", "malus:no_malus:-"]),
        ],
        [
            P("The FGTB-ABVV delegation left the meeting before the end, saying there was nothing to discuss as long as the penalty stayed in the bill.",
              "The FGTB-ABVV delegation", FGTB, "fgtb", "claim", ["malus:no_malus:+"]),
            P("\u201cThey are offering to cut the fine, and we are asking them to cancel it,\u201d Dujardin said outside.",
              "Marc Dujardin", FGTB, "fgtb", "quote", ["malus:no_malus:+"]),
            P("The CSC-ACV called the offer \u201ca step in the right direction\u201d but said it would sign nothing unless unemployment also counted.",
              "The CSC-ACV", CSC, "csc", "claim", ["malus:softened_malus:+"]),
        ],
        [
            P("On arduous work, the government repeated that it would not draw up a list of heavy occupations, as previous governments had tried and failed to do.",
              "the government", GOV, "government", "claim", ["arduous_jobs:sector_list:-"]),
            P("Instead, Van Acker proposed that every year of night shifts or continuous shift work should give workers a credit of three months towards early retirement.",
              "Hilde Van Acker", GOV, "government", "claim", ["arduous_jobs:individual_credits:+"]),
            P("The CSC-ACV wants sector-by-sector lists that would let bricklayers, nurses and train drivers retire at 60.",
              "The CSC-ACV", CSC, "csc", "claim", ["arduous_jobs:sector_list:+"]),
            P("\u201cA credit of three months is a joke for someone who has carried stones for forty years,\u201d Claeys said.",
              "Sofie Claeys", CSC, "csc", "quote", ["arduous_jobs:individual_credits:-"]),
            P("According to Claeys, the employers want the credits capped at one year over a whole career.",
              "Sofie Claeys", CSC, "employers", "claim", ["arduous_jobs:individual_credits:+"]),
            P("The FGTB also insisted that sector lists of arduous jobs were the only fair way to recognise physical work.",
              "The FGTB", FGTB, "fgtb", "claim", ["arduous_jobs:sector_list:+"]),
        ],
        [
            P("The employers, for their part, said they could accept a system of credits provided that the cost was covered within the pension budget and not by higher contributions.",
              "The employers", FEB, "employers", "claim", ["arduous_jobs:individual_credits:+", "funding:pension_savings:+", "funding:higher_contributions:-"]),
            P("FEB-VBO chief executive Olivier Lambrecht said a list of heavy jobs would \u201copen the door to early retirement for half the country\u201d.",
              "Olivier Lambrecht", FEB, "employers", "claim", ["arduous_jobs:sector_list:-"]),
            P("Van Acker said the credits would be financed by savings elsewhere in the pension budget, not by new taxes.",
              "Hilde Van Acker", GOV, "government", "claim", ["funding:pension_savings:+"]),
        ],
        [
            N("The liberal union CGSLB-ACLVB, which is not represented in the core negotiating group, said it backed the credit system.",
              ["arduous_jobs"], "the liberal union is not a party"),
            D("Belgium has debated a definition of arduous work since at least 2016, when a previous pensions minister set up a commission to draw up criteria.",
              "arduous_jobs", why="history"),
            S("A new meeting has been scheduled for 4 November."),
            S("Union leaders described the meeting as tense but courteous."),
            S("The FGTB said its members would stage regional strikes in Li\u00e8ge and Antwerp on 10 November."),
        ],
    ],
))

# ------------------------------------------------------------------ R5
ARTICLES.append(dict(
    file="r5_civil_servants_phase_in.txt", scenario=SCEN,
    byline="By Marie Lejeune | 5 November 2026",
    headline=P("Government proposes to phase in civil servants' pension change over ten years",
               "Government", GOV, "government", "claim", ["public_sector:gradual_alignment:+"]),
    paragraphs=[
        [
            P("The federal government on Thursday proposed to phase in the alignment of civil servants' pensions with those of private-sector workers over ten years, softening one of the most contested parts of its reform.",
              "The federal government", GOV, "government", "claim", ["public_sector:gradual_alignment:+"]),
            P("Under the original bill, the pensions of all civil servants would have been calculated on their whole career from 2027 rather than on their last ten years of salary.",
              "the original bill", GOV, "government", "claim", ["public_sector:full_alignment:+"]),
            P("Under the new proposal, only civil servants with fewer than ten years of service would move fully to the new system, while older staff would keep part of their rights.",
              "the new proposal", GOV, "government", "claim", ["public_sector:gradual_alignment:+"]),
            P("\u201cNobody who has worked twenty years for the state will lose what they were promised,\u201d Van Acker said in parliament.",
              "Hilde Van Acker", GOV, "government", "quote", ["public_sector:gradual_alignment:+"]),
        ],
        [
            P("The CGSP-ACOD, the FGTB's public services branch, dismissed the proposal as \u201cthe same cut in slow motion\u201d.",
              "The CGSP-ACOD", FGTB, "fgtb", "claim", ["public_sector:gradual_alignment:-"]),
            P("Its national secretary, Karim Benali, said civil servants had accepted lower salaries for decades in exchange for a better pension and would not give that up.",
              "Karim Benali", FGTB, "fgtb", "claim", ["public_sector:keep_status:+"]),
            P("Benali warned that public-sector unions would strike again in December if the government did not drop the change altogether.",
              "Karim Benali", FGTB, "fgtb", "claim", ["public_sector:keep_status:+"]),
            P("The CSC-ACV's public services branch, by contrast, said it could accept a transition over ten years if the calculation for teachers took into account the years they had spent studying.",
              "The CSC-ACV's public services branch", CSC, "csc", "claim", ["public_sector:gradual_alignment:+"]),
            P("\u201cA gradual path is something we can talk about, while a cliff edge in 2027 was not,\u201d said Annelies Goossens, who leads the branch.",
              "Annelies Goossens", CSC, "csc", "quote", ["public_sector:gradual_alignment:+", "public_sector:full_alignment:-"]),
        ],
        [
            S("The employers were unimpressed."),
            P("FEB-VBO said that ten years was far too long and that the state could not afford to keep two pension systems running side by side until 2037.",
              "FEB-VBO", FEB, "employers", "claim", ["public_sector:gradual_alignment:-"]),
            P("\u201cIf the private sector must adapt tomorrow, so must the public sector,\u201d Lambrecht said.",
              "Olivier Lambrecht", FEB, "employers", "quote", ["public_sector:full_alignment:+"]),
        ],
        [
            S("Teachers make up about a third of the civil servants concerned, according to the ministry."),
            D("Civil servants' pensions were last reformed in 2011, when the credit for years of study was limited.",
              "public_sector", why="history"),
            D("According to the Federal Pension Service, about 430,000 people receive a civil-service pension, on average roughly 40 per cent higher than a private-sector pension.",
              "public_sector", why="a figure"),
            N("The opposition Workers' Party (PTB-PVDA) said the proposal would still cost a young teacher several hundred euros a month in retirement.",
              ["public_sector"], "the opposition is not a party"),
            P("Van Acker said the 43-year career condition was \u201cnot negotiable\u201d.",
              "Hilde Van Acker", GOV, "government", "claim", ["career_years::+"]),
            S("The government hopes to present an amended bill to parliament before the end of November, after a final round of talks with the unions on 18 November."),
            S("The FGTB has called a national demonstration in Brussels for 17 November."),
            S("The proposal was presented to the unions on Wednesday evening and to the cabinet on Thursday morning."),
        ],
    ],
))

# ------------------------------------------------------------------ R6
ARTICLES.append(dict(
    file="r6_deal_with_christian_union.txt", scenario=SCEN,
    byline="By Els Vandamme and Pieter De Smet | Brussels, 20 November 2026",
    headline=S("Government and Christian union strike pension deal as socialists vow to fight on"),
    paragraphs=[
        [
            S("Belgium's government and the Christian union CSC-ACV reached an agreement on the pension reform early on Friday after 19 hours of talks, while the socialist FGTB-ABVV refused to sign."),
            D("Under the deal, sick leave, maternity leave and up to two years of unemployment will count as work for the malus, and the career condition for early retirement at 63 will stay at 42 years until 2030 before rising to 43.",
              "malus", "career_years", why="a joint agreement is nobody's (rule 2)"),
            D("Civil servants' pensions will be aligned over eight years instead of ten.",
              "public_sector", why="a term of the joint agreement"),
        ],
        [
            S("\u201cThis is not the reform we would have written, but it is a reform our members can live with,\u201d CSC-ACV general secretary Sofie Claeys said."),
            P("She said the union would keep pushing for a list of arduous jobs, which the agreement leaves to a working group.",
              "Sofie Claeys", CSC, "csc", "claim", ["arduous_jobs:sector_list:+"]),
            P("Claeys said the union had secured what it asked for on the malus and would now push for a tax on capital gains in the next budget.",
              "Sofie Claeys", CSC, "csc", "claim", ["malus:softened_malus:+", "funding:capital_tax:+"]),
            P("Pensions Minister Hilde Van Acker called the deal \u201cbalanced\u201d and said the government would not reopen the question of scrapping the malus.",
              "Hilde Van Acker", GOV, "government", "claim", ["malus:no_malus:-"]),
            P("The prime minister's office said the career condition would rise to 43 in 2030 \u201cas planned\u201d and ruled out any further delay.",
              "The prime minister's office", GOV, "government", "claim", ["career_years::+"]),
        ],
        [
            P("The FGTB-ABVV rejected the agreement, saying a softer penalty was still a penalty.",
              "The FGTB-ABVV", FGTB, "fgtb", "claim", ["malus:softened_malus:-"]),
            P("\u201cWe did not march for a discount on the malus, we marched for its withdrawal,\u201d Marc Dujardin said.",
              "Marc Dujardin", FGTB, "fgtb", "quote", ["malus:softened_malus:-", "malus:no_malus:+"]),
            S("He said the union would challenge the reform before the Constitutional Court if parliament adopted it unchanged."),
            P("The FGTB also repeated its demand for a tax on capital gains, which is not part of the deal.",
              "The FGTB", FGTB, "fgtb", "claim", ["funding:capital_tax:+"]),
        ],
        [
            P("The employers' federation said the compromise went \u201cin the wrong direction\u201d on civil servants and on early retirement.",
              "The employers' federation", FEB, "employers", "claim", ["public_sector:gradual_alignment:-", "career_years::-"]),
            P("FEB-VBO nevertheless said it would not oppose the bill in parliament, as the malus would \u201cat last reward people who work longer\u201d.",
              "FEB-VBO", FEB, "employers", "claim", ["malus::+"]),
            S("The liberal union CGSLB-ACLVB said it would consult its members before deciding whether to back the agreement."),
            N("The opposition Socialist Party said it would table amendments to scrap the malus when the bill returns to the Chamber.",
              ["malus"], "the opposition is not a party"),
        ],
        [
            S("The amended bill is expected to be voted in the Chamber in mid-December, before the Christmas recess."),
            D("Analysts at ING said the deal would save about a third less than the original plan by 2030, mainly because of the concessions on sick leave and unemployment.",
              "malus", why="an estimate"),
            S("Trains ran normally on Friday."),
            S("The FGTB has not said whether it will call another national strike before the end of the year."),
        ],
    ],
))
