"""Pure: question/answer interviews -> one quote per answer paragraph, given to the interviewee.

Three layouts: dashed turns ("– How ...?" / "– We ..."); labelled turns ("Q:"/"A:", "Question:"/"Answer:",
"Name, role: - ..." and later initials "T.T.: - ..."); and an interview announced as one whose questions are
plain paragraphs or headings ending in "?". A broadcast transcript has turns but no questions: no interview.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from kzfacts import lexicon
from kzfacts.models import QuoteSpan
from kzfacts.people import PeopleIndex
from kzfacts.segment import split_sentences

_CAP = lexicon.CAPITAL


@dataclass(frozen=True)
class Turn:
    """One paragraph of an interview: a question or an answer, where its words start, and its label."""

    kind: str  # question | answer
    start: int
    label: str | None = None  # "Jakab", "A", "Sh.N." before a colon


def interview_layout(text: str, body, asked_at=(), title: str | None = None, title_at=None) -> dict[int, Turn]:
    """Paragraph number -> its turn in a question/answer interview, else {}: dashed turns
    ("– How ...?" / "– We ..."), labelled ones ("Q:"/"A:", "Question:"/"Answer:", a speaker's name or
    initials before a colon after unlabelled questions), or an announced interview with plain questions."""
    return (
        _dashed_layout(text, body)
        or _labelled_layout(text, body, bool(asked_at))
        or _plain_layout(text, body, title, [a for a in asked_at if a != title_at])  # a headline asks no one
    )


def _dashed_layout(text: str, body) -> dict[int, Turn]:
    dashed = {
        i for i, p in enumerate(body) if text[p.start] in lexicon.DASHES and text[p.start + 1 : p.start + 2] == " "
    }
    questions = {i for i in dashed if text[body[i].end - 1] == "?"}
    # "Mr. Ambassador, what has your country ...?" then "– First of all, ...": a plain question to the
    # interviewee (it says "you"), answered by a dashed paragraph
    plain = {
        i
        for i, p in enumerate(body)
        if i not in dashed and i + 1 in dashed and i + 1 not in questions and _asks_you(text, p)
    }
    questions |= plain
    if not questions or not any(i not in questions and i > min(questions) for i in dashed):
        return {}  # an interview answers a question
    # (one "you" question and one dashed answer may be a feature's aside: two pairs, or an introduction)
    if len(dashed) < 3 and len(plain) < 2 and not _introduces_interview(text, body[: min(dashed)]):
        return {}
    layout: dict[int, Turn] = {}
    state = None
    for i, para in enumerate(body):
        if i in plain:
            state = "question"
            layout[i] = Turn(state, para.start)
        elif i in dashed:
            state = "question" if i in questions else "answer"
            layout[i] = Turn(state, _skip_space(text, para.start + 1, para.end))
        elif state == "answer":
            layout[i] = Turn("answer", para.start)  # a continuation paragraph of the answer
    return layout


_TURN_LABEL = re.compile(
    rf"(?P<label>Q|A|Question|Answer|(?:{_CAP}[a-zа-яё]?\.){{1,3}}|{_CAP}[\w’'\-]+(?:\s{_CAP}[\w’'\-]+){{0,2}})"
    r"(?:,\s*(?P<role>[^:\n“”\"«»]{1,60}?))?\s*:\s*(?:[–—-]\s*)?(?=\S)"
)
_QUESTION_LABELS = frozenset({"Q", "Question"})
_ANSWER_LABELS = frozenset({"A", "Answer"})


def _labelled_layout(text: str, body, asked: bool) -> dict[int, Turn]:
    labels: dict[int, re.Match] = {}
    for i, para in enumerate(body):
        m = _TURN_LABEL.match(text, para.start, min(para.end, para.start + 100))
        label = m.group("label") if m else None
        if label in _QUESTION_LABELS | _ANSWER_LABELS or (
            label and label not in lexicon.NOT_NAME_WORDS and label not in lexicon.NEWS_AGENCIES
        ):
            labels[i] = m
    if not labels:
        return {}
    # "Shahzod N., reporter: - ...", later "Sh.N.: - ...": initials stand for a name introduced with its role
    roles = {m.group("label"): m.group("role") for m in labels.values() if m.group("role")}
    names = {lab: _initials_of(lab, roles) for lab in {m.group("label") for m in labels.values()}}
    # the interviewer's label: Q, a reporter's, or one whose turns end in "?"
    counts = Counter(m.group("label") for m in labels.values())
    questions = Counter(m.group("label") for i, m in labels.items() if text[body[i].end - 1] == "?")
    asking = {
        lab
        for lab in names
        if lab in _QUESTION_LABELS
        or any(w.lower() in lexicon.INTERVIEWER_ROLES for w in (roles.get(names[lab]) or "").split())
        or (lab not in _ANSWER_LABELS and questions[lab] > counts[lab] / 2)
    }
    layout: dict[int, Turn] = {}
    state = None
    for i, para in enumerate(body):
        m = labels.get(i)
        if m and m.group("label") in asking:
            state = "question"
            layout[i] = Turn("question", m.end())
        elif m and (state is not None or (asked and counts[m.group("label")] >= 2)):
            # an answer label after a question, or one that recurs where the questions are headings
            state = "answer"
            layout[i] = Turn("answer", m.end(), names[m.group("label")])
        elif m is None and text[para.end - 1] == "?" and (state is not None or i + 1 in labels):
            state = "question"  # an unlabelled question before a labelled answer
            layout[i] = Turn("question", para.start)
        elif m is None and state == "answer":
            layout[i] = Turn("answer", para.start, None)
    answers = [t for t in layout.values() if t.kind == "answer" and t.label]
    asks = asked or any(t.kind == "question" and "?" in text[t.start : body[i].end] for i, t in layout.items())
    return layout if answers and asks else {}  # a broadcast transcript has turns but no questions


def _initials_of(label: str, named: dict) -> str:
    """'Sh.N.' -> the introduced label 'Shahzod Nusratullayev' whose parts start so; else the label."""
    if "." not in label:
        return label
    return next((name for name in named if _has_initials(name, label, whole=True)), label)


def _has_initials(name: str | None, label: str, whole: bool = False) -> bool:
    """'Shahzod Nusratullayev' has the initials 'Sh.N.' (its last parts start with them; all of it if `whole`)."""
    initials = [p for p in label.split(".") if p]
    parts = (name or "").split()
    if len(parts) < len(initials) or (whole and len(parts) != len(initials)):
        return False
    return all(part.startswith(ini) for part, ini in zip(parts[-len(initials) :], initials, strict=True))


def _plain_layout(text: str, body, title: str | None, asked_at=()) -> dict[int, Turn]:
    """An interview announced as one ("... Interview to Jahon IA") whose questions are paragraphs (or
    headings) ending in "?" and whose answers are the paragraphs between them, with no dashes or labels."""
    announced = bool(title and re.search(r"\binterview", title, re.I))
    if not announced and not _introduces_interview(text, body[:2]):
        return {}
    questions = {i for i, p in enumerate(body) if text[p.end - 1] == "?" and p.end - p.start >= 20}
    asked = [body[i].start for i in questions] + list(asked_at)
    # a headline that interviews someone may ask one question; "said in an interview with Reuters" and a
    # rhetorical question are no interview: two questions then
    if len(asked) < (1 if announced else 2):
        return {}
    first = min(asked)
    layout = {
        i: Turn("question" if i in questions else "answer", p.start) for i, p in enumerate(body) if p.start >= first
    }
    return layout if any(t.kind == "answer" for t in layout.values()) else {}


_YOU = re.compile(r"\b(?:you|your|yours)\b", re.I)


def _asks_you(text: str, para) -> bool:
    """A paragraph that is a question put to someone ("what has your country ...?")."""
    return text[para.end - 1] == "?" and bool(_YOU.search(text, para.start, para.end))


def _introduces_interview(text: str, intro) -> bool:
    return any(re.search(r"\binterview", text[p.start : p.end], re.I) for p in intro)


def _skip_space(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def interview_answers(text, body, layout: dict[int, Turn], people: PeopleIndex, headings=()) -> list[QuoteSpan]:
    first_q = (
        min(i for i, t in layout.items() if t.kind == "question")
        if any(t.kind == "question" for t in layout.values())
        else min(layout)
    )
    interviewee = _interviewee(text, body[:first_q], people) or _headline_person(headings, people)
    quotes = []
    speaker = interviewee
    for i, turn in sorted(layout.items()):
        if turn.kind != "answer":
            continue
        if turn.label:  # a labelled turn names its speaker; unlabelled ones go on with the last label
            speaker = interviewee if turn.label in _ANSWER_LABELS else _label_speaker(turn.label, people, interviewee)
        role = people.roles.get(speaker) if speaker else None
        para = body[i]
        quotes.append(QuoteSpan(turn.start, para.end, speaker, role, "interview", "interview", para.start, para.end))
    return quotes


def _label_speaker(label: str, people: PeopleIndex, interviewee: str | None) -> str:
    """'Jakab' -> the Jakab the article names; 'Sh.N.' -> the person with those initials."""
    if "." in label:
        return next((n for n in (interviewee, *people.by_surname.values()) if _has_initials(n, label)), label)
    speaker, _ = people.resolve(label, len(people.text))
    return speaker or label


_HEADLINE_PERSON = re.compile(rf"{_CAP}[\w’'\-]+(?:\s+{_CAP}[\w’'\-]+){{1,2}}")


def _headline_person(headings, people: PeopleIndex) -> str | None:
    """The person the headings name ("U.S. Ambassador Pamela Spratlen’s Interview to Jahon IA",
    "Answers of ... Shavkat Mirziyoyev to the Questions of ..."): one the article knows, else the first."""
    candidates = []
    for heading in reversed(headings):  # the heading nearest the questions first
        for m in _HEADLINE_PERSON.finditer(heading):
            words = [w.removesuffix("’s").removesuffix("'s") for w in m.group().split()]
            while words and (words[0] in lexicon.NOT_NAME_WORDS or words[0] in lexicon.TITLE_WORDS):
                words.pop(0)
            if len(words) >= 2 and not any(w in lexicon.NOT_NAME_WORDS for w in words):
                candidates.append(" ".join(words))
    known = [c for c in candidates if people.known(c.split()[-1])]
    chosen = (known or candidates or [None])[0]
    return people.resolve(chosen, len(people.text))[0] if chosen else None


def _interviewee(text, intro, people: PeopleIndex) -> str | None:
    """The person the introduction presents: the last named in a sentence about the interview."""
    best = None
    for para in intro:
        for s, e in split_sentences(text, para.start, para.end):
            sentence = text[s:e].lower()
            named = people.mentions_between(s, e)
            cued = _INTERVIEW_CUE.search(sentence) is not None
            if named and cued:
                best = named[-1].name
            elif named and best is None:
                best = named[-1].name
            if re.search(r"\b(he|she)\b", sentence) and cued and best is None:
                best = people.salient(e)
    return best


_INTERVIEW_CUE = re.compile(
    r"\b(?:" + "|".join(sorted(lexicon.INTERVIEW_CUE_WORDS)) + r")(?:s|ed|ing)?\b"
)  # not "spokesman"
