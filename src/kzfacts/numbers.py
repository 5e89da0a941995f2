"""Pure number grammar: the ways English news copy writes a quantity, and their values.

>>> parse_digits("20, 000"), parse_digits("7,500"), parse_digits("4.5")
(20000.0, 7500.0, 4.5)
>>> words_value("twenty-five"), words_value("seven"), words_value("thirty")
(25.0, 7.0, 30.0)
"""

from __future__ import annotations

import re

from kzfacts import lexicon


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CURRENCY_PREFIX = _alternation(lexicon.CURRENCY_PREFIXES)
_SCALE_WORDS = _alternation(k for k in lexicon.SCALES if len(k) > 1)
_UNIT_AFTER = _alternation(list(lexicon.UNIT_WORDS) + list(lexicon.CURRENCY_WORDS))
_COMPOUND = _alternation(lexicon.COMPOUND_UNITS)
_CARDINAL_WORD = (
    r"(?:(?:"
    + _alternation(lexicon.TENS_WORDS)
    + r")(?:-(?:"
    + _alternation(k for k in lexicon.UNITS_WORDS if lexicon.UNITS_WORDS[k] < 10)
    + r"))?|"
    + _alternation(lexicon.UNITS_WORDS)
    + ")"
)

# One quantity as written. Groups: cur, num (digits) or word, ord, scale, unit, comp.
QUANTITY = re.compile(
    rf"""
    (?:(?P<cur>{_CURRENCY_PREFIX})\s?)?                       # $  US $  KZT
    (?:
        (?P<num>\d{{1,3}}(?:,\s?\d{{3}})+(?!\d)(?:\.\d+)?     # 7,500  20, 000 (broken separator)
              |\d+(?:\.\d+)?)                                 # 73  4.5
        (?:(?P<ord>st|nd|rd|th)\b)?
      | \b(?P<word>(?i:{_CARDINAL_WORD}))(?P<gluedfold>fold)?\b
      | \b(?P<ordword>(?i:{_alternation(lexicon.ORDINAL_WORDS)}))(?:-(?=(?i:largest|biggest|smallest|highest|lowest|most|richest|busiest)\b)(?P<superlative>[A-Za-z]+))?\b
    )
    (?:\s?(?P<scale>(?i:{_SCALE_WORDS}))\b                   # billion  bn
       |(?<=\d)(?P<letter_scale>[kmbKMB]n?)\b)?             # $5m  $5bn  $14M (glued)
    (?:
        -(?P<comp>(?i:{_COMPOUND}))\b                         # seven-year  1.5-fold
      | \s?(?P<unit>%|(?i:{_UNIT_AFTER})\b)                   # 73%  70 %  35 years  50 tenge
    )?
    """,
    re.VERBOSE,
)


def _first_letter_groups(words) -> str:
    """An alternation grouped by first letter, which Python's re scans several times faster."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{k}(?:{'|'.join(v)})" for k, v in groups.items())


# Where a quantity can start: a digit run or a number word (searched in the lower-cased text).
# Trying the full grammar only there is several times faster than running QUANTITY everywhere.
_NUMBER_WORDS = list(lexicon.UNITS_WORDS) + list(lexicon.TENS_WORDS) + list(lexicon.ORDINAL_WORDS)
_ANCHOR = re.compile(r"[0-9]+|\b(?:" + _first_letter_groups(_NUMBER_WORDS) + r")(?=fold\b|\b)")
_ANCHOR_ANY_CASE = re.compile(_ANCHOR.pattern, re.IGNORECASE)
_PREFIX_BEFORE = re.compile(r"(?:" + _CURRENCY_PREFIX + r")\s?$")


def iter_quantities(text: str):
    """The same matches as QUANTITY.finditer(text), found from anchors."""
    low = text.lower()
    anchors = _ANCHOR.finditer(low) if len(low) == len(text) else _ANCHOR_ANY_CASE.finditer(text)
    pos = 0
    for anchor in anchors:
        start = anchor.start()
        if start < pos:
            continue
        prefix = _PREFIX_BEFORE.search(text, max(pos, start - 8), start)
        m = QUANTITY.match(text, prefix.start() if prefix else start)
        if m is None and prefix:
            m = QUANTITY.match(text, start)
        if m is None or m.end() == m.start():
            continue
        yield m
        pos = m.end()


FRACTION = re.compile(r"\b(?P<frac>" + _alternation(lexicon.FRACTION_WORDS) + r")\b", re.IGNORECASE)


def parse_digits(num: str) -> float:
    """'20, 000' -> 20000.0; thousands separators (even with a stray space) are dropped."""
    return float(re.sub(r",\s?", "", num))


def words_value(word: str) -> float:
    """'twenty-five' -> 25.0."""
    word = word.lower()
    if "-" in word:
        tens, units = word.split("-", 1)
        return float(lexicon.TENS_WORDS[tens] + lexicon.UNITS_WORDS[units])
    if word in lexicon.TENS_WORDS:
        return float(lexicon.TENS_WORDS[word])
    return float(lexicon.UNITS_WORDS[word])


def scale_value(scale: str | None) -> float:
    return lexicon.SCALES[scale.lower()] if scale else 1.0
