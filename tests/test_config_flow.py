"""Config, options and reconfigure flows, also through the HTTP views the UI uses."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_mock_service,
)

from homeassistant import config_entries
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType, InvalidData
from homeassistant.setup import async_setup_component

from custom_components.hamstring_coach.const import DOMAIN

from .conftest import CHAIR, setup_entry

DESK = "binary_sensor.desk_presence"
PHONE_ACTIVITY = "sensor.pixel_detected_activity"


async def test_user_flow_creates_entry(hass: HomeAssistant, chair: str) -> None:
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {
            "name": " Study desk ",
            "sitting_entities": [CHAIR],
            "break_after": 30.0,
            "min_break": 90.0,
        },
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "Study desk"
    assert result["data"] == {
        "sitting_entities": [CHAIR],
        "sitting_states": {},
        "hold_minutes": {},
        "combine": "any",
    }
    assert result["options"] == {
        "break_after": 30,
        "min_break": 90,
        "reminder_repeat": 10,
        "posture_check_every": 20,
    }
    await hass.async_block_till_done()
    assert hass.states.get("sensor.study_desk_sitting_today") is not None


async def test_user_flow_errors_and_duplicates(hass: HomeAssistant, chair: str) -> None:
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {"name": "  ", "sitting_entities": [], "break_after": 45, "min_break": 60},
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {
        "sitting_entities": "no_sitting_entities",
        "name": "empty_name",
    }
    await setup_entry(hass)
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {
            "name": "Again",
            "sitting_entities": [CHAIR],
            "break_after": 45,
            "min_break": 60,
        },
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"


async def test_options_flow_applies_without_restart(
    hass: HomeAssistant, chair: str
) -> None:
    async_mock_service(hass, "notify", "mobile_app_pixel")
    entry = await setup_entry(hass)
    result = await hass.config_entries.options.async_init(entry.entry_id)
    assert result["type"] is FlowResultType.FORM
    base = {
        "break_after": 30,
        "min_break": 60,
        "reminder_repeat": 5,
        "posture_check_every": 0,
    }
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {**base, "active_schedule": CHAIR, "notify_targets": ["notify.nothing"]},
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {
        "active_schedule": "schedule_is_sitting_source",
        "notify_targets": "unknown_notify_target",
    }
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {**base, "pause_while": [CHAIR]}
    )
    assert result["errors"] == {"pause_while": "pause_is_sitting_source"}
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {**base, "notify_targets": ["notify.mobile_app_pixel"]}
    )
    assert result["step_id"] == "sources"
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {f"{CHAIR}_hold_minutes": 30}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert entry.data["hold_minutes"] == {CHAIR: 30}
    await hass.async_block_till_done()
    coordinator = entry.runtime_data
    assert coordinator.config.settings.break_after.total_seconds() == 30 * 60
    assert coordinator.notifier.targets == ["notify.mobile_app_pixel"]


async def test_reconfigure_changes_sources(hass: HomeAssistant, chair: str) -> None:
    entry = await setup_entry(hass)
    MockConfigEntry(
        domain=DOMAIN, title="Sofa", data={"sitting_entities": [DESK]}
    ).add_to_hass(hass)
    result = await entry.start_reconfigure_flow(hass)
    assert result["type"] is FlowResultType.FORM
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"sitting_entities": [DESK]}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"
    result = await entry.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"sitting_entities": []}
    )
    assert result["errors"] == {"sitting_entities": "no_sitting_entities"}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"sitting_entities": ["switch.pc", CHAIR]}
    )
    assert result["step_id"] == "reconfigure_sources"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"combine": "all"}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    assert entry.data["combine"] == "all"
    assert entry.data["sitting_entities"] == [CHAIR, "switch.pc"]


async def test_coach_entities_are_not_sources(hass: HomeAssistant, chair: str) -> None:
    """The picker leaves out every profile's entities, and refuses them if sent."""
    entry = await setup_entry(hass)
    own = "binary_sensor.study_desk_sitting"
    result = await entry.start_reconfigure_flow(hass)
    picker = result["data_schema"].schema["sitting_entities"]
    assert own in picker.config["exclude_entities"]
    assert CHAIR not in picker.config["exclude_entities"]
    with pytest.raises(InvalidData, match="sitting_entities"):
        await hass.config_entries.flow.async_configure(
            result["flow_id"], {"sitting_entities": [CHAIR, own]}
        )
    # a new profile may not build on another profile's entities either
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    assert (
        own
        in result["data_schema"].schema["sitting_entities"].config["exclude_entities"]
    )
    with pytest.raises(InvalidData, match="sitting_entities"):
        await hass.config_entries.flow.async_configure(
            result["flow_id"],
            {
                "name": "Sofa",
                "sitting_entities": ["binary_sensor.study_desk_break_due"],
                "break_after": 45,
                "min_break": 60,
            },
        )


async def test_flows_serialize_for_the_frontend(
    hass: HomeAssistant, chair: str, hass_client: Any
) -> None:
    """Drive every flow through the HTTP views: the schemas must serialize."""
    assert await async_setup_component(hass, "config", {})
    async_mock_service(hass, "notify", "mobile_app_pixel")
    client = await hass_client()
    response = await client.post(
        "/api/config/config_entries/flow",
        json={"handler": DOMAIN, "show_advanced_options": False},
    )
    assert response.status == HTTPStatus.OK, await response.text()
    form = await response.json()
    assert [field["name"] for field in form["data_schema"]] == [
        "name",
        "sitting_entities",
        "standing_entities",
        "break_after",
        "min_break",
    ]
    response = await client.post(
        f"/api/config/config_entries/flow/{form['flow_id']}",
        json={
            "name": "Study desk",
            "sitting_entities": [CHAIR],
            "break_after": 45,
            "min_break": 60,
        },
    )
    assert response.status == HTTPStatus.OK, await response.text()
    created = await response.json()
    assert created["type"] == "create_entry"
    entry_id = created["result"]["entry_id"]
    await hass.async_block_till_done()

    response = await client.post(
        "/api/config/config_entries/options/flow", json={"handler": entry_id}
    )
    assert response.status == HTTPStatus.OK, await response.text()
    form = await response.json()
    targets = next(f for f in form["data_schema"] if f["name"] == "notify_targets")
    values = [option["value"] for option in targets["selector"]["select"]["options"]]
    assert "notify.mobile_app_pixel" in values
    response = await client.post(
        f"/api/config/config_entries/options/flow/{form['flow_id']}",
        json={
            "break_after": 40,
            "min_break": 60,
            "reminder_repeat": 10,
            "posture_check_every": 20,
            "notify_targets": ["notify.mobile_app_pixel"],
        },
    )
    assert response.status == HTTPStatus.OK, await response.text()
    form = await response.json()
    assert form["step_id"] == "sources"
    response = await client.post(
        f"/api/config/config_entries/options/flow/{form['flow_id']}", json={}
    )
    assert response.status == HTTPStatus.OK, await response.text()
    assert (await response.json())["type"] == "create_entry"
    await hass.async_block_till_done()

    # reconfigure to a phone's activity sensor: the states form serializes too
    hass.states.async_set(
        PHONE_ACTIVITY, "walking", {"options": ["still", "walking", "in_vehicle"]}
    )
    response = await client.post(
        "/api/config/config_entries/flow",
        json={"handler": DOMAIN, "entry_id": entry_id, "source": "reconfigure"},
    )
    assert response.status == HTTPStatus.OK, await response.text()
    form = await response.json()
    assert form["step_id"] == "reconfigure"
    response = await client.post(
        f"/api/config/config_entries/flow/{form['flow_id']}",
        json={"sitting_entities": [CHAIR, PHONE_ACTIVITY]},
    )
    assert response.status == HTTPStatus.OK, await response.text()
    form = await response.json()
    assert form["step_id"] == "reconfigure_sources"
    states = next(f for f in form["data_schema"] if f["name"] == PHONE_ACTIVITY)
    offered = list(states["selector"]["select"]["options"])
    assert offered[:3] == ["still", "walking", "in_vehicle"]
    assert "Stationary" in offered
    response = await client.post(
        f"/api/config/config_entries/flow/{form['flow_id']}",
        json={PHONE_ACTIVITY: [], "combine": "all"},
    )
    form = await response.json()
    assert form["errors"] == {PHONE_ACTIVITY: "no_sitting_states"}
    response = await client.post(
        f"/api/config/config_entries/flow/{form['flow_id']}",
        json={
            PHONE_ACTIVITY: ["still", "Stationary"],
            f"{PHONE_ACTIVITY}_hold_minutes": 20,
            "combine": "all",
        },
    )
    assert (await response.json())["reason"] == "reconfigure_successful"
    entry = hass.config_entries.async_get_entry(entry_id)
    assert entry.data["sitting_states"] == {PHONE_ACTIVITY: ["Stationary", "still"]}
    assert entry.data["hold_minutes"] == {PHONE_ACTIVITY: 20}


async def test_overlapping_sources_and_conditions(
    hass: HomeAssistant, chair: str
) -> None:
    await setup_entry(hass, pause_while=[DESK])
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": config_entries.SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {
            "name": "Sofa",
            "sitting_entities": ["switch.pc", CHAIR],
            "break_after": 45,
            "min_break": 60,
        },
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"
    entry = hass.config_entries.async_entries(DOMAIN)[0]
    result = await entry.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {"sitting_entities": [CHAIR, DESK]}
    )
    assert result["errors"] == {"sitting_entities": "source_is_condition"}


async def test_saved_notify_target_that_is_gone_does_not_block_options(
    hass: HomeAssistant, chair: str
) -> None:
    entry = await setup_entry(hass, notify_targets=["notify.mobile_app_old_phone"])
    result = await hass.config_entries.options.async_init(entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {
            "break_after": 50,
            "min_break": 60,
            "reminder_repeat": 10,
            "posture_check_every": 20,
            "notify_targets": ["notify.mobile_app_old_phone"],
        },
    )
    result = await hass.config_entries.options.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    result = await hass.config_entries.options.async_init(entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {
            "break_after": 50,
            "min_break": 60,
            "reminder_repeat": 10,
            "posture_check_every": 20,
            "announce_tts": "tts.piper",
        },
    )
    assert result["errors"] == {"announce_media_player": "announce_needs_both"}
