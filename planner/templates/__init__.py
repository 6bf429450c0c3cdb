"""Plans to start from, one per kind of business (issue 34): journey stages, touchpoints,
personas, team roles, SMART goals and catalogue measures, in German and English, read from
the data files in resources/templates. A new kind of business is a new file, not new code.

`available_templates` lists what is shipped (and which files are damaged), `load_template`
reads and checks one file, `apply_template` writes one into a new plan in one transaction.
"""

from __future__ import annotations

from planner.templates.apply import AppliedTemplate, apply_template
from planner.templates.reading import (
    LANGUAGES,
    Template,
    TemplateError,
    available_templates,
    load_template,
    shipped_template_files,
)

__all__ = [
    "LANGUAGES",
    "AppliedTemplate",
    "Template",
    "TemplateError",
    "apply_template",
    "available_templates",
    "load_template",
    "shipped_template_files",
]
