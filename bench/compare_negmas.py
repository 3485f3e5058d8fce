#!/usr/bin/env python3
"""Compare detente with NegMAS on the exact two-party Pareto frontier and Nash point.

Usage (from the repository root):
    python3 bench/compare_negmas.py [--sizes 4,5,6] [--seed 2024] [--opposed] [--detente target/release/detente]

It creates bench/.venv with `pip install negmas` on first use (and re-runs itself inside it),
generates random additive two-party domains of 10^k outcomes (k issues x 10 options, fixed seed),
writes them as GENIUS XML, and for each domain times
  - NegMAS: `pareto_frontier(ufuns, issues=...)` then `nash_points(...)` (in process, loading
    excluded);
  - detente: the same two steps inside `detente analyze --bench-frontier` (loading excluded), and
    the whole `detente analyze --format json --draws 0` process for reference.
Both must report the same frontier size and the same Nash utilities. Every issue's evaluations
run from 0 to 100, so each issue's largest evaluation is the same (100): NegMAS's raw scores are
then exactly 100 times GENIUS's normalised values, and the smallest utility (0) equals the
reservation value, which NegMAS's Nash code would otherwise substitute for it.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
VENV = HERE / ".venv"


def ensure_venv() -> None:
    """Re-run this script inside bench/.venv, creating it (with negmas) if needed."""
    if Path(sys.prefix).resolve() == VENV.resolve():
        return
    py = VENV / "bin" / "python"
    if not py.exists():
        print("creating bench/.venv and installing negmas (a few minutes the first time)...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run([str(py), "-m", "pip", "install", "-q", "negmas"], check=True)
    os.execv(str(py), [str(py), str(Path(__file__).resolve()), *sys.argv[1:]])


def random_domain(issues: int, options: int, rng: random.Random, opposed: bool = False):
    """Evaluations per party per issue: distinct integers, the smallest 0 and the largest 100.
    With `opposed`, the second party's evaluations mirror the first's (100 - e), so every option
    is Pareto-optimal on its own issue: larger frontiers, the harder case."""
    parties = []
    for p in range(2):
        weights = [rng.uniform(0.05, 1.0) for _ in range(issues)]
        s = sum(weights)
        weights = [w / s for w in weights]
        evals = []
        for i in range(issues):
            if opposed and p == 1:
                evals.append([100 - e for e in parties[0][1][i]])
                continue
            e = rng.sample(range(1, 100), options - 2) + [0, 100]
            rng.shuffle(e)
            evals.append(e)
        parties.append((weights, evals))
    return parties


def write_genius(folder: Path, issues: int, options: int, parties) -> tuple[Path, list[Path]]:
    folder.mkdir(parents=True, exist_ok=True)
    dom = ['<negotiation_template>', f'<utility_space number_of_issues="{issues}">',
           '<objective description="" etype="objective" index="0" name="root" type="objective">']
    for i in range(issues):
        dom.append(f'  <issue etype="discrete" index="{i + 1}" name="issue{i + 1}" type="discrete" vtype="discrete">')
        for o in range(options):
            dom.append(f'    <item index="{o + 1}" value="v{o + 1}" cost="0" description="v{o + 1}"></item>')
        dom.append('  </issue>')
    dom += ['</objective>', '</utility_space>', '</negotiation_template>']
    domain = folder / "bench_domain.xml"
    domain.write_text("\n".join(dom) + "\n")
    profiles = []
    for p, (weights, evals) in enumerate(parties):
        x = ['<utility_space>', '<objective index="0" etype="objective" type="objective" description="" name="bench">']
        for i in range(issues):
            x.append(f'<issue index="{i + 1}" etype="discrete" type="discrete" vtype="discrete" name="issue{i + 1}">')
            for o in range(options):
                x.append(f'  <item index="{o + 1}" value="v{o + 1}" cost="0" evaluation="{evals[i][o]}"></item>')
            x.append('</issue>')
        for i in range(issues):
            x.append(f'<weight index="{i + 1}" value="{weights[i]!r}"></weight>')
        x += ['</objective>', '<reservation value="0" />', '<discount_factor value="1.0" />', '</utility_space>']
        f = folder / f"bench_party{p + 1}.xml"
        f.write_text("\n".join(x) + "\n")
        profiles.append(f)
    return domain, profiles


def time_negmas(domain: Path, profiles: list[Path]):
    from negmas.inout import Scenario
    from negmas.preferences.ops import nash_points, pareto_frontier

    s = Scenario.from_genius_files(domain, profiles, ignore_discount=True)
    ufuns = s.ufuns
    t0 = time.perf_counter()
    frontier, _ = pareto_frontier(ufuns, issues=s.outcome_space.issues)
    nash = nash_points(ufuns, frontier, outcome_space=s.outcome_space)
    secs = time.perf_counter() - t0
    nash_u = [u / 100.0 for u in nash[0][0]] if nash else None
    return secs, len(frontier), nash_u


def time_detente(det: str, folder: Path):
    toml = folder / "bench.toml"
    toml.unlink(missing_ok=True)
    subprocess.run([det, "import-genius", str(folder), "-o", str(toml)],
                   check=True, capture_output=True)
    out = subprocess.run([det, "analyze", str(toml), "--bench-frontier"],
                         check=True, capture_output=True, text=True).stdout
    r = json.loads(out)
    t0 = time.perf_counter()
    subprocess.run([det, "analyze", str(toml), "--format", "json", "--draws", "0"],
                   check=True, capture_output=True)
    whole = time.perf_counter() - t0
    return r["seconds"], r["frontier_size"], r["nash"], whole


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="4,5,6", help="exponents k: domains of 10^k outcomes")
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--detente", default=str(ROOT / "target" / "release" / "detente"))
    ap.add_argument("--keep", help="write the generated domains under this folder")
    ap.add_argument("--opposed", action="store_true",
                    help="mirror the first party's evaluations for the second (larger frontiers)")
    args = ap.parse_args()
    ensure_venv()
    det = args.detente
    if not Path(det).exists():
        print(f"building {det} (cargo build --release)...", file=sys.stderr)
        subprocess.run(["cargo", "build", "--release", "-q"], cwd=ROOT, check=True)
    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="detente-bench-"))
    rows = []
    ok = True
    for k in [int(x) for x in args.sizes.split(",")]:
        rng = random.Random(args.seed * 100 + k)
        parties = random_domain(k, 10, rng, args.opposed)
        folder = base / f"random_1e{k}"
        domain, profiles = write_genius(folder, k, 10, parties)
        n_secs, n_size, n_nash = time_negmas(domain, profiles)
        d_secs, d_size, d_nash, d_whole = time_detente(det, folder)
        same_size = n_size == d_size
        same_nash = (n_nash is not None and d_nash is not None
                     and all(abs(a - b) <= 1e-6 for a, b in zip(n_nash, d_nash)))
        ok &= same_size and same_nash
        rows.append((f"1e{k}", n_size, d_size, n_secs, d_secs, d_whole, n_secs / max(d_secs, 1e-9),
                     "yes" if same_size and same_nash else f"NO (nash {n_nash} vs {d_nash})"))
    hdr = ("outcomes", "frontier(negmas)", "frontier(detente)", "negmas s", "detente s",
           "detente process s", "speed-up", "agree")
    print(" | ".join(hdr))
    for r in rows:
        print(" | ".join([r[0], str(r[1]), str(r[2]), f"{r[3]:.3f}", f"{r[4]:.6f}", f"{r[5]:.3f}",
                          f"{r[6]:.0f}x", r[7]]))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
