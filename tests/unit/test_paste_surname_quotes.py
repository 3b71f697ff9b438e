"""Reading lists citing by family names, a quoted title and the year in brackets (made-up
works): `**"Title" - Quill, Marrow (1916)**` over its notes, `Tansy et al., "Title" (2014)`
bulleted under a bold nickname with its venue and arXiv id beside it, and the whole citation in
bold after a number. One family name alone is a name; the nickname and the notes are no papers."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

IMPORTANT = """## Foundations

**"An Invented Theory of Pretend Light" - Quill (1916)**
- Introduced a made-up idea
- Led to imaginary lasers

**"Can a Pretend Description Be Complete?" - Quill, Marrow, Tansy (1935)**
- The famous made-up paper
- **Citation:** Pretend Rev. 47, 777 (1935)
"""

SEMINAL = """### Pretend Algorithms

**Foundational:**
1. **The Famous One**
   - Oddly et al., "A Made-up Solver on an Imaginary Processor" (2014)
   - Journal of Examples 5, 4213
   - *Introduced the solver*

2. **The Other One**
   - Umber, "Simulating Pretend Physics" (1982)
   - arXiv:1411.00001

**Review:**
3. **Vell & Wren, "Pretend Algorithms" (2021)**, Reviews of Nothing 3, 625
"""


def test_title_dash_family_names_year() -> None:
    records = read_listing(IMPORTANT, "important.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("An Invented Theory of Pretend Light", ["Quill"], "1916"),
        ("Can a Pretend Description Be Complete?", ["Quill", "Marrow", "Tansy"], "1935"),
    ]


def test_family_names_quoted_title_year_under_nicknames() -> None:
    records = read_listing(SEMINAL, "seminal.md").records
    assert [(r.title, r.authors, r.date, r.arxiv_id) for r in records] == [
        ("A Made-up Solver on an Imaginary Processor", ["Oddly"], "2014", None),
        ("Simulating Pretend Physics", ["Umber"], "1982", "1411.00001"),
        ("Pretend Algorithms", ["Vell", "Wren"], "2021", None),
    ]
    assert records[0].authors_truncated


VARIANTS = """## Pretend Optics

- Quill et al. (2014), "An Invented Theory of Pretend Light", Nature 5, 4213
- "Counting Pretend Photons" by Oddly et al. (2019)
- "Folding Made-up Mirrors" (Umber, 2020)
- A. Marrow, "Scattering of Nothing" (2015)
"""


def test_names_and_year_before_or_in_brackets_after_the_title() -> None:
    records = read_listing(VARIANTS, "variants.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("An Invented Theory of Pretend Light", ["Quill"], "2014"),
        ("Counting Pretend Photons", ["Oddly"], "2019"),
        ("Folding Made-up Mirrors", ["Umber"], "2020"),
        ("Scattering of Nothing", ["A. Marrow"], "2015"),
    ]


def test_an_inverted_full_name_is_no_list_of_family_names() -> None:
    text = (
        '1. Vell, Fay W. (1921), "The Dynamics of Pretend Flow", Made-up Review, vol. 17\n'
        '2. Wren, Gus H. (1936), "Measuring Imaginary Momentum", Made-up Review, vol. 50\n'
    )
    assert "surname-quotes" not in read_listing(text, "refs.md").layout


BOLD_TITLES = """## Pretend Algorithms

- **Pretend Theory of Invented Light** - Quill (2016)
- **Counting Imaginary Photons** – Marrow & Tansy (2019)
- **"Folding Made-up Mirrors"** — Oddly et al., 2020
- **Bending Invented Beams** (Umber, 2021)
"""

NICKNAMES = """### Pretend Algorithms

1. **VQX**: Quill et al., "A Made-up Solver on an Imaginary Processor" (2014)
2. **HHX** — Oddly, Umber, Vell, "Pretend Algorithm for Imaginary Systems" (2009)
"""


def test_a_bold_title_followed_by_family_names_and_year_alone() -> None:
    records = read_listing(BOLD_TITLES, "bold.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Pretend Theory of Invented Light", ["Quill"], "2016"),
        ("Counting Imaginary Photons", ["Marrow", "Tansy"], "2019"),
        ("Folding Made-up Mirrors", ["Oddly"], "2020"),
        ("Bending Invented Beams", ["Umber"], "2021"),
    ]


def test_a_bold_nickname_before_the_citation_is_the_lists() -> None:
    records = read_listing(NICKNAMES, "nicknames.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("A Made-up Solver on an Imaginary Processor", ["Quill"], "2014"),
        ("Pretend Algorithm for Imaginary Systems", ["Oddly", "Umber", "Vell"], "2009"),
    ]


def test_a_line_citing_two_works_is_left_to_the_other_readers() -> None:
    text = (
        '* [Quill et al. (2019) "Pretend Drift"](https://doi.org/10.5555/a). See also '
        '[Marrow (2022) "The Entangled Mirror"](https://example.org/mirror).\n'
        '* [Tansy et al. (2018) "Imaginary Transfer"](https://doi.org/10.5555/b)\n'
        '* [Oddly (2017) "Counting Nothing"](https://doi.org/10.5555/c)\n'
    )
    segments = read_listing(text, "two.md").segments
    assert [s.layout for s in segments if s.first_line == 1] != ["surname-quotes"]
    assert [s.layout for s in segments if s.last_line == 3] == ["surname-quotes"]
