"""Portuguese notes on articles (made-up paper): `## Título traduzido` over `**Autores:**`,
`**Revista:**`, `**Ano:**` and `**Link de Acesso:**` labels, then the note's ABNT reference with
the paper's own title (`QUILL, A. et al. Original Title. **Journal**, v. 1, p. 1–9, 2024.`).
The labels are the paper's fields; the reference of the same year gives its title."""

from __future__ import annotations

from papershelf.importers.paste.labels import label_of
from papershelf.importers.pipeline import read_listing

NOTE = """# Artigos

## Predição inventada de estruturas imaginárias com um modelo fictício
- **Autores:** Ada Quill; Ben Marrow; Cleo Tansy et al.
- **Revista:** Journal of Examples, vol. 630, pp. 493–500
- **Ano:** 2024
- **Qualis:** A1
- **Link de Acesso:** https://journal.example.org/articles/x-0001
+QUILL, A. et al. Invented prediction of imaginary structures with a made-up model. **Journal of Examples**, v. 630, p. 493–500, 2024. Disponível em: https://journal.example.org/articles/x-0001.
"""  # noqa: E501


def test_the_abnt_reference_titles_the_translated_note() -> None:
    (record,) = read_listing(NOTE, "artigos.md").records
    assert (record.title, record.authors, record.date) == (
        "Invented prediction of imaginary structures with a made-up model",
        ["Ada Quill", "Ben Marrow", "Cleo Tansy"],
        "2024",
    )


def test_a_reference_of_another_year_is_another_papers() -> None:
    other = NOTE.replace("p. 493–500, 2024.", "p. 493–500, 2019.")
    (record,) = read_listing(other, "artigos.md").records
    assert record.title == "Predição inventada de estruturas imaginárias com um modelo fictício"


def test_portuguese_year_and_journal_labels() -> None:
    assert label_of("Ano: 2024") == ("date", "2024")
    assert label_of("Revista: Journal of Examples, vol. 1") == (
        "venue",
        "Journal of Examples, vol. 1",
    )
