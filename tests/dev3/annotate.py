#!/usr/bin/env python3
"""Writes gold/{quotes,actors,dates,articles}.jsonl for the development set tests/dev3.

Twelve articles about conflicts and diplomacy, written for this set, annotated by hand.
Annotations are written here as strings; offsets (Python code-point indices, as in
/work/shared/gold/seeds) are computed by locating each string in its article and every
record is checked by the kit in tests/kit/gold_annotation.py (text == content[start:end],
quotes sit between quotation marks, speakers are actors of the article, mentions occur
verbatim). Run from anywhere:
    python3 tests/dev3/annotate.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "kit"))
from gold_annotation import Annotator  # noqa: E402

gold = Annotator(HERE)
art, Q, A, D = gold.art, gold.Q, gold.A, gold.D

# ---------------------------------------------------------------- d01 state news agency, Yerevan
art("d01_armenia_azerbaijan_agency.txt", "2026-10-14", "dateline ('YEREVAN, 14 October 2026')",
    "Wednesday 14 October 2026. 'On 14 October' 2026-10-14; 'the day before' 2026-10-13; 'November' 2026-11; '29 July' 2026-07-29; 'the end of the year' 2026.")
Q("questions of the border can be solved by maps and not by force.", "Levon Harutyunyan", "Levon Harutyunyan", "noted", partial=True)
Q("on the basis of the Alma-Ata Declaration of 1991 and mutual recognition of territorial integrity.", "Levon Harutyunyan",
  "He", "stressed", partial=True)
Q("Every kilometre we agree on paper is a kilometre on which no one will have to stand guard with a rifle.", "Levon Harutyunyan",
  "The Deputy Prime Minister", "emphasized")
Q("the commissions have reached a stage where the remaining questions are technical, not political.", "Farid Aliyarli",
  "him", "According to", partial=True)
Q("before the end of the year.", "Farid Aliyarli", "Farid Aliyarli", "added", partial=True)
Q("Peace is not a document that one signs and puts in a drawer. It is daily work,", "Anahit Sargsyan",
  "the head of the foreign ministry", "noted")
Q("confirms the irreversibility of the peace agenda.", "Ministry of Foreign Affairs of Azerbaijan",
  "The Ministry of Foreign Affairs of Azerbaijan", "said", partial=True)
A("Armenia", "country", None, "Armenia", ["Republic of Armenia", "Armenia"])
A("Azerbaijan", "country", None, "Azerbaijan", ["Republic of Azerbaijan", "Azerbaijan", "Baku"])
A("Levon Harutyunyan", "person", "Deputy Prime Minister of Armenia, chairman of the State Commission on Border Delimitation", "Armenia",
  ["Levon Harutyunyan"])
A("State Commission on Border Delimitation", "organization", "Armenian border commission", "Armenia", ["State Commission on Border Delimitation"])
A("Farid Aliyarli", "person", "Deputy Prime Minister of Azerbaijan, chairman of the State Commission on Delimitation of the State Border",
  "Azerbaijan", ["Farid Aliyarli"])
A("State Commission on Delimitation of the State Border", "organization", "Azerbaijani border commission", "Azerbaijan",
  ["State Commission on Delimitation of the State Border"])
A("Anahit Sargsyan", "person", "Minister of Foreign Affairs of Armenia", "Armenia", ["Anahit Sargsyan"])
A("Ministry of Foreign Affairs of Azerbaijan", "organization", "foreign ministry", "Azerbaijan", ["Ministry of Foreign Affairs of Azerbaijan"])
D("14 October 2026", "2026-10-14", "dateline", "date")
D("14 October", "2026-10-14", "delegation received", "date", after="- On ")
D("the spring", "2026", "work done since", "relative", optional=True)
D("1991", "1991", "inside a quote: the Alma-Ata Declaration of 1991 (year as modifier)", "date", optional=True)
D("the end of the year", "2026", "inside a quote: protocol ready for signature before", "relative")
D("In the evening", None, "delegation received by the foreign minister (time of day)", "time", optional=True)
D("the day before", "2026-10-13", "Azerbaijani ministry statement", "relative")
D("November", "2026-11", "next joint session in Gabala", "date")
D("2023", "2023", "commissions have met since", "date")
D("29 July", "2026-07-29", "previous meeting in Baku", "date")

# ---------------------------------------------------------------- d02 wire, Kinshasa/Goma
art("d02_drc_m23_wire.txt", "2026-11-03", "date line ('November 3, 2026') and dateline ('KINSHASA/GOMA, Nov 3')",
    "Tuesday 3 November 2026. 'Monday' 2026-11-02; 'Sunday' 2026-11-01; 'last Wednesday' 2026-10-28; Christmas 2026-12-25.")
Q("We did not go to Doha to give the M23 time to dig trenches,", "Patrick Mwamba Kalala", "he", "said")
Q("Kinshasa has never stopped its drone strikes on the villages we administer,", "Olivier Nzabonimpa", "Nzabonimpa", "wrote")
Q("Who is dragging their feet?", "Olivier Nzabonimpa", "Nzabonimpa", "wrote")
Q("The door remains open, and we expect both parties to walk through it before Christmas,", "Nasser Al-Mannai", "Al-Mannai", "said")
Q("a few words apart", None, "A Western diplomat following the talks", "said", partial=True)
Q("remains committed to the Washington agreement", "Ministry of Foreign Affairs and International Cooperation",
  "Rwanda's Ministry of Foreign Affairs and International Cooperation", "said", partial=True)
Q("purely defensive.", "Ministry of Foreign Affairs and International Cooperation",
  "Rwanda's Ministry of Foreign Affairs and International Cooperation", "said", partial=True)
Q("We live from one rumour to the next,", "Aline Furaha", "she", "said")
Q("Kinshasa thinks time weakens the rebels, and the rebels think time makes their administration permanent,",
  "Claudine Mugisha", "she", "said")
Q("Both cannot be right.", "Claudine Mugisha", "she", "said")
A("Democratic Republic of Congo", "country", None, "Democratic Republic of Congo", ["Democratic Republic of Congo", "Congo", "Kinshasa"])
A("M23", "organization", "rebel group", "M23", ["M23"])
A("Patrick Mwamba Kalala", "person", "Congo's government spokesman", "Democratic Republic of Congo", ["Patrick Mwamba Kalala"])
A("Alliance Fleuve Congo", "organization", "political coalition that includes the M23", "Alliance Fleuve Congo",
  ["Alliance Fleuve Congo", "AFC"])
A("Olivier Nzabonimpa", "person", "AFC spokesman", "Alliance Fleuve Congo", ["Olivier Nzabonimpa", "Nzabonimpa"])
A("Qatar", "country", None, "Qatar", ["Qatar"])
A("Nasser Al-Mannai", "person", "Qatar's chief mediator", "Qatar", ["Nasser Al-Mannai", "Al-Mannai"])
A("Rwanda", "country", None, "Rwanda", ["Rwanda", "Kigali"])
A("United Nations", "organization", "UN (its experts)", "United Nations", ["United Nations"])
A("Ministry of Foreign Affairs and International Cooperation", "organization", "Rwanda's foreign ministry", "Rwanda",
  ["Ministry of Foreign Affairs and International Cooperation"])
A("Aline Furaha", "person", "pharmacy owner in Goma", None, ["Aline Furaha"])
A("Great Lakes Policy Institute", "organization", "research institute in Nairobi", None, ["Great Lakes Policy Institute"])
A("Claudine Mugisha", "person", "researcher", "Great Lakes Policy Institute", ["Claudine Mugisha"])
D("November 3, 2026", "2026-11-03", "date line", "date")
D("15:40", None, "time of the date line", "time", optional=True)
D("Nov 3", "2026-11-03", "dateline", "date")
D("Monday", "2026-11-02", "talks broke off", "weekday")
D("Christmas", "2026-12-25", "inside a quote: parties expected to return before", "date")
D("Sunday", "2026-11-01", "Rwandan ministry statement", "weekday")
D("June 2025", "2025-06", "Washington agreement signed", "date")
D("January 2025", "2025-01", "M23 seized Goma", "date")
D("last Wednesday", "2026-10-28", "road to Sake closed", "relative")

# ---------------------------------------------------------------- d03 foreign-ministry readout, Pristina
art("d03_kosovo_serbia_readout.txt", "2026-09-23", "date line ('Pristina, 23 September 2026')",
    "Wednesday 23 September 2026. 'today' 2026-09-23; 'next Tuesday' 2026-09-29; 'last Friday' 2026-09-18; 'Monday' 2026-09-21; 'next week' 2026-09 (the week of 28 September); 'the end of the year' 2026.")
Q("Kosovo has implemented its part of the Brussels and Ohrid agreements. We now expect the European Union to ask the same of Serbia, with the same firmness,",
  "Drenusha Krasniqi", "Minister Krasniqi", "stated")
Q("not accept a second government on its territory.", "Drenusha Krasniqi", "She", "said", partial=True)
Q("concrete steps from both parties before the end of the year", "Jurgen Vandermeer", "The envoy", "added", partial=True)
Q("The only way forward is through the agreements that both parties have already accepted,", "Jurgen Vandermeer", "he", "said")
Q("only if the safety of Serbs in the north is on the agenda.", "Office for Kosovo and Metohija",
  "The Office for Kosovo and Metohija of the Government of Serbia", "said", partial=True)
A("Ministry of Foreign Affairs and Diaspora", "organization", "Kosovo's foreign ministry", "Kosovo", ["Ministry of Foreign Affairs and Diaspora"])
A("Kosovo", "country", None, "Kosovo", ["Republic of Kosovo", "Kosovo", "Pristina", "Government of Kosovo"])
A("Drenusha Krasniqi", "person", "Minister of Foreign Affairs and Diaspora", "Kosovo", ["Drenusha Krasniqi", "Minister Krasniqi", "Krasniqi"])
A("European Union", "organization", "bloc, facilitator of the dialogue", "European Union", ["European Union", "EU"])
A("Jurgen Vandermeer", "person", "EU Special Representative for the Belgrade-Pristina Dialogue", "European Union",
  ["Ambassador Jurgen Vandermeer", "Jurgen Vandermeer", "Ambassador Vandermeer", "Vandermeer"])
A("Serbia", "country", None, "Serbia", ["Serbia", "Belgrade", "Government of Serbia"])
A("Kosovo Police", "organization", "police", "Kosovo", ["Kosovo Police"])
A("Government Commission on Missing Persons", "organization", "government commission", "Kosovo", ["Government Commission on Missing Persons"])
A("Arben Gashi", "person", "Deputy Minister of Foreign Affairs and Diaspora", "Kosovo", ["Arben Gashi"])
A("EU Office in Kosovo", "organization", "EU office", "European Union", ["EU Office in Kosovo"])
A("Marta Lindqvist", "person", "Head of the EU Office in Kosovo", "European Union", ["Marta Lindqvist"])
A("Office for Kosovo and Metohija", "organization", "Serbian government office", "Serbia", ["Office for Kosovo and Metohija"])
D("23 September 2026", "2026-09-23", "date line", "date")
D("today", "2026-09-23", "minister received the envoy", "deictic")
D("next Tuesday", "2026-09-29", "high-level meeting in Brussels", "relative")
D("last Friday", "2026-09-18", "incident at the Jarinje crossing", "relative")
D("the end of the year", "2026", "inside a quote: concrete steps expected before", "relative")
D("1998-1999", None, "the 1998-1999 war (years as modifier)", "date", optional=True)
D("next week", "2026-09", "next week's meeting (as modifier)", "relative", optional=True)
D("Monday", "2026-09-21", "Serbian office statement", "weekday")

# ---------------------------------------------------------------- d04 liveblog, Caracas talks
art("d04_colombia_eln_liveblog.txt", "2026-08-07", "date line ('Updated Friday 7 August 2026')",
    "Liveblog of Friday 7 August 2026; timestamps are clock times of that day (optional). 'August 15' 2026-08-15; 'the week after' the ceasefire begins 2026-08; 'October' 2026-10; 'March' 2026-03; Easter Sunday 2026-04-05.")
Q("a truce, not a surrender", "Antonio Becerra", "Commander", None, partial=True)
Q("This is a truce, not a surrender. The guerrilla does not hand over its weapons because a document was signed in Caracas,",
  "Antonio Becerra", "Becerra", "said")
Q("the most serious commitment in three years of talks", "Luisa Fernanda Ortiz",
  "The head of the government delegation, Senator Luisa Fernanda Ortiz", "told", partial=True)
Q("We will judge them by what happens in Arauca, not by what they say here,", "Luisa Fernanda Ortiz", "Ortiz", "added")
Q("every incident, whoever commits it", "Karin Aasland", "Its head, Karin Aasland", "said", partial=True)
Q("a gift to the kidnappers", "Democratic Centre", "The Democratic Centre party", "called", partial=True)
Q("negotiated the calendar and forgotten the victims", "Andrés Villamizar", "One of its senators, Andrés Villamizar", "said", partial=True)
A("Colombia", "country", None, "Colombia", ["Colombia"])
A("ELN", "organization", "guerrilla group", "ELN", ["ELN"])
A("Antonio Becerra", "person", "ELN commander, head of the ELN delegation", "ELN", ["Antonio Becerra", "Becerra"])
A("Central Command", "organization", "ELN leadership", "ELN", ["Central Command"])
A("Luisa Fernanda Ortiz", "person", "senator, head of the government delegation", "Colombia", ["Senator Luisa Fernanda Ortiz", "Luisa Fernanda Ortiz", "Ortiz"])
A("United Nations", "organization", "monitor of the truce", "United Nations", ["United Nations"])
A("United Nations Verification Mission in Colombia", "organization", "UN mission", "United Nations",
  ["United Nations Verification Mission in Colombia"])
A("Karin Aasland", "person", "head of the UN Verification Mission", "United Nations", ["Karin Aasland"])
A("Catholic Church", "organization", "church, monitor of the truce", "Catholic Church", ["Catholic Church"])
A("Episcopal Conference of Colombia", "organization", "bishops' conference", "Episcopal Conference of Colombia",
  ["Episcopal Conference of Colombia"])
A("Héctor Fabio Rendón", "person", "secretary general of the Episcopal Conference", "Episcopal Conference of Colombia",
  ["Monsignor Héctor Fabio Rendón", "Héctor Fabio Rendón"])
A("Democratic Centre", "organization", "opposition party", "Democratic Centre", ["Democratic Centre"])
A("Andrés Villamizar", "person", "Democratic Centre senator", "Democratic Centre", ["Andrés Villamizar"])
A("Venezuela", "country", None, "Venezuela", ["Venezuela"])
A("Elena Marcano", "person", "Venezuela's foreign minister", "Venezuela", ["Elena Marcano"])
A("FARC", "organization", "former guerrilla (its dissidents)", "FARC", ["FARC"])
D("90-day", None, "headline: length of the ceasefire (as modifier)", "duration", optional=True)
D("Friday 7 August 2026", "2026-08-07", "date line", "date")
D("21:45", None, "time of the update line", "time", optional=True)
D("August 15", "2026-08-15", "ceasefire starts (key points)", "date")
D("21:45", None, "timestamp", "time", optional=True, after="Key points", n=0)
D("21:10", None, "timestamp", "time", optional=True)
D("20:30", None, "timestamp", "time", optional=True)
D("19:55", None, "timestamp", "time", optional=True)
D("the week after", "2026-08", "bishops visit the Catatumbo (week after the ceasefire begins)", "relative")
D("19:00", None, "timestamp", "time", optional=True)
D("18:20", None, "timestamp", "time", optional=True)
D("00:00", None, "ceasefire starts (clock time)", "time", optional=True)
D("August 15", "2026-08-15", "ceasefire starts", "date", after="00:00 on ")
D("90 days", None, "length of the ceasefire", "duration", optional=True)
D("October", "2026-10", "parties meet again in Havana", "date")
D("17:40", None, "timestamp", "time", optional=True)
D("August 2024", "2024-08", "last ceasefire expired", "date")
D("March", "2026-03", "talks resumed", "date")
D("Easter Sunday", "2026-04-05", "attack on an army base", "date")

# ---------------------------------------------------------------- d05 regional daily, Karachi
art("d05_india_pakistan_fishermen_daily.txt", "2026-11-05", "masthead date ('Thursday, November 5, 2026')",
    "Thursday 5 November 2026. 'Wednesday' 2026-11-04; 'today' 2026-11-05; 'last year' 2025; 'last month' 2026-10; 'this year' 2026; Diwali 2026 is 2026-11-08.")
Q("a humanitarian gesture", "Mehreen Abbasi", "Foreign Office spokesperson Mehreen Abbasi", "told", partial=True)
Q("at least one door open", "Mehreen Abbasi", "Foreign Office spokesperson Mehreen Abbasi", "told", partial=True)
Q("Fishermen do not draw maps. They follow the fish, and they should not pay for the quarrels of governments,",
  "Mehreen Abbasi", "Ms Abbasi", "said")
Q("the remaining 120 fishermen who have completed their sentences.", "Rajiv Menon", "Its spokesperson, Rajiv Menon", "said", partial=True)
Q("We will light the lamps twice this year,", "Jiwan Solanki", "he", "told")
Q("A man who has served his sentence is not a bargaining chip,", "Shahnaz Rauf Bhatti", "she", "said")
Q("He is a man who should go home.", "Shahnaz Rauf Bhatti", "she", "said")
A("Pakistan", "country", None, "Pakistan", ["Pakistan"])
A("India", "country", None, "India", ["India", "New Delhi"])
A("Foreign Office", "organization", "Pakistan's foreign ministry", "Pakistan", ["Foreign Office"])
A("Mehreen Abbasi", "person", "Foreign Office spokesperson", "Pakistan", ["Mehreen Abbasi", "Ms Abbasi"])
A("Ministry of External Affairs", "organization", "India's foreign ministry", "India", ["Ministry of External Affairs"])
A("Rajiv Menon", "person", "Ministry of External Affairs spokesperson", "India", ["Rajiv Menon"])
A("Jiwan Solanki", "person", "boat owner, father of a freed fisherman", None, ["Jiwan Solanki"])
A("Pakistan-India People's Forum for Peace", "organization", "peace group", "Pakistan-India People's Forum for Peace",
  ["Pakistan-India People's Forum for Peace"])
A("Shahnaz Rauf Bhatti", "person", "retired judge, head of the Pakistan-India People's Forum for Peace",
  "Pakistan-India People's Forum for Peace", ["Shahnaz Rauf Bhatti"])
A("Edhi Foundation", "organization", "charity", "Edhi Foundation", ["Edhi Foundation"])
D("Thursday, November 5, 2026", "2026-11-05", "masthead date", "date")
D("Diwali", "2026-11-08", "headline: families await return before", "date")
D("Wednesday", "2026-11-04", "fishermen driven to Lahore", "weekday")
D("today", "2026-11-05", "handover at Wagah", "deictic")
D("last year", "2025", "contacts suspended since", "relative")
D("last month", "2026-10", "India released Pakistani fishermen", "relative")
D("2008", "2008", "a 2008 agreement (year as modifier)", "date", optional=True)
D("January 1", None, "lists exchanged each year (recurring)", "date", optional=True)
D("July 1", None, "lists exchanged each year (recurring)", "date", optional=True)
D("March 2023", "2023-03", "family last saw the son", "date")
D("this year", "2026", "inside a quote: lamps lit twice", "relative")
D("Wednesday", "2026-11-04", "photo caption: fishermen board a bus", "weekday", after="Caption:")

# ---------------------------------------------------------------- d06 radio transcript, Kuala Lumpur
art("d06_thailand_cambodia_radio.txt", "2026-06-18", "broadcast line ('Broadcast Thursday 18 June 2026')",
    "Thursday 18 June 2026. 'this afternoon' and 'today' 2026-06-18; 'yesterday' 2026-06-17; 'last year' 2025; 'last July' 2025-07; 'July 1' 2026-07-01; 'December' and 'September' 2026.")
Q("We open the gates, but we do not leave the line,", "Somchai Rattanakorn", "he", "said")
Q("A crossing is good for trade. A court is good for peace.", "Sok Vannak", "His", None)
Q("small steps that people can feel in their pockets", "Farah Ismail", "She", "called", partial=True)
Q("Nobody here trusts anybody yet,", None, "he", "told")
Q("If the gate opens, I open,", "Srey Mom", "she", "said")
A("Noor Azizah", "person", "presenter", "The Asia Hour", ["NOOR AZIZAH", "AZIZAH", "Noor"])
A("Daniel Okafor", "person", "correspondent", "The Asia Hour", ["Daniel Okafor", "DANIEL OKAFOR", "OKAFOR", "Daniel"])
A("Thailand", "country", None, "Thailand", ["Thailand"])
A("Cambodia", "country", None, "Cambodia", ["Cambodia", "Phnom Penh"])
A("General Border Committee", "organization", "joint Thai-Cambodian border body", "General Border Committee", ["General Border Committee"])
A("Somchai Rattanakorn", "person", "Thailand's defence minister", "Thailand", ["General Somchai Rattanakorn", "Somchai Rattanakorn"])
A("Sok Vannak", "person", "Cambodia's defence minister", "Cambodia", ["General Sok Vannak", "Sok Vannak"])
A("International Court of Justice", "organization", "UN court", "United Nations", ["International Court of Justice"])
A("Malaysia", "country", None, "Malaysia", ["Malaysia"])
A("Farah Ismail", "person", "Malaysia's foreign minister", "Malaysia", ["Datuk Farah Ismail", "Farah Ismail"])
A("ASEAN", "organization", "regional bloc (observers)", "ASEAN", ["ASEAN"])
A("Srey Mom", "person", "fruit seller at Chong Chom", None, ["Srey Mom"])
D("Thursday 18 June 2026", "2026-06-18", "broadcast date", "date")
D("18:00", None, "broadcast time", "time", optional=True)
D("last year", "2025", "last year's fighting (as modifier)", "relative", optional=True)
D("this afternoon", "2026-06-18", "committee meeting ended", "deictic")
D("July 1", "2026-07-01", "crossings reopen", "date")
D("last July", "2025-07", "ceasefire", "relative")
D("December", "2026-12", "ASEAN observers stay until", "date")
D("last year", "2025", "people displaced", "relative", after="About 40,000")
D("yesterday", "2026-06-17", "correspondent spoke to Srey Mom", "deictic")
D("September", "2026-09", "committee meets again", "date")

# ---------------------------------------------------------------- d07 analysis, Abuja
art("d07_sahel_ecowas_analysis.txt", "2026-10-01", "byline date ('1 October 2026')",
    "Thursday 1 October 2026. 'last year' 2025; 'last week' 2026-09; 'November' 2026-11; 'September 24' 2026-09-24; 'the end of the year' 2026.")
Q("Everyone wanted a divorce. Nobody wanted to divide the furniture,", "Kwabena Asante-Boateng", "Kwabena Asante-Boateng", "said")
Q("Free movement is a right of member states. It is not a subscription that one can keep after cancelling the contract,",
  "Aminata Kourouma", "she", "told")
Q("a punishment disguised as a procedure.", "Ibrahim Maïga", "Niger's foreign minister, Colonel Ibrahim Maïga", "said", partial=True)
Q("choosing Paris over its neighbours,", "Ibrahim Maïga", "The minister", "accused", partial=True)
Q("unworthy of a reply.", "Ministry of Foreign Affairs", "Nigeria's Ministry of Foreign Affairs", "called", partial=True)
Q("The juntas are negotiating from the weaker side of the border,", "Hélène Traoré", "she", "said")
Q("and they know it better than their speeches suggest.", "Hélène Traoré", "she", "said")
Q("the only item on which both sides are in a hurry.", None, "A Ghanaian official involved in the talks", "said", partial=True)
Q("The bank can wait,", "Kwabena Asante-Boateng", "he", "said")
Q("The traders at the border cannot.", "Kwabena Asante-Boateng", "he", "said")
A("Mali", "country", None, "Mali", ["Mali", "Bamako"])
A("Burkina Faso", "country", None, "Burkina Faso", ["Burkina Faso", "Ouagadougou"])
A("Niger", "country", None, "Niger", ["Niger", "Niamey"])
A("Economic Community of West African States", "organization", "regional bloc", "ECOWAS",
  ["Economic Community of West African States", "ECOWAS"])
A("ECOWAS Commission", "organization", "ECOWAS executive", "ECOWAS", ["ECOWAS Commission"])
A("Alliance of Sahel States", "organization", "confederation of the three juntas", "Alliance of Sahel States",
  ["Alliance of Sahel States", "AES"])
A("West Africa Security Forum", "organization", "think tank in Accra", None, ["West Africa Security Forum"])
A("Kwabena Asante-Boateng", "person", "senior fellow", "West Africa Security Forum", ["Kwabena Asante-Boateng", "Asante-Boateng"])
A("Aminata Kourouma", "person", "vice-president of the ECOWAS Commission", "ECOWAS", ["Aminata Kourouma"])
A("Ibrahim Maïga", "person", "Niger's foreign minister", "Niger", ["Colonel Ibrahim Maïga", "Ibrahim Maïga"])
A("Nigeria", "country", None, "Nigeria", ["Nigeria", "Abuja"])
A("Ministry of Foreign Affairs", "organization", "Nigeria's foreign ministry", "Nigeria", ["Ministry of Foreign Affairs"])
A("Sahel Policy Lab", "organization", "research group in Dakar", None, ["Sahel Policy Lab"])
A("Hélène Traoré", "person", "regional trade researcher", "Sahel Policy Lab", ["Hélène Traoré"])
D("last year", "2025", "dek: juntas left the bloc", "relative")
D("1 October 2026", "2026-10-01", "byline date", "date")
D("January 2025", "2025-01", "exit completed", "date")
D("last week", "2026-09", "meeting in Lomé", "relative")
D("November", "2026-11", "next meeting in Bamako", "date")
D("September 24", "2026-09-24", "press conference in Abuja", "date")
D("the end of the year", "2026", "compromise on residence rights expected before", "relative")

# ---------------------------------------------------------------- d08 weekly magazine feature, Ankara
art("d08_somalia_ethiopia_magazine.txt", "2026-05-21", "issue date ('Issue of 21 May 2026')",
    "Thursday 21 May 2026. 'Last year' 2025; 'that December' (of January 2024) 2024-12; 'March' 2026-03; 'last month' 2026-04.")
Q("Last year they would not sit in the same building,", None, "he", "says")
Q("translating pride into tonnage.", "Selin Akdoğan",
  "The Turkish deputy foreign minister who chairs the talks, Selin Akdoğan", "describes", partial=True)
Q("We would like the heads of state to sign before the rainy season. We would also like many things,", "Selin Akdoğan", "she", "says")
Q("Ethiopia is welcome to trade through our ports, as it is welcome to trade through Djibouti's. It is not welcome to own a piece of Somalia,",
  "Abdirahman Warsame Nur", "he", "told")
Q("an existential question for a nation of 130 million.", "Tesfaye Gebremedhin",
  "The national security adviser to Ethiopia's prime minister, Tesfaye Gebremedhin", "calls", partial=True)
Q("We are not asking for charity. We are offering to pay, to invest and to share.", "Tesfaye Gebremedhin", "He", "adds")
Q("was used as a lever and then forgotten.", "Hodan Abdillahi Jama",
  "Somaliland's information minister, Hodan Abdillahi Jama", "says", partial=True)
Q("Turkey has trained Somalia's army and built its biggest hospital,", "Farhia Mohamud", "she", "says")
Q("It cannot afford to be the mediator who failed.", "Farhia Mohamud", "she", "says")
A("Ethiopia", "country", None, "Ethiopia", ["Ethiopia", "Addis Ababa"])
A("Somalia", "country", None, "Somalia", ["Somalia", "Mogadishu"])
A("Turkey", "country", None, "Turkey", ["Turkey", "Ankara"])
A("Somaliland", "organization", "breakaway region's authorities", "Somaliland", ["Somaliland"])
A("Selin Akdoğan", "person", "Turkish deputy foreign minister, chair of the talks", "Turkey", ["Selin Akdoğan"])
A("Abdirahman Warsame Nur", "person", "Somalia's foreign minister", "Somalia", ["Abdirahman Warsame Nur", "Nur"])
A("Tesfaye Gebremedhin", "person", "national security adviser to Ethiopia's prime minister", "Ethiopia", ["Tesfaye Gebremedhin"])
A("Hodan Abdillahi Jama", "person", "Somaliland's information minister", "Somaliland", ["Hodan Abdillahi Jama"])
A("Horn Futures Institute", "organization", "research institute in Nairobi", None, ["Horn Futures Institute"])
A("Farhia Mohamud", "person", "director of the Horn Futures Institute", "Horn Futures Institute", ["Farhia Mohamud"])
D("21 May 2026", "2026-05-21", "issue date", "date")
D("Last year", "2025", "inside a quote: delegations would not sit in one building", "relative")
D("January 2024", "2024-01", "memorandum with Somaliland signed", "date")
D("that December", "2024-12", "Ankara Declaration signed", "relative")
D("March", "2026-03", "technical teams at work since", "date")
D("the rainy season", None, "inside a quote: signature hoped for before (vague season)", "relative", optional=True)
D("last month", "2026-04", "interview in Mogadishu", "relative")
D("May 2026", "2026-05", "photo caption: session on the port lease", "date", after="port lease, ")

# ---------------------------------------------------------------- d09 presidency press release, Juba
art("d09_south_sudan_presidency.txt", "2026-07-09", "date line ('Juba, Thursday, 9th July 2026')",
    "Thursday 9 July 2026, South Sudan's Independence Day. 'today' 2026-07-09; 'December' 2026-12; 'Sunday' 2026-07-12; 'Monday' 2026-07-13; 'May' 2026-05; 'Wednesday' 2026-07-08; 'last month' 2026-06.")
Q("The door of Juba is open to every South Sudanese who puts down the gun. But the elections will not wait for those who choose to stay in the bush,",
  "Gabriel Deng Majok", "the Head of State", "said")
Q("positive signals", "Grace Wanjiru Mbugua", "Ambassador Mbugua", "said", partial=True)
Q("We are closer than we were in May. I will not say more than that today,", "Grace Wanjiru Mbugua", "the Chief Mediator", "stated")
Q("the security arrangements that have delayed the unification of forces for far too long.", "Akech Lual Ayuen",
  "Hon. Akech Lual Ayuen, Press Secretary to President Deng Majok", "said", partial=True)
Q("in good faith but without illusions.", "South Sudan Opposition Movements Alliance", "SSOMA", "said", partial=True)
A("Office of the President", "organization", "South Sudan's presidency", "South Sudan", ["Office of the President"])
A("South Sudan", "country", None, "South Sudan", ["Republic of South Sudan", "South Sudan", "Juba"])
A("Gabriel Deng Majok", "person", "President of South Sudan", "South Sudan",
  ["President Gabriel Deng Majok", "Gabriel Deng Majok", "President Deng Majok", "Deng Majok"])
A("SSPDF", "organization", "South Sudan's armed forces", "South Sudan", ["SSPDF"])
A("Kenya", "country", None, "Kenya", ["Republic of Kenya", "Kenya", "Government of Kenya"])
A("Grace Wanjiru Mbugua", "person", "Chief Mediator of the Tumaini Initiative", "Kenya",
  ["Ambassador Grace Wanjiru Mbugua", "Grace Wanjiru Mbugua", "Ambassador Mbugua", "Mbugua"])
A("South Sudan Opposition Movements Alliance", "organization", "alliance of holdout armed groups", "South Sudan Opposition Movements Alliance",
  ["South Sudan Opposition Movements Alliance", "SSOMA"])
A("Akech Lual Ayuen", "person", "Press Secretary to the President", "South Sudan", ["Hon. Akech Lual Ayuen", "Akech Lual Ayuen"])
D("Thursday, 9th July 2026", "2026-07-09", "date line", "date")
D("today", "2026-07-09", "president received the mediators", "deictic")
D("Independence Day", "2026-07-09", "meeting held on", "date")
D("2018", "2018", "the Revitalised Agreement of 2018 (year as modifier)", "date", optional=True)
D("December", "2026-12", "elections", "date")
D("Sunday", "2026-07-12", "government delegation travels to Nairobi", "weekday")
D("Monday", "2026-07-13", "talks resume", "weekday")
D("May", "2026-05", "inside a quote: the mediator's comparison point", "date", after="closer than we were in ")
D("today", "2026-07-09", "inside a quote: mediator will say no more", "deictic", after="say more than that ")
D("Wednesday", "2026-07-08", "SSOMA statement in Rome", "weekday")
D("last month", "2026-06", "SSOMA members detained in Wau", "relative")
D("May 2024", "2024-05", "Tumaini Initiative launched", "date")
D("2018", "2018", "the 2018 agreement (year as modifier)", "date", optional=True, after="did not sign the ")

# ---------------------------------------------------------------- d10 wire, Seoul
art("d10_korea_wire.txt", "2026-09-10", "dateline ('SEOUL, Sept 10, 2026')",
    "Thursday 10 September 2026. 'Thursday' 2026-09-10; 'three years ago' 2023; 'this year' 2026; Chuseok 2026 is 2026-09-25; 'Last month' 2026-08.")
Q("Accidents at the border must not become wars. Talking is the cheapest insurance we have,", "Baek Jin-ho",
  "Defence Minister Baek Jin-ho", "said")
Q("very tight.", "Kang Min-seo", "Unification Minister Kang Min-seo", "conceded", partial=True)
Q("hostile states.", "North Korea", "it", "declared", partial=True)
Q("no interest in a dialogue with the puppets.", "Ri Chol-nam",
  "a vice director of the ruling Workers' Party's Central Committee, Ri Chol-nam", "saying", partial=True)
Q("any step that reduces the risk of miscalculation", "Melissa Harlan", "A State Department spokesperson, Melissa Harlan", "said", partial=True)
Q("The North is in no hurry, because the more it waits, the more its price rises,", "Kim Tae-hoon", "he", "said")
Q("But silence is not the same as a no.", "Kim Tae-hoon", "he", "said")
Q("Last year it ignored our messages for months and then answered in a single night. We should leave the offer on the table and wait.",
  "Kim Tae-hoon", "he", "said")
A("South Korea", "country", None, "South Korea", ["South Korea", "Seoul"])
A("North Korea", "country", None, "North Korea", ["North Korea", "Pyongyang"])
A("Ministry of National Defense", "organization", "South Korea's defence ministry", "South Korea", ["Ministry of National Defense"])
A("Baek Jin-ho", "person", "Defence Minister", "South Korea", ["Baek Jin-ho", "Baek"])
A("Kang Min-seo", "person", "Unification Minister", "South Korea", ["Kang Min-seo"])
A("KCNA", "organization", "North Korea's official news agency", "North Korea", ["KCNA"])
A("Workers' Party", "organization", "North Korea's ruling party", "Workers' Party", ["Workers' Party"])
A("Ri Chol-nam", "person", "vice director of the Workers' Party Central Committee", "North Korea", ["Ri Chol-nam"])
A("United States", "country", None, "United States", ["United States", "Washington"])
A("State Department", "organization", "US foreign ministry", "United States", ["State Department"])
A("Melissa Harlan", "person", "State Department spokesperson", "United States", ["Melissa Harlan"])
A("United Nations Security Council", "organization", "UN Security Council", "United Nations", ["United Nations Security Council"])
A("Kyungnam University", "organization", "university", "South Korea", ["Kyungnam University"])
A("Kim Tae-hoon", "person", "professor of North Korean studies", "Kyungnam University", ["Kim Tae-hoon"])
D("Sept 10, 2026", "2026-09-10", "dateline", "date")
D("Thursday", "2026-09-10", "proposal of military talks", "weekday")
D("three years ago", "2023", "hotline cut off", "relative")
D("the evening", None, "no answer by (time of day)", "time", optional=True)
D("October 6", "2026-10-06", "proposed first meeting at Panmunjom", "date")
D("this year", "2026", "soldiers crossed the line by mistake", "relative")
D("the Chuseok holiday", "2026-09-25", "family reunions proposed before", "date")
D("September 25", "2026-09-25", "Chuseok", "date")
D("2024", "2024", "North declared the Koreas hostile states", "date", after="since it declared in ")
D("Last month", "2026-08", "KCNA quoted Ri Chol-nam", "relative")
D("April 2024", "2024-04", "sanctions panel disbanded", "date")
D("Last year", "2025", "inside a quote: North ignored messages, then answered", "relative")

# ---------------------------------------------------------------- d11 translated from French, Rabat
art("d11_western_sahara_translated.txt", "2026-03-26", "dateline ('Rabat, 26 March 2026') and original publication date",
    "Thursday 26 March 2026. 'yesterday' 2026-03-25; 'The day before' (the day before the Rabat meeting) 2026-03-24; 'January', 'April', 'October' 2026.")
Q("the only basis", "Youssef El Alami", "the minister", "repeat", partial=True)
Q("Morocco negotiates the modalities of the autonomy, not the sovereignty over its provinces", "Youssef El Alami",
  "the minister", "declared")
Q("no round table will replace the vote of the Sahrawi people", "Mohamed Lamine Brahim", "him", "According to", partial=True)
Q("is not a party to the conflict", "Ministry of Foreign Affairs", "The Algerian Ministry of Foreign Affairs", "affirmed", partial=True)
Q("the right of peoples to decide their destiny", "Ministry of Foreign Affairs", "The Algerian Ministry of Foreign Affairs",
  "affirmed", partial=True)
Q("has come to listen more than to propose", "Salma Benjelloun",
  "the political scientist Mrs. Salma Benjelloun, professor at the Mohammed V University", "For", partial=True)
Q("frozen but not hopeless", None, "A diplomat of a member state of the Security Council, who requested anonymity", "judged", partial=True)
A("United Nations", "organization", "UN", "United Nations", ["United Nations"])
A("Henrik Østergaard", "person", "personal envoy of the UN Secretary-General for Western Sahara", "United Nations",
  ["Mr. Henrik Østergaard", "Henrik Østergaard", "Mr. Østergaard"])
A("Morocco", "country", None, "Morocco", ["Morocco", "Rabat"])
A("Youssef El Alami", "person", "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates", "Morocco",
  ["Mr. Youssef El Alami", "Youssef El Alami"])
A("Polisario Front", "organization", "Sahrawi independence movement", "Polisario Front", ["Polisario Front", "Front"])
A("Mohamed Lamine Brahim", "person", "Polisario coordinator with the UN mission", "Polisario Front",
  ["Mr. Mohamed Lamine Brahim", "Mohamed Lamine Brahim"])
A("Algeria", "country", None, "Algeria", ["Algeria", "Algiers"])
A("Ministry of Foreign Affairs", "organization", "Algeria's foreign ministry", "Algeria", ["Algerian Ministry of Foreign Affairs"])
A("Lucía Benavente", "person", "spokesperson of the UN envoy", "United Nations", ["Mrs. Lucía Benavente", "Lucía Benavente"])
A("Security Council", "organization", "UN Security Council", "United Nations", ["Security Council"])
A("MINURSO", "organization", "UN mission in Western Sahara", "United Nations",
  ["MINURSO", "United Nations Mission for the Referendum in Western Sahara"])
A("Mohammed V University", "organization", "university", "Morocco", ["Mohammed V University"])
A("Salma Benjelloun", "person", "political scientist, professor at Mohammed V University", "Mohammed V University",
  ["Mrs. Salma Benjelloun", "Salma Benjelloun"])
D("Thursday 26 March 2026", "2026-03-26", "original publication date", "date")
D("26 March 2026", "2026-03-26", "dateline", "date", after="Rabat, ")
D("yesterday", "2026-03-25", "envoy's tour ended in Rabat", "deictic")
D("2007", "2007", "the autonomy plan of 2007 (year as modifier)", "date", optional=True)
D("The day before", "2026-03-24", "envoy met the Polisario in Tindouf", "relative")
D("January", "2026-01", "envoy took up his functions", "date")
D("April", "2026-04", "report to the Security Council", "date")
D("October", "2026-10", "MINURSO mandate renewal", "date", after="mandate of MINURSO in ")
D("October", "2026-10", "Security Council vote", "date", after="vote of the Security Council in ")

# ---------------------------------------------------------------- d12 interview, Addis Ababa
art("d12_sudan_envoy_interview.txt", "2026-04-16", "byline date ('Thursday 16 April 2026')",
    "Thursday 16 April 2026. 'yesterday' 2026-04-15 (the war began on 15 April 2023); 'Tuesday' 2026-04-14; 'last week' 2026-04; 'the end of May' 2026-05; 'Wednesday' 2026-04-15.")
Q("Both armies believe they can still win, and that is the problem", "Jacob Okello", None, None)
Q("a matter of weeks.", "Jacob Okello", "you", "said", partial=True)
Q("an agreement that treats the state and a militia as equals.", "Nabil Abdelrahim",
  "The army's spokesman, Brigadier General Nabil Abdelrahim", "said", partial=True)
Q("ready for a ceasefire tomorrow.", "Yasir Hamid al-Nour", "Their adviser, Dr. Yasir Hamid al-Nour", "told", partial=True)
Q("at least 14 areas", "World Food Programme", "The World Food Programme", "said", partial=True)
A("Sudanese Armed Forces", "organization", "Sudan's army", "Sudan", ["Sudanese Armed Forces", "SAF"])
A("Rapid Support Forces", "organization", "paramilitary force", "Rapid Support Forces", ["Rapid Support Forces", "RSF"])
A("African Union", "organization", "continental body", "African Union", ["African Union"])
A("United Nations", "organization", "UN", "United Nations", ["United Nations"])
A("Jacob Okello", "person", "joint AU-UN envoy for Sudan", "United Nations", ["Ambassador Jacob Okello", "Jacob Okello", "OKELLO", "Okello"])
A("Nabil Abdelrahim", "person", "army spokesman", "Sudan", ["Brigadier General Nabil Abdelrahim", "Nabil Abdelrahim"])
A("Yasir Hamid al-Nour", "person", "RSF adviser", "Rapid Support Forces", ["Dr. Yasir Hamid al-Nour", "Yasir Hamid al-Nour"])
A("Sudan", "country", None, "Sudan", ["Sudan"])
A("United Arab Emirates", "country", None, "United Arab Emirates", ["United Arab Emirates", "Abu Dhabi"])
A("World Food Programme", "organization", "UN food agency", "United Nations", ["World Food Programme"])
D("Thursday 16 April 2026", "2026-04-16", "byline date", "date")
D("yesterday", "2026-04-15", "war entered its fourth year", "deictic")
D("January", "2026-01", "envoy took office", "date")
D("Tuesday", "2026-04-14", "interview in Addis Ababa", "weekday")
D("February", "2026-02", "envoy's 'matter of weeks' remark", "date")
D("last week", "2026-04", "army spokesman's remark", "relative")
D("June", "2026-06", "rainy season starts", "date")
D("the end of May", "2026-05", "envoy's deadline", "relative")
D("April 27", "2026-04-27", "technical talks open in Jeddah", "date")
D("Wednesday", "2026-04-15", "WFP statement", "weekday")

gold.finish()
