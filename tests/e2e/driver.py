"""What a person does in the Home Assistant frontend, as Playwright steps.

Selectors are the ones a user sees (roles, labels, texts); Playwright's CSS and role
selectors pierce the frontend's open shadow roots.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
import json
from pathlib import Path
import re
import shutil
from typing import Any
from urllib.parse import urlsplit

import hass_frontend
from playwright.sync_api import Error as PlaywrightError, Locator, Page, expect
import yaml

from .harness import DASHBOARD, OWNER_PASSWORD, OWNER_USERNAME, HomeAssistant

DASHBOARD_PATH = "hamstring-coach"


@dataclass
class Screenshots:
    """PNG files of what the user sees: in the artifacts, and optionally for README."""

    artifacts: Path
    extra: Path | None = None

    def take(
        self, target: Page | Locator, name: str, *, whole: bool = False, **options: Any
    ) -> Path:
        """Save one screenshot as ``name``.png (animations finished, caret hidden).

        ``whole``: make the window as tall as the page first, so that the sidebar and
        the content both reach the bottom (a full-page shot would cut the sidebar).
        """
        path = self.artifacts / f"{name}.png"
        if whole and isinstance(target, Page) and target.viewport_size is not None:
            size = target.viewport_size
            height = target.evaluate("document.documentElement.scrollHeight")
            target.set_viewport_size({"width": size["width"], "height": height})
            target.wait_for_timeout(500)  # let the layout settle at the new size
            target.screenshot(path=path, animations="disabled", caret="hide", **options)
            target.set_viewport_size(size)
        else:
            target.screenshot(path=path, animations="disabled", caret="hide", **options)
        if self.extra is not None:
            self.extra.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, self.extra / path.name)
        return path


def log_in(page: Page, hass: HomeAssistant) -> None:
    """Log in on the real login page as the owner."""
    page.goto(hass.url + "/")
    page.get_by_role("textbox", name="Username").fill(OWNER_USERNAME)
    page.get_by_role("textbox", name="Password").fill(OWNER_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.locator("ha-sidebar")).to_be_visible()


def open_path(page: Page, hass: HomeAssistant, path: str) -> None:
    """Open a frontend page the way a bookmark would.

    A dialog that just closed goes back in the history a moment later, past the entry
    it pushed; if the page is still loading then, that step cancels it. Open it again.
    """
    for _ in range(3):
        try:
            page.goto(hass.url + path)
        except PlaywrightError as err:  # cancelled by the closing dialog's step back
            if "ERR_ABORTED" not in str(err):
                raise
            continue
        page.wait_for_load_state("networkidle")
        if urlsplit(page.url).path.rstrip("/") == path.rstrip("/"):
            return
    raise AssertionError(f"{path} did not stay open: the browser is at {page.url}")


def pick_entity(page: Page, dialog: Locator, name: str) -> None:
    """Choose an entity in the first empty entity selector by searching its name."""
    dialog.get_by_text("Select an entity").first.click()
    pick_entity_in_open_picker(page, name)


def pick_entity_in_open_picker(page: Page, name: str) -> None:
    """Search the open entity picker for ``name`` and choose it."""
    # Fill the picker's own search box: typed keys outside a field are shortcuts.
    picker = page.get_by_role("dialog", name="Select option")
    picker.get_by_role("textbox").fill(name)
    # the open list's item (a picked entity shows as an item of its selector too)
    picker.locator("ha-combo-box-item").filter(has_text=name).first.click()


def frontend_text(language: str, key: str) -> str:
    """A text of the frontend's settings panel in ``language``, as the user reads it.

    ``key`` is dotted under ``ui.panel.config`` ("integrations.add_integration").
    """
    translations = Path(hass_frontend.where()) / "static" / "translations" / "config"
    [path] = [  # "de-<hash>.json", not "de-CH-<hash>.json"
        path
        for path in translations.glob(f"{language}-*.json")
        if re.fullmatch(rf"{language}-[0-9a-f]+\.json", path.name)
    ]
    return str(json.loads(path.read_text("utf-8"))[f"ui.panel.config.{key}"])


def open_config_flow(page: Page, hass: HomeAssistant, language: str = "en") -> Locator:
    """Settings → Devices & services → Add integration → Hamstring Coach: its flow.

    The button, not the ``/add?domain=`` link: that link asks for a confirmation that
    a slow frontend still loading its translations may never show.
    """
    open_path(page, hass, "/config/integrations/dashboard")
    add = frontend_text(language, "integrations.add_integration")
    page.get_by_role("button", name=add).click()
    dialog = page.locator("dialog-add-integration")
    dialog.get_by_role("textbox").fill("Hamstring")
    dialog.get_by_text("Hamstring Coach", exact=True).click()
    return page.locator("dialog-data-entry-flow")


def add_profile(
    page: Page,
    hass: HomeAssistant,
    screenshots: Screenshots,
    *,
    name: str,
    source: str,
    break_after: int,
    min_break: int,
    sources_step: Callable[[Locator], None] | None = None,
    standing: str | None = None,
) -> None:
    """Settings → Devices & services → Add integration → Hamstring Coach.

    ``sources_step`` fills the form that follows for a source with states or a number;
    ``standing`` names a standing source to pick as well.
    """
    flow = open_config_flow(page, hass)
    expect(flow.get_by_text("New Hamstring Coach profile").first).to_be_visible()
    # Type like a person, field by field (Tab commits), and pick the source last: the
    # picker reports its choice a moment later, with the form data as it was then.
    fields = [
        (flow.get_by_role("textbox", name="Profile name"), name),
        (flow.get_by_role("spinbutton", name="Break after"), str(break_after)),
        (flow.get_by_role("spinbutton", name="Shortest break"), str(min_break)),
    ]
    for field, value in fields:
        field.fill(value)
        field.press("Tab")
    pick_entity(page, flow, source)
    expect(flow.get_by_text(source, exact=True)).to_be_visible()
    if standing is not None:  # the one picker still empty is the standing one
        pick_entity(page, flow, standing)
        expect(flow.get_by_text(standing, exact=True)).to_have_count(2)
    for field, value in fields:
        expect(field).to_have_value(value)
    screenshots.take(page, "config_flow")
    flow.get_by_role("button", name="Submit").click()
    if sources_step is not None:
        sources_step(flow)
        flow.get_by_role("button", name="Submit").click()
    # The last step lets the user name the device and pick an area.
    finish = flow.get_by_role("button", name=re.compile("finish", re.IGNORECASE))
    finish.click()
    expect(flow).to_be_hidden()


def add_dashboard(hass: HomeAssistant) -> str:
    """Create a dashboard and paste ``dashboards/hamstring_coach.yaml`` into it.

    The same websocket calls the frontend makes for "Add dashboard" and the raw
    configuration editor's "Save"; returns the dashboard's URL path.
    """
    config = yaml.safe_load(DASHBOARD.read_text())
    hass.ws(
        {
            "type": "lovelace/dashboards/create",
            "url_path": DASHBOARD_PATH,
            "title": "Hamstring Coach",
            "icon": "mdi:seat-recline-normal",
            "show_in_sidebar": True,
            "require_admin": False,
            "mode": "storage",
        },
        {"type": "lovelace/config/save", "url_path": DASHBOARD_PATH, "config": config},
    )
    return f"/{DASHBOARD_PATH}/{config['views'][0]['path']}"
