"""Author-date reading lists (`Name (Year): *Title*, Place: Publisher.`), as humanities readers
write them. The lists here are made up in that shape."""

from __future__ import annotations

import pytest

from papershelf.importers import parse_bytes
from papershelf.importers.paste.names import looks_like_names

LIST = """# What I read

## 2024

### Books

+ Anna Beispiel (2021): _Ein erfundenes Buch. Über das Lesen_, Berlin: Verlag.
+ Jan Muster and Eva Probe (2019): _Another Invented Monograph_, Leipzig: Press.

### Articles

+ Lena Versuch (2020): “An Essay That Does Not Exist,” _Journal of Examples_ 12, 1–20.
"""


def test_names_then_the_year_and_a_colon_then_the_title() -> None:
    records = parse_bytes(LIST.encode(), "reading.md").result.records
    read = [(r.title, r.authors, (r.date or "")[:4]) for r in records]
    assert read == [
        ("Ein erfundenes Buch. Über das Lesen", ["Anna Beispiel"], "2021"),
        ("Another Invented Monograph", ["Jan Muster", "Eva Probe"], "2019"),
        ("An Essay That Does Not Exist", ["Lena Versuch"], "2020"),
    ]


ANNOTATED = """# Papiers choisis

### "A Made-Up Study of Invented Networks" (Dupont et al., 2019)
**Venue** : NeurIPS 2019
**Lire si** : curiosité.

### "Another Fictional Result on Sorting" (Martin and Durand, 2021)
**Venue** : ICML 2021
"""


def test_a_quoted_title_then_names_and_year_in_brackets() -> None:
    records = parse_bytes(ANNOTATED.encode(), "choisis.md").result.records
    assert [(r.title, r.authors) for r in records] == [
        ("A Made-Up Study of Invented Networks", ["Dupont"]),  # "et al.": the others unnamed
        ("Another Fictional Result on Sorting", ["Martin", "Durand"]),
    ]


@pytest.mark.parametrize(
    "names",  # made up, with the particles of German, Italian, Spanish and Swedish names
    [
        "Filip Exempel and Sabine Muster im Walde",
        "Harald zur Probe, Anna Beispiel",
        "Lucia della Prova and José Ortega y Ejemplo",
        "Karl af Exempel, Eva Prov",
    ],
)
def test_name_particles_of_more_languages(names: str) -> None:
    assert looks_like_names(names)
