"""The persistent index: runs the pipeline over a corpus, stores records in SQLite, keeps it fresh.

One SQLite file per corpus folder in the user cache (`KZFACTS_CACHE` overrides). A refresh stats
every file, re-reads only files whose size or mtime changed, re-extracts only those whose content
hash (or the extractor version) changed, and writes all changes in one transaction, so a
concurrent reader sees the old index or the new one, never half of either; a file that changes
while it is extracted is read again once, or left out, never stored half old and half new.

The index is a cache, so it never stops a command: a damaged, foreign or older-schema file is set
aside (renamed, never deleted) and rebuilt, and an unwritable cache folder gives an in-memory index,
each with one warning line in `RefreshReport.warnings`.
"""

from __future__ import annotations

import functools
import json
import os
import re
import sqlite3
import sys
import time
from pathlib import Path

from kzfacts import corpus as corpus_io
from kzfacts.formats import HTML_SUFFIXES
from kzfacts.version import EXTRACTOR_VERSION, KEYS_VERSION, blake2b

SCHEMA_VERSION = "6"
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS files(
    path TEXT PRIMARY KEY, hash TEXT, size INTEGER, mtime_ns INTEGER, version TEXT);
CREATE TABLE IF NOT EXISTS articles(
    id TEXT PRIMARY KEY, path TEXT, start INTEGER, end INTEGER, title TEXT, date TEXT, json TEXT);
CREATE INDEX IF NOT EXISTS articles_path ON articles(path);
CREATE TABLE IF NOT EXISTS quotes(
    rowid INTEGER PRIMARY KEY, id TEXT, path TEXT, start INTEGER, article TEXT,
    speaker TEXT, fact TEXT, json TEXT);
CREATE INDEX IF NOT EXISTS quotes_path ON quotes(path);
CREATE INDEX IF NOT EXISTS quotes_id ON quotes(id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker, path, start);
CREATE TABLE IF NOT EXISTS stats(
    rowid INTEGER PRIMARY KEY, id TEXT, path TEXT, start INTEGER, article TEXT,
    what TEXT, unit TEXT, value REAL, period TEXT, fact TEXT, json TEXT);
CREATE INDEX IF NOT EXISTS stats_path ON stats(path);
CREATE INDEX IF NOT EXISTS stats_id ON stats(id);
CREATE INDEX IF NOT EXISTS stats_what ON stats(what, path, start);
CREATE INDEX IF NOT EXISTS stats_fact ON stats(fact);
CREATE INDEX IF NOT EXISTS quotes_fact ON quotes(fact);
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(text, sentence, speaker);
CREATE VIRTUAL TABLE IF NOT EXISTS stats_fts USING fts5(what, sentence);
CREATE TABLE IF NOT EXISTS speakers(
    name TEXT PRIMARY KEY, canonical TEXT, role TEXT, n INTEGER);
CREATE TABLE IF NOT EXISTS speaker_keys(key TEXT, name TEXT, kind TEXT);
CREATE TABLE IF NOT EXISTS what_terms(term TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS disputes(id TEXT, other TEXT, fact TEXT, PRIMARY KEY (id, other));
CREATE INDEX IF NOT EXISTS disputes_fact ON disputes(fact);
CREATE TABLE IF NOT EXISTS match_cache(kind TEXT, query TEXT, min_score REAL, result TEXT,
    PRIMARY KEY (kind, query, min_score));
"""


class IndexError_(Exception):
    """The index cannot be used even in memory; the message is one line for the user."""


class RefreshReport:
    """What a refresh did: files seen, extracted, removed, skipped (one-line messages)."""

    def __init__(self, files: int = 0):
        self.files = files
        self.extracted: list[str] = []
        self.removed: list[str] = []
        self.skipped: list[str] = []  # one-line messages for unreadable files
        self.bytes_extracted = 0
        self.warnings: list[str] = []  # one-line messages: the index itself (set aside, in memory), skipped JSON lines
        self.path: Path | None = None  # the index file; None when the index is in memory

    @property
    def changed(self) -> bool:
        return bool(self.extracted or self.removed)


def cache_dir() -> Path:
    """KZFACTS_CACHE, else the platform's user cache folder + /kzfacts."""
    if os.environ.get("KZFACTS_CACHE"):
        return Path(os.environ["KZFACTS_CACHE"]).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "kzfacts"


def index_path(root: Path) -> Path:
    """One index file per corpus folder, named after it (in plain characters) and its full path."""
    key = blake2b(os.fsencode(root), digest_size=8).hexdigest()
    label = "".join(c if c.isascii() and (c.isalnum() or c in "-_.") else "_" for c in root.name)[:40]
    return cache_dir() / f"index-{label}-{key}.sqlite"


class _Unusable(Exception):
    """The index file is not a whole kzfacts index of this schema: set it aside and build a new one."""


class _Unwritable(Exception):
    """The cache folder or the index file cannot be created or written: index in memory instead."""


SQLITE_MAGIC = b"SQLite format 3\x00"
TABLES = frozenset(re.findall(r"CREATE (?:VIRTUAL )?TABLE IF NOT EXISTS (\w+)", SCHEMA))
# SQLite result codes (Python 3.11's sqlite_errorname) by what they mean for a cache file
_DAMAGE_CODES = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
_UNWRITABLE_CODES = ("SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_PERM", "SQLITE_IOERR", "SQLITE_FULL")
_BUSY_CODES = ("SQLITE_BUSY", "SQLITE_LOCKED")


def _code(exc: sqlite3.Error) -> str:
    return getattr(exc, "sqlite_errorname", None) or ""


def is_damage(exc: BaseException) -> bool:
    """Whether an SQLite error means the index file itself is damaged (corrupt, truncated, not a database)."""
    return isinstance(exc, sqlite3.DatabaseError) and _code(exc).startswith(_DAMAGE_CODES)


def open_index(
    root: Path, refresh: bool = True, jobs: int = 1, progress=None, rebuild: bool = False
) -> tuple[sqlite3.Connection, RefreshReport]:
    """Open (creating, refreshing as needed) the index of the corpus at `root`.

    The index is a cache and heals itself: a file that is damaged (corrupt, truncated, not an SQLite
    database), foreign (another program's database) or of another schema version is renamed next to
    itself (`<name>.broken-<time>`, never deleted) and built again; when the cache folder cannot be
    written, the index is built in memory for this run. Either way `report.warnings` holds one line
    saying so. A healthy file is never swapped: changes are written in transactions on the file
    itself, so that concurrent runs (which share it through SQLite's WAL) stay safe.
    """
    path = index_path(root)
    moved = None  # the first part of the warning, once a damaged file has been set aside
    try:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _Unwritable(f"cannot create the cache folder {path.parent} ({exc.strerror or exc})") from None
        for _attempt in range(3):
            try:
                conn, report = _open_file(path, root, refresh, jobs, progress, rebuild)
            except _Unusable as exc:
                if moved:  # a new file failed too: the disk, not the file, is at fault
                    raise _Unwritable(f"a new index there is unusable too ({exc})") from None
                try:
                    aside = set_aside(path, exc.identity)
                except OSError as os_exc:
                    raise _Unwritable(
                        f"index {path} is unusable ({exc}) and cannot be moved aside ({os_exc.strerror or os_exc})"
                    ) from None
                if aside is not None:  # else another run set it aside first (and says so)
                    moved = f"index {path} was unusable ({exc}); moved it to {aside.name}"
                continue
            if moved:
                report.warnings.insert(0, f"{moved} and rebuilt it")
            report.path = path
            return conn, report
        raise _Unwritable(f"index {path} keeps being replaced by other runs")
    except _Unwritable as exc:
        conn, report = _open_memory(root, refresh, jobs, progress)
        reason = f"{moved}, but {exc}" if moved else str(exc)
        report.warnings.append(
            f"{reason}; using an in-memory index for this run (set KZFACTS_CACHE to a writable folder)"
        )
        return conn, report


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _open_file(path: Path, root: Path, refresh: bool, jobs: int, progress, rebuild: bool):
    """The index at `path`, checked and refreshed; raises _Unusable or _Unwritable for the caller to heal."""
    conn = None
    identity = _identity(path)  # the file judged, so that only that file is ever set aside
    try:
        problem = _check_header(path)
        if problem:
            raise _Unusable(problem)
        conn = sqlite3.connect(path, timeout=LOCK_TIMEOUT, isolation_level=None)
        problem = _check_tables(conn)  # read-only: a foreign database is not touched before it is set aside
        if problem:
            raise _Unusable(problem)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        if rebuild or _meta(conn, "schema") != SCHEMA_VERSION:
            _reset_schema(conn, force=rebuild)
        if _meta(conn, "keys") != KEYS_VERSION:
            _with_write_lock(conn, lambda: _rebuild_keys(conn))
        report = refresh_index(conn, root, jobs=jobs, progress=progress) if refresh else RefreshReport()
    except BaseException as exc:
        if conn is not None:
            conn.close()
        if isinstance(exc, _Unusable):
            exc.identity = identity
            raise
        if isinstance(exc, sqlite3.Error):
            code = _code(exc)
            if code.startswith(_BUSY_CODES):
                raise IndexError_(
                    f"another kzfacts is still updating the index {path}; try again in a moment"
                ) from None
            if code.startswith(_UNWRITABLE_CODES):
                raise _Unwritable(f"cannot write the index {path} ({exc})") from None
            damage = _Unusable(str(exc))  # corrupt, not a database, or tables that are not ours
            damage.identity = identity
            raise damage from None
        if isinstance(exc, OSError):
            raise _Unwritable(f"cannot write the index {path} ({exc.strerror or exc})") from None
        raise
    return conn, report


def _check_header(path: Path) -> str | None:
    """A file that does not start as an SQLite database does ("not an SQLite database"), else None.
    A missing or empty file is a new index (a concurrent run may have just created it)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return None
    if head and head != SQLITE_MAGIC:
        return "not an SQLite database"
    return None


def _check_tables(conn: sqlite3.Connection) -> str | None:
    """Why the database is not a kzfacts index of this schema, or None (also for an empty database,
    which is a new index). Reading sqlite_master also has SQLite check the file's size against its
    header, so a truncated file fails here with SQLITE_CORRUPT."""
    names = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not names:
        return None
    schema = _meta(conn, "schema") if "meta" in names else None
    if schema is None:
        return "not a kzfacts index"
    if schema != SCHEMA_VERSION:
        return f"made by another kzfacts version, schema {schema}; this one uses {SCHEMA_VERSION}"
    if not TABLES <= names:
        return f"tables missing: {', '.join(sorted(TABLES - names))}"
    return None


_SIDECARS = ("-wal", "-shm", "-journal")


def set_aside(path: Path, identity: tuple[int, int] | None = None) -> Path | None:
    """Rename an unusable index file and its -wal, -shm and -journal files to `<name>.broken-<time>`
    next to it, never deleting anything; returns the new path, or None when `path` is no longer the
    file judged (`identity`: another run set it aside and started a new one). Raises OSError when
    it cannot be renamed."""
    if identity is not None and _identity(path) != identity:
        return None
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.broken-{stamp}")
    n = 1
    while any(os.path.lexists(f"{aside}{suffix}") for suffix in ("", *_SIDECARS)):
        n += 1
        aside = path.with_name(f"{path.name}.broken-{stamp}-{n}")
    # the journal files first: once the main file is gone, a new index may create its own
    for suffix in _SIDECARS:
        try:
            os.rename(f"{path}{suffix}", f"{aside}{suffix}")
        except FileNotFoundError:
            pass
    try:
        os.rename(path, aside)
    except FileNotFoundError:
        return None
    return aside


def recover(conn: sqlite3.Connection, root: Path, exc: BaseException) -> str | None:
    """After a query found the index damaged (`is_damage(exc)`: a page that the checks at open do not
    read): close it and set the file aside, so that the next open_index builds a new one. Returns the
    one-line warning, or None when `exc` is not damage to this corpus's index file."""
    path = index_path(root)
    if not is_damage(exc) or not path.exists():
        return None
    conn.close()
    try:
        aside = set_aside(path)
    except OSError:
        return None
    return f"index {path} was unusable ({exc}); moved it to {aside.name} and rebuilt it" if aside else None


def _open_memory(root: Path, refresh: bool, jobs: int, progress) -> tuple[sqlite3.Connection, RefreshReport]:
    """A new index in memory, for when the cache cannot be written: every file is extracted."""
    try:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        _reset_schema(conn, force=True)
        _with_write_lock(conn, lambda: _rebuild_keys(conn))
        report = refresh_index(conn, root, jobs=jobs, progress=progress) if refresh else RefreshReport()
    except sqlite3.Error as exc:
        raise IndexError_(f"cannot build an index, even in memory ({exc})") from None
    return conn, report


LOCK_TIMEOUT = 120  # seconds to wait for another process's refresh to finish


def _with_write_lock(conn: sqlite3.Connection, work) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        work()
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _reset_schema(conn: sqlite3.Connection, force: bool) -> None:
    """Drop every table and create the current schema, in one transaction (re-checked under the
    lock: another process may have just done it)."""

    def work() -> None:
        if not force and _meta(conn, "schema") == SCHEMA_VERSION:
            return
        rows = conn.execute("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view')").fetchall()
        for name, _kind in rows:
            if not name.startswith("sqlite_") and "_fts_" not in name:
                conn.execute(f'DROP TABLE IF EXISTS "{name}"')
        for statement in SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))

    _with_write_lock(conn, work)


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def refresh_index(conn: sqlite3.Connection, root: Path, jobs: int = 1, progress=None) -> RefreshReport:
    """Bring the index in line with the files under `root` (and its sources.toml); returns what changed."""
    problems: list[str] = []
    files = corpus_io.discover(root, problems)
    report = RefreshReport(files=len(files))
    report.skipped.extend(problems)
    stamp = f"{EXTRACTOR_VERSION}:{corpus_io.signature(files)}:{corpus_io.metadata_stamp(root)}"
    started_ns = time.time_ns()
    # "racy" files were modified so close to the last refresh that a later edit of the same size may
    # keep the same mtime: those are re-hashed (as git does), the others trusted on size and mtime
    checked_ns = int(_meta(conn, "checked_ns") or 0)
    racy = {f.path for f in files if f.mtime_ns >= checked_ns - RACY_NS}
    if _meta(conn, "signature") == stamp and not problems and not racy:
        return report  # the common case: nothing changed since the last run
    try:
        meta = corpus_io.load_metadata(root)
    except corpus_io.CorpusError as exc:
        report.skipped.append(f"{exc}; titles and dates from it are not used")
        meta = {}
    versions = {f.path: _file_version(f.path, meta.get(f.path)) for f in files}
    known = {row[0]: row[1:] for row in conn.execute("SELECT path, hash, size, mtime_ns, version FROM files")}
    on_disk = {f.path for f in files}
    loaded = {path for path, row in known.items() if row[3] == RECORDS_VERSION}  # kept: not corpus files
    stale = [
        f for f in files
        if f.path in racy or known.get(f.path, (None,) * 4)[1:] != (f.size, f.mtime_ns, versions[f.path])
    ]  # fmt: skip
    removed = [p for p in known if p not in on_disk and p not in loaded]
    if not stale and not removed:
        if not report.skipped:
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('signature', ?)", (stamp,))
        return report
    conn.execute("BEGIN IMMEDIATE")
    try:
        # another process may have refreshed while we waited for the lock
        known = {row[0]: row[1:] for row in conn.execute("SELECT path, hash, size, mtime_ns, version FROM files")}
        touched: set[str] = set()  # the fact keys of records removed or added: their disputes are redone
        for path in removed:
            if path in known and known[path][3] != RECORDS_VERSION:
                touched |= _facts_of(conn, path)
                _delete_file(conn, path)
                report.removed.append(path)
        total = sum(f.size for f in stale)
        done = 0
        tasks = [(f, meta.get(f.path), versions[f.path], known.get(f.path, (None,) * 4)) for f in stale]
        for f, outcome, digest, extraction, skipped_parts in _extract_all(tasks, jobs):
            report.warnings.extend(skipped_parts)
            done += f.size
            if progress:
                progress(done, total)
            if outcome == "error":
                report.skipped.append(extraction)
                if f.path in known:
                    touched |= _facts_of(conn, f.path)
                    _delete_file(conn, f.path)
                    report.removed.append(f.path)
            elif outcome == "unchanged":  # touched, same content: only the stamp changes
                conn.execute("UPDATE files SET size=?, mtime_ns=? WHERE path=?", (f.size, f.mtime_ns, f.path))
            else:
                f, digest, extraction, problem = _settled(f, digest, extraction, meta.get(f.path), versions[f.path])
                if f.path in known:
                    touched |= _facts_of(conn, f.path)
                    _delete_file(conn, f.path)
                if problem:  # dropped whole: its old records would cite text that is no longer there
                    report.skipped.append(problem)
                    if f.path in known:
                        report.removed.append(f.path)
                    continue
                _insert(conn, f, extraction, digest, versions[f.path])
                touched |= _facts_of(conn, f.path)
                report.extracted.append(f.path)
                report.bytes_extracted += f.size
        if report.changed:
            _rebuild_keys(conn, touched)
        if not report.skipped:  # a file that could not be read is tried again next time
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('signature', ?)", (stamp,))
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('checked_ns', ?)", (str(started_ns),))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return report


# --- records made elsewhere (`kzfacts extract`, a cluster) and a scratch index for them ------------------
RECORDS_VERSION = "records"  # the `files.version` of paths whose records were loaded, not extracted here


def loaded_paths(conn: sqlite3.Connection) -> list[str]:
    """Paths whose records were loaded with `kzfacts index --records` (not files of the corpus folder)."""
    return [p for (p,) in conn.execute("SELECT path FROM files WHERE version=? ORDER BY path", (RECORDS_VERSION,))]


def load_records(conn: sqlite3.Connection, extractions: dict) -> tuple[list[str], list[str]]:
    """Replace the loaded source set with these per-path extractions (path -> Extraction), in one
    transaction. Paths that are files of the corpus folder keep the files' own records (the file on
    disk is the fresher source) and are left out. Returns (paths loaded, paths left out)."""
    loaded: list[str] = []
    shadowed: list[str] = []

    def work() -> None:
        corpus_paths = {p for (p,) in conn.execute("SELECT path FROM files WHERE version IS NOT ?", (RECORDS_VERSION,))}
        for path in loaded_paths(conn):
            _delete_file(conn, path)
        for path, extraction in extractions.items():
            if path in corpus_paths:
                shadowed.append(path)
                continue
            _insert(conn, corpus_io.CorpusFile(path, "", None, None), extraction, None, RECORDS_VERSION)
            loaded.append(path)
        _rebuild_keys(conn)

    _with_write_lock(conn, work)
    return loaded, shadowed


def scratch_index(results) -> sqlite3.Connection:
    """An in-memory index of extractions (`mapstep.Result`s: name, size, extraction), for reading
    them back as records the way `export` does; it never touches the cache. Two results of the same
    name: the first is kept."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    _reset_schema(conn, force=True)

    def work() -> None:
        seen = set()
        for name, size, extraction in results:
            if name not in seen:
                seen.add(name)
                _insert(conn, corpus_io.CorpusFile(name, "", size, 0), extraction, None, EXTRACTOR_VERSION)
        _rebuild_keys(conn)

    _with_write_lock(conn, work)
    return conn


def _file_version(path: str, meta: dict | None) -> str:
    """The extractor's version (for a page, with the HTML extractor's) and the file's own metadata:
    a change to either re-extracts it."""
    version = (
        f"{EXTRACTOR_VERSION}+{html_extractor_version()}" if path.lower().endswith(HTML_SUFFIXES) else EXTRACTOR_VERSION
    )
    if not meta:
        return version
    digest = blake2b(json.dumps(meta, sort_keys=True).encode("utf-8"), digest_size=4).hexdigest()
    return f"{version}:{digest}"


@functools.cache
def html_extractor_version() -> str:
    """trafilatura's version (read from its metadata, without importing it), once a run."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return "trafilatura-" + version("trafilatura")
    except PackageNotFoundError:
        return "trafilatura-missing"


RACY_NS = 2_000_000_000  # mtimes within 2 s of a refresh are not trusted to tell edits apart
PARALLEL_MIN_BYTES = 2_000_000  # below this, starting worker processes costs more than it saves


def _extract_all(tasks, jobs: int):
    """Yield (file, outcome, hash, extraction-or-message) per task, in order; files are read,
    hashed and extracted in worker processes when jobs > 1 and there is enough work."""
    if jobs > 1 and len(tasks) > 1 and sum(t[0].size for t in tasks) >= PARALLEL_MIN_BYTES:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            chunk = max(1, min(64, len(tasks) // (jobs * 4)))
            for task, result in zip(tasks, pool.map(_read_and_extract, tasks, chunksize=chunk), strict=True):
                yield (task[0],) + result
        return
    for task in tasks:
        yield (task[0],) + _read_and_extract(task)


def _settled(f, digest: str, extraction, meta: dict | None, version: str):
    """A file's extraction checked against the file as it is now, just before it is stored: when the
    content changed since it was read (an editor still writing it), it is read and extracted once
    more; when it changed again, or is gone, it is dropped. Returns (file, hash, extraction, problem)."""
    for attempt in range(2):
        try:
            now = corpus_io.content_hash(corpus_io.read_bytes(f))
        except corpus_io.CorpusError as exc:
            return f, digest, None, str(exc)
        if now == digest:
            return f, digest, extraction, None
        if attempt:
            break
        try:
            st = os.stat(f.abspath)
        except OSError:
            return f, digest, None, f"{f.path}: disappeared before it could be read, skipped"
        f = f._replace(size=st.st_size, mtime_ns=st.st_mtime_ns)
        outcome, digest, extraction, _ = _read_and_extract((f, meta, version, (None,) * 4))
        if outcome == "error":
            return f, digest, None, extraction
    return f, digest, None, f"{f.path}: changed while being indexed, skipped (it is read again next time)"


def _read_and_extract(task):
    """One file: ('error', None, message, ()) | ('unchanged', hash, None, ()) | ('extracted', hash,
    Extraction, warnings about parts of it that were skipped)."""
    from kzfacts.extract import extract_document  # the engine is imported only when there is work

    file, meta, version, (old_hash, _size, _mtime, old_version) = task
    try:
        data = corpus_io.read_bytes(file)
        digest = corpus_io.content_hash(data)
        if digest == old_hash and old_version == version:
            return "unchanged", digest, None, ()
        doc = corpus_io.read_document(file, data)
    except corpus_io.CorpusError as exc:
        return "error", None, str(exc), ()
    warnings = tuple(f"{file.path} {w}" for w in doc.warnings)  # bad JSON lines, named by file and line
    return "extracted", digest, extract_document(file.path, doc, meta), warnings


def _delete_file(conn: sqlite3.Connection, path: str) -> None:
    conn.execute("DELETE FROM quotes_fts WHERE rowid IN (SELECT rowid FROM quotes WHERE path=?)", (path,))
    conn.execute("DELETE FROM stats_fts WHERE rowid IN (SELECT rowid FROM stats WHERE path=?)", (path,))
    for table in ("quotes", "stats", "articles", "files"):
        conn.execute(f"DELETE FROM {table} WHERE path=?", (path,))


def _article_of(articles, start: int) -> str | None:
    found = None
    for a in articles:
        if a.start <= start:
            found = a.id
    return found


def _insert(conn: sqlite3.Connection, f, extraction, digest: str, version: str) -> None:
    """One file's records, in a few executemany calls (row ids assigned here so that the
    full-text rows can share them), each with the key of the fact it states (see claims.fact_key)."""
    from kzfacts.claims import fact_key

    dumps = json.dumps
    conn.execute("INSERT INTO files VALUES (?,?,?,?,?)", (f.path, digest, f.size, f.mtime_ns, version))
    conn.executemany(
        "INSERT OR REPLACE INTO articles VALUES (?,?,?,?,?,?,?)",
        [(a.id, a.path, a.start, a.end, a.title, a.date, dumps(a.to_dict(), ensure_ascii=False))
         for a in extraction.articles],
    )  # fmt: skip
    arts = extraction.articles
    first = (conn.execute("SELECT coalesce(max(rowid), 0) FROM quotes").fetchone()[0] or 0) + 1
    quotes = extraction.quotes
    records = [q.to_dict() for q in quotes]
    conn.executemany(
        "INSERT INTO quotes(rowid, id, path, start, article, speaker, fact, json) VALUES (?,?,?,?,?,?,?,?)",
        [(first + i, q.id, f.path, q.source.start, _article_of(arts, q.source.start), q.speaker, fact_key(records[i]),
          dumps(records[i], ensure_ascii=False)) for i, q in enumerate(quotes)],
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO quotes_fts(rowid, text, sentence, speaker) VALUES (?,?,?,?)",
        [(first + i, q.text, q.sentence, q.speaker or "") for i, q in enumerate(quotes)],
    )
    first = (conn.execute("SELECT coalesce(max(rowid), 0) FROM stats").fetchone()[0] or 0) + 1
    stats = extraction.stats
    records = [s.to_dict() for s in stats]
    conn.executemany(
        "INSERT INTO stats(rowid, id, path, start, article, what, unit, value, period, fact, json) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [(first + i, s.id, f.path, s.source.start, _article_of(arts, s.source.start), s.what, s.unit, s.value,
          s.period, fact_key(records[i]), dumps(records[i], ensure_ascii=False)) for i, s in enumerate(stats)],
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO stats_fts(rowid, what, sentence) VALUES (?,?,?)",
        [(first + i, s.what or "", s.sentence) for i, s in enumerate(stats)],
    )


def _facts_of(conn: sqlite3.Connection, path: str) -> set[str]:
    rows = conn.execute(
        "SELECT fact FROM stats WHERE path = ? AND fact IS NOT NULL UNION SELECT fact FROM quotes WHERE path = ? "
        "AND fact IS NOT NULL",
        (path, path),
    )
    return {f for (f,) in rows}


def _rebuild_keys(conn: sqlite3.Connection, facts: set[str] | None = None) -> None:
    """Distinct speakers, their canonical corpus-wide name, most common role and count; the disputes
    of the fact keys given (all when None)."""
    rows = conn.execute(
        "SELECT speaker, count(*), json_extract(json, '$.speaker_role') AS role FROM quotes "
        "WHERE speaker IS NOT NULL GROUP BY speaker"
    ).fetchall()
    from kzfacts.extract import unify_speaker_names

    canonical = unify_speaker_names([r[0] for r in rows])
    from kzfacts.query import speaker_keys

    conn.execute("DELETE FROM speakers")
    conn.executemany(
        "INSERT INTO speakers VALUES (?,?,?,?)",
        [(name, canonical.get(name, name), role, n) for name, n, role in rows],
    )
    conn.execute("DELETE FROM speaker_keys")
    keys = set()
    for name, _, role in rows:
        for target in {name, canonical.get(name, name)}:
            keys.update((key, name, kind) for key, kind in speaker_keys(target, role))
    conn.executemany("INSERT INTO speaker_keys VALUES (?,?,?)", sorted(keys))
    # the words of `what` phrases: the keys stat queries are fuzzily matched against
    from kzfacts.query import fold

    terms = {
        w
        for (what,) in conn.execute("SELECT DISTINCT what FROM stats WHERE what IS NOT NULL")
        for w in fold(what).split()
    }
    conn.execute("DELETE FROM what_terms")
    conn.execute("DELETE FROM match_cache")  # matches were computed against the old keys
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('keys', ?)", (KEYS_VERSION,))
    conn.executemany("INSERT INTO what_terms VALUES (?)", [(t,) for t in sorted(terms)])
    _rebuild_disputes(conn, facts)


DISPUTE_BUCKET = 30  # records of one fact compared pairwise; a fact stated more often is judged on these


def _rebuild_disputes(conn: sqlite3.Connection, facts: set[str] | None = None) -> None:
    """Pairs of records of different articles that disagree (claims.disputes_in), for the fact keys
    given (those of the files a refresh changed) or all. Only keys that two articles share are read, and
    only the first DISPUTE_BUCKET records of a key, so the work follows the change, not the corpus."""
    from kzfacts.claims import disputes_in

    if facts is None:
        conn.execute("DELETE FROM disputes")
    else:
        conn.executemany("DELETE FROM disputes WHERE fact = ?", [(f,) for f in facts])
    for table in ("stats", "quotes"):
        if facts is None:
            shared = [f for (f,) in conn.execute(
                f"SELECT fact FROM {table} WHERE fact IS NOT NULL GROUP BY fact HAVING count(DISTINCT article) > 1"
            )]  # fmt: skip
        else:
            shared = [f for f in sorted(facts) if conn.execute(
                f"SELECT count(DISTINCT article) > 1 FROM {table} WHERE fact = ?", (f,)
            ).fetchone()[0]]  # fmt: skip
        for fact in shared:
            rows = conn.execute(
                f"SELECT id, article, json FROM {table} WHERE fact = ? ORDER BY path, start LIMIT ?",
                (fact, DISPUTE_BUCKET),
            ).fetchall()
            records: dict[str, dict] = {}
            for rec_id, article, js in rows:  # a record repeated elsewhere: its first place stands for it
                if rec_id not in records:
                    records[rec_id] = dict(json.loads(js), article=article)
            pairs = disputes_in(list(records.values()))
            conn.executemany("INSERT OR IGNORE INTO disputes VALUES (?, ?, ?)", [(a, b, fact) for a, b in pairs])
