"""Things the answers name, declared in the curated files: organisations, services, topics; and what the
sources' metadata knows of a document (its official record, the answer's date).

Each is published with the quote(s) where it is named, and the answer part (or question part)
holding the quote ``schema:mentions`` it, so a page can show where a thing comes up.
"""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from ..model import Document
from ..uris import Uris
from .curated import Curated, Mention, ServiceSpec, SourceSpec
from .namespaces import PROV, RDF, SCHEMA, SKOS, XSD, vlaq
from .provenance import add_quote, curated_quote
from .questions import part_at


def add_mentions(graph: Graph, uris: Uris, node: URIRef, mentions: tuple[Mention, ...],
                 by_source: dict[str, Document]) -> None:
    """Check and attach each quote (``#citaat-1``, ``#citaat-2`` ...) and link the part that holds it;
    a mention in a question that is absent is left out (``Curated.absent`` reports it)."""
    for index, mention in enumerate(mentions, start=1):
        found = curated_quote(mention.question, mention.quote, mention.where, by_source.values())
        if found is None:
            continue
        doc, quote = found
        add_quote(graph, uris, node, quote, f"citaat-{index}")
        graph.add((node, PROV.wasDerivedFrom, URIRef(uris.source(doc.source))))
        graph.add((URIRef(part_at(uris, doc, quote.start)), SCHEMA.mentions, node))


def _service(graph: Graph, uris: Uris, spec: ServiceSpec, organisations: set[str]) -> URIRef:
    node = URIRef(uris.service(spec.key))
    graph.add((node, RDF.type, SCHEMA.GovernmentService))
    graph.add((node, SCHEMA.name, Literal(spec.name, lang="nl")))
    graph.add((node, SCHEMA.description, Literal(spec.description_nl, lang="nl")))
    for name in spec.alternate_names:
        graph.add((node, SCHEMA.alternateName, Literal(name, lang="nl")))
    for funder in spec.funders:
        if funder not in organisations:
            raise spec.where.error(f"funder {funder!r} is not a curated organisation")
        graph.add((node, SCHEMA.funder, URIRef(uris.organisation(funder))))
    for channel in spec.channels:
        chan = URIRef(uris.service_channel(spec.key, channel.key))
        graph.add((node, SCHEMA.availableChannel, chan))
        graph.add((chan, RDF.type, SCHEMA.ServiceChannel))
        graph.add((chan, SCHEMA.name, Literal(channel.name, lang="nl")))
        graph.add((chan, SCHEMA.providesService, node))
        if channel.channel_type:
            concept = URIRef(uris.concept("kanaal", channel.channel_type))
            if (concept, SKOS.inScheme, URIRef(uris.concept_scheme("kanaal"))) not in graph:
                raise spec.where.error(f"channel_type {channel.channel_type!r} is not a concept of 'kanaal'")
            graph.add((chan, vlaq(uris).channelType, concept))
        if channel.telephone:
            point = URIRef(uris.contact_point(channel.telephone))
            graph.add((chan, SCHEMA.servicePhone, point))
            graph.add((point, RDF.type, SCHEMA.ContactPoint))
            graph.add((point, SCHEMA.telephone, Literal(channel.telephone)))
            graph.add((point, SCHEMA.name, Literal(channel.name, lang="nl")))
    return node


def add_source_records(graph: Graph, uris: Uris, records: tuple[SourceSpec, ...],
                       by_source: dict[str, Document]) -> None:
    """The parliament's official record of a question (``schema:sameAs``) and the date of its answer,
    where the sources' metadata gives them; an entry for a document of another batch is that batch's."""
    for spec in records:
        doc = by_source.get(spec.file)
        if doc is None:
            continue
        if spec.official_record:
            graph.add((URIRef(uris.question(doc)), SCHEMA.sameAs, URIRef(spec.official_record)))
        if spec.answered and doc.answer is not None:
            answered = Literal(spec.answered, datatype=XSD.date)
            graph.add((URIRef(uris.answer(doc)), SCHEMA.dateCreated, answered))


def add_entities(graph: Graph, uris: Uris, curated: Curated, by_source: dict[str, Document]) -> None:
    add_source_records(graph, uris, curated.source_records, by_source)
    for org in curated.organisations:
        node = URIRef(uris.organisation(org.name))
        graph.add((node, RDF.type, SCHEMA.GovernmentOrganization))
        graph.add((node, SCHEMA.name, Literal(org.name, lang="nl")))
        for name in org.alternate_names:
            graph.add((node, SCHEMA.alternateName, Literal(name, lang="nl")))
        add_mentions(graph, uris, node, org.mentions, by_source)
    scheme = URIRef(uris.concept_scheme("onderwerp"))
    for topic in curated.topics:
        node = URIRef(uris.concept("onderwerp", topic.key))
        graph.add((node, RDF.type, SKOS.Concept))
        graph.add((node, SKOS.inScheme, scheme))
        graph.add((node, SKOS.topConceptOf, scheme))
        graph.add((scheme, SKOS.hasTopConcept, node))
        graph.add((node, SKOS.prefLabel, Literal(topic.label_nl, lang="nl")))
        graph.add((node, SKOS.prefLabel, Literal(topic.label_en, lang="en")))
        add_mentions(graph, uris, node, topic.mentions, by_source)
    names = {o.name for o in curated.organisations}
    for service in curated.services:
        add_mentions(graph, uris, _service(graph, uris, service, names), service.mentions, by_source)
