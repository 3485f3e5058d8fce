#!/usr/bin/env python3
"""Checks a stance set without running detente (shared by every tests/blind-stances*/check.py).

- statements.jsonl, sentences.jsonl and articles.jsonl parse, line by line;
- every scenario, party, issue and option id in the gold exists in its scenario; numeric
  issues take no option; polarities are supports/rejects;
- every statement's text is a sentence of its article, verbatim, and the sentences of each
  article, in order, rebuild the article file exactly;
- the counts in articles.jsonl match; articles are 300-700 words;
- this folder's scenario (and, as a control of the checker, the Ukraine example) pass the
  semantic rules of docs/scenario.md "Validation" as far as they can be checked from Python.
Exit status 1 on any problem.  Usage: python3 tests/blind-stances*/check.py
"""
import json, math, os, re, sys, tomllib

# HERE (the set's folder) and SCENARIOS (name -> scenario file) are given by the set's
# check.py, which runs this file with runpy; the Ukraine example is always checked too,
# as a control of the checker.
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SCENARIOS = {
    "ukraine-2025": os.path.join(ROOT, "examples", "ukraine-2025", "scenario.toml"),
    **SCENARIOS,  # noqa: F821
}
problems = []


def bad(msg):
    problems.append(msg)


# ------------------------------------------------------------------ scenario validation
ESTIMATE_KEYS = {"value", "sd", "range", "source", "sources", "note"}
ALLOWED = {
    "top": {"meta", "parties", "issues", "preferences", "proposals", "stakeholders", "sources"},
    "meta": {"title", "description", "date", "origin"},
    "party": {"id", "name", "aliases", "capability"},
    "issue": {"id", "name", "description", "keywords", "options", "ordered", "range"},
    "option": {"id", "label", "description", "keywords"},
    "range": {"min", "max", "unit", "step", "integer"},
    "prefs": {"weights", "values", "reservation", "discount", "note"},
    "proposal": {"id", "name", "by", "date", "description", "terms", "no_deal", "sources"},
    "source": {"id", "article", "file", "title", "publisher", "quote", "speaker", "date", "url", "note"},
}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def unknown(where, table, kind):
    extra = set(table) - ALLOWED[kind]
    if extra:
        bad(f"{where}: unknown fields {sorted(extra)}")


def estimate(where, x, lo=None, hi=None, cited=None):
    """Returns the value of a bare number or an estimate table."""
    if isinstance(x, (int, float)) and not isinstance(x, bool):
        v = float(x)
    elif isinstance(x, dict):
        extra = set(x) - ESTIMATE_KEYS
        if extra:
            bad(f"{where}: unknown estimate fields {sorted(extra)}")
        if "value" not in x:
            bad(f"{where}: estimate without value")
            return None
        v = float(x["value"])
        if "sd" in x and "range" in x:
            bad(f"{where}: sd and range are exclusive")
        if "sd" in x and x["sd"] < 0:
            bad(f"{where}: negative sd")
        if "range" in x:
            a, b = x["range"]
            if not (a <= v <= b):
                bad(f"{where}: range {x['range']} does not contain {v}")
        if cited is not None:
            if "source" in x:
                cited.append((where, x["source"]))
            for s in x.get("sources", []):
                cited.append((where, s))
    else:
        bad(f"{where}: not a number or estimate: {x!r}")
        return None
    if not math.isfinite(v):
        bad(f"{where}: not finite")
    if lo is not None and v < lo or hi is not None and v > hi:
        bad(f"{where}: {v} outside [{lo}, {hi}]")
    return v


def load_scenario(name, path):
    with open(path, "rb") as f:
        sc = tomllib.load(f)
    w = os.path.relpath(path, ROOT)
    cited = []
    unknown(w, sc, "top")
    unknown(f"{w} [meta]", sc.get("meta", {}), "meta")
    if "title" not in sc.get("meta", {}):
        bad(f"{w}: meta.title missing")
    d = sc.get("meta", {}).get("date")
    if isinstance(d, str) and not DATE.match(d):
        bad(f"{w}: meta.date {d!r} not ISO")
    parties = sc.get("parties", [])
    issues = sc.get("issues", [])
    if not parties or not issues:
        bad(f"{w}: needs at least one party and one issue")

    def unique(kind, ids):
        seen = set()
        for i in ids:
            if not i:
                bad(f"{w}: empty {kind} id")
            if i in seen:
                bad(f"{w}: duplicate {kind} id {i!r}")
            seen.add(i)

    unique("party", [p.get("id") for p in parties])
    unique("issue", [i.get("id") for i in issues])
    for p in parties:
        unknown(f"{w} party {p.get('id')}", p, "party")
        if "capability" in p:
            estimate(f"{w} party {p['id']} capability", p["capability"], 0, None, cited)
    iss = {}
    for i in issues:
        unknown(f"{w} issue {i.get('id')}", i, "issue")
        if ("options" in i) == ("range" in i):
            bad(f"{w}: issue {i.get('id')} needs options or range, not both or neither")
        if "options" in i:
            opts = []
            if not i["options"]:
                bad(f"{w}: issue {i['id']} has an empty option list")
            for o in i["options"]:
                if isinstance(o, str):
                    opts.append(o)
                else:
                    unknown(f"{w} issue {i['id']} option {o.get('id')}", o, "option")
                    opts.append(o["id"])
            unique(f"option of {i['id']}", opts)
            iss[i["id"]] = {"options": opts}
        else:
            r = i["range"]
            unknown(f"{w} issue {i['id']} range", r, "range")
            if not r["min"] < r["max"]:
                bad(f"{w}: issue {i['id']} min >= max")
            if "step" in r and not (0 < r["step"] <= r["max"] - r["min"]):
                bad(f"{w}: issue {i['id']} bad step")
            iss[i["id"]] = {"range": (r["min"], r["max"])}
    pids = [p["id"] for p in parties]
    prefs = sc.get("preferences", {})
    for p in pids:
        if p not in prefs:
            bad(f"{w}: party {p} has no preferences")
    for p, pr in prefs.items():
        where = f"{w} preferences.{p}"
        if p not in pids:
            bad(f"{where}: not a party")
        unknown(where, pr, "prefs")
        weights = pr.get("weights", {})
        total = 0.0
        for i in iss:
            if i not in weights:
                bad(f"{where}: no weight for {i}")
        for i, x in weights.items():
            if i not in iss:
                bad(f"{where}: weight for unknown issue {i}")
            v = estimate(f"{where}.weights.{i}", x, 0, 1, cited)
            total += v or 0
        if abs(total - 1) > 1e-6:
            bad(f"{where}: weights sum to {total}")
        values = pr.get("values", {})
        for i, vf in values.items():
            if i not in iss:
                bad(f"{where}: values for unknown issue {i}")
                continue
            if "options" in iss[i]:
                if "points" in vf:
                    bad(f"{where}.values.{i}: points on a discrete issue")
                    continue
                for o in iss[i]["options"]:
                    if o not in vf:
                        bad(f"{where}.values.{i}: option {o} not valued")
                for o, x in vf.items():
                    if o not in iss[i]["options"]:
                        bad(f"{where}.values.{i}: unknown option {o}")
                    estimate(f"{where}.values.{i}.{o}", x, 0, 1, cited)
            else:
                pts = vf.get("points")
                if not pts:
                    bad(f"{where}.values.{i}: numeric issue needs points")
                    continue
                lo, hi = iss[i]["range"]
                xs = [pt[0] for pt in pts]
                if xs != sorted(set(xs)) or xs[0] < lo or xs[-1] > hi:
                    bad(f"{where}.values.{i}: points unsorted or outside the range")
                for pt in pts:
                    estimate(f"{where}.values.{i}@{pt[0]}", pt[1], 0, 1, cited)
        for i in iss:
            wv = weights.get(i)
            wv = wv["value"] if isinstance(wv, dict) else wv
            if wv and i not in values:
                bad(f"{where}: issue {i} has weight but no values")
        if "reservation" in pr:
            estimate(f"{where}.reservation", pr["reservation"], 0, 1, cited)
        if "discount" in pr and not (0 < pr["discount"] <= 1):
            bad(f"{where}: discount outside (0, 1]")
    props = sc.get("proposals", [])
    unique("proposal", [p.get("id") for p in props])
    for pr in props:
        where = f"{w} proposal {pr.get('id')}"
        unknown(where, pr, "proposal")
        if "by" in pr and pr["by"] not in pids:
            bad(f"{where}: unknown proposer {pr['by']}")
        if pr.get("no_deal") and pr.get("terms"):
            bad(f"{where}: no_deal with terms")
        if isinstance(pr.get("date"), str) and not DATE.match(pr["date"]):
            bad(f"{where}: date not ISO")
        for i, t in pr.get("terms", {}).items():
            if i not in iss:
                bad(f"{where}: unknown issue {i}")
            elif "options" in iss[i] and str(t) not in iss[i]["options"]:
                bad(f"{where}: option {t!r} unknown on {i}")
            elif "range" in iss[i] and not (isinstance(t, (int, float)) and iss[i]["range"][0] <= t <= iss[i]["range"][1]):
                bad(f"{where}: {t!r} not a number inside the range of {i}")
        for s in pr.get("sources", []):
            cited.append((where, s))
    sources = sc.get("sources", [])
    unique("source", [s.get("id") for s in sources])
    sids = {s["id"] for s in sources}
    for s in sources:
        unknown(f"{w} source {s.get('id')}", s, "source")
        if isinstance(s.get("date"), str) and not DATE.match(s["date"]):
            bad(f"{w} source {s['id']}: date {s['date']!r} not ISO")
    for where, s in cited:
        if s not in sids:
            bad(f"{where}: cites unknown source {s!r}")
    return {"parties": set(pids), "issues": iss}


scen = {name: load_scenario(name, path) for name, path in SCENARIOS.items()}


# ------------------------------------------------------------------ gold
def jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                bad(f"{name}:{n}: {e}")
    return rows


statements = jsonl("statements.jsonl")
sentences = jsonl("sentences.jsonl")
articles = jsonl("articles.jsonl")
by_id = {s["id"]: s for s in sentences}
if len(by_id) != len(sentences):
    bad("sentences.jsonl: duplicate ids")

seen = set()
for st in statements:
    sid = st.get("id")
    where = f"statements.jsonl {sid}"
    for k, t in (("id", str), ("scenario", str), ("kind", str), ("text", str), ("stances", list)):
        if not isinstance(st.get(k), t):
            bad(f"{where}: {k} missing or not {t.__name__}")
    for k in ("speaker", "affiliation", "party"):
        if k not in st or not (st[k] is None or isinstance(st[k], str)):
            bad(f"{where}: {k} missing or not a string/null")
    if sid in seen:
        bad(f"{where}: duplicate id")
    seen.add(sid)
    sc = scen.get(st.get("scenario"))
    if sc is None:
        bad(f"{where}: unknown scenario {st.get('scenario')!r}")
        continue
    if st["party"] is not None and st["party"] not in sc["parties"]:
        bad(f"{where}: unknown party {st['party']!r}")
    if not st["stances"]:
        bad(f"{where}: a position sentence with no stance")
    for x in st["stances"]:
        if set(x) != {"issue", "option", "polarity"}:
            bad(f"{where}: stance fields {sorted(x)}")
        i = sc["issues"].get(x.get("issue"))
        if i is None:
            bad(f"{where}: unknown issue {x.get('issue')!r}")
            continue
        o = x.get("option")
        if o is not None and o not in i.get("options", []):
            bad(f"{where}: option {o!r} unknown on {x['issue']}")
        if o is not None and "range" in i:
            bad(f"{where}: numeric issue {x['issue']} takes no option")
        if x.get("polarity") not in ("supports", "rejects"):
            bad(f"{where}: polarity {x.get('polarity')!r}")
    if len({(x['issue'], x['option']) for x in st["stances"]}) != len(st["stances"]):
        bad(f"{where}: the same issue/option twice")
    se = by_id.get(sid)
    if se is None or se["text"] != st["text"] or not se["position"]:
        bad(f"{where}: not a position sentence of sentences.jsonl with the same text")
    path = os.path.join(HERE, "articles", st.get("article", ""))
    if not os.path.isfile(path) or st["text"] not in open(path, encoding="utf-8").read():
        bad(f"{where}: text not found verbatim in {st.get('article')}")
    if not sid.startswith(st["article"].rsplit(".", 1)[0] + ":s"):
        bad(f"{where}: id does not name its article")

for se in sentences:
    if se["position"] and se["id"] not in seen:
        bad(f"sentences.jsonl {se['id']}: position sentence without a statement")

files = sorted(f for f in os.listdir(os.path.join(HERE, "articles")) if f.endswith(".txt"))
if files != sorted(a["article"] for a in articles):
    bad("articles.jsonl does not list exactly the files in articles/")
for a in articles:
    text = open(os.path.join(HERE, "articles", a["article"]), encoding="utf-8").read()
    ss = sorted((s for s in sentences if s["article"] == a["article"]), key=lambda s: s["sentence"])
    if [s["sentence"] for s in ss] != list(range(1, len(ss) + 1)):
        bad(f"{a['article']}: sentence numbers not 1..n")
    lines = text.split("\n")
    head, body = lines[0], "\n".join(lines[3:]).rstrip("\n")
    if head != ss[0]["text"]:
        bad(f"{a['article']}: sentence 1 is not the headline")
    # The body, with paragraph breaks as spaces, is the remaining sentences joined by spaces.
    if re.sub(r"\n\n", " ", body) != " ".join(s["text"] for s in ss[1:]):
        bad(f"{a['article']}: sentences do not rebuild the article body")
    for s in ss:
        if text.count(s["text"]) != 1:
            bad(f"{s['id']}: occurs {text.count(s['text'])} times in the article")
    npos = sum(s["position"] for s in ss)
    nst = sum(len(st["stances"]) for st in statements if st["article"] == a["article"])
    nopos = [s["sentence"] for s in ss if not s["position"]]
    if (a["sentences"], a["position_sentences"], a["stances"], a["no_position_sentences"]) != (len(ss), npos, nst, nopos):
        bad(f"articles.jsonl {a['article']}: counts do not match")
    words = len(re.findall(r"\S+", body))
    if not 300 <= words <= 700:
        bad(f"{a['article']}: {words} words")

if problems:
    print("\n".join(problems))
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print(f"ok: {len(articles)} articles, {len(sentences)} sentences, {len(statements)} statements, "
      f"{sum(len(s['stances']) for s in statements)} stances; scenarios {', '.join(SCENARIOS)} valid")
