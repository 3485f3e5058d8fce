#!/usr/bin/env python3
"""Writes gold/{quotes,actors,dates,articles}.jsonl for the second held-out set (tests/heldout2).

Annotations are written here as strings; offsets (Python code-point indices, as in
/work/shared/gold/seeds) are computed by locating each string in its article, and every
record is checked (text == content[start:end], quotes sit between quotation marks,
speakers are actors of the article, mentions occur verbatim). Run from anywhere:
    python3 tests/heldout2/annotate.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ARTS = os.path.join(HERE, "articles")
GOLD = os.path.join(HERE, "gold")
OPEN = "\"“'‘«„"
CLOSE = "\"”'’»“"

quotes, actors, dates, articles = [], [], [], []
cur = {}


def art(name, published, precision, basis):
    with open(os.path.join(ARTS, name), encoding="utf-8") as f:
        cur["text"] = f.read()
    cur["name"] = name
    cur["qspans"] = []
    articles.append({"article": name, "published": published, "precision": precision, "basis": basis})


def locate(s, after=None, n=0):
    text = cur["text"]
    pos = 0
    if after is not None:
        pos = text.find(after)
        if pos < 0:
            sys.exit(f"{cur['name']}: anchor not found: {after!r}")
    for _ in range(n + 1):
        i = text.find(s, pos)
        if i < 0:
            sys.exit(f"{cur['name']}: not found: {s!r} (after={after!r}, n={n})")
        pos = i + 1
    return i, i + len(s)


def Q(s, speaker, mention, cue, partial=False, after=None, n=0, open_ok=True):
    start, end = locate(s, after, n)
    text = cur["text"]
    before = text[start - 1]
    nxt = text[end] if end < len(text) else "\n"
    if before not in OPEN:
        sys.exit(f"{cur['name']}: no opening mark before {s[:40]!r}: {before!r}")
    if nxt not in CLOSE and not (nxt == "\n" and not open_ok is False):
        sys.exit(f"{cur['name']}: no closing mark after {s[-40:]!r}: {nxt!r}")
    cur["qspans"].append((start, end))
    quotes.append({"article": cur["name"], "start": start, "end": end, "text": text[start:end],
                   "speaker": speaker, "speaker_mention": mention, "cue": cue, "partial": partial})


def A(name, kind, role, affiliation, mentions):
    for m in mentions:
        if m not in cur["text"]:
            sys.exit(f"{cur['name']}: mention not in article: {m!r}")
    actors.append({"article": cur["name"], "name": name, "kind": kind, "role": role,
                   "affiliation": affiliation, "mentions": mentions})


def D(s, resolved, event, kind, after=None, n=0, optional=False):
    start, end = locate(s, after, n)
    in_quote = any(a <= start and end <= b for a, b in cur["qspans"])
    rec = {"article": cur["name"], "start": start, "end": end, "text": cur["text"][start:end],
           "resolved": resolved, "event": event, "kind": kind, "in_quote": in_quote}
    if optional:
        rec["optional"] = True
    dates.append(rec)


# ---------------------------------------------------------------- n01 local paper, no date line
art("n01_nurses_strike_local.txt", None, "unknown (no year, no date line)",
    "Local paper without date line or year; only weekdays ('on Monday', 'on Friday').")
Q("We did not want to be standing out here in the rain,", "Adaeze Okonkwo", "Adaeze Okonkwo", "said")
Q("But we are tired of apologising to patients for things we cannot fix.", "Adaeze Okonkwo", "Adaeze Okonkwo", "said")
Q("They said no in under ten minutes,", "Adaeze Okonkwo", "she", "said")
Q("Nobody here is against safe staffing,", "Rajesh K. Menon", "Menon", "said")
Q("What I cannot do is promise nurses we have not been able to hire.", "Rajesh K. Menon", "Menon", "said")
Q("deeply concerned", "Grace Adeyemi-Fields", "her office", "said", partial=True)
Q("My wife is in there,", "Tomás Ibarra", "he", "said")
Q("I would rather she was out here with us.", "Tomás Ibarra", "he", "said")
A("St. Brigid's Medical Center", "organization", "hospital", None, ["St. Brigid's Medical Center", "St. Brigid's"])
A("Northern Nurses Association", "organization", "nurses' union", None, ["Northern Nurses Association"])
A("Adaeze Okonkwo", "person", "surgical nurse, chair of the union's bargaining committee", "Northern Nurses Association", ["Adaeze Okonkwo", "Okonkwo"])
A("Rajesh K. Menon", "person", "the hospital's chief executive", "St. Brigid's Medical Center", ["Rajesh K. Menon", "Menon"])
A("Carewell Staffing", "organization", "staffing agency", None, ["Carewell Staffing"])
A("Grace Adeyemi-Fields", "person", "Labour minister", None, ["Grace Adeyemi-Fields"])
A("Regional Health Authority", "organization", "health authority", None, ["Regional Health Authority"])
A("Tomás Ibarra", "person", "school bus driver for the Clearwater School District", "Clearwater School District", ["Tomás Ibarra"])
A("Clearwater School District", "organization", "school district", None, ["Clearwater School District"])
D("7 a.m.", None, "nurses walked off the job", "time", optional=True)
D("Monday", None, "strike began", "weekday")
D("next Thursday", None, "planned surgeries postponed until", "relative")
D("Sunday", None, "minister's statement", "weekday")
D("Friday", None, "hospital tabled its offer", "weekday")
D("this year", None, "4 percent raise", "relative")
D("within an hour", None, "union rejected the offer (a measure)", "duration", optional=True)
D("72 hours", None, "strike notice runs", "duration")
D("Wednesday", None, "talks to resume", "weekday")

# ---------------------------------------------------------------- n02 wire, dateline without year
art("n02_merger_review_wire.txt", "2026-02-11", "dateline (Feb 11, 'on Wednesday': a Wednesday in 2026)",
    "Dateline 'BRUSSELS, Feb 11' without year; the probe opened 'on Wednesday'; 11 February is a Wednesday in 2026.")
Q("The merger may reduce competition on routes that European importers depend on,", "European Commission", "the Commission", "said")
Q("We have always said this deal is about efficiency, not about pricing power,", "Karolina Wiśniewska", "Wiśniewska", "told")
Q("We will show the Commission that customers win.", "Karolina Wiśniewska", "Wiśniewska", "told")
Q("wave through", "Teresa Ribera", "Competition Commissioner Teresa Ribera", "said", partial=True)
Q("Nothing in today's decision changes our view,", "Henrik Olsen", "he", "said")
Q("Our members have seen rates double since 2021,", "Mehmet Ali Demir", "its director general, Mehmet Ali Demir", "said")
Q("A bigger carrier does not mean cheaper boxes.", "Mehmet Ali Demir", "its director general, Mehmet Ali Demir", "said")
A("European Union", "organization", None, "European Union", ["European Union"])
A("European Commission", "organization", "competition regulator", "European Union", ["European Commission", "Commission"])
A("Brandt Fischer", "organization", "Hamburg-based carrier", "Germany", ["Brandt Fischer"])
A("Olsen Maritime", "organization", "Danish shipping group", "Denmark", ["Olsen Maritime"])
A("Karolina Wiśniewska", "person", "chief executive of Brandt Fischer", "Brandt Fischer", ["Karolina Wiśniewska", "Wiśniewska"])
A("Teresa Ribera", "person", "Competition Commissioner", "European Union", ["Teresa Ribera"])
A("Henrik Olsen", "person", "chairman of Olsen Maritime", "Olsen Maritime", ["Henrik Olsen"])
A("European Freight Forum", "organization", "shippers' group", None, ["European Freight Forum"])
A("Mehmet Ali Demir", "person", "director general of the European Freight Forum", "European Freight Forum", ["Mehmet Ali Demir"])
A("Germany", "country", None, "Germany", ["Germany"])
A("Denmark", "country", None, "Denmark", ["Denmark", "Copenhagen"])
A("Søren Kjær", "person", "Denmark's business minister", "Denmark", ["Søren Kjær"])
D("Feb 11", "2026-02-11", "dateline", "date")
D("Wednesday", "2026-02-11", "in-depth probe opened", "weekday")
D("90 working days", None, "deadline for the decision", "duration")
D("June 24", "2026-06-24", "decision deadline", "date")
D("today", None, "the Commission decision ('today's decision')", "deictic", after="Nothing in ", optional=True)
D("last month", "2026-01", "Ribera's speech in Madrid", "relative")
D("2021", "2021", "freight rates doubled since", "date", after="rates double since")
D("October", "2025-10", "deal announced", "date")
D("the end of the third quarter", None, "expected closing", "relative", optional=True)

# ---------------------------------------------------------------- n03 broadcast transcript, no date
art("n03_prisoner_exchange_transcript.txt", None, "unknown (no year, no date line)",
    "Broadcast transcript; 'today', 'last week', 'on Thursday' only.")
Q("a step, not the end,", "Volodymyr Zelenskyy", "Vladimir Zelensky", "said", partial=True)
Q("We brought home 205 of our people, and we know the names of thousands more who are still held.", "Dmytro Lubinets", "He", "said")
Q("committed to humanitarian mediation", "United Arab Emirates", "The UAE foreign ministry", "saying", partial=True)
A("Anna Kovalenko", "person", "presenter", None, ["ANNA KOVALENKO", "KOVALENKO", "Anna"])
A("Olumide Bakare", "person", "correspondent", None, ["Olumide Bakare", "BAKARE", "Olumide"])
A("Russia", "country", None, "Russia", ["Russia"])
A("Ukraine", "country", None, "Ukraine", ["Ukraine"])
A("United Arab Emirates", "country", None, "United Arab Emirates", ["United Arab Emirates", "UAE", "Emiratis"])
A("Volodymyr Zelenskyy", "person", None, "Ukraine", ["Vladimir Zelensky"])
A("Mehmet Yıldız", "person", "works on prisoner exchanges for the ICRC", "International Committee of the Red Cross", ["Mehmet Yıldız", "Mr Yıldız", "YILDIZ"])
A("International Committee of the Red Cross", "organization", "humanitarian organisation", "International Committee of the Red Cross", ["International Committee of the Red Cross"])
A("Dmytro Lubinets", "person", "Ukrainian ombudsman", "Ukraine", ["Dmytro Lubinets"])
A("Khalifa Shaheen Al Marar", "person", "UAE minister of state", "United Arab Emirates", ["Khalifa Shaheen Al Marar"])
D("today", None, "prisoners went home", "deictic", after="went home ")
D("noon", None, "buses came through", "time", optional=True)
D("the end of the month", None, "hoped for another exchange", "relative")
D("this morning", None, "Al Marar in Abu Dhabi", "deictic")
D("last week", None, "met both delegations", "relative")
D("Thursday", None, "bread price rose", "weekday")
D("tonight", None, "other news", "deictic", after="Elsewhere", optional=True)

# ---------------------------------------------------------------- n04 magazine feature, no date
art("n04_hostage_feature.txt", None, "unknown (no year, no date line)",
    "Magazine feature; only 'last spring'.")
Q("talker", "Layla Haddad", "She", "prefers", partial=True)
Q("People imagine a dramatic call where somebody shouts a number and you shout a smaller number back,", "Layla Haddad", "she", "says")
Q("It's not like that. Most of the time you are trying to keep a frightened young man with a rifle from doing something stupid before lunch.", "Layla Haddad", "she", "says")
Q("And most of the time, you win by being boring.", "Layla Haddad", "she", "says")
Q("They wanted to be heard,", "Khalid bin Saeed Al-Mansoori", "Khalid bin Saeed Al-Mansoori", "says")
Q("Money was the last thing on the list.", "Khalid bin Saeed Al-Mansoori", "Khalid bin Saeed Al-Mansoori", "says")
Q("no concession of any kind", "Hamidou Garba", "Its interior minister, Hamidou Garba", "told", partial=True)
Q("terrorists", "Hamidou Garba", "Its interior minister, Hamidou Garba", "told", partial=True)
Q("The people who freed them were the people who opened the door,", "Layla Haddad", "she", "says")
Q("I just talked to them until they wanted to.", "Layla Haddad", "she", "says")
A("Layla Haddad", "person", "Lebanese-born former diplomat", "Centre for Humanitarian Dialogue", ["Layla Haddad", "Haddad"])
A("Free Sahel Brigade", "organization", "armed group", None, ["Free Sahel Brigade"])
A("Centre for Humanitarian Dialogue", "organization", "mediation organisation", None, ["Centre for Humanitarian Dialogue"])
A("Khalid bin Saeed Al-Mansoori", "person", "Qatari official", "Qatar", ["Khalid bin Saeed Al-Mansoori"])
A("Niger", "country", None, "Niger", ["Niger"])
A("Hamidou Garba", "person", "interior minister", "Niger", ["Hamidou Garba"])
A("Médecins du Désert", "organization", "French charity", "France", ["Médecins du Désert"])
A("Aisha Bello", "person", "nurse", "Médecins du Désert", ["Aisha Bello"])
D("last spring", None, "aid workers held", "relative")
D("the twelfth day", None, "hostages freed", "relative", optional=True)

# ---------------------------------------------------------------- n05 Q&A interview, date header
art("n05_peace_process_qa.txt", "2026-05-19", "header", "'date: 2026-05-19' header line.")
Q("the beginning of the end of the war", "Gustavo Petro", "President Petro", "called", partial=True)
Q("to a state that has never kept its word", "Ramiro", "The rebels' commander, who goes by the name Comandante Ramiro", "said", partial=True)
Q("negotiating with criminals", "Juan Carlos Ortega", "The opposition senator Juan Carlos Ortega", "accused", partial=True)
Q("ready to deploy within days", "United Nations", "The UN verification mission in Colombia", "said", partial=True)
A("María José de la Cruz", "person", "the Colombian government's chief negotiator", "Colombia", ["María José de la Cruz"])
A("Colombia", "country", None, "Colombia", ["Colombia"])
A("Comuneros del Sur", "organization", "rebel group", "Comuneros del Sur", ["Comuneros del Sur", "Comuneros"])
A("Norway", "country", None, "Norway", ["Norway", "Norwegians"])
A("Cuba", "country", None, "Cuba", ["Cuba"])
A("Gustavo Petro", "person", "President", "Colombia", ["President Petro"])
A("Ramiro", "person", "the rebels' commander", "Comuneros del Sur", ["Comandante Ramiro"])
A("Juan Carlos Ortega", "person", "opposition senator", "Colombia", ["Juan Carlos Ortega", "Senator Ortega"])
A("United Nations", "organization", None, "United Nations", ["UN"])
D("Saturday", "2026-05-16", "ceasefire agreement reached", "weekday")
D("Monday", "2026-05-18", "interview by video", "weekday")
D("March", "2026-03", "Comuneros walked out", "date")
D("last week", "2026-05", "Ramiro's statement", "relative")
D("60 days", None, "deadline for the verification mechanism", "duration")
D("2016", "2016", "earlier peace agreement", "date")
D("June 2", "2026-06-02", "second round in Oslo", "date")
D("in a year", None, "ask again (hypothetical)", "relative", optional=True)
D("within days", None, "UN mission ready to deploy", "relative")

# ---------------------------------------------------------------- n06 blog, date header, British single quotes
art("n06_football_union_blog.txt", "2026-08-14", "header", "'date: 2026-08-14' header line.")
Q("It's not everything we asked for, but it's the first time the league has accepted that there is a limit at all,", "Chukwuemeka Eze", "the union's chief executive, Chukwuemeka Eze", "told")
Q("That principle matters more than the number.", "Chukwuemeka Eze", "the union's chief executive, Chukwuemeka Eze", "told")
Q("a landmark agreement that protects players and the product", "Jan van der Berg", "he", "called", partial=True)
Q("not robots", "Chukwuemeka Eze", "Eze", "said", partial=True)
Q("My body is the only one I get.", "Liu Wei", "Liu", "put")
Q("a gift to agents", "Sergio Ramírez Castellanos", "Sergio Ramírez Castellanos", "told", partial=True)
Q("noise from one boardroom", "Professional Footballers' Union", "A spokesperson for the union", "said", partial=True)
A("Professional Footballers' Union", "organization", "players' union", None, ["Professional Footballers' Union"])
A("Premier Division", "organization", "league", None, ["Premier Division"])
A("Chukwuemeka Eze", "person", "the union's chief executive", "Professional Footballers' Union", ["Chukwuemeka Eze", "Eze"])
A("Jan van der Berg", "person", "the league's chair", "Premier Division", ["Jan van der Berg"])
A("Wolves", "organization", "football club", None, ["Wolves"])
A("Liu Wei", "person", "Wolves defender", "Wolves", ["Liu Wei", "Liu"])
A("StreamArena", "organization", "broadcaster", None, ["StreamArena"])
A("Sergio Ramírez Castellanos", "person", "owner of Harbour City FC", "Harbour City FC", ["Sergio Ramírez Castellanos"])
A("Harbour City FC", "organization", "football club", None, ["Harbour City FC"])
D("Thursday evening", "2026-08-13", "Eze spoke to the author", "weekday")
D("April", "2026-04", "boycott threat", "date")
D("last season", None, "Liu's injury", "relative", optional=True)
D("May", "2026-05", "author spoke to Liu", "date", after="to him in ")
D("September 30", "2026-09-30", "next broadcast payment due", "date")
D("the next fortnight", None, "players vote", "relative")
D("August 28", "2026-08-28", "league board meets", "date")
D("2027-28", "2027", "new rules apply from the season", "date", optional=True)

# ---------------------------------------------------------------- n07 wire, date header, guillemets
art("n07_water_treaty_wire.txt", "2026-09-03", "header", "'date: 2026-09-03' header line.")
Q("This is the end of thirty years of arguing every spring,", "Bakhtiyor Saidov", "Uzbek Foreign Minister Bakhtiyor Saidov", "told")
Q("Farmers in the Fergana Valley can now plan.", "Bakhtiyor Saidov", "Uzbek Foreign Minister Bakhtiyor Saidov", "told")
Q("a model for the whole region", "Murat Nurtleu", "His Kazakh counterpart, Murat Nurtleu", "called", partial=True)
Q("We have given a great deal,", "Zhanybek Asanaliev", "Zhanybek Asanaliev", "said")
Q("In a dry year, this treaty will be tested, and we expect our partners to pay for the electricity on time.", "Zhanybek Asanaliev", "Zhanybek Asanaliev", "said")
Q("an important step for climate resilience", "World Bank", "The World Bank", "said", partial=True)
Q("Each river has its own history.", "Li Huidong", "Li", "said")
Q("The sea is not a party to this treaty, and it shows,", "Dilnoza Karimova", "Dilnoza Karimova", "said")
A("Uzbekistan", "country", None, "Uzbekistan", ["Uzbekistan"])
A("Kazakhstan", "country", None, "Kazakhstan", ["Kazakhstan"])
A("Kyrgyzstan", "country", None, "Kyrgyzstan", ["Kyrgyzstan"])
A("Bakhtiyor Saidov", "person", "Uzbek Foreign Minister", "Uzbekistan", ["Bakhtiyor Saidov"])
A("Murat Nurtleu", "person", "Kazakh foreign minister", "Kazakhstan", ["Murat Nurtleu"])
A("Zhanybek Asanaliev", "person", "deputy chairman of Kyrgyzstan's cabinet", "Kyrgyzstan", ["Zhanybek Asanaliev"])
A("World Bank", "organization", None, "World Bank", ["World Bank"])
A("China", "country", None, "China", ["China", "Beijing"])
A("Li Huidong", "person", "China's special envoy for Central Asia", "China", ["Li Huidong", "Li"])
A("Dilnoza Karimova", "person", "of the Aral Basin Coalition", "Aral Basin Coalition", ["Dilnoza Karimova"])
A("Aral Basin Coalition", "organization", "network of campaign groups", None, ["Aral Basin Coalition"])
D("Wednesday", "2026-09-02", "treaty signed", "weekday")
D("April", "2026-04", "release season starts (recurring)", "date", optional=True)
D("September", "2026-09", "release season ends (recurring)", "date", after="April and ", optional=True)
D("2023", "2023", "talks began", "date")
D("last autumn", "2025", "Kyrgyzstan cut releases", "relative", optional=True)
D("within six months", None, "ratification deadline", "duration")
D("the end of October", "2026-10", "joint commission first meeting", "relative")

# ---------------------------------------------------------------- n08 analysis, date header
art("n08_us_diplomacy_analysis.txt", "2025-03-05", "header", "'date: 2025-03-05' header line.")
Q("now in Russia's court.", "Marco Rubio", "Rubio", "said", partial=True)
Q("find out very quickly", "Marco Rubio", "He", "added", partial=True)
Q("free-ridden", "J.D. Vance", "he", "said", partial=True)
Q("inappropriate", "Olaf Scholz", "The Chancellor, Olaf Scholz", "called", partial=True)
Q("a real peace, not a pause before the next invasion.", "Volodymyr Zelenskyy", "Vladimir Zelensky", "said", partial=True)
Q("studying the signals", "Dmitry Peskov", "Its spokesman, Dmitry Peskov", "told", partial=True)
Q("by third parties", "Dmitry Peskov", "Its spokesman, Dmitry Peskov", "told", partial=True)
Q("a breathing space", "Yuri Ushakov", "Yuri Ushakov", "said", partial=True)
Q("What you have is two parties who both think time is on their side,", "Fiona Hill-Ramsay", "Fiona Hill-Ramsay", "said")
Q("Until one of them stops believing that, a ceasefire is a piece of paper.", "Fiona Hill-Ramsay", "Fiona Hill-Ramsay", "said")
A("George W. Bush", "person", None, "United States", ["George W. Bush"])
A("Marco Rubio", "person", "Secretary of State", "United States", ["Secretary of State Marco Rubio", "Marco Rubio", "Rubio"])
A("Ukraine", "country", None, "Ukraine", ["Ukraine", "Kyiv"])
A("United States", "country", None, "United States", ["United States", "Washington"])
A("Russia", "country", None, "Russia", ["Russia", "Moscow"])
A("J.D. Vance", "person", "US Vice President", "United States", ["J.D. Vance"])
A("Germany", "country", None, "Germany", ["Germany", "Berlin"])
A("Olaf Scholz", "person", "Chancellor", "Germany", ["Olaf Scholz"])
A("Volodymyr Zelenskyy", "person", None, "Ukraine", ["Vladimir Zelensky", "Zelensky"])
A("Andriy Yermak", "person", "chief of staff", "Ukraine", ["Andriy Yermak"])
A("Kremlin", "organization", None, "Russia", ["Kremlin"])
A("Dmitry Peskov", "person", "Kremlin spokesman", "Russia", ["Dmitry Peskov"])
A("Yuri Ushakov", "person", "aide to President Vladimir Putin", "Russia", ["Yuri Ushakov"])
A("Vladimir Putin", "person", "President", "Russia", ["President Vladimir Putin", "Vladimir Putin"])
A("Fiona Hill-Ramsay", "person", "senior fellow at the Brookings Institution", "Brookings Institution", ["Fiona Hill-Ramsay"])
A("Brookings Institution", "organization", "think tank", None, ["Brookings Institution"])
A("White House", "organization", None, "United States", ["White House"])
A("State Department", "organization", None, "United States", ["State Department"])
A("Tammy Bruce", "person", "State Department spokeswoman", "United States", ["Tammy Bruce"])
A("Faisal bin Farhan", "person", "Saudi foreign minister", "Saudi Arabia", ["Prince Faisal bin Farhan", "Faisal bin Farhan"])
D("2003", "2003", "road map", "date")
D("last week", "2025-02", "Rubio in Jeddah", "relative")
D("30-day", None, "proposed ceasefire", "duration")
D("Sunday", "2025-03-02", "Vance interview", "weekday")
D("2022", "2022", "Germany doubled defence budget since", "date")
D("Monday", "2025-03-03", "Zelensky statement", "weekday")
D("within 100 days", None, "White House deadline", "duration")
D("next week", "2025-03", "next meeting in Riyadh", "relative")

# ---------------------------------------------------------------- n09 (blind: written and annotated after the rule fixes)
art("n09_airport_strike_radio.txt", None, "unknown (no year, no date line)",
    "No date line or year; weekdays, 'March 28', 'April 2' only.")
Q("not moved one centimetre", "Fernanda Sá Carvalho", "Its general secretary, Fernanda Sá Carvalho", "told", partial=True)
Q("We are not asking for luxury,", "Fernanda Sá Carvalho", "Carvalho", "said")
Q("We are asking to be able to pay rent in the city where we work.", "Fernanda Sá Carvalho", "Carvalho", "said")
Q("holding travellers hostage", "Portway Menzies", "The company", "accused", partial=True)
Q("as far as the law allows", "Tiago R. Mendonça", "Portway Menzies' operations director, Tiago R. Mendonça", "said", partial=True)
Q("Nobody wins a strike at Easter,", "Miguel Pinto Luz", "he", "said")
Q("I have a wedding in Porto on Saturday,", "Kwame Mensah-Bonsu", "Kwame Mensah-Bonsu", "said")
Q("If my suitcase does not come, I will go in jeans.", "Kwame Mensah-Bonsu", "Kwame Mensah-Bonsu", "said")
A("Sindicato dos Trabalhadores da Aviação", "organization", "the handlers' union", "Portugal", ["Sindicato dos Trabalhadores da Aviação"])
A("Portway Menzies", "organization", "ground-handling company", None, ["Portway Menzies"])
A("Fernanda Sá Carvalho", "person", "general secretary of the union", "Sindicato dos Trabalhadores da Aviação", ["Fernanda Sá Carvalho", "Carvalho"])
A("RTP", "organization", "public broadcaster", "Portugal", ["RTP"])
A("Tiago R. Mendonça", "person", "operations director of Portway Menzies", "Portway Menzies", ["Tiago R. Mendonça"])
A("Portugal", "country", None, "Portugal", ["Portugal"])
A("Miguel Pinto Luz", "person", "Portugal's infrastructure minister", "Portugal", ["Miguel Pinto Luz"])
A("Ryanair", "organization", "airline", None, ["Ryanair"])
A("TAP Air Portugal", "organization", "airline", "Portugal", ["TAP Air Portugal"])
A("Lusotemp", "organization", "temporary agency", None, ["Lusotemp"])
A("Kwame Mensah-Bonsu", "person", "teacher from Accra", None, ["Kwame Mensah-Bonsu"])
D("Thursday", None, "handlers voted to extend the strike", "weekday")
D("Easter", None, "strike extended into the Easter holiday", "date", optional=True)
D("this month", None, "talks broke down for the second time", "relative")
D("February", None, "company has not moved since", "date")
D("April 2", None, "deadline before a mediator is appointed", "date")
D("Friday morning", None, "passengers at the airport", "weekday")
D("Saturday", None, "wedding in Porto", "weekday", after="Porto on ")
D("March 28", None, "strike due to begin", "date")

# ---------------------------------------------------------------- n10 (blind: written and annotated after the rule fixes)
art("n10_border_talks_qa.txt", "2026-10-08", "header", "'date: 2026-10-08' header line.")
Q("terror and talks cannot go together", "S. Jaishankar", "India's external affairs minister, S. Jaishankar", "said", partial=True)
Q("speculative reports", "Shafqat Ali Khan", "he", "called", partial=True)
Q("purely about de-escalation", None, "An Indian official", "said", partial=True)
A("Farah Naz Qureshi", "person", "former deputy high commissioner; teaches at the Lahore University of Management Sciences", "Lahore University of Management Sciences", ["Farah Naz Qureshi", "Qureshi"])
A("Pakistan", "country", None, "Pakistan", ["Pakistan", "Islamabad"])
A("India", "country", None, "India", ["India", "Delhi"])
A("Lahore University of Management Sciences", "organization", "university", "Pakistan", ["Lahore University of Management Sciences"])
A("S. Jaishankar", "person", "India's external affairs minister", "India", ["S. Jaishankar"])
A("Tahnoun bin Zayed", "person", "Emirati national security adviser", "United Arab Emirates", ["Sheikh Tahnoun bin Zayed", "Tahnoun bin Zayed"])
A("Saudi Arabia", "country", None, "Saudi Arabia", ["Saudis"])
A("United States", "country", None, "United States", ["Washington"])
A("International Monetary Fund", "organization", None, "International Monetary Fund", ["IMF"])
A("Shafqat Ali Khan", "person", "Pakistan's foreign office spokesperson", "Pakistan", ["Shafqat Ali Khan"])
D("last year", "2025", "Qureshi left New Delhi", "relative")
D("Tuesday", "2026-10-06", "interview", "weekday")
D("June", "2026-06", "meetings since", "date")
D("last month", "2026-09", "Jaishankar statement", "relative")
D("2021", "2021", "ceasefire understanding", "date")
D("the end of the year", "2026", "next meeting", "relative", optional=True)


def write(name, rows):
    with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


os.makedirs(GOLD, exist_ok=True)
# Speakers must be actors of the same article.
names = {(a["article"], a["name"]) for a in actors}
for q in quotes:
    if q["speaker"] is not None and (q["article"], q["speaker"]) not in names:
        sys.exit(f"{q['article']}: speaker {q['speaker']!r} is not an actor")
write("quotes.jsonl", quotes)
write("actors.jsonl", actors)
write("dates.jsonl", dates)
write("articles.jsonl", articles)
print(f"{len(articles)} articles, {len(quotes)} quotes, {len(actors)} actors, {len(dates)} dates")
