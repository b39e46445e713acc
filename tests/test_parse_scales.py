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
