"""Test support: score extracted records against the gold files by character-span overlap."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Score:
    gold: int
    found: int
    matched: int
    agreed: int  # matched records whose speaker (quotes) or value (stats) is right

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def agreement(self) -> float:
        return self.agreed / self.matched if self.matched else 1.0


def _overlaps(a: dict, b: dict) -> bool:
    return a["path"] == b["path"] and a["start"] < b["end"] and b["start"] < a["end"]


def score(gold: list[dict], found: list[dict], agree) -> tuple[Score, list[str]]:
    """Each gold record matches at most one found record that overlaps it; `agree(g, f)` judges
    the match. Returns the score and a line per miss, false alarm and disagreement."""
    used: set[int] = set()
    matched = agreed = 0
    notes = []
    for g in gold:
        hit = next((i for i, f in enumerate(found) if i not in used and _overlaps(g, f)), None)
        if hit is None:
            notes.append(f"missed   {g['path']}:{g['start']} {g['text'][:60]!r}")
            continue
        used.add(hit)
        matched += 1
        if agree(g, found[hit]):
            agreed += 1
        else:
            notes.append(f"differs  {g['path']}:{g['start']} gold={_brief(g)} found={_brief(found[hit])}")
    for i, f in enumerate(found):
        if i not in used:
            notes.append(f"extra    {f['path']}:{f['start']} {f['text'][:60]!r}")
    return Score(len(gold), len(found), matched, agreed), notes


def _brief(rec: dict) -> str:
    return str({k: rec.get(k) for k in ("speaker", "value", "unit") if k in rec})
