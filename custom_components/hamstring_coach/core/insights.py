"""Weekly insights: what the user's own sitting and routines go along with.

``compute`` is a pure function over the stored daily history. Associations are Spearman
rank correlations with a two-sided permutation p-value; a link is reported only with at
least ``MIN_PAIRS`` paired days and p < ``ALPHA`` (chance alone rarely gives one), and
always as a link, never a cause. With 14 pairs, rho = 0.3 has p of about 0.3: without
the p-value a third of unrelated series would show a "moderate link".

The p-value counts how often shuffling one series gives a rho at least as far from 0.
Up to ``EXACT_UP_TO`` pairs every order is tried (exact); beyond, random orders are
drawn, seeded by the data (the same data gives the same p), and the draw stops early
once ``ENOUGH_EXTREMES`` orders were as extreme (Besag and Clifford's sequential test,
with the stop set so it never changes the decision at ``ALPHA``): a clear non-link
costs a few hundred shuffles, a real link at most ``PERMUTATIONS``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache
from itertools import permutations
from math import ceil
import random
from statistics import mean

from .clock import local_day
from .triage import SymptomEntry

MIN_PAIRS = 14
ASSOCIATION_DAYS = 56  # the last 8 weeks
TREND_DAYS = 28  # the last 4 weeks
LINK_FOR_SUGGESTION = 0.3
ALPHA = 0.05  # a link is reported only when chance gives one this rarely
EXACT_UP_TO = 7  # pairs: every permutation (5,040) is tried
PERMUTATIONS = 2000  # random permutations at most beyond that (SE 0.005 at p = 0.05)
# Stop drawing once this many were as extreme: then p >= 101/2000 > ALPHA whatever the
# rest would give, so stopping early never changes the decision (only costs less).
ENOUGH_EXTREMES = ceil(ALPHA * (PERMUTATIONS + 1))
SHORTEST_BREAK_AFTER = 20  # minutes: never suggest less
BREAK_AFTER_STEP = 15


@dataclass(frozen=True, slots=True)
class DayData:
    """One local day of the sitting history."""

    sitting_hours: float
    breaks: int
    longest_streak_minutes: float


@dataclass(frozen=True, slots=True)
class Association:
    """A rank correlation between two daily series."""

    rho: float | None
    pairs: int
    p_value: float | None = None  # two-sided, by permutation (None: no rho)

    @property
    def enough(self) -> bool:
        """Return True when there are enough paired days to say anything."""
        return self.pairs >= MIN_PAIRS and self.rho is not None

    @property
    def clear(self) -> bool:
        """Return True when the link is unlikely to be chance (enough days, p < ALPHA)."""
        return self.enough and self.p_value is not None and self.p_value < ALPHA

    @property
    def days_needed(self) -> int:
        """Return how many more paired days are needed."""
        return max(0, MIN_PAIRS - self.pairs)

    @property
    def strength(self) -> str | None:
        """Return none, weak, moderate or strong (None without enough data)."""
        if not self.enough or self.rho is None:
            return None
        size = abs(self.rho)
        if size < 0.1:
            return "none"
        if size < 0.3:
            return "weak"
        if size < 0.5:
            return "moderate"
        return "strong"


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A concrete option change the data supports."""

    option: str
    current: int
    proposed: int


@dataclass(frozen=True, slots=True)
class Insights:
    """The week in numbers."""

    sitting_hours_per_day: float | None
    previous_sitting_hours_per_day: float | None
    longest_streak_minutes: float
    breaks_per_sitting_hour: float | None
    routines_done: int
    tightness_trend_per_week: float | None
    sitting_vs_tightness: Association
    routines_vs_tightness: Association
    suggestion: Suggestion | None

    @property
    def sitting_change(self) -> float | None:
        """Return this week's average minus last week's, in hours per day."""
        if (
            self.sitting_hours_per_day is None
            or self.previous_sitting_hours_per_day is None
        ):
            return None
        return self.sitting_hours_per_day - self.previous_sitting_hours_per_day


def ranks(values: Sequence[float]) -> list[float]:
    """Return 1-based ranks, ties sharing their average rank."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    result = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            result[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return result


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Return Pearson's r, or None when a series does not vary."""
    mx, my = mean(xs), mean(ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return float(sxy / (sxx * syy) ** 0.5)


def spearman(pairs: Sequence[tuple[float, float]]) -> Association:
    """Return Spearman's rho of paired values and its permutation p-value."""
    if len(pairs) < 2:
        return Association(None, len(pairs))
    xs, ys = ranks([p[0] for p in pairs]), ranks([p[1] for p in pairs])
    rho = pearson(xs, ys)
    if rho is None:
        return Association(None, len(pairs))
    return Association(rho, len(pairs), permutation_p(tuple(xs), tuple(ys)))


@lru_cache(maxsize=64)
def permutation_p(x_ranks: tuple[float, ...], y_ranks: tuple[float, ...]) -> float:
    """Return the two-sided p of rho for these ranks (ties kept as they are).

    Shuffling keeps each series' mean and spread, so rho moves only with the sum of
    the products of the centred ranks: that sum is what is compared.
    """
    n = len(x_ranks)
    mx, my = mean(x_ranks), mean(y_ranks)
    xs = [x - mx for x in x_ranks]
    ys = [y - my for y in y_ranks]
    observed = abs(sum(x * y for x, y in zip(xs, ys, strict=True))) - 1e-9
    if n <= EXACT_UP_TO:
        orders = list(permutations(ys))
        extreme = sum(
            1
            for order in orders
            if abs(sum(x * y for x, y in zip(xs, order, strict=True))) >= observed
        )
        return extreme / len(orders)
    # not for secrets: seeded by the data, so the same data gives the same p
    rng = random.Random(repr((x_ranks, y_ranks)))  # noqa: S311
    shuffled = list(ys)
    extreme = 0
    for drawn in range(1, PERMUTATIONS + 1):
        rng.shuffle(shuffled)
        if abs(sum(x * y for x, y in zip(xs, shuffled, strict=True))) >= observed:
            extreme += 1
            if extreme == ENOUGH_EXTREMES:
                return extreme / drawn  # clearly not small: stop early
    return (extreme + 1) / (PERMUTATIONS + 1)


def slope_per_week(points: Sequence[tuple[float, float]]) -> float | None:
    """Return the least-squares slope of (day number, value) points, per week."""
    if len({x for x, _ in points}) < 2:
        return None
    mx, my = mean(x for x, _ in points), mean(y for _, y in points)
    sxx = sum((x - mx) ** 2 for x, _ in points)
    sxy = sum((x - mx) * (y - my) for x, y in points)
    return sxy / sxx * 7


def compute(
    days: Mapping[date, DayData],
    symptoms: Iterable[SymptomEntry],
    completions: Iterable[datetime],
    *,
    now: datetime,
    zone: tzinfo,
    break_after_minutes: int,
    links_since: date | None = None,
) -> Insights:
    """Sum up the last weeks of one profile at ``now``.

    ``links_since`` (the day a suggestion was accepted) limits the sitting link to the
    days after it, so the same data never suggests the same change twice.
    """
    today = local_day(now, zone)
    # whole days only: the week that ended yesterday, and the one before it
    this_week = [today - timedelta(days=i) for i in range(1, 8)]
    last_week = [today - timedelta(days=i) for i in range(8, 15)]

    def average_hours(week: list[date]) -> float | None:
        known = [days[d].sitting_hours for d in week if d in days]
        return mean(known) if known else None

    tightness: dict[date, list[int]] = {}
    for entry in symptoms:
        tightness.setdefault(local_day(entry.at, zone), []).append(entry.tightness)
    daily_tightness = {day: mean(values) for day, values in tightness.items()}
    finished = sorted(local_day(moment, zone) for moment in completions)

    week_days = [days[d] for d in this_week if d in days]
    sitting_hours = sum(d.sitting_hours for d in week_days)
    breaks = sum(d.breaks for d in week_days)

    window = [today - timedelta(days=i) for i in range(ASSOCIATION_DAYS)]
    sitting_pairs = [
        (days[d - timedelta(days=1)].sitting_hours, daily_tightness[d])
        for d in window
        if d in daily_tightness
        and d - timedelta(days=1) in days
        and (links_since is None or d - timedelta(days=1) > links_since)
    ]
    routine_pairs = [
        (
            float(sum(1 for f in finished if d - timedelta(days=7) < f <= d)),
            daily_tightness[d],
        )
        for d in window
        if d in daily_tightness
    ]
    trend_points = [
        (float((d - today).days), daily_tightness[d])
        for d in (today - timedelta(days=i) for i in range(TREND_DAYS))
        if d in daily_tightness
    ]
    sitting_link = spearman(sitting_pairs)
    suggestion = None
    if (
        sitting_link.clear  # a link unlikely by chance, and a moderate one at least
        and sitting_link.rho is not None
        and sitting_link.rho >= LINK_FOR_SUGGESTION
        and break_after_minutes > SHORTEST_BREAK_AFTER
    ):
        suggestion = Suggestion(
            "break_after",
            break_after_minutes,
            max(SHORTEST_BREAK_AFTER, break_after_minutes - BREAK_AFTER_STEP),
        )
    return Insights(
        sitting_hours_per_day=average_hours(this_week),
        previous_sitting_hours_per_day=average_hours(last_week),
        longest_streak_minutes=max(
            (d.longest_streak_minutes for d in week_days), default=0.0
        ),
        breaks_per_sitting_hour=breaks / sitting_hours if sitting_hours else None,
        routines_done=sum(
            1 for f in finished if today - timedelta(days=7) < f <= today
        ),
        tightness_trend_per_week=slope_per_week(trend_points),
        sitting_vs_tightness=sitting_link,
        routines_vs_tightness=spearman(routine_pairs),
        suggestion=suggestion,
    )


def previous_due(
    now: datetime, weekday: int, at_minutes: int, zone: tzinfo
) -> datetime:
    """Return the last instant <= ``now`` at local ``weekday`` (0 = Monday) and time."""
    local = now.astimezone(zone)
    day = local.date() - timedelta(days=(local.weekday() - weekday) % 7)
    hour, minute = divmod(at_minutes, 60)
    due = datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)
    if due > now:
        due -= timedelta(days=7)
        due = datetime(due.year, due.month, due.day, hour, minute, tzinfo=zone)
    return due


def next_due(now: datetime, weekday: int, at_minutes: int, zone: tzinfo) -> datetime:
    """Return the first instant > ``now`` at local ``weekday`` and time."""
    due = previous_due(now, weekday, at_minutes, zone)
    following = due + timedelta(days=7)
    hour, minute = divmod(at_minutes, 60)
    return datetime(
        following.year, following.month, following.day, hour, minute, tzinfo=zone
    )
