"""The command line through Typer's CliRunner: (arguments, exit code, expected output) tables."""

from __future__ import annotations

import csv
import gc
import io
import json
import os
import re

import pytest
from typer.testing import CliRunner

from kzfacts.cli import app

runner = CliRunner()


def run(*args: str, env: dict | None = None):
    return runner.invoke(app, list(args), env=env)


def as_json(result) -> list[dict]:
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


# --- quote ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("query", ["tokayev", "Tokayev", "Tokaev", "Tokayv", "Токаев", "Kassym-Jomart Tokayev"])
def test_quote_finds_tokayev_by_any_spelling(query):
    records = as_json(run("quote", query, "--json"))
    assert len(records) == 14
    assert {r["speaker"] for r in records} == {"Kassym-Jomart Tokayev"}


@pytest.mark.parametrize("query", ["head of state", "the head of state", "president"])
def test_quote_finds_speakers_by_the_job_they_hold(query):
    speakers = {r["speaker"] for r in as_json(run("quote", query, "--json", "--min-score", "95"))}
    assert "Kassym-Jomart Tokayev" in speakers
    assert "Zaur Mamedov" not in speakers


def test_speakers_filtered_by_name_role_or_job():
    assert [r["speaker"] for r in as_json(run("speakers", "vassilenko", "--json"))] == ["Roman Vassilenko"]
    by_job = {r["speaker"] for r in as_json(run("speakers", "head of state", "--json", "--min-score", "95"))}
    assert "Kassym-Jomart Tokayev" in by_job and "Zaur Mamedov" not in by_job
    assert len(as_json(run("speakers", "--json"))) > len(by_job)


def test_quote_json_fields_and_citation(corpus_texts):
    records = as_json(run("quote", "tokayev", "--json"))
    first = records[0]
    assert set(first) == {
        "type",
        "id",
        "text",
        "speaker",
        "speaker_role",
        "cue",
        "kind",
        "sentence",
        "source",
        "also_in",
        "score",
        "disputed_by",
    }
    assert first["disputed_by"] == []
    assert set(first["source"]) == {"path", "title", "line", "start", "end", "url", "link"}
    assert first["source"]["url"] is None and first["source"]["link"] is None  # plain text without sources.toml url
    for rec in records:
        src = rec["source"]
        text = corpus_texts[src["path"]]
        assert text[src["start"] : src["end"]] == rec["text"]
        assert text.count("\n", 0, src["start"]) + 1 == src["line"]
    assert first["score"] == 100.0


def test_json_is_utf8_not_escaped():
    result = run("quote", "Токаев", "--json")
    assert "Kassym-Jomart Tokayev" in result.stdout and "Kazakhstan’s" in result.stdout
    assert "\\u" not in result.stdout


def test_quote_ranked_by_score_then_source_order():
    records = as_json(run("quote", "tokayev", "--json"))
    keys = [(-r["score"], r["source"]["path"], r["source"]["start"]) for r in records]
    assert keys == sorted(keys)


@pytest.mark.parametrize(
    "args,code,stderr",
    [
        (["quote", "Token"], 1, "no quotes by 'Token'; nearest speakers: Kassym-Jomart Tokayev"),
        (["quote", "tokayev", "--about", "zebra"], 1, "no quotes by 'tokayev' about 'zebra'"),
        (["quote", "tokayev", "--format", "xml"], 2, "unknown format 'xml'"),
        (["quote", "tokayev", "--corpus", "/nonexistent/folder"], 2, "corpus folder not found"),
        (["quote", "tokayev", "--limit", "-1"], 2, "Invalid value"),
        (["show", "q-000000000000"], 1, "no record with id 'q-000000000000'"),
        (["export", "--type", "fish"], 2, "unknown --type 'fish'"),
    ],
)
def test_errors_are_one_line_with_exit_codes(args, code, stderr):
    result = run(*args)
    assert result.exit_code == code
    assert stderr in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_quote_about_narrows_by_words():
    records = as_json(run("quote", "tokayev", "--about", "coal", "--json"))
    assert [r["text"][:20] for r in records] == ["Coal in our domestic"]


def test_quote_by_role_and_limit():
    records = as_json(run("quote", "vassilenko", "--json", "--limit", "2"))
    assert len(records) == 2 and records[0]["speaker"] == "Roman Vassilenko"


def test_quote_interviewee():
    records = as_json(run("quote", "mamedov", "--json"))
    assert len(records) == 13
    assert {r["kind"] for r in records} == {"interview"}


# --- stat --------------------------------------------------------------------------------------
def test_stat_visits():
    records = as_json(run("stat", "visits", "--json"))
    top = records[0]
    assert (top["text"], top["value"], top["unit"], top["what"], top["period"]) == (
        "23",
        23.0,
        "count",
        "foreign visits",
        "2025",
    )
    assert top["source"]["path"] == "zaur-mamedov-interview-2025.txt" and top["source"]["line"] == 19


@pytest.mark.parametrize(
    "query,expected_text",
    [
        ("trade", "$5 Billion"),
        ("border", "7,500 km"),
        ("coal", "73%"),
        ("investment", "56%"),
    ],
)
def test_stat_queries(query, expected_text):
    records = as_json(run("stat", query, "--json"))
    assert records[0]["text"] == expected_text


@pytest.mark.parametrize(
    "args,texts",
    [
        (["--unit", "USD", "--min", "1e10"], ["$70 billion", "$70 billion"]),
        (["--unit", "km"], ["7,500 km"]),
        (["--unit", "$", "--period", "2022"], ["$1.5 billion", "$3.5 billion"]),
        (["--unit", "count", "--min", "100", "--max", "200"], ["100", "104", "186", "193"]),
    ],
)
def test_stat_filters(args, texts):
    records = as_json(run("stat", "anything", "--min-score", "0", "--json", *args))
    assert sorted(r["text"] for r in records) == sorted(texts)


def test_stat_table_shows_value_as_written():
    result = run("stat", "agreements", "--unit", "USD")
    assert result.exit_code == 0
    cells = [line[:18].strip() for line in result.stdout.splitlines()]  # the Value column
    assert "more than $70 billion commercial agreements" in " ".join(c for c in cells if c)


# --- other commands ------------------------------------------------------------------------------
def test_search_mixes_quotes_and_stats():
    records = as_json(run("search", "coal", "--json"))
    assert {r["type"] for r in records} == {"quote", "stat"}


def test_sources_lists_every_article():
    records = as_json(run("sources", "--json"))
    assert len(records) == 15
    assert sum(r["quotes"] for r in records) == 40
    assert sum(r["stats"] for r in records) == 55
    titles = [r["title"] for r in records]
    assert "Snow Leopard Becomes National Symbol of Kyrgyzstan" in titles
    pace = next(r for r in records if r["path"] == "pace-side-event-2025.txt")
    assert (pace["author"], pace["date"]) == ("Théo Vernay-Perrin", "09/10/2025")


def test_speakers_counts_and_roles():
    records = as_json(run("speakers", "--json"))
    assert records[0]["speaker"] == "Kassym-Jomart Tokayev" and records[0]["quotes"] == 14
    assert any(r["speaker"] == "presidential press service" for r in records)


def test_show_highlights_cited_words_in_paragraph():
    quote = as_json(run("quote", "podguzov", "--json"))[0]
    result = run("show", quote["id"])
    assert result.exit_code == 0
    assert f"[[{quote['text']}]]" in " ".join(result.stdout.split())
    assert "foreign-policy-outlook-listing.txt:" in result.stdout
    assert "speaker:  Nikolai Podguzov (Chairman of the EDB Management Board)" in result.stdout


def test_show_accepts_unique_prefix_and_json():
    quote = as_json(run("quote", "podguzov", "--json"))[0]
    [rec] = as_json(run("show", quote["id"][:8], "--json"))
    assert rec["id"] == quote["id"] and quote["text"] in rec["paragraph"]


def test_export_jsonl_has_every_record():
    result = run("export")
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    kinds = [r["type"] for r in lines]
    assert (kinds.count("article"), kinds.count("quote"), kinds.count("stat")) == (15, 40, 55)


def test_export_csv_has_header_and_rows():
    result = run("export", "--type", "quote", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 40 and rows[0]["type"] == "quote" and rows[0]["path"]


def test_markdown_table():
    result = run("quote", "podguzov", "--format", "md")
    lines = result.stdout.splitlines()
    assert lines[0] == "| Speaker | Quote | Source |"
    assert lines[2].startswith("| Nikolai Podguzov | “The proceeds will be allocated")


def test_jsonl_and_limit_zero_means_all():
    result = run("stat", "visits", "--format", "jsonl", "--limit", "0", "--min-score", "0")
    assert len(result.stdout.splitlines()) >= 4


def test_table_fits_80_columns():
    result = run("quote", "tokayev", env={"COLUMNS": "80"})
    assert result.exit_code == 0
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    assert "\x1b[" not in result.stdout  # not a terminal: no colour codes
    for rec in as_json(run("quote", "tokayev", "--json")):
        assert rec["id"] in result.stdout
    assert "Kassym-Jomart" in result.stdout  # names are not cut mid-word


def test_table_defaults_to_20_rows_json_to_all():
    table = run("stat", "kazakhstan", "--min-score", "0")
    rows = [line for line in table.stdout.splitlines() if re.search(r"\.txt:\d+", line)]
    assert len(rows) <= 20
    assert len(as_json(run("stat", "kazakhstan", "--min-score", "0", "--json"))) > 20


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and re.fullmatch(r"kzfacts \d+\.\d+\.\d+\n", result.stdout)


# --- user corpora ---------------------------------------------------------------------------------
ARTICLE = "Astana Hosts Talks\n\n“We want peace [bold red]now[/],” Aidos Serik said. Trade grew 12% in 2024.\n"


def test_corpus_option_and_environment(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    by_option = as_json(run("quote", "serik", "--corpus", str(tmp_path), "--json"))
    by_env = as_json(run("quote", "serik", "--json", env={"KZFACTS_CORPUS": str(tmp_path)}))
    assert by_option == by_env
    assert by_option[0]["text"] == "We want peace [bold red]now[/]"


def test_corpus_text_is_never_markup_or_terminal_control(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE.replace("peace", "peace\x1b[31m"), encoding="utf-8")
    result = run("quote", "serik", "--corpus", str(tmp_path))
    assert "[bold red]now[/]" in result.stdout
    assert "\x1b" not in result.stdout and "\\x1b[31m" in result.stdout


CONTROL_IN_QUOTES = [
    ("carriage-return", "grow\rexports", "grow\nexports"),  # read as Python reads text: a line break
    ("ansi-colour", "grow \x1b[31mexports\x1b[0m", "grow \x1b[31mexports\x1b[0m"),
    (
        "osc-8-link",
        "grow \x1b]8;;http://x.y\x1b\\exports\x1b]8;;\x1b\\",
        "grow \x1b]8;;http://x.y\x1b\\exports\x1b]8;;\x1b\\",
    ),
]


@pytest.mark.parametrize("name, inside, cited", CONTROL_IN_QUOTES, ids=[c[0] for c in CONTROL_IN_QUOTES])
def test_control_characters_inside_a_quotation_are_found_and_printed_escaped(tmp_path, name, inside, cited):
    text = f"Aidar Bekov spoke to reporters.\n\n“We will {inside} to Europe,” he said.\n"
    (tmp_path / "a.txt").write_bytes(text.encode("utf-8"))
    [rec] = as_json(run("quote", "bekov", "--corpus", str(tmp_path), "--json"))
    assert rec["text"] == f"We will {cited} to Europe"
    table = run("quote", "bekov", "--corpus", str(tmp_path)).stdout
    assert "\x1b" not in table and "\r" not in table


def test_repeated_quote_is_cited_in_also_in(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Another Report Here\n\n" + ARTICLE.split("\n\n", 1)[1], encoding="utf-8")
    [rec] = as_json(run("quote", "serik", "--corpus", str(tmp_path), "--json"))
    assert rec["source"]["path"] == "a.txt"
    assert [s["path"] for s in rec["also_in"]] == ["b.txt"]


def test_index_refreshes_when_files_change(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert len(as_json(run("stat", "trade", "--corpus", str(tmp_path), "--json"))) == 1
    (tmp_path / "a.txt").write_text(ARTICLE.replace("12%", "15%") + "Exports rose 3%.\n", encoding="utf-8")
    texts = [r["text"] for r in as_json(run("stat", "trade", "--corpus", str(tmp_path), "--json"))]
    assert texts == ["15%"]
    assert [r["text"] for r in as_json(run("stat", "exports", "--corpus", str(tmp_path), "--json"))] == ["3%"]
    (tmp_path / "a.txt").unlink()
    (tmp_path / "c.txt").write_text("Nothing Here Today\n\nNo numbers at all.\n", encoding="utf-8")
    assert run("stat", "trade", "--corpus", str(tmp_path)).exit_code == 1


def test_odd_folders_and_names_are_skipped_with_warnings(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    (tmp_path / "sub" / os.fsdecode(b"bad\xff.txt")).write_text(ARTICLE, encoding="utf-8")
    result = run("quote", "serik", "--corpus", str(tmp_path), "--json")
    assert result.exit_code == 0
    assert "a link back to a folder already read" in result.stderr
    assert "the name is not valid UTF-8" in result.stderr


def test_markdown_cells_are_literal(tmp_path):
    (tmp_path / "a.txt").write_text(
        ARTICLE.replace("peace [bold red]now[/]", "*peace* <b>now</b> [x](y)"), encoding="utf-8"
    )
    result = run("quote", "serik", "--corpus", str(tmp_path), "--format", "md")
    assert "\\*peace\\* \\<b\\>now\\</b\\> \\[x\\](y)" in result.stdout


def test_show_in_csv_has_every_field():
    quote = as_json(run("quote", "podguzov", "--json"))[0]
    rows = list(csv.DictReader(io.StringIO(run("show", quote["id"], "-f", "csv").stdout)))
    assert rows[0]["id"] == quote["id"] and rows[0]["sentence"] and quote["text"] in rows[0]["paragraph"]


def test_bad_files_are_skipped_with_a_warning(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00bad\xff\x00\x81")  # no encoding reads it
    result = run("quote", "serik", "--corpus", str(tmp_path), "--json")
    assert result.exit_code == 0
    assert "warning: bad.txt: not UTF-8 (byte 4) and its encoding cannot be told reliably, skipped" in result.stderr
    assert (tmp_path / "bad.txt").read_bytes() == b"\x00bad\xff\x00\x81"  # nothing the user owns is touched


@pytest.mark.parametrize(
    "make,message",
    [
        (lambda p: p, "no article files"),
        (lambda p: (p / "f.txt").write_text("x") and p / "f.txt", "not a file"),
    ],
)
def test_unusable_corpus_exit_2(tmp_path, make, message):
    target = make(tmp_path)
    result = run("quote", "x", "--corpus", str(target))
    assert result.exit_code == 2
    assert message in result.stderr


def test_index_command(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("index", "--corpus", str(tmp_path), "--jobs", "1")
    assert result.exit_code == 0
    assert result.stdout.startswith("1 files in ")
    assert "1 extracted" in result.stdout
    again = run("index", "--corpus", str(tmp_path))
    assert "0 extracted" in again.stdout and "1 unchanged" in again.stdout


# --- a self-healing index -----------------------------------------------------------------------------
def _index_file(corpus):
    from kzfacts.index import index_path

    return index_path(corpus.resolve())


def _overwrite_page(path, table):
    """Overwrite the root page of `table`: damage that only a query reads, not opening the index."""
    import sqlite3

    conn = sqlite3.connect(path)
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name=?", (table,)).fetchone()
    conn.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * size)
        fh.write(b"\xde\xad" * (size // 2))


def _foreign(path):
    import sqlite3

    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes(body TEXT)")
    conn.commit()
    conn.close()


def _older_schema(path):
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value='5' WHERE key='schema'")
    conn.commit()
    conn.close()


HEALED = {  # name: (how the index file is damaged, the reason in the warning)
    "random bytes": (lambda p: p.write_bytes(b"\x00\xff" * 5000), "not an SQLite database"),
    "truncated": (lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 2]), "database disk image is malformed"),
    "foreign SQLite database": (_foreign, "not a kzfacts index"),
    "older schema": (_older_schema, "made by another kzfacts version, schema 5; this one uses 6"),
    "damaged page found by the query": (lambda p: _overwrite_page(p, "quotes"), "database disk image is malformed"),
}


@pytest.mark.parametrize("name", HEALED)
def test_an_unusable_index_is_rebuilt_with_one_warning(tmp_path, name):
    damage, reason = HEALED[name]
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    expected = as_json(run("quote", "serik", "--corpus", str(tmp_path), "--json"))
    gc.collect()  # as when that process ended: its connection closes and checkpoints the index
    path = _index_file(tmp_path)
    damage(path)
    damaged = path.read_bytes()

    result = run("quote", "serik", "--corpus", str(tmp_path), "--json")

    [aside] = path.parent.glob(path.name + ".broken-*")
    assert result.exit_code == 0
    assert result.stderr == (
        f"kzfacts: warning: index {path} was unusable ({reason}); moved it to {aside.name} and rebuilt it\n"
    )
    assert json.loads(result.stdout) == expected and expected[0]["speaker"] == "Aidos Serik"
    if name == "damaged page found by the query":  # opening wrote its refresh before the query read the page
        assert b"\xde\xad" * 2048 in aside.read_bytes()
    else:
        assert aside.read_bytes() == damaged  # set aside as it was, not deleted
    again = run("quote", "serik", "--corpus", str(tmp_path), "--json")
    assert (again.exit_code, again.stderr) == (0, "")


@pytest.mark.parametrize(
    "make,reason",
    [
        (lambda t: (t / "c").write_text("x") and t / "c", "cannot create the cache folder {cache} (File exists)"),
        (
            lambda t: (t / "f").write_text("x") and t / "f" / "k",
            "cannot create the cache folder {cache} (Not a directory)",
        ),
    ],
    ids=["cache is a file", "cache under a file"],
)
def test_an_unwritable_cache_answers_from_memory_with_one_warning(tmp_path, make, reason):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    cache = make(tmp_path)
    result = run("quote", "serik", "--corpus", str(corpus), "--json", env={"KZFACTS_CACHE": str(cache)})
    assert result.exit_code == 0
    assert result.stderr == (
        f"kzfacts: warning: {reason.format(cache=cache)}; using an in-memory index for this run "
        "(set KZFACTS_CACHE to a writable folder)\n"
    )
    assert [r["text"] for r in json.loads(result.stdout)] == ["We want peace [bold red]now[/]"]
    index = run("index", "--corpus", str(corpus), env={"KZFACTS_CACHE": str(cache)})
    assert index.exit_code == 0 and index.stdout.endswith("index: in memory, for this run only\n")


def _changing(monkeypatch, rewrites: int):
    """b.txt is rewritten right after each of its first `rewrites` reads by the indexer."""
    from kzfacts import index

    real = index._read_and_extract
    done = []

    def read_and_extract(task):
        result = real(task)
        if task[0].path == "b.txt" and len(done) < rewrites:
            done.append(1)
            with open(task[0].abspath, "w", encoding="utf-8") as fh:
                fh.write(f"Border Talks Resume\n\nExports rose {10 + len(done)}% in 2024.\n")
        return result

    monkeypatch.setattr(index, "_read_and_extract", read_and_extract)


def _vanishing(monkeypatch, _rewrites):
    from kzfacts import corpus

    real = corpus.discover

    def discover(root, problems=None):
        files = real(root, problems)
        os.unlink(os.path.join(root, "b.txt"))
        return files

    monkeypatch.setattr(corpus, "discover", discover)


@pytest.mark.parametrize(
    "interfere,rewrites,stderr,exports",
    [
        (_vanishing, 0, "kzfacts: warning: b.txt: disappeared before it could be read, skipped\n", []),
        (_changing, 1, "", [("b.txt", "11%")]),
        (
            _changing,
            2,
            "kzfacts: warning: b.txt: changed while being indexed, skipped (it is read again next time)\n",
            [],
        ),
    ],
    ids=["removed after listing", "changed once: read again", "changed twice: dropped"],
)
def test_a_file_changing_while_indexed(tmp_path, monkeypatch, interfere, rewrites, stderr, exports):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Border Talks Resume\n\nExports rose 7% in 2024.\n", encoding="utf-8")
    interfere(monkeypatch, rewrites)
    result = run("export", "--type", "stat", "--corpus", str(tmp_path), "--json")
    assert (result.exit_code, result.stderr) == (0, stderr)
    assert [(r["source"]["path"], r["text"]) for r in json.loads(result.stdout)] == [("a.txt", "12%")] + exports


# --- past one machine: extract (the map step) and index --records ------------------------------------
def _jsonl(result) -> list[dict]:
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def _bundled():
    from kzfacts.corpus import bundled_corpus

    return bundled_corpus()


@pytest.mark.parametrize(
    "args,cwd",
    [
        (lambda c: [str(c)], None),  # a folder: its files named relative to it, as the corpus reader names them
        (lambda c: sorted(p.name for p in c.glob("*.txt")), "corpus"),  # files by name, sources.toml beside them
        (lambda c: ["."], "corpus"),
    ],
    ids=["folder", "files", "dot"],
)
def test_extract_gives_the_records_export_gives(monkeypatch, args, cwd):
    corpus = _bundled()
    if cwd:
        monkeypatch.chdir(corpus)
    extracted = _jsonl(run("extract", *args(corpus)))
    cache = os.environ["KZFACTS_CACHE"]
    assert not os.listdir(cache)  # extract needs no index and does not touch the cache
    exported = _jsonl(run("export", "--format", "jsonl", "--corpus", str(corpus)))
    assert extracted == exported
    kinds = [r["type"] for r in extracted]
    assert (kinds.count("article"), kinds.count("quote"), kinds.count("stat")) == (15, 40, 55)


STDIN_GOOD = [
    {"path": "a.txt", "text": "Astana Hosts Talks\n\n“We want peace now,” Aidos Serik said. Trade grew 12% in 2024.\n"},
    {"content": "Minister Dana Zhaksylykova said: “We will build 40 schools.”\n", "title": "Schools"},
]


@pytest.mark.parametrize(
    "bad,warning",
    [
        ("{not json", "not JSON (Expecting property name enclosed in double quotes)"),
        ('["a", "list"]', "not a JSON object"),
        ('{"title": "No Text Here"}', "no article text (a `text`, `content` or `body` string)"),
    ],
    ids=["not json", "not an object", "no text"],
)
def test_extract_reads_json_lines_on_stdin_and_skips_a_bad_line(bad, warning):
    lines = [json.dumps(STDIN_GOOD[0], ensure_ascii=False), bad, json.dumps(STDIN_GOOD[1], ensure_ascii=False)]
    result = runner.invoke(app, ["extract"], input="\n".join(lines) + "\n")
    assert result.stderr == f"kzfacts: warning: stdin line 2: {warning}, skipped\n"
    got = [
        (r["type"], (r.get("source") or r)["path"], r.get("text") or r.get("title"), r.get("speaker"))
        for r in _jsonl(result)
    ]
    assert got == [
        ("article", "a.txt", "Astana Hosts Talks", None),
        ("article", "stdin:3", "Schools", None),  # no path: named after its line
        ("quote", "a.txt", "We want peace now", "Aidos Serik"),
        ("quote", "stdin:3", "We will build 40 schools", "Dana Zhaksylykova"),
        ("stat", "a.txt", "12%", None),
        ("stat", "stdin:3", "40", None),
    ]
    quote = _jsonl(result)[2]
    assert quote["source"] == {
        "path": "a.txt", "title": "Astana Hosts Talks", "line": 3, "start": 21, "end": 38, "url": None, "link": None
    }  # fmt: skip
    assert STDIN_GOOD[0]["text"][21:38] == "We want peace now"
    assert _jsonl(runner.invoke(app, ["extract", "-"], input="\n".join(lines) + "\n")) == _jsonl(result)


@pytest.mark.parametrize(
    "args,stdin,code,stderr",
    [
        (["extract", "missing.txt"], None, 2, "kzfacts: missing.txt: no such file or folder\n"),
        (["extract", "{tmp}/notes.pdf"], None, 2, "kzfacts: {tmp}/notes.pdf: not an article file (.txt, .md, .html, .jsonl)\n"),
        (["extract"], "", 1, "kzfacts: no records in the given articles\n"),
        (["extract", "{tmp}/empty"], None, 1, "kzfacts: warning: {tmp}/empty: no article files (.txt, .md, .html, .jsonl) in this folder\n"
         "kzfacts: no records in the given articles\n"),
    ],
    ids=["missing", "not an article", "empty stdin", "empty folder"],
)  # fmt: skip
def test_extract_exit_codes(tmp_path, monkeypatch, args, stdin, code, stderr):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.pdf").write_text("x")
    (tmp_path / "empty").mkdir()
    result = runner.invoke(app, [a.format(tmp=tmp_path) for a in args], input=stdin)
    assert (result.exit_code, result.stderr, result.stdout) == (code, stderr.format(tmp=tmp_path), "")


def _small_corpus(folder):
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text("Another Report Here\n\n" + ARTICLE.split("\n\n", 1)[1], encoding="utf-8")
    return folder


def _load(tmp_path):
    """The small corpus extracted to a file, loaded into the index of an empty folder."""
    source = _small_corpus(tmp_path / "source")
    records = tmp_path / "records.jsonl"
    result = run("extract", str(source))
    records.write_text(result.stdout, encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    return source, records, empty


def test_index_records_round_trip(tmp_path):
    source, records, empty = _load(tmp_path)
    loaded = run("index", "--records", str(records), "--corpus", str(empty))
    assert loaded.exit_code == 0, loaded.stderr
    assert (
        loaded.stdout.splitlines()[1] == f"{records}: 2 articles, 1 quotes and 1 stats; loaded the records of 2 files"
    )
    for args in (["quote", "serik"], ["stat", "trade"], ["search", "peace"], ["speakers"]):
        assert as_json(run(*args, "--json", "--corpus", str(empty))) == as_json(
            run(*args, "--json", "--corpus", str(source))
        )
    [quote] = as_json(run("quote", "serik", "--json", "--corpus", str(empty)))
    assert (quote["id"], quote["text"], quote["source"], quote["also_in"]) == (
        "q-fbbf35dbbb3a",
        "We want peace [bold red]now[/]",
        {"path": "a.txt", "title": "Astana Hosts Talks", "line": 3, "start": 21, "end": 51, "url": None, "link": None},
        [
            {
                "path": "b.txt",
                "title": "Another Report Here",
                "line": 3,
                "start": 22,
                "end": 52,
                "url": None,
                "link": None,
            }
        ],
    )
    [stat] = as_json(run("stat", "trade", "--json", "--corpus", str(empty)))
    assert (stat["id"], stat["text"], stat["source"]["path"], stat["source"]["start"]) == (
        "s-255c928b95cb",
        "12%",
        "a.txt",
        83,
    )
    # the loaded index exports the very records it was given; show has no file, so it shows the sentence
    assert run("export", "--corpus", str(empty)).stdout == records.read_text(encoding="utf-8")
    shown = run("show", quote["id"], "--corpus", str(empty))
    assert shown.exit_code == 0 and "“[[We want peace [bold red]now[/]]],” Aidos Serik said." in shown.stdout
    assert as_json(run("show", quote["id"], "--json", "--corpus", str(empty)))[0]["paragraph"] is None


def test_loaded_records_stay_beside_corpus_files_until_the_next_load_or_rebuild(tmp_path):
    _, records, corpus = _load(tmp_path)
    assert run("index", "--records", str(records), "--corpus", str(corpus)).exit_code == 0
    (corpus / "c.txt").write_text(ARTICLE.replace("Aidos Serik", "Dana Zhaksylykova"), encoding="utf-8")
    speakers = [r["speaker"] for r in as_json(run("speakers", "--json", "--corpus", str(corpus)))]
    assert speakers == ["Aidos Serik", "Dana Zhaksylykova"]  # a refresh adds c.txt and keeps the loaded records
    (corpus / "a.txt").write_text(ARTICLE.replace("Aidos Serik", "Marat Abenov"), encoding="utf-8")
    [serik] = as_json(run("quote", "serik", "--json", "--corpus", str(corpus)))
    assert [serik["source"]["path"]] + [s["path"] for s in serik["also_in"]] == ["b.txt"]  # a.txt: the file wins
    index = run("index", "--rebuild", "--corpus", str(corpus))
    assert "loaded with --records" not in index.stdout
    assert run("quote", "serik", "--corpus", str(corpus)).exit_code == 1  # --rebuild drops the loaded records
    again = run("index", "--records", str(records), "--corpus", str(corpus))
    assert again.stderr == (
        "kzfacts: warning: records of 1 files that are in the corpus folder were left out, "
        "the files' own records are kept: a.txt\n"
    )
    assert [r["source"]["path"] for r in as_json(run("quote", "serik", "--json", "--corpus", str(corpus)))] == ["b.txt"]


GOOD_RECORD = {"type": "stat", "id": "s-1", "text": "5%", "value": 5.0, "unit": "%", "what": "growth",
               "qualifier": None, "period": None, "sentence": "Growth was 5%.",
               "source": {"path": "x.txt", "title": None, "line": 1, "start": 11, "end": 13}, "also_in": []}  # fmt: skip


@pytest.mark.parametrize(
    "bad,message",
    [
        ("{oops", "not JSON (Expecting property name enclosed in double quotes)"),
        ('{"type": "fish", "id": "f-1"}', "unknown record type 'fish' (quote, stat or article)"),
        (dict(GOOD_RECORD, value="five"), "stat 's-1': field 'value' missing or not int/float"),
        (dict(GOOD_RECORD, source={"path": "x.txt", "line": 1, "start": 13, "end": 11}),
         "stat 's-1': offsets must be 0 <= start <= end and line >= 1"),
        (dict(GOOD_RECORD, type="quote", kind="direct", speaker=7), "quote 's-1': field 'speaker' must be text or null"),
    ],
    ids=["not json", "unknown type", "value not a number", "offsets", "speaker not text"],
)  # fmt: skip
def test_bad_records_exit_2_and_leave_the_index_unchanged(tmp_path, bad, message):
    _, records, corpus = _load(tmp_path)
    assert run("index", "--records", str(records), "--corpus", str(corpus)).exit_code == 0
    before = as_json(run("quote", "serik", "--json", "--corpus", str(corpus)))
    lines = [json.dumps(GOOD_RECORD), bad if isinstance(bad, str) else json.dumps(bad)]
    result = runner.invoke(app, ["index", "--records", "-", "--corpus", str(corpus)], input="\n".join(lines) + "\n")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"kzfacts: stdin line 2: {message}; the index is unchanged\n"
    assert as_json(run("quote", "serik", "--json", "--corpus", str(corpus))) == before
    assert run("stat", "growth", "--corpus", str(corpus)).exit_code == 1  # the good first line was not loaded
