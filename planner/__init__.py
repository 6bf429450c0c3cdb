"""Retention Planner's domain and data layer.

Pure Python: no Qt, no widgets. Everything here can be imported and tested on its own,
and the command line (`planner.cli`) uses it without starting a GUI.
"""

__version__ = "0.1.0"
