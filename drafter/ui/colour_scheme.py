"""The few colours Drafter picks itself, in a light and a dark version.

Everything else comes from the system's palette (Qt follows the desktop's
light or dark scheme). Drafter's own colours — the editor's Markdown
highlighting, the review and server banners, warnings in red — must stay
readable on both, so each has two versions, chosen by how light the
window's palette is right now. Widgets that use them ask again when the
palette changes (``QEvent.PaletteChange``, or the desktop switching schemes).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QGuiApplication, QPalette


@dataclass(frozen=True)
class Colours:
    heading: str
    quote: str
    list_marker: str
    code: str
    link: str
    leftover: str
    leftover_background: str
    fixed_marker: str
    fixed_shade: str
    misspelled: str
    error: str
    warning: str
    banner_text: str
    banner_border: str
    banners: dict[str, str]  # by statement status, and "server" for the lost-server banner


LIGHT = Colours(
    heading="#1f3a60", quote="#5b6470", list_marker="#a05a00", code="#6b3fa0", link="#1565c0",
    leftover="#5d4300", leftover_background="#ffe082", fixed_marker="#7b8794", fixed_shade="#eceff1",
    misspelled="#d32f2f", error="#c62828", warning="#8a5a00", banner_text="#1b1b1b",
    banner_border="#c8c8c8",
    banners={"in_review": "#fff4d6", "approved": "#e3f5e1", "changes_requested": "#fde4e1",
             "released": "#e4ecf7", "server": "#fde4e1", "": "#eeeeee"},
)

DARK = Colours(
    heading="#9cc3ff", quote="#aab4c0", list_marker="#ffb74d", code="#d1a6ff", link="#82b1ff",
    leftover="#ffe082", leftover_background="#5a4300", fixed_marker="#9aa5b1", fixed_shade="#2b3036",
    misspelled="#ff6e6e", error="#ff8a80", warning="#ffcc80", banner_text="#f0f0f0",
    banner_border="#4a4a4a",
    banners={"in_review": "#4a3d12", "approved": "#1f3d24", "changes_requested": "#4a2420",
             "released": "#1e2f47", "server": "#4a2420", "": "#333333"},
)


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window's background is dark (the desktop's dark scheme, or a dark theme)."""
    if palette is None:
        palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours(palette: QPalette | None = None) -> Colours:
    return DARK if is_dark(palette) else LIGHT


def text_style(kind: str, palette: QPalette | None = None) -> str:
    """A style sheet for a label in ``error`` or ``warning`` colour (bold for ``warning``)."""
    chosen = colours(palette)
    if kind == "error":
        return f"color: {chosen.error};"
    return f"color: {chosen.warning}; font-weight: bold;"


def banner_style(name: str, status: str, palette: QPalette | None = None) -> str:
    """The style sheet of a banner above the editor (``#name``), its colour by ``status``."""
    chosen = colours(palette)
    background = chosen.banners.get(status, chosen.banners[""])
    return (f"#{name} {{ background: {background}; border-bottom: 1px solid {chosen.banner_border}; }}"
            f" #{name} QLabel {{ color: {chosen.banner_text}; }}")
