"""The plain-text export: prose for an e-mail, wrapped at 72 columns, with no markup left."""

from __future__ import annotations

import datetime as dt
import hashlib

from drafter.export.document import DRAFT_MARK, Approval, ExportDocument
from drafter.export.text import render

STATEMENT = """\
# Statement from Mayor Elena Ruiz on the Attack in Riverton

Last night two of our officers were attacked on Harbor Street while answering a call for help. \
We are one community – there is no "us" versus "them" &amp; never will be.

## What happens next

1. Chief Bell will brief the *town council* at **7 p.m.**
2. The library stays open until 9 p.m. for anyone who wants to talk to a counsellor in confidence.

- Call `311` for help.
- Read the timeline on [the town’s website](https://eastharbor.example/news/2025/06/10/statement-on-the-attack-in-riverton).

> “We will not be divided,” said Chief Bell. “Not today, not ever.”
"""

EXPECTED_FINAL = """\
Town of East Harbor
1 Harbor Square, East Harbor

June 10, 2025

Statement from Mayor Elena Ruiz on the Attack in Riverton
=========================================================

Last night two of our officers were attacked on Harbor Street while
answering a call for help. We are one community – there is no “us”
versus “them” & never will be.

What happens next
-----------------

  1. Chief Bell will brief the town council at 7 p.m.
  2. The library stays open until 9 p.m. for anyone who wants to talk to
     a counsellor in confidence.

  - Call 311 for help.
  - Read the timeline on the town’s website
    (https://eastharbor.example/news/2025/06/10/statement-on-the-attack-in-riverton).

> “We will not be divided,” said Chief Bell. “Not today, not ever.”

Elena Ruiz
Mayor

""" + "-- \n" + """\
Approved by Elena Ruiz on June 10, 2025 · revision 2 · SHA-256 3f9a0c41
"""  # the signature separator is "-- " with its space


def document(markdown: str = STATEMENT, *, final: bool = True, **changes: str) -> ExportDocument:
    approval = None
    if final:
        digest = "3f9a0c41" + hashlib.sha256(markdown.encode("utf-8")).hexdigest()[8:]
        # A local time, so the approval's day is June 10 wherever the tests run.
        approval = Approval("Elena Ruiz", dt.datetime(2025, 6, 10, 15, 30).astimezone(), 2, digest)
    fields = {"title": "Statement from Mayor Elena Ruiz on the Attack in Riverton",
              "organisation": "Town of East Harbor", "address": "1 Harbor Square, East Harbor",
              "signature": "Elena Ruiz\nMayor", **changes}
    return ExportDocument(markdown=markdown, date=dt.date(2025, 6, 10), approval=approval, **fields)


def text_of(doc: ExportDocument) -> str:
    return render(doc).decode("utf-8")


def test_a_final_statement_reads_as_plain_prose() -> None:
    assert text_of(document()) == EXPECTED_FINAL


def test_a_draft_says_so_on_its_first_line_and_carries_no_approval() -> None:
    out = text_of(document(final=False))
    lines = out.split("\n")
    assert lines[:3] == [DRAFT_MARK, "", "Town of East Harbor"]
    assert out.endswith("Elena Ruiz\nMayor\n\n-- \nDRAFT — NOT APPROVED\n")
    assert "Approved by" not in out
    # Apart from the marks, a draft is the same text as the final one.
    body = EXPECTED_FINAL[: EXPECTED_FINAL.index("-- \n")]
    assert out == f"{DRAFT_MARK}\n\n{body}-- \n{DRAFT_MARK}\n"


def test_a_final_export_does_not_say_draft() -> None:
    assert "DRAFT" not in text_of(document())


def test_no_line_is_longer_than_72_columns_unless_it_is_one_unbreakable_word() -> None:
    url = "https://eastharbor.example/council/minutes/2025/06/12/special-session-on-public-safety.pdf"
    paragraph = ("The council will meet in a special session on Thursday, June 12, to hear residents "
                 "and the chief of police – everyone is welcome, and the minutes will be published at "
                 f"{url} as soon as the clerk has them. ") * 3
    markdown = (f"{paragraph}\n\n> {paragraph}\n\n- {paragraph}\n- short item\n\n"
                f"1. {paragraph}\n\n### A heading that goes on and on about the special session of the "
                "council and what it means\n")
    lines = text_of(document(markdown)).split("\n")
    too_long = [line for line in lines if len(line) > 72]
    assert too_long  # the URL cannot be broken…
    # …nor anything else
    assert {line.strip(" >-.").removeprefix("1. ").strip() for line in too_long} == {url}
    assert sum(url in line for line in lines) == 12  # every time whole, never cut at its hyphens
    assert "and what it means" in lines[lines.index("A heading that goes on and on about the special "
                                                    "session of the council") + 1]


def test_headings_lists_quotes_and_code() -> None:
    markdown = """\
## Road closures

The following streets close at noon:

3. Harbor Street
4. Mill Road, between the bridge and the school, where the detour is signposted for all traffic
    - buses divert to Elm Street
    - lorries to the bypass

> The chief said:
>
> > “Stay away from the area.”

    curl https://eastharbor.example/status  --silent

Read [eastharbor.example](https://eastharbor.example), write to \
[the press office](mailto:press@eastharbor.example) or [us](mailto:press@eastharbor.example).
"""
    out = text_of(document(markdown, final=False))
    start = out.index("Road closures")
    assert out[start: out.index("\n\nElena Ruiz")] == """\
Road closures
-------------

The following streets close at noon:

  3. Harbor Street
  4. Mill Road, between the bridge and the school, where the detour is
     signposted for all traffic
     - buses divert to Elm Street
     - lorries to the bypass

> The chief said:
>
> > “Stay away from the area.”

    curl https://eastharbor.example/status  --silent

Read eastharbor.example (https://eastharbor.example), write to the press
office (mailto:press@eastharbor.example) or us
(mailto:press@eastharbor.example)."""


def test_hostile_markup_leaves_no_trace_but_the_prose_around_it_stays() -> None:
    markdown = """\
Before the attack on Harbor Street, residents had “no warning” – none.

<script>alert(1)</script>
<img src=x onerror=alert(1)>
<a href="javascript:alert(1)">the town’s page</a>
![](http://evil.example/x.png)
<iframe src="https://evil.example/frame"></iframe>
<b onclick="alert(1)">Stay safe.</b> AT&amp;T &lt;not a tag&gt; &#8220;quoted&#8221;
"""
    out = text_of(document(markdown))
    assert "alert" not in out
    assert "evil.example" not in out
    assert "javascript" not in out
    assert "<script" not in out and "<img" not in out and "<iframe" not in out and "<b" not in out
    assert "Before the attack on Harbor Street, residents had “no warning” – none." in out
    # Entities decoded: what was escaped text in the statement is text again, not markup.
    assert "\n\nthe town’s page [image]\n\nStay safe. AT&T <not a tag> “quoted”\n\n" in out


def test_the_title_is_not_repeated_when_the_statement_starts_with_it_and_shown_when_different() -> None:
    out = text_of(document("# Statement on the *Attack* in Riverton\n\nWe grieve.\n",
                           title="Statement on the Attack in Riverton"))
    assert out.count("Statement on the Attack in Riverton") == 1
    other = text_of(document("# A different heading\n\nWe grieve.\n", title="Statement on Riverton"))
    assert ("Statement on Riverton\n=====================\n\n"
            "A different heading\n-------------------\n") in other


def test_lines_end_with_a_newline_and_nothing_else() -> None:
    out = text_of(document("Line one\r\nstill one.\r\n\r\nTwo.\r\n"))
    assert "\r" not in out
    assert out.endswith("\n") and not out.endswith("\n\n")
    assert "\n\nLine one still one.\n\nTwo.\n\n" in out
    assert [line for line in out.split("\n") if line != line.rstrip()] == ["-- "]


def test_letterhead_and_signature_may_be_left_out() -> None:
    out = text_of(document("We grieve.\n", organisation="", address="", signature=""))
    assert out.startswith("June 10, 2025\n\nStatement from Mayor")
    assert out.endswith("We grieve.\n\n-- \nApproved by Elena Ruiz on June 10, 2025 · revision 2 · "
                        "SHA-256 3f9a0c41\n")
