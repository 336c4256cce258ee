"""A real Home Assistant process for end-to-end tests: start, onboard, call, stop.

Plain synchronous Python (stdlib HTTP, one short aiohttp session per websocket call) so
that both the pytest fixtures and ``scripts/screenshots`` can use it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
import json
import os
from pathlib import Path
import shutil
import signal
import socket
import subprocess
import sys
import time
from typing import Any
import urllib.error
import urllib.parse
import urllib.request
import warnings

import aiohttp

REPO = Path(__file__).resolve().parents[2]
INTEGRATION = REPO / "custom_components" / "hamstring_coach"
DASHBOARD = REPO / "dashboards" / "hamstring_coach.yaml"

OWNER_NAME = "Alex Doe"
OWNER_USERNAME = "alex"
OWNER_PASSWORD = "e2e-only-password"  # noqa: S105  (a throwaway instance on 127.0.0.1)

CHAIR = "input_boolean.desk_chair"
PHONE = "input_select.phone_activity"

# Only what the tests need: default_config would install dozens of requirements first.
CONFIGURATION = """\
homeassistant:
  name: Home
  country: DE
  language: en
  time_zone: Europe/Berlin
  unit_system: metric
  currency: EUR
  latitude: 52.52
  longitude: 13.40
  elevation: 34

{http}
frontend:
config:
onboarding:
repairs:
history:
logbook:
recorder:
  commit_interval: 1
person:
logger:
  default: warning
  logs:
    custom_components.hamstring_coach: debug
    homeassistant.setup: info

input_boolean:
  desk_chair:
    name: Desk chair
    icon: mdi:seat
  in_a_meeting:
    name: In a meeting
    icon: mdi:account-voice
  sofa:
    name: Sofa
    icon: mdi:sofa

input_number:
  desk_height:
    name: Desk height
    min: 60
    max: 130
    step: 0.5
    unit_of_measurement: cm
    initial: 110
    mode: box

input_select:
  phone_activity:
    name: Phone activity
    icon: mdi:cellphone
    options: [still, walking, running, in_vehicle]
    initial: still

schedule:
  work_hours:
    name: Work hours
    monday: &all_day
      - from: "00:00:00"
        to: "23:59:59"
    tuesday: *all_day
    wednesday: *all_day
    thursday: *all_day
    friday: *all_day
    saturday: *all_day
    sunday: *all_day
"""


WS_TIMEOUT = 60  # seconds for one batch of websocket commands


class HomeAssistantError(RuntimeError):
    """The Home Assistant process failed or answered unexpectedly."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _write_store(
    config_dir: Path, key: str, version: int, data: Any, minor: int = 1
) -> None:
    """Seed one ``.storage`` file as Home Assistant would have written it."""
    storage = config_dir / ".storage"
    storage.mkdir(exist_ok=True)
    (storage / key).write_text(
        json.dumps(
            {"version": version, "minor_version": minor, "key": key, "data": data}
        )
    )


def _http_settings(config_dir: Path, port: int) -> str:
    """Listen on 127.0.0.1:port; the YAML for ``configuration.yaml`` (may be empty).

    Up to 2026.2 the ``http:`` YAML is the setting. Newer releases keep it in storage
    and ask in the UI to confirm a changed YAML, so seed the store as confirmed.
    """
    try:
        with warnings.catch_warnings():  # aiohttp's subclassing notice, not ours
            warnings.simplefilter("ignore", DeprecationWarning)
            from homeassistant.components.http import config as http_config
    except ImportError:
        http_config = None
    if http_config is None or not hasattr(http_config, "HTTPConfigStore"):
        return f"http:\n  server_host: 127.0.0.1\n  server_port: {port}\n"
    stable = http_config.HTTP_STORAGE_SCHEMA(
        {"server_port": port, "server_host": ["127.0.0.1"]}
    )
    stable |= {
        "created_at": datetime.now(UTC).isoformat(),
        "error": None,
        "error_message": None,
    }
    _write_store(
        config_dir,
        "http",
        http_config.STORAGE_VERSION,
        {"stable": stable, "pending": None, "yaml_migration_done": True},
        minor=http_config.STORAGE_MINOR_VERSION,
    )
    return ""


def write_config(config_dir: Path, port: int) -> None:
    """A fresh configuration directory with the integration installed as HACS would."""
    config_dir.mkdir(parents=True, exist_ok=True)
    http = _http_settings(config_dir, port)
    (config_dir / "configuration.yaml").write_text(CONFIGURATION.format(http=http))
    shutil.copytree(
        INTEGRATION,
        config_dir / "custom_components" / "hamstring_coach",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    # Location, units and time zone come from configuration.yaml, so onboarding's
    # "core config" step has nothing to ask. Marking it done also keeps that step from
    # adding its sample integrations (weather, radio, TTS), which would call the internet.
    _write_store(config_dir, "onboarding", 4, {"done": ["core_config"]})


@dataclass
class HomeAssistant:
    """One running ``hass`` process on 127.0.0.1 and the owner's access token."""

    config_dir: Path
    port: int
    process: subprocess.Popen[bytes]
    token: str = ""

    @property
    def url(self) -> str:
        """The base URL the frontend is served on."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        """Home Assistant's own log file."""
        return self.config_dir / "home-assistant.log"

    def log_tail(self, lines: int = 80) -> str:
        """The end of Home Assistant's log (and its console output)."""
        parts = []
        for path in (self.log_path, self.config_dir / "console.log"):
            if path.exists():
                text = path.read_text(errors="replace").splitlines()[-lines:]
                parts.append(f"--- {path.name}\n" + "\n".join(text))
        return "\n".join(parts)

    # -- HTTP -------------------------------------------------------------------------

    def request(
        self,
        method: str,
        path: str,
        payload: dict[str, Any] | None = None,
        *,
        form: dict[str, str] | None = None,
        auth: bool = True,
        timeout: float = 30,
    ) -> Any:
        """One HTTP request to Home Assistant; the decoded JSON answer."""
        headers = {}
        body = None
        if payload is not None:
            body = json.dumps(payload).encode()
            headers["Content-Type"] = "application/json"
        elif form is not None:
            body = urllib.parse.urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if auth:
            headers["Authorization"] = f"Bearer {self.token}"
        req = urllib.request.Request(  # noqa: S310  (always http://127.0.0.1)
            self.url + path, data=body, headers=headers, method=method
        )
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310
                raw = resp.read()
        except urllib.error.HTTPError as err:
            detail = err.read().decode(errors="replace")
            raise HomeAssistantError(
                f"{method} {path} answered {err.code}: {detail}"
            ) from err
        return json.loads(raw) if raw else None

    def state(self, entity_id: str) -> dict[str, Any]:
        """The state object of one entity."""
        return dict(self.request("GET", f"/api/states/{entity_id}"))

    def call(
        self, domain: str, service: str, data: dict[str, Any] | None = None
    ) -> Any:
        """Call an action through the REST API, as an automation or app would."""
        return self.request("POST", f"/api/services/{domain}/{service}", data or {})

    def wait_for(
        self,
        entity_id: str,
        condition: Callable[[dict[str, Any]], bool],
        timeout: float = 30,
    ) -> dict[str, Any]:
        """Poll until an entity's state object meets ``condition``; return it."""
        deadline = time.monotonic() + timeout
        last: dict[str, Any] = {}
        while time.monotonic() < deadline:
            try:
                last = self.state(entity_id)
            except HomeAssistantError:
                last = {}
            if last and condition(last):
                return last
            time.sleep(0.25)
        raise HomeAssistantError(
            f"{entity_id} never met the condition within {timeout:.0f} s; last: {last}"
        )

    def wait_for_state(
        self, entity_id: str, expected: str, timeout: float = 30
    ) -> dict[str, Any]:
        """Poll until an entity has the expected state."""
        return self.wait_for(entity_id, lambda s: s["state"] == expected, timeout)

    # -- websocket --------------------------------------------------------------------

    def ws(self, *messages: dict[str, Any]) -> list[Any]:
        """Send websocket commands in order; their results (an error raises)."""
        # A thread of its own: Playwright's sync API keeps an event loop in this one.
        with ThreadPoolExecutor(1) as pool:
            return pool.submit(asyncio.run, self._ws(messages)).result()

    async def _ws(self, messages: tuple[dict[str, Any], ...]) -> list[Any]:
        results = []
        async with (
            asyncio.timeout(WS_TIMEOUT),
            aiohttp.ClientSession() as session,
            session.ws_connect(self.url + "/api/websocket") as conn,
        ):
            await conn.receive_json()  # auth_required
            await conn.send_json({"type": "auth", "access_token": self.token})
            answer = await conn.receive_json()
            if answer.get("type") != "auth_ok":
                raise HomeAssistantError(f"websocket auth failed: {answer}")
            for number, message in enumerate(messages, start=1):
                await conn.send_json({"id": number, **message})
                while (reply := await conn.receive_json()).get("id") != number:
                    pass
                if not reply.get("success"):
                    raise HomeAssistantError(f"{message['type']}: {reply.get('error')}")
                results.append(reply.get("result"))
        return results

    # -- life cycle -------------------------------------------------------------------

    def wait_until_up(self, timeout: float) -> None:
        """Wait until the HTTP server answers (hass may still be starting)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise HomeAssistantError(
                    f"hass exited with {self.process.returncode}\n{self.log_tail()}"
                )
            try:
                self.request("GET", "/api/onboarding", auth=False, timeout=2)
            except (OSError, HomeAssistantError):
                time.sleep(0.25)
            else:
                return
        raise HomeAssistantError(
            f"hass did not answer within {timeout:.0f} s\n{self.log_tail()}"
        )

    def onboard(self) -> None:
        """Create the owner and finish the remaining onboarding steps over HTTP."""
        client_id = self.url + "/"
        created = self.request(
            "POST",
            "/api/onboarding/users",
            {
                "client_id": client_id,
                "name": OWNER_NAME,
                "username": OWNER_USERNAME,
                "password": OWNER_PASSWORD,
                "language": "en",
            },
            auth=False,
        )
        tokens = self.request(
            "POST",
            "/auth/token",
            form={
                "grant_type": "authorization_code",
                "code": created["auth_code"],
                "client_id": client_id,
            },
            auth=False,
        )
        self.token = tokens["access_token"]
        self.request("POST", "/api/onboarding/analytics", {})
        self.request(
            "POST",
            "/api/onboarding/integration",
            {"client_id": client_id, "redirect_uri": client_id + "?auth_callback=1"},
        )
        steps = self.request("GET", "/api/onboarding", auth=False)
        if not all(step["done"] for step in steps):
            raise HomeAssistantError(
                f"onboarding not finished: {steps}\n{self.log_tail()}"
            )

    def wait_until_running(self, timeout: float) -> None:
        """Wait until Home Assistant reports it has fully started."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.request("GET", "/api/config")["state"] == "RUNNING":
                return
            time.sleep(0.25)
        raise HomeAssistantError(
            f"hass not RUNNING within {timeout:.0f} s\n{self.log_tail()}"
        )

    def stop(self, timeout: float = 60) -> None:
        """Stop hass the way a service manager would (SIGTERM, then kill)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def hass_executable() -> Path:
    """The ``hass`` of the interpreter running the tests (the project's venv)."""
    return Path(sys.executable).with_name("hass")


@contextmanager
def running_home_assistant(
    config_dir: Path, startup_timeout: float = 240
) -> Iterator[HomeAssistant]:
    """A fresh, onboarded Home Assistant; stopped on exit."""
    port = free_port()
    write_config(config_dir, port)
    console = (config_dir / "console.log").open("wb")
    env = {
        **os.environ,
        "PYTHONDONTWRITEBYTECODE": "1",
        # Deprecations our code triggers are printed to console.log (and checked there).
        "PYTHONWARNINGS": "default::DeprecationWarning,default::PendingDeprecationWarning",
    }
    process = subprocess.Popen(  # noqa: S603
        # Requirements are installed as on a real first start (a cached venv has them).
        [str(hass_executable()), "-c", str(config_dir)],
        stdout=console,
        stderr=subprocess.STDOUT,
        env=env,
    )
    hass = HomeAssistant(config_dir, port, process)
    try:
        hass.wait_until_up(startup_timeout)
        hass.onboard()
        hass.wait_until_running(startup_timeout)
        yield hass
    finally:
        hass.stop()
        console.close()
