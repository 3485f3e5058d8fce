#!/usr/bin/env python3
"""Writes gold/{quotes,actors,dates,articles}.jsonl for the twelfth blind set (tests/blind12).

Ten articles written for this set, annotated by hand before detente was ever run on them.
Annotations are written here as strings; offsets (Python code-point indices, as in
/work/shared/gold/seeds) are computed by locating each string in its article and every
record is checked by the kit in tests/kit/gold_annotation.py (text == content[start:end],
quotes sit between quotation marks, speakers are actors of the article, mentions occur
verbatim). Run from anywhere:
    python3 tests/blind12/annotate.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "kit"))
from gold_annotation import Annotator  # noqa: E402

gold = Annotator(HERE)
art, Q, A, D = gold.art, gold.Q, gold.A, gold.D

# ---------------------------------------------------------------- x01 French news agency English wire, Zaporizhzhia
art("x01_zaporizhzhia_repair_truce_french_agency.txt", "2026-12-02", "published line ('Published on: 02/12/2026 - 18:47', day/month/year)",
    "Wednesday 2 December 2026. 'Wednesday' 2026-12-02; 'Friday' (repairs to begin, future) 2026-12-04; 'November 13' 2026-11-13; 'since the weekend' 2026-11 (28-29 November); 'the eve of the announcement' 2026-12-01; 'March' (next Board meeting) 2027-03.")
Q("local ceasefire", "International Atomic Energy Agency", "The UN nuclear watchdog", "said", partial=True)
Q("Both sides have given the agency the guarantees we asked for. Now those guarantees have to hold on the ground, hour after hour,",
  None, "the IAEA's director general", "said")
Q("monitor every step of the work.", None, "the IAEA's director general", "adding", partial=True)
Q("a clear window, not a promise.", "Energoatom", "Ukraine's state nuclear operator Energoatom", "said", partial=True)
Q("Our people know every metre of that line. What they do not know is whether the shelling will stop when they climb the pylons,",
  "Iryna Sokil", "she", "said")
Q("thanks to the restraint of the Russian side", "Yulia Velichko",
  "Yulia Velichko, a spokeswoman for the plant's Russian-installed management", "wrote", partial=True)
Q("only as a Russian facility,", None, "the head of Russia's state nuclear corporation Rosatom", "told", partial=True)
Q("a reminder that Russia keeps a nuclear plant hostage and then asks to be thanked for letting the lights stay on.",
  None, "Ukraine's foreign minister", "called", partial=True)
Q("Each of these local pauses has held so far, which tells you that both militaries understand what a station blackout at six reactors would mean,",
  "Thomas Grandclement", "he", "told")
Q("But a repair window is not a safety regime. The next cut is a matter of when, not if.", "Thomas Grandclement", "he", "told")
A("International Atomic Energy Agency", "organization", "UN nuclear watchdog", "United Nations",
  ["International Atomic Energy Agency", "IAEA", "UN nuclear watchdog"])
A("IAEA Board of Governors", "organization", "the agency's governing board", "United Nations", ["Board of Governors"])
A("Russia", "country", "occupying power", "Russia", ["Russia", "Moscow", "Russian side"])
A("Ukraine", "country", None, "Ukraine", ["Ukraine", "Kyiv"])
A("Energoatom", "organization", "Ukraine's state nuclear operator", "Ukraine", ["Energoatom"])
A("Iryna Sokil", "person", "Energoatom spokeswoman", "Energoatom", ["Iryna Sokil"])
A("Yulia Velichko", "person", "spokeswoman for the plant's Russian-installed management", "Russia", ["Yulia Velichko"])
A("Rosatom", "organization", "Russia's state nuclear corporation", "Russia", ["Rosatom"])
A("United States", "country", "floated joint operation of the plant", "United States", ["Washington", "US"])
A("Thomas Grandclement", "person", "nuclear safety researcher at the Fondation Vauban", "Fondation Vauban", ["Thomas Grandclement"])
A("Fondation Vauban", "organization", "Paris-based research foundation", "France", ["Fondation Vauban"])
D("02/12/2026", "2026-12-02", "published", "date")
D("18:47", None, "time published", "time", optional=True)
D("August 22, 2025", "2025-08-22", "file photo of the plant taken", "date")
D("Wednesday", "2026-12-02", "IAEA announced the local ceasefire", "weekday")
D("Friday", "2026-12-04", "repairs to begin (future)", "weekday")
D("March 2022", "2022-03", "plant occupied by Russian forces since", "date")
D("November 13", "2026-11-13", "backup line damaged", "date")
D("the weekend", "2026-11", "repair crew ready since", "relative")
D("the eve of the announcement", "2026-12-01", "Rosatom head's remarks on state television", "relative")
D("2024", "2024", "reactors in cold shutdown since", "date")
D("March", "2027-03", "Board of Governors to discuss the plant", "date", after="discuss the plant again in")

# ---------------------------------------------------------------- x02 Ukrainian outlet translated, children's return
art("x02_children_return_translated_ukrainian.txt", "2026-11-28", "date line ('28 November 2026, 21:15 (Kyiv time)')",
    "Saturday 28 November 2026. 'Friday' (handover) 2026-11-27; 'the next day' (commissioner's briefing, the day after the handover) 2026-11-28; 'Saturday' 2026-11-28; 'the eve of the handover' 2026-11-26; 'January' 2027-01.")
Q("Every child on this list has a name, a mother or a grandmother who waited, and a file that we have been checking for months,",
  None, "the commissioner", "said")
Q("We do not accept that any of them were 'evacuated'. They were deported.", None, "the commissioner", "said")
Q("continue to work quietly with both parties for as long as there are children to bring home.", None,
  "Qatar's minister of state for international cooperation", "said", partial=True)
Q("The Russian side answers slowly, and sometimes it answers that a child 'does not wish' to return. A twelve-year-old does not decide such things alone in a boarding school in Moscow region,",
  "Bohdan Kovalchuk", "he", "said")
Q("at the request of their relatives", None, "the office of Russia's presidential commissioner for children's rights", "said", partial=True)
Q("nothing to hide.", None, "the office of Russia's presidential commissioner for children's rights", "said", partial=True)
Q("When the bus came, one of the boys did not recognise his grandmother at first. She had aged so much,", "Oksana Verbytska", "she", "said")
Q("Then he ran.", "Oksana Verbytska", "she", "said")
Q("I signed papers in three countries. I did not read half of them. I would sign a hundred more,", "Nataliia", "she", "said")
A("Ukraine", "country", None, "Ukraine", ["Ukraine", "Kyiv"])
A("Russia", "country", None, "Russia", ["Russia", "Russian side"])
A("Qatar", "country", "mediator of the handovers", "Qatar", ["Qatar", "Doha"])
A("Coordination Headquarters for the Treatment of Prisoners of War", "organization", "Ukrainian state body, also handles children's files", "Ukraine",
  ["Coordination Headquarters for the Treatment of Prisoners of War"])
A("Bohdan Kovalchuk", "person", "spokesman for the Coordination Headquarters for the Treatment of Prisoners of War", "Ukraine",
  ["Bohdan Kovalchuk", "Kovalchuk"])
A("Dim Nadii", "organization", "charitable foundation in Mykolaiv searching for children", "Ukraine", ["Dim Nadii"])
A("Oksana Verbytska", "person", "head of the Dim Nadii foundation", "Dim Nadii", ["Oksana Verbytska"])
A("Nataliia", "person", "mother from a village near Oleshky", None, ["Nataliia"])
D("28 November 2026", "2026-11-28", "date line", "date")
D("21:15", None, "time of publication", "time", optional=True)
D("Friday", "2026-11-27", "sixteen children returned", "weekday")
D("the autumn of 2023", "2023", "Qatar-mediated handovers since", "date")
D("the next day", "2026-11-28", "commissioner's briefing in Kyiv", "relative")
D("June 2025", "2025-06", "list handed over at the Istanbul talks", "date")
D("Saturday", "2026-11-28", "Russian commissioner's office statement", "weekday")
D("Friday", "2026-11-27", "Verbytska at the border", "weekday", n=1)
D("the eve of the handover", "2026-11-26", "grandmothers did not sleep", "relative")
D("January", "2027-01", "next handover expected", "date")

# ---------------------------------------------------------------- x03 morning newsletter (smart-brevity headings), Iran–IAEA
art("x03_iran_iaea_inspections_newsletter.txt", "2026-12-03", "newsletter date ('Thursday, Dec. 3, 2026')",
    "Thursday 3 December 2026. 'Wednesday' and 'Wednesday night' 2026-12-02; 'on Monday' (first team due, future) 2026-12-07; 'at his weekly briefing on Monday' (past) 2026-11-30; 'March' (Board meeting) 2027-03; 'in the coming days' (inside a quote) unresolved.")
Q("a single, technical step", "Hamid Rezaeinejad", "Iran's ambassador to the IAEA, Hamid Rezaeinejad", "said", partial=True)
Q("not a return to business as usual.", "Hamid Rezaeinejad", "Iran's ambassador to the IAEA, Hamid Rezaeinejad", "said", partial=True)
Q("We have asked for Fordow and Natanz as well, and we will keep asking. Isfahan is where the material was, so it is the right place to start,",
  "Ines Bachmann", "IAEA spokesperson Ines Bachmann", "told")
Q("Inspectors who write reports that become target lists should not expect to be welcomed everywhere.", None,
  "Iran's foreign ministry spokesman", None)
Q("better than nothing, and not much better than nothing.", None, "A senior European diplomat", "called", partial=True)
Q("judge Iran by what the inspectors see, not by what Iran signs.", None, "Israel's prime minister", "said", partial=True)
Q("supports the agency's efforts to restore full access", "US State Department", "A State Department spokesperson", "said", partial=True)
Q("in the coming days.", "US State Department", "A State Department spokesperson", "said", partial=True)
Q("would end this cooperation the same day.", "Hamid Rezaeinejad", "Rezaeinejad", "warned", partial=True)
Q("a leak in Isfahan is a problem in Dammam before it is a problem in Washington.", None, "a Gulf official", "arguing", partial=True)
A("International Atomic Energy Agency", "organization", "UN nuclear watchdog", "United Nations",
  ["International Atomic Energy Agency", "IAEA"])
A("IAEA Board of Governors", "organization", "the agency's governing board", "United Nations", ["Board of Governors"])
A("Iran", "country", None, "Iran", ["Iran", "Tehran"])
A("Hamid Rezaeinejad", "person", "Iran's ambassador to the IAEA", "Iran", ["Hamid Rezaeinejad", "Rezaeinejad"])
A("Ines Bachmann", "person", "IAEA spokesperson", "United Nations", ["Ines Bachmann"])
A("Iranian Foreign Ministry", "organization", "Iran's foreign ministry", "Iran", ["Iran's foreign ministry"])
A("Supreme National Security Council", "organization", "Iranian body that approves inspections", "Iran", ["Supreme National Security Council"])
A("Israel", "country", None, "Israel", ["Israel"])
A("United States", "country", None, "United States", ["United States"])
A("US State Department", "organization", "US foreign ministry", "United States", ["State Department"])
A("United Nations", "organization", "reimposed sanctions under snapback", "United Nations", ["UN"])
A("Saudi Arabia", "country", "asks to be briefed by the agency", "Saudi Arabia", ["Saudi Arabia"])
A("United Arab Emirates", "country", "asks to be briefed by the agency", "United Arab Emirates", ["United Arab Emirates"])
D("Thursday, Dec. 3, 2026", "2026-12-03", "newsletter date", "date")
D("June 2025", "2025-06", "strikes on Iran's nuclear sites", "date")
D("Wednesday", "2026-12-02", "IAEA–Iran meeting in Vienna", "weekday")
D("Monday", "2026-12-07", "first inspection team due in Isfahan (future)", "weekday")
D("Monday", "2026-11-30", "foreign ministry spokesman's weekly briefing", "weekday", after="weekly briefing on")
D("July 2025", "2025-07", "Iran's parliament passed the inspections law", "date")
D("Wednesday night", "2026-12-02", "Israeli prime minister's video statement", "weekday")
D("the coming days", None, "inside a quote: US to consult with European partners", "relative")
D("September 2025", "2025-09", "Cairo framework signed", "date")
D("days before", None, "Cairo framework signed, before UN sanctions were reimposed", "relative")
D("weeks later", None, "Iran declared the framework void", "relative")
D("March", "2027-03", "Board of Governors meets", "date", after="Board of Governors meets in")

# ---------------------------------------------------------------- x04 reporter's notebook, Red Sea shipping talks in Muscat
art("x04_red_sea_shipping_reporters_notebook.txt", "2026-12-05", "date line under the byline ('Saturday 5 December 2026')",
    "Saturday 5 December 2026. 'Thursday evening' 2026-12-03; 'the next morning' (after the Thursday meeting) 2026-12-04; 'since October' 2026-10; 'February' inside a quote 2027-02; 'Friday' 2026-12-04; 'Ramadan' (inside a quote) 2027, optional.")
Q("Everyone has understood that nobody wins this. The Yemenis have made their point, the shipowners have lost their money, and the insurers have made theirs,",
  None, "he", "said")
Q("ships that have nothing to do with the aggression.", None, "The Houthis' chief negotiator", "said", partial=True)
Q("A declaration is a piece of paper. My crew want to know who reads it in Sanaa and whether he reads it before or after someone presses a button,",
  "Arvind Menon", "he", "said")
Q("The market is pricing in a deal that nobody has signed. That is either very clever or very naive, and I will tell you which in February,",
  "Lars Engebretsen", "he", "said")
Q("welcomes any arrangement that reduces the risk to seafarers", "Nikos Daskalakis",
  "Its spokesman, Commander Nikos Daskalakis", "said", partial=True)
Q("until the threat is gone, not merely paused.", "Nikos Daskalakis", "Its spokesman, Commander Nikos Daskalakis", "said", partial=True)
Q("a deal about ships that forgets the people of Yemen.", None, "One of its ministers", "called", partial=True)
Q("its efforts to support maritime security and regional stability.", "Omani Foreign Ministry", "The Omani foreign ministry", "said", partial=True)
Q("Before Ramadan, God willing,", None, "he", "said")
Q("After Ramadan, also God willing.", None, "he", "said")
A("Houthi movement", "organization", "armed movement controlling Sanaa", "Houthi movement", ["Houthis"])
A("Omani Foreign Ministry", "organization", "Oman's foreign ministry, runs the channel", "Oman", ["Omani foreign ministry"])
A("Arvind Menon", "person", "tanker master with Straits Tankers", "Straits Tankers", ["Captain Arvind Menon", "Menon"])
A("Straits Tankers", "organization", "Singapore-based tanker operator", "Singapore", ["Straits Tankers"])
A("Lars Engebretsen", "person", "head of the maritime security desk at Nordhav Marine", "Nordhav Marine", ["Lars Engebretsen"])
A("Nordhav Marine", "organization", "Oslo-based marine insurer", "Norway", ["Nordhav Marine"])
A("European Union", "organization", "runs the Aspides naval mission", "European Union", ["European Union"])
A("Aspides", "organization", "EU naval mission in the Red Sea", "European Union", ["Aspides"])
A("Nikos Daskalakis", "person", "spokesman of Aspides", "European Union", ["Commander Nikos Daskalakis"])
A("Yemen", "country", "internationally recognised government, outside the channel", "Yemen", ["Yemeni government"])
D("Saturday 5 December 2026", "2026-12-05", "date line", "date")
D("Thursday evening", "2026-12-03", "reporter met the retired diplomat", "weekday")
D("November 2023", "2023-11", "Galaxy Leader seized", "date")
D("the next morning", "2026-12-04", "reporter reached Menon by satellite phone", "relative")
D("October", "2026-10", "war-risk premium fallen since", "date", after="almost half since")
D("February", "2027-02", "inside a quote: Engebretsen will know by", "date", after="which in")
D("February 2024", "2024-02", "Aspides began", "date")
D("Friday", "2026-12-04", "Omani foreign ministry statement", "weekday")
D("Ramadan", "2027", "inside a quote: announcement expected before", "date", optional=True)
D("Ramadan", "2027", "inside a quote: or after", "date", n=1, optional=True)

# ---------------------------------------------------------------- x05 intergovernmental commission media release, Mekong
art("x05_mekong_pakchom_mrc_press_release.txt", "2026-12-04", "dateline ('Vientiane, Lao PDR, 4 December 2026 -')",
    "Friday 4 December 2026. 'today' 2026-12-04; 'May this year' 2026-05; 'early next year' 2027; 'August' 2026-08; 'January 2027' 2027-01.")
Q("fully in line with the MRC's preliminary design guidance.", "Laos", "Lao PDR", "described", partial=True)
Q("Prior consultation is not a veto and was never meant to be one. But it is also not a formality. Our delta is sinking and it needs the sediment that this river carries,",
  "Phan Van Tuan", "Mr Phan Van Tuan, Member of the Joint Committee for Viet Nam and Deputy Minister of Agriculture and Environment", "said")
Q("listened to each other more carefully than in any earlier consultation.", "Sok Vannarith",
  "The Chair of the Joint Committee for 2026, Mr Sok Vannarith, Secretary-General of the Cambodia National Mekong Committee", "said", partial=True)
Q("We leave Vientiane with different positions, but with one shared text of what each of us has asked for. That text will now go to governments,",
  "Sok Vannarith", "he", "said")
Q("seriously and in good faith", "Khamphone Sisouk", "Ms Khamphone Sisouk", "said", partial=True)
Q("We are a landlocked country and electricity is one of the few things we can sell to the world. We ask our neighbours to understand that, as we understand their concerns,",
  "Khamphone Sisouk", "she", "said")
Q("the most detailed technical review the Secretariat has ever carried out on a single project", None,
  "The Chief Executive Officer of the MRC Secretariat", "said", partial=True)
A("Mekong River Commission", "organization", "intergovernmental river basin organisation", "Mekong River Commission",
  ["Mekong River Commission", "MRC"])
A("MRC Secretariat", "organization", "the commission's secretariat, issuer of the release", "Mekong River Commission",
  ["Mekong River Commission Secretariat", "MRC Secretariat"])
A("MRC Joint Committee", "organization", "the commission's body of member-country representatives", "Mekong River Commission", ["Joint Committee"])
A("MRC Council", "organization", "the commission's ministerial council", "Mekong River Commission", ["MRC Council"])
A("Laos", "country", "proposer of the Pakchom project", "Laos", ["Lao PDR", "Government of the Lao PDR"])
A("Cambodia", "country", None, "Cambodia", ["Cambodia"])
A("Vietnam", "country", None, "Vietnam", ["Viet Nam"])
A("Thailand", "country", "buyer of most of the power", "Thailand", ["Thailand"])
A("Phan Van Tuan", "person", "Member of the Joint Committee for Viet Nam, Deputy Minister of Agriculture and Environment", "Vietnam",
  ["Mr Phan Van Tuan", "Phan Van Tuan"])
A("Sok Vannarith", "person", "Chair of the Joint Committee for 2026, Secretary-General of the Cambodia National Mekong Committee", "Cambodia",
  ["Mr Sok Vannarith", "Sok Vannarith"])
A("Cambodia National Mekong Committee", "organization", "Cambodia's national Mekong body", "Cambodia", ["Cambodia National Mekong Committee"])
A("Khamphone Sisouk", "person", "Director-General of the Department of Energy Policy and Planning", "Laos", ["Ms Khamphone Sisouk", "Khamphone Sisouk"])
A("Department of Energy Policy and Planning", "organization", "Lao government department", "Laos", ["Department of Energy Policy and Planning"])
D("4 December 2026", "2026-12-04", "dateline", "date")
D("today", "2026-12-04", "Joint Committee concluded the prior consultation", "deictic")
D("May this year", "2026-05", "project submitted by the Lao PDR", "date")
D("2026", "2026", "Chair of the Joint Committee for 2026 (modifier)", "date", after="Chair of the Joint Committee for", optional=True)
D("2037", "2037", "Thailand's 2037 power development targets (modifier)", "date", optional=True)
D("early next year", "2027", "joint field visit requested", "relative")
D("August", "2026-08", "stakeholder forums in Nakhon Phanom and Pakse", "date")
D("January 2027", "2027-01", "MRC Council annual meeting", "date")
D("2003", "2003", "PNPCA adopted", "date")
D("1995", "1995", "the 1995 Agreement (title)", "date", optional=True)
D("1995", "1995", "MRC established", "date", after="established in")

# ---------------------------------------------------------------- x06 Botswana daily, De Beers stake
art("x06_botswana_de_beers_stake_daily.txt", "2026-11-30", "masthead date ('Business | Monday, 30 November 2026')",
    "Monday 30 November 2026. 'at the weekend' 2026-11 (28-29 November); 'Saturday' 2026-11-28; 'Friday' 2026-11-27; 'last week' 2026-11; 'December' inside a quote 2026-12; 'last year' 2025.")
Q("carried De Beers for fifty years", None, "the minister", "said", partial=True)
Q("a passenger in a sale of our own diamonds.", None, "the minister", "said", partial=True)
Q("We are not against a new owner. We are against being the last to know who the new owner is,", None, "he", "said")
Q("in constructive discussions with the Government of the Republic of Botswana", "Anglo American", "Anglo American", "said", partial=True)
Q("a sale that secures the long-term future of De Beers and of its partnership with Botswana.", "Anglo American", "Anglo American", "said", partial=True)
Q("Botswana is our most important partner and that will not change under any ownership,", "Neo Ramotswa", "Ramotswa", "said")
Q("Both sides want the same thing, which is a healthy diamond industry after the downturn.", "Neo Ramotswa", "Ramotswa", "said")
Q("a bigger role in selling Botswana's stones to the world, not only a bigger share of them.", "Kabelo Motsumi",
  "Okavango Diamond Company managing director Kabelo Motsumi", "told", partial=True)
Q("at a time when synthetic stones are eating the bottom of the market.", "Lesego Kgosidintsi",
  "Dr Lesego Kgosidintsi, an economist at the University of Botswana who advised parliament's finance committee", "warned", partial=True)
Q("Thirty percent of a shrinking business is still a shrinking business. I would rather see the money go into the beneficiation we keep promising ourselves,",
  "Lesego Kgosidintsi", "she", "said")
Q("in any room where our jobs are discussed.", "Tumelo Segokgo", "Its general secretary, Tumelo Segokgo", "said", partial=True)
Q("before Parliament rises in December.", None, "the minister", "said", partial=True)
A("Botswana", "country", "shareholder in De Beers and Debswana", "Botswana",
  ["Botswana", "Government", "Government of the Republic of Botswana"])
A("Anglo American", "organization", "majority owner of De Beers, seller", None, ["Anglo American"])
A("De Beers", "organization", "diamond company", None, ["De Beers"])
A("Debswana", "organization", "joint venture running the Jwaneng and Orapa mines", "Botswana", ["Debswana"])
A("Neo Ramotswa", "person", "De Beers spokesperson", "De Beers", ["Neo Ramotswa", "Ramotswa"])
A("Okavango Diamond Company", "organization", "state-owned diamond sales company", "Botswana", ["Okavango Diamond Company"])
A("Kabelo Motsumi", "person", "managing director of the Okavango Diamond Company", "Okavango Diamond Company", ["Kabelo Motsumi"])
A("Lesego Kgosidintsi", "person", "economist at the University of Botswana", "University of Botswana", ["Dr Lesego Kgosidintsi"])
A("University of Botswana", "organization", "university", "Botswana", ["University of Botswana"])
A("Botswana Mine Workers Union", "organization", "union of Debswana's workforce", "Botswana Mine Workers Union", ["Botswana Mine Workers Union"])
A("Tumelo Segokgo", "person", "general secretary of the Botswana Mine Workers Union", "Botswana Mine Workers Union", ["Tumelo Segokgo"])
A("Parliament of Botswana", "organization", "Botswana's parliament", "Botswana", ["Parliament"])
D("Monday, 30 November 2026", "2026-11-30", "masthead date", "date")
D("the weekend", "2026-11", "minister's remarks at Jwaneng", "relative")
D("Saturday", "2026-11-28", "kgotla meeting in Jwaneng", "weekday")
D("May 2024", "2024-05", "Anglo American announced the sale of De Beers", "date")
D("Friday", "2026-11-27", "Anglo American statement in London", "weekday")
D("2023", "2023", "the 2023 sales agreement (modifier)", "date", optional=True)
D("2033", "2033", "ODC share of output rises to half by", "date")
D("2054", "2054", "Debswana licences extended to", "date")
D("last week", "2026-11", "mining indaba in Francistown", "relative")
D("December", "2026-12", "inside a quote: before Parliament rises", "date")
D("last year", "2025", "Debswana production fell", "relative")
D("2022", "2022", "production close to 25 million carats", "date")

# ---------------------------------------------------------------- x07 Icelandic English-language site, smelter power contract
art("x07_iceland_smelter_power_contract.txt", "2026-12-04", "date line ('Friday, 4 December 2026 - 17:30 | Updated 19:05')",
    "Friday 4 December 2026. 'Thursday' 2026-12-03; 'Friday' 2026-12-04; 'Wednesday' 2026-12-02; 'Tuesday' 2026-12-01; 'the middle of next year' 2027; 'Christmas' 2026-12-25; 'January 12' 2027-01-12.")
Q("a fair offer that reflects what electricity is worth in Iceland today, not what it was worth in 2008.", "Sigrun Eyjolfsdottir",
  "Sigrun Eyjolfsdottir, Landsvirkjun's executive director of sales and customer relations", "said", partial=True)
Q("We have a duty to the owners of Landsvirkjun, which is the Icelandic nation. We cannot sell energy below what households and new industries would pay for it,",
  "Sigrun Eyjolfsdottir", "Sigrun", "said")
Q("the future of the plant and hundreds of jobs in the west of Iceland", "Nordural", "Nordural", "said", partial=True)
Q("Nobody in Chicago is going to build a new potline in Hvalfjordur on these terms. I say that as an Icelander, not as an employee of an American company,",
  "Gudmundur Kristjansson", "Gudmundur", "said")
Q("The state owns the seller and it collects the taxes of the buyer. It cannot pretend this is a private quarrel,",
  "Birna Hauksdottir", "Birna", "said")
Q("interfere in commercial negotiations between two companies,", None, "The minister", "told", partial=True)
Q("to find a solution that keeps the lights on in Hvalfjordur.", None, "he", "added", partial=True)
Q("to a degree.", "Einar Thorsteinsson", "Economist Einar Thorsteinsson of the University of Iceland", "said", partial=True)
Q("Landsvirkjun knows that an idle smelter does not buy any electricity. Century knows that it has nowhere in the world with power this clean at any price,",
  "Einar Thorsteinsson", "he", "said")
A("Landsvirkjun", "organization", "state-owned national power company", "Iceland", ["Landsvirkjun"])
A("Nordural", "organization", "aluminium producer running the Grundartangi smelter", "Century Aluminum", ["Nordural"])
A("Century Aluminum", "organization", "US group owning Nordural", "United States", ["Century Aluminum", "Century"])
A("Sigrun Eyjolfsdottir", "person", "Landsvirkjun's executive director of sales and customer relations", "Landsvirkjun",
  ["Sigrun Eyjolfsdottir", "Sigrun"])
A("Gudmundur Kristjansson", "person", "managing director of Nordural", "Nordural", ["Gudmundur Kristjansson", "Gudmundur"])
A("Verkalydsfelag Akraness", "organization", "Akranes workers' union", "Verkalydsfelag Akraness",
  ["Verkalydsfelag Akraness", "Akranes workers' union"])
A("Birna Hauksdottir", "person", "chair of Verkalydsfelag Akraness", "Verkalydsfelag Akraness", ["Birna Hauksdottir", "Birna"])
A("Iceland", "country", "owner of Landsvirkjun", "Iceland", ["Icelandic state"])
A("Einar Thorsteinsson", "person", "economist at the University of Iceland", "University of Iceland", ["Einar Thorsteinsson"])
A("University of Iceland", "organization", "university", "Iceland", ["University of Iceland"])
D("Friday, 4 December 2026", "2026-12-04", "published", "date")
D("17:30", None, "time published", "time", optional=True)
D("19:05", None, "time updated", "time", optional=True)
D("Thursday", "2026-12-03", "talks ended without agreement", "weekday")
D("the summer", "2026", "fourth round since", "relative", optional=True)
D("the end of 2028", "2028", "current contract expires", "date")
D("the middle of next year", "2027", "decision needed by", "relative")
D("2008", "2008", "inside a quote: what electricity was worth", "date")
D("Friday", "2026-12-04", "Sigrun's interview with the Ledger", "weekday", after="interview with the Ledger on")
D("2007", "2007", "state took over Landsvirkjun fully", "date")
D("Wednesday", "2026-12-02", "Gudmundur spoke to workers", "weekday")
D("Christmas", "2026-12-25", "union asked for a meeting with the minister before", "date")
D("Tuesday", "2026-12-01", "minister told parliament", "weekday")
D("January 12", "2027-01-12", "next meeting between the companies", "date")

# ---------------------------------------------------------------- x08 live blog, Premier League–EFL settlement
art("x08_premier_league_efl_settlement_liveblog.txt", "2026-11-26", "live blog header ('Last updated: Thursday 26 November 2026, 17:02 GMT')",
    "Thursday 26 November 2026. 'today', 'Today' (inside a quote), 'this evening', 'this afternoon' 2026-11-26; 'Monday' (future) 2026-11-30; 'Two years ago' (inside a quote) 2024; 'last year' 2025; 'the eve of the vote' 2026-11-25; 'the end of next season' 2028 (optional); 'last season' unresolved (optional).")
Q("is not perfect, but it is signed", None, "EFL chairman", "says", partial=True)
Q("for now", "Independent Football Regulator", "Independent Football Regulator", None, partial=True)
Q("Fans have waited years for the game to sort this out without a referee having to do it. The money matters, but so does the promise that no club will be paid to fail. We will hold them to it.",
  "Niamh Doherty", "Its chair, Niamh Doherty", "sent")
Q("It is not perfect, but it is signed. Two years ago we were told there was nothing more to give. Today there was,", None, "he", "said")
Q("asks the clubs who built the Premier League's value to pay for the mistakes of others.", "Paul Ashcombe",
  "Their chief executive, Paul Ashcombe", "told", partial=True)
Q("We have run this club properly for ten years. Now we are told to subsidise clubs that spent money they never had,",
  "Paul Ashcombe", "he", "added")
Q("a sustainable long-term funding agreement with the EFL that reduces the financial gap between the divisions while protecting the competitiveness of the Premier League.",
  "Premier League", "the Premier League", "said", partial=True)
Q("noted the progress", "Independent Football Regulator", "The Independent Football Regulator", "says", partial=True)
Q("for now", "Independent Football Regulator", "The Independent Football Regulator", "says", partial=True, n=1)
Q("the sustainability of clubs across the pyramid", "Independent Football Regulator", "A spokesperson", "added", partial=True)
Q("the best offer this league has ever made.", None, "The Premier League's chief executive", "said", partial=True)
Q("a lifeline, not a windfall.", "Lucy Farrant", "Lucy Farrant, chair of Calder Vale", "told", partial=True)
A("Premier League", "organization", "top division, its clubs are shareholders", "Premier League", ["Premier League"])
A("English Football League", "organization", "the 72 clubs below the Premier League", "English Football League", ["English Football League", "EFL"])
A("Independent Football Regulator", "organization", "statutory football regulator with backstop powers", "United Kingdom", ["Independent Football Regulator"])
A("Football Supporters' Association", "organization", "fans' organisation", "Football Supporters' Association", ["Football Supporters' Association"])
A("Niamh Doherty", "person", "chair of the Football Supporters' Association", "Football Supporters' Association", ["Niamh Doherty"])
A("Brentwick Athletic", "organization", "Premier League club, voted against", "Premier League", ["Brentwick Athletic"])
A("Paul Ashcombe", "person", "chief executive of Brentwick Athletic", "Brentwick Athletic", ["Paul Ashcombe"])
A("Calder Vale", "organization", "Championship club promoted from League One", "English Football League", ["Calder Vale"])
A("Lucy Farrant", "person", "chair of Calder Vale", "Calder Vale", ["Lucy Farrant"])
D("Thursday 26 November 2026", "2026-11-26", "live blog header", "date")
D("17:02 GMT", None, "last update", "time", optional=True)
D("2027-28", "2027", "three seasons of the deal from", "date")
D("17:02", None, "entry timestamp", "time", n=1, optional=True)
D("today", "2026-11-26", "end of the live coverage", "deictic")
D("this evening", "2026-11-26", "correspondent's analysis to be published", "relative")
D("16:48", None, "entry timestamp", "time", optional=True)
D("16:31", None, "entry timestamp", "time", optional=True)
D("Two years ago", "2024", "inside a quote: told there was nothing more to give", "relative")
D("Today", "2026-11-26", "inside a quote: the day of the vote", "deictic")
D("Monday", "2026-11-30", "meeting of the 72 clubs (future)", "weekday")
D("15:55", None, "entry timestamp", "time", optional=True)
D("15:20", None, "entry timestamp", "time", optional=True)
D("15:04", None, "entry timestamp", "time", optional=True)
D("14:10", None, "entry timestamp", "time", optional=True)
D("last year", "2025", "regulator gained the power to impose a settlement", "relative")
D("the end of next season", "2028", "regulator to review the deal before", "relative", optional=True)
D("13:30", None, "entry timestamp", "time", optional=True)
D("2021", "2021", "fan-led review", "date")
D("the eve of the vote", "2026-11-25", "Premier League chief executive's remarks", "relative")
D("12:45", None, "entry timestamp", "time", optional=True)
D("last season", None, "Calder Vale promoted from League One", "relative", optional=True)
D("12:00", None, "entry timestamp", "time", optional=True)
D("this afternoon", "2026-11-26", "shareholders meeting in London", "relative")

# ---------------------------------------------------------------- x09 morning digest newsletter, Brazilian truckers' freight floor
art("x09_brazil_truckers_freight_floor_digest.txt", "2026-12-01", "edition line ('Tuesday 1 December 2026 - Edition No. 418')",
    "Tuesday 1 December 2026. 'MONDAY' (headline), 'next Monday', 'before Monday' 2026-12-07 (future deadline); 'Friday' 2026-11-27; 'Sunday' 2026-11-29; 'on Monday' and 'late on Monday' (past) 2026-11-30; 'December 15' 2026-12-15; 'the first quarter of next year' 2027.")
Q("national stoppage", None, "Independent truck drivers' associations", "call", partial=True)
Q("Diesel, tyres, tolls, insurance - everything went up this year except what we are paid per kilometre,", "Edivaldo Santana",
  "Edivaldo Santana, president of the National Council of Autonomous Transporters (CNTA)", "said")
Q("not repeat 2018", "Edivaldo Santana", "He", "said", partial=True)
Q("finishing the technical review", "Renata Falcao", "ANTT's director-general, Renata Falcao", "told", partial=True)
Q("within days.", "Renata Falcao", "ANTT's director-general, Renata Falcao", "told", partial=True)
Q("It means as soon as the numbers are right.", "Renata Falcao", "she", "said")
Q("turns a market price into a decree", "Confederation of Agriculture and Livestock of Brazil",
  "The Confederation of Agriculture and Livestock of Brazil (CNA)", "said", partial=True)
Q("will not be pressured by deadlines,", None, "The transport minister", "said", partial=True)
Q("an agreement before anyone needs to stop a truck.", None, "he", "said", partial=True)
Q("a matter of weeks, not of months.", None, "The Sao Paulo state government", "said", partial=True)
Q("not a coincidence, and not a concession either.", None, "a company executive", "told", partial=True)
A("Brazil", "country", "federal government, sets the freight floor through ANTT", "Brazil", ["federal government"])
A("ANTT", "organization", "land transport regulator", "Brazil", ["ANTT"])
A("National Council of Autonomous Transporters", "organization", "independent truck drivers' association", "National Council of Autonomous Transporters",
  ["National Council of Autonomous Transporters", "CNTA"])
A("Edivaldo Santana", "person", "president of the CNTA", "National Council of Autonomous Transporters", ["Edivaldo Santana"])
A("Renata Falcao", "person", "director-general of ANTT", "Brazil", ["Renata Falcao"])
A("Confederation of Agriculture and Livestock of Brazil", "organization", "agribusiness lobby", "Confederation of Agriculture and Livestock of Brazil",
  ["Confederation of Agriculture and Livestock of Brazil", "CNA"])
A("Supreme Federal Court", "organization", "Brazil's constitutional court", "Brazil", ["Supreme Federal Court"])
A("Petrobras", "organization", "state-controlled oil company", "Brazil", ["Petrobras"])
D("Tuesday 1 December 2026", "2026-12-01", "edition date", "date")
D("today", "2026-12-01", "today's edition (furniture)", "deictic", optional=True)
D("MONDAY", "2026-12-07", "truckers' deadline (headline)", "weekday")
D("next Monday", "2026-12-07", "truckers' deadline for the revised table", "weekday")
D("May 2018", "2018-05", "ten-day truckers' strike", "date")
D("this year", "2026", "inside a quote: costs went up", "relative")
D("Friday", "2026-11-27", "meeting with ANTT directors", "weekday")
D("2018", "2018", "inside a quote: not repeat 2018", "date", after="not repeat")
D("within days", None, "inside a quote: new coefficients to be published", "relative")
D("Monday", "2026-12-07", "asked whether before the deadline", "weekday", after="before Monday")
D("Sunday", "2026-11-29", "CNA note", "weekday")
D("2018", "2018", "Supreme Federal Court case waiting since", "date", after="has waited since")
D("October", "2026-10", "minister negotiating with the drivers since", "date")
D("Monday", "2026-11-30", "transport minister's remarks", "weekday", after="since October, said on")
D("December 15", "2026-12-15", "Santos tunnel auction originally scheduled", "date")
D("the first quarter of next year", "2027", "auction moved to", "date")
D("Monday", "2026-11-30", "Petrobras holds diesel prices", "weekday", after="late on")
D("a week before the truckers' deadline", "2026-11-30", "timing of the Petrobras decision", "relative", optional=True)

# ---------------------------------------------------------------- x10 culture magazine feature, Italian dubbing and AI
art("x10_italy_dubbing_ai_culture_magazine.txt", "2026-12-03", "byline date ('By Giulia Ferraresi, Rome / 3 December 2026')",
    "Thursday 3 December 2026. 'Monday' (photo caption) 2026-11-30; 'Tuesday' 2026-12-01; 'the eve of Tuesday's session' 2026-11-30; 'last month' 2026-11; 'Christmas' (inside a quote) 2026-12-25; 'January' 2027-01.")
Q("We are not against technology. We are against a contract in which my voice becomes a file that someone owns forever,",
  "Francesca Loiacono", "she", "said")
Q("Consent has to be given for each use, and it has to be paid.", "Francesca Loiacono", "she", "said")
Q("on paper,", "Francesca Loiacono", "She", "said", partial=True)
Q("a back door", "Francesca Loiacono", "She", "said", partial=True)
Q("further than any producers' body in Europe.", "Stefano Marchionni", "ANICA's chief negotiator, Stefano Marchionni", "said", partial=True)
Q("Our members are not interested in replacing actors. The audience would hear the difference, and so would the directors,",
  "Stefano Marchionni", "he", "said")
Q("But we cannot sign something that forbids tools our competitors abroad are already using.", "Stefano Marchionni", "he", "said")
Q("a balanced agreement that protects a heritage of Italian culture.", "Ministry of Culture", "The Ministry of Culture", "said", partial=True)
Q("The voice is the last step. The words come from us, and the software wants those too,", "Paolo Vinciguerra",
  "its secretary, Paolo Vinciguerra", "said")
Q("before Christmas,", "Francesca Loiacono", "Loiacono", "said", partial=True)
Q("Then the machines will dub the strike,", "Francesca Loiacono", "she", "said")
A("ANAD", "organization", "union of dubbing actors", "ANAD", ["ANAD"])
A("ANICA", "organization", "producers' association", "ANICA", ["ANICA"])
A("Francesca Loiacono", "person", "dubbing actor, leads ANAD's negotiating team", "ANAD", ["Francesca Loiacono", "Loiacono"])
A("Stefano Marchionni", "person", "ANICA's chief negotiator", "ANICA", ["Stefano Marchionni"])
A("Ministry of Culture", "organization", "Italy's culture ministry, follows the talks", "Italy", ["Ministry of Culture"])
A("AIDAC", "organization", "union of screen translators and adapters", "AIDAC", ["AIDAC"])
A("Paolo Vinciguerra", "person", "secretary of AIDAC", "AIDAC", ["Paolo Vinciguerra"])
D("3 December 2026", "2026-12-03", "byline date", "date")
D("Monday", "2026-11-30", "photo caption: recording in a studio in Prati", "weekday")
D("Tuesday", "2026-12-01", "Loiacono met the writer after a session", "weekday")
D("May 2023", "2023-05", "photo caption: protest outside the Ministry of Culture", "date")
D("2015", "2015", "Marchionni represented the producers since", "date")
D("the eve of Tuesday's session", "2026-11-30", "Marchionni's remarks", "relative")
D("May 2023", "2023-05", "dubbing actors' strike", "date", n=1)
D("last month", "2026-11", "Ministry of Culture statement", "relative")
D("Christmas", "2026-12-25", "inside a quote: draft text expected before", "date")
D("January", "2027-01", "members' vote", "date")

gold.finish()
