"""Start-up cost of Typer 0.28 against 0.29 (which imports pydantic), to choose the dependency range.

    python benchmarks/typer_versions.py            # makes two throw-away venvs (needs PyPI), prints a table

Each figure is the median of 15 runs of a fresh interpreter: `import typer`, and the two-command
app in benchmarks/minimal_typer.py.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
VERSIONS = ("typer==0.28.0", "typer==0.29.2")


def median_ms(cmd: list[str], repeat: int = 15) -> float:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        runs.append(time.perf_counter() - started)
    return statistics.median(runs) * 1000


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for spec in VERSIONS:
            venv = Path(tmp) / spec.replace("==", "-")
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
            python = str(venv / "bin" / "python")
            subprocess.run([python, "-m", "pip", "install", "-q", spec, "rich"], check=True)
            trace = subprocess.run(
                [python, "-X", "importtime", str(HERE / "minimal_typer.py"), "hello"],
                capture_output=True,
                text=True,
                check=True,
            ).stderr
            pydantic = "yes" if " pydantic" in trace else "no"
            rows.append(
                (
                    spec,
                    median_ms([python, "-c", "pass"]),
                    median_ms([python, "-c", "import typer"]),
                    median_ms([python, str(HERE / "minimal_typer.py"), "hello", "--json"]),
                    pydantic,
                )
            )
    print("| Typer | python -c pass | import typer | minimal app | app loads pydantic |")
    print("|---|---|---|---|---|")
    for spec, base, imp, app, pyd in rows:
        print(f"| {spec} | {base:.0f} ms | {imp:.0f} ms | {app:.0f} ms | {pyd} |")


if __name__ == "__main__":
    main()
