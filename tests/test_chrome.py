"""Page chrome copied with real news is not data: one table per rule (lines written for the tests).

The shapes come from the real-news batches (tests/realnews/): page numbers, counters and clocks left
alone on a line, relative timestamps, view and online counters, dates in Russian, time zones.
"""

from __future__ import annotations

import pytest

from kzfacts.extract import extract_file
from kzfacts.segment import is_boilerplate

CHROME_LINES = [
    "Page 1",
    "0",
    "  • 4:01",
    "12:48:54",
    "12 / 52",
    "3 Май , 11:51 253",
    "Updated: 46 min 41 sec ago",
    "15 hours 53 min ago",
    "Updated 18:46",
    "877 time viewed",
    "2 743 просмотров",
    "3 user(s) are online (2 user(s) are browsing News)",
    "view-icon 3035",
    "This news was read 9130 users",
]
PROSE_LINES = [
    "The bank raised its rate to 16.5% on Friday.",
    "Exports reached 12 million tonnes by 10:00 on Monday, the ministry said.",
    "Page views doubled in 2024, the company said.",
]


@pytest.mark.parametrize("line", CHROME_LINES)
def test_chrome_lines_are_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", PROSE_LINES)
def test_prose_is_not_boilerplate(line):
    assert not is_boilerplate(line)


NOT_STATS = [
    ("russian-date", "Опубликовано 17 октября 2012\n\nThe plant opened."),
    ("date-with-commas", "Monday, 25, November, 2024\n\nThe deputies met."),
    ("time-zone", "The session starts at 10:00 GMT +6 in Astana."),
    ("ordinal-convocation", "The Mazhilis of the eighth convocation held its last session."),
    ("match-score", "Kazakhstan beat Denmark (3:2) at home."),
    ("page-code", "The sides signed a memorandum.\n\n[[nid:623897]]\n\nThe talks went on."),
    ("day-range-before-the-year", "Riots took place from January 2 to 10, 2022, in several cities."),
]


@pytest.mark.parametrize("name, text", NOT_STATS, ids=[n for n, _ in NOT_STATS])
def test_chrome_numbers_are_not_stats(name, text):
    assert [s.text for s in extract_file("t.txt", text).stats] == []
