"""Evidence extraction: spans point at the text, files give exactly the binary's records,
records become pandas and pyarrow tables."""
from __future__ import annotations

import json

import pytest

import detente
from conftest import EXAMPLES, as_json

ARTICLE = (
    "title: Envoys meet again\ndate: 2025-06-03\n\n"
    'Sergei Lavrov said: "We are ready to discuss a ceasefire along the current line." '
    "Dmitry Peskov told reporters on Tuesday that Moscow would wait for an answer.\n"
)


def test_records_point_at_their_bytes_in_the_text():
    recs = detente.extract(ARTICLE, id="a1.txt")
    assert recs[0]["type"] == "article" and recs[0]["date"] == "2025-06-03"
    raw = ARTICLE.encode()
    spans = [r for r in recs if "start" in r]
    assert {r["type"] for r in spans} >= {"quote", "claim", "date"}
    for r in spans:
        assert raw[r["start"]:r["end"]].decode() == r["text"]
        assert r["article"] == "a1.txt"
    quote = next(r for r in recs if r["type"] == "quote")
    assert quote["speaker"] == "Sergei Lavrov"


def test_a_date_argument_resolves_relative_dates():
    recs = detente.extract("Peskov said on Tuesday that talks would go on.", date="2025-06-05")
    dates = [r for r in recs if r["type"] == "date"]
    assert dates and dates[0]["resolved"] == "2025-06-03"
    with pytest.raises(ValueError, match="not a date"):
        detente.extract("text", date="yesterday")


def test_files_give_exactly_the_records_of_detente_extract(cli):
    folder = EXAMPLES / "ukraine-2025" / "articles"
    want = [json.loads(line) for line in cli("extract", str(folder)).splitlines()]
    got = detente.extract_files(folder)
    assert as_json(got) == want
    assert sum(r["type"] == "quote" for r in got) > 10


def test_missing_files_are_text_errors(tmp_path):
    with pytest.raises(detente.TextError, match="no such file or folder") as e:
        detente.extract_files(tmp_path / "none.txt")
    assert e.value.file.endswith("none.txt")
    (tmp_path / "empty.txt").write_text("   \n")
    with pytest.warns(UserWarning, match="empty file"):
        with pytest.raises(detente.TextError, match="no article could be read"):
            detente.extract_files(tmp_path / "empty.txt")


def test_records_become_a_pandas_frame_per_type():
    pd = pytest.importorskip("pandas")
    recs = detente.extract(ARTICLE)
    quotes = detente.to_pandas(recs, "quote")
    assert isinstance(quotes, pd.DataFrame)
    assert len(quotes) == sum(r["type"] == "quote" for r in recs)
    assert list(quotes.columns[:3]) == ["article", "start", "end"]
    assert "type" not in quotes.columns
    assert len(detente.to_pandas(recs)) == len(recs)


def test_records_become_a_pyarrow_table():
    pa = pytest.importorskip("pyarrow")
    recs = detente.extract(ARTICLE)
    t = detente.to_arrow(recs, "actor")
    assert isinstance(t, pa.Table)
    assert t.num_rows == sum(r["type"] == "actor" for r in recs)
    assert t.column("name").to_pylist() == [r["name"] for r in recs if r["type"] == "actor"]
