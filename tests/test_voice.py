"""Assist sentences, intents and the LLM API, through the real conversation and llm helpers."""

from __future__ import annotations

from datetime import timedelta
import json
from pathlib import Path
from typing import Any

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
import yaml

from homeassistant.components import conversation
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers import intent, llm
from homeassistant.util import dt as dt_util

from custom_components.hamstring_coach.const import DOMAIN
from custom_components.hamstring_coach.voice_words import symptoms_from

from .conftest import CHAIR, advance, set_chair, setup_entry

pytestmark = pytest.mark.usefixtures("assist")


async def say(hass: HomeAssistant, text: str) -> str:
    result = await conversation.async_converse(
        hass, text, None, Context(), language="en", agent_id=None
    )
    await hass.async_block_till_done()
    return str(result.response.speech["plain"]["speech"])


async def test_status_sentence(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory
) -> None:
    await setup_entry(hass)
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=12))
    answer = await say(hass, "how long have I been sitting")
    assert answer == (
        "You have been sitting for 12 minutes without a break. "
        "Today you sat 12 minutes. Breaks: 0. Stand hours: 0."
    )
    await set_chair(hass, False)
    await advance(hass, freezer, timedelta(minutes=2))
    answer = await say(hass, "how long have I been sitting")
    assert answer == (
        "You are not sitting right now. "
        "Today you sat 12 minutes. Breaks: 1. Stand hours: 1."
    )


async def test_log_sentences_and_red_flag(hass: HomeAssistant, chair: str) -> None:
    entry = await setup_entry(hass)
    answer = await say(hass, "log hamstring tightness 6")
    assert answer.startswith(
        "Logged tightness 6; no other signs. Advice: self-care is fine for now."
    )
    assert entry.runtime_data.care.symptoms.entries[-1].tightness == 6
    answer = await say(hass, "my hamstrings feel four out of ten")
    assert entry.runtime_data.care.symptoms.entries[-1].tightness == 4
    answer = await say(hass, "I have tingling below my knee")
    last = entry.runtime_data.care.symptoms.entries[-1]
    assert last.sensations == {"tingling", "radiating_below_knee"}
    assert "see a doctor or physical therapist in the next few days" in answer
    assert "sciatic nerve" in answer
    answer = await say(hass, "should I see a physio")
    assert answer.startswith(
        "Current advice: see a doctor or physical therapist in the next few days."
    )


async def test_routine_sentences(hass: HomeAssistant, chair: str) -> None:
    entry = await setup_entry(hass)
    answer = await say(hass, "start my nerve glide routine")
    assert answer.startswith(
        "Starting Sciatic nerve glides. Stop and log your symptoms if pain goes beyond "
        "mild, or if numbness, tingling or weakness appears or spreads. "
        "First: Seated nerve glide."
    )
    assert entry.runtime_data.engine.runner.current.id == "nerve_glides"
    assert (await say(hass, "next step")).startswith("Next: Seated knee and ankle")
    assert (await say(hass, "pause the routine")).startswith("Routine paused")
    assert entry.runtime_data.snapshot.routine.paused
    assert await say(hass, "resume the routine") == "Routine resumed."
    assert await say(hass, "stop the routine") == "Routine stopped."
    assert entry.runtime_data.engine.runner.current is None
    assert await say(hass, "next step") == "No routine is running for Study desk."
    # sentences of other integrations are not taken over
    await say(hass, "start the dishwasher")
    await say(hass, "I feel cold")
    assert entry.runtime_data.engine.runner.current is None
    assert entry.runtime_data.care.symptoms.entries == []


async def test_snooze_sentence(hass: HomeAssistant, chair: str) -> None:
    entry = await setup_entry(hass)
    answer = await say(hass, "snooze my posture reminders for 20 minutes")
    until = entry.runtime_data.snapshot.view.snoozed_until
    assert until == dt_util.utcnow() + timedelta(minutes=20)
    assert (
        answer
        == f"Reminders snoozed for 20 minutes, until {dt_util.as_local(until):%H:%M}."
    )


async def test_several_profiles(hass: HomeAssistant, chair: str) -> None:
    await setup_entry(hass)
    sofa = MockConfigEntry(
        domain=DOMAIN, title="Sofa", data={"sitting_entities": ["binary_sensor.sofa"]}
    )
    sofa.add_to_hass(hass)
    assert await hass.config_entries.async_setup(sofa.entry_id)
    await hass.async_block_till_done()
    answer = await say(hass, "log tightness 4")
    assert answer == "Which profile do you mean: Study desk, Sofa?"
    answer = await say(hass, "log tightness 4 for the sofa")
    assert answer.startswith("Logged tightness 4; no other signs.")
    assert sofa.runtime_data.care.symptoms.entries[-1].tightness == 4
    answer = await say(hass, "log tightness 4 for the garage")
    assert answer == "There is no profile called garage. Profiles: Study desk, Sofa."


async def test_unload_removes_sentences(hass: HomeAssistant, chair: str) -> None:
    entry = await setup_entry(hass)
    assert (await say(hass, "should I see a physio")).startswith("Current advice")
    await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    answer = await say(hass, "should I see a physio")
    assert not answer.startswith("Current advice")
    # the intents stay, and answer clearly
    response = await intent.async_handle(hass, "test", "HamstringCoachTriage", {})
    assert (
        response.speech["plain"]["speech"]
        == "No Hamstring Coach profile is set up yet."
    )


async def test_sentences_attach_when_conversation_loads_later(
    hass: HomeAssistant, chair: str
) -> None:
    # conversation is already set up by the fixture; a second profile must not attach twice
    first = await setup_entry(hass)
    sofa = MockConfigEntry(
        domain=DOMAIN, title="Sofa", data={"sitting_entities": [CHAIR + "_2"]}
    )
    sofa.add_to_hass(hass)
    assert await hass.config_entries.async_setup(sofa.entry_id)
    await hass.config_entries.async_unload(first.entry_id)
    await hass.async_block_till_done()
    assert (await say(hass, "should I see a physio")).startswith("Current advice")


def _context(language: str = "en") -> llm.LLMContext:
    return llm.LLMContext(
        platform="test",
        context=Context(),
        language=language,
        assistant="conversation",
        device_id=None,
    )


async def call_tool(
    hass: HomeAssistant, name: str, language: str = "en", **args: Any
) -> tuple[dict[str, Any], bool]:
    api = await llm.async_get_api(hass, DOMAIN, _context(language))
    result = await api.async_call_tool(llm.ToolInput(tool_name=name, tool_args=args))
    if isinstance(result, dict):  # Home Assistant 2026.2
        return result, "error" in result
    return result.data, result.error


async def test_llm_api_tools(
    hass: HomeAssistant, chair: str, freezer: FrozenDateTimeFactory
) -> None:
    entry = await setup_entry(hass)
    apis = {api.id: api.name for api in llm.async_get_apis(hass)}
    assert apis[DOMAIN] == "Hamstring Coach"
    api = await llm.async_get_api(hass, DOMAIN, _context())
    assert {tool.name for tool in api.tools} == {
        "hamstring_coach_status",
        "hamstring_coach_log_symptoms",
        "hamstring_coach_log_professional_review",
        "hamstring_coach_start_routine",
        "hamstring_coach_routine_control",
        "hamstring_coach_snooze",
        "hamstring_coach_report",
    }
    assert "never a diagnosis" in api.api_prompt
    await set_chair(hass, True)
    await advance(hass, freezer, timedelta(minutes=7))
    data, error = await call_tool(hass, "hamstring_coach_status")
    assert not error
    assert (data["streak_minutes"], data["sitting"]) == (7, True)
    assert {
        key: data[key]
        for key in (
            "stand_hours_today",
            "reminders_today",
            "reminders_snoozed_today",
            "breaks_after_reminder_today",
        )
    } == dict.fromkeys(
        (
            "stand_hours_today",
            "reminders_today",
            "reminders_snoozed_today",
            "breaks_after_reminder_today",
        ),
        0,
    )
    data, error = await call_tool(
        hass,
        "hamstring_coach_log_symptoms",
        tightness=5,
        sensations=["pop"],
        side="left",
    )
    assert not error
    assert data["level"] == "urgent"
    assert data["reasons"][0]["code"] == "acute_injury"
    assert data["routines_allowed"] is False
    assert data["advice"] == "get medical advice today"
    # no routine while a professional is needed today
    data, error = await call_tool(
        hass, "hamstring_coach_start_routine", routine="posture reset"
    )
    assert error
    assert "leads no routine" in data["error"]
    freezer.tick(timedelta(hours=2))
    data, error = await call_tool(
        hass, "hamstring_coach_log_professional_review", notes="grade 1 strain"
    )
    assert not error
    assert (data["level"], data["routines_allowed"]) == ("self_care", True)
    data, error = await call_tool(
        hass, "hamstring_coach_start_routine", routine="posture reset"
    )
    assert "beyond mild" in data["stop_rule"]
    assert (data["routine"], data["step"]) == (
        "posture_reset",
        "Posterior pelvic tilts",
    )
    data, error = await call_tool(
        hass, "hamstring_coach_routine_control", command="next_step"
    )
    assert data["step"] == "Standing glute squeeze"
    data, error = await call_tool(
        hass, "hamstring_coach_routine_control", command="stop"
    )
    assert data["routine"] is None
    data, error = await call_tool(hass, "hamstring_coach_snooze", minutes=30)
    assert (
        data["snoozed_until"]
        == entry.runtime_data.snapshot.view.snoozed_until.isoformat()
    )
    data, error = await call_tool(hass, "hamstring_coach_report", days=2)
    assert len(data["days"]) == 2
    assert data["assessment"]["level"] == "self_care"
    assert len(data["professional_reviews"]) == 1
    # wrong values: the schema or the action says what is wrong
    try:
        data, error = await call_tool(
            hass, "hamstring_coach_log_symptoms", tightness=11
        )
    except Exception as err:  # noqa: BLE001 - 2026.2 raises the schema error
        assert "tightness" in str(err) or "value" in str(err)  # noqa: PT017
    else:
        assert error  # 2026.3+ answers the model with an error result
    assert len(entry.runtime_data.care.symptoms.entries) == 1
    data, error = await call_tool(hass, "hamstring_coach_start_routine", routine="yoga")
    assert error
    assert "no routine yoga" in data["error"]
    data, error = await call_tool(hass, "hamstring_coach_status", profile="garage")
    assert error
    assert "garage" in data["error"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I feel tightness in both legs", {"side": "both"}),
        (
            "I have numbness in both legs",
            {"side": "both", "sensations": ["numbness"]},
        ),
        (
            "I have tingling below my knee",
            {"sensations": ["radiating_below_knee", "tingling"]},
        ),
        ("I feel numb around my groin", {"sensations": ["saddle_numbness"]}),
        ("I have trouble with my bladder", {"sensations": ["bladder_bowel_change"]}),
        ("I am short of breath", {"sensations": ["breathlessness_chest_pain"]}),
        ("I have chest pain", {"sensations": ["breathlessness_chest_pain"]}),
        ("my urine is dark", {"sensations": ["dark_urine"]}),
        ("I have a fever", {"sensations": ["fever"]}),
        ("I lost weight without trying", {"sensations": ["unexplained_weight_loss"]}),
        ("the pain wakes me up at night", {"sensations": ["night_pain"]}),
        ("I had cancer before", {"sensations": ["cancer_history"]}),
        ("I fell", {"sensations": ["trauma"]}),
        ("I have foot drop", {"sensations": ["foot_drop"]}),
        ("my leg is getting weaker", {"sensations": ["weakness_worsening"]}),
        ("my calf is red and warm", {"sensations": ["leg_red_warm_swollen"]}),
        ("my calf is swollen", {"sensations": ["calf_swelling"]}),
        ("I felt a pop in my thigh", {"sensations": ["pop"]}),
        ("I have a headache", {}),
    ],
)
def test_symptoms_from_words(text: str, expected: dict[str, Any]) -> None:
    assert symptoms_from(text) == expected


@pytest.mark.parametrize(
    ("sentence", "level", "side", "signs"),
    [
        ("I feel tightness in both legs", "self_care", "both", set()),
        ("I have numbness in both legs", "emergency", "both", {"numbness"}),
        ("I have a fever", "urgent", None, {"fever"}),
        ("I am short of breath", "emergency", None, {"breathlessness_chest_pain"}),
        ("my urine is dark", "emergency", None, {"dark_urine"}),
        ("the pain wakes me up at night", "urgent", None, {"night_pain"}),
        ("my calf is red and warm", "urgent", None, {"leg_red_warm_swollen"}),
        ("I fell", "consult", None, {"trauma"}),
    ],
)
async def test_new_signs_by_voice(
    hass: HomeAssistant,
    chair: str,
    sentence: str,
    level: str,
    side: str | None,
    signs: set[str],
) -> None:
    hass.config.country = "US"
    entry = await setup_entry(hass)
    answer = await say(hass, sentence)
    last = entry.runtime_data.care.symptoms.entries[-1]
    assert (last.side, last.sensations) == (side, signs)
    assert entry.runtime_data.care.assessment.level.value == level
    if level == "emergency":
        assert "call 911" in answer
    if side == "both" and not signs:
        assert answer.startswith("Logged tightness 0; in both legs.")


async def test_assist_will_not_lead_a_routine_while_help_is_needed(
    hass: HomeAssistant, chair: str
) -> None:
    entry = await setup_entry(hass)
    await say(hass, "I felt a pop in my thigh")
    answer = await say(hass, "start my desk break routine")
    assert "leads no routine" in answer
    assert entry.runtime_data.engine.runner.current is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I have tightness at night", {}),
        ("sudden tightness in my thigh", {}),
        ("my thigh is warm after stretching", {}),
        ("my calf is red, warm and swollen", {"sensations": ["leg_red_warm_swollen"]}),
        (
            "I have no fever but tingling below my knee",
            {"sensations": ["radiating_below_knee", "tingling"]},
        ),
        ("I don't have numbness in my leg", {}),
        ("not numb, just a sharp pull", {"sensations": ["sharp_pull"]}),
        (
            "I had a sudden sharp pain in my hamstring",
            {"sensations": ["sudden_sharp_pain"]},
        ),
    ],
)
def test_everyday_words_do_not_raise_alarms(
    text: str, expected: dict[str, Any]
) -> None:
    assert symptoms_from(text) == expected


async def test_llm_tools_answer_in_the_conversations_language(
    hass: HomeAssistant, chair: str
) -> None:
    """Texts, routine steps and errors in the conversation's language (Dutch)."""
    package = Path(__file__).resolve().parents[1] / "custom_components/hamstring_coach"
    dutch = json.loads((package / "translations/nl.json").read_text("utf-8"))
    steps = yaml.safe_load(
        (package / "routines/translations/nl.yaml").read_text("utf-8")
    )
    await setup_entry(hass)
    data, error = await call_tool(
        hass, "hamstring_coach_start_routine", "nl", routine="bureaupauze"
    )
    assert not error
    assert data["stop_rule"] == dutch["common"]["stop_rule"]
    assert data["step"] == steps["desk_break"]["steps"]["stand_up"]["name"]
    data, error = await call_tool(
        hass, "hamstring_coach_start_routine", "nl-BE", routine="yoga"
    )
    assert error
    assert data["error"].startswith(
        dutch["exceptions"]["unknown_routine"]["message"].split("{")[0]
    )
