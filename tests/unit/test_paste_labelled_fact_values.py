"""Values of a paper's labelled facts as notes write them (made-up papers): `公開: 2031年9月17日、
arXiv:…` (a date label), names ending in a CJK full stop, a venue label whose value is a date
(`发表: 2031-08-20 · …`), and `arXiv:id (cs.LG) — Submitted 3 May 2031` after a bold label."""

from __future__ import annotations

from papershelf.importers.paste.names import split_names
from papershelf.importers.pipeline import read_listing

JAPANESE = """# PretendBench: Characterizing Invented Reuse in Made-Up Serving Systems

## 概要

架空の測定の説明です。

## 書誌情報

- 著者: Ada Example、Ben Sample、Cleo Person。
- 公開: 2031年9月17日、arXiv:3109.19657。
"""

CHINESE = """### 1. Planning-Oriented Pretend Driving: Invented Architectures and Paradigms

- **arXiv**: [3108.20111v1](https://arxiv.org/abs/3108.20111v1)
- **作者**: Ada Example, Ben Sample et al.
- **发表**: 2031-08-20  ·  **类别**: cs.RO
"""

ENGLISH = """# Deconstructing Pretend Tickets: Zeros, Signs, and the Invented Mask

**Authors:** Ada Example, Ben Sample

**arXiv:3105.01067** (cs.LG; stat.ML) — Submitted 3 May 2031

## Abstract

A made-up abstract about pretend tickets, long enough to read as the paper's own abstract here.
"""


def test_a_japanese_date_label_and_names_ending_in_a_full_stop() -> None:
    (record,) = read_listing(JAPANESE, "note.md").records
    assert (record.authors, record.date, record.arxiv_id) == (
        ["Ada Example", "Ben Sample", "Cleo Person"],
        "2031-09-17",
        "3109.19657",
    )


def test_a_venue_label_holding_a_date() -> None:
    (record,) = read_listing(CHINESE, "digest.md").records
    assert (record.date, record.arxiv_id) == ("2031-08-20", "3108.20111v1")


def test_an_arxiv_label_with_categories_and_a_submission_date() -> None:
    (record,) = read_listing(ENGLISH, "note.md").records
    assert (record.date, record.arxiv_id) == ("2031-05-03", "3105.01067")


def test_a_cjk_full_stop_ends_no_name() -> None:
    assert split_names("Ada Example, Ben Sample。") == (["Ada Example", "Ben Sample"], False)


def test_a_han_remark_after_latin_names_is_no_name() -> None:
    names = "Ada Example、Ben Sample、Cleo Person，均隶属于 Pretend 大学"
    assert split_names(names) == (["Ada Example", "Ben Sample", "Cleo Person"], False)
    assert split_names("Ada Example, Ben Sample, 山田太郎") == (
        ["Ada Example", "Ben Sample", "山田太郎"],
        False,
    )


SOURCE_NOTE = """# Lost in the Pretend Middle: How Invented Models Use Long Contexts

**Source:** https://arxiv.org/abs/3107.03172
**Authors:** Ada Example, Ben Sample
**Year:** 2031 (preprint); 2032 (published in a made-up journal)

## Abstract

A made-up abstract about pretend contexts that is long enough to be read as the abstract here.

### Submission History

- **[v1]** Thu, 6 Jul 2031 17:54:11 UTC (410 KB)
- **[v2]** Mon, 31 Jul 2031 17:48:48 UTC (416 KB)
"""


def test_the_first_versions_day_refines_a_labelled_year() -> None:
    (record,) = read_listing(SOURCE_NOTE, "note.md").records
    assert (record.arxiv_id, record.date) == ("3107.03172", "2031-07-06")
