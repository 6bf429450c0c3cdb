"""Retention Planner's Qt user interface. Calls `planner` for every computation."""

from ui.shell.none_refcount import keep_none_alive

keep_none_alive()  # before any other PySide6 call: see ui/shell/none_refcount.py
