#!/usr/bin/env python3
"""Writes gold/{quotes,actors,dates,articles}.jsonl for the ninth blind set (tests/blind9).

Ten articles written for this set, annotated by hand before detente was ever run on them.
Annotations are written here as strings; offsets (Python code-point indices, as in
/work/shared/gold/seeds) are computed by locating each string in its article and every
record is checked by the kit in tests/kit/gold_annotation.py (text == content[start:end],
quotes sit between quotation marks, speakers are actors of the article, mentions occur
verbatim). Run from anywhere:
    python3 tests/blind9/annotate.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "kit"))
from gold_annotation import Annotator  # noqa: E402

gold = Annotator(HERE)
art, Q, A, D = gold.art, gold.Q, gold.A, gold.D

# ---------------------------------------------------------------- n01 wire, Georgetown
art("n01_guyana_venezuela_essequibo_wire.txt", "2026-03-11", "date line ('March 11, 2026') and dateline ('GEORGETOWN, March 11')",
    "Wednesday 11 March 2026. 'Tuesday' 2026-03-10; 'a week after' (the patrol incident before the talks) 2026-03; 'last Wednesday' 2026-03-04; Easter 2026 is 2026-04-05; 'May' 2026-05.")
Q("We went to Brasília to talk about how to keep the peace, not about whose land it is. That question is before the court in The Hague,",
  "Desmond Persaud", "Guyana's Minister of Foreign Affairs and International Cooperation, Desmond Persaud", "told")
Q("Nothing in this process changes that,", "Desmond Persaud", "he", "added")
Q("confirmed that the only path is direct negotiation under the 1966 Geneva Agreement.", "Ministry of Foreign Affairs",
  "Venezuela's Ministry of Foreign Affairs", "said", partial=True)
Q("respectful, even warm at moments,", "Yolimar Chirinos", "She", "told", partial=True)
Q("a border drawn by others.", "Yolimar Chirinos", "She", "told", partial=True)
Q("a zone of peace", "Marcus Ollivierre", "He", "said", partial=True)
Q("noted", None, "the diplomat", "said", partial=True)
Q("unacceptable", None, "Guyana's president", "called", partial=True)
Q("Two governments that disagree about everything agreed on a date. In this dispute, that counts,", "Ana Karina Rondón",
  "Ana Karina Rondón, a researcher at the Universidad Central de Venezuela", "said")
A("Guyana", "country", None, "Guyana", ["Guyana"])
A("Venezuela", "country", None, "Venezuela", ["Venezuela", "Caracas"])
A("Caribbean Community", "organization", "regional bloc, co-sponsor of the talks", "Caribbean Community", ["Caribbean Community"])
A("Brazil", "country", None, "Brazil", ["Brazil", "Brasília"])
A("Desmond Persaud", "person", "Guyana's Minister of Foreign Affairs and International Cooperation", "Guyana", ["Desmond Persaud"])
A("Ministry of Foreign Affairs", "organization", "Venezuela's foreign ministry", "Venezuela", ["Ministry of Foreign Affairs"])
A("International Court of Justice", "organization", "UN court", "United Nations", ["International Court of Justice"])
A("Yolimar Chirinos", "person", "Vice Minister for Latin America, head of Venezuela's delegation", "Venezuela",
  ["Vice Minister for Latin America Yolimar Chirinos", "Yolimar Chirinos"])
A("VTV", "organization", "Venezuelan state broadcaster", "Venezuela", ["VTV"])
A("Marcus Ollivierre", "person", "Caribbean Community special envoy", "Caribbean Community", ["Marcus Ollivierre"])
A("Guyana Defence Force", "organization", "army", "Guyana", ["Guyana Defence Force"])
A("ExxonMobil", "organization", "oil company leading the Stabroek consortium", None, ["ExxonMobil"])
A("Universidad Central de Venezuela", "organization", "university", "Venezuela", ["Universidad Central de Venezuela"])
A("Ana Karina Rondón", "person", "researcher", "Universidad Central de Venezuela", ["Ana Karina Rondón"])
D("March 11, 2026", "2026-03-11", "date line", "date")
D("16:40", None, "time of the date line", "time", optional=True)
D("March 11", "2026-03-11", "dateline", "date", after="GEORGETOWN, ")
D("Tuesday", "2026-03-10", "agreed to a second round", "weekday")
D("December 2023", "2023-12", "Argyle Declaration", "date")
D("1966", "1966", "inside a quote: the 1966 Geneva Agreement (year as modifier)", "date", optional=True)
D("Easter", "2026-04-05", "technical group meets before", "date")
D("a week after", "2026-03", "patrol reported shots (a week before the talks)", "relative")
D("last Wednesday", "2026-03-04", "president called the incident unacceptable", "relative")
D("May", "2026-05", "next round in Kingstown", "date", after="The next round is planned for ")

# ---------------------------------------------------------------- n02 state news agency, Addis Ababa
art("n02_ethiopia_eritrea_agency.txt", "2026-09-24", "dateline ('Addis Ababa, Thursday 24 September 2026')",
    "Thursday 24 September 2026. 'today' and 'this morning' 2026-09-24; 'Monday' 2026-09-21; 'July' 2026-07; 'last week' 2026-09; 'Tuesday' 2026-09-22; Meskel falls on 2026-09-27 and the Ethiopian New Year (Enkutatash) on 2026-09-11, as the article states.")
Q("a legitimate and existential question for 130 million people", "Tsehay Wolde-Giorgis", "The State Minister", "noted", partial=True)
Q("no intention whatsoever of pursuing it by force.", "Tsehay Wolde-Giorgis", "The State Minister", "stressed", partial=True)
Q("Ethiopia extends its hand to the brotherly people of Eritrea. What we seek is a commercial arrangement that benefits both peoples, not a single metre of anyone's territory,",
  "Tsehay Wolde-Giorgis", "she", "said")
Q("constructive and forward-looking.", "Tsehay Wolde-Giorgis", "she", "described", partial=True)
Q("knock on every door", None, "the Prime Minister", "told", partial=True)
Q("veiled threats against its sovereignty.", "Ministry of Information", "its Ministry of Information", "called", partial=True)
Q("will not negotiate its coastline with anyone, under any label.", "Ministry of Information",
  "the Eritrean Ministry of Information", "said", partial=True)
Q("refrain from rhetoric that could undermine the confidence built over the past eight years.", "African Union Commission",
  "The African Union Commission", "urged", partial=True)
Q("set by the Panel, not by us.", "Tsehay Wolde-Giorgis", "The State Minister", "responded", partial=True)
A("Ethiopia", "country", None, "Ethiopia", ["Ethiopia", "Federal Democratic Republic of Ethiopia"])
A("Eritrea", "country", None, "Eritrea", ["Eritrea", "State of Eritrea", "Government of Eritrea", "Asmara"])
A("African Union", "organization", "continental body", "African Union", ["African Union"])
A("Ministry of Foreign Affairs", "organization", "Ethiopia's foreign ministry", "Ethiopia", ["Ministry of Foreign Affairs", "Ministry"])
A("Tsehay Wolde-Giorgis", "person", "State Minister of Foreign Affairs", "Ethiopia",
  ["Ambassador Tsehay Wolde-Giorgis", "Tsehay Wolde-Giorgis", "Ambassador Tsehay", "State Minister"])
A("African Union High-Level Panel", "organization", "AU mediation panel", "African Union", ["African Union High-Level Panel", "Panel"])
A("Mwai Ndung'u", "person", "former Kenyan Foreign Minister, head of the AU High-Level Panel", "African Union", ["Mwai Ndung'u"])
A("House of Peoples' Representatives", "organization", "parliament", "Ethiopia", ["House of Peoples' Representatives"])
A("Ministry of Information", "organization", "Eritrea's information ministry", "Eritrea",
  ["Ministry of Information", "Eritrean Ministry of Information"])
A("African Union Commission", "organization", "AU executive", "African Union", ["African Union Commission", "Commission"])
A("European Union", "organization", "bloc", "European Union", ["European Union"])
A("Intergovernmental Authority on Development", "organization", "regional bloc", "Intergovernmental Authority on Development",
  ["Intergovernmental Authority on Development", "IGAD"])
D("Thursday 24 September 2026", "2026-09-24", "dateline", "date")
D("today", "2026-09-24", "ministry announced", "deictic")
D("this morning", "2026-09-24", "briefing of diplomats", "deictic")
D("Meskel", "2026-09-27", "next session in Nairobi after", "date")
D("Monday", "2026-09-21", "Panel met in Addis Ababa", "weekday")
D("July", "2026-07", "Prime Minister told parliament", "date")
D("2018", "2018", "the 2018 peace agreement (year as modifier)", "date", optional=True)
D("last week", "2026-09", "Eritrean statement", "relative")
D("Tuesday", "2026-09-22", "AU Commission communiqué", "weekday")
D("today", "2026-09-24", "briefing", "deictic", after="Diplomats who attended ")
D("July 2018", "2018-07", "peace agreement signed", "date")
D("1998-2000", None, "border war (years as modifier)", "date", optional=True)
D("Ethiopian New Year", "2026-09-11", "celebrated", "date")
D("Enkutatash", "2026-09-11", "Ethiopian New Year (name of the holiday in apposition)", "date", optional=True)
D("September 11", "2026-09-11", "Ethiopian New Year", "date")
D("Meskel", "2026-09-27", "falls on", "date", after="September 11, and ")
D("September 27", "2026-09-27", "Meskel", "date")
D("this year", "2026", "Meskel falls on September 27", "relative")

# ---------------------------------------------------------------- n03 liveblog, Yemen
art("n03_yemen_prisoner_exchange_liveblog.txt", "2026-10-15", "date line ('Updated Thursday 15 October 2026')",
    "Liveblog of Thursday 15 October 2026; timestamps are clock times of that day (optional). 'tonight', 'Today' 2026-10-15; 'Tomorrow'/'tomorrow' 2026-10-16; 'earlier this month' 2026-10; 'yesterday' 2026-10-14.")
Q("a test of good faith", "Office of the UN Special Envoy for Yemen", "UN envoy's office", "calls", partial=True)
Q("had been held without charge for years.", "Abdulqader al-Mahdi",
  "A spokesman for the Houthis' prisoners' affairs committee, Abdulqader al-Mahdi", "told", partial=True)
Q("publish every name tonight.", "Abdulqader al-Mahdi", "He", "said", partial=True)
Q("Today is for the families. Tomorrow we will see whether the other side is serious about the missing and the journalists,",
  "Nadia al-Sharjabi", "she", "said")
Q("a test of good faith for both parties", "Office of the UN Special Envoy for Yemen", "It", "described", partial=True)
Q("within weeks.", "Office of the UN Special Envoy for Yemen", "It", "said", partial=True)
Q("indispensable.", "Karin Holmqvist", "The envoy's deputy, Karin Holmqvist", "told", partial=True)
Q("Without Muscat there would be no lists and no planes. We owe them a great deal,", "Karin Holmqvist", "she", "said")
Q("Each of these men has a family that has waited at a window for a very long time,", "Philippe Aubry", "he", "said")
Q("We were promised all for all in 2018. This is some for some,", None, "the lawyer", "said")
A("Office of the UN Special Envoy for Yemen", "organization", "UN mediator's office", "United Nations",
  ["office of the UN Special Envoy for Yemen", "UN envoy's office"])
A("International Committee of the Red Cross", "organization", "humanitarian organisation running the flights",
  "International Committee of the Red Cross", ["International Committee of the Red Cross", "ICRC", "Red Cross"])
A("Houthi movement", "organization", "armed movement controlling Sanaa", "Houthi movement", ["Houthi movement", "Houthis"])
A("Abdulqader al-Mahdi", "person", "spokesman for the Houthis' prisoners' affairs committee", "Houthi movement", ["Abdulqader al-Mahdi"])
A("Al-Masirah", "organization", "the Houthis' television channel", "Houthi movement", ["Al-Masirah"])
A("Yemen", "country", None, "Yemen", ["Yemen"])
A("Nadia al-Sharjabi", "person", "Yemen's Deputy Minister for Human Rights", "Yemen", ["Nadia al-Sharjabi"])
A("Karin Holmqvist", "person", "deputy UN Special Envoy for Yemen", "United Nations", ["Karin Holmqvist"])
A("Oman", "country", None, "Oman", ["Muscat"])
A("Philippe Aubry", "person", "ICRC head of delegation in Yemen", "International Committee of the Red Cross", ["Philippe Aubry"])
A("Saudi Arabia", "country", None, "Saudi Arabia", ["Saudi Arabia"])
A("Saudi-led coalition", "organization", "military coalition backing the government", "Saudi-led coalition", ["Saudi-led coalition"])
A("Abductees' Mothers Association", "organization", "campaign group for detainees", "Abductees' Mothers Association",
  ["Abductees' Mothers Association"])
D("Thursday 15 October 2026", "2026-10-15", "date line", "date")
D("18:05", None, "time of the update line", "time", optional=True)
D("18:05", None, "timestamp", "time", optional=True, after="Saudi Arabia\n")
D("17:20", None, "timestamp", "time", optional=True)
D("tonight", "2026-10-15", "inside a quote: names published", "deictic")
D("16:45", None, "timestamp", "time", optional=True)
D("Today", "2026-10-15", "inside a quote: a day for the families", "deictic")
D("Tomorrow", "2026-10-16", "inside a quote: see whether the other side is serious", "deictic")
D("15:30", None, "timestamp", "time", optional=True)
D("within weeks", None, "inside a quote: talks on remaining detainees resume", "relative")
D("14:10", None, "timestamp", "time", optional=True)
D("April 2023", "2023-04", "previous largest operation", "date")
D("12:00", None, "timestamp", "time", optional=True)
D("earlier this month", "2026-10", "deal agreed in Muscat", "relative")
D("yesterday", "2026-10-14", "coalition statement", "deictic")
D("2018", "2018", "inside a quote: promise of all for all", "date")
D("09:30", None, "timestamp", "time", optional=True)
D("08:50", None, "first aircraft left Sanaa", "time", optional=True)
D("tomorrow", "2026-10-16", "exchange completed", "deictic", after="due to be completed ")
D("the day before", "2026-10-16", "apposition to 'tomorrow': day before an anniversary", "relative", optional=True)

# ---------------------------------------------------------------- n04 think-tank commentary, Myanmar
art("n04_myanmar_ceasefire_commentary.txt", "2026-07-22", "date line ('Mekong Policy Forum | 22 July 2026')",
    "Wednesday 22 July 2026. '14 July' 2026-07-14; 'last month' 2026-06; 'next year' 2027; 'March' 2026-03; 'by the weekend' 2026-07; 'last Friday' 2026-07-17.")
Q("agreed to stop fighting and resolve differences through dialogue,", "Ministry of Foreign Affairs",
  "China's Ministry of Foreign Affairs", "said", partial=True)
Q("signed because the border trade was closed, not because we trust anyone.", None, "A senior TNLA officer", "told", partial=True)
Q("all armed groups who choose the path of peace will be welcome at the table.", "Thura Min Naing", "He", "said", partial=True)
Q("a bazaar in which China buys calm on its border.", "Arakan Army", "a statement from the Arakan Army", "called", partial=True)
A("Myanmar", "country", None, "Myanmar", ["Myanmar", "Naypyitaw"])
A("Ta'ang National Liberation Army", "organization", "ethnic armed organisation", "Ta'ang National Liberation Army",
  ["Ta'ang National Liberation Army", "TNLA"])
A("China", "country", None, "China", ["China", "Beijing"])
A("Ministry of Foreign Affairs", "organization", "China's foreign ministry", "China", ["Ministry of Foreign Affairs"])
A("National Unity Government", "organization", "opposition government", "National Unity Government", ["National Unity Government"])
A("Thura Min Naing", "person", "military spokesperson", "Myanmar", ["Major General Thura Min Naing", "Thura Min Naing"])
A("Kachin Independence Army", "organization", "ethnic armed organisation", "Kachin Independence Army", ["Kachin Independence Army"])
A("Arakan Army", "organization", "ethnic armed organisation", "Arakan Army", ["Arakan Army"])
A("Communist Party of Burma", "organization", "former insurgent party", "Communist Party of Burma", ["Communist Party of Burma"])
D("22 July 2026", "2026-07-22", "date line", "date")
D("14 July", "2026-07-14", "ceasefire signed in Kunming", "date")
D("2023", "2023", "TNLA fought beside the alliance", "date")
D("2024", "2024", "TNLA fought beside the alliance", "date", after="fought beside in ")
D("last month", "2026-06", "officer's remark to the author", "relative")
D("next year", "2027", "elections to be completed", "relative")
D("the same week", "2026-07", "air strikes in Sagaing", "relative", optional=True)
D("March", "2026-03", "envoy's visits since", "date")
D("three days before", "2026-07-14", "deal came before the trade fair", "relative", optional=True)
D("the weekend", "2026-07", "goods moving again by", "relative")
D("last Friday", "2026-07-17", "Arakan Army statement", "relative")
D("1989", "1989", "the 1989 truces (year as modifier)", "date", optional=True)
D("the monsoon", "2026", "monitoring mechanism before the monsoon ends (season)", "relative", optional=True)
D("2024", "2024", "photo caption", "date", after="Photo caption")

# ---------------------------------------------------------------- n05 regional daily, Belmopan
art("n05_belize_guatemala_sarstoon_daily.txt", "2026-05-20", "date line ('Wednesday, May 20, 2026')",
    "Wednesday 20 May 2026. 'Tuesday' 2026-05-19; 'June 9' 2026-06-09; 'last September' (photo caption) 2025-09.")
Q("tough but respectful.", "Delroy Usher", "Belize's Minister of Foreign Affairs, the Hon. Delroy Usher", "described", partial=True)
Q("does not give away one inch", "Delroy Usher", "Usher", "said", partial=True)
Q("We are not negotiating the border. The Court will decide the border. We are negotiating how not to get anybody killed before it does,",
  "Delroy Usher", "he", "said")
Q("provisional and without prejudice.", "María José Batres", "She", "told", partial=True)
Q("as a confidence-building measure, not as a treaty.", "María José Batres", "Batres", "said", partial=True)
Q("done the hard part.", "Ernesto Valdivia", "The OAS Secretary General's special representative, Ernesto Valdivia", "said", partial=True)
Q("still have to ask permission to fish in their own waters.", "Sarstoon-Temash Institute for Indigenous Management",
  "The Sarstoon-Temash Institute for Indigenous Management (SATIIM)", "said", partial=True)
Q("before the ink dries, not after.", "Dwight Flowers", "He", "said", partial=True)
A("Belize", "country", None, "Belize", ["Belize", "Belmopan"])
A("Guatemala", "country", None, "Guatemala", ["Guatemala", "Guatemala City"])
A("Ministry of Foreign Affairs, Foreign Trade and Immigration", "organization", "Belize's foreign ministry", "Belize",
  ["Ministry of Foreign Affairs, Foreign Trade and Immigration"])
A("Organization of American States", "organization", "regional body, mediator", "Organization of American States",
  ["Organization of American States", "OAS"])
A("Belize Defence Force", "organization", "army", "Belize", ["Belize Defence Force"])
A("Guatemalan Navy", "organization", "navy", "Guatemala", ["Guatemalan Navy"])
A("Delroy Usher", "person", "Belize's Minister of Foreign Affairs", "Belize", ["the Hon. Delroy Usher", "Delroy Usher", "Usher"])
A("International Court of Justice", "organization", "UN court", "United Nations", ["International Court of Justice", "ICJ", "Court"])
A("María José Batres", "person", "Deputy Foreign Minister of Guatemala", "Guatemala",
  ["Deputy Foreign Minister María José Batres", "María José Batres", "Batres"])
A("Congress of Guatemala", "organization", "parliament", "Guatemala", ["Congress of Guatemala"])
A("Ernesto Valdivia", "person", "special representative of the OAS Secretary General", "Organization of American States", ["Ernesto Valdivia"])
A("Sarstoon-Temash Institute for Indigenous Management", "organization", "indigenous land management group",
  "Sarstoon-Temash Institute for Indigenous Management", ["Sarstoon-Temash Institute for Indigenous Management", "SATIIM"])
A("United Democratic Party", "organization", "opposition party", "United Democratic Party", ["United Democratic Party"])
A("Dwight Flowers", "person", "opposition spokesman on foreign affairs", "United Democratic Party", ["Dwight Flowers"])
D("Wednesday, May 20, 2026", "2026-05-20", "date line", "date")
D("Tuesday", "2026-05-19", "protocol announced", "weekday")
D("2016", "2016", "clashes since", "date")
D("2018", "2018", "referendums (year as modifier)", "date", optional=True)
D("2019", "2019", "referendums (year as modifier)", "date", optional=True)
D("June 9", "2026-06-09", "next meeting in Guatemala City", "date")
D("1859", "1859", "the 1859 treaty (year as modifier)", "date", optional=True)
D("last September", "2025-09", "photo caption", "relative")

# ---------------------------------------------------------------- n06 translated readout, Baabda
art("n06_lebanon_syria_readout_translated.txt", "2026-08-27", "dateline ('Baabda, 27 August 2026')",
    "Thursday 27 August 2026. 'this afternoon' 2026-08-27; 'last March' 2026-03; 'the end of the year' 2026; 'the second half of September' 2026-09; 'Thursday' 2026-08-27.")
Q("Lebanon wants a border that is drawn, recognised and respected, because a clear border is the first guarantee of good neighbourliness.",
  None, "The President", "affirmed")
Q("before the end of the year.", None, "The head of state", "called", partial=True)
Q("the readiness of Damascus to complete the demarcation in all sectors, including the Shebaa area, on the basis of the documents.",
  "Sami al-Rifai", "Minister al-Rifai", "affirmed", partial=True)
Q("does not accept that the border remains a space for smugglers and armed groups.", "Sami al-Rifai", "The Minister", "stressed", partial=True)
Q("every step that consolidates the stability of Lebanon and Syria,", "Nawaf al-Qahtani", "Mr. al-Qahtani", "expressed", partial=True)
Q("a complete file of maps and title deeds", "Georges Haddad", "Minister Haddad", "stated", partial=True)
Q("not committed to anything in writing", None, "Sources at the Ministry of Foreign Affairs and Emigrants", "told", partial=True)
A("Presidency of the Republic of Lebanon", "organization", "presidency (issuer of the readout)", "Lebanon",
  ["Presidency of the Republic of Lebanon"])
A("Lebanon", "country", None, "Lebanon", ["Lebanon", "Beirut"])
A("Syria", "country", None, "Syria", ["Syrian Arab Republic", "Syria", "Damascus"])
A("Sami al-Rifai", "person", "Syria's Minister of Foreign Affairs and Expatriates", "Syria",
  ["Mr. Sami al-Rifai", "Sami al-Rifai", "al-Rifai"])
A("Saudi Arabia", "country", None, "Saudi Arabia", ["Kingdom of Saudi Arabia", "Kingdom", "Riyadh"])
A("Nawaf al-Qahtani", "person", "envoy of Saudi Arabia", "Saudi Arabia", ["Mr. Nawaf al-Qahtani", "Nawaf al-Qahtani", "al-Qahtani"])
A("Georges Haddad", "person", "Lebanon's Minister of Foreign Affairs and Emigrants", "Lebanon",
  ["Mr. Georges Haddad", "Georges Haddad", "Haddad"])
A("Ministry of Foreign Affairs and Emigrants", "organization", "Lebanon's foreign ministry", "Lebanon", ["Ministry of Foreign Affairs and Emigrants"])
A("Israel", "country", None, "Israel", ["Israel"])
A("United Nations", "organization", "UN", "United Nations", ["United Nations"])
A("Ministry of Foreign Affairs and Expatriates", "organization", "Syria's foreign ministry", "Syria",
  ["Syrian Ministry of Foreign Affairs and Expatriates", "Ministry of Foreign Affairs and Expatriates"])
D("27 August 2026", "2026-08-27", "dateline", "date")
D("this afternoon", "2026-08-27", "President received the delegation", "deictic")
D("last March", "2026-03", "joint technical committee formed in Jeddah", "relative")
D("the end of the year", "2026", "inside a quote: eastern sector finished before", "relative")
D("the second half of September", "2026-09", "next committee meeting in Riyadh", "relative")
D("1967", "1967", "Israel occupied the area since", "date")
D("Thursday", "2026-08-27", "Syrian ministry did not answer", "weekday")
D("19:40", None, "readout issued", "time", optional=True)

# ---------------------------------------------------------------- n07 radio transcript, Cameroon
art("n07_cameroon_anglophone_radio.txt", "2026-10-07", "programme date ('Programme of Wednesday 7 October 2026')",
    "Wednesday 7 October 2026. 'late last month' 2026-09; 'Monday' 2026-10-05; 'Tuesday' 2026-10-06; 'the day before the meeting' 2026-09; 'last night' 2026-10-06; 'Sunday' 2026-10-04; 'mid-November' 2026-11.")
Q("the parties discussed humanitarian access and the safe return of schoolchildren, and agreed to meet again.",
  "Swiss Federal Department of Foreign Affairs", "It", "said")
Q("no negotiations with terrorists,", "Paul Mbarga", "The Minister of Communication, Paul Mbarga", "told", partial=True)
Q("always open to those who lay down their arms.", "Paul Mbarga", "The Minister of Communication, Paul Mbarga", "told", partial=True)
Q("without preconditions but without illusions.", "Ambazonia Governing Council", "the Ambazonia Governing Council", "saying", partial=True)
Q("the only thing to negotiate is the separation.", "Lilian Ayuk", "She", "said")
Q("If they are talking about the children, then let them talk until Christmas.", None, "She", "said")
Q("the only game in town, and a very small game.", None, "A Western diplomat in Yaoundé", "told", partial=True)
Q("in the coming weeks.", "Swiss Federal Department of Foreign Affairs", "The Swiss statement", "says", partial=True)
A("Grace Etoundi", "person", "presenter", "Africa Morning", ["GRACE ETOUNDI", "ETOUNDI", "Grace"])
A("Emmanuel Tabe", "person", "correspondent in Buea", "Africa Morning", ["Emmanuel Tabe", "TABE", "Emmanuel"])
A("Cameroon", "country", None, "Cameroon", ["Cameroon", "State"])
A("Swiss Federal Department of Foreign Affairs", "organization", "Swiss foreign ministry, facilitator", "Switzerland",
  ["Swiss Federal Department of Foreign Affairs"])
A("Paul Mbarga", "person", "Minister of Communication", "Cameroon", ["Paul Mbarga"])
A("Ambazonia Governing Council", "organization", "separatist movement", "Ambazonia Governing Council", ["Ambazonia Governing Council"])
A("Lilian Ayuk", "person", "spokeswoman of the Ambazonia Governing Council", "Ambazonia Governing Council", ["Lilian Ayuk"])
A("Canada", "country", None, "Canada", ["Canada"])
D("Wednesday 7 October 2026", "2026-10-07", "programme date", "date")
D("2017", "2017", "conflict since", "date")
D("late last month", "2026-09", "meeting in Switzerland", "relative")
D("Monday", "2026-10-05", "Swiss confirmation", "weekday")
D("Tuesday", "2026-10-06", "minister's remarks", "weekday")
D("the day before the meeting", "2026-09", "communiqué of the Ambazonia Governing Council", "relative")
D("last night", "2026-10-06", "spokeswoman's phone call", "deictic")
D("Sunday", "2026-10-04", "correspondent spoke to a teacher", "weekday")
D("Christmas", "2026-12-25", "inside a quote: talk until (hyperbole)", "date", optional=True)
D("2023", "2023", "Canada's facilitation", "date")
D("the same year", "2023", "process collapsed", "relative")
D("the coming weeks", None, "inside a quote: next round", "relative")
D("mid-November", "2026-11", "next round expected", "relative")
D("half past", None, "news bulletin (clock time)", "time", optional=True)

# ---------------------------------------------------------------- n08 weekly magazine feature, Libya
art("n08_libya_budget_magazine.txt", "2026-11-05", "issue date ('Issue of 5 November 2026')",
    "Thursday 5 November 2026. 'last Thursday' 2026-10-29; 'the autumn' 2026; 'October 21' 2026-10-21; 'December' 2026-12; 'the end of January' 2027-01.")
Q("At least nobody can see us failing,", None, "a member of one delegation", "joked")
Q("Nobody is asking either side to give up power. We are asking them to agree on where the money goes and to let someone count it,",
  "Hanan Qarqoum", "she", "told")
Q("a reasonable start,", "Khaled Shneib", "The GNU's Minister of Planning, Khaled Shneib", "said", partial=True)
Q("We will not hand Tripoli a veto over the roads of Benghazi,", "Mabrouka el-Ghariani", "she", "said")
Q("publish whatever both governments agree it should publish, and not a line less.", "Omar Lamloum",
  "Its governor, Omar Lamloum", "told", partial=True)
Q("Budgets fund militias. Unified budgets fund fewer of them.", None, "An Italian diplomat", "said")
Q("It reminds everyone it has been done before.", "Hanan Qarqoum", "she", None)
A("United Nations", "organization", "UN", "United Nations", ["UN"])
A("Libya", "country", None, "Libya", ["Libya"])
A("Government of National Unity", "organization", "Tripoli-based government", "Libya", ["Government of National Unity", "GNU", "Tripoli"])
A("House of Representatives", "organization", "eastern-based parliament", "Libya", ["House of Representatives"])
A("United Nations Support Mission in Libya", "organization", "UN mission, mediator", "United Nations",
  ["United Nations Support Mission in Libya", "UNSMIL"])
A("Hanan Qarqoum", "person", "senior economic adviser of UNSMIL", "United Nations", ["Hanan Qarqoum", "Qarqoum"])
A("African Development Bank", "organization", "development bank (former employer)", "African Development Bank", ["African Development Bank"])
A("Central Bank of Libya", "organization", "central bank", "Libya", ["Central Bank of Libya"])
A("Khaled Shneib", "person", "GNU Minister of Planning", "Libya", ["Khaled Shneib"])
A("Mabrouka el-Ghariani", "person", "planning minister of the eastern-based government", "Libya", ["Mabrouka el-Ghariani"])
A("Omar Lamloum", "person", "governor of the Central Bank of Libya", "Libya", ["Omar Lamloum"])
A("United States", "country", None, "United States", ["United States"])
A("Italy", "country", None, "Italy", ["Italy", "Rome"])
A("Egypt", "country", None, "Egypt", ["Egypt"])
D("5 November 2026", "2026-11-05", "issue date", "date")
D("last Thursday", "2026-10-29", "third session broke up", "relative")
D("midnight", None, "well after (clock time)", "time", optional=True)
D("2024", "2024", "first time since", "date")
D("the autumn", "2026", "adviser shuttling", "relative", optional=True)
D("October 21", "2026-10-21", "eastern minister's press conference", "date")
D("a day after", "2026-10-21", "press conference a day after the cabinet met", "relative", optional=True)
D("2024", "2024", "the 2024 crisis (year as modifier)", "date", optional=True, after="ended the ")
D("December", "2026-12", "next session scheduled", "date")
D("the end of January", "2027-01", "first agreement hoped for", "relative")
D("1951", "1951", "a 1951 map (year as modifier)", "date", optional=True)
D("October 29", "2026-10-29", "photo caption", "date")

# ---------------------------------------------------------------- n09 wire, Port Louis
art("n09_chagos_payments_wire.txt", "2026-11-25", "date line ('25 November 2026 09:12 GMT+4') and dateline ('PORT LOUIS, Nov 25')",
    "Wednesday 25 November 2026. 'Tuesday' 2026-11-24; 'last year' 2025; 'the new year' 2027; 'Monday' 2026-11-23; 'last week' 2026-11; 'Friday' 2026-11-27; the next anniversary of the signing on May 22 is 2027-05-22; the Independence Day proposed for a ceremony is the next one, 2027-03-12.")
Q("A figure that is fair in 2025 is not fair in 2040. We are asking for arithmetic, not charity,", "Reshma Doobur-Ramdin",
  "Mauritius's Attorney General and chief negotiator, Reshma Doobur-Ramdin", "told")
Q("cordial and detailed.", "Prime Minister's Office", "The Prime Minister's Office in Port Louis", "said", partial=True)
Q("early in the new year.", "Prime Minister's Office", "It", "said", partial=True)
Q("a good deal for the UK, for Mauritius and for the security of the region", "Foreign, Commonwealth and Development Office",
  "A spokesperson for the Foreign, Commonwealth and Development Office in London", "said", partial=True)
Q("will not reopen its financial terms.", "Foreign, Commonwealth and Development Office",
  "A spokesperson for the Foreign, Commonwealth and Development Office in London", "said", partial=True)
Q("a negotiation after the negotiation.", None, "A British official familiar with the talks", "said", partial=True)
Q("asked a single Chagossian what we want.", "Bernadette Louis", "Its chair, Bernadette Louis", "said", partial=True)
Q("supports the agreement and expects both parties to implement it.", "State Department",
  "A State Department spokesperson", "said", partial=True)
Q("playing poker with the nation's sovereignty.", None, "the leader of the opposition Mouvement Militant Mauricien", "accused", partial=True)
Q("hope is not a timetable.", None, "the official", "added", partial=True)
A("Mauritius", "country", None, "Mauritius", ["Mauritius", "Port Louis"])
A("United Kingdom", "country", None, "United Kingdom", ["United Kingdom", "Britain", "London", "UK"])
A("Reshma Doobur-Ramdin", "person", "Attorney General and chief negotiator of Mauritius", "Mauritius", ["Reshma Doobur-Ramdin"])
A("Prime Minister's Office", "organization", "Mauritius's prime minister's office", "Mauritius", ["Prime Minister's Office"])
A("Foreign, Commonwealth and Development Office", "organization", "UK foreign ministry", "United Kingdom",
  ["Foreign, Commonwealth and Development Office"])
A("Chagos Return Committee", "organization", "Chagossian group", "Chagos Return Committee", ["Chagos Return Committee"])
A("Jean-Claude Permal", "person", "leader of the Chagos Return Committee", "Chagos Return Committee", ["Jean-Claude Permal", "Mr Permal"])
A("Chagos Heritage Forum", "organization", "Chagossian group", "Chagos Heritage Forum", ["Chagos Heritage Forum"])
A("Bernadette Louis", "person", "chair of the Chagos Heritage Forum", "Chagos Heritage Forum", ["Bernadette Louis"])
A("United States", "country", None, "United States", ["United States", "Washington"])
A("State Department", "organization", "US foreign ministry", "United States", ["State Department"])
A("Mouvement Militant Mauricien", "organization", "opposition party", "Mouvement Militant Mauricien", ["Mouvement Militant Mauricien", "MMM"])
A("Kevin Ramkhelawon", "person", "MMM foreign affairs spokesman", "Mouvement Militant Mauricien", ["Kevin Ramkhelawon"])
D("25 November 2026", "2026-11-25", "date line", "date")
D("09:12", None, "time of the date line", "time", optional=True)
D("Nov 25", "2026-11-25", "dateline", "date")
D("Tuesday", "2026-11-24", "talks ended", "weekday")
D("May 2025", "2025-05", "treaty signed", "date")
D("99-year", None, "lease (length as modifier)", "duration", optional=True)
D("last year", "2025", "payments agreed", "relative")
D("2025", "2025", "inside a quote: a fair figure in", "date", after="A figure that is fair in ")
D("2040", "2040", "inside a quote: not fair in", "date")
D("the new year", "2027", "inside a quote: next round in London", "relative")
D("Monday", "2026-11-23", "Chagos Heritage Forum chair's remark", "weekday")
D("last week", "2026-11", "State Department remark", "relative")
D("Friday", "2026-11-27", "MMM motion", "weekday")
D("May 22", "2027-05-22", "anniversary of the signing (ratify before)", "date")
D("Independence Day", "2027-03-12", "suggested for a ratification ceremony", "date")
D("March 12", "2027-03-12", "Independence Day", "date")

# ---------------------------------------------------------------- n10 business site, Aktau
art("n10_kazakhstan_oilfield_pay_business.txt", "2026-01-14", "date line ('14 January 2026, 11:30 ALMT')",
    "Wednesday 14 January 2026. 'Tuesday' 2026-01-13; 'the weekend' after January 9 2026-01; 'this year' 2026; 'Wednesday' 2026-01-14; the Nauryz holidays (21-23 March) 2026-03; 'September' 2026-09.")
Q("a separate benefit tied to weather, not part of the wage.", "Caspian Drilling Services", "The company", "saying", partial=True)
Q("Our members asked for twenty and got eighteen. For this region, that is a victory,", "Aigul Sarsenbayeva",
  "union chairwoman Aigul Sarsenbayeva", "told")
Q("People remember 2011. Nobody wanted another December like that, not us and not them,", "Aigul Sarsenbayeva", "she", "said")
Q("listened carefully", "Caspian Drilling Services", "Caspian Drilling Services, a subsidiary of a Dubai-registered group", "said", partial=True)
Q("sustainable for the business.", "Caspian Drilling Services", "Caspian Drilling Services, a subsidiary of a Dubai-registered group",
  "said", partial=True)
Q("do not leave room for more this year.", "Marat Kuanyshev", "Its general director, Marat Kuanyshev", "added", partial=True)
Q("maturity.", "Serik Dzhaksybekov", "Deputy akim Serik Dzhaksybekov", "said", partial=True)
Q("take note", "Ministry of Labour and Social Protection of the Population",
  "The Ministry of Labour and Social Protection of the Population", "said", partial=True)
Q("We do the same work at the same rigs. We got nothing, not even a meeting.", None,
  "One of them, a welder who asked not to be named", "said")
Q("Expect more of these negotiations before the Nauryz holidays,", "Tengri Capital", "the note", "said")
A("Kazakhstan", "country", None, "Kazakhstan", ["Kazakhstan"])
A("Caspian Drilling Services", "organization", "oilfield service company", None, ["Caspian Drilling Services"])
A("Zhanaozen Oil Workers' Solidarity", "organization", "independent union", "Zhanaozen Oil Workers' Solidarity",
  ["Zhanaozen Oil Workers' Solidarity"])
A("Aigul Sarsenbayeva", "person", "union chairwoman", "Zhanaozen Oil Workers' Solidarity", ["Aigul Sarsenbayeva"])
A("Marat Kuanyshev", "person", "general director of Caspian Drilling Services", "Caspian Drilling Services", ["Marat Kuanyshev"])
A("Akimat of Mangystau", "organization", "regional administration", "Kazakhstan", ["akimat of Mangystau"])
A("Serik Dzhaksybekov", "person", "deputy akim of Mangystau", "Kazakhstan", ["Serik Dzhaksybekov"])
A("Ministry of Labour and Social Protection of the Population", "organization", "labour ministry", "Kazakhstan",
  ["Ministry of Labour and Social Protection of the Population"])
A("Tengri Capital", "organization", "investment research firm", None, ["Tengri Capital"])
D("14 January 2026", "2026-01-14", "date line", "date")
D("11:30", None, "time of the date line", "time", optional=True)
D("Tuesday", "2026-01-13", "both sides announced the deal", "weekday")
D("February 1", "2026-02-01", "rise takes effect", "date")
D("January 9", "2026-01-09", "talks nearly broke down", "date")
D("the weekend", "2026-01", "union assembly called for", "relative")
D("2011", "2011", "inside a quote: people remember", "date")
D("this year", "2026", "inside a quote: no room for more", "relative")
D("Wednesday", "2026-01-14", "analysts' note", "weekday")
D("the first half of 2026", "2026", "wage pressure spreads to Atyrau", "date")
D("the Nauryz holidays", "2026-03", "inside a quote: more negotiations before", "date")
D("September", "2026-09", "union returns to the table", "date")
D("December 2011", "2011-12", "police fired on striking oil workers", "date")
D("January 2022", "2022-01", "fuel-price protests", "date")

gold.finish()
