"""Pure: one cited verdict for each number and quotation of a draft.

`check_draft(text, fetch)` finds the draft's claims with the engine, asks `fetch` for the corpus
records that may be about them (the index's full-text search, so no step scores every record), and
judges each claim on those records with the rules of `claims.py`. Every verdict carries its
evidence (corpus records as `stat` and `quote` print them) and a one-line note that cites them.
"""

from __future__ import annotations

from collections.abc import Callable

from kzfacts.claims import (
    Claim,
    agree,
    bears_out,
    comparable,
    draft_claims,
    same_period,
    same_subject,
    search_terms,
    thing_score,
    words_of,
)
from kzfacts.lexicon import FUNCTION_WORDS
from kzfacts.query import fold
from kzfacts.render import value_as_written as _as_written
from kzfacts.wording import align, same_speaker

CLOSE_QUOTE_RATIO = 0.6  # word-level likeness from which quoted words are "close" to a quotation
PASSING = frozenset({"supported", "verbatim"})  # the verdicts that need nothing done

# fetch(kind, terms, units) -> corpus records ("stat" or "quote") with any of the word stems
Fetch = Callable[[str, list[str], list[str] | None], list[dict]]


def check_draft(text: str, fetch: Fetch) -> list[dict]:
    items = []
    for claim in draft_claims(text):
        candidates = fetch(claim.kind, *search_terms(claim.record))
        items.append((judge_stat if claim.kind == "stat" else judge_quote)(claim, candidates))
    return items


def _cite(rec: dict) -> str:
    return f"{rec['source']['path']}:{rec['source']['line']}"


def _item(claim: Claim, verdict: str, expected: dict, evidence: list[dict], note: str, diff: str | None = None):
    rec = claim.record
    return {
        "claim": rec["text"], "kind": claim.kind, "sentence": rec["sentence"], "line": claim.line,
        "start": claim.start, "end": claim.end, "verdict": verdict, "expected": expected,
        "evidence": evidence, "note": note, "diff": diff,
    }  # fmt: skip


# --- numbers ---------------------------------------------------------------------------------------
def judge_stat(claim: Claim, candidates: list[dict]) -> dict:
    d = claim.record
    unit, value = comparable(d["unit"], d["value"])
    expected = {k: d.get(k) for k in ("value", "unit", "qualifier", "what", "period")}
    scored = [(thing_score(d, c), c) for c in candidates if comparable(c["unit"], c["value"])[0] == unit]
    about = [(s, c) for s, c in scored if s > 0]
    in_period = [c for c in _best_of_each_sentence(about) if same_period(d.get("period"), c.get("period"))]
    # any figure about the thing supports ("four streams into three": three), not only the best-fitting
    support = [
        c for _, c in sorted(about, key=_rank)
        if same_period(d.get("period"), c.get("period")) and bears_out(value, d.get("qualifier"), *_figure(c))
    ]  # fmt: skip
    # the other figures of a sentence that also gives the draft's value (a range, a list, "four into
    # three") do not contradict it, whatever the engine took the value's `what` to be
    said = {_sentence_key(c) for _, c in scored if bears_out(value, d.get("qualifier"), *_figure(c))}
    # a figure contradicts only when it is about the same subject (a name the draft gives) as well, and
    # when its own qualifier does not allow the draft's value ("more than half" does not deny 60%)
    against = [
        c for c in in_period
        if c not in support and _sentence_key(c) not in said and same_subject(d, c) and not agree(d, c)
    ]  # fmt: skip
    same = [c for c in _best_of_each_sentence(about) if c not in support]
    what = d.get("what") or "this"
    if support and against:
        listed = "; ".join(f"{_as_written(c)} ({_cite(c)})" for c in support + against)
        return _item(claim, "conflicting", expected, support + against, f"the corpus disagrees: {listed}")
    if support:
        c = support[0]
        more = f" (and {len(support) - 1} more)" if len(support) > 1 else ""
        return _item(claim, "supported", expected, support, f"corpus says {_as_written(c)} ({_cite(c)}){more}")
    if against:
        c = against[0]
        listed = "; ".join(f"{_as_written(c)} ({_cite(c)})" for c in against)
        return _item(claim, "contradicted", expected, against, f"corpus says {listed}, not {_as_written(d)}")
    other = [c for c in same if c not in in_period and same_subject(d, c)]
    right_value = [c for c in other if bears_out(value, d.get("qualifier"), *_figure(c))]
    if right_value:
        c = right_value[0]
        note = f"corpus gives {_as_written(c)} for {c['period']}, not {d['period']} ({_cite(c)})"
        return _item(claim, "contradicted", expected, right_value, note)
    if other:
        listed = "; ".join(f"{_as_written(c)} for {c['period']} ({_cite(c)})" for c in other)
        return _item(claim, "not_found", expected, other, f"nothing for {d['period']}; corpus gives {listed}")
    allowing = [c for c in same if agree(d, c) and same_period(d.get("period"), c.get("period"))]
    if allowing:  # "more than half" for a draft's 60%: consistent, not confirmed
        c = allowing[0]
        note = f"corpus says {_as_written(c)} ({_cite(c)}), which does not settle {_as_written(d)}"
        return _item(claim, "not_found", expected, allowing, note)
    if same:  # the same thing, but about someone or something the draft does not name
        c = same[0]
        named = ", ".join(
            dict.fromkeys(w for w in words_of(d["sentence"]) if w[:1].isupper() and w.lower() not in FUNCTION_WORDS)
        )
        note = f"corpus gives {_as_written(c)} ({_cite(c)}) in a sentence that does not name {named}"
        return _item(claim, "not_found", expected, same, note)
    return _item(claim, "not_found", expected, [], f"no figure in the corpus for {what} (unit {d['unit']})")


def _figure(rec: dict) -> tuple[float, str | None]:
    return comparable(rec["unit"], rec["value"])[1], rec.get("qualifier")


def _sentence_key(rec: dict) -> tuple[str, str]:
    return rec["source"]["path"], rec["sentence"]


def _rank(scored: tuple[float, dict]):
    return -scored[0], scored[1]["source"]["path"], scored[1]["source"]["start"]


def _best_of_each_sentence(scored: list[tuple[float, dict]]) -> list[dict]:
    """A sentence often gives several figures in one unit ("23 visits ... 30 leaders"): keep the ones
    whose words fit best, best first."""
    best: dict[tuple[str, str], float] = {}
    for s, c in scored:
        key = _sentence_key(c)
        best[key] = max(best.get(key, 0.0), s)
    kept = [(s, c) for s, c in scored if s >= best[_sentence_key(c)]]
    kept.sort(key=_rank)
    return [c for _, c in kept]


# --- quotations ------------------------------------------------------------------------------------
def judge_quote(claim: Claim, candidates: list[dict]) -> dict:
    d = claim.record
    expected = {"speaker": d.get("speaker"), "speaker_role": d.get("speaker_role")}
    matches = []
    for c in candidates:
        al = align(d["text"], c["text"])
        if al.verbatim or al.ratio >= CLOSE_QUOTE_RATIO:
            matches.append((al, c))
    if not matches:
        return _item(claim, "not_found", expected, [], "no such words in the corpus's quotations")
    if any(al.verbatim for al, _ in matches):
        matches = [(al, c) for al, c in matches if al.verbatim]
    matches.sort(key=lambda m: (-m[0].ratio, m[1]["source"]["path"], m[1]["source"]["start"]))
    kind = "verbatim" if matches[0][0].verbatim else "close"
    named = d.get("speaker") or d.get("speaker_role")
    judged = [(same_speaker(d, c), al, c) for al, c in matches]
    mine = [(al, c) for same, al, c in judged if same is not False]
    others = [(al, c) for same, al, c in judged if same is False]
    who = lambda c: c.get("speaker") or c.get("speaker_role") or "an unnamed speaker"  # noqa: E731
    diff = matches[0][0].diff or None
    if named and not mine:
        al, c = others[0]
        note = f"said by {who(c)} ({_cite(c)}), not {named}"
        return _item(claim, "misattributed", expected, [c for _, c in others], note, al.diff or None)
    if named:
        evidence = [c for _, c in mine]
        if others:
            listed = "; ".join(f"{who(c)} ({_cite(c)})" for _, c in mine + others)
            return _item(claim, "conflicting", expected, evidence + [c for _, c in others],
                         f"the corpus gives these words to: {listed}", diff)  # fmt: skip
        return _item(claim, kind, expected, evidence, _said(kind, mine[0][1], who), mine[0][0].diff or None)
    speakers = {fold(c["speaker"]).split()[-1] for _, c in matches if c.get("speaker")}
    evidence = [c for _, c in matches]
    if len(speakers) > 1:
        listed = "; ".join(f"{who(c)} ({_cite(c)})" for c in evidence)
        return _item(claim, "conflicting", expected, evidence, f"the corpus gives these words to: {listed}", diff)
    return _item(claim, kind, expected, evidence, _said(kind, evidence[0], who), diff)


def _said(kind: str, c: dict, who) -> str:
    if kind == "verbatim":
        return f"said by {who(c)} ({_cite(c)})"
    return f"close to words of {who(c)} ({_cite(c)})"
