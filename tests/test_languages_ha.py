"""Home Assistant's language: entity names, notifications and routine steps follow it."""

from __future__ import annotations

from datetime import timedelta
import json
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import async_mock_service
import yaml

from homeassistant.core import HomeAssistant, ServiceCall, State
from homeassistant.helpers import entity_registry as er
from homeassistant.util import dt as dt_util

from custom_components.hamstring_coach.const import DOMAIN

from .conftest import advance, set_chair, setup_entry

TRANSLATIONS = (
    Path(__file__).resolve().parents[1]
    / "custom_components"
    / "hamstring_coach"
    / "translations"
)
ROUTINE_TEXTS = TRANSLATIONS.parent / "routines" / "translations"
PHONE = "notify.mobile_app_pixel"


def translation(language: str) -> dict[str, Any]:
    return json.loads((TRANSLATIONS / f"{language}.json").read_text("utf-8"))


def fill(template: str, **values: object) -> str:
    for name, value in values.items():
        template = template.replace("{" + name + "}", str(value))
    return template


@pytest.fixture(autouse=True)
def start_time(freezer: FrozenDateTimeFactory) -> None:
    freezer.move_to(dt_util.parse_datetime("2026-05-04 09:00:00+00:00"))


@pytest.fixture
def phone(hass: HomeAssistant) -> list[ServiceCall]:
    return async_mock_service(hass, "notify", "mobile_app_pixel")


def sensor(hass: HomeAssistant, key: str) -> State:
    """Return a sensor of the profile by its key (German ids are German words)."""
    entity_id = er.async_get(hass).async_get_entity_id(
        "sensor", DOMAIN, f"entry1_{key}"
    )
    assert entity_id is not None, key
    state = hass.states.get(entity_id)
    assert state is not None, entity_id
    return state


def friendly_name(hass: HomeAssistant, key: str) -> str:
    return str(sensor(hass, key).attributes["friendly_name"])


@pytest.mark.usefixtures("chair")
@pytest.mark.parametrize("language", ["de", "nl", "fr", "es"])
async def test_a_profile_speaks_home_assistants_language(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    phone: list[ServiceCall],
    language: str,
) -> None:
    """Names, a break reminder with its buttons, and a routine's step, translated."""
    hass.config.language = language
    texts = translation(language)
    common = texts["common"]
    await setup_entry(hass, notify_targets=[PHONE], break_after=30)
    streak_name = texts["entity"]["sensor"]["sitting_streak"]["name"]
    assert friendly_name(hass, "sitting_streak") == f"Study desk {streak_name}"

    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=30))
    [reminder] = [call.data for call in phone if "actions" in call.data.get("data", {})]
    assert reminder["title"] == common["break_due_title"]
    assert reminder["message"] == fill(common["break_due_message"], minutes=30)
    assert [action["title"] for action in reminder["data"]["actions"]] == [
        fill(common["action_snooze"], minutes=15),
        common["action_up"],
        common["action_desk_break"],
    ]

    await hass.services.async_call(
        "hamstring_coach",
        "start_routine",
        {"config_entry_id": "entry1", "routine": "desk_break"},
        blocking=True,
    )
    await hass.async_block_till_done()
    routines = yaml.safe_load((ROUTINE_TEXTS / f"{language}.yaml").read_text("utf-8"))
    first_step = routines["desk_break"]["steps"]["stand_up"]
    state = sensor(hass, "routine_step")
    assert state.state == first_step["name"]
    assert state.attributes["instruction"] == first_step["instruction"]


@pytest.mark.usefixtures("chair")
async def test_changing_the_language_renames_at_once(hass: HomeAssistant) -> None:
    """A new language reloads the profile: its names change without a restart."""
    entry = await setup_entry(hass)
    english = translation("en")["entity"]["sensor"]["sitting_streak"]["name"]
    assert friendly_name(hass, "sitting_streak") == f"Study desk {english}"

    await hass.config.async_update(language="de")
    await hass.async_block_till_done()
    german = translation("de")["entity"]["sensor"]["sitting_streak"]["name"]
    assert friendly_name(hass, "sitting_streak") == f"Study desk {german}"
    registry = er.async_get(hass)
    entry_of_streak = registry.async_get(sensor(hass, "sitting_streak").entity_id)
    assert entry_of_streak is not None
    assert entry_of_streak.original_name == german
    assert entry.runtime_data.engine.runner.routines["desk_break"].name != "Desk break"

    await hass.config.async_update(latitude=1.0)  # not the language: no reload
    await hass.async_block_till_done()
    assert entry.runtime_data is not None
