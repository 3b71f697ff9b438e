"""Shapes of headings, lists and newsletters that the fourth unseen corpus
(tests/data/listings-holdout4) showed the readers missing, each read by a general cue. All texts
are made up, in the shapes real pastes use (that folder holds the real ones)."""

from __future__ import annotations

from papershelf.core.errors import ImportFailed
from papershelf.importers.paste.names import split_names
from papershelf.importers.pipeline import read_listing


def records(text: str, name: str = "paste.md") -> list[tuple[str, list[str], str | None]]:
    return [(r.title, r.authors, r.date or r.date_text) for r in read_listing(text, name).records]


BULLETED_ITALIC_TITLES = """### systems

🟢 *Leases for Cheap Consistency in Caches* - R. Gray, D.K. Cheriton, and P. Bell

🟢 *Weighted Voting for Copies of Data* - by Dana Fifield et al.

🟢 *Epidemic Protocols for Replicas* - Mara Quist

🟢 *Agreement among Faulty Clocks* — Ana Reyes, Omar Haddad, Lea Brandt-Varga (1984)
"""


def test_an_italic_title_after_a_symbol_bullet_takes_the_names_after_its_dash() -> None:
    assert records(BULLETED_ITALIC_TITLES) == [
        ("Leases for Cheap Consistency in Caches", ["R. Gray", "D.K. Cheriton", "P. Bell"], None),
        ("Weighted Voting for Copies of Data", ["Dana Fifield"], None),
        ("Epidemic Protocols for Replicas", ["Mara Quist"], None),
        ("Agreement among Faulty Clocks", ["Ana Reyes", "Omar Haddad", "Lea Brandt-Varga"], "1984"),
    ]


YEAR_HEADINGS = """## Reading for the debate project

#### Sparse Councils: Fewer Messages for Agent Debate (2024)
- **Key Insights**:
  - Fewer links between agents keep the accuracy
  - The cost falls with the number of messages

#### Judges in the Loop: Scoring Debates with Small Models (2025)
- **Key Insights**:
  - A small judge agrees with people most of the time
"""


def test_headings_ending_in_a_year_in_brackets_are_papers_of_that_year() -> None:
    assert records(YEAR_HEADINGS) == [
        ("Sparse Councils: Fewer Messages for Agent Debate", [], "2024"),
        ("Judges in the Loop: Scoring Debates with Small Models", [], "2025"),
    ]


def test_a_single_heading_with_a_year_is_no_paper_without_siblings() -> None:
    text = "#### Plans for the Lab Retreat (2024)\n- book the rooms\n- ask for the budget\n"
    assert all("Retreat" not in title for title, _a, _d in _records_or_none(text))


def _records_or_none(text: str) -> list[tuple[str, list[str], str | None]]:
    try:
        return records(text)
    except ImportFailed:  # refused: nothing read, as it should be
        return []


VENUE_YEAR_ITEMS = """### Papers to read

1. **Quiet Channels: Hiding Messages among Agents** (ACL 2023)
   - Authors: Mira Osei et al.
   - Shows that agents can pass hidden notes

2. **Loud Voices: Majority Effects in Agent Debate** (2022)
   - Authors: Tom Varga, Ines Lund
"""


def test_a_venue_and_year_in_brackets_after_a_title_are_the_papers_year_not_its_title() -> None:
    assert records(VENUE_YEAR_ITEMS) == [
        ("Quiet Channels: Hiding Messages among Agents", ["Mira Osei"], "2023"),
        ("Loud Voices: Majority Effects in Agent Debate", ["Tom Varga", "Ines Lund"], "2022"),
    ]


VENUE_LIST = """Joint extraction
1. A Shared Tagger for Targets and Their Polarity in Reviews. In AAAI 2021.
代码:https://github.com/example/shared-tagger
2. Pretrained Encoders for Aspect Sentiment in Short Texts. In EMNLP Workshop on Noisy Text 2020.
代码:https://github.com/example/aspect-encoders
"""


def test_numbered_titles_with_in_venue_year_are_papers_with_no_names() -> None:
    assert records(VENUE_LIST, "article.txt") == [
        ("A Shared Tagger for Targets and Their Polarity in Reviews", [], "2021"),
        ("Pretrained Encoders for Aspect Sentiment in Short Texts", [], "2020"),
    ]


CJK_HEADLINES = """## [稀疏注意力让长文本推理显存减半](https://huggingface.co/papers/2611.01234) ⭐️ 7.5/10

研究者提出一种稀疏注意力方法，在长文本推理中把显存占用降低一半，同时保持准确率。

---

## [小模型裁判在多智能体辩论中的可靠性评估](https://huggingface.co/papers/2611.04321) ⭐️ 7.0/10

一篇新论文评估了小模型作为裁判的可靠性。
"""


def test_a_chinese_headline_linking_a_paper_page_is_that_papers_title() -> None:
    got = [(r.title, r.arxiv_id) for r in read_listing(CJK_HEADLINES, "digest.md").records]
    assert got == [
        ("稀疏注意力让长文本推理显存减半", "2611.01234"),
        ("小模型裁判在多智能体辩论中的可靠性评估", "2611.04321"),
    ]


NEWSLETTER = """# **Lab Weekly – Notes, Tools and Papers**
*Issue #07 | March 2026*

## Quick Updates
1. **Acme Labs** released **Widget 3** with better reasoning.
2. **Orbit** announced a new chip for inference.

## Stat of the Week
> **Compute Spending Keeps Climbing**
> Spending on training grew **20% in Q1 2026** from the quarter before.

## Top Research Papers
- **Mamba-Lite** → A smaller state-space model for phones.
- **Sparse Mixers 2.0** → Mixture-of-experts routing with fewer experts.
- **Reflective Planners** → Agents that rewrite their own plans.

## Tool Spotlight: **FlowKit**
FlowKit chains model calls into graphs.
🔗 [GitHub Repo → FlowKit](https://github.com/example/flowkit)
"""


def test_a_newsletters_section_of_papers_gives_its_names_and_nothing_else() -> None:
    preview = read_listing(NEWSLETTER, "weekly.md")
    got = [r.title for r in preview.records]
    assert got == ["Mamba-Lite", "Sparse Mixers 2.0", "Reflective Planners"]
    assert all(r.needs_review for r in preview.records)  # a name alone: the user checks it


def test_an_item_with_a_papers_identifier_stays_among_news() -> None:
    text = NEWSLETTER.replace(
        "2. **Orbit** announced a new chip for inference.",
        "2. [Orbit Routing: Cheap Inference at Scale](https://arxiv.org/abs/2603.01234), Ana Reyes",
    )
    titles = [r.title for r in read_listing(text, "weekly.md").records]
    assert "Orbit Routing: Cheap Inference at Scale" in titles
    assert "Compute Spending Keeps Climbing" not in titles


def test_labels_nested_under_a_papers_link_are_no_names_of_papers() -> None:
    text = """## Other papers

- [Narrow Paths in Wide Graphs](https://arxiv.org/abs/1801.01234)
  - **标题**: 宽图中的窄路径
  - **Filtered Reason**: none of cs.DM in whitelist
"""
    assert [r.title for r in read_listing(text, "digest.md").records] == [
        "Narrow Paths in Wide Graphs"
    ]


def test_topics_named_like_newsletter_sections_keep_their_papers() -> None:
    text = """# Papers I keep coming back to

## News recommendation
- **Reading Habits as Graphs for News Ranking** (2021), Lea Brandt

## Tool use
- **Teaching Small Models to Call Tools** (2023), Omar Haddad
"""
    assert [title for title, _a, _d in records(text)] == [
        "Reading Habits as Graphs for News Ranking",
        "Teaching Small Models to Call Tools",
    ]


def test_an_arxiv_id_after_a_linked_title_is_no_part_of_it() -> None:
    text = """## Sources

- [Mirror Play: Agents That Teach Each Other New Skills, arXiv 2605.01234](https://arxiv.org/abs/2605.01234)
"""
    got = [(r.title, r.arxiv_id) for r in read_listing(text, "article.md").records]
    assert got == [("Mirror Play: Agents That Teach Each Other New Skills", "2605.01234")]


SCHOLAR_LABELS = """# Sparse codes for fast recall in recurrent networks
This is the code for the paper "Sparse codes for fast recall in recurrent
networks" ([[Abstract] arxiv.org](https://arxiv.org/abs/2304.05678),
[[PDF] arxiv.org](https://arxiv.org/pdf/2304.05678.pdf)).
"""


def test_scholar_style_link_labels_are_buttons_not_titles() -> None:
    got = [(r.title, r.arxiv_id) for r in read_listing(SCHOLAR_LABELS, "README.md").records]
    assert got == [("Sparse codes for fast recall in recurrent networks", "2304.05678")]


def test_a_title_heading_over_its_publishers_link_and_a_pdf_link_is_a_paper() -> None:
    text = """# Testing whether categorical data cluster at all
https://link.example.com/article/10.1007/s10115-024-01234-x

[[PDF] arxiv.org](https://arxiv.org/pdf/2307.01234)
"""
    got = [(r.title, r.arxiv_id, r.doi) for r in read_listing(text, "README.md").records]
    assert got == [
        (
            "Testing whether categorical data cluster at all",
            "2307.01234",
            "10.1007/s10115-024-01234-x",
        )
    ]


SCHOLAR_FROM_A_SCREENSHOT = """### 卷积
图2. 训练误差
用于语义分割的全卷积网络结构
JLong, EShelhamer, Darrell - Proceedings of the IEEE... - openaccess.example.com
我们展示了卷积网络本身就能端到端地进行像素到像素的训练。Save99 Cite Cited by 40000 Related articles
### 批归一化：通过减少内部协变量偏移加速深度网络训练
S Ioffe, CSzegedy... xQ - arXiv preprint arXiv... 2015 - arxiv.org
训练深度神经网络很复杂。Save99 Cite Cited by 50000 Related articles All 20 versions
"""


def test_translated_scholar_results_read_from_a_screenshot_keep_every_name() -> None:
    got = [
        (r.title, r.authors, r.date)
        for r in read_listing(SCHOLAR_FROM_A_SCREENSHOT, "notes.md").records
    ]
    assert got == [
        ("用于语义分割的全卷积网络结构", ["JLong", "EShelhamer", "Darrell"], None),
        ("批归一化：通过减少内部协变量偏移加速深度网络训练", ["S Ioffe", "CSzegedy"], "2015"),
    ]


CHAT_ANSWER = """# 一、最相关的论文

## 1. CascadeLM（最经典）

## [CascadeLM](https://github.com/example/cascadelm?utm_source=chatgpt.com)

对应论文：

* “CascadeLM: Sending Easy Queries to Small Models”

核心思想：先用小模型。

---

## 2. ThinkBudget（微软）

## [ThinkBudget Research](https://www.example.com/research/publication/thinkbudget/?utm_source=chatgpt.com)

论文：

> ThinkBudget: Spending Test-Time Compute Where It Pays

---

## 3. RouteBench

## [RouteBench Paper](https://huggingface.co/papers/2602.01234?utm_source=chatgpt.com)

这个很值得研究。
"""


def test_numbered_headings_with_a_link_heading_and_a_labelled_title_are_one_paper_each() -> None:
    got = [(r.title, r.arxiv_id, r.urls[:1]) for r in read_listing(CHAT_ANSWER, "chat.md").records]
    assert got == [
        ("CascadeLM: Sending Easy Queries to Small Models", None, []),  # a repository: no link
        (
            "ThinkBudget: Spending Test-Time Compute Where It Pays",
            None,
            ["https://www.example.com/research/publication/thinkbudget/?utm_source=chatgpt.com"],
        ),
        (
            "RouteBench",
            "2602.01234",
            ["https://huggingface.co/papers/2602.01234?utm_source=chatgpt.com"],
        ),
    ]


def test_a_paper_label_over_a_list_of_references_is_no_title() -> None:
    text = """### 10. 参考资料

- **论文：**
  - Brandt, L., & Keel, O. (2019). Value iteration across worlds. Journal of Things, 3.
"""
    titles = [r.title for r in read_listing(text, "notes.md").records]
    assert titles == ["Value iteration across worlds"]


def test_words_that_open_a_pages_lines_are_a_topic_inside_a_title() -> None:
    text = """- **EchoSet: A dataset with close sight-sound correspondence**
  - Mara Quist, Omar Haddad, Lea Brandt
  - [Paper](https://arxiv.org/abs/2406.01234)

- **Copyright Traps for Large Language Models**
  - Ines Lund, Tom Varga
  - [Paper](https://arxiv.org/abs/2402.04321)
"""
    assert [r.title for r in read_listing(text, "list.md").records] == [
        "EchoSet: A dataset with close sight-sound correspondence",
        "Copyright Traps for Large Language Models",
    ]


GIVEN = ["Ana", "Omar", "Lea", "Tom", "Ines", "Mara", "Jon", "Eva"]
FAMILY = ["Reyes", "Haddad", "Brandt", "Varga", "Lund", "Quist", "Okafor", "Keel"]


def test_a_consortiums_long_author_line_is_its_names() -> None:
    names = [f"{g} {f}" for f in FAMILY for g in GIVEN][:48]  # 48 people, some 600 characters
    text = f"""- **Shared Robot Logs: One Dataset from Many Labs**
  - {", ".join(names)} et al. (120 additional authors not shown)
  - [Paper](https://arxiv.org/abs/2310.01234)
"""
    (record,) = read_listing(text, "list.md").records
    assert record.authors == names
    assert record.authors_truncated


WEEKLY_PAPERS = """## Top ML Papers of the Week (May 6 - May 12)
**1). Sparse Tutors** - routes questions to small experts. ([paper](https://arxiv.org/abs/2405.01234) | [tweet](https://x.com/example/status/1))

**2). Memory Lanes** - stores summaries in slots. ([paper](https://arxiv.org/abs/2405.04321))
"""


def test_a_weekly_list_numbered_one_bracket_dot_keeps_no_numbering_in_its_titles() -> None:
    got = [(r.title, r.arxiv_id) for r in read_listing(WEEKLY_PAPERS, "weekly.md").records]
    assert got == [("Sparse Tutors", "2405.01234"), ("Memory Lanes", "2405.04321")]


def test_a_bold_titles_names_end_at_the_venue_in_brackets_and_its_links() -> None:
    text = """### Agents
1. **Sparse Tutors for Math** - Reyes et al. (ICML 2024) [[paper]](https://arxiv.org/abs/2405.01234) [[c]](x)
2. **Memory Lanes: Slots** - Brandt et al. (NeurIPS 2023) [[paper]](https://arxiv.org/abs/2310.04321)
"""
    assert records(text) == [
        ("Sparse Tutors for Math", ["Reyes"], "2024"),
        ("Memory Lanes: Slots", ["Brandt"], "2023"),
    ]


def test_a_papers_place_in_the_list_is_no_part_of_its_title() -> None:
    text = """### Paper 1: Sparse Tutors (2024)
- **Authors**: Ana Reyes, Omar Haddad
- **Key idea**: route to small experts

### Paper 2: Memory Lanes (2023)
- **Authors**: Lea Brandt
"""
    assert records(text) == [
        ("Sparse Tutors", ["Ana Reyes", "Omar Haddad"], "2024"),
        ("Memory Lanes", ["Lea Brandt"], "2023"),
    ]


def test_names_venue_and_year_under_a_title_heading_are_its_authors_and_year() -> None:
    text = """#### Sparse Tutors for Math Word Problems
Ana Reyes, Omar Haddad. *ICML* 2024.
[paper](https://arxiv.org/abs/2405.01234)

#### Memory Lanes: Slots for Long Context
Lea Brandt, Tom Varga. *NeurIPS* 2023.
[paper](https://arxiv.org/abs/2310.04321)
"""
    assert records(text) == [
        ("Sparse Tutors for Math Word Problems", ["Ana Reyes", "Omar Haddad"], "2024"),
        ("Memory Lanes: Slots for Long Context", ["Lea Brandt", "Tom Varga"], "2023"),
    ]


def test_a_row_of_buttons_under_a_readmes_paper_gives_its_paper_link() -> None:
    text = """# SparseKV
Official implementation of **SparseKV: Cache Pruning for Long-Context Inference** (ICLR 2025).

[[Paper]](https://arxiv.org/abs/2502.01234) [[Project]](https://example.github.io/sparsekv)
"""
    (record,) = read_listing(text, "README.md").records
    assert (record.title, record.arxiv_id) == (
        "SparseKV: Cache Pruning for Long-Context Inference",
        "2502.01234",
    )


def test_one_inverted_name_with_its_initial_is_one_person() -> None:
    assert split_names("Vaswani, A., et al.") == (["Vaswani, A."], True)


def test_the_year_beside_a_title_wins_over_a_labelled_month_of_it_in_every_reader() -> None:
    text = """#### Sparse Councils: Fewer Messages for Agent Debate (2024)
- **Published**: June 2024
- **Key Contributions**:
  - Fewer links between agents keep the accuracy

#### Judges in the Loop: Scoring Debates with Small Models (2024)
- **Authors**: Ana Reyes et al.
- **Published**: February 2024
- **Focus**: small judges

#### Loud Voices: Majority Effects in Agent Debate (2023)
- **Authors**: Tom Varga et al.
- **Published**: 12 March 2024
"""
    assert [(title, date) for title, _a, date in records(text)] == [
        ("Sparse Councils: Fewer Messages for Agent Debate", "2024"),
        ("Judges in the Loop: Scoring Debates with Small Models", "2024"),
        ("Loud Voices: Majority Effects in Agent Debate", "2024-03-12"),  # another year: stays
    ]


RELEASES = """## Papers this week
- **[Mirror Play: agents that teach each other]** ([arXiv])
  The authors let two agents set each other tasks and report steady gains on hard puzzles.
  → source: [Mirror Play: Agents That Teach Each Other New Skills](https://arxiv.org/abs/2605.01234)

## {releases}
- **[Orbit 5: a cheaper model for running agents]** ([Orbit / TechDaily])
  Orbit released its fifth model on June 30 at a lower price for every plan.
  → source: [Introducing Orbit 5](https://www.orbit-labs.ai/news/orbit-5)
  → also: [Orbit 5 is here, and the cheapest agent model yet shows the race moving to agents](https://www.techdaily.com/ai/orbit-5-is-here)
"""


def test_items_under_a_section_of_releases_are_no_papers_in_any_language() -> None:
    for releases in ("Model and tool releases", "모델·도구 릴리즈", "模型发布"):
        text = RELEASES.format(releases=releases)
        records = read_listing(text, "briefing.md").records
        assert [r.arxiv_id for r in records] == ["2605.01234"], releases  # no Orbit 5


def test_one_name_and_et_al_in_italics_after_a_linked_title_are_its_authors() -> None:
    text = """### Papers

- Tutors : [Sparse Tutors: Routing to Small Experts](https://arxiv.org/abs/2405.01234) _Reyes et al.(2024)_
- Lanes: [Memory Lanes: Slots for Long Context](https://www.example.org/lanes.pdf) _Brandt et al. (2023)_
"""
    got = [
        (r.title, r.authors, r.authors_truncated, r.date)
        for r in read_listing(text, "notes.md").records
    ]
    assert got == [
        ("Sparse Tutors: Routing to Small Experts", ["Reyes"], True, "2024"),
        ("Memory Lanes: Slots for Long Context", ["Brandt"], True, "2023"),
    ]
