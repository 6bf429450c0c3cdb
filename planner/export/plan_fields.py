"""Where each field of the plan lives in the plan workbook (DESIGN section 10).

Every field of a record is edited in exactly one sheet: a goal in Goals, a measure in
Measures, a check-in in Check-ins, a touchpoint in Journey, a persona in Personas. Where a
sheet repeats a field for reading (a measure's owner and status under its goal in Goals) or
shows what the app computes (progress, worth, verdict), the cell is marked read-only in the
workbook and never read back. The exporter marks, the importer reads, and the baseline
records by these tables, so the three cannot disagree.

A field is (column key, model attribute, kind); the kind says how a cell is read
(planner.export.plan_import) and how a value is shown.
"""

from __future__ import annotations

Field = tuple[str, str, str]

GOAL_COLUMNS = (
    "id",
    "kind",
    "title",
    "metric",
    "unit",
    "baseline",
    "target",
    "deadline",
    "owner",
    "progress",
    "progress_status",
    "worth_margin",
    "worth_revenue",
    "status",
    "start",
    "end",
    "cost",
    "verdict",
    "measured_on",  # a goal's segment
)
MEASURE_COLUMNS = (
    "id",
    "title",
    "description",
    "goals",
    "owner",
    "touchpoints",
    "bond_type",
    "cost",
    "effort",
    "impact",
    "start",
    "end",
    "status",
    "participants",
    "verdict",
    "decision",
    "note",
)
CHECKIN_COLUMNS = ("id", "goal", "date", "value", "unit", "note")
JOURNEY_COLUMNS = (
    "id",
    "stage",
    "channel",
    "touchpoint",
    "description",
    "emotion",
    "pains",
    "ideas",
    "owner",
    "personas",
)
PERSONA_COLUMNS = (
    "id", "name", "segment", "age", "situation", "quote", "persona_goals", "expectations", "pains", "channels", "notes"
)  # fmt: skip

# the record sheets, in the order they are read (goals before the measures that name them)
SHEET_COLUMNS = {
    "goals": GOAL_COLUMNS,
    "measures": MEASURE_COLUMNS,
    "checkins": CHECKIN_COLUMNS,
    "journey": JOURNEY_COLUMNS,
    "personas": PERSONA_COLUMNS,
}
SHEET_TABLE = {"measures": "measure", "checkins": "checkin", "journey": "touchpoint", "personas": "persona"}

GOAL_FIELDS: tuple[Field, ...] = (
    ("title", "title", "title"),
    ("metric", "metric", "metric"),
    ("unit", "unit", "text"),
    ("baseline", "baseline_value", "number"),
    ("target", "target_value", "number"),
    ("deadline", "deadline", "date"),
    ("owner", "owner_id", "owner"),
    ("status", "status", "goal_status"),
    ("start", "baseline_date", "date"),
)
# a measure row typed into the Goals sheet by hand: a new measure of the goal above it
GOAL_SHEET_MEASURE_FIELDS: tuple[Field, ...] = (
    ("title", "title", "title"),
    ("owner", "owner_id", "owner"),
    ("status", "status", "measure_status"),
    ("start", "start", "date"),
    ("end", "end", "date"),
    ("cost", "cost", "number"),
)
MEASURE_FIELDS: tuple[Field, ...] = (
    ("title", "title", "title"),
    ("description", "description", "text"),
    ("goals", "goal_ids", "goal_names"),
    ("owner", "owner_id", "owner"),
    ("touchpoints", "touchpoints", "touchpoint_names"),
    ("bond_type", "bond_type", "bond_type"),
    ("cost", "cost", "number"),
    ("effort", "effort", "score"),
    ("impact", "impact", "score"),
    ("start", "start", "date"),
    ("end", "end", "date"),
    ("status", "status", "measure_status"),
    ("decision", "decision", "decision"),
    ("note", "evaluation_note", "text"),
)
CHECKIN_FIELDS: tuple[Field, ...] = (
    ("goal", "target_id", "goal_name"),
    ("date", "date", "needed_date"),
    ("value", "value", "needed_number"),
    ("note", "note", "text"),
)
TOUCHPOINT_FIELDS: tuple[Field, ...] = (
    ("stage", "stage_id", "stage"),
    ("channel", "channel", "channel"),  # a known channel's name back to its key
    ("touchpoint", "name", "title"),
    ("description", "description", "text"),
    ("emotion", "emotion", "emotion"),
    ("pains", "pain_points", "text"),
    ("ideas", "ideas", "text"),
    ("owner", "owner_id", "owner"),
    ("personas", "personas", "persona_names"),
)
PERSONA_FIELDS: tuple[Field, ...] = (
    ("name", "name", "title"),
    ("segment", "segment", "text"),
    ("age", "age", "text"),
    ("situation", "situation", "text"),
    ("quote", "quote", "text"),
    ("persona_goals", "goals", "text"),
    ("expectations", "expectations", "text"),
    ("pains", "pains", "text"),
    ("channels", "channels", "text"),
    ("notes", "notes", "text"),
)
TABLE_FIELDS = {
    "goal": GOAL_FIELDS,
    "measure": MEASURE_FIELDS,
    "checkin": CHECKIN_FIELDS,
    "touchpoint": TOUCHPOINT_FIELDS,
    "persona": PERSONA_FIELDS,
}
NAME_KINDS = {"owner", "goal_names", "goal_name", "touchpoint_names", "persona_names", "stage"}

# columns the app computes: shown, never read back, in any sheet
COMPUTED = {
    "goals": ("progress", "progress_status", "worth_margin", "worth_revenue", "verdict", "measured_on"),
    "measures": ("participants", "verdict"),
}
# where a row's repeated fields are edited: (sheet, kind of row) -> the sheet that holds them
REPEATED = {("goals", "measure"): "measures", ("checkins", "checkin"): "goals"}


def editable_fields(sheet: str, table: str) -> tuple[Field, ...]:
    """The fields a row of `table` in `sheet` holds for editing (the rest of it is read-only)."""
    if sheet == "goals":
        return GOAL_FIELDS if table == "goal" else ()
    return TABLE_FIELDS[table]


def read_only_columns(sheet: str, table: str) -> tuple[str, ...]:
    """The columns of such a row shown for reading only, including the app's figures."""
    editable = {column for column, _attr, _kind in editable_fields(sheet, table)}
    return tuple(c for c in SHEET_COLUMNS[sheet] if c not in editable and c not in ("id", "kind"))


def edited_in(sheet: str, table: str, column: str) -> str:
    """Where a read-only cell's value is edited: another sheet's key, "computed" (the app's
    figure), or "none" (the column holds nothing for this kind of row)."""
    if column in COMPUTED.get(sheet, ()):
        return "computed"
    return REPEATED.get((sheet, table), "none")
