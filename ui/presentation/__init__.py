"""Presentation mode: the plan on a projector in a workshop (issue 34)."""
