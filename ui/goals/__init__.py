"""The goal table: goals with their measures in a tree, the forms to edit them with SMART
hints and progress, check-ins, and the catalogue of measures. Uses `planner.goals`
(goal_table, smart, catalog); `commands` holds its undo steps."""
