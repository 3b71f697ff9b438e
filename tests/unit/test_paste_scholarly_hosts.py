"""Links to where papers live (importers/paste/hosts.py) as evidence of a paper: a journal club
that names each paper by `[Surname et al.](link) Title` with links to bioRxiv, PLOS and publisher
pages (holdout26 005) was read as two papers of nine, its one-surname entries taken for blog posts;
the rule tests use made-up titles and names."""

from __future__ import annotations

from scripts.fidelity import HOLDOUT26, expected_papers, title_key

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.blocks import is_generic_label
from papershelf.importers.paste.cite import read_citation
from papershelf.importers.paste.hosts import scholarly
from papershelf.importers.paste.sources import not_a_paper
from papershelf.importers.pipeline import read_listing


def test_an_article_s_address_at_a_scholarly_host_is_known() -> None:
    assert scholarly("https://www.biorxiv.org/content/early/2018/06/20/352351")
    assert scholarly("https://pmc.ncbi.nlm.nih.gov/articles/PMC1234567/")
    assert scholarly("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1234567/")
    assert scholarly("https://nph.onlinelibrary.wiley.com/doi/abs/10.1111/nph.14646")
    assert scholarly("https://www.sciencedirect.com/science/article/pii/S1360138518300827")
    assert scholarly("<https://arxiv.org/abs/quant-ph/9508027v2>")


def test_national_indexes_and_platforms_articles_are_known_their_front_pages_not() -> None:
    assert scholarly("https://pubscholar.cn/articles/3d37c49286ffb548d41fc924910f3018d1961")
    assert scholarly("https://cyberleninka.ru/article/n/made-up-article-title")
    assert scholarly("https://dergipark.org.tr/tr/pub/tid/issue/93026/1647982")
    assert scholarly("https://www.redalyc.org/articulo.oa?id=12345678")
    assert scholarly("https://dialnet.unirioja.es/servlet/articulo?codigo=1234567")
    assert scholarly("https://cir.nii.ac.jp/crid/1390001234567890")
    assert not scholarly("https://pubscholar.cn/")
    assert not scholarly("https://cyberleninka.ru/journal/n/made-up-journal")


def test_a_site_s_front_page_news_or_another_site_is_not() -> None:
    assert not scholarly("https://www.nature.com/")
    assert not scholarly("https://www.nature.com/news/some-story")
    assert not scholarly("https://www.sciencedirect.com/journal/plant-science")
    assert not scholarly("https://notnature.com/articles/x")
    assert not scholarly("https://example.org/blog/2018/06/20/a-post")
    assert not scholarly("ftp://arxiv.org/abs/1234.5678")
    assert not scholarly("not a link")


def test_one_surname_and_a_dated_link_to_a_preprint_server_is_a_paper() -> None:
    record = PaperRecord(
        line=1,
        title="Invented repeats organise pretend genomes",
        authors=["Quill"],
        urls=["https://www.biorxiv.org/content/early/2018/06/04/339010"],
    )
    assert not_a_paper(record) is None
    record.urls = ["https://example.org/news/2018/06/04/339010"]
    assert not_a_paper(record) is not None


def test_a_link_on_a_short_citation_without_a_year_then_the_title() -> None:
    text = "Quillby et al. Invented repeats organise pretend genomes in 3D"
    cited = read_citation(text, [], [("Quillby et al.", "https://example.org/p.pdf")])
    assert cited is not None
    assert (cited.title, cited.authors, cited.year) == (
        "Invented repeats organise pretend genomes in 3D",
        "Quillby et al",
        None,
    )
    two = "Fenn and Lutz. Pretend harbours under invented tides"
    cited = read_citation(two, [], [("Fenn and Lutz.", "https://example.org/q")])
    assert cited is not None and cited.authors == "Fenn and Lutz"
    # a linked title followed by a remark stays the link's title
    linked = "Pretend Harbours. A good read."
    cited = read_citation(linked, [], [("Pretend Harbours.", "https://example.org/r")])
    assert cited is None or cited.title != "A good read"


def test_the_real_journal_club_is_read_whole() -> None:
    path = next(HOLDOUT26.glob("005_*.md"))
    records = read_listing(path.read_text(encoding="utf-8"), path.name).records
    expected = expected_papers(path)
    assert [title_key(r.title) for r in records] == [title_key(p["title"]) for p in expected]
    assert records[0].authors == ["Van Deynze"]
    assert records[2].authors == ["Korthauer", "Irizarry"]


def test_other_languages_buttons_are_no_titles() -> None:
    """holdout25 022, a French bibliography, links its entries `[voir en ligne](…)`."""
    from papershelf.importers.paste.blocks import is_generic_label

    for label in ("voir en ligne", "Texte intégral", "Volltext", "PDF ansehen", "Leer más"):
        assert is_generic_label(label), label
    for title in ("Zum Begriff der Kultur", "Online learning of pretend tides", "Lesen als Praxis"):
        assert not is_generic_label(title), title


def test_a_bibliography_s_key_heading_is_no_title_even_with_its_entry_s_doi() -> None:
    """holdout25 022: `## Bahoken et al. 2024` over its entry read as the paper's title."""
    key = PaperRecord(line=1, title="Quillby et al. 2024", doi="10.4000/pretend.1")
    assert not_a_paper(key) is not None
    key.title = "Quillby et Fenn, 2016"
    assert not_a_paper(key) is not None
    titled = PaperRecord(line=1, title="Quillby harbours 2024", doi="10.4000/pretend.1")
    assert not_a_paper(titled) is None


def test_a_link_labelled_as_the_file_it_leads_to_is_no_title() -> None:
    """An ornithologist's talk notes link each reference's PDF as `[pdf link](…)` (holdout18
    030): the label said the paper's title was 'pdf link'."""
    for label in ("pdf link", "PDF link", "Full text", "Download PDF", "link to paper"):
        assert is_generic_label(label), label
    assert not is_generic_label("Linking pretend widgets to invented lattices")
