"""A generated digest (made-up text in its shape): a dated issue heading over a summary section,
then one heading a paper with its rating after the title (`(Score: 7/10)`) over labelled bullets.
The issue's heading and summary are no paper; the rating is no part of a title."""

from __future__ import annotations

from papershelf.importers.paste.lines import clean_title
from papershelf.importers.pipeline import read_listing

DIGEST = """# 📅 2031-04-02 - Paper Digest
## Summary
Total Papers: 12 | High Impact: 2

## 📝 Papers List
### ✨ PretendNet: A Made-Up Framework for Imaginary Robots (Score: 7/10)
- **💡 Innovation**: It introduces an invented layer.
- **🔗 Link**: [[PretendNet]]
- **👥 Authors**: Ada Example, Ben Sample, Cleo Person

---

### ✨ Reaching Past the Invented Mode in Fictional Models (Score: 6/10)
- **💡 Innovation**: A made-up objective.
- **🔗 Link**: [Web Link](https://arxiv.org/abs/3104.01234)
- **👥 Authors**: Dana Placeholder, Eli Standin
"""


def test_a_dated_issue_heading_is_no_paper_and_ratings_leave_titles() -> None:
    records = read_listing(DIGEST, "digest.md").records
    assert [(r.title, r.authors[:1], r.arxiv_id) for r in records] == [
        ("PretendNet: A Made-Up Framework for Imaginary Robots", ["Ada Example"], None),
        ("Reaching Past the Invented Mode in Fictional Models", ["Dana Placeholder"], "3104.01234"),
    ]


def test_ratings_after_a_title_in_several_shapes() -> None:
    assert clean_title("A Made-Up Title (Score: 7/10)") == "A Made-Up Title"
    assert clean_title("A Made-Up Title [Rating 8.5]") == "A Made-Up Title"
    assert clean_title("虚构的标题（评分：8/10）") == "虚构的标题"
    assert clean_title("A Title (2024)") == "A Title (2024)"
