"""The overview: project settings, the KPI cards, where the plan stands (goal progress,
measures due, customers at risk) and the team. Reads `planner.metrics.dataset` for the
cards and `planner.goals` for the plan status; edits settings and the team."""
