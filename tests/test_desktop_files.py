"""Linux desktop integration: the .desktop file, the AppStream metainfo and the icon files.

The validators run when installed (CI installs both); without one, its check
is skipped and says which package provides it.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import drafter
from drafter import APP_ID, APP_NAME

ROOT = Path(__file__).resolve().parents[1]
DESKTOP_DIR = ROOT / "resources" / "desktop"
ICONS = ROOT / "resources" / "icons"
DESKTOP_FILE = DESKTOP_DIR / f"{APP_ID}.desktop"
METAINFO = DESKTOP_DIR / f"{APP_ID}.metainfo.xml"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(DESKTOP_FILE.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return parser["Desktop Entry"]


def _render_pngs_module() -> ModuleType:
    """resources/icons/render_pngs.py, run without writing a __pycache__ into the shipped folder."""
    path = ICONS / "render_pngs.py"
    module = ModuleType("render_pngs")
    module.__file__ = str(path)
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), module.__dict__)
    return module


# -- the .desktop file ------------------------------------------------------------------------------


def test_desktop_file_names_the_application_its_command_and_its_icon() -> None:
    entry = _entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["GenericName"] == "Statement Drafting"
    assert entry["Comment"]
    command = entry["Exec"].split()[0]
    assert command in PROJECT["scripts"]  # the console script pip installs
    assert entry["TryExec"] == command
    assert entry["Icon"] == APP_ID  # installed as icons/hicolor/*/apps/org.drafter.Drafter.*
    assert entry["Terminal"] == "false"
    assert {"Office", "WordProcessor"} <= set(entry["Categories"].rstrip(";").split(";"))
    assert entry["Keywords"].endswith(";")
    # Qt's WM_CLASS on X11 is the application name (run_window sets it); on Wayland the app id is
    # the desktop file name (setDesktopFileName(APP_ID)), which is this file's name.
    assert entry["StartupWMClass"] == APP_NAME


def test_desktop_file_passes_desktop_file_validate() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (Debian/Ubuntu: apt-get install "
                    "desktop-file-utils); the .desktop file was only parsed")
    result = subprocess.run([tool, str(DESKTOP_FILE)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


# -- the AppStream metainfo -------------------------------------------------------------------------


def _appstreamcli() -> str:
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (Debian/Ubuntu: apt-get install appstream); "
                    "the metainfo was only parsed")
    return tool


def test_metainfo_passes_appstream_validation() -> None:
    result = subprocess.run([_appstreamcli(), "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_installed_tree_validates_with_its_desktop_file_and_icons(tmp_path: Path) -> None:
    """As a distribution package lays them out: the launchable and the icon are found."""
    tool = _appstreamcli()
    share = tmp_path / "usr" / "share"
    for folder, source in (("applications", DESKTOP_FILE), ("metainfo", METAINFO)):
        (share / folder).mkdir(parents=True)
        shutil.copy(source, share / folder / source.name)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(ICONS / "drafter.svg", scalable / f"{APP_ID}.svg")
    for size in PNG_SIZES:
        apps = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        apps.mkdir(parents=True)
        shutil.copy(ICONS / f"drafter-{size}.png", apps / f"{APP_ID}.png")
    result = subprocess.run([tool, "validate-tree", "--no-net", str(tmp_path)], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_matches_the_package() -> None:
    root = ElementTree.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == PROJECT["license"] == "GPL-3.0-or-later"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP_FILE.name
    assert root.findtext("provides/binary") in PROJECT["scripts"]
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"


def test_metainfo_newest_release_is_the_package_version() -> None:
    newest = ElementTree.parse(METAINFO).getroot().find("releases/release")  # newest first
    assert newest is not None
    assert newest.get("version") == PROJECT["version"]
    installed = drafter.__version__
    if installed != "0.0.0+unknown":  # a source tree that was never installed has no metadata
        assert newest.get("version") == installed
    assert len(newest.get("date", "")) == 10  # YYYY-MM-DD


# -- the icon ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", PNG_SIZES)
def test_each_png_size_exists_with_that_size(qapp: Any, size: int) -> None:
    from PySide6.QtGui import QImage

    image = QImage(str(ICONS / f"drafter-{size}.png"))
    assert not image.isNull()
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0  # the corners are transparent


@pytest.mark.parametrize("name", ["drafter.svg", "drafter-16.svg"])
def test_the_svg_renders(qapp: Any, name: str) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / name))
    assert renderer.isValid()
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, 64, 64))
    painter.end()
    drawn = sum(image.pixelColor(x, y).alpha() > 0 for x in range(64) for y in range(64))
    assert drawn > 64 * 64 // 2


def test_committed_pngs_are_rendered_from_the_current_svg(qapp: Any) -> None:
    """After editing an SVG, run resources/icons/render_pngs.py again."""
    from PySide6.QtGui import QImage

    render_pngs = _render_pngs_module()
    for size in (16, 48, 128):
        fresh = QImage.fromData(render_pngs.render_png(size), "PNG")
        committed = QImage(str(ICONS / f"drafter-{size}.png"))
        difference = sum(
            abs(fresh.pixelColor(x, y).alpha() - committed.pixelColor(x, y).alpha())
            + abs(fresh.pixelColor(x, y).blue() - committed.pixelColor(x, y).blue())
            for x in range(size) for y in range(size))
        assert difference / (size * size) < 4, f"drafter-{size}.png is out of date"


def test_windows_icon_holds_every_size_up_to_256(qapp: Any) -> None:
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(ICONS / "drafter.ico"))
    if b"ico" not in [bytes(name.data()) for name in QImageReader.supportedImageFormats()]:
        pytest.skip("this Qt has no ico image plugin")
    sizes = []
    for number in range(reader.imageCount()):
        reader.jumpToImage(number)
        sizes.append(reader.read().width())
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]
