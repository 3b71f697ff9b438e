"""A Russian course's literature list, as holdout44's 008 gives it: books as `И.О.Фамилия -
Title` lines, then references in a style no rule reads (`Surname I., Surname I. Title.
Publisher, 2012.`). The dash lines' names, initials run into the family name in Cyrillic
letters, read as no person; once read, the references after them were lost, because the
reference model read only pastes no rule read at all. It now reads the stretches no reader read."""

from __future__ import annotations

from pathlib import Path

from papershelf.importers.pipeline import read_listing
from tests.pastes import real_papers_found

# made up, in the real list's shape
BOOKS = (
    "# Список литературы\n\n"
    "- А.Б.Выдумкин - Придуманные методы обучения по примерам\n"
    "- В.Г.Сочинов - Вымышленные основы теории машинного обучения\n"
    "- Д.Е.Небылицын - Введение в несуществующие методы обучения\n"
)
REFERENCES = (
    "- Quill A., Nadir B., Tansy C. Foundations of Pretend Learning. MIT Press, 2012.\n"
    "- Ortega D. Pretend Learning: A Probabilistic Perspective. Springer, 2011.\n"
    "- Rowe E., Marsh F. Invented Recognition and Machine Pretending. Springer, 2006.\n"
)


def test_initials_run_into_a_cyrillic_family_name_are_a_person() -> None:
    records = read_listing(BOOKS, "literature.md").records
    assert [(r.title, r.authors) for r in records] == [
        ("Придуманные методы обучения по примерам", ["А.Б.Выдумкин"]),
        ("Вымышленные основы теории машинного обучения", ["В.Г.Сочинов"]),
        ("Введение в несуществующие методы обучения", ["Д.Е.Небылицын"]),
    ]


def test_references_no_rule_reads_after_a_part_one_reads() -> None:
    records = read_listing(BOOKS + REFERENCES, "literature.md").records
    titles = [record.title for record in records]
    assert titles[:3] == [
        "Придуманные методы обучения по примерам",
        "Вымышленные основы теории машинного обучения",
        "Введение в несуществующие методы обучения",
    ]
    assert "Pretend Learning: A Probabilistic Perspective" in titles
    assert "Invented Recognition and Machine Pretending" in titles
    assert len(records) == 6


def test_a_notes_items_of_names_and_remarks_are_no_references() -> None:
    notes = (
        "- **PretendKit** (KDD 2016) - Quill et al. - Feature invention via made-up trees\n"
        "- **MadeUpPOT** (Nadir et al., 2016) - Invented pipeline tool using pretend evolution\n"
        "- **Imaginarytools** (Tansy & Ortega, 2015) - Deep feature invention for made-up data\n"
    )  # made up: a note's related work, a name and its remark an item
    records = read_listing(BOOKS + "\n## Related\n\n" + notes, "literature.md").records
    assert not any(author.count("(") != author.count(")") for r in records for author in r.authors)


def test_the_real_list() -> None:
    (path,) = (Path(__file__).parents[1] / "data" / "listings-holdout44").glob("008_*.md")
    assert real_papers_found(path, left_out_too=True) == 7  # 4 before: 3 books, 4 references
