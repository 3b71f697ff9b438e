"""A Japanese paper note (made-up paper): bullets `論文タイトル："Title"`, `論文リンク：…`,
`論文投稿日付：2031/04/22`. A title a title label gives is a title, though its words read like
a list of names (`On Face Pretending, Face Swapping, and Face Perception`)."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

NOTE = """論文まとめ：https://github.com/example/survey/issues/3

# ■ 論文
- 論文タイトル："On Face Pretending, Face Swapping, and Face Perception"
- 論文リンク：https://arxiv.org/abs/3104.01234
- 論文投稿日付：2031/04/22
- 著者（組織）：
"""


def test_a_labelled_title_that_reads_like_names_is_a_paper() -> None:
    records = read_listing(NOTE, "note.md").records
    assert [(r.title, r.arxiv_id, r.date) for r in records] == [
        ("On Face Pretending, Face Swapping, and Face Perception", "3104.01234", "2031-04-22")
    ]
