"""Model in, Graph out: the corpus as linked data (see docs/model.md).

``corpus_graph`` is the entry point for a whole corpus, ``documents_graph`` for a batch;
``load_turtle_dir`` reads the ontology and shapes (written with relative IRIs) against the
configured base; ``flag_contradictions`` turns consistency warnings into published attributes.
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, SH, XSD

from ..model import Document
from ..uris import Uris
from .cube import add_cube
from .curated import Curated, load_curated
from .entities import add_entities
from .memory import memory_graph
from .namespaces import QB, bind_prefixes
from .questions import add_document

ONTOLOGY_DIR = files("vlaq_lod.ontology")  # package data: the top-level ontology/ in a checkout
SHAPES_DIR = files("vlaq_lod.shapes")


def load_turtle_dir(folder: Traversable, uris: Uris) -> Graph:
    """Parse ``folder/*.ttl`` with ``publicID = base + "/"`` so relative IRIs follow the base.

    ``sh:namespace`` literals are strings, not IRIs, so Turtle cannot resolve them: a relative
    one (``"def/vlaq#"``) is resolved here too, letting SHACL-SPARQL shapes use ``vlaq:``.
    """
    graph = Graph()
    for item in sorted((i for i in folder.iterdir() if i.name.endswith(".ttl")), key=lambda i: i.name):
        graph.parse(data=item.read_bytes(), format="turtle", publicID=uris.base + "/")
    for decl, namespace in list(graph.subject_objects(SH.namespace)):
        if "://" not in str(namespace):
            graph.set((decl, SH.namespace, Literal(f"{uris.base}/{namespace}", datatype=XSD.anyURI)))
    return graph


def corpus_graph(documents: Sequence[Document], curated_dir: Path, uris: Uris) -> Graph:
    """Everything about the documents plus the ontology and concept schemes, for one base.

    Raises ``CuratedError`` (``FILE:LINE: message``) for a malformed curated file, a quote not in
    its source, or a figure whose printed number is not its value: nothing is published unchecked.
    """
    return documents_graph(documents, load_curated(curated_dir), uris, load_turtle_dir(ONTOLOGY_DIR, uris))


def documents_graph(documents: Sequence[Document], curated: Curated, uris: Uris, ontology: Graph) -> Graph:
    """``corpus_graph`` for some documents and the curated declarations that concern them (a batch).

    The ontology comes parsed: batches that share one parse share its blank nodes, so the
    ontology's triples are the same triples in every batch and publish once."""
    graph = bind_prefixes(memory_graph(), uris)
    graph += ontology
    by_source = {d.source: d for d in documents}
    for doc in documents:
        add_document(graph, uris, doc)
    add_entities(graph, uris, curated, by_source)
    add_cube(graph, uris, documents, curated)
    return graph


def _vocab(graph: Graph) -> str | None:
    """The vlaq namespace of ``graph`` (its ontology IRI ``{base}/def/vlaq`` plus ``#``)."""
    for ontology in graph.subjects(RDF.type, OWL.Ontology):
        if str(ontology).endswith("/def/vlaq"):
            return f"{ontology}#"
    return None


def flag_contradictions(graph: Graph, report_graph: Graph) -> Graph:
    """The triples that mark each observation named by a SHACL warning as contradicted.

    The figure itself is never changed: the warning's message is published next to it
    (``vlaq:consistency vlaq:contradicted`` and ``vlaq:consistencyNote``). Both the focus node and
    a ``sh:value`` that is an observation are flagged, since either side may be the wrong one.
    The vocabulary namespace is read from the ontology in ``graph``, so no base is passed.
    """
    flags = Graph()
    vocab = _vocab(graph)
    if vocab is None:
        return flags
    for result in report_graph.subjects(SH.resultSeverity, SH.Warning):
        message = "; ".join(sorted(str(m) for m in report_graph.objects(result, SH.resultMessage)))
        for key in (SH.focusNode, SH.value):
            node = report_graph.value(result, key)
            if isinstance(node, URIRef) and (node, RDF.type, QB.Observation) in graph:
                flags.add((node, URIRef(vocab + "consistency"), URIRef(vocab + "contradicted")))
                # the shapes' messages are English
                flags.add((node, URIRef(vocab + "consistencyNote"), Literal(message, lang="en")))
    return flags
