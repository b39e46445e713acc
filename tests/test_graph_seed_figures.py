"""Every one of the 34 figures of the two seeds is an observation with a checked quote.

The table below is typed by hand from data/sources/000_*.txt and 001_*.txt: dataset, period,
coded dimension, value, unit, hedge, the answer part it stands in, and the quoted text.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Graph, URIRef

from vlaq_lod.graph.corpus import corpus_graph
from vlaq_lod.graph.namespaces import OA, PROV, QB, RDF, SDMX_ATTRIBUTE, SDMX_DIMENSION, SDMX_MEASURE, vlaq
from vlaq_lod.parse import read_document
from vlaq_lod.settings import PROJECT_ROOT
from vlaq_lod.uris import Uris

SOURCES = PROJECT_ROOT / "data" / "sources"
S000, S001 = "000_1f88426f64fa881f.txt", "001_9f1beb652373d674.txt"
Q313, Q639 = "2021-2022-313-jan-jambon", "2016-2017-639-philippe-muyters"

SCRIPTS = ("Tussen 1 januari 2014 en 31 december 2016 hebben de voorlichters iets minder dan 70.000 keer "
           "een script of artikel gebruikt met inhoud die eigendom is van het Departement Werk en "
           "Sociale Economie.")
OFFICERS = ("Tussen de 115 en de 125 voorlichters (afhankelijk van de periode) beantwoorden in het "
            "contactcenter vragen over de Vlaamse overheid op de kanalen van 1700 en 11 sectorale "
            "infolijnen.")
TRAINED = "Voor het thema Werk en sociale economie zijn op dit ogenblik 36 voorlichters specifiek opgeleid."
SATISFIED = ("De burger zelf scoort de kwaliteit van 1700 met een hoge 87,07% (gemiddeld tevredenheidscijfer "
             "voor jaar 2016).")

BIJ, SCR, SINCE = "bijdrage-bevoegde-diensten-1700", "scriptgebruik-werk-sociale-economie", "vanaf-2017-06-08"
TRAINED_SET, OFF = "opgeleide-voorlichters-werk-sociale-economie", "voorlichters-1700"

# (dataset, period, dimension property, code, value, unit, hedge, source, answer part, quoted text)
FIGURES = [
    ("contacten-1700", "2018", "channel", "telefoon", "826095", "contact", None, S000, "1", "826.095"),
    ("contacten-1700", "2019", "channel", "telefoon", "869341", "contact", None, S000, "1", "869.341"),
    ("contacten-1700", "2020", "channel", "telefoon", "1031280", "contact", None, S000, "1", "1.031.280"),
    ("contacten-1700", "2021", "channel", "telefoon", "1179602", "contact", None, S000, "1", "1.179.602"),
    ("contacten-1700", "2018", "channel", "e-mail", "49717", "contact", None, S000, "1", "49.717"),
    ("contacten-1700", "2019", "channel", "e-mail", "55960", "contact", None, S000, "1", "55.960"),
    ("contacten-1700", "2020", "channel", "e-mail", "87987", "contact", None, S000, "1", "87.987"),
    ("contacten-1700", "2021", "channel", "e-mail", "112122", "contact", None, S000, "1", "112.122"),
    ("contacten-1700", "2018", "channel", "chat", "25661", "contact", None, S000, "1", "25.661"),
    ("contacten-1700", "2019", "channel", "chat", "26933", "contact", None, S000, "1", "26.933"),
    ("contacten-1700", "2020", "channel", "chat", "42485", "contact", None, S000, "1", "42.485"),
    ("contacten-1700", "2021", "channel", "chat", "49531", "contact", None, S000, "1", "49.531"),
    ("contacten-1700", "2018", "channel", "totaal", "901473", "contact", None, S000, "1", "901.473"),
    ("contacten-1700", "2019", "channel", "totaal", "952234", "contact", None, S000, "1", "952.234"),
    ("contacten-1700", "2020", "channel", "totaal", "1161752", "contact", None, S000, "1", "1.161.752"),
    ("contacten-1700", "2021", "channel", "totaal", "1341255", "contact", None, S000, "1", "1.341.255"),
    ("evolutie-contacten-1700", "2018", "channel", "totaal", "-18", "procent", None, S000, "1", "-18%"),
    ("evolutie-contacten-1700", "2019", "channel", "totaal", "5.63", "procent", None, S000, "1", "+5,63%"),
    ("evolutie-contacten-1700", "2020", "channel", "totaal", "22", "procent", None, S000, "1", "+22%"),
    ("evolutie-contacten-1700", "2021", "channel", "totaal", "15.45", "procent", None, S000, "1", "+15,45%"),
    ("budget-contactcenter-1700", "2018", None, None, "4396287", "euro", None, S000, "6", "4.396.287"),
    ("budget-contactcenter-1700", "2019", None, None, "4713451", "euro", None, S000, "6", "4.713.451"),
    ("budget-contactcenter-1700", "2020", None, None, "4712628", "euro", None, S000, "6", "4.712.628"),
    ("budget-contactcenter-1700", "2021", None, None, "5352535", "euro", None, S000, "6", "5.352.535"),
    (BIJ, "2018", None, None, "2462171.69", "euro", None, S000, "6", "2.462.171,69"),
    (BIJ, "2019", None, None, "2254025.75", "euro", None, S000, "6", "2.254.025,75"),
    (BIJ, "2020", None, None, "2172914.56", "euro", None, S000, "6", "2.172.914,56"),
    (BIJ, "2021", None, None, "2261317.90", "euro", None, S000, "6", "2.261.317,90"),
    (SCR, "2014-2016", None, None, "70000", "gebruik", "bovengrens", S001, "1", SCRIPTS),
    (OFF, SINCE, "bound", "ondergrens", "115", "voorlichter", "ondergrens", S001, "2", OFFICERS),
    (OFF, SINCE, "bound", "bovengrens", "125", "voorlichter", "bovengrens", S001, "2", OFFICERS),
    ("sectorale-infolijnen-1700", SINCE, None, None, "11", "infolijn", None, S001, "2", OFFICERS),
    (TRAINED_SET, SINCE, None, None, "36", "voorlichter", None, S001, "2", TRAINED),
    ("tevredenheid-1700", "2016", None, None, "87.07", "procent", None, S001, "3", SATISFIED),
]
SCHEMES = {"channel": "kanaal", "bound": "voorbehoud"}


@pytest.fixture(scope="module")
def uris() -> Uris:
    return Uris("http://example.org/base")


@pytest.fixture(scope="module")
def docs():
    return {p.name: read_document(p) for p in sorted(SOURCES.iterdir())}


@pytest.fixture(scope="module")
def graph(docs, uris) -> Graph:
    return corpus_graph(list(docs.values()), PROJECT_ROOT / "data" / "curated", uris)


def test_there_are_34_seed_figures_by_hand():
    assert len(FIGURES) == 34
    assert len({f[:4] for f in FIGURES}) == 34


def _find(graph: Graph, uris: Uris, dataset: str, period: str, dim: str | None, code: str | None) -> URIRef:
    found = {o for o in graph.subjects(QB.dataSet, URIRef(uris.dataset(dataset)))
             if (o, SDMX_DIMENSION.refPeriod, URIRef(uris.period(period))) in graph}
    if dim is not None:
        found = {o for o in found if (o, vlaq(uris)[dim], URIRef(uris.concept(SCHEMES[dim], code))) in graph}
    assert len(found) == 1, f"{dataset} {period} {code}: {found}"
    return found.pop()


@pytest.mark.parametrize("figure", FIGURES, ids=lambda f: f"{f[0]}-{f[1]}-{f[3] or ''}")
def test_each_seed_figure_is_an_observation_with_its_quote(graph, uris, docs, figure):
    dataset, period, dim, code, value, unit, hedge, source, part, quoted = figure
    v = vlaq(uris)
    obs = _find(graph, uris, dataset, period, dim, code)
    assert (obs, RDF.type, QB.Observation) in graph
    literal = graph.value(obs, SDMX_MEASURE.obsValue)
    assert literal.toPython() == Decimal(value)
    assert graph.value(obs, SDMX_ATTRIBUTE.unitMeasure) == URIRef(uris.concept("eenheid", unit))
    if hedge is None:
        assert graph.value(obs, v.hedge) is None
    else:
        assert graph.value(obs, v.hedge) == URIRef(uris.concept("voorbehoud", hedge))
    question = Q313 if source == S000 else Q639
    assert graph.value(obs, PROV.wasDerivedFrom) == URIRef(uris.thing("antwoord", question, "deel", part))
    quote = graph.value(obs, v.quote)
    assert graph.value(quote, OA.hasSource) == URIRef(uris.source(source))
    selectors = {graph.value(s, RDF.type): s for s in graph.objects(quote, OA.hasSelector)}
    exact = str(graph.value(selectors[OA.TextQuoteSelector], OA.exact))
    start = int(graph.value(selectors[OA.TextPositionSelector], OA.start))
    end = int(graph.value(selectors[OA.TextPositionSelector], OA.end))
    assert " ".join(exact.split()) == quoted
    assert docs[source].text[start:end] == exact
    prefix = str(graph.value(selectors[OA.TextQuoteSelector], OA.prefix))
    assert docs[source].text[:start].endswith(prefix)


def test_hedges_keep_their_words(graph, uris):
    v = vlaq(uris)
    upper = _find(graph, uris, SCR, "2014-2016", None, None)
    assert str(graph.value(upper, v.hedgeText)) == "iets minder dan"
    assert str(graph.value(upper, v.printedValue)) == "70.000"


def test_no_seed_figure_is_lost_or_invented(graph, uris):
    """The curated datasets hold exactly the 34 figures; nothing else comes from the seeds."""
    seed_answers = {URIRef(uris.thing("antwoord", q)) for q in (Q313, Q639)}
    from_seeds = {o for o in graph.subjects(RDF.type, QB.Observation)
                  if graph.value(graph.value(o, PROV.wasDerivedFrom), URIRef("https://schema.org/isPartOf"))
                  in seed_answers}
    assert len(from_seeds) == 34


def test_printed_decimals_are_the_rounding(graph, uris):
    v = vlaq(uris)
    evolution = _find(graph, uris, "evolutie-contacten-1700", "2019", "channel", "totaal")
    assert str(graph.value(evolution, v.printedValue)) == "+5,63%"
    assert graph.value(evolution, v.decimals).toPython() == 2
    whole = _find(graph, uris, "evolutie-contacten-1700", "2020", "channel", "totaal")
    assert graph.value(whole, v.decimals).toPython() == 0


def test_periods_are_time_intervals(graph, uris):
    from vlaq_lod.graph.namespaces import TIME
    span = URIRef(uris.period("2014-2016"))
    assert (span, RDF.type, TIME.ProperInterval) in graph
    begin = graph.value(graph.value(span, TIME.hasBeginning), TIME.inXSDDate)
    end = graph.value(graph.value(span, TIME.hasEnd), TIME.inXSDDate)
    assert (str(begin), str(end)) == ("2014-01-01", "2016-12-31")
    since = URIRef(uris.period("vanaf-2017-06-08"))
    assert str(graph.value(graph.value(since, TIME.hasBeginning), TIME.inXSDDate)) == "2017-06-08"
    assert graph.value(since, TIME.hasEnd) is None
    assert (since, RDF.type, TIME.ProperInterval) not in graph
