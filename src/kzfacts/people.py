"""Pure: the entity model of one article: who is mentioned, by what names, roles and jobs, which
organisations act and issue statements, and who "he", "the President" or "the statement" is at a point.

A person is a run of capitalised words with a sign of being a person: a title before it
("President Kassym-Jomart Tokayev"), a role after it ("Nikolai Podguzov, Chairman of ..."), or a
reporting verb beside it. Later surname-only mentions ("Vassilenko", also spelled "Vasilenko") resolve
to the full name. Everything is built once per article and kept sorted by position, so each question
the quote rules ask is a bisection, never a rescan (linear time in the article's length).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kzfacts import lexicon, roles

_TOKEN = r"(?:(?:[A-Z]\.){2,}|[A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'.\-/]*[\w](?:s['’](?!\w))?|[A-ZА-ЯЁ]\.)"  # "U.S.", "Tokayev’s"
# A run of capitalised tokens separated by single spaces (possessive 's ends the run).
CAPS_RUN = re.compile(rf"{_TOKEN}(?:\s{_TOKEN})*")
# An organisation's name may hold small words: "National Bank of Kazakhstan", "Ministry of Energy".
ORG_RUN = re.compile(rf"(?:[Tt]he\s+)?(?P<org>{_TOKEN}(?:(?:\s(?:of|for|and|on|de|the|in))*\s{_TOKEN})*)(?=\s+[a-z]|,)")
# "X, the country’s second-largest company": the appositive says X is an organisation
_ORG_APPOSITIVE = re.compile(
    r",\s+(?:the|a|an|its|[A-Z][\w\-]*[’']s)\s+[^,.;]{0,60}?\b(?P<head>\w+)\b\s*(?:by\s+\w+\s*)?[,.;]"
)
_COMMA_VERB = re.compile(r",\s+([a-z]+)\b")
_NEXT_WORD = re.compile(r"\s*(?:,[^,.“”\"«»]{0,120}?,\s*)?([a-z][a-z\-]*)")
# Words after a name that show it is not the subject of a verb.
_NOT_VERBS = frozenset(
    """
    and or of in on at to for from by with as than that which who whom whose the a an but nor
    is are was were be been being
    """.split()
)
# "is", "was", "has" after a name still make it the subject; kept apart from _NOT_VERBS above.
_SUBJECT_AUX = frozenset("is was has had will would could can may might also".split())


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str  # canonical full name
    role: str | None
    is_subject: bool


_OWNERS_DOCUMENT = re.compile(
    r"^(?:the\s+)?(?P<owner>[^’']+)[’']s\s+(?:\w+\s+)?(?:" + "|".join(lexicon.DOCUMENT_NOUNS) + r")$"
)
_DOCUMENT_FROM = re.compile(
    r"^(?:a|an|the|its|their)\s+(?:\w+\s+)?(?:"
    + "|".join(lexicon.DOCUMENT_NOUNS)
    + r")\s+(?:from|by|of|issued by)\s+(.+)$"
)


_TICKER = re.compile(r"[A-Z]{1,5}\.[A-Z]{1,2}")
_GLUED_INITIAL = re.compile(r"^(?:[A-ZА-ЯЁ][a-zа-яё]?\.)+(?P<surname>[A-ZА-ЯЁ][\w’'\-]+)$")
_GLUED_INITIALS = re.compile(r"\b([A-ZА-ЯЁ][a-zа-яё]?\.)(?=[A-ZА-ЯЁ][a-zа-яё])")


def translit_key(word: str) -> str:
    """One key for the Latin spellings of a Central Asian name: Zhaparov/Japarov, Toqayev/Tokayev,
    Jeenbekov/Zhenbekov, Berdimuhamedov/Berdymukhamedov.

    >>> translit_key("Zhenbekov") == translit_key("Jeenbekov"), translit_key("Toqayev") == translit_key("Tokayev")
    (True, True)
    """
    key = word.lower()
    for a, b in lexicon.TRANSLITERATIONS:
        key = key.replace(a, b)
    return key.replace("y", "i")


def _without_tickers(tokens: list[str]) -> str:
    """An organisation's name as written, without a stock ticker or a possessive ending."""
    name = " ".join(t for t in tokens if not _TICKER.fullmatch(t))
    return name[:-2] if name.endswith(("’s", "'s")) else name


def normalise_name(name: str) -> str:
    """Collapse spaces and fix ALL-CAPS surnames: 'Emmanuel DUPUY' -> 'Emmanuel Dupuy'."""
    parts = []
    for part in _GLUED_INITIALS.sub(r"\1 ", name).split():  # "M.Archayev" -> "M. Archayev"
        if _TICKER.fullmatch(part):
            continue  # "Chevron CVX.N": a stock ticker, not part of the name
        if len(part) > 3 and part.isupper():
            part = "-".join(p.capitalize() for p in part.split("-"))
        parts.append(part)
    return " ".join(parts)


def split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Leading title and country words apart from the name: 'Kyrgyz President Sadyr Japarov',
    'Deputy Agriculture Minister Asel Tokhtarova' (the name follows the last title word)."""
    i = 0
    while i < len(tokens) and _is_title_or_place(tokens[i]):
        i += 1
    last_title = max((j for j, t in enumerate(tokens[:-1]) if _is_title_word(t)), default=-1)
    i = max(i, last_title + 1)
    if len(tokens) - i > 3:  # "Natural Resources Azamat Kuspanov": a name is two or three words
        i = len(tokens) - 2
    return tokens[:i], tokens[i:]


def _is_title_or_place(token: str) -> bool:
    bare = token.rstrip(".")
    return (
        _is_title_word(token)
        or bare in lexicon.TITLE_WORDS
        or bare.lower() in lexicon.ROLE_HEADS  # "Economist Nurlan Sagyndykov" at a sentence start
        or token in lexicon.NOT_NAME_WORDS
        or token.endswith(("’s", "'s"))
        or token in ("U.S.", "U.K.", "UN", "EU")
        or (len(token) >= 2 and token.isupper() and token.isalpha())  # "IPI Scott Griffen": an affiliation
    )


def _name_ok(tokens: list[str]) -> bool:
    """2 to 4 name words; "First President" (a title last) is no name."""
    return (
        bool(tokens)
        and len(tokens) <= 4
        and not any(t in lexicon.NOT_NAME_WORDS for t in tokens)
        and not _is_title_word(tokens[-1])
    )


class PeopleIndex:
    """Person mentions of one article, in text order, with surname and title aliases."""

    def __init__(self, text: str, spans: list[tuple[int, int]], earlier: dict[str, str] | None = None):
        """`earlier`: name part -> full name of the people the file's earlier articles named ("Lavrov"
        after a subheading that began a new article), consulted only when this article does not say."""
        self.text = text
        self._earlier = earlier if earlier is not None else {}
        self.mentions: list[Mention] = []
        self.by_surname: dict[str, str] = {}
        self._by_sound: dict[str, str] = {}  # transliteration key of each name part -> full name
        self.roles: dict[str, str] = {}
        self.organisations: list[tuple[int, str]] = []  # (position, name) of organisations acting as subjects
        self.weak_names: dict[str, str] = {}  # surname -> a two- or three-word name seen without a person signal
        self._unnamed: list[int] = []  # where an unnamed person is the subject ("A senior official said")
        for start, end in spans:
            self._scan_organisations(start, end)
            self._scan_unnamed(start, end)
        # where the organisations found so far lie, for "is this run inside one?" by bisection
        self._org_spans = sorted((at, at + len(name) + 4) for at, name in self.organisations)
        for start, end in spans:
            self._scan(start, end, full_names_only=True)
        for start, end in spans:
            self._scan(start, end, full_names_only=False)
        self.mentions.sort(key=lambda m: m.start)
        self.organisations.sort()
        # Everything below is indexed by position, so each question costs O(log n), never a rescan.
        self._starts = [m.start for m in self.mentions]
        self._org_starts = [at for at, _ in self.organisations]
        self._subjects = [m for m in self.mentions if m.is_subject]
        # who holds which job ("prime minister", "president"), from every role any mention gave them
        self._jobs: dict[str, set[str]] = {}
        self._role_words: dict[str, set[str]] = {}
        for m in self.mentions:
            if m.role:
                self._note_role(m.name, m.role)
        for name, role in self.roles.items():
            self._note_role(name, role)
        self._holders: dict[str, list[Mention]] = {}  # job -> mentions of the people holding it, in text order
        for m in self.mentions:
            for job in self._jobs.get(m.name, ()):
                self._holders.setdefault(job, []).append(m)
        # quotations and their speakers, noted in text order as the quotes are attributed
        self.quoted: list[tuple[int, int]] = []
        self._spoken: list[Mention] = []
        self._spoken_holders: dict[str, list[Mention]] = {}
        self._spoken_orgs: list[tuple[int, str]] = []
        self._spoken_roles: list[tuple[int, str, str]] = []  # (position, head word of the role, speaker)
        # "Human Rights Watch (HRW)", or any organisation whose initials an acronym spells
        self._acronyms: dict[str, str] = {}
        for start, end in spans:
            for paren in _ACRONYM_IN_PARENS.finditer(text, start, end):  # the name is searched for only there
                m = _NAMED_ACRONYM.search(text, max(start, paren.start() - 120), paren.end())
                if m and m.end() == paren.end():
                    name = m.group("name")
                    self._acronyms.setdefault(m.group("acronym"), name[4:] if name.startswith("The ") else name)
        for _, org in self.organisations:
            # "Ministry of Foreign Affairs of the Republic of Tajikistan": MFA, MFAR, ...: each a prefix
            # (each prefix that ends before an "of": MFA for "Ministry of Foreign Affairs of ...", and the whole)
            words, initials = org.split(), ""
            for n, w in enumerate(words):
                if w[:1].isupper():
                    initials += w[0]
                ends_part = n + 1 == len(words) or words[n + 1] == "of"
                if len(initials) >= 2 and ends_part and w[:1].isupper():
                    self._acronyms.setdefault(initials, " ".join(words[: n + 1]))
        self._spelled = set(self._acronyms.values())
        self._issuers: list[tuple[int, str]] = []  # (position, who) of statements and reports, in text order
        for start, end in spans:
            for m in _ISSUED_BY.finditer(text, start, end):
                self.note_issuer(m.start(), m.group("org").removeprefix("the "))
        # "The President noted that ...": a descriptor as the subject puts its holder in focus
        self._described: list[Mention] = []
        for start, end in spans:
            for the in _THE.finditer(text, start, end):  # the costly pattern only where a clause opens
                if not _clause_start(text, start, the.start()):
                    continue
                m = _DESCRIBED_SUBJECT.match(text, the.start(), end)
                if m and roles.is_descriptor(m.group("d").split()):
                    person = self.titled(m.group("d"), m.start())
                    if person:
                        self._described.append(Mention(m.start(), m.end("d"), person, m.group("d"), True))

    def _note_role(self, name: str, role: str) -> None:
        self._jobs.setdefault(name, set()).update(roles.role_jobs(role))
        self._role_words.setdefault(name, set()).update(w.lower() for w in role.split())

    # -- building -------------------------------------------------------------------------------
    def _scan_unnamed(self, start: int, end: int) -> None:
        for m in _UNNAMED_PERSON.finditer(self.text, start, end):
            after = self.text[m.end() : min(end, m.end() + 160)]
            appositive = self.text[max(start, m.start() - 2) : m.start()].strip() == ","  # "X, a spokesman, said"
            if (
                _clause_start(self.text, start, m.start())
                and not appositive
                and not _comma_name(after)
                and _followed_by_verb(after, True)
            ):
                self._unnamed.append(m.start())

    def _scan_organisations(self, start: int, end: int) -> None:
        """Names at the head of a clause that act ("The National Bank of Kazakhstan left ...", "The US
        embassy in Tajikistan said ...")."""
        for head in _OFFICE_HEAD.finditer(self.text, start, end):  # the costly pattern only around its head
            m = _OFFICE_OF.search(self.text, max(start, head.start() - 24), min(end, head.end() + 120))
            at = m.start("head" if m and m.group("head") else "kind") if m else -1
            if at == head.start() and _followed_by_verb(self.text[m.end() : m.end() + 80]):
                self.organisations.append((m.start("org"), m.group("org")))
        for head in _ORG_HEAD_WORD.finditer(self.text, start, end):  # look back from each kind-of-org word
            m = _KIND_OF_ORG.search(self.text, max(start, head.start() - 60), head.end() + 40)
            if not m or not (m.start("head") == head.start()):
                continue
            first = m.group("org").split()[0]
            if (
                first not in lexicon.SENTENCE_STARTERS
                and _clause_start(self.text, start, m.start())
                and _followed_by_verb(self.text[m.end() : m.end() + 80])
            ):
                self.organisations.append((m.start("org"), m.group("org")))
        for m in ORG_RUN.finditer(self.text, start, end):
            tokens = m.group("org").split()
            owner = next((i for i, t in enumerate(tokens[:-1]) if t.endswith(("’s", "'s"))), None)
            if owner is not None and tokens[owner + 1].lower() in lexicon.ORG_HEADS:
                tokens = tokens[owner + 1 :]  # "Kazakhstan’s Ministry for Emergency Situations": the ministry
            elif owner is not None:  # "HRW's Syinat Sultanalieva": the organisation is the owner
                tokens = tokens[: owner + 1]
                tokens[-1] = tokens[-1][:-2]
            if len(tokens) > 2 and tokens[1] == "of" and tokens[0].lower() not in lexicon.ORG_HEADS:
                tokens = tokens[2:] if not tokens[2].islower() else tokens[3:]  # "Customers of Altyn Dala Bank"
            if not tokens:
                continue
            if not _org_like(tokens) or any(_bare(t) in lexicon.TITLE_WORDS for t in tokens):
                continue
            after = self.text[m.end() : m.end() + 80]
            apposed = _ORG_APPOSITIVE.match(after)
            acting = _followed_by_verb(after) and _clause_start(self.text, start, m.start())
            if acting or (apposed and apposed.group("head").lower() in lexicon.ORG_HEADS):
                self.organisations.append((m.start(), _without_tickers(tokens)))

    def _scan(self, start: int, end: int, full_names_only: bool) -> None:
        text = self.text
        for m in CAPS_RUN.finditer(text, start, end):
            run = m.group()
            if " " not in run:
                if not full_names_only and run not in lexicon.NOT_NAME_WORDS:
                    self._single(m, start, end)
                continue  # single capitalised words are resolved in the second pass
            tokens = run.split(" ")
            if tokens[0].lower() in lexicon.LEADING_VERBS and _lower_role_after(text, m.end()):
                continue  # "Added Aralsk mayor X: ...": a verb, then the speaker ("Said Khamidov" is a name)
            # a possessive ends the name: "Tokayev’s vision"
            possessive = tokens[-1].endswith(("’s", "'s"))
            if possessive:
                tokens[-1] = tokens[-1][:-2]
            titles, name = split_title(tokens)
            if (
                len(name) == 3
                and not titles
                and _ENDS_WITH_PREPOSITION.search(_role_prefix(text, start, m.start()) or "")
            ):
                titles, name = name[:1], name[1:]  # "Ambassador of Uzbekistan to" + "Ukraine Alisher Abdualiev"
            if not _name_ok(name) or name[-1].endswith("."):
                continue
            name_start = m.start() + sum(len(t) + 1 for t in titles)
            name_end = m.end() - (2 if possessive else 0)
            after = text[name_end : min(end, name_end + 160)]
            apposed = text[max(start, m.start() - 2) : m.start()] == ", " or bool(
                _lower_role_before(text, start, m.start())
            )  # "Her husband, journalist Kubanychbek Mambetov, wrote"
            if _outlet_credit(text, start, m.start(), after):
                continue  # "..., Trend reports.": the outlet that carries the story speaks for no one
            kind_before = text[max(start, m.start() - 24) : m.start()].split()[-1:]
            if kind_before and kind_before[0] in lexicon.GENERIC_ORG_HEADS and not titles:
                # "the Bishkek-based group Green Naryn": a body's name, not a person's
                self.organisations.append((m.start(), _without_tickers(tokens)))
                continue
            is_subject = _subject_here(text, start, m.start(), not possessive and _followed_by_verb(after, apposed))
            verb_before = _reporting_verb_before(text, start, name_start)
            titled = any(_bare(t) in lexicon.TITLE_WORDS for t in titles)
            # a role needs a title word: "Kyrgyz President", not "Energy" or "Uzbekistan" before a name
            role = (
                " ".join(_drop_starters(titles))
                if any(_is_title_word(t) or _bare(t).lower() in lexicon.ROLE_HEADS for t in titles)
                else None
            )
            if (len(name) == 1) == full_names_only:
                continue  # full names first (first pass), then surnames that may refer to them
            if len(name) == 1:
                full = self.known(name[0])
                spoke = (verb_before and not is_subject) or (is_subject and _reporting_verb_after(after))
                if full is None and (titled or spoke) and not name[0].isupper():
                    full = normalise_name(name[0])
                if full:
                    self.mentions.append(Mention(name_start, name_end, full, role, is_subject))
                continue
            appositive = _appositive_role(after)
            prefix = _role_prefix(text, start, m.start())
            if prefix and not titled:  # "Vice Minister of" + "Agriculture Amanbek Dauletov"
                role = " ".join([prefix] + titles)
                titled = True
            before_role = _role_before(text, start, name_start) if not titles else None
            lower_role = _lower_role_before(text, start, m.start()) if not titles else None
            role = role or lower_role or before_role or appositive
            has_role = titled or bool(appositive or before_role or lower_role)
            verb_like = is_subject and _verb_like(after, apposed)
            inside = _inside(self._org_spans, m.start())
            if not has_role and verb_like and _org_like(tokens) and not inside:
                self.organisations.append((m.start(), _without_tickers(tokens)))
            opens_sentence = _clause_start(text, start, m.start()) and text[m.start() - 2 : m.start() - 1] != ","
            named_org = tokens[-1].lower() in lexicon.ORG_HEADS
            if opens_sentence and not is_subject and not possessive and not named_org:
                is_subject = True  # "Asel Mamytova and her husband have been saving ..."
            if len(name) in (2, 3) and not named_org:
                self.weak_names.setdefault(name[-1].lower(), normalise_name(" ".join(name)))
            according = bool(_ACCORDING_TO.search(text[max(start, m.start() - 80) : m.start()]))
            if (
                has_role
                or verb_before
                or verb_like
                or (according and not named_org)  # "according to the ministry's representative X"
                or (opens_sentence and len(name) >= 2 and not named_org)
            ):
                full = normalise_name(" ".join(name))
                self._add_person(full, role)
                # "said Dana Zhaksylykova, a spokeswoman": the speaker of the sentence is its subject
                self.mentions.append(Mention(name_start, name_end, full, role, is_subject or verb_before))

    def _single(self, m: re.Match, start: int, end: int) -> None:
        """One capitalised word: a surname seen before, or a new name beside a reporting verb."""
        text = self.text
        name, name_end = m.group(), m.end()
        possessive = name.endswith(("’s", "'s"))
        if possessive:
            name, name_end = name[:-2], name_end - 2
        if name.endswith(".") or not name:
            return
        full = self.known(name) or self.weak_names.get(name.lower())
        after = text[name_end : min(end, name_end + 160)]
        if _outlet_credit(text, start, m.start(), after):
            return
        if full is None:
            if name.isupper() or name in lexicon.NOT_NAME_WORDS or name in lexicon.TITLE_WORDS:
                return  # (a title alone is no name: "the President also expressed ...")
            prev = text[max(start, m.start() - 12) : m.start()].split()
            if prev and prev[-1].lower() in lexicon.PLACE_PREPOSITIONS:
                return  # "in Shymkent", "from Almaty": a place
            is_subject = not possessive and _followed_by_verb(after)
            verb_before = _reporting_verb_before(text, start, m.start())
            if not ((verb_before and not is_subject) or (is_subject and _reporting_verb_after(after))):
                return
            full = normalise_name(name)
        else:
            is_subject = _subject_here(text, start, m.start(), not possessive and _followed_by_verb(after))
        self.mentions.append(Mention(m.start(), name_end, full, None, is_subject))

    def _add_person(self, full: str, role: str | None) -> None:
        # any part of the name may stand for it later ("Vassilenko"; "Chen" of "Chen Mingyu")
        for part in reversed(full.split()):
            self.by_surname.setdefault(part.lower(), full)
            self._by_sound.setdefault(translit_key(part), full)  # "Zhenbekov" for "Jeenbekov"
        self.by_surname.setdefault(full.lower(), full)
        if role:
            self.roles.setdefault(full, role)

    def known(self, word: str) -> str | None:
        """The full name a single word stands for, allowing for another spelling of it."""
        glued = _GLUED_INITIAL.match(word)  # "N.Nazarbayev"
        if glued:
            word = glued.group("surname")
        low = word.lower()
        return (
            self.by_surname.get(low)
            or (self._by_sound.get(translit_key(word)) if len(low) >= 5 else None)
            or self._earlier.get(low)
        )

    # -- questions --------------------------------------------------------------------------------
    def resolve(self, phrase: str, pos: int) -> tuple[str | None, str | None]:
        """A subject phrase at `pos` ("he", "President Tokayev", "the presidential press service")
        -> (speaker, role), an organisation's acronym spelled out. None when the text does not say."""
        speaker, role = self._resolve(phrase, pos)
        person = speaker and not any(w in lexicon.NOT_NAME_WORDS for w in speaker.split())
        if person and role and role.endswith(" " + speaker):  # "Prime Minister of Kyrgyzstan X" as X's role
            role = role[: -len(speaker)].strip(" ,") or None
        return self.spelled_out(speaker, pos), role

    def spelled_out(self, name: str | None, pos: int | None = None) -> str | None:
        """'HRW' -> 'Human Rights Watch' when the article names the organisation in full (in parentheses
        after the name, as an organisation that acts, or, given `pos`, as any capitalised name before it
        whose initials spell the acronym: "The Committee to Protect Journalists ... CPJ said")."""
        if not name:
            return name
        *lead, last = name.split()
        if not (2 <= len(last) <= 8 and last.isupper() and last.isalpha()):
            return name
        if last not in self._acronyms and pos is not None:
            spelled = self._initials_before(last, pos)
            if spelled:
                self._acronyms[last] = spelled
                self._spelled.add(spelled)
        if last not in self._acronyms:
            return name
        if lead and not all(w in lexicon.NOT_NAME_WORDS for w in lead):
            return name
        return " ".join(lead + [self._acronyms[last]])  # "Tajik MFA" -> "Tajik Ministry of Foreign Affairs"

    def _spoken_role(self, rest: list[str], pos: int) -> str | None:
        """The speaker of the last quotation whose speaker was given this role word, when `rest` is that
        one word ("the representative") and no other speaker came in between."""
        if len(rest) != 1 or not self._spoken_roles:
            return None
        i = bisect.bisect_left(self._spoken_roles, (pos,))
        if not i:
            return None
        at, word, name = self._spoken_roles[i - 1]
        latest = self._spoken[-1].start if self._spoken else -1
        k = bisect.bisect_left(self._spoken_orgs, (pos,))
        latest = max(latest, self._spoken_orgs[k - 1][0] if k else -1)
        return name if word == rest[0].lower() and latest <= at else None

    def _in_full(self, name: str, pos: int) -> str:
        """An organisation's name as given in full last before `pos`: "the Ministry of Agriculture" after
        "the Ministry of Agriculture of Kazakhstan" is that ministry."""
        if not any(w.lower() in lexicon.ORG_HEADS for w in name.split()):
            return name
        floor, at = max(0, pos - INITIALS_WINDOW), pos
        for _ in range(4):  # the last few times it was named
            at = self.text.rfind(name, floor, at)
            if at < 0:
                break
            longer = _OF_PLACE.match(self.text, at + len(name))
            if longer:
                return name + longer.group()
        return name

    def _initials_before(self, acronym: str, pos: int) -> str | None:
        """The last name within INITIALS_WINDOW characters before `pos` whose capitalised words spell
        `acronym` (small words between them allowed: "Committee to Protect Journalists" for CPJ)."""
        small = r"(?:\s+(?:of|for|and|on|the|in|to|de|against|at)\b)*\s+"
        pattern = re.compile(r"\b" + small.join(re.escape(c) + r"[\w’'\-]*" for c in acronym) + r"\b")
        found = None
        for m in pattern.finditer(self.text, max(0, pos - INITIALS_WINDOW), pos):
            words = m.group().split()
            if acronym in lexicon.COUNTRY_ACRONYMS or any(w.endswith(("’s", "'s")) for w in words):
                continue  # "the US said" after "Uzbekistan’s Senate": no expansion
            if m.group() != acronym and not any(_is_title_word(w) for w in words if w[:1].isupper()):
                found = m.group()
        return found

    def _resolve(self, phrase: str, pos: int) -> tuple[str | None, str | None]:
        """A subject phrase at `pos` ("he", "President Tokayev", "the presidential press service")
        -> (speaker, role). None when the text does not say."""
        phrase = phrase.strip(" ,–—-")
        low = phrase.lower()
        last = phrase.rsplit(None, 1)
        if len(last) == 2 and last[1].lower() in lexicon.SUBJECT_PRONOUNS:
            return self._resolve(last[1], pos)  # "In a separate statement he said": he
        pronoun = low in lexicon.SUBJECT_PRONOUNS or low in lexicon.GROUP_PRONOUNS or low == "it"  # "HE said"
        if (
            phrase.isupper()
            and phrase.isalpha()
            and 2 <= len(phrase) <= 8
            and phrase not in lexicon.TITLE_WORDS
            and not pronoun
        ):
            return self.spelled_out(phrase, pos), None  # "CPJ said": the Committee to Protect Journalists, or CPJ
        if low == "it":  # "..., it said in a statement": the organisation named last
            return self.last_organisation(pos), None
        if low in lexicon.GROUP_PRONOUNS:
            return None, None  # "they said", "we said": a group the text does not name here
        if low in lexicon.SUBJECT_PRONOUNS or low in ("him", "her"):
            person = self.salient(pos)
            return (person, self.roles.get(person)) if person else (None, None)
        if _OWNED_ORG.match(phrase):
            return phrase, None  # "Kazakhstan's emergency situations ministry"
        issuer = _DOCUMENT_FROM.match(phrase) or _OWNERS_DOCUMENT.match(phrase)
        if issuer:  # "a statement from the Kazakh Energy Ministry", "the Cabinet's statement"
            return self._resolve(issuer.group(1), pos)
        words = phrase.split()
        if len(words) == 2 and words[0].lower() in ("official", "joint") and words[1] in lexicon.DOCUMENT_NOUNS:
            return self.issuer(pos), None  # "official statement says"
        if len(words) == 1 and words[0][:1].isupper() and words[0].lower() in lexicon.ORG_HEADS:
            return self.organisation(words[0], pos), None  # "Cabinet said": the cabinet named before
        if words and all(w.islower() for w in words[1:]) and words[-1].lower() in lexicon.UNNAMED_GROUPS:
            return None, None  # "agriculture officials said", "Relatives described it as ..."
        if len(words) == 1 and words[0].lower() in lexicon.DOCUMENT_NOUNS:
            return self.issuer(pos), None  # "statement said"
        if len(words) >= 2 and words[0].lower() in ("a", "an") and words[1].lower() in lexicon.DOCUMENT_NOUNS:
            return self.issuer(pos), None  # "a statement on its website said"
        if words and words[0].lower() in lexicon.UNNAMED_DETERMINERS:
            spokes = _SPOKESPERSON_FOR.match(phrase)
            if spokes:  # "a spokesman for the Civic Assistance Committee": the body speaks through them
                return self._resolve(spokes.group("org"), pos)[0] or spokes.group("org"), " ".join(words[1:])
            heads = [w for w in words[1:-1] if w.lower() in lexicon.ORG_HEADS]
            if heads and words[-1].lower() in lexicon.SPOKESPERSON_WORDS:  # "a ministry spokesman said"
                org = self.organisation(heads[-1], pos)
                if org:
                    return org, " ".join(words[1:])
            return None, " ".join(words[1:]) or None  # "one resident", "a source in the government"
        if len(words) >= 3 and words[0].endswith(("’s", "'s")) and words[1].islower():
            k = next((i for i in range(2, len(words)) if words[i][:1].isupper()), None)
            if k and all(w[:1].isupper() for w in words[k:]):  # "Kolyadin’s coach Anatoly Poiskovoy"
                return self._resolve(" ".join(words[k:]), pos)[0], " ".join(words[:k])
        lead = []
        if words and words[0][:1].islower() and words[0] != "the":
            while len(words) > 1 and words[0][:1].islower():  # "head of the mission Kristina Halvorsen"
                lead.append(words.pop(0))
        if lead and words and words[0][:1].isupper():
            speaker, role = self._resolve(" ".join(words), pos)
            role_words = [w for w in words if _bare(w) in lexicon.TITLE_WORDS or w in lexicon.NOT_NAME_WORDS]
            lead_role = " ".join(lead)
            return speaker, (role + " " + lead_role if role and role_words else lead_role)
        if words and words[0].lower() in ("the", "a", "an", "its", "their"):
            rest = words[1:]
            if len(rest) == 1 and _AGE_DESCRIPTOR.fullmatch(rest[0]):
                return self.salient(pos), None  # "the 39-year-old said": the person in focus
            repeated = self._spoken_role(rest, pos)
            if repeated:  # "a representative of the border service said ... the representative added"
                return repeated, " ".join(rest)
            if roles.is_descriptor(rest):  # "the head of state", "the Kazakh diplomat", "the premier"
                described = " ".join(rest)
                person = self.titled(described, pos) or self._untitled_subject(pos, described)
                if person or rest[-1].lower() not in lexicon.ORG_HEADS:
                    return person, described  # a descriptor is never a name: unresolved, it names nobody
            if len(rest) == 1 and rest[0].lower() in lexicon.ORG_HEADS:
                return self.organisation(rest[0], pos), None  # "the company" -> the one named before
            if rest and rest[-1].lower().rstrip("s") in lexicon.ORG_HEADS | {"spokesperson"}:
                named = self.organisation(rest[-1], pos, modifiers=rest[:-1])
                return named or " ".join(rest), None  # "the regional court" -> "Karaganda Regional Court"
            if rest and _bare(rest[0]) in lexicon.TITLE_WORDS:
                person = self.titled(" ".join(rest), pos)  # "the Chairman of the Agency ... said"
                if person:
                    return person, " ".join(rest)
            if rest and rest[0][:1].isupper():
                return self._in_full(" ".join(rest), pos), None  # "the EBRD", "the Bank"
            if len(rest) == 1 and rest[0].lower() in lexicon.DOCUMENT_NOUNS:
                return self.issuer(pos), None  # "the statement said": whoever issued the statement
            if rest and rest[-1][:1].isupper():  # "the elder Orazbekov", "the former minister Ivanov"
                return self._resolve(" ".join(w for w in rest if w[:1].isupper()), pos)
            return None, None
        tokens = [t for t in words if t]
        connectors = [j for j, t in enumerate(tokens) if t.islower()]
        head = tokens[: connectors[0]] if connectors else []
        if (len(head) >= 2 or (head and self.known(head[0]))) and not any(_is_title_or_place(t) for t in head):
            # "Almas Ibrayev of the Kazakh Grain Union": a name, then where the person works
            speaker, role = self._resolve(" ".join(head), pos)
            if tokens[connectors[0]] in ("at", "in", "on"):  # "N.Nazarbayev at the Cabinet’s meeting": a place
                return speaker, role
            return speaker, " ".join(tokens[connectors[0] :])
        if connectors and connectors[-1] < len(tokens) - 1:
            # "Minister of Science and Higher Education of the Republic of Kazakhstan Yerlan B."
            prefix, tokens = tokens[: connectors[-1] + 1], tokens[connectors[-1] + 1 :]
            speaker, role = self._resolve(" ".join(tokens), pos)
            prefix_role = " ".join(prefix)
            if role and role.endswith(prefix_role):
                return speaker, role  # the mention already carries the role before the name
            return speaker, " ".join(prefix + ([role] if role else []))
        if len(tokens) == 1 and tokens[0] in lexicon.CAPITAL_CITIES:
            return tokens[0], None  # "Moscow said": the capital speaks for its government
        titles, name = split_title(tokens)
        if not name:
            if titles:
                person = self.titled(" ".join(titles), pos)
                return (person, " ".join(titles)) if person else (None, " ".join(titles))
            return None, None
        full = (
            self.by_surname.get(" ".join(name).lower())
            or self.known(name[-1])
            or (self.weak_names.get(name[-1].lower()) if len(name) == 1 else None)
        )
        if full is None:
            full = normalise_name(" ".join(name))
        role = " ".join(titles) or self.roles.get(full)
        return full, role

    def note_speaker(self, pos: int, name: str | None, end: int | None = None, role: str | None = None) -> None:
        """A quotation from `pos` to `end`: names inside it are not who "he" means later, and its
        speaker is the subject of the discourse from here on ("..., he said" next); the role it was
        given ("a representative of the border service said") is who "the representative" is next.
        Quotations are noted in text order."""
        if end is not None and (not self.quoted or self.quoted[-1][0] <= pos):
            self.quoted.append((pos, end))
        if not name or (self._spoken and self._spoken[-1].start > pos):
            return
        head = _role_head(role) if role else None
        if head:
            self._spoken_roles.append((pos, head, name))
        if name.split()[-1].lower() in lexicon.ORG_HEADS or name in self._spelled:
            self._spoken_orgs.append((pos, name))  # an organisation spoke: "it said" may be it next
            return
        mention = Mention(pos, pos, name, self.roles.get(name), True)
        self._spoken.append(mention)
        for job in self._jobs.get(name, ()):
            self._spoken_holders.setdefault(job, []).append(mention)

    def _in_quotation(self, pos: int) -> bool:
        i = bisect.bisect_left(self.quoted, (pos,)) - 1  # the last quotation starting before pos
        return i >= 0 and pos < self.quoted[i][1]

    def _last_org_before(self, pos: int) -> int:
        return bisect.bisect_left(self._org_starts, pos)

    def organisation(self, head: str, pos: int, modifiers: list[str] = ()) -> str | None:
        """The organisation a bare "the company" / "the regional court" refers back to, if one was named
        (with the head word and every modifier in its name)."""
        head = head.lower()
        n = self._last_org_before(pos)
        for i in range(n - 1, max(-1, n - 1 - LOOKBACK), -1):
            name = self.organisations[i][1]
            words = name.lower().split()
            if head in words and all(m.lower() in words for m in modifiers):
                return name
        if modifiers and not (head in lexicon.GENERIC_ORG_HEADS and all(m.islower() for m in modifiers)):
            return None
        if head in lexicon.GENERIC_ORG_HEADS and n:  # "the company", "the global steel company": the last named
            return self.organisations[n - 1][1]
        return None

    def note_issuer(self, pos: int, name: str | None) -> None:
        """`name` issued a statement, report or post at `pos` ("X said in a statement")."""
        if name:
            bisect.insort(self._issuers, (pos, name))  # noted in any order: the article's, then the quotes

    def issuer(self, pos: int) -> str | None:
        """Who issued "the statement" at `pos`: the last issuer noted, else the last organisation."""
        i = bisect.bisect_left(self._issuers, (pos,))
        if i:
            at, name = self._issuers[i - 1]
            org = self._last_org_before(pos)
            if not org or self.organisations[org - 1][0] <= at:
                return self.spelled_out(name)
        return self.last_organisation(pos)

    def last_organisation(self, pos: int) -> str | None:
        """The organisation named (or quoted) last before `pos` ("..., it said"; "the statement said")."""
        n = self._last_org_before(pos)
        named = self.organisations[n - 1] if n else None
        k = bisect.bisect_left(self._spoken_orgs, (pos,))
        spoke = self._spoken_orgs[k - 1] if k else None
        latest = max((x for x in (named, spoke) if x), default=None)
        return latest[1] if latest else None

    def titled(self, title: str, pos: int) -> str | None:
        """The person who holds the job a title or descriptor names, last mentioned before `pos`
        ("the President" -> Tokayev; "the head of the government" -> the prime minister)."""
        jobs = roles.descriptor_jobs(title)
        # "the Tajik minister": prefer the minister whose roles say Tajik (Tajikistan)
        modifiers = [
            w.lower()[:5]
            for w in title.split()
            if w[:1].isupper() and (w in lexicon.NOT_NAME_WORDS or w in lexicon.NATIONALITIES)
        ]
        lists = [m for job in jobs for m in (self._holders.get(job, []), self._spoken_holders.get(job, []))]
        if not any(lists):
            return None
        for narrow in (True, False) if modifiers else (False,):

            def ok(m: Mention, narrow: bool = narrow) -> bool:
                words = self._role_words.get(m.name, ())
                return not narrow or all(any(w.startswith(p) for w in words) for p in modifiers)

            found = [m for m in (_last_before(mentions, pos, ok) for mentions in lists) if m]
            if found:
                return max(found, key=lambda m: m.start).name
        return min((ms[0] for ms in lists if ms), key=lambda m: m.start).name  # named only later on

    def _untitled_subject(self, pos: int, described: str = "") -> str | None:
        """The person in focus at `pos` when no title of theirs is known: an article may name a
        well-known office-holder bare ("said Nursultan Nazarbayev") and call them "the President" next;
        or anyone in focus, when nobody in the article holds the job the descriptor names ("Nadejda
        Atayeva (President of the Association ...) is confident ... said the human rights activist")."""
        mention = self._salient_mention(pos)
        if mention is None:
            return None
        if not self._jobs.get(mention.name):
            return mention.name
        if not described or described.split()[-1].lower() in lexicon.ORG_HEADS:
            return None  # ("the global steel company" is never a person)
        if any(self._holders.get(job) for job in roles.descriptor_jobs(described)):
            return None
        # the descriptor shares words with their role ("human rights activist", "... for Human Rights")
        shared = {w.lower() for w in described.split()} & self._role_words.get(mention.name, set())
        return mention.name if shared - lexicon.SPOKEN_ROLE_SKIP - lexicon.OBJECT_PREPOSITIONS else None

    def salient(self, pos: int) -> str | None:
        """The person "he" or "she" most likely means at `pos`: the latest before it of the last subject
        mentioned (outside quotations), the speaker of the last quotation and the holder of a descriptor
        subject ("The President noted ..."); else the last person mentioned at all; nobody when an
        unnamed person ("a senior official said") came after them."""
        mention = self._salient_mention(pos)
        return mention.name if mention else None

    def _salient_mention(self, pos: int) -> Mention | None:
        subject = _last_before(self._subjects, pos, lambda m: not self._in_quotation(m.start))
        spoken = _last_before(self._spoken, pos, lambda m: True)
        described = _last_before(self._described, pos, lambda m: not self._in_quotation(m.start))
        best = max((m for m in (subject, spoken, described) if m), key=lambda m: m.start, default=None)
        if best is None:
            n = bisect.bisect_left(self._starts, pos)
            best = self.mentions[n - 1] if n else None
        unnamed = bisect.bisect_left(self._unnamed, pos)
        if best and unnamed and self._unnamed[unnamed - 1] > best.start and not self._in_quotation(best.start):
            return None
        return best

    def named_subject_between(self, start: int, end: int) -> bool:
        """Whether a person is named as a subject in text[start:end] (someone new may speak next)."""
        i = bisect.bisect_left(self._subjects, start, key=lambda m: m.start)
        return i < len(self._subjects) and self._subjects[i].start < end

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """The person mentions in text[start:end], in text order."""
        return self.mentions[bisect.bisect_left(self._starts, start) : bisect.bisect_left(self._starts, end)]


_OF_PLACE = re.compile(r" of (?:the )?(?:Republic of )?[A-ZÀ-ÖØ-ÞА-ЯЁ][\w\-]+")
INITIALS_WINDOW = 3000  # how far back the name an acronym spells is looked for (once per acronym)
LOOKBACK = 64  # how many earlier mentions a reference may skip over: a bisection, then at most this many steps


def _role_head(role: str) -> str | None:
    """The noun a role is about: "representative" of "representative of the border service", "spokesman"
    of "Ministry spokesman"."""
    words = []
    for w in role.lower().split():
        if w in lexicon.OBJECT_PREPOSITIONS:
            break
        words.append(w)
    return words[-1] if words and words[-1] not in lexicon.SPOKEN_ROLE_SKIP and words[-1].isalpha() else None


def _last_before(mentions: list[Mention], pos: int, ok) -> Mention | None:
    """The last mention before `pos` (of a list in text order) that `ok` accepts, within LOOKBACK."""
    n = bisect.bisect_left(mentions, pos, key=lambda m: m.start)
    for i in range(n - 1, max(-1, n - 1 - LOOKBACK), -1):
        if ok(mentions[i]):
            return mentions[i]
    return None


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and pos < spans[i][1]


_UNNAMED_PERSON = re.compile(
    # "A senior official", "another official", "Mr Umarov's lawyer": a person the text does not name
    r"(?:\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+|(?<!\w)(?:[A-Z][\w\-]*\s+)?[A-Z][\w\-]*[’']s\s+)(?:[\w\-’']+\s+){0,4}?(?:"
    + "|".join(sorted(lexicon.ROLE_HEADS - {"head", "member", "source"}))
    + r")\b(?![\w\-])"
)
_COMMA_NAME = re.compile(r",\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'\-]+\s+[A-ZÀ-ÖØ-ÞА-ЯЁ]")


def _comma_name(after: str) -> bool:
    """', Zhanna Abenova, said': the unnamed role is an appositive of the name that follows."""
    return bool(_COMMA_NAME.match(after))


_DESCRIBED_SUBJECT = re.compile(
    r"\b[Tt]he\s+(?P<d>(?:[\w’'\-]+\s+){0,5}?[\w’'\-]+)\s+(?:also\s+|further\s+|then\s+)?(?:"
    + "|".join(sorted(lexicon.REPORTING_VERBS, key=len, reverse=True))
    + r")\b"
)
# "The US embassy in Tajikistan": capitalised words, then a lower-case kind of organisation and its place
_KIND_HEADS = "|".join(sorted(lexicon.ORG_HEADS - {"group", "authorities", "spokesperson"}, key=len, reverse=True))
_ORG_HEAD_WORD = re.compile(rf"(?<=\s)(?:{_KIND_HEADS})\b")
_KIND_OF_ORG = re.compile(
    rf"(?:[Tt]he\s+)?(?P<org>{_TOKEN}(?:\s{_TOKEN}){{0,2}}\s+(?P<head>{_KIND_HEADS})(?:\s+(?:in|of)\s+{_TOKEN})?)\b"
)
_THE = re.compile(r"\b[Tt]he\s")
# "the press service of the Kyrgyz Health Ministry told Interfax": a lower-case office of an organisation
_AGE_DESCRIPTOR = re.compile(r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old")
_OFFICE_HEAD = re.compile(r"\b(?:ministry|embassy|government|service|office)\s+of\s")
_OFFICE_OF = re.compile(
    rf"\b(?:the\s+)?(?P<org>(?:press\s+(?P<head>service|office)|(?:[a-z]+\s+)?(?P<kind>ministry|embassy|government))"
    rf"\s+of\s+"
    rf"(?:the\s+|neighbouring\s+|neighboring\s+)?{_TOKEN}(?:\s{_TOKEN}){{0,4}})"
)
_SPOKESPERSON_FOR = re.compile(
    r"^(?:an?|one|another)\s+(?:\w+\s+)?(?:spokes(?:man|woman|person)|representative|press\s+secretary)"
    r"\s+(?:for|of|at)\s+(?P<org>.+)$",
    re.I,
)
# "a statement issued by the Border Service", "a report from the ministry", "in a post by the agency"
_ISSUED_BY = re.compile(
    r"\b(?:statement|report|release|communiqu[eé]|post|message)\s+(?:issued\s+|released\s+|published\s+)?"
    rf"(?:by|from)\s+(?P<org>(?:the\s+)?{_TOKEN}(?:(?:\s(?:of|for|and|on|the|in))*\s{_TOKEN})*)"
)
_OWNED_ORG = re.compile(
    r"^[A-ZÀ-ÖØ-ÞА-ЯЁ][\w\-]*[’']s\s+(?:[a-z][\w\-]*\s+){0,4}(?:"
    + "|".join(sorted(lexicon.ORG_HEADS, key=len, reverse=True))
    + r")$"
)
_ACRONYM_IN_PARENS = re.compile(r"\([A-Z]{2,8}\)")
_NAMED_ACRONYM = re.compile(
    rf"(?P<name>{_TOKEN}(?:(?:\s(?:of|for|and|on|the|in))*\s{_TOKEN})+)\s*\((?P<acronym>[A-Z]{{2,8}})\)"
)
_OUTLET_CREDIT = re.compile(r"\s+(?:" + "|".join(sorted(lexicon.OUTLET_CREDIT_VERBS)) + r")\s*(?:[.;]|$)")
_ACCORDING_TO = re.compile(r"\b[Aa]ccording\s+to\s+(?:[^,.;:“”\"«»]{0,60}\s)?$")


def _outlet_credit(text: str, floor: int, run_start: int, after: str) -> bool:
    """'..., Trend reports.' / '..., Kazinform writes': a news outlet credited at the end of a sentence."""
    return text[max(floor, run_start - 2) : run_start] == ", " and bool(_OUTLET_CREDIT.match(after))


def _subject_here(text: str, floor: int, run_start: int, followed_by_verb: bool) -> bool:
    """A name is the subject in focus when a verb follows it and no preposition governs it ("the
    meeting with Toqayev has ..." is not about Toqayev speaking), or when "according to" introduces it."""
    window = text[max(floor, run_start - 80) : run_start]
    if _ACCORDING_TO.search(window):
        return True
    words = window.split()
    if len(words) >= 2 and words[-1] == "by" and words[-2].lower() in lexicon.REPORTING_VERBS:
        return True  # "cuts were announced by President X": the agent speaks
    if words and words[-1].lower() in lexicon.OBJECT_PREPOSITIONS:
        return False
    return followed_by_verb


def _lower_role_after(text: str, pos: int) -> bool:
    m = re.match(r"\s+([a-z][\w\-]*)", text[pos : pos + 40])
    return bool(m) and m.group(1) in lexicon.ROLE_HEADS


def _clause_start(text: str, floor: int, pos: int) -> bool:
    """Nothing but a clause opening before pos: sentence start, or after a comma or semicolon."""
    head = text[max(floor, pos - 3) : pos].rstrip()
    return pos == floor or head == "" or head[-1] in '.!?;:,\n”"–—-)'


_ROLE_PREFIX = re.compile(
    r"((?:[A-Z][\w’'\-]*\s+){1,4}(?:of|for|at|under|to|in)\s+(?:(?:the\s+)?[A-Z][\w’'\-]*\s+(?:of\s+|for\s+|and\s+|under\s+)?){0,10}(?:the\s+)?)$"
)


_ENDS_WITH_PREPOSITION = re.compile(r"\b(?:of|to|for|in|at|under)(?:\s+the)?$")


# "Ambassador of the Republic of Uzbekistan to " before "Ukraine Alisher Abdualiev"
_ENVOY_PREFIX = re.compile(
    r"((?:[A-Z][\w’'\-]*\s+){1,4}(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+(?:of\s+)?){1,4}to\s+)$"
)


def _role_prefix(text: str, floor: int, run_start: int) -> str | None:
    """'Vice Minister of ', 'Deputy Chairman of the Cabinet of ', 'Ambassador of X to ' before a
    capitalised run."""
    for pattern in (_ROLE_PREFIX, _ENVOY_PREFIX):
        m = pattern.search(text, max(floor, run_start - 160), run_start)
        if m and any(_bare(w) in lexicon.TITLE_WORDS for w in m.group(1).split()):
            return m.group(1).strip()
    return None


def _lower_role_before(text: str, floor: int, name_start: int) -> str | None:
    """'Shymkent akim ', 'Opposition activist ', 'ecologist ' just before a name -> the role."""
    window = text[max(floor, name_start - 60) : name_start]
    if not window.endswith(" "):
        return None
    words = window.split()
    if not words or not words[-1].islower():
        return None
    head = words[-1]
    if head not in lexicon.ROLE_HEADS and head.rstrip("s") not in lexicon.ROLE_HEADS:
        return None
    modifiers: list[str] = []
    for w in reversed(words[:-1]):
        if len(modifiers) == 3 or not (w[:1].isupper() or w in lexicon.ROLE_MODIFIERS) or w[-1] in ".,;:":
            break
        if w in lexicon.SENTENCE_STARTERS or w.lower() in lexicon.REPORTING_VERBS:
            break  # "Added Aralsk mayor X": the verb is not part of the role
        modifiers.insert(0, w)
    return " ".join(modifiers + [head])


def _org_like(tokens: list[str]) -> bool:
    """'Steppe Copper', 'EBRD': a name that is not a place or a lone common word."""
    if tokens[0] in lexicon.SENTENCE_STARTERS:
        return False
    if len(tokens) > 1 and tokens[-1].lower() in lexicon.ORG_HEADS:
        return True  # "National Bank", "Energy Ministry"
    if len(tokens) == 1:
        return (tokens[0].isupper() and len(tokens[0]) >= 2) or tokens[0] in lexicon.NEWS_AGENCIES
    if len(tokens) == 3 and tokens[1] == "and" and tokens[0] in lexicon.NOT_NAME_WORDS:
        return False  # "Russia and Turkmenistan": two places
    return not all(t in lexicon.NOT_NAME_WORDS for t in tokens)


def _drop_starters(titles: list[str]) -> list[str]:
    i = 0
    while i < len(titles) and titles[i] in lexicon.SENTENCE_STARTERS:
        i += 1
    return titles[i:]


def _is_title_word(token: str) -> bool:
    """'Minister', 'President’s', 'Prime-Minister' (every part a title word)."""
    bare = _bare(token)
    return bare in lexicon.TITLE_WORDS or ("-" in bare and all(p in lexicon.TITLE_WORDS for p in bare.split("-")))


def _bare(token: str) -> str:
    """'President’s' -> 'President'."""
    token = token.rstrip(".,")
    return token[:-2] if token.endswith(("’s", "'s")) else token


_APPOSITIVE = re.compile(r"^,\s+((?:[\w’'\-]+\s+){0,3}?(?P<head>[\w\-]+)\b[^,.;:“”\"«»()]{0,120})")


def _appositive_role(after: str) -> str | None:
    """', Chairman of the EDB Management Board' -> that role."""
    m = _APPOSITIVE.match(after)
    if not m:
        return None
    phrase = m.group(1).strip()
    words = phrase.split()
    heads = [i for i, w in enumerate(words[:5]) if w.lower().rstrip("’s'") in lexicon.ROLE_HEADS]
    if not heads:
        return None
    following = words[heads[0] + 1] if heads[0] + 1 < len(words) else ""
    if following[:1].isupper() and not _is_title_or_place(following):
        return None  # "Al Jazeera, President Kassym-Jomart Tokayev ..." is a new subject, not a role
    # cut a trailing clause: "..., said" / "... emphasized"
    kept = []
    for w in words:
        if w.lower() in lexicon.REPORTING_VERBS or w.lower() in ("who", "which", "has", "is", "was"):
            break
        kept.append(w)
    return " ".join(kept) or None


_ROLE_BEFORE = re.compile(
    r"(?P<role>(?:[A-Z][\w’'\-]*\s+|[a-z][\w\-]*\s+){0,3}(?:[A-Z][\w\-]*|[a-z][\w\-]*)"
    r"(?:\s+(?:of|for|at)\s+(?:the\s+)?[^,.;:]{2,80})?),\s+$"
)


def _role_before(text: str, floor: int, name_start: int) -> str | None:
    """'Chairman of the Baku Political Scientists Club, Zaur Mamedov' -> the role before the name."""
    if text[max(floor, name_start - 2) : name_start] != ", ":
        return None
    window = text[max(floor, name_start - 140) : name_start]
    m = _ROLE_BEFORE.search(window)
    if not m:
        return None
    role = m.group("role").strip()
    words = role.split()
    for i, w in enumerate(words):
        if w.lower() in lexicon.ROLE_HEADS or _bare(w) in lexicon.TITLE_WORDS:
            return " ".join(words[i:])
    return None


def _next_word(after: str, apposed: bool = False) -> str | None:
    """The word a verb would stand in after a name: 'said' in ' said', ', the president, noted',
    and, for a name that is itself an appositive (`apposed`), ', wiped' ("the astronaut’s mother,
    Roza M., wiped"); a name deeper inside an appositive ("..., a unit of X, opened") is not."""
    direct = _COMMA_VERB.match(after) if apposed else None
    if direct and (
        direct.group(1) in lexicon.REPORTING_VERBS or _finite(direct.group(1)) or direct.group(1) in _SUBJECT_AUX
    ):
        return direct.group(1)
    m = _NEXT_WORD.match(after)
    return m.group(1) if m else None


def _followed_by_verb(after: str, apposed: bool = False) -> bool:
    """'Tokayev said', 'Tokayev also emphasized', 'Tokayev, the president, noted' -> True."""
    word = _next_word(after, apposed)
    return word is not None and (word in _SUBJECT_AUX or word not in _NOT_VERBS)


def _finite(word: str) -> bool:
    return word in lexicon.IRREGULAR_VERBS or (word.endswith("ed") and len(word) > 4)


def _verb_like(after: str, apposed: bool = False) -> bool:
    """The next word looks like a finite verb: 'became', 'emphasized', 'has'."""
    word = _next_word(after, apposed)
    return word is not None and (word in lexicon.REPORTING_VERBS or word in _SUBJECT_AUX or _finite(word))


def _reporting_verb_after(after: str) -> bool:
    m = _NEXT_WORD.match(after)
    if not m:
        return False
    words = re.findall(r"[a-z]+", after[m.start(1) : m.start(1) + 40])[:3]
    for w in words:
        if w in lexicon.REPORTING_VERBS:
            return True
        if w not in lexicon.VERB_PREFIXES:
            return False
    return False


def _reporting_verb_before(text: str, floor: int, name_start: int) -> bool:
    """'... said Nikolai Podguzov': the word just before the name is a reporting verb whose subject
    follows it ("told Radio Azattyk" names the listener, not the speaker)."""
    words = text[max(floor, name_start - 30) : name_start].split()
    if not words:
        return False
    verb = words[-1].strip(',;:”"').lower()
    return verb in lexicon.REPORTING_VERBS and verb not in lexicon.OBJECT_VERBS
