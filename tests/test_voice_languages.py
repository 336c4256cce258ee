"""Voice in every language: the same intents, the answers in the language asked in.

The examples live in ``tests/fixtures/voice/<language>.yaml``; the answers are checked
against that language's translation file, so an answer in the wrong language fails.
"""

from __future__ import annotations

from datetime import timedelta
from importlib.metadata import version
import json
from pathlib import Path
import re
from typing import Any

from awesomeversion import AwesomeVersion
from hassil import Intents, TextSlotList, WildcardSlotList, recognize_all
from hassil.expression import (
    Alternative,
    ListReference,
    Permutation,
    RuleReference,
    Sequence,
    TextChunk,
)
from hassil.intents import RangeSlotList
from home_assistant_intents import get_intents
import pytest
import yaml

from homeassistant.components import conversation
from homeassistant.core import Context, HomeAssistant
from homeassistant.util import dt as dt_util

from custom_components.hamstring_coach.sentences import sentence_languages
from custom_components.hamstring_coach.voice_words import (
    INTENT_LOG_SYMPTOMS,
    INTENT_NEXT_STEP,
    INTENT_PAUSE_ROUTINE,
    INTENT_RESUME_ROUTINE,
    INTENT_SNOOZE,
    INTENT_START_ROUTINE,
    INTENT_STATUS,
    INTENT_STOP_ROUTINE,
    INTENT_TRIAGE,
    INTENTS,
    LANGUAGES,
    WILDCARDS,
    number_from,
    symptoms_from,
    words_for,
)

from .conftest import set_chair, setup_entry

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = Path(__file__).parent / "fixtures" / "voice"
TRANSLATIONS = ROOT / "custom_components" / "hamstring_coach" / "translations"
ALL = sorted(LANGUAGES)
OTHER = [language for language in ALL if language != "en"]
# what each group of examples must be recognised as
GROUPS = {
    "status": INTENT_STATUS,
    "log_tightness": INTENT_LOG_SYMPTOMS,
    "log_signs": INTENT_LOG_SYMPTOMS,
    "start_routine": INTENT_START_ROUTINE,
    "next_step": INTENT_NEXT_STEP,
    "pause_routine": INTENT_PAUSE_ROUTINE,
    "resume_routine": INTENT_RESUME_ROUTINE,
    "stop_routine": INTENT_STOP_ROUTINE,
    "snooze": INTENT_SNOOZE,
    "triage": INTENT_TRIAGE,
}
QUOTED = re.compile(r"[\"“„«]\s?([^\"“”„«»]+?)\s?[\"”“»]")


def examples(language: str) -> dict[str, Any]:
    return yaml.safe_load((EXAMPLES / f"{language}.yaml").read_text(encoding="utf-8"))


def said(example: str | dict[str, Any]) -> str:
    return example if isinstance(example, str) else str(example["say"])


def common(language: str) -> dict[str, str]:
    data = json.loads((TRANSLATIONS / f"{language}.json").read_text(encoding="utf-8"))
    return data["common"]


def fill(template: str, **values: object) -> str:
    for name, value in values.items():
        template = template.replace("{" + name + "}", str(value))
    return template


def wildcards(sentence: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", sentence))


def trigger_intents() -> Intents:
    """Return the sentences as the built-in agent holds them: one trigger an intent."""
    intents = Intents.from_dict(
        {
            "language": "en",
            "intents": {
                intent_type: {"data": [{"sentences": list(sentences)}]}
                for intent_type, sentences in sentence_languages().items()
            },
        }
    )
    for name in WILDCARDS:
        intents.slot_lists[name] = WildcardSlotList(name)
    return intents


INTENTS_OF_ALL = trigger_intents()


def recognised(text: str) -> set[str]:
    return {result.intent.name for result in recognize_all(text, INTENTS_OF_ALL)}


def test_every_language_has_examples_and_a_translation() -> None:
    assert {"en", "de", "nl", "fr", "es"} <= set(ALL)
    for language in ALL:
        assert (EXAMPLES / f"{language}.yaml").is_file(), language
        assert (TRANSLATIONS / f"{language}.json").is_file(), language


@pytest.mark.parametrize("language", ALL)
def test_every_intent_has_sentences_with_the_same_slots(language: str) -> None:
    english = LANGUAGES["en"].sentences
    words = LANGUAGES[language]
    assert set(words.sentences) == set(INTENTS)
    for intent_type in INTENTS:
        sentences = words.sentences[intent_type]
        assert sentences, (language, intent_type)
        theirs = set().union(*map(wildcards, sentences))
        ours = set().union(*map(wildcards, english[intent_type]))
        assert theirs == ours, (language, intent_type)
    numbers = set(words.number_words.values())
    assert set(range(13)) | {15, 20, 30, 45, 60} <= numbers, language
    assert words.routine_words, language


@pytest.mark.parametrize("language", ALL)
def test_each_example_is_one_intent_among_all_languages(language: str) -> None:
    """A sentence runs one action, even with the sentences of every language attached."""
    cases = examples(language)
    assert set(GROUPS) <= set(cases), language
    for group, intent_type in GROUPS.items():
        assert cases[group], (language, group)
        for example in cases[group]:
            assert recognised(said(example)) == {intent_type}, (language, example)


@pytest.mark.parametrize("language", ALL)
def test_phrases_the_answers_suggest_are_understood(language: str) -> None:
    """ "Say resume the routine": what an answer tells a person to say works."""
    texts = common(language)
    for key in ("speak_routine_pause", "speak_nothing_logged"):
        phrases = QUOTED.findall(texts[key])
        assert phrases, (language, key)
        for phrase in phrases:
            assert recognised(phrase.strip(" .,!?¿¡")), (language, key, phrase)


@pytest.mark.parametrize("language", ALL)
def test_words_read_as_signs(language: str) -> None:
    words = words_for(language)
    seen: set[str] = set()
    for case in examples(language)["words"]:
        assert symptoms_from(case["text"], words) == case["expected"], (
            language,
            case["text"],
        )
        seen |= set(case["expected"].get("sensations", []))
    every_sign = {sign for _, sign in LANGUAGES["en"].sign_patterns}
    assert seen == every_sign, (language, every_sign - seen)
    assert {sign for _, sign in words.sign_patterns} == every_sign, language


def test_an_unknown_language_gets_english_words() -> None:
    assert words_for("it") is LANGUAGES["en"]
    assert words_for("de-CH") is LANGUAGES["de"]
    assert words_for(None) is LANGUAGES["en"]
    assert number_from("sechs", words_for("de")) == 6
    assert number_from("six", words_for("de")) == 6  # English numbers work anywhere
    assert number_from("quatre", words_for("fr")) == 4


async def say(hass: HomeAssistant, text: str, language: str) -> str:
    result = await conversation.async_converse(
        hass, text, None, Context(), language=language, agent_id=None
    )
    await hass.async_block_till_done()
    return str(result.response.speech["plain"]["speech"])


@pytest.mark.usefixtures("assist", "chair")
@pytest.mark.parametrize("language", ALL)
async def test_every_intent_answers_in_its_language(
    hass: HomeAssistant, language: str
) -> None:
    """Each example does what the English one does and answers in its language."""
    hass.config.country = "DE"
    hass.config.language = language  # its sentences are attached
    entry = await setup_entry(hass)
    coordinator = entry.runtime_data
    cases, texts = examples(language), common(language)
    await set_chair(hass, False)

    for sentence in cases["status"]:
        assert await say(hass, sentence, language) == fill(
            texts["speak_status_not_sitting"], today=0, breaks=0, stand_hours=0
        )
    logged_prefix = texts["speak_logged"].split("{")[0]
    for case in cases["log_tightness"]:
        answer = await say(hass, case["say"], language)
        assert answer.startswith(logged_prefix), (case, answer)
        assert coordinator.care.symptoms.entries[-1].tightness == case["tightness"]
    for case in cases["log_signs"]:
        count = len(coordinator.care.symptoms.entries)
        answer = await say(hass, case["say"], language)
        assert len(coordinator.care.symptoms.entries) == count + 1, (case, answer)
        last = coordinator.care.symptoms.entries[-1]
        assert last.sensations == set(case["signs"]), (case, answer)
        assert last.side == case.get("side"), case
        level = coordinator.care.assessment.level.value
        assert fill(texts[f"level_{level}"], number=112) in answer, (case, answer)
        coordinator.care.symptoms.entries.clear()
        coordinator.care.assessment = coordinator.care.assess(
            dt_util.utcnow(), coordinator.engine
        )
    for sentence in cases["triage"]:
        answer = await say(hass, sentence, language)
        assert answer.startswith(texts["speak_triage"].split("{")[0]), answer

    for case in cases["start_routine"]:
        answer = await say(hass, case["say"], language)
        routine = coordinator.engine.runner.current
        assert routine is not None, (case, answer)
        assert routine.id == case["routine"]
        localized = routine.in_language(language)
        assert answer.startswith(
            fill(
                texts["speak_routine_started"].split("{stop_rule}")[0],
                name=localized.name,
            )
        ), answer
        assert localized.steps[0].name in answer
        await say(hass, cases["stop_routine"][0], language)
    await say(hass, cases["start_routine"][0]["say"], language)
    for sentence in cases["next_step"]:
        step = coordinator.snapshot.routine.index
        answer = await say(hass, sentence, language)
        assert coordinator.snapshot.routine.index == step + 1, answer
        assert answer.startswith(texts["speak_next_step"].split("{")[0]), answer
    for sentence in cases["pause_routine"]:
        assert await say(hass, sentence, language) == texts["speak_routine_pause"]
        assert coordinator.snapshot.routine.paused
    for sentence in cases["resume_routine"]:
        assert await say(hass, sentence, language) == texts["speak_routine_resume"]
        assert not coordinator.snapshot.routine.paused
    for sentence in cases["stop_routine"]:
        await say(hass, cases["start_routine"][0]["say"], language)
        assert await say(hass, sentence, language) == texts["speak_routine_stop"]
        assert coordinator.engine.runner.current is None

    for case in cases["snooze"]:
        answer = await say(hass, case["say"], language)
        until = coordinator.snapshot.view.snoozed_until
        assert until == dt_util.utcnow() + timedelta(minutes=case["minutes"])
        assert answer == fill(
            texts["speak_snoozed"],
            minutes=case["minutes"],
            time=f"{dt_util.as_local(until):%H:%M}",
        )


@pytest.mark.usefixtures("assist", "chair")
async def test_an_unknown_language_understands_and_answers_in_english(
    hass: HomeAssistant,
) -> None:
    await setup_entry(hass)
    answer = await say(hass, "how long have I been sitting", "it")
    assert answer == fill(
        common("en")["speak_status_not_sitting"], today=0, breaks=0, stand_hours=0
    )


@pytest.mark.usefixtures("assist", "chair")
@pytest.mark.parametrize("language", OTHER)
async def test_an_error_is_said_in_the_language_asked_in(
    hass: HomeAssistant, language: str
) -> None:
    """No routine runs: the refusal comes in the sentence's language, not English."""
    hass.config.language = language
    await setup_entry(hass)
    answer = await say(hass, examples(language)["next_step"][0], language)
    exceptions = json.loads(
        (TRANSLATIONS / f"{language}.json").read_text(encoding="utf-8")
    )["exceptions"]
    expected = fill(exceptions["no_routine_running"]["message"], name="Study desk")
    assert answer.rstrip(".") == expected.rstrip(".")


@pytest.mark.usefixtures("assist", "chair")
async def test_the_answer_is_in_the_assistants_language(hass: HomeAssistant) -> None:
    """Its voice is made for its language; the words are read in the sentence's."""
    hass.config.language = "de"  # German sentences are attached, English always
    entry = await setup_entry(hass)
    answer = await say(hass, "how long have I been sitting", "nl")
    assert answer == fill(
        common("nl")["speak_status_not_sitting"], today=0, breaks=0, stand_hours=0
    )
    german = examples("de")["log_signs"][0]
    answer = await say(hass, german["say"], "en")
    last = entry.runtime_data.care.symptoms.entries[-1]
    assert last.sensations == set(german["signs"])  # read as German
    assert answer.startswith(
        common("en")["speak_logged"].split("{")[0]
    )  # said in English


def test_the_readme_examples_are_understood() -> None:
    """README's table of sentences in other languages says what Assist understands."""
    readme = (ROOT / "README.md").read_text("utf-8")
    table = readme.split("The same in the other languages, for example:")[1]
    rows = [line for line in table.split("\n\n")[1].splitlines()[2:] if line]
    assert len(rows) == len(OTHER)
    for row in rows:
        _, language, sentences, _ = row.split("|")
        for sentence in sentences.split(" · "):
            assert len(recognised(sentence.strip())) == 1, (language, sentence)


# Names and areas for Home Assistant's own sentences ("turn on the kitchen light").
HOUSE = {
    "en": (["kitchen light", "fan"], ["kitchen", "living room"]),
    "de": (["Küchenlicht", "Ventilator"], ["Küche", "Wohnzimmer"]),
    "nl": (["keukenlamp", "ventilator"], ["keuken", "woonkamer"]),
    "fr": (["lumière de la cuisine", "ventilateur"], ["cuisine", "salon"]),
    "es": (["luz de la cocina", "ventilador"], ["cocina", "salón"]),
}


def one_of(
    expression: Any, lists: dict[str, Any], rules: dict[str, Any], pick: int
) -> str:
    """Return one sentence a template says: at every choice the ``pick``-th item.

    hassil's own sampler expands every combination at once, which some of Home
    Assistant's templates make too many for memory.
    """
    if isinstance(expression, TextChunk):
        return str(expression.original_text)
    if isinstance(expression, Alternative):
        items = [item for item in expression.items if not is_empty(item)]
        return one_of(items[pick], lists, rules, pick) if items else ""
    if isinstance(expression, Sequence | Permutation):
        parts = (one_of(item, lists, rules, pick) for item in expression.items)
        return " ".join(" ".join(parts).split())
    if isinstance(expression, RuleReference):
        rule = rules.get(expression.rule_name)
        return "" if rule is None else one_of(rule.expression, lists, rules, pick)
    if isinstance(expression, ListReference):
        slot_list = lists.get(expression.list_name)
        if isinstance(slot_list, TextSlotList) and slot_list.values:
            return one_of(slot_list.values[pick].text_in, lists, rules, pick)
        if isinstance(slot_list, RangeSlotList):
            return str(slot_list.start if pick == 0 else slot_list.stop)
        return "milk"
    raise TypeError(expression)


def is_empty(expression: Any) -> bool:
    return isinstance(expression, TextChunk) and not expression.original_text.strip()


OLD_HASSIL = AwesomeVersion(version("hassil")) < AwesomeVersion("3.6")


@pytest.mark.skipif(
    OLD_HASSIL,
    reason="the same sentences on every line; hassil before 3.6 matches them 20x slower",
)
@pytest.mark.parametrize("language", ALL)
def test_home_assistants_own_sentences_stay_its_own(language: str) -> None:
    """None of Home Assistant's sentences in the language is taken by ours.

    Our triggers are matched before Home Assistant's intents, so a sentence of ours
    that also matched "set a timer for 20 minutes" would take it over.
    """
    intents = Intents.from_dict(get_intents(language))
    names, areas = HOUSE[language]
    lists = dict(intents.slot_lists)
    lists["name"] = TextSlotList.from_strings(names)
    lists["area"] = TextSlotList.from_strings(areas)
    lists["floor"] = TextSlotList.from_strings(areas)
    for wildcard in ("zone", "timer_name", "message", "search_query"):
        lists.setdefault(wildcard, TextSlotList.from_strings(["milk"]))
    for item in ("shopping_list_item", "todo_list_item"):
        lists.setdefault(item, TextSlotList.from_strings(["milk"]))
    samples = [
        (intent.name, text)
        for intent in intents.intents.values()
        for data in intent.data
        for sentence in data.sentences
        for text in {
            one_of(sentence.expression, lists, intents.expansion_rules, pick)
            for pick in (0, -1)  # the first and the last of every choice
        }
    ]
    assert len(samples) > 500
    taken = [(name, text) for name, text in samples if recognised(text)]
    assert taken == []


@pytest.mark.usefixtures("assist", "chair")
async def test_a_regional_assistant_gets_its_language(hass: HomeAssistant) -> None:
    """Swiss German is answered in German, the stop rule and the steps alike."""
    hass.config.language = "de-CH"
    await setup_entry(hass)
    german = common("de")
    answer = await say(hass, examples("de")["start_routine"][0]["say"], "de-CH")
    assert german["stop_rule"] in answer
    answer = await say(hass, examples("de")["stop_routine"][0], "de-CH")
    assert answer == german["speak_routine_stop"]
    answer = await say(hass, examples("de")["next_step"][0], "de-CH")
    exceptions = json.loads((TRANSLATIONS / "de.json").read_text("utf-8"))["exceptions"]
    assert answer.rstrip(".") == fill(
        exceptions["no_routine_running"]["message"], name="Study desk"
    ).rstrip(".")
