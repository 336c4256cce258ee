"""Step pictures: the files, the image entity, user pictures and what goes wrong."""

from __future__ import annotations

from pathlib import Path
import sys
from typing import Any

from PIL import Image

from homeassistant.core import HomeAssistant
from homeassistant.helpers import issue_registry as ir

from custom_components.hamstring_coach.const import DOMAIN
from custom_components.hamstring_coach.routine_files import (
    PICTURES_DIR,
    builtin_routines,
)

from .conftest import setup_entry

ROOT = Path(__file__).resolve().parents[1]
PICTURE = "image.study_desk_routine_step"


def test_every_picture_renders_and_matches_its_source() -> None:
    """Every built-in step and the idle state have a 400 px picture; the SVG sources
    are what ``scripts/pictures/draw.py`` draws today."""
    sys.path.insert(0, str(ROOT / "scripts" / "pictures"))
    import draw

    drawn = draw.pictures()
    steps = {step.id for routine in builtin_routines() for step in routine.steps}
    assert steps | {"idle"} == set(drawn)
    for name, svg in drawn.items():
        source = ROOT / "pictures" / "svg" / f"{name}.svg"
        assert source.read_text(encoding="utf-8") == svg, f"run draw.py: {name}"
        picture = Image.open(PICTURES_DIR / f"{name}.png")
        picture.load()  # decodes the whole file
        assert picture.size == (400, 400), name
        assert picture.format == "PNG"
    pngs = {path.stem for path in PICTURES_DIR.glob("*.png")}
    assert pngs == set(drawn)  # nothing stale left over


async def fetch(hass_client: Any, hass: HomeAssistant) -> tuple[str, bytes]:
    client = await hass_client()
    response = await client.get(f"/api/image_proxy/{PICTURE}")
    assert response.status == 200, await response.text()
    return response.headers["Content-Type"], await response.read()


async def coach_action(hass: HomeAssistant, action: str, **data: Any) -> None:
    """Call one of the profile's actions and let Home Assistant settle."""
    await hass.services.async_call(
        DOMAIN, action, {"config_entry_id": "entry1", **data}, blocking=True
    )
    await hass.async_block_till_done()


def picture_of(name: str) -> tuple[str, bytes]:
    """Return what the image proxy serves for a built-in picture."""
    return "image/png", (PICTURES_DIR / f"{name}.png").read_bytes()


async def test_the_picture_follows_the_step(
    hass: HomeAssistant, chair: str, hass_client: Any
) -> None:
    await setup_entry(hass)
    idle_state = hass.states.get(PICTURE)
    assert idle_state is not None
    assert await fetch(hass_client, hass) == picture_of("idle")
    await coach_action(hass, "start_routine", routine="desk_break")
    started = hass.states.get(PICTURE)
    assert started is not None
    assert started.last_updated > idle_state.last_updated  # the frontend reloads it
    assert await fetch(hass_client, hass) == picture_of("stand_up")
    await coach_action(hass, "next_step")
    assert await fetch(hass_client, hass) == picture_of("walk")
    await coach_action(hass, "stop_routine")
    assert await fetch(hass_client, hass) == picture_of("idle")


USER_ROUTINE = """- id: evening
  name: Evening unwind
  steps:
    - id: bridge
      name: Bridge
      instruction: Lift the hips.
      reps: 10
      image: {image}
    - id: walk
      name: Slow walk
      instruction: Walk slowly around the house.
      seconds: 60
      image: builtin:walk
"""


async def test_a_user_picture_from_the_config_folder(
    hass: HomeAssistant, chair: str, hass_client: Any
) -> None:
    routines = Path(hass.config.path("hamstring_coach_routines.yaml"))
    picture = Path(hass.config.path("www", "bridge.jpg"))
    picture.parent.mkdir(parents=True, exist_ok=True)
    picture.write_bytes(b"\xff\xd8\xff\xe0 a jpeg")
    routines.write_text(USER_ROUTINE.format(image="www/bridge.jpg"), encoding="utf-8")
    try:
        await setup_entry(hass)
        await coach_action(hass, "start_routine", routine="evening")
        assert await fetch(hass_client, hass) == ("image/jpeg", picture.read_bytes())
        picture.unlink()  # gone after the routines were loaded: the neutral picture
        entity = hass.data["image"].get_entity(PICTURE)
        entity._cached_image = None  # as after a new step or a restart
        content_type, body = await fetch(hass_client, hass)
        assert (content_type, body) == (
            "image/png",
            (PICTURES_DIR / "idle.png").read_bytes(),
        )
    finally:
        routines.unlink(missing_ok=True)
        picture.unlink(missing_ok=True)


async def test_a_missing_user_picture_is_a_clear_error_at_load(
    hass: HomeAssistant, chair: str
) -> None:
    routines = Path(hass.config.path("hamstring_coach_routines.yaml"))
    routines.write_text(USER_ROUTINE.format(image="www/nothing.png"), encoding="utf-8")
    try:
        await setup_entry(hass)
        issue = ir.async_get(hass).async_get_issue(DOMAIN, "routines_file_entry1")
        assert issue is not None
        problem = issue.translation_placeholders["problem"]
        assert "step bridge" in problem
        assert "www/nothing.png is not a file" in problem
        options = hass.states.get("select.study_desk_routine").attributes["options"]
        assert "evening" not in options  # the built-ins still work
        assert "desk_break" in options
    finally:
        routines.unlink(missing_ok=True)


async def test_a_user_picture_on_the_web_is_fetched_by_the_image_entity(
    hass: HomeAssistant, chair: str
) -> None:
    routines = Path(hass.config.path("hamstring_coach_routines.yaml"))
    url = "https://example.org/bridge.png"
    routines.write_text(USER_ROUTINE.format(image=url), encoding="utf-8")
    try:
        entry = await setup_entry(hass)
        await coach_action(hass, "start_routine", routine="evening")
        component = hass.data["image"]
        entity = component.get_entity(PICTURE)
        assert entity is not None
        assert entity.image_url == url  # Home Assistant fetches it when shown
        assert entry.runtime_data.snapshot.routine.image == url
    finally:
        routines.unlink(missing_ok=True)


async def test_the_phone_shows_each_step_with_its_picture(
    hass: HomeAssistant, chair: str
) -> None:
    """Companion apps get the current step with its picture; it goes at the end."""
    from pytest_homeassistant_custom_component.common import async_mock_service

    phone = async_mock_service(hass, "notify", "mobile_app_pixel")
    await setup_entry(hass, notify_targets=["notify.mobile_app_pixel"])
    await hass.services.async_call(
        DOMAIN,
        "start_routine",
        {"config_entry_id": "entry1", "routine": "desk_break"},
        blocking=True,
    )
    await hass.async_block_till_done()
    (step,) = phone
    assert step.data["title"] == "Stand up (1/4)"
    assert step.data["message"].startswith("Get out of the chair")
    assert step.data["data"]["image"] == f"/api/image_proxy/{PICTURE}"
    tag = step.data["data"]["tag"]
    await hass.services.async_call(
        DOMAIN, "next_step", {"config_entry_id": "entry1"}, blocking=True
    )
    await hass.async_block_till_done()
    assert phone[-1].data["title"] == "Walk (2/4)"
    assert phone[-1].data["data"]["tag"] == tag  # it replaces the last step
    await hass.services.async_call(
        DOMAIN, "stop_routine", {"config_entry_id": "entry1"}, blocking=True
    )
    await hass.async_block_till_done()
    assert phone[-1].data["message"] == "clear_notification"
    assert phone[-1].data["data"]["tag"] == tag


def test_readme_gallery_is_up_to_date() -> None:
    sys.path.insert(0, str(ROOT / "scripts" / "pictures"))
    import gallery

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = readme.split(gallery.START)[1].split(gallery.END)[0]
    assert shown == gallery.builtin_gallery(), "run scripts/pictures/gallery.py"
    for name in {step.image for r in builtin_routines() for step in r.steps}:
        assert f"pictures/{str(name).removeprefix('builtin:')}.png" in shown
