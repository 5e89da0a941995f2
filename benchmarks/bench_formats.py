"""Index time of a corpus of saved pages and JSON Lines against the same articles as plain text.

    python benchmarks/bench_formats.py [--copies N]

Copies the pages written for the tests (tests/fixtures/pages/*.html, five article layouts) N times
into a temporary folder, the same articles' text (as `kzfacts text` gives it) as .txt files into
another, and one JSON Lines file of those texts into a third; indexes each with one process in a
fresh cache and prints a table: files, input MB, seconds, files/s.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PAGES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "pages"
LAYOUTS = ["chrome-article", "blockquote", "cp1251", "jsonld-date", "saved-page"]


def run(args, env):
    return subprocess.run([sys.executable, "-m", "kzfacts", *args], env=env, capture_output=True, text=True, check=True)


def timed_index(folder: Path, env) -> float:
    started = time.perf_counter()
    run(["index", "--corpus", str(folder), "--jobs", "1"], env)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        env = dict(os.environ, KZFACTS_CACHE=str(tmp / "cache"))
        html, txt, jsonl = tmp / "html", tmp / "txt", tmp / "jsonl"
        for d in (html, txt, jsonl):
            d.mkdir()
        lines = []
        for name in LAYOUTS:
            text = run(["text", str(PAGES / f"{name}.html"), "--corpus", str(PAGES)], env).stdout
            for i in range(args.copies):
                page = (PAGES / f"{name}.html").read_bytes().replace(b"</title>", f" {i}</title>".encode())
                (html / f"{name}-{i}.html").write_bytes(page)
                (txt / f"{name}-{i}.txt").write_text(text.replace("\n\n", f" {i}\n\n", 1), encoding="utf-8")
                lines.append(json.dumps({"url": f"https://example.kz/{name}/{i}", "text": text}))
        (jsonl / "all.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print("| input | files | MB | seconds | articles/s |")
        print("| --- | --- | --- | --- | --- |")
        for label, folder in (("saved pages (.html)", html), ("plain text (.txt)", txt), ("JSON Lines", jsonl)):
            files = list(folder.iterdir())
            mb = sum(f.stat().st_size for f in files) / 1e6
            took = timed_index(folder, env)
            n = len(LAYOUTS) * args.copies
            print(f"| {label} | {len(files)} | {mb:.2f} | {took:.2f} | {n / took:.0f} |")


if __name__ == "__main__":
    main()
