"""The search index of a build: one SQLite file (FTS5) written at build time, queried by the web.

Why a file beside the store: full-text search, facet counts and paged lists over 100,000 questions
must answer in milliseconds, which SPARQL over the store does not (no text index, ``COUNT``/``ORDER
BY`` over the whole archive). The index is written from what the build *published*, read back from
the store with SPARQL, so it holds exactly what the pages and dumps say; and since it is a file in
the build folder, it serves the same whether the pages' data come from the build's Oxigraph store or
from a remote SPARQL store loaded with the same dump.

Text is tokenised by FTS5's ``unicode61`` tokenizer with ``remove_diacritics 2`` (``reële`` finds
``reele`` and back), which suits Dutch; FTS5 has no Dutch stemmer, so prefix queries (``vaccin*``)
stand in for inflection. User input never reaches FTS5's query syntax: ``query_parts`` turns it
into quoted tokens and phrases, so operators, columns and unbalanced quotes are just words.

No Flask here: ``write_index`` is called by the build, ``SearchIndex`` by the web layer.
"""

from __future__ import annotations

import functools
import html
import json
import re
import sqlite3
import sys
import unicodedata
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path

from .graph.namespaces import PROV, QB, SCHEMA, SKOS
from .uris import Uris

# facet kinds, in the order pages show them, with the label of each
FACETS = {"minister": "Minister", "lid": "Vraagsteller", "jaar": "Parlementair jaar",
          "onderwerp": "Onderwerp", "cijfers": "Cijfers"}
FIGURES_LABELS = {"ja": "met cijfers als data", "nee": "zonder cijfers"}
MAX_QUERY_CHARS = 500
MAX_TERMS = 32
MAX_PAGE_SIZE = 100
SNIPPET_TOKENS = 24
# A text search ranks (bm25) at most this many hits, the newest: ranking costs one lookup per hit, ~6 ms
# per 1,000 on this machine, so an unbounded window would grow with the archive (430 ms for a word in
# every one of 100,000 questions). The total and the facet counts still count every hit.
RANK_WINDOW = 10_000
# A word in at least this many questions has its hit set stored as bits (``term_hits``): reading 100,000 ids
# from FTS5 and setting their bits took 40-90 ms a search, reading the stored set takes under one. Fewer ids
# cost ~2 ms; the sets take ~12 KB per word at 100,000 questions.
TERM_HITS_MIN = 2_000
_MARK_OPEN, _MARK_CLOSE = "\x02", "\x03"  # stripped from indexed text, so they only ever mark hits
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_TOKEN = re.compile(r"[^\W_]+")  # what unicode61 keeps: letters and digits
_QUERY_PART = re.compile(r'"([^"]*)"?|(\S+)')
# title counts most, then the question's text, then the answer's (bm25 weights per column)
RANK = "bm25(text, 5.0, 2.0, 1.0)"

Rows = Callable[[str], Iterable[Mapping[str, str]]]
# The index's layout (``PRAGMA user_version``): 2 numbers the questions oldest first and lets an updated
# index keep gaps (``update_index``); an index of another layout is written whole instead of updated.
LAYOUT = 2


class QueryTooLarge(ValueError):
    """A search the index refuses to run (too long, too many terms, a page out of bounds): a 400."""


# --- writing ----------------------------------------------------------------------------------

# Prefix lists of 2, 3 and 4 characters: a prefix without its list merges the lists of every word it
# starts, per query; ``deze*`` at 100,000 questions ranked in 38 ms with a list of 4, 69 ms without, for
# an index 11 % larger.
SCHEMA_SQL = """
CREATE TABLE question(id INTEGER PRIMARY KEY, iri TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
    number INTEGER, year TEXT, date TEXT, figures INTEGER NOT NULL DEFAULT 0, intro TEXT NOT NULL);
CREATE TABLE facet(question INTEGER NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL,
    PRIMARY KEY(kind, value, question)) WITHOUT ROWID;
CREATE TABLE facet_value(kind TEXT NOT NULL, value TEXT NOT NULL, label TEXT NOT NULL, iri TEXT,
    questions INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(kind, value)) WITHOUT ROWID;
CREATE TABLE dataset(id INTEGER PRIMARY KEY, iri TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
    observations INTEGER NOT NULL, question TEXT);
CREATE TABLE count(name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE part(question INTEGER NOT NULL, col INTEGER NOT NULL, line INTEGER, text TEXT NOT NULL);
CREATE TABLE term_hits(term TEXT PRIMARY KEY, bits BLOB NOT NULL) WITHOUT ROWID;
CREATE VIRTUAL TABLE text USING fts5(title, question, answer,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');
"""
INDEXES_SQL = """
CREATE INDEX facet_by_question ON facet(question, kind, value);
CREATE INDEX facet_value_by_iri ON facet_value(iri);
CREATE INDEX dataset_by_size ON dataset(observations DESC, title, iri);
"""


COUNTS_SQL = """
DELETE FROM count;
INSERT INTO count SELECT 'questions', count(*) FROM question;
INSERT INTO count SELECT 'datasets', count(*) FROM dataset;
INSERT INTO count SELECT 'observations', coalesce(sum(observations), 0) FROM dataset;
"""


@dataclass(frozen=True)
class Changed:
    """What an incremental build changed, for ``update_index``: the questions and data sets whose rows go
    (their documents removed, changed, or rebuilt with a changed one) and those read from the store anew."""

    gone_questions: frozenset[str]  # IRIs
    gone_datasets: frozenset[str]
    fresh_questions: frozenset[str]
    fresh_datasets: frozenset[str]


def queries(uris: Uris, only: Changed | None = None) -> dict[str, str]:
    """The SPARQL the index is read with: one streaming SELECT per kind of fact; with ``only``, about its
    fresh questions and data sets alone (each query starts from their IRIs), and ``""`` for a kind about
    none of them (Oxigraph answers an empty ``VALUES`` by reading the whole store: 30 s a query at 100,000
    documents, when a build only removes documents). Paths are walked from the question down
    (``?q ^schema:isPartOf+ ?part``), and an observation is found from its part: written the other way
    round, Oxigraph walked up from every part or observation in the store (5.6 s against 1.0 s for 600
    fresh questions at 100,000 documents)."""
    head = (f"PREFIX schema: <{SCHEMA}> PREFIX vlaq: <{uris.vocab}> PREFIX qb: <{QB}> "
            f"PREFIX prov: <{PROV}> PREFIX skos: <{SKOS}> PREFIX dct: <http://purl.org/dc/terms/> ")
    q = _values("q", only.fresh_questions) if only else ""
    ds = _values("ds", only.fresh_datasets) if only else ""
    answer_of = "?a schema:parentItem ?q . ?a ^schema:isPartOf* ?part ."
    empty = {"q": only is not None and not only.fresh_questions,
             "ds": only is not None and not only.fresh_datasets}
    return {k: "" if empty["ds" if k == "datasets" else "q"] else head + v for k, v in {
        "questions": f"SELECT ?q ?title ?number ?year ?date ?intro WHERE {{ {q} ?q a vlaq:WrittenQuestion . "
                     "OPTIONAL { ?q schema:name ?title } OPTIONAL { ?q vlaq:questionNumber ?number } "
                     "OPTIONAL { ?q vlaq:parliamentaryYear ?year } OPTIONAL { ?q schema:dateCreated ?date } "
                     "OPTIONAL { ?q schema:text ?intro } }",
        "people": f"SELECT ?q ?kind ?p ?name WHERE {{ {q} ?q a vlaq:WrittenQuestion . "
                  "{ ?q vlaq:addressee ?p BIND('minister' AS ?kind) } UNION "
                  "{ ?q schema:author ?p BIND('lid' AS ?kind) } OPTIONAL { ?p schema:name ?name } }",
        "question_text": f"SELECT ?q ?text ?line WHERE {{ {q} ?q a vlaq:WrittenQuestion . "
                         "?q ^schema:isPartOf+ ?part . ?part schema:text ?text . "
                         "OPTIONAL { ?part vlaq:firstLine ?line } }",
        "answer_text": f"SELECT ?q ?text ?line WHERE {{ {q} {answer_of} ?part schema:text ?text . "
                       f"OPTIONAL {{ ?part vlaq:firstLine ?line }} }}",
        "figures": f"SELECT ?q (COUNT(?obs) AS ?n) WHERE {{ {q} {answer_of} "
                   "?obs prov:wasDerivedFrom ?part ; a qb:Observation . } GROUP BY ?q",
        "topics": f"SELECT DISTINCT ?q ?topic ?label WHERE {{ {q} "
                  f"?topic skos:inScheme <{uris.concept_scheme('onderwerp')}> . "
                  f"?part schema:mentions ?topic . "
                  f"{{ {answer_of} }} UNION "
                  f"{{ ?part schema:isPartOf* ?q . ?q a vlaq:WrittenQuestion }} "
                  f"OPTIONAL {{ ?topic skos:prefLabel ?label FILTER(lang(?label) = 'nl') }} }}",
        "datasets": "SELECT ?ds ?title ?n ?q WHERE { "
                    f"{{ SELECT ?ds (COUNT(?obs) AS ?n) WHERE {{ {ds} ?ds a qb:DataSet . "
                    "OPTIONAL { ?obs qb:dataSet ?ds } } GROUP BY ?ds } "
                    "OPTIONAL { ?ds dct:title ?title FILTER(lang(?title) = 'nl') } "
                    "OPTIONAL { ?ds prov:wasDerivedFrom ?a . ?a schema:parentItem ?q } }",
    }.items()}


def _values(variable: str, iris: Iterable[str]) -> str:
    return f"VALUES ?{variable} {{ {' '.join(f'<{iri}>' for iri in sorted(iris))} }}"


def clean(text: str) -> str:
    """Text as indexed: NFC, without the control characters the snippet markers use."""
    return _CONTROL.sub(" ", unicodedata.normalize("NFC", text))


def key_of(iri: str) -> str:
    """The last path segment of a person's or concept's IRI: the value in ``?minister=jan-jambon``."""
    return iri.rstrip("/").rsplit("/", 1)[-1]


def write_index(rows: Rows, path: Path, uris: Uris, term_hits_min: int = TERM_HITS_MIN,
                only: Changed | None = None) -> int:
    """Write the index of what ``rows`` (SPARQL SELECT -> rows of strings) reads from the published
    store into ``path`` (with ``only``, of its fresh questions and data sets alone); returns the number
    of questions. Memory stays bounded: the texts go through a staging table on disk, and only the
    question IRI -> row id map is held."""
    path.unlink(missing_ok=True)
    sparql = queries(uris, only)
    rows = _nothing_for_blank(rows)
    with sqlite3.connect(path) as db:
        db.executescript(f"PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
                         f"PRAGMA user_version = {LAYOUT};" + SCHEMA_SQL)
        ids: dict[str, int] = {}
        for row in rows(sparql["questions"]):
            if row["q"] in ids:  # a second title or date: the first one read is kept
                continue
            cursor = db.execute(
                "INSERT INTO question(iri, title, number, year, date, intro) VALUES (?, ?, ?, ?, ?, ?)",
                (row["q"], clean(row.get("title", "")), _int(row.get("number")), row.get("year"),
                 row.get("date"), clean(row.get("intro", ""))))
            ids[row["q"]] = cursor.lastrowid
        ids = number_oldest_first(db)
        _write_facets(db, rows, sparql, ids)
        for col, name in ((1, "question_text"), (2, "answer_text")):
            db.executemany("INSERT INTO part VALUES (?, ?, ?, ?)",
                           ((ids[r["q"]], col, _int(r.get("line")), clean(r["text"]))
                            for r in rows(sparql[name]) if r["q"] in ids))
        _write_text(db)
        write_term_hits(db, term_hits_min)
        db.executemany("INSERT INTO dataset(iri, title, observations, question) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT(iri) DO NOTHING",
                       ((r["ds"], clean(r.get("title", "")) or key_of(r["ds"]), int(r["n"]), r.get("q"))
                        for r in rows(sparql["datasets"])))
        db.executescript(INDEXES_SQL + COUNTS_SQL +
                         "DROP TABLE part; INSERT INTO text(text) VALUES ('optimize');")
    with sqlite3.connect(path) as db:
        db.execute("VACUUM")
    return len(ids)


def _nothing_for_blank(rows: Rows) -> Rows:
    """``rows`` answering the blank query (``queries``: about no fresh question or data set) with no rows."""
    return lambda query: rows(query) if query else iter(())


# Oldest first: by date, then number, then IRI backwards (the lists show the reverse: newest first, then
# the highest number, then the IRI). A question newer than all keeps the others' ids (``update_index``).
OLDEST_FIRST = "date, number, iri DESC"


def number_oldest_first(db: sqlite3.Connection) -> dict[str, int]:
    """Renumber the questions oldest first (``OLDEST_FIRST``), so that a list without words, newest first,
    is the ids from the highest down; returns IRI -> id."""
    db.executescript(
        f"CREATE TEMP TABLE ordered AS SELECT row_number() OVER (ORDER BY {OLDEST_FIRST}) AS id, "
        "iri, title, number, year, date, figures, intro FROM question; "
        "DELETE FROM question; INSERT INTO question SELECT * FROM temp.ordered; DROP TABLE temp.ordered;")
    return dict(db.execute("SELECT iri, id FROM question"))


def _write_facets(db: sqlite3.Connection, rows: Rows, sparql: Mapping[str, str],
                  ids: Mapping[str, int]) -> None:
    """Every facet value of every question, and each value's label, IRI and count."""
    values: dict[tuple[str, str], tuple[str, str | None]] = {}
    facets: set[tuple[int, str, str]] = set()
    for row in rows(sparql["people"]):
        if row["q"] in ids:
            name = row.get("name") or key_of(row["p"])
            values.setdefault((row["kind"], key_of(row["p"])), (name, row["p"]))
            facets.add((ids[row["q"]], row["kind"], key_of(row["p"])))
    for row in rows(sparql["topics"]):
        if row["q"] in ids:
            values.setdefault(("onderwerp", key_of(row["topic"])),
                              (row.get("label") or key_of(row["topic"]), row["topic"]))
            facets.add((ids[row["q"]], "onderwerp", key_of(row["topic"])))
    db.executemany("UPDATE question SET figures = ? WHERE id = ?",
                   ((int(r["n"]), ids[r["q"]]) for r in rows(sparql["figures"]) if r["q"] in ids))
    for question, year, figures in db.execute("SELECT id, year, figures FROM question").fetchall():
        if year:
            values[("jaar", year)] = (year, None)
            facets.add((question, "jaar", year))
        has = "ja" if figures else "nee"
        values[("cijfers", has)] = (FIGURES_LABELS[has], None)
        facets.add((question, "cijfers", has))
    db.executemany("INSERT INTO facet VALUES (?, ?, ?)", sorted(facets))
    db.executemany("INSERT INTO facet_value(kind, value, label, iri) VALUES (?, ?, ?, ?)",
                   ((kind, value, clean(label), iri) for (kind, value), (label, iri) in values.items()))
    db.execute("UPDATE facet_value SET questions = (SELECT count(*) FROM facet f "
               "WHERE f.kind = facet_value.kind AND f.value = facet_value.value)")


def write_term_hits(db: sqlite3.Connection, least: int = TERM_HITS_MIN) -> None:
    """Store the hit set (bit ``id`` for question ``id``) of every plain ASCII word in at least ``least``
    questions, written anew. Only ASCII: FTS5 folds such a word to its lower case, so the search can look
    it up without the tokenizer; others are always searched with FTS5."""
    size = db.execute("SELECT coalesce(max(id), 0) FROM question").fetchone()[0]
    db.execute("DELETE FROM term_hits")
    db.execute("CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, 'text', 'row')")
    terms = [t for (t,) in db.execute("SELECT term FROM temp.vocabulary WHERE doc >= ?", (least,))
             if t.isascii()]
    db.execute("DROP TABLE temp.vocabulary")
    for term in terms:
        bits = fts_hits(db, _word(term), size)
        db.execute("INSERT INTO term_hits VALUES (?, ?)", (term, _bytes(bits, size)))


def _word(term: str) -> str:
    return _expression([((term,), False)])


def _bytes(bits: int, size: int) -> bytes:
    return bits.to_bytes(size // 8 + 1, "little")


def fts_hits(db: sqlite3.Connection, expression: str, size: int) -> int:
    """The questions matching an FTS5 ``expression``, as bits: one JSON array from SQLite, parsed in C
    (stepping through 100,000 rows in Python costs more)."""
    found = db.execute("SELECT json_group_array(rowid) FROM text WHERE text MATCH ?", (expression,))
    return bits_of(json.loads(found.fetchone()[0]), size)


def _write_text(db: sqlite3.Connection) -> None:
    """One FTS row per question: its title, its own texts and its answer's, parts in reading order."""
    texts: dict[int, list[str]] = {1: [], 2: []}
    current = None
    cursor = db.execute("SELECT q.id, q.title, q.intro, p.col, p.text FROM question q "
                        "LEFT JOIN part p ON p.question = q.id ORDER BY q.id, p.col, p.line")
    pending: list[tuple[int, str, str, str]] = []
    for question, title, intro, col, text in cursor:
        if current is None or question != current[0]:
            if current is not None:
                pending.append((current[0], current[1], "\n".join(texts[1]), "\n".join(texts[2])))
            current, texts = (question, title), {1: [intro] if intro else [], 2: []}
        if col is not None:
            texts[col].append(text)
    if current is not None:
        pending.append((current[0], current[1], "\n".join(texts[1]), "\n".join(texts[2])))
    db.executemany("INSERT INTO text(rowid, title, question, answer) VALUES (?, ?, ?, ?)", pending)


def layout(path: Path) -> int | None:
    """The layout an index file was written in (``LAYOUT``); None when there is none."""
    if not path.is_file():
        return None
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return db.execute("PRAGMA user_version").fetchone()[0]
    finally:
        db.close()


def update_index(rows: Rows, path: Path, uris: Uris, changed: Changed) -> int:
    """The previous build's index (of ``LAYOUT``) that ``path`` holds a copy of (copied while the build
    ran its batches: 3.7 s for 660 MB at 100,000 documents), with the rows of ``changed``'s gone
    questions and data sets taken out and its fresh ones put in, read from the store by ``rows``; returns
    the number of questions. What a full ``write_index`` of the same store answers, searches, facets and
    lists alike (``tests/test_search_update.py``), at the cost of what changed:

    * the fresh questions are indexed on their own (``write_index`` with ``only``) into a file beside,
      whose rows are then copied in; the texts are tokenised once, the store is read about them only;
    * ids keep their order (``OLDEST_FIRST``) but not their density: a gone question leaves a gap, a fresh
      one takes the next id after the question before it, so questions newer than all the others (a new
      day's) move nobody. Only when no id is free there are the questions after it moved up to the next
      gap (``_places``: their FTS rows written again);
    * the stored hit sets (``term_hits``) of the words they hold lose the ids that went and gain the
      fresh ones, from the small index beside; which words are stored is left as the last full build
      chose (a set is exact whatever its word's frequency, so this costs nothing but speed);
    * facet counts are counted again for the values that gained or lost a question, the headline counts
      in SQL. FTS5 keeps its own statistics (bm25) exact through deletions.
    """
    fresh = path.with_name(path.name + ".fresh")
    write_index(rows, fresh, uris, term_hits_min=sys.maxsize, only=changed)
    try:
        with sqlite3.connect(path) as db:
            db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
            db.execute("ATTACH ? AS fresh", (str(fresh),))
            gone = _take_out(db, changed.gone_questions, changed.gone_datasets)
            moved = _places(db)
            _put_in(db, moved)
            size = db.execute("SELECT coalesce(max(id), 0) FROM question").fetchone()[0]
            placed = dict(db.execute("SELECT fresh, id FROM temp.place"))
            db.commit()
            db.execute("DETACH fresh")
            _update_term_hits(db, fresh, gone, moved, placed, size)
            db.executescript(COUNTS_SQL)
            return db.execute("SELECT value FROM count WHERE name = 'questions'").fetchone()[0]
    finally:
        fresh.unlink()


def _take_out(db: sqlite3.Connection, questions: Collection[str], datasets: Collection[str]) -> int:
    """The gone questions' rows (question, facets, text) and the gone data sets' taken out; the facet
    values they had noted in ``temp.touched``. Returns their ids as bits."""
    db.execute("CREATE TEMP TABLE gone(id INTEGER PRIMARY KEY)")
    db.executemany("INSERT INTO temp.gone SELECT id FROM question WHERE iri = ?", ((q,) for q in questions))
    db.executescript("""
        CREATE TEMP TABLE touched AS SELECT DISTINCT kind, value FROM facet
            WHERE question IN (SELECT id FROM temp.gone);
        DELETE FROM facet WHERE question IN (SELECT id FROM temp.gone);
        DELETE FROM question WHERE id IN (SELECT id FROM temp.gone);
        DELETE FROM text WHERE rowid IN (SELECT id FROM temp.gone);""")
    db.executemany("DELETE FROM dataset WHERE iri = ?", ((d,) for d in datasets))
    ids = [i for (i,) in db.execute("SELECT id FROM temp.gone")]
    return bits_of(ids, max(ids, default=0))


def _places(db: sqlite3.Connection) -> list[tuple[int, int]]:
    """An id for each fresh question (``temp.place``: fresh id -> id), in the order of all of them
    (``OLDEST_FIRST``): the id after the question before it. A kept question that then has no id above
    the one before it moves up by as much; returns those moves (old id, new id), highest first."""
    db.execute("CREATE TEMP TABLE place(fresh INTEGER PRIMARY KEY, id INTEGER NOT NULL)")
    last, moved, placed = 0, [], []
    for kept, new in db.execute(f"SELECT kept, new FROM (SELECT id AS kept, NULL AS new, date, number, iri "
                                f"FROM main.question UNION ALL SELECT NULL, id, date, number, iri "
                                f"FROM fresh.question) ORDER BY {OLDEST_FIRST}").fetchall():
        if kept is not None and kept > last:
            last = kept
            continue
        last += 1
        if kept is None:
            placed.append((new, last))
        else:
            moved.append((kept, last))
    db.executemany("INSERT INTO temp.place VALUES (?, ?)", placed)
    return moved[::-1]


def _put_in(db: sqlite3.Connection, moved: list[tuple[int, int]]) -> None:
    """The moves made (highest first, so each new id is free), then the fresh rows copied in at their
    places, and the facet values they touched counted again."""
    for old, new in moved:
        for table, column in (("question", "id"), ("facet", "question"), ("text", "rowid")):
            db.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (new, old))
    db.executescript("""
        INSERT INTO question SELECT p.id, q.iri, q.title, q.number, q.year, q.date, q.figures, q.intro
            FROM fresh.question q JOIN temp.place p ON p.fresh = q.id;
        INSERT INTO facet SELECT p.id, f.kind, f.value
            FROM fresh.facet f JOIN temp.place p ON p.fresh = f.question;
        INSERT INTO text(rowid, title, question, answer) SELECT p.id, t.title, t.question, t.answer
            FROM fresh.text t JOIN temp.place p ON p.fresh = t.rowid;
        INSERT INTO dataset(iri, title, observations, question)
            SELECT iri, title, observations, question FROM fresh.dataset ORDER BY id;
        INSERT INTO facet_value SELECT kind, value, label, iri, 0 FROM fresh.facet_value WHERE 1
            ON CONFLICT(kind, value) DO NOTHING;
        INSERT INTO temp.touched SELECT kind, value FROM fresh.facet_value;
        UPDATE facet_value SET questions = (SELECT count(*) FROM facet f
            WHERE f.kind = facet_value.kind AND f.value = facet_value.value)
            WHERE (kind, value) IN (SELECT kind, value FROM temp.touched);
        DELETE FROM facet_value WHERE questions = 0;""")


def _update_term_hits(db: sqlite3.Connection, fresh: Path, gone: int, moved: list[tuple[int, int]],
                      placed: Mapping[int, int], size: int) -> None:
    """Each stored word's hit set without the ``gone`` ids, its moved ids carried to their new ones, and
    with the fresh questions that hold the word (found in their own small index, by their fresh ids)."""
    olds = bits_of((old for old, _ in moved), size)
    small = sqlite3.connect(f"file:{fresh}?mode=ro", uri=True)
    try:
        for term, stored in db.execute("SELECT term, bits FROM term_hits").fetchall():
            bits = int.from_bytes(stored, "little") & ~gone
            carried = [new for old, new in moved if bits >> old & 1]
            found = json.loads(small.execute("SELECT json_group_array(rowid) FROM text WHERE text MATCH ?",
                                             (_word(term),)).fetchone()[0])
            bits = bits & ~olds | bits_of([*carried, *(placed[i] for i in found)], size)
            db.execute("UPDATE term_hits SET bits = ? WHERE term = ?", (_bytes(bits, size), term))
    finally:
        small.close()


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def oxigraph_rows(store: object) -> Rows:
    """``rows`` over a pyoxigraph store (the one a build has just loaded): each solution as strings."""
    def select(query: str) -> Iterator[dict[str, str]]:
        solutions = store.query(query)  # type: ignore[attr-defined]
        names = [v.value for v in solutions.variables]
        for solution in solutions:
            yield {name: solution[name].value for name in names if solution[name] is not None}
    return select


def index_build(store: object, index: Path, uris: Uris, changed: Changed | None = None) -> int:
    """The build's one call: index what ``store`` (pyoxigraph, loaded) publishes into ``index``; given what
    changed since the previous build, by updating the copy of the previous build's index that ``index``
    holds (``update_index``), unless there is none or it was written in another layout."""
    if changed is not None and layout(index) == LAYOUT:
        return update_index(oxigraph_rows(store), index, uris, changed)
    return write_index(oxigraph_rows(store), index, uris)


# --- querying ---------------------------------------------------------------------------------


QueryPart = tuple[tuple[str, ...], bool]  # a phrase's tokens (one: a word), and whether it is a prefix


def query_parts(text: str) -> list[QueryPart]:
    """User text -> what it asks for, every part ANDed: ``"a b"`` is a phrase, ``word*`` a prefix,
    everything else a word. Punctuation splits words as the tokenizer does, so ``12.791.969`` is the
    phrase of its digit groups. Empty when nothing searchable is left; ``QueryTooLarge`` past the
    limits."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryTooLarge(f"A search may be at most {MAX_QUERY_CHARS} characters long.")
    parts = []
    for phrase, word in _QUERY_PART.findall(unicodedata.normalize("NFC", text)):
        tokens = tuple(_TOKEN.findall(phrase if phrase else word))
        if tokens:
            parts.append((tokens, word.endswith("*")))
    if len(parts) > MAX_TERMS:
        raise QueryTooLarge(f"A search may have at most {MAX_TERMS} words or phrases.")
    return parts


def _expression(parts: Iterable[QueryPart]) -> str:
    """The FTS5 query of ``parts``, which cannot fail to parse: every token quoted."""
    return " AND ".join('"' + " ".join(t.replace('"', '""') for t in tokens) + '"' + ("*" if prefix else "")
                        for tokens, prefix in parts)


def stored_term(part: QueryPart) -> str | None:
    """The ``term_hits`` key of a plain ASCII word (as FTS5 folds it), None for anything else."""
    (tokens, prefix) = part
    return tokens[0].lower() if len(tokens) == 1 and not prefix and tokens[0].isascii() else None


def highlight(snippet: str) -> str:
    """A snippet as safe HTML: everything escaped, then the hit markers turned into ``<mark>``."""
    return html.escape(snippet).replace(_MARK_OPEN, "<mark>").replace(_MARK_CLOSE, "</mark>")


@dataclass(frozen=True)
class Search:
    """What a list asks for: text (may be empty: a plain list), facet filters, one page."""

    text: str = ""
    filters: tuple[tuple[str, str], ...] = ()  # (kind, value), all must hold
    page: int = 1
    size: int = 20


@dataclass(frozen=True)
class Hit:
    iri: str
    title: str
    number: int | None
    year: str | None
    date: str | None
    figures: int
    snippet: str  # safe HTML (``highlight``), or the start of the question's text
    people: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # kind -> [(value, label)]


@dataclass(frozen=True)
class FacetValue:
    kind: str
    value: str
    label: str
    count: int
    iri: str | None = None


@dataclass(frozen=True)
class Results:
    search: Search
    total: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]  # kind -> values, most frequent first
    matched: bool  # False when the text held nothing searchable

    @property
    def ranked(self) -> int:
        """How many hits a text search ranks and pages through: all, or the newest ``RANK_WINDOW``."""
        return min(self.total, RANK_WINDOW) if self.search.text.strip() else self.total

    @property
    def pages(self) -> int:
        return max(1, -(-self.ranked // self.search.size))


@dataclass(frozen=True)
class Dataset:
    iri: str
    title: str
    observations: int
    question: str | None


@dataclass(frozen=True)
class FacetBits:
    """Every facet value's questions as a bit set (bit ``id`` for question ``id``), read once per process
    and index: counting the values among 100,000 hits is then one AND and one popcount per value,
    where a SQL ``GROUP BY`` over the hits' facet rows took a second."""

    size: int  # the highest question id
    everything: int  # every question's bit (an updated index has gaps)
    bits: dict[tuple[str, str], int]
    values: dict[tuple[str, str], FacetValue]  # label, IRI and whole-archive count of each


@functools.lru_cache(maxsize=4)
def facet_bits(path: str) -> FacetBits:
    """The facet bit sets of the index at ``path`` (a build's index never changes; a new build is a new
    path, so the cache needs no invalidation)."""
    db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        size = db.execute("SELECT coalesce(max(id), 0) FROM question").fetchone()[0]
        everything = bits_of((i for (i,) in db.execute("SELECT id FROM question")), size)
        members: dict[tuple[str, str], bytearray] = {}
        for kind, value, question in db.execute("SELECT kind, value, question FROM facet"):
            buffer = members.get((kind, value))
            if buffer is None:
                buffer = members[(kind, value)] = bytearray(size // 8 + 1)
            buffer[question >> 3] |= 1 << (question & 7)
        values = {(k, v): FacetValue(k, v, label, n, iri) for k, v, label, iri, n in
                  db.execute("SELECT kind, value, label, iri, questions FROM facet_value")}
    finally:
        db.close()
    bits = {key: int.from_bytes(b, "little") for key, b in members.items()}
    return FacetBits(size, everything, bits, values)


_AS_DIGITS = bytes.maketrans(b"\x00\x01", b"01")


def bits_of(ids: Iterable[int], size: int) -> int:
    """The set of ``ids`` (each from 1 to ``size``) as bits. No Python loop: a byte per id is set by
    ``map`` in C, and the bytes are read as a binary number (what a loop of shifts took 60-90 ms for
    100,000 ids, this does in ~10)."""
    flags = bytearray(size + 1)
    deque(map(flags.__setitem__, ids, repeat(1)), maxlen=0)
    return int(flags.translate(_AS_DIGITS)[::-1], 2)


def set_bits(bits: int, skip: int, take: int) -> list[int]:
    """The positions of set bits ``skip`` to ``skip + take``, highest first (ids run oldest first): a page
    of a list, newest first."""
    found: list[int] = []
    data = bits.to_bytes((bits.bit_length() + 7) // 8, "big")
    for index, byte in enumerate(data):
        if not byte:
            continue
        count = byte.bit_count()
        if skip >= count:
            skip -= count
            continue
        for bit in range(7, -1, -1):
            if byte >> bit & 1:
                if skip:
                    skip -= 1
                    continue
                found.append((len(data) - 1 - index) * 8 + bit)
                if len(found) == take:
                    return found
    return found


class SearchIndex:
    """Read-only queries on one build's index file (opened immutable: the build never changes).

    Question ids run oldest first (``write_index`` numbers them by date; an updated index has gaps), so a
    list without words is a run of the set bits of its filters (or of every question's), from the top."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        # an index written before the stored hit sets searches every word with FTS5
        self.term_hits = bool(self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'term_hits'").fetchall())

    def close(self) -> None:
        self.db.close()

    def search(self, search: Search, facet_limit: int = 10) -> Results:
        """One page of hits (by rank for a text search, newest first otherwise), the total, and per
        facet the most frequent values among all hits (the chosen ones always shown)."""
        check_page(search.page, search.size)
        parts = query_parts(search.text)
        if search.text.strip() and not parts:
            return Results(search, 0, [], {}, matched=False)
        expression = _expression(parts) or None
        facets = facet_bits(str(self.path))
        chosen = facets.everything
        for key in search.filters:
            chosen &= facets.bits.get(key, 0)
        offset = (search.page - 1) * search.size
        if expression is None:
            hits = chosen
            rows = self._rows(set_bits(chosen, offset, search.size), None)
        else:
            if offset >= RANK_WINDOW:
                raise QueryTooLarge(f"A search can be paged through its best {RANK_WINDOW:,} hits; "
                                    f"add a word or a filter to see others.")
            hits = self._matching(parts, facets) & chosen
            ends = set_bits(hits, RANK_WINDOW - 1, 1)  # the newest RANK_WINDOW hits start there
            ids = self._ranked(expression, search.filters, offset, search.size, ends[0] if ends else None)
            rows = self._rows(ids, expression)
        total = hits.bit_count()
        counted = self._counts(facets, hits, facet_limit) if facet_limit else {}
        for kind, value in search.filters:  # a chosen value is shown even when rare
            if all(v.value != value for v in counted.get(kind, [])):
                counted.setdefault(kind, []).append(FacetValue(kind, value, self.label(kind, value), total))
        return Results(search, total, self._hits(rows), counted, matched=True)

    def _matching(self, parts: list[QueryPart], facets: FacetBits) -> int:
        """The questions matching every part, as bits: a frequent word's stored set, the other parts
        by one FTS5 query."""
        hits, size = facets.everything, facets.size
        rest = []
        for part in parts:
            term = stored_term(part)
            row = (self.db.execute("SELECT bits FROM term_hits WHERE term = ?", (term,)).fetchone()
                   if term is not None and self.term_hits else None)
            if row is None:
                rest.append(part)
            else:
                hits &= int.from_bytes(row[0], "little")
        return hits & fts_hits(self.db, _expression(rest), size) if rest else hits

    def _ranked(self, expression: str, filters: tuple[tuple[str, str], ...], offset: int,
                size: int, window_start: int | None) -> list[int]:
        """One page of the ids matching ``expression`` and the filters, best first (bm25; the newest of
        equals first), among the hits from id ``window_start`` (the newest ``RANK_WINDOW``: ranking costs
        a lookup per hit)."""
        # "+": the filter must not reach FTS5 as a rowid constraint (one full-text lookup per filtered id: 2 s
        # at 10,000 questions); no join with the questions either, which tripled the cost
        where, params = _filters(filters, "+text.rowid")
        if window_start is not None:
            where, params = f"{where} AND text.rowid >= ?", [*params, window_start]
        return [r for (r,) in self.db.execute(
            f"SELECT text.rowid FROM text WHERE text MATCH ? AND {where} ORDER BY {RANK}, text.rowid DESC "
            f"LIMIT ? OFFSET ?",
            [expression, *params, size, offset])]

    def _rows(self, ids: list[int], expression: str | None) -> list[tuple]:
        """The questions ``ids`` in that order, each with its fragment: the hits marked when there are
        words (``snippet()`` for these rows only), else the start of the question's text."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        if expression is None:
            found = {r[0]: (*r[:7], html.escape(r[7]) + ("…" if len(r[7]) == 240 else ""))
                     for r in self.db.execute(
                         f"SELECT id, iri, title, number, year, date, figures, substr(intro, 1, 240) "
                         f"FROM question WHERE id IN ({marks})", ids)}
        else:
            # one pass over the hits between the page's first and last id, not one FTS5 lookup per id
            # ("+"): each lookup expands a prefix the index has no prefix list for (``deze*``) anew,
            # 10 ms apiece at 100,000 questions
            found = {r[0]: (*r[:7], highlight(r[7])) for r in self.db.execute(
                f"SELECT q.id, q.iri, q.title, q.number, q.year, q.date, q.figures, "
                f"snippet(text, -1, '{_MARK_OPEN}', '{_MARK_CLOSE}', '…', {SNIPPET_TOKENS}) "
                f"FROM text CROSS JOIN question q ON q.id = text.rowid "  # CROSS: the text drives
                f"WHERE text MATCH ? AND text.rowid BETWEEN ? AND ? AND +text.rowid IN ({marks})",
                [expression, min(ids), max(ids), *ids])}
        return [found[i] for i in ids if i in found]

    def _hits(self, rows: list[tuple]) -> list[Hit]:
        people: dict[int, dict[str, list[tuple[str, str]]]] = {r[0]: {} for r in rows}
        if rows:
            marks = ",".join("?" * len(rows))
            for question, kind, value, label in self.db.execute(
                f"SELECT f.question, f.kind, f.value, v.label FROM facet f JOIN facet_value v "
                f"ON v.kind = f.kind AND v.value = f.value WHERE f.question IN ({marks}) "
                f"AND f.kind IN ('minister', 'lid') ORDER BY v.label", [r[0] for r in rows]):
                people[question].setdefault(kind, []).append((value, label))
        return [Hit(r[1], r[2], r[3], r[4], r[5], r[6], r[7], people[r[0]]) for r in rows]

    @staticmethod
    def _counts(facets: FacetBits, hits: int, limit: int) -> dict[str, list[FacetValue]]:
        """Per facet kind, the ``limit`` values most frequent among ``hits``."""
        counted = sorted(((n, value) for key, value in facets.values.items()
                          if (n := (facets.bits.get(key, 0) & hits).bit_count())),
                         key=lambda pair: (-pair[0], pair[1].label))
        return _top(((v.kind, v.value, v.label, v.iri, n) for n, v in counted), limit)

    def label(self, kind: str, value: str) -> str:
        row = self.db.execute("SELECT label FROM facet_value WHERE kind = ? AND value = ?",
                              (kind, value)).fetchone()
        return row[0] if row else value

    def values(self, kind: str, page: int = 1, size: int = 50) -> tuple[int, list[FacetValue]]:
        """All values of one facet with their counts, paged: years newest first, the rest by name."""
        check_page(page, size)
        total = self.db.execute("SELECT count(*) FROM facet_value WHERE kind = ?", (kind,)).fetchone()[0]
        order = "value DESC" if kind == "jaar" else "label COLLATE NOCASE, value"
        rows = self.db.execute(f"SELECT kind, value, label, iri, questions FROM facet_value WHERE kind = ? "
                               f"ORDER BY {order} LIMIT ? OFFSET ?", (kind, size, (page - 1) * size))
        return total, [FacetValue(k, v, label, n, iri) for k, v, label, iri, n in rows]

    def facets_of(self, iri: str) -> list[FacetValue]:
        """The facet values a thing is (a person as minister and as member, a topic): for its page's links."""
        rows = self.db.execute("SELECT kind, value, label, iri, questions FROM facet_value WHERE iri = ? "
                               "ORDER BY kind", (iri,))
        return [FacetValue(k, v, label, n, i) for k, v, label, i, n in rows]

    def datasets(self, page: int = 1, size: int = 50) -> tuple[int, list[Dataset]]:
        """The datasets, largest first, paged."""
        check_page(page, size)
        total = self.db.execute("SELECT value FROM count WHERE name = 'datasets'").fetchone()[0]
        rows = self.db.execute("SELECT iri, title, observations, question FROM dataset "
                               "ORDER BY observations DESC, title, iri LIMIT ? OFFSET ?",
                               (size, (page - 1) * size))
        return total, [Dataset(*row) for row in rows]

    def counts(self) -> dict[str, int]:
        """The headline figures: questions, datasets, observations (what the landing page shows), counted
        when the index was written (summing 100,000 datasets' rows took 20 ms a page)."""
        return dict(self.db.execute("SELECT name, value FROM count"))


def check_page(page: int, size: int) -> None:
    if not 1 <= size <= MAX_PAGE_SIZE:
        raise QueryTooLarge(f"A page holds 1 to {MAX_PAGE_SIZE} items.")
    if not 1 <= page <= 1_000_000:
        raise QueryTooLarge("Pages are numbered from 1.")


def _filters(filters: Iterable[tuple[str, str]], column: str) -> tuple[str, list[str]]:
    """SQL condition on the question id ``column`` for the chosen facet values (each must hold), and its
    parameters."""
    clauses, params = ["1"], []
    for kind, value in filters:
        clauses.append(f"{column} IN (SELECT question FROM facet WHERE kind = ? AND value = ?)")
        params += [kind, value]
    return " AND ".join(clauses), params


def _top(rows: Iterable[tuple], limit: int) -> dict[str, list[FacetValue]]:
    facets: dict[str, list[FacetValue]] = {kind: [] for kind in FACETS}
    for kind, value, label, iri, n in rows:
        if len(facets[kind]) < limit:
            facets[kind].append(FacetValue(kind, value, label, n, iri))
    return {kind: values for kind, values in facets.items() if values}
