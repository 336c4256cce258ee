"""What hassfest and HACS check before a user can install us, checked here first.

The rules follow Home Assistant's ``script/hassfest`` (manifest, dependencies,
translations, services, icons, json) as it applies them to a custom integration, and
HACS's ``hacs.json`` schema. The validators themselves run on GitHub
(``.github/workflows/validate.yml``); this test catches the same mistakes in
``scripts/test``.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path
import re
import tomllib
from typing import Any
import zipfile

from awesomeversion import AwesomeVersion, AwesomeVersionStrategy
import pytest
import yaml

from homeassistant.const import Platform
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component

from custom_components.hamstring_coach.const import DOMAIN

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "custom_components" / "hamstring_coach"
MANIFEST: dict[str, Any] = json.loads((PACKAGE / "manifest.json").read_text("utf-8"))
EN: dict[str, Any] = json.loads(
    (PACKAGE / "translations" / "en.json").read_text("utf-8")
)

# hassfest's manifest schema for a custom integration
REQUIRED_KEYS = {"domain", "name", "documentation", "codeowners", "version"}
OPTIONAL_KEYS = {
    "integration_type", "config_flow", "mqtt", "zeroconf", "ssdp", "bluetooth",
    "homekit", "dhcp", "usb", "quality_scale", "requirements", "dependencies",
    "after_dependencies", "loggers", "disabled", "iot_class", "single_config_entry",
    "preview_features", "issue_tracker", "import_executor",
}  # fmt: skip
INTEGRATION_TYPES = {
    "device",
    "entity",
    "hardware",
    "helper",
    "hub",
    "service",
    "system",
}
IOT_CLASSES = {
    "assumed_state", "calculated", "cloud_polling", "cloud_push", "local_polling",
    "local_push",
}  # fmt: skip
# hassfest's dependencies.py: components any integration may import undeclared
ALLOWED_USED_COMPONENTS = {
    *(platform.value for platform in Platform),
    "alert", "automation", "conversation", "default_config", "device_automation",
    "frontend", "group", "homeassistant", "input_boolean", "input_button",
    "input_datetime", "input_number", "input_select", "input_text", "labs",
    "media_source", "onboarding", "panel_custom", "persistent_notification", "person",
    "script", "shopping_list", "sun", "system_health", "system_log", "timer", "webhook",
    "websocket_api", "zone", "mjpeg", "stream",
}  # fmt: skip
# HACS's hacs.json schema
HACS_KEYS = {
    "name", "content_in_root", "zip_release", "filename", "hide_default_branch",
    "country", "homeassistant", "hacs", "persistent_directory", "render_readme",
}  # fmt: skip


def test_manifest_keys_in_hassfest_order() -> None:
    keys = list(MANIFEST)
    assert keys[:2] == ["domain", "name"]
    assert keys[2:] == sorted(keys[2:]), (
        "Manifest keys are not sorted correctly: domain, name, then alphabetical order"
    )


def test_manifest_schema_for_a_custom_integration() -> None:
    assert set(MANIFEST) >= REQUIRED_KEYS, REQUIRED_KEYS - set(MANIFEST)
    assert set(MANIFEST) <= REQUIRED_KEYS | OPTIONAL_KEYS
    assert MANIFEST["domain"] == PACKAGE.name
    assert MANIFEST["documentation"].startswith("https://")
    assert not MANIFEST["documentation"].startswith(
        "https://www.home-assistant.io/integrations"
    )
    assert MANIFEST["issue_tracker"].startswith("https://")
    assert MANIFEST["integration_type"] in INTEGRATION_TYPES
    assert MANIFEST["iot_class"] in IOT_CLASSES
    assert all(owner.startswith("@") for owner in MANIFEST["codeowners"])
    assert MANIFEST["requirements"] == []  # nothing to install: see quality_scale.yaml
    version = AwesomeVersion(MANIFEST["version"])
    assert version.strategy is AwesomeVersionStrategy.SEMVER
    if MANIFEST.get("config_flow"):
        assert (PACKAGE / "config_flow.py").is_file()


def _imported_components(path: Path) -> set[str]:
    """Return the X of every ``homeassistant.components.X`` a module imports at run time."""
    tree = ast.parse(path.read_text("utf-8"))
    type_checking = {
        id(node)
        for block in ast.walk(tree)
        if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
        for node in ast.walk(block)
    }
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in type_checking:
            continue
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "homeassistant.components":
                found.update(alias.name for alias in node.names)
            elif node.module.startswith("homeassistant.components."):
                found.add(node.module.split(".")[2])
        elif isinstance(node, ast.Import):
            found.update(
                alias.name.split(".")[2]
                for alias in node.names
                if alias.name.startswith("homeassistant.components.")
            )
    return found


def test_every_imported_component_is_declared() -> None:
    declared = set(MANIFEST.get("dependencies", [])) | set(
        MANIFEST.get("after_dependencies", [])
    )
    own = {p.stem for p in PACKAGE.glob("*.py")} | {
        p.name for p in PACKAGE.iterdir() if p.is_dir()
    }
    undeclared = {
        (path.relative_to(PACKAGE).as_posix(), component)
        for path in PACKAGE.rglob("*.py")
        for component in _imported_components(path)
        if component not in ALLOWED_USED_COMPONENTS | declared | own
    }
    assert not undeclared


def test_the_dependency_check_sees_imports() -> None:
    """The scan above finds what hassfest finds (else it would pass on anything)."""
    assert {"conversation", "repairs", "diagnostics", "sensor"} <= set().union(
        *(_imported_components(path) for path in PACKAGE.rglob("*.py"))
    )


def test_every_json_file_parses_and_strings_are_the_english_file() -> None:
    for path in PACKAGE.rglob("*.json"):
        json.loads(path.read_text("utf-8"))
    assert json.loads((PACKAGE / "strings.json").read_text("utf-8")) == EN


KEY = re.compile(r"^(?!.*(__|--|_-|-_))[a-z0-9][a-z0-9-_]*(?<![-_])$")
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def _strings(node: Any, path: str = "") -> list[tuple[str, str]]:
    if isinstance(node, dict):
        return [
            pair
            for key, value in node.items()
            for pair in _strings(value, f"{path}.{key}" if path else key)
        ]
    return [(path, node)]


def test_translations_follow_hassfest_rules() -> None:
    allowed_top = {
        "title", "config", "config_subentries", "options", "preview_features",
        "selector", "device_automation", "system_health", "config_panel",
        "application_credentials", "issues", "entity_component", "device", "entity",
        "exceptions", "services", "conditions", "triggers", "conversation", "common",
    }  # fmt: skip
    assert set(EN) <= allowed_top
    for path, text in _strings(EN):
        assert isinstance(text, str), path
        assert text == text.strip(), f"{path}: leading or trailing space"
        assert not re.search(r"<[a-z/][^>]*>", text), f"{path}: HTML"
        assert "://" not in text, f"{path}: a URL"
        assert "'{" not in text, f"{path}: a quoted placeholder"
        for name in PLACEHOLDER.findall(text):
            assert name.isidentifier(), f"{path}: placeholder {{{name}}}"
        for part in path.split("."):
            assert KEY.match(part), f"{path}: key {part!r}"
    for flow in ("config", "options"):
        for step_id, step in EN[flow].get("step", {}).items():
            extra = set(step.get("data_description", {})) - set(step.get("data", {}))
            assert not extra, f"{flow}.step.{step_id}: data_description without data"
    for issue_id, issue in EN["issues"].items():
        assert "title" in issue, issue_id
        assert ("description" in issue) != ("fix_flow" in issue), issue_id
    for service_id, service in EN["services"].items():
        assert {"name", "description"} <= set(service), service_id
        for field_id, field in service.get("fields", {}).items():
            assert {"name", "description"} <= set(field), f"{service_id}.{field_id}"
    for platform, entities in EN["entity"].items():
        assert platform in {p.value for p in Platform}, platform
        for key, entity in entities.items():
            for state, text in entity.get("state", {}).items():
                assert "{" not in text, f"entity.{platform}.{key}.state.{state}"


SERVICES: dict[str, Any] = yaml.safe_load(
    (PACKAGE / "services.yaml").read_text("utf-8")
)


def test_services_have_texts_icons_and_known_selectors() -> None:
    icons = json.loads((PACKAGE / "icons.json").read_text("utf-8"))
    assert set(SERVICES) == set(EN["services"]) == set(icons["services"])
    for service_id, service in SERVICES.items():
        assert set((service or {}).get("fields", {})) == set(
            EN["services"][service_id].get("fields", {})
        ), service_id
        for field_id, field in (service or {}).get("fields", {}).items():
            select = field.get("selector", {}).get("select") or {}
            if "translation_key" in select:
                options = EN["selector"][select["translation_key"]]["options"]
                assert set(select["options"]) <= set(options), (
                    f"{service_id}.{field_id}"
                )
    for path, icon in _strings(icons):
        assert icon.startswith("mdi:"), path


async def test_every_registered_service_is_in_services_yaml(
    hass: HomeAssistant,
) -> None:
    """hassfest: an integration that registers services describes them all."""
    assert await async_setup_component(hass, DOMAIN, {})
    assert set(hass.services.async_services_for_domain(DOMAIN)) == set(SERVICES)


def test_one_version_everywhere() -> None:
    version = MANIFEST["version"]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["version"] == version
    changelog = (ROOT / "CHANGELOG.md").read_text("utf-8")
    released = re.findall(
        r"^## \[(\d[^\]]*)\] - \d{4}-\d\d-\d\d$", changelog, re.MULTILINE
    )
    assert released[0] == version, "CHANGELOG.md: the newest entry is the version"
    assert "## [Unreleased]" in changelog


def test_hacs_json_and_license() -> None:
    hacs = json.loads((ROOT / "hacs.json").read_text("utf-8"))
    assert set(hacs) <= HACS_KEYS
    assert hacs["name"] == MANIFEST["name"]
    assert AwesomeVersion(hacs["homeassistant"]) >= AwesomeVersion("2026.2.0")
    assert hacs.get("render_readme") or (ROOT / "info.md").is_file()
    if hacs.get("zip_release"):
        assert hacs["filename"] == "hamstring_coach.zip"
    license_text = (ROOT / "LICENSE").read_text("utf-8")
    assert license_text.startswith("MIT License")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["license"] == "MIT"


def test_release_zip_holds_the_integration_at_its_root(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "release_zip", ROOT / "scripts" / "release_zip.py"
    )
    assert spec is not None
    assert spec.loader is not None
    release_zip = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(release_zip)
    out = tmp_path / "hamstring_coach.zip"
    assert release_zip.main(["--tag", "v0.0.0-wrong", "--out", str(out)]) == 1
    assert not out.exists()
    assert (
        release_zip.main(["--tag", f"v{MANIFEST['version']}", "--out", str(out)]) == 0
    )
    names = zipfile.ZipFile(out).namelist()
    assert {
        "manifest.json",
        "__init__.py",
        "translations/en.json",
        "core/engine.py",
    } <= set(names)
    assert "brand/icon.png" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


@pytest.mark.parametrize("workflow", ["validate.yml", "tests.yml", "release.yml"])
def test_workflows_call_what_exists(workflow: str) -> None:
    """The GitHub workflows parse, and every repository command they run exists."""
    text = (ROOT / ".github" / "workflows" / workflow).read_text("utf-8")
    jobs = yaml.safe_load(text)["jobs"]
    runs = " ".join(
        step.get("run", "") for job in jobs.values() for step in job.get("steps", [])
    )
    for job in jobs.values():  # a called workflow of this repository
        if job.get("uses", "").startswith("./"):
            assert (ROOT / job["uses"]).is_file(), f"{workflow}: {job['uses']}"
    for path in re.findall(r"(?:scripts|\.ci)/[\w./-]+", runs):
        assert (ROOT / path).is_file(), f"{workflow}: {path}"
