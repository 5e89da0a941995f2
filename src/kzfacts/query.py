"""Questions to the index -> ranked hits. Prints nothing.

Fuzzy matching runs over distinct keys only — speaker names, their parts and role words (table
`speaker_keys`) and the words of `what` phrases (table `what_terms`) — with rapidfuzz in C and a
score cut-off. The records of the matching keys are then fetched by SQL, ranked on a few columns,
cut to the limit, and only those are decoded. No step scores every record.
(The `what` words live in the table `what_terms`, rebuilt with the speaker keys after each refresh.)
"""

from __future__ import annotations

import fnmatch
import json
import re
import sqlite3
import unicodedata
from typing import NamedTuple

SENTENCE_MATCH_SCORE = 76.0  # a stat whose sentence, not its `what`, has the query words

# Cyrillic -> Latin, as Kazakh and Russian names are usually written in English-language news.
# fmt: off
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u",
    "һ": "h", "і": "i",
}
# fmt: on
_CYRILLIC_TABLE = str.maketrans(_CYRILLIC)
_NON_WORD = re.compile(r"[^\w]+")


class Hit(NamedTuple):
    record: dict  # the engine's record as a dict (with `also_in`), plus "score"
    score: float


def fold(text: str) -> str:
    """Lower case, Cyrillic transliterated, accents and punctuation dropped.

    >>> fold("Токаев"), fold("Théo Vernay-Perrin")
    ('tokaev', 'theo vernay perrin')
    """
    text = text.lower()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_CYRILLIC_TABLE))
        text = "".join(c for c in text if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", text).strip()


def speaker_keys(name: str, role: str | None) -> list[tuple[str, str]]:
    """(key, kind) pairs a speaker can be found by: the full name, each part, each role word.

    >>> speaker_keys("Kassym-Jomart Tokayev", "President")
    [('kassym jomart tokayev', 'full'), ('kassym', 'part'), ('jomart', 'part'), ('tokayev', 'part'), ('president', 'role')]
    """
    full = fold(name)
    keys = [(full, "full")] + [(p, "part") for p in full.split() if len(p) > 2 and " " in full]
    if role:
        from kzfacts.roles import role_jobs

        keys += [(w, "role") for w in fold(role).split() if len(w) > 3]
        # the job the role names, so "head of state" finds the President's quotes and "premier" the PM's
        keys += [(job, "job") for job in sorted(role_jobs(role)) if " " in job or job != fold(role)]
    seen, out = set(), []
    for key in keys:
        if key[0] not in seen:
            seen.add(key[0])
            out.append(key)
    return out


def match_keys(query: str, keys: list[str], min_score: float) -> dict[int, float]:
    """Index of each key the query matches -> score (0-100), by rapidfuzz in C.

    >>> keys = [k for k, _ in speaker_keys("Kassym-Jomart Tokayev", "President")]
    >>> max(match_keys("tokayv", keys, 0).values()) >= 80, max(match_keys("token", keys, 0).values()) < 75
    (True, True)
    """
    from rapidfuzz import fuzz, process

    q = fold(query)
    if not q or not keys:
        return {}
    scores = {i: s for _, s, i in process.extract(q, keys, scorer=fuzz.ratio, score_cutoff=min_score, limit=None)}
    if " " in q:  # "kassym tokayev", "tokayev kassym-jomart": word order and extra words
        for _, s, i in process.extract(q, keys, scorer=fuzz.token_set_ratio, score_cutoff=min_score, limit=None):
            if " " in keys[i]:
                scores[i] = max(scores.get(i, 0.0), s)
    return scores


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
        for name, canonical, role, n in self.conn.execute(
            "SELECT name, canonical, role, n FROM speakers ORDER BY name"
        ):
            entry = merged.setdefault(canonical, {"speaker": canonical, "quotes": 0, "roles": [], "aliases": []})
            entry["quotes"] += n
            if role and role not in entry["roles"]:
                entry["roles"].append(role)
            if name != canonical:
                entry["aliases"].append(name)
        return sorted(merged.values(), key=lambda e: (-e["quotes"], e["speaker"]))

    def matching_speakers(self, query: str, min_score: float) -> dict[str, float]:
        """Raw speaker names (as stored on quotes) whose keys match the query -> best score."""
        cached = self._cached("speaker", query, min_score)
        if cached is not None:
            return cached
        rows = self.conn.execute("SELECT key, name FROM speaker_keys").fetchall()
        scores: dict[str, float] = {}
        for i, score in match_keys(query, [k for k, _ in rows], min_score).items():
            name = rows[i][1]
            scores[name] = max(scores.get(name, 0.0), score)
        from kzfacts.roles import descriptor_jobs, is_descriptor

        words = query.split()
        if is_descriptor(words[1:] if words and words[0].lower() == "the" else words):
            # "head of state": whoever holds the job the words name
            jobs = set(descriptor_jobs(query))
            for key, name in rows:
                if key in jobs:
                    scores[name] = max(scores.get(name, 0.0), 100.0)
        return self._remember("speaker", query, min_score, scores)

    def _cached(self, kind: str, query: str, min_score: float) -> dict[str, float] | None:
        """A key match computed before for the same keys (the cache is emptied when they change):
        a repeated query then needs no rapidfuzz at all, which is most of a query's start-up."""
        row = self.conn.execute(
            "SELECT result FROM match_cache WHERE kind=? AND query=? AND min_score=?", (kind, fold(query), min_score)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def _remember(self, kind: str, query: str, min_score: float, result: dict[str, float]) -> dict[str, float]:
        try:
            self.conn.execute(
                "INSERT OR REPLACE INTO match_cache VALUES (?,?,?,?)",
                (kind, fold(query), min_score, json.dumps(result)),
            )
        except sqlite3.Error:
            pass  # a read-only or busy index: the answer is still right, only not remembered
        return result

    def nearest_speakers(self, query: str, n: int = 3) -> list[str]:
        """For the "no results" hint: the closest canonical names, whatever their score."""
        near = self.matching_speakers(query, 0)
        canonical = self.canonical()
        ranked: dict[str, float] = {}
        for name, score in near.items():
            c = canonical.get(name, name)
            ranked[c] = max(ranked.get(c, 0.0), score)
        return [name for name, _ in sorted(ranked.items(), key=lambda x: (-x[1], x[0]))[:n]]

    # -- records -----------------------------------------------------------------------------
    def quotes(self, query: str, about: str | None, min_score: float, source: str | None, limit: int = 0) -> list[Hit]:
        scores = self.matching_speakers(query, min_score)
        if not scores:
            return []
        where, params = "", []
        if about:
            fts = _fts_query(about, column="text")
            if not fts:
                return []
            where, params = "AND t.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)", [fts]
        best = self._by_key_groups("quotes", "speaker", scores, where, params, source, limit, {})
        return self._decode("quotes", list(best), best)

    def stats(
        self,
        query: str,
        min_score: float,
        source: str | None,
        unit=None,
        min_value=None,
        max_value=None,
        period=None,
        limit: int = 0,
    ) -> list[Hit]:
        what_scores = self._what_matches(query, min_score)
        fts = _fts_query(query, column="sentence")
        by_sentence = bool(fts) and SENTENCE_MATCH_SCORE >= min_score
        if not what_scores and not by_sentence:
            return []
        clauses, filters = [], []
        if unit:
            clauses.append("lower(t.unit) = lower(?)")
            filters.append(_unit_alias(unit))
        if min_value is not None:
            clauses.append("t.value >= ?")
            filters.append(min_value)
        if max_value is not None:
            clauses.append("t.value <= ?")
            filters.append(max_value)
        if period:  # a year, also inside a span: 2025 finds "2025" and "2024–2025"
            clauses.append("(t.period = ? OR t.period GLOB ? OR t.period GLOB ?)")
            filters += [period, f"{period}[-–—]*", f"*[-–—]{period}"]
        where = "".join(f" AND {c}" for c in clauses)
        # claims about the subject first, key by key in index order; they rank above sentence matches
        above = {k: v for k, v in what_scores.items() if v > SENTENCE_MATCH_SCORE}
        best = self._by_key_groups("stats", "what", above, where, filters, source, limit, {})
        if limit and len(best) >= limit:
            return self._decode("stats", list(best), best)
        rest = {k: v for k, v in what_scores.items() if v <= SENTENCE_MATCH_SCORE}
        parts, params = [], []
        if rest:
            self._scores("what_score", rest)
            parts.append("SELECT s.rowid AS rowid, w.score AS score FROM stats s JOIN what_score w ON s.what = w.key")
        if by_sentence:
            parts.append("SELECT rowid, ? AS score FROM stats_fts WHERE stats_fts MATCH ?")
            params += [SENTENCE_MATCH_SCORE, fts]
        if parts:
            sql = (
                f"SELECT max(c.score) AS score, t.id, t.path, t.start, a.title FROM ({' UNION ALL '.join(parts)}) c "
                f"JOIN stats t ON t.rowid = c.rowid LEFT JOIN articles a ON a.id = t.article "
                f"WHERE 1{where} GROUP BY t.rowid ORDER BY score DESC, t.path, t.start"
            )
            self._collect(self.conn.execute(sql, params + filters), source, limit, best)
        return self._decode("stats", list(best), best)

    def _by_key_groups(
        self,
        table: str,
        column: str,
        scores: dict[str, float],
        where: str,
        params: list,
        source: str | None,
        limit: int,
        best: dict[str, float],
    ) -> dict[str, float]:
        """Records whose `column` is one of the keys, best score first, then in source order; keys of
        equal score are read together through the (column, path, start) index, so a page of results
        costs the same at any corpus size."""
        for score in sorted(set(scores.values()), reverse=True):
            keys = [k for k, v in scores.items() if v == score]
            rows = self.conn.execute(
                f"SELECT {score!r}, t.id, t.path, t.start, a.title FROM {table} t LEFT JOIN articles a ON a.id = t.article "
                f"WHERE t.{column} IN ({_marks(keys)}) {where} ORDER BY t.path, t.start",
                keys + params,
            )
            if self._collect(rows, source, limit, best):
                break
        return best

    @staticmethod
    def _collect(rows, source: str | None, limit: int, best: dict[str, float]) -> bool:
        """Add the first row of each new id to `best` (id -> score); True once `limit` ids are in."""
        match = source_matcher(source)
        for score, rec_id, path, _start, title in rows:
            if rec_id in best or (match and not match(path, title)):
                continue
            best[rec_id] = score
            if limit and len(best) >= limit:
                return True
        return False

    def _scores(self, table: str, scores: dict[str, float]) -> None:
        """A temporary table of key -> score, for SQL to join and order by."""
        self.conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table}(key TEXT PRIMARY KEY, score REAL)")
        self.conn.execute(f"DELETE FROM {table}")
        self.conn.executemany(f"INSERT INTO {table} VALUES (?, ?)", list(scores.items()))

    def _what_matches(self, query: str, min_score: float) -> dict[str, float]:
        """`what` phrases whose words match every query word (fuzzily, over the distinct words)."""
        words = fold(query).split()
        if not words:
            return {}
        cached = self._cached("what", query, min_score)
        if cached is not None:
            return cached
        return self._remember("what", query, min_score, self._match_whats(words, min_score))

    def _match_whats(self, words: list[str], min_score: float) -> dict[str, float]:
        vocab = [t for (t,) in self.conn.execute("SELECT term FROM what_terms")]
        matched: list[dict[str, float]] = []
        for word in words:
            terms = {vocab[i]: s for i, s in match_keys(word, vocab, min_score).items()}
            if len(word) >= 4:  # "visit" finds "visits", "investment" "investments"
                terms.update({t: max(terms.get(t, 0.0), 90.0) for t in vocab if t.startswith(word)})
            if not terms:
                return {}
            matched.append(terms)
        fts = " AND ".join("what : (" + " OR ".join(f'"{t}"' for t in terms) + ")" for terms in matched)
        out: dict[str, float] = {}
        for (what,) in self.conn.execute("SELECT DISTINCT what FROM stats_fts WHERE stats_fts MATCH ?", (fts,)):
            present = fold(what).split()
            per_word = [max((terms.get(w, 0.0) for w in present), default=0.0) for terms in matched]
            score = sum(per_word) / len(per_word)
            if score >= min_score:
                out[what] = score
        return out

    def search(self, text: str, min_score: float, source: str | None, limit: int = 0) -> list[Hit]:
        """Quotes and stats whose words match, ranked by how closely (rapidfuzz over the candidates)."""
        from rapidfuzz import fuzz, process

        fts = _fts_query(text)
        if not fts:
            return []
        q = fold(text)
        hits: list[Hit] = []
        for table, columns in (("quotes", "text, speaker, sentence"), ("stats", "what, sentence")):
            rows = self.conn.execute(
                f"SELECT rowid, {columns} FROM {table}_fts WHERE {table}_fts MATCH ?", (fts,)
            ).fetchall()
            bodies = [fold(" ".join(filter(None, r[1:]))) for r in rows]
            good = {
                rows[i][0]: s
                for _, s, i in process.extract(
                    q, bodies, scorer=fuzz.partial_token_set_ratio, score_cutoff=min_score, limit=None
                )
            }
            if not good:
                continue
            meta = self.conn.execute(
                f"SELECT t.rowid, t.id, t.path, t.start, a.title FROM {table} t LEFT JOIN articles a ON a.id = t.article "
                f"WHERE t.rowid IN (SELECT value FROM json_each(?))",
                (json.dumps(list(good)),),
            ).fetchall()
            hits.extend(self._rank(table, [(good[r[0]],) + tuple(r[1:]) for r in meta], source, limit))
        hits.sort(key=lambda h: (-h.score, h.record["source"]["path"], h.record["source"]["start"]))
        return hits[:limit] if limit else hits

    def candidates(self, kind: str, terms: list[str], units: list[str] | None = None, limit: int = 60) -> list[dict]:
        """The records (`quote` or `stat`) the full-text index ranks best for any of the word stems
        (prefix terms), in these units: what `check` compares a draft's claim with."""
        terms = [t for t in terms if t.isalnum()]
        if not terms:
            return []
        table = "quotes" if kind == "quote" else "stats"
        match = " OR ".join(f'"{t}"*' for t in terms)
        if kind == "quote":
            match = f"text : ({match})"
        unit_clause = f"AND t.unit IN ({_marks(units)})" if units and kind == "stat" else ""
        rows = self.conn.execute(
            f"SELECT t.id FROM {table}_fts f JOIN {table} t ON t.rowid = f.rowid "
            f"WHERE {table}_fts MATCH ? {unit_clause} ORDER BY bm25({table}_fts) LIMIT ?",
            [match] + (list(units) if unit_clause else []) + [limit],
        ).fetchall()
        ids = list(dict.fromkeys(r[0] for r in rows))
        return [h.record for h in self._decode(table, ids, {i: 100.0 for i in ids})]

    def disputed(self, ids: list[str]) -> dict[str, list[str]]:
        """id -> the ids of records in other articles that disagree with it (kept by the index)."""
        out: dict[str, list[str]] = {i: [] for i in ids}
        for rec_id, other in self.conn.execute(
            "SELECT id, other FROM disputes WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id, other",
            (json.dumps(ids),),
        ):
            out[rec_id].append(other)
        return out

    def conflicts(self, source: str | None = None, limit: int = 0) -> list[tuple[dict, dict]]:
        """Every pair of records that disagree, each pair once, the earlier record first, in source
        order; with `limit` (and no `source`), only the first pairs are read and decoded."""
        # where each disputed record is first cited (a temporary table, keyed, for the two joins)
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS place(id TEXT PRIMARY KEY, at TEXT)")
        self.conn.execute("DELETE FROM place")
        self.conn.execute(
            "INSERT INTO place SELECT id, min(path || x'00' || printf('%012d', start)) FROM "
            "(SELECT id, path, start FROM stats UNION ALL SELECT id, path, start FROM quotes) "
            "WHERE id IN (SELECT id FROM disputes) GROUP BY id"
        )
        sql = (
            "SELECT d.id, d.other FROM disputes d JOIN place a ON a.id = d.id JOIN place b ON b.id = d.other "
            "WHERE a.at < b.at ORDER BY a.at, b.at"
        )
        bounded = bool(limit and not source)
        pairs = self.conn.execute(sql + (" LIMIT ?" if bounded else ""), (limit,) if bounded else ()).fetchall()
        ids = list(dict.fromkeys(i for pair in pairs for i in pair))
        records = {}
        for table in ("quotes", "stats"):
            records.update({h.record["id"]: h.record for h in self._decode(table, ids, {i: 100.0 for i in ids})})
        match = source_matcher(source)
        out = [
            (records[a], records[b])
            for a, b in pairs
            if a in records and b in records
            and (not match or any(match(r["source"]["path"], r["source"].get("title")) for r in (records[a], records[b])))
        ]  # fmt: skip
        return out[:limit] if limit else out

    def all_records(self, kind: str | None = None, source: str | None = None) -> list[Hit]:
        out = []
        for table in ("quotes", "stats"):
            if kind and not table.startswith(kind):
                continue
            rows = self.conn.execute(
                f"SELECT t.id, t.path, t.start, a.title FROM {table} t LEFT JOIN articles a ON a.id = t.article"
            ).fetchall()
            out.extend(self._rank(table, [(100.0,) + tuple(r) for r in rows], source, 0))
        return out

    def export_records(self, kind: str | None = None, source: str | None = None) -> list[dict]:
        """Every record as `kzfacts export` prints it: articles (with counts), then quotes, then stats.
        `kzfacts extract` reads its scratch index through this too, so both give the same records."""
        records = []
        if kind in (None, "article"):
            records += self.sources(source)
        if kind in (None, "quote", "stat"):
            records += [h.record for h in self.all_records(kind, source)]
        return records

    def get(self, rec_id: str) -> Hit | None:
        for table in ("quotes", "stats"):
            if self.conn.execute(f"SELECT 1 FROM {table} WHERE id=?", (rec_id,)).fetchone():
                return self._decode(table, [rec_id], {rec_id: 100.0})[0]
        row = self.conn.execute("SELECT json FROM articles WHERE id=?", (rec_id,)).fetchone()
        return Hit(json.loads(row[0]), 100.0) if row else None

    def ids_like(self, prefix: str) -> list[str]:
        """Ids that start with `prefix` (its characters taken literally), at most 5 per table."""
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        out = []
        for table in ("quotes", "stats", "articles"):
            rows = self.conn.execute(
                f"SELECT DISTINCT id FROM {table} WHERE id LIKE ? ESCAPE '\\' LIMIT 5", (escaped + "%",)
            )
            out += [r[0] for r in rows]
        return out

    def units(self) -> list[str]:
        return [u for (u,) in self.conn.execute("SELECT DISTINCT unit FROM stats ORDER BY unit")]

    def sources(self, source: str | None = None) -> list[dict]:
        """Files and their articles, with counts of quotes and stats (distinct records);
        `source` keeps only those whose path or title matches (see source_matcher)."""
        match = source_matcher(source)
        counts: dict[tuple[str, str], int] = {}
        for table in ("quotes", "stats"):
            for article, n in self.conn.execute(f"SELECT article, count(DISTINCT id) FROM {table} GROUP BY article"):
                counts[(table, article)] = n
        out = []
        for (js,) in self.conn.execute("SELECT json FROM articles ORDER BY path, start"):
            a = json.loads(js)
            if match and not match(a["path"], a.get("title")):
                continue
            a["quotes"] = counts.get(("quotes", a["id"]), 0)
            a["stats"] = counts.get(("stats", a["id"]), 0)
            out.append(a)
        return out

    # -- ranking and decoding ----------------------------------------------------------------
    def _rank(self, table: str, rows, source: str | None, limit: int) -> list[Hit]:
        """rows: (score, id, path, start, title). One hit per id, best score, ranked by score then
        source order; only the hits kept after `limit` are decoded from JSON."""
        match = source_matcher(source)
        best: dict[str, tuple[float, str, int]] = {}
        for score, rec_id, path, start, title in rows:
            if match and not match(path, title):
                continue
            old = best.get(rec_id)
            if old is None or (-score, path, start) < (-old[0], old[1], old[2]):
                best[rec_id] = (score, path, start)
        order = sorted(best, key=lambda i: (-best[i][0], best[i][1], best[i][2]))
        if limit:
            order = order[:limit]
        return self._decode(table, order, {i: best[i][0] for i in order})

    def _decode(self, table: str, ids: list[str], scores: dict[str, float]) -> list[Hit]:
        """Records for ids (in that order): the first occurrence is the citation, the rest `also_in`."""
        if not ids:
            return []
        found: dict[str, dict] = {}
        for rec_id, js in self.conn.execute(
            f"SELECT id, json FROM {table} WHERE id IN (SELECT value FROM json_each(?)) ORDER BY path, start",
            (json.dumps(ids),),
        ):
            rec = json.loads(js)
            if rec_id in found:
                found[rec_id]["also_in"].append(rec["source"])
            else:
                rec["also_in"] = []
                found[rec_id] = rec
        canonical = self.canonical()
        hits = []
        for rec_id in ids:
            rec = found.get(rec_id)
            if rec is None:
                continue  # removed by a refresh in another process since it was ranked
            if rec.get("speaker") in canonical:
                rec["speaker"] = canonical[rec["speaker"]]
            rec["score"] = round(scores[rec_id], 1)
            hits.append(Hit(rec, scores[rec_id]))
        return hits


def _marks(items) -> str:
    return ",".join("?" * len(items))


def source_matcher(pattern: str | None):
    """--source: a substring, or a glob when it has * ? [, of the file path or the article title."""
    if not pattern:
        return None
    pat = pattern.lower()
    if any(c in pat for c in "*?["):
        return lambda path, title: fnmatch.fnmatch(path.lower(), pat) or fnmatch.fnmatch((title or "").lower(), pat)
    return lambda path, title: pat in path.lower() or pat in (title or "").lower()


def _fts_query(text: str, column: str | None = None) -> str:
    """Words -> an FTS5 query of prefix terms, all required: 'visits' -> '"visits"*'."""
    words = [w for w in fold(text).split() if w]
    query = " AND ".join(f'"{w}"*' for w in words)
    return f"{column} : ({query})" if column and query else query


def _unit_alias(unit: str) -> str:
    from kzfacts import lexicon

    low = unit.strip().lower()
    for table in (lexicon.CURRENCY_PREFIXES, lexicon.CURRENCY_WORDS, lexicon.UNIT_WORDS):
        for k, v in table.items():
            if k.lower() == low:
                return v
    return unit.strip()
