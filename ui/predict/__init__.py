"""The Win-back & value section: churn prediction, the model's win-back list, customer value
and the holdout check (planner.predict)."""
