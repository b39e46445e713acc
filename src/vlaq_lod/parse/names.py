"""Person names as printed in capitals (``GUY D’HAESELEER``) to the form used in URIs and pages.

The author is printed twice (question and answer header), sometimes with different
apostrophes, so both must normalise to the same string to be recognised as one person.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Lower case after another particle, as in Flemish surnames: "Van den Bossche", "Van de Velde".
_PARTICLES = frozenset({"de", "den", "der", "van", "ter", "ten", "vanden", "vander"})
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})


def _capitalise(word: str) -> str:
    """``D'HAESELEER`` -> ``D'Haeseleer``, ``VAN-DYCK`` -> ``Van-Dyck``: every piece its capital."""
    return re.sub(r"[^\W\d_]+", lambda m: m[0].capitalize(), word.lower())


@lru_cache(maxsize=4096)  # a corpus names the same few hundred people over and over
def normalise_name(printed: str) -> str:
    """``VERA JANS`` -> ``Vera Jans``; ``JOS D’HAESE`` -> ``Jos D'Haese``; ``FREYA VAN DEN BOSSCHE`` ->
    ``Freya Van den Bossche``."""
    words = printed.translate(_APOSTROPHES).split()
    out: list[str] = []
    for i, word in enumerate(words):
        after_particle = i > 0 and words[i - 1].lower() in _PARTICLES
        lower = word.lower()
        out.append(lower if after_particle and lower in _PARTICLES else _capitalise(word))
    return " ".join(out)
