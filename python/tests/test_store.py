"""Reading an evidence store that `detente ingest` wrote."""
from __future__ import annotations

import json

import pytest

import detente
from conftest import EXAMPLES


@pytest.fixture
def store_path(cli, tmp_path):
    db = tmp_path / "e.db"
    cli("ingest", "--db", str(db), str(EXAMPLES / "ukraine-2025" / "articles"))
    return db


def test_queries_return_the_stored_records(store_path, cli):
    st = detente.Store(store_path)
    stats = st.stats()
    quotes = st.quotes()
    assert len(quotes) == stats["quotes"] > 0
    assert len(st.articles()) == stats["articles"]
    want = json.loads(cli("quotes", "--db", str(store_path), "--speaker", "peskov", "--format", "json"))
    got = st.quotes(speaker="peskov")
    assert got and [q["text"] for q in got] == [q["text"] for q in want]
    assert all("Peskov" in q["speaker"] for q in got)


def test_articles_search_and_timeline(store_path):
    st = detente.Store(store_path)
    first = st.articles(limit=1)[0]
    detail = st.article(first["name"])
    assert detail is not None and detail == st.article(first["id"])
    assert st.article("no-such-article") is None
    hits = st.search("ceasefire", limit=5)
    assert 0 < len(hits) <= 5
    dates = [e["date"] for e in st.timeline(since="2025")]
    assert dates == sorted(dates)
    with pytest.raises(detente.StoreError, match="invalid search"):
        st.search('"unclosed')


def test_a_file_that_is_not_a_store_is_refused_by_name(tmp_path):
    p = tmp_path / "notes.db"
    p.write_text("not a database at all, just some text that is long enough" * 10)
    with pytest.raises(detente.StoreError, match="not an SQLite database") as e:
        detente.Store(p)
    assert e.value.file == str(p)
    with pytest.raises(detente.StoreError, match="no database here"):
        detente.Store(tmp_path / "missing.db")
