"""DEVELOPMENT stance set written by the issue 13 helper (h-stance) on 2026-12-07, on two
domains the earlier sets do not cover: a fisheries dispute over mackerel between Norway,
the European Union and the Faroe Islands (real background, invented occasions and
quotations) and an invented planning dispute over an airport's expansion. Every sentence is
the helper's own; the gold was written with the articles and committed before detente was
first run on them. Same format as tests/blind-stances/articles_src.py (S, D, N, P).
"""

import os as _os
import sys as _sys

_sys.path.insert(0, _os.path.join(_os.path.dirname(_os.path.abspath(__file__)), "..", "kit"))
from stance_source import D, N, P, S  # noqa: E402,F401

F = "dev-fish"
A = "dev-airport"
ARTICLES = []

ARTICLES.append(dict(
    file="f1_mackerel_talks.txt", scenario=F,
    byline="By a fisheries correspondent in Bergen",
    headline=P("EU rejects Norway's zonal formula as mackerel talks end without a deal",
               "EU", "European Union", "eu", "claim", ["shares:zonal:-"]),
    paragraphs=[
        [
            P("The European Union on Wednesday turned down a Norwegian proposal to divide next year's mackerel quota according to where the fish spend most of their lives, saying the method ignored decades of fishing by Scottish and Irish fleets.",
              "The European Union", "European Union", "eu", "claim", ["shares:zonal:-"]),
            P("Brussels wants the shares set on historic catches, an EU official said after the talks in Bergen broke up.",
              "an EU official", "European Union", "eu", "claim", ["shares:historic:+"]),
        ],
        [
            D("Scientists have advised a cut of more than a fifth in the total catch for the coming year.", "total_catch"),
            P("Norway's fisheries minister, Ingrid Solvang, said Oslo would accept the scientific advice in full and urged the other coastal states to do the same.",
              "Ingrid Solvang", "Norway", "norway", "claim", ["total_catch:cut:+"]),
            P("\u201cIf we keep fishing above the advice, there will be no mackerel left to argue about,\u201d she told reporters.",
              "Ingrid Solvang", "Norway", "norway", "quote", ["total_catch:cut:+"]),
        ],
        [
            P("The Faroe Islands, which left the previous sharing arrangement in 2021, backed the Norwegian formula.",
              "The Faroe Islands", "Faroe Islands", "faroes", "claim", ["shares:zonal:+"]),
            P("The Faroese fisheries minister said his government would not cut its own catch until the shares were settled.",
              "The Faroese fisheries minister", "Faroe Islands", "faroes", "claim", ["total_catch:cut:-"]),
        ],
        [
            P("The EU has refused to accept a cut in the total catch while other states set their own quotas, arguing that European fleets would carry the whole burden.",
              "The EU", "European Union", "eu", "claim", ["total_catch:cut:-"]),
            S("The parties will meet again in London in January."),
            N("\u201cEveryone is overfishing and everyone blames someone else,\u201d said Tom Reid, a marine biologist at the University of Aberdeen.",
              ["total_catch"], "a scientist, not a party"),
        ],
    ],
))

ARTICLES.append(dict(
    file="f2_landing_ban.txt", scenario=F,
    byline="By a Brussels reporter",
    headline=P("Brussels threatens ban on Faroese mackerel landings",
               "Brussels", "European Union", "eu", "claim", ["landing_ban:imposed:+"]),
    paragraphs=[
        [
            P("The European Commission has threatened to close EU ports to Faroese mackerel if the islands do not lower their unilateral quota by the start of the season.",
              "The European Commission", "European Commission", "eu", "claim",
              ["landing_ban:imposed:+", "total_catch:cut:+"]),
            P("A landing ban would be an act of economic aggression, the Faroese government said in a statement.",
              "the Faroese government", "Faroe Islands", "faroes", "claim", ["landing_ban:imposed:-"]),
        ],
        [
            D("The EU last imposed such a ban in 2013, in a dispute over herring.", "landing_ban"),
            P("Faroese officials said they would lower their catch only as part of a deal on quota shares, not under the threat of a ban.",
              "Faroese officials", "Faroe Islands", "faroes", "claim",
              ["total_catch:cut:+", "landing_ban:imposed:-"]),
        ],
        [
            P("Norway has said it will keep Faroese vessels out of its waters until the islands cut their catch.",
              "Norway", "Norway", "norway", "claim", ["access:closed:+", "total_catch:cut:+"]),
            P("Oslo has also refused to renew the reciprocal access deal with the EU, a spokesman for the Norwegian embassy in Brussels confirmed.",
              "a spokesman for the Norwegian embassy", "Norway", "norway", "claim", ["access:open:-"]),
            N("\u201cOur boats have fished those waters for generations, and we expect that access to continue,\u201d said Pierre Lemaire, who chairs an association of French trawler owners.",
              ["access"], "an industry group, not a party"),
        ],
        [
            P("The Commission insists that access to Norwegian waters must be restored before any talks on shares resume.",
              "The Commission", "European Commission", "eu", "claim", ["access:open:+"]),
        ],
    ],
))

ARTICLES.append(dict(
    file="a1_runway_hearing.txt", scenario=A,
    byline="By a planning reporter",
    headline=P("Hollin Airport insists on second runway as inquiry opens",
               "Hollin Airport", "Hollin Airport", "airport", "claim", ["runway:built:+"]),
    paragraphs=[
        [
            P("Hollin Airport told a planning inquiry on Tuesday that it needed a second runway to handle the 14 million passengers it expects by 2040, and dismissed calls to lengthen the existing one instead.",
              "Hollin Airport", "Hollin Airport", "airport", "claim", ["runway:built:+", "runway:extension:-"]),
            P("Extending the current runway would add capacity for only a few years, the airport's planning director, Nadia Farrell, said.",
              "Nadia Farrell", "Hollin Airport", "airport", "claim", ["runway:extension:-"]),
        ],
        [
            P("Stop Hollin Noise, the residents' group leading the opposition, said no new runway should be built while night flights remain unlimited.",
              "Stop Hollin Noise", "Stop Hollin Noise", "residents", "claim",
              ["runway:none:+", "night_flights:unlimited:-"]),
            S("\u201cThey promised us quieter planes ten years ago and the noise has only got worse,\u201d said its chair, Graham Pike."),
            P("Pike said the group would accept a longer runway if the airport agreed to a complete ban on flights between 11pm and 6am.",
              "Graham Pike", "Stop Hollin Noise", "residents", "claim",
              ["runway:extension:+", "night_flights:ban:+"]),
        ],
        [
            P("Wexham County Council, which must approve the plan, has backed the new runway in principle but wants the airport to pay for insulating homes under the flight path.",
              "Wexham County Council", "Wexham County Council", "county", "claim",
              ["runway:built:+", "compensation:insulation:+"]),
            S("The council has ruled out using its own budget for the scheme, a spokesperson said.",
              why="who pays is not a scenario issue"),
        ],
        [
            P("The airport has offered 3,000 pounds per household towards double glazing.",
              "The airport", "Hollin Airport", "airport", "claim", ["compensation:insulation:+"]),
            P("Campaigners called the offer insulting and said families living under the approach path should have their homes bought at full market value.",
              "Campaigners", "Stop Hollin Noise", "residents", "claim",
              ["compensation:insulation:-", "compensation:buyout:+"]),
        ],
    ],
))

ARTICLES.append(dict(
    file="a2_night_flights.txt", scenario=A,
    byline="By a planning reporter",
    headline=P("Airport rejects night flight ban, offers cap",
               "Airport", "Hollin Airport", "airport", "claim", ["night_flights:ban:-", "night_flights:cap:+"]),
    paragraphs=[
        [
            P("Hollin Airport has rejected a ban on night flights, saying its cargo business and two holiday airlines would leave for other airports.",
              "Hollin Airport", "Hollin Airport", "airport", "claim", ["night_flights:ban:-"]),
            P("It has instead proposed to hold the number of night-time movements at this year's level of about 4,200 for the next decade.",
              "Hollin Airport", "Hollin Airport", "airport", "claim", ["night_flights:cap:+"]),
        ],
        [
            P("The county council said a cap was a start but not enough.",
              "The county council", "Wexham County Council", "county", "claim", ["night_flights:cap:-"]),
            P("Its transport chief, Lena Osei, said the council would press the inquiry for a ban on flights after midnight.",
              "Lena Osei", "Wexham County Council", "county", "claim", ["night_flights:ban:+"]),
        ],
        [
            D("Night flights have grown by a third since 2019, according to the airport's own figures.", "night_flights"),
            P("Residents say a cap at today's level would lock in the noise that already keeps them awake.",
              "Residents", "Stop Hollin Noise", "residents", "claim", ["night_flights:cap:-"]),
            S("\u201cWe are not asking for the moon; we are asking to sleep,\u201d Pike said."),
        ],
        [
            P("The airport's chief executive, Marcus Webb, warned that without night flights the second runway would not pay for itself.",
              "Marcus Webb", "Hollin Airport", "airport", "claim", ["night_flights:ban:-"]),
            P("Asked whether the airport would consider buying homes near the runway, Webb said that was not on the table.",
              "Marcus Webb", "Hollin Airport", "airport", "claim", ["compensation:buyout:-"]),
        ],
    ],
))
