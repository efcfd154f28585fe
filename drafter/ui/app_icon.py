"""Drafter's application icon (window, taskbar, About), from the PNGs in resources/icons.

The PNGs are rendered from drafter.svg by resources/icons/render_pngs.py. The
window uses only them: adding a file to a QIcon reads no more than its header,
and a PNG is drawn without the SVG renderer's start-up, which the window's cold
start cannot afford. 512 px covers the largest size a desktop asks for.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon, QPixmap

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_folder() -> Path | None:
    """resources/icons as a folder on disk, or None when Drafter runs from an archive."""
    from drafter.paths import resource

    folder = resource("icons")
    return folder if isinstance(folder, Path) else None


def app_icon() -> QIcon:
    """The application icon at every size shipped; a null icon if the files are missing."""
    from drafter.paths import resource

    icon = QIcon()
    folder = icon_folder()
    for size in ICON_SIZES:
        name = f"drafter-{size}.png"
        if folder is not None:
            path = folder / name
            if path.is_file():
                icon.addFile(str(path))
            continue
        try:  # a zipped install: read the bytes
            data = resource("icons", name).read_bytes()
        except OSError:
            continue
        pixmap = QPixmap()
        if pixmap.loadFromData(data, "PNG"):
            icon.addPixmap(pixmap)
    return icon
