"""Routines in a real Home Assistant: services, entities, events, speaker, YAML file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import async_mock_service

from homeassistant.core import HomeAssistant, ServiceCall
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import issue_registry as ir
from homeassistant.util import dt as dt_util

from custom_components.hamstring_coach.const import DOMAIN

from .conftest import (
    BREAKS,
    STREAK,
    advance,
    record_coach_events,
    set_chair,
    setup_entry,
    value,
)

STEP = "sensor.study_desk_routine_step"
PROGRESS = "sensor.study_desk_routine_progress"
WEEK = "sensor.study_desk_routines_this_week"
STREAK_DAYS = "sensor.study_desk_routine_streak"
SELECT = "select.study_desk_routine"
START = "button.study_desk_start_routine"
NEXT = "button.study_desk_next_routine_step"
STOP = "button.study_desk_stop_routine"


@pytest.fixture(autouse=True)
def start_time(freezer: FrozenDateTimeFactory) -> None:
    freezer.move_to(dt_util.parse_datetime("2026-05-06 09:00:00+00:00"))


@pytest.fixture
def events(hass: HomeAssistant) -> list[tuple[str, dict[str, Any]]]:
    return record_coach_events(hass)


async def call(hass: HomeAssistant, service: str, **data: Any) -> None:
    await hass.services.async_call(
        DOMAIN, service, {"config_entry_id": "entry1", **data}, blocking=True
    )
    await hass.async_block_till_done()


async def test_desk_break_runs_step_by_step(
    hass: HomeAssistant,
    chair: str,
    freezer: FrozenDateTimeFactory,
    events: list[tuple[str, dict[str, Any]]],
) -> None:
    await setup_entry(hass)
    assert value(hass, STEP) == "idle"
    assert hass.states.get(SELECT).state == "desk_break"
    await hass.services.async_call(
        "button", "press", {"entity_id": START}, blocking=True
    )
    await hass.async_block_till_done()
    assert [e[0] for e in events] == ["routine_started", "routine_step"]
    assert value(hass, STEP) == "Stand up"
    attributes = hass.states.get(STEP).attributes
    assert (attributes["index"], attributes["total"], attributes["seconds_left"]) == (
        1,
        4,
        15,
    )
    await advance(hass, freezer, timedelta(seconds=15))
    assert value(hass, STEP) == "Walk"
    assert value(hass, PROGRESS) == "25"
    await advance(hass, freezer, timedelta(seconds=45))
    assert value(hass, STEP) == "Leg swings"
    step = events[-1][1]
    assert (step["reps"], step["side"], step["seconds"]) == (10, "each", None)
    await advance(hass, freezer, timedelta(minutes=5))
    assert value(hass, STEP) == "Leg swings"  # counted steps wait for "next"
    await call(hass, "next_step")
    assert value(hass, STEP) == "Standing hip hinge"
    await call(hass, "next_step")
    assert value(hass, STEP) == "idle"
    assert events[-1][0] == "routine_completed"
    assert value(hass, WEEK) == "1"
    assert value(hass, STREAK_DAYS) == "1"


async def press(hass: HomeAssistant, entity_id: str) -> None:
    await hass.services.async_call(
        "button", "press", {"entity_id": entity_id}, blocking=True
    )
    await hass.async_block_till_done()


async def test_dashboard_buttons_start_advance_and_stop(
    hass: HomeAssistant, chair: str, events: list[tuple[str, dict[str, Any]]]
) -> None:
    await setup_entry(hass)
    for button in (NEXT, STOP):
        with pytest.raises(ServiceValidationError) as err:
            await press(hass, button)
        assert err.value.translation_key == "no_routine_running"
    await press(hass, START)
    first = value(hass, STEP)
    assert hass.states.get(STEP).attributes["index"] == 1
    await press(hass, NEXT)
    assert value(hass, STEP) != first
    assert hass.states.get(STEP).attributes["index"] == 2
    await press(hass, STOP)
    assert value(hass, STEP) == "idle"
    assert events[-1][0] == "routine_stopped"
    assert events[-1][1]["steps_done"] == 1


async def test_select_pause_resume_stop_and_errors(
    hass: HomeAssistant,
    chair: str,
    freezer: FrozenDateTimeFactory,
    events: list[tuple[str, dict[str, Any]]],
) -> None:
    await setup_entry(hass)
    for service in ("next_step", "pause_routine", "resume_routine", "stop_routine"):
        with pytest.raises(ServiceValidationError) as err:
            await call(hass, service)
        assert err.value.translation_key == "no_routine_running"
    with pytest.raises(ServiceValidationError) as err:
        await call(hass, "start_routine", routine="yoga")
    assert err.value.translation_key == "unknown_routine"
    assert "nerve_glides" in str(err.value)
    await hass.services.async_call(
        "select",
        "select_option",
        {"entity_id": SELECT, "option": "glute_core"},
        blocking=True,
    )
    await call(hass, "start_routine")
    assert hass.states.get(STEP).attributes["routine"] == "glute_core"
    await call(hass, "start_routine", routine="posture_reset")
    assert [e[0] for e in events][-3:] == [
        "routine_stopped",
        "routine_started",
        "routine_step",
    ]
    await call(hass, "next_step")
    await call(hass, "next_step")
    await call(hass, "next_step")  # now the timed posture check (20 s)
    await call(hass, "pause_routine")
    await advance(hass, freezer, timedelta(minutes=2))
    assert value(hass, STEP) == "Posture check"
    assert hass.states.get(STEP).attributes["paused"] is True
    await call(hass, "resume_routine")
    await advance(hass, freezer, timedelta(seconds=20))
    assert events[-1][0] == "routine_completed"
    await call(hass, "start_routine", routine="nerve_glides")
    await call(hass, "stop_routine")
    assert events[-1][0] == "routine_stopped"
    assert events[-1][1]["steps_done"] == 0
    assert value(hass, WEEK) == "1"  # stopped runs do not count


async def test_speaker_announces_each_step(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory
) -> None:
    speak = async_mock_service(hass, "tts", "speak")
    await setup_entry(
        hass, announce_tts="tts.piper", announce_media_player="media_player.office"
    )
    await call(hass, "start_routine", routine="nerve_glides")
    messages = [c.data["message"] for c in speak]
    assert messages[0] == (
        "Starting Sciatic nerve glides. Stop and log your symptoms if pain goes beyond "
        "mild, or if numbness, tingling or weakness appears or spreads."
    )
    assert messages[1].startswith("Seated nerve glide. Sit tall")
    assert "10 times" in messages[1]
    assert "other side" in messages[1]
    assert "log your symptoms" in messages[1]
    assert speak[0].data["entity_id"] == "tts.piper"
    assert speak[0].data["media_player_entity_id"] == "media_player.office"
    await call(hass, "stop_routine")
    assert speak[-1].data["message"] == "Sciatic nerve glides stopped."


async def test_phone_action_starts_desk_break(
    hass: HomeAssistant, chair: str, events: list[tuple[str, dict[str, Any]]]
) -> None:
    await setup_entry(hass)
    hass.bus.async_fire(
        "mobile_app_notification_action",
        {"action": "HAMSTRING_COACH_DESK_BREAK_entry1"},
    )
    await hass.async_block_till_done()
    assert events[0][1]["routine"] == "desk_break"


async def test_finished_routine_ends_the_streak_only_when_up(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory
) -> None:
    await setup_entry(hass, min_break=300)
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=30))
    # done in the chair: the sources say sitting, so no break is invented
    await call(hass, "start_routine", routine="posture_reset")
    for _ in range(4):
        await call(hass, "next_step")
    assert value(hass, BREAKS) == "0"
    assert value(hass, STREAK) == "30"
    # up for a desk break: shorter than min_break, but the finished routine confirms it
    await call(hass, "start_routine", routine="desk_break")
    await set_chair(hass, False)
    await advance(hass, freezer, timedelta(minutes=1))
    await call(hass, "next_step")
    await call(hass, "next_step")
    assert value(hass, BREAKS) == "1"
    assert value(hass, STREAK) == "0"


async def test_restart_during_routine_resumes(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory
) -> None:
    entry = await setup_entry(hass)
    await call(hass, "start_routine", routine="desk_break")
    await advance(hass, freezer, timedelta(seconds=20))
    assert value(hass, STEP) == "Walk"
    await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert value(hass, STEP) == "Walk"
    await hass.config_entries.async_unload(entry.entry_id)
    freezer.tick(timedelta(minutes=30))
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert value(hass, STEP) == "idle"
    assert entry.runtime_data.engine.runner.completions[-1].finished is False


async def test_user_routines_file(
    hass: HomeAssistant, chair: str, events: list[tuple[str, dict[str, Any]]]
) -> None:
    path = Path(hass.config.path("hamstring_coach_routines.yaml"))
    path.write_text(
        "- id: evening\n"
        "  name: Evening unwind\n"
        "  steps:\n"
        "    - id: walk\n"
        "      name: Slow walk\n"
        "      instruction: Walk slowly around the house.\n"
        "      seconds: 60\n",
        encoding="utf-8",
    )
    try:
        entry = await setup_entry(hass)
        assert "evening" in hass.states.get(SELECT).attributes["options"]
        await call(hass, "start_routine", routine="evening")
        assert value(hass, STEP) == "Slow walk"
        # break the file: the built-ins keep working and a repair names the line
        path.write_text(path.read_text(encoding="utf-8").replace("60", "6000"))
        await hass.config_entries.async_reload(entry.entry_id)
        await hass.async_block_till_done()
        issue = ir.async_get(hass).async_get_issue(DOMAIN, "routines_file_entry1")
        assert issue is not None
        assert issue.translation_placeholders["line"] == "7"
        assert "600" in issue.translation_placeholders["problem"]
        assert "evening" not in hass.states.get(SELECT).attributes["options"]
        await call(hass, "start_routine", routine="desk_break")
        # a missing file is fine and clears the repair
        path.unlink()
        await hass.config_entries.async_reload(entry.entry_id)
        await hass.async_block_till_done()
        assert (
            ir.async_get(hass).async_get_issue(DOMAIN, "routines_file_entry1") is None
        )
    finally:
        path.unlink(missing_ok=True)


async def test_routine_diagnostics_hold_no_notes(
    hass: HomeAssistant, chair: str
) -> None:
    entry = await setup_entry(hass)
    await call(hass, "start_routine", routine="desk_break")
    data = entry.runtime_data._data_to_save()
    assert data["routines"]["current"] == "desk_break"
    assert data["routines"]["selected"] == "desk_break"


async def test_speaker_needs_both_entities(hass: HomeAssistant, chair: str) -> None:
    speak: list[ServiceCall] = async_mock_service(hass, "tts", "speak")
    await setup_entry(hass, announce_tts="tts.piper")
    await call(hass, "start_routine", routine="desk_break")
    assert speak == []


async def test_unreadable_routines_file_keeps_builtins(
    hass: HomeAssistant, chair: str
) -> None:
    path = Path(hass.config.path("hamstring_coach_routines.yaml"))
    path.write_bytes(b"\xff\xfe not text")
    try:
        await setup_entry(hass)
        issue = ir.async_get(hass).async_get_issue(DOMAIN, "routines_file_entry1")
        assert issue is not None
        assert "desk_break" in hass.states.get(SELECT).attributes["options"]
    finally:
        path.unlink(missing_ok=True)


@pytest.mark.parametrize(
    ("said", "routine"),
    [
        ("Schreibtischpause", "desk_break"),  # the German name, with English on
        ("the desk break routine", "desk_break"),
        ("la routine pause au bureau", "desk_break"),
        ("d'activation des fessiers", "glute_core"),  # the start of a longer name
        ("zenuwglijoefeningen", "nerve_glides"),
        ("deslizamientos del nervio ciático", "nerve_glides"),
        ("posture resets", "posture_reset"),
        ("movilidad dinamica", "dynamic_mobility"),  # no accents
        ("Gesass- und Rumpfaktivierung", "glute_core"),
        ("Ischiasnerv Gleitübungen", "nerve_glides"),  # no hyphen
    ],
)
async def test_a_routine_is_found_by_its_name_in_any_language(
    hass: HomeAssistant, chair: str, said: str, routine: str
) -> None:
    entry = await setup_entry(hass)
    await call(hass, "start_routine", routine=said)
    assert entry.runtime_data.engine.runner.current.id == routine
