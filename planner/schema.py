"""The project file's schema and its migrations.

A project file is an SQLite database whose `application_id` marks it as ours and whose
`user_version` is the schema version. Migration N turns a version N-1 file into version N;
each runs in the same transaction as the version bump, so a file is never half-migrated.
Tables arrive with the features that fill them: add a migration, never edit an old one.
"""

from __future__ import annotations

APPLICATION_ID = 0x52506C6E  # "RPln"

MIGRATIONS: list[str] = [
    # 1: project settings and personas
    """
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE persona (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        position     INTEGER NOT NULL,
        name         TEXT NOT NULL DEFAULT '',
        segment      TEXT NOT NULL DEFAULT '',
        goals        TEXT NOT NULL DEFAULT '',
        expectations TEXT NOT NULL DEFAULT '',
        pains        TEXT NOT NULL DEFAULT '',
        channels     TEXT NOT NULL DEFAULT '',
        notes        TEXT NOT NULL DEFAULT ''
    );
    """,
    # 2: imported sales data (DESIGN section 3, Sales dataset). The cleaned rows live in
    # one compressed Arrow blob per import, so reopening a project with half a million
    # rows takes milliseconds instead of seconds.
    """
    CREATE TABLE sales_import (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        source      TEXT NOT NULL,
        sheet       TEXT NOT NULL DEFAULT '',
        mapping     TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        report      TEXT NOT NULL,
        row_count   INTEGER NOT NULL,
        data        BLOB NOT NULL
    );
    """,
    # 3: column mappings remembered per file layout, so next month's import is one click
    """
    CREATE TABLE import_layout (
        signature TEXT PRIMARY KEY,
        sheet     TEXT NOT NULL DEFAULT '',
        mapping   TEXT NOT NULL,
        used_at   TEXT NOT NULL
    );
    """,
    # 4: the team (owners) and the customer journey: stages and touchpoints
    """
    CREATE TABLE team_member (
        id       INTEGER PRIMARY KEY AUTOINCREMENT,
        position INTEGER NOT NULL,
        name     TEXT NOT NULL DEFAULT '',
        role     TEXT NOT NULL DEFAULT '',
        email    TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE stage (
        id       INTEGER PRIMARY KEY AUTOINCREMENT,
        position INTEGER NOT NULL,
        name     TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE touchpoint (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        stage_id    INTEGER NOT NULL REFERENCES stage(id),
        position    INTEGER NOT NULL,
        channel     TEXT NOT NULL DEFAULT '',
        name        TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        owner_id    INTEGER REFERENCES team_member(id) ON DELETE SET NULL,
        emotion     INTEGER NOT NULL DEFAULT 0 CHECK (emotion BETWEEN -2 AND 2),
        pain_points TEXT NOT NULL DEFAULT '',
        ideas       TEXT NOT NULL DEFAULT '',
        wait_target TEXT NOT NULL DEFAULT '',
        personas    TEXT NOT NULL DEFAULT '[]'
    );
    """,
    # 5: SMART goals, measures (linked to goals and touchpoints by id lists) and check-ins
    """
    CREATE TABLE goal (
        id             INTEGER PRIMARY KEY AUTOINCREMENT,
        position       INTEGER NOT NULL,
        title          TEXT NOT NULL DEFAULT '',
        description    TEXT NOT NULL DEFAULT '',
        metric         TEXT NOT NULL DEFAULT 'retention_rate',
        unit           TEXT NOT NULL DEFAULT '',
        baseline_value REAL,
        baseline_date  TEXT NOT NULL DEFAULT '',
        target_value   REAL,
        deadline       TEXT NOT NULL DEFAULT '',
        owner_id       INTEGER REFERENCES team_member(id) ON DELETE SET NULL,
        relevance      TEXT NOT NULL DEFAULT '',
        bond_types     TEXT NOT NULL DEFAULT '[]',
        personas       TEXT NOT NULL DEFAULT '[]',
        stages         TEXT NOT NULL DEFAULT '[]',
        status         TEXT NOT NULL DEFAULT 'draft'
    );
    CREATE TABLE measure (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        position        INTEGER NOT NULL,
        title           TEXT NOT NULL DEFAULT '',
        description     TEXT NOT NULL DEFAULT '',
        goal_ids        TEXT NOT NULL DEFAULT '[]',
        owner_id        INTEGER REFERENCES team_member(id) ON DELETE SET NULL,
        touchpoints     TEXT NOT NULL DEFAULT '[]',
        bond_type       TEXT NOT NULL DEFAULT '',
        lock_in         INTEGER NOT NULL DEFAULT 0,
        cost            REAL,
        effort          INTEGER NOT NULL DEFAULT 3 CHECK (effort BETWEEN 1 AND 5),
        impact          INTEGER NOT NULL DEFAULT 3 CHECK (impact BETWEEN 1 AND 5),
        start           TEXT NOT NULL DEFAULT '',
        end             TEXT NOT NULL DEFAULT '',
        status          TEXT NOT NULL DEFAULT 'idea',
        participants    TEXT NOT NULL DEFAULT '',
        evaluation_note TEXT NOT NULL DEFAULT '',
        verdict         TEXT NOT NULL DEFAULT '',
        catalog_key     TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE checkin (
        id        INTEGER PRIMARY KEY AUTOINCREMENT,
        kind      TEXT NOT NULL DEFAULT 'goal',
        target_id INTEGER NOT NULL,
        date      TEXT NOT NULL,
        value     REAL NOT NULL,
        note      TEXT NOT NULL DEFAULT ''
    );
    """,
    # 6: a checksum of each stored import's data. SQLite's own checks do not read blob
    # contents, and decoding damaged compressed bytes can crash or exhaust memory; the
    # checksum is verified before a blob is ever decoded. Imports stored before this
    # version are checked once in a child process and get theirs then.
    """
    ALTER TABLE sales_import ADD COLUMN checksum TEXT NOT NULL DEFAULT '';
    """,
    # 7: the team's review of a measure (step 5 of the method): keep, adjust or stop, and the
    # day it was decided, so the overview knows which judged measures still wait for a review.
    # The review's words go in the existing evaluation_note.
    """
    ALTER TABLE measure ADD COLUMN decision TEXT NOT NULL DEFAULT '';
    ALTER TABLE measure ADD COLUMN decided TEXT NOT NULL DEFAULT '';
    """,
    # 8: a goal may be measured on a segment of the sales data (a column and one of its values)
    """
    ALTER TABLE goal ADD COLUMN segment_column TEXT NOT NULL DEFAULT '';
    ALTER TABLE goal ADD COLUMN segment_value TEXT NOT NULL DEFAULT '';
    """,
    # 9: survey answers (NPS): each import with its report, and its answers (a few thousand
    # rows at most, so plain rows rather than a compressed table like the sales data)
    """
    CREATE TABLE survey_import (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        source      TEXT NOT NULL,
        sheet       TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL,
        report      TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE survey_answer (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        import_id   INTEGER NOT NULL REFERENCES survey_import(id) ON DELETE CASCADE,
        row         INTEGER NOT NULL,
        date        TEXT NOT NULL,
        score       INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
        customer_id TEXT,
        comment     TEXT
    );
    CREATE INDEX survey_answer_import ON survey_answer(import_id);
    """,
    # 10: the rows the plan took in from an exported plan workbook, per export: the cells as
    # last imported, the rows the import added (a row typed into the workbook has no id, so
    # a later import of the same file knows it by its cells) and the deletions dealt with.
    # Importing the same workbook twice changes nothing the second time.
    """
    CREATE TABLE workbook_row (
        export_id  TEXT NOT NULL,
        tbl        TEXT NOT NULL,
        record_key TEXT NOT NULL,
        state      TEXT NOT NULL,
        PRIMARY KEY (export_id, tbl, record_key)
    );
    """,
    # 11: a persona's photo for the report, kept in the plan (one file to mail): JPEG bytes,
    # scaled down when chosen. A table of its own, so the persona rows stay small.
    """
    CREATE TABLE persona_photo (
        persona_id INTEGER PRIMARY KEY REFERENCES persona(id) ON DELETE CASCADE,
        image      BLOB NOT NULL
    );
    """,
    # 12: a measure's holdout (DESIGN section 7): the participants drawn at random, when they
    # were chosen, to be kept out of the measure and judged against, one customer a line
    """
    ALTER TABLE measure ADD COLUMN holdout TEXT NOT NULL DEFAULT '';
    """,
    # 13: a measure's smallest effect worth having (points of coming back; NULL: none named),
    # which the verdict's sentence weighs the interval against
    """
    ALTER TABLE measure ADD COLUMN worth_having REAL;
    """,
    # 14: every judgement of a measure, kept with the day it was made and the data range it
    # used, so the team sees how a verdict changed with each import (DESIGN section 7, "Over
    # time"). No foreign key: a deleted measure brought back by undo keeps its id and finds
    # its history again; rows of a measure that stays deleted are ignored.
    """
    CREATE TABLE effect_judgement (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        measure_id INTEGER NOT NULL,
        judged     TEXT NOT NULL,
        data_from  TEXT NOT NULL DEFAULT '',
        data_to    TEXT NOT NULL DEFAULT '',
        verdict    TEXT NOT NULL,
        did        REAL,
        ci_lo      REAL,
        ci_hi      REAL,
        detail     TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX effect_judgement_measure ON effect_judgement(measure_id, judged);
    """,
    # 15: the workshop's ideas board: sticky notes per journey stage (ideas and pains), their
    # cluster, dot votes, and what a note was turned into (a touchpoint, measure or goal)
    """
    CREATE TABLE idea_note (
        id             INTEGER PRIMARY KEY AUTOINCREMENT,
        position       INTEGER NOT NULL,
        stage          TEXT NOT NULL DEFAULT '',
        kind           TEXT NOT NULL DEFAULT 'idea',
        text           TEXT NOT NULL DEFAULT '',
        author         TEXT NOT NULL DEFAULT '',
        cluster        TEXT NOT NULL DEFAULT '',
        votes          INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
        converted_kind TEXT NOT NULL DEFAULT '',
        converted_id   INTEGER,
        created        TEXT NOT NULL DEFAULT ''
    );
    """,
    # 16: journey lanes per stage (what the customer does, thinks, feels; what happens
    # backstage) as a JSON object of texts, and a persona's quote, age and situation, which
    # the journey and the report show beside the persona's name (issue 34)
    """
    ALTER TABLE stage ADD COLUMN lanes TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE persona ADD COLUMN quote TEXT NOT NULL DEFAULT '';
    ALTER TABLE persona ADD COLUMN age TEXT NOT NULL DEFAULT '';
    ALTER TABLE persona ADD COLUMN situation TEXT NOT NULL DEFAULT '';
    """,
]

LATEST_VERSION = len(MIGRATIONS)
