#!/usr/bin/env python3
"""Writes a stance set's articles/*.txt, statements.jsonl, sentences.jsonl and
articles.jsonl from its articles_src.py (shared by every tests/blind-stances*/build.py,
which runs this file with runpy and gives HERE, the set's folder)."""
import json, os, re, sys

sys.path.insert(0, HERE)  # noqa: F821
from articles_src import ARTICLES  # noqa: E402

POL = {"+": "supports", "-": "rejects"}


def stance(s):
    issue, option, pol = s.split(":")
    return {"issue": issue, "option": option or None, "polarity": POL[pol]}


def main():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    statements, sentences, summary = [], [], []
    for a in ARTICLES:
        stem = a["file"].rsplit(".", 1)[0]
        sents = [a["headline"]] + [s for p in a["paragraphs"] for s in p]
        body = "\n\n".join(" ".join(s["text"] for s in p) for p in a["paragraphs"])
        text = a["headline"]["text"] + "\n" + a["byline"] + "\n\n" + body + "\n"
        with open(os.path.join(HERE, "articles", a["file"]), "w", encoding="utf-8") as f:
            f.write(text)
        no_pos = []
        n_stances = 0
        for n, s in enumerate(sents, 1):
            sid = f"{stem}:s{n:02d}"
            assert "\n" not in s["text"] and s["text"] == s["text"].strip(), sid
            row = {"id": sid, "article": a["file"], "scenario": a["scenario"], "sentence": n,
                   "headline": n == 1, "text": s["text"], "position": s["kind"] == "position",
                   "kind": s["kind"], "mentions": s["mentions"]}
            if s.get("why"):
                row["why"] = s["why"]
            sentences.append(row)
            if s["kind"] == "position":
                st = [stance(x) for x in s["stances"]]
                n_stances += len(st)
                statements.append({
                    "id": sid, "scenario": a["scenario"], "kind": s["statement_kind"],
                    "text": s["text"], "speaker": s["speaker"], "affiliation": s["affiliation"],
                    "party": s["party"], "stances": st,
                    "article": a["file"], "sentence": n, "mentions": s["mentions"]})
            else:
                no_pos.append(n)
        words = len(re.findall(r"\S+", body))
        summary.append({"article": a["file"], "scenario": a["scenario"], "body_words": words,
                        "sentences": len(sents), "position_sentences": len(sents) - len(no_pos),
                        "stances": n_stances, "no_position_sentences": no_pos})
    for name, rows in (("statements.jsonl", statements), ("sentences.jsonl", sentences),
                       ("articles.jsonl", summary)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in summary:
        print(r)


if __name__ == "__main__":
    main()
