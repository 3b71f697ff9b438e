"""A journal in two languages (SciELO's shape): a section label, the title in the article's own
language, the same title in English (both with a named system before a colon), the byline, the
affiliation and `RESUMO`. The first title is the paper's. All texts are made up."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

ABSTRACT = (
    "O objetivo deste artigo inventado é contar as lanternas de um porto imaginário através de "
    "um nevoeiro que ninguém viu, com um modelo do tempo também inventado."
)

PAGE = f"""FÓRUM FORUM

LanternNet Brasil: a contagem das lanternas nos Portos de Névoa em 2021

LanternNet Brazil: counting the lanterns in the Portos de Névoa in 2021

Ada Quist Barreto

Faculdade de Estudos Inventados, Cidade Nenhuma, Brasil

Correspondência

RESUMO

{ABSTRACT}
"""


def test_the_first_of_two_titles_in_two_languages() -> None:
    records = read_listing(PAGE, "page.txt").records
    assert [(r.title, r.authors) for r in records] == [
        (
            "LanternNet Brasil: a contagem das lanternas nos Portos de Névoa em 2021",
            ["Ada Quist Barreto"],
        )
    ]
    assert records[0].abstract == ABSTRACT
