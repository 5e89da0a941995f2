"""Plain frozen records; every one knows where in which file it came from."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Source:
    """A citation: `text[start:end]` of the corpus file `path` is the cited words."""

    path: str
    title: str | None
    line: int
    start: int
    end: int

    def to_dict(self) -> dict:
        return asdict(self)


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

    def to_dict(self) -> dict:
        return {"type": "article", **asdict(self)}


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
        return _record_dict("quote", self)


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
        return _record_dict("stat", self)


@dataclass(frozen=True)
class Extraction:
    """Everything found in one file."""

    articles: tuple[Article, ...]
    quotes: tuple[Quote, ...]
    stats: tuple[Stat, ...]


def _record_dict(kind: str, record: Quote | Stat) -> dict:
    data = asdict(record)
    data["also_in"] = [s.to_dict() for s in record.also_in]
    return {"type": kind, **data}
