#!/usr/bin/env python3
"""Writes gold/{quotes,actors,dates,articles}.jsonl for the held-out articles.

Annotations are written here as strings; offsets (Python code-point indices, as in
/work/shared/gold/seeds) are computed by locating each string in its article, and every
record is checked (text == content[start:end], quotes sit between quotation marks,
speakers are actors of the article, mentions occur verbatim). Run from anywhere:
    python3 tests/heldout/annotate.py
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


# ---------------------------------------------------------------- h01 wire, dateline
art("h01_port_strike_wire.txt", "2026-03-03", "dateline (March 3; a Tuesday in 2026, next to 'in 2027')",
    "Dateline 'ROTTERDAM, March 3 (Wire)'; talks resumed 'on Tuesday'; cranes arrive 'in 2027'. Reference 2026-03-03.")
Q("We are not here to sign a bad deal quickly,", "Niels Verhoeven", "Niels Verhoeven", "said")
Q("We are here to sign a fair deal before Thursday.", "Niels Verhoeven", "Niels Verhoeven", "said")
Q("The gap is still wide, and the union knows what our members can afford,", "Ingrid Maas", "TOR chairwoman Ingrid Maas", "told")
Q("not put a price on jobs that do not exist yet.", "Ingrid Maas", "She", "added", partial=True)
Q("preparing for every scenario", "Port of Rotterdam Authority", "A spokesman for the Port of Rotterdam Authority", "said", partial=True)
Q("without anyone in The Hague holding the pen.", "Eva de Groot", "Labour minister Eva de Groot", "said", partial=True)
Q("We dropped the 32-hour week. Nobody can say we have not moved,", "Niels Verhoeven", "he", "said")
Q("A strike in March hits the spring import season hard,", "Marloes Bakker", "Marloes Bakker", "said")
Q("Retailers will feel it by April.", "Marloes Bakker", "Marloes Bakker", "said")
A("Havenbond", "organization", "dockworkers' union", "Netherlands", ["Havenbond"])
A("Terminal Operators Rotterdam", "organization", "employers' association", "Netherlands", ["Terminal Operators Rotterdam", "TOR"])
A("Niels Verhoeven", "person", "the union's chief negotiator", "Havenbond", ["Niels Verhoeven", "Verhoeven"])
A("Ingrid Maas", "person", "TOR chairwoman", "Terminal Operators Rotterdam", ["Ingrid Maas"])
A("Port of Rotterdam Authority", "organization", "port authority", "Netherlands", ["Port of Rotterdam Authority"])
A("Eva de Groot", "person", "Labour minister", "Netherlands", ["Eva de Groot"])
A("Pieter Jansen", "person", "mediator, former judge", None, ["Pieter Jansen", "Jansen"])
A("ING", "organization", "Dutch bank", "Netherlands", ["ING"])
A("Marloes Bakker", "person", "logistics economist at Erasmus University", "Erasmus University", ["Marloes Bakker"])
A("Erasmus University", "organization", "university", "Netherlands", ["Erasmus University"])
D("March 3", "2026-03-03", "dateline", "date")
D("Tuesday", "2026-03-03", "negotiators returned to the table", "weekday")
D("two days before", None, "strike notice expires", "relative", optional=True)
D("2027", "2027", "remote-controlled cranes arrive", "date")
D("Thursday", "2026-03-05", "deadline for a fair deal", "weekday", after="fair deal before")
D("last year", "2025", "13 million containers handled", "relative")
D("last week", "2026-02", "de Groot said she trusted both sides", "relative")
D("earlier this month", "2026-03", "mediator appointed", "relative")
D("Wednesday night", "2026-03-04", "talks may continue", "weekday")
D("March", "2026-03", "strike would hit the spring import season", "date", after="A strike in ")
D("April", "2026-04", "retailers feel the strike", "date", after="feel it by")
D("midnight", None, "strike deadline", "time", after="by midnight", optional=True)
D("Thursday", "2026-03-05", "strike deadline", "weekday", after="midnight on")
D("24 hours", None, "first stoppage", "duration")
D("March 6", "2026-03-06", "24-hour stoppage", "date")
D("March 13", "2026-03-13", "week-long stoppage begins", "date")

# ---------------------------------------------------------------- h02 analysis, date header
art("h02_trade_talks_analysis.txt", "2025-10-17", "header", "'date: 2025-10-17' header line.")
Q("nearly done", None, "trade officials from Canada and Japan", "insisted", partial=True)
Q("candid and at times difficult,", "Helen Okafor", "Canada's trade minister, Helen Okafor", "described", partial=True)
Q("If we accept fifty-five, we are importing Chinese parts with a Japanese passport,", "Marc Tremblay", "Marc Tremblay", "said")
Q("That is not a trade deal. That is a loophole.", "Marc Tremblay", "Marc Tremblay", "said")
Q("would punish the very factories that employ Canadians.", "Kenji Arakawa", "he", "argued", partial=True)
Q("the ceiling, not the opening bid.", None, "The official", "said", partial=True)
Q("within 60 days", "Helen Okafor", "Okafor", "said", partial=True)
Q("Deadlines in trade talks are like New Year's resolutions,", "Alicia Moreno", "Alicia Moreno", "said")
Q("Everyone announces them, nobody keeps them.", "Alicia Moreno", "Alicia Moreno", "said")
Q("nearly done", None, "trade officials from Canada and Japan", None, partial=True, n=1)
A("Canada", "country", None, "Canada", ["Canada", "Ottawa"])
A("Japan", "country", None, "Japan", ["Japan", "Tokyo"])
A("Helen Okafor", "person", "Canada's trade minister", "Canada", ["Helen Okafor", "Okafor"])
A("Marc Tremblay", "person", "president of the Canadian Autoworkers Federation", "Canadian Autoworkers Federation", ["Marc Tremblay"])
A("Canadian Autoworkers Federation", "organization", "auto union", "Canada", ["Canadian Autoworkers Federation"])
A("Kenji Arakawa", "person", "Japan's chief negotiator", "Japan", ["Kenji Arakawa", "Arakawa"])
A("Alicia Moreno", "person", "senior fellow at the Institute for International Trade Policy", "Institute for International Trade Policy", ["Alicia Moreno", "Moreno"])
A("Institute for International Trade Policy", "organization", "think tank", "United States", ["Institute for International Trade Policy"])
A("Diet", "organization", "Japanese parliament", "Japan", ["Japanese Diet"])
D("Tuesday", "2025-10-14", "latest round ended in Ottawa", "weekday")
D("2024", "2024", "Canada imposed steel surcharge", "date")
D("2025", "2025", "promised signed agreement", "date", after="by the end of")
D("Wednesday", "2025-10-15", "Okafor said deal could be initialled", "weekday")
D("within 60 days", None, "deal could be initialled", "duration")
D("March 2023", "2023-03", "early harvest agreement signed", "date")
D("next month", "2025-11", "Arakawa expected back in Ottawa", "relative")

# ---------------------------------------------------------------- h03 British, single quotes, no date line
art("h03_ceasefire_british.txt", "2025-07-14", "inferred (Monday, 14 July: a Monday in 2025)",
    "No date line or year. Talks resumed 'on Monday, 14 July'; written that day ('late on Monday'). Nearest year with 14 July a Monday: 2025.")
Q("the only thing standing between two million people and famine", "Amina Keita", "The African Union's envoy, Dr Amina Keita", "told", partial=True)
Q("They sign a ceasefire in the morning and fire artillery in the afternoon,", "Ousmane Diallo", "he", "said")
Q("We will not be lectured about peace by people who behave like that.", "Ousmane Diallo", "he", "said")
Q("a fabrication", "Ibrahim Sow", "A military spokesman, Colonel Ibrahim Sow", "said", partial=True)
Q("prepared to act against anyone who obstructs humanitarian access, on either side", "Catherine Ashworth", "Britain's special envoy, Catherine Ashworth", "said", partial=True)
Q("within weeks", "World Food Programme", "The World Food Programme", "warned", partial=True)
Q("If the Front pulls its men back from the corridor, we will open the roads,", "Moussa Traoré", "he", "told")
Q("That is a fair exchange and they know it.", "Moussa Traoré", "he", "told")
Q("When the guns stop, we will talk about lines on a map.", "Ousmane Diallo", "he", "replied")
A("African Union", "organization", None, "African Union", ["African Union", "AU"])
A("Amina Keita", "person", "African Union envoy", "African Union", ["Dr Amina Keita", "Amina Keita", "Keita"])
A("AU Peace and Security Council", "organization", None, "African Union", ["AU Peace and Security Council"])
A("Moussa Traoré", "person", "army chief of staff", "Kandora", ["General Moussa Traoré", "Moussa Traoré", "Traoré"])
A("Kandora Liberation Front", "organization", "rebel faction", "Kandora Liberation Front", ["Kandora Liberation Front", "KLF", "Front"])
A("Ousmane Diallo", "person", "political secretary of the KLF", "Kandora Liberation Front", ["Ousmane Diallo", "Diallo"])
A("Ibrahim Sow", "person", "military spokesman", "Kandora", ["Colonel Ibrahim Sow", "Ibrahim Sow"])
A("United Kingdom", "country", None, "United Kingdom", ["United Kingdom", "Britain", "London"])
A("Norway", "country", None, "Norway", ["Norway"])
A("Catherine Ashworth", "person", "Britain's special envoy", "United Kingdom", ["Catherine Ashworth"])
A("World Food Programme", "organization", "UN food agency", "United Nations", ["World Food Programme"])
A("Intergovernmental Authority on Development", "organization", "regional bloc", "Intergovernmental Authority on Development", ["Intergovernmental Authority on Development", "IGAD"])
D("Monday, 14 July", "2025-07-14", "talks resumed in Addis Ababa", "date")
D("weekend", "2025-07", "both sides accused each other of violations", "relative", optional=True)
D("April", "2025-04", "talks began", "date")
D("Saturday", "2025-07-12", "alleged shelling of a market town", "weekday")
D("last year", "2024", "convoys last reached some areas", "relative")
D("within weeks", None, "warehouses empty", "relative")
D("end of the month", "2025-07", "deadline for monitoring mechanism", "relative", optional=True)
D("within 72 hours", None, "investigate violations", "duration")
D("Monday", "2025-07-14", "Traoré softened his position", "weekday", after="late on")
D("Wednesday", "2025-07-16", "talks due to continue", "weekday")

# ---------------------------------------------------------------- h04 live blog
art("h04_climate_liveblog.txt", "2025-11-21", "header", "'date: 2025-11-21' header line (final day of the summit).")
Q("We are close, but close is not finished,", "Rafael Monteiro", "he", "said")
Q("I am asking every delegation to bring flexibility, not speeches.", "Rafael Monteiro", "he", "said")
Q("at least $300 billion", None, "The draft text", "mentions", partial=True)
Q("an insult", "G77", "the G77 bloc", "called", partial=True)
Q("The donor base of 1992 is not the world of 2025,", "Lars Eriksen", "Eriksen", "said")
Q("Our islands did not cause this crisis. We will not be asked to pay for it twice.", "Teresa Salave'a", "Their lead negotiator, Teresa Salave'a of Samoa", "replied")
Q("I'm not going to negotiate in front of a camera.", "Daniel Kaplan", "he", "said")
Q("will not accept new obligations dressed up as voluntary contributions", "China", "The Chinese delegation", "saying", partial=True)
Q("If we need another night, we will take another night,", "Rafael Monteiro", "he", "told")
Q("On Wednesday people were talking about collapse,", "Priya Raman", "she", "told")
Q("Today they are talking about brackets. That is progress, believe it or not.", "Priya Raman", "she", "told")
A("Brazil", "country", None, "Brazil", ["Brazil"])
A("Rafael Monteiro", "person", "summit president, Brazil's Ambassador", "Brazil", ["Ambassador Rafael Monteiro", "Rafael Monteiro", "Monteiro"])
A("G77", "organization", "bloc of developing countries", "G77", ["G77"])
A("European Union", "organization", None, "European Union", ["European Union", "EU"])
A("Lars Eriksen", "person", "EU climate commissioner", "European Union", ["Lars Eriksen", "Eriksen"])
A("Teresa Salave'a", "person", "lead negotiator of the small island states", "Samoa", ["Teresa Salave'a"])
A("Samoa", "country", None, "Samoa", ["Samoa"])
A("United States", "country", None, "United States", ["United States", "US", "Washington"])
A("Daniel Kaplan", "person", "US special envoy", "United States", ["Daniel Kaplan"])
A("China", "country", None, "China", ["China", "Chinese delegation"])
A("Agência Brasil", "organization", "Brazilian news agency", "Brazil", ["Agência Brasil"])
A("World Resources Institute", "organization", "think tank", None, ["World Resources Institute"])
A("Priya Raman", "person", "observer from the World Resources Institute", "World Resources Institute", ["Priya Raman"])
D("09:05", None, "blog entry", "time", optional=True)
D("3 a.m.", None, "overnight talks broke up", "time", optional=True)
D("09:20", None, "blog entry", "time", optional=True)
D("09:42", None, "blog entry", "time", optional=True)
D("2035", "2035", "finance target year", "date")
D("Thursday", "2025-11-20", "draft text published", "weekday")
D("10:15", None, "blog entry", "time", optional=True)
D("1992", "1992", "donor base defined", "date")
D("2025", "2025", "today's world", "date", after="the world of ")
D("10:31", None, "blog entry", "time", optional=True)
D("11:02", None, "blog entry", "time", optional=True)
D("11:40", None, "blog entry", "time", optional=True)
D("12:25", None, "blog entry", "time", optional=True)
D("13:10", None, "blog entry", "time", optional=True)
D("3 p.m.", None, "closed ministers' meeting", "time", optional=True)
D("this evening", "2025-11-21", "new draft due", "deictic")
D("13:48", None, "blog entry", "time", optional=True)
D("yesterday", "2025-11-20", "mood comparison", "deictic")
D("On Wednesday", "2025-11-19", "talk of collapse", "weekday")
D("Today", "2025-11-21", "talk of brackets", "deictic", after="collapse,")
D("14:30", None, "blog entry", "time", optional=True)
D("Last year", "2024", "Baku summit overran", "relative")
D("33 hours", None, "Baku overrun", "duration", optional=True)
D("Saturday", "2025-11-22", "expected overrun", "weekday")

# ---------------------------------------------------------------- h05 press release
art("h05_takeover_press_release.txt", "2026-02-09", "header", "'date: 2026-02-09' header line; 'today announced'.")
Q("significantly undervalues", "Nordvik Minerals", "Board", "says", partial=True)
Q("Nordvik has spent a decade building the most efficient copper operation on the continent,", "Astrid Halvorsen", "Astrid Halvorsen", "said")
Q("Calloway is trying to buy that work at a discount, at the bottom of the cycle. Our shareholders deserve better, and the Board will not recommend this proposal.", "Astrid Halvorsen", "Astrid Halvorsen", "said")
Q("Our Kjøl expansion comes on stream next year and will lift output by 40 percent. Calloway's price gives our shareholders none of that growth.", "Lars Brekke", "Chief Executive Officer Lars Brekke", "added")
Q("disappointed but not surprised", "Calloway Resources", "Calloway", "said", partial=True)
Q("the obvious answer to Europe's copper shortage", "Graham Whitcombe", "Its chief executive, Graham Whitcombe", "described", partial=True)
A("Nordvik Minerals", "organization", "copper and nickel producer", "Norway", ["Nordvik Minerals ASA", "Nordvik Minerals", "Nordvik"])
A("Calloway Resources", "organization", "bidder", None, ["Calloway Resources plc", "Calloway Resources", "Calloway"])
A("Astrid Halvorsen", "person", "Chair of the Board", "Nordvik Minerals", ["Astrid Halvorsen"])
A("Lars Brekke", "person", "Chief Executive Officer", "Nordvik Minerals", ["Lars Brekke"])
A("Ministry of Trade, Industry and Fisheries", "organization", "Norwegian ministry", "Norway", ["Norwegian Ministry of Trade, Industry and Fisheries", "Ministry of Trade, Industry and Fisheries"])
A("Carnegie Investment Bank", "organization", "financial adviser", None, ["Carnegie Investment Bank"])
A("Wiersholm", "organization", "law firm", None, ["Wiersholm"])
A("Graham Whitcombe", "person", "Calloway chief executive", "Calloway Resources", ["Graham Whitcombe"])
D("today", "2026-02-09", "board announced rejection", "deictic")
D("February 2, 2026", "2026-02-02", "proposal received", "date")
D("a decade", None, "building the operation", "duration", optional=True)
D("next year", "2027", "Kjøl expansion comes on stream", "relative")
D("Friday", "2026-02-06", "Calloway said it was disappointed", "weekday")
D("within 30 days", None, "put up or shut up deadline", "duration")

# ---------------------------------------------------------------- h06 transcript, no date
art("h06_border_transcript.txt", None, "unknown (no year, no date line)",
    "No date line or year: 'last month', 'this week', 'August 12', 'Thursday', 'early December'. Nothing can be resolved to a calendar date except the years.")
Q("I said we were stuck, and we were. What changed is that both sides agreed this week to let the technical commission map the riverbed again. The river has moved since 1921, and we cannot keep negotiating over a line that is now under water.", "Jonas Petrauskas", "PETRAUSKAS", None)
Q("Let me add that Morvania has never disputed the 1921 treaty. We dispute how it is being read. That is a smaller problem, and smaller problems can be solved.", "Dalia Horvat", "HORVAT", None)
Q("The commission will report within 90 days. After that, the lawyers take over.", "Jonas Petrauskas", "PETRAUSKAS", None)
Q("closed", "Dalia Horvat", "Horvat", "said", partial=True)
Q("reopen old wounds in front of the cameras", "Jonas Petrauskas", "Petrauskas", "said", partial=True)
Q("real courage", "Marta Kowalczyk", "The EU's special representative for the region, Marta Kowalczyk", "told", partial=True)
A("Estavia", "country", None, "Estavia", ["Estavia"])
A("Morvania", "country", None, "Morvania", ["Morvania"])
A("Jonas Petrauskas", "person", "Estavia's foreign minister", "Estavia", ["Jonas Petrauskas", "Petrauskas", "Minister Petrauskas", "PETRAUSKAS"])
A("Dalia Horvat", "person", "Morvania's foreign minister", "Morvania", ["Dalia Horvat", "Horvat", "HORVAT"])
A("Katrin Huber", "person", "Austrian foreign ministry spokesperson", "Austria", ["Katrin Huber", "HUBER"])
A("ERT", "organization", "broadcaster", None, ["ERT"])
A("European Union", "organization", None, "European Union", ["European Union", "EU"])
A("Marta Kowalczyk", "person", "EU special representative for the region", "European Union", ["Marta Kowalczyk"])
D("last month", None, "Petrauskas said talks were at a dead end", "relative")
D("this week", None, "agreement to re-map the riverbed", "relative")
D("1921", "1921", "river border treaty", "date")
D("1921", "1921", "the 1921 treaty", "date", n=1)
D("within 90 days", None, "commission report due", "duration")
D("August 12", None, "fishing incident", "date")
D("Thursday", None, "Horvat asked about the incident", "weekday")
D("48 hours", None, "crews released", "duration", optional=True)
D("1990s", None, "war", "date", optional=True)
D("early December", None, "next round", "date")
D("next spring", None, "draft agreement to parliaments", "relative")

# ---------------------------------------------------------------- h07 op-ed, no date line
art("h07_ceasefire_oped.txt", "2025-01-21", "inferred (shortly after Sunday, January 19, 2025)",
    "No date line. The ceasefire 'took effect in Gaza on Sunday, January 19' (a Sunday in 2025), described as already taking effect. Reference 2025-01-21.")
Q("We have bought six weeks. Nobody has bought peace.", None, "One Egyptian official", "put it")
Q("constructive ambiguity", None, "one diplomat", "called", partial=True)
Q("The success of this agreement depends on the commitment of the parties,", "Mohammed bin Abdulrahman Al Thani", "he", "said")
Q("and on the support of the international community.", "Mohammed bin Abdulrahman Al Thani", "he", "said")
Q("as soon as the security arrangements allow", "Badr Abdelatty", "Its foreign minister, Badr Abdelatty", "told", partial=True)
A("Israel", "country", None, "Israel", ["Israel"])
A("Hamas", "organization", "Palestinian militant group", None, ["Hamas"])
A("Egypt", "country", None, "Egypt", ["Egypt", "Cairo"])
A("Qatar", "country", None, "Qatar", ["Qatar", "Doha"])
A("United States", "country", None, "United States", ["Washington"])
A("Benjamin Netanyahu", "person", "Israel's prime minister", "Israel", ["Benjamin Netanyahu", "Netanyahu"])
A("Mohammed bin Abdulrahman Al Thani", "person", "Qatar's prime minister", "Qatar", ["Sheikh Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman Al Thani"])
A("Badr Abdelatty", "person", "Egypt's foreign minister", "Egypt", ["Badr Abdelatty"])
D("Sunday, January 19", "2025-01-19", "ceasefire took effect", "date")
D("last week", "2025-01", "author spoke with people close to the mediators", "relative")
D("2014", "2014", "first Gaza truce the official worked on", "date")
D("six weeks", None, "length of the truce bought", "duration", optional=True)
D("42 days", None, "first phase", "duration")
D("16th day", None, "second-phase talks start", "relative", optional=True)

# ---------------------------------------------------------------- h08 guillemets
art("h08_fisheries_guillemets.txt", "2026-06-05", "header", "'date: 2026-06-05' header; dateline 'BRUSSELS, June 4'; agreement 'on Thursday' (June 4, 2026).")
Q("not a victory but a reprieve", "Hélène Marchand", "The French secretary of state for the sea, Hélène Marchand", "said", partial=True)
Q("We have waited since January. Our fishermen cannot plan a season on promises,", "Hélène Marchand", "Marchand", "told")
Q("Every application that meets the evidence standard will be granted,", "Robert Ellison", "he", "said")
Q("and we have never said anything else.", "Robert Ellison", "he", "said")
Q("within 30 days", "Robert Ellison", "He", "told", partial=True)
Q("full compliance", "Ana Pereira", "A Commission spokesperson, Ana Pereira", "said", partial=True)
Q("After that, we will decide for ourselves what to do,", "Olivier Lemaire", "he", "warned")
Q("Everything is on the table.", "Olivier Lemaire", "he", "said")
A("France", "country", None, "France", ["France", "Paris"])
A("United Kingdom", "country", None, "United Kingdom", ["United Kingdom", "London"])
A("Hélène Marchand", "person", "French secretary of state for the sea", "France", ["Hélène Marchand", "Marchand"])
A("Robert Ellison", "person", "British fisheries minister", "United Kingdom", ["Robert Ellison"])
A("Ouest-France", "organization", "regional newspaper", "France", ["Ouest-France"])
A("European Commission", "organization", None, "European Union", ["European Commission", "Commission", "Brussels"])
A("Ana Pereira", "person", "Commission spokesperson", "European Union", ["Ana Pereira"])
A("Olivier Lemaire", "person", "head of the regional fishing committee of Hauts-de-France", "France", ["Olivier Lemaire", "Lemaire"])
D("June 4", "2026-06-04", "dateline", "date")
D("Thursday", "2026-06-04", "agreement to extend talks", "weekday")
D("six weeks", None, "extension", "duration", optional=True)
D("two-hour", None, "meeting length", "duration", optional=True)
D("January", "2026-01", "waiting for licences since", "date")
D("within 30 days", None, "remaining files processed", "duration")
D("end of July", "2026-07", "fishermen's deadline", "date")
D("2021", "2021", "first licences issued", "date")
D("Monday, June 15", "2026-06-15", "next technical meeting", "date")

# ---------------------------------------------------------------- h09 local news, no date
art("h09_teachers_contract.txt", None, "unknown (no year, no date line)",
    "No date line or year ('late Friday', 'next Wednesday', 'August 1', 'last September'); only '1989' resolves.")
Q("We have sat at that table for eleven months. We have shown them the vacancy numbers, the class sizes, the teachers who leave for districts twenty minutes away that pay eight thousand dollars more.", "Denise Carter", "Carter", "said")
Q("What we have not seen is a serious offer,", "Denise Carter", "Carter", "said")
Q("I respect our teachers, and I want to pay them more,", "Mark Delgado", "Delgado", "said")
Q("But if we sign a contract we cannot afford, we will be laying off some of those same teachers a year from now.", "Mark Delgado", "Delgado", "said")
Q("bankrupt the district within three years.", "Linda Osei", "She", "told", partial=True)
Q("a scare tactic.", "Denise Carter", "Carter", "called", partial=True)
Q("My kids already lost a year during COVID,", "Jasmine Reyes", "Jasmine Reyes", "said")
Q("I support the teachers, but I need the schools open.", "Jasmine Reyes", "Jasmine Reyes", "said")
A("Millbrook Education Association", "organization", "teachers' union", None, ["Millbrook Education Association"])
A("Millbrook Unified School District", "organization", "school district", None, ["Millbrook Unified School District"])
A("Denise Carter", "person", "Union president", "Millbrook Education Association", ["Denise Carter", "Carter"])
A("Mark Delgado", "person", "Superintendent", "Millbrook Unified School District", ["Mark Delgado", "Delgado"])
A("Linda Osei", "person", "School board president", "Millbrook Unified School District", ["Linda Osei"])
A("Robert Nguyen", "person", "state mediator", "Public Employment Relations Board", ["Robert Nguyen"])
A("Public Employment Relations Board", "organization", "state labour board", None, ["Public Employment Relations Board"])
A("Jasmine Reyes", "person", "parent", None, ["Jasmine Reyes"])
D("Friday", None, "talks broke off", "weekday")
D("next Wednesday", None, "strike authorization vote", "relative")
D("1989", "1989", "district's last strike", "date")
D("August 1", None, "contract expired", "date")
D("eleven months", None, "time at the table", "duration", optional=True)
D("this year", None, "3 percent raise", "relative")
D("this year", None, "7 percent raise demanded", "relative", n=1)
D("last September", None, "end of federal relief funds", "relative")
D("a year from now", None, "layoffs", "relative", optional=True)
D("Tuesday", None, "board meeting", "weekday")
D("within three years", None, "bankruptcy claim", "duration")
D("mid-January", None, "earliest walkout", "date")

# ---------------------------------------------------------------- h10 takeover, British spelling
art("h10_takeover_battle.txt", "2025-09-12", "header", "'date: 2025-09-12' header; rival bid tabled 'on Thursday' (2025-09-11).")
Q("take no action", "Alder Rail", "The Alder board", "urged", partial=True)
Q("Signalling is our core business, not a financial trade,", "Matthias Vogel", "he", "said")
Q("We will still own Alder in twenty years. I am not sure our competitor can say the same.", "Matthias Vogel", "he", "said")
Q("a long record of patient ownership in infrastructure", "Sarah Whitfield", "she", "wrote", partial=True)
Q("watching closely", None, "A government official", "said", partial=True)
Q("Promises made in a bid battle have a habit of disappearing once the cheque has cleared,", "Karen Doyle", "Unite national officer Karen Doyle", "said")
Q("Two bidders are better than one,", "Tom Ashby", "Tom Ashby", "said")
Q("We would like to see a third.", "Tom Ashby", "Tom Ashby", "said")
A("Alder Rail", "organization", "British maker of signalling equipment", "United Kingdom", ["Alder Rail", "Alder"])
A("Hessler Industrie", "organization", "German engineering group", "Germany", ["Hessler Industrie", "Hessler"])
A("Granite Peak Partners", "organization", "American private equity firm", "United States", ["Granite Peak Partners", "Granite Peak"])
A("Matthias Vogel", "person", "Hessler's chief executive", "Hessler Industrie", ["Matthias Vogel"])
A("Sarah Whitfield", "person", "Granite Peak's managing partner", "Granite Peak Partners", ["Sarah Whitfield"])
A("Jonathan Reid", "person", "business secretary", "United Kingdom", ["Jonathan Reid"])
A("Unite", "organization", "trade union", None, ["Unite"])
A("Karen Doyle", "person", "Unite national officer", "Unite", ["Karen Doyle"])
A("Tom Ashby", "person", "fund manager at Evenlode Capital", "Evenlode Capital", ["Tom Ashby"])
A("Evenlode Capital", "organization", "fund manager", None, ["Evenlode Capital"])
D("Thursday", "2025-09-11", "Hessler tabled rival offer", "weekday")
D("last month", "2025-08", "board recommended Granite Peak bid", "relative")
D("twenty years", None, "Vogel's horizon", "duration", optional=True)
D("within five years", None, "private equity selling assets", "duration", optional=True)
D("October 10", "2025-10-10", "deadline for offer document", "date")
D("Thursday", "2025-09-11", "Alder shares closed up", "weekday", after="424 pence on")

# ---------------------------------------------------------------- h11 wire, dateline without year
art("h11_river_dam_wire.txt", "2026-04-08", "dateline (April 8, a Wednesday in 2026)",
    "Dateline 'CAIRO, April 8 (Wire)' and 'said on Wednesday': April 8 is a Wednesday in 2026; text mentions April 2023 and February 2020 as past. Reference 2026-04-08.")
Q("a legally binding agreement on the filling and operation of the dam", None, "A joint statement", "said", partial=True)
Q("Egypt has never opposed Ethiopia's right to development,", "Karim Mansour", "Mansour", "told")
Q("What we oppose is unilateral action on a river that 150 million people share.", "Karim Mansour", "Mansour", "told")
Q("in good faith", "Tesfaye Alemu", "Alemu", "said", partial=True)
Q("The Nile is not the property of one nation,", "Tesfaye Alemu", "he", "said")
Q("accompany the three sisterly countries towards a fair and lasting solution", "African Union", "The AU", "said", partial=True)
Q("We have been here before,", "Hany Raslan", "Hany Raslan", "said")
Q("Four months is ambitious. But the fact that they are talking again is not nothing.", "Hany Raslan", "Hany Raslan", "said")
A("Egypt", "country", None, "Egypt", ["Egypt", "Cairo"])
A("Sudan", "country", None, "Sudan", ["Sudan"])
A("Ethiopia", "country", None, "Ethiopia", ["Ethiopia", "Addis Ababa"])
A("United States", "country", None, "United States", ["United States", "Washington"])
A("Karim Mansour", "person", "Egyptian Foreign Minister", "Egypt", ["Karim Mansour", "Mansour"])
A("Tesfaye Alemu", "person", "Ethiopia's deputy prime minister", "Ethiopia", ["Tesfaye Alemu", "Alemu"])
A("Rapid Support Forces", "organization", "paramilitary force", "Sudan", ["Rapid Support Forces"])
A("African Union", "organization", None, "African Union", ["African Union", "AU"])
A("Mahmoud Ali Youssouf", "person", "AU Commission chairperson", "African Union", ["Mahmoud Ali Youssouf"])
A("World Bank", "organization", None, None, ["World Bank"])
A("Hany Raslan", "person", "water policy researcher", "Al-Ahram Center for Political and Strategic Studies", ["Hany Raslan"])
A("Al-Ahram Center for Political and Strategic Studies", "organization", "think tank", "Egypt", ["Al-Ahram Center for Political and Strategic Studies"])
D("April 8", "2026-04-08", "dateline", "date")
D("later this month", "2026-04", "talks resume", "relative")
D("Wednesday", "2026-04-08", "foreign ministry announcement", "weekday")
D("within four months", None, "target for binding agreement", "duration")
D("April 2023", "2023-04", "Sudan war began", "date")
D("February 2020", "2020-02", "US/World Bank draft deal", "date")
D("last week of April", "2026-04", "first session in Kampala", "relative")
D("within 30 days", None, "first technical report", "duration")
D("Four months", None, "timetable", "duration")

# ---------------------------------------------------------------- h12 US labour
art("h12_pilots_airline.txt", "2026-07-17", "header", "'date: 2026-07-17' header; union announced 'Thursday' (2026-07-16).")
Q("Our pilots have spoken with one voice,", "Rachel Okonkwo", "Captain Rachel Okonkwo", "said")
Q("They are tired of flying the busiest schedule in the company's history on a contract written in 2019.", "Rachel Okonkwo", "Captain Rachel Okonkwo", "said")
Q("an expected step in the process", "Skyline Air", "Skyline", "said", partial=True)
Q("a fair agreement that rewards our pilots and keeps our fares low.", "Skyline Air", "Skyline", "said", partial=True)
Q("Skyline's pilots are among the lowest paid in the industry,", "Rachel Okonkwo", "she", "said")
Q("That is not sustainable, and management knows it.", "Rachel Okonkwo", "she", "said")
Q("the single biggest risk", "Brian Castellano", "Skyline chief executive Brian Castellano", "told", partial=True)
Q("in the coming weeks.", "Brian Castellano", "He", "said", partial=True)
Q("The mediation board is not going to let pilots shut down an airline in July,", "Helen Park", "Helen Park", "said")
Q("But a vote like this changes the pressure in the room. Management has to move.", "Helen Park", "Helen Park", "said")
A("Skyline Air", "organization", "low-cost carrier", None, ["Skyline Air", "Skyline"])
A("Airline Pilots Guild", "organization", "pilots' union", None, ["Airline Pilots Guild"])
A("Rachel Okonkwo", "person", "chair of the guild's Skyline council", "Airline Pilots Guild", ["Captain Rachel Okonkwo", "Rachel Okonkwo", "Okonkwo"])
A("National Mediation Board", "organization", "federal mediation agency", None, ["National Mediation Board"])
A("Brian Castellano", "person", "Skyline chief executive", "Skyline Air", ["Brian Castellano"])
A("Helen Park", "person", "aviation analyst at Cowen", "Cowen", ["Helen Park"])
A("Cowen", "organization", "investment bank", None, ["Cowen"])
D("Thursday", "2026-07-16", "union announced strike vote", "weekday")
D("eighteen months", None, "failed negotiations", "duration", optional=True)
D("2019", "2019", "current contract written", "date")
D("30-day", None, "cooling-off period", "duration")
D("Tuesday", "2026-07-14", "Castellano's investor call", "weekday")
D("coming weeks", None, "deal expected", "relative")
D("July", "2026-07", "airline shutdown unlikely", "date", after="airline in ")
D("July 28", "2026-07-28", "next mediation session", "date")


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
