"""Every seed layout parsed from the real files: counts and the awkward papers, exactly."""

from __future__ import annotations

import pytest

from papershelf.core.records import PaperRecord
from papershelf.importers import parse_file
from tests.conftest import SEED_FILES, seed


def records(prefix: str) -> list[PaperRecord]:
    return parse_file(seed(prefix)).result.records


def titled(prefix: str, title: str) -> PaperRecord:
    (record,) = [r for r in records(prefix) if r.title == title]
    return record


@pytest.mark.parametrize(
    ("prefix", "layout", "count"),
    [
        ("000", "author-profile", 21),
        ("001", "hf-papers", 67),
        ("002", "abstracts", 10),
        ("003", "arxiv-search", 20),
        ("004", "hf-daily", 31),
    ],
)
def test_each_seed_is_detected_and_counted(prefix: str, layout: str, count: int) -> None:
    result = parse_file(seed(prefix)).result
    assert result.layout == layout
    assert len(result.records) == count
    assert result.warnings == []


def test_seed_copies_are_verbatim() -> None:
    shared = SEED_FILES[0].parent.parent.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("no ../shared/seeds beside this checkout")
    for path in SEED_FILES:
        assert path.read_bytes() == (shared / path.name).read_bytes()


class TestAuthorProfile:
    def test_header_is_not_a_paper(self) -> None:
        first = records("000")[0]
        assert first.title.startswith("TokenCut: Segmenting Objects")
        assert first.line == 12

    def test_glued_category_date_and_affiliation(self) -> None:
        record = titled(
            "000",
            "TokenCut: Segmenting Objects in Images and Videos with Self-supervised "
            "Transformer and Normalized Cut",
        )
        assert record.category == "cs.CV"
        assert (record.date, record.date_text) == ("2022-09-01", "Sep 1, 2022")
        assert record.authors == ["Yangtao Wang", "Xi Shen", "Yuan Yuan"]
        assert record.authors_truncated is True
        assert record.affiliation == "mit"
        assert record.has_code is False
        assert record.abstract.startswith("In this paper, we describe a graph-based algorithm")

    def test_code_badge_and_url(self) -> None:
        record = titled("000", "Compressing Features for Learning with Noisy Labels")
        assert (record.category, record.date, record.has_code) == ("cs.LG", "2022-06-27", True)
        assert record.affiliation is None
        assert record.urls == ["https://yingyichen-cyy.github.io/CompressFeatNoisyLabels/"]

    def test_score_prefix_and_date_without_year(self) -> None:
        record = titled(
            "000",
            "Rethinking Data Curation in LLM Training: Online Reweighting Offers Better "
            "Generalization than Offline Methods",
        )
        assert record.score == 80.1
        assert record.category == "cs.LG"
        assert record.date is None
        assert (record.date_text, record.date_partial) == ("Apr 19", "--04-19")
        assert record.needs_review == ["year"]

    def test_code_badge_on_yearless_date(self) -> None:
        record = titled(
            "000",
            "From Misclassifications to Outliers: Joint Reliability Assessment in Classification",
        )
        assert (record.date_text, record.has_code, record.needs_review) == ("Mar 4", True, ["year"])
        assert record.urls == ["https://github.com/Intellindust-AI-Lab/SUREPlus"]

    def test_non_ascii_names(self) -> None:
        record = titled(
            "000", "MobileQuant: Mobile-friendly Quantization for On-device Language Models"
        )
        assert record.authors == ["Fuwen Tan", "Royson Lee", "Łukasz Dudziak"]
        assert record.category == "cs.CL"
        pushing = next(r for r in records("000") if r.title.startswith("Pushing the Limits"))
        assert pushing.authors[2] == "Jan Stühmer"

    def test_bare_github_link(self) -> None:
        record = titled("000", "FW-Merging: Scaling Model Merging with Frank-Wolfe Optimization")
        assert record.urls == ["https://github.com/hmarkc/FW-Merging"]
        assert record.date == "2025-03-16"


class TestHuggingFacePapers:
    def test_first_and_last(self) -> None:
        rows = records("001")
        assert rows[0].title == (
            "Indoor Scene Generation from a Collection of Semantic-Segmented Depth Images"
        )
        assert rows[0].line == 11
        assert rows[0].date is None  # "Mar 11" in the header is the page's date
        assert rows[0].needs_review == []
        assert rows[-1].title == (
            "Dark Side Augmentation: Generating Diverse Night Examples for Metric Learning"
        )
        assert rows[-1].urls == ["https://github.com/mohwald/gandtr"]

    @pytest.mark.parametrize(
        ("title", "urls"),
        [
            (
                "Class-relation Knowledge Distillation for Novel Class Discovery",
                ["https://github.com/kleinzcy/Cr-KD-NCD"],
            ),
            (
                "A Plug-and-Play Method for Rare Human-Object Interactions Detection by "
                "Bridging Domain Gap",
                ["https://github.com/LijunZhang01/CEFA"],
            ),
            (
                "Energy Confused Adversarial Metric Learning for Zero-Shot Image Retrieval "
                "and Clustering",
                ["http://www.bhchen.cn/"],
            ),
            (
                "CoLoR-Filter: Conditional Loss Reduction Filtering for Targeted Language "
                "Model Pre-training",
                [
                    "https://github.com/davidbrandfonbrener/color-filter-olmo",
                    "https://huggingface.co/datasets/davidbrandfonbrener/color-filtered-c4",
                ],
            ),
            (
                "Your Diffusion Model is Secretly a Zero-Shot Classifier",
                ["https://diffusion-classifier.github.io/"],
            ),
        ],
    )
    def test_awkward_links(self, title: str, urls: list[str]) -> None:
        assert titled("001", title).urls == urls


class TestAbstracts:
    def test_placeholder_titles_are_flagged(self) -> None:
        rows = records("002")
        assert all(r.title_is_placeholder and r.needs_review == ["title"] for r in rows)
        assert rows[0].title == (
            "Meta-learning performs adaptation through a limited amount of support set…"
        )
        assert rows[0].abstract.startswith("Meta-learning performs adaptation")
        assert not rows[0].abstract.startswith("Abstract")

    def test_escaped_underscore_in_link(self) -> None:
        assert records("002")[9].urls == ["https://github.com/sseung0703/SSKD_SVD"]


class TestArxivSearch:
    def test_authors_one_per_line(self) -> None:
        record = titled(
            "003", "MMTok: Multimodal Coverage Maximization for Efficient Inference of VLMs"
        )
        assert record.authors == [
            "Sixun Dong",
            "Juhua Hu",
            "Mian Zhang",
            "Ming Yin",
            "Yanjie Fu",
            "Qi Qian",
        ]
        assert record.authors_truncated is False
        assert (record.date, record.announced, record.submitted_v1) == (
            "2025-08-25",
            "2025-08",
            None,
        )

    def test_full_abstract_not_the_truncated_one(self) -> None:
        record = titled(
            "003", "MMTok: Multimodal Coverage Maximization for Efficient Inference of VLMs"
        )
        assert "…" not in record.abstract
        assert record.abstract.endswith("the effectiveness of coverage in token selection.")
        assert len(record.abstract) == 1678

    def test_latest_and_first_submission(self) -> None:
        record = titled(
            "003",
            "NPRL: Nightly Profile Representation Learning for Early Sepsis Onset Prediction "
            "in ICU Trauma Patients",
        )
        assert (record.date, record.date_text) == ("2023-11-16", "16 November, 2023")
        assert record.submitted_v1 == "2023-04-25"
        assert record.announced == "2023-04"

    def test_url_wrapper(self) -> None:
        record = titled(
            "003",
            "SeA: Semantic Adversarial Augmentation for Last Layer Features from "
            "Unsupervised Representation Learning",
        )
        assert record.urls == ["https://github.com/idstcv/SeA"]


class TestHuggingFaceDaily:
    def test_author_count_and_yearless_date(self) -> None:
        record = records("004")[0]
        assert record.title.startswith("Dual Mutual Learning Network")
        assert (record.author_count, record.authors) == (5, [])
        assert (record.date, record.date_text, record.date_partial) == (None, "Jan 3", "--01-03")
        assert record.needs_review == ["year"]  # "Dec 29" above is the page's own date

    def test_garbled_date(self) -> None:
        record = titled("004", "MIST: Mutual Information Via Supervised Training")
        assert (record.date, record.date_text, record.needs_review) == (None, "Nov 24 2", ["date"])
        assert record.author_count == 5

    def test_paper_without_author_or_date_block(self) -> None:
        record = titled("004", "SRUM: Fine-Grained Self-Rewarding for Unified Multimodal Models")
        assert (record.author_count, record.date_text) == (None, None)
        following = titled(
            "004", "Provable Scaling Laws of Feature Emergence from Learning Dynamics of Grokking"
        )
        assert (following.author_count, following.date_text) == (1, "Sep 25")

    def test_full_date(self) -> None:
        record = titled("004", "Distraction is All You Need for Fairness")
        assert (record.date, record.author_count) == ("2022-03-14", 4)
