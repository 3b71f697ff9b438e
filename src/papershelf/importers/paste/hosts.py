"""Where papers live on the web: the hosts of preprint servers, publishers, journals, proceedings
and indexes, and the paths under which they serve one article.

A link to one of these is evidence that the text it sits in names a paper, whatever the page's
layout: knowledge of the scholarly web, not of any one paste. A host that serves much else too
(a university's site, a society's news) counts only under its articles' path.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

# host (a suffix of the link's host) -> the path prefixes of one article there ("" for any path)
_ARTICLE_PATHS: dict[str, tuple[str, ...]] = {
    # preprint servers and repositories
    "arxiv.org": ("/abs/", "/pdf/", "/html/"),
    "biorxiv.org": ("/content/",),
    "medrxiv.org": ("/content/",),
    "chemrxiv.org": ("/engage/chemrxiv/article-details/",),
    "psyarxiv.com": ("",),
    "osf.io": ("/preprints/",),
    "ssrn.com": ("/abstract", "/sol3/papers.cfm"),
    "researchgate.net": ("/publication/",),
    "hal.science": ("/hal-",),
    "hal.archives-ouvertes.fr": ("/hal-",),
    "zenodo.org": ("/record/", "/records/"),
    "eprint.iacr.org": ("/20", "/19"),
    "inspirehep.net": ("/literature/",),
    "adsabs.harvard.edu": ("/abs/",),
    "europepmc.org": ("/article/", "/abstract/"),
    "pubmed.ncbi.nlm.nih.gov": ("/",),
    "ncbi.nlm.nih.gov": ("/pmc/articles/", "/pubmed/"),
    "pmc.ncbi.nlm.nih.gov": ("/articles/",),
    "semanticscholar.org": ("/paper/",),
    "openreview.net": ("/forum", "/pdf"),
    "jstor.org": ("/stable/",),
    "doi.org": ("/10.",),
    # proceedings
    "aclanthology.org": ("/",),
    "aclweb.org": ("/anthology/",),
    "proceedings.mlr.press": ("/v",),
    "papers.nips.cc": ("/paper",),
    "proceedings.neurips.cc": ("/paper",),
    "openaccess.thecvf.com": ("/content",),
    "ecva.net": ("/papers/",),
    "ojs.aaai.org": ("/index.php/AAAI/article/",),
    "ijcai.org": ("/proceedings/",),
    "isca-archive.org": ("/",),
    "isca-speech.org": ("/archive",),
    "usenix.org": ("/conference/", "/system/files/"),
    "jmlr.org": ("/papers/",),
    "dl.acm.org": ("/doi/",),
    "ieeexplore.ieee.org": ("/document/", "/abstract/document/", "/stamp/"),
    # publishers and journals
    "sciencedirect.com": ("/science/article/",),
    "link.springer.com": ("/article/", "/chapter/", "/content/pdf/"),
    "nature.com": ("/articles/",),
    "science.org": ("/doi/",),
    "cell.com": ("/fulltext/", "/abstract/", "/pdf/"),
    "thelancet.com": ("/journals/",),
    "nejm.org": ("/doi/",),
    "bmj.com": ("/content/",),
    "jamanetwork.com": ("/journals/",),
    "onlinelibrary.wiley.com": ("/doi/",),
    "tandfonline.com": ("/doi/",),
    "journals.sagepub.com": ("/doi/",),
    "academic.oup.com": ("/",),
    "cambridge.org": ("/core/journals/", "/core/services/aop-cambridge-core/content/"),
    "pnas.org": ("/doi/", "/content/"),
    "journals.plos.org": ("/",),
    "frontiersin.org": ("/articles/", "/journals/"),
    "mdpi.com": ("/",),
    "hindawi.com": ("/journals/",),
    "elifesciences.org": ("/articles/",),
    "biomedcentral.com": ("/articles/",),
    "peerj.com": ("/articles/", "/preprints/"),
    "iopscience.iop.org": ("/article/",),
    "journals.aps.org": ("/",),
    "pubs.acs.org": ("/doi/",),
    "pubs.rsc.org": ("/en/content/articlelanding/", "/en/content/articlehtml/"),
    "agupubs.onlinelibrary.wiley.com": ("/doi/",),
    "journals.ametsoc.org": ("/view/journals/",),
    "copernicus.org": ("/articles/", "/preprints/"),
    "cshlp.org": ("/content/",),
    "royalsocietypublishing.org": ("/doi/",),
    "annualreviews.org": ("/doi/", "/content/"),
    "degruyter.com": ("/document/",),
    "emerald.com": ("/insight/content/doi/",),
    "karger.com": ("/",),
    "liebertpub.com": ("/doi/",),
    "ahajournals.org": ("/doi/",),
    "physiology.org": ("/doi/",),
    "jneurosci.org": ("/content/",),
    "rupress.org": ("/",),
    "embopress.org": ("/doi/",),
    "aacrjournals.org": ("/",),
    "ascopubs.org": ("/doi/",),
    "jstage.jst.go.jp": ("/article/",),
    "cairn.info": ("/revue-", "/journal-"),
    "persee.fr": ("/doc/",),
    "erudit.org": ("/fr/revues/", "/en/journals/"),
    "scielo.br": ("/j/",),
    "scielo.org": ("/article/",),
    "cnki.net": ("/kcms",),
    # national indexes and platforms (China, Russia, Japan, Turkey, Latin America, Spain, Croatia)
    "pubscholar.cn": ("/articles/",),
    "wanfangdata.com.cn": ("/details/", "/periodical/"),
    "cqvip.com": ("/doc/", "/qk/"),
    "cyberleninka.ru": ("/article/",),
    "elibrary.ru": ("/item.asp",),
    "cir.nii.ac.jp": ("/crid/",),
    "ci.nii.ac.jp": ("/naid/", "/crid/"),
    "dergipark.org.tr": ("/tr/pub/", "/en/pub/", "/tr/download/", "/en/download/"),
    "redalyc.org": ("/articulo.oa", "/journal/", "/pdf/"),
    "dialnet.unirioja.es": ("/servlet/articulo", "/descarga/articulo/"),
    "hrcak.srce.hr": ("/",),
    "sciendo.com": ("/article/",),
    "kci.go.kr": ("/kciportal/ci/sereArticleSearch/",),
    "muse.jhu.edu": ("/article/", "/pub/"),
    "journals.uchicago.edu": ("/doi/",),
    "aeaweb.org": ("/articles",),
    "nber.org": ("/papers/", "/system/files/working_papers/"),
    "econometricsociety.org": ("/publications/",),
}
_HOST = re.compile(r"^(?:www\d?\.)?(?P<host>[^:/]+)")


def _host(url: str) -> tuple[str, str] | None:
    try:
        parts = urlsplit(url.strip("<>()[] "))
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    host = _HOST.match(parts.netloc.lower())
    return (host["host"], parts.path or "/") if host else None


def scholarly(url: str) -> bool:
    """The link leads to one article at a preprint server, a publisher, a journal, a proceedings
    site or a scholarly index (`https://www.biorxiv.org/content/early/2018/06/20/352351`), not to
    a site's front page or its news."""
    found = _host(url)
    if found is None:
        return False
    host, path = found
    paths = _article_paths(host)
    return paths is not None and path != "/" and path.startswith(paths)


@lru_cache(maxsize=1 << 12)
def _article_paths(host: str) -> tuple[str, ...] | None:
    """The article paths of the most specific host named that the host is or is under
    (pmc.ncbi.nlm.nih.gov's paths, not ncbi.nlm.nih.gov's): its suffixes, longest first."""
    labels = host.split(".")
    for start in range(len(labels) - 1):
        if (paths := _ARTICLE_PATHS.get(".".join(labels[start:]))) is not None:
            return paths
    return None
