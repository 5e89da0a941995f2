"""Pure: one file's text -> articles, quotes and stats, each with an exact citation.

`extract_file(path, text)` is the whole engine for one file; it does no I/O, so it can run in any
process. A quote or stat found in several places keeps one id (from its content), which the index uses
to list the other places as `also_in`; `unify_speaker_names` maps surnames to full names corpus-wide.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from dataclasses import replace

from kzfacts import segment
from kzfacts.models import Article, Extraction, Quote, Source, Stat
from kzfacts.people import PeopleIndex
from kzfacts.quotes import find_quotes
from kzfacts.stats import find_stats, sentence_years


class LineIndex:
    """Offset -> 1-based line number."""

    def __init__(self, text: str):
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)


def stable_id(prefix: str, *parts: object) -> str:
    """A short id from the record's content, so it does not change when other files do."""
    digest = hashlib.blake2b("\x1f".join(map(str, parts)).encode("utf-8"), digest_size=6)
    return f"{prefix}{digest.hexdigest()}"


_QUOTE_STYLES = str.maketrans({c: "'" for c in '“”«»„"‘’'})


def normalise_text(text: str) -> str:
    """For matching repeats: case, quote styles and spacing folded.

    >>> normalise_text("“Stability  comes first,”")
    "'stability comes first,'"
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return " ".join(text.translate(_QUOTE_STYLES).lower().split())


def extract_file(path: str, text: str, meta: dict | None = None, single: bool = False) -> Extraction:
    """All records of one corpus file. `path` is corpus-relative; `meta` may give title/date/author/url.
    `single`: the text is one article (its format says so), however its subheadings look."""
    meta = meta or {}
    segment.split_sentences.cache_clear()  # these caches serve the paragraphs of one file only
    sentence_years.cache_clear()
    lines = LineIndex(text)
    articles, quotes, stats = [], [], []
    spans = segment.split_articles(text)
    if single:
        spans = segment.one_article(spans)
    named_before: dict[str, str] = {}  # name part -> full name, from the file's earlier articles
    for n, span in enumerate(spans):
        title = span.title or (meta.get("title") if n == 0 else None)
        url = (meta.get("url") if n == 0 else None) or None
        article = Article(
            id=stable_id("a-", path, span.start),
            path=path,
            title=title,
            date=span.date or (meta.get("date") if n == 0 else None) or None,
            author=span.author or (meta.get("author") if n == 0 else None) or None,
            publisher=meta.get("publisher") or None,
            line=lines.line(span.start),
            start=span.start,
            end=span.end,
            url=url,
            encoding=meta.get("encoding"),
        )
        articles.append(article)
        body = [(p.start, p.end) for p in span.paragraphs if p.kind == "body"]
        # who is who matters only where something is quoted (marks, or an interview's dashes)
        may_quote = _QUOTE_SIGN.search(text, span.start, span.end) is not None
        people = PeopleIndex(text, body, named_before) if may_quote else None
        if people:
            for part, full in people.by_surname.items():
                named_before.setdefault(part, full)  # the people named so far in this file

        def source(start: int, end: int, title: str | None = title, url: str | None = url, begin=span.start) -> Source:
            link = text_link(url, text[start:end], text[max(begin, start - 60) : start]) if url else None
            return Source(path=path, title=title, line=lines.line(start), start=start, end=end, url=url, link=link)

        for q in find_quotes(text, span, people) if people else ():
            words = text[q.start : q.end]
            quotes.append(
                Quote(
                    # the same words by the same person are one quote wherever they appear; the
                    # surname (not the full name) keys it, so "Tokayev" and "Kassym-Jomart Tokayev" agree
                    id=stable_id("q-", normalise_text(words), _surname(q.speaker)),
                    text=words,
                    speaker=q.speaker,
                    speaker_role=q.role,
                    cue=q.cue,
                    kind=q.kind,
                    sentence=_clean(text[q.sentence_start : q.sentence_end]),
                    source=source(q.start, q.end),
                )
            )
        cleaned: dict[tuple[int, int], tuple[str, str]] = {}  # several stats share a sentence
        for st in find_stats(text, span):
            key = (st.sentence_start, st.sentence_end)
            if key not in cleaned:
                sentence = _clean(text[st.sentence_start : st.sentence_end])
                cleaned[key] = (sentence, normalise_text(sentence))
            sentence, folded = cleaned[key]
            stats.append(
                Stat(
                    id=stable_id("s-", folded, st.start - st.sentence_start, st.value),
                    text=text[st.start : st.end],
                    value=st.value,
                    unit=st.unit,
                    what=st.what,
                    qualifier=st.qualifier,
                    period=st.period,
                    sentence=sentence,
                    source=source(st.start, st.end),
                )
            )
    return Extraction(tuple(articles), tuple(quotes), tuple(stats))


def extract_document(path: str, doc, meta: dict | None = None) -> Extraction:
    """All records of one file read by formats.py: plain text as `extract_file` reads it; a document
    whose format says where its articles begin (JSON Lines, pages) article by article, each with what
    it says of itself (URL, title, date ...; the file's sources.toml entry takes precedence on the
    first), and every offset and line counted in the document's whole text."""
    meta = dict(meta or {}, encoding=doc.encoding)
    if not doc.parts:
        return extract_file(path, doc.text, meta)
    lines = LineIndex(doc.text)
    articles, quotes, stats = [], [], []
    for i, part in enumerate(doc.parts):
        end = doc.parts[i + 1].start if i + 1 < len(doc.parts) else len(doc.text)
        own = {**part.meta, **meta} if i == 0 else {**part.meta, "encoding": doc.encoding}
        found = extract_file(path, doc.text[part.start : end], own, single=True)
        at = part.start

        def moved(src: Source, at: int = at) -> Source:
            return replace(src, start=src.start + at, end=src.end + at, line=lines.line(src.start + at))

        articles += [
            replace(a, id=stable_id("a-", path, a.start + at), start=a.start + at, end=a.end + at,
                    line=lines.line(a.start + at))
            for a in found.articles
        ]  # fmt: skip
        quotes += [replace(q, source=moved(q.source)) for q in found.quotes]
        stats += [replace(st, source=moved(st.source)) for st in found.stats]
    return Extraction(tuple(articles), tuple(quotes), tuple(stats))


def text_link(url: str, words: str, before: str = "") -> str:
    """`url` with a text fragment (`#:~:text=`, as Chrome, Edge and Safari read it) that opens the page
    scrolled to `words`: the words themselves, or their first and last words when they are long, after
    the few words before them so that an earlier occurrence of a short number is not the one shown.

    >>> text_link("https://x.kz/a#top", "23", "made ")
    'https://x.kz/a#:~:text=made-,23'
    """
    from urllib.parse import quote

    def enc(s: str) -> str:
        return quote(s, safe="").replace("-", "%2D")

    words = " ".join(words.split())
    parts = words.split(" ")
    target = (
        enc(words)
        if len(parts) <= LINK_WORDS * 2
        else f"{enc(' '.join(parts[:LINK_WORDS]))},{enc(' '.join(parts[-LINK_WORDS:]))}"
    )
    # the words before, in the same paragraph, without a quotation mark the page may draw itself
    near = before.rsplit("\n", 1)[-1].rstrip().rstrip("“\"«‘„'").split()
    context = " ".join(near[-LINK_PREFIX_WORDS:]) if len(parts) <= 2 else ""
    prefix = f"{enc(context)}-," if context else ""
    return f"{url.split('#', 1)[0]}#:~:text={prefix}{target}"


LINK_WORDS = 4  # a long quotation is found by its first and last four words
LINK_PREFIX_WORDS = 3  # a number or one or two words, after the three words before them


def _surname(speaker: str | None) -> str:
    return speaker.split()[-1].lower() if speaker else ""


# quotation marks, an interview's dashes, a speaker's label ("Jakab: ...", "Q: ..."), or the word interview
_QUOTE_SIGN = re.compile(r"[“”«»„\"‘]|''|^\s*[–—-] |^[^\W\d][\w.’' ]{0,30}:[ –—-]|(?i:\binterview)", re.M)


def _clean(sentence: str) -> str:
    """One line of text; an interview's leading dash dropped."""
    sentence = " ".join(sentence.split())
    return sentence[2:] if sentence[:2] in ("– ", "— ", "- ") else sentence


def unify_speaker_names(names: list[str]) -> dict[str, str]:
    """Surname-only speakers -> the one full name in the list that ends with that surname.

    >>> unify_speaker_names(["Tokayev", "Kassym-Jomart Tokayev", "Smith", "A Smith", "B Smith"])
    {'Tokayev': 'Kassym-Jomart Tokayev'}
    """
    full: dict[str, set[str]] = {}
    for name in names:
        if " " in name:
            full.setdefault(name.split()[-1].lower(), set()).add(name)
    mapping = {}
    for name in names:
        candidates = full.get(name.lower()) if " " not in name else None
        if candidates and len(candidates) == 1:
            mapping[name] = next(iter(candidates))
    return mapping


def unify_speakers(quotes: list[Quote]) -> list[Quote]:  # the same, for records in memory
    """The same, applied to records."""
    mapping = unify_speaker_names(sorted({q.speaker for q in quotes if q.speaker}))
    return [replace(q, speaker=mapping[q.speaker]) if q.speaker in mapping else q for q in quotes]
