"""Extraction work grows linearly with the input: doubling an article must not triple the work.

Work is counted, not timed: the number of Python line events (`sys.settrace`) during `extract_file`,
which counts every loop iteration, comprehensions included, and does not depend on the machine's load.
Each shape is an ordinary piece of news copy (written for this test) repeated; the shapes cover the
structures that grew with the article before: pronouns resolved against every earlier mention, speaker
notes inserted into a list, titles and organisations looked up by scanning, wrapped lines re-read as a
paragraph grows, one long line with many quotations, and many headings.
"""

from __future__ import annotations

import sys

import pytest

from kzfacts.extract import extract_file

SHAPES = {
    "paragraphs": (
        "Minister of Energy Almas Satkaliyev met investors in Astana on Monday. “We expect output to grow by 5% "
        "next year, and exports will reach 70 million tonnes,” she told reporters. According to him, the ministry "
        "plans to invest $2.5 billion in 12 new plants. “It is a long road,” he added. The President said: "
        "“Every region will gain.”\n\n"
    ),
    "one-line": (
        "The bank said revenue rose 14% to KZT 31.6 billion. “Growth is strong,” said Aigerim Sadykova, chief "
        "economist at Halyk Bank. The company said it would hire 300 people. "
    ),
    "wrapped": "The committee reviewed the budget of the regional water authority and found that\nthe plan ",
    "headings": "Grain Exports Reach New High\n\nKazakh farmers shipped 9 million tonnes, the ministry said.\n\n",
    "interview": "– How many visits were there?\n\n– There were 23 visits, and “each mattered,” she said.\n\n",
}


def _work(text: str) -> int:
    count = 0

    def trace(frame, event, arg):
        nonlocal count
        count += 1
        return trace

    sys.settrace(trace)
    try:
        extract_file("long.txt", text)
    finally:
        sys.settrace(None)
    return count


@pytest.mark.parametrize("shape", SHAPES)
def test_doubling_the_input_less_than_triples_the_work(shape):
    unit = SHAPES[shape]
    small, large = _work(unit * 60), _work(unit * 120)
    assert large < 3 * small, f"{shape}: {small} -> {large} line events"
