"""File > New: the choice between an empty plan and a template for a kind of business
(issue 34). The templates themselves are data (planner.templates)."""

from __future__ import annotations

from ui.templates.dialog import PlanStart, TemplateDialog, choose_start

__all__ = ["PlanStart", "TemplateDialog", "choose_start"]
