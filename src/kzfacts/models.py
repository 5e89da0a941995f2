"""Plain frozen records; every one knows where in which file it came from.

`to_dict()` gives the JSON shape the CLI prints (field names as in the README); it is written out
by hand rather than with dataclasses.asdict, which deep-copies and is a fifth of an index build.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    """A citation: `text[start:end]` of the corpus file `path` is the cited words."""

    path: str
    title: str | None
    line: int
    start: int
    end: int
    url: str | None = None  # the page the article came from, when the input says
    link: str | None = None  # `url` with a text fragment that opens the page at the cited words

    def to_dict(self) -> dict:
        return {
            "path": self.path, "title": self.title, "line": self.line, "start": self.start, "end": self.end,
            "url": self.url, "link": self.link,
        }  # fmt: skip


@dataclass(frozen=True)
class Article:
    id: str
    path: str
    title: str | None
    date: str | None
    author: str | None
    publisher: str | None
    line: int
    start: int
    end: int
    url: str | None = None
    encoding: str | None = None  # how the file was decoded: utf-8, utf-16 (BOM), windows-1251 ...

    def to_dict(self) -> dict:
        return {
            "type": "article", "id": self.id, "path": self.path, "title": self.title, "date": self.date,
            "author": self.author, "publisher": self.publisher, "line": self.line, "start": self.start,
            "end": self.end, "url": self.url, "encoding": self.encoding,
        }  # fmt: skip


@dataclass(frozen=True)
class Quote:
    id: str
    text: str
    speaker: str | None
    speaker_role: str | None
    cue: str | None
    kind: str  # direct | partial | interview
    sentence: str
    source: Source
    also_in: tuple[Source, ...] = field(default=())

    def to_dict(self) -> dict:
        return {
            "type": "quote", "id": self.id, "text": self.text, "speaker": self.speaker,
            "speaker_role": self.speaker_role, "cue": self.cue, "kind": self.kind, "sentence": self.sentence,
            "source": self.source.to_dict(), "also_in": [s.to_dict() for s in self.also_in],
        }  # fmt: skip


@dataclass(frozen=True)
class Stat:
    id: str
    text: str
    value: float
    unit: str
    what: str | None
    qualifier: str | None
    period: str | None
    sentence: str
    source: Source
    also_in: tuple[Source, ...] = field(default=())

    def to_dict(self) -> dict:
        return {
            "type": "stat", "id": self.id, "text": self.text, "value": self.value, "unit": self.unit,
            "what": self.what, "qualifier": self.qualifier, "period": self.period, "sentence": self.sentence,
            "source": self.source.to_dict(), "also_in": [s.to_dict() for s in self.also_in],
        }  # fmt: skip


@dataclass(frozen=True)
class Extraction:
    """Everything found in one file."""

    articles: tuple[Article, ...]
    quotes: tuple[Quote, ...]
    stats: tuple[Stat, ...]


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation as the rules find it, before it becomes a `Quote`: offsets of the quoted words,
    attribution, and the sentence around it."""

    start: int
    end: int
    speaker: str | None
    role: str | None
    cue: str | None
    kind: str
    sentence_start: int
    sentence_end: int
