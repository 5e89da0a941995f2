"""The extractor's version: changes whenever an engine module changes, so that an index built by
older rules is rebuilt. Kept apart from the engine so that reading it imports no regexes."""

from __future__ import annotations

from pathlib import Path

try:  # the hash itself, without hashlib's OpenSSL start-up (a few ms on every command)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - other Python implementations
    from hashlib import blake2b

ENGINE_MODULES = (
    "extract",
    "segment",
    "people",
    "roles",
    "quotes",
    "interviews",
    "numbers",
    "stats",
    "lexicon",
    "models",
    "claims",  # the fact keys stored with each record
    "wording",
)


def engine_version() -> str:
    digest = blake2b(digest_size=6)
    here = Path(__file__).parent
    for name in ENGINE_MODULES:
        digest.update((here / f"{name}.py").read_bytes())
    return digest.hexdigest()


EXTRACTOR_VERSION = engine_version()


def keys_version() -> str:
    """The matching keys stored in the index (speaker keys, `what` words) are made by query.py, with the
    jobs a role names (roles.py over the lexicon); the disputes between records by claims.py."""
    digest = blake2b(digest_size=6)
    for name in ("query", "roles", "lexicon", "claims", "wording"):
        digest.update((Path(__file__).parent / f"{name}.py").read_bytes())
    return digest.hexdigest()


KEYS_VERSION = keys_version()
