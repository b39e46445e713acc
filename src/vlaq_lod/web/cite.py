"""The "Bron" box: how to cite a question, a dataset or a figure, as text and as BibTeX, with the
permanent URI. Everything comes from the question the thing was read from, so a citation names the
document a reader can find in the parliament's archive (number, year, asker, minister, date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from rdflib import Literal

from .context import SCHEMA, Context
from .labels import dutch_date

PUBLISHER = "Vlaams Parlement"


@dataclass(frozen=True)
class QuestionFacts:
    """What identifies a written question in the parliament's archive."""

    iri: str
    number: str
    year: str
    title: str
    asked: Literal | None
    answered: Literal | None
    asker: str
    ministers: tuple[str, ...]
    official_record: str | None


@dataclass(frozen=True)
class Citation:
    uri: str
    text: str
    bibtex: str
    official_record: str | None


def question_facts(ctx: Context, question: str) -> QuestionFacts | None:
    """Number, year, title, dates, asker and addressed ministers of ``question``, in one query."""
    rows = ctx.store.select(
        f"PREFIX schema: <{SCHEMA}> PREFIX vlaq: <{ctx.vocab}> "
        f"SELECT ?n ?year ?title ?asked ?answered ?asker ?minister ?record WHERE {{ "
        f"<{question}> vlaq:questionNumber ?n ; vlaq:parliamentaryYear ?year ; schema:name ?title . "
        f"OPTIONAL {{ <{question}> schema:dateCreated ?asked }} "
        f"OPTIONAL {{ <{question}> schema:author/schema:name ?asker }} "
        f"OPTIONAL {{ <{question}> vlaq:addressee/schema:name ?minister }} "
        f"OPTIONAL {{ <{question}> schema:sameAs ?record }} "
        f"OPTIONAL {{ <{question}> schema:acceptedAnswer/schema:dateCreated ?answered }} }}"
    )
    if not rows:
        return None
    first = rows[0]
    return QuestionFacts(
        question,
        str(first["n"]),
        str(first["year"]),
        str(first["title"]),
        first.get("asked"),
        first.get("answered"),
        str(first.get("asker", "")),
        tuple(dict.fromkeys(str(r["minister"]) for r in rows if "minister" in r)),
        str(first["record"]) if "record" in first else None,
    )


def describe_question(facts: QuestionFacts) -> str:
    """``schriftelijke vraag nr. 1532 (2022-2023) van Jos D'Haese aan Lydia Peeters, 7 juli 2023``."""
    text = f"schriftelijke vraag nr. {facts.number} ({facts.year})"
    if facts.asker:
        text += f" van {facts.asker}"
    if facts.ministers:
        text += f" aan {' en '.join(facts.ministers)}"
    if facts.asked is not None:
        text += f", {dutch_date(facts.asked)}"
    return text


BIBTEX_SPECIAL = re.compile(r"([{}\\%&#_$])")


def bibtex_value(text: str) -> str:
    return BIBTEX_SPECIAL.sub(r"\\\1", text)


def citation(ctx: Context, iri: str, what: str, facts: QuestionFacts | None, kind: str) -> Citation:
    """The citation of ``iri`` (a question, a dataset ``what`` or a figure ``what``) by the question it
    comes from. ``kind`` names the thing in the text: ``vraag``, ``dataset`` or ``cijfer``."""
    source = describe_question(facts) if facts else ""
    capital = source[:1].upper() + source[1:]
    if kind == "vraag" and facts:
        text = f"{facts.asker or PUBLISHER}, \u201c{facts.title}\u201d, {capital}, {PUBLISHER}."
    elif facts:
        text = f"\u201c{what}\u201d, uit het antwoord op {source}: \u201c{facts.title}\u201d, {PUBLISHER}."
    else:
        text = f"\u201c{what}\u201d, {PUBLISHER}."
    text += f" Als open data: {iri}"
    if facts and facts.official_record:
        text += f" (officiële vraag: {facts.official_record})"
    fields: dict[str, Any] = {
        "title": what,
        "author": (facts.asker if kind == "vraag" else " and ".join(facts.ministers)) if facts else "",
        "year": str(facts.asked)[:4] if facts and facts.asked is not None else "",
        "howpublished": f"{capital}, {PUBLISHER}" if facts else PUBLISHER,
        "url": iri,
        "language": "dutch",
    }
    key = "vlaq-" + re.sub(r"[^a-z0-9]+", "-", iri.split("/id/", 1)[-1].lower()).strip("-")
    body = ",\n".join(f"  {name} = {{{bibtex_value(value)}}}" for name, value in fields.items() if value)
    return Citation(iri, text, f"@misc{{{key},\n{body}\n}}", facts.official_record if facts else None)
