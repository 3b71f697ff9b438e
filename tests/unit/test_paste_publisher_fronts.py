"""A publisher's article page copied as text or Markdown (ScienceDirect's shape): the button
`Author links open overlay panel` glued to the first name, affiliations lettered after the names
(`Ada Quist a, Ben Okafor b`) or the names a line each with the commas between them, buttons
(`Purchase PDF`) in the menu, the abstract under `Highlights`, `Volume 12, March 2020, 104` over
the title and the page's own title (`# Title - Site`, `URL: …`) opening a Markdown capture.
All texts are made up."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

ABSTRACT = (
    "We count the lanterns of an invented harbour through a fog bank that nobody has seen, and "
    "find that the count depends on the weather in ways a made-up model explains well enough."
)

TEXT_PAGE = f"""Counting lanterns through an invented harbour fog
Author links open overlay panelAda Quist a, Ben Okafor a, Clara Vane b
Show more
Add to Mendeley
Share
Cite
https://doi.org/10.1234/made.2020.104
Get rights and content
Highlights
?
We count lanterns.

?
We count them again in the fog.

?
We invent a model of the weather.

?
The model explains the counts.

?
Nobody has seen the harbour.


Abstract
{ABSTRACT}
"""

MARKDOWN_PAGE = f"""# Counting lanterns through an invented harbour fog - Made-Up Direct

URL: https://made-up.example.org/article/pii/S000000

---

Skip to main content
Sign in
Access through your organization
Purchase PDF
Article preview
Abstract
Introduction
Made-Up Journal of Harbours
Volume 12, March 2020, 104
Counting lanterns through an invented harbour fog
Author links open overlay panel
Ada Quist a
, Ben Okafor b
,
Clara Vane c d
Show more
Cite
https://doi.org/10.1234/made.2020.104
Abstract
{ABSTRACT}
"""


def test_glued_button_and_lettered_affiliations_and_the_abstract_under_highlights() -> None:
    records = read_listing(TEXT_PAGE, "page.txt").records
    assert len(records) == 1
    record = records[0]
    assert record.title == "Counting lanterns through an invented harbour fog"
    assert record.authors == ["Ada Quist", "Ben Okafor", "Clara Vane"]
    assert record.doi == "10.1234/made.2020.104"
    assert record.abstract == ABSTRACT


def test_names_a_line_each_under_the_page_title_and_the_issue_month() -> None:
    records = read_listing(MARKDOWN_PAGE, "page.md").records
    assert len(records) == 1
    record = records[0]
    assert record.title == "Counting lanterns through an invented harbour fog"
    assert record.authors == ["Ada Quist", "Ben Okafor", "Clara Vane"]
    assert record.date_partial == "2020-03" or record.date == "2020-03"
    assert "https://made-up.example.org/article/pii/S000000" in record.urls
    assert record.abstract == ABSTRACT
