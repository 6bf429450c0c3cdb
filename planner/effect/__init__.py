"""Did a measure work? DESIGN section 7: participants against the strongest comparison group
there is (a randomised holdout, else other customers matched on their buying before the start:
a difference-in-differences of horizon retention with a bootstrap interval, checked at placebo
starts), an interrupted time series of the goal's KPI where nobody is left to compare with,
the money it earned against its cost, the smallest effect it could detect, and the verdict
with a sentence a shop owner understands."""
