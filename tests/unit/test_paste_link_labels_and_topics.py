"""Readme lists and tables as holdout37/38 have them: a table's `[[pdf]](…)` after each title
(holdout37 009: 3 of 22 read, 20 extra), topic headings over linked titles (the headings taken for
authors), `[Title](…) (ResNet)` (holdout38 006: 0 of 11), `[Tag] Title` tags that differ row to
row (001), `[Title - Surname & Surname](…)` book links (018), `Name Chap 1: "Title"` readings
(007), `A Name – Title` books a line (011) and initialled names before a title and its link
(020). The rule tests use made-up titles, names and
addresses."""

from __future__ import annotations

from scripts.fidelity import HOLDOUT37, HOLDOUT38

from papershelf.importers.pipeline import read_listing
from tests.pastes import read_or_refused, real_papers_found

TABLE = """# Invented imaging papers

| Technique | Modality | Paper Title | J/C | Year |
| --- | --- | --- | --- | --- |
| CNN | CT | Pretend Nodule Detection [[pdf]](https://example.org/a.pdf) | MICCAI | 2031 |
| FCN | MRI | Made-up Segmentation of Imaginary Tumours [pdf](https://example.org/b.pdf) | ISBI | 2032 |
| RNN | US | Imaginary Echoes in Pretend Recurrent Models [[pdf]]() | TMI | 2033 |
"""


def test_a_tables_pdf_links_are_no_part_of_its_titles() -> None:
    records = read_listing(TABLE, "papers.md").records
    assert [(r.title, r.date) for r in records] == [
        ("Pretend Nodule Detection", "2031"),
        ("Made-up Segmentation of Imaginary Tumours", "2032"),
        ("Imaginary Echoes in Pretend Recurrent Models", "2033"),
    ]
    assert records[0].urls[0] == "https://example.org/a.pdf"


TOPICS = """# Invented papers by technique

#### Convolutional Invented Networks
- [Pretend Crowds for Imaginary Mitosis Detection](http://ieeexplore.example.org/document/7405343/)
- [Fast Invented Network Training by Made-up Sampling](http://ieeexplore.example.org/document/7401052/#full-text-section)

#### Generative Pretend Networks
- [Pretend Adversarial Nets for Imaginary Segmentation](https://example.org/papers/2601.00001)
"""


def test_topic_headings_over_linked_titles_name_no_author() -> None:
    records = read_listing(TOPICS, "topics.md").records
    assert [(r.title, r.authors) for r in records] == [
        ("Pretend Crowds for Imaginary Mitosis Detection", []),
        ("Fast Invented Network Training by Made-up Sampling", []),
        ("Pretend Adversarial Nets for Imaginary Segmentation", []),
    ]


def test_a_jump_within_a_site_section_is_still_navigation() -> None:
    menu = "## Contents\n\n- [Invented Section One](https://example.org/#one)\n"
    menu += "- [Pretend Section Two](https://example.org/#two)\n"
    assert read_or_refused(menu, "menu.md") == []


NAMED = """## Invented vision papers

### 1. [Pretend Residual Learning for Imaginary Images](https://arxiv.org/abs/2601.00011) (PretendNet)
- **Authors**: A. Quill, B. Nadir

### 2. [Made-up Vortex Dynamics (MVD)](https://arxiv.org/abs/2601.00012)
- **Authors**: C. Tansy
"""


def test_a_name_in_brackets_after_a_linked_title_is_no_part_of_it() -> None:
    records = read_listing(NAMED, "named.md").records
    assert [r.title for r in records] == [
        "Pretend Residual Learning for Imaginary Images",
        "Made-up Vortex Dynamics (MVD)",  # inside the link: the title's own
    ]


TAGGED = """|Date|Title|Paper|
|:---:|:---:|:---:|
|2031-10-30|[PretendOS] PretendOS: An Invented Memory for Made-up Robots|[[pdf]](http://arxiv.org/abs/3110.00001v1)|
|2031-10-15|[Imaginary-Agent] Made-up Disambiguation of Pretend Instructions|[[pdf]](http://arxiv.org/abs/3110.00002v1)|
|2031-10-02|[en] Invented Fusion of Pretend Signals in Imaginary Clinics|[[pdf]](http://arxiv.org/abs/3110.00003v1)|
|2031-10-01|Source-Free Invented Continual Learning|[[pdf]](http://arxiv.org/abs/3110.00004v1)|
"""


def test_bracketed_tags_that_differ_row_to_row_come_off_the_titles() -> None:
    records = read_listing(TAGGED, "tagged.md").records
    assert [r.title for r in records] == [
        "PretendOS: An Invented Memory for Made-up Robots",
        "Made-up Disambiguation of Pretend Instructions",
        "Invented Fusion of Pretend Signals in Imaginary Clinics",
        "Source-Free Invented Continual Learning",
    ]


BOOKS = """## Books
- ["Invented Mathematics for Pretend Learning" - Quill, Nadir & Ong](https://example.org/)
- [Made-up Deep Learning - Tansy, Marrow & Ortega](https://www.example.org/)
- [Imaginary Recognition and Pretend Learning - Bishopp](https://example.org/imaginary.pdf)
- [Quill & Nadir 2031 - Crises and Prices](http://example.org/339)
"""


def test_a_book_links_title_then_its_authors_family_names() -> None:
    records = read_listing(BOOKS, "books.md").records
    assert [(r.title, r.authors) for r in records[:3]] == [
        ("Invented Mathematics for Pretend Learning", ["Quill", "Nadir", "Ong"]),
        ("Made-up Deep Learning", ["Tansy", "Marrow", "Ortega"]),
        ("Imaginary Recognition and Pretend Learning", ["Bishopp"]),
    ]
    # names and a year before the dash: the words after it are the title, never people
    assert "Crises" not in records[3].authors


SCHEDULE = """* August 25th: __Course Introduction__
    * _Readings_:
        * Quill and Nadir Chap 1: "Pretend Beginnings of Invented Research" on [LMS](https://lms.example.org/)
        * Marrow Chap 2: "The Made-up Divide: Invented Versus Pretend" on [LMS](https://lms.example.org/)
"""


def test_a_chapter_of_a_book_by_its_authors_family_names() -> None:
    records = read_or_refused(SCHEDULE, "schedule.md")
    assert [(r.title, r.authors) for r in records] == [
        ("Pretend Beginnings of Invented Research", ["Quill", "Nadir"]),
        ("The Made-up Divide: Invented Versus Pretend", ["Marrow"]),
    ]


BOOKS_A_LINE = """## Books

Ada Quill – The Pretend Mind

Ada Quill – Shadows of Invented Words

Ben R. Nadir – Beyond AI

Cleo Tansy & Dan Ortega — Made-up Weather of Pretend Matter
"""


def test_books_a_line_by_their_authors_names() -> None:
    records = read_listing(BOOKS_A_LINE, "books.md").records
    assert [(r.title, r.authors) for r in records] == [
        ("The Pretend Mind", ["Ada Quill"]),
        ("Shadows of Invented Words", ["Ada Quill"]),
        ("Beyond AI", ["Ben R. Nadir"]),
        ("Made-up Weather of Pretend Matter", ["Cleo Tansy", "Dan Ortega"]),
    ]


def test_two_names_a_dash_apart_are_no_book() -> None:
    people = "Ada Quill – Ben Nadir\n\nCleo Tansy – Dan Ortega\n\nEve Marrow – Fay Lindqvist\n"
    assert all(r.title != "Ben Nadir" for r in read_or_refused(people, "people.md"))


LITERATURE = """## Literature

- A. Quill, B. Nadir, C. Ong. Invented Mathematics for Pretend Learning. [URL](https://example.org/imp.pdf)
- D. Marrow. All of Made-up Statistics. [URL](http://example.org/statistics.pdf)
- E. Tansy, F. Ortega. Pretend Learning. Imaginary Press, 2031. [URL](https://example.org/pl/) *A reference.*
"""


def test_initialled_names_a_title_and_its_link_or_publisher() -> None:
    records = read_listing(LITERATURE, "literature.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Invented Mathematics for Pretend Learning", ["A. Quill", "B. Nadir", "C. Ong"], None),
        ("All of Made-up Statistics", ["D. Marrow"], None),
        ("Pretend Learning", ["E. Tansy", "F. Ortega"], "2031"),
    ]


WHOLE_LINKS = """| Paper | Venue |
| --- | --- |
| [Plan, Eliminate, and Track -- Invented Models are Good Pretend Teachers](https://arxiv.org/abs/2601.00021) | 2031 |
| [Pretend-and-Solve Prompting: Improving Made-up Reasoning by Invented Models](https://arxiv.org/abs/2601.00022) | ACL 2031 |
"""  # noqa: E501


def test_a_title_cell_that_is_one_link_is_all_title() -> None:
    records = read_listing(WHOLE_LINKS, "table.md").records
    assert [(r.title, r.authors) for r in records] == [
        ("Plan, Eliminate, and Track -- Invented Models are Good Pretend Teachers", []),
        ("Pretend-and-Solve Prompting: Improving Made-up Reasoning by Invented Models", []),
    ]


NAMED_LINKS = """## Corpora

1. [Ada Quill, Ben Nadir, Cy B. Rom. The Invented Corpus: A Dataset of Pretend Cadences](https://example.org/article/view/7648/6273) - nice graphs, where's the data?
2. [Dee Marrow. The Expositions of Made-up Quartets: A Corpus Analysis](https://example.org/viewcontent.cgi?article=1022)

## Readings

1. [Eve Tansy. On the future of pretend research](https://example.org/handle/FDMC_2031_005.pdf)
2. [Fay Ortega. The Question of Purpose in Invented Theory](https://example.org/ortega.pdf)
"""  # noqa: E501


def test_a_links_text_names_the_authors_a_stop_then_the_title() -> None:
    records = read_listing(NAMED_LINKS, "notes.md").records
    assert [(r.title, r.authors) for r in records] == [
        (
            "The Invented Corpus: A Dataset of Pretend Cadences",
            ["Ada Quill", "Ben Nadir", "Cy B. Rom"],
        ),
        ("The Expositions of Made-up Quartets: A Corpus Analysis", ["Dee Marrow"]),
        ("On the future of pretend research", ["Eve Tansy"]),
        ("The Question of Purpose in Invented Theory", ["Fay Ortega"]),
    ]


def test_the_real_files() -> None:
    found = {
        name: real_papers_found(next(folder.glob(f"{name[-3:]}_*.md")))
        for name, folder in (
            ("h37 009", HOLDOUT37),
            ("h38 001", HOLDOUT38),
            ("h38 006", HOLDOUT38),
            ("h38 007", HOLDOUT38),
            ("h38 011", HOLDOUT38),
            ("h38 018", HOLDOUT38),
            ("h38 020", HOLDOUT38),
            ("h37 019", HOLDOUT37),
            ("h38 003", HOLDOUT38),
            ("h37 023", HOLDOUT37),  # `Vol. 1` kept in a title, the series after it dropped
        )
    }
    assert found == {
        "h37 009": 22,
        "h38 001": 20,
        "h38 006": 11,
        "h38 007": 5,
        "h38 011": 18,  # 17 until session 42: a short title its fellows keep now
        "h38 018": 9,
        "h38 020": 14,
        "h37 019": 10,
        "h38 003": 9,
        "h37 023": 4,
    }
