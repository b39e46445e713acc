"""Quotes: where in a source text a fact was read, as W3C Web Annotation selectors.

Every observation and every curated thing points at the exact characters it came from
(``oa:TextQuoteSelector`` for the words, ``oa:TextPositionSelector`` for the offsets into
``Document.text``), so a reader can check a figure against its source and the validation
report can name ``FILE:LINE`` for any node (``source_of``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from ..model import Document
from ..uris import Uris
from .curated import QuestionRef, Where, document_of
from .namespaces import OA, PROV, RDF, SCHEMA, vlaq

CONTEXT = 32  # characters of prefix and suffix: enough to tell equal figures in one table apart


@dataclass(frozen=True)
class Quote:
    """A stretch ``[start, end)`` of one document's text."""

    doc: Document
    start: int
    end: int

    @property
    def exact(self) -> str:
        return self.doc.text[self.start : self.end]

    @property
    def line(self) -> int:
        return self.doc.text.count("\n", 0, self.start) + 1


def curated_quote(question: QuestionRef, text: str, where: Where,
                  documents: Iterable[Document]) -> tuple[Document, Quote] | None:
    """The document of the entry's question and the checked quote, or ``None`` when the question is
    absent (``Curated.absent`` reports it).

    A curated entry that misquotes its document stops the build at its own line: nothing is
    published on the strength of a quote nobody can find."""
    doc = document_of(question, where, documents)
    if doc is None:
        return None
    quote = find_quote(doc, text)
    if quote is None:
        raise where.error(f"quote does not occur in question {question} ({doc.source}): {text[:60]!r}")
    return doc, quote


def find_quote(doc: Document, quote: str) -> Quote | None:
    """Find ``quote`` in the document, white space tolerant (curated quotes collapse line breaks).

    Returns the first occurrence, recorded with the source's own characters and offsets.
    """
    words = quote.split()
    if not words:
        return None
    match = re.search(r"\s+".join(re.escape(w) for w in words), doc.text)
    return Quote(doc, match.start(), match.end()) if match else None


def add_source_text(graph: Graph, uris: Uris, doc: Document) -> URIRef:
    """The source text file as a resource, so quotes and documents can point at it."""
    node = URIRef(uris.source(doc.source))
    graph.add((node, RDF.type, vlaq(uris).SourceText))
    graph.add((node, RDF.type, SCHEMA.DigitalDocument))
    graph.add((node, SCHEMA.name, Literal(doc.source)))
    graph.add((node, SCHEMA.encodingFormat, Literal("text/plain")))
    # the whole text, so anyone (the source page, a SPARQL user) can check a quote's offsets against it
    graph.add((node, SCHEMA.text, Literal(doc.text, lang="nl")))
    return node


def add_quote(graph: Graph, uris: Uris, owner: URIRef, quote: Quote, name: str = "citaat") -> URIRef:
    """Attach ``quote`` to ``owner`` as ``vlaq:quote`` -> ``oa:SpecificResource`` with two selectors."""
    v = vlaq(uris)
    text = quote.doc.text
    node = URIRef(uris.fragment(owner, name))
    words = URIRef(uris.fragment(owner, f"{name}-tekst"))
    position = URIRef(uris.fragment(owner, f"{name}-positie"))
    graph.add((owner, v.quote, node))
    graph.add((node, RDF.type, OA.SpecificResource))
    graph.add((node, OA.hasSource, URIRef(uris.source(quote.doc.source))))
    graph.add((node, OA.hasSelector, words))
    graph.add((node, OA.hasSelector, position))
    graph.add((node, v.firstLine, Literal(quote.line)))
    graph.add((words, RDF.type, OA.TextQuoteSelector))
    graph.add((words, OA.exact, Literal(quote.exact)))
    graph.add((words, OA.prefix, Literal(text[max(0, quote.start - CONTEXT) : quote.start])))
    graph.add((words, OA.suffix, Literal(text[quote.end : quote.end + CONTEXT])))
    graph.add((position, RDF.type, OA.TextPositionSelector))
    graph.add((position, OA.start, Literal(quote.start)))  # xsd:integer, see shapes/quote.ttl
    graph.add((position, OA.end, Literal(quote.end)))
    return node


def source_of(graph: Graph, node: Node) -> tuple[str, int] | None:
    """The source file name and line ``node`` was read from, or ``None`` when it has no source.

    Observations and curated things answer with their quote; questions, answers and their
    parts with their own first line in the source they were derived from.
    """
    for quote in graph.objects(node, None):
        source = graph.value(quote, OA.hasSource)
        if (quote, RDF.type, OA.SpecificResource) in graph and source is not None:
            return _named_line(graph, source, quote)
    for source in graph.objects(node, PROV.wasDerivedFrom):
        if graph.value(source, SCHEMA.encodingFormat) is not None:
            return _named_line(graph, source, node)
    return None


def _named_line(graph: Graph, source: Node, holder: Node) -> tuple[str, int] | None:
    """``vlaq:firstLine`` is matched by local name: the caller's graph may use any base."""
    name = graph.value(source, SCHEMA.name)
    lines = [o for p, o in graph.predicate_objects(holder) if str(p).endswith("#firstLine")]
    if name is None or not lines:
        return None
    return str(name), int(lines[0])
