"""The window's shell around the sections: opening a plan, the demo's guard, the links
from one section to another, and the PySide6 workaround that must run before any Qt call."""
