"""The reference-lines reader (importers/paste/ref_lines.py): reference lists no rule reads, one
reference per line, read by the reference-field model.

Every reference and paste below is MADE UP for these tests (names, titles, journals and
identifiers invented); the reader's figures on real pastes are in scripts/fidelity.py's corpora.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from scripts import train_refs

from papershelf.core.errors import ImportFailed
from papershelf.importers.paste import LAST_RESORT, ref_fields, ref_lines
from papershelf.importers.paste.doc import normalise
from papershelf.importers.pipeline import read_listing

VANCOUVER = (
    "References\n\n"
    "1: Haddad RK, Moreau JP, Tanaka S. Fasting glucose drift in night-shift nurses: a cohort "
    "study. Int J Made Med. 2018;42(7):901-9. doi: 10.5555/ijmm.2018.0901\n\n"
    "2: Brennan K, Ilves T. Soil crusts that remember rain. Fict Soil Biol. 2016;51:77-90.\n\n"
    "3: Okafor M, Lindqvist P, Varga T. Tidal memory in estuarine worms. J Invented Ecol. "
    "2021;33(4):210-29.\n"
)
ONE_LINE_OF_SEVERAL = (
    "References\n\n"
    '[1] T. Varga and L. Mendes, "Sparse lattice filters for drifting sensor arrays," IEEE '
    "Trans. Imaginary Syst., vol. 14, no. 2, pp. 101-118, 2019. "
    '[2] K. Brennan, "Soil crusts that remember rain," Fict. Soil Biol., vol. 51, pp. 77-90, '
    "2016. "
    '[3] M. Okafor and P. Lindqvist, "Tidal memory in estuarine worms," J. Invented Ecol., '
    "vol. 33, no. 4, pp. 210-229, 2021.\n"
)


@pytest.fixture(autouse=True)
def checkout_model() -> Iterator[None]:
    """This checkout's model (an editable install may lend another checkout's resources)."""
    ref_fields.use_model(train_refs.MODEL)
    yield
    ref_fields.use_model(None)


def test_the_reader_is_the_first_last_resort() -> None:
    assert next(iter(LAST_RESORT)) == ref_lines.NAME


def test_a_numbered_vancouver_list_gives_one_paper_per_line() -> None:
    doc = normalise(VANCOUVER, "refs.md")
    records = [hit.record for hit in ref_lines.read(doc.lines, doc)]
    assert [r.title for r in records] == [
        "Fasting glucose drift in night-shift nurses: a cohort study",
        "Soil crusts that remember rain",
        "Tidal memory in estuarine worms",
    ]
    assert records[0].authors == ["Haddad RK", "Moreau JP", "Tanaka S"]
    assert records[0].doi == "10.5555/ijmm.2018.0901"
    assert [r.date for r in records] == ["2018", "2016", "2021"]
    assert all(r.confidence is not None and r.confidence >= ref_lines.REVIEW_BELOW for r in records)


def test_a_line_of_several_numbered_references_is_split_at_its_numbers() -> None:
    doc = normalise(ONE_LINE_OF_SEVERAL, "refs.md")
    records = [hit.record for hit in ref_lines.read(doc.lines, doc)]
    assert [r.title for r in records] == [
        "Sparse lattice filters for drifting sensor arrays",
        "Soil crusts that remember rain",
        "Tidal memory in estuarine worms",
    ]
    assert records[2].authors == ["M. Okafor", "P. Lindqvist"]


def test_the_layout_can_be_picked_in_the_preview() -> None:
    preview = read_listing(VANCOUVER, "refs.md", layout=ref_lines.NAME)
    assert [s.layout for s in preview.segments] == [ref_lines.NAME]
    assert len(preview.records) == 3


def test_a_list_of_one_reference_a_line_is_read_by_it_before_the_repeated_records() -> None:
    text = (
        "1. Quill M, Fenn T. Sparse widget networks for lattice folding. Journal of Pretend "
        "Science, 2021.\n"
        "2. Olm P, Tanabe Y, Wen L. Ranking imaginary objects with contrastive gradients. Proc. "
        "Made-Up Conference, 2019.\n"
        "3. Delacroix R. A theory of toy models. Imaginary Letters, 2018.\n"
    )  # test_paste_repeated.py's made-up publications page
    preview = read_listing(text, "paste.txt")
    assert preview.layout == ref_lines.NAME
    assert [(r.title, r.authors, r.date) for r in preview.records] == [
        ("Sparse widget networks for lattice folding", ["Quill M", "Fenn T"], "2021"),
        ("Ranking imaginary objects with contrastive gradients", ["Olm P", "Tanabe Y", "Wen L"],
         "2019"),
        ("A theory of toy models", ["Delacroix R"], "2018"),
    ]  # fmt: skip
    assert all(not r.needs_review for r in preview.records)  # the model is sure of each


def test_prose_with_years_is_no_reference_list() -> None:
    essay = (
        "When Ada Quill wrote about patient machines in 2011, few people cared about them at all.\n\n"
        "Tobias Fenn and Mira Okafor answered her in 2013, and they disagreed about everything.\n\n"
        "By 2019 the argument was settled, and nobody remembered who had won it or why it began.\n"
    )  # made up
    doc = normalise(essay, "essay.txt")
    assert ref_lines.read(doc.lines, doc) == []
    with pytest.raises(ImportFailed):
        read_listing(essay, "essay.txt")


def test_table_rows_and_a_single_reference_are_left_to_other_readers() -> None:
    table = (
        "| Title | Authors | Year |\n|---|---|---|\n"
        "| Soil crusts that remember rain | Brennan K, Ilves T | 2016 |\n"
        "| Tidal memory in estuarine worms | Okafor M, Lindqvist P | 2021 |\n"
    )
    doc = normalise(table, "t.md")
    assert ref_lines.read(doc.lines, doc) == []
    single = (
        "1: Brennan K, Ilves T. Soil crusts that remember rain. Fict Soil Biol. 2016;51:77-90.\n"
    )
    doc = normalise(single, "one.md")
    assert ref_lines.read(doc.lines, doc) == []


def test_an_rtf_export_line_is_read_as_its_words() -> None:
    line = r'{\s0\fs24\sa120 Brennan, K and Ilves, T. "Soil crusts." {\i Fict \u8230?}\par}'
    assert ref_lines._rtf_plain(line) == 'Brennan, K and Ilves, T. "Soil crusts." Fict …'
