"""One table per rule of the extraction engine (texts written for the tests)."""

from __future__ import annotations

import pytest

from kzfacts.extract import extract_file
from kzfacts.segment import split_articles


def quotes(text: str) -> list[tuple]:
    return [(q.text, q.speaker, q.kind) for q in extract_file("t.txt", text).quotes]


def stats(text: str) -> list[tuple]:
    return [(s.text, s.value, s.unit, s.qualifier) for s in extract_file("t.txt", text).stats]


ATTRIBUTION = [
    (
        "speaker-after",
        "President Kassym-Jomart Tokayev met investors. “We will keep taxes stable,” President Tokayev said.",
        [("We will keep taxes stable", "Kassym-Jomart Tokayev", "direct")],
    ),
    (
        "speaker-before-colon",
        "Tokayev said: “Reforms will continue without pause.”",
        [("Reforms will continue without pause", "Tokayev", "direct")],
    ),
    (
        "inverted-with-role",
        "“We plan to raise lending,” said Nikolai Podguzov, Chairman of the EDB Management Board.",
        [("We plan to raise lending", "Nikolai Podguzov", "direct")],
    ),
    (
        "told-outlet",
        "“No decision has been made yet,” Roman Vassilenko told The Times of Central Asia.",
        [("No decision has been made yet", "Roman Vassilenko", "direct")],
    ),
    (
        "according-to",
        "According to Aliya Nurova, head of the agency, “exports will double by the end of the decade.”",
        [("exports will double by the end of the decade", "Aliya Nurova", "partial")],
    ),
    (
        "stressed-noted-added",
        "“The border stays open,” Daniyar Akhmetov stressed. “Trucks move around the clock,” he added.",
        [
            ("The border stays open", "Daniyar Akhmetov", "direct"),
            ("Trucks move around the clock", "Daniyar Akhmetov", "direct"),
        ],
    ),
    (
        "split-by-attribution",
        "“We are ready,” Gulnara Sadykova said, “but the talks must be fair to both sides.”",
        [
            ("We are ready", "Gulnara Sadykova", "direct"),
            ("but the talks must be fair to both sides", "Gulnara Sadykova", "partial"),
        ],
    ),
]

RESOLUTION = [
    (
        "pronoun",
        "Marat Bekov, the energy minister, visited Atyrau. He praised the workers. “Output will grow next year,” he said.",
        [("Output will grow next year", "Marat Bekov", "direct")],
    ),
    (
        "title-the-president",
        "President Kassym-Jomart Tokayev opened the session. “Corruption has no place here,” the President noted.",
        [("Corruption has no place here", "Kassym-Jomart Tokayev", "direct")],
    ),
    (
        "last-name-mention",
        "Deputy Foreign Minister Roman Vassilenko spoke in Brussels. “Dialogue is our method,” Vassilenko said.",
        [("Dialogue is our method", "Roman Vassilenko", "direct")],
    ),
    (
        "organisation",
        "“The leopard is a symbol of courage,” the presidential press service reported.",
        [("The leopard is a symbol of courage", "presidential press service", "direct")],
    ),
    (
        "unnamed-speaker",
        "“We were never told about the closure,” one trader at the market complained.",
        [("We were never told about the closure", None, "direct")],
    ),
]

NOT_QUOTES = [
    ("strategy-name", "The “Strategy 2050” plan aims to put Kazakhstan among the top economies."),
    ("scare-quote", "The region weathered several “black-swan” events in a single year."),
    ("program-name", "Tokayev stressed the “Just Kazakhstan” agenda in his speech."),
    ("format-name", "Kazakhstan works with neighbours in the “Central Asia+” format, Tokayev said."),
    (
        "decree-title",
        "Japarov signed a Decree “On recognizing the snow leopard as a national symbol,” the press service reported.",
    ),
    ("poem-title", "The poem “Manas” is one of the greatest works of Kyrgyz folklore."),
    ("modifier", "Tokayev emphasized the country’s commitment to a “law and order” strategy."),
]


@pytest.mark.parametrize("name,text,expected", ATTRIBUTION + RESOLUTION, ids=[c[0] for c in ATTRIBUTION + RESOLUTION])
def test_attribution(name, text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize("name,text", NOT_QUOTES, ids=[c[0] for c in NOT_QUOTES])
def test_not_quotes(name, text):
    assert quotes(text) == []


INTERVIEW = """In an interview, Aigerim Sadykova, Chairwoman of the Almaty Analysts Club, explained the year's results.

– Kazakhstan signed 40 agreements in 2025. What stands out?
– The agreements on transit stand out. They are practical.
Trade routes matter more than ever.
Akorda
– Will this continue?
– I am sure it will continue."""


def test_interview_answers_are_the_interviewees():
    found = extract_file("i.txt", INTERVIEW).quotes
    assert [(q.text, q.speaker, q.kind, q.cue) for q in found] == [
        ("The agreements on transit stand out. They are practical.", "Aigerim Sadykova", "interview", "interview"),
        ("Trade routes matter more than ever.", "Aigerim Sadykova", "interview", "interview"),
        ("I am sure it will continue.", "Aigerim Sadykova", "interview", "interview"),
    ]
    assert found[0].speaker_role == "Chairwoman of the Almaty Analysts Club"


def test_numbers_in_interview_questions_are_stats():
    assert [(s.text, s.value, s.period) for s in extract_file("i.txt", INTERVIEW).stats] == [("40", 40.0, "2025")]


def test_unbalanced_marks_do_not_swallow_the_article():
    text = (
        "Officials met on Monday. The minister called it a “historic step without end.\n"
        "“Exports will grow by 12%,” Asel Nurlanova said.\n"
        "Tokayev said: “Our work has only begun and the next stage will be"
    )
    found = extract_file("u.txt", text).quotes
    assert [(q.text, q.speaker) for q in found] == [
        ("historic step without end", None),  # unclosed: stops at its paragraph's end
        ("Exports will grow by 12%", "Asel Nurlanova"),
        ("Our work has only begun and the next stage will be", "Tokayev"),
    ]
    assert [s.text for s in extract_file("u.txt", text).stats] == ["12%"]


STATS = [
    ("currency-scale", "Deals exceeded $70 billion.", [("$70 billion", 70e9, "USD", "more than")]),
    ("tenge", "The issue is valued at KZT 50 billion.", [("KZT 50 billion", 50e9, "KZT", None)]),
    (
        "tenge-after",
        "The budget set aside 1.2 trillion tenge for roads.",
        [("1.2 trillion tenge", 1.2e12, "KZT", None)],
    ),
    ("percent-space", "It supplies over 70 % of the oil.", [("70 %", 70.0, "%", "more than")]),
    (
        "broken-separator",
        "The threshold fell from 20, 000 to 5, 000 members.",
        [("20, 000", 20000.0, "count", None), ("5, 000", 5000.0, "count", None)],
    ),
    (
        "range-percent",
        "Growth is projected to reach 4.5 to 5.0% in 2025.",
        [("4.5", 4.5, "%", None), ("5.0%", 5.0, "%", None)],
    ),
    (
        "alternatives",
        "There would be more than 500 or 600 states.",
        [("500", 500.0, "count", "more than"), ("600", 600.0, "count", "more than")],
    ),
    ("compound-year", "Presidents serve a single seven-year term.", [("seven-year", 7.0, "year", None)]),
    ("fold", "Trade has grown 1.5-fold.", [("1.5-fold", 1.5, "fold", None)]),
    ("ordinal", "Astana hosted the 8th Congress of Leaders.", [("8th", 8.0, "ordinal", None)]),
    ("rank-word", "It is the ninth largest country.", [("ninth", 9.0, "ordinal", None)]),
    ("fraction", "Hydrocarbons account for over half of exports.", [("half", 0.5, "fraction", "more than")]),
    ("km", "It shares a 7,500 km border with Russia.", [("7,500 km", 7500.0, "km", None)]),
    ("words", "Kazakhstan hosted thirty leaders.", [("thirty", 30.0, "count", None)]),
]

NOT_STATS = [
    ("years-as-time", "In 2025, the reform began; it continued through 2026."),
    ("dates", "On December 30th and on Jan. 5 the talks resumed, as on 10 December 2025 and May 29–30."),
    ("numeric-date", "Author: Jane Doe – 09/10/2025"),
    ("names-codes", "The Strategy 2050 plan survived COVID-19 and Article 416 of the G20 code."),
    ("relative-time", "He promised it three years ago and over the past five years it slowed."),
    ("referential", "Leaders of the two countries met; one of them spoke first."),
    ("ordinal-time", "In the second half of 2025 the first stage ended."),
    ("list-numbering", "The plan has goals:\n1. Cut red tape.\n2) Train engineers."),
    ("clock-and-phone", "The briefing starts at 10:30 or 7 p.m.; call +7 (7172) 55-01-23."),
]


@pytest.mark.parametrize("name,text,expected", STATS, ids=[c[0] for c in STATS])
def test_stats(name, text, expected):
    assert stats(text) == expected


@pytest.mark.parametrize("name,text", NOT_STATS, ids=[c[0] for c in NOT_STATS])
def test_not_stats(name, text):
    assert stats(text) == []


def test_ticker_and_chrome_are_boilerplate():
    text = "  • KZT/USD = 0.00193 -0%\n  • TJS/USD = 0.10811 -0.28%\nViewing results 1 - 6 of 14\n\nTrade Grows\n\nTrade grew 12%."
    assert stats(text) == [("12%", 12.0, "%", None)]
    assert [a.title for a in split_articles(text)] == ["Trade Grows"]


def test_period_and_what():
    [s] = extract_file("p.txt", "President Tokayev made 23 foreign visits in 2025.").stats
    assert (s.what, s.period) == ("foreign visits", "2025")


def test_listing_page_splits_articles_at_title_case_headlines():
    text = (
        "Kazakhstan Opens New Rail Link\n\nThe line opened on Monday.\n\nSafety first\n\nTrains were checked.\n\n"
        "Uzbekistan Raises Gas Prices\n\nPrices rose 10%."
    )
    arts = split_articles(text)
    assert [a.title for a in arts] == ["Kazakhstan Opens New Rail Link", "Uzbekistan Raises Gas Prices"]


def test_repeated_quote_keeps_one_id_in_every_file():
    text = "“Stability comes first,” Tokayev said."
    [a] = extract_file("a.txt", text).quotes
    [b] = extract_file("b.txt", "Earlier today. " + text).quotes
    assert a.id == b.id and (a.source.path, b.source.start) == ("a.txt", 16)


def test_ids_do_not_depend_on_other_files():
    text = "“Stability comes first,” Tokayev said. Trade grew 12%."
    one = extract_file("a.txt", text)
    two = extract_file("a.txt", text)
    assert [r.id for r in one.quotes + one.stats] == [r.id for r in two.quotes + two.stats]
    assert one.quotes[0].id.startswith("q-") and one.stats[0].id.startswith("s-")


def test_citation_line_and_offsets():
    text = "Title Line Here\n\n“Stability comes first,” Tokayev said.\n"
    [q] = extract_file("a.txt", text).quotes
    assert (q.source.line, text[q.source.start : q.source.end], q.source.title) == (
        3,
        "Stability comes first",
        "Title Line Here",
    )
