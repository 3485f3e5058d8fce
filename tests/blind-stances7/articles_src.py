"""The five articles of the seventh blind stance set, sentence by sentence, with their gold.

Same format as tests/blind-stances6/articles_src.py. Each article is a headline, a byline line
and paragraphs; each paragraph is a list of sentences. A sentence is one of
  S(text)                       no issue, no position
  D(text, *issues)              mentions scenario issues, no party takes a position (distractor)
  N(text, issues, why)          a position, but not a scenario party's (the Catalan government,
                                Madrid and its transport ministry, hoteliers, researchers,
                                analysts): no gold statement
  P(text, speaker, affiliation, party, kind, stances, mentions=())
                                a party states, demands, rejects or offers something; stances
                                are "issue:option:+" (supports) or "issue:option:-" (rejects),
                                option empty for an issue-level stance (always so for the
                                numeric surcharge); mentions are issues the sentence names
                                without a side (kept apart, not gold)
build.py turns this into articles/*.txt, statements.jsonl and sentences.jsonl.
"""

SCEN = "blind-barcelona-cruise"


import os as _os
import sys as _sys

_sys.path.insert(0, _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "kit"))
from stance_source import D, N, P, S  # noqa: E402,F401


CITY = "Barcelona City Council"
PORT = "Port of Barcelona"
CLIA = "Cruise Lines International Association"
FAVB = "Federation of Neighbourhood Associations of Barcelona"
ARTICLES = []

# ------------------------------------------------------------------ K1
ARTICLES.append(dict(
    file="k1_city_seeks_ten_euro_surcharge.txt", scenario=SCEN,
    byline="By Marta Puigdollers | Barcelona, 29 September 2026",
    headline=P("Barcelona wants 10-euro cruise surcharge and a third terminal closed",
               "Barcelona", CITY, "city", "claim", ["surcharge::+", "terminals:four:+"]),
    paragraphs=[
        [P("Barcelona City Council on Monday asked the port authority and the cruise industry to accept a surcharge of 10 euros on every cruise passenger who spends less than 12 hours in the city.",
           "Barcelona City Council", CITY, "city", "claim", ["surcharge::+"]),
         P("The proposal, presented by the deputy mayor for tourism, Núria Casals, would also close a third cruise terminal on the Adossat quay by 2030, leaving four of the seven in use today.",
           "Núria Casals", CITY, "city", "claim", ["terminals:four:+"])],
        [D("Under an agreement signed with the port in 2024, two terminals are already due to close by the end of the decade.", "terminals"),
         D("The port handled about 3.6 million cruise passengers last year, and roughly half of them spent less than a day in the city.", "passenger_cap"),
         S("Cruise calls have become the most visible symbol of the city's long argument over mass tourism.")],
        [P("“A visitor who sleeps on a ship and eats on a ship uses our streets but pays almost nothing for them,” Casals told reporters at City Hall.",
           "Núria Casals", CITY, "city", "quote", ["surcharge::+"]),
         P("She said the money should go into the city's general budget, which pays for cleaning and policing in the old town.",
           "Núria Casals", CITY, "city", "claim", ["revenue:city_budget:+"])],
        [P("City Hall also wants a ceiling on the number of cruise passengers who can come ashore on any one day.",
           "City Hall", CITY, "city", "claim", ["passenger_cap:daily_cap:+"]),
         D("It did not say where the ceiling should be set.", "passenger_cap"),
         P("And it asked that every cruise ship at the terminals be plugged into shore power from 2028, two years before European rules require it.",
           "City Hall", CITY, "city", "claim", ["shore_power:by_2028:+"]),
         D("European rules will require large passenger ships in the main EU ports to use shore power from 2030.", "shore_power")],
        [P("The port authority said it could live with a modest surcharge.",
           "The port authority", PORT, "port", "claim", ["surcharge::+"]),
         P("But it ruled out closing a third terminal.",
           "The port authority", PORT, "port", "claim", ["terminals:four:-"]),
         P("“The 2024 agreement was hard to reach, and we intend to keep it,” said Jordi Vilaró, the port's director of strategy.",
           "Jordi Vilaró", PORT, "port", "quote", ["terminals:five:+"])],
        [P("The Cruise Lines International Association, which speaks for the operators, said a 10-euro charge would send ships to Marseille and Genoa.",
           "The Cruise Lines International Association", CLIA, "clia", "claim", ["surcharge::-"]),
         S("It said it would present its own proposal at the next meeting.")],
        [S("The Federation of Neighbourhood Associations of Barcelona went further than the council."),
         P("It wants only three terminals left by 2030 and a surcharge of at least 15 euros, with the money spent in the neighbourhoods that live with the crowds.",
           "The Federation of Neighbourhood Associations of Barcelona", FAVB, "neighbours", "claim",
           ["terminals:three:+", "surcharge::+", "revenue:neighbourhoods:+"])],
        [N("The Catalan government, which levies its own tax on overnight stays, said any city surcharge should not be added on top of it for passengers who sleep in hotels.", ["surcharge"],
           "the Catalan government is not a party"),
         S("Talks resume at the port on October 7."),
         S("The mayor, who joined the meeting by video link, did not speak to reporters afterwards.")],
    ]))

# ------------------------------------------------------------------ K2
ARTICLES.append(dict(
    file="k2_cruise_lines_counter_offer.txt", scenario=SCEN,
    byline="By Oriol Farré | Barcelona, 8 October 2026",
    headline=P("Cruise lines offer 4-euro levy for shore power and want no cap on passengers",
               "Cruise lines", CLIA, "clia", "claim",
               ["surcharge::+", "revenue:port_investment:+", "passenger_cap:no_cap:+"]),
    paragraphs=[
        [P("The cruise industry on Wednesday offered to pay a surcharge of 4 euros for each short-stay passenger in Barcelona, provided the money is spent on connecting the cruise terminals to shore power.",
           "The cruise industry", CLIA, "clia", "claim", ["surcharge::+", "revenue:port_investment:+"]),
         P("The offer, tabled by the Cruise Lines International Association at the second round of talks, rejects the 10 euros sought by the city council as “a tax on a single industry.”",
           "The Cruise Lines International Association", CLIA, "clia", "claim", ["surcharge::-"])],
        [P("“We are not against paying. We are against paying for everything,” said Elena Marchetti, the association's director for the western Mediterranean.",
           "Elena Marchetti", CLIA, "clia", "quote", ["surcharge::+"]),
         P("She said the lines would commit to using shore power at every berth by 2030, when European rules make it compulsory anyway, but that 2028 was impossible because the port's grid connection would not be ready.",
           "Elena Marchetti", CLIA, "clia", "claim", ["shore_power:by_2030:+", "shore_power:by_2028:-"]),
         D("At current passenger numbers, a 4-euro charge would raise about 7 million euros a year, according to the association's own estimate.", "surcharge"),
         P("Marchetti said the lines would rather pay the charge to the port than to City Hall, “where it disappears into the budget.”",
           "Elena Marchetti", CLIA, "clia", "claim", ["revenue:port_investment:+", "revenue:city_budget:-"])],
        [P("The association also rejected a daily ceiling on passengers, which the city has asked for.",
           "The association", CLIA, "clia", "claim", ["passenger_cap:daily_cap:-"]),
         P("A daily cap, Marchetti said, would simply move the same ships to the days just before and after it.",
           "Elena Marchetti", CLIA, "clia", "claim", ["passenger_cap:daily_cap:-"])],
        [P("On terminals, the lines said they could accept the two closures agreed in 2024 but not a third.",
           "the lines", CLIA, "clia", "claim", ["terminals:five:+", "terminals:four:-"]),
         D("Seven terminals now serve cruise ships at the Adossat quay and the World Trade Center pier.", "terminals")],
        [S("Núria Casals, the deputy mayor for tourism, called the offer “a starting point, not a landing point.”"),
         P("Four euros would not even pay for the street cleaning on a busy Saturday, she said.",
           "Núria Casals", CITY, "city", "claim", ["surcharge::-"]),
         P("She said the council would not give up its demand for a daily ceiling.",
           "Núria Casals", CITY, "city", "claim", ["passenger_cap:daily_cap:+"])],
        [P("The port authority welcomed the commitment on shore power.",
           "The port authority", PORT, "port", "claim", ["shore_power:by_2030:+"]),
         P("Its president, Ramon Sagué, said the authority had already budgeted 110 million euros for the grid connection and would welcome surcharge money earmarked for the work.",
           "Ramon Sagué", PORT, "port", "claim", ["revenue:port_investment:+"])],
        [S("Residents' groups were scathing."),
         P("“Four euros is the price of a coffee on the Rambla,” said Pau Estruch, a spokesman for the Federation of Neighbourhood Associations of Barcelona.",
           "Pau Estruch", FAVB, "neighbours", "quote", ["surcharge::-"]),
         N("Hoteliers, whose guests pay the Catalan tourist tax, said cruise passengers should pay the same as hotel guests.", ["surcharge"],
           "hoteliers are not a party"),
         S("Wednesday's meeting at the port's headquarters lasted nearly six hours."),
         S("The talks continue on October 21.")],
    ]))

# ------------------------------------------------------------------ K3
ARTICLES.append(dict(
    file="k3_residents_march_for_daily_cap.txt", scenario=SCEN,
    byline="By Marta Puigdollers | Barcelona, 20 October 2026",
    headline=P("Residents march to demand a daily cap on cruise passengers",
               "Residents", FAVB, "neighbours", "claim", ["passenger_cap:daily_cap:+"]),
    paragraphs=[
        [P("Several thousand people marched from Barceloneta to the port gates on Sunday, answering a call from the Federation of Neighbourhood Associations of Barcelona for a ceiling of 20,000 cruise passengers a day.",
           "the Federation of Neighbourhood Associations of Barcelona", FAVB, "neighbours", "claim", ["passenger_cap:daily_cap:+"]),
         D("The port received more than 40,000 cruise passengers on some days in July.", "passenger_cap"),
         S("Many of the marchers carried the orange flags of the Barceloneta residents' association.")],
        [P("The federation's list of demands, read out at the end of the march, calls for three terminals at most by 2030, a surcharge of 15 euros and shore power at every berth from 2028.",
           "The federation", FAVB, "neighbours", "claim", ["terminals:three:+", "surcharge::+", "shore_power:by_2028:+"]),
         P("It also demands that every euro raised go into a fund for Barceloneta, the Gothic Quarter and the other neighbourhoods of Ciutat Vella, and not into the city's general budget.",
           "The federation", FAVB, "neighbours", "claim", ["revenue:neighbourhoods:+", "revenue:city_budget:-"])],
        [P("“On a day with six ships you cannot walk to the bakery. Limit the ships per day and the street is ours again,” said Carme Roig, who has lived in Barceloneta for 41 years and chairs its residents' association.",
           "Carme Roig", "Barceloneta residents' association", "neighbours", "quote", ["passenger_cap:daily_cap:+"]),
         P("Roig said the neighbourhood fund should be run by the residents' associations themselves, not by City Hall.",
           "Carme Roig", "Barceloneta residents' association", "neighbours", "claim", ["revenue:neighbourhoods:+"]),
         S("Police put the number of marchers at 6,000; the organisers said 15,000.")],
        [P("The city council, which has asked for a daily ceiling of its own, sent the deputy mayor for tourism to the march.",
           "The city council", CITY, "city", "claim", ["passenger_cap:daily_cap:+"]),
         P("Núria Casals told the crowd that the council now backed a neighbourhood fund for part of the surcharge money.",
           "Núria Casals", CITY, "city", "claim", ["revenue:neighbourhoods:+"]),
         P("She stopped short of the federation's figure, saying a surcharge of 10 euros was “ambitious enough for one year.”",
           "Núria Casals", CITY, "city", "claim", ["surcharge::+"])],
        [N("Madrid, which appoints the port authority's president, expects the five-terminal plan of 2024 to be respected, according to an official at the Ministry of Transport.", ["terminals"],
           "the Spanish government is not a party"),
         S("The ministry declined to comment on the other demands.")],
        [P("The port authority said on Monday that a daily ceiling of 20,000 would cost the city more than 1,000 jobs in ship supply, taxis and tour companies.",
           "The port authority", PORT, "port", "claim", ["passenger_cap:daily_cap:-"]),
         P("It would instead accept a limit that applies only between June and September, its president, Ramon Sagué, said.",
           "Ramon Sagué", PORT, "port", "claim", ["passenger_cap:seasonal_cap:+"])],
        [P("The cruise lines repeated that they would accept neither a daily nor a seasonal ceiling.",
           "The cruise lines", CLIA, "clia", "claim", ["passenger_cap:daily_cap:-", "passenger_cap:seasonal_cap:-"]),
         D("A CLIA spokesperson said the lines had already cut the number of ships calling on summer weekends by a fifth.", "passenger_cap",
           why="a deed reported, no side on the cap")],
        [S("The next round of talks is on November 2, when the port authority is expected to present a plan of its own."),
         N("Tourism researchers at the University of Barcelona said a daily cap would be the simplest rule to enforce.", ["passenger_cap"],
           "researchers are not parties")],
    ]))

# ------------------------------------------------------------------ K4
ARTICLES.append(dict(
    file="k4_port_authority_plan.txt", scenario=SCEN,
    byline="By Oriol Farré | Barcelona, 3 November 2026",
    headline=P("Port offers summer ceiling and 5-euro levy, keeps five terminals",
               "Port", PORT, "port", "claim", ["passenger_cap:seasonal_cap:+", "surcharge::+", "terminals:five:+"]),
    paragraphs=[
        [P("The Port of Barcelona on Monday put forward a plan to settle the dispute over cruise traffic, offering a ceiling on cruise passengers in the summer months and a surcharge of 5 euros a head.",
           "The Port of Barcelona", PORT, "port", "claim", ["passenger_cap:seasonal_cap:+", "surcharge::+"]),
         P("The plan keeps the five terminals agreed with the city in 2024 and sets 2030 as the date from which every ship at berth must plug into shore power.",
           "The plan", PORT, "port", "claim", ["terminals:five:+", "shore_power:by_2030:+"])],
        [P("Under the proposal the ceiling would be 32,000 passengers a day from June to September.",
           "the proposal", PORT, "port", "claim", ["passenger_cap:seasonal_cap:+"]),
         D("On the busiest day of this summer, 41,500 passengers came ashore.", "passenger_cap")],
        [P("“This is a plan that lets Barcelona breathe in August and still work in November,” Ramon Sagué, the port authority's president, said at its presentation.",
           "Ramon Sagué", PORT, "port", "quote", ["passenger_cap:seasonal_cap:+"]),
         P("He said the money from the surcharge should be ring-fenced for the shore power works and the renovation of the terminals that remain.",
           "Ramon Sagué", PORT, "port", "claim", ["revenue:port_investment:+"]),
         P("A daily ceiling all year round, Sagué said, would be “a solution for August that creates a problem for February.”",
           "Ramon Sagué", PORT, "port", "claim", ["passenger_cap:daily_cap:-"]),
         D("The summer months accounted for 58 per cent of cruise passengers last year.", "passenger_cap")],
        [P("The city council dismissed the surcharge as too low.",
           "The city council", CITY, "city", "claim", ["surcharge::-"]),
         P("Five euros was “half of what the city needs,” Núria Casals said, adding that the council was still ready to discuss the figure.",
           "Núria Casals", CITY, "city", "claim", ["surcharge::-"]),
         P("She said City Hall would not accept the port keeping all the money for itself.",
           "Núria Casals", CITY, "city", "claim", ["revenue:port_investment:-"])],
        [P("The federation of neighbourhood associations called the plan “a cap that only works when it is hot.”",
           "The federation of neighbourhood associations", FAVB, "neighbours", "claim", ["passenger_cap:seasonal_cap:-"]),
         P("It said a summer ceiling of 32,000 was higher than the numbers the port received on most days and would change nothing.",
           "The federation of neighbourhood associations", FAVB, "neighbours", "claim", ["passenger_cap:seasonal_cap:-"]),
         P("The federation has called a second march for November 15 and says it will keep demanding a year-round daily limit.",
           "The federation of neighbourhood associations", FAVB, "neighbours", "claim", ["passenger_cap:daily_cap:+"])],
        [P("The cruise lines welcomed the decision to keep five terminals.",
           "The cruise lines", CLIA, "clia", "claim", ["terminals:five:+"]),
         P("But Elena Marchetti of CLIA said the lines could pay 5 euros only if the port dropped the summer ceiling.",
           "Elena Marchetti", CLIA, "clia", "claim", ["surcharge::+", "passenger_cap:seasonal_cap:-"]),
         P("“A limit in July is still a limit,” she said.",
           "Elena Marchetti", CLIA, "clia", "quote", ["passenger_cap:seasonal_cap:-"])],
        [N("Spain's Ministry of Transport, which oversees the state's ports, said the plan was consistent with national port policy.", ["terminals", "shore_power"],
           "the Spanish government is not a party"),
         S("The four sides are due to meet again next week."),
         S("The plan was presented to the port authority's board, which includes representatives of the city, the Catalan government and the Spanish state.")],
    ]))

# ------------------------------------------------------------------ K5
ARTICLES.append(dict(
    file="k5_draft_deal_seven_euros.txt", scenario=SCEN,
    byline="By Marta Puigdollers | Barcelona, 18 November 2026",
    headline=D("City and port agree draft cruise deal with 7-euro levy", "surcharge",
               why="a joint draft, nobody's proposal"),
    paragraphs=[
        [D("Barcelona City Council and the port authority on Tuesday agreed a draft deal on cruise traffic that sets a surcharge of 7 euros per short-stay passenger from April 2027 and a ceiling of 30,000 passengers a day between June and September.", "surcharge", "passenger_cap",
           why="a joint draft, nobody's proposal"),
         S("The agreement came after a night session at the port's headquarters that ended shortly before six in the morning."),
         D("The draft keeps the five terminals of the 2024 agreement and makes shore power compulsory from 2030.", "terminals", "shore_power",
           why="a joint draft, nobody's proposal")],
        [P("The surcharge money will go into a fund for the neighbourhoods of Ciutat Vella, a condition the city council said it had insisted on to the end.",
           "the city council", CITY, "city", "claim", ["revenue:neighbourhoods:+"]),
         P("“We wanted ten and we got seven, but every euro of it stays in the streets that carry the burden,” said Núria Casals.",
           "Núria Casals", CITY, "city", "quote", ["surcharge::+", "revenue:neighbourhoods:+"]),
         P("She said the council accepted that the five terminals agreed in 2024 would stay, and had dropped its demand for a third closure.",
           "Núria Casals", CITY, "city", "claim", ["terminals:five:+"])],
        [P("Ramon Sagué said the port could live with the lower ceiling and the neighbourhood fund because the lines had agreed to pay for part of the shore power works on top of the surcharge.",
           "Ramon Sagué", PORT, "port", "claim", ["passenger_cap:seasonal_cap:+", "revenue:neighbourhoods:+"]),
         S("He described the talks as the hardest of his career."),
         D("The city estimates that the surcharge will raise about 12 million euros a year.", "surcharge")],
        [P("The Cruise Lines International Association said it would accept the 7-euro surcharge and the summer ceiling “in the interest of a stable framework.”",
           "The Cruise Lines International Association", CLIA, "clia", "claim", ["surcharge::+", "passenger_cap:seasonal_cap:+"]),
         P("Elena Marchetti said the lines would also fit shore power connections to their newest ships by 2028, but would not accept 2028 as a legal deadline for the whole fleet.",
           "Elena Marchetti", CLIA, "clia", "claim", ["shore_power:by_2028:-"])],
        [S("The Federation of Neighbourhood Associations of Barcelona rejected the draft within hours."),
         P("A summer ceiling of 30,000 and five terminals, it said, were “the status quo with a new name.”",
           "The Federation of Neighbourhood Associations of Barcelona", FAVB, "neighbours", "claim",
           ["passenger_cap:seasonal_cap:-", "terminals:five:-"]),
         P("“Seven euros is a discount for the cruise lines, not a charge,” said Pau Estruch.",
           "Pau Estruch", FAVB, "neighbours", "quote", ["surcharge::-"]),
         P("He said the federation would keep campaigning for a year-round daily ceiling and would ask the city's plenary to vote the deal down.",
           "Pau Estruch", FAVB, "neighbours", "claim", ["passenger_cap:daily_cap:+"])],
        [D("The city's plenary must approve the surcharge before it can take effect, and the port authority's board must approve the ceiling.", "surcharge", "passenger_cap",
           why="procedure"),
         S("The governing group has 19 of the 41 seats and will need the votes of at least two opposition groups."),
         N("The Catalan government said it would not add its own tourist tax to the new surcharge for passengers who stay less than 12 hours.", ["surcharge"],
           "the Catalan government is not a party"),
         N("Analysts at the Barcelona Tourism Observatory said the 7-euro figure was in line with what other large cruise ports in Europe are discussing.", ["surcharge"],
           "analysts are not parties")],
    ]))
