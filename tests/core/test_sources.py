"""Sitting sources: states that mean sitting, combine any/all, hold."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from custom_components.hamstring_coach.core.sources import (
    Combine,
    Observation,
    SourceRule,
    combine,
    next_expiry,
    source_says,
)

NOW = datetime(2026, 5, 4, 9, tzinfo=UTC)
CHAIR = SourceRule("binary_sensor.chair")
PHONE = SourceRule(
    "sensor.phone_activity", frozenset({"still", "Stationary"}), timedelta(minutes=20)
)
PC = SourceRule("binary_sensor.pc_active")
TV = SourceRule("media_player.tv", frozenset({"playing", "paused"}))


def seen(state: str, minutes_ago: float = 0) -> Observation:
    return Observation(state, NOW - timedelta(minutes=minutes_ago))


def test_each_kind_of_source() -> None:
    assert source_says(CHAIR, seen("on"), NOW) is True
    assert source_says(CHAIR, seen("off"), NOW) is False
    assert source_says(CHAIR, seen("unavailable"), NOW) is None
    assert source_says(CHAIR, None, NOW) is None
    assert source_says(TV, seen("paused"), NOW) is True
    assert source_says(TV, seen("idle"), NOW) is False
    assert source_says(PHONE, seen("Stationary", 5), NOW) is True
    assert source_says(PHONE, seen("walking"), NOW) is False


def test_hold_limits_a_stale_sitting_state() -> None:
    assert source_says(PHONE, seen("still", 19.9), NOW) is True
    assert source_says(PHONE, seen("still", 20), NOW) is False
    assert next_expiry(
        [PHONE], {PHONE.entity_id: seen("still", 5)}, NOW
    ) == NOW + timedelta(minutes=15)
    assert next_expiry([PHONE], {PHONE.entity_id: seen("walking", 5)}, NOW) is None


def test_combine_any_and_all() -> None:
    both = {PC.entity_id: seen("on"), PHONE.entity_id: seen("still")}
    one = {PC.entity_id: seen("on"), PHONE.entity_id: seen("walking")}
    unknown = {PC.entity_id: seen("on"), PHONE.entity_id: seen("unavailable")}
    rules = [PC, PHONE]
    assert combine(rules, both, NOW) is True
    assert combine(rules, one, NOW) is True
    assert combine(rules, both, NOW, Combine.ALL) is True
    assert combine(rules, one, NOW, Combine.ALL) is False
    assert combine(rules, unknown, NOW, Combine.ALL) is None
    assert combine(rules, unknown, NOW) is True
    assert combine(rules, {}, NOW) is None
    assert combine(rules, {PC.entity_id: seen("off")}, NOW) is False
