"""To-read notes (made-up titles): a page headed `# Papers to read` that sets papers down by their
bare titles, each a paragraph of one line, among copied journal metadata and stray words. Each
title line is a paper; a word alone, a line of names or a sentence is not."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

NOTES = """# Papers to read

# Pretend taxonomy

An Invented Theory of Pretend Taxonomy Since 1851

IMAGINARY AND MADE-UP METHODS IN POST-INVENTED TAXONOMY

Recent Inventions in Theoretical and Pretend Taxonomy
A. B. C. Quill
Journal of Examples, Volume 10, Issue 3, September 1961, Pages 118–139
Published: 01 September 1961

Some Bases for Higher Pretend Categories in Classification

Marrow

Ada Quill, Ben Marrow

I should read these before the meeting.
"""


def test_bare_title_lines_under_a_to_read_heading_are_papers() -> None:
    titles = [r.title for r in read_listing(NOTES, "toread.md").records]
    for title in (
        "An Invented Theory of Pretend Taxonomy Since 1851",
        "IMAGINARY AND MADE-UP METHODS IN POST-INVENTED TAXONOMY",
        "Some Bases for Higher Pretend Categories in Classification",
    ):
        assert title in titles
    # the block of copied metadata is read as one paper, not as lines of their own
    assert not any(t.startswith(("Marrow", "Ada Quill", "I should", "Published")) for t in titles)


def test_a_site_heading_of_papers_is_no_to_read_list() -> None:
    page = NOTES.replace("# Papers to read", "# Daily Papers - Example Site")
    titles = [r.title for r in read_listing(page, "page.md").records]
    assert "Some Bases for Higher Pretend Categories in Classification" not in titles


def test_a_section_of_papers_to_read_in_a_longer_note() -> None:
    note = """# Lab notebook

## Done

Met with the group about the pretend survey

## Reading list

An Invented Theory of Pretend Taxonomy Since 1851

IMAGINARY AND MADE-UP METHODS IN POST-INVENTED TAXONOMY

Some Bases for Higher Pretend Categories in Classification
"""
    titles = [r.title for r in read_listing(note, "notes.md").records]
    assert titles == [
        "An Invented Theory of Pretend Taxonomy Since 1851",
        "IMAGINARY AND MADE-UP METHODS IN POST-INVENTED TAXONOMY",
        "Some Bases for Higher Pretend Categories in Classification",
    ]


def test_a_to_do_list_of_titles_to_read() -> None:
    todo = """## To read
- [ ] An Invented Theory of Pretend Taxonomy Since 1851
- [x] Imaginary and Made-up Methods in Post-invented Taxonomy
- Some bases for higher pretend categories in classification of invented animals
- Read chapter 3 before Monday
"""
    titles = [r.title for r in read_listing(todo, "todo.md").records]
    assert titles == [
        "An Invented Theory of Pretend Taxonomy Since 1851",
        "Imaginary and Made-up Methods in Post-invented Taxonomy",
        "Some bases for higher pretend categories in classification of invented animals",
    ]


NOTES_PAGE = """## 2019-06-12, _pretend-omics_

[Quill, Ada, et al. "WIDGETHIT: an invented assembler for made-up data." Pretend Informatics 31.10 (2015): 1674-1676.](https://academic.example.org/pi/article/31/10/1674/177884)

<div class="box">
@Article{Quill:15,
  title={{WIDGETHIT}: an invented assembler for made-up data},
  author={Quill, Ada and Marrow, Ben},
  journal={Pretend Informatics},
  year={2015}
}</div>

* [GitHub](https://github.com/example/widgethit)
* an assembler for made-up data
* built on pretend graphs
* it runs on imaginary hardware
* and it is fast

# Read

* Pushing the Limits of Invented Assembly
    * https://t.co/AbCdEf123?amp=1

* A metaanalysis of pretend phylogenetics based on imagined genomes from 18 species
    * https://www.pnas.org/content/pnas/early/2019/05/20/1814995116.full.pdf

* Choice of invented software has a critical impact on made-up characterisation.
    * https://microbiomejournal.biomedcentral.com/articles/10.5555/s40168-019-0626-5

* Next-generation pretend assembly: impact of imaginary ploidy
    * https://reader.elsevier.com/reader/sd/pii/S1046202318303803?token=6B56E6005D

* Identification of made-up genes using imagined sequencing and large control cohorts
    * https://www.nature.com/articles/s41591-019-0457-8

* Overview of Pretend Classification Methods and Their Imagined Applications
    * https://www.frontiersin.org/articles/10.5555/fmicb.2018.00749/full
"""


def test_a_notes_page_with_a_bibtex_box_is_read_as_a_page_its_read_list_with_links() -> None:
    records = read_listing(NOTES_PAGE, "notes.md").records
    by_title = {r.title: r for r in records}
    assert "WIDGETHIT: an invented assembler for made-up data" in by_title
    assert [(r.title, r.urls) for r in records[1:]] == [
        ("Pushing the Limits of Invented Assembly", ["https://t.co/AbCdEf123?amp=1"]),
        (
            "A metaanalysis of pretend phylogenetics based on imagined genomes from 18 species",
            ["https://www.pnas.org/content/pnas/early/2019/05/20/1814995116.full.pdf"],
        ),
        (
            "Choice of invented software has a critical impact on made-up characterisation",
            ["https://microbiomejournal.biomedcentral.com/articles/10.5555/s40168-019-0626-5"],
        ),
        (
            "Next-generation pretend assembly: impact of imaginary ploidy",
            ["https://reader.elsevier.com/reader/sd/pii/S1046202318303803?token=6B56E6005D"],
        ),
        (
            "Identification of made-up genes using imagined sequencing and large control cohorts",
            ["https://www.nature.com/articles/s41591-019-0457-8"],
        ),
        (
            "Overview of Pretend Classification Methods and Their Imagined Applications",
            ["https://www.frontiersin.org/articles/10.5555/fmicb.2018.00749/full"],
        ),
    ]
    assert records[3].doi == "10.5555/s40168-019-0626-5"
