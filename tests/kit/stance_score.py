#!/usr/bin/env python3
"""Scores detente's stances on a stance set, sentence by sentence (shared by every
tests/blind-stances*/score.py, which names its folder and scenario table).

Ingests SET/articles into a temporary store, runs `detente positions` against each
article's scenario (`scenario` in SET/sentences.jsonl), and maps every extracted statement
and stance to the gold sentence that contains its span. Measures, per scenario and overall:

- coverage: of the gold sentences that state a position, the share in which at least one
  statement (quote or claim) was extracted;
- issue linking P/R/F1 over (sentence, issue) pairs of supporting or rejecting stances;
- full stance P/R/F1 over (sentence, issue, option, polarity);
- party accuracy: of the (sentence, issue) pairs found in both, the share whose party is right.

Standard library only. The store is read with sqlite3 for statement spans.
"""
import argparse
import collections
import json
import os
import sqlite3
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
# Set by main(): the stance set's folder and its scenario table.
HERE = None
SCENARIOS = {}


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def sentence_spans(sentences):
    """(article, sentence number) -> (byte start, byte end) located in the article file."""
    spans = {}
    cache = {}
    for s in sentences:
        art = s["article"]
        if art not in cache:
            with open(os.path.join(HERE, "articles", art), "rb") as f:
                cache[art] = f.read()
        data = cache[art]
        needle = s["text"].encode("utf-8")
        at = data.find(needle)
        if at < 0:
            sys.exit(f"{art}: sentence {s['sentence']} not found in the article")
        spans[(art, s["sentence"])] = (at, at + len(needle))
    return spans


def sentence_of(spans, article, start, end):
    """The gold sentence holding most of [start, end) in `article`, or None."""
    best, best_overlap = None, 0
    for (art, num), (a, b) in spans.items():
        if art != article:
            continue
        overlap = min(b, end) - max(a, start)
        if overlap > best_overlap:
            best, best_overlap = num, overlap
    return best


def prf(pred, gold):
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp,
            "predicted": len(pred), "gold": len(gold)}


def main(here, scenarios):
    global HERE, SCENARIOS
    HERE, SCENARIOS = here, scenarios
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "detente"))
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show", action="store_true", help="print misses and false links")
    args = ap.parse_args()

    gold = load_jsonl(os.path.join(HERE, "statements.jsonl"))
    sentences = load_jsonl(os.path.join(HERE, "sentences.jsonl"))
    spans = sentence_spans(sentences)
    scenario_of = {s["article"]: s["scenario"] for s in sentences}

    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "stances.db")
        subprocess.run([args.bin, "ingest", "--db", db, os.path.join(HERE, "articles")],
                       check=True, stdout=subprocess.DEVNULL)
        con = sqlite3.connect(db)
        statements = collections.defaultdict(set)  # scenario -> {(article, sentence)}
        for table in ("quotes", "claims"):
            for name, start, end in con.execute(
                    f"SELECT a.name, q.start, q.end FROM {table} q JOIN articles a ON a.id = q.article_id"):
                num = sentence_of(spans, name, start, end)
                if num is not None:
                    statements[scenario_of.get(name)].add((name, num))
        con.close()
        predicted = collections.defaultdict(list)  # scenario -> stances
        for scen, path in SCENARIOS.items():
            out = subprocess.run([args.bin, "positions", "--db", db, "--scenario", path,
                                  "--format", "json"], check=True, capture_output=True, text=True)
            doc = json.loads(out.stdout)
            stances = [t for p in doc["parties"] for i in p["issues"] for t in i["timeline"]]
            stances += doc.get("unattributed", [])
            for t in stances:
                c = t["citation"]
                if scenario_of.get(c["article"]) != scen or t["polarity"] not in ("supports", "rejects"):
                    continue
                num = sentence_of(spans, c["article"], c["start"], c["end"])
                if num is not None:
                    predicted[scen].append((c["article"], num, t["issue"], t.get("option"),
                                            t["polarity"], t.get("party")))

    report = {}
    for scen in list(SCENARIOS) + ["all"]:
        g = [s for s in gold if scen == "all" or s["scenario"] == scen]
        p = [x for k, v in predicted.items() if scen == "all" or k == scen for x in v]
        pos_sentences = {(s["article"], s["sentence"]) for s in g}
        got = {x for k, v in statements.items() if scen == "all" or k == scen for x in v}
        g_issue = {(s["article"], s["sentence"], st["issue"]) for s in g for st in s["stances"]}
        p_issue = {(a, n, i) for a, n, i, _, _, _ in p}
        g_full = {(s["article"], s["sentence"], st["issue"], st["option"], st["polarity"])
                  for s in g for st in s["stances"]}
        p_full = {(a, n, i, o, pol) for a, n, i, o, pol, _ in p}
        g_party = {(s["article"], s["sentence"], st["issue"]): s["party"] for s in g for st in s["stances"]}
        both = [(a, n, i, party) for a, n, i, _, _, party in p if (a, n, i) in g_party]
        right = sum(1 for a, n, i, party in both if party == g_party[(a, n, i)])
        report[scen] = {
            "position_sentences": len(pos_sentences),
            "coverage": round(len(pos_sentences & got) / len(pos_sentences), 3) if pos_sentences else 0.0,
            "issue_linking": prf(p_issue, g_issue),
            "full_stance": prf(p_full, g_full),
            "party_accuracy": round(right / len(both), 3) if both else 0.0,
        }
        if args.show and scen == "all":
            for x in sorted(g_full - p_full, key=str):
                print("missed", *x)
            for x in sorted(p_full - g_full, key=str):
                print("false ", *x)
            for a, n, i, party in sorted(set(both), key=str):
                if party != g_party[(a, n, i)]:
                    print("party ", a, n, i, party, "gold", g_party[(a, n, i)])
            for x in sorted(pos_sentences - got, key=str):
                print("no statement", *x)
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        width = max(len(s) for s in report)
        for scen, r in report.items():
            print(f"{scen:{width}} sentences {r['position_sentences']:3}  coverage {r['coverage']:.3f}  "
                  f"issue F1 {r['issue_linking']['f1']:.3f}  stance F1 {r['full_stance']['f1']:.3f}  "
                  f"party {r['party_accuracy']:.3f}")

