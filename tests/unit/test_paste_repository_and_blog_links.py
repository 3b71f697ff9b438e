"""Search notes link papers beside repositories, blog posts and web pages (made-up links):
a GitHub page titled `owner/name: description` and a page whose site after the bar is a blog
are no papers, nor is an item that names a page (`… task page`); the arXiv pages beside them
are, and a reference's `- Landing page: https://…` sub-item is its link."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

NOTES = """## Sentence search

#### pretend-embeddings

* [example/pretend-embeddings: Invented Sentence Embeddings with Made-Up Models](https://github.com/example/pretend-embeddings)
* [[2101.00001] Pretend-BERT: Invented Sentence Embeddings using Imaginary Networks](https://arxiv.org/abs/2101.00001)
* [[2101.00002] Making Made-Up Embeddings Multilingual using Pretend Distillation](https://arxiv.org/abs/2101.00002)

### Evaluation

* [Measure Pretend Relevance using Invented Gain - Know More | Example Blog - Made-Up Thoughts](https://blog.example.com/pretend-relevance)
"""


def test_repositories_and_blog_posts_are_no_papers() -> None:
    records = read_listing(NOTES, "notes.md").records
    assert [(r.title, r.arxiv_id) for r in records] == [
        ("Pretend-BERT: Invented Sentence Embeddings using Imaginary Networks", "2101.00001"),
        ("Making Made-Up Embeddings Multilingual using Pretend Distillation", "2101.00002"),
    ]


def test_an_item_naming_a_web_page_is_no_paper() -> None:
    text = """## Primary sources

1. Pretend-ST 2031 Invented Genetics task page
   - URL: https://2031.pretend-st.org/tasks/invented-genetics
2. Brook, Hale, and Lind, "Overview of the Invented Genetics task of the Pretend Shared Task 2031"
   - Landing page: https://aclanthology.org/W31-2008/
"""
    records = read_listing(text, "sources.md").records
    assert [r.title for r in records] == [
        "Overview of the Invented Genetics task of the Pretend Shared Task 2031"
    ]
    assert records[0].urls[0] == "https://aclanthology.org/W31-2008/"  # its labelled sub-item
