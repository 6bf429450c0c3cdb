"""The open plan as a document and its undo stack: every edit is one command, one transaction."""
