"""Pure: the paragraphs of one article -> direct and partial quotes with speakers (interviews: interviews.py).

Rules, in the order they are tried for each pair of quotation marks (find_quote_marks pairs them as real
pages mix them):
1. a title in marks (after "decree", "poem", "slogan", "question" ...) or a short Title Case name is not speech;
2. a cue right after the closing mark: `..." he said`, `..." said X, ROLE`, `...", – X said`, `TASS cited X as
   saying`, `X reported, citing Y`, `" - X`;
3. a cue before the opening mark in the same sentence: `X said: "..."`, `According to X, ... "..."`;
4. a cue in the next sentence ("This was stated by X", "«...» The Prime Minister X stated") or the one before;
5. a quotation with no cue of its own that follows a quotation by a known speaker continues it;
6. a paragraph-long quotation takes the name on the line above it, or whom the paragraph before speaks of;
7. anything else (scare quotes, short phrases with no speech cue) is not a quote.
Who a subject phrase names ("he", "the head of state", "the statement") is the entity model's answer (people.py).
"""

from __future__ import annotations

import bisect
import re

from kzfacts import lexicon
from kzfacts.interviews import interview_answers, interview_layout
from kzfacts.models import QuoteSpan
from kzfacts.people import PeopleIndex
from kzfacts.segment import ArticleSpan, is_title_case, split_sentences

MAX_UNCLOSED = 600  # an unclosed quotation never runs past this many characters
_WORDS = re.compile(r"[\w’'\-]+")
_CAP = lexicon.CAPITAL


_ORG_HEADS = "|".join(sorted(lexicon.ORG_HEADS, key=len, reverse=True))


def _subject(the_words: int) -> str:
    """A speaker phrase: a pronoun, "the ..." (up to `the_words` words), an unnamed "a/one ...", an
    unnamed group, or capitalised names with lower-case roles before them."""
    return (
        r"(?P<subj>(?:he|she|they|it|He|She|They|It)"
        rf"|(?:the|The)\s+(?:[\w\-’'/.&]+\s+){{0,{the_words}}}?(?!(?:of|the|for|and|to|in|at)\s)[\w\-’'/&]+"
        r"|(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal)\s+(?:[\w\-’']+\s+){0,6}?[\w\-’']+"
        r"|(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w\-’']+\s+){0,3}?[\w\-’']+"  # "his other son, X, wrote"
        r"|(?:(?:[Oo]fficial|[Jj]oint)\s+)?(?:statement|report|communiqu[eé])"  # "statement said" (agency style)
        # "Kazakhstan's emergency situations ministry": an organisation named by its owner and kind
        rf"|{_CAP}[\w\-]*[’']s\s+(?:[a-z][\w\-]*\s+){{0,4}}(?:{_ORG_HEADS})"
        r"|(?:[a-z][\w\-]*\s+){0,2}(?:" + "|".join(sorted(lexicon.UNNAMED_GROUPS)) + r")"
        rf"|(?:[a-z][\w\-]*\s+){{0,5}}(?:{_CAP}[\w’'.\-/]*\s+(?:(?:of|and|for|the|at)\s+){{0,2}}){{0,10}}{_CAP}[\w’'\-]*"
        rf"|(?:{_CAP}[\w’'.\-]*\s+){{1,4}}(?:[a-z][\w\-]*\s+){{1,2}}(?:{_CAP}[\w’'.\-]*\s+){{0,2}}{_CAP}[\w’'\-]*)"
    )


# After a quotation the phrase may be long ("the Chairman of the Agency for ... of Tajikistan said");
# before a verb it is searched from the end, where a long "the ..." would swallow the clause.
_SUBJECT = _subject(20)
_SHORT_SUBJECT = _subject(5)
_VERBS = "|".join(sorted(lexicon.REPORTING_VERBS, key=len, reverse=True))
_VERB = f"(?P<verb>{_VERBS})(?:\\s+(?:{'|'.join(lexicon.VERB_PARTICLES)})\\b)?"
_VERB_AHEAD = f"(?:{_VERBS})"  # the same, in a lookahead (a group name may be used once)
_PREFIX = (
    r"(?:(?:also|has|had|then|further|later|once\s+again|was|were|is|are|has\s+been"
    r"|reportedly|publicly|previously|earlier|officially|openly)\s+)?"
)
# After the closing mark: `, he said`, `, – Maulen Ashimbazev said`, `the press service has reported`
# a short time or place phrase may come first: `” in 2029, he said`, `” on Monday, the minister said`
_LEAD_PHRASE = r"(?:(?:in|on|at|by|from|until|since|after|before|last|this|next)\s+[^,;.“”\"«»]{1,30},\s*)?"
_CUE_AFTER_SUBJ = re.compile(
    rf"^[\s,.;:]*(?:[–—-]\s*)?{_LEAD_PHRASE}{_SUBJECT}"
    # an appositive between commas, or one whose closing comma is missing before the verb
    rf"(?P<appos>,[^,“”\"«»]{{3,120}},|,[^,“”\"«»]{{3,120}}?(?=\s+{_PREFIX}{_VERB_AHEAD}\b))?\s+{_PREFIX}{_VERB}\b"
)
# After the closing mark, inverted: `, said Nikolai Podguzov, Chairman of ...`
_CUE_AFTER_VERB = re.compile(rf"^[\s,.;:]*(?:[–—-]\s*)?{_VERB}\s+{_SUBJECT}")
_NAME_IN_CLAUSE = re.compile(
    rf"[^,.;“”\"«»]{{0,60}}?\b(?P<name>{_CAP}[\w’'\-]+(?:\s+{_CAP}[\w’'\-]+){{1,3}})\s*(?:[,.;]|$)"
)
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+(?P<subj>[^,.;:“”\"«»()]{2,100}?)(?=\s*[,.;:“”\"«»()]|$)")
_QUOTED_AS_SAYING = re.compile(
    rf"\b(?:quoted|cited)\s+{_SUBJECT}(?:,[^,.;“”\"«»]{{2,120}},)?\s+as\s+(?:saying|stating|telling)\b"
)
_ACCORDING_AFTER = re.compile(
    r"^[\s,.;:]*(?:[–—-]\s*)?[Aa]ccording to\s+(?P<subj>[^,.;:“”\"«»()]{2,100}?)(?=\s*[,.;:“”\"«»()]|$)"
)
_CONTINUATION_WORDS = frozenset(
    """
    next last soon today tomorrow yesterday again now too either anymore yet later earlier
    in on at to for from by with as of and or but that which who whom whose when where while because
    he she they it we i you is was were are be been has have had will would could should may might
    said says told this these those his her their its a an the than then so if after before
    during until since about against into over under between through per not also
    """.split()
)


_MARK = re.compile(r"[“”«»„\"]")


def find_quote_marks(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """(open_mark, close_mark, closed) for every quotation in text[start:end].

    An opener with no closer runs to the end of the paragraph (at most MAX_UNCLOSED characters); a
    closer with no opener before a speech cue gives (paragraph start - 1, closer): the page lost the mark.
    A second typographic opener before any closer abandons the first, unless it opens speech inside
    the speech (`saying: “...”`): then the inner pair is skipped and the outer one goes on. Real pages
    mix marks: a curly opener may close with a straight mark, « may be typed for », and ‘...’ may quote.

    >>> find_quote_marks('He said “yes” and «no».', 0, 23)
    [(8, 12, True), (18, 21, True)]
    >>> find_quote_marks('“They say: “Pick a side.” We stay neutral,” he said.', 0, 52)
    [(0, 42, True)]
    """
    found: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    depth = 0  # quotations open inside the current one
    last_curly = max(text.rfind("”", start, end), text.rfind("»", start, end))
    for mark in _ANY_MARK.finditer(text, start, end):
        i, ch = mark.start(), mark.group()
        doubled = ch == "''"  # two apostrophes typed for a straight double mark (wire copy)
        if doubled:
            ch = '"'
        if open_at is None:
            if doubled and _opens(text, i, start, end) and i + 2 < end and not text[i + 2].isspace():
                open_at, depth = i + 1, 0  # the second apostrophe stands for the mark
            elif (
                ch in "“«„"
                or (ch == '"' and not doubled and _opens(text, i, start, end))
                or (ch == "‘" and _single_opens(text, i, end))
            ):
                open_at, depth = i, 0
            elif ch in '"”»' and not found and start > 0 and _unopened(text, start, i, end):
                found.append((start - 1, i, True))  # the page lost the opening mark: from the paragraph start
            continue
        opener = text[open_at]
        if opener == "‘":  # single marks quote only between themselves
            if ch in "’'" and _closes(text, i, start) and not _letter_after(text, i, end):
                found.append((open_at, i, True))
                open_at = None
            continue
        if ch in "‘’'":
            continue
        typographic = opener not in "\"'"
        closes = ch in "”»" or (ch == '"' and _closes(text, i, start) and (not typographic or i > last_curly))
        if ch == "«" and typographic and _closes(text, i, start) and not _letter_after(text, i, end):
            closes = True  # «...,« typed for «...,»
        if closes and depth:
            depth -= 1
        elif closes:
            found.append((open_at, i, True))
            open_at = None
        elif ch in "“«" and typographic:
            if _speech_within(text, open_at, i):
                depth += 1
            else:
                open_at, depth = i, 0  # the earlier mark was never closed
        elif ch == "“" and not typographic:
            open_at, depth = i, 0
    if open_at is not None:
        found.append((open_at, min(end, open_at + MAX_UNCLOSED), False))
    return found


_ANY_MARK = re.compile(r"''|[“”«»„\"‘’']")
_SPEECH_WITHIN = re.compile(r"(?:[:,]|\b(?:saying|says|said|asked|asks|told|tells))\s*$")


def _single_opens(text: str, i: int, end: int) -> bool:
    """‘ opens a quotation when a letter follows and a closing ’ or ' comes later ("‘90s" is an elision)."""
    if not (i + 1 < end and text[i + 1].isalpha()):
        return False
    return _SINGLE_CLOSER.search(text, i + 2, min(end, i + 400)) is not None


_SINGLE_CLOSER = re.compile(r"(?<=\S)[’'](?![^\W\d_])")


def _unopened(text: str, start: int, i: int, end: int) -> bool:
    """'Today, nine countries possess ...," the President said.' with no opening mark: a closer that
    follows words from the paragraph start, with a speech cue right after it."""
    if not _closes(text, i, start) or _letter_after(text, i, end) or _ANY_MARK.search(text, start, i):
        return False
    return len(_WORDS.findall(text, start, i)) >= 6 and _cue_after(text[i + 1 : min(end, i + 160)]) is not None


def _speech_within(text: str, open_at: int, i: int) -> bool:
    """A new opener that quotes someone inside the open quotation ("... are saying: “...")."""
    return i - open_at > 2 and bool(_SPEECH_WITHIN.search(text, max(open_at, i - 16), i))


def _letter_after(text: str, i: int, end: int) -> bool:
    return i + 1 < end and text[i + 1].isalpha()


def _opens(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return (before.isspace() or before in "([{—–-:,") and not after.isspace()


def _closes(text: str, i: int, start: int) -> bool:
    return i > start and not text[i - 1].isspace()


def find_quotes(text: str, article: ArticleSpan, people: PeopleIndex) -> list[QuoteSpan]:
    """Every quotation in the article that the text attributes to speech."""
    body = [p for p in article.paragraphs if p.kind == "body"]
    # questions may stand apart as headings ("What does Kazakhstan mean for your organisation?")
    asked_at = [p.start for p in article.paragraphs if p.kind == "heading" and text[p.end - 1] == "?"]
    interview = interview_layout(text, body, asked_at, article.title, article.title_start)
    quotes: list[QuoteSpan] = []
    if interview:
        headings = [text[p.start : p.end] for p in article.paragraphs if p.kind == "heading"]
        quotes.extend(interview_answers(text, body, interview, people, headings))
    answer_paras = {i for i, turn in interview.items() if turn.kind == "answer"}
    previous: QuoteSpan | None = None
    pending: tuple[int, int, int] | None = None  # a quotation that runs on into the next paragraph
    for n, para in enumerate(body):
        if n in answer_paras:
            previous = pending = None
            continue
        marks = find_quote_marks(text, para.start, para.end)
        if not marks and text[para.start] in lexicon.DASHES:
            dashed = _dash_quotes(text, para, people)  # "– ..., – the President said. – ..."
            quotes.extend(dashed)
            previous = dashed[-1] if dashed else previous
            continue
        sentences = split_sentences(text, para.start, para.end) if marks else []
        rejected_close = -10
        for open_at, close_at, closed in marks:
            if _LIST_JOINER.fullmatch(text, rejected_close + 1, open_at):
                rejected_close = close_at  # “Gas for the people” and “...”: one list of slogans
                continue
            listed = _listed_after(text, previous, open_at, close_at, closed)
            if listed:  # called the charges “trumped-up” and “fabricated”: both are the speaker's words
                quotes.append(listed)
                previous = listed
                continue
            runs_on = not closed and _next_opens_quote(text, body, n)
            found = _attribute(
                text, para.start, para.end, sentences, open_at, close_at, closed, people, previous, runs_on
            )
            if found is None and not runs_on and _floating(text, para, open_at, close_at, closed):
                prev = body[n - 1] if n else None
                found = _floating_quote(text, prev, para.start, sentences, open_at, close_at, people, previous)
            if found is None:
                rejected_close = close_at
            if found is None and runs_on:
                # news style: a quotation over several paragraphs repeats the opening mark at each
                # and closes only at the last; it belongs to whoever the last part is attributed to
                pending = (open_at, close_at, _sentence_containing(sentences, open_at)[0])
                continue
            if found and pending:
                start, end = _inner_span(text, pending[0] + 1, pending[1])
            if found and pending and end > start:  # (a paragraph of nothing but an opening mark holds no words)
                quotes.append(
                    QuoteSpan(start, end, found.speaker, found.role, found.cue, "direct", pending[2], pending[1])
                )
            pending = None
            if found:
                quotes.append(found)
                previous = found
                people.note_speaker(found.start, found.speaker, found.end, found.role)
                if _IN_DOCUMENT.search(text, close_at, found.sentence_end):  # "X said in a statement"
                    owner = found.role[:-2] if found.role and found.role.endswith(("’s", "'s")) else None
                    people.note_issuer(found.start, owner or found.speaker)
    quotes.sort(key=lambda q: q.start)
    return quotes


# A paragraph of speech set off by dashes, its cue between dashes: "– A, – the President said. – B."
_DASH_SPEECH = re.compile(
    r"[–—-]\s+(?P<q1>[^–—]{3,}?)[,.!?…]?\s+[–—]\s+(?P<cue>[^–—]{2,100}?)[.,:]\s*(?:[–—]\s+(?P<q2>\S.*))?$", re.S
)


def _dash_quotes(text: str, para, people: PeopleIndex) -> list[QuoteSpan]:
    m = _DASH_SPEECH.match(text, para.start, para.end)
    if not m:
        return []
    cue = _cue_after(" " + m.group("cue") + ".")
    if cue is None:
        return []
    subj, verb, _ = cue
    speaker, role = people.resolve(subj, m.start("cue"))
    found = []
    for group in ("q1", "q2"):
        if m.group(group):
            start, end = _inner_span(text, m.start(group), m.end(group))
            if end > start:
                found.append(QuoteSpan(start, end, speaker, role, verb, "direct", para.start, para.end))
    if found:
        people.note_speaker(found[0].start, speaker, found[-1].end)
    return found


def _floating(text: str, para, open_at: int, close_at: int, closed: bool) -> bool:
    """A quotation that is its whole paragraph (or runs from its start to the end of the text)."""
    if open_at - para.start > 3 or text[para.start : open_at].strip(" –—-"):
        return False
    inner = text[open_at + 1 : close_at]
    cut_off = not closed and _NOT_SPACE.search(text, close_at) is None  # cut short by the end of the text
    words = len(_WORDS.findall(inner))
    if is_title_case(inner) or words < 2 or (not cut_off and words < 6 and inner.rstrip()[-1:] not in ".!?…,"):
        return False  # “Investment portal of Uzbekistan” alone on a line is a name, not speech
    return not closed or _WORD_CHAR.search(text, close_at + 1, para.end) is None


_NOT_SPACE = re.compile(r"\S")
_WORD_CHAR = re.compile(r"\w")


def _name_line_above(text: str, p_start: int) -> tuple[str | None, int]:
    """A person's name alone on the line above the paragraph (a pull quote's or a photo's caption)."""
    line_end = text.rfind("\n", max(0, p_start - 200), p_start)
    while line_end > 0 and not text[text.rfind("\n", 0, line_end) + 1 : line_end].strip():
        line_end = text.rfind("\n", 0, line_end)  # skip blank lines
    if line_end <= 0:
        return None, 0
    line_start = text.rfind("\n", 0, line_end) + 1
    label = text[line_start:line_end].strip()
    if _NAME_ONLY.fullmatch(label) and not any(w in lexicon.NOT_NAME_WORDS for w in label.split()):
        return label, line_start
    return None, 0


def _credit_line_below(text: str, close_at: int) -> tuple[str | None, int, str | None]:
    """A dash, a person's name and perhaps their role, alone on the line after the quotation."""
    line_end = text.find("\n", close_at)
    if line_end < 0 or text[close_at + 1 : line_end].strip():
        return None, 0, None
    m = _CREDIT_LINE.match(text, line_end)
    if not m or any(w in lexicon.NOT_NAME_WORDS for w in m.group("name").split()):
        return None, 0, None
    return m.group("name"), m.start("name"), m.group("role")


_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|where|whose|whom)\b")


def _floating_quote(
    text, prev, p_start, sentences, open_at, close_at, people: PeopleIndex, previous=None
) -> QuoteSpan | None:
    """A paragraph-long quotation with no cue of its own (layouts that set quotations apart): its
    speaker is a name alone on the line above it (pull quotes), or the one the paragraph before speaks
    of ("X said that ...", "The head of state also mentioned ...", "X, in turn, conveyed ..."), or
    nobody when it speaks of no one."""
    start, end = _inner_span(text, open_at + 1, close_at)
    if end <= start:
        return None
    label, line_start, credited_role = _credit_line_below(text, close_at)
    if not label:
        (label, line_start), credited_role = _name_line_above(text, p_start), None
    if label:
        speaker, role = people.resolve(label, line_start)
        role = credited_role or role
        return QuoteSpan(start, end, speaker, role, None, "direct", open_at, min(close_at + 1, len(text)))
    if prev and previous and prev.start <= previous.start < prev.end and previous.speaker:
        # the paragraph before ended a quotation: this one goes on with the same speaker
        return QuoteSpan(start, end, previous.speaker, previous.role, previous.cue, "direct", open_at, close_at + 1)
    speaker = role = cue = None
    last = split_sentences(text, prev.start, prev.end)[-1:] if prev else []
    if last:
        s_start, s_end = last[0]
        s_start = max(s_start, s_end - 600)  # as everywhere, the cue is looked for near the quotation only
        sentence = _RELATIVE_CLAUSE.split(text[s_start:s_end])[0]  # "..., who came and warned": not the subject's
        # its last "X said" (when it quotes nobody itself), else the subject that opens it
        found = (None if _MARK.search(sentence) else _cue_before(sentence)) or _colon_subject(sentence)
        if found:
            speaker, role = people.resolve(found[0], s_start + found[2])
            cue = found[1]
    s_end = _sentence_containing(sentences, close_at)[1] if sentences else close_at
    return QuoteSpan(start, end, speaker, role, cue, "direct", open_at, max(s_end, min(close_at + 1, len(text))))


_IN_DOCUMENT = re.compile(
    r"\b(?:in|via)\s+(?:a|an|its|his|her|their|the)\s+(?:\w+\s+)?(?:statement|post|report|press\s+release|"
    r"communiqu[eé]|message|briefing)\b"
)
_LIST_JOINER = re.compile(r"\s*(?:,|,?\s*and|,?\s*or|;)\s*")


def _listed_after(text: str, previous: QuoteSpan | None, open_at: int, close_at: int, closed: bool):
    """A short quoted fragment joined by "and"/"or"/a comma to the partial quote just before it, in the
    same sentence: the same speaker's words."""
    if not (closed and previous and previous.kind == "partial" and previous.sentence_end > open_at):
        return None
    if not _LIST_JOINER.fullmatch(text, previous.end + 1, open_at):
        return None
    start, end = _inner_span(text, open_at + 1, close_at)
    if end <= start or len(_WORDS.findall(text, start, end)) > 6:
        return None
    return QuoteSpan(
        start,
        end,
        previous.speaker,
        previous.role,
        previous.cue,
        "partial",
        previous.sentence_start,
        previous.sentence_end,
    )


def _next_opens_quote(text: str, body, n: int) -> bool:
    return n + 1 < len(body) and text[body[n + 1].start] in '“«„"'


def _attribute(text, p_start, p_end, sentences, open_at, close_at, closed, people, previous, runs_on=False):
    inner_start, inner_end = _inner_span(text, open_at + 1, close_at)
    if inner_end <= inner_start:
        return None
    inner = text[inner_start:inner_end]
    words = _WORDS.findall(inner)
    s_start = _sentence_containing(sentences, open_at)[0]
    s_end = _sentence_containing(sentences, close_at)[1]
    if not closed:
        s_end = close_at
    b_start = max(s_start, open_at - 600)  # the cue is near the quotation; sentences can be huge
    before = text[b_start:open_at]
    if closed and s_end <= close_at + 1 and inner[-1:] in "?!…":
        # “...?” Dautov said. — the splitter ended the sentence at the mark; the cue is what follows
        s_end = _sentence_containing(sentences, min(close_at + 2, p_end - 1))[1]
    mark_end = close_at + (2 if text.startswith("''", close_at) else 1)  # '' closes as one mark
    after = text[mark_end : min(s_end, close_at + 601)] if closed else ""  # the cue is near, too
    bounded = inner[-1:] in ",.!?…" or text[close_at - 1] in ",.!?…" or re.match(r"\s*[,–—-]", after)
    cue_after = _cue_after(after) if closed and (bounded or len(words) > 3) else None
    if _is_title(before, inner, words, cue_after):
        return None
    ends_phrase = inner[-1:] in ",.;!?…" or text[close_at - 1] in ",.;!?"
    if cue_after is None and closed and len(words) <= 6 and not ends_phrase and _modifies_noun(after):
        return None  # a “law and order” strategy
    kind = "direct"
    if cue_after:
        subj, verb, subj_at = cue_after
        # "he" after a quotation means someone named before the quotation, not inside it
        speaker, role = people.resolve(subj, open_at)
        if _RELAYING_OUTLET.match(subj) or subj in lexicon.NEWS_AGENCIES:
            # '"...," the news agency said' after 'X said he spoke ...': the agency relays X
            speaker, role = people.salient(open_at) or speaker, None
        if (
            verb in lexicon.CONTINUING_VERBS
            and subj.lower() in lexicon.SUBJECT_PRONOUNS
            and previous is not None
            and previous.speaker
            and open_at - previous.end < 600
            and not people.named_subject_between(previous.end, open_at)
        ):
            speaker, role = previous.speaker, previous.role  # "..., he added": the one quoted just before
        label, label_at = _name_line_above(text, p_start) if open_at - p_start < 3 else (None, 0)
        if label and (subj.lower() in lexicon.SUBJECT_PRONOUNS or subj.split()[0].lower() == "the"):
            # "Mukhammedkaly Abylgaziev" alone above «...,» the Prime Minister stressed: the name is who
            speaker = people.resolve(label, label_at)[0] or speaker
        role = _appositive(after, subj_at + len(subj)) or role
        cue = verb
    else:
        hit = _cue_around(text, sentences, before, b_start, open_at, close_at, closed, after, s_start, p_end)
        # a fragment in lower case (not a name or title in marks) in a sentence that ends "..., X said."
        # (three words at least: a shorter one may be a scare quote, "a fraudulent “investment platform”")
        plain = closed and inner[:1].islower() and len(words) >= 3
        final = _sentence_final_cue(after) if plain and not hit else None
        if hit:
            subj, cue, at = hit
            speaker, role = people.resolve(subj, at)
        elif final:  # 'supplies have become "irreversible", Uzbek President X warned Friday.'
            subj, cue, at = final[0], final[1], mark_end + final[2]
            speaker, role = people.resolve(subj, at)
        elif previous and _continues(text, previous, open_at, words, inner):
            speaker, role, cue = previous.speaker, previous.role, previous.cue
        else:
            return None  # (a quotation that runs on is attributed where it ends, in a later paragraph)
        if inner[:1].islower() and open_at > s_start + 1:
            kind = "partial"
    if (
        len(words) < 2
        and not cue_after
        and not (cue in lexicon.PARTIAL_CUE_VERBS and _NAMED_AS.search(before[-20:]))
        and not re.search(r"\bas\s*$", before[-20:])
    ):
        return None  # one word in marks is a name, unless "described it as “optimistic”", "referred to it as"
    if kind == "direct" and inner[:1].islower() and not _starts_sentence(text, s_start, open_at):
        kind = "partial"
    s_end = max(s_end, min(p_end, close_at + 1))
    return QuoteSpan(inner_start, inner_end, speaker, role, cue, kind, s_start, s_end)


def _cue_around(text, sentences, before, b_start, open_at, close_at, closed, after, s_start, p_end):
    """(subject, cue, position to resolve it at) from the words around a quotation with no cue right
    after it, trying in turn: `X said: “`, `According to X, ... “`; `X outlined the plan: “`; a
    transcript label; `“...” X ... as she speaks.`; `“...” This was stated by X.`; and a whole-sentence
    quotation after `X said the costs had doubled.`"""
    found = _cue_before(before)
    if not found and before.rstrip().endswith(":"):
        found = _colon_subject(before)
    if found:
        return found[0], found[1], b_start + found[2]
    whole = closed and _whole_sentence(text, s_start, open_at, after)
    following = _following_speaker(text, sentences, close_at) if whole else None
    if following:
        return following[0], following[1], following[2] + 1
    stated = _next_sentence_cue(text, close_at, p_end)
    if stated:
        return stated[0], stated[1], open_at
    previous = (
        _previous_sentence_cue(text, sentences, s_start) if _whole_sentence(text, s_start, open_at, after) else None
    )
    return previous  # its position is already absolute


_STATED_BY = re.compile(
    rf"[\s.]*(?:This|That|These words|It)\s+(?:was|were|has been|had been)\s+(?P<verb>stated|said|announced|noted|reported|told|emphasized|emphasised|stressed|declared)"
    rf"(?:\s+(?:to\s+\S+\s+)?)?\s+by\s+{_SUBJECT}"
)


def _next_sentence_cue(text: str, close_at: int, p_end: int) -> tuple[str, str, int] | None:
    """“...” This was stated by X. — the attribution in the next sentence (agency style)."""
    m = _STATED_BY.match(text, close_at + 1, min(p_end, close_at + 300))
    if not m or text[close_at + 1 : m.start("subj")].count(".") > 1:
        return None
    subj = _trim_subject(re.split(r"\.\s", m.group("subj"))[0].rstrip("."))
    if not _subject_ok(subj):
        return None
    subj, at = _named_in_role(text, m.start("subj"), subj, min(p_end, close_at + 400))
    return subj, m.group("verb"), at


_LEADING_NAME = re.compile(rf"\s*(?P<subj>{_CAP}[\w’'\-]+(?:\s+{_CAP}[\w’'\-]+){{1,3}})\b")


_LEADING_SUBJECT = re.compile(rf"\s*{_SUBJECT}(?:,[^,“”\"«»]{{3,120}},)?\s+{_PREFIX}{_VERB}\b")


def _following_speaker(text: str, sentences, close_at: int) -> tuple[str, str, int] | None:
    """The next sentence opens with a person's name and speaks of speaking ("Yuldasheva pats the
    frame as she speaks"): that person."""
    i = bisect.bisect_right(sentences, (close_at, _END))
    if i == len(sentences):
        return None
    s, e = sentences[i]
    lead = _LEADING_SUBJECT.match(text, s, e)
    if lead and _subject_ok(lead.group("subj")):  # "«...» The Prime Minister of Kyrgyzstan X stated ..."
        return lead.group("subj"), lead.group("verb"), lead.start("subj")
    m = _LEADING_NAME.match(text, s, e)
    if not m or m.group("subj").split()[0] in lexicon.SENTENCE_STARTERS:
        return None
    verbs = [w for w in re.findall(r"[a-z]+", text[m.end() : e]) if w in lexicon.REPORTING_VERBS]
    return (m.group("subj"), verbs[0], m.start("subj")) if verbs else None


def _whole_sentence(text: str, s_start: int, open_at: int, after: str) -> bool:
    return _starts_sentence(text, s_start, open_at) and not re.search(r"\w", after)


def _previous_sentence_cue(text: str, sentences, s_start: int) -> tuple[str, str, int] | None:
    """A subject and reporting verb in the sentence just before (same paragraph), as absolute offsets."""
    i = bisect.bisect_right(sentences, (s_start, _END)) - 1  # the sentence at s_start; the one before it
    while i >= 0 and sentences[i][1] > s_start:
        i -= 1
    if i < 0:
        return None
    p_start, p_end = sentences[i]
    p_start = max(p_start, p_end - 600)
    prev = text[p_start:p_end]
    if any(c in prev for c in '“”«»"'):
        return None  # the previous sentence holds a quotation of its own
    cue = _cue_before(prev)
    if not cue:
        return None
    subj, verb, at = cue
    return subj, verb, p_start + at


def _inner_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The quoted words: no white space around, no comma or full stop before the closing mark."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",."):
        if text[end - 1] == "." and text[end - 3 : end] == "...":
            break
        end -= 1
    return start, end


def _sentence_containing(sentences: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The sentence holding `pos` (or the last one starting before it; the first when none does)."""
    i = bisect.bisect_right(sentences, (pos, _END)) - 1
    if i >= 0:
        return sentences[i]
    return sentences[0] if sentences else (pos, pos)


_END = float("inf")


def _starts_sentence(text: str, s_start: int, open_at: int) -> bool:
    return not text[s_start:open_at].strip(" –—-:")


# "the Kazakh Head of State", "the head of the mission Kristina Halvorsen": up to punctuation or a clause
_THE_PHRASE = re.compile(
    r"(?:the|The)\s+[^,.;:“”\"«»()]{1,100}?(?=\s*(?:[,.;:“”\"«»()]|$)|\s+(?:who|which|that|whose|said|says|told|"
    r"added|on|in|at|during|after|before|as|when|while|to|with|from|about)\b)"
)


# `” TASS cited a spokesman for X as saying`, `” Interfax quoted X as saying`: the one quoted speaks
_AS_SAYING_AFTER = re.compile(
    r"^[\s,.;:]*(?:[–—-]\s*)?[^,.;:“”\"«»]{1,60}?\b(?P<verb>quoted|cited)\s+(?P<subj>[^,.;:“”\"«»()]{2,120}?)"
    r"(?:\s*\([^()]{1,30}\))?(?:,[^,.;“”\"«»]{2,120},)?\s+as\s+(?:saying|stating)\b"
)
# `the Astana Times reported, citing the Energy Ministry`: the source cited speaks, not the outlet
_CITING = re.compile(r"[^.;“”\"«»]{0,60}?,?\s+citing\s+(?P<subj>[^,.;:“”\"«»()]{2,80}?)(?=\s*[,.;:“”\"«»()]|$)")


# A role phrase that ends in the person's name: "Secretary-General of the Transport Route association (TTRA)
# Aslan Beisov", "the Kazakh ambassador to Spain, Marat Serikov"
_ROLE_THEN_PERSON = re.compile(
    rf"(?P<role>[^,.;:“”\"«»]{{2,140}}?)(?:,\s+|\s+\([A-Z]{{2,8}}\)\s+|\s+(?<=[a-z)]\s))"
    rf"(?P<name>{_CAP}[\w’'\-]+(?:\s+{_CAP}[\w’'\-]+){{1,2}})\s*(?:[.,;]|$)"
)


def _named_in_role(text: str, at: int, subj: str, end: int | None = None) -> tuple[str, int]:
    """(name, its offset) when the subject at `at` is a role that a person's name closes, else (subj, at)."""
    first = subj.split()[0]
    if not (
        first.lower() in ("the", "a", "an")  # "asked a top blogger Nikita Makarenko"
        or first.rstrip(".") in lexicon.TITLE_WORDS
        or first.split("-")[0] in lexicon.TITLE_WORDS
        or first in lexicon.NATIONALITIES  # "said Tajik migrant worker head Karomat Sharipov"
        or first.removesuffix("’s").removesuffix("'s") in lexicon.NOT_NAME_WORDS  # "Uzbekistan’s new Ambassador X"
        or first.endswith(("’s", "'s"))  # "said Kolyadin’s coach Anatoly Poiskovoy"
    ):
        return subj, at
    m = _ROLE_THEN_PERSON.match(text, at, len(text) if end is None else end)
    if not m:
        return subj, at
    role, name = m.group("role").split(), m.group("name").split()
    if role[-1].lower() in lexicon.OBJECT_PREPOSITIONS or role[-1].lower() == "representing":
        return subj, at  # "said a lawyer for Zhanbolat Mamai": the lawyer speaks, not Mamai
    name_at = m.start("name")
    while len(name) > 2 and name[0] in lexicon.TITLE_WORDS:  # "... new Ambassador Said Rustamov"
        name_at += len(name[0]) + 1
        role.append(name.pop(0))
    if not any(w.lower() in lexicon.ROLE_HEADS or w in lexicon.TITLE_WORDS for w in role):
        return subj, at
    if name[0] in lexicon.NOT_NAME_WORDS or name[0] in lexicon.TITLE_WORDS:
        return subj, at
    return " ".join(name), name_at


_APPOSED_NAME = re.compile(rf",\s*(?P<name>(?:{_CAP}[\w’'.\-]*\s+){{0,4}}{_CAP}[\w’'\-]+\s+{_CAP}[\w’'\-]+)\s*,?")
_RELAYING_OUTLET = re.compile(r"^(?:the|The)\s+(?:\w+\s+)?news\s+agency$")  # ("the agency" may be a ministry's)
_DESCRIBING_WORDS = frozenset("the a an another one his her their its".split())


_AGENTLESS = re.compile(
    r"^[\s,.;:]*(?:[–—-]\s*)?(?:was\s+|it\s+was\s+)?(?P<verb>said|stated|noted|reported)\s+in\s+(?:a|the|an|its)\s+"
    r"(?:\w+\s+)?(?:statement|communiqu[eé]|release|note)\b"
)
_DASH_CREDIT = re.compile(rf"^\s*[–—-]{{1,2}}\s*(?P<subj>{_CAP}[\w’'\-]+(?:\s+{_CAP}[\w’'\-]+){{1,3}})\s*$")


def _cue_after(after: str) -> tuple[str, str, int] | None:
    """(subject, verb, subject offset) from the words right after a closing mark."""
    m = _AS_SAYING_AFTER.match(after)
    if m and _subject_ok(m.group("subj")):
        return _trim_subject(m.group("subj")), m.group("verb"), m.start("subj")
    m = _AGENTLESS.match(after)
    if m:  # '", - said in a statement.': the statement's issuer
        return "statement", m.group("verb"), m.start("verb")
    m = _DASH_CREDIT.match(after)
    if m:  # '"Uzbekistan holds a neutral position" - Sherzod Asadov' (a headline's credit)
        return m.group("subj"), "-", m.start("subj")
    m = _CUE_AFTER_SUBJ.match(after)
    if m and m.group("verb") in lexicon.REPORTING_VERBS and _subject_ok(m.group("subj")):
        citing = _CITING.match(after, m.end())
        if citing and _subject_ok(citing.group("subj")):
            return _trim_subject(citing.group("subj")), m.group("verb"), citing.start("subj")
        named = _APPOSED_NAME.fullmatch(m.group("appos") or "")
        if named and m.group("subj").split()[0].lower() in _DESCRIBING_WORDS:
            # "the general director of X, Serik Kozhakhmetov, told"; "another official, Minister X, was quoted"
            return named.group("name"), m.group("verb"), m.start("appos") + named.start("name")
        return m.group("subj"), m.group("verb"), m.start("subj")
    m = _CUE_AFTER_VERB.match(after)
    if m and not m.group("verb").endswith("ing") and _subject_ok(m.group("subj")):
        subj, at = _trim_subject(m.group("subj")), m.start("subj")
        named = _NAME_IN_CLAUSE.match(after, m.end("subj")) if subj.split()[0].lower() == "the" else None
        if named:  # "told the beekeeper from the village Karatal Bolat Zhanabilov, who ..."
            tokens = named.group("name").split()
            return " ".join(tokens[-2:]), m.group("verb"), named.end("name") - len(" ".join(tokens[-2:]))
        person, person_at = _named_in_role(after, at, subj)
        if person_at != at:  # "said Secretary-General of the ... association (TTRA) Aslan Beisov"
            return person, m.group("verb"), person_at
        if subj.split()[0].lower() == "the":  # "said the Kazakh Head of State": the whole noun phrase
            whole = _THE_PHRASE.match(after, at)
            subj = whole.group() if whole and len(whole.group()) > len(subj) else subj
        return subj, m.group("verb"), at
    m = _ACCORDING_AFTER.match(after)
    if m and _subject_ok(m.group("subj")):
        return _trim_subject(m.group("subj")), "according to", m.start("subj")
    return None


# The attribution that ends the sentence a quoted fragment stands in: "..., the foreign ministry said."
_FINAL_CUE = re.compile(
    rf",\s+{_LEAD_PHRASE}{_SUBJECT}(?:,[^,“”\"«»]{{3,120}},)?\s+{_PREFIX}{_VERB}\b[^,;:“”\"«»]{{0,60}}?"
    r"(?:,\s+(?:as|while|after|before|because|when|amid|adding|noting|citing)\b[^;“”\"«»]{0,200}?)?[.!]?\s*$"
)


def _sentence_final_cue(after: str) -> tuple[str, str, int] | None:
    """(subject, verb, subject offset) of a `, X said.` that ends the sentence after a quotation."""
    if _MARK.search(after):
        return None  # another quotation stands between: the cue is its
    m = _FINAL_CUE.search(after)
    if not m or m.group("verb").endswith("ing") or not _subject_ok(m.group("subj")):
        return None
    return _trim_subject(m.group("subj")), m.group("verb"), m.start("subj")


def _cue_before(before: str) -> tuple[str, str, int] | None:
    """The last `X said` / `said X` / `according to X` before the opening mark, same sentence."""
    best: tuple[str, str, int] | None = None
    as_saying = _QUOTED_AS_SAYING.search(before)
    if as_saying and _subject_ok(as_saying.group("subj")):  # "Interfax quoted X as saying"
        return _trim_subject(as_saying.group("subj")), "quoted", as_saying.start("subj")
    for m in _ACCORDING.finditer(before):
        if _subject_ok(m.group("subj")):
            best = (_trim_subject(m.group("subj")), "according to", m.start("subj"))
    participle = None
    for m in re.finditer(r"\b([a-z]+)\b", before):
        verb = m.group(1)
        if verb not in lexicon.REPORTING_VERBS:
            continue
        if verb.endswith("ing") and before[: m.start()].rstrip().endswith(","):
            participle = participle or m
            continue  # "X said ..., adding that": the subject is X's, found at "said"
        subj = _subject_before(before, m.start())
        if subj and (best is None or subj[1] >= best[2]):
            best = (subj[0], verb, subj[1])
        elif subj is None:
            inverted = re.match(rf"\s+{_SUBJECT}", before[m.end() :])
            if inverted and _inverted_subject_ok(inverted.group("subj")):
                best = (_trim_subject(inverted.group("subj")), verb, m.end() + inverted.start("subj"))
    if best is None and participle:
        # "X welcomed the release, saying the authorities were “...”": the subject of the clause speaks
        clause = _CLAUSE_SUBJECT.match(before, 0, participle.start())
        if clause and _subject_ok(clause.group("subj")):
            return _trim_subject(clause.group("subj")), participle.group(1), clause.start("subj")
    return best


_COLON_SUBJECT = re.compile(
    rf"^\s*(?:[A-Z][\w’'\-]*\s+[^,:]{{0,60}},\s+)?{_SUBJECT}(?:,[^,:]{{3,120}},)?\s+{_PREFIX}(?P<cue>(?!(?:of|the|for|and|to|in|at|on|with|from|by|a|an)\b)[a-z]+)\b"
)


# The subject of a sentence's first clause and its past-tense verb ("The Kyrgyz border force blamed ...")
_CLAUSE_SUBJECT = re.compile(
    rf"^\s*(?:[A-Z][\w’'\-]*\s+[^,:]{{0,60}},\s+)?{_SUBJECT}(?:,[^,:]{{3,120}},)?\s+{_PREFIX}"
    rf"(?P<cue>[a-z]+ed|{'|'.join(sorted(lexicon.IRREGULAR_VERBS))})\b"
)


_NAME_LABEL = re.compile(
    rf"^\s*(?:\[[^\]]{{1,30}}\]\s*)?(?P<subj>{_CAP}[\w’'\-]+(?:\s+{_CAP}[\w’'\-]+){{1,3}})"
    r"(?:,[^:“”\"«»]{0,120})?(?:\s*\([^)]{0,60}\))?\s*:\s*$"
)


# "Added Aralsk mayor Mukhtar Urazbayev: “...": the verb first, then who speaks
_INVERTED_LEAD = re.compile(r"^\s*(?P<verb>[A-Z][a-z]+)\s+(?P<subj>[^:“”\"«»]{2,120}?)\s*:\s*$")


def _colon_subject(before: str) -> tuple[str, str, int] | None:
    """'Deputy Prime Minister Kanat Yessenov outlined the programme: “...' -> the sentence subject;
    a transcript label '[SOUNDBITE] Zhenis N., resident of Koktal (speaking Kazakh): “...' -> the name."""
    inverted = _INVERTED_LEAD.match(before)
    if inverted and inverted.group("verb").lower() in lexicon.LEADING_VERBS:
        return inverted.group("subj"), inverted.group("verb").lower(), inverted.start("subj")
    label = _NAME_LABEL.match(before)
    if label:
        return label.group("subj"), ":", label.start("subj")
    m = _COLON_SUBJECT.match(before)
    if not m or not _subject_ok(m.group("subj")) or m.group("subj").split()[0].lower() in lexicon.UNNAMED_DETERMINERS:
        return None
    subj = m.group("subj")
    if subj.split()[0] in lexicon.SENTENCE_STARTERS and subj.split()[0] != "The":
        return None
    return subj, m.group("cue"), m.start("subj")


_WHO_THEN = re.compile(rf"(?P<name>{_CAP}[\w’'\-]+(?:\s+{_CAP}[\w’'\-]+){{1,3}}),\s+who\b[^,.;“”\"«»]{{0,80}}$")
_COORDINATED = re.compile(
    rf"(?P<name>{_CAP}[\w’'\-]+(?:\s+{_CAP}[\w’'\-]+){{0,5}}),?\s+(?:also\s+)?[a-z]+ed\b(?:\s+[a-z][\w\-’']*){{0,6}}\s+and$"
)


def _subject_before(before: str, verb_at: int) -> tuple[str, int] | None:
    """The subject standing before a verb, skipping adverbs and an appositive between commas."""
    left = before[:verb_at].rstrip()
    words = left.split(" ")
    while words and words[-1].lower() in lexicon.VERB_PREFIXES:
        words.pop()
    left = " ".join(words).rstrip()
    # a subject stands within the last few words: search only there (these searches end at $)
    base = max(0, len(left) - 200)
    window = left[base:]
    relative = _WHO_THEN.search(window)
    if relative:  # "Alexander Lukashenko, who at the summit on January 10 said": the antecedent
        return relative.group("name"), base + relative.start("name")
    coordinated = _COORDINATED.search(window)
    if coordinated:  # "Amir Khan Muttaqi expressed regret and said": the subject of both verbs
        return coordinated.group("name"), base + coordinated.start("name")
    open_appositive = _OPEN_APPOSITIVE.search(window)
    if open_appositive:
        # "Katy Cojuhari, head of the ... department commented": the name, not the department
        return open_appositive.group("name"), base + open_appositive.start("name")
    if window.endswith(","):
        inner = window[:-1]
        comma = inner.rfind(",")
        if comma != -1:
            enclosed = inner[comma + 1 :].strip()
            relative = enclosed.split(" ", 1)[0] in _RELATIVE_WORDS  # "Putin, who embraced President X,"
            if not relative and (_NAME_ONLY.fullmatch(enclosed) or _ROLE_THEN_NAME.fullmatch(enclosed)):
                # "His lawyer, Sergei Ostapenko, called": the name between the commas
                return enclosed, base + comma + 1 + (len(inner[comma + 1 :]) - len(inner[comma + 1 :].lstrip()))
            # "Maulen Ashimbazev, Chairman of the Senate, emphasized": skip back over the appositive
            window = inner[:comma].rstrip()
    of_org = _PERSON_OF_ORG.search(window)
    if of_org and not any(
        t in lexicon.NOT_NAME_WORDS or t in lexicon.TITLE_WORDS for t in of_org.group("name").split()
    ):
        return of_org.group("name"), base + of_org.start("name")  # "Anna Kowalska of the European Commission said"
    m = _SUBJECT_AT_END.search(window)
    if m and m.group("subj").split()[0].lower() in ("which", "whom", "that", "who"):
        rest = m.group("subj").split(None, 1)[1:]  # "France, which Idrisov called": Idrisov
        if rest and _subject_ok(rest[0]):
            return rest[0], base + m.end("subj") - len(rest[0])
    if not m or not _subject_ok(m.group("subj")):
        return None
    return m.group("subj"), base + m.start("subj")


_SUBJECT_AT_END = re.compile(rf"{_SHORT_SUBJECT}$")
_RELATIVE_WORDS = frozenset("who whom whose which that where when".split())
# "journalist Kubanychbek Mambetov" between commas (a lower-case role, then the name)
_ROLE_THEN_NAME = re.compile(
    rf"(?:{_CAP}[\w’'\-]*\s+)?(?:[a-z][\w’'\-]*\s+){{1,4}}{_CAP}[\w’'\-]+(?:\s+{_CAP}[\w’'\-]+){{1,2}}"
)
_NAME_ONLY = re.compile(rf"{_CAP}[\w’'\-]+(?:\s+{_CAP}[\w’'\-]+){{1,3}}")
# a set-apart quotation's credit on the line below: "— Taalaibek Ibraev, Minister of Energy"
_CREDIT_LINE = re.compile(
    rf"\n[ \t]*\n?[ \t]*[–—―-][ \t]*(?P<name>{_NAME_ONLY.pattern})(?:,[ \t]+(?P<role>[^\n]{{2,120}}?))?\.?[ \t]*(?:\n|$)"
)
_PERSON_OF_ORG = re.compile(
    rf"(?P<name>{_CAP}[\w’'\-]+(?:\s+{_CAP}[\w’'\-]+){{1,3}})\s+(?:of|from|at)\s+(?:the\s+)?"
    # "of the Bishkek-based group Green Naryn": where it is based and what kind of body it is, then its name
    rf"(?:[\w’'\-]+-based\s+)?(?:(?:{'|'.join(sorted(lexicon.ORG_HEADS))})\s+)?"
    rf"(?:{_CAP}[\w’'\-]*\s*|of\s+|and\s+|for\s+){{1,8}}$"
)


_OPEN_APPOSITIVE = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'\-]+(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'\-]+){1,3}),\s+"
    r"(?:[\w’'\-]+\s+){0,2}?(?:" + "|".join(sorted(lexicon.ROLE_HEADS)) + r")\s+(?:of|at|for)\b[^,;:]*$"
)


def _subject_ok(subj: str) -> bool:
    words = subj.split()
    if not words:
        return False
    if words[0].lower() in lexicon.UNNAMED_DETERMINERS:
        return len(words) >= 2
    if words[-1] in lexicon.UNNAMED_GROUPS and all(w.islower() for w in words):
        return True  # "agriculture officials"
    if words[0].lower() in ("he", "she", "they", "it", "him", "her") and len(words) == 1:
        return True
    if words[0].lower() in ("he", "she", "they", "it", "him"):
        return False
    if words[0].lower() in ("that", "which", "who", "whom", "this", "these"):
        return False
    if words[0].lower() in ("his", "her", "their", "its"):
        return len(words) >= 2 and words[-1].lower() in lexicon.ROLE_HEADS | lexicon.ORG_HEADS
    if (
        words[-1] in lexicon.DOCUMENT_NOUNS
        and len(words) <= 2
        and words[0].lower()
        in lexicon.DOCUMENT_NOUNS
        | {
            "official",
            "joint",
        }
    ):
        return True
    if words[0].lower() == "the":
        return 2 <= len(words) <= 21  # "the prosecutor", "the Chairman of the Agency ... of Tajikistan"
    if words[0].endswith(("’s", "'s")) and words[-1] in lexicon.ORG_HEADS:
        return True  # "Kazakhstan's emergency situations ministry"
    return words[-1][:1].isupper() and words[-1] not in lexicon.SENTENCE_STARTERS


def _inverted_subject_ok(subj: str) -> bool:
    """After the verb ("said Nikolai Podguzov", "said the minister") a subject must name someone;
    "described the economy as" has an object there, not a speaker."""
    words = subj.split()
    if not _subject_ok(subj) or _is_pronoun_object(subj):
        return False
    if words[0].lower() == "the":
        head = words[-1].lower()
        return head in lexicon.ROLE_HEADS or head in lexicon.ORG_HEADS or words[-1] in lexicon.TITLE_WORDS
    return True


def _trim_subject(subj: str) -> str:
    return subj.strip().rstrip(",")


def _is_pronoun_object(subj: str) -> bool:
    return subj.lower() in ("him", "her", "them", "it")


def _appositive(after: str, subj_end: int) -> str | None:
    m = re.match(r",\s+([^,.;“”\"«»]{3,140})", after[subj_end:])
    if not m:
        return None
    words = m.group(1).split()
    verb = next((i for i, w in enumerate(words) if w in lexicon.REPORTING_VERBS), None)
    if verb is not None:  # ", director of the Service told EurasiaNet": the role ends before the verb
        words = words[:verb]
    if not words:
        return None  # ",    “...": nothing but spaces after the comma
    phrase = " ".join(words)
    first = words[0].lower().rstrip("’s'")
    if first in lexicon.ROLE_HEADS or words[0] in lexicon.TITLE_WORDS or "’s" in words[0]:
        return phrase
    return None


def _is_title(before: str, inner: str, words: list[str], cue_after) -> bool:
    """A name or title in marks: “Strategy 2050”, the poem “Manas”, a Decree “On ...”."""
    lead = [w.lower() for w in _WORDS.findall(before[-40:])[-2:]]
    if any(w in lexicon.PARTIAL_CUE_VERBS for w in _WORDS.findall(before[-40:])[-4:]):
        return False  # "called the decree “a long-awaited step”": words about it, not its title
    if lead and (lead[-1] in lexicon.TITLE_NOUNS or lead[-1] in ("titled", "entitled", "named")):
        return True  # a Decree “On ...”, the poem “Manas”
    if len(lead) == 2 and lead[-1] == "of" and lead[0] in lexicon.TITLE_NOUNS:
        return True  # the doctrine of “Two Countries, One Nation”
    if len(words) <= 12 and is_title_case(inner) and not cue_after:
        return True
    return len(words) == 1 and not cue_after and not _NAMED_AS.search(before[-20:])


_NAMED_AS = re.compile(r"\b(?:as|it|them|him|her)\s*$")  # "described it as “optimistic”", "calling them “lies”"


def _modifies_noun(after: str) -> bool:
    m = re.match(r"\s+([a-z][\w\-]*)", after)
    return bool(m) and m.group(1) not in _CONTINUATION_WORDS and m.group(1) not in lexicon.REPORTING_VERBS


_SENTENCE_BREAK = re.compile(r"(?<!\b[A-Z])[.!?][”\"»’]?\s")  # "U.N. " is no break


def _continues(text: str, previous: QuoteSpan, open_at: int, words: list[str], inner: str) -> bool:
    """A quotation with no cue right after a quoted speaker's words goes on with them."""
    if previous.cue is None or not inner[:1].isupper() or open_at - previous.end >= 200:
        return False
    gap = text[previous.end : open_at]
    if len(words) < 4:  # “Growth comes first.” just after “...,” she said.
        return len(words) >= 2 and len(gap) < 40 and "\n" not in gap
    # only the attribution may stand between: “...,” he said. “...” — not another sentence of narrative,
    # unless the quotation opens the next paragraph
    paragraph_start = text[open_at - 1 : open_at] == "\n"
    narrative = len(_SENTENCE_BREAK.findall(gap)) > 1 or ("\n" in gap and not paragraph_start)
    return len(gap) < 200 and "\n\n" not in gap and not narrative
