"""Who is who in an article: one table per rule of the entity model (texts written for the tests).

The patterns come from real news (tests/realnews/), the texts here are made up: a role or descriptor
resolves to the person who holds that job in the article, or to nobody; pronouns go to the person in
focus; quotations without a cue of their own take the speaker the paragraphs give.
"""

from __future__ import annotations

import pytest

from kzfacts import roles
from kzfacts.extract import extract_file


def attributed(text: str) -> list[tuple]:
    return [(q.text, q.speaker, q.speaker_role) for q in extract_file("t.txt", text).quotes]


JOBS = [
    ("Prime Minister", {"prime minister", "minister"}),
    ("Deputy Prime Minister", {"deputy prime minister", "minister"}),
    ("Vice-President", {"deputy president", "president"}),
    ("Minister of Foreign Affairs of Kazakhstan", {"foreign minister", "minister"}),
    ("head of the government", {"prime minister", "head"}),
    ("Kazakh Head of State", {"president", "head"}),
    ("head of Uzbek diplomacy", {"foreign minister", "head"}),
    ("Russian FM", {"foreign minister"}),
    ("premier", {"prime minister"}),
    ("Aralsk mayor", {"mayor"}),
    ("trainer", {"coach"}),
]


@pytest.mark.parametrize("role, jobs", JOBS, ids=[r for r, _ in JOBS])
def test_role_jobs(role, jobs):
    assert roles.role_jobs(role) == jobs


DESCRIPTORS = [
    ("the head of state", ("president",)),
    ("the diplomat", ("ambassador", "foreign minister")),
    ("the Tajik minister", ("minister",)),
    ("the premier", ("prime minister",)),
]


@pytest.mark.parametrize("phrase, jobs", DESCRIPTORS, ids=[p for p, _ in DESCRIPTORS])
def test_descriptor_jobs(phrase, jobs):
    words = phrase.split()[1:]
    assert roles.is_descriptor(words)
    assert roles.descriptor_jobs(" ".join(words)) == jobs


DESCRIPTOR_RESOLUTION = [
    (
        "head-of-state-is-the-president",
        "President Aidar Bekov opened the forum. “We support the talks,” the head of state said.",
        [("We support the talks", "Aidar Bekov", "head of state")],
    ),
    (
        "inverted-descriptor-with-nationality",
        "President Aidar Bekov met Prime Minister Ruslan Omarov. “The border stays open,” said the Kazakh Head of State.",
        [("The border stays open", "Aidar Bekov", "Kazakh Head of State")],
    ),
    (
        "head-of-government-is-the-prime-minister",
        "President Aidar Bekov met Prime Minister Ruslan Omarov. “Budgets will shrink,” the head of the government said.",
        [("Budgets will shrink", "Ruslan Omarov", "head of the government")],
    ),
    (
        "premier-is-the-prime-minister",
        "Kyrgyzstan’s new Prime Minister Talant Osmonov addressed the nation. “I promise a fair process,” the premier said.",
        [("I promise a fair process", "Talant Osmonov", "premier")],
    ),
    (
        "head-of-diplomacy-is-the-foreign-minister",
        "Uzbek Foreign Minister Jasur Tursunov met his Turkish counterpart. “We agreed on a road map,” the head of "
        "Uzbek diplomacy added.",
        [("We agreed on a road map", "Jasur Tursunov", "head of Uzbek diplomacy")],
    ),
    (
        "lower-case-role-with-modifier",
        "Uzbek foreign minister Jasur Tursunov told reporters the talks went well. “It was frank,” the Uzbek "
        "foreign minister said.",
        [("It was frank", "Jasur Tursunov", "Uzbek foreign minister")],
    ),
    (
        "deputy-is-not-the-prime-minister",
        "Deputy Prime Minister Serik Zhakupov and Prime Minister Ruslan Omarov toured the plant. “Output will "
        "double,” the prime minister said.",
        [("Output will double", "Ruslan Omarov", "prime minister")],
    ),
    (
        "diplomat-is-the-ambassador",
        "Ambassador Marat Serikov spoke at the embassy. “Visas will be easier,” explains the diplomat.",
        [("Visas will be easier", "Marat Serikov", "diplomat")],
    ),
    (
        "unresolved-descriptor-names-nobody",
        "The US envoy Mark Hill visited Tashkent. The Russian Foreign Minister said the visit was a provocation. "
        "“They try to set partners against us,” the Russian FM added.",
        [("They try to set partners against us", None, "Russian FM")],
    ),
    (
        "untitled-person-in-focus-holds-the-office",
        "Nursultan Nazarbayev met the diplomatic corps. “Only dialogue ends wars,” said Nursultan Nazarbayev.\n\n"
        "“We support the Astana format,” said the President.",
        [
            ("Only dialogue ends wars", "Nursultan Nazarbayev", None),
            ("We support the Astana format", "Nursultan Nazarbayev", "President"),
        ],
    ),
    (
        "unnamed-person-in-focus-is-nobody",
        "Irina Lysenko said the grid had no reserve left. A senior ministry official, speaking anonymously, said a "
        "ban was coming. “Nobody will cry if they leave,” the official said.",
        [("Nobody will cry if they leave", None, "official")],
    ),
]


@pytest.mark.parametrize("name, text, expected", DESCRIPTOR_RESOLUTION, ids=[c[0] for c in DESCRIPTOR_RESOLUTION])
def test_descriptor_resolution(name, text, expected):
    assert attributed(text) == expected
