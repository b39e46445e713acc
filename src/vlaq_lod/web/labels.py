"""Human names for the terms on a page: the best label in Dutch, then English, then any.

Pages show people labels, not IRIs. One query fetches the labels of every term a
page mentions, so a page costs a fixed number of queries however many links it has.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from rdflib import Literal
from rdflib.term import BNode, Node

from ..store import Store

# In order of preference when a term has several.
LABEL_PROPERTIES = (
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/2000/01/rdf-schema#label",
    "https://schema.org/name",
    "http://purl.org/dc/terms/title",
    "http://xmlns.com/foaf/0.1/name",
)
PRINTED = "/def/vlaq#printedValue"  # a figure has no label: the number as printed names it best
LANGUAGES = ("nl", "en")
ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*$")  # safe inside <...> in SPARQL


@dataclass(frozen=True)
class Term:
    """One value as a page shows it: text (with its language), and a link for IRIs."""

    text: str
    lang: str | None = None
    href: str | None = None  # where a click goes (a local path for our own IRIs)
    iri: str | None = None  # the full IRI, shown as a tooltip
    datatype: str | None = None


def rank(literal: Literal, property_rank: int) -> tuple[int, int]:
    """Lower is better: the language first (nl, en, none, other), then the label property."""
    lang = literal.language
    language_rank = LANGUAGES.index(lang) if lang in LANGUAGES else (len(LANGUAGES) if lang is None else 9)
    return language_rank, property_rank


def best_labels(rows: Iterable[Mapping[str, Node]]) -> dict[str, Literal]:
    """Rows of ``?s ?p ?label`` -> the best label of each ``?s``."""
    best: dict[str, tuple[tuple[int, int], Literal]] = {}
    for row in rows:
        label = row["label"]
        if not isinstance(label, Literal):
            continue
        prop = str(row["p"])
        key = rank(label, LABEL_PROPERTIES.index(prop) if prop in LABEL_PROPERTIES else len(LABEL_PROPERTIES))
        subject = str(row["s"])
        if subject not in best or key < best[subject][0]:
            best[subject] = (key, label)
    return {subject: label for subject, (_, label) in best.items()}


def fetch_labels(store: Store, iris: Iterable[str]) -> dict[str, Literal]:
    """The best label of each IRI that has one, in one query; terms of other vocabularies that the data
    does not label get their Dutch name from ``DUTCH``, so no page shows a reader a CURIE or a code."""
    wanted = sorted({iri for iri in iris if ABSOLUTE_IRI.match(iri)})
    if not wanted:
        return {}
    values = " ".join(f"<{iri}>" for iri in wanted)
    # a figure's printed value (``{base}/def/vlaq#printedValue``, for the bases of the IRIs asked about)
    printed = sorted({iri.split("/id/", 1)[0] + PRINTED for iri in wanted if "/id/" in iri})
    properties = ", ".join(f"<{p}>" for p in (*LABEL_PROPERTIES, *printed))
    # FILTER, not a second VALUES: Oxigraph joined VALUES ?p with every label in the store first (300 ms a
    # page at 5.6M triples; 0.4 ms this way)
    query = (f"SELECT ?s ?p ?label WHERE {{ VALUES ?s {{ {values} }} ?s ?p ?label "
             f"FILTER(?p IN ({properties})) }}")
    found = best_labels(store.select(query))
    for iri in wanted:
        label = found.get(iri)
        if iri in DUTCH and (label is None or label.language != "nl"):
            found[iri] = Literal(DUTCH[iri], lang="nl")
    return found


SCHEMA_, QB_, DCAT_, EU_ = "https://schema.org/", "http://purl.org/linked-data/cube#", \
    "http://www.w3.org/ns/dcat#", "http://publications.europa.eu/resource/authority/"
# Dutch names of the other vocabularies' terms the pages show (classes, common properties, the EU codes
# of the catalogue): what a reader sees instead of ``schema:Person``, ``NLD``
# or "Government and public sector".
DUTCH = {
    f"{SCHEMA_}Person": "persoon",
    f"{SCHEMA_}GovernmentOrganization": "overheidsorganisatie",
    f"{SCHEMA_}GovernmentService": "overheidsdienst",
    f"{SCHEMA_}ServiceChannel": "kanaal",
    f"{SCHEMA_}ContactPoint": "contactpunt",
    f"{SCHEMA_}Question": "vraag",
    f"{SCHEMA_}Answer": "antwoord",
    f"{SCHEMA_}DigitalDocument": "document",
    f"{SCHEMA_}name": "naam",
    f"{SCHEMA_}alternateName": "andere naam",
    f"{SCHEMA_}text": "tekst",
    f"{SCHEMA_}author": "auteur",
    f"{SCHEMA_}dateCreated": "datum",
    f"{SCHEMA_}position": "nummer",
    f"{SCHEMA_}isPartOf": "deel van",
    f"{SCHEMA_}hasPart": "bestaat uit",
    f"{SCHEMA_}mentions": "vermeldt",
    f"{SCHEMA_}acceptedAnswer": "antwoord",
    f"{SCHEMA_}parentItem": "antwoord op",
    f"{SCHEMA_}encodingFormat": "formaat",
    f"{SCHEMA_}sameAs": "officiële vraag",
    f"{SCHEMA_}telephone": "telefoon",
    f"{SCHEMA_}funder": "gefinancierd door",
    f"{SCHEMA_}provider": "aangeboden door",
    f"{SCHEMA_}availableChannel": "kanaal",
    f"{DCAT_}dataset": "dataset",
    f"{DCAT_}distribution": "distributie",
    f"{DCAT_}servesDataset": "ontsluit",
    f"{DCAT_}contactPoint": "contactpunt",
    f"{DCAT_}accessService": "toegang via",
    f"{DCAT_}service": "dienst",
    f"{SCHEMA_}servicePhone": "telefoonnummer",
    f"{SCHEMA_}providesService": "biedt aan",
    "http://www.w3.org/2004/02/skos/core#hasTopConcept": "hoofdbegrip",
    "http://www.w3.org/2004/02/skos/core#inScheme": "in begrippenlijst",
    "http://www.w3.org/2004/02/skos/core#topConceptOf": "hoofdbegrip van",
    "http://www.w3.org/2004/02/skos/core#broader": "valt onder",
    "http://www.w3.org/2004/02/skos/core#narrower": "omvat",
    f"{QB_}codeList": "codelijst",
    f"{QB_}structure": "structuur",
    f"{QB_}component": "component",
    f"{QB_}dimension": "dimensie",
    f"{QB_}measure": "meting",
    f"{QB_}attribute": "attribuut",
    "http://purl.org/dc/terms/title": "titel",
    "http://purl.org/dc/terms/description": "beschrijving",
    "http://purl.org/dc/terms/relation": "verwant met",
    "http://purl.org/dc/terms/license": "licentie",
    "http://purl.org/dc/terms/publisher": "uitgever",
    f"{QB_}Observation": "cijfer",
    f"{QB_}DataSet": "dataset",
    f"{QB_}DataStructureDefinition": "structuur van een dataset",
    f"{QB_}dataSet": "dataset",
    f"{DCAT_}Dataset": "dataset",
    f"{DCAT_}Distribution": "distributie",
    f"{DCAT_}Catalog": "catalogus",
    f"{DCAT_}DataService": "dataservice",
    "http://www.w3.org/2004/02/skos/core#Concept": "begrip",
    "http://www.w3.org/2004/02/skos/core#ConceptScheme": "begrippenlijst",
    "http://www.w3.org/2006/time#Interval": "periode",
    "http://www.w3.org/2006/time#ProperInterval": "periode",
    "http://www.w3.org/ns/org#Membership": "functie",
    "http://www.w3.org/ns/org#member": "lid",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#type": "soort",
    "http://www.w3.org/ns/prov#wasDerivedFrom": "afgeleid van",
    "http://www.w3.org/ns/oa#hasSource": "bron",
    "http://xmlns.com/foaf/0.1/Agent": "organisatie",
    "http://xmlns.com/foaf/0.1/Organization": "organisatie",
    f"{EU_}data-theme/GOVE": "Overheid en publieke sector",
    f"{EU_}language/NLD": "Nederlands",
    f"{EU_}language/ENG": "Engels",
    f"{EU_}atu/BEL_REG_VLG": "Vlaams Gewest",
    f"{EU_}country/BEL": "België",
    f"{EU_}frequency/IRREG": "onregelmatig",
    f"{EU_}file-type/CSV": "CSV",
    f"{EU_}access-right/PUBLIC": "openbaar",
}


def curie(iri: str, prefixes: Mapping[str, str]) -> str | None:
    """``dct:title`` for a term of a known vocabulary (the longest matching namespace wins)."""
    matches = [(ns, prefix) for prefix, ns in prefixes.items() if iri.startswith(ns) and len(iri) > len(ns)]
    if not matches:
        return None
    namespace, prefix = max(matches, key=lambda m: len(m[0]))
    return f"{prefix}:{iri[len(namespace) :]}"


QUESTION_KEY = re.compile(r"^(?P<year>\d{4}-\d{4})-(?P<number>\d+)-[a-z0-9-]+$")
OWN_NAMES = (  # what a person calls our own unlabelled things, by the type word and shape of their key
    (re.compile(r"^antwoord/(?P<q>[^/]+)$"), "Antwoord op vraag {q}"),
    (re.compile(r"^antwoord/(?P<q>[^/]+)/deel/(?P<n>[^/]+)$"), "Antwoord {n} op vraag {q}"),
    (re.compile(r"^vraag/(?P<q>[^/]+)/deelvraag/(?P<n>[^/]+)$"), "Deelvraag {n} van vraag {q}"),
    (re.compile(r"^vraag/(?P<q>[^/]+)$"), "Vraag {q}"),
    (re.compile(r"^onleesbaar/(?P<q>[^/]+)/regel-(?P<n>\d+)(?:-\d+)?$"),
     "Niet gelezen: regel {n} van vraag {q}"),
)


def own_name(key: str) -> str | None:
    """``antwoord/2021-2022-313-jan-jambon/deel/1-a`` -> ``Antwoord 1-a op vraag nr. 313 (2021-2022)``."""
    for pattern, template in OWN_NAMES:
        if match := pattern.match(key):
            parts = match.groupdict()
            question = QUESTION_KEY.match(parts["q"])
            parts["q"] = f"nr. {question['number']} ({question['year']})" if question else parts["q"]
            return template.format(**parts)
    return None


def fallback_text(iri: str, prefixes: Mapping[str, str]) -> str:
    """Text for an IRI without a label: for our own things a name read from the key (``Antwoord 1 op
    vraag nr. 313 (2021-2022)``) or the key after the type; for other vocabularies' terms the CURIE."""
    if (short := curie(iri, prefixes)) is not None:
        return short
    _, own, key = iri.partition("/id/")
    key = key.split("#", 1)[0]
    if own and (name := own_name(key)):
        return name
    if own and "/" in key:
        return key.split("/", 1)[1].replace("/", " / ")
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1] or iri


def local_href(iri: str, base: str) -> str:
    """Our own IRIs become site paths, so links work on whatever host serves the build."""
    return iri[len(base) :] or "/" if iri.startswith(base + "/") or iri == base else iri


def term(
    node: Node, labels: Mapping[str, Literal], prefixes: Mapping[str, str], base: str, doc_of=lambda iri: iri
) -> Term:
    """How ``node`` shows on a page. ``doc_of`` maps a thing's IRI to its description
    (``/id/`` to ``/doc/``)."""
    if isinstance(node, Literal):
        datatype = str(node.datatype) if node.datatype else None
        return Term(str(node), node.language, datatype=datatype and fallback_text(datatype, prefixes))
    if isinstance(node, BNode):
        return Term("(anoniem)")
    iri = str(node)
    label = labels.get(iri)
    text = str(label) if label is not None else fallback_text(iri, prefixes)
    lang = label.language if label is not None else None
    return Term(text, lang, href=local_href(doc_of(iri), base), iri=iri)


MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def dutch_date(value: Node | None) -> str:
    """``2022-04-26`` -> ``26 april 2022``, as the documents print dates."""
    day = value.toPython() if isinstance(value, Literal) else None
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if isinstance(day, date) else str(value or "")
