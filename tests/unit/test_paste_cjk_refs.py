"""Reference lists in Chinese and Japanese typed one entry a line with no blank line between
(made-up works): each line is an entry, a short title written without spaces a whole title."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

CHINESE = """## 参考文献

张三, 李四. 虚构的研究[J]. 虚构期刊, 2019, 12(3): 45-67.
王五. 虚构的方法[M]. 北京: 虚构出版社, 2020.
"""

JAPANESE = """## 参考文献

山田太郎・鈴木花子（2019）「架空の研究について」『架空学会誌』12(3), 45-67.
佐藤一郎（2020）『架空の本の作り方』架空出版.
"""


def test_chinese_entries_a_line_with_short_titles() -> None:
    records = read_listing(CHINESE, "refs.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("虚构的研究", ["张三", "李四"], "2019"),
        ("虚构的方法", ["王五"], "2020"),
    ]


def test_japanese_entries_a_line() -> None:
    records = read_listing(JAPANESE, "refs.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("架空の研究について", ["山田太郎", "鈴木花子"], "2019"),
        ("架空の本の作り方", ["佐藤一郎"], "2020"),
    ]
