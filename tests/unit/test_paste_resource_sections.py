"""A project's resources page (made up): emoji headings over tables of titles and links, one of
papers and others of news coverage, data sets, journals and programmes. Only the papers section
names papers; a row elsewhere is no paper unless it carries a paper's identifier."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

RESOURCES = """# Invented Project Resources

## 📰 News & Articles

| Title | URL |
| :--- | :--- |
| Pretend Matters: An Invented Scientist (Made-up News) | https://news.example.edu/pretend-matters |
| Imaginary Machines and Invented Minds (Weekly) | https://weekly.example.com/imaginary-machines |

## 📄 Papers

| Title | URL |
| :--- | :--- |
| An Invented Study of Pretend Affect | https://cdn.example.com/papers/pretend-affect.pdf |
| Made-up Signals in Imaginary Brains | https://arxiv.org/abs/2101.00002 |

## 📊 Datasets & Brain Initiatives

| Title | URL |
| :--- | :--- |
| Pretend Brains Open Set | https://sites.example.edu/pretendbrains/ |
| The Invented Connectome Project | https://www.example.org/ |

## 🏛️ Journals & Organizations

| Title | URL |
| :--- | :--- |
| Society of Imaginary Psychiatry Journals | https://example.org/publications/journals/ |
| Invented Psychiatry: Made-up Section | https://www.example-journal.org/ |

## 🎓 Programs & Initiatives

| Title | URL |
| :--- | :--- |
| Pretend Psychiatry Map Program | https://medicine.example.edu/programs/map/ |
"""


def test_only_the_papers_section_names_papers() -> None:
    titles = [r.title for r in read_listing(RESOURCES, "resources.md").records]
    assert titles == ["An Invented Study of Pretend Affect", "Made-up Signals in Imaginary Brains"]


CV = """# Ada Quill

## News

- Our invented paper won a pretend award.

## Publications

### Journals

- Ada Quill, Ben Marrow. An invented study of pretend bridges. Journal of Made-up Engineering, 12(3), 2020.
- Ada Quill, Cleo Tansy. Imaginary loads on fictional beams. Pretend Structures, 4, 2019.

### Datasets

- Ada Quill. A made-up corpus of invented beams. Data in Pretend, 2021.
"""


def test_journals_and_datasets_as_parts_of_a_cvs_publications_are_papers() -> None:
    titles = [r.title for r in read_listing(CV, "cv.md").records]
    assert titles == [
        "An invented study of pretend bridges",
        "Imaginary loads on fictional beams",
        "A made-up corpus of invented beams",
    ]
