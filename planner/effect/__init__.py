"""Did a measure work? DESIGN section 7: participants against everyone else (a
difference-in-differences of horizon retention with a bootstrap interval), before/after on
the goal's KPI as context, and the verdict with a sentence a shop owner understands."""
