"""Runs the Spark job in local mode on a generated sample and compares its evidence, record
for record, with a single `detente extract --format jsonl -` process over the same input,
then loads both into stores and compares what was stored.

    python dist/spark/test_local.py --binary target/debug/detente [--articles 300]
    python dist/spark/test_local.py --binary target/release/detente --input news.jsonl

With `--input`, the articles are that JSONL file's (one article per line) instead of
generated ones.

Needs pyspark (pip) and a Java runtime. Exits non-zero, saying what differs, on any mismatch.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import detente_extract  # noqa: E402

NAMES = ["Ilse Marten", "Kwame Adjei", "Sofia Brandt", "Ravi Menon", "Hana Kovac", "Luis Ortega"]
COUNTRIES = ["Norway", "Ghana", "Chile", "Japan", "Kenya", "Austria"]
ROLES = ["foreign minister", "chief negotiator", "spokeswoman", "trade envoy"]
TOPICS = ["river water quotas", "a border ceasefire", "tariffs on steel", "fishing rights"]


def article(rng: random.Random, n: int) -> dict:
    """One generated article (own wording, no corpus text), with an id and a date."""
    who, other = rng.sample(NAMES, 2)
    c1, c2 = rng.sample(COUNTRIES, 2)
    topic = rng.choice(TOPICS)
    text = (
        f"Negotiators from {c1} and {c2} resumed talks on {topic} on Monday, round {n}.\n\n"
        f"\u201cWe expect a signed text before the end of the month,\u201d {c1}'s "
        f"{rng.choice(ROLES)} {who} told reporters.\n\n"
        f"{other} said that the delegations would meet again in {rng.randint(2, 40)} days.\n\n"
        f"The last round closed on {rng.randint(1, 28)} March {rng.randint(2019, 2025)}.\n"
    )
    return {
        "id": f"sample-{n}",
        "title": f"Talks on {topic}, round {n}",
        "date": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "text": text,
    }


def tree_cpu() -> float:
    """CPU seconds used so far by this process and every live descendant (the JVM, Python
    workers, `extract` processes), counting the children each has reaped: the work a run
    cost whatever else the machine was doing, where wall time depends on the load."""
    tick = os.sysconf("SC_CLK_TCK")
    children: dict[int, list[int]] = {}
    used: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        children.setdefault(int(fields[1]), []).append(int(d))
        used[int(d)] = sum(int(x) for x in fields[11:15])
    total, todo = 0, [os.getpid()]
    while todo:
        pid = todo.pop()
        total += used.get(pid, 0)
        todo.extend(children.get(pid, []))
    return total / tick


def without_source(line: str) -> dict:
    rec = json.loads(line)
    rec.pop("source", None)
    return rec


def ingest_counts(binary: str, db: str, paths: list[str]) -> str:
    out = subprocess.run(
        [binary, "ingest", "--evidence", "--db", db, *paths], check=True, capture_output=True, text=True
    ).stdout
    # "DB: N articles loaded ...": the first line names the database; the rest is counts.
    first, _, rest = out.partition("\n")
    return first.split(": ", 1)[1] + "\n" + rest


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--cores", type=int, default=2)
    ap.add_argument("--input", help="JSONL articles to use instead of generated ones")
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    rng = random.Random(17)
    with tempfile.TemporaryDirectory() as tmp:
        if args.input:
            src = os.path.abspath(args.input)
            with open(src, "rb") as f:
                args.articles = sum(1 for line in f if line.strip())
        else:
            src = os.path.join(tmp, "articles.jsonl")
            with open(src, "w", encoding="utf-8") as f:
                for n in range(args.articles):
                    f.write(json.dumps(article(rng, n)) + "\n")
        def children_cpu() -> float:
            r = resource.getrusage(resource.RUSAGE_CHILDREN)
            return r.ru_utime + r.ru_stime

        # The extract process's own CPU (not this script's reading of its output).
        t0, c0 = time.perf_counter(), children_cpu()
        with open(src, "rb") as f:
            single = subprocess.run(
                [binary, "extract", "--format", "jsonl", "-"], stdin=f, check=True, capture_output=True
            ).stdout.decode("utf-8").splitlines()
        t_single, c_single = time.perf_counter() - t0, children_cpu() - c0

        from pyspark.sql import SparkSession

        spark = (
            SparkSession.builder.master(f"local[{args.cores}]")
            .appName("detente-extract-test")
            .config("spark.ui.enabled", "false")
            .getOrCreate()
        )
        spark.sparkContext.setLogLevel("ERROR")
        out_dir = os.path.join(tmp, "evidence")
        t0, c0 = time.perf_counter(), tree_cpu()
        try:
            detente_extract.run(spark, src, out_dir, args.partitions, binary, [])
            t_spark, c_spark = time.perf_counter() - t0, tree_cpu() - c0
            used = spark.sparkContext.textFile(src, args.partitions).getNumPartitions()
        finally:
            spark.stop()
        parts = sorted(glob.glob(os.path.join(out_dir, "part-*")))
        spark_lines: list[str] = []
        for p in parts:
            with open(p, encoding="utf-8") as f:
                spark_lines.extend(line.rstrip("\n") for line in f if line.strip())

        problems = []
        if used < 2:
            problems.append(f"the input was read as {used} partition(s): nothing was split")
        if len(spark_lines) != len(single):
            problems.append(f"{len(spark_lines)} records from Spark, {len(single)} from one process")
        for i, (a, b) in enumerate(zip(spark_lines, single)):
            if without_source(a) != without_source(b):
                problems.append(f"record {i + 1} differs:\n  spark:  {a[:300]}\n  single: {b[:300]}")
                break
        articles = sum(1 for line in single if json.loads(line)["type"] == "article")
        quotes = sum(1 for line in single if json.loads(line)["type"] == "quote")
        if articles != args.articles or quotes == 0:
            problems.append(f"the single run gave {articles} articles and {quotes} quotes")

        single_file = os.path.join(tmp, "single.jsonl")
        with open(single_file, "w", encoding="utf-8") as f:
            f.write("\n".join(single) + "\n")
        stored_spark = ingest_counts(binary, os.path.join(tmp, "spark.db"), parts)
        stored_single = ingest_counts(binary, os.path.join(tmp, "single.db"), [single_file])
        if stored_spark != stored_single:
            problems.append(f"stores differ:\n  spark:  {stored_spark}\n  single: {stored_single}")

        print(
            f"{args.articles} articles, {len(single)} records; {len(parts)} evidence partitions "
            f"from {used} input partitions; single process {t_single:.2f} s ({c_single:.2f} CPU s), "
            f"Spark local[{args.cores}] {t_spark:.2f} s ({c_spark:.2f} CPU s) (with job start-up); "
            f"one process's time / Spark's: {t_single / t_spark:.0%} wall, {c_single / c_spark:.0%} CPU"
        )
        if problems:
            print("FAIL: Spark output does not match the single process:", file=sys.stderr)
            for p in problems:
                print("  " + p, file=sys.stderr)
            return 1
        print("ok: Spark evidence equals the single process's, record for record")
        return 0


if __name__ == "__main__":
    sys.exit(main())
