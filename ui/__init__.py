"""Retention Planner's Qt user interface. Calls `planner` for every computation."""

from ui.none_refcount import keep_none_alive

keep_none_alive()  # before any other PySide6 call: see ui/none_refcount.py
