"""Pure: a file's bytes -> the text kzfacts cites into, the articles in it and what they say of themselves.

- Plain text (`.txt`, `.md`): a byte-order mark is honoured (UTF-8, UTF-16 LE/BE), else UTF-8, else an
  encoding told by charset-normalizer when it is sure; line ends read as Python's `open()` reads them.
- HTML (`.html`, `.htm`): the main text by trafilatura (menus, banners, comments and footers left out),
  one paragraph a block, the headline first; title, canonical URL, date, author and site name from the
  page. A listing page (not an article by its own metadata, with several `<article>` teasers) gives one
  article a teaser.
- JSON Lines (`.jsonl`, `.ndjson`): one article a line, `text` (or `content`/`body`) with optional `url`,
  `title`, `date`, `author`, `publisher`; a bad line is skipped with a warning naming it.

The text of a document is what `kzfacts text PATH` prints; every record's offsets point into it.
"""

from __future__ import annotations

import codecs
import json
import re
from typing import NamedTuple

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
KINDS = ".txt, .md, .html, .jsonl"  # named in messages

TEXT_FIELDS = ("text", "content", "body")  # a JSON Lines article's text, the first one present
META_FIELDS = ("url", "title", "date", "author", "publisher")
# The code pages tried on a file that is not UTF-8: those of Russian, Kazakh and Western European text.
COMMON_ENCODINGS = ("cp1251", "cp1252", "koi8_r", "iso8859_5", "cp866", "latin_1", "kz1048")
MAX_CHAOS = 0.2  # charset-normalizer's mess ratio above which a guessed encoding is not trusted
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_Q_OPEN, _Q_CLOSE = re.compile(r"<q(?:\s[^>]*)?>", re.I), re.compile(r"</q\s*>", re.I)
_ARTICLE_TYPES = frozenset({"article", "newsarticle", "blogposting", "reportagenewsarticle"})


class FormatError(Exception):
    """A file that cannot be read as an article; the message is one line (without the file name)."""


class Part(NamedTuple):
    """One article of a document whose format says where articles begin (a JSON line, a teaser)."""

    start: int  # offset in the document's text
    meta: dict  # url, title, date, author, publisher: what the page or the line says


class Document(NamedTuple):
    text: str
    parts: tuple[Part, ...]  # empty for plain text: the engine finds the articles itself
    format: str  # text | html | jsonl
    encoding: str
    warnings: tuple[str, ...] = ()


def parse(name: str, data: bytes) -> Document:
    """The document a file's bytes hold, by the file's suffix."""
    low = name.lower()
    if low.endswith(HTML_SUFFIXES):
        return parse_html(data)
    if low.endswith(JSONL_SUFFIXES):
        return parse_jsonl(data)
    text, encoding = decode(data)
    return Document(text, (), "text", encoding)


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Text and the encoding it was read in: a byte-order mark, else UTF-8, else the encoding the file
    declares, else one charset-normalizer is sure of; raises FormatError otherwise."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return newlines(data.decode(codec)), codec.replace("-sig", "") + " (BOM)"
            except UnicodeDecodeError as exc:
                raise FormatError(f"not {codec.removesuffix('-sig').upper()} text after its byte-order mark "
                                  f"(byte {exc.start})") from None  # fmt: skip
    try:
        return newlines(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if declared:  # what the file says of itself, unless that reading makes impossible words
        try:
            text = data.decode(declared)
            if not _impossible_words(text):
                return newlines(text), codecs.lookup(declared).name
        except (LookupError, UnicodeDecodeError):
            pass
    from charset_normalizer import from_bytes

    found = [m for m in from_bytes(data, cp_isolation=list(COMMON_ENCODINGS)) if m.chaos <= MAX_CHAOS]
    # charset-normalizer ranks by mess and language; English with a few Cyrillic names reads as
    # English in either Cyrillic or Latin code pages, so the reading with fewer impossible words wins
    ranked = sorted(enumerate(found), key=lambda im: (_impossible_words(str(im[1])), im[0]))
    if not ranked or _impossible_words(str(ranked[0][1])):
        raise FormatError(f"not UTF-8 (byte {first_bad}) and its encoding cannot be told reliably")
    best = ranked[0][1]
    return newlines(str(best)), best.encoding


_LETTERS = re.compile(r"[^\W\d_]{2,}")


def _impossible_words(text: str) -> int:
    """Words no language writes, as a wrong code page makes them: Latin and Cyrillic letters mixed
    ("cafй"), or three or more accented Latin letters and nothing else ("Êàçàõñòàí")."""
    import unicodedata

    bad = 0
    for word in _LETTERS.findall(text):
        if word.isascii():
            continue
        scripts = {unicodedata.name(c, "?").split()[0] for c in word}
        accented_only = len(word) >= 3 and scripts == {"LATIN"} and not any(c.isascii() for c in word)
        bad += ("LATIN" in scripts and "CYRILLIC" in scripts) or accented_only
    return bad


def newlines(text: str) -> str:
    """Line ends as `open()` reads them: \\r\\n and \\r become \\n."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


# --- HTML ----------------------------------------------------------------------------------------------
def parse_html(data: bytes) -> Document:
    m = _META_CHARSET.search(data[:4096])
    html, encoding = decode(data, m.group(1).decode("ascii", "replace") if m else None)
    # no extractor keeps the marks of <q> (they are drawn by the browser): put them in the text
    html = _Q_CLOSE.sub("”", _Q_OPEN.sub("“", html))
    page = _extract(html)
    if page is None:
        raise FormatError("no article text found in this page")
    meta = _page_meta(page)
    pieces = [(meta, _lines(page.text))]
    if (page.pagetype or "").lower() not in _ARTICLE_TYPES:
        teasers = _teasers(html, meta.get("url"))
        if len(teasers) > 1:
            pieces = teasers
    return _assemble(pieces, "html", encoding, ())


def _extract(html: str):
    import trafilatura

    return trafilatura.bare_extraction(
        html, favor_precision=True, fast=True, include_comments=False, with_metadata=True
    )


def _page_meta(doc) -> dict:
    fields = {"url": doc.url, "title": doc.title, "date": doc.date, "author": doc.author, "publisher": doc.sitename}
    return {k: v.strip() for k, v in fields.items() if isinstance(v, str) and v.strip()}


def _teasers(html: str, page_url: str | None) -> list[tuple[dict, str]]:
    """The `<article>` elements of a listing page, each read by the extractor on its own."""
    from urllib.parse import urljoin

    import lxml.html

    out = []
    for element in lxml.html.fromstring(html).iter("article"):
        piece = _extract(f"<html><body>{lxml.html.tostring(element, encoding='unicode')}</body></html>")
        if piece is None or not piece.text:
            continue
        meta = {"title": piece.title} if piece.title else {}
        link = next(iter(element.xpath(".//*[self::h1 or self::h2 or self::h3 or self::h4]//a/@href")), None)
        if link:
            meta["url"] = urljoin(page_url or "", link)
        out.append((meta, _lines(piece.text)))
    return out


def _lines(text: str) -> list[str]:
    """The extractor's output, one paragraph (or heading, or blockquote) a line; the marks it puts
    before list items ("- ") and around table cells ("| a | b |") are not the page's text."""
    out = []
    for line in newlines(text).split("\n"):
        line = _LIST_MARK.sub("", line.strip())
        if line.startswith("|") and line.endswith("|"):
            line = "; ".join(cell.strip() for cell in line.strip("|").split("|") if cell.strip(" -:"))
        if line:
            out.append(line)
    return out


_LIST_MARK = re.compile(r"^[-*•]\s+")


def _assemble(pieces: list[tuple[dict, list[str]]], fmt: str, encoding: str, warnings: tuple[str, ...]) -> Document:
    """Articles one after another: headline, blank line, paragraphs separated by blank lines."""
    chunks, parts, at = [], [], 0
    for meta, paragraphs in pieces:
        paragraphs = list(paragraphs)
        title = meta.get("title")
        if title and (not paragraphs or not paragraphs[0].startswith(title)):
            paragraphs.insert(0, title)
        chunk = "\n\n".join(paragraphs) + "\n\n"
        parts.append(Part(at, meta))
        chunks.append(chunk)
        at += len(chunk)
    return Document("".join(chunks), tuple(parts), fmt, encoding, warnings)


# --- JSON Lines ----------------------------------------------------------------------------------------
def article_fields(obj: object) -> tuple[str, dict] | str:
    """A JSON Lines article -> (text, metadata), or why it is not one. Line ends are read as in files;
    a lone surrogate (`"\\ud800"`, which no file can hold) becomes "?"."""
    if not isinstance(obj, dict):
        return "not a JSON object"
    text = next((obj[k] for k in TEXT_FIELDS if isinstance(obj.get(k), str)), None)
    if text is None or not text.strip():
        return "no article text (a `text`, `content` or `body` string)"
    meta = {k: text_of(obj[k]).strip() for k in META_FIELDS if isinstance(obj.get(k), str) and obj[k].strip()}
    return newlines(text_of(text)), meta


def text_of(value: str) -> str:
    """Text that can be written as UTF-8: lone surrogates (from JSON escapes, or undecodable bytes in
    a command-line argument) each become "?", so lengths and offsets stay as they were."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return value.encode("utf-8", "replace").decode("utf-8")


def loads(line: str):
    """json.loads, with a line nested too deep for it reported as not JSON."""
    try:
        return json.loads(line)
    except RecursionError:
        raise ValueError("nested too deeply") from None


def parse_jsonl(data: bytes) -> Document:
    text, encoding = decode(data)
    pieces, warnings = [], []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            found = article_fields(loads(line))
        except ValueError as exc:
            found = f"not JSON ({getattr(exc, 'msg', exc)})"
        if isinstance(found, str):
            warnings.append(f"line {n}: {found}, skipped")
        else:
            pieces.append((found[1], [found[0].strip()]))
    if not pieces:
        raise FormatError("no JSON Lines article in this file" + (f" ({warnings[0]})" if warnings else ""))
    return _assemble(pieces, "jsonl", encoding, tuple(warnings))
