"""The persistent index: the library API, incremental refresh, atomic writes, cached key matches."""

from __future__ import annotations

import os
import re

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


# --- a self-healing index -----------------------------------------------------------------------------
def _damaged_page(data: bytes, table: str) -> bytes:
    """The index bytes with the root page of `table` overwritten (a page only a query reads)."""
    import sqlite3
    import tempfile

    with tempfile.NamedTemporaryFile(suffix=".sqlite") as tmp:
        tmp.write(data)
        tmp.flush()
        conn = sqlite3.connect(tmp.name)
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name=?", (table,)).fetchone()
        conn.close()
    start = (root - 1) * size
    return data[:start] + b"\xde\xad" * (size // 2) + data[start + size :]


def _sqlite_edit(data: bytes, *statements: str) -> bytes:
    import sqlite3
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "edit.sqlite")
        with open(path, "wb") as fh:
            fh.write(data)
        conn = sqlite3.connect(path)
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.close()
        with open(path, "rb") as fh:
            return fh.read()


def _foreign_database(_data: bytes) -> bytes:
    return _sqlite_edit(b"", "CREATE TABLE notes(body TEXT)", "INSERT INTO notes VALUES ('keep me')")


DAMAGE = {  # name: (how the index file is damaged, the reason the warning gives)
    "random bytes": (lambda data: bytes(range(256)) * 64, "not an SQLite database"),
    "truncated to half": (lambda data: data[: len(data) // 2], "database disk image is malformed"),
    "schema page overwritten": (lambda data: data[:100] + b"\x07" * 3996 + data[4096:], "malformed"),
    "foreign SQLite database": (_foreign_database, "not a kzfacts index"),
    "older schema": (
        lambda data: _sqlite_edit(data, "UPDATE meta SET value='5' WHERE key='schema'"),
        "made by another kzfacts version, schema 5; this one uses 6",
    ),
    "a table missing": (lambda data: _sqlite_edit(data, "DROP TABLE what_terms"), "tables missing: what_terms"),
}


@pytest.mark.parametrize("name", DAMAGE)
def test_an_unusable_index_is_set_aside_and_rebuilt(tmp_path, name):
    damage, reason = DAMAGE[name]
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    conn, _ = index.open_index(tmp_path)
    conn.close()
    path = index.index_path(tmp_path)
    damaged = damage(path.read_bytes())
    path.write_bytes(damaged)

    conn, report = index.open_index(tmp_path)

    [aside] = path.parent.glob(path.name + ".broken-*")
    assert aside.read_bytes() == damaged  # renamed, never deleted or changed
    [warning] = report.warnings
    assert warning.startswith(f"index {path} was unusable (")
    assert reason in warning
    assert warning.endswith(f"); moved it to {aside.name} and rebuilt it")
    assert re.fullmatch(re.escape(path.name) + r"\.broken-\d{8}-\d{6}", aside.name)
    assert (report.extracted, report.skipped, report.path) == (["a.txt"], [], path)
    assert [h.record["speaker"] for h in Store(conn).quotes("serik", None, 75, None)] == ["Aidos Serik"]
    conn.close()
    conn, again = index.open_index(tmp_path)  # the new file is a whole index: no warning, no work
    assert (again.warnings, again.extracted) == ([], [])


def test_an_empty_index_file_is_a_new_index_without_a_warning(tmp_path):
    """A run that starts together with another may see the file that run just created, still empty."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    path = index.index_path(tmp_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")
    conn, report = index.open_index(tmp_path)
    assert (report.warnings, report.extracted) == ([], ["a.txt"])
    assert list(path.parent.glob("*.broken-*")) == []


def test_damage_found_by_a_query_sets_the_index_aside(tmp_path):
    """A damaged page that opening does not read surfaces in a query: `recover` sets the file aside."""
    import sqlite3

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    conn, _ = index.open_index(tmp_path)
    conn.close()
    path = index.index_path(tmp_path)
    path.write_bytes(_damaged_page(path.read_bytes(), "quotes"))
    conn, report = index.open_index(tmp_path)
    assert report.warnings == []
    with pytest.raises(sqlite3.DatabaseError) as caught:
        Store(conn).quotes("serik", None, 75, None)
    assert index.is_damage(caught.value)
    message = index.recover(conn, tmp_path, caught.value)
    [aside] = path.parent.glob(path.name + ".broken-*")
    assert (
        message
        == f"index {path} was unusable (database disk image is malformed); moved it to {aside.name} and rebuilt it"
    )
    conn, report = index.open_index(tmp_path)
    assert (report.warnings, report.extracted) == ([], ["a.txt"])
    assert [h.record["speaker"] for h in Store(conn).quotes("serik", None, 75, None)] == ["Aidos Serik"]


def test_recover_leaves_other_errors_alone(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    conn, _ = index.open_index(tmp_path)
    assert index.recover(conn, tmp_path, ValueError("not the index")) is None
    assert conn.execute("SELECT count(*) FROM files").fetchone() == (1,)  # still open
    assert list(index.index_path(tmp_path).parent.glob("*.broken-*")) == []


def _cache_is_a_file(cache):
    cache.write_text("not a folder")
    return f"cannot create the cache folder {cache} (File exists)"


def _cache_under_a_file(cache):
    cache.write_text("not a folder")
    return f"cannot create the cache folder {cache / 'kzfacts'} (Not a directory)"


def _index_path_is_a_folder(cache):
    target = index.index_path(cache.parent / "corpus")
    target.mkdir(parents=True)
    return f"cannot write the index {target} (Is a directory)"


def _read_only_cache(cache):
    cache.mkdir()
    cache.chmod(0o500)
    return f"cannot write the index {index.index_path(cache.parent / 'corpus')} (unable to open database file)"


UNWRITABLE = {
    "cache is a file": _cache_is_a_file,
    "cache under a file": _cache_under_a_file,
    "index path is a folder": _index_path_is_a_folder,
    "read-only cache folder": pytest.param(
        _read_only_cache,
        marks=pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders"),
    ),
}


@pytest.mark.parametrize("make", UNWRITABLE.values(), ids=UNWRITABLE.keys())
def test_an_unwritable_cache_gives_an_in_memory_index(tmp_path, monkeypatch, make):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    cache = tmp_path / "cache"
    monkeypatch.setenv("KZFACTS_CACHE", str(cache / "kzfacts" if make is _cache_under_a_file else cache))
    reason = make(cache)
    before = sorted(p.name for p in tmp_path.rglob("*"))

    conn, report = index.open_index(corpus)

    assert report.warnings == [
        f"{reason}; using an in-memory index for this run (set KZFACTS_CACHE to a writable folder)"
    ]
    assert (report.path, report.extracted) == (None, ["a.txt"])
    assert [h.record["speaker"] for h in Store(conn).quotes("serik", None, 75, None)] == ["Aidos Serik"]
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # nothing was written


OTHER = "Border Talks Resume\n\nExports rose 7% in 2024, officials said.\n"


def _rewrite_after(times: int, texts=("Exports rose 8% in 2024.\n", "Exports rose 9% in 2024.\n")):
    """A _read_and_extract that lets b.txt change right after each of its first `times` reads."""
    real = index._read_and_extract
    calls = []

    def interfering(task):
        result = real(task)
        if task[0].path == "b.txt" and len(calls) < times:
            calls.append(1)
            with open(task[0].abspath, "w", encoding="utf-8") as fh:
                fh.write(OTHER.split("\n\n")[0] + "\n\n" + texts[len(calls) - 1])
        return result

    return "_read_and_extract", interfering


def _remove_after_reading():
    real = index._read_and_extract

    def interfering(task):
        result = real(task)
        if task[0].path == "b.txt":
            os.unlink(task[0].abspath)
        return result

    return "_read_and_extract", interfering


def _remove_after_listing():
    real = index.corpus_io.discover

    def interfering(root, problems=None):
        files = real(root, problems)
        os.unlink(os.path.join(root, "b.txt"))
        return files

    return "discover", interfering


RACES = {  # name: (interference, warnings, stats stored per file, files removed from the index)
    "removed between listing and reading": (
        _remove_after_listing,
        ["b.txt: disappeared before it could be read, skipped"],
        [("a.txt", "12%")],
        ["b.txt"],
    ),
    "removed between reading and storing": (
        _remove_after_reading,
        ["b.txt: disappeared before it could be read, skipped"],
        [("a.txt", "12%")],
        ["b.txt"],
    ),
    "changed once between reading and storing: read again": (
        lambda: _rewrite_after(1),
        [],
        [("a.txt", "12%"), ("b.txt", "8%")],
        [],
    ),
    "changed on every read: dropped": (
        lambda: _rewrite_after(2),
        ["b.txt: changed while being indexed, skipped (it is read again next time)"],
        [("a.txt", "12%")],
        ["b.txt"],
    ),
}


@pytest.mark.parametrize("name", RACES)
def test_a_file_changing_while_indexed_is_read_again_or_dropped_never_half_stored(tmp_path, monkeypatch, name):
    from kzfacts.corpus import content_hash

    interference, warnings, stored, removed = RACES[name]
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    conn, _ = index.open_index(tmp_path)
    conn.close()
    (tmp_path / "b.txt").write_text(OTHER.replace("7%", "5%"), encoding="utf-8")  # b.txt is to be re-read
    attribute, replacement = interference()
    with monkeypatch.context() as patch:
        patch.setattr(index.corpus_io if attribute == "discover" else index, attribute, replacement)
        conn, report = index.open_index(tmp_path)

    assert (report.skipped, report.removed, report.warnings) == (warnings, removed, [])
    rows = conn.execute("SELECT path, json_extract(json, '$.text') FROM stats ORDER BY path, start").fetchall()
    assert rows == stored
    for path, digest in conn.execute("SELECT path, hash FROM files"):  # stored hash = the text stored
        assert digest == content_hash((tmp_path / path).read_bytes())
    conn.close()
    if (tmp_path / "b.txt").exists():  # a dropped file is read again by the next run
        conn, after = index.open_index(tmp_path)
        assert (after.skipped, "b.txt" in after.extracted) == ([], bool(removed))


# --- records loaded from elsewhere (`kzfacts index --records`) ------------------------------------------
def _extractions(texts: dict[str, str]):
    from kzfacts.mapstep import collect, extract_one, records_to_extractions

    return records_to_extractions(collect([extract_one(name, text) for name, text in texts.items()]))


def test_loaded_records_are_written_in_one_transaction(tmp_path, monkeypatch):
    (tmp_path / "corpus").mkdir()
    conn, _ = index.open_index(tmp_path / "corpus")
    assert index.load_records(conn, _extractions({"a.txt": ARTICLE})) == (["a.txt"], [])
    real, calls = index._insert, []

    def failing(conn, f, *args):
        calls.append(f.path)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        return real(conn, f, *args)

    monkeypatch.setattr(index, "_insert", failing)
    other = ARTICLE.replace("Aidos Serik", "Dana Zhaksylykova")
    with pytest.raises(RuntimeError):
        index.load_records(conn, _extractions({"b.txt": other, "c.txt": other}))
    store = Store(conn)
    assert index.loaded_paths(conn) == ["a.txt"]  # rolled back: the earlier load is whole, nothing new
    assert [h.record["speaker"] for h in store.quotes("serik", None, 75, None)] == ["Aidos Serik"]
    assert store.quotes("zhaksylykova", None, 75, None) == []


def test_records_of_a_corpus_file_are_left_out(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    conn, _ = index.open_index(tmp_path)
    other = ARTICLE.replace("Aidos Serik", "Dana Zhaksylykova")
    assert index.load_records(conn, _extractions({"a.txt": other, "b.txt": other})) == (["b.txt"], ["a.txt"])
    conn.close()
    conn, report = index.open_index(tmp_path)  # the freshness check neither re-reads nor drops b.txt
    assert (report.extracted, report.removed, index.loaded_paths(conn)) == ([], [], ["b.txt"])
    paths = [h.record["source"]["path"] for h in Store(conn).quotes("zhaksylykova", None, 75, None)]
    assert paths == ["b.txt"]
