"""A researcher's publications page (made-up entries): bold entries whose authors run into the
title with a space only (a full-width one in Japanese), then the venue and the year after the
title's full stop, the DOI and a link after the bold."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

PAGE = """### 論文
本リストは年度の新しい順に整理しています。
- **Ada Quill, Ben Marrow, Cleo Tansy An Invented Scale of Pretend Care (IPC) . Made-up Nursing . March 2025** doi:10.1234/made.2025.1 〔[Link](https://example.org/a)〕
- **田中花子, 佐藤 文, 山田太郎　架空の看護技術に関する意見収集調査．架空看護学雑誌, 29(1), 27-35, 2023年3月** doi:10.5678/made.2 〔[Link](https://example.org/b)〕
- **Ada Quill, Dora Lindt, Ben Marrow Pretend Reflection and the Volume of Invented Writing. Health 10(3), 283-288, 2018年3月** doi:10.4236/made.3〔[Link](https://example.org/c)〕
"""  # noqa: E501


def test_names_run_into_the_title_are_parted_from_it() -> None:
    records = read_listing(PAGE, "papers.md").records
    assert [(r.title, r.authors, r.date, r.doi) for r in records] == [
        ("An Invented Scale of Pretend Care (IPC)", ["Ada Quill", "Ben Marrow", "Cleo Tansy"],
         "2025", "10.1234/made.2025.1"),
        ("架空の看護技術に関する意見収集調査", ["田中花子", "佐藤 文", "山田太郎"], "2023", "10.5678/made.2"),
        ("Pretend Reflection and the Volume of Invented Writing", ["Ada Quill", "Dora Lindt", "Ben Marrow"],
         "2018", "10.4236/made.3"),
    ]  # fmt: skip


def test_two_names_run_into_the_title_are_parted_too() -> None:
    page = PAGE.replace(
        "Ada Quill, Dora Lindt, Ben Marrow Pretend", "Ada Quill, Ben Marrow Pretend"
    )
    records = read_listing(page, "papers.md").records
    assert records[-1].authors == ["Ada Quill", "Ben Marrow"]
    assert records[-1].title == "Pretend Reflection and the Volume of Invented Writing"
