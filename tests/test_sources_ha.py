"""Sitting detection from any entity: states that mean sitting, any/all, hold, migration."""

from __future__ import annotations

from datetime import timedelta

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import STATE_OFF, STATE_ON, STATE_UNAVAILABLE
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from custom_components.hamstring_coach.const import DOMAIN

from .conftest import SITTING, TODAY, advance, setup_profile, value

PHONE = "sensor.pixel_detected_activity"
PC = "binary_sensor.laptop_session_active"
TV = "media_player.living_room_tv"
MODE = "input_select.desk_mode"


@pytest.fixture(autouse=True)
def start_time(freezer: FrozenDateTimeFactory) -> None:
    freezer.move_to(dt_util.parse_datetime("2026-05-04 09:00:00+00:00"))


profile = setup_profile


@pytest.mark.parametrize(
    ("entity_id", "sitting", "not_sitting"),
    [
        ("sensor.pixel_detected_activity", "still", "walking"),
        ("sensor.iphone_activity", "Stationary", "Walking"),
        ("media_player.living_room_tv", "playing", "off"),
        ("select.desk_mode", "seated", "standing"),
        ("input_select.desk_mode", "seated", "standing"),
        ("switch.pc_power", STATE_ON, STATE_OFF),
    ],
)
async def test_each_domain(
    hass: HomeAssistant, entity_id: str, sitting: str, not_sitting: str
) -> None:
    hass.states.async_set(entity_id, not_sitting)
    states = {} if entity_id.startswith("switch.") else {entity_id: [sitting]}
    await profile(hass, sitting_entities=[entity_id], sitting_states=states)
    assert value(hass, SITTING) == STATE_OFF
    hass.states.async_set(entity_id, sitting)
    await hass.async_block_till_done()
    assert value(hass, SITTING) == STATE_ON
    hass.states.async_set(entity_id, STATE_UNAVAILABLE)
    await hass.async_block_till_done()
    assert value(hass, SITTING) == STATE_UNAVAILABLE


async def test_combine_all(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    hass.states.async_set(PC, STATE_ON)
    hass.states.async_set(PHONE, "walking")
    await profile(
        hass,
        sitting_entities=[PC, PHONE],
        sitting_states={PHONE: ["still"]},
        combine="all",
    )
    assert value(hass, SITTING) == STATE_OFF  # the computer is on, but the phone walks
    hass.states.async_set(PHONE, "still")
    await hass.async_block_till_done()
    assert value(hass, SITTING) == STATE_ON
    hass.states.async_set(PC, STATE_OFF)
    await advance(hass, freezer, timedelta(minutes=2))
    assert value(hass, SITTING) == STATE_OFF


async def test_combine_any_with_a_tv(hass: HomeAssistant) -> None:
    hass.states.async_set(PC, STATE_OFF)
    hass.states.async_set(TV, "idle")
    await profile(
        hass, sitting_entities=[PC, TV], sitting_states={TV: ["playing", "paused"]}
    )
    assert value(hass, SITTING) == STATE_OFF
    hass.states.async_set(TV, "paused")
    await hass.async_block_till_done()
    assert value(hass, SITTING) == STATE_ON


async def test_hold_minutes(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    hass.states.async_set(PHONE, "still")
    await profile(
        hass,
        sitting_entities=[PHONE],
        sitting_states={PHONE: ["still"]},
        hold_minutes={PHONE: 20},
    )
    assert value(hass, SITTING) == STATE_ON
    await advance(hass, freezer, timedelta(minutes=15))
    hass.states.async_set(PHONE, "still")  # the same state again: a report renews it
    await advance(hass, freezer, timedelta(minutes=15))
    assert value(hass, SITTING) == STATE_ON
    # the phone stops reporting: after 20 minutes "still" no longer counts
    await advance(hass, freezer, timedelta(minutes=7))
    assert value(hass, SITTING) == STATE_OFF
    today = int(value(hass, TODAY))
    await advance(hass, freezer, timedelta(hours=3))
    assert int(value(hass, TODAY)) == today  # no night of sitting


async def test_migration_from_the_first_format(hass: HomeAssistant) -> None:
    hass.states.async_set("input_boolean.desk_chair", STATE_ON)
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Study desk",
        version=1,
        minor_version=1,
        data={"sitting_entities": ["input_boolean.desk_chair"]},
        options={"break_after": 45, "min_break": 60},
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    assert entry.minor_version == 2
    assert entry.data == {
        "sitting_entities": ["input_boolean.desk_chair"],
        "sitting_states": {},
        "hold_minutes": {},
        "combine": "any",
    }
    assert value(hass, SITTING) == STATE_ON


async def test_entry_from_a_newer_version_is_not_touched(hass: HomeAssistant) -> None:
    entry = MockConfigEntry(domain=DOMAIN, title="Future", version=2, data={"x": 1})
    entry.add_to_hass(hass)
    assert not await hass.config_entries.async_setup(entry.entry_id)
    assert entry.state is ConfigEntryState.MIGRATION_ERROR
    assert entry.data == {"x": 1}


async def test_user_flow_asks_for_states(hass: HomeAssistant) -> None:
    hass.states.async_set(MODE, "standing", {"options": ["seated", "standing"]})
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": "user"}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {
            "name": "Desk",
            "sitting_entities": [MODE],
            "break_after": 45,
            "min_break": 60,
        },
    )
    assert result["step_id"] == "sources"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {MODE: ["seated"]}
    )
    assert result["type"] == "create_entry"
    assert result["data"]["sitting_states"] == {MODE: ["seated"]}


async def test_changing_only_the_sources_in_options_applies_them(
    hass: HomeAssistant,
) -> None:
    hass.states.async_set(PC, STATE_ON)
    hass.states.async_set(PHONE, "walking")
    entry = await profile(
        hass, sitting_entities=[PC, PHONE], sitting_states={PHONE: ["still"]}
    )
    assert value(hass, SITTING) == STATE_ON  # any: the computer is on
    result = await hass.config_entries.options.async_init(entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {
            "break_after": 45,
            "min_break": 60,
            "reminder_repeat": 10,
            "posture_check_every": 20,
        },
    )
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {PHONE: ["still"], "combine": "all"}
    )
    await hass.async_block_till_done()
    assert entry.runtime_data.config.combine == "all"
    assert (
        entry.runtime_data.engine.coach.tracker.source is False
    )  # all: the phone is walking
