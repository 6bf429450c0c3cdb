"""What the app remembers for the user between sessions: settings and the folders last used."""
