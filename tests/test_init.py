"""Set-up, entities, time, restarts and unloading, in a real Home Assistant."""

from __future__ import annotations

from datetime import timedelta
import json
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import async_fire_time_changed

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import (
    EVENT_HOMEASSISTANT_FINAL_WRITE,
    EVENT_HOMEASSISTANT_STOP,
    STATE_OFF,
    STATE_ON,
    STATE_UNAVAILABLE,
)
from homeassistant.core import Event, EventStateChangedData, HomeAssistant, callback
from homeassistant.helpers import entity_registry as er, issue_registry as ir
from homeassistant.util import dt as dt_util

from custom_components.hamstring_coach.const import DOMAIN

from .conftest import (
    BREAK_DUE,
    BREAKS,
    CHAIR,
    EVENT,
    LONGEST,
    SITTING,
    SNOOZE,
    STREAK,
    SWITCH,
    TODAY,
    advance,
    make_entry,
    record_coach_events,
    restart,
    set_chair,
    setup_entry,
    value,
)


@pytest.fixture
def start_time(freezer: FrozenDateTimeFactory, hass: HomeAssistant) -> None:
    freezer.move_to(dt_util.as_utc(dt_util.parse_datetime("2026-05-04 09:00:00+00:00")))


async def test_entities_and_unique_ids(hass: HomeAssistant, chair: str) -> None:
    entry = await setup_entry(hass)
    registry = er.async_get(hass)
    keys = {
        STREAK: "sitting_streak",
        TODAY: "sitting_today",
        LONGEST: "longest_streak_today",
        BREAKS: "breaks_today",
        SITTING: "sitting",
        BREAK_DUE: "break_due",
        SWITCH: "reminders",
        SNOOZE: "snooze",
        EVENT: "coach",
    }
    for entity_id, key in keys.items():
        entity = registry.async_get(entity_id)
        assert entity is not None, entity_id
        assert entity.unique_id == f"{entry.entry_id}_{key}"
        assert entity.translation_key == key
    today = hass.states.get(TODAY)
    assert today.attributes["device_class"] == "duration"
    assert today.attributes["state_class"] == "total_increasing"
    assert today.attributes["unit_of_measurement"] == "min"
    assert value(hass, TODAY) == "0"
    assert value(hass, SITTING) == STATE_OFF
    assert value(hass, SWITCH) == STATE_ON
    assert hass.states.get(EVENT).attributes["event_types"] == [
        "break_due",
        "posture_check",
        "break_taken",
        "stand_nudge",
        "stand_goal_reached",
        "routine_started",
        "routine_step",
        "routine_completed",
        "routine_stopped",
        "break_escalated",
        "triage_changed",
        "triage_alert",
        "weekly_summary",
    ]


async def test_sitting_minutes_breaks_and_flapping(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory, start_time: None
) -> None:
    await setup_entry(hass)
    await set_chair(hass, True)
    assert value(hass, SITTING) == STATE_ON
    await advance(hass, freezer, timedelta(minutes=10))
    assert value(hass, STREAK) == "10"
    assert value(hass, TODAY) == "10"
    # a shift in the chair: 20 s off is no break
    await set_chair(hass, False)
    await advance(hass, freezer, timedelta(seconds=20))
    assert value(hass, SITTING) == STATE_ON
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=5))
    assert value(hass, STREAK) == "15"
    # a real break
    await set_chair(hass, False)
    await advance(hass, freezer, timedelta(minutes=2))
    assert value(hass, SITTING) == STATE_OFF
    assert value(hass, BREAKS) == "1"
    assert value(hass, STREAK) == "0"
    assert value(hass, LONGEST) == "15"
    assert value(hass, TODAY) == "15"


async def test_flapping_source_writes_few_states(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory, start_time: None
) -> None:
    await setup_entry(hass)
    writes: dict[str, int] = {}

    def count(event: Any) -> None:
        entity_id = event.data["entity_id"]
        writes[entity_id] = writes.get(entity_id, 0) + 1

    hass.bus.async_listen("state_changed", callback(count))
    for _ in range(500):
        await set_chair(hass, True)
        freezer.tick(timedelta(seconds=1))
        await set_chair(hass, False)
        freezer.tick(timedelta(seconds=1))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    assert writes[CHAIR] == 1000
    ours = {k: v for k, v in writes.items() if k != CHAIR}
    # 1000 s of flapping: about 17 minute changes per duration sensor at most
    assert max(ours.values()) <= 20, ours
    # while the streak runs, the day total moves in steps of 5 minutes
    assert value(hass, TODAY) == "15"
    assert value(hass, STREAK) == "15"  # 5-minute steps until near the break


async def test_all_sources_unavailable(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, start_time: None
) -> None:
    hass.states.async_set(CHAIR, STATE_UNAVAILABLE)
    await setup_entry(hass)
    assert value(hass, SITTING) == STATE_UNAVAILABLE
    await advance(hass, freezer, timedelta(minutes=5))
    assert value(hass, TODAY) == "0"
    hass.states.async_set(CHAIR, STATE_ON)
    await hass.async_block_till_done()
    assert value(hass, SITTING) == STATE_ON
    await advance(hass, freezer, timedelta(minutes=3))
    hass.states.async_set(CHAIR, STATE_UNAVAILABLE)
    await advance(hass, freezer, timedelta(minutes=30))
    assert value(hass, SITTING) == STATE_UNAVAILABLE
    assert value(hass, TODAY) == "3"
    assert value(hass, BREAKS) == "0"


async def test_any_source_on_means_sitting(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory, start_time: None
) -> None:
    entry = make_entry()
    entry.add_to_hass(hass)
    hass.config_entries.async_update_entry(
        entry, data={"sitting_entities": [CHAIR, "binary_sensor.desk"]}
    )
    hass.states.async_set("binary_sensor.desk", STATE_UNAVAILABLE)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert value(hass, SITTING) == STATE_OFF  # the chair says off
    hass.states.async_set("binary_sensor.desk", STATE_ON)
    await hass.async_block_till_done()
    assert value(hass, SITTING) == STATE_ON


async def test_midnight_rolls_over_and_is_never_unknown(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory
) -> None:
    await hass.config.async_set_time_zone("Europe/Berlin")
    freezer.move_to(dt_util.parse_datetime("2026-05-04 23:40:00+02:00"))
    await setup_entry(hass)
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=19))
    assert value(hass, TODAY) == "15"  # steps of 5 while sitting
    await advance(hass, freezer, timedelta(minutes=1))
    assert value(hass, TODAY) == "0"
    assert value(hass, STREAK) == "20"
    assert value(hass, LONGEST) == "0"
    await advance(hass, freezer, timedelta(minutes=30))
    assert value(hass, TODAY) == "30"
    assert value(hass, LONGEST) == "30"
    assert value(hass, STREAK) == "50"


async def test_restart_continues_streak_totals_and_reminder(
    hass: HomeAssistant,
    chair: str,
    freezer: FrozenDateTimeFactory,
    start_time: None,
    hass_storage: dict[str, Any],
) -> None:
    entry = await setup_entry(hass)
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=40))
    await set_chair(hass, False)
    await advance(hass, freezer, timedelta(minutes=3))
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=30))
    await hass.services.async_call(
        "switch", "turn_off", {"entity_id": SWITCH}, blocking=True
    )
    await hass.services.async_call(
        "switch", "turn_on", {"entity_id": SWITCH}, blocking=True
    )
    await hass.config_entries.async_unload(entry.entry_id)  # "HA stops"
    await hass.async_block_till_done()
    stored = hass_storage[f"{DOMAIN}.{entry.entry_id}"]["data"]
    assert stored["tracker"]["phase"] == "sitting"
    # down for 2 minutes (longer than min_break); the chair entity is re-created on
    # start, so its last change is new and the downtime cannot be proven as sitting
    freezer.tick(timedelta(minutes=2))
    hass.states.async_remove(CHAIR)
    hass.states.async_set(CHAIR, STATE_ON)
    fired = record_coach_events(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert value(hass, BREAKS) == "1"
    assert value(hass, TODAY) == "70"  # the downtime is not counted
    assert value(hass, LONGEST) == "40"
    assert value(hass, STREAK) == "30"  # but the streak goes on
    assert fired == []  # no invented break_taken
    await advance(hass, freezer, timedelta(minutes=15, seconds=30))
    assert value(hass, STREAK) == "45"
    assert value(hass, BREAK_DUE) == STATE_ON
    assert [kind for kind, _ in fired] == ["break_due"]


async def test_downtime_counts_only_when_source_never_changed(
    hass: HomeAssistant,
    chair: str,
    freezer: FrozenDateTimeFactory,
    start_time: None,
) -> None:
    entry = await setup_entry(hass)
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=10))
    await restart(hass, entry, freezer, timedelta(minutes=20))  # the chair stayed on
    assert value(hass, STREAK) == "30"
    assert value(hass, TODAY) == "30"


async def test_corrupt_state_is_kept_and_reported(
    hass: HomeAssistant, chair: str, hass_storage: dict[str, Any], tmp_path: Path
) -> None:
    hass_storage[f"{DOMAIN}.entry1"] = {
        "version": 1,
        "minor_version": 1,
        "key": f"{DOMAIN}.entry1",
        "data": {"format": 1, "tracker": {"phase": "nonsense"}},
    }
    storage_dir = Path(hass.config.path(".storage"))
    storage_dir.mkdir(parents=True, exist_ok=True)
    state_file = storage_dir / f"{DOMAIN}.entry1"
    state_file.write_text(json.dumps(hass_storage[f"{DOMAIN}.entry1"]))
    try:
        entry = await setup_entry(hass)
        assert entry.state is ConfigEntryState.LOADED
        assert value(hass, TODAY) == "0"
        issue = ir.async_get(hass).async_get_issue(DOMAIN, "state_reset_entry1_state")
        assert issue is not None
        assert issue.translation_key == "state_reset"
        backups = list(storage_dir.glob(f"{DOMAIN}.entry1.corrupt.*"))
        assert len(backups) == 1
        assert issue.translation_placeholders["backup"] == str(backups[0])
        assert json.loads(backups[0].read_text())["data"]["tracker"] == {
            "phase": "nonsense"
        }
    finally:
        for leftover in storage_dir.glob(f"{DOMAIN}.entry1*"):
            leftover.unlink()


async def test_unreadable_state_without_file_still_sets_up(
    hass: HomeAssistant, chair: str, hass_storage: dict[str, Any]
) -> None:
    hass_storage[f"{DOMAIN}.entry1"] = {
        "version": 1,
        "key": f"{DOMAIN}.entry1",
        "data": [],
    }
    entry = await setup_entry(hass)
    assert entry.state is ConfigEntryState.LOADED
    issue = ir.async_get(hass).async_get_issue(DOMAIN, "state_reset_entry1_state")
    assert issue is not None
    assert issue.translation_placeholders["backup"] == "-"


async def test_unload_leaves_nothing_behind(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory, start_time: None
) -> None:
    entry = await setup_entry(hass)
    # a first cycle loads the platforms' components, which keep their own listeners
    assert await hass.config_entries.async_unload(entry.entry_id)
    listeners_before = hass.bus.async_listeners()
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    await set_chair(hass, True)
    coordinator = entry.runtime_data
    assert coordinator.alarm.is_set
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.NOT_LOADED
    assert not coordinator.alarm.is_set
    assert coordinator._unsubscribe == []
    assert coordinator.publisher._listeners == []
    assert value(hass, STREAK) == STATE_UNAVAILABLE
    assert hass.bus.async_listeners() == listeners_before
    # the chair keeps changing: nothing reacts, no timer comes back
    await set_chair(hass, False)
    await advance(hass, freezer, timedelta(minutes=2))
    assert not coordinator.alarm.is_set
    assert coordinator.engine.coach.tracker.source is True
    # actions stay registered (and answer with a clear error for an unloaded profile)
    assert hass.services.has_service(DOMAIN, "snooze")


async def test_removing_the_profile_deletes_its_state(
    hass: HomeAssistant, chair: str, hass_storage: dict[str, Any]
) -> None:
    entry = await setup_entry(hass)
    await set_chair(hass, True)
    await hass.config_entries.async_unload(entry.entry_id)
    assert f"{DOMAIN}.{entry.entry_id}" in hass_storage
    await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done()
    assert f"{DOMAIN}.{entry.entry_id}" not in hass_storage


async def test_break_already_due_at_startup_is_reminded(
    hass: HomeAssistant,
    chair: str,
    freezer: FrozenDateTimeFactory,
    start_time: None,
) -> None:
    """Unlike `alert`, a condition that is already true at start-up still reminds."""
    entry = await setup_entry(hass)
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=40))
    await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    freezer.tick(timedelta(minutes=10))  # down while the chair stayed occupied
    fired = record_coach_events(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert [kind for kind, _ in fired] == ["break_due"]
    assert value(hass, BREAK_DUE) == STATE_ON
    assert hass.states.get(EVENT).attributes["streak_minutes"] == 50


async def test_stop_writes_state_at_final_write(
    hass: HomeAssistant,
    chair: str,
    freezer: FrozenDateTimeFactory,
    start_time: None,
    hass_storage: dict[str, Any],
) -> None:
    entry = await setup_entry(hass)
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=3))
    hass.bus.async_fire(EVENT_HOMEASSISTANT_STOP)
    await hass.async_block_till_done()
    assert not entry.runtime_data.alarm.is_set
    freezer.tick(timedelta(minutes=1))
    hass.bus.async_fire(EVENT_HOMEASSISTANT_FINAL_WRITE)
    await hass.async_block_till_done()
    stored = hass_storage[f"{DOMAIN}.{entry.entry_id}"]["data"]
    assert stored["saved_at"] == dt_util.utcnow().isoformat()
    assert stored["tracker"]["streak_s"] == 4 * 60


async def test_flapping_source_still_gets_saved(
    hass: HomeAssistant,
    chair: str,
    freezer: FrozenDateTimeFactory,
    start_time: None,
    hass_storage: dict[str, Any],
) -> None:
    entry = await setup_entry(hass)
    key = f"{DOMAIN}.{entry.entry_id}"
    hass_storage.pop(key, None)
    for _ in range(20):  # a toggle every 4 s for 80 s: each change asks for a save
        await set_chair(hass, True)
        freezer.tick(timedelta(seconds=2))
        async_fire_time_changed(hass)
        await set_chair(hass, False)
        freezer.tick(timedelta(seconds=2))
        async_fire_time_changed(hass)
        await hass.async_block_till_done()
    await advance(hass, freezer, timedelta(seconds=30))
    assert key in hass_storage  # written within the save delay, not postponed forever


async def test_a_day_ends_with_its_exact_totals(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory
) -> None:
    """Sitting 23:30 -> 00:30: the first day's last recorded values are 30, not 25.

    While sitting the totals move in steps; long-term statistics keep a day's last
    value, so the day must end with its exact total, written before midnight.
    """
    await hass.config.async_set_time_zone("Europe/Berlin")
    midnight = dt_util.parse_datetime("2026-05-05 00:00:00+02:00")
    freezer.move_to(midnight - timedelta(minutes=30))
    written: dict[str, list[tuple[Any, str]]] = {TODAY: [], LONGEST: []}

    @callback
    def on_change(event: Event[EventStateChangedData]) -> None:
        new = event.data["new_state"]
        if new is not None and new.entity_id in written:
            written[new.entity_id].append((new.last_updated, new.state))

    hass.bus.async_listen("state_changed", on_change)
    await setup_entry(hass)
    await set_chair(hass, True)
    # a real clock fires the timers on their instant: step right up to 23:59:59
    await advance(hass, freezer, timedelta(minutes=29, seconds=59))
    await advance(hass, freezer, timedelta(minutes=30, seconds=1))
    for entity_id, states in written.items():
        last_of_day = [state for at, state in states if at < midnight][-1]
        assert last_of_day == "30", (entity_id, states)
    assert value(hass, TODAY) == "30"
    assert value(hass, LONGEST) == "30"


async def test_sitting_since_is_the_start_of_the_streak(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory, start_time: None
) -> None:
    """One write per streak; the UI shows "23 minutes ago" from it."""
    since = "sensor.study_desk_sitting_since"
    writes: list[str] = []

    @callback
    def on_change(event: Event[EventStateChangedData]) -> None:
        if event.data["entity_id"] == since and event.data["new_state"]:
            writes.append(event.data["new_state"].state)

    hass.bus.async_listen("state_changed", on_change)
    await setup_entry(hass)
    assert value(hass, since) == "unknown"
    assert hass.states.get(since).attributes["device_class"] == "timestamp"
    started = dt_util.utcnow()
    await set_chair(hass, True)
    assert dt_util.parse_datetime(value(hass, since)) == started
    await advance(hass, freezer, timedelta(minutes=20))
    assert writes == ["unknown", started.isoformat()]  # one write per streak
    await set_chair(hass, False)
    await advance(hass, freezer, timedelta(seconds=30))  # a short gap: same streak
    assert dt_util.parse_datetime(value(hass, since)) == started
    await advance(hass, freezer, timedelta(minutes=2))  # a break
    assert value(hass, since) == "unknown"


async def test_a_day_ends_exact_during_a_short_gap(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory
) -> None:
    """Up for a moment at 23:59:30: the day still ends with its exact total."""
    await hass.config.async_set_time_zone("Europe/Berlin")
    midnight = dt_util.parse_datetime("2026-05-05 00:00:00+02:00")
    freezer.move_to(midnight - timedelta(minutes=27))
    await setup_entry(hass)
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=26, seconds=30))  # 23:59:30
    await set_chair(hass, False)  # a gap shorter than the shortest break
    await advance(hass, freezer, timedelta(seconds=29))  # 23:59:59
    assert value(hass, TODAY) == "26"  # exact, not the 5-minute step (25)
    assert value(hass, LONGEST) == "26"


async def test_answers_count_to_the_minute_between_steps(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory
) -> None:
    """The coach wakes every 5 minutes while sitting; a report is still exact."""
    from custom_components.hamstring_coach import actions

    entry = await setup_entry(hass)
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=9))
    coordinator = entry.runtime_data
    [today] = actions.report(coordinator, 1)["days"]
    assert today["sitting_minutes"] == 9
    assert actions.status(coordinator)["streak_minutes"] == 9


async def test_an_answer_before_start_counts_no_downtime(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory
) -> None:
    """Asked while Home Assistant still starts, the coach does not tick yet: the
    downtime is judged by async_start, not counted as sitting by a status answer."""
    from homeassistant.core import CoreState

    from custom_components.hamstring_coach import actions

    entry = await setup_entry(hass)
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=12))
    await hass.config_entries.async_unload(entry.entry_id)
    freezer.tick(timedelta(minutes=20))
    await set_chair(hass, False)  # the chair changed while down: unknown time
    await set_chair(hass, True)
    freezer.tick(timedelta(minutes=20))
    hass.set_state(CoreState.starting)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    answer = actions.status(entry.runtime_data)
    assert answer["sitting_today_minutes"] == 12  # nothing of the 40 minutes
    hass.set_state(CoreState.running)
    hass.bus.async_fire("homeassistant_started")
    await hass.async_block_till_done()
    assert actions.status(entry.runtime_data)["sitting_today_minutes"] == 12
