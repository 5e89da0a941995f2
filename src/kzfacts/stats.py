"""Pure: sentences -> numeric claims with value, unit, what is counted, qualifier and period.

A number is a claim unless the way it is written makes it something else: a date or a year used
as a time ("in 2025", "Jan. 5"), part of a name or code ("Strategy 2050", "COVID-19"), list
numbering, a relative time ("three years ago"), or a number word that refers back ("the two
countries"). Ranges ("4.5 to 5.0%", "500 or 600") give one claim per end.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from dataclasses import dataclass, replace

from kzfacts import lexicon
from kzfacts.numbers import FRACTION, iter_quantities, parse_digits, scale_value, words_value
from kzfacts.segment import ArticleSpan, split_sentences

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)(?:\s?[–—-]\s?(?:1[89]|20)?\d\d)?\b(?!s\b|’s|'s)")
_MONTH_BEFORE = re.compile(rf"{lexicon.MONTH_RE}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s?[–—-]|\s+to)\s?)?$")
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?,?(?:\s+of)?\s+{lexicon.MONTH_RE}(?![^\W\d_])")
# Dates, clock times and telephone numbers are masked before numbers are looked for.
_NUMERIC_DATE = re.compile(
    r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}(?::\d{2})?\s?(?:[ap]\.m\.|[AP]M\b|[ap]m\b)|\b\d{1,2}:\d{2}\b"
    r"|\+\d[\d\s()\-]{6,}\d|\b(?:19|20)\d\d/\d\d\b"  # ... 2025/26 (a season, not a fraction)
)
_SLASH_FRACTION = re.compile(r"(?<![\d/])([1-9])/([2-9]|10)(?![\d/])")
_WORD = re.compile(r"[A-Za-z][\w’'\-]*")
_RANGE_JOIN = re.compile(r"^\s*(?:to|up to|–|—|-|or|and)\s*$")
_NOUN_STOP = frozenset(
    """
    in of for to from with by on at and or but that which who is are was were will would has have
    had be been being per than as a an the this these those its their his her our was while into
    over under between through during since about against across among compared year-on-year after before
    annually each every more less
    """.split()
)
_VERBISH = frozenset(
    """
    is are was were be been being has have had will would to for by at of reach reached reaches
    exceeded exceed exceeds amounted amount amounts totalled totaled total totals stood stands
    grew grow grows rose rise rises fell fall falls account accounts accounted projected expected
    estimated valued worth up about around over more than nearly almost some made make makes
    hosted held signed reported hit hits increased decreased declined climbed jumped dropped reach
    grown risen fallen gone become
    """.split()
)
_DETERMINERS = frozenset("the a an this that these those its their his her our some".split())


@dataclass(frozen=True)
class StatSpan:
    start: int
    end: int
    value: float
    unit: str
    what: str | None
    qualifier: str | None
    period: str | None
    sentence_start: int
    sentence_end: int
    scale: str | None = None


def find_stats(text: str, article: ArticleSpan) -> list[StatSpan]:
    """Every numeric claim in the article's paragraphs and headings."""
    found: list[StatSpan] = []
    for para in article.paragraphs:
        found.extend(paragraph_stats(text, para.start, para.end, para.kind == "heading"))
    return [st for st in found if math.isfinite(st.value)]  # 310 digits are no quantity (and no JSON)


def paragraph_stats(text: str, p_start: int, p_end: int, heading: bool = False) -> list[StatSpan]:
    """The claims of one paragraph, sentence by sentence (sentences are split only when needed)."""
    para = text[p_start:p_end]
    masked = _NUMERIC_DATE.sub(_blank, para) if _HAS_DIGIT(para) else para
    quantities = list(iter_quantities(masked))
    fractions = list(FRACTION.finditer(masked)) if _MAY_HAVE_FRACTION(masked) else []
    slashes = list(_SLASH_FRACTION.finditer(masked)) if "/" in masked else []
    if not quantities and not fractions and not slashes:
        return []
    sentences = split_sentences(text, p_start, p_end)
    ends = [e for _, e in sentences]
    per_sentence: dict[int, list[StatSpan]] = {}
    for m in quantities:
        i = min(bisect.bisect_right(ends, p_start + m.start()), len(sentences) - 1)
        s_start, s_end = sentences[i]
        stat = _quantity(text, m, p_start, s_start, s_end, p_start, heading)
        if stat:
            per_sentence.setdefault(i, []).append(stat)
    for m in fractions:
        i = min(bisect.bisect_right(ends, p_start + m.start()), len(sentences) - 1)
        s_start, s_end = sentences[i]
        stat = _fraction(text, m, p_start, s_start, s_end)
        if stat:
            # "two-thirds" is one fraction, not the count "two"
            kept = [s for s in per_sentence.get(i, []) if not (s.start < stat.end and stat.start < s.end)]
            per_sentence[i] = kept + [stat]
    for m in slashes:  # "1/3 of the projects": one fraction, not the counts 1 and 3
        i = min(bisect.bisect_right(ends, p_start + m.start()), len(sentences) - 1)
        s_start, s_end = sentences[i]
        start, end = p_start + m.start(), p_start + m.end()
        value = int(m.group(1)) / int(m.group(2))
        if value < 1:
            stat = _stat(text, start, end, value, "fraction", text[max(s_start, start - 40) : start], s_start, s_end,
                         text[end : min(s_end, end + 60)])  # fmt: skip
            kept = [x for x in per_sentence.get(i, []) if not (x.start < end and start < x.end)]
            per_sentence[i] = kept + [stat]
    out: list[StatSpan] = []
    for i in sorted(per_sentence):
        s_start, s_end = sentences[i]
        out.extend(_join_ranges(text, sorted(per_sentence[i], key=lambda s: s.start)))
    return out


_HAS_DIGIT = re.compile(r"\d").search
_QUALIFIER_TAIL = frozenset(
    "more than less fewer nearly almost about around roughly approximately some just over under least".split()
)
_SUPERLATIVE_CONTEXT = re.compile(r"\b(?:most|least|first|worst|best|record|\w+est)\b", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+(?:[a-z]+\s+){0,2}$")
_COMPARATIVE_AFTER = re.compile(
    r"\s+(?:more|less|higher|lower|larger|bigger|smaller|greater|as|what|the|covered|oversubscribed)\b"
)
_YEAR_NUMBER = re.compile(r"1[89]\d\d|20\d\d")
_DECADE_OR_CENTURY = re.compile(r"s\b|’s|-?(?:century|centuries)\b|\s?century", re.IGNORECASE)
_PAGINATION_AFTER = re.compile(r"\s?[-–]\s?\d+\s+of\s+\d+")
_RANGE_BEFORE = re.compile(r"\d+\s?[-–]\s?$")
_OF_NUMBER = re.compile(r"\s+of\s+\d")
_STREET_AFTER = re.compile(r"\s*(?:[A-Z][a-z]+\s+)?(?:Avenue|Street|St\.|Road|Ave\.)")
_NEXT_WORD = re.compile(r"\s(\w+)")
_DAY_RANGE_AFTER = re.compile(rf"\s*(?:to|[-–—])\s*\d{{1,2}}(?:st|nd|rd|th)?\s+{lexicon.MONTH_RE}")  # 1 to 25 October
_MODEL_AROUND = re.compile(r"[a-z]\s+[A-Z][a-z]+\s$")  # "... Land Cruiser " (a capitalised word mid-sentence)
_CAPITAL_AFTER = re.compile(r"\s[A-Z]{2,}\b|\s[A-Z][a-z]+\s+[a-z]")
_CLOCK_AFTER = re.compile(r"\s?(?:GMT|UTC|CET|EST|local time|hrs|hours GMT)\b")
_AGO_AFTER = re.compile(r"\s+(?:ago|earlier|later|since)\b")
_BEFORE_AFTER = re.compile(r"\s+before\b")
_AFTER = re.compile(r"\s+after\b")
_HALF_THAT = re.compile(r"\s+(?:that|this|as much|as many|the amount|the price|the level)\b")  # "coal half that"
_OF_AFTER = re.compile(r"\s+of\b")
_PREPOSITION_AFTER = re.compile(r"\s+(?:of|in|on|for)\s+(?:the\s+|all\s+|its\s+|their\s+)?(.*)")
_TOKENS = re.compile(r"[\w’'\-]+|[^\w\s]")
_CLAUSE_BREAK = re.compile(r"[,;:(“”\"«»]|\b(?:that|which|while|but)\b")
_CLAUSE_WORDS = re.compile(r"\d+(?:\.\d+)?-[\w\-]+|[A-Za-z][\w’'\-]*")
_RANGE_WORD = re.compile(r"\s*(?:to|or|and|–|-)\b")


def _blank(m: re.Match) -> str:
    return " " * len(m.group())


_MAY_HAVE_FRACTION = re.compile(r"(?i)half|third|quarter|fifth|tenth").search


def _quantity(text, m, base, s_start, s_end, para_start, heading=False) -> StatSpan | None:
    start, end = base + m.start(), base + m.end()
    g = m.groupdict()
    before = text[max(para_start, start - 60) : start]
    after = text[end : min(s_end, end + 60)]
    if g["num"] is not None:
        if _not_a_claim_digits(text, g, start, end, before, after, para_start):
            return None
        value = parse_digits(g["num"])
        unit = "ordinal" if g["ord"] else "count"
    elif g["word"] is not None:
        if not (g["comp"] or g["gluedfold"]) and _not_a_claim_word(before, after, g):
            return None
        if g["word"][0].isupper() and not heading and text[s_start:start].strip(' “"«‘('):
            return None  # a capitalised number word inside a name: "Two Countries, One Nation"
        value = words_value(g["word"])
        unit = "fold" if g["gluedfold"] else "count"
    else:  # an ordinal word counts only as a rank: "ninth largest", "second-largest", "came fifth"
        prev = [w.lower() for w in _WORD.findall(before[-30:])[-3:]]
        ranked = any(w in lexicon.RANK_BEFORE for w in prev) or lexicon.RANK_AFTER.match(after)
        if not ranked and prev and prev[-1] == "the" and g["ordword"].islower():
            # "the third serious incident" counts; "the second half", "the fourth stage" name a part
            following = [w.lower() for w in _WORD.findall(after[:40])[:3]]
            # the noun must follow at once: "early in the seventh after ..." is elliptical, a part
            ranked = (
                bool(following)
                and following[0] not in _NOUN_STOP
                and not any(w in lexicon.ORDINAL_PART_NOUNS for w in following)
            )
        if not (g["superlative"] or lexicon.SUPERLATIVES.match(after) or ranked):
            return None
        what = _noun_phrase(" " + (g["superlative"] or "") + " " + after.lstrip(" -"))
        return _stat(
            text,
            start,
            end,
            float(lexicon.ORDINAL_WORDS[g["ordword"].lower()]),
            "ordinal",
            before,
            s_start,
            s_end,
            after,
            what=what,
        )
    scale = g["scale"] or g["letter_scale"]
    if g["letter_scale"] and not g["cur"]:
        return None  # "5m" without a currency is a length, "5G" a code
    value *= scale_value(scale.lower().rstrip("n") if g["letter_scale"] else scale)
    value = float(f"{value:.12g}")  # 512.8 * 1e9 is 512800000000, not 512799999999.99994
    if g["cur"]:
        unit = lexicon.CURRENCY_PREFIXES[g["cur"].replace("  ", " ")]
    if g["unit"] and g["unit"].lower() == "times" and not _multiplier(before, after, g["num"] or ""):
        g = dict(g, unit=None)  # "visited three times" is a count of visits
        end = start + len(m.group().rsplit(" ", 1)[0])
    if g["unit"]:
        u = g["unit"].lower()
        unit = lexicon.UNIT_WORDS.get(u) or lexicon.CURRENCY_WORDS.get(u) or unit
        unit = _shared_currency(unit, text[max(para_start, start - 400) : end + 200].lower())
        if unit in ("year", "month", "day", "week", "decade", "hour") and _relative_time(before, after):
            return None
    if g["comp"]:
        unit = lexicon.COMPOUND_UNITS[g["comp"].lower()]
    return _stat(text, start, end, value, unit, before, s_start, s_end, after, scale=scale)


def _shared_currency(unit: str, context: str) -> str:
    for cue, code in lexicon.SHARED_CURRENCIES.get(unit, ()):
        if cue in context:
            return code
    return unit


def _multiplier(before: str, after: str, num: str) -> bool:
    """'grew 1.8 times', 'by more than three times', 'three times higher': a multiplier."""
    prev = _WORD.findall(before[-25:])
    return (
        "." in num
        or (prev and prev[-1].lower() in lexicon.CHANGE_VERBS)
        or bool(_BY_BEFORE.search(before))
        or bool(_COMPARATIVE_AFTER.match(after))
    )


def _not_a_claim_digits(text, g, start, end, before, after, para_start) -> bool:
    num = g["num"]
    plain = not (g["cur"] or g["scale"] or g["unit"] or g["comp"] or g["ord"])
    if plain and len(num) == 4 and _YEAR_NUMBER.fullmatch(num):
        return True  # a year: a time reference, used as a period
    if _DECADE_OR_CENTURY.match(after):
        return True  # 1990s, 19th century
    if before[-1:] == ":" or (after[:1] == ":" and after[1:2].isdigit()):
        return True  # a score, a clock or a code: 3:2, 11:51, nid:623897
    if before[-1:].isalpha() or (before[-1:] in "-–" and before[-2:-1].isalpha()):
        return True  # COVID-19, G20, Su-27
    if after[:1].isalpha() and not (g["ord"] or g["unit"] or g["scale"] or g["letter_scale"]):
        return True  # 5G, 3D
    if after[:1] == "." and after[1:2].isalpha():
        return True  # 24.kg: a domain name
    if plain and _CLOCK_AFTER.match(after):
        return True  # 1130 GMT
    if (
        _MONTH_BEFORE.search(before)
        or _DAY_RANGE_AFTER.match(after)
        or (not g["cur"] and _MONTH_AFTER.match(text[end - (2 if g["ord"] else 0) : end + 20]))
    ):
        return True  # December 28th, Jan. 5, 10 December 2025, May 29–30
    prev = _WORD.findall(before[-25:])
    if prev and prev[-1].lower() in lexicon.CODE_WORDS_BEFORE and not g["cur"]:
        return True  # hotline 1414, flight 123
    if prev and prev[-1] in lexicon.NAME_NUMBER_WORDS and not g["cur"]:
        return True  # Article 416, Strategy 2050
    if (
        start - para_start <= 3
        and text[end : end + 1] in (".", ")")
        and text[end + 1 : end + 2] in ("", " ", "\n", "\t")
    ):
        return True  # list numbering
    if " of " in after[:12] and (
        _PAGINATION_AFTER.match(after) or _RANGE_BEFORE.search(before) and _OF_NUMBER.match(after)
    ):
        return True  # "1 - 6 of 14" pagination
    if (
        plain
        and _MODEL_AROUND.search(before[-20:])
        and _CAPITAL_AFTER.match(after)
        and not _MONTH_BEFORE.search(before)
    ):
        return True  # Land Cruiser 300 SUV, Boeing 737 MAX: a model name
    if plain and _STREET_AFTER.match(after):
        return True
    return False


def _not_a_claim_word(before: str, after: str, g) -> bool:
    prev = _WORD.findall(before[-25:])
    if prev and prev[-1].lower() in lexicon.REFERENTIAL_BEFORE and not lexicon.SUPERLATIVES.match(after):
        return True  # the two countries (but "the five largest chains" is a count)
    unit = _NEXT_WORD.match(after)
    return bool(unit) and unit.group(1).lower() in lexicon.TIME_UNITS and _relative_time(before, after[unit.end() :])


def _relative_time(before: str, after: str) -> bool:
    """A time unit already in the span: 'three years ago', 'the past five years', 'in eight decades'."""
    if _AGO_AFTER.match(after):
        return True
    if _AFTER.match(after) or _BEFORE_AFTER.match(after):
        # "Two years after the war" is a time; "for 10 days after a cold snap" a duration
        words = _WORD.findall(before[-30:])
        return not words or words[-1].lower() in ("just", "only", "some", "about", "nearly", "almost")
    prev = [w.lower() for w in _WORD.findall(before[-40:])]
    while prev and prev[-1] in _QUALIFIER_TAIL:
        prev.pop()  # "in more than two decades"
    if not prev:
        return False
    if prev[-1] == "last":  # "the last five years" is a time; "will last 45 days" a duration
        return len(prev) > 1 and prev[-2] in ("the", "these", "those")
    if prev[-1] in lexicon.WINDOW_TIME_BEFORE:
        # "the worst flood in eight decades" is a window; "shot in 74 days" a duration
        return bool(_SUPERLATIVE_CONTEXT.search(before[-90:]))
    return prev[-1] in lexicon.RELATIVE_TIME_BEFORE


def _fraction(text, m, base, s_start, s_end) -> StatSpan | None:
    start, end = base + m.start(), base + m.end()
    before = text[max(s_start, start - 40) : start]
    prev = _WORD.findall(before)
    if prev and (prev[-1].lower() in lexicon.ORDINAL_WORDS or prev[-1].lower() in ("first", "the", "last")):
        return None  # the second half of 2025
    value = lexicon.FRACTION_WORDS[m.group("frac").lower()]
    after = text[end : min(s_end, end + 60)]
    changed = prev and (
        prev[-1].lower() in lexicon.CHANGE_VERBS
        or prev[-1].lower() in lexicon.QUALIFIER_WORDS
        or prev[-1].lower() in ("by", "than")
    )
    if not (_OF_AFTER.match(after) or changed or _HALF_THAT.match(after)):
        return None  # "half" alone: "half-hearted", "at half time"
    return _stat(text, start, end, value, "fraction", before, s_start, s_end, after)


def _stat(text, start, end, value, unit, before, s_start, s_end, after, scale=None, what=None) -> StatSpan:
    compound = text[start:end].count("-") and unit in ("year", "month", "day", "week", "decade")
    return StatSpan(
        start=start,
        end=end,
        value=value,
        unit=unit,
        what=what or _what(text, start, end, s_start, after),
        # "under a five-year programme": the word before an N-year adjective qualifies the noun
        qualifier=None if compound else _qualifier(before, unit),
        period=_period(text, start, end, s_start, s_end),
        sentence_start=s_start,
        sentence_end=s_end,
        scale=scale,
    )


_QUALIFIER = re.compile(
    r"(?:^|[^\w])(" + "|".join(re.escape(p) for p, _ in sorted(lexicon.QUALIFIERS, key=lambda q: -len(q[0]))) + r")\s*$"
)
_QUALIFIER_MEANING = dict(lexicon.QUALIFIERS)


def _qualifier(before: str, unit: str | None = None) -> str | None:
    low = before[-30:].lower()
    m = _QUALIFIER.search(low)
    if not m:
        return None
    if m.group(1) == "under" and unit == "count":
        return None  # "under 64 state contracts": a preposition; "under 5%" is a bound
    if m.group(1) == "over" and unit in ("year", "month", "week", "day", "decade", "hour"):
        return None  # "over three days": a span of time, not "more than"
    if m.group(1) == "over":
        prev = _WORD.findall(low[: m.start(1)])
        if prev and prev[-1] in lexicon.OVER_PARTICLE_VERBS:
            return None  # "handed over 11,000 apartments"
    return _QUALIFIER_MEANING[m.group(1)]


def _what(text: str, start: int, end: int, s_start: int, after: str) -> str | None:
    """A few words naming what the number counts or measures."""
    noun = _noun_phrase(after)
    if noun:
        return noun
    m = _PREPOSITION_AFTER.match(after)
    if m:
        noun = _noun_phrase(" " + m.group(1))
        if noun:
            return noun
    return _subject_phrase(text[max(s_start, start - 200) : start])  # a window: sentences can be huge


def _noun_phrase(after: str) -> str | None:
    words = []
    for w in _TOKENS.findall(after, 0, 80)[:6]:
        if not (w[0].isalnum() or w[0] == "_") or w.lower() in _NOUN_STOP or w[0].isdigit():
            break
        words.append(w)
        if len(words) >= 4 or _plural(w):
            break
    while words and words[-1].lower() in _VERBISH:
        words.pop()
    return " ".join(words) or None


def _plural(word: str) -> bool:
    """A plural noun ends a noun phrase: 'transport corridors' (pass ...)."""
    low = word.lower()
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "’s", "'s", "ous"))


def _subject_phrase(before: str) -> str | None:
    """What a number at the end of `before` measures: 'a coupon of' -> 'coupon',
    'Turkish-Uzbek trade reached' -> 'Turkish-Uzbek trade'."""
    clause = _CLAUSE_BREAK.split(before)[-1]
    words = _CLAUSE_WORDS.findall(clause)
    while words and words[-1].lower() in lexicon.QUALIFIER_WORDS:
        words.pop()
    if words and words[-1].lower() == "of":
        head = []
        for w in reversed(words[:-1]):
            if w.lower() in _NOUN_STOP or w.lower() in _DETERMINERS or w.lower() in _VERBISH:
                break
            head.insert(0, w)
        return " ".join(head[-3:]) or None
    trailing = words[:-1] if words and words[-1].lower() in ("to", "at", "for", "by") else words
    run = []
    for w in reversed(trailing):
        low = w.lower()
        if low in _NOUN_STOP or low in _DETERMINERS or low in _VERBISH or low.endswith("ed"):
            break
        run.insert(0, w)
    if run:
        return " ".join(run[-3:])
    phrase = []
    for w in words:
        low = w.lower()
        if not phrase and (low in _DETERMINERS or low in _NOUN_STOP):
            continue
        if low in _NOUN_STOP or low in _VERBISH or low.endswith("ed"):
            break
        phrase.append(w)
        if len(phrase) == 4:
            break
    return " ".join(phrase) or None


def _join_ranges(text: str, stats: list[StatSpan]) -> list[StatSpan]:
    """'4.5 to 5.0%', '$1.1-1.3 billion': each end takes the other's unit and the first the second's
    scale; the second takes the first's qualifier. '3 million 100 thousand' is one number."""
    out = list(stats)
    i = 0
    while i < len(out) - 1:
        a, b = out[i], out[i + 1]
        gap = text[a.end : b.start]
        if (
            gap == " "
            and a.scale
            and a.unit == "count"
            and b.value < scale_value(a.scale)
            and ((b.scale and scale_value(b.scale) < scale_value(a.scale)) or not b.scale)
        ):  # "3 million 100 thousand", "2 thousand 300 tons": one number
            out[i : i + 2] = [replace(b, start=a.start, value=a.value + b.value, qualifier=a.qualifier, scale=a.scale)]
            continue
        if _RANGE_JOIN.match(gap):
            if b.scale and not a.scale and (a.unit in ("count", b.unit) or b.unit == "count"):
                out[i] = a = replace(a, value=a.value * scale_value(b.scale), scale=b.scale)
            if a.unit == "count" and b.unit != "count":
                out[i] = a = replace(a, unit=b.unit)
            elif b.unit == "count" and a.unit not in ("count", "ordinal", "fraction"):
                out[i + 1] = b = replace(b, unit=a.unit)  # "$65-70": the second end is dollars too
            if a.what is None or a.what == b.what or _starts_with_range_word(text, a.end):
                out[i] = a = replace(a, what=b.what)
            if "up to" in gap:  # "from 4,500 up to 6,000 tenge": the words join a range
                out[i + 1] = b = replace(b, qualifier=a.qualifier)
            elif b.qualifier is None and a.qualifier:
                out[i + 1] = replace(b, qualifier=a.qualifier)
        i += 1
    return out


def _starts_with_range_word(text: str, pos: int) -> bool:
    return bool(_RANGE_WORD.match(text, pos, pos + 6))


def _period(text: str, start: int, end: int, s_start: int, s_end: int) -> str | None:
    """The year the sentence ties the number to: the nearest year after it, else before it."""
    years = [y for y in sentence_years(text, s_start, s_end) if not (y[0] <= start < y[1])]
    after = [y for y in years if y[0] >= end]
    before = [y for y in years if y[1] <= start]
    pick = after[0] if after else (before[-1] if before else None)
    return pick[2] if pick else None


@functools.lru_cache(maxsize=4096)
def sentence_years(text: str, s_start: int, s_end: int) -> tuple[tuple[int, int, str], ...]:
    """(start, end, year) of every year in a sentence (cached: a sentence holds several numbers)."""
    return tuple((m.start(), m.end(), "".join(m.group().split())) for m in _YEAR.finditer(text, s_start, s_end))
