"""The customer journey (step 4 of the method): the buying-cycle stages (`stages`), the
touchpoint cards on them (`touchpoints`), the channels they happen on (`channels`), the
team that owns them (`team`) and the emotion curve across the stages (`emotion`).

Like `ProjectStore`'s persona methods, every mutator is one committed transaction and
returns what an undo needs to put things back. The names below are the journey's public
surface, so callers need not know which module holds what.
"""

from __future__ import annotations

from planner.journey.channels import CHANNELS, channel_badge, channel_key, channel_label
from planner.journey.emotion import EmotionCurve, emotion_curve
from planner.journey.lanes import LANE_KEYS, lane_name, lane_rows, lane_text, set_stage_lanes
from planner.journey.stages import (
    DEFAULT_STAGES,
    RemovedStage,
    delete_stage,
    insert_stage,
    move_stage,
    rename_stage,
    restore_stage,
    stages,
    start_new_plan,
)
from planner.journey.team import TEAM, RemovedMember, delete_member, insert_member, restore_member, team, update_member
from planner.journey.touchpoints import (
    delete_touchpoint,
    insert_touchpoint,
    move_touchpoint,
    touchpoint,
    touchpoints,
    update_touchpoint,
)

__all__ = [
    "CHANNELS",
    "DEFAULT_STAGES",
    "LANE_KEYS",
    "TEAM",
    "EmotionCurve",
    "RemovedMember",
    "RemovedStage",
    "channel_badge",
    "channel_key",
    "channel_label",
    "delete_member",
    "delete_stage",
    "delete_touchpoint",
    "emotion_curve",
    "insert_member",
    "insert_stage",
    "insert_touchpoint",
    "lane_name",
    "lane_rows",
    "lane_text",
    "move_stage",
    "move_touchpoint",
    "rename_stage",
    "restore_member",
    "restore_stage",
    "set_stage_lanes",
    "stages",
    "start_new_plan",
    "team",
    "touchpoint",
    "touchpoints",
    "update_member",
    "update_touchpoint",
]
