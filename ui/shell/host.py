"""What the window offers the pieces around its sections, as a protocol: the demo's guard,
the links between sections and the File menu's report actions name this, not the window
itself, so they never import the module that builds them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.undo.document import ProjectDocument


class SectionHost(Protocol):
    """The window as its helpers see it: the open plan, the built sections, the way to show one."""

    doc: ProjectDocument | None
    panels: dict[str, QWidget]

    def show_section(self, key: str) -> bool: ...

    def save_as_dialog(self) -> None: ...
