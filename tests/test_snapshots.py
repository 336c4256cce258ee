"""What every platform's entities show, and the diagnostics, as syrupy snapshots.

The scene: sitting for 12 minutes at a fixed time, tingling below the knee logged, a
routine selected. Review a changed snapshot like code (``--snapshot-update``).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    snapshot_platform,
)
from pytest_homeassistant_custom_component.components.diagnostics import (
    get_diagnostics_for_config_entry,
)
from syrupy.assertion import SnapshotAssertion
from syrupy.filters import props

from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from custom_components.hamstring_coach.const import DOMAIN

from .conftest import advance, set_chair


@pytest.fixture(autouse=True)
def frozen(freezer: FrozenDateTimeFactory) -> None:
    freezer.move_to(dt_util.parse_datetime("2026-06-30 09:00:00+00:00"))


async def scene(hass: HomeAssistant, freezer: FrozenDateTimeFactory) -> None:
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=12))
    await hass.services.async_call(
        DOMAIN,
        "log_symptoms",
        {
            "config_entry_id": "entry1",
            "tightness": 5,
            "sensations": ["tingling", "radiating_below_knee"],
            "side": "left",
        },
        blocking=True,
    )
    await hass.async_block_till_done()


@pytest.mark.parametrize(
    "platforms",
    [["binary_sensor"], ["button"], ["event"], ["select"], ["sensor"], ["switch"]],
)
async def test_entities(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    entity_registry: er.EntityRegistry,
    snapshot: SnapshotAssertion,
    init_integration: MockConfigEntry,
) -> None:
    await scene(hass, freezer)
    await snapshot_platform(hass, entity_registry, snapshot, init_integration.entry_id)


async def test_diagnostics(
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    hass_client: Any,
    snapshot: SnapshotAssertion,
    init_integration: MockConfigEntry,
) -> None:
    assert await async_setup_component(hass, "diagnostics", {})
    await scene(hass, freezer)
    result = await get_diagnostics_for_config_entry(hass, hass_client, init_integration)
    assert result == snapshot(exclude=props("saved_at", "created_at", "modified_at"))
