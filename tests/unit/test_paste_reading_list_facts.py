"""Reading lists whose entries carry their facts below them: `* **doi**: …` / `* **url**: …`
sub-items under the first entry of a section, and a one-sentence snippet under an `[n] arXiv:id
| Title` line. All texts are made up, in the shapes real pastes use (tests/data/listings-dev3
holds real ones)."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

READING_LIST = """# Papers I keep coming back to

### Sequence models:

1. Gated recurrent units for long inputs. *A. Marsh, B. Lee*. Proc. XYZ 12 (1999) 100-120
    * **doi**: [10.1234/xyz.5678](10.1234/xyz.5678)
    * **url**: [http://example.org/pubs/gru-long.pdf](http://example.org/pubs/gru-long.pdf)

### Vision:

1. Deep lattices for images. *C. Dunn, D. Kerr*. arXiv1603.00001 (2016)
    * **url**: [https://arxiv.org/abs/1603.00001](https://arxiv.org/abs/1603.00001)
    * **comment**: the lattice one.
"""


def test_doi_and_url_items_under_a_sections_first_entry_are_its_facts() -> None:
    records = read_listing(READING_LIST, "list.md").records
    got = [(r.title, r.authors, r.doi, r.urls[:1]) for r in records]
    assert got == [
        ("Gated recurrent units for long inputs", ["A. Marsh", "B. Lee"], "10.1234/xyz.5678",
         ["http://example.org/pubs/gru-long.pdf"]),
        ("Deep lattices for images", ["C. Dunn", "D. Kerr"], None,
         ["https://arxiv.org/abs/1603.00001"]),
    ]  # fmt: skip


SNIPPETS = """[1] arXiv:2501.00001v1 | Counting Codewords for Robust Sensing
  Sensing holds promise for precise measurements. However, noise limits it. We count codewords
  to explain when error correction restores the best scaling, and we show how.

[2] arXiv:1610.00002v1 | Assisted Codes for Noisy Channels
  We give a short introduction to assisted codes in this chapter.
"""


def test_a_one_sentence_snippet_under_an_identified_title_is_its_abstract() -> None:
    records = read_listing(SNIPPETS, "refs.md").records
    assert [(r.title, r.abstract) for r in records][1] == (
        "Assisted Codes for Noisy Channels",
        "We give a short introduction to assisted codes in this chapter.",
    )


def test_a_first_author_et_al_in_italics_with_the_year_glued_on_is_the_author() -> None:
    text = (
        "### Papers\n\n"
        "- Lattices : [Sparse Lattices for Tiny Models](https://example.org/lattices.pdf)"
        " _Ruiz et al.(2014)_\n"
        "- Warm Start: [Warm Starts in Federated Tuning](https://arxiv.org/abs/1502.00001)"
        " _Park et al.(2015)_\n"
    )
    records = read_listing(text, "list.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Sparse Lattices for Tiny Models", ["Ruiz"], "2014"),
        ("Warm Starts in Federated Tuning", ["Park"], "2015"),
    ]
