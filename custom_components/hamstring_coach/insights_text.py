"""Insights in words: the weekly summary and the answer of get_insights."""

from __future__ import annotations

from collections.abc import Mapping
from math import floor
from typing import Any

from .core.insights import Association, Insights
from .texts import common_text


def _p(link: Association) -> str:
    """Return the p-value as said: "p < 0.001", "p = 0.049" or "p = 0.13".

    Rounded down, so a clear link (p < 0.05) never reads "p = 0.05".
    """
    p = link.p_value
    if p is None:
        return "p = -"
    if p < 0.001:
        return "p < 0.001"
    places = 3 if p < 0.1 else 2
    return f"p = {floor(p * 10**places) / 10**places:.{places}f}"


def _link(texts: Mapping[str, str], key: str, link: Association) -> str:
    if not link.enough or link.rho is None:
        return common_text(texts, "insight_need_days", {"days": str(link.days_needed)})
    numbers = {"days": str(link.pairs), "p": _p(link), "rho": f"{link.rho:.2f}"}
    if not link.clear:  # what chance alone would often show: no link to report
        return common_text(texts, f"insight_{key}_unclear", numbers)
    direction = "higher" if link.rho > 0 else "lower"
    return common_text(
        texts,
        f"insight_{key}_{direction}",
        {
            **numbers,
            "strength": common_text(texts, f"strength_{link.strength}"),
            "weeks": "8",
        },
    )


def sentences(insights: Insights, texts: Mapping[str, str]) -> list[str]:
    """Return the summary as plain sentences, in the user's language."""
    out: list[str] = []
    if insights.sitting_hours_per_day is not None:
        change = insights.sitting_change
        key = (
            "insight_sitting"
            if change is None
            else ("insight_sitting_more" if change >= 0 else "insight_sitting_less")
        )
        out.append(
            common_text(
                texts,
                key,
                {
                    "hours": f"{insights.sitting_hours_per_day:.1f}",
                    "change": "" if change is None else f"{abs(change):.1f}",
                },
            )
        )
    out.append(
        common_text(
            texts,
            "insight_breaks",
            {
                "longest": f"{insights.longest_streak_minutes:.0f}",
                "per_hour": "-"
                if insights.breaks_per_sitting_hour is None
                else f"{insights.breaks_per_sitting_hour:.1f}",
                "routines": str(insights.routines_done),
            },
        )
    )
    out.append(_link(texts, "sitting", insights.sitting_vs_tightness))
    out.append(_link(texts, "routines", insights.routines_vs_tightness))
    if insights.sitting_vs_tightness.clear or insights.routines_vs_tightness.clear:
        out.append(common_text(texts, "insight_caution"))
    trend = insights.tightness_trend_per_week
    if trend is not None:
        key = "insight_trend_down" if trend < 0 else "insight_trend_up"
        out.append(common_text(texts, key, {"points": f"{abs(trend):.1f}"}))
    if (suggestion := insights.suggestion) is not None:
        out.append(
            common_text(
                texts,
                "insight_suggest_break_after",
                {
                    "current": str(suggestion.current),
                    "proposed": str(suggestion.proposed),
                },
            )
        )
    return out


def link_numbers(association: Association) -> dict[str, Any]:
    """Return a link's numbers: rho, paired days, p-value, and whether it is clear."""
    return {
        "rho": None if association.rho is None else round(association.rho, 3),
        "paired_days": association.pairs,
        "p_value": None
        if association.p_value is None
        else round(association.p_value, 4),
        "clear_link": association.clear,  # p < 0.05 with enough days
    }


def links_attributes(insights: Insights | None) -> dict[str, Any] | None:
    """Return both links' numbers, as the tightness trend sensor shows them."""
    if insights is None:
        return None
    return {
        "previous_day_sitting_vs_tightness": link_numbers(
            insights.sitting_vs_tightness
        ),
        "routines_last_7_days_vs_tightness": link_numbers(
            insights.routines_vs_tightness
        ),
    }


def insights_response(insights: Insights, texts: Mapping[str, str]) -> dict[str, Any]:
    """Return insights as the action answers them."""

    def link(association: Association) -> dict[str, Any]:
        return {
            **link_numbers(association),
            "strength": association.strength,
            "days_needed": association.days_needed,
        }

    def rounded(value: float | None, digits: int = 2) -> float | None:
        return None if value is None else round(value, digits)

    return {
        "sitting_hours_per_day": rounded(insights.sitting_hours_per_day),
        "previous_sitting_hours_per_day": rounded(
            insights.previous_sitting_hours_per_day
        ),
        "longest_streak_minutes": round(insights.longest_streak_minutes),
        "breaks_per_sitting_hour": rounded(insights.breaks_per_sitting_hour),
        "routines_done": insights.routines_done,
        "tightness_trend_per_week": rounded(insights.tightness_trend_per_week),
        "previous_day_sitting_vs_tightness": link(insights.sitting_vs_tightness),
        "routines_last_7_days_vs_tightness": link(insights.routines_vs_tightness),
        "suggestion": None
        if insights.suggestion is None
        else {
            "option": insights.suggestion.option,
            "current": insights.suggestion.current,
            "proposed": insights.suggestion.proposed,
        },
        "sentences": sentences(insights, texts),
    }
