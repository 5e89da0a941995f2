"""Once through the installed command, as a user runs it: another directory, a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).parent


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "KZFACTS_CORPUS"}
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_installed_kzfacts_quote_json_from_any_directory(tmp_path):
    exe = BIN / ("kzfacts.exe" if os.name == "nt" else "kzfacts")
    assert exe.exists(), f"the kzfacts command is not installed next to {sys.executable}"
    result = _run([str(exe), "quote", "tokayev", "--json"], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert len(records) == 14
    assert records[0]["source"]["path"].endswith(".txt") and records[0]["source"]["line"] >= 1


def test_python_dash_m(tmp_path):
    result = _run([sys.executable, "-m", "kzfacts", "--version"], cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("kzfacts ")


def test_no_results_exit_1_and_usage_exit_2(tmp_path):
    exe = BIN / "kzfacts"
    assert _run([str(exe), "quote", "zzzzqqq"], cwd=tmp_path).returncode == 1
    bad = _run([str(exe), "quote"], cwd=tmp_path)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
