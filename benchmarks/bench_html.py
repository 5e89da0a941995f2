"""Main-content extraction libraries compared on the saved-page fixtures (issue 9).

    python benchmarks/bench_html.py                  # every installed library, tables on stdout
    python benchmarks/bench_html.py --repeat 50 --big-mb 1 --json benchmarks/out/html-a.json
    python benchmarks/bench_html.py --report benchmarks/out/html-a.json benchmarks/out/html-b.json
    python benchmarks/bench_html.py --show trafilatura --page blockquote   # print one output

Pages and expectations: tests/fixtures/pages/X.html with X.expected.json (written for the tests, not copied
from any site). Every page is given to every library as the raw bytes of the file, as a saved page would be
(the cp1251 page is also tried as a correctly decoded str, to tell the library's own decoding from its
extraction). A library that is not installed is skipped with a message; none of them is a dependency of
kzfacts.

Figures:
  recall     expected paragraphs found intact in the output: whitespace-, quote- and dash-normalised
             containment, else rapidfuzz partial_ratio >= 95 (article pages; the listing page separately)
  leak       chrome_snippets (nav, ticker, sidebar, comments, footer...) found in the output
  extra      share of the output's characters in lines that match neither an expected paragraph nor the title
  =block     expected paragraphs that are exactly one output line (ratio >= 95): the text maps back to
             paragraphs; "found" but not "=block" means a paragraph was split or merged with another
  meta       title, url, date, author, site_name right, out of the fields the library returns at all
  speed      pages/s and MB/s over all fixture pages, --repeat rounds; a ~1 MB page (the chrome article
             with its paragraphs repeated) timed on its own; import time is the median of 5 fresh processes
  deps       installed distributions the library pulls in (itself included) and their size on disk
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import json
import re
import statistics
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "fixtures" / "pages"
PAGE_NAMES = ["chrome-article", "listing", "jsonld-date", "blockquote", "cp1251", "saved-page"]
META_FIELDS = ["title", "url", "date", "author", "site_name"]
CYRILLIC_PROBE = "Досмухамедов"  # in the cp1251 page's first paragraph
Q_PROBE = '"a model of how neighbours share a river"'  # a <q> element on the blockquote page, normalised


# --- normalisation and matching ------------------------------------------------------------------
_QUOTES = str.maketrans({c: '"' for c in "“”„«»‟″"} | {c: "'" for c in "‘’‚‛′"} | {c: "-" for c in "–—‒−"})


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip()


def _fuzz():
    try:
        from rapidfuzz import fuzz

        return fuzz
    except ImportError:  # containment only
        return None


FUZZ = _fuzz()


def found_in(par: str, text_n: str) -> bool:
    p = norm(par)
    if p in text_n:
        return True
    return bool(FUZZ and text_n and FUZZ.partial_ratio(p, text_n) >= 95)


def same_block(par: str, block_n: str) -> bool:
    p = norm(par)
    return p == block_n or bool(FUZZ and FUZZ.ratio(p, block_n) >= 95)


# --- the libraries -------------------------------------------------------------------------------
@dataclass
class Output:
    text: str
    meta: dict[str, Any] | None = None  # None: the library gives no metadata; a missing key: not that field


@dataclass
class Lib:
    name: str
    dist: str  # distribution name, for version and dependencies
    module: str  # what is imported (import time)
    setup: Callable[[], Callable[[bytes | str], Output]]
    note: str = ""
    run: Callable[[bytes | str], Output] | None = field(default=None, repr=False)


def _traf(include_comments=False, with_metadata=True, **opts):
    def setup():
        import trafilatura

        def run(page):
            doc = trafilatura.bare_extraction(
                page, include_comments=include_comments, with_metadata=with_metadata, **opts
            )
            if doc is None:
                return Output("", {k: None for k in META_FIELDS} if with_metadata else None)
            text = doc.text or ""
            if include_comments and doc.comments:  # bare_extraction keeps them apart; extract() appends them
                text += "\n" + doc.comments
            if not with_metadata:
                return Output(text, None)
            meta = {
                "title": doc.title,
                "url": doc.url,
                "date": doc.date,
                "author": doc.author,
                "site_name": doc.sitename,
            }
            return Output(text, meta)

        return run

    return setup


def _resiliparse(main_content=True, **opts):
    def setup():
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.encoding import detect_encoding
        from resiliparse.parse.html import HTMLTree

        def run(page):
            if isinstance(page, bytes):
                tree = HTMLTree.parse_from_bytes(page, detect_encoding(page))
            else:
                tree = HTMLTree.parse(page)
            text = extract_plain_text(tree, main_content=main_content, preserve_formatting=True, comments=False, **opts)
            title = tree.title or None
            return Output(text, {"title": title})  # <title> only: no other metadata

        return run

    return setup


_BLOCK_TAGS = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "cite",
    "pre",
    "td",
    "th",
    "dd",
    "dt",
    "figcaption",
    "div",
    "section",
    "article",
    "tr",
    "ul",
    "ol",
    "table",
    "header",
    "footer",
    "aside",
}


def _html_to_lines(fragment: str) -> str:
    """readability returns HTML: one line per innermost block element (text of nested blocks goes on their own)."""
    import lxml.html

    root = lxml.html.fromstring(fragment)
    lines: list[str] = []
    cur: list[str] = []

    def flush():
        s = re.sub(r"\s+", " ", "".join(cur)).strip()
        if s:
            lines.append(s)
        cur.clear()

    def walk(el):
        block = isinstance(el.tag, str) and el.tag in _BLOCK_TAGS
        if block:
            flush()
        if isinstance(el.tag, str) and el.tag == "br":
            flush()
        if el.text and isinstance(el.tag, str):
            cur.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                cur.append(child.tail)
        if block:
            flush()

    walk(root)
    flush()
    return "\n".join(lines)


def _readability():
    def setup():
        from readability import Document

        def run(page):
            doc = Document(page)
            return Output(_html_to_lines(doc.summary(html_partial=True)), {"title": doc.short_title()})

        return run

    return setup


def _justext():
    def setup():
        import justext

        stop = justext.get_stoplist("English")

        def run(page):
            pars = justext.justext(page, stop)
            return Output("\n".join(p.text for p in pars if not p.is_boilerplate), None)

        return run

    return setup


def _newspaper():
    def setup():
        import newspaper

        def run(page):
            art = newspaper.Article("https://example.invalid/article")
            art.download(input_html=page)  # bytes are decoded by newspaper itself
            art.parse()
            date = art.publish_date.date().isoformat() if art.publish_date else None
            meta = {
                "title": art.title or None,
                "url": art.canonical_link or None,
                "date": date,
                "author": ", ".join(art.authors) or None,
                "site_name": art.meta_site_name or None,
            }
            return Output(art.text or "", meta)

        return run

    return setup


LIBS = [
    Lib("trafilatura", "trafilatura", "trafilatura", _traf(), "bare_extraction, default (with fallbacks)"),
    Lib("trafilatura precision", "trafilatura", "trafilatura", _traf(favor_precision=True), "favor_precision=True"),
    Lib("trafilatura recall", "trafilatura", "trafilatura", _traf(favor_recall=True), "favor_recall=True"),
    Lib("trafilatura fast", "trafilatura", "trafilatura", _traf(fast=True), "fast=True (no fallback)"),
    Lib(
        "trafilatura precision fast",
        "trafilatura",
        "trafilatura",
        _traf(favor_precision=True, fast=True),
        "favor_precision=True, fast=True",
    ),
    Lib(
        "trafilatura precision, no meta",
        "trafilatura",
        "trafilatura",
        _traf(favor_precision=True, with_metadata=False),
        "favor_precision=True, with_metadata=False: the text alone",
    ),
    Lib(
        "trafilatura +comments",
        "trafilatura",
        "trafilatura",
        _traf(include_comments=True),
        "include_comments=True (its default), to show what comments bring",
    ),
    Lib(
        "resiliparse",
        "resiliparse",
        "resiliparse.extract.html2text",
        _resiliparse(),
        "extract_plain_text(main_content=True, preserve_formatting=True, comments=False)",
    ),
    Lib(
        "resiliparse all text",
        "resiliparse",
        "resiliparse.extract.html2text",
        _resiliparse(main_content=False),
        "main_content=False: every visible text, the ceiling for leakage",
    ),
    Lib("readability-lxml", "readability-lxml", "readability", _readability(), "Document.summary(), lines per block"),
    Lib("justext", "justext", "justext", _justext(), "English stoplist, non-boilerplate paragraphs"),
    Lib("newspaper4k", "newspaper4k", "newspaper", _newspaper(), "Article.download(input_html=...).parse()"),
]


# --- the pages -----------------------------------------------------------------------------------
def load_pages() -> dict[str, tuple[bytes, dict]]:
    pages = {}
    for name in PAGE_NAMES:
        raw = (PAGES / f"{name}.html").read_bytes()
        exp = json.loads((PAGES / f"{name}.expected.json").read_text(encoding="utf-8"))
        pages[name] = (raw, exp)
    return pages


def big_page(raw: bytes, exp: dict, target_mb: float) -> tuple[bytes, list[str]]:
    """The chrome article with its body paragraphs repeated to about target_mb."""
    html = raw.decode("utf-8")
    start = html.index('<div class="article__body"')
    start = html.index(">", start) + 1
    end = html.index("</div>\n    <footer", start)
    body = "".join(f"      <p>{p}</p>\n" for p in exp["paragraphs"])
    n = max(1, int(target_mb * 1e6 / len(body.encode())))
    big = html[:start] + "\n" + body * n + html[end:]
    return big.encode("utf-8"), exp["paragraphs"] * n


# --- scoring -------------------------------------------------------------------------------------
def score(out: Output, exp: dict) -> dict:
    text_n = norm(out.text)
    lines = [norm(line) for line in out.text.splitlines() if line.strip()]
    pars = exp["paragraphs"]
    found = [found_in(p, text_n) for p in pars]
    blocks = [any(same_block(p, b) for b in lines) for p in pars]
    leaked = [s for s in exp["chrome_snippets"] if norm(s) in text_n]
    ref = norm(" ".join(pars) + " " + (exp.get("title") or ""))
    extra = sum(len(b) for b in lines if not (b in ref or (FUZZ and FUZZ.partial_ratio(b, ref) >= 95)))
    total = sum(len(b) for b in lines)
    meta = {}
    if out.meta is not None:
        for k in META_FIELDS:
            if k in out.meta:
                meta[k] = meta_ok(k, out.meta[k], exp.get(k))
    return {
        "n": len(pars),
        "found": sum(found),
        "block": sum(blocks),
        "leaked": leaked,
        "extra_chars": extra,
        "chars": total,
        "meta": meta,
        "chars_out": len(out.text),
        "missing": [p[:60] for p, f in zip(pars, found, strict=True) if not f],
        "meta_got": {k: (str(v) if v is not None else None) for k, v in (out.meta or {}).items()},
    }


def meta_ok(key: str, got: Any, want: Any) -> bool:
    if want is None:
        return not got
    if not got:
        return False
    got = str(got)
    if key == "date":
        return got[:10] == want
    if key == "url":
        return got.rstrip("/") == want.rstrip("/")
    return norm(got).casefold() == norm(want).casefold()


# --- install weight and import time --------------------------------------------------------------
def _req_name(req: str) -> str | None:
    try:
        from packaging.requirements import Requirement
    except ImportError:
        try:
            from pip._vendor.packaging.requirements import Requirement
        except ImportError:
            Requirement = None
    if Requirement is not None:
        r = Requirement(req)
        if r.marker is not None and not r.marker.evaluate({"extra": ""}):
            return None
        return r.name
    if "extra ==" in req:
        return None
    return re.split(r"[\s;<>=!~\[(]", req, maxsplit=1)[0]


def dep_closure(dist: str) -> tuple[int, float]:
    seen: set[str] = set()
    todo = [dist]
    size = 0
    while todo:
        name = re.sub(r"[-_.]+", "-", todo.pop()).lower()
        if name in seen:
            continue
        try:
            d = md.distribution(name)
        except md.PackageNotFoundError:
            continue
        seen.add(name)
        for f in d.files or []:
            try:
                size += f.locate().stat().st_size
            except OSError:
                pass
        for req in d.requires or []:
            n = _req_name(req)
            if n:
                todo.append(n)
    return len(seen), size / 1e6


def import_ms(module: str, runs: int = 5) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        times.append(float(out.stdout.strip()))
    return statistics.median(times) * 1000


# --- the run -------------------------------------------------------------------------------------
def available(only: list[str] | None) -> list[Lib]:
    libs = []
    for lib in LIBS:
        if only and not any(o.lower() in lib.name.lower() for o in only):
            continue
        try:
            lib.run = lib.setup()
        except ImportError as e:
            print(f"skipped {lib.name}: not installed ({e.name or e}); pip install {lib.dist}", file=sys.stderr)
            continue
        libs.append(lib)
    return libs


def measure(lib: Lib, pages: dict, repeat: int, big_mb: float, import_cache: dict) -> dict:
    res: dict[str, Any] = {"name": lib.name, "note": lib.note, "version": md.version(lib.dist), "pages": {}}
    for name, (raw, exp) in pages.items():
        try:
            res["pages"][name] = score(lib.run(raw), exp)
        except Exception as e:  # a library failing on a page is a result
            res["pages"][name] = {"error": f"{type(e).__name__}: {e}"[:200]}
    raw, exp = pages["cp1251"]
    try:
        res["cp1251_bytes"] = CYRILLIC_PROBE in lib.run(raw).text
        res["cp1251_str"] = CYRILLIC_PROBE in lib.run(raw.decode("cp1251")).text
    except Exception as e:
        res["cp1251_bytes"] = res["cp1251_str"] = f"error: {e}"[:80]
    try:
        res["q_marks"] = Q_PROBE in norm(lib.run(pages["blockquote"][0]).text)
    except Exception:
        res["q_marks"] = None
    # speed over all fixture pages
    data = [raw for raw, _ in pages.values()]
    mb = sum(map(len, data)) / 1e6
    t0 = time.perf_counter()
    for _ in range(repeat):
        for page in data:
            lib.run(page)
    dt = time.perf_counter() - t0
    res["pages_per_s"] = repeat * len(data) / dt
    res["mb_per_s"] = repeat * mb / dt
    # one big page
    raw, exp = pages["chrome-article"]
    big, big_pars = big_page(raw, exp, big_mb)
    times = []
    out = None
    for _ in range(3):
        t0 = time.perf_counter()
        out = lib.run(big)
        times.append(time.perf_counter() - t0)
    dt = statistics.median(times)
    want = sum(len(p) for p in big_pars)
    res["big"] = {
        "mb": len(big) / 1e6,
        "s": dt,
        "mb_per_s": len(big) / 1e6 / dt,
        "kept": len(norm(out.text)) / len(norm(" ".join(big_pars))) if out else 0,
        "want_chars": want,
    }
    if lib.module not in import_cache:
        import_cache[lib.module] = import_ms(lib.module)
    res["import_ms"] = import_cache[lib.module]
    res["deps"], res["install_mb"] = dep_closure(lib.dist)
    return res


# --- the report ----------------------------------------------------------------------------------
ARTICLES = [n for n in PAGE_NAMES if n != "listing"]


def _sum(r, key, pages):
    return sum(r["pages"][p].get(key, 0) if "error" not in r["pages"][p] else 0 for p in pages)


def report(results: list[dict], env: dict) -> str:
    out = []
    out.append(
        f"Python {env['python']}, {env['machine']}; --repeat {env['repeat']}, big page {env['big_mb']:.2f} MB; "
        f"rapidfuzz {'yes' if env['rapidfuzz'] else 'no (containment only)'}"
    )
    out.append("")
    n_art = sum(
        len(json.loads((PAGES / f"{p}.expected.json").read_text(encoding="utf-8"))["paragraphs"]) for p in ARTICLES
    )
    out.append(f"Accuracy: 5 article pages ({n_art} paragraphs) and the listing page")
    out.append("")
    out.append(
        "| library | recall | =block | leak | extra | listing recall | listing leak | meta right | cp1251 bytes / str | `<q>` marks |"
    )
    out.append("|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        found, block = _sum(r, "found", ARTICLES), _sum(r, "block", ARTICLES)
        leak = sum(len(r["pages"][p].get("leaked", [])) for p in ARTICLES)
        extra, chars = _sum(r, "extra_chars", ARTICLES), _sum(r, "chars", ARTICLES)
        li = r["pages"]["listing"]
        meta_ok = sum(sum(r["pages"][p].get("meta", {}).values()) for p in PAGE_NAMES)
        meta_n = sum(len(r["pages"][p].get("meta", {})) for p in PAGE_NAMES)
        fields = sorted({k for p in PAGE_NAMES for k in r["pages"][p].get("meta", {})}, key=META_FIELDS.index)
        meta = f"{meta_ok}/{meta_n} ({', '.join(fields)})" if meta_n else "none given"
        errs = [p for p in PAGE_NAMES if "error" in r["pages"][p]]
        name = r["name"] + (f" (error on {', '.join(errs)})" if errs else "")
        yn = lambda v: "ok" if v is True else ("wrong" if v is False else str(v))  # noqa: E731
        out.append(
            f"| {name} | {found}/{n_art} | {block}/{n_art} | {leak} | {100 * extra / chars if chars else 0:.0f}% | "
            f"{li.get('found', 0)}/{li.get('n', 0)} | {len(li.get('leaked', []))} | {meta} | "
            f"{yn(r['cp1251_bytes'])} / {yn(r['cp1251_str'])} | {'yes' if r['q_marks'] else 'no'} |"
        )
    out.append("")
    out.append("Per page: found/expected, =block, leaked chrome snippets")
    out.append("")
    out.append("| library | " + " | ".join(PAGE_NAMES) + " |")
    out.append("|---|" + "---|" * len(PAGE_NAMES))
    for r in results:
        cells = []
        for p in PAGE_NAMES:
            s = r["pages"][p]
            cells.append("error" if "error" in s else f"{s['found']}/{s['n']}, ={s['block']}, leak {len(s['leaked'])}")
        out.append(f"| {r['name']} | " + " | ".join(cells) + " |")
    out.append("")
    out.append("Speed and weight")
    out.append("")
    out.append("| library | version | pages/s | MB/s | ~1 MB page | kept on it | import | deps | installed |")
    out.append("|---|---|---|---|---|---|---|---|---|")
    for r in results:
        b = r["big"]
        out.append(
            f"| {r['name']} | {r['version']} | {r['pages_per_s']:.0f} | {r['mb_per_s']:.2f} | "
            f"{b['s'] * 1000:.0f} ms ({b['mb_per_s']:.1f} MB/s) | {100 * b['kept']:.0f}% | {r['import_ms']:.0f} ms | "
            f"{r['deps']} | {r['install_mb']:.1f} MB |"
        )
    out.append("")
    out.append("Leaked snippets and missed paragraphs")
    out.append("")
    for r in results:
        for p in PAGE_NAMES:
            s = r["pages"][p]
            if "error" in s:
                out.append(f"- {r['name']} / {p}: {s['error']}")
                continue
            if s["leaked"] or s["missing"]:
                bits = []
                if s["leaked"]:
                    bits.append("leaked " + "; ".join(repr(x) for x in s["leaked"]))
                if s["missing"]:
                    bits.append("missed " + "; ".join(repr(x + "...") for x in s["missing"]))
                out.append(f"- {r['name']} / {p}: " + " | ".join(bits))
    out.append("")
    out.append("Metadata returned (x = wrong)")
    out.append("")
    for r in results:
        wrong = []
        for p in PAGE_NAMES:
            for k, ok in r["pages"][p].get("meta", {}).items():
                if not ok:
                    wrong.append(f"{p}.{k}={r['pages'][p]['meta_got'].get(k)!r}")
        if any(r["pages"][p].get("meta") for p in PAGE_NAMES):
            out.append(f"- {r['name']}: " + ("all right" if not wrong else "x " + "; ".join(wrong)))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=20, help="rounds over all fixture pages for the speed figures")
    ap.add_argument("--big-mb", type=float, default=1.0, help="size of the synthetic big page")
    ap.add_argument("--only", action="append", help="only libraries whose name contains this (repeatable)")
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    ap.add_argument("--report", nargs="+", metavar="FILE", help="print the tables of earlier --json files, merged")
    ap.add_argument("--show", metavar="LIB", help="print one library's output for --page and stop")
    ap.add_argument("--page", default="chrome-article")
    args = ap.parse_args(argv)

    if args.report:
        results, env = [], None
        for f in args.report:
            data = json.loads(Path(f).read_text(encoding="utf-8"))
            results += data["results"]
            env = env or data["env"]
        print(report(results, env))
        return 0

    pages = load_pages()
    libs = available(args.only or ([args.show] if args.show else None))
    if args.show:
        if not libs:
            return 1
        out = libs[0].run(pages[args.page][0])
        print(out.text)
        print("--- meta:", out.meta)
        return 0
    if not libs:
        print("no extraction library installed: pip install trafilatura resiliparse rapidfuzz", file=sys.stderr)
        return 0
    import platform

    env = {
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {__import__('os').cpu_count()} cpus",
        "repeat": args.repeat,
        "big_mb": args.big_mb,
        "rapidfuzz": FUZZ is not None,
    }
    cache: dict[str, float] = {}
    results = []
    for lib in libs:
        print(f"measuring {lib.name} ...", file=sys.stderr, flush=True)
        results.append(measure(lib, pages, args.repeat, args.big_mb, cache))
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(
            json.dumps({"env": env, "results": results}, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    print(report(results, env))
    return 0


if __name__ == "__main__":
    sys.exit(main())
