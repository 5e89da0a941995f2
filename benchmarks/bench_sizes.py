"""Extraction speed and memory as one file grows: the bundled corpus repeated to N MB, as paragraphs
and as one single line, each size in a fresh process.

    python benchmarks/bench_sizes.py                      # 1, 10 and 50 MB; paragraphs and one line
    python benchmarks/bench_sizes.py --sizes 1,5 --shapes paragraphs

Prints, per size: seconds, MB/s, MB/s relative to the bundled corpus itself, and peak memory (maximum
resident set size of the process, less the process before the text was made) as a multiple of the file.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def corpus_text() -> str:
    from kzfacts.corpus import bundled_corpus

    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(bundled_corpus().glob("*.txt")))


def measure(shape: str, megabytes: float) -> dict:
    """One run in this process: build the text, extract it once."""
    from kzfacts.extract import extract_file

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    unit = corpus_text()
    if shape == "line":
        unit = " ".join(unit.split())
    text = (unit + ("\n\n" if shape == "paragraphs" else " ")) * max(1, int(megabytes * 1e6 / (len(unit) + 2)))
    size = len(text.encode("utf-8")) / 1e6
    started = time.perf_counter()
    extraction = extract_file("big.txt", text)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - before
    return {
        "shape": shape,
        "mb": size,
        "seconds": seconds,
        "mb_per_s": size / seconds,
        "peak_x": peak / size,
        "records": len(extraction.quotes) + len(extraction.stats),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,10,50", help="megabytes, comma-separated")
    ap.add_argument("--shapes", default="paragraphs,line")
    ap.add_argument("--one", nargs=2, metavar=("SHAPE", "MB"), help=argparse.SUPPRESS)  # the child process
    args = ap.parse_args()
    if args.one:
        print(json.dumps(measure(args.one[0], float(args.one[1]))))
        return
    reference = measure("paragraphs", 0.05)  # about the bundled corpus once (0.06 MB)
    print(f"bundled corpus, once: {reference['mb_per_s']:.2f} MB/s")
    print("| shape | MB | seconds | MB/s | vs corpus | peak memory / file size | records |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for shape in args.shapes.split(","):
        for mb in args.sizes.split(","):
            out = subprocess.run(
                [sys.executable, __file__, "--one", shape, mb], capture_output=True, text=True, check=True
            ).stdout
            r = json.loads(out)
            print(
                f"| {r['shape']} | {r['mb']:.1f} | {r['seconds']:.1f} | {r['mb_per_s']:.2f} "
                f"| {r['mb_per_s'] / reference['mb_per_s']:.0%} | {r['peak_x']:.1f}x | {r['records']:,} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
