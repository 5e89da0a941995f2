"""Pure: how close a draft's quoted words are to a corpus quotation (verbatim, or how alike, with a
word diff), and whether two records name the same speaker."""

from __future__ import annotations

import re
from typing import NamedTuple

from kzfacts import lexicon
from kzfacts.query import fold

CLOSE_SHARED_WORDS = 2  # content words a reworded quotation must keep
_TOKEN = re.compile(r"[^\W_][\w’'-]*")  # a word or a number: what quoted words are compared by


def content_word(word: str) -> bool:
    """A folded word that says something (not a function word or a qualifier)."""
    return word.isalpha() and word not in lexicon.FUNCTION_WORDS and word not in lexicon.QUALIFIER_WORDS


def tokens_of(text: str) -> list[str]:
    return _TOKEN.findall(text)


class Alignment(NamedTuple):
    verbatim: bool
    ratio: float  # 0-1, the draft's words against the closest stretch of the corpus quote
    diff: str  # corpus words [-taken out-] and {+put in+} by the draft


def align(draft_text: str, corpus_text: str) -> Alignment:
    """The draft's quoted words against one corpus quotation: verbatim when they are a stretch of it
    (case, punctuation and quotation-mark styles aside), otherwise how close the closest stretch is."""
    from difflib import SequenceMatcher

    mine = tokens_of(draft_text)
    theirs = tokens_of(corpus_text)
    a = [fold(w) for w in theirs]
    b = [fold(w) for w in mine]
    if not a or not b:
        return Alignment(False, 0.0, "")
    joined_a, joined_b = f" {' '.join(a)} ", f" {' '.join(b)} "
    if joined_b in joined_a:
        return Alignment(True, 1.0, "")
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    blocks = [m for m in matcher.get_matching_blocks() if m.size]
    if not blocks:
        return Alignment(False, 0.0, "")
    # the stretch of the corpus quote the draft's words came from, cut at the first and last shared word
    best = max(blocks, key=lambda m: m.size)
    margin = len(b) // 2 + 2  # room for words the draft left out
    lo = max(0, best.a - best.b - margin)
    hi = min(len(a), best.a + (len(b) - best.b) + margin)
    window = SequenceMatcher(None, a[lo:hi], b, autojunk=False)
    kept = [m for m in window.get_matching_blocks() if m.size]
    if not kept:
        return Alignment(False, 0.0, "")
    lo, hi = lo + kept[0].a, lo + kept[-1].a + kept[-1].size
    window = SequenceMatcher(None, a[lo:hi], b, autojunk=False)
    ratio = window.ratio()
    shared = sum(1 for m in window.get_matching_blocks() for w in a[lo + m.a : lo + m.a + m.size] if content_word(w))
    if shared < CLOSE_SHARED_WORDS:
        ratio = min(ratio, 0.0)  # a few small words in common are not a quotation reworded
    parts = []
    for op, i1, i2, j1, j2 in window.get_opcodes():
        if op == "equal":
            parts.append(" ".join(theirs[lo + i1 : lo + i2]))
            continue
        if i2 > i1:
            parts.append(f"[-{' '.join(theirs[lo + i1 : lo + i2])}-]")
        if j2 > j1:
            parts.append(f"{{+{' '.join(mine[j1:j2])}+}}")
    return Alignment(False, ratio, " ".join(parts))


def same_speaker(draft: dict, other: dict) -> bool | None:
    """Whether the corpus quotation's speaker is the one the draft names; None when either is unknown."""
    mine, theirs = draft.get("speaker"), other.get("speaker")
    if not mine and draft.get("speaker_role"):
        from kzfacts.roles import role_jobs

        their_role = other.get("speaker_role") or ""
        if not their_role:
            return None
        return bool(role_jobs(draft["speaker_role"]) & role_jobs(their_role))
    if not mine or not theirs:
        return None
    a, b = fold(mine).split(), fold(theirs).split()
    return a[-1] == b[-1] or set(a) <= set(b) or set(b) <= set(a)
