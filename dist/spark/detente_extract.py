"""Extract evidence from JSONL news articles on a Spark cluster, then load it into a store.

Each partition of the input (text files of JSONL articles, one article per line: the
`.jsonl` article form of docs/extraction.md) is streamed through
`detente extract --format jsonl -` on the executor that holds it; the evidence partitions
are written as text files (one JSON record per line), and the driver can then load them
with `detente ingest --evidence --db DB`. Extraction is deterministic and per article, so
the output does not depend on the number of partitions or executors (only the `source`
field, `-:LINE`, counts lines within a partition).

Cluster use (the binary shipped to every executor with --files; see docs/scale.md):

    spark-submit --master yarn --files /path/to/detente \
        dist/spark/detente_extract.py --input hdfs:///news/2024/*.jsonl \
        --output hdfs:///evidence/2024 --partitions 2000

and then, where the store is reachable (evidence copied locally, or read from a mount):

    detente ingest --evidence --db postgres://user@host/news evidence/part-*

Local use (`--master local[N]`, the binary found on PATH or given with --binary) can load
the store at once with --db.
"""

from __future__ import annotations

import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from typing import Iterable, Iterator

BINARY_NAME = "detente"


def resolve_binary(name: str) -> str:
    """The detente binary on this machine: the file shipped with --files (SparkFiles), else
    `name` as a path, else `name` on PATH."""
    try:
        from pyspark import SparkFiles

        shipped = SparkFiles.get(os.path.basename(name))
        if os.path.isfile(shipped):
            if not os.access(shipped, os.X_OK):
                os.chmod(shipped, 0o755)
            return shipped
    except Exception:  # no SparkContext here (plain Python, tests)
        pass
    if os.path.isfile(name) and os.access(name, os.X_OK):
        return name
    found = shutil.which(name)
    if found:
        return found
    raise FileNotFoundError(
        f"detente binary {name!r} not found: ship it with spark-submit --files, "
        "or give --binary with a path present on every executor"
    )


#: Bytes moved per write to `extract` and per element handed back to Spark.
BLOCK_BYTES = 1 << 20


def extract_partition(
    lines: Iterable[bytes], binary: str, extra: list[str], block: int = BLOCK_BYTES
) -> Iterator[bytes]:
    """Streams one partition's JSONL articles (lines as UTF-8 bytes, without their newline)
    through `detente extract --format jsonl -`, yielding its evidence as blocks of whole
    lines: each block is about `block` bytes of output, its lines joined by newlines, without
    the last newline (so that `saveAsTextFile`, which writes an element and a newline, writes
    the evidence byte for byte). Python only moves large byte strings: nothing is decoded,
    and Spark serialises a few elements per partition rather than one per record, which is
    where the per-record version spent its time (docs/scale.md). A thread feeds standard
    input while the caller reads standard output, so neither side holds more than a block
    and a pipe's worth. A failing extract fails the task with its standard error."""
    exe = resolve_binary(binary)
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            [exe, "extract", "--format", "jsonl", *extra, "-"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=err,
            bufsize=0,
        )
        failure: list[BaseException] = []

        def feed() -> None:
            try:
                assert proc.stdin is not None
                pending: list[bytes] = []
                size = 0
                for line in lines:
                    pending.append(line)
                    size += len(line) + 1
                    if size >= block:
                        pending.append(b"")
                        proc.stdin.write(b"\n".join(pending))
                        pending, size = [], 0
                if pending:
                    pending.append(b"")
                    proc.stdin.write(b"\n".join(pending))
                proc.stdin.close()
            except BrokenPipeError:
                pass
            except BaseException as e:  # reported after the process ends
                failure.append(e)
                try:
                    proc.kill()
                except OSError:
                    pass

        feeder = threading.Thread(target=feed, daemon=True)
        feeder.start()
        assert proc.stdout is not None
        rest = b""
        while True:
            chunk = proc.stdout.read(block)
            if not chunk:
                break
            chunk = rest + chunk
            cut = chunk.rfind(b"\n")
            if cut < 0:
                rest = chunk
                continue
            rest = chunk[cut + 1 :]
            yield chunk[:cut]
        if rest:
            yield rest
        rc = proc.wait()
        feeder.join()
        if failure:
            raise failure[0]
        if rc != 0:
            err.seek(0)
            message = err.read().decode("utf-8", "replace")[-4000:]
            raise RuntimeError(f"detente extract exited with {rc}: {message}")


def run(
    spark,
    input_path: str,
    output: str,
    partitions: int | None,
    binary: str,
    extra: list[str],
) -> None:
    """Reads `input_path`, extracts every partition, writes evidence partitions to `output`
    (which must not exist). The input is read as bytes (`use_unicode=False`: nothing is
    decoded in Python) and the evidence RDD's elements are blocks of whole JSONL lines (see
    `extract_partition`), written unchanged."""
    sc = spark.sparkContext
    if __name__ != "__main__":
        # Imported (not run by spark-submit): executors import this module by name.
        sc.addPyFile(os.path.abspath(__file__))
    rdd = sc.textFile(input_path, minPartitions=partitions, use_unicode=False)
    evidence = rdd.mapPartitions(lambda lines: extract_partition(lines, binary, extra))
    evidence.saveAsTextFile(output)


def load(binary: str, db: str, output: str) -> None:
    """Loads the evidence partitions in `output` (a local folder) into `db`, in partition
    order, with `detente ingest --evidence`."""
    parts = sorted(glob.glob(os.path.join(output, "part-*")))
    if not parts:
        raise FileNotFoundError(f"{output}: no part-* files to load")
    subprocess.run([resolve_binary(binary), "ingest", "--evidence", "--db", db, *parts], check=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", required=True, help="JSONL articles (a path, folder or glob Spark reads)")
    ap.add_argument("--output", required=True, help="folder for the evidence partitions (must not exist)")
    ap.add_argument("--partitions", type=int, default=None, help="minimum number of input partitions")
    ap.add_argument("--binary", default=BINARY_NAME, help="detente binary: shipped file name, path, or name on PATH")
    ap.add_argument("--date", default=None, help="publication date for undated articles (passed to extract)")
    ap.add_argument("--db", default=None, help="after extraction, load the evidence into this store (local output only)")
    ap.add_argument("--master", default=None, help="Spark master when not run by spark-submit (e.g. local[2])")
    args = ap.parse_args(argv)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("detente-extract")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    extra = ["--date", args.date] if args.date else []
    try:
        run(spark, args.input, args.output, args.partitions, args.binary, extra)
    finally:
        spark.stop()
    if args.db:
        load(args.binary, args.db, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
