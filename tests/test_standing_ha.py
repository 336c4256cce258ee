"""Standing sources through Home Assistant: flows, sensors, a desk day, restarts."""

from __future__ import annotations

from datetime import datetime, timedelta
from http import HTTPStatus
import random
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)

from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from custom_components.hamstring_coach.const import DOMAIN

from .conftest import advance, setup_profile, value

DESK = "sensor.desk_height"
MAT = "binary_sensor.standing_mat"
CHAIR = "binary_sensor.chair"
MAT_LOAD = "sensor.mat_load"
START = datetime(2026, 5, 4, 7, 0, tzinfo=dt_util.UTC)  # 09:00 in Berlin
SITTING_TODAY = "sensor.study_desk_sitting_today"
STANDING_TODAY = "sensor.study_desk_standing_today"
SHARE = "sensor.study_desk_sitting_share_today"
STAND_HOURS = "sensor.study_desk_stand_hours_today"
SITTING = "binary_sensor.study_desk_sitting"


@pytest.fixture(autouse=True)
async def start_time(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    await hass.config.async_set_time_zone("Europe/Berlin")
    freezer.move_to(START)


def set_desk(hass: HomeAssistant, height: float) -> None:
    hass.states.async_set(
        DESK, str(height), {"unit_of_measurement": "cm", "device_class": "distance"}
    )


async def desk_profile(hass: HomeAssistant, **data: Any) -> MockConfigEntry:
    """The desk below 90 cm (2 cm band) sits; its other side stands."""
    return await setup_profile(
        hass,
        **{
            "sitting_entities": [DESK],
            "thresholds": {
                DESK: {"comparison": "below", "value": 90.0, "hysteresis": 2.0}
            },
            "standing_entities": [DESK],
            **data,
        },
    )


async def start_flow(
    hass: HomeAssistant, sitting: list[str], standing: list[str]
) -> Any:
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": "user"}
    )
    return await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {
            "name": "Study desk",
            "sitting_entities": sitting,
            "standing_entities": standing,
            "break_after": 45,
            "min_break": 60,
        },
    )


def suggested(result: Any) -> dict[str, Any]:
    return {
        str(key): key.description["suggested_value"]
        for key in result["data_schema"].schema
        if key.description and "suggested_value" in key.description
    }


async def test_the_same_desk_stands_on_its_other_side(hass: HomeAssistant) -> None:
    set_desk(hass, 110)
    result = await start_flow(hass, [DESK], [DESK])
    assert result["step_id"] == "sources"
    fields = [str(key) for key in result["data_schema"].schema]
    assert fields == [
        f"{DESK}_comparison",
        f"{DESK}_threshold",
        f"{DESK}_hysteresis",
        f"{DESK}_hold_minutes",
        f"{DESK}_standing_hold_minutes",  # no threshold of its own: the other side
    ]
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {f"{DESK}_comparison": "below", f"{DESK}_threshold": 90},
    )
    assert result["type"] == "create_entry"
    assert result["data"]["standing_entities"] == [DESK]
    assert "standing_thresholds" not in result["data"]
    await hass.async_block_till_done()
    assert value(hass, SITTING) == "off"
    assert value(hass, STANDING_TODAY) == "0"
    assert value(hass, SHARE) == "unknown"  # nothing tracked yet


async def test_a_mat_and_a_load_with_their_own_threshold(hass: HomeAssistant) -> None:
    hass.states.async_set(CHAIR, "off")
    hass.states.async_set(MAT, "off")
    hass.states.async_set(
        MAT_LOAD, "3", {"unit_of_measurement": "kg", "device_class": "weight"}
    )
    result = await start_flow(hass, [CHAIR], [MAT, MAT_LOAD])
    assert result["step_id"] == "sources"
    assert result["description_placeholders"]["current_values"] == "mat load: 3 kg"
    assert suggested(result) == {
        f"{MAT_LOAD}_standing_comparison": "above",
        f"{MAT_LOAD}_standing_threshold": 20.0,
        f"{MAT_LOAD}_standing_hysteresis": 2.0,
    }
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {
            f"{MAT_LOAD}_standing_comparison": "above",
            f"{MAT_LOAD}_standing_threshold": 25,
            f"{MAT}_standing_hold_minutes": 90,
        },
    )
    assert result["type"] == "create_entry"
    assert result["data"]["standing_entities"] == [MAT, MAT_LOAD]
    assert result["data"]["standing_thresholds"] == {
        MAT_LOAD: {"comparison": "above", "value": 25.0, "hysteresis": 0.0}
    }
    assert result["data"]["standing_hold_minutes"] == {MAT: 90}


async def test_standing_sources_that_cannot_stand_are_refused(
    hass: HomeAssistant,
) -> None:
    hass.states.async_set(CHAIR, "off")
    hass.states.async_set("sensor.phone_activity", "still")
    result = await start_flow(hass, [CHAIR], [CHAIR])
    assert result["errors"] == {"standing_entities": "standing_is_sitting"}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {
            "name": "Study desk",
            "sitting_entities": [CHAIR],
            "standing_entities": ["sensor.phone_activity"],
            "break_after": 45,
            "min_break": 60,
        },
    )
    assert result["errors"] == {"standing_entities": "standing_not_usable"}


async def test_the_standing_form_serializes(
    hass: HomeAssistant, hass_client: Any
) -> None:
    assert await async_setup_component(hass, "config", {})
    hass.states.async_set(CHAIR, "off")
    hass.states.async_set(MAT_LOAD, "3", {"unit_of_measurement": "kg"})
    client = await hass_client()
    response = await client.post(
        "/api/config/config_entries/flow", json={"handler": DOMAIN}
    )
    form = await response.json()
    response = await client.post(
        f"/api/config/config_entries/flow/{form['flow_id']}",
        json={
            "name": "Study desk",
            "sitting_entities": [CHAIR],
            "standing_entities": [MAT_LOAD],
            "break_after": 45,
            "min_break": 60,
        },
    )
    assert response.status == HTTPStatus.OK, await response.text()
    form = await response.json()
    assert [field["name"] for field in form["data_schema"]] == [
        f"{CHAIR}_hold_minutes",
        f"{MAT_LOAD}_standing_comparison",
        f"{MAT_LOAD}_standing_threshold",
        f"{MAT_LOAD}_standing_hysteresis",
        f"{MAT_LOAD}_standing_hold_minutes",
    ]
    flow_id = form["flow_id"]
    response = await client.post(
        f"/api/config/config_entries/flow/{flow_id}",
        json={f"{MAT_LOAD}_standing_comparison": "above"},
    )
    refused = await response.json()  # the form's own schema asks for the threshold
    assert list(refused["errors"]) == [f"{MAT_LOAD}_standing_threshold"]
    response = await client.post(
        f"/api/config/config_entries/flow/{flow_id}",
        json={
            f"{MAT_LOAD}_standing_comparison": "above",
            f"{MAT_LOAD}_standing_threshold": 20,
        },
    )
    assert (await response.json())["type"] == "create_entry"


async def test_standing_sensors_exist_only_with_standing_sources(
    hass: HomeAssistant,
) -> None:
    set_desk(hass, 72)
    await desk_profile(hass, standing_entities=[])
    registry = er.async_get(hass)
    assert registry.async_get(SITTING_TODAY) is not None
    assert registry.async_get(STANDING_TODAY) is None
    assert registry.async_get(SHARE) is None


def desk_day(seed: int) -> list[tuple[int, float]]:
    """(second, height) from 09:00: 72 cm <-> 110 cm moves with wobbles near 90 cm."""
    rng = random.Random(seed)
    moves: list[tuple[int, float]] = [(0, 72.0)]
    second, down = 0, True
    while second < 9 * 3600:
        # down 15 to 80 minutes, up 15 to 150 (longer than the first hour up)
        second += rng.randint(15, 80 if down else 150) * 60
        down = not down
        moves.append((second, 72.0 if down else 110.0))
        for _ in range(rng.randint(0, 3)):  # nudged near the threshold a while
            second += rng.randint(60, 300)
            moves.append((second, 90 + rng.uniform(-1.9, 1.9)))
    if not down:  # the desk is left down in the evening
        second += 20 * 60
        moves.append((second, 72.0))
    return moves


def reference(moves: list[tuple[int, float]], end: int) -> dict[str, int | None]:
    """Sitting, standing, stand hours and share, computed plainly from the heights.

    Below 88 cm sits, above 92 cm stands, in between the last side holds. Every
    standing stretch makes a stand hour of each clock hour it covers a minute of
    (getting up here is the desk going up, so its first hour is inside the stretch).
    The day starts at 09:00, on the hour.
    """
    sitting_s = standing_s = 0
    hours: set[int] = set()
    side = "sit"
    stretches: list[tuple[int, int, str]] = []
    for (at, height), (following, _) in zip(
        moves, [*moves[1:], (end, 0.0)], strict=True
    ):
        if height < 88:
            side = "sit"
        elif height > 92:
            side = "stand"
        if stretches and stretches[-1][2] == side:
            stretches[-1] = (stretches[-1][0], following, side)
        else:
            stretches.append((at, following, side))
    for begin, finish, side in stretches:
        if side == "sit":
            sitting_s += finish - begin
            continue
        standing_s += finish - begin
        for hour in range(begin // 3600, finish // 3600 + 1):
            covered = min(finish, (hour + 1) * 3600) - max(begin, hour * 3600)
            if covered >= 60:
                hours.add(9 + hour)
    sitting, standing = sitting_s // 60, standing_s // 60
    return {
        "sitting": sitting,
        "standing": standing,
        "stand_hours": len(hours),
        "share": round(100 * sitting / (sitting + standing)),
    }


async def test_a_desk_day_matches_a_reference(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """Sitting, standing, stand hours and share of a desk day, on the sensors and in
    the report, match a plain computation from the heights."""
    moves = desk_day(11)
    end = 15 * 3600 - 1  # 23:59:59: the sensors show the day's exact totals
    set_desk(hass, moves[0][1])
    await desk_profile(hass)
    clock = 0
    for at, height in moves[1:]:
        await advance(hass, freezer, timedelta(seconds=at - clock))
        clock = at
        set_desk(hass, height)
        await hass.async_block_till_done()
    freezer.tick(timedelta(seconds=end - clock))  # the evening in one jump
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    expected = reference(moves, 15 * 3600)  # to midnight: the desk stays down
    assert expected["standing"] > 60  # it stands for real
    assert expected["stand_hours"] > 2
    shown = {
        "sitting": int(value(hass, SITTING_TODAY)),
        "standing": int(value(hass, STANDING_TODAY)),
        "stand_hours": int(value(hass, STAND_HOURS)),
        "share": int(value(hass, SHARE)),
    }
    assert shown == expected
    response = await hass.services.async_call(
        DOMAIN,
        "get_report",
        {"config_entry_id": "entry1", "days": 1},
        blocking=True,
        return_response=True,
    )
    [today] = response["days"]  # type: ignore[index]
    # the report is as of 23:59:59, one second short of the sensors' midnight figure
    assert today["standing_minutes"] == expected["standing"]
    assert today["stand_hours"] == expected["stand_hours"]
    assert today["sitting_minutes"] in (expected["sitting"], expected["sitting"] - 1)


async def test_a_standing_hold_ends_a_desk_left_up(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """Left up after work: standing stops counting an hour after the desk moved."""
    set_desk(hass, 72)
    await desk_profile(hass, standing_hold_minutes={DESK: 60})
    await advance(hass, freezer, timedelta(minutes=10))
    set_desk(hass, 110)  # 09:10
    await hass.async_block_till_done()
    await advance(hass, freezer, timedelta(hours=3))
    assert value(hass, STANDING_TODAY) == "60"
    assert value(hass, STAND_HOURS) == "2"  # 09:10 to 10:10
    assert value(hass, SITTING) == "off"  # the hold is for standing only
    set_desk(hass, 111)  # the desk moves: standing again
    await hass.async_block_till_done()
    await advance(hass, freezer, timedelta(minutes=10))
    assert value(hass, STANDING_TODAY) == "70"


async def test_standing_goes_on_across_a_restart(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """A restart while the desk stays up keeps standing; a move while down does not
    count the downtime."""
    from .conftest import restart

    set_desk(hass, 110)
    entry = await desk_profile(hass)
    await advance(hass, freezer, timedelta(minutes=20))
    await restart(hass, entry, freezer, timedelta(minutes=10))
    await advance(hass, freezer, timedelta(minutes=5))
    assert value(hass, STANDING_TODAY) == "35"
    await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    freezer.tick(timedelta(minutes=10))
    set_desk(hass, 89)  # moved while down, into the band: the saved side holds
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    await advance(hass, freezer, timedelta(minutes=5))
    assert value(hass, STANDING_TODAY) == "40"  # the downtime is unknown
    assert value(hass, SITTING) == "off"


async def test_standing_sensors_snapshot(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, snapshot: Any
) -> None:
    """What the standing sensors register and show: 40 minutes seated, 20 standing."""
    set_desk(hass, 72)
    await desk_profile(hass)
    await advance(hass, freezer, timedelta(minutes=40))
    set_desk(hass, 110)
    await hass.async_block_till_done()
    await advance(hass, freezer, timedelta(minutes=20))
    registry = er.async_get(hass)
    for entity_id in (STANDING_TODAY, SHARE):
        entry = registry.async_get(entity_id)
        assert entry is not None
        assert entry == snapshot(name=f"{entity_id}-entry")
        assert hass.states.get(entity_id) == snapshot(name=f"{entity_id}-state")
    assert value(hass, SHARE) == "67"  # 40 of 60 minutes seated


async def test_assist_and_the_llm_tell_standing(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """With standing sources the status says standing time and the seated share."""
    from .test_voice import call_tool, say

    assert await async_setup_component(hass, "homeassistant", {})
    assert await async_setup_component(hass, "conversation", {})
    set_desk(hass, 72)
    await desk_profile(hass)
    await advance(hass, freezer, timedelta(minutes=30))
    set_desk(hass, 110)
    await hass.async_block_till_done()
    await advance(hass, freezer, timedelta(minutes=10))
    answer = await say(hass, "how long have I been sitting")
    assert answer == (
        "You are not sitting right now. Today you sat 30 minutes. Breaks: 1. "
        "Stand hours: 1. You stood 10 minutes today; 75 % of your desk time was seated."
    )
    data, error = await call_tool(hass, "hamstring_coach_status")
    assert not error
    assert (data["standing_today_minutes"], data["sitting_share_today"]) == (10, 75)


async def test_a_hold_that_ran_out_while_down_counts_no_standing(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """The desk left up; Home Assistant down for the night: no night of standing."""
    from .conftest import restart

    set_desk(hass, 72)
    entry = await desk_profile(hass, standing_hold_minutes={DESK: 120})
    set_desk(hass, 110)
    await hass.async_block_till_done()
    await advance(hass, freezer, timedelta(minutes=30))
    await restart(hass, entry, freezer, timedelta(hours=10))  # the desk never moved
    await advance(hass, freezer, timedelta(minutes=5))
    assert int(value(hass, STANDING_TODAY)) <= 30  # the night is not standing
    assert int(value(hass, STAND_HOURS)) <= 1


async def test_a_desk_that_repeats_its_height_does_not_renew_the_hold(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    set_desk(hass, 72)
    await desk_profile(hass, standing_hold_minutes={DESK: 60})
    set_desk(hass, 110)
    await hass.async_block_till_done()
    for _ in range(12):  # the controller re-sends 110 every ten minutes
        await advance(hass, freezer, timedelta(minutes=10))
        set_desk(hass, 110)  # the same state: a report, not a change
        await hass.async_block_till_done()
    await advance(hass, freezer, timedelta(minutes=1))
    assert value(hass, STANDING_TODAY) == "60"


async def test_removed_standing_sources_leave_no_sensors_behind(
    hass: HomeAssistant,
) -> None:
    set_desk(hass, 72)
    entry = await desk_profile(hass)
    registry = er.async_get(hass)
    assert registry.async_get(STANDING_TODAY) is not None
    data = {**entry.data, "standing_entities": []}
    hass.config_entries.async_update_entry(entry, data=data)
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert registry.async_get(STANDING_TODAY) is None
    assert registry.async_get(SHARE) is None


async def test_reconfigure_keeps_a_standing_number_that_is_unavailable(
    hass: HomeAssistant,
) -> None:
    """A load sensor that is down while reconfiguring: its stored threshold says
    it is a number, and the flow keeps it."""
    hass.states.async_set(CHAIR, "off")
    hass.states.async_set(MAT_LOAD, "unavailable")
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Study desk",
        version=1,
        minor_version=2,
        data={
            "sitting_entities": [CHAIR],
            "sitting_states": {},
            "hold_minutes": {},
            "combine": "any",
            "standing_entities": [MAT_LOAD],
            "standing_thresholds": {
                MAT_LOAD: {"comparison": "above", "value": 25.0, "hysteresis": 0.0}
            },
        },
        options={"break_after": 45, "min_break": 60},
        entry_id="entry1",
    )
    entry.add_to_hass(hass)
    result = await entry.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {"sitting_entities": [CHAIR], "standing_entities": [MAT_LOAD]},
    )
    assert result["step_id"] == "reconfigure_sources"
    assert suggested(result)[f"{MAT_LOAD}_standing_threshold"] == 25.0
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {
            f"{MAT_LOAD}_standing_comparison": "above",
            f"{MAT_LOAD}_standing_threshold": 30,
        },
    )
    assert result["reason"] == "reconfigure_successful"
    assert entry.data["standing_thresholds"][MAT_LOAD]["value"] == 30.0
    await hass.async_block_till_done()  # the reload it started, and its writes
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()


async def test_a_state_file_without_standing_sides_takes_the_other_side(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    """After an upgrade the desk in its band stands if the sitting side says up."""
    set_desk(hass, 110)
    entry = await desk_profile(hass)
    await advance(hass, freezer, timedelta(minutes=5))
    coordinator = entry.runtime_data
    coordinator.sources.standing_reader.sides.clear()  # as a file of 0.3.0 has none
    await coordinator.saver.async_write_now()
    await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    set_desk(hass, 89)  # in the band while down
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    await advance(hass, freezer, timedelta(minutes=6))
    assert value(hass, SITTING) == "off"
    assert value(hass, STANDING_TODAY) == "10"  # standing again after the restart
