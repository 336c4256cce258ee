"""Which routine a person means: by its id or its name in any language, loosely."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
import re
import unicodedata

from .routines import Routine

SHORTEST_LOOSE = 4  # "core" may name "Glute and core activation"; "e" names nothing


def comparable(text: str) -> str:
    """Return ``text`` as names are compared: lower case, plain letters, single spaces.

    Accents, hyphens, underscores and elided articles ("d'", "l'") go: speech-to-text
    and keyboards do not always write them.
    """
    letters = unicodedata.normalize("NFKD", text.lower().replace("ß", "ss"))
    plain = "".join(char for char in letters if not unicodedata.combining(char))
    plain = re.sub(r"\b[dl]['\u2019]", "", plain.replace("\u2019", "'"))
    return " ".join(re.sub(r"[-_]", " ", plain).split())


def core_words(text: str, around: frozenset[str]) -> str:
    """Return a comparable name without the words ``around`` it at either end.

    "the desk break routine" and "la routine pause au bureau" leave "desk break" and
    "pause au bureau".
    """
    words = comparable(text).split()
    while words and words[0] in around:
        words.pop(0)
    while words and words[-1] in around:
        words.pop()
    return " ".join(words)


def find_routine_id(
    routines: Mapping[str, Routine], wanted: str, routine_words: Iterable[str]
) -> str | None:
    """Return the id of the one routine ``wanted`` names, or None.

    In tiers, across every routine before a looser tier: the id or a name as written;
    then without "routine", articles and a plural "s"; then a name that starts or ends
    with the words. A tier that fits several routines names none of them.
    """
    if wanted in routines:
        return wanted
    around = frozenset(comparable(word) for word in routine_words)
    said = comparable(wanted)
    core = core_words(wanted, around)
    if not core:
        return None
    names = {
        routine_id: {routine_id, *routine.names}
        for routine_id, routine in routines.items()
    }

    def exact(name: str) -> bool:
        return comparable(name) == said

    def without_words(name: str) -> bool:
        theirs = core_words(name, around)
        return theirs == core or theirs.rstrip("s") == core.rstrip("s")

    def part(name: str) -> bool:
        theirs = f" {core_words(name, around)} "
        return len(core) >= SHORTEST_LOOSE and (
            theirs.startswith(f" {core} ") or theirs.endswith(f" {core} ")
        )

    for fits in (exact, without_words, part):
        found = [key for key, known in names.items() if any(map(fits, known))]
        if found:
            return found[0] if len(found) == 1 else None
    return None
