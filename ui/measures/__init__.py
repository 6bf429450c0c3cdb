"""Measures across all goals: status, owner, dates, and the impact/effort matrix. Reads
`planner.goals.goal_table`; edits reuse the goal table's commands and status names from
`ui.goals` (a documented exception to feature independence, see pyproject.toml)."""
