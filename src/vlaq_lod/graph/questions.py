"""Questions, answers, their parts, persons and the ministers' titles as printed (schema.org, ORG).

Every question is typed ``schema:Question`` as well as ``vlaq:WrittenQuestion``: clients
without RDFS reasoning must still find it. A title is kept exactly as printed, once per
header that prints it, because question and answer headers differ (a dropped ``VLAAMS``).
"""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import Graph, Literal, URIRef

from ..model import Document, Numbered, Part, Span
from ..uris import Uris
from .namespaces import ORG, PROV, RDF, RDFS, SCHEMA, XSD, vlaq
from .provenance import add_source_text


def _located(graph: Graph, uris: Uris, node: URIRef, doc: Document, span: Span) -> None:
    """A piece of the document: its source text and lines, for ``source_of`` and for readers."""
    v = vlaq(uris)
    graph.add((node, PROV.wasDerivedFrom, URIRef(uris.source(doc.source))))
    graph.add((node, v.firstLine, Literal(span.first_line)))
    graph.add((node, v.lastLine, Literal(span.last_line)))


def add_person(graph: Graph, uris: Uris, name: str) -> URIRef:
    node = URIRef(uris.person(name))
    graph.add((node, RDF.type, SCHEMA.Person))
    graph.add((node, SCHEMA.name, Literal(name)))
    return node


def add_role(graph: Graph, uris: Uris, doc: Document, name: str, title: str) -> URIRef:
    """A minister's title as printed, attested on the question's date (start and end are unknown).

    The role is shared by every question that prints the title, so it carries only what does not
    grow with the corpus: one date per day the title was printed, not one source per document. Which
    documents printed it is on the questions and answers (``vlaq:addresseeRole``,
    ``vlaq:responderRole``), each derived from its source text."""
    v = vlaq(uris)
    node = URIRef(uris.role(name, title))
    graph.add((node, RDF.type, ORG.Membership))
    graph.add((node, RDF.type, v.MinisterialRole))
    graph.add((node, ORG.member, add_person(graph, uris, name)))
    graph.add((node, v.printedTitle, Literal(title, lang="nl")))
    graph.add((node, RDFS.label, Literal(title, lang="nl")))
    graph.add((node, v.attestedOn, Literal(doc.date, datatype=XSD.date)))
    return node


def _parts(graph: Graph, uris: Uris, doc: Document, whole: URIRef, items: tuple[Numbered, ...],
           mint: str, types: tuple[URIRef, ...]) -> None:
    """Numbered items and their lettered parts, as ``schema:hasPart`` trees under ``whole``."""
    minter = getattr(uris, mint)
    for item in items:
        node = URIRef(minter(doc, item.label))
        _part(graph, uris, doc, whole, node, item, types)
        for letter in item.parts:
            _part(graph, uris, doc, node, URIRef(minter(doc, f"{item.label} {letter.label}")), letter, types)


def _part(graph: Graph, uris: Uris, doc: Document, whole: URIRef, node: URIRef, item: Numbered | Part,
          types: tuple[URIRef, ...]) -> None:
    for t in types:
        graph.add((node, RDF.type, t))
    graph.add((whole, SCHEMA.hasPart, node))
    graph.add((node, SCHEMA.isPartOf, whole))
    graph.add((node, SCHEMA.position, Literal(item.label)))
    graph.add((node, SCHEMA.text, Literal(item.text, lang="nl")))
    _located(graph, uris, node, doc, item.span)


def add_document(graph: Graph, uris: Uris, doc: Document) -> URIRef:
    """The question, its sub-questions, the answer and its parts, with persons and roles."""
    v = vlaq(uris)
    add_source_text(graph, uris, doc)
    question = URIRef(uris.question(doc))
    graph.add((question, RDF.type, SCHEMA.Question))
    graph.add((question, RDF.type, v.WrittenQuestion))
    graph.add((question, v.questionNumber, Literal(doc.number)))
    graph.add((question, v.parliamentaryYear, Literal(doc.parliamentary_year)))
    graph.add((question, SCHEMA.name, Literal(doc.title, lang="nl")))
    graph.add((question, SCHEMA.text, Literal(doc.introduction, lang="nl")))
    graph.add((question, SCHEMA.dateCreated, Literal(doc.date, datatype=XSD.date)))
    graph.add((question, SCHEMA.author, add_person(graph, uris, doc.author)))
    last_line = doc.text.count("\n") + 1
    _located(graph, uris, question, doc, Span(0, len(doc.text), 1, last_line))
    for addressee in doc.addressees:
        graph.add((question, v.addressee, add_person(graph, uris, addressee.name)))
        graph.add((question, v.addresseeRole, add_role(graph, uris, doc, addressee.name, addressee.title)))
    _parts(graph, uris, doc, question, doc.questions, "sub_question", (SCHEMA.Question, v.SubQuestion))
    if doc.answer is not None:
        answer = URIRef(uris.answer(doc))
        graph.add((answer, RDF.type, SCHEMA.Answer))
        graph.add((answer, RDF.type, v.MinisterialAnswer))
        graph.add((answer, SCHEMA.author, add_person(graph, uris, doc.answer.responder)))
        # the text before the first part
        graph.add((answer, SCHEMA.text, Literal(doc.answer.preamble, lang="nl")))
        role = add_role(graph, uris, doc, doc.answer.responder, doc.answer.responder_title)
        graph.add((answer, v.responderRole, role))
        graph.add((answer, SCHEMA.parentItem, question))
        graph.add((question, SCHEMA.acceptedAnswer, answer))
        _located(graph, uris, answer, doc, doc.answer.span)
        _parts(graph, uris, doc, answer, doc.answer.parts, "answer_part", (SCHEMA.Answer, v.AnswerPart))
    return question


def part_at(uris: Uris, doc: Document, offset: int) -> str:
    """The URI of the innermost answer part, sub-question, answer or question containing ``offset``.

    Figures and mentions are derived from the smallest piece of text that holds them.
    """
    return next(_containing(uris, doc, offset), uris.question(doc))


def _containing(uris: Uris, doc: Document, offset: int) -> Iterator[str]:
    def inside(span: Span) -> bool:
        return span.start <= offset < span.end

    if doc.answer is not None:
        for item in doc.answer.parts:
            for letter in item.parts:
                if inside(letter.span):
                    yield uris.answer_part(doc, f"{item.label} {letter.label}")
            if inside(item.span):
                yield uris.answer_part(doc, item.label)
        if inside(doc.answer.span):
            yield uris.answer(doc)
    for item in doc.questions:
        for letter in item.parts:
            if inside(letter.span):
                yield uris.sub_question(doc, f"{item.label} {letter.label}")
        if inside(item.span):
            yield uris.sub_question(doc, item.label)
