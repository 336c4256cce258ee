"""Picking the best of the languages a text exists in."""

from __future__ import annotations

from collections.abc import Iterable
import re

# a BCP 47 tag as Home Assistant writes languages: "de", "pt-BR", "zh-Hant"
LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def best_language(language: str, available: Iterable[str]) -> str | None:
    """Return the tag of ``available`` that serves ``language``, or None.

    The same tag wins (case aside); otherwise a plain language serves its regional
    forms ("de" serves "de-CH"), never the other way round.
    """
    by_tag = {tag.lower(): tag for tag in available}
    wanted = language.lower()
    if wanted in by_tag:
        return by_tag[wanted]
    return by_tag.get(wanted.split("-")[0]) if "-" in wanted else None
