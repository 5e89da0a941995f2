"""The map step for clusters: articles -> the records `kzfacts export` gives, with no index.

    extract_one(name, text, meta)   one article: pure, no I/O, runs in any process (Dask, Spark ...)
    extract_corpus_file(file, meta) the same for a corpus file, read where it runs
    collect(results)                the reduce: extractions -> records, field for field as `export`

`collect` stores the extractions in a scratch in-memory index (never the cache) and reads them back
with `Store.export_records`, the one code path `kzfacts export` uses, so repeats across files are
one record with `also_in`, surnames are unified to full names and articles carry their counts
exactly as in an export of the same files.

`parse_records` and `records_to_extractions` are the way back, for `kzfacts index --records`:
JSON Lines records -> per-file extractions (every `also_in` place becomes an occurrence again).
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from kzfacts import corpus as corpus_io
from kzfacts.formats import KINDS, article_fields, loads, text_of
from kzfacts.models import Article, Extraction, Quote, Source, Stat


class Item(NamedTuple):
    """One article to extract: its name in citations, where to read it, or its text."""

    name: str
    file: corpus_io.CorpusFile | None  # read with the corpus reader where the work runs
    text: str | None  # given directly (JSON Lines on standard input)
    meta: dict | None  # title/date/author/publisher, as sources.toml gives them


class Result(NamedTuple):
    name: str
    size: int  # bytes of UTF-8 text
    extraction: Extraction


def extract_one(name: str, text: str, meta: dict | None = None) -> Result:
    """The pure map function: one article's text -> its extraction."""
    from kzfacts.extract import extract_file

    return Result(name, len(text.encode("utf-8")), extract_file(name, text, meta))


def extract_corpus_file(file: corpus_io.CorpusFile, meta: dict | None = None) -> Result:
    """One corpus file, read exactly as the index reads it (raises CorpusError when it cannot be)."""
    from kzfacts.extract import extract_document

    doc = corpus_io.read_document(file)
    return Result(file.path, len(doc.text.encode("utf-8")), extract_document(file.path, doc, meta))


def extract_item(item: Item) -> Result:
    if item.text is not None:
        return extract_one(item.name, item.text, item.meta)
    return extract_corpus_file(item.file, item.meta)


def collect(results: Iterable[Result]) -> list[dict]:
    """The reduce: extractions of many files -> every record, as `kzfacts export` prints them."""
    from kzfacts.index import scratch_index
    from kzfacts.query import Store

    conn = scratch_index(results)
    try:
        return Store(conn).export_records()
    finally:
        conn.close()


# --- inputs of `kzfacts extract` ------------------------------------------------------------------
class InputError(Exception):
    """A path that cannot be used at all (missing, not an article file); one line for the user."""


def items_from_paths(paths: list[str], problems: list[str]) -> Iterator[Item]:
    """Files and folders as the corpus reader reads them. A folder's article files are named
    relative to it (so `extract DIR` cites as `export --corpus DIR` does) with its sources.toml; a
    file given by itself is named by its path as given and takes its metadata from the sources.toml
    beside it. Raises InputError, before anything is read, when a path is unusable."""
    checked = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            checked.append((raw, path, True))
        elif path.is_file():
            if not path.name.lower().endswith(corpus_io.SUFFIXES):
                raise InputError(f"{raw}: not an article file ({KINDS})")
            checked.append((raw, path, False))
        else:
            raise InputError(f"{raw}: no such file or folder")
    return _path_items(checked, problems)


def _path_items(checked: list[tuple[str, Path, bool]], problems: list[str]) -> Iterator[Item]:
    folders: dict[Path, dict] = {}  # sources.toml of each folder, read once
    for raw, path, is_dir in checked:
        if is_dir:
            try:
                files = corpus_io.discover(path, problems)
            except corpus_io.CorpusError as exc:
                raise InputError(str(exc)) from None
            meta = _metadata(path, problems, folders)
            if not files:
                problems.append(f"{raw}: no article files ({KINDS}) in this folder")
            for f in files:
                yield Item(f.path, f, None, meta.get(f.path))
        else:
            name = Path(os.path.normpath(raw)).as_posix()
            try:
                st = path.stat()
            except OSError as exc:
                problems.append(f"{name}: cannot read ({exc.strerror}), skipped")
                continue
            meta = _metadata(path.parent, problems, folders).get(path.name)
            yield Item(name, corpus_io.CorpusFile(name, str(path), st.st_size, st.st_mtime_ns), None, meta)


def _metadata(folder: Path, problems: list[str], folders: dict[Path, dict]) -> dict:
    key = folder.resolve()
    if key not in folders:
        try:
            folders[key] = corpus_io.load_metadata(folder)
        except corpus_io.CorpusError as exc:
            problems.append(f"{exc}; titles and dates from it are not used")
            folders[key] = {}
    return folders[key]


def items_from_jsonl(lines: Iterable[bytes | str], warn) -> Iterator[Item]:
    """JSON Lines articles: `text` (or `content`/`body`), optional `path` (else `url`, else
    `stdin:<line>`) and title/date/author/publisher. A bad line is reported to `warn` and skipped."""
    for n, raw in enumerate(lines, 1):
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                warn(f"stdin line {n}: not UTF-8 (byte {exc.start}), skipped")
                continue
        if not raw.strip():
            continue
        try:
            obj = loads(raw)
        except ValueError as exc:
            warn(f"stdin line {n}: not JSON ({getattr(exc, 'msg', exc)}), skipped")
            continue
        found = article_fields(obj)
        if isinstance(found, str):
            warn(f"stdin line {n}: {found}, skipped")
            continue
        text, meta = found
        path = obj.get("path")
        name = path.strip() if isinstance(path, str) and path.strip() else meta.get("url")
        yield Item(name or f"stdin:{n}", None, text, meta or None)


# --- records -> extractions, for `kzfacts index --records` ----------------------------------------
class RecordsError(Exception):
    """A record that cannot be loaded; the message is one line naming its line."""


def parse_records(lines: Iterable[bytes | str], name: str) -> list[dict]:
    """JSON Lines records as `extract` and `export` write them, each checked; blank lines are skipped.
    Raises RecordsError at the first bad line."""
    records = []
    for n, raw in enumerate(lines, 1):
        try:
            if isinstance(raw, bytes):
                raw = raw.decode("utf-8")
            if not raw.strip():
                continue
            rec = loads(raw)
            problem = _problem(rec) or _unwritable(rec)
        except UnicodeDecodeError as exc:
            problem = f"not UTF-8 (byte {exc.start})"
        except ValueError as exc:
            problem = f"not JSON ({getattr(exc, 'msg', exc)})"
        if problem:
            raise RecordsError(f"{name} line {n}: {problem}")
        records.append(rec)
    return records


_STR, _OPT = (str,), (str, type(None))
_REQUIRED = {  # field -> allowed types; fields not listed here may be missing (null)
    "article": {"id": _STR, "path": _STR, "line": (int,), "start": (int,), "end": (int,)},
    "quote": {"id": _STR, "text": _STR, "kind": _STR, "sentence": _STR, "source": (dict,)},
    "stat": {"id": _STR, "text": _STR, "value": (int, float), "unit": _STR, "sentence": _STR, "source": (dict,)},
}
_NULLABLE = {
    "article": ("title", "date", "author", "publisher", "url", "encoding"),
    "quote": ("speaker", "speaker_role", "cue"),
    "stat": ("what", "qualifier", "period"),
}


def _unwritable(rec: dict) -> str | None:
    dumped = json.dumps(rec, ensure_ascii=False)
    return None if text_of(dumped) == dumped else "text that is not valid Unicode (a lone surrogate escape)"


def _problem(rec) -> str | None:
    if not isinstance(rec, dict):
        return "not a JSON object"
    kind = rec.get("type")
    if kind not in _REQUIRED:
        return f"unknown record type {kind!r} (quote, stat or article)"
    for key, types in _REQUIRED[kind].items():
        value = rec.get(key)
        if not isinstance(value, types) or isinstance(value, bool):
            return f"{kind} {rec.get('id')!r}: field {key!r} missing or not {'/'.join(t.__name__ for t in types)}"
    for key in _NULLABLE[kind]:
        if not isinstance(rec.get(key), _OPT):
            return f"{kind} {rec['id']!r}: field {key!r} must be text or null"
    if kind == "article":
        return _span_problem(rec, f"article {rec['id']!r}")
    if kind == "stat" and not math.isfinite(rec["value"]):
        return f"stat {rec['id']!r}: value {rec['value']!r} is not a finite number"
    also_in = rec.get("also_in", [])
    if not isinstance(also_in, list):
        return f"{kind} {rec['id']!r}: also_in must be a list"
    for src in [rec["source"], *also_in]:
        problem = _source_problem(src, f"{kind} {rec['id']!r}")
        if problem:
            return problem
    return None


def _source_problem(src, what: str) -> str | None:
    if not isinstance(src, dict):
        return f"{what}: a citation is not an object"
    for key in ("title", "url", "link"):
        if not isinstance(src.get(key), _OPT):
            return f"{what}: citation {key} must be text or null"
    for key, types in (("path", _STR), ("line", (int,)), ("start", (int,)), ("end", (int,))):
        if not isinstance(src.get(key), types) or isinstance(src.get(key), bool):
            return f"{what}: citation field {key!r} missing or not {types[0].__name__}"
    return _span_problem(src, what)


def _span_problem(rec: dict, what: str) -> str | None:
    if not rec["path"].strip():
        return f"{what}: empty path"
    if not 0 <= rec["start"] <= rec["end"] or rec["line"] < 1:
        return f"{what}: offsets must be 0 <= start <= end and line >= 1"
    return None


def records_to_extractions(records: list[dict]) -> dict[str, Extraction]:
    """Checked records -> per-file extractions: the cited place and each `also_in` place become one
    occurrence each (a place given twice, as by two overlapping shards, counts once)."""
    articles: dict[str, dict[str, Article]] = {}
    quotes: dict[str, dict[tuple, Quote]] = {}
    stats: dict[str, dict[tuple, Stat]] = {}
    for rec in records:
        kind = rec["type"]
        if kind == "article":
            fields = {k: rec.get(k) for k in ("id", "path", "line", "start", "end", *_NULLABLE["article"])}
            articles.setdefault(rec["path"], {})[rec["id"]] = Article(**fields)
            continue
        for src in [rec["source"], *rec.get("also_in", [])]:
            source = Source(
                src["path"], src.get("title"), src["line"], src["start"], src["end"], src.get("url"), src.get("link")
            )
            key = (rec["id"], source.start, source.end)
            if kind == "quote":
                q = Quote(
                    rec["id"], rec["text"], rec.get("speaker"), rec.get("speaker_role"), rec.get("cue"),
                    rec["kind"], rec["sentence"], source,
                )  # fmt: skip
                quotes.setdefault(source.path, {}).setdefault(key, q)
            else:
                s = Stat(
                    rec["id"], rec["text"], rec["value"], rec["unit"], rec.get("what"), rec.get("qualifier"),
                    rec.get("period"), rec["sentence"], source,
                )  # fmt: skip
                stats.setdefault(source.path, {}).setdefault(key, s)
    out = {}
    for path in sorted(set(articles) | set(quotes) | set(stats)):
        out[path] = Extraction(
            tuple(sorted(articles.get(path, {}).values(), key=lambda a: (a.start, a.id))),
            tuple(sorted(quotes.get(path, {}).values(), key=lambda q: (q.source.start, q.source.end, q.id))),
            tuple(sorted(stats.get(path, {}).values(), key=lambda s: (s.source.start, s.source.end, s.id))),
        )
    return out
