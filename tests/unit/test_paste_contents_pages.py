"""A journal's contents page saved as HTML (made-up articles, in the shape of tests/data/
listings-holdout29 022): a style sheet with `@media` rules before the page, section headings,
each article a link over a small heading of its authors and first page; names joined by `y`,
a phrase quoted inside a title."""

from __future__ import annotations

from papershelf.importers.bibtex import ENTRY
from papershelf.importers.paste.names import split_names
from papershelf.importers.pipeline import read_listing

PAGE = """<style>
  @media (max-width: 1259px) {
    .title-wrap { background-size: 190%; }
  }
  @media (min-width: 1260px) {
    .title-wrap { background-size: 155%; }
  }
</style>
<section>
  <h4 class="titulo">ESTUDIOS</h4>
  <a class="calink" href="textos/ca9-11.pdf">Educación inventada en el valle de los ríos</a>
  <h5 class="nombre">Ana RUIZ SOLANA 11</h5>
  <a class="calink" href="textos/ca9-23.pdf">La dimensión imaginada del pensamiento atlántico</a>
  <h5 class="nombre">Sonia VALLE DE FRUTAS y Dora ARMIÑO BONETE 23</h5>
  <a class="calink" href="textos/ca9-39.pdf">La "pesca de las perlas" en el Mundo Inventado</a>
  <h5 class="nombre">Fabián SANZ RAMOS 39</h5>
</section>
"""


def test_a_contents_page_gives_each_title_with_the_names_over_its_page() -> None:
    result = read_listing(PAGE, "contents.html")
    assert [(r.title, r.authors) for r in result.records] == [
        ("Educación inventada en el valle de los ríos", ["Ana RUIZ SOLANA"]),
        (
            "La dimensión imaginada del pensamiento atlántico",
            ["Sonia VALLE DE FRUTAS", "Dora ARMIÑO BONETE"],
        ),
        ('La "pesca de las perlas" en el Mundo Inventado', ["Fabián SANZ RAMOS"]),
    ]


def test_a_style_sheets_media_rule_opens_no_bibtex_entry() -> None:
    assert ENTRY.search("  @media (max-width: 1259px) {") is None
    assert ENTRY.search("@article(knuth84, title={x}}") is not None


def test_and_in_another_language_parts_two_people_but_not_a_double_family_name() -> None:
    assert split_names("Ana Ruiz Solana y Bo Chen")[0] == ["Ana Ruiz Solana", "Bo Chen"]
    assert split_names("Anna Rossi e Marco Bianchi")[0] == ["Anna Rossi", "Marco Bianchi"]
    assert split_names("José Ortega y Gasset")[0] == ["José Ortega y Gasset"]
    assert split_names("Maria da Silva e Souza")[0] == ["Maria da Silva e Souza"]
