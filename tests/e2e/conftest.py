"""Fixtures of the end-to-end tests: a real ``hass``, headless Chromium, artifacts.

These tests run in their own pytest process (``scripts/test`` starts it with
``--confcutdir tests/e2e -p no:homeassistant``), so neither the unit tests' fixtures
nor the test plugin's socket and event-loop guards apply here.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
import os
from pathlib import Path
import shutil
import signal
import sys
from types import FrameType

from playwright.sync_api import Browser, Page, Playwright, expect, sync_playwright
import pytest

from homeassistant.const import __version__ as ha_version

from .driver import Screenshots, log_in
from .harness import REPO, HomeAssistant, running_home_assistant

# Debian's chromium; Playwright's own browser download is never used.
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    # This machine has no internet: without these, Chromium keeps trying to reach Google.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-features=Translate,MediaRouter,OptimizationHints",
]
DEFAULT_ARTIFACTS = REPO / "build" / "e2e"
ARTIFACTS = Path(os.environ.get("E2E_ARTIFACTS", DEFAULT_ARTIFACTS))
TIMEOUT_MS = 20_000  # for actions and expectations alike
SEED_MONTH = "E2E_SEED_MONTH"  # set: the instance starts with a month of a user


def pytest_configure(config: pytest.Config) -> None:
    """Wait as long in expect() as in actions; stop hass when CI terminates the run."""
    expect.set_options(timeout=TIMEOUT_MS)

    def interrupt(signum: int, frame: FrameType | None) -> None:
        # Like Ctrl-C: pytest unwinds and the fixtures stop hass and the browser.
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


VIEWPORT = {"width": 1280, "height": 800}


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """Remember each phase's outcome on the test item (for the failure artifacts)."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where screenshots and logs of this run go (``build/e2e`` unless E2E_ARTIFACTS)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    if ARTIFACTS == DEFAULT_ARTIFACTS:  # ours alone: start clean, but keep the logs
        for path in ARTIFACTS.iterdir():  # of the other Home Assistant lines
            if path.is_file() or not path.name.startswith("ha-"):
                shutil.rmtree(path) if path.is_dir() else path.unlink()
        shutil.rmtree(ARTIFACTS / f"ha-{ha_version}", ignore_errors=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def home_assistant(
    tmp_path_factory: pytest.TempPathFactory, artifacts: Path
) -> Iterator[HomeAssistant]:
    """A real Home Assistant, started fresh for this session and onboarded."""
    config_dir = tmp_path_factory.mktemp("hass-config")
    if os.environ.get(SEED_MONTH):  # scripts/screenshots: a month of a user first
        sys.path.insert(0, str(REPO / "scripts"))
        from seed_month import seed_storage

        seed_storage(config_dir, datetime.now(UTC))
    try:
        with running_home_assistant(config_dir) as hass:
            yield hass
    finally:  # also when hass failed to start: its log is what explains it
        line = artifacts / f"ha-{ha_version}"  # each Home Assistant line keeps its own
        line.mkdir(exist_ok=True)
        for name in ("home-assistant.log", "console.log"):
            if (config_dir / name).exists():
                shutil.copy(config_dir / name, artifacts / name)
                shutil.copy(config_dir / name, line / name)


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    """Playwright's driver process."""
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    """Headless Chromium from Debian."""
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"{CHROMIUM} not found: install Debian's chromium package "
            "(apt-get install chromium) or set CHROMIUM"
        )
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def session_page(
    browser: Browser, home_assistant: HomeAssistant, artifacts: Path
) -> Iterator[Page]:
    """One logged-in tab for the whole session (the scenario builds on itself)."""
    context = browser.new_context(viewport=VIEWPORT, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    try:
        log_in(page, home_assistant)
    except Exception:
        page.screenshot(path=artifacts / "FAILED-log-in.png")
        shutil.copy(home_assistant.log_path, artifacts / "FAILED-log-in.log")
        raise
    yield page
    context.close()


@pytest.fixture
def page(
    request: pytest.FixtureRequest,
    session_page: Page,
    home_assistant: HomeAssistant,
    artifacts: Path,
) -> Iterator[Page]:
    """The logged-in tab; on failure its screenshot and the HA log are kept."""
    session_page.set_viewport_size(VIEWPORT)
    yield session_page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        name = request.node.name
        session_page.screenshot(path=artifacts / f"FAILED-{name}.png", full_page=True)
        shutil.copy(home_assistant.log_path, artifacts / f"FAILED-{name}.log")
        print(f"\nartifacts of {name}: {artifacts}")  # noqa: T201


@pytest.fixture(scope="session")
def screenshots(artifacts: Path) -> Screenshots:
    """README screenshots: always into the artifacts, also into SCREENSHOTS_DIR if set."""
    extra = os.environ.get("SCREENSHOTS_DIR")
    return Screenshots(artifacts, Path(extra) if extra else None)
