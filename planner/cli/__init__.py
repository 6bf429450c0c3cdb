"""The headless command line (DESIGN section 8): `main` builds the parser and runs one
sub-command; each sub-command is a module of its own with `add_parser` and `run`."""
