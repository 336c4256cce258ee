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
# after what someone felt only "for the profile …" names one: "numb for two days",
# "worse at night", "on the left side" are what they felt, not a profile's name
_PROFILE_TAIL = "for [the|my] profile {profile}"
_OUT_OF_TEN = "out of (ten|10)"
_TIGHTNESS = "[my] [hamstring|hamstrings] tightness"
# the first words of a sentence about one's own body, never a command ("set", "turn")
# (not "me", "no", "a": Spanish and French sentences start so, and would be read as
# English when they hold a word both share, "tumor", "cancer")
_LEAD = (
    "(I|I'm|Im|I am|I've|Ive|I'd|Id|my|it|it's|its|it is|there|there's|theres|"
    "there is|the|this|since|today|yesterday|tonight|lately|recently|now|also|and|but|"
    "so|still|sometimes|when|whenever|after|every|ever since|both|just|again|got|"
    "been|having|had|feels|feeling|felt|keep|woke|think|maybe|suddenly|um|uh|oh|well|"
    "yes|yeah|then|all|during|while|help|hey|really|one|not|something|unexplained|"
    "shortness|severe|constant|terrible|bad|awful|new|someone|somebody|a car|a cyclist|"
    "a bike|a player)"
)
# words of a sign: said anywhere after such a start, the sentence is what was felt
_SIGN = (
    # numbness, tingling, the saddle
    "(numb|numbness|numbed|numbish|tingling|tingly|tingle|tingles|tingled|"
    "pins and needles|pins & needles|pins n needles|prickling|prickly|buzzing|"
    "electric|shocks|can't feel|cant feel|cannot feel|can not feel|couldn't feel|"
    "don't feel|dont feel|no feeling|lost feeling|no sensation|lost sensation|"
    "anaesthesia|anesthesia|"
    # fever
    "fever|feverish|fevers|a temperature|high temperature|my temperature|a temp|"
    "high temp|chills|shivering|shivery|shivers|night sweats|sweats|sweating|"
    "burning up|hot and cold|"
    # breath, chest
    "breathe|breathing|breath|breathless|breathlessness|winded|wheezing|gasping|"
    "panting|chest|palpitations|heart [is] (racing|pounding|fluttering)|"
    "coughing [up] blood|"
    # bladder, bowel, urine
    "bladder|bowel|bowels|incontinent|incontinence|pee|peed|peeing|wee|weeing|"
    "wetting|urine's|pee's|wee's|urine|urinate|urinating|poo|pooed|poop|pooped|"
    "soiled|wet myself|wet the bed|lost control|accidents|"
    "make it to the (toilet|loo|bathroom)|"
    # cancer, weight, night
    "cancer|tumor|tumour|chemo|chemotherapy|radiotherapy|radiation|lymphoma|"
    "leukemia|leukaemia|melanoma|myeloma|sarcoma|metastases|oncologist|"
    "lost weight|losing weight|weight loss|thinner|skinnier|"
    "weight [is] (dropping|falling) off|(lost|losing|dropped|dropping|shed|shedding) "
    "[{sensation}] (weight|kilos|kilo|kg|kgs|pounds|lbs|stone|stones)|awake|"
    "(worse|worst|bad|terrible|awful) (at|during the|in the) night|"
    # a fall or a blow
    "fell|fall|fallen|slipped|tripped|tripping|trip|trips|stumbling|tumble|accident|"
    "crash|crashed|collision|collided|kicked|tackled|knocked|banged|bumped|whacked|"
    "bashed|knock|(got|get|was|been|getting) hit|hit by|hit me|run over|came off|"
    "landed|wiped out|a blow|a bang|a whack|a kick|a bump|a spill|"
    # the foot, weakness
    "foot drop|drop foot|drag|drags|dragging|floppy|flops|slaps|slapping|weak|"
    "weaker|weakness|strength|losing power|lost power|no power|gives way|"
    "giving way|gave way|buckles|buckled|"
    # swelling, the calf, injury, pain
    "swollen|swelling|swelled|puffy|oedema|edema|tender|inflamed|clot|DVT|"
    "thrombosis|bruise|bruised|bruising|bruises|sciatica|sciatic|shooting|radiates|"
    "radiating|spreads|spreading|pop|popped|popping|snap|snapped|tear|tearing|tore|"
    "torn|ripped|rupture|ruptured|stabbing|sharp|sudden|suddenly|pain|pains|painful|"
    "hurts|hurt|hurting|ache|aches|aching|achy|sore|throbbing|throbs|throb|cramp|"
    "cramps|cramping|agony)"
)
# a body part, and words that are a sign only about one ("my calf is red and hot")
_BODY = (
    "(leg|legs|thigh|thighs|hamstring|hamstrings|knee|knees|calf|calves|shin|shins|"
    "ankle|ankles|foot|feet|toe|toes|heel|heels|sole|soles|hip|hips|buttock|buttocks|"
    "bum|butt|backside|groin|crotch|genitals|privates|private parts|penis|vagina|"
    "anus|perineum|lower back|my back|spine|tailbone|glute|glutes|skin)"
)
_BODY_SIGN = (
    "(red|reddish|redness|hot|warm|warmer|burning|dark|brown|black|purple|blue|dead|"
    "asleep|funny|weird|strange|odd|heavy|feeling|sensation|tight|tightness|stiff|stiffness|bigger|"
    "larger|catch|catches|catching|caught|week|drop|drops|dropping|hang|hangs|hanging|give|gives|"
    "collapse|collapsed|hit|twisted|pulled|pulling|pull|tug|twinge|spasm|spasms|"
    "twitching|jerking|lift|lifting|raise|move|travels|travel|travelling|traveling|goes|going|"
    "runs|running|moves|extends|reaches|crawling|crawl|won't|wont)"
)
_CANT = (
    "(can't|cant|cannot|can not|couldn't|could not|unable to|not able to|struggle to|"
    "struggling to|hard to|harder to|trouble|difficulty|problems|no longer|"
    "don't|dont|haven't been able to)"
)
_ACTION = (
    "(lift|raise|move|walk|stand|bend|flex|pull|put weight|bear weight|feel|sense|"
    "pee|wee|urinate|poo|poop|breathe|sleep|control|hold|empty|go to the toilet|"
    "go to the loo|go to the bathroom|catch my breath|get enough air|tell when)"
)
# "in my left", "down the back of my", "both": where in the body, before its part
_WHERE = (
    "((in|on|at|around|below|under|into|to|down|behind|through|across|along|from|of|"
    "near|between|beneath|up) [the|my|both|both my|both of my|each|one|either]|my|the|"
    "both|both my|both of my|each|one) [left|right|lower|upper|inner|outer|other|whole] "
)

# what is felt: the whole sentence is read for signs; each also names a profile
_FELT = [
    f"(a|an|some|no|any) {_SIGN} [{{sensation}}]",
    f"[{_LEAD} [{{sensation}}]] {_SIGN} [{{sensation}}]",
    f"[{_LEAD} [{{sensation}}]] [{_WHERE}]{_BODY} [{{sensation}}] {_BODY_SIGN} [{{sensation}}]",
    f"[{_LEAD} [{{sensation}}]] {_BODY_SIGN} [{{sensation}}] [{_WHERE}]{_BODY} [{{sensation}}]",
    (
        f"[{_LEAD} [{{sensation}}]] (clothes|trousers|jeans|belt) [{{sensation}}] "
        "(loose|looser|too big|baggy|falling off|hanging off) [{sensation}]"
    ),
    f"[{_LEAD} [{{sensation}}]] {_CANT} [{{sensation}}] {_ACTION} [{{sensation}}]",
]

# intent -> English sentence templates (hassil syntax: [optional], (a|b), {wildcard})
SENTENCES: dict[str, list[str]] = {
    INTENT_STATUS: [
        f"how long have I been (sitting|seated|sat) [down] [for] [today] {_FOR_PROFILE}",
        f"how long (did|have) I (sit|sat) [today] {_FOR_PROFILE}",
        f"how much have I sat [today] {_FOR_PROFILE}",
        f"how (much time|many hours|many minutes) have I (sat|spent sitting|been sitting) [today] {_FOR_PROFILE}",
    ],
    INTENT_LOG_SYMPTOMS: [
        # how tight, 0 to 10 (before what is felt: these hold the number)
        f"(log|record|note) {_TIGHTNESS} [of|as|at] {{tightness}} {_FOR_PROFILE}",
        f"my hamstrings (feel|are) [like] [a] {{tightness}} {_OUT_OF_TEN} {_FOR_PROFILE}",
        f"{_TIGHTNESS} is [at] [a] {{tightness}} {_OUT_OF_TEN} {_FOR_PROFILE}",
        f"(log|record|note) [a|my] [hamstring] symptom[s] {{sensation}} {_PROFILE_TAIL}",
        "(log|record|note) [a|my] [hamstring] symptom[s] {sensation}",
        *(f"{felt} {tail}".strip() for felt in _FELT for tail in (_PROFILE_TAIL, "")),
    ],
    INTENT_START_ROUTINE: [
        f"start [my|the] {{routine}} (routine|exercises|stretches) {_FOR_PROFILE}",
    ],
    INTENT_NEXT_STEP: [
        f"[go to the|on to the|skip to the] next (step|exercise|stretch) [please] {_FOR_PROFILE}",
    ],
    INTENT_PAUSE_ROUTINE: [
        f"pause [the|my] (routine|exercises|stretches) {_FOR_PROFILE}"
    ],
    INTENT_RESUME_ROUTINE: [
        f"(resume|continue|unpause) [with] [the|my] (routine|exercises|stretches) {_FOR_PROFILE}",
    ],
    INTENT_STOP_ROUTINE: [
        f"(stop|end|cancel|finish) [the|my] (routine|exercises|stretches) {_FOR_PROFILE}",
    ],
    INTENT_SNOOZE: [
        f"(snooze|mute|silence) [the|my] [posture|break|sitting] (reminders|reminder) [for] {{minutes}} minutes {_FOR_PROFILE}",
        f"(snooze|mute|silence) [the|my] [posture|break|sitting] (reminders|reminder) {_FOR_PROFILE}",
    ],
    INTENT_TRIAGE: [
        f"should I (see|go to) (a|the|my) (physio|physiotherapist|physical therapist|doctor|GP) {_FOR_PROFILE}",
        f"do I need [to see|to go to] (a|the|my) (physio|physiotherapist|physical therapist|doctor|GP) {_FOR_PROFILE}",
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

# the words signs are made of; an apostrophe may be missing or curly (U+2019), as speech
# to text writes it ("cant")
_A = "['\u2019]?"
_CANT_RE = (
    rf"(can{_A}t|cannot|can not|couldn{_A}t|could not|unable to|not able to|no longer|"
    rf"barely|hardly|struggl\w*( to)?|(trouble|difficulty|problems?|issues?|pain)"
    rf"( with)?|hard to|harder to|strain\w*( to)?|((haven|hasn){_A}t|not|never|no longer)"
    r" been able to|no longer able to)"
)
_NOT_FEEL = (
    rf"(can{_A}t|cannot|can not|couldn{_A}t|could not|don{_A}t|do not|doesn{_A}t|"
    rf"((haven|hasn){_A}t|not|never|no longer) been able to|(no longer|not|never) able to|"
    rf"unable to|no longer|barely|hardly|not)\s+((really|properly|even|fully|quite)\s+)?"
    r"(feel|feeling|sense)\b"
)
_NO_FEELING = (
    rf"(\bno|\bnot|n{_A}t|\bwithout)\s+(\w+\s+){{0,2}}(feeling|sensation)\b"
    r"(?!\s+(well|good|great|bad|any|like))"
)
_NUMB = (
    rf"(numb(?!er)\w*|tingl\w*|pins\s*(and|&|n)\s*needles?|prickl\w*|asleep|buzz\w*|"
    rf"dead|an?aesthe\w*|anesthe\w*|{_NO_FEELING}|(lost|losing|loss of|reduced|less|altered|"
    rf"strange|weird|odd|funny)\s+(\w+\s+)?(feeling|sensation)|(feel|felt|sense)\w*\s+nothing|{_NOT_FEEL}"
    r"(\s+(a thing|anything|much))?)"
)
# around the groin, genitals or buttocks (not "the bottom of my foot")
_SADDLE = (
    r"(groin\w*|genital\w*|privates|private (parts?|area|bits)|crotch|perine\w*|taint|"
    r"saddle|buttocks?|butt( cheeks?)?|bum( cheeks?)?|bottom(?!\s+of)|backside|arse|"
    r"ass|anus|anal|rectum|rectal|back passage|penis|testicles|scrotum|vagina\w*|"
    r"vulva|labia|inner thighs?|insides?\s+of\s+((my|the|both)\s+)?thighs?|between (my |the )?legs|down there|sit(ting)? bones?|"
    r"tailbone|coccyx|wip(e|es|ing)|toilet paper|loo roll|(during|having|after) sex)"
)
# a leg part: a nerve sign felt there is not one of the saddle ("pain in my buttock
# and tingling in my foot" is sciatica)
_LEGPART = (
    r"(legs?|(?<!inner )thighs?|calf|calves|shins?|knees?|kneecaps?|ankles?|feet|foot|"
    r"toes?|heels?|soles?|hamstrings?|hips?|arms?|hands?|fingers?)"
)
_ELSEWHERE = (
    rf"(?!\s+(in|on|at|around|down|into|to|through|along|of)\s+(\w+\s+){{0,3}}?"
    rf"{_LEGPART}\b(?!\s+(and|or|&)\s+(\w+\s+){{0,3}}?{_SADDLE}))"
)
_NEAR = rf"\W+((?!{_LEGPART}\b)\w+\W+){{0,6}}?"
_URINE = r"(urine|pee|peeing|peed|wee|weeing|piss|pissing|urinat\w*)"
_DARK = (
    r"(dark\w*|brown\w*|black|red|reddish|pink\w*|rusty|bloody|blood\w*|"
    r"(like|colou?r of|as dark as)\s+(an?\s+)?(\w+\s+)?(cola|coke|coca[- ]cola|tea|"
    r"coffee|rust)|(cola|coke|tea|coffee|rust)[- ]?colou?red)"
)
_PAIN = (
    r"(pain\w*|hurt\w*|ach(e|es|ing|y)\b|sore\w*|throb\w*|agony|(?<!tightness is )"
    r"(?<!tightness gets )(?<!stiffness is )(?<!tight )(?<!stiff )(worse|worst)\b)"
)
_NIGHT = (
    rf"((?<!last )(?<!good )(?<!one )\bnight(s|time|-time)?\b|overnight|\bin bed\b|"
    rf"(lying|lie|lay) (down|in bed|still|flat)|while (i{_A}m |i am )?(asleep|sleeping|resting|lying)|"
    rf"at rest|(can{_A}t|cannot|can not|couldn{_A}t|could not|unable to|hard to|"
    rf"trouble|difficulty|barely|hardly|no|not|don{_A}t|didn{_A}t|lost)\s+(\w+\s+){{0,2}}"
    r"(sleep\w*|slept)|sleepless|\b(keeps?|kept|keeping|stops?|stopped|stopping|"
    r"prevents?)\s+me\s+(from\s+)?(sleeping|asleep|awake|up)|\bawake\b|"
    r"(wakes?|woke|woken|waking|wake)\s+(me\s+)?(up\s+)?(in|from|because|due|at|by)\b|"
    r"(wakes?|woke|waking|wakens?)\s+me\b)"
)
_FOOT = r"(foot|feet|toes?|ankle)"
_LEG = r"\b(calf|calves|thighs?|legs?|shins?|hamstrings?)\b"
_RED = r"\b(red|reddish|redness|reddened|flushed|inflamed)\b"
_HOT = r"\b(warm|warmer|hot|hotter|heat|burning)\b"
_SWOLLEN = r"\b(swollen|swelling|swelled|puffy|puffed|inflamed|bigger|enlarged)\b"
_CALF = r"\b(calf|calves|calfs|lower legs?)\b"
_TENDER = (
    r"(swollen|swelling|swell\w*|puff(y|ed)|o?edema\w*|tender\w*|bigger|larger|fatter|thicker|"
    r"enlarged|(sore|painful|hurts?|pain\w*)\s+(\w+\s+){0,2}(touch\w*|press\w*|"
    r"squeez\w*))"
)
# below the knee: the lower leg, the foot (a nerve sign felt there runs below it)
_LOWER = (
    r"(calf|calves|shins?|ankles?|feet|foot|toes?|heels?|soles?|lower legs?|instep)"
)
_DOWN = (
    r"(the|my|back|of|to|into|through|whole|entire|length|side|outside|inside|front|"
    r"lower|left|right|all|way|both|each|one|in|past|towards?)"
)
_NERVE = (
    rf"(tingl\w*|numb(?!er)\w*|pins\s*(and|&|n)\s*needles?|prickl\w*|buzz\w*|"
    rf"electric\w*|shoot\w*|burning|{_NOT_FEEL}|{_NO_FEELING}|(feel|felt)\s+nothing|"
    r"lost (the )?(feeling|sensation)|dead|asleep)"
)
_SAME_CLAUSE = r"\W+((?!(but|and|though|although|whereas|while)\b)\w+\W+){0,5}?"


# what a sentence says -> the sign of the public set; the most specific first, and the
# words that matched are used up (so "swollen calf" is not also "swelling"). A pattern
# that only looks ahead, (?=...), uses nothing up: "tingling in my foot" is the place
# (below the knee) and still the tingling.
SIGN_PATTERNS: tuple[tuple[str, str], ...] = (
    (rf"{_NUMB}\b{_ELSEWHERE}{_NEAR}\b{_SADDLE}\b|\b{_SADDLE}\b{_NEAR}{_NUMB}\b{_ELSEWHERE}|\b{_SADDLE}\s+(and|or|&)\s+((my|the)\s+)?\w+\s+(\w+\s+){{0,3}}?{_NUMB}|(?={_NUMB}\b\W+(\w+\W+){{0,4}}?{_LEGPART}\s+(and|or|&)\s+(\w+\s+){{0,3}}?{_SADDLE}\b)|\bsaddle\b", "saddle_numbness"),
    (rf"\bbladder\b(?!\s+cancer)(?!\s+(is|feels|seems)\s+(fine|ok|okay|normal|good))|\bbowels?\b(?!\s+cancer)(?!\s+(movements?\s+)?(is|are|feel|seem)\s+(fine|ok|okay|normal|good|regular))|incontinen\w*|(wet|wetting|peed|pissed|pooed|pooped|soiled|messed|weed)\s+(myself|my (pants|trousers|underwear|knickers|bed|self)|the bed)|bed\s?wetting|\bsoil(ed|ing)\b|leak\w*\s+(\w+\s+){{0,2}}(urine|pee|wee|poo|stool|faeces|feces)|(urine|pee|wee|poo|stool)\s+(\w+\s+){{0,2}}(leak\w*|dribbl\w*)|dribbl\w*\s+(\w+\s+){{0,2}}(urine|pee|wee)|{_CANT_RE}\s+(\w+\s+){{0,2}}?(pee|peeing|wee|weeing|piss|pissing|urinat\w*|poo|pooing|poop\w*|empty|go (to the )?(toilet|loo|bathroom)|start peeing|hold (it|(my|the) (pee|wee|urine|poo|bowels?|stools?)|on)|control (my|the)\s+(\w+\s+)?(pee|wee|urine|poo|bowels?|bladder))|(haven{_A}t|hasn{_A}t|have not|has not|not|no)\s+(\w+\s+)?(peed|weed|urinated|pooed|pooped|passed (urine|water|stool)|been to the (toilet|loo|bathroom)|(had|done) an? (wee|pee|poo|piss))|(can{_A}t|cannot|don{_A}t|didn{_A}t|do not|no longer|not)\s+(\w+\s+)?(feel|tell|notice|sense|know)\s+(when|if|that)\s+(\w+\s+){{0,4}}?(pee|wee|toilet|loo|bathroom|go|full|poo)|(no|lost|los\w*|don{_A}t (get|feel|have)( the)?|can{_A}t feel( the)?)\s+urge|(had|have) an? (little )?accident (in|on) (my|the)|(having|had|have|get|getting) (\w+ )?accidents|(make|made) it to the (toilet|loo|bathroom)|{_URINE}\W+(\w+\W+){{0,5}}?(nothing|little|barely anything|hardly anything|only a trickle) (comes?|came|coming) out", "bladder_bowel_change"),
    (rf"short(ness)?\s+of\s+breath|out\s+of\s+breath|breathless\w*|{_CANT_RE}\s+(\w+\s+){{0,2}}?(breathe|breath\b|breathing|catch (my|a|his|her) breath|get (enough |my )?(air|breath)|take a (deep |full )?breath)|(hurt\w*|pain\w*|sore|ache\w*|stab\w*|sharp)\s+(\w+\s+){{0,3}}?(breathe|breathing|inhal\w*|breath in)|breathing\s+(is\s+|feels\s+|gets\s+)?(\w+\s+)?(hard|difficult|painful|laboured|labored|fast|rapid|shallow|a struggle|problems?|troubles?|difficult\w*|issues?)|(hurt\w*|pain\w*)\s+(\w+\s+){{0,2}}?(take|taking|draw|drawing)\s+(a\s+)?(deep\s+)?breath|wheez\w*|gasp\w*|\bpanting\b|winded|puffed\s+out|air\s+hunger|(enough|no|more)\s+air\b|short\s+of\s+air|(?<!did the )(?<!do the )\bchest\b(?!\s+(stretch\w*|opener\w*|press\w*|fl(y|ies)|of drawers|freezer|day|workout|exercises?|muscles?))|palpitation\w*|heart\s+(is\s+|keeps\s+)?(racing|pounding|fluttering|skipping|beating (so |really |very )?fast)|racing heart|heart attack|cough\w*\s+(up\s+)?(\w+\s+)?blood|blood\w*\s+(\w+\s+){{0,2}}cough\w*|spitting (up )?blood", "breathlessness_chest_pain"),
    (rf"^(?=.*?\b{_DARK}\b\W+(\w+\W+){{0,4}}?{_URINE}\b)|^(?=.*?\b{_URINE}\b\W+(\w+\W+){{0,5}}?{_DARK})", "dark_urine"),
    (r"(?<!hay )(?<!cabin )(?<!spring )\bfever(?!\s*-?\s*free)\w*|(?<!room )(?<!water )(?<!outside )(?<!the )(?<!normal )\btemperature\b(?!\s+(is\s+|was\s+|seems\s+)?(normal|fine|ok|okay|good|down)\b)(?!\s+(in|of|outside)\b)|\b(a|high|my|raised)\s+temp\b|\bchills\b|shiver\w*|\brigou?rs\b|(night|cold)\s+sweats?|sweat\w*\s+(\w+\s+){0,3}(at|during the|in the|every|all)\s+night|drenched in sweat|burning up|hot and cold", "fever"),
    (r"(?<!to )(?<!should )(?<!could )(?<!would )(?<!might )\b(lost|losing|lose|dropped|dropping|shed|shedding)\s+((?!(the|my|that|this|those|these|his|her|your)\b)\w+\s+){0,4}?(weight|kilos?|kgs?|pounds|lbs?|stones?)\b|weight\s*loss(?!\s+(program\w*|plan|goal|journey|diet|app|surgery|injection\w*))|(getting|got|gotten|become|becoming|grown|growing|much|so|very|lot|looking|bit)\s+(\w+\s+)?(thinner|skinnier)|weight\s+(is\s+)?(dropping|falling|coming|melting)\s+off|wasting away|skin and bones|(clothes|trousers|pants|jeans|belt|shirts?)\s+(\w+\s+){0,3}(loose|looser|too big|falling off|hang\w*)", "unexplained_weight_loss"),
    (rf"^(?=.*?{_PAIN}.*{_NIGHT})|^(?=.*?{_NIGHT}.*{_PAIN})|^(?=.*?\b(wakes?|woke|waking)\s+me\b)|^(?=.*?\bnight\s*pain)", "night_pain"),
    (r"cancer\w*|tumou?r\w*|chemo\w*|radiotherap\w*|radiation (therapy|treatment)|(had|have|got|having|getting|finished) radiation|lymphoma|leuk(a)?emia|melanoma|myeloma|sarcoma|carcinoma|metasta\w*|oncolog\w*|malignan\w*", "cancer_history"),
    (r"\bfell\b(?!\s+(asleep|behind|in love|for|apart|short|silent|ill|sick|pregnant|through|into place))|\bfallen\b(?!\s+(asleep|behind|ill|in love))|(?<!in the )(?<!last )(?<!this )(?<!next )(?<!early )(?<!late )\bfalls?\b(?!\s+(asleep|behind|apart|of\b|in love))|\bfalling\s+(over|down|off)\b|\bslipped\b(?!\s+(disc|disk|into|on (my|the|a|some) (shoes?|socks?|trainers|slippers|coat|jacket|jeans|dress|clothes)))|\btripped\b|\btumble\w*|accident\w*|\bcrash(ed)?\b(?!\s+(diet|course))|collision|collided|\b(kicked|tackled|tackle)\b|\bhit\s+by\b|(got|get|was|been|getting|gets)\s+(\w+\s+)?(hit|kicked|struck|knocked|run over|tackled|punched)|\bblow\s+(to|on)\b|(took|got|had|received|take)\s+an?\s+(\w+\s+)?(blow|knock|bang|hit|whack|kick|bump|smack|tumble|spill)|\bknock\s+(to|on)\b|\b(knocked|banged|bumped|bashed|whacked|smacked|smashed|struck|hit|slammed)\s+(my|into|it|myself|against|the back of my)\b|came off (my|the|a) \w+|thrown (off|from)|landed (on|hard|badly|awkwardly|heavily)|hit the (ground|floor|deck)|run over|knocked (down|over)|dead leg|wiped out|\b(hit|hits|knocked|kicked|struck|ran into)\s+me\b", "trauma"),
    (rf"foot[- ]?drop|drop[- ]?foot|dropped foot|\b{_FOOT}\s+(\w+\s+){{0,3}}?(drags?|dragging|slaps?|slapping|flops?|flopping|floppy|flaps?|flapping|catch\w*|caught|scuff\w*|scrap(e|es|ing)|hangs?|hanging|droops?|drooping|drops?|dropping|(won|doesn|didn|isn){_A}t\s+(lift\w*|com\w* up|go\w* up))|drag\w*\s+((my|the|one|his|her|left|right)\s+)*(foot|leg|toes)\b|{_CANT_RE}\s+(\w+\s+){{0,2}}?(lift|raise|pull( up)?|bring up|flex|point|move|cock)\s+(\w+\s+){{0,4}}?(foot|feet|toes?)(\s+up)?|{_CANT_RE}\s+(\w+\s+){{0,2}}?(walk|stand)\s+on\s+((my|the)\s+)?heels?|(keep|keeps|kept|always|often|constantly)\s+(on\s+)?(tripping|stumbling|catching)|(tripp\w*|stumbl\w*|trip)\s+(over|on)\s+((my|the)\s+)?(own\s+)?(foot|feet|toes)|\btrip\w*\s+(a lot|all the time|constantly|often|every day|more)|(slapping|dragging|floppy|dropped|flopping|drooping)\s+(foot|feet|toes)|high[- ]?stepp\w*|steppage", "foot_drop"),
    (r"(getting|growing|becoming|became|become|gotten|got|get|gets|more and more|increasingly|progressively|even|much|going)\s+weaker|weaker\s+(and|&)\s+weaker|weaker\s+(\w+\s+){0,2}?(than\s+(yesterday|before|last\s+\w+|it was|an?\s+\w+\s+ago|usual|normal|earlier|the other)|every\s+day|each\s+day|by the day|day by day|all the time|over time|lately|recently|now)|weak\w*\s+(is\s+|has\s+|keeps\s+)?(getting|gotten|got|becoming|growing)\s+(\w+\s+)?(worse|more|bad)|weakness\s+(\w+\s+){0,5}?(worse|worsening|increasing|spreading|progressing)\b|(worsening|increasing|progressive|progressing|spreading)\s+weakness|(los\w*|lost)\s+(\w+\s+)?(strength|power)|(giv\w*|gave)\s+way\s+(\w+\s+)?(more|all the time|every day|increasingly|constantly|again and again)|(more and more|increasingly|getting|harder|more difficult)\s+(\w+\s+){0,3}(lift|walk|stand|climb|raise|bend|move|bear)", "weakness_worsening"),
    # two of red, warm and swollen, in any order; the swelling is used up (no swollen
    # calf or swelling besides)
    (rf"^(?=.*{_LEG})(?=.*{_RED})(?=.*?(?P<at>{_SWOLLEN}))", "leg_red_warm_swollen"),
    (rf"^(?=.*{_LEG})(?=.*{_HOT})(?=.*?(?P<at>{_SWOLLEN}))", "leg_red_warm_swollen"),
    (rf"^(?=.*{_LEG})(?=.*{_RED})(?=.*{_HOT})", "leg_red_warm_swollen"),
    (rf"{_TENDER}\W+(\w+\W+){{0,5}}?{_CALF}|{_CALF}\W+(\w+\W+){{0,5}}?{_TENDER}|blood\s*clots?|\bclots?\b|\bdvt\b|thrombos\w*|deep vein", "calf_swelling"),
    (rf"\b(below|beneath|under|past|underneath)\s+((my|the|both)\s+)?knees?\b(?!\s*cap)|\bdown\s+({_DOWN}\s+){{0,6}}(legs?|{_LOWER})\b|\b(shoot\w*|radiat\w*|spread\w*|travel\w*|runs?|running|ran|goes|going|went|moves?|moving|extends?|extending|reach\w*|burn\w*|electric\w*|shocks?)\s+(\w+\s+){{0,5}}?(into|to|towards?|through|as far as|in)\s+({_DOWN}\s+){{0,4}}{_LOWER}\b|\bsciatic\w*(?!\s+nerve\s+(glide|floss|stretch|mobili)\w*)", "radiating_below_knee"),
    # tingling or numbness in the foot or lower leg is below the knee too
    (rf"(?={_NERVE}{_SAME_CLAUSE}{_LOWER}\b)|(?=\b{_LOWER}{_SAME_CLAUSE}{_NERVE})", "radiating_below_knee"),
    (r"tingl\w*|pins\s*(and|&|n)\s*needles?|prickl\w*|\bbuzz\w*|fizz\w*|electric\w*|\bshocks\b|\bzap\w*|\bzing\w*|(legs?|foot|feet|toes?|thighs?|calf|calves|hamstrings?|bum|butt|bottom|buttocks?|arms?|hands?|shins?)\s+(\w+\s+){0,2}asleep|(ants|insects|bugs)\s+(\w+\s+)?crawl\w*|crawl\w*\s+(\w+\s+){0,3}(skin|legs?)|formication|par(a)?esthesi\w*", "tingling"),
    (rf"numb(?!er)\w*|{_NOT_FEEL}\s+(my|the|anything|a thing|much|it|them)\b|(feel|felt|sense)\w*\s+nothing|{_NO_FEELING}|(lost|losing|loss of|lose|reduced|decreased|less|diminished|altered)\s+(\w+\s+)?(feeling|sensation)|feels?\s+(\w+\s+)?(dead|like (wood|cotton|rubber|cardboard|it\W?s not mine|someone else\W?s))|\bdead\s+(leg|foot|thigh)|(leg|foot|thigh|calf|hamstring|it)\s+(\w+\s+){{0,2}}dead\b|an?aesthe\w*|anesthe\w*", "numbness"),
    (r"sharp(ly)?\s+(\w+\s+)?(pull\w*|tug\w*|stretch\w*)|pull\w*\s+sharp\w*", "sharp_pull"),
    (r"(?<!to )\bpop(ped|ping|s)?\b(?!\s+(to|out|round|over|by|down|back|off|into|in (to|for|at|and))\b)|\bsnap(ped|ping|s)?\b|\bclunk\b", "pop"),
    (r"(?<!wear and )\btear(ing)?\b(?!\s+up)|\btore\b|\btorn\b|\bripp(ed|ing)\b|\brupture\w*", "tearing"),
    (r"sudden\w*\s+(\w+\s+){0,2}?(pain|twinge|stab|agony|jolt)|sharp\s+(\w+\s+)?(pain|twinge|stab|jab)|stabbing|\bstab\b|pain\w*\s+(\w+\s+)?(came on |started |hit me )?(suddenly|all of a sudden|out of nowhere)|like (a|being) (knifed|stabbed|shot)|knife", "sudden_sharp_pain"),
    (r"swell\w*|swollen|puff(y|iness|ed up)|o?edema\w*", "swelling"),
    (r"bruis\w*|black and blue|purple|discolou?r\w*", "bruising"),
    (rf"(?<!signal is )(?<!wifi is )(?<!wi-fi is )(?<!battery is )(?<!connection is )\bweak(?!\s+(pain|ache|tingl\w*|pull|stretch|signal|wi-?fi|coffee|tea))\w*|\bweek(er|ness)\b|(legs?|thighs?|knees?|foot|feet|hamstrings?)\s+(\w+\s+)?(feels?|is|are|gone|went|getting)\s+week\b|giv(es|ing)\s+way|gave\s+way|buckl\w*|collaps\w*|(no|lost|los\w*|without|little|less)\s+(\w+\s+)?(strength|power)|(can{_A}t|cannot|can not|unable to|not able to|hard to)\s+(\w+\s+)?(put|bear|take)\s+(\w+\s+)?weight|jelly|wobbly", "weakness"),
)  # fmt: skip
# "no fever", "not numb", "I don't have tingling", "it doesn't wake me up at night": a
# denied sign (with the place right after it) is not logged. "Can't feel my foot", "no
# feeling", "not able to lift my foot", "haven't peed" keep the words that make them
# signs. Pain that eases ("the pain is getting weaker") is no weakness getting worse; a
# sign that eases is still logged: it was there. Someone else's cancer is not a history.
_NEG_HEAD = (
    rf"(no|not|never|without|neither|nor|(is|are|was|were|do|does|did|have|has|had)"
    rf"n{_A}t|free of|ruled out|nothing(?=\s+(is|was|looks|seems|feels)\b))"
)
_AUX = (
    rf"(have|has|had|having|feel|felt|feeling|get|got|gotten|getting|been|be|being|"
    rf"really|even|ever|actually|any|anymore|a|an|the|my|much|more|so|too|very|that|"
    rf"notice|noticed|noticing|experience\w*|suffer\w*|seen|see|think|believe|seem|"
    rf"seems|appear|i|i{_A}m|it|it{_A}s|there|there{_A}s|is|am|was|are|some)"
)
_KEPT = (
    r"(able|unable|control\w*|hold\w*|breathe\b|sleep\w*|slept|lift\w*|raise|"
    r"come up|go up|(pee|peed|peeing|wee|weed|weeing|poo|pooed|pooing|passed)\b|"
    r"urinat\w*|poop\w*|empty\w*|longer|walk\w*|stand\w*|bear\w*|put weight|urge|"
    r"to the (toilet|loo|bathroom)|bowel movement|strength|power|sensation|enough air|"
    r"(feel|felt|feeling|sense|sensing)\s+(my|the|anything|a thing|much|when|where|it|"
    r"them|down|properly|myself|if)\b|feeling\b(?!\s+(any|a|an|the|that|much|well|"
    r"great|good|bad|so|too|very|like)\b)|tell\s+(when|if))"
)
_WORD = (
    r"((trouble|problems?|difficult(y|ies)|issues?|pains?)(\s+with)?(\s+(my|the))?"
    r"\s+\w+ing\b|(in|on|at|below|under|down)(\s+(my|the|both|either|each))*\s+[\w-]+|"
    r"[\w'\u2019-]+)"
)
_PLACE = (
    r"(\s+(in|on|at|below|under|around|behind|down|into|of|to|near|along|through|from|"
    r"during|after|since|for|when|while|past|beneath|above)\b(\s+(my|the|both|all|each|"
    r"this|that|a|an|any|either|one|of|last|past|few|couple))*(\s+[\w'\u2019-]+)?)?"
)
_DENIED = (
    rf"\b{_NEG_HEAD}\b(?!(\s+{_AUX}\b)*\s+{_KEPT})(\s+{_AUX}\b)*\s+(?!{_KEPT}){_WORD}"
    rf"(\s+(me|it|him|her|them|myself))?(\s+(up|down|out|over|away|off))?{_PLACE}"
    rf"(\s+(or|nor|and no|and not)\s+((any|a|an)\s+)?(?!{_KEPT}){_WORD}{_PLACE})*"
)
_EASES = (
    r"\s+(is|are|was|has|have|seems?|feels?|{a}s)\s+((getting|growing|becoming|gotten|"
    r"got|been|a bit|a little|much|slightly|now|already|definitely|really|bit|lot|"
    r"little|far|way)\s+)*(weaker|less|better|milder|easier|lighter|fading|easing|"
    r"going away|gone)\b"
).replace("{a}", _A)
_KIN = (
    r"\b(mum|mom|mother|dad|father|brother|sister|wife|husband|partner|son|daughter|"
    r"aunt\w*|uncle|grand\w+|gran|nan|nana|friend|cousin|parents?|family|relatives?|"
    r"niece|nephew|boyfriend|girlfriend|kids?|child|children|baby)(\W?s)?"
)
_FAMILY = (
    rf"{_KIN}\s+(\w+\s+){{0,4}}?(cancer|tumou?r|leuk\w+|lymphoma|melanoma|myeloma|"
    rf"chemo|metasta)\w*|cancer\s+runs\s+in|{_KIN}\s+(has|had|have|got|is|was|fell|"
    r"died|gets|keeps)\b(\s+(?!(and|but|i|my|me)\b)[\w'\u2019-]+){0,4}"
)
NEGATED = re.compile(
    rf"{_DENIED}|{_FAMILY}"
    rf"|\b(pains?|ache|aching|tightness|stiffness|soreness|discomfort|cramps?)\b"
    rf"(\s+\w+){{0,3}}?{_EASES}"
    rf"|((?<=tingling)|(?<=numbness)|(?<=swelling)|(?<=weakness)|(?<=bruising)){_EASES}"
)
# "both legs", "my legs", "left and right": two legs are both legs (the safer reading).
# Only "both", "my", "the", "each" or "left" is used up: "both calves are swollen" is
# still a swollen calf ("between my legs" is no side).
BOTH_SIDES = re.compile(
    r"\bboth\b(?=\s+(of\s+)?(my\s+|the\s+)?((lower|upper)\s+)?(legs|sides|thighs|"
    r"hamstrings|calves|knees|feet|shins|ankles|heels|soles|buttocks|glutes)\b)"
    r"|(?<!between )\b(my|the)\s+(?=((lower|upper|whole)\s+)?(legs|feet|calves|thighs|"
    r"shins|knees|hamstrings|ankles)\b)"
    r"|\bbilateral(ly)?\b|\beach\b(?=\s+(leg|foot|side|thigh|calf|knee|shin)\b)"
    r"|\b(left|right)\b(?=\s+((leg|foot|side|thigh|calf)\s+)?(and|&)\s+(my\s+|the\s+)?"
    r"(right|left)\b)"
    r"|(?=\b(also|now|spread\w*|moved|started|even|gone)\s+(\w+\s+){0,4}?(the|my)\s+other\s+"
    r"(leg|side|foot|thigh|calf)\b)|(?=\bother\s+(leg|side|foot|thigh|calf)\s+(\w+\s+){0,4}?"
    r"(too|as well|also|now)\b)"
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
