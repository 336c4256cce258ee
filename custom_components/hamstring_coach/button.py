"""Buttons: snooze reminders; start, advance and stop routines."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from homeassistant.components.button import ButtonEntity, ButtonEntityDescription
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .actions import routine_command, snooze, start_routine
from .const import BUTTON_SNOOZE_MINUTES
from .coordinator import HamstringCoachConfigEntry, HamstringCoachCoordinator
from .entity import HamstringCoachEntity

PARALLEL_UPDATES = 0


@dataclass(frozen=True, kw_only=True)
class HamstringCoachButtonDescription(ButtonEntityDescription):
    """A button that calls one coordinator action."""

    press_fn: Callable[[HamstringCoachCoordinator], object]


BUTTONS: tuple[HamstringCoachButtonDescription, ...] = (
    HamstringCoachButtonDescription(
        key="snooze",
        translation_key="snooze",
        press_fn=lambda c: snooze(c, BUTTON_SNOOZE_MINUTES),
    ),
    HamstringCoachButtonDescription(
        key="start_routine",
        translation_key="start_routine",
        press_fn=lambda c: start_routine(c, None),
    ),
    HamstringCoachButtonDescription(
        key="next_step",
        translation_key="next_step",
        press_fn=lambda c: routine_command(c, "next_step"),
    ),
    HamstringCoachButtonDescription(
        key="stop_routine",
        translation_key="stop_routine",
        press_fn=lambda c: routine_command(c, "stop"),
    ),
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: HamstringCoachConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the buttons of one profile."""
    async_add_entities(
        HamstringCoachButton(entry.runtime_data, description) for description in BUTTONS
    )


class HamstringCoachButton(HamstringCoachEntity, ButtonEntity):
    """Press to act."""

    entity_description: HamstringCoachButtonDescription

    async def async_press(self) -> None:
        """Run the action."""
        self.entity_description.press_fn(self.coordinator)
