#!/usr/bin/env python3
"""Writes gold/{quotes,actors,dates,articles}.jsonl for the eighth blind set (tests/blind8).

Ten articles written for this set, annotated by hand before detente was ever run on them.
Annotations are written here as strings; offsets (Python code-point indices, as in
/work/shared/gold/seeds) are computed by locating each string in its article and every
record is checked by the kit in tests/kit/gold_annotation.py (text == content[start:end],
quotes sit between quotation marks, speakers are actors of the article, mentions occur
verbatim). Run from anywhere:
    python3 tests/blind8/annotate.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "kit"))
from gold_annotation import Annotator  # noqa: E402

gold = Annotator(HERE)
art, Q, A, D = gold.art, gold.Q, gold.A, gold.D

# ---------------------------------------------------------------- m01 wire, Montevideo
art("m01_uruguay_argentina_channel_wire.txt", "2026-02-18", "date line ('February 18, 2026') and dateline ('MONTEVIDEO, Feb 18')",
    "Wednesday 18 February 2026. 'Tuesday' 2026-02-17; 'next month' 2026-03; 'last year' 2025; 'the second week of March' 2026-03; Easter 2026 is 2026-04-05.")
Q("We came with a cheque and a timetable, and we are leaving with a promise to meet again,", "Martín Olivera Sosa",
  "Uruguay's deputy foreign minister, Martín Olivera Sosa", "told")
Q("That is not nothing. But the ships will not wait for a better mood,", "Martín Olivera Sosa", "he", "added")
Q("identified the technical points of agreement", "Administrative Commission of the Río de la Plata",
  "The commission", "said", partial=True)
Q("What we oppose is paying for a highway that mostly serves someone else's port,", "Graciela Etcheverry", "she", "said")
Q("frank and useful", None, "The office of Argentina's foreign minister", "said", partial=True)
Q("Every week of delay we are effectively paying freight on water,", "Federico Arrieta", "he", "said")
Q("Neither capital wants to be seen paying the other's bill,", "Rosana Benítez", "she", "said")
A("Uruguay", "country", None, "Uruguay", ["Uruguay"])
A("Argentina", "country", None, "Argentina", ["Argentina", "Buenos Aires"])
A("Martín Olivera Sosa", "person", "Uruguay's deputy foreign minister", "Uruguay", ["Martín Olivera Sosa"])
A("Administrative Commission of the Río de la Plata", "organization", "binational river commission",
  "Administrative Commission of the Río de la Plata", ["Administrative Commission of the Río de la Plata"])
A("Graciela Etcheverry", "person", "ambassador, head of Argentina's delegation", "Argentina", ["Ambassador Graciela Etcheverry", "Graciela Etcheverry"])
A("Ministry of Transport and Public Works", "organization", "ministry", "Uruguay", ["Ministry of Transport and Public Works"])
A("Corporación Litoral del Plata", "organization", "grain terminal operator", None, ["Corporación Litoral del Plata"])
A("Federico Arrieta", "person", "manager of the grain terminal of Corporación Litoral del Plata", "Corporación Litoral del Plata", ["Federico Arrieta"])
A("Universidad de la República", "organization", "university", "Uruguay", ["Universidad de la República"])
A("Rosana Benítez", "person", "expert on river law", "Universidad de la República", ["Rosana Benítez"])
D("February 18, 2026", "2026-02-18", "date line", "date")
D("17:12", None, "time of the date line", "time", optional=True)
D("Feb 18", "2026-02-18", "dateline", "date")
D("Tuesday", "2026-02-17", "talks ended", "weekday")
D("1973", "1973", "the 1973 treaty (year as modifier)", "date", optional=True)
D("March 6", "2026-03-06", "report to the foreign ministries", "date")
D("the southern winter", "2026", "tender could be launched before", "relative", optional=True)
D("within ten weeks of a signed agreement", None, "dredgers could begin work (window)", "duration", optional=True)
D("next month", "2026-03", "technical team travels to Montevideo", "relative")
D("last year", "2025", "low river levels", "relative")
D("the second week of March", "2026-03", "next round expected", "relative")
D("Easter", "2026-04-05", "next round well before", "date")

# ---------------------------------------------------------------- m02 long read, Kasungu
art("m02_malawi_tobacco_floor_feature.txt", "2026-05-28", "byline date ('Thursday 28 May 2026')",
    "Thursday 28 May 2026. 'Last month' 2026-04 and 'The next day' after the walkout of last month 2026-04; 'Tuesday' 2026-06-02; Malawi's Independence Day is 2026-07-06; 'November' 2026-11.")
Q("You bring a year of work on your back and a man you have never met tells you what it is worth in eleven seconds,",
  "Yohane Phiri", "he", "says")
Q("Then he is gone to the next bale.", "Yohane Phiri", "he", "says")
Q("Pay the same for good leaf and bad leaf, and next year you will get only bad leaf.", "Duncan Mwale",
  "A tall, careful man who runs leaf purchasing for one of them, Duncan Mwale of Lilongwe Leaf Traders", "puts")
Q("a lottery with a barcode", "Tobacco Association of Malawi", "It", "called", partial=True)
Q("We want an agreement the buyers can live with, because a price they will not pay is only a number on paper,",
  "Grace Nkhoma", "she", "says")
Q("The grading is opaque, and the quality has fallen,", "Mphatso Gondwe", "she", "says")
Q("Those two facts feed each other.", "Mphatso Gondwe", "she", "says")
Q("It ended the surprises,", "Yohane Phiri", "he", "says")
Q("Now we know in advance that the price will be bad.", "Yohane Phiri", "he", "says")
A("Yohane Phiri", "person", "tobacco grower", None, ["Yohane Phiri", "Phiri"])
A("Tobacco Commission", "organization", "tobacco regulator", "Malawi", ["Tobacco Commission"])
A("Malawi", "country", None, "Malawi", ["Malawi"])
A("Lilongwe Leaf Traders", "organization", "leaf merchant", None, ["Lilongwe Leaf Traders"])
A("Duncan Mwale", "person", "head of leaf purchasing at Lilongwe Leaf Traders", "Lilongwe Leaf Traders", ["Duncan Mwale"])
A("Tobacco Association of Malawi", "organization", "growers' association", "Tobacco Association of Malawi", ["Tobacco Association of Malawi"])
A("Ministry of Agriculture", "organization", "ministry", "Malawi", ["Ministry of Agriculture"])
A("Grace Nkhoma", "person", "chief of staff to the agriculture minister", "Malawi", ["Grace Nkhoma"])
A("University of Malawi", "organization", "university", "Malawi", ["University of Malawi"])
A("Mphatso Gondwe", "person", "economist", "University of Malawi", ["Mphatso Gondwe", "Gondwe"])
D("the next season", None, "dek: minimum price wanted before", "relative", optional=True)
D("Thursday 28 May 2026", "2026-05-28", "byline date", "date")
D("four in the morning", None, "grower in the line since", "time", optional=True)
D("next year", "2027", "inside a quote: hypothetical bad leaf", "relative", optional=True)
D("This season", "2026", "average price", "relative", optional=True)
D("Last month", "2026-04", "commission proposed a floor, buyers walked out", "relative")
D("The next day", "2026-04", "growers' association answered", "relative")
D("2023", "2023", "officials promised contract farming", "date")
D("Tuesday", "2026-06-02", "talks resume", "weekday")
D("Independence Day", "2026-07-06", "floor announced before", "date")
D("July 6", "2026-07-06", "Independence Day", "date")
D("November", "2026-11", "planting", "date")

# ---------------------------------------------------------------- m03 liveblog, Piraeus
art("m03_greek_ferry_strike_liveblog.txt", "2026-10-14", "date line ('Last updated Wednesday 14 October 2026')",
    "Liveblog of Wednesday 14 October 2026; timestamps are clock times of that day (optional). 'Tomorrow' 2026-10-15; 'last Friday' 2026-10-09; 'Friday' 2026-10-16; Ochi Day is 2026-10-28.")
Q("We are close on hours, far on money", "Stavros Kalogeropoulos", None, None, partial=True)
Q("We are close on hours, far on money. Tomorrow we will know whether the strike ends on time or gets longer.",
  "Stavros Kalogeropoulos", "A PNO negotiator leaving the ministry, Stavros Kalogeropoulos", "summed up")
Q("at least three euros to an average island ticket.", "Union of Coastal Passenger Shipowners",
  "The Union of Coastal Passenger Shipowners", "said", partial=True)
Q("responsibility", "Eleni Vardaki", "Minister", "urges", partial=True)
Q("responsibility from both sides", "Eleni Vardaki", "Maritime Affairs Minister Eleni Vardaki", "told", partial=True)
Q("held hostage too many times by the calendar", "Eleni Vardaki", "She", "added", partial=True)
Q("I have a shift tomorrow at eight and no way to get there,", "Katerina Psalti", "she", "said")
Q("They should strike against the owners, not against the islands.", "Katerina Psalti", "she", "said")
Q("damage bookings for next year", "Greek Tourism Confederation", "The Greek Tourism Confederation, SETE", "said", partial=True)
A("PNO", "organization", "seamen's federation", "PNO", ["PNO"])
A("Stavros Kalogeropoulos", "person", "PNO negotiator", "PNO", ["Stavros Kalogeropoulos"])
A("Union of Coastal Passenger Shipowners", "organization", "shipowners' association", "Union of Coastal Passenger Shipowners",
  ["Union of Coastal Passenger Shipowners"])
A("Eleni Vardaki", "person", "Maritime Affairs Minister", "Greece", ["Eleni Vardaki"])
A("ERT", "organization", "state broadcaster", None, ["ERT"])
A("Ministry of Maritime Affairs and Insular Policy", "organization", "maritime ministry", "Greece", ["Ministry of Maritime Affairs and Insular Policy"])
A("Andreas Mavridis", "person", "PNO general secretary", "PNO", ["Andreas Mavridis"])
A("Katerina Psalti", "person", "nurse, stranded passenger", None, ["Katerina Psalti"])
A("Hellenic Coast Guard", "organization", "coast guard", "Greece", ["Hellenic Coast Guard"])
A("Greek Tourism Confederation", "organization", "tourism business association", "Greek Tourism Confederation",
  ["Greek Tourism Confederation", "SETE"])
A("Yiannis Doukas", "person", "president of SETE", "Greek Tourism Confederation", ["Yiannis Doukas"])
D("48 hours", None, "headline: length of the strike", "duration", optional=True)
D("Wednesday 14 October 2026", "2026-10-14", "date line", "date")
D("19:25", None, "time of the update line", "time", optional=True)
D("06:00", None, "walkout began", "time", optional=True)
D("this morning", "2026-10-14", "crews walked off", "deictic")
D("17:00", None, "talks resumed", "time", optional=True)
D("19:25", None, "timestamp", "time", optional=True, after="Talks at the maritime")
D("Tomorrow", "2026-10-15", "inside a quote: strike ends or is extended", "deictic")
D("18:50", None, "timestamp", "time", optional=True)
D("the spring", "2026", "fuel costs absorbed since", "relative", optional=True)
D("18:10", None, "timestamp", "time", optional=True)
D("17:00", None, "timestamp", "time", optional=True, after="by the calendar")
D("15:40", None, "timestamp", "time", optional=True)
D("tomorrow", "2026-10-15", "inside a quote: nurse's shift", "deictic")
D("eight", None, "inside a quote: clock time of the shift", "time", optional=True, after="shift tomorrow at ")
D("13:15", None, "timestamp", "time", optional=True)
D("midday", None, "sailings cancelled by", "time", optional=True)
D("11:00", None, "timestamp", "time", optional=True)
D("30 June", "2026-06-30", "collective agreement expired", "date")
D("the summer", "2026", "owners had time since", "relative", optional=True)
D("last Friday", "2026-10-09", "owners' offer", "relative")
D("September", "2026-09", "federation first threatened action", "date")
D("09:30", None, "timestamp", "time", optional=True)
D("next year", "2027", "inside a quote: bookings damaged", "relative")
D("the Ochi Day holiday", "2026-10-28", "deal hoped for before", "date")
D("October 28", "2026-10-28", "Ochi Day", "date")
D("06:05", None, "timestamp", "time", optional=True)
D("06:00", None, "strike due to end", "time", optional=True, after="due to end at")
D("Friday", "2026-10-16", "strike due to end", "weekday", after="due to end at")

# ---------------------------------------------------------------- m04 interview, Kingston
art("m04_jamaica_nurses_interview.txt", "2026-09-17", "byline date ('Thursday 17 September 2026')",
    "Thursday 17 September 2026. 'Monday' 2026-09-14; 'last week' 2026-09; 'July' and 'June' 2026; Jamaica's Heroes Day (third Monday of October) is 2026-10-19; 'September 24' 2026-09-24.")
Q("We are training nurses for other countries' hospitals", "Patrice Gordon-Lewis", None, None)
Q("The envelope is the envelope.", None, "The Permanent Secretary", "told")
Q("stay and build.", "Marcia Blagrove", "Health Minister Marcia Blagrove", "said", partial=True)
Q("I love this hospital, but I cannot pay rent with love.", None, "A young nurse at the Kingston Public Hospital", "told")
Q("a fair and fiscally responsible offer", "Ministry of Finance and the Public Service",
  "the Ministry of Finance and the Public Service", "said", partial=True)
Q("a call to partnership, not a criticism.", "Ministry of Health and Wellness", "The Ministry of Health and Wellness", "said", partial=True)
A("Nurses Association of Jamaica", "organization", "nurses' association", "Nurses Association of Jamaica", ["Nurses Association of Jamaica"])
A("Ministry of Finance and the Public Service", "organization", "finance ministry", "Jamaica",
  ["Ministry of Finance and the Public Service", "Ministry of Finance", "Finance Ministry"])
A("Patrice Gordon-Lewis", "person", "president of the Nurses Association of Jamaica", "Nurses Association of Jamaica",
  ["Patrice Gordon-Lewis", "Gordon-Lewis"])
A("Marcia Blagrove", "person", "Health Minister", "Jamaica", ["Marcia Blagrove"])
A("Kingston Public Hospital", "organization", "public hospital", "Jamaica", ["Kingston Public Hospital"])
A("Ministry of Health and Wellness", "organization", "health ministry", "Jamaica", ["Ministry of Health and Wellness"])
D("Thursday 17 September 2026", "2026-09-17", "byline date", "date")
D("June", "2026-06", "talks began", "date")
D("2024", "2024", "president since", "date")
D("Monday", "2026-09-14", "interview", "weekday")
D("July", "2026-07", "Permanent Secretary's remark", "date")
D("last week", "2026-09", "minister's remark", "relative")
D("Heroes Day", "2026-10-19", "deadline for an offer", "date")
D("next year", "2027", "next year's budget (year as modifier)", "relative", optional=True)
D("September 24", "2026-09-24", "talks continue", "date")

# ---------------------------------------------------------------- m05 press release, Trnava
art("m05_slovakia_drive_units_release.txt", "2026-11-04", "dateline ('Trnava, 4 November 2026')",
    "Wednesday 4 November 2026. 'today' 2026-11-04; 'September' 2026-09; 'the next day' after October 21 is 2026-10-22; 'March' 2026-03; 'January' (talks to open) 2027-01; 'the spring of 2027' 2027.")
Q("This agreement gives our people a fair share of the plant's growth and gives our customers certainty until the end of 2028,",
  "Ivana Kollárová", "Ivana Kollárová, Chief Executive Officer of Považie Automotive", "said")
Q("We negotiated hard and we negotiated honestly.", "Ivana Kollárová",
  "Ivana Kollárová, Chief Executive Officer of Považie Automotive", "said")
Q("We wanted a rise above inflation in both years and protection for the weekend shifts. We have both in writing,",
  "Peter Hudec", "he", "said")
Q("that social dialogue in the automotive sector works without stoppages.", "Ministry of Economy of the Slovak Republic",
  "A ministry spokesperson", "said", partial=True)
Q("We will look at it with an open mind, and without promises,", "Ivana Kollárová", "Kollárová", "added")
A("Považie Automotive", "organization", "maker of electric-vehicle drive units", "Slovakia",
  ["Považie Automotive a.s.", "Považie Automotive"])
A("OZ KOVO", "organization", "metalworkers' union", "OZ KOVO", ["OZ KOVO"])
A("Ivana Kollárová", "person", "Chief Executive Officer of Považie Automotive", "Považie Automotive", ["Ivana Kollárová", "Kollárová"])
A("Peter Hudec", "person", "chairman of the OZ KOVO organisation at the plant", "OZ KOVO", ["Peter Hudec"])
A("Ministry of Economy of the Slovak Republic", "organization", "economy ministry", "Slovakia", ["Ministry of Economy of the Slovak Republic"])
D("two-year", None, "headline: length of the agreement (as modifier)", "duration", optional=True)
D("4 November 2026", "2026-11-04", "dateline", "date")
D("today", "2026-11-04", "agreement signed", "deictic")
D("2027", "2027", "agreement covers", "date", after="Trnava plant for ")
D("2028", "2028", "agreement covers", "date", after="Trnava plant for ")
D("January 1, 2027", "2027-01-01", "first rise", "date")
D("January 1, 2028", "2028-01-01", "second rise", "date")
D("the end of 2028", "2028", "inside a quote: certainty until", "relative")
D("September", "2026-09", "negotiations began", "date")
D("October 21", "2026-10-21", "strike alert declared", "date")
D("the next day", "2026-10-22", "strike alert lifted", "relative")
D("March", "2026-03", "second assembly line announced", "date")
D("the spring of 2027", "2027", "talks on a four-day week pilot", "date")
D("January", "2027-01", "Žilina talks open", "date", after="would open in ")
D("November 12", "2026-11-12", "employees' vote", "date")

# ---------------------------------------------------------------- m06 explainer, Morocco-EU fisheries
art("m06_morocco_eu_fisheries_explainer.txt", "2026-06-03", "byline date ('Published Wednesday 3 June 2026')",
    "Wednesday 3 June 2026. 'This week' 2026-06; 'Tuesday' 2026-06-02; 'the end of the year' 2026; 'later this month' 2026-06; Morocco's Throne Day is 2026-07-30.")
Q("We are ready to talk about everything except the map,", None, "a Moroccan official involved in the talks", "said")
Q("exploring formulas that are legally robust and mutually acceptable", "Paolo Ventresca",
  "Its spokesperson for ocean affairs, Paolo Ventresca", "told", partial=True)
Q("My members cannot eat formulas,", "Manuel Reyes Caballero", "he", "said")
Q("They need a date.", "Manuel Reyes Caballero", "he", "said")
Q("that sells Sahrawi fish without Sahrawi consent", "Lahbib Mahfoud Ali",
  "Its representative in Europe, Lahbib Mahfoud Ali", "said", partial=True)
A("European Union", "organization", "bloc", "European Union", ["EU"])
A("Morocco", "country", None, "Morocco", ["Morocco", "Rabat"])
A("European Commission", "organization", "EU executive", "European Union", ["European Commission", "Commission"])
A("EU Court of Justice", "organization", "EU court", "European Union", ["EU Court of Justice"])
A("Polisario Front", "organization", "Sahrawi independence movement", "Polisario Front", ["Polisario Front", "Polisario"])
A("Paolo Ventresca", "person", "Commission spokesperson for ocean affairs", "European Union", ["Paolo Ventresca"])
A("Armadores del Estrecho", "organization", "Barbate shipowners' association", "Armadores del Estrecho", ["Armadores del Estrecho"])
A("Manuel Reyes Caballero", "person", "secretary of Armadores del Estrecho", "Armadores del Estrecho", ["Manuel Reyes Caballero"])
A("Ministry of Agriculture, Fisheries and Food", "organization", "ministry", "Spain", ["Ministry of Agriculture, Fisheries and Food"])
A("Lahbib Mahfoud Ali", "person", "Polisario Front representative in Europe", "Polisario Front", ["Lahbib Mahfoud Ali"])
D("Wednesday 3 June 2026", "2026-06-03", "byline date", "date")
D("July 2023", "2023-07", "last protocol expired", "date")
D("This week", "2026-06", "negotiators met in Brussels", "relative")
D("4 October 2024", "2024-10-04", "Court of Justice ruling", "date")
D("Tuesday", "2026-06-02", "spokesperson's remarks", "weekday")
D("the end of the year", "2026", "aid to crews until", "relative")
D("later this month", "2026-06", "next meeting in Rabat", "relative")
D("Throne Day", "2026-07-30", "agreement in principle hoped for before", "date")
D("July 30", "2026-07-30", "Throne Day", "date")

# ---------------------------------------------------------------- m07 podcast transcript, Stockholm
art("m07_sweden_mechanics_podcast.txt", "2026-11-19", "metadata ('Released Thursday 19 November 2026')",
    "Thursday 19 November 2026. 'a year ago this month' 2025-11; 'this week' 2026-11; 'Monday' 2026-11-16; 'last November' 2025-11; 'Tuesday' 2026-11-17; Lucia is 2026-12-13; 'last December' 2025-12; 'last year' 2025.")
Q("We did not come to talk about whether there will be an agreement. We came to talk about when.", "Maria Sundberg",
  "The union's negotiator, Maria Sundberg", "told")
Q("Our employees' terms are already among the best in the industry. We are open to dialogue, but not to a model that was designed for another era.",
  "Henrik Falk", "The company's Nordic director, Henrik Falk", "put")
Q("agreed to continue the conversation.", "National Mediation Office", "The National Mediation Office", "said", partial=True)
Q("As long as IF Metall is out, we are out.", "Erik Nyholm", "Its chairman, Erik Nyholm", "told")
A("Anna Lundqvist", "person", "host", "Nordic Business Hour", ["ANNA LUNDQVIST", "Anna Lundqvist", "LUNDQVIST", "Anna"])
A("Johan Ekdahl", "person", "labour correspondent", "Nordic Business Hour", ["Johan Ekdahl", "JOHAN EKDAHL", "EKDAHL", "Johan"])
A("Voltra Motors", "organization", "carmaker", None, ["Voltra Motors", "Voltra"])
A("IF Metall", "organization", "union", "IF Metall", ["IF Metall"])
A("National Mediation Office", "organization", "state mediation agency", "Sweden", ["National Mediation Office"])
A("Maria Sundberg", "person", "IF Metall negotiator", "IF Metall", ["Maria Sundberg"])
A("Henrik Falk", "person", "Voltra Motors Nordic director", "Voltra Motors", ["Henrik Falk", "Falk"])
A("Swedish Dockworkers' Union", "organization", "dockworkers' union", "Swedish Dockworkers' Union", ["Swedish Dockworkers' Union"])
A("Erik Nyholm", "person", "chairman of the Swedish Dockworkers' Union", "Swedish Dockworkers' Union", ["Erik Nyholm"])
A("Uppsala University", "organization", "university", "Sweden", ["Uppsala University"])
A("Karin Westberg", "person", "labour historian", "Uppsala University", ["Karin Westberg", "KARIN WESTBERG", "WESTBERG"])
D("Thursday 19 November 2026", "2026-11-19", "release date", "date")
D("Today", "2026-11-19", "programme's subject", "deictic")
D("a year ago this month", "2025-11", "mechanics walked out", "relative")
D("this week", "2026-11", "company and union met", "relative")
D("Monday", "2026-11-16", "meeting at the mediation office", "weekday")
D("last November", "2025-11", "union's demand unchanged since", "relative")
D("Tuesday", "2026-11-17", "company statement", "weekday")
D("Lucia", "2026-12-13", "second meeting proposed before", "date")
D("December 13", "2026-12-13", "Lucia", "date")
D("last December", "2025-12", "dockworkers' blockade since", "relative")
D("the 1930s", None, "most important test since", "date", optional=True)
D("last year", "2025", "company had never sat with a union until", "relative")

# ---------------------------------------------------------------- m08 student paper, Dublin
art("m08_trinity_stipends_student_paper.txt", "2026-01-29", "date line ('Thursday, 29 January 2026')",
    "Thursday 29 January 2026. 'last Friday' 2026-01-23; 'last year' 2025; 'the summer' 2026; 'Monday' (coming) 2026-02-02; 'next week' 2026-02; St Patrick's Day 2026-03-17, 'the week after' 2026-03.")
Q("polite and pointless.", "Niamh Ó Súilleabháin",
  "Its chair, Niamh Ó Súilleabháin, a fourth-year researcher in the School of Physics", "described", partial=True)
Q("We teach their undergraduates, we mark their exams, and some of us are living on less than the minimum wage,",
  "Niamh Ó Súilleabháin", "she", "told")
Q("College says it agrees with us and then says there is no money.", "Niamh Ó Súilleabháin", "she", "told")
Q("values the contribution of its research students enormously", "Trinity College Dublin", "A spokesperson for Trinity", "said", partial=True)
Q("continue to engage with all stakeholders", "Department of Further and Higher Education, Research, Innovation and Science",
  "The Department", "said", partial=True)
Q("If we stop marking, it is the undergraduates who get punished, not the Provost,", None,
  "A third-year history student", "said")
Q("stands with postgraduate workers", "Conor Gallagher", "Conor Gallagher, the Students' Union education officer", "said", partial=True)
Q("the week after, at the latest.", "Niamh Ó Súilleabháin", "Ó Súilleabháin", "said", partial=True)
A("Trinity College Dublin", "organization", "university", "Ireland", ["Trinity College Dublin", "Trinity", "College"])
A("Postgraduate Workers' Organisation", "organization", "postgraduate researchers' group", "Postgraduate Workers' Organisation",
  ["Postgraduate Workers' Organisation"])
A("Niamh Ó Súilleabháin", "person", "chair of the Postgraduate Workers' Organisation, PhD researcher", "Postgraduate Workers' Organisation",
  ["Niamh Ó Súilleabháin", "Ó Súilleabháin"])
A("Department of Further and Higher Education, Research, Innovation and Science", "organization", "government department", "Ireland",
  ["Department of Further and Higher Education, Research, Innovation and Science", "Department"])
A("Residential Tenancies Board", "organization", "state tenancy regulator", "Ireland", ["Residential Tenancies Board"])
A("Students' Union", "organization", "students' union", "Students' Union", ["Students' Union"])
A("Conor Gallagher", "person", "Students' Union education officer", "Students' Union", ["Conor Gallagher"])
D("Thursday, 29 January 2026", "2026-01-29", "date line", "date")
D("last Friday", "2026-01-23", "meeting with the Provost's office", "relative")
D("2024", "2024", "stipend raised", "date")
D("last year", "2025", "rents rose", "relative")
D("the summer", "2026", "funding review reports by", "relative", optional=True)
D("Monday", "2026-02-02", "students' council asked to back the action", "weekday")
D("next week", "2026-02", "ballot", "relative")
D("the St Patrick's Day holiday", "2026-03-17", "result announced before", "date")
D("the week after", "2026-03", "inside a quote: latest date for the result", "relative")
D("February 23", "2026-02-23", "reading week begins", "date")

# ---------------------------------------------------------------- m09 financial newswire, Bucharest
art("m09_romania_gas_takeover_markets.txt", "2026-12-02", "date line ('2026-12-02 14:37 UTC')",
    "Wednesday 2 December 2026. 'Wednesday' 2026-12-02; 'Friday' 2026-12-04; 'October' 2026-10; 'last month' 2026-11; 'the end of the first quarter' 2027 (the next first quarter).")
Q("materially undervalues", "Carpat Gaz", "Carpat's board", "said", partial=True)
Q("We have listened to shareholders and we have moved,", "Gábor Szalai", "Pannon chief executive Gábor Szalai", "said")
Q("This is a full and fair price, and it is our final one unless a competing bid emerges.", "Gábor Szalai",
  "Pannon chief executive Gábor Szalai", "said")
Q("comfortably above 45 lei.", "Carpat Gaz", "It", "said", partial=True)
Q("look carefully", None, "Romania's energy minister", "said", partial=True)
Q("open to engagement at the right level.", "Fondul Prudent",
  "The largest minority holder, the pension fund manager Fondul Prudent", "said", partial=True)
Q("Below that we are happy to keep collecting dividends,", "Radu Mihăilescu", "he", "said")
Q("closes most of the gap", "Transilvania Securities", "Analysts at Transilvania Securities", "wrote", partial=True)
A("Pannon Energia", "organization", "utility", "Hungary", ["Pannon Energia Zrt.", "Pannon Energia", "Pannon"])
A("Carpat Gaz", "organization", "gas distributor", "Romania", ["Carpat Gaz SA", "Carpat Gaz", "Carpat"])
A("Gábor Szalai", "person", "chief executive of Pannon Energia", "Pannon Energia", ["Gábor Szalai"])
A("Bucharest Stock Exchange", "organization", "stock exchange", "Romania", ["Bucharest Stock Exchange"])
A("Romania", "country", None, "Romania", ["Romania"])
A("Competition Council", "organization", "competition authority", "Romania", ["Competition Council"])
A("Commission for the Examination of Foreign Direct Investments", "organization", "investment screening body", "Romania",
  ["Commission for the Examination of Foreign Direct Investments"])
A("Ministry of Energy", "organization", "energy ministry", "Romania", ["Ministry of Energy"])
A("Fondul Prudent", "organization", "pension fund manager", None, ["Fondul Prudent"])
A("Radu Mihăilescu", "person", "head of equities at Fondul Prudent", "Fondul Prudent", ["Radu Mihăilescu"])
A("Transilvania Securities", "organization", "broker", None, ["Transilvania Securities"])
D("2026-12-02", "2026-12-02", "date line", "date")
D("14:37", None, "time of the date line", "time", optional=True)
D("Wednesday", "2026-12-02", "offer raised", "weekday")
D("14:00", None, "share price by", "time", optional=True)
D("Friday", "2026-12-04", "board meets", "weekday")
D("October", "2026-10", "board's valuation prepared", "date")
D("last month", "2026-11", "minister's remark", "relative")
D("Wednesday", "2026-12-02", "ministry spokesman", "weekday", after="Ministry of Energy said on ")
D("the end of the first quarter", "2027", "completed deal by", "relative")
D("January 15, 2027", "2027-01-15", "offer period ends", "date")
D("the second quarter of 2027", "2027", "regulatory clearances expected", "date")

# ---------------------------------------------------------------- m10 translated from French, Dakar
art("m10_dakar_brt_taxis_translated.txt", "2026-03-12", "dateline ('Dakar, Thursday 12 March 2026')",
    "Thursday 12 March 2026. 'yesterday evening' 2026-03-11; 'Tuesday' 2026-03-17; 'Monday' 2026-03-16; 'November last' 2025-11; Senegal's Independence Day 2026-04-04.")
Q("the State has heard the concerns of the drivers and will not leave anyone on the side of the road", "Babacar Thioune",
  "him", "According to", partial=True)
Q("We do not refuse the BRT. We refuse that the BRT eats our bread without giving us another.", "Moustapha Ndiaye",
  "The Secretary General of the National Union of Taxi Drivers of Senegal (SNCTS), Mr. Moustapha Ndiaye", "declared")
Q("It is a first step,", "Fatou Bintou Sarr", "the adviser of the minister, Mrs. Fatou Bintou Sarr", "admitted")
Q("legitimate but not realistic in the current budget", "Fatou Bintou Sarr", "who", "qualified", partial=True)
Q("remains available to recruit in priority the drivers trained by the State", "Dakar Mobilité",
  "the company Dakar Mobilité", "said", partial=True)
Q("They negotiate for the taxis, and the clandos, who speaks for us?", "Ibrahima Fall", "one of them, Mr. Ibrahima Fall", "asked")
Q("must clarify the legal status of the clandos before any compensation", "Alioune Badara Sy",
  "The jurist Mr. Alioune Badara Sy, professor at the Cheikh Anta Diop University", "estimates", partial=True)
A("Ministry of Infrastructure and Land Transport", "organization", "transport ministry", "Senegal",
  ["Ministry of Infrastructure and Land Transport", "Ministry"])
A("Senegal", "country", None, "Senegal", ["State"])
A("Executive Council of Sustainable Urban Transport", "organization", "urban transport agency", "Senegal",
  ["Executive Council of Sustainable Urban Transport", "CETUD"])
A("Babacar Thioune", "person", "Secretary General of the Ministry of Infrastructure and Land Transport", "Senegal",
  ["Mr. Babacar Thioune", "Babacar Thioune"])
A("National Union of Taxi Drivers of Senegal", "organization", "taxi drivers' union", "National Union of Taxi Drivers of Senegal",
  ["National Union of Taxi Drivers of Senegal", "SNCTS"])
A("Moustapha Ndiaye", "person", "Secretary General of the SNCTS", "National Union of Taxi Drivers of Senegal",
  ["Mr. Moustapha Ndiaye", "Moustapha Ndiaye"])
A("Fatou Bintou Sarr", "person", "adviser to the minister", "Senegal", ["Mrs. Fatou Bintou Sarr", "Fatou Bintou Sarr"])
A("Dakar Mobilité", "organization", "BRT operator", None, ["Dakar Mobilité"])
A("Ibrahima Fall", "person", "clando driver", None, ["Mr. Ibrahima Fall", "Ibrahima Fall"])
A("Cheikh Anta Diop University", "organization", "university", "Senegal", ["Cheikh Anta Diop University"])
A("Alioune Badara Sy", "person", "jurist, professor at Cheikh Anta Diop University", "Cheikh Anta Diop University",
  ["Mr. Alioune Badara Sy", "Alioune Badara Sy"])
D("Thursday 12 March 2026", "2026-03-12", "dateline", "date")
D("yesterday evening", "2026-03-11", "talks ended without a protocol", "deictic")
D("Tuesday", "2026-03-17", "new meeting planned", "weekday")
D("2024", "2024", "BRT line opened", "date")
D("Monday", "2026-03-16", "clando drivers threaten a blockade", "weekday")
D("November last", "2025-11", "last general strike", "relative")
D("Independence Day", "2026-04-04", "parties hope to conclude before", "date")
D("4 April", "2026-04-04", "Independence Day", "date")

gold.finish()
