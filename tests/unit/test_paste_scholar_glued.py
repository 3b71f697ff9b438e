"""A Google Scholar results page copied as one line (menus, results and footer run together,
each title glued to its first author's initials), in any interface language. The texts are made
up, in the shape real pastes have (tests/data/listings-holdout10 holds a real one)."""

from __future__ import annotations

from papershelf.importers.paste.scholar import glued_results
from papershelf.importers.pipeline import read_listing

PAGE_ES = (
    "Google AcadémicoCargando...Búsqueda avanzadaArtículosPerfilesMi perfilCualquier momento"
    "Desde 2030Ordenar por relevanciaCrear alerta [PDF] arxiv.orgSparse lattices for tiny "
    "modelsA Moreau, B Okafor, C Lindqvist… - Journal of Small Models, 2031 - Springer… we "
    "study sparse lattices for tiny models and show that …Guardar Citar Citado por 12 "
    "Artículos relacionados Las 3 versiones [HTML] example.eduWarm starts in federated "
    "tuningD Ruiz, E Chen - Proceedings of the Tuning …, 2030 - dl.example.org… warm starts "
    "help federated tuning …Guardar Citar Citado por 4 Artículos relacionados Ver como HTML "
    "Counting codewords for sensing: a surveyF Park - IEEE Transactions on Sensing, 2029 - "
    "ieeexplore.ieee.org… codewords …Guardar Citar Citado por 40 Artículos relacionados Las 2 "
    "versiones Crear alertaBúsquedas relacionadaslattices tiny modelsAnterior12345Siguiente"
    "PrivacidadCondicionesAyuda"
)


def test_a_glued_results_page_gives_each_result_apart() -> None:
    results = glued_results(PAGE_ES)
    assert [(r.title, r.authors, r.year, r.cut) for r in results] == [
        ("Sparse lattices for tiny models", "A Moreau, B Okafor, C Lindqvist", "2031", True),
        ("Warm starts in federated tuning", "D Ruiz, E Chen", "2030", False),
        ("Counting codewords for sensing: a survey", "F Park", "2029", False),
    ]


def test_the_pipeline_reads_a_glued_page_as_scholar_results() -> None:
    preview = read_listing(PAGE_ES, "page.md")
    assert [(r.title, r.authors, r.date) for r in preview.records] == [
        ("Sparse lattices for tiny models", ["A Moreau", "B Okafor", "C Lindqvist"], "2031"),
        ("Warm starts in federated tuning", ["D Ruiz", "E Chen"], "2030"),
        ("Counting codewords for sensing: a survey", ["F Park"], "2029"),
    ]
    assert preview.records[0].authors_truncated
    assert {segment.layout for segment in preview.segments} == {"scholar"}


def test_prose_with_a_dash_and_a_year_is_no_glued_page() -> None:
    prose = "We met - as planned in 2030 - and talked. " * 20
    assert glued_results(prose) == []


def test_the_pages_menus_before_a_first_result_without_badge_are_no_title() -> None:
    menus = "Google AcadémicoCargandoBúsqueda avanzada" + "ArtículosPerfilesMi perfil" * 12
    page = PAGE_ES.replace("Crear alerta [PDF] arxiv.org", menus, 1)
    assert glued_results(page)[0].title == "Sparse lattices for tiny models"
