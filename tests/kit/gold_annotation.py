"""Hand annotations written as strings, turned into gold records with computed offsets.

Offsets are Python code-point indices into the article file, as in ../shared/gold/seeds.
Every record is checked: its text equals content[start:end], quotes sit between quotation
marks, speakers are actors of the article, mentions occur verbatim. Used by the annotate.py
of every extraction set (tests/dev1, dev2, blind, blind2, blind3). French-style guillemets
with a space inside (« text ») are accepted, the spaces staying outside the span.
"""
import json
import os
import sys

OPEN = "\"“'‘«„"
CLOSE = "\"”'’»“"
SPACES = " \u00a0\u202f"


class Annotator:
    def __init__(self, folder):
        self.arts = os.path.join(folder, "articles")
        self.gold = os.path.join(folder, "gold")
        self.quotes, self.actors, self.dates, self.articles = [], [], [], []
        self.cur = {}

    def art(self, name, published, precision, basis):
        with open(os.path.join(self.arts, name), encoding="utf-8") as f:
            self.cur["text"] = f.read()
        self.cur["name"] = name
        self.cur["qspans"] = []
        self.articles.append({"article": name, "published": published, "precision": precision,
                              "basis": basis})

    def locate(self, s, after=None, n=0):
        text = self.cur["text"]
        pos = 0
        if after is not None:
            pos = text.find(after)
            if pos < 0:
                sys.exit(f"{self.cur['name']}: anchor not found: {after!r}")
        for _ in range(n + 1):
            i = text.find(s, pos)
            if i < 0:
                sys.exit(f"{self.cur['name']}: not found: {s!r} (after={after!r}, n={n})")
            pos = i + 1
        return i, i + len(s)

    def Q(self, s, speaker, mention, cue, partial=False, after=None, n=0, open_ok=True):
        start, end = self.locate(s, after, n)
        text = self.cur["text"]
        b, e = start - 1, end
        while b > 0 and text[b] in SPACES and text[b - 1] == "«":
            b -= 1
        while e < len(text) and text[e] in SPACES and text[e + 1:e + 2] == "»":
            e += 1
        before = text[b]
        nxt = text[e] if e < len(text) else "\n"
        if before not in OPEN:
            sys.exit(f"{self.cur['name']}: no opening mark before {s[:40]!r}: {before!r}")
        if nxt not in CLOSE and not (nxt == "\n" and open_ok is not False):
            sys.exit(f"{self.cur['name']}: no closing mark after {s[-40:]!r}: {nxt!r}")
        self.cur["qspans"].append((start, end))
        self.quotes.append({"article": self.cur["name"], "start": start, "end": end,
                            "text": text[start:end], "speaker": speaker,
                            "speaker_mention": mention, "cue": cue, "partial": partial})

    def A(self, name, kind, role, affiliation, mentions):
        for m in mentions:
            if m not in self.cur["text"]:
                sys.exit(f"{self.cur['name']}: mention not in article: {m!r}")
        self.actors.append({"article": self.cur["name"], "name": name, "kind": kind,
                            "role": role, "affiliation": affiliation, "mentions": mentions})

    def D(self, s, resolved, event, kind, after=None, n=0, optional=False):
        start, end = self.locate(s, after, n)
        in_quote = any(a <= start and end <= b for a, b in self.cur["qspans"])
        rec = {"article": self.cur["name"], "start": start, "end": end,
               "text": self.cur["text"][start:end], "resolved": resolved, "event": event,
               "kind": kind, "in_quote": in_quote}
        if optional:
            rec["optional"] = True
        self.dates.append(rec)

    def finish(self):
        names = {(a["article"], a["name"]) for a in self.actors}
        for q in self.quotes:
            if q["speaker"] is not None and (q["article"], q["speaker"]) not in names:
                sys.exit(f"{q['article']}: speaker {q['speaker']!r} is not an actor")
        os.makedirs(self.gold, exist_ok=True)
        for name, rows in [("quotes.jsonl", self.quotes), ("actors.jsonl", self.actors),
                           ("dates.jsonl", self.dates), ("articles.jsonl", self.articles)]:
            with open(os.path.join(self.gold, name), "w", encoding="utf-8") as f:
                for r in rows:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{len(self.articles)} articles, {len(self.quotes)} quotes, "
              f"{len(self.actors)} actors, {len(self.dates)} dates")
