"""What the entities show: one frozen snapshot per change, and the fixed choices.

Entities read only this module's values (through their descriptions' ``value_fn`` and
``attributes_fn``); they never reach into the engine or import ``core``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .care import TRIAGE_CHANGED, WEEKLY_SUMMARY
from .core.coach import LONGEST_STEP, TOTAL_STEP, CoachView, streak_step
from .core.insights import Insights
from .core.reminders import BREAK_ESCALATED, ReminderKind
from .core.routines import IDLE_VIEW, RoutineEventKind, RunnerView
from .core.triage import Assessment, Driver, Level
from .symptom_log import TRIAGE_ALERT

__all__ = ["LONGEST_STEP", "TOTAL_STEP", "streak_step"]  # the steps shown, from core
TRIAGE_LEVELS = [level.value for level in Level]
DRIVERS = [driver.value for driver in Driver]
COACH_EVENT_TYPES = [
    *(kind.value for kind in (*ReminderKind, *RoutineEventKind)),
    BREAK_ESCALATED,
    TRIAGE_CHANGED,
    TRIAGE_ALERT,
    WEEKLY_SUMMARY,
]


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Everything the entities of one profile show, as of ``at``."""

    at: datetime
    view: CoachView
    routine: RunnerView = IDLE_VIEW
    routines_this_week: int = 0
    routine_streak_days: int = 0
    selected_routine: str = ""
    routine_ids: tuple[str, ...] = ()
    assessment: Assessment | None = None
    last_tightness: int | None = None
    insights: Insights | None = None
    streak_running: bool = False
    break_after_minutes: int = 45
