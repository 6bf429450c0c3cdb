"""Goals, measures and check-ins (steps 3 and 4 of the method): the goal table in the
project file (`goal_table`), the SMART checks and progress of a goal against the sales
data (`smart`), and the built-in catalogue of retention measures (`catalog`)."""
