"""Scenarios: loading, utilities, the exact frontier and solutions (checked against brute
force over every outcome), robustness, the whole analysis (checked against the binary)."""
from __future__ import annotations

import itertools
import json
import math

import pytest

import detente
from conftest import EXAMPLES, as_json

LABOUR = EXAMPLES / "labour-2024" / "scenario.toml"

FILMS = """
[meta]
title = "Two friends choose a film"
[[parties]]
id = "ann"
name = "Ann"
[[parties]]
id = "bob"
name = "Bob"
[[issues]]
id = "film"
options = ["comedy", "drama", "horror"]
[[issues]]
id = "snack"
options = ["popcorn", "nachos"]
[preferences.ann]
reservation = 0.2
weights = { film = 0.7, snack = 0.3 }
values.film = { comedy = 1.0, drama = 0.4, horror = 0.0 }
values.snack = { popcorn = 1.0, nachos = 0.0 }
[preferences.bob]
reservation = 0.3
weights = { film = 0.5, snack = 0.5 }
values.film = { comedy = 0.2, drama = 1.0, horror = 0.6 }
values.snack = { popcorn = 0.0, nachos = 1.0 }
"""


def all_indices(s: detente.Scenario):
    return list(itertools.product(*[range(len(o)) for o in s.options]))


def brute_frontier(points):
    """Distinct non-dominated vectors (within 1e-9) by comparing every pair."""
    out = []
    for p in points:
        dominated = any(
            all(b >= a - 1e-9 for a, b in zip(p, q)) and any(b > a + 1e-9 for a, b in zip(p, q))
            for q in points
        )
        if not dominated and not any(all(abs(a - b) <= 1e-9 for a, b in zip(p, r)) for r in out):
            out.append(p)
    return sorted(out)


def test_loading_a_scenario_gives_its_parties_issues_and_outcome_count():
    s = detente.Scenario.load(LABOUR)
    assert s.parties == ["boeing", "iam_751"]
    assert len(s.issues) == 4
    assert s.outcome_count == math.prod(len(o) for o in s.options)
    assert len(s.weights) == 2 and all(len(w) == 4 for w in s.weights)
    assert "Boeing" in s.title


def test_utility_is_the_weighted_sum_of_values_for_every_way_of_naming_an_outcome():
    s = detente.Scenario.from_toml(FILMS, "films.toml")
    by_dict = s.utility({"film": "drama", "snack": "nachos"})
    by_seq = s.utility(["drama", "nachos"])
    by_index = s.utilities_of_indices([[1, 1]])[0]
    assert by_dict == by_seq == by_index
    assert by_dict == pytest.approx([0.7 * 0.4 + 0.3 * 0.0, 0.5 * 1.0 + 0.5 * 1.0])


def test_bad_outcomes_are_value_errors_naming_the_issue():
    s = detente.Scenario.from_toml(FILMS, "films.toml")
    with pytest.raises(ValueError, match='issue "film" has no option "western"'):
        s.utility({"film": "western", "snack": "popcorn"})
    with pytest.raises(ValueError, match="no option for issue \"snack\""):
        s.utility({"film": "drama"})
    with pytest.raises(ValueError, match="out of range"):
        s.utilities_of_indices([[3, 0]])


def test_frontier_equals_brute_force_over_every_outcome():
    s = detente.Scenario.load(LABOUR)
    idx = all_indices(s)
    assert len(idx) == s.outcome_count
    us = s.utilities_of_indices([list(i) for i in idx])
    expected = brute_frontier([tuple(u) for u in us])
    f = s.frontier()
    got = sorted(tuple(u) for u in f.utilities)
    assert len(got) == len(expected)
    for a, b in zip(got, expected):
        assert a == pytest.approx(b, abs=1e-9)
    # Every listed outcome has the listed utilities, and multiplicities add up to the
    # number of outcomes on the frontier.
    for u, o in zip(f.utilities, f.outcomes):
        assert s.utility(o) == pytest.approx(u, abs=1e-12)
    on_frontier = sum(
        1 for u in us if any(all(abs(a - b) <= 1e-9 for a, b in zip(u, p)) for p in f.utilities)
    )
    assert sum(f.multiplicities) == on_frontier


def test_nash_maximises_the_product_of_gains_over_every_acceptable_outcome():
    s = detente.Scenario.from_toml(FILMS, "films.toml")
    r = s.reservations
    best = max(
        (math.prod(x - y for x, y in zip(u, r)), u)
        for u in s.utilities_of_indices([list(i) for i in all_indices(s)])
        if all(x >= y for x, y in zip(u, r))
    )
    nash = s.nash()
    assert nash is not None
    assert nash["objective"] == pytest.approx(best[0])
    assert nash["utilities"] == pytest.approx(best[1])
    assert set(s.solutions()) == {"nash", "kalai_smorodinsky", "egalitarian", "max_welfare"}


def test_a_pair_frontier_names_its_parties():
    s = detente.Scenario.load(EXAMPLES / "ukraine-2025" / "scenario.toml")
    f = s.frontier(["ukraine", "russia"])
    assert f.parties == ["ukraine", "russia"]
    assert all(len(u) == 2 for u in f.utilities)
    with pytest.raises(ValueError, match='no party "atlantis"'):
        s.frontier(["atlantis"])


def test_to_dict_and_from_dict_round_trip_to_the_same_utilities():
    s = detente.Scenario.load(LABOUR)
    t = detente.Scenario.from_dict(s.to_dict(), name="copy")
    assert t.parties == s.parties and t.options == s.options
    idx = [list(i) for i in all_indices(s)][::37]
    assert t.utilities_of_indices(idx) == s.utilities_of_indices(idx)


def test_robustness_is_reproducible_for_a_seed_and_gives_probabilities():
    s = detente.Scenario.load(LABOUR)
    a = s.robustness(300, seed=7)
    b = s.robustness(300, seed=7)
    assert a == b
    assert a["draws"] == 300 and a["parties"] == s.parties
    assert [p["proposal"] for p in a["proposals"]] == s.proposals
    for p in a["proposals"]:
        assert all(0.0 <= x <= 1.0 for x in p["acceptance"])
        assert p["acceptance_by_all"] <= min(p["acceptance"]) + 1e-12
    assert sum(f["share"] for f in a["nash_frequency"]) <= 1.0 + 1e-9


def test_analyze_returns_what_the_binary_prints(cli):
    out = json.loads(cli("analyze", str(LABOUR), "--format", "json", "--draws", "200", "--seed", "3"))
    got = detente.Scenario.load(LABOUR).analyze(draws=200, seed=3)
    assert as_json(got) == out


def test_syntax_errors_carry_file_line_and_column():
    with pytest.raises(detente.ScenarioError) as e:
        detente.Scenario.from_toml("[meta]\ntitle = 3\n", "bad.toml")
    assert str(e.value).startswith("bad.toml:2:9: ")
    assert (e.value.file, e.value.line, e.value.column) == ("bad.toml", 2, 9)
    assert isinstance(e.value, detente.DetenteError)


def test_invalid_scenarios_list_every_problem_with_its_place():
    bad = FILMS.replace("weights = { film = 0.5, snack = 0.5 }", "weights = { film = 0.5, snack = 0.9 }")
    bad = bad.replace('values.film = { comedy = 1.0,', 'values.film = { comedy = 1.7,')
    with pytest.raises(detente.ScenarioError) as e:
        detente.Scenario.from_toml(bad, "films.toml")
    msgs = [d["message"] for d in e.value.diagnostics]
    assert any("weights sum to" in m for m in msgs)
    assert any("1.7" in m for m in msgs)
    assert all(d["file"] == "films.toml" and d["line"] for d in e.value.diagnostics)
    assert e.value.line == e.value.diagnostics[0]["line"]
    assert "problems in the scenario" in str(e.value)


def test_a_missing_file_is_an_error_naming_it(tmp_path):
    p = tmp_path / "nope.toml"
    with pytest.raises(detente.ScenarioError, match="nope.toml: cannot read"):
        detente.Scenario.load(p)


def test_genius_import_and_its_errors(tmp_path):
    from conftest import write_genius

    folder = write_genius(tmp_path / "d", [[[0, 5, 10]], [[10, 5, 0]]], [[1.0], [1.0]])
    s = detente.Scenario.from_genius(folder)
    assert len(s.parties) == 2 and s.outcome_count == 3
    assert s.utilities_of_indices([[1]]) == [[0.5, 0.5]]
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "x.xml").write_text("<utility_space>\n  <objective>\n</utility_space>\n")
    # A file named on its own is read, and its error names file and line; in a folder a file
    # that is not a GENIUS domain or profile is skipped (docs/genius.md), leaving no profile.
    with pytest.raises(detente.GeniusError) as e:
        detente.Scenario.from_genius(broken / "x.xml")
    assert e.value.file.endswith("x.xml") and e.value.line == 3
    with pytest.raises(detente.GeniusError, match="no preference profile"):
        detente.Scenario.from_genius(broken)
