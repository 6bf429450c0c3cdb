"""Texts and formats shared by the sections: the language, dates, money, field names, KPI
explanations and the error messages shown to the user."""
