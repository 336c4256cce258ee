"""README pictures of a month of use (``scripts/screenshots``; not part of CI).

The instance starts with four weeks of a plausible user (``scripts/seed_month.py``):
the dashboard's charts are full, the weekly summary found a real link, a routine runs
with its picture, and the phone-sized view shows the same. Run only with
``E2E_SEED_MONTH=1 ... -m month``.
"""

from __future__ import annotations

from datetime import UTC, datetime
import os
import sys
import time

from playwright.sync_api import Page, expect
import pytest

from .conftest import SEED_MONTH
from .driver import Screenshots, add_dashboard, open_path
from .harness import CHAIR, REPO, HomeAssistant

pytestmark = [
    pytest.mark.month,
    pytest.mark.skipif(
        not os.environ.get(SEED_MONTH), reason=f"only with {SEED_MONTH}=1"
    ),
]
STEP = "sensor.desk_routine_step"
NOT_READY = ("No statistics found", "Unknown")


def page_text(page: Page) -> str:
    """Return all text on the page, inside the frontend's shadow roots too."""
    return str(
        page.evaluate(
            """() => {
                const out = [];
                const walk = (node) => {
                    if (node.shadowRoot) walk(node.shadowRoot);
                    for (const child of node.childNodes) {
                        if (child.nodeType === Node.TEXT_NODE) out.push(child.textContent);
                        else walk(child);
                    }
                };
                walk(document.body);
                return out.join(" ");
            }"""
        )
    )


def import_statistics(home_assistant: HomeAssistant) -> None:
    """The recorder's own import: hourly statistics of the month, as if recorded."""
    sys.path.insert(0, str(REPO / "scripts"))
    from seed_month import simulate, statistics_messages

    now = datetime.now(UTC)
    messages = statistics_messages(simulate(now), now)
    home_assistant.ws(*messages)
    wanted = [m["metadata"]["statistic_id"] for m in messages]
    start = messages[0]["stats"][0]["start"]
    for _ in range(60):  # the recorder imports in its own thread: wait for all
        [found] = home_assistant.ws(
            {
                "type": "recorder/statistics_during_period",
                "start_time": start,
                "statistic_ids": wanted,
                "period": "day",
            }
        )
        if all(found.get(statistic) for statistic in wanted):
            return
        time.sleep(0.5)
    raise AssertionError(f"statistics not imported: {sorted(found)}")


def test_a_month_of_use(
    page: Page, home_assistant: HomeAssistant, screenshots: Screenshots
) -> None:
    """Dashboard, weekly summary, a routine with its picture, and a phone's view."""
    import_statistics(home_assistant)
    home_assistant.call("input_boolean", "turn_on", {"entity_id": CHAIR})
    home_assistant.wait_for_state("binary_sensor.desk_sitting", "on")
    path = add_dashboard(home_assistant)
    page.set_viewport_size({"width": 1600, "height": 1000})
    open_path(page, home_assistant, path)
    chart = page.locator("hui-statistics-graph-card").first
    expect(chart.locator("canvas, ha-chart-base").first).to_be_visible()
    page.wait_for_timeout(3000)  # the charts draw
    shown = page_text(page)
    for text in NOT_READY:
        assert text not in shown, text
    screenshots.take(page, "dashboard", whole=True)

    # The weekly summary that was due while "down" arrived as a notification.
    page.get_by_role("button", name="Notifications").click()
    drawer = page.locator("notification-drawer")
    summary = drawer.locator("notification-item").filter(has_text="Your week at")
    expect(summary).to_contain_text("On days after long sitting")
    screenshots.take(summary, "weekly_summary")
    page.keyboard.press("Escape")

    home_assistant.call(
        "hamstring_coach",
        "start_routine",
        {"config_entry_id": "month", "routine": "glute_core"},
    )
    home_assistant.wait_for(STEP, lambda s: s["state"] != "idle")
    open_path(page, home_assistant, path)
    picture = page.locator("hui-picture-entity-card img")
    expect(picture).to_be_visible()
    page.wait_for_timeout(1000)
    routines = page.locator("hui-grid-section").filter(has_text="Routines")
    screenshots.take(routines, "routine_in_progress")

    page.set_viewport_size({"width": 1280, "height": 800})
    devices = home_assistant.ws({"type": "config/device_registry/list"})[0]
    [device] = [d for d in devices if "month" in d["config_entries"]]
    open_path(page, home_assistant, f"/config/devices/device/{device['id']}")
    expect(page.get_by_text("Weekly sitting average", exact=True)).to_be_visible()
    page.wait_for_timeout(1000)
    assert "Unknown" not in page_text(page)
    screenshots.take(page, "device_page", whole=True)

    page.set_viewport_size({"width": 390, "height": 844})
    open_path(page, home_assistant, path)
    page.wait_for_timeout(2000)
    screenshots.take(page, "phone")
