"""One function per user action, shared by every door: actions, buttons, intents, LLM tools.

Each validates its input and raises ``ServiceValidationError`` with a translation key, so
every door reports a wrong value the same way.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
from homeassistant.util import dt as dt_util

from .const import DOMAIN, REPORT_DAYS_RANGE, SNOOZE_RANGE
from .coordinator import HamstringCoachConfigEntry, HamstringCoachCoordinator
from .core.insights import Insights
from .core.routine_names import find_routine_id
from .core.triage import (
    CONTEXTS,
    LEGACY_SENSATIONS,
    NOTES_MAX,
    SENSATIONS,
    SIDES,
    SINCE_DAYS_MAX,
    Assessment,
    Review,
    SymptomEntry,
    entry_problems,
    normalize_sensations,
)
from .voice_words import ROUTINE_WORDS


def coordinator_for(hass: HomeAssistant, entry_id: object) -> HamstringCoachCoordinator:
    """Return the coordinator of a loaded entry, or raise a translated error.

    Home Assistant's ``service.async_get_config_entry`` does the same from 2026.3 on;
    this one serves both supported lines with the same translated errors.
    """
    entry: HamstringCoachConfigEntry | None = (
        hass.config_entries.async_get_entry(entry_id)
        if isinstance(entry_id, str)
        else None
    )
    if entry is None or entry.domain != DOMAIN:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="entry_not_found",
            translation_placeholders={"entry_id": str(entry_id)[:60]},
        )
    if entry.state is not ConfigEntryState.LOADED:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="entry_not_loaded",
            translation_placeholders={"name": entry.title},
        )
    return entry.runtime_data


def whole_number_in_range(value: object, field: str, bounds: tuple[int, int]) -> int:
    """Return ``value`` as an int within ``bounds`` or raise a translated error."""
    low, high = bounds
    try:
        number = float(str(value))
    except ValueError:
        number = float("nan")
    if not (low <= number <= high) or number != int(number):
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="out_of_range",
            translation_placeholders={
                "field": field,
                "value": str(value),
                "min": str(low),
                "max": str(high),
            },
        )
    return int(number)


def loaded_profiles(hass: HomeAssistant) -> list[HamstringCoachCoordinator]:
    """Return the coordinators of all loaded profiles."""
    return [
        entry.runtime_data
        for entry in hass.config_entries.async_entries(DOMAIN)
        if entry.state is ConfigEntryState.LOADED
    ]


def _simplify(text: str) -> str:
    return " ".join(text.lower().replace("_", " ").replace("the ", " ").split())


def resolve_profile(hass: HomeAssistant, name: str | None) -> HamstringCoachCoordinator:
    """Return the profile a name points to; with one profile, no name is needed.

    Raises ``ServiceValidationError`` (``profile_needed`` or ``profile_not_found``)
    listing the profiles when it cannot tell.
    """
    profiles = loaded_profiles(hass)
    names = ", ".join(p.entry.title for p in profiles)
    if name:
        wanted = _simplify(name)
        for profile in profiles:
            if (
                _simplify(profile.entry.title) == wanted
                or profile.entry.entry_id == name
            ):
                return profile
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="profile_not_found",
            translation_placeholders={"name": name, "profiles": names or "-"},
        )
    if len(profiles) == 1:
        return profiles[0]
    raise ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key="profile_needed" if profiles else "no_profile",
        translation_placeholders={"profiles": names},
    )


ALLOWED = {
    "side": ", ".join(SIDES),
    "sensations": ", ".join(SENSATIONS),
    "context": ", ".join(CONTEXTS),
    "notes": f"text of at most {NOTES_MAX} characters",
}


def invalid_value(field: str, value: object) -> ServiceValidationError:
    """Return the translated error for a value a field does not take."""
    shown = str(value)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key="invalid_symptom_value",
        translation_placeholders={
            "field": field,
            "value": shown,
            "allowed": ALLOWED.get(field, ""),
        },
    )


def _optional_text(data: dict[str, Any], field: str) -> str | None:
    value = data.get(field)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise invalid_value(field, value)
    return value.strip() or None


def symptom_entry_from(data: dict[str, Any], now: datetime) -> SymptomEntry:
    """Build a symptom entry from action data; anything wrong gets a translated error."""
    if "tightness" not in data:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="missing_field",
            translation_placeholders={"field": "tightness"},
        )
    sensations = data.get("sensations") or []
    if isinstance(sensations, str):
        sensations = [part.strip() for part in sensations.split(",") if part.strip()]
    if not isinstance(sensations, list | tuple) or not all(
        isinstance(item, str) for item in sensations
    ):
        raise invalid_value("sensations", sensations)
    if unknown := [
        s for s in sensations if s not in SENSATIONS and s not in LEGACY_SENSATIONS
    ]:
        raise invalid_value("sensations", unknown[0])
    pain = data.get("pain")
    since = data.get("since_days")
    entry = SymptomEntry(
        at=now,
        tightness=whole_number_in_range(data["tightness"], "tightness", (0, 10)),
        pain=None if pain is None else whole_number_in_range(pain, "pain", (0, 10)),
        side=_optional_text(data, "side"),
        sensations=normalize_sensations(sensations),
        context=_optional_text(data, "context"),
        notes=_optional_text(data, "notes"),
        since_days=None
        if since is None or since == ""
        else whole_number_in_range(since, "since_days", (0, SINCE_DAYS_MAX)),
    )
    if problems := entry_problems(entry):
        field, value = problems[0]
        raise invalid_value(field, value)
    return entry


def snooze(coordinator: HamstringCoachCoordinator, minutes: object) -> datetime:
    """Snooze reminders; return until when."""
    length = whole_number_in_range(minutes, "minutes", SNOOZE_RANGE)
    coordinator.run(
        lambda now: coordinator.engine.snooze(now, timedelta(minutes=length))
    )
    until = coordinator.snapshot.view.snoozed_until
    assert until is not None  # noqa: S101 - set just above
    return until


def find_routine(coordinator: HamstringCoachCoordinator, wanted: object) -> str:
    """Return the id of the routine ``wanted`` names (``find_routine_id``), or raise."""
    routines = coordinator.engine.runner.routines
    text = wanted if isinstance(wanted, str) else str(wanted)[:60]
    if (routine_id := find_routine_id(routines, text, ROUTINE_WORDS)) is not None:
        return routine_id
    raise ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key="unknown_routine",
        translation_placeholders={"routine": text, "routines": ", ".join(routines)},
    )


def current_step(
    coordinator: HamstringCoachCoordinator, language: str
) -> dict[str, str | None]:
    """Return the running step's name and instruction in ``language`` (None: idle)."""
    view = coordinator.snapshot.routine
    if view.routine is None:
        return {"step": None, "instruction": None}
    routine = coordinator.engine.runner.routines[view.routine].in_language(language)
    step = routine.steps[view.index - 1]
    return {"step": step.name, "instruction": step.instruction}


def start_routine(coordinator: HamstringCoachCoordinator, routine: object) -> str:
    """Start a routine (the selected one when None); return its id."""
    routine_id = (
        coordinator.engine.selected_routine
        if routine is None
        else find_routine(coordinator, routine)
    )
    coordinator.async_start_routine(routine_id)
    return routine_id


ROUTINE_COMMANDS = ("next_step", "pause", "resume", "stop")


def routine_command(coordinator: HamstringCoachCoordinator, command: str) -> None:
    """Move, pause, resume or stop the running routine."""
    if coordinator.engine.runner.current is None:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="no_routine_running",
            translation_placeholders={"name": coordinator.entry.title},
        )
    engine = coordinator.engine
    coordinator.run(
        {
            "next_step": engine.next_step,
            "pause": engine.pause_routine,
            "resume": engine.resume_routine,
            "stop": engine.stop_routine,
        }[command]
    )


def log_symptoms(
    coordinator: HamstringCoachCoordinator, data: dict[str, Any]
) -> Assessment:
    """Log symptoms; return the new assessment."""
    entry = symptom_entry_from(data, dt_util.utcnow())
    return coordinator.change_symptoms(
        lambda now: coordinator.care.symptoms.add(entry, now)
    )


def log_review(
    coordinator: HamstringCoachCoordinator, data: dict[str, Any]
) -> Assessment:
    """Log that a professional saw the person; return the new assessment."""
    notes = _optional_text(data, "notes")
    if notes is not None and len(notes) > NOTES_MAX:
        raise invalid_value("notes", f"{len(notes)} characters")
    review = Review(at=dt_util.utcnow(), notes=notes)
    return coordinator.change_symptoms(
        lambda now: coordinator.care.symptoms.add_review(review, now)
    )


def report(coordinator: HamstringCoachCoordinator, days: object) -> dict[str, Any]:
    """Return the daily report of the last ``days`` days."""
    count = whole_number_in_range(days, "days", REPORT_DAYS_RANGE)
    coordinator.refresh()  # today to the minute
    engine, symptoms = coordinator.engine, coordinator.care.symptoms
    return {
        "days": engine.report(
            dt_util.utcnow(),
            count,
            lambda day: (e.to_dict() for e in symptoms.entries_on(day, engine.zone)),
        ),
        "professional_reviews": [review.at.isoformat() for review in symptoms.reviews],
    }


def insights(coordinator: HamstringCoachCoordinator) -> Insights:
    """Return the weekly insights as of now."""
    coordinator.refresh()
    return coordinator.care.compute_insights(dt_util.utcnow(), coordinator.engine)


async def async_delete_history(coordinator: HamstringCoachCoordinator) -> None:
    """Erase the symptom log and reviews for good (the user's right to forget)."""
    await coordinator.care.symptoms.async_erase()
    coordinator.change_symptoms(lambda _now: None)


def status(coordinator: HamstringCoachCoordinator) -> dict[str, Any]:
    """Return what a person asks first: sitting now and today, breaks, reminders, routine."""
    snapshot = coordinator.refresh()
    view, routine = snapshot.view, snapshot.routine
    standing = bool(coordinator.config.standing_rules)
    return {
        "profile": coordinator.entry.title,
        "sitting": view.sitting,
        "streak_minutes": view.streak_minutes,
        "sitting_today_minutes": view.sitting_today_minutes,
        "longest_streak_today_minutes": view.longest_streak_today_minutes,
        "breaks_today": view.breaks_today,
        "stand_hours_today": view.stand_hours_today,
        # with standing sources only (None: the profile does not track standing)
        "standing_today_minutes": view.standing_today_minutes if standing else None,
        "sitting_share_today": view.sitting_share_today if standing else None,
        "reminders_today": view.reminders_today,
        "reminders_snoozed_today": view.reminders_snoozed_today,
        "breaks_after_reminder_today": view.breaks_after_reminder_today,
        "break_due": view.break_due,
        "reminders_enabled": view.reminders_enabled,
        "snoozed_until": None
        if view.snoozed_until is None
        else view.snoozed_until.isoformat(),
        "routine": routine.routine,
        "routine_step": routine.step_name,
        "triage_level": coordinator.care.assessment.level.value,
    }
