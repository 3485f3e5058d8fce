#!/usr/bin/env python3
"""Checks the twelfth blind stance set (tests/blind-stances12) without running detente.

    python3 tests/blind-stances12/check.py

The checks are tests/kit/stance_check.py's; this file names the set's folder and scenario.
"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
KIT = os.path.join(HERE, "..", "kit", "stance_check.py")
runpy.run_path(KIT, init_globals={"HERE": HERE, "SCENARIOS": {"blind-brennock-takeover": os.path.join(HERE, "scenario.toml")}}, run_name="__main__")
