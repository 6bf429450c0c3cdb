"""The bundled demo plan, "Radhaus Lindner": `project` builds it, `journey` and `goals` fill
in its journey map and goal table in the app's language, `sales` generates its sales data."""
