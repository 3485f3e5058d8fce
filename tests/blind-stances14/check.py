#!/usr/bin/env python3
"""Checks the fourteenth blind stance set (tests/blind-stances14) without running detente.

    python3 tests/blind-stances14/check.py

The checks are tests/kit/stance_check.py's; this file names the set's folder and scenario
(the project's example examples/trade-2025/scenario.toml; the kit also checks the Ukraine example).
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
KIT = os.path.join(HERE, "..", "kit", "stance_check.py")
runpy.run_path(KIT, init_globals={"HERE": HERE, "SCENARIOS": {"trade-2025": os.path.join(ROOT, "examples", "trade-2025", "scenario.toml")}}, run_name="__main__")
