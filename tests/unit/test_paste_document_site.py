"""A document-sharing site's page of one paper copied as text (tests/data/listings-holdout14 holds
a real one): the title, `by user`, the site's counters, `Transcript`, then the document's cover.
All texts are made up."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

PAGE = """...

架空の港における灯火の計数-霧の中の研究

by user

on
Category: Documents
12

views

Report

Transcript

架空の港における灯火の計数-霧の中の研究
45
架空の港における灯火の計数
霧の中の研究
山
田
花
子
"""


def test_the_page_title_is_the_paper_and_the_cover_gives_the_names_down_the_page() -> None:
    [record] = read_listing(PAGE, "page.txt").records
    assert record.title == "架空の港における灯火の計数-霧の中の研究"
    assert record.authors == ["山 田 花 子"]


LATIN = PAGE.replace("架空の港における灯火の計数-霧の中の研究", "Counting Lanterns in Made-Up Fog")
LATIN = LATIN.replace(
    "架空の港における灯火の計数\n霧の中の研究", "Counting Lanterns\nin Made-Up Fog"
)
LATIN = LATIN.replace("山\n田\n花\n子\n", "Ada Quist and Ben Okafor\n")


def test_a_cover_with_a_line_of_names_gives_them() -> None:
    [record] = read_listing(LATIN, "page.txt").records
    assert record.title == "Counting Lanterns in Made-Up Fog"
    assert record.authors == ["Ada Quist", "Ben Okafor"]
