"""The NegMAS bridge: frontier and Nash point equal NegMAS's own on GENIUS domains (the
shared fixtures when present, and generated domains always)."""
from __future__ import annotations

import random

import pytest

from conftest import genius_fixtures, write_genius

negmas = pytest.importorskip("negmas")
from negmas.inout import Scenario as NegmasScenario  # noqa: E402
from negmas.preferences.ops import nash_points, pareto_frontier  # noqa: E402

import detente.negmas as dn  # noqa: E402


def distinct(points):
    return sorted({tuple(round(float(x), 9) for x in p) for p in points})


def check_against_negmas(ns):
    ufuns, issues = ns.ufuns, ns.outcome_space.issues
    want, _ = pareto_frontier(ufuns, issues=issues)
    want_nash = nash_points(ufuns, want, outcome_space=ns.outcome_space)
    bridge = dn.from_negmas(ns.outcome_space, ufuns)
    got, outcomes = bridge.pareto_frontier()
    assert distinct(got) == distinct(want)
    # Returned outcomes are NegMAS outcomes with the listed (NegMAS) utilities.
    for u, o in zip(got, outcomes):
        assert ns.outcome_space.is_valid(o)
        assert u == tuple(float(f(o)) for f in ufuns)
    nash = bridge.nash_point()
    assert nash is not None and want_nash
    assert any(
        all(abs(a - float(b)) <= 1e-9 for a, b in zip(nash[0], p)) for p, _ in want_nash
    ), (nash, want_nash)


@pytest.mark.parametrize("folder", genius_fixtures(), ids=lambda p: p.name)
def test_frontier_and_nash_equal_negmas_on_the_genius_fixtures(folder):
    check_against_negmas(NegmasScenario.from_genius_folder(folder, ignore_discount=True))


@pytest.mark.parametrize("seed", range(6))
def test_frontier_and_nash_equal_negmas_on_generated_domains(tmp_path, seed):
    rng = random.Random(seed)
    parties = 2 if seed < 4 else 3
    issues = rng.randint(2, 4)
    opts = [rng.randint(2, 6) for _ in range(issues)]
    evals = [[[rng.randint(0, 20) for _ in range(k)] for k in opts] for _ in range(parties)]
    weights = [[rng.uniform(0.1, 1.0) for _ in range(issues)] for _ in range(parties)]
    folder = write_genius(tmp_path / f"g{seed}", evals, weights)
    check_against_negmas(NegmasScenario.from_genius_folder(folder, ignore_discount=True))


def test_linear_additive_ufuns_built_in_python_with_bias_and_negative_weights():
    from negmas.outcomes import make_issue, make_os
    from negmas.preferences import LinearAdditiveUtilityFunction as LAUF

    issues = [make_issue(values=["a", "b", "c"], name="x"), make_issue(values=5, name="y")]
    os_ = make_os(issues)
    u1 = LAUF(values=[{"a": 1.0, "b": 3.0, "c": 2.0}, lambda v: v * 0.5], weights=[2.0, 1.0],
              bias=4.0, outcome_space=os_, reserved_value=5.0)
    u2 = LAUF(values=[{"a": 2.0, "b": 0.0, "c": 1.0}, lambda v: v], weights=[1.0, -0.5],
              outcome_space=os_)
    bridge = dn.from_negmas(os_, [u1, u2], names=["buyer", "seller"])
    assert bridge.scenario.parties == ["buyer", "seller"]
    want, _ = pareto_frontier([u1, u2], issues=issues)
    got, _ = bridge.pareto_frontier()
    assert distinct(got) == distinct(want)
    want_nash = nash_points([u1, u2], want, outcome_space=os_)
    nash = bridge.nash_point()
    assert any(all(abs(a - float(b)) <= 1e-9 for a, b in zip(nash[0], p)) for p, _ in want_nash)


def test_continuous_issues_are_refused():
    from negmas.outcomes import make_issue
    from negmas.preferences import LinearAdditiveUtilityFunction as LAUF

    issue = make_issue(values=(0.0, 1.0), name="price")
    u = LAUF(values=[lambda v: v], weights=[1.0], issues=[issue])
    with pytest.raises(ValueError, match="continuous"):
        dn.from_negmas([issue], [u])
