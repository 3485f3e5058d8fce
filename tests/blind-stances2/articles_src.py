"""The six articles of the second blind stance set, sentence by sentence, with their gold.

Same format as tests/blind-stances/articles_src.py. Each article is a headline, a byline line
and paragraphs; each paragraph is a list of sentences. A sentence is one of
  S(text)                       no issue, no position
  D(text, *issues)              mentions scenario issues, no party takes a position (distractor)
  N(text, issues, why)          a position, but not a scenario party's (analyst, opposition
                                party, parents' group): no gold statement
  P(text, speaker, affiliation, party, kind, stances, mentions=())
                                a party states, demands, rejects or offers something; stances
                                are "issue:option:+" (supports) or "issue:option:-" (rejects),
                                option empty for an issue-level stance (always so for the
                                numeric pay_rise); mentions are issues the sentence names
                                without a side (kept apart, not gold)
build.py turns this into articles/*.txt, statements.jsonl and sentences.jsonl.
"""

SCEN = "blind-council-pay"


import os as _os
import sys as _sys

_sys.path.insert(0, _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "kit"))
from stance_source import D, N, P, S  # noqa: E402,F401


ARTICLES = []

# ------------------------------------------------------------------ P1
ARTICLES.append(dict(
    file="p1_unison_rejects_offer.txt", scenario=SCEN,
    byline="By Fiona Baird, Local Government Correspondent | 10 June 2026",
    headline=P("Unison throws out 3 per cent council pay offer",
               "Unison", "Unison", "unison", "claim", ["pay_rise::-"]),
    paragraphs=[
        [
            P("Scotland's largest council union on Tuesday rejected a pay offer of 3 per cent from local authority employers, saying it would leave school cleaners and care staff worse off in real terms for a fourth year running.",
              "Scotland's largest council union", "Unison", "unison", "claim", ["pay_rise::-"]),
            P("COSLA, the body that negotiates for Scotland's 32 councils, put the offer to the unions at a meeting in Edinburgh and proposed a two-year deal, with a second rise of 2.5 per cent in April 2027.",
              "COSLA", "COSLA", "cosla", "claim", ["pay_rise::+", "deal_length:two_year:+"]),
        ],
        [
            P("\u201cThe same percentage for every grade means a janitor gets pennies while a director gets hundreds,\u201d said Morven Gillies, who chairs Unison's local government committee.",
              "Morven Gillies", "Unison", "unison", "quote", ["low_pay:percentage_only:-"]),
            P("The union wants every council worker to be paid at least \u00a315 an hour, a demand it first set out in its claim in January.",
              "The union", "Unison", "unison", "claim", ["low_pay:rate_15:+"]),
            D("The lowest rate on the council pay spine is currently just under \u00a313 an hour.", "low_pay"),
        ],
        [
            P("COSLA's resources spokesperson, councillor Alasdair Munro, said the employers had gone as far as they could without more money from the Scottish Government.",
              "Alasdair Munro", "COSLA", "cosla", "claim", ["funding:government_funds:+"]),
            P("\u201cEvery penny above what we have offered comes out of bin collections, libraries or classroom assistants unless Holyrood pays for it,\u201d he said.",
              "Alasdair Munro", "COSLA", "cosla", "quote", ["funding:government_funds:+", "funding:councils_fund:-"]),
            P("He added that the rise would be backdated to 1 April, as in previous years.",
              "Alasdair Munro", "COSLA", "cosla", "claim", ["backdating:backdated:+"]),
        ],
        [
            D("The Scottish Government is not formally a party to the talks, but it provides most of the councils' funding.", "funding"),
            P("A government spokesperson said ministers had already given local authorities a record settlement this year and that pay was for councils to meet from their own budgets.",
              "A government spokesperson", "Scottish Government", "scottish_government", "claim", ["funding:councils_fund:+"]),
        ],
        [
            S("GMB Scotland, which represents many of the councils' refuse and school catering workers, said it would consult its members before giving a formal answer."),
            P("Its organiser for local government, Darren Keogh, said the union would not accept any deal that failed to protect jobs.",
              "Darren Keogh", "GMB Scotland", "gmb", "claim", ["job_security::+"]),
            P("\u201cOur members will not sign up to a two-year deal while councils are still drawing up lists of posts to cut,\u201d he said.",
              "Darren Keogh", "GMB Scotland", "gmb", "quote", ["deal_length:two_year:-", "job_security:no_guarantee:-"]),
        ],
        [
            D("Economists at the Fraser of Allander Institute estimate that a rise of 3 per cent would cost councils about \u00a3190 million, roughly the sum most of them had budgeted for.", "pay_rise"),
            N("One of them, Dr Ishbel Grant, said she expected the final settlement to land closer to 4 per cent.",
              ["pay_rise"], "an economist is not a party; a forecast, not a side"),
            S("Unison's branches will meet next week to decide whether to hold a consultative ballot on industrial action."),
            S("The previous agreement ran out at the end of March."),
        ],
    ]))

# ------------------------------------------------------------------ P2
ARTICLES.append(dict(
    file="p2_gmb_underpin_ballots.txt", scenario=SCEN,
    byline="By Kenneth Lauder, Glasgow | 1 July 2026",
    headline=P("GMB demands flat-rate underpin as council unions head for ballots",
               "GMB", "GMB Scotland", "gmb", "claim", ["low_pay:flat_rate:+"]),
    paragraphs=[
        [
            P("GMB Scotland has told council employers it will recommend any offer that includes a flat cash underpin of at least \u00a31,500 for the lowest grades, even if the headline rise stays close to 3 per cent.",
              "GMB Scotland", "GMB Scotland", "gmb", "claim", ["low_pay:flat_rate:+", "pay_rise::+"]),
            P("The union's senior organiser, Darren Keogh, said a flat payment was the only way to make sure the lowest paid got a rise that kept up with prices.",
              "Darren Keogh", "GMB Scotland", "gmb", "claim", ["low_pay:flat_rate:+"]),
            P("\u201cA percentage rise for everyone is a rise for the people who need it least,\u201d he said.",
              "Darren Keogh", "GMB Scotland", "gmb", "quote", ["low_pay:percentage_only:-"]),
        ],
        [
            P("Unison, by contrast, is sticking to its claim of \u00a315 an hour as the minimum rate for all council staff.",
              "Unison", "Unison", "unison", "claim", ["low_pay:rate_15:+"]),
            P("Its Scottish secretary, Lorna McKechnie, said a cash sum paid once would vanish from pay packets the following year.",
              "Lorna McKechnie", "Unison", "unison", "claim", ["low_pay:flat_rate:-"]),
            P("\u201cWe are not going to trade a permanent floor for a one-off cheque,\u201d she said.",
              "Lorna McKechnie", "Unison", "unison", "quote", ["low_pay:rate_15:+", "low_pay:flat_rate:-"]),
        ],
        [
            S("The two unions will open consultative ballots of their members next week, with results expected in late August."),
            P("Unison is also asking for the working week to be cut from 37 hours to 35 with no loss of pay, a change already agreed for some NHS staff.",
              "Unison", "Unison", "unison", "claim", ["working_week:cut_35:+"]),
            P("COSLA has said that a shorter week is not on the table this year.",
              "COSLA", "COSLA", "cosla", "claim", ["working_week:cut_35:-"]),
            P("Taking two hours off every contract would mean hiring thousands of extra care workers that councils cannot afford, according to a COSLA briefing paper seen by this newspaper.",
              "a COSLA briefing paper", "COSLA", "cosla", "claim", ["working_week:cut_35:-"]),
        ],
        [
            P("Council leaders have meanwhile stepped up pressure on the Scottish Government, arguing that any improvement on the 3 per cent offer must be paid for with new money ring-fenced for pay.",
              "Council leaders", "COSLA", "cosla", "claim", ["funding:government_funds:+"]),
            P("\u201cWe will not put council tax up by double digits to fund a pay deal,\u201d said Fiona Stewart, the leader of Perth and Kinross Council.",
              "Fiona Stewart", "Perth and Kinross Council", "cosla", "quote", ["funding:councils_fund:-"]),
            P("The Scottish Government said it would not provide extra funding for a deal it had no part in negotiating.",
              "The Scottish Government", "Scottish Government", "scottish_government", "claim", ["funding:government_funds:-"]),
        ],
        [
            S("Schools in most council areas broke up for the summer holidays last week."),
            S("Parent groups said they feared that strikes in the autumn would hit breakfast clubs and school transport."),
            P("GMB said it was prepared to ballot for strikes at schools and waste depots if the employers did not improve on the 3 per cent rise by the end of August.",
              "GMB", "GMB Scotland", "gmb", "claim", ["pay_rise::-"]),
            S("COSLA's leaders are due to meet again on 14 August."),
        ],
    ]))

# ------------------------------------------------------------------ P3
ARTICLES.append(dict(
    file="p3_ministers_seventy_million.txt", scenario=SCEN,
    byline="By Anna Petrie, Holyrood Editor | 5 August 2026",
    headline=P("Ministers offer councils \u00a370m for pay if unions sign a two-year deal",
               "Ministers", "Scottish Government", "scottish_government", "claim",
               ["funding:government_funds:+", "deal_length:two_year:+"]),
    paragraphs=[
        [
            P("The Scottish Government said on Tuesday that it was ready to give local authorities an extra \u00a370 million this year towards the cost of a pay settlement, on condition that the money paid for a deal covering two years.",
              "The Scottish Government", "Scottish Government", "scottish_government", "claim",
              ["funding:government_funds:+", "deal_length:two_year:+"]),
            P("The Finance Secretary, Iain Dorward, told MSPs that councils would remain responsible for the rest of the bill, to be met from their own budgets.",
              "Iain Dorward", "Scottish Government", "scottish_government", "claim", ["funding:councils_fund:+"]),
            P("\u201cWe are offering help, not a blank cheque, and stability means a settlement that runs for two years,\u201d he said.",
              "Iain Dorward", "Scottish Government", "scottish_government", "quote", ["deal_length:two_year:+"]),
        ],
        [
            P("COSLA welcomed the money but said it fell well short of what was needed to improve the offer.",
              "COSLA", "COSLA", "cosla", "claim", ["funding:government_funds:+"]),
            D("Its resources spokesperson, Alasdair Munro, said each extra percentage point on the pay bill cost councils about \u00a365 million.", "pay_rise"),
            S("Council staff covered by the talks include school support workers, carers, refuse collectors and administrators."),
        ],
        [
            P("Unison said the condition attached to the money was an attempt to tie workers' hands for two years while prices kept rising.",
              "Unison", "Unison", "unison", "claim", ["deal_length:two_year:-"]),
            P("\u201cA two-year deal at these rates would lock in a pay cut,\u201d said Lorna McKechnie, the union's Scottish secretary.",
              "Lorna McKechnie", "Unison", "unison", "quote", ["deal_length:two_year:-"]),
            P("The union repeated that it would settle only for a one-year agreement, with the rise backdated to April.",
              "The union", "Unison", "unison", "claim", ["deal_length:one_year:+", "backdating:backdated:+"]),
        ],
        [
            P("GMB Scotland took a softer line, saying it could live with two years if the second year's rise was guaranteed to match inflation.",
              "GMB Scotland", "GMB Scotland", "gmb", "claim", ["deal_length:two_year:+"]),
            S("Opposition parties at Holyrood accused ministers of leaving the talks to the last minute."),
            N("Scottish Labour's finance spokesperson said the \u00a370 million should be ring-fenced for pay so that no council could spend it on anything else.",
              ["funding"], "an opposition party is not a party of the scenario"),
        ],
        [
            D("The money is to come from the government's reserves, which the Auditor General warned last month were close to exhausted.", "funding"),
            P("Ministers have also ruled out paying for a 35-hour week for council staff, saying the change would cost more than \u00a3300 million a year.",
              "Ministers", "Scottish Government", "scottish_government", "claim", ["working_week:cut_35:-"]),
            S("Both unions' consultative ballots close on 21 August."),
            S("COSLA leaders will meet on 14 August to decide whether to table a new offer."),
        ],
    ]))

# ------------------------------------------------------------------ P4
ARTICLES.append(dict(
    file="p4_revised_offer_underpin.txt", scenario=SCEN,
    byline="By Fiona Baird, Local Government Correspondent | 26 August 2026",
    headline=P("Council employers raise pay offer to 3.6 per cent with cash underpin for lowest paid",
               "Council employers", "COSLA", "cosla", "claim", ["pay_rise::+", "low_pay:flat_rate:+"]),
    paragraphs=[
        [
            P("COSLA on Tuesday tabled an improved offer of 3.6 per cent for 2026-27, with a guaranteed minimum rise of \u00a31,200 for staff on the lowest grades.",
              "COSLA", "COSLA", "cosla", "claim", ["pay_rise::+", "low_pay:flat_rate:+"]),
            P("The offer keeps a two-year structure, with the second-year rise to be negotiated next spring.",
              "The offer", "COSLA", "cosla", "claim", ["deal_length:two_year:+"]),
        ],
        [
            P("\u201cWe have listened, and this offer puts the biggest rises in the pockets of the lowest paid,\u201d said Alasdair Munro, COSLA's resources spokesperson.",
              "Alasdair Munro", "COSLA", "cosla", "quote", ["low_pay::+"]),
            P("He said the improvement was possible only because of the Scottish Government's \u00a370 million, and that councils could go no further without further help.",
              "Alasdair Munro", "COSLA", "cosla", "claim", ["funding:government_funds:+"]),
        ],
        [
            P("The employers again refused the unions' demand for a guarantee of no compulsory redundancies, saying councils facing budget gaps could not rule out job losses.",
              "The employers", "COSLA", "cosla", "claim", ["job_security:no_compulsory:-"]),
            P("Backdating to 1 April remains part of the offer.",
              "the offer", "COSLA", "cosla", "claim", ["backdating:backdated:+"]),
        ],
        [
            P("GMB Scotland said it would put the offer to its members with a recommendation to accept.",
              "GMB Scotland", "GMB Scotland", "gmb", "claim", ["pay_rise::+"]),
            P("\u201cThe underpin is what our members asked for, and we have won it,\u201d said Darren Keogh, the union's senior organiser.",
              "Darren Keogh", "GMB Scotland", "gmb", "quote", ["low_pay:flat_rate:+"]),
            P("He added that the union would keep pressing for a no-compulsory-redundancies pledge when talks on the second year begin.",
              "Darren Keogh", "GMB Scotland", "gmb", "claim", ["job_security:no_compulsory:+"]),
        ],
        [
            P("Unison rejected the offer within hours.",
              "Unison", "Unison", "unison", "claim", ["pay_rise::-"]),
            P("Its Scottish secretary, Lorna McKechnie, said 3.6 per cent still left the lowest paid short of \u00a315 an hour and did nothing to shorten the working week.",
              "Lorna McKechnie", "Unison", "unison", "claim",
              ["pay_rise::-", "low_pay:rate_15:+", "working_week:cut_35:+"]),
            S("\u201cOur members have told us they are ready to strike, and we will ballot them,\u201d she said."),
            S("A statutory strike ballot takes about six weeks to organise."),
        ],
        [
            S("Dr Ishbel Grant of the Fraser of Allander Institute said the split between the unions made a settlement more likely, since COSLA could argue that the offer had the backing of a major union."),
            P("The Scottish Government said the \u00a370 million was its final contribution and that any further improvement would have to come from councils' own budgets.",
              "The Scottish Government", "Scottish Government", "scottish_government", "claim", ["funding:councils_fund:+"]),
            S("The GMB ballot closes on 18 September."),
        ],
    ]))

# ------------------------------------------------------------------ P5
ARTICLES.append(dict(
    file="p5_strike_dates_gmb_accepts.txt", scenario=SCEN,
    byline="By Kenneth Lauder | 24 September 2026",
    headline=P("GMB members accept council pay deal as Unison names strike dates",
               "GMB members", "GMB Scotland", "gmb", "claim", ["pay_rise::+"]),
    paragraphs=[
        [
            P("Members of GMB Scotland have voted by 71 per cent to accept the 3.6 per cent offer from council employers, the union said on Wednesday.",
              "the union", "GMB Scotland", "gmb", "claim", ["pay_rise::+"]),
            S("Unison announced that school support staff in 14 council areas would walk out for three days from 6 October."),
        ],
        [
            P("\u201cWe have a deal with an underpin for the lowest paid, and our members have said yes,\u201d said Darren Keogh of GMB Scotland.",
              "Darren Keogh", "GMB Scotland", "gmb", "quote", ["low_pay:flat_rate:+"]),
            P("Unison's Lorna McKechnie said her members would not be bought off with a deal that tied them up for two years.",
              "Lorna McKechnie", "Unison", "unison", "claim", ["deal_length:two_year:-"]),
            P("\u201cIf COSLA wants the schools open, it knows what to do: a one-year deal, \u00a315 an hour and no compulsory redundancies,\u201d she said.",
              "Lorna McKechnie", "Unison", "unison", "quote",
              ["deal_length:one_year:+", "low_pay:rate_15:+", "job_security:no_compulsory:+"]),
        ],
        [
            P("COSLA said the deal accepted by GMB members was its final offer and would not be reopened for one union.",
              "COSLA", "COSLA", "cosla", "claim", ["pay_rise::+"]),
            P("Alasdair Munro said the employers would consider paying the rise to all staff from October, backdated to April, even without Unison's agreement.",
              "Alasdair Munro", "COSLA", "cosla", "claim", ["backdating:backdated:+"]),
            S("Imposing a deal on the members of one union while another is in dispute is unusual in Scottish local government, though not unheard of."),
        ],
        [
            P("The Scottish Government urged both sides to return to talks but again ruled out any money beyond the \u00a370 million already promised.",
              "The Scottish Government", "Scottish Government", "scottish_government", "claim", ["funding:government_funds:-"]),
            P("A spokesperson said the 35-hour week Unison wants would cost councils far more than any pay rise on the table.",
              "A spokesperson", "Scottish Government", "scottish_government", "claim", ["working_week:cut_35:-"],
              mentions=["pay_rise"]),
        ],
        [
            S("The parents' organisation Connect said it was worried about pupils with additional support needs, who rely most on the staff who will strike."),
            P("Unison said it had offered to suspend the first strike day if COSLA agreed to talks on a guarantee against compulsory redundancies.",
              "Unison", "Unison", "unison", "claim", ["job_security:no_compulsory:+"]),
            S("Talks at Acas have been pencilled in for next week."),
            D("Neither side would say whether backdating or the length of the deal would be on the agenda there.", "backdating", "deal_length",
              why="declining to say is no position"),
            S("Unison is the larger of the two unions in Scottish councils, with members in almost every department."),
            S("Bin collections, which were disrupted by strikes in 2022, will not be affected because most waste workers belong to GMB."),
        ],
    ]))

# ------------------------------------------------------------------ P6
ARTICLES.append(dict(
    file="p6_one_year_deal_strikes_off.txt", scenario=SCEN,
    byline="By Fiona Baird, Local Government Correspondent | 3 October 2026",
    headline=P("Unison calls off school strikes after council employers agree to a one-year deal",
               "council employers", "COSLA", "cosla", "claim", ["deal_length:one_year:+"]),
    paragraphs=[
        [
            P("COSLA has agreed to turn its pay offer into a one-year deal for 2026-27 and to guarantee no compulsory redundancies until next March, clearing the way for Unison to call off strikes due to start in schools on Tuesday.",
              "COSLA", "COSLA", "cosla", "claim", ["deal_length:one_year:+", "job_security:no_compulsory:+"]),
            S("The agreement was reached after two days of talks at the Glasgow offices of Acas, the conciliation service."),
        ],
        [
            D("The headline rise stays at 3.6 per cent, with the \u00a31,200 underpin for the lowest grades.", "pay_rise", "low_pay",
              why="terms of a joint agreement, given without a proposer"),
            S("Unison's Scottish secretary, Lorna McKechnie, said the union had won the things that mattered most to its members."),
            P("\u201cA one-year deal means we are back at the table in the spring, and nobody loses their job in the meantime,\u201d she said.",
              "Lorna McKechnie", "Unison", "unison", "quote", ["deal_length:one_year:+", "job_security:no_compulsory:+"]),
            P("She said the union would put the 35-hour week at the top of its next claim.",
              "Lorna McKechnie", "Unison", "unison", "claim", ["working_week:cut_35:+"]),
            P("Unison will recommend that members accept the revised offer in a ballot closing on 30 October.",
              "Unison", "Unison", "unison", "claim", ["pay_rise::+"]),
        ],
        [
            P("COSLA's Alasdair Munro said councils would now have to find the cost of the redundancy guarantee in their own budgets, and called again on ministers to share it.",
              "Alasdair Munro", "COSLA", "cosla", "claim", ["funding:government_funds:+"],
              mentions=["job_security"]),
            S("The Scottish Government welcomed the agreement and said it had always been clear that pay was a matter for councils and unions."),
        ],
        [
            P("GMB Scotland said it was disappointed that Unison members had won a redundancy guarantee that had been refused to GMB members only weeks earlier.",
              "GMB Scotland", "GMB Scotland", "gmb", "claim", ["job_security:no_compulsory:+"]),
            P("\u201cThe guarantee has to cover every council worker, not just the members of the union that shouted loudest,\u201d said Darren Keogh.",
              "Darren Keogh", "GMB Scotland", "gmb", "quote", ["job_security:no_compulsory:+"]),
            P("COSLA said the guarantee would apply to all staff, whichever union they belong to.",
              "COSLA", "COSLA", "cosla", "claim", ["job_security:no_compulsory:+"]),
        ],
        [
            D("Dr Ishbel Grant of the Fraser of Allander Institute said a one-year deal made another dispute next year almost certain.", "deal_length",
              why="a forecast by an economist, no side taken"),
            D("Neither side published the text of the agreement, and it was not clear whether the redundancy guarantee would be written into contracts.", "job_security"),
            S("Unison branches were told on Friday evening to cancel their picket rotas."),
            S("Talks on the 2027-28 pay round are due to open in February."),
        ],
    ]))
