"""Dutch: the sentences Assist understands, numbers and signs in words."""

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

# only "voor": "van het zitten", "bij het opstaan" would be read as a profile's name
_FOR_PROFILE = "[voor [de|het|mijn|m'n|profiel] {profile}]"
# what a symptom is felt in; "ik heb {sensation}" alone would catch anything
_BODY = (
    "(been|benen|knie|knieën|knieen|knieholte|hamstring|hamstrings|dij|dijen|"
    "dijbeen|dijbenen|bovenbeen|bovenbenen|onderbeen|onderbenen|kuit|kuiten|"
    "scheenbeen|enkel|enkels|voet|voeten|tenen|hiel|hielen|lies|liezen|kruis|"
    "bil|billen|zitvlak|bilnaad|schaamstreek|geslachtsdelen|anus|heup|heupen|"
    "rug|onderrug|kant|kanten|zijde|zijden)"
)
_WHERE = (
    "(in|onder|achter|aan|bij|rond|rondom|om|op|langs|door|tot in|tot aan|tot onder|"
    "naar|tot)"
)
_MINE = "[de|het|mijn|m'n|beide|allebei]"
_NIGHT = "('s nachts|s nachts|snachts|in de nacht)"
_CARE = "(fysio|fysiotherapeut|arts|dokter|huisarts|huisartsenpost)"
_REMINDERS = (
    "[de|mijn|m'n] (herinneringen|houdingsherinneringen|pauzeherinneringen|"
    "houdings herinneringen|pauze herinneringen|zitherinneringen)"
)
_ROUTINE = "[de|mijn|m'n] routine"

# intent -> Dutch sentence templates (hassil syntax: [optional], (a|b), {wildcard})
SENTENCES: dict[str, list[str]] = {
    INTENT_STATUS: [
        f"hoe lang zit ik [vandaag] [nu] [al] {_FOR_PROFILE}",
        f"hoe lang (heb|had) ik [vandaag] [al] gezeten {_FOR_PROFILE}",
        f"hoe lang zat ik [vandaag] {_FOR_PROFILE}",
        f"hoe lang ben ik [vandaag] [al] aan het zitten {_FOR_PROFILE}",
        f"hoeveel [minuten|tijd|uur] heb ik [vandaag] [al] gezeten {_FOR_PROFILE}",
    ],
    INTENT_LOG_SYMPTOMS: [
        (
            "(noteer|log|registreer) [mijn|de|een] [hamstring] (stijfheid|"
            "hamstringstijfheid) [van] [een] {tightness} [(op|uit) (10|tien)] "
            + _FOR_PROFILE
        ),
        (
            "mijn hamstrings (voelen [aan] [als]|zijn|voelen zich) [een] {tightness} "
            f"(op|uit) (10|tien) {_FOR_PROFILE}"
        ),
        (
            "(mijn|de) (stijfheid|hamstringstijfheid) is [vandaag] [een] {tightness} "
            f"(op|uit) (10|tien) {_FOR_PROFILE}"
        ),
        (
            "ik geef (mijn hamstrings|mijn stijfheid|de stijfheid) [vandaag] een "
            f"{{tightness}} [(op|uit) (10|tien)] {_FOR_PROFILE}"
        ),
        (
            "ik (heb|had|voel|voelde|merk|merkte|kreeg|krijg) {sensation} "
            f"{_WHERE} {_MINE} {_BODY} {_FOR_PROFILE}"
        ),
        f"(het|dat) (doet|deed) {{sensation}} {_WHERE} {_MINE} {_BODY} {_FOR_PROFILE}",
        (
            "(noteer|log|registreer) [een|de|mijn] (klacht|klachten|symptoom|"
            f"symptomen|hamstringklacht|hamstringklachten) {{sensation}} {_FOR_PROFILE}"
        ),
        (
            "mijn (been|benen|kuit|kuiten|dij|dijbeen|bovenbeen|bovenbenen|onderbeen|"
            "voet|voeten|tenen|hamstring|hamstrings|urine|plas) (is|zijn|voelt|voelen|"
            f"ziet|zien|wordt|worden|werd|lijkt) {{sensation}} {_FOR_PROFILE}"
        ),
        (
            "ik (heb|had) [nu|ook|sinds kort|vroeger|ooit|eerder|al eens] (koorts|"
            "verhoging|[een] hoge temperatuur|koude rillingen|rillingen|pijn op de borst|"
            "borstpijn|druk op de borst|donkere urine|donkere plas|bruine urine|"
            "colakleurige urine|nachtelijke pijn|nachtpijn|pijn "
            + _NIGHT
            + "|kanker|een tumor|een klapvoet|klapvoet|een slepende voet|"
            "kortademigheid|ademnood|last van kortademigheid) [gehad] " + _FOR_PROFILE
        ),
        (
            "ik ben [snel|erg|heel|zo] (kortademig|benauwd|buiten adem|gevallen) "
            + _FOR_PROFILE
        ),
        f"ik (krijg|kreeg) [bijna] geen lucht {_FOR_PROFILE}",
        f"ik kan [bijna] niet [goed] (ademen|ademhalen) {_FOR_PROFILE}",
        f"ik heb het benauwd {_FOR_PROFILE}",
        ("ik heb een (val|smak|klap|ongeluk) (gemaakt|gehad|gekregen) " + _FOR_PROFILE),
        (
            "ik ben [ongewild|zomaar|flink|veel] (afgevallen|vermagerd) [zonder "
            "(het te proberen|dat ik het probeer|te lijnen|reden|dieet)] "
            + _FOR_PROFILE
        ),
        (
            "ik (val|viel) [steeds|zomaar|ongewild] af [zonder (het te proberen|"
            f"dat ik het probeer|te lijnen|reden|dieet)] {_FOR_PROFILE}"
        ),
        f"[de] pijn (maakt|houdt|hield|maakte) me {_NIGHT} wakker {_FOR_PROFILE}",
        f"[de] pijn (maakt|houdt|hield|maakte) me wakker [{_NIGHT}] {_FOR_PROFILE}",
        f"ik (word|werd) {_NIGHT} wakker van de pijn {_FOR_PROFILE}",
        (
            "ik (kan|kon) mijn (voet|tenen) niet [meer] (optillen|omhoog krijgen|"
            f"heffen) {_FOR_PROFILE}"
        ),
        (
            f"mijn (voet|tenen) (sleept|slepen|klapt|blijft haken|blijven haken) "
            f"{_FOR_PROFILE}"
        ),
        (
            "ik (kan|kon) (mijn plas|mijn urine|mijn ontlasting|de ontlasting) niet "
            f"[meer] (ophouden|houden|binnenhouden) {_FOR_PROFILE}"
        ),
        f"ik (kan|kon) niet [meer] (plassen|poepen) {_FOR_PROFILE}",
        (
            "ik heb (problemen|moeite|last) met (plassen|poepen|mijn blaas|"
            f"mijn ontlasting|de ontlasting) {_FOR_PROFILE}"
        ),
    ],
    INTENT_START_ROUTINE: [
        f"(start|begin) [met] {_ROUTINE} {{routine}} {_FOR_PROFILE}",
        # "start de … routine" is the English sentence, which keeps the "de"
        f"begin [met] [de|mijn|m'n] {{routine}} routine {_FOR_PROFILE}",
        f"(start|begin) [met] [de|mijn|m'n] {{routine}} oefeningen {_FOR_PROFILE}",
        f"ik wil {_ROUTINE} {{routine}} doen {_FOR_PROFILE}",
        f"doe {_ROUTINE} {{routine}} {_FOR_PROFILE}",
    ],
    INTENT_NEXT_STEP: [
        f"[de] volgende (stap|oefening) [graag|alsjeblieft] {_FOR_PROFILE}",
        f"[ga] (door|verder) naar de volgende (stap|oefening) {_FOR_PROFILE}",
        f"naar de volgende (stap|oefening) {_FOR_PROFILE}",
    ],
    INTENT_PAUSE_ROUTINE: [
        f"pauzeer {_ROUTINE} {_FOR_PROFILE}",
        f"zet {_ROUTINE} (op pauze|[even] stil) {_FOR_PROFILE}",
        f"{_ROUTINE} (pauzeren|even stilzetten|stilzetten) {_FOR_PROFILE}",
    ],
    INTENT_RESUME_ROUTINE: [
        f"hervat {_ROUTINE} {_FOR_PROFILE}",
        f"(ga|gaan) [maar] [weer] (verder|door) met {_ROUTINE} {_FOR_PROFILE}",
        f"(verder|door) met {_ROUTINE} {_FOR_PROFILE}",
        f"{_ROUTINE} (hervatten|voortzetten) {_FOR_PROFILE}",
        f"zet {_ROUTINE} [weer] voort {_FOR_PROFILE}",
    ],
    INTENT_STOP_ROUTINE: [
        f"stop [met] {_ROUTINE} {_FOR_PROFILE}",
        f"(beëindig|beeindig) {_ROUTINE} {_FOR_PROFILE}",
        f"breek {_ROUTINE} af {_FOR_PROFILE}",
        f"{_ROUTINE} (stoppen|beëindigen|beeindigen|afbreken) {_FOR_PROFILE}",
    ],
    INTENT_SNOOZE: [
        f"(stel|zet) {_REMINDERS} [voor] {{minutes}} minuten uit {_FOR_PROFILE}",
        (
            f"stel {_REMINDERS} uit (voor|gedurende|met) {{minutes}} minuten "
            + _FOR_PROFILE
        ),
        (
            f"(snooze|pauzeer) {_REMINDERS} [voor|gedurende] {{minutes}} minuten "
            + _FOR_PROFILE
        ),
        f"{_REMINDERS} {{minutes}} minuten uitstellen {_FOR_PROFILE}",
        f"stel {_REMINDERS} uit {_FOR_PROFILE}",
        f"snooze {_REMINDERS} {_FOR_PROFILE}",
        f"{_REMINDERS} uitstellen {_FOR_PROFILE}",
    ],
    INTENT_TRIAGE: [
        f"moet ik (naar|langs) [de|een] {_CARE} [toe] [gaan] {_FOR_PROFILE}",
        f"moet ik langs bij [de|een] {_CARE} [gaan] {_FOR_PROFILE}",
        (
            f"(moet|zou) ik [niet] [een|de] {_CARE} (bellen|raadplegen|zien|"
            f"inschakelen) {_FOR_PROFILE}"
        ),
        f"(moet|zou) ik [niet] naar [de|een] {_CARE} moeten [gaan] {_FOR_PROFILE}",
        f"heb ik een {_CARE} nodig {_FOR_PROFILE}",
        (
            "is het tijd (voor [de|een]|om naar [de|een]) "
            f"{_CARE} [te gaan] {_FOR_PROFILE}"
        ),
        f"moet ik een afspraak maken (bij|met) [de|een] {_CARE} {_FOR_PROFILE}",
        f"moet ik medische hulp zoeken {_FOR_PROFILE}",
    ],
}

NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        [
            "nul",
            "een",
            "twee",
            "drie",
            "vier",
            "vijf",
            "zes",
            "zeven",
            "acht",
            "negen",
            "tien",
            "elf",
            "twaalf",
        ]
    )
} | {
    "één": 1,
    "eén": 1,
    "eentje": 1,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "twintig": 20,
    "vijfentwintig": 25,
    "vijf en twintig": 25,
    "dertig": 30,
    "veertig": 40,
    "vijfenveertig": 45,
    "vijf en veertig": 45,
    "vijftig": 50,
    "zestig": 60,
    "negentig": 90,
}

# pieces of the sign patterns
_NUMB = (
    r"(doof|gevoelloos|verdoofd|geen gevoel|(weinig|minder|raar) gevoel|tintel|"
    r"prikkel|voel\w* (niks|niets)|(niks|niets) (meer )?voel)"
)
_SADDLE = (
    r"\b(kruis|lies|liezen|liesstreek|geslacht\w*|schaam\w*|billen|bil|zitvlak|"
    r"bilnaad|anus|aars|perineum|vagina|schede|schaamlippen|penis|balzak|intiem\w*|"
    r"zadel\w*|rijbroek\w*)\b"
)
_LEG = r"\b(kuit\w*|dij\w*|bovenbe\w*|onderbe\w*|been|benen)\b"
_RED = r"\b(rood|rode|roder|roodheid|rood\w*kleurig)\b"
_HOT = r"\b(warm|warme|warmer|heet|hete|gloei\w*|gezwollen|opgezet|opgezwollen|dik|dikker)\b"
_RED_HOT = rf"({_RED}.*{_HOT}|{_HOT}.*{_RED})"
_URINE = r"\b(urine\w*|plas|pies|pipi)\b"
_DARK = r"\b(donker\w*|bruin\w*|roodbruin\w*|cola\w*|zwart\w*|thee\w*)\b"

# what a sentence says -> the sign of the public set; the most specific first, and the
# words that matched are used up (so "gezwollen kuit" is not also "zwelling").
SIGN_PATTERNS: tuple[tuple[str, str], ...] = (
    (rf"{_NUMB}.*{_SADDLE}|{_SADDLE}.*{_NUMB}|zadel(gebied|anesthesie|vormig)|rijbroek\w*|voel\w* (niks|niets|weinig|minder)\b.*\b(af)?veeg|(af)?veeg.*voel\w* (ik )?(niks|niets|weinig|minder)\b|voel\w* (\w+ )?(toilet|wc)-?papier|voel\w* (mijn |m'n |de |het )?(\w+ )?{_SADDLE} niet\b", "saddle_numbness"),
    (r"\b(blaas|darm)(?!kanker)\w*|ontlasting|stoelgang|incontinen\w*|ongewild (plas|poep|urine)\w*|in (mijn|m'n) broek (ge)?(plast?|poep\w*)|broek nat|(plas|poep)\w* in (mijn|m'n|de) broek|urineverlies|verlie\w* (\w+ )?(urine|ontlasting|plas)|(voel|merk)\w*\s+(\w+\s+){0,3}(moet|hoef)\s+(plassen|poepen)|(niet|moeilijk) (meer )?naar (de wc|het toilet|de toilet)|aandrang|(niet|moeilijk|nauwelijks) (meer )?(kunnen )?(plassen|poepen)|(plas|urine)\b.*\b(op|binnen|tegen)?houden|(plassen|poepen|plas) (gaat|lukt|ging|lukte) (niet|moeilijk|slecht|nauwelijks)", "bladder_bowel_change"),
    (r"adem|borst(?!kanker)|\blucht\b|luchttekort|benauwd|hijg", "breathlessness_chest_pain"),
    (rf"{_DARK}.*{_URINE}|{_URINE}.*{_DARK}", "dark_urine"),
    (r"koorts|verhoging|\brill\w*|temperatuur|\b(heb|had)\b (\w+ )?(3[89]|4[01])([.,]\d)? ?(graden|°)|\b(3[89]|4[01])[.,]\d ?(graden|°)", "fever"),
    (r"afgevallen|afvallen|\bval\w* (\w+ )?af\b|gewicht\w* (\w+ )?(verloren|kwijt|verlies)|gewichtsverlies|(verlie\w*|kwijt\w*) (\w+ )?gewicht|kilo\S* (\w+ )?(kwijt|verloren|afgevallen|lichter)|vermager\w*|mager\w* geworden", "unexplained_weight_loss"),
    (r"\bpijn\w*\b.*(\bnacht\w*|snachts)|(\bnacht\w*|snachts).*\bpijn|nachtpijn|(maakt|maakte|houdt|hield|wekt|wekte) me\b.*\bwakker|wakker (van|door) (de |mijn |m'n |het )?(pijn|been|benen|rug|heup|bil|hamstring|dij|kuit)\w*|(slecht|niet) slapen (van|door) (de )?pijn", "night_pain"),
    (r"kanker|tumor|uitzaaiing\w*|carcinoom|kwaadaardig|chemo\w*|bestraling|leukemie|lymfoom|melanoom", "cancer_history"),
    (r"(?<!slaap )\bgevallen\b|\bviel\b(?! (\w+ )?af\b)(?! in slaap)|\bval\b(?! in slaap)|\bsmak\b|\bklap\b|botsing|(?<!per )ongeluk|ongeval|aangereden|geschopt|getrapt|\btrap (gehad|gekregen|tegen)|\bschop\b|gestruikeld|uitgegleden|onderuit|gestoten|getackeld|tackle", "trauma"),
    (r"klapvoet|dropvoet|drop foot|slepende voet|voet (sleept|slepen|klapt|valt|hangt|slaat)\b(?!( \w+)? in slaap)|sleep\w* (met )?(mijn |m'n )?(voet|been)|(voet|tenen)\b.*\b(niet|moeilijk|nauwelijks|slecht) (meer )?(op ?tillen|optrekken|omhoog\w*|heffen|opheffen|tillen)|(tenen|teen|voet)\b.{0,25}\b(haken|haakt)\b|\b(haken|haakt)\b.{0,25}\b(tenen|teen|voet)|struikel\w* (steeds|vaak|over)|flap\w*|(niet|moeilijk) (meer )?op (mijn |m'n |de )?(hakken|hielen) (lopen|staan)", "foot_drop"),
    (r"zwakker|(steeds|alsmaar) (minder kracht|zwak\w*)|kracht\w* (neemt|nam) (steeds )?af|(krachtverlies|zwakte) (wordt|werd|neemt|nam|is) (\w+ )?(erger|toe|groter)|erger wordende? (zwakte|krachtverlies)|verzwak\w*", "weakness_worsening"),
    (rf"{_LEG}.*{_RED_HOT}|{_RED_HOT}.*{_LEG}", "leg_red_warm_swollen"),
    (r"(zwel\w*|gezwollen|opgezet|opgezwollen|\bdik\w*|gevoelig|drukpijn\w*|pijnlijk bij aanraken).*\bkuit\w*|\bkuit\w*.*(zwel\w*|gezwollen|opgezet|\bdik\w*|gevoelig|drukpijn\w*|aanra\w*|aankom\w*|erop druk\w*)", "calf_swelling"),
    (r"onder (de|mijn|m'n|het|je) knie\w*|tot (in|aan|onder) (mijn |m'n |de |het )?(kuit|onderbeen|scheen\w*|enkel|voet|tenen)|(straal\w*|uitstral\w*|schiet\w*|trekt|trekken|loopt|lopen|zakt) (\w+ )?(uit )?(naar|tot in|in|door) (mijn |m'n |de |het )?(kuit|onderbe\w*|scheen\w*|enkel|voet|voeten|tenen)\b|(straal\w*|uitstral\w*|schiet\w*) (\w+ )?(uit )?(naar|in|door) (mijn |m'n |de |het )?(hele )?(been|benen)\b|(langs|door|in) (mijn|m'n|het|de) (hele )?(been|benen) (heen )?(naar beneden|omlaag)|door (mijn|m'n|het|de) hele (been|benen)|naar beneden (in|door|langs) (mijn |m'n |het )?(been|benen)|(been|benen) (af|naar beneden|omlaag)|(pijn|tintel\w*|prikkel\w*|doof|gevoelloos|zeur\w*|steek\w*)\b.*\bin (mijn|m'n|het|de|je) (onderbe\w*|scheen\w*)", "radiating_below_knee"),
    (r"tintel\w*|prikkel\w*|mieren\w*|speldenprik\w*|slapend\w*|\bslaapt\b|(been|benen|voet|voeten|tenen|billen|bil) (is |zijn |valt |vallen )?(in slaap|slapen)", "tingling"),
    (r"doof|gevoelloos|verdoofd|geen gevoel|(weinig|minder) gevoel|voel\w* (\w+ )?(niks|niets|nauwelijks|weinig|haast niks|bijna niks|bijna niets)\b|(niks|niets) (meer )?voel|voel\w* (mijn|m'n|de|het) (\w+ ){1,2}niet\b", "numbness"),
    (r"scherp\w* (trek\w*|getrek\w*)|trek\w* scherp", "sharp_pull"),
    (r"knap\w*|knak\w*|\bknal\b|\bplop\w*|\bpop\b", "pop"),
    (r"scheur\w*", "tearing"),
    (r"(plotse?|plotseling\w*|plots|ineens|opeens|acuut|acute) (\w+ ){0,2}(pijn|steek)|(scherpe|stekende|felle|schietende) (pijn|steek)|pijnscheut|pijn schoot", "sudden_sharp_pain"),
    (r"zwel\w*|gezwollen|opgezet|opgezwollen|\bdikker\b", "swelling"),
    (r"blauw\w*|kneuz\w*|gekneusd|bloeduitstort\w*|hematoom|paars\w*", "bruising"),
    (r"zwak\w*|krachtverlies|krachteloos|(geen|weinig|minder|te weinig|niet (veel|genoeg|zoveel)) kracht|kracht\w* kwijt|\bslap(pe)?\b|door (mijn|m'n|de) (knie|knieën|knieen|been|benen) (zak\w*|gezakt)|(knie|knieën|knieen|been|benen) (zakt|zakken|zakte|knikt|knikken|knikte|begeeft|begaf)", "weakness"),
)  # fmt: skip
# "geen koorts", "niet gevallen", "nooit kanker gehad": a denied sign is not logged.
# Not a denial: "geen lucht", "geen gevoel", "geen kracht", "niet plassen", "niet
# ophouden", "niet optillen", "niet goed", where the word after the "no" is the sign.
NEGATED = re.compile(
    r"\b(geen|niet|nooit|zonder)\b(?!\s+meer\s*($|[,.;!?]))"
    r"(?!(\s+(meer|goed|echt|veel|zoveel|zo|genoeg))*\s+(lucht|adem\w*|gevoel|kracht|"
    r"controle|plas\w*|poep\w*|ontlasting|(op|binnen|tegen)?houden|op ?tillen|tillen|"
    r"heffen|opheffen|omhoog\w*|optrekken|op|voelen|slapen|slaap|goed|lopen|staan|"
    r"naar|aandrang)\b)"
    r"(\s+(meer|enkele?|echt|erg|veel|last|van|sprake|een|de|het|mijn|m'n))*"
    r"\s+[\w-]+"
    r"(\s+(op|onder|in) (de|het|mijn|m'n) (borst|knie\w*))?"
)
BOTH_SIDES = re.compile(
    r"\b(beide|allebei (de|mijn|m'n)|(mijn|m'n) twee|twee) (benen|kanten|zijden|"
    r"dijen|dijbenen|bovenbenen|onderbenen|hamstrings|kuiten|knieën|knieen|voeten|"
    r"billen|heupen)\b|\b(benen|kanten|zijden|dijen|kuiten|voeten) allebei\b|"
    r"\b(links en rechts|rechts en links)\b"
)


WORDS = VoiceWords(
    language="nl",
    sentences=SENTENCES,
    number_words=NUMBER_WORDS,
    sign_patterns=SIGN_PATTERNS,
    negated=NEGATED,
    both_sides=BOTH_SIDES,
    routine_words=("routine", "oefeningen", "de", "het", "mijn"),
)
