"""The type stubs match the native module, and the Python side type-checks strictly."""
from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT

pytest.importorskip("mypy")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True,
                          cwd=ROOT / "python")


def test_stubs_match_the_native_module():
    r = run("mypy.stubtest", "detente._detente")
    assert r.returncode == 0, r.stdout + r.stderr


def test_package_type_checks_strictly():
    r = run("mypy", "--strict", "detente")
    assert r.returncode == 0, r.stdout + r.stderr
