"""Shapes of accepted-paper lists, paper catalogs and reference sections, read by general cues.
All texts are made up, in the shapes real pastes use (tests/data/listings-holdout7 holds real
ones)."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing


def read(text: str, name: str = "paste.md") -> list[tuple[str, list[str], str | None]]:
    return [(r.title, r.authors, r.date or r.date_text) for r in read_listing(text, name).records]


QUOTED_SEMICOLON = """### Accepted Papers
- "Counting Sheep with Sparse Attention"; Mara Lind
- "Tidal Models for River Deltas: A Study"; Oskar Brandt, Ines Vale, K. Tomas Ruiz
"""


def test_a_quoted_title_then_a_semicolon_and_its_names() -> None:
    assert read(QUOTED_SEMICOLON) == [
        ("Counting Sheep with Sparse Attention", ["Mara Lind"], None),
        ("Tidal Models for River Deltas: A Study", ["Oskar Brandt", "Ines Vale", "K. Tomas Ruiz"],
         None),
    ]  # fmt: skip


def test_a_quoted_phrase_then_a_semicolon_and_prose_is_no_paper() -> None:
    text = '- "Counting sheep with attention"; we tried it and it was slow\n- another note\n\n'
    titles = [title for title, _authors, _date in read(text + QUOTED_SEMICOLON)]
    assert titles == [
        "Counting Sheep with Sparse Attention",
        "Tidal Models for River Deltas: A Study",
    ]


ONLINE_REFERENCES = """## References

[3] Folding Maps of Small Rivers, *ArXiv CS*, 2024-03-02. [Online]. Available: https://arxiv.org/abs/2403.01111

[7] Why Do Birds Sing in Chords?, *ArXiv CS*, 2024-03-04. [Online]. Available: https://arxiv.org/abs/2403.02222

[9] Folding Maps of Small Rivers, *ArXiv CS*, 2024-03-02. [Online]. Available: https://arxiv.org/abs/2403.01111
"""


def test_online_references_in_ieee_style_without_authors_each_paper_once() -> None:
    got = [(r.title, r.date, r.arxiv_id) for r in read_listing(ONLINE_REFERENCES, "b.md").records]
    assert got == [
        ("Folding Maps of Small Rivers", "2024-03-02", "2403.01111"),
        ("Why Do Birds Sing in Chords?", "2024-03-04", "2403.02222"),
    ]


def test_a_listing_caption_is_judged_no_paper() -> None:
    from papershelf.core.records import PaperRecord
    from papershelf.importers.paste.verdict import judge

    assert judge(PaperRecord(line=7, title="Top Papers of the Week")) is not None
    assert judge(PaperRecord(line=7, title="Papers Without Code")) is None


def test_captions_and_titles_told_apart() -> None:
    from papershelf.importers.paste.captions import listing_caption

    for caption in (
        "Accepted Papers",
        "Paper Catalog",
        "Oral Presentations (High Impact)",
        "2031 oral papers",
    ):
        assert listing_caption(caption)
    for title in (
        "Papers Without Code",
        "Top-1 Papers",
        "Attention Is All You Need",
        "Papers 2024",
    ):
        assert not listing_caption(title)


CATALOG = """## Paper Catalog

### Oral Presentations

1. **TideNet**: Forecasting Spring Tides with Small Recurrent Networks
2. **Counting Stones on Beaches from Low-Tide Photographs**
3. **BirdSong-Bench**: Evaluating Chord Detection in Songbird Recordings

### Posters

4. **Folding Maps**: A Survey on Pocket Cartography
"""


def test_a_catalog_of_bold_short_names_with_subtitles_under_parts_of_a_papers_heading() -> None:
    titles = [title for title, _authors, _date in read(CATALOG)]
    assert titles == [
        "TideNet: Forecasting Spring Tides with Small Recurrent Networks",
        "Counting Stones on Beaches from Low-Tide Photographs",
        "BirdSong-Bench: Evaluating Chord Detection in Songbird Recordings",
        "Folding Maps: A Survey on Pocket Cartography",
    ]


def test_a_bold_name_with_a_summary_keeps_the_name_alone() -> None:
    text = "## Papers\n\n- **TideNet**: a small network that forecasts spring tides.\n"
    assert [title for title, _a, _d in read(text)] == ["TideNet"]


def test_a_part_of_news_under_a_papers_heading_names_no_papers() -> None:
    text = (
        CATALOG + "\n### Quick Updates\n\n5. **Harbour Release**: Version Two of the Tide Tables\n"
    )
    assert "Harbour Release: Version Two of the Tide Tables" not in [t for t, _a, _d in read(text)]


BLOG_ITEMS = """## 1. Planning

* Tide Tables from Sparse Gauges [[Paper]](https://arxiv.org/abs/1901.04321) [[Github]](https://github.com/example/tides)

    * Mara Lind, Oskar Brandt

    * Harbour Lab

    * NIPS'19

* Counting Stones on Beaches [[Homepage]](https://example.org/stones)

    * Harbour University, Coast College

    * Ines Vale (Harbour University), K. Tomas Ruiz (Coast College)

* A Post on Why Tides Matter [[Blog]](https://example.org/blog/tides)

    * We explain tides to newcomers, with pictures.
"""


def test_items_of_a_title_and_link_labels_with_names_in_a_nested_item() -> None:
    records = read_listing(BLOG_ITEMS, "p.md").records
    got = [(r.title, r.authors, r.arxiv_id, r.date) for r in records]
    assert got == [
        ("Tide Tables from Sparse Gauges", ["Mara Lind", "Oskar Brandt"], "1901.04321", "2019"),
        ("Counting Stones on Beaches", ["Ines Vale", "K. Tomas Ruiz"], None, None),
    ]


def test_a_bold_title_with_its_year_and_a_pdf_label_stays_a_reading_list_entry() -> None:
    text = (
        "- **Tide Tables from Sparse Gauges** (2019), M. Lind et al. "
        "[[pdf]](https://arxiv.org/pdf/1901.04321)\n"
    )
    other = text.replace("Tide Tables", "Stone Counts").replace("04321", "04322")
    assert read(text + "\n" + other) == [
        ("Tide Tables from Sparse Gauges", ["M. Lind"], "2019"),
        ("Stone Counts from Sparse Gauges", ["M. Lind"], "2019"),
    ]


CV = """### Honors and awards

- Harbour Society Student Award for Tide Research (2019)

### Publications

- **Lind M**, Brandt O, Vale I, et al. Forecasting spring tides with small networks. Coast Lett. 2022.
- Ruiz KT, Okafor D, **Lind M** and Vale I, Counting Stones on Beaches, Shore Studies Vol.3, 2020

### Oral presentations

- **林** ら, 潮汐予測のための小さな再帰型ネットワーク, 海岸学会年次大会, 2019
- **林**, 海辺の石を写真から数える方法について, 第 12 回海岸研究会
"""


def test_a_cv_of_vancouver_names_with_its_owner_in_bold_periods_or_commas_between_parts() -> None:
    assert read(CV) == [
        ("Forecasting spring tides with small networks",
         ["Lind M", "Brandt O", "Vale I"], "2022"),
        ("Counting Stones on Beaches",
         ["Ruiz KT", "Okafor D", "Lind M", "Vale I"], "2020"),
        ("潮汐予測のための小さな再帰型ネットワーク", ["林"], "2019"),
        ("海辺の石を写真から数える方法について", ["林"], None),
    ]  # fmt: skip


def test_two_titles_in_japanese_by_one_author_are_two_papers() -> None:
    text = (
        "- **林** ら, 潮汐予測のための小さな再帰型ネットワーク, 海岸学会\n"
        "- **林** ら, 海辺の石を写真から数える方法について, 海岸研究会\n"
    )
    assert len(read(text)) == 2


FAMILY_CARD = """# 潮汐網路解構

> **發布時間**：2019-06 · arXiv [1906.00001](https://arxiv.org/abs/1906.00001) (TN)
> · [2003.00002](https://arxiv.org/abs/2003.00002) (SN)
> **論文**：*Tidal Neural Networks* / *Stone Counting Networks*
> **作者**：Lind, Brandt, Hale（Harbour Lab）· Vale, Ruiz, Okafor, et al.（Coast College）
> **核心定位**：兩篇論文的比較。
"""


def test_a_card_on_two_papers_gives_each_its_names_and_link_in_order() -> None:
    got = [(r.title, r.authors, r.arxiv_id) for r in read_listing(FAMILY_CARD, "c.md").records]
    assert got == [
        ("Tidal Neural Networks", ["Lind", "Brandt", "Hale"], "1906.00001"),
        ("Stone Counting Networks", ["Vale", "Ruiz", "Okafor"], "2003.00002"),
    ]


def test_a_card_whose_names_do_not_count_out_flags_its_papers() -> None:
    text = FAMILY_CARD.replace("· Vale, Ruiz, Okafor, et al.（Coast College）", "")
    records = read_listing(text, "c.md").records
    assert [r.title for r in records] == ["Tidal Neural Networks", "Stone Counting Networks"]
    assert all(r.authors == [] and r.needs_review for r in records)


CARDS = """<div class="cards">
  <h2>Highlights</h2>
      <div class="card">
        <h3>Counting Stones on Beaches</h3>
        <div class="meta"><span>Anon</span> <a href="https://arxiv.org/abs/2501.00001">Paper Link</a></div>
        <p>Introduces a way to count stones from photographs.</p>
      </div>

      <div class="card">
        <h3>TideNet</h3>
        <div class="meta"><span>Anon</span> <a href="https://arxiv.org/abs/2501.00002">Paper Link</a></div>
        <p>Introduces TIDE, a network for tides, with notes on harbours.</p>
      </div>

      <div class="card">
        <h3>Further Reading</h3>
        <div class="meta"><span>Anon</span> <a href="https://arxiv.org/abs/2501.00003">Paper Link</a></div>
      </div>
</div>
"""


def test_html_cards_indented_after_a_blank_line_in_markdown_are_html_and_short_names_count() -> (
    None
):
    got = [(r.title, r.arxiv_id) for r in read_listing(CARDS, "week.md").records]
    assert got == [("Counting Stones on Beaches", "2501.00001"), ("TideNet", "2501.00002")]


def test_indented_html_is_read_as_html_but_indented_code_stays_code() -> None:
    from papershelf.importers.paste.markdown import markdown_lines

    html = markdown_lines("<div>\n</div>\n\n      <div>\n        <h3>Name</h3>\n      </div>\n")
    assert [(line.kind, line.text) for line in html] == [("heading", "Name")]
    code = markdown_lines("Text\n\n    x = <b> + 1\n")
    assert [line.text for line in code] == ["Text", "x = <b> + 1"]


JA_DIGEST = """## 3. 「Counting Stones on Beaches」——写真から浜の石を数える（arXiv 2501.00001）

- **Source:** Hugging Face デイリーペーパー · arXiv 2501.00001

本論文は写真から石を数える。「石は数えられる」と著者は言う。

[`🔗 arXiv 2501.00001`](https://arxiv.org/abs/2501.00001)

---

## 4. 港のニュース——「新しい潮位表」が公開された

港の潮位表が更新された。2025 年版。

[`🔗 港のサイト`](https://example.org/harbour)
"""


def test_a_title_in_corner_brackets_in_a_japanese_digest_heading() -> None:
    got = [(r.title, r.arxiv_id) for r in read_listing(JA_DIGEST, "d.md").records]
    assert got == [("Counting Stones on Beaches", "2501.00001")]


def test_a_year_column_named_in_chinese_gives_the_year_beside_a_venue() -> None:
    text = (
        "| # | 标题 | 作者 | 年份 | 链接 |\n|---|---|---|---|---|\n"
        "| 1 | **Counting Stones on Beaches** | Mara Lind, et al. | 2024 (Shore J) | "
        "[arxiv.org/abs/2401.00001](https://arxiv.org/abs/2401.00001) |\n"
        "| 2 | **Tide Tables from Gauges** | Oskar Brandt | 2023 | "
        "[arxiv.org/abs/2301.00002](https://arxiv.org/abs/2301.00002) |\n"
    )
    assert [(t, d) for t, _a, d in read(text)] == [
        ("Counting Stones on Beaches", "2024"),
        ("Tide Tables from Gauges", "2023"),
    ]


def test_an_arxiv_journal_ref_label_is_the_venue_and_gives_the_year() -> None:
    text = (
        "### 1. [astro-ph/9501001](http://xxx.lanl.gov/abs/astro-ph/9501001) :\n\n"
        "Title: Counting Stones on Beaches by Two Methods  \n"
        "Authors: Mara Lind, Oskar Brandt  \n"
        "Comments: 12 pages, 4 figures  \n"
        "Journal-ref: ApJ 444 (1995) 306\n\n"
        "### 2. [gr-qc/9601002](http://xxx.lanl.gov/abs/gr-qc/9601002) :\n\n"
        "Title: Tide Tables from Sparse Gauges  \n"
        "Authors: Ines Vale  \n"
        "Journal-ref: Phys. Rev. D 53 (1996) 1\n"
    )
    got = [(r.title, r.date, r.arxiv_id) for r in read_listing(text, "list.md").records]
    assert got == [
        ("Counting Stones on Beaches by Two Methods", "1995", "astro-ph/9501001"),
        ("Tide Tables from Sparse Gauges", "1996", "gr-qc/9601002"),
    ]


def test_springer_lncs_references_part_names_and_title_by_a_colon() -> None:
    text = (
        "* Lind, M., Brandt, O., Vale, I.: Counting stones on beaches from photographs. "
        "Shore Letters (2018) [[paper]](https://example.org/stones)\n"
        "* Ruiz, K.T., Okafor, D.: Tide tables from sparse gauges. In: Proc. Harbour Conf. "
        "pp. 1-9 (2020)\n"
    )
    assert read(text) == [
        ("Counting stones on beaches from photographs", ["Lind, M.", "Brandt, O.", "Vale, I."],
         "2018"),
        ("Tide tables from sparse gauges", ["Ruiz, K.T.", "Okafor, D."], "2020"),
    ]  # fmt: skip


def test_a_section_of_its_own_under_a_papers_heading_is_not_a_part_of_it() -> None:
    text = "## Research\n\n### Tools we used\n\n- **PyTorch**: Our Framework of Choice\n"
    text += "\n### Posters\n\n- **TideNet**: Forecasting Spring Tides with Small Networks\n"
    assert [t for t, _a, _d in read(text)] == [
        "TideNet: Forecasting Spring Tides with Small Networks"
    ]


def test_a_bold_title_before_its_names_stays_the_title() -> None:
    text = (
        "- **Gradient Descent Works**, Smith J, Doe A, 2019\n"
        "- **Counting Stones Quickly**, Lind M, 2020\n"
    )
    assert [(t, d) for t, _a, d in read(text)] == [
        ("Gradient Descent Works", "2019"),
        ("Counting Stones Quickly", "2020"),
    ]


def test_a_name_in_corner_brackets_inside_a_japanese_sentence_is_no_paper() -> None:
    text = (
        JA_DIGEST
        + "\n今週は「Harbour Tide Studio」を試した。[`🔗 公式`](https://example.org/studio) 2025 年。\n"
    )
    got = [r.title for r in read_listing(text, "d.md").records]
    assert got == ["Counting Stones on Beaches"]


def test_a_section_heading_over_a_paper_link_is_no_card_name() -> None:
    text = CARDS.replace("<h3>Further Reading</h3>", "<h3>Abstract</h3>")
    assert [r.title for r in read_listing(text, "week.md").records] == [
        "Counting Stones on Beaches",
        "TideNet",
    ]
