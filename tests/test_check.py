"""`kzfacts check` and `kzfacts conflicts`: (draft, expected verdicts) tables against the bundled corpus
and against a small corpus written for these tests; the rules of claims.py, one table each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzfacts.claims import agree, bears_out, draft_claims, precision, same_period
from kzfacts.cli import app
from kzfacts.wording import align, same_speaker

runner = CliRunner()

# A corpus written for these tests (and the README's example): two articles that disagree on a figure
# and on who said something.
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "disagreeing-articles"
ARTICLES = {p.name: p.read_text(encoding="utf-8") for p in sorted(EXAMPLE.glob("*.txt"))}


@pytest.fixture()
def corpus(tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _verdicts(args, stdin=None):
    result = runner.invoke(app, ["check", *args, "--json"], input=stdin)
    items = json.loads(result.stdout) if result.stdout.strip() else []
    return result.exit_code, [(i["claim"], i["verdict"]) for i in items], items


# (draft, expected [(claim as written, verdict)]) against the bundled corpus
BUNDLED = [
    ("Tokayev made 23 foreign visits in 2025.", [("23", "supported")]),
    ("Tokayev made twenty-three foreign visits in 2025.", [("twenty-three", "supported")]),  # number words
    ("Tokayev made 25 foreign visits in 2025.", [("25", "contradicted")]),  # a wrong number for a real fact
    ("Tokayev made 23 foreign visits in 2024.", [("23", "contradicted")]),  # the wrong year
    ("Kazakhstan hosted 30 world leaders in 2025.", [("30", "supported")]),  # one figure of a list
    ("Kazakhstan signed deals worth $70 billion.", [("$70 billion", "supported")]),  # "more than" shown
    ("Coal accounts for 73% of the energy balance.", [("73%", "supported")]),
    ("Coal accounts for 80% of the energy balance.", [("80%", "contradicted")]),
    ("The EDB placed a 50 billion tenge issue.", [("50 billion tenge", "supported")]),  # KZT 50 billion
    ("The EDB has implemented 104 projects in Kazakhstan worth 5.6 billion dollars.",
     [("104", "supported"), ("5.6 billion dollars", "supported")]),  # US $5.6 billion
    ("Around 1,800 enterprises with Turkish capital operate.", [("1,800", "supported")]),  # about 1,800
    ("1,812 enterprises with Turkish capital operate.", [("1,812", "not_found")]),  # "about 1,800" allows it
    ("1,700 enterprises with Turkish capital operate.", [("1,700", "contradicted")]),  # more than 5% off
    ("Hydrocarbons make up 60% of Kazakhstan's exports.", [("60%", "not_found")]),  # "more than half" allows it
    ("The 2025 AIF has three thematic streams.", [("three", "not_found")]),  # "consolidates four ... into three"
    ("Kyrgyzstan has 12 snow leopards.", [("12", "not_found")]),  # 12 snow leopard range countries
    ('Tokayev said: "Coal in our domestic energy balance accounts for 37%."',
     [("Coal in our domestic energy balance accounts for 37%", "close")]),  # a number changed in a quote
    ("More than 70% of Kazakhstan oil goes to Europe.", [("70%", "supported")]),
    ("Over 75% of Kazakhstan oil goes to Europe.", [("75%", "not_found")]),  # "more than 70%" allows it
    ("Less than 60% of Kazakhstan oil goes to Europe.", [("60%", "contradicted")]),
    ("The border is 7,500 km long.", [("7,500 km", "supported")]),
    ("Kyrgyzstan exported 5 million tonnes of coal.", [("5 million tonnes", "not_found")]),  # never mentioned
    ("Uzbekistan has 34 million people.", [("34 million", "not_found")]),  # a figure, but of another country
    ('Tokayev said: "Without stability, there will be no reforms."',
     [("Without stability, there will be no reforms", "verbatim")]),  # a quote cut short
    ('Vassilenko said: "Without stability, there will be no reforms."',
     [("Without stability, there will be no reforms", "misattributed")]),
    ('Tokayev said: "We cannot abandon coal overnight."', [("We cannot abandon coal overnight", "close")]),
    ('"We are not their colony," Tokayev said.', [("We are not their colony", "misattributed")]),
    ('Tokayev said: "We will join the eurozone next year."', [("We will join the eurozone next year", "not_found")]),
    ('The president said he would go, calling it "a demand of my people".', [("a demand of my people", "verbatim")]),
]  # fmt: skip


@pytest.mark.parametrize("draft, expected", BUNDLED, ids=[d[:40] for d, _ in BUNDLED])
def test_check_against_bundled_corpus(draft, expected):
    code, verdicts, _ = _verdicts([draft])
    assert verdicts == expected
    assert code == (0 if all(v in ("supported", "verbatim") for _, v in expected) else 1)


OWN = [
    ("Kazakhstan exported 11 million tonnes of grain in 2024.", [("11 million tonnes", "conflicting")]),
    ("Kazakhstan exported 10 million tonnes of grain in 2024.", [("10 million tonnes", "contradicted")]),
    ("Kazakhstan exported about 11 million tonnes of grain in 2025.", [("11 million tonnes", "contradicted")]),
    ("The ministry will spend KZT 50 billion on elevators.", [("KZT 50 billion", "supported")]),
    ("About 1,800 farms will get loans.", [("1,800", "supported")]),
    ("Over 70% of the wheat went to Central Asian neighbours.", [("70%", "supported")]),
    ("70% of the wheat went to Central Asian neighbours.", [("70%", "supported")]),  # the corpus says more than
    ("Over 80% of the wheat went to Central Asian neighbours.", [("80%", "not_found")]),  # more than 70% allows it
    ("Under 50% of the wheat went to Central Asian neighbours.", [("50%", "contradicted")]),
    ("Turkmenistan sold US $5.6 billion of gas to China.", [("US $5.6 billion", "supported")]),
    ('Saparov said: "We will keep investing in storage and railways."',
     [("We will keep investing in storage and railways", "conflicting")]),  # one quote, two speakers
    ('"We will keep investing in roads and railways," Saparov said.',
     [("We will keep investing in roads and railways", "conflicting")]),
    ('Tokayev said: "We will keep investing in storage and railways."',
     [("We will keep investing in storage and railways", "misattributed")]),
]  # fmt: skip


@pytest.mark.parametrize("draft, expected", OWN, ids=[d[:40] for d, _ in OWN])
def test_check_against_own_corpus(corpus, draft, expected):
    code, verdicts, items = _verdicts([draft, "--corpus", str(corpus)])
    assert verdicts == expected
    assert code == 1 if any(v not in ("supported", "verbatim") for _, v in expected) else code == 0
    for item in items:  # every verdict but "not found" cites its corpus records
        assert item["evidence"] or item["verdict"] == "not_found"
        for rec in item["evidence"]:
            text = ARTICLES[rec["source"]["path"]]
            assert text[rec["source"]["start"] : rec["source"]["end"]] == rec["text"]


def test_check_json_fields_and_note():
    code, _, items = _verdicts(["Tokayev made 25 foreign visits in 2025."])
    assert code == 1
    (item,) = items
    assert set(item) >= {"claim", "kind", "sentence", "verdict", "expected", "evidence", "note"}
    assert item["kind"] == "stat" and item["sentence"] == "Tokayev made 25 foreign visits in 2025."
    assert item["expected"] == {
        "value": 25.0, "unit": "count", "qualifier": None, "what": "foreign visits", "period": "2025"
    }  # fmt: skip
    assert item["note"] == "corpus says 23 (zaur-mamedov-interview-2025.txt:19), not 25"
    assert [e["id"] for e in item["evidence"]] == ["s-2ac90034aaff"]


def test_close_quote_shows_a_word_diff():
    _, _, (item,) = _verdicts(['Tokayev said: "We cannot abandon coal overnight."'])
    assert item["diff"] == "We cannot [-give up-] {+abandon+} coal [-just-] overnight"
    assert item["expected"] == {"speaker": "Tokayev", "speaker_role": None}
    assert "Kassym-Jomart Tokayev (tokayev-listing-results.txt:5)" in item["note"]


def test_misattributed_names_the_real_speaker(corpus):
    _, _, (item,) = _verdicts(
        ['Tokayev said: "We will keep investing in storage and railways."', "--corpus", str(corpus)]
    )
    assert item["note"].startswith("said by Aidarbek Saparov (grain-ministry.txt:5)")
    assert "not Tokayev" in item["note"]


def test_multi_line_draft_on_stdin(corpus):
    draft = (
        "Kazakhstan exported 10 million tonnes of grain in 2024\n"
        "The ministry will spend KZT 50 billion on elevators\n"
        'Saparov said: "We will keep investing in storage and railways."\n'
    )
    code, verdicts, items = _verdicts(["--corpus", str(corpus)], stdin=draft)
    assert code == 1
    assert verdicts == [
        ("10 million tonnes", "contradicted"),
        ("KZT 50 billion", "supported"),
        ("We will keep investing in storage and railways", "conflicting"),
    ]
    assert [i["line"] for i in items] == [1, 2, 3]
    assert draft[items[1]["start"] : items[1]["end"]] == "KZT 50 billion"  # offsets into the draft


def test_a_quotation_whose_attribution_wraps_is_attributed():
    code, verdicts, items = _verdicts([], stdin='Trade rose 5% in 2024\n"We are not their colony,"\nTokayev said.\n')
    assert verdicts[1] == ("We are not their colony", "misattributed") and items[1]["expected"]["speaker"] == "Tokayev"


def test_paragraph_draft_on_stdin_with_dash():
    draft = "# My column\n\nTokayev made 23 foreign visits in 2025. He hosted 30 world leaders in 2025.\n"
    code, verdicts, _ = _verdicts(["-"], stdin=draft)
    assert (code, verdicts) == (0, [("23", "supported"), ("30", "supported")])


@pytest.mark.parametrize(
    "args, stdin, code, message",
    [
        (["The weather was fine."], None, 1, "no numbers or quotations to check in the draft"),
        (["   "], None, 2, "check needs a draft"),
        ([], "", 2, "check needs a draft"),
        (["--format", "xml", "23 visits"], None, 2, "unknown format"),
    ],
)
def test_check_errors_and_nothing_to_check(args, stdin, code, message):
    result = runner.invoke(app, ["check", *args], input=stdin)
    assert result.exit_code == code
    assert message in result.stderr and "Traceback" not in result.stderr


def test_check_table_and_csv():
    result = runner.invoke(app, ["check", "Tokayev made 23 foreign visits in 2025."])
    assert result.exit_code == 0
    assert "supported" in result.stdout and "foreign visits" in result.stdout and "s-2ac90034aaff" in result.stdout
    result = runner.invoke(app, ["check", "Tokayev made 23 foreign visits in 2025.", "--format", "csv"])
    assert result.stdout.splitlines()[0] == "Verdict,Draft,What the corpus says,Source"


def test_conflicts_lists_each_disagreement_once(corpus):
    result = runner.invoke(app, ["conflicts", "--corpus", str(corpus), "--json"])
    assert result.exit_code == 0
    pairs = json.loads(result.stdout)
    assert [(p["kind"], [r["source"]["path"] for r in p["records"]]) for p in pairs] == [
        ("stat", ["grain-ministry.txt", "grain-statistics.txt"]),
        ("quote", ["grain-ministry.txt", "grain-statistics.txt"]),
    ]  # in source order
    assert pairs[0]["note"] == "grain (2024): 11 million tonnes or 9 million tonnes?"
    assert pairs[1]["note"].endswith("Aidarbek Saparov or Yerlan Shaikenov?")


def test_conflicts_none_in_bundled_corpus():
    result = runner.invoke(app, ["conflicts"])
    assert result.exit_code == 1 and "no disagreements" in result.stderr


def test_stat_and_quote_mark_disputed_records(corpus):
    stats = json.loads(runner.invoke(app, ["stat", "grain", "--corpus", str(corpus), "--json"]).stdout)
    by_text = {s["text"]: s for s in stats}
    assert by_text["11 million tonnes"]["disputed_by"] == [by_text["9 million tonnes"]["id"]]
    elevators = json.loads(runner.invoke(app, ["stat", "elevators", "--corpus", str(corpus), "--json"]).stdout)[0]
    assert elevators["text"] == "50 billion tenge" and elevators["disputed_by"] == []
    quotes = json.loads(runner.invoke(app, ["quote", "saparov", "--corpus", str(corpus), "--json"]).stdout)
    assert len(quotes[0]["disputed_by"]) == 1
    table = runner.invoke(app, ["stat", "grain", "--corpus", str(corpus)]).stdout
    assert "disputed by" in table


# --- the rules, one table each ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "value, qualifier, corpus_value, corpus_qualifier, expected",
    [
        (70e9, None, 70e9, "more than", True),  # the same number: the corpus's qualifier is shown
        (1800, "about", 1812, None, True),  # rounding said out loud
        (1800, None, 1812, None, False),  # silent rounding
        (6e9, "about", 5.6e9, None, True),  # rounds to the last written digit
        (70, "more than", 70, None, False),  # "over 70%" is not borne out by exactly 70%
        (70, "more than", 73, None, True),
        (20, "at least", 20, None, True),
        (50, "less than", 45, None, True),
        (50, "less than", 45, "more than", False),  # "more than 45" may be 60
        (100, "up to", 100, None, True),
        (100, "about", 120, None, False),
    ],
)
def test_bears_out(value, qualifier, corpus_value, corpus_qualifier, expected):
    assert bears_out(value, qualifier, corpus_value, corpus_qualifier) is expected


@pytest.mark.parametrize(
    "value, expected", [(1800, 100), (23, 1), (5.6e9, 1e8), (6e9, 1e9), (70, 10), (0.5, 0.0), (1812, 1)]
)
def test_precision(value, expected):
    assert precision(value) == pytest.approx(expected)


@pytest.mark.parametrize(
    "draft, corpus, verbatim, close, diff",
    [
        ("we are not their colony", "We are not their colony", True, True, ""),
        ("Stability comes first", "“Stability comes first,” he said, “and reforms second.”", True, True, ""),
        ("reforms second", "Stability comes first, and reforms second.", True, True, ""),  # cut short
        ("We must be frank and pragmatic", "We must be frank, we must be pragmatic, but bold", False, True,
         "We must be frank [-we must be-] {+and+} pragmatic"),
        ("We will double exports", "We will keep investing in storage and railways", False, False, None),
        ("we are here", "we are not here yet", False, False, None),  # small words alone do not make it close
    ],
)  # fmt: skip
def test_align(draft, corpus, verbatim, close, diff):
    al = align(draft, corpus)
    assert al.verbatim is verbatim
    assert (al.ratio >= 0.6) is close
    if diff is not None:
        assert al.diff == diff


@pytest.mark.parametrize(
    "draft, other, expected",
    [
        ({"speaker": "Tokayev"}, {"speaker": "Kassym-Jomart Tokayev"}, True),
        ({"speaker": "Tokayev"}, {"speaker": "Roman Vassilenko"}, False),
        ({"speaker": None}, {"speaker": "Roman Vassilenko"}, None),
        ({"speaker": "Tokayev"}, {"speaker": None}, None),
        ({"speaker": None, "speaker_role": "the head of state"}, {"speaker": "X Y", "speaker_role": "President"}, True),
        (
            {"speaker": None, "speaker_role": "the foreign minister"},
            {"speaker": "X Y", "speaker_role": "President"},
            False,
        ),
    ],
)
def test_same_speaker(draft, other, expected):
    assert same_speaker(draft, other) is expected


@pytest.mark.parametrize(
    "a, b, expected",
    [("2025", "2025", True), ("2024", "2025", False), (None, "2025", True), ("2025", "2024–2025", True)],
)
def test_same_period(a, b, expected):
    assert same_period(a, b) is expected


def test_agree_is_symmetric_on_qualifiers():
    a = {"unit": "count", "value": 500.0, "qualifier": "more than"}
    b = {"unit": "count", "value": 600.0, "qualifier": "more than"}
    c = {"unit": "count", "value": 193.0, "qualifier": None}
    assert agree(a, b) and agree(b, a) and not agree(a, c)
    assert agree({"unit": "fraction", "value": 0.5, "qualifier": None}, {"unit": "%", "value": 50.0, "qualifier": None})


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Tokayev made 23 foreign visits in 2025.", [("stat", "23", 1)]),
        ('He said "we made 23 visits" in 2025.', [("quote", "we made 23 visits", 1)]),  # the number is in the quote
        ("One claim\nTrade rose 5% in 2024\nNothing\n", [("stat", "5%", 2)]),  # one claim per line
        (
            'Trade rose 5% in 2024\n"We are not their colony,"\nTokayev said.\n',
            [("stat", "5%", 1), ("quote", "We are not their colony", 2)],
        ),  # its attribution wrapped
        (
            "“We cannot give up coal\njust overnight,” Tokayev said.\nCoal is 73% of it\n",
            [("quote", "We cannot give up coal\njust overnight", 1), ("stat", "73%", 3)],
        ),  # an open quotation
    ],
)
def test_draft_claims(draft, expected):
    claims = draft_claims(draft)
    assert [(c.kind, c.record["text"], c.line) for c in claims] == expected
    assert all(draft[c.start : c.end] == c.record["text"] for c in claims)


def test_disputes_follow_edits_and_removals(corpus):
    def kinds():
        result = runner.invoke(app, ["conflicts", "--corpus", str(corpus), "--json"])
        return [p["kind"] for p in json.loads(result.stdout)] if result.exit_code == 0 else []

    assert kinds() == ["stat", "quote"]
    stats = corpus / "grain-statistics.txt"
    stats.write_text(stats.read_text(encoding="utf-8").replace("9 million", "11 million"), encoding="utf-8")
    assert kinds() == ["quote"]  # the figures agree now
    (corpus / "copy.txt").write_text(ARTICLES["grain-statistics.txt"], encoding="utf-8")
    # 9 (copy) against 11 (ministry) and 11 (statistics); the copy's quote is the statistics' one (same id)
    assert kinds() == ["stat", "stat", "quote"]
    stats.unlink()
    (corpus / "copy.txt").unlink()
    assert kinds() == []


def test_disputes_compare_a_bounded_number_of_records_per_fact(tmp_path, monkeypatch):
    """A fact stated in many files is judged on the first DISPUTE_BUCKET records, so the work per fact
    key is bounded whatever the corpus size."""
    import kzfacts.claims
    from kzfacts.index import DISPUTE_BUCKET

    for i in range(DISPUTE_BUCKET + 10):
        (tmp_path / f"a{i:03}.txt").write_text(
            f"Grain exports\n\nKazakhstan exported {i + 1} million tonnes of grain in 2024, officials said.\n",
            encoding="utf-8",
        )
    seen = []
    real = kzfacts.claims.disputes_in
    monkeypatch.setattr(kzfacts.claims, "disputes_in", lambda records: seen.append(len(records)) or real(records))
    result = runner.invoke(app, ["conflicts", "--corpus", str(tmp_path), "--json", "--limit", "0"])
    assert result.exit_code == 0
    assert seen == [DISPUTE_BUCKET]
    assert len(json.loads(result.stdout)) == DISPUTE_BUCKET * (DISPUTE_BUCKET - 1) // 2


def test_articles_of_one_file_can_disagree(tmp_path):
    lines = [json.dumps({"url": f"https://wire.example/{i}", "text": text}) for i, text in enumerate(ARTICLES.values())]
    (tmp_path / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["conflicts", "--corpus", str(tmp_path), "--json"])
    assert result.exit_code == 0
    assert [p["kind"] for p in json.loads(result.stdout)] == ["stat", "quote"]
