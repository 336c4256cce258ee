"""The shipped blueprints, loaded through Home Assistant's blueprint integration and run."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path
import shutil

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
    async_mock_service,
)

from homeassistant.core import HomeAssistant
from homeassistant.helpers import device_registry as dr
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from .conftest import advance, set_chair, setup_entry, value

BLUEPRINTS = Path(__file__).resolve().parents[1] / "blueprints"
EVENT = "event.study_desk_coach"


@pytest.fixture(autouse=True)
def blueprint_dir(
    hass: HomeAssistant, tmp_path: Path, freezer: FrozenDateTimeFactory
) -> None:
    """Serve the repository's blueprints from a private config directory."""
    freezer.move_to(dt_util.parse_datetime("2026-05-06 09:00:00+00:00"))
    hass.config.config_dir = str(tmp_path)
    shutil.copytree(BLUEPRINTS, tmp_path / "blueprints")


async def test_break_reminder_blueprint(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory
) -> None:
    phone = async_mock_service(hass, "notify", "mobile_app_pixel")
    mobile_app = MockConfigEntry(domain="mobile_app")
    mobile_app.add_to_hass(hass)
    device = dr.async_get(hass).async_get_or_create(
        config_entry_id=mobile_app.entry_id,
        identifiers={("mobile_app", "pixel")},
        name="Pixel",
    )
    await setup_entry(hass)
    assert await async_setup_component(
        hass,
        "automation",
        {
            "automation": {
                "use_blueprint": {
                    "path": "hamstring_coach/break_reminder.yaml",
                    "input": {
                        "coach_event": EVENT,
                        "phone": device.id,
                        "snooze_minutes": 20,
                        "routine": "glute_core",
                    },
                }
            }
        },
    )
    await hass.async_block_till_done()
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=45))
    assert len(phone) == 1
    data = phone[0].data
    assert data["message"] == "You have been sitting for 45 minutes."
    actions = [a["action"] for a in data["data"]["actions"]]
    assert actions == [
        f"HAMSTRING_COACH_BP_SNOOZE_{EVENT}",
        f"HAMSTRING_COACH_BP_ROUTINE_{EVENT}",
    ]
    hass.bus.async_fire("mobile_app_notification_action", {"action": actions[0]})
    await hass.async_block_till_done()
    entry = hass.config_entries.async_entries("hamstring_coach")[0]
    snoozed_until = entry.runtime_data.snapshot.view.snoozed_until
    assert snoozed_until == dt_util.utcnow() + timedelta(minutes=20)
    hass.bus.async_fire("mobile_app_notification_action", {"action": actions[1]})
    await hass.async_block_till_done()
    assert (
        hass.states.get("sensor.study_desk_routine_step").attributes["routine"]
        == "glute_core"
    )
    # a break clears the notification
    await set_chair(hass, False)
    await advance(hass, freezer, timedelta(minutes=2))
    await hass.services.async_call(
        "hamstring_coach",
        "stop_routine",
        {"config_entry_id": entry.entry_id},
        blocking=True,
    )
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=20, seconds=30))
    await set_chair(hass, False)
    await advance(hass, freezer, timedelta(minutes=2))
    assert phone[-1].data["message"] == "clear_notification"
    # while the symptom log calls for a doctor today, no routine is offered or started
    await hass.services.async_call(
        "hamstring_coach",
        "log_symptoms",
        {"config_entry_id": entry.entry_id, "tightness": 6, "sensations": ["pop"]},
        blocking=True,
    )
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=45, seconds=30))
    held = phone[-1].data
    assert held["message"].startswith("You have been sitting for 45 minutes")
    assert [a["action"] for a in held["data"]["actions"]] == actions[:1]
    hass.bus.async_fire("mobile_app_notification_action", {"action": actions[1]})
    await hass.async_block_till_done()
    assert entry.runtime_data.engine.runner.current is None


async def settle(hass: HomeAssistant) -> None:
    """Let callbacks and tasks run without waiting for the script (it waits for steps)."""
    for _ in range(20):
        await asyncio.sleep(0)


async def tick(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, seconds: int
) -> None:
    for _ in range(seconds // 5):
        freezer.tick(timedelta(seconds=5))
        async_fire_time_changed(hass)
        await settle(hass)


@pytest.mark.timeout(60)
async def test_announce_routine_blueprint(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory
) -> None:
    speak = async_mock_service(hass, "tts", "speak")
    entry = await setup_entry(hass)
    assert await async_setup_component(
        hass,
        "script",
        {
            "script": {
                "desk_break_out_loud": {
                    "use_blueprint": {
                        "path": "hamstring_coach/announce_routine.yaml",
                        "input": {
                            "coach_event": EVENT,
                            "routine": "desk_break",
                            "tts_engine": "tts.piper",
                            "speaker": "media_player.office",
                        },
                    }
                }
            }
        },
    )
    await hass.async_block_till_done()
    await hass.services.async_call(
        "script", "turn_on", {"entity_id": "script.desk_break_out_loud"}
    )
    await settle(hass)
    assert [c.data["message"].split(".")[0] for c in speak] == ["Stand up"]
    assert speak[0].data["media_player_entity_id"] == "media_player.office"
    await tick(hass, freezer, 60)
    assert [c.data["message"].split(".")[0] for c in speak] == [
        "Stand up",
        "Walk",
        "Leg swings",
    ]
    for _ in range(2):
        await hass.services.async_call(
            "hamstring_coach",
            "next_step",
            {"config_entry_id": entry.entry_id},
            blocking=True,
        )
        await settle(hass)
    await hass.async_block_till_done()
    messages = [c.data["message"] for c in speak]
    assert messages[-2].startswith("Standing hip hinge.")
    assert messages[-1] == "Routine done. Nice work."
    assert value(hass, "script.desk_break_out_loud") == "off"


SITTING_SENSOR = "binary_sensor.study_desk_sitting"
BREAK_DUE_SENSOR = "binary_sensor.study_desk_break_due"


async def use_blueprint(
    hass: HomeAssistant, path: str, inputs: dict[str, object]
) -> None:
    assert await async_setup_component(
        hass,
        "automation",
        {"automation": {"use_blueprint": {"path": path, "input": inputs}}},
    )
    await hass.async_block_till_done()


async def chair_now(hass: HomeAssistant, on: bool) -> None:
    """Turn the chair without waiting for running automations to finish."""
    await hass.services.async_call(
        "input_boolean",
        "turn_on" if on else "turn_off",
        {"entity_id": "input_boolean.desk_chair"},
        blocking=True,
    )
    await settle(hass)


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    ("desk_input", "service", "field", "raised", "lowered"),
    [
        ("desk_cover", "cover.set_cover_position", "position", 100, 0),
        ("desk_number", "number.set_value", "value", 118.5, 72.0),
    ],
)
async def test_raise_desk_blueprint(
    hass: HomeAssistant,
    chair: str,
    freezer: FrozenDateTimeFactory,
    desk_input: str,
    service: str,
    field: str,
    raised: float,
    lowered: float,
) -> None:
    domain, name = service.split(".")
    moves = async_mock_service(hass, domain, name)
    desk = f"{domain}.desk"
    await setup_entry(hass)
    await use_blueprint(
        hass,
        "hamstring_coach/raise_desk.yaml",
        {
            "coach_event": EVENT,
            "sitting": SITTING_SENSOR,
            desk_input: desk,
            "raised": raised,
            "lowered": lowered,
        },
    )
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=45))
    assert [(c.data["entity_id"], c.data[field]) for c in moves] == [([desk], raised)]
    # a reload (an options change) restores the last event: the desk does not move
    entry = hass.config_entries.async_entries("hamstring_coach")[0]
    assert await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert len(moves) == 1
    # the break: nobody sits, so the desk stays up however long it takes (the
    # automation waits for the chair: no async_block_till_done from here on)
    await chair_now(hass, False)
    await tick(hass, freezer, 30 * 60)
    assert len(moves) == 1
    await chair_now(hass, True)  # back in the chair: down again
    await tick(hass, freezer, 10)
    assert [c.data[field] for c in moves] == [raised, lowered]


@pytest.mark.timeout(60)
async def test_light_cue_blueprint(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory
) -> None:
    light = async_mock_service(hass, "light", "turn_on")
    created = async_mock_service(hass, "scene", "create")
    restored = async_mock_service(hass, "scene", "turn_on")
    await setup_entry(hass, escalate_after=1)
    await use_blueprint(
        hass,
        "hamstring_coach/light_cue.yaml",
        {
            "coach_event": EVENT,
            "break_due": BREAK_DUE_SENSOR,
            "light": "light.desk_lamp",
            "due_color": [0, 120, 255],
            "escalated_color": [255, 0, 0],
        },
    )
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=45))
    assert created[0].data["snapshot_entities"] == ["light.desk_lamp"]
    assert [c.data["rgb_color"] for c in light] == [[0, 120, 255]]
    await advance(hass, freezer, timedelta(minutes=10))  # unanswered: escalated
    assert [c.data["rgb_color"] for c in light] == [[0, 120, 255], [255, 0, 0]]
    assert restored == []
    scene = created[0].data["scene_id"]
    hass.states.async_set(f"scene.{scene}", "unknown")  # what scene.create makes
    await set_chair(hass, False)
    await advance(hass, freezer, timedelta(minutes=2))
    assert [c.data["entity_id"] for c in restored] == [[f"scene.{scene}"]]
    # the snapshot lost (a restart): the cue colour does not stay on
    off = async_mock_service(hass, "light", "turn_off")
    hass.states.async_remove(f"scene.{scene}")
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=45))
    await set_chair(hass, False)
    await advance(hass, freezer, timedelta(minutes=2))
    assert [c.data["entity_id"] for c in off] == [["light.desk_lamp"]]
    assert len(restored) == 1
