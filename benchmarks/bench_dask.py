"""The map step on a real engine: extraction on a local Dask cluster against a local `kzfacts export`.

    pip install ".[dask]"
    python benchmarks/bench_dask.py                       # 10,000 synthetic articles (gen_corpus.py)
    python benchmarks/bench_dask.py --articles 500        # a quick run
    python benchmarks/bench_dask.py --corpus DIR          # an existing folder

Map: the workers (a LocalCluster of `--workers` processes, one thread each) read and extract the
files with `mapstep.extract_corpus_file`; reduce: the client turns the extractions into records with
`mapstep.collect`, the function `kzfacts extract` uses. "local" is `kzfacts export --corpus DIR` in one
process with a fresh cache (index build included). The sorted records of both must be identical.
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

HERE = Path(__file__).resolve().parent


def _extract(task):
    """One file on a worker; an unreadable file is left out, as the index leaves it out."""
    from kzfacts.corpus import CorpusError
    from kzfacts.mapstep import extract_corpus_file

    file, meta = task
    try:
        return extract_corpus_file(file, meta)
    except CorpusError:
        return None


def local_export(folder: Path) -> tuple[float, list[dict]]:
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, KZFACTS_CACHE=cache)
        started = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-m", "kzfacts", "export", "--corpus", str(folder)],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        took = time.perf_counter() - started
    return took, [json.loads(line) for line in out.splitlines()]


def dask_extract(folder: Path, workers: int) -> tuple[float, float, float, list[dict]]:
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    from kzfacts.corpus import discover, load_metadata
    from kzfacts.mapstep import collect

    started = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            client.run(lambda: __import__("kzfacts.extract"))  # engine imported on every worker first
            startup = time.perf_counter() - started
            started = time.perf_counter()
            files = discover(folder)
            meta = load_metadata(folder)
            tasks = [(f, meta.get(f.path)) for f in files]
            bag = db.from_sequence(tasks, npartitions=max(1, min(len(tasks), workers * 16)))
            results = [r for r in bag.map(_extract).compute() if r is not None]
            mapped = time.perf_counter()
            records = collect(results)
            took = time.perf_counter() - started
    return startup, took, time.perf_counter() - mapped, records


def _sorted(records: list[dict]) -> list[str]:
    return sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in records)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000, help="synthetic articles to generate (gen_corpus.py)")
    ap.add_argument("--corpus", type=Path, help="an existing corpus folder instead of a generated one")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.corpus
        if folder is None:
            sys.path.insert(0, str(HERE))
            from gen_corpus import generate

            folder = Path(tmp) / "corpus"
            generate(folder, args.articles)
        from kzfacts.corpus import discover

        files = discover(folder)  # the article files, of every kind kzfacts reads
        mb = sum(f.size for f in files) / 1e6
        local_s, local = local_export(folder)
        startup_s, dask_s, reduce_s, distributed = dask_extract(folder, args.workers)
        same = _sorted(local) == _sorted(distributed)
        print("| articles | files | MB | seconds local (`kzfacts export`, 1 process) | seconds dask "
              f"({args.workers} workers) | records | identical |")  # fmt: skip
        print("| ---: | ---: | ---: | ---: | ---: | ---: | --- |")
        articles = sum(r["type"] == "article" for r in local)
        print(f"| {articles} | {len(files)} | {mb:.1f} | {local_s:.1f} | {dask_s:.1f} | {len(local)} | "
              f"{'yes' if same else 'no'} |")  # fmt: skip
        print(
            f"(dask: of which {reduce_s:.1f} s the reduce on the client; cluster start-up, not counted: {startup_s:.1f} s)"
        )
        if not same:
            raise SystemExit("the records differ")


if __name__ == "__main__":
    main()
