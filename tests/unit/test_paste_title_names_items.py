"""A congress's list of works (made-up items): `Title. Given Surname, Given Surname e Given
Surname.`, the title first and the authors' full names after its full stop, joined as the page's
language joins a list. A run of such items is a list of works; a lone one is not."""

from __future__ import annotations

import pytest

from papershelf.core.errors import ImportFailed
from papershelf.importers.pipeline import read_listing

PROCEEDINGS = """<h3>Engenharia Inventada</h3>
<ul>
<li>Um estudo inventado sobre pontes de papel. Ana Maria Souza, João P. Lima e Rita Alves.</li>
<li>Avaliação fictícia do solo: um caso imaginário - UFXX.  Carla Dias Moura e Pedro M. Neto.</li>
<li>Protótipo de medidor inventado. Luiz Otávio Prado, Beatriz de Castro, Tiago R. Vaz M.</li>
</ul>
"""


def test_title_then_full_names_items_are_works() -> None:
    records = read_listing(PROCEEDINGS, "anais.md").records
    assert [(r.title, r.authors) for r in records] == [
        (
            "Um estudo inventado sobre pontes de papel",
            ["Ana Maria Souza", "João P. Lima", "Rita Alves"],
        ),
        (
            "Avaliação fictícia do solo: um caso imaginário - UFXX",
            ["Carla Dias Moura", "Pedro M. Neto"],
        ),
        (
            "Protótipo de medidor inventado",
            ["Luiz Otávio Prado", "Beatriz de Castro", "Tiago R. Vaz M."],
        ),
    ]


def test_one_such_item_alone_is_no_list_of_works() -> None:
    notes = "- Reunião de abertura do grupo inventado. Sala Dois Norte.\n- Outra coisa qualquer.\n"
    try:
        records = read_listing(notes, "notas.md").records
    except ImportFailed:
        records = []
    assert not any(r.authors == ["Sala Dois Norte"] for r in records)


@pytest.mark.parametrize("join", [" e ", " y ", " and "])
def test_the_last_name_is_joined_in_the_pages_language(join: str) -> None:
    text = PROCEEDINGS.replace(" e Rita", f"{join}Rita")
    assert read_listing(text, "anais.md").records[0].authors[-1] == "Rita Alves"


LINKED = """### Engenharia Inventada
1. [Um estudo inventado sobre pontes de papel](https://example.org/a.pdf). Ana Maria Souza e Rita Alves.
2. [Avaliação fictícia do solo: um caso imaginário](https://example.org/b.pdf). Carla Dias Moura e Pedro M. Neto.
3. [Protótipo de medidor inventado](https://example.org/c.pdf). Luiz Otávio Prado e Beatriz de Castro.
"""  # noqa: E501


def test_a_linked_title_keeps_its_link_and_its_names() -> None:
    records = read_listing(LINKED, "anais.md").records
    assert [(r.authors, r.urls) for r in records] == [
        (["Ana Maria Souza", "Rita Alves"], ["https://example.org/a.pdf"]),
        (["Carla Dias Moura", "Pedro M. Neto"], ["https://example.org/b.pdf"]),
        (["Luiz Otávio Prado", "Beatriz de Castro"], ["https://example.org/c.pdf"]),
    ]
