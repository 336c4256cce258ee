"""Repairs fix flows: accept a suggestion from the weekly insights with one click."""

from __future__ import annotations

from typing import Any

from homeassistant.components.repairs import RepairsFlow
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from .const import CONF_BREAK_AFTER


class BreakAfterFixFlow(RepairsFlow):
    """Shorten break_after as the insights suggest."""

    def __init__(self, entry_id: str, proposed: int) -> None:
        """Remember the profile and the new value."""
        self.entry_id = entry_id
        self.proposed = proposed

    async def async_step_init(self, user_input: dict[str, str] | None = None) -> Any:
        """Start with the confirmation."""
        return await self.async_step_confirm()

    async def async_step_confirm(self, user_input: dict[str, str] | None = None) -> Any:
        """Apply the change when the user confirms."""
        entry = self.hass.config_entries.async_get_entry(self.entry_id)
        if entry is None:
            return self.async_abort(reason="profile_gone")
        if user_input is not None:
            if (coordinator := getattr(entry, "runtime_data", None)) is not None:
                # the link is judged afresh on the days after this change
                coordinator.engine.links_since = dt_util.now().date()
            self.hass.config_entries.async_update_entry(
                entry, options={**entry.options, CONF_BREAK_AFTER: self.proposed}
            )
            self.hass.config_entries.async_schedule_reload(entry.entry_id)
            return self.async_create_entry(data={})
        return self.async_show_form(
            step_id="confirm",
            description_placeholders={
                "name": entry.title,
                "current": str(entry.options.get(CONF_BREAK_AFTER)),
                "proposed": str(self.proposed),
            },
        )


async def async_create_fix_flow(
    hass: HomeAssistant, issue_id: str, data: dict[str, Any] | None
) -> RepairsFlow:
    """Return the fix flow of a suggestion issue."""
    assert data is not None  # noqa: S101 - suggestion issues always carry their data
    return BreakAfterFixFlow(str(data["entry_id"]), int(data["proposed"]))
