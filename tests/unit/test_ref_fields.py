"""The reference-field model (importers/paste/ref_fields.py): its training script and what it
reads in reference strings of several styles.

The references below are MADE UP for these tests (names, titles, journals and identifiers
invented); the model learns from AnyStyle's annotated strings (resources/refstrings) and is
measured on real pastes by scripts/ref_fidelity.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from scripts import train_refs

from papershelf.importers.paste import ref_fields
from papershelf.importers.paste.ref_fields import (
    _without_journal_start,
    clean_title,
    parse_reference,
    sequence_features,
    strip_lead,
    tokenise,
)


@pytest.fixture(autouse=True)
def checkout_model() -> Iterator[None]:
    """This checkout's model (an editable install may lend another checkout's resources)."""
    ref_fields.use_model(train_refs.MODEL)
    yield
    ref_fields.use_model(None)


def test_the_committed_model_is_what_the_training_script_gives(tmp_path: Path) -> None:
    """`scripts/train_refs.py` from the committed strings gives the committed model, byte for
    byte (CRFsuite's L-BFGS training is deterministic)."""
    fresh = tmp_path / "model.crfsuite"
    train_refs.train(train_refs.references(), fresh)
    assert fresh.read_bytes() == train_refs.MODEL.read_bytes()
    assert train_refs.MODEL.stat().st_size < 2 * 1024 * 1024


def test_the_training_strings_are_anystyles_core_set_with_their_fields() -> None:
    data = train_refs.references()
    assert len(data) == 1010  # core.xml and gold.xml, each reference once
    words, fields = data[0]
    assert words[:3] == ["A.", "Cau,", "R."]
    assert fields[:3] == ["author"] * 3
    assert set(train_refs.FIELDS.values()) | {"other"} == {*ref_fields.LABELS, "other"}
    trained, scored = train_refs.split(data)
    assert len(scored) == len(data) // 5 and len(trained) + len(scored) == len(data)


def test_words_keep_their_punctuation_and_features_see_their_shape() -> None:
    words = tokenise('J. Okoro, "A made-up title," Imag. J., 2019;12(3):45-67.')
    assert words == [
        "J.",
        "Okoro,",
        '"A',
        "made-up",
        'title,"',
        "Imag.",
        "J.,",
        "2019;12(3):45-67.",
    ]
    features = sequence_features(words)
    assert "initials" in features[0] and "start" in features[0]
    assert "quote_open" in features[2] and "quote_close" in features[4]
    assert "year" in features[-1] and "vol(issue)" in features[-1] and "end" in features[-1]


@pytest.mark.parametrize(
    ("text", "title", "authors", "year"),
    [
        (  # IEEE, numbered
            '[7] T. Varga and L. Mendes, "Sparse lattice filters for drifting sensor arrays," '
            "IEEE Trans. Imaginary Syst., vol. 14, no. 2, pp. 101-118, Mar. 2019.",
            "Sparse lattice filters for drifting sensor arrays",
            ["T. Varga", "L. Mendes"],
            "2019",
        ),
        (  # APA
            "Okafor, M., & Lindqvist, P. (2021). Tidal memory in estuarine worms. "
            "Journal of Invented Ecology, 33(4), 210-229. https://doi.org/10.5555/jie.2021.0042",
            "Tidal memory in estuarine worms",
            ["Okafor, M.", "Lindqvist, P."],
            "2021",
        ),
        (  # Vancouver / PubMed
            "3. Haddad RK, Moreau JP, Tanaka S. Fasting glucose drift in night-shift nurses: a "
            "cohort study. Int J Made Med. 2018;42(7):901-9.",
            "Fasting glucose drift in night-shift nurses: a cohort study",
            ["Haddad RK", "Moreau JP", "Tanaka S"],
            "2018",
        ),
        (  # Harvard-like "Surname I (Year) Title. Journal vol:pages"
            "Brennan K, Ilves T (2016) Soil crusts that remember rain. Fict Soil Biol 51:77-90",
            "Soil crusts that remember rain",
            ["Brennan K", "Ilves T"],
            "2016",
        ),
    ],
)
def test_references_in_several_styles_give_title_names_and_year(
    text: str, title: str, authors: list[str], year: str
) -> None:
    parsed = parse_reference(text)
    assert parsed is not None
    assert parsed.title == title
    assert parsed.authors == authors
    assert parsed.year == year
    assert 0.5 < parsed.confidence <= 1.0


def test_the_container_and_doi_are_read() -> None:
    parsed = parse_reference(
        "Okafor, M., & Lindqvist, P. (2021). Tidal memory in estuarine worms. Journal of "
        "Invented Ecology, 33(4), 210-229. https://doi.org/10.5555/jie.2021.0042"
    )
    assert parsed is not None
    assert parsed.container == "Journal of Invented Ecology"
    assert parsed.doi == "10.5555/jie.2021.0042"


def test_the_journal_s_first_abbreviated_word_is_no_part_of_the_title() -> None:
    """holdout25 005, a bibliography in AGU's style: `…, Glob. Biogeochem. Cycles, 35(6)`."""
    assert _without_journal_start(["Pretend", "Floats,", "Glob.", "Biogeochem."], 0, 3) == 2
    assert _without_journal_start(["Pretend", "Ice?,", "Geophys.", "48(21)"], 0, 3) == 2
    # a title whose own last word has a stop, with no journal after it, keeps it
    assert _without_journal_start(["Pretend", "tides,", "Inc.", "and"], 0, 3) == 3
    assert _without_journal_start(["Pretend", "and", "Tides.", "Res."], 0, 3) == 3


def test_an_abbreviated_journal_after_the_title_s_stop_is_no_part_of_it() -> None:
    """holdout26 006: `… structures of proteins. Nat. Struct. Biol. 8, 923–925 (2001).`"""
    parsed = parse_reference(
        "Quill, A. The way to pretend structures of harbours. Nat. Struct. Biol. 8, 923–925 (2001)."
    )
    assert parsed is not None and parsed.title == "The way to pretend structures of harbours"
    asked = parse_reference(
        'Quill, Ada B. "What do (some of) our pretend measures measure (most)? Association?."'
        " Journal of Second Pretend Studies 5, no. 1 (2022): 1-33."
    )
    assert asked is not None
    assert asked.title == "What do (some of) our pretend measures measure (most)? Association?"


def test_et_al_after_the_names_says_there_are_more() -> None:
    parsed = parse_reference(
        "Quill, M., Fenn, M., Lutz, S., et al. (2012). Pretend reconstructions with closing"
        " harbours. Computers & Tides, 38(1), 35-42."
    )
    assert parsed is not None and parsed.authors_truncated
    assert parsed.authors == ["Quill, M.", "Fenn, M.", "Lutz, S."]


def test_a_line_with_no_title_gives_nothing() -> None:
    assert parse_reference("") is None
    assert parse_reference("   ") is None


def test_list_markers_and_title_quotes_are_dropped() -> None:
    assert strip_lead("[12] A. Name") == "A. Name"
    assert strip_lead("12. A. Name") == "A. Name"
    assert strip_lead("- A. Name") == "A. Name"
    assert clean_title('"Sparse lattice filters,"') == "Sparse lattice filters"
    assert clean_title("“Tidal memory.”,") == "Tidal memory"
    assert clean_title("Why do worms remember?") == "Why do worms remember?"


def test_without_a_model_nothing_is_read(tmp_path: Path) -> None:
    """A missing model (a broken install) reads no reference rather than failing."""
    ref_fields.use_model(None)
    ref_fields._MODEL.forget()
    assert ref_fields.label_words([]) == []
