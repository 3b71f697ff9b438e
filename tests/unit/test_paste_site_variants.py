"""Site pages in the variants people paste them: Hugging Face cards under their summary sentence,
dumped by a text browser with their link targets cut, or with the organisation before the date;
Scholar results in other interface languages and with glued badges; labelled results whose
source line carries the year.

Made-up titles, names and numbers in the shapes of real pastes (the corpora are the real check).
"""

from __future__ import annotations

from papershelf.core.records import PaperRecord
from papershelf.importers.pipeline import read_listing


def titles(records: list[PaperRecord]) -> list[str]:
    return [record.title for record in records]


TRENDING_TWICE = """\
## Trending Papers

### Folding Maps: Sparse Routing for Tiny Recurrent Models

Folding Maps routes small recurrent models through wide layers and keeps accuracy on long inputs.
- 6 authors
[LINK: GitHub 2.1k](https://github.com/example/folding-maps)

### Folding Maps: Sparse Routing for Tiny Recurrent Models

Folding Maps routes small recurrent models through wide layers and keeps accuracy on long inputs.
- 6 authors
[LINK: GitHub 2.1k](https://github.com/example/folding-maps)

### Quiet Gradients in Shallow Networks

A study of gradient noise in shallow networks finds that quieter updates help calibration a lot.
- 3 authors
[LINK: GitHub 88](https://github.com/example/quiet)
"""


def test_a_card_title_is_its_heading_not_the_summary_sentence_under_it() -> None:
    records = read_listing(TRENDING_TWICE, "trending.md").records
    assert titles(records) == [
        "Folding Maps: Sparse Routing for Tiny Recurrent Models",
        "Quiet Gradients in Shallow Networks",
    ]  # each card printed twice is one paper; summaries are no titles


TEXT_BROWSER_CUT_TARGETS = """\
# Daily Papers

```text
Jun 3
[
-
][31]

### [Lantern: Streaming Recognition of Very Long Recordings][32]

[

Streaming recognition of long recordings must balance accuracy and delay, and existing systems
choose one of the two. We propose Lantern, a recogniser that keeps a rolling context of fixed size
and revisits each window once it has heard what follows. On three long-form benchmarks Lantern
matches offline accuracy while cutting the delay by half, and the code is released for everyone.

][33]
[
* 4 authors
][34]
·
May 30
[
12
][35]

### [Tidal Attention for Sensor Streams][36]

[

Sensor streams arrive at uneven rates, which makes fixed attention windows waste most of their
budget on quiet periods. Tidal attention widens and narrows its window with the rate of events, and
on four sensor benchmarks it reaches the accuracy of full attention with a tenth of the memory it
needs, so small devices can run it.

][37]
[
* 2 authors
][38]
·
Mar 8, 2024
```
"""


def test_a_text_browser_dump_without_link_targets_gives_titles_abstracts_and_dates() -> None:
    records = read_listing(TEXT_BROWSER_CUT_TARGETS, "dump.md").records
    assert titles(records) == [
        "Lantern: Streaming Recognition of Very Long Recordings",
        "Tidal Attention for Sensor Streams",
    ]
    first, second = records
    assert first.abstract.startswith("Streaming recognition of long recordings must balance")
    assert first.abstract.endswith("the code is released for everyone.")
    assert (first.date or first.date_text) == "May 30"
    assert second.date == "2024-03-08"


SUBMITTED_BY_CARDS = """\
# Trending Papers

-

-

Submitted by

jdoe

### [Harbor: Caching Experts on Flash for Small Devices](https://huggingface.co/papers/2601.04321)

Harbor serves a large mixture-of-experts model from flash storage by predicting which experts
the next tokens need and loading them early. It keeps the quality of the full model within a point.

[Harbor Lab](https://huggingface.co/harbor-lab) · Published on Jan 9, 2026

[Upvote

40](https://huggingface.co/login?next=%2Fpapers%2F2601.04321)

Submitted by

asmith

### [Ripple Decoding for Speech Models](https://huggingface.co/papers/2601.05555)

Ripple decoding lets a speech model emit several tokens per step by checking them against a cheap
draft, which halves the time it takes to transcribe an hour of audio on one card.

[Ripple Group](https://huggingface.co/ripple) · Published on Jan 12, 2026
"""


def test_submitted_by_lines_are_no_arxiv_search_page_and_the_date_follows_the_organisation() -> (
    None
):
    preview = read_listing(SUBMITTED_BY_CARDS, "trending.md")
    assert preview.layout == "hf-paste"
    assert titles(preview.records) == [
        "Harbor: Caching Experts on Flash for Small Devices",
        "Ripple Decoding for Speech Models",
    ]
    assert [record.date for record in preview.records] == ["2026-01-09", "2026-01-12"]


SCHOLAR_CHINESE_GLUED_BADGES = """\
Lattice priors for sparse sensor fusionPreprint
K Osei, M Laine, T Brandt… - arXiv preprint arXiv …, 2024 - arxiv.org
Sensor fusion on small robots relies on priors that are hard to tune. We propose lattice
priors, which are learned once and shared across platforms …
保存 引用 被引用次数：9 相关文章 所有 2 个版本
[PDF] arxiv.org
Counting sheep with graph networksBook
R Ivanova, P Mensah - 2023 - Example Press
保存 引用 被引用次数：3 相关文章
Review of Preprint servers in ecology
J Tan, F Ortiz - Ecology Letters, 2021 - Wiley
保存 引用 被引用次数：40 相关文章 所有 5 个版本
"""


def test_scholar_kind_badges_glued_to_a_title_are_dropped_in_any_interface_language() -> None:
    records = read_listing(SCHOLAR_CHINESE_GLUED_BADGES, "scholar.txt").records
    assert titles(records) == [
        "Lattice priors for sparse sensor fusion",
        "Counting sheep with graph networks",
        "Review of Preprint servers in ecology",  # a word of the title, set apart, stays
    ]
    assert records[0].authors == ["K Osei", "M Laine", "T Brandt"]
    assert [record.date for record in records] == ["2024", "2023", "2021"]


LABELLED_SCHOLAR_RESULTS = """\
## Results

### 1. Tiny planners for household robots

**Authors:** A Okafor, B Lind

**Source:** arXiv preprint arXiv:2503.01234, 2025 - arxiv.org

**Citations:** 4

---

### 2. Reading maps with language models

**Authors:** C Duarte, D Kim, E Novak

**Source:** Proceedings of the Map Workshop, 2022 - example.org

**Citations:** 31
"""


def test_a_source_label_with_a_scholar_venue_line_gives_the_year_and_the_arxiv_id() -> None:
    records = read_listing(LABELLED_SCHOLAR_RESULTS, "results.md").records
    assert titles(records) == [
        "Tiny planners for household robots",
        "Reading maps with language models",
    ]
    assert [record.date for record in records] == ["2025", "2022"]
    assert records[0].arxiv_id == "2503.01234"
    assert records[1].authors == ["C Duarte", "D Kim", "E Novak"]


TITLE_LABEL_OVER_A_LIST = """\
## 术语笔记

这个术语最早见于 RingNet（Okoro et al. 2019），后来被广泛使用。

相关论文标题：
- Ring Buffers for Streaming Attention in Small Models
- Folded Caches: Memory Reuse Across Decoding Steps

---

Paper titles:
- Quiet Tokens: Pruning Context Without Retraining
- Elastic Windows for Long Documents
"""


def test_a_title_label_alone_over_a_list_makes_each_item_a_paper() -> None:
    records = read_listing(TITLE_LABEL_OVER_A_LIST, "note.md").records
    assert titles(records) == [
        "Ring Buffers for Streaming Attention in Small Models",
        "Folded Caches: Memory Reuse Across Decoding Steps",
        "Quiet Tokens: Pruning Context Without Retraining",
        "Elastic Windows for Long Documents",
    ]  # the work named in prose with its authors is no entry of the list


NUMBERED_HEADINGS_WITH_LABEL_WORDS = """\
### Results (3 found)

#### [1] Comment: Priors That Check Themselves in Layered Models
- **Published:** 2008-02-06T07:23:14Z
- **Link:** [http://arxiv.org/abs/0802.0123v1](http://arxiv.org/abs/0802.0123v1)
- **Abstract:** We discuss a way of checking the second level of a layered model for a conflict
between prior and data, and show when it works...

#### [2] Reply: Priors That Check Themselves Revisited
- **Published:** 2008-05-01T10:00:00Z
- **Link:** [http://arxiv.org/abs/0805.0456v1](http://arxiv.org/abs/0805.0456v1)
- **Abstract:** We answer the discussants of the paper above and extend the check to models with
three levels, with two worked examples...
"""


def test_a_numbered_heading_whose_title_opens_with_a_label_word_is_a_title() -> None:
    records = read_listing(NUMBERED_HEADINGS_WITH_LABEL_WORDS, "results.md").records
    assert titles(records) == [
        "Comment: Priors That Check Themselves in Layered Models",
        "Reply: Priors That Check Themselves Revisited",
    ]
    assert records[0].arxiv_id == "0802.0123v1"
    assert records[0].date == "2008-02-06"


CJK_PREFIXED_HEADING = """\
# 论文精读：GLIDE: Learning to Walk from Short Videos

> arXiv: [2607.01234](https://arxiv.org/abs/2607.01234)
> v1 提交日期：2026-07-03
> 分类：Robotics (cs.RO)

## 1. 速览

**一句话总结**：GLIDE learns walking gaits from short videos without any motion capture data.
"""


def test_words_in_cjk_before_a_latin_title_are_no_part_of_it_and_a_v1_date_label_dates_it() -> None:
    (record,) = read_listing(CJK_PREFIXED_HEADING, "note.md").records
    assert record.title == "GLIDE: Learning to Walk from Short Videos"
    assert record.arxiv_id == "2607.01234"
    assert record.date == "2026-07-03"


def test_a_cjk_title_with_latin_words_in_it_keeps_its_opening() -> None:
    from papershelf.importers.paste.lines import clean_title

    assert clean_title("深層学習：Deep Learning入門") == "深層学習：Deep Learning入門"
    assert (
        clean_title("论文精读：Sparse Routing for Tiny Models") == "Sparse Routing for Tiny Models"
    )


CLIPPED_ABSTRACT_PAGE_FOLDED_FRONT_MATTER = """\
---
title: Counting Birds from Orbit with Tiny Detectors and Very Long Titles That Fold Over
  Two Lines
source: https://arxiv.org/abs/2605.04321
author:
- '[[Ana Silva, Bo Chen, Carla Dietz]]'
published: '2026-05-06'
description: 'arXiv:2605.04321v1 Announce Type: new Abstract: We count birds from orbit
  with detectors small enough to run on board.'
---

# Computer Science > Computer Vision

# Title:Counting Birds from Orbit with Tiny Detectors and Very Long Titles That Fold Over Two Lines

View PDF HTML (experimental)Abstract:We count birds from orbit with detectors small enough to run \
on board, and show that they match ground surveys within five percent.

# Bibliographic and Citation Tools
"""


def test_a_clipped_abstract_page_with_a_folded_title_and_glued_labels_is_one_paper() -> None:
    (record,) = read_listing(CLIPPED_ABSTRACT_PAGE_FOLDED_FRONT_MATTER, "clip.md").records
    assert record.title == (
        "Counting Birds from Orbit with Tiny Detectors and Very Long Titles That Fold Over Two Lines"
    )
    assert record.abstract.startswith("We count birds from orbit with detectors small enough")
    assert record.authors == ["Ana Silva", "Bo Chen", "Carla Dietz"]
    assert record.arxiv_id == "2605.04321"
    assert record.date == "2026-05-06"


def test_folded_yaml_values_are_joined_and_json_keys_are_not() -> None:
    from papershelf.importers.paste.doc import split_front_matter

    yaml_front, _body, _first = split_front_matter(CLIPPED_ABSTRACT_PAGE_FOLDED_FRONT_MATTER)
    assert yaml_front["title"].endswith("That Fold Over Two Lines")
    assert yaml_front["description"].endswith("small enough to run on board.")
    keys = ["published", "title", "doi", "date", "source", "priority", "kind", "lang"]
    json_text = ",\n".join(f'  "{key}": "{key} value"' for key in keys)
    json_front, _body, _first = split_front_matter(f"---\n{{\n{json_text}\n}}\n---\nbody\n")
    assert [json_front[key] for key in keys] == [f"{key} value" for key in keys]


VIDEOS_THEN_PAPERS = """\
### References

- [Attention, visually explained](https://www.youtube.com/watch?v=abcdEFGhij0) (2024) by Ada Brook.
- [Skip connections in ten minutes](https://youtu.be/Zyxwvut9876) (2022) by Ben Okoye.
- [A talk on sparse experts](https://vimeo.com/123456789) (2023) by Cy Park.

... and some papers on the subject:

- [Sparse experts for small devices](https://arxiv.org/abs/2301.01234) (2023) by Dan Ruiz and Eve Lund.
"""


def test_works_linked_to_a_video_site_are_no_papers() -> None:
    records = read_listing(VIDEOS_THEN_PAPERS, "refs.md").records
    assert titles(records) == ["Sparse experts for small devices"]
    assert records[0].authors == ["Dan Ruiz", "Eve Lund"]


NOTE_WITH_A_FEED = """\
# Parcel Sorting by Si...

## summary
We train small robots to sort parcels by sight alone, without any labels at all.

## content
Link: https://arxiv.org/abs/2509.00001

Parcel Sorting by Sight

arXiv:2509.00001v2 Announce Type: replace Abstract: We train small robots to sort parcels by \
sight alone, without any labels at all, and show that sorting accuracy matches labelled training.

## Scraped from https://arxiv.org/rss/cs.RO
<?xml version='1.0' encoding='UTF-8'?>
<rss version="2.0">
  <channel>
    <title>cs.RO updates on arXiv.org</title>
    <link>http://rss.arxiv.org/rss/cs.RO</link>
    <item>
      <title>Parcel Sorting by Sight</title>
      <link>https://arxiv.org/abs/2509.00001</link>
      <description>arXiv:2509.00001v2 Announce Type: replace
Abstract: We train small robots to sort parcels by sight alone.</description>
    </item>
    <item>
      <title>Soft Grippers That Learn Their Own Shape</title>
      <link>https://arxiv.org/abs/2509.00002</link>
      <description>arXiv:2509.00002v1 Announce Type: new
Abstract: Soft grippers change shape as they grasp; we learn a model of that change from touch al
"""


def test_items_of_a_feed_pasted_as_xml_are_papers_and_the_channel_is_not() -> None:
    records = read_listing(NOTE_WITH_A_FEED, "inbox.md").records
    assert sorted(titles(records)) == [
        "Parcel Sorting by Sight",
        "Soft Grippers That Learn Their Own Shape",
    ]
    gripper = next(r for r in records if r.title.startswith("Soft"))
    assert gripper.arxiv_id == "2509.00002v1"
    assert gripper.urls[0] == "https://arxiv.org/abs/2509.00002"
    assert gripper.abstract.startswith("Soft grippers change shape as they grasp")  # cut: kept


ATOM_FEED = """\
<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Query results</title>
  <id>http://arxiv.org/api/query</id>
  <entry>
    <id>http://arxiv.org/abs/2401.00011v1</id>
    <updated>2024-02-01T00:00:00Z</updated>
    <published>2024-01-02T10:00:00Z</published>
    <title>Curvature Flows on Small Surfaces</title>
    <summary>We study curvature flows on surfaces of small area and show they converge.</summary>
    <author><name>Ana Lima</name></author>
    <link href="http://arxiv.org/abs/2401.00011v1" rel="alternate" type="text/html"/>
  </entry>
</feed>
"""


def test_an_atom_feed_gives_its_entries() -> None:
    (record,) = read_listing(ATOM_FEED, "feed.xml").records
    assert record.title == "Curvature Flows on Small Surfaces"
    assert record.date == "2024-01-02"
    assert record.arxiv_id == "2401.00011v1"
    assert record.abstract.startswith("We study curvature flows")


def test_two_copies_of_an_abstract_in_one_note_are_one_the_longer() -> None:
    (note, *_rest) = [
        r for r in read_listing(NOTE_WITH_A_FEED, "inbox.md").records if "Parcel" in r.title
    ]
    assert note.abstract.endswith("sorting accuracy matches labelled training.")
    assert note.abstract.count("We train small robots") == 1


NOTE_THEN_ITS_ABSTRACT_PAGE = """\
# Parcel Sorting by Sight

Link: https://arxiv.org/abs/2509.00001

Abstract: We train small robots to sort parcels by sight alone, without any labels at all, and show \
that sorting accuracy matches labelled training on three warehouses of different sizes.

## The page

Computer Science > Robotics

[Submitted on 2 Sep 2025 (v1)]

Parcel Sorting by Sight

Ana Lima, Bo Chen

Abstract: We train small robots to sort parcels by sight alone, without any labels at all, and show...

Subjects: Robotics (cs.RO)
Cite as: arXiv:2509.00001 [cs.RO]
"""


def test_a_paper_read_twice_keeps_the_longer_copy_of_its_abstract_and_the_names() -> None:
    (record,) = read_listing(NOTE_THEN_ITS_ABSTRACT_PAGE, "note.md").records
    assert record.title == "Parcel Sorting by Sight"
    assert record.authors == ["Ana Lima", "Bo Chen"]
    assert record.abstract.endswith("on three warehouses of different sizes.")


ARCHIVE_SEARCH_PARAGRAPHS = """\
Tilings of Strips by Dominoes - Ana M. Lima We count tilings of strips by dominoes and squares \
and relate the counts to continued fractions. The proofs are bijective.

Sur les partitions planes - Jean van der Berg Nous prouvons une identité sur les partitions planes, \
conjecturée auparavant. La preuve est courte et utilise des fonctions symétriques.

"Quiet" primes in short intervals - Bo Chen, Carla Dietz "Quiet" primes are primes with few \
neighbours in short intervals; we show that they have positive density under a standard conjecture.
"""


def test_archive_search_paragraphs_give_title_names_and_abstract_run_together() -> None:
    records = read_listing(ARCHIVE_SEARCH_PARAGRAPHS, "search.txt").records
    assert titles(records) == [
        "Tilings of Strips by Dominoes",
        "Sur les partitions planes",
        '"Quiet" primes in short intervals',
    ]
    assert [r.authors for r in records] == [
        ["Ana M. Lima"],
        ["Jean van der Berg"],
        ["Bo Chen", "Carla Dietz"],
    ]
    assert records[0].abstract.startswith("We count tilings of strips")
    assert records[1].abstract.startswith("Nous prouvons une identité")
    assert records[2].abstract.startswith('"Quiet" primes are primes with few neighbours')


def test_one_paragraph_with_a_dash_and_names_alone_is_no_listing() -> None:
    text = (
        "Notes from the reading group - Ana Lima We met on Tuesday and read two chapters of the "
        "book. Next time we read the third one. Bring questions, and bring tea.\n"
    )
    assert not any(r.title == "Notes from the reading group" for r in _records_or_none(text))


def _records_or_none(text: str) -> list[PaperRecord]:
    from papershelf.core.errors import ImportFailed

    try:
        return read_listing(text, "note.txt").records
    except ImportFailed:
        return []


FLATTENED_ATOM = (
    "https://arxiv.org/api/abcDEF 2026-04-06T08:11:38Z 4000 0 2 "
    "http://arxiv.org/abs/2602.00011v2 Minimal Surfaces of Small Area 2026-03-03T05:09:30Z "
    "We show that minimal surfaces of small area in a ball are discs, and we bound their number "
    "in terms of the area. 2026-02-13T06:10:01Z 12 pages Ana Lima Bo Chen "
    "http://arxiv.org/abs/2601.00022v1 Trees With Few Leaves 2026-03-03T04:20:22Z "
    "We count trees with few leaves and a given diameter, and give a formula that is exact for "
    "small diameters. 2026-01-05T07:39:15Z Carla Maria Dietz"
)


def test_an_atom_feed_run_together_on_one_line_gives_its_entries() -> None:
    records = read_listing(FLATTENED_ATOM, "feed.txt").records
    assert titles(records) == ["Minimal Surfaces of Small Area", "Trees With Few Leaves"]
    first, second = records
    assert first.authors == ["Ana Lima", "Bo Chen"]  # after the comment, two by two
    assert first.date == "2026-02-13"  # published, not updated
    assert first.arxiv_id == "2602.00011v2"
    assert first.abstract.endswith("in terms of the area.")
    assert second.authors == []  # three words do not pair: no names rather than wrong ones


WORKS_CITED = """\
Works cited
Fast Tea Brewing at Home | Tea Co, accessed March 3, 2026, https://www.example.com/tea/fast
Which kettle? | Kettle Forum, accessed March 3, 2026, https://forum.example.org/t/which-kettle/42
Steeping Time and Taste: A Controlled Study, accessed March 3, 2026, https://arxiv.org/html/2602.01234v2
arXiv:2601.04321v3 [cs.CL] 2 Feb 2026, accessed March 3, 2026, https://arxiv.org/pdf/2601.04321
[2603.00077] Leaf Grades Predicted from Photographs - arXiv, accessed March 3, 2026, https://arxiv.org/abs/2603.00077
example/kettle-tools: Scripts for kettles - GitHub, accessed March 3, 2026, https://github.com/example/kettle-tools
"""


def test_works_cited_gives_the_papers_pages_only_with_their_titles() -> None:
    records = read_listing(WORKS_CITED, "report.txt").records
    assert titles(records) == [
        "Steeping Time and Taste: A Controlled Study",
        "Leaf Grades Predicted from Photographs",
    ]  # web pages, a repository and a page titled only by its identifier are no entries
    assert [r.arxiv_id for r in records] == ["2602.01234v2", "2603.00077"]
    # The access date is the reader's: the dates are the months of the arXiv ids.
    assert [r.date for r in records] == ["2026-02", "2026-03"]


BOLD_LINKED_CARDS = """\
# Daily Papers

**[Sparse Routing for Tiny Recurrent Models](https://huggingface.co/papers/2601.01234)**

We show that tiny recurrent models with sparse routing handle long inputs well.

· 5 authors · Published on Jan 3, 2026

**[Counting Birds from Orbit](https://huggingface.co/papers/2601.04321)**

Satellite images let us count birds over large areas with small detectors.

· 3 authors · Published on Jan 4, 2026
"""

DAILY_PAGE_AS_TEXT = """\
Daily Papers
by AK and the research community
Sparse Routing for Tiny Recurrent Models
Tiny recurrent models with sparse routing handle long inputs while keeping accuracy on four benchmarks.
Submitted by
jdoe
2 days ago
·
5 authors
Upvote
41
Counting Birds from Orbit
Small detectors running on satellites count birds over large areas within five percent of surveys.
Submitted by
asmith
3 days ago
·
3 authors
Upvote
12
"""


def test_bold_linked_card_titles_and_a_line_of_facts_parted_by_dots_give_the_date() -> None:
    records = read_listing(BOLD_LINKED_CARDS, "daily.md").records
    assert titles(records) == [
        "Sparse Routing for Tiny Recurrent Models",
        "Counting Birds from Orbit",
    ]
    assert [r.date for r in records] == ["2026-01-03", "2026-01-04"]
    assert [r.arxiv_id for r in records] == ["2601.01234", "2601.04321"]


def test_a_relative_date_above_the_author_count_dates_the_card() -> None:
    records = read_listing(DAILY_PAGE_AS_TEXT, "daily.txt").records
    assert titles(records) == [
        "Sparse Routing for Tiny Recurrent Models",
        "Counting Birds from Orbit",
    ]
    assert [r.date_text for r in records] == ["2 days ago", "3 days ago"]  # no capture date: raw


SCHOLAR_CLIPPED_WITH_LINKS = """\
[[PDF] arxiv.org](https://arxiv.org/pdf/2401.01234)

[Sparse routing for tiny recurrent models](https://arxiv.org/abs/2401.01234)

[A Lima](https://scholar.google.com/citations?user=abc), B Chen - arXiv preprint, 2024 - arxiv.org

We show that tiny recurrent models with sparse routing handle long inputs …

[Cited by 41](https://scholar.google.com/scholar?cites=1) [All 6 versions](https://scholar.google.com/scholar?cluster=1)

[Counting birds from orbit](https://www.nature.com/articles/s41586-023-00001-1)

D Okafor, E Lund… - Nature, 2023 - nature.com

[Cited by 12](https://scholar.google.com/scholar?cites=2)
"""


def test_scholar_profile_and_search_links_are_no_links_of_the_paper() -> None:
    records = read_listing(SCHOLAR_CLIPPED_WITH_LINKS, "scholar.md").records
    assert titles(records) == [
        "Sparse routing for tiny recurrent models",
        "Counting birds from orbit",
    ]
    assert records[0].urls == [
        "https://arxiv.org/abs/2401.01234",
        "https://arxiv.org/pdf/2401.01234",
    ]
    assert records[1].urls == ["https://www.nature.com/articles/s41586-023-00001-1"]


CJK_LABEL_WORDS = """\
### 1.

- 论文名称：Sparse Routing for Tiny Recurrent Models
- 作者：Ana Lima, Bo Chen
- 论文摘要：We show that tiny recurrent models with sparse routing handle long inputs well.
- 原文链接：https://arxiv.org/abs/2601.01234

### 2.

- 論文名：Counting Birds from Orbit
- 著者名：Carla Dietz
- 論文リンク：https://arxiv.org/abs/2601.04321
"""


def test_more_of_the_common_chinese_and_japanese_label_words_are_labels() -> None:
    records = read_listing(CJK_LABEL_WORDS, "notes.md").records
    assert titles(records) == [
        "Sparse Routing for Tiny Recurrent Models",
        "Counting Birds from Orbit",
    ]
    assert [r.authors for r in records] == [["Ana Lima", "Bo Chen"], ["Carla Dietz"]]
    assert [r.arxiv_id for r in records] == ["2601.01234", "2601.04321"]
    assert records[0].abstract.startswith("We show that tiny recurrent models")


ABSTRACT_PAGE_TOOL_HEADINGS = """\
# Computer Science > Robotics

# Title:Parcel Sorting by Sight in Small Warehouses

View PDF Abstract:We train small robots to sort parcels by sight alone, without any labels at all, \
and show that sorting accuracy matches labelled training.

# Bibliographic and Citation Tools

# Code, Data and Media Associated with this Article

# Recommenders and Search Tools
"""


def test_an_abstract_pages_breadcrumb_and_tool_headings_are_no_papers_beside_it() -> None:
    records = read_listing(ABSTRACT_PAGE_TOOL_HEADINGS, "page.md").records
    assert titles(records) == ["Parcel Sorting by Sight in Small Warehouses"]
