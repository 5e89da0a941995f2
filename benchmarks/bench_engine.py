"""Extraction speed of the pure engine on one core (no index, no I/O in the timed loop).

    python benchmarks/bench_engine.py              # the bundled corpus, 20 rounds
    python benchmarks/bench_engine.py DIR --rounds 3

Prints MB/s: bytes of UTF-8 text extracted per second of wall time (median round).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from kzfacts.corpus import bundled_corpus
from kzfacts.extract import extract_file


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=bundled_corpus())
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(args.folder.rglob("*.txt"))]
    nbytes = sum(len(t.encode("utf-8")) for _, t in texts)
    rounds = []
    for _ in range(args.rounds):
        started = time.perf_counter()
        for name, text in texts:
            extract_file(name, text)
        rounds.append(time.perf_counter() - started)
    seconds = statistics.median(rounds)
    print(
        f"{len(texts)} files, {nbytes / 1e6:.3f} MB: {nbytes / seconds / 1e6:.2f} MB/s (median of {args.rounds} rounds)"
    )


if __name__ == "__main__":
    main()
