#!/usr/bin/env python3
"""Scores detente's stances on the second own development stance set (tests/dev-stances-own2).

    python3 tests/dev-stances-own2/score.py [--bin target/release/detente] [--json] [--show]

A DEVELOPMENT set: written by the helper who developed the rules (gold committed before the
first run; first-run figures in README.md). The measures are tests/kit/stance_score.py's.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "tests", "kit"))
import stance_score  # noqa: E402

if __name__ == "__main__":
    stance_score.main(HERE, {
        "dev-fish": os.path.join(HERE, "fish.toml"),
        "dev-airport": os.path.join(HERE, "airport.toml"),
    })
