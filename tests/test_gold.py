"""Score the extractor against the hand-labelled gold files of the bundled corpus.

Run `pytest tests/test_gold.py -s` to see the figures and every miss.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from scoring import score

from kzfacts.extract import extract_file, unify_speakers

GOLD = Path(__file__).parent / "gold"


def _load(name: str) -> list[dict]:
    with open(GOLD / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def extracted(corpus_texts):
    quotes, stats = [], []
    for path, text in corpus_texts.items():
        ex = extract_file(path, text)
        quotes.extend(ex.quotes)
        stats.extend(ex.stats)
    return unify_speakers(quotes), stats


def _flat(record) -> dict:
    d = record.to_dict()
    d.update(path=record.source.path, start=record.source.start, end=record.source.end)
    return d


@pytest.mark.parametrize("name", ["quotes.jsonl", "stats.jsonl"])
def test_gold_spans_are_exact(name, corpus_texts):
    for g in _load(name):
        assert corpus_texts[g["path"]][g["start"] : g["end"]] == g["text"]


def test_quotes_against_gold(extracted):
    quotes, _ = extracted
    result, notes = score(
        _load("quotes.jsonl"),
        [_flat(q) for q in quotes],
        agree=lambda g, f: (g["speaker"] or "").lower() == (f["speaker"] or "").lower(),
    )
    print(
        f"\nquotes: precision {result.precision:.3f} recall {result.recall:.3f} "
        f"speaker {result.agreement:.3f} (gold {result.gold}, found {result.found})"
    )
    print("\n".join(notes))
    assert result.precision >= 0.95
    assert result.recall >= 0.95
    assert result.agreement >= 0.95


def test_stats_against_gold(extracted):
    _, stats = extracted
    result, notes = score(
        _load("stats.jsonl"),
        [_flat(s) for s in stats],
        agree=lambda g, f: math.isclose(g["value"], f["value"], rel_tol=1e-9),
    )
    exact = result.agreed
    precision = exact / result.found if result.found else 1.0
    recall = exact / result.gold
    print(
        f"\nstats (exact value): precision {precision:.3f} recall {recall:.3f} "
        f"(gold {result.gold}, found {result.found}, overlapping {result.matched})"
    )
    print("\n".join(notes))
    assert precision >= 0.92
    assert recall >= 0.92
