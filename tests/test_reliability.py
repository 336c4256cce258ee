"""Reliability: hostile input, reload loops, clock jumps, bad files, lost sources, households."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
from hypothesis import HealthCheck, given, settings, strategies as st
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_mock_service,
)

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant, ServiceCall
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import entity_registry as er, issue_registry as ir
from homeassistant.util import dt as dt_util

from custom_components.hamstring_coach.const import DOMAIN
from custom_components.hamstring_coach.core.coach import Coach, CoachSettings

from .conftest import STREAK, TODAY, advance, make_entry, set_chair, setup_entry, value

SERVICES = [
    "snooze",
    "start_routine",
    "next_step",
    "pause_routine",
    "resume_routine",
    "stop_routine",
    "log_symptoms",
    "get_report",
    "delete_history",
]
RESPONSE_ONLY = {"get_report"}

values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=2000),
    st.lists(st.text(max_size=20), max_size=5),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)
field_names = st.sampled_from(
    [
        "config_entry_id",
        "minutes",
        "routine",
        "tightness",
        "pain",
        "side",
        "sensations",
        "context",
        "notes",
        "days",
        "surprise",
    ]
)


@pytest.mark.timeout(300)
async def test_hostile_service_calls_only_raise_translated_errors(
    hass: HomeAssistant, chair: str, caplog: pytest.LogCaptureFixture
) -> None:
    entry = await setup_entry(hass)
    other = MockConfigEntry(domain="input_boolean", title="Other")
    other.add_to_hass(hass)
    entry_ids = st.one_of(
        st.just(entry.entry_id), st.just(other.entry_id), st.text(max_size=40), values
    )
    # Hypothesis cannot drive a coroutine inside the running loop: it draws the calls
    # here, and they run below, one by one.
    calls: list[tuple[str, Any, dict[str, Any]]] = []

    @settings(
        max_examples=300,
        deadline=None,
        database=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
        ],
    )
    @given(
        service=st.sampled_from(SERVICES),
        entry_id=entry_ids,
        data=st.dictionaries(field_names, values, max_size=4),
    )
    def draw(service: str, entry_id: Any, data: dict[str, Any]) -> None:
        calls.append((service, entry_id, data))

    draw()
    assert len(calls) >= 250
    rejected = 0
    for service, entry_id, data in calls:
        rejected += await _hostile_call(
            hass, entry, service, {"config_entry_id": entry_id, **data}
        )
    assert rejected > 100  # most random calls are wrong, and each was answered clearly
    assert "Traceback" not in caplog.text


async def _hostile_call(
    hass: HomeAssistant, entry: Any, service: str, call: dict[str, Any]
) -> int:
    """Make one call; a rejection is translated and changes nothing. Return 1 if rejected."""
    states_before = {
        s.entity_id: (s.state, dict(s.attributes)) for s in hass.states.async_all()
    }
    try:
        await hass.services.async_call(
            DOMAIN,
            service,
            call,
            blocking=True,
            return_response=service in RESPONSE_ONLY,
        )
    except ServiceValidationError as err:
        error: ServiceValidationError | None = err
    else:
        error = None
    await hass.async_block_till_done()
    if error is not None:
        assert error.translation_domain == DOMAIN
        assert error.translation_key
        assert str(error)  # rendered from the translations
        states_after = {
            s.entity_id: (s.state, dict(s.attributes)) for s in hass.states.async_all()
        }
        assert states_after == states_before  # nothing changed on rejection
    coordinator = entry.runtime_data  # undo a valid call, so each call starts alike
    if coordinator.engine.runner.current is not None:
        coordinator.run(coordinator.engine.stop_routine)
        await hass.async_block_till_done()
    return int(error is not None)


def live_timers(hass: HomeAssistant) -> int:
    """Return the loop's timers that will still run (cancelled ones wait in the heap
    until asyncio drops them, which depends on how many there are)."""
    scheduled = hass.loop._scheduled  # type: ignore[attr-defined]
    return sum(1 for handle in scheduled if not handle.cancelled())


async def test_reload_fifty_times_leaves_nothing_behind(
    hass: HomeAssistant, chair: str
) -> None:
    entry = await setup_entry(hass)
    await set_chair(hass, True)
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    listeners = hass.bus.async_listeners()
    scheduled = live_timers(hass)
    tasks = len(hass._tasks) + len(hass._background_tasks)
    for _ in range(50):
        assert await hass.config_entries.async_reload(entry.entry_id)
        await hass.async_block_till_done()
    after = hass.bus.async_listeners()
    # no event gains a listener (a store's pending final write may have been done)
    assert all(after.get(event, 0) <= count for event, count in listeners.items())
    assert set(after) <= set(listeners)
    assert live_timers(hass) <= scheduled
    assert len(hass._tasks) + len(hass._background_tasks) <= tasks
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.NOT_LOADED


def test_clock_jumps_in_the_core() -> None:
    t0 = datetime(2026, 5, 4, 9, tzinfo=UTC)
    coach = Coach(
        CoachSettings(
            timedelta(minutes=45),
            timedelta(seconds=60),
            timedelta(minutes=10),
            timedelta(0),
        ),
        UTC,
    )
    coach.source_changed(t0, True)
    coach.tick(t0 + timedelta(minutes=30))
    before = coach.view(t0 + timedelta(minutes=30))
    back = t0 + timedelta(minutes=30) - timedelta(hours=3)
    coach.tick(back)  # the clock went back three hours
    view = coach.view(back)
    assert view.streak_minutes == before.streak_minutes == 30
    assert view.sitting_today_minutes == 30  # never negative, never reduced
    assert coach.next_instant(back) > back
    coach.tick(t0 + timedelta(minutes=40))  # catching up counts nothing twice
    assert coach.view(t0 + timedelta(minutes=40)).sitting_today_minutes == 40
    ahead = t0 + timedelta(hours=5)
    said = coach.tick(ahead)  # forward: the source still says sitting
    assert coach.view(ahead).streak_minutes == 300
    assert [r.kind.value for r in said] == ["break_due"]


async def test_clock_jumps_in_home_assistant(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory
) -> None:
    freezer.move_to("2026-05-04 09:00:00+00:00")
    await setup_entry(hass)
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=20))
    freezer.move_to("2026-05-04 06:20:00+00:00")
    await advance(hass, freezer, timedelta(minutes=2))
    assert int(value(hass, STREAK)) >= 20
    freezer.move_to("2026-05-04 14:00:00+00:00")
    await advance(hass, freezer, timedelta(minutes=1))
    assert int(value(hass, STREAK)) >= 20
    assert int(value(hass, TODAY)) >= 20


BAD_STATE_FILES = {
    "truncated": {
        "format": 1,
        "saved_at": "2026-05-04T09:00:00+00:00",
        "tracker": {"phase": "idle"},
    },
    "empty": {},
    "garbage": {"format": 1, "saved_at": 7, "tracker": [1, 2], "reminders": "x"},
}
BAD_SYMPTOM_FILES = {
    "truncated": {"entries": [{"at": "2026-05-04T09:00:00+00:00"}]},
    "empty": {"entries": None},
    "garbage": {"entries": [["\x00\xff", 3]]},
    "not a mapping": ["entries"],
}


@pytest.mark.parametrize(
    ("key", "data", "issue"),
    [
        *(
            (f"{DOMAIN}.entry1", data, "state_reset_entry1_state")
            for data in BAD_STATE_FILES.values()
        ),
        *(
            (f"{DOMAIN}.entry1.symptoms", data, "state_reset_entry1_symptoms")
            for data in BAD_SYMPTOM_FILES.values()
        ),
    ],
)
async def test_bad_files_never_stop_setup(
    hass: HomeAssistant,
    chair: str,
    hass_storage: dict[str, Any],
    key: str,
    data: Any,
    issue: str,
) -> None:
    hass_storage[key] = {"version": 1, "minor_version": 1, "key": key, "data": data}
    entry = await setup_entry(hass)
    assert entry.state is ConfigEntryState.LOADED
    if data == {}:  # an empty state file is simply no state (Home Assistant's own rule)
        return
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue) is not None


@pytest.mark.parametrize(
    ("key", "issue"),
    [
        (f"{DOMAIN}.entry1", "state_reset_entry1_state"),
        (f"{DOMAIN}.entry1.symptoms", "state_reset_entry1_symptoms"),
    ],
)
async def test_newer_file_version_is_left_untouched(
    hass: HomeAssistant, chair: str, hass_storage: dict[str, Any], key: str, issue: str
) -> None:
    hass_storage[key] = {
        "version": 7,
        "minor_version": 1,
        "key": key,
        "data": {"future": True},
    }
    entry = await setup_entry(hass)
    assert entry.state is ConfigEntryState.LOADED
    assert ir.async_get(hass).async_get_issue(DOMAIN, issue) is not None
    await set_chair(hass, True)
    coordinator = entry.runtime_data
    assert coordinator.store._atomic_writes  # writes go through a temp file and rename
    assert coordinator.care.symptoms.store._atomic_writes
    await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    assert hass_storage[key]["version"] == 7  # a read-only store never overwrote it


async def test_removed_or_renamed_source_raises_a_repair(hass: HomeAssistant) -> None:
    registry = er.async_get(hass)
    source = registry.async_get_or_create(
        "binary_sensor", "test", "chair", suggested_object_id="chair"
    )
    hass.states.async_set(source.entity_id, "on")
    entry = make_entry()
    entry.add_to_hass(hass)
    hass.config_entries.async_update_entry(
        entry, data={"sitting_entities": [source.entity_id]}
    )
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert ir.async_get(hass).async_get_issue(DOMAIN, "source_missing_entry1") is None
    registry.async_update_entity(source.entity_id, new_entity_id="binary_sensor.stool")
    await hass.async_block_till_done()
    issue = ir.async_get(hass).async_get_issue(DOMAIN, "source_missing_entry1")
    assert issue is not None
    assert issue.translation_placeholders["entity_id"] == source.entity_id
    # the fix: reconfigure with the new entity
    result = await entry.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"sitting_entities": ["binary_sensor.stool"]}
    )
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    await hass.async_block_till_done()
    assert result["reason"] == "reconfigure_successful"
    assert ir.async_get(hass).async_get_issue(DOMAIN, "source_missing_entry1") is None
    registry.async_remove("binary_sensor.stool")
    await hass.async_block_till_done()
    assert (
        ir.async_get(hass).async_get_issue(DOMAIN, "source_missing_entry1") is not None
    )
    assert entry.state is ConfigEntryState.LOADED


async def test_a_household_of_ten(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    freezer.move_to("2026-05-04 09:00:00+00:00")
    phones: dict[int, list[ServiceCall]] = {}
    entries = []
    for n in range(10):
        phones[n] = async_mock_service(hass, "notify", f"mobile_app_phone_{n}")
        hass.states.async_set(f"binary_sensor.chair_{n}", "off")
        entry = MockConfigEntry(
            domain=DOMAIN,
            title=f"Person {n}",
            data={"sitting_entities": [f"binary_sensor.chair_{n}"]},
            options={
                "break_after": 10 + n,
                "min_break": 60,
                "reminder_repeat": 0,
                "notify_targets": [f"notify.mobile_app_phone_{n}"],
            },
        )
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        entries.append(entry)
    await hass.async_block_till_done()
    for n in range(10):
        hass.states.async_set(f"binary_sensor.chair_{n}", "on")
    await hass.async_block_till_done()
    await advance(hass, freezer, timedelta(minutes=15, seconds=30))
    # persons 0-5 are due (break_after 10-15), each on their own phone only
    for n in range(10):
        reminders = [c for c in phones[n] if "actions" in c.data.get("data", {})]
        assert len(reminders) == (1 if n <= 5 else 0), n
        for reminder in reminders:
            assert (
                reminder.data["data"]["tag"] == f"hamstring_coach_{entries[n].entry_id}"
            )
    # person 3 snoozes from the phone: only person 3's profile is snoozed
    hass.bus.async_fire(
        "mobile_app_notification_action",
        {"action": f"HAMSTRING_COACH_SNOOZE_{entries[3].entry_id}"},
    )
    await hass.async_block_till_done()
    snoozed = [e.runtime_data.snapshot.view.snoozed_until is not None for e in entries]
    assert snoozed == [n == 3 for n in range(10)]
    assert dt_util.utcnow()  # the clock is still the frozen one
