"""Putting the interface in the person's language: Drafter's translation and Qt's own.

``install_translators`` is called once at start, right after the
QApplication is made (so every widget is built in the language), and again
when the language is chosen in Settings ▸ Preferences…, after which the
window's ``retranslate`` puts its menus into the new language at once. Which
language and where the ``.qm`` comes from: ``drafter.i18n``.

Qt's own strings (the OK and Cancel of standard buttons, the editor's
right-click menu, file choosers) come from Qt's ``qtbase_<lang>.qm``, which
PySide6 ships in its translations folder.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from drafter.i18n import SOURCE_LANGUAGE, interface_language, translation_file

log = logging.getLogger(__name__)

#: The translators this module installed, so that a change of language removes them first.
_installed: list[QTranslator] = []


def current_language() -> str:
    """The language of the translators installed now (English when none is)."""
    return str(_installed[0].property("drafterLanguage")) if _installed else SOURCE_LANGUAGE


def install_translators(app: QCoreApplication, language: str | None, *, cache: Path | None = None) -> str:
    """Show the interface in ``language`` ("en", "es"; None: the system's); returns the one applied.

    DRAFTER_LANGUAGE, when set, wins over ``language``. Anything missing
    (no translation, no lrelease to compile it) leaves the interface in
    English and says so in the log; it never stops Drafter.
    """
    chosen = interface_language(language, QLocale.system().name())
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    if chosen == SOURCE_LANGUAGE:
        return SOURCE_LANGUAGE
    try:
        qm = translation_file(chosen, folder=cache)
    except Exception:  # a translation must never stop Drafter from starting
        log.exception("The %r translation could not be prepared", chosen)
        qm = None
    drafter = QTranslator(app)
    if qm is None or not drafter.load(str(qm)):
        log.warning("The %r translation could not be loaded (%s); the interface stays in English",
                    chosen, qm)
        return SOURCE_LANGUAGE
    translators = [drafter]
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{chosen}", qt_folder):  # PySide6 ships Qt's own translations
        translators.append(qt)
    else:
        log.info("Qt's own %r translation was not found in %s", chosen, qt_folder)
    for translator in translators:
        translator.setProperty("drafterLanguage", chosen)
        app.installTranslator(translator)
        _installed.append(translator)
    log.debug("Interface language: %s (%s)", chosen, qm)
    return chosen
