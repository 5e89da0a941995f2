"""Real-news development set: build labels from a labeller's draft, check the cache, score the engine.

The article excerpts are third-party text and are never committed. They live in a local cache outside the
repository (`KZFACTS_REALNEWS_CACHE`, default `~/.cache/kzfacts-realnews/<id>.txt`); what is committed is
`tests/realnews/batch<N>.json`: for each text its URL, the search query and rank it was found with, its
sha256, and the labels as offsets (no text).

    python tests/realnews/realnews.py build 3      # draft (spans as text) -> batch3.json (offsets, hashes)
    python tests/realnews/realnews.py check        # which cached texts are there and match their hash
    python tests/realnews/realnews.py score 1 2    # the engine against batches 1 and 2 (default: all)
    python tests/realnews/realnews.py score 3 -v   # ... with every miss, false alarm and wrong speaker
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/scoring.py
sys.path.insert(0, str(HERE.parents[1] / "src"))

from scoring import score  # noqa: E402


def cache_dir() -> Path:
    return Path(os.environ.get("KZFACTS_REALNEWS_CACHE") or Path.home() / ".cache" / "kzfacts-realnews")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def batch_files(numbers: list[int]) -> list[Path]:
    if numbers:
        return [HERE / f"batch{n}.json" for n in numbers]
    return sorted(HERE.glob("batch*.json"), key=lambda p: int(p.stem[5:]))


def read_cached(entry: dict) -> str | None:
    """The cached excerpt of one text, or None when it is missing or its hash differs."""
    path = cache_dir() / f"{entry['id']}.txt"
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8")
    return text if sha256(text) == entry["sha256"] else None


def rebuild_hint(entry: dict) -> str:
    return (
        f"  {entry['id']}: search corpus 'pages' for {entry['query']!r}, take rank {entry['rank']} "
        f"({entry['url']}), save its excerpt unchanged to {cache_dir() / (entry['id'] + '.txt')} "
        f"(sha256 {entry['sha256'][:12]}...)"
    )


# --- build -------------------------------------------------------------------------------------
def _locate(text: str, span: str, nth: int) -> int:
    at = -1
    for _ in range(nth + 1):
        at = text.find(span, at + 1)
        if at == -1:
            raise ValueError(f"span not found (occurrence {nth}): {span[:60]!r}")
    return at


def build(number: int) -> int:
    draft = json.loads((cache_dir() / "drafts" / f"batch{number}.json").read_text(encoding="utf-8"))
    errors, texts = [], []
    for entry in draft["texts"]:
        path = cache_dir() / f"{entry['id']}.txt"
        if not path.exists():
            errors.append(f"{entry['id']}: no cached text at {path}")
            continue
        text = path.read_text(encoding="utf-8")
        out = {k: entry[k] for k in ("id", "url", "query", "rank", "outlet")}
        out.update(sha256=sha256(text), chars=len(text), quotes=[], stats=[])
        for kind in ("quotes", "stats"):
            for label in entry.get(kind, []):
                try:
                    start = _locate(text, label["text"], label.get("nth", 0))
                except ValueError as exc:
                    errors.append(f"{entry['id']} {kind}: {exc}")
                    continue
                rec = {"start": start, "end": start + len(label["text"])}
                if kind == "quotes":
                    if label.get("kind") not in ("direct", "partial", "interview"):
                        errors.append(f"{entry['id']}: quote kind {label.get('kind')!r}")
                    rec.update(speaker=label.get("speaker"), kind=label.get("kind"))
                else:
                    rec.update(value=float(label["value"]), unit=label["unit"], qualifier=label.get("qualifier"))
                out[kind].append(rec)
            out[kind].sort(key=lambda r: r["start"])
        texts.append(out)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    target = HERE / f"batch{number}.json"
    theme = (draft.get("theme") or "")[:100]  # our own words, kept short
    payload = {"batch": number, "theme": theme, "texts": texts}
    target.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {target.relative_to(HERE.parents[1])}: {len(texts)} texts")
    return 0


# --- check -------------------------------------------------------------------------------------
def check(numbers: list[int]) -> int:
    missing = []
    for path in batch_files(numbers):
        batch = json.loads(path.read_text(encoding="utf-8"))
        for entry in batch["texts"]:
            if read_cached(entry) is None:
                missing.append(rebuild_hint(entry))
    if missing:
        print(f"{len(missing)} cached texts missing or changed; to rebuild:", file=sys.stderr)
        print("\n".join(missing), file=sys.stderr)
        return 1
    print("every cached text is there and matches its hash")
    return 0


# --- score -------------------------------------------------------------------------------------
def same_speaker(gold: str | None, found: str | None) -> bool:
    """The same person: equal names, or the same surname (an article names a person once in full)."""
    if not gold or not found:
        return gold == found
    g, f = gold.lower().split(), found.lower().split()
    return g == f or g[-1] == f[-1]


def _records(batch: dict, texts: dict[str, str]):
    from kzfacts.extract import extract_file, unify_speakers

    gold_q, gold_s, found_q, found_s = [], [], [], []
    for entry in batch["texts"]:
        text = texts.get(entry["id"])
        if text is None:
            continue
        for g in entry["quotes"]:
            gold_q.append(dict(g, path=entry["id"], text=text[g["start"] : g["end"]]))
        for g in entry["stats"]:
            gold_s.append(dict(g, path=entry["id"], text=text[g["start"] : g["end"]]))
        ex = extract_file(entry["id"], text)
        for q in unify_speakers(list(ex.quotes)):
            found_q.append(dict(q.to_dict(), path=entry["id"], start=q.source.start, end=q.source.end))
        for s in ex.stats:
            found_s.append(dict(s.to_dict(), path=entry["id"], start=s.source.start, end=s.source.end))
    return gold_q, gold_s, found_q, found_s


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_batches(numbers: list[int], verbose: bool) -> int:
    rows, all_texts, hints = [], {}, []
    totals = [[], [], [], []]
    for path in batch_files(numbers):
        batch = json.loads(path.read_text(encoding="utf-8"))
        texts = {}
        for entry in batch["texts"]:
            text = read_cached(entry)
            if text is None:
                hints.append(rebuild_hint(entry))
            else:
                texts[entry["id"]] = text
        all_texts.update(texts)
        recs = _records(batch, texts)
        for total, part in zip(totals, recs, strict=True):
            total.extend(part)
        rows.append((f"batch {batch['batch']} ({len(texts)} texts)", recs))
    if hints:
        print(f"{len(hints)} cached texts missing or changed (not scored); to rebuild:", file=sys.stderr)
        print("\n".join(hints), file=sys.stderr)
    if not all_texts:
        return 1
    if len(rows) > 1:
        rows.append(("all", tuple(totals)))
    header = "| | quotes P | quotes R | speaker right, of found | attribution F1 | stats P | stats R |"
    print(header + "\n|" + " --- |" * 7)
    for name, (gold_q, gold_s, found_q, found_s) in rows:
        q, q_notes = score(gold_q, found_q, agree=lambda g, f: same_speaker(g["speaker"], f["speaker"]))
        s, s_notes = score(gold_s, found_s, agree=lambda g, f: math.isclose(g["value"], f["value"], rel_tol=1e-9))
        att_p = q.agreed / q.found if q.found else 1.0
        att_r = q.agreed / q.gold if q.gold else 1.0
        stat_p = s.agreed / s.found if s.found else 1.0
        stat_r = s.agreed / s.gold if s.gold else 1.0
        print(
            f"| {name} | {q.precision:.2f} | {q.recall:.2f} | {q.agreement:.2f} ({q.agreed} of {q.matched}) "
            f"| {_f1(att_p, att_r):.2f} | {stat_p:.2f} | {stat_r:.2f} |"
        )
        if verbose and name != "all":
            print(
                "\n".join(["  quotes:"] + [f"    {n}" for n in q_notes] + ["  stats:"] + [f"    {n}" for n in s_notes])
            )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build")
    b.add_argument("batch", type=int)
    c = sub.add_parser("check")
    c.add_argument("batches", type=int, nargs="*")
    s = sub.add_parser("score")
    s.add_argument("batches", type=int, nargs="*")
    s.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "build":
        return build(args.batch)
    if args.command == "check":
        return check(args.batches)
    return score_batches(args.batches, args.verbose)


if __name__ == "__main__":
    sys.exit(main())
