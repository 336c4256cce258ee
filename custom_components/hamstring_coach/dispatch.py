"""The outcome dispatcher: coach events, notifications and speech for what happened.

Nothing here feeds back into the engine: it only delivers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from homeassistant.core import CALLBACK_TYPE, callback

from .announce import Announcer
from .core.coach import whole_minutes
from .core.reminders import BREAK_ESCALATED, Reminder, ReminderKind
from .core.routines import RoutineEvent, RoutineEventKind
from .notifications import Notifier

type EventListener = Callable[[str, dict[str, Any]], None]
# Coach events that go to no phone: good news the automations may use.
EVENT_ONLY = frozenset({ReminderKind.BREAK_TAKEN, ReminderKind.STAND_GOAL_REACHED})
ROUTINE_ENDS = frozenset({RoutineEventKind.COMPLETED, RoutineEventKind.STOPPED})


class Dispatcher:
    """Deliver one profile's reminders, routine steps and coach events."""

    def __init__(self, notifier: Notifier, announcer: Announcer) -> None:
        """Deliver through ``notifier`` (phones) and ``announcer`` (a speaker)."""
        self.notifier = notifier
        self.announcer = announcer
        self._listeners: list[EventListener] = []

    @callback
    def async_add_listener(self, deliver: EventListener) -> CALLBACK_TYPE:
        """Call ``deliver(event_type, attributes)`` for every coach event."""
        self._listeners.append(deliver)
        return lambda: self._listeners.remove(deliver)

    @callback
    def fire(self, event_type: str, attributes: dict[str, Any]) -> None:
        """Fire a coach event (the event entity shows it)."""
        for deliver in list(self._listeners):
            deliver(event_type, attributes)

    @callback
    def deliver(
        self, events: Iterable[RoutineEvent], reminders: Iterable[Reminder]
    ) -> None:
        """Fire and speak routine events; fire and send reminders."""
        for event in events:
            self.fire(event.kind.value, event.data)
            self.announcer.async_announce(event)
            data = event.data
            if event.kind is RoutineEventKind.STEP and not data["rest"]:
                self.notifier.async_send_step(
                    f"{data['name']} ({data['index']}/{data['total']})",
                    data["instruction"],
                )
            elif event.kind in ROUTINE_ENDS:
                self.notifier.async_clear_step()
        for reminder in reminders:
            attributes: dict[str, Any] = {
                "streak_minutes": whole_minutes(reminder.streak)
            }
            if reminder.kind is ReminderKind.BREAK_DUE:
                attributes["reminder_number"] = reminder.repeat + 1
            self.fire(reminder.kind.value, attributes)
            if reminder.kind not in EVENT_ONLY:
                self.notifier.async_send(reminder)
            if reminder.escalated:  # unanswered: the speaker too, and an event
                self.fire(BREAK_ESCALATED, attributes)
                self.announcer.async_say_reminder(reminder)

    @callback
    def clear_shown(self) -> None:
        """Take a shown reminder or posture check off the phones."""
        self.notifier.async_clear()
