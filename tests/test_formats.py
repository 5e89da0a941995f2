"""Articles users bring: saved web pages, JSON Lines, other encodings; citations that open the page.

The pages in tests/fixtures/pages/ were written for these tests (an article in heavy site chrome, a
listing page, a date only in JSON-LD, blockquote and <q> quotations, Windows-1251, a page saved with
its _files/ folder); each has X.expected.json with its paragraphs, metadata and chrome that must not
come out."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzfacts.cli import app
from kzfacts.extract import text_link
from kzfacts.formats import FormatError, decode, parse

runner = CliRunner()
PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
PAGE_NAMES = ["chrome-article", "listing", "jsonld-date", "blockquote", "cp1251", "saved-page"]


@pytest.fixture()
def mixed(tmp_path):
    """A folder mixing .txt, .md, .html and .jsonl files in several encodings."""
    for name in PAGE_NAMES:
        shutil.copy(PAGES / f"{name}.html", tmp_path / f"{name}.html")
    shutil.copytree(PAGES / "saved-page_files", tmp_path / "saved-page_files")
    (tmp_path / "saved-page_files" / "frame.html").write_text("<p>“Not an article,” he said.</p>", encoding="utf-8")
    shutil.copy(PAGES / "chrome-article.txt", tmp_path / "grain.txt")
    (tmp_path / "utf16.md").write_bytes(
        "Border reopens\n\n“We will reopen the border on Monday,” Customs Chief Daniyar Serikov said.\n".encode(
            "utf-16"
        )
    )
    (tmp_path / "cyrillic.txt").write_bytes(
        "Almaty metro expands\n\nThe metro will get 4 new stations, Mayor Yerlan Dosmukhamedov (Ерлан Досмухамедов) "
        "said. “We will open them in 2026,” he said.\n".encode("cp1251")
    )
    lines = [
        json.dumps({"url": "https://wire.example/kz/1", "title": "Wheat prices rise", "date": "2025-03-01",
                    "text": "Wheat prices rose 12% in February.\n\n“Demand from China is strong,” "
                            "trader Bolat Iskakov said."}),
        "{not json",
        json.dumps({"title": "no text here"}),
        json.dumps({"content": "“Rates stay at 16.5%,” central bank governor Timur Suleimenov said.",
                    "publisher": "Wire"}),
    ]  # fmt: skip
    (tmp_path / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "sources.toml").write_text('["grain.txt"]\nurl = "https://steppeherald.kz/grain"\n', encoding="utf-8")
    return tmp_path


def _export(corpus, *args):
    result = runner.invoke(app, ["export", "--corpus", str(corpus), *args])
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()], result.stderr


def _text(corpus, path):
    result = runner.invoke(app, ["text", path, "--corpus", str(corpus)])
    assert result.exit_code == 0, result.stderr
    return result.stdout


# --- the pages: text, chrome, metadata ---------------------------------------------------------------
@pytest.mark.parametrize("name", PAGE_NAMES)
def test_page_text_is_the_main_text_without_chrome(mixed, name):
    expected = json.loads((PAGES / f"{name}.expected.json").read_text(encoding="utf-8"))
    text = _text(mixed, f"{name}.html")
    flat = lambda t: " ".join(t.replace("“", "").replace("”", "").split())  # noqa: E731  (<q> gets its marks)
    for paragraph in expected["paragraphs"]:
        assert flat(paragraph) in flat(text), paragraph
    for chrome in expected["chrome_snippets"]:
        assert chrome not in text, chrome


@pytest.mark.parametrize(
    "name, title, url, date, author, publisher",
    [
        ("chrome-article", "Kazakhstan aims to double grain exports to China by 2028",
         "https://steppeherald.kz/economy/2025/11/18/kazakhstan-double-grain-exports-china", "2025-11-18",
         "Aigerim Nurlanova", "Steppe Herald"),
        ("jsonld-date", "Aktau port handles record container volume as Middle Corridor traffic grows", None,
         "2025-10-07", None, None),  # the date, author and headline only in JSON-LD
        ("cp1251", "Almaty to switch CHP-2 to gas by 2026, mayor says",
         "https://vremya-vostoka.kz/en/city/almaty-chp2-gas-2026", "2025-12-03", "Olga Kim", "Vremya Vostoka"),
    ],
)  # fmt: skip
def test_page_metadata(mixed, name, title, url, date, author, publisher):
    expected = json.loads((PAGES / f"{name}.expected.json").read_text(encoding="utf-8"))
    articles = [a for a in _export(mixed, "--type", "article")[0] if a["path"] == f"{name}.html"]
    got = articles[0]
    assert (got["title"], got["date"]) == (title, date)
    assert got["title"] == expected["title"] and got["date"] == expected["date"]
    if url:
        assert (got["url"], got["author"], got["publisher"]) == (url, author, publisher)


# (page, the quotes found: (start of the words, speaker)) - speakers as the page gives them
PAGE_QUOTES = {
    "chrome-article": [
        ("We will double exports, and we", "Arman Sadykov"),
        ("the most important piece of infrastructure", "Arman Sadykov"),
        ("The bottleneck is not the border", "Dana Zhaksylykova"),
        ("too high for small farms", None),  # the Grain Union's words: an organisation the engine misses
        ("If the harvest is good", "Arman Sadykov"),
    ],
    "blockquote": [
        ("For thirty years Kambarata", "Taalaibek Ibraev"),  # <blockquote> credited by its <cite> below
        ("a model of how neighbours share a river", "Almasbek Satbayev"),  # from <q>
        ("Our farmers need the water", "Almasbek Satbayev"),  # wrong: the next paragraph names Khamraev
        ("no one has seen the full environmental assessment", "Aizada Toktogulova"),  # from <q>
        ("We are not against electricity", "Aizada Toktogulova"),
    ],
    "cp1251": [
        ("Мы переведём ТЭЦ-2 на газ", "Yerlan Dosmukhamedov"),
        ("We will switch CHP-2 to gas", "Yerlan Dosmukhamedov"),
        ("We have heard this promise since 2018", "Artur Sultanov"),
    ],
    "listing": [
        ("We will double exports", "Arman Sadykov"),
        ("The fund is not a wallet", "Erlan Baizhanov"),
        ("fragile but encouraging", "central bank"),
    ],
}


@pytest.mark.parametrize("name", sorted(PAGE_QUOTES))
def test_page_quotes_speakers_and_offsets(mixed, name):
    records, _ = _export(mixed, "--type", "quote", "--source", f"{name}.html")
    text = _text(mixed, f"{name}.html")
    got = [(q["text"], q["speaker"]) for q in records]
    assert len(got) == len(PAGE_QUOTES[name])
    for (words, speaker), (start, want) in zip(got, PAGE_QUOTES[name], strict=True):
        assert words.startswith(start) and speaker == want
    stats, _ = _export(mixed, "--type", "stat", "--source", f"{name}.html")
    assert stats
    for r in records + stats:  # `kzfacts text PATH`[start:end] is the cited words
        places = [s for s in [r["source"], *r["also_in"]] if s["path"] == f"{name}.html"]
        for src in places:
            assert text[src["start"] : src["end"]] == r["text"]
            assert text.count("\n", 0, src["start"]) + 1 == src["line"]


def test_the_same_article_as_txt_and_html_gives_the_same_quotes_and_stats(mixed):
    def of(path):
        quotes, _ = _export(mixed, "--type", "quote")
        stats, _ = _export(mixed, "--type", "stat")
        places = lambda r: [r["source"]] + r["also_in"]  # noqa: E731
        return (
            sorted((q["id"], q["speaker"]) for q in quotes if any(s["path"] == path for s in places(q))),
            sorted((s["id"], s["value"], s["unit"]) for s in stats if any(p["path"] == path for p in places(s))),
        )

    html, txt = of("chrome-article.html"), of("grain.txt")
    assert html == txt and len(html[0]) == 5 and len(html[1]) == 12


def test_a_listing_page_gives_one_article_a_teaser_with_its_link(mixed):
    articles = [a for a in _export(mixed, "--type", "article")[0] if a["path"] == "listing.html"]
    assert [a["title"] for a in articles] == [
        "Kazakhstan aims to double grain exports to China by 2028",
        "National Fund transfers to budget to fall to 2 trillion tenge next year",
        "Caspian pipeline volumes up 6% despite storm delays at Novorossiysk",
        "Inflation slows to 11.2% as food prices stabilise",
    ]
    assert articles[1]["url"] == "https://steppeherald.kz/economy/2025/11/17/national-fund-transfers"


def test_a_saved_pages_files_folder_is_not_read(mixed):
    articles, _ = _export(mixed, "--type", "article")
    assert not any(a["path"].startswith("saved-page_files/") for a in articles)
    assert any(a["path"] == "saved-page.html" for a in articles)


# --- JSON Lines, encodings -----------------------------------------------------------------------------
def test_json_lines_articles_and_a_bad_line_warned(mixed):
    records, stderr = _export(mixed, "--source", "wire.jsonl")
    assert "warning: wire.jsonl line 2: not JSON" in stderr
    assert "warning: wire.jsonl line 3: no article text" in stderr
    articles = [r for r in records if r["type"] == "article"]
    assert [(a["title"], a["url"], a["date"]) for a in articles] == [
        ("Wheat prices rise", "https://wire.example/kz/1", "2025-03-01"),
        (None, None, None),
    ]
    quotes = {r["text"]: r for r in records if r["type"] == "quote"}
    assert quotes["Demand from China is strong"]["speaker"] == "Bolat Iskakov"
    assert quotes["Rates stay at 16.5%"]["speaker"] == "Timur Suleimenov"
    assert quotes["Rates stay at 16.5%"]["source"]["url"] is None
    link = quotes["Demand from China is strong"]["source"]["link"]
    assert link == "https://wire.example/kz/1#:~:text=Demand%20from%20China%20is%20strong"
    text = _text(mixed, "wire.jsonl")
    for r in records:
        if r["type"] != "article":
            assert text[r["source"]["start"] : r["source"]["end"]] == r["text"]


@pytest.mark.parametrize(
    "path, encoding, speaker",
    [("utf16.md", "utf-16 (BOM)", "Daniyar Serikov"), ("cyrillic.txt", "cp1251", "Yerlan Dosmukhamedov"),
     ("cp1251.html", "cp1251", "Yerlan Dosmukhamedov"), ("grain.txt", "utf-8", "Arman Sadykov")],
)  # fmt: skip
def test_files_in_other_encodings_are_read_and_the_encoding_recorded(mixed, path, encoding, speaker):
    records, _ = _export(mixed, "--source", path)
    (article,) = [r for r in records if r["type"] == "article"]
    assert article["encoding"] == encoding
    assert speaker in {r["speaker"] for r in records if r["type"] == "quote"}
    text = _text(mixed, path)
    assert all(text[r["source"]["start"] : r["source"]["end"]] == r["text"] for r in records if "source" in r)


@pytest.mark.parametrize(
    "data, text, encoding",
    [
        (b"plain\r\ntext\r", "plain\ntext\n", "utf-8"),  # line ends as open() reads them
        ("\ufeffУлы".encode("utf-8"), "Улы", "utf-8 (BOM)"),
        ("Ерлан, 12%".encode("utf-16-le").join([b"\xff\xfe", b""]), "Ерлан, 12%", "utf-16 (BOM)"),
        ("Ерлан".encode("utf-16-be").join([b"\xfe\xff", b""]), "Ерлан", "utf-16 (BOM)"),
        ("Kazakhstan (Казахстан) exported 11 million tonnes, said Ерлан.".encode("cp1251"),
         "Kazakhstan (Казахстан) exported 11 million tonnes, said Ерлан.", "cp1251"),
        ("Café Almaty: the chef said «très bien» — naïve.".encode("cp1252"),
         "Café Almaty: the chef said «très bien» — naïve.", "cp1252"),
        ("Привет, мир. Это тест кодировки.".encode("koi8_r"), "Привет, мир. Это тест кодировки.", "koi8_r"),
    ],
)  # fmt: skip
def test_decode(data, text, encoding):
    assert decode(data) == (text, encoding)


@pytest.mark.parametrize("data", [b"\x00bad\xff\x00\x81", bytes(range(256)) * 3])
def test_decode_refuses_what_it_cannot_tell(data):
    with pytest.raises(FormatError, match="encoding cannot be told reliably"):
        decode(data)


def test_an_undecodable_file_is_skipped_with_a_warning_and_the_rest_indexed(mixed):
    (mixed / "binary.txt").write_bytes(bytes(range(256)) * 3)
    (mixed / "empty.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    records, stderr = _export(mixed, "--type", "article")
    assert "warning: binary.txt: not UTF-8 (byte 128) and its encoding cannot be told reliably, skipped" in stderr
    assert "warning: empty.html: no article text found in this page, skipped" in stderr
    assert {"grain.txt", "wire.jsonl", "chrome-article.html"} <= {a["path"] for a in records}


# --- citations a reader can open -----------------------------------------------------------------------
def test_every_record_from_an_input_with_a_url_has_url_and_link(mixed):
    records, _ = _export(mixed)
    for r in records:
        if r["type"] == "article" or r["source"]["path"] in ("utf16.md", "cyrillic.txt"):
            continue
        src = r["source"]
        if src["path"] == "wire.jsonl" and src["url"] is None:
            continue  # the line gave no url
        assert src["url"] and src["link"].startswith(src["url"].split("#")[0] + "#:~:text="), r
    grain = [r for r in records if r["type"] == "quote" and r["source"]["path"] == "grain.txt"]
    assert grain == []  # the same quotes as the page's: one record, the .txt place in also_in
    also = [s for r in records if r["type"] == "quote" for s in r["also_in"] if s["path"] == "grain.txt"]
    assert also and all(s["url"] == "https://steppeherald.kz/grain" for s in also)  # from sources.toml


@pytest.mark.parametrize(
    "url, words, before, link",
    [
        ("https://x.kz/a", "23", "President Tokayev made ", "https://x.kz/a#:~:text=President%20Tokayev%20made-,23"),
        ("https://x.kz/a#top", "a 50-year plan", "", "https://x.kz/a#:~:text=a%2050%2Dyear%20plan"),
        ("https://x.kz/a", "one two three four five six seven eight nine", "",
         "https://x.kz/a#:~:text=one%20two%20three%20four,six%20seven%20eight%20nine"),
        ("https://x.kz/a", "yes, & no", "", "https://x.kz/a#:~:text=yes%2C%20%26%20no"),
    ],
)  # fmt: skip
def test_text_link(url, words, before, link):
    assert text_link(url, words, before) == link


# --- kzfacts text, show ----------------------------------------------------------------------------------
def test_text_json_gives_format_encoding_and_articles(mixed):
    result = runner.invoke(app, ["text", "cp1251.html", "--corpus", str(mixed), "--json"])
    info = json.loads(result.stdout)
    assert (info["path"], info["format"], info["encoding"]) == ("cp1251.html", "html", "cp1251")
    assert info["articles"][0]["url"] == "https://vremya-vostoka.kz/en/city/almaty-chp2-gas-2026"
    assert info["text"] == _text(mixed, "cp1251.html") and info["chars"] == len(info["text"])
    wire = json.loads(runner.invoke(app, ["text", "wire.jsonl", "--corpus", str(mixed), "--json"]).stdout)
    assert wire["warnings"] == ["line 2: not JSON (Expecting property name enclosed in double quotes), skipped",
                                "line 3: no article text (a `text`, `content` or `body` string), skipped"]  # fmt: skip


def test_text_of_a_file_outside_the_corpus_and_errors(mixed, tmp_path_factory):
    other = tmp_path_factory.mktemp("other") / "page.html"
    shutil.copy(PAGES / "jsonld-date.html", other)
    result = runner.invoke(app, ["text", str(other), "--corpus", str(mixed)])
    assert result.exit_code == 0 and result.stdout.startswith("Aktau port handles record container volume")
    for args, message in (
        (["text", "missing.html"], "missing.html: no such article file"),
        (["text", str(PAGES / "saved-page_files" / "main.css")], "not an article file"),
    ):
        result = runner.invoke(app, [*args, "--corpus", str(mixed)])
        assert result.exit_code == 2 and message in result.stderr and "Traceback" not in result.stderr


def test_show_works_for_a_page(mixed):
    records, _ = _export(mixed, "--type", "quote", "--source", "blockquote.html")
    result = runner.invoke(app, ["show", records[0]["id"], "--corpus", str(mixed), "--json"])
    (shown,) = json.loads(result.stdout)
    assert "For thirty years Kambarata" in shown["paragraph"]


def test_the_html_extractor_version_decides_re_extraction(monkeypatch):
    from kzfacts import index

    page, plain = index._file_version("a.html", None), index._file_version("a.txt", None)
    assert page != plain and page.endswith(index.html_extractor_version())
    monkeypatch.setattr(index, "html_extractor_version", lambda: "trafilatura-9.9")
    assert index._file_version("a.html", None) != page and index._file_version("a.txt", None) == plain


def test_parse_json_lines_keeps_each_article_apart():
    doc = parse("x.jsonl", b'{"text": "One.", "title": "A"}\n\n{"body": "Two."}\n')
    assert doc.text == "A\n\nOne.\n\nTwo.\n\n"
    assert [(p.start, p.meta) for p in doc.parts] == [(0, {"title": "A"}), (9, {})]


def test_tables_show_the_url_where_the_terminal_has_room(mixed):
    args = ["quote", "sadykov", "--corpus", str(mixed), "--source", "chrome-article.html", "--limit", "1"]
    narrow = runner.invoke(app, args, env={"COLUMNS": "100"}).stdout
    wide = runner.invoke(app, args, env={"COLUMNS": "160"}).stdout
    assert "steppeherald.kz/economy" not in narrow
    assert "https://steppeherald.kz/economy/2025/11/18/kazak" in wide  # (wrapped in its column)


def test_extract_reads_pages_and_json_lines_as_export_does(mixed):
    from kzfacts.corpus import discover

    names = ["blockquote.html", "wire.jsonl"]
    extracted = runner.invoke(app, ["extract", *(str(mixed / n) for n in names)])
    assert extracted.exit_code == 0, extracted.stderr
    got = [json.loads(line) for line in extracted.stdout.splitlines()]
    only = mixed / "only"
    only.mkdir()
    for n in names:
        shutil.copy(mixed / n, only / n)
    assert [f.path for f in discover(only)] == names
    exported, _ = _export(only)

    def strip(recs):
        drop = ("path", "source", "also_in", "id")
        return [json.dumps({k: v for k, v in r.items() if k not in drop}, sort_keys=True) for r in recs]

    assert strip(got) == strip(exported)


def test_a_page_is_one_article_whatever_its_subheadings(tmp_path):
    page = (
        '<html><head><title>Grain exports rise</title><meta property="og:type" content="article">'
        '<link rel="canonical" href="https://steppeherald.kz/economy/grain-exports-rise"></head><body><article><h1>Grain exports rise</h1>'
        "<p>Kazakhstan exported 11 million tonnes of grain in 2024, Agriculture Minister Aidarbek Saparov said "
        "on Monday at a briefing in Astana, where he also spoke about the harvest.</p>"
        "<h2>Railway Bottlenecks Remain</h2><p>“We need 3,000 more wagons,” Saparov said, adding that the "
        "rail operator had promised them by spring.</p><ul><li>Exports to China grew 15% last year.</li></ul>"
        "</article></body></html>"
    )
    (tmp_path / "grain.html").write_text(page, encoding="utf-8")
    records, _ = _export(tmp_path)
    assert [r["title"] for r in records if r["type"] == "article"] == ["Grain exports rise"]
    quote = next(r for r in records if r["type"] == "quote")
    assert (quote["speaker"], quote["source"]["url"]) == (
        "Aidarbek Saparov", "https://steppeherald.kz/economy/grain-exports-rise"
    )  # fmt: skip
    stats = {r["text"]: r["source"]["link"] for r in records if r["type"] == "stat"}
    assert (
        stats["15%"] == "https://steppeherald.kz/economy/grain-exports-rise#:~:text=to%20China%20grew-,15%25"
    )  # no list mark from the extractor
    assert "- Exports" not in _text(tmp_path, "grain.html")


def test_json_lines_edge_cases(tmp_path):
    lines = [
        '{"title": "Wheat", "text": "Wheat\\r\\n\\r\\nPrices rose 12%, said trader Bolat Iskakov."}',
        '{"text": "A lone \\ud800 surrogate. Tokayev made 23 visits."}',
        "[" * 100_000,
    ]
    (tmp_path / "w.jsonl").write_bytes(("\ufeff" + "\n".join(lines) + "\n").encode("utf-8"))
    records, stderr = _export(tmp_path)
    assert "w.jsonl line 3: not JSON (nested too deeply), skipped" in stderr and "Traceback" not in stderr
    text = _text(tmp_path, "w.jsonl")
    assert text.startswith("Wheat\n\nPrices rose 12%")  # the title not twice, line ends as in files
    assert "A lone ? surrogate." in text
    for r in records:
        if r["type"] != "article":
            assert text[r["source"]["start"] : r["source"]["end"]] == r["text"]
    piped = runner.invoke(app, ["extract"], input="\n".join(lines[1:]) + "\n")
    assert piped.exit_code == 0 and "stdin line 2: not JSON (nested too deeply), skipped" in piped.stderr


def test_a_declared_charset_that_makes_impossible_words_is_not_trusted(tmp_path):
    page = '<html><head><meta charset="windows-1251"><title>Caf\u00e9</title></head><body><article>'
    page += "<p>The caf\u00e9 in Z\u00fcrich charged \u20ac300 for dinner, the owner said on Friday evening.</p>"
    page += "<p>\u201cWe were na\u00efve about prices,\u201d the owner, Ren\u00e9 M\u00fcller, said.</p></article></body></html>"
    (tmp_path / "p.html").write_bytes(page.encode("cp1252"))
    info = json.loads(runner.invoke(app, ["text", "p.html", "--corpus", str(tmp_path), "--json"]).stdout)
    assert info["encoding"] == "cp1252" and "Zürich" in info["text"]
