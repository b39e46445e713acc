"""The catalogue of a build: DCAT-AP 3 for portals (data.europa.eu, the Flemish open-data portal)
and VoID for linked-data tools, both describing the same files and the same endpoint.

Everything here is derived from the corpus graph and the build's file list, so the
catalogue cannot promise a dataset, a dump or a year that the build does not hold.
Every node a DCAT-AP range constraint points at is typed explicitly (``foaf:Agent``,
``dct:LicenseDocument`` …): validators check ``sh:class`` without inference.

Licence: CC0 1.0, from the EU licence authority table. The texts are official acts of a
public authority, which Belgian law leaves outside copyright (WER art. XI.172 §2), and
the figures are facts; CC0 lets anyone combine the data with any other source without
an attribution chain, and portals recognise the EU URI.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime

import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, RDFS, SKOS, VOID, XSD

from ..uris import ID, Uris
from .namespaces import QB, SDMX_DIMENSION, TIME

VCARD = rdflib.Namespace("http://www.w3.org/2006/vcard/ns#")
REF_PERIOD = SDMX_DIMENSION.refPeriod
EU = "http://publications.europa.eu/resource/authority/"
IANA = "http://www.iana.org/assignments/media-types/"

LICENSE = URIRef(f"{EU}licence/CC0")
THEME = URIRef(f"{EU}data-theme/GOVE")  # Government and public sector
THEMES = URIRef(f"{EU}data-theme")
DUTCH = URIRef(f"{EU}language/NLD")
FLANDERS = URIRef("http://publications.europa.eu/resource/authority/atu/BEL_REG_VLG")
PUBLISHER_NAME = "vlaq-lod"


@dataclass(frozen=True)
class Dump:
    """One file of the build offered as a distribution."""

    path: str  # relative to the build folder, also the path the web layer serves it under
    media_type: str  # IANA type of the (uncompressed) content
    file_type: str  # code in the EU file-type table
    title: str
    compressed: bool = False


DUMPS = (
    Dump("dumps/vlaq.nt.gz", "application/n-triples", "RDF_N_TRIPLES", "N-Triples (gzip)", compressed=True),
    Dump("dumps/vlaq.ttl", "text/turtle", "RDF_TURTLE", "Turtle"),
    Dump("dumps/vlaq.jsonld", "application/ld+json", "JSON_LD", "JSON-LD"),
)


def csv_dump(key: str) -> Dump:
    return Dump(f"dumps/csv/{key}.csv", "text/csv", "CSV", "CSV")


@dataclass(frozen=True)
class Coverage:
    """Temporal coverage as ISO dates; ``end`` is None while a period is still running."""

    start: str
    end: str | None


@dataclass(frozen=True)
class DatasetEntry:
    """What the catalogue says about one qb:DataSet, read from the corpus graph."""

    uri: str
    key: str
    title: dict[str, str]  # language -> text, "nl" and "en" always present
    description: dict[str, str]
    coverage: Coverage | None
    themes: tuple[str, ...]


def _texts(graph: rdflib.Graph, node: URIRef, *predicates: URIRef) -> dict[str, str]:
    """The first literal per language over ``predicates`` (in order); untagged counts as Dutch."""
    found: dict[str, str] = {}
    for predicate in predicates:
        for literal in sorted(graph.objects(node, predicate)):
            if isinstance(literal, Literal):
                found.setdefault(literal.language or "nl", str(literal))
    return found


def _dates(graph: rdflib.Graph, period: rdflib.term.Node, edge: URIRef) -> list[str]:
    return [str(d) for instant in graph.objects(period, edge) for d in graph.objects(instant, TIME.inXSDDate)]


def _coverage(graph: rdflib.Graph, dataset: URIRef) -> Coverage | None:
    """From the earliest beginning to the latest end of the observations' reference periods.

    A period with no end (``vanaf-2017-06-08``: "at this moment") leaves the coverage open.
    """
    periods = {p for obs in graph.subjects(QB.dataSet, dataset) for p in graph.objects(obs, REF_PERIOD)}
    starts = [d for p in periods for d in _dates(graph, p, TIME.hasBeginning)]
    ends = [_dates(graph, p, TIME.hasEnd) for p in periods]
    if not starts:
        return None
    return Coverage(min(starts), max(d for found in ends for d in found) if all(ends) else None)


def dataset_entries(graph: rdflib.Graph, uris: Uris) -> list[DatasetEntry]:
    """Every qb:DataSet of the corpus, with bilingual texts (generated when the graph has none)."""
    prefix = uris.dataset("")
    entries = []
    for dataset in sorted(graph.subjects(RDF.type, QB.DataSet)):
        key = str(dataset)[len(prefix):] if str(dataset).startswith(prefix) else str(dataset)
        title = _texts(graph, dataset, DCTERMS.title, RDFS.label)
        description = _texts(graph, dataset, DCTERMS.description, RDFS.comment)
        title.setdefault("nl", f"Cijfers uit schriftelijke vraag {key}")
        title.setdefault("en", f"Figures from written question {key}")
        description.setdefault("nl", f"{title['nl']}: de cijfers uit het antwoord van de minister, "
                                     "met de zin waarin elk cijfer staat.")
        description.setdefault("en", f"{title['en']}: the figures in the minister's answer to a written "
                                     "question of the Flemish Parliament, each with the sentence it is "
                                     "quoted from.")
        themes = tuple(sorted(str(t) for t in graph.objects(dataset, DCAT.theme)))
        coverage = _coverage(graph, dataset)
        entries.append(DatasetEntry(str(dataset), key, title, description, coverage, themes))
    return entries


def _add_texts(graph: rdflib.Graph, node: URIRef, predicate: URIRef, texts: dict[str, str]) -> None:
    for language, text in sorted(texts.items()):
        graph.add((node, predicate, Literal(text, lang=language)))


def _typed(graph: rdflib.Graph, node: URIRef, *classes: URIRef, label: str | None = None) -> URIRef:
    for cls in classes:
        graph.add((node, RDF.type, cls))
    if label is not None:
        predicate = SKOS.prefLabel if SKOS.Concept in classes else DCTERMS.title
        graph.add((node, predicate, Literal(label, lang="en")))
    return node


def _distribution(graph: rdflib.Graph, node: URIRef, uris: Uris, dump: Dump) -> URIRef:
    _typed(graph, node, DCAT.Distribution)
    url = URIRef(uris.download(dump.path))
    graph.add((node, DCAT.accessURL, url))
    graph.add((node, DCAT.downloadURL, url))
    graph.add((node, DCTERMS.title, Literal(dump.title, lang="en")))
    graph.add((node, DCAT.mediaType, _typed(graph, URIRef(IANA + dump.media_type), DCTERMS.MediaType)))
    graph.add((node, DCTERMS.format,
               _typed(graph, URIRef(f"{EU}file-type/{dump.file_type}"), DCTERMS.MediaTypeOrExtent)))
    if dump.compressed:
        graph.add((node, DCAT.compressFormat,
                   _typed(graph, URIRef(IANA + "application/gzip"), DCTERMS.MediaType)))
    graph.add((node, DCTERMS.license, LICENSE))
    return node


def _describe_common(graph: rdflib.Graph, node: URIRef, uris: Uris) -> None:
    """What every dataset shares: publisher, contact, licence, theme, language, place."""
    graph.add((node, DCTERMS.publisher, URIRef(uris.catalog("uitgever"))))
    graph.add((node, DCAT.contactPoint, URIRef(uris.catalog("contactpunt"))))
    graph.add((node, DCTERMS.license, LICENSE))
    graph.add((node, DCAT.theme, THEME))
    graph.add((node, DCTERMS.language, DUTCH))
    graph.add((node, DCTERMS.spatial, FLANDERS))


def _shared_nodes(graph: rdflib.Graph, uris: Uris) -> None:
    publisher = _typed(graph, URIRef(uris.catalog("uitgever")), FOAF.Agent, FOAF.Organization)
    graph.add((publisher, FOAF.name, Literal(PUBLISHER_NAME)))
    contact = _typed(graph, URIRef(uris.catalog("contactpunt")), VCARD.Kind, VCARD.Organization)
    graph.add((contact, VCARD.fn, Literal(PUBLISHER_NAME)))
    graph.add((contact, VCARD.hasURL, URIRef(uris.base + "/")))
    _typed(graph, LICENSE, DCTERMS.LicenseDocument)
    _typed(graph, THEME, SKOS.Concept, label="Government and public sector")
    graph.add((THEME, SKOS.inScheme, THEMES))
    _typed(graph, THEMES, SKOS.ConceptScheme, label="Data theme")
    _typed(graph, DUTCH, DCTERMS.LinguisticSystem)
    _typed(graph, FLANDERS, DCTERMS.Location)


def _temporal(graph: rdflib.Graph, node: URIRef, dataset: URIRef, coverage: Coverage) -> None:
    period = _typed(graph, node, DCTERMS.PeriodOfTime)
    graph.add((period, DCAT.startDate, Literal(coverage.start, datatype=XSD.date)))
    if coverage.end is not None:
        graph.add((period, DCAT.endDate, Literal(coverage.end, datatype=XSD.date)))
    graph.add((dataset, DCTERMS.temporal, period))


@dataclass(frozen=True)
class DatasetNodes:
    """The catalogue's nodes of one cube, which no other data set shares."""

    dataset: URIRef
    landing_page: URIRef
    coverage: URIRef
    distribution: URIRef

    @classmethod
    def of(cls, entry: DatasetEntry, uris: Uris) -> DatasetNodes:
        return cls(dataset=URIRef(entry.uri), landing_page=URIRef(uris.doc(entry.uri)),
                   coverage=URIRef(uris.fragment(entry.uri, "dekking")),
                   distribution=URIRef(uris.catalog("distributie", f"csv-{entry.key}")))


def _cube_dataset(graph: rdflib.Graph, uris: Uris, entry: DatasetEntry, service: URIRef) -> URIRef:
    nodes = DatasetNodes.of(entry, uris)
    node = _typed(graph, nodes.dataset, DCAT.Dataset)
    _add_texts(graph, node, DCTERMS.title, entry.title)
    _add_texts(graph, node, DCTERMS.description, entry.description)
    _describe_common(graph, node, uris)
    for theme in entry.themes:
        graph.add((node, DCAT.theme, URIRef(theme)))
    graph.add((node, DCAT.landingPage, _typed(graph, nodes.landing_page, FOAF.Document)))
    if entry.coverage:
        _temporal(graph, nodes.coverage, node, entry.coverage)
    graph.add((node, DCAT.distribution, _distribution(graph, nodes.distribution, uris, csv_dump(entry.key))))
    graph.add((service, DCAT.servesDataset, node))
    return node


def _corpus_dataset(graph: rdflib.Graph, uris: Uris, service: URIRef) -> URIRef:
    """The whole corpus (questions, answers, persons and all cubes): what the dumps and the endpoint hold."""
    node = _typed(graph, URIRef(uris.catalog("corpus")), DCAT.Dataset)
    _add_texts(graph, node, DCTERMS.title, {
        "nl": "Schriftelijke vragen van het Vlaams Parlement en de cijfers in de antwoorden",
        "en": "Written questions of the Flemish Parliament and the figures in the answers"})
    _add_texts(graph, node, DCTERMS.description, {
        "nl": "De schriftelijke vragen, de antwoorden van de ministers, wie vraagt en wie antwoordt, en de "
              "cijfers uit de antwoorden als RDF Data Cube, elk cijfer met een verwijzing naar de brontekst.",
        "en": "The written questions, the ministers' answers, who asks and who answers, and the figures in "
              "the answers as RDF Data Cube, each figure linked to the source text it was read from."})
    _describe_common(graph, node, uris)
    graph.add((node, DCAT.landingPage, _typed(graph, URIRef(uris.base + "/"), FOAF.Document)))
    for dump in DUMPS:
        name = dump.path.rsplit("/", 1)[-1].replace(".", "-")
        distribution = URIRef(uris.catalog("distributie", name))
        graph.add((node, DCAT.distribution, _distribution(graph, distribution, uris, dump)))
    endpoint = _typed(graph, URIRef(uris.catalog("distributie", "sparql")), DCAT.Distribution)
    graph.add((endpoint, DCAT.accessURL, URIRef(uris.sparql_endpoint())))
    graph.add((endpoint, DCAT.accessService, service))
    graph.add((endpoint, DCTERMS.title, Literal("SPARQL endpoint", lang="en")))
    graph.add((endpoint, DCTERMS.license, LICENSE))
    graph.add((node, DCAT.distribution, endpoint))
    graph.add((service, DCAT.servesDataset, node))
    return node


def catalog_graph(entries: list[DatasetEntry], uris: Uris, issued: datetime) -> rdflib.Graph:
    """The DCAT-AP 3 catalogue: the corpus, every cube, their distributions and the SPARQL service."""
    graph = bind_catalog_prefixes(rdflib.Graph())
    _shared_nodes(graph, uris)
    service = _typed(graph, URIRef(uris.catalog("sparql")), DCAT.DataService)
    graph.add((service, DCTERMS.title, Literal("SPARQL 1.1 endpoint", lang="en")))
    graph.add((service, DCAT.endpointURL, URIRef(uris.sparql_endpoint())))
    graph.add((service, DCTERMS.conformsTo, _typed(
        graph, URIRef("http://www.w3.org/TR/sparql11-protocol/"), DCTERMS.Standard)))
    graph.add((service, DCTERMS.license, LICENSE))
    graph.add((service, DCTERMS.publisher, URIRef(uris.catalog("uitgever"))))

    catalog = _typed(graph, URIRef(uris.catalog()), DCAT.Catalog)
    _add_texts(graph, catalog, DCTERMS.title, {"nl": "Catalogus vlaq-lod", "en": "vlaq-lod catalogue"})
    _add_texts(graph, catalog, DCTERMS.description, {
        "nl": "Open data over de schriftelijke vragen van het Vlaams Parlement en de cijfers in de "
              "antwoorden.",
        "en": "Open data on the written questions of the Flemish Parliament and the figures in the "
              "answers."})
    graph.add((catalog, DCTERMS.publisher, URIRef(uris.catalog("uitgever"))))
    graph.add((catalog, DCTERMS.license, LICENSE))
    graph.add((catalog, DCTERMS.language, DUTCH))
    graph.add((catalog, DCAT.themeTaxonomy, THEMES))
    graph.add((catalog, FOAF.homepage, URIRef(uris.base + "/")))
    # UTC written "Z", the form a store keeps (Oxigraph answers "+00:00" as "Z"); rdflib would rewrite it
    modified = Literal(f"{issued.astimezone(UTC):%Y-%m-%dT%H:%M:%S}Z", datatype=XSD.dateTime, normalize=False)
    graph.add((catalog, DCTERMS.modified, modified))
    graph.add((catalog, DCAT.service, service))
    graph.add((catalog, DCAT.dataset, _corpus_dataset(graph, uris, service)))
    for entry in entries:
        graph.add((catalog, DCAT.dataset, _cube_dataset(graph, uris, entry, service)))
    return graph


def bind_catalog_prefixes(graph: rdflib.Graph) -> rdflib.Graph:
    for prefix, namespace in (("dcat", DCAT), ("dcterms", DCTERMS), ("foaf", FOAF), ("vcard", VCARD),
                              ("void", VOID), ("skos", SKOS)):
        graph.bind(prefix, namespace, override=True)
    return graph


def _namespace(term: str) -> str:
    """``http://purl.org/dc/terms/title`` -> ``http://purl.org/dc/terms/``."""
    cut = max(term.rfind("#"), term.rfind("/"))
    return term[: cut + 1]


def vocabularies(graph: rdflib.Graph) -> set[str]:
    """Namespaces of the properties and classes ``graph`` uses."""
    terms = {*graph.predicates(unique=True), *graph.objects(None, RDF.type)}
    return {ns for ns in map(_namespace, map(str, terms)) if ns}


def void_graph(classes: Counter[URIRef], used: set[str], triples: int, uris: Uris) -> rdflib.Graph:
    """VoID for what is published besides the VoID itself (its ``classes``, the vocabularies it
    ``used`` and its number of ``triples``); the triple count given includes the VoID's own.

    Counts, not the graph: a large build has its triples in the store, not in memory."""
    graph = bind_catalog_prefixes(rdflib.Graph())
    node = _typed(graph, URIRef(uris.catalog("corpus")), VOID.Dataset)
    graph.add((node, VOID.sparqlEndpoint, URIRef(uris.sparql_endpoint())))
    for dump in DUMPS:
        graph.add((node, VOID.dataDump, URIRef(uris.download(dump.path))))
    graph.add((node, VOID.uriSpace, Literal(uris.base + ID)))
    classes = Counter(classes)
    classes[VOID.Dataset] += 1  # the corpus node, typed above
    for vocabulary in sorted(used | {str(VOID)}):
        graph.add((node, VOID.vocabulary, URIRef(vocabulary)))
    for number, (cls, count) in enumerate(sorted(classes.items()), start=1):
        partition = URIRef(uris.fragment(uris.catalog("corpus"), f"klasse-{number}"))
        graph.add((node, VOID.classPartition, partition))
        graph.add((partition, VOID["class"], cls))
        graph.add((partition, VOID.entities, Literal(count)))
    graph.add((node, VOID.triples, Literal(triples + len(graph) + 1)))
    return graph
