"""Tables of papers as people write them in other languages and in research notes (made-up
text): Portuguese, Spanish, French and Japanese header words, an arXiv id written bare in its
own column, a Year column of months or year ranges, an alias or remark after the title, the
institution after the names, `ほか` (and others) inside a list of names, `Anon` for nobody."""

from __future__ import annotations

import pytest

from papershelf.importers.paste.cells import (
    arxiv_cell,
    names_then_title,
    people_cell,
    without_method_name,
    without_remark,
)
from papershelf.importers.paste.tables import _column
from papershelf.importers.pipeline import read_listing


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("Título", "title"),
        ("titre", "title"),
        ("Autores", "authors"),
        ("Auteurs", "authors"),
        ("Ano", "year"),
        ("Año", "year"),
        ("Année", "year"),
        ("年", "year"),
        ("Publication Year", "year"),
        ("Fecha", "date"),
        ("Revista/Conferencia", "venue"),
        ("出典", "venue"),
        ("arXiv", "arxiv"),
        # longer headers: the first word that names a field decides
        ("Título del artículo", "title"),
        ("Titre de l'article", "title"),
        ("Autor(es)", "authors"),
        ("Année de publication", "year"),
        ("Date de publication", "date"),
        ("Fecha de publicación", "date"),
        ("Название статьи", "title"),
        ("Авторы", "authors"),
        ("Jahr", "year"),
        # a Japanese thesis list (session 33): `学生の名前 (性 名) | 論文題 | 言語 | HUIRのリンク`
        ("論文題", "title"),
        ("学生の名前 (性 名)", "authors"),
        ("発表者", "authors"),
    ],
)
def test_header_words_in_other_languages_name_the_columns(header: str, column: str) -> None:
    assert _column(header) == column


PORTUGUESE = """### Raciocínio

| arXiv | Título | Autores | Ano | Nota |
|---|---|---|---|---|
| 2101.00101 | Quill (original) | Moreira et al. | 2021 | 🏛 |
| 2102.00202 | Corrective QDL (CQDL) | Tavares et al. (USP) | 2022 | ⭐ |
| 2103.00303 | Lanterna / LNT | Sá, Lobo et al. | 2023 | ⭐ |
"""


def test_an_id_first_table_with_portuguese_headers_gives_short_names_ids_and_surnames() -> None:
    records = read_listing(PORTUGUESE, "notas.md").records
    assert [(r.title, r.authors, r.date, r.arxiv_id) for r in records] == [
        ("Quill", ["Moreira"], "2021", "2101.00101"),
        ("Corrective QDL", ["Tavares"], "2022", "2102.00202"),
        ("Lanterna", ["Sá", "Lobo"], "2023", "2103.00303"),
    ]


FRENCH = """## Tableau de synthèse

| ID | Titre | Auteurs | Annee | Venue |
|----|-------|---------|-------|-------|
| P-1 | FooGuard: Shielding Retrieval Pipelines | Roux et al. | 2025 | ACL 2025 |
| P-2 | QXPart & QXMask: Two Retrieval Defenses | Anon | Oct 2025 | arXiv |
| P-3 | Baz Security: Formalising the Threats | Mercier et al. | Avr 2026 | arXiv |
"""


def test_french_headers_month_cells_in_a_year_column_and_anonymous_authors() -> None:
    records = read_listing(FRENCH, "recherche.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("FooGuard: Shielding Retrieval Pipelines", ["Roux"], "2025"),
        ("QXPart & QXMask: Two Retrieval Defenses", [], "2025"),
        ("Baz Security: Formalising the Threats", ["Mercier"], "2026"),
    ]


JAPANESE = "\n".join(
    (
        "| | 論文 | 著者 | 出典 | リンク |",
        "|---|---|---|---|---|",
        "| **主論文** | Learning Slowly From Easy Examples（LSE） "
        "| Aiko Tanaka, Ben Ortiz ほか、Chen Wu, Dana Park（Example Univ.） "
        "| ICLR 2026（v3 を参照） | https://arxiv.org/abs/2601.00111 |",
        "| 補足 | Curriculum Without Teachers（CWT） | Emi Sato ほか（Example Lab） "
        "| arXiv preprint（v4） | https://arxiv.org/abs/2601.00222 |",
    )
)


def test_full_width_aliases_hoka_inside_a_list_and_a_source_column() -> None:
    records = read_listing(JAPANESE, "talk.md").records
    assert [(r.title, r.authors, r.date, r.arxiv_id) for r in records] == [
        (
            "Learning Slowly From Easy Examples",
            ["Aiko Tanaka", "Ben Ortiz", "Chen Wu", "Dana Park"],
            "2026",
            "2601.00111",
        ),
        ("Curriculum Without Teachers", ["Emi Sato"], "2026-01", "2601.00222"),
    ]


BOOKS = """| título | autores | ano | link |
|---|---|---|---|
| Winning at Dice | Rowe, Lindqvist | 2012 | https://arxiv.org/pdf/1204.00999 |
| Beat the House (livro) | Edward Quinn | 1966 | — (clássico) |
| Method of watching wheels | Ortega-Ruiz (família) | 1991-1994 | https://example.org/wheels |
"""


def test_a_book_remark_a_family_remark_and_a_year_range() -> None:
    records = read_listing(BOOKS, "notas.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Winning at Dice", ["Rowe", "Lindqvist"], "2012"),
        ("Beat the House", ["Edward Quinn"], "1966"),
        ("Method of watching wheels", ["Ortega-Ruiz"], "1991"),
    ]


SHORT_NAMES = """| Paper | Authors | Year | Link |
|---|---|---|---|
| Kestrel | Hale, Moss et al. | 2023 | https://arxiv.org/abs/2301.00444 |
| Osprey 7B | Vance et al., ACME | 2024 | https://arxiv.org/abs/2402.00555 |
| Kestrel Scaling Laws (ICLR 2026) | Hale et al. | 2025 | https://arxiv.org/abs/2503.00666 |
| Tern & Gull (TERN-5/6) | Lowe et al. | 2024 | https://arxiv.org/abs/2404.00777 |
"""


def test_short_names_with_venue_remarks_an_institution_after_et_al_and_surname_lists() -> None:
    records = read_listing(SHORT_NAMES, "design.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Kestrel", ["Hale", "Moss"], "2023"),
        ("Osprey 7B", ["Vance"], "2024"),
        ("Kestrel Scaling Laws", ["Hale"], "2025"),  # the Year column over the bracket's year
        ("Tern & Gull", ["Lowe"], "2024"),
    ]


def test_a_bare_arxiv_id_cell() -> None:
    assert arxiv_cell("2309.15817") == "2309.15817"
    assert arxiv_cell("arXiv:2309.15817v2") == "2309.15817v2"
    assert arxiv_cell("2023.1581") is None  # no month 20
    assert arxiv_cell("Cornell Tech/Technion") is None


@pytest.mark.parametrize(
    ("cell", "title"),
    [
        ("Quill (original)", "Quill"),
        ("Morris III (AI Worm)", "Morris III"),
        ("Corrective QDL (CQDL)", "Corrective QDL"),
        ("Long Title Of A Paper（LTP）", "Long Title Of A Paper"),
        ("Mamba-9 / SSX", "Mamba-9"),
        # the bracket continues the title, or names another thing than the title's initials
        ("Guess Twice (and Twice and Twice)", "Guess Twice (and Twice and Twice)"),
        ("Null The Space (INSP)", "Null The Space (INSP)"),
        ("Feedback-Driven Binary Analysis (FORGE)", "Feedback-Driven Binary Analysis (FORGE)"),
        ("Input / Output Models of Long Sequences", "Input / Output Models of Long Sequences"),
    ],
)
def test_a_remark_or_alias_after_a_title_is_dropped(cell: str, title: str) -> None:
    assert without_remark(cell) == title


def test_an_authors_cell_without_its_institution() -> None:
    assert people_cell("Edge et al. (MS)") == "Edge et al."
    assert people_cell("Kalman (1960)") == "Kalman (1960)"  # a year, read by the table
    assert people_cell("Zuo et al., TII") == "Zuo et al."
    assert people_cell("A Name ほか、B Name") == "A Name, B Name"


def test_system_names_before_a_colon_are_no_surnames() -> None:
    assert names_then_title("QXPart & QXMask: Retrieval-Stage Defenses") is None
    named = names_then_title("Devlin & Chang: Pre-training Deep Encoders")
    assert named is not None and named.authors == ["Devlin", "Chang"]


METHODS = """| arXiv | Title | Authors | Date |
|---|---|---|---|
| 2401.00888 | Steering Refusal with Conditional Activations (CRAFT) | Lowe et al. | 2024-01 |
| 2402.00999 | The Shape of Refusal: Linear Paths (Contrastive Logit Steering) | Vats | 2024-02 |
| — | Feedback-Driven Execution for Binary Analysis (FORGE) | Zhang et al. | 2026 |
"""


def test_a_method_name_after_the_full_title_of_an_identified_paper_is_dropped() -> None:
    records = read_listing(METHODS, "manual.md").records
    assert [(r.title, r.arxiv_id) for r in records] == [
        ("Steering Refusal with Conditional Activations", "2401.00888"),
        ("The Shape of Refusal: Linear Paths", "2402.00999"),
        # no identifier: the name may be the only handle on the paper, and stays
        ("Feedback-Driven Execution for Binary Analysis (FORGE)", None),
    ]
    assert without_method_name("Null It Out (INLP)") == "Null It Out (INLP)"  # a short name


SPANISH = """## Lista de Artículos

| ID | Título | Autores | Año | Revista/Conferencia | DOI | URL |
|----|--------|---------|-----|------|-----|-----|
| 1 | Estimating Effort With Small Models | Ana Ruiz, Luis Gómez | 2025 | Example Journal, Vol. 3 | 10.1234/ejx.2025.001 | https://doi.org/10.1234/ejx.2025.001 |
| 2 | A Survey of Sample Surveys | Marta Vidal | 2022 | Example Surveys, Vol. 54, pp. 1-73 | 10.1234/es.2022.7 | https://doi.org/10.1234/es.2022.7 |
"""  # noqa: E501


def test_spanish_headers_full_author_lists_a_venue_and_doi_cells() -> None:
    records = read_listing(SPANISH, "tesis.md").records
    assert [(r.title, r.authors, r.date, r.doi) for r in records] == [
        (
            "Estimating Effort With Small Models",
            ["Ana Ruiz", "Luis Gómez"],
            "2025",
            "10.1234/ejx.2025.001",
        ),
        ("A Survey of Sample Surveys", ["Marta Vidal"], "2022", "10.1234/es.2022.7"),
    ]
    assert "https://doi.org/10.1234/ejx.2025.001" in records[0].urls
