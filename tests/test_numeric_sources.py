"""Numeric sitting sources: a desk's height, a chair's load, a monitor's power."""

from __future__ import annotations

from datetime import datetime, timedelta
from http import HTTPStatus
import random
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.const import STATE_OFF, STATE_ON, STATE_UNAVAILABLE
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import InvalidData
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from custom_components.hamstring_coach.const import DOMAIN

from .conftest import LONGEST, SITTING, TODAY, advance, setup_profile, value

DESK = "sensor.desk_height"
LOAD = "sensor.chair_load"
START = datetime(2026, 5, 4, 7, 0, tzinfo=dt_util.UTC)  # 09:00 in Berlin


@pytest.fixture(autouse=True)
async def start_time(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    await hass.config.async_set_time_zone("Europe/Berlin")
    freezer.move_to(START)


def set_desk(hass: HomeAssistant, height: float) -> None:
    hass.states.async_set(
        DESK, str(height), {"unit_of_measurement": "cm", "device_class": "distance"}
    )


async def desk_profile(hass: HomeAssistant, band: float = 2.0) -> MockConfigEntry:
    return await setup_profile(
        hass,
        sitting_entities=[DESK],
        thresholds={DESK: {"comparison": "below", "value": 90.0, "hysteresis": band}},
    )


async def test_user_flow_suggests_a_threshold_from_the_unit(
    hass: HomeAssistant,
) -> None:
    set_desk(hass, 72)
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": "user"}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {
            "name": "Desk",
            "sitting_entities": [DESK],
            "break_after": 45,
            "min_break": 60,
        },
    )
    assert result["step_id"] == "sources"
    assert result["description_placeholders"]["current_values"] == "desk height: 72 cm"
    suggested = {
        str(key): key.description["suggested_value"]
        for key in result["data_schema"].schema
        if key.description and "suggested_value" in key.description
    }
    assert suggested == {
        f"{DESK}_comparison": "below",
        f"{DESK}_threshold": 90.0,
        f"{DESK}_hysteresis": 2.0,
    }
    # a threshold that is no number is refused by the form's own schema
    with pytest.raises(InvalidData):
        await hass.config_entries.flow.async_configure(
            result["flow_id"],
            {f"{DESK}_comparison": "below", f"{DESK}_threshold": "x"},
        )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {
            f"{DESK}_comparison": "below",
            f"{DESK}_threshold": 95,
            f"{DESK}_hysteresis": 3,
        },
    )
    assert result["type"] == "create_entry"
    assert result["data"]["thresholds"] == {
        DESK: {"comparison": "below", "value": 95.0, "hysteresis": 3.0}
    }
    assert result["data"]["sitting_states"] == {}
    await hass.async_block_till_done()
    assert value(hass, "binary_sensor.desk_sitting") == STATE_ON


async def test_a_load_cell_and_a_number_without_a_unit(hass: HomeAssistant) -> None:
    hass.states.async_set(LOAD, "3.5", {"unit_of_measurement": "kg"})
    hass.states.async_set("input_number.desk_height", "100")
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": "user"}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {
            "name": "Desk",
            "sitting_entities": [LOAD, "input_number.desk_height"],
            "break_after": 45,
            "min_break": 60,
        },
    )
    suggested = {
        str(key): key.description["suggested_value"]
        for key in result["data_schema"].schema
        if key.description and "suggested_value" in key.description
    }
    assert suggested[f"{LOAD}_comparison"] == "above"
    assert suggested[f"{LOAD}_threshold"] == 20.0
    # no unit, no guess: the comparison starts at below and the threshold is asked
    assert suggested["input_number.desk_height_comparison"] == "below"
    assert "input_number.desk_height_threshold" not in suggested


async def test_the_sources_form_serializes_with_a_number(
    hass: HomeAssistant, hass_client: Any
) -> None:
    assert await async_setup_component(hass, "config", {})
    set_desk(hass, 72)
    client = await hass_client()
    response = await client.post(
        "/api/config/config_entries/flow", json={"handler": DOMAIN}
    )
    form = await response.json()
    response = await client.post(
        f"/api/config/config_entries/flow/{form['flow_id']}",
        json={
            "name": "Desk",
            "sitting_entities": [DESK],
            "break_after": 45,
            "min_break": 60,
        },
    )
    assert response.status == HTTPStatus.OK, await response.text()
    form = await response.json()
    names = [field["name"] for field in form["data_schema"]]
    assert names == [
        f"{DESK}_comparison",
        f"{DESK}_threshold",
        f"{DESK}_hysteresis",
        f"{DESK}_hold_minutes",
    ]
    threshold = form["data_schema"][1]
    assert threshold["selector"]["number"]["unit_of_measurement"] == "cm"
    response = await client.post(
        f"/api/config/config_entries/flow/{form['flow_id']}",
        json={f"{DESK}_comparison": "below", f"{DESK}_threshold": 90},
    )
    assert (await response.json())["type"] == "create_entry"


async def test_the_desk_follows_its_height_with_a_band(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    set_desk(hass, 110)
    await desk_profile(hass)
    assert value(hass, SITTING) == STATE_OFF
    for height, sitting in [
        (72, STATE_ON),
        (91.5, STATE_ON),  # in the band: still down
        (93, STATE_OFF),
        (89, STATE_OFF),  # in the band: still up
        (87, STATE_ON),
    ]:
        set_desk(hass, height)
        await advance(hass, freezer, timedelta(minutes=2))  # longer than a shift
        assert value(hass, SITTING) == sitting, height
    hass.states.async_set(DESK, STATE_UNAVAILABLE)
    await hass.async_block_till_done()
    assert value(hass, SITTING) == STATE_UNAVAILABLE


def reference_minutes(
    moves: list[tuple[int, float]], end: int, band: float
) -> dict[str, int]:
    """Sitting minutes and the longest streak from (second, height), computed plainly."""
    sitting, total, longest, streak_start = False, 0, 0, 0
    previous_second = 0
    for second, height in [*moves, (end, None)]:
        if sitting:
            total += second - previous_second
        if height is not None:
            now_sitting = (
                True if height < 90 - band else False if height > 90 + band else sitting
            )
            if now_sitting and not sitting:
                streak_start = second
            if sitting and not now_sitting:
                longest = max(longest, second - streak_start)
            sitting = now_sitting
        previous_second = second
    if sitting:
        longest = max(longest, end - streak_start)
    return {"today": total // 60, "longest": longest // 60}


async def test_a_desk_day_with_a_wobble_matches_a_reference(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """72 cm <-> 110 cm moves, each followed by wobbles around 90 cm, for a day."""
    rng = random.Random(7)
    moves: list[tuple[int, float]] = [(0, 72.0)]
    second = 0
    down = True
    while second < 8 * 3600 - 3600:
        second += rng.randint(20, 80) * 60
        down = not down
        moves.append((second, 72.0 if down else 110.0))
        for _ in range(rng.randint(0, 3)):  # nudged to near the threshold a while
            second += rng.randint(60, 300)
            moves.append((second, 90 + rng.uniform(-1.9, 1.9)))
    if down:  # the day ends standing, when the totals are exact
        second += 15 * 60
        moves.append((second, 110.0))
    end = second + 10 * 60
    set_desk(hass, 72)
    await desk_profile(hass)
    clock = 0
    for at, height in moves[1:]:
        await advance(hass, freezer, timedelta(seconds=at - clock))
        clock = at
        set_desk(hass, height)
        await hass.async_block_till_done()
    await advance(hass, freezer, timedelta(seconds=end - clock))
    expected = reference_minutes(moves, end, band=2.0)
    assert expected["today"] > 60  # the scenario sits for real
    assert int(value(hass, TODAY)) == expected["today"]
    assert int(value(hass, LONGEST)) == expected["longest"]


async def test_the_band_keeps_its_side_across_a_reload(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """Down at 72, raised only to 91 (in the band): still sitting after a reload."""
    set_desk(hass, 72)
    entry = await desk_profile(hass)
    await advance(hass, freezer, timedelta(minutes=10))
    set_desk(hass, 91)
    await advance(hass, freezer, timedelta(minutes=2))
    assert value(hass, SITTING) == STATE_ON
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    await advance(hass, freezer, timedelta(minutes=2))  # longer than a break
    assert value(hass, SITTING) == STATE_ON
    assert int(value(hass, TODAY)) >= 12  # moves in 5-minute steps while sitting
    set_desk(hass, 93)  # out of the band: up
    await advance(hass, freezer, timedelta(minutes=2))
    assert value(hass, SITTING) == STATE_OFF


async def test_kind_of_a_source_without_a_state_and_a_change_of_kind(
    hass: HomeAssistant,
) -> None:
    """Unavailable at flow time: the registry's unit says it is a number; a source
    whose readings turned from states into numbers is asked for a threshold."""
    from homeassistant.helpers import entity_registry as er

    from custom_components.hamstring_coach.source_kinds import SourceKind, source_kind

    registry = er.async_get(hass)
    registry.async_get_or_create(
        "sensor",
        "esphome",
        "desk-height",
        suggested_object_id="upsy_desk_height",
        unit_of_measurement="cm",
    )
    assert source_kind(hass, "sensor.upsy_desk_height") is SourceKind.NUMERIC
    hass.states.async_set("sensor.upsy_desk_height", STATE_UNAVAILABLE)
    assert source_kind(hass, "sensor.upsy_desk_height") is SourceKind.NUMERIC
    stored = {"sitting_states": {"sensor.mode": ["seated"]}}
    assert source_kind(hass, "sensor.mode", stored) is SourceKind.STATES
    hass.states.async_set("sensor.mode", "74.5")
    assert source_kind(hass, "sensor.mode", stored) is SourceKind.NUMERIC
    hass.states.async_set("sensor.mode", "seated")
    stored = {"thresholds": {"sensor.mode": {"comparison": "below", "value": 90}}}
    assert source_kind(hass, "sensor.mode", stored) is SourceKind.STATES
