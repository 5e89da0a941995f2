"""Writers for every command's output: table, JSON, JSON Lines, CSV, Markdown.

Corpus text is data: table cells are `rich.text.Text` (never parsed as markup) and terminal control
characters are shown escaped in every text format. Rich is imported only for tables.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from typing import NamedTuple

FORMATS = ("table", "json", "jsonl", "csv", "md")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class Column(NamedTuple):
    header: str
    get: Callable[[dict], object]
    ratio: int | None = 1  # share of the free width; None for a fixed `width`
    min_width: int | None = None
    width: int | None = None
    justify: str = "left"


def value_as_written(rec: dict) -> str:
    """A stat's value with its qualifier: 'more than $70 billion'."""
    return " ".join(filter(None, [rec.get("qualifier"), rec.get("text")]))


def safe(value: object) -> str:
    """Text for a terminal: control characters (ESC, bidi overrides ...) shown as escapes.

    >>> safe("a\\x1b[31mb")
    'a\\\\x1b[31mb'
    """
    text = "" if value is None else str(value)
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def emit(records: list[dict], columns: list[Column], fmt: str, out=None, title: str | None = None) -> None:
    """Write records in one format. JSON formats write the records themselves; the others the columns."""
    out = out or sys.stdout
    if fmt == "json":
        out.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        import csv
        import io

        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow([c.header for c in columns])
        for rec in records:
            writer.writerow([safe(_plain(c.get(rec))) for c in columns])
        out.write(buf.getvalue())
    elif fmt == "md":
        out.write("| " + " | ".join(c.header for c in columns) + " |\n")
        out.write("|" + "|".join(" --- " for _ in columns) + "|\n")
        for rec in records:
            cells = [_md_cell(c.get(rec)) for c in columns]
            out.write("| " + " | ".join(cells) + " |\n")
    else:
        table(records, columns, out, title)


def _plain(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def _md_cell(value: object) -> str:
    """Corpus text as literal Markdown: emphasis, links, HTML and pipes escaped, lines joined."""
    text = _MD_SPECIAL.sub(r"\\\1", safe(_plain(value)))
    return re.sub(r"\s*\n\s*", "<br>", text)


def console(out=None, stderr: bool = False):
    from rich.console import Console

    return Console(file=out or (sys.stderr if stderr else sys.stdout), highlight=False, soft_wrap=False)


def table(records: list[dict], columns: list[Column], out=None, title: str | None = None) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    con = console(out)
    grid = Table(box=box.SIMPLE_HEAD, show_lines=False, expand=True, title=title, title_justify="left", pad_edge=False)
    for c in columns:
        grid.add_column(
            c.header,
            ratio=None if c.width else c.ratio,
            width=c.width,
            min_width=c.min_width,
            justify=c.justify,
            overflow="fold",
        )
    for rec in records:
        grid.add_row(*[Text(safe(_plain(c.get(rec)))) for c in columns])
    con.print(grid)


def show(record: dict, paragraph: str, para_start: int, out=None, span: tuple[int, int] | None = None) -> None:
    """One record in its paragraph, the cited words highlighted, then the full citation. `span`: the
    words to highlight in `paragraph` when they are not the citation's offsets (an empty span: none)."""
    from rich.text import Text

    con = console(out)
    src = record["source"]
    start, end = span or (src["start"] - para_start, src["end"] - para_start)
    styled = con.is_terminal and not con.no_color
    body = Text()
    body.append(safe(paragraph[:start]))
    if end > start:
        cited = safe(paragraph[start:end])
        body.append(cited if styled else f"[[{cited}]]", style="bold reverse" if styled else None)
    body.append(safe(paragraph[end:]))
    con.print(body)
    con.print()
    lines = [f"id:       {record.get('id')}", f"type:     {record.get('type')}"]
    if record.get("type") == "quote":
        lines += [
            f"speaker:  {record.get('speaker') or 'unknown'}"
            + (f" ({record['speaker_role']})" if record.get("speaker_role") else ""),
            f"cue:      {record.get('cue') or ''}",
            f"kind:     {record.get('kind')}",
        ]
    elif record.get("type") == "stat":
        lines += [
            f"value:    {_plain(record.get('value'))} {record.get('unit')}",
            f"what:     {record.get('what') or ''}",
            f"qualifier: {record.get('qualifier') or ''}",
            f"period:   {record.get('period') or ''}",
        ]
    lines += [
        f"article:  {src.get('title') or '(untitled)'}",
        f"cited:    {src['path']}:{src['line']} [{src['start']}:{src['end']}]",
    ]
    lines += [f"also in:  {s['path']}:{s['line']} [{s['start']}:{s['end']}]" for s in record.get("also_in", [])]
    for line in lines:
        con.print(Text(safe(line)))


def error(message: str) -> None:
    """One line on stderr, no traceback."""
    sys.stderr.write(f"kzfacts: {safe(message)}\n")
