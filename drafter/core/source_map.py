"""Source-line anchors for scroll sync, as a Python-Markdown extension.

Each top-level block of the output carries ``id="src-N"``, N being the
1-based source line where it starts. Lists and tables pass their anchor to
each item and row (the first starts on the list's own line), because Qt's
``QTextBrowser`` honours ``id`` on ``li``, ``th`` and ``td`` but not on
``ul``, ``ol`` or ``table``. Fenced code and raw HTML come from Markdown's
stash, so they get a ``<div id="src-N">`` wrapper.

How, without reading the output: a preprocessor puts a marker block (STX
``srcline:N`` ETX, which no statement can forge: Markdown strips STX and ETX
from it) before every block after a blank line and around fenced code; a
block processor ahead of all others consumes the markers and, since the
other processors only ever hand back pieces of a chunk, knows each piece's
line; a tree processor writes the ids and a postprocessor removes markers
left inside code or HTML. Ids are written as ``<secret token>N``; only
``SourceMapExtension.public_id`` (nh3's ``attribute_filter``) turns them into
``src-N``, so an id typed in the statement can never pose as an anchor.
"""

from __future__ import annotations

import re
import secrets
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from html.parser import HTMLParser

from markdown import Markdown, util
from markdown.blockparser import BlockParser
from markdown.blockprocessors import BlockProcessor
from markdown.extensions import Extension
from markdown.extensions.fenced_code import FencedBlockPreprocessor
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

ANCHOR_PREFIX = "src-"

_MARKER_RE = re.compile("[ ]*\x02srcline:([0-9]+)\x03")
# A marker left inside stashed code or HTML, with the blank line put after it.
_LEFTOVER_RE = re.compile("[ ]*\x02srcline:[0-9]+\x03(?:\n\n?)?")
# Appended to the blocks of a nested top-level parse so that its end is seen.
_END = "\x02srcline:end\x03"
_LIST_TAGS = ("ul", "ol")
# How far past the expected line to look for a block that lost its marker.
_SEARCH_LINES = 200


def anchor_name(line: int) -> str:
    """The anchor (``id``) of the block that starts on 1-based ``line``."""
    return f"{ANCHOR_PREFIX}{line}"


def line_of_anchor(name: str) -> int | None:
    """The source line an anchor name points to, or None if it is not ours."""
    digits = name.removeprefix(ANCHOR_PREFIX)
    if digits == name or not digits.isdigit():
        return None
    return int(digits)


class _AnchorCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value is not None and (line := line_of_anchor(value)):
                self.lines.append(line)


def source_lines(html: str) -> list[int]:
    """The source lines of the anchors in rendered HTML, in document order."""
    collector = _AnchorCollector()
    collector.feed(html)
    collector.close()
    return collector.lines


@dataclass
class _Frame:
    """One top-level run of the block parser (the document, or a nested prefix)."""

    blocks: list[str]
    chunk: str = ""  # text that began after the last marker
    chunk_line: int = 1
    line: int = 1  # line of the block being processed
    text: str = ""  # that block
    open_list: tuple[etree.Element, int] | None = None
    prefix_lines: int = 0


@dataclass
class _State:
    source: list[str] = field(default_factory=list)  # the lines, before markers
    frames: list[_Frame] = field(default_factory=list)
    top: dict[etree.Element, int] = field(default_factory=dict)  # top-level blocks
    inner: dict[etree.Element, int] = field(default_factory=dict)  # items, table rows
    delegated: set[etree.Element] = field(default_factory=set)  # anchored via children


class _MarkLines(Preprocessor):  # type: ignore[misc]  # Markdown ships no types
    """Put a marker block before every block start and around fenced code."""

    def __init__(self, md: Markdown, state: _State) -> None:
        super().__init__(md)
        self.state = state

    def run(self, lines: list[str]) -> list[str]:
        self.state.source = lines
        starts = {i for i, line in enumerate(lines) if line and (i == 0 or not lines[i - 1])}
        text = "\n".join(lines)
        pos = line_no = 0
        for m in FencedBlockPreprocessor.FENCED_BLOCK_RE.finditer(text):
            line_no += text.count("\n", pos, m.start())
            pos = m.start()
            starts.add(line_no)
            starts.add(line_no + m.group(0).count("\n") + 1)
        out: list[str] = []
        for i, line in enumerate(lines):
            if i in starts and line:
                if out and out[-1]:
                    out.append("")
                indent = line[: len(line) - len(line.lstrip(" "))]
                out += [f"{indent}\x02srcline:{i + 1}\x03", ""]
            out.append(line)
        return out


class _ObserveBlocks(BlockProcessor):  # type: ignore[misc]
    """Runs before every other block processor; records where blocks start."""

    def __init__(self, parser: BlockParser, state: _State) -> None:
        super().__init__(parser)
        self.state = state

    def test(self, parent: etree.Element, block: str) -> bool:
        return parent is self.parser.root or bool(_MARKER_RE.fullmatch(block.lstrip("\n")))

    def run(self, parent: etree.Element, blocks: list[str]) -> bool:
        first = blocks[0]
        marker = _MARKER_RE.fullmatch(first.lstrip("\n"))
        if parent is not self.parser.root:
            if marker:  # inside a footnote or an HTML block: just drop it
                self._drop_marker(blocks)
                return True
            return False
        frame = self._frame(blocks)
        self._settle(frame)
        if first is _END:
            blocks.pop(0)
            self.state.frames.pop()
            outer = self.state.frames[-1]
            # The caller now adds the element that follows the prefix.
            outer.line += frame.prefix_lines
            outer.text, outer.open_list = "", None
            return True
        if marker:
            self._drop_marker(blocks)
            chunk = frame.chunk = blocks[0] if blocks else ""
            # The marker's line is that of the chunk's first non-blank line.
            lead = len(chunk) - len(chunk.lstrip("\n"))
            frame.line = frame.chunk_line = int(marker.group(1)) - lead
            frame.text, frame.open_list = "", None
            return True
        if first:  # an empty block only separates; it makes nothing
            frame.line, frame.text = self._line_of(frame, first), first
        last = parent[-1] if len(parent) else None
        frame.open_list = (last, len(last)) if last is not None and last.tag in _LIST_TAGS else None
        return False  # let the real processors handle the block

    @staticmethod
    def _drop_marker(blocks: list[str]) -> None:
        """Remove the marker block, keeping the blank lines before it."""
        block = blocks.pop(0)
        lead = len(block) - len(block.lstrip("\n"))
        if lead and blocks:
            blocks[0] = "\n" * lead + blocks[0]

    def _frame(self, blocks: list[str]) -> _Frame:
        frames = self.state.frames
        if not frames:
            frames.append(_Frame(blocks))
        elif blocks is not frames[-1].blocks:
            # A processor parses the lines before its own element (a heading,
            # rule or quote in mid-paragraph) with a nested call.
            outer = frames[-1]
            nested = _Frame(blocks, chunk=blocks[0], chunk_line=outer.line, line=outer.line)
            # The caller's element starts on the line after the prefix (if any).
            nested.prefix_lines = blocks[0].count("\n") + 1 if blocks[0] else 0
            blocks.append(_END)
            frames.append(nested)
        return frames[-1]

    def _line_of(self, frame: _Frame, block: str) -> int:
        chunk, line = frame.chunk, frame.chunk_line
        if block == chunk or chunk.startswith(block):
            return line
        if chunk.endswith(block):
            return line + chunk.count("\n") - block.count("\n")
        if (at := chunk.find(block)) >= 0:
            return line + chunk.count("\n", 0, at)
        # Not a piece of the chunk: the HTML preprocessor cut a raw HTML block
        # out of the text with no blank line around it, or a footnote took
        # the blocks (and markers) before this one. It most likely follows
        # the previous block; look for its first line from there on.
        guess = frame.line + self._source_line_count(frame.text)
        frame.chunk_line = self._find_line(block, guess, frame.line + 1)
        frame.chunk = block
        return frame.chunk_line

    def _source_line_count(self, block: str) -> int:
        """How many source lines a block came from, counting its stashed HTML."""
        count = 0
        for line in block.split("\n"):
            raw = self._stashed(line)
            count += _LEFTOVER_RE.sub("", raw).count("\n") + 1 if raw is not None else 1
        return count

    def _stashed(self, line: str) -> str | None:
        """The raw HTML a placeholder line stands for (None if it is not one)."""
        found = util.HTML_PLACEHOLDER_RE.fullmatch(line.strip())
        if found is None:
            return None
        raw = self.parser.md.htmlStash.rawHtmlBlocks[int(found.group(1))]
        return raw if isinstance(raw, str) else ""

    def _find_line(self, block: str, guess: int, earliest: int) -> int:
        """The line where ``block`` starts: the source line nearest ``guess``
        (and not before ``earliest``) that holds the block's first line."""
        lead = len(block) - len(block.lstrip("\n"))  # blank lines the preprocessor added
        first = block.lstrip("\n").split("\n", 1)[0]
        raw = self._stashed(first)
        wanted = (_LEFTOVER_RE.sub("", raw) if raw is not None else first).strip()
        wanted = wanted.split("\n", 1)[0].strip()
        source = self.state.source
        if wanted:
            for distance in range(_SEARCH_LINES):
                for number in (guess + distance, guess - distance):
                    if earliest <= number <= len(source) and source[number - 1].strip() == wanted:
                        return number - lead
        return guess - lead

    def _settle(self, frame: _Frame) -> None:
        """Give the line of the last step to the top-level elements it made."""
        root, top = self.parser.root, self.state.top
        new: list[etree.Element] = []
        for element in reversed(root):
            if element in top:
                break
            new.append(element)
        for element in new:
            top[element] = frame.line
        if frame.open_list is not None and not new:
            lst, before = frame.open_list
            if len(lst) > before:  # the block added items to a loose list
                self._anchor_items(frame, lst, before)
        elif len(new) == 1 and new[0].tag in _LIST_TAGS:
            self._anchor_items(frame, new[0], 0)
        elif len(new) == 1 and new[0].tag == "table":
            self._anchor_rows(frame, new[0])

    def _anchor_items(self, frame: _Frame, lst: etree.Element, start: int) -> None:
        processor = self.parser.blockprocessors["olist" if lst.tag == "ol" else "ulist"]
        child_re: re.Pattern[str] = processor.CHILD_RE
        starts = [i for i, line in enumerate(frame.text.split("\n")) if child_re.match(line)]
        items = list(lst)[start:]
        if items and len(items) == len(starts):
            for item, offset in zip(items, starts, strict=True):
                self.state.inner[item] = frame.line + offset
            self.state.delegated.add(lst)

    def _anchor_rows(self, frame: _Frame, table: etree.Element) -> None:
        rows = list(table.iter("tr"))
        if len(rows) + 1 != frame.text.count("\n") + 1 or not len(rows[0]):
            return  # header, separator line, then one line per body row
        for index, row in enumerate(rows):
            if len(row):
                self.state.inner[row[0]] = frame.line + (index + 1 if index else 0)
        self.state.delegated.add(table)


class _WriteIds(Treeprocessor):  # type: ignore[misc]
    """Write the recorded lines as (tokenised) ids, once per line."""

    def __init__(self, md: Markdown, state: _State, token: str) -> None:
        super().__init__(md)
        self.state = state
        self.token = token

    def run(self, root: etree.Element) -> None:
        state, used = self.state, set[int]()
        for element in root.iter():
            line = state.inner.get(element)
            if line is None and element not in state.delegated:
                line = state.top.get(element)
            if line is None or line in used:
                continue
            used.add(line)
            if element.tag == "p" and not len(element) and _is_placeholder(element.text):
                element.tag = "div"  # stashed code or HTML: a <p> would be unwrapped
            element.set("id", f"{self.token}{line}")


def _is_placeholder(text: str | None) -> bool:
    return text is not None and util.HTML_PLACEHOLDER_RE.fullmatch(text.strip()) is not None


class _RemoveLeftovers(Postprocessor):  # type: ignore[misc]
    """Markers that landed inside fenced code or raw HTML."""

    def run(self, text: str) -> str:
        return _LEFTOVER_RE.sub("", text) if "\x02srcline:" in text else text


class SourceMapExtension(Extension):  # type: ignore[misc]
    """Anchor each block of the output to the source line where it starts."""

    def __init__(self) -> None:
        super().__init__()
        self.token = f"srcline-{secrets.token_hex(8)}-"
        self.state = _State()

    def public_id(self, value: str) -> str | None:
        """Map a tokenised id to ``src-N``; None (strip it) for any other id."""
        digits = value.removeprefix(self.token)
        if digits == value or not digits.isdigit():
            return None
        return anchor_name(int(digits))

    def extendMarkdown(self, md: Markdown) -> None:
        md.registerExtension(self)
        md.preprocessors.register(_MarkLines(md, self.state), "source_map_mark", 27)
        md.parser.blockprocessors.register(_ObserveBlocks(md.parser, self.state), "source_map", 200)
        md.treeprocessors.register(_WriteIds(md, self.state, self.token), "source_map", 3)
        md.postprocessors.register(_RemoveLeftovers(md), "source_map_clean", 1)

    def reset(self) -> None:
        vars(self.state).update(vars(_State()))  # in place: the processors share it
