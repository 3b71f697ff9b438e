"""A workshop's programme written in HTML inside Markdown (made-up talks, in the shape of
tests/data/listings-holdout19 016): a table of time slots whose cells list a session's talks in
`<details><ul><li>`, each talk's speakers in `<span class="authors">` run into its title. The
list in a cell is read as a list, and the marked names are parted from the title."""

from __future__ import annotations

from papershelf.importers.paste.html import html_lines
from papershelf.importers.pipeline import read_listing

PROGRAMME = """---
title: Program
---

## Day 1 -- Monday 14th October

<table>
  <tr>
    <td class="time">08:30</td>
    <td>Registration</td>
  </tr>
  <tr class="work">
    <td class="time">11:00</td>
    <td>
      <details>
        <summary>Oral session 1 (session chair: TBA)</summary>
        <ul>
          <li>
            11:00 <span class="authors"
              >Ada Quill, Ben Nadir and Cleo Tansy</span
            >Not Just Pretend: Invented Meaning Negotiation in Made-up Media and
            Imagined Interaction
          </li>
          <li>
            11:20 <span class="authors">Dan Oddly and Eve Umber</span>Learning Efficient
            Invented Numeral Systems via Pretend Learning
          </li>
          <li>
            11:40 <span class="authors">Fay Wren</span>Toward Real Time Made-up Prosody
            Recognition
          </li>
        </ul>
      </details>
    </td>
  </tr>
  <tr>
    <td class="time">12:40</td>
    <td>Lunch</td>
  </tr>
</table>
"""


def test_a_list_inside_a_table_cell_is_read_as_items_and_marked_authors_are_parted() -> None:
    items = [line.text for line in html_lines(PROGRAMME) if line.kind == "item"]
    assert items[0] == (
        "11:00 Ada Quill, Ben Nadir and Cleo Tansy — Not Just Pretend: Invented Meaning "
        "Negotiation in Made-up Media and Imagined Interaction"
    )
    assert len(items) == 3


def test_each_talk_of_the_programme_is_a_paper_with_its_speakers() -> None:
    records = read_listing(PROGRAMME, "program.md").records
    assert [(r.title, r.authors) for r in records] == [
        (
            "Not Just Pretend: Invented Meaning Negotiation in Made-up Media and Imagined "
            "Interaction",
            ["Ada Quill", "Ben Nadir", "Cleo Tansy"],
        ),
        (
            "Learning Efficient Invented Numeral Systems via Pretend Learning",
            ["Dan Oddly", "Eve Umber"],
        ),
        ("Toward Real Time Made-up Prosody Recognition", ["Fay Wren"]),
    ]
