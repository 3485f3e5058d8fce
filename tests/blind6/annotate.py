#!/usr/bin/env python3
"""Writes gold/{quotes,actors,dates,articles}.jsonl for the sixth blind set (tests/blind6).

Ten articles written for this set, annotated by hand before detente was ever run on them.
Annotations are written here as strings; offsets (Python code-point indices, as in
/work/shared/gold/seeds) are computed by locating each string in its article and every
record is checked by the kit in tests/kit/gold_annotation.py (text == content[start:end],
quotes sit between quotation marks, speakers are actors of the article, mentions occur
verbatim). Run from anywhere:
    python3 tests/blind6/annotate.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "kit"))
from gold_annotation import Annotator  # noqa: E402

gold = Annotator(HERE)
art, Q, A, D = gold.art, gold.Q, gold.A, gold.D

# ---------------------------------------------------------------- f01 wire, Geneva
art("f01_wto_trips_waiver_wire.txt", "2026-11-19", "dateline ('GENEVA, Nov 19')",
    "Thursday 19 November 2026. 'Wednesday' and 'the same day' are 2026-11-18; 'two years ago' is 2024; 'next week' and 'the end of November' are 2026-11; 'February' is 2027-02.")
Q("A waiver that covers vaccines but not the tests that tell you who needs them is half a waiver,", "Raghav Menon",
  "India's ambassador to the WTO, Raghav Menon", "told")
Q("the queue for medicines is ordered by the size of your purse", "Nomvula Sithole",
  "South Africa's representative, Nomvula Sithole", "said", partial=True)
Q("stop treating the 2022 decision as a ceiling.", "Nomvula Sithole",
  "South Africa's representative, Nomvula Sithole", "asked", partial=True)
Q("The problem was never intellectual property. It was manufacturing capacity, regulation and money,", "Beat Aeschlimann",
  "Beat Aeschlimann, a trade official who has represented Bern at the council since 2021", "said")
Q("open to practical solutions", "European Union", "The European Union", "said", partial=True)
Q("still reading the room.", None, "One of them", "said", partial=True)
Q("send exactly the wrong signal to the people who will have to invent the next vaccine.",
  "International Federation of Pharmaceutical Manufacturers & Associations",
  "The International Federation of Pharmaceutical Manufacturers & Associations", "said", partial=True)
Q("Every meeting that ends with a promise to consult further costs another six months,", "Tendai Moyo",
  "Tendai Moyo of the Geneva-based Access to Medicines Coalition", "said")
A("India", "country", None, "India", ["India"])
A("South Africa", "country", None, "South Africa", ["South Africa"])
A("World Trade Organization", "organization", "trade body", "World Trade Organization", ["World Trade Organization", "WTO"])
A("TRIPS Council", "organization", "WTO council on intellectual property", "World Trade Organization", ["TRIPS Council"])
A("General Council", "organization", "WTO body that takes decisions between ministerial conferences", "World Trade Organization", ["General Council"])
A("Raghav Menon", "person", "India's ambassador to the WTO", "India", ["Raghav Menon"])
A("Nomvula Sithole", "person", "South Africa's representative", "South Africa", ["Nomvula Sithole"])
A("Switzerland", "country", None, "Switzerland", ["Switzerland", "Bern"])
A("Beat Aeschlimann", "person", "Swiss trade official", "Switzerland", ["Beat Aeschlimann"])
A("European Union", "organization", "trading bloc", "European Union", ["European Union"])
A("United States", "country", None, "United States", ["United States", "Washington"])
A("International Federation of Pharmaceutical Manufacturers & Associations", "organization", "industry federation",
  "International Federation of Pharmaceutical Manufacturers & Associations",
  ["International Federation of Pharmaceutical Manufacturers & Associations"])
A("Tendai Moyo", "person", "health campaigner", "Access to Medicines Coalition", ["Tendai Moyo"])
A("Access to Medicines Coalition", "organization", "health campaign group", "Access to Medicines Coalition", ["Access to Medicines Coalition"])
A("Ingrid Solberg Haugen", "person", "chair of the TRIPS Council", "TRIPS Council", ["Ingrid Solberg Haugen"])
D("Nov 19", "2026-11-19", "dateline", "date")
D("Wednesday", "2026-11-18", "India and South Africa ask the council", "weekday")
D("2022", "2022", "the 2022 waiver (year as modifier)", "date", optional=True)
D("two years ago", "2024", "fight thought settled", "relative")
D("December 15", "2026-12-15", "General Council meeting", "date")
D("2022", "2022", "inside a quote: the 2022 decision (year as modifier)", "date", optional=True, after="stop treating the")
D("2021", "2021", "represented Bern at the council since", "date")
D("2022", "2022", "the 2022 decision on vaccines (year as modifier)", "date", optional=True, after="which backed the")
D("Wednesday", "2026-11-18", "US took no position", "weekday", after="did not take a position on")
D("the same day", "2026-11-18", "IFPMA statement", "relative")
D("next week", "2026-11", "informal consultations", "relative")
D("the end of November", "2026-11", "chair reports back by", "relative")
D("February", "2027-02", "council next meets formally", "date")

# ---------------------------------------------------------------- f02 long-form feature, Teesta
art("f02_teesta_water_feature.txt", "2026-09-12", "byline date ('12 September 2026')",
    "Saturday 12 September 2026. 'this March' is 2026-03; 'Last Monday' is 2026-09-07; 'October' is 2026-10.")
Q("You could walk across it and not wet your knees,", "Abdul Karim Sarkar",
  "a rice farmer who has worked the same three acres since 1998, Abdul Karim Sarkar", "says")
Q("We were told the water was coming. Then we were told to wait,", "Abdul Karim Sarkar", "he", "says")
Q("We are still waiting.", "Abdul Karim Sarkar", "he", "says")
Q("Data is where trust begins,", "Mahmudul Hasan Talukder",
  "the senior Bangladeshi engineer who led his country's technical team, Mahmudul Hasan Talukder", "said")
Q("If we agree on how much water there is, we can argue honestly about how to share it.", "Mahmudul Hasan Talukder",
  "the senior Bangladeshi engineer who led his country's technical team, Mahmudul Hasan Talukder", "said")
Q("consult all stakeholders, including the state government,", "Arvind Rao", "he", "said", partial=True)
Q("Everybody wants a number,", "Sudeshna Ghosh", "Ghosh", "says")
Q("Nobody wants to be the one who signs it.", "Sudeshna Ghosh", "Ghosh", "says")
Q("respects the sovereign choices of a friendly neighbour.", "Arvind Rao", "Rao", "said", partial=True)
Q("If the talks fail, at least I will have eaten,", "Abdul Karim Sarkar", "he", "says")
A("India", "country", None, "India", ["India", "New Delhi"])
A("Bangladesh", "country", None, "Bangladesh", ["Bangladesh", "Dhaka"])
A("Abdul Karim Sarkar", "person", "rice farmer", None, ["Abdul Karim Sarkar", "Sarkar"])
A("Joint Rivers Commission", "organization", "bilateral river commission", "Joint Rivers Commission", ["Joint Rivers Commission"])
A("Mahmudul Hasan Talukder", "person", "senior engineer, head of Bangladesh's technical team", "Bangladesh", ["Mahmudul Hasan Talukder", "Talukder"])
A("Arvind Rao", "person", "joint secretary, Ministry of Jal Shakti", "India", ["Joint Secretary Arvind Rao", "Rao"])
A("Ministry of Jal Shakti", "organization", "water ministry", "India", ["Ministry of Jal Shakti"])
A("Sudeshna Ghosh", "person", "hydrologist, professor at Jadavpur University", "Jadavpur University", ["Professor Sudeshna Ghosh", "Ghosh"])
A("Jadavpur University", "organization", "university", "India", ["Jadavpur University"])
D("A decade and a half after", None, "anchor that only measures, in the dek", "relative", optional=True)
D("12 September 2026", "2026-09-12", "byline date", "date")
D("this March", "2026-03", "river a braid of sand", "relative")
D("1998", "1998", "farmer working the land since", "date")
D("September 2011", "2011-09", "interim agreement expected and not signed", "date")
D("Fifteen years later", None, "anchor that only measures", "relative", optional=True)
D("Last Monday", "2026-09-07", "Joint Rivers Commission met", "relative")
D("2022", "2022", "previous meeting", "date")
D("December 2025", "2025-12", "start of the lean season covered by the data", "date")
D("April 2026", "2026-04", "end of the lean season covered by the data", "date")
D("within a month", None, "window for the data exchange", "duration", optional=True)
D("October", "2026-10", "commission meets again", "date")

# ---------------------------------------------------------------- f03 liveblog, Rotterdam
art("f03_rotterdam_lashers_liveblog.txt", "2026-10-08", "date line ('Last updated: Thursday 8 October 2026')",
    "Liveblog of Thursday 8 October 2026; timestamps are clock times of that day (optional). 'last Thursday' is 2026-10-01 and 'a day after' it 2026-10-02; 'January 1' is 2027-01-01; 'Yesterday' 2026-10-07.")
Q("Closer, not close", "Marloes de Vries", "Union", None, partial=True)
Q("We are closer, not close,", "Marloes de Vries", "she", "told")
Q("The employers have finally put something on the night-shift allowance. It is not enough.", "Marloes de Vries", "she", "told")
Q("for a promise on paper that the members have not seen.", "Marloes de Vries", "She", "said", partial=True)
Q("disproportionate for a sector that has always settled at the table.", "Lashing Employers Rotterdam", "It", "calls", partial=True)
Q("Every day of this costs the port its reputation as the place where things move,", "Jeroen Bakker",
  "a spokesman, Jeroen Bakker", "said")
Q("not a party to the dispute", "Jeroen Bakker", "He", "added", partial=True)
Q("deeply regrets the inconvenience to our customers.", "Nordvik Container Lines", "the company", "said", partial=True)
Q("They climb on containers in the wind at three in the morning.", "Sandra Kuipers", "she", "said")
Q("You cannot pay people for that like you pay them for sitting in an office,", "Sandra Kuipers", "she", "said")
Q("price Rotterdam out of the market.", "Niels Verhoef", "he", "said", partial=True)
A("FNV Havens", "organization", "port workers' union", "FNV Havens", ["FNV Havens"])
A("Marloes de Vries", "person", "FNV Havens negotiator", "FNV Havens", ["Marloes de Vries"])
A("Lashing Employers Rotterdam", "organization", "employers' association", "Lashing Employers Rotterdam", ["Lashing Employers Rotterdam", "LER"])
A("Port of Rotterdam Authority", "organization", "port authority", "Netherlands", ["Port of Rotterdam Authority"])
A("Jeroen Bakker", "person", "spokesman of the port authority", "Port of Rotterdam Authority", ["Jeroen Bakker"])
A("Nordvik Container Lines", "organization", "shipping line", None, ["Nordvik Container Lines"])
A("Sandra Kuipers", "person", "crane driver", None, ["Sandra Kuipers"])
A("Niels Verhoef", "person", "chair of LER", "Lashing Employers Rotterdam", ["Niels Verhoef"])
A("APM Terminals", "organization", "terminal operator", None, ["APM Terminals"])
A("ECT", "organization", "terminal operator", None, ["ECT"])
D("Thursday 8 October 2026", "2026-10-08", "date line", "date")
D("17:05", None, "time of the update line", "time", optional=True)
D("06:00", None, "work stopped (key points)", "time", optional=True)
D("17:05", None, "timestamp", "time", optional=True, after="Key points")
D("today", "2026-10-08", "end of live coverage", "deictic")
D("tomorrow", "2026-10-09", "talks resume", "deictic")
D("09:00", None, "time talks resume", "time", optional=True)
D("16:48", None, "timestamp", "time", optional=True)
D("16:20", None, "timestamp", "time", optional=True)
D("January 1", "2027-01-01", "4.5 per cent rise from", "date")
D("July 2027", "2027-07", "second step", "date")
D("15:35", None, "timestamp", "time", optional=True)
D("June 30", "2026-06-30", "collective agreement expired", "date")
D("24-hour", None, "length of the first stoppage", "duration", optional=True)
D("September 24", "2026-09-24", "first stoppage", "date")
D("a day after", "2026-10-02", "second stoppage", "relative")
D("last Thursday", "2026-10-01", "talks broke down", "relative")
D("14:10", None, "timestamp", "time", optional=True)
D("this morning", "2026-10-08", "29 vessels waiting", "deictic")
D("12:50", None, "timestamp", "time", optional=True)
D("11:15", None, "timestamp", "time", optional=True)
D("09:30", None, "timestamp", "time", optional=True)
D("Yesterday", "2026-10-07", "Verhoef's warning", "deictic")
D("06:00", None, "timestamp", "time", optional=True, after="09:30")

# ---------------------------------------------------------------- f04 interview Q&A, Spain
art("f04_liga_f_players_interview.txt", "2026-06-03", "date line ('Published: Wednesday 3 June 2026')",
    "Wednesday 3 June 2026. 'next week' is 2026-06; 'February', 'April', 'May 16', 'June 30' and 'late August' are 2026; 'last month' is 2026-05.")
Q("We are not asking for a favour", "Carla Ibarra", "Carla Ibarra", None)
Q("half of our clubs would not survive it.", "Beatriz Álvarez", "Its president, Beatriz Álvarez", "said", partial=True)
Q("legally complicated.", "Óscar Melero", "The league's negotiator, Óscar Melero", "told", partial=True)
Q("a league that does not pay its players is not professional,", "Consejo Superior de Deportes", "Its director general", "told", partial=True)
A("Carla Ibarra", "person", "general secretary of FUTPRO, players' lead negotiator", "FUTPRO", ["Carla Ibarra"])
A("FUTPRO", "organization", "players' union", "FUTPRO", ["FUTPRO"])
A("Liga F", "organization", "professional women's football league", "Liga F", ["Liga F"])
A("Beatriz Álvarez", "person", "president of Liga F", "Liga F", ["Beatriz Álvarez", "Beatriz"])
A("Óscar Melero", "person", "Liga F negotiator", "Liga F", ["Óscar Melero"])
A("Consejo Superior de Deportes", "organization", "national sports council", "Spain", ["Consejo Superior de Deportes", "CSD"])
D("next week", "2026-06", "negotiations resume (dek)", "relative")
D("Wednesday 3 June 2026", "2026-06-03", "date line", "date")
D("2023", "2023", "Ibarra became general secretary", "date")
D("December 2023", "2023-12", "previous agreement signed", "date")
D("June 30", "2026-06-30", "agreement expires", "date")
D("February", "2026-02", "four meetings since", "date")
D("last month", "2026-05", "Álvarez's statement", "relative")
D("2023", "2023", "clubs said the same", "date", after="exactly the same in")
D("April", "2026-04", "Melero told the union", "date")
D("May 16", "2026-05-16", "players' assembly", "date")
D("late August", "2026-08", "season starts", "date")
D("late August", "2026-08", "season starts (repeated)", "date", n=1)

# ---------------------------------------------------------------- f05 press release, Saskatchewan
art("f05_kitsakwa_land_claim_release.txt", "2026-02-20", "dateline ('February 20, 2026')",
    "Friday 20 February 2026. 'today' is the release date; 'January 29 to 31' is 2026-01 (a range, resolved to its month); 'the end of 2026' is 2026.")
Q("For thirty years our Elders told the same story to every government that would listen, and most of them did not,",
  "Delphine Ahenakew-Morin", "Chief Delphine Ahenakew-Morin", "said")
Q("Today one finally wrote it down and signed it.", "Delphine Ahenakew-Morin", "Chief Delphine Ahenakew-Morin", "said")
Q("This settlement does not undo what was taken. It gives our children the means to build on what remains.",
  "Delphine Ahenakew-Morin", "Chief Delphine Ahenakew-Morin", None)
Q("corrects a shortfall in land that should have been set aside more than a century ago,", None,
  "The Minister of Crown-Indigenous Relations", "said", partial=True)
Q("for their patience with a process that asked too much of them.", None,
  "The Minister of Crown-Indigenous Relations", "thanked", partial=True)
Q("pleased to have supported", "Province of Saskatchewan", "The Province of Saskatchewan", "said", partial=True)
A("Kitsakwa Lake Cree Nation", "organization", "First Nation", "Kitsakwa Lake Cree Nation", ["Kitsakwa Lake Cree Nation", "Nation"])
A("Canada", "country", None, "Canada", ["Government of Canada", "Canada"])
A("Delphine Ahenakew-Morin", "person", "Chief of Kitsakwa Lake Cree Nation", "Kitsakwa Lake Cree Nation", ["Chief Delphine Ahenakew-Morin"])
A("Province of Saskatchewan", "organization", "provincial government", "Canada", ["Province of Saskatchewan"])
D("February 20, 2026", "2026-02-20", "release date", "date")
D("today", "2026-02-20", "settlement signed", "deictic")
D("1994", "1994", "claim first submitted", "date")
D("the next 15 years", None, "window to buy land", "duration", optional=True)
D("January 29 to 31", "2026-01", "ratification vote (a range)", "date")
D("Today", "2026-02-20", "inside a quote", "deictic")
D("more than a century ago", None, "inside a quote: land should have been set aside", "relative", optional=True)
D("1876", "1876", "Treaty 6 signed", "date")
D("1909", "1909", "reserve surveyed", "date")
D("2019", "2019", "negotiations began", "date")
D("2020", "2020", "negotiations paused", "date")
D("the end of 2026", "2026", "first land selections expected", "relative")

# ---------------------------------------------------------------- f06 analysis, Bolivia
art("f06_bolivia_bonds_analysis.txt", "2026-11-09", "byline date ('November 9, 2026')",
    "Monday 9 November 2026. 'August', 'October 27' and 'November 20' are 2026; 'last Wednesday' is 2026-11-04; 'Christmas' and 'December' (in quotes) 2026; 'the following Monday' is 2026-11-23.")
Q("committed to a swift agreement", "ad hoc group of bondholders", "the group", "said", partial=True)
Q("credible fiscal commitments, not just a lower coupon.", "ad hoc group of bondholders", "the group", "said", partial=True)
Q("Creditors have seen Bolivia's numbers before and seen them revised,", "Valeria Quiroga",
  "Valeria Quiroga, a former central bank economist who now teaches at the Universidad Católica Boliviana", "says")
Q("They want somebody else to check the homework, and in practice that means the IMF.", "Valeria Quiroga",
  "Valeria Quiroga, a former central bank economist who now teaches at the Universidad Católica Boliviana", "says")
Q("not hand its budget to Washington,", "Mauricio Terceros", "Vice Minister of Public Credit Mauricio Terceros", "told", partial=True)
Q("before Christmas.", "Mauricio Terceros", "He", "said", partial=True)
Q("I would not bet on December,", "Thomas Kessler",
  "Thomas Kessler, who manages emerging-market debt at a Frankfurt fund and holds some of the 2028 bonds", "says")
Q("The gap on the haircut is ten points. The gap on trust is wider.", "Thomas Kessler",
  "Thomas Kessler, who manages emerging-market debt at a Frankfurt fund and holds some of the 2028 bonds", "says")
Q("You can fix the bonds in a weekend,", "Jorge Mendizábal", "he", "said")
Q("Fixing the fuel subsidy takes a government. Fixing the exchange rate takes an election.", "Jorge Mendizábal", "he", "said")
A("Bolivia", "country", None, "Bolivia", ["Bolivia", "La Paz"])
A("ad hoc group of bondholders", "organization", "creditors' group", None, ["ad hoc group of bondholders", "creditors' group"])
A("Rothbury Partners", "organization", "investment bank advising the creditors", None, ["Rothbury Partners"])
A("Valeria Quiroga", "person", "former central bank economist, lecturer", "Universidad Católica Boliviana", ["Valeria Quiroga", "Quiroga"])
A("Universidad Católica Boliviana", "organization", "university", "Bolivia", ["Universidad Católica Boliviana"])
A("International Monetary Fund", "organization", "lender", "International Monetary Fund", ["IMF", "Fund"])
A("Mauricio Terceros", "person", "Vice Minister of Public Credit", "Bolivia", ["Vice Minister of Public Credit Mauricio Terceros", "Mauricio Terceros"])
A("Thomas Kessler", "person", "emerging-market debt fund manager", None, ["Thomas Kessler"])
A("Jorge Mendizábal", "person", "adviser to CAINCO, former central bank economist", "CAINCO", ["Jorge Mendizábal"])
A("CAINCO", "organization", "Santa Cruz business chamber", "CAINCO", ["CAINCO"])
D("November 9, 2026", "2026-11-09", "byline date", "date")
D("August", "2026-08", "restructuring announced", "date")
D("Three months on", None, "anchor that only measures", "relative", optional=True)
D("October 27", "2026-10-27", "offer presented in New York", "date")
D("2028", "2028", "the 2028 notes (year as modifier)", "date", optional=True)
D("2030", "2030", "the 2030 notes (year as modifier)", "date", optional=True)
D("2036", "2036", "new bonds maturing", "date")
D("2040", "2040", "new bonds maturing", "date")
D("last Wednesday", "2026-11-04", "vice minister told lawmakers", "relative")
D("Christmas", "2026-12-25", "inside a quote: deal could close before", "date")
D("December", "2026-12", "inside a quote", "date", after="I would not bet on")
D("2028", "2028", "the 2028 bonds (year as modifier)", "date", optional=True, after="holds some of the")
D("November 20", "2026-11-20", "deadline for creditors", "date")
D("the following Monday", "2026-11-23", "next round of talks", "relative")

# ---------------------------------------------------------------- f07 local paper, Port Talbot
art("f07_port_talbot_steel_local.txt", "2026-03-13", "date line ('Friday, 13 March 2026')",
    "Friday 13 March 2026. 'Wednesday' is 2026-03-11 (past); 'Monday' is 2026-03-16 (ballot papers go out); 'the day after' the result of March 26 is 2026-03-27.")
Q("the best that could be won at the table", "Community", "The Community union", "said", partial=True)
Q("earned the right to decide for themselves.", "Gareth Llewellyn", "Its regional officer, Gareth Llewellyn", "said", partial=True)
Q("This proposal protects jobs and pay while we build the future of steelmaking in Wales. We urge colleagues to support it.",
  "Tata Steel UK", "Tata Steel UK", "said")
Q("asks our members to learn a new job on old money.", "Sian Bevan", "Its convenor at the plant, Sian Bevan", "said", partial=True)
Q("We were told in 2024 that the transition would be fair,", "Sian Bevan", "she", "said")
Q("This is not what fair looks like.", "Sian Bevan", "she", "said")
Q("cannot afford another winter of uncertainty.", "Huw Morgan", "Cllr Huw Morgan", "said", partial=True)
Q("Whatever the vote says, the council will be there for the families.", "Huw Morgan", "He", "added")
Q("welcome the constructive talks", "Department for Business and Trade",
  "A spokesperson for the Department for Business and Trade", "said", partial=True)
Q("continue to work with all parties.", "Department for Business and Trade",
  "A spokesperson for the Department for Business and Trade", "said", partial=True)
A("Tata Steel UK", "organization", "steelmaker", None, ["Tata Steel UK", "Tata Steel", "Tata"])
A("Community", "organization", "steelworkers' union", "Community", ["Community"])
A("Gareth Llewellyn", "person", "regional officer of Community", "Community", ["Gareth Llewellyn"])
A("Unite", "organization", "union representing maintenance staff", "Unite", ["Unite"])
A("Sian Bevan", "person", "Unite convenor at the plant", "Unite", ["Sian Bevan"])
A("Huw Morgan", "person", "councillor for Aberavon", "Neath Port Talbot Council", ["Cllr Huw Morgan", "Huw Morgan"])
A("Neath Port Talbot Council", "organization", "county borough council", "Neath Port Talbot Council", ["Neath Port Talbot Council"])
A("United Kingdom", "country", None, "United Kingdom", ["UK"])
A("Department for Business and Trade", "organization", "government department", "United Kingdom", ["Department for Business and Trade"])
D("Friday, 13 March 2026", "2026-03-13", "date line", "date")
D("6:45am", None, "time of the date line", "time", optional=True)
D("midnight", None, "talks ran past", "time", optional=True)
D("Wednesday", "2026-03-11", "talks", "weekday")
D("Monday", "2026-03-16", "ballot papers go out", "weekday")
D("March 26", "2026-03-26", "result announced", "date")
D("the day after", "2026-03-27", "second meeting, the day after the result", "relative")
D("late 2027", "2027", "furnace starts production", "date")
D("2024", "2024", "inside a quote: told the transition would be fair", "date")
D("September 2024", "2024-09", "last blast furnace closed", "date")

# ---------------------------------------------------------------- f08 transcript, southern Thailand
art("f08_thailand_south_talks_transcript.txt", "2026-05-22", "metadata ('Aired: 2026-05-22')",
    "Friday 22 May 2026. 'Tuesday and Wednesday' are 2026-05-19 and 20; 'Thursday' and 'yesterday' 2026-05-21; 'last Friday' 2026-05-15; 'next year' 2027; 'July' and 'August' 2026.")
Q("a step in the right direction.", "Somkiat Boonprasert", "The Thai delegation head, Pol. Gen. Somkiat Boonprasert", "told", partial=True)
Q("has not seen the political will in Bangkok to talk about the real issues.", "Ismail Yusoh",
  "Its chief negotiator, Ismail Yusoh", "said", partial=True)
Q("within the framework of the constitution, full stop.", None, "The prime minister", "saying", partial=True)
Q("both parties left the room with more than they brought.", "Rahim Osman", "He", "said", partial=True)
Q("cannot be negotiated about us without us.", "Patani Women's Network", "The Patani Women's Network", "saying", partial=True)
A("Priya Nair", "person", "presenter", "Asia Weekly", ["PRIYA NAIR", "NAIR"])
A("BRN", "organization", "insurgent group", "BRN", ["BRN"])
A("Thailand", "country", None, "Thailand", ["Bangkok"])
A("Malaysia", "country", None, "Malaysia", ["Malaysia"])
A("Worawut Chaiyasit", "person", "academic at Prince of Songkla University", "Prince of Songkla University",
  ["Dr. Worawut Chaiyasit", "Dr. Worawut", "WORAWUT"])
A("Prince of Songkla University", "organization", "university", "Thailand", ["Prince of Songkla University"])
A("Somkiat Boonprasert", "person", "head of the Thai delegation", "Thailand", ["Pol. Gen. Somkiat Boonprasert"])
A("Ismail Yusoh", "person", "BRN chief negotiator", "BRN", ["Ismail Yusoh"])
A("Rahim Osman", "person", "Malaysian facilitator", "Malaysia", ["Dato' Rahim Osman"])
A("Patani Women's Network", "organization", "civil society group", "Patani Women's Network", ["Patani Women's Network"])
D("2026-05-22", "2026-05-22", "broadcast date", "date")
D("21:00", None, "broadcast time", "time", optional=True)
D("Tuesday", "2026-05-19", "talks in Kuala Lumpur", "weekday")
D("Wednesday", "2026-05-20", "talks in Kuala Lumpur", "weekday")
D("2013", "2013", "process began", "date")
D("the fasting month", None, "reduction of violence during", "relative", optional=True)
D("next year", "2027", "fasting month of", "relative")
D("July", "2026-07", "working group meets", "date")
D("February 2024", "2024-02", "last written outcome", "date")
D("Thursday", "2026-05-21", "prime minister repeated", "weekday")
D("yesterday", "2026-05-21", "facilitator's remark", "deictic")
D("last Friday", "2026-05-15", "Patani Women's Network statement", "relative")
D("August", "2026-08", "next round planned", "date")

# ---------------------------------------------------------------- f09 business site, Panama
art("f09_panama_copper_mine_business.txt", "2026-06-16", "date line ('June 16, 2026')",
    "Tuesday 16 June 2026. 'Monday' is 2026-06-15; 'Tuesday' the publication day; 'the end of the year' (in a quote) 2026; 'the week of June 29' is annotated as 'June 29' with 2026-06.")
Q("No decision about the future of the mine will be taken before we know what is in the ground and in the water,",
  "Gabriela Arosemena", "she", "said")
Q("encouraged by the progress", "Kevin Mortimer",
  "First Quantum's chief executive for the Panama operation, Kevin Mortimer", "said", partial=True)
Q("our patience and our balance sheet are not unlimited.", "Kevin Mortimer",
  "First Quantum's chief executive for the Panama operation, Kevin Mortimer", "warned", partial=True)
Q("A mine that pays less than before is not a deal anyone here can sell,", "Isabel Chen Barría",
  "environmental lawyer Isabel Chen Barría", "said")
Q("in the street and in the courts.", "Isabel Chen Barría", "She", "said", partial=True)
Q("essential for public finances", "Panamanian Chamber of Commerce", "The Panamanian Chamber of Commerce", "said", partial=True)
Q("before the end of the year.", "Panamanian Chamber of Commerce", "The Panamanian Chamber of Commerce", "urged", partial=True)
A("Panama", "country", None, "Panama", ["Panama"])
A("First Quantum Minerals", "organization", "Canadian miner", "Canada", ["First Quantum Minerals", "First Quantum"])
A("Supreme Court", "organization", "Panama's Supreme Court", "Panama", ["Supreme Court"])
A("Gabriela Arosemena", "person", "Deputy Minister of Commerce", "Panama", ["Deputy Minister of Commerce Gabriela Arosemena"])
A("Kevin Mortimer", "person", "First Quantum's chief executive for the Panama operation", "First Quantum Minerals", ["Kevin Mortimer"])
A("Isabel Chen Barría", "person", "environmental lawyer", "Centro de Incidencia Ambiental", ["Isabel Chen Barría"])
A("Centro de Incidencia Ambiental", "organization", "environmental law group", "Centro de Incidencia Ambiental", ["Centro de Incidencia Ambiental"])
A("Panamanian Chamber of Commerce", "organization", "business chamber", "Panamanian Chamber of Commerce", ["Panamanian Chamber of Commerce"])
D("June 16, 2026", "2026-06-16", "date line", "date")
D("10:20 a.m.", None, "time of the date line", "time", optional=True)
D("Monday", "2026-06-15", "both sides said", "weekday")
D("November 2023", "2023-11", "mine shut since", "date")
D("July 1", "2026-07-01", "audit starts", "date")
D("2023", "2023", "the 2023 contract (year as modifier)", "date", optional=True, after="the minimum set in the")
D("November 2023", "2023-11", "photo caption", "date", after="Protesters outside")
D("Tuesday", "2026-06-16", "chamber statement", "weekday")
D("the end of the year", "2026", "inside a quote: agreement by", "relative")
D("June 29", "2026-06", "the week of: next round", "date")

# ---------------------------------------------------------------- f10 daily, Sri Lanka
art("f10_sri_lanka_tea_wages_daily.txt", "2026-08-06", "dateline ('COLOMBO, Thursday, 6 August 2026')",
    "Thursday 6 August 2026. 'Wednesday' and 'later in the day' are 2026-08-05; 'Monday' is 2026-08-10; 'the weekend' 2026-08; 'March' and 'the end of September' 2026; 'the year after that' (in a quote, after 2024) 2025.")
Q("ignores the reality of falling yields and rising costs", "Planters' Association of Ceylon", "The association", "said", partial=True)
Q("push several estates into closure before the end of the season.", "Planters' Association of Ceylon", "The association", "said", partial=True)
Q("hiding behind yields.", "Senthil Arumugam", "Its general secretary, Senthil Arumugam", "accused", partial=True)
Q("They said the same thing in 2024, and the year after that they reported record profits,", "Senthil Arumugam", "he", "said")
Q("We are not asking for charity,", "Senthil Arumugam", "he", "told")
Q("We are asking for what the work is worth.", "Senthil Arumugam", "he", "told")
Q("within days.", "Ministry of Labour", "The Ministry of Labour", "said", partial=True)
Q("will not allow the estates to become a battlefield.", None, "The minister", "said", partial=True)
Q("Rice costs what it costs,", "Kamala Devi", "she", "said")
Q("The estate does not care if it rained.", "Kamala Devi", "she", "said")
Q("She sends money home. I do not want that for her, but what can I say?", "Kamala Devi", "She", "added")
Q("when the unions are ready to talk about productivity.", "Ravindra Perera",
  "The association's chairman, Ravindra Perera", "said", partial=True)
A("Planters' Association of Ceylon", "organization", "estate companies' association", "Planters' Association of Ceylon", ["Planters' Association of Ceylon"])
A("Ceylon Workers' Congress", "organization", "estate workers' union", "Ceylon Workers' Congress", ["Ceylon Workers' Congress"])
A("Senthil Arumugam", "person", "general secretary of the Ceylon Workers' Congress", "Ceylon Workers' Congress", ["Senthil Arumugam"])
A("Ministry of Labour", "organization", "ministry", "Sri Lanka", ["Ministry of Labour"])
A("Kamala Devi", "person", "tea plucker", None, ["Kamala Devi"])
A("Ravindra Perera", "person", "chairman of the Planters' Association of Ceylon", "Planters' Association of Ceylon", ["Ravindra Perera"])
D("Thursday, 6 August 2026", "2026-08-06", "dateline", "date")
D("Wednesday", "2026-08-05", "talks broke down", "weekday")
D("the end of the season", None, "inside a quote: estates pushed into closure before", "relative", optional=True)
D("noon", None, "walkout shortly after", "time", optional=True)
D("2024", "2024", "inside a quote: companies said the same", "date")
D("the year after that", "2025", "inside a quote: record profits", "relative")
D("Monday", "2026-08-10", "go-slow would begin", "weekday")
D("the weekend", "2026-08", "deadline for a better offer", "relative")
D("within days", None, "inside a quote: wage board convened", "duration", optional=True)
D("later in the day", "2026-08-05", "minister spoke to parliament", "relative")
D("March", "2026-03", "daughter left for a garment factory", "date")
D("2024", "2024", "last wage agreement reached", "date", after="reached in")
D("the end of September", "2026-09", "agreement expires", "relative")

gold.finish()
