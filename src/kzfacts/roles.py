"""Pure: which job a role phrase names, so that a descriptor finds the person who holds it.

"Prime Minister Aidar Bekov" holds the job `prime minister` (and, more loosely, `minister`); the
descriptor "the head of the government" names `prime minister` too, so it refers back to him. The
patterns are data (`lexicon.ROLE_PATTERNS`); this module only applies them.
"""

from __future__ import annotations

import functools
import re

from kzfacts import lexicon

_PATTERNS = tuple((job, re.compile(pattern)) for job, pattern in lexicon.ROLE_PATTERNS)
_WORD = re.compile(r"[\w’']+")
_JOBS = frozenset(job for job, _ in lexicon.ROLE_PATTERNS)


@functools.lru_cache(maxsize=4096)
def role_jobs(role: str) -> frozenset[str]:
    """Every job a role phrase names, the loose head word included.

    >>> sorted(role_jobs("Deputy Prime Minister"))
    ['deputy prime minister', 'minister']
    >>> sorted(role_jobs("Minister of Foreign Affairs of Kazakhstan"))
    ['foreign minister', 'minister']
    """
    low = role.lower().replace("-", " ")
    words = _WORD.findall(low)
    jobs = set()
    for job, pattern in _PATTERNS:
        m = pattern.search(low)
        if m:
            before = _WORD.findall(low[: m.start()])
            deputy = bool(before) and before[-1] in lexicon.DEPUTY_WORDS
            jobs.add(("deputy " + job) if deputy else job)
    head = head_word(words)
    if head and "deputy " + head not in jobs:  # a Vice President holds no president's job
        jobs.add(head)
    return frozenset(jobs)


def head_word(words: list[str]) -> str | None:
    """The last title or role word: 'tajik energy minister' -> 'minister'."""
    heads = [w for w in words if w in lexicon.ROLE_HEADS or w.capitalize() in lexicon.TITLE_WORDS]
    if not heads:
        return None
    return lexicon.ROLE_SYNONYMS.get(heads[-1], heads[-1])


def descriptor_jobs(phrase: str) -> tuple[str, ...]:
    """The jobs a descriptor asks for, most specific first ("the head of state" -> president).

    >>> descriptor_jobs("Kazakh Head of State"), descriptor_jobs("diplomat"), descriptor_jobs("Russian FM")
    (('president',), ('ambassador', 'foreign minister'), ('foreign minister',))
    """
    jobs = role_jobs(phrase)
    specific = sorted(j for j in jobs if " " in j or j in _JOBS)
    if specific:
        return tuple(specific)
    head = head_word(_WORD.findall(phrase.lower()))
    if head in lexicon.ROLE_ALTERNATIVES:
        return lexicon.ROLE_ALTERNATIVES[head]
    return (head,) if head else ()


def is_descriptor(words: list[str]) -> bool:
    """Words that describe a job and name nobody: 'head of the government', 'Kazakh Head of State',
    'Russian FM' (title and role words, small words, and country or office words only)."""
    if not words or not descriptor_jobs(" ".join(words)):
        return False
    for w in words:
        bare = w.rstrip(".,").removesuffix("’s").removesuffix("'s")
        if w[:1].islower() or bare in lexicon.TITLE_WORDS or bare in lexicon.NOT_NAME_WORDS:
            continue
        if bare in lexicon.NATIONALITIES or all(part in lexicon.TITLE_WORDS for part in bare.split("-")):
            continue  # "the Turkmen president", "the Kyrgyz Prime-Minister"
        if bare.isupper() and role_jobs(bare.lower()):
            continue  # "FM", "PM"
        return False
    return True
