"""Properties on generated text (hypothesis): the engine never raises, every citation is exact,
and every `--json` and `--format csv` output of the command line parses.

The runs are derandomised (the same examples every run, no example database), so CI is reproducible.
Inputs that failed once and were fixed stay as explicit examples.
"""

from __future__ import annotations

import csv
import io
import json
import math
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kzfacts.cli import app
from kzfacts.extract import extract_file


def _settings(max_examples: int, phases=tuple(Phase)) -> settings:
    return settings(
        max_examples=max_examples,
        phases=phases,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
    )


# --- strategies -----------------------------------------------------------------------------------
QUOTE_MARKS = ["“", "”", "«", "»", "„", '"', "‘", "’", "'"]
NUMBER_WORDS = [
    "one", "two", "three", "seven", "ten", "twelve", "twenty-five", "hundred", "thousand", "million",
    "billion", "trillion", "first", "second", "third", "half", "a quarter", "dozen", "seven-year", "two-thirds",
]  # fmt: skip
CURRENCY = ["$", "€", "£", "₸", "₽", "¥", "USD", "KZT", "tenge", "dollars", "euros", "%", "percent", "km", "tons"]
# "\x0b" to "\u2029" break lines for str.splitlines but not for a count of "\n"
CONTROL = [
    "\r", "\r\n", "\x1b[31m", "\x1b[0m", "\x1b]8;;https://example.com\x1b\\", "\x1b]8;;\x1b\\", "\x00", "\t",
    "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\u202e", "\ufeff", "\u200b",
]  # fmt: skip
LINE_STARTS = ["\n", "\n\n", "\n– ", "\n— ", "\n- ", "\n\n– ", "\n\n- ", "\n\n— "]
NEWS_WORDS = [
    "said", "told reporters", "stressed", "according to", "noted", "President", "Kassym-Jomart Tokayev",
    "Tokayev", "he", "she", "the President", "Minister", "Aidos Serik", "the company", "It", "Astana Hosts Talks",
    "in 2025", "2024–2025", "Strategy 2050", "COVID-19", "...", "…", "?", ".", ",", ":", ";", "!", "(", ")",
    "more than", "up to", "about", "at least", "three years ago", "Q:", "A:", " ", "  ", "Mr.", "Dr.", "No.",
]  # fmt: skip

digits = st.one_of(
    st.integers(min_value=-(10**12), max_value=10**15).map(str),
    st.builds(  # 1,234,567.5 or 20, 000 or 1 234,5
        lambda head, groups, sep, tail: head + "".join(f"{sep}{g:03d}" for g in groups) + tail,
        st.integers(0, 999).map(str),
        st.lists(st.integers(0, 999), max_size=3),
        st.sampled_from([",", ".", " ", ", ", "\u00a0"]),
        st.sampled_from(["", ".5", ",25", ".075"]),
    ),
    st.builds(lambda n, end: f"{n}{end}", st.integers(0, 9999), st.sampled_from(["st", "nd", "th", "%", "s", "-"])),
    st.sampled_from(["0", "00", "1/2", "3.5", "½", "٣", "²", "1e5", "1,5", "20, 000", "10-15", "10–15", "10 to 15"]),
)
fragment = st.one_of(
    st.sampled_from(QUOTE_MARKS),
    digits,
    st.sampled_from(NUMBER_WORDS),
    st.sampled_from(CURRENCY),
    st.sampled_from(CONTROL),
    st.sampled_from(LINE_STARTS),
    st.sampled_from(NEWS_WORDS),
    st.text(max_size=12),
)
# random mixes: glued together, or with spaces between the pieces
mixes = st.one_of(
    st.text(),
    st.lists(fragment, max_size=80).map("".join),
    st.lists(fragment, max_size=80).map(" ".join),
)

# news-shaped text: headlines, attributed quotations (with marks that may not match or not close),
# interview dashes, numbers with units, and the junk above inside and between them
_junk = st.lists(
    st.one_of(st.sampled_from(CONTROL), st.sampled_from(QUOTE_MARKS), digits, st.sampled_from(CURRENCY)), max_size=3
).map("".join)
_words = st.lists(
    st.one_of(st.sampled_from(NEWS_WORDS + NUMBER_WORDS + CURRENCY), digits, _junk, st.text(max_size=6)),
    min_size=1,
    max_size=10,
).map(" ".join)
_open = st.sampled_from(["“", "«", "„", '"', "‘", "'", ""])
_close = st.sampled_from(["”", "»", "“", '"', "’", "'", ""])
_speaker = st.sampled_from(
    ["Kassym-Jomart Tokayev", "he", "she", "the President", "Aidos Serik", "Minister of Energy Almas Satkaliyev",
     "the company", "Tokayev", "Smith"]
)  # fmt: skip
_cue = st.sampled_from(["said", "told reporters", "stressed", "noted", "added", "said:", "according to"])
_sentence = st.one_of(
    st.builds(lambda o, w, p, c, s, v: f"{o}{w}{p}{c} {s} {v}.", _open, _words, st.sampled_from(",.?…"), _close,
              _speaker, _cue),
    st.builds(lambda s, v, o, w, c: f"{s} {v} {o}{w}.{c}", _speaker, _cue, _open, _words, _close),
    st.builds(lambda q, n, u, w: f"{w} {q} {n} {u}.", st.sampled_from(["more than", "up to", "about", ""]), digits,
              st.sampled_from(CURRENCY + NUMBER_WORDS), _words),
    _words.map(lambda w: w + "."),
    _junk,
)  # fmt: skip
_paragraph = st.builds(
    "".join,
    st.tuples(
        st.sampled_from(["", "– ", "— ", "- ", "Q: ", "A: ", "\x1b[31m", "\r"]),
        st.lists(_sentence, min_size=1, max_size=4).map(" ".join),
    ),
)
_headline = st.sampled_from(
    ["Astana Hosts Talks", "President Tokayev: Kazakhstan Charts Its Own Course", "Trade Grew 12% In 2024",
     "Photo: Akorda", "USD 521.30 ▲ | EUR 604.85 ▼", "By Aidos Serik", "09/10/2025", "Page 1 of 3", "Read more...", ""]
)  # fmt: skip
_article = st.builds(
    lambda head, paras: head + "\n\n" + "\n\n".join(paras), _headline, st.lists(_paragraph, min_size=1, max_size=5)
)
news = st.builds(
    lambda arts, sep: sep.join(arts),
    st.lists(_article, min_size=1, max_size=3),
    st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\n\n\n"]),
)

# one very long line (kept to a few thousand characters: extraction is not linear yet, issue 8)
long_lines = st.builds(
    lambda before, piece, times, after: f"{before}\n{piece.replace(chr(10), ' ') * times}\n{after}",
    news,
    st.lists(fragment, min_size=1, max_size=8).map(" ".join),
    st.integers(min_value=50, max_value=600),
    mixes,
)


# --- the engine -----------------------------------------------------------------------------------
def check_citations(text: str) -> None:
    """Extract; every record's span lies within the text, cites exactly its text, on the right line."""
    ex = extract_file("a.txt", text)
    for rec in ex.quotes + ex.stats:
        src = rec.source
        assert 0 <= src.start <= src.end <= len(text), (rec.id, src)
        assert text[src.start : src.end] == rec.text, (rec.id, src)
        assert src.line == text.count("\n", 0, src.start) + 1, (rec.id, src)
        assert src.path == "a.txt"
    for art in ex.articles:
        assert 0 <= art.start <= art.end <= len(text), art
        assert art.line == text.count("\n", 0, art.start) + 1, art


@_settings(500)
@given(mixes)
def test_engine_never_raises_and_cites_exactly_on_random_mixes(text):
    check_citations(text)


@_settings(120)
@given(news)
def test_engine_never_raises_and_cites_exactly_on_news_shaped_text(text):
    check_citations(text)


@_settings(20)
@given(long_lines)
def test_engine_never_raises_and_cites_exactly_on_long_lines(text):
    check_citations(text)


@_settings(50)
@given(news)
@example("“\n“a b,” he said.")  # found here: a paragraph of only an opening mark gave a quote "" at [1:1]
def test_every_record_cites_some_words(text):
    ex = extract_file("a.txt", text)
    for rec in ex.quotes + ex.stats:
        assert rec.text.strip(), (rec.text, rec.source)


# --- the command line -----------------------------------------------------------------------------
runner = CliRunner()


def _strict_json(out: str):
    """JSON as RFC 8259 has it: NaN and Infinity, which Python's json writes and reads, are not JSON."""

    def reject(name: str):
        raise ValueError(f"{name} is not JSON")

    return json.loads(out, parse_constant=reject)


def _invoke(corpus: Path, *args: str):
    result = runner.invoke(app, [*args, "--corpus", str(corpus)])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code in (0, 1), (args, result.exit_code, result.stderr)
    return result


def _citations_hold(records: list[dict], texts: dict[str, str]) -> None:
    for rec in records:
        if rec.get("type") not in ("quote", "stat"):
            continue
        for src in [rec["source"], *rec.get("also_in", [])]:
            text = texts[src["path"]]
            assert 0 <= src["start"] <= src["end"] <= len(text), (rec["id"], src)
            assert text[src["start"] : src["end"]] == rec["text"], (rec["id"], src)
            assert src["line"] == text.count("\n", 0, src["start"]) + 1, (rec["id"], src)


def _json_and_csv(corpus: Path, texts: dict[str, str], *args: str) -> list[dict]:
    """The command with --json and with --format csv: both parse, and they hold the same records."""
    as_json = _invoke(corpus, *args, "--json")
    records = _strict_json(as_json.stdout_bytes.decode("utf-8"))
    assert isinstance(records, list)
    _citations_hold(records, texts)
    as_csv = _invoke(corpus, *args, "--format", "csv")
    assert as_csv.exit_code == as_json.exit_code
    rows = list(csv.reader(io.StringIO(as_csv.stdout_bytes.decode("utf-8"), newline=""), strict=True))
    if records:
        header, body = rows[0], rows[1:]
        assert all(len(row) == len(header) for row in body), header
        assert len(body) == len(records)
    else:
        assert rows == []
    return records


_commands = st.sampled_from(
    [
        ("quote", "tokayev", "--min-score", "0"),
        ("quote", "president"),
        ("stat", "trade", "--min-score", "0"),
        ("stat", "exports", "--min", "10", "--max", "1e9", "--min-score", "0"),
        ("search", "said", "--min-score", "0"),
        ("sources",),
        ("speakers",),
    ]
)


@_settings(40)
@given(
    files=st.lists(st.one_of(news, mixes), min_size=1, max_size=2),
    commands=st.lists(_commands, min_size=1, max_size=3, unique=True),
    show=st.booleans(),
)
def test_cli_json_and_csv_outputs_parse(files, commands, show):
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp)
        for n, text in enumerate(files):
            # written exactly; the citations count the text as Python reads it (newlines translated)
            (corpus / f"f{n}.txt").write_text(text, encoding="utf-8", newline="")
        texts = {p.name: open(p, encoding="utf-8").read() for p in corpus.iterdir()}
        everything = _json_and_csv(corpus, texts, "export")
        for command in commands:
            _json_and_csv(corpus, texts, *command)
        ids = [r["id"] for r in everything if r["type"] in ("quote", "stat")]
        if show and ids:
            [rec] = _json_and_csv(corpus, texts, "show", ids[-1])
            assert rec["id"] == ids[-1]


@_settings(5)
@given(st.integers(min_value=309, max_value=400), st.sampled_from(["", " km", " tenge", "$"]))
@example(309, " km")  # found here: "1", 309 zeros and " km" gave value inf, printed as `Infinity`
def test_json_stays_json_for_huge_numbers(zeros, unit):
    number = "1" + "0" * zeros
    text = f"{unit}{number}" if unit == "$" else f"{number}{unit}"
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp)
        (corpus / "a.txt").write_text(text, encoding="utf-8")
        _json_and_csv(corpus, {"a.txt": text}, "export")
    assert all(math.isfinite(s.value) for s in extract_file("a.txt", text).stats)


@_settings(10)
@given(news)
@example("")  # minimal: one empty file, `stat exports --unit count --json`
def test_json_for_a_unit_not_in_the_corpus(text):
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp)
        (corpus / "a.txt").write_text(text, encoding="utf-8", newline="")
        texts = {"a.txt": open(corpus / "a.txt", encoding="utf-8").read()}
        _json_and_csv(corpus, texts, "stat", "exports", "--unit", "count", "--min-score", "0")


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["a.txt", "a.jsonl", "a.html"]),
    st.one_of(
        st.binary(max_size=400),
        st.text(max_size=300).map(lambda t: t.encode("utf-8")),
        st.text(max_size=200).map(lambda t: ("<html><body><p>" + t + "</p><q>x</q></body></html>").encode("utf-8")),
        st.lists(st.text(max_size=60), max_size=5).map(
            lambda ts: "\n".join(json.dumps({"text": t}) for t in ts).encode()
        ),
    ),
)
def test_reading_any_bytes_gives_a_document_or_a_one_line_format_error(name, data):
    from kzfacts.formats import FormatError, parse

    try:
        doc = parse(name, data)
    except FormatError as exc:
        assert "\n" not in str(exc)
        return
    assert all(0 <= p.start <= len(doc.text) for p in doc.parts)
    assert [p.start for p in doc.parts] == sorted(p.start for p in doc.parts)
