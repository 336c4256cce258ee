"""Tell one profile's entities when what they show changed.

The publisher keeps the last snapshot the entities read and builds a new one only
when what they show differs: ``apply`` runs on every source change, and the
recorder's writes are most of the cost (see ``scripts/bench``). This is our own
publisher rather than HA's ``DataUpdateCoordinator``, which would tell every entity
on every change; the bench decides it (README, "Performance").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from homeassistant.core import CALLBACK_TYPE

from .care import Care
from .core.coach import CoachView
from .core.engine import Engine, RoutineSnapshot
from .core.routines import IDLE_VIEW
from .profile import ProfileConfig
from .snapshot import Snapshot


class Publisher:
    """Build the snapshot the entities read, and tell them."""

    def __init__(self, config: ProfileConfig, engine: Engine, now: datetime) -> None:
        """Start from the engine's current view."""
        self.config = config
        self.routines = RoutineSnapshot(IDLE_VIEW, 0, 0)
        self.snapshot = Snapshot(now, engine.view(now))
        self._shown: tuple[Any, ...] = ()
        self._listeners: list[Callable[[], None]] = []

    def async_add_listener(self, update: Callable[[], None]) -> CALLBACK_TYPE:
        """Call ``update`` whenever what the entities show may have changed."""
        self._listeners.append(update)
        return lambda: self._listeners.remove(update)

    def refresh_routines(self, now: datetime, engine: Engine) -> None:
        """Read the routine part again (progress, this week, the streak)."""
        self.routines = engine.routines(now)

    def update(
        self, now: datetime, engine: Engine, care: Care, *, routines_moved: bool
    ) -> None:
        """Publish if what the entities show changed since the last time."""
        if routines_moved or engine.runner.current or self.routines.view.routine:
            self.refresh_routines(now, engine)
        view = engine.view(now)
        shown = (view, self.routines, engine.selected_routine)
        if shown != self._shown:
            self.publish(now, engine, care, view)

    def publish(
        self, now: datetime, engine: Engine, care: Care, view: CoachView | None = None
    ) -> None:
        """Make the snapshot from the engine and the care, and tell the entities."""
        if view is None:  # not from update: read what moved on
            view = engine.view(now)
            if engine.runner.current is not None:  # a step's time left
                self.refresh_routines(now, engine)
        entries = care.symptoms.entries
        routines = self.routines
        self._shown = (view, routines, engine.selected_routine)
        self.snapshot = Snapshot(
            at=now,
            view=view,
            routine=routines.view,
            routines_this_week=routines.this_week,
            routine_streak_days=routines.streak_days,
            selected_routine=engine.selected_routine,
            routine_ids=tuple(engine.runner.routines),
            assessment=care.assessment,
            last_tightness=entries[-1].tightness if entries else None,
            insights=care.insights,
            streak_running=engine.coach.tracker.streak_running,
            break_after_minutes=int(
                self.config.settings.break_after.total_seconds() // 60
            ),
        )
        for update in list(self._listeners):
            update()
