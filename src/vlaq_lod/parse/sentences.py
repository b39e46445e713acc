"""Figures in running text: "In 2022 waren er 27 projecten", "bijna 4.100 dossiers in 2023".

Precision first. A number in a sentence is published only when it is tied to exactly one period
(a year, a school year ``2021-2022``, a span ``2019-2021``, whole years ``tussen 1 januari 2014 en
31 december 2016``) and followed by a counted noun or a unit. What is no measurement is never a
figure: years themselves, dates, phone numbers, numbers after ``artikel``, ``nr.``, ``vraag`` ...,
amounts in a rule (``maximaal 1.500 euro per aanvraag``: see ``_RULE``) and a subset of a figure
just given (``waarvan 16``). A number with a noun but no single period, or with a period but no
clear noun (a percentage, whose base the sentence does not name in a form we read), is reported as
``Unread``, never guessed.

Which periods a sentence names, and the working copy of the text in which they are blanked out (every
offset still points into ``Document.text``), is ``sentence_periods.py``'s job; this module reads the
numbers, their nouns and units, and decides which of them are figures.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from functools import cache

from ..model import RANGE_HEDGE as RANGE
from ..model import Figure, SentenceFigure, Span, Unread
from .lines import Spans, collapse
from .numbers import read_figure, rounds_to
from .periods import month_number, so_far_key
from .sentence_periods import (
    A_DAY,
    A_YEAR,
    ANY_MONTH,
    DATED,
    DAY_AFTER,
    DAY_TO_DAY,
    END_AFTER,
    END_BEFORE,
    END_TO_END,
    EURO_FOR_YEAR,
    HALF_OF,
    HAS_DIGIT,
    QUARTER_OF,
    SCALE_STATEMENT,
    SENTENCE_END,
    SO_FAR_WORDS,
    VERSUS_ENDS,
    VERSUS_WORD,
    YEAR,
    Period,
    all_before,
    at_end,
    cut_again,
    day_key,
    days_of,
    defined_kinds,
    first_period_named,
    framing,
    half_of,
    names_time,
    only_day,
    period_of,
    periods_of_sentence,
    quarter_of,
    sentence_period,
    split_at,
    times_named,
    worked,
    year_cut,
    years_listed,
    years_of_kind,
)
from .table_notes import year_runs_to

# "Voor het schooljaar 2021-2022 zien we een herstel: op 1 oktober 2021 waren er ...": after a colon, a day
# opens a clause of its own, a stock on it
_COLON_DAY = re.compile(rf":(?=\s+(?:op|per)\s+\d{{1,2}}\s+(?:{ANY_MONTH})\s+{YEAR}\b)", re.IGNORECASE)
_SO_FAR_WORDS_ONLY = re.compile(rf"\b(?:{SO_FAR_WORDS})\b", re.IGNORECASE)
# "3 x 1.000 kandidaten", "2 × 500 tickets": a product of two numbers, neither factor a figure of its own
_PRODUCT_BEFORE = re.compile(r"(?<![\w.,])\d[\d.,]*[ \t]*[x×][ \t]*$")
_PRODUCT_AFTER = re.compile(r"[ \t]*[x×][ \t]*\d")
PRODUCT = "a factor of a product ('3 x 1.000 kandidaten'): no figure of its own"
# "Het budget bedroeg in 2022 1.000 euro (x 1.000)", "412 (in miljoen euro)": a scale stated after a number in
# its sentence scales it (or every amount before it: which, the sentence does not say), so none is its figure
_SCALE_AFTER = re.compile(rf"{SCALE_STATEMENT.pattern}|\(\s*(?:[^\W\d_]{{1,15}}\s*,?\s+)?(?:in|x|×)\s*"
                          r"(?:duizend|miljoen|miljard|mio|k€|keuro)(?![^\W\d_])[^()]{0,20}\)", re.IGNORECASE)
SCALED = ("a number before a scale stated after it in its sentence ('1.000 euro (x 1.000)'): which numbers "
          "it scales is not read")
# "12,5mio euro": a scale glued onto the number ends it as a space would (``_SCALE`` reads it into the amount)
_GLUED_SCALE = r"(?:miljoen|miljard|mio|mln|mld)(?![^\W\d_])"
_NUMBER = re.compile(r"(?<![\w.,/+-])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?"
                     rf"|\d+(?:,\d+)?)(?!(?!{_GLUED_SCALE})[\w°]|[.,/]\d)")
_ABOUT_TEN = {"tien": 10, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60,
              "zeventig": 70, "tachtig": 80, "negentig": 90, "honderd": 100, "duizend": 1000}
_TAL = re.compile(r"\been\s+((" + "|".join(_ABOUT_TEN) + r")tal|(\d+)-tal)\b", re.IGNORECASE)
_RANGE = re.compile(r"\btussen\s+(?:de\s+)?(\S+)\s+en\s+(?:de\s+)?(?=\d)", re.IGNORECASE)
# "2.000 à 2.500 gezinnen", "2.000 - 2.500 gezinnen": a range as "tussen 2.000 en 2.500" is, never 2.500 alone
_RANGE_SIGN = re.compile(r"(?<![\w.,/+-])(\d[\d.,]*)\s+(?:à|a|-|\u2013)\s+(?=\d)")
_NOT_A_MEASURE = re.compile(  # the number names a thing: an article, a question, a phone line, a page
    r"(?:\b(?:artikel|artikels|art\.|nr\.?|nrs\.?|nummer|nummers|vraag|vragen|deelvraag|deelvragen|"
    r"hoofdstuk|punt|bijlage|paragraaf|lid|decreet|besluit|code|postcode|versie|fase|niveau|"
    r"categorie|type|klasse|graad|pagina|blz\.|p\.|lijn|tabel|figuur|stap|prioriteit)|§)\s*$",
    re.IGNORECASE)
# "2.100 cheques van 50 euro", "36 klassen van 25 leerlingen": a number right after a count's noun and "van"
# is the size or value of each thing counted, no total ("58 dossiers van in totaal 4,6 miljoen euro" is one)
_EACH_OF = re.compile(r"(?<![\w.,])\d[\d.,]*\s+(?:[^\W\d_][\w'’-]*\s+){1,2}van\s+(?:€\s*)?$")
_THAT = re.compile(r"\b(?:dat|dit)\b|\bhet\s+er\b")
# "1.480.500 euro (inclusief een coronacompensatie van 250.000 euro)": a clause (a bracket) that opens with
# "inclusief" holds a part of the figure before
_PART_CLAUSE = re.compile(r"\s*(?:inclusief|incl\.|met\s+inbegrip\s+van)\s[^\d]*$", re.IGNORECASE)
# A rule, not a measurement: an amount someone may get or must meet ("een premie van maximaal
# 1.500 euro per aanvraag", "binnen 30 dagen"). Any of these words in the clause rules it out.
_RULE = re.compile(
    # ("In 2021 kregen 168.412 gezinnen minstens één maand een sociale toeslag": a bound of one unit of time
    # says who is counted, no rule)
    r"\b(?:maximaal|minimaal|maximum\w*|minimum\w*|ten hoogste|hoogstens|plafond|drempel|"
    r"(?:ten minste|minstens)(?!\s+(?:één|een|1)\s+(?:dag|week|maand|jaar|keer)\b)|"
    r"per (?:aanvraag|aanvrager|woning|persoon|dossier|gezin|leerling|kind|deelnemer|project|wagen|voertuig)|"
    r"(?:bedraagt|bedragen) (?:de|het) (?:premie|subsidie|tegemoetkoming|vergoeding|toelage|bedrag)|"
    # ("In 2025 bedraagt de jaarlijkse zorgpremie 62 euro": the verb may come first, before a compound)
    r"(?:bedraagt|bedragen)\s+(?:de|het)\s+(?!(?:totale|gemiddelde|uitbetaalde|uitgekeerde|toegekende)\s)"
    r"(?:[^\W\d_]+e\s+){0,2}[^\W\d_]*(?:premie|toelage|tegemoetkoming|bijdrage|vergoeding)\b|"
    # "De jaarlijkse zorgpremie bedraagt in 2025 62 euro", "De bijdrage is vastgesteld op 2,5%": the level of
    # a premium, an allowance or a contribution (also a compound's head) in the present tense is set by the
    # rule, in any year it names; not a total or an average ("De totale vergoeding bedraagt", "De uitgaven
    # voor de premie bedroegen": its head is another measure, or past)
    r"(?<!voor\s)(?<!van\s)(?<!aan\s)(?<!over\s)\b(?:de|het)\s+(?!(?:totale|gemiddelde|uitbetaalde|"
    r"uitgekeerde|toegekende)\s)(?:[^\W\d_]+e\s+){0,2}[^\W\d_]*(?:premie|toelage|tegemoetkoming|bijdrage|"
    r"vergoeding|bedrag)\s+(?:(?:voor|van|per|bij)\s+(?:(?!(?:totaal|totale|gemiddelde|uitbetaalde|"
    r"uitgekeerde|toegekende)\s)[^\W\d_]+\s+){1,6}?)?(?:bedraagt|bedragen|(?:is|zijn)\s+vastgesteld\s+op)|"
    r"(?:premie|subsidie|tegemoetkoming|vergoeding|toelage|boete) van|kan oplopen tot|bepaalt|bepaald|"
    # "een forfait van 35 euro", "een forfaitair bedrag van 21,30 euro per uur": a flat rate someone gets
    r"forfait\w*(?:\s+bedrag)?\s+van|"
    # "Een bodemattest kost 57 euro per perceel": a price now, what anyone pays ("kostte" was spent)
    r"kost(?:en)?\s+(?:€\s*)?\d+|"
    # "de maximale GAS-boete voor meerderjarigen is 350 euro" (not "betaalden ... de minimale huurprijs")
    r"(?:maximale|minimale)\s[^\d,;:.]{1,60}?\s(?:is|zijn|bedraagt|bedragen)\s|"
    # "de inkomensgrens ... bedraagt 28.403 euro", "de wettelijke termijn is 6 maanden": a limit anyone meets
    r"(?:bedraagt|bedragen|is|ligt)\s+(?:de|het|die)\s+\w*grens|\w*grens\s+(?:\S+\s+){0,6}?(?:bedraagt|ligt)|"
    r"(?:wettelijke|decretale|reglementaire)\s+termijn\s+(?:is|bedraagt)|"
    # "De waarde van een punt bedroeg in 2023-2024 2,08 euro", "2,08 euro per punt", "de wegingscoëfficiënt
    # bedraagt 1,35": the value of one point or unit of a funding formula, a coefficient or a weight in it,
    # is a parameter of the rule that turns counts into money, in any tense; no measurement of its year (a
    # "Gini-coëfficiënt" measures: only a bare coefficient or one that weighs or converts is the formula's)
    r"(?:punt|eenheids)waarde|waarde\s+(?:van\s+(?:een|één|elk|ieder)\s+|per\s+)(?:punt|eenheid)|per\s+punt|"
    r"(?<![\w-])co[eë]ffici[eë]nt|(?:wegings|omrekenings|verdeel|verdelings|correctie|aanpassings)co[eë]ffici[eë]nt|"
    r"wegingsfactor|gewicht\s+(?:van\s+(?:een|één|elke?|iedere?)|per)\s+(?:leerling|student|punt|eenheid|lestijd)|"
    r"vastgelegd|moet|moeten|moest|moesten|mag|mogen)\b", re.IGNORECASE)
# "ten hoogste 273.000 euro in de kernsteden, en 248.000 euro elders", "minstens 50%, of 40% voor ...": an
# amount joined by "en"/"of" to a rule's ceiling or floor, in the same unit, is that rule's too (in a clause
# of its own, it was read as a measurement); "maximaal 1.500 euro, en in 2022 werden 412 premies ..." is not
_AMOUNT_IN = r"(?:(€|EUR)\s*)?\d[\d.,]*\s*(%|procent|€|euro|EUR|[^\W\d_]+)"  # "€ 273.000", "273.000 euro"
_RULE_BOUND = re.compile(rf"\b(?:maximaal|minimaal|ten\s+hoogste|ten\s+minste|hoogstens|minstens)\s+"
                         rf"{_AMOUNT_IN}", re.IGNORECASE)
_JOINED_AMOUNT = re.compile(rf"\s*(?:en|of)\s+{_AMOUNT_IN}", re.IGNORECASE)
_SAME_UNIT = {"€": "euro", "eur": "euro", "procent": "%"}


def _unit_of(m: re.Match[str]) -> str:
    """The unit of an amount ``_AMOUNT_IN`` matched: euro for a sign before it, else the word after it."""
    unit = "euro" if m[1] else m[2].lower()
    return _SAME_UNIT.get(unit, unit)


def _bound_unit(clause: str) -> str | None:
    """The unit of the last ceiling or floor a rule's clause sets ("ten hoogste 273.000 euro": euro)."""
    units = [_unit_of(m) for m in _RULE_BOUND.finditer(clause)]
    return units[-1] if units else None


def _joined_to_bound(clause: str, unit: str | None) -> bool:
    """Whether ``clause`` opens with an amount joined by "en"/"of" in ``unit``, the unit of the ceiling or
    floor of the rule's clause before it: another bound of that rule, no measurement."""
    m = _JOINED_AMOUNT.match(clause) if unit is not None else None
    return m is not None and _unit_of(m) == unit


# A number that is no level of its own: a ratio ("3 op 4"), a change ("steeg met 12"), a plan or target
# ("wil in 2025 10.000 woningen bouwen"), a rate or an average ("gemiddeld", "per dag").
# ("Per 100.000 inwoners telden ...": the base after "per" opening a sentence too)
_RATIO_BEFORE = re.compile(r"\d\s+(?:[^\W\d_]+\s+)?op\s+(?:de\s+)?$|\b(?i:per)\s+$"
                           r"|\d\s+van\s+(?:de|het|alle)\s+$")
# "279 van de 300 Vlaamse gemeenten": a part of a whole, counting the noun after the whole
_OF_THE_WHOLE = re.compile(r"\s+van\s+(?:de|het|alle)\s+(\d{1,3}(?:\.\d{3})+|\d+)(?=\s)")
# "onvolledig gevaccineerd (slechts 1 van de 2 dosissen)": a bracket right after a word says what the word
# means, per person or thing; its part of a whole is a ratio, no count of the period
_GLOSS = re.compile(r"[^\W\d_][ \t]*\n?[ \t]*\([ \t]*\Z")
_RATIO_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:op|per)\s+(?:de\s+)?\d")  # "3 op 4", "1 staal per 350"
_CHANGE = re.compile(r"\b(?:stij\w*|steeg|gestegen|daal\w*|daling|gedaald|toe(?:name|genomen|nam)|"
                     r"af(?:name|genomen|nam)|groei\w*|verhoging|vermindering|evolutie|verschil|"
                     # "namen tussen 2021 en 2024 met bijna 29% toe": the verb split
                     r"(?:nam|namen)\s+(?:[^\s,;]+\s+){0,8}?(?:toe|af))\b",
                     re.IGNORECASE)
_DELTA_AFTER = re.compile(r"\s*(?:%\s*|procent\s+)?(?:(?:bijkomende|extra|additionele|meer|minder)\b|"
                          r"[^\W\d_][\w'’-]*\s+(?:[^\W\d_][\w'’-]*\s+)?(?:meer|minder|hoger|lager)\b)"
                          r"(?!\s+dan\s+(?:€\s*)?\d)",  # "412 ontleners meer dan 2 maanden achter": a bound
                          re.IGNORECASE)
_FROM_TO = re.compile(r"\s(?:naar|tot)\s+(?:\S+\s+)?\d")
_CHANGE_BEFORE = re.compile(r"\b(?:met|van)\s+(?:\S+\s+)?$", re.IGNORECASE)
_PLAN = re.compile(r"\b(?:wil|willen|zal|zullen|plant|plannen|gepland|streeft|streven|doel|doelstelling|"
                   r"ambitie|verwacht\w*|raming|geraamd|begroot|begrotingsopmaak|\w*enveloppe|voorzie\w*|\w*plan)\b",
                   re.IGNORECASE)
# a clause about elsewhere: its figures would read as Flanders' in the question's data set (a bare Brussels is
# not here: the Flemish Community's own institutions there are the answers' subject too); "Ter vergelijking:
# in 2019, het laatste jaar vóór de coronacrisis, ging het om 312.540 abonnementen", naming no place (no
# capital after it), compares with another year, not elsewhere (the year may be blanked by then: five spaces)
# "Het Nederlands Letterenfonds kende in 2023 ongeveer 480 ... toe": an adjective of the Netherlands before a
# name (a capital) is a body of the Netherlands; so is "Nederlandse" before a common noun ("Op de Nederlandse
# vaarwegen werd ... 350 miljoen ton vervoerd") unless the noun is of the language ("de Nederlandse les",
# "de Nederlandse versie"); bare "Nederlands" after a noun ("lessen Nederlands als tweede taal") is the
# language. Brussels' city named as a municipality ("Brussel-Stad legde ... 21.000 GAS-boetes op") is another
# region's body (the region itself: ``_BRUSSELS_REGION``, the place: ``_IN_BRUSSELS``). "het hele land" is
# Belgium, as "heel België" is.
_LANGUAGE_NOUN = (r"(?:taal|talen|taalles\w*|les|lessen|versie\w*|vertaling\w*|tekst\w*|ondertitel\w*|"
                  r"uitspraak|spelling|woordenschat|grammatica|literatuur|letterkunde|taalvaardigheid|taalkennis)\b")
_EU = r"(?:europese\s+unie|eu(?:-?2[78])?(?![\w-]))"  # "de Europese Unie", "de EU", "de EU-27"
# what a whole's figure is named ("het gemiddelde", "de export van de EU")
_OF_WHOLE_MEASURE = (r"(?:gemiddelde|cijfers?|aandeel|percentage|niveau|totaal|export|import|uitstoot|"
                     r"uitgaven|productie)")
_ELSEWHERE = re.compile(rf"\b(?:ter\s+vergelijking(?!:?\s+in(?:\s+{YEAR}\b|\s{{5,}})(?-i:[^A-Z])*$)|"
                        r"wallonië|waals\w*|nederland|nederlandse?(?=\s+(?-i:[A-Z][a-z]))|"
                        rf"nederlandse(?=\s+(?!{_LANGUAGE_NOUN})(?-i:[a-z]))|frankrijk|duitsland|"
                        r"luxemburg|het\s+buitenland|"
                        r"(?:de|het)\s+federale\s+(?:overheid|regering|staat|niveau)|"
                        r"brussel-stad|"
                        r"(?:franse|duitstalige)\s+gemeenschap|heel\s+belgië|belgië\s+als\s+geheel|"
                        # the EU as a place or as what a measure is of ("in de Europese Unie", "de EU-27 als
                        # geheel", "het gemiddelde van de EU", "het Europese gemiddelde"), not where money
                        # comes from or goes ("cofinanciering van de Europese Unie", "buiten de EU")
                        rf"(?:in|voor)\s+(?:de\s+)?(?:(?:ge)?hele\s+|ganse\s+)?{_EU}|{_EU}\s+als\s+geheel|"
                        rf"[^\W\d_]*{_OF_WHOLE_MEASURE}\s+(?:van|voor)\s+(?:de\s+)?(?:{_EU}|belgië)|"
                        r"(?:europe(?:es|se)|belgisch|belgische|brussels|brusselse|eu-)\s*gemiddelde|"
                        r"(?:het\s+(?:hele|gehele|ganse)|heel\s+het)\s+land)\b",
                        re.IGNORECASE)
# "In het Brussels Hoofdstedelijk Gewest werden in 2023 1,12 miljoen overtredingen geregistreerd": the
# Brussels Region named as a region is another region's territory, unless the sentence names the Flemish
# Community's own there ("de Nederlandstalige opvang in het Brussels Hoofdstedelijk Gewest", "via de Vlaamse
# Gemeenschap") and no other's beside it ("waar het Nederlandstalige en het Franstalige centrum samen bevoegd
# zijn": both communities' figure)
_BRUSSELS_REGION = re.compile(r"\b(?:het\s+)?brussels\w*\s+(?:hoofdstedelijk\w*\s+)?gewest\b", re.IGNORECASE)
_FLEMISH_COMMUNITY = re.compile(r"\bnederlandstalig\w*|\bvlaamse\s+gemeenschap\w*", re.IGNORECASE)
_OTHER_COMMUNITY = re.compile(r"\bfranstalig\w*|\bfranse\s+gemeenschap|\bbicommunautair\w*|\bcocof\b|"
                              r"\bgemeenschappelijke\s+gemeenschapscommissie", re.IGNORECASE)


# "In Brussel werden in 2024 ongeveer 2.900 faillissementen uitgesproken": Brussels as the place of a figure
# is another region's, unless the sentence names a Flemish body at work there ("In Brussel kwamen er in 2023
# via Opgroeien 86 plaatsen bij", "In Brussel begeleidde het CAW in 2022 744 cliënten"); a name with Brussel
# in it ("CAW Brussel") is no place
_IN_BRUSSELS = re.compile(r"\b(?:in|te)\s+brussel(?![\w-])", re.IGNORECASE)
_FLEMISH_BODY = re.compile(rf"{_FLEMISH_COMMUNITY.pattern}|\bvlaams\w*|\b(?:opgroeien|vgc|vdab|caw|jac)\b|"
                           r"\bhuis\s+van\s+het\s+nederlands\b", re.IGNORECASE)


def _elsewhere_at(text: str) -> int | None:
    """Where ``text`` first names another region, country or government (see ``_ELSEWHERE``), or ``None``."""
    found = [m.start() for m in (_ELSEWHERE.search(text),) if m is not None]
    region = _BRUSSELS_REGION.search(text)
    if region is not None and not (_FLEMISH_COMMUNITY.search(text) and not _OTHER_COMMUNITY.search(text)):
        found.append(region.start())
    city = _IN_BRUSSELS.search(text)
    if city is not None and not _FLEMISH_BODY.search(text):
        found.append(city.start())
    return min(found, default=None)


# "De NMBS verkocht in 2023 meer dan 400.000 Campus-abonnementen, maar die cijfers vallen buiten mijn
# bevoegdheid": a sentence that disowns its own figures speaks of another government's, wherever it says so;
# so does one whose figures "vallen onder de bevoegdheid van de Franse Gemeenschap" (a body the reader
# cannot place, "Het ONE opende er ... 400 nieuwe plaatsen", is placed by the government named after it)
_NOT_MINE = re.compile(r"\b(?:die|deze|dat|dit|de|hun)\s+(?:cijfers?|gegevens|aantallen|bedragen)\s+"
                       r"(?:\S+\s+){0,2}?(?:vallen|valt|behoren|behoort)\s+(?:\S+\s+)?"
                       r"(?:(?:buiten|niet\s+(?:onder|tot))\s+(?:mijn|onze|de\s+vlaamse)\s+bevoegdheid|"
                       rf"(?:onder|tot)\s+de\s+bevoegdheid\s+van\s+(?:de\s+)?(?:{_ELSEWHERE.pattern}))",
                       re.IGNORECASE)
# "per dag", "per inwoner", "per 100.000 inwoners" (a round base and its noun): what the numbers are per
_RATE_PER = re.compile(r"\bper\s+(?:dag|week|maand|(?:school|academie|werk|kalender)?jaar|uur|kwartaal|"
                       r"semester|inwoners?|leerling|persoon|gezin|kind|"
                       r"(?:100|1\.?000|10\.?000|100\.?000|1\.000\.000)\s+[^\W\d_]+)\b", re.IGNORECASE)
_RATE = re.compile(rf"\bgemiddeld\w*|{_RATE_PER.pattern}", re.IGNORECASE)
RATIO = "a ratio ('3 op 4'): not a count of its own"
# "De 5 provincies samen telden ...", "In 2022 telden de 13 centrumsteden ...", "alle 13", "naar de 5
# provincies", "elk van de 5": a number after an article that opens its clause or follows a word that is no
# cause, group, range, list or comparison (a verb the set is subject of, a preposition of place) names a set
# the reader knows or was told of, not something counted in the period. "door de 3 stakingen" counts a cause,
# "Tussen de 40 en de 45" is a range; mid-clause "het" and "die" are pronouns. "van" opening its clause
# names a group (below), after a number or a share a whole ("279 van de 300", "3,4% van de 30.650"), after a
# noun whose set it is ("aanvragen van de 13 centrumsteden").
_NOT_A_SET = r"(?:tussen|door|wegens|tijdens|na|dankzij|en|of|dan|als)"
# "onze 13", "de Vlaamse 13", "de overige 295": a few adjectives only ("de taalpromotie 2,9 miljoen": no set)
_SET_ARTICLE = (r"(?:de|deze|alle|onze|hun|haar|mijn|uw)\s+"
                r"(?:(?:vlaamse|brusselse|belgische|andere|overige|resterende|bestaande|huidige)\s+)?")
_KNOWN_SET = re.compile(
    rf"^\s*(?:het|die)\s+$|(?:^\s*|\b(?!{_NOT_A_SET}\s|van\s)[^\W\d_]+\s+|[^\s\d%]\s+van\s+)"
    rf"(?:{_SET_ARTICLE}\d[\d.]*(?:\s+[^\W\d_]+){{1,3}}\s+(?:en|als|of)\s+)?{_SET_ARTICLE}$"  # "en de 5"
    r"|\b(?:elk|elke|ieder|iedere|geen|één|een|enkele|sommige|meeste)\s+van\s+(?:de|deze)\s+$",
    re.IGNORECASE)
KNOWN_SET = "a number after 'de': a set named before or known, not a count of the period"
# "verdeeld tussen de 2 universiteiten": a set, unless the number opens a range ("tussen de 40 en de 45")
_BETWEEN_SET = re.compile(r"\btussen\s+(?:de|deze)\s+$", re.IGNORECASE)
# "Van de 13 centrumsteden ontvingen er 12 ...": a group opening its clause is such a set too, unless a
# relative clause says what its members did ("Van de 1.412 aanvragen die in 2020 binnenkwamen": counted)
_GROUP_OPENS = re.compile(r"^\s*van\s+(?:de|deze|alle)\s+$", re.IGNORECASE)
_RELATIVE_AFTER = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){1,4}?\s+(?:die|dat|welke|waar\w+)\b", re.IGNORECASE)
# "gezinnen met 3 kinderen", "scholen met meer dan 500 leerlingen", "412 gezinnen met 3 kinderen": a number
# after a word and "met" says what each thing has, or is a total ("24 centra met 1.200 plaatsen"): which is
# not said. "met samen 1.200 plaatsen" is a total; "steeg met 12" a change; "tot en met" a bound; what a
# period has ("een bijzonder jaar met 1.204 aanvragen") is its count. So is a bound after a noun ("gemeenten
# boven 10.000 inwoners", "bedrijven vanaf 50 werknemers", "klassen van meer dan 25 leerlingen"), and a
# number after a plural and "van" ("gezinnen van 4 personen", "eigenaars van 2 woningen"; "een wachtlijst
# van 1.204 kinderen" is a singular's measure).
# (a blanked year between, "2019 met 251.300 bezoekers", is no noun: the spaces are few)
_BOUND = r"(?:(?:meer|minder)\s+dan\s+|minstens\s+|ten\s+minste\s+)"
_WITH = re.compile(
    r"\b(?!en\s|(?:[^\W\d_]*jaar|maand|week|dag|kwartaal|semester|periode)\s)[^\W\d_]{2,}\s{1,3}"
    rf"(?:met\s{{1,3}}{_BOUND}?|(?:boven|onder|vanaf)\s{{1,3}}|van\s+{_BOUND}"
    r"|(?<=en\s)van\s{1,3}|(?<=s\s)van\s{1,3})$"
    # "bedrijven tussen 10 en 50 werknemers"; not after a verb ("waren er tussen 40 en 45", "lag tussen ...")
    r"|\b(?![^\W\d_]+(?:de|te)\s|(?:er|ook|nog|samen|is|zijn|was|waren|werd|werden|wordt|worden|lag|lagen|"
    r"ligt|liggen|bedroeg|bedroegen|bedraagt|bedragen|schommel\w*|varieer\w*)\s)"
    r"[^\W\d_]{2,}\s{1,3}tussen\s+(?:\S+\s+en\s+)?$", re.IGNORECASE)
WITH = "a number after a noun and 'met', a bound or a plural's 'van': what each thing has or a total"
CHANGE = "a change ('steeg met 12'), not a level"
PLAN = "a plan or a target, not a measurement"
ELSEWHERE = "a comparison with another region, country or government, not a figure of the question's"
RATE = "an average or a rate: what it is per is not read"
_UP_TO = re.compile(r"\btot\s+(?:€\s*)?$", re.IGNORECASE)
# "het totale boetebedrag liep in 2023 op tot 2,3 miljoen euro", "De incidenten leidden vorig jaar tot 2.914
# dagen arbeidsongeschiktheid": a level reached, a result ("kan oplopen tot" is a rule); so is the end of a
# change told in the past ("in 2020 zakte dat tot 97.300", "steeg het aantal tot 1.204"; "kan stijgen tot" is
# a rule); "nam in 2023 toe met 8.394 tot 1.102.712", "steeg met 14,6 miljoen euro tot 1,15 miljard euro": the
# level after a change named with "met" (the change itself is reported)
_RAN_UP_TO = re.compile(r"\b(?:liep|liepen)\s+(?:\S+\s+){0,3}?op\s+tot\s+(?:€\s*)?$|\bopliep(?:en)?\s+tot\s+"
                        r"(?:€\s*)?$|\bleidden?\s+(?:\S+\s+){0,3}?tot\s+$|"
                        r"\b(?:steeg|stegen|daalde|daalden|zakte|zakten|klom|klommen|groeide|groeiden|slonk|slonken)"
                        r"\s+(?:\S+\s+){0,3}?(?:met\s+(?:€\s*)?\d[\d.,]*\s+(?:[^\W\d_]+\s+){0,2})?tot\s+(?:€\s*)?$|"
                        r"\b(?:nam|namen)\s+(?:\S+\s+){0,3}?(?:toe|af)\s+met\s+(?:€\s*)?\d[\d.,]*\s+"
                        r"(?:[^\W\d_]+\s+){0,2}tot\s+(?:€\s*)?$", re.IGNORECASE)
# "steeg van 812.400 in 2021 tot 1.104.950 in 2023": after a level named with "van", "tot" leads to the
# second level (a change's end), not to an upper bound ("tot 1.500 euro"); the periods are blanked.
# "steeg van 241.862 in 2020 over 249.310 in 2021 tot 256.775 in 2022": levels in between, after "over".
_LEVEL = r"(?:€\s*)?\d[\d.,]*(?:\s+(?:in|op|euro|eind|einde))*(?:\s*%)?"
_FROM_LEVEL = re.compile(rf"\bvan\s+{_LEVEL}(?:\s+over\s+{_LEVEL})*\s+tot\s+(?:€\s*)?$", re.IGNORECASE)
_HEDGES = {  # words before a number -> what they say about the truth (concepts of scheme voorbehoud)
    "iets meer dan": "ondergrens", "meer dan": "ondergrens", "ruim": "ondergrens",
    "iets minder dan": "bovengrens", "minder dan": "bovengrens", "bijna": "bovengrens",
    "nagenoeg": "bovengrens", "ongeveer": "ongeveer", "circa": "ongeveer", "ca.": "ongeveer",
    "zowat": "ongeveer", "rond de": "ongeveer", "om en bij de": "ongeveer", "naar schatting": "ongeveer",
    "+/-": "ongeveer", "±": "ongeveer",
    # "een kleine 300 beslagen": a little under 300; "een goede 40%", "een ruime 2.000": a little over
    "een kleine": "bovengrens", "een goede": "ondergrens", "een ruime": "ondergrens",
    "een dikke": "ondergrens",
    # "net geen 470.000 kinderen", "krap 148 miljoen euro": just under; "pakweg 142,6 miljoen", "ong. 1.020"
    "net geen": "bovengrens", "krap": "bovengrens", "pakweg": "ongeveer", "ong.": "ongeveer",
    "<": "bovengrens", ">": "ondergrens",  # "< 5 meldingen", "<10": a bound (a count left out for privacy)
}
# (a hedge of two words may wrap: "een" / "kleine 300" over a line break)
_HEDGE_WORDS = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(_HEDGES, key=len, reverse=True))
_HEDGE = re.compile(rf"(?<!\w)({_HEDGE_WORDS})\s+$|(?<![\w<>])([<>])\s*$", re.IGNORECASE)
# "8,1 Mton CO 2-eq", "PM 10-daggemiddelde", "PM 2,5", "NO 2", "(CH 4)": a formula's subscript the PDF
# extraction split off is part of a name, never a figure
_SUBSCRIPT_OF = re.compile(r"(?<![\w-])(?:CO|NO|PM|CH|SO|NH|O)[ \t]$")
# "boven de WHO-dagrichtwaarde van 15 µg/m³", "de Europese grenswaarde van 25 µg/m³", "een drempel van
# 10.000 euro": the value of a norm, guideline, limit or target (also in a compound) is a rule, in any tense,
# never a measurement ("het aantal overschrijdingen van de norm bedroeg 12" measures: the number is no norm's)
_NORM_WORDS = (r"(?:(?:richt|grens|streef|advies|doel|drempel|norm|limiet|interventie)waarden?|"
               r"norm(?:en)?|drempels?|limieten?|streefcijfers?)")
_NORM_VALUE = re.compile(rf"{_NORM_WORDS}"
                         # "de informatiedrempel voor ozon van 180 µg/m³": what the norm is for, between
                         rf"(?:\s+(?:voor|bij|in|op)\s+[^\W\d_][^\d,;:.()]{{0,40}}?)?"
                         rf"\s+van\s+(?:(?:{_HEDGE_WORDS})\s+)?(?:€\s*)?$", re.IGNORECASE)
# "De advieswaarde van de WHO (10 µg/m³) werd in 2024 op 58 meetstations overschreden": the norm's value in a
# bracket right after it (whose it is, between) is the norm's too; the bracket opens a clause of its own, so
# this is looked for before the clause ("het aantal overschrijdingen van de norm (12)" is no norm's value:
# the norm is not what the bracket follows)
_NORM_BRACKETED = re.compile(rf"{_NORM_WORDS}"
                             r"(?:\s+(?:van|voor|bij|in|op)\s+[^\W\d_][^\d,;:.()]{0,40}?)?\s*\(\s*(?:€\s*)?$",
                             re.IGNORECASE)
# "In 37 gemeenten lag de hoeveelheid restafval in 2023 onder 100 kg per inwoner", "lag in 2022 boven 50
# µg/m³": a number after "onder", "boven" or "beneden" is a bound (on what is counted, or on a level), never
# the level itself; no hedge says so ("onder wie 412 meisjes" has a word between)
_BOUND_WORD = re.compile(r"\b(?:onder|boven|beneden)\s+(?:de\s+)?(?:€\s*)?$", re.IGNORECASE)
BOUND = "a number after 'onder' or 'boven': a bound (on what is counted or on a level), no figure"


def ends_in_hedge(text: str) -> bool:
    """Whether ``text`` ends in a hedge or bound (``Brussel: minder dan``, ``ongeveer``, ``<``): a number
    after it is hedged, as in a sentence, never a plain table cell."""
    return _HEDGE.search(text.rstrip(" :") + " ") is not None


# "waarvan 418 ...", "waarvan € 4,9 miljoen voor één schilderij", "waarvan ongeveer 1.900 over ...": a part of
# the figure before
_SUBSET = re.compile(r"\b(?:waarvan|daarvan|hiervan|waaronder|van wie|van deze|van die)\s+(?:er\s+)?"
                     rf"(?:(?:{_HEDGE_WORDS})\s+)?(?:€\s*)?$", re.IGNORECASE)
ROW = "the last figure of a line above another line ending in a figure: a row of a list or table"
# A number that ends its line, over a line that ends in a number: list or table rows, whose next line's
# first word is the next row's label, not this number's noun.
_ROW_BELOW = re.compile(r"[ \t]*\n[^\n]*\d[%*)]?[ \t]*(?:\n|$)")
SUBSET = "a part of the figure before ('waarvan ...'): what it counts is not said"
BARE_DIGITS = "four digits without a thousands separator before a counted noun: a count or a name"
NAME = "four digits without a thousands separator nor a counted noun: a name (1700) or a postcode"
PERCENTAGE = "a percentage: its base is not read from a sentence"
_PERCENT = re.compile(r"\s*(?:%|procent\b)")
# read_figure's scales, also over a line break ("52,6" / "miljoen euro"): the amount as the reader reads it
_SCALE = re.compile(r"(?:[ \t\u00a0]*|[ \t\u00a0]*\n[ \t\u00a0]*)"
                    r"(?:miljoen|miljard|mio\.?|mln\.?|mld\.?)(?!\w)|[ \t\u00a0]*k(?:€|[ \t\u00a0]euro\b)")
_MILLIONS = re.compile(r"\s(?:miljoen|miljard|mio|mld)", re.IGNORECASE)  # a scale read into a candidate
_MULTIPLIER = re.compile(r"\s+(?:miljoen|miljard|duizend)\b", re.IGNORECASE)  # a scale it does not read
_WORDS = re.compile(r"\s*([^\W\d_][\w'’-]*)(?:[ \t\n]+([^\W\d_][\w'’-]*))?")
# Units after a number; those without a concept in the unit scheme yet publish as "ongespecificeerd",
# their word kept in the row label ("71,3 miljoen ton").
_UNITS: dict[str, str | None] = {"euro": "EUR", "hectare": "hectare", "ha": "hectare", "ton": None,
                                 "km": None, "kilometer": None, "liter": None, "kwh": None, "mwh": None,
                                 "gwh": None, "mw": None, "gw": None, "kg": None, "µg": None,
                                 "m³": None, "vte": None, "fte": None, "teu": None, "kton": None,
                                 "mton": None}  # "8,1 Mton CO 2-eq": emissions in millions of tonnes
_PER_VOLUME = re.compile(r"/[^\W\d_]{1,3}[²³]?(?![\w/])")  # "9,8 µg/m³": the unit goes on after its slash
# A duration after a number ("47 dagen", "5,4 maanden", "42 minuten"): no counted noun, but the unit of an
# average the sentence's subject names ("De gemiddelde doorlooptijd bedroeg in 2023 47 dagen").
# "21,4 halve dagen afwezig": a half day is the unit school attendance is counted in
_DURATION = re.compile(r"\s*((?:halve\s+)?(?:kalender|werk)?dag(?:en)?|weken|week|maand(?:en)?|uren|uur|"
                       r"minuten|minuut)\b", re.IGNORECASE)
DURATION = "a duration: a figure only as the level of an average the subject names"
DAY_BEFORE = ("an average duration in a sentence naming no time: the day of the sentence before is a "
              "stock's, not the period its cases fall in")
_DAYS_OF = re.compile(r"\s*((?:kalender|werk)?dagen|uren)\s+([a-z][\w'’-]{2,}(?:heid|ing|verlof|verzuim))\b")
COMPOUND = "a duration in several units ('3 jaar en 8 maanden'): no figure of one unit"
_UNITS_OF_TIME = r"(?:jaar|jaren|maand(?:en)?|weken|week|(?:kalender|werk)?dag(?:en)?|uur|uren|minuten)"
# "1.412 personeelsleden langer dan 12 maanden afwezig", "werknemers jonger dan 30 jaar", "412 gezinnen die
# meer dan 90 dagen wachtten": a bound on a duration or an age that says which things are counted is part of
# a definition, never a figure of the period (it was published as 2023's average duration). "langer",
# "korter", "jonger", "ouder dan" bound a duration or age only this way; "meer/minder dan" does so after a
# count in its clause (a number and its noun before the bound). Near miss: "De gemiddelde wachttijd bedroeg
# meer dan 90 dagen" bounds the level of an average: a hedged figure.
# ("84% van de oproepen werd binnen 5 minuten beantwoord": after a share, "binnen" bounds what it counts)
_DEFINING_BOUND = re.compile(r"\b(?:langer|korter|jonger|ouder)\s+dan\s+$"
                             r"|(?<![\w.,])\d[\d.,]*\s+[^\W\d_][\w'’-]*\b[^\d;:]*?\b(?:meer|minder)\s+dan\s+$"
                             r"|(?<![\w.,])\d[\d,]*\s*(?:%|procent\b)[^\d;:]*?\bbinnen\s+$",
                             re.IGNORECASE)
_TIME_OR_AGE = re.compile(rf"\s*{_UNITS_OF_TIME}\b", re.IGNORECASE)
DEFINING = "a bound on a duration or age ('langer dan 12 maanden'): which things are counted, no figure"
_COMPOUND_BEFORE = re.compile(rf"\d\s+{_UNITS_OF_TIME}\s+en\s+$", re.IGNORECASE)
_COMPOUND_AFTER = re.compile(rf"\s*{_UNITS_OF_TIME}\s+en\s+\d+\s+{_UNITS_OF_TIME}\b", re.IGNORECASE)
# "per hectare", "per kg": what an amount is per, a short unit's symbol too ("7,84 euro per kg" is a price,
# not 7,84 euro)
_PER_WHAT = r"(?:[^\W\d_]{4,}|(?i:kg|km|ha|ton|l|m[²³23]|[kmg]wh))(?![\w²³])"
_PER = re.compile(rf"\s+per\s+({_PER_WHAT})")
# Two nouns that share their end, the first cut at a hyphen: "land- en tuinbouwbedrijven"
_ELIDED = re.compile(r"\s*([a-zà-ÿ][\w'’]*-\s+(?:en|of)\s+([a-zà-ÿ][\w'’-]*))")
_NOT_NOUNS = frozenset((
    "en", "of", "tot", "in", "van", "de", "het", "een", "op", "voor", "per", "aan", "met", "bij",
    "naar", "over", "uit", "om", "als", "dan", "die", "dat", "er", "is", "zijn", "was", "waren",
    "werden", "worden", "wordt", "hebben", "hadden", "heeft", "kunnen", "moeten", "zullen", "mogen",
    "betreffen", "bedragen", "bedroeg", "jaar", "jaren", "keer", "maal", "maanden", "weken", "dagen",
    "uren", "uur", "minuten", "seconden", "procent", "miljoen", "miljard", "duizend", "honderd",
    "eerder", "later", "meer", "minder", "extra",
    # prepositions and adverbs that end as plurals do: "20.118 tussen 58 en 59 jaar" counts no "tussen"
    "tussen", "binnen", "buiten", "boven", "beneden", "tegen", "sedert", "samen", "alleen", "geleden",
    "eind", "einde", "begin",  # a time after a unit: "32,8 miljard euro eind 2021" is in euro, no "euro eind"
))
_CAPITAL_COMPOUND = re.compile(r"[A-Z][^\W\d_]*-[a-zà-ÿ][\w'’]*")  # "16 UiTPAS-regio’s", "412 OCMW-besturen"
# "286.412 Buzzy Pazz-abonnementen": a name of two words glued onto a plural, perhaps over a line break
_NAMED_COMPOUND = re.compile(r"\s*([A-Z][^\W\d_]*[ \t]+[A-Z][^\W\d_]*)-(?:[ \t]*\n[ \t]*)?([a-zà-ÿ][\w'’]*)")
# "41.382 IBA’s", "12 OCMW's": an acronym's plural, its "s" after an apostrophe (a bare "IBA" may be a name)
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}['’]s")
_EURO_BEFORE = re.compile(r"(?:€|\bEUR)\s*$")  # "€ 1.500", "EUR 72.818.000"
# "De premie bedroeg 20% van de factuur": a grant's rate, in any tense what each applicant got, no share of
# something counted ("bedroeg" makes a rule's amount a measurement elsewhere: what was spent)
_GRANT_RATE = re.compile(r"(?:premie|subsidie|tegemoetkoming|vergoeding|toelage|steun)\w*\s+(?:bedroeg|"
                         r"bedraagt|bedroegen|bedragen|was|is)\s+(?:[^\W\d]+\s+){0,3}?\d[\d.,]*\s*(?:%|procent)"
                         r"\s+van\s+(?:de|het)\b", re.IGNORECASE)
_SCALE_BEFORE = re.compile(r"\bk(?:€|[ \t]?euro|EUR)\s*$"
                           r"|(?:€|\bEUR)[ \t]*(?:miljoen|miljard|mio|mln|mld)\.?\s*$",
                           re.IGNORECASE)  # "k€ 120", "€ miljoen 3,4": the scale before the digits
_EUR_AFTER = re.compile(r"\s*EUR\b")  # "218.455 EUR": the code in capitals, no noun
_MARKER = re.compile(r"\(\d\)")  # a footnote's marker: one digit in brackets
# "2 Voorlopige cijfers, stand op 30 november 2023.": a line opening with one digit and a capital, after a
# line that ended a sentence, is a footnote whose superscript marker the extractor printed as a digit
_NOTE_MARKER = re.compile(r"(?<=\n)[ \t]*\d[ \t]+(?-i:[A-Z])")
_ENDED_LINE = re.compile(r"[.:;)][ \t]*\n[ \t]*\Z")
# "telde het aanbod 22." / "415 titels": one number (22.415) broken over two lines by the extractor, or a
# sentence ending in a number and the next opening with one; either way neither half is read (reported)
_BROKEN_HEAD = re.compile(r"\.[ \t]*\n[ \t]*\d{3}(?![\d.,])")
_BROKEN_TAIL = re.compile(r"(?<![\w.,])\d{1,3}\.[ \t]*\n[ \t]*\Z")
BROKEN = "a number ending a line in '.' and three digits opening the next: perhaps one number broken in two"
# "* Niet vermeld om de herkenbaarheid te vermijden: minder dan 5 jongeren kregen ...": a sentence saying
# that counts are withheld gives, after "minder dan" or "<", the threshold of the mask, not a count (a table's
# "<5" and "*" cells publish nothing either); a bound in any other sentence stays a hedged figure
_WITHHELD = re.compile(r"\bniet\s+(?:vermeld|weergegeven|opgenomen|getoond|meegedeeld|gepubliceerd)\b|"
                       r"\bprivacy\w*|\bherkenba\w*|\banonimiteit\b|\bafgeschermd\b", re.IGNORECASE)
_MASK_BOUNDS = frozenset(("minder dan", "<"))
MASK = "a bound in a sentence saying counts are withheld: the threshold of a privacy mask, not a count"


def _note_marker(text: str, start: int) -> bool:
    """Whether the number at ``start`` is a note's marker opening its line (see ``_NOTE_MARKER``)."""
    line = text.rfind("\n", 0, start) + 1
    return line > 0 and not text[line:start].strip(" \t") and _NOTE_MARKER.match(text, line) is not None \
        and _ENDED_LINE.search(text[max(0, line - 200) : line]) is not None


def _broken(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is one half of a number the extractor may have broken (see
    ``_BROKEN_HEAD``): a head ``22.`` ending its line before three digits, or those three digits."""
    digits = text[start:end]
    if not digits.isdigit() or len(digits) > 3:
        return False
    return _BROKEN_HEAD.match(text, end) is not None \
        or (len(digits) == 3 and _BROKEN_TAIL.search(text[max(0, start - 12) : start]) is not None)


# "..., en in 2021 ...", and a comparison: "bedroeg in 2023 2,1% tegenover 2,4% in 2022" is two clauses
# a dash with a space on each side ends a clause, not between two numbers ("2.000 - 2.500 gezinnen": a range)
# A bracket ends a clause, except one naming the budget the clause is about by its abbreviation ("in de
# begrotingsopmaak 2024 (BO 2024) gaat uit van 3.900 VTE": the plan's words stay in the figure's clause; its
# year may be blanked by then)
# (a year alone in brackets after a word, "In het eerste coronajaar (2020) zakte dat", is the clause's time
# as "in 2020" is: no clause of its own, also once blanked as a period; after a number, "3,41 miljard euro
# (2020)", it stays one)
_CLAUSE_END = re.compile(r",\s|;\s|(?<!\d)\s[–-]\s|\s[–-]\s(?!\d)"
                         r"|\((?!B[AOU] [\d ]{4}\))(?!(?<=[^\W\d_]\s\()(?:(?:19|20)\d\d| {4})\))"
                         r"|(?<!B[AOU] [\d ]{4})(?<![^\W\d_]\s\((?:19|20)\d\d)(?<![^\W\d_]\s\( {4})\)"
                         rf"|\sen\s+(?=(?:in|tijdens|over)\s)|\s(?={VERSUS_WORD}\s)")


@dataclass(frozen=True)
class _Candidate:
    start: int  # of the number, in Document.text
    end: int
    printed: str
    value: Decimal
    hedge: str | None
    hedge_text: str | None


_DIGITS = re.compile(r"\d+")


def _maybe_figures(work: str) -> bool:
    """Whether ``work`` holds a number other than a year, or an ``een tiental``: most prose does not,
    and the full search is then skipped (the parse must stay above 1,000 documents a second). The runs of
    digits are looked at only up to the first that is no year, and ``_TAL``, a slow regex on prose (no
    literal to look for first, case ignored), only runs where "tal" is written."""
    return (any(not A_YEAR.fullmatch(d[0]) for d in _DIGITS.finditer(work))
            or ("tal" in work.lower() and _TAL.search(work) is not None))


_NONE = "none"  # ``_Periods.within``: no period nor vague time at all in the range


class _Periods:
    """The periods of a region by offset, so a clause finds its own in logarithmic time."""

    def __init__(self, found: list[Period]) -> None:
        ordered = sorted(found, key=lambda p: p.start)
        self.starts = [p.start for p in ordered]
        self.keys = [p.key for p in ordered]
        self.compared = {p.start: p.compared for p in ordered if p.compared}  # by offset

    def within(self, a: int, b: int) -> str | None:
        """The one period in ``[a, b)``; ``None`` when there are several or a vague time; ``_NONE``
        when there is nothing at all (then the sentence's period counts)."""
        keys = set(self.keys[bisect.bisect_left(self.starts, a) : bisect.bisect_left(self.starts, b)])
        if not keys:
            return _NONE
        return keys.pop() if len(keys) == 1 else None

    def ordered(self, a: int, b: int) -> list[str | None]:
        """The periods and vague times in ``[a, b)`` in reading order."""
        return self.keys[bisect.bisect_left(self.starts, a) : bisect.bisect_left(self.starts, b)]

    def only(self, a: int, b: int) -> str | None:
        """The one period of a sentence, or ``None``."""
        period = self.within(a, b)
        return None if period is _NONE else period

    def plus(self, period: Period) -> _Periods:
        """These periods and one more."""
        return _Periods([*(Period(k, s, self.compared.get(s)) for s, k in zip(self.starts, self.keys,
                                                                                 strict=True)), period])


@dataclass(frozen=True)
class _Noun:
    label: str | None  # None: no counted noun or unit follows
    unit: str | None
    reason: str  # why it is no noun, for the report


# "In 2023 werd 23 keer een tijdelijk zwemverbod ingesteld": so many times one thing, a count of the things
# (a lower-case noun, perhaps after one adjective, then a past participle); "3 keer per jaar" is a rate, "2
# keer een formulier indienen" (an infinitive) no count
_TIMES_A = re.compile(r"\s*keer\s+een\s+((?:[a-z][\w-]*e?\s+)?([a-z][\w-]{3,}))\s+(?:werd\s+|werden\s+)?"
                      r"(?:(?:op|in|uit|aan|af|vast|stil)?ge|be|ver|ont|her)[a-z]+[dt]\b")
# "De folder werd respectievelijk 18.400, 15.950 en 21.300 keer besteld": so many times done to the subject, a
# count of the times; "3 keer vaker besteld" (no participle right after it) compares, it counts nothing
_TIMES_DONE = re.compile(r"\s*keer\s+((?:(?:op|in|uit|aan|af|vast|stil)?ge|be|ver|ont|her)[a-z]+[dt])\b")


def _noun(after: str, printed: str, value: Decimal) -> _Noun:
    if _PERCENT.match(after):
        return _Noun(None, None, PERCENTAGE)
    if len(printed) >= 4 and printed.isdigit():  # a count printed without separator, or a name (1700)
        counted = _noun(after, "", value).label is not None
        return _Noun(None, None, BARE_DIGITS if counted else NAME)
    if _MULTIPLIER.match(after):
        return _Noun(None, None, "an amount in words (miljoen, miljard) is not read from a sentence")
    if days := _DAYS_OF.match(after):  # "2.914 dagen arbeidsongeschiktheid": a count of days of something
        return _Noun(f"{days[1]} {days[2]}", "count", "")
    if _DURATION.match(after):
        return _Noun(None, None, DURATION)
    if (elided := _ELIDED.match(after)) and _plural(elided[2], value):  # "3.127 land- en tuinbouwbedrijven"
        return _Noun(collapse(elided[1]), "count", "")
    if elided and _adjective(elided[2]) and (noun := _WORDS.match(after, elided.end())) is not None \
            and noun[1] not in _NOT_NOUNS and _plural(noun[1], value):  # "1.720 dak- en thuisloze personen"
        return _Noun(collapse(f"{elided[1]} {noun[1]}"), "count", "")
    if _EUR_AFTER.match(after):
        return _Noun("euro", "EUR", "")
    if (times := _TIMES_A.match(after)) is not None and times[2] not in _NOT_NOUNS:
        return _Noun(collapse(times[1]), "count", "")  # "23 keer een tijdelijk zwemverbod": 23 of them
    if (done := _TIMES_DONE.match(after)) is not None:
        return _Noun(f"keer {done[1]}", "count", "")  # "21.300 keer besteld": 21.300 orders
    if (named := _NAMED_COMPOUND.match(after)) is not None and named[2] not in _NOT_NOUNS \
            and _plural(named[2], value):
        return _Noun(f"{named[1]}-{named[2]}", "count", "")
    m = _WORDS.match(after)
    adjective = m is not None and m[2] is not None and _adjective(m[1])  # "Vlaamse Woonleningen" too
    # "16 UiTPAS-regio’s": a prefix in capitals before a hyphen; "41,7 GWh": a unit's symbol in capitals
    lower = m is not None and (m[1][0].islower() or _CAPITAL_COMPOUND.fullmatch(m[1]) is not None
                               or _ACRONYM_PLURAL.fullmatch(m[1]) is not None or m[1].lower() in _UNITS)
    if m is None or not (lower or adjective):
        return _Noun(None, None, "no counted noun or unit after the number")
    first, second = m[1], m[2]
    if first.lower() in _UNITS:
        per = _PER.match(after, m.end(1))
        if per:  # "52.300 euro per hectare": a price, in a unit of its own (no concept of it yet)
            return _Noun(f"{first} per {per[1]}", None, "")
        if slash := _PER_VOLUME.match(after, m.end(1)):
            return _Noun(f"{first}{slash[0]}", None, "")
        if second and second[0].islower() and second not in _NOT_NOUNS and len(second) >= 4:
            return _Noun(f"{first} {second}", _UNITS[first.lower()], "")  # "1.106 hectare grond"
        return _Noun(first, _UNITS[first.lower()], "")
    if adjective and second not in _NOT_NOUNS and _plural(second, value):
        return _Noun(f"{first} {second}", "count", "")  # "136 erkende Huizen", "3.412 Vlaamse Woonleningen"
    if adjective and _adjective(second) and (third := _WORDS.match(after, m.end(2))) is not None \
            and third[1] not in _NOT_NOUNS and _plural(third[1], value):
        return _Noun(f"{first} {second} {third[1]}", "count", "")  # "287 erkende lokale omroepen"
    if lower and first not in _NOT_NOUNS and _plural(first, value):
        return _Noun(first, "count", "")
    if lower and first not in _NOT_NOUNS and second and _adjective(second) \
            and (third := _WORDS.match(after, m.end(2))) is not None and third[1] not in _NOT_NOUNS \
            and _plural(third[1], value):  # "17.412 publiek toegankelijke laadpunten": an adverb first
        return _Noun(f"{first} {second} {third[1]}", "count", "")
    return _Noun(None, None, f"{first!r} after the number is no counted noun or unit")


def _adjective(word: str) -> bool:
    """An adjective before a counted noun ("erkende", "Vlaamse"): inflected with -e, no function word."""
    return len(word) >= 4 and word.endswith("e") and word.lower() not in _NOT_NOUNS


def _plural(word: str, value: Decimal) -> bool:
    """A Dutch plural (``aanvragen``, ``dossiers``, ``data``; ``mammografieën``, ``categorieën`` after a
    vowel), or any noun after 1; "processen-verbaal" is the plural of "proces-verbaal"."""
    return len(word) >= 4 and (word.endswith(("en", "ën", "s", "a")) or value == 1
                               or word.lower().endswith("processen-verbaal"))


def _candidates(work: str, base: int, a: int, b: int) -> Iterator[_Candidate]:
    """The numbers of ``work[a:b]`` with their hedge; a range gives its two ends."""
    ranges = {m.end(): m for pattern in (_RANGE, _RANGE_SIGN) for m in pattern.finditer(work, a, b)
              if _NUMBER.fullmatch(m[1])}
    lows = {m.start(1) for m in ranges.values()}
    for m in _TAL.finditer(work, a, b):
        value = _ABOUT_TEN[m[2].lower()] if m[2] else int(m[3])
        yield _Candidate(base + m.start(1), base + m.end(1), m[1], Decimal(value), "ongeveer",
                         f"een {m[1]}")
    for m in _NUMBER.finditer(work, a, b):
        if m.start() in lows or work.startswith("-tal", m.end()):
            continue
        printed, end = m[1], m.end()
        if scale := _SCALE.match(work, end, b):  # "1,2 miljoen", "1,2 mio", "1.200 k€": one amount
            printed, end = f"{printed}{scale[0]}", scale.end()
        try:
            value = read_figure(printed.replace("\n", " "))[0]
        except ValueError:
            continue
        if value is None:
            continue
        pair = ranges.get(m.start())
        if pair is not None:
            low = pair[1]
            low_value = read_figure(low)[0]
            if low_value is not None:
                yield _Candidate(base + pair.start(1), base + pair.end(1), low, low_value, "ondergrens",
                                 RANGE)
            yield _Candidate(base + m.start(), base + end, printed, value, "bovengrens", RANGE)
            continue
        hedge = _HEDGE.search(work, max(a, m.start() - _WINDOW), m.start())
        word = (hedge[1] or hedge[2]) if hedge else None
        yield _Candidate(base + m.start(), base + end, printed, value,
                         _HEDGES[collapse(word).lower()] if word else None, collapse(word) if word else None)


# The measure a sentence names as its subject: "Het aandeel meldingen over de woningmarkt bedroeg 27% in
# 2020", "In 2022 bedroeg het aantal aanvragen 1.204", "Het aantal pleegzorgsituaties steeg van 7.402 in
# 2020 naar 7.815 in 2022". Its head is a word that names a quantity, so the numbers after the verb are
# levels of it; a rule's subject ("het bedrag van de premie bedraagt") is none.
_AMOUNTS = ("bedrag|budget|kost|kosten|kostprijs|prijs|uitgaven|investeringen|inkomsten|ontvangsten|"
            "opbrengsten?|omzet")
_MEASURE = (rf"(?:[^\W\d_]{{3,}}(?:e|end|ig)\s+){{0,2}}[^\W\d_]*(?:aantal|aandeel|percentage|{_AMOUNTS}|"
            r"bereik|graad|cijfer|hoeveelheid|gemiddelde|mediaan|mediane|verzuim|bezetting|norm|tarief|tarieven|"
            r"retributie)")
# "voor een totaal steunbedrag van 52,6 miljoen euro", "voor een bedrag van 183.420 euro": an amount the noun
# before it names, which labels it (two amounts of one year are then no one cell of "euro").
_NAMED_AMOUNT = re.compile(rf"\b(?:een|het|de)\s+((?:[^\W\d_]+\s+){{0,2}}?[^\W\d_]*(?:{_AMOUNTS}))\s+van\s+"
                           r"(?:€\s*)?$", re.IGNORECASE)
# "PM2,5": a name may hold a decimal; "Het slaagpercentage in het eerste jaar van de educatieve bachelor lager
# onderwijs bedroeg": a measure may be named at length, also of an age group ("Het aantal abonnementen voor
# 65-plussers (Omnipas 65+) bedroeg"), or through a website ("Het aantal chatgesprekken via caw.be steeg")
_SITE = r"\.(?:be|com|eu|org|nl|vlaanderen)\b"  # "caw.be": a word that is a website's name
# words listed in it with a comma before a last "en"/"of" ("Het aantal bedrijven met runderen, varkens of
# pluimvee daalde") are one name, not a clause
_LISTED_WORD = r"(?:,(?=\s+[^\W\d_][\w'’-]*\s+(?:en|of)\s))?"
# ("De werkzaamheidsgraad van de 20- tot 64-jarigen bedroeg": an age range with its first part elided; "Het
# slaagpercentage voor richtgraad 2 (niveau A2) bedroeg": a class named by its number after its word)
_CLASS_NUMBER = (r"(?:(?<=graad)|(?<=categorie)|(?<=niveau)|(?<=fase)|(?<=type)|(?<=klasse))"
                 r"\s+\d{1,2}(?![\d.,])")
_NP = (rf"({_MEASURE}(?:{_LISTED_WORD}\s+(?:\d{{1,3}}-\s+(?:tot|en)\s+)?(?:\d{{1,3}}-)?[^\W\d_][\w'’-]*"
       rf"(?:,\d+|!|{_SITE}|{_CLASS_NUMBER})?){{0,12}}?)")
_VERB = (r"(bedroeg|bedroegen|bedraagt|bedragen|was|waren|is|zijn|steeg|stegen|daalde|daalden|klom|zakte|"
         r"nam|namen|evolueerde|lag|lagen|ligt|ging|bleef)")
# "(categorie 1)", "(niveau A2)": a bracket after the subject may name a class by a small number, right after
# its word and closing the bracket (a figure in a bracket, "(2021: 1.306)", is none)
_NAMED_BY_NUMBER = (r"(?<=[^\W\d_])\d(?=\))|(?<=[^\W\d_]\s)\d{1,2}(?=\))"
                    # "(afwezigheden tot en met 1 maand)", "(N- en N-1-functies)": what the measure is of, by
                    # one unit of time or a grade ("(meer dan 30 dagen)" may restate a duration measured)
                    r"|(?<![\d.,])1\s+(?:maand|jaar|week|dag)\b|(?<=[A-Z]-)\d(?=-)")
# "Het aantal zeeschepen dat de haven aandeed, daalde ...": a relative clause without a number may follow
# the subject, closed by a comma before the verb.
_SUBJECT_FIRST = re.compile(rf"\s*(?:[^,.\d]{{0,60}}?,\s+)?(?:het|de)\s+{_NP}"
                            rf"(?:\s+(?:dat|die)\s(?:[^,.\d;:]|{YEAR}){{1,160}}?,|,\s+(?:van|tussen|voor)\s[^,.\d;:]{{1,60}}?,"
                            rf"|\s+\((?:[^()\d]|\d{{1,3}}\+|{_NAMED_BY_NUMBER}){{1,80}}\))?"
                            rf"\s+{_VERB}\b", re.IGNORECASE)
_SUBJECT_AFTER = re.compile(
    rf"\s*(?:in|op|tijdens|over|volgens)\s+[^,.()]{{1,40}}?(?:\s+\([^()]{{1,160}}\))?\s+{_VERB}\s+(?:het|de)\s+{_NP}"
    rf"(?=\s+(?:€\s*)?\d|\s+(?:{'|'.join(re.escape(h) for h in _HEDGES)})\s)", re.IGNORECASE)
_RULE_NOUN = re.compile(r"\b(?:maximale|minimale|premie|subsidie|tegemoetkoming|vergoeding|toelage|boete|"
                        r"tarief|retributie|heffing|belasting|plafond|maximum|minimum|norm|drempel|forfait)|"
                        # "Het basisbedrag bedraagt in 2022 174,56 euro per maand": the base amount of a
                        # scheme (a premium's, an allowance's), in the present tense a parameter of the rule
                        r"\bbasis(?:bedrag|premie|toelage|tegemoetkoming)|"
                        # "Het bedrag per uur opleidingsverlof bedraagt 21,30 euro": an amount per unit of
                        # what is paid for, in the present tense a rate a rule fixes (not "gemiddelde")
                        r"(?:bedrag|prijs)\s+per\s+(?:uur|dag|week|maand|nacht|pakket|stuk|eenheid|prestatie|"
                        r"maaltijd|km|kilometer)\b",
                        re.IGNORECASE)
# "De werklastnorm die in 2019 ... werd afgesproken, bedraagt 85 dossiers": a norm is a rule in any tense; so
# is a tariff ("Het tarief voor een keuring bedraagt in 2022 45,90 euro": a price in force, not a measurement)
# (the subject's head: "Het aandeel plaatsen met een inkomenstarief" is a share)
# "Het steunpercentage bedraagt 30% of 40% van de subsidiabele investering": the rate a scheme grants
# ("steunpercentage", "subsidiepercentage", "steunintensiteit") is a rule in any tense too (not an average)
_NORM = re.compile(r"(?:[^\W\d_]{3,}e\s+){0,2}[^\W\d_]*(?:norm(?:en)?|tarie(?:f|ven)|retributies?|"
                   r"(?:steun|subsidie|subsidiërings|premie|tussenkomst)(?:percentages?|intensiteit))\b",
                   re.IGNORECASE)
# "Het sociaal tarief voor elektriciteit bedroeg in het eerste kwartaal van 2024 0,2187 euro per kWh": an
# amount per unit of a quantity (kWh, m³, liter, km, ton) that the sentence calls a tariff or a price
# ("eenheidsprijs", "basistarief") is a price set for anyone who buys, in any tense: no measurement. What
# something cost ("De kostprijs bedroeg ... gemiddeld € 805.000 per km") and an average price over what was
# paid ("De gemiddelde prijs per liter bedroeg ...") are measured; a total called so ("De opbrengst van het
# sociaal tarief bedroeg 412 miljoen euro") is per no unit.
_PER_QUANTITY = re.compile(r"\s*(?:euro(?:cent)?|EUR|cent)?\s*per\s+(?:[kmg]wh|m[²³23]|liter|l|kilometer|km|"
                           r"ton|kg|kilo(?:gram)?|kilowattuur|megawattuur)(?![\w²³])", re.IGNORECASE)
_PRICE_NAMED = re.compile(r"\b[^\W\d_]*tarie(?:f|ven)\b|\b(?!kost)[^\W\d_]*prij(?:s|zen)\b", re.IGNORECASE)
PRICE = "a price per unit of a quantity ('het sociaal tarief ... 0,2187 euro per kWh'): set, not measured"
# "De investeringspremie voor zonnepanelen bedroeg in 2021 300 euro per kWp", "De hinderpremie bedroeg 2.000
# euro per verplicht gesloten vestiging": the amount per unit (per kWp, per m², per vestiging) of a premium, a
# subsidy or a tariff the clause is about is what the rule grants or charges for each unit, in any tense: the
# same for everyone, no measurement of its year. Measured: an average over what was paid ("De gemiddelde
# premie bedroeg ... 172 euro per maand", "gemiddeld € 2.578 per dossier"), and an amount whose subject is
# another measure ("De uitgaven voor de premie bedroegen 4,73 euro per inwoner": the premium is no head).
# ("In 2021 bedroeg de premie voor zonnepanelen 300 euro per kWp": the verb may come first)
_GRANT = (r"(?<!\bvoor\s)(?<!\bvan\s)(?<!\baan\s)(?<!\bover\s)(?<!\bbij\s)\b(?:de|het)\s+"
          r"(?:[^\W\d_]+e\s+){0,2}[^\W\d_]*(?:premie|subsidie|tegemoetkoming|vergoeding|toelage|tarie(?:f|ven)|retributie|heffing)s?"
          r"(?:\s+(?:voor|van|bij)\s+[^\d,;:.()]{1,60}?)?")
_GRANT_VERB = r"(?:bedroeg|bedroegen|bedraagt|bedragen|was|waren|is|zijn|lag|lagen|ligt)\b"
_GRANT_PER_SUBJECT = re.compile(rf"(?:{_GRANT}\s+{_GRANT_VERB}|\b{_GRANT_VERB}\s+{_GRANT})[^\d,;:]*$",
                                re.IGNORECASE)
# ("De dagvergoeding voor pleegouders bedraagt in 2024 19,82 euro voor een kind jonger dan 12 jaar": the
# amount for one of a category, "voor een", "voor elk", is what the rule grants each, as "per kind" is; not
# a total "voor een kleine 8.000 kinderen", "in totaal" or paid out, which is measured)
_PER_UNIT = re.compile(r"\s*(?:euro(?:cent)?|EUR|cent)?\s*(?:per|(?P<each>voor\s+(?:een|elke?|iedere?))"
                       r"(?!\s+(?:kleine|goede|ruime|dikke|totaal|bedrag|som)\b))\s+[^\W\d_]", re.IGNORECASE)
# "Voor een wagen van 11 fiscale pk bedraagt de verkeersbelasting in 2025 ongeveer 420 euro", "Bij een gezin
# met 2 kinderen is dat 1.250 euro": an amount for one case of a kind, in a sentence that tells of nothing
# done, is a tariff or a rule's, not measured; "voor een bedrag van 1,2 miljoen euro", "voor een totaal van
# 412 dossiers" (a measure after "een") and "werd voor een woning met ... betaald" (done) are no such case
_ONE_CASE = re.compile(r"\b(?:voor|bij)\s+(?:een|één|elke?|iedere?)\s+(?!(?:kleine|goede|ruime|dikke|"
                       r"totaal\w*|bedrag\w*|som|waarde|budget|investering\w*|oppervlakte|periode|duur|aantal|"
                       r"gemiddelde)\b)"
                       r"(?:[^\W\d_][\w'’-]*\s+)?[^\W\d_][\w'’-]{2,}\s+(?:van|met)\s", re.IGNORECASE)
ONE_CASE = ("an amount for one case of a kind ('Voor een wagen van 11 fiscale pk bedraagt ...'): a tariff, "
            "no measurement")
_TOTAL_PAID = re.compile(r"\bin\s+totaal\b|\btotale?\b|\b(?:uit)?betaald", re.IGNORECASE)
GRANT_PER_UNIT = ("an amount per unit of a premium, subsidy or tariff ('De premie bedroeg 300 euro per "
                  "kWp'): the rule's amount for each unit, not measured")
_PRESENT = frozenset(("bedraagt", "bedragen", "is", "zijn", "ligt"))
_TRAILING = re.compile(r"(?:\s+(?:in|op|van|voor|over|bij|tijdens|de|het|een|toe|af|met))+$", re.IGNORECASE)
# an average, or a median ("De mediaan lag in 2023 op 12 dagen"): a level over the period's cases
_AVERAGE = re.compile(r"\bgemiddeld\w*|\bmedia(?:an|ne)\b", re.IGNORECASE)
_AVERAGED = re.compile(r"\bgemiddeld\b", re.IGNORECASE)  # the adverb: "Gemiddeld wachtte een persoon ..."
_MEASURE_NP = re.compile(rf"\b(?:het|de)\s+{_MEASURE}\b", re.IGNORECASE)  # another measure: the subject ends


@dataclass(frozen=True)
class _Subject:
    label: str
    end: int  # offset in the sentence after which its numbers stand
    count: bool  # "het aantal ...": a bare number after the verb is a count
    rule: bool  # "het bedrag van de premie bedraagt ...": the sentence states a rule, no figure


_CLAUSE_OPENS = re.compile(r": |;\s")  # a clause that starts like a sentence, for ``_subject``


def _subject(sentence: str, lead: int = 0) -> _Subject | None:
    """The measure the sentence is about, when its subject names one; None otherwise. ``sentence`` starts
    ``lead`` characters into the sentence (after a table read before it), which ``_Subject.end`` counts.
    A clause after a colon starts like a sentence ("... de gestegen brandstofprijzen: de gemiddelde kostprijs
    per vervoerde leerling steeg van 2.629 euro in 2021 tot 2.823 euro in 2023"), and so does one after a
    semicolon ("In 2023 duurde een bemiddeling gemiddeld 4,2 maanden; de mediaan lag op 3,5 maanden")."""
    for at in (0, *(m.end() - 1 for m in _CLAUSE_OPENS.finditer(sentence))):
        for pattern, np_group, verb_group in ((_SUBJECT_FIRST, 1, 2), (_SUBJECT_AFTER, 2, 1)):
            m = pattern.match(sentence, at)
            if m is None:
                continue
            label = _TRAILING.sub("", " ".join(m[np_group].split()))
            # no rule sets an average ("De gemiddelde vergoeding bedraagt", "Het gemiddelde tarief bedroeg");
            # a norm or a tariff is one in any tense
            rule = (m[verb_group].lower() in _PRESENT and _RULE_NOUN.search(label) is not None
                    or _NORM.match(label) is not None) and not _AVERAGE.search(label)
            return _Subject(label, lead + m.end(), label.lower().startswith("aantal"), rule)
    return None


def _as_level_of(subject: _Subject, noun: _Noun, after: str) -> _Noun | None:
    """The noun a number after the subject's verb takes: the subject's measure, in the number's unit.
    A bare number is a count only under "het aantal"; a number with a noun of its own keeps it. A unit
    without a concept ("ton", "kg per inwoner") and the duration of an average ("gemiddelde doorlooptijd",
    "47 dagen") stay in the label: the value alone would not say what it measures."""
    if noun.reason == PERCENTAGE:
        return _Noun(subject.label, "percent", "")
    if noun.reason == DURATION and (unit := _DURATION.match(after)) and _AVERAGE.search(subject.label):
        return _Noun(f"{subject.label} ({' '.join(unit[1].split())})", None, "")
    if noun.label in _UNITS and _UNITS[noun.label] is not None:
        return _Noun(subject.label, _UNITS[noun.label], "")
    if noun.label is not None and noun.unit is None:  # "euro per hectare", "ton"
        return _Noun(f"{subject.label} ({noun.label})", None, "")
    if noun.label is None and subject.count and (  # "Het aantal opgenomen uren daalde ... 3,4 miljoen uren"
            noun.reason == DURATION or noun.reason.startswith(("no counted noun", "'"))):
        return _Noun(subject.label, "count", "")
    return None


_UNIT_BEFORE_PER = re.compile(r"\s*[^\W\d_][\w/²³]*\s+(?=per\s)")
_PER_RIGHT_AFTER = re.compile(r"\s*(?=per\s)")  # "€ 2.578 per dossier": no unit word before "per"


def _rate_is_its_unit(work: str, a: int, b: int, end: int) -> bool:
    """Whether the only rate of the clause ``work[a:b]`` is the unit of the number ending at ``end``
    ("143,6 kg per inwoner": what it is per is read); "7.500 euro per onderneming per kalenderjaar" has a
    rate of its own."""
    unit = _UNIT_BEFORE_PER.match(work, end)
    return unit is not None and all(m.start() == unit.end() for m in _RATE_PER.finditer(work, a, b))


def _rates_named(work: str, a: int, b: int, named: re.Match[str], end: int) -> bool:
    """Whether every average or rate word of the clause ``work[a:b]`` is in the amount's name ("een
    gemiddeld bedrag van") or is the unit of the number ending at ``end`` ("54.600 euro per bedrijf")."""
    unit = _UNIT_BEFORE_PER.match(work, end)
    return all(named.start(1) <= m.start() < named.end(1) or (unit is not None and m.start() == unit.end())
               for m in _RATE.finditer(work, a, b))


# ("gemiddeld ong. 1.020 euro per leerling": a hedge may stand between the adverb and the number)
_AVERAGE_RIGHT_BEFORE = re.compile(rf"\bgemiddeld\s+(?:(?:{_HEDGE_WORDS})\s+)?(?:€\s*)?$", re.IGNORECASE)
# "In 2023 waren gemiddeld 1.412 personeelsleden ... afwezig", "Er werden in 2022 gemiddeld 4.500
# werkzoekenden begeleid": a clause that opens with a plural verb (after at most its time) and the adverb
# right before a count makes the count its subject: the average number of those things over the period (a
# mean stock), in no unit per something. Near misses: "Een consulent begeleidde gemiddeld 96 dossiers" and
# "In de centra werden gemiddeld 45 kinderen opgevangen" (per consultant, per centre: the clause names
# whom), and any rate in the clause ("gemiddeld 2.389 personen per dag").
# "In het Vlaams detentiecentrum De Wijngaard verbleven in 2023 gemiddeld 21 jongeren": one place named by
# its proper name may open the clause (a mean stock of that place; "In de centra" may be per centre)
_AVERAGE_COUNT_OPENS = re.compile(r"\s*(?:in\s+(?:het|de)\s+(?:[^\W\d_]+\s+){0,3}?(?-i:[A-Z])[\w-]*"
                                  r"(?:\s+(?-i:[A-Z])[\w-]*)*(?:\s+in\s+(?-i:[A-Z])[\w-]*)?\s+)?"
                                  r"(?:(?:in|tijdens|over)\s+\S*\s*)?(?:er\s+)?"
                                  r"(?:waren|werden|zijn|worden|verbleven|verblijven)\s+(?:er\s+)?"
                                  r"(?:(?:in|tijdens|over)\s+\S*\s*)?gemiddeld\s+\Z", re.IGNORECASE)


def _average_in_its_unit(work: str, a: int, b: int, at: int, end: int) -> bool:
    """Whether the clause ``work[a:b]``'s only average or rate words are the adverb right before the number
    (at ``at``) and the unit after it (ending at ``end``): "of gemiddeld 4,73 euro per inwoner" is an average
    in euro per inhabitant; "gemiddeld 12 euro per inwoner per jaar" has a rate of its own."""
    adverb = _AVERAGE_RIGHT_BEFORE.search(work, a, at)
    unit = _UNIT_BEFORE_PER.match(work, end)
    if unit is None and adverb is not None and adverb[0].rstrip().endswith("€"):
        unit = _PER_RIGHT_AFTER.match(work, end)  # "gemiddeld € 2.578 per dossier": the sign is its unit
    return adverb is not None and unit is not None and all(
        m.start() in (adverb.start(), unit.end()) for m in _RATE.finditer(work, a, b))


def _only_averaged(work: str, a: int, b: int) -> bool:
    """Whether the clause's only average or rate words are the adverb "gemiddeld" (no "per dag")."""
    return all(m[0].lower() == "gemiddeld" for m in _RATE.finditer(work, a, b))


def _averaged(subject: _Subject, verb_to_number: str) -> _Subject:
    """The subject as its numbers measure it: "bedroeg gemiddeld 61,4%" is the average of the measure."""
    if _AVERAGE.search(verb_to_number) and not _AVERAGE.search(subject.label):
        return replace(subject, label=f"{subject.label} (gemiddeld)")
    return subject


_WINDOW = 80  # characters before and after a number that decide what it is: a long line costs linear time
_MAX_NUMBERS = 60  # more numbers than this in one "sentence" is a table or a list, not prose
TOO_MANY = "more numbers in one sentence than prose holds: a table or list that was not read"
# Three lines holding a number alone make a "sentence" a table printed one cell per line that no table
# reader took (held-out 902: "Vlaams beschermings-" / "mechanisme (VBM)" / "61.204" / "1.102,8" / "pagina 2
# van 3" read as 1.102,8 pages): none of its numbers is published; prose wraps a number onto a line of its
# own once at most
_CELL_LINE = re.compile(r"(?m)^[ \t\f]*[-+]?\d[\d.,]*[ \t]*%?[ \t]*$")
_MAX_CELL_LINES = 2
CELL_LINES = "a number among cells printed one per line: a table that was not read"


@dataclass(frozen=True)
class _Carried:
    """What a sentence hands to the next one in its part: its one counted noun ("312 jeugdverenigingen.
    In 2022 waren dat er 347") and its period ("Van 1 januari tot en met 30 september 2023 werden ...
    Het gemiddelde leenbedrag bedroeg 179.484 euro", "Over dezelfde periode werd ...")."""

    noun: _Noun | None = None
    period: str | None = None
    near: bool = True  # the same part: a measure as subject takes its period, else only "dezelfde periode"
    share: _Noun | None = None  # its one share in %: "... vond 71,4% werk. In 2021 was dat 68,9%."
    nouns: tuple[_Noun, ...] = ()  # its counted nouns in order: "dat er respectievelijk 2.986 en 392"
    periods: tuple[str, ...] = ()  # its distinct periods in order: "Het bedrag bedroeg respectievelijk ..."
    listing: bool = False  # it opens a list with a colon and names no time, or is a bullet of such a list
    latest: str | None = None  # its last figure's period, when no figure of it ends later: "Dat is 1,9%"
    main: str | None = None  # its one period apart from its "tegenover" clauses, when it has such a clause
    counts: tuple[tuple[Decimal, str], ...] = ()  # its counts published, with their periods
    last_of_part: _Carried | None = None  # at a part's start: what the part before ended with ("a) Daarvan")
    leads_in: bool = False  # it ends in a colon: the table or list after it holds figures of its period
    day: str | None = None  # the one day it names with "op", a period of its own or not: "op die datum"
    per: bool = False  # it speaks of an amount per unit ("De dotatie per inwoner bedroeg ... 44,9 euro")
    per_noun: _Noun | None = None  # the one amount per unit it published ("euro per inwoner"), if any


# "De dotatie per inwoner bedroeg in 2023 44,9 euro. In 2021 was dat nog 43,8 euro.": an amount whose subject
# points back ("dat", "dit", "die", "het") is of the measure the sentence before named, here an amount per
# inhabitant, never plain euro
_PER_SPOKEN = re.compile(r"\bper\s+(?!\d)[^\W\d_]{3,}", re.IGNORECASE)
_ANAPHORIC_AMOUNT = re.compile(r"(?:^\s*|\b(?:was|waren|is|zijn|bedroeg|bedroegen|bedraagt|bedragen|lag|"
                               r"ligt)\s+)(?:dat|dit|die|het)\s+(?:(?:er|nog|al|reeds|ook|slechts|maar|zelfs|toen|in|op|"
                               r"was|is|bedroeg|bedraagt|ongeveer|circa|bijna|ruim|amper)\s+)*(?:€\s*)?$",
                               re.IGNORECASE)
PER_BEFORE = "an amount said of 'dat' after a sentence of an amount per unit: per what it is, unsure"

# "In 2023 waren dat er 861 over het hele jaar": after a figure of a year, "the whole year" restates that year
# (a figure of a part of the year before it, as "In 2024 stroomden 229 jongeren in", is then compared)
_WHOLE_YEAR_AFTER = re.compile(r"\s*(?:over|voor|in|gedurende|tijdens)\s+het\s+(?:hele|gehele|volledige)\s+"
                               r"jaar[ \t]*\.?\s*", re.IGNORECASE)
# "In 2021 was dat 68,9% en in 2020 66,2%": a clause of only a period and a number continues the figure
# before it, for another period; an adverb or the "om" of "ging het om" may stand before the number ("in
# 2022 waren het er 71 en in 2023 al 88", "In 2021 ging het om 612.450 keuringen, in 2020 om 548.902"), and a
# hedge too ("In 2022 werden 117.814 installaties aangesloten, in 2023 ongeveer 98.000").
_ELLIPSIS = re.compile(r"\s*(?:(?:in|op|tijdens|over)\s+(?:het\s+(?:school|academie|werk)jaar\s+)?"
                       r"(?:(?:al|nog|reeds|ook|slechts|zelfs|om)\s+)?"
                       r"(?:(?:" + "|".join(re.escape(h) for h in _HEDGES) + r")\s+)?"
                       r"|(?:een|één|het)\s+jaar\s+(?:eerder|voordien|daarvoor)\s+)")
_VERSUS = re.compile(rf"\b{VERSUS_WORD}\s+(?:(?:" + "|".join(re.escape(h) for h in _HEDGES) + r")\s+)?$",
                     re.IGNORECASE)
# "In 2022 ontvingen 94 landbouwers steun. Daarnaast besteedde VLAM € 0,9 miljoen aan ...": a sentence that
# says "besides" before its first number ("Verenigingen verwierven daarnaast ...") and names no time adds to
# the one before, for its period
_BESIDES = re.compile(r"[^\d.;:]*?\b(?:daarnaast|bovendien)\b", re.IGNORECASE)
# "Van hen waren 3.206 zij-instromers", "Daarvan leidden er 184 tot een waarschuwing", "61% van hen was ...":
# a part of the figures the sentence before counted, of their time
_OF_THOSE = re.compile(r"\s*(?:van\s+hen|daarvan|hiervan|\d[\d,]*\s*(?:%|procent)\s+van\s+hen)\b",
                       re.IGNORECASE)
# "Daarvan was 37,4% een vrouw en 41,9% jonger dan 18 jaar": each share listed after it is one of that count
# too, when only the first share's words (no number, no comparison) stand between them
_THAT_PART = re.compile(r"\s*(?:daarvan|hiervan)\s+(?:werd|werden|was|waren)\s+"
                        r"(?:\d[\d,]*\s*%(?:\s+(?!tegenover\b|dan\b)[^\W\d_][^\d%;:()]*?)?(?:\s*,\s*|\s+en\s+))*",
                        re.IGNORECASE)
_SHARE_OF_THAT = re.compile(r"\s*(?:%|procent)\s+(?:daarvan|hiervan)\b", re.IGNORECASE)  # "41% daarvan"
_OF_THEM_SHARE = re.compile(r"\s*(?:%|procent)\s+van\s+hen\b", re.IGNORECASE)  # a share of the count before
# "- horeca: 38.914 premies, goed voor 163,4 miljoen euro;": a bullet that names its row before a colon
# ("- 62 verenigingen: € 28,4 mio;": the count before the row's name is a figure of that row, no part of it)
_BULLET_LABEL = re.compile(r"\s*[-•–▪*][ \t]+(?:\d[\d.]*[ \t]+)?([^\W\d_][^:\d\n]{0,60}?)[ \t]*:[ \t]")
_BULLET = re.compile(r"\s*[-•–▪*]\s")
# "5,6% van het budget voor ontwikkelingssamenwerking van 2023 (55,3 miljoen euro)": a bracket holding the
# amount a noun phrase just named, labelled by it
_AMOUNT_BRACKETED = re.compile(rf"\b(?:het|de)\s+((?:[^\W\d_]+\s+){{0,2}}?[^\W\d_]*(?:{_AMOUNTS}))\b"
                               r"[^().;:]{0,60}?\(\s*(?:€\s*)?$", re.IGNORECASE)
# "29 onderzoeksprojecten (€ 441.900)", "46 projecten voor in totaal € 612.400": the amount of the things just
# counted, named by their noun (two amounts of one year are then no one cell of "euro")
_AMOUNT_OF_COUNT = re.compile(r"(?<![\w.,])\d[\d.,]*\s+((?:[^\W\d_][\w'’-]*\s+)?([^\W\d_][\w'’-]*))\s+"
                              r"(?:\(\s*|voor\s+(?:in\s+totaal\s+|samen\s+)?)(?:€|EUR)\s*$")
# "71 vertalingen naar het Duits, 54 naar het Engels en 38 naar het Frans": a count whose noun is left out
# after the first, each with the same preposition, counts that noun ("vertalingen naar het Engels")
_PREPOSITION = r"(naar|over|voor|uit|bij|aan)"
# ("In 2021 voerde de dienst 1.246 controles uit bij erkende hondenkwekers en 318 bij dierenspeciaalzaken": a
# verb's separable particle may stand between the noun and its preposition)
_THEN_PREP = re.compile(rf"\s+(?:(?:uit|af|op|aan|in|door|mee)\s+(?=(?:naar|over|voor|uit|bij|aan)\s))?"
                        rf"{_PREPOSITION}\s", re.IGNORECASE)
# (its object may have an adjective: "waarvan 561 voor binnenkomende schepen", not "voor binnenkomende")
_PREP_OBJECT = re.compile(rf"\s*{_PREPOSITION}\s+(?:(?:het|de)\s+)?"
                          r"(?:[^\W\d_]+e\s+(?!(?:en|of|in|op|bij|naar|voor|met|van|aan|uit|over)\b))?"
                          r"[^\W\d_][\w'’-]*", re.IGNORECASE)
# "Noodhulp 2022:", "Steun per organisatie in 2023:": a heading of a few words without a verb, which gives
# its one period to the bullets under it ("In 2021 was de verdeling als volgt:" after figures of 2020 may be
# a slip)
_HEADS_LIST = re.compile(r"\s*(?:\d+\.\s+)?[A-ZÀ-Þ][^\W\d_]*(?:[ \t]+(?!(?:is|zijn|was|waren|werd|"
                         r"werden|bedroeg|bedroegen|gaat|ging|als)\b)[^\s:]+){0,6}[ \t]*:\s*")
_OPENS_LIST = re.compile(r":\s*$")


def _lists(sentence: str, carried: _Carried) -> bool:
    """Whether ``sentence`` opens a list with a colon and names no time ("De verdeling over de sectoren is
    als volgt:"), or is a bullet of the list ``carried`` says such a sentence opened: the bullets then break
    down the figures before it, for their period."""
    if _BULLET.match(sentence):
        return carried.listing
    return _OPENS_LIST.search(sentence) is not None and not HAS_DIGIT.search(sentence)


# A clause in the present tense that names no time states what holds now, never the time another clause names
_STATE_NOW = re.compile(r"\b(?:bedraagt|bedragen|telt|tellen|ligt|liggen|heeft|hebben|er\s+(?:is|zijn)|"
                        r"(?:is|zijn)\s+er)\b", re.IGNORECASE)
# "Momenteel wachten 1.204 kinderen, terwijl er in 2022 ...": a clause that says it speaks of now
_NOW = re.compile(r"\b(?:momenteel|vandaag|thans|actueel|op\s+dit\s+moment|op\s+heden)\b", re.IGNORECASE)
# ", die in 2022 samen 1.412 personen opvingen", ", terwijl er in 2022 ... bijkwamen": a relative or
# subordinate clause after the one it hangs on; the time it names is its own
_SUBORDINATE = re.compile(r"\s*(?:die|dat|welke|wie|waar\w*|terwijl|hoewel|omdat|nadat|zodat)\b",
                          re.IGNORECASE)
# A sentence that tells what was, in the past tense, takes the question's period; one that speaks of now
# or of another time ("momenteel", "het jaar voordien", "toen") does not.
_PAST = re.compile(r"\b(?:werd|werden|was|waren|bedroeg|bedroegen|kreeg|kregen|ontving|ontvingen|telde|"
                   r"telden|stond|stonden|ging|gingen|kwam|kwamen|had|hadden|lag|lagen|"
                   # who did what: "Er schreven zich 3.912 gedetineerden in", "behaalden er 2.148 een attest"
                   r"schreef|schreven|nam|namen|volgde|volgden|behaalde|behaalden|vond|vonden|startte|startten|"
                   r"deed|deden|gaf|gaven|diende|dienden|vroeg|vroegen|legde|legden|voerde|voerden)\b",
                   re.IGNORECASE)
# what was done or paid: an amount for one case of a kind in such a sentence is measured
_DONE_FOR_CASE = re.compile(rf"{_PAST.pattern}|\b(?:betaalde|betaalden|kostte|kostten|(?:uit)?betaald|"
                            r"uitgekeerd|ontvangen|toegekend)\b", re.IGNORECASE)
# "kregen 1.204 gezinnen", "schreven zich 3.912 gedetineerden in"
_PAST_VERB_BEFORE = re.compile(rf"{_PAST.pattern}\s+(?:(?:er|zich)\s+){{0,2}}$", re.IGNORECASE)
_NOW_OR_THEN = re.compile(r"\b(?:momenteel|vandaag|nu|thans|intussen|actueel|huidige?|recent\w*|dit|vorig\w*|"
                          r"volgend\w*|voordien|daarvoor|daarna|nadien|toen|destijds|eerder|later|ooit|"
                          r"jaarlijks|elk|ieder|telkens|gemiddeld\w*|mediaan|mediane|totaal)\b",
                          re.IGNORECASE)
# "Van de goedgekeurde aanvragen gaat het om 43 varkensbedrijven, ...": a breakdown of a group the text
# before counted, for that count's period.
_BREAKDOWN = re.compile(r"\s*van\s+(?:de|deze|die|het)\s+[^\d,.;:]{3,80}?\s+(?:gaat|ging)\s+het\s+om\b",
                        re.IGNORECASE)
_SAME_PERIOD = re.compile(r"\b(?:dezelfde|diezelfde|datzelfde|hetzelfde|die|dat)\s+"
                          r"(?:periode|jaar|schooljaar|kwartaal|maand|(datum|dag))\b", re.IGNORECASE)
# "Eind 2024 waren er 212 trajectcontroles actief, goed voor 2.604.318 vaststellingen in dat jaar": a clause
# naming no time of its own but "in dat jaar" counts over the year of the sentence's day, not on that day
# ("in dit jaar" may be the year of writing)
_IN_THAT_YEAR = re.compile(r"\b(?:in|over|tijdens|gedurende|doorheen)\s+(?:dat|datzelfde|hetzelfde)\s+"
                           r"(?:(?:kalender|volledige|hele)\s*)?jaar\b", re.IGNORECASE)
# "..., tegenover 9.212 in 2021": a clause opening with "tegenover" and a number (a hedge may stand between)
_VERSUS_CLAUSE = re.compile(rf"\s*{VERSUS_WORD}\s+(?:[^\W\d_]+\s+){{0,3}}?(?:€\s*)?\d", re.IGNORECASE)


def _main_period(work: str, base: int, periods: _Periods) -> tuple[str | None, bool, list[str | None]]:
    """The one period of a sentence, whether it names no time at all, and the times of its clauses that
    open with ``tegenover`` and a number, left out of the rest: "Er namen 11.846 leerlingen deel, tegenover
    9.212 in 2021" names 2021 for 9.212 only, never for 11.846 (the year after ``tegenover`` is its
    number's)."""
    keys = periods.ordered(base, base + len(work))
    compared: list[str | None] = []
    if "tegenover" in work or "(" in work or "vs" in work or "versus" in work:
        for c0, c1 in split_at(work, _CLAUSE_END):
            if _VERSUS_CLAUSE.match(work, c0) or _restates(work, c0):
                for key in periods.ordered(base + c0, base + c1):
                    keys.remove(key)
                    compared.append(key)
    if not keys:
        return None, True, compared
    distinct = set(keys)
    return (distinct.pop() if len(distinct) == 1 else None), False, compared


# "De gemiddelde doorlooptijd bedroeg 21 dagen, tegenover 24 dagen een jaar eerder.", asked about 2022: the
# comparison is with the year before the period asked, which the sentence takes
_VERSUS_BEFORE = re.compile(rf"\b{VERSUS_WORD}\s+[^,;:.()]*?\b(?P<phrase>(?:een|één|het)\s+jaar\s+"
                            r"(?:eerder|voordien|daarvoor))\b", re.IGNORECASE)


def _other_time_before(carried: _Carried, asked: str) -> bool:
    """Whether the sentence before, in the same part, named another time than the period asked (``In 2023
    stelde de Belastingdienst ... vast.``, asked about 2020 to 2023): a sentence after it that names no time
    may go on about that time or the one asked, so it takes neither of them by default. A time named only
    in the sentence's ``tegenover`` clause is no time it told of (``In 2023 werden 1.112 woningen opgeleverd,
    tegenover 946 in 2022. Tegelijk werden 254 woningen gesloopt.``, asked about 2023: of 2023)."""
    told = (carried.main,) if carried.main else (carried.period, *carried.periods)
    return carried.near and any(key != asked for key in told if key)


def _other_time_words(work: str, average_asked: bool) -> str:
    """The words of a sentence that may speak of another time than the period asked: all but its ``tegenover
    ... een jaar eerder`` clause (then the year before the one asked), and but its averages when the
    sub-question asks for one of that period."""
    words = _VERSUS_BEFORE.sub("", work)
    return _AVERAGE.sub("", words) if average_asked else words


def _versus_year_before(work: str, base: int, periods: _Periods, key: str) -> _Periods | None:
    """``periods`` with the year before ``key`` (the period asked, which a sentence naming no time takes) at
    its ``tegenover ... een jaar eerder`` clause, so that clause's figure is of that year; unchanged without
    one; None when ``key`` has no year before of its kind (a school year: "het schooljaar daarvoor")."""
    m = _VERSUS_BEFORE.search(work)
    if m is None:
        return periods
    dated = DATED.fullmatch(key)
    if dated is None:
        return None
    return periods.plus(Period(f"{int(dated[1]) - 1}{dated[2]}", base + m.start("phrase")))


def _sentence(text: str, work: str, base: int, spans: Spans, periods: _Periods,
              found: list[SentenceFigure], unread: list[Unread], carried: _Carried,
              asked: Callable[[], str | None], average_asked: bool = False) -> _Carried:
    """The figures of one sentence: ``work`` is it with periods, dates, numbers that name things
    blanked, starting at offset ``base`` of ``text``. ``carried`` comes from the sentence before: its
    counted noun (None when it names several: "dat" would not say which) and its period, which a
    sentence naming no time takes when it says "dezelfde periode" or its subject names a measure;
    ``asked`` gives the one period the question names (asked only when a sentence needs it: a long question
    costs its search once); ``average_asked``: the sub-question asks for an average, which a sentence naming
    no time then gives for that period ("Wat was in 2022 de gemiddelde doorlooptijd?")."""
    s0, s1 = 0, len(work)
    sentence = spans.span(base + s0, base + s1)
    quoted = collapse(text[sentence.start : min(sentence.end, sentence.start + 4 * _WINDOW)])
    of_sentence, timeless, compared = _main_period(work, base, periods)
    lead = len(work) - len(work.lstrip())  # a table read before the sentence is blanked: it starts after
    subject = _subject(text[base + lead : base + s1], lead)
    day_before = False  # the period taken from the sentence before is a day
    a_part = _OF_THOSE.match(work) is not None  # "Van hen ...", "Daarvan ...": parts of the figures before
    # "in dezelfde periode": the period before, or none at all; "Op dezelfde datum": the day before, if any,
    # also one that was no period of the sentence before ("Twaalf gemeenten hielden op 1 januari 2023 nog
    # geen register bij. Het Vlaamse register telde op die datum ..."): the words point back to that day
    if (same_as := _SAME_PERIOD.search(work)) is not None and same_as[1] and carried.near \
            and carried.day is not None and A_DAY.fullmatch(carried.period or "") is None:
        carried = replace(carried, period=carried.day)
    same = same_as is not None \
        and (same_as[1] is None or A_DAY.fullmatch(carried.period or "") is not None)
    bullet = _BULLET_LABEL.match(text, base + s0, base + s1)
    group = _SHARE_BASE.match(text, base + lead, base + s1)  # "Van de cursisten die in 2022 ..., vond 71%"
    # a group's share, or a count beside a "tegenover" year only, takes the period of a sentence before that
    # measured something in it, or led into a table of it ("Van de deelnemers was 64% ...", "Er namen 11.846
    # ... deel, tegenover ...")
    measured_before = (carried.latest is not None and carried.latest == carried.period) or carried.leads_in
    share_first = _SHARE_FIRST.match(work) is not None  # "Ongeveer 70% van die woningen is ...": a share
    if timeless and carried.period is not None and (
            ((subject is not None or _THAT_IS.match(work) or _BESIDES.match(work) or _THAT_AMOUNT.match(work)
              or (bullet and carried.listing)
              or ((group is not None or share_first or all_before(compared, carried.period))
                  and measured_before))
             and carried.near)
            or same or _BREAKDOWN.match(work)):
        of_sentence = carried.period
        # "Op 30 juni 2020 waren nog 2.107 aanvragen in behandeling. De gemiddelde uitbetalingstermijn
        # bedroeg 9 werkdagen.": a day counts a stock, an average duration is over a period's cases
        day_before = A_DAY.fullmatch(carried.period) is not None
    elif timeless and carried.near and carried.latest is not None and (_THAT_IS.match(work) or (
            a_part and carried.periods == (carried.latest,))):
        # "... en bedroeg 11.604 ha in 2022. Dat is 1,9% van het ...": of 2022; "Van hen waren ...": a part of
        # figures of one period (of 2021 and 2022 together, which year's would a part be?)
        of_sentence = carried.latest
    elif timeless and carried.near \
            and (proven := _share_proven_by(text[base : base + len(work)], carried.counts)) is not None:
        of_sentence = proven  # "... 1.042 personeelsleden ..., tegenover 968 een jaar eerder. Het gaat om
        # 3,4% van de 30.650 personeelsleden.": 3,4% of 30.650 is 1.042, so of 1.042's day
    elif timeless and carried.near and share_first and carried.main is not None \
            and carried.main in (period for _, period in carried.counts):
        # "In 2024 kregen 642 dak- en thuislozen een woning, tegenover 588 in 2023. Ongeveer 70% van die
        # woningen is ...": a share of the group the sentence before counted, in its period, not the compared
        # one's (after an average of "de in 2023 afgehandelde dossiers": which dossiers a share is of, unsure)
        of_sentence = carried.main
    elif timeless and carried.near and carried.main is not None and _BESIDES.match(work):
        of_sentence = carried.main  # "In 2022 ... 1.148 acties, tegenover 612 in 2021. Daarnaast kregen ...":
        # more of 2022, what the sentence before said apart from its comparison
    elif timeless and not same and _PAST.search(work) \
            and not _NOW_OR_THEN.search(_other_time_words(work, average_asked)) \
            and (named := asked()) is not None and not _other_time_before(carried, named) \
            and (versus := _versus_year_before(work, base, periods, named)) is not None:
        of_sentence, periods = named, versus  # "Er werden 48 aanvragen geweigerd.", asked about 2022
    # what the next sentence may take: a time of a "tegenover" clause too ("412 in 2023, tegenover 380 in
    # 2022. Dat is 2% ...": of either year), so one period of the whole sentence; naming no time, the one it
    # was handed, and as far as it was when the sentence was read under the period asked instead: part 1's
    # stock day is no time of part 2's "De kostprijs ... bedraagt gemiddeld 380.000 euro" after "Er werd 8,7
    # miljoen euro geïnvesteerd", read under the question's 2022
    passed_on = carried.period if timeless else periods.only(base + s0, base + s1)
    # (a rule naming no time hands a period of the part before on; a count in the past tense that takes no
    # period keeps it far: "3 en 4. Met de subsidie werden 21.480 katten gesteriliseerd. Het uitbetaalde
    # bedrag bedroeg ..." is not of part 1's time)
    near = carried.near or not timeless or of_sentence == carried.period \
        or (of_sentence is None and not _PAST.search(work))
    if subject is not None and subject.rule:
        return _Carried(None, passed_on, near=near)
    # the group's own period ("van vorig jaar": none), else, naming no time, the sentence's ("Van die
    # gebruikers was 61% ...": that of the sentence before, when this one names no time either)
    of_group = (of_sentence if periods.within(group.start(1), group.end(1)) is _NONE
                else periods.only(group.start(1), group.end(1))) \
        if group is not None and not _NOW_OR_THEN.search(group[1]) else None
    group_words, group_end = (group[1], group.end()) if group is not None else (None, 0)
    if group is None and carried.near and carried.noun is not None and carried.noun.unit == "count" \
            and (them := _OF_THEM.match(text, base + lead, base + s1)) is not None:
        group_words, group_end, of_group = f"de {carried.noun.label}", them.end(), carried.period
    previous: _Noun | None = carried.noun
    whole_here: Decimal | None = None  # the value of ``previous`` when this sentence printed it
    # a part named by what it has or why ("van wie 1.288 met een enkelband"): its whole, the whole's value,
    # the parts' sum so far and where the part's name (and an "en" after it) ends
    named_part: tuple[_Noun, Decimal, Decimal, int] | None = None
    of_them: tuple[Decimal, Decimal, str, int] | None = None  # "742 van hen slaagden": part, whole, label,
    # and where its words end
    figures_before = len(found)
    last: _Noun | None = None  # the noun of the sentence's last figure, for "tegenover 48,7% in 2022"
    last_period: str | None = None
    counted: dict[_Noun, None] = {}  # in order, each once
    shares: set[_Noun] = set()  # the shares in % published, for "In 2021 was dat 68,9%" in the next sentence
    # "In Wallonië ligt het aandeel hoger: ..., of ongeveer 88.000 ha in 2022": each number after it
    elsewhere = 0 if _NOT_MINE.search(work) else named_at if (named_at := _elsewhere_at(work)) is not None \
        else len(work)
    withheld = _WITHHELD.search(work) is not None
    done, listed = _respectively(work, base, spans, periods, found, subject, carried.periods, text)
    done = done or _respectively_nouns(work, base, spans, of_sentence, carried.nouns, found) \
        or _parts_by_cause(work, base, spans, of_sentence, found) \
        or _parts_named_after(work, base, spans, of_sentence, found) \
        or _respectively_names(work, base, spans, of_sentence, found) \
        or (_places_in_turn(work, base, spans, of_sentence, found) if elsewhere == len(work) else set()) \
        or (_one_hand_other(work, base, spans, of_sentence, found) if elsewhere == len(work) else set()) \
        or _respectively_own_nouns(work, base, spans, of_sentence, found) \
        or _parts_listed(work, base, spans, carried, found) \
        or (_respectively_subjects(work, base, spans, carried, found) if timeless else set()) \
        or (_ranked_in_brackets(work, base, spans, of_sentence, found) if elsewhere == len(work) else set()) \
        or (_ranked_with_total(work, base, spans, of_sentence, found) if elsewhere == len(work) else set()) \
        or (_ranked_after_leader(work, base, spans, of_sentence, found) if elsewhere == len(work) else set())
    done = done | _labelled_year_lines(text, work, base, spans, found) \
        | _slash_series(text, work, base, spans, found) \
        | _arrow_series(text, work, base, spans, subject, found)
    series, unsure = _span_series(text, work, base, spans, subject, found) if not done else (set(), set())
    done |= series
    if listed is not None and listed.unit == "count":
        previous = listed
        counted[listed] = None
    # the numbers of lists no pairing above read: none is a figure alone
    paired_off = {at: LISTED for at in _list_ends(work, base) - done} \
        | {at: RESPECTIVE for at in _respective_run(work, base) - done} \
        | {at: SLASH_PAIR for at in _slash_pairs(work, base) - done} \
        | {at: SPAN_SERIES for at in unsure}
    # an average's subject may say what it is per ("De gemiddelde vergoeding per dossier"): no rule sets one
    averaged_to = subject.end if subject is not None and _AVERAGE.search(subject.label) else 0
    colons = [m.start() for m in _COLON_DAY.finditer(text, base + s0, base + s1)] if ":" in work else []
    clauses = list(cut_again(split_at(work[s0:s1], _CLAUSE_END), [at - base - s0 for at in colons]))
    semicolons = [m.start() for m in _SEMICOLON.finditer(work, s0, s1)]
    subordinate_time = _time_in_subordinates_only(work, base, [(s0 + c0, s0 + c1) for c0, c1 in clauses],
                                                  periods)
    elided_of: tuple[_Noun, str] | None = None  # a count and the preposition after its noun, for the next
    bound: str | None = None  # the unit of the ceiling or floor of the clause before, a rule's
    for c0, c1 in clauses:
        a, b = s0 + c0, s0 + c1
        clause = work[a:b]
        rule = _RULE.search(work, max(a, averaged_to), b) if clause.strip() else None
        if rule is not None and rule[0].lower().startswith("per ") \
                and _AVERAGED.search(work, a, rule.start()):
            rule = None  # "Dat is gemiddeld 124,92 euro per kind": an average per child, which no rule sets
        if rule is None and not _PAST.search(clause) and _joined_to_bound(clause, bound):
            continue  # "ten hoogste 273.000 euro in de kernsteden, en 248.000 euro elders": the rule's too
        bound = _bound_unit(clause) if rule is not None and not _PAST.search(clause) else None
        if not clause.strip() or (rule is not None and not _PAST.search(clause)) \
                or _GRANT_RATE.search(clause):
            continue  # a rule ("maximaal 1.500 euro per aanvraag") holds no measurement
        kind = _clause_kind(clause if rule is None else work[a : rule.start()], subject is not None,
                            0 if subject is None else max(0, subject.end - a))  # a rule's rate is the rule's
        here = periods.within(base + a, base + b)
        period = of_sentence if here is _NONE else here
        if here is _NONE and ((not _PAST.search(clause) and (
                _NOW.search(clause) or subordinate_time or (_STATE_NOW.search(clause) and (
                    _PAST.search(work, s0, s1) or periods.within(base + s0, base + s1) is not _NONE))))
                or _time_after_semicolon(semicolons, base, a, s0, s1, periods)
                or _YEARS_TOGETHER.search(clause)):
            period = None  # "De capaciteit bedraagt 1.200 plaatsen; in 2022 waren ...", "Er zijn 24
            # opvangcentra, die in 2022 ... opvingen": now, not in the year another clause names
        if here is _NONE and period is not None and _IN_THAT_YEAR.search(clause) \
                and A_YEAR.fullmatch(period) is None:
            period = period[:4] if A_DAY.fullmatch(period) else None  # "Eind 2024 waren er 212 ..., goed
            # voor 2.604.318 vaststellingen in dat jaar": the year of the day, a flow; of a month, unsure
        if rule is not None and period is None:
            continue
        year = _YEAR_BEFORE_THEN.search(text, max(base, base + a - _WINDOW), base + a) \
            if here is _NONE and _THEN.match(clause) and _PAST.search(clause) else None
        then = year is not None
        if year is not None:
            here = period = year[1]  # "ten opzichte van 2023, toen er 6.144 werden geteld": 2023's count
        restated = False  # "iets minder dan in 2022 (3.058)": only that year's figure in the bracket
        if here is _NONE and (named := _bracket_after_period(text, work, base, a, b, periods)) is not None:
            here = period = named  # "4% minder dan in 2021 (15.420 ton)": that year's figure
            restated = _NUMBER.fullmatch(clause.strip()) is not None
        elif here not in (_NONE, None) and _restates(work, a):  # "(2021: 13.507)": that year's figure
            restated = _NUMBER.fullmatch(clause.strip(" :")) is not None
        for cand in _candidates(work, base, a, b):
            if cand.start in done:
                continue
            at, end = cand.start - base, cand.end - base
            before = work[max(a, at - _WINDOW) : at]
            if _SCALE_BEFORE.search(before):
                continue  # "k€ 120": thousands of euro the amount reader does not read before a number
            if _NOT_A_MEASURE.search(before) or _EACH_OF.search(before) or _NORM_VALUE.search(before) \
                    or _SUBSCRIPT_OF.search(before) \
                    or (_UP_TO.search(before) and not (
                    (kind[1] and _FROM_LEVEL.search(before)) or _RAN_UP_TO.search(before))):
                continue
            if work.rfind("(", max(0, at - 4), at) >= 0 \
                    and _NORM_BRACKETED.search(work, max(0, at - _WINDOW), at):
                continue  # "De advieswaarde van de WHO (10 µg/m³)": a norm's value, no measurement
            if _BOUND_WORD.search(before) and not _WITH.search(before):  # (after a noun: ``WITH`` says why)
                unread.append(Unread(quoted, BOUND, spans.span(cand.start, cand.end)))
                continue  # "onder 100 kg per inwoner": a bound, not the level
            if _DEFINING_BOUND.search(before) and _TIME_OR_AGE.match(work, end, b):
                unread.append(Unread(quoted, DEFINING, spans.span(cand.start, cand.end)))
                continue  # "langer dan 12 maanden afwezig": which things are counted, no figure
            if cand.hedge_text == RANGE and cand.hedge == "ondergrens":
                end = _end_of_range(work, end, b)
            after = work[end : min(b, end + _WINDOW)]
            if _PRODUCT_BEFORE.search(before) or _PRODUCT_AFTER.match(after):
                unread.append(Unread(quoted, PRODUCT, spans.span(cand.start, cand.end)))
                continue
            if _MARKER.match(work, at - 1):
                continue  # "(1)": a footnote's marker, no number of the text
            if _note_marker(text, cand.start):
                continue  # "2 Voorlopige cijfers, ...": a footnote's marker, no number of the text
            if _broken(text, cand.start, cand.end):
                unread.append(Unread(quoted, BROKEN, spans.span(cand.start, cand.end)))
                continue
            if withheld and (cand.hedge_text or "").lower() in _MASK_BOUNDS:
                unread.append(Unread(quoted, MASK, spans.span(cand.start, cand.end)))
                continue
            if cand.start in paired_off:
                unread.append(Unread(quoted, paired_off[cand.start], spans.span(cand.start, cand.end)))
                continue
            noun = _noun(after, cand.printed, cand.value)
            if (per := _PER_QUANTITY.match(after)) is not None \
                    and (_EURO_BEFORE.search(before) or re.search(r"eur|cent", per[0], re.IGNORECASE)) \
                    and _PRICE_NAMED.search(work, s0, s1) and not _AVERAGE.search(work, a, b) \
                    and not (subject is not None and _AVERAGE.search(subject.label)):
                unread.append(Unread(quoted, PRICE, spans.span(cand.start, cand.end)))
                continue
            if (per := _PER_UNIT.match(after)) is not None \
                    and (_EURO_BEFORE.search(before) or re.search(r"eur|cent", per[0], re.IGNORECASE)) \
                    and _GRANT_PER_SUBJECT.search(work, a, at) and not _AVERAGE.search(work, a, b) \
                    and (per["each"] is None or not _TOTAL_PAID.search(work, a, b)):
                unread.append(Unread(quoted, GRANT_PER_UNIT, spans.span(cand.start, cand.end)))
                continue
            if (noun.unit == "EUR" or _EURO_BEFORE.search(before)) and _ONE_CASE.search(work, s0, s1) \
                    and not _DONE_FOR_CASE.search(work, s0, s1) and not _AVERAGE.search(work, s0, s1):
                unread.append(Unread(quoted, ONE_CASE, spans.span(cand.start, cand.end)))
                continue
            if noun.reason != PERCENTAGE and (scale := _SCALE_AFTER.search(text, cand.end, base + s1)) \
                    and (scale.start() < base + b or noun.unit != "count"):
                unread.append(Unread(quoted, SCALED, spans.span(cand.start, cand.end)))
                continue  # (a count with its noun in a clause before is no amount the scale is of)
            if noun.unit == "count" and noun.label and after.lstrip().startswith(noun.label) \
                    and (prep := _THEN_PREP.match(after.lstrip(), len(noun.label))) is not None:
                elided_of = (noun, prep[1].lower())  # "71 vertalingen naar het Duits, 54 naar het Engels"
            elif noun.label is None and elided_of is not None and (prep := _PREP_OBJECT.match(after)) \
                    and prep[1].lower() == elided_of[1]:
                noun = _Noun(f"{elided_of[0].label} {collapse(prep[0].strip())}", "count", "")
            if rule is not None and not (end <= rule.start() and noun.unit == "count"
                                         and _PAST_VERB_BEFORE.search(before)
                                         and collapse(work[end : rule.start()]).strip() != noun.label):
                continue  # of a past rule's clause only who got it ("kregen 1.204 gezinnen een premie van"),
                # not a count the rule's words follow at once ("2 inspecties per woning": a rate)
            if noun.label is None and previous is not None and whole_here is not None \
                    and (them := _PART_OF_THEM.match(after)) is not None and cand.value <= whole_here:
                noun = _Noun(f"{previous.label} die {them[1]}", "count", "")  # "1.127 kandidaten ...; 742 van
                of_them = (cand.value, whole_here, noun.label, base + end + them.end())  # hen slaagden"
            elif noun.label is None and noun.reason != PERCENTAGE and a_part and carried.noun is not None \
                    and carried.noun.unit == "count" and (did := _THEY_DID.fullmatch(work, a, at)) \
                    and _PAST.fullmatch(did[1]) and any(cand.value < value for value, _ in carried.counts):
                noun = _Noun(f"{carried.noun.label} die {did[1]}", "count", "")  # "Van hen behaalden er 2.148
                # een certificaat", after "3.912 gedetineerden": a part of those counted, by what it did
            elif noun.reason == PERCENTAGE and of_them is not None \
                    and _OR_SHARE.fullmatch(text, of_them[3], cand.start) \
                    and _proves_share(cand, *of_them[:2]):
                noun = _Noun(f"aandeel {of_them[2]}", "percent", "")  # "..., of 65,8%": 742 of the 1.127
            a_duration = noun.reason == DURATION
            rate = _RATE_OF_COUNT.match(after) if noun.label is None and whole_here is not None \
                and previous is not None and _OR_BEFORE.fullmatch(work, a, at) \
                and work[:a].rstrip().endswith(",") else None
            if rate is not None:  # "143 bewoners ..., of 1,9 per 1.000 bewoners": that count as a rate
                noun = _Noun(f"{previous.label} per {rate[1]} {collapse(rate[2])}", None, "")
            per_time = _PER_TIME.match(after) if noun.label is None and whole_here is not None \
                and previous is not None and previous.unit == "count" and cand.value < whole_here \
                and _AVERAGE_BEFORE.fullmatch(work, a, at) and work[:a].rstrip().endswith(",") \
                and len(_RATE.findall(work, a, b)) == 2 else None
            if per_time is not None:  # "212.000 oproepen ..., gemiddeld 581 per dag": their mean per day
                noun = _Noun(f"{previous.label} per {per_time[1]} (gemiddeld)", "count", "")
            if noun.label is None and (whole := _OF_THE_WHOLE.match(after)) is not None:
                part = _noun(after[whole.end() :], whole[1], read_figure(whole[1])[0] or Decimal(0))
                if _GLOSS.search(text, max(0, base + a - 40), base + a):
                    noun = _Noun(None, None, RATIO)  # "onvolledig gevaccineerd (slechts 1 van de 2 dosissen)"
                elif part.unit == "count" and cand.value <= (read_figure(whole[1])[0] or Decimal(0)):
                    noun = part  # "279 van de 300 Vlaamse gemeenten": 279 of them; 300 is the whole
                    said = _SAID_OF_PART.match(work, end + whole.end())  # "529 van de 741 goedgekeurde
                    if said is not None and collapse(said[1]).startswith(part.label):  # projecten ingediend
                        of_them = (cand.value, read_figure(whole[1])[0] or Decimal(0),  # door kmo's, of
                                   collapse(said[1]), base + said.end())  # 71,4%": the share proven below
            at_period = period
            if here not in (_NONE, None) and (_time_after_and(work, base, a, end, b, periods)
                                              or _present_after_and(work, base, a, at, periods)):
                at_period = None  # "Het agentschap telt 412 personeelsleden en behandelde in 2022 ...": now
            if noun.label is not None and _ROW_BELOW.match(after):
                noun = _Noun(None, None, ROW)  # "aanvragen ingediend 214" over "aanvragen goedgekeurd 87"
            if noun.reason == NAME:
                continue  # "het nummer 1700", "in 9000 Gent": no measurement, nothing to report
            if noun.reason == PERCENTAGE and (share := _SHARE_OF.match(text, base + end, base + b)):
                noun = _Noun(f"aandeel {collapse(share[1])}", "percent", "")  # "2% van de contacten ..."
            elif noun.reason == PERCENTAGE and whole_here is not None and previous is not None \
                    and previous.unit == "count" \
                    and (share := _SHARE_OF_THAT.match(text, base + end, base + b)) is not None:
                # "bijna 9.800 oproepen ...; ongeveer 41% daarvan ging over kinderen": of the count before
                noun = _Noun(_part_of(f"de {previous.label}", text[share.end() : base + b]), "percent", "")
            elif noun.reason == PERCENTAGE and carried.near and carried.noun is not None \
                    and carried.noun.unit == "count" and _OF_THEM_SHARE.match(text, base + end, base + b):
                noun = _Noun(f"aandeel van de {carried.noun.label}", "percent", "")  # "61% van hen was ..."
            elif noun.reason == PERCENTAGE and a_part and carried.noun is not None \
                    and carried.noun.unit == "count" and (part := _THAT_PART.fullmatch(work, a, at)) \
                    and not (part[0].count("%") and names_time(_part_of("", text[base + end : base + b]))):
                # a later share of the list says what part it is, not only when ("en 41,9% in 2022")
                noun = _Noun(_part_of(f"de {carried.noun.label}", text[base + end : base + b]), "percent", "")
                # "1.284.560 facturen ... Daarvan werd 91,4% betaald ...": a share of the one count before
            elif noun.reason == PERCENTAGE and (rate := _NAMED_SHARE.search(work, max(a, at - _WINDOW), at)):
                noun = _Noun(collapse(rate[1]), "percent", "")  # "een weigeringspercentage van 21,8%"
            elif noun.reason == PERCENTAGE and group_words is not None and cand.start >= group_end \
                    and not _VERSUS.search(before):  # "tegenover 41% in 2022": the figure before's, if read
                noun = _Noun(_part_of(group_words, text[base + end : base + b]), "percent", "")
                if here is _NONE:  # the group's own period, never another clause's ("tegenover 41% in 2022")
                    at_period = of_group  # "Van de zij-instromers die in 2021-2022 begonnen, was ... 71,5%"
                    if (own := _own_time(periods, group_end, cand.start, of_group)) is not _NONE:
                        at_period, noun = own, _Noun(f"aandeel van {_group_head(group_words)}", "percent", "")
            elif noun.label is None and group is not None and cand.start >= group_end \
                    and here in (_NONE, of_group) and (done_to := _DONE_TO_THEM.match(after)) is not None \
                    and (member := _group_member(group[1], cand.value)) is not None:
                noun, at_period = _Noun(f"{member} {done_to[1]}", "count", ""), of_group  # "Van de 68.215
                # aanvragen die in 2022 werden behandeld, werden er 14.870 geweigerd": aanvragen geweigerd
            elif noun.label is None and group is not None and cand.start >= group_end \
                    and here in (_NONE, of_group) and (place := _FROM_PLACE.match(after)) is not None \
                    and (member := _group_member(group[1], cand.value)) is not None:
                noun, at_period = _Noun(f"{member} uit {collapse(place[1])}", "count", ""), of_group  # "Van
                # de 58 dossiers van 2022 kwamen er 19 uit West-Vlaanderen, 14 uit ...": dossiers uit ...
            if _EURO_BEFORE.search(before) or cand.printed.endswith(("k€", "k euro")):
                noun = _Noun("euro", "EUR", "")
                if _PER.match(after) and not cand.printed.endswith(("k€", "k euro")) \
                        and (written := _noun(f" euro{after}", cand.printed, cand.value)).label == \
                        f"euro per {_PER.match(after)[1]}":
                    noun = written  # "gemiddeld € 2.578 per dossier": as "2.578 euro per dossier" reads
                elif (of := _AMOUNT_OF_COUNT.search(text, max(0, cand.start - _WINDOW), cand.start)) \
                        and _plural(of[2], Decimal(2)) and of[2] not in _NOT_NOUNS:
                    noun = _Noun(f"{collapse(of[1])} (euro)", "EUR", "")  # "17 projecten (€ 170.500)"
            if noun.label == "euro" \
                    and (named := _AMOUNT_BRACKETED.search(text, max(0, cand.start - _WINDOW), cand.start)):
                noun = _Noun(f"{collapse(named[1])} (euro)", "EUR", "")  # "het budget ... van 2023 (55,3 ..."
            # "in 2022 waren dat er 1.310", "In 2022 waren het er 214": the figure before's noun, another time
            that = end + len(after) == b and _THAT.search(before) is not None
            bare_or_year = not after.strip(" .\n") or (  # "... 861 over het hele jaar", of a year
                period is not None and A_YEAR.fullmatch(period) is not None
                and _WHOLE_YEAR_AFTER.fullmatch(after) is not None)
            if noun.label is None and previous is not None and (that or restated) and bare_or_year:
                noun = previous  # "in 2022 waren dat er 1.310": the noun of the figure before
            if noun.unit == "EUR" and " per " not in (noun.label or "") and carried.near and carried.per \
                    and _ANAPHORIC_AMOUNT.search(work, a, at) and not _plain_amount(found[figures_before:]):
                # "In 2021 was dat nog 43,8 euro" after an amount per inhabitant: in that unit, or reported
                in_unit = carried.per_noun is not None and not _MILLIONS.search(cand.printed) \
                    and after.lstrip().lower().startswith("euro")
                noun = carried.per_noun if in_unit and carried.per_noun else _Noun(None, None, PER_BEFORE)
            bare = end + len(after) == b and not after.strip(" .\n%")  # nothing after it but its % and a stop
            if noun.reason == PERCENTAGE and len(shares) == 1 and that and bare and here not in (_NONE, None):
                noun = next(iter(shares))  # "... 11% van de Vlamingen ...; in 2020 was dat nog 14%"
            elif noun.reason == PERCENTAGE and carried.share is not None and that and bare:
                noun = carried.share  # "In 2019 was dat nog 18,4%": the share of the sentence before
            if then and noun.label is None and noun.reason != PERCENTAGE and previous is not None \
                    and previous.unit == "count" and _THEN_THERE.search(before) \
                    and _COUNTED_THEN.match(after):
                noun = previous  # "6.402 faillissementen ..., toen er 6.144 werden geteld": of that noun
            elif then and noun.label == "euro" and (what := _THEN_SUBJECT.search(before)) is not None:
                noun = _Noun(f"{what[1]} (euro)", "EUR", "")  # "toen de export 363,0 miljard euro bedroeg"
            whole, whole_value = previous, whole_here  # the figure a part after "waarvan" belongs to
            if noun.unit == "count":
                previous, whole_here = noun, cand.value
                counted[noun] = None
            if noun.reason == DURATION and (_COMPOUND_BEFORE.search(before) or _COMPOUND_AFTER.match(after)):
                noun = _Noun(None, None, COMPOUND)  # "3 jaar en 8 maanden": 8 is no duration of its own
            own_words = noun.label if noun.label and after.lstrip().startswith(noun.label) else None
            per_unit = False
            if subject is not None and at >= subject.end and not _MEASURE_NP.search(work, subject.end, at) \
                    and (level := _as_level_of(_averaged(subject, work[subject.end : at]), noun, after)):
                if noun.reason == DURATION:  # "37 dagen in 2021": its year stands after the unit
                    own_words = _DURATION.match(after)[1]
                per_unit = " per " in level.label and _rate_is_its_unit(work, a, b, end)
                noun = level
            averaged = False
            if noun.reason == DURATION and (unit := _DURATION.match(after)):
                duration = _Noun(f"gemiddelde duur ({' '.join(unit[1].split())})", None, "")
                if _AVERAGED.search(work, a, at):  # "Gemiddeld wachtte een persoon in 2023 142 dagen"
                    noun, own_words, averaged = duration, unit[1], True
                elif last == duration and that and here not in (_NONE, None, last_period):
                    noun, own_words = duration, unit[1]  # "...; in 2022 was dat 128 dagen": the same average
            if noun.reason == DURATION and _MILLIONS.search(cand.printed) \
                    and (unit := _DURATION.match(after)) is not None and unit[1] in ("uren", "dagen"):
                noun = _Noun(unit[1], "count", "")  # "1,1 miljoen uren": a volume of work, no duration
            listed = _LISTED_IN_YEAR.match(text, base + end) if noun.label is None and here is None else None
            after_list = listed is not None and _LIST_BEFORE.search(work, max(0, at - 12), at) is not None
            if noun.label is None and last is not None \
                    and (noun.reason == PERCENTAGE) == (last.unit == "percent") and (
                        ((_VERSUS.search(before) or (bare and _ELLIPSIS.fullmatch(work, a, at))
                          or _bracket_of_a_year(text, base + a, work[a:at], base + end))
                         and here not in (_NONE, None, last_period))
                        or (after_list and listed[1] != last_period
                            and f"schooljaar-{listed[1]}-{listed[2]}" != last_period)):
                noun = last  # "61,2% ... in 2023, tegenover 48,7% in 2022": the same measure, another period
            named = _NAMED_AMOUNT.search(work, max(a, at - _WINDOW), at) \
                if noun.label == "euro" or (noun.label or "").startswith("euro per ") else None
            if named is not None:  # "een gemiddeld bedrag van 54.600 euro per bedrijf": the amount as named
                noun = _Noun(collapse(named[1]), "EUR", "") if noun.label == "euro" \
                    else _Noun(f"{collapse(named[1])} ({noun.label})", None, "")
            reason = _no_level(before, after, kind, cand.hedge_text == RANGE)
            if reason is None and a_part and noun.unit not in ("count", "percent"):
                reason = SUBSET  # "Daarvan ging 2,1 miljoen euro naar Antwerpen": a part's amount, unnamed
            if reason == RATIO and rate is not None:
                reason = None
            in_its_unit = " per " in (noun.label or "") and _average_in_its_unit(work, a, b, at, end)
            if reason == RATE and (per_unit or (named is not None and _rates_named(work, a, b, named, end))
                                   or (averaged and _only_averaged(work, a, b)) or in_its_unit
                                   or per_time is not None):
                reason = None
            elif reason == RATE and noun.unit == "count" and own_words is not None \
                    and _AVERAGE_COUNT_OPENS.fullmatch(work, a, at) and _only_averaged(work, a, b):
                reason, noun = None, _Noun(f"{noun.label} (gemiddeld)", "count", "")  # a mean count
            elif reason == RATE and noun.unit == "EUR" and subject is not None and at >= subject.end \
                    and _AVERAGE.search(noun.label or "") and (per := _AMOUNT_PER.match(work, end)) \
                    and all(m.start() == per.start(1) for m in _RATE.finditer(work, subject.end, b)) \
                    and not _ANOTHER_PER.search(work, per.end(), b):
                # "De gemiddelde kostprijs van een plaats bedroeg in 2023 € 612,48 per dag": the subject's
                # average, in euro per what follows the amount (no other rate in the clause)
                reason, noun = None, _Noun(f"{noun.label} {collapse(per[1])}", "EUR", "")
            if reason == SUBSET and noun.unit == "count" and whole is not None and whole.unit == "count" \
                    and noun.label != whole.label and cand.hedge is None \
                    and _PART_ENDS.match(after, len(after) - len(after.lstrip()) + len(noun.label)):
                reason = _no_level(_SUBSET.sub("", before), after, kind)  # "waarvan 418 jonge landbouwers"
            elif reason == SUBSET and noun.unit == "count" and whole is not None and noun == whole \
                    and whole_value is not None and cand.value < whole_value and cand.hedge is None \
                    and (kind_of := _PART_OF_KIND.match(after, len(after) - len(after.lstrip())
                                                        + len(noun.label))) is not None:
                noun = _Noun(f"{noun.label} {collapse(kind_of[1])}", "count", "")  # "6.412 organisatoren ...,
                reason = _no_level(_SUBSET.sub("", before), after, kind)  # waarvan 4.018 organisatoren van
                # gezinsopvang": the whole's noun again, narrowed by what it is of
            part_name = _AMOUNT_PART.match(after) if reason == SUBSET and noun.unit == "EUR" else None
            if part_name is not None:
                noun = _Noun(f"{noun.label} {collapse(part_name[1])}", "EUR", "")  # "euro Europese middelen"
                reason = _no_level(_SUBSET.sub("", before), after, kind)
            bare_end = end + len(after) == b  # the clause ends within the words read after the number
            same_unit = reason == SUBSET and last is not None and noun.label == last.label \
                and noun.unit not in (None, "count", "percent", "EUR") and cand.hedge is None and bare_end \
                and found[figures_before:] and found[-1].label == last.label \
                and cand.value < found[-1].figure.value
            if same_unit and (state := _PART_IN_STATE.match(after, len(after) - len(after.lstrip())
                                                             + len(noun.label))) is not None:
                noun = _Noun(f"{noun.label} {collapse(state[1])}", noun.unit, "")  # "12.480 hectare, waarvan
                reason = _no_level(_SUBSET.sub("", before), after, kind)  # 3.910 hectare in omschakeling"
            if reason == SUBSET and last is not None and last.label is not None and noun.label is not None \
                    and cand.hedge is None and bare_end and found[figures_before:] \
                    and found[-1].label == last.label and cand.value < found[-1].figure.value \
                    and (prop := _PART_PROPERTY.fullmatch(after)) is not None \
                    and last.label.startswith(f"{prop[1]} ") and prop[1].lower() in _UNITS \
                    and prop[2].lower() not in _NOT_NOUNS:
                noun = _Noun(f"{last.label} {prop[2]}", last.unit, "")  # "6.912 km fietspaden, waarvan 4.206
                reason = _no_level(_SUBSET.sub("", before), after, kind)  # km vrijliggend": those that are so
            # (a part in a unit of its own, "waarvan € 4,9 miljoen voor één schilderij" or "waarvan 30% door
            # ...", is no count of the whole's noun)
            if reason == SUBSET and whole is not None and whole.unit == "count" \
                    and noun.unit in (None, "count") and noun.reason != PERCENTAGE \
                    and (cause := _PART_NAMED.match(after)) is not None:  # ("wegens" is no plural noun)
                noun = _Noun(f"{whole.label} {collapse(cause[1])}", "count", "")  # "waarvan 418 door ..."
                reason = _no_level(_SUBSET.sub("", before), after, kind)
                if whole_value is not None and cand.value < whole_value:
                    named_part = (whole, whole_value, cand.value, end + cause.end())
            elif noun.label is None and named_part is not None and named_part[3] == at \
                    and noun.reason != PERCENTAGE and cand.hedge is None and _AND_BEFORE.search(before) \
                    and (cause := _PART_NAMED.match(after)) is not None \
                    and named_part[2] + cand.value <= named_part[1]:
                # "van wie 1.288 met een enkelband met GPS en 316 met stemherkenning": the next part of the
                # same whole, named the same way, together no more than the whole
                noun = _Noun(f"{named_part[0].label} {collapse(cause[1])}", "count", "")
                reason = _no_level(_SUBSET.sub("", before), after, kind)
                named_part = (named_part[0], named_part[1], named_part[2] + cand.value, end + cause.end())
            # "6 412 vakantiewoningen ..., waarvan 5 138 aangemeld bij ...": the part the participle names
            if reason == SUBSET and noun.label is None and whole is not None and whole.unit == "count" \
                    and whole_here is not None and cand.value <= whole_here and cand.hedge is None \
                    and ((done_to := _PARTICIPLE.match(after)) is not None
                         or (done_to := _PART_PASSIVE.match(after)) is not None):
                done_words = f"{done_to[1]} {done_to[2]}" if done_to.re is _PART_PASSIVE else done_to[1]
                noun = _Noun(f"{whole.label} {collapse(done_words)}", "count", "")
                reason = _no_level(_SUBSET.sub("", before), after, kind)
            if reason == SUBSET and noun.label is None and previous is not None and (listed or (
                    here not in (_NONE, None) and _PART_IN_YEAR.fullmatch(text, base + end, base + b))):
                noun, reason = previous, None  # "..., waarvan 2.304 in 2022 (en 96 in 2023).": a year's part
            # "14,2 miljoen berichten, waarvan 61% digitaal werd geopend": a share of the count before it
            if reason == SUBSET and noun.reason == PERCENTAGE and whole_here is not None \
                    and whole is not None and whole.unit == "count":
                noun = _Noun(_part_of(f"de {whole.label}", text[base + end : base + b]), "percent", "")
                reason = _no_level(_SUBSET.sub("", before), after, kind)
            if reason is None and (elsewhere < at or _elsewhere_at(work[end:b]) is not None):
                reason = ELSEWHERE  # after another region is named, whatever else the number would be, or
                # before it in its clause ("lag in 2022 op 2,24% in de Europese Unie")
            if reason is None and a_duration and day_before and here is _NONE:
                reason = DAY_BEFORE
            if reason is not None:
                noun = _Noun(None, None, reason)
            if noun.label is None and at_period is None and noun.reason not in _ALWAYS_REPORTED:
                continue  # neither a period nor a noun: no figure (a count of pillars, a name)
            if at_period is not None and A_YEAR.fullmatch(at_period) and noun.unit != "percent" \
                    and noun.reason != PERCENTAGE and _SO_FAR_WORDS_ONLY.search(text, base + a, base + b):
                at_period = None  # "Van de subsidies van de oproep 2021 werd tot nu toe EUR 1.211.250,00
                # uitbetaald": paid up to a day the answer does not print, not in 2021 (a share of the fines
                # of 2021 collected so far stays 2021's: it measures them)
            printed = text[cand.start : cand.end]
            span = spans.span(cand.start, cand.end)
            own = at_period if at_period is not None or noun.label is None else _period_after(
                text, base + end, own_words, (base, base + len(work))) \
                or _total_of_years(text, work, base, end, b, cand.value, noun) \
                or _joint_total(text, work, base, (a, at, end, b), periods)
            each = _each_period(text, base + s0, cand.start, periods) \
                if own is None and noun.label is not None else None
            if noun.label is None:
                unread.append(Unread(quoted, noun.reason, span))
            elif each is not None:  # "In 2021 en 2022 werden telkens 14 kantoren ingeschakeld": 14 in each
                figure = Figure(cand.value, printed, noun.unit, span)
                label = f"{collapse(bullet[1])}: {noun.label}" if bullet else noun.label
                found += [SentenceFigure(figure, key, label, cand.hedge, cand.hedge_text, sentence)
                          for key in each]
            elif own is None:
                reason = f"{printed} {noun.label}: no single period in the sentence"
                unread.append(Unread(quoted, reason, span))
                if noun.unit == "count":  # "..., tegenover 9.212 in 2021": that noun, in its own year (not
                    last, last_period = noun, None  # a share, whose label may name a time: "van vorig jaar")
            else:
                last, last_period = noun, own
                if noun.unit == "percent":
                    shares.add(noun)
                figure = Figure(cand.value, printed, noun.unit, span)
                label = f"{collapse(bullet[1])}: {noun.label}" if bullet else noun.label  # "horeca: premies"
                found.append(SentenceFigure(figure, own, label, cand.hedge, cand.hedge_text, sentence))
    found[figures_before:] = [_in_tonnes(text, spans, f) for f in found[figures_before:]]
    named = periods.ordered(base + s0, base + s1)
    in_order = tuple(named) if None not in named and len(set(named)) == len(named) else ()
    if named and set(named) == {None} and len(found) == figures_before and not _PAST.search(work) \
            and (_RULE.search(work) or _RATE.search(work)):
        passed_on = carried.period  # "De premie bedraagt 4.000 euro ... vanaf 6 april 2020": a rule's time
    return _Carried(next(iter(counted)) if len(counted) == 1 else None, passed_on, near=near,
                    share=shares.pop() if len(shares) == 1 else None, nouns=tuple(counted),
                    periods=carried.periods if timeless else in_order,
                    latest=_latest([f.period for f in found[figures_before:]]),
                    main=of_sentence if compared and not timeless else None,
                    counts=tuple((f.figure.value, f.period) for f in found[figures_before:]
                                 if f.figure.unit == "count"),
                    per=_PER_SPOKEN.search(work) is not None and not _plain_amount(found[figures_before:]),
                    per_noun=_amount_per(found[figures_before:]))


def _plain_amount(figures: Sequence[SentenceFigure]) -> bool:
    """Whether ``figures`` hold an amount in euro per no unit: "dat" after it may point back to it ("in
    totaal 9,4 miljoen euro ...; in 2022 was dat 8,9 miljoen euro", "bedroeg € 21.418.750, of gemiddeld
    74.630 euro per dossier. In 2020 was dat € 19.035.200"), so an amount per unit named too is no sign."""
    return any(f.figure.unit == "EUR" and " per " not in f.label for f in figures)


def _amount_per(figures: Sequence[SentenceFigure]) -> _Noun | None:
    """The one measure per unit in euro the ``figures`` of a sentence are of ("gemiddelde kostprijs per
    dossier"), for an amount the next sentence says of "dat"; None when there are none or several."""
    per = {(f.label, f.figure.unit) for f in figures if " per " in f.label and f.figure.unit == "EUR"}
    return _Noun(*per.pop(), "") if len(per) == 1 else None


# "In 2021 en 2022 werden telkens 14 gerechtsdeurwaarderskantoren ingeschakeld", "bedroeg zowel in 2021 als in
# 2022 9,4 µg/m³": one figure the sentence says holds for each of the years listed right before it
_EACH_TIME = re.compile(rf"\btelkens\s+(?:(?:{_HEDGE_WORDS})\s+)?(?:€\s*)?$", re.IGNORECASE)
_BOTH_YEARS = re.compile(rf"\bzowel\s+in\s+({YEAR})\s+als\s+in\s+({YEAR})\s+(?:(?:{_HEDGE_WORDS})\s+)?"
                         r"(?:€\s*)?$", re.IGNORECASE)
_A_LONE_YEAR = re.compile(YEAR)
# "In de schooljaren 2019-2020 en 2020-2021 verlieten telkens ruim 7.800 jongeren ...": school years listed so
_PAIRS_LISTED = re.compile(rf"\b{YEAR}\s*[-\u2013]\s*{YEAR}(?:\s*,\s*{YEAR}\s*[-\u2013]\s*{YEAR})*\s+en\s+"
                           rf"{YEAR}\s*[-\u2013]\s*{YEAR}(?![\d\u2013-])")


def _each_period(text: str, start: int, at: int, periods: _Periods) -> list[str] | None:
    """The years a figure at ``at`` is said to hold for each of, in its sentence from ``start``: after
    "telkens" when the years listed with "en" (``In 2021 en 2022``) are the only times named before it, or
    right after "zowel in 2021 als in 2022"; None otherwise (without "telkens", "in 2021 en 2022 werden 14
    ..." may be a total of both years)."""
    before = text[max(start, at - _WINDOW) : at]
    if (both := _BOTH_YEARS.search(before)) is not None:
        years = [both[1], both[2]]
    elif _EACH_TIME.search(before) and (listed := _PAIRS_LISTED.search(text, start, at)) is not None:
        years = [f"schooljaar-{first}-{second}" for first, second in _A_PAIR.findall(listed[0])]
    elif _EACH_TIME.search(before) and (listed := _YEARS_LISTED.search(text, start, at)) is not None:
        years = _A_LONE_YEAR.findall(listed[0])
    else:
        return None
    return years if periods.ordered(start, at) == years and len(set(years)) == len(years) else None


# "8,1 Mton CO 2-eq", "7.612 kton": tonnes under a scale the unit prints, read as the amount in tonnes it is
# (as "1,2 miljoen euro" is 1.200.000 euro)
_TONNES = {"kton": 3, "mton": 6}
_TONNE_UNIT = re.compile(r"[ \t]*\n?[ \t]*[kM]ton\b")


def _in_tonnes(text: str, spans: Spans, found: SentenceFigure) -> SentenceFigure:
    """``found`` in tonnes when its label is ``kton`` or ``Mton`` (its own or a measure's "(Mton)"): the
    value scaled, the unit word taken into what is printed; any other figure as it is."""
    label = found.label.lower()
    power = next((p for unit, p in _TONNES.items()
                  if label == unit or label.startswith(f"{unit} ") or label.endswith(f"({unit})")), None)
    figure = found.figure
    if power is None or figure.value is None:
        return found
    end = figure.span.end
    if (unit := _TONNE_UNIT.match(text, end)) is not None:
        end = unit.end()
    tonnes = Figure(figure.value.scaleb(power), text[figure.span.start : end], figure.unit,
                    spans.span(figure.span.start, end))
    named = f"ton{found.label[4:]}" if label[:4] in _TONNES \
        else f"{found.label[: found.label.rindex('(')]}(ton)"  # "kton hechtgebonden": "ton hechtgebonden"
    return replace(found, figure=tonnes, label=named)


# "een stijging van 4,2% ten opzichte van 2023, toen er 6.144 werden geteld", "sinds 2013, het vorige
# piekjaar; toen waren het er 6.812": a clause opening with "toen" in the past tense tells of the one year
# that ends the clause before it (perhaps with an apposition after that year), never of the sentence's
_THEN = re.compile(r"\s*toen\b", re.IGNORECASE)
_YEAR_BEFORE_THEN = re.compile(r"\b(?:in|van|sinds|dan|als|tot)\s+((?:19|20)\d\d)"
                               r"(?:\s*,\s*(?:het|de)\s+[^\W\d_][^\d,;:.()]{2,40})?\s*[,;]\s*$",
                               re.IGNORECASE)
# "toen er 6.144", "toen waren het er 6.812": so many of the noun counted before
# "toen de export 363,0 miljard euro bedroeg": the one noun that amount is of
_THEN_SUBJECT = re.compile(r"\btoen\s+(?:de|het)\s+([^\W\d_][\w-]{2,})\s+$", re.IGNORECASE)
_THEN_THERE = re.compile(r"\btoen\s+(?:er|(?:waren|was)\s+(?:het|dat|dit)\s+er)\s+$", re.IGNORECASE)
# "10,4% van de Vlamingen ... (11,6% in 2019)": a bracket of a number and its year alone
_IN_YEAR_CLOSES = re.compile(rf"(?:\s*%|\s*procent\b)?\s+in\s+{YEAR}\s*\)")
_CLOSES = re.compile(r"(?:\s*%|\s*procent\b)?\s*\)")


def _bracket_of_a_year(text: str, at: int, before: str, end: int) -> bool:
    """Whether the clause at ``at`` is a bracket holding only a number (ending at ``end``) and its year, after
    it (``(11,6% in 2019)``) or before it and a colon (``(2021: 36,9%)``, the year blanked in ``before``): the
    same measure as the figure before it, in that year."""
    if text[at - 1 : at] != "(":
        return False
    if not before.strip():
        return _IN_YEAR_CLOSES.match(text, end) is not None
    return before.strip() == ":" and _CLOSES.match(text, end) is not None


# "(2021: 13.507)", "(2020: € 2,41 miljoen)": a bracket that opens with a time (blanked) and a colon restates
# the figure before it for that time; the time is the bracket's own, never the rest of the sentence's
_TIME_COLON = re.compile(r"\s*:\s*(?:€\s*)?\d")


def _restates(work: str, c0: int) -> bool:
    """Whether the clause of ``work`` starting at ``c0`` is such a bracket (its time already blanked)."""
    return 0 < c0 < len(work) and work[c0 - 1] == "(" and work[c0].isspace() \
        and _TIME_COLON.match(work, c0) is not None  # a "(" that ends the text ("0(" alone) opens nothing


# "3,4% van de 30.650 personeelsleden": a share and the whole it is of, in one sentence
_SHARE_OF_WHOLE = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{1,2})?)\s*%\s+van\s+(?:de|het|alle)\s+"
                             r"(\d{1,3}(?:\.\d{3})+|\d+)\s+[^\W\d_]")


def _share_proven_by(sentence: str, counts: Sequence[tuple[Decimal, str]]) -> str | None:
    """The period of the one count of the sentence before that a share of a whole in ``sentence`` proves (the
    share of the whole is that count, within the share's printed rounding); None when none or several do."""
    m = _SHARE_OF_WHOLE.search(sentence)
    if m is None or not counts:
        return None
    share, whole = read_figure(m[1])[0], read_figure(m[2])[0]
    if share is None or not whole:
        return None
    periods = {period for value, period in counts if rounds_to(m[1], share, value, whole)}
    return periods.pop() if len(periods) == 1 else None


def _latest(periods: Sequence[str]) -> str | None:
    """The period of a sentence's last figure when none of its figures ends later ("steeg van 9.843 ha in 2019
    naar 11.212 ha in 2021 en bedroeg 11.604 ha in 2022": 2022), what a "Dat is ..." after it speaks of; None
    when it names none, or an earlier one last ("..., tegenover 380 in 2022"). Figures of one period are of
    that one, a school year too (whose days are not said)."""
    if len(set(periods)) == 1:
        return periods[0]
    ends = [days_of(key) for key in periods]
    if not ends or any(end is None for end in ends):
        return None
    return periods[-1] if all(end[1] <= ends[-1][1] for end in ends) else None


# "4% minder dan in 2021 (15.420 ton)": a bracket opened right after a year, holding one figure and nothing
# else of time, restates that year's figure.
_IN_YEAR_BRACKET = re.compile(rf"\bin\s+({YEAR})\s*\($")


def _bracket_after_period(text: str, work: str, base: int, a: int, b: int, periods: _Periods) -> str | None:
    """The year a bracketed clause ``work[a:b]`` restates a figure of: the one named right before its
    ``(`` (``in 2021 (15.420 ton)``), when the bracket closes at ``b`` and holds exactly one number; else
    None."""
    if a < 1 or work[a - 1] != "(" or work[b : b + 1] != ")" or len(_NUMBER.findall(work, a, b)) != 1:
        return None
    m = _IN_YEAR_BRACKET.search(text, max(0, base + a - 16), base + a)
    if m is None:
        return None
    year = periods.compared.get(m.start(1)) or periods.within(m.start(1), m.end(1))  # "minder dan in 2021 ("
    return year if year == m[1] else None


_PART_OF_YEAR_AFTER = re.compile(r"\s+in\s+(?:de|het)\s+(?=(?:eerste|tweede|derde|vierde|laatste|"
                                 r"[1-4](?:ste|de|e))\s)", re.IGNORECASE)
# "4,1 miljoen euro voor 2022, 4,4 miljoen euro voor 2023": amounts in euro each "for" the year right after
# it, in a sentence of two or more (one alone, "bedroeg 1.200 euro voor 2022", may be "before": no period)
_FOR_YEAR_AFTER = re.compile(rf"\s+voor\s+({YEAR})(?![\d\u2013-])")
_EURO_WORD = re.compile(r"\beuro\b", re.IGNORECASE)
# ("4,05 miljard euro voor heel 2023": the whole year, said so)
_PERIOD_AFTER = re.compile(rf"\s+(?:(?:in|voor|over|gedurende|tijdens)\s+(?:heel|geheel|het\s+(?:hele|gehele|"
                           rf"volledige)\s+jaar)\s+(?=\d)|in\s+)(?:({YEAR})(?![\d\u2013-])|"
                           rf"het\s+(?:school|academie|werk)jaar\s+"
                           rf"({YEAR})\s*[-\u2013/]\s*({YEAR}))")
_RESP = r"(?:respectievelijk|resp\.|achtereenvolgens)"  # "respectievelijk", abbreviated, or a synonym
_RESPECTIVELY = re.compile(rf"\b{_RESP}\s+")
# the numbers listed after "respectievelijk", each with a unit or a word or two ("412, 388 en 206 kinderen")
_RUN_ITEM = r"(?:€\s*)?\d[\d.,]*(?:\s*%|(?:\s+(?!en\b)[^\W\d_]+){0,2})?"
_RESPECTIVE_RUN = re.compile(rf"{_RUN_ITEM}(?:\s*(?:,|\ben\b)\s*{_RUN_ITEM})+")
RESPECTIVE = ("a number of a 'respectievelijk' list that pairs with no periods or nouns read: not a figure "
              "alone")
# "412, 388 en 206 kandidaten": bare numbers listed, the noun after the last counted by each
_BARE_LIST = re.compile(r"\s*(?:,|\ben\b)\s*$")
_RANGE_OPENS = re.compile(r"\btussen\s+(?:de\s+)?$", re.IGNORECASE)
LISTED = "a number listed after another bare one: the noun after the last is each one's, no count of it alone"


def _list_ends(work: str, base: int) -> set[int]:
    """The offsets of the numbers listed after another bare one ("telden 412, 388 en 206 kandidaten"): the
    noun after the last is each number's, so the last is no count of it alone ("tussen 18 en 25" is a
    range)."""
    ends: set[int] = set()
    numbers = list(_NUMBER.finditer(work))
    named = False  # the list names things ("artikel 4, 5 en 6"): no counts at all
    for first, second in zip(numbers, numbers[1:], strict=False):
        listed = _BARE_LIST.fullmatch(work, first.end(), second.start()) is not None
        before = work[max(0, first.start() - _WINDOW) : first.start()]
        named = listed and (named or _NOT_A_MEASURE.search(before) is not None)
        if listed and not named and not _RANGE_OPENS.search(work, max(0, first.start() - 12), first.start()):
            ends.add(base + second.start(1))
    return ends


# "bedroeg 1.206 / 1.318 (2022 / 2023)", "Het geïnde bedrag bedroeg 2,9 / 3,1 miljoen euro": two values paired
# by a slash with a space beside it, each meant for one of two periods or kinds paired the same way (perhaps
# only in the sentence before); neither is a figure alone ("24/7", "1/3": no space, no two numbers read)
_SLASH_PAIR = re.compile(r"(?<![\w.,/])(?:€[ \t]*)?(\d[\d.,]*)(?:[ \t]+/[ \t]*|/[ \t]+)(?:€[ \t]*)?"
                         r"(\d[\d.,]*)(?![\d/])")
SLASH_PAIR = ("a value paired with another by '/' ('2,9 / 3,1 miljoen euro'): which period or kind is "
              "each's, unread")


def _slash_pairs(work: str, base: int) -> set[int]:
    """The offsets (in Document.text) of the numbers paired by a spaced slash (see ``_SLASH_PAIR``)."""
    if "/" not in work:
        return set()
    return {base + m.start(g) for m in _SLASH_PAIR.finditer(work) for g in (1, 2)}


def _respective_run(work: str, base: int) -> set[int]:
    """The offsets (in Document.text) of the numbers listed right after "respectievelijk": each is meant for
    one of several periods, places or nouns, so none may be read alone ("De wachtlijst telde respectievelijk
    412, 388 en 206 kinderen in Antwerpen, Gent en Brugge": 206 is Brugge's, not the list's)."""
    m = _RESPECTIVELY.search(work)
    run = _RESPECTIVE_RUN.match(work, m.end()) if m else None
    return {base + n.start(1) for n in _NUMBER.finditer(work, run.start(), run.end())} if run else set()


_NEXT_IN_LIST = re.compile(r"(\s*%)?\s*(?:,|\ben\b)\s*")
_PERCENT_SIGN = re.compile(r"\s*%")


def _respectively(work: str, base: int, spans: Spans, periods: _Periods, found: list[SentenceFigure],
                  subject: _Subject | None, earlier: tuple[str, ...], text: str = ""
                  ) -> tuple[set[int], _Noun | None]:
    """"In 2021 en 2022 dienden respectievelijk 148 en 163 gemeenten een aanvraag in": the k-th number
    after "respectievelijk" is for the k-th period of the sentence, all of them counting the noun after
    the last (or the measure the subject names: "De gemiddelde duur bedroeg in 2022 en 2023 respectievelijk
    94 en 101 dagen"). Read only when there are as many numbers as periods, each period whole and distinct,
    and no rule, plan or change in the sentence; returns the offsets of the numbers it read, and their noun.
    A sentence that names no period before its list and lists nothing else before "respectievelijk" takes
    the periods of the sentence before (``earlier``): "... op in 2021, 1.254 in 2022 en 1.301 in 2023. Het
    totale bedrag bedroeg respectievelijk 3.412.650 euro, 3.905.215 euro en 4.118.940 euro.". Months listed
    under one year (one span of them together) are each a period here ("In januari en februari 2022 werden
    respectievelijk 2.106 en 2.318 premies uitbetaald"): ``text`` is the printed text ``work`` blanks."""
    m = _RESPECTIVELY.search(work)
    if m is None:
        return set(), None
    keys = periods.ordered(base, base + len(work))
    measured = subject is not None
    if (months := _months_respectively(text, base, m.start(), keys)) is not None:
        keys = months
    if len(keys) >= 2:
        if None in keys or len(set(keys)) != len(keys) or _RULE.search(work) \
                or _clause_kind(work, measured) != (None, False):
            return set(), None
        listed = _list_of(work, base, m.end(), len(keys), subject)
        if listed is None and (fewer := _periods_before_list(work, base, m, periods, subject)) is not None:
            keys, listed = fewer
    else:
        listed = _list_of(work, base, m.end(), len(earlier), subject) \
            if len(earlier) >= 2 and not _COORDINATED.search(work, 0, m.start()) else None
        scope = listed[0][-1].end - base if listed else 0
        if listed is None or periods.ordered(base, base + scope) or _RULE.search(work, 0, scope) \
                or _clause_kind(work[:scope], measured) != (None, False):
            return set(), None
        keys = list(earlier)
    if listed is None:
        return set(), None
    run, noun = listed
    done = _add_listed(work, base, spans, run, [(key, noun) for key in keys], found)
    if (parts := _parts_respectively(work, base, run, noun)) is not None:
        done |= _add_listed(work, base, spans, parts[0], [(key, parts[1]) for key in keys], found)
    sentence = spans.span(base, base + len(work))
    for more, of_run in _more_lists(work, base, run[-1].end - base, len(keys)):
        for key, cand in zip(keys, more, strict=True):
            span = spans.span(cand.start, cand.end)
            figure = Figure(cand.value, cand.printed, of_run.unit, span)
            found.append(SentenceFigure(figure, key, of_run.label, None, None, sentence))
            done.add(cand.start)
    return done, noun


# "In januari en februari 2022", "april, mei en juni 2023": months listed under one year
_MONTHS_LISTED = re.compile(rf"\b((?:{ANY_MONTH})(?:\s*,\s*(?:{ANY_MONTH}))*\s+en\s+(?:{ANY_MONTH}))"
                            rf"\s+({YEAR})\b", re.IGNORECASE)
_MONTH_NAME = re.compile(rf"\b(?:{ANY_MONTH})\b", re.IGNORECASE)


def _months_respectively(text: str, base: int, at: int, keys: list[str | None]) -> list[str] | None:
    """The months of the one list of months under a year before ``at`` (where "respectievelijk" stands) in
    the sentence at ``base``, each its own period ("2022-01", "2022-02"), when it is the sentence's only time;
    None otherwise."""
    lists = list(_MONTHS_LISTED.finditer(text, base, base + at)) if text and len(keys) == 1 else []
    if len(lists) != 1:
        return None
    months = [month_number(name) for name in _MONTH_NAME.findall(lists[0][1])]
    if 0 in months or len(set(months)) != len(months):
        return None
    return [f"{lists[0][2]}-{month:02d}" for month in months]


_CLAUSE_BREAK = re.compile(r"[,;]")


def _periods_before_list(work: str, base: int, m: re.Match[str], periods: _Periods, subject: _Subject | None
                         ) -> tuple[list[str | None], tuple[list[_Candidate], _Noun]] | None:
    """"In 2022 en 2023 werden respectievelijk 1.204 en 1.377 woningen geïsoleerd, en in de eerste helft
    van 2024 nog eens ongeveer 640": the periods named before "respectievelijk", as many as the numbers
    listed, when every other period of the sentence comes after the list and a comma or semicolon (another
    clause, with figures of its own); None otherwise."""
    keys = periods.ordered(base, base + m.start())
    later = [start for start in periods.starts if base + m.start() <= start < base + len(work)]
    listed = _list_of(work, base, m.end(), len(keys), subject) if len(keys) >= 2 and later else None
    if listed is None or not _CLAUSE_BREAK.search(work, listed[0][-1].end - base, later[0] - base):
        return None
    return keys, listed


# "... 3.412, 3.586 en 3.745 bemiddelingen opgestart, waarvan er respectievelijk 1.904, 2.011 en 2.187 tot een
# akkoord leidden": a list of parts, each of the whole listed in its place, labelled by what its clause says
_PARTS_RESPECTIVELY = re.compile(r"[^\d,;]*,\s*(?:waarvan|van\s+wie)\s+(?:er\s+)?"
                                 rf"{_RESP}\s+", re.IGNORECASE)
_PART_DID = re.compile(r"\s+([^\W\d_][^\d,;:.()]{2,60}?)\s*(?:[.;]|$)")


def _parts_respectively(work: str, base: int, run: Sequence[_Candidate], whole: _Noun
                        ) -> tuple[list[_Candidate], _Noun] | None:
    """The list of parts a ``waarvan (er) respectievelijk`` clause right after a list of counts prints, as
    many as the wholes and none larger than its whole, with the whole's noun and what the clause says of the
    parts up to the sentence's end ("bemiddelingen tot een akkoord leidden"); None for any other list."""
    m = _PARTS_RESPECTIVELY.match(work, run[-1].end - base)
    parts = _listed(work, base, m.end(), len(run)) if m is not None and whole.unit == "count" else None
    if parts is None or any(p.value > w.value for p, w in zip(parts, run, strict=True)):
        return None
    did = _PART_DID.match(work, parts[-1].end - base)
    return (parts, _Noun(f"{whole.label} {collapse(did[1])}", "count", "")) if did is not None else None


_MORE_IN_LIST = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s*(?:,|\ben\b)\s*(?:€\s*)?\d")
_COORDINATED = re.compile(r",|\ben\b")  # "Antwerpen en Gent telden respectievelijk ...": a list of its own


def _list_of(work: str, base: int, at: int, count: int, subject: _Subject | None
             ) -> tuple[list[_Candidate], _Noun] | None:
    """The ``count`` numbers listed from ``at``, bare ("94 en 101 dagen") or each with its unit ("3.412.650
    euro, 3.905.215 euro en 4.118.940 euro"), and the noun they count: the one after the last, or the
    subject's measure in its unit; None when no such list stands there or it counts no noun."""
    cands = _listed(work, base, at, count)
    if cands is None:
        first = next(_more_lists(work, base, at, count), None)
        if first is None or work[at : first[0][0].start - base].strip():
            return None
        cands = first[0]
    last = cands[-1]
    after = work[last.end - base : last.end - base + _WINDOW]
    if _MORE_IN_LIST.match(after):
        return None  # "respectievelijk 2,1, 2,4 en 2,6 miljoen euro" for two periods: which two?
    noun = _noun(after, last.printed, last.value)
    if subject is not None and last.start - base >= subject.end:
        noun = _as_level_of(_averaged(subject, work[subject.end : last.start - base]), noun, after) or noun
    return (cands, noun) if noun.label is not None else None


def _listed(work: str, base: int, at: int, count: int) -> list[_Candidate] | None:
    """The ``count`` numbers listed from ``at`` ("148 en 163", "12, 14 en 17"), or None when as many are
    not listed there. Each may carry its "%" ("61,2% en 63,8%"), all of them then, the last too: the list's
    unit is read after the last number, as for bare numbers ("61,2 en 63,8%")."""
    numbers: list[_Candidate] = []
    signs: set[bool] = set()  # whether each number before a gap carried its "%"
    while (number := _NUMBER.match(work, at)) is not None and len(numbers) < count:
        value = read_figure(number[1])[0]
        if value is None:
            return None
        numbers.append(_Candidate(base + number.start(), base + number.end(), number[1], value, None, None))
        at = number.end()
        if (gap := _NEXT_IN_LIST.match(work, at)) is None or len(numbers) == count:
            break
        signs.add(gap[1] is not None)
        at = gap.end()
    if True in signs and (signs != {True} or not _PERCENT_SIGN.match(work, at)):
        return None  # "61,2% en 63,8 miljoen": no one unit
    return numbers if len(numbers) == count else None


_THAT_RESPECTIVELY = re.compile(rf"\b(?:dat|dit)\s+(?:er\s+)?{_RESP}\s+", re.IGNORECASE)
_NEW_CLAUSE = re.compile(r"\s*;\s")  # "... respectievelijk 987 en 274; door de coronamaatregelen ..."


def _respectively_nouns(work: str, base: int, spans: Spans, period: str | None, nouns: Sequence[_Noun],
                        found: list[SentenceFigure]) -> set[int]:
    """"In 2023 ontvingen 3.127 land- en tuinbouwbedrijven steun, waarvan 418 jonge landbouwers. In 2022
    waren dat er respectievelijk 2.986 en 392.": the k-th number counts the k-th noun the sentence before
    counted, for this sentence's one period; read only when they are as many. Returns their offsets."""
    m = _THAT_RESPECTIVELY.search(work)
    if m is None or period is None or len(nouns) < 2 or _RULE.search(work) \
            or _clause_kind(work, False) != (None, False):
        return set()
    numbers = _listed(work, base, m.end(), len(nouns))
    if numbers is None or (work[numbers[-1].end - base :].strip(" .\n")
                           and not _NEW_CLAUSE.match(work, numbers[-1].end - base)):
        return set()  # a noun after the last number: it counts something else ("; door ...": a new clause)
    return _add_listed(work, base, spans, numbers, [(period, noun) for noun in nouns], found)


# "In werkingsjaar 2022 waren dat respectievelijk 4.512 controles en 1.018 processen-verbaal": each number
# of the list with a counted noun of its own, the list ending the sentence
_OWN_NOUN_GAP = re.compile(r"\s*(?:,|\ben\b)\s*")
_LIST_ENDS = re.compile(r"\s*[.;]?\s*$")


def _respectively_own_nouns(work: str, base: int, spans: Spans, period: str | None,
                            found: list[SentenceFigure]) -> set[int]:
    """"In 2022 waren dat respectievelijk 4.512 controles en 1.018 processen-verbaal": a "respectievelijk"
    list whose numbers each count a noun of their own (two or more, all different), ending the sentence: in
    a sentence of one period, each is a count of its noun in it. Not in a rule, plan, rate or change, nor
    with a hedge. Returns the offsets read."""
    m = _RESPECTIVELY.search(work)
    if m is None or period is None or _RULE.search(work) or _clause_kind(work, False) != (None, False):
        return set()
    numbers: list[_Candidate] = []
    nouns: list[_Noun] = []
    at = m.end()
    while (number := _NUMBER.match(work, at)) is not None:
        value = read_figure(number[1])[0]
        noun = _noun(work[number.end() : number.end() + _WINDOW], number[1], value or Decimal(0))
        words = _WORDS.match(work, number.end())
        if value is None or noun.unit != "count" or words is None \
                or not collapse(work[number.end() : words.end()]).startswith(noun.label or "\0"):
            return set()
        numbers.append(_Candidate(base + number.start(), base + number.end(), number[1], value, None, None))
        nouns.append(noun)
        at = number.end() + len(work[number.end() :]) - len(work[number.end() :].lstrip()) + len(noun.label)
        if (gap := _OWN_NOUN_GAP.match(work, at)) is None:
            break
        at = gap.end()
    if len(numbers) < 2 or len({n.label for n in nouns}) != len(nouns) or not _LIST_ENDS.fullmatch(work, at):
        return set()
    return _add_listed(work, base, spans, numbers, [(period, noun) for noun in nouns], found)


# "In 2022 en 2023 werden respectievelijk 87 en 104 aanvragen ingediend. Daarvan werden er 61 en 79
# goedgekeurd.": the parts of each of those counts, in order, named by what was done to them
_PARTS_OF_THAT = re.compile(r"\s*(?:daarvan|hiervan)\s+(?:werden|waren)\s+(?:er\s+)?", re.IGNORECASE)
# a past participle: "geweigerd", "opgenomen" (a strong one in -en only after "ge"), "betaald"
_DONE = (r"(?:aan|af|door|goed|in|op|terug|toe|uit|vast|weg)?ge[^\W\d_]{3,}(?:(?<=[dt])|(?<=en))"
         r"|(?:be|ver|ont)[^\W\d_]{3,}(?<=[dt])")
# "1.212 aanvragen geteld, waarvan er 1.006 gunstig werden beslist": a part named by a passive that ends its
# clause (perhaps after one adverb); the adverb and participle name it
_PART_PASSIVE = re.compile(rf"\s+((?:(?-i:[a-z])[^\W\d_]{{2,}}\s+)?)(?:werd|werden)\s+({_DONE})"
                           r"\s*(?:[.;]\s*)?$",
                           re.IGNORECASE)
_DONE_TO_THEM = re.compile(rf"\s+({_DONE})\s*[.;]?\s*$")
# "toen er 6.144 (werden geteld)": so many of the noun counted before (see ``_THEN_THERE``)
_COUNTED_THEN = re.compile(rf"\s*(?:(?:werd|werden)\s+(?:{_DONE})\s*)?[.;]?\s*$")


def _parts_listed(work: str, base: int, spans: Spans, carried: _Carried,
                  found: list[SentenceFigure]) -> set[int]:
    """"Daarvan werden er 61 en 79 goedgekeurd." after a sentence that counted one noun for several periods in
    order: the k-th number is the part of the k-th period's count that the participle ending the sentence
    names ("aanvragen goedgekeurd"); read only when the numbers are as many as the periods. Returns their
    offsets."""
    if not carried.near and carried.last_of_part is not None:  # "1. ... 87 en 104 aanvragen. a) Daarvan ..."
        carried = carried.last_of_part
    noun = carried.noun
    if noun is None or noun.unit != "count" or len(carried.periods) < 2 or not carried.near \
            or (m := _PARTS_OF_THAT.match(work)) is None:
        return set()
    numbers = _listed(work, base, m.end(), len(carried.periods))
    done = _DONE_TO_THEM.match(work, numbers[-1].end - base) if numbers else None
    if done is None:
        return set()
    part = _Noun(f"{noun.label} {done[1]}", "count", "")
    return _add_listed(work, base, spans, numbers, [(period, part) for period in carried.periods], found)


def _respectively_subjects(work: str, base: int, spans: Spans, carried: _Carried,
                           found: list[SentenceFigure]) -> set[int]:
    """"Er namen 11.846 leerlingen deel. Het basisonderwijs en het secundair onderwijs waren goed voor
    respectievelijk 6.904 en 4.942 deelnemers.": the k-th number counts the noun after the last for the k-th
    subject, in a sentence naming no time, for the period of the count of the sentence before that they add
    up to exactly (its parts); read only then. Returns their offsets."""
    m = _RESPECTIVELY.search(work)
    head = _SUBJECTS_RESPECTIVELY.fullmatch(work, 0, m.end()) if m is not None and carried.near else None
    if head is None:
        return set()
    subjects = [_ARTICLE.sub("", part.strip(), count=1) for part in _SUBJECT_BREAK.split(head[1])]
    numbers = _listed(work, base, m.end(), len(subjects))
    if numbers is None:
        return set()
    noun = _noun(work[numbers[-1].end - base : numbers[-1].end - base + _WINDOW], numbers[-1].printed,
                 numbers[-1].value)
    before = [f for f in found if f.sentence.end <= base]
    last = [f for f in before if f.sentence == before[-1].sentence] if before else []
    total = sum(n.value for n in numbers)
    wholes = {f.period for f in last if f.figure.unit == "count" and f.figure.value == total}
    if noun.unit != "count" or len(wholes) != 1:
        return set()
    period = wholes.pop()
    readings = [(period, _Noun(f"{subject}: {noun.label}", "count", "")) for subject in subjects]
    return _add_listed(work, base, spans, numbers, readings, found)


# "De bouw (1.188), de horeca (1.051) en de groot- en kleinhandel (1.477)", "uit West-Vlaanderen (98), gevolgd
# door Antwerpen (61)": a name (a capitalised one, or a noun after its article) with a bare count in a bracket
_RANKED_NAME = (r"(?:(?:[Dd]e|[Hh]et)\s+)?(?:(?!(?:In|Uit|Van|Op|Bij|Met|Voor|Door)\s)[A-Z][\w'’-]*"
                r"(?:\s+(?:&\s+)?[A-Z][\w'’-]*){0,3}|(?<=[Dd]e\s)(?<![\w-][Dd]e\s)[a-z][\w'’]*(?:-\s+en\s+[a-z][\w'’]*)?"
                r"|(?<=[Hh]et\s)(?<![\w-][Hh]et\s)[a-z][\w'’]*)")
_RANKED_ITEM = re.compile(rf"({_RANKED_NAME})\s*\(\s*(\d{{1,3}}(?:\.\d{{3}})*)\s*\)")
_RANKED_GLUE = re.compile(r"\s*,\s*(?:gevolgd\s+door\s+)?|\s+en\s+|\s+gevolgd\s+door\s+")
# "met de meeste faillissementen", "De meeste dossiers van 2021": the noun a ranking counts
_MOST_OF = re.compile(r"\bde\s+meeste\s+([a-z][\w-]{3,})\b", re.IGNORECASE)


def _bracket_runs(work: str) -> list[list[re.Match[str]]]:
    """The names each with a count in a bracket (``_RANKED_ITEM``), grouped into runs listed one after the
    other (``, `` or `` en `` between them)."""
    runs: list[list[re.Match[str]]] = []
    for item in _RANKED_ITEM.finditer(work):
        if runs and _RANKED_GLUE.fullmatch(work, runs[-1][-1].end(), item.start()):
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def _bracket_counts(run: list[re.Match[str]], base: int) -> list[_Candidate]:
    """The counts in a run's brackets, as candidates at their offsets in the sentence."""
    return [_Candidate(base + m.start(2), base + m.end(2), m[2], read_figure(m[2])[0], None, None)
            for m in run]


def _ranked_in_brackets(work: str, base: int, spans: Spans, period: str | None,
                        found: list[SentenceFigure]) -> set[int]:
    """"De bouw (1.188), de horeca (1.051) en de groot- en kleinhandel (1.477) waren in 2024 opnieuw de
    sectoren met de meeste faillissementen": a ranking of names, each with its count in a bracket, all
    counting the noun after "de meeste", for the sentence's one period; read only when two or more such
    names are listed one after the other and the sentence names one period and that noun. Returns the
    offsets of the counts read."""
    most = _MOST_OF.search(work)
    if period is None or most is None or not _plural(most[1], Decimal(2)) or most[1].lower() in _NOT_NOUNS:
        return set()
    done: set[int] = set()
    for run in _bracket_runs(work):
        if len(run) < 2:
            continue
        numbers = _bracket_counts(run, base)
        if any(n.value is None for n in numbers):
            continue
        names = [_ARTICLE.sub("", collapse(m[1]), count=1) for m in run]
        readings = [(period, _Noun(f"{name}: {most[1]}", "count", "")) for name in names]
        done |= _add_listed(work, base, spans, numbers, readings, found)
    return done


# "in Dilbeek (164), Grimbergen (118), Zaventem (96), Asse (72) en Wemmel (48), samen 498 plaatsen": names
# each with a count in a bracket, then their total and its noun after "samen" or "in totaal"
_TOTAL_AFTER_RUN = re.compile(r"\s*,?\s*(?:samen(?:\s+goed\s+voor)?|in\s+totaal)\s+"
                              r"(\d{1,3}(?:\.\d{3})*)\s+([a-z][\w'’-]{2,})\b")


def _ranked_with_total(work: str, base: int, spans: Spans, period: str | None,
                       found: list[SentenceFigure]) -> set[int]:
    """"extra plaatsen in Dilbeek (164), Grimbergen (118) ... en Wemmel (48), samen 498 plaatsen": names each
    with a count in a bracket, one after the other, then "samen" and a total with its noun: each count is of
    that noun, for the sentence's one period, only when the counts add up to the total exactly (a bracket
    may hold a code, a rank or a year: the sum proves they are parts). Returns the offsets of the counts."""
    if period is None:
        return set()
    done: set[int] = set()
    for run in _bracket_runs(work):
        total = _TOTAL_AFTER_RUN.match(work, run[-1].end())
        if len(run) < 2 or total is None or not _plural(total[2], Decimal(2)) or total[2] in _NOT_NOUNS:
            continue
        numbers = _bracket_counts(run, base)
        if any(n.value is None for n in numbers) \
                or sum(n.value for n in numbers if n.value is not None) != read_figure(total[1])[0]:
            continue
        names = [_ARTICLE.sub("", collapse(m[1]), count=1) for m in run]
        readings = [(period, _Noun(f"{name}: {total[2]}", "count", "")) for name in names]
        done |= _add_listed(work, base, spans, numbers, readings, found)
    return done


# "Voetbal Vlaanderen met 279.412 leden de grootste federatie, gevolgd door Tennis & Padel Vlaanderen
# (186.204) en Gymfed (138.118)", "met een marktaandeel van 27,4% de grootste radiozender, gevolgd door MNM
# (11,2%) en Studio Brussel (8,9%)": the leader's count or share, then the names that follow it in the ranking
_LEADER = re.compile(r"\bmet\s+(?:(?P<count>\d{1,3}(?:\.\d{3})*)\s+(?P<noun>[a-z][\w'’-]{2,})|een\s+"
                     r"(?P<measure>[a-z][\w'’-]{3,})\s+van\s+\d{1,3}(?:,\d+)?\s*%)\s+de\s+(?:grootste|"
                     r"belangrijkste|populairste|sterkste)\s+[^\d,;:.()]{2,60}?,\s*gevolgd\s+door\s+")
_LEADER_NAME = re.compile(rf"(?<![\w&'’-])({_RANKED_NAME})\s+$")
_RANKED_SHARE = re.compile(rf"({_RANKED_NAME})\s*\(\s*(\d{{1,3}}(?:,\d+)?)\s*%\s*\)")


def _ranked_after_leader(work: str, base: int, spans: Spans, period: str | None,
                         found: list[SentenceFigure]) -> set[int]:
    """"Op 31 december 2022 was Voetbal Vlaanderen met 279.412 leden de grootste federatie, gevolgd door
    Tennis & Padel Vlaanderen (186.204) en Gymfed (138.118)": the names after "gevolgd door", each with a
    bare count in its bracket, count the leader's noun (the leader's own count too, when its name stands
    right before "met"); after a leader's share ("met een marktaandeel van 27,4%") each bracket holds that
    share in %. Read only for the sentence's one period and two or more names in a row. Returns the offsets
    of the numbers read."""
    lead = _LEADER.search(work) if period is not None else None
    if lead is None or (lead["noun"] is not None and (not _plural(lead["noun"], Decimal(2))
                                                      or lead["noun"].lower() in _NOT_NOUNS)):
        return set()
    item = _RANKED_ITEM if lead["noun"] is not None else _RANKED_SHARE
    run: list[re.Match[str]] = []
    at = lead.end()
    while (m := item.match(work, at)) is not None:
        run.append(m)
        glue = _RANKED_GLUE.match(work, m.end())
        if glue is None:
            break
        at = glue.end()
    if len(run) < 2:
        return set()
    numbers = [_Candidate(base + m.start(2), base + m.end(2), m[2], read_figure(m[2])[0], None, None)
               for m in run]
    if any(n.value is None for n in numbers):
        return set()
    what = _Noun(lead["noun"], "count", "") if lead["noun"] is not None \
        else _Noun(lead["measure"], "percent", "")
    names = [_ARTICLE.sub("", collapse(m[1]), count=1) for m in run]
    if lead["count"] is not None and (leader := _LEADER_NAME.search(work, 0, lead.start())) is not None \
            and (value := read_figure(lead["count"])[0]) is not None:
        numbers.insert(0, _Candidate(base + lead.start("count"), base + lead.end("count"), lead["count"],
                                     value, None, None))
        names.insert(0, _ARTICLE.sub("", collapse(leader[1]), count=1))
    readings = [(period, _Noun(f"{name}: {what.label}", what.unit, "")) for name in names]
    return _add_listed(work, base, spans, numbers, readings, found)


# "Betalingsherinneringen (2021): 412.806", "Via dwangbevel ingevorderd (2022): € 52.318.904,12": a line of
# a label, its year in a bracket and a colon, then one number alone, under or over another such line
_LABEL_YEAR_LINE = re.compile(rf"[ \t]*(?P<label>[A-ZÀ-Þ][^\W\d_]*(?:[ \t]+[^\W\d_][\w'’-]*){{0,5}}?)[ \t]*"
                              rf"\([ \t]*(?P<year>{YEAR})[ \t]*\)[ \t]*:[ \t]*(?P<euro>(?:€|EUR)[ \t]*)?"
                              rf"(?P<number>\d{{1,3}}(?:\.\d{{3}})*(?:,\d+)?|\d+(?:,\d+)?)[ \t]*$")


def _label_year_line(text: str, start: int) -> re.Match[str] | None:
    """The ``label (year): number`` line that starts at ``start`` of ``text``, if it is one."""
    end = text.find("\n", start)
    return _LABEL_YEAR_LINE.fullmatch(text, start, len(text) if end < 0 else end)


def _labelled_year_lines(text: str, work: str, base: int, spans: Spans, found: list[SentenceFigure]
                         ) -> set[int]:
    """The lines of the sentence ``work`` (at ``base`` of ``text``; a table read is blanked in it) that
    print a label, its year in a bracket and one number (``Dwangbevelen (2021): 61.204``) published: the
    number is the label's in that year, a count when the label ends in a plural noun, an amount in euro
    when ``€`` stands before it (another label, a number with a unit after it: not read). Only a line with
    another such line right above or below it: a layout, not a stray bracket. Returns the offsets of the
    numbers read."""
    done: set[int] = set()
    stop = base + len(work)
    start = text.rfind("\n", 0, base) + 1
    if text.find(")", start, stop) < 0:
        return done  # the common case: no line of the sentence holds a bracket, so none is read
    while start < stop:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = _label_year_line(text, start)
        above = text.rfind("\n", 0, max(0, start - 1)) + 1 if start > 0 else None
        beside = (above is not None and _label_year_line(text, above) is not None) \
            or (end < len(text) and _label_year_line(text, end + 1) is not None)
        at = line.start("number") if line is not None else -1
        if line is not None and beside and base <= at < stop and work[at - base].isdigit():
            label = collapse(line["label"])
            value = read_figure(line["number"])[0]
            last = label.split()[-1]
            unit = "EUR" if line["euro"] else "count" if _plural(last, Decimal(2)) \
                and last.lower() not in _NOT_NOUNS else None
            if value is not None and unit is not None:
                span = spans.span(at, line.end("number"))
                found.append(SentenceFigure(Figure(value, line["number"], unit, span), line["year"], label,
                                            None, None, spans.span(start, end)))
                done.add(at)
        start = end + 1
    return done


# "Aantal startersleningen via PMV in 2022/2023/2024: 412/468/503." over "Gemiddeld leenbedrag in diezelfde
# jaren: 38.200/41.600/44.100 euro.": a line of a label, years joined by slashes and a colon, then as many
# values joined by slashes (perhaps "euro" after them); "diezelfde jaren" takes the years of the line above
_SERIES_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_SLASH_SERIES = re.compile(rf"[ \t]*(?:\d{{1,2}}\.[ \t]+)?"
                           rf"(?P<label>[A-ZÀ-Þ][^\W\d_]*(?:[ \t]+[^\W\d_][\w'’-]*){{0,6}}?)"
                           r"[ \t]+(?:in[ \t]+)?"
                           rf"(?:(?P<years>{YEAR}(?:/{YEAR})+)|(?P<same>(?:die|de)zelfde[ \t]+jaren))"
                           rf"[ \t]*:[ \t]*(?P<values>(?:{_SERIES_NUMBER})(?:/(?:{_SERIES_NUMBER}))+)"
                           r"(?:[ \t]+(?P<euro>euro))?[ \t]*\.?[ \t]*$")
_SERIES_VALUE = re.compile(_SERIES_NUMBER)


def _slash_series(text: str, work: str, base: int, spans: Spans, found: list[SentenceFigure]) -> set[int]:
    """The values of a slash series line in the sentence ``work`` (see ``_SLASH_SERIES``), each of the year in
    its place: a count when the label opens with "Aantal" or ends in a plural, euro when "euro" follows;
    read only when there are as many values as years (else none). Returns the offsets of the values read."""
    done: set[int] = set()
    if "/" not in work or ":" not in work or _elsewhere_at(work) is not None:
        return done
    stop = base + len(work)
    start = text.rfind("\n", 0, base) + 1
    years_above: list[str] | None = None
    while start < stop:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = _SLASH_SERIES.fullmatch(text, start, end)
        if line is None:
            years_above = None
            start = end + 1
            continue
        if line["same"] and years_above is None and start > 0:  # the line above, a sentence of its own
            above = _SLASH_SERIES.fullmatch(text, text.rfind("\n", 0, start - 1) + 1, start - 1)
            years_above = above["years"].split("/") if above is not None and above["years"] else None
        years = line["years"].split("/") if line["years"] else years_above
        values = list(_SERIES_VALUE.finditer(text, line.start("values"), line.end("values")))
        label = collapse(line["label"])
        words = label.split()
        unit = "EUR" if line["euro"] else "count" if words[0].lower() == "aantal" and len(words) > 1 \
            or (_plural(words[-1], Decimal(2)) and words[-1].lower() not in _NOT_NOUNS) else None
        if unit == "count" and words[0].lower() == "aantal":
            label = " ".join(words[1:])
        if years is not None and len(years) == len(values) and unit is not None \
                and base <= values[0].start() and values[-1].end() <= stop \
                and all(work[m.start() - base].isdigit() for m in values):
            for year, m in zip(years, values, strict=True):
                value = read_figure(m[0])[0]
                if value is None:
                    continue
                found.append(SentenceFigure(Figure(value, m[0], unit, spans.span(m.start(), m.end())), year,
                                            label, None, None, spans.span(start, end)))
                done.add(m.start())
        years_above = years
        start = end + 1
    return done


# "Het aantal starters evolueerde als volgt (2020 → 2024): 49.806 → 54.312 → 56.412 → 55.118 → 57.906": a span
# of years in a bracket, then one value per year joined by arrows, in order (read only when there are as many
# values as years); "Faillissementen: 2022 (5.806) → 2023 (6.912) → 2024 (6.918)": each year with its value
_ARROW = r"[ \t]*(?:→|->)\s*"
_ARROW_SPAN = re.compile(rf"\(\s*(?P<first>{YEAR})\s*(?:→|->|-|–|tot)\s*(?P<last>{YEAR})\s*\)\s*:\s*"
                         rf"(?P<values>(?:{_SERIES_NUMBER})(?:{_ARROW}(?:{_SERIES_NUMBER}))+)(?![\d.,]\d)")
_ARROW_PAIRS = re.compile(rf"(?P<label>[A-ZÀ-Þ][^\W\d_]*(?:[ \t]+[^\W\d_][\w'’-]*){{0,4}}?)[ \t]*:\s*"
                          rf"(?P<pairs>{YEAR}[ \t]*\([ \t]*(?:{_SERIES_NUMBER})[ \t]*\)"
                          rf"(?:{_ARROW}{YEAR}[ \t]*\([ \t]*(?:{_SERIES_NUMBER})[ \t]*\))+)")
_YEAR_AND_VALUE = re.compile(rf"({YEAR})[ \t]*\([ \t]*({_SERIES_NUMBER})[ \t]*\)")


def _arrow_series(text: str, work: str, base: int, spans: Spans, subject: _Subject | None,
                  found: list[SentenceFigure]) -> set[int]:
    """The values of an arrow series in the sentence ``work`` (see ``_ARROW_SPAN``, ``_ARROW_PAIRS``): of a
    span's years one by one under a subject "het aantal ..." (a count), or each after its year under a label
    ending in a plural. Returns the offsets of the values read."""
    if ("→" not in work and "->" not in work) or _elsewhere_at(work) is not None:
        return set()
    stop = base + len(work)
    sentence = spans.span(base, stop)
    readings: list[tuple[re.Match[str], str, str]] = []  # the value, its year, its label
    if subject is not None and subject.count:
        for m in _ARROW_SPAN.finditer(text, base, stop):
            values = list(_SERIES_VALUE.finditer(text, m.start("values"), m.end("values")))
            first, last = int(m["first"]), int(m["last"])
            if len(values) == last - first + 1:
                readings += [(v, str(first + i), subject.label) for i, v in enumerate(values)]
    for m in _ARROW_PAIRS.finditer(text, base, stop):
        label = collapse(m["label"])
        if _plural(label.split()[-1], Decimal(2)) and label.split()[-1].lower() not in _NOT_NOUNS:
            readings += [(pair, pair[1], label) for pair in _YEAR_AND_VALUE.finditer(text, m.start("pairs"),
                                                                                       m.end("pairs"))]
    done: set[int] = set()
    for m, year, label in readings:
        group = 0 if m.re is _SERIES_VALUE else 2
        value = read_figure(m[group])[0]
        if value is not None and base <= m.start(group) < stop and work[m.start(group) - base].isdigit():
            figure = Figure(value, m[group], "count", spans.span(m.start(group), m.end(group)))
            found.append(SentenceFigure(figure, year, label, None, None, sentence))
            done.add(m.start(group))
    return done


# "Het aantal uren oppashulp ... steeg van 2021 tot en met 2024 jaar na jaar: 612.406, 648.118, 671.912 en
# 702.306 uren": a span of years named once, then after a colon bare values listed (the noun after the last
# is each one's), one per year in order; the first is no figure of the whole span
_SPAN_THEN_LIST = re.compile(rf"\bvan\s+(?P<first>{YEAR})\s+tot(?:\s+en\s+met)?\s+(?P<last>{YEAR})\b"
                             rf"[^\d.;:]{{0,80}}:\s*(?P<values>(?:{_SERIES_NUMBER})(?:\s*,\s*(?:{_SERIES_NUMBER}))*"
                             rf"\s+en\s+(?:{_SERIES_NUMBER}))(?![\d.,]\d)(?:\s+[^\W\d_][\w'’-]*)?\s*(?:[.;]|$)",
                             re.IGNORECASE)
SPAN_SERIES = ("a value of a list under a span of years named once ('van 2021 tot en met 2024: 612.406, "
               "648.118 en 671.912'), not one per year: which year each is of is unsure")


def _span_series(text: str, work: str, base: int, spans: Spans, subject: _Subject | None,
                 found: list[SentenceFigure]) -> tuple[set[int], set[int]]:
    """The values of a list under a span of years (see ``_SPAN_THEN_LIST``): each of the year in its place
    under a subject "het aantal ..." (a count) when there are exactly as many values as years; else none
    is read (no value is of the whole span). Returns the offsets read and the offsets to report."""
    stop = base + len(work)
    if ":" not in work or text.find(" tot", base, stop) < 0:
        return set(), set()
    m = _SPAN_THEN_LIST.search(text, base, stop)  # in ``work`` its years are blanked out
    if m is None:
        return set(), set()
    values = list(_SERIES_VALUE.finditer(text, m.start("values"), m.end("values")))
    first, last = int(m["first"]), int(m["last"])
    offsets = {v.start() for v in values}
    if subject is None or not subject.count or subject.end > m.start() - base \
            or len(values) != last - first + 1 or not all(work[v.start() - base].isdigit() for v in values):
        return set(), offsets
    sentence = spans.span(base, stop)
    for i, v in enumerate(values):
        value = read_figure(v[0])[0]
        if value is None:
            return set(), offsets
        figure = Figure(value, v[0], "count", spans.span(v.start(), v.end()))
        found.append(SentenceFigure(figure, str(first + i), subject.label, None, None, sentence))
    return offsets, set()


# "In 2024 werden 1.118 aanvragen geweigerd, respectievelijk 712 wegens een te hoog inkomen en 406 wegens een
# onvolledig dossier": after a count and what was done to it, "respectievelijk" lists its parts, each named
# by its cause
_WHOLE_THEN_PARTS = re.compile(rf"(?<![\w.,])(\d[\d.,]*)\s+([^\W\d_][\w'’-]*)\s+({_DONE})\s*,\s*"
                               rf"{_RESP}\s+", re.IGNORECASE)
_CAUSED_PART = re.compile(r"(\d[\d.,]*)\s+((?:wegens|door|omwille\s+van|omdat)\s+[^\d,;.:()]{2,60}?)"
                          r"(?=\s*(?:,|\ben\s+\d|[.;]|$))", re.IGNORECASE)
_PART_GAP = re.compile(r"\s*(?:,|\ben\b)\s*")


def _parts_by_cause(work: str, base: int, spans: Spans, period: str | None,
                    found: list[SentenceFigure]) -> set[int]:
    """The parts a "respectievelijk" list names by their causes after a count and its participle, each
    counting the whole's noun, participle and cause ("aanvragen geweigerd wegens een te hoog inkomen"), in
    the sentence's one period; read only when two or more add up to the whole exactly (else what they are
    parts of is unsure). Returns their offsets."""
    m = _WHOLE_THEN_PARTS.search(work) if period is not None else None
    whole = read_figure(m[1])[0] if m is not None else None
    if m is None or whole is None or not _plural(m[2], whole) or _RULE.search(work):
        return set()
    parts: list[tuple[_Candidate, str]] = []
    at = m.end()
    while (part := _CAUSED_PART.match(work, at)) is not None:
        value = read_figure(part[1])[0]
        if value is None:
            return set()
        parts.append((_Candidate(base + part.start(1), base + part.end(1), part[1], value, None, None),
                      collapse(part[2])))
        gap = _PART_GAP.match(work, part.end())
        if gap is None:
            break
        at = gap.end()
    if len(parts) < 2 or sum(c.value for c, _ in parts) != whole:
        return set()
    readings = [(period, _Noun(f"{m[2]} {m[3]} {cause}", "count", "")) for _, cause in parts]
    return _add_listed(work, base, spans, [c for c, _ in parts], readings, found)


# "telden de provincies Antwerpen en Oost-Vlaanderen de meeste starters, met respectievelijk 15.206 en 11.812
# starters": names listed after a plural that says what they are, then, in the same clause, "respectievelijk"
_NAME = r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}"
_NAMES_THEN_RESPECTIVELY = re.compile(
    r"\b(?:de\s+)?(?:provincies|gemeenten|steden|regio's|landen|hogescholen|universiteiten|sectoren|"
    rf"arrondissementen)\s+({_NAME}(?:\s*,\s*{_NAME})*\s+en\s+{_NAME})\s[^\d.;:]{{0,80}}?"
    rf"\b{_RESP}\s+", re.IGNORECASE)


def _respectively_names(work: str, base: int, spans: Spans, period: str | None,
                        found: list[SentenceFigure]) -> set[int]:
    """"In 2022 telden de provincies Antwerpen en Oost-Vlaanderen de meeste starters, met respectievelijk
    15.206 en 11.812 starters": the k-th number counts the noun after the last for the k-th name listed
    after a plural saying what the names are (provinces, municipalities, sectors), in the sentence's one
    period; read only when names and numbers are as many and no rule is in the sentence. Returns their
    offsets."""
    m = _NAMES_THEN_RESPECTIVELY.search(work) if period is not None else None
    if m is None or _RULE.search(work) or len(_RESPECTIVELY.findall(work)) != 1:
        return set()
    names = [collapse(name) for name in _SUBJECT_BREAK.split(m[1])]
    numbers = _listed(work, base, m.end(), len(names))
    if numbers is None or _NEXT_IN_LIST.match(work, numbers[-1].end - base) is not None \
            and _NUMBER.match(work, _NEXT_IN_LIST.match(work, numbers[-1].end - base).end()) is not None:
        return set()  # more numbers than names
    noun = _noun(work[numbers[-1].end - base : numbers[-1].end - base + _WINDOW], numbers[-1].printed,
                 numbers[-1].value)
    if noun.unit != "count" or len(set(names)) != len(names):
        return set()
    readings = [(period, _Noun(f"{name}: {noun.label}", "count", "")) for name in names]
    return _add_listed(work, base, spans, numbers, readings, found)


_COUNT_PRINTED = r"\d{1,3}(?:\.\d{3})+|\d+"  # "14.212", "318": a count as printed
# "1.806 controles op dierentransporten uit: enerzijds 1.212 controles langs de weg en anderzijds 594
# controles bij het laden op markten": a count, then its two parts, each with the count's noun and what sets
# it apart
_ONE_HAND = re.compile(rf"(?<![\w.,])(?P<whole>{_COUNT_PRINTED})\s+(?P<noun>[^\W\d_][\w'’-]*)\b[^\d;]*?"
                       rf"\benerzijds\s+(?P<a>{_COUNT_PRINTED})\s+(?P=noun)\s+(?P<what_a>[^\d;]+?)\s*,?\s+en\s+"
                       rf"anderzijds\s+(?P<b>{_COUNT_PRINTED})\s+(?P=noun)\s+(?P<what_b>[^\d;]+?)[\s.]*$",
                       re.IGNORECASE)


def _one_hand_other(work: str, base: int, spans: Spans, period: str | None,
                    found: list[SentenceFigure]) -> set[int]:
    """The two parts of a count split by "enerzijds ... en anderzijds ..." (see ``_ONE_HAND``), each the
    count's noun and its own words ("controles langs de weg"), in the sentence's one period; read only when
    the two add up to the whole exactly and no rule is in the sentence. Returns their offsets."""
    m = _ONE_HAND.search(work) if period is not None and "anderzijds" in work else None
    if m is None or _RULE.search(work):
        return set()
    whole, a, b = (read_figure(m[g])[0] for g in ("whole", "a", "b"))
    if whole is None or a is None or b is None or a + b != whole or not _plural(m["noun"], whole):
        return set()
    numbers = [_Candidate(base + m.start(g), base + m.end(g), m[g], value, None, None)
               for g, value in (("a", a), ("b", b))]
    readings = [(period, _Noun(f"{m['noun']} {collapse(m[what])}", "count", ""))
                for what in ("what_a", "what_b")]
    return _add_listed(work, base, spans, numbers, readings, found)


# "Voor Antwerpen ging het om 14.212 huishoudens, voor Limburg om 5.318, ... en voor West-Vlaanderen om
# 6.558": a name opening the sentence with "ging het om" and a count, then more names each with "om" and a
# number, the first count's noun each one's
_PLACE_OPENS = re.compile(rf"\s*voor\s+({_NAME})\s+(?:ging|gaat)\s+het\s+om\s+({_COUNT_PRINTED})"
                          r"(?=\s+[^\W\d_])", re.IGNORECASE)
_PLACE_NEXT = re.compile(rf"\s*(?:,|\ben\b)\s*voor\s+({_NAME})\s+om\s+({_COUNT_PRINTED})(?![\d.,]\d)",
                         re.IGNORECASE)


def _places_in_turn(work: str, base: int, spans: Spans, period: str | None,
                    found: list[SentenceFigure]) -> set[int]:
    """The counts of a sentence of places in turn (see ``_PLACE_OPENS``), each the first count's noun in its
    place ("Limburg: huishoudens"), in the sentence's one period; read only when two places or more follow
    one another to the end of the sentence, each named once, and the sentence names no rule. Returns their
    offsets."""
    m = _PLACE_OPENS.match(work) if period is not None and "om" in work else None
    if m is None or _RULE.search(work):
        return set()
    noun = _noun(work[m.end(2) : m.end(2) + _WINDOW], m[2], read_figure(m[2])[0] or Decimal(0))
    if noun.unit != "count" or noun.label is None:
        return set()
    places = [(m[1], m.start(2), m[2])]
    at = m.end(2) + len(work[m.end(2) :]) - len(work[m.end(2) :].lstrip())
    at = at + len(noun.label) if work.startswith(noun.label, at) else -1
    while at >= 0 and (step := _PLACE_NEXT.match(work, at)) is not None:
        places.append((step[1], step.start(2), step[2]))
        at = step.end()
    if len(places) < 2 or len({name for name, _, _ in places}) != len(places) or at < 0 \
            or work[at:].strip(" \t\n.") != "":
        return set()
    numbers = [_Candidate(base + start, base + start + len(printed), printed,
                          read_figure(printed)[0] or Decimal(0), None, None) for _, start, printed in places]
    readings = [(period, _Noun(f"{collapse(name)}: {noun.label}", "count", "")) for name, _, _ in places]
    return _add_listed(work, base, spans, numbers, readings, found)


# "17.978 inschrijvingen, van wie er respectievelijk 11.406 en 6.572 in het dagonderwijs en in het avond- of
# afstandsonderwijs studeerden": after a count, "respectievelijk" lists its parts and then, in order, where
# each is (one preposition repeated: "in het ..., in de ... en in het ..."), perhaps with a verb to the end
_WHOLE_THEN_LISTED_PARTS = re.compile(rf"(?<![\w.,])(\d[\d.,]*)\s+([^\W\d_][\w'’-]*)(?:\s+(?:{_DONE}))?"
                                      rf"\s*,\s*(?:waarvan|van\s+wie)\s+(?:er\s+)?{_RESP}\s+",
                                      re.IGNORECASE)
_WHERE_PARTS = re.compile(r"\s+((?:in|bij|via)\s+[^\d;.:()]{2,200}?)(?:\s+[^\W\d_]+(?:den|ten|en))?"
                          r"\s*[.;]?\s*$", re.IGNORECASE)
_BARE_PLACE = re.compile(r"\w+\s+(?:(?:de|het|een)\s*)?", re.IGNORECASE)  # "in het": a place needs a noun


def _parts_named_after(work: str, base: int, spans: Spans, period: str | None,
                       found: list[SentenceFigure]) -> set[int]:
    """The parts a "waarvan (er) respectievelijk" list prints after a count, each named in order by a phrase
    of one preposition listed after them ("in het dagonderwijs en in het avond- of afstandsonderwijs"),
    counting the whole's noun there, in the sentence's one period; read only when the phrases are as many as
    the parts and these add up to the whole exactly. Returns their offsets."""
    m = _WHOLE_THEN_LISTED_PARTS.search(work) if period is not None else None
    whole = read_figure(m[1])[0] if m is not None else None
    if m is None or whole is None or not _plural(m[2], whole) or _RULE.search(work):
        return set()
    numbers: list[_Candidate] | None = None
    for count in range(2, 9):  # the longest list there
        if (longer := _listed(work, base, m.end(), count)) is None:
            break
        numbers = longer
    where = _WHERE_PARTS.match(work, numbers[-1].end - base) if numbers is not None else None
    if numbers is None or where is None or sum(n.value for n in numbers) != whole:
        return set()
    preposition = where[1].split()[0]
    places = re.split(rf"\s*,\s*(?:en\s+)?(?={preposition}\s)|\s+en\s+(?={preposition}\s)", where[1],
                      flags=re.IGNORECASE)
    if len(places) != len(numbers) or any(_BARE_PLACE.fullmatch(place) for place in places):
        return set()
    readings = [(period, _Noun(f"{m[2]} {collapse(place)}", "count", "")) for place in places]
    return _add_listed(work, base, spans, numbers, readings, found)


def _add_listed(work: str, base: int, spans: Spans, numbers: Sequence[_Candidate],
                readings: Sequence[tuple[str, _Noun]], found: list[SentenceFigure]) -> set[int]:
    """The listed ``numbers`` of a "respectievelijk" sentence published, the k-th with the k-th period and
    noun of ``readings``; returns their offsets, so the sentence's own pass skips them."""
    sentence = spans.span(base, base + len(work))
    for (period, noun), number in zip(readings, numbers, strict=True):
        span = spans.span(number.start, number.end)
        found.append(SentenceFigure(Figure(number.value, number.printed, noun.unit, span), period,
                                    noun.label, None, None, sentence))
    return {number.start for number in numbers}


def _more_lists(work: str, base: int, at: int, count: int) -> Iterator[tuple[list[_Candidate], _Noun]]:
    """"In 2022 en 2023 keurde AGION respectievelijk 214 en 198 dossiers goed, voor 412,6 miljoen euro en
    387,2 miljoen euro": "respectievelijk" holds for the sentence, so each later list of exactly ``count``
    figures of one noun or unit, joined by "en" or a comma, is for the periods in order too."""
    cands = [c for c in _candidates(work, base, at, len(work)) if c.hedge is None]
    i = 0
    while i + count <= len(cands):
        run = cands[i : i + count]
        nouns = [_noun(work[c.end - base : c.end - base + _WINDOW], c.printed, c.value) for c in run]
        label = nouns[0].label
        gaps = [work[a.end - base : b.start - base] for a, b in zip(run, run[1:], strict=False)]
        if label is not None and all(n == nouns[0] for n in nouns) \
                and all(re.fullmatch(rf"\s*{re.escape(label)}\s*(?:,|en)\s*", gap) for gap in gaps):
            yield run, nouns[0]
            i += count
        else:
            i += 1


# "Minder dan 2% van de contacten leidde in 2022 tot ...": the share's base is named after it; the label is
# what the clause says of it, as printed (its period's words included), up to the clause's end.
# ("22,4% van het jaar voordien" names a year, no base)
_SHARE_OF = re.compile(r"\s*(?:%|procent)\s+(van\s+(?!het\s+jaar\b)(?:de|het|alle|deze|die)\s+"
                       r"[^,;:()]{3,100}?)\s*(?:[.,;:(]|$)", re.IGNORECASE)
# "Dat is een weigeringspercentage van 21,8%": a percentage the noun before it names (a rate, a share)
_NAMED_SHARE = re.compile(r"\b(?:een|het|de)\s+((?:[^\W\d_]+\s+){0,2}?[^\W\d_]*(?:percentage|aandeel|graad))"
                          r"\s+van\s+$", re.IGNORECASE)
# "Dat is ...": the sentence says more of the one before, for its period
# "Dat is 1,9% van ...", "Het gaat om 29 onderzoeksprojecten en 17 ...", "Samen is dat € 61,21 mio.": the
# figures of the sentence (or the list) before
_THAT_IS = re.compile(r"\s*(?:(?:dat|dit)\s+(?:is|was)|het\s+(?:gaat|ging)\s+om|samen\s+(?:is|was)\s+dat"
                      r"|samen\s+(?:gaat|ging)\s+het\s+om)\b", re.IGNORECASE)
# "Ongeveer 62% van die huishoudens is ...", "Bij 41% van de afgesloten begeleidingen kon ...": a sentence
# that opens with a share of a group, the group's base the sentence before measured
_SHARE_FIRST = re.compile(rf"\s*(?:bij\s+)?(?:(?:{_HEDGE_WORDS})\s+)?\d{{1,3}}(?:,\d+)?\s*(?:%|procent)\s+"
                          r"van\s+(?:de|die|deze|alle)\s+[^\W\d_]", re.IGNORECASE)
# "... werd in totaal € 26.843.112,40 uitbetaald. Dat bedrag omvat de vergoeding voor de gebouwen (18,6
# miljoen euro), ...": the parts of the amount the sentence before printed, of its period
_THAT_AMOUNT = re.compile(r"\s*(?:dat|dit)\s+(?:bedrag|totaal|totaalbedrag)\s+(?:omvat|omvatte|bestaat\s+uit|"
                          r"bestond\s+uit)\b", re.IGNORECASE)
# "Van de cursisten die in 2022 hun opleiding beëindigden, vond 71,4% binnen zes maanden werk": a sentence
# that opens with the group and then tells in the past tense what part of it did, names the base of the
# percentages after its verb. The present tense ("Van de kosten wordt 40% terugbetaald") states a rule.
_GROUP_DID = (r"(?:werd|werden|was|waren|kreeg|kregen|vond|vonden|kwam|kwamen|betrof|betroffen|ging|gingen|"
              r"had|hadden|stond|stonden|bleef|bleven|koos|kozen|nam|namen|volgde|volgden|behaalde|behaalden|"
              r"stroomde|stroomden)\b")
_SHARE_BASE = re.compile(rf"\s*van\s+((?:de|het|alle|deze|die)\s+[^,;:()%]{{3,100}}?)\s*,?\s+{_GROUP_DID}",
                         re.IGNORECASE)
# "In 2023 volgden 38.412 werkzoekenden een opleiding. Van hen vond 61,4% ... werk.": the group is the one
# counted noun of the sentence before, for its period
_OF_THEM = re.compile(rf"\s*van\s+hen\s*,?\s+{_GROUP_DID}", re.IGNORECASE)
_AND_NEXT = re.compile(r"\s+en\s+\d[\d.,]*\s*%")  # "62% door naar X en 21% naar Y": the next share's words
# "1.127 kandidaten ...; 742 van hen slaagden": a part of the count before, named by what it did (past tense)
_PART_OF_THEM = re.compile(rf"\s+van\s+hen\s+({_GROUP_DID[3:-3]}|[^\W\d_]{{3,}}(?:de|te)n?)(?!\w)",
                           re.IGNORECASE)
# "Van hen behaalden er 2.148 ...": a part of the count before, the number right after its past verb
_THEY_DID = re.compile(r"\s*van\s+hen\s+([^\W\d_]+)\s+(?:er\s+)?", re.IGNORECASE)
# "..., of 52,4 per 100.000 gekeurde voertuigen": after a count, the same count per a round number of a noun
_OR_BEFORE = re.compile(r"\s*(?:of|ofwel|oftewel)\s+", re.IGNORECASE)
# "verwerkte in 2023 ongeveer 212.000 oproepen en alarmmeldingen, gemiddeld 581 per dag": a bare number after
# a comma and the adverb, per a unit of time, is the count before's mean per that time
_AND_BEFORE = re.compile(r"\sen\s+$")  # "..., van wie 1.288 met ... en 316 met ...": the next part
_AVERAGE_BEFORE = re.compile(r"\s*gemiddeld\s+", re.IGNORECASE)
_PER_TIME = re.compile(r"\s+per\s+(dag|werkdag|week|maand|jaar|uur|kwartaal)\b(?=\s*[.;,)]|\s*$)",
                       re.IGNORECASE)
_ANOTHER_PER = re.compile(r"\bper\s", re.IGNORECASE)  # "... per dag per jongere": a second rate
# "€ 612,48 per dag", "612,48 euro per dag": an amount's unit of what it is per
_AMOUNT_PER = re.compile(rf"\s*(?:euro\s+|EUR\s+)?({_RATE_PER.pattern})", re.IGNORECASE)
_RATE_OF_COUNT = re.compile(r"\s+per\s+(100|1\.000|10\.000|100\.000|1\.000\.000)\s+"
                            r"((?:[^\W\d_][\w'’-]*\s+)?[^\W\d_][\w'’-]*)")
# "529 van de 741 goedgekeurde projecten ingediend door kmo's, of 71,4%": the whole's noun and what the clause
# says of the part, up to the comma before the share ("of", "ofwel", "dat is")
_SAID_OF_PART = re.compile(r"\s+([^\W\d_][^\d,;:.()]{2,80}?)\s*(?=,\s*(?:of|ofwel|oftewel|dat\s+is)\s)",
                           re.IGNORECASE)
_OR_SHARE = re.compile(r"\s*,\s*(?:of|ofwel|oftewel|dat\s+is|goed\s+voor)\s+")  # "742 van hen slaagden, of"
_ONE_SUBJECT = r"(?:(?:het|de)\s+)?[^\W\d_][^,.;:\d]{2,40}?"
# "Het basisonderwijs en het secundair onderwijs waren goed voor respectievelijk": subjects, then their verb
_SUBJECTS_RESPECTIVELY = re.compile(
    rf"\s*({_ONE_SUBJECT}(?:\s*,\s*{_ONE_SUBJECT})*\s+en\s+{_ONE_SUBJECT})\s+{_GROUP_DID}[^\d.;:]{{0,40}}?"
    rf"\s+{_RESP}\s+$", re.IGNORECASE)
_SUBJECT_BREAK = re.compile(r"\s*,\s*|\s+en\s+")
_ARTICLE = re.compile(r"(?:het|de)\s+", re.IGNORECASE)


def _proves_share(cand: _Candidate, part: Decimal, whole: Decimal) -> bool:
    """The printed share is the part over the whole, within its printed rounding (``65,8%``: 742 of 1.127)."""
    return whole > 0 and rounds_to(cand.printed, cand.value, part, whole)


_GROUP_COUNT = re.compile(r"(?:de|het|alle|deze|die)\s+(\d{1,3}(?:\.\d{3})+|\d+)?", re.IGNORECASE)
# "kwamen er 19 uit West-Vlaanderen, 14 uit Oost-Vlaanderen en 5 uit Vlaams-Brabant": a part of a group
# by the place (a capitalised name) it came from, ending its clause or the list
_FROM_PLACE = re.compile(r"\s+uit\s+((?:de\s+provincie\s+)?[A-Z][\w'’]*(?:[- ][A-Z][\w'’]*){0,2})"
                         r"(?=\s*(?:[,.;]|\ben\s|$))")


def _group_member(group: str, value: Decimal) -> str | None:
    """The noun a group counts (``de 68.215 aanvragen die ...``: ``aanvragen``), when a part of ``value`` fits
    in it (never more than the count it prints); None when it names no counted noun."""
    m = _GROUP_COUNT.match(group)
    if m is None or (m[1] and (read_figure(m[1])[0] or Decimal(0)) < value):
        return None
    return _noun(group[m.end() :], m[1] or "", Decimal(2)).label  # a plural noun, as after a count


def _own_time(periods: _Periods, group_end: int, at: int, of_group: str | None) -> str | None:
    """The time a share's own words name between its group and it, when other than the group's ("Van de
    studenten die in 2021-2022 begonnen, behaalde 38,6% ...; voor wie in 2020-2021 begon, was dat 36,9%"):
    the one period of that stretch, ``None`` for several or a vague one, ``_NONE`` when it names none or the
    group's own (then the group's counts)."""
    times = [t for t in periods.ordered(group_end, at) if t != of_group]
    if not times:
        return _NONE
    return times[-1] if len(set(times)) == 1 and times[-1] is not None else None


_RELATIVE = re.compile(r"\s+(?:die|dat|welke|wie|waar\w*)\b", re.IGNORECASE)


def _group_head(group: str) -> str:
    """A group without the relative clause that tells its own time ("de studenten die in 2021-2022 begonnen":
    "de studenten"), for a share of the same kind of group at another time."""
    m = _RELATIVE.search(group)
    return collapse(group[: m.start()] if m else group)


def _part_of(group: str, after: str) -> str:
    """The label of a share of a group: the group and what the clause says its part did, as printed
    ("aandeel van de cursisten die in 2022 hun opleiding beëindigden: binnen zes maanden werk"), up to the
    next share ("... door naar het gewoon secundair onderwijs en 21% naar ...")."""
    after = after[: m.start()] if (m := _AND_NEXT.search(after)) else after
    did = collapse(_PERCENT.sub("", after, count=1)).strip(" .,;:")
    return f"aandeel van {collapse(group)}: {did}" if did else f"aandeel van {collapse(group)}"


# "3,41 miljard euro (2020), 4,27 miljard euro (2021) en 4,12 miljard euro (2022)", "klom van 4.812 (2020)
# over 5.104 (2021) naar 5.318 (2022)", "231.418 k€ (eerste jaarhelft 2024)": a bracket right after a figure
# that holds only a period is that figure's ("(2020: 380)", "(prijzen 2015)" hold more)
_PERIOD_BRACKET_AFTER = re.compile(rf"\s*\(\s*(?:({YEAR})\s*\)|(?=(?:eerste|tweede|derde|vierde|laatste|"
                                   r"[1-4](?:ste|de|e))\s))", re.IGNORECASE)
_BRACKET_CLOSES = re.compile(r"\s*\)")


def _bracketed_period(text: str, bracket: re.Match[str]) -> str | None:
    """The period a bracket after a figure holds and nothing else: its year, or the half or quarter of a year
    it names (``(eerste jaarhelft 2024)``); None for a bracket that holds more."""
    if bracket[1]:
        return bracket[1]
    of_year = HALF_OF.match(text, bracket.end()) or QUARTER_OF.match(text, bracket.end())
    if of_year is None or _BRACKET_CLOSES.match(text, of_year.end()) is None:
        return None
    return (half_of if of_year.re is HALF_OF else quarter_of)(of_year)


def _period_after(text: str, at: int, words: str | None, sentence: tuple[int, int]) -> str | None:
    """The period a figure names right after itself, its unit or its noun (``1.642 meldingen in 2020 en
    1.918 meldingen in 2021``, ``27% in 2020 en 31% in 2021``, ``van 11,2% in het schooljaar 2018-2019
    naar ...``): in a sentence of several periods, that one is this figure's. A school year counts only
    when named so, or beside another pair of its ``sentence`` (start, end) it shares a year with; a bare ``in
    2020-2021`` after a figure may be two calendar years."""
    number_end = at
    for tail in (_FIGURE_TAIL, _words_after(words), _PER_ANY_UNIT):
        m = tail.match(text, at) if tail is not None else None
        at = m.end() if m else at
    if (amount_for := _FOR_YEAR_AFTER.match(text, at, min(len(text), at + _WINDOW))) is not None \
            and _EURO_WORD.search(text, number_end, at) is not None \
            and len(EURO_FOR_YEAR.findall(text, sentence[0], sentence[1])) > 1:
        return amount_for[1]  # "4,4 miljoen euro voor 2023": the amount for that year
    if (bracket := _PERIOD_BRACKET_AFTER.match(text, at, min(len(text), at + _WINDOW))) is not None:
        return _bracketed_period(text, bracket)  # "3,41 miljard euro (2020), 4,27 miljard euro (2021)"
    part = _PART_OF_YEAR_AFTER.match(text, at, min(len(text), at + _WINDOW))
    if part is not None:  # "707 euro in de eerste helft van 2022", "in het derde kwartaal van 2023"
        of_year = HALF_OF.match(text, part.end()) or QUARTER_OF.match(text, part.end())
        return (half_of if of_year.re is HALF_OF else quarter_of)(of_year) if of_year else None
    lo, hi = max(sentence[0], at - _WINDOW), min(sentence[1], at + _WINDOW)  # the sentence's, near the figure
    end = END_AFTER.match(text, at, min(len(text), at + _WINDOW))
    changes = [*END_TO_END.finditer(text, lo, hi),  # (after a stock at an end only: "In 2022 werden 96
               *(v for v in VERSUS_ENDS.finditer(text, lo, hi)  # aanvragen ingediend, tegenover 73 eind
                 if END_BEFORE.search(text, sentence[0], v.start()))]  # 2021" names no stock of 2021)
    if end is not None and any(c.start() < at < c.end() for c in changes):
        return at_end(end)  # "van 94 eind 2019 tot 167 eind 2021": each stock at its own end; so
        # "tegenover 987 eind 2023 en 951 eind 2022"
    on_day = DAY_AFTER.match(text, at, min(len(text), at + _WINDOW))
    if on_day is not None and any(c.start() < at < c.end() for c in DAY_TO_DAY.finditer(text, lo, hi)):
        return day_key(on_day)  # "van 1.406 op 1 januari 2023 tot 1.517 op 1 januari 2024": each on its day
    if (pair := _PAIR_AFTER.match(text, at, min(len(text), at + _WINDOW))) is not None:
        return _school_year_beside(text[lo:hi], int(pair[1]), int(pair[2]))
    m = _PERIOD_AFTER.match(text, at, min(len(text), at + _WINDOW))
    if m is None or _AND_YEAR.match(text, m.end()):  # "9,80 euro per kg in 2021 en 2022": of both years
        return None
    if m[1] and (cut := year_cut(text, m.start(1)))[0]:
        return cut[1]  # "6,2 miljoen euro in 2022 (tot 30 september)": never the whole year
    return m[1] or (f"schooljaar-{m[2]}-{m[3]}" if int(m[3]) == int(m[2]) + 1 else None)


# "van 36 in 2020-2021 naar 72 in 2021-2022": a bare pair of years after a figure
_PAIR_AFTER = re.compile(rf"\s+in\s+({YEAR})\s*[-\u2013]\s*({YEAR})(?![\d\u2013-])")
_A_PAIR = re.compile(rf"(?<![\d.,/-])({YEAR})\s*[-\u2013]\s*({YEAR})(?![\d\u2013-])")


def _school_year_beside(near_text: str, first: int, second: int) -> str | None:
    """A bare pair of consecutive years after a figure is a school year when another such pair in
    ``near_text`` (its sentence around it) shares a year with it (``2020-2021`` beside ``2021-2022``: spans
    of calendar years would overlap), or is named a school year (``van 32,1% in het schooljaar 2018-2019
    naar 34,2% in 2022-2023``: compared with one), else it may be two calendar years: None."""
    if second != first + 1:
        return None
    near = {(int(m[1]), int(m[2])) for m in _A_PAIR.finditer(near_text)}
    shares = {(first - 1, first), (second, second + 1)} & near
    named = any(int(m[2]) == int(m[1]) + 1 for m in _NAMED_PAIR.finditer(near_text))
    return f"schooljaar-{first}-{second}" if shares or named else None


_NAMED_PAIR = re.compile(rf"\bschooljaar\s+({YEAR})\s*[-\u2013]\s*({YEAR})(?![\d\u2013-])", re.IGNORECASE)
_COLON_AFTER = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,2}\s*:\s")


def _total_of_years(text: str, work: str, base: int, end: int, b: int, value: Decimal,
                    noun: _Noun) -> str | None:
    """"samen goed voor 9,8 miljoen euro: 4,3 miljoen euro in 2022 en 5,5 miljoen euro in 2023": a figure
    followed by a colon and its parts, each of its noun with its own year, consecutive years, that add up to
    it exactly, is for the span of those years (``2022-2023``); None otherwise."""
    colon = _COLON_AFTER.match(work, end, b)
    if colon is None:
        return None
    years, total = [], Decimal(0)
    for part in _candidates(work, base, colon.end(), b):
        after = work[part.end - base : part.end - base + _WINDOW]
        year = _period_after(text, part.end, noun.label if noun.unit == "count" else None,
                             (base, base + len(work)))
        if _noun(after, part.printed, part.value) != noun or year is None or not year.isdigit():
            return None
        years.append(int(year))
        total += part.value
    consecutive = len(years) >= 2 and years == list(range(years[0], years[0] + len(years)))
    return f"{years[0]}-{years[-1]}" if consecutive and total == value else None


# "In 2021 en 2022 werden respectievelijk 23 en 31 projecten goedgekeurd, samen goed voor EUR 94.700.000": the
# years listed together, then a figure after "samen"
_YEARS_LISTED = re.compile(rf"\b({YEAR})(?:\s*,\s*{YEAR})*\s+en\s+({YEAR})\b")
_JOINT = re.compile(r"\s*samen\s+(?:goed\s+voor\s+)?(?:(?:€|EUR)\s*)?", re.IGNORECASE)


def _joint_total(text: str, work: str, base: int, clause: tuple[int, int, int, int],
                 periods: _Periods) -> str | None:
    """The span of the consecutive years a sentence lists together before the one figure a clause opening
    with "samen" adds up (``in 2021 en 2022 ... goedgekeurd, samen goed voor EUR 94.700.000``: both
    years'); ``clause``: where it starts, where the figure starts and ends, where it ends. None for "samen"
    inside a clause ("In 2021 en 2022 ontvingen de provincies samen 12 miljoen euro": the provinces
    together, each year or both?), a second figure after it ("samen 3,2 miljoen euro en 18 gemeenten"),
    years named apart or other times named too."""
    a, at, end, b = clause
    if _JOINT.fullmatch(work, a, at) is None or not work[:a].rstrip().endswith(",") \
            or HAS_DIGIT.search(work, end, b):
        return None
    listed = _YEARS_LISTED.search(text, base, base + at)
    keys = periods.ordered(base, base + len(work))
    if listed is None or None in keys or not all(k is not None and A_YEAR.fullmatch(k) for k in keys):
        return None
    years = sorted({int(k) for k in keys if k is not None})
    named = [int(y) for y in re.findall(YEAR, listed[0])]
    consecutive = len(years) >= 2 and years == list(range(years[0], years[-1] + 1)) == sorted(named)
    return f"{years[0]}-{years[-1]}" if consecutive else None


_FIGURE_TAIL = re.compile(r"\s*(?:%|procent\b)|\s+euro\b")
# "7,84 euro per kg in 2021 en 9,12 euro per kg in 2022": what an amount is per, a short unit too
_AND_YEAR = re.compile(rf"\s*(?:,|en|tot|t\.e\.m\.)\s+{YEAR}\b")
_PER_ANY_UNIT = re.compile(rf"\s+per\s+{_PER_WHAT}", re.IGNORECASE)


def _words_after(words: str | None) -> re.Pattern[str] | None:
    return re.compile(rf"\s+{re.escape(words)}\b") if words else None


# "..., waarvan 2.304 in 2022.": a part that names only its year (not a place, not what else it did)
_PART_IN_YEAR = re.compile(rf"\s+in\s+{YEAR}\s*[.;]?\s*")
# "legde 1.187 boetes op in 2021, 1.254 in 2022 en 1.301 in 2023": in a clause of several years, a number
# that names only its own year, listed after a figure (after a comma, "en", "tegenover" or a colon) and
# followed by the list's end or its next number, is that figure's measure in its year. "12 in 2022 en 2023"
# names two years; "254 in 2022 werden betwist" says more of its number: neither is read so.
# ("145.722 inschrijvingen in 2021-2022, 149.636 in 2022-2023 en 152.526 in 2023-2024": a school year too,
# which ``_period_after`` takes as one only beside another pair it shares a year with)
_LISTED_IN_YEAR = re.compile(rf"(?:\s*%|\s*procent\b)?\s+(?:in|eind)\s+({YEAR})(?:\s*[-\u2013]\s*({YEAR}))?"
                             rf"(?=\s*(?:[,;.)]|$)|\s+en\s+"
                             rf"(?!{YEAR}\b)(?:[^\W\d_]+\s+){{0,3}}?\d)")
_LIST_BEFORE = re.compile(rf"(?:,|\ben|\b{VERSUS_WORD}|:)\s*$")
# "902 ritten, waarvan 418 door personeelstekort", "1.412 minderjarigen, van wie 287 jonger dan 6 jaar",
# "214 trajecten, waarvan 131 met een geslaagde werkhervatting": a part named by its cause, an age or what
# it has, up to its clause's end; by its channel ("waarvan ongeveer 38.000 via chat of e-mail") or the event
# it came after ("waarvan 612 na een noodsituatie"; "na 1 maart" is a time, no part's name: no letter); by
# what it is for ("52.418 actieve budgetmeters, waarvan 31.206 voor elektriciteit", "61.402 vacatures ...,
# waarvan 38.914 voor een knelpuntberoep"), never by a name after "voor" ("voor Gent": a place's part, as
# "waarvan 16 in Antwerpen" is) nor by a time in words ("waarvan 412 voor de eerste helft": another period)
_PART_NAMED = re.compile(r"\s+((?:door|wegens|omwille\s+van|met|zonder|over|via|na)\s+"
                         r"[^\W\d_][^\d,;.:()]{2,60}?"
                         r"|voor\s+(?!(?:de\s+|het\s+|een\s+)?(?:[^\W\d_]+e\s+)?(?:kwarta|maand|semester|helft|"
                         rf"jaar|jaren|week|weken|periode|zomer|winter|{ANY_MONTH})\w*\b)(?:de\s+|het\s+|een\s+)?"
                         r"(?-i:[a-zà-ÿ])[^\d,;.:()]{2,60}?"
                         r"|(?:jonger|ouder)\s+dan\s+\d{1,3}\s+jaar"
                         # "van wie er 412 al langer dan een jaar wachtten": how long the part has waited
                         r"|(?:al\s+)?(?:langer|korter|meer|minder)\s+dan\s+(?:een|één|\d{1,3})\s+"
                         r"(?:jaar|maanden|maand|weken|week|dagen)(?:\s+(?:wachtten|wachtte|wachtend|verbleven))?"
                         # "waarvan 402 omdat de jongere 18 jaar werd": a cause in a clause of its own, whose
                         # only number is an age; "waarvan 1.904 in de groepsopvang": the form or sector in
                         # lower case, no place's name, no time ("in de eerste helft")
                         r"|omdat\s+[^\W\d_][^\d,;.:()]{2,60}?(?:\d{1,3}\s+jaar\b[^\d,;.:()]{0,30}?)?"
                         # "37 vacatures open, waarvan 22 op niveau A", "van wie 2.118 op niveau B": a grade
                         r"|op\s+(?:niveau|graad)\s+(?-i:[A-E])\+?(?![\w'’-])"
                         r"|in\s+(?:de|het)\s+(?!(?:[^\W\d_]+e\s+)?(?:kwarta|maand|semester|helft|jaar|jaren|week|"
                         rf"weken|periode|zomer|winter|voorjaar|najaar|lente|herfst|begin|eind|midden|loop|{ANY_MONTH})\w*\b)"
                         r"(?-i:[a-zà-ÿ])[\w'’-]{3,}"
                         r"(?:\s+(?-i:[a-zà-ÿ])[\w'’-]{2,}){0,2})"
                         r"\s*(?:[.;,)]|\s+en\s+(?=\d)|$)",
                         re.IGNORECASE)
# "waarvan 418 jonge landbouwers (...)", "van wie 7 doden en 64 zwaargewonden": a part's noun ends its clause;
# "waarvan 16 inzetten op circulariteit" goes on, its "noun" is the part's verb
# "12.480 hectare, waarvan 3.910 hectare in omschakeling": a part in the whole's unit, named by the state
# or place it is in, ending the sentence
_PART_IN_STATE = re.compile(r"\s+(in\s+(?:de\s+|het\s+)?[^\W\d_][\w'’-]{3,}(?:\s+[^\W\d_][\w'’-]{2,}){0,2})"
                            r"\s*[.;]?\s*$")
# "6.912 km fietspaden, waarvan 4.206 km vrijliggend": the whole's unit again, then one word that ends the
# clause: a part of the whole's noun, in its unit, that the word says is so
_PART_PROPERTY = re.compile(r"\s*([^\W\d_]{1,8})\s+([a-zà-ÿ][\w'’-]{3,})\s*[.;]?\s*")
_PART_ENDS = re.compile(r"\s*(?:[,.;:(]|en\s|$)")
# "6.412 organisatoren ..., waarvan 4.018 organisatoren van gezinsopvang": the whole's noun repeated for a
# part, narrowed by a lower-case "van" phrase ending its clause (no place's name: "van Antwerpen")
_PART_OF_KIND = re.compile(r"\s+(van\s+(?:de\s+|het\s+)?(?-i:[a-zà-ÿ])[\w'’-]{3,}"
                           r"(?:\s+(?-i:[a-zà-ÿ])[\w'’-]{2,}){0,2})\s*(?:[.;,)]|$)", re.IGNORECASE)
# "3,4 miljoen euro, waarvan 1,1 miljoen euro Europese middelen (CEF)": an amount's part named by a noun
# (after an adjective, perhaps) that ends its clause; "waarvan 1,1 miljoen euro naar Antwerpen" goes on
_AMOUNT_PART = re.compile(r"\s*(?:euro|EUR)\s+((?:[^\W\d_]{3,}e\s+)?[^\W\d_][\w'’-]{3,})\s*(?:[.,;(]|$)")
_ALWAYS_REPORTED = frozenset((PERCENTAGE, SUBSET, RATIO, CHANGE, PLAN, ELSEWHERE, RATE))


def _time_after_semicolon(semicolons: Sequence[int], base: int, a: int, s0: int, s1: int,
                          periods: _Periods) -> bool:
    """Whether the sentence names its time only after a semicolon (of ``semicolons``, in order) behind the
    clause at ``a`` ("Het agentschap stelt 412 mensen tewerk; in 2022 behandelde het ..."): the halves are
    told like two sentences, and the second's year is not the first's."""
    i = bisect.bisect_left(semicolons, a)
    if i == len(semicolons):
        return False
    return periods.within(base + s0, base + semicolons[i]) is _NONE \
        and periods.within(base + semicolons[i], base + s1) is not _NONE


_AND = re.compile(r"\sen\s")
_SEMICOLON = re.compile(";")


def _time_after_and(work: str, base: int, a: int, end: int, b: int, periods: _Periods) -> bool:
    """Whether the clause's time stands only after an "en" behind the number ending at ``end`` while the part
    before that "en" is not in the past tense ("telt 412 personeelsleden en behandelde in 2022 ..."): the
    year is the second verb's."""
    m = _AND.search(work, end, min(b, end + _WINDOW))
    return m is not None and periods.within(base + a, base + m.start()) is _NONE \
        and not _PAST.search(work, max(a, end - _WINDOW), m.start())


def _present_after_and(work: str, base: int, a: int, at: int, periods: _Periods) -> bool:
    """Whether the number at ``at`` follows an "en" and a present verb of state that name no time, behind a
    clause's time ("behandelde in 2022 1.306 dossiers en telt 412 personeelsleden"): now, not that year."""
    last = max(_AND.finditer(work, max(a, at - _WINDOW), at), key=lambda m: m.start(), default=None)
    return last is not None and _STATE_NOW.search(work, last.end(), at) is not None \
        and not _PAST.search(work, last.end(), at) and periods.within(base + last.start(), base + at) is _NONE


# "Over de vier jaren samen legde VLAIO zo 3.043,2 miljoen euro vast, waarvan ruim de helft voor de
# coronasteun in 2021": a clause summing several years it counts in words names no one period, whatever year
# another clause names (held-out 900 published four years' commitments as 2021's)
_YEARS_TOGETHER = re.compile(r"\b(?:(?:over|gedurende|tijdens|in)\s+(?:de|die|deze)|(?:de|die|deze)\s+"
                             r"(?:voorbije|afgelopen|laatste))\s+(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d)\s+"
                             r"(?:jaar|jaren|(?:school|werk|begrotings)jaren)\b", re.IGNORECASE)


def _time_in_subordinates_only(work: str, base: int, clauses: Sequence[tuple[int, int]],
                               periods: _Periods) -> bool:
    """Whether every clause naming a time is a relative or subordinate one (", die in 2022 ... opvingen",
    ", terwijl er in 2022 ..."): that time is then what that clause did, not the time of a count in the clause
    it hangs on ("Er bestaan 24 ...", "Er wachten nog 1.204 kinderen")."""
    timed = [i for i, (a, b) in enumerate(clauses) if periods.within(base + a, base + b) is not _NONE]
    return bool(timed) and all(i > 0 and _SUBORDINATE.match(work, clauses[i][0]) for i in timed)


def _clause_kind(clause: str, measured: bool, after_subject: int = 0) -> tuple[str | None, bool]:
    """What a whole clause says of its numbers, read once per clause: a plan or a rate (the reason
    none is a figure), and whether it speaks of a change (then ``met 12`` is a difference). In a
    sentence whose subject names its measure (``measured``), an average is that measure, no rate, and a
    rate in the subject, before ``after_subject``, is part of it ("de gemiddelde kostprijs per leerling")."""
    rate = _RATE_PER.search(clause, after_subject) if measured else _RATE.search(clause)
    reason = (PLAN if _PLAN.search(clause) else ELSEWHERE if _elsewhere_at(clause) is not None
              else RATE if rate else None)
    return reason, _CHANGE.search(clause) is not None


def _no_level(before: str, after: str, kind: tuple[str | None, bool], ranged: bool = False) -> str | None:
    """Why a number with its noun is still no figure of its own, or ``None`` when it is one; ``ranged``: it
    opens a range ("tussen de 40 en de 45"), so "tussen de" before it names no set."""
    if _SUBSET.search(before) or _PART_CLAUSE.match(before):
        return SUBSET
    if _DELTA_AFTER.match(after):
        return CHANGE  # "1.204 bijkomende plaatsen", "312 aanvragen meer dan in 2021"
    if _RATIO_BEFORE.search(before) or _RATIO_AFTER.match(after):
        return RATIO
    if _KNOWN_SET.search(before) or (_GROUP_OPENS.search(before) and not _RELATIVE_AFTER.match(after)) \
            or (not ranged and _BETWEEN_SET.search(before)):
        return KNOWN_SET
    if kind[1] and (change := _CHANGE_BEFORE.search(before)) and not (
            change[0].lower().startswith("van") and _FROM_TO.search(after)):
        return CHANGE  # "steeg met 12"; but "steeg van 7.402 naar 7.815" gives two levels
    if _WITH.search(before) and not kind[1]:
        return WITH
    return kind[0]


def _end_of_range(work: str, low_end: int, limit: int) -> int:
    """Where the upper number of ``tussen de X en de Y`` ends: the noun stands after it."""
    m = _NUMBER.search(work, low_end, limit)
    return m.end() if m else low_end


def _one_per_cell(text: str, found: list[SentenceFigure], unread: list[Unread]) -> list[SentenceFigure]:
    """Two different figures for one noun and one period cannot both be published under that name:
    neither is (precision first), each reported with its sentence; the same figure printed twice is
    published once."""
    by_cell: dict[tuple[str, str, str | None], list[SentenceFigure]] = {}
    for f in found:
        by_cell.setdefault((f.period, f.label, f.hedge if f.hedge_text == RANGE else None),
                           []).append(f)
    kept = []
    for (period, label, _), figures in by_cell.items():
        if len({f.figure.value for f in figures}) == 1:
            kept.append(figures[0])
            continue
        if (told := _told_apart(text, figures)) is not None:
            kept += told
            continue
        for f in figures:
            sentence = collapse(text[f.sentence.start : min(f.sentence.end, f.sentence.start + 4 * _WINDOW)])
            unread.append(Unread(sentence, f"two different figures for {label!r} in {period}", f.figure.span))
    return sorted(kept, key=lambda f: f.figure.span.start)


# "417 aanvragen geweigerd", "1.174 jongeren opgenomen", "€ 850.000 uitgekeerd aan beurzen": a past
# participle (a strong one in -en only after "ge") right after the counted noun (or the amount), ending its
# clause or followed by its cause or beneficiary, says what was done to what was counted.
_PARTICIPLE = re.compile(rf"\s+({_DONE})(?=\s*(?:[,.;:)]|(?:en|wegens|aan|door|voor|na|bij)\s|$))")
# "besteedde VLAM € 0,9 miljoen aan de promotie van ...", "ging 6,4 miljoen euro naar de HCA-diensten en 2,1
# miljoen euro naar Moderator": what (or whom) an amount went to tells it apart (whom: when it tells each)
_SPENT_ON = re.compile(r"\s+(aan\s+(?:de|het)\s+[^\W\d_]{4,})(?=[\s,.;:)])")
_WENT_TO = re.compile(r"\s+(naar\s+(?:(?:de|het)\s+[^\W\d_][\w-]{3,}|(?-i:[A-Z])[\w-]{3,}))(?=[\s,.;:)])")
# "3,4% van de 30.650 personeelsleden": the whole a share is of
_WHOLE_OF_SHARE = re.compile(r"%\s+van\s+(?:de|het|alle)\s+$")
# "In de stad Antwerpen alleen al ging het om 2.913 kinderen": a sentence opening with the place it counts in
_IN_PLACE = re.compile(r"\s*In\s+(?:de\s+(?=(?:stad|gemeente|provincie)\s))?"
                       r"((?:(?:stad|gemeente|provincie)\s+)?[A-Z][^\W\d_]+(?:[- ][A-Z][^\W\d_]+){0,2})\b")
# "Een chatgesprek duurde in 2023 gemiddeld 34 minuten, een telefoongesprek gemiddeld 11 minuten": what an
# average duration is of, the noun before the adverb (and the verb of lasting or waiting, if printed)
_WHAT_LASTED = re.compile(r"\b(?:een|het|de)\s+([^\W\d_][\w'’-]{3,})\s+(?:(?:duurde|duurden|duurt|duren|"
                          r"wachtte|wachtten|wacht|wachten)\s+(?:\S+\s+){0,3}?)?gemiddeld\s+$", re.IGNORECASE)
# "de vergoeding voor de gebouwen (18,6 miljoen euro), de inkomensderving (EUR 7.218.540)": an amount in a
# bracket right after the noun phrase that names it
_BRACKET_NAMED = re.compile(r"(?:^|[,:]\s*|\ben\s+|\bomvat\s+)(?:de|het)\s+([^\W\d_][^\d(),;:.]{2,60}?)\s+"
                            r"\(\s*(?:€|EUR)?\s*$", re.IGNORECASE)
_AVERAGE_DURATION = "gemiddelde duur ("  # the label an average duration gets without a subject naming it


def _told_apart(text: str, figures: Sequence[SentenceFigure]) -> list[SentenceFigure] | None:
    """Counts or amounts of one noun in one period that the past participle after them tells apart ("38.412
    aanvragen goed voor ..." and "417 aanvragen geweigerd" in 2023; "4,1 miljoen euro" and "€ 850.000
    uitgekeerd aan beurzen" in 2021), each labelled with its participle, or the place their sentence opens
    with ("In 2020 werden 9.706 kinderen ..." and "In de stad Antwerpen ... 2.913 kinderen": stad Antwerpen:
    kinderen), or as the whole a share is of ("1.042 personeelsleden ... 3,4% van de 30.650 personeelsleden":
    personeelsleden (geheel)), or, for average durations, by what each lasted ("Een chatgesprek duurde ...
    gemiddeld 34 minuten, een telefoongesprek gemiddeld 11 minuten": chatgesprek: gemiddelde duur
    (minuten)); None when two different values still share a label (then neither is published)."""
    if any(f.figure.unit not in ("count", "EUR") and not f.label.startswith(_AVERAGE_DURATION)
           for f in figures):
        return None
    by_label: dict[str, list[SentenceFigure]] = {}
    went_to = 0  # amounts told apart by whom they went to: only every one of them, in one sentence
    for f in figures:
        words = re.compile(r"\s+" + r"\s+".join(map(re.escape, f.label.split())))
        noun = words.match(text, f.figure.span.end)
        at = noun.end() if noun else f.figure.span.end
        done = _PARTICIPLE.match(text, at) or (_SPENT_ON.match(text, at) if f.figure.unit == "EUR" else None)
        if done is None and f.figure.unit == "EUR" and (done := _WENT_TO.match(text, at)) is not None:
            went_to += 1
        label = f"{f.label} {collapse(done[1])}" if done else f.label
        if _WHOLE_OF_SHARE.search(text, max(0, f.figure.span.start - _WINDOW), f.figure.span.start):
            label = f"{label} (geheel)"  # "3,4% van de 30.650 personeelsleden": all of them, beside 1.042
        place = _IN_PLACE.match(text, f.sentence.start)
        if place is None and f.figure.unit == "EUR":
            place = _BRACKET_NAMED.search(text, max(0, f.figure.span.start - _WINDOW), f.figure.span.start)
        if place is None and f.label.startswith(_AVERAGE_DURATION):
            place = _WHAT_LASTED.search(text, max(0, f.figure.span.start - _WINDOW), f.figure.span.start)
            if place is None:
                return None  # an average of nothing named beside one of something: which is the whole's?
        by_label.setdefault(f"{collapse(place[1])}: {label}" if place else label, []).append(f)
    if any(len({f.figure.value for f in group}) > 1 for group in by_label.values()) \
            or (went_to and (went_to < len(figures) or len({f.sentence.start for f in figures}) > 1)):
        return None
    return [replace(group[0], label=label) for label, group in by_label.items()]


_LATE_IN_THE_YEAR = 10  # a question asked in October or later may be answered in the next year


def find_sentence_figures(text: str, spans: Spans, regions: Sequence[tuple[int, int]], skip: Sequence[Span],
                          question: str = "", asked_of: Sequence[str] = (), asked_on: date | None = None
                          ) -> tuple[tuple[SentenceFigure, ...], tuple[Unread, ...]]:
    """Figures in the sentences of ``regions`` (``[start, end)`` offsets into ``text``: the answer's
    preamble and parts without their labels); ``skip`` are tables, read elsewhere. ``question`` is the
    question's text: the one period it names is that of a sentence that names no time and tells what
    was (``Er werden 48 aanvragen geweigerd.``), as for a table without periods; ``asked_of[n]`` is the
    text of the sub-questions region ``n`` answers (``3 en 4.`` answers 3 and 4), whose period comes first
    when they name a time ("Hoeveel zwerfkatten werden in 2022 gesteriliseerd?"). The period asked holds
    only when every period the sentences it frames name lies inside it (the part's for a sub-question's,
    the whole answer's for the question's): an answer that speaks of other times (a question's "in maart
    2020", an answer's "tot en met 30 juni 2020") may mean any of them. ``asked_on``, the question's date,
    tells what "vorig jaar" is: the year before it, for a question asked before October (answered within
    weeks, in the same year); later in the year the answer may fall in the next."""
    found: list[SentenceFigure] = []
    unread: list[Unread] = []
    early = asked_on is not None and asked_on.month < _LATE_IN_THE_YEAR
    last_year = str(asked_on.year - 1) if asked_on is not None and early else None
    named = cache(lambda: times_named(text, regions, skip, last_year))
    kinds = cache(lambda: defined_kinds(text))

    @cache
    def asked_in(n: int, sub: str) -> str | None:
        names, period = period_of(sub)
        if names:
            return framing(period, named().get(n, ()))
        return framing(first_period_named(question), {key for keys in named().values() for key in keys})

    carried = _Carried()
    for n, start, piece, work, cuts in worked(text, regions, skip):
        sub = asked_of[n] if n < len(asked_of) else ""  # the sub-questions this part answers
        if not _maybe_figures(work):
            continue
        # a noun only from the same part; the part before's last sentence only for "Daarvan werden er ..."
        carried = _Carried(period=carried.period, near=False,
                           last_of_part=replace(carried, last_of_part=None))
        for b0, b1 in cut_again(split_at(piece, SENTENCE_END), cuts):  # on the printed text: a blanked period
            # ends no sentence
            sentence = work[b0:b1]
            listing = _lists(piece[b0:b1], carried)
            if not _maybe_figures(sentence):
                periods = years_listed(piece[b0:b1], sentence, carried.periods)
                # "Voor 2021 bezorgden elf centrumsteden cijfers:": a lead-in naming one period, the figures
                # after it (a list, then "Het gemiddelde boetebedrag bedroeg 182 euro") of that period
                lead = sentence_period(piece[b0:b1]) if _OPENS_LIST.search(piece[b0:b1]) \
                    and HAS_DIGIT.search(sentence) else None
                # a heading, or a lead-in that opens its part ("2. In 2023 ontvingen de organisaties de
                # volgende subsidies:"): no figure of another time before it to slip from
                heads = lead is not None and (_HEADS_LIST.fullmatch(piece[b0:b1]) is not None
                                              or not carried.near)
                carried = _Carried(period=lead or carried.period, near=carried.near or lead is not None,
                                   periods=periods, listing=listing or heads,
                                   leads_in=lead is not None or (carried.leads_in and not sentence.strip()),
                                   day=only_day(piece[b0:b1]))  # (a table, blanked, leads on)
                continue
            if len(_DIGITS.findall(sentence)) > _MAX_NUMBERS:
                shown = spans.span(start + b0, start + min(b1, b0 + 4 * _WINDOW))
                unread.append(Unread(collapse(text[shown.start : shown.end]), TOO_MANY, shown))
                continue
            found_periods, masked = periods_of_sentence(piece[b0:b1], sentence, start + b0, last_year,
                                                      carried.period if carried.near else None)
            if "-" in sentence and kinds():  # "het jachtjaar 2023-2024", a year the answer defines
                found_periods = years_of_kind(piece[b0:b1], found_periods, start + b0, kinds())
            before = len(found)
            read = _sentence(text, masked, start + b0, spans, _Periods(found_periods), found, unread, carried,
                             lambda n=n, sub=sub: asked_in(n, sub), _AVERAGE.search(sub) is not None)
            if len(_CELL_LINE.findall(sentence)) > _MAX_CELL_LINES:  # its periods still carry on
                unread.extend(Unread(f.figure.printed, CELL_LINES, f.figure.span) for f in found[before:])
                del found[before:]
            # "- 2019: 58 projecten, ...; - 2020: 61 projecten, ...": the bullets of a list, one period each,
            # hand on their periods in order ("Er werden in die periode respectievelijk 142, 151, ...")
            if listing and _BULLET.match(piece[b0:b1]) and len(read.periods) == 1 \
                    and read.periods[0] not in carried.periods:
                read = replace(read, periods=(*carried.periods, *read.periods))
            carried = replace(read, listing=listing, leads_in=_OPENS_LIST.search(piece[b0:b1]) is not None,
                              day=only_day(piece[b0:b1]))
    read = _years_over(_marked_years(text, _one_per_cell(text, found, unread), unread), unread, asked_on,
                       text)
    return tuple(read), tuple(sorted(unread, key=lambda u: u.span.start))


# "- 2024(*): 39 projecten, € 5.204.800." over "(*) Stand op 30 september 2024; ...": a bullet's year carrying
# a footnote's marker
_MARKED_YEAR_BULLET = re.compile(r"[ \t]*[-•–▪][ \t]+((?:19|20)\d\d)[ \t]*"
                                 r"(\(\*+\)|\*+|\(\d\)|\((?-i:[a-d])\))[ \t]*:")
MARKED_YEAR = ("its bullet's year carries a footnote that does not say to which day of that year its figures "
               "run")
_NOTE_LOOKAHEAD = 1500  # how far under a bullet its footnote may stand (the rest of the list, a few lines)


def _marked_years(text: str, found: list[SentenceFigure], unread: list[Unread]) -> list[SentenceFigure]:
    """The figures of a bullet whose year carries a footnote's marker (``- 2024(*): 39 projecten``) keyed
    as the note under the list says that year runs (``(*) Stand op 30 september 2024``: 2024-01-01/
    2024-09-30), the marker kept, as a marked year in a table is; reported when no note under it says to
    which day of that year (the whole year would overstate them)."""
    kept: list[SentenceFigure] = []
    for read in found:
        at = read.figure.span.start
        line = text.rfind("\n", 0, at) + 1
        if text[line:at].lstrip(" \t")[:1] not in ("-", "•", "–", "▪") \
                or (m := _MARKED_YEAR_BULLET.match(text, line)) is None or m.end() > at \
                or read.period != m[1]:
            kept.append(read)
            continue
        note = re.search(rf"^[ \t]*{re.escape(m[2])}[ \t]*(\S.*)$", text[at : at + _NOTE_LOOKAHEAD],
                         re.MULTILINE)
        day = year_runs_to(note[1], m[1]) if note else None
        if day is None:
            unread.append(Unread(read.figure.printed, MARKED_YEAR, read.figure.span))
        elif (day.month, day.day) == (12, 31):
            kept.append(replace(read, figure=replace(read.figure, footnote=read.figure.footnote or m[2])))
        else:
            kept.append(replace(read, period=so_far_key(day),
                                figure=replace(read.figure, footnote=read.figure.footnote or m[2])))
    return kept


YEAR_NOT_OVER = "'nog' before a count of a year not over when the question was asked: what is still to come"


def _years_over(found: list[SentenceFigure], unread: list[Unread], asked_on: date | None, text: str
                ) -> list[SentenceFigure]:
    """The figures read, less those of a year still running on the question's date with "nog" before them
    in their sentence ("In 2024 komen er nog 6 lijnen bij", asked in January 2024): what is still to come
    that year, not a count of it; they are reported. A question asked in October or later may be answered
    in the next year, when its own year is over. A running year's figure without "nog" stays: an amount
    set for the year ("In 2023 bedraagt de dotatie ...") is that year's."""
    if asked_on is None:
        return found
    last_over = asked_on.year - (1 if asked_on.month < _LATE_IN_THE_YEAR else 0)
    kept = []
    for f in found:
        if A_YEAR.fullmatch(f.period) and int(f.period) > last_over \
                and _STILL.search(text, f.sentence.start, f.figure.span.start):
            said = collapse(text[f.sentence.start : f.sentence.end])
            unread.append(Unread(said, YEAR_NOT_OVER, f.figure.span))
        else:
            kept.append(f)
    return kept


_STILL = re.compile(r"\bnog\b", re.IGNORECASE)
