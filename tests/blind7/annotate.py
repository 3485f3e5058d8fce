#!/usr/bin/env python3
"""Writes gold/{quotes,actors,dates,articles}.jsonl for the seventh blind set (tests/blind7).

Ten articles written for this set, annotated by hand before detente was ever run on them.
Annotations are written here as strings; offsets (Python code-point indices, as in
/work/shared/gold/seeds) are computed by locating each string in its article and every
record is checked by the kit in tests/kit/gold_annotation.py (text == content[start:end],
quotes sit between quotation marks, speakers are actors of the article, mentions occur
verbatim). Run from anywhere:
    python3 tests/blind7/annotate.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "kit"))
from gold_annotation import Annotator  # noqa: E402

gold = Annotator(HERE)
art, Q, A, D = gold.art, gold.Q, gold.A, gold.D

# ---------------------------------------------------------------- g01 wire, Chisinau
art("g01_moldova_gas_transit_wire.txt", "2026-03-04", "dateline ('CHISINAU, March 4')",
    "Wednesday 4 March 2026 (year from Orthodox Easter falling on April 12, true in 2026). 'Tuesday' is 2026-03-03, 'Monday' 2026-03-02; 'February' is 2026-02; Easter (headline, 'the Orthodox Easter holiday') is 2026-04-12.")
Q("We are offering a commercial contract, not a political concession,", "Andrei Rusu",
  "Moldova's deputy prime minister for reintegration, Andrei Rusu", "told")
Q("Anyone who pays the invoice will get the gas.", "Andrei Rusu",
  "Moldova's deputy prime minister for reintegration, Andrei Rusu", "told")
Q("European prices overnight", "Vitalie Gorban", "Vitalie Gorban", "said", partial=True)
Q("to support a solution that protects people on both banks of the Dniester.", "European Union",
  "The European Union", "said", partial=True)
Q("an attempt to strangle Transnistria economically.", "Russian Foreign Ministry",
  "A spokeswoman for Russia's Foreign Ministry", "called", partial=True)
Q("as long as the money arrives before the gas does.", "Natalia Cebotari",
  "Energocom's chief executive, Natalia Cebotari", "said", partial=True)
Q("closer on the technical questions than on the vocabulary.", None, "a Western diplomat",
  "According to", partial=True)
Q("Nobody in that room wants another winter of blackouts,", "Vitalie Gorban", "Gorban", "said")
Q("But we will not sign a contract we cannot honour.", "Vitalie Gorban", "Gorban", "said")
A("Moldova", "country", None, "Moldova", ["Moldova", "Chisinau"])
A("Transnistria", "organization", "breakaway region", "Transnistria", ["Transnistria"])
A("Energocom", "organization", "state-owned gas trader", "Moldova", ["Energocom"])
A("Andrei Rusu", "person", "Moldova's deputy prime minister for reintegration", "Moldova", ["Andrei Rusu"])
A("Vitalie Gorban", "person", "head of the Transnistrian delegation", "Transnistria", ["Vitalie Gorban", "Gorban"])
A("European Union", "organization", "bloc", "European Union", ["European Union", "Brussels"])
A("Russia", "country", None, "Russia", ["Russia", "Moscow"])
A("Russian Foreign Ministry", "organization", "foreign ministry", "Russia", ["Foreign Ministry"])
A("Natalia Cebotari", "person", "chief executive of Energocom", "Energocom", ["Natalia Cebotari"])
A("Organization for Security and Co-operation in Europe", "organization", "facilitator of the talks",
  "Organization for Security and Co-operation in Europe", ["Organization for Security and Co-operation in Europe"])
D("Easter", "2026-04-12", "headline: parties meet again after", "date")
D("March 4", "2026-03-04", "dateline", "date")
D("Tuesday", "2026-03-03", "talks fail", "weekday")
D("the Orthodox Easter holiday", "2026-04-12", "meet again after", "date")
D("January 2025", "2025-01", "Russian supplies to the region stopped", "date")
D("February", "2026-02", "EU paid for emergency deliveries", "date")
D("Monday", "2026-03-02", "Russian foreign ministry criticises the talks", "weekday")
D("March 20", "2026-03-20", "exchange of metering data", "date")
D("the second half of April", "2026-04", "next round expected", "relative")
D("April 12", "2026-04-12", "Orthodox Easter", "date")
D("Easter", "2026-04-12", "Orthodox Easter (named with its date)", "date", optional=True, after="celebrate ")

# ---------------------------------------------------------------- g02 long read, Michoacán
art("g02_michoacan_avocado_feature.txt", "2026-07-09", "byline date ('Thursday 9 July 2026')",
    "Thursday 9 July 2026. 'last month' is 2026-06; 'the next day' after June 18 is 2026-06-19; 'the Day of the Dead' is taken as 2026-11-02.")
Q("Every kilo that leaves here, somebody else decides what it is worth,", "Efraín Zamudio Chávez", "he", "says")
Q("I decide nothing except how early I get up.", "Efraín Zamudio Chávez", "he", "says")
Q("A floor is not a gift,", "Rosa Elena Villaseñor", "Villaseñor", "says")
Q("It is what lets a grower pay his pickers in a bad week without selling the orchard.", "Rosa Elena Villaseñor", "Villaseñor", "says")
Q("the most expensive in the American supermarket the day Peru has a good harvest.", "Héctor Madrigal",
  "APEAM's director of grower relations, Héctor Madrigal", "says", partial=True)
Q("When New York pays more, the grower gets more. That is fairness you can measure,", "Héctor Madrigal", "he", "says")
Q("Nobody at the table forgets that,", "Héctor Madrigal", "Madrigal", "says")
Q("The real price is set by water and by violence, not by the packers,", "Jorge Anaya Luna", "he", "says")
Q("They told us the same thing two seasons ago,", "Efraín Zamudio Chávez", "he", "says")
Q("The trees do not wait for meetings.", "Efraín Zamudio Chávez", "he", "says")
A("Efraín Zamudio Chávez", "person", "third-generation avocado grower", None, ["Efraín Zamudio Chávez", "Zamudio"])
A("Tancítaro Growers' Council", "organization", "growers' bargaining body", "Tancítaro Growers' Council", ["Tancítaro Growers' Council"])
A("APEAM", "organization", "packers' association", "APEAM", ["APEAM"])
A("Rosa Elena Villaseñor", "person", "negotiator for the growers' council, agronomist", "Tancítaro Growers' Council", ["Rosa Elena Villaseñor", "Villaseñor"])
A("Héctor Madrigal", "person", "APEAM director of grower relations", "APEAM", ["Héctor Madrigal", "Madrigal"])
A("Secretariat of Agriculture", "organization", "agriculture ministry", "Mexico", ["Secretariat of Agriculture"])
A("U.S. Department of Agriculture", "organization", "agriculture department", "United States", ["U.S. Department of Agriculture"])
A("Jorge Anaya Luna", "person", "economist", "Universidad Michoacana de San Nicolás de Hidalgo", ["Jorge Anaya Luna"])
A("Universidad Michoacana de San Nicolás de Hidalgo", "organization", "university", "Mexico", ["Universidad Michoacana de San Nicolás de Hidalgo"])
D("Thursday 9 July 2026", "2026-07-09", "byline date", "date")
D("six in the morning", None, "pickers up the ladders (habitual)", "time", optional=True)
D("last month", "2026-06", "council asked for a guaranteed minimum", "relative")
D("June 18", "2026-06-18", "talks nearly collapsed", "date")
D("the next day", "2026-06-19", "talks resumed", "relative")
D("2024", "2024", "USDA inspections suspended", "date")
D("the end of 2027", "2027", "deforested orchards excluded from certification", "relative")
D("July 21", "2026-07-21", "next session", "date")
D("the Day of the Dead", "2026-11-02", "deal wanted before", "date")
D("two seasons ago", None, "inside a quote: same promise made", "relative", optional=True)

# ---------------------------------------------------------------- g03 liveblog, Lisbon
art("g03_tap_cabin_crew_liveblog.txt", "2026-10-21", "date line ('Updated Wednesday 21 October 2026')",
    "Liveblog of Wednesday 21 October 2026; timestamps are clock times of that day (optional). 'Yesterday' is 2026-10-20; 'Friday' 2026-10-23; 'March' 2026-03.")
Q("Not one more summer like this one", "Carolina Mota Pires", "Union leader", None, partial=True)
Q("so that nobody has to fly four long-haul rotations in nine days again", "Carolina Mota Pires",
  "SNPVAC president Carolina Mota Pires", "said", partial=True)
Q("Not one more summer like this one. Not for us and not for the passengers,", "Carolina Mota Pires", "she", "told")
Q("We did not choose this date to hurt passengers. We chose it because the company ignored us for five months,",
  "Carolina Mota Pires", "she", "said")
Q("That depends entirely on what is on the table tonight.", "Carolina Mota Pires", "she", "replied")
Q("disproportionate at a moment when TAP is preparing for privatisation.", "Miguel Sarmento Lobo", "He", "calls", partial=True)
Q("We want an agreement. We do not want an agreement at any price,", "Miguel Sarmento Lobo", "he", "told")
Q("will not interfere in the content", "Duarte Falcão", "The office of Infrastructure Minister Duarte Falcão", "said", partial=True)
Q("show the maturity that passengers deserve", "Duarte Falcão", "The office of Infrastructure Minister Duarte Falcão", "said", partial=True)
Q("I understand them, honestly. I just wish they had done it in a week when I was not going to my daughter's wedding,",
  "Teresa Quintela", "she", "says")
A("TAP Air Portugal", "organization", "state-owned airline", "Portugal", ["TAP Air Portugal", "TAP"])
A("SNPVAC", "organization", "cabin crew union", "SNPVAC", ["SNPVAC"])
A("Carolina Mota Pires", "person", "SNPVAC president", "SNPVAC", ["Carolina Mota Pires"])
A("Miguel Sarmento Lobo", "person", "TAP chief executive", "TAP Air Portugal", ["Miguel Sarmento Lobo"])
A("RTP", "organization", "broadcaster", None, ["RTP"])
A("Duarte Falcão", "person", "Infrastructure Minister", "Portugal", ["Duarte Falcão"])
A("Teresa Quintela", "person", "passenger", None, ["Teresa Quintela"])
A("ANA", "organization", "airport operator", None, ["ANA"])
A("Directorate-General for Employment and Labour Relations", "organization", "labour mediation service", "Portugal",
  ["Directorate-General for Employment and Labour Relations"])
D("Wednesday 21 October 2026", "2026-10-21", "date line", "date")
D("18:40", None, "time of the update line", "time", optional=True)
D("midnight", None, "walkout began", "time", optional=True)
D("today", "2026-10-21", "flights cancelled", "deictic")
D("tomorrow", "2026-10-22", "flights cancelled", "deictic")
D("18:40", None, "timestamp", "time", optional=True, after="Summary")
D("tonight", "2026-10-21", "talks continue", "deictic")
D("18:05", None, "timestamp", "time", optional=True)
D("48-hour", None, "length of the second strike", "duration", optional=True)
D("November 3", "2026-11-03", "second strike planned", "date")
D("tonight", "2026-10-21", "inside a quote: what is on the table", "deictic", after="what is on the table")
D("17:20", None, "timestamp", "time", optional=True)
D("16:30", None, "timestamp", "time", optional=True)
D("Christmas", "2026-12-25", "minority stake sale decided before", "date")
D("15:10", None, "timestamp", "time", optional=True)
D("Friday", "2026-10-23", "passenger rebooked", "weekday")
D("14:00", None, "timestamp", "time", optional=True)
D("this morning", "2026-10-21", "ANA extra staff since early", "deictic")
D("12:15", None, "timestamp", "time", optional=True)
D("2023", "2023", "company agreement last revised", "date")
D("March", "2026-03", "airline promised to renegotiate", "date")
D("Yesterday", "2026-10-20", "final mediation attempt", "deictic")
D("09:00", None, "timestamp", "time", optional=True)

# ---------------------------------------------------------------- g04 interview Q&A, New Zealand
art("g04_nz_rugby_players_qa.txt", "2026-09-15", "date line ('Tuesday 15 September 2026')",
    "Tuesday 15 September 2026. 'Monday' is 2026-09-14, 'Friday' 2026-09-11; 'the end of the year' 2026; Labour Day (fourth Monday of October) is 2026-10-26, so 'The Tuesday after Labour Day' is 2026-10-27.")
Q("We are partners, not line items", "Tamati Ruawai", "players' chief", None, partial=True)
Q("belongs to the game as a whole, not to one group within it", "Fiona Hetherington",
  "New Zealand Rugby's chair, Fiona Hetherington", "said", partial=True)
Q("the game as a whole", "Fiona Hetherington", "Fiona", "says", partial=True, after="But when Fiona says")
Q("We are not asking to be paid like the men. We are asking to be able to train like professionals.",
  "Ruby Tane", "She", "said")
Q("make its people available within a week of being asked", "Sport New Zealand", "Sport NZ", "told", partial=True)
Q("confident an agreement will be reached well before the deadline", "New Zealand Rugby", "New Zealand Rugby", "said", partial=True)
Q("a fair deal for players at every level", "New Zealand Rugby", "New Zealand Rugby", "said", partial=True)
A("New Zealand Rugby", "organization", "national governing body", "New Zealand Rugby", ["New Zealand Rugby", "NZR"])
A("New Zealand Rugby Players' Association", "organization", "players' union", "New Zealand Rugby Players' Association",
  ["New Zealand Rugby Players' Association"])
A("Tamati Ruawai", "person", "chief executive of the players' association", "New Zealand Rugby Players' Association", ["Tamati Ruawai", "Ruawai"])
A("Fiona Hetherington", "person", "chair of New Zealand Rugby", "New Zealand Rugby", ["Fiona Hetherington", "Fiona"])
A("Black Ferns", "organization", "women's national team", "New Zealand Rugby", ["Black Ferns"])
A("Ruby Tane", "person", "Black Ferns captain", "Black Ferns", ["Ruby Tane"])
A("Sport New Zealand", "organization", "government sport agency", "New Zealand", ["Sport New Zealand", "Sport NZ"])
D("Tuesday 15 September 2026", "2026-09-15", "date line", "date")
D("the end of the year", "2026", "deadline for a new agreement", "relative")
D("last week", "2026-09", "talks stalled", "relative")
D("Monday", "2026-09-14", "interview", "weekday")
D("Friday", "2026-09-11", "chair's remark", "weekday")
D("August", "2026-08", "members voted", "date")
D("September", "2026-09", "not talking about strikes in", "date", after="talk about strikes in")
D("August", "2026-08", "meeting where Tane spoke", "date", after="our meeting in")
D("within a week of being asked", None, "inside a quote: mediators available", "duration", optional=True)
D("The Tuesday after Labour Day", "2026-10-27", "next meeting", "relative")

# ---------------------------------------------------------------- g05 press release, Tartu
art("g05_tartu_data_centre_heat_release.txt", "2026-02-12", "dateline ('Tartu, 12 February 2026')",
    "Thursday 12 February 2026. 'today' and 'Today' (in the mayor's quote) are 2026-02-12; Estonia's Independence Day is 2026-02-24; 'the spring' 2026.")
Q("For years we have talked about the servers of the north warming the homes of the north. Today we have a contract that says how,",
  "Liis Kõrvits", "the mayor of Tartu, Liis Kõrvits", "said")
Q("The price formula protects households. If the company earns more, the city earns more.",
  "Liis Kõrvits", "the mayor of Tartu, Liis Kõrvits", "said")
Q("We asked for flexibility and the city asked for certainty,", "Kaarel Tamm", "he", "said")
Q("We found a formula that gives each side enough of both.", "Kaarel Tamm", "he", "said")
Q("within three years of first delivery", "Tartu Soojus", "It", "said", partial=True)
A("City of Tartu", "organization", "municipality", "Estonia", ["City of Tartu"])
A("Nordfors Data", "organization", "data-centre operator", "Estonia", ["Nordfors Data AS", "Nordfors Data"])
A("Tartu Soojus", "organization", "district heating network operator", None, ["Tartu Soojus"])
A("Liis Kõrvits", "person", "mayor of Tartu", "City of Tartu", ["Liis Kõrvits"])
A("Kaarel Tamm", "person", "chief executive of Nordfors Data", "Nordfors Data", ["Kaarel Tamm"])
A("Tartu City Council", "organization", "city council", "Estonia", ["Tartu City Council"])
A("Ministry of Climate", "organization", "ministry", "Estonia", ["Ministry of Climate"])
D("12 February 2026", "2026-02-12", "dateline", "date")
D("today", "2026-02-12", "agreement announced", "deictic")
D("Today", "2026-02-12", "inside a quote: contract in hand", "deictic")
D("February 19", "2026-02-19", "council vote", "date")
D("Independence Day", "2026-02-24", "last council session before", "date")
D("the spring", "2026", "construction begins", "relative", optional=True)
D("2027-28", "2027", "first heat reaches the network (season as modifier)", "date", optional=True)
D("within three years of first delivery", None, "inside a quote: old boiler retired", "duration", optional=True)
D("June 2025", "2025-06", "negotiations began", "date")
D("January 27", "2026-01-27", "public hearing", "date")

# ---------------------------------------------------------------- g06 op-ed, Brenner
art("g06_brenner_transit_oped.txt", "2026-11-26", "byline date ('November 26, 2026')",
    "Thursday 26 November 2026. 'Last month' and 'October' are 2026-10; 'the day after' the Brussels meeting of last month is 2026-10; 'Monday' 2026-11-23; 'Easter 2027' 2027-03-28; 'a year ago' 2025.")
Q("constructive exchanges", None, "The communiqué", "spoke of", partial=True)
Q("only if the driving bans disappear on the same day the system starts.", None,
  "Italy's transport minister", "put", partial=True)
Q("not negotiable", "Austrian Climate Ministry", "Austria's Climate Ministry", "answered", partial=True)
Q("The valley has one road, one railway and one lung,", "Anton Wechselberger", "Wechselberger", "said")
Q("The lorries can book a slot. Our children cannot book clean air.", "Anton Wechselberger", "Wechselberger", "said")
Q("Give me a slot at four in the morning and I will take it. Just stop changing the rules every spring,",
  "Sabine Oberhauser", "she", "said")
Q("a slot is better than a queue, even an Austrian slot", "Luca Ferrandi",
  "Luca Ferrandi of the Italian freight association Conftrasporto", "told", partial=True)
A("Tyrol", "organization", "Austrian province (Land) government", "Austria", ["Tyrol"])
A("Italy", "country", None, "Italy", ["Italy", "Rome"])
A("Austria", "country", None, "Austria", ["Austria", "Vienna"])
A("European Commission", "organization", "EU executive", "European Union", ["European Commission", "Commission", "Brussels"])
A("Austrian Climate Ministry", "organization", "ministry", "Austria", ["Climate Ministry"])
A("Anton Wechselberger", "person", "governor of Tyrol", "Tyrol", ["Anton Wechselberger", "Wechselberger"])
A("Sabine Oberhauser", "person", "haulier, board member of AISÖ", "AISÖ", ["Sabine Oberhauser"])
A("AISÖ", "organization", "Austrian hauliers' association", "AISÖ", ["AISÖ"])
A("European Court of Justice", "organization", "EU court", "European Union", ["European Court of Justice"])
A("Luca Ferrandi", "person", "freight association representative", "Conftrasporto", ["Luca Ferrandi"])
A("Conftrasporto", "organization", "Italian freight association", "Conftrasporto", ["Conftrasporto"])
D("November 26, 2026", "2026-11-26", "byline date", "date")
D("Last month", "2026-10", "meeting in Brussels", "relative")
D("October", "2026-10", "Italian minister's condition in parliament", "date")
D("the same day", None, "inside a quote: hypothetical start of the system", "relative", optional=True)
D("Monday", "2026-11-23", "author spoke to the governor", "weekday")
D("the summer of 2028", "2028", "pilot could be running", "date")
D("2024", "2024", "Italy's case brought", "date")
D("Easter 2027", "2027-03-28", "proposed start of the pilot", "date")
D("the day after", "2026-10", "Ferrandi's remark after the Brussels meeting", "relative")
D("a year ago", "2025", "nobody said as much", "relative")

# ---------------------------------------------------------------- g07 radio transcript, Windhoek
art("g07_namibia_germany_radio.txt", "2026-06-24", "metadata ('Broadcast: Wednesday 24 June 2026')",
    "Wednesday 24 June 2026. 'yesterday' 2026-06-23; 'last Saturday' 2026-06-20; 'Friday' 2026-06-26; Namibia's Heroes' Day is 2026-08-26.")
Q("ready to listen, including to things we may not like to hear.", "Katharina Albrecht", "she", "told", partial=True)
Q("the affected communities can call their own.", "Festus Kambonde", "he", "said", partial=True)
Q("If you admit a genocide, you pay reparations. You do not pay development aid for a genocide.", "Uaripi Kavari",
  "Chief Uaripi Kavari of the Ovaherero Traditional Authority", "put")
Q("as long as the table is not only in Windhoek.", "Josephine Witbooi-Isaacks",
  "Its spokesperson, Josephine Witbooi-Isaacks", "said", partial=True)
Q("the financial framework of the joint declaration remains the basis,", "German Foreign Office",
  "The German Foreign Office", "told", partial=True)
A("Namibia", "country", None, "Namibia", ["Namibia"])
A("Germany", "country", None, "Germany", ["Germany", "Berlin"])
A("Nangolo Shikongo", "person", "presenter", "Kalahari Public Radio", ["NANGOLO SHIKONGO", "Nangolo"])
A("Selma Iipinge", "person", "correspondent", "Kalahari Public Radio", ["SELMA IIPINGE", "Selma Iipinge", "IIPINGE", "Selma"])
A("Katharina Albrecht", "person", "German special envoy", "Germany", ["Katharina Albrecht"])
A("Festus Kambonde", "person", "Namibian lead negotiator", "Namibia", ["Dr. Festus Kambonde", "Festus Kambonde"])
A("Ovaherero Traditional Authority", "organization", "traditional authority", "Ovaherero Traditional Authority", ["Ovaherero Traditional Authority"])
A("Uaripi Kavari", "person", "chief, Ovaherero Traditional Authority", "Ovaherero Traditional Authority", ["Chief Uaripi Kavari", "Uaripi Kavari"])
A("Nama Traditional Leaders Association", "organization", "association of traditional leaders", "Nama Traditional Leaders Association",
  ["Nama Traditional Leaders Association"])
A("Josephine Witbooi-Isaacks", "person", "spokesperson of the Nama Traditional Leaders Association",
  "Nama Traditional Leaders Association", ["Josephine Witbooi-Isaacks"])
A("German Foreign Office", "organization", "foreign ministry", "Germany", ["German Foreign Office"])
A("Nora Hamutenya", "person", "opposition member of parliament", "Namibia", ["NORA HAMUTENYA"])
D("Wednesday 24 June 2026", "2026-06-24", "broadcast date", "date")
D("07:10", None, "broadcast time", "time", optional=True)
D("2021", "2021", "agreement initialled", "date")
D("yesterday", "2026-06-23", "new round opened", "deictic")
D("2021", "2021", "the 2021 text (year as modifier)", "date", optional=True, after="thirty years in the")
D("last Saturday", "2026-06-20", "Nama leaders' meeting in Keetmanshoop", "relative")
D("today", "2026-06-24", "delegations meet again", "deictic")
D("tomorrow", "2026-06-25", "delegations meet again", "deictic")
D("Friday", "2026-06-26", "possible joint statement", "weekday")
D("Heroes' Day", "2026-08-26", "no signature expected before", "date")
D("August", "2026-08", "Heroes' Day month", "date", after="Heroes' Day in")
D("twelve minutes past seven", None, "time check", "time", optional=True)

# ---------------------------------------------------------------- g08 regional paper, Mackay
art("g08_mackay_cane_growers_regional.txt", "2026-08-19", "date line ('Wednesday, August 19, 2026')",
    "Wednesday 19 August 2026. 'Monday night' 2026-08-17; 'Tuesday' 2026-08-18; 'next Thursday' 2026-08-27; 'next year' 2027; 'this spring' (southern hemisphere) 2026.")
Q("a long way from fair", "Rob Falzon", "Its chairman, Rob Falzon", "said", partial=True)
Q("They've moved, I'll give them that,", "Rob Falzon", "he", "said")
Q("But they've moved from a bad offer to a slightly less bad one.", "Rob Falzon", "he", "said")
Q("a genuine and final-stage offer", "Coral Coast Milling", "Coral Coast Milling", "said", partial=True)
Q("a return that keeps the mills crushing for the next generation", "Coral Coast Milling", "It", "said", partial=True)
Q("We have nothing to hide in the lab,", "Anjali Desai", "she", "said")
Q("If an auditor gives growers more confidence, we'll pay for half of it.", "Anjali Desai", "she", "said")
Q("You can't plan a crop when you don't know what you'll be paid for it,", "Sharon Micallef", "she", "said")
Q("monitoring the negotiations closely", "Department of Agriculture and Fisheries",
  "Queensland's Department of Agriculture and Fisheries", "said", partial=True)
Q("another year like 2023", "Andrew Colquhoun", "He", "said", partial=True)
A("Coral Coast Milling", "organization", "sugar miller", None, ["Coral Coast Milling"])
A("CANEGROWERS Mackay", "organization", "growers' bargaining group", "CANEGROWERS Mackay", ["CANEGROWERS Mackay"])
A("Rob Falzon", "person", "chairman of CANEGROWERS Mackay, cane grower", "CANEGROWERS Mackay", ["Rob Falzon", "Mr Falzon"])
A("Anjali Desai", "person", "regional general manager of Coral Coast Milling", "Coral Coast Milling", ["Anjali Desai"])
A("Sharon Micallef", "person", "cane grower", None, ["Sharon Micallef"])
A("Department of Agriculture and Fisheries", "organization", "Queensland state department", "Australia",
  ["Department of Agriculture and Fisheries"])
A("Andrew Colquhoun", "person", "councillor, chair of the council's economic development committee", "Mackay Regional Council",
  ["Councillor Andrew Colquhoun", "Andrew Colquhoun"])
A("Mackay Regional Council", "organization", "local council", "Australia", ["Mackay Regional Council"])
D("Wednesday, August 19, 2026", "2026-08-19", "date line", "date")
D("next year", "2027", "crush without a signed agreement", "relative")
D("Monday night", "2026-08-17", "growers' meeting in Walkerston", "weekday")
D("July", "2026-07", "gap narrowed since", "date")
D("2023", "2023", "miller's investment since", "date")
D("June", "2026-06", "wet weather", "date")
D("late November", "2026-11", "season likely to finish", "date")
D("this spring", "2026", "planting decision", "relative", optional=True)
D("Tuesday", "2026-08-18", "councillor's call", "weekday")
D("2023", "2023", "inside a quote: dispute year", "date", after="another year like")
D("next Thursday", "2026-08-27", "sides meet again", "relative")
D("last season", None, "terms cane is supplied under", "relative", optional=True)

# ---------------------------------------------------------------- g09 trade press, Mumbai
art("g09_mumbai_screenwriters_trade.txt", "2026-04-22", "date line ('Posted 22 April 2026')",
    "Wednesday 22 April 2026. 'this week' 2026-04; 'last September' 2025-09; 'Monday' 2026-04-20; Diwali 2026 is 2026-11-08; 'Last year' 2025.")
Q("The payment terms were the hard part, and we are through them,", "Vivek Joshi",
  "Vivek Joshi, the Guild's chief negotiator and head of business affairs at Vermillion Pictures", "said")
Q("What remains is important, but it is about words, not rupees.", "Vivek Joshi",
  "Vivek Joshi, the Guild's chief negotiator and head of business affairs at Vermillion Pictures", "said")
Q("the only currency a young writer has in this industry", "Meenakshi Raghavan",
  "its general secretary, Meenakshi Raghavan", "According to", partial=True)
Q("A director gets his name on the poster before the film is even shot,", "Meenakshi Raghavan", "Raghavan", "told")
Q("The person who wrote it should not have to argue for a line in the end crawl.", "Meenakshi Raghavan", "Raghavan", "told")
Q("in all opening titles and on every streaming platform's title page,", "Producers Guild of India", "The Guild", "said", partial=True)
Q("look carefully at any framework the industry agrees", None, "A spokesperson for one of the large platforms", "said", partial=True)
Q("Without that, it is a very good template,", "Farah Sheikh", "she", "said")
A("Producers Guild of India", "organization", "producers' body", "Producers Guild of India", ["Producers Guild of India", "Guild"])
A("Screenwriters Association", "organization", "writers' body", "Screenwriters Association", ["Screenwriters Association", "SWA"])
A("Vivek Joshi", "person", "Guild chief negotiator, head of business affairs at Vermillion Pictures", "Producers Guild of India", ["Vivek Joshi"])
A("Vermillion Pictures", "organization", "production company", None, ["Vermillion Pictures"])
A("Meenakshi Raghavan", "person", "SWA general secretary", "Screenwriters Association", ["Meenakshi Raghavan", "Raghavan"])
A("Farah Sheikh", "person", "lawyer", None, ["Farah Sheikh"])
D("22 April 2026", "2026-04-22", "date line", "date")
D("this week", "2026-04", "sides describe the state of talks", "relative")
D("last September", "2025-09", "negotiations began", "relative")
D("Monday", "2026-04-20", "Raghavan interview", "weekday")
D("April 14", "2026-04-14", "Guild note to members", "date")
D("May 6", "2026-05-06", "next meeting", "date")
D("Diwali", "2026-11-08", "final text hoped for before", "date")
D("Last year", "2025", "SWA members' vote", "relative")

# ---------------------------------------------------------------- g10 news agency, Bishkek
art("g10_toktogul_water_energy_agency.txt", "2026-01-28", "date line ('28.01.2026') and dateline ('BISHKEK, 28 January')",
    "Wednesday 28 January 2026. '27 January' the meeting; 'April' and 'September' 2026; 'November' and 'December' 2026; Nowruz is 2026-03-21; 'Last year' 2025; 'Two years ago' (in a quote) 2024.")
Q("The Kyrgyz side is ready to fulfil its obligations to our neighbours, but the reservoir is not a bottomless vessel. We must accumulate water this winter so that in summer nobody is left without irrigation,",
  "Almazbek Toktosunov", "the deputy minister", "stressed")
Q("For our farmers in the Fergana valley every cubic meter in July is worth more than ten in March,",
  "Jamshid Nurmatov", "he", "said")
Q("on the condition of the guaranteed flow at the Shardara reservoir in the summer months.", "Serik Abdrakhmanov",
  "Serik Abdrakhmanov", "informed", partial=True)
Q("Two years ago such meeting took three months of letters. Now it is one day in one room,", "Nurlan Asanaliev",
  "the expert", "said")
A("Kyrgyzstan", "country", None, "Kyrgyzstan", ["Kyrgyzstan", "Kyrgyz Republic"])
A("Kazakhstan", "country", None, "Kazakhstan", ["Kazakhstan", "Republic of Kazakhstan", "Astana"])
A("Uzbekistan", "country", None, "Uzbekistan", ["Uzbekistan", "Republic of Uzbekistan", "Tashkent"])
A("Ministry of Energy of the Kyrgyz Republic", "organization", "energy ministry", "Kyrgyzstan", ["Ministry of Energy of the Kyrgyz Republic"])
A("Almazbek Toktosunov", "person", "Deputy Minister of Energy of Kyrgyzstan", "Kyrgyzstan", ["Almazbek Toktosunov"])
A("Serik Abdrakhmanov", "person", "Vice-Minister of Water Resources and Irrigation of Kazakhstan", "Kazakhstan", ["Serik Abdrakhmanov"])
A("Jamshid Nurmatov", "person", "Deputy Minister of Water Resources of Uzbekistan", "Uzbekistan", ["Jamshid Nurmatov"])
A("Electric Stations", "organization", "national power company", "Kyrgyzstan", ["Electric Stations"])
A("Kyrgyz-Russian Slavic University", "organization", "university", "Kyrgyzstan", ["Kyrgyz-Russian Slavic University"])
A("Nurlan Asanaliev", "person", "expert", "Kyrgyz-Russian Slavic University", ["Nurlan Asanaliev"])
D("28.01.2026", "2026-01-28", "date line", "date")
D("16:45", None, "time of the date line", "time", optional=True)
D("2026", "2026", "headline: vegetation period of", "date", after="vegetation period of ")
D("28 January", "2026-01-28", "dateline", "date")
D("27 January", "2026-01-27", "working group meeting", "date")
D("1 January", "2026-01-01", "reservoir level measured", "date")
D("one year before", "2025-01-01", "comparison level", "relative", optional=True)
D("this winter", None, "inside a quote: water to be accumulated", "relative", optional=True)
D("April", "2026-04", "start of proposed release", "date")
D("September", "2026-09", "end of proposed release", "date")
D("July", None, "inside a quote: generic month", "date", optional=True)
D("March", None, "inside a quote: generic month", "date", optional=True, after="worth more than ten in")
D("November", "2026-11", "Kazakh electricity deliveries", "date")
D("December", "2026-12", "Kazakh electricity deliveries", "date")
D("Nowruz", "2026-03-21", "next meeting planned before", "date")
D("2025", "2025", "previous exchange agreed", "date")
D("Last year", "2025", "Toktogul plant output", "relative")
D("Two years ago", "2024", "inside a quote: slow procedure", "relative")

gold.finish()
