"""Plan templates, one JSON file per kind of business (read by planner.templates).

A package of its own so the installer and the wheel ship its *.json files."""
