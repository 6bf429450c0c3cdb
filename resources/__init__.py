"""Plain data files (translations, icons, catalogue, demo data) loaded with importlib.resources."""
