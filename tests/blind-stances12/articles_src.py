"""The six articles of the twelfth blind stance set, sentence by sentence, with their gold.

Same format as tests/blind-stances11/articles_src.py. Each article is a headline, a byline
line and paragraphs; each paragraph is a list of sentences. A sentence is one of
  S(text)                       no issue, no position
  D(text, *issues)              mentions scenario issues, no party takes a position (distractor)
  N(text, issues, why)          a position, but not a scenario party's (brokers' analysts,
                                MPs, a council leader, a pensioner, suppliers, a consultant):
                                no gold statement
  P(text, speaker, affiliation, party, kind, stances, mentions=())
                                a party states, demands, rejects or offers something; stances
                                are "issue:option:+" (supports) or "issue:option:-" (rejects),
                                option empty for an issue-level stance (always so for the
                                numeric offer_price); mentions are issues the sentence names
                                without a side (kept apart, not gold)
build.py turns this into articles/*.txt, statements.jsonl and sentences.jsonl.
"""

SCEN = "blind-brennock-takeover"


import os as _os
import sys as _sys

_sys.path.insert(0, _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "kit"))
from stance_source import D, N, P, S  # noqa: E402,F401


BID = "Castellan Aerospace"
BRD = "Brennock Engineering"
GOV = "United Kingdom"
UNITE = "Unite"
GMB = "GMB"
DK = "Dale Kowalczyk"
MA = "Margaret Ashworth"
KB = "Kerry Baines"
ARTICLES = []

# ------------------------------------------------------------------ C1 (wire)
ARTICLES.append(dict(
    file="c1_castellan_raises_offer.txt", scenario=SCEN,
    byline="By Graham Ferrier and Alisha Mensah | London, 1 December 2026",
    headline=P("Castellan lifts Brennock bid to 700p, offers defence-only golden share",
               "Castellan", BID, "bidder", "claim", ["offer_price::+", "golden_share:security_only:+"]),
    paragraphs=[
        [P("Castellan Aerospace on Tuesday raised its proposed offer for Brennock Engineering to 700 pence a share and said it would accept a government special share covering the British company's defence work, in a fresh attempt to win over a board that turned down its first approach last month.",
           "Castellan Aerospace", BID, "bidder", "claim", ["offer_price::+", "golden_share:security_only:+"]),
         D("The new proposal values Brennock, which makes turbine blades for jet engines in Derby and propulsion parts for Royal Navy submarines in Barrow-in-Furness, at about £2.9 billion.",
           "offer_price", why="a fact about the proposal's value")],
        [P("Brennock's board rejected the Ohio group's opening proposal of 640 pence on 3 November, saying it undervalued the company's order book.",
           "Brennock's board", BRD, "board", "claim", ["offer_price::-"]),
         P("People familiar with the board's thinking said the directors would want something close to 760 pence before opening their books to the bidder.",
           "People familiar with the board's thinking", None, "board", "claim", ["offer_price::+"])],
        [P("In a statement, Castellan said the special share would give ministers a veto over any sale of the defence business or any transfer of its technology abroad, but not over the running of the wider group.",
           "Castellan", BID, "bidder", "claim", ["golden_share:security_only:+", "golden_share:broad_veto:-"]),
         P("The company also promised to keep both British sites open and to keep Brennock's headquarters in Derby, although it plans to take the company off the London Stock Exchange.",
           "Castellan", BID, "bidder", "claim", ["uk_jobs:sites_kept:+", "headquarters:uk_hq_delisted:+"]),
         D("The statement made no mention of the number of jobs at the two plants, which employ about 6,800 people between them.",
           "uk_jobs", why="the reporter notes an absence")],
        [P("A government spokesperson said ministers would study the proposal but insisted that their aim remained a special share with wide powers, of the kind the state has held in Rolls-Royce since it was privatised.",
           "A government spokesperson", GOV, "government", "claim", ["golden_share:broad_veto:+"])],
        [S("Brennock shares rose 4 per cent to 682 pence in early trading.", why="market price, not the offer"),
         N("Analysts at the broker Harcourt Lyle said 700 pence was a fair price and that shareholders were likely to press the board to engage.",
           ["offer_price"], "a broker's analysts are not a party")],
        [P("Unite, which represents most of the workforce at both plants, welcomed the commitment to the Derby head office but said a promise to keep the sites open was worthless without a guarantee on jobs.",
           "Unite", UNITE, "unions", "claim", ["headquarters::+", "uk_jobs:sites_kept:-", "uk_jobs:headcount_guarantee:+"]),
         P("The union has also demanded that Castellan put money into Brennock's pension scheme, which had a deficit of £410 million at its last valuation, before the deal closes.",
           "Unite", UNITE, "unions", "claim", ["pensions:upfront_payment:+"]),
         S("Under takeover rules Castellan has until 29 December to make a firm offer or walk away.")],
    ]))

# ------------------------------------------------------------------ C2 (national daily)
ARTICLES.append(dict(
    file="c2_ministers_demand_veto.txt", scenario=SCEN,
    byline="By Harriet Conway, Business Editor | The National Ledger, London, 2 December 2026",
    headline=P("Ministers demand veto in Brennock deal as US bidder sweetens terms",
               "Ministers", GOV, "government", "claim", ["golden_share:broad_veto:+"]),
    paragraphs=[
        [P("Ministers will not approve the American takeover of Brennock Engineering unless they receive a special share giving them a say over its ownership, its factories and the location of its head office, according to two Whitehall officials.",
           "two Whitehall officials", GOV, "government", "claim", ["golden_share:broad_veto:+"]),
         P("The business secretary is understood to regard the defence-only share offered by Castellan Aerospace on Tuesday as too narrow.",
           "The business secretary", GOV, "government", "claim", ["golden_share:security_only:-"]),
         P("“A share that stops at the gate of the defence division protects nothing that matters,” one of the officials said.",
           "one of the two Whitehall officials", GOV, "government", "quote", ["golden_share:security_only:-"])],
        [S("The government called the deal in for review under the National Security and Investment Act last month.", why="a deed, procedure"),
         D("Special shares of this kind have a long history in British industry, from the one the state kept in Rolls-Royce to those in BAE Systems and QinetiQ.",
           "golden_share", why="history")],
        [D("The Treasury has made clear that the price is a matter for Brennock's shareholders and not for ministers.",
           "offer_price", why="the government declines to take a side on price"),
         P("But ministers have told Castellan that they expect a binding promise on jobs, not just on buildings, people briefed on the talks said.",
           "people briefed on the talks", None, "government", "claim", ["uk_jobs:headcount_guarantee:+", "uk_jobs:sites_kept:-"]),
         P("They also want the company's head office to stay in Britain, a point on which the bidder has already moved.",
           "people briefed on the talks", None, "government", "claim", ["headquarters:hq_to_us:-"])],
        [S("One banker advising the American group described the mood among its advisers as weary.", why="a mood, no issue"),
         P("Castellan's chief executive, Dale Kowalczyk, ruled out a veto over the whole group in a letter to the business secretary last week, saying it would make Brennock impossible to run and could not be accepted by any serious owner.",
           DK, BID, "bidder", "claim", ["golden_share:broad_veto:-"]),
         P("He said the company was ready to write its commitments on sites and research into legally binding undertakings, and that these, together with a share limited to defence, should satisfy any government.",
           DK, BID, "bidder", "claim", ["uk_jobs:sites_kept:+", "golden_share:security_only:+"])],
        [N("Several MPs whose constituencies include Brennock suppliers have urged ministers to hold out for a five-year guarantee on jobs.",
           ["uk_jobs"], "MPs are not a party"),
         P("Brennock's chairman, Margaret Ashworth, has told investors that 700 pence still does not reflect the value of a business with a full order book for the next decade.",
           MA, BRD, "board", "claim", ["offer_price::-"]),
         P("The board is also pushing for a lump sum to be paid into the pension scheme on completion, a request the scheme's trustees first raised in October.",
           "The board", BRD, "board", "claim", ["pensions:upfront_payment:+"]),
         D("Castellan declined to comment on the pension scheme.", "pensions", why="declines to say")],
        [S("Brennock's shares closed at 689 pence.", why="market price, not the offer")],
    ]))

# ------------------------------------------------------------------ C3 (trade press)
ARTICLES.append(dict(
    file="c3_mod_weighs_barrow_share.txt", scenario=SCEN,
    byline="By Priya Raman | Airframe & Defence Weekly, 3 December 2026",
    headline=D("MoD weighs a narrower golden share for Brennock's Barrow propulsion line",
               "golden_share", why="weighing, no side"),
    paragraphs=[
        [D("Defence officials are examining whether a special share confined to Brennock Engineering's naval propulsion work at Barrow would be enough to protect Britain's submarine programme if the company passes to Castellan Aerospace.",
           "golden_share", why="a review under way, no side"),
         P("According to two industry executives briefed on the review, the Ministry of Defence would be content with a share that covers the Barrow line and the classified engineering data held in Derby.",
           "two industry executives briefed on the review", None, "government", "claim", ["golden_share:security_only:+"]),
         S("Barrow supplies pump housings and propulsor components for the Astute and Dreadnought submarine classes.")],
        [P("Castellan, which already supplies the US Navy, has offered to place the Barrow business in a separate British subsidiary with security-cleared directors, under a special share held by the defence secretary.",
           "Castellan", BID, "bidder", "claim", ["golden_share:security_only:+"]),
         P("“Everything classified stays under British control, and everything else is run like any other commercial business,” Castellan's president of defence systems, Ray Dunleavy, told Airframe & Defence Weekly.",
           "Ray Dunleavy", BID, "bidder", "quote", ["golden_share:security_only:+"]),
         P("He said the group would invest £300 million in the Derby blade line over five years but would not tie itself to a fixed number of staff while the civil engine market remained volatile.",
           "Ray Dunleavy", BID, "bidder", "claim", ["uk_jobs:headcount_guarantee:-"])],
        [N("Suppliers in the Midlands say the investment matters more to them than a promise on headcount.",
           ["uk_jobs"], "suppliers are not a party"),
         S("The unions see it differently.", why="no issue named"),
         P("Unite's national officer for aerospace, Kerry Baines, said her members would only accept new owners if every job at both sites was guaranteed, adding that investment pledges had been broken before.",
           KB, UNITE, "unions", "claim", ["uk_jobs:headcount_guarantee:+"])],
        [D("The last large foreign takeover in the sector, Melrose's purchase of GKN in 2018, came with undertakings to the government on the defence business and on the location of the head office.",
           "golden_share", "headquarters", why="history"),
         P("People close to Castellan say the business department wants a share that would let ministers block any future sale of the whole group, not only of the defence arm.",
           "People close to Castellan", BID, "government", "claim", ["golden_share:broad_veto:+"])],
        [P("Brennock's management is pressing both the bidder and the government to keep the company listed in London, arguing that a listing keeps an engineering firm of its size visible to British investors and to its defence customers.",
           "Brennock's management", BRD, "board", "claim", ["headquarters:london_hq_listed:+"]),
         P("Castellan has said it will take Brennock private, as it did with its last two acquisitions in Ohio and Quebec.",
           "Castellan", BID, "bidder", "claim", ["headquarters:uk_hq_delisted:+"])],
        [N("Jonathan Pryce, a defence-industrial analyst at the consultancy Albemarle Strategic, said a defence-only share was the model most likely to survive scrutiny in Washington, where Castellan's owners would resist anything wider.",
           ["golden_share"], "a consultant is not a party"),
         S("The review under the National Security and Investment Act runs for 30 working days and can be extended.", why="procedure"),
         P("A Ministry of Defence spokesperson said the department would not rely on promises alone where submarine propulsion was concerned.",
           "A Ministry of Defence spokesperson", GOV, "government", "claim", ["golden_share:undertakings_only:-"])],
    ]))

# ------------------------------------------------------------------ C4 (regional paper)
ARTICLES.append(dict(
    file="c4_derby_workers_rally.txt", scenario=SCEN,
    byline="By Nick Hollis, Industry Correspondent | The Derby Chronicle, 4 December 2026",
    headline=P("Brennock workers rally at factory gates as unions demand five-year job pledge",
               "the unions", "Unite and the GMB", "unions", "claim", ["uk_jobs:headcount_guarantee:+"]),
    paragraphs=[
        [S("Several hundred workers gathered outside Brennock Engineering's Derby works at lunchtime yesterday, many holding placards reading “Not for sale”."),
         P("Unite and the GMB, which together represent about 5,000 staff at the plant and at Barrow, are demanding that Castellan Aerospace guarantee every job for five years as a condition of any deal.",
           "Unite and the GMB", "Unite and the GMB", "unions", "claim", ["uk_jobs:headcount_guarantee:+"])],
        [P("Addressing the crowd, GMB regional organiser Carl Fenwick said a promise to keep the lights on in the buildings meant nothing if half the people inside them were let go.",
           "Carl Fenwick", GMB, "unions", "claim", ["uk_jobs:sites_kept:-"]),
         S("“We built this company, and we will not be sold off like a piece of kit,” he said.", why="a slogan, no issue")],
        [P("The unions have also called on the American firm to pay off the pension deficit in a single payment when the deal completes rather than over the ten years it has proposed.",
           "The unions", "Unite and the GMB", "unions", "claim", ["pensions:upfront_payment:+", "pensions:recovery_plan:-"]),
         N("Retired toolmaker Jean Oakes, 71, who draws a Brennock pension, said she and her former colleagues wanted the money “in the scheme, not promised to it”.",
           ["pensions"], "a pensioner is not a party")],
        [P("A Castellan spokesman said the company had offered to clear the shortfall over ten years with contributions agreed with the trustees, which he said was the normal way such deficits were dealt with.",
           "A Castellan spokesman", BID, "bidder", "claim", ["pensions:recovery_plan:+"]),
         P("He said a lump sum on day one would add hundreds of millions of pounds to the cost of the deal and would in the end have to come out of the price paid to shareholders.",
           "A Castellan spokesman", BID, "bidder", "claim", ["pensions:upfront_payment:-"], mentions=["offer_price"])],
        [N("The leader of Derby City Council said the city would lose far more than jobs if the firm's head office ever moved across the Atlantic.",
           ["headquarters"], "a council leader is not a party"),
         P("The business secretary, visiting a training centre in Nottingham on Thursday, said the government would use every power it had to make sure “that skilled work stays in Derby and in Barrow”.",
           "The business secretary", GOV, "government", "claim", ["uk_jobs::+"], mentions=["golden_share"]),
         P("She added that a share limited to the submarine work would not be enough on its own.",
           "The business secretary", GOV, "government", "claim", ["golden_share:security_only:-"])],
        [S("Brennock has been part of Derby's industrial life since 1919, when it began making magnetos for aero engines."),
         P("In a letter to staff seen by the Chronicle, the company's chief executive said the board had told Castellan that any deal it recommended would have to include a payment into the pension scheme on completion.",
           "the company's chief executive", BRD, "board", "claim", ["pensions:upfront_payment:+"]),
         D("He did not say whether the board would back a deal at 700 pence.", "offer_price", why="declines to say"),
         S("Further protests are planned at Barrow next week.")],
    ]))

# ------------------------------------------------------------------ C5 (broadcaster transcript)
ARTICLES.append(dict(
    file="c5_radio_interview_kowalczyk.txt", scenario=SCEN,
    byline="Transcript | Money Matters, Northern Broadcasting Service, 5 December 2026",
    headline=S("Interview: Castellan's chief executive on the Brennock bid"),
    paragraphs=[
        [S("PRESENTER: Dale Kowalczyk, chief executive of Castellan Aerospace, joins us from Cincinnati."),
         D("You have raised your offer once and Brennock's board still says no, so are you going to pay more?",
           "offer_price", why="a question")],
        [P("KOWALCZYK: We think 700 pence is a full and fair price, and we are not going to bid against ourselves.",
           DK, BID, "bidder", "quote", ["offer_price::+"]),
         P("Anybody who thinks there is a 760 in our back pocket is going to be disappointed.",
           DK, BID, "bidder", "quote", ["offer_price::-"])],
        [P("PRESENTER: The government wants a golden share with a veto over the whole company.",
           "the presenter", None, "government", "claim", ["golden_share:broad_veto:+"]),
         S("Can you live with that?", why="a question with no issue of its own")],
        [P("KOWALCZYK: No, and I have been straight with ministers about that.",
           DK, BID, "bidder", "quote", ["golden_share:broad_veto:-"]),
         P("A share that protects the submarine work, yes, tomorrow morning, and we have put that in writing.",
           DK, BID, "bidder", "quote", ["golden_share:security_only:+"]),
         P("But a government veto over where we build a new blade line in ten years' time is not ownership, it is a lease.",
           DK, BID, "bidder", "quote", ["golden_share:broad_veto:-"])],
        [P("PRESENTER: The unions say your promise on the sites is worthless without a promise on jobs.",
           "the presenter", None, "unions", "claim", ["uk_jobs:sites_kept:-", "uk_jobs:headcount_guarantee:+"])],
        [P("KOWALCZYK: I understand the fear, but no company that builds engine parts can promise that every job in 2031 will look like every job today.",
           DK, BID, "bidder", "quote", ["uk_jobs:headcount_guarantee:-"]),
         P("What I can promise is that both plants stay open and that nobody is moving the head office to Ohio.",
           DK, BID, "bidder", "quote", ["uk_jobs:sites_kept:+", "headquarters:hq_to_us:-"])],
        [D("PRESENTER: And the pension fund?", "pensions", why="a question")],
        [P("KOWALCZYK: We will close that gap over ten years, in cash, on a schedule the trustees have already seen.",
           DK, BID, "bidder", "quote", ["pensions:recovery_plan:+"])],
        [S("PRESENTER: Dale Kowalczyk, thank you."),
         S("Kerry Baines, national officer of Unite, has been listening.")],
        [P("BAINES: Ten years is two changes of owner in private equity terms, and our members' pensions cannot wait that long.",
           KB, UNITE, "unions", "quote", ["pensions:recovery_plan:-"]),
         P("The money goes in on the day the deal is done, or we campaign against this deal in every constituency from Derby to Barrow.",
           KB, UNITE, "unions", "quote", ["pensions:upfront_payment:+"]),
         P("And the minister should hold out for the full golden share, because a share that covers one building is a share in name only.",
           KB, UNITE, "unions", "quote", ["golden_share:broad_veto:+", "golden_share:security_only:-"])],
        [S("PRESENTER: Kerry Baines, thank you.")],
    ]))

# ------------------------------------------------------------------ C6 (press release)
ARTICLES.append(dict(
    file="c6_board_statement.txt", scenario=SCEN,
    byline="Brennock Engineering plc | Derby, 6 December 2026 | For immediate release",
    headline=S("Brennock Engineering plc: Board response to revised proposal from Castellan Aerospace"),
    paragraphs=[
        [D("The Board of Brennock Engineering plc (“Brennock” or “the Company”) notes the revised proposal announced by Castellan Aerospace Holdings, Inc. (“Castellan”) on 1 December 2026 at a price of 700 pence per Brennock share in cash.",
           "offer_price", why="notes a proposal, no side"),
         P("The Board, having consulted its financial advisers, has unanimously concluded that the revised proposal continues to undervalue Brennock and its prospects, and has rejected it.",
           "The Board", BRD, "board", "claim", ["offer_price::-"]),
         P("The Board has informed Castellan that it would be minded to recommend a firm offer at a price of not less than 760 pence per share, subject to satisfactory terms on the matters set out below.",
           "The Board", BRD, "board", "claim", ["offer_price::+"])],
        [P("First, the Board requires that the Company's pension scheme receive a cash contribution on completion sufficient to eliminate the deficit on the trustees' funding basis.",
           "The Board", BRD, "board", "claim", ["pensions:upfront_payment:+"]),
         P("Second, the Board believes that the Company should retain both its headquarters in Derby and its listing in London.",
           "The Board", BRD, "board", "claim", ["headquarters:london_hq_listed:+"]),
         P("Third, the Board expects any offer to include commitments on employment at Derby and Barrow that go beyond keeping the sites open.",
           "The Board", BRD, "board", "claim", ["uk_jobs:sites_kept:-", "uk_jobs:headcount_guarantee:+"])],
        [D("The Board recognises that matters of national security are for His Majesty's Government and will engage constructively with the Department for Business and Trade and the Ministry of Defence on the terms of any special share.",
           "golden_share", why="defers to the government, no side")],
        [P("Margaret Ashworth, Chair of Brennock, said: “This is a business with a decade of orders in hand, and the Board will not hand it over for a price that treats those orders as if they did not exist.”",
           MA, BRD, "board", "quote", ["offer_price::-"]),
         P("“We remain open to engagement with Castellan,” she added, “but any agreement must leave the pension fund whole on the day the deal closes.”",
           MA, BRD, "board", "quote", ["pensions:upfront_payment:+"])],
        [S("There can be no certainty that any firm offer will be made, nor as to the terms of any such offer.", why="boilerplate"),
         S("In accordance with Rule 2.6(a) of the Takeover Code, Castellan is required, by not later than 5.00 p.m. on 29 December 2026, either to announce a firm intention to make an offer for Brennock or to announce that it does not intend to make an offer.", why="procedure"),
         S("This announcement contains inside information for the purposes of the UK Market Abuse Regulation."),
         S("Enquiries should be directed to the Company Secretary at the Derby head office.")],
    ]))
