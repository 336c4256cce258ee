"""Weekly insights in Home Assistant: the summary's timing, get_insights, the fix flow."""

from __future__ import annotations

from datetime import date, datetime, timedelta
import random
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import async_mock_service

from homeassistant.core import HomeAssistant, ServiceCall
from homeassistant.helpers import issue_registry as ir
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from custom_components.hamstring_coach.const import DOMAIN
from custom_components.hamstring_coach.core.sitting import DayStats
from custom_components.hamstring_coach.core.triage import SymptomEntry

from .conftest import advance, record_coach_events, setup_entry, value

PHONE = "notify.mobile_app_pixel"


async def get_insights(hass: HomeAssistant, entry_id: str) -> Any:
    """Return the get_insights answer of one profile."""
    return await hass.services.async_call(
        DOMAIN,
        "get_insights",
        {"config_entry_id": entry_id},
        blocking=True,
        return_response=True,
    )


def seed_linked_history(entry: Any, today: date) -> None:
    """Eight weeks where tightness follows the previous day's sitting."""
    rng = random.Random(5)
    coordinator = entry.runtime_data
    days = coordinator.engine.coach.tracker.days
    entries = []
    for i in range(57, 0, -1):
        day = today - timedelta(days=i)
        hours = rng.uniform(3, 10)
        days[day] = DayStats(timedelta(hours=hours), 8, timedelta(minutes=60))
        before = days.get(day - timedelta(days=1))
        if before is not None:
            level = round(
                2 + 0.8 * before.sitting.total_seconds() / 3600 + rng.uniform(-1, 1)
            )
            at = datetime(day.year, day.month, day.day, 20, tzinfo=dt_util.UTC)
            entries.append(SymptomEntry(at=at, tightness=max(0, min(10, level))))
    coordinator.care.symptoms.entries = entries


async def test_summary_is_sent_once_a_week_and_caught_up(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory
) -> None:
    phone: list[ServiceCall] = async_mock_service(hass, "notify", "mobile_app_pixel")
    await hass.config.async_set_time_zone("UTC")
    freezer.move_to("2026-06-28 17:58:00+00:00")  # a Sunday
    entry = await setup_entry(hass, notify_targets=[PHONE])
    events = record_coach_events(hass)
    await advance(hass, freezer, timedelta(minutes=3))
    summaries = [e for e in events if e[0] == "weekly_summary"]
    assert len(summaries) == 1
    assert summaries[0][1]["sentences"]
    assert phone[-1].data["title"] == "Your week at Study desk"
    # a week later HA is down at 18:00 (17:50 to 18:10): sent at start-up, once
    freezer.move_to("2026-07-05 17:50:00+00:00")
    await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    freezer.move_to("2026-07-05 18:10:00+00:00")
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert len([e for e in events if e[0] == "weekly_summary"]) == 2
    await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    await advance(hass, freezer, timedelta(minutes=5))
    assert len([e for e in events if e[0] == "weekly_summary"]) == 2  # never twice
    # moving the summary to Monday morning sends nothing extra now
    freezer.move_to("2026-07-06 10:00:00+00:00")
    hass.config_entries.async_update_entry(
        entry,
        options={
            **entry.options,
            "weekly_summary_day": "mon",
            "weekly_summary_time": "09:00:00",
        },
    )
    await hass.config_entries.async_reload(entry.entry_id)
    await hass.async_block_till_done()
    assert len([e for e in events if e[0] == "weekly_summary"]) == 2


async def test_summary_can_be_off(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory
) -> None:
    await hass.config.async_set_time_zone("UTC")
    freezer.move_to("2026-06-28 17:58:00+00:00")
    await setup_entry(hass, weekly_summary_day="off")
    events = record_coach_events(hass)
    await advance(hass, freezer, timedelta(minutes=5))
    assert not [e for e in events if e[0] == "weekly_summary"]


async def test_get_insights_and_the_suggestion_fix_flow(
    hass: HomeAssistant, chair: str, hass_client: Any
) -> None:
    # real time here: the HTTP client's token was issued at the real time
    today = dt_util.now().date()
    assert await async_setup_component(hass, "repairs", {})
    entry = await setup_entry(hass)
    response = await get_insights(hass, entry.entry_id)
    assert response["previous_day_sitting_vs_tightness"]["days_needed"] == 14
    assert "14 more days" in " ".join(response["sentences"])
    seed_linked_history(entry, today)
    response = await get_insights(hass, entry.entry_id)
    link = response["previous_day_sitting_vs_tightness"]
    assert link["strength"] == "strong"
    assert link["paired_days"] >= 14
    assert link["clear_link"] is True
    assert link["p_value"] < 0.05
    entry.runtime_data.change_symptoms(lambda _now: None)  # assess and publish
    await hass.async_block_till_done()
    trend = hass.states.get("sensor.study_desk_tightness_trend")
    assert trend is not None
    shown = trend.attributes["previous_day_sitting_vs_tightness"]
    assert shown["p_value"] == link["p_value"]
    assert shown["paired_days"] == link["paired_days"]
    assert shown["clear_link"] is True
    text = " ".join(response["sentences"])
    assert "strong link over 8 weeks" in text
    assert f"{link['paired_days']} days, p " in text
    assert "not that one causes the other" in text
    assert response["suggestion"] == {
        "option": "break_after",
        "current": 45,
        "proposed": 30,
    }
    issue = ir.async_get(hass).async_get_issue(DOMAIN, f"suggestion_{entry.entry_id}")
    assert issue is not None
    assert issue.is_fixable
    # accept it through the Repairs API, as the UI does
    client = await hass_client()
    result = await (
        await client.post(
            "/api/repairs/issues/fix",
            json={"handler": DOMAIN, "issue_id": issue.issue_id},
        )
    ).json()
    assert result["step_id"] == "confirm"
    result = await (
        await client.post(f"/api/repairs/issues/fix/{result['flow_id']}")
    ).json()
    assert result["type"] == "create_entry"
    await hass.async_block_till_done()
    assert entry.options["break_after"] == 30
    # judged again only on the days after the change: no second suggestion at once
    assert (
        ir.async_get(hass).async_get_issue(DOMAIN, f"suggestion_{entry.entry_id}")
        is None
    )
    # the data no longer supports it (history erased): the suggestion goes away
    await hass.services.async_call(
        DOMAIN, "delete_history", {"config_entry_id": entry.entry_id}, blocking=True
    )
    await hass.async_block_till_done()
    assert (
        ir.async_get(hass).async_get_issue(DOMAIN, f"suggestion_{entry.entry_id}")
        is None
    )


async def test_insight_sensors(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory
) -> None:
    freezer.move_to("2026-06-28 09:00:00+00:00")
    entry = await setup_entry(hass)
    seed_linked_history(entry, date(2026, 6, 28))
    await hass.services.async_call(
        DOMAIN,
        "log_symptoms",
        {"config_entry_id": entry.entry_id, "tightness": 5},
        blocking=True,
    )
    await hass.async_block_till_done()
    average = float(value(hass, "sensor.study_desk_weekly_sitting_average"))
    assert 3 <= average <= 10
    assert (
        hass.states.get("sensor.study_desk_weekly_sitting_average").attributes[
            "state_class"
        ]
        == "measurement"
    )
    assert value(hass, "sensor.study_desk_tightness_trend") not in (
        "unknown",
        "unavailable",
    )


@pytest.mark.parametrize("day", ["mon", "sun", "off"])
async def test_options_offer_the_summary_day(
    hass: HomeAssistant, chair: str, day: str
) -> None:
    entry = await setup_entry(hass)
    result = await hass.config_entries.options.async_init(entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {
            "break_after": 45,
            "min_break": 60,
            "reminder_repeat": 10,
            "posture_check_every": 20,
            "weekly_summary_day": day,
            "weekly_summary_time": "07:30:00",
        },
    )
    result = await hass.config_entries.options.async_configure(result["flow_id"], {})
    assert result["type"] == "create_entry"
    assert entry.options["weekly_summary_day"] == day


async def test_an_unclear_link_is_said_as_such(hass: HomeAssistant) -> None:
    """Sitting and tightness drawn independently: no link and no suggestion."""
    entry = await setup_entry(hass)
    coordinator = entry.runtime_data
    today = dt_util.now().date()
    rng = random.Random(4)
    for back in range(1, 30):
        day = today - timedelta(days=back)
        coordinator.engine.coach.tracker.days[day] = DayStats(
            sitting=timedelta(hours=rng.uniform(3, 10))
        )
        coordinator.care.symptoms.entries.append(
            SymptomEntry(
                at=datetime(day.year, day.month, day.day, 20, tzinfo=dt_util.UTC),
                tightness=rng.randint(2, 7),
            )
        )
    response = await get_insights(hass, entry.entry_id)
    link = response["previous_day_sitting_vs_tightness"]
    assert link["paired_days"] >= 14
    assert link["clear_link"] is False
    assert link["p_value"] >= 0.05
    assert response["suggestion"] is None
    text = " ".join(response["sentences"])
    assert "No clear link yet between your sitting" in text
    assert "not that one causes the other" not in text


@pytest.mark.parametrize(
    ("p_value", "said"),
    [
        (0.0004, "p < 0.001"),
        (0.0496, "p = 0.049"),
        (0.05, "p = 0.050"),
        (0.134, "p = 0.13"),
    ],
)
def test_p_values_are_said_rounded_down(p_value: float, said: str) -> None:
    """A clear link (p < 0.05) never reads "p = 0.05"."""
    from custom_components.hamstring_coach.core.insights import Association
    from custom_components.hamstring_coach.insights_text import _p

    assert _p(Association(0.5, 20, p_value)) == said
