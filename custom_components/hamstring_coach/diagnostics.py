"""Diagnostics: configuration and state of one profile, with personal details redacted."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from homeassistant.components.diagnostics import async_redact_data
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from .const import CONF_NOTIFY_TARGETS
from .coordinator import HamstringCoachConfigEntry

TO_REDACT = {CONF_NOTIFY_TARGETS, "title", "notes"}


async def async_get_config_entry_diagnostics(
    hass: HomeAssistant, entry: HamstringCoachConfigEntry
) -> dict[str, Any]:
    """Return what helps to understand a problem, without personal details."""
    coordinator = entry.runtime_data
    view = {
        key: value.isoformat() if isinstance(value, datetime) else value
        for key, value in asdict(coordinator.refresh().view).items()
    }
    return {
        "entry": async_redact_data(
            {
                "title": entry.title,
                "data": dict(entry.data),
                "options": dict(entry.options),
            },
            TO_REDACT,
        ),
        "view": view,
        "state": async_redact_data(
            coordinator.engine.coach.to_dict(dt_util.utcnow()), TO_REDACT
        ),
        "routines": {
            "available": list(coordinator.engine.runner.routines),
            "selected": coordinator.engine.selected_routine,
            "runner": coordinator.engine.runner.to_dict(),
        },
        "pending_notifications": len(coordinator.notifier.pending),
        # health data: counts and levels only (no values, signs, reasons or notes)
        "symptoms": {
            "entries": len(coordinator.care.symptoms.entries),
            "professional_reviews": len(coordinator.care.symptoms.reviews),
            "alerted_level": coordinator.care.symptoms.alerted_level.value,
            "assessment": {
                "level": coordinator.care.assessment.level.value,
                "reasons": len(coordinator.care.assessment.reasons),
                "routines_allowed": coordinator.care.assessment.routines_allowed,
            },
        },
    }
