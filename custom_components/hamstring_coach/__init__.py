"""Hamstring Coach: sitting time, break and posture reminders for Home Assistant."""

from __future__ import annotations

from homeassistant.const import Platform
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import config_validation as cv
from homeassistant.helpers.start import async_at_started
from homeassistant.helpers.typing import ConfigType

from .const import CONF_COMBINE, CONF_HOLD_MINUTES, CONF_SITTING_STATES, DOMAIN
from .coordinator import HamstringCoachConfigEntry, HamstringCoachCoordinator
from .language import async_follow_language
from .llm_api import async_setup_llm_api
from .routine_files import forget_routine_file
from .sentences import async_use_sentences
from .services import async_setup_services
from .storage import SymptomStore, state_store
from .voice import async_setup_intents

PLATFORMS: list[Platform] = [
    Platform.BINARY_SENSOR,
    Platform.BUTTON,
    Platform.EVENT,
    Platform.IMAGE,
    Platform.SELECT,
    Platform.SENSOR,
    Platform.SWITCH,
]

CONFIG_SCHEMA = cv.config_entry_only_config_schema(DOMAIN)


async def async_setup(hass: HomeAssistant, config: ConfigType) -> bool:
    """Register the actions (they exist even with no entry loaded); follow the language."""
    async_setup_services(hass)
    async_setup_intents(hass)
    async_setup_llm_api(hass)
    async_follow_language(hass)
    return True


async def async_setup_entry(
    hass: HomeAssistant, entry: HamstringCoachConfigEntry
) -> bool:
    """Set up one profile: restore its state, start listening, add its entities."""
    coordinator = HamstringCoachCoordinator(hass, entry)
    await coordinator.async_restore()
    entry.runtime_data = coordinator
    entry.async_on_unload(coordinator.async_shutdown)
    await hass.config_entries.async_forward_entry_setups(entry, PLATFORMS)

    # Catch up with the sources once Home Assistant runs: at start-up they (and the
    # schedule and pause entities) may not have a state yet.
    @callback
    def start(_hass: HomeAssistant) -> None:
        coordinator.async_start()

    entry.async_on_unload(async_at_started(hass, start))
    entry.async_on_unload(async_use_sentences(hass, entry.entry_id))
    return True


async def async_migrate_entry(
    hass: HomeAssistant, entry: HamstringCoachConfigEntry
) -> bool:
    """Bring an entry up to the current format (1.1 -> 1.2: source states, any/all)."""
    if entry.version > 1:
        return False  # written by a newer version: leave it alone
    if entry.minor_version < 2:
        data = {
            CONF_SITTING_STATES: {},
            CONF_HOLD_MINUTES: {},
            CONF_COMBINE: "any",
            **entry.data,
        }
        hass.config_entries.async_update_entry(entry, data=data, minor_version=2)
    return True


async def async_remove_entry(
    hass: HomeAssistant, entry: HamstringCoachConfigEntry
) -> None:
    """Delete the saved state of a removed profile (health data is not kept around)."""
    await state_store(hass, entry.entry_id).async_remove()
    await SymptomStore(hass, entry.entry_id).async_remove()


async def async_unload_entry(
    hass: HomeAssistant, entry: HamstringCoachConfigEntry
) -> bool:
    """Unload a profile; its state is written by the coordinator's shutdown."""
    forget_routine_file(hass)  # a reload reads the user's routines file again
    return await hass.config_entries.async_unload_platforms(entry, PLATFORMS)
