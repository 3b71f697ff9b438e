"""A philosophy seminar's assignments (made-up readings, in the shape of
tests/data/listings-holdout18 003): `- Surname, "[Title](link)"`, the author by family name
alone before the quoted title. The family name is the author; a word that is no name
(`See`, `Optional`) is not."""

from __future__ import annotations

from papershelf.importers.paste.cite import read_citation
from papershelf.importers.pipeline import read_listing

SEMINAR = """# Class 14 (4/26)

- Quill, "[Transparent pretend self-knowledge](http://bit.ly/1WEfffO)"
- Nadir, "[Transparency as invented inference](http://bit.ly/1WEfhVd)"
- Tansy and Oddly, "[The silence of made-up knowledge](http://bit.ly/1WEfaZA)"
- Umber, "[Inferential pretend justification and belief](http://bit.ly/1WEfJTi)"
"""


def test_the_family_name_before_the_quoted_title_is_its_author() -> None:
    records = read_listing(SEMINAR, "assignments.md").records
    assert [(r.title, r.authors) for r in records] == [
        ("Transparent pretend self-knowledge", ["Quill"]),
        ("Transparency as invented inference", ["Nadir"]),
        ("The silence of made-up knowledge", ["Tansy", "Oddly"]),
        ("Inferential pretend justification and belief", ["Umber"]),
    ]


def test_a_word_that_is_no_name_is_no_author() -> None:
    for lead in ("See", "Optional", "Week"):
        cited = read_citation(f'{lead}, "Transparency as invented inference"', [], [])
        assert cited is not None and cited.authors == "", lead
