"""Questions to the index -> ranked hits. Prints nothing.

Fuzzy matching runs over the distinct keys (speaker names, their parts and roles; `what` phrases),
never over every record; the records of the matching keys are then fetched by SQL.
"""

from __future__ import annotations

import fnmatch
import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass

from kzfacts import lexicon

DEFAULT_MIN_SCORE = 75.0
SENTENCE_MATCH_SCORE = 76.0  # a stat whose sentence, not its `what`, has the query words

# Cyrillic -> Latin, as Kazakh and Russian names are usually written in English-language news.
_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
    ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
     "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "a", "g",
     "k", "n", "o", "u", "u", "h", "i"],
))


@dataclass(frozen=True)
class Hit:
    record: dict  # the engine's record as a dict (with `also_in`), plus "score"
    score: float


def fold(text: str) -> str:
    """Lower case, Cyrillic transliterated, accents and punctuation dropped.

    >>> fold("Токаев"), fold("Théo Vernay-Perrin")
    ('tokaev', 'theo vernay perrin')
    """
    text = "".join(_CYRILLIC.get(c, c) for c in text.lower())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^\w]+", " ", text).strip()


def name_score(query: str, name: str, role: str | None = None) -> float:
    """How well a query names a speaker: the best of the full name, each part, and the role.

    >>> name_score("tokayv", "Kassym-Jomart Tokayev") >= 80, name_score("token", "Kassym-Jomart Tokayev") < 75
    (True, True)
    """
    from rapidfuzz import fuzz

    q = fold(query)
    if not q:
        return 0.0
    full = fold(name)
    parts = full.split()
    scores = [fuzz.ratio(q, full), fuzz.token_sort_ratio(q, full)]
    scores += [fuzz.ratio(q, p) for p in parts if len(p) > 2]
    if len(q.split()) > 1:
        scores.append(fuzz.token_set_ratio(q, full))
    if role:
        role_words = fold(role).split()
        scores += [fuzz.ratio(q, w) for w in role_words if len(w) > 3]
    return float(max(scores))


def word_score(query: str, phrase: str) -> float:
    """How well query words match a short phrase ("visits" ~ "foreign visits")."""
    from rapidfuzz import fuzz

    q_words = fold(query).split()
    words = fold(phrase).split()
    if not q_words or not words:
        return 0.0
    per_word = [max(fuzz.ratio(q, w) for w in words) for q in q_words]
    return float(sum(per_word) / len(per_word))


class Store:
    """Read access to one opened index."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._canonical: dict[str, str] | None = None

    # -- speakers ----------------------------------------------------------------------------
    def canonical(self) -> dict[str, str]:
        if self._canonical is None:
            self._canonical = dict(self.conn.execute("SELECT name, canonical FROM speakers"))
        return self._canonical

    def speakers(self) -> list[dict]:
        """Who is quoted: canonical name, count, roles, other spellings seen."""
        merged: dict[str, dict] = {}
        for name, canonical, role, n in self.conn.execute("SELECT name, canonical, role, n FROM speakers"):
            entry = merged.setdefault(canonical, {"speaker": canonical, "quotes": 0, "roles": [], "aliases": []})
            entry["quotes"] += n
            if role and role not in entry["roles"]:
                entry["roles"].append(role)
            if name != canonical:
                entry["aliases"].append(name)
        return sorted(merged.values(), key=lambda e: (-e["quotes"], e["speaker"]))

    def matching_speakers(self, query: str, min_score: float) -> dict[str, float]:
        """Raw speaker names whose canonical name, parts or role match the query."""
        scores: dict[str, float] = {}
        rows = self.conn.execute("SELECT name, canonical, role FROM speakers").fetchall()
        for name, canonical, role in rows:
            score = max(name_score(query, canonical, role), name_score(query, name))
            if score >= min_score:
                scores[name] = score
        return scores

    def nearest_speakers(self, query: str, n: int = 3) -> list[str]:
        ranked = sorted(self.speakers(), key=lambda e: -name_score(query, e["speaker"]))
        return [e["speaker"] for e in ranked[:n]]

    # -- records -----------------------------------------------------------------------------
    def quotes(self, query: str, about: str | None, min_score: float, source: str | None) -> list[Hit]:
        scores = self.matching_speakers(query, min_score)
        if not scores:
            return []
        marks = ",".join("?" * len(scores))
        rows = self.conn.execute(
            f"SELECT id, speaker, json FROM quotes WHERE speaker IN ({marks}) ORDER BY path, start",
            list(scores),
        ).fetchall()
        hits = []
        for rec_id, speaker, js in rows:
            hits.append((rec_id, scores[speaker], js))
        records = self._assemble("quotes", hits)
        if about:
            records = [h for h in records if _mentions(h.record["text"], about)]
        return self._filter_source(records, source)

    def stats(self, query: str, min_score: float, source: str | None, unit=None, min_value=None,
              max_value=None, period=None) -> list[Hit]:
        scored: dict[int, float] = {}
        whats = self.conn.execute("SELECT DISTINCT what FROM stats WHERE what IS NOT NULL").fetchall()
        good = {}
        for (what,) in whats:
            s = word_score(query, what)
            if s >= min_score:
                good[what] = s
        if good:
            marks = ",".join("?" * len(good))
            for rowid, what in self.conn.execute(f"SELECT rowid, what FROM stats WHERE what IN ({marks})", list(good)):
                scored[rowid] = good[what]
        fts = _fts_query(query)
        if fts and SENTENCE_MATCH_SCORE >= min_score:
            for (rowid,) in self.conn.execute("SELECT rowid FROM stats_fts WHERE stats_fts MATCH ?", (fts,)):
                scored.setdefault(rowid, SENTENCE_MATCH_SCORE)
        if not scored:
            return []
        clauses, params = [], []
        if unit:
            clauses.append("lower(unit) = lower(?)")
            params.append(_unit_alias(unit))
        if min_value is not None:
            clauses.append("value >= ?")
            params.append(min_value)
        if max_value is not None:
            clauses.append("value <= ?")
            params.append(max_value)
        if period:
            clauses.append("period LIKE ?")
            params.append(f"%{period}%")
        where = " AND ".join(["rowid IN (SELECT value FROM json_each(?))"] + clauses)
        rows = self.conn.execute(
            f"SELECT rowid, id, json FROM stats WHERE {where} ORDER BY path, start",
            [json.dumps(list(scored))] + params,
        ).fetchall()
        records = self._assemble("stats", [(rec_id, scored[rowid], js) for rowid, rec_id, js in rows])
        return self._filter_source(records, source)

    def search(self, text: str, min_score: float, source: str | None) -> list[Hit]:
        """Quotes and stats whose words match, ranked by how closely."""
        from rapidfuzz import fuzz

        fts = _fts_query(text)
        if not fts:
            return []
        hits = []
        for table in ("quotes", "stats"):
            rows = self.conn.execute(
                f"SELECT t.id, t.json FROM {table}_fts f JOIN {table} t ON t.rowid = f.rowid "
                f"WHERE {table}_fts MATCH ? ORDER BY t.path, t.start",
                (fts,),
            ).fetchall()
            scored = []
            for rec_id, js in rows:
                rec = json.loads(js)
                body = " ".join(filter(None, [rec.get("text"), rec.get("speaker"), rec.get("what"), rec.get("sentence")]))
                s = float(fuzz.partial_token_set_ratio(fold(text), fold(body)))
                if s >= min_score:
                    scored.append((rec_id, s, js))
            hits.extend(self._assemble(table, scored))
        hits.sort(key=lambda h: (-h.score, h.record["source"]["path"], h.record["source"]["start"]))
        return self._filter_source(hits, source)

    def all_records(self, kind: str | None = None) -> list[Hit]:
        out = []
        for table in ("quotes", "stats"):
            if kind and not table.startswith(kind):
                continue
            rows = self.conn.execute(f"SELECT id, json FROM {table} ORDER BY path, start").fetchall()
            out.extend(self._assemble(table, [(i, 100.0, js) for i, js in rows], rank=False))
        return out

    def get(self, rec_id: str) -> Hit | None:
        for table in ("quotes", "stats"):
            rows = self.conn.execute(f"SELECT id, json FROM {table} WHERE id=? ORDER BY path, start", (rec_id,)).fetchall()
            if rows:
                return self._assemble(table, [(i, 100.0, js) for i, js in rows])[0]
        row = self.conn.execute("SELECT json FROM articles WHERE id=?", (rec_id,)).fetchone()
        if row:
            return Hit(json.loads(row[0]), 100.0)
        return None

    def ids_like(self, prefix: str) -> list[str]:
        out = []
        for table in ("quotes", "stats", "articles"):
            out += [r[0] for r in self.conn.execute(f"SELECT DISTINCT id FROM {table} WHERE id LIKE ? LIMIT 5", (prefix + "%",))]
        return out

    def sources(self) -> list[dict]:
        """Files and their articles, with counts of quotes and stats (distinct records)."""
        counts: dict[tuple[str, str], int] = {}
        for table in ("quotes", "stats"):
            for article, n in self.conn.execute(f"SELECT article, count(DISTINCT id) FROM {table} GROUP BY article"):
                counts[(table, article)] = n
        out = []
        for js, in self.conn.execute("SELECT json FROM articles ORDER BY path, start"):
            a = json.loads(js)
            a["quotes"] = counts.get(("quotes", a["id"]), 0)
            a["stats"] = counts.get(("stats", a["id"]), 0)
            out.append(a)
        return out

    # -- helpers -----------------------------------------------------------------------------
    def _assemble(self, table: str, rows, rank: bool = True) -> list[Hit]:
        """Group occurrences by id: the first is the record, the rest its `also_in`."""
        by_id: dict[str, tuple[float, dict]] = {}
        order: list[str] = []
        for rec_id, score, js in rows:
            if rec_id in by_id:
                continue
            by_id[rec_id] = (score, json.loads(js))
            order.append(rec_id)
        if by_id:
            marks = ",".join("?" * len(by_id))
            extra: dict[str, list[dict]] = {}
            for rec_id, js in self.conn.execute(
                f"SELECT id, json FROM {table} WHERE id IN ({marks}) ORDER BY path, start", list(by_id)
            ):
                extra.setdefault(rec_id, []).append(json.loads(js)["source"])
            for rec_id, sources in extra.items():
                score, rec = by_id[rec_id]
                rec["source"] = sources[0]
                rec["also_in"] = sources[1:]
        canonical = self.canonical()
        hits = []
        for rec_id in order:
            score, rec = by_id[rec_id]
            if rec.get("speaker") in canonical:
                rec["speaker"] = canonical[rec["speaker"]]
            rec["score"] = round(score, 1)
            hits.append(Hit(rec, score))
        if rank:
            hits.sort(key=lambda h: (-h.score, h.record["source"]["path"], h.record["source"]["start"]))
        return hits

    @staticmethod
    def _filter_source(hits: list[Hit], pattern: str | None) -> list[Hit]:
        if not pattern:
            return hits
        pat = pattern.lower()
        wild = any(c in pat for c in "*?[")

        def ok(src: dict) -> bool:
            fields = [src["path"].lower(), (src.get("title") or "").lower()]
            if wild:
                return any(fnmatch.fnmatch(f, pat) for f in fields)
            return any(pat in f for f in fields)

        return [h for h in hits if ok(h.record["source"]) or any(ok(s) for s in h.record.get("also_in", []))]


def _mentions(text: str, about: str) -> bool:
    """Every word of `about` starts a word of the text (so 'coal' finds 'Coal', 'reform' 'reforms')."""
    words = fold(text).split()
    return all(any(w.startswith(a) for w in words) for a in fold(about).split())


def _fts_query(text: str) -> str:
    """Words -> an FTS5 query of prefix terms, all required: 'visits' -> '"visits"*'."""
    words = [w for w in fold(text).split() if w]
    return " AND ".join(f'"{w}"*' for w in words)


def _unit_alias(unit: str) -> str:
    low = unit.strip().lower()
    for table in (lexicon.CURRENCY_PREFIXES, lexicon.CURRENCY_WORDS, lexicon.UNIT_WORDS):
        for k, v in table.items():
            if k.lower() == low:
                return v
    return unit.strip()
