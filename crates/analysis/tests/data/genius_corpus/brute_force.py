#!/usr/bin/env python3
"""Independent brute force for the GENIUS test corpus: reads each folder's GENIUS XML with
ElementTree (not detente's importer), evaluates every outcome under GENIUS's loader semantics
and writes reference.json (outcome count, frontier size, Nash / max-welfare / egalitarian
points). Run from this folder:  python3 brute_force.py

Semantics (GENIUS 10.4 AdditiveUtilitySpace): a profile <issue> belongs to the domain issue
with the same `index` (names are not compared); a <weight index=i> belongs to issue i and a
weight whose index is no issue's (the root objective's 0) is ignored; discrete value =
evaluation / max evaluation of the issue; integer value = clamp(offset + slope*(x - lower), 0, 1)
at every integer x in [lower, upper]; utility = sum of weight * value; disagreement point =
reservation values. Frontier size counts distinct non-dominated utility vectors (rounded to 12
decimals). Nash maximises the product of gains over the reservations among outcomes where every
gain is positive; max welfare maximises the sum among outcomes acceptable to all; egalitarian
maximises the smallest gain among those.
"""
import itertools
import json
import os
import xml.etree.ElementTree as ET


def domain_issues(root):
    issues = []
    for el in root.iter("issue"):
        idx = int(el.get("index"))
        kind = (el.get("type") or el.get("etype") or "discrete").lower()
        if kind == "discrete":
            values = [it.get("value") for it in el.findall("item")]
        elif kind == "integer":
            values = list(range(int(el.get("lowerbound")), int(el.get("upperbound")) + 1))
        else:
            raise SystemExit(f"unsupported issue type {kind}")
        issues.append((idx, kind, values, int(el.get("lowerbound") or 0)))
    return issues


def profile(root, issues):
    by_index = {idx: (kind, values, lower) for idx, kind, values, lower in issues}
    value_fns = {}
    for el in root.iter("issue"):
        idx = int(el.get("index"))
        kind, values, lower = by_index[idx]
        if kind == "discrete":
            ev = {it.get("value"): float(it.get("evaluation") or 0) for it in el.findall("item")}
            top = max(ev.values())
            value_fns[idx] = {v: (ev.get(v, 0.0) / top if top > 0 else 0.0) for v in values}
        else:
            e = el.find("evaluator")
            off, slope = float(e.get("offset")), float(e.get("slope"))
            value_fns[idx] = {x: min(1.0, max(0.0, off + slope * (x - lower))) for x in values}
    weights = {}
    for w in root.iter("weight"):
        idx = int(w.get("index"))
        if idx in by_index:
            weights[idx] = float(w.get("value"))
    res = root.find("reservation")
    reservation = float(res.get("value")) if res is not None else 0.0
    return value_fns, weights, reservation


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for name in sorted(os.listdir(here)):
        folder = os.path.join(here, name)
        if not os.path.isdir(folder):
            continue
        files = sorted(f for f in os.listdir(folder) if f.endswith(".xml"))
        domain = [f for f in files if f.endswith("_domain.xml")][0]
        profiles = [f for f in files if f != domain]
        issues = domain_issues(ET.parse(os.path.join(folder, domain)).getroot())
        profs = [profile(ET.parse(os.path.join(folder, p)).getroot(), issues) for p in profiles]
        res = [p[2] for p in profs]
        vectors = {}
        for outcome in itertools.product(*[values for _, _, values, _ in issues]):
            u = tuple(
                round(sum(w.get(idx, 0.0) * vf[idx][x] for (idx, _, _, _), x in zip(issues, outcome)), 12)
                for vf, w, _ in profs
            )
            vectors[u] = vectors.get(u, 0) + 1
        points = list(vectors)
        frontier = [
            p for p in points
            if not any(all(a >= b for a, b in zip(q, p)) and q != p for q in points)
        ]
        acceptable = [p for p in points if all(a >= r for a, r in zip(p, res))]
        positive = [p for p in points if all(a > r for a, r in zip(p, res))]

        def product(p):
            out = 1.0
            for a, r in zip(p, res):
                out *= a - r
            return out

        ref = {
            "semantics": "GENIUS loader (see brute_force.py): issues and weights by index, root weight ignored, integer options are the integers",
            "profiles": profiles,
            "outcomes": sum(vectors.values()),
            "frontier_size": len(frontier),
            "reservations": res,
            "points": {
                "nash": list(max(positive, key=product)),
                "max_welfare": list(max(acceptable, key=sum)),
                "egalitarian": list(max(acceptable, key=lambda p: min(a - r for a, r in zip(p, res)))),
            },
            "tol": 1e-9,
        }
        with open(os.path.join(folder, "reference.json"), "w") as f:
            json.dump(ref, f, indent=1)
            f.write("\n")
        print(name, ref["outcomes"], ref["frontier_size"], ref["points"]["nash"])


if __name__ == "__main__":
    main()
