"""A generated Chinese daily digest (made-up papers): `## n. Title`, **基本信息** bullets of
作者, 发布 (the release date) and an arXiv link, then bold section names (**主要贡献**, **方法**)
over paragraphs. A section's name of a few Han characters is never a paper's title, and the
arXiv link under the basic facts is the heading's paper's."""

from __future__ import annotations

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.verdict import judge
from papershelf.importers.pipeline import read_listing

DIGEST = """# 📚 每日论文速递 - 2031-08-02

**研究方向**: LLM reasoning

---

## 1. Not All Pretend Tokens Deserve Equal Credit: Invented Credit for Long Reasoning

**基本信息**
- 作者: Ada Example, Ben Sample
- 发布: 2031-07-30 (v1)
- arXiv: [3107.27888](https://arxiv.org/abs/3107.27888)

**主要贡献**
系统检验一个虚构的假设并证伪。

**方法**
固定每条采样轨迹重新打分。

---

## 2. Made-Up Value Calibration for Imaginary Mathematical Reasoning

**基本信息**
- 作者: Cleo Person
- 发布: 2031-07-30 (v1)
- arXiv: [3107.27631](https://arxiv.org/abs/3107.27631)

**主要贡献**
提出一个虚构的方法。
"""


def test_cjk_section_names_are_no_papers_and_the_link_is_the_headings() -> None:
    records = read_listing(DIGEST, "digest.md").records
    assert [(r.title, r.authors, r.date, r.arxiv_id) for r in records] == [
        (
            "Not All Pretend Tokens Deserve Equal Credit: Invented Credit for Long Reasoning",
            ["Ada Example", "Ben Sample"],
            "2031-07-30",
            "3107.27888",
        ),
        (
            "Made-Up Value Calibration for Imaginary Mathematical Reasoning",
            ["Cleo Person"],
            "2031-07-30",
            "3107.27631",
        ),
    ]


def test_a_short_han_heading_is_a_sections_name() -> None:
    assert judge(PaperRecord(line=1, title="主要贡献", arxiv_id="3107.27888")) is not None
