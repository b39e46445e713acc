"""The periods a sentence names, and the working copy of an answer in which they are blanked out.

A figure in running text is published only when it is tied to exactly one period, so finding the periods
is half of reading a sentence: years, school years ``2021-2022``, spans ``2019-2021``, quarters, half years,
months, a stock's day (``op 1 januari 2024``), a year so far (``tot en met 31 mei``), the year before, and
the times that are no period of a figure (a decree's date, a term of office, a summer). ``sentences.py``
reads the figures; this module tells it when they are. Periods, dates, phone numbers and addresses are
blanked with spaces of the same length (``worked``), so every offset still points into ``Document.text``.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date

from ..model import Span
from .dates import dutch_date
from .periods import MONTHS, PART_OF_YEAR, month_number, part_of_year, short_school_year
from .table_context import PAGE_FOOTER, PAGE_NUMBER

YEAR = r"(?:19|20)\d{2}"
ANY_MONTH = "|".join(MONTHS)
_THROUGH = r"(?:en|tot\s+en\s+met|t\.e\.m\.|t/m)"  # an end that is included; a bare "tot" may not be
_THROUGH_ONLY = r"(?:tot\s+en\s+met|t\.e\.m\.|t/m)"
_DAY_RANGE = re.compile(  # "van 1 januari tot en met 30 september 2022": read before dates are blanked
    rf"\b(?:tussen|van(?:af)?)\s+(\d{{1,2}})\s+({ANY_MONTH})(?:\s+({YEAR}))?\s+{_THROUGH}\s+"
    rf"(\d{{1,2}})\s+({ANY_MONTH})\s+({YEAR})\b", re.IGNORECASE)
_MONTH_RANGE = re.compile(  # "van januari tot en met maart 2023", "de periode januari-juni 2024"
    rf"\b(?:(?:tussen|van(?:af)?)\s+({ANY_MONTH})(?:\s+({YEAR}))?\s+{_THROUGH}\s+|({ANY_MONTH})\s*[-\u2013]\s*)"
    rf"({ANY_MONTH})\s+({YEAR})\b", re.IGNORECASE)
# "In 2024 werden tot en met 31 mei 18.902 huishoudens uitbetaald": the year up to a day that is included,
# or to the end of a month ("In 2022 waren dat er tot eind september 902", "... t/m september ...");
# "Voor 2021 gaat het tot en met 31 mei om 241 inspecties" too: "before 2021 up to 31 May" says nothing
# (the words between are not blanked: "waren dat er" still says whose figure it is)
_YEAR_TO_DAY = re.compile(rf"\b(?:in|voor)\s+(?P<year>{YEAR})\s+(?P<between>(?:[^\W\d_]+\s+){{0,3}}?)"
                          rf"(?:{_THROUGH_ONLY}\s+(?P<day>\d{{1,2}})\s+(?P<month>{ANY_MONTH})|(?:tot\s+(?:en\s+met\s+)?"
                          rf"(?:het\s+)?einde?\s+(?:van\s+)?|{_THROUGH_ONLY}\s+)(?P<end>{ANY_MONTH}))\b"
                          rf"(?!\s+(?:19|20)\d\d)", re.IGNORECASE)
# "In de weken 1 tot en met 26 van 2024", "in week 12 van 2023": ISO weeks of a year (Monday to Sunday, week 1
# holding the year's first Thursday), the days from the first week's Monday to the last week's Sunday
# (2024-01-01/2024-06-30); the week numbers are no figures. No year after them: no period ("week 12": which?)
_WEEKS = re.compile(rf"\b(?:weken\s+(?P<first>\d{{1,2}})\s+(?:{_THROUGH_ONLY}|tot|-|\u2013)\s+|week\s+)"
                    rf"(?P<last>\d{{1,2}})\s+van\s+(?P<year>{YEAR})\b", re.IGNORECASE)
# "tot september", "tot half oktober": an end without its year whose day is not said, or not included; a
# time but no period ("In 2023 kwamen er tot september 1.756 bij": the whole year? reported)
_UNTIL_MONTH = re.compile(rf"\btot\s+(?:en\s+met\s+)?(?:(?:het\s+)?(?:begin|midden|half|eind|einde)\s+"
                          rf"(?:van\s+)?)?(?:{ANY_MONTH})\b(?!\s+(?:19|20)\d\d)", re.IGNORECASE)
_DAY_OF_MONTH = re.compile(rf"\b\d{{1,2}}\s+(?:{ANY_MONTH})\b", re.IGNORECASE)  # "van 1 januari tot ..."
# "- 2019 (vanaf 1 april): 1.106 leningen": a year whose bracket names its first or last day is that part
# of it (a bracket naming another year is a time but no period), also after an apposition without digits
# ("In 2022, het jaar van de lancering (vanaf 1 maart), waren dat er 9.417")
_APPOSITION = r"(?:,[^\d(),.;:!?]{1,60})?"  # ", het jaar van de lancering" between a year and its bracket
_YEAR_PART = re.compile(rf"(?<![\w.,/-])(?P<of>{YEAR}){_APPOSITION}[ \t]*{PART_OF_YEAR.pattern}",
                        re.IGNORECASE)
# ("liepen er op 1 januari 2021 ... 39.812 collectieve schuldenregelingen": under way that day, as after "Eind
# 2024 liepen er"; "liep" without "er" is an event: "de termijn liep op 1 maart af"; "Per saldo bleven op 31
# mei 2025 1.384 vacatures onvervuld": a state that held on the day)
_LEVEL_VERB = (r"\b(?:bedroeg|bedroegen|was|waren|lag|lagen|telde|telden|genoot|genoten|stond|stonden|"
               r"bleef|bleven|(?:liepen|liep)\s+er)")
# A stock on one day: "Op 30 juni 2023 stonden ...", "stand van de aanvragen op 1 januari 2024",
# "geven de toestand weer op 31 december 2021", and a level on the day right after its verb ("De gemiddelde
# huurprijs bedroeg op 31 december 2022 € 412,37"; "genoten op 1 januari 2023 ongeveer 452.000 gezinnen het
# sociaal tarief": a status held that day; "stonden op 1 januari 2024 ongeveer 6.900 woningen leeg": a state
# on the day). Only at the start of a sentence, after "(toe)stand" or
# such a verb: elsewhere a date ("sinds de invoering op 1 januari 2022") says when something happened, not
# what a figure counts. A name may stand between the verb and the day ("telde Vlaanderen op 1 januari 2023"),
# and a group before it at the start ("Van de laadpunten op 1 januari 2023 waren er 1.286 snelladers").
# "de situatie op 27 oktober 2022 als volgt", a count's day ("Bij de eerste telling in Antwerpen, op 28
# oktober 2021, ging het om ..."), and the day in digits: "stand op 31/12/2022", "Op 1.1.2024 liepen er nog
# 146 procedures", "Op 15/03/2022 was er ...", and "Op datum van 15 maart 2024 waren er ...", and the line
# "Peildatum: 1/1/2023" (the reference day) above a table of stocks.
_ON_DAY_AT = (rf"(?:(?:^\s*(?:van\s+(?:de|het|alle)\s+[^\W\d_]+\s+)?|(?<=:)\s+"
              rf"|\b(?:stand|toestand|situatie)(?:\s+[^\W\d_]+){{0,3}}?\s+"
              rf"|\btelling(?:\s+[^\W\d_]+){{0,3}}?,?\s+"
              rf"|^\s*(?:een|één)\s+jaar\s+(?:eerder|daarvoor|voordien),\s+"  # "Een jaar eerder, op 1 mei,"
              rf"|{_LEVEL_VERB}(?:\s+(?-i:[A-Z])[^\W\d_]+)?\s+)(?:op|per)\s+(?:datum\s+van\s+)?"
              r"|\bpeildatum\s*:?\s*(?:op\s+)?"  # "Peildatum: 1/1/2023": the day a stock is counted on
              # "Op vandaag (3 maart 2025) nemen 142 lokale besturen deel": today, its day in brackets
              r"|^\s*(?:op\s+)?(?:vandaag|heden|dit\s+moment|momenteel)\s*\(\s*(?:op\s+)?)")
_ON_DAY = re.compile(rf"{_ON_DAY_AT}(\d{{1,2}})\s+({ANY_MONTH})\s+({YEAR})\b", re.IGNORECASE)
# "Sinds de telling op 28 oktober 2021 werden ...", "Na de stand op ...": the count's day starts or ends what
# is counted, it is no stock's day
_FROM_THE_COUNT = re.compile(r"\b(?:sinds|sedert|vanaf|na|tot(?:\s+en\s+met)?)\s+(?:de|het)\s+"
                             r"(?:[^\W\d_]+\s+)?$", re.IGNORECASE)


def _counted_from(text: str, at: int) -> bool:
    """Whether the stock's day at ``at`` follows "Sinds de", "Na de" ...: then it starts or ends what is
    counted."""
    return _FROM_THE_COUNT.search(text[max(0, at - 40) : at]) is not None


# "Het project was op 1 maart 2023 klaar; er werden 412 aanvragen ingediend": the clause of the day's state
# ends before any figure, and the next clause says what happened, with no day of its own
_CLAUSE_ENDS = re.compile(r"[^\d;]*?(?:;|,\s+(?:en|maar|terwijl)\b)", re.IGNORECASE)


def _state_ends_first(text: str, end: int) -> bool:
    """Whether the clause of the stock's day ending at ``end`` ends before its first figure: the day is
    then a state's (a project ready, a desk closed), no day a later clause's figure was counted on."""
    return _CLAUSE_ENDS.match(text, end) is not None


_ON_DIGITS_DAY = re.compile(rf"{_ON_DAY_AT}(?P<day>\d{{1,2}})(?P<sep>[/.])(?P<month>\d{{1,2}})(?P=sep)"
                            rf"(?P<year>{YEAR})(?![\d/.]\d|/)", re.IGNORECASE)
# "Op 1 januari 2021 en 1 januari 2022 stonden er respectievelijk ...": a second day right after the first
# (which is blanked by then) is a stock's day too.
_AND_DAY = re.compile(rf"^\s*(?:,|en)\s+(\d{{1,2}})\s+({ANY_MONTH})\s+({YEAR})\b", re.IGNORECASE)
# "Eind 2022 waren er 412.806 actieve pashouders", "Eind maart 2024 bedroeg de wachttijd ...": at a sentence's
# start, the end of a year or month right before a verb of state is a stock on its last day (a state people
# are in too: "Eind 2023 werkten 4.318 doelgroepwerknemers in een LDE-initiatief", "woonden", "wachtten"; or
# a holding: "Eind 2023 verhuurden de woonmaatschappijen 169.418 sociale huurwoningen", "beheerden",
# "genoten"; projects under way: "Eind 2024 liepen er 34 landinrichtingsprojecten", "liep" or "liepen" with
# "er" only, "Eind 2022 liep de termijn af" is an event; what lay there: "Eind 2023 lagen er 6.912 km
# fietspaden", with "er" only);
# elsewhere, or before another verb ("Eind 2022 werden 412 aanvragen ingediend": when in late 2022?), it is a
# vague time.
_AT_END = re.compile(rf"(?:^|(?<=: ))\s*(?:eind|einde)\s+(?:(?:van\s+)?({ANY_MONTH})\s+)?({YEAR})"
                     rf"(?=\s+(?:waren|was|telde|telden|stonden|stond|hadden|had|bedroeg|bedroegen|werkten|werkte|"
                     rf"woonden|woonde|wachtten|wachtte|verhuurden|verhuurde|beheerden|beheerde|genoten|genoot|"
                     rf"(?:liepen|liep|lagen|lag)\s+er)\b)",
                     re.IGNORECASE)
# "De schuld bedroeg eind 2022 36,1 miljard euro": the end of a year or month between a verb of state and the
# level is that level's last day, as "bedroeg op 31 december 2022" is (the verb blanked with it, as there);
# not before other words ("Het budget was eind 2022 nog niet bekend; er werden 412 ...": no level then)
_VERB_AT_END = re.compile(rf"{_LEVEL_VERB}\s+(?:eind|einde)\s+(?:(?:van\s+)?({ANY_MONTH})\s+)?({YEAR})\b"
                          r"(?=\s+(?:(?:ongeveer|ruim|bijna|circa|zowat|gemiddeld|€)\s*)?\d)", re.IGNORECASE)
QUARTER_OF = re.compile(rf"\b(eerste|tweede|derde|vierde|laatste|[1-4](?:ste|de|e))\s+(?:kwartaal|trimester)"
                         rf"\s+(?:van\s+)?({YEAR})\b", re.IGNORECASE)
# "In het eerste en het tweede kwartaal van 2024", "het eerste, tweede en derde trimester van 2023":
# quarters listed under one year are each a period, in the order printed (one per "respectievelijk" number)
_ORDINAL = r"(?:eerste|tweede|derde|vierde|[1-4](?:ste|de|e))"
_QUARTERS_LISTED = re.compile(rf"\b{_ORDINAL}(?:\s*,\s*(?:het\s+)?{_ORDINAL})*\s+en\s+(?:het\s+)?"
                              rf"{_ORDINAL}\s+(?:kwartaal|trimester)\s+(?:van\s+)?({YEAR})\b", re.IGNORECASE)
_AN_ORDINAL = re.compile(_ORDINAL, re.IGNORECASE)
# "in Q4 2022", "kwartaal 2 van 2023": a quarter by its number, then its year
_QUARTER_NUMBER_OF = re.compile(rf"\b(?:(?-i:[QK])([1-4])|kwartaal\s+([1-4]))\s+(?:van\s+)?({YEAR})\b",
                                re.IGNORECASE)
HALF_OF = re.compile(rf"\b(eerste|tweede)\s+(?:semester|jaarhelft|helft|halfjaar)\s+(?:van\s+)?({YEAR})\b"
                      rf"|\b(?-i:H)([12])\s+({YEAR})\b", re.IGNORECASE)  # "H1 2023" too
# "In de eerste jaarhelft werden ...": a half year without its year is a time but no period (as a bare month)
_BARE_HALF = re.compile(rf"\b(?:eerste|tweede)\s+(?:semester|jaarhelft|helft|halfjaar)\b"
                        rf"(?!\s+(?:van\s+)?{YEAR})|\b(?-i:H)[12]\b(?!\s+{YEAR})", re.IGNORECASE)
# "In de eerste vijf maanden van 2023 werden al 38 premies toegekend": January to the end of the fifth month;
# the last months, weeks or days of a year are a time but no period (see ``_VAGUE``)
COUNT_WORDS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
                "tien": 10, "elf": 11}
_FIRST_MONTHS = re.compile(rf"\beerste\s+({'|'.join(COUNT_WORDS)}|\d{{1,2}})\s+(maanden|kwartalen)\s+"
                           rf"(?:van\s+)?({YEAR})\b", re.IGNORECASE)  # "eerste drie kwartalen van 2023" too
# "In 2021 werd tot nu toe één werk aangekocht": the year so far, to a day the answer does not print; a time
# but no period (the whole year would overstate it). Not a year that qualifies a noun ("Van de in 2021
# opgelegde boetes werd tot nu toe 84,6% geïnd": of the fines of 2021); "in" stays, it may open a clause.
SO_FAR_WORDS = r"tot\s+(?:nu|nog)\s+toe|tot\s+op\s+heden|tot\s+dusver|tot\s+op\s+(?:vandaag|dit\s+moment)"
_SO_FAR = re.compile(rf"(?<=\bin\s)(?<!\bde\sin\s)(?<!\bhet\sin\s)(?P<year>{YEAR})\s+"
                     rf"(?P<between>(?:[^\W\d_]+\s+){{0,3}}?)(?:{SO_FAR_WORDS})\b", re.IGNORECASE)
# "Tot op heden werden in 2022 14 werken aangekocht"
_SO_FAR_BEFORE = re.compile(rf"\b(?:{SO_FAR_WORDS})\s+(?P<between>(?:[^\W\d_]+\s+){{0,3}}?)"
                            rf"(?:in\s+)?{YEAR}\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"\b({ANY_MONTH})\s+({YEAR})\b", re.IGNORECASE)
# "In april en mei 2020", "januari, februari en maart 2021": months listed under one year are one span when
# they follow each other, never the last month alone; other months listed are a time but no period
_MONTH_LIST = re.compile(rf"\b(?:{ANY_MONTH})(?:\s*,\s*(?:{ANY_MONTH}))*\s+en\s+(?:{ANY_MONTH})\s+({YEAR})\b",
                         re.IGNORECASE)
_A_MONTH = re.compile(rf"\b(?:{ANY_MONTH})\b", re.IGNORECASE)
# "In mei werden 268 klachten ontvangen", "in januari en februari": a month without its year is a time but no
# period (not the year of the question or of the sentence before)
_BARE_MONTH = re.compile(rf"\b(?:{ANY_MONTH})\b(?!\s+{YEAR})", re.IGNORECASE)
# "In het vierde kwartaal ging het nog om 6.412 woningen", "In Q4 ...", under a table of 2022: a quarter
# without its year is a time but no period, as a bare month is (never the year the sentence before or the
# question names)
_BARE_QUARTER = re.compile(rf"\b(?:(?:eerste|tweede|derde|vierde|laatste|[1-4](?:ste|de|e))\s+"
                           rf"(?:kwartaal|trimester)|kwartaal\s+[1-4]|(?-i:[QK][1-4]))\b"
                           rf"(?!\s+(?:van\s+)?{YEAR})", re.IGNORECASE)
# "Tijdens de vorige legislatuur bedroeg de doorlooptijd nog 14 maanden", "deze regeerperiode": a government's
# term is a time whose years the text does not print; a time but no period (not the sentence before's year),
# unless an apposition right after it names the time meant ("Tijdens de vorige legislatuur, in het schooljaar
# 2017-2018, waren ...": that school year)
_TERM_OF_OFFICE = re.compile(r"\b(?:legislatu(?:ur|ren)|(?:regeer|bestuurs|beleids)periodes?)\b"
                             rf"(?!,\s+in\s+(?:het\s+(?:school|academie|werk)?jaar\s+)?{YEAR}\b)",
                             re.IGNORECASE)
_DATE = re.compile(
    rf"\b\d{{1,2}}\s+(?:{ANY_MONTH})\s+{YEAR}\b|\b\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:{YEAR}|\d{{2}})(?![\d/])",
    re.IGNORECASE)
_PHONE = re.compile(r"(?:\+32|(?<![\d.,])0)[ \t]?\d{1,3}(?:[ ./]\d{2,4}){2,4}(?![\d])")  # +32 2 553 1700
_ADDRESS = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|\b[\w.-]+\.(?:be|com|eu|org|nl|vlaanderen)\b\S*")
# "omzendbrief VR 2019/27", "BVR 2020/15": a text's number, its year and rank; no period (blanked only)
_TEXT_NUMBER = re.compile(rf"\b(?:omzendbrief|besluit|BVR|richtlijn|nota|beslissing)\s+(?:[A-Z]{{1,4}}\s+)?"
                          rf"{YEAR}/\d{{1,4}}\b", re.IGNORECASE)
# "het decreet van 2019", "artikel 5.62 van het Besluit Vlaamse Codex Wonen van\n2021", "het besluit van de
# Vlaamse Regering van 2021": the year names the text (its title's capitalised words or its maker may come
# between), never a figure's period, even wrapped over a line (blanked only; a text's full date is a day,
# ``_DATE``, no period either)
_LEGAL_TEXT = r"decreet|besluit|KB|BVR|wet|omzendbrief|verordening|codex"
# a text's title words before "van" and its time: "Besluit Vlaamse Codex Wonen van", "besluit van de Vlaamse
# Regering van"
_TITLED = r"(?:\s+van\s+de\s+Vlaamse\s+Regering|\s+(?-i:[A-Z][\w-]*)){0,6}?\s+van\s+"
_TITLE_YEAR = re.compile(rf"\b(?:{_LEGAL_TEXT}|richtlijn|"
                         rf"regeerakkoord|akkoord|nota|rapport|verslag|studie|enquête|plan|actieplan|conceptnota)"
                         rf"{_TITLED}(?:het\s+jaar\s+)?{YEAR}\b", re.IGNORECASE)
# "het Memorial Museum Passchendaele 1917 186.204", "de Spelen van Tokio 2020", "de Sportpeiling 2021": a year
# closing a name (a capitalised word before it, inside the sentence) names the museum, battle, event, plan or
# survey, not the time of the sentence's figures (the Games of Tokio 2020 were held in 2021); no period, its
# digits no figure (blanked only). A year after a lower-case word ("in 2023", "het jaar 2023") or opening the
# sentence ("In 2023 telde") is no name; nor is a year alone on its line below a word (a cell per line).
_NAMED_YEAR = re.compile(r"(?<=[a-zà-ÿ,)][ \t\n])(?P<named>[A-Z][a-zà-ÿ'-]+)"
                         r"(?:[ \t]+|[ \t]*\n[ \t]*(?=\d{4}[ \t]+\S))"
                         rf"(?P<year>{YEAR})"
                         r"(?![\w/-]|[.,]\d)")
# "het decreet van 22 december 2023", "de wet van 5 mei\n2019": the day a legal text was made names it, no
# time of the clause (blanked only, read before dates), unless the clause counts from it ("Sinds het
# decreet van 1 januari 2023 ...": a vague time, as "sinds 2023" is)
_TITLE_DAY = re.compile(rf"\b(?:{_LEGAL_TEXT}){_TITLED}\d{{1,2}}\s+(?:{ANY_MONTH})\s+{YEAR}\b", re.IGNORECASE)
# "volgens de voorlopige uitvoeringscijfers (x 1.000 euro):", "(in 1.000 euro)", "bedragen x 1.000": a scale
# stated for the figures that follow (a table's), never a figure itself; blanked only ("(in duizend euro)"
# has no digit to read)
_THOUSANDS = r"(?:€\s*)?1[. ]?000(?:[. ]?000)*"  # 1.000, 1.000.000, 1 000
SCALE_STATEMENT = re.compile(
    rf"\(\s*(?:[^\W\d_]{{1,15}}\s*,?\s+)?(?:(?:bedragen\s+)?in\s+|[x×]\s*){_THOUSANDS}(?![\d.,]\d)"
    rf"(?:\s*(?:euro|EUR|€))?\s*\)"
    rf"|(?<![\d.,][ \t])(?<![\w.,])[x×][ \t]*{_THOUSANDS}(?![\d.,]*\d)",  # not "3 x 1.000": a product
    re.IGNORECASE)
# "tussen 2014 en 2016", "van 2019 tot 2021", "de jaren 2019 tot en met 2021" (not "de jaren 2019 en 2021")
_SPAN_OF_YEARS = re.compile(
    rf"\b(?:(?:tussen|van)\s+({YEAR})\s+(?:en|tot(?:\s+en\s+met)?)|jaren\s+({YEAR})\s+"
    rf"(?:tot\s+en\s+met|t\.e\.m\.|t/m))\s+({YEAR})\b", re.IGNORECASE)
_YEAR_PAIR = re.compile(rf"(?<![\w.,/-])({YEAR})\s*[-–/]\s*({YEAR}|\d{{2}})(?![\w/]|[.,]\d)")
_LONE_YEAR = re.compile(rf"(?<![\w.,/-])({YEAR})(?![\w/-]|[.,]\d)")
# "In '22-'23 werden 9.412 aanvragen geweigerd": a school year with both years cut to two digits
_SHORT_PAIR = re.compile(r"(?<![\w'\u2019])['\u2019](\d{2})\s*[-\u2013]\s*['\u2019](\d{2})(?![\w'\u2019])")
# A year after these words is not a period of its own: "sinds 2019", "medio 2016", "september 2016"; nor
# after a holiday or season of it ("In de zomervakantie van 2022 waren dat er 151.000"): a part of the year
# whose days are not printed, so not the year's figure.
_VAGUE = re.compile(rf"(?:\b(?:sinds|sedert|vanaf|v[oó][oó]r|na|tot(?:\s+en\s+met)?|t\.e\.m\.|t/m|tegen|"
                    rf"begin|eind|einde|medio|midden|kwartaal|semester|trimester|helft|[^\W\d_]*maanden|weken|dagen|"
                    rf"zomer|winter|najaar|"
                    rf"voorjaar|(?:zomer|winter|kerst|paas|herfst|krokus|voorjaars|najaars)?vakantie|"
                    rf"(?:zomer|winter)(?:periode|maanden|reces)|"
                    rf"{ANY_MONTH}))(?:\s+(?:van|in))?(?:\s+het\s+jaar)?\s*$", re.IGNORECASE)
# A time after these words is what a figure is compared with, never its own period: "bijna 40% hoger dan in
# 2021" is a growth of the year after, "89% van het niveau van 2019" a share of 2021 against 2019.
# "evenveel als in 2021" too, not "zowel in 2021 als in 2022"; "hoger dan bij de telling van 2020" names
# the earlier count by a noun between.
_COMPARED = re.compile(
    r"(?:(?:\bdan|\b(?!zowel)(?:even|zo)\w*(?:\s+[^\W\d_]+)?\s+als)\s+(?:in|op|tijdens|over)|\bniveau\s+van|"
    r"\bdan\s+(?:bij|in|op|tijdens)\s+(?:de|het)\s+(?:[^\W\d_]+\s+){1,2}?(?:van|in|op)|"
    r"\bten\s+opzichte\s+van|\bt\.o\.v\.|\btegenover|\bvergeleken\s+met|\bin\s+vergelijking\s+met|\bversus|\bvs\.?)"
    r"(?:\s+(?:het|de))?(?:\s+(?:jaar|schooljaar|academiejaar|werkjaar|periode|(?:sport|winter|zomer)?seizoen|"
    r"winter|zomer))?\s*$", re.IGNORECASE)
# "Cijfers van publiq vzw voor 2023:": after the figures it names, "voor" is "for" that year, not "before".
_FIGURES_FOR = re.compile(r"\b(?:cijfers|gegevens|statistieken)\b[^.,;:\d]{0,40}?(?<!\bvan)\s+voor\s*$",
                          re.IGNORECASE)
# "In de winter 2022-2023": the one winter across those two years, keyed as a two-year row of winters in a
# table is (a bare "de winter 2022" may be its start or its end: vague)
_SEASON_OF_TWO = re.compile(r"\b(?:winter|winterseizoen|stookseizoen)\s+$", re.IGNORECASE)
# "Voor 2022 zien de cijfers er als volgt uit:": a lead-in whose year (after a plain "voor") the figures it
# names follow, up to its colon, is "for" that year too ("Vóór 2022 waren de cijfers lager." stays vague).
_VOOR = re.compile(r"\bvoor\s*$", re.IGNORECASE)
# "De subsidie bedroeg 4,1 miljoen euro voor 2022, 4,4 miljoen euro voor 2023": right after an amount in euro,
# a plain "voor" and a year is the amount "for" that year (a budget's), not "before" it, when the sentence
# lists two or more so (one alone, "bedroeg 1.200 euro voor 2022", may be "before")
_AMOUNT_FOR = re.compile(r"\d[\d.,]*(?:\s+(?:miljoen|miljard))?\s+euro\s+voor\s+$", re.IGNORECASE)
EURO_FOR_YEAR = re.compile(rf"(?:\d|\bmiljoen|\bmiljard)\s+euro\s+voor\s+{YEAR}\b", re.IGNORECASE)
_FIGURES_FOLLOW = re.compile(
    r"\s+(?:[^\W\d_]+\s+){0,8}?(?:de\s+)?(?:cijfers|gegevens|statistieken)\b[^.;:\d]*:", re.IGNORECASE)
# "Voor 2023 waren dat er respectievelijk 45.204 en 11.906", "Voor 2022 was dat 1.204": a year after a plain
# "voor" and right before "was/waren dat" restates the figures before for that year ("for"): "before 2023
# those were" is no way to tell of earlier years ("Vóór 2022 waren er geen cijfers" stays vague).
_THAT_FOLLOWS = re.compile(r"\s+(?:was|waren|bedroeg|bedroegen)\s+(?:dat|dit|het)\b", re.IGNORECASE)
A_DAY = re.compile(r"\d{4}-\d\d-\d\d")  # the key of one day
# A sentence ends at a full stop before a capital (or after a figure, before a year: "1.310. 2021 was";
# after a word of five letters or more, before a number: "... in een digibank. 61% van hen ..."; "ca. 40",
# "resp. 12" go on), a blank line, a bullet.
SENTENCE_END = re.compile(
    r"(?<=[.!?])\s+(?=[A-ZÀ-Þ\"'‘“(])|(?<=\d[.!?])\s+(?=(?:19|20)\d\d\b)|(?<=[a-zà-ÿ]{5}[.!?])\s+(?=\d)"
    r"|\n[ \t\f\u00a0]*\n"
    r"|\n(?=[ \t\f\u00a0]*[-•–▪*]\s)"
    # a line of a few words naming a year and ending in a colon heads what follows ("Noodhulp 2023:"), never
    # the end of a list entry above it
    r"|\n(?=[ \t\f\u00a0]*[A-ZÀ-Þ][^\n.:;]{0,60}?\b(?:19|20)\d\d[ \t]*:[ \t]*(?:\n|$))")


@dataclass(frozen=True)
class Period:
    key: str | None  # None: a time named too vaguely to be a period ("sinds 2019", "september 2016")
    start: int
    compared: str | None = None  # a comparison's reference ("hoger dan in 2021"), its key; then key is None


HAS_DIGIT = re.compile(r"\d")
_DIGIT_OR_TAL = re.compile(r"\d|tal\b")
A_YEAR = re.compile(YEAR)


def _blank(work: str, start: int, end: int) -> str:
    """``work`` with ``[start, end)`` turned to spaces (line breaks kept), every offset unchanged."""
    return _blank_all(work, [(start, end)])


def _blank_all(work: str, spans: Sequence[tuple[int, int]]) -> str:
    """``work`` with each of the ordered, disjoint ``spans`` blanked, in one pass (linear time)."""
    pieces, at = [], 0
    for start, end in spans:
        pieces += [work[at:start], _spaces(work[start:end])]
        at = end
    pieces.append(work[at:])
    return "".join(pieces)


def _spaces(text: str) -> str:
    """``text`` as spaces, its line breaks kept: line by line, not a regex substitution per character (a
    table blanked out of its part is hundreds of them)."""
    return "\n".join(" " * len(line) for line in text.split("\n"))


def _range_key(first: date, last: date) -> str | None:
    """The key of the days ``first`` to ``last``: whole calendar years as years (``2014-2016``), else
    ``2022-01-01/2022-09-30``; None when the range ends before it begins."""
    if last < first:
        return None
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return str(first.year) if first.year == last.year else f"{first.year}-{last.year}"
    return f"{first.isoformat()}/{last.isoformat()}"


def _day_range(m: re.Match[str]) -> str | None:
    try:
        first = date(int(m[3] or m[6]), month_number(m[2]), int(m[1]))
        last = date(int(m[6]), month_number(m[5]), int(m[4]))
    except ValueError:  # "31 september": no day, no period
        return None
    return _range_key(first, last)


def _year_to_day(m: re.Match[str]) -> str | None:
    year = int(m["year"])
    month = month_number(m["month"] or m["end"])
    try:
        last = date(year, month, int(m["day"]) if m["day"] else calendar.monthrange(year, month)[1])
    except ValueError:  # "31 april": no day, no period
        return None
    return _range_key(date(year, 1, 1), last)


def _weeks(m: re.Match[str]) -> str | None:
    """The days of ISO weeks ``first`` to ``last`` of ``year`` (see ``_WEEKS``); None for no such week."""
    year, last = int(m["year"]), int(m["last"])
    try:
        first = date.fromisocalendar(year, int(m["first"] or last), 1)
        return _range_key(first, date.fromisocalendar(year, last, 7))
    except ValueError:  # "week 53" of a year of 52 weeks
        return None


def _month_range(m: re.Match[str]) -> str | None:
    year, last_year, last_month = int(m[2] or m[5]), int(m[5]), month_number(m[4])
    last_day = calendar.monthrange(last_year, last_month)[1]
    return _range_key(date(year, month_number(m[1] or m[3]), 1), date(last_year, last_month, last_day))


def at_end(m: re.Match[str]) -> str | None:
    year = int(m[2])
    month = month_number(m[1]) if m[1] else 12
    return date(year, month, calendar.monthrange(year, month)[1]).isoformat()


def day_key(m: re.Match[str]) -> str | None:
    try:
        return date(int(m[3]), month_number(m[2]), int(m[1])).isoformat()
    except ValueError:
        return None


def _on_digits_day(m: re.Match[str]) -> str | None:
    try:
        return date(int(m["year"]), int(m["month"]), int(m["day"])).isoformat()
    except ValueError:  # "31/02/2023": no day, no period
        return None


_ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "laatste": 4}


def quarter_of(m: re.Match[str]) -> str | None:
    return f"{m[2]}-Q{_ORDINALS.get(m[1].lower()) or m[1][0]}"


def _quarters_listed(m: re.Match[str]) -> str | None:
    """The first of the quarters listed; ``_listed_quarters`` gives the others their own periods. Quarters
    out of order or named twice ("het tweede en het eerste kwartaal") are no list it can pair: None."""
    quarters = _listed_quarters(m)
    return f"{m[1]}-Q{quarters[0]}" if quarters else None


def _listed_quarters(m: re.Match[str]) -> list[int] | None:
    ordinals = [o.lower() for o in _AN_ORDINAL.findall(m[0])]
    quarters = [_ORDINALS.get(o) or int(o[0]) for o in ordinals]
    return quarters if quarters == sorted(set(quarters)) else None


def _later_quarters(m: re.Match[str], base: int, vague: bool) -> list[Period]:
    """The second and later quarters of a list, each a period where its ordinal is printed (so a
    "respectievelijk" list pairs them in order); no periods when the first is not one either."""
    quarters = _listed_quarters(m)
    ordinals = list(_AN_ORDINAL.finditer(m[0]))[1:]
    keys = [None if vague or quarters is None else f"{m[1]}-Q{q}" for q in (quarters or [0] * 5)[1:]]
    return [Period(key, base + m.start() + o.start()) for key, o in zip(keys, ordinals, strict=False)]


def _quarter_number_of(m: re.Match[str]) -> str | None:
    return f"{m[3]}-Q{m[1] or m[2]}"


def half_of(m: re.Match[str]) -> str | None:
    year, first = (m[2], m[1].lower() == "eerste") if m[1] else (m[4], m[3] == "1")
    return f"{year}-01-01/{year}-06-30" if first else f"{year}-07-01/{year}-12-31"


def _first_months(m: re.Match[str]) -> str | None:
    count = (COUNT_WORDS.get(m[1].lower()) or int(m[1])) * (3 if m[2].lower() == "kwartalen" else 1)
    if not 1 <= count <= 12:
        return None
    year = int(m[3])
    return _range_key(date(year, 1, 1), date(year, count, calendar.monthrange(year, count)[1]))


def _month_year(m: re.Match[str]) -> str | None:
    return f"{m[2]}-{month_number(m[1]):02d}"


def _month_list(m: re.Match[str]) -> str | None:
    months = [month_number(name) for name in _A_MONTH.findall(m[0])]
    if months != list(range(months[0], months[0] + len(months))):
        return None
    year = int(m[1])
    last = calendar.monthrange(year, months[-1])[1]
    return _range_key(date(year, months[0], 1), date(year, months[-1], last))


def _span_of_years(m: re.Match[str]) -> str | None:
    return f"{m[1] or m[2]}-{m[3]}"


def _year_pair(m: re.Match[str]) -> str | None:
    """``2019-2021`` is a span of years; ``2021-2022`` a school, academic or working year, keyed as the
    table reader keys it (``periods.read_period``): it has no dates, since where it starts is not said."""
    first, second = int(m[1]), int(m[2]) if len(m[2]) == 4 else int(m[1][:2] + m[2])
    if second == first + 1:
        return f"schooljaar-{first}-{second}"
    return f"{first}-{second}" if second > first else None


def _short_pair(m: re.Match[str]) -> str | None:
    return short_school_year(int(m[1]), int(m[2]))


def _lone_year(m: re.Match[str]) -> str | None:
    return m[1]


_BARE_UNTIL = re.compile(r"\(\s*tot\s+\d", re.IGNORECASE)


def _year_part(m: re.Match[str]) -> str | None:
    """``2019 (vanaf 1 april)``, ``2021 (tot en met 30 september)``: that part of the year; a bare ``tot``
    (is the day in?) is a time but no period in a sentence."""
    return None if _BARE_UNTIL.search(m[0]) else part_of_year(m["of"], m)


def _a_day(m: re.Match[str]) -> str | None:
    """A date is a time but no period: a clause naming one has no period of its own ("op 3 oktober
    2022 nog 48 klachten" counts one day, not the year of the sentence)."""
    return None


# "6,2 miljoen euro in 2022 (tot 30 september)", "in 2023 tot en met 31 mei", "in 2024 (t.e.m. 31/5)", "in
# 2023 tot nu toe": a year named after a figure and cut right after it (a bracket or words opening with an
# end or a start, a time so far); "van 12 in 2021 tot 18 in 2022" goes on to a level, no cut
_CUT_AFTER_YEAR = re.compile(rf"\s*(?:\([ \t]*(?:{_THROUGH_ONLY}|tot|vanaf|sinds|sedert)(?![\w/])|"
                             rf"(?:{_THROUGH_ONLY}|tot|vanaf|sinds)[ \t]+(?:\d{{1,2}}[ \t]+(?:{ANY_MONTH})\b|"
                             rf"\d{{1,2}}[/.]\d{{1,2}}\b|(?:het[ \t]+)?(?:begin|midden|half|eind|einde)\b|"
                             rf"(?:{ANY_MONTH})\b)|{SO_FAR_WORDS})", re.IGNORECASE)


def year_cut(text: str, year_at: int) -> tuple[bool, str | None]:
    """Whether the year printed at ``year_at`` (after a figure) is cut by what follows it, and the part of
    the year it is then cut to: ``2022 (tot en met 30 september)`` is 2022-01-01/2022-09-30 and ``in 2023 tot
    en met 31 mei`` 2023-01-01/2023-05-31, as a sentence reads them; a bare ``tot`` (is the day in?), a day
    in digits, a start or a time so far: a cut to no period (None), so the figure is reported, never the
    whole year's."""
    end = year_at + 4
    if not _CUT_AFTER_YEAR.match(text, end):
        return False, None
    if (part := _YEAR_PART.match(text, year_at)) is not None:
        return True, _year_part(part)
    opens = text.rfind("in", max(0, year_at - 8), year_at)
    to_day = _YEAR_TO_DAY.match(text, opens) if opens >= 0 else None
    if to_day is not None and to_day.start("year") == year_at:
        return True, _year_to_day(to_day)
    return True, None


# In this order: a year with a bracket naming its first or last day, ranges of days or months and a stock's
# day before dates; other dates are a vague time (no period of a figure); addresses, phone numbers, the
# year in a text's name ("het decreet van 2019") and a scale statement ("(x 1.000 euro)") are blanked only;
# then quarters, halves and months of a year, a month without its year and a government's term (vague),
# spans, pairs and lone years.
# "waarvan 1.806 voor de wateroverlast van november 2023 en januari 2024", "voor de storm van januari 2018":
# months after "voor de/het" and a noun name the event the figure is for, never its period (blanked only; the
# figure keeps the sentence's own time, "Op 30 juni 2024 waren nog 2.118 dossiers ..."); "voor de maanden
# november en december 2023", "voor de periode van januari tot en met maart 2023" name the time itself
_FOR_THE_EVENT = re.compile(r"\bvoor\s+(?:de|het)\s+(?:[^\W\d_]+\s+){0,2}?"
                            r"(?!(?:maand|maanden|periode|tijdspanne|kwarta(?:al|len)|jaar|jaren|weken|week|"
                            r"dagen|dag|trimester|semester|seizoen)\b)[^\W\d_]+\s+(?:(?:van|in|tijdens)\s+)?$",
                            re.IGNORECASE)
_PERIOD_STEPS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str | None] | None, bool], ...] = (
    (_TITLE_DAY, None, False),
    (_YEAR_PART, _year_part, False), (_DAY_RANGE, _day_range, False), (_MONTH_RANGE, _month_range, False),
    (_YEAR_TO_DAY, _year_to_day, False), (_WEEKS, _weeks, False), (_ON_DAY, day_key, False),
    (_ON_DIGITS_DAY, _on_digits_day, False),
    (_AND_DAY, day_key, False),
    (_AT_END, at_end, False), (_VERB_AT_END, at_end, False),
    (_DATE, _a_day, False), (_DAY_OF_MONTH, _a_day, False), (_UNTIL_MONTH, _a_day, False),
    (_SO_FAR, _a_day, False), (_SO_FAR_BEFORE, _a_day, False), (_FIRST_MONTHS, _first_months, True),
    (_ADDRESS, None, False), (_PHONE, None, False), (_TITLE_YEAR, None, False),
    (_TEXT_NUMBER, None, False), (SCALE_STATEMENT, None, False), (_NAMED_YEAR, None, False),
    (_QUARTERS_LISTED, _quarters_listed, True),
    (QUARTER_OF, quarter_of, True), (_QUARTER_NUMBER_OF, _quarter_number_of, True),
    (HALF_OF, half_of, True), (_MONTH_LIST, _month_list, True),
    (_MONTH_YEAR, _month_year, True), (_BARE_MONTH, _a_day, False), (_BARE_QUARTER, _a_day, False),
    (_BARE_HALF, _a_day, False),
    (_TERM_OF_OFFICE, _a_day, False),
    (_SPAN_OF_YEARS, _span_of_years, False), (_YEAR_PAIR, _year_pair, True), (_SHORT_PAIR, _short_pair, True),
    (_LONE_YEAR, _lone_year, True),
)
_SINCE = re.compile(r"\b(?:sinds|sedert|vanaf)\b", re.IGNORECASE)
# (a span, "voor de energiefacturen van 1 oktober 2022 tot en met 31 maart 2023", is the time they cover)
_MONTH_STEPS = (_MONTH_RANGE, _MONTH_LIST, _MONTH_YEAR)
_THROUGH_ONLY_IN = re.compile(rf"\b{_THROUGH_ONLY}|[-\u2013]", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[,;:.]\s")


def _clause_before(text: str, at: int) -> str:
    """The clause's words before ``at``, up to 60 characters: "Sinds de start van de oproepen in 2020"
    makes 2020 a start, not the period of what follows."""
    before = text[max(0, at - 60) : at]
    return _CLAUSE_MARK.split(before)[-1]


# "Vorig jaar werden 23 leningen opgezegd": the year before the answer's, which only the question's date tells
_LAST_YEAR = re.compile(r"\bvorig\s+jaar\b", re.IGNORECASE)


def _periods(text: str, work: str, base: int, last_year: str | None = None,
             earlier: str | None = None) -> tuple[list[Period], str]:
    """Every period (and vague time) in ``text``, and ``work`` with them blanked so their digits are
    no figures. A year after ``sinds``, ``medio``, a month ... is recorded as a vague time (key None).
    ``last_year`` is what "vorig jaar" means, when the question's date tells it (else it is no period);
    ``earlier`` the period of the sentence before, which "Een jaar eerder" counts back from when ``text``
    opens with it and names no other time ("In het schooljaar 2022-2023 ... . Een schooljaar eerder waren
    dat er nog 287.")."""
    found: list[Period] = []
    for pattern, key, may_be_vague in _PERIOD_STEPS:
        matches = list(pattern.finditer(work))
        for m in matches:
            if pattern in _MONTH_STEPS and "voor" in text \
                    and (pattern is not _MONTH_RANGE or _THROUGH_ONLY_IN.search(m[0]) is None) \
                    and _FOR_THE_EVENT.search(text, max(0, m.start() - 60), m.start()):
                continue  # the months of an event the figure is for
            if pattern is _TITLE_DAY and _SINCE.search(_clause_before(text, m.start())):
                found.append(Period(None, base + m.start()))  # "Sinds het decreet van 1 januari 2023"
            elif key is not None and _COMPARED.search(text[max(0, m.start() - 40) : m.start()]):
                found.append(Period(None, base + m.start(), compared=key(m)))
            elif key is not None:
                before = text[max(0, m.start() - 20) : m.start()]
                vague = may_be_vague and not (pattern is _YEAR_PAIR and _SEASON_OF_TWO.search(before)) \
                    and (_VAGUE.search(before) or _SINCE.search(_clause_before(text, m.start()))) \
                    and not _FIGURES_FOR.search(text[max(0, m.start() - 60) : m.start()]) \
                    and not (_VOOR.search(text[max(0, m.start() - 6) : m.start()])
                             and (_FIGURES_FOLLOW.match(text, m.end())
                                  or _THAT_FOLLOWS.match(text, m.end()))) \
                    and not _held_in_summer(text, m.start()) \
                    and not (pattern is _LONE_YEAR
                             and _AMOUNT_FOR.search(text, max(0, m.start() - 40), m.start())
                             and len(EURO_FOR_YEAR.findall(text)) > 1)
                vague = vague or (pattern in (_ON_DAY, _ON_DIGITS_DAY)
                                  and (_counted_from(text, m.start()) or _state_ends_first(text, m.end())))
                found.append(Period(None if vague else key(m), base + m.start()))
                if pattern is _QUARTERS_LISTED:
                    found += _later_quarters(m, base, vague)
        if matches:
            work = _blank_all(work, [span for m in matches for span in _time_words(m)])
    if last_year is not None and "orig jaar" in text:
        for m in _LAST_YEAR.finditer(text):
            vague = _VAGUE.search(text[max(0, m.start() - 20) : m.start()]) \
                or _SINCE.search(_clause_before(text, m.start()))
            found.append(Period(None if vague else last_year, base + m.start()))
    if any(word in text for word in ("eerder", "voordien", "daarvoor", "ervoor", "later", "nadien", "daarna",
                                     "erna", "daarop")):
        # "Een jaar eerder waren dat er 1.263.": the year before the sentence before's period; opening the
        # sentence, it never counts back from a time the sentence restates it by ("Een jaar eerder, op 1
        # januari 2023, waren er ...": 1 January 2023, not 2022)
        opens = _OPENS_BEFORE.match(text) is not None
        anchor = ([Period(earlier, base)] if earlier else []) if opens else found
        found += _year_before(text, anchor, base)
    return _same_part(text, _ends_compared(text, _ends_restated(text, found, base), base), base), work


# "158.213 vacatures in de eerste zes maanden van 2025, tegenover 171.932 in dezelfde periode van 2024": the
# year after "dezelfde periode" (month, quarter ...) names the same part of it as the sentence named before
_SAME_PART_OF = re.compile(r"\b(?:dezelfde|diezelfde|datzelfde|hetzelfde)\s+(?:periode|tijdspanne|"
                           r"maand(?:en)?|kwarta(?:al|len)|trimester|semester|jaarhelft|helft)\s+(?:(?:van|in)\s+)?"
                           r"(?:het\s+jaar\s+)?$", re.IGNORECASE)
_KEY_YEAR = re.compile(r"(?:19|20)\d\d")


def _same_part(text: str, found: list[Period], base: int) -> list[Period]:
    """A year after "in dezelfde periode van" keyed as the same part of that year as the one part of a year
    named before it in the sentence ("de eerste zes maanden van 2025" ... "2024": 2024-01-01/2024-06-30);
    never the whole year: with no such part before it (a whole year, a vague time, two parts), it is a
    vague time, so its figure is reported."""
    same: list[Period] = []
    for p in found:
        at = p.start - base
        if p.key is None or not _SAME_PART_OF.search(text, max(0, at - 60), at):
            same.append(p)
            continue
        before = {q.key for q in found if q.start < p.start and q.key is not None}
        same.append(replace(p, key=_part_in(before.pop(), p.key) if len(before) == 1 else None))
    return same


def _part_in(part: str, year: str) -> str | None:
    """``part`` (a quarter, month or range of days within one year) moved to ``year``; None when ``part``
    is no part of one year or ``year`` is no single year."""
    years = set(_KEY_YEAR.findall(part))
    days = days_of(part)
    if len(years) != 1 or not _KEY_YEAR.fullmatch(year) or days is None or part == next(iter(years)):
        return None
    moved = part.replace(next(iter(years)), year)
    if not calendar.isleap(int(year)):
        moved = moved.replace("-02-29", "-02-28")
    return moved if days_of(moved) is not None else None


# "In de eerste vijf maanden van 2023 (tot en met 31/05/2023)": a bracket naming the last day of the period
# just named says it again, no other time
_BRACKET_TO = re.compile(r"\(\s*(?:tot\s+en\s+met|t\.e\.m\.|t/m)\s*$", re.IGNORECASE)
_DAY_IN_DIGITS = re.compile(rf"(\d{{1,2}})[/.-](\d{{1,2}})[/.-]({YEAR})")
# "Oproep 2021 (toegekend op 17 december 2021)": a bracket naming the day a decision on the year's figures was
# taken; a day they were counted on ("(stand op ...)", "(geteld op ...)") is a stock's, never this
_BRACKET_DECIDED = re.compile(r"\(\s*(?:toegekend|goedgekeurd|beslist|besloten|gegund|ondertekend|"
                              r"bekendgemaakt)\s+op\s*$", re.IGNORECASE)


def _ends_restated(text: str, found: list[Period], base: int) -> list[Period]:
    """``found`` without the dates in a ``(tot en met ...)`` bracket that are the last day of the period named
    right before it, nor those in a ``(toegekend op ...)`` bracket inside the year named right before it: when
    within that year it was decided, no other time."""
    kept: list[Period] = []
    for p in sorted(found, key=lambda p: p.start):
        at = p.start - base
        before = kept[-1].key if kept else None
        if p.key is None and p.compared is None and before and _BRACKET_TO.search(text, max(0, at - 20), at) \
                and (days := days_of(before)) is not None and _day_named(text, at) == days[1]:
            continue
        if p.key is None and p.compared is None and before and A_YEAR.fullmatch(before) \
                and _BRACKET_DECIDED.search(text, max(0, at - 30), at) \
                and (day := _day_named(text, at)) is not None and str(day.year) == before:
            continue
        kept.append(p)
    return kept


def _day_named(text: str, at: int) -> date | None:
    """The day a date printed at ``at`` names (``31/05/2023``, ``31 mei 2023``); None for none."""
    try:
        if m := _DAY_IN_DIGITS.match(text, at):
            return date(int(m[3]), int(m[2]), int(m[1]))
        if m := _DATE.match(text, at):
            return dutch_date(m[0])
    except ValueError:
        return None
    return None


# "tegenover 31.206 in 2019", "vs. 31.206 in 2019", "versus 41.206 in 2022": the words that open a comparison
# with a figure of another time (every pattern below that names "tegenover" takes the others too)
VERSUS_WORD = r"(?:tegenover|vs\.?|versus)"
# "Eind 2022 waren er 127 digibanken, tegenover 84 eind 2021": after a stock at a year's (month's) end, the
# number it is compared with at another end is a stock on that day too, a share or an amount as well ("...,
# tegenover 58% eind 2022", "tegenover 32,8 miljard euro eind 2021"); elsewhere "eind 2021" is a vague time
_VERSUS_AT_END = re.compile(rf"\b{VERSUS_WORD}\s+(?:€\s*)?\d[\d.,]*\s*"
                            r"(?:%|procent|(?:(?:miljoen|miljard)\s+)?euro)?\s+(?:eind|einde)\s+(?:van\s+)?$",
                            re.IGNORECASE)
_END_NAMED = re.compile(rf"(?:({ANY_MONTH})\s+)?({YEAR})\b", re.IGNORECASE)
# "steeg van 94 eind 2019 tot 167 eind 2021": a change between two stocks, each at the end of a year or month
_AN_END = rf"(?:eind|einde)\s+(?:van\s+)?(?:(?:{ANY_MONTH})\s+)?{YEAR}\b"
# ("steeg van 306.412 eind 2021 naar ongeveer 412.000 eind 2022": a hedge may stand before either level)
_LEVEL_HEDGE = (r"(?:(?:ongeveer|circa|ca\.|bijna|ruim|nagenoeg|zowat|pakweg|krap|net\s+geen|meer\s+dan|"
                r"minder\s+dan|een\s+(?:kleine|goede|ruime))\s+)?")
END_TO_END = re.compile(rf"\bvan\s+{_LEVEL_HEDGE}(?:€\s*)?\d[\d.,]*\s+{_AN_END}\s+(?:tot|naar)\s+"
                        rf"{_LEVEL_HEDGE}(?:€\s*)?\d[\d.,]*\s+{_AN_END}", re.IGNORECASE)
# "tegenover 987 eind 2023 en 951 eind 2022": the stocks a comparison lists, each at the end it names
VERSUS_ENDS = re.compile(rf"\b{VERSUS_WORD}\s+(?:€\s*)?\d[\d.,]*\s+{_AN_END}(?:\s*(?:,|\ben\b)\s*(?:€\s*)?"
                          rf"\d[\d.,]*\s+{_AN_END})*", re.IGNORECASE)
END_BEFORE = re.compile(rf"\b{_AN_END}", re.IGNORECASE)
END_AFTER = re.compile(rf"\s+(?:eind|einde)\s+(?:van\s+)?(?:({ANY_MONTH})\s+)?({YEAR})\b", re.IGNORECASE)
_LEVEL_AT_END = re.compile(rf"\b(?:van|tot|naar)\s+{_LEVEL_HEDGE}(?:€\s*)?\d[\d.,]*\s+(?:eind|einde)\s+"
                           r"(?:van\s+)?$", re.IGNORECASE)
# "steeg van 1.406 op 1 januari 2023 tot 1.517 op 1 januari 2024": a change between two stocks, each counted
# on the day printed right after it (elsewhere a date is when something happened, no stock's day)
_DAY_NAMED = rf"(\d{{1,2}})\s+({ANY_MONTH})\s+({YEAR})\b"
DAY_TO_DAY = re.compile(rf"\bvan\s+{_LEVEL_HEDGE}(?:€\s*)?\d[\d.,]*\s+op\s+{_DAY_NAMED}\s+(?:tot|naar)\s+"
                        rf"{_LEVEL_HEDGE}(?:€\s*)?\d[\d.,]*\s+op\s+{_DAY_NAMED}", re.IGNORECASE)
DAY_AFTER = re.compile(rf"\s+op\s+{_DAY_NAMED}", re.IGNORECASE)
_DAY_AT = re.compile(_DAY_NAMED, re.IGNORECASE)
_LEVEL_ON_DAY = re.compile(rf"\b(?:van|tot|naar)\s+{_LEVEL_HEDGE}(?:€\s*)?\d[\d.,]*\s+op\s+$", re.IGNORECASE)
# "Op 1 januari 2025 waren er 612.408 abonnementen in omloop, tegenover 587.215 op 1 januari 2024": after a
# stock on a day, the number it is compared with on another day is a stock on that day too (elsewhere "op
# 1 januari 2024" after a number is when something happened: a vague time)
_VERSUS_ON_DAY = re.compile(rf"\b{VERSUS_WORD}\s+(?:€\s*)?\d[\d.,]*\s*"
                            r"(?:%|procent|(?:(?:miljoen|miljard)\s+)?euro)?\s+op\s+$", re.IGNORECASE)


def _ends_compared(text: str, found: list[Period], base: int) -> list[Period]:
    """``found`` with the vague ends after "tegenover <number> eind" read as days, in a sentence that opens
    with a stock at an end (``_AT_END``), or whose clause after a colon does ("De daling komt door de
    omschakeling: eind 2023 was 71% led, tegenover 58% eind 2022"), and the two ends of a change between
    stocks at ends (``van 94 eind 2019 tot 167 eind 2021``) or on days (``van 1.406 op 1 januari 2023 tot
    1.517 op 1 januari 2024``) read as those days; so is the day after "tegenover <number> op" in a sentence
    with a stock's day (``tegenover 587.215 op 1 januari 2024``)."""
    if END_TO_END.search(text):
        found = [Period(at_end(end), p.start)
                 if p.key is None and p.compared is None and _LEVEL_AT_END.search(text, max(0, at - 40), at)
                 and (end := _END_NAMED.match(text, at)) else p
                 for p in found for at in (p.start - base,)]
    if DAY_TO_DAY.search(text):
        found = [Period(day_key(day), p.start)
                 if p.key is None and p.compared is None and _LEVEL_ON_DAY.search(text, max(0, at - 40), at)
                 and (day := _DAY_AT.match(text, at)) else p
                 for p in found for at in (p.start - base,)]
    if _ON_DAY.search(text) or _ON_DIGITS_DAY.search(text):
        found = [Period(day_key(day), p.start)
                 if p.key is None and p.compared is None and _VERSUS_ON_DAY.search(text, max(0, at - 60), at)
                 and (day := _DAY_AT.match(text, at)) else p
                 for p in found for at in (p.start - base,)]
    if not _AT_END.search(text) and not _VERB_AT_END.search(text):
        return found
    read = []
    for period in found:
        at = period.start - base
        if period.key is None and period.compared is None \
                and _VERSUS_AT_END.search(text, max(0, at - 40), at) and (end := _END_NAMED.match(text, at)):
            period = Period(at_end(end), period.start)
        read.append(period)
    return read


_SUMMER_OF = re.compile(r"\bzomer\s+(?:van\s+)?$", re.IGNORECASE)
# an activity named after the summer: "zomerschool", "zomerkampen" (not the time itself: "zomervakantie")
_SUMMER_THING = re.compile(r"\bzomer(?!vakantie|periode|maand|seizoen|tijd|dag|week|avond|reces|semester)"
                           r"[^\W\d_]{3,}", re.IGNORECASE)


def _held_in_summer(text: str, at: int) -> bool:
    """``In de zomer van 2022 organiseerden 118 scholen een zomerschool``: the year after ``zomer van`` is the
    period of a sentence that counts an activity named after the summer, held in it only, so its summer's
    figures are its year's; in any other sentence the summer is a part of the year, a vague time."""
    return _SUMMER_OF.search(text, max(0, at - 20), at) is not None and _SUMMER_THING.search(text) is not None


def _time_words(m: re.Match[str]) -> tuple[tuple[int, int], ...]:
    """The spans of a period's match that name time, to blank: all of it but the words ``between`` its year
    and its end ("In 2022 waren dat er tot eind september")."""
    if "named" in m.re.groupindex:
        return (m.span("year"),)  # the name's words stay for the label
    if "between" not in m.re.groupindex or not m["between"]:
        return (m.span(),)
    return (m.start(), m.start("between")), (m.end("between"), m.end())


_YEARS = r"(?P<years>een|één|het|twee|drie|vier|vijf)"  # "een jaar eerder", "twee jaar later": how many
_YEAR_BEFORE = re.compile(rf"\b{_YEARS}\s+jaar\s+(?:eerder|voordien|daarvoor)\b", re.IGNORECASE)
# "In 2023 werden 1.106 darmkankers opgespoord; een jaar later waren dat er 1.148": the year after, as
# "een jaar eerder" is the year before; a school year, season, month ... later is a time without a period
_LATER = r"(?:later|nadien|daarna|erna|daarop)"
_YEAR_AFTER = re.compile(rf"\b{_YEARS}\s+jaar\s+{_LATER}\b", re.IGNORECASE)
_COUNT_OF_YEARS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5}
_TERM_AFTER = re.compile(r"\b(?:het|een|één)\s+(?:(?:school|academie)jaar|(?:sport)?seizoen|maand|kwartaal|"
                         rf"trimester|semester|week|dag)\s+{_LATER}\b", re.IGNORECASE)
# a season across two years ("In het seizoen 2022-2023 ..., tegenover ... het seizoen daarvoor") counts back
# as a school year does
_TWO_YEAR_TERM = r"(?:(?:school|academie)jaar|(?:sport)?seizoen)"
_SCHOOL_YEAR_BEFORE = re.compile(rf"\b(?:het|een|één)\s+{_TWO_YEAR_TERM}\s+(?:eerder|daarvoor|ervoor|"
                                 r"voordien)\b", re.IGNORECASE)
# a sentence that opens with the time before the one of the sentence before it
_OPENS_BEFORE = re.compile(rf"\s*(?:(?:het|een|één)\s+{_TWO_YEAR_TERM}|{_YEARS}\s+jaar)\s+"
                           rf"(?:eerder|daarvoor|ervoor|voordien|{_LATER})\b", re.IGNORECASE)
_SCHOOL_YEAR = re.compile(r"schooljaar-((?:19|20)\d\d)-((?:19|20)\d\d)")


def _year_before(text: str, found: list[Period], base: int) -> list[Period]:
    """"In 2023 werd 38,4 miljoen euro uitbetaald, tegenover 27,9 miljoen euro een jaar eerder": the same
    period a year before the one the sentence names (a year, quarter, month or day; "Op 1 januari 2023
    ... een jaar eerder" is 1 January 2022); "het schooljaar daarvoor" or "het seizoen daarvoor" after one
    school year or season is the one before it, after any other time a time without a period (which season
    comes before 2023?); nothing when it names a span, several, a vague time or none. ``Een jaar later``
    counts forward the same way; another time later (``een schooljaar later``) has no period."""
    later = [Period(None, base + phrase.start()) for phrase in _TERM_AFTER.finditer(text)]
    keys = {p.key for p in found}
    if len(keys) != 1 or not (key := keys.pop()):
        return later + [Period(None, base + phrase.start()) for phrase in _YEAR_AFTER.finditer(text)]
    if school := _SCHOOL_YEAR.fullmatch(key):
        before = f"schooljaar-{int(school[1]) - 1}-{int(school[2]) - 1}"
        return later + [Period(before, base + p.start()) for p in _SCHOOL_YEAR_BEFORE.finditer(text)]
    unknown = [Period(None, base + phrase.start()) for phrase in _SCHOOL_YEAR_BEFORE.finditer(text)]
    if not (dated := DATED.fullmatch(key)):
        return later + unknown + [Period(None, base + p.start()) for p in _YEAR_AFTER.finditer(text)]
    def moved(p: re.Match[str], sign: int) -> Period:  # 2023 -> 2022, 2023-01-01 -> 2022-01-01, 2023-Q2 ->
        years = _COUNT_OF_YEARS.get(p["years"].lower(), 1)  # 2022-Q2; "twee jaar later": 2023 -> 2025
        return Period(f"{int(dated[1]) + sign * years}{dated[2]}", base + p.start())

    return later + unknown + [moved(p, -1) for p in _YEAR_BEFORE.finditer(text)] \
        + [moved(p, 1) for p in _YEAR_AFTER.finditer(text)]


DATED = re.compile(r"((?:19|20)\d\d)(|-Q[1-4]|-\d\d|-(?!02-29)\d\d-\d\d)")  # a year, quarter, month or day


def first_period_named(*texts: str, elsewhere: str = "") -> str | None:
    """The one period the first of ``texts`` that names a time names (a heading, else the lines above a
    table, else the question), read as sentences are. A text naming a time that is no whole period
    ("tot en met 30 september 2023", "sinds 2019") or several periods decides too: None, and the
    texts after it are not asked, so a table under "(tot en met 30 september 2023)" never takes the
    year the question names. A text whose one time is the end of a range ("(tot en met 30 september
    2023)") takes the one range ``elsewhere`` (the rest of the answer, the question) names that ends on
    that day ("Van 1 januari tot en met 30 september 2023 werden ..."): the same count, to the same day."""
    for text in texts:
        names, period = period_of(text, elsewhere)
        if names:
            return period
    return None


def sentence_period(sentence: str) -> str | None:
    """The one period a sentence names, as its figures are read (a start and an included end as the range
    they bound: "Sinds de start op 14 maart tot en met 30 juni 2020"); None for none or several."""
    keys = {p.key for p in periods_of_sentence(sentence, sentence, 0)[0]}
    return keys.pop() if len(keys) == 1 else None


def names_time(text: str) -> bool:
    """Whether ``text`` names any time (a period, a date, a vague time): then it decides a table's period."""
    return period_of(text)[0]


def period_asked(question: str, answer: str) -> str | None:
    """The one period ``question`` names, when every period the sentences of ``answer`` name lies inside it:
    an answer that speaks of other times (the question's "in maart 2020", the answer's "tot en met 30 juni
    2020") may mean any of them."""
    period = first_period_named(question)
    if period is None:
        return None
    return framing(period, _keys_in(answer, answer, ()))


def period_of(text: str, elsewhere: str = "") -> tuple[bool, str | None]:
    """Whether ``text`` names a time, and the one period it names (None: no whole period, or several), as
    ``first_period_named`` reads each of its texts."""
    if not HAS_DIGIT.search(text):
        return False, None  # no year, no date: it names no time
    found, _ = _periods(text, text, 0)
    keys = {p.key for p in found}
    if keys == {None}:  # dates only: "de bedden zoals ze op 1 januari 2021 geregistreerd waren"
        return True, _day_of_count(text) or (_range_ending(text, elsewhere) if len(found) == 1 else None)
    if keys:
        if len(keys) == 1 and None not in keys:
            return True, keys.pop()
        return True, _day_in_its_year(text, keys) or _census_of_school_year(text, keys)
    return False, None


# "In de steden die in 2022 deelnamen, ...": a year in a relative clause names what takes part, not a time
# of the figures
_RELATIVE_YEAR = re.compile(rf"\b(?:die|dat|waar\w*)\s+(?:[^\W\d_]+\s+){{0,4}}?in\s+({YEAR})\s+"
                            rf"(?:[^\W\d_]+\s+){{0,2}}?[^\W\d_]+,", re.IGNORECASE)


def _day_in_its_year(text: str, keys: set[str | None]) -> str | None:
    """The stock's day of a table's context that names it beside a year in a relative clause, the day's own
    ("In de steden die in 2022 deelnamen, was de situatie op 27 oktober 2022 als volgt:"): that year only
    names what took part. None for any other set of times ("Toegekende premies in 2022, stand op
    31/12/2022": the year's premiums, counted up to that day, are no stock)."""
    days = [key for key in keys if key and A_DAY.fullmatch(key)]
    if len(days) != 1 or len(keys) != 2 or None in keys:
        return None
    (year,) = keys - {days[0]}
    relative = {m[1] for m in _RELATIVE_YEAR.finditer(text)}
    return days[0] if year in relative and days[0].startswith(f"{year}-") else None


# "volgens de telling op 1 februari 2023 (schooljaar 2022-2023)": the day a school year's pupils are counted
_CENSUS = re.compile(r"\b(?:telling|teldatum)\b", re.IGNORECASE)
# "telling 1 februari 2024 (schooljaar 2023-2024)": the count's day right after the word, without "op"
_CENSUS_DAY = re.compile(rf"\b(?:telling|teldatum):?\s+(\d{{1,2}})\s+({ANY_MONTH})\s+({YEAR})\b",
                         re.IGNORECASE)


def _census_of_school_year(text: str, keys: set[str | None]) -> str | None:
    """The school year a table's context names beside the day of its count, inside it ("In het schooljaar
    2020-2021 (telling op 1 februari 2021)"): the school year's count, as a table of school years "telling op
    1 februari van elk schooljaar" is. None without the word of a count: "Aanvragen in het schooljaar
    2022-2023, stand op 31 maart 2023" are the school year's so far, no whole school year's."""
    school = [m for key in keys if key and (m := _SCHOOL_YEAR.fullmatch(key))]
    day = _day_of_count(text)
    census = _CENSUS_DAY.search(text) if day is None and None in keys else None
    if census and len(_DATE.findall(text)) == 1:  # "telling 1 februari 2024": the only date, read as no key
        day = day_key(census)
        keys = keys - {None} | {day}
    if len(school) != 1 or len(keys) != 2 or day is None or day not in keys or not _CENSUS.search(text):
        return None
    first, second = school[0][1], school[0][2]
    return school[0][0] if f"{first}-09-01" <= day <= f"{second}-08-31" else None


_ENDS_ON = re.compile(rf"\b(?:tot\s+en\s+met|t\.e\.m\.|t/m)\s+(\d{{1,2}})\s+({ANY_MONTH})\s+({YEAR})\b",
                      re.IGNORECASE)


def _range_ending(text: str, elsewhere: str) -> str | None:
    """The one range of days ``elsewhere`` names that ends on the day ``text`` names as an end ("tot en met
    30 september 2023"); None when it names none or several."""
    end = _ENDS_ON.search(text)
    if end is None or not elsewhere:
        return None
    day = day_key(end)
    keys = {key for m in _DAY_RANGE.finditer(elsewhere) if (key := _day_range(m)) and key.endswith(f"/{day}")}
    return keys.pop() if len(keys) == 1 else None


# "op dinsdag 14 maart 2023": a weekday may name the day before its date; "het personeel per 1 januari 2024":
# "per" before a day says "as it stood on" that day, as "op" does
_WEEKDAY = r"(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag\s+)?"
_ON_A_DAY = re.compile(rf"\b(?:op|per)\s+{_WEEKDAY}(\d{{1,2}})\s+({ANY_MONTH})\s+({YEAR})\b", re.IGNORECASE)
# the same day in digits, with slashes or dots: "de personeelsinzet per kantoor op 31.12.2023"
_ON_A_DIGITS_DAY = re.compile(rf"\b(?:op|per)\s+(?P<day>\d{{1,2}})(?P<sep>[/.])(?P<month>\d{{1,2}})(?P=sep)"
                              rf"(?P<year>{YEAR})(?![\d/.]\d|/)")
# ("voor een persoonsvolgend budget op 1 januari 2024": "voor een" is "for a", never "before", the day the
# count's; "vóór" with its accent is "before" all the same)
_SINCE_OR_UNTIL = re.compile(r"\b(?:sinds|sedert|vanaf|tot|na|voor(?!\s+een\b)|v(?:ó[oó]|oó)r|tegen|"
                             r"uiterlijk)\b", re.IGNORECASE)


def _day_of_count(text: str) -> str | None:
    """The one day a table's context names with "op" when it names no other time ("zoals ze op 1 januari
    2021 geregistreerd waren", "per kantoor op 31.12.2023"): the day its figures were counted. A day after
    "sinds", "tot", "vanaf" ... in its clause is when something began or ends, not a count's day; two days
    are no one day."""
    days = {read(m) for pattern, read in ((_ON_A_DAY, day_key), (_ON_A_DIGITS_DAY, _on_digits_day))
            for m in pattern.finditer(text) if not _SINCE_OR_UNTIL.search(_clause_before(text, m.start()))}
    return days.pop() if len(days) == 1 else None


def only_day(sentence: str) -> str | None:
    """The day a sentence names with "op" when it names no other date ("hielden op 1 januari 2023 nog geen
    register bij"): the day a next sentence's "op die datum" points back to. With two dates ("startte op 1
    januari 2023 en liep tot 30 juni 2023") "die datum" may be either: None."""
    return _day_of_count(sentence) if len(_DATE.findall(sentence)) == 1 else None


# "Sinds de start van de subsidielijn in 2018 werd tot eind 2023 in totaal ...": a start and an end that is
# included (a bare "tot" before a day may not be), each a time but no period alone, together a range.
# The start may be a day ("Sinds de start van de verplichting op 23 november 2022 werden tot eind 2023 ..."),
# its year that of an end day when it names none: "Sinds de start op 14 maart tot en met 30 juni 2020"; an end
# month without its day is included to its last ("... op 1 juli 2021 werd tot en met september 2024 ...").
_SINCE_UNTIL = re.compile(
    rf"\b(?:sinds|sedert|vanaf)\s+(?:[^\W\d_][\w'’-]*\s+){{0,8}}?(?:(?P<day>\d{{1,2}})\s+(?P<month>{ANY_MONTH})"
    rf"(?:\s+(?P<dyear>{YEAR}))?|(?P<year>{YEAR}))\b[^.;:\d]{{0,80}}?(?:\btot\s+(?:het\s+)?einde?\s+(?:van\s+)?"
    rf"(?P<last>{YEAR})|(?:\btot\s+en\s+met|\bt\.e\.m\.|\bt/m)\s+(?:(?P<eday>\d{{1,2}})\s+)?(?P<emonth>{ANY_MONTH})\s+"
    rf"(?P<eyear>{YEAR}))\b", re.IGNORECASE)


def _since_until(text: str, found: list[Period]) -> list[Period]:
    """The sentence's two times, a start after ``sinds`` and an end after ``tot eind`` or ``tot en met``
    (``sinds 2019 ... tot eind 2022``), as the one range they bound; ``found`` unchanged when it names
    any other time, or the two do not stand so."""
    if len(found) != 2 or any(p.key is not None or p.compared for p in found) \
            or (m := _SINCE_UNTIL.search(text)) is None or not (m["dyear"] or m["year"] or m["eyear"]):
        return found  # "sinds 14 maart ... tot eind 2020": which year the start is in, is not said
    try:
        if m["last"]:
            last = date(int(m["last"]), 12, 31)
        else:
            year, month = int(m["eyear"]), month_number(m["emonth"])
            last = date(year, month, int(m["eday"]) if m["eday"] else calendar.monthrange(year, month)[1])
        first = date(int(m["dyear"] or m["eyear"]), month_number(m["month"]), int(m["day"])) if m["day"] \
            else date(int(m["year"]), 1, 1)
    except ValueError:
        return found
    key = _range_key(first, last)
    return [Period(key, found[0].start)] if key else found


def split_at(text: str, pattern: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    start = 0
    for m in pattern.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def all_before(earlier: Sequence[str | None], period: str) -> bool:
    """Every period of ``earlier`` ends before ``period`` starts; never for a school year, whose days are not
    said."""
    days = days_of(period)
    if days is None:
        return False
    return bool(earlier) and all(key is not None and (end := days_of(key)) is not None and end[1] < days[0]
                                 for key in earlier)


# "* voorlopig", "(1) ...", and a source line "Bron: Nationale Bank van België, berekeningen FIT"
_NOTE_LINE = re.compile(r"[ \t]*\n[ \t]*(?:\*{1,3}|\(\d{1,2}\)|\(\*\)|Bron\s*:)[ \t]*[^\W\d_][^\n]*")
_MAX_NOTES = 4


def _notes_under(piece: str, at: int) -> list[int]:
    """Where each footnote line right under a table (ending at ``at``) ends: a note ("* voorlopige cijfers,
    toestand op 15 oktober 2023") is a sentence of its own, not the start of the one under it."""
    ends = []
    while len(ends) < _MAX_NOTES and (note := _NOTE_LINE.match(piece, at)) is not None:
        at = note.end()
        ends.append(at)
    return ends


def cut_again(pieces: Iterator[tuple[int, int]], cuts: Sequence[int]) -> Iterator[tuple[int, int]]:
    """``pieces`` (sentences) cut again at each offset of ``cuts`` inside them (where a table starts or
    ends): a heading over a table and the sentence under it are no one sentence."""
    ordered = sorted(cuts)
    for b0, b1 in pieces:
        at = b0
        for cut in ordered[bisect.bisect_right(ordered, b0) : bisect.bisect_left(ordered, b1)]:
            yield at, cut
            at = cut
        yield at, b1


_DAYS = re.compile(r"(\d{4})(?:-(\d{4})|-Q([1-4])|-(\d\d)|-(\d\d)-(\d\d))?")


def days_of(key: str) -> tuple[date, date] | None:
    """The first and last day of a period's key (``2022``, ``2019-2021``, ``2022-Q2``, ``2022-03``, a day, a
    range ``2020-03-14/2020-06-30``); None for a school year, whose dates are not said."""
    if "/" in key:
        first, last = (days_of(end) for end in key.split("/", 1))
        return (first[0], last[1]) if first and last else None
    m = _DAYS.fullmatch(key)
    if m is None:
        return None
    year, last_year = int(m[1]), int(m[2] or m[1])
    first, last = (3 * int(m[3]) - 2, 3 * int(m[3])) if m[3] else (int(m[4]), int(m[4])) if m[4] else (1, 12)
    try:
        if m[5]:
            day = date(year, int(m[5]), int(m[6]))
            return day, day
        return date(year, first, 1), date(last_year, last, calendar.monthrange(last_year, last)[1])
    except (ValueError, calendar.IllegalMonthError):
        return None


def _within(key: str, frame: str) -> bool:
    """Whether the period ``key`` lies inside ``frame`` (a school year only inside itself)."""
    if key == frame:
        return True
    days, outer = days_of(key), days_of(frame)
    return days is not None and outer is not None and outer[0] <= days[0] <= days[1] <= outer[1]


# A page's number on the last line of its page, the next page's form feed after it: no text of the answer
# ("In 2022 bedroeg het aantal" / "3" / "\f412 aanvragen." counts 412, and the 3 is no figure), nor is a
# footer naming the page (``PAGE_FOOTER``: "1.102,8" / "pagina 2 van 3" counted 1.102,8 pages in held-out
# 902). Its line goes with the line breaks around it, so it leaves no blank line to end a sentence at.
_PAGE_NUMBER_LINE = re.compile(rf"\n[ \t]*(?:{PAGE_NUMBER.pattern}|(?i:{PAGE_FOOTER.pattern}))[ \t]*\n"
                               r"(?=[ \t\n]*\f)")
# "2023²: 5.210 imkers": a note's superscript marker glued onto a number is no digit of it (never "m²")
_SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
_GLUED_SUPERSCRIPT = re.compile(rf"(?<=\d)[{_SUPERSCRIPTS}]+")
# "- Rode Kruis Vlaanderen (Oekraïne, winterhulp): € 800.000" over "In 2023 ging in totaal ...": a list entry
# with a number ends at its line when the next opens with a capital, though no stop ends it
_BULLET_BEFORE_CAPITAL = re.compile(r"(?m)^[ \t\f]*[-•–▪*][ \t][^\n]*\d[^\n]*\n(?=[ \t\f]*[A-ZÀ-Þ])")


def worked(text: str, regions: Sequence[tuple[int, int]], skip: Sequence[Span]
            ) -> Iterator[tuple[int, int, str, str, list[int]]]:
    """Each region with digits as ``(n, start, piece, work, cuts)``: its text without its pages' numbers, the
    text with the tables of ``skip`` blanked too, and where the sentences are cut (a table starts or ends, a
    footnote under it ends)."""
    for n, (start, end) in enumerate(regions):
        piece = text[start:end]
        if not _DIGIT_OR_TAL.search(piece):
            continue
        if "\f" in piece:
            piece = _PAGE_NUMBER_LINE.sub(lambda m: " " * len(m[0]), piece)
        if any(c in piece for c in _SUPERSCRIPTS):  # rare; the regex looks behind every character
            piece = _GLUED_SUPERSCRIPT.sub(lambda m: " " * len(m[0]), piece)
        work = piece
        cuts = []  # a table ends the sentence before it, and the text after it starts a new one
        for table in skip:
            if table.start < end and table.end > start:
                cuts += [max(table.start, start) - start, min(table.end, end) - start]
                work = _blank(work, cuts[-2], cuts[-1])
                cuts += _notes_under(piece, cuts[-1])
        cuts += [m.end() for m in _BULLET_BEFORE_CAPITAL.finditer(piece)]
        yield n, start, piece, work, cuts


# "In januari 2025 meldden 1.214.806 burgers zich aan, in februari 1.108.412 en in maart 1.176.390": a month
# named without its year, right before its number, after "in" and "," or "en"
_MONTH_GOES_ON = re.compile(rf"(?:,|\ben)\s+in\s+({ANY_MONTH})\s+(?=(?:€\s*)?\d)", re.IGNORECASE)
_A_MONTH_KEY = re.compile(r"((?:19|20)\d\d)-(\d\d)")


def _months_go_on(text: str, found: list[Period], base: int) -> list[Period]:
    """``found`` with each bare month that continues a list of months after "month year" ("In juli 2024
    waren er 5.402.118 overnachtingen, in augustus 5.731.906") in that year: the sentence's one month of a
    year comes first and the later months follow it in the same year (a month before it, "in december"
    after "januari 2025", may be of the year before: it stays no period)."""
    months = [p for p in found if p.key is not None and _A_MONTH_KEY.fullmatch(p.key)]
    if len({p.key for p in months}) != 1 or len(months) != len([p for p in found if p.key is not None]):
        return found
    first = months[0]
    year, month = _A_MONTH_KEY.fullmatch(first.key or "").groups()
    goes_on = {base + m.start(1): month_number(m[1]) for m in _MONTH_GOES_ON.finditer(text)}
    read: list[Period] = []
    for p in found:
        later = goes_on.get(p.start, 0)
        if p.key is None and p.compared is None and p.start > first.start and later > int(month):
            read.append(replace(p, key=f"{year}-{later:02d}"))
        else:
            read.append(p)
    return read


def periods_of_sentence(piece: str, work: str, base: int, last_year: str | None = None,
                      earlier: str | None = None) -> tuple[list[Period], str]:
    """The periods of one sentence (``piece`` as printed, ``work`` with tables blanked, at offset ``base``),
    a start and an included end (``sinds 2019 ... tot eind 2022``) read as the range they bound; and
    ``work`` with them blanked. ``last_year`` and ``earlier`` are as for ``_periods``."""
    found, work = _periods(piece, work, base, last_year, earlier)
    return _since_until(piece, _months_go_on(piece, found, base)), work


@dataclass(frozen=True)
class _Named:
    key: str
    versus: bool = False  # the year of a figure compared with ("tegenover 291 in 2019"), not of the answer's


# "In totaal gaat het om 238 meldingen, tegenover 291 in 2019.": a year right after "tegenover" and a figure;
# "In heel 2020 was dat 41,3%.": a year whose figure is "dat", the measure of the sentence before
_VERSUS_FIGURE = re.compile(rf"\b{VERSUS_WORD}\s+(?:€\s*)?\d[\d.,]*(?:\s+[^\W\d_]+){{0,2}}?\s+(?:in|op)\s+$",
                            re.IGNORECASE)
_YEAR_THAT_WAS = re.compile(rf"{YEAR}\s+(?:was|waren|bedroeg|bedroegen)\s+(?:dat|dit)\b", re.IGNORECASE)


def _compared_at(piece: str, at: int, start: int) -> bool:
    """Whether the period at ``at`` of ``piece`` (its sentence starting at ``start``) only dates a figure
    compared with (see ``_VERSUS_FIGURE``, ``_YEAR_THAT_WAS``)."""
    return _VERSUS_FIGURE.search(piece, max(start, at - 60), at) is not None \
        or _YEAR_THAT_WAS.match(piece, at) is not None


def framing(period: str | None, named: Iterable[_Named]) -> str | None:
    """``period`` (the one a question names) when every period of ``named`` lies inside it, or before it as
    the year of a figure compared with (``tegenover 291 in 2019``, ``In 2019 was dat 41,3%``, asked about
    2020: the answer's other figures are still of 2020), else None."""
    return period if period is not None and all(
        _within(n.key, period) or (n.versus and all_before([n.key], period)) for n in named) else None


def _keys_in(piece: str, work: str, cuts: Sequence[int], last_year: str | None = None) -> set[_Named]:
    """Every period the sentences of ``piece`` name (``work``: it with its tables blanked; ``cuts``: where
    its sentences are cut besides; ``last_year``: what "vorig jaar" means), "Een jaar eerder" counted back
    from the one period of the sentence before; each marked when it is a compared figure's."""
    keys: set[_Named] = set()
    earlier: str | None = None
    for b0, b1 in cut_again(split_at(piece, SENTENCE_END), cuts):
        if HAS_DIGIT.search(work, b0, b1):
            found = periods_of_sentence(piece[b0:b1], work[b0:b1], 0, last_year, earlier)[0]
            keys.update(_Named(p.key, _compared_at(piece, b0 + p.start, b0)) for p in found if p.key)
            named = {p.key for p in found}
            earlier = named.pop() if len(named) == 1 else earlier if not named else None
    return keys


def times_named(text: str, regions: Sequence[tuple[int, int]], skip: Sequence[Span],
                 last_year: str | None = None) -> dict[int, set[_Named]]:
    """Every period the sentences of each region name (tables aside), by the region's number."""
    return {n: _keys_in(piece, work, cuts, last_year)
            for n, _, piece, work, cuts in worked(text, regions, skip)}


def years_listed(piece: str, work: str, earlier: tuple[str, ...]) -> tuple[str, ...]:
    """The distinct periods, in order, of a sentence that holds no figure but names several times ("Het
    aantal opgravingen nam toe, vooral in 2019 en 2020."), for a "respectievelijk" in the next sentence;
    ``earlier`` when it names fewer than two years; none when a time among them is vague."""
    if len(A_YEAR.findall(work)) < 2:
        return earlier
    named = [p.key for p in sorted(periods_of_sentence(piece, work, 0)[0], key=lambda p: p.start)]
    return tuple(named) if None not in named and len(set(named)) == len(named) else ()


# "Het jachtjaar loopt van 1 juli tot en met 30 juni van het volgende jaar", "(*) Een hydrologisch jaar loopt
# van 1 oktober tot en met 30 september van het jaar daarop": a kind of year the answer defines by its days
_KIND_WORD = r"[^\W\d_]{3,}jaar|hydrologisch\w*\s+jaar"
_DEFINED_KIND = re.compile(rf"\b(?:het|een)\s+({_KIND_WORD})\s+(?:loopt|start|begint|gaat)\s+van\s+"
                           rf"(\d{{1,2}})\s+"
                           rf"({ANY_MONTH})\s+(?:tot\s+en\s+met|t\.e\.m\.|t/m|tot)\s+(\d{{1,2}})\s+({ANY_MONTH})\b",
                           re.IGNORECASE)
# "in het jachtjaar 2023-2024": the kind of year right before a pair of years
_KIND_BEFORE = re.compile(rf"\b({_KIND_WORD})\s+$", re.IGNORECASE)
# the kinds that run as a school year does (its key: "schooljaar-2023-2024"), and a season's year ("Een
# winterjaar loopt van 1 juli tot en met 30 juni"), which stays a season as in a table's rows of winters
_SCHOOL_KINDS = frozenset(("schooljaar", "academiejaar", "werkjaar", "leerjaar", "cursusjaar",
                           "opleidingsjaar", "winterjaar", "zomerjaar", "seizoensjaar", "stookjaar"))
_SCHOOL_KEY = re.compile(r"schooljaar-((?:19|20)\d\d)-((?:19|20)\d\d)")
_KIND_WORDS_USED = re.compile(r"\b(?:school|academie|werk)jaar", re.IGNORECASE)


def _kind(word: str) -> str:
    """One name for a kind of year however it is inflected ("hydrologische jaar": "hydrologisch jaar")."""
    return re.sub(r"e?\s+jaar$", " jaar", " ".join(word.lower().split()))


def defined_kinds(text: str) -> dict[str, tuple[int, int, int, int]]:
    """The kinds of year ``text`` defines by their days (see ``_DEFINED_KIND``), each as (first day, its
    month, last day, its month); a kind defined twice with other days is left out. Under "" the days of a
    pair of years named bare: those of the one kind defined, in a text that names no school year."""
    if "jaar" not in text or " van " not in text:
        return {}
    kinds: dict[str, tuple[int, int, int, int] | None] = {}
    for m in _DEFINED_KIND.finditer(text):
        days = (int(m[2]), month_number(m[3]), int(m[4]), month_number(m[5]))
        kind = _kind(m[1])
        kinds[kind] = days if kinds.get(kind, days) == days else None
    defined = {kind: days for kind, days in kinds.items() if days is not None and kind not in _SCHOOL_KINDS}
    if len(kinds) == 1 and len(defined) == 1 and not _KIND_WORDS_USED.search(text):
        defined[""] = next(iter(defined.values()))
    return defined


def _kind_key(first: int, days: tuple[int, int, int, int]) -> str | None:
    """The days of the year of a kind that starts in ``first`` and ends in the year after, when ``days`` make
    one such year (a year long, ending the day before it starts); None otherwise."""
    try:
        start, end = date(first, days[1], days[0]), date(first + 1, days[3], days[2])
    except ValueError:
        return None
    if end.toordinal() - start.toordinal() + 1 not in (365, 366):
        return None
    return f"{start.isoformat()}/{end.isoformat()}"


def years_of_kind(piece: str, found: list[Period], base: int,
                  kinds: dict[str, tuple[int, int, int, int]]) -> list[Period]:
    """``found`` with each pair of years read as a school year (``schooljaar-2023-2024``) keyed by the days
    of the kind of year the text names before it ("het jachtjaar 2023-2024": 2023-07-01/2024-06-30, when the
    answer says "Het jachtjaar loopt van 1 juli tot en met 30 juni"; ``kinds``: see ``defined_kinds``): a
    year of another kind than a school year's, whose days are not given, is no period (its figures are
    reported). A pair named bare is of the kind under "" in ``kinds``, if any."""
    if not any((p.key or p.compared or "").startswith("schooljaar-") for p in found):
        return found
    read: list[Period] = []
    for p in found:
        key = p.key or p.compared
        school = _SCHOOL_KEY.fullmatch(key) if key else None
        if school is None:
            read.append(p)
            continue
        kind = _KIND_BEFORE.search(piece, max(0, p.start - base - 40), p.start - base)
        name = _kind(kind[1]) if kind is not None else None
        if name in _SCHOOL_KINDS or (name is None and "" not in kinds):
            read.append(p)
            continue
        days = kinds.get(name or "")
        new = _kind_key(int(school[1]), days) if days is not None else None
        read.append(replace(p, key=new) if p.key else replace(p, compared=new))
    return read
