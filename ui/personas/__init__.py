"""Personas: the list of the business's typical customers and the form to describe each.
Edits go through the persona commands of the shared core to `planner.store`."""
