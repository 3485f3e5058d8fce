"""The four forecast models: from a scenario's stakeholders, a file and CSV text; checked
against the binary's JSON."""
from __future__ import annotations

import json

import pytest

import detente
from conftest import EXAMPLES, as_json

LABOUR = EXAMPLES / "labour-2024" / "scenario.toml"
CSV = "Actor,Capability,Position,Salience\nA,40,0,0.8\nB,30,60,0.6\nC,30,100,0.9\n"


@pytest.mark.parametrize("model", ["compromise", "eum", "exchange", "smp"])
def test_every_model_gives_what_the_binary_prints(cli, model):
    want = json.loads(cli("forecast", str(LABOUR), "--model", model, "--format", "json"))
    assert as_json(detente.forecast(LABOUR, model)) == want
    assert as_json(detente.Scenario.load(LABOUR).forecast(model)) == want


def test_csv_text_is_read_like_a_file(tmp_path):
    p = tmp_path / "s.csv"
    p.write_text(CSV)
    a = detente.forecast(text=CSV, model="eum")
    b = detente.forecast(p, "eum")
    assert a["issues"] == b["issues"]
    final = a["issues"][0]["rounds"][-1]
    assert 0.0 <= final["mean"] <= 100.0


def test_compromise_is_the_capability_times_salience_weighted_mean():
    f = detente.forecast(text=CSV)
    w = [40 * 0.8, 30 * 0.6, 30 * 0.9]
    mean = (w[0] * 0 + w[1] * 60 + w[2] * 100) / sum(w)
    assert f["issues"][0]["rounds"][0]["mean"] == pytest.approx(mean)


def test_monte_carlo_draws_add_a_distribution():
    f = detente.forecast(text=CSV, model="compromise", draws=50, seed=3, jitter=0.2)
    assert f["monte_carlo"]["draws"] == 50
    assert "distribution" in f["issues"][0]


def test_bad_input_names_the_place_and_unknown_models_are_value_errors():
    with pytest.raises(detente.ForecastError) as e:
        detente.forecast(text="Actor,Capability,Position,Salience\nA,x,0,0.5\n")
    assert e.value.file == "<text>" and e.value.line == 2
    with pytest.raises(ValueError, match="unknown model"):
        detente.forecast(text=CSV, model="oracle")
