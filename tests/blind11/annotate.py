#!/usr/bin/env python3
"""Writes gold/{quotes,actors,dates,articles}.jsonl for the eleventh blind set (tests/blind11).

Ten articles written for this set, annotated by hand before detente was ever run on them.
Annotations are written here as strings; offsets (Python code-point indices, as in
/work/shared/gold/seeds) are computed by locating each string in its article and every
record is checked by the kit in tests/kit/gold_annotation.py (text == content[start:end],
quotes sit between quotation marks, speakers are actors of the article, mentions occur
verbatim). Run from anywhere:
    python3 tests/blind11/annotate.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "kit"))
from gold_annotation import Annotator  # noqa: E402

gold = Annotator(HERE)
art, Q, A, D = gold.art, gold.Q, gold.A, gold.D

# ---------------------------------------------------------------- w01 Turkish state agency, Istanbul
art("w01_black_sea_istanbul_turkish_agency.txt", "2026-12-06", "agency date line ('|06.12.2026 - Update : 06.12.2026', day.month.year)",
    "Sunday 6 December 2026. 'Saturday' 2026-12-05 (talks); 'today' inside the source's quote is the day of the talks, 2026-12-05; 'the next day' after the Saturday talks 2026-12-06; 'Thursday' 2026-12-03; 'the eve of the meeting' 2026-12-04; 'October' 2026-10; 'January' 2027-01.")
Q("constructive and result-oriented.", "Turkish Foreign Ministry", "the statement", "described", partial=True)
Q("As a littoral state and as the country entrusted with the Turkish Straits under the Montreux Convention, Türkiye will continue to do its part so that the Black Sea becomes a sea of peace again,",
  "Turkish Foreign Ministry", "the ministry", "said")
Q("Nobody expected a signature today. What matters is that the military people sat at the same table and talked about coordinates, not slogans,",
  None, "the source", "said")
Q("a concrete map of the mined areas off Odesa", "Andriy Moroz", "Moroz", "said", partial=True)
Q("Our ports feed millions of people in Africa and Asia. Every ship that is hit in Odesa or Izmail is a blow to them, not only to Ukraine,",
  "Andriy Moroz", "he", "said")
Q("mutual guarantees for civilian shipping", "Gennady Loktev", "Loktev", "said", partial=True)
Q("the transport of military cargo under the cover of merchant vessels.", "Gennady Loktev", "Loktev", "said", partial=True)
Q("turning merchant shipping into a weapon.", None, "Russia's Foreign Ministry spokeswoman", "accused", partial=True)
Q("an attempt to justify attacks on grain terminals.", "Ukrainian Foreign Ministry", "Ukraine's Foreign Ministry", "dismissed", partial=True)
Q("Technical people do not need to agree on who started the war in order to agree on where a mine is floating,",
  "Ayşe Gündoğdu", "she", "said")
A("Turkey", "country", "host of the talks", "Turkey", ["Türkiye"])
A("Turkish Foreign Ministry", "organization", "Türkiye's foreign ministry", "Turkey", ["Turkish Foreign Ministry"])
A("Russia", "country", None, "Russia", ["Russia", "Moscow"])
A("Ukraine", "country", None, "Ukraine", ["Ukraine", "Kyiv"])
A("Andriy Moroz", "person", "deputy commander of Ukraine's Navy, head of the Ukrainian delegation", "Ukraine",
  ["Captain First Rank Andriy Moroz", "Andriy Moroz", "Moroz"])
A("Ukrainian Navy", "organization", "Ukraine's navy", "Ukraine", ["Ukraine's Navy"])
A("Gennady Loktev", "person", "Deputy Transport Minister, head of the Russian delegation", "Russia", ["Gennady Loktev", "Loktev"])
A("Russian Foreign Ministry", "organization", "Russia's foreign ministry", "Russia", ["Russia's Foreign Ministry"])
A("Ukrainian Foreign Ministry", "organization", "Ukraine's foreign ministry", "Ukraine", ["Ukraine's Foreign Ministry"])
A("United Nations", "organization", "co-sponsor of the 2022 grain deal", "United Nations", ["UN"])
A("Ayşe Gündoğdu", "person", "professor of international relations at Kadir Has University", "Kadir Has University", ["Ayşe Gündoğdu"])
A("Kadir Has University", "organization", "Istanbul university", "Turkey", ["Kadir Has University"])
D("06.12.2026", "2026-12-06", "publication date line", "date")
D("06.12.2026", "2026-12-06", "update stamp", "date", n=1)
D("Saturday", "2026-12-05", "Türkiye hosted the second round", "weekday")
D("October", "2026-10", "first round in Ankara", "date")
D("Saturday", "2026-12-05", "agenda of the talks ('Saturday's')", "weekday", after="first round was held")
D("today", "2026-12-05", "inside a quote: no signature expected on the day of the talks", "deictic")
D("the next day", "2026-12-06", "Loktev's remarks carried by Russian media", "relative")
D("Thursday", "2026-12-03", "Russian foreign ministry spokeswoman's weekly briefing", "weekday")
D("the eve of the meeting", "2026-12-04", "Ukraine's Foreign Ministry dismissed the remarks", "relative")
D("July 2022", "2022-07", "grain deal signed in Istanbul", "date")
D("July 2023", "2023-07", "Russia withdrew from the grain deal", "date")
D("January", "2027-01", "parties to meet again", "date")

# ---------------------------------------------------------------- w02 podcast episode write-up
art("w02_energy_truce_podcast_writeup.txt", "2026-12-04", "release line ('Released Friday 4 December 2026')",
    "Friday 4 December 2026. 'Tuesday' 2026-12-01 (Riyadh talks); 'Thursday' 2026-12-03; 'Wednesday' 2026-12-02 (evening address); 'on Monday' (EU foreign ministers, future) 2026-12-07; 'the day before' (before the Kremlin's Thursday) 2026-12-02; 'Next week' (next episode) 2026-12.")
Q("A month is enough to bring two or three large units back, if the spare parts are already in the country. They are, mostly,",
  "Halyna Tkach", "she", "says")
Q("Our drones on Russian refineries are the one pressure that the Kremlin feels in its budget. You do not give that away for a promise.",
  "Halyna Tkach", "she", "warns")
Q("They will accept a truce that protects their exports and leaves Ukrainian cities cold. That is not cynicism on my part, that is what their own proposals in 2025 looked like,",
  "Pavel Ostrovsky", "Ostrovsky", "says")
Q("a basis for discussion", "Russia", "the Russian side", "called", partial=True)
Q("the politest way of saying no.", "Pavel Ostrovsky", "he", "describes", partial=True)
Q("ready to stop if they stop", None, "he", "says", partial=True)
Q("The Europeans are paying for the transformers, the generators and the air defence. What they do not have is a seat, and that is starting to hurt in Berlin and Warsaw,",
  "Jens Albrecht", "he", "says")
Q("through the established channels", "Kremlin", "The Kremlin", "said", partial=True)
Q("for the worst-case scenario, not for the best one.", None, "Ukraine's energy minister", "said", partial=True)
Q("Satellites can see a burning refinery. They cannot tell you who fired first at a transformer at three in the morning,",
  "Halyna Tkach", "she", "says")
Q("Without people on the ground, every violation becomes a debate.", "Halyna Tkach", "she", "says")
A("United States", "country", "author of the moratorium proposal", "United States", ["Washington", "US"])
A("Russia", "country", None, "Russia", ["Moscow", "Russian side"])
A("Ukraine", "country", None, "Ukraine", ["Ukraine", "Kyiv"])
A("Halyna Tkach", "person", "head of the Energy Security Lab, former adviser to Ukraine's energy ministry", "Energy Security Lab",
  ["Halyna Tkach", "Tkach"])
A("Energy Security Lab", "organization", "research group in Kyiv", "Ukraine", ["Energy Security Lab"])
A("Ukrainian Energy Ministry", "organization", "Ukraine's energy ministry", "Ukraine", ["Ukraine's energy ministry"])
A("Pavel Ostrovsky", "person", "Russian political scientist at Vilnius University", "Vilnius University", ["Pavel Ostrovsky", "Ostrovsky"])
A("Vilnius University", "organization", "university", "Lithuania", ["Vilnius University"])
A("Kremlin", "organization", "Russian presidential administration", "Russia", ["Kremlin"])
A("Jens Albrecht", "person", "Brussels correspondent of The Continental", "The Continental", ["Jens Albrecht"])
A("European Union", "organization", "bloc, not in the talks", "European Union", ["European Union", "EU", "Europeans"])
A("Verkhovna Rada", "organization", "Ukraine's parliament", "Ukraine", ["Rada"])
D("Friday 4 December 2026", "2026-12-04", "episode released", "date")
D("Tuesday", "2026-12-01", "envoys met in Riyadh", "weekday")
D("30-day", None, "proposed moratorium on energy strikes (window)", "duration")
D("Thursday evening", "2026-12-03", "neither side had said yes by", "weekday")
D("this week", "2026-12", "this week's episode", "relative", optional=True)
D("2022", "2022", "Ostrovsky left Moscow", "date")
D("2025", "2025", "inside a quote: Russia's own proposals", "date")
D("Wednesday", "2026-12-02", "the Ukrainian president's evening address", "weekday")
D("Monday", "2026-12-07", "EU foreign ministers meet (next Monday)", "weekday")
D("Thursday", "2026-12-03", "Kremlin statement", "weekday", after="The Kremlin said on")
D("the day before", "2026-12-02", "energy minister spoke to the Rada committee", "relative")
D("Next week", "2026-12", "next episode from Chişinău", "relative", optional=True)

# ---------------------------------------------------------------- w03 UN News-style Security Council write-up
art("w03_syria_israel_un_briefing.txt", "2026-12-03", "date line ('3 December 2026')",
    "Thursday 3 December 2026. 'Thursday' 2026-12-03; 'last month' and 'November' 2026-11; 'October' 2026-10; 'the new year' 2027; 'later this month' 2026-12; '31 December' 2026-12-31; '7 October' inside a quote 2023-10-07.")
Q("a window that should not be allowed to close", "Lucía Ferreyra", None, "hears", partial=True)
Q("a shared vocabulary, if not yet a shared map.", "Lucía Ferreyra",
  "Lucía Ferreyra, Assistant Secretary-General for the Middle East, Asia and the Pacific", "said", partial=True)
Q("This is a window that should not be allowed to close. Every week without an agreement is a week in which a patrol, a drone or a misread order can undo what the parties have built,",
  "Lucía Ferreyra", "she", "said")
Q("far from what the mandate requires.", "Lucía Ferreyra", "she", "said", partial=True)
Q("Not asking for favours", "Bassel Haddad", None, None, partial=True)
Q("in good faith and with open files.", "Bassel Haddad", "Syria’s Permanent Representative, Bassel Haddad", "told", partial=True)
Q("We are not asking for favours. We are asking for the 1974 line to mean what it says,", "Bassel Haddad", "he", "said")
Q("any arrangement that turns Syrian villages into someone else’s security zone.", "Bassel Haddad", "He", "said", partial=True)
Q("to the reality of 7 October on any of its borders.", "Noa Friedmann",
  "Israel’s Deputy Permanent Representative, Noa Friedmann", "said", partial=True)
Q("Israel’s security needs in southern Syria are not a bargaining chip. They are the reason we are at the table,",
  "Noa Friedmann", "she", "said")
Q("The parties have done the hard part, which is deciding to talk. The next part is writing it down,", "Mark Ellery", "Mr. Ellery", "said")
Q("an occupation by another name,", "Russia", "The Russian Federation’s representative", "called", partial=True)
A("Syria", "country", None, "Syria", ["Syria", "Damascus"])
A("Israel", "country", None, "Israel", ["Israel"])
A("United States", "country", "facilitator of the talks", "United States", ["United States", "Washington", "US"])
A("United Nations", "organization", None, "United Nations", ["UN"])
A("Security Council", "organization", "UN Security Council", "United Nations", ["Security Council", "Council"])
A("Lucía Ferreyra", "person", "UN Assistant Secretary-General for the Middle East, Asia and the Pacific", "United Nations",
  ["Lucía Ferreyra", "Ms. Ferreyra"])
A("UN Disengagement Observer Force", "organization", "UN peacekeeping mission on the Golan", "United Nations",
  ["UN Disengagement Observer Force", "UNDOF"])
A("Bassel Haddad", "person", "Syria's Permanent Representative to the UN", "Syria", ["Bassel Haddad"])
A("Noa Friedmann", "person", "Israel's Deputy Permanent Representative to the UN", "Israel", ["Noa Friedmann"])
A("Mark Ellery", "person", "US Deputy Ambassador to the UN", "United States", ["Mark Ellery", "Mr. Ellery"])
A("Russia", "country", None, "Russia", ["Russian Federation"])
A("China", "country", None, "China", ["China"])
D("3 December 2026", "2026-12-03", "date line", "date")
D("Thursday", "2026-12-03", "Security Council briefing", "weekday")
D("1974", "1974", "the 1974 disengagement line (modifier)", "date", optional=True)
D("the summer", "2026", "incidents increased since", "relative", optional=True)
D("last month", "2026-11", "fourth round in Baku", "relative")
D("1974", "1974", "the 1974 Agreement on Disengagement of Forces (title)", "date", n=1, optional=True)
D("November", "2026-11", "UNDOF recorded 94 violations", "date")
D("October", "2026-10", "freedom of movement improved since", "date")
D("December 2024", "2024-12", "fall of the Assad government", "date")
D("1974", "1974", "inside a quote: the 1974 line (modifier)", "date", n=2, optional=True)
D("7 October", "2023-10-07", "inside a quote: the reality of 7 October", "date")
D("the new year", "2027", "fifth round to be hosted early in", "relative")
D("later this month", "2026-12", "UNDOF mandate renewal", "relative")
D("31 December", "2026-12-31", "UNDOF mandate expires", "date")

# ---------------------------------------------------------------- w04 Gulf business daily, Gaza reconstruction
art("w04_gaza_reconstruction_gulf_business.txt", "2026-12-06", "published line ('Published: Sun 6 Dec 2026, 8:40 PM')",
    "Sunday 6 December 2026. 'Sunday' 2026-12-06; 'Saturday' 2026-12-05; 'next month' 2027-01; 'the second half of 2027' and 'the first quarter of 2027' 2027.")
Q("Nobody in this room doubts the need. What they are asking is reasonable: who guarantees the site, who guarantees the invoice, and who answers the phone when something goes wrong,",
  "Adrian Kessler", "Adrian Kessler, the Board of Peace's economic coordinator", "said")
Q("We can have 300 trucks at the border within 90 days. But if each truck waits three weeks at a crossing, the project dies in the parking lot,",
  "Saeed Al Hamli", "Al Hamli", "said")
Q("Gaza has engineers, contractors and thousands of people who want to work. Rebuilding Gaza without Gazans would be a second demolition,",
  "Mohammad Abu Zaid", "he", "told")
Q("so that what enters Gaza as a school does not come back out as a tunnel.", None, "An Israeli official", "said", partial=True)
Q("a tool of political blackmail.", "Hamas", "Hamas", "said", partial=True)
Q("Without a guarantee, this is philanthropy, not investment,", "Nadia Farouk", "she", "said")
A("Board of Peace", "organization", "transitional body overseeing Gaza's administration and reconstruction", "Board of Peace", ["Board of Peace"])
A("Adrian Kessler", "person", "economic coordinator of the Board of Peace", "Board of Peace", ["Adrian Kessler", "Kessler"])
A("UN Security Council", "organization", "endorsed the Board of Peace", "United Nations", ["UN Security Council"])
A("United Nations", "organization", "co-author of the damage assessment", "United Nations", ["UN"])
A("World Bank", "organization", "co-author of the damage assessment", "World Bank", ["World Bank"])
A("European Union", "organization", "co-author of the damage assessment", "European Union", ["European Union"])
A("Saeed Al Hamli", "person", "managing director of Sahil Contracting Group", "Sahil Contracting Group", ["Saeed Al Hamli", "Al Hamli"])
A("Sahil Contracting Group", "organization", "Dubai-based construction company", "United Arab Emirates", ["Sahil Contracting Group"])
A("Mohammad Abu Zaid", "person", "deputy head of PECDAR", "Palestine", ["Mohammad Abu Zaid"])
A("Palestinian Economic Council for Development and Reconstruction", "organization", "Palestinian reconstruction agency", "Palestine",
  ["Palestinian Economic Council for Development and Reconstruction", "PECDAR"])
A("Israel", "country", None, "Israel", ["Israel"])
A("Hamas", "organization", "Palestinian movement", "Hamas", ["Hamas"])
A("Nadia Farouk", "person", "head of Middle East research at Al Rawabi Capital", "Al Rawabi Capital", ["Nadia Farouk", "Farouk"])
A("Al Rawabi Capital", "organization", "investment firm", None, ["Al Rawabi Capital"])
D("Sun 6 Dec 2026", "2026-12-06", "published", "date")
D("8:40 PM", None, "time published", "time", optional=True)
D("Sun 6 Dec 2026", "2026-12-06", "last updated", "date", n=1)
D("10:15 PM", None, "time updated", "time", optional=True)
D("Sunday", "2026-12-06", "forum in Abu Dhabi", "weekday")
D("the second half of 2027", "2027", "permanent housing and networks from", "date")
D("November 2025", "2025-11", "UN Security Council endorsed the Board of Peace", "date")
D("October 2025", "2025-10", "Gaza ceasefire", "date")
D("February 2025", "2025-02", "damage assessment of $53 billion", "date")
D("within 90 days", None, "inside a quote: trucks at the border", "relative")
D("Saturday", "2026-12-05", "Hamas statement", "weekday")
D("the first quarter of 2027", "2027", "first tenders expected at the earliest", "date")
D("next month", "2027-01", "donors' meeting in Cairo", "relative")

# ---------------------------------------------------------------- w05 Canadian national daily, CN rail talks
art("w05_cn_rail_talks_canadian_daily.txt", "2026-12-02", "published line ('Published Wednesday, December 2, 2026 6:02 p.m. ET')",
    "Wednesday 2 December 2026. 'Tuesday' 2026-12-01 (talks; photo; Labour Minister in the Commons); 'Thursday' (talks resume) 2026-12-03; 'Dec. 31' 2026-12-31; 'January' 2027-01; 'last month' 2026-11; 'September' 2026-09; 'the end of 2027' 2027-12.")
Q("exhausted and unsafe.", "Teamsters Canada Rail Conference", "The Teamsters Canada Rail Conference (TCRC)", "said", partial=True)
Q("We are not going to sign a contract that puts fatigue back on the table. We fought for these rules and our members will not give them away,",
  "Marc-André Giroux", "Mr. Giroux", "said")
Q("a fair and competitive offer", "Canadian National Railway", "CN", "said", partial=True)
Q("at the table, not in Ottawa.", "Ashley Kowalchuk", "Ashley Kowalchuk, a company spokesperson", "said", partial=True)
Q("Our customers need certainty. Every week of uncertainty sends cargo south of the border,", "Ashley Kowalchuk", "she", "said")
Q("We lost more than a week of shipments in 2024 and it took two months to clear the backlog. We cannot do that again in the middle of the winter export season,",
  "Gerald Thistle", "he", "said")
Q("respects collective bargaining", None, "The federal Labour Minister", "told", partial=True)
Q("Everyone now assumes Ottawa will step in after a day or two, so nobody feels the real cost of a stoppage,", "Sarah Okonjo", "she", "said")
Q("reflex.", "Sarah Okonjo", "Prof. Okonjo", "said", partial=True)
A("Canadian National Railway", "organization", "railway", "Canada", ["Canadian National Railway Co.", "CN"])
A("Teamsters Canada Rail Conference", "organization", "union of locomotive engineers and conductors", "Teamsters Canada Rail Conference",
  ["Teamsters Canada Rail Conference", "TCRC"])
A("Marc-André Giroux", "person", "TCRC vice-president for the eastern region", "Teamsters Canada Rail Conference",
  ["Marc-André Giroux", "Mr. Giroux"])
A("Ashley Kowalchuk", "person", "CN spokesperson", "Canadian National Railway", ["Ashley Kowalchuk"])
A("Canada", "country", "federal government", "Canada", ["Ottawa"])
A("Canadian Pacific Kansas City", "organization", "railway", "Canada", ["Canadian Pacific Kansas City Ltd.", "CPKC"])
A("Canada Industrial Relations Board", "organization", "federal labour board", "Canada", ["Canada Industrial Relations Board", "CIRB"])
A("Gerald Thistle", "person", "head of the Canadian Grain Shippers' Alliance", "Canadian Grain Shippers' Alliance", ["Gerald Thistle"])
A("Canadian Grain Shippers' Alliance", "organization", "group of prairie elevator companies", "Canadian Grain Shippers' Alliance",
  ["Canadian Grain Shippers' Alliance"])
A("House of Commons", "organization", "Canada's lower house", "Canada", ["House of Commons"])
A("Federal Mediation and Conciliation Service", "organization", "federal mediators", "Canada", ["Federal Mediation and Conciliation Service"])
A("Sarah Okonjo", "person", "professor of industrial relations at Université Laval", "Université Laval", ["Sarah Okonjo", "Prof. Okonjo"])
A("Université Laval", "organization", "university", None, ["Université Laval"])
D("Wednesday, December 2, 2026", "2026-12-02", "published", "date")
D("6:02 p.m. ET", None, "time published", "time", optional=True)
D("9:15 p.m. ET", None, "time updated", "time", optional=True)
D("2024", "2024", "the 2024 shutdown (modifier, dek)", "date", optional=True)
D("Tuesday", "2026-12-01", "CN and the union exchanged proposals", "weekday")
D("Dec. 31", "2026-12-31", "contract expires", "date")
D("Thursday", "2026-12-03", "talks resume", "weekday")
D("January", "2027-01", "possible strike notice", "date")
D("January", "2027-01", "possible disruption (Read more link)", "date", n=1, optional=True)
D("last month", "2026-11", "scheduling system tested in Toronto", "relative")
D("Tuesday", "2026-12-01", "photo caption: train crosses the Lachine Canal", "weekday", after="PHOTO:")
D("August 2024", "2024-08", "lockout at CN and CPKC", "date")
D("2024", "2024", "inside a quote: lost shipments", "date", after="Shippers fear")
D("Tuesday", "2026-12-01", "Labour Minister told the House of Commons", "weekday", after="The federal Labour Minister")
D("September", "2026-09", "mediators attended every session since", "date")
D("2024", "2024", "the 2024 arbitration (modifier)", "date", after="Sarah Okonjo", optional=True)
D("the end of 2027", "2027-12", "CPKC contract runs until", "date")

# ---------------------------------------------------------------- w06 Pacific regional broadcaster, WTO fisheries subsidies
art("w06_wto_fisheries_pacific_broadcaster.txt", "2026-12-05", "posted line without year ('Posted Saturday 5 December, 7:40am'); year 2026 from context (the first agreement in force since 'September last year', 2025; Yaoundé ministerial 'in March this year')",
    "Saturday 5 December 2026. 'Thursday' 2026-12-03; 'Friday' 2026-12-04; 'mid-January' 2027-01; 'the middle of next year' 2027; 'September last year' 2025-09; 'March this year' 2026-03.")
Q("Our tuna is not a trade statistic. It is the school fees, the clinic and the government budget in half of our islands,",
  "Sainimili Tora", "she", "said")
Q("If the big fleets are exempted, what exactly are we agreeing to?", "Sainimili Tora", "she", "said")
Q("places the burden on those who did not create the problem.", "India", "Its delegation", "said", partial=True)
Q("narrowed on paper but not in capitals", "Kirsten Holm",
  "The chair of the negotiating group, Ambassador Kirsten Holm of Norway", "told", partial=True)
Q("Every subsidised vessel that comes into our zone is competing with our own boats using someone else's taxpayers' money. That is the issue, and it has been the issue for twenty years,",
  "Manu Faleolo", "he", "said")
Q("disappointed but not surprised.", None, "Tuvalu's fisheries minister", "said", partial=True)
A("World Trade Organization", "organization", "forum of the negotiations", "World Trade Organization", ["World Trade Organization", "WTO"])
A("Fiji", "country", None, "Fiji", ["Fiji"])
A("Sainimili Tora", "person", "Fiji's ambassador to the WTO, speaks for the Pacific group", "Fiji", ["Sainimili Tora", "Ms Tora"])
A("India", "country", None, "India", ["India"])
A("Kirsten Holm", "person", "chair of the WTO negotiating group, Norway's ambassador", "Norway", ["Ambassador Kirsten Holm", "Kirsten Holm", "Holm"])
A("Manu Faleolo", "person", "fisheries economist at the FFA", "Pacific Islands Forum Fisheries Agency", ["Manu Faleolo", "Faleolo"])
A("Pacific Islands Forum Fisheries Agency", "organization", "regional body managing tuna licences", "Pacific Islands Forum Fisheries Agency",
  ["Pacific Islands Forum Fisheries Agency", "FFA"])
A("Tuvalu", "country", None, "Tuvalu", ["Tuvalu"])
D("Saturday 5 December", "2026-12-05", "posted", "date")
D("7:40am", None, "time posted", "time", optional=True)
D("September last year", "2025-09", "first agreement entered into force", "date")
D("Thursday", "2026-12-03", "India's delegation statement", "weekday")
D("Friday", "2026-12-04", "chair told members", "weekday")
D("mid-January", "2027-01", "members meet again", "date")
D("the middle of next year", "2027", "WTO Director-General wants a deal by", "relative")
D("June 2022", "2022-06", "first agreement adopted", "date")
D("2024", "2024", "Abu Dhabi ministerial conference", "date")
D("March this year", "2026-03", "Yaoundé ministerial conference", "date")

# ---------------------------------------------------------------- w07 live blog, resident doctors' strike in England
art("w07_resident_doctors_strike_liveblog.txt", "2026-12-07", "live blog header ('Last updated Monday 7 December 2026, 18:20 GMT')",
    "Monday 7 December 2026. 'Saturday' 2026-12-05 (strike began); 'this afternoon', 'this morning' 2026-12-07; 'tomorrow' 2026-12-08; 'Friday' 2026-12-04; 'Thursday' (walkout ends, future) 2026-12-10; 'Last month' 2026-11; 'Sunday' 2026-12-06; 'October' 2026-10.")
Q("remains on the table", "Department of Health and Social Care", "The health department", "says", partial=True)
Q("It was a serious conversation, which is more than we have had for a while. But nobody should think the strike is off. We will be back tomorrow,",
  "Priya Raghavan", "she", "said")
Q("The Secretary of State has been clear that the door is open. We have offered to expand specialty training places and to reimburse exam fees, and that offer remains on the table. What we cannot do is reopen a pay award that was accepted by every other staff group.",
  "Department of Health and Social Care", "A Department of Health and Social Care spokesperson", "sent")
Q("going above and beyond", None, "The organisation's national medical director", "said", partial=True)
Q("weeks, not days", None, "The organisation's national medical director", "warned", partial=True)
Q("Our negotiators are at DHSC now. We want a deal. We have always wanted a deal.", "British Medical Association", "The BMA", "posted")
Q("People think we are doing this for fun. I have spent the last three Christmases on a ward and I would happily spend this one there too, if the job had a future,",
  "Tom Ashworth", "he", "said")
Q("caught in the middle of a dispute that both sides say they want to end.", "Patients Association", "The Patients Association", "said", partial=True)
Q("for as long as it takes.", None, "The Prime Minister's official spokesman", "told", partial=True)
A("British Medical Association", "organization", "doctors' union", "British Medical Association", ["BMA"])
A("Department of Health and Social Care", "organization", "government health department", "United Kingdom",
  ["Department of Health and Social Care", "DHSC", "health department"])
A("Priya Raghavan", "person", "chair of the BMA's resident doctors committee", "British Medical Association", ["Dr Priya Raghavan", "Priya Raghavan"])
A("NHS England", "organization", "national health service body", "United Kingdom", ["NHS England"])
A("Tom Ashworth", "person", "emergency medicine trainee, BMA member", "British Medical Association", ["Dr Tom Ashworth", "Tom Ashworth"])
A("Patients Association", "organization", "patients' charity", "Patients Association", ["Patients Association"])
D("Monday 7 December 2026", "2026-12-07", "live blog last updated", "date")
D("18:20", None, "time of last update", "time", optional=True)
D("7am", None, "time the walkout began", "time", optional=True)
D("Saturday", "2026-12-05", "walkout began", "weekday")
D("this afternoon", "2026-12-07", "BMA negotiators returned to the department", "deictic")
D("18:20", None, "timestamp", "time", n=1, optional=True)
D("just after six", None, "Raghavan came out of the department", "time", optional=True)
D("tomorrow", "2026-12-08", "inside a quote: the BMA back at the talks", "deictic")
D("17:05", None, "timestamp", "time", optional=True)
D("15:42", None, "timestamp", "time", optional=True)
D("July 2025", "2025-07", "previous walkout", "date")
D("13:10", None, "timestamp", "time", optional=True)
D("13:05", None, "timestamp", "time", optional=True)
D("11:30", None, "timestamp", "time", optional=True)
D("this morning", "2026-12-07", "at the picket line", "deictic")
D("Friday", "2026-12-04", "Ashworth's 13-hour shift", "weekday")
D("October", "2026-10", "strike ballot", "date")
D("09:15", None, "timestamp", "time", optional=True)
D("7am", None, "time the walkout ends", "time", n=1, optional=True)
D("Thursday", "2026-12-10", "walkout due to end", "weekday")
D("Last month", "2026-11", "mandate renewed by 83%", "relative")
D("Sunday", "2026-12-06", "Patients Association statement", "weekday")

# ---------------------------------------------------------------- w08 Texas border paper, Monterrey–Tamaulipas water
art("w08_monterrey_tamaulipas_water_border_paper.txt", "2026-11-28", "masthead date ('Saturday, Nov. 28, 2026')",
    "Saturday 28 November 2026. 'This week' 2026-11; 'Tuesday and Wednesday' 2026-11-24 and 2026-11-25; 'Thursday' 2026-11-26; 'March' (releases guaranteed by, before spring planting) 2027-03; 'the week of Jan. 11' 2027-01.")
Q("A formula is a promise written in numbers. We have had promises before,", "Rosa Elena Cantú", "she", "said")
Q("What we need is a date in the dry season when the water actually arrives.", "Rosa Elena Cantú", "she", "said")
Q("No mayor and no governor will ever again let Monterrey's taps run dry to fill a canal. That is the reality we are negotiating inside,",
  "Javier Treviño Garza", "he", "said")
Q("on the table", "Javier Treviño Garza", "He", "added", partial=True)
Q("the most productive in years.", None, "Conagua's director general", "called", partial=True)
Q("defend every liter that belongs to our producers.", None, "The Tamaulipas governor's office", "said", partial=True)
Q("When Mexico's farmers fight over water, our farmers usually lose,", "Dale Kessinger", "he", "said")
Q("If they can settle it between themselves, it takes pressure off the treaty.", "Dale Kessinger", "he", "said")
A("Servicios de Agua y Drenaje de Monterrey", "organization", "Nuevo León's state-owned water utility", "Nuevo León",
  ["Servicios de Agua y Drenaje de Monterrey", "Nuevo León's water utility"])
A("Irrigation District 026", "organization", "farmers' irrigation district in Tamaulipas (users' association)", "Irrigation District 026",
  ["Irrigation District 026"])
A("National Water Commission", "organization", "Mexico's federal water authority, mediator", "Mexico", ["National Water Commission", "Conagua"])
A("Rosa Elena Cantú", "person", "sorghum farmer, spokeswoman of the users' association of Irrigation District 026", "Irrigation District 026",
  ["Rosa Elena Cantú", "Cantú"])
A("Javier Treviño Garza", "person", "head of planning at Servicios de Agua y Drenaje de Monterrey", "Servicios de Agua y Drenaje de Monterrey",
  ["Javier Treviño Garza"])
A("Mexico", "country", "party to the 1944 treaty", "Mexico", ["Mexico"])
A("United States", "country", "party to the 1944 treaty", "United States", ["United States"])
A("Dale Kessinger", "person", "general manager of the Donna Irrigation District", "Donna Irrigation District", ["Dale Kessinger"])
A("Donna Irrigation District", "organization", "Texas irrigation district in Hidalgo County", "United States", ["Donna Irrigation District"])
D("Saturday, Nov. 28, 2026", "2026-11-28", "masthead date", "date")
D("1996", "1996", "the 1996 agreement (modifier)", "date", optional=True)
D("This week", "2026-11", "both sides saw the outline of a replacement", "relative")
D("Tuesday", "2026-11-24", "negotiators met in Monterrey", "weekday")
D("Wednesday", "2026-11-25", "negotiators met in Monterrey", "weekday")
D("the second day", "2026-11-25", "joint summary read after", "relative", optional=True)
D("2022", "2022", "Cantú has sat through every round since", "date")
D("March", "2027-03", "farmers want releases guaranteed by", "date")
D("2022", "2022", "the 2022 drought (modifier)", "date", n=1, optional=True)
D("Thursday", "2026-11-26", "Tamaulipas governor's office statement", "weekday")
D("1944", "1944", "the 1944 treaty (modifier)", "date", optional=True)
D("the week of Jan. 11", "2027-01", "next round in Ciudad Victoria", "date")

# ---------------------------------------------------------------- w09 union media release, La Trobe University pay
art("w09_latrobe_university_pay_union_release.txt", "2026-12-01", "release line ('For immediate release: Tuesday 1 December 2026')",
    "Tuesday 1 December 2026. 'today' 2026-12-01; 'Monday' 2026-11-30 (members' meeting; student union); 'since March' 2026-03; 'last week' 2026-11; 'October' 2026-10; 'this year' 2026; 'Christmas' 2026-12-25; 'Friday' (future) 2026-12-04.")
Q("insulting", "Fiona McAlister", None, None, partial=True)
Q("Our members teach, research and keep this university running while living contract to contract. An offer of 11 per cent over four years, with nothing on job security, is insulting, and staff have said so in numbers we have never seen before,",
  "Fiona McAlister", "Dr McAlister", "said")
Q("We have been at the table since March. We are still at the table. But management should understand that our patience is not a bargaining chip.",
  "Fiona McAlister", "Dr McAlister", None)
Q("wherever management tries to balance the books on the backs of staff.", "Mark Deluca",
  "The NTEU's Victorian Division Secretary, Mark Deluca", "said", partial=True)
Q("a responsible offer in a difficult financial environment", "La Trobe University", "A La Trobe University spokesperson", "said", partial=True)
Q("Students feel it when their tutor is on a six-month contract and leaves mid-semester,", "Hamish Ng", "its president, Hamish Ng", "said")
A("National Tertiary Education Union", "organization", "union of university staff", "National Tertiary Education Union",
  ["National Tertiary Education Union", "NTEU"])
A("La Trobe University", "organization", "university, employer", "La Trobe University", ["La Trobe University", "La Trobe"])
A("Fair Work Commission", "organization", "national workplace relations tribunal", "Australia", ["Fair Work Commission"])
A("Fiona McAlister", "person", "NTEU La Trobe Branch President", "National Tertiary Education Union", ["Dr Fiona McAlister", "Dr McAlister"])
A("Mark Deluca", "person", "NTEU Victorian Division Secretary", "National Tertiary Education Union", ["Mark Deluca"])
A("La Trobe Student Union", "organization", "student union", "La Trobe Student Union", ["La Trobe Student Union"])
A("Hamish Ng", "person", "president of the La Trobe Student Union", "La Trobe Student Union", ["Hamish Ng"])
D("Tuesday 1 December 2026", "2026-12-01", "release date", "date")
D("today", "2026-12-01", "NTEU announcement", "deictic")
D("Monday", "2026-11-30", "members' meeting at Bundoora", "weekday")
D("March", "2026-03", "inside a quote: at the table since", "date")
D("last week", "2026-11", "university spokesperson's statement", "relative")
D("October", "2026-10", "university forecast a deficit", "date")
D("this year", "2026", "deficit of $48 million", "relative")
D("Monday", "2026-11-30", "student union statement", "weekday", after="Student Union said")
D("Christmas", "2026-12-25", "ballot could open before", "date")
D("2027", "2027", "start of the 2027 academic year (industrial action from)", "date")
D("Friday", "2026-12-04", "bargaining meetings resume", "weekday")

# ---------------------------------------------------------------- w10 sports-business explainer, Ligue 1 rights
art("w10_ligue1_media_rights_qa_explainer.txt", "2026-12-03", "byline date ('Thursday 3 December 2026')",
    "Thursday 3 December 2026. 'this week' 2026-12 (week of 30 November); 'Monday and Tuesday' 2026-11-30 and 2026-12-01; 'Tuesday evening' 2026-12-01; 'last month' 2026-11; 'Wednesday' 2026-12-02; 'Dec. 17' 2026-12-17; 'the end of January' 2027-01.")
Q("listened more than it spoke.", "Claire Vasseur", "Claire Vasseur, the director of media rights at LFP Media", "said", partial=True)
Q("We are not in a hurry to sell, and we are not in a position to give the rights away. Both things are true at the same time,",
  "Claire Vasseur", "she", "told")
Q("at a price that reflects the real audience, not the dreams of 2020", None, "Canal+'s chief executive", "said", partial=True)
Q("We cannot pay players in subscribers. We need a number in euros, and we need it before the transfer window,",
  None, "the president of a club in the bottom half of the table", "said")
Q("Everyone in the market knows that Ligue 1 without a broadcaster costs the clubs money every month. That is not a strong hand,",
  "Jean-Baptiste Rioux", "he", "said")
Q("But beIN also needs content for its channels in France, and that gives the league a card to play.", "Jean-Baptiste Rioux", "he", "said")
Q("a race to the bottom in which the players pay for the mistakes of the last cycle.", "UNFP", "The players' union UNFP", "warned", partial=True)
A("Ligue de Football Professionnel", "organization", "French professional football league", "Ligue de Football Professionnel",
  ["Ligue de Football Professionnel", "LFP"])
A("LFP Media", "organization", "the league's commercial subsidiary, runs Ligue 1+", "Ligue de Football Professionnel", ["LFP Media"])
A("Canal+", "organization", "broadcaster", None, ["Canal+"])
A("beIN Sports", "organization", "broadcaster", None, ["beIN Sports", "beIN"])
A("Claire Vasseur", "person", "director of media rights at LFP Media", "LFP Media", ["Claire Vasseur"])
A("DAZN", "organization", "streaming service, former rights holder", None, ["DAZN"])
A("Jean-Baptiste Rioux", "person", "media economist at the University of Lille", "University of Lille", ["Jean-Baptiste Rioux"])
A("University of Lille", "organization", "university", "France", ["University of Lille"])
A("UNFP", "organization", "players' union", "UNFP", ["UNFP"])
D("Thursday 3 December 2026", "2026-12-03", "byline date", "date")
D("this week", "2026-12", "new round of talks opened", "relative")
D("the 2027-28 season", "2027", "rights to be sold from", "date")
D("this week", "2026-12", "question heading", "relative", n=1, optional=True)
D("Monday", "2026-11-30", "LFP met broadcasters", "weekday")
D("Tuesday", "2026-12-01", "LFP met broadcasters", "weekday")
D("2025", "2025", "first formal talks with broadcasters since", "date")
D("Tuesday evening", "2026-12-01", "Vasseur told reporters", "weekday")
D("2025", "2025", "league ended its deal with DAZN", "date", n=1)
D("last month", "2026-11", "Canal+ chief executive's radio interview", "relative")
D("2020", "2020", "inside a quote: the dreams of 2020", "date")
D("Wednesday", "2026-12-02", "Canal+ said it had made no offer", "weekday")
D("Wednesday", "2026-12-02", "UNFP statement", "weekday", n=1)
D("Dec. 17", "2026-12-17", "LFP board meets", "date")
D("the end of January", "2027-01", "decision expected by", "date")

gold.finish()
