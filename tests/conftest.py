"""Shared fixtures: load our integration (not the test package's placeholder)."""

from __future__ import annotations

from pathlib import Path
import sys
from typing import Any

import pytest

# pytest-homeassistant-custom-component ships a ``custom_components`` package of its own;
# make ours the one that is imported.
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
for name in [
    n
    for n in sys.modules
    if n == "custom_components" or n.startswith("custom_components.")
]:
    del sys.modules[name]
import custom_components.hamstring_coach  # noqa: E402

assert (
    Path(custom_components.hamstring_coach.__file__).parent
    == ROOT / "custom_components" / "hamstring_coach"
)

from datetime import timedelta  # noqa: E402

from freezegun.api import FrozenDateTimeFactory  # noqa: E402
from pytest_homeassistant_custom_component.common import (  # noqa: E402
    MockConfigEntry,
    async_fire_time_changed,
)

from homeassistant.const import STATE_OFF  # noqa: E402
from homeassistant.core import Event, EventStateChangedData, HomeAssistant, callback  # noqa: E402
from homeassistant.setup import async_setup_component  # noqa: E402
from homeassistant.util import dt as dt_util  # noqa: E402

from custom_components.hamstring_coach.const import (  # noqa: E402
    CONF_BREAK_AFTER,
    CONF_MIN_BREAK,
    CONF_POSTURE_CHECK_EVERY,
    CONF_REMINDER_REPEAT,
    CONF_SITTING_ENTITIES,
    DOMAIN,
)

# tests/e2e runs in a pytest process of its own (see scripts/test).
collect_ignore = ["e2e"]

CHAIR = "input_boolean.desk_chair"
DESK = "binary_sensor.desk_presence"


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(enable_custom_integrations: None) -> None:
    """Let Home Assistant load integrations from custom_components."""


@pytest.fixture
async def assist(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    """Assist (the built-in conversation agent) on a fixed summer morning."""
    freezer.move_to(dt_util.parse_datetime("2026-06-30 09:00:00+00:00"))
    assert await async_setup_component(hass, "homeassistant", {})
    assert await async_setup_component(hass, "conversation", {})
    await hass.async_block_till_done()


@pytest.fixture
async def chair(hass: HomeAssistant) -> str:
    """An input_boolean that stands for a chair pressure mat, initially off."""
    assert await async_setup_component(
        hass, "input_boolean", {"input_boolean": {"desk_chair": {"name": "Desk chair"}}}
    )
    await hass.async_block_till_done()
    assert hass.states.get(CHAIR).state == STATE_OFF
    return CHAIR


def record_coach_events(
    hass: HomeAssistant, entity_id: str = "event.study_desk_coach"
) -> list[tuple[str, dict[str, Any]]]:
    """Record (event_type, attributes) of every event the coach entity fires, in order."""
    seen: list[tuple[str, dict[str, Any]]] = []
    fired_at: set[str] = set()

    @callback  # run in the event loop, in order (a plain function would go to a thread)
    def on_change(event: Event[EventStateChangedData]) -> None:
        new = event.data["new_state"]
        if event.data["entity_id"] != entity_id or not new:
            return
        if not new.attributes.get("event_type"):
            return
        old = event.data["old_state"]
        restored = old is None or old.state in ("unavailable", "unknown")
        if restored and new.state in fired_at:
            return  # the entity restoring its last event after a reload is no new event
        fired_at.add(new.state)
        seen.append((new.attributes["event_type"], dict(new.attributes)))

    hass.bus.async_listen("state_changed", on_change)
    return seen


def make_entry(**options: object) -> MockConfigEntry:
    """Return a profile entry on the chair with short timings unless told otherwise."""
    base: dict[str, object] = {
        CONF_BREAK_AFTER: 45,
        CONF_MIN_BREAK: 60,
        CONF_REMINDER_REPEAT: 10,
        CONF_POSTURE_CHECK_EVERY: 0,
    }
    base.update(options)
    return MockConfigEntry(
        domain=DOMAIN,
        title="Study desk",
        data={CONF_SITTING_ENTITIES: [CHAIR]},
        options=base,
        entry_id="entry1",
    )


@pytest.fixture
def platforms() -> list[str]:
    """The platforms ``init_integration`` loads (a test parametrises it)."""
    return ["binary_sensor", "button", "event", "select", "sensor", "switch"]


@pytest.fixture
async def init_integration(
    hass: HomeAssistant, chair: str, platforms: list[str]
) -> MockConfigEntry:
    """A loaded profile on the chair, with only ``platforms`` set up."""
    from unittest.mock import patch

    from homeassistant.const import Platform

    entry = make_entry()
    entry.add_to_hass(hass)
    with patch(
        "custom_components.hamstring_coach.PLATFORMS",
        [Platform(platform) for platform in platforms],
    ):
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
    return entry


@pytest.fixture
def snapshot(snapshot: Any) -> Any:
    """Snapshots as Home Assistant core writes them (ids and times left out).

    Each Home Assistant line keeps its own files (``snapshots/ha-2026.2``, ...):
    the registry's own fields differ between lines, what the integration shows not.
    """
    from pytest_homeassistant_custom_component.syrupy import (
        HomeAssistantSnapshotExtension,
    )

    from homeassistant.const import MAJOR_VERSION, MINOR_VERSION

    class PerLineExtension(HomeAssistantSnapshotExtension):  # type: ignore[misc]
        @classmethod
        def dirname(cls, *, test_location: Any) -> str:
            line = f"ha-{MAJOR_VERSION}.{MINOR_VERSION}"
            return str(Path(test_location.filepath).parent / "snapshots" / line)

    return snapshot.use_extension(PerLineExtension)


# -- shared helpers: the entities of the profile "Study desk" and how tests drive it --

STREAK = "sensor.study_desk_sitting_streak"
TODAY = "sensor.study_desk_sitting_today"
LONGEST = "sensor.study_desk_longest_streak_today"
BREAKS = "sensor.study_desk_breaks_today"
SITTING = "binary_sensor.study_desk_sitting"
BREAK_DUE = "binary_sensor.study_desk_break_due"
SWITCH = "switch.study_desk_reminders"
SNOOZE = "button.study_desk_snooze_reminders"
EVENT = "event.study_desk_coach"


async def turn(hass: HomeAssistant, entity_id: str, on: bool) -> None:
    """Turn an input_boolean on or off and let Home Assistant settle."""
    await hass.services.async_call(
        "input_boolean",
        "turn_on" if on else "turn_off",
        {"entity_id": entity_id},
        blocking=True,
    )
    await hass.async_block_till_done()


async def set_chair(hass: HomeAssistant, on: bool) -> None:
    """Sit down on (or get up from) the demo chair."""
    await turn(hass, CHAIR, on)


async def advance(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, delta: timedelta
) -> None:
    """Move the clock in steps of at most 30 s, firing timers as Home Assistant would."""
    step = timedelta(seconds=30)
    while delta > timedelta(0):
        move = min(step, delta)
        freezer.tick(move)
        async_fire_time_changed(hass)
        await hass.async_block_till_done()
        delta -= move


def value(hass: HomeAssistant, entity_id: str) -> str:
    state = hass.states.get(entity_id)
    assert state is not None, entity_id
    return state.state


async def restart(
    hass: HomeAssistant, entry: Any, freezer: FrozenDateTimeFactory, down: timedelta
) -> None:
    """Unload the entry ("HA stops"), let ``down`` pass, and set it up again."""
    await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    freezer.tick(down)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()


async def setup_entry(hass: HomeAssistant, **options: Any) -> Any:
    entry = make_entry(**options)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry


async def setup_profile(hass: HomeAssistant, **data: Any) -> MockConfigEntry:
    """Set up "Study desk" with these sources (entry data 1.2) and default timing."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Study desk",
        version=1,
        minor_version=2,
        data={"sitting_states": {}, "hold_minutes": {}, "combine": "any", **data},
        options={"break_after": 45, "min_break": 60},
        entry_id="entry1",
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry
