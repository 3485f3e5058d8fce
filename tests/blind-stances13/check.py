#!/usr/bin/env python3
"""Checks the thirteenth blind stance set (tests/blind-stances13) without running detente.

    python3 tests/blind-stances13/check.py

The checks are tests/kit/stance_check.py's; this file names the set's folder and scenario
(the project's example examples/ukraine-2025/scenario.toml, which the kit always checks).
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
KIT = os.path.join(HERE, "..", "kit", "stance_check.py")
runpy.run_path(KIT, init_globals={"HERE": HERE, "SCENARIOS": {"ukraine-2025": os.path.join(ROOT, "examples", "ukraine-2025", "scenario.toml")}}, run_name="__main__")
