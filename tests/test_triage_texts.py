"""The triage texts: README's table is the rules table; every code and sign has words."""

from __future__ import annotations

import json
from pathlib import Path
import re

import yaml

from custom_components.hamstring_coach.core.triage import (
    LEVELS,
    RULES,
    SENSATIONS,
    rules_markdown,
)

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "custom_components" / "hamstring_coach"
STRINGS = json.loads((PACKAGE / "strings.json").read_text(encoding="utf-8"))
COMMON = STRINGS["common"]


def test_readme_table_is_the_rules_table() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("<!-- triage-rules:start -->\n")[1].split(
        "\n<!-- triage-rules:end -->"
    )[0]
    assert table == rules_markdown(), "run scripts/triage_table.py"


def test_readme_lists_every_sign() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for sign in SENSATIONS:
        assert f"`{sign}`" in readme, sign


def test_every_reason_and_sign_has_words() -> None:
    for rule in RULES:
        assert f"reason_{rule.code}" in COMMON, rule.code
    for sign in SENSATIONS:
        assert f"sign_{sign}" in COMMON, sign
        assert sign in STRINGS["selector"]["sensations"]["options"], sign
    for level in LEVELS:
        assert f"level_{level.value}" in COMMON
        assert level.value in STRINGS["entity"]["sensor"]["triage_level"]["state"]


def test_the_action_offers_every_sign() -> None:
    services = yaml.safe_load((PACKAGE / "services.yaml").read_text(encoding="utf-8"))
    options = services["log_symptoms"]["fields"]["sensations"]["selector"]["select"]
    assert options["options"] == list(SENSATIONS)


def test_emergency_texts_say_how_to_get_help() -> None:
    for rule in RULES:
        if rule.level.value == "emergency":
            assert "call {number}" in COMMON[f"reason_{rule.code}"].lower(), rule.code
    assert "{number}" in COMMON["level_emergency"]
    assert "{number}" in COMMON["help_emergency"]
    assert "ambulance" in COMMON["reason_breathlessness_chest_pain"]
    # level titles and sentences agree
    for level in ("consult", "urgent", "emergency"):
        sentence = COMMON[f"level_{level}"]
        title = COMMON[f"triage_{level}_title"].removeprefix("Hamstring Coach: ")
        issue = STRINGS["issues"][f"triage_{level}"]["title"].removeprefix("{name}: ")
        assert title == issue
        key_words = {
            "consult": "next few days",
            "urgent": "today",
            "emergency": "{number}",
        }
        assert key_words[level] in sentence
        assert key_words[level] in title


def test_no_text_diagnoses() -> None:
    """Reasons say what something can point to; they never name a condition as fact."""
    for key, text in COMMON.items():
        if key.startswith("reason_"):
            assert not re.search(
                r"\byou have\b|\bthis is a\b|\bit is a\b", text, re.IGNORECASE
            ), key
    assert "Irritated" not in json.dumps(STRINGS)


def test_english_translation_is_the_strings_file() -> None:
    english = json.loads((PACKAGE / "translations" / "en.json").read_text("utf-8"))
    assert english == STRINGS


def test_no_sentence_keeps_a_placeholder() -> None:
    """Every rule's sentence, rendered from a history that triggers it, is filled."""
    from datetime import UTC, datetime, timedelta

    from custom_components.hamstring_coach.core.triage import (
        DaySitting,
        SymptomEntry,
        assess,
    )
    from custom_components.hamstring_coach.texts import (
        alert_texts,
        level_text,
        reason_sentence,
    )

    now = datetime(2026, 6, 30, 18, tzinfo=UTC)
    texts = {f"component.hamstring_coach.common.{k}": v for k, v in COMMON.items()}

    def at(days: float, *signs: str, **kw: object) -> SymptomEntry:
        return SymptomEntry(
            now - timedelta(days=days),
            kw.pop("tightness", 5),  # type: ignore[arg-type]
            sensations=frozenset(signs),
            **kw,  # type: ignore[arg-type]
        )

    histories = [
        [at(1, sign, pain=8, side="both", context=context, since_days=60)]
        for sign in SENSATIONS
        for context in ("after_sitting", "after_activity")
    ]
    histories += [
        [at(50, "pop")],
        [at(1, "pop"), at(0.5, "bruising")],
        [at(28 - d, tightness=3 + d // 4) for d in range(29)],
        [at(21 - d) for d in range(22)],
        [at(5, "sharp_pull"), at(1, "tingling")],
        [at(1, "swelling")],
        [at(1, "fever", "numbness")],
        [at(21 - d, "swelling") for d in range(22)],
    ]
    seen: set[str] = set()
    for history in histories:
        for completions in ([], [now - timedelta(days=d / 2) for d in range(40)]):
            sitting = {
                (now - timedelta(days=d)).date(): DaySitting(7, 90) for d in range(8)
            }
            result = assess(history, completions, sitting, now=now, zone=UTC)
            for reason in result.reasons:
                seen.add(reason.code)
                sentence = reason_sentence(texts, reason)
                assert "{" not in sentence, (reason.code, sentence)
                assert "_" not in sentence, (reason.code, sentence)
            assert "{" not in level_text(texts, result)
            assert "{" not in " ".join(alert_texts(texts, result, "Desk").values())
    assert seen == {rule.code for rule in RULES}


def test_every_action_has_an_icon_a_name_and_field_texts() -> None:
    services = yaml.safe_load((PACKAGE / "services.yaml").read_text(encoding="utf-8"))
    icons = json.loads((PACKAGE / "icons.json").read_text(encoding="utf-8"))
    for service, spec in services.items():
        assert service in icons["services"], service
        texts = STRINGS["services"][service]
        assert texts["name"], service
        assert set(spec.get("fields", {})) == set(texts.get("fields", {})), service
