"""A simulated 10-hour day: the source alone, the core helpers, and Hamstring Coach.

Run with ``scripts/bench``. Each scenario gets its own Home Assistant with the recorder
(in-memory SQLite), so state writes cost what they cost for a user. CPU is
``time.process_time`` (frozen time also freezes ``perf_counter``).
"""

from __future__ import annotations

import asyncio
from collections import Counter
import cProfile
from dataclasses import dataclass
from datetime import datetime, timedelta
import os
import random
from statistics import median
import time
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
    async_mock_service,
)
from pytest_homeassistant_custom_component.components.recorder.common import (
    async_wait_recording_done,
)

from homeassistant.components.recorder import Recorder
from homeassistant.core import Event, EventStateChangedData, HomeAssistant, callback
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util

from custom_components.hamstring_coach.const import DOMAIN

from .conftest import TABLE_BUILDERS, record

SOURCE = "binary_sensor.desk_chair"
DESK_HEIGHT = "sensor.desk_height"  # the numeric source of the desk height day
HEIGHT_ATTRIBUTES = {"unit_of_measurement": "cm", "device_class": "distance"}
DAYS = ("desk day", "flapping day", "desk height day")
DAY = timedelta(hours=10)
STEP = timedelta(seconds=30)
START = "2026-05-04 08:00:00+00:00"
REPEATS = 3


@dataclass
class Run:
    """One simulated day in one scenario."""

    cpu: float
    loops: int
    source_changes: int
    entities: int
    writes: int
    most_writes: int
    busiest: str


RUNS: dict[tuple[str, str], list[Run]] = {}


def day_tables() -> None:
    """Fill the tables from the medians of the repeated runs."""
    if not RUNS:
        return
    record(
        "Day scenarios (median of runs)",
        "day",
        "scenario",
        "source changes",
        "CPU s",
        "extra CPU over source only, s",
        "loop iterations",
        "entities written",
        "writes by them",
        "most writes by one entity",
    )
    record("Ratios", "day", "our extra CPU / core helpers' extra CPU", "target", "met")
    for day in DAYS:
        base = median(
            r.cpu for r in RUNS.get((day, "source only"), [Run(0, 0, 0, 0, 0, 0, "")])
        )
        extra: dict[str, float] = {}
        for scenario in ("source only", "core helpers", "Hamstring Coach"):
            runs = RUNS.get((day, scenario))
            if not runs:
                continue
            cpu = median(r.cpu for r in runs)
            extra[scenario] = cpu - base
            last = runs[-1]
            record(
                "Day scenarios (median of runs)",
                day,
                scenario,
                last.source_changes,
                f"{cpu:.2f}",
                "-" if scenario == "source only" else f"{cpu - base:.2f}",
                median(r.loops for r in runs),
                last.entities,
                last.writes,
                f"{last.most_writes} ({last.busiest})",
            )
        if "core helpers" in extra and "Hamstring Coach" in extra:
            ratio = extra["Hamstring Coach"] / max(extra["core helpers"], 1e-9)
            target = 0.1 if day == "flapping day" else 0.5
            record(
                "Ratios",
                day,
                f"{ratio:.2f}",
                f"≤ {target}",
                "yes" if ratio <= target else "no",
            )


TABLE_BUILDERS.append(day_tables)


def desk_day(seed: int = 1) -> list[tuple[float, str]]:
    """Sitting bouts of 20-90 min with short shifts, breaks of 1-15 min (~60 changes)."""
    rng = random.Random(seed)
    events: list[tuple[float, str]] = []
    t = 60.0
    while t < DAY.total_seconds():
        events.append((t, "on"))
        bout_end = t + rng.uniform(20, 90) * 60
        for _ in range(rng.randint(0, 3)):  # shifts in the chair shorter than a minute
            shift = rng.uniform(t + 60, bout_end - 60)
            events += [(shift, "off"), (shift + rng.uniform(5, 50), "on")]
        events.append((bout_end, "off"))
        t = bout_end + rng.uniform(1, 15) * 60
    return sorted(e for e in events if e[0] < DAY.total_seconds())


def desk_height_day(seed: int = 3) -> list[tuple[float, str]]:
    """A standing desk's height over the desk day's bouts (~1,000 reports).

    Each change of posture moves the desk between 110 and 72 cm in 10 s, reported
    every second; after some, the desk is nudged to near 90 cm for 1-5 minutes.
    """
    rng = random.Random(seed)
    events: list[tuple[float, str]] = []
    postures = desk_day(seed)
    shifts = {  # an "off" with an "on" within a minute is a shift in the chair
        i
        for i in range(len(postures) - 1)
        if postures[i][1] == "off" and postures[i + 1][0] - postures[i][0] < 60
    }
    bouts = [
        event
        for i, event in enumerate(postures)
        if i not in shifts and i - 1 not in shifts
    ]
    for at, posture in bouts:
        low, high = (110.0, 72.0) if posture == "on" else (72.0, 110.0)
        events += [
            (at + second, f"{low + (high - low) * second / 10:.1f}")
            for second in range(1, 11)
        ]
        if rng.random() < 0.3:
            nudge = at + rng.uniform(60, 600)
            events += [
                (nudge, f"{90 + rng.uniform(-1.9, 1.9):.1f}"),
                (nudge + rng.uniform(60, 300), f"{high:.1f}"),
            ]
    return sorted(e for e in events if e[0] < DAY.total_seconds())


def flapping_day(seed: int = 2, count: int = 20_000) -> list[tuple[float, str]]:
    """20,000 changes at random instants."""
    rng = random.Random(seed)
    instants = sorted(rng.uniform(0, DAY.total_seconds()) for _ in range(count))
    return [(t, "on" if i % 2 == 0 else "off") for i, t in enumerate(instants)]


CORE_EQUIVALENT: dict[str, Any] = {
    "sensor": [
        {
            "platform": "history_stats",
            "name": "Sitting today",
            "entity_id": SOURCE,
            "state": "on",
            "type": "time",
            "start": "{{ today_at() }}",
            "end": "{{ now() }}",
        }
    ],
    "template": [
        {
            "sensor": [
                {
                    "name": "Sitting streak",
                    "unit_of_measurement": "min",
                    "state": (
                        "{{ ((now() - states.binary_sensor.desk_chair.last_changed)"
                        ".total_seconds() / 60) | int if is_state('binary_sensor.desk_chair', 'on')"
                        " else 0 }}"
                    ),
                }
            ],
            "binary_sensor": [
                {
                    "name": "Break due",
                    "state": "{{ is_state('binary_sensor.desk_chair', 'on') }}",
                    "delay_on": "00:45:00",
                }
            ],
        }
    ],
    "alert": {
        "break_due": {
            "name": "Break due",
            "entity_id": "binary_sensor.break_due",
            "state": "on",
            "repeat": 10,
            "notifiers": ["phone"],
        }
    },
}


# The desk height day's core equivalent adds a threshold helper that makes the chair,
# and for standing (the desk's other side) a second one with its own history_stats.
THRESHOLD = {
    "platform": "threshold",
    "name": "Desk chair",
    "entity_id": DESK_HEIGHT,
    "lower": 90,
    "hysteresis": 2,
}
STANDING_THRESHOLD = {
    "platform": "threshold",
    "name": "Desk standing",
    "entity_id": DESK_HEIGHT,
    "upper": 90,
    "hysteresis": 2,
}
STANDING_TODAY = {
    "platform": "history_stats",
    "name": "Standing today",
    "entity_id": "binary_sensor.desk_standing",
    "state": "on",
    "type": "time",
    "start": "{{ today_at() }}",
    "end": "{{ now() }}",
}


async def _set_up(hass: HomeAssistant, scenario: str, day: str) -> str:
    """Set up the scenario; return the entity the day's events go to."""
    numeric = day == "desk height day"
    source = DESK_HEIGHT if numeric else SOURCE
    if numeric:
        hass.states.async_set(DESK_HEIGHT, "110.0", HEIGHT_ATTRIBUTES)
    else:
        hass.states.async_set(SOURCE, "off")
    async_mock_service(hass, "notify", "phone")
    if scenario == "core helpers":
        if numeric:
            assert await async_setup_component(
                hass,
                "binary_sensor",
                {"binary_sensor": [THRESHOLD, STANDING_THRESHOLD]},
            )
        for domain in ("sensor", "template", "alert"):
            config = CORE_EQUIVALENT[domain]
            if numeric and domain == "sensor":
                config = [*config, STANDING_TODAY]
            assert await async_setup_component(hass, domain, {domain: config})
    elif scenario == "Hamstring Coach":
        thresholds = (
            {DESK_HEIGHT: {"comparison": "below", "value": 90, "hysteresis": 2}}
            if numeric
            else {}
        )
        entry = MockConfigEntry(
            domain=DOMAIN,
            title="Desk",
            data={
                "sitting_entities": [source],
                "thresholds": thresholds,
                # the desk's other side stands (the core side: a second threshold)
                "standing_entities": [source] if numeric else [],
            },
            options={"break_after": 45, "min_break": 60, "reminder_repeat": 10},
        )
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return source


@pytest.mark.parametrize("repeat", range(REPEATS))
@pytest.mark.parametrize(
    "expected_lingering_timers", [True]
)  # core templates keep timers
@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize("scenario", ["source only", "core helpers", "Hamstring Coach"])
async def test_day(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    freezer: FrozenDateTimeFactory,
    scenario: str,
    day: str,
    repeat: int,
) -> None:
    """Drive one day into one scenario; record CPU and writes per entity."""
    asyncio.get_running_loop().set_debug(
        False
    )  # as in production: no stack per callback
    start: datetime = dt_util.parse_datetime(START)  # type: ignore[assignment]
    freezer.move_to(start)
    source = await _set_up(hass, scenario, day)
    await async_wait_recording_done(hass)
    events = {
        "desk day": desk_day,
        "flapping day": flapping_day,
        "desk height day": desk_height_day,
    }[day]()
    attributes = HEIGHT_ATTRIBUTES if source == DESK_HEIGHT else {}
    writes: Counter[str] = Counter()

    @callback
    def count(event: Event[EventStateChangedData]) -> None:
        writes[event.data["entity_id"]] += 1

    hass.bus.async_listen("state_changed", count)
    prof = cProfile.Profile() if os.environ.get("BENCH_PROFILE") == scenario else None
    if prof:  # BENCH_PROFILE="Hamstring Coach" scripts/bench: where the time goes
        prof.enable()
    loop = asyncio.get_running_loop()
    run_once = loop._run_once  # type: ignore[attr-defined]  # noqa: SLF001
    loops = 0

    def counted_run_once() -> None:  # one event-loop iteration
        nonlocal loops
        loops += 1
        run_once()

    loop._run_once = counted_run_once  # type: ignore[attr-defined]  # noqa: SLF001
    cpu = time.process_time()
    index = 0
    for step in range(1, int(DAY / STEP) + 1):
        step_end = start + STEP * step
        while (
            index < len(events)
            and start + timedelta(seconds=events[index][0]) <= step_end
        ):
            freezer.move_to(start + timedelta(seconds=events[index][0]))
            hass.states.async_set(source, events[index][1], attributes)
            index += 1
        freezer.move_to(step_end)
        async_fire_time_changed(hass)
        await hass.async_block_till_done()
    # A delayed store write armed at "now" by a timer that async_fire_time_changed ran
    # sits a hair ahead of the frozen loop clock; waiting for the recorder would spin
    # the loop over it (tens of thousands of turns, only in a frozen-clock test: on a
    # real clock call_later(0) runs at once). One more second lets it run.
    freezer.tick(timedelta(seconds=1))
    async_fire_time_changed(hass)
    await hass.async_block_till_done()
    await async_wait_recording_done(hass)
    cpu = time.process_time() - cpu
    loop._run_once = run_once  # type: ignore[attr-defined]  # noqa: SLF001
    if prof:
        prof.disable()
        prof.dump_stats(f"/tmp/prof_{day}.out")
    ours = {k: v for k, v in writes.items() if k != source}
    busiest = max(ours.items(), key=lambda kv: kv[1], default=("-", 0))
    RUNS.setdefault((day, scenario), []).append(
        Run(
            cpu,
            loops,
            writes[source],
            len(ours),
            sum(ours.values()),
            busiest[1],
            busiest[0],
        )
    )
    if scenario == "Hamstring Coach":
        assert busiest[1] <= 660, busiest  # at most about one state a minute
