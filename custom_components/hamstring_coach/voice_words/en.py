"""English: the sentences Assist understands, numbers and signs in words."""

from __future__ import annotations

import re

from .model import (
    INTENT_LOG_SYMPTOMS,
    INTENT_NEXT_STEP,
    INTENT_PAUSE_ROUTINE,
    INTENT_RESUME_ROUTINE,
    INTENT_SNOOZE,
    INTENT_START_ROUTINE,
    INTENT_STATUS,
    INTENT_STOP_ROUTINE,
    INTENT_TRIAGE,
    VoiceWords,
)

_FOR_PROFILE = "[(for|at|on) [the|my] {profile}]"

# intent -> English sentence templates (hassil syntax: [optional], (a|b), {wildcard})
SENTENCES: dict[str, list[str]] = {
    INTENT_STATUS: [
        f"how long have I been sitting [today] {_FOR_PROFILE}",
        f"how long (did|have) I sit [today] {_FOR_PROFILE}",
        f"how much have I sat [today] {_FOR_PROFILE}",
    ],
    INTENT_LOG_SYMPTOMS: [
        f"log [my] [hamstring] tightness [of] {{tightness}} {_FOR_PROFILE}",
        f"my hamstrings (feel|are) {{tightness}} out of ten {_FOR_PROFILE}",
        f"my hamstrings (feel|are) {{tightness}} out of 10 {_FOR_PROFILE}",
        (
            "I (have|feel|felt|notice|noticed|had) {sensation} (in|below|behind|down|at|"
            "around|under) [the|my|both] (leg|legs|knee|knees|hamstring|hamstrings|"
            "thigh|thighs|calf|calves|groin|buttocks|bottom|foot|feet|back|sides)"
            f" {_FOR_PROFILE}"
        ),
        f"log [a] [hamstring] symptom[s] {{sensation}} {_FOR_PROFILE}",
        (
            "my (leg|legs|calf|thigh|foot|urine|pee) (is|are|feels|feel|looks) "
            f"{{sensation}} {_FOR_PROFILE}"
        ),
        (
            "I (have|had|got) (a fever|fever|a temperature|chest pain|dark urine|"
            "night pain|cancer|had cancer|foot drop) [before] " + _FOR_PROFILE
        ),
        f"I (am|feel|get) (short of breath|breathless|out of breath) {_FOR_PROFILE}",
        f"I (fell|had a fall|lost weight without trying) {_FOR_PROFILE}",
        f"[the] pain wakes me [up] at night {_FOR_PROFILE}",
    ],
    INTENT_START_ROUTINE: [
        f"start [my|the] {{routine}} (routine|exercises|stretches) {_FOR_PROFILE}",
    ],
    INTENT_NEXT_STEP: [f"next (step|exercise) {_FOR_PROFILE}"],
    INTENT_PAUSE_ROUTINE: [f"pause [the|my] routine {_FOR_PROFILE}"],
    INTENT_RESUME_ROUTINE: [f"(resume|continue) [the|my] routine {_FOR_PROFILE}"],
    INTENT_STOP_ROUTINE: [f"stop [the|my] routine {_FOR_PROFILE}"],
    INTENT_SNOOZE: [
        f"snooze [my] [posture|break] reminders for {{minutes}} minutes {_FOR_PROFILE}",
        f"snooze [my] [posture|break] reminders {_FOR_PROFILE}",
    ],
    INTENT_TRIAGE: [
        f"should I see a (physio|physiotherapist|physical therapist|doctor) {_FOR_PROFILE}",
        f"do I need to see a (physio|physiotherapist|physical therapist|doctor) {_FOR_PROFILE}",
    ],
}

NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ]
    )
} | {
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "forty five": 45,
    "sixty": 60,
}

# what a sentence says -> the sign of the public set; the most specific first, and the
# words that matched are used up (so "swollen calf" is not also "swelling").
SIGN_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"(numb|tingl|pins and needles).*\b(groin|genital\w*|buttocks?|bottom|saddle|back passage)|\bsaddle\b", "saddle_numbness"),
    (r"bladder|bowel|incontinen|wet myself|can'?t (pee|wee|poo)", "bladder_bowel_change"),
    (r"breath|chest", "breathlessness_chest_pain"),
    (r"\b(dark|brown|cola)\b.*\b(urine|pee|wee)\b|\b(urine|pee|wee)\b.*\b(dark|brown|cola)\b", "dark_urine"),
    (r"fever|temperature|shiver", "fever"),
    (r"(lost|losing|lose) weight|weight loss", "unexplained_weight_loss"),
    (r"\bpain\b.*\bnight\b|\bnight\b.*\bpain\b|wakes? me", "night_pain"),
    (r"cancer", "cancer_history"),
    (r"\bfell\b|\bfall\b|\bblow\b|accident", "trauma"),
    (r"foot drop|drop foot|foot (drags|slaps)|drag\w* my foot|toes? catch", "foot_drop"),
    (r"(getting|growing) weaker|weaker and weaker|weakness (is )?getting worse", "weakness_worsening"),
    (r"\b(calf|calves|thighs?|legs?)\b.*\bred\b.*\b(warm|hot|swollen)\b|\bred\b.*\b(warm|hot|swollen)\b.*\b(calf|calves|thighs?|legs?)\b", "leg_red_warm_swollen"),
    (r"(swollen|swelling|tender).*\bcal(f|ves)\b|\bcal(f|ves)\b.*(swollen|swelling|tender)", "calf_swelling"),
    (r"below (my|the) knees?|down (my|the) legs?", "radiating_below_knee"),
    # tingling or numbness in the foot or lower leg is below the knee too
    (r"(tingl|numb|pins and needles).*?\b(?P<at>feet|foot|toes?|shins?|ankles?|heels?|calf|calves)\b", "radiating_below_knee"),
    (r"\b(?P<at>feet|foot|toes?|shins?|ankles?|heels?|calf|calves)\b(?=.*(tingl|numb|pins and needles))", "radiating_below_knee"),
    (r"tingl|pins and needles", "tingling"),
    (r"numb", "numbness"),
    (r"sharp pull", "sharp_pull"),
    (r"\bpop", "pop"),
    (r"\btear|\btore\b", "tearing"),
    (r"sudden\w*\s+(sharp\s+)?pain|sharp pain", "sudden_sharp_pain"),
    (r"swell|swollen", "swelling"),
    (r"bruis", "bruising"),
    (r"weak", "weakness"),
)  # fmt: skip
# "no fever", "not numb", "I don't have tingling": a denied sign is not logged
NEGATED = re.compile(
    r"\b(no|not|without|never|(do ?n[o']t|haven'?t|have not) (have|feel|got))\b"
    r"(\s+(any|a|an|the|my))?\s+[\w-]+"
)
# "both legs", and "my legs": two legs are both legs (the safer reading). Only "both",
# "my" or "the" is used up: "both calves are swollen" is still a swollen calf.
BOTH_SIDES = re.compile(
    r"\bboth\b(?=\s+(of\s+)?(my\s+|the\s+)?(legs|sides|thighs|hamstrings|calves|knees|feet|shins)\b)"
    r"|\b(my|the)\s+(?=(legs|feet|calves|thighs|shins)\b)"
)


WORDS = VoiceWords(
    language="en",
    sentences=SENTENCES,
    number_words=NUMBER_WORDS,
    sign_patterns=SIGN_PATTERNS,
    negated=NEGATED,
    both_sides=BOTH_SIDES,
    routine_words=("routine", "exercises", "stretches", "the", "my"),
)
