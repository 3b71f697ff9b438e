"""Paper cards in the old arXiv listing's manner, as a journal club's archive page shows them
(tests/data/listings-holdout14 holds a real one): the day, the links in brackets, the linked
title, the names cut with `+ N more`, the abstract's start. All texts are made up."""

from __future__ import annotations

from papershelf.importers.paste.html import html_lines
from papershelf.importers.pipeline import read_listing

CARDS = """<html><body>
<div id="menu"><ul>
<li><a href="../">Current Articles</a></li>
</ul></div>
<div class="entry">
<div class="left">6 Oct 2015</div>
<div class="right">[<a href="http://arxiv.example.org/pdf/1510.01234v1">PDF</a>
<a href="http://arxiv.example.org/ps/1510.01234v1">PS</a>
<a href="http://arxiv.example.org/format/1510.01234v1">Other</a>]</div>
<div id="ptitle"><p><a href="http://arxiv.example.org/abs/1510.01234">
Counting Made-Up Lanterns in Harbour Fog</a></p></div>
<div id="pauthors"><a href="http://arxiv.example.org/find/au:+Quist_A">Ada Quist</a>,
<a href="http://arxiv.example.org/find/au:+Okafor_B">Ben Okafor</a>, + 2 more</div>
<div id="pabstract">We count lanterns in harbour fog with a method nobody has used before, and
show that the counts agree with the harbour master's made-up records...</div>
</div>
<div class="entry">
<div class="left">30 Sep 2015</div>
<div class="right">[<a href="http://journal.example.org/full/x1.html">HTML</a>
<a href="http://journal.example.org/pdf/x1.pdf">PDF</a>]</div>
<div id="ptitle"><p><a href="http://journal.example.org/full/x1.html">Sorting Beacons by
Their Imaginary Colours</a></p></div>
<div id="pauthors">Clara Vane, Dev Rieu, + 40 more</div>
<div id="pabstract">We sort beacons by colours that nobody has seen, and find that they sort
themselves when the fog lifts over the made-up harbour...</div>
</div>
</body></html>
"""


def test_each_card_gives_its_day_names_and_first_link() -> None:
    records = read_listing(CARDS, "archive.html").records
    titles = [r.title for r in records]
    assert "Counting Made-Up Lanterns in Harbour Fog" in titles
    assert "Sorting Beacons by Their Imaginary Colours" in titles
    first = records[titles.index("Counting Made-Up Lanterns in Harbour Fog")]
    assert first.authors == ["Ada Quist", "Ben Okafor"]
    assert first.authors_truncated
    assert first.date == "2015-10-06"
    assert first.urls[0] == "http://arxiv.example.org/pdf/1510.01234v1"
    second = records[titles.index("Sorting Beacons by Their Imaginary Colours")]
    assert second.authors == ["Clara Vane", "Dev Rieu"]
    assert second.date == "2015-09-30"
    assert not any(t.startswith(("Ada Quist", "Clara Vane")) for t in titles)


def test_the_site_menu_and_logo_are_no_papers() -> None:
    page = (
        '<div id="logo"><h1>Made-Up Coffee Club</h1></div>\n'
        '<nav><a href="/">Home</a> <a href="/about">About the Imaginary Club</a></nav>\n'
        '<div id="menu"><ul><li><a href="../">Current Discussion Articles</a></li>\n'
        '<li><a href="./">Discussion Paper Archive</a></li></ul></div>\n'
        '<ul class="nav navbar-nav"><li><a href="/past">Past Made-Up Sessions Archive</a></li></ul>\n'
    )
    titles = [r.title for r in read_listing(page + CARDS, "archive.html").records]
    assert titles == [
        "Counting Made-Up Lanterns in Harbour Fog",
        "Sorting Beacons by Their Imaginary Colours",
    ]


def test_cards_copied_as_text_with_commas_between_the_links() -> None:
    text = (
        "07 Oct 2015\n[HTML PDF]\nCounting Made-Up Lanterns in Harbour Fog\n"
        "Ada Quist, Ben Okafor, + 34 more\n"
        "We count lanterns in harbour fog with a method nobody has used before, and show that the"
        " counts agree with the records...\n\n"
        "6 Oct 2015\n[PDF, PS, Other]\nSorting Beacons by Their Imaginary Colours\n"
        "Clara Vane, Dev Rieu\n"
        "We sort beacons by colours that nobody has seen, and find that they sort themselves when"
        " the fog lifts...\n"
    )
    records = read_listing(text, "cards.txt").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Counting Made-Up Lanterns in Harbour Fog", ["Ada Quist", "Ben Okafor"], "2015-10-07"),
        ("Sorting Beacons by Their Imaginary Colours", ["Clara Vane", "Dev Rieu"], "2015-10-06"),
    ]


def test_a_list_with_a_menu_class_among_its_classes_is_no_text() -> None:
    page = (
        '<ul class="nav navbar-nav"><li><a href="/past">Past Made-Up Sessions</a></li></ul>\n'
        '<ul class="papers"><li>Counting Made-Up Lanterns in Harbour Fog</li></ul>\n'
    )
    assert [line.text for line in html_lines(page)] == ["Counting Made-Up Lanterns in Harbour Fog"]
