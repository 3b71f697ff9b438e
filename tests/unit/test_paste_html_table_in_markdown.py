"""An HTML table in a Markdown page, its rows parted by blank lines (holdout41's 010: a survey
page's table of most cited articles, `<tr>` blocks indented under `<tbody>`). CommonMark ends an
HTML block at a blank line and made each later row an indented code block, shown as text
(`<td>2020-05-05</td>`): 0 of its 10 papers were read, 3 extra records. The table is now read
whole, as the page shows it."""

from __future__ import annotations

from pathlib import Path

from papershelf.importers.paste.doc import normalise
from papershelf.importers.pipeline import read_listing
from tests.pastes import real_papers_found

# made up, in the real page's shape
PAGE = """---
hide:
 - navigation
---
<html>
<body>
  <h3 id="most_cited">Most cited articles</h3>
  <table id="table1" class="display">
  <thead>
    <tr>
        <th>Title</th>
        <th>PublicationDate</th>
        <th>#Citations</th>
    </tr>
  </thead>
  <tbody>
{blank}
      <tr>
        <td><a href="https://example.org/paper/1">An Invented Study of Pretend Equations</a></td>
        <td>2020-05-05</td>
        <td>177</td>
      </tr>
{blank}
      <tr>
        <td><a href="https://example.org/paper/2">Made-Up Networks for Imaginary Flows</a></td>
        <td>2019-05-03</td>
        <td>160</td>
      </tr>
{blank}
  </tbody>
  </table>
  <p>After the table.</p>
</body>
</html>
""".replace("{blank}", "    ")  # the page's blank lines hold its indent


def test_the_rows_after_blank_lines_stay_rows_of_the_table() -> None:
    lines = normalise(PAGE, "page.md").lines
    rows = [line for line in lines if line.kind == "row"]
    assert [row.number for row in rows] == [10, 18, 24]  # each row's `<tr>` line
    assert rows[1].text.startswith("An Invented Study of Pretend Equations | 2020-05-05")
    assert not any(line.text.startswith("<t") for line in lines)
    assert any(line.text == "After the table." for line in lines)


def test_the_table_is_read_as_papers() -> None:
    records = read_listing(PAGE, "page.md").records
    assert [(r.title, r.date, r.urls) for r in records] == [
        ("An Invented Study of Pretend Equations", "2020-05-05", ["https://example.org/paper/1"]),
        ("Made-Up Networks for Imaginary Flows", "2019-05-03", ["https://example.org/paper/2"]),
    ]


def test_an_unclosed_table_is_read_as_before() -> None:
    text = "<table>\n<tr><td>An Invented Study of Pretend Equations</td></tr>\n\n    <td>x</td>\n"
    assert normalise(text, "page.md").lines  # no error, nothing swallowed past the end


def test_the_real_page() -> None:
    (path,) = (Path(__file__).parents[1] / "data" / "listings-holdout41").glob("010_*.md")
    assert real_papers_found(path) == 10
