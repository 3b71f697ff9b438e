"""The labels of labelled lists and notes: `Title:` / `Authors:` / `Abstract:` / `Link:` / `Date:`
in English and the common Chinese, Japanese and Korean words (and the first word of a label in
other languages), as `Label: value` lines, `■ 论文 | …` bars, `| Label | value |` rows, and several
on one line."""

from __future__ import annotations

import re

from papershelf.importers.paste.lines import Line, strip_emoji
from papershelf.importers.paste.scholar import BYLINE

LABELS = {
    "title": ("title", "paper title", "paper titles", "titles", "full title", "original title",
              "paper", "标题", "题目", "论文标题", "论文题目", "英文标题", "论文名称", "论文名",
              "文章标题", "論文標題", "タイトル", "論文タイトル", "論文名", "題目", "제목", "논문 제목",
              "논문명", "標題", "論文名稱", "論文題目", "英文標題", "文章標題", "原文标题", "原文標題",
              "原标题", "原標題", "page title"),
    "authors": ("authors", "author", "author(s)", "作者", "作者列表", "研究机构/作者", "著者",
                "著者名", "저자", "原文作者", "論文作者", "论文作者"),
    "abstract": ("abstract", "summary", "摘要", "英文摘要", "摘要（原文）", "摘要(原文)", "原文摘要",
                 "论文摘要", "要約", "概要", "アブストラクト", "초록", "요약", "論文摘要"),
    "link": ("link", "links", "url", "pdf", "arxiv", "doi", "paper link", "链接", "论文链接", "阅读论文",
             "论文地址", "原文链接", "地址", "リンク", "論文リンク", "링크", "논문 링크", "連結", "鏈接",
             "論文連結", "論文鏈接", "論文地址", "原文連結"),
    "date": ("date", "published", "publish date", "submitted", "first submission",
             "publication date", "published date", "submission date", "日期", "发布日期", "发表日期",
             "发布时间", "时间", "日付", "公開日", "날짜", "게시일", "發表日期", "發布日期", "發佈日期",
             "發表時間", "發布時間", "提交日期", "提交时间", "year", "publication year", "pub. year",
             "年份", "发表年份", "出版年份", "発表年", "出版年", "연도", "발행 연도", "投稿日", "投稿日付",
             "发布", "發布", "發佈", "論文投稿日付", "論文投稿日", "제출일", "발표일", "출판일",
             "公開", "公开"),
    "comments": ("comments", "comment", "备注"),
    "venue": ("venue", "published in", "conference", "journal", "journal-ref", "journal ref",
              "journal reference", "发表", "发表于", "会议", "期刊", "發表", "發表於", "會議",
              "收录", "source", "出典", "会議名", "会議", "誌名", "掲載誌", "雑誌", "発表誌", "学会",
              "学会名", "ジャーナル", "학회", "저널", "게재지"),
    "skip": ("subjects", "subject", "categories", "keywords", "关键词", "cite as", "tags", "标签",
             "title (zh)", "abstract (zh)", "一句话要点", "机构"),
}  # fmt: skip
BY_LABEL = {label: field for field, labels in LABELS.items() for label in labels}
ONLY_LINK = re.compile(r"^(?:https?://\S+|arXiv:\s*\S+|\d{4}\.\d{4,5}(?:v\d+)?)$", re.I)
_ID_THEN_TITLE = re.compile(r"^\W*arXiv:\s*\d{4}\.\d{4,5}(?:v\d+)?\s*[—–-]\s+\S", re.I)
LABELLED = re.compile(r"^(?P<label>[^:：]{1,40}?)\s*[:：]\s*(?P<value>.*)$")
# Digests that set their labels off with a bullet and a bar: `■ 论文 | Title`, `■ 链接 | https://…`,
# `■ 作者 | A / B`. There the bare word for "paper" labels the title.
_BAR_LABELLED = re.compile(r"^\s*[■□◆◇●▪►▶]\s*(?P<label>[^|｜:：]{1,12}?)\s*[|｜]\s*(?P<value>.+)$")
_PIPE_ROW = re.compile(r"^\|\s*(?P<label>[^|:：]{1,40}?)\s*\|\s*(?P<value>[^|]*?)\s*\|?\s*$")
_BAR_ONLY = {"论文": "title", "論文": "title", "paper": "title", "源码": "skip", "代码": "skip",
             "code": "skip"}  # fmt: skip


def label_of(text: str) -> tuple[str, str] | None:
    """(field, value) when a line is `Label: value` (or a label alone) for a known label."""
    # both patterns below need a mark: four scans for one character, far cheaper than either
    marked = ":" in text or "：" in text or "|" in text or "｜" in text
    if len(text) > 60 and not marked:
        return None  # longer than any label alone (most lines of a long paste)
    plain = strip_emoji(text)
    if marked and (match := _PIPE_ROW.match(plain)):  # `| Published | 2026-05-22 |`, headerless
        plain = f"{match['label']}: {match['value']}"
    if marked and (match := _BAR_LABELLED.match(plain)):
        name = match["label"].strip().lower()
        field = BY_LABEL.get(name) or _BAR_ONLY.get(name)
        if field is not None:
            value = match["value"].strip()
            return (
                ("link", value) if field == "title" and ONLY_LINK.match(value) else (field, value)
            )
    if marked and (match := LABELLED.match(plain)):
        name = match["label"].strip().strip("*_ ").lower()
        if name[:1] == "v" and (version := _VERSION.match(name)):
            name = name[version.end() :]  # `v1 提交日期：…`: the first version's date
        field = BY_LABEL.get(name) or _qualified(name) or _glued(match["label"])
        if field == "link" and _ID_THEN_TITLE.match(plain):
            return None  # `arXiv:2501.00001 — Title`: a citation by identifier, no label
        if field is not None:
            value = match["value"].strip()
            if field == "title" and ONLY_LINK.match(value):
                return "link", value  # `Paper: https://arxiv.org/abs/…` links the paper
            return field, value
    name = plain.strip().strip("*_:： ").lower()
    if name in BY_LABEL:
        return BY_LABEL[name], ""
    return None


# Labels in other languages, and labels that qualify their field (`Título capturado`, `Author /
# source (if known)`, `Date of original`): the first word names the field.
_FIRST_WORD = {
    "title": "title", "título": "title", "titulo": "title", "titre": "title", "titel": "title",
    "author": "authors", "authors": "authors", "autor": "authors", "autores": "authors",
    "auteur": "authors", "auteurs": "authors", "autoren": "authors", "autori": "authors",
    "abstract": "abstract", "resumen": "abstract", "résumé": "abstract", "resumo": "abstract",
    "zusammenfassung": "abstract", "date": "date", "fecha": "date", "datum": "date",
    "year": "date", "año": "date", "année": "date", "jahr": "date", "anno": "date", "年": "date",
    "url": "link", "enlace": "link", "lien": "link",
    "ano": "date", "revista": "venue", "revue": "venue", "rivista": "venue",  # pt, es, fr, it
    # Russian, Ukrainian, Polish, Turkish, Indonesian, Vietnamese
    "название": "title", "заголовок": "title", "назва": "title", "tytuł": "title",
    "başlık": "title", "judul": "title", "tiêu": "title",
    "авторы": "authors", "автор": "authors", "автори": "authors", "autorzy": "authors",
    "yazarlar": "authors", "yazar": "authors", "penulis": "authors", "tác": "authors",
    "аннотация": "abstract", "анотація": "abstract", "streszczenie": "abstract", "özet": "abstract",
    "abstrak": "abstract", "tóm": "abstract", "ссылка": "link", "посилання": "link",
    "дата": "date", "год": "date", "рік": "date", "rok": "date", "yıl": "date", "tahun": "date",
    "видання": "venue", "издание": "venue", "журнал": "venue", "czasopismo": "venue",
    "einreichung": "venue", "konferenz": "venue", "zeitschrift": "venue", "conférence": "venue",
    "видавець": "skip", "издатель": "skip", "wydawca": "skip",
}  # fmt: skip


# A page's buttons run into the label after them when copied: `View PDF HTML (experimental)Abstract`,
# `View PDF Abstract`.
_GLUED_LABEL = re.compile(r"(?:(?<=[)\]A-Z])|(?<=[)\]A-Z] ))(?:Abstract|Authors?|Title|Comments?)$")


def _glued(label: str) -> str | None:
    found = _GLUED_LABEL.search(label)
    return BY_LABEL.get(found[0].lower()) if found else None


_VERSION = re.compile(r"v\d{1,2}\s+")
# `涉及论文标题` ("the paper titles concerned"), `相关论文题目`: a qualified title label.
_CJK_TITLE_ENDS = ("论文标题", "论文题目", "論文タイトル")


def _qualified(label: str) -> str | None:
    if label.endswith(_CJK_TITLE_ENDS) and len(label) <= 10:
        return "title"
    words = re.split(r"[\s/(・]+", label)  # `年・掲載` (year and venue): the year first
    if len(words) > 5 or "(zh)" in label:
        return None
    if "/" in label and words[0] in BY_LABEL:  # `학회/출처` (venue/source): two labels of one field
        return BY_LABEL[words[0]]
    return _FIRST_WORD.get(words[0])


_ENGLISH_LABELS = "|".join(
    re.escape(label) for label in sorted(BY_LABEL, key=len, reverse=True) if label.isascii()
)
# Labels known only where a note runs them on after another field (alone on a line, `来源：`
# heads more than a paper's source; the line model learnt the labels above)
_RUN_ON_ONLY = {"来源": "venue", "來源": "venue", "出处": "venue", "出處": "venue",
                "doi/原始页": "link", "原始页": "link", "原始頁": "link"}  # fmt: skip
_RUN_ON_LABELS = {**BY_LABEL, **_RUN_ON_ONLY}
_CJK_LABELS = "|".join(
    re.escape(label)
    for label in sorted(_RUN_ON_LABELS, key=len, reverse=True)
    if not label.isascii()
)
# `… Title。来源：*Journal*；2002。DOI/原始页：https://…`: Chinese notes run their fields on
# after a full stop or a semicolon, with no space
_INLINE_LABEL = re.compile(
    rf"(?:\s+|(?<=[。；;]))(?P<label>{_ENGLISH_LABELS}|organization|affiliations?|{_CJK_LABELS})"
    r"\s*[:：]\s*",
    re.I,
)


# `Authors: Devlin et al. Key Contribution: Introduced …`: names never hold `Word Word:`, so a
# capitalised label after them, known or not, starts the line's next field.
ANY_LABEL_AFTER = re.compile(r"(?<=[\w.)])\s+[A-Z][\w'’\-]*(?:\s+[A-Za-z][\w'’\-]*){0,2}\s*[:：]\s")


# `作者 : A Name, B Name , 类别 ：Statistical Finance`: a label in CJK after the names (no name
# holds a word of Han script followed by a colon) starts the line's next field.
CJK_LABEL_AFTER = re.compile(r"\s*[,，;；]?\s*[\u3400-\u9fff]{1,6}\s*[:：]")


def inline_labels(value: str) -> tuple[str, list[tuple[str, str]]]:
    """A value that runs on into further `label : value` pairs on the same line: its own part,
    and the known fields after it (an unknown label such as `organization` is dropped)."""
    parts = _INLINE_LABEL.split(value)
    if len(parts) == 1 or BYLINE.match(value):  # `… - arXiv preprint arXiv:2603.13320, 2026 - …`
        return value, []
    more = []
    for label, text in zip(parts[1::2], parts[2::2], strict=True):
        name = _RUN_ON_LABELS.get(label.lower())
        if name is not None and text.strip():
            more.append((name, text.strip()))
    return parts[0].strip(), more


def row_label(line: Line) -> tuple[str, str] | None:
    if len(line.cells) != 2:
        return None
    found = label_of(line.cells[0].text)
    if found is None:
        return None
    value = line.cells[1].text.strip()
    if found[0] == "title" and ONLY_LINK.match(value):
        return "link", value  # `| **Paper** | [arXiv:2605.23904](…) |`: the paper's link
    return found[0], value


def label_pairs(text: str) -> list[tuple[str, str]]:
    """The known `label: value` pairs of a line of several parted by `|`."""
    if "|" not in text and "｜" not in text:
        return []
    pairs = [found for part in re.split(r"[|｜]", text) if (found := label_of(part.strip()))]
    return [(name, value) for name, value in pairs if value and name != "title"]
