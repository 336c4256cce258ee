"""Symptom log and triage in a real Home Assistant: services, entities, Repairs, storage."""

from __future__ import annotations

from datetime import timedelta
import json
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import async_mock_service

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import STATE_OFF, STATE_ON
from homeassistant.core import HomeAssistant, ServiceCall
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import issue_registry as ir
from homeassistant.util import dt as dt_util

from custom_components.hamstring_coach.const import DOMAIN

from .conftest import advance, record_coach_events, set_chair, setup_entry, value

LEVEL = "sensor.study_desk_triage_level"
DRIVER = "sensor.study_desk_likely_driver"
TIGHTNESS = "sensor.study_desk_last_tightness"
CONSULT = "binary_sensor.study_desk_consultation_recommended"
SYMPTOMS_KEY = f"{DOMAIN}.entry1.symptoms"
PHONE = "notify.mobile_app_pixel"


@pytest.fixture(autouse=True)
def start_time(freezer: FrozenDateTimeFactory) -> None:
    freezer.move_to(dt_util.parse_datetime("2026-06-30 09:00:00+00:00"))


async def answer(hass: HomeAssistant, action: str, **data: Any) -> dict[str, Any]:
    """Call an action of the profile and return its response."""
    response = await hass.services.async_call(
        DOMAIN,
        action,
        {"config_entry_id": "entry1", **data},
        blocking=True,
        return_response=True,
    )
    await hass.async_block_till_done()
    assert response is not None
    return dict(response)


async def log(hass: HomeAssistant, **data: Any) -> dict[str, Any]:
    return await answer(hass, "log_symptoms", **data)


async def test_log_and_response(hass: HomeAssistant, chair: str) -> None:
    await setup_entry(hass)
    assert value(hass, LEVEL) == "self_care"
    assert hass.states.get(LEVEL).attributes["options"] == [
        "self_care",
        "monitor",
        "consult",
        "urgent",
        "emergency",
    ]
    response = await log(hass, tightness=6, context="after_activity", notes="long run")
    assert response["level"] == "self_care"
    assert response["likely_drivers"] == ["synergistic_dominance"]
    assert "glute_core" in response["recommended_routines"]
    assert response["reasons"][0]["code"] == "tight_after_activity"
    assert "glutes" in response["reasons"][0]["sentence"]
    assert value(hass, TIGHTNESS) == "6"
    assert hass.states.get(TIGHTNESS).attributes["state_class"] == "measurement"
    assert value(hass, DRIVER) == "synergistic_dominance"
    assert value(hass, CONSULT) == STATE_OFF


async def test_nerve_signs_raise_and_clear_the_repair(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory
) -> None:
    phone: list[ServiceCall] = async_mock_service(hass, "notify", "mobile_app_pixel")
    await setup_entry(hass, notify_targets=[PHONE])
    events = record_coach_events(hass)
    response = await log(
        hass, tightness=5, sensations=["tingling", "radiating_below_knee"], side="left"
    )
    assert response["level"] == "consult"
    codes = [r["code"] for r in response["reasons"]]
    assert codes[0] == "nerve_involvement"
    assert "avoid_static_stretching" in codes
    assert response["recommended_routines"][0] == "nerve_glides"
    assert value(hass, CONSULT) == STATE_ON
    assert hass.states.get(CONSULT).attributes["device_class"] == "problem"
    issue = ir.async_get(hass).async_get_issue(DOMAIN, "triage_entry1")
    assert issue is not None
    assert issue.severity is ir.IssueSeverity.WARNING
    assert issue.translation_key == "triage_consult"
    assert "sciatic nerve" in issue.translation_placeholders["reasons"]
    # logged signs read as words, not as option keys
    assert (
        "You logged pain or tingling below the knee, tingling:"
        in issue.translation_placeholders["reasons"]
    )
    notifications = hass.states.async_all("persistent_notification")
    assert phone[-1].data["title"] == (
        "Hamstring Coach: see a doctor or physical therapist in the next few days"
    )
    assert phone[-1].data["data"]["tag"] == "hamstring_coach_entry1_triage"
    assert [kind for kind, _ in events[-2:]] == ["triage_changed", "triage_alert"]
    assert events[-2][1]["level"] == "consult"
    assert events[-1][1]["new_reasons"] == ["nerve_involvement"]
    del notifications
    # the same signs again: no second notification
    sent = len(phone)
    await log(hass, tightness=4, sensations=["tingling", "radiating_below_knee"])
    assert len(phone) == sent
    # a new sign at the same level is news
    await log(hass, tightness=4, sensations=["numbness"])
    assert len(phone) == sent + 1
    assert events[-1][0] == "triage_alert"
    assert events[-1][1]["new_reasons"] == ["nerve_involvement"]
    sent = len(phone)
    # an acute sign raises it further, with a stronger severity
    await log(hass, tightness=8, sensations=["pop"])
    issue = ir.async_get(hass).async_get_issue(DOMAIN, "triage_entry1")
    assert issue.severity is ir.IssueSeverity.ERROR
    assert "You logged a pop:" in issue.translation_placeholders["reasons"]
    assert len(phone) == sent + 1
    # two weeks later the nerve signs have left their window, the pop has not
    freezer.tick(timedelta(days=15))
    await advance(hass, freezer, timedelta(minutes=1))
    assert value(hass, LEVEL) == "urgent"
    reasons = hass.states.get(LEVEL).attributes["reasons"]
    assert "acute_injury" in reasons
    assert "nerve_involvement" not in reasons
    # a professional review ends it: the repair goes away
    await review(hass)
    assert value(hass, LEVEL) == "self_care"
    assert ir.async_get(hass).async_get_issue(DOMAIN, "triage_entry1") is None
    assert value(hass, CONSULT) == STATE_OFF


async def test_emergency_is_critical(hass: HomeAssistant, chair: str) -> None:
    await setup_entry(hass)
    response = await log(hass, tightness=3, sensations="saddle_numbness")
    assert response["level"] == "emergency"
    issue = ir.async_get(hass).async_get_issue(DOMAIN, "triage_entry1")
    assert issue.severity is ir.IssueSeverity.CRITICAL
    assert issue.translation_key == "triage_emergency"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"tightness": 11}, "tightness"),
        ({"tightness": -1}, "tightness"),
        ({"tightness": "tight"}, "tightness"),
        ({"tightness": 3, "pain": 12}, "pain"),
        ({"tightness": 3, "side": "middle"}, "side"),
        ({"tightness": 3, "sensations": ["itchy"]}, "sensations"),
        ({"tightness": 3, "context": "lunch"}, "context"),
        ({"tightness": 3, "notes": "x" * 501}, "notes"),
    ],
)
async def test_bad_input_gets_translated_errors(
    hass: HomeAssistant, chair: str, data: dict[str, Any], field: str
) -> None:
    await setup_entry(hass)
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN, "log_symptoms", {"config_entry_id": "entry1", **data}, blocking=True
        )
    assert err.value.translation_key in ("out_of_range", "invalid_symptom_value")
    assert err.value.translation_placeholders["field"] == field
    assert field in str(err.value)


async def test_report_and_delete_history(
    hass: HomeAssistant,
    chair: str,
    freezer: FrozenDateTimeFactory,
    hass_storage: dict[str, Any],
) -> None:
    await setup_entry(hass)
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=50))
    await set_chair(hass, False)
    await advance(hass, freezer, timedelta(minutes=2))
    await log(hass, tightness=5, notes="after the drive")
    response = await hass.services.async_call(
        DOMAIN,
        "get_report",
        {"config_entry_id": "entry1", "days": 3},
        blocking=True,
        return_response=True,
    )
    days = response["days"]
    assert [d["date"] for d in days] == ["2026-06-28", "2026-06-29", "2026-06-30"]
    today = days[-1]
    assert (
        today["sitting_minutes"],
        today["breaks"],
        today["longest_streak_minutes"],
    ) == (50, 1, 50)
    assert today["symptom_entries"][0]["notes"] == "after the drive"
    assert response["assessment"]["level"] == "self_care"
    with pytest.raises(ServiceValidationError):
        await hass.services.async_call(
            DOMAIN,
            "get_report",
            {"config_entry_id": "entry1", "days": 400},
            blocking=True,
            return_response=True,
        )
    await advance(hass, freezer, timedelta(seconds=5))
    assert hass_storage[SYMPTOMS_KEY]["data"]["entries"][0]["tightness"] == 5
    await hass.services.async_call(
        DOMAIN, "delete_history", {"config_entry_id": "entry1"}, blocking=True
    )
    await hass.async_block_till_done()
    assert SYMPTOMS_KEY not in hass_storage
    assert value(hass, TIGHTNESS) == "unknown"


async def test_log_survives_restart_and_retention(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory
) -> None:
    entry = await setup_entry(hass, retention_days=30)
    await log(hass, tightness=7, sensations=["sharp_pull"])
    assert value(hass, LEVEL) == "monitor"
    await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert value(hass, TIGHTNESS) == "7"
    assert value(hass, LEVEL) == "monitor"
    freezer.tick(timedelta(days=31))
    await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.runtime_data.care.symptoms.entries == []


async def test_corrupt_symptom_file_is_reported(
    hass: HomeAssistant, chair: str, hass_storage: dict[str, Any]
) -> None:
    hass_storage[SYMPTOMS_KEY] = {
        "version": 1,
        "minor_version": 1,
        "key": SYMPTOMS_KEY,
        "data": {"entries": [{"at": "yesterday", "tightness": 4}]},
    }
    storage_dir = Path(hass.config.path(".storage"))
    storage_dir.mkdir(parents=True, exist_ok=True)
    (storage_dir / SYMPTOMS_KEY).write_text(json.dumps(hass_storage[SYMPTOMS_KEY]))
    try:
        entry = await setup_entry(hass)
        assert entry.state is ConfigEntryState.LOADED
        issue = ir.async_get(hass).async_get_issue(
            DOMAIN, "state_reset_entry1_symptoms"
        )
        assert issue is not None
        assert issue.translation_key == "symptoms_reset"
        assert list(storage_dir.glob(f"{SYMPTOMS_KEY}.corrupt.*"))
        await log(hass, tightness=2)  # the log works again
    finally:
        for leftover in storage_dir.glob(f"{SYMPTOMS_KEY}*"):
            leftover.unlink()


async def test_newer_symptom_file_is_left_alone(
    hass: HomeAssistant, chair: str, hass_storage: dict[str, Any]
) -> None:
    hass_storage[SYMPTOMS_KEY] = {
        "version": 9,
        "minor_version": 1,
        "key": SYMPTOMS_KEY,
        "data": {},
    }
    entry = await setup_entry(hass)
    assert entry.state is ConfigEntryState.LOADED
    assert (
        ir.async_get(hass).async_get_issue(DOMAIN, "state_reset_entry1_symptoms")
        is not None
    )
    await log(hass, tightness=2)
    await hass.async_block_till_done()
    assert hass_storage[SYMPTOMS_KEY]["version"] == 9  # not overwritten


async def test_alert_not_repeated_after_restart(
    hass: HomeAssistant, chair: str
) -> None:
    phone: list[ServiceCall] = async_mock_service(hass, "notify", "mobile_app_pixel")
    entry = await setup_entry(hass, notify_targets=[PHONE])
    await log(hass, tightness=5, sensations=["weakness"])
    sent = len(phone)
    await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert len(phone) == sent
    assert ir.async_get(hass).async_get_issue(DOMAIN, "triage_entry1") is not None


async def test_older_symptom_file_is_migrated(
    hass: HomeAssistant, chair: str, hass_storage: dict[str, Any]
) -> None:
    hass_storage[SYMPTOMS_KEY] = {
        "version": 1,
        "minor_version": 0,
        "key": SYMPTOMS_KEY,
        "data": {"alerted_level": "self_care"},
    }
    entry = await setup_entry(hass)
    assert entry.state is ConfigEntryState.LOADED
    assert (
        ir.async_get(hass).async_get_issue(DOMAIN, "state_reset_entry1_symptoms")
        is None
    )
    await log(hass, tightness=3)
    assert value(hass, TIGHTNESS) == "3"


async def test_diagnostics_redact_notes(
    hass: HomeAssistant, chair: str, hass_client: Any
) -> None:
    from pytest_homeassistant_custom_component.components.diagnostics import (
        get_diagnostics_for_config_entry,
    )

    from homeassistant.setup import async_setup_component

    assert await async_setup_component(hass, "diagnostics", {})
    entry = await setup_entry(hass)
    await log(hass, tightness=4, notes="my private note")
    result = await get_diagnostics_for_config_entry(hass, hass_client, entry)
    await log(hass, tightness=6, pain=5, sensations=["numbness"], side="left")
    result = await get_diagnostics_for_config_entry(hass, hass_client, entry)
    # counts and levels only: no values, signs, reasons or notes
    assert result["symptoms"] == {
        "entries": 2,
        "professional_reviews": 0,
        "alerted_level": "consult",
        "assessment": {"level": "consult", "reasons": 2, "routines_allowed": True},
    }
    text = json.dumps(result)
    for private in ("my private note", "numbness", "nerve_involvement", "tightness"):
        assert private not in text


# -- issue 13: safe to rely on ------------------------------------------------------------


async def jump(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, delta: timedelta
) -> None:
    """Move the clock a long way (days); the timers due meanwhile fire once."""
    freezer.tick(delta - timedelta(minutes=1))
    await advance(hass, freezer, timedelta(minutes=1))


async def start_routine(hass: HomeAssistant) -> None:
    await hass.services.async_call(
        DOMAIN,
        "start_routine",
        {"config_entry_id": "entry1", "routine": "desk_break"},
        blocking=True,
    )


async def review(hass: HomeAssistant, **data: Any) -> dict[str, Any]:
    return await answer(hass, "log_professional_review", **data)


def triage_pushes(phone: list[ServiceCall]) -> list[ServiceCall]:
    return [c for c in phone if c.data["title"].startswith("Hamstring Coach:")]


async def test_pop_then_bruising_on_day_16_over_weeks(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory
) -> None:
    """The avulsion scenario: nothing lapses, a new reason alerts, no routine is led."""
    phone: list[ServiceCall] = async_mock_service(hass, "notify", "mobile_app_pixel")
    entry = await setup_entry(hass, notify_targets=[PHONE])
    events = record_coach_events(hass)
    response = await log(hass, tightness=7, pain=6, sensations=["pop"], side="right")
    assert response["level"] == "urgent"
    assert response["recommended_routines"] == []
    assert response["routines_allowed"] is False
    assert len(triage_pushes(phone)) == 1
    assert phone[-1].data["title"] == "Hamstring Coach: get medical advice today"
    # every door refuses to start a routine, with a translated reason
    for press in (
        lambda: start_routine(hass),
        lambda: hass.services.async_call(
            "button",
            "press",
            {"entity_id": "button.study_desk_start_routine"},
            blocking=True,
        ),
    ):
        with pytest.raises(ServiceValidationError) as err:
            await press()
        assert err.value.translation_key == "routine_held_by_triage"
        assert "Log professional review" in str(err.value)
    assert entry.runtime_data.engine.runner.current is None
    # day 16: bruising and weakness. Same level, new reasons: a push and an event
    await jump(hass, freezer, timedelta(days=16))
    assert value(hass, LEVEL) == "urgent"
    response = await log(hass, tightness=6, sensations=["bruising", "weakness"])
    assert response["level"] == "urgent"
    codes = [r["code"] for r in response["reasons"]]
    assert "possible_avulsion" in codes
    assert "nerve_glides" not in response["recommended_routines"]
    assert len(triage_pushes(phone)) == 2
    alert = [attrs for kind, attrs in events if kind == "triage_alert"][-1]
    assert "possible_avulsion" in alert["new_reasons"]
    issue = ir.async_get(hass).async_get_issue(DOMAIN, "triage_entry1")
    assert "tendon pulled away" in issue.translation_placeholders["reasons"]
    # seen by a professional: the signs before rest, routines come back
    freezer.tick(timedelta(hours=3))
    response = await review(hass, notes="MRI booked")
    assert response["routines_allowed"] is True
    assert response["level"] == "self_care"
    await start_routine(hass)
    assert entry.runtime_data.engine.runner.current is not None
    # ... but dynamic mobility is not recommended within 42 days of the pop
    response = await log(hass, tightness=5, context="after_activity")
    assert "dynamic_mobility" not in response["recommended_routines"]


async def test_red_flag_then_review_and_no_silent_lapse(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory
) -> None:
    hass.config.country = "GB"
    phone: list[ServiceCall] = async_mock_service(hass, "notify", "mobile_app_pixel")
    await setup_entry(hass, notify_targets=[PHONE])
    response = await log(hass, tightness=3, sensations=["saddle_numbness"])
    assert response["level"] == "emergency"
    assert response["advice"] == "get emergency help now: call 999"
    assert "call 999" in response["reasons"][0]["sentence"]
    issue = ir.async_get(hass).async_get_issue(DOMAIN, "triage_entry1")
    assert issue.severity is ir.IssueSeverity.CRITICAL
    assert issue.translation_placeholders["number"] == "999"
    assert "Call 999 now" in issue.translation_placeholders["help"]
    assert phone[-1].data["title"] == "Hamstring Coach: emergency, call 999 now"
    # 15 days on it still holds (it used to lapse after 14)
    await jump(hass, freezer, timedelta(days=15))
    assert value(hass, LEVEL) == "emergency"
    # after 42 days, never reviewed: it steps down to a reminder, with a push
    await jump(hass, freezer, timedelta(days=28))
    assert value(hass, LEVEL) == "consult"
    assert hass.states.get(LEVEL).attributes["reasons"] == ["red_flag_not_reviewed"]
    assert "red flag" not in phone[-1].data["message"]  # words, not codes
    assert "numbness around the groin" in phone[-1].data["message"]
    sent = len(phone)
    # the review ends it
    response = await review(hass)
    assert response["level"] == "self_care"
    assert ir.async_get(hass).async_get_issue(DOMAIN, "triage_entry1") is None
    # a new red flag after the review counts again, and alerts again
    response = await log(hass, tightness=3, sensations=["saddle_numbness"])
    assert response["level"] == "emergency"
    assert len(phone) == sent + 1


async def test_re_escalation_alerts_again_and_events_need_no_targets(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory
) -> None:
    await setup_entry(hass)  # no notify targets
    events = record_coach_events(hass)
    await log(hass, tightness=3, sensations=["bladder_bowel_change"])
    freezer.tick(timedelta(hours=5))
    await review(hass)
    freezer.tick(timedelta(days=1))
    await log(hass, tightness=3, sensations=["calf_swelling"])
    freezer.tick(timedelta(hours=1))
    await log(hass, tightness=3, sensations=["bladder_bowel_change"])
    alerts = [attrs for kind, attrs in events if kind == "triage_alert"]
    assert [a["level"] for a in alerts] == ["emergency", "urgent", "emergency"]
    assert alerts[-1]["new_reasons"] == ["cauda_equina_signs"]
    issue = ir.async_get(hass).async_get_issue(DOMAIN, "triage_entry1")
    assert issue.severity is ir.IssueSeverity.CRITICAL


async def test_a_running_routine_stops_when_help_is_needed(
    hass: HomeAssistant, chair: str
) -> None:
    entry = await setup_entry(hass)
    events = record_coach_events(hass)
    await start_routine(hass)
    assert entry.runtime_data.engine.runner.current is not None
    await log(hass, tightness=6, sensations=["tearing"])
    assert entry.runtime_data.engine.runner.current is None
    stopped = [attrs for kind, attrs in events if kind == "routine_stopped"]
    assert stopped[-1]["reason"] == "triage"


async def test_reminder_offers_no_routine_while_held(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory
) -> None:
    phone: list[ServiceCall] = async_mock_service(hass, "notify", "mobile_app_pixel")
    await setup_entry(hass, notify_targets=[PHONE])
    await log(hass, tightness=6, sensations=["fever"])
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=46))
    reminder = [c for c in phone if c.data.get("title") == "Time to stand up"][-1]
    titles = [action["title"] for action in reminder.data["data"]["actions"]]
    assert "Start desk break" not in titles
    assert "I'm up" in titles


async def test_delete_history_is_for_administrators(
    hass: HomeAssistant,
    chair: str,
    hass_read_only_user: Any,
    hass_storage: dict[str, Any],
) -> None:
    from homeassistant.core import Context
    from homeassistant.exceptions import Unauthorized

    entry = await setup_entry(hass)
    await log(hass, tightness=5, sensations=["numbness"])
    await review(hass)
    with pytest.raises(Unauthorized):
        await hass.services.async_call(
            DOMAIN,
            "delete_history",
            {"config_entry_id": "entry1"},
            blocking=True,
            context=Context(user_id=hass_read_only_user.id),
        )
    assert len(entry.runtime_data.care.symptoms.entries) == 1
    await hass.services.async_call(
        DOMAIN, "delete_history", {"config_entry_id": "entry1"}, blocking=True
    )
    assert entry.runtime_data.care.symptoms.entries == []
    assert entry.runtime_data.care.symptoms.reviews == []


async def test_symptom_log_of_version_0_2_keeps_its_meaning(
    hass: HomeAssistant, chair: str, hass_storage: dict[str, Any]
) -> None:
    """A stored log of 0.2 (format 1.1): old signs load, nothing is sent twice."""
    phone: list[ServiceCall] = async_mock_service(hass, "notify", "mobile_app_pixel")
    hass_storage[SYMPTOMS_KEY] = {
        "version": 1,
        "minor_version": 1,
        "key": SYMPTOMS_KEY,
        "data": {
            "entries": [
                {
                    "at": "2026-06-20T08:00:00+00:00",
                    "tightness": 5,
                    "pain": 3,
                    "side": "left",
                    "sensations": ["fever_or_weight_loss"],
                    "context": "morning",
                    "notes": "felt hot",
                },
                {
                    "at": "2026-06-29T08:00:00+00:00",
                    "tightness": 4,
                    "pain": None,
                    "side": None,
                    "sensations": ["both_legs", "tingling"],
                    "context": None,
                    "notes": None,
                },
            ],
            "alerted_level": "emergency",
        },
    }
    entry = await setup_entry(hass, notify_targets=[PHONE])
    symptoms = entry.runtime_data.care.symptoms
    assert symptoms.entries[0].sensations == {"fever", "unexplained_weight_loss"}
    assert symptoms.entries[0].notes == "felt hot"
    assert symptoms.entries[1].sensations == {"both_legs", "tingling"}
    assert value(hass, LEVEL) == "emergency"  # both legs: as it was
    reasons = hass.states.get(LEVEL).attributes["reasons"]
    assert {"both_legs", "fever", "unexplained_weight_loss"} <= set(reasons)
    assert phone == []  # already alerted at emergency before the upgrade
    assert symptoms.alerted is not None
    await hass.async_block_till_done()
    await hass.config_entries.async_unload(entry.entry_id)
    stored = hass_storage[SYMPTOMS_KEY]
    assert stored["minor_version"] == 2
    assert stored["data"]["entries"][0]["sensations"] == [
        "fever",
        "unexplained_weight_loss",
    ]


async def test_since_days_and_legacy_sign_through_the_action(
    hass: HomeAssistant, chair: str
) -> None:
    await setup_entry(hass)
    response = await log(hass, tightness=4, since_days=50)
    assert response["level"] == "consult"
    assert response["reasons"][0]["code"] == "long_lasting"
    assert "7 weeks" in response["reasons"][0]["sentence"]
    response = await log(hass, tightness=4, sensations=["fever_or_weight_loss"])
    assert response["level"] == "urgent"
    with pytest.raises(ServiceValidationError) as err:
        await log(hass, tightness=4, since_days=4000)
    assert err.value.translation_placeholders["field"] == "since_days"


async def test_an_unreviewed_red_flag_outlives_the_retention(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory
) -> None:
    entry = await setup_entry(hass, retention_days=30)
    await log(hass, tightness=6, sensations=["pop"])
    await log(hass, tightness=3)
    await jump(hass, freezer, timedelta(days=35))
    await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    kept = entry.runtime_data.care.symptoms.entries
    assert [e.sensations for e in kept] == [{"pop"}]  # the calm entry is gone
    assert value(hass, LEVEL) == "urgent"
    await review(hass)
    await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.runtime_data.care.symptoms.entries == []


async def test_held_back_routines_do_not_start_and_stop_when_held(
    hass: HomeAssistant, chair: str
) -> None:
    entry = await setup_entry(hass)
    await hass.services.async_call(
        DOMAIN,
        "start_routine",
        {"config_entry_id": "entry1", "routine": "nerve_glides"},
        blocking=True,
    )
    assert entry.runtime_data.engine.runner.current.id == "nerve_glides"
    response = await log(hass, tightness=6, pain=8)
    assert response["level"] == "consult"
    assert entry.runtime_data.engine.runner.current is None  # stopped: severe pain
    with pytest.raises(ServiceValidationError) as err:
        await hass.services.async_call(
            DOMAIN,
            "start_routine",
            {"config_entry_id": "entry1", "routine": "dynamic_mobility"},
            blocking=True,
        )
    assert err.value.translation_key == "routine_held_back"
    assert "dynamic_mobility" in str(err.value)
    await start_routine(hass)  # the desk break is still fine
    assert entry.runtime_data.engine.runner.current.id == "desk_break"


async def test_review_notes_are_checked(hass: HomeAssistant, chair: str) -> None:
    await setup_entry(hass)
    with pytest.raises(ServiceValidationError) as err:
        await review(hass, notes="x" * 501)
    assert err.value.translation_placeholders["field"] == "notes"
    with pytest.raises(ServiceValidationError) as err:
        await review(hass, when="yesterday")
    assert err.value.translation_key == "unknown_field"
