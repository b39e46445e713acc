"""A scale printed once for a table or a row (``(in duizend euro)``, ``(x 1.000)``, ``Bedrag (k€)``): the
figures under it are published in their unit, the printed digits kept beside. Each answer is written in the
real format for this test; every expected value is typed from the printed text times the printed scale."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from parse_expect import answer, grid
from vlaq_lod.parse.scales import scale_in


@pytest.mark.parametrize(("text", "power", "unit"), [
    ("1. Ontvangsten van de gewestelijke belastingen (in duizend euro):", 3, "EUR"),
    ("Overnachtingen (x 1.000)      2019       2020", 3, None),
    ("Personeelskost (miljoen euro)", 6, "EUR"),
    ("Tabel 1: winwinleningen per provincie (bedragen in k€)", 3, "EUR"),
    ("werkingssubsidies (in euro, x 1.000):", 3, "EUR"),
    ("De inkomsten van VLAM per bron, in miljoen euro:", 6, "EUR"),
    ("(in miljoen m³ in situ), havens en toegangsgeulen samen:", 6, None),
    ("Ontvangsten (in miljard euro)", 9, "EUR"),
    ("2. De containertrafiek (TEU x 1.000):", 3, None),  # the unit before the multiplier
    ("Besomming (euro x 1.000)", 3, "EUR"),
    ("(in kton CO2-eq)", 3, None),  # a prefix on the ton: a scale of the ton, its gas part of the statement
    ("Uitstoot (kton)", 3, None),
    ("Uitstoot ETS (Mt CO2-eq)", 6, None),
    ("Emissies industrie (in Mton CO2-equivalenten)", 6, None),
    ("Tabel 2: ingezameld asbest (kt)", 3, None),
    ("2. Ingezameld huishoudelijk afval (in duizend ton):", 3, None),
    ("1. De maritieme goederenoverslag in de Vlaamse zeehavens (in miljoen ton):", 6, None),
    ("Gemeente (NIS-code)       Basisonderwijs   Middelen (MEUR)", 6, "EUR"),  # mega-euro, as M€
    ("Middelen (M€)", 6, "EUR"),
    ("Investeringen (Mio EUR)", 6, "EUR"),
    ("Budget (mln euro)", 6, "EUR"),
    ("De middelen per stad, bedragen in MEUR:", 6, "EUR"),
    ("Subsidie (kEUR)", 3, "EUR"),
    ("Uitgaven (Mrd €)", 9, "EUR"),
])
def test_a_scale_statement_is_read(text, power, unit):
    scale = scale_in(text)
    assert scale is not None and (scale.power, scale.unit) == (power, unit)


@pytest.mark.parametrize("text", [
    "Het aantal meldingen per 1.000 inwoners:",  # a rate's base
    "In 2022 ging 2 miljoen euro naar de gemeenten.",  # an amount
    "De maatregel raakt in duizenden gezinnen de portemonnee.",  # prose
    "tienduizenden studenten vragen een toelage aan",
    "Er kwamen (bijna duizend) reacties binnen.",  # an amount in words, no scale
    "Bedrag (k€)   Aantal (x 1.000)",  # two scales: which figure has which, the line does not say
    "1. De productie van groene stroom (in GWh):",  # a unit of its own, no scale of the watt-hour
    "Bron            Productie (MWh)      Vermogen (MWp)",
    "Verbruik per gezin (kWh)",
    "De ETS-sectoren stootten in 2022 29,4 Mton CO2-eq uit.",  # an amount: the digits before it
    "Containers (MT)",  # upper case: no mass (an empty container, a metric ton written as a code)
    "Energieverbruik (ktoe)",  # a ton of oil equivalent is energy, no scale of the ton
    "Bedrag (EUR)",  # a unit, no scale
    "Leerlingen (M/V)",  # no euro: "M" alone is no scale
    "Verkoop (MEURS)",  # a word that starts like one
    "Middelen (meur)",  # lower case: no mega prefix (reported by the table, see untold_scale)
])
def test_no_scale_is_read_where_none_is_stated(text):
    assert scale_in(text) is None


def test_a_heading_scale_multiplies_every_amount_but_not_the_shares():
    doc = answer("1. Ontvangsten van de gewestelijke belastingen (in duizend euro):\n"
                 "                           2021          2022\n"
                 "Registratiebelasting  2.941.307     2.874.115\n"
                 "Aandeel (%)                61,2          60,8\n")
    assert grid(doc.tables[0]) == {"Registratiebelasting": {"2021": D("2941307000"), "2022": D("2874115000")},
                                   "Aandeel (%)": {"2021": D("61.2"), "2022": D("60.8")}}
    cell = doc.tables[0].rows[0].values["2021"]
    assert (cell.printed, cell.unit, cell.scale.printed) == ("2.941.307", "EUR", "in duizend euro")


def test_a_row_label_scale_is_that_rows_alone():
    doc = answer("1. De werkingsmiddelen voor het gewoon basisonderwijs:\n"
                 "Jaar         Werkingsmiddelen         Per leerling\n"
                 "             (mio euro)               (euro)\n"
                 "2021               655,1                    931\n"
                 "2022               701,8                    992\n")
    rows = grid(doc.tables[0])
    assert rows["Werkingsmiddelen (mio euro)"] == {"2021": D("655100000"), "2022": D("701800000")}
    assert rows["Per leerling (euro)"] == {"2021": D("931"), "2022": D("992")}


def test_a_scale_under_one_measure_column_is_that_columns():
    doc = answer("1. De onderstaande tabel geeft de cijfers voor 2021.\n"
                 "Lijn                       Stiptheid    Uitgevallen ritten    Reizigers\n"
                 "                                 (%)              (aantal)        (mio)\n"
                 "Tram 1 Evergem                  78,4                 1.206         14,2\n"
                 "Bus 3 Gentbrugge                83,5                   612          4,6\n")
    by_measure = {t.measure: grid(t) for t in doc.tables}
    assert by_measure["Reizigers"] == {"Tram 1 Evergem": {"2021": D("14200000")},
                                       "Bus 3 Gentbrugge": {"2021": D("4600000")}}
    assert by_measure["Uitgevallen ritten"] == {"Tram 1 Evergem": {"2021": D("1206")},
                                                "Bus 3 Gentbrugge": {"2021": D("612")}}


def test_a_euro_scale_above_a_column_of_counts_leaves_the_counts_and_reports_a_plural_it_cannot_place():
    doc = answer("1. Tabel: winwinleningen per provincie in 2023 (in duizend euro)\n"
                 "Provincie          Aantal       Dossiers       Bedrag\n"
                 "Antwerpen             412            380       18.740\n"
                 "Limburg               198            170        7.915\n")
    by_measure = {t.measure: grid(t) for t in doc.tables}
    assert by_measure["Aantal"]["Antwerpen"] == {"2023": D("412")}
    assert by_measure["Bedrag"]["Limburg"] == {"2023": D("7915000")}
    assert "Dossiers" not in by_measure  # thousands of euro or a count: the page says which it is not
    assert any("Dossiers" in u.reason and "380" in u.printed for u in doc.unread)


def test_a_list_in_thousands_of_euro_is_read_in_euro():
    doc = answer("3. De vereffeningen (VEK) op hetzelfde artikel bedroegen:\n"
                 "- 2021: 126.004 k euro;\n"
                 "- 2022: 138.770 k euro.\n")
    assert grid(doc.tables[0]) == {"antwoord": {"2021": D("126004000"), "2022": D("138770000")}}


def test_a_scale_before_the_digits_in_a_sentence_is_not_read_as_euro():
    doc = answer("1. Het fonds kreeg in 2023 eenmalig k€ 120 voor een oproep rond lokale journalistiek.\n")
    assert D("120") not in {f.figure.value for f in doc.sentence_figures}


def test_a_kton_statement_under_the_heading_publishes_the_table_in_ton():
    doc = answer("1. Broeikasgasemissies van de niet-ETS-sectoren in het Vlaamse Gewest\n"
                 "(in kton CO2-eq)\n"
                 "Sector                     2021        2022\n"
                 "Gebouwen                9.906,2     8.604,1\n"
                 "Transport              14.312,6    14.106,9\n"
                 "Aandeel transport (%)      36,7        38,3\n")
    assert grid(doc.tables[0]) == {"Gebouwen": {"2021": D("9906200"), "2022": D("8604100")},
                                   "Transport": {"2021": D("14312600"), "2022": D("14106900")},
                                   "Aandeel transport (%)": {"2021": D("36.7"), "2022": D("38.3")}}
    cell = doc.tables[0].rows[0].values["2022"]
    assert (cell.printed, cell.unit, cell.scale.printed, cell.scale.power) == \
        ("8.604,1", None, "in kton CO2-eq", 3)
    assert doc.tables[0].rows[2].values["2022"].scale is None  # a share under a mass scale is no mass


def test_a_kton_column_heading_is_that_columns_and_a_mt_row_label_that_rows():
    doc = answer("2. De uitstoot per sector in 2022:\n"
                 "Sector              Uitstoot (kton)     Aandeel (%)\n"
                 "Gebouwen                    8.604,1            23,3\n"
                 "Transport                  14.106,9            38,3\n")
    by_measure = {t.measure: grid(t) for t in doc.tables}
    assert by_measure["Uitstoot (kton)"] == {"Gebouwen": {"2022": D("8604100")},
                                             "Transport": {"2022": D("14106900")}}
    assert by_measure["Aandeel (%)"] == {"Gebouwen": {"2022": D("23.3")}, "Transport": {"2022": D("38.3")}}
    doc = answer("3. De uitstoot van de ETS-sectoren en het aantal installaties:\n"
                 "                                   2022        2023\n"
                 "Uitstoot ETS (Mt CO2-eq)           29,4        27,1\n"
                 "Aantal installaties                 178         172\n")
    assert grid(doc.tables[0]) == {"Uitstoot ETS (Mt CO2-eq)": {"2022": D("29400000"), "2023": D("27100000")},
                                   "Aantal installaties": {"2022": D("178"), "2023": D("172")}}


def test_a_table_in_gwh_is_read_as_printed():
    """Near miss: GWh, MWh and MWp are units of their own, no scale of another: 4.512,3 GWh stays 4512.3."""
    doc = answer("1. De productie van groene stroom in het Vlaamse Gewest (in GWh):\n"
                 "Bron                 2021        2022\n"
                 "Zon               4.512,3     5.806,1\n"
                 "Wind              3.204,8     3.988,4\n")
    assert grid(doc.tables[0]) == {"Zon": {"2021": D("4512.3"), "2022": D("5806.1")},
                                   "Wind": {"2021": D("3204.8"), "2022": D("3988.4")}}
    assert all(f.scale is None for r in doc.tables[0].rows for f in r.values.values())
    doc = answer("1. De productie per bron in 2022:\n"
                 "Bron            Productie (GWh)    Vermogen (MWp)\n"
                 "Zon                     5.806,1           8.412,5\n"
                 "Wind                    3.988,4           2.901,3\n")
    by_measure = {t.measure: grid(t) for t in doc.tables}
    assert by_measure["Productie (GWh)"] == {"Zon": {"2022": D("5806.1")}, "Wind": {"2022": D("3988.4")}}
    assert by_measure["Vermogen (MWp)"] == {"Zon": {"2022": D("8412.5")}, "Wind": {"2022": D("2901.3")}}


def test_a_sentence_in_mton_is_not_read_with_a_scale_it_does_not_print():
    """Near miss: ``29,4 Mton CO2-eq`` in a sentence is an amount, not a statement over a table; the sentence
    reader reads it as the tonnes its unit prints (29.400.000 ton), never as 29,4 nor by another scale."""
    doc = answer("3. De uitstoot van de ETS-sectoren bedroeg in 2022 29,4 Mton CO2-eq.\n")
    assert [(f.figure.value, f.label) for f in doc.sentence_figures] == [(D("29400000"), "ton")]
