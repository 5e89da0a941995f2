"""The extractor's version: changes whenever an engine module changes, so that an index built by
older rules is rebuilt. Kept apart from the engine so that reading it imports no regexes."""

from __future__ import annotations

import hashlib
from pathlib import Path

ENGINE_MODULES = ("extract", "segment", "people", "quotes", "numbers", "stats", "lexicon", "models")


def engine_version() -> str:
    digest = hashlib.blake2b(digest_size=6)
    here = Path(__file__).parent
    for name in ENGINE_MODULES:
        digest.update((here / f"{name}.py").read_bytes())
    return digest.hexdigest()


EXTRACTOR_VERSION = engine_version()
