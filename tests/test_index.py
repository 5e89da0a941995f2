"""The persistent index: the library API, incremental refresh, atomic writes, cached key matches."""

from __future__ import annotations

import os

import pytest

from kzfacts import index
from kzfacts.corpus import bundled_corpus
from kzfacts.query import Store

ARTICLE = "Astana Hosts Talks\n\n“We want peace now,” Aidos Serik said. Trade grew 12% in 2024.\n"


def test_api_lists_tokayevs_quotes_with_exact_citations(corpus_texts):
    conn, report = index.open_index(bundled_corpus())
    hits = Store(conn).quotes("tokayev", None, 75, None)
    assert report.files == 5 and len(hits) == 14
    for hit in hits:
        rec = hit.record
        src = rec["source"]
        assert rec["speaker"] == "Kassym-Jomart Tokayev"
        assert corpus_texts[src["path"]][src["start"] : src["end"]] == rec["text"]


def test_refresh_extracts_only_changed_files(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    conn, first = index.open_index(tmp_path)
    assert sorted(first.extracted) == ["a.txt", "b.txt"]
    conn.close()
    (tmp_path / "b.txt").write_text(ARTICLE.replace("12%", "15%"), encoding="utf-8")
    (tmp_path / "c.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").unlink()
    conn, second = index.open_index(tmp_path)
    assert (second.extracted, second.removed) == (["b.txt", "c.txt"], ["a.txt"])
    conn.close()
    conn, third = index.open_index(tmp_path)
    assert (third.extracted, third.removed, third.files) == ([], [], 2)


def test_a_failed_refresh_leaves_the_old_index_whole(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    conn, _ = index.open_index(tmp_path)
    conn.close()
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE.replace("Serik", "Nurlanov"), encoding="utf-8")

    calls = []

    def failing(task):
        calls.append(task[0].path)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        return real(task)

    real = index._read_and_extract
    monkeypatch.setattr(index, "_read_and_extract", failing)
    with pytest.raises(RuntimeError):
        index.open_index(tmp_path)
    monkeypatch.setattr(index, "_read_and_extract", real)
    conn, _ = index.open_index(tmp_path, refresh=False)
    store = Store(conn)
    # the transaction was rolled back: a.txt still holds the old speaker, b.txt is not there
    assert [h.record["speaker"] for h in store.quotes("serik", None, 75, None)] == ["Aidos Serik"]
    assert store.quotes("nurlanov", None, 75, None) == []


def test_cached_key_matches_follow_new_speakers(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    conn, _ = index.open_index(tmp_path)
    assert Store(conn).quotes("zhaksylykova", None, 75, None) == []  # remembered as no match
    conn.close()
    (tmp_path / "b.txt").write_text(
        ARTICLE.replace("Aidos Serik", "Dana Zhaksylykova").replace("peace now", "water"), encoding="utf-8"
    )
    conn, _ = index.open_index(tmp_path)
    assert [h.record["speaker"] for h in Store(conn).quotes("zhaksylykova", None, 75, None)] == ["Dana Zhaksylykova"]


def test_same_words_from_two_speakers_stay_two_records(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("Aidos Serik", "Dana Zhaksylykova"), encoding="utf-8")
    conn, _ = index.open_index(tmp_path)
    store = Store(conn)
    [serik] = store.quotes("serik", None, 75, None)
    [dana] = store.quotes("zhaksylykova", None, 75, None)
    assert (serik.record["speaker"], dana.record["speaker"]) == ("Aidos Serik", "Dana Zhaksylykova")
    assert serik.record["id"] != dana.record["id"] and not serik.record["also_in"]


def test_index_lives_in_the_cache_folder_not_the_corpus(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("KZFACTS_CACHE", str(cache))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    index.open_index(corpus)
    assert [p.name for p in corpus.iterdir()] == ["a.txt"]
    assert index.index_path(corpus.resolve()).parent == cache


def test_same_size_edit_with_the_same_mtime_is_noticed(tmp_path):
    """An edit that keeps size and mtime (two writes within one clock tick) is caught by re-hashing
    files modified close to the last refresh."""
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    stamp = path.stat().st_mtime_ns
    conn, _ = index.open_index(tmp_path)
    conn.close()
    path.write_text(ARTICLE.replace("12%", "15%"), encoding="utf-8")
    os.utime(path, ns=(stamp, stamp))
    conn, report = index.open_index(tmp_path)
    assert report.extracted == ["a.txt"]
    assert [s["text"] for s in (h.record for h in Store(conn).stats("trade", 75, None))] == ["15%"]
