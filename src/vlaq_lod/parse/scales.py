"""A scale printed once for many figures: ``(in duizend euro)`` over a table, ``Overnachtingen (x 1.000)`` in
its header, ``Personeelskost (miljoen euro)`` as a row's label, ``bedragen in k€`` in the lead-in.

A cell under such a heading prints ``2.189.452`` for 2.189.452.000 euro. Published as printed, the figure
would be wrong by a factor of a thousand for anyone who reads the value without the heading, so the
value is multiplied, as a figure printed with its own scale word (``1,2 miljoen euro``) is, and the scale
is kept beside the printed digits. Only a scale *statement* counts: the words after ``in`` or an opening
bracket, never after a number (``2 miljoen euro`` is an amount) nor after ``per`` (``per 1.000 inwoners``
is a rate's base). A metric prefix on the ton (``(in kton CO2-eq)``, ``Uitstoot (Mt)``) is such a scale:
9.812,4 kton is 9812400 ton, published in ton with ``kton`` kept; a prefix on another unit is not
(``(in GWh)`` is a unit of its own, its figures published as printed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..model import Scale, Table, TableRow
from .lines import Line

# "(kEUR)", "(KEUR)": a thousand euro, the code's prefix glued on as on the sign ("k€")
_THOUSAND = (r"duizend(?:en)?|k(?=€|[ \t]*euro\b)|(?-i:[kK])(?=EUR(?!\w))|[x×][ \t]*1[. ]?000(?![. ]?\d)"
             r"|\(?'?000\)")
# "(M€)", "(MEUR)": mega-euro, a million euro, as "k€" is a thousand (a capital M only: "m" is no prefix of
# money); "(mio)", "(mln)", "(Mio EUR)" the words' abbreviations
_MILLION = r"miljoen(?:en)?|mio\.?|mln\.?|(?-i:M)(?=€|EUR(?!\w))|[x×][ \t]*1[. ]?000[. ]?000(?![. ]?\d)"
_BILLION = r"miljard(?:en)?|mld\.?|mrd\.?"  # "(Mrd €)": the German abbreviation, as printed
# "(in kton CO2-eq)", "Uitstoot (Mt)": a metric prefix on the ton is a scale of the ton, as "duizend ton" is
# (GWh, MWh, kWh are units of their own: no prefix of theirs is read as a scale). Case counts ("KT", "MT" are
# no masses); a gas after the ton ("CO2-eq", "CO2e") is part of the statement
_GAS = r"(?:[ \t]*CO2(?:[ \t]*-?[ \t]*eq(?:uivalent(?:en)?)?|e)?(?![\w]))?"
_KTON = rf"(?-i:kton|kt)(?:(?=CO2)|(?![\w])){_GAS}"
_MTON = rf"(?-i:Mton|Mt)(?:(?=CO2)|(?![\w])){_GAS}"
_UNIT = r"euro|eur|€|ton|m³|m3|kwh|mwh|gwh|km|kilometer|liter|overnachtingen"
# after "(" (with "in", "bedragen in", "euro," between, or the unit before a multiplier: "(TEU x 1.000)"),
# after "in", or a bare "x 1.000"/"k€" in a bracket
_STATEMENT = re.compile(
    rf"(?:\((?:(?P<pre>[^\W\d_]{{1,15}})[ \t]*,?[ \t]+(?=[x×][ \t]*1))?(?:[ \t]*(?:bedragen[ \t]+)?in[ \t]+)?"
    rf"(?:euro,[ \t]*)?|(?<![\w])in[ \t]+(?:euro,[ \t]*)?)"
    rf"(?:(?P<k>{_THOUSAND})|(?P<m>{_MILLION})|(?P<g>{_BILLION})|(?P<kt>{_KTON})|(?P<mt>{_MTON}))"
    rf"(?:[ \t]*(?P<unit>{_UNIT})(?![\w]))?",
    re.IGNORECASE)
_POWERS = {"k": 3, "m": 6, "g": 9, "kt": 3, "mt": 6}
# "[x 1.000 ton]", "[in k€]": a statement in square brackets, read as one in round brackets
_SQUARE = str.maketrans("[]", "()")


def scale_in(text: str) -> Scale | None:
    """The one scale ``text`` states; None when it states none, or two different ones (which figures each
    is of, it does not say). Square brackets are round ones (``[x 1.000 ton]``): the same statement."""
    text = text.translate(_SQUARE)
    found = {(_power(m), _unit(m)): m for m in _STATEMENT.finditer(text)
             if _ends_statement(text, m)}
    if len(found) != 1:
        return None
    (power, unit), m = next(iter(found.items()))
    return Scale(power, unit, m.group(0).lstrip("(").strip())


def _power(m: re.Match[str]) -> int:
    return next(power for name, power in _POWERS.items() if m.group(name))


def _unit(m: re.Match[str]) -> str | None:
    euro = ((m.group("unit") or m.group("pre") or "").lower() in ("euro", "eur", "€")
            or (m.group("k") or "").lower() == "k" or m.group("m") == "M" or "euro," in m.group(0).lower())
    return "EUR" if euro else None


def _ends_statement(text: str, m: re.Match[str]) -> bool:
    """A bracket holds a statement whatever stands around it (``(in miljoen m³ in situ)``,
    ``2021 (x 1.000)``); ``in duizend euro`` in running text only when a clause ends there and no number
    stands before it: ``in duizenden gezinnen`` is prose, ``in 2 miljoen euro`` an amount."""
    if m.group(0)[:1] == "(":
        return True
    ends = re.match(r"[ \t]*(?:[):,.;]|$)", text[m.end():], re.MULTILINE)
    return not _after_number(text, m.start()) and ends is not None


def _after_number(text: str, at: int) -> bool:
    """Whether the statement's first word follows a number (``2 miljoen euro``, ``1.200 k€``): an amount."""
    return bool(re.search(r"\d[\d.,]*[ \t]*$", text[:at]))


# A row that counts or shares is no amount: "(in duizend euro)" over "Aantal dossiers" leaves its counts be.
_COUNT_OR_SHARE_WORDS = r"\baantal\b|%|procent|\baandeel\b"
_NOT_AN_AMOUNT = re.compile(rf"{_COUNT_OR_SHARE_WORDS}|\bevolutie\b", re.IGNORECASE)
_AMOUNT = re.compile(r"bedrag|euro|budget|subsidie|kost|uitgave|ontvangst|opbrengst|krediet|middelen|"
                     r"vastlegging|vereffening|steun|premie|dotatie|investering|omzet|waarde", re.IGNORECASE)
# "in duizend ton", "kton", "Mt CO2-eq": a scale of a mass
_MASS = re.compile(r"\bton\b|(?-i:\b[kM]t(?:on)?(?:\b|(?=CO2)))", re.IGNORECASE)
_COUNT_OR_SHARE = re.compile(_COUNT_OR_SHARE_WORDS, re.IGNORECASE)
# "Hoeveelheid (ton)", "Vermogen (in kW)": a column that names a unit of its own, no sum of money, in brackets
_OWN_UNIT = re.compile(r"\((?:in[ \t]+)?(?:ton|kg|km|ha|m[²³23]|liter|[kMG]Wh?)\)", re.IGNORECASE)
_PLURAL = re.compile(r"[^\W\d_]{3,}(?:en|s)$")  # "Dossiers", "Projecten": a column of counts, most likely
UNSURE = ("a scale is printed above the table ({scale}), but not whether it covers this column "
          "({measure}): its figures could be amounts in thousands or counts")


# "(meur)", "(Meuro)", "(TEUR)": letters glued before euro in a bracket, as a scale's prefix is, that
# ``scale_in`` does not read ("(EUR)", "(in euro)" are a unit, no scale; "(M)", "(M/V)" name no euro at all;
# "(incl. €)", "(per €)" are words)
_UNTOLD = re.compile(r"\((?:in[ \t]+)?(?!(?:in|per)[ \t])[^\W\d_]{1,3}\.?[ \t]?(?:€|eur(?:o)?)\)",
                     re.IGNORECASE)
UNTOLD = ("the heading prints a scale of euro that is not read ({printed}): whether the figures are euro, "
          "thousands or millions of euro, the print does not say to this reader")


def untold_scale(text: str) -> str | None:
    """A bracket in ``text`` that looks like a scale of euro but is none that ``scale_in`` reads, as printed
    (``(meur)``): its column's figures may be a million times what they print, so they are reported. None
    when there is none, or the one there reads (``(MEUR)``, ``(k€)``)."""
    for m in _UNTOLD.finditer(text.translate(_SQUARE)):
        if scale_in(m[0]) is None:
            return m[0]
    return None


def scaled(table: Table, header: Sequence[Line], above: str) -> Table | str:
    """``table`` with the figures a scale statement covers multiplied (see the module's docstring), or the
    reason its figures are not read when the scale may or may not cover them.

    A row's own label states its row's scale, and then no scale above covers the other rows: a header cell
    that became a row's label (years as rows, measures as columns) is one column's. A table that holds one
    measure column of several takes the scale printed under that column's heading (``Reizigers`` over
    ``(mio)``), else the lead-in's: for a column of amounts or of other sums of money (``Initieel``,
    ``Vereffend``), never for counts or shares, and for a plural noun (``Dossiers``) no reading is sure.
    Any other table takes the scale its header lines or else the lead-in state, for every row but those of
    counts or shares when the scale is in euro or ton (a row's label is most often a place or a body, whatever
    its ending: ``Antwerpen`` is no plural noun). A scale of euro that does not read (``untold_scale``) leaves
    the table's figures unread."""
    untold = untold_scale(table.measure) if table.measure is not None else next(
        (found for text in ("\n".join(line.text for line in header), *(row.label for row in table.rows))
         if (found := untold_scale(text)) is not None), None)
    if untold is not None:
        return UNTOLD.format(printed=untold)
    own = [scale_in(row.label) for row in table.rows]
    named = _named_measures(above)
    if named is not None:  # the lead-in's lines, which the header's reach takes in, are read as the lead-in
        header = [line for line in header if line.text.strip() not in above]
    if any(own):
        outer = None
    elif table.measure is not None:
        # (a lead-in's line among the header's, ending in its colon, is the lead-in's: "De verdeling per
        # provincie (bedragen in duizend euro):" over "Dossiers" is under no column)
        outer = _under(table.measure, [line for line in header if not line.text.rstrip().endswith(":")])
        lead = scale_in(above) if outer is None else None
        if (outer or lead) is not None and (outer or lead).unit == "EUR" and _counted(
                table.measure, _beside(table.measure, header)):
            outer = None  # "Dossiers" beside "Subsidie": the scale of euro is the amounts'
        elif outer is None and lead is not None:
            covers = _covers(lead, table.measure, plural_unsure=True) if named is None \
                else _of_the_scaled(table.measure, *named)
            if covers is None:
                return UNSURE.format(scale=lead.printed, measure=table.measure)
            outer = lead if covers else None
    else:
        outer = scale_in("\n".join(line.text for line in header))
        if outer is None and (outer := scale_in(above)) is not None and named is not None:
            mine = [_of_the_scaled(row.label, *named) for row in table.rows]
            if None in mine:
                label = table.rows[mine.index(None)].label
                return UNSURE.format(scale=outer.printed, measure=label)
            own = [outer if yes else None for yes in mine]
            outer = None
    # years as rows: the labels are the columns' headings, and "Projecten" beside "Subsidie" counts (the
    # scale of euro is the amounts')
    counted = [outer is not None and outer.unit == "EUR" and table.layout == "years-as-rows"
               and _counted(row.label, " ".join(other.label for other in table.rows if other is not row))
               for row in table.rows]
    rows = tuple(row if count else scaled_row(row, scale or _row_scale(outer, row))
                 for row, scale, count in zip(table.rows, own, counted, strict=True))
    return table if rows == table.rows else replace(table, rows=rows)


# the lead-in's clause before its scale, split into the measures it names: "het aantal aanvragen, het aantal
# toegekende premies en het uitbetaalde bedrag (in duizend euro)"
_CLAUSE_START = re.compile(r".*(?:[.:;?!](?:[ \t\n]|$)|\()", re.DOTALL)
# (not "gebruikers- en toegangsbeheer": one word's two forms)
_MEASURES_APART = re.compile(r"[ \t]*,[ \t]*|(?<!-)[ \t]+en[ \t]+", re.IGNORECASE)
# "per sleutel", "opgesplitst per provincie": a breakdown, no measure
_BREAKDOWN = re.compile(r"(?:per|opgesplitst|uitgesplitst|opgedeeld)\b", re.IGNORECASE)
_LABEL_WORD = re.compile(r"[^\W\d_]{4,}")
_NO_MEASURE_WORDS = frozenset({"aantal", "voor", "naar", "door", "over", "zijn", "werd", "werden", "deze"})
_SAME_STEM = 6  # "uitbetaald" under "het uitbetaalde bedrag", "Toegekend" under "toegekende premies"


def _named_measures(above: str) -> tuple[list[frozenset[str]], int] | None:
    """The measures a lead-in names before its scale, as the words of each, and which one the scale follows,
    when that one is no count and another is (``het aantal aanvragen, het aantal toegekende premies en het
    uitbetaalde bedrag (in duizend euro)``): the scale is then that measure's own, not the counts' (the
    counts of a table under it were published a thousand times too large). None for any other lead-in
    (``De uitgaven voor personeel, werking en investeringen (in duizend euro)``: one measure in parts). A
    breakdown (``, per sleutel``) names no measure, nor does a word's second form after an elision
    (``gebruikers- en toegangsbeheer``), nor a name's last part written with a capital (``het aantal
    bezoeken ... bij het departement Cultuur, Jeugd en Media (x 1000)``: the scale follows a name, the
    lead-in names one measure)."""
    if scale_in(above) is None:
        return None
    m = next(m for m in _STATEMENT.finditer(above) if _ends_statement(above, m))
    before = above[: m.start()]
    start = _CLAUSE_START.match(before)
    items = [item for item in _MEASURES_APART.split(before[start.end() if start else 0:].strip())
             if item and not _BREAKDOWN.match(item)]
    if len(items) < 2 or items[-1][:1].isupper() or _COUNT_OR_SHARE.search(items[-1]) or not any(
            _COUNT_OR_SHARE.search(item) for item in items[:-1]):
        return None
    return [_words(item) for item in items], len(items) - 1


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _LABEL_WORD.findall(text)) - _NO_MEASURE_WORDS


def _of_the_scaled(label: str, measures: Sequence[frozenset[str]], scaled_one: int) -> bool | None:
    """Whether a column (or a row, the columns made rows) named ``label`` is the measure the lead-in's scale
    follows (``_named_measures``): its label shares a word's stem with that measure alone (``Uitbetaald``,
    ``het uitbetaalde bedrag``). False for one of the other measures, or a count or share by its own
    label; None when the label names none of them or several (which it is, the print does not say)."""
    own = {k for k, words in enumerate(measures)
           if any(_stem(w, v) for w in _words(label)
                  for v in words - frozenset().union(*(o for j, o in enumerate(measures) if j != k)))}
    if len(own) == 1:
        return own == {scaled_one} and not _COUNT_OR_SHARE.search(label)
    return False if not own and _COUNT_OR_SHARE.search(label) else None


def _stem(word: str, other: str) -> bool:
    """Whether two words share their stem: the shorter starts the longer, or their first ``_SAME_STEM``
    letters agree (``toegekend``, ``toegekende``)."""
    short = min(len(word), len(other))
    return word[:short] == other[:short] if short < _SAME_STEM else word[:_SAME_STEM] == other[:_SAME_STEM]


def _covers(scale: Scale, label: str, plural_unsure: bool) -> bool | None:
    """Whether a scale printed above a table covers the figures of a column or row named ``label``: a bare
    multiplier (``x 1.000``) covers all, one in ton all but counts and shares (``Aandeel (%)`` under
    ``(in kton)`` is no mass); one in euro covers amounts and sums of money (``Bedrag``, ``Initieel``), never
    counts, shares or a column naming a unit of its own (``Hoeveelheid (ton)`` under ``hoeveelheid in ton,
    waarde in duizend euro``); a plural noun (``Dossiers``: counted, or thousands of euro spent on them) is
    unsure (None) where ``plural_unsure``."""
    if scale.unit != "EUR":
        return not (_MASS.search(scale.printed) and _COUNT_OR_SHARE.search(label))
    if _NOT_AN_AMOUNT.search(label) or _OWN_UNIT.search(label):
        return False
    if _AMOUNT.search(label) or not _PLURAL.search(label.strip()):
        return True
    return None if plural_unsure else True


# "Dossiers", "Projecten", "Aanvragen": a heading of one word (a compound too) that names things counted
_COUNTED = re.compile(r"[^\W\d_]*(?:dossiers|projecten|aanvragen)", re.IGNORECASE)


def _counted(label: str, others: str) -> bool:
    """Whether a column headed ``label`` counts things (``Dossiers``, ``Projecten``: one word naming them, no
    sum of money in it) beside a column of amounts and no other count (``others``, the other columns'
    headings, name an amount, ``Subsidie``, and no ``Aantal``). A scale of euro over such a table is the
    amounts': 31 dossiers are no 31.000 euro. A heading of counted things with no amount beside it stays as
    it was read (``Onderzoeksprojecten`` under ``(in duizend euro)`` may well be the euro spent on them), and
    ``Dossiers`` beside ``Aantal`` and ``Bedrag`` is unsure (which of the two is the count?)."""
    return (_COUNTED.fullmatch(label.strip()) is not None and _AMOUNT.search(label) is None
            and _AMOUNT.search(others) is not None and _COUNT_OR_SHARE.search(others) is None)


def _beside(measure: str, header: Sequence[Line]) -> str:
    """The other headings on the header line that prints ``measure`` (``Provincie  Dossiers  Subsidie``),
    "" when no header line prints it."""
    line = next((line.text for line in header if measure in line.text), "")
    return line.replace(measure, " ", 1)


def _under(measure: str, header: Sequence[Line]) -> Scale | None:
    """The scale printed in the measure's heading or right under it (``Reizigers`` / ``(mio)``): in a line of
    the header, a statement that ends its line under the heading that ends its own, or one within the line
    whose printed columns overlap the measure's (a statement at a line's end in a header printed with single
    spaces sits under no column surely: ``met contract met contract (k€)`` is the last column's)."""
    if (own := scale_in(measure)) is not None:
        return own
    first = measure.split()[0] if measure.split() else ""
    heading = next((line for line in header if first and first in line.text), None)
    if heading is None:
        return None
    begin = heading.column + heading.text.index(first)
    end = begin + len(measure)
    last = heading.text.rstrip().endswith(measure.split()[-1])
    for line in header:
        if line is heading:
            continue
        text = line.text.translate(_SQUARE)
        for m in _STATEMENT.finditer(text):
            lo, hi = line.column + m.start(), line.column + m.end()
            ends_line = not text[m.end():].strip(" )")
            if (last and ends_line) or (not ends_line and lo < end and begin < hi):
                return scale_in(text[m.start():m.end() + 1])
    return None


def _row_scale(scale: Scale | None, row: TableRow) -> Scale | None:
    if scale is None or row.evolution_of is not None:
        return None
    return scale if _covers(scale, row.label, plural_unsure=False) else None


def scaled_row(row: TableRow, scale: Scale | None) -> TableRow:
    """The row's figures multiplied, but a cell printed with a unit of its own (``87,2%``, ``€ 1.500``,
    ``350 k€``): what it says of itself is not the heading's to change."""
    if scale is None:
        return row
    values = {period: replace(figure, value=figure.value.scaleb(scale.power), unit=scale.unit, scale=scale)
              if figure.value is not None and figure.unit is None else figure
              for period, figure in row.values.items()}
    return replace(row, values=values)
