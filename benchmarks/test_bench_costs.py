"""Set-up time, memory per profile, and the cost of the triage with a year of history."""

from __future__ import annotations

import asyncio
import cProfile
from datetime import UTC, date, datetime, timedelta
import os
from statistics import median
import time
import tracemalloc
from typing import Any

from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.core import HomeAssistant

from custom_components.hamstring_coach.const import DOMAIN
from custom_components.hamstring_coach.core.triage import (
    DaySitting,
    SymptomEntry,
    assess,
)

from .conftest import record

NOW = datetime(2026, 6, 30, 18, tzinfo=UTC)


def _entry(number: int) -> MockConfigEntry:
    return MockConfigEntry(
        domain=DOMAIN,
        title=f"Desk {number}",
        data={"sitting_entities": [f"binary_sensor.chair_{number}"]},
        options={"break_after": 45, "min_break": 60},
        entry_id=f"bench{number}",
    )


def _year_of_entries(days: int = 366) -> list[SymptomEntry]:
    return [
        SymptomEntry(
            at=NOW - timedelta(days=day, hours=day % 5),
            tightness=3 + day % 5,
            sensations=frozenset({"tingling"} if day % 40 == 0 else ()),
            context=("after_sitting", "after_activity", "morning")[day % 3],
            notes="a note" if day % 7 == 0 else None,
        )
        for day in range(days)
    ]


def _month_of_state(number: int) -> dict[str, Any]:
    """A state file after a month of desk days, and a month of symptoms."""
    days = {
        (date(2026, 6, 1) + timedelta(days=i)).isoformat(): {
            "sitting_s": 6.5 * 3600,
            "breaks": 9,
            "longest_streak_s": 75 * 60,
        }
        for i in range(30)
    }
    completions = [
        {
            "routine": "desk_break",
            "started": (NOW - timedelta(days=i // 2, hours=i % 2 * 3)).isoformat(),
            "ended": (
                NOW - timedelta(days=i // 2, hours=i % 2 * 3, minutes=-2)
            ).isoformat(),
            "steps_done": 4,
            "steps_total": 4,
            "finished": True,
        }
        for i in range(60)
    ]
    return {
        "format": 1,
        "saved_at": NOW.isoformat(),
        "tracker": {
            "phase": "idle",
            "source": False,
            "streak_start": None,
            "streak_s": 0,
            "counted_until": None,
            "gap_start": None,
            "gap_unknown": False,
            "streak_day": None,
            "streak_on_day_s": 0,
            "days": days,
        },
        "reminders": {
            "enabled": True,
            "snooze_until": None,
            "streak_start": None,
            "reminders_sent": 0,
            "last_reminder": None,
            "posture_checks": 0,
            "acknowledged_until": None,
            "last_length_s": 0,
        },
        "routines": {
            "current": None,
            "stage_index": 0,
            "stage_started": None,
            "paused_at": None,
            "started": None,
            "completions": completions,
            "selected": "desk_break",
        },
    }


async def test_setup_time(hass: HomeAssistant) -> None:
    """Set up 1 entry, then 49 more: milliseconds per entry."""
    asyncio.get_running_loop().set_debug(False)  # as in production
    first = _entry(0)
    first.add_to_hass(hass)
    start = time.perf_counter()
    assert await hass.config_entries.async_setup(first.entry_id)
    await hass.async_block_till_done()
    one = time.perf_counter() - start
    entries = [_entry(n) for n in range(1, 50)]
    for entry in entries:
        entry.add_to_hass(hass)
    profile = cProfile.Profile() if os.environ.get("BENCH_PROFILE") == "setup" else None
    if profile:
        profile.enable()
    start = time.perf_counter()
    for entry in entries:
        assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    rest = time.perf_counter() - start
    if profile:
        profile.disable()
        profile.dump_stats("/tmp/prof_setup.out")
    record("Set-up time", "entries", "total ms", "ms per entry", "target")
    record(
        "Set-up time",
        "1 (loads the platforms)",
        f"{one * 1000:.1f}",
        f"{one * 1000:.1f}",
        "-",
    )
    record(
        "Set-up time",
        "49 more (50 in all)",
        f"{rest * 1000:.1f}",
        f"{rest * 1000 / 49:.1f}",
        "< 20 ms per entry",
    )
    assert rest / 49 < 0.020


async def test_memory_per_entry(
    hass: HomeAssistant, hass_storage: dict[str, Any]
) -> None:
    """Memory of a profile after a simulated month (state, routine log, symptoms)."""
    asyncio.get_running_loop().set_debug(False)
    count = 20
    for number in range(count):
        hass_storage[f"{DOMAIN}.bench{number}"] = {
            "version": 1,
            "minor_version": 1,
            "key": f"{DOMAIN}.bench{number}",
            "data": _month_of_state(number),
        }
        hass_storage[f"{DOMAIN}.bench{number}.symptoms"] = {
            "version": 1,
            "minor_version": 1,
            "key": f"{DOMAIN}.bench{number}.symptoms",
            "data": {"entries": [e.to_dict() for e in _year_of_entries(30)]},
        }
    warm = _entry(99)  # load code and platforms before measuring
    warm.add_to_hass(hass)
    assert await hass.config_entries.async_setup(warm.entry_id)
    await hass.async_block_till_done()
    entries = [_entry(n) for n in range(count)]
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    for entry in entries:
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    grown = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
    record("Memory", "profiles", "KiB per profile (a month of data, 23 entities)")
    record("Memory", count, f"{grown / count / 1024:.0f}")


async def test_triage_cost(hass: HomeAssistant) -> None:
    """The assessment and log_symptoms with a year of history."""
    asyncio.get_running_loop().set_debug(False)
    history = _year_of_entries()
    completions = [NOW - timedelta(days=d / 2) for d in range(700)]
    sitting = {
        (NOW - timedelta(days=d)).date(): DaySitting(6.5, 70) for d in range(1, 366)
    }
    runs = []
    for _ in range(200):
        start = time.perf_counter()
        assess(history, completions, sitting, now=NOW, zone=UTC)
        runs.append(time.perf_counter() - start)
    entry = _entry(0)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    entry.runtime_data.symptoms.entries = _year_of_entries()
    calls = []
    for n in range(50):
        start = time.perf_counter()
        await hass.services.async_call(
            DOMAIN,
            "log_symptoms",
            {"config_entry_id": entry.entry_id, "tightness": n % 10},
            blocking=True,
            return_response=True,
        )
        calls.append(time.perf_counter() - start)
    record("Triage with a year of history (366 entries)", "what", "median ms", "target")
    record(
        "Triage with a year of history (366 entries)",
        "assess()",
        f"{median(runs) * 1000:.2f}",
        "< 5 ms",
    )
    record(
        "Triage with a year of history (366 entries)",
        "log_symptoms action (validate, log, assess, answer)",
        f"{median(calls) * 1000:.2f}",
        "-",
    )
    assert median(runs) < 0.005
