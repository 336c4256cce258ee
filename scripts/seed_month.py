"""Seed an e2e Home Assistant with four weeks of a plausible Hamstring Coach user.

Deterministic (one seed) and never part of the integration: ``scripts/screenshots``
uses it so the README's pictures show a month of data instead of an instance minutes
old. Before Home Assistant starts, ``seed_storage`` writes a profile "Desk" on the demo
chair (a config entry), its state file (28 days of sitting bouts and breaks run through
the integration's own engine, routines done, one weekly summary due) and its symptom
log (an evening entry most days; tightness follows the previous day's sitting, so the
weekly insights find a real link) and, in a recorder database made with the
recorder's own models, today's sitting states for the history card. Once it runs,
``statistics_messages`` are the recorder's own ``recorder/import_statistics`` calls:
hourly long-term statistics of the sensors the dashboard charts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
import json
from pathlib import Path
import random
import sys
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from custom_components.hamstring_coach.core.coach import CoachSettings  # noqa: E402
from custom_components.hamstring_coach.core.engine import Engine, SummarySchedule  # noqa: E402
from custom_components.hamstring_coach.core.routines import Completion  # noqa: E402

ENTRY_ID = "month"
PROFILE = "Desk"
CHAIR = "input_boolean.desk_chair"
ZONE = ZoneInfo("Europe/Berlin")
DAYS = 28
SEED = 2026
MINUTE = timedelta(minutes=1)


@dataclass
class Month:
    """What the seed made: the bouts per day and the evening tightness."""

    bouts: dict[date, list[tuple[datetime, datetime]]] = field(default_factory=dict)
    tightness: dict[date, int] = field(default_factory=dict)
    engine: Engine | None = None


def _settings() -> CoachSettings:
    return CoachSettings(
        break_after=timedelta(minutes=45),
        min_break=timedelta(seconds=60),
        reminder_repeat=timedelta(minutes=10),
        posture_check_every=timedelta(minutes=20),
    )


def simulate(now: datetime) -> Month:
    """Run 28 days and this morning through the engine, as the chair would have."""
    rng = random.Random(SEED)  # noqa: S311 - a reproducible scenario, no secret
    engine = Engine(_settings(), ZONE, SummarySchedule(6, 18 * 60), "desk_break")
    month = Month(engine=engine)
    today = now.astimezone(ZONE).date()
    hours_of: dict[date, float] = {}
    for back in range(DAYS, -1, -1):
        day = today - timedelta(days=back)
        weekend = day.weekday() >= 5
        start = datetime.combine(day, time(8, 30), ZONE) + rng.randint(0, 40) * MINUTE
        end = datetime.combine(day, time(13 if weekend else 17, 30), ZONE)
        end = min(end, now - 20 * MINUTE)
        longer = 1 + 0.6 * (back % 7 in (1, 2))  # two long days a week
        t, bouts = start, []
        while t < end - 20 * MINUTE:
            sit = rng.randint(20, int(60 * longer)) * MINUTE
            stop = min(t + sit, end)
            engine.observe(t, True)
            engine.tick(stop - MINUTE, True)  # reminders come while sitting
            engine.observe(stop, False)
            bouts.append((t, stop))
            t = stop + rng.randint(3, 14) * MINUTE
            engine.tick(t, False)
        month.bouts[day] = bouts
        if bouts and back and rng.random() < 0.6:  # a routine after lunch
            done = datetime.combine(day, time(12, 40), ZONE)
            engine.runner.completions.append(
                Completion("desk_break", done - 2 * MINUTE, done, 4, 4, finished=True)
            )
        hours = sum((b - a for a, b in bouts), timedelta()) / timedelta(hours=1)
        previous = hours_of.get(day - timedelta(days=1))
        hours_of[day] = hours
        if back and previous is not None and rng.random() < 0.9:  # most evenings
            # tightness follows yesterday's sitting, easing a little over the month
            level = (
                0.5 + 0.55 * previous - 0.03 * (DAYS - back) + rng.uniform(-0.8, 0.8)
            )
            month.tightness[day] = max(1, min(8, round(level)))
    engine.last_summary = now - timedelta(days=8)  # one weekly summary is due at start
    engine.saved_schedule = engine.summary.as_list()
    return month


def _store(key: str, data: Any, version: int = 1, minor: int = 1) -> str:
    return json.dumps(
        {"version": version, "minor_version": minor, "key": key, "data": data}
    )


def seed_storage(config_dir: Path, now: datetime) -> Month:
    """Write the profile, its state file and its symptom log into ``config_dir``."""
    month = simulate(now)
    engine = month.engine
    assert engine is not None  # noqa: S101 - simulate always makes one
    storage = config_dir / ".storage"
    storage.mkdir(parents=True, exist_ok=True)
    entry = {
        "entry_id": ENTRY_ID,
        "domain": "hamstring_coach",
        "title": PROFILE,
        "data": {"sitting_entities": [CHAIR]},
        "options": {
            "break_after": 45,
            "min_break": 60,
            "reminder_repeat": 10,
            "posture_check_every": 20,
            "notify_targets": ["notify.persistent_notification"],
            "weekly_summary_day": "sun",
            "weekly_summary_time": "18:00:00",
        },
        "source": "user",
        "version": 1,
        "minor_version": 2,
        "disabled_by": None,
    }
    # storage 1.1: Home Assistant migrates it and fills in the keys of later versions
    (storage / "core.config_entries").write_text(
        _store("core.config_entries", {"entries": [entry]})
    )
    saved = engine.to_dict(now - 5 * MINUTE)
    (storage / f"hamstring_coach.{ENTRY_ID}").write_text(
        _store(f"hamstring_coach.{ENTRY_ID}", saved)
    )
    entries = [
        {
            "at": datetime.combine(day, time(20, 15), ZONE).astimezone(UTC).isoformat(),
            "tightness": level,
            "pain": None,
            "side": "both",
            "sensations": [],
            "context": "after_sitting",
            "notes": None,
            "since_days": None,
        }
        for day, level in sorted(month.tightness.items())
    ]
    (storage / f"hamstring_coach.{ENTRY_ID}.symptoms").write_text(
        _store(
            f"hamstring_coach.{ENTRY_ID}.symptoms",
            {
                "entries": entries,
                "reviews": [],
                "alerted": None,
                "alerted_level": "self_care",
            },
            minor=2,
        )
    )
    seed_history(config_dir, month, now)
    return month


def _minutes(
    bouts: list[tuple[datetime, datetime]], until: datetime
) -> tuple[float, float]:
    """Return sitting minutes and the longest streak up to ``until``."""
    total = longest = 0.0
    for start, end in bouts:
        if start >= until:
            break
        length = (min(end, until) - start) / MINUTE
        total += length
        longest = max(longest, length)
    return total, longest


def statistics_messages(month: Month, now: datetime) -> list[dict[str, Any]]:
    """Return ``recorder/import_statistics`` messages for the charted sensors."""
    sitting, longest, streak, tight = [], [], [], []
    total = 0.0
    level: int | None = None
    first = min(month.bouts)
    hour = datetime.combine(first, time(0), ZONE).astimezone(UTC)
    last_hour = now.astimezone(UTC).replace(
        minute=0, second=0, microsecond=0
    ) - timedelta(hours=1)
    day_total_before = 0.0
    current_day: date | None = None
    while hour <= last_hour:
        local = hour.astimezone(ZONE)
        day = local.date()
        if day != current_day:
            current_day, day_total_before = day, 0.0
        bouts = month.bouts.get(day, [])
        end = hour + timedelta(hours=1)
        today_minutes, longest_minutes = _minutes(bouts, end)
        total += today_minutes - day_total_before
        day_total_before = today_minutes
        start = hour.isoformat()
        sitting.append(
            {"start": start, "state": round(today_minutes), "sum": round(total, 1)}
        )
        longest.append(
            {
                "start": start,
                "mean": longest_minutes,
                "min": longest_minutes,
                "max": longest_minutes,
            }
        )
        running = [(min(b, end) - a) / MINUTE for a, b in bouts if a < end and b > hour]
        value = max(running, default=0.0)
        streak.append({"start": start, "mean": value / 2, "min": 0.0, "max": value})
        if local.hour == 20 and day in month.tightness:
            level = month.tightness[day]
        if level is not None:
            tight.append({"start": start, "mean": level, "min": level, "max": level})
        hour = end

    def metadata(
        entity: str, name: str, unit: str | None, *, has_sum: bool
    ) -> dict[str, Any]:
        return {
            "has_mean": not has_sum,
            "mean_type": 0 if has_sum else 1,
            "has_sum": has_sum,
            "name": name,
            "source": "recorder",
            "statistic_id": entity,
            "unit_class": "duration" if unit == "min" else None,
            "unit_of_measurement": unit,
        }

    return [
        {
            "type": "recorder/import_statistics",
            "metadata": metadata(
                "sensor.desk_sitting_today", "Desk Sitting today", "min", has_sum=True
            ),
            "stats": sitting,
        },
        {
            "type": "recorder/import_statistics",
            "metadata": metadata(
                "sensor.desk_longest_streak_today",
                "Desk Longest streak today",
                "min",
                has_sum=False,
            ),
            "stats": longest,
        },
        {
            "type": "recorder/import_statistics",
            "metadata": metadata(
                "sensor.desk_sitting_streak",
                "Desk Sitting streak",
                "min",
                has_sum=False,
            ),
            "stats": streak,
        },
        {
            "type": "recorder/import_statistics",
            "metadata": metadata(
                "sensor.desk_last_tightness", "Desk Last tightness", None, has_sum=False
            ),
            "stats": tight,
        },
    ]


def seed_history(config_dir: Path, month: Month, now: datetime) -> int:
    """Write today's sitting into the recorder's database, with its own schema.

    Home Assistant has no action that imports states, so the database is created the
    way the recorder creates a new one (its models, its schema version) and today's
    ``binary_sensor.desk_sitting`` and ``sensor.desk_sitting_streak`` states go in as
    the recorder would have written them. Returns the number of states written.
    """
    from sqlalchemy import create_engine  # noqa: PLC0415
    from sqlalchemy.orm import Session  # noqa: PLC0415

    from homeassistant.components.recorder.db_schema import (  # noqa: PLC0415
        SCHEMA_VERSION,
        Base,
        RecorderRuns,
        SchemaChanges,
        States,
        StatesMeta,
        StatisticsRuns,
    )
    from homeassistant.components.recorder.statistics import get_start_time  # noqa: PLC0415

    engine = create_engine(f"sqlite:///{config_dir / 'home-assistant_v2.db'}")
    Base.metadata.create_all(engine)
    today = now.astimezone(ZONE).date()
    bouts = month.bouts.get(today, [])
    since = now - timedelta(hours=8)
    changes: list[tuple[str, str, datetime]] = []
    for start, end in bouts:
        if end < since:
            continue
        changes.append(("binary_sensor.desk_sitting", "on", max(start, since)))
        t = max(start, since)
        while t < end:
            streak = int((t - start) / MINUTE)
            changes.append(("sensor.desk_sitting_streak", str(streak - streak % 5), t))
            t += 5 * MINUTE
        changes.append(("binary_sensor.desk_sitting", "off", end))
        changes.append(("sensor.desk_sitting_streak", "0", end))
    with Session(engine) as session:
        session.add(StatisticsRuns(start=get_start_time()))
        session.add(SchemaChanges(schema_version=SCHEMA_VERSION))
        # a run that ended cleanly, as after Home Assistant stopped
        session.add(RecorderRuns(start=since, end=now - MINUTE, closed_incorrect=False))
        metadata = {}
        for entity_id in ("binary_sensor.desk_sitting", "sensor.desk_sitting_streak"):
            meta = StatesMeta(entity_id=entity_id)
            session.add(meta)
            session.flush()
            metadata[entity_id] = meta.metadata_id
        for entity_id, state, at in sorted(changes, key=lambda c: c[2]):
            stamp = at.timestamp()
            session.add(
                States(
                    state=state,
                    last_updated_ts=stamp,
                    last_changed_ts=None,  # the same as last_updated
                    metadata_id=metadata[entity_id],
                    origin_idx=0,
                )
            )
        session.commit()
    engine.dispose()
    return len(changes)
