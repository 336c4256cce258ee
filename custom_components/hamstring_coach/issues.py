"""Every Repairs issue of Hamstring Coach, in one place: its id, severity and texts.

Each issue belongs to one profile (its id ends with the entry id). ``show_*`` creates
or updates it, ``clear_*`` removes it; both are cheap and safe to call again.
"""

from __future__ import annotations

from collections.abc import Mapping

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir

from .const import DOMAIN
from .core.triage import Level

TRIAGE_SEVERITY = {
    Level.CONSULT: ir.IssueSeverity.WARNING,
    Level.URGENT: ir.IssueSeverity.ERROR,
    Level.EMERGENCY: ir.IssueSeverity.CRITICAL,
}


@callback
def show_state_reset(
    hass: HomeAssistant, entry: ConfigEntry, what: str, error: str, backup: str | None
) -> None:
    """A saved file (``state`` or ``symptoms``) could not be used: say what was kept."""
    ir.async_create_issue(
        hass,
        DOMAIN,
        f"state_reset_{entry.entry_id}_{what}",
        is_fixable=False,
        is_persistent=False,
        severity=ir.IssueSeverity.WARNING,
        translation_key=f"{what}_reset",
        translation_placeholders={
            "name": entry.title,
            "error": error,
            "backup": backup or "-",
        },
    )


@callback
def show_routines_file_invalid(
    hass: HomeAssistant, entry: ConfigEntry, path: str, line: int | None, problem: str
) -> None:
    """The user's routines file is broken (the built-in routines keep working)."""
    ir.async_create_issue(
        hass,
        DOMAIN,
        f"routines_file_{entry.entry_id}",
        is_fixable=False,
        severity=ir.IssueSeverity.WARNING,
        translation_key="routines_file_invalid",
        translation_placeholders={
            "path": path,
            "line": "?" if line is None else str(line),
            "problem": problem,
        },
    )


@callback
def clear_routines_file_invalid(hass: HomeAssistant, entry: ConfigEntry) -> None:
    """The routines file is fine (again)."""
    ir.async_delete_issue(hass, DOMAIN, f"routines_file_{entry.entry_id}")


@callback
def show_source_missing(
    hass: HomeAssistant, entry: ConfigEntry, entity_id: str
) -> None:
    """A sitting source was removed or renamed."""
    ir.async_create_issue(
        hass,
        DOMAIN,
        f"source_missing_{entry.entry_id}",
        is_fixable=False,
        severity=ir.IssueSeverity.WARNING,
        translation_key="source_missing",
        translation_placeholders={"name": entry.title, "entity_id": entity_id},
    )


@callback
def clear_source_missing(hass: HomeAssistant, entry: ConfigEntry) -> None:
    """Every sitting source is there."""
    ir.async_delete_issue(hass, DOMAIN, f"source_missing_{entry.entry_id}")


@callback
def show_break_after_suggestion(
    hass: HomeAssistant, entry: ConfigEntry, current: int, proposed: int
) -> None:
    """The data suggest a shorter Break after; the fix flow applies it."""
    ir.async_create_issue(
        hass,
        DOMAIN,
        f"suggestion_{entry.entry_id}",
        is_fixable=True,
        is_persistent=False,
        severity=ir.IssueSeverity.WARNING,
        translation_key="suggest_break_after",
        translation_placeholders={
            "name": entry.title,
            "current": str(current),
            "proposed": str(proposed),
        },
        data={"entry_id": entry.entry_id, "proposed": proposed},
    )


@callback
def clear_break_after_suggestion(hass: HomeAssistant, entry: ConfigEntry) -> None:
    """No suggestion (any more)."""
    ir.async_delete_issue(hass, DOMAIN, f"suggestion_{entry.entry_id}")


@callback
def show_triage(
    hass: HomeAssistant, entry: ConfigEntry, level: Level, texts: Mapping[str, str]
) -> None:
    """The logged symptoms call for a professional: the current reasons and help."""
    ir.async_create_issue(
        hass,
        DOMAIN,
        f"triage_{entry.entry_id}",
        is_fixable=False,
        is_persistent=False,
        severity=TRIAGE_SEVERITY[level],
        translation_key=f"triage_{level.value}",
        translation_placeholders=dict(texts),
    )


@callback
def clear_triage(hass: HomeAssistant, entry: ConfigEntry) -> None:
    """The logged symptoms no longer call for a professional."""
    ir.async_delete_issue(hass, DOMAIN, f"triage_{entry.entry_id}")
