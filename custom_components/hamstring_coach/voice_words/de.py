"""German: the sentences Assist understands, numbers and signs in words."""

from __future__ import annotations

from itertools import permutations
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

# "im Büro", "für Lena": the profile, after words that end the sentence
_FOR_PROFILE = "[(für|bei|im|am|auf) [das|den|die|dem|der|mein|meinen|meinem|meine|meiner] {profile}]"
# after a wildcard only "für" names a profile ("mein Bein ist taub am Knie": no "Knie")
_FUER_PROFILE = "[für [das|den|die|mein|meinen|meine] {profile}]"
# what the hamstrings are called when someone says how tight they feel
_HAMSTRINGS = "(hinteren Oberschenkel|Oberschenkelrückseiten|Oberschenkel|Hamstrings|Beinbeuger|Beine)"
_OUT_OF_TEN = "von (zehn|10)"
_TIGHTNESS = "(Verspannung|Oberschenkelverspannung|Muskelverspannung|Anspannung)"
_LOG = "(notiere|notier|speichere|speicher|erfasse|erfass|protokolliere)"
# the body part a symptom is felt in, as it ends "ich habe Kribbeln unter dem Knie"
_BODY = "(Bein|Beine|Beinen|Beins|Knie|Knies|Knien|Kniekehle|Kniekehlen|Oberschenkel|Oberschenkeln|Oberschenkels|Oberschenkelrückseite|Oberschenkelmuskel|Unterschenkel|Unterschenkeln|Wade|Waden|Fuß|Fuss|Füßen|Füssen|Fußes|Fusses|Füße|Füsse|Zehen|Knöchel|Ferse|Leiste|Leisten|Gesäß|Gesäss|Po|Hintern|Pobacke|Pobacken|Intimbereich|Genitalbereich|Schritt|Rücken|Kreuz|Hüfte|Hüften|Seite|Seiten|Hamstring|Hamstrings|Beinbeuger|Muskel|Sehne|Blase|Darm)"
# the body part or body fluid someone starts with: "mein Bein ist taub"
_MY_BODY = "(mein|meine) [linkes|rechtes|linke|rechte|linker|rechter] (Bein|Beine|Wade|Waden|Unterschenkel|Fuß|Fuss|Füße|Füsse|Knie|Zehen|Leiste|Gesäß|Gesäss|Po|Pobacke|Oberschenkelrückseite|Urin|Pipi|Blase)"
# "das Bein ist taub" (not "die Leiste", a power strip in many homes)
_THE_BODY = (
    "(das|der|die) [linke|rechte] (Bein|Beine|Wade|Waden|Unterschenkel|Fuß|Fuss|Urin)"
)
_REMINDERS = "(Erinnerungen|Erinnerung|Pausenerinnerungen|Pausenerinnerung|Haltungserinnerungen|Haltungserinnerung|Sitzerinnerungen)"
_PROFESSIONAL = "(zum Arzt|zur Ärztin|zur Aerztin|zum Doktor|zum Hausarzt|zur Hausärztin|zur Physiotherapie|zur Physio|zum Physio|zum Physiotherapeuten|zur Physiotherapeutin|zur Krankengymnastik|zum Orthopäden|zum Orthopaeden)"
_A_PROFESSIONAL = "(einen Arzt|eine Ärztin|eine Aerztin|einen Doktor|Physiotherapie|eine Physiotherapie|einen Physiotherapeuten|eine Physiotherapeutin|einen Physio|einen Orthopäden)"
_START = "(starte|beginne|beginn|mach|mache)"
_ROUTINE = "(Routine|Übungsroutine|Übungen|Uebungen)"
# signs said without a body part: "ich habe Fieber"
_SIGN_NOUNS = "(Fieber|hohes Fieber|erhöhte Temperatur|Temperatur|Schüttelfrost|Brustschmerzen|Schmerzen in der Brust|Schmerzen im Brustkorb|Druck auf der Brust|ein Engegefühl in der Brust|Atemnot|Luftnot|dunklen Urin|braunen Urin|nächtliche Schmerzen|nachts Schmerzen|Krebs|einen Fallfuß|einen Fallfuss|Fallfuß|Fallfuss|eine Fußheberschwäche|eine Fussheberschwäche|Fußheberschwäche)"

# intent -> German sentence templates (hassil syntax: [optional], (a|b), {wildcard})
SENTENCES: dict[str, list[str]] = {
    INTENT_STATUS: [
        f"wie lange sitze ich [heute] [schon|bereits] [heute] {_FOR_PROFILE}",
        f"wie (lange|viel) (habe|hab) ich [heute] [schon|bisher] gesessen {_FOR_PROFILE}",
        f"seit wann sitze ich [schon] {_FOR_PROFILE}",
        f"wie viel Zeit (habe|hab) ich [heute] [schon|bisher] (im Sitzen|sitzend) verbracht {_FOR_PROFILE}",
    ],
    INTENT_LOG_SYMPTOMS: [
        # how tight, 0 to 10 (before the free sentences: these hold the number)
        f"(trag|trage) [meine|eine] {_TIGHTNESS} [von] {{tightness}} ein {_FOR_PROFILE}",
        f"{_LOG} [meine|eine] {_TIGHTNESS} [von] {{tightness}} {_FOR_PROFILE}",
        f"{_TIGHTNESS} {{tightness}} (eintragen|notieren|speichern|erfassen) {_FOR_PROFILE}",
        f"meine {_HAMSTRINGS} fühlen sich an wie [eine] {{tightness}} {_OUT_OF_TEN} {_FOR_PROFILE}",
        f"meine {_HAMSTRINGS} fühlen sich wie [eine] {{tightness}} {_OUT_OF_TEN} an {_FOR_PROFILE}",
        f"meine {_HAMSTRINGS} (sind|liegen) [bei|auf] [einer] {{tightness}} {_OUT_OF_TEN} {_FOR_PROFILE}",
        f"meine (hintere Oberschenkelmuskulatur|Oberschenkelrückseite) fühlt sich an wie [eine] {{tightness}} {_OUT_OF_TEN} {_FOR_PROFILE}",
        f"[meine] {_TIGHTNESS} (ist|liegt) [bei|auf] [einer] {{tightness}} [{_OUT_OF_TEN}] {_FOR_PROFILE}",
        f"ich (habe|hab) [eine] {_TIGHTNESS} von {{tightness}} {_OUT_OF_TEN} {_FOR_PROFILE}",
        # what is felt where: the whole sentence is read for signs
        f"ich (habe|hab|hatte|spüre|spür|fühle|fühl|merke|bemerke|verspüre|bekomme|kriege) {{sensation}} {_BODY} {_FOR_PROFILE}",
        f"es (kribbelt|zieht|sticht|brennt|schmerzt|pocht|tut [so] weh|ist taub) {{sensation}} {_BODY} {_FOR_PROFILE}",
        f"es hat {{sensation}} {_BODY} (geknallt|geknackt|geploppt|plopp gemacht|gerissen|geschnalzt|geschnappt) {_FOR_PROFILE}",
        f"ich (habe|hab) mir {{sensation}} {_BODY} (gerissen|gezerrt|verletzt|geprellt|gestoßen|gestossen|angeschlagen) {_FOR_PROFILE}",
        f"ich spüre {{sensation}} {_BODY} nicht [mehr] {_FOR_PROFILE}",
        f"{_MY_BODY} {{sensation}} {_FUER_PROFILE}",
        f"{_THE_BODY} {{sensation}} {_FUER_PROFILE}",
        f"(trag|trage) [ein|das|mein|meine] Symptom[e] {{sensation}} ein {_FOR_PROFILE}",
        f"(trag|trage) [ein|das|mein|meine] Symptom[e] ein {{sensation}} {_FUER_PROFILE}",
        f"{_LOG} [ein|das|mein|meine] Symptom[e] {{sensation}} {_FUER_PROFILE}",
        f"Symptom[e] {{sensation}} (eintragen|notieren|erfassen) {_FOR_PROFILE}",
        f"ich (habe|hab|hatte) {{sensation}} (Fieber|Temperatur|Schüttelfrost|Brustschmerzen|Atemnot) {_FOR_PROFILE}",
        # signs without a body part
        f"ich (habe|hab|hatte|bekomme|kriege) {_SIGN_NOUNS} {_FOR_PROFILE}",
        f"ich (hatte|habe|hab) [früher|schon mal|schon einmal|einmal|mal] (Krebs|eine Krebserkrankung|einen Tumor) [gehabt] {_FOR_PROFILE}",
        f"mir tut (die Brust|der Brustkorb) weh {_FOR_PROFILE}",
        f"ich (bin|fühle mich|werde) [so|sehr|schnell|ganz] (kurzatmig|außer Atem|ausser Atem|atemlos) {_FOR_PROFILE}",
        f"ich (bekomme|kriege|krieg) (schlecht|keine|kaum|nur schwer) Luft {_FOR_PROFILE}",
        f"ich kann (nicht|kaum|nur schwer) [richtig] atmen {_FOR_PROFILE}",
        f"ich (habe|hab) (Probleme|Schwierigkeiten|Mühe) beim Atmen {_FOR_PROFILE}",
        f"ich (bin|war) [heute|gestern] (gestürzt|gestuerzt|hingefallen|gefallen|ausgerutscht|umgefallen) {_FOR_PROFILE}",
        f"ich (hatte|habe|hab) einen (Sturz|Unfall) [gehabt] {_FOR_PROFILE}",
        f"ich (habe|hab) [stark|viel|ungewollt|ohne Grund|einfach so|unerklärlich] (abgenommen|Gewicht verloren) {_FOR_PROFILE}",
        f"ich verliere [ungewollt|ohne Grund|einfach so] Gewicht {_FOR_PROFILE}",
        f"ich nehme [ungewollt|ohne Grund|einfach so] ab {_FOR_PROFILE}",
        f"[der|die] Schmerz[en] (weckt|wecken) mich [nachts|in der Nacht] [auf] {_FOR_PROFILE}",
        f"[der|die] Schmerz[en] (raubt|rauben) mir [nachts] den Schlaf {_FOR_PROFILE}",
        f"ich wache [nachts] (vor|wegen der|wegen) Schmerzen [nachts] auf {_FOR_PROFILE}",
        f"ich kann [nachts] vor Schmerzen nicht schlafen {_FOR_PROFILE}",
        f"ich kann (den|meinen) (Fuß|Fuss) nicht [mehr] [richtig] (heben|anheben|hochziehen) {_FOR_PROFILE}",
        f"ich stolpere [ständig|oft|immer] über meinen (Fuß|Fuss) {_FOR_PROFILE}",
        f"ich bleibe [ständig|oft|immer] mit (dem Fuß|dem Fuss|den Zehen|der Fußspitze) hängen {_FOR_PROFILE}",
        f"ich kann (den Urin|das Wasser|den Stuhl|den Stuhlgang) nicht [mehr] halten {_FOR_PROFILE}",
        f"ich kann (nicht|kaum) [mehr] (pinkeln|urinieren|Wasser lassen) {_FOR_PROFILE}",
        f"ich (habe|hab) (Probleme|Schwierigkeiten|Mühe) (mit der Blase|mit meiner Blase|mit dem Darm|mit meinem Darm|mit dem Stuhlgang|beim Wasserlassen|beim Pinkeln|beim Stuhlgang) {_FOR_PROFILE}",
        f"(beim Abwischen|auf der Toilette) spüre ich [da] nichts [mehr] {_FOR_PROFILE}",
    ],
    INTENT_START_ROUTINE: [
        f"{_START} [bitte] [die|meine] Routine {{routine}} {_FUER_PROFILE}",
        f"{_START} [bitte] [die|meine] {{routine}}-{_ROUTINE} {_FUER_PROFILE}",
        f"{_START} [bitte] [die|meine] {{routine}} {_ROUTINE} {_FUER_PROFILE}",
        f"(starte|beginne|beginn) [bitte] mit der Routine {{routine}} {_FUER_PROFILE}",
        f"[die|meine] Routine {{routine}} (starten|beginnen|machen) {_FUER_PROFILE}",
        f"[die|meine] {{routine}}-{_ROUTINE} (starten|beginnen|machen) {_FUER_PROFILE}",
        f"[die|meine] {{routine}} {_ROUTINE} (starten|beginnen|machen) {_FUER_PROFILE}",
        f"(kannst|könntest) du [bitte] [die|meine] Routine {{routine}} (starten|beginnen) {_FUER_PROFILE}",
        f"(starten|beginnen) Sie [bitte] die Routine {{routine}} {_FUER_PROFILE}",
    ],
    INTENT_NEXT_STEP: [
        f"(nächster|naechster) Schritt [bitte] {_FOR_PROFILE}",
        f"(nächste|naechste) (Übung|Uebung) [bitte] {_FOR_PROFILE}",
        f"[weiter] zum (nächsten|naechsten) Schritt {_FOR_PROFILE}",
        f"[weiter] zur (nächsten|naechsten) (Übung|Uebung) {_FOR_PROFILE}",
        f"(geh|gehe|spring|springe) [bitte] (zum nächsten Schritt|zur nächsten Übung) {_FOR_PROFILE}",
        f"(Schritt|Übung) (fertig|erledigt|geschafft) {_FOR_PROFILE}",
    ],
    INTENT_PAUSE_ROUTINE: [
        f"(pausiere|pausier|unterbrich|unterbreche) [bitte] [die|meine] Routine {_FOR_PROFILE}",
        f"(halte|halt) [bitte] [die|meine] Routine an {_FOR_PROFILE}",
        f"[die|meine] Routine (pausieren|unterbrechen|anhalten) {_FOR_PROFILE}",
    ],
    INTENT_RESUME_ROUTINE: [
        f"[die|meine] Routine (fortsetzen|fortführen|weiterführen|weitermachen|wieder aufnehmen) {_FOR_PROFILE}",
        f"(setz|setze|führ|führe) [bitte] [die|meine] Routine fort {_FOR_PROFILE}",
        f"(mach|mache) [bitte] [mit] [der|meiner] Routine weiter {_FOR_PROFILE}",
        f"(nimm|nehme) [bitte] [die|meine] Routine wieder auf {_FOR_PROFILE}",
        f"weiter mit der Routine {_FOR_PROFILE}",
    ],
    INTENT_STOP_ROUTINE: [
        f"(beende|beend|stoppe|stopp) [bitte] [die|meine] Routine {_FOR_PROFILE}",
        f"[die|meine] Routine (beenden|stoppen|abbrechen) {_FOR_PROFILE}",
        f"(brich|breche) [bitte] [die|meine] Routine ab {_FOR_PROFILE}",
    ],
    INTENT_SNOOZE: [
        f"(schiebe|schieb) [bitte] [meine|die] {_REMINDERS} [um|für] {{minutes}} Minuten auf {_FOR_PROFILE}",
        f"[meine|die] {_REMINDERS} [um|für] {{minutes}} Minuten (aufschieben|pausieren|stummschalten|aussetzen) {_FOR_PROFILE}",
        f"(pausiere|pausier|schlummere|schlummer) [bitte] [meine|die] {_REMINDERS} [für] {{minutes}} Minuten {_FOR_PROFILE}",
        f"keine {_REMINDERS} [mehr] für [die nächsten] {{minutes}} Minuten {_FOR_PROFILE}",
        f"(schiebe|schieb) [bitte] [meine|die] {_REMINDERS} auf {_FOR_PROFILE}",
        f"[meine|die] {_REMINDERS} (aufschieben|pausieren|stummschalten) {_FOR_PROFILE}",
        f"(pausiere|pausier) [bitte] [meine|die] {_REMINDERS} {_FOR_PROFILE}",
    ],
    INTENT_TRIAGE: [
        f"(sollte|soll|muss) ich [mal] [lieber] [damit] {_PROFESSIONAL} [gehen] {_FOR_PROFILE}",
        f"brauche ich {_A_PROFESSIONAL} {_FOR_PROFILE}",
        f"(sollte|soll|muss) ich [mal] [lieber] {_A_PROFESSIONAL} (aufsuchen|fragen) {_FOR_PROFILE}",
        f"(sollte|soll|muss) ich [das|mich] (ärztlich|von einem Arzt) (untersuchen|abklären) lassen {_FOR_PROFILE}",
    ],
}

# "eins, ein, eine": each number's spoken forms (and without umlaut, as typed)
_NUMBERS = "null|eins ein eine einer einen|zwei zwo|drei|vier|fünf fuenf funf|sechs|sieben|acht|neun|zehn|elf|zwölf zwoelf zwolf"
NUMBER_WORDS = {
    word: number
    for number, words in enumerate(_NUMBERS.split("|"))
    for word in words.split()
} | {
    "fünfzehn": 15,
    "fuenfzehn": 15,
    "zwanzig": 20,
    "fünfundzwanzig": 25,
    "dreißig": 30,
    "dreissig": 30,
    "vierzig": 40,
    "fünfundvierzig": 45,
    "fuenfundvierzig": 45,
    "sechzig": 60,
    "neunzig": 90,
}

# the words a pattern needs, in their German forms (and "ss" for "ß", as in Swiss text)
_NOTHING_FELT = (
    r"(sp(ü|ue)r|f(ü|ue)hl)\w*\s+(ich\s+)?(da\s+|dort\s+)?(gar\s+)?nichts"
    r"|nichts\s+(mehr\s+)?(sp(ü|ue)r|f(ü|ue)hl)\w*"
)
_NUMB = (
    r"(taub\w*|gefühllos\w*|gefuehllos\w*|pelzig\w*|kribbel\w*|gekribbel\w*|"
    rf"ameisen\w*|eingeschlafen|kein gef(ü|ue)hl|{_NOTHING_FELT})"
)
_SADDLE = (
    r"\b(leiste\w*|genital\w*|intim\w*|geschlechtsteil\w*|ges(ä|ae|a)(ß|ss)\w*|po|popo|"
    r"pobacke\w*|po-\w+|hintern|after|anus|damm\w*|scheide|vagina|penis|hoden|"
    r"im schritt|zwischen den beinen|reithose\w*|abwisch\w*|toilettenpapier|klopapier|"
    r"auf der toilette)\b"
)
_LEG = r"\b(waden?|oberschenkel\w*|unterschenkel\w*|bein(e|en|s)?)\b"
_RED = (
    r"\b((knall|hoch|feuer)?rot|(knall|hoch|feuer)?rote[nmrs]?|gerötet\w*|geroetet\w*|"
    r"rötung|roetung|rötlich\w*)\b"
)
_HOT = (
    r"\b(warm\w*|heiß\w*|heiss\w*|überwärmt|ueberwaermt|geschwollen\w*|"
    r"angeschwollen\w*|schwellung|dick\w*)\b"
)
_CALF = r"\b(wade|waden\w*)\b"
_SWOLLEN = (
    r"(geschwollen\w*|angeschwollen\w*|schwellung\w*|schwillt|\bdick\w*|"
    r"druckempfindlich\w*|druckschmerz\w*|berührungsempfindlich\w*|"
    r"(bei|beim) (drücken|draufdrücken|berühren|berührung|anfassen))"
)
_DARK = (
    r"\b(dunkel\w*|dunkle\w*|braun\w*|rotbraun\w*|cola\w*|schwarz\w*|tee\w*farben\w*)"
)
_URINE = r"\b(urin\w*|harn\b|pipi|pisse|pinkel\w*|pinkl\w*)"
_PAIN = r"(schmerz\w*|\bweh\b|\bwehtut\b)"
_NIGHT = r"\b(nachts?|nächt\w*|naecht\w*|nacht\w*|mitternacht)\b"
_WAKES = (
    r"\bweck(t|en)\s+mich|raub\w*\s+mir\s+den\s+schlaf|rei(ß|ss)\w*\s+mich\s+aus\s+dem\s+schlaf|h(ä|ae)lt\s+mich\s+wach"
    r"|(vor|wegen)\s+(den\s+|der\s+)?schmerz\w*\s+(\w+\s+){0,3}(auf|wach\w*|schlaf\w*|"
    r"einschlafen|durchschlafen|aufgewacht)\b"
    r"|\b(wach\w*|schlaf\w*|aufgewacht)\s+(\w+\s+){0,3}(vor|wegen)\s+(den\s+|der\s+)?schmerz"
)
_BELOW_KNEE = (
    r"(unterschenkel|waden?|fu(ß|ss)|fü(ß|ss)e\w*|fuesse\w*|zehen?|knöchel\w*|"
    r"knoechel\w*|ferse\w*|bein)\b"
)
# the body parts someone no longer feels: "ich spüre mein Bein nicht mehr"
_FELT_PART = (
    r"((mein\w*|den|die|das)\s+)?((linke|rechte)\w*\s+)?(bein\w*|fu(ß|ss)\w*|fü(ß|ss)e\w*|"
    r"zehen|waden?|oberschenkel\w*|unterschenkel\w*|knie\w*)"
)
# a subject that can be weak: not pain getting weaker ("der Schmerz wird schwächer")
_NOT_AFTER_PAIN = (
    "(?<!schmerz )(?<!schmerzen )(?<!verspannung )(?<!verspannungen )(?<!ziehen )"
    "(?<!stechen )(?<!kribbeln )(?<!taubheit )(?<!schwellung )(?<!beschwerden )"
    "(?<!symptome )"
)
# "schwacher Schmerz" is mild pain, not a weak leg
_NOT_MILD = r"\b(?!\s+(schmerz|ziehen|verspann|kribbel|stech|druck|gef(ü|ue)hl))"


def _any_order(*parts: str) -> str:
    """Return a pattern for all of ``parts`` in any order (all of them used up)."""
    return "|".join(".*".join(order) for order in permutations(parts))


# what a sentence says -> the sign of the public set; the most specific first, and the
# words that matched are used up (so "geschwollene Wade" is not also "Schwellung").
SIGN_PATTERNS: tuple[tuple[str, str], ...] = (
    (rf"{_NUMB}.*{_SADDLE}|{_SADDLE}\W+(\w+\W+){{0,4}}{_NUMB}|sp(ü|ue)r\w*\s+((mein\w*|den|die|das)\s+)?{_SADDLE}\s+(\w+\s+)?nicht\b|\bsattel\w*", "saddle_numbness"),
    (r"harnblase|\bblase\b(?!\s+(am|an|auf)\b)|blasen(schwäche|entleerung|kontrolle|funktion|problem\w*|störung\w*)|\bdarm\w*|stuhlgang|inkontinen\w*|einn(ä|ae)ssen|eingen(ä|ae)sst|in die hose|(urin|wasser|stuhl) nicht (mehr )?halten|(nicht|kaum) (mehr )?(richtig )?(pinkeln|urinieren|wasser lassen)|(probleme|schwierigkeiten|mühe)\w* (\w+ ){0,2}(pinkeln|wasserlassen|wasser lassen|urinieren)|(nicht|kaum) (mehr )?(aufs klo|auf (die )?toilette)|keine\w* (stuhlgang|urin)\b|verlier\w*\s+(\w+\s+)?(urin|harn|stuhl)\b|(sp(ü|ue)r|merk|f(ü|ue)hl)\w*\s+(\w+\s+){0,2}nicht\W+(mehr\W+)?(wenn|wann|ob|dass)\W+(\w+\W+){0,4}(toilette|klo|pinkeln|muss)|(pinkeln|urinieren|wasserlassen|wasser lassen|toilette|klo)\W+(\w+\W+){0,4}(kommt\s+(\w+\s+)?nichts|geht\s+(\w+\s+)?nicht(s)?\b)", "bladder_bowel_change"),
    (r"\batem\w*|\batm\w*|kurzatmig\w*|luftnot|(keine|kaum|schlecht|schwer|wenig) luft|nach luft|\bbrust(?!krebs)\w*|\bherz(?!lich)\w*", "breathlessness_chest_pain"),
    (rf"{_DARK}.*{_URINE}|{_URINE}.*{_DARK}", "dark_urine"),
    (r"fieber\w*|fiebrig\w*|temperatur|sch(ü|ue)ttelfrost|fr(ö|oe)stel\w*", "fever"),
    (r"\b(habe|hab)\b(\s+(?!(hat|haben|ist|sind|wird|werden)\b)[\w-]+){0,6}\s+abgenommen|\bnehme\s+(\w+\s+){0,3}ab\b|gewicht\w*\s+(\w+\s+){0,2}(verlier\w*|verloren)|(verlier\w*|verloren)\s+(\w+\s+){0,2}gewicht|gewichtsverlust|gewichtsabnahme|kilos?\s+(\w+\s+){0,2}(verloren|weniger)|immer d(ü|ue)nner", "unexplained_weight_loss"),
    (rf"{_PAIN}.*{_NIGHT}|{_NIGHT}.*{_PAIN}|{_WAKES}", "night_pain"),
    (r"krebs\w*|tumor\w*|karzinom\w*|metasta\w*|chemo\w*|leuk(ä|ae)mie|lymphom\w*|onkolog\w*", "cancer_history"),
    (r"gest(ü|ue)rzt|\bsturz\b|\bst(ü|ue)rz(e|t|en)\b|hingefallen|umgefallen|runtergefallen|hingeknallt|\bgefallen\b|hinfallen|ausgerutscht|unfall\w*|\bschlag\b|\bsto(ß|ss)\b|gesto(ß|ss)en|angesto(ß|ss)en|zusammengesto(ß|ss)en|zusammenprall\w*|\bgetreten\b|einen tritt|angefahren", "trauma"),
    (r"fallfu(ß|ss)|fu(ß|ss)heber\w*|fu(ß|ss)\w*\s+(\w+\s+){0,3}(schleif\w*|h(ä|ae)ngt|klatsch\w*|schl(ä|ae)gt|schlapp\w*|klapp\w*)|zieh\w*\s+(den|meinen)\s+fu(ß|ss)\s+nach\b|(fu(ß|ss)\w*|zehen?)\s+(\w+\s+)?(hebt|heben) sich\s+(\w+\s+)?nicht\b|(fu(ß|ss)|zehen?|fu(ß|ss)spitze)\s+(\w+\s+){0,4}nicht (mehr )?(richtig )?(hoch\w*|heben|anheben)|(zehen|fu(ß|ss)spitze)\s+(\w+\s+){0,2}(bleib\w*|h(ä|ae)ngen)|bleib\w*\s+(\w+\s+){0,2}mit (dem fu(ß|ss)|den zehen|der fu(ß|ss)spitze)|stolper\w*\s+(\w+\s+){0,2}(über|ueber) (meinen|den) fu(ß|ss)", "foot_drop"),
    (rf"{_NOT_AFTER_PAIN}\b(wird|werden|werde|wurde|wurden)\s+(\w+\s+){{0,4}}schw(ä|ae)cher|{_NOT_AFTER_PAIN}\bimmer schw(ä|ae)cher|schw(ä|ae)cher und schw(ä|ae)cher|schw(ä|ae)che\s+(\w+\s+){{0,3}}(nimmt\s+(\w+\s+){{0,2}}zu|wird\s+(\w+\s+){{0,2}}(schlimmer|st(ä|ae)rker|mehr))|zunehmende\w* schw(ä|ae)che|kraft\s+(\w+\s+){{0,3}}(l(ä|ae)sst|nimmt)\s+(\w+\s+){{0,2}}(nach|ab)\b|immer weniger kraft|(zunehmend|immer mehr|stetig)\s+schwach\w*|verliere\w*\s+(\w+\s+){{0,2}}kraft", "weakness_worsening"),
    (_any_order(_LEG, _RED, _HOT), "leg_red_warm_swollen"),
    (rf"{_SWOLLEN}.*{_CALF}|{_CALF}.*{_SWOLLEN}", "calf_swelling"),
    (rf"unter(halb)?\s+(des|dem|der|den|meines|meinem|meiner|meinen|vom)\s+knie\w*|unter(m|s)\s+knie\w*|\bbein(e|en)?\s+(hinunter|herunter|runter|hinab|entlang)|\b(bis|ins|in die|in das|in mein|in meine|zum|zur)\s+(\w+\s+)?{_BELOW_KNEE}|\bin (den|meinen)\s+(\w+\s+)?(unterschenkel|fu(ß|ss)|kn(ö|oe)chel)\b", "radiating_below_knee"),
    (r"kribbel\w*|gekribbel|ameisen\w*|prickel\w*|eingeschlafen|nadelstich\w*|elektrisier\w*|stromschl(a|ä)g\w*|wie strom", "tingling"),
    (rf"taub\w*|gefühllos\w*|gefuehllos\w*|pelzig\w*|kein gef(ü|ue)hl|({_NOTHING_FELT})\s+(mehr\s+)?(im|in|am)\b|\b(im|in|am)\s+(\w+\s+){{1,3}}({_NOTHING_FELT})|sp(ü|ue)r\w*\s+{_FELT_PART}\s+(\w+\s+)?nicht\b|{_FELT_PART}\s+(\w+\s+){{0,3}}nicht (mehr )?sp(ü|ue)r\w*", "numbness"),
    (r"scharf\w*\s+(ziehen|zug|zerren)|zieht\s+(\w+\s+)?scharf|ziehen\s+(ist\s+)?scharf", "sharp_pull"),
    (r"plopp\w*|\bplop\w*|\bpop\b|knall(?!rot)\w*|geknallt|schnalz\w*|peitsch\w*|(?<!knie )(?<!knie hat )(?<!gelenk )(?<!gelenke )(?<!knien )\b(ge)?knack\w*(?!\w*(\s+\w+){0,3}\s+(knie|gelenk|h(ü|ue)ft))", "pop"),
    (r"\brei(ß|ss)\w*|gerissen|zerri(ss|ß)\w*|eingerissen|abgerissen|\w*ri(ss|ß)e?\b", "tearing"),
    (r"pl(ö|oe|o)tzlich\w*\s+(\w+\s+){0,2}(schmerz\w*|stich\w*|stechen\w*)|stechend\w*\s+(\w+\s+)?schmerz\w*|scharf\w*\s+schmerz\w*|schmerz\w*\s+(\w+\s+){0,2}(stechend|scharf)\w*|einschie(ß|ss)end\w*|\bsticht\b|\bstechen\b|\bein(en)? stich\b|messerstich\w*", "sudden_sharp_pain"),
    (r"schwell\w*|geschwollen\w*|angeschwollen\w*|schwillt|aufgequollen|\bdick(er|e|es)?\s+(geworden|ist|sind)\b|\b(ist|sind|wird|werden)\s+(\w+\s+)?dick(er)?\b", "swelling"),
    (r"bluterg(u|ü|ue)(ss|ß)\w*|\bblaue[rn]? fleck\w*|\bblau\w*|h(ä|ae)matom\w*|verf(ä|ae)rb\w*|\blila\b", "bruising"),
    (rf"\bschwach\w*{_NOT_MILD}|(?<!wird )(?<!werden )(?<!immer )\bschw(ä|ae)ch\w*{_NOT_MILD}|\bgeschw(ä|ae)cht\w*|kraftlos\w*|(keine|kaum|wenig|weniger|nicht mehr|nicht genug|kaum noch)\s+(so\s+)?(viel\s+)?kraft|knick\w*\s+(\w+\s+)?(weg|ein)\b|wegknick\w*|gibt\s+(\w+\s+)?nach\b|nachgeben", "weakness"),
)  # fmt: skip
# "kein Fieber", "nicht taub", "weder Fieber noch Taubheit": a denied sign (with the
# place right after it: "keine Schmerzen unter dem Knie") is not logged. "Keine Kraft",
# "kein Gefühl", "keine Luft" are signs; "kann nicht pinkeln", "den Fuß nicht heben",
# "nicht mehr spüren" keep the words that make them signs. Pain that eases ("der
# Schmerz im Bein wird schwächer") is no weakness getting worse.
_DENIED_ARTICLE = (
    r"(mehr|ein|eine|einen|einem|einer|das|die|den|der|dem|mein|meine|meinen|meinem"
    r"|meiner|irgendein\w*|wirklich|besonders|starke[nmrs]?)"
)
# a denied word, never one that makes a sign with the denial ("keine Kraft") or that
# only links the sentence on ("nicht, wenn ich muss")
_DENIED_WORD = (
    r"(?!(so|viel|genug|wenn|wann|ob|dass|auf|aufs)\b)"
    r"(?!(gef(ü|ue)hl|kraft|luft|kontrolle|mehr|richtig|heben|anheben|hoch|halten|pinkeln"
    r"|urinieren|wasser|sp(ü|ue)r|schlafen|einschlafen|durchschlafen|atmen|stuhl|urin"
    r"|harn)\w*)[\w-]+"
)
_DENIED_PLACE = (
    r"(\s+(unter(halb)?|im|in|am|an|hinter|mit|beim?)\s+"
    r"((des|dem|der|den|die|das|meine[mnrs]?)\s+)?[\w-]+)?"
)
# "wird schwächer" of pain or of a sign is easing, no weakness getting worse
_EASES_PLACE = r"(im|in|am)\s+((der|dem|den)\s+)?\w+"
_EASES = (
    r"(wird|werden|wurde|wurden)\s+((immer|noch|zunehmend|deutlich|langsam)\s+)*"
    r"(schw(ä|ae)cher|weniger|besser|geringer)"
)
NEGATED = re.compile(
    r"\bweder\s+[\w-]+(\s+noch\s+[\w-]+)?"
    r"|\b(kein|keine|keinen|keinem|keiner|keines|keinerlei|ohne|nie|niemals|nicht)\b"
    rf"(\s+{_DENIED_ARTICLE})?\s+{_DENIED_WORD}{_DENIED_PLACE}"
    rf"(\s+oder\s+({_DENIED_ARTICLE}\s+)?{_DENIED_WORD}{_DENIED_PLACE})?"
    rf"|\b(schmerz\w*|verspannung\w*|ziehen|stechen|beschwerden)(\s+{_EASES_PLACE})?"
    rf"\s+{_EASES}"
    rf"|((?<=kribbeln )|(?<=taubheit )|(?<=schwellung )){_EASES_PLACE}\s+{_EASES}"
)
BOTH_SIDES = re.compile(
    r"\bbeide[nrs]?\s+(hinter\w*\s+)?(bein(e|en)?|seiten|oberschenkel\w*|waden?|knien?|"
    r"fü(ß|ss)e\w*|fuesse\w*|hamstrings|beinbeuger|ges(ä|ae)(ß|ss)h(ä|ae)lften|pobacken)\b"
    r"|\bbeidseit(ig|s)\w*|\bauf beiden seiten\b|\b(rechts und links|links und rechts)\b"
)
# the words around a routine's name; compared without accents too ("ubungen")
_ROUTINE_WORDS = (
    "übungsroutine",
    "ubungsroutine",
    "routine",
    "übungen",
    "ubungen",
    "uebungen",
    "mit der",
    "mit meiner",
    "die",
    "der",
    "das",
    "meine",
    "mein",
)

WORDS = VoiceWords(
    language="de",
    sentences=SENTENCES,
    number_words=NUMBER_WORDS,
    sign_patterns=SIGN_PATTERNS,
    negated=NEGATED,
    both_sides=BOTH_SIDES,
    routine_words=_ROUTINE_WORDS,
)
