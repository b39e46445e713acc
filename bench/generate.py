"""Synthetic written questions in the real format, for the parse, build and SPARQL benchmarks.

Each document looks like those in data/sources: the header, an introduction, numbered
sub-questions with lettered parts, the minister's block and an answer whose parts hold prose and
tables of figures in all three layouts the parser reads (years as columns, with a TOTAAL and an
evolution row; years as rows under wrapped headings; vertical ``2014: 12 791 969 euro`` lists).
Half the documents are laid out like the seeds (blank lines between paragraphs), half like a PDF
extractor's output (no blank lines, the minister's name glued onto the last question, form feeds,
trailing spaces, a curly apostrophe in the answer header). Some questions have no answer yet.

Question numbers count per minister and parliamentary year, so a number recurs across ministers
and years, as in reality, while (parliamentary year, number, minister) stays unique. Totals are
the sums of their rows and evolutions the change on the year before, so the consistency checks of
a build pass on the corpus. The same seed gives the same corpus, byte for byte.

    python bench/generate.py --count 10000 --out bench/out/corpus [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import textwrap
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from vlaq_lod.parse.dates import MONTHS, parliamentary_year

# (name, title line 1, title line 2 or ""): the title wraps over two lines for some ministers
MINISTERS = (
    ("JAN JAMBON", "MINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN BUITENLANDSE ZAKEN,",
     "CULTUUR, DIGITALISERING EN FACILITAIR MANAGEMENT"),
    ("ZUHAL DEMIR", "VLAAMS MINISTER VAN JUSTITIE EN HANDHAVING, OMGEVING, ENERGIE EN TOERISME", ""),
    ("LYDIA PEETERS", "VLAAMS MINISTER VAN MOBILITEIT EN OPENBARE WERKEN", ""),
    ("MATTHIAS DIEPENDAELE", "VLAAMS MINISTER VAN FINANCIËN EN BEGROTING, WONEN EN ONROEREND ERFGOED", ""),
    ("HILDE CREVITS", "VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN WELZIJN,",
     "VOLKSGEZONDHEID EN GEZIN"),
    ("BEN WEYTS", "VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN ONDERWIJS, SPORT,",
     "DIERENWELZIJN EN VLAAMSE RAND"),
    ("PHILIPPE MUYTERS", "VLAAMS MINISTER VAN WERK, ECONOMIE, INNOVATIE EN SPORT", ""),
    ("BART SOMERS", "VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING, VLAAMS MINISTER VAN BINNENLANDS",
     "BESTUUR, BESTUURSZAKEN, INBURGERING EN GELIJKE KANSEN"),
)
AUTHORS = ("VERA JANS", "GUY D'HAESELEER", "JOS D'HAESE", "BRUNO TOBBACK", "SARAH SMEYERS", "SUZY WOUTERS",
           "FREYA VAN DEN BOSSCHE", "WILLEM-FREDERIK SCHILTZ", "ELS ROBEYNS", "KRIS VAN DIJCK",
           "HANNES ANAF", "ANDRIES GRYFFROY", "STEPHANIE D'HOSE", "ROBRECHT BOTHUYNE")
SUBJECTS = (
    ("Informatienummer 1700", "Oproepen", "oproepen"), ("De Lijn", "Kosten ticketverkoop", "kosten"),
    ("Kinderopvang", "Aanvragen en weigeringen", "aanvragen"),
    ("Sportinfrastructuur", "Subsidies", "subsidies"), ("Omgevingsvergunning", "Adviesverlening", "adviezen"),
    ("Sociale huisvesting", "Wachtlijsten", "kandidaten"),
    ("Wateroverlast", "Draaiboeken", "meldingen"), ("Inburgering", "Trajecten", "trajecten"),
)
CHANNELS = (("telefoon", "e-mail", "chat"), ("gemeenten", "provincies", "Vlaams Gewest"),
            ("eerste aanleg", "beroep"), ("Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant"))
PROSE = (
    "De cijfers worden jaarlijks bijgewerkt en zijn ook terug te vinden op de website van de administratie.",
    "Een korte analyse van de evoluties wordt daar ook steeds bij voorzien.",
    "De coronacrisis heeft vanaf 2020 heel wat nieuwe vragen opgeroepen, over bijzondere steunmaatregelen.",
    "Het is belangrijk om hierbij op te merken dat de registratie in 2019 werd aangepast.",
    "De afkomst van een oproep wordt niet geregistreerd (privacy-redenen).",
    "Ik nodig u uit de evoluties op die plek te blijven opvolgen.",
    "Het agentschap besteedde in de door u gevraagde jaren volgend budget aan deze opdracht:",
    "Merk op dat de cijfers van vóór 2018 niet gegeven kunnen worden, omdat toen met een ander systeem "
    "gewerkt werd.",
)
ASKS = ("Hoeveel {m} waren er in de voorbije jaren?",
        "Graag een jaarlijkse evolutie sinds {y} van het aantal {m}.",
        "Wat is de stand van zaken van het dossier?", "Welke maatregelen plant de minister?",
        "Hoeveel middelen werden er sinds {y} aan besteed?", "Graag een overzicht per provincie.")
PARTS = ("Graag een onderverdeling per jaar.", "Graag een onderverdeling per provincie.",
         "Valt een bijzondere stijging of daling op?", "Waaraan kan deze stijging te wijten zijn?")
LAYOUTS = ("years-as-columns", "years-as-rows", "vertical-list")

Grid = dict[str, dict[str, Decimal | None]]  # row label -> period -> value, as the parser should read it


@dataclass
class Generated:
    """One generated document and the facts in it, for tests and benchmarks that check the parser."""

    path: Path
    number: int
    day: date
    author: str
    minister: str
    answered: bool
    tables: list[Grid] = field(default_factory=list)


def dutch(value: Decimal, sep: str = ".") -> str:
    """``Decimal("2462171.69")`` -> ``"2.462.171,69"`` (``sep=" "`` for the spaced style of lists)."""
    sign = "-" if value < 0 else ""
    whole, _, fraction = f"{abs(value):f}".partition(".")
    groups = []
    while len(whole) > 3:
        whole, groups = whole[:-3], [whole[-3:], *groups]
    return sign + sep.join([whole, *groups]) + ("," + fraction if fraction else "")


def percent(value: Decimal, signed: bool) -> str:
    return ("+" if signed and value > 0 else "") + dutch(value) + "%"


def _years(rng: random.Random, day: date) -> list[str]:
    last = min(day.year - 1, 2023)
    first = last - rng.randint(2, 5)
    return [str(y) for y in range(first, last + 1)]


def _amount(rng: random.Random, cents: bool) -> Decimal:
    value = Decimal(rng.randint(1_000, 20_000_000))
    return value + Decimal(rng.randint(0, 99)) / 100 if cents else value


def _series(rng: random.Random, years: list[str], cents: bool) -> dict[str, Decimal | None]:
    """A yearly series that drifts by -20% to +25% a year, as real counts and budgets do."""
    value, unit = _amount(rng, cents), Decimal("0.01") if cents else Decimal(1)
    series: dict[str, Decimal | None] = {}
    for year in years:
        series[year] = value
        value = (value * Decimal(rng.randint(80, 125)) / 100).quantize(unit, ROUND_HALF_UP)
    return series


def _columns_table(rng: random.Random, day: date, measure: str) -> tuple[list[str], Grid]:
    """A years-as-columns table: channels, their TOTAAL and the evolution on the year before."""
    years = _years(rng, day)
    channels = rng.choice(CHANNELS)
    cents = rng.random() < 0.2
    grid: Grid = {c: _series(rng, years, cents) for c in channels}
    totals = [sum(grid[c][y] or 0 for c in channels) for y in years]
    before = (totals[0] * Decimal(rng.randint(80, 125)) / 100).quantize(Decimal(1))  # year before, unprinted
    evolution = {y: ((t / p - 1) * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
                 for y, t, p in zip(years, totals, [before, *totals[:-1]], strict=True)}
    lines = [" " + " ".join(years)]
    for c in channels:
        lines.append(f"{c} {' '.join(dutch(grid[c][y] or 0) for y in years)}")
    lines.append(f"TOTAAL {' '.join(dutch(t) for t in totals)}")
    lines += ["Evolutie t.o.v. vorig  ", f"jaar {' '.join(percent(evolution[y], True) for y in years)}"]
    grid["TOTAAL"] = dict(zip(years, totals, strict=True))
    grid["Evolutie t.o.v. vorig jaar"] = evolution
    if rng.random() < 0.3:  # a row label wrapped over two lines
        label = f"Bijdrage aan {measure} door"
        values = _series(rng, years, True)
        lines += [label + " ", f"bevoegde diensten {' '.join(dutch(values[y] or 0) for y in years)}"]
        grid[f"{label} bevoegde diensten"] = values
    return lines, grid


def _rows_table(rng: random.Random, day: date, measure: str) -> tuple[list[str], Grid]:
    """A years-as-rows table under headings that wrap, aligned by column; sometimes a dash."""
    years = _years(rng, day)
    asked = {y: v or Decimal(1) for y, v in _series(rng, years, False).items()}
    refused: dict[str, Decimal | None] = {
        y: None if rng.random() < 0.1 else (asked[y] * rng.randint(10, 1500) / 10000).quantize(Decimal(1))
        for y in years}
    share = {y: ((asked[y] - (refused[y] or 0)) / asked[y] * 100).quantize(Decimal("0.1"), ROUND_HALF_UP)
             for y in years}
    table = [["Jaar", "Aantal", "Geweigerde", "Aandeel"], ["", measure, measure, "goedgekeurd"]]
    table += [[y, dutch(asked[y]), "-" if refused[y] is None else dutch(refused[y]), percent(share[y], False)]
              for y in years]
    width = [max(len(cell) for cell in column) + 3 for column in zip(*table, strict=True)]
    lines = ["".join(cell.ljust(w) for cell, w in zip(row, width, strict=True)).rstrip() for row in table]
    grid: Grid = {f"Aantal {measure}": dict(asked), f"Geweigerde {measure}": refused,
                  "Aandeel goedgekeurd": dict(share)}
    return lines, grid


def _list_table(rng: random.Random, day: date, label: str) -> tuple[list[str], Grid]:
    years = _years(rng, day)
    values = _series(rng, years, False)
    return [f"{y}: {dutch(values[y] or 0, ' ')} euro" for y in years], {label: values}


def wrap(text: str) -> list[str]:
    """Lines of at most 90 characters, each but the last with the trailing space the PDFs leave."""
    lines = textwrap.wrap(text, 90, break_long_words=False, break_on_hyphens=False)
    return [line + " " for line in lines[:-1]] + lines[-1:]


def _date(rng: random.Random) -> date:
    return date(2014, 1, 1) + timedelta(days=rng.randint(0, 3834))  # up to mid 2024


def _dutch_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _answer_parts(rng: random.Random, count: int, day: date, measure: str
                  ) -> tuple[list[list[str]], list[Grid]]:
    """Answer parts, numbered as the questions (sometimes two at once: ``1-2.``), with tables."""
    parts: list[list[str]] = []
    grids: list[Grid] = []
    n = 1
    while n <= count:
        label = f"{n}-{n + 1}" if n < count and rng.random() < 0.15 else str(n)
        n += 2 if "-" in label else 1
        layout = rng.choice((*LAYOUTS, None, None, None, None))  # a table in 3 answer parts of 7
        lead = rng.choice(PROSE)
        if layout == "vertical-list":
            table, grid = _list_table(rng, day, f"antwoord {label}")
            on_number_line = rng.random() < 0.5  # "1. 2014: 12 791 969 euro"
            lead_lines = [f"{label}. {table.pop(0)}"] if on_number_line else wrap(f"{label}. {lead}")
            body = [*lead_lines, *table]
        elif layout is not None:
            make = _columns_table if layout == "years-as-columns" else _rows_table
            table, grid = make(rng, day, measure)
            after = wrap(rng.choice(PROSE))
            body = [*wrap(f"{label}. {lead.rstrip('.:')} in deze tabel:"), "", *table, "", *after]
        else:
            body, grid = wrap(" ".join([f"{label}. {lead}", *rng.sample(PROSE, rng.randint(1, 4))])), {}
        parts.append(body)
        if grid:
            grids.append(grid)
    return parts, grids


def _document(rng: random.Random, number: int, day: date, author: str, minister: tuple[str, str, str]
              ) -> tuple[str, list[Grid], bool]:
    name, title1, title2 = minister
    extracted = rng.random() < 0.5  # laid out like a PDF extractor's output rather than the seeds
    topic, sub, measure = rng.choice(SUBJECTS)
    since = str(day.year - rng.randint(3, 8))
    title = [title1, *([title2] if title2 else [])]
    intro = wrap(" ".join(rng.sample(PROSE, rng.randint(2, 5))))
    count = rng.randint(1, 6)
    questions = []
    for q in range(1, count + 1):
        ask = rng.choice(ASKS).format(m=measure, y=since)
        asked_parts = rng.sample(PARTS, rng.choice((0, 0, 2, 3)))
        parts = [f"{chr(97 + k)}) {text}" for k, text in enumerate(asked_parts)]
        if parts and rng.random() < 0.3:  # "2. a) Hoeveel ...": number and first part on one line
            questions.append([f"{q}. {parts[0]}", *parts[1:]])
        else:
            questions.append([f"{q}. {ask}", *parts])
    answered = rng.random() < 0.95
    grids: list[Grid] = []
    blocks = [["SCHRIFTELIJKE VRAAG"], [f"nr. {number}", f"van {author}", f"datum: {_dutch_date(day)}"],
              [f"aan {name}", *title], [f"{topic}  -  {sub}"], intro, *questions]
    if answered:
        answer_title = [t.replace("VLAAMS MINISTER", "MINISTER") if rng.random() < 0.2 else t for t in title]
        apostrophe = author.replace("'", "’") if extracted and rng.random() < 0.5 else author
        answer_head = ["ANTWOORD", f"op vraag nr. {number} van {_dutch_date(day)}", f"van {apostrophe}"]
        parts, grids = _answer_parts(rng, count, day, measure)
        if extracted:
            blocks[-1][-1] += f" {name}"  # the name glued onto the last question
            blocks += [["\f" + answer_title[0], *answer_title[1:], *answer_head], *parts]
        else:
            blocks += [["", "", name, *answer_title], answer_head, *parts]
    if extracted:
        lines = [line + (" " if rng.random() < 0.3 else "") for block in blocks for line in block if line]
    else:
        lines = [line for block in blocks for line in [*block, ""]]
    return "\n".join(lines) + "\n", grids, answered


def generate_corpus(count: int, out_dir: Path, seed: int = 1) -> list[Generated]:
    """Write ``count`` documents into ``out_dir`` and return what each one holds."""
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    asked = sorted((_date(rng), rng.randrange(len(MINISTERS)), rng.choice(AUTHORS)) for _ in range(count))
    numbers: dict[tuple[str, int], int] = defaultdict(int)
    corpus = []
    for i, (day, m, author) in enumerate(asked):
        numbers[parliamentary_year(day), m] += 1
        number = numbers[parliamentary_year(day), m]
        text, grids, answered = _document(rng, number, day, author, MINISTERS[m])
        path = out_dir / f"{i:06d}_{number}.txt"
        path.write_text(text, encoding="utf-8")
        corpus.append(Generated(path, number, day, author, MINISTERS[m][0], answered, grids))
    return corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=Path("bench/out/corpus"))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    corpus = generate_corpus(args.count, args.out, args.seed)
    print(f"wrote {len(corpus)} documents to {args.out}")


if __name__ == "__main__":
    main()
