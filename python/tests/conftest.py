"""Shared paths and helpers of the Python test suite.

The suite needs the package installed (`maturin develop` or `pip install ./python`). Tests
that compare with the `detente` binary use target/debug/detente (or $DETENTE_BIN) and are
skipped when it is not built; the GENIUS fixtures are read from ../shared beside the
repository (or $DETENTE_SHARED), as the Rust tests do.
"""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def shared_dir() -> Path | None:
    for c in (os.environ.get("DETENTE_SHARED"), ROOT.parent / "shared"):
        if c and Path(c).is_dir():
            return Path(c)
    return None


def genius_fixtures() -> list[Path]:
    s = shared_dir()
    if s is None or not (s / "fixtures" / "genius").is_dir():
        return []
    return sorted(p for p in (s / "fixtures" / "genius").iterdir() if p.is_dir())


def detente_bin() -> Path | None:
    b = Path(os.environ.get("DETENTE_BIN", ROOT / "target" / "debug" / "detente"))
    return b if b.exists() else None


def as_json(x):
    """`x` as JSON would carry it (tuples become lists), to compare with the binary's output."""
    return json.loads(json.dumps(x))


@pytest.fixture
def cli():
    """Runs the detente binary and returns its standard output; skips when it is not built."""
    b = detente_bin()
    if b is None:
        pytest.skip("target/debug/detente is not built (cargo build -p detente)")

    def run(*args: str) -> str:
        return subprocess.run(
            [str(b), *args], check=True, capture_output=True, text=True, cwd=ROOT
        ).stdout

    return run


def write_genius(folder: Path, evals: list[list[list[int]]], weights: list[list[float]]) -> Path:
    """Writes a GENIUS domain with discrete issues: `evals[party][issue][option]` item
    evaluations and `weights[party][issue]`; returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    issues = len(evals[0])
    dom = ['<negotiation_template>', f'<utility_space number_of_issues="{issues}">',
           '<objective description="" etype="objective" index="0" name="root" type="objective">']
    for i in range(issues):
        dom.append(f'<issue etype="discrete" index="{i + 1}" name="issue{i + 1}" type="discrete" vtype="discrete">')
        for o in range(len(evals[0][i])):
            dom.append(f'<item index="{o + 1}" value="v{o + 1}"></item>')
        dom.append('</issue>')
    dom += ['</objective>', '</utility_space>', '</negotiation_template>']
    (folder / "gen_domain.xml").write_text("\n".join(dom) + "\n")
    for p, (ev, w) in enumerate(zip(evals, weights)):
        x = ['<utility_space>', '<objective index="0" etype="objective" type="objective" name="gen">']
        for i in range(issues):
            x.append(f'<issue index="{i + 1}" etype="discrete" type="discrete" vtype="discrete" name="issue{i + 1}">')
            for o, e in enumerate(ev[i]):
                x.append(f'<item index="{o + 1}" value="v{o + 1}" evaluation="{e}"></item>')
            x.append('</issue>')
        for i in range(issues):
            x.append(f'<weight index="{i + 1}" value="{w[i]!r}"></weight>')
        x += ['</objective>', '<reservation value="0" />', '<discount_factor value="1.0" />', '</utility_space>']
        (folder / f"gen_party{p + 1}.xml").write_text("\n".join(x) + "\n")
    return folder
