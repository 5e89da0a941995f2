"""Pure layout analysis: a file's text -> articles -> paragraphs -> sentences, all as offsets.

Listing pages hold several articles one after another; a new article starts at a headline (a short
line in Title Case, or any heading after a truncated "..." paragraph). Sentence-case headings inside
an article are section headings. Chrome (tickers, pagination, photo credits) is dropped.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from kzfacts import lexicon

TERMINAL = '.!?…:;,”"»'
_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
_DATE_LINE = re.compile(
    rf"^\s*(?:\w+day,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+{lexicon.MONTH_RE},?\s+\d{{4}}"
    rf"|{lexicon.MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})\s*$"
)


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    kind: str  # body | heading


@dataclass
class ArticleSpan:
    start: int
    end: int
    title: str | None = None
    title_start: int | None = None
    date: str | None = None
    author: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    has_body: bool = False  # any body paragraph yet (kept, not rescanned, for long files)


def lines_with_offsets(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its newline.

    >>> lines_with_offsets("ab\\ncd")
    [(0, 2), (3, 5)]
    """
    # Lines end at "\n" (with or without "\r"), as line numbers in citations count them: a lone "\r" or
    # another control character inside a line is data, not a paragraph break. A file with no "\n" and
    # several "\r" (old Mac line ends) is split at "\r".
    sep = "\r" if "\n" not in text and text.count("\r") >= 2 else "\n"
    spans, pos = [], 0
    for line in text.split(sep):
        body = line[:-1] if sep == "\n" and line.endswith("\r") else line
        spans.append((pos, pos + len(body)))
        pos += len(line) + 1
    if spans and spans[-1][0] == len(text):
        spans.pop()  # nothing after the last line break
    return spans


def is_boilerplate(line: str) -> bool:
    """Ticker rows, pagination and credit lines that no article owns.

    >>> is_boilerplate("USD 521.30 ▲ | EUR 604.85 ▼ | RUB 6.52 ▲ | Astana −17°C"), is_boilerplate("USD rose 2%.")
    (True, False)
    """
    if any(p.search(line) for p in lexicon.BOILERPLATE_LINES):
        return True
    # a rates or weather strip: several "CODE number" pairs and almost no words
    pairs = len(_RATE_PAIR.findall(line))
    words = len(_LOWER_WORD.findall(line))
    if pairs >= 2 and words <= 2:
        return True
    # a short line with a clock time and no English words: "3 Май , 11:51 253", "18 October 2012, 09:14"
    return len(line) <= 48 and words == 0 and bool(_CLOCK.search(line))


_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")


_RATE_PAIR = re.compile(r"\b[A-Z]{3}(?:/[A-Z]{3})?\s*=?\s*[\d.,]+")
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")


def is_photo_credit(line: str, alone: bool = False) -> bool:
    """A photo credit alone on its line: "Akorda", "Adlet Beremkulov/ Kazinform".

    >>> is_photo_credit("Adlet Beremkulov/ Kazinform"), is_photo_credit("A defining year ahead")
    (True, False)
    """
    words = _WORD.findall(line)
    stripped = line.strip()
    if not words or len(stripped) > 60 or stripped[-1:] in ".!?:":
        return False
    if "/" in stripped and len(words) <= 6:
        return True
    # one or two capitalised words inside the run of paragraphs; set apart by blank lines, a headline
    return not alone and len(words) <= 2 and all(w[0].isupper() for w in words)


def is_heading(line: str) -> bool:
    """A short line without closing punctuation: a headline or a section heading."""
    stripped = line.strip()
    words = _WORD.findall(stripped)
    if not (2 <= len(words) <= 20) or len(stripped) > 160:
        return False
    if stripped[0] in lexicon.DASHES + "•*":
        return False
    if _TURN.match(stripped) or _CREDITED_QUOTE.search(stripped):
        return False  # a turn of a dialogue ("Tim Torlot: - Good morning"), a quotation with its credit
    if _unbalanced(stripped):
        return False  # a truncated sentence with an open quotation, not a headline
    if len(words) > 12 and not is_title_case(stripped):
        return False  # headings are short; a long lower-case line is a cut-off sentence
    return stripped[-1] not in '.!…:;,"”»' or stripped.endswith("?")


def _unbalanced(line: str) -> bool:
    opens = sum(line.count(c) for c in "“«„")
    closes = sum(line.count(c) for c in "”»")
    return opens != closes or line.count('"') % 2 == 1


_TURN = re.compile(r"^[^:]{1,80}:\s*[–—-]\s+\S|^(?:Q|A|Question|Answer)\s*:\s+\S")


_CREDITED_QUOTE = re.compile(r"[\"”»’]\s*[–—-]{1,2}\s*[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3}\s*$")


def is_title_case(line: str) -> bool:
    """Headline capitalisation: most words that are not small words start upper-case.

    >>> is_title_case("Snow Leopard Becomes National Symbol of Kyrgyzstan")
    True
    >>> is_title_case("Transit and logistics as a strategic priority")
    False
    """
    words = [w for w in _WORD.findall(line) if w.lower() not in lexicon.HEADLINE_SMALL_WORDS]
    if len(words) < 2:
        return False
    upper = sum(1 for w in words if w[0].isupper())
    return upper / len(words) >= 0.75


def parse_byline(line: str) -> tuple[str, str | None] | None:
    """'Author: Jane Doe – 09/10/2025' -> ('Jane Doe', '09/10/2025').

    >>> parse_byline("Author: Théo Vernay-Perrin – 09/10/2025"), parse_byline("By the way, no")
    (('Théo Vernay-Perrin', '09/10/2025'), None)
    """
    m = lexicon.BYLINE_PREFIX.match(line)
    if not m or len(line) > 120:
        return None
    rest = line[m.end() :].strip()
    parts = lexicon.BYLINE_SEPARATOR.split(rest, maxsplit=1)
    author = parts[0].strip()
    date = parts[1].strip() if len(parts) > 1 and any(c.isdigit() for c in parts[1]) else None
    names = author.split()
    if not (1 <= len(names) <= 5) or not all(n[0].isupper() for n in names):
        return None
    return author, date


def one_article(spans: list[ArticleSpan]) -> list[ArticleSpan]:
    """The articles found, taken as one (a format that says where its article begins and ends): the
    first one's title, date and author, every paragraph, later titles as subheadings."""
    if len(spans) < 2:
        return spans
    first = spans[0]
    for later in spans[1:]:
        first.paragraphs.extend(later.paragraphs)
        first.end = later.end
        first.has_body = first.has_body or later.has_body
        first.date, first.author = first.date or later.date, first.author or later.author
    return [first]


def split_articles(text: str) -> list[ArticleSpan]:
    """Find the articles of one file, with their paragraphs."""
    articles: list[ArticleSpan] = []
    current: ArticleSpan | None = None
    pending_date: str | None = None
    pending_author: str | None = None
    last_body_end_truncated = False

    def start_article(pos: int) -> ArticleSpan:
        nonlocal pending_date, pending_author
        art = ArticleSpan(start=pos, end=pos, date=pending_date, author=pending_author)
        pending_date = pending_author = None
        articles.append(art)
        return art

    for start, end in _paragraph_spans(text):
        line = text[start:end]
        if is_boilerplate(line):
            continue
        if _DATE_LINE.match(line):
            pending_date = line.strip()
            if current is not None and current.paragraphs and current.paragraphs[-1].kind == "heading":
                current.date = current.date or pending_date
                pending_date = None
            continue
        byline = parse_byline(line)
        if byline:
            pending_author, date = byline
            pending_date = date or pending_date
            if current is not None and not _has_body(current):
                current.author, current.date = pending_author, current.date or pending_date
                pending_author = pending_date = None
            continue
        if is_photo_credit(line, alone=_set_apart(text, start, end)):
            continue
        if is_heading(line):
            new_article = current is None or (_has_body(current) and (is_title_case(line) or last_body_end_truncated))
            if new_article:
                current = start_article(start)
                current.title, current.title_start = line.strip(), start
            assert current is not None
            current.paragraphs.append(Paragraph(start, end, "heading"))
            current.end = end
            continue
        if current is None:
            current = start_article(start)
        current.paragraphs.append(Paragraph(start, end, "body"))
        current.has_body = True
        current.end = end
        last_body_end_truncated = line.rstrip().endswith(("...", "…"))
    return articles


def _set_apart(text: str, start: int, end: int) -> bool:
    """A line with a blank line (or the start or end of the file) before and after it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_start > 0:
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        if text[prev_start : line_start - 1].strip():
            return False
    if line_end != -1:
        next_end = text.find("\n", line_end + 1)
        if text[line_end + 1 : len(text) if next_end == -1 else next_end].strip():
            return False
    return True


def _has_body(article: ArticleSpan) -> bool:
    return article.has_body


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Non-empty lines as paragraphs, re-joining lines that were hard-wrapped mid-sentence."""
    spans: list[tuple[int, int]] = []
    for start, end in lines_with_offsets(text):
        line = text[start:end]
        if not line.strip():
            continue
        # trim surrounding white space but keep offsets exact
        start += len(line) - len(line.lstrip())
        end -= len(line) - len(line.rstrip())
        if spans and _continues(text, spans[-1], start):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _continues(text: str, prev: tuple[int, int], start: int) -> bool:
    """A wrapped line: the previous one ends mid-sentence and this one goes on lower-case, and the
    previous one is long or leaves a quotation open (a carriage return read as a line break inside it)."""
    gap = text[prev[1] : start]
    if "\n\n" in gap or "\n\r\n" in gap or not text[start].islower() or text[prev[1] - 1] in TERMINAL:
        return False
    return prev[1] - prev[0] >= 50 or _open_quotation(text, prev[0], prev[1])


def _open_quotation(text: str, start: int, end: int) -> bool:
    line = text[start:end]
    return sum(line.count(c) for c in "“«„") > sum(line.count(c) for c in "”»")


# --- sentences --------------------------------------------------------------------------------
_SENTENCE_END = re.compile(r"[.!?…]+[”\"»’')\]]*(?=\s+[“\"«(‘'A-ZА-ЯЁ0-9–—-])|[.!?…]+[”\"»’')\]]*$")


@functools.lru_cache(maxsize=8192)
def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end], skipping abbreviations such as "Jan." or "U.S."
    (cached: quotes and stats both ask for the same paragraphs; do not mutate the result)."""
    spans: list[tuple[int, int]] = []
    seg_start = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if _is_abbreviation(text, m.start()):
            continue
        s_end = m.end()
        if text[seg_start:s_end].strip():
            spans.append(_trim(text, seg_start, s_end))
        seg_start = s_end
    if text[seg_start:end].strip():
        spans.append(_trim(text, seg_start, end))
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    j, floor = dot, max(0, dot - 24)  # an abbreviation is short: never walk back further
    while j > floor and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    if word in lexicon.ABBREVIATIONS:
        return True
    # single capital initial ("J. Smith") but not a sentence-final pronoun "I."
    return len(word) == 1 and text[dot - 1].isupper() and word != "i"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
