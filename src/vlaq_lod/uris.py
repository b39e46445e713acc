"""The only place that mints URIs: ``{base}/id/{type}/{key}`` for things,
``{base}/doc/{type}/{key}`` for their descriptions, ``{base}/def/...`` for the
vocabulary (after the Flemish URI standard).

Keys are built from what identifies a thing in the sources, never from a
counter, so a rebuild mints the same URIs. A question's number repeats across
ministers and parliamentary years, so its key carries all three.
"""

from __future__ import annotations

import re
import unicodedata

from .model import Document

ID, DOC, DEF = "/id/", "/doc/", "/def/"


def slug(text: str) -> str:
    """``"Guy D'Haeseleer"`` -> ``"guy-dhaeseleer"``: ASCII, lower case, dashes."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ascii_text = re.sub(r"['’]", "", ascii_text.lower())
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def segment(text: str) -> str:
    """One IRI path segment for a dimension value, never empty: its slug, or, for a value of signs alone
    (a column headed ``%``, ``‰``, ``€``), their code points (``%`` -> ``u0025``): stable across rebuilds,
    distinct per sign, and no empty segment that would end an observation's IRI in ``/``."""
    return slug(text) or "-".join(f"u{ord(c):04x}" for c in text if not c.isspace()) or "leeg"


def question_key(doc: Document) -> str:
    """``2021-2022-313-jan-jambon``: parliamentary year, number, first addressee."""
    minister = doc.addressees[0].name if doc.addressees else "onbekend"
    return f"{doc.parliamentary_year}-{doc.number}-{slug(minister)}"


class Uris:
    """URI factory for one base; the graph builder, the web layer and the tests share it."""

    def __init__(self, base: str) -> None:
        self.base = base.rstrip("/")
        self.vocab = f"{self.base}{DEF}vlaq#"

    def thing(self, kind: str, *key: str) -> str:
        return f"{self.base}{ID}{kind}/{'/'.join(key)}"

    def question(self, doc: Document) -> str:
        return self.thing("vraag", question_key(doc))

    def sub_question(self, doc: Document, label: str) -> str:
        return self.thing("vraag", question_key(doc), "deelvraag", slug(label))

    def answer(self, doc: Document) -> str:
        return self.thing("antwoord", question_key(doc))

    def answer_part(self, doc: Document, label: str) -> str:
        return self.thing("antwoord", question_key(doc), "deel", slug(label))

    def person(self, name: str) -> str:
        return self.thing("persoon", slug(name))

    def role(self, name: str, title: str) -> str:
        return self.thing("functie", slug(name), slug(title))

    def organisation(self, name: str) -> str:
        return self.thing("organisatie", slug(name))

    def dataset(self, key: str) -> str:
        return self.thing("dataset", key)

    def observation(self, dataset_key: str, *dims: str) -> str:
        return self.thing("observatie", dataset_key, *(segment(d) for d in dims))

    def structure(self, dataset_key: str) -> str:
        return self.thing("structuur", dataset_key)

    def concept_scheme(self, scheme: str) -> str:
        return self.thing("begrippenlijst", scheme)

    def concept(self, scheme: str, key: str) -> str:
        return self.thing("begrip", scheme, slug(key))

    def service(self, key: str) -> str:
        return self.thing("dienst", slug(key))

    def service_channel(self, service_key: str, key: str) -> str:
        return self.thing("dienst", slug(service_key), "kanaal", slug(key))

    def contact_point(self, telephone: str) -> str:
        return self.thing("contactpunt", slug(telephone))

    def source(self, file_name: str) -> str:
        """The source text a document was read from, so quotes can point into it."""
        return self.thing("bron", slug(file_name))

    def period(self, key: str) -> str:
        """A reference period (``2018``, ``2014-2016``): one resource per period, shared by datasets."""
        return self.thing("periode", slug(key))

    def fragment(self, uri: str, name: str) -> str:
        """A node described on ``uri``'s page (its quote, a selector): a hash URI keeps them together."""
        return f"{uri}#{name}"

    def catalog(self, *part: str) -> str:
        """The DCAT catalogue (no part) and what only it describes: distributions, the SPARQL
        service, the corpus as a whole (``corpus``), publisher and contact point."""
        return self.thing("catalogus", "vlaq", *part)

    def download(self, path: str) -> str:
        """A file of the current build served as is: ``dumps/vlaq.nt.gz``, ``dumps/csv/{key}.csv``."""
        return f"{self.base}/{path}"

    def sparql_endpoint(self) -> str:
        return f"{self.base}/sparql"

    def event_stream(self, page: int | None = None) -> str:
        """The Linked Data Event Stream of questions and observations (``/ldes#stream``) and its pages:
        ``/ldes`` is the first page (the stream's view), ``/ldes/pagina/{n}`` the ones after it."""
        if page is None:
            return f"{self.base}/ldes#stream"
        return f"{self.base}/ldes" if page == 0 else f"{self.base}/ldes/pagina/{page}"

    def version(self, uri: str, page: int, build_id: str) -> str:
        """A version of a thing as build ``build_id`` published it: an LDES member (``dct:isVersionOf``
        the thing), named after the page of the stream it is on, so it resolves without an index:
        ``/ldes/pagina/{page}/{build}/{type}/{key}``."""
        return f"{self.base}/ldes/pagina/{page}/{build_id}/{uri.removeprefix(self.base + ID)}"

    def doc(self, uri: str) -> str:
        """The description document of an ``/id/`` URI (other URIs are returned as they are)."""
        prefix = self.base + ID
        return self.base + DOC + uri[len(prefix):] if uri.startswith(prefix) else uri

    def id_of(self, doc_url: str) -> str:
        prefix = self.base + DOC
        return self.base + ID + doc_url[len(prefix):] if doc_url.startswith(prefix) else doc_url
