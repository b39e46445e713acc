"""The Data Cube (W3C QB, 2014): every printed figure becomes a ``qb:Observation``.

Figures come from two places: table rows the parser found (mapped to a curated dataset by
``data/curated/tables.toml``, or else to a generic per-table dataset) and figures in sentences
declared in ``data/curated/figures.toml``. Both become one ``Observed`` here, so the cube
is written by one function and every observation gets the same provenance: the answer part it
was derived from and the exact quote, checked against the source before it is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from rdflib import Graph, Literal, URIRef

from ..model import RANGE_HEDGE, Document, Figure, Scale, Table, TableRow
from ..parse.lines import collapse
from ..parse.numbers import MASKED, hours_of, read_figure
from ..uris import Uris, question_key, segment
from .curated import Curated, DatasetSpec, Where, document_of
from .namespaces import (
    DCTERMS,
    PROV,
    QB,
    RDF,
    RDFS,
    SDMX_ATTRIBUTE,
    SDMX_DIMENSION,
    SDMX_MEASURE,
    SKOS,
    TIME,
    XSD,
    vlaq,
)
from .provenance import Quote, add_quote, curated_quote
from .questions import part_at

CODED = {"channel": "kanaal", "bound": "voorbehoud"}  # coded dimension -> its concept scheme
UNIT_OF_PARSER = {"EUR": "euro", "percent": "procent", "hectare": "hectare", "count": "aantal",
                  None: "ongespecificeerd"}
GENERIC_STRUCTURE = "tabel"
ROW_SCHEME = "tabelrij"  # the code list of generic tables' rows


@dataclass(frozen=True)
class Observed:
    """One figure ready to publish: where it goes, what it says, where it was read."""

    dataset: str
    period: str
    dims: dict[str, str]  # coded dimension -> concept key; "tableRow" -> the printed row label
    value: Decimal
    printed: str
    unit: str
    quote: Quote
    where: Where
    hedge: str | None = None
    hedge_text: str | None = None
    footnote: str | None = None  # a marker printed with the figure (``*``, ``(1)``)
    found_by: str = "tabel"  # a concept of scheme vindwijze: tabel, lijst, zin, gecureerd
    scale: Scale | None = None  # printed once for the table or row ("in duizend euro"): digits x 10^power


def decimal_literal(value: Decimal) -> Literal:
    """``value`` as an ``xsd:decimal`` in its canonical form ("2261317.9", not "2261317.90"), the form a
    store keeps: Oxigraph stores the value, not the digits, so any other form would be served from
    the store differently from the dumps. The digits as printed are in ``vlaq:printedValue``."""
    return Literal(format(value.normalize(), "f"), datatype=XSD.decimal)


def decimals(printed: str) -> int:
    """Decimals printed (``+5,63%`` -> 2): the rounding a consistency check must allow."""
    decimal_part = re.search(r",(\d+)", printed)  # Dutch notation: the comma only ever marks decimals
    return len(decimal_part.group(1)) if decimal_part else 0


_SWAP_SEPARATORS = str.maketrans(",.", ".,")


def _english(printed: str) -> Decimal | None:
    """``312,406.50`` read in English notation (a comma between thousands, a point before decimals), as the
    table reader reads a table it proved so printed; None when it does not read so."""
    if "." not in printed and "," not in printed:
        return None
    try:
        return read_figure(printed.translate(_SWAP_SEPARATORS))[0]
    except ValueError:
        return None


def _checked_cell(doc: Document, figure: Figure) -> Quote:
    """The quote of one table cell; refuses a cell whose source characters do not read as its value."""
    quote = Quote(doc, figure.span.start, figure.span.end)
    where = Where(doc.source, quote.line)
    try:
        read = read_figure(quote.exact)[0]
    except ValueError:
        read = hours_of(quote.exact)  # "212:45" under "Duur (uu:mm)": hours, as the table reader read it
        if read is None and (read := _english(quote.exact)) is None:
            raise where.error(f"table cell {quote.exact!r} is not a number") from None
    if read != figure.value and figure.scale is None and (english := _english(quote.exact)) is not None \
            and english == figure.value:
        read = english  # "1,046" in a table the parser proved English: one thousand and forty-six
    if figure.scale is not None and read is not None:  # printed once for the table: "(in duizend euro)"
        read = read.scaleb(figure.scale.power)
    if read != figure.value or not figure.printed.startswith(quote.exact):
        raise where.error(f"table cell {quote.exact!r} does not read as {figure.printed!r} ({figure.value})")
    return quote


def generic_dataset(doc: Document, index: int, table: Table) -> DatasetSpec:
    """A dataset for a table nobody curated: its figures are published as printed, not left out."""
    key = f"{question_key(doc)}-tabel-{index}"
    part = f", antwoord {table.answer_part}" if table.answer_part else ""
    measure = f" ({table.measure})" if table.measure else ""  # one column of a table without periods
    return DatasetSpec(
        key=key, structure=GENERIC_STRUCTURE, statistic=key,
        title_nl=f"Tabel {index}{measure} uit het antwoord op vraag nr. {doc.number}{part}: {doc.title}",
        title_en=f"Table {index}{measure} of the answer to question no. {doc.number}{part}: {doc.title}",
        description_nl="Cijfers zoals gedrukt in een tabel of lijst van het antwoord (niet gecureerd).",
        evolution_of=None, where=Where(doc.source, table.span.first_line))


@dataclass(frozen=True)
class TableCodes:
    """The row codes of one generic table: its total row (if exactly one) above the rows it adds up,
    and its total period (a printed ``Totaal`` column) containing the periods it adds up."""

    dataset: str
    rows: tuple[str, ...]  # printed labels, white space collapsed
    total: str | None
    parts: tuple[str, ...]
    total_period: str | None
    periods: tuple[str, ...]
    evolutions: tuple[tuple[str, str], ...] = ()  # (row of changes in %, the row it is the change of)
    share_of: str | None = None  # the dataset of counts whose total these shares (in %) divide
    sum_of: tuple[str, ...] = ()  # the datasets of the columns this Totaal column adds up, row by row
    dashes: tuple[tuple[str, str], ...] = ()  # (row, period) of a part printed "-": no figure, none hidden


def _summed(rows: list[TableRow], total: TableRow | None) -> list[TableRow]:
    """The rows a total row closes: those above it; a total printed first opens the rows below it. A row
    printed under a closing total (``Bijdrage aan adviezen ...`` under ``TOTAAL``, a ``waarvan`` row) is
    another measure or a part of the total's, never one of its terms."""
    if total is None:
        return []
    at = rows.index(total)
    return rows[:at] if at > 0 else rows[at + 1:]


def _table_codes(key: str, table: Table, generic: list[TableRow], share_of: str | None,
                 sum_of: tuple[str, ...] = ()) -> TableCodes:
    """Which generic rows a total row is the sum of: the rows it closes (``_summed``) printed in the same
    units (an evolution in % under a total of counts is no part of it), and a row with a cell masked for
    privacy (``*``, ``<5``: its count is in the total, unpublished, so the total is not checked for that
    period).
    Two total rows: no hierarchy is sure; a total in %: not a sum (shares rounded to 39,3% and 60,7% may
    print a total of 100% or 99,9%)."""
    totals = [row for row in generic if row.total]
    units = {row.label: {f.unit for f in row.values.values() if f.value is not None} for row in generic}
    total = totals[0] if len(totals) == 1 else None
    if total is not None and units[total.label] == {"percent"}:  # rounded shares need not add up to 100
        total = None
    parts = tuple(collapse(r.label) for r in _summed(generic, total)  # a row of changes is no part of it
                  if not r.evolution_of and (units[r.label] == units[total.label] or _masked(r)))
    periods = _summed_periods(table.periods, table.total_period)
    labels = tuple(collapse(r.label) for r in generic)
    total_label = collapse(total.label) if total else None
    evolutions = tuple((collapse(r.label), collapse(r.evolution_of)) for r in generic if r.evolution_of)
    dashes = tuple((collapse(r.label), p) for r in generic for p, f in r.values.items()
                   if p in periods and f.value is None and not MASKED.fullmatch(f.printed.strip())) \
        if table.total_period is not None else ()
    return TableCodes(key, labels, total_label, parts, table.total_period, periods, evolutions, share_of,
                      sum_of, dashes)


def _columns(doc: Document, table: Table, measures: tuple[str, ...]) -> tuple[str, ...]:
    """The datasets of the columns of ``table``'s printed table (a table without periods is split into one
    per column) whose measures are ``measures``: those a column of shares or a Totaal column refers to."""
    return tuple(generic_dataset(doc, k, t).key for k, t in enumerate(doc.tables, start=1)
                 if measures and t.span == table.span and t.measure in measures)


def table_figures(doc: Document, curated: Curated,
                  used: set[Where]) -> tuple[list[Observed], list[DatasetSpec], list[TableCodes]]:
    """Observations from the document's tables; rows without a mapping go to a generic dataset."""
    mappings = {collapse(m.label): m for m in curated.rows if m.question.matches(doc)}
    found: list[Observed] = []
    generic: list[DatasetSpec] = []
    codes: list[TableCodes] = []
    for index, table in enumerate(doc.tables, start=1):
        fallback = generic_dataset(doc, index, table)
        unmapped = [row for row in table.rows if collapse(row.label) not in mappings]
        if unmapped:
            generic.append(fallback)
            counts = next(iter(_columns(doc, table, (table.share_of,) if table.share_of else ())), None)
            columns = _columns(doc, table, table.sum_of)
            codes.append(_table_codes(fallback.key, table, unmapped, counts,
                                      columns if len(columns) == len(table.sum_of) else ()))
        found_by = "lijst" if table.layout == "vertical-list" else "tabel"
        for row in table.rows:
            mapping = mappings.get(collapse(row.label))
            if mapping is not None:
                used.add(mapping.where)
            for period, figure in row.values.items():
                if figure.value is None:  # a printed dash: the source gives no figure to publish
                    continue
                quote = _checked_cell(doc, figure)
                if mapping is None:
                    unit = UNIT_OF_PARSER.get(figure.unit, "ongespecificeerd")
                    found.append(Observed(fallback.key, period, {"tableRow": collapse(row.label)},
                                          figure.value, figure.printed, unit, quote, fallback.where,
                                          footnote=figure.footnote, found_by=found_by, scale=figure.scale))
                else:
                    found.append(Observed(mapping.dataset, period, mapping.dims, figure.value, figure.printed,
                                          mapping.unit, quote, mapping.where, footnote=figure.footnote,
                                          found_by=found_by, scale=figure.scale))
    return found, generic, codes


def _masked(row: TableRow) -> bool:
    """Whether a cell of the row is left out for privacy (``*``, ``x``, ``<5``): a count hidden there."""
    return any(f.value is None and MASKED.fullmatch(f.printed.strip()) for f in row.values.values())


def row_code(uris: Uris, dataset: str, label: str) -> URIRef:
    """The code of a generic table's row: one per dataset and printed label."""
    return URIRef(uris.concept(ROW_SCHEME, f"{dataset}-{segment(label)}"))  # ``%``: not the dataset's key


def add_table_codes(graph: Graph, uris: Uris, codes: TableCodes, curated: Curated) -> None:
    """The table's rows as codes of the ``tabelrij`` scheme, the total above its parts (``skos:narrower``),
    so ``TotalIsSumShape`` checks it; a total period ``time:intervalContains`` the periods it adds up."""
    scheme = URIRef(uris.concept_scheme(ROW_SCHEME))
    for label in codes.rows:
        code = row_code(uris, codes.dataset, label)
        graph.add((code, RDF.type, SKOS.Concept))
        graph.add((code, SKOS.inScheme, scheme))
        graph.add((code, SKOS.prefLabel, Literal(label, lang="nl")))
    if codes.total is not None:
        total = row_code(uris, codes.dataset, codes.total)
        for label in codes.parts:
            graph.add((total, SKOS.narrower, row_code(uris, codes.dataset, label)))
            graph.add((row_code(uris, codes.dataset, label), SKOS.broader, total))
    for evolution, base in codes.evolutions:  # EvolutionOfRowShape checks the printed change
        graph.add((row_code(uris, codes.dataset, evolution), vlaq(uris).evolutionOfRow,
                   row_code(uris, codes.dataset, base)))
    if codes.share_of is not None:  # ShareOfTotalShape checks each share against its count and the total
        shares, counts = URIRef(uris.dataset(codes.dataset)), URIRef(uris.dataset(codes.share_of))
        graph.add((shares, vlaq(uris).shareOf, counts))
    for column in codes.sum_of:  # ColumnTotalIsSumShape checks each row's Totaal against its other columns
        graph.add((URIRef(uris.dataset(codes.dataset)), vlaq(uris).sumOfColumn, URIRef(uris.dataset(column))))
    if codes.total_period is not None:  # PeriodTotalIsSumShape checks the Totaal column against the others
        span = add_period(graph, uris, codes.total_period, curated)
        graph.add((URIRef(uris.dataset(codes.dataset)), vlaq(uris).periodTotal, span))
        for period in codes.periods:
            graph.add((span, TIME.intervalContains, add_period(graph, uris, period, curated)))
        for label, period in codes.dashes:  # printed "-": the row's Totaal still adds up what it prints
            graph.add((row_code(uris, codes.dataset, label), vlaq(uris).printsNoFigureFor,
                       add_period(graph, uris, period, curated)))


def add_unread(graph: Graph, uris: Uris, doc: Document, curated: set[tuple[str, int]]) -> None:
    """Each table row or sentence whose figures could not be read, as printed and with the reason: the
    SHACL warning ``UnreadFiguresShape`` names it (FILE:LINE) in the published report; no observation
    is made. A number a curated entry declares (``curated``: source and offset) was read, by a person."""
    v = vlaq(uris)
    seen: dict[int, int] = {}
    for row in doc.unread:
        if (doc.source, row.span.start) in curated:
            continue
        line = row.span.first_line
        seen[line] = seen.get(line, 0) + 1  # a header may be reported twice (a Totaal, a column of changes)
        name = f"regel-{line}" if seen[line] == 1 else f"regel-{line}-{seen[line]}"
        node = URIRef(uris.thing("onleesbaar", question_key(doc), name))
        graph.add((node, RDF.type, v.UnreadFigures))
        graph.add((node, v.printedText, Literal(row.printed, lang="nl")))
        graph.add((node, v.unreadReason, Literal(row.reason, lang="en")))  # the parser's words
        graph.add((node, PROV.wasDerivedFrom, URIRef(part_at(uris, doc, row.span.start))))
        add_quote(graph, uris, node, Quote(doc, row.span.start, row.span.end))


def _number_in(printed: str, text: str) -> int | None:
    """Where ``printed`` stands in ``text`` as a whole number (``11`` is not in ``115``), or ``None``."""
    m = re.search(rf"(?<![\w.,]){re.escape(printed)}(?!\w|[.,]\d)", text)
    return m.start() if m else None


def sentence_figures(by_source: dict[str, Document], curated: Curated) -> list[Observed]:
    """Curated sentence figures, checked: the sentence is in the source, its number reads as the value."""
    found = []
    for f in curated.figures:
        located = curated_quote(f.question, f.quote, f.where, by_source.values())
        if located is None:  # the question is absent: Curated.absent reports it
            continue
        _, quote = located
        if _number_in(f.printed, quote.exact) is None:
            raise f.where.error(f"{f.printed!r} does not stand in the quote")
        read = read_figure(f.printed)[0]
        if read != f.value:
            raise f.where.error(f"the number in the quote reads {read}, not the value {f.value}")
        found.append(Observed(f.dataset, f.period, f.dims, f.value, f.printed, f.unit, quote, f.where,
                              f.hedge, f.hedge_text, found_by="gecureerd"))
    return found


def curated_offsets(curated: list[Observed]) -> set[tuple[str, int]]:
    """(source, offset) of each curated figure's number: the automatic reading of it gives way."""
    return {(f.quote.doc.source, f.quote.start + at) for f in curated
            if (at := _number_in(f.printed, f.quote.exact)) is not None}


def sentence_dataset(doc: Document) -> DatasetSpec:
    """The per-question dataset of the figures read from the answer's sentences."""
    key = f"{question_key(doc)}-zinnen"
    return DatasetSpec(
        key=key, structure=GENERIC_STRUCTURE, statistic=key,
        title_nl=f"Cijfers uit de zinnen van het antwoord op vraag nr. {doc.number}: {doc.title}",
        title_en=f"Figures in the sentences of the answer to question no. {doc.number}: {doc.title}",
        description_nl="Cijfers die het antwoord in lopende tekst geeft, elk met een periode en wat geteld "
                       "wordt (automatisch gelezen, niet gecureerd).",
        evolution_of=None, where=Where(doc.source, doc.answer.span.first_line if doc.answer else 1))


def stated_figures(doc: Document, curated: set[tuple[str, int]]) -> list[Observed]:
    """The figures the parser read from sentences, except those a curated entry declares.

    The row label is the counted noun as printed; the two ends of a range name their end
    (``infosessies (ondergrens)``), since they share a noun and a period."""
    found = []
    spec = sentence_dataset(doc)
    for stated in doc.sentence_figures:
        figure = stated.figure
        if (doc.source, figure.span.start) in curated or figure.value is None:
            continue
        quote = Quote(doc, figure.span.start, figure.span.end)
        if quote.exact != figure.printed:
            raise Where(doc.source, quote.line).error(f"sentence figure {quote.exact!r} is not "
                                                      f"{figure.printed!r}")
        label = stated.label if stated.hedge_text != RANGE_HEDGE else f"{stated.label} ({stated.hedge})"
        found.append(Observed(spec.key, stated.period, {"tableRow": label}, figure.value, figure.printed,
                              UNIT_OF_PARSER[figure.unit], quote, spec.where, stated.hedge, stated.hedge_text,
                              found_by="zin"))
    return found


def _instant(graph: Graph, uris: Uris, node: URIRef, name: str, day: date) -> URIRef:
    instant = URIRef(uris.fragment(node, name))
    graph.add((instant, RDF.type, TIME.Instant))
    graph.add((instant, TIME.inXSDDate, Literal(day, datatype=XSD.date)))
    return instant


def _summed_periods(periods: tuple[str, ...], total: str | None) -> tuple[str, ...]:
    """The periods a printed Totaal adds up: the table's own but the Totaal and any span holding another of
    them (a row's Totaal over the five months it prints, beside six month columns: sample 1092's Hasselt).
    As a part, such a span would be missing from every other row, and leave their Totaal unchecked."""
    dates = {p: period_dates(p) for p in periods if p != total}

    def holds(outer: str, inner: str) -> bool:
        (b1, e1), (b2, e2) = dates[outer], dates[inner]
        return outer != inner and None not in (b1, e1, b2, e2) and b1 <= b2 and e2 <= e1  # type: ignore[operator]

    return tuple(p for p in dates if not any(holds(p, q) for q in dates))


def period_dates(key: str) -> tuple[date | None, date | None]:
    """First and last day of a year (``2021``), span of years (``2014-2016``), quarter (``2022-Q1``),
    month (``2022-01``), range of days (``2022-01-01/2022-09-30``) or day (``2023-06-30``); a school year
    (``schooljaar-2019-2020``) has none: when it starts is not printed."""
    if days := re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:/(\d{4}-\d{2}-\d{2}))?", key):
        return date.fromisoformat(days[1]), date.fromisoformat(days[2] or days[1])
    if years := re.fullmatch(r"(\d{4})(?:-(\d{4}))?", key):
        return date(int(years[1]), 1, 1), date(int(years[2] or years[1]), 12, 31)
    if part := re.fullmatch(r"(\d{4})-(?:Q([1-4])|(\d{2}))", key):
        year, first = int(part[1]), (int(part[2]) - 1) * 3 + 1 if part[2] else int(part[3])
        last = first + 2 if part[2] else first
        after = date(year + 1, 1, 1) if last == 12 else date(year, last + 1, 1)
        return date(year, first, 1), after - timedelta(days=1)
    return None, None


def add_period(graph: Graph, uris: Uris, key: str, curated: Curated) -> URIRef:
    """A year or a span of years as a ``time:ProperInterval`` from its first to its last day.

    Other periods are curated (``[[period]]``) with what is known of them; an unknown end is
    left out rather than guessed. A period neither a year nor curated keeps only its label.
    """
    node = URIRef(uris.period(key))
    if (node, RDF.type, TIME.Interval) in graph:  # periods are shared: describe each once
        return node
    graph.add((node, RDF.type, TIME.Interval))
    spec = next((p for p in curated.periods if p.key == key), None)
    if spec is not None:
        graph.add((node, RDFS.label, Literal(spec.label_nl, lang="nl")))
        graph.add((node, RDFS.label, Literal(spec.label_en, lang="en")))
        begin, end = spec.begin, spec.end
    else:
        graph.add((node, RDFS.label, Literal(key.removeprefix("schooljaar-"))))
        begin, end = period_dates(key)
    if begin is not None and end is not None and begin < end:  # one day (a stock's date) is not proper
        graph.add((node, RDF.type, TIME.ProperInterval))
    if begin is not None:
        graph.add((node, TIME.hasBeginning, _instant(graph, uris, node, "begin", begin)))
    if end is not None:
        graph.add((node, TIME.hasEnd, _instant(graph, uris, node, "einde", end)))
    return node


def _concept(graph: Graph, uris: Uris, scheme: str, key: str, where: Where) -> URIRef:
    """A code of a fixed scheme; a curated typo stops the build instead of minting a stray code."""
    node = URIRef(uris.concept(scheme, key))
    if (node, SKOS.inScheme, URIRef(uris.concept_scheme(scheme))) not in graph:
        raise where.error(f"{key!r} is not a concept of scheme '{scheme}'")
    return node


def add_dataset(graph: Graph, uris: Uris, spec: DatasetSpec, answers: Iterable[str]) -> URIRef:
    v = vlaq(uris)
    node = URIRef(uris.dataset(spec.key))
    structure = URIRef(uris.structure(spec.structure))
    if (structure, RDF.type, QB.DataStructureDefinition) not in graph:
        raise spec.where.error(f"unknown structure {spec.structure!r}")
    statistic = URIRef(uris.concept("statistiek", spec.statistic))
    graph.add((node, RDF.type, QB.DataSet))
    graph.add((node, QB.structure, structure))
    graph.add((node, RDFS.label, Literal(spec.title_nl, lang="nl")))
    graph.add((node, DCTERMS.title, Literal(spec.title_nl, lang="nl")))
    graph.add((node, DCTERMS.title, Literal(spec.title_en, lang="en")))
    graph.add((node, DCTERMS.description, Literal(spec.description_nl, lang="nl")))
    graph.add((node, v.statistic, statistic))
    graph.add((statistic, RDF.type, SKOS.Concept))
    graph.add((statistic, SKOS.inScheme, URIRef(uris.concept_scheme("statistiek"))))
    graph.add((statistic, SKOS.topConceptOf, URIRef(uris.concept_scheme("statistiek"))))
    graph.add((URIRef(uris.concept_scheme("statistiek")), SKOS.hasTopConcept, statistic))
    if not graph.value(statistic, SKOS.prefLabel):
        graph.add((statistic, SKOS.prefLabel, Literal(spec.title_nl, lang="nl")))
    if spec.evolution_of:
        graph.add((node, v.evolutionOf, URIRef(uris.dataset(spec.evolution_of))))
    for answer in answers:
        graph.add((node, PROV.wasDerivedFrom, URIRef(answer)))
    return node


def observation_node(uris: Uris, fig: Observed) -> URIRef:
    """The URI of a figure's observation: its dataset, period and dimension values."""
    return URIRef(uris.observation(fig.dataset, fig.period, *(val for _, val in sorted(fig.dims.items()))))


# "bovendien 1.318 aanvragen", "daarnaast nog 212", "kwamen er nog eens 96 bij": a figure on top of another
_ADDED = re.compile(r"\b(?:bovendien|daarnaast|daarbovenop|bijkomende?|extra|nog\s+eens|ook\s+nog)\b",
                    re.IGNORECASE)
# a sentence's end: a stop before a blank or a line's end ("1.318" and "3,8" are no stop), a blank line
_SENTENCE_END = re.compile(r"[.!?:](?=\s)|\n[ \t]*\n")
_MAX_SENTENCE = 400


def _sentence_of(quote: Quote) -> str:
    """The sentence a quoted figure stands in: from the stop before it to the stop after it."""
    text = quote.doc.text
    floor = max(0, quote.start - _MAX_SENTENCE)
    start = max((m.end() for m in _SENTENCE_END.finditer(text, floor, quote.start)), default=floor)
    end = m.start() if (m := _SENTENCE_END.search(text, quote.end)) else len(text)
    return text[start : min(end, quote.end + _MAX_SENTENCE)]


def restated(stated: Sequence[Observed], tabled: Sequence[Observed],
             uris: Uris) -> list[tuple[Observed, Observed]]:
    """(sentence figure, table figure) pairs where a sentence restates a figure of a table in the same
    answer part: its noun is the table figure's row label (``14.826 meldingen`` and the row ``Meldingen``),
    case aside, its period is that figure's, its unit too unless the table prints none, and no hedge bounds
    it. The two must agree; ``vlaq:RestatedFigureShape`` warns when they do not. A table's measure is no
    such label: it heads every row (``leners`` per province), not one figure. A sentence that adds its figure
    to the table's (``Het Brusselse loket behandelde in 2022 bovendien 1.318 aanvragen.``) restates none:
    its figure is one more, of another counter or group, never a second print of the cell."""
    pairs = []
    for said in stated:
        if said.hedge is not None or _ADDED.search(_sentence_of(said.quote)):
            continue
        noun = said.dims["tableRow"].casefold()
        part = part_at(uris, said.quote.doc, said.quote.start)
        pairs += [(said, cell) for cell in tabled
                  if cell.period == said.period and cell.unit in {said.unit, UNIT_OF_PARSER[None]}
                  and cell.dims.get("tableRow", "").casefold() == noun
                  and part_at(uris, cell.quote.doc, cell.quote.start) == part]
    return pairs


def add_observation(graph: Graph, uris: Uris, fig: Observed, curated: Curated, seen: set[str]) -> URIRef:
    v = vlaq(uris)
    dims = sorted((k, val) for k, val in fig.dims.items())
    node = observation_node(uris, fig)
    if str(node) in seen:
        raise fig.where.error(f"a second figure for {fig.dataset} {fig.period} {dict(dims)}")
    seen.add(str(node))
    graph.add((node, RDF.type, QB.Observation))
    graph.add((node, QB.dataSet, URIRef(uris.dataset(fig.dataset))))
    graph.add((node, SDMX_DIMENSION.refPeriod, add_period(graph, uris, fig.period, curated)))
    for name, val in dims:
        if name in CODED:
            graph.add((node, v[name], _concept(graph, uris, CODED[name], val, fig.where)))
        elif name == "tableRow":
            graph.add((node, v.tableRow, row_code(uris, fig.dataset, val)))
        else:
            raise fig.where.error(f"unknown dimension {name!r} (known: {', '.join([*CODED, 'tableRow'])})")
    graph.add((node, SDMX_MEASURE.obsValue, decimal_literal(fig.value)))
    graph.add((node, SDMX_ATTRIBUTE.unitMeasure, _concept(graph, uris, "eenheid", fig.unit, fig.where)))
    graph.add((node, v.printedValue, Literal(fig.printed)))
    graph.add((node, v.foundBy, _concept(graph, uris, "vindwijze", fig.found_by, fig.where)))
    graph.add((node, v.decimals, Literal(decimals(fig.printed))))
    if fig.hedge:
        graph.add((node, v.hedge, _concept(graph, uris, "voorbehoud", fig.hedge, fig.where)))
    if fig.hedge_text:
        graph.add((node, v.hedgeText, Literal(fig.hedge_text, lang="nl")))
    if fig.footnote:
        graph.add((node, v.footnote, Literal(fig.footnote)))
    if fig.scale:
        graph.add((node, v.printedScale, Literal(fig.scale.printed, lang="nl")))
        graph.add((node, v.scalePower, Literal(fig.scale.power)))
    graph.add((node, PROV.wasDerivedFrom, URIRef(part_at(uris, fig.quote.doc, fig.quote.start))))
    add_quote(graph, uris, node, fig.quote)
    return node


def add_cube(graph: Graph, uris: Uris, documents: Sequence[Document], curated: Curated) -> None:
    """All observations of all documents, their datasets and periods; curated mappings must all be used."""
    by_source = {d.source: d for d in documents}
    used: set[Where] = set()
    figures: list[Observed] = []
    specs: dict[str, DatasetSpec] = {d.key: d for d in curated.datasets}
    tables: list[TableCodes] = []
    for doc in documents:
        found, generic, codes = table_figures(doc, curated, used)
        figures.extend(found)
        specs.update((g.key, g) for g in generic)
        tables.extend(codes)
    for mapping in curated.rows:
        doc = document_of(mapping.question, mapping.where, documents)
        if doc is not None and mapping.where not in used:
            raise mapping.where.error(f"no table row labelled {mapping.label!r} in question "
                                      f"{mapping.question} ({doc.source})")
    declared = sentence_figures(by_source, curated)
    figures.extend(declared)
    taken = curated_offsets(declared)
    restatements: list[tuple[Observed, Observed]] = []
    for doc in documents:
        add_unread(graph, uris, doc, taken)
        if stated := stated_figures(doc, taken):
            figures.extend(stated)
            tabled = [f for f in figures if f.quote.doc is doc and f.found_by != "zin"]
            restatements += restated(stated, tabled, uris)
            specs[stated[0].dataset] = sentence_dataset(doc)
            labels = tuple(dict.fromkeys(fig.dims["tableRow"] for fig in stated))  # its rows' codes
            tables.append(TableCodes(stated[0].dataset, labels, None, (), None, ()))
    seen: set[str] = set()
    answers: dict[str, set[str]] = {}
    for fig in figures:
        if fig.dataset not in specs:
            raise fig.where.error(f"unknown dataset {fig.dataset!r}")
        add_observation(graph, uris, fig, curated, seen)
        answers.setdefault(fig.dataset, set()).add(uris.answer(fig.quote.doc))
    for said, cell in restatements:
        graph.add((observation_node(uris, said), vlaq(uris).restates, observation_node(uris, cell)))
    for key in sorted(answers):
        spec = specs[key]
        if spec.evolution_of and spec.evolution_of not in answers:
            raise spec.where.error(f"evolution_of {spec.evolution_of!r} is not a published dataset")
        add_dataset(graph, uris, spec, sorted(answers[key]))
    for codes in tables:
        if codes.dataset in answers:  # a table whose every cell is a dash publishes no dataset, so no codes
            counts = codes.share_of if codes.share_of in answers else None
            add_table_codes(graph, uris, replace(codes, share_of=counts), curated)

