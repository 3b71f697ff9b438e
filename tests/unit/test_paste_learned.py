"""The learned line reader (importers/paste/learned.py): its features, its training labels, the
committed model, and the reader on text.

The listings below are MADE UP for these tests (names, titles and identifiers invented); the
real pastes the model learns from are the committed corpora under tests/data.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from scripts import train_lines

from papershelf.core.errors import ImportFailed
from papershelf.importers.paste import LAST_RESORT, learned
from papershelf.importers.paste.doc import normalise
from papershelf.importers.paste.line_features import line_features, sequence_features
from papershelf.importers.paste.line_labels import (
    ABSTRACT,
    AUTHORS,
    ID,
    MORE,
    OTHER,
    REF,
    TITLE,
    align,
)
from papershelf.importers.paste.line_titles import reference_parts
from papershelf.importers.paste.lines import Line
from papershelf.importers.pipeline import read_listing

# Made up: a plain list of papers as a notes app keeps it, a remark between them.
MADE_UP_LIST = """\
Reading for next week

Quiet Gradients for Loud Models: A Study of Patient Optimisers
Ada Quill, Tobias Fenn and Mira Okafor
We study optimisers that wait. They converge later but arrive calmer than the others.
arXiv:2501.01234

Ask Ada about the second one, she presented it last term.

Folding Tables with Sparse Attention
Jun Park, Lena Ortiz
Sparse attention folds tables into fewer tokens, and we show that it keeps their meaning.
https://doi.org/10.1234/fold.2024.17
"""

MADE_UP_PAPERS = [
    {
        "title": "Quiet Gradients for Loud Models: A Study of Patient Optimisers",
        "authors": ["Ada Quill", "Tobias Fenn", "Mira Okafor"],
        "abstract": "We study optimisers that wait. They converge later but arrive calmer than "
        "the others.",
        "arxiv_id": "2501.01234",
    },
    {
        "title": "Folding Tables with Sparse Attention",
        "authors": ["Jun Park", "Lena Ortiz"],
        "doi": "10.1234/fold.2024.17",
    },
]


def test_features_describe_a_line_and_its_neighbours() -> None:
    lines = normalise(MADE_UP_LIST, "notes.txt").lines
    names = next(line for line in lines if line.text.startswith("Ada Quill"))
    own = line_features(names, None)
    assert own["names"] == "True"
    assert own["and"] == "True"
    assert own["commas"] == "1"
    identifier = line_features(next(ln for ln in lines if ln.text.startswith("arXiv:")), None)
    assert identifier["id"] == "arxiv"
    features = sequence_features(lines)
    assert len(features) == len(lines)
    at = lines.index(names)
    assert features[at]["-1:title"] == "True"  # the title above the names
    assert features[0]["-1:edge"] == "True"


def test_a_line_shaped_like_its_neighbour_is_a_feature() -> None:
    # Made up: a list of titles alone, then a remark shaped otherwise.
    lines = normalise(
        "- Quiet Gradients for Loud Models\n- Folding Tables with Sparse Attention\n"
        "- Patient Optimisers in Noisy Practice\n\nask Ada about these, she read them last term.\n",
        "titles.md",
    ).lines
    features = sequence_features(lines)
    assert features[1]["same-1"] == "True"  # a title like the one above it: a run of titles
    assert features[1]["same+1"] == "True"
    remark = next(i for i, line in enumerate(lines) if line.text.startswith("ask Ada"))
    assert features[remark]["same-2"] == "False"


def test_label_words_in_other_languages_are_a_feature() -> None:
    assert line_features(Line(1, "作者：张三, 李四"), None)["label"] == "authors"
    assert line_features(Line(1, "Resumen: un texto inventado"), None)["label"] == "abstract"


def test_training_labels_align_the_expected_fields_to_the_lines() -> None:
    lines = normalise(MADE_UP_LIST, "notes.txt").lines
    roles = dict(zip((line.text for line in lines), align(lines, MADE_UP_PAPERS), strict=True))
    assert roles["Reading for next week"] == OTHER
    assert roles["Quiet Gradients for Loud Models: A Study of Patient Optimisers"] == TITLE
    assert roles["Ada Quill, Tobias Fenn and Mira Okafor"] == AUTHORS
    assert roles["arXiv:2501.01234"] == ID
    assert roles["Ask Ada about the second one, she presented it last term."] == OTHER
    assert roles["Jun Park, Lena Ortiz"] == AUTHORS
    abstract = (
        "We study optimisers that wait. They converge later but arrive calmer than the others."
    )
    assert roles[abstract] == ABSTRACT


def test_a_wrapped_title_and_a_whole_reference_get_their_roles() -> None:
    lines = [
        Line(1, "Quiet Gradients for Loud Models:", block=1),
        Line(2, "A Study of Patient Optimisers", block=1),
        Line(4, "Quill, A., Fenn, T. (2025). Folding Tables with Sparse Attention. J. Made Up.", block=2),
    ]  # fmt: skip
    papers = [MADE_UP_PAPERS[0], {"title": "Folding Tables with Sparse Attention",
                                  "authors": ["A. Quill", "T. Fenn"]}]  # fmt: skip
    assert align(lines, papers) == [TITLE, MORE, REF]


def test_a_reference_line_gives_its_title_and_names() -> None:
    cells = Line(1, "3 | Folding Tables with Sparse Attention | Park et al. | ICML | 2024 |")
    parts = reference_parts(cells)
    assert parts is not None
    assert parts[:2] == ("Folding Tables with Sparse Attention", "Park et al.")
    quoted = Line(1, 'Quill & Fenn — "Quiet Gradients for Loud Models" | JMLR | 2021')
    parts = reference_parts(quoted)
    assert parts is not None
    assert parts[0] == "Quiet Gradients for Loud Models"


def _title_and_names(text: str) -> tuple[str, str]:
    parts = reference_parts(Line(1, text))
    return parts[:2] if parts else ("", "")


def test_names_after_by_are_set_apart_from_the_title() -> None:
    # Made up: a working-paper list's lines, titles then `By` and the names.
    assert _title_and_names("Folding Tables with Sparse Attention By Jun Park; Lena Ortiz") == (
        "Folding Tables with Sparse Attention", "Jun Park; Lena Ortiz"
    )  # fmt: skip
    assert _title_and_names("Learning by Doing in Small Firms by Ann Quill and Bo Fenn (2020)") == (
        "Learning by Doing in Small Firms",
        "Ann Quill and Bo Fenn",
    )
    assert _title_and_names(
        "2021-02 'Partial Consensus in Made-Up Markets' by Mira Okafor and Jun Park"
    ) == ("Partial Consensus in Made-Up Markets", "Mira Okafor and Jun Park")


def test_by_in_prose_names_no_authors() -> None:
    # Made up: a remark citing a study, and a sentence of method.
    assert not _title_and_names("Fragile under rewording (as shown by Quill et al. 2023)")[1]
    assert not _title_and_names(
        "Hide a signal in the output at sampling time by shifting the token odds"
    )[1]


def test_the_committed_model_loads_and_reads_a_made_up_list() -> None:
    records = [hit.record for hit in learned.read(normalise(MADE_UP_LIST, "n.txt").lines, _doc())]
    titles = [r.title for r in records]
    assert "Quiet Gradients for Loud Models: A Study of Patient Optimisers" in titles
    first = records[titles.index("Quiet Gradients for Loud Models: A Study of Patient Optimisers")]
    assert first.authors == ["Ada Quill", "Tobias Fenn", "Mira Okafor"]
    assert first.arxiv_id == "2501.01234"
    assert not any(t.startswith(("Ask Ada", "Reading for")) for t in titles)
    for record in records:
        assert record.confidence is not None
        assert (record.confidence < learned.REVIEW_BELOW) == any(
            flag.startswith("review:") for flag in record.needs_review
        )


def _doc():  # type: ignore[no-untyped-def]
    return normalise(MADE_UP_LIST, "n.txt")


def test_a_title_over_an_abstract_is_a_paper_without_names() -> None:
    # Made up: a listing that puts its identifiers above the titles and prints no names.
    lines = [
        Line(1, "Quiet Gradients for Reaction-Diffusion Problems with Dead Zones", block=1),
        Line(2, "We study made-up dead zones. They merge when the kinetics are slow.", block=2),
        Line(3, "Folding Tables with Sparse Attention", block=3),
    ]
    labelled = [(TITLE, 0.8), (ABSTRACT, 0.9), (TITLE, 0.8)]
    (paper,) = learned._paper(lines, labelled, 0, 1, _doc())
    assert paper.record.title == "Quiet Gradients for Reaction-Diffusion Problems with Dead Zones"
    assert paper.record.abstract.startswith("We study made-up dead zones.")
    assert learned._paper(lines, labelled, 2, 2, _doc()) == []  # a title alone: no paper


def test_a_names_line_gives_its_names_without_the_venue_after_them() -> None:
    # Made up: a search result's names line, `names - venue, year - host`, under its title.
    lines = [
        Line(1, "Folding Tables with Sparse Attention", block=1),
        Line(
            2, "J Park, L Ortiz, M Okafor - Journal of Made-Up Results, 2024 - example.org", block=1
        ),
    ]
    (paper,) = learned._paper(lines, [(TITLE, 0.8), (AUTHORS, 0.9)], 0, 1, _doc())
    assert paper.record.authors == ["J Park", "L Ortiz", "M Okafor"]
    assert paper.record.date == "2024"  # the year after the names: the paper's
    byline = [lines[0], Line(2, "by Ada Quill · 2025-03-02", block=1)]
    (paper,) = learned._paper(byline, [(TITLE, 0.8), (AUTHORS, 0.9)], 0, 1, _doc())
    assert paper.record.authors == ["Ada Quill"]


def test_the_reader_is_a_last_resort_after_the_repeated_records() -> None:
    assert list(LAST_RESORT)[:3] == ["reference-lines", "repeated-records", learned.NAME]
    assert set(LAST_RESORT) == {
        *list(LAST_RESORT)[:3],
        "two-part-lines",
        "article-top",
        "lone-title",
        "noted-headings",
        "titled-snippets",
    }


def test_prose_is_not_read_as_papers() -> None:
    essay = (
        "When Ada Quill wrote about patient machines in 2011, few people cared. She said so.\n"
        "Tobias Fenn and Mira Okafor answered in 2013. They disagreed about nearly everything.\n"
        "Years later the argument is settled, and nobody remembers who won it or why it began.\n"
    )  # made up
    with pytest.raises(ImportFailed, match="no known listing layout"):
        read_listing(essay, "essay.txt")


def test_the_committed_model_is_what_the_training_script_gives(tmp_path: Path) -> None:
    """`make train-lines` from the committed corpora gives the committed model, byte for byte
    (CRFsuite's L-BFGS training is deterministic); the unseen sets are never trained on."""
    fresh = tmp_path / "model.crfsuite"
    train_lines.train(train_lines.corpus_data(train_lines.CORPORA), fresh)
    assert fresh.read_bytes() == train_lines.MODEL.read_bytes()
    assert not set(train_lines.DEVELOPMENT) & set(train_lines.UNSEEN)
    assert set(train_lines.CORPORA) <= set(train_lines.DEVELOPMENT)
    assert train_lines.MODEL.stat().st_size < 2 * 1024 * 1024


def test_text_longer_than_any_listing_is_not_labelled() -> None:
    """The reader runs only when every other reader refused a paste: on a huge one it would cost
    seconds (a CRF over every line) for nothing."""
    many = "\n\n".join([MADE_UP_LIST] * (learned.MOST_LINES // 10 + 1))
    doc = normalise(many, "n.txt")
    assert len(doc.lines) > learned.MOST_LINES
    assert learned.read(doc.lines, doc) == []
