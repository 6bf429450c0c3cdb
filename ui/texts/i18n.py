"""Language choice and Qt Linguist translators (German and English).

Qt's own catalogue (`qtbase_*.qm`, shipped with PySide6) is installed before the app's
so that standard dialog buttons speak the same language. Switching at run time removes
the old translators and installs new ones; widgets react to the LanguageChange event.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("de", "en")


def system_language() -> str:
    name = QLocale.system().name()
    return "de" if name.startswith("de") else "en"


def resolve_language(*candidates: str | None) -> str:
    """The first supported language among the candidates, else the system's."""
    for candidate in candidates:
        if candidate and candidate[:2] in LANGUAGES:
            return candidate[:2]
    return system_language()


class Translations:
    """Owns the installed translators of one application."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = ""

    def remove(self) -> None:
        """Takes this object's translators off the application (a second Application in
        the same process, as the screenshot tool makes, must not inherit them)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()

    def install(self, language: str) -> None:
        self.remove()
        qt = QTranslator(self._app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._installed.append(qt)
        own = QTranslator(self._app)
        qm = resources.files("resources") / "translations" / f"retention_planner_{language}.qm"
        if qm.is_file() and own.load(str(qm)):
            self._installed.append(own)
        for translator in self._installed:
            self._app.installTranslator(translator)
        self.language = language
        QLocale.setDefault(
            QLocale(
                QLocale.Language.German if language == "de" else QLocale.Language.English,
                QLocale.Country.Germany if language == "de" else QLocale.Country.UnitedKingdom,
            )
        )
