#!/usr/bin/env python3
"""Writes the fourteenth blind stance set's articles and gold from articles_src.py, with tests/kit/stance_build.py.
Run from anywhere: python3 tests/blind-stances14/build.py"""
import os
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
runpy.run_path(os.path.join(HERE, "..", "kit", "stance_build.py"), init_globals={"HERE": HERE},
               run_name="__main__")
