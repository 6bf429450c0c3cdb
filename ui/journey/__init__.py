"""The journey map: stages as columns, touchpoints as cards on a board, the touchpoint
editor, the emotion curve and the map export. Uses `planner.journey` for the records and
`planner.charts.journey` for drawing; `commands` holds its undo steps."""
