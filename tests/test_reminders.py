"""Reminders in a real Home Assistant: events, phone notifications, snooze, schedule, pause."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import async_mock_service

from homeassistant.const import STATE_OFF, STATE_ON
from homeassistant.core import HomeAssistant, ServiceCall
from homeassistant.exceptions import ServiceValidationError
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from custom_components.hamstring_coach.const import (
    ACTION_SNOOZE_PREFIX,
    ACTION_UP_PREFIX,
    DOMAIN,
)

from .conftest import (
    BREAK_DUE,
    BREAKS,
    SNOOZE,
    SWITCH,
    advance,
    record_coach_events,
    set_chair,
    setup_entry,
    turn,
    value,
)

PHONE = "notify.mobile_app_pixel"
DISPLAY = "notify.kitchen_display"


@pytest.fixture(autouse=True)
def start_time(freezer: FrozenDateTimeFactory) -> None:
    freezer.move_to(dt_util.parse_datetime("2026-05-04 09:00:00+00:00"))


@pytest.fixture
def events(hass: HomeAssistant) -> list[tuple[str, dict[str, Any]]]:
    return record_coach_events(hass)


@pytest.fixture
def phone(hass: HomeAssistant) -> list[ServiceCall]:
    return async_mock_service(hass, "notify", "mobile_app_pixel")


async def booleans(hass: HomeAssistant, *names: str) -> None:
    assert await async_setup_component(
        hass, "input_boolean", {"input_boolean": {name: {} for name in names}}
    )
    await hass.async_block_till_done()


async def test_break_due_event_notification_and_repeat(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    events: list[tuple[str, dict[str, Any]]],
    phone: list[ServiceCall],
) -> None:
    await booleans(hass, "desk_chair")
    await setup_entry(hass, notify_targets=[PHONE], posture_check_every=20)
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=44, seconds=30))
    assert [e[0] for e in events] == ["posture_check", "posture_check"]
    assert value(hass, BREAK_DUE) == STATE_OFF
    await advance(hass, freezer, timedelta(seconds=30))
    assert value(hass, BREAK_DUE) == STATE_ON
    kind, attributes = events[-1]
    assert kind == "break_due"
    assert attributes["streak_minutes"] == 45
    assert attributes["reminder_number"] == 1
    await advance(hass, freezer, timedelta(minutes=10))
    assert [e[0] for e in events][-2:] == ["break_due", "break_due"]
    breaks = [c for c in phone if "actions" in c.data.get("data", {})]
    assert len(breaks) == 2
    data = breaks[0].data
    assert data["title"] == "Time to stand up"
    assert "45 minutes" in data["message"]
    assert data["data"]["tag"] == "hamstring_coach_entry1"
    assert [a["action"] for a in data["data"]["actions"]] == [
        f"{ACTION_SNOOZE_PREFIX}entry1",
        f"{ACTION_UP_PREFIX}entry1",
        "HAMSTRING_COACH_DESK_BREAK_entry1",
    ]
    assert [a["title"] for a in data["data"]["actions"]] == [
        "Snooze 15 min",
        "I'm up",
        "Start desk break",
    ]
    # a break clears break_due and the notification on the phone
    await set_chair(hass, False)
    await advance(hass, freezer, timedelta(minutes=2))
    assert value(hass, BREAK_DUE) == STATE_OFF
    assert events[-1][0] == "break_taken"
    assert phone[-1].data["message"] == "clear_notification"
    assert phone[-1].data["data"]["tag"] == "hamstring_coach_entry1"


async def test_phone_actions_for_this_entry_only(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    events: list[tuple[str, dict[str, Any]]],
    phone: list[ServiceCall],
) -> None:
    await booleans(hass, "desk_chair")
    entry = await setup_entry(hass, notify_targets=[PHONE])
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=45))
    assert len(events) == 1
    hass.bus.async_fire(
        "mobile_app_notification_action", {"action": f"{ACTION_SNOOZE_PREFIX}other"}
    )
    await hass.async_block_till_done()
    assert entry.runtime_data.snapshot.view.snoozed_until is None
    hass.bus.async_fire(
        "mobile_app_notification_action", {"action": f"{ACTION_SNOOZE_PREFIX}entry1"}
    )
    await hass.async_block_till_done()
    assert entry.runtime_data.snapshot.view.snoozed_until is not None
    assert value(hass, BREAK_DUE) == STATE_OFF
    assert hass.states.get(SWITCH).attributes["snoozed_until"] is not None
    assert phone[-1].data["message"] == "clear_notification"
    await advance(hass, freezer, timedelta(minutes=15))
    assert len(events) == 2  # delivered when the snooze ended
    # "I'm up": no repeat for five minutes, then again if still sitting
    hass.bus.async_fire(
        "mobile_app_notification_action", {"action": f"{ACTION_UP_PREFIX}entry1"}
    )
    await hass.async_block_till_done()
    await advance(hass, freezer, timedelta(minutes=4, seconds=30))
    assert len(events) == 2
    await advance(hass, freezer, timedelta(minutes=1))
    assert len(events) == 3


async def test_switch_and_button(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    events: list[tuple[str, dict[str, Any]]],
) -> None:
    await booleans(hass, "desk_chair")
    await setup_entry(hass)
    await set_chair(hass, True)
    await hass.services.async_call(
        "switch", "turn_off", {"entity_id": SWITCH}, blocking=True
    )
    await advance(hass, freezer, timedelta(minutes=60))
    assert events == []
    assert value(hass, BREAK_DUE) == STATE_OFF
    await hass.services.async_call(
        "switch", "turn_on", {"entity_id": SWITCH}, blocking=True
    )
    await hass.async_block_till_done()
    assert [e[0] for e in events] == ["break_due"]
    await hass.services.async_call(
        "button", "press", {"entity_id": SNOOZE}, blocking=True
    )
    await advance(hass, freezer, timedelta(minutes=14, seconds=30))
    assert len(events) == 1
    await advance(hass, freezer, timedelta(seconds=30))
    assert len(events) == 2


async def test_schedule_and_pause(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    events: list[tuple[str, dict[str, Any]]],
) -> None:
    await booleans(hass, "desk_chair", "work_hours", "meeting")
    await setup_entry(
        hass,
        active_schedule="input_boolean.work_hours",
        pause_while=["input_boolean.meeting"],
        reminder_repeat=0,
    )
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=50))
    assert events == []  # outside work hours
    await turn(hass, "input_boolean.meeting", True)
    await turn(hass, "input_boolean.work_hours", True)
    assert value(hass, BREAK_DUE) == STATE_ON
    await advance(hass, freezer, timedelta(minutes=20))
    assert events == []  # held during the meeting
    await turn(hass, "input_boolean.meeting", False)
    assert [e[0] for e in events] == ["break_due"]
    assert events[0][1]["streak_minutes"] == 70
    await advance(hass, freezer, timedelta(minutes=30))
    assert len(events) == 1  # repeat 0: once


async def test_restart_keeps_snooze_and_switch(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    await booleans(hass, "desk_chair")
    entry = await setup_entry(hass)
    await hass.services.async_call(
        DOMAIN,
        "snooze",
        {"config_entry_id": entry.entry_id, "minutes": 30},
        blocking=True,
    )
    await hass.services.async_call(
        "switch", "turn_off", {"entity_id": SWITCH}, blocking=True
    )
    await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert value(hass, SWITCH) == STATE_OFF
    assert entry.runtime_data.snapshot.view.snoozed_until is not None
    assert hass.states.get(SWITCH).attributes["snoozed_until"] is not None


async def test_notify_entity_and_late_target(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
) -> None:
    await booleans(hass, "desk_chair")
    send_message = async_mock_service(hass, "notify", "send_message")
    hass.states.async_set(DISPLAY, "unknown")
    await setup_entry(hass, notify_targets=[DISPLAY, PHONE])
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=45))
    assert len(send_message) == 1
    assert send_message[0].data["entity_id"] == DISPLAY
    assert "45 minutes" in send_message[0].data["message"]
    # the phone's action appears only now: the queued reminder is delivered on retry
    phone = async_mock_service(hass, "notify", "mobile_app_pixel")
    await advance(hass, freezer, timedelta(seconds=30))
    assert len(phone) == 1
    assert "45 minutes" in phone[0].data["message"]


async def test_snooze_service_validation(hass: HomeAssistant) -> None:
    await booleans(hass, "desk_chair")
    entry = await setup_entry(hass)
    for minutes in (0, 241, "ten", 1.5):
        with pytest.raises(ServiceValidationError) as err:
            await hass.services.async_call(
                DOMAIN,
                "snooze",
                {"config_entry_id": entry.entry_id, "minutes": minutes},
                blocking=True,
            )
        assert err.value.translation_key == "out_of_range"
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN, "snooze", {"config_entry_id": "nope", "minutes": 5}, blocking=True
        )
    assert err.value.translation_key == "entry_not_found"
    await hass.config_entries.async_unload(entry.entry_id)
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN,
            "snooze",
            {"config_entry_id": entry.entry_id, "minutes": 5},
            blocking=True,
        )
    assert err.value.translation_key == "entry_not_loaded"
    assert "Study desk" in str(err.value)


async def test_each_target_retries_on_its_own(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory
) -> None:
    await booleans(hass, "desk_chair")
    entry = await setup_entry(
        hass, notify_targets=[PHONE, "notify.mobile_app_tablet"], reminder_repeat=0
    )
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=45))
    notifier = entry.runtime_data.notifier
    assert set(notifier.pending) == {PHONE, "notify.mobile_app_tablet"}
    await advance(hass, freezer, timedelta(minutes=9))
    assert len(notifier.pending) == 2  # still trying after 9 minutes
    await advance(hass, freezer, timedelta(minutes=2))
    assert notifier.pending == {}  # given up after ten minutes, for each target


async def test_break_statistics_sensors_and_report(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory
) -> None:
    """Reminders, snoozes and breaks after a reminder, as sensors and in the report."""
    entry = await setup_entry(hass)  # break after 45, repeat every 10
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=46))  # reminded at 45
    await set_chair(hass, False)  # up a minute later: answered
    await advance(hass, freezer, timedelta(minutes=5))
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=46))  # reminded again
    await hass.services.async_call(
        "button", "press", {"entity_id": SNOOZE}, blocking=True
    )
    await advance(hass, freezer, timedelta(minutes=5))
    await set_chair(hass, False)  # up 6 minutes after it: not answered
    await advance(hass, freezer, timedelta(minutes=2))
    assert value(hass, "sensor.study_desk_reminders_today") == "2"
    assert value(hass, "sensor.study_desk_reminders_snoozed_today") == "1"
    assert value(hass, "sensor.study_desk_breaks_after_a_reminder_today") == "1"
    assert value(hass, BREAKS) == "2"
    response = await hass.services.async_call(
        DOMAIN,
        "get_report",
        {"config_entry_id": entry.entry_id, "days": 1},
        blocking=True,
        return_response=True,
    )
    [today] = response["days"]  # type: ignore[index]
    assert (
        today["reminders"],
        today["reminders_snoozed"],
        today["breaks_after_reminder"],
    ) == (2, 1, 1)


async def test_unanswered_reminders_escalate_to_the_speaker(
    hass: HomeAssistant,
    chair: str,
    freezer: FrozenDateTimeFactory,
    events: list[tuple[str, dict[str, Any]]],
) -> None:
    speak = async_mock_service(hass, "tts", "speak")
    await setup_entry(
        hass,
        escalate_after=1,
        announce_tts="tts.piper",
        announce_media_player="media_player.office",
    )
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=46))
    assert [kind for kind, _ in events] == ["break_due"]
    assert speak == []  # the first reminder only goes to the phones
    await advance(hass, freezer, timedelta(minutes=10))  # still sitting: escalated
    assert [kind for kind, _ in events] == ["break_due", "break_due", "break_escalated"]
    assert events[-1][1]["reminder_number"] == 2
    [said] = [c.data for c in speak]
    assert said["media_player_entity_id"] == "media_player.office"
    assert "55 minutes" in said["message"]
    # up, and back: a new streak starts calm
    await set_chair(hass, False)
    await advance(hass, freezer, timedelta(minutes=3))
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=46))
    assert [kind for kind, _ in events][-1] == "break_due"
    assert len(speak) == 1


async def test_stand_nudge_and_goal_through_home_assistant(
    hass: HomeAssistant,
    chair: str,
    freezer: FrozenDateTimeFactory,
    events: list[tuple[str, dict[str, Any]]],
    phone: list[ServiceCall],
) -> None:
    """09:00 start: a nudge at 09:50 (no standing yet), none at 10:50 after a stand."""
    await setup_entry(
        hass,
        break_after=240,
        notify_targets=[PHONE],
        stand_nudge_minute=50,
        stand_goal_hours=1,
    )
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=51))
    assert [kind for kind, _ in events] == ["stand_nudge"]
    assert phone[-1].data["title"] == "Stand for a minute"
    await advance(hass, freezer, timedelta(minutes=15))  # 10:06
    await set_chair(hass, False)
    await advance(hass, freezer, timedelta(minutes=2))  # a stand hour: the goal
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=45))  # past 10:50
    assert [kind for kind, _ in events] == ["stand_nudge", "stand_goal_reached"]
    assert value(hass, "sensor.study_desk_stand_hours_today") == "1"
    # the goal is an event, not a phone message (standing up cleared the nudge)
    assert [c.data["message"] for c in phone][1:] == ["clear_notification"]
