#!/usr/bin/env python3
"""NegMAS's pareto_frontier against the detente package, side by side, on random two-party
linear additive domains of 10^k outcomes (k issues x 10 options).

Usage (in a virtual environment with the package built with --release, and negmas):
    python python/bench/frontier_vs_negmas.py [--sizes 4,5,6] [--seed 2024] [--opposed] [--repeat 3]

For each domain, both start from the same NegMAS objects (an outcome space and one
LinearAdditiveUtilityFunction per party) and must give the same frontier:
  - NegMAS:  negmas.preferences.ops.pareto_frontier(ufuns, issues=...)
  - detente: detente.negmas.from_negmas(...) (conversion, timed on its own), then
             Scenario.frontier() (the exact frontier, GIL released), and the whole
             bridge.pareto_frontier() call that returns NegMAS utilities and outcomes.
The distinct utility vectors of both frontiers (rounded to 1e-9) must be identical; the
script exits non-zero when they are not. Times are the best of --repeat runs (NegMAS: 1 run
at 10^6 unless --repeat-negmas says otherwise).
"""
from __future__ import annotations

import argparse
import platform
import random
import sys
import time


def domain(k: int, rng: random.Random, opposed: bool):
    from negmas.outcomes import make_issue, make_os
    from negmas.preferences import LinearAdditiveUtilityFunction

    issues = [make_issue(values=[f"v{o}" for o in range(10)], name=f"issue{i}") for i in range(k)]
    os_ = make_os(issues)
    ufuns, first = [], None
    for p in range(2):
        w = [rng.uniform(0.05, 1.0) for _ in range(k)]
        s = sum(w)
        w = [x / s for x in w]
        values = []
        for i in range(k):
            if opposed and p == 1:
                e = [100 - x for x in first[i]]
            else:
                e = rng.sample(range(1, 100), 8) + [0, 100]
                rng.shuffle(e)
            values.append(e)
        if p == 0:
            first = values
        tables = [{f"v{o}": float(e[o]) for o in range(10)} for e in values]
        ufuns.append(LinearAdditiveUtilityFunction(values=tables, weights=w, outcome_space=os_,
                                                   reserved_value=0.0))
    return os_, issues, ufuns


def distinct(points):
    return sorted({tuple(round(float(x), 9) for x in p) for p in points})


def best(f, repeat):
    """Best wall-clock time of `repeat` calls (and the CPU time of that call) and the result."""
    times, out = [], None
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        out = f()
        times.append((time.perf_counter() - t0, time.process_time() - c0))
    wall, cpu = min(times)
    return wall, cpu, out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="4,5,6", help="exponents k: domains of 10^k outcomes")
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--opposed", action="store_true",
                    help="the second party's evaluations mirror the first's (larger frontiers)")
    ap.add_argument("--repeat", type=int, default=3, help="detente runs per size (best kept)")
    ap.add_argument("--repeat-negmas", type=int, default=0,
                    help="NegMAS runs per size (default: 3 below 10^6, 1 at 10^6 and above)")
    args = ap.parse_args()

    import negmas
    from negmas.preferences.ops import pareto_frontier

    import detente
    import detente.negmas as dn

    print(f"python {platform.python_version()}, negmas {negmas.__version__}, detente {detente.__version__}")
    print(f"{'outcomes':>9} {'frontier':>8} {'negmas s':>9} {'(cpu s)':>8} {'convert ms':>10} "
          f"{'frontier ms':>11} {'bridge ms':>9} {'speed-up':>9}  same points")
    ok = True
    # Warm-up: the first call starts detente's worker threads; not part of any size's time.
    warm_os, _, warm_ufuns = domain(2, random.Random(0), False)
    dn.from_negmas(warm_os, warm_ufuns).pareto_frontier()
    for k in [int(x) for x in args.sizes.split(",")]:
        rng = random.Random(args.seed * 100 + k)
        os_, issues, ufuns = domain(k, rng, args.opposed)
        n_rep = args.repeat_negmas or (1 if k >= 6 else 3)
        n_secs, n_cpu, (n_front, _) = best(lambda: pareto_frontier(ufuns, issues=issues), n_rep)
        c_secs, _, bridge = best(lambda: dn.from_negmas(os_, ufuns), args.repeat)
        f_secs, _, f = best(lambda: bridge.scenario.frontier(), args.repeat)
        b_secs, _, (b_utils, b_outcomes) = best(lambda: bridge.pareto_frontier(), args.repeat)
        same = distinct(n_front) == distinct(b_utils) and len(f) == len(b_utils)
        ok &= same
        total = c_secs + b_secs
        print(f"{10 ** k:>9} {len(distinct(n_front)):>8} {n_secs:>9.3f} {n_cpu:>8.3f} {c_secs * 1e3:>10.2f} "
              f"{f_secs * 1e3:>11.3f} {b_secs * 1e3:>9.2f} {n_secs / total:>8.0f}x  {'yes' if same else 'NO'}")
    print("speed-up = NegMAS wall time / (conversion + bridge.pareto_frontier wall time), both from the "
          "same NegMAS objects")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
