"""Shared building blocks of the sections: widgets, layouts, charts, table models and the
background tasks that keep the window responsive."""
