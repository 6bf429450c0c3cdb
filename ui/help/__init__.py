"""Help: the guide to the method and each section (F1), the first-start welcome, and the
about box with the licences of the libraries the app ships with."""
