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


def test_concurrent_first_runs_share_one_index(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(40):
        (corpus / f"a{i}.txt").write_text(
            f"Report {i}\n\n“Exports rose {i}%,” Asel Nurlanova said.\n", encoding="utf-8"
        )
    env = {k: v for k, v in os.environ.items() if k != "KZFACTS_CORPUS"}
    env["KZFACTS_CACHE"] = str(tmp_path / "cache")
    procs = [
        subprocess.Popen([str(BIN / "kzfacts"), "speakers", "--corpus", str(corpus), "--json"], env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]  # fmt: skip
    results = [p.communicate(timeout=120) + (p.returncode,) for p in procs]
    assert [code for _, _, code in results] == [0, 0, 0, 0], [err for _, err, _ in results]
    assert all('"quotes": 40' in out for out, _, _ in results)


def test_broken_pipe_is_not_an_error(tmp_path):
    shell = f"'{BIN / 'kzfacts'}' export | head -1 > /dev/null; echo ${{PIPESTATUS[0]}}"
    result = subprocess.run(["bash", "-c", shell], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "0" and "Traceback" not in result.stderr


def test_installed_check_reads_a_draft_on_stdin(tmp_path):
    draft = 'Tokayev made 23 foreign visits in 2025\n"We are not their colony," Tokayev said.\n'
    env = {k: v for k, v in os.environ.items() if k != "KZFACTS_CORPUS"}
    result = subprocess.run(
        [str(BIN / "kzfacts"), "check", "--json"], input=draft, cwd=tmp_path, env=env,
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr  # one claim is misattributed
    items = json.loads(result.stdout)
    assert [(i["verdict"], i["line"]) for i in items] == [("supported", 1), ("misattributed", 2)]
    assert items[1]["evidence"][0]["speaker"] == "Sherzodkhon Kudratkhodzha"
