"""The kzfacts command: options -> library calls -> one writer. Exit codes like grep:
0 results, 1 none, 2 usage or corpus error."""

from __future__ import annotations

import functools
import os
import re
import sys
import time
from typing import Annotated

import typer
from typer import Abort

# Typer 0.28 carries its own copy of click; its usage errors are caught to print one line.
from typer._click.exceptions import ClickException, UsageError

from kzfacts import __version__

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="Cited direct quotes and numeric claims from news articles.",
)

# --- options every listing command shares --------------------------------------------------
CorpusOpt = Annotated[
    str | None,
    typer.Option(
        "--corpus",
        metavar="DIR",
        help="Folder of articles [env: KZFACTS_CORPUS; default: the bundled corpus].",
        show_default=False,
    ),
]
LimitOpt = Annotated[
    int | None,
    typer.Option(
        "--limit",
        "-n",
        min=0,
        help="At most N results; 0 means all [default: 20 for tables, all otherwise].",
        show_default=False,
    ),
]
MinScoreOpt = Annotated[
    float, typer.Option("--min-score", min=0, max=100, help="Drop matches scoring below this (0-100).")
]
SourceOpt = Annotated[
    str | None,
    typer.Option(
        "--source",
        metavar="PATTERN",
        help="Only records cited from files or article titles matching PATTERN (substring or glob).",
    ),
]
FormatOpt = Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="table, json, jsonl, csv or md.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Shortcut for --format json.")]

DEFAULT_MIN_SCORE = 75.0
SOURCE_WIDTH = 24  # the citation column: title, file:line, id; wide enough at 80 columns
URL_MIN_COLUMNS = 140  # from this terminal width, the citation column also shows the page's URL
SOURCE_WIDTH_WITH_URL = 48


def _version(value: bool) -> None:
    if value:
        print(f"kzfacts {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """kzfacts answers "what did this person say?" and "what numbers were given about this?"."""


# --- shared plumbing ---------------------------------------------------------------------------
def _fail(message: str, code: int = 2):
    from kzfacts.render import error

    error(message)
    raise typer.Exit(code)


def _format(fmt: str, as_json: bool) -> str:
    from kzfacts.render import FORMATS

    fmt = "json" if as_json else fmt.lower()
    if fmt not in FORMATS:
        _fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return fmt


def _store(corpus: str | None, jobs: int = 1, progress: bool = False, rebuild: bool = False, allow_empty: bool = False):
    from kzfacts.corpus import CorpusError, resolve_corpus
    from kzfacts.index import IndexError_, open_index
    from kzfacts.query import Store
    from kzfacts.render import error

    try:
        root = resolve_corpus(corpus)
        conn, report = open_index(root, jobs=jobs, progress=_progress_bar() if progress else None, rebuild=rebuild)
    except (CorpusError, IndexError_) as exc:
        _fail(str(exc))
    _RUN["opened"] = (conn, root)
    for message in report.warnings + report.skipped:
        if message not in _RUN["warned"]:  # a command run again after healing the index says it once
            _RUN["warned"].add(message)
            error(f"warning: {message}")
    if report.files == 0 and not allow_empty:
        from kzfacts.index import loaded_paths

        if not loaded_paths(conn):  # records loaded with `index --records` answer without corpus files
            from kzfacts.formats import KINDS

            _fail(f"no article files ({KINDS}) in corpus folder {root}")
    return Store(conn), root, report


# the index one command invocation opened, the warnings given, the records `index --records` read
_RUN: dict = {"opened": None, "warned": set(), "records": None}


def _healing(command):
    """Run a command; when a query finds the index damaged (a page that the checks on opening do not
    read), set the file aside with one warning and run the command once more on a new index. Queries
    collect their records before printing, so nothing was printed yet."""

    @functools.wraps(command)
    def run(*args, **kwargs):
        _RUN.update(opened=None, warned=set(), records=None)
        try:
            try:
                return command(*args, **kwargs)
            except Exception as exc:
                from kzfacts.index import recover
                from kzfacts.render import error

                opened, _RUN["opened"] = _RUN["opened"], None
                message = recover(*opened, exc) if opened else None
                if message is None:
                    raise
                error(f"warning: {message}")
            try:
                return command(*args, **kwargs)
            except Exception as exc:
                from kzfacts.index import is_damage

                if not is_damage(exc):
                    raise
                _fail(f"the index is unusable even after a rebuild ({exc})")
        finally:
            _RUN["opened"] = None  # the connection closes with the command's Store

    return run


def _progress_bar():
    """A Rich progress bar on stderr for long index builds, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None
    state: dict = {}

    def update(done: int, total: int) -> None:
        if "bar" not in state:
            from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn

            from kzfacts.render import console

            state["bar"] = Progress(
                "extracting",
                BarColumn(),
                DownloadColumn(),
                TimeRemainingColumn(),
                console=console(stderr=True),
                transient=True,
            )
            state["bar"].start()
            state["task"] = state["bar"].add_task("extract", total=total)
        state["bar"].update(state["task"], completed=done)
        if done >= total:
            state["bar"].stop()

    return update


def _resolved_limit(limit: int | None, fmt: str) -> int:
    """--limit as given; by default 20 for tables (and Markdown), all for data formats; 0 = all."""
    if limit is None:
        return 20 if fmt in ("table", "md") else 0
    return limit


def _limit(items: list, limit: int | None, fmt: str) -> list:
    n = _resolved_limit(limit, fmt)
    return items[:n] if n else items


def _output(records: list[dict], columns, fmt: str, none_hint: str | None) -> None:
    """The one way every listing leaves the program: records in a format, or exit 1 with a hint."""
    from kzfacts.render import emit, error

    if not records:
        if fmt == "json":
            print("[]")
        if none_hint:
            error(none_hint)
        raise typer.Exit(1)
    try:
        emit(records, columns, fmt)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()  # the reader went away (`| head`): not an error
        raise typer.Exit(0) from None


def _cite(rec: dict) -> str:
    """Article title, file:line, further citations, and the id for `kzfacts show`."""
    src = _src(rec)
    more = f"\n(+{len(rec['also_in'])} more)" if rec.get("also_in") else ""
    title = src.get("title") or "(untitled)"
    disputed = f"\ndisputed by {', '.join(rec['disputed_by'])}" if rec.get("disputed_by") else ""
    url = f"\n{src['url']}" if src.get("url") and _wide() else ""
    return f"{title}\n{src['path']}:{src['line']}{more}{url}\n{rec['id']}{disputed}"


def _source_width() -> int:
    return SOURCE_WIDTH_WITH_URL if _wide() else SOURCE_WIDTH


def _wide() -> bool:
    """Room in the terminal for a page's URL under each citation."""
    import shutil

    return shutil.get_terminal_size().columns >= URL_MIN_COLUMNS


def _with_disputes(store, records: list[dict]) -> list[dict]:
    """Each record with `disputed_by`: ids of records elsewhere that disagree with it (see `conflicts`)."""
    disputed = store.disputed([rec["id"] for rec in records])
    for rec in records:
        rec["disputed_by"] = disputed[rec["id"]]
    return records


def _value_cell(rec: dict) -> str:
    """'more than $70 billion' over 'commercial agreements (2025)'."""
    what = " ".join(filter(None, [rec.get("what"), f"({rec['period']})" if rec.get("period") else None]))
    return f"{_value_as_written(rec)}\n{what}" if what else _value_as_written(rec)


def _value_as_written(rec: dict) -> str:
    from kzfacts.render import value_as_written

    return value_as_written(rec)


def _column(header, get, **kw):
    from kzfacts.render import Column

    return Column(header, get, **kw)


def _src(rec: dict) -> dict:
    return rec.get("source") or rec  # articles carry their citation fields themselves


def _also_in(rec: dict) -> str:
    return " ".join(f"{s['path']}:{s['line']}[{s['start']}:{s['end']}]" for s in rec.get("also_in", []))


def _record_columns():
    return [
        _column(name, get)
        for name, get in (
            ("type", lambda r: r.get("type")),
            ("id", lambda r: r.get("id")),
            ("speaker", lambda r: r.get("speaker")),
            ("speaker_role", lambda r: r.get("speaker_role")),
            ("cue", lambda r: r.get("cue")),
            ("kind", lambda r: r.get("kind")),
            ("text", lambda r: r.get("text") or r.get("title")),
            ("value", lambda r: r.get("value")),
            ("unit", lambda r: r.get("unit")),
            ("what", lambda r: r.get("what")),
            ("qualifier", lambda r: r.get("qualifier")),
            ("period", lambda r: r.get("period")),
            ("sentence", lambda r: r.get("sentence")),
            ("path", lambda r: _src(r)["path"]),
            ("line", lambda r: _src(r)["line"]),
            ("start", lambda r: _src(r)["start"]),
            ("end", lambda r: _src(r)["end"]),
            ("title", lambda r: _src(r).get("title")),
            ("date", lambda r: r.get("date")),
            ("author", lambda r: r.get("author")),
            ("publisher", lambda r: r.get("publisher")),
            ("also_in", _also_in),
        )
    ]


def _record_table_columns():
    return [
        _column("Type", lambda r: r.get("type"), width=7),
        _column("Record", _record_summary, ratio=6),
        _column("Source", _cite, width=_source_width()),
    ]


def _record_summary(rec: dict) -> str:
    if rec.get("type") == "quote":
        return f"{rec.get('speaker') or '(unknown)'}: “{rec['text']}”"
    if rec.get("type") == "stat":
        return f"{_value_as_written(rec)} — {rec.get('what') or ''}"
    return rec.get("title") or "(untitled)"


# --- commands -------------------------------------------------------------------------------------
@app.command()
@_healing
def quote(
    query: Annotated[
        str, typer.Argument(metavar="QUERY", help="Speaker: full name, last name, role, a typo or Cyrillic spelling.")
    ],
    about: Annotated[
        str | None, typer.Option("--about", metavar="TEXT", help="Only quotes containing these words.")
    ] = None,
    corpus: CorpusOpt = None,
    limit: LimitOpt = None,
    min_score: MinScoreOpt = DEFAULT_MIN_SCORE,
    source: SourceOpt = None,
    fmt: FormatOpt = "table",
    as_json: JsonOpt = False,
) -> None:
    """Direct quotes by a speaker, ranked by match score, then by source order."""
    fmt = _format(fmt, as_json)
    store, _, _ = _store(corpus)
    hits = store.quotes(query, about, min_score, source, limit=_resolved_limit(limit, fmt))
    records = _with_disputes(store, [h.record for h in hits])
    hint = None
    if not records:
        near = ", ".join(store.nearest_speakers(query))
        hint = (
            f"no quotes by {query!r}"
            + (f" about {about!r}" if about else "")
            + (f"; nearest speakers: {near}" if near else "")
        )
    columns = [
        _column("Speaker", lambda r: r.get("speaker") or "(unknown)", width=14),
        _column("Quote", lambda r: f"“{r['text']}”", ratio=6),
        _column("Source", _cite, width=_source_width()),
    ]
    _output(records, columns, fmt, hint)


@app.command()
@_healing
def stat(
    query: Annotated[
        str, typer.Argument(metavar="QUERY", help="What is counted or measured: visits, trade, border, coal ...")
    ],
    unit: Annotated[str | None, typer.Option("--unit", help="Only this unit: USD, KZT, %, km, year, count ...")] = None,
    min_value: Annotated[float | None, typer.Option("--min", help="Only values at least this.")] = None,
    max_value: Annotated[float | None, typer.Option("--max", help="Only values at most this.")] = None,
    period: Annotated[str | None, typer.Option("--period", help="Only claims tied to this year, e.g. 2025.")] = None,
    corpus: CorpusOpt = None,
    limit: LimitOpt = None,
    min_score: MinScoreOpt = DEFAULT_MIN_SCORE,
    source: SourceOpt = None,
    fmt: FormatOpt = "table",
    as_json: JsonOpt = False,
) -> None:
    """Numeric claims whose subject or sentence matches QUERY."""
    fmt = _format(fmt, as_json)
    if period is not None and not re.fullmatch(r"\d{4}", period.strip()):
        _fail(f"--period takes a year such as 2025, not {period!r}")
    store, _, _ = _store(corpus)
    unit_hint = None
    if unit is not None:
        from kzfacts.query import _unit_alias

        known = store.units()
        if _unit_alias(unit).lower() not in {u.lower() for u in known}:
            unit_hint = f"no numeric claims in unit {unit!r}; units in this corpus: {', '.join(known)}"
    hits = (
        []
        if unit_hint
        else store.stats(
            query,
            min_score,
            source,
            unit=unit,
            min_value=min_value,
            max_value=max_value,
            period=period,
            limit=_resolved_limit(limit, fmt),
        )
    )
    records = _with_disputes(store, [h.record for h in hits])
    hint = unit_hint or (
        f"no numeric claims match {query!r}; try a broader word or a lower --min-score" if not records else None
    )
    columns = [
        _column("Value", _value_cell, width=16),
        _column("Sentence", lambda r: r["sentence"], ratio=6),
        _column("Source", _cite, width=_source_width()),
    ]
    _output(records, columns, fmt, hint)


@app.command()
@_healing
def search(
    text: Annotated[str, typer.Argument(metavar="TEXT", help="Words to find in quotes and numeric claims.")],
    corpus: CorpusOpt = None,
    limit: LimitOpt = None,
    min_score: MinScoreOpt = DEFAULT_MIN_SCORE,
    source: SourceOpt = None,
    fmt: FormatOpt = "table",
    as_json: JsonOpt = False,
) -> None:
    """Quotes and numeric claims together, ranked by how closely they match."""
    fmt = _format(fmt, as_json)
    store, _, _ = _store(corpus)
    hits = store.search(text, min_score, source, limit=_resolved_limit(limit, fmt))
    records = [h.record for h in hits]
    hint = f"nothing matches {text!r}; try fewer words" if not records else None
    columns = [
        _column("Type", lambda r: r["type"], ratio=1),
        _column(
            "Record",
            lambda r: _record_summary(r) + (f"\n{r['sentence']}" if r["type"] == "stat" else ""),
            ratio=6,
        ),
        _column("Source", _cite, width=_source_width()),
        _column("Score", lambda r: r["score"], ratio=1, justify="right"),
    ]
    _output(records, columns, fmt, hint)


@app.command()
@_healing
def check(
    draft: Annotated[
        str | None,
        typer.Argument(
            metavar="[TEXT]",
            help="A claim or a draft; none, or -, reads the draft from standard input (one claim per line, "
            "or paragraphs).",
            show_default=False,
        ),
    ] = None,
    corpus: CorpusOpt = None,
    fmt: FormatOpt = "table",
    as_json: JsonOpt = False,
) -> None:
    """Is my draft right? A cited verdict for each number and quotation in it.

    Exit 0 when every item is supported or verbatim, 1 when any is not (or there is nothing to check)."""
    from kzfacts.check import PASSING, check_draft

    fmt = _format(fmt, as_json)
    text = _draft_text(draft)
    store, _, _ = _store(corpus)
    items = check_draft(text, store.candidates)
    columns = [
        _column("Verdict", lambda r: r["verdict"], width=13),
        _column("Draft", _draft_cell, ratio=3),
        _column("What the corpus says", lambda r: r["note"] + (f"\n{r['diff']}" if r["diff"] else ""), ratio=5),
        _column("Source", lambda r: _cite(r["evidence"][0]) if r["evidence"] else "—", width=_source_width()),
    ]
    _output(items, columns, fmt, "no numbers or quotations to check in the draft" if not items else None)
    if any(item["verdict"] not in PASSING for item in items):
        raise typer.Exit(1)


@app.command()
@_healing
def conflicts(
    corpus: CorpusOpt = None,
    limit: LimitOpt = None,
    source: SourceOpt = None,
    fmt: FormatOpt = "table",
    as_json: JsonOpt = False,
) -> None:
    """Facts on which articles disagree: another value for the same thing and period, or one quotation
    given to two speakers; each with both sources."""
    fmt = _format(fmt, as_json)
    store, _, _ = _store(corpus)
    found = store.conflicts(source, limit=_resolved_limit(limit, fmt))
    pairs = [{"kind": a["type"], "records": [a, b], "note": _disagreement(a, b)} for a, b in found]
    columns = [
        _column("Kind", lambda r: r["kind"], width=6),
        _column("Disagreement", lambda r: r["note"], ratio=5),
        _column("One source", lambda r: _cite(r["records"][0]), width=_source_width()),
        _column("Other source", lambda r: _cite(r["records"][1]), width=_source_width()),
    ]
    _output(pairs, columns, fmt, "no disagreements between articles found")


def _disagreement(a: dict, b: dict) -> str:
    if a["type"] == "quote":
        return f"“{a['text']}”: {a.get('speaker') or '(unknown)'} or {b.get('speaker') or '(unknown)'}?"
    what = " ".join(filter(None, [a.get("what"), f"({a['period']})" if a.get("period") else None]))
    return f"{what}: {_value_as_written(a)} or {_value_as_written(b)}?"


def _draft_cell(item: dict) -> str:
    """'more than 70%' over 'Kazakhstan oil (2025)', or 'Tokayev: “…”'; then the draft's line."""
    want = item["expected"]
    if item["kind"] == "quote":
        said = f"{want.get('speaker') or want.get('speaker_role') or '(unnamed)'}: “{item['claim']}”"
    else:
        said = _value_cell(dict(want, text=item["claim"]))
    return f"{said}\n(line {item['line']})"


def _draft_text(draft: str | None) -> str:
    """The argument, or standard input for none or "-"; a draft that is not text is an error."""
    if draft is None or draft == "-":
        if sys.stdin is None or sys.stdin.isatty():
            _fail('check needs a draft: kzfacts check "TEXT", or kzfacts check < draft.md')
        data = getattr(sys.stdin, "buffer", sys.stdin).read()
        if isinstance(data, bytes):
            try:
                data = data.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                _fail(f"the draft on standard input is not UTF-8 text (byte {exc.start})")
        draft = data
    if not draft.strip():
        _fail('check needs a draft: kzfacts check "TEXT", or kzfacts check < draft.md')
    from kzfacts.formats import newlines, text_of

    return newlines(text_of(draft))  # offsets count in the draft as a file of it would be read


@app.command()
@_healing
def sources(
    corpus: CorpusOpt = None,
    limit: LimitOpt = 0,
    source: SourceOpt = None,
    fmt: FormatOpt = "table",
    as_json: JsonOpt = False,
) -> None:
    """The corpus: files, article titles, dates, counts of quotes and stats."""
    fmt = _format(fmt, as_json)
    store, _, _ = _store(corpus)
    records = _limit(store.sources(source), limit, fmt)
    columns = [
        _column("File", lambda r: f"{r['path']}:{r['line']}", ratio=3),
        _column("Article", lambda r: r.get("title") or "(untitled)", ratio=5),
        _column("Date", lambda r: r.get("date") or "", ratio=2),
        _column("Quotes", lambda r: r["quotes"], width=6, justify="right"),
        _column("Stats", lambda r: r["stats"], width=5, justify="right"),
    ]
    _output(records, columns, fmt, "no articles match" if not records else None)


@app.command()
@_healing
def speakers(
    query: Annotated[
        str | None,
        typer.Argument(
            metavar="[QUERY]", help="Only speakers whose name, role or job matches: tokayev, head of state."
        ),
    ] = None,
    corpus: CorpusOpt = None,
    limit: LimitOpt = None,
    min_score: MinScoreOpt = DEFAULT_MIN_SCORE,
    source: SourceOpt = None,
    fmt: FormatOpt = "table",
    as_json: JsonOpt = False,
) -> None:
    """Who is quoted, how often, with roles (optionally only those matching QUERY)."""
    fmt = _format(fmt, as_json)
    store, _, _ = _store(corpus)
    rows = store.speakers()
    if query:
        matched = store.matching_speakers(query, min_score)
        canonical = store.canonical()
        names = {canonical.get(name, name) for name in matched}
        rows = [r for r in rows if r["speaker"] in names]
    if source:
        keep = {h.record.get("speaker") for h in store.all_records("quote", source)}
        rows = [r for r in rows if r["speaker"] in keep]
    records = _limit(rows, limit, fmt)
    columns = [
        _column("Speaker", lambda r: r["speaker"], ratio=3),
        _column("Quotes", lambda r: r["quotes"], width=6, justify="right"),
        _column("Role", lambda r: "; ".join(r["roles"]), ratio=6),
    ]
    _output(records, columns, fmt, "no quoted speakers in this corpus" if not records else None)


@app.command()
@_healing
def show(
    record_id: Annotated[
        str, typer.Argument(metavar="ID", help="A record id from any listing (a unique prefix will do).")
    ],
    corpus: CorpusOpt = None,
    fmt: FormatOpt = "table",
    as_json: JsonOpt = False,
) -> None:
    """One record in its paragraph, the cited words highlighted, with its full citation."""
    from kzfacts.corpus import CorpusError, discover, read_text
    from kzfacts.render import emit
    from kzfacts.render import show as show_record

    fmt = _format(fmt, as_json)
    if not record_id.strip():
        _fail("show needs a record id, as listed by quote, stat, search and export")
    store, root, _ = _store(corpus)
    hit = store.get(record_id)
    if hit is None:
        candidates = store.ids_like(record_id)
        if len(candidates) == 1:
            hit = store.get(candidates[0])
        elif candidates:
            _fail(f"id {record_id!r} is ambiguous: {', '.join(candidates[:5])}", 1)
    if hit is None:
        _fail(f"no record with id {record_id!r}; ids are listed by quote, stat, search and export", 1)
    rec = hit.record
    src = rec.get("source") or {
        "path": rec["path"],
        "start": rec["start"],
        "end": rec["end"],
        "line": rec["line"],
        "title": rec.get("title"),
    }
    rec.setdefault("source", src)
    file = next((f for f in discover(root) if f.path == src["path"]), None)
    try:
        text = read_text(file) if file else None
    except CorpusError as exc:
        _fail(str(exc))
    if text is None:
        from kzfacts.index import loaded_paths

        if src["path"] not in loaded_paths(store.conn):
            _fail(f"{src['path']} is no longer in the corpus")
        # loaded with `index --records`: no file to quote from, so the record's sentence is the context
        context = rec.get("sentence") or rec.get("title") or ""
        cited = " ".join((rec.get("text") or "").split())
        at = context.find(cited) if cited else -1
        rec = dict(rec, paragraph=None, paragraph_start=None)
        if fmt == "table":
            show_record(rec, context, 0, span=(at, at + len(cited)) if at >= 0 else (0, 0))
        else:
            emit([rec], _record_columns() + [_column("paragraph", lambda r: r["paragraph"])], fmt)
        return
    p_start = text.rfind("\n", 0, src["start"]) + 1
    p_end = text.find("\n", src["end"])
    p_end = len(text) if p_end == -1 else p_end
    rec = dict(rec, paragraph=text[p_start:p_end], paragraph_start=p_start)
    if fmt == "table":
        show_record(rec, text[p_start:p_end], p_start)
    else:
        emit([rec], _record_columns() + [_column("paragraph", lambda r: r["paragraph"])], fmt)


@app.command()
def text(
    path: Annotated[
        str, typer.Argument(metavar="PATH", help="An article file: its path in the corpus, or any file kzfacts reads.")
    ],
    corpus: CorpusOpt = None,
    fmt: FormatOpt = "table",
    as_json: JsonOpt = False,
) -> None:
    """The text kzfacts reads from a file, exactly as records' offsets count in it (for a page or a JSON
    Lines file, the article text taken from it): `text[start:end]` is a record's cited words. --json
    gives its format, encoding and the articles' metadata, with the text."""
    from kzfacts.corpus import CorpusError, read_document
    from kzfacts.render import emit, safe

    fmt = _format(fmt, as_json)
    try:
        file = _article_file(path, corpus)
        doc = read_document(file)
    except CorpusError as exc:
        _fail(str(exc).removesuffix(", skipped"))
    if fmt == "table":  # the text itself: byte for byte into a pipe or file, escaped on a terminal
        sys.stdout.write(safe(doc.text) if sys.stdout.isatty() else doc.text)
        return
    articles = [dict({k: None for k in ("title", "url", "date", "author", "publisher")}, start=p.start, **p.meta)
                for p in doc.parts]  # fmt: skip
    info = {
        "path": file.path, "format": doc.format, "encoding": doc.encoding, "chars": len(doc.text),
        "articles": articles, "warnings": list(doc.warnings), "text": doc.text,
    }  # fmt: skip
    if fmt in ("json", "jsonl"):
        emit([info], [], "jsonl")
        return
    columns = [_column(k, lambda r, k=k: r.get(k)) for k in ("start", "title", "url", "date", "author", "publisher")]
    emit([dict(a, path=file.path) for a in articles] or [{"start": 0}], columns, fmt)


def _article_file(path: str, corpus: str | None):
    """PATH as the corpus names it (also given from the current folder), else any article file."""
    from pathlib import Path

    from kzfacts.corpus import CorpusError, CorpusFile, discover, resolve_corpus
    from kzfacts.formats import KINDS, SUFFIXES

    root = resolve_corpus(corpus)
    files = {f.path: f for f in discover(root)}
    given = Path(path).expanduser()
    if path.removeprefix("./") in files:
        return files[path.removeprefix("./")]
    if given.is_file():
        try:
            relative = given.resolve().relative_to(root).as_posix()
        except ValueError:
            relative = None
        if relative in files:
            return files[relative]
        if not given.name.lower().endswith(SUFFIXES):
            raise CorpusError(f"{path}: not an article file ({KINDS})")
        st = given.stat()
        return CorpusFile(path, str(given), st.st_size, st.st_mtime_ns)
    raise CorpusError(f"{path}: no such article file in the corpus ({root}) or on disk")


@app.command()
@_healing
def export(
    kind: Annotated[str | None, typer.Option("--type", help="Only quote, stat or article records.")] = None,
    corpus: CorpusOpt = None,
    limit: LimitOpt = 0,
    source: SourceOpt = None,
    fmt: FormatOpt = "jsonl",
    as_json: JsonOpt = False,
) -> None:
    """Every record, for scripts and other tools (JSON Lines by default)."""
    fmt = _format(fmt, as_json)
    if kind and kind not in ("quote", "stat", "article"):
        _fail(f"unknown --type {kind!r}; choose quote, stat or article")
    store, _, _ = _store(corpus)
    records = _limit(store.export_records(kind, source), limit, fmt)
    columns = _record_table_columns() if fmt == "table" else _record_columns()  # csv and md: every field
    _output(records, columns, fmt, "the corpus has no records" if not records else None)


@app.command()
def extract(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[PATHS]...",
            help="Article files (.txt, .md, .html, .jsonl) or folders; none, or -, reads JSON Lines articles on standard input.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """The map step: articles -> their records as JSON Lines, the same records `export` gives; no index."""
    from kzfacts.corpus import CorpusError
    from kzfacts.mapstep import InputError, collect, extract_item, items_from_jsonl, items_from_paths
    from kzfacts.render import error

    def warn(message: str) -> None:
        error(f"warning: {message}")

    paths = list(paths or ["-"])
    problems: list[str] = []
    try:
        from_disk = items_from_paths([p for p in paths if p != "-"], problems)  # every path checked first
    except InputError as exc:
        _fail(str(exc))

    def items():
        yield from from_disk
        if "-" in paths:
            yield from items_from_jsonl(getattr(sys.stdin, "buffer", sys.stdin), warn)

    def results():
        seen: set[str] = set()
        for item in items():
            if item.name in seen:
                warn(f"{item.name}: given twice, the second one skipped")
                continue
            seen.add(item.name)
            try:
                yield extract_item(item)
            except CorpusError as exc:  # unreadable, not UTF-8, too large: skipped as the index skips it
                warn(str(exc))

    records = collect(results())
    for message in problems:
        warn(message)
    _output(records, _record_columns(), "jsonl", "no records in the given articles" if not records else None)


@app.command("index")
@_healing
def index_cmd(
    corpus: CorpusOpt = None,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Parallel extraction processes [default: CPUs].", show_default=False),
    ] = None,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Drop the index and extract every file again.")] = False,
    records_file: Annotated[
        str | None,
        typer.Option(
            "--records",
            metavar="FILE",
            help="Load records (JSON Lines as `extract` writes them; - for stdin), replacing those loaded before.",
        ),
    ] = None,
) -> None:
    """Build or refresh the index explicitly (other commands refresh it on their own)."""
    import sqlite3

    from kzfacts.index import is_damage, load_records, loaded_paths
    from kzfacts.render import error

    jobs = jobs or os.cpu_count() or 1
    if records_file is not None and _RUN["records"] is None:  # read once: a healed index runs this again
        _RUN["records"] = _read_records(records_file)
    started = time.perf_counter()
    store, root, report = _store(
        corpus, jobs=jobs, progress=True, rebuild=rebuild, allow_empty=records_file is not None
    )
    took = time.perf_counter() - started
    mb = report.bytes_extracted / 1e6
    print(
        f"{report.files} files in {root}: {len(report.extracted)} extracted ({mb:.2f} MB), "
        f"{len(report.removed)} removed, {report.files - len(report.extracted)} unchanged, in {took:.2f} s"
    )
    if records_file is not None:
        counts, extractions = _RUN["records"]
        try:
            loaded, shadowed = load_records(store.conn, extractions)
        except sqlite3.Error as exc:
            if is_damage(exc):
                raise
            _fail(f"cannot write the index ({exc}); it is unchanged")
        if shadowed:
            more = f" and {len(shadowed) - 3} more" if len(shadowed) > 3 else ""
            error(
                f"warning: records of {len(shadowed)} files that are in the corpus folder were left out, the "
                f"files' own records are kept: {', '.join(shadowed[:3])}{more}"
            )
        print(
            f"{'stdin' if records_file == '-' else records_file}: {counts['article']} articles, "
            f"{counts['quote']} quotes and {counts['stat']} stats; loaded the records of {len(loaded)} files"
        )
    elif loaded := loaded_paths(store.conn):
        print(
            f"plus the records of {len(loaded)} files loaded with --records (kept until the next --records or --rebuild)"
        )
    print(f"index: {report.path or 'in memory, for this run only'}")


def _read_records(name: str):
    """A records file (or stdin), checked whole before the index is opened: (counts by type, extractions)."""
    from kzfacts.mapstep import RecordsError, parse_records, records_to_extractions

    try:
        if name == "-":
            records = parse_records(getattr(sys.stdin, "buffer", sys.stdin), "stdin")
        else:
            with open(name, "rb") as fh:
                records = parse_records(fh, name)
    except RecordsError as exc:
        _fail(f"{exc}; the index is unchanged")
    except OSError as exc:
        _fail(f"cannot read records file {name} ({exc.strerror or exc})")
    if not records:
        _fail(f"no records in {'stdin' if name == '-' else name}; the index is unchanged", 1)
    counts = {kind: sum(r["type"] == kind for r in records) for kind in ("article", "quote", "stat")}
    return counts, records_to_extractions(records)


def _lean_app(argv: list[str]) -> typer.Typer:
    """The app with only the command being run: Typer builds a parser for every registered
    command at start-up, which costs more than the rest of a query."""
    name = argv[0] if argv else None
    info = next((c for c in app.registered_commands if (c.name or c.callback.__name__) == name), None)
    if info is None:
        return app  # --help, --version, typos: the full app answers
    lean = typer.Typer(
        add_completion=False,
        no_args_is_help=True,
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
        help=app.info.help,
    )
    lean.registered_callback = app.registered_callback
    lean.registered_commands = [info]
    return lean


def main() -> None:
    """The `kzfacts` command: every error is one line on stderr; exit 0 results, 1 none, 2 error."""
    from kzfacts.render import error

    argv = sys.argv[1:]
    _tolerant_output()
    try:
        code = _lean_app(argv)(args=argv, prog_name="kzfacts", standalone_mode=False)
    except UsageError as exc:
        command = exc.ctx.command_path if exc.ctx else "kzfacts"
        error(f"{exc.format_message()} (see `{command} --help`)")
        code = 2
    except ClickException as exc:
        error(exc.format_message())
        code = exc.exit_code
    except (Abort, KeyboardInterrupt):
        error("interrupted")
        code = 130
    except BrokenPipeError:
        _silence_stdout()  # the reader went away (`| head`): not an error
        code = 0
    except OSError as exc:
        _silence_stdout()
        error(f"cannot write the output ({exc.strerror or exc})")
        code = 2
    raise SystemExit(code or 0)


def _tolerant_output() -> None:
    """Text the terminal's encoding cannot show is escaped (\\u0422), never a crash."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
