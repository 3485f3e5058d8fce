"""detente for Python: negotiation analysis from news.

Load a scenario (TOML) or a GENIUS domain, compute utilities, the exact Pareto frontier and
bargaining solutions, Monte Carlo robustness and the four forecast models; extract evidence
(actors, quotes, claims, dates) from article text; read an evidence store. The work is done
by detente's Rust crates; long computations release the GIL.

    >>> import detente
    >>> s = detente.Scenario.load("examples/labour-2024/scenario.toml")
    >>> f = s.frontier()
    >>> s.nash()["utilities"]

See docs/python.md for the whole API, the NegMAS bridge (`detente.negmas`) and the data
frame helpers (`detente.frames`).
"""
from __future__ import annotations

from ._detente import (
    AnalysisError,
    DetenteError,
    ForecastError,
    Frontier,
    GeniusError,
    Scenario,
    ScenarioError,
    Store,
    StoreError,
    TextError,
    __version__,
    extract,
    extract_files,
    forecast,
)
from .frames import to_arrow, to_pandas

__all__ = [
    "AnalysisError",
    "DetenteError",
    "ForecastError",
    "Frontier",
    "GeniusError",
    "Scenario",
    "ScenarioError",
    "Store",
    "StoreError",
    "TextError",
    "__version__",
    "extract",
    "extract_files",
    "forecast",
    "to_arrow",
    "to_pandas",
]
