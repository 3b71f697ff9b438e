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
