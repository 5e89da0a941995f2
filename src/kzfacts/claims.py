"""Pure: what a draft claims, and which corpus records are about the same thing.

A draft goes through the engine itself (`extract_file`), so its numbers and quoted words are found
exactly as in articles. Two stats are about "the same thing" when the words around their numbers
agree (the `what` phrase and a few words either side) and the draft's sentence is mostly in the
corpus sentence; values are then compared with the draft's qualifier as a bound ("over 70%" needs
more than 70, "about 1,800" a figure that rounds to it). No I/O: records in, judgements out.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from kzfacts import lexicon
from kzfacts.query import fold
from kzfacts.wording import content_word as _content
from kzfacts.wording import same_speaker

THING_WORDS_BEFORE, THING_WORDS_AFTER = 3, 5  # words either side of a number that say what it counts
THING_WORDS_CLOSE = 0.75  # ... and when their `what` phrases end in different nouns
THING_WORDS_AGREE = 0.67  # without `what` phrases, the share of their words two figures must share
ABOUT_TOLERANCE = 0.05  # "about 1,800": within 5%, or rounding to the draft's last written digit
ABOUT_ROUNDING = 0.1  # ... but not beyond 10% ("about 100" is not 149)
CONFLICT_QUOTE_WORDS = 5  # shorter shared phrases ("quite democratic") may well be said by several people
_WORD = re.compile(r"[^\W\d_][\w’'-]*")  # a word (names)


class Claim(NamedTuple):
    """A number or a quotation in the draft, with its place (draft offsets and 1-based line)."""

    kind: str  # stat | quote
    record: dict  # the engine's record for it, as `--json` prints records
    line: int
    start: int
    end: int


def draft_claims(text: str) -> list[Claim]:
    """The draft's stats and quotes in order. A draft without blank lines is one claim per line, each
    line read on its own (the engine would otherwise join wrapped lines into one paragraph), except
    that a line inside an open quotation goes on with the next; a stat inside a quotation is checked as
    part of the quotation."""
    from kzfacts.extract import extract_file  # the engine: only `check` needs it, not `disputes`

    if "\n" in text.strip() and not re.search(r"\n[ \t]*\n", text):
        blocks, at = [], 0
        for line in text.splitlines(keepends=True):
            if blocks and _open_quotation(blocks[-1][1]):
                blocks[-1] = (blocks[-1][0], blocks[-1][1] + line)  # "... colony,"\nTokayev said.
            else:
                blocks.append((at, line))
            at += len(line)
    else:
        blocks = [(0, text)]
    claims: list[Claim] = []
    for offset, block in blocks:
        if not block.strip():
            continue
        # a line-per-claim block joined across its line ends reads as one sentence (same length, same offsets)
        joined = block if len(blocks) == 1 else block[:-1].replace("\n", " ") + block[-1]
        found = extract_file("<draft>", joined)
        quoted = [(q.source.start, q.source.end) for q in found.quotes]
        for q in found.quotes:
            claims.append(_claim("quote", q, offset, text))
        for s in found.stats:
            if not any(a <= s.source.start < b for a, b in quoted):
                claims.append(_claim("stat", s, offset, text))
    return sorted(claims, key=lambda c: c.start)


def _open_quotation(block: str) -> bool:
    """A quotation opened and not closed, or closed and not yet attributed ("...," at the line's end)."""
    curly = block.count("“") > block.count("”") or block.count("«") > block.count("»")
    return curly or block.count('"') % 2 == 1 or bool(re.search(r"[,:][”\"»]?\s*$", block))


def _claim(kind: str, rec, offset: int, text: str) -> Claim:
    start, end = rec.source.start + offset, rec.source.end + offset
    d = rec.to_dict()
    d["text"] = text[start:end]  # as the draft writes it, line ends and all
    d["source"] = dict(d["source"], start=start, end=end, line=text.count("\n", 0, start) + 1)
    return Claim(kind, d, d["source"]["line"], start, end)


# --- words ---------------------------------------------------------------------------------------
def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


def stem(word: str) -> str:
    """A folded word cut to a stem: "visits" and "visit" agree, "investments" and "investors"."""
    return word[:5] if len(word) > 5 else word.removesuffix("s")


def stems(text: str | None) -> list[str]:
    """The content words of a text, as stems."""
    return [stem(w) for w in fold(text or "").split() if _content(w)]


def names(text: str | None) -> set[str]:
    """Capitalised content words (names, titles, places), as stems; units and currencies left out."""
    out = set()
    for w in _WORD.findall(text or ""):
        if w[0].isupper():
            out.update(stem(p) for p in fold(w).split() if _content(p) and p not in lexicon.FIGURE_WORDS)
    return out


def _thing_stems(text: str, sentence: str) -> list[str]:
    """Content stems of `text`, a part of `sentence`, without the names in it: what is counted, not who."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group()
        if w[0].isupper() and not (sentence.startswith(w) and text.lstrip().startswith(w)):
            continue  # a capitalised word inside the sentence names someone or something
        out += [stem(p) for p in fold(w).split() if _content(p) and p not in lexicon.FIGURE_WORDS]
    return out


def thing_words(rec: dict) -> set[str]:
    """What a stat counts: its `what` words and the words just before and after its number."""
    sentence, text = rec.get("sentence") or "", rec.get("text") or ""
    at = sentence.find(text) if text else -1
    words = set(_thing_stems(rec.get("what") or "", sentence))
    if at >= 0:
        before = _thing_stems(sentence[:at], sentence)[-THING_WORDS_BEFORE:]
        after = _thing_stems(sentence[at + len(text) :], sentence[at + len(text) :])[:THING_WORDS_AFTER]
        words.update(before + after)
    return words


def _share(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def thing_score(draft: dict, other: dict) -> float:
    """0-2: how far two stats are about the same thing; 0 when they are not. The noun the other's `what`
    ends in must be the draft's or among the draft's words; without `what` phrases, most of their words
    must agree."""
    sentence_d, sentence_o = draft.get("sentence") or "", other.get("sentence") or ""
    what_d = set(_thing_stems(draft.get("what") or "", sentence_d))
    what_o = set(_thing_stems(other.get("what") or "", sentence_o))
    mine, theirs = thing_words(draft), thing_words(other)
    near = _share(mine, theirs)
    if what_d and what_o:
        # what the other counts (its head noun) is what the draft counts, or among the draft's words
        # ("Coal in our energy balance accounts for 73%" and "Coal accounts for 73% of the energy balance")
        head = _head(other)
        if head == _head(draft) or head in mine:
            return 1.0 + near
        if what_d & what_o:  # "snow leopards" and "snow leopard range countries": other things
            return near if near >= THING_WORDS_CLOSE else 0.0
        return 0.0
    # a figure the engine found no `what` for: the other's words within its whole sentence
    if not what_o and mine:
        near = max(near, len(mine & set(stems(sentence_o))) / len(mine))
    if not what_d and theirs:
        near = max(near, len(theirs & set(stems(sentence_d))) / len(theirs))
    return near if near >= THING_WORDS_AGREE else 0.0


def same_subject(draft: dict, other: dict) -> bool:
    """The other sentence (or its article's title) names someone the draft names, or the draft names
    nobody: needed before one figure can contradict another."""
    mine = names(draft.get("sentence"))
    if not mine:
        return True
    theirs = names(other.get("sentence")) | names((other.get("source") or {}).get("title"))
    return bool(mine & theirs)


# --- values ----------------------------------------------------------------------------------------
def comparable(unit: str, value: float) -> tuple[str, float]:
    """A fraction and a percentage are one scale ("half" = 50%)."""
    return ("%", value * 100) if unit == "fraction" else (unit, value)


def same_number(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def precision(value: float) -> float:
    """The place a written number is rounded to: 1,800 -> 100, 5.6 billion -> 100 million, 23 -> 1."""
    if value == 0 or not math.isfinite(value) or abs(value) < 1:
        return 0.0
    p = 10 ** int(math.floor(math.log10(abs(value))))
    while p >= 1 and not same_number(round(value / p) * p, value):
        p /= 10
    return max(p, 1.0)


def bears_out(value: float, qualifier: str | None, corpus_value: float, corpus_qualifier: str | None) -> bool:
    """Does the corpus figure bear out the draft's? The same number does (the corpus's own qualifier
    is shown with the verdict); otherwise the draft's qualifier is a bound the corpus figure must meet:
    "more than 20" by 23, "about 1,800" by 1,812 (rounding said out loud), never silent rounding."""
    bound = lexicon.QUALIFIER_BOUNDS.get(qualifier or "")
    if same_number(value, corpus_value):  # but "over 70%" is not borne out by exactly 70%
        return bound not in ("above", "below") or corpus_qualifier == qualifier
    if bound == "above":
        return corpus_value > value
    if bound == "at_least":
        return corpus_value >= value
    if bound == "below":
        return corpus_value < value and corpus_qualifier not in ("more than", "at least")
    if bound == "at_most":
        return corpus_value <= value and corpus_qualifier not in ("more than", "at least")
    if bound == "about":
        off = abs(corpus_value - value)
        return off <= abs(value) * ABOUT_TOLERANCE or off <= min(precision(value) / 2, abs(value) * ABOUT_ROUNDING)
    return False


def agree(a: dict, b: dict) -> bool:
    """Two corpus figures that do not disagree (either bears the other out)."""
    ua, va = comparable(a["unit"], a["value"])
    ub, vb = comparable(b["unit"], b["value"])
    return ua == ub and (
        bears_out(va, a.get("qualifier"), vb, b.get("qualifier"))
        or bears_out(vb, b.get("qualifier"), va, a.get("qualifier"))
    )


def same_period(draft: str | None, other: str | None) -> bool:
    """Periods that do not exclude each other: either unknown, equal, or a year inside a span."""
    if not draft or not other or draft == other:
        return True
    years = lambda p: set(re.findall(r"\d{4}", p))  # noqa: E731
    return bool(years(draft) & years(other))


def search_terms(rec: dict) -> tuple[list[str], list[str] | None]:
    """The word stems (and units) to look for records about the same thing as `rec` by."""
    if rec.get("type") == "quote" or "unit" not in rec:
        return sorted(set(stems(rec["text"]))), None
    unit = comparable(rec["unit"], rec["value"])[0]
    return sorted(thing_words(rec)), (["%", "fraction"] if unit == "%" else [rec["unit"]])


# --- disagreements inside the corpus ---------------------------------------------------------------
def _article(rec: dict) -> tuple[str, str | None]:
    """The article a record is in: the index's article id when it gave one, else file and title."""
    if rec.get("article"):
        return rec["article"], None
    src = rec.get("source") or {}
    return src.get("path"), src.get("title")


def _head(rec: dict) -> str | None:
    """The last content word of what a stat counts, as a stem: the noun two figures must share."""
    words = _thing_stems(rec.get("what") or "", rec.get("sentence") or "")
    return words[-1] if words else None


def fact_key(rec: dict) -> str | None:
    """What two records must share to be able to disagree: a stat's scale, period and head noun
    ("t|2024|grain"); a quotation's words, folded. None for what cannot be disputed."""
    if rec.get("type") == "quote":
        words = fold(rec["text"])
        return words if words.count(" ") + 1 >= CONFLICT_QUOTE_WORDS else None
    head = _head(rec)
    return f"{comparable(rec['unit'], rec['value'])[0]}|{rec.get('period') or ''}|{head}" if head else None


def disputes_in(records: list[dict]) -> list[tuple[str, str]]:
    """The pairs (both ways) of records sharing one fact key that disagree. Figures: another value for
    the same thing (the key's unit, period and noun) and subject in another article; quotations:
    quotes_conflict. Each record's names are worked out once, not once a pair."""
    if records and records[0].get("type") == "quote":
        differ = quotes_conflict
    else:
        subjects = {id(r): (names(r.get("sentence")), names((r.get("source") or {}).get("title"))) for r in records}

        def differ(a: dict, b: dict) -> bool:  # unit, period and head are the key's, so equal
            (sa, ta), (sb, tb) = subjects[id(a)], subjects[id(b)]
            named = (not sa or sa & (sb | tb)) and (not sb or sb & (sa | ta))
            return bool(named) and _article(a) != _article(b) and not agree(a, b)

    pairs = []
    for i, a in enumerate(records):
        for b in records[i + 1 :]:
            if differ(a, b):
                pairs += [(a["id"], b["id"]), (b["id"], a["id"])]
    return pairs


def quotes_conflict(a: dict, b: dict) -> bool:
    """The same words (one quotation within the other) given to two different speakers."""
    if _article(a) == _article(b):
        return False
    short, long_ = sorted((f" {fold(a['text'])} ", f" {fold(b['text'])} "), key=len)
    return short.count(" ") > CONFLICT_QUOTE_WORDS and short in long_ and same_speaker(a, b) is False
