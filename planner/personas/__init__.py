"""Personas (step 1 of the method). Their text fields live in the store with the other
records; what needs more than a text field (the photo) lives here."""
