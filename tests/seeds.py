"""What the six seed documents (``data/sources``) hold that every test of their graph expects.

Typed from the documents, never computed by the code under test.
"""

from __future__ import annotations

# The sentences whose figure the parser reports as not read: each is a ``vlaq:UnreadFigures`` node and a
# SHACL warning in the published report, like an unread table row (docs/model.md, "Figures in
# sentences"). File, line of the number, reason. The sentence figures of 639 that a curated entry declares
# (70.000 keer, 115 and 125 voorlichters, ...) are read, by a person, and are not reported; "1700" is a
# name, "+32 2 553 1700" a phone number: no figure, nothing to report.
UNREAD = (
    # "is er een 100% adviseringsgraad": a share of what, in which period, the sentence does not say
    ("1037_omgevingsvergunning-adviesverlening.txt", 51,
     "a percentage: its base is not read from a sentence"),
    # "innovaties in 6 pijlers": a count without a period
    ("606_co2-negatieve-gevelsteen.txt", 52, "6 pijlers: no single period in the sentence"),
    # "27 projecten weerhouden, waarvan 16 inzetten op circulariteit": what the 16 count is not read
    ("606_co2-negatieve-gevelsteen.txt", 57,
     "a part of the figure before ('waarvan ...'): what it counts is not said"),
)

# Their nodes (``/id/onleesbaar/{question key}/regel-{line}``).
UNREAD_NODES = (
    "onleesbaar/2022-2023-1037-zuhal-demir/regel-51",
    "onleesbaar/2022-2023-606-matthias-diependaele/regel-52",
    "onleesbaar/2022-2023-606-matthias-diependaele/regel-57",
)
