"""The six articles of the third blind stance set, sentence by sentence, with their gold.

Same format as tests/blind-stances2/articles_src.py. Each article is a headline, a byline line
and paragraphs; each paragraph is a list of sentences. A sentence is one of
  S(text)                       no issue, no position
  D(text, *issues)              mentions scenario issues, no party takes a position (distractor)
  N(text, issues, why)          a position, but not a scenario party's (the chair, China, an
                                industry body, campaigners): no gold statement
  P(text, speaker, affiliation, party, kind, stances, mentions=())
                                a party states, demands, rejects or offers something; stances
                                are "issue:option:+" (supports) or "issue:option:-" (rejects),
                                option empty for an issue-level stance (always so for the
                                numeric reduction_target); mentions are issues the sentence
                                names without a side (kept apart, not gold)
build.py turns this into articles/*.txt, statements.jsonl and sentences.jsonl.
"""

SCEN = "blind-plastics-treaty"


import os as _os
import sys as _sys

_sys.path.insert(0, _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "kit"))
from stance_source import D, N, P, S  # noqa: E402,F401


HAC = "High Ambition Coalition"
ARTICLES = []

# ------------------------------------------------------------------ Q1
ARTICLES.append(dict(
    file="q1_opening_production_cap.txt", scenario=SCEN,
    byline="By Wanjiru Kamau-Oduor, Environment Correspondent | Nairobi, 9 November 2026",
    headline=P("Plastics treaty talks reopen as coalition demands 40 per cent cut in production",
               "coalition", HAC, "hac", "claim", ["production:global_cap:+", "reduction_target::+"]),
    paragraphs=[
        [
            S("Governments reopened negotiations on a global treaty to end plastic pollution in Nairobi on Monday, fifteen months after talks in Geneva broke up without agreement."),
            P("The High Ambition Coalition, a group of more than 60 countries led by Norway and Rwanda, called for the treaty to require a cut in primary plastic production of 40 per cent by 2040 compared with last year's levels.",
              "The High Ambition Coalition", HAC, "hac", "claim", ["production:global_cap:+", "reduction_target::+"]),
        ],
        [
            P("\u201cRecycling alone will not get us there; we have to turn down the tap,\u201d said Ingrid Halvorsen-Moe, Norway's chief negotiator.",
              "Ingrid Halvorsen-Moe", "Norway", "hac", "quote", ["production:no_production_article:-", "production::+"]),
            P("She said a treaty that dealt only with waste would leave developing countries paying to clean up plastic they had never asked for.",
              "Ingrid Halvorsen-Moe", "Norway", "hac", "claim", ["production:no_production_article:-"]),
        ],
        [
            P("Saudi Arabia, speaking for the Like-Minded Group of oil-producing countries, rejected any limit on production and said the treaty's mandate covered plastic pollution, not plastic itself.",
              "Saudi Arabia", "Saudi Arabia", "like_minded", "claim", ["production:global_cap:-", "production:no_production_article:+"]),
            P("\u201cYou do not solve pollution by shutting down an industry that millions of people depend on,\u201d said Majed al-Rashoudi, who heads the Saudi delegation.",
              "Majed al-Rashoudi", "Saudi Arabia", "like_minded", "quote", ["production::-"]),
        ],
        [
            P("The European Union backed the coalition's call for a global target, though its negotiators have not yet said whether they can accept 40 per cent.",
              "The European Union", "European Union", "european_union", "claim", ["production:global_cap:+"],
              mentions=["reduction_target"]),
            D("The United States delegation said it would set out its position on production later in the week.", "production",
              why="announces a position to come, takes no side"),
        ],
        [
            P("Small island states said they would judge the session by whether it produced money as well as rules.",
              "Small island states", "Alliance of Small Island States", "sids", "claim", ["finance::+"]),
            P("\u201cWe are the ones whose beaches are covered in other people's bottles, and we cannot pay for the clean-up out of our own pockets,\u201d said Salote Naivalu-Rika, Fiji's ambassador, who speaks for the Pacific group.",
              "Salote Naivalu-Rika", "Fiji", "sids", "quote", ["finance::+"]),
            S("The committee's chair told delegates he would circulate a first draft of the text by Wednesday."),
        ],
        [
            N("Environmental groups camped outside the UN compound in Gigiri with a banner reading \u201cCap production now\u201d.",
              ["production"], "campaign groups are not parties"),
            D("Global production of primary plastics is more than 400 million tonnes a year and is projected to keep rising without new measures.", "production"),
            N("Pieter Roodhuizen of the International Council of Chemical Associations said the industry supported a treaty that focused on recycling and waste collection.",
              ["production"], "an industry body is not a party"),
            S("The session is scheduled to close on 20 November."),
        ],
    ]))

# ------------------------------------------------------------------ Q2
ARTICLES.append(dict(
    file="q2_chemicals_products_split.txt", scenario=SCEN,
    byline="By Tom Ellery-Batchelor | Nairobi, 11 November 2026",
    headline=P("EU pushes for global ban list on toxic additives in plastics",
               "EU", "European Union", "european_union", "claim", ["chemicals:global_list:+"]),
    paragraphs=[
        [
            P("The European Union on Wednesday called for the plastics treaty to include a global list of chemicals of concern that would be banned from plastic products within five years, with limited exemptions.",
              "The European Union", "European Union", "european_union", "claim", ["chemicals:global_list:+"]),
            P("\u201cA bottle made in one country is sold in fifty others, so the rules on what goes into it have to be the same everywhere,\u201d said Margit Leinonen, who leads the European Commission's negotiating team.",
              "Margit Leinonen", "European Commission", "european_union", "quote", ["chemicals:global_list:+"]),
            P("She added that the bloc was also ready to support a binding global phase-out of the most problematic single-use items, including sachets and cutlery.",
              "Margit Leinonen", "European Commission", "european_union", "claim", ["products:global_phaseout:+"]),
        ],
        [
            P("The United States argued that each country should decide which chemicals to restrict, guided by a scientific body under the treaty.",
              "The United States", "United States", "united_states", "claim", ["chemicals:national_lists:+"]),
            P("\u201cA global list agreed by negotiators rather than scientists would be out of date the day it was adopted,\u201d said Carl Whitmore-Hayes, the deputy assistant secretary of state who heads the American delegation.",
              "Carl Whitmore-Hayes", "United States", "united_states", "quote", ["chemicals:global_list:-"]),
            P("He said Washington would not sign a text that banned products outright without leaving governments room to choose.",
              "Carl Whitmore-Hayes", "United States", "united_states", "claim", ["products:global_phaseout:-", "products:national_choice:+"]),
        ],
        [
            P("Iran, a member of the Like-Minded Group, said chemicals should be left out of the treaty altogether and handled under the existing Stockholm and Rotterdam conventions.",
              "Iran", "Iran", "like_minded", "claim", ["chemicals::-"]),
            P("\u201cThese chemicals are already regulated; we do not need a second set of rules written by people who have never run a factory,\u201d said Reza Tavakkoli-Nia, Iran's deputy head of delegation.",
              "Reza Tavakkoli-Nia", "Iran", "like_minded", "quote", ["chemicals::-"]),
        ],
        [
            P("Rwanda, speaking for the High Ambition Coalition, sided with the EU and said a list without deadlines would be meaningless.",
              "Rwanda", "Rwanda", "hac", "claim", ["chemicals:global_list:+"]),
            N("China, the largest producer of plastics, told the working group that it could accept a list of chemicals as long as countries were given longer to comply.",
              ["chemicals"], "China is not a party of the scenario"),
            D("India said it was still studying the proposals on chemicals.", "chemicals",
              why="a non-party taking no side"),
        ],
        [
            D("Scientists attending the talks say more than 4,000 of the chemicals used in plastics are known to be hazardous.", "chemicals",
              why="a finding, no side"),
            N("Dana Okafor-Lind, a lawyer at the Center for International Environmental Law, said national lists had failed to keep dangerous additives out of children's toys.",
              ["chemicals"], "a campaign group is not a party"),
            P("Fiji's delegation said island states, which import almost all their plastic, needed a global list of banned chemicals because they could not test every product arriving at their ports.",
              "Fiji's delegation", "Fiji", "sids", "claim", ["chemicals:global_list:+"]),
            D("The working group on products and chemicals is due to report to the plenary on Friday.", "products", "chemicals"),
        ],
    ]))

# ------------------------------------------------------------------ Q3
ARTICLES.append(dict(
    file="q3_finance_fund_fee.txt", scenario=SCEN,
    byline="By Wanjiru Kamau-Oduor, Environment Correspondent | Nairobi, 13 November 2026",
    headline=P("Island states demand new plastics fund paid for by polymer producers",
               "Island states", "Alliance of Small Island States", "sids", "claim",
               ["finance:new_fund:+", "finance:polymer_fee:+"]),
    paragraphs=[
        [
            P("Small island developing states on Friday demanded a dedicated fund under the plastics treaty, financed in part by a fee on companies that produce primary plastic polymers.",
              "Small island developing states", "Alliance of Small Island States", "sids", "claim",
              ["finance:new_fund:+", "finance:polymer_fee:+"]),
            P("\u201cThe polluter pays is not a slogan for us, it is the only way the money will ever arrive,\u201d said Ngiraibai Tellei, a negotiator from Palau who speaks for the Alliance of Small Island States on finance.",
              "Ngiraibai Tellei", "Alliance of Small Island States", "sids", "quote", ["finance:polymer_fee:+"]),
            P("He said existing funds had taken years to approve even small projects in the Pacific.",
              "Ngiraibai Tellei", "Alliance of Small Island States", "sids", "claim", ["finance:existing_mechanisms:-"]),
            P("\u201cIf the money is not in the treaty, there is no treaty for us,\u201d said Salote Naivalu-Rika, Fiji's ambassador.",
              "Salote Naivalu-Rika", "Fiji", "sids", "quote", ["finance::+"]),
        ],
        [
            P("The United States rejected a new fund, saying the Global Environment Facility already had the expertise and the governance to handle money for the treaty.",
              "The United States", "United States", "united_states", "claim",
              ["finance:new_fund:-", "finance:existing_mechanisms:+"]),
            P("\u201cCreating another fund means creating another bureaucracy,\u201d Whitmore-Hayes told reporters.",
              "Whitmore-Hayes", "United States", "united_states", "quote", ["finance:new_fund:-"]),
            P("Kuwait, for the Like-Minded Group, said any fee on producers would be a tax on developing economies and was unacceptable.",
              "Kuwait", "Kuwait", "like_minded", "claim", ["finance:polymer_fee:-"]),
            P("The group has said finance should flow through existing institutions, with contributions that are voluntary.",
              "The group", "Like-Minded Group", "like_minded", "claim", ["finance:existing_mechanisms:+"]),
        ],
        [
            S("The European Union took a middle line."),
            P("Its negotiators said they preferred to use the Global Environment Facility but could accept a separate window for plastics within it.",
              "Its negotiators", "European Union", "european_union", "claim", ["finance:existing_mechanisms:+"]),
            P("Brussels has also said it is open to discussing a fee on polymers, provided it is collected at the national level.",
              "Brussels", "European Union", "european_union", "claim", ["finance:polymer_fee:+"]),
        ],
        [
            P("Panama's lead negotiator, Itzel Castrellón, said the coalition would back a new fund if it came with a fee on primary polymers.",
              "Itzel Castrellón", "Panama", "hac", "claim", ["finance:new_fund:+", "finance:polymer_fee:+"]),
            D("Estimates of what it would cost developing countries to carry out the treaty range from $30 billion to $70 billion over the next decade.", "finance"),
            N("Plastics Europe, an industry association, said a fee on producers would push production to countries outside the treaty.",
              ["finance"], "an industry body is not a party"),
        ],
        [
            D("Finance is traditionally one of the last issues to be settled at UN environmental negotiations.", "finance"),
            S("Ministers are due to arrive in Nairobi on Tuesday for the final week of the session."),
        ],
    ]))

# ------------------------------------------------------------------ Q4
ARTICLES.append(dict(
    file="q4_vote_or_consensus.txt", scenario=SCEN,
    byline="By Tom Ellery-Batchelor | Nairobi, 16 November 2026",
    headline=P("High Ambition Coalition threatens to force vote on plastics treaty",
               HAC, HAC, "hac", "claim", ["decision_making:voting:+"]),
    paragraphs=[
        [
            P("Countries pushing for a strong plastics treaty said on Monday that they were prepared to ask for a vote if a handful of oil-producing states kept blocking agreement by consensus.",
              "Countries pushing for a strong plastics treaty", HAC, "hac", "claim", ["decision_making:voting:+"]),
            P("\u201cConsensus was never meant to be a veto for one or two countries,\u201d said Jean-Claude Habimana-Uwase, Rwanda's environment permanent secretary and co-chair of the coalition.",
              "Jean-Claude Habimana-Uwase", "Rwanda", "hac", "quote", ["decision_making:consensus:-"]),
            D("Under the committee's rules of procedure, a vote by a two-thirds majority is possible as a last resort, but it has never been used in the plastics talks.", "decision_making"),
        ],
        [
            P("The Like-Minded Group said any attempt to vote would split the negotiations and produce a treaty that the biggest producers would never join.",
              "The Like-Minded Group", "Like-Minded Group", "like_minded", "claim", ["decision_making:voting:-"]),
            P("\u201cA treaty adopted over the objections of the countries that make the plastic is a treaty on paper,\u201d said Oleg Vershinsky, the head of the Russian delegation.",
              "Oleg Vershinsky", "Russia", "like_minded", "quote", ["decision_making:voting:-"]),
            P("He said the group would insist that every decision of the future conference of the parties be taken by consensus.",
              "Oleg Vershinsky", "Russia", "like_minded", "claim", ["decision_making:consensus:+"]),
        ],
        [
            P("The United States said it preferred consensus but did not rule out a vote on procedural questions.",
              "The United States", "United States", "united_states", "claim", ["decision_making:consensus:+"]),
            P("The European Union said it would support a vote as a last resort, while warning that a treaty without the main producers would be weaker.",
              "The European Union", "European Union", "european_union", "claim", ["decision_making:voting:+"]),
            P("Island states said they would back a vote, arguing that they would rather have a strong treaty with fewer countries than a weak one with all of them.",
              "Island states", "Alliance of Small Island States", "sids", "claim", ["decision_making:voting:+"]),
        ],
        [
            D("Diplomats said the chair had warned both camps in private that a vote could fail to reach the two-thirds threshold.", "decision_making",
              why="a procedural warning, no side"),
            D("Votes are rare in UN environmental negotiations, where most texts are adopted by consensus after all-night sessions.", "decision_making"),
            N("Dana Okafor-Lind of the Center for International Environmental Law said a vote was the only way to get a production cap past the producers.",
              ["decision_making", "production"], "a campaign group is not a party"),
        ],
        [
            P("Saudi Arabia's delegation head, Majed al-Rashoudi, told reporters that his country had come to Nairobi in good faith and that production was \u201cnot on the table\u201d.",
              "Majed al-Rashoudi", "Saudi Arabia", "like_minded", "claim", ["production::-"]),
            S("Talks continued late into the night in a smaller group of about 30 countries."),
            S("The chair is expected to publish a revised text on Wednesday."),
        ],
    ]))

# ------------------------------------------------------------------ Q5
ARTICLES.append(dict(
    file="q5_chair_revised_text.txt", scenario=SCEN,
    byline="By Wanjiru Kamau-Oduor, Environment Correspondent | Nairobi, 18 November 2026",
    headline=P("US proposes national plans on plastic production in bid to break deadlock",
               "US", "United States", "united_states", "claim", ["production:national_measures:+"]),
    paragraphs=[
        [
            N("The chair of the negotiations on Wednesday published a revised text that would commit countries to cutting primary plastic production by 30 per cent by 2040, a lower figure than the most ambitious countries had sought.",
              ["production", "reduction_target"], "the chair is not a party"),
            N("The text also keeps a global phase-out list for single-use products and a new fund, but leaves chemicals to a later decision.",
              ["products", "finance", "chemicals"], "terms of the chair's text; the chair is not a party"),
        ],
        [
            P("Within hours, the United States put forward an alternative under which each country would set its own measures on production and report on them every five years.",
              "the United States", "United States", "united_states", "claim", ["production:national_measures:+"]),
            P("\u201cA number written in Nairobi will not cut a single tonne; plans that countries own will,\u201d said Carl Whitmore-Hayes, who heads the US delegation.",
              "Carl Whitmore-Hayes", "United States", "united_states", "quote",
              ["reduction_target::-", "production:national_measures:+"]),
            P("He said Washington could not accept any numerical target on production, whether 30 or 40 per cent.",
              "Carl Whitmore-Hayes", "United States", "united_states", "claim",
              ["reduction_target::-", "production:global_cap:-"]),
        ],
        [
            P("The High Ambition Coalition said the chair's figure was too low but that it would work from the text.",
              "The High Ambition Coalition", HAC, "hac", "claim", ["reduction_target::-"]),
            P("\u201cThirty per cent is a floor, not a ceiling, and we will keep saying forty,\u201d said Ingrid Halvorsen-Moe, Norway's chief negotiator.",
              "Ingrid Halvorsen-Moe", "Norway", "hac", "quote", ["reduction_target::+"]),
            P("She called the American proposal a recipe for the status quo.",
              "Ingrid Halvorsen-Moe", "Norway", "hac", "claim", ["production:national_measures:-"]),
        ],
        [
            P("The Like-Minded Group rejected both the chair's 30 per cent target and the American plan, saying any article on production would go beyond the treaty's mandate.",
              "The Like-Minded Group", "Like-Minded Group", "like_minded", "claim",
              ["reduction_target::-", "production:national_measures:-", "production:no_production_article:+"]),
            P("\u201cWhether you call it a cap or a plan, it is a limit on what we are allowed to produce, and we will not accept it,\u201d said Hamad al-Suwaidan, Kuwait's chief negotiator.",
              "Hamad al-Suwaidan", "Kuwait", "like_minded", "quote",
              ["production:global_cap:-", "production:national_measures:-"]),
        ],
        [
            P("The European Union said it could live with 30 per cent as a starting point if the text allowed the target to be raised at later conferences.",
              "The European Union", "European Union", "european_union", "claim", ["reduction_target::+"]),
            P("Island states said they would accept the chair's text as a basis only if the new fund stayed in it.",
              "Island states", "Alliance of Small Island States", "sids", "claim", ["finance:new_fund:+"]),
            D("Analysts at the talks said the American plan resembled the system of nationally determined contributions under the Paris Agreement.", "production",
              why="a comparison by analysts, no side"),
        ],
        [
            S("Ministers began arriving on Tuesday, and the high-level segment opens on Thursday."),
            S("The session is due to end on Friday."),
        ],
    ]))

# ------------------------------------------------------------------ Q6
ARTICLES.append(dict(
    file="q6_final_night_outcome.txt", scenario=SCEN,
    byline="By Wanjiru Kamau-Oduor and Tom Ellery-Batchelor | Nairobi, 21 November 2026",
    headline=D("Plastics talks end with deal on products and finance, production left for next year",
               "products", "finance", "production", why="an outcome, nobody's position"),
    paragraphs=[
        [
            D("Negotiators in Nairobi agreed early on Saturday on treaty articles phasing out a list of single-use plastic products and setting up a new fund, but left the question of limits on production to another session next year.",
              "products", "finance", "production", why="terms agreed jointly, given without a proposer"),
            S("The final plenary closed shortly before dawn, after the chair had suspended it twice to let ministers consult their capitals."),
        ],
        [
            D("The fund will be hosted by the Global Environment Facility for its first five years.", "finance"),
            P("The United States said it would not contribute to the new fund unless the hosting arrangement was made permanent.",
              "The United States", "United States", "united_states", "claim",
              ["finance:new_fund:-", "finance:existing_mechanisms:+"]),
            P("\u201cWe said from the first day that production has no place in this treaty, and tonight the room agreed,\u201d said Majed al-Rashoudi, the head of the Saudi delegation.",
              "Majed al-Rashoudi", "Saudi Arabia", "like_minded", "quote", ["production:no_production_article:+"]),
        ],
        [
            P("Norway's Ingrid Halvorsen-Moe said the coalition would return next year with the same demand for a global cut in production.",
              "Ingrid Halvorsen-Moe", "Norway", "hac", "claim", ["production:global_cap:+"]),
            D("\u201cWe have a fund and we have a list, but we do not yet have a treaty that stops the flood,\u201d she said.",
              "finance", "products", why="takes stock of the outcome; no side on an issue"),
            P("The coalition also said it would press again at the next session for decisions to be taken by vote when consensus fails.",
              "The coalition", HAC, "hac", "claim", ["decision_making:voting:+"]),
        ],
        [
            P("Fiji's ambassador, Salote Naivalu-Rika, welcomed the fund but said island states would keep pushing for a fee on polymer producers to fill it.",
              "Salote Naivalu-Rika", "Fiji", "sids", "claim", ["finance:new_fund:+", "finance:polymer_fee:+"]),
            P("Kuwait's delegation said the Like-Minded Group would not take part in any future talks on production that were held under a voting rule.",
              "Kuwait's delegation", "Kuwait", "like_minded", "claim", ["decision_making:voting:-"],
              mentions=["production"]),
            P("The European Union called the outcome a first step and said the global list of chemicals it had sought should be the first item at the next session.",
              "The European Union", "European Union", "european_union", "claim", ["chemicals:global_list:+"]),
        ],
        [
            N("Campaigners said the phase-out list was too short, covering only eleven types of product.",
              ["products"], "campaigners are not parties"),
            D("The phase-out of the listed products is due to begin in 2030.", "products"),
            S("The text still has to be checked by lawyers and translated before a diplomatic conference to sign it, expected in Panama in the middle of 2027."),
            D("No date has yet been set for the resumed session on production.", "production"),
        ],
    ]))
