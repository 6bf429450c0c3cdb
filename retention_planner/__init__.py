"""The `retention-planner` command: headless sub-commands or the desktop app."""
