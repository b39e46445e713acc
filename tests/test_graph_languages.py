"""Every literal that is text in a language says which (``@nl``, ``@en``); names of persons, identifiers,
codes, printed numbers and quote selectors say none (docs/model.md, "Languages").

Read from the seed build's dump (corpus, ontology, catalogue, VoID), as a consumer of the data sees it.
"""

from __future__ import annotations

import re

import rdflib
from rdflib import RDF, RDFS, XSD, Literal
from rdflib.namespace import DCAT, DCTERMS, FOAF, SKOS

from vlaq_lod.graph.namespaces import OA, SCHEMA, TIME

BASE = "http://localhost:8000"
VLAQ = rdflib.Namespace(f"{BASE}/def/vlaq#")
VCARD = rdflib.Namespace("http://www.w3.org/2006/vcard/ns#")
VOID = rdflib.Namespace("http://rdfs.org/ns/void#")

# the predicates that carry text a person reads in a language
TEXT = {
    SCHEMA.name, SCHEMA.text, SCHEMA.description, SCHEMA.alternateName,
    DCTERMS.title, DCTERMS.description, DCAT.keyword,
    SKOS.prefLabel, SKOS.altLabel, SKOS.definition, RDFS.label, RDFS.comment,
    FOAF.name, VCARD.fn,
    VLAQ.printedTitle, VLAQ.hedgeText, VLAQ.printedText, VLAQ.unreadReason, VLAQ.consistencyNote,
}
# text predicates whose value is no text in a language for these subjects: (predicate, subject class) ->
# the form of such a value
NOT_TEXT = {
    (SCHEMA.name, SCHEMA.Person): re.compile(r".+"),  # a person's name is the same in every language
    (SCHEMA.name, VLAQ.SourceText): re.compile(r"[\w.-]+\.txt"),  # a file name
    # a period's date notation (2018, 2014-2016, 2022-Q1, 2022-01); a curated period is labelled in words
    (RDFS.label, TIME.Interval): re.compile(r"[0-9]{4}(-[0-9]{4}|-Q[1-4]|-[0-9]{2})?"),
}
# every other predicate with plain string values, each no text in a language
UNTAGGED = {
    VLAQ.parliamentaryYear: "an identifier (2021-2022)",
    SCHEMA.position: "the printed label of a part (1, 1-a, c)",
    SCHEMA.telephone: "a telephone number",
    SCHEMA.encodingFormat: "a media type",
    SKOS.notation: "a code (EUR, %)",
    DCTERMS.identifier: "a URI as a literal",
    VOID.uriSpace: "a URI prefix",
    VLAQ.printedValue: "a number as printed (+5,63%)",
    VLAQ.footnote: "a footnote marker (*, (1))",
    OA.exact: "a quote selector: the source's characters, matched as they are",
    OA.prefix: "a quote selector",
    OA.suffix: "a quote selector",
}


def _plain(literal: object) -> bool:
    return (isinstance(literal, Literal) and literal.language is None
            and literal.datatype in (None, XSD.string))


def _exempt(graph: rdflib.Graph, subject: rdflib.term.Node, predicate: rdflib.URIRef, value: Literal) -> bool:
    return any(p == predicate and (subject, RDF.type, cls) in graph and form.fullmatch(value)
               for (p, cls), form in NOT_TEXT.items())


def test_every_text_literal_is_tagged_dutch_or_english(seed_graph: rdflib.Graph) -> None:
    untagged = sorted({(seed_graph.qname(p), str(o)[:40]) for s, p, o in seed_graph
                       if p in TEXT and _plain(o) and not _exempt(seed_graph, s, p, o)})
    assert untagged == []
    languages = {o.language for s, p, o in seed_graph if isinstance(o, Literal) and o.language}
    assert languages == {"nl", "en"}


def test_the_text_predicates_occur_and_carry_dutch(seed_graph: rdflib.Graph) -> None:
    """The list above is not vacuous: the seeds have Dutch values of nearly every text predicate (the
    shapes' English messages only become a ``consistencyNote`` when figures contradict each other)."""
    dutch = {p for s, p, o in seed_graph if p in TEXT and isinstance(o, Literal) and o.language == "nl"}
    assert TEXT - dutch == {VLAQ.unreadReason, VLAQ.consistencyNote}
    assert {p for s, p, o in seed_graph if isinstance(o, Literal) and o.language == "en"} >= {
        SKOS.definition, VLAQ.unreadReason, DCTERMS.title, SKOS.prefLabel, RDFS.label}


def test_names_codes_and_quotes_stay_untagged(seed_graph: rdflib.Graph) -> None:
    """The other side of the rule, so neither list drifts: persons' names, file names and the periods'
    date notations are plain, and every predicate with plain strings is one ``UNTAGGED`` says is no text."""
    for (predicate, cls), form in NOT_TEXT.items():
        values = [o for s in seed_graph.subjects(RDF.type, cls) for o in seed_graph.objects(s, predicate)
                  if form.fullmatch(o)]
        assert values and all(_plain(o) for o in values), (predicate, cls)
    plain = {p for s, p, o in seed_graph if _plain(o)}
    assert plain - TEXT == set(UNTAGGED) - {VLAQ.footnote}  # no seed figure prints a footnote marker
    assert not any(isinstance(o, Literal) and o.language
                   for p in UNTAGGED for o in seed_graph.objects(None, p))
