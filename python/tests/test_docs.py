"""Every ```python block of docs/python.md runs (from the repository root)."""
from __future__ import annotations

import os
import re

import pytest

from conftest import ROOT, detente_bin

DOC = ROOT / "docs" / "python.md"
BLOCKS = re.findall(r"```python\n(.*?)```", DOC.read_text(), flags=re.S)


def test_the_page_has_examples():
    assert len(BLOCKS) >= 6


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{i + 1}" for i in range(len(BLOCKS))])
def test_docs_example_runs(code, monkeypatch, capsys):
    if "negmas" in code:
        pytest.importorskip("negmas")
    if "target/debug/detente" in code and detente_bin() is None:
        pytest.skip("needs the binary (cargo build -p detente)")
    monkeypatch.chdir(ROOT)
    exec(compile(code, str(DOC), "exec"), {"__name__": "__docs__"})
    assert capsys.readouterr().out.strip(), "an example prints what it shows"
