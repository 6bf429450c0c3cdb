"""Charts drawn on a matplotlib Figure without Qt, so the window, the exported files and
the tests draw the same picture: the sales analytics (`sales`, which also holds the shared
palette and axis style) and the journey's emotion curve and map export (`journey`)."""
