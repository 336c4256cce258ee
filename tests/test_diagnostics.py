"""Diagnostics hide personal details."""

from __future__ import annotations

from typing import Any

from pytest_homeassistant_custom_component.components.diagnostics import (
    get_diagnostics_for_config_entry,
)

from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component

from .conftest import set_chair, setup_entry


async def test_diagnostics_are_redacted(
    hass: HomeAssistant, chair: str, hass_client: Any
) -> None:
    assert await async_setup_component(hass, "diagnostics", {})
    entry = await setup_entry(hass, notify_targets=["notify.mobile_app_pixel"])
    await set_chair(hass, True)
    result = await get_diagnostics_for_config_entry(hass, hass_client, entry)
    assert result["entry"]["title"] == "**REDACTED**"
    assert result["entry"]["options"]["notify_targets"] == "**REDACTED**"
    assert result["entry"]["data"]["sitting_entities"] == ["input_boolean.desk_chair"]
    assert result["view"]["sitting"] is True
    assert result["state"]["tracker"]["phase"] == "sitting"
    assert result["pending_notifications"] == 0
    assert result["routines"]["selected"] == "desk_break"
