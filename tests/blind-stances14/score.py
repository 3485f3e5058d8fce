#!/usr/bin/env python3
"""Scores detente's stances on the fourteenth blind stance set, sentence by sentence.

    python3 tests/blind-stances14/score.py [--bin target/release/detente] [--json] [--show]

The measures and the mapping are tests/kit/stance_score.py's; this file names the set's
folder and its scenario (the project's example examples/trade-2025/scenario.toml).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "tests", "kit"))
import stance_score  # noqa: E402

if __name__ == "__main__":
    stance_score.main(HERE, {
    "trade-2025": os.path.join(ROOT, "examples", "trade-2025", "scenario.toml"),
})
