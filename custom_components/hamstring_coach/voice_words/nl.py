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
    "naar|tot|tussen|over|met|tegen|van)"
)
_MINE = "[de|het|mijn|m'n|beide|allebei]"
# Sentences that start with the words of the sign ("de pijn straalt uit naar mijn
# voet", "ik ben van de trap gevallen"): they end in a body part after a Dutch word
# (mijn, de, een, ...) or in a word of a sign, so a command ("doe de gordijnen aan de
# kant", "zet de lamp op blauw", "ik ben mijn sleutels kwijt") is left alone.
_PARTS = (
    "([linker|rechter]been|benen|[linker|rechter]knie|knieën|knieen|knieholte|"
    "knieholtes|[linker|rechter]hamstring|hamstrings|[linker|rechter]dij|dijen|"
    "dijbeen|dijbenen|[linker|rechter]bovenbeen|bovenbenen|[linker|rechter]onderbeen|"
    "onderbenen|[linker|rechter]kuit|kuiten|scheen|schenen|scheenbeen|enkel|enkels|"
    "[linker|rechter]voet|voeten|voetzool|voetzolen|wreef|tenen|teen|hiel|hielen|lies|"
    "liezen|kruis|[linker|rechter]bil|billen|kont|zitvlak|bilnaad|schaamstreek|"
    "onderlijf|geslachtsdelen|anus|penis|vagina|[linker|rechter]heup|heupen|rug|"
    "onderrug|borst|borstkas|blaas|darmen|sluitspier|piemel|hakken)"
)
# the word before "mijn been": never "voor" ("start de routine … voor mijn rug" is a
# routine and a profile), and a bare body part only after a word of a sign
_LINK = (
    "(in|onder|achter|aan|bij|rond|rondom|om|op|langs|door|tot in|tot aan|tot onder|"
    "naar|tot|tussen|over|tegen|van|uit|heb|had|voel|voelde|voelt|merk|sleep|sleepte|"
    "beweeg|til|is|zijn|en|maar|ook|wel|nog|weer)"
)
_ADJ = (
    "(dikke|dik|dove|doof|rode|rood|warme|warm|hete|heet|gezwollen|opgezwollen|"
    "opgezette|gevoelloze|verdoofde|slappe|slap|zwakke|zwak|slepende|gevoelige|"
    "pijnlijke|tintelende|koude|stijve|stijf)"
)
_TAIL = (
    "[heen|naar beneden|omlaag|niet [meer] [goed]|nauwelijks [meer]|bijna niet [meer]]"
)
_OWN = (
    "(mijn|m'n|me|je|de|het|een|één|beide|beiden|allebei [mijn|de]|mijn beide|"
    "[mijn|m'n] twee|[mijn|m'n|de|het] hele|[mijn|m'n] eigen|[mijn|m'n] andere)"
)
_KEY = (
    "(koorts|verhoging|koortsig|[koude] rillingen|rillerig|kortademig|kort ademig|"
    "benauwd|buiten adem|naar adem|geen lucht|ademnood|borstpijn|pijn op de borst|"
    "bloed [op]|gevallen|omgevallen|neergevallen|afgevallen|gestruikeld|uitgegleden|"
    "aangereden|gebotst|gestoten|geschopt|getrapt|onderuit [gegaan]|neergekomen|"
    "valpartij|ongeluk|ongeval|klap|smak|schop|val|(kilo|kg|pond) (kwijt|lichter|"
    "afgevallen)|gewicht (kwijt|verloren|verlies|verliezen)|(verlies|verloor) [veel|"
    "steeds|snel|flink] gewicht|vermagerd|mager geworden|kanker|tumor|"
    "[borst|prostaat|darm|long|huid|bot|nier|blaas|lever|baarmoederhals|eierstok|"
    "lymfeklier|maag|keel|alvleesklier]kanker|leukemie|lymfoom|melanoom|myeloom|"
    "oncoloog|uitzaaiingen|chemo|chemotherapie|bestraald|bestraling|bestralingen|klapvoet|"
    "dropvoet|doof|gevoelloos|verdoofd|tinteling|tintelingen|tintelen|tintelt|"
    "prikkelingen|nachtpijn|(straalt|straalde) [helemaal] uit|(niet|nauwelijks) [meer] "
    "[goed] (lopen|staan)|(erop|er op) druk|[geen|nauwelijks] (plas|urine) [meer]|"
    "geplast|gepoept|(niet|moeilijk|nauwelijks|slecht|moeite met|problemen met) [meer] "
    "[kunnen] (plassen|poepen|urineren)|(plassen|plas) maar er (komt|kwam) [bijna] "
    "(niks|niets) [uit]|"
    "(plas|urine|ontlasting|poep|het) [niet|nauwelijks] [meer] [goed] (ophouden|"
    "binnenhouden)|incontinent|"
    "afveeg|afvegen|(doet|deed|doen) [erg|veel] zeer|gezwollen|opgezet|"
    "((heb|had) [ik]|veel|erg|zoveel|hevige|erge|ergere|meer|meeste|doet|deed|doen|"
    "met|van de|door de|vanwege de|zo'n|vreselijke|flinke|scherpe|zeurende|stekende|"
    "brandende|uitstralende|felle|'s nachts|s nachts|snachts|s'nachts) pijn|"
    "(doet|deed) [het] ('s nachts|s nachts|snachts) [erg|veel] zeer|(zeurt|steekt|bonkt|"
    "klopt|brandt|trekt) [het] [de hele|elke|iedere] nacht|van onderen|"
    "(straalt|schiet|trekt) [uit] (naar beneden|omlaag)|klap voet|drop voet|kahler|"
    "myeloom|hodgkin|blaasontsteking|ontlasting|dik|aandrang [meer]|"
    "(wanneer|dat|of) ik moet (plassen|poepen)|(plas|plast|poep|poept|plaste|poepte) "
    "[ongewild|soms|steeds] in (mijn|m'n|me|de|het) (broek|bed)|(plas|plast) [heel|erg|"
    "zo] (moeilijk|slecht|cola|donker|donkerbruin|bruin|rood)|(donker|bruin|rood) "
    "plassen|(ontlasting|plas|urine) laten lopen|(zweet|zweten|transpireer) ('s nachts|"
    "s nachts|snachts|in de nacht)|weeg [veel|een stuk|steeds] minder [dan (vroeger|"
    "eerst|normaal)]|(koorts|verhoging) (heb|had|heeft)|"
    "opgezwollen|dikker|haken|slepen|sleept|ischias|uitstraling|uitstraalt|"
    "gescheurd|geknapt|knappen|knapte|knal|blauwe plek|bloeduitstorting|"
    "(scherp trekkend|trekkend|knappend|scheurend|doof|dof|tintelend|prikkelend) "
    "gevoel|"
    "(sleep|sleept|slepen) met (mijn|m'n|me) (been|voet)|haken met (mijn|m'n) "
    "(voet|tenen))"
)
_WHEN = (
    "[gehad|gekregen|gemaakt|geweest|gevoeld|gehoord|gegaan|geworden] [sinds "
    "(gisteren|vandaag|vanochtend|vannacht|kort|een paar dagen|een week|dagen|weken)|"
    "vandaag|gisteren|vanochtend|vanmorgen|vannacht|'s nachts|s nachts|snachts|"
    "in de nacht|in bed|ook|weer|steeds [meer]|al (dagen|weken|een tijdje)|heel erg|"
    "erg|heel veel]"
)
_NIGHT = "('s nachts|s nachts|snachts|in de nacht)"
# a temperature as said or written: "39", "achtendertig vijf", "38 komma 5", "38,5"
_DEGREES = (
    "((38|39|40|41|achtendertig|negenendertig|veertig|eenenveertig) [[komma|punt] "
    "(een|twee|drie|vier|vijf|zes|zeven|acht|negen|1|2|3|4|5|6|7|8|9)]|"
    + "|".join(
        f"{n}{mark}{d}" for n in (38, 39, 40, 41) for mark in ",." for d in range(10)
    )
    + ")"
)
_CARE = "(fysio|fysiotherapeut|arts|dokter|huisarts|huisartsenpost)"
_WITH = (
    "(hiermee|daarmee|ermee|met (deze|die|mijn|m'n) (pijn|klacht|klachten|been|benen|"
    "knie|rug|hamstring|hamstrings|kuit|voet|dij|bovenbeen))"
)
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
            "verhoging|[een] [hoge] temperatuur|koude rillingen|rillingen|pijn op de borst|"
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
            "ik (kan|kon) mijn (voet|tenen|enkel|been|benen|knie) niet [meer] [goed] "
            "(optillen|omhoog krijgen|heffen|bewegen|optrekken|strekken|buigen) "
            + _FOR_PROFILE
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
            "ik (kan|kon) [bijna] niet [meer] [goed] (lopen|staan|op mijn (hakken|hielen|"
            f"tenen) (lopen|staan)|op mijn (been|benen|voet|voeten) staan) {_FOR_PROFILE}"
        ),
        f"ik (viel|struikelde|gleed uit|botste) {{sensation}} {_FOR_PROFILE}",
        (
            "ik (kreeg|heb) een (trap|schop|duw|klap|stoot|knal|dreun|beuk) [gekregen] "
            f"[{{sensation}}] {_FOR_PROFILE}"
        ),
        f"(donkere|bruine|colakleurige|rode) (urine|plas) {{sensation}} {_FOR_PROFILE}",
        f"ik heb [nu|al] {_DEGREES} [graden] [koorts] {_FOR_PROFILE}",
        (
            "ik heb (problemen|moeite|last) met (plassen|poepen|mijn blaas|"
            f"mijn ontlasting|de ontlasting) {_FOR_PROFILE}"
        ),
        f"{{sensation}} {_LINK} {_OWN} {_PARTS} {_TAIL} {_FOR_PROFILE}",
        f"{{sensation}} {_ADJ} {_PARTS} {_TAIL} {_FOR_PROFILE}",
        f"{_WHERE} {_OWN} {_PARTS} {{sensation}} {_FOR_PROFILE}",
        (
            f"{_OWN} ({_PARTS}|urine|plas|pies|ontlasting|stoelgang|sluitspier|"
            "ademhaling|adem|pijn|zenuwpijn|kracht|plassen|poepen|ademen|ademhalen) "
            f"{{sensation}} {_FOR_PROFILE}"
        ),
        f"(mijn|m'n) (temperatuur|koorts) {{sensation}} {_FOR_PROFILE}",
        f"{{sensation}} {_KEY} {_WHEN} {_FOR_PROFILE}",
        (
            "ik {sensation} (zwakker|slapper|zwak|slap|krachteloos|krachtelozer) "
            f"{_WHEN} {_FOR_PROFILE}"
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
        f"moet ik {_WITH} (naar|langs) [de|een] {_CARE} [toe] [gaan] {_FOR_PROFILE}",
        f"moet ik (naar|langs) [de|een] {_CARE} [toe] [gaan] {_WITH} {_FOR_PROFILE}",
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
        (
            "moet ik [niet] naar (de spoedeisende hulp|de eerste hulp|de seh|het "
            f"ziekenhuis|de huisartsenpost) [gaan] {_FOR_PROFILE}"
        ),
        f"(moet|zou) ik [niet] (112|het alarmnummer|een ambulance) bellen {_FOR_PROFILE}",
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


def _near(first: str, second: str, also: str = "") -> str:
    """Return a pattern for ``first`` and ``second`` in either order.

    A few words apart, the words between (and ``also`` just after) are used up;
    further apart it only looks ahead and uses nothing up, so "mijn plas is donker en
    mijn kuit is rood en warm" is the red, warm calf too.
    """
    tail = rf"(?:.{{0,30}}{also})?" if also else ""
    close = rf"(?:{first}.{{0,40}}?{second}|{second}.{{0,40}}?{first}){tail}"
    far = rf"{first}.*{second}|{second}.*{first}"
    return rf"(?:{close}|^(?!.*(?:{close}))(?=.*(?:{far})))"


# pieces of the sign patterns
_NUMB = (
    r"(doof|\bdof (gevoel|aan)\b|gevoel\w*loos|ongevoelig|verdoo\w*|geen gevoel|"
    r"(weinig|minder|raar|vreemd) gevoel|tintel|prikkel|voel\w* (\w+ )?(niks|niets|"
    r"weinig|nauwelijks)\b|(niks|niets) (meer )?voel|\bdood (gevoel|aan)\b)"
)
_SADDLE = (
    r"\b(linker|rechter)?(kruis|lies|liezen|liesstreek|geslacht\w*|genitali\w*|schaam\w*|billen|bil|"
    r"zitvlak|bilnaad|anus|aars|perineum|vagina|schede|penis|piemel|balzak|ballen|kont|"
    r"reet|achterwerk|poep|onderlijf|intiem\w*|zadel\w*|rijbroek\w*|van onderen|"
    r"tussen (mijn |m'n |me |de |je )?benen)\b"
)
_LEG = (
    r"\b(linker|rechter)?(kuit\w*|dij\w*|bovenbe\w*|onderbe\w*|been|benen|scheen\w*)\b"
)
_RED = r"\b(vuur|knal|fel|donker)?(rood|rode|roder)\w*"
_WARM = r"\b(warm|warme|warmer|warmte|heet|hete|gloei\w*)\b"
_SWOL = r"\b(gezwollen|opgezet|opgezwollen|dik|dikke|dikker|zwelling|zwelt)\b"
# red with warm or swollen (as in English), or warm and swollen: the safer reading
_RED_HOT = (
    rf"({_RED}.{{0,30}}?({_WARM}|{_SWOL})|({_WARM}|{_SWOL}).{{0,30}}?{_RED}|"
    rf"{_WARM}.{{0,30}}?{_SWOL}|{_SWOL}.{{0,30}}?{_WARM})"
)
_URINE = r"\b(urine\w*|plas|plasje|plassen|plast|geplast|pies\w*|pipi)\b"
_DARK = (
    r"\b(donker\w*|bruin\w*|roodbruin\w*|zwart\w*|rood|rode|roder|roze|bloed\w*|"
    r"cola\w*kleur\w*|thee\w*kleur\w*|cola-?achtig\w*)\b"
)
_CALF = r"\b(linker|rechter)?(kuit\w*|onderbe\w*)"
_SWELL = r"((?<!on)gevoelig|zwel\w*|gezwollen|opgezet|\bdik(?!wijls)\w*|drukpijn\w*)"
_TENDER = (
    r"(pijn\w*|zeer)\b.{0,30}\b(aanra\w*|aankom\w*|(erop|er op|op) (\w+ )?druk\w*|"
    r"druk\w* (\w+ )?(erop|op)\b)"
)
_BELOW = (
    r"((linker|rechter)?(kuit|onderbeen|enkel|voet|voetzool|hiel)|kuiten|onderbe\w*|"
    r"scheen\w*|enkels|voeten|zool|zolen|"
    r"wreef|hiel|hielen|tenen|teen)"
)
_NERVE = (
    r"(tintel\w*|prikkel\w*|mieren\w*|speldenprik\w*|doof|\bdof (gevoel|aan)\b|"
    r"gevoel\w*loos|ongevoelig|verdoo\w*|geen gevoel|voel\w* (\w+ ){0,3}niet\b|voel\w* (\w+ )?"
    r"(niks|niets|weinig|nauwelijks)\b)"
)
_HURT = (
    r"(\bpijn\w*|\bzeer(?=\W*$|\W+(als|wanneer|bij|in|aan|op|sinds|door|en|maar)\b)|"
    r"\bzeer doe\w*|\bzeur\w*|\bsteek\w*)"
)
_NIGHT_RE = r"(\b(van)?nacht\w*|snachts|\bin (mijn |m'n |het |me )?bed\b)"

# what a sentence says -> the sign of the public set; the most specific first, and the
# words that matched are used up (so "gezwollen kuit" is not also "zwelling").
SIGN_PATTERNS: tuple[tuple[str, str], ...] = (
    (rf"{_near(_NUMB, _SADDLE, f"({_NUMB}|{_SADDLE})")}|zadel(gebied|anesthesie|vormig)|rijbroek\w*|voel\w* (niks|niets|weinig|minder)\b.*\b(af)?veeg|(af)?veeg.*voel\w* (ik )?(niks|niets|weinig|minder)\b|voel\w* (\w+ )?(toilet|wc)-?papier|voel\w* (mijn |m'n |me |de |het )?(\w+ )?{_SADDLE} niet\b", "saddle_numbness"),
    (r"\bblaas(?!je)\w*|(?<!prikkelbare )\bdarm(?!kanker)\w*|ontlasting|stoelgang|sluitspier|incontinen\w*|(ongewild|per ongeluk|ongemerkt) (\w+ ){0,4}(ge)?(plas|poep|urine)\w*|in (mijn |m'n |me |de |het )?(broek|bed) (ge)?(plas|poep)\w*|broek (is |was )?nat|(plas|poep)\w* (\w+ )?in (mijn |m'n |me |de |het )?(broek|bed)\b|urineverlies|(verlie\w*|lek\w*) (\w+ )?(urine|ontlasting|plas|poep)|(voel|merk)\w*\s+(\w+\s+){0,3}(moet|hoef)\s+(plassen|poepen)|(niet|moeilijk) (meer )?naar (de wc|het toilet|de toilet)|aandrang|(niet|moeilijk|nauwelijks|slecht) (meer )?(kunnen )?(plassen|poepen|urineren)|(plas|urine|poep)\b.{0,40}\b(op|binnen|tegen)?houden|\b(plas|plast|poep|poept|urineer)\b (\w+ )?(moeilijk|slecht|nauwelijks)|(plassen|poepen|urineren|plas) (gaat|lukt|ging|lukte) (\w+ )?(niet|moeilijk|slecht|nauwelijks)|(moeite|problemen|probleem|last) (met|bij) (het )?(plassen|poepen|urineren|plas)|(plas|poep)\w*\b.{0,30}\b(komt|kwam) (er )?(niks|niets|weinig)|(komt|kwam) (er )?(\w+ )?(geen|nauwelijks|weinig) (plas|urine|ontlasting)", "bladder_bowel_change"),
    (r"adem|\bborst(?!kanker|el|voeding)|\blucht\b(?! op)|luchttekort|benauwd|hijg|(hoest|spuug|spuw|gehoest)\w* (\w+ ){0,2}bloed|bloed (op)?(ge)?hoest\w*|pijn (in|op|bij|rond) (mijn |m'n |me |het |de )?hart\b|hartpijn", "breathlessness_chest_pain"),
    (rf"{_near(_DARK, _URINE)}|{_URINE} (\w+ ){{0,4}}(als|zoals|op) (\w+ )?(cola|thee)\b|\bplas\w* cola", "dark_urine"),
    (r"koorts|(?<!loons)verhoging(?! (van|op|aan|onder|voor|bij) (de|het|mijn|m'n|een) )|\brill\w*|\b(heb|had|met|beetje|wat|lichte|verhoogde|hoge) temperatuur|temperatuur (\w+ ){0,2}(hoog|verhoogd|gestegen|opgelopen|3[89]|4[01])|nachtzwe\w*|(zweet|zweten|transpir\w*)\b.{0,25}\b(nacht\w*|snachts)|(nacht\w*|snachts)\b.{0,25}\b(zweet|zweten|bezweet|transpir\w*)|\b(heb|had)\b (\w+ )?(3[89]|4[01]|achtendertig|negenendertig|veertig)( ?[.,] ?\d| komma \w+)? ?(graden|°)|\b(3[89]|4[01])( ?[.,] ?\d| komma \w+)|\b(achtendertig|negenendertig) (komma \w+|een|twee|drie|vier|vijf|zes|zeven|acht|negen)\b|\b(heb|had)\b (\w+ )?(3[89]|4[01]|achtendertig|negenendertig)\W*$", "fever"),
    (r"(?<!trap )(?<!trapje )(?<!ladder )(?<!fiets )(?<!stoel )(?<!paard )(?<!dak )(?<!bed )(?<!muur )(?<!stoep )(?<!brommer )(?<!scooter )(?<!motor )(?<!steiger )afgevallen|afvallen|\bval\w* (\w+ )?af\b|\bviel (\w+ ){0,2}af\b|gewicht\w* (\w+ )?(verloren|kwijt|verlies)|gewichtsverlies|(verlie\w*|kwijt\w*) (\w+ )?gewicht|(kilo\w*|kg|pond) (\w+ )?(kwijt|verloren|afgevallen|lichter|minder)|vermager\w*|mager\w* geworden|weeg\w* (\w+ ){0,2}minder|(kleren|kleding|broek\w*) (\w+ ){0,3}(te )?(ruim|wijd|los)\w*", "unexplained_weight_loss"),
    (rf"nachtpijn|{_near(_HURT, _NIGHT_RE)}|(pijn\w*|\bhet|\bdat|\bdit|\bdie|been|benen|rug|heup\w*|bil\w*|dij\w*|kuit\w*|hamstring\w*|zenuw\w*)\b[^,.]{{0,30}}\b(maakt|maakte|houdt|hield|wekt|wekte) me\b.{{0,20}}\bwakker|wakker (van|door|met|vanwege) (de |mijn |m'n |het |die )?(pijn|been|benen|rug|heup|bil|hamstring|dij|kuit|zeur|steek)\w*|(slaap|sliep|slapen|in slaap (komen|vallen))\b.{{0,30}}\b(door|van|vanwege) (de |mijn |m'n |het |die )?(pijn|zeur|steek)\w*|(pijn|zeur\w*|steek\w*)\b.{{0,30}}\b(houdt|hield|laat|liet) me (\w+ )?(niet )?(slapen|uit mijn slaap)", "night_pain"),
    (r"kanker|tumor|uitzaaiing\w*|metasta\w*|carcinoom|sarcoom|myeloom|kahler|hodgkin|kwaadaardig|chemo\w*|bestral\w*|bestraald|oncolo\w*|leukemie|lymfoom|melanoom|gezwel\w*", "cancer_history"),
    (r"(?<!slaap )(?<!bijna )\b(om|neer|af)?gevallen\b|\bviel\b(?! (\w+ ){0,2}af\b)(?! (\w+ )?(in slaap|mee\b|uit\b))(?! (me|mij) op\b)|\bval\b(?! (\w+ )?in slaap)|valpartij|\bsmak\b|gesmakt|neergesmakt|\bklap\b(?! ?voet)|\bdreun\b|botsing|gebotst|botste|(?<!per )ongeluk|ongeval|aangereden|geschopt|getrapt|\b(trap|schop|stoot|knal|duw|beuk) (gehad|gekregen|tegen)|\b(kreeg|kregen|krijg) een (trap|schop|stoot|knal|duw|beuk)\b|\bschop\b|gestruikeld|uitgegleden|onderuit|gestoten|getackeld|tackle|(hard|verkeerd|lelijk|raar|slecht) (\w+ )?(neer|terecht)gekomen", "trauma"),
    (r"klap ?voet|drop ?voet|drop foot|slepende voet|voet (\w+ )?(sleept|slepen|klapt|valt|hangt|slaat|flapt|klappert)\b(?!( \w+)? in slaap)( slap\w*)?|sleep\w* (met )?(mijn |m'n |me )?(voet|been)|(voet|tenen|teen|enkel)\b.{0,30}\b(niet|moeilijk|nauwelijks|slecht) (meer )?(goed )?(op ?tillen|optrekken|omhoog\w*|heffen|opheffen|tillen|bewegen|strekken)|(tenen|teen|voet)\b.{0,25}\b(haken|haakt)\b|\b(haken|haakt)\b.{0,25}\b(tenen|teen|voet)|struikel\w* (steeds|vaak|over)|flap\w*|klapper(t|en)\b|(niet|moeilijk) (meer )?op (mijn |m'n |de )?(hakken|hielen) (lopen|staan)|(geen|weinig) controle (meer )?over (mijn |m'n |me |de )?(voet|tenen|enkel)|(voet|tenen)\b.{0,25}\b(niet|nauwelijks) (meer )?(wat ik wil|luister\w*)", "foot_drop"),
    (r"zwakker( en zwakker)?|slapper( en slapper)?|krachtelozer|(steeds|alsmaar|elke dag|iedere dag|met de dag) (\w+ )?(minder|meer) kracht\w*|(steeds|alsmaar) (minder kracht|zwak\w*|slap\w*)|(verlie\w*|kwijt\w*) (\w+ )?(steeds )?(meer )?kracht|kracht\w* (\w+ ){0,4}(neemt|nam|gaat|ging|loopt|liep) (\w+ )?(af|achteruit|terug)\b|(been|benen|spier\w*) (\w+ ){0,2}(gaat|gaan|ging|gingen) (\w+ )?achteruit|(krachtverlies|zwakte) (\w+ )?(wordt|werd|neemt|nam|is) (\w+ )?(erger|toe|groter)|erger wordende? (zwakte|krachtverlies)|verzwak\w*", "weakness_worsening"),
    (_near(_LEG, _RED_HOT, f"({_RED}|{_WARM}|{_SWOL}|{_LEG})"), "leg_red_warm_swollen"),
    (rf"{_near(_SWELL, _CALF, _SWELL)}|{_near(_CALF, _TENDER)}|(pijn\w*|zeer)\b.{{0,20}}{_CALF}.{{0,30}}\b(aanra\w*|aankom\w*|(erop|er op) (\w+ )?druk\w*)", "calf_swelling"),
    (rf"onder (de |mijn |m'n |me |het |je |beide |allebei (de |mijn )?|twee )?knie\w*|tot (in|aan|onder|op) (mijn |m'n |me |de |het )?{_BELOW}\b|(straal\w*|uitstral\w*|schiet\w*|trekt|trekken|trok|loopt|lopen|liep|zakt|gaat|ging) (\w+ )?(uit |door )?(naar|tot in|in|door) (mijn |m'n |me |de |het )?{_BELOW}\b|(straal\w*|uitstral\w*|schiet\w*) (\w+ )?(uit )?(naar|in|door) (mijn |m'n |me |de |het )?(hele )?(been|benen)\b|(langs|door|in) (mijn|m'n|me|het|de) (hele )?(been|benen) (heen )?(naar beneden|omlaag)|door (mijn|m'n|me|het|de) hele (been|benen)|naar beneden (in|door|langs) (mijn |m'n |het )?(been|benen)|(been|benen) (af|naar beneden|omlaag)|(straal\w*|uitstral\w*|schiet\w*) (\w+ )?(uit )?(naar beneden|omlaag)|ischias\w*|(\bpijn|tintel\w*|prikkel\w*|doof|gevoelloos|zeur\w*|steek\w*)\b.*\b(in|naar|tot) (\w+ ){{0,3}}(onderbeen|scheen|scheenbeen)\b|^(?=.*{_NERVE})(?=.*\b{_BELOW}\b)", "radiating_below_knee"),
    (r"tintel\w*|prikkel(?!ba)\w*|mieren\w*|speldenprik\w*|kriebel\w*|elektrisch\w* (schok\w*|gevoel\w*|steek\w*|stroom\w*)|stroom(stoot|schok)\w*|slapend\w*|\bslaapt\b|(been|benen|voet|voeten|tenen|billen|bil) (is |zijn |valt |vallen )?(in slaap|slapen)", "tingling"),
    (r"doof|\bdof (gevoel|aan)\b|voel\w* (\w+ )?dof\b|gevoel\w*loos|ongevoelig|verdoo\w*|geen gevoel|(weinig|minder) gevoel|voel\w* (\w+ )?(niks|niets|nauwelijks|weinig|haast niks|bijna niks|bijna niets)\b|(niks|niets) (meer )?voel|voel\w* (mijn|m'n|de|het) (\w+ ){1,2}niet\b|\bdood (gevoel|aan)\b|voel\w* (\w+ ){0,2}dood\b(?! ?(moe|op)\b)", "numbness"),
    (r"scherp\w* (trek\w*|getrek\w*)|trek\w* scherp", "sharp_pull"),
    (r"(?<!op)(?<!opge)knap(t|te|ten|pen|pend\w*|ping)\b(?!( \w+){0,3} op\W*$)|knak\w*|\bknal\b|\bplop\w*|\bpop\b", "pop"),
    (r"scheur\w*", "tearing"),
    (r"(plotse?|plotseling\w*|plots|ineens|opeens|acuut|acute) (\w+ ){0,2}(pijn|steek)|(scherpe|stekende|felle|schietende) (pijn|steek)|pijnscheut|pijn schoot", "sudden_sharp_pain"),
    (r"zwel\w*|gezwollen|opgezet|opgezwollen|\bdikker\b", "swelling"),
    (r"blauw\w*|kneuz\w*|gekneusd|bloeduitstort\w*|hematoom|paars\w*", "bruising"),
    (r"zwak\w*|krachtverlies|krachteloos|(geen|weinig|minder|te weinig|niet (veel|genoeg|zoveel)) kracht|kracht\w* kwijt|\bslap(pe)?\b|door (mijn|m'n|de) (knie|knieën|knieen|been|benen) (zak\w*|gezakt)|(knie|knieën|knieen|been|benen) (zakt|zakken|zakte|knikt|knikken|knikte|begeeft|begaf)|(niet|nauwelijks) (meer )?(goed )?(lopen|staan|op (mijn |m'n |het |de )?(been|benen|voet|voeten) staan)|(niet|minder|nauwelijks) (meer )?(zo |zoveel |even )?sterk|(been|benen|knie\w*) (\w+ )?(wil|willen|doet|doen) (het )?niet meer", "weakness"),
)  # fmt: skip
# "geen koorts", "niet gevallen", "nooit eerder kanker gehad": a denied sign is not
# logged. Not a denial: "geen lucht", "geen gevoel", "geen kracht", "niet plassen",
# "niet ophouden", "niet optillen", "niet bewegen", "niet goed", "niet meer wat ik wil",
# where the word after the "no" is the sign.
NEGATED = re.compile(
    r"\b(geen|niet|nooit|zonder)\b(?!\s+meer\s*($|[,.;!?]))"
    r"(?!(\s+(meer|goed|echt|veel|zoveel|zo|genoeg))*\s+(lucht|adem\w*|gevoel|kracht|"
    r"controle|plas\w*|poep\w*|urineren|ontlasting|(op|binnen|tegen)?houden|op ?tillen|"
    r"tillen|heffen|opheffen|omhoog\w*|optrekken|bewegen|strekken|op|voelen|slapen|slaap|"
    r"goed|lopen|staan|naar|aandrang|wat|luister\w*|sterk)\b)"
    r"(\s+(meer|enkele?|echt|erg|veel|last|van|sprake|een|de|het|mijn|m'n|eerder|ooit|"
    r"nog|al|koude|hoge))*"
    r"\s+[\w-]+"
    r"(\s+(op|onder|in) (de|het|mijn|m'n) (borst|knie\w*))?"
)
# Both legs, matched without using up the words (so "beide kuiten gezwollen" is still
# read). "Mijn benen", "mijn voeten" (plural) count as both: the safer reading.
BOTH_SIDES = re.compile(
    r"^(?=.*(\b(beide|beiden|allebei (de|mijn|m'n|me)|(mijn|m'n|me|de) (beide|twee)|"
    r"twee) (benen|kanten|zijden|dijen|dijbenen|bovenbenen|onderbenen|hamstrings|kuiten|"
    r"knieën|knieen|knieholtes|voeten|billen|heupen|enkels|schenen)\b|"
    r"\b(benen|kanten|zijden|dijen|kuiten|voeten) (allebei|alle twee|alletwee)\b|"
    r"\b(links en rechts|rechts en links|beiderzijds)\b|"
    r"(?<!tussen )\b(mijn|m'n|me) (benen|voeten|kuiten|dijen|dijbenen|bovenbenen|"
    r"onderbenen)\b))"
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
