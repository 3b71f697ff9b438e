"""An issue's table of contents copied as text (made-up articles): section names, then each
article as `Authors. Title. Vol. N, No.N (Year), pp. a-b`, wrapped over lines; an acronym alone
is a body, not a person; book reviews are no papers."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

CONTENTS = """Revista Inventada de Documentación, Vol.
12, No 3 (2031)

Estudios
Ada Quill, Ben Nadir. Problemas inventados relativos al
resumen imaginario. Vol. 12, No.3 (2031), pp. 10-24

C. A. Ortolan-Pell, D. E. Sable. Construcción de una metodología para pretender
en bases de datos. Vol. 12, No.3 (2031), pp. 25-40

Fay Tern del Campo. Factores del diseño orientado a la satisfacción y no-
frustración de uso. Vol. 12, No.3 (2031), pp. 41-57
Normas
ICDX CSIX. Información inventada. Conjunto de elementos ficticios
Made Up. ISO 99999. Vol. 12, No.3 (2031), pp. 58-66
Crítica de libros
Gus Hale. Ivo K. Tesauro de la cultura inventada en la Edad Moderna. Vol. 12,
No.3 (2031), pp. 67-68
"""


def test_contents_entries_wrapped_over_lines_are_articles() -> None:
    records = read_listing(CONTENTS, "contents.txt").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        (
            "Problemas inventados relativos al resumen imaginario",
            ["Ada Quill", "Ben Nadir"],
            "2031",
        ),
        (
            "Construcción de una metodología para pretender en bases de datos",
            ["C. A. Ortolan-Pell", "D. E. Sable"],
            "2031",
        ),
        (
            "Factores del diseño orientado a la satisfacción y no-frustración de uso",
            ["Fay Tern del Campo"],
            "2031",
        ),
        (
            "Información inventada. Conjunto de elementos ficticios Made Up. ISO 99999",
            [],
            "2031",
        ),
    ]


PORTAL = """Contenu du sommaire : Un numéro inventé
Revue | Pretend |
---|---|
Numéro | n° 3, septembre 2031 |
Editorial
- Ada Quill p. 5
- Météo inventée : une étude imaginaire - Ben Nadir-Pell, Cy Ortolan p. 9 Les auteurs étudient.
"""


def test_portal_items_of_title_dash_names_page_take_the_issue_year_and_abstract() -> None:
    records = read_listing(PORTAL, "sommaire.md").records
    assert [(r.title, r.authors, r.date, r.abstract) for r in records] == [
        (
            "Météo inventée : une étude imaginaire",
            ["Ben Nadir-Pell", "Cy Ortolan"],
            "2031",
            "Les auteurs étudient.",
        )
    ]
