"""Shared fixtures: every test gets its own cache folder and no inherited corpus setting."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"


@pytest.fixture(autouse=True)
def isolated_env(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("KZFACTS_CACHE", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("KZFACTS_CORPUS", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")


@pytest.fixture(scope="session")
def corpus_texts() -> dict[str, str]:
    return {p.name: open(p, encoding="utf-8").read() for p in sorted(CORPUS.glob("*.txt"))}
