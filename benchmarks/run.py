"""kzfacts benchmarks: start-up, queries, index builds, refresh and memory at 100 to 10,000 articles.

    python benchmarks/run.py                    # sizes 100, 1000, 10000; prints a Markdown table
    python benchmarks/run.py --sizes 100 --repeat 3

Every figure is the median of --repeat runs of a fresh process (except builds, run once per size and
job count). Corpora come from benchmarks/gen_corpus.py (deterministic) and are kept in
benchmarks/out/ between runs; each measurement uses its own empty index cache.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen_corpus  # noqa: E402

KZFACTS = [str(Path(sys.executable).parent / "kzfacts")]
if not Path(KZFACTS[0]).exists():
    KZFACTS = [sys.executable, "-m", "kzfacts"]


def run(cmd: list[str], env: dict) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, exit code) of one process."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    return elapsed, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def median_run(cmd: list[str], env: dict, repeat: int) -> tuple[float, float]:
    runs = [run(cmd, env) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def corpus_for(size: int, out: Path) -> tuple[Path, int]:
    path = out / f"corpus-{size}"
    stamp = path / ".generated"
    if not stamp.exists():
        shutil.rmtree(path, ignore_errors=True)
        nbytes = gen_corpus.generate(path, size, seed=7)
        stamp.write_text(str(nbytes))
    return path, int(stamp.read_text())


def extraction_speed(corpus: Path) -> float:
    """MB/s of the pure engine on one core, in this process."""
    from kzfacts.extract import extract_file

    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(corpus.glob("*.txt"))]
    nbytes = sum(len(t.encode("utf-8")) for _, t in texts)
    started = time.perf_counter()
    for name, text in texts:
        extract_file(name, text)
    return nbytes / (time.perf_counter() - started) / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--out", type=Path, default=HERE / "out")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--report", type=Path, metavar="FILE", help="only print the tables of an earlier --json file")
    args = ap.parse_args()
    if args.report:
        report(json.loads(args.report.read_text()))
        return
    args.out.mkdir(parents=True, exist_ok=True)
    base_env = {k: v for k, v in os.environ.items() if not k.startswith("KZFACTS_")}
    base_env["NO_COLOR"] = "1"
    # an installed package has its bytecode compiled; a machine that forbids writing it (as this
    # workplace does) would otherwise time the compiler on every run
    base_env.pop("PYTHONDONTWRITEBYTECODE", None)

    baseline_pass, _ = median_run([sys.executable, "-c", "pass"], base_env, args.repeat)
    baseline_typer, _ = median_run(
        [sys.executable, str(HERE / "minimal_typer.py"), "hello", "--json"], base_env, args.repeat
    )
    rows = []
    for size in [int(s) for s in args.sizes.split(",")]:
        corpus, nbytes = corpus_for(size, args.out)
        mb = nbytes / 1e6
        row = {"articles": size, "MB": mb}
        for jobs in (1, 2):
            with tempfile.TemporaryDirectory() as cache:
                env = dict(base_env, KZFACTS_CACHE=cache, KZFACTS_CORPUS=str(corpus))
                seconds, peak, code = run(KZFACTS + ["index", "--jobs", str(jobs)], env)
                assert code == 0, f"index build failed ({code})"
                row[f"build_{jobs}j_s"] = seconds
                row[f"build_{jobs}j_MBps"] = mb / seconds
                row[f"build_{jobs}j_peak_MB"] = peak
        with tempfile.TemporaryDirectory() as cache:
            env = dict(base_env, KZFACTS_CACHE=cache, KZFACTS_CORPUS=str(corpus))
            run(KZFACTS + ["index"], env)
            # the very first query also matches the keys with rapidfuzz; later ones reuse the match
            row["quote_first_s"] = run(KZFACTS + ["quote", "tokayev", "--json"], env)[0]
            row["quote_json_s"], row["quote_peak_MB"] = median_run(
                KZFACTS + ["quote", "tokayev", "--json"], env, args.repeat
            )
            row["quote_page_s"], _ = median_run(
                KZFACTS + ["quote", "tokayev", "--json", "--limit", "20"], env, args.repeat
            )
            row["stat_json_s"], _ = median_run(KZFACTS + ["stat", "visits", "--json"], env, args.repeat)
            row["stat_table_s"], row["stat_peak_MB"] = median_run(KZFACTS + ["stat", "visits"], env, args.repeat)
            refresh = []
            files = sorted(corpus.glob("*.txt"))
            for i in range(args.repeat):
                victim = files[i * 7 % len(files)]
                original = victim.read_bytes()
                try:
                    victim.write_bytes(original + b"\nOfficials said exports rose 5% in 2025.\n")
                    refresh.append(run(KZFACTS + ["index", "--jobs", "1"], env)[0])
                finally:
                    victim.write_bytes(original)
                    run(KZFACTS + ["index", "--jobs", "1"], env)
            row["refresh_one_s"] = statistics.median(refresh)
        row["engine_MBps_1core"] = extraction_speed(corpus)
        rows.append(row)
        print(f"measured {size} articles", file=sys.stderr)

    data = {"python_pass_s": baseline_pass, "typer_app_s": baseline_typer, "rows": rows}
    if args.json:
        args.json.write_text(json.dumps(data, indent=2))
    report(data)


def report(data: dict) -> None:
    """The results table, then each target of the issue with its verdict."""
    typer_s, rows = data["typer_app_s"], data["rows"]
    print(
        f"python -c pass: {data['python_pass_s'] * 1000:.0f} ms; "
        f"minimal two-command Typer app: {typer_s * 1000:.0f} ms (medians)\n"
    )
    header = (
        "| articles | MB | first quote --json | quote --json | quote --json -n 20 | stat --json | stat (table) "
        "| build 1 job | build 2 jobs | engine 1 core | refresh 1 file | peak query | peak build |"
    )
    print(header)
    print("|" + "|".join(["---"] * (header.count("|") - 1)) + "|")
    for r in rows:
        ms = {k: f"{r[k] * 1000:.0f} ms" for k in r if k.endswith("_s") and not k.startswith("build")}
        print(
            f"| {r['articles']:,} | {r['MB']:.1f} | {ms['quote_first_s']} | {ms['quote_json_s']} "
            f"| {ms['quote_page_s']} | {ms['stat_json_s']} | {ms['stat_table_s']} "
            f"| {r['build_1j_s']:.1f} s ({r['build_1j_MBps']:.2f} MB/s) "
            f"| {r['build_2j_s']:.1f} s ({r['build_2j_MBps']:.2f} MB/s) "
            f"| {r['engine_MBps_1core']:.2f} MB/s | {ms['refresh_one_s']} "
            f"| {max(r['quote_peak_MB'], r['stat_peak_MB']):.0f} MB "
            f"| {max(r['build_1j_peak_MB'], r['build_2j_peak_MB']):.0f} MB |"
        )
    smallest, largest = rows[0], rows[-1]
    print("\n| target | measured | met |")
    print("|---|---|---|")

    def line(target: str, measured: str, ok: bool) -> None:
        print(f"| {target} | {measured} | {'yes' if ok else 'no'} |")

    for key, label in (
        ("quote_page_s", "quote --json -n 20"),
        ("quote_json_s", "quote --json"),
        ("stat_table_s", "stat (table)"),
    ):
        worst = max(r[key] for r in rows)
        line(f"{label} <= 1.2x the Typer app at every size", f"{worst / typer_s:.2f}x at worst", worst <= 1.2 * typer_s)
    grow = largest["quote_page_s"] / smallest["quote_page_s"]
    line(
        f"{largest['articles']:,}-article page query <= 1.2x the {smallest['articles']:,}-article one",
        f"{grow:.2f}x",
        grow <= 1.2,
    )
    engine = min(r["engine_MBps_1core"] for r in rows)
    line("extraction >= 5 MB/s per core", f"{engine:.2f} MB/s (engine alone)", engine >= 5)
    speedup = largest["build_2j_MBps"] / largest["build_1j_MBps"]
    line("2 jobs near twice 1 job", f"{speedup:.2f}x at {largest['articles']:,}", speedup >= 1.8)
    line(
        f"refresh after one changed file < 1 s at {largest['articles']:,}",
        f"{largest['refresh_one_s'] * 1000:.0f} ms",
        largest["refresh_one_s"] < 1,
    )
    peak = max(largest["quote_peak_MB"], largest["stat_peak_MB"])
    line(f"peak memory of a query < 80 MB at {largest['articles']:,}", f"{peak:.0f} MB", peak < 80)


if __name__ == "__main__":
    main()
