"""The catalogue of a build: DCAT-AP 3 for portals (data.europa.eu, the Flemish open-data portal)
and VoID for linked-data tools, both describing the same files and the same endpoint.

Everything here is derived from the corpus graph and the build's file list, so the
catalogue cannot promise a dataset, a dump or a year that the build does not hold.
Every node a DCAT-AP range constraint points at is typed explicitly (``foaf:Agent``,
``dct:LicenseDocument`` …): validators check ``sh:class`` without inference.

Licence: CC0 1.0, from the EU licence authority table. The texts are official acts of a
public authority, which Belgian law leaves outside copyright (WER art. XI.172 §2), and
the figures are facts; CC0 lets anyone combine the data with any other source without
an attribution chain, and portals recognise the EU URI. The catalogue itself carries the
Flemish URI of the same licence, which DCAT-AP-VL asks of a catalogue.

Publisher: the Flemish Parliament, which publishes the questions and the ministers' answers the
data is read from (not this software). Its contact point is its website: no e-mail address of
it is in the sources, and none is made up (docs/catalogue.md).
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

DCATAP = rdflib.Namespace("http://data.europa.eu/r5r/")
MDCAT = rdflib.Namespace("https://data.vlaanderen.be/ns/metadata-dcat#")

LICENSE = URIRef(f"{EU}licence/CC0")
LICENSE_TITLE = "Creative Commons CCZero"  # its name in the Open Definition register, which CKAN keeps
FLEMISH_LICENSE = URIRef("https://data.vlaanderen.be/id/licentie/creative-commons-zero-verklaring/v1.0")
PUBLIC_DOMAIN = URIRef("http://purl.org/adms/licencetype/PublicDomain")
THEME = URIRef(f"{EU}data-theme/GOVE")  # Government and public sector
THEMES = URIRef(f"{EU}data-theme")
DUTCH = URIRef(f"{EU}language/NLD")
FLANDERS = URIRef("http://publications.europa.eu/resource/authority/atu/BEL_REG_VLG")
PUBLIC = URIRef(f"{EU}access-right/PUBLIC")
AVAILABLE = URIRef(f"{EU}planned-availability/AVAILABLE")
FILE_TYPES = URIRef(f"{EU}file-type")
# DCAT-AP-VL's status of a data set (its usage notes name this value): Flemish open data
OPEN_DATA_STATUS = URIRef("https://metadata.vlaanderen.be/id/GDI-Vlaanderen-Trefwoorden")
OPEN_DATA = URIRef(f"{OPEN_DATA_STATUS}/VLOPENDATA")
PUBLISHER_NAME = "Vlaams Parlement"
PUBLISHER_SITE = URIRef("https://www.vlaamsparlement.be/")
REGIONAL_AUTHORITY = URIRef("http://purl.org/adms/publishertype/RegionalAuthority")
KEYWORDS = {"nl": ("schriftelijke vragen", "Vlaams Parlement", "Vlaamse Regering"),
            "en": ("written questions", "Flemish Parliament", "Flemish Government")}
PROV_DERIVED = URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")
SCHEMA_NAME = URIRef("https://schema.org/name")


@dataclass(frozen=True)
class Dump:
    """One file of the build offered as a distribution."""

    path: str  # relative to the build folder, also the path the web layer serves it under
    media_type: str  # IANA type of the (uncompressed) content
    file_type: str  # code in the EU file-type table
    title: dict[str, str]  # language -> its name
    file_type_label: str  # the code's English label in the EU file-type table
    description: dict[str, str]
    compressed: bool = False


def _whole(syntax: str) -> dict[str, str]:
    return {"nl": f"Alle gepubliceerde gegevens in één bestand, in {syntax}.",
            "en": f"Everything published, in one file, in {syntax}."}


DUMPS = (
    Dump("dumps/vlaq.nt.gz", "application/n-triples", "RDF_N_TRIPLES",
         {"nl": "N-Triples (met gzip gecomprimeerd)", "en": "N-Triples (gzip)"}, "RDF N-Triples",
         _whole("N-Triples, met gzip gecomprimeerd"), compressed=True),
    Dump("dumps/vlaq.ttl", "text/turtle", "RDF_TURTLE", {"nl": "Turtle", "en": "Turtle"}, "RDF Turtle",
         _whole("Turtle")),
    Dump("dumps/vlaq.jsonld", "application/ld+json", "JSON_LD", {"nl": "JSON-LD", "en": "JSON-LD"}, "JSON-LD",
         _whole("JSON-LD")),
)


def csv_dump(key: str) -> Dump:
    return Dump(f"dumps/csv/{key}.csv", "text/csv", "CSV", {"nl": "CSV", "en": "CSV"}, "CSV", {
        "nl": "De cijfers van deze dataset als tabel: één rij per waarneming, met periode, eenheid en het "
              "citaat uit de brontekst.",
        "en": "The figures of this data set as a table: one row per observation, with period, unit and the "
              "quote from the source text."})


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
    keywords: tuple[str, ...]  # the titles of the questions its figures come from (Dutch)


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
        entries.append(DatasetEntry(str(dataset), key, title, description, coverage, themes,
                                    _question_titles(graph, dataset)))
    return entries


def _question_titles(graph: rdflib.Graph, dataset: URIRef) -> tuple[str, ...]:
    """The titles of the questions whose answers the data set is derived from."""
    answers = set(graph.objects(dataset, PROV_DERIVED))
    return tuple(sorted({" ".join(str(name).split()) for answer in answers
                         for question in graph.subjects(None, answer)
                         for name in graph.objects(question, SCHEMA_NAME)}))


def _add_texts(graph: rdflib.Graph, node: URIRef, predicate: URIRef, texts: dict[str, str]) -> None:
    for language, text in sorted(texts.items()):
        graph.add((node, predicate, Literal(text, lang=language)))


def _typed(graph: rdflib.Graph, node: URIRef, *classes: URIRef, label: str | None = None,
           scheme: URIRef | None = None) -> URIRef:
    """``node`` with its classes, its English label (a concept's prefLabel, else its title) and the
    code list it is a concept of."""
    for cls in classes:
        graph.add((node, RDF.type, cls))
    if label is not None:
        predicate = SKOS.prefLabel if SKOS.Concept in classes else DCTERMS.title
        graph.add((node, predicate, Literal(label, lang="en")))
    if scheme is not None:
        graph.add((node, SKOS.inScheme, scheme))
    return node


def _identified(graph: rdflib.Graph, node: URIRef) -> URIRef:
    """DCAT-AP-VL asks every catalogued thing for a ``dct:identifier``: its URI, as a literal."""
    graph.add((node, DCTERMS.identifier, Literal(str(node))))
    return node


def _distribution(graph: rdflib.Graph, node: URIRef, uris: Uris, dump: Dump, modified: Literal) -> URIRef:
    _identified(graph, _typed(graph, node, DCAT.Distribution))
    url = URIRef(uris.download(dump.path))
    graph.add((node, DCAT.accessURL, url))
    graph.add((node, DCAT.downloadURL, url))
    _add_texts(graph, node, DCTERMS.title, dump.title)
    _add_texts(graph, node, DCTERMS.description, dump.description)
    graph.add((node, DCAT.mediaType, _typed(graph, URIRef(IANA + dump.media_type), DCTERMS.MediaType)))
    graph.add((node, DCTERMS.format, _typed(graph, URIRef(f"{EU}file-type/{dump.file_type}"),
                                            DCTERMS.MediaTypeOrExtent, SKOS.Concept,
                                            label=dump.file_type_label, scheme=FILE_TYPES)))
    if dump.compressed:
        graph.add((node, DCAT.compressFormat,
                   _typed(graph, URIRef(IANA + "application/gzip"), DCTERMS.MediaType)))
    graph.add((node, DCTERMS.license, LICENSE))
    graph.add((node, DCATAP.availability, AVAILABLE))
    graph.add((node, DCTERMS.issued, modified))
    graph.add((node, DCTERMS.modified, modified))
    return node


def _describe_common(graph: rdflib.Graph, node: URIRef, uris: Uris, modified: Literal,
                     keywords: tuple[str, ...] = ()) -> None:
    """What every dataset and the service share: identifier, publisher, contact, licence, theme,
    language, place, status, access rights, keywords, dates (this build's: no earlier build is kept)."""
    _identified(graph, node)
    graph.add((node, DCTERMS.publisher, URIRef(uris.catalog("uitgever"))))
    graph.add((node, DCAT.contactPoint, URIRef(uris.catalog("contactpunt"))))
    graph.add((node, DCTERMS.license, LICENSE))
    graph.add((node, DCAT.theme, THEME))
    graph.add((node, DCTERMS.language, DUTCH))
    graph.add((node, DCTERMS.spatial, FLANDERS))
    graph.add((node, DCTERMS.accessRights, PUBLIC))
    graph.add((node, DCTERMS.issued, modified))
    graph.add((node, DCTERMS.modified, modified))
    graph.add((node, MDCAT.statuut, OPEN_DATA))
    for language, words in KEYWORDS.items():
        for word in words:
            graph.add((node, DCAT.keyword, Literal(word, lang=language)))
    for word in keywords:
        graph.add((node, DCAT.keyword, Literal(word, lang="nl")))


def _shared_nodes(graph: rdflib.Graph, uris: Uris) -> None:
    publisher = _typed(graph, URIRef(uris.catalog("uitgever")), FOAF.Agent, FOAF.Organization,
                       DCTERMS.Agent)
    graph.add((publisher, FOAF.name, Literal(PUBLISHER_NAME, lang="nl")))
    graph.add((publisher, FOAF.name, Literal("Flemish Parliament", lang="en")))
    graph.add((publisher, FOAF.homepage, PUBLISHER_SITE))
    graph.add((publisher, DCTERMS.type, _typed(graph, REGIONAL_AUTHORITY, SKOS.Concept,
                                               label="Regional authority")))
    contact = _typed(graph, URIRef(uris.catalog("contactpunt")), VCARD.Kind, VCARD.Organization)
    graph.add((contact, VCARD.fn, Literal(PUBLISHER_NAME, lang="nl")))
    graph.add((contact, VCARD.hasURL, PUBLISHER_SITE))
    graph.add((LICENSE, DCTERMS.type, _typed(graph, PUBLIC_DOMAIN, SKOS.Concept, label="Public domain")))
    graph.add((_typed(graph, LICENSE, DCTERMS.LicenseDocument, label=LICENSE_TITLE), SKOS.exactMatch,
               FLEMISH_LICENSE))
    graph.add((FLEMISH_LICENSE, DCTERMS.type, PUBLIC_DOMAIN))
    _typed(graph, FLEMISH_LICENSE, DCTERMS.LicenseDocument, label=LICENSE_TITLE)
    _typed(graph, THEME, SKOS.Concept, label="Government and public sector", scheme=THEMES)
    _typed(graph, THEMES, SKOS.ConceptScheme, label="Data theme")
    _typed(graph, FILE_TYPES, SKOS.ConceptScheme, label="File type")
    _typed(graph, DUTCH, DCTERMS.LinguisticSystem)
    _typed(graph, FLANDERS, DCTERMS.Location)
    graph.add((FLANDERS, SKOS.prefLabel, Literal("Vlaams Gewest", lang="nl")))
    graph.add((FLANDERS, SKOS.prefLabel, Literal("Flemish Region", lang="en")))
    _typed(graph, PUBLIC, DCTERMS.RightsStatement, SKOS.Concept, label="public",
           scheme=URIRef(f"{EU}access-right"))
    _typed(graph, URIRef(f"{EU}access-right"), SKOS.ConceptScheme, label="Access right")
    _typed(graph, AVAILABLE, SKOS.Concept, label="available", scheme=URIRef(f"{EU}planned-availability"))
    _typed(graph, URIRef(f"{EU}planned-availability"), SKOS.ConceptScheme, label="Planned availability")
    # a keyword of Metadata Vlaanderen: the code is its label
    _typed(graph, OPEN_DATA, SKOS.Concept, scheme=OPEN_DATA_STATUS)
    graph.add((OPEN_DATA, SKOS.prefLabel, Literal("VLOPENDATA", lang="nl")))
    _typed(graph, OPEN_DATA_STATUS, SKOS.ConceptScheme, label="GDI-Vlaanderen Trefwoorden")


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


def _cube_dataset(graph: rdflib.Graph, uris: Uris, entry: DatasetEntry, service: URIRef,
                  modified: Literal) -> URIRef:
    nodes = DatasetNodes.of(entry, uris)
    node = _typed(graph, nodes.dataset, DCAT.Dataset)
    _add_texts(graph, node, DCTERMS.title, entry.title)
    _add_texts(graph, node, DCTERMS.description, entry.description)
    _describe_common(graph, node, uris, modified, entry.keywords)
    for theme in entry.themes:
        graph.add((node, DCAT.theme, URIRef(theme)))
    graph.add((node, DCAT.landingPage, _typed(graph, nodes.landing_page, FOAF.Document)))
    if entry.coverage:
        _temporal(graph, nodes.coverage, node, entry.coverage)
    graph.add((node, DCAT.distribution,
               _distribution(graph, nodes.distribution, uris, csv_dump(entry.key), modified)))
    graph.add((service, DCAT.servesDataset, node))
    return node


def _corpus_dataset(graph: rdflib.Graph, uris: Uris, service: URIRef, modified: Literal) -> URIRef:
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
    _describe_common(graph, node, uris, modified)
    graph.add((node, DCAT.landingPage, _typed(graph, URIRef(uris.base + "/"), FOAF.Document)))
    for dump in DUMPS:
        name = dump.path.rsplit("/", 1)[-1].replace(".", "-")
        distribution = URIRef(uris.catalog("distributie", name))
        graph.add((node, DCAT.distribution, _distribution(graph, distribution, uris, dump, modified)))
    endpoint = _identified(graph, _typed(graph, URIRef(uris.catalog("distributie", "sparql")),
                                         DCAT.Distribution))
    graph.add((endpoint, DCAT.accessURL, URIRef(uris.sparql_endpoint())))
    graph.add((endpoint, DCAT.accessService, service))
    _add_texts(graph, endpoint, DCTERMS.title, {"nl": "SPARQL-eindpunt", "en": "SPARQL endpoint"})
    _add_texts(graph, endpoint, DCTERMS.description, {
        "nl": "Alle gepubliceerde gegevens, te bevragen met SPARQL 1.1.",
        "en": "Everything published, to query with SPARQL 1.1."})
    graph.add((endpoint, DCTERMS.license, LICENSE))
    graph.add((endpoint, DCATAP.availability, AVAILABLE))
    graph.add((node, DCAT.distribution, endpoint))
    graph.add((service, DCAT.servesDataset, node))
    return node


def catalog_graph(entries: list[DatasetEntry], uris: Uris, issued: datetime) -> rdflib.Graph:
    """The DCAT-AP 3 catalogue: the corpus, every cube, their distributions and the SPARQL service."""
    graph = bind_catalog_prefixes(rdflib.Graph())
    _shared_nodes(graph, uris)
    # UTC written "Z", the form a store keeps (Oxigraph answers "+00:00" as "Z"); rdflib would rewrite it
    modified = Literal(f"{issued.astimezone(UTC):%Y-%m-%dT%H:%M:%S}Z", datatype=XSD.dateTime, normalize=False)
    service = _typed(graph, URIRef(uris.catalog("sparql")), DCAT.DataService)
    _add_texts(graph, service, DCTERMS.title, {"nl": "SPARQL 1.1-eindpunt", "en": "SPARQL 1.1 endpoint"})
    _add_texts(graph, service, DCTERMS.description, {
        "nl": "Het SPARQL 1.1-eindpunt over alle gepubliceerde gegevens (alleen lezen).",
        "en": "The SPARQL 1.1 endpoint over everything published (read-only)."})
    graph.add((service, DCAT.endpointURL, URIRef(uris.sparql_endpoint())))
    # the SPARQL 1.1 Service Description, which the endpoint answers with when sent no query
    graph.add((service, DCAT.endpointDescription, URIRef(uris.sparql_endpoint())))
    graph.add((service, DCTERMS.conformsTo, _typed(
        graph, URIRef("http://www.w3.org/TR/sparql11-protocol/"), DCTERMS.Standard)))
    _describe_common(graph, service, uris, modified)

    catalog = _typed(graph, URIRef(uris.catalog()), DCAT.Catalog)
    _add_texts(graph, catalog, DCTERMS.title, {"nl": "Catalogus vlaq-lod", "en": "vlaq-lod catalogue"})
    _add_texts(graph, catalog, DCTERMS.description, {
        "nl": "Open data over de schriftelijke vragen van het Vlaams Parlement en de cijfers in de "
              "antwoorden.",
        "en": "Open data on the written questions of the Flemish Parliament and the figures in the "
              "answers."})
    _identified(graph, catalog)
    graph.add((catalog, DCTERMS.publisher, URIRef(uris.catalog("uitgever"))))
    graph.add((catalog, DCAT.contactPoint, URIRef(uris.catalog("contactpunt"))))
    graph.add((catalog, DCTERMS.license, FLEMISH_LICENSE))
    graph.add((catalog, DCTERMS.language, DUTCH))
    graph.add((catalog, DCTERMS.spatial, FLANDERS))
    graph.add((catalog, DCAT.themeTaxonomy, THEMES))
    graph.add((catalog, FOAF.homepage, URIRef(uris.base + "/")))
    graph.add((catalog, DCTERMS.issued, modified))
    graph.add((catalog, DCTERMS.modified, modified))
    graph.add((catalog, DCAT.service, service))
    graph.add((catalog, DCAT.dataset, _corpus_dataset(graph, uris, service, modified)))
    for entry in entries:
        graph.add((catalog, DCAT.dataset, _cube_dataset(graph, uris, entry, service, modified)))
    return graph


def bind_catalog_prefixes(graph: rdflib.Graph) -> rdflib.Graph:
    for prefix, namespace in (("dcat", DCAT), ("dcterms", DCTERMS), ("foaf", FOAF), ("vcard", VCARD),
                              ("void", VOID), ("skos", SKOS), ("dcatap", DCATAP), ("mdcat", MDCAT)):
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
