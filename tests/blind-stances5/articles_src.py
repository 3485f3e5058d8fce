"""The six articles of the fifth blind stance set, sentence by sentence, with their gold.

Same format as tests/blind-stances4/articles_src.py. Each article is a headline, a byline line
and paragraphs; each paragraph is a list of sentences. A sentence is one of
  S(text)                       no issue, no position
  D(text, *issues)              mentions scenario issues, no party takes a position (distractor)
  N(text, issues, why)          a position, but not a scenario party's (the pharmacists' union,
                                the opposition, the pharmacoeconomics centre, analysts): no gold
                                statement
  P(text, speaker, affiliation, party, kind, stances, mentions=())
                                a party states, demands, rejects or offers something; stances
                                are "issue:option:+" (supports) or "issue:option:-" (rejects),
                                option empty for an issue-level stance (always so for the
                                numeric off_patent_cut); mentions are issues the sentence names
                                without a side (kept apart, not gold)
build.py turns this into articles/*.txt, statements.jsonl and sentences.jsonl.
"""

SCEN = "blind-irish-medicine-prices"


import os as _os
import sys as _sys

_sys.path.insert(0, _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "kit"))
from stance_source import D, N, P, S  # noqa: E402,F401


STATE = "Irish State (Department of Health and HSE)"
IPHA = "Irish Pharmaceutical Healthcare Association"
MFI = "Medicines for Ireland"
PAA = "Patients' Access Alliance"
ARTICLES = []

# ------------------------------------------------------------------ R1
ARTICLES.append(dict(
    file="r1_talks_open_lowest_price.txt", scenario=SCEN,
    byline="By Aoife Brennan, Health Correspondent | Dublin, 8 September 2026",
    headline=P("State opens medicine price talks with demand to pay no more than the lowest price in Europe",
               "State", STATE, "state", "claim", ["pricing:lowest_in_basket:+"]),
    paragraphs=[
        [
            S("Talks on a new framework agreement for the price of medicines began at the Department of Health in Dublin on Monday, four months before the current agreement with the pharmaceutical industry expires at the end of December."),
            P("The State's opening paper proposes that the HSE pay no more for a new medicine than the lowest price charged in a basket of 14 European countries, instead of the average of those countries as at present.",
              "The State's opening paper", STATE, "state", "claim", ["pricing:lowest_in_basket:+", "pricing:eu14_average:-"]),
            P("It also asks that the price of a medicine fall by 60 per cent when its patent expires, up from 50 per cent today, and that companies pay a flat rebate of 8 per cent on all their sales to the health service.",
              "The State's opening paper", STATE, "state", "claim", ["off_patent_cut::+", "rebate:flat_rebate:+"]),
        ],
        [
            P("\u201cWe pay more for new medicines than almost any country in the basket, and an average of high prices is still a high price,\u201d the Minister for Health, Ciar\u00e1n Mac Giolla Rua, said as he arrived for the opening session.",
              "Ciar\u00e1n Mac Giolla Rua", STATE, "state", "quote", ["pricing:eu14_average:-"]),
            S("The drug budget of the HSE has grown by more than 40 per cent in five years, to about \u20ac3.9 billion, according to figures published with the paper."),
        ],
        [
            P("The Irish Pharmaceutical Healthcare Association, which represents the companies that develop new medicines, rejected the State's proposal, saying that a lowest-price rule would lead companies to launch new medicines in Ireland last or not at all.",
              "The Irish Pharmaceutical Healthcare Association", IPHA, "ipha", "claim", ["pricing:lowest_in_basket:-"]),
            P("Its chief executive, Declan Moriarty, said the association wanted the average of the 14 countries kept as the reference and a legal deadline of 180 days for reimbursement decisions written into the new agreement.",
              "Declan Moriarty", IPHA, "ipha", "claim", ["pricing:eu14_average:+", "access:statutory_deadline:+"]),
            P("\u201cIrish patients already wait longer than patients in most of Europe, and a flat tax on every sale would only make that wait longer,\u201d Moriarty said.",
              "Declan Moriarty", IPHA, "ipha", "quote", ["rebate:flat_rebate:-"]),
        ],
        [
            S("The companies that make generic and biosimilar medicines are represented separately, by Medicines for Ireland, which will sit at the same table for the first time."),
            P("Its chief executive, Sin\u00e9ad Kavanagh, warned that a 60 per cent cut on patent expiry would make some older medicines unprofitable to supply.",
              "Sin\u00e9ad Kavanagh", MFI, "mfi", "claim", ["off_patent_cut::-"]),
            P("She said her members could accept a cut of no more than 40 per cent, the level their factories in Cork and Waterford had been built around.",
              "Sin\u00e9ad Kavanagh", MFI, "mfi", "claim", ["off_patent_cut::+"]),
        ],
        [
            P("The Patients' Access Alliance, a coalition of 31 patient organisations that has been given an observer's seat in the talks, called for the 180-day deadline to be made law.",
              "The Patients' Access Alliance", PAA, "patients", "claim", ["access:statutory_deadline:+"]),
            N("The Irish Pharmacy Union, which is not part of the negotiations, said it supported lower prices but warned against any change that would leave pharmacies carrying the cost.",
              ["pricing"], "the pharmacists' union is not a party"),
            S("The negotiators will meet every two weeks, and the minister said he wanted an agreement in principle by the middle of November."),
        ],
    ],
))

# ------------------------------------------------------------------ R2
ARTICLES.append(dict(
    file="r2_industry_counter_proposal.txt", scenario=SCEN,
    byline="By Aoife Brennan, Health Correspondent | Dublin, 24 September 2026",
    headline=P("Drug companies offer rebate on spending growth but rule out lowest-price rule",
               "Drug companies", IPHA, "ipha", "claim", ["rebate:growth_rebate:+", "pricing:lowest_in_basket:-"]),
    paragraphs=[
        [
            S("The pharmaceutical industry tabled its counter-proposal on Wednesday at the third round of talks on the price of medicines, at the Department of Health in Dublin."),
            P("Under the IPHA's paper, companies would pay a rebate only on the part of the State's drug bill that grows faster than an agreed ceiling of 5 per cent a year, rather than a flat percentage of every sale.",
              "the IPHA's paper", IPHA, "ipha", "claim", ["rebate:growth_rebate:+", "rebate:flat_rebate:-"]),
            P("The paper keeps the average of the 14 countries as the price reference and ties any concession on rebates to a legal deadline for reimbursement decisions.",
              "The paper", IPHA, "ipha", "claim", ["pricing:eu14_average:+", "access:statutory_deadline:+"], mentions=["rebate"]),
        ],
        [
            P("\u201cWe have put real money on the table,\u201d said Declan Moriarty, the association's chief executive, adding that the lowest-price rule was \u201ca line we will not cross\u201d.",
              "Declan Moriarty", IPHA, "ipha", "quote", ["pricing:lowest_in_basket:-"]),
            P("If the State accepted a deadline of 180 days, he said, the industry would also drop its opposition to a faster price cut on patent expiry, as long as the cut stayed below 60 per cent.",
              "Declan Moriarty", IPHA, "ipha", "claim", ["access:statutory_deadline:+", "off_patent_cut::+"]),
        ],
        [
            P("The Department of Health said the offer was a basis for discussion but described the 5 per cent ceiling as \u201cfar too generous\u201d at a time when the health budget was growing by less than that.",
              "The Department of Health", STATE, "state", "claim", ["rebate:growth_rebate:-"]),
            P("A spokesperson for the department said the State still believed a flat rebate was \u201cthe simplest and fairest\u201d way to share the cost of new medicines.",
              "A spokesperson for the department", STATE, "state", "claim", ["rebate:flat_rebate:+"]),
            P("The State also rejected a legal deadline for reimbursement decisions, saying the HSE could not be forced to pay for a medicine before its cost-effectiveness had been assessed.",
              "The State", STATE, "state", "claim", ["access:statutory_deadline:-"]),
        ],
        [
            S("The makers of generic medicines were not consulted on the industry paper, and their reaction was sharp."),
            P("Medicines for Ireland threatened to withdraw about 70 older medicines from the Irish market if the cut on patent expiry went above 40 per cent, saying many of them already sold for less than a euro a pack.",
              "Medicines for Ireland", MFI, "mfi", "claim", ["off_patent_cut::+"]),
            S("\u201cA deal between the State and the big companies that is paid for by the generics sector is not a deal we will sign,\u201d Sin\u00e9ad Kavanagh told the Irish Independent.",
              why="a threat about the deal as a whole, on no scenario issue"),
        ],
        [
            D("Under the current agreement, which runs until the end of the year, prices are referenced to the average of 14 countries and fall by 50 per cent when a patent expires.",
              "pricing", "off_patent_cut", why="a fact about the current agreement"),
            N("Dr Colm Fennelly, a health economist at Trinity College Dublin, said the lowest-price rule was \u201cthe most powerful tool the State has\u201d and that the industry's warnings about delayed launches were exaggerated.",
              ["pricing"], "an economist is not a party"),
            S("The next round is scheduled for October 7."),
        ],
    ],
))

# ------------------------------------------------------------------ R3
ARTICLES.append(dict(
    file="r3_biosimilar_switching.txt", scenario=SCEN,
    byline="By Conor Whelan, Political Staff | Dublin, 8 October 2026",
    headline=P("Minister wants pharmacists to switch patients to cheaper biosimilar medicines",
               "Minister", STATE, "state", "claim", ["biosimilars:mandatory_switch:+"]),
    paragraphs=[
        [
            P("The Minister for Health, Ciar\u00e1n Mac Giolla Rua, told the D\u00e1il on Tuesday that the State would seek a rule requiring hospitals and pharmacists to dispense the cheapest biosimilar version of a biological medicine once one is available, unless a doctor objects on clinical grounds.",
              "Ciar\u00e1n Mac Giolla Rua", STATE, "state", "claim", ["biosimilars:mandatory_switch:+"]),
            S("Biosimilars are close copies of complex biological medicines, such as those used for arthritis, Crohn's disease and some cancers, and can be sold once the original's patent has expired."),
            P("\u201cOther countries have made this change safely, and the savings run to tens of millions of euro a year,\u201d the minister said.",
              "Ciar\u00e1n Mac Giolla Rua", STATE, "state", "quote", ["biosimilars:mandatory_switch:+"]),
        ],
        [
            P("Medicines for Ireland welcomed the plan, saying it had called for mandatory switching since 2023 and that only such a rule would make biosimilars worth launching in a market of five million people.",
              "Medicines for Ireland", MFI, "mfi", "claim", ["biosimilars:mandatory_switch:+"]),
            P("Its chief executive, Sin\u00e9ad Kavanagh, said her members could live with a deeper price cut on patent expiry, of up to 50 per cent, if the rule came into force by the middle of 2027.",
              "Sin\u00e9ad Kavanagh", MFI, "mfi", "claim", ["off_patent_cut::+", "biosimilars:mandatory_switch:+"]),
        ],
        [
            S("The companies that sell the original biological medicines see the matter differently."),
            P("Their association, the IPHA, said that decisions about switching a patient from one medicine to another should stay with doctors and patients, not with pharmacists or the HSE.",
              "Their association, the IPHA", IPHA, "ipha", "claim", ["biosimilars:mandatory_switch:-"]),
            P("It proposed a gain-share scheme under which hospitals would keep half of the savings whenever their doctors chose a biosimilar.",
              "The IPHA", IPHA, "ipha", "claim", ["biosimilars:gain_share:+"]),
            P("\u201cA patient who is stable on a medicine should not be moved to another one at the pharmacy counter to save money,\u201d said Declan Moriarty, the association's chief executive.",
              "Declan Moriarty", IPHA, "ipha", "quote", ["biosimilars:mandatory_switch:-"]),
            P("Moriarty insisted that the minister abandon the plan before it reached the Oireachtas health committee.",
              "Declan Moriarty", IPHA, "ipha", "claim", ["biosimilars:mandatory_switch:-"]),
        ],
        [
            P("The Patients' Access Alliance said it preferred the gain-share model, in which doctors decide, to a rule imposed on pharmacists.",
              "The Patients' Access Alliance", PAA, "patients", "claim", ["biosimilars:gain_share:+", "biosimilars:mandatory_switch:-"]),
            P("Its chair, R\u00f3is\u00edn Delaney, whose son has Crohn's disease, said patients in other countries had been frightened by switches \u201cdone to them, not with them\u201d.",
              "R\u00f3is\u00edn Delaney", PAA, "patients", "claim", ["biosimilars:mandatory_switch:-"]),
        ],
        [
            N("The Hospital Pharmacists Association of Ireland said hospitals already moved most patients to biosimilars voluntarily and needed more staff rather than new rules.",
              ["biosimilars"], "the hospital pharmacists are not a party"),
            D("According to the HSE, biosimilars accounted for about 60 per cent of the relevant prescriptions last year, compared with more than 90 per cent in Denmark.",
              "biosimilars", why="a figure"),
            D("The talks resume on October 21, when the parties are due to turn to how quickly patients get access to new medicines.",
              "access", why="an agenda"),
        ],
    ],
))

# ------------------------------------------------------------------ R4
ARTICLES.append(dict(
    file="r4_access_deadline_ruled_out.txt", scenario=SCEN,
    byline="By Aoife Brennan, Health Correspondent | Dublin, 22 October 2026",
    headline=P("Minister rules out legal deadline for new medicines but offers early-access scheme",
               "Minister", STATE, "state", "claim", ["access:statutory_deadline:-", "access:early_access_scheme:+"]),
    paragraphs=[
        [
            S("About 200 patients and carers gathered outside Leinster House on Wednesday morning as the negotiators met a short walk away, at the Department of Health on Baggot Street."),
            P("The Patients' Access Alliance handed in a petition with 48,000 signatures demanding that every new medicine receive a reimbursement decision within 180 days of the company's application.",
              "The Patients' Access Alliance", PAA, "patients", "claim", ["access:statutory_deadline:+"]),
            P("\u201cMy son waited 19 months for a medicine that patients in Belfast got after four, and nobody should have to wait that long because of a process,\u201d R\u00f3is\u00edn Delaney, the alliance's chair, told the crowd.",
              "R\u00f3is\u00edn Delaney", PAA, "patients", "quote", ["access:current_process:-"]),
        ],
        [
            S("Inside, the minister had a different answer."),
            P("Ciar\u00e1n Mac Giolla Rua ruled out writing a deadline into law, saying the State would not give up its right to refuse a medicine that did not offer value for money.",
              "Ciar\u00e1n Mac Giolla Rua", STATE, "state", "claim", ["access:statutory_deadline:-"]),
            P("He offered instead an early-access scheme, under which the HSE would pay for promising medicines for rare diseases and cancers while their assessment was completed, provided the companies agreed to refund the cost if a medicine was later found not to be cost-effective.",
              "Ciar\u00e1n Mac Giolla Rua", STATE, "state", "claim", ["access:early_access_scheme:+"]),
            P("\u201cThis is the fastest route to patients that is also safe for the taxpayer,\u201d he said.",
              "Ciar\u00e1n Mac Giolla Rua", STATE, "state", "quote", ["access:early_access_scheme:+"]),
        ],
        [
            P("The IPHA welcomed the scheme as \u201ca step in the right direction\u201d but insisted that the legal deadline stay on the table.",
              "The IPHA", IPHA, "ipha", "claim", ["access:early_access_scheme:+", "access:statutory_deadline:+"]),
            P("Declan Moriarty said the companies would take part in the scheme only if a deadline for all other medicines came with it.",
              "Declan Moriarty", IPHA, "ipha", "claim", ["access:early_access_scheme:+", "access:statutory_deadline:+"]),
        ],
        [
            D("Medicines for Ireland, whose members rarely launch new medicines, took no position on the scheme.",
              "access", why="declines to take a side"),
            P("Sin\u00e9ad Kavanagh said the originator companies wanted the early-access scheme only as a first step towards a legal deadline.",
              "Sin\u00e9ad Kavanagh", MFI, "ipha", "claim", ["access:statutory_deadline:+"]),
            P("She used the day to repeat that Medicines for Ireland would not accept a cut on patent expiry above 40 per cent without mandatory switching to biosimilars.",
              "Sin\u00e9ad Kavanagh", MFI, "mfi", "claim", ["off_patent_cut::-", "biosimilars:mandatory_switch:+"]),
        ],
        [
            N("The Labour Party's health spokesperson called the early-access scheme \u201ca pilot dressed up as a reform\u201d and backed the patients' call for a legal deadline.",
              ["access"], "an opposition party is not a party to the talks"),
            D("A survey by the European industry federation found that new medicines took an average of 578 days to become available in Ireland in 2024, against fewer than 200 in Germany.",
              "access", why="a figure"),
            S("The minister is due to present a revised offer to the three negotiating parties on November 4."),
        ],
    ],
))

# ------------------------------------------------------------------ R5
ARTICLES.append(dict(
    file="r5_revised_offer_value_pricing.txt", scenario=SCEN,
    byline="By Aoife Brennan, Health Correspondent | Dublin, 5 November 2026",
    headline=P("State softens price demands in revised offer but keeps flat rebate",
               "State", STATE, "state", "claim", ["rebate:flat_rebate:+"]),
    paragraphs=[
        [
            P("The Department of Health's revised offer, presented to the companies on Wednesday, proposes that new medicines be priced by value, on the basis of an assessment of their cost-effectiveness by the National Centre for Pharmacoeconomics.",
              "The Department of Health's revised offer", STATE, "state", "claim", ["pricing:value_based:+"]),
            D("The demand for the lowest price in the basket of 14 countries, which dominated the first weeks of the talks, does not appear in the new text.",
              "pricing", why="the reporter's comparison of two texts"),
            P("Under the new offer, the price cut on patent expiry would be 55 per cent rather than 60, and the early-access scheme would be extended to all medicines for children.",
              "the new offer", STATE, "state", "claim", ["off_patent_cut::+", "access:early_access_scheme:+"]),
            P("The flat rebate stays in the offer, although at 6.5 per cent of sales instead of 8.",
              "The revised offer", STATE, "state", "claim", ["rebate:flat_rebate:+"]),
        ],
        [
            P("\u201cWe have moved on price and on access, and now the industry has to accept that every company pays its share on every sale,\u201d the minister said in a statement.",
              "Ciar\u00e1n Mac Giolla Rua", STATE, "state", "quote", ["rebate:flat_rebate:+"]),
        ],
        [
            P("The IPHA welcomed the offer to price new medicines by value, which Declan Moriarty called \u201cthe first sign that the State is listening\u201d.",
              "The IPHA", IPHA, "ipha", "claim", ["pricing:value_based:+"]),
            P("But the association rejected the flat rebate again, saying a charge on every sale would hit companies whose sales were not growing at all.",
              "the association", IPHA, "ipha", "claim", ["rebate:flat_rebate:-"]),
            P("Moriarty said the minister wanted the flat rebate above all because it was easy to collect, not because it was fair.",
              "Declan Moriarty", IPHA, "state", "claim", ["rebate:flat_rebate:+"]),
            P("The association also wants every value assessment completed within 180 days, which it described as the condition for accepting pricing by value.",
              "The association", IPHA, "ipha", "claim", ["access:statutory_deadline:+", "pricing:value_based:+"]),
        ],
        [
            P("Medicines for Ireland rejected the 55 per cent cut, saying it was still too deep for medicines that sell for a few euro a pack.",
              "Medicines for Ireland", MFI, "mfi", "claim", ["off_patent_cut::-"]),
            P("\u201cFifty-five per cent without biosimilar switching is a closure notice for older medicines,\u201d Sin\u00e9ad Kavanagh said, repeating the sector's demand that switching be made mandatory first.",
              "Sin\u00e9ad Kavanagh", MFI, "mfi", "quote", ["off_patent_cut::-", "biosimilars:mandatory_switch:+"]),
            D("The revised offer says nothing about biosimilars, which officials said would be dealt with in a separate agreement.",
              "biosimilars", why="procedure: a separate agreement"),
        ],
        [
            P("The Patients' Access Alliance welcomed the extension of the early-access scheme to children's medicines but said it would keep campaigning for a legal deadline.",
              "The Patients' Access Alliance", PAA, "patients", "claim", ["access:early_access_scheme:+", "access:statutory_deadline:+"]),
            D("The National Centre for Pharmacoeconomics, which would carry out the assessments, said it would need at least 15 more staff to meet any deadline.",
              "access", why="a capacity estimate by a body that is not a party"),
            S("The parties meet again on November 18, the last round before the minister's target date."),
        ],
    ],
))

# ------------------------------------------------------------------ R6
ARTICLES.append(dict(
    file="r6_deal_generics_refuse.txt", scenario=SCEN,
    byline="By Aoife Brennan and Conor Whelan | Dublin, 19 November 2026",
    headline=S("State and drug companies agree medicine price deal as generics makers refuse to sign"),
    paragraphs=[
        [
            S("The State and the Irish Pharmaceutical Healthcare Association reached an agreement in principle in the early hours of Thursday on a four-year framework for the price of medicines, after a final round of 15 hours at the Department of Health."),
            D("Under the agreement, new medicines will be priced by value within a ceiling set by the average of the 14 reference countries, prices will fall by 55 per cent on patent expiry, and companies will pay a rebate of 5.5 per cent on sales above a growth ceiling of 3 per cent.",
              "pricing", "off_patent_cut", "rebate", why="terms of a joint agreement (rule 2)"),
            D("The agreement also sets a target, not a legal deadline, of 180 days for reimbursement decisions and extends the early-access scheme to medicines for rare diseases, cancers and children.",
              "access", why="terms of a joint agreement (rule 2)"),
        ],
        [
            S("\u201cThis agreement pays for the medicines of the future without writing anyone a blank cheque,\u201d the minister said at a news conference after the talks.",
              why="praise of the joint agreement as a whole"),
            P("Declan Moriarty said the industry had accepted a rebate on growth \u201cfar lower than we wanted\u201d because the State had dropped the lowest-price rule.",
              "Declan Moriarty", IPHA, "ipha", "claim", ["rebate:growth_rebate:+"]),
            P("He said the association would keep pressing for a legal deadline in the next agreement.",
              "Declan Moriarty", IPHA, "ipha", "claim", ["access:statutory_deadline:+"]),
        ],
        [
            P("Medicines for Ireland refused to sign, saying the 55 per cent cut had been imposed on its members without any rule on biosimilar switching.",
              "Medicines for Ireland", MFI, "mfi", "claim", ["off_patent_cut::-"], mentions=["biosimilars"]),
            P("Sin\u00e9ad Kavanagh said her members would begin withdrawing the first of about 70 low-price medicines from the market in January unless the State guaranteed them a cut of no more than 40 per cent.",
              "Sin\u00e9ad Kavanagh", MFI, "mfi", "claim", ["off_patent_cut::+"]),
            P("The department said the generics sector would be invited to separate talks on biosimilars in the new year, and that the State still intended to make switching mandatory.",
              "The department", STATE, "state", "claim", ["biosimilars:mandatory_switch:+"]),
        ],
        [
            P("The Patients' Access Alliance said the agreement was \u201cbetter than we feared and worse than patients deserve\u201d and that it would not stop campaigning until the 180-day deadline was law.",
              "The Patients' Access Alliance", PAA, "patients", "claim", ["access:statutory_deadline:+"]),
            P("R\u00f3is\u00edn Delaney said the alliance would oppose any biosimilar rule that took the choice away from doctors, and urged the department to use the gain-share model instead.",
              "R\u00f3is\u00edn Delaney", PAA, "patients", "claim", ["biosimilars:mandatory_switch:-", "biosimilars:gain_share:+"]),
            N("The Irish Pharmacy Union said it was relieved that pharmacies would not carry any of the cost of the new rebate.",
              ["rebate"], "the pharmacists' union is not a party"),
            D("The HSE expects the agreement to save about \u20ac600 million over four years, most of it through the rebate and the price cut on patent expiry.",
              "rebate", "off_patent_cut", why="an estimate"),
            S("The agreement must now be approved by the cabinet and by the IPHA's member companies before it takes effect on January 1."),
        ],
    ],
))
