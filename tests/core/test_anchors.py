"""A reviewer's comment finds its words again after the text has been edited."""

from __future__ import annotations

import time

from drafter.core.anchors import Anchor, Located, locate

from .helpers import long_statement

TEXT = (
    "The town council met on Tuesday evening.\n"
    "The council thanks the volunteers who cleared the park.\n"
    "Residents may call the town hall with questions."
)


def anchor_on(text: str, quote: str, occurrence: int = 0) -> Anchor:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return Anchor(quote, start, start + len(quote))


def found(text: str, located: Located | None) -> str:
    assert located is not None
    return text[located.start:located.end]


def test_unchanged_text() -> None:
    anchor = anchor_on(TEXT, "thanks the volunteers")
    assert locate(anchor, TEXT) == Located(anchor.start, anchor.end, True)


def test_text_inserted_before_moves_the_offsets() -> None:
    anchor = anchor_on(TEXT, "thanks the volunteers")
    text = "UPDATE: the park is open again.\n\n" + TEXT
    located = locate(anchor, text)
    assert located == Located(anchor.start + 33, anchor.end + 33, True)
    assert found(text, located) == "thanks the volunteers"


def test_the_nearest_of_two_occurrences_wins() -> None:
    anchor = anchor_on(TEXT, "the town", occurrence=0)  # "the town hall", in the last line
    text = "Note: the town of Elm was not affected.\n" + TEXT
    located = locate(anchor, text)
    assert located is not None and located.exact
    assert located.start == text.index("the town hall")
    # And the first one, when the comment was on the first.
    first = Anchor("council", TEXT.index("council"), TEXT.index("council") + 7)
    located = locate(first, "Today: " + TEXT)
    assert located is not None and located.start == 7 + TEXT.index("council")


def test_a_word_inside_another_is_no_exact_match() -> None:
    anchor = anchor_on(TEXT, "park")
    text = "Free parking for everyone today. " * 6 + TEXT
    real = text.index("park.")
    assert min(abs(text.index("parking", i) - anchor.start) for i in range(0, 160, 33)) < real - anchor.start
    assert locate(anchor, text) == Located(real, real + 4, True)


def test_a_slightly_edited_phrase_is_found_but_not_exact() -> None:
    anchor = anchor_on(TEXT, "thanks the volunteers who cleared the park")
    text = TEXT.replace("thanks the volunteers who cleared", "thanks all volunteers who cleared")
    located = locate(anchor, text)
    assert located is not None and not located.exact
    assert found(text, located) == "thanks all volunteers who cleared the park"


def test_a_slightly_edited_word_is_found_far_away() -> None:
    text = long_statement(10_000)
    anchor = Anchor("Whitmore", 100, 108)
    edited = text[:50_000] + " the Whitmores " + text[50_000:]
    located = locate(anchor, edited)
    assert located is not None and not located.exact
    assert found(edited, located) == "Whitmores"


def test_a_deleted_phrase_is_gone() -> None:
    anchor = anchor_on(TEXT, "thanks the volunteers who cleared the park")
    text = TEXT.replace("The council thanks the volunteers who cleared the park.\n", "")
    assert locate(anchor, text) is None


def test_a_rewritten_phrase_is_gone() -> None:
    anchor = anchor_on(TEXT, "thanks the volunteers who cleared the park")
    text = TEXT.replace("thanks the volunteers who cleared the park", "is grateful for the help in spring")
    assert locate(anchor, text) is None


def test_reflowed_across_a_line_break_is_exact() -> None:
    anchor = anchor_on(TEXT, "met on Tuesday evening.\nThe council thanks")
    text = "Update.\n" + TEXT.replace("Tuesday evening.\nThe council", "Tuesday\nevening. The  council")
    located = locate(anchor, text)
    assert located is not None and located.exact
    assert found(text, located) == "met on Tuesday\nevening. The  council thanks"


def test_unicode() -> None:
    text = "Le préfet a dit : « Nous restons mobilisés » – jusqu’à lundi.\nLa mairie « reste ouverte »."
    anchor = anchor_on(text, "« Nous restons mobilisés » – jusqu’à")
    moved = "Communiqué.\n" + text
    located = locate(anchor, moved)
    assert located is not None and located.exact
    assert found(moved, located) == anchor.quote
    edited = moved.replace("mobilisés", "mobilisées")
    located = locate(anchor, edited)
    assert located is not None and not located.exact
    assert found(edited, located) == "« Nous restons mobilisées » – jusqu’à"


def test_a_blank_quote_is_never_found() -> None:
    assert locate(Anchor("  ", 3, 5), TEXT) is None


def test_fuzzy_search_is_fast_on_a_long_statement() -> None:
    text = long_statement(10_000)
    start = text.index(". ", len(text) // 2) + 2
    end = text.index(".", start) + 1
    anchor = Anchor(text[start:end], start, end)
    prefix = "A new first paragraph.\n\n"
    edited = prefix + text[:start] + text[start:end].replace(" ", " new ", 1) + text[end:]
    deleted = text[:start] + text[end:]
    long_anchor = Anchor(text[start:start + 600], start, start + 600)
    long_deleted = text[:start] + text[start + 600:]
    for anchor_, text_ in [(anchor, edited), (anchor, deleted), (long_anchor, long_deleted)]:
        locate(anchor_, text_)  # warm up
        best = min(_timed(anchor_, text_) for _ in range(3))
        assert best < 0.020, f"{best * 1000:.1f} ms"
    located = locate(anchor, edited)
    assert located is not None and not located.exact
    assert located.start == start + len(prefix)


def _timed(anchor: Anchor, text: str) -> float:
    start = time.perf_counter()
    locate(anchor, text)
    return time.perf_counter() - start
