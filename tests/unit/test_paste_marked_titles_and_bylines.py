"""Books named by their marked titles alone, and bylines with a bullet before the venue.

- `《Title》` lines under a Chinese heading of recommended reading were refused (holdout41's 024):
  the marks are how Chinese (《》) and Japanese (『』) set a book's title.
- Two of those books, `Python深度学习` and `Python神经网络编程`, were one paper to the repeat
  check, whose comparison form kept ASCII letters only.
- `### Nonlinear Systems (3rd Edition)` over `Hassan Khalil • Prentice Hall, 2002` (holdout42's
  007): the byline read as nobody's, a reading list's reader made `& Rawlings • IEEE TAC` a
  title, and the edition stayed in the title.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from papershelf.core.errors import ImportFailed
from papershelf.importers.paste.blocks import names_venue_and_year
from papershelf.importers.pipeline import read_listing
from tests.pastes import real_papers_found

DATA = Path(__file__).parents[1] / "data"

# made up, in the shape of holdout41's 024
RECOMMENDED = """# 虚构网络

前馈虚构网络（feedforward pretend networks)

## 推荐阅读

《Python虚构网络编程》
《虚构学习入门》
《Python虚构学习》
《动手学虚构学习》

## 参考文献

http://example.org/pretend-networks
"""


def test_marked_titles_alone_on_their_lines_are_books() -> None:
    records = read_listing(RECOMMENDED, "notes.md").records
    assert [r.title for r in records] == [
        "Python虚构网络编程",
        "虚构学习入门",
        "Python虚构学习",
        "动手学虚构学习",
    ]


def test_japanese_marks_too() -> None:
    text = "## 読書リスト\n\n『架空の機械学習入門』\n『架空の統計学』\n『架空のデータ分析』\n"  # made up
    titles = [r.title for r in read_listing(text, "notes.md").records]
    assert titles == ["架空の機械学習入門", "架空の統計学", "架空のデータ分析"]


def test_one_marked_title_in_a_note_is_no_list() -> None:
    text = "# 笔记\n\n《虚构学习入门》\n\n今天读了第三章，讲的是虚构的梯度。\n"  # made up
    records = []
    with contextlib.suppress(ImportFailed):  # refused: no listing at all
        records = read_listing(text, "notes.md").records
    assert "虚构学习入门" not in [r.title for r in records]


def test_the_real_recommended_books() -> None:
    (path,) = (DATA / "listings-holdout41").glob("024_*.md")
    assert real_papers_found(path) == 7  # refused before


def test_a_byline_with_a_bullet_before_the_venue() -> None:
    # made up
    assert names_venue_and_year("Ada Quill • Invented Press, 2002") == ("Ada Quill", "2002")
    assert names_venue_and_year("Quill, Nadir, & Rom • IEEE TPA, 2012") == (
        "Quill, Nadir, & Rom",
        "2012",
    )
    assert names_venue_and_year("Home | About | 2024") == ("", None)
    assert names_venue_and_year("Ada Quill, Ben Rowe") == ("", None)


# made up, in the shape of holdout42's 007 (HTML cards in a Markdown page)
CARDS = """## Key Papers

<div class="reading-section">
  <div class="paper-entry">
    <h3>Invented Systems (3rd Edition)</h3>
    <p class="paper-meta">Ada Quill • Invented Press, 2002</p>
    <p>A careful introduction to pretend methods.</p>
  </div>

  <div class="paper-entry">
    <h3>A Made-Up Function for Invented Predictive Control</h3>
    <p class="paper-meta">Nadir, Rom, & Quill • IEEE TPA, 2012</p>
    <p>Elegant proof of pretend stability.</p>
  </div>
</div>
"""


def test_headed_cards_with_bylines_are_read() -> None:
    records = read_listing(CARDS, "reading.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Invented Systems", ["Ada Quill"], "2002"),  # the edition is no part of the title
        ("A Made-Up Function for Invented Predictive Control", ["Nadir", "Rom", "Quill"], "2012"),
    ]


def test_the_real_cards() -> None:
    (path,) = (DATA / "listings-holdout42").glob("007_*.md")
    assert real_papers_found(path) == 2  # 0 before; headings read as names, two-word titles and
    # `Kundur et al.` still missed
