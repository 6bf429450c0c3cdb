"""Retention Planner's Qt user interface. Calls `planner` for every computation."""
