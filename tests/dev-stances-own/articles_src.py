"""DEVELOPMENT stance set written by the issue 13 helper (h-stances) on 2026-12-06, to find
general failure classes of the stance pipeline on negotiations other than the example ones
(a council pay dispute, a trade dispute). Invented articles in the helper's own sentences;
the gold was written with the articles, before detente was first run on them. The rules
were then developed on it: its figures are development figures, not estimates for unseen
news. Same format as tests/blind-stances/articles_src.py (S, D, N, P).
"""

import os as _os
import sys as _sys

_sys.path.insert(0, _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "kit"))
from stance_source import D, N, P, S  # noqa: E402,F401

L = "dev-labour"
T = "dev-trade"
ARTICLES = []

ARTICLES.append(dict(
    file="l1_bin_strike_vote.txt", scenario=L,
    byline="By a local government reporter",
    headline=P("Ashdown bin crews reject 3 percent pay offer and vote to strike",
               "Ashdown bin crews", "Public Services Union", "union", "claim", ["pay:three:-"]),
    paragraphs=[
        [
            P("Refuse and street cleaning staff employed by Ashdown Borough Council have voted by a large majority to reject a 3 percent pay rise, the Public Services Union said on Monday.",
              "the Public Services Union", "Public Services Union", "union", "claim", ["pay:three:-"]),
            P("The union is demanding an 8 percent rise, which it says would only restore what its members have lost to inflation since 2022.",
              "the union", "Public Services Union", "union", "claim", ["pay:eight:+"]),
        ],
        [
            P("\"Our members keep this town clean and they are tired of being told there is no money,\" said Maria Okafor, the union's regional secretary.",
              "Maria Okafor", "Public Services Union", "union", "quote", ["funding::-"]),
            P("Okafor said council workers would not accept any deal that allowed compulsory redundancies.",
              "Okafor", "Public Services Union", "union", "claim", ["redundancies:ruled_out:+"]),
        ],
        [
            P("The council insists that 3 percent is the most it can afford without cutting services.",
              "the council", "Ashdown Borough Council", "council", "claim", ["pay:three:+"]),
            P("A council spokeswoman said the authority had written to ministers asking for an emergency grant to cover the cost of a higher award.",
              "A council spokeswoman", "Ashdown Borough Council", "council", "claim", ["funding:emergency_grant:+"]),
            P("\"We would like to pay our staff more, but the money has to come from somewhere,\" she said.",
              "A council spokeswoman", "Ashdown Borough Council", "council", "quote", ["funding::+"]),
        ],
        [
            D("The dispute also covers a plan to move collections to a four-day week with longer shifts, which the council says would save 400,000 pounds a year.", "rota"),
            P("Union officials have rejected the new rota, saying longer shifts would be unsafe for older crews.",
              "Union officials", "Public Services Union", "union", "claim", ["rota:four_day:-"]),
        ],
        [
            N("The Local Government Association, which speaks for councils in England, said many authorities faced the same choice and called for a fairer funding settlement.",
              ["funding"], "a body that is not a party"),
            S("Strike dates have not yet been set."),
        ],
    ],
))

ARTICLES.append(dict(
    file="l2_council_leader.txt", scenario=L,
    byline="By a local democracy reporter",
    headline=P("Council leader rules out outsourcing care homes but warns of job cuts",
               "Council leader", "Ashdown Borough Council", "council", "claim",
               ["outsourcing:in_house:+", "redundancies:allowed:+"]),
    paragraphs=[
        [
            P("The leader of Ashdown Borough Council, Peter Lang, has ruled out handing the borough's care homes to a private provider, but said compulsory redundancies could not be excluded if the pay dispute drags on.",
              "Peter Lang", "Ashdown Borough Council", "council", "claim",
              ["outsourcing:outsourced:-", "redundancies:allowed:+"]),
            P("Speaking at a full council meeting on Thursday, Lang said the care service would stay in house for as long as he led the authority.",
              "Lang", "Ashdown Borough Council", "council", "claim", ["outsourcing:in_house:+"]),
        ],
        [
            P("\"I will not sell off our care homes to balance the books,\" he told councillors.",
              "Lang", "Ashdown Borough Council", "council", "quote", ["outsourcing:outsourced:-"]),
            P("\"But if we are forced to find another two million pounds, I cannot promise that every job will be safe.\"",
              "Lang", "Ashdown Borough Council", "council", "quote", ["redundancies:ruled_out:-"]),
        ],
        [
            P("The Public Services Union welcomed the commitment on care homes.",
              "The Public Services Union", "Public Services Union", "union", "claim", ["outsourcing:in_house:+"]),
            P("Its branch secretary, Dev Sharma, said the union would hold the council to its word and called on Lang to withdraw the threat of job cuts.",
              "Dev Sharma", "Public Services Union", "union", "claim", ["redundancies:ruled_out:+"]),
            S("\"Councillor Lang wants our members to choose between a fair wage and their jobs,\" Sharma said.", why="no scenario option"),
        ],
        [
            N("Opposition councillors accused the leader of hiding behind Whitehall and urged him to improve the 3 percent offer.",
              ["pay"], "the council's opposition is not the council"),
            P("The Department for Communities said councils had received a 4 percent rise in core spending power this year and that there would be no additional funding for individual pay disputes.",
              "The Department for Communities", "Government", "government", "claim", ["funding:no_extra:+"]),
        ],
        [
            S("The council meets union representatives again next week."),
        ],
    ],
))

ARTICLES.append(dict(
    file="l3_talks_resume.txt", scenario=L,
    byline="By a labour correspondent",
    headline=P("Ministers refuse emergency cash as Ashdown talks resume",
               "Ministers", "Government", "government", "claim", ["funding:emergency_grant:-"]),
    paragraphs=[
        [
            P("Ministers have turned down Ashdown Borough Council's request for an emergency grant to fund a bigger pay award for its refuse crews, a government source said on Wednesday.",
              "a government source", "Government", "government", "claim", ["funding:emergency_grant:-"]),
            P("The Treasury is opposed to bailing out individual councils over pay, the source added.",
              "a government source", "Government", "government", "claim", ["funding:emergency_grant:-"]),
        ],
        [
            D("Talks between the council and the Public Services Union resumed at the offices of the conciliation service on Wednesday afternoon.", why="no position"),
            P("The council has offered a flat payment of 1,200 pounds on top of the 3 percent rise, according to a document seen by this newspaper.",
              "the council", "Ashdown Borough Council", "council", "claim", ["pay:flat:+"]),
            P("Union negotiators said the lump sum was not enough and that a flat payment would do nothing for pensions.",
              "Union negotiators", "Public Services Union", "union", "claim", ["pay:flat:-"]),
        ],
        [
            P("Maria Okafor, who leads for the union in the region, said members would suspend the strike if the four-day week was taken off the table.",
              "Maria Okafor", "Public Services Union", "union", "claim", ["rota:four_day:-"]),
            P("\"Drop the new rota and we can talk about everything else,\" she said.",
              "Maria Okafor", "Public Services Union", "union", "quote", ["rota:four_day:-"]),
        ],
        [
            P("The council's cabinet member for environment, Sue Harding, said the rota change was not negotiable because the depot lease ends in March.",
              "Sue Harding", "Ashdown Borough Council", "council", "claim", ["rota:four_day:+"]),
            N("Residents' groups have called for the two sides to settle before rubbish piles up over Christmas.", [], "not a party"),
        ],
    ],
))

ARTICLES.append(dict(
    file="t1_canola.txt", scenario=T,
    byline="By a trade correspondent",
    headline=P("Beijing keeps canola duties and tells Ottawa to drop EV tariff",
               "Beijing", "China", "china", "claim", ["canola:kept:+", "ev_tariff:lifted:+"]),
    paragraphs=[
        [
            P("China will keep its duties on Canadian canola oil and meal in place until Ottawa removes its 100 percent tariff on Chinese electric vehicles, the Ministry of Commerce said on Friday.",
              "the Ministry of Commerce", "China", "china", "claim", ["canola:kept:+", "ev_tariff:lifted:+"]),
            P("A ministry spokesman called the Canadian surtax on vehicles a discriminatory measure that violated trade rules.",
              "A ministry spokesman", "China", "china", "claim", ["ev_tariff:kept:-"]),
        ],
        [
            P("Canada's trade minister said Ottawa had no plans to lift the tariff, which was imposed in 2024 to match measures taken by the United States.",
              "Canada's trade minister", "Canada", "canada", "claim", ["ev_tariff:lifted:-"]),
            P("\"We are not going to change our policy on electric vehicles because of pressure on our farmers,\" he told reporters in Ottawa.",
              "Canada's trade minister", "Canada", "canada", "quote", ["ev_tariff:lifted:-"]),
        ],
        [
            P("Saskatchewan, which grows more than half of Canada's canola, has urged the federal government to negotiate.",
              "Saskatchewan", "Saskatchewan", "saskatchewan", "claim", ["canola:lifted:+"]),
            P("Premier Scott Moe said the province's farmers were paying for a tariff that protected car makers in Ontario, and called for a quota that would let a limited number of Chinese cars in without the surtax.",
              "Scott Moe", "Saskatchewan", "saskatchewan", "claim", ["ev_tariff:quota:+"]),
        ],
        [
            N("The Canola Council of Canada, an industry group, said exports to China had fallen by more than half since the duties took effect.", ["canola"], "an industry body, not a party"),
            P("Beijing has also demanded that Canada drop its surtax on Chinese steel and aluminium.",
              "Beijing", "China", "china", "claim", ["steel:dropped:+"]),
        ],
    ],
))

ARTICLES.append(dict(
    file="t2_quota_talks.txt", scenario=T,
    byline="By an Ottawa bureau reporter",
    headline=P("Ottawa weighs EV quota as farmers press for canola relief",
               "Ottawa", "Canada", "canada", "claim", ["ev_tariff:quota:+"]),
    paragraphs=[
        [
            P("Canadian officials are studying a quota that would allow a fixed number of Chinese-made electric vehicles into the country at a lower tariff, two people familiar with the talks said.",
              "two people familiar with the talks", "Canada", "canada", "claim", ["ev_tariff:quota:+"]),
            P("In return, Ottawa wants Beijing to lift the duties on canola.",
              "Ottawa", "Canada", "canada", "claim", ["canola:lifted:+"]),
        ],
        [
            P("The Chinese embassy in Ottawa said in a statement that China welcomed any step that removed the \"unjustified\" tariff but would not trade away its anti-dumping duties.",
              "The Chinese embassy in Ottawa", "China", "china", "claim", ["ev_tariff:lifted:+", "canola:lifted:-"]),
            P("Carney has insisted that the steel surtax is not part of any discussion with Beijing.",
              "Carney", "Canada", "canada", "claim", ["steel:kept:+"]),
        ],
        [
            N("Farm groups in the Prairies have warned that another season without access to the Chinese market would push growers into debt.",
              [], "not a party"),
            P("\"Ottawa wants to protect jobs in Ontario and our growers are the price,\" said Rhea Lindqvist, Saskatchewan's agriculture minister, who called on the federal government to get the canola duties lifted before spring.",
              "Rhea Lindqvist", "Saskatchewan", "saskatchewan", "quote", ["canola:lifted:+"]),
        ],
        [
            D("Canada imposed the 100 percent tariff on Chinese electric vehicles in October 2024.", "ev_tariff"),
            P("Officials in Beijing have said they are ready to discuss the steel measures separately.",
              "Officials in Beijing", "China", "china", "claim", ["steel:dropped:+"]),
        ],
    ],
))
